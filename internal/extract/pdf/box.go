package pdf

import (
	"math"

	"github.com/mishen-gov/mishen/internal/doc"
)

// Boxes of the text layer: each segment of a line (glyphs drawn without a
// gap, layout.flush) is one box, in PDF points from the page's top-left
// corner as the OCR boxes are, so that a finding's box can be drawn over
// the page's image. Only upright text on an unrotated page is boxed; a
// finding elsewhere has no box.

// Share of the font size above and below the baseline that a glyph's box
// covers (CJK fonts' ascent and descent are about these).
const (
	ascent  = 0.88
	descent = 0.12
)

// maxBoxes bounds the boxes kept for one page, and maxDocBoxes for the
// whole file: boxes travel with the text out of the sandbox, whose output
// is bounded, and a file whose every glyph stands apart would otherwise
// carry some 70 bytes of boxes a rune. Past the bound a page has no
// boxes: its findings are placed by page and line only.
const (
	maxBoxes    = 1 << 14
	maxDocBoxes = 1 << 17
)

// keepBoxes returns a page's boxes while the file's bound allows them.
func (x *extractor) keepBoxes(bs []doc.Box) []doc.Box {
	if x.boxes+len(bs) > maxDocBoxes {
		x.boxes = maxDocBoxes
		return nil
	}
	x.boxes += len(bs)
	return bs
}

// setFrame says where the page's box is: its left and top edges in user
// space; box is the page's CropBox or MediaBox, rotate its /Rotate.
func (l *layout) setFrame(box [4]float64, rotate int) {
	l.boxes = nil
	if rotate%360 != 0 || box[2] <= box[0] || box[3] <= box[1] {
		l.frame = nil
		return
	}
	l.frame = &[2]float64{box[0], box[3]}
}

// boxStart notes where segment s's text begins.
func (l *layout) boxStart(s segment) {
	if l.frame == nil {
		return
	}
	l.boxes = append(l.boxes, doc.Box{Start: l.bufRunes, End: -1})
}

// boxEnd completes segment s's box, or drops it when its glyphs are not
// upright.
func (l *layout) boxEnd(s segment) {
	if l.frame == nil || len(l.boxes) == 0 {
		return
	}
	b := &l.boxes[len(l.boxes)-1]
	x0, x1, top, bottom := math.Inf(1), math.Inf(-1), math.Inf(-1), math.Inf(1)
	for k := s.lo; k < s.hi; k++ {
		g := &l.glyphs[l.order[k]]
		if g.dir != 0 {
			l.boxes = l.boxes[:len(l.boxes)-1]
			return
		}
		sz := float64(g.size)
		x0, x1 = math.Min(x0, g.along), math.Max(x1, g.end)
		top, bottom = math.Max(top, g.perp+ascent*sz), math.Min(bottom, g.perp-descent*sz)
	}
	if s.hi <= s.lo || len(l.boxes) > maxBoxes {
		l.boxes = l.boxes[:len(l.boxes)-1]
		return
	}
	left, ptop := l.frame[0], l.frame[1]
	b.End = l.bufRunes
	b.X0, b.X1 = round1(x0-left), round1(x1-left)
	b.Y0, b.Y1 = round1(ptop-top), round1(ptop-bottom)
}

// pageBoxes returns the boxes of the page just finished, their offsets
// into its trimmed text of n runes.
func (l *layout) pageBoxes(n int) []doc.Box {
	var out []doc.Box
	for _, b := range l.boxes {
		b.Start, b.End = b.Start-l.lead, min(b.End-l.lead, n)
		if b.Start >= 0 && b.End > b.Start {
			out = append(out, b)
		}
	}
	l.boxes = nil
	return out
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// frameOf is the page's box and rotation, or a zero box when it has none.
func (p pageRef) frameOf() (box [4]float64, rotate int) {
	defer func() {
		if recover() != nil {
			box, rotate = [4]float64{}, 0
		}
	}()
	if p.box.Len() == 4 {
		for i := range box {
			box[i] = p.box.Index(i).Float64()
		}
		box[0], box[2] = math.Min(box[0], box[2]), math.Max(box[0], box[2])
		box[1], box[3] = math.Min(box[1], box[3]), math.Max(box[1], box[3])
	}
	return box, int(p.v.Key("Rotate").Int64())
}
