package doc

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// Cells are the table cells of a part (see Part.Cells). A sheet of a
// million cells sends a million of them from the sandboxed child that read
// it to the scanner, so they travel in gob in an encoding of their own
// (GobEncode, packed.go). gob's own encoding described and allocated each
// cell apart, a third of a big sheet's time in transit. JSON sees a plain
// list.
type Cells []Cell

// cellsVersion starts the encoding, so that a change of it is an error
// rather than a misreading.
const cellsVersion = 1

// GobEncode encodes cs compactly: Start, End-Start, Table, Row, Col, and
// Ref, with each Start the distance from the End before it.
func (cs Cells) GobEncode() ([]byte, error) {
	prev := 0
	return pack(cellsVersion, len(cs), 5, func(i int, v []int64) {
		c := cs[i]
		v[0], v[1], v[2], v[3], v[4] = int64(c.Start-prev), int64(c.End-c.Start), int64(c.Table), int64(c.Row), int64(c.Col)
		prev = c.End
	}, func(i int) string { return cs[i].Ref }), nil
}

// GobDecode decodes what GobEncode encoded; it never trusts a count or a
// length the bytes give (they come from a sandboxed child).
func (cs *Cells) GobDecode(b []byte) error {
	var out Cells
	prev, ok := 0, true
	err := unpack(b, cellsVersion, 5, func(n int) {
		if n > 0 {
			out = make(Cells, n)
		}
	}, func(i int, v []int64) {
		start := prev + int(v[0])
		out[i] = Cell{Start: start, End: start + int(v[1]), Table: int(v[2]), Row: int(v[3]), Col: int(v[4])}
		prev = out[i].End
		ok = ok && offsetOK(start) && offsetOK(prev)
	}, func(i int, ref string) { out[i].Ref = ref })
	if err != nil || !ok {
		return errCells
	}
	*cs = out
	return nil
}

var errCells = errors.New("doc: malformed cells")

// TableCell is the cell at row and col (from 1) of the table-th table of
// a part (from 1), over its runes [start, end), referenced as a reader
// finds it: "表2 R3C1". DOCX, HTML, PDF and Markdown tables are so; a
// sheet's and a CSV's cells have A1 references.
func TableCell(table, row, col, start, end int) Cell {
	return Cell{Ref: "表" + strconv.Itoa(table) + " R" + strconv.Itoa(row) + "C" + strconv.Itoa(col),
		Start: start, End: end, Table: table, Row: row, Col: col}
}

// CellTexts returns the text of the cells of a part that want takes, by
// reference: cells holds rune offsets into text, in order, and text is
// read once.
func CellTexts(text string, cells []Cell, want func(ref string) bool) map[string]string {
	out := map[string]string{}
	at, pos := 0, 0 // byte and rune offsets in text
	for _, c := range cells {
		if !want(c.Ref) {
			continue
		}
		for pos < c.Start && at < len(text) {
			_, w := utf8.DecodeRuneInString(text[at:])
			at, pos = at+w, pos+1
		}
		start := at
		for pos < c.End && at < len(text) {
			_, w := utf8.DecodeRuneInString(text[at:])
			at, pos = at+w, pos+1
		}
		out[c.Ref] = text[start:at]
	}
	return out
}
