package ofd

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// glyph is one character placed on the page (mm, y down), or a whole run
// that is not written left to right (vertical or rotated text), which is
// kept in its own order.
type glyph struct {
	x, y float64 // the glyph's origin on the baseline
	adv  float64 // how far the next glyph of the same run starts, along x
	size float64
	s    string
	seq  int // drawing order, to keep ties stable
}

// Thresholds as fractions of the font size, as the PDF extractor uses.
const (
	sameLineTol = 0.5  // baseline shift still on the same line (superscripts, a ★ in another font)
	spaceGap    = 0.15 // a wider gap between glyphs is a word space
	cjkGap      = 1.2  // between CJK characters only a wider gap is a space
	overlapTol  = 0.3  // the same glyph drawn again this close is fake bold
)

// place adds the glyphs of r, drawn through m (content to page), to gs.
func place(gs []glyph, r run, m matrix) []glyph {
	m = r.obj.then(m)
	size := r.size * m.scale()
	if size <= 0 {
		size = 1
	}
	runes := []rune(r.text)
	// Where each glyph starts, in object space.
	xs, ys := make([]float64, len(runes)), make([]float64, len(runes))
	x, y := r.x, r.y
	for i := range runes {
		xs[i], ys[i] = x, y
		switch {
		case i < len(r.dx):
			x += r.dx[i]
		case len(r.dx) > 0:
			x += r.dx[len(r.dx)-1]
		case len(r.dy) == 0:
			// No offsets: OFD would draw every glyph at one point; a
			// reader sees a word, so advance by an estimated width.
			x += width(runes[i]) * r.size
		}
		switch {
		case i < len(r.dy):
			y += r.dy[i]
		case len(r.dy) > 0:
			y += r.dy[len(r.dy)-1]
		}
	}
	px, py := m.apply(xs[0], ys[0])
	lx, ly := m.apply(xs[len(xs)-1], ys[len(ys)-1])
	// A run that goes down or up the page (vertical writing, text rotated
	// by its CTM) is one glyph: its characters are in reading order.
	horizontal := len(runes) == 1 || math.Abs(ly-py) <= 0.2*math.Abs(lx-px)+0.01
	if !horizontal || (m[1] != 0 && math.Abs(m[1]) > math.Abs(m[0])) {
		return append(gs, glyph{x: px, y: py, adv: size * float64(len(runes)), size: size, s: r.text, seq: len(gs)})
	}
	// Where the glyph after the last would start: the run's own pitch,
	// when its offsets give one.
	endX, _ := m.apply(x, y)
	for i, c := range runes {
		gx, gy := m.apply(xs[i], ys[i])
		adv := width(c) * size
		switch {
		case i+1 < len(runes):
			nx, _ := m.apply(xs[i+1], ys[i+1])
			adv = nx - gx
		case len(r.dx) > 0 && endX > gx:
			// The last glyph advances by the run's pitch, up to an em:
			// digits set at the full width of a 公文 line (DeltaX equal
			// to the size) and continued by another object would
			// otherwise seem a half-em apart, and one number two.
			adv = math.Min(endX-gx, size)
		}
		gs = append(gs, glyph{x: gx, y: gy, adv: adv, size: size, s: string(c), seq: len(gs)})
	}
	return gs
}

// width estimates a character's advance as a share of the font size:
// CJK characters are square, others about half as wide.
func width(r rune) float64 {
	if isCJK(r) || unicode.Is(unicode.Hangul, r) {
		return 1
	}
	return 0.5
}

// lines arranges glyphs into text: glyphs whose baselines lie within half a
// font size of each other form a line, lines go top to bottom, each line
// left to right, with a space where the gap between two glyphs is wider
// than a word space. So text drawn in any order (a ★ in a symbol font drawn
// before 秘密 and 1年) reads as a person reads the page, and two numbers in
// neighbouring table cells are never glued together.
func lines(gs []glyph) string {
	if len(gs) == 0 {
		return ""
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y < gs[j].y })
	var rows [][]glyph
	var base, size float64
	for i, g := range gs {
		if i == 0 || g.y-base > sameLineTol*math.Max(size, g.size) {
			rows = append(rows, nil)
			base, size = g.y, g.size
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], g)
		size = math.Max(size, g.size)
	}
	var b strings.Builder
	var line []byte
	for _, row := range rows {
		sort.SliceStable(row, func(i, j int) bool {
			if row[i].x != row[j].x {
				return row[i].x < row[j].x
			}
			return row[i].seq < row[j].seq
		})
		line = line[:0]
		var prev *glyph
		for i := range row {
			g := &row[i]
			if prev != nil {
				sz := math.Max(g.size, prev.size)
				if g.s == prev.s && math.Abs(g.x-prev.x) < overlapTol*sz && math.Abs(g.y-prev.y) < overlapTol*sz {
					continue // drawn twice over itself: fake bold, a shadow
				}
				gap := g.x - (prev.x + prev.adv)
				last, _ := utf8.DecodeLastRuneInString(prev.s)
				first, _ := utf8.DecodeRuneInString(g.s)
				if gap > spaceGap*sz && !isSpace(last) && !isSpace(first) &&
					!(isCJK(last) && isCJK(first) && gap < cjkGap*sz) {
					line = append(line, ' ')
				}
			}
			line = append(line, g.s...)
			prev = g
		}
		if t := strings.TrimSpace(string(line)); t != "" { // a line of spaces only is dropped
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(t)
		}
	}
	return b.String()
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == 0x3000 }

// isCJK reports whether r is a Han character or CJK punctuation, between
// which Chinese puts no spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef ||
		r == 0x2605 || r == 0x2606 // ★☆ of a classification marking
}
