package htmlx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// FuzzExtract checks that no page makes the extractor panic (extract runs
// without Extract's recover), hang, or break the text limit.
func FuzzExtract(f *testing.F) {
	for _, dir := range []string{fixtures, "../../../testdata/malformed", "testdata"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(`<p style="display:none">隐<!--注-->藏</p><table><tr><td>1<td>2</table><input type=hidden value=x>`))
	f.Add([]byte(`<img src="data:image/svg+xml;utf8,<svg>%E6%9C%BA%</svg>"><iframe src="data:text/html;base64,PHA+
6Lqr5Lu9"></iframe><img srcset="data:,x 1x, b.jpg 2x">`))
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 1 << 16
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &doc.Document{Format: "html"}
		start := time.Now()
		extract(d, data, nil, lim)
		if el := time.Since(start); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
		n := 0
		for _, p := range d.Parts {
			if !utf8.ValidString(p.Text) {
				t.Fatalf("invalid UTF-8 in %s", p.Kind)
			}
			checkCells(t, p)
			n += utf8.RuneCountInString(p.Text)
		}
		if n > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit", n)
		}
		for _, f := range d.Findings {
			if !strings.HasPrefix(f.Rule, "unreadable.") || f.Message == "" {
				t.Fatalf("bad finding %+v", f)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	pages := map[string][]byte{}
	for _, name := range []string{"page.html", "clean.html"} {
		data, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			b.Skip(err)
		}
		pages[name] = data
	}
	// A long CMS page: 2000 paragraphs, a table, links.
	var long strings.Builder
	long.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title></head><body>`)
	for i := range 2000 {
		long.WriteString(`<p class="p1">根据《中华人民共和国政府信息公开条例》规定，<span style="font-weight:bold">第` +
			strings.Repeat("二", i%5) + `条</span>现就年度报告编制工作通知如下，<a href="/n/` + strings.Repeat("x", i%7) + `">详见</a>。</p>`)
		if i%50 == 0 {
			long.WriteString(`<table><tr><td>序号</td><td>单位</td><td>数量</td></tr><tr><td>1</td><td>某局</td><td>12</td></tr></table>`)
		}
	}
	long.WriteString(`</body></html>`)
	pages["long.html"] = []byte(long.String())
	for _, name := range []string{"page.html", "clean.html", "long.html"} {
		data := pages[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if d, _ := Extract(data, doc.DefaultLimits()); len(d.Findings) != 0 || len(d.Parts) < 2 {
					b.Fatalf("unexpected result: %+v", d.Findings)
				}
			}
		})
	}
}
