package extract

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf"
	"github.com/mishen-gov/mishen/internal/ocr"
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

// TestOwnPixelsFlip: a picture drawn mirrored (rows stored bottom up) is
// flipped back top to bottom when its own pixels are read.
func TestOwnPixelsFlip(t *testing.T) {
	data, err := os.ReadFile("../ocr/testdata/bent_seen.pdf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := pdf.Extract(context.Background(), data, doc.DefaultLimits())
	if err != nil || len(d.Pictures) != 1 {
		t.Fatalf("pictures %+v, %v", d, err)
	}
	p := d.Pictures[0]
	decode := func(flip bool) *image.Gray {
		p.Flip = flip
		b, err := ownPixels(data, p, ocr.Options{})
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		return img.(*image.Gray)
	}
	up, down := decode(false), decode(true)
	w, h := up.Rect.Dx(), up.Rect.Dy()
	for y := range h {
		if !bytes.Equal(up.Pix[y*up.Stride:][:w], down.Pix[(h-1-y)*down.Stride:][:w]) {
			t.Fatalf("row %d is not row %d flipped", y, h-1-y)
		}
	}
	if bytes.Equal(up.Pix, down.Pix) {
		t.Fatal("the flip changed nothing")
	}
}

// TestShrink: a picture over the bound is scaled down by a whole factor,
// each pixel the mean of its square; one under it is left.
func TestShrink(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 6, 4))
	for i := range g.Pix {
		g.Pix[i] = uint8(10 * i)
	}
	if shrink(g, 24) != g {
		t.Error("a picture within the bound was scaled")
	}
	s := shrink(g, 6)
	if s.Rect.Dx() != 3 || s.Rect.Dy() != 2 {
		t.Fatalf("scaled to %v, want 3 × 2", s.Rect)
	}
	// The top-left square: 0, 10, 60, 70.
	if s.Pix[0] != 35 {
		t.Errorf("first pixel %d, want 35", s.Pix[0])
	}
}
