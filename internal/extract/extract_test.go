package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/legacy"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

func one(t *testing.T, d *doc.Document, rule string) report.Finding {
	t.Helper()
	if d == nil {
		t.Fatal("nil document")
	}
	if len(d.Findings) != 1 || d.Findings[0].Rule != rule {
		t.Fatalf("%s: findings = %+v, parts %+v, want one %s", d.Format, d.Findings, d.Parts, rule)
	}
	f := d.Findings[0]
	if f.Category != report.Unreadable || f.Severity != report.Review {
		t.Fatalf("finding %+v is not an unreadable review", f)
	}
	return f
}

func TestUnsupported(t *testing.T) {
	ctx := context.Background()
	lim := doc.DefaultLimits()
	cases := []struct {
		name, data, format, rule, msg string
	}{
		{"a.doc", string(ole2("WordDocument")), "doc", "unreadable.unsupported",
			"检测到旧版 Word (.doc) 格式，暂不支持自动审查，请另存为 DOCX 后重新提交，或由人工审查"},
		{"a.docx", string(ole2("EncryptedPackage")), "ooxml_encrypted", "unreadable.encrypted",
			"文件已加密，无法读取，请解除加密后重新提交"},
		{"a.xls", string(ole2("Workbook")), "xls", "unreadable.unsupported", "检测到旧版 Excel (.xls) 格式"},
		{"a.wps", string(ole2("WordDocument")), "wps", "unreadable.unsupported", "WPS 文字 (.wps)"},
		{"a.ofd", string(zipOf(t, "OFD.xml")), "ofd", "unreadable.corrupt", "OFD.xml中没有文档"},
		// Reported from its type without OCR, as undecodable with it.
		{"a.png", "\x89PNG\r\n\x1a\nrest", "png", "unreadable.image", "PNG 图片"},
		{"a.rar", "Rar!\x1a\x07\x00", "rar", "unreadable.corrupt", "RAR 压缩包已损坏"},
		{"a.bin", "\x00\x01\x02\x03\x04\x05", "binary", "unreadable.unsupported", "无法识别的文件类型"},
	}
	for _, c := range cases {
		if Converts(c.format) && legacy.Default().Available() == nil {
			// LibreOffice reads these formats here: a stream name
			// alone is no Word file, and fails to convert.
			c.rule, c.msg = RuleCorrupt, Label(c.format)+"文件无法转换"
		}
		d := Extract(ctx, c.name, []byte(c.data), lim)
		f := one(t, d, c.rule)
		if d.Format != c.format {
			t.Errorf("%s: format %q, want %q", c.name, d.Format, c.format)
		}
		if !strings.Contains(f.Message, c.msg) {
			t.Errorf("%s: message %q does not contain %q", c.name, f.Message, c.msg)
		}
	}
}

func TestTooLarge(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.MaxFileBytes = 1 << 20
	d := Extract(context.Background(), "big.pdf", make([]byte, 3<<20), lim)
	f := one(t, d, RuleTooLarge)
	if !strings.Contains(f.Message, "3.0 MB") || !strings.Contains(f.Message, "1.0 MB") {
		t.Fatalf("message %q should give the size and the limit", f.Message)
	}
}

// withExtractor registers a test extractor for format "test" for the
// duration of a test.
func withExtractor(t *testing.T, fn extractorFunc) {
	extractors["test"] = fn
	t.Cleanup(func() { delete(extractors, "test") })
}

func TestExtractorFailures(t *testing.T) {
	lim := doc.DefaultLimits()
	ctx := context.Background()

	withExtractor(t, func(context.Context, []byte, doc.Limits) (*doc.Document, error) {
		var m map[string]int
		m["boom"]++ // a nil-map panic, as a parser bug would be
		return nil, nil
	})
	f := one(t, ExtractFormat(ctx, "test", nil, lim), RuleParserPanic)
	if strings.Contains(f.Message, "nil map") {
		t.Errorf("panic value leaked into the message: %q", f.Message)
	}

	withExtractor(t, func(context.Context, []byte, doc.Limits) (*doc.Document, error) {
		return nil, errors.New("test: 330106198503121231 broken") // errors may quote data
	})
	f = one(t, ExtractFormat(ctx, "test", nil, lim), RuleCorrupt)
	if strings.Contains(f.Message, "3301") {
		t.Errorf("error text leaked into the message: %q", f.Message)
	}

	withExtractor(t, func(context.Context, []byte, doc.Limits) (*doc.Document, error) { return nil, nil })
	one(t, ExtractFormat(ctx, "test", nil, lim), RuleCorrupt)

	withExtractor(t, func(context.Context, []byte, doc.Limits) (*doc.Document, error) {
		return &doc.Document{Parts: []doc.Part{{Kind: doc.Body, Text: "正文"}}}, nil
	})
	if d := ExtractFormat(ctx, "test", nil, lim); d.Format != "test" || len(d.Findings) != 0 {
		t.Errorf("document %+v", d)
	}
}

// An extractor that ignores ctx is abandoned shortly after ctx is done.
func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	withExtractor(t, func(context.Context, []byte, doc.Limits) (*doc.Document, error) {
		<-release
		return &doc.Document{}, nil
	})
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = 30 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	f := one(t, ExtractFormat(ctx, "test", nil, lim), RuleTimeout)
	if f.Message != "解析超时（30秒），文件可能异常，需人工审查" {
		t.Errorf("message %q", f.Message)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("took %v", took)
	}
}

func TestCapText(t *testing.T) {
	withExtractor(t, func(context.Context, []byte, doc.Limits) (*doc.Document, error) {
		return &doc.Document{Parts: []doc.Part{{Text: "一二三"}, {Text: "四五六"}, {Text: "七"}}}, nil
	})
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 4
	d := ExtractFormat(context.Background(), "test", nil, lim)
	one(t, d, RuleTooLarge)
	if len(d.Parts) != 2 || d.Parts[1].Text != "四" {
		t.Fatalf("parts %+v", d.Parts)
	}
}

func TestPDFThroughDispatcher(t *testing.T) {
	data := pdftest.Doc{Pages: []pdftest.Page{pdftest.Lines("第一页"), {Image: true}}}.Build()
	d := Extract(context.Background(), "upload", data, doc.DefaultLimits())
	if d.Format != "pdf" || len(d.Parts) != 1 || d.Parts[0].Page != 1 {
		t.Fatalf("document %+v", d)
	}
	// The image page is blank: unreadable as a scan, or as a page in
	// which OCR read nothing.
	rule := "unreadable.image_only"
	if renderReady() {
		rule = RuleLowConfidence
	}
	if f := one(t, d, rule); f.Location.Page != 2 {
		t.Fatalf("finding %+v", f)
	}
}

// Every fixture gives a document; a malformed PDF or unsupported file
// gives an unreadable finding.
func TestFixturesNeverNil(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../testdata/docs", "../../testdata/malformed"} {
		m, _ := filepath.Glob(filepath.Join(dir, "*.*"))
		files = append(files, m...)
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := Extract(context.Background(), filepath.Base(f), data, doc.DefaultLimits())
		if d == nil || d.Format == "" {
			t.Fatalf("%s: %+v", f, d)
		}
		mine := d.Format == "pdf" || unsupportedFormats[d.Format].rule != "" && !(Converts(d.Format) && legacy.Default().Available() == nil)
		if mine && strings.Contains(f, "malformed") && !hasUnreadable(d) && !hasKind(d, doc.OCR) {
			t.Errorf("%s (%s): no unreadable finding: %+v", f, d.Format, d.Findings)
		}
	}
}

// hasKind reports whether d has a part of kind k (a scan read by OCR is
// no longer unreadable).
func hasKind(d *doc.Document, k string) bool {
	for _, p := range d.Parts {
		if p.Kind == k {
			return true
		}
	}
	return false
}

func hasUnreadable(d *doc.Document) bool {
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			return true
		}
	}
	return false
}

// TestEmbeddedFilesAreRead checks that a workbook embedded in a document
// (as behind a chart) is read with its own extractor, its parts and
// findings located inside the container, a broken one reported, and a file
// embedded in the embedded one reported rather than read.
func TestEmbeddedFilesAreRead(t *testing.T) {
	roster, err := os.ReadFile("../../testdata/docs/roster.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	clean, err := os.ReadFile("../../testdata/docs/clean.docx")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := ziptest.Entries(clean)
	if err != nil {
		t.Fatal(err)
	}
	// inner.docx holds a workbook (read: the second level) and a
	// document that holds a workbook (the third level: reported).
	deepest := ziptest.Zip(append(append([]ziptest.Entry(nil), entries...), ziptest.Entry{Name: "word/embeddings/deepest.xlsx", Body: string(roster)})...)
	inner := ziptest.Zip(append(append([]ziptest.Entry(nil), entries...), ziptest.Entry{Name: "word/embeddings/deeper.xlsx", Body: string(roster)},
		ziptest.Entry{Name: "word/embeddings/third.docx", Body: string(deepest)})...)
	data := ziptest.Zip(append(entries,
		ziptest.Entry{Name: "word/embeddings/Microsoft_Excel_Worksheet.xlsx", Body: string(roster)},
		ziptest.Entry{Name: "word/embeddings/broken.xlsx", Body: "PK\x03\x04 truncated workbook"},
		ziptest.Entry{Name: "word/embeddings/inner.docx", Body: string(inner)},
	)...)
	d := Extract(context.Background(), "a.docx", data, doc.DefaultLimits())
	var sheetParts, deeperParts int
	for _, p := range d.Parts {
		if p.Kind == doc.Sheet || p.Kind == doc.HiddenSheet {
			switch {
			case strings.HasPrefix(p.File, "word/embeddings/Microsoft_Excel_Worksheet.xlsx!"):
				sheetParts++
			case strings.HasPrefix(p.File, "word/embeddings/inner.docx!word/embeddings/deeper.xlsx!"):
				deeperParts++
			case strings.Contains(p.File, "deepest.xlsx"):
				t.Errorf("a third level was read: %s", p.File)
			}
		}
	}
	if sheetParts == 0 || deeperParts == 0 {
		t.Errorf("the embedded workbooks' sheets were not read (%d, %d): %+v", sheetParts, deeperParts, d.Parts)
	}
	var brokenSeen, thirdSeen bool
	for _, f := range d.Findings {
		brokenSeen = brokenSeen || f.Category == report.Unreadable && strings.HasPrefix(f.Location.File, "word/embeddings/broken.xlsx")
		thirdSeen = thirdSeen || f.Rule == RuleEmbedded && f.Location.File == "word/embeddings/inner.docx!word/embeddings/third.docx!word/embeddings/deepest.xlsx"
		if f.Rule == RuleEmbedded && strings.Contains(f.Location.File, "deeper.xlsx") {
			t.Errorf("the second level reported, not read: %s", f.Location.File)
		}
	}
	if !brokenSeen || !thirdSeen {
		t.Errorf("broken %v, third level %v: %+v", brokenSeen, thirdSeen, d.Findings)
	}
	if len(d.Embedded) != 0 {
		t.Errorf("embedded files left on the document: %d", len(d.Embedded))
	}
}
