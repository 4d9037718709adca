package pdf

import (
	"io"
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// What a page shows of its text layer. A scan's text layer may say
// something else than the picture, so a page covered by pictures whose
// glyphs mostly show nothing is read with OCR too (readPage). A glyph
// shows nothing when it is drawn in rendering mode 3 or 7, in the
// paper's colour (white) or fully transparent, or under an opaque
// picture drawn after it. Pictures are known by their bounding boxes on
// a coarse grid over the page box: the grid also gives the share of the
// page pictures cover together (a scan cut into strips or tiles).

// paperTol is how far from white (or from no ink) a colour may be and
// still be the paper's.
const paperTol = 0.03

// seeThrough is the constant alpha below which a picture is a
// translucent overlay (a watermark) that hides nothing.
const seeThrough = 0.5

// Bounds on the picture grid: gridSide cells a side over the page box,
// at most maxGridWrites cell updates a page (some 256 full-page
// pictures; later ones count only as the largest picture did), and at
// most maxPlaced glyph positions a page (later glyphs count as shown).
const (
	gridSide      = 128
	maxGridWrites = 1 << 22
	maxPlaced     = 1 << 20
)

// spaceKind is the family of a colour space, as far as telling white
// from ink needs.
type spaceKind uint8

const (
	csGray    spaceKind = iota // DeviceGray, CalGray, ICCBased N 1
	csRGB                      // DeviceRGB, CalRGB, ICCBased N 3
	csCMYK                     // DeviceCMYK, ICCBased N 4
	csLab                      // Lab: L a b
	csTint                     // Separation, DeviceN: tint 0 is no ink
	csNoInk                    // Separation or DeviceN of /None: paints nothing
	csIndexed                  // Indexed: a table of colours in a base space
	csOther                    // Pattern or unknown: taken as ink
)

// colourSpace is a colour space as far as white matters.
type colourSpace struct {
	kind   spaceKind
	base   spaceKind // of an Indexed space
	n      int       // components of an Indexed space's base
	lookup string    // an Indexed space's table
}

var (
	spaceGray  = &colourSpace{kind: csGray}
	spaceRGB   = &colourSpace{kind: csRGB}
	spaceCMYK  = &colourSpace{kind: csCMYK}
	spaceOther = &colourSpace{kind: csOther}
)

// maxLookup bounds the Indexed table read (256 colours of 4 components).
const maxLookup = 1024

// paper reports whether colour v in space s is the paper's: white, or
// no ink at all.
func (s *colourSpace) paper(v []float64) bool {
	return paperIn(s.kind, v, s)
}

func paperIn(k spaceKind, v []float64, s *colourSpace) bool {
	all := func(want float64) bool {
		for _, c := range v {
			if math.Abs(c-want) > paperTol {
				return false
			}
		}
		return len(v) > 0
	}
	switch k {
	case csGray, csRGB:
		return all(1)
	case csCMYK, csTint:
		return all(0)
	case csNoInk:
		return true
	case csLab:
		return len(v) == 3 && v[0] >= 100*(1-paperTol) && math.Abs(v[1]) <= 100*paperTol && math.Abs(v[2]) <= 100*paperTol
	case csIndexed:
		if s == nil || len(v) != 1 || s.n <= 0 || s.base == csIndexed {
			return false
		}
		i := int(v[0])
		if i < 0 || (i+1)*s.n > len(s.lookup) {
			return false
		}
		if s.base == csLab {
			return false // its table is in the Lab ranges; rare, taken as ink
		}
		var c [4]float64 // a base has four components at most
		for j := range s.n {
			c[j] = float64(s.lookup[i*s.n+j]) / 255
		}
		return paperIn(s.base, c[:s.n], nil)
	}
	return false
}

// paint is what the fill or the stroke leaves on the page.
type paint struct {
	cs    *colourSpace // nil is DeviceGray
	blank bool         // the colour is the paper's
	clear bool         // the constant alpha is zero
	faint bool         // the constant alpha is below seeThrough
}

// none reports whether painting leaves no mark on white paper.
func (p paint) none() bool { return p.blank || p.clear }

// setDevice sets a device colour with its own operator (g, rg, k).
func (p *paint) setDevice(s *colourSpace, v []float64) {
	p.cs = s
	p.blank = s.paper(v)
}

// setSpace starts colour space s with its initial colour, which is ink
// (black, or a full tint), unless s paints nothing.
func (p *paint) setSpace(s *colourSpace) {
	p.cs = s
	p.blank = s.kind == csNoInk
}

// setColour sets a colour in the current space (sc, scn): numbers, or a
// pattern's name, which is taken as ink.
func (p *paint) setColour(args []operand) {
	s := p.cs
	if s == nil {
		s = spaceGray
	}
	var v [32]float64
	n := 0
	for _, a := range args {
		switch a.kind {
		case kNum:
			if n < len(v) {
				v[n] = a.num
				n++
			}
		case kName:
			p.blank = false
			return
		}
	}
	p.blank = s.paper(v[:n])
}

// marks reports whether text drawn with g leaves a mark: its rendering
// mode draws, and what it draws is not the paper's colour.
func (g *gstate) marks() bool {
	switch g.tr {
	case 3, 7:
		return false
	case 1, 5:
		return !g.stroke.none()
	case 2, 6:
		return !g.fill.none() || !g.stroke.none()
	}
	return !g.fill.none()
}

// colourSpace looks up a colour space operand by name: a device space
// or one of the resources' /ColorSpace.
func (r *resources) colourSpace(name string) *colourSpace {
	if s := deviceSpace(name); s != nil {
		return s
	}
	if name == "Pattern" {
		return spaceOther
	}
	if s, ok := r.spaces[name]; ok {
		return s
	}
	s := spaceOf(r.v.Key("ColorSpace").Key(name), 0)
	if r.spaces == nil {
		r.spaces = make(map[string]*colourSpace)
	}
	if len(r.spaces) < 256 {
		r.spaces[name] = s
	}
	return s
}

// deviceSpace is the device (or calibrated) space a name stands for, or
// nil.
func deviceSpace(name string) *colourSpace {
	switch name {
	case "DeviceGray", "G", "CalGray":
		return spaceGray
	case "DeviceRGB", "RGB", "CalRGB":
		return spaceRGB
	case "DeviceCMYK", "CMYK":
		return spaceCMYK
	}
	return nil
}

// spaceOf reads a colour space object: a name or an array.
func spaceOf(v lpdf.Value, depth int) *colourSpace {
	switch v.Kind() {
	case lpdf.Name:
		if s := deviceSpace(v.Name()); s != nil {
			return s
		}
		return spaceOther
	case lpdf.Array:
	default:
		return spaceOther
	}
	if s := deviceSpace(v.Index(0).Name()); s != nil {
		return s
	}
	switch v.Index(0).Name() {
	case "Lab":
		return &colourSpace{kind: csLab}
	case "ICCBased":
		switch v.Index(1).Key("N").Int64() {
		case 1:
			return spaceGray
		case 3:
			return spaceRGB
		case 4:
			return spaceCMYK
		}
	case "Separation":
		if v.Index(1).Name() == "None" {
			return &colourSpace{kind: csNoInk}
		}
		return &colourSpace{kind: csTint}
	case "DeviceN":
		names := v.Index(1)
		none := names.Len() > 0
		for i := 0; i < names.Len() && i < 32; i++ {
			none = none && names.Index(i).Name() == "None"
		}
		if none {
			return &colourSpace{kind: csNoInk}
		}
		return &colourSpace{kind: csTint}
	case "Indexed", "I":
		if depth > 0 {
			return spaceOther
		}
		base := spaceOf(v.Index(1), depth+1)
		n := map[spaceKind]int{csGray: 1, csRGB: 3, csCMYK: 4, csLab: 3}[base.kind]
		var table string
		switch t := v.Index(3); t.Kind() {
		case lpdf.String:
			table = t.RawString()
		case lpdf.Stream:
			b := make([]byte, maxLookup)
			k, _ := io.ReadFull(streamReader(t), b)
			table = string(b[:k])
		}
		if len(table) > maxLookup {
			table = table[:maxLookup]
		}
		return &colourSpace{kind: csIndexed, base: base.kind, n: n, lookup: table}
	}
	return spaceOther
}

// alpha applies an ExtGState's constant alphas (/ca for filling and for
// pictures, /CA for stroking) to g.
func (g *gstate) alpha(gs lpdf.Value) {
	if v := gs.Key("ca"); v.Kind() == lpdf.Integer || v.Kind() == lpdf.Real {
		a := v.Float64()
		g.fill.clear, g.fill.faint = a <= paperTol, a < seeThrough
	}
	if v := gs.Key("CA"); v.Kind() == lpdf.Integer || v.Kind() == lpdf.Real {
		a := v.Float64()
		g.stroke.clear, g.stroke.faint = a <= paperTol, a < seeThrough
	}
	// A blend mode other than Normal (a watermark multiplied or darkened
	// onto the page) or a soft mask lets what lies under a picture show.
	bm := gs.Key("BM")
	if bm.Kind() == lpdf.Array {
		bm = bm.Index(0)
	}
	if bm.Kind() == lpdf.Name && bm.Name() != "Normal" && bm.Name() != "Compatible" {
		g.fill.faint = true
	}
	if sm := gs.Key("SMask"); sm.Kind() == lpdf.Dict {
		g.fill.faint = true
	}
}

// rect is an axis-aligned box in user space; set says that it bounds
// anything (the zero rect bounds nothing: no clipping path).
type rect struct {
	x0, y0, x1, y1 float64
	set            bool
}

// clipTo narrows g's clipping box to the bounding box of the current
// path (W, W*): what is drawn later lies inside it.
func (g *gstate) clipTo(b rect) {
	if !b.set {
		return
	}
	if !g.clip.set {
		g.clip = b
		return
	}
	g.clip.x0, g.clip.y0 = max(g.clip.x0, b.x0), max(g.clip.y0, b.y0)
	g.clip.x1, g.clip.y1 = min(g.clip.x1, b.x1), min(g.clip.y1, b.y1)
}

// bounds is the bounding box of the path being built.
func (p *pathTracker) bounds() rect {
	var b rect
	for _, s := range p.subs {
		if !b.set {
			b = rect{s.x0, s.y0, s.x1, s.y1, true}
			continue
		}
		b.x0, b.y0 = min(b.x0, s.x0), min(b.y0, s.y0)
		b.x1, b.y1 = max(b.x1, s.x1), max(b.y1, s.y1)
	}
	return b
}

// coverGrid is a coarse grid over the page box that records where
// pictures lie and, for each cell, when the last opaque picture over it
// was drawn: 0 no picture, 1 only pictures that hide nothing (a stencil
// mask, a translucent overlay), k+2 an opaque picture drawn after the
// first k shown glyphs.
type coverGrid struct {
	x0, y0, cw, ch float64
	cell           []int32 // nil until a picture is drawn
	spare          []int32 // a buffer for cell, from an earlier page
	writes         int
	cut            bool // past maxGridWrites: later pictures not marked
}

// newCoverGrid returns a grid over box, or nil when the box is empty;
// spare is an earlier grid's cells, to reuse.
func newCoverGrid(box [4]float64, spare []int32) *coverGrid {
	w, h := box[2]-box[0], box[3]-box[1]
	if !(w > 0 && h > 0) || math.IsInf(w, 0) || math.IsInf(h, 0) {
		return nil
	}
	return &coverGrid{x0: box[0], y0: box[1], cw: w / gridSide, ch: h / gridSide, spare: spare}
}

// cells returns the grid's cells for reuse by the next page.
func (c *coverGrid) cells() []int32 {
	if c == nil {
		return nil
	}
	if c.cell != nil {
		return c.cell
	}
	return c.spare
}

// span is the range of cells whose centres lie in [lo, hi] along one
// axis with cells of size c starting at o.
func span(lo, hi, o, c float64) (int, int) {
	a := math.Ceil((lo-o)/c - 0.5)
	b := math.Floor((hi-o)/c - 0.5)
	return int(max(a, 0)), int(min(b, gridSide-1))
}

// picture marks the cells whose centres lie in the picture's bounding
// box (the unit square mapped by ctm, within the clipping box clip) with
// stamp.
func (c *coverGrid) picture(ctm matrix, clip rect, stamp int32) {
	b, ok := pictureBox(ctm, clip)
	if !ok {
		return
	}
	ca, cb := span(b.x0, b.x1, c.x0, c.cw)
	ra, rb := span(b.y0, b.y1, c.y0, c.ch)
	if ca > cb || ra > rb {
		return
	}
	k := (cb - ca + 1) * (rb - ra + 1)
	if c.writes+k > maxGridWrites {
		c.cut = true
		return
	}
	c.writes += k
	if c.cell == nil {
		if cap(c.spare) >= gridSide*gridSide {
			c.cell = c.spare[:gridSide*gridSide]
			clear(c.cell)
		} else {
			c.cell = make([]int32, gridSide*gridSide)
		}
	}
	for r := ra; r <= rb; r++ {
		row := c.cell[r*gridSide : (r+1)*gridSide]
		for i := ca; i <= cb; i++ {
			row[i] = max(row[i], stamp)
		}
	}
}

// at is the cell of point (x, y), or -1 when it is off the page.
func (c *coverGrid) at(x, y float64) int32 {
	i := math.Floor((x - c.x0) / c.cw)
	j := math.Floor((y - c.y0) / c.ch)
	if !(i >= 0 && i < gridSide && j >= 0 && j < gridSide) {
		return -1
	}
	return int32(j)*gridSide + int32(i)
}

// share is the share of the page the pictures cover together.
func (c *coverGrid) share() float64 {
	n := 0
	for _, v := range c.cell {
		if v > 0 {
			n++
		}
	}
	return float64(n) / (gridSide * gridSide)
}

// picture records a picture drawn with ctm: it covers the unit square
// mapped by ctm, within the clipping box clip. Opaque tells whether it
// hides what lies under it.
func (st *pageStats) picture(ctm matrix, clip rect, opaque bool) {
	st.images++
	if a := math.Abs(ctm[0]*ctm[3] - ctm[1]*ctm[2]); a > st.imageArea {
		st.imageArea = a
	}
	if st.grid == nil {
		return
	}
	stamp := int32(1)
	if opaque {
		stamp = int32(len(st.placed)) + 2
	}
	st.grid.picture(ctm, clip, stamp)
}

// place records where a shown glyph lies: its centre (x, y).
func (st *pageStats) place(x, y float64) {
	if st.grid == nil || len(st.placed) >= maxPlaced {
		return
	}
	c := st.grid.at(x, y)
	if c < 0 {
		st.tiny++ // off the page box: nothing shows
	}
	st.placed = append(st.placed, c)
}

// minShownSize is the height in points under which text shows nothing a
// reader could read.
const minShownSize = 1.0

// coverage is the share of the page (of area, in user space units)
// that pictures cover: together on the grid, or the largest alone.
func (st *pageStats) coverage(area float64) float64 {
	c := 0.0
	if area > 0 {
		c = min(st.imageArea/area, 1)
	}
	if st.grid != nil {
		c = max(c, st.grid.share())
	}
	return c
}

// underPictures counts the shown glyphs an opaque picture drawn after
// them covers.
func (st *pageStats) underPictures() int {
	if st.grid == nil || st.grid.cell == nil {
		return 0
	}
	n := 0
	for i, c := range st.placed {
		if c >= 0 && st.grid.cell[c] > int32(i)+2 {
			n++
		}
	}
	return n
}

// unshown is how many of the page's glyphs show nothing, and why most
// of them do, worded for a message about the page's text layer.
func (st *pageStats) unshown() (int, string) {
	under := st.underPictures()
	n := st.invisible + st.blank + under + st.tiny
	switch {
	case st.tiny > st.invisible && st.tiny >= st.blank && st.tiny >= under:
		return n, "字形过小或在页面之外，页面上看不到"
	case under > st.invisible && under >= st.blank:
		return n, "被随后绘制的图像遮住，页面上看不到"
	case st.blank > st.invisible:
		return n, "为白色或透明，页面上看不到"
	}
	return n, "不可见"
}
