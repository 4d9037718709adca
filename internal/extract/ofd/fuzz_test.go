package ofd

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// FuzzExtract checks that no input makes the extractor panic (extract runs
// without Extract's recover), break its limits, or report anything but
// unreadable findings with a message. Limits are scaled down so that each
// call stays cheap.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.ofd"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add(ziptest.Zip(minimal(`<ofd:CompositeObject ID="9" Boundary="0 0 10 10" ResourceID="50"/>`, selfComposite(3))...))
	f.Add([]byte("PK\x03\x04"))
	lim := doc.DefaultLimits()
	lim.MaxUnzipBytes = 2 << 20
	lim.MaxTextRunes = 1 << 14
	lim.MaxXMLDepth = 64
	lim.MaxPages = 50
	lim.MaxZipEntries = 200
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &doc.Document{Format: "ofd"}
		st := time.Now()
		extract(context.Background(), d, data, lim)
		if el := time.Since(st); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
		runes := 0
		for _, p := range d.Parts {
			if p.Kind == "" || !utf8.ValidString(p.Text) {
				t.Fatalf("bad part %+v", p)
			}
			runes += utf8.RuneCountInString(p.Text)
		}
		if runes > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit", runes)
		}
		if len(d.Embedded) > maxAttachments {
			t.Fatalf("%d attachments", len(d.Embedded))
		}
		for _, f := range d.Findings {
			if !strings.HasPrefix(f.Rule, "unreadable.") || f.Message == "" {
				t.Fatalf("bad finding %+v", f)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"rentou.ofd", "clean.ofd"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				d, _ := extractPlain(data, doc.DefaultLimits())
				if len(d.Findings) != 0 || len(d.Parts) < 2 {
					b.Fatalf("unexpected result: %d parts, findings %v", len(d.Parts), d.Findings)
				}
			}
		})
	}
	// A 100-page report: 30 lines of 30 characters a page, one TextCode a
	// line with DeltaX, as producers write body text.
	const line = "根据政府信息公开条例规定现就年度报告编制工作通知如下请各单位认真贯彻" // 34 runes
	var es []entry
	var pages []string
	for i := range 100 {
		name := fmt.Sprintf("Pages/Page_%d/Content.xml", i)
		pages = append(pages, name)
		var objs strings.Builder
		for l := range 30 {
			objs.WriteString(text(28, 30+float64(l)*8, 4.5, 4, line, ""))
		}
		es = append(es, pageXML("Doc_0/"+name, "", objs.String()))
	}
	es = append(es, entryXML("", ""), documentXML("", pages, ""), publicRes(""), documentRes(""))
	long := ziptest.Zip(es...)
	b.Run("long.ofd", func(b *testing.B) {
		b.SetBytes(int64(len(long)))
		b.ReportAllocs()
		for b.Loop() {
			d, _ := extractPlain(long, doc.DefaultLimits())
			if len(d.Findings) != 0 || len(d.Parts) != 100 {
				b.Fatalf("unexpected result: %d parts, findings %v", len(d.Parts), d.Findings)
			}
		}
	})
}
