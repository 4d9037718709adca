package extract

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/archive"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/htmlx"
	"github.com/mishen-gov/mishen/internal/extract/odf"
	"github.com/mishen-gov/mishen/internal/extract/ofd"
	"github.com/mishen-gov/mishen/internal/extract/pdf"
	"github.com/mishen-gov/mishen/internal/extract/plaintext"
	"github.com/mishen-gov/mishen/internal/extract/pptx"
	"github.com/mishen-gov/mishen/internal/extract/wordml"
	"github.com/mishen-gov/mishen/internal/extract/xlsx"
	"github.com/mishen-gov/mishen/internal/extract/xmlss"
)

// extractors maps each readable format to its extractor. A format that is
// neither here nor in unsupportedFormats is reported unreadable.
var extractors = map[string]extractorFunc{
	FormatText: plain(plaintext.Extract),
	FormatHTML: withPictures(htmlx.Extract),
	FormatPDF:  withPageOCR(pdf.Extract),
	FormatDOCX: withMediaOCR(plain(docx.Extract), "word/media/"),
	FormatXLSX: withMediaOCR(plain(xlsx.Extract), "xl/media/"),
	FormatPNG:  extractImage(FormatPNG),
	FormatJPEG: extractImage(FormatJPEG),
	FormatGIF:  extractImage(FormatGIF),
	FormatTIFF: extractImage(FormatTIFF),
	FormatBMP:  extractImage(FormatBMP),
	FormatWEBP: extractImage(FormatWEBP),
	FormatOFD:  withOFDPictures(ofd.Extract),
	// Beside its conversion, what an OpenDocument text hides.
	FormatODTHidden: plain(odf.Hidden),
	FormatPPTX:      withMediaOCR(plain(pptx.Extract), "ppt/media/"),
	FormatZIP:       archived(archive.Zip),
	Format7Z:        archived(archive.SevenZip),
	FormatRAR:       archived(archive.Rar),
	FormatGZIP:      archived(archive.Gzip),
	FormatTAR:       archived(archive.Tar),

	// The XML office formats, told by their root element.
	FormatFODT:          withInlinePictures(odf.Flat),
	FormatFODS:          withInlinePictures(odf.Flat),
	FormatFODP:          withInlinePictures(odf.Flat),
	FormatSpreadsheetML: plain(xmlss.Extract),
	FormatWordML:        withInlinePictures(wordml.Extract),

	// Before a compound file is converted, whether a password locks it.
	FormatOLE2Encryption: plain(ole2Encryption),
	FormatMHT:            extractMHT,
	// An e-mail is a MIME message like a web archive: the same reader.
	FormatEML: extractEML,
}

// archived is the extractor of one archive format: it lists the members,
// which readEmbedded then reads two levels deep.
func archived(format string) extractorFunc {
	return func(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		return archive.Extract(ctx, format, data, lim)
	}
}

// isArchive reports whether f is an archive format, read only at the top
// level.
func isArchive(f string) bool {
	switch f {
	case FormatZIP, Format7Z, FormatRAR, FormatGZIP, FormatTAR:
		return true
	}
	return false
}

// plain adapts an extractor that cannot stop early to extractorFunc.
func plain(fn func([]byte, doc.Limits) (*doc.Document, error)) extractorFunc {
	return func(_ context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		return fn(data, lim)
	}
}

// withPictures reads a page with fn and then the raster pictures it
// carries in data: URIs with OCR; the other files it carries stay in
// Embedded for the dispatcher (a page an iframe shows, a text a link
// opens).
func withPictures(fn func([]byte, doc.Limits) (*doc.Document, error)) extractorFunc {
	return func(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		d, err := fn(data, lim)
		if err != nil || d == nil {
			return d, err
		}
		readPictures(ctx, d, lim)
		return d, nil
	}
}

// Parses reports whether format f has an extractor, that is, whether
// extracting it parses the file (every other format is reported from its
// detected type alone).
func Parses(f string) bool { return extractors[f] != nil && (!isImage(f) || ocrReady()) }
