package ocr

import (
	"image"
	"math"
	"testing"
)

// stripes is a picture of four dark bars, like lines of text, level.
func stripes() *image.Gray {
	g := image.NewGray(image.Rect(0, 0, 600, 300))
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	for _, y0 := range []int{40, 100, 160, 220} {
		for y := y0; y < y0+24; y++ {
			for x := 50; x < 550; x++ {
				if x%20 < 14 { // glyphs with gaps
					g.Pix[y*g.Stride+x] = 0
				}
			}
		}
	}
	return g
}

// TestSkewAngle: lines turned by an angle are found turned by it, and
// made level again by rotateGray.
func TestSkewAngle(t *testing.T) {
	g := stripes()
	if deg, ok := skewAngle(g); ok && math.Abs(deg) > 0.5 {
		t.Fatalf("level lines found turned by %.1f°", deg)
	}
	for _, deg := range []float64{-35, -20, 8, 30, 60, 90, -90} {
		// rotateGray turns clockwise: lines turned by -deg counter-clockwise.
		turned := rotateGray(g, deg)
		got, ok := skewAngle(turned)
		// A line turned by 90° is a line turned by -90°.
		if off := math.Mod(math.Abs(got+deg), 180); !ok || off > 1 && off < 179 {
			t.Errorf("lines turned %.0f°: found %.1f° (%v)", -deg, got, ok)
			continue
		}
		back, ok := skewAngle(rotateGray(turned, got))
		if ok && math.Abs(back) > 1 {
			t.Errorf("turned %.0f° and back: %.1f° left", -deg, back)
		}
	}
	blank := image.NewGray(image.Rect(0, 0, 100, 100))
	for i := range blank.Pix {
		blank.Pix[i] = 255
	}
	if _, ok := skewAngle(blank); ok {
		t.Error("a blank picture has an angle")
	}
}

// TestUnrotate: a box read on the levelled picture lands back where the
// same place lies on the turned one: 100 pixels along the level line is
// 100 pixels along the turned line.
func TestUnrotate(t *testing.T) {
	g := rotateGray(stripes(), -30) // lines turned 30° counter-clockwise
	lv := rotateGray(g, 30)
	x, y := float64(lv.Rect.Dx())/2+100, float64(lv.Rect.Dy())/2
	p := &Page{Width: lv.Rect.Dx(), Height: lv.Rect.Dy(), Lines: []Line{{Box: Box{x - 5, y - 5, x + 5, y + 5}}}}
	p.unrotate(30, g.Rect.Dx(), g.Rect.Dy())
	b := p.Lines[0].Box
	cx, cy := (b.X0+b.X1)/2, (b.Y0+b.Y1)/2
	wx, wy := float64(g.Rect.Dx())/2+100*math.Cos(math.Pi/6), float64(g.Rect.Dy())/2-100*math.Sin(math.Pi/6)
	if math.Abs(cx-wx) > 2 || math.Abs(cy-wy) > 2 || p.Width != g.Rect.Dx() {
		t.Errorf("the point went to (%.0f, %.0f), want (%.0f, %.0f)", cx, cy, wx, wy)
	}
}
