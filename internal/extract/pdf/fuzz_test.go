package pdf

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
)

// FuzzExtract: no input makes Extract panic, return nothing, or keep more
// text than the limit. Seeds are the fixtures and a few synthetic files.
func FuzzExtract(f *testing.F) {
	for _, dir := range []string{docsDir, malformedDir, "testdata"} {
		m, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		for _, p := range m {
			// Small seeds only: the fuzzer mutates and minimises byte
			// by byte, and a 50 KB seed holds it to a few execs a
			// second. Real producers' files are read by the unit tests.
			if b, err := os.ReadFile(p); err == nil && len(b) < 16<<10 {
				f.Add(b)
			}
		}
	}
	p := pdftest.Lines("秘密★1年", "正文")
	p.Comments = []string{"批注"}
	f.Add(pdftest.Doc{Pages: []pdftest.Page{p, {Image: true}}, Info: map[string]string{"Title": "标题"}}.Build())
	// Out-of-order glyphs, ActualText and outlined text (layout.go,
	// outline.go).
	f.Add(pdftest.Doc{Pages: []pdftest.Page{{
		Runs: []pdftest.Run{{X: 84, Y: 700, Size: 12, Text: "★"}, {X: 72, Y: 700, Size: 12, Text: "秘密"}},
		Raw: "BT /F1 12 Tf 72 600 Td [-2000 «★» 2500 «机» -500 «密»] TJ ET " +
			"/Span << /ActualText <FEFF6C11> >> BDC BT /F1 12 Tf 72 500 Td «⺠» Tj ET EMC " +
			"0.7071 0.7071 -0.7071 0.7071 200 200 cm 10 10 m 12 20 14 20 16 10 c 13 9 l h 20 10 m 22 25 24 25 26 10 c h f",
	}}}.Build())
	// Text in the paper's colour, pictures in strips and drawn over
	// text, an inline stencil mask (shown.go).
	f.Add(pdftest.Doc{Pages: []pdftest.Page{{
		Raw: "BT 1 g /F1 12 Tf 72 700 Td «关于» Tj /DeviceRGB cs 1 1 1 sc «通知» Tj 0 0 0 0 k 2 Tr «居民» Tj ET " +
			"q 595 0 0 421 0 0 cm /Im1 Do Q q 595 0 0 421 0 421 cm /Im1 Do Q " +
			"q 100 0 0 100 0 0 cm BI /W 1 /H 1 /IM true ID \x00 EI Q /GS0 gs /Separation cs 0 scn",
	}}}.Build())
	f.Add(hand("%PDF-1.4\n", simpleObjs("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), "/Root 1 0 R", false))
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 10000
	lim.MaxPages = 50
	lim.MaxUnzipBytes = 1 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(context.Background(), data, lim)
		if err != nil || d == nil {
			t.Fatalf("Extract = %v, %v", d, err)
		}
		runes := 0
		for _, p := range d.Parts {
			if p.Kind == doc.Page {
				runes += utf8.RuneCountInString(p.Text)
			}
			if !utf8.ValidString(p.Text) {
				t.Fatalf("invalid UTF-8 in %s part", p.Kind)
			}
		}
		if runes > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit %d", runes, lim.MaxTextRunes)
		}
		for _, f := range d.Findings {
			if f.Message == "" || f.Rule == "" {
				t.Fatalf("finding without rule or message: %+v", f)
			}
		}
	})
}
