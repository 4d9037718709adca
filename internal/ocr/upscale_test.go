package ocr

import (
	"image"
	"testing"
)

// TestUpscale: a screenshot is enlarged before OCR, a scan is not, and
// no enlargement goes past the pixel limit.
func TestUpscale(t *testing.T) {
	for _, c := range []struct {
		w, h int
		max  int64
		want int
	}{
		{860, 400, DefaultMaxPixels, 2},
		{400, 300, DefaultMaxPixels, 3},
		{1240, 1754, DefaultMaxPixels, 1}, // a page at 150 dpi
		{2480, 3508, DefaultMaxPixels, 1}, // at 300 dpi
		{1300, 1300, 1 << 20, 1},          // would pass the limit
		{10, 10, DefaultMaxPixels, 1},     // too small to hold text
	} {
		if got := upscale(c.w, c.h, c.max); got != c.want {
			t.Errorf("upscale(%d, %d) = %d, want %d", c.w, c.h, got, c.want)
		}
	}
	g := enlarge(image.NewGray(image.Rect(0, 0, 30, 20)), 2)
	if g.Bounds().Dx() != 60 || g.Bounds().Dy() != 40 {
		t.Errorf("enlarged to %v", g.Bounds())
	}
	p := &Page{Lines: []Line{{Box: Box{10, 10, 50, 30}, Words: []Word{{Box: Box{10, 10, 20, 30}}}}}}
	p.scale(0.5, 30, 20)
	if p.Lines[0].Box != (Box{5, 5, 25, 15}) || p.Lines[0].Words[0].Box != (Box{5, 5, 10, 15}) || p.Width != 30 {
		t.Errorf("scaled page %+v", p)
	}
}
