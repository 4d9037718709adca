package extract

import (
	"bytes"
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
	FormatXLS: {"xls", FormatXLSX}, FormatET: {"xls", FormatXLSX}, FormatODS: {"ods", FormatXLSX}, FormatXLSB: {"xlsb", FormatXLSX},
	FormatPPT: {"ppt", FormatPPTX}, FormatDPS: {"ppt", FormatPPTX}, FormatODP: {"odp", FormatPPTX},
}

// FormatODTHidden is the pseudo-format of an OpenDocument text read for
// what it hides (package odf) beside its conversion, which drops hidden
// sections. Sniff never returns it.
const FormatODTHidden = "odt_hidden"

// FormatOLE2Encryption is the pseudo-format of a compound file read only
// for whether an open password protects it (legacy.Encrypted), before it
// is converted; like every parse of the file's bytes it runs in a
// sandbox child. Sniff never returns it.
const FormatOLE2Encryption = "ole2_encryption"

// encrypted reports whether data, a legacy file about to be converted, is
// a compound file that an open password protects. It is read with read
// (in a child, under the sandbox); a file it cannot read is left to the
// conversion, which reports it if LibreOffice cannot read it either.
func encrypted(ctx context.Context, data []byte, lim doc.Limits, read ReadFunc) bool {
	if !bytes.HasPrefix(data, []byte(ole2Magic)) {
		return false
	}
	for _, f := range read(ctx, FormatOLE2Encryption, data, lim).Findings {
		if f.Rule == RuleEncrypted {
			return true
		}
	}
	return false
}

// ole2Encryption is the extractor of FormatOLE2Encryption: an
// unreadable.encrypted finding when legacy.Encrypted finds an open
// password, else nothing.
func ole2Encryption(data []byte, _ doc.Limits) (*doc.Document, error) {
	d := &doc.Document{Format: FormatOLE2Encryption}
	if enc, err := legacy.Encrypted(data); err == nil && enc != legacy.None {
		d.Unreadable(RuleEncrypted, report.Location{}, MsgEncrypted)
	}
	return d, nil
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
	if encrypted(ctx, data, lim, read) {
		// LibreOffice cannot open it without the password: say so
		// rather than report a failed conversion.
		d.Unreadable(RuleEncrypted, report.Location{}, fmt.Sprintf(
			"%s文件设有打开密码（已加密），无法读取内容，需人工审查；请提供未加密的文件后重新提交", Label(format)))
		return d
	}
	conv := legacy.Default()
	switch err := conv.Available(); {
	case errors.Is(err, legacy.ErrNoWrite) && ctx.Value(deferKey{}) != nil:
		// A sandbox child: the parent converts and reads it.
		d.Deferred = []doc.Embedded{{Data: data}}
		return d
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
	if format == FormatODT {
		// What the text hides, which the conversion shows as body text,
		// read from the original in a child of its own.
		h := read(ctx, FormatODTHidden, data, lim)
		r.Parts = append(r.Parts, h.Parts...)
		r.Findings = append(r.Findings, h.Findings...)
	}
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
	for _, f := range []string{FormatDOC, FormatXLS, FormatPPT, FormatRTF, FormatWPS, FormatET, FormatDPS, FormatODT, FormatODS, FormatODP, FormatXLSB} {
		labels = append(labels, Label(f))
	}
	return labels
}

// maxDeferred bounds the legacy files converted for one upload (each
// costs LibreOffice's start, one to two seconds): an archive of 10,000
// .doc files must not hold the converter for hours.
const maxDeferred = 16

// deferKey marks a context whose caller reads Document.Deferred.
type deferKey struct{}

// WithDeferral returns ctx marked so that a legacy file that cannot be
// converted in this process (a sandbox child may not write files) is
// handed back in Document.Deferred instead of being reported unreadable.
// Only a caller that then calls ReadDeferred may set it.
func WithDeferral(ctx context.Context) context.Context {
	return context.WithValue(ctx, deferKey{}, true)
}

// ReadDeferred converts and reads, with read, each file in d.Deferred,
// adding its parts and findings to d at "container member!part", and
// clears d.Deferred. Only one level is read: a deferred file found again
// inside a deferred file is reported unreadable.
func ReadDeferred(ctx context.Context, d *doc.Document, lim doc.Limits, read ReadFunc) {
	deferred := d.Deferred
	d.Deferred = nil
	if len(deferred) > maxDeferred {
		rest := deferred[maxDeferred:]
		deferred = deferred[:maxDeferred]
		d.Unreadable(RuleTooLarge, report.Location{Part: doc.Body, File: rest[0].Name}, fmt.Sprintf(
			"文件中的旧版 Office 文件超过 %d 个，%s 等%d个未读取，请拆分后重新提交，或由人工审查", maxDeferred, rest[0].Name, len(rest)))
	}
	for _, e := range deferred {
		format := Sniff(e.Name, e.Data)
		inner := ExtractConverted(ctx, format, e.Data, lim, read)
		addNested(d, e.Name, inner)
		for _, n := range inner.Deferred {
			d.Unreadable(RuleEmbedded, report.Location{Part: doc.Body, File: nestedName(e.Name, n.Name)},
				fmt.Sprintf("%s 中又内嵌了旧版文件（%s），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查", e.Name, n.Name))
		}
	}
}
