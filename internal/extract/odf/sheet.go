package odf

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/flow"
	"github.com/mishen-gov/mishen/internal/extract/xlsx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// Bounds on what a sheet declares: ODF's repeat counts may say a million
// rows or columns (LibreOffice writes the empty rest of a sheet so), and
// a repeated cell with text is written out this many times at most: the
// copies say nothing the first ones do not.
const (
	maxRow    = 1 << 20
	maxCol    = 1 << 14
	maxRepeat = 64
)

// sheet is a spreadsheet's table being read (table:table in
// office:spreadsheet).
type sheet struct {
	name     string
	hidden   bool // its style says table:display false
	depth    int
	grid     *flow.Grid
	comments *flow.Grid
	cols     []span // hidden columns
	col      int    // columns declared or cells read in the open row
	row      int    // rows read before the open one

	// The open row: how many rows it stands for, whether they are
	// hidden, and its cells.
	rowRep  int
	rowHide bool
	cells   []cell

	// The open cell.
	inCell  bool
	cell    cell
	comment strings.Builder
}

type span struct{ from, to int }

// cell is one cell of the open row: its first column, how many columns it
// stands for, and its text.
type cell struct {
	col, rep    int
	text, value string
}

func (s *sheet) colHidden(col int) bool {
	for _, c := range s.cols {
		if c.from <= col && col <= c.to {
			return true
		}
	}
	return false
}

// add adds a paragraph of the open cell (cellText) or of its comment.
func (s *sheet) add(k int, text string) {
	b := &s.comment
	if k == cellText {
		if s.cell.text != "" {
			s.cell.text += "\n"
		}
		s.cell.text += text
		return
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(text)
}

// repeat reads a repeat count attribute, at least 1 and at most max.
func repeat(se xml.StartElement, local string, max int) int {
	n, err := strconv.Atoi(strings.TrimSpace(zipguard.Attr(se, local)))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, max)
}

// tableStart opens a table: a sheet when it stands in a spreadsheet's
// body, else a table of a text or a slide.
func (w *walker) tableStart(dec *zipguard.XMLDecoder, se xml.StartElement) error {
	if w.body != "spreadsheet" || w.sheet != nil || len(w.paras) > 0 {
		w.tables.Start()
		return nil
	}
	w.sheets++
	name := zipguard.Attr(se, "name")
	if name == "" {
		name = "Sheet" + strconv.Itoa(w.sheets)
	}
	hidden := false
	for st, i := zipguard.Attr(se, "style-name"), 0; st != "" && i < 16; i++ {
		s := w.styles[st]
		hidden = hidden || s.tableHidden
		st = s.parent
	}
	w.sheet = &sheet{name: name, hidden: hidden, depth: dec.Depth(), grid: flow.NewGrid(w.budget), comments: flow.NewGrid(w.budget)}
	return nil
}

// tableEnd closes a table; a sheet's parts are added.
func (w *walker) tableEnd(dec *zipguard.XMLDecoder) error {
	s := w.sheet
	if s == nil || dec.Depth() >= s.depth {
		w.tables.End()
		return nil
	}
	w.sheet = nil
	w.addSheet(s)
	return nil
}

// addSheet adds the parts and the hidden-rows finding of sheet s.
func (w *walker) addSheet(s *sheet) {
	kind, why := doc.Sheet, ""
	if s.hidden {
		kind, why = doc.HiddenSheet, xlsx.HiddenSheet
	}
	if strings.TrimSpace(s.name) != "" {
		w.parts = append(w.parts, doc.Part{Kind: xlsx.KindSheetName, File: w.file, Sheet: s.name, Text: flow.OneLine(s.name) + "\n"})
	}
	p, _ := s.grid.Part(kind, w.file, why, true)
	p.Sheet = s.name
	w.parts = append(w.parts, p)
	w.found = append(w.found, s.grid.HiddenFindings(kind, w.file, s.name)...)
	if p, ok := s.comments.Part(doc.CellComment, w.file, xlsx.HiddenComment, false); ok {
		p.Sheet = s.name
		w.parts = append(w.parts, p)
	}
}

// column reads a sheet's table:table-column: how many columns it stands
// for and whether they are hidden.
func (w *walker) column(se xml.StartElement) {
	s := w.sheet
	if s == nil {
		return
	}
	n := repeat(se, "number-columns-repeated", maxCol)
	from := s.col + 1
	s.col = min(s.col+n, maxCol)
	switch zipguard.Attr(se, "visibility") {
	case "collapse", "filter":
		if len(s.cols) < 1024 {
			s.cols = append(s.cols, span{from, s.col})
		}
	}
}

// rowStart opens a row: of a sheet, or of a table of a text.
func (w *walker) rowStart(se xml.StartElement) {
	s := w.sheet
	if s == nil || s.inCell {
		w.tables.Row()
		return
	}
	s.col = 0
	s.cells = s.cells[:0]
	s.rowRep = repeat(se, "number-rows-repeated", maxRow)
	switch zipguard.Attr(se, "visibility") {
	case "collapse", "filter":
		s.rowHide = true
	default:
		s.rowHide = false
	}
}

// cellStart opens a cell: its paragraphs go to the cell's text.
func (w *walker) cellStart(dec *zipguard.XMLDecoder, se xml.StartElement) {
	s := w.sheet
	if s == nil || s.inCell {
		if k := w.cur(); k >= 0 {
			w.tables.CellStart(w.sinks[k])
		}
		return
	}
	value := ""
	for _, a := range []string{"string-value", "value", "date-value", "time-value", "boolean-value"} {
		if value = zipguard.Attr(se, a); value != "" {
			break
		}
	}
	s.inCell = true
	s.cell = cell{col: s.col + 1, rep: repeat(se, "number-columns-repeated", maxCol), value: value}
	s.comment.Reset()
	w.push(cellText, dec)
}

// cellEnd closes a cell: of a sheet, kept for the row's end, or of a
// table of a text, recorded.
func (w *walker) cellEnd() error {
	s := w.sheet
	if s == nil || !s.inCell {
		return w.tables.CellEnd()
	}
	s.inCell = false
	c := s.cell
	if c.text == "" {
		c.text = c.value
	}
	s.col = min(s.col+c.rep, maxCol)
	if strings.TrimSpace(c.text) != "" && len(s.cells) < maxCol {
		s.cells = append(s.cells, c)
	}
	if t := strings.TrimSpace(s.comment.String()); t != "" {
		if err := s.comments.Line(s.row+1, c.col, t); err != nil {
			return err
		}
	}
	return nil
}

// rowEnd writes the open row of a sheet, as many times as it repeats (at
// most maxRepeat).
func (w *walker) rowEnd() error {
	s := w.sheet
	if s == nil || s.inCell {
		return nil
	}
	for r := 0; r < min(s.rowRep, maxRepeat) && len(s.cells) > 0; r++ {
		for _, c := range s.cells {
			for k := 0; k < min(c.rep, maxRepeat); k++ {
				col := c.col + k
				if err := s.grid.Cell(s.row+1+r, col, c.text, s.rowHide, s.colHidden(col)); err != nil {
					return err
				}
			}
		}
	}
	s.row = min(s.row+s.rowRep, maxRow)
	s.rowRep = 1
	return nil
}
