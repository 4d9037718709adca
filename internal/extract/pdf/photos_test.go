package pdf

import (
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
	st.photo(matrix{30, 0, 0, 30, 100, 100}, rect{}, 200, 200, 1)                                               // 30 points: an icon
	st.photo(matrix{300, 0, 0, 4, 100, 100}, rect{}, 600, 8, 5)                                                 // a rule 4 points high
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 20, 12, 2)                                                // 20 pixels: nothing to read
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 300, 180, 3)                                              // kept
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{set: true, x0: 100, y0: 100, x1: 105, y1: 300}, 300, 180, 4) // clipped to a sliver
	st.photo(matrix{100, 0, 0, 60, 300, 300}, rect{}, 300, 180, 3)                                              // object 3 again
	st.photo(matrix{200, 0, 0, 16, 100, 400}, rect{}, 600, 48, 6)                                               // a line of text: kept
	if len(st.photos) != 2 || st.photos[0].box != (rect{x0: 100, y0: 100, x1: 200, y1: 160, set: true}) || st.photos[1].object != 6 {
		t.Errorf("photos %+v, want the 100 × 60 picture and the 200 × 16 line", st.photos)
	}
	// Different pictures past the bound are counted, one drawn again is
	// not; inline images (object 0) are each a picture.
	for i := 0; i < maxPhotos+5; i++ {
		st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 300, 180, uint64(10+i%(maxPhotos+2)))
	}
	st.photo(matrix{100, 0, 0, 60, 100, 100}, rect{}, 0, 0, 0)
	// 2 + 258 different objects and an inline image: 256 kept, 5 over.
	if len(st.photos) != maxPhotos || st.photosOver != 5 {
		t.Errorf("%d photos, %d over; want %d and 5", len(st.photos), st.photosOver, maxPhotos)
	}
}
