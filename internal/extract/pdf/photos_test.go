package pdf

import (
	"context"
	"os"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestPagePictures: a picture's box in user space is placed on the page
// as pdftoppm renders it, from the top left corner of the crop box turned
// by /Rotate; a picture too small or outside the box is left out.
func TestPagePictures(t *testing.T) {
	box := [4]float64{10, 20, 610, 820} // 600 × 800 points, offset
	pic := photo{box: rect{x0: 110, y0: 620, x1: 210, y1: 720}, w: 400, h: 400}
	for rotate, want := range map[int]doc.Picture{
		0:   {X0: 100, Y0: 100, X1: 200, Y1: 200},
		90:  {X0: 600, Y0: 100, X1: 700, Y1: 200},
		180: {X0: 400, Y0: 600, X1: 500, Y1: 700},
		270: {X0: 100, Y0: 400, X1: 200, Y1: 500},
		-90: {X0: 100, Y0: 400, X1: 200, Y1: 500},
	} {
		got := pagePictures(3, box, rotate, []photo{pic, {box: rect{x0: 700, y0: 30, x1: 800, y1: 130}}})
		want.Page, want.PixW, want.PixH = 3, 400, 400
		if len(got) != 1 || got[0] != want {
			t.Errorf("rotate %d: %+v, want %+v", rotate, got, want)
		}
	}
	var st pageStats
	st.photo(matrix{30, 0, 0, 30, 100, 100}, rect{}, 200, 200, 1, true)                                               // 30 points: an icon
	st.photo(matrix{300, 0, 0, 4, 100, 100}, rect{}, 600, 8, 5, true)                                                 // a rule 4 points high
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 20, 12, 2, true)                                                // 20 pixels: nothing to read
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 300, 180, 3, true)                                              // kept
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{set: true, x0: 100, y0: 100, x1: 105, y1: 300}, 300, 180, 4, true) // clipped to a sliver
	st.photo(matrix{100, 0, 0, 60, 300, 300}, rect{}, 300, 180, 3, true)                                              // object 3 again
	st.photo(matrix{200, 0, 0, 16, 100, 400}, rect{}, 600, 48, 6, true)                                               // a line of text: kept
	if len(st.photos) != 2 || st.photos[0].box != (rect{x0: 100, y0: 100, x1: 200, y1: 160, set: true}) || st.photos[1].object != 6 {
		t.Errorf("photos %+v, want the 100 × 60 picture and the 200 × 16 line", st.photos)
	}
	// Different pictures past the bound are counted, one drawn again is
	// not; inline images (object 0) are each a picture.
	for i := 0; i < maxPhotos+5; i++ {
		st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 300, 180, uint64(10+i%(maxPhotos+2)), true)
	}
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 0, 0, 0, true)
	// 2 + 258 different objects and an inline image: 256 kept, 5 over.
	if len(st.photos) != maxPhotos || st.photosOver != 5 {
		t.Errorf("%d photos, %d over; want %d and 5", len(st.photos), st.photosOver, maxPhotos)
	}
}

// TestBent: a picture drawn turned or out of proportion is read from its
// own pixels; one drawn upright in proportion (a little off from rounding),
// mirrored or upside down, as a viewer reads it, from the page. Pixels
// drawn mirrored are flipped back when they are read.
func TestBent(t *testing.T) {
	for _, c := range []struct {
		ctm  matrix
		w, h int
		want bool
	}{
		{matrix{300, 0, 0, 100, 50, 50}, 900, 300, false},
		{matrix{301, 0, 0, 99, 50, 50}, 900, 300, false},
		{matrix{246, -172, 57, 82, 50, 50}, 900, 300, true},   // turned 35 degrees
		{matrix{0, 300, -100, 0, 50, 50}, 900, 300, true},     // a quarter turn
		{matrix{-300, 0, 0, 100, 50, 50}, 900, 300, false},    // mirrored: shown as read
		{matrix{300, 0, 0, -100, 50, 150}, 900, 300, false},   // rows bottom up, drawn flipped
		{matrix{-300, 0, 0, -100, 350, 150}, 900, 300, false}, // upside down: shown as read
		{matrix{397, 0, 0, 26, 50, 50}, 1200, 200, true},      // 14 cm by 0.9 cm
		{matrix{142, 0, 0, 71, 50, 50}, 1200, 200, true},      // 5 cm by 2.5 cm
		{matrix{300, 0, 0, 100, 50, 50}, 0, 0, false},         // pixels unknown
	} {
		if got := bent(c.ctm, c.w, c.h); got != c.want {
			t.Errorf("bent(%v, %d, %d) = %v, want %v", c.ctm, c.w, c.h, got, c.want)
		}
	}
	for ctm, want := range map[matrix]bool{{300, 0, 0, 100, 0, 0}: false, {300, 0, 0, -100, 0, 100}: true, {-300, 0, 0, 100, 300, 0}: true,
		{-300, 0, 0, -100, 300, 100}: false, {246, -172, 57, 82, 0, 0}: false, {246, -172, -57, -82, 0, 0}: true} {
		if got := mirrored(ctm); got != want {
			t.Errorf("mirrored(%v) = %v, want %v", ctm, got, want)
		}
	}
}

// TestPictureOwnPixels: a watermark with an alpha channel, drawn at a
// third of its strength over the text (Chromium: an image with a soft
// mask), is handed on to be read from its own pixels, which decode to its
// size with the soft mask laid over white: black glyphs on white.
func TestPictureOwnPixels(t *testing.T) {
	data, err := os.ReadFile("../../ocr/testdata/bent_seen.pdf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extract(context.Background(), data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pictures) != 1 || !d.Pictures[0].Own {
		t.Fatalf("pictures %+v, want the watermark, read from its own pixels", d.Pictures)
	}
	g, err := Picture(data, d.Pictures[0].Object, 40e6)
	if err != nil {
		t.Fatal(err)
	}
	if g.Rect.Dx() != 900 || g.Rect.Dy() != 300 {
		t.Fatalf("decoded %v, want 900 × 300", g.Rect)
	}
	var ink, paper int
	for _, p := range g.Pix {
		switch {
		case p < 64:
			ink++
		case p > 224:
			paper++
		}
	}
	// 机密★ at 150 pixels covers a tenth of the picture or so.
	if ink < len(g.Pix)/30 || paper < len(g.Pix)*2/3 || ink+paper < len(g.Pix)*9/10 {
		t.Errorf("%d dark and %d light of %d pixels: not glyphs on white", ink, paper, len(g.Pix))
	}
	if _, err := Picture(data, d.Pictures[0].Object, 1000); err == nil {
		t.Error("a picture over the pixel bound was decoded")
	}
	if _, err := Picture(data, 1<<16, 40e6); err == nil {
		t.Error("object 1, the catalog, was decoded as a picture")
	}
}
