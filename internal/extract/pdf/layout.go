package pdf

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
)

// layout places the glyphs of a page by their own positions and reads them
// back as lines, the way a person reads the page rather than the way the
// content stream happens to draw it.
//
// Producers draw out of order. When the 公文 fonts (仿宋_GB2312, 方正小标宋)
// or the ★ glyph are missing, LibreOffice and WPS draw the fallback glyphs
// first and then jump back to the start of the line, so a layout that
// follows the stream reads 秘密★6个月 as "★" and "秘密6个月" on two lines;
// inside one TJ array the fallback glyphs can even interleave with the main
// run (机　密★１０年). So every glyph is recorded with its origin, advance,
// size and direction (after the text matrix and the CTM), and finish:
//
//  1. groups glyphs into baselines, per writing direction, tolerant of a
//     rise or a smaller font within half the larger size (superscripts,
//     a marking in a bigger face than its 期限); but glyphs of very
//     different sizes that cover the same stretch of the line are
//     different lines (a watermark or stamp over a body line), so each
//     reads whole instead of interleaving with the other;
//  2. orders each baseline by position along the line and drops a glyph
//     drawn again over itself (fake bold, shadows);
//  3. cuts a baseline into segments where two neighbours are apart and
//     were not drawn one after the other: glyphs that touch always belong
//     together (the fallback ★ abuts 秘密), and so do glyphs the stream
//     drew in sequence, so a justified line or "姓名：    张三" stays one
//     line while the first line of the next table cell or column does not
//     join this one;
//  4. writes the segments in the order the stream first drew them, which
//     keeps the wrapped lines of one table cell together and columns
//     apart, as the stream-order layout did, with a space where the gap
//     is a word space (never between CJK glyphs set close). The spacing
//     a producer adds alike after every glyph of a run (Tc, or the same
//     TJ adjustment between each glyph: letter spacing) is part of the
//     glyph's advance, not a gap: "3 3 0 1" set with wide letter spacing
//     is the number 3301.
//
// Text of the same page drawn in separate groups (annotation appearances,
// after newline) never shares a line with the page's own text.
type layout struct {
	scratch []byte  // decode buffer for font.show
	marks   []gmark // per-glyph decode marks, reused
	text    []byte  // glyph texts, concatenated
	glyphs  []glyph
	group   int32
	gaps    []float64 // the gaps of the line being written, reused

	buf      []byte // finished text
	bufRunes int    // runes in buf
	runes    int    // glyph runes recorded (for the page's text bound)
	flushed  bool   // glyphs were laid out before the end of the page

	// Table cells (table.go): cellOf[i] is glyph i's cell, 1-based in
	// cells, or 0; empty when the page has no ruled table.
	cellOf []int32
	cells  []pdfCell

	// Boxes of the laid out text on the page (box.go), when frame says
	// where the page's top-left corner is; lead is the runes trimmed
	// from the start of the page's text.
	frame *[2]float64
	boxes []doc.Box
	lead  int

	// Scratch for finish, reused between pages.
	order  []int32
	segs   []segment
	clus   []int32
	runEnd []int32
	part   []int32      // partition buffer for splitSizes
	sizes  []float32    // sizes of one baseline, for splitSizes
	spans  [][2]float64 // extents of one baseline's larger glyphs

	chunks int // times glyphs were flushed before the end of the page
}

// glyph is one shown glyph (or the replacement text of a marked-content
// span with /ActualText).
type glyph struct {
	along, end float64 // extent along the writing direction
	perp       float64 // baseline position across it (up is larger)
	size       float32
	pad        float32 // letter spacing after the glyph, part of its advance
	dir        int16   // writing direction in whole degrees
	t0, t1     int32   // text in layout.text
	group      int32
}

type segment struct {
	first  int32 // smallest glyph index (stream order)
	lo, hi int32 // range in order
	group  int32
	cell   int32 // the table cell of its glyphs, or 0
	block  int32 // first glyph of its cell, or first
}

// Thresholds as fractions of the font size.
const (
	sameLineTol = 0.5  // baseline shift still on the same line (superscripts)
	spaceGap    = 0.15 // a gap wider than this is a word space
	cjkGap      = 1.2  // between CJK characters, only a wider gap is a space
	overlapTol  = 0.3  // a repeat closer than this is fake bold
	abutTol     = 0.25 // glyphs closer than this touch
)

// sizeApart is the ratio of font sizes past which glyphs that cover the
// same stretch of a line are on different lines. Superscripts (58–70% of
// the size) never cover their base glyphs, so the ratio only matters
// where the glyphs overlap.
const sizeApart = 1.6

// maxSizeSplits bounds how often one baseline is split by size.
const maxSizeSplits = 4

// maxGlyphs bounds the glyphs held for one page (about 64 MB); past it the
// page is laid out in chunks, each in reading order.
const maxGlyphs = 1 << 20

// reuse returns an empty layout that keeps l's buffers.
func (l layout) reuse() layout {
	return layout{scratch: l.scratch[:0], marks: l.marks[:0], text: l.text[:0], glyphs: l.glyphs[:0],
		buf: l.buf[:0], order: l.order[:0], segs: l.segs[:0], clus: l.clus[:0], runEnd: l.runEnd[:0],
		part: l.part[:0], sizes: l.sizes[:0], spans: l.spans[:0],
		cellOf: l.cellOf[:0], cells: l.cells[:0]}
}

// glyph records one glyph whose text is text, drawn with its origin at
// (x, y) in user space, advancing adv along the unit direction (dx, dy),
// followed by pad of letter spacing.
func (l *layout) glyph(text []byte, x, y, adv, pad, dx, dy, size float64) {
	if len(text) == 0 {
		return
	}
	if len(l.glyphs) >= maxGlyphs {
		l.flush()
		l.flushed = true
		l.chunks++
	}
	along := x*dx + y*dy
	end := along + adv
	if end < along {
		along, end = end, along
	}
	dir := int16(math.Round(math.Atan2(dy, dx) * 180 / math.Pi))
	if dir == -180 {
		dir = 180
	}
	t0 := int32(len(l.text))
	l.text = append(l.text, text...)
	l.glyphs = append(l.glyphs, glyph{
		along: along, end: end, perp: -x*dy + y*dx,
		size: float32(math.Max(size, 0.01)), pad: float32(math.Abs(pad)), dir: dir,
		t0: t0, t1: int32(len(l.text)), group: l.group,
	})
	l.runes += utf8.RuneCount(text)
}

// replace swaps the glyphs from index from on for one glyph with text,
// spanning them (a marked-content span with /ActualText). It returns
// false when the span drew no glyph, and the text was not placed.
// textFrom is the text of the glyphs drawn from glyph from on, in the
// order drawn.
func (l *layout) textFrom(from int) string {
	var b strings.Builder
	for _, h := range l.glyphs[min(max(from, 0), len(l.glyphs)):] {
		b.Write(l.text[h.t0:h.t1])
	}
	return b.String()
}

func (l *layout) replace(from int, text []byte) bool {
	if from < 0 || from >= len(l.glyphs) {
		return false
	}
	g := l.glyphs[from]
	for _, h := range l.glyphs[from+1:] {
		if h.dir == g.dir && h.group == g.group {
			g.along = math.Min(g.along, h.along)
			g.end = math.Max(g.end, h.end)
		}
	}
	for _, h := range l.glyphs[from:] {
		l.runes -= utf8.RuneCount(l.text[h.t0:h.t1])
	}
	l.text = l.text[:g.t0]
	l.text = append(l.text, text...)
	g.t1 = int32(len(l.text))
	l.glyphs = append(l.glyphs[:from], g)
	l.runes += utf8.RuneCount(text)
	return true
}

// newline ends what was drawn so far: what follows (an annotation's
// appearance) is laid out on lines of its own.
func (l *layout) newline() { l.group++ }

// finish lays out every recorded glyph and returns the text.
func (l *layout) finish() string {
	text, _ := l.finishPage(nil, 0)
	return text
}

// finishPage lays out every recorded glyph of a page whose ruled lines
// are r and whose area is pageArea, and returns its text and the table
// cells found in it (table.go).
func (l *layout) finishPage(r *ruleSet, pageArea float64) (string, []doc.Cell) {
	if r != nil {
		l.assignCells(r, pageArea)
	}
	l.flush()
	trimmed := bytes.TrimLeftFunc(l.buf, unicode.IsSpace)
	lead := utf8.RuneCount(l.buf[:len(l.buf)-len(trimmed)])
	l.lead = lead
	text := string(bytes.TrimRightFunc(trimmed, unicode.IsSpace))
	var cells []doc.Cell
	if len(l.cells) > 0 {
		cells = l.docCells(lead)
		n := utf8.RuneCountInString(text)
		for i := range cells {
			cells[i].End = min(cells[i].End, n)
		}
	}
	return text, cells
}

// cellOfGlyph is glyph i's table cell, or 0.
func (l *layout) cellOfGlyph(i int32) int32 {
	if int(i) < len(l.cellOf) {
		return l.cellOf[i]
	}
	return 0
}

// flush lays out the recorded glyphs into buf and forgets them.
func (l *layout) flush() {
	n := len(l.glyphs)
	if n == 0 {
		return
	}
	gs := l.glyphs
	// 1. Baselines: sort by group, direction, then from the top.
	l.order = l.order[:0]
	for i := range gs {
		l.order = append(l.order, int32(i))
	}
	slices.SortStableFunc(l.order, func(a, b int32) int {
		ga, gb := &gs[a], &gs[b]
		if ga.group != gb.group {
			return int(ga.group - gb.group)
		}
		if ca, cb := l.cellOfGlyph(a), l.cellOfGlyph(b); ca != cb {
			return int(ca - cb)
		}
		if ga.dir != gb.dir {
			return int(ga.dir - gb.dir)
		}
		switch {
		case ga.perp > gb.perp:
			return -1
		case ga.perp < gb.perp:
			return 1
		}
		return 0
	})
	l.clus = grow(l.clus, n)
	clusters := l.baselines(nil, 0, n, 0)
	for ci, c := range clusters {
		for k := c.lo; k < c.hi; k++ {
			l.clus[l.order[k]] = int32(ci)
		}
	}
	// runEnd[i]: the last glyph index from i on, in stream order, that is
	// on the same baseline as glyph i with no other baseline between.
	l.runEnd = grow(l.runEnd, n)
	for i := n - 1; i >= 0; i-- {
		if i+1 < n && l.clus[i+1] == l.clus[i] {
			l.runEnd[i] = l.runEnd[i+1]
		} else {
			l.runEnd[i] = int32(i)
		}
	}
	// inSequence: the stream drew a and b with only glyphs of their own
	// baseline between them.
	inSequence := func(a, b int32) bool {
		if a > b {
			a, b = b, a
		}
		return b == a+1 || l.runEnd[a] >= b
	}

	// 2–3. Order each baseline along the line, drop repeats, cut segments.
	l.segs = l.segs[:0]
	w := 0 // write index into order: the kept glyphs, in place
	for _, c := range clusters {
		line := l.order[c.lo:c.hi]
		slices.SortStableFunc(line, func(a, b int32) int {
			switch {
			case gs[a].along < gs[b].along:
				return -1
			case gs[a].along > gs[b].along:
				return 1
			}
			return int(a - b)
		})
		start := w
		for _, gi := range line {
			g := &gs[gi]
			dup := false
			for k := w - 1; k >= start && k >= w-4; k-- {
				h := &gs[l.order[k]]
				// A copy drawn for fake bold starts within the first
				// half of the glyph it copies; the same narrow glyph
				// twice (\\, ll, ..) starts where the first ends.
				// A glyph without a width (a font whose widths are all
				// 0) says nothing of where the next one starts.
				tol := overlapTol * float64(max(g.size, h.size))
				if w := h.end - h.along; w > 0.05*float64(h.size) {
					tol = min(tol, w/2+0.01*float64(h.size))
				}
				if math.Abs(g.along-h.along) < tol && math.Abs(g.perp-h.perp) < overlapTol*float64(max(g.size, h.size)) &&
					bytes.Equal(l.text[g.t0:g.t1], l.text[h.t0:h.t1]) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			if w > start {
				p := l.order[w-1]
				h := &gs[p]
				gap := g.along - h.end
				sz := float64(max(g.size, h.size))
				if gap > abutTol*sz && !inSequence(p, gi) {
					l.segs[len(l.segs)-1].hi = int32(w)
					l.segs = append(l.segs, segment{first: gi, lo: int32(w), group: g.group, cell: l.cellOfGlyph(gi)})
				} else if s := &l.segs[len(l.segs)-1]; gi < s.first {
					s.first = gi
				}
			} else {
				l.segs = append(l.segs, segment{first: gi, lo: int32(w), group: g.group, cell: l.cellOfGlyph(gi)})
			}
			l.order[w] = gi
			w++
		}
		if len(l.segs) > 0 && w > start {
			l.segs[len(l.segs)-1].hi = int32(w)
		}
	}

	// 4. Segments in the order the stream first drew them, a table
	// cell's together.
	for i := range l.segs {
		s := &l.segs[i]
		s.block = s.first
		if s.cell > 0 {
			s.block = l.cells[s.cell-1].first
		}
	}
	slices.SortStableFunc(l.segs, func(a, b segment) int {
		if a.group != b.group {
			return int(a.group - b.group)
		}
		if a.block != b.block {
			return int(a.block - b.block)
		}
		return int(a.first - b.first)
	})
	for _, s := range l.segs {
		if len(l.buf) > 0 {
			l.buf = append(l.buf, '\n')
			l.bufRunes++
		}
		if s.cell > 0 {
			c := &l.cells[s.cell-1]
			if !c.written {
				c.written, c.start = true, l.bufRunes
			}
		}
		var last rune = -1
		l.boxStart(s)
		// The gap before each glyph of the line, letter spacing of the
		// stream's own runs taken out.
		l.gaps = l.gaps[:0]
		for k := s.lo; k < s.hi; k++ {
			gap := 0.0
			if k > s.lo {
				p, h := l.order[k-1], &gs[l.order[k-1]]
				gap = gs[l.order[k]].along - h.end
				if inSequence(p, l.order[k]) {
					// Letter spacing only within its own run.
					gap -= float64(h.pad)
				}
			}
			l.gaps = append(l.gaps, gap)
		}
		evenGaps(l.gaps, func(k int) (float64, bool) {
			g := &gs[l.order[int(s.lo)+k]]
			r, _ := utf8.DecodeRune(l.text[g.t0:g.t1])
			return float64(g.size), !isCJK(r) && !isSpaceRune(r)
		})
		for k := s.lo; k < s.hi; k++ {
			g := &gs[l.order[k]]
			t := l.text[g.t0:g.t1]
			if k > s.lo {
				h := &gs[l.order[k-1]]
				gap := l.gaps[k-s.lo]
				sz := float64(max(g.size, h.size))
				first, _ := utf8.DecodeRune(t)
				if gap > spaceGap*sz && !isSpaceRune(last) && !isSpaceRune(first) &&
					!(isCJK(last) && isCJK(first) && gap < cjkGap*sz) {
					l.buf = append(l.buf, ' ')
					l.bufRunes++
				}
			}
			l.buf = append(l.buf, t...)
			l.bufRunes += utf8.RuneCount(t)
			last, _ = utf8.DecodeLastRune(t)
		}
		if s.cell > 0 {
			l.cells[s.cell-1].end = l.bufRunes
		}
		l.boxEnd(s)
	}
	l.glyphs = l.glyphs[:0]
	l.text = l.text[:0]
}

// Letter spacing drawn glyph by glyph. Chromium prints CSS letter-spacing
// by placing every glyph with its own Td, so no run carries it as a pad:
// an ID with letter-spacing:6px is eighteen glyphs with the same gap
// between each. A stretch of at least minEvenGaps gaps in a row between
// glyphs that are not Chinese (digits, letters), each positive, at most
// maxEvenGap of an em (CSS letter-spacing of 0.6em, which justified text
// widens evenly; a table of one-digit cells a pitch of 1.5 em apart is
// columns, and wider letter spacing cannot be told from it) and within
// evenGapTol of an em of the stretch's first, is letter spacing: its gaps
// are no word spaces. A real space in
// letter-spaced text (the spacing plus a space's width) ends the stretch
// and is still a space; the gap a layout puts between Chinese and a
// number (2024 年 1 月) is no stretch; cells of a table are lines of
// their own, and columns stand further apart than letters.
const (
	minEvenGaps = 4
	maxEvenGap  = 0.8
	evenGapTol  = 0.03
)

// evenGaps sets to zero the gaps of gaps (gaps[k] is before glyph k of a
// line; gaps[0] is none) that belong to a stretch of even letter spacing;
// glyph(k) is glyph k's size and whether it may be letter-spaced.
func evenGaps(gaps []float64, glyph func(k int) (size float64, spaced bool)) {
	spaced := func(k int) bool { _, ok := glyph(k); return ok }
	for i := 1; i < len(gaps); {
		sz, ok := glyph(i)
		g := gaps[i]
		if !ok || !spaced(i-1) || g <= 0 || g > maxEvenGap*sz {
			i++
			continue
		}
		j := i + 1
		for j < len(gaps) && spaced(j) && math.Abs(gaps[j]-g) <= evenGapTol*sz {
			j++
		}
		if j-i >= minEvenGaps {
			for k := i; k < j; k++ {
				gaps[k] = 0
			}
		}
		i = j
	}
}

// baseline is a range of layout.order: the glyphs of one line.
type baseline struct{ lo, hi int }

// baselines appends the baselines of order[lo:hi], which is sorted by
// group, cell, direction and then from the top, to bs. Glyphs within
// sameLineTol of the size of the first glyph of a line join it; a line
// whose glyphs of very different sizes overlap (splitSizes) is taken
// apart by size and each part grouped again, at most maxSizeSplits deep.
func (l *layout) baselines(bs []baseline, lo, hi, depth int) []baseline {
	gs := l.glyphs
	for i := lo; i < hi; {
		ref := &gs[l.order[i]]
		refCell := l.cellOfGlyph(l.order[i])
		j := i + 1
		for j < hi {
			g := &gs[l.order[j]]
			tol := sameLineTol * float64(max(ref.size, g.size))
			if g.group != ref.group || l.cellOfGlyph(l.order[j]) != refCell || g.dir != ref.dir || ref.perp-g.perp >= tol {
				break
			}
			j++
		}
		if depth < maxSizeSplits {
			if k := l.splitSizes(i, j); k > i {
				bs = l.baselines(bs, i, k, depth+1)
				bs = l.baselines(bs, k, j, depth+1)
				i = j
				continue
			}
		}
		bs = append(bs, baseline{i, j})
		i = j
	}
	return bs
}

// splitSizes looks for two lines in the one baseline order[lo:hi]:
// glyphs more than sizeApart larger than the rest that cover some of the
// rest's glyphs along the line (level watermark text over a body line,
// which baseline tolerance, half the larger size, would merge). It moves
// the larger glyphs to the front, each part still sorted from the top,
// and returns where the smaller begin, or lo when the baseline is one
// line.
func (l *layout) splitSizes(lo, hi int) int {
	if hi-lo < 2 {
		return lo
	}
	gs := l.glyphs
	line := l.order[lo:hi]
	small, large := gs[line[0]].size, gs[line[0]].size
	for _, gi := range line[1:] {
		small, large = min(small, gs[gi].size), max(large, gs[gi].size)
	}
	if large <= sizeApart*small {
		return lo
	}
	l.sizes = l.sizes[:0]
	for _, gi := range line {
		l.sizes = append(l.sizes, gs[gi].size)
	}
	slices.Sort(l.sizes)
	// The widest ratio between neighbouring sizes decides the parts.
	var big float32
	ratio := float32(sizeApart)
	for i := 1; i < len(l.sizes); i++ {
		if r := l.sizes[i] / l.sizes[i-1]; r > ratio {
			ratio, big = r, l.sizes[i]
		}
	}
	if big == 0 {
		return lo
	}
	// The larger glyphs' extents, merged.
	l.spans = l.spans[:0]
	for _, gi := range line {
		if g := &gs[gi]; g.size >= big {
			l.spans = append(l.spans, [2]float64{g.along, g.end})
		}
	}
	slices.SortFunc(l.spans, func(a, b [2]float64) int { return cmp.Compare(a[0], b[0]) })
	merged := l.spans[:1]
	for _, s := range l.spans[1:] {
		if last := &merged[len(merged)-1]; s[0] <= last[1] {
			last[1] = math.Max(last[1], s[1])
		} else {
			merged = append(merged, s)
		}
	}
	covered := false
	for _, gi := range line {
		g := &gs[gi]
		if g.size >= big {
			continue
		}
		// The last merged span that starts before the glyph ends.
		k := sort.Search(len(merged), func(i int) bool { return merged[i][0] >= g.end }) - 1
		if k < 0 {
			continue
		}
		if over := math.Min(g.end, merged[k][1]) - math.Max(g.along, merged[k][0]); over > 0.5*(g.end-g.along) {
			covered = true
			break
		}
	}
	if !covered {
		return lo
	}
	l.part = l.part[:0]
	for _, gi := range line {
		if gs[gi].size < big {
			l.part = append(l.part, gi)
		}
	}
	w := 0
	for _, gi := range line {
		if gs[gi].size >= big {
			line[w] = gi
			w++
		}
	}
	copy(line[w:], l.part)
	return lo + w
}

func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func isSpaceRune(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == 0x3000 || r == 0xa0 }

// isCJK reports whether r is a Han character or CJK punctuation, between
// which Chinese puts no spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef ||
		r >= 0x2e80 && r <= 0x2fdf || // radicals that producers emit for ideographs
		r == 0x2605 || r == 0x2606 // ★☆ of a classification marking
}
