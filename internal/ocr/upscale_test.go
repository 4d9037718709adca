package ocr

import (
	"image"
	"image/color"
	"image/draw"
	"math"
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

// TestTextScale: a small picture is enlarged by what its lines of text
// need: not at all when they are 20 pixels high or more, twice for 15,
// as much as its size allows when they cannot be told; a table's rules
// do not join its rows into one line.
func TestTextScale(t *testing.T) {
	page := func(lineH int, rules bool) *image.Gray {
		g := image.NewGray(image.Rect(0, 0, 600, 400))
		draw.Draw(g, g.Rect, image.White, image.Point{}, draw.Src)
		for y := 20; y+lineH < 380; y += lineH * 2 {
			// A line of text: glyphs with gaps between them.
			for x := 20; x < 560; x += lineH + 4 {
				draw.Draw(g, image.Rect(x, y, x+lineH, y+lineH), image.Black, image.Point{}, draw.Src)
			}
		}
		if rules {
			for _, x := range []int{5, 300, 595} {
				draw.Draw(g, image.Rect(x, 0, x+2, 400), image.Black, image.Point{}, draw.Src)
			}
			// Between the lines, as a table's rows are ruled.
			for y := 20; y < 400; y += 2 * lineH {
				draw.Draw(g, image.Rect(0, y+lineH+lineH/2, 600, y+lineH+lineH/2+1), image.Black, image.Point{}, draw.Src)
			}
		}
		return g
	}
	for _, c := range []struct {
		lineH int
		rules bool
		want  int
	}{
		{15, false, 2}, {15, true, 2}, {30, false, 1}, {30, true, 1}, {8, false, 3},
	} {
		if got := textScale(page(c.lineH, c.rules), 3); got != c.want {
			t.Errorf("lines of %d px (rules %v): enlarged %d times, want %d", c.lineH, c.rules, got, c.want)
		}
	}
	// A table narrower than the picture, under a title: its rules run
	// down only its own rows and across only its width.
	table := image.NewGray(image.Rect(0, 0, 860, 400))
	draw.Draw(table, table.Rect, image.White, image.Point{}, draw.Src)
	for x := 250; x < 600; x += 26 {
		draw.Draw(table, image.Rect(x, 20, x+22, 42), image.Black, image.Point{}, draw.Src) // the title, 22 px
	}
	for r := range 5 {
		y := 75 + r*30
		draw.Draw(table, image.Rect(25, y, 590, y+1), image.Black, image.Point{}, draw.Src)
		for x := 40; x < 570; x += 19 {
			draw.Draw(table, image.Rect(x, y+8, x+15, y+23), image.Black, image.Point{}, draw.Src)
		}
	}
	for _, x := range []int{25, 120, 340, 590} {
		draw.Draw(table, image.Rect(x, 75, x+1, 226), image.Black, image.Point{}, draw.Src)
	}
	if got := textScale(table, 2); got != 2 {
		t.Errorf("a ruled table of 15-pixel text: enlarged %d times, want 2", got)
	}
	blank := image.NewGray(image.Rect(0, 0, 600, 400))
	draw.Draw(blank, blank.Rect, image.White, image.Point{}, draw.Src)
	if got := textScale(blank, 3); got != 3 {
		t.Errorf("no lines: %d, want 3", got)
	}
}

// TestHeadRows: the head of a page is its top fifth, or down to its
// second line of text when that is lower, at most half of it.
func TestHeadRows(t *testing.T) {
	line := func(y0, y1 float64) Line {
		return Line{Box: Box{10, y0, 300, y1}, Words: []Word{{Text: "文字", Box: Box{10, y0, 300, y1}}}}
	}
	for _, c := range []struct {
		name  string
		lines []Line
		want  float64
	}{
		{"a page: its lines in the fifth", []Line{line(20, 40), line(50, 70), line(300, 320)}, 200},
		{"a cropped head", []Line{line(180, 220), line(240, 280), line(300, 320)}, 300},
		{"lines far down: at most half", []Line{line(500, 540), line(600, 640)}, 500},
		{"one line", []Line{line(600, 640)}, 200},
	} {
		if got := headRows(&Page{Width: 600, Height: 1000, Lines: c.lines}); got != c.want {
			t.Errorf("%s: head ends at %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLooksLikeText: lines of text on paper look like text, however
// grey; a blank page, noise and a checkerboard (a QR code) do not.
func TestLooksLikeText(t *testing.T) {
	lines := func(ink uint8) *image.Gray {
		g := image.NewGray(image.Rect(0, 0, 600, 400))
		draw.Draw(g, g.Rect, image.NewUniform(color.Gray{235}), image.Point{}, draw.Src)
		for y := 40; y+20 < 360; y += 40 {
			for x := 30; x < 560; x += 24 {
				// A glyph: a box of strokes 3 pixels wide (口).
				draw.Draw(g, image.Rect(x, y, x+20, y+20), image.NewUniform(color.Gray{ink}), image.Point{}, draw.Src)
				draw.Draw(g, image.Rect(x+3, y+3, x+17, y+17), image.NewUniform(color.Gray{235}), image.Point{}, draw.Src)
			}
		}
		return g
	}
	bars := image.NewGray(image.Rect(0, 0, 600, 400))
	draw.Draw(bars, bars.Rect, image.White, image.Point{}, draw.Src)
	for i, y := 0, 40; y+20 < 360; i, y = i+1, y+40 {
		draw.Draw(bars, image.Rect(30, y, 200+i*40, y+20), image.NewUniform(color.Gray{90}), image.Point{}, draw.Src)
	}
	strokes := image.NewGray(image.Rect(0, 0, 600, 400))
	draw.Draw(strokes, strokes.Rect, image.White, image.Point{}, draw.Src)
	for y := 40; y+20 < 360; y += 40 {
		for x := 30; x < 560; x++ {
			yy := y + 10 + int(8*math.Sin(float64(x)/15))
			draw.Draw(strokes, image.Rect(x, yy, x+1, yy+2), image.Black, image.Point{}, draw.Src)
		}
	}
	blank := image.NewGray(image.Rect(0, 0, 600, 400))
	draw.Draw(blank, blank.Rect, image.White, image.Point{}, draw.Src)
	noise := image.NewGray(blank.Rect)
	for i := range noise.Pix {
		noise.Pix[i] = uint8(i * 7919 % 251)
	}
	qr := image.NewGray(image.Rect(0, 0, 400, 400))
	for y := range 400 {
		for x := range 400 {
			if (x/10+y/10)%2 == 0 {
				qr.Pix[y*400+x] = 255
			}
		}
	}
	for _, c := range []struct {
		name string
		g    *image.Gray
		want bool
	}{{"black lines", lines(20), true}, {"blurred grey lines", lines(170), true}, {"blank", blank, false},
		{"noise", noise, false}, {"checkerboard", qr, false}, {"a bar chart", bars, false}, {"pen strokes", strokes, false}} {
		if got := LooksLikeText(c.g); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
