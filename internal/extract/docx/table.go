package docx

import (
	"strconv"

	"github.com/mishen-gov/mishen/internal/doc"
)

// table is an open <w:tbl>: its number in the member, the row and column
// being read, and where the open cell's text began.
type table struct {
	n        int
	row, col int
	span     int   // the open cell's w:gridSpan
	cell     *sink // where the open cell's text goes, or nil
	start    int   // rune offset in cell's sink where it began
	nested   bool  // the open cell holds a table: only the inner cells count
}

// tableStart opens a table; a table inside a cell makes that cell a
// container whose own range is not reported (cells never overlap).
func (w *walker) tableStart() {
	if n := len(w.tables); n > 0 {
		w.tables[n-1].nested = true
	}
	w.tableCount++
	w.tables = append(w.tables, table{n: w.tableCount})
}

func (w *walker) tableEnd() {
	if n := len(w.tables); n > 0 {
		w.tables = w.tables[:n-1]
	}
}

func (w *walker) rowStart() {
	if n := len(w.tables); n > 0 {
		w.tables[n-1].row++
		w.tables[n-1].col = 0
	}
}

// cellStart opens a cell where the visible text of the current place goes.
func (w *walker) cellStart() {
	n := len(w.tables)
	if n == 0 {
		return
	}
	t := &w.tables[n-1]
	t.col++
	t.span, t.nested = 1, false
	t.cell = w.visible()
	t.start = t.cell.runes
}

// gridSpan records how many grid columns the open cell spans.
func (w *walker) gridSpan(val string) {
	if n := len(w.tables); n > 0 {
		if v, err := strconv.Atoi(val); err == nil && v > 1 && v < 64 {
			w.tables[n-1].span = v
		}
	}
}

// cellEnd records the open cell's rune range in its sink, without the
// line break that ends its last paragraph.
func (w *walker) cellEnd() {
	n := len(w.tables)
	if n == 0 || w.tables[n-1].cell == nil {
		return
	}
	t := &w.tables[n-1]
	k := t.cell
	end := k.runes
	if end > t.start && k.lastNL {
		end--
	}
	if !t.nested && len(k.cells) < maxCells {
		k.cells = append(k.cells, doc.TableCell(t.n, t.row, t.col, t.start, end))
	}
	t.col += t.span - 1
	t.cell, t.nested = nil, false
}

// maxCells bounds the cells recorded for one part.
const maxCells = 1 << 20
