package pdf

import (
	"math"
	"slices"

	"github.com/mishen-gov/mishen/internal/doc"
)

// Tables. A PDF has no table structure, only text and the rules drawn
// around it. An 18-digit ID in a narrow column wraps over three or four
// lines inside its cell, and the first of those lines sits on the same
// baseline as the neighbouring cells; read as lines, the number is cut
// in pieces and its first piece is glued to the cell beside it. So the
// interpreter keeps the ruled lines of the page — thin filled rectangles
// (Chromium, Word), stroked lines and stroked or filled rectangles'
// edges (LibreOffice) — and the layout puts a glyph in the cell whose
// four rules enclose it. Glyphs of one cell never share a line with
// another cell's, the cell's lines are written together, and the cell's
// rune range goes to doc.Part.Cells with its table, row and column, so
// the detectors can ask "is this one cell?" and "what heads its column?".
//
// Caveats: only tables with rules are seen (a borderless table reads as
// lines, as before); only horizontal text is put in cells; a cell split
// across pages is two cells.

// rule is a ruled line: horizontal at pos (y) from lo to hi (x), or
// vertical at pos (x) from lo to hi (y), in user space.
type rule struct{ pos, lo, hi float64 }

// Bounds on ruleSet.
const (
	maxRuleWidth = 3.0 // a thicker line is a shape
	minRuleLen   = 4.0 // a shorter one is a dot or a tick
	maxRules     = 8192
	ruleTol      = 1.5 // a rule may stop this short of a glyph it encloses
)

// ruleSet are the ruled lines of a page.
type ruleSet struct {
	h, v []rule
}

func (r *ruleSet) add(horizontal bool, pos, lo, hi float64) {
	if hi-lo < minRuleLen || len(r.h)+len(r.v) >= maxRules {
		return
	}
	if horizontal {
		r.h = append(r.h, rule{pos, lo, hi})
	} else {
		r.v = append(r.v, rule{pos, lo, hi})
	}
}

// box adds the ruleSet a painted subpath draws: a thin one is a line, a
// rectangle (straight segments only) gives its four edges.
func (r *ruleSet) box(s subpath, stroked bool) {
	w, h := s.x1-s.x0, s.y1-s.y0
	switch {
	case s.curves > 0:
	case w <= maxRuleWidth && h <= maxRuleWidth:
	case w <= maxRuleWidth:
		r.add(false, (s.x0+s.x1)/2, s.y0, s.y1)
	case h <= maxRuleWidth:
		r.add(true, (s.y0+s.y1)/2, s.x0, s.x1)
	case s.segs <= 4 || stroked && s.segs <= 5:
		r.add(true, s.y0, s.x0, s.x1)
		r.add(true, s.y1, s.x0, s.x1)
		r.add(false, s.x0, s.y0, s.y1)
		r.add(false, s.x1, s.y0, s.y1)
	}
}

// paint records the ruleSet of the current path, painted by a fill or a
// stroke.
func (p *pathTracker) paint(st *pageStats, stroked bool) {
	for _, s := range p.subs {
		st.rules.box(s, stroked)
	}
}

// cellBox is a cell's enclosing ruleSet: left, right, bottom, top.
type cellBox [4]float64

// cellOf returns the box of the cell that encloses (x, y), or false.
// Rules are sorted by position (sortRules).
func (r *ruleSet) cellOf(x, y float64) (cellBox, bool) {
	left, ok1 := nearest(r.v, x, y, -1)
	right, ok2 := nearest(r.v, x, y, +1)
	bottom, ok3 := nearest(r.h, y, x, -1)
	top, ok4 := nearest(r.h, y, x, +1)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return cellBox{}, false
	}
	return cellBox{left, right, bottom, top}, true
}

// nearest finds, among ruleSet sorted by pos, the closest one on side dir
// of at (below for -1, above for +1) whose extent covers across.
func nearest(rs []rule, at, across float64, dir int) (float64, bool) {
	i, _ := slices.BinarySearchFunc(rs, at, func(r rule, v float64) int {
		switch {
		case r.pos < v:
			return -1
		case r.pos > v:
			return 1
		}
		return 0
	})
	if dir < 0 {
		for j := i - 1; j >= 0; j-- {
			if rs[j].lo-ruleTol <= across && across <= rs[j].hi+ruleTol {
				return rs[j].pos, true
			}
		}
		return 0, false
	}
	for j := i; j < len(rs); j++ {
		if rs[j].pos > at && rs[j].lo-ruleTol <= across && across <= rs[j].hi+ruleTol {
			return rs[j].pos, true
		}
	}
	return 0, false
}

func (r *ruleSet) sort() {
	by := func(a, b rule) int {
		switch {
		case a.pos < b.pos:
			return -1
		case a.pos > b.pos:
			return 1
		}
		return 0
	}
	slices.SortFunc(r.h, by)
	slices.SortFunc(r.v, by)
}

// assignCells puts each horizontal glyph in the cell that encloses it and
// numbers the cells: l.cell[i] is glyph i's cell (0: none) and l.cells
// its box, table, row and column. A box larger than maxCellShare of the
// page (a page frame, a background) is not a cell.
func (l *layout) assignCells(r *ruleSet, pageArea float64) {
	l.cellOf = l.cellOf[:0]
	l.cells = l.cells[:0]
	if len(r.h) < 2 || len(r.v) < 2 || len(l.glyphs) == 0 || l.flushed {
		return
	}
	r.sort()
	l.cellOf = slices.Grow(l.cellOf, len(l.glyphs))[:len(l.glyphs)]
	index := map[cellBox]int32{}
	for i := range l.glyphs {
		g := &l.glyphs[i]
		l.cellOf[i] = 0
		if g.dir != 0 {
			continue
		}
		x, y := (g.along+g.end)/2, g.perp+float64(g.size)*0.3
		b, ok := r.cellOf(x, y)
		if !ok {
			continue
		}
		if pageArea > 0 && (b[1]-b[0])*(b[3]-b[2]) > maxCellShare*pageArea {
			continue
		}
		for k := range b {
			b[k] = math.Round(b[k]*2) / 2
		}
		id, ok := index[b]
		if !ok {
			l.cells = append(l.cells, pdfCell{box: b, first: int32(i)})
			id = int32(len(l.cells))
			index[b] = id
		}
		l.cellOf[i] = id
	}
	l.numberCells()
	// A lone ruled box (a frame and an underline, a boxed note) is not a
	// table: its text is laid out as lines.
	for i, id := range l.cellOf {
		if id > 0 && l.cells[id-1].table == 0 {
			l.cellOf[i] = 0
		}
	}
}

// maxCellShare: a ruled box larger than this share of the page is a frame.
const maxCellShare = 0.5

// pdfCell is a table cell found on a page.
type pdfCell struct {
	box             cellBox
	table, row, col int
	first           int32 // the first glyph drawn in it (stream order)
	start, end      int   // rune range in the page text, once written
	written         bool
}

// numberCells groups the cells into tables (cells that touch) and gives
// each its row and column in its table, from the top left.
func (l *layout) numberCells() {
	n := len(l.cells)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Separate borders (HTML border-spacing) leave a few points between
	// the rules of neighbouring cells.
	near := func(a, b float64) bool { return math.Abs(a-b) <= 4 }
	overlap := func(a0, a1, b0, b1 float64) bool { return a0 < b1-1 && b0 < a1-1 }
	for i := 0; i < n; i++ {
		a := l.cells[i].box
		for j := i + 1; j < n; j++ {
			b := l.cells[j].box
			side := (near(a[1], b[0]) || near(a[0], b[1])) && overlap(a[2], a[3], b[2], b[3])
			stack := (near(a[2], b[3]) || near(a[3], b[2])) && overlap(a[0], a[1], b[0], b[1])
			if side || stack {
				parent[find(i)] = find(j)
			}
		}
	}
	// Tables in order of their top, then left; rows from the top, columns
	// from the left, by the distinct edges of the table's cells.
	type tbl struct {
		top, left float64
		tops      []float64
		lefts     []float64
	}
	tables := map[int]*tbl{}
	var roots []int
	size := make([]int, n)
	for i := range l.cells {
		size[find(i)]++
	}
	for i := range l.cells {
		r := find(i)
		if size[r] < 2 {
			continue
		}
		t := tables[r]
		if t == nil {
			t = &tbl{top: math.Inf(-1), left: math.Inf(1)}
			tables[r] = t
			roots = append(roots, r)
		}
		b := l.cells[i].box
		t.top, t.left = math.Max(t.top, b[3]), math.Min(t.left, b[0])
		t.tops = appendDistinct(t.tops, b[3])
		t.lefts = appendDistinct(t.lefts, b[0])
	}
	slices.SortFunc(roots, func(a, b int) int {
		ta, tb := tables[a], tables[b]
		switch {
		case ta.top > tb.top+2:
			return -1
		case ta.top < tb.top-2:
			return 1
		}
		return int(math.Copysign(1, ta.left-tb.left))
	})
	num := map[int]int{}
	for k, r := range roots {
		num[r] = k + 1
		t := tables[r]
		slices.SortFunc(t.tops, func(a, b float64) int { return int(math.Copysign(1, b-a)) })
		slices.Sort(t.lefts)
	}
	for i := range l.cells {
		c := &l.cells[i]
		r := find(i)
		t := tables[r]
		if t == nil {
			continue // a lone box: table 0
		}
		c.table = num[r]
		c.row = indexNear(t.tops, c.box[3]) + 1
		c.col = indexNear(t.lefts, c.box[0]) + 1
	}
}

func appendDistinct(s []float64, v float64) []float64 {
	if indexNear(s, v) >= 0 {
		return s
	}
	return append(s, v)
}

func indexNear(s []float64, v float64) int {
	for i, x := range s {
		if math.Abs(x-v) <= 2 {
			return i
		}
	}
	return -1
}

// docCells returns the cells written to the page text, with rune ranges
// shifted by -trim (the leading space the text lost).
func (l *layout) docCells(trim int) []doc.Cell {
	var out []doc.Cell
	for _, c := range l.cells {
		if c.table == 0 || !c.written || c.end <= c.start || c.start < trim {
			continue
		}
		out = append(out, doc.TableCell(c.table, c.row, c.col, c.start-trim, c.end-trim))
	}
	return out
}

// cutCells keeps the cells that lie within the first n runes.
func cutCells(cells []doc.Cell, n int) []doc.Cell {
	out := cells[:0]
	for _, c := range cells {
		if c.End <= n {
			out = append(out, c)
		}
	}
	return out
}
