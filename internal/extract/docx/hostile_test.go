package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

// small keeps hostile inputs fast: 8 MiB of inflated XML, 100 entries,
// depth 64.
func small() doc.Limits {
	l := doc.DefaultLimits()
	l.MaxUnzipBytes = 8 << 20
	l.MaxZipEntries = 100
	l.MaxXMLDepth = 64
	return l
}

// unreadable returns d's unreadable findings, and fails t when one has no
// Chinese message or when d's parts break the text limit.
func unreadable(t *testing.T, d *doc.Document, lim doc.Limits) []report.Finding {
	t.Helper()
	var fs []report.Finding
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			fs = append(fs, f)
		}
		if !strings.ContainsFunc(f.Message, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
			t.Errorf("finding %s has no Chinese message: %q", f.Rule, f.Message)
		}
	}
	n := 0
	for _, p := range d.Parts {
		n += len([]rune(p.Text))
	}
	if n > lim.MaxTextRunes {
		t.Errorf("%d runes of text, over the limit %d", n, lim.MaxTextRunes)
	}
	return fs
}

func TestHostile(t *testing.T) {
	clean, err := os.ReadFile(filepath.Join(fixtures, "clean.docx"))
	if err != nil {
		clean = docxOf(p(r("正文")))
	}
	okDoc := ziptest.Entry{Name: "word/document.xml", Body: wdoc("document", "<w:body>"+p(r("可读的正文"))+"</w:body>")}
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...)
	tests := []struct {
		name string
		data []byte
		lim  func(*doc.Limits)
		rule string
		file string // Location.File of the finding
		body string // the body text still read, if any
	}{
		{name: "empty", data: nil, rule: "unreadable.corrupt"},
		{name: "text", data: []byte("机密 not a zip"), rule: "unreadable.corrupt"},
		{name: "legacy doc", data: ole, rule: "unreadable.corrupt"},
		{name: "encrypted", data: append(bytes.Clone(ole), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...), rule: "unreadable.encrypted"},
		{name: "truncated", data: ziptest.Truncate(clean, len(clean)-30), rule: "unreadable.corrupt"},
		{name: "no document", data: ziptest.Zip(ziptest.Entry{Name: "word/styles.xml", Body: "<x/>"}), rule: "unreadable.corrupt"},
		{name: "zip bomb", data: ziptest.ZipRaw(nil, ziptest.Bomb("word/document.xml", 12<<20, false)), rule: "unreadable.zip_bomb", file: "word/document.xml"},
		{name: "lying zip bomb", data: ziptest.ZipRaw(nil, ziptest.Bomb("word/document.xml", 12<<20, true)), rule: "unreadable.corrupt", file: "word/document.xml"},
		{name: "bomb in an image", data: ziptest.ZipRaw([]ziptest.Entry{okDoc}, ziptest.Bomb("word/media/image1.png", 12<<20, false)),
			rule: "unreadable.zip_bomb", file: "word/media/image1.png", body: "可读的正文\n"},
		{name: "nested", data: docxOf(strings.Repeat("<w:p>", 10000) + strings.Repeat("</w:p>", 10000)), rule: "unreadable.too_deep", file: "word/document.xml"},
		{name: "many entries", data: ziptest.Many(1000, okDoc), rule: "unreadable.too_many_entries"},
		{name: "duplicate document", data: ziptest.Zip(okDoc, ziptest.Entry{Name: "word/Document.xml", Body: "<x/>"}), rule: "unreadable.corrupt"},
		{name: "bad xml", data: docxOf(p(r("前半段")) + "<w:p><w:r><w:t>未闭合"), rule: "unreadable.corrupt", file: "word/document.xml", body: "前半段\n未闭合\n"},
		{name: "damaged header", data: ziptest.Zip(okDoc, ziptest.Entry{Name: "word/header1.xml", Body: wdoc("hdr", p(r("机密"))+"<w:p>")}),
			rule: "unreadable.corrupt", file: "word/header1.xml", body: "可读的正文\n"},
		{name: "encrypted member", data: ziptest.ZipRaw([]ziptest.Entry{okDoc}, ziptest.Raw{Name: "word/header1.xml", Method: 8, Flags: 1, Compressed: []byte("0123456789"), UncompressedSize: 10}),
			rule: "unreadable.encrypted", file: "word/header1.xml", body: "可读的正文\n"},
		{name: "too much text", data: docxOf(strings.Repeat(p(r("一二三四五六七八九十")), 100)), lim: func(l *doc.Limits) { l.MaxTextRunes = 500 },
			rule: "unreadable.too_much_text", file: "word/document.xml"},
		{name: "over size", data: clean, lim: func(l *doc.Limits) { l.MaxFileBytes = 100 }, rule: "unreadable.too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := small()
			if tt.lim != nil {
				tt.lim(&lim)
			}
			start := time.Now()
			d, err := Extract(tt.data, lim)
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > ziptest.HangAfter {
				t.Errorf("took %v", el)
			}
			fs := unreadable(t, d, lim)
			if len(fs) == 0 || fs[0].Rule != tt.rule || fs[0].Location.File != tt.file {
				t.Fatalf("findings = %+v, want first %s in %q", fs, tt.rule, tt.file)
			}
			if tt.body != "" {
				if len(d.Parts) == 0 || d.Parts[0].Kind != doc.Body || d.Parts[0].Text != tt.body {
					t.Errorf("parts = %+v, want body %q kept", d.Parts, tt.body)
				}
			}
		})
	}
}

// TestFlippedBytes flips bytes all over a real document: each result is
// either an unreadable finding or exactly the text of the original. A
// flip that changes the text in silence would let a damaged file pass.
func TestFlippedBytes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "hidden_parts.docx"))
	if err != nil {
		t.Fatal(err)
	}
	want := ziptest.Encode(mustExtract(t, data))
	silent := 0
	// About 300 offsets, spread over the whole file.
	for off := 0; off < len(data); off += max(1, len(data)/300) {
		d := mustExtract(t, ziptest.Flip(data, off))
		if len(unreadable(t, d, doc.DefaultLimits())) > 0 {
			continue
		}
		got := ziptest.Encode(d)
		if !bytes.Equal(got, want) {
			silent++
			if silent <= 3 {
				t.Errorf("flip at %d changed the output in silence:\n%s", off, ziptest.Diff(string(want), string(got)))
			}
		}
	}
	if silent > 3 {
		t.Errorf("%d flips changed the output in silence", silent)
	}
}

func mustExtract(t *testing.T, data []byte) *doc.Document {
	t.Helper()
	d, err := Extract(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTimeout(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Nanosecond
	d, _ := Extract(docxOf(strings.Repeat(p(r("一"), r("二")), 2000)), lim)
	fs := unreadable(t, d, lim)
	if len(fs) != 1 || fs[0].Rule != "unreadable.timeout" || fs[0].Location.File != "word/document.xml" {
		t.Fatalf("findings = %+v, want one unreadable.timeout", fs)
	}
	if len(d.Parts) == 0 || !strings.HasPrefix(d.Parts[0].Text, "一二\n") {
		t.Errorf("the text read before the timeout is lost: %+v", d.Parts)
	}
}
