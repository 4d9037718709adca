package ocr

import (
	"os"
	"strconv"
	"testing"
)

// BenchmarkDecode is what mishen adds before Tesseract for a picture:
// checking and decoding it to grey, and writing the PGM Tesseract reads.
func BenchmarkDecode(b *testing.B) {
	for _, name := range []string{"marked.png", "marked.jpg", "marked.tif"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				g, err := Decode(data, DefaultMaxPixels)
				if err != nil || len(pgm(g)) < g.Rect.Dx()*g.Rect.Dy() {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHeadBand is the cost of cutting and enlarging a page's head.
func BenchmarkHeadBand(b *testing.B) {
	data, err := os.ReadFile("testdata/marked.tif") // 300 dpi
	if err != nil {
		b.Fatal(err)
	}
	g, err := Decode(data, DefaultMaxPixels)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if h := headBand(g, g.Rect.Dy()/5); h.Rect.Dx() != g.Rect.Dx()*3/2 {
			b.Fatal(h.Rect)
		}
	}
}

// BenchmarkTurn is the cost of turning a page at 300 dpi upright, once
// orientation detection has asked for it.
func BenchmarkTurn(b *testing.B) {
	data, err := os.ReadFile("testdata/marked.tif")
	if err != nil {
		b.Fatal(err)
	}
	g, err := Decode(data, DefaultMaxPixels)
	if err != nil {
		b.Fatal(err)
	}
	for q := 1; q <= 3; q++ {
		b.Run(strconv.Itoa(90*q), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(g.Pix)))
			for b.Loop() {
				if t := turn(g, q); len(t.Pix) != len(g.Pix) {
					b.Fatal(t.Rect)
				}
			}
		})
	}
}
