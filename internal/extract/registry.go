package extract

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/htmlx"
	"github.com/mishen-gov/mishen/internal/extract/ofd"
	"github.com/mishen-gov/mishen/internal/extract/pdf"
	"github.com/mishen-gov/mishen/internal/extract/plaintext"
	"github.com/mishen-gov/mishen/internal/extract/pptx"
	"github.com/mishen-gov/mishen/internal/extract/xlsx"
)

// extractors maps each readable format to its extractor. A format that is
// neither here nor in unsupportedFormats is reported unreadable.
var extractors = map[string]extractorFunc{
	FormatText: plain(plaintext.Extract),
	FormatHTML: plain(htmlx.Extract),
	FormatPDF:  withPageOCR(pdf.Extract),
	FormatDOCX: withMediaOCR(plain(docx.Extract), "word/media/"),
	FormatXLSX: withMediaOCR(plain(xlsx.Extract), "xl/media/"),
	FormatPNG:  extractImage(FormatPNG),
	FormatJPEG: extractImage(FormatJPEG),
	FormatGIF:  extractImage(FormatGIF),
	FormatTIFF: extractImage(FormatTIFF),
	FormatBMP:  extractImage(FormatBMP),
	FormatWEBP: extractImage(FormatWEBP),
	FormatOFD:  ofd.Extract,
	FormatPPTX: withMediaOCR(plain(pptx.Extract), "ppt/media/"),
}

// plain adapts an extractor that cannot stop early to extractorFunc.
func plain(fn func([]byte, doc.Limits) (*doc.Document, error)) extractorFunc {
	return func(_ context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		return fn(data, lim)
	}
}

// Parses reports whether format f has an extractor, that is, whether
// extracting it parses the file (every other format is reported from its
// detected type alone).
func Parses(f string) bool { return extractors[f] != nil && (!isImage(f) || ocrReady()) }
