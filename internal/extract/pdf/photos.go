package pdf

import (
	"math"

	lpdf "github.com/ledongthuc/pdf"
	"github.com/mishen-gov/mishen/internal/doc"
)

// A picture on a page that has its own text was counted, for the share
// of the page pictures cover, and nothing else: a photo of an identity
// card or a pasted screenshot of a roster in a LibreOffice PDF passed,
// while the same picture in the DOCX it was printed from was read with
// OCR. Every raster picture big enough to carry text is now handed to
// the extractor's caller (Document.Pictures), which renders its region
// of the page and reads it as the pictures of a DOCX are read. Pages
// read with OCR whole are left to that reading.

const (
	// minPhotoSide is the longer side, in points, under which a picture
	// is an icon or a bullet (48 points is 17 mm), and minLineSide the
	// shorter, under which it is a rule: a line of small text is 12
	// points high, and a marking or a card number pasted as a picture of
	// one line must be read.
	minPhotoSide = 48.0
	minLineSide  = 12.0
	// minPhotoPixels and minLinePixels are the same in pixels: under
	// them a picture holds no text that OCR could read.
	minPhotoPixels = 32
	minLinePixels  = 10
	// maxPhotos bounds the different pictures one page hands on; the
	// page's pictures past it are reported unread.
	maxPhotos = 256
)

// photo is a picture drawn on a page: its bounding box in user space,
// its size in pixels (0 when not known, for an inline image) and its
// object (0 for an inline image).
type photo struct {
	box    rect
	w, h   int
	object uint64
	own    bool // read its own pixels (doc.Picture.Own)
	flip   bool // its pixels are drawn mirrored (doc.Picture.Flip)
}

// pictureBox is the bounding box of the unit square ctm maps, within the
// clipping box clip; false when it is not a box.
func pictureBox(ctm matrix, clip rect) (rect, bool) {
	b := rect{x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1), set: true}
	for _, p := range [4][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		x, y := ctm.apply(p[0], p[1])
		b.x0, b.x1, b.y0, b.y1 = math.Min(b.x0, x), math.Max(b.x1, x), math.Min(b.y0, y), math.Max(b.y1, y)
	}
	if clip.set {
		b.x0, b.y0 = math.Max(b.x0, clip.x0), math.Max(b.y0, clip.y0)
		b.x1, b.y1 = math.Min(b.x1, clip.x1), math.Min(b.y1, clip.y1)
	}
	if math.IsNaN(b.x0+b.x1+b.y0+b.y1) || b.x1-b.x0 > 1e9 || b.y1-b.y0 > 1e9 {
		return rect{}, false
	}
	return b, true
}

// photo records a picture of w × h pixels, the file's object (0 for an
// inline image), drawn with ctm when it is big enough to carry text. A
// picture drawn again on the page is recorded once; past maxPhotos the
// page's pictures are counted in photosOver.
func (st *pageStats) photo(ctm matrix, clip rect, w, h int, object uint64, see bool) {
	b, ok := pictureBox(ctm, clip)
	if !ok || small(b.x1-b.x0, b.y1-b.y0, minPhotoSide, minLineSide) {
		return
	}
	if w < 0 || h < 0 || w > 0 && h > 0 && small(float64(w), float64(h), minPhotoPixels, minLinePixels) {
		return
	}
	if object != 0 {
		if st.photoSeen[object] {
			return
		}
		if st.photoSeen == nil {
			st.photoSeen = map[uint64]bool{}
		}
		st.photoSeen[object] = true
	}
	if len(st.photos) >= maxPhotos {
		st.photosOver++
		return
	}
	own := object != 0 && (!see || bent(ctm, w, h))
	st.photos = append(st.photos, photo{box: b, w: w, h: h, object: object, own: own, flip: mirrored(ctm)})
}

// bent reports whether ctm draws a picture of w × h pixels turned (by
// more than about a degree) or squeezed (its pixels a quarter taller or
// wider on the page than they are). A picture only mirrored or turned
// upside down shows on the page as a viewer reads it.
func bent(ctm matrix, w, h int) bool {
	a, b, c, d := math.Abs(ctm[0]), math.Abs(ctm[1]), math.Abs(ctm[2]), math.Abs(ctm[3])
	if b > 0.02*a || c > 0.02*d {
		return true
	}
	if w <= 0 || h <= 0 || a == 0 || d == 0 {
		return false
	}
	r := (a / float64(w)) / (d / float64(h))
	return r > 1.25 || r < 0.8
}

// mirrored reports whether ctm draws a picture's pixels mirrored: rows
// stored bottom up and drawn flipped (a negative determinant), which its
// own pixels must be flipped back for.
func mirrored(ctm matrix) bool { return ctm[0]*ctm[3]-ctm[1]*ctm[2] < 0 }

// small reports whether a picture of sides a and b is too small to carry
// a line of text: its longer side under long or its shorter under short.
func small(a, b, long, short float64) bool {
	return max(a, b) < long || min(a, b) < short
}

// objectOf identifies the PDF object v was read from.
func objectOf(v lpdf.Value) uint64 {
	id, gen := v.Ref()
	return uint64(id)<<16 | uint64(gen)
}

// pagePictures places page n's photos on the page as it is rendered:
// within its box (the crop box, else the media box), turned by its
// /Rotate, in points from the top left corner. Pictures outside the box
// show nothing and are left out.
func pagePictures(n int, box [4]float64, rotate int, photos []photo) []doc.Picture {
	w, h := box[2]-box[0], box[3]-box[1]
	if w <= 0 || h <= 0 {
		return nil
	}
	rotate = ((rotate % 360) + 360) % 360
	rotate -= rotate % 90
	var out []doc.Picture
	for _, p := range photos {
		x0, x1 := math.Max(p.box.x0, box[0])-box[0], math.Min(p.box.x1, box[2])-box[0]
		y0, y1 := math.Max(p.box.y0, box[1])-box[1], math.Min(p.box.y1, box[3])-box[1]
		if small(x1-x0, y1-y0, minPhotoSide, minLineSide) {
			continue
		}
		// User space has y upwards from the bottom left corner; the
		// rendered page has it downwards from the top left, after the
		// page is turned clockwise by rotate degrees.
		var u0, v0, u1, v1 float64
		switch rotate {
		case 90:
			u0, v0, u1, v1 = y0, x0, y1, x1
		case 180:
			u0, v0, u1, v1 = w-x1, y0, w-x0, y1
		case 270:
			u0, v0, u1, v1 = h-y1, w-x1, h-y0, w-x0
		default:
			u0, v0, u1, v1 = x0, h-y1, x1, h-y0
		}
		out = append(out, doc.Picture{Page: n, X0: u0, Y0: v0, X1: u1, Y1: v1, PixW: p.w, PixH: p.h, Object: p.object, Own: p.own, Flip: p.flip})
	}
	return out
}
