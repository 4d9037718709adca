package pdf

import (
	"context"
	"fmt"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
)

// BenchmarkPDF extracts the text fixtures and a synthetic 50-page file.
// bench/pdf.sh compares the same work with pdftotext.
func BenchmarkPDF(b *testing.B) {
	var pages []pdftest.Page
	for i := 0; i < 50; i++ {
		var lines []string
		for j := 0; j < 40; j++ {
			lines = append(lines, fmt.Sprintf("第%d页第%d行：关于进一步加强政府信息公开工作的通知 2024 年", i+1, j+1))
		}
		pages = append(pages, pdftest.Lines(lines...))
	}
	files := []struct {
		name  string
		data  []byte
		pages int
	}{
		{"prose.pdf", fixture(b, docsDir, "prose.pdf"), 2},
		{"marking.pdf", fixture(b, docsDir, "marking.pdf"), 1},
		{"synthetic50", pdftest.Doc{Pages: pages}.Build(), 50},
	}
	lim := doc.DefaultLimits()
	for _, f := range files {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(f.data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				d, _ := Extract(context.Background(), f.data, lim)
				if len(d.Findings) != 0 || len(pageTexts(d)) != f.pages {
					b.Fatalf("findings %v, %d pages", d.Findings, len(pageTexts(d)))
				}
			}
			b.ReportMetric(float64(f.pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
