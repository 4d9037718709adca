package htmlx

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/mishen-gov/mishen/internal/doc"
)

// table is an open <table> of the page's visible text: its number, the
// row and column being read, the grid places that cells of rows above
// fill (rowspan), and where the open cell's text began.
type table struct {
	n        int
	row, col int
	taken    map[[2]int]bool
	span     int
	start    int  // rune offset in the body where the open cell began
	at       int  // byte offset of the same place
	open     bool // a cell is open
	nested   bool // the open cell holds a table: only the inner cells count
}

// maxCells bounds the cells recorded for a page.
const maxCells = 1 << 20

// tableOpen is called as a table, row or cell of the body opens.
func (x *extractor) tableOpen(n *html.Node) {
	switch n.DataAtom {
	case atom.Table:
		if k := len(x.tables); k > 0 {
			x.tables[k-1].nested = true
		}
		x.tableCount++
		x.tables = append(x.tables, table{n: x.tableCount})
	case atom.Tr:
		if k := len(x.tables); k > 0 {
			x.tables[k-1].row++
			x.tables[k-1].col = 0
		}
	case atom.Td, atom.Th:
		k := len(x.tables)
		if k == 0 {
			return
		}
		t := &x.tables[k-1]
		if t.row == 0 {
			t.row = 1 // a cell outside any <tr> (the parser adds one)
		}
		t.col++
		for t.taken[[2]int{t.row, t.col}] {
			t.col++
		}
		t.span = spanOf(n, "colspan")
		if rows := spanOf(n, "rowspan"); rows > 1 {
			if t.taken == nil {
				t.taken = map[[2]int]bool{}
			}
			for r := 1; r < rows && len(t.taken) < maxCells; r++ {
				for c := 0; c < t.span; c++ {
					t.taken[[2]int{t.row + r, t.col + c}] = true
				}
			}
		}
		t.start, t.at, t.open, t.nested = x.body.runes, x.body.b.Len(), true, false
	}
}

// tableClose is called as a table or cell of the body closes; a cell
// records its rune range in the body.
func (x *extractor) tableClose(n *html.Node) {
	k := len(x.tables)
	if k == 0 {
		return
	}
	t := &x.tables[k-1]
	switch n.DataAtom {
	case atom.Table:
		x.tables = x.tables[:k-1]
	case atom.Td, atom.Th:
		if !t.open {
			return
		}
		// Not the line breaks that blocks inside the cell begin and end
		// with.
		text := x.body.b.String()[t.at:]
		start, end := t.start, x.body.runes
		for len(text) > 0 && text[0] == '\n' {
			text, start = text[1:], start+1
		}
		for len(text) > 0 && text[len(text)-1] == '\n' {
			text, end = text[:len(text)-1], end-1
		}
		if !t.nested && len(x.body.cells) < maxCells {
			x.body.cells = append(x.body.cells, doc.TableCell(t.n, t.row, t.col, start, end))
		}
		t.col += t.span - 1
		t.open, t.nested = false, false
	}
}

// spanOf is a cell's colspan or rowspan, 1 when absent or absurd.
func spanOf(n *html.Node, key string) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n.Attr, key)))
	if err != nil || v < 1 || v > 1000 {
		return 1
	}
	return v
}

// tableAtoms are the elements that shape a table's cells.
var tableAtoms = atomSet(atom.Table, atom.Tr, atom.Td, atom.Th)
