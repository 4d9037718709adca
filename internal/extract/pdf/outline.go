package pdf

import "math"

// Text drawn as outlines. Print drivers, poster tools, `gs -dNoOutputFonts`
// and some 红头 templates draw the glyphs of a text as filled paths: the
// page shows text and has no text layer, and neither pdftotext nor a text
// extractor sees a character. Such a page must not pass as clean. The
// interpreter keeps the centre of every filled contour that looks like a
// piece of a glyph — a closed subpath of a filled path with several
// contours or many segments, no larger than a big headline character —
// and, at the end of the page, those that no extracted glyph covers are
// counted. Enough of them (minOutlineShapes, about ten CJK characters) make
// the page unreadable.no_text_layer, which OCR then reads.
//
// Table rules, cell shading, QR codes and chart markers are not counted: a
// rectangle has four straight segments, a circle is a lone contour.

// Bounds of a glyph-like contour, in user space units (points).
const (
	maxGlyphShape    = 80  // larger in either direction: not a glyph
	minGlyphShape    = 0.5 // smaller in both: a dot or a hairline
	minShapeSegments = 8   // a lone contour needs this many segments
	maxShapes        = 1 << 14
	minOutlineShapes = 24
	minOutlineForms  = 12 // different contour forms among them
)

// shape is a glyph-like contour: its centre and a signature of its form,
// so that a pattern of one shape repeated (stars, markers, a border) is
// told from text, whose contours differ.
type shape struct {
	x, y float64
	sig  [4]int32 // segments, curves, width, height
}

// pathTracker follows the current path of a content stream: the bounding
// box and segment count of each subpath.
type pathTracker struct {
	subs []subpath
}

type subpath struct {
	x0, y0, x1, y1 float64
	segs, curves   int
}

func (p *pathTracker) move(x, y float64) {
	if len(p.subs) >= maxShapes {
		return
	}
	p.subs = append(p.subs, subpath{x0: x, y0: y, x1: x, y1: y})
}

func (p *pathTracker) add(x, y float64) {
	if len(p.subs) == 0 {
		p.move(x, y)
		return
	}
	s := &p.subs[len(p.subs)-1]
	s.x0, s.x1 = math.Min(s.x0, x), math.Max(s.x1, x)
	s.y0, s.y1 = math.Min(s.y0, y), math.Max(s.y1, y)
}

// line adds a segment to (x, y) in user space through ctm, counting segs
// segments (a rectangle adds its four in two calls).
func (p *pathTracker) line(segs int, ctm matrix, x, y float64) {
	p.add(ctm.apply(x, y))
	if n := len(p.subs); n > 0 {
		p.subs[n-1].segs += segs
	}
}

// curve adds a Bézier curve; its control points bound it.
func (p *pathTracker) curve(ctm matrix, x1, y1, x2, y2, x3, y3 float64) {
	p.add(ctm.apply(x1, y1))
	p.add(ctm.apply(x2, y2))
	p.add(ctm.apply(x3, y3))
	if n := len(p.subs); n > 0 {
		p.subs[n-1].segs++
		p.subs[n-1].curves++
	}
}

func (p *pathTracker) reset() { p.subs = p.subs[:0] }

// fill records the glyph-like contours of the path being filled.
func (p *pathTracker) fill(st *pageStats) {
	many := len(p.subs) >= 2
	for _, s := range p.subs {
		w, h := s.x1-s.x0, s.y1-s.y0
		if w > maxGlyphShape || h > maxGlyphShape || w < minGlyphShape && h < minGlyphShape {
			continue
		}
		if s.curves == 0 && s.segs < 5 || !many && (s.segs < minShapeSegments || s.curves < 2) {
			continue // a rectangle, a polygon or a lone marker
		}
		if len(st.shapes) < maxShapes {
			st.shapes = append(st.shapes, shape{
				x: (s.x0 + s.x1) / 2, y: (s.y0 + s.y1) / 2,
				sig: [4]int32{int32(s.segs), int32(s.curves), int32(math.Round(w)), int32(math.Round(h))},
			})
		}
	}
	p.reset()
}

// uncovered counts the shapes no recorded glyph covers, or 0 when they
// are of fewer than minOutlineForms forms (a pattern, not text): each glyph covers
// its advance along the line and from a little below its baseline to its
// size above it, widened by a quarter of its size on every side.
func (l *layout) uncovered(pts []shape) int {
	if len(pts) < minOutlineShapes || l.flushed {
		return 0
	}
	const cell = 8.0
	covered := make(map[[2]int32]struct{}, len(l.glyphs)*2)
	for _, g := range l.glyphs {
		sz := float64(g.size)
		rad := float64(g.dir) * math.Pi / 180
		dx, dy := math.Cos(rad), math.Sin(rad)
		// Corners in the glyph's frame: along a, perp p -> user space.
		var xs, ys [4]float64
		for i, c := range [4][2]float64{{g.along - sz/4, g.perp - sz/2}, {g.end + sz/4, g.perp - sz/2},
			{g.along - sz/4, g.perp + sz*1.25}, {g.end + sz/4, g.perp + sz*1.25}} {
			xs[i] = c[0]*dx - c[1]*dy
			ys[i] = c[0]*dy + c[1]*dx
		}
		x0, x1 := minMax(xs[:])
		y0, y1 := minMax(ys[:])
		if (x1-x0)*(y1-y0) > 1e6 {
			continue // absurd: a glyph a page wide
		}
		for cx := int32(math.Floor(x0 / cell)); cx <= int32(math.Floor(x1/cell)); cx++ {
			for cy := int32(math.Floor(y0 / cell)); cy <= int32(math.Floor(y1/cell)); cy++ {
				covered[[2]int32{cx, cy}] = struct{}{}
			}
		}
	}
	n := 0
	forms := map[[4]int32]struct{}{}
	for _, p := range pts {
		if _, ok := covered[[2]int32{int32(math.Floor(p.x / cell)), int32(math.Floor(p.y / cell))}]; !ok {
			n++
			forms[p.sig] = struct{}{}
		}
	}
	if len(forms) < minOutlineForms {
		return 0
	}
	return n
}

func minMax(v []float64) (lo, hi float64) {
	lo, hi = v[0], v[0]
	for _, x := range v[1:] {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	return lo, hi
}
