package extract

import (
	"context"
	"os"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestWithoutOCR: without Tesseract, pictures and scanned pages are
// reported unreadable exactly as before OCR, and pictures are not parsed.
func TestWithoutOCR(t *testing.T) {
	ocrWas, renderWas := ocrReady, renderReady
	ocrReady, renderReady = func() bool { return false }, func() bool { return false }
	defer func() { ocrReady, renderReady = ocrWas, renderWas }()

	if Parses(FormatPNG) {
		t.Error("PNG parsed without OCR")
	}
	png, err := os.ReadFile("../ocr/testdata/marked.png")
	if err != nil {
		t.Fatal(err)
	}
	d := Extract(context.Background(), "a.png", png, doc.DefaultLimits())
	if len(d.Findings) != 1 || d.Findings[0].Rule != RuleImage || d.Findings[0].Message != "检测到PNG 图片，图片中的文字无法自动识别，需人工审查" || len(d.Parts) != 0 {
		t.Errorf("PNG without OCR: %+v", d)
	}
	scan, err := os.ReadFile("../ocr/testdata/scan300.pdf")
	if err != nil {
		t.Fatal(err)
	}
	d = Extract(context.Background(), "a.pdf", scan, doc.DefaultLimits())
	if len(d.Findings) != 1 || d.Findings[0].Rule != RuleImageOnly || d.Findings[0].Location.Page != 1 {
		t.Errorf("scan without OCR: %+v", d.Findings)
	}
	for _, p := range d.Parts {
		if p.Kind == doc.OCR {
			t.Errorf("OCR part without OCR: %+v", p)
		}
	}
}

func TestPageRanges(t *testing.T) {
	if got := pageRanges([]int{3, 5, 6, 7, 8, 9, 12}); got != "3、5–9、12" {
		t.Errorf("got %q", got)
	}
}
