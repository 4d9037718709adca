package legacy_test

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/extract/legacy"
	"github.com/mishen-gov/mishen/internal/report"
)

const (
	marking = "秘密★1年"
	id      = "110101199003074514"
)

func needSoffice(t *testing.T) {
	t.Helper()
	if err := legacy.Default().Available(); err != nil {
		t.Skipf("LibreOffice not usable here: %v", err)
	}
}

// fixture reads testdata/name; name.gz when only that is committed.
func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err == nil {
		return b
	}
	gz, err2 := os.ReadFile(filepath.Join("testdata", name+".gz"))
	if err2 != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	b, err = io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func text(d *doc.Document, kind string) string {
	var b strings.Builder
	for _, p := range d.Parts {
		if kind == "" || p.Kind == kind {
			b.WriteString(p.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func unreadable(d *doc.Document) []report.Finding {
	var out []report.Finding
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			out = append(out, f)
		}
	}
	return out
}

// TestLegacyFormats reads every format LibreOffice saved, through
// extract.Extract, and finds the marking and the ID in each, under the
// legacy format's own name. The WPS files are the Office files renamed.
func TestLegacyFormats(t *testing.T) {
	needSoffice(t)
	cases := []struct {
		file, data, format string
		markingKind        string // the part kind the marking is in
	}{
		{"document.doc", "document.doc", extract.FormatDOC, doc.Header},
		{"document.wps", "document.wps", extract.FormatWPS, doc.Header},
		{"document.rtf", "document.rtf", extract.FormatRTF, doc.Header},
		{"document.odt", "document.odt", extract.FormatODT, doc.Header},
		{"workbook.xls", "workbook.xls", extract.FormatXLS, doc.Sheet},
		{"workbook.et", "workbook.et", extract.FormatET, doc.Sheet},
		{"workbook.ods", "workbook.ods", extract.FormatODS, doc.Sheet},
		{"workbook.xlsb", "workbook.xlsb", extract.FormatXLSB, doc.Sheet},
		{"slides.ppt", "slides.ppt", extract.FormatPPT, ""},
		{"slides.dps", "slides.ppt", extract.FormatDPS, ""},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			d := extract.Extract(context.Background(), c.file, fixture(t, c.data), doc.DefaultLimits())
			if d.Format != c.format {
				t.Errorf("format %q, want %q", d.Format, c.format)
			}
			if u := unreadable(d); len(u) > 0 {
				t.Fatalf("unreadable: %+v", u)
			}
			if got := text(d, c.markingKind); !strings.Contains(got, marking) {
				t.Errorf("no marking in %q parts: %q", c.markingKind, text(d, ""))
			}
			if got := text(d, ""); !strings.Contains(got, id) {
				t.Errorf("no ID in %q", got)
			}
			if testing.Verbose() {
				for _, p := range d.Parts {
					t.Logf("%s %s %s %q", p.Kind, p.File, p.Sheet, p.Text)
				}
			}
		})
	}
}

// TestCleanAndCorrupt: a clean document has no finding; a damaged one is
// unreadable, never an empty pass.
func TestCleanAndCorrupt(t *testing.T) {
	needSoffice(t)
	ctx := context.Background()
	d := extract.Extract(ctx, "clean.doc", fixture(t, "clean.doc"), doc.DefaultLimits())
	if len(d.Findings) != 0 || !strings.Contains(text(d, doc.Body), "全民健身") {
		t.Errorf("clean.doc: findings %+v, text %q", d.Findings, text(d, ""))
	}
	d = extract.Extract(ctx, "corrupt.doc", fixture(t, "corrupt.doc"), doc.DefaultLimits())
	if u := unreadable(d); len(u) != 1 || u[0].Rule != extract.RuleCorrupt || d.Format != extract.FormatDOC {
		t.Errorf("corrupt.doc: format %s, findings %+v, parts %+v", d.Format, d.Findings, d.Parts)
	}
}

// TestNoMacros converts a document whose on-load Basic macro would write
// a file, and checks the file is not there.
func TestNoMacros(t *testing.T) {
	needSoffice(t)
	const ran = "/tmp/mishen-macro-ran"
	os.Remove(ran)
	out, err := legacy.Default().Convert(context.Background(), fixture(t, "macro.odt"), "odt", "docx", 64<<20, time.Minute)
	if err != nil || len(out) == 0 {
		t.Fatalf("convert: %v", err)
	}
	if _, err := os.Stat(ran); err == nil {
		os.Remove(ran)
		t.Fatal("the document's macro ran during conversion")
	}
}

// TestTimeout: a conversion out of time is killed, with its process group
// and temporary folder, and says so.
func TestTimeout(t *testing.T) {
	needSoffice(t)
	before, _ := filepath.Glob(filepath.Join(os.TempDir(), "mishen-soffice-*"))
	start := time.Now()
	_, err := legacy.Default().Convert(context.Background(), fixture(t, "document.doc"), "doc", "docx", 64<<20, 200*time.Millisecond)
	if !errors.Is(err, legacy.ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("took %v to give up", el)
	}
	after, _ := filepath.Glob(filepath.Join(os.TempDir(), "mishen-soffice-*"))
	if len(after) > len(before) {
		t.Errorf("temporary folders left: %v", after)
	}
}

// TestNotInstalled: without soffice, Convert says so and the dispatcher
// reports the file as before.
func TestNotInstalled(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	c := legacy.New("", 1, 0)
	if err := c.Available(); !errors.Is(err, legacy.ErrNoConverter) {
		t.Fatalf("Available() = %v", err)
	}
	if _, err := c.Convert(context.Background(), []byte("x"), "doc", "docx", 1<<20, time.Second); !errors.Is(err, legacy.ErrNoConverter) {
		t.Fatalf("Convert: %v", err)
	}
}

// TestUnknownType: only the types with a forced import filter convert.
func TestUnknownType(t *testing.T) {
	needSoffice(t)
	if _, err := legacy.Default().Convert(context.Background(), []byte("x"), "html", "docx", 1<<20, time.Second); err == nil {
		t.Fatal("converted a type without a forced filter")
	}
}

// BenchmarkConvert measures one cold conversion per format: soffice's
// start dominates. go test -run XXX -bench Convert -benchtime 5x ./internal/extract/legacy/
func BenchmarkConvert(b *testing.B) {
	if err := legacy.Default().Available(); err != nil {
		b.Skip(err)
	}
	for _, c := range []struct{ file, from, to string }{
		{"document.doc", "doc", "docx"}, {"workbook.xls", "xls", "xlsx"}, {"document.rtf", "rtf", "docx"}, {"document.odt", "odt", "docx"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.file, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				out, err := legacy.Default().Convert(context.Background(), data, c.from, c.to, 64<<20, time.Minute)
				if err != nil || len(out) == 0 {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestInArchive: read in process (no sandbox), a .doc in a zip is
// converted like an upload and located at "member!part".
func TestInArchive(t *testing.T) {
	needSoffice(t)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("附件/通知.doc")
	w.Write(fixture(t, "document.doc"))
	zw.Close()
	d := extract.Extract(context.Background(), "附件.zip", buf.Bytes(), doc.DefaultLimits())
	var header string
	for _, p := range d.Parts {
		if p.File == "附件/通知.doc!word/header1.xml" {
			header += p.Text
		}
	}
	if len(d.Findings) != 0 || !strings.Contains(header, marking) {
		t.Fatalf("findings %+v, parts %+v", d.Findings, d.Parts)
	}
}

// TestHiddenSurvives: text formatted hidden in a .doc, a hidden row, a
// hidden column and a hidden sheet in a .xls reach the extractors, which
// report them, the column as a column.
func TestHiddenSurvives(t *testing.T) {
	needSoffice(t)
	ctx := context.Background()
	d := extract.Extract(ctx, "hidden.doc", fixture(t, "hidden.doc"), doc.DefaultLimits())
	if got := text(d, doc.HiddenText); !strings.Contains(got, "440306198506120038") {
		t.Errorf("hidden.doc: hidden text %q; parts %+v", got, d.Parts)
	}
	d = extract.Extract(ctx, "hidden.xls", fixture(t, "hidden.xls"), doc.DefaultLimits())
	if got := text(d, doc.HiddenSheet); !strings.Contains(got, "隐藏表内容") {
		t.Errorf("hidden.xls: hidden sheet %q", got)
	}
	rows, cols := false, false
	for _, f := range d.Findings {
		rows = rows || f.Rule == "hidden_content.hidden_rows" && f.Location.Sheet == "公开" && f.Location.Cell == "A2"
		cols = cols || f.Rule == "hidden_content.hidden_columns" && f.Location.Sheet == "公开" && f.Location.Cell == "B1"
	}
	if !rows || !cols {
		t.Errorf("hidden.xls: hidden row %v, hidden column %v in %+v", rows, cols, d.Findings)
	}
	if got := text(d, doc.Sheet); !strings.Contains(got, "隐藏列备注") {
		t.Errorf("hidden.xls: hidden column's cell not read: %q", got)
	}
	// Excel's binary workbook keeps its hidden sheet through LibreOffice.
	d = extract.Extract(ctx, "workbook.xlsb", fixture(t, "workbook.xlsb"), doc.DefaultLimits())
	if got := text(d, doc.HiddenSheet); !strings.Contains(got, "隐藏表内容") {
		t.Errorf("workbook.xlsb: hidden sheet %q", got)
	}
}
