package plaintext

import (
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
)

// markdownCells returns the cells of the GitHub-flavoured Markdown pipe
// tables in text, or nil when it has none. A table is a header row, a
// delimiter row (| --- | :---: |) with as many cells, and the rows below
// them up to the first line without a pipe; the pipes at either end of a
// row are optional and an escaped pipe (\|) is part of its cell. A line
// with pipes but no delimiter row below it is not a table.
//
// Each cell spans its content trimmed of spaces and is referenced like a
// table in a document ("表2 R3C1", Table 2, Row 3, Col 1), not by an A1
// reference: a Markdown text may hold several tables among paragraphs,
// and an A1 reference would name a cell of one grid covering the whole
// text. The header row is row 1 and the delimiter row is no row, so the
// rows are those a reader sees. A body row's cells beyond the header's
// are kept (GFM drops them from the rendered table, but they are still
// the text's own cells); the header row gives them no heading.
//
// The work is one pass over the lines, each split once, and at most
// maxTableCells cells are recorded: those of the tables after the limit
// are left out, and their text is read as prose.
func markdownCells(text string) []doc.Cell {
	if strings.IndexByte(text, '|') < 0 {
		return nil
	}
	var (
		cells     []doc.Cell
		cur, prev []span
		prevLine  string
		prevRune  int
		prevPipe  bool
		table     int
		row       int // the row number of the next row; 0 outside a table
	)
	// emit records the cells of one row of the current table; false when
	// the limit is reached.
	emit := func(line string, lineRune int, spans []span) bool {
		r, b := lineRune, 0
		for c, sp := range spans {
			if len(cells) >= maxTableCells {
				return false
			}
			r += utf8.RuneCountInString(line[b:sp.start])
			start := r
			r += utf8.RuneCountInString(line[sp.start:sp.end])
			b = sp.end
			cells = append(cells, doc.TableCell(table, row, c+1, start, r))
		}
		row++
		return true
	}
	for off, lineRune := 0, 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		var pipe bool
		cur, pipe = rowSpans(line, cur[:0])
		switch {
		case row > 0 && pipe:
			if !emit(line, lineRune, cur) {
				return cells
			}
		case row > 0:
			row = 0 // a blank line or prose ends the table
		case pipe && prevPipe && len(cur) == len(prev) && delimiterRow(line, cur):
			table, row = table+1, 1
			if !emit(prevLine, prevRune, prev) {
				return cells
			}
		}
		prev, cur = cur, prev
		prevLine, prevRune, prevPipe = line, lineRune, pipe
		lineRune += utf8.RuneCountInString(line) + 1
		off = end + 1
	}
	return cells
}

// span is the byte range [start, end) of a cell's content in its line.
type span struct{ start, end int }

// rowSpans appends to buf the cells of a table row, trimmed of spaces,
// and reports whether the line has an unescaped pipe at all. A pipe
// opening or closing the row opens or closes no cell. At most
// maxTableCells+1 cells are kept: a row with more is never recorded.
func rowSpans(line string, buf []span) ([]span, bool) {
	i, e := 0, len(line)
	for i < e && isSpace(line[i]) {
		i++
	}
	for e > i && (isSpace(line[e-1]) || line[e-1] == '\r') {
		e--
	}
	pipe := false
	if i < e && line[i] == '|' {
		i, pipe = i+1, true
	}
	if e > i && line[e-1] == '|' && (e < 2 || line[e-2] != '\\') {
		e, pipe = e-1, true
	}
	add := func(a, b int) {
		for a < b && isSpace(line[a]) {
			a++
		}
		for b > a && isSpace(line[b-1]) {
			b--
		}
		if len(buf) <= maxTableCells {
			buf = append(buf, span{a, b})
		}
	}
	start := i
	for j := i; j < e; j++ {
		if line[j] == '|' && (j == 0 || line[j-1] != '\\') {
			add(start, j)
			start, pipe = j+1, true
		}
	}
	add(start, e)
	return buf, pipe
}

// delimiterRow reports whether a line split into spans is a table's
// delimiter row: every cell is dashes, with an optional colon at either
// end.
func delimiterRow(line string, spans []span) bool {
	for _, sp := range spans {
		c := line[sp.start:sp.end]
		c = strings.TrimPrefix(c, ":")
		c = strings.TrimSuffix(c, ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' }
