package extract

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Rules of the unreadable findings the dispatcher (and the sandbox) make.
// Extractors add their own (unreadable.corrupt, unreadable.encrypted,
// unreadable.image_only, unreadable.page_error, …).
const (
	RuleTooLarge    = "unreadable.too_large"
	RuleParserPanic = "unreadable.parser_panic"
	RuleTimeout     = "unreadable.timeout"
	RuleCrashed     = "unreadable.crashed"
	RuleCorrupt     = "unreadable.corrupt"
	RuleEncrypted   = "unreadable.encrypted"
	RuleUnsupported = "unreadable.unsupported"
	RuleEmbedded    = "unreadable.embedded"
)

// MsgEncrypted is the message for an encrypted file of any format.
const MsgEncrypted = "文件已加密，无法读取，请解除加密后重新提交"

// extractorFunc is the shape of every format's extractor. ctx is done when
// the time for this file is up; extractors that can stop early (between
// pages) do so and report what they did not read.
type extractorFunc func(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error)

// stopGrace is how long Extract waits, after ctx is done, for an extractor
// to stop by itself and hand back what it read before giving up on it.
const stopGrace = 250 * time.Millisecond

// Extract reads one file: it detects the format (Sniff), enforces
// lim.MaxFileBytes, runs the format's extractor with panics recovered, and
// turns every unsupported type into one unreadable finding that names the
// type and says what to do. It never returns nil.
//
// When ctx is done before the extractor returns, Extract waits a moment
// for it to stop at a page boundary and then returns without it, with an
// unreadable.timeout finding; the abandoned goroutine runs on until the
// extractor returns (see the package caveats).
func Extract(ctx context.Context, name string, data []byte, lim doc.Limits) *doc.Document {
	return ExtractFormat(ctx, Sniff(name, data), data, lim)
}

// ExtractFormat is Extract with the format already known (from Sniff).
func ExtractFormat(ctx context.Context, format string, data []byte, lim doc.Limits) *doc.Document {
	d := &doc.Document{Format: format}
	if lim.MaxFileBytes > 0 && int64(len(data)) > lim.MaxFileBytes {
		d.Unreadable(RuleTooLarge, report.Location{}, fmt.Sprintf(
			"文件大小 %s，超过上限 %s，未读取；请拆分后重新提交，或由人工审查", HumanBytes(int64(len(data))), HumanBytes(lim.MaxFileBytes)))
		return d
	}
	if format == FormatOOXMLEncrypted {
		d.Unreadable(RuleEncrypted, report.Location{}, MsgEncrypted)
		return d
	}
	if Converts(format) {
		return ExtractConverted(ctx, format, data, lim, ExtractFormat)
	}
	if u, ok := unsupportedFormats[format]; ok && !readsImages(format) {
		d.Unreadable(u.rule, report.Location{}, unsupportedMessage(format, u))
		return d
	}
	fn := extractors[format]
	if fn == nil {
		d.Unreadable(RuleUnsupported, report.Location{}, fmt.Sprintf("检测到 %s 格式，暂不支持自动审查，需人工审查", Label(format)))
		return d
	}

	type result struct {
		d     *doc.Document
		err   error
		panic any
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r = result{panic: p}
			}
			done <- r
		}()
		r.d, r.err = fn(ctx, data, lim)
	}()

	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
		select {
		case r = <-done:
		case <-time.After(stopGrace):
			d.Unreadable(RuleTimeout, report.Location{}, TimeoutMessage(lim.PerFileTimeout))
			return d
		}
	}
	switch {
	case r.panic != nil:
		// The panic value may quote the file's bytes: it is not shown.
		d.Unreadable(RuleParserPanic, report.Location{}, fmt.Sprintf("解析%s文件时程序出错，文件可能已损坏或经过恶意构造，无法读取，需人工审查", Label(format)))
		return d
	case r.err != nil:
		d.Unreadable(RuleCorrupt, report.Location{}, fmt.Sprintf("%s文件已损坏或格式异常，无法读取，需人工审查", Label(format)))
		return d
	case r.d == nil:
		d.Unreadable(RuleCorrupt, report.Location{}, fmt.Sprintf("%s文件未能读出任何内容，需人工审查", Label(format)))
		return d
	}
	d = r.d
	if d.Format == "" {
		d.Format = format
	}
	readEmbedded(ctx, d, lim)
	capText(d, lim.MaxTextRunes)
	return d
}

// readEmbedded reads the files an extractor found inside d (a workbook
// behind a chart, a document embedded in a document, an archive's
// members) with their own extractors and adds their parts and findings to
// d, each located at "container member!inner file". Two levels are read
// (maxNesting: a chart's workbook in a document in an archive, a workbook
// in a document embedded in a document); a file deeper still is reported
// unreadable.
func readEmbedded(ctx context.Context, d *doc.Document, lim doc.Limits) {
	embedded := d.Embedded
	d.Embedded = nil
	depth, _ := ctx.Value(nestedKey{}).(int)
	if depth >= maxNesting {
		// d is nested as deep as is read: hand its files back to the
		// caller, which reports them.
		d.Embedded = embedded
		return
	}
	ctx = context.WithValue(ctx, nestedKey{}, depth+1)
	for _, e := range embedded {
		format := Sniff(e.Name, e.Data)
		if isArchive(format) {
			// Archives are read at the top level only: an archive in an
			// archive (or in a document) is reported, not opened.
			d.Unreadable(RuleEmbedded, report.Location{Part: doc.Body, File: e.Name}, fmt.Sprintf(
				"%s 本身是%s，其中的文件未读取，请解压后逐个提交，或由人工审查", e.Name, Label(format)))
			continue
		}
		inner := ExtractFormat(ctx, format, e.Data, lim)
		addNested(d, e.Name, inner)
		for _, n := range inner.Deferred {
			n.Name = nestedName(e.Name, n.Name)
			d.Deferred = append(d.Deferred, n)
		}
		for _, n := range inner.Embedded {
			d.Unreadable(RuleEmbedded, report.Location{Part: doc.Body, File: nestedName(e.Name, n.Name)},
				fmt.Sprintf("内嵌文件 %s 中又内嵌了文件（%s），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查", e.Name, n.Name))
		}
	}
}

// addNested adds the parts and findings of inner, a file found in d under
// name, to d, each located at "name!its own place".
func addNested(d *doc.Document, name string, inner *doc.Document) {
	for _, p := range inner.Parts {
		p.File = nestedName(name, p.File)
		d.Parts = append(d.Parts, p)
	}
	for _, f := range inner.Findings {
		f.Location.File = nestedName(name, f.Location.File)
		if f.Location.Part == "" {
			f.Location.Part = doc.Body
		}
		d.Findings = append(d.Findings, f)
	}
}

// nestedKey marks the context of an embedded file's extraction with how
// deep it is nested (1 for a file in the uploaded one).
type nestedKey struct{}

// maxNesting is how deep files inside files are read.
const maxNesting = 2

func nestedName(container, inner string) string {
	if inner == "" {
		return container
	}
	return container + "!" + inner
}

// unsupportedMessage says what was detected and what to do:
// "检测到旧版 Word (.doc) 格式，暂不支持自动审查，请另存为 DOCX 后重新提交，或由人工审查".
func unsupportedMessage(format string, u unsupported) string {
	switch u.rule {
	case "unreadable.image":
		return fmt.Sprintf("检测到%s，%s", u.label, u.advice)
	case "unreadable.archive":
		return fmt.Sprintf("检测到%s，暂不支持自动审查，%s", u.label, u.advice)
	case RuleUnsupported:
		if format == FormatBinary || format == FormatOLE2 || format == FormatXPS {
			return fmt.Sprintf("%s，暂不支持自动审查，%s", u.label, u.advice)
		}
	}
	return fmt.Sprintf("检测到%s 格式，暂不支持自动审查，%s", u.label, u.advice)
}

// TimeoutMessage is the message for a file whose extraction ran out of
// time: "解析超时（30秒），文件可能异常，需人工审查".
func TimeoutMessage(timeout time.Duration) string {
	if timeout <= 0 {
		return "解析超时，文件可能异常，需人工审查"
	}
	if timeout < time.Second {
		return fmt.Sprintf("解析超时（%d毫秒），文件可能异常，需人工审查", timeout.Milliseconds())
	}
	return fmt.Sprintf("解析超时（%d秒），文件可能异常，需人工审查", int(timeout.Round(time.Second)/time.Second))
}

// capText is the dispatcher's safety net for MaxTextRunes: extractors
// enforce it themselves, but a document that still carries more text is
// cut and the cut reported.
func capText(d *doc.Document, max int) {
	if max <= 0 {
		return
	}
	total := 0
	for i := range d.Parts {
		// A text has at most as many runes as bytes: count only when
		// the byte length could pass the cap.
		n := len(d.Parts[i].Text)
		if total+n > max {
			n = utf8.RuneCountInString(d.Parts[i].Text)
		}
		if total+n <= max {
			total += n
			continue
		}
		keep := max - total
		t := d.Parts[i].Text
		cut := 0
		for j := 0; j < keep && cut < len(t); j++ {
			_, size := utf8.DecodeRuneInString(t[cut:])
			cut += size
		}
		d.Parts[i].Text = t[:cut]
		d.Parts = d.Parts[:i+1]
		d.Unreadable(RuleTooLarge, report.Location{}, fmt.Sprintf("文件文字超过 %d 字的上限，超出部分未读取，需人工审查", max))
		return
	}
}

// HumanBytes prints a size for people: 512 B, 3.2 KB, 64.0 MB.
func HumanBytes(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	case n < 1<<30:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
}
