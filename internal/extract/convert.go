package extract

import (
	"context"
	"errors"
	"fmt"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/legacy"
	"github.com/mishen-gov/mishen/internal/report"
)

// conversion says how LibreOffice reads one legacy format: the file type
// it is given as (WPS files are Word, Excel and PowerPoint binaries under
// other names) and the OOXML format it is converted to.
type conversion struct{ from, to string }

var conversions = map[string]conversion{
	FormatDOC: {"doc", FormatDOCX}, FormatWPS: {"doc", FormatDOCX}, FormatRTF: {"rtf", FormatDOCX}, FormatODT: {"odt", FormatDOCX},
	FormatXLS: {"xls", FormatXLSX}, FormatET: {"xls", FormatXLSX}, FormatODS: {"ods", FormatXLSX},
	FormatPPT: {"ppt", FormatPPTX}, FormatDPS: {"ppt", FormatPPTX}, FormatODP: {"odp", FormatPPTX},
}

// Converts reports whether format f is read by converting it with
// LibreOffice first (see ExtractConverted).
func Converts(f string) bool {
	_, ok := conversions[f]
	return ok
}

// ReadFunc reads a file whose format is known. ExtractFormat is one; the
// sandbox's runner, which reads it in a child process, is another.
type ReadFunc func(ctx context.Context, format string, data []byte, lim doc.Limits) *doc.Document

// ExtractConverted reads a legacy office file (Converts(format)): it
// converts data to DOCX, XLSX or PPTX (PDF while no PPTX extractor is
// registered) with LibreOffice, within lim.PerFileTimeout, and reads the
// result with read. The document keeps the legacy format's name, and its
// parts the names of the converted document's members. Where LibreOffice
// is not installed, or this process may not write files (a sandbox
// child), the file is reported unreadable as before.
func ExtractConverted(ctx context.Context, format string, data []byte, lim doc.Limits, read ReadFunc) *doc.Document {
	c, ok := conversions[format]
	d := &doc.Document{Format: format}
	if !ok {
		d.Unreadable(RuleUnsupported, report.Location{}, fmt.Sprintf("检测到 %s 格式，暂不支持自动审查，需人工审查", Label(format)))
		return d
	}
	conv := legacy.Default()
	switch err := conv.Available(); {
	case errors.Is(err, legacy.ErrNoWrite):
		d.Unreadable(RuleUnsupported, report.Location{}, fmt.Sprintf(
			"%s文件需转换后才能审查，内嵌在其他文件或压缩包中时无法转换，请单独提交该文件，或由人工审查", Label(format)))
		return d
	case err != nil:
		u := unsupportedFormats[format]
		d.Unreadable(u.rule, report.Location{}, unsupportedMessage(format, u))
		return d
	}
	to := c.to
	if to == FormatPPTX && !Parses(FormatPPTX) {
		to = FormatPDF
	}
	maxOut := 2 * lim.MaxFileBytes
	if maxOut <= 0 {
		maxOut = 2 * doc.DefaultLimits().MaxFileBytes
	}
	out, err := conv.Convert(ctx, data, c.from, to, maxOut, lim.PerFileTimeout)
	switch {
	case errors.Is(err, legacy.ErrTimeout):
		d.Unreadable(RuleTimeout, report.Location{}, "转换"+Label(format)+"文件时"+TimeoutMessage(lim.PerFileTimeout))
		return d
	case errors.Is(err, legacy.ErrTooLarge):
		d.Unreadable(RuleTooLarge, report.Location{}, fmt.Sprintf(
			"%s文件转换后超过 %s，未读取，请拆分后重新提交，或由人工审查", Label(format), HumanBytes(maxOut)))
		return d
	case err != nil:
		d.Unreadable(RuleCorrupt, report.Location{}, fmt.Sprintf(
			"%s文件无法转换，可能已损坏、已加密或并非该格式，需人工审查", Label(format)))
		return d
	}
	// The converted file may be larger than the original (pictures
	// stored anew); it is bounded by maxOut already.
	inner := lim
	inner.MaxFileBytes = maxOut
	r := read(ctx, to, out, inner)
	r.Format = format
	return r
}

// NotReadableHere lists, in Chinese, the formats that this process
// reports unreadable only because LibreOffice is not installed (nil when
// it is). The server logs it once at start.
func NotReadableHere() []string {
	if legacy.Default().Available() == nil {
		return nil
	}
	var labels []string
	for _, f := range []string{FormatDOC, FormatXLS, FormatPPT, FormatRTF, FormatWPS, FormatET, FormatDPS, FormatODT, FormatODS, FormatODP} {
		labels = append(labels, Label(f))
	}
	return labels
}
