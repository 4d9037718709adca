package flow

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// ErrTooMuchText is returned by every write past the budget's runes or
// cells.
var ErrTooMuchText = errors.New("flow: text over limit")

// Budget is what one document may still hold: runes of text and cells.
type Budget struct {
	Left  int // runes still allowed
	cells int // cells recorded
	max   int // cells allowed
}

// NewBudget returns the budget of one document read within lim: its
// MaxTextRunes, and one cell for eight of those runes (at least 1024), as
// a cell of one character costs far more to record than its rune.
func NewBudget(lim doc.Limits) *Budget {
	return &Budget{Left: lim.MaxTextRunes, max: max(lim.MaxTextRunes/8, 1024)}
}

// Sink is the text of one part being written, with its cells.
type Sink struct {
	budget *Budget
	b      strings.Builder
	runes  int
	lines  int // line breaks written
	cells  []doc.Cell
	open   bool // the last line has text and no line break yet
}

// NewSink returns an empty sink that spends budget.
func NewSink(budget *Budget) *Sink { return &Sink{budget: budget} }

// Write appends s within the budget.
func (k *Sink) Write(s string) error {
	if s == "" {
		return nil
	}
	n := utf8.RuneCountInString(s)
	if n > k.budget.Left {
		return ErrTooMuchText
	}
	k.budget.Left -= n
	k.b.WriteString(s)
	k.runes += n
	k.lines += strings.Count(s, "\n")
	k.open = s[len(s)-1] != '\n'
	return nil
}

// EndLine ends the open line, if any, with a line break.
func (k *Sink) EndLine() error {
	if !k.open {
		return nil
	}
	return k.Write("\n")
}

// Runes is the length of the text written so far, in runes.
func (k *Sink) Runes() int { return k.runes }

// Text is the text written so far.
func (k *Sink) Text() string { return k.b.String() }

// Cell records the runes [start, end) of the sink as cell c.
func (k *Sink) Cell(c doc.Cell) error {
	if k.budget.cells++; k.budget.cells > k.budget.max {
		return ErrTooMuchText
	}
	k.cells = append(k.cells, c)
	return nil
}

// Part returns the sink as a part of kind, with a line break after its
// last line, or false when it holds nothing but white space and always is
// false.
func (k *Sink) Part(kind, file, hidden string, always bool) (doc.Part, bool) {
	text := k.b.String()
	if !always && strings.TrimSpace(text) == "" {
		return doc.Part{}, false
	}
	if k.open {
		text += "\n"
	}
	var cells doc.Cells
	if len(k.cells) > 0 {
		cells = k.cells
	}
	return doc.Part{Kind: kind, File: file, Text: text, Hidden: hidden, Cells: cells}, true
}

// Tables numbers the tables of a document and records their cells in the
// sink each cell's text went to.
type Tables struct {
	count int
	open  []table
}

type table struct {
	n, row, col int
	cell        *Sink // where the open cell's text goes, or nil
	start       int   // where in cell it began
	nested      bool  // the open cell holds a table: only the inner cells count
}

// Start opens a table; a table in a cell makes that cell a container whose
// own range is not recorded (cells never overlap).
func (t *Tables) Start() {
	if n := len(t.open); n > 0 {
		t.open[n-1].nested = true
	}
	t.count++
	t.open = append(t.open, table{n: t.count})
}

// End closes the innermost table.
func (t *Tables) End() {
	if n := len(t.open); n > 0 {
		t.open = t.open[:n-1]
	}
}

// Row opens a row of the innermost table.
func (t *Tables) Row() {
	if n := len(t.open); n > 0 {
		t.open[n-1].row++
		t.open[n-1].col = 0
	}
}

// CellStart opens a cell whose text goes to k.
func (t *Tables) CellStart(k *Sink) {
	n := len(t.open)
	if n == 0 {
		return
	}
	c := &t.open[n-1]
	c.col++
	c.nested = false
	c.cell, c.start = k, k.runes
}

// CellEnd records the open cell, without the line break that ends its
// last paragraph; an empty cell is not recorded.
func (t *Tables) CellEnd() error {
	n := len(t.open)
	if n == 0 || t.open[n-1].cell == nil {
		return nil
	}
	c := &t.open[n-1]
	k := c.cell
	c.cell = nil
	end := k.runes
	if end > c.start && !k.open && k.b.Len() > 0 {
		end-- // the line break after its last paragraph
	}
	if c.nested || end <= c.start {
		return nil
	}
	return k.Cell(doc.TableCell(c.n, c.row, c.col, c.start, end))
}

// maxGap is the most tabs written for the empty columns between two cells.
const maxGap = 16

// Grid writes the cells of one sheet: a row a line, a tab between
// columns, each cell recorded with its A1 reference.
type Grid struct {
	Sink
	row, col int
	// The first cell with text in a hidden row, and in a hidden column
	// (its index in cells plus one, and its 1-based line).
	hiddenRow, hiddenCol   int
	hiddenRowL, hiddenColL int
}

// NewGrid returns an empty grid that spends budget.
func NewGrid(budget *Budget) *Grid { return &Grid{Sink: Sink{budget: budget}} }

// Cell writes the text of the cell at row and col (1-based), which must
// come after the cells written before it in the same row; hiddenRow and
// hiddenCol say its row or its column is hidden. An empty cell writes
// nothing.
func (g *Grid) Cell(row, col int, text string, hiddenRow, hiddenCol bool) error {
	if text == "" || row < 1 || col < 1 {
		return nil
	}
	if row != g.row {
		if err := g.EndLine(); err != nil {
			return err
		}
		g.row, g.col = row, 0
	}
	gap := col - g.col
	if g.col == 0 {
		gap = col - 1
	} else if gap < 1 {
		gap = 1 // out of order: still apart
	}
	if gap = min(gap, maxGap); gap > 0 {
		if err := g.Write(strings.Repeat("\t", gap)); err != nil {
			return err
		}
	}
	start, line := g.runes, g.lines+1
	if err := g.Write(text); err != nil {
		return err
	}
	g.col = col
	if err := g.Sink.Cell(doc.Cell{Ref: Ref(row, col), Start: start, End: g.runes}); err != nil {
		return err
	}
	if strings.TrimSpace(text) != "" {
		if hiddenRow && g.hiddenRow == 0 {
			g.hiddenRow, g.hiddenRowL = len(g.cells), line
		}
		if hiddenCol && g.hiddenCol == 0 {
			g.hiddenCol, g.hiddenColL = len(g.cells), line
		}
	}
	return nil
}

// Line writes the text of the cell at row and col on a line of its own,
// as a sheet's comments are listed.
func (g *Grid) Line(row, col int, text string) error {
	if text == "" || row < 1 || col < 1 {
		return nil
	}
	start := g.runes
	if err := g.Write(text); err != nil {
		return err
	}
	if err := g.Sink.Cell(doc.Cell{Ref: Ref(row, col), Start: start, End: g.runes}); err != nil {
		return err
	}
	return g.Write("\n")
}

// The messages of a sheet's hidden-rows and hidden-columns findings: the
// sheet's name and the first hidden cell with text. They carry no value.
const (
	MsgHiddenRows    = "工作表「%s」有隐藏的行，其中有内容（首个在%s），发布后仍可被查看，请删除或取消隐藏后再审查"
	MsgHiddenColumns = "工作表「%s」有隐藏的列，其中有内容（首个在%s），发布后仍可被查看，请删除或取消隐藏后再审查"
)

// HiddenFindings returns the hidden_content.hidden_rows and
// hidden_content.hidden_columns findings of the sheet the grid holds,
// located in the part of kind, file and sheet: one for the first cell
// with text in a hidden row, one for the first in a hidden column.
func (g *Grid) HiddenFindings(kind, file, sheet string) []report.Finding {
	var fs []report.Finding
	for _, h := range []struct {
		i, line    int
		rule, text string
	}{
		{g.hiddenRow, g.hiddenRowL, "hidden_content.hidden_rows", MsgHiddenRows},
		{g.hiddenCol, g.hiddenColL, "hidden_content.hidden_columns", MsgHiddenColumns},
	} {
		if h.i == 0 {
			continue
		}
		c := g.cells[h.i-1]
		fs = append(fs, report.Finding{Category: report.HiddenContent, Severity: report.Review, Rule: h.rule,
			Location: report.Location{Part: kind, File: file, Sheet: sheet, Cell: c.Ref, Line: h.line, Start: c.Start, End: c.End},
			Message:  fmt.Sprintf(h.text, sheet, c.Ref)})
	}
	return fs
}

// Ref is the A1 reference of the cell at row and col (1-based).
func Ref(row, col int) string {
	var b []byte
	for c := col; c > 0; c = (c - 1) / 26 {
		b = append(b, byte('A'+(c-1)%26))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b) + strconv.Itoa(row)
}

// ExcelHeaderFooter turns an Excel header or footer
// (&L左&C&"宋体,常规"&12机密&R&P) into its literal text, with the left,
// centre and right sections separated by a tab: "左\t机密".
func ExcelHeaderFooter(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '&' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch c := s[i]; {
		case c == '&':
			b.WriteByte('&')
		case c == '"': // &"font,style"
			if j := strings.IndexByte(s[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(s)
			}
		case c >= '0' && c <= '9': // &12: font size
			for i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
			}
		case c == 'K': // &KRRGGBB or &K01+000: colour
			i = min(i+6, len(s)-1)
		case c == 'L' || c == 'C' || c == 'R':
			if b.Len() > 0 {
				b.WriteByte('\t')
			}
		}
		// Other codes (&P page, &N pages, &D date, &A sheet, &B bold, …)
		// stand for no text of the file.
	}
	return strings.Trim(b.String(), "\t ")
}

// OneLine trims s and folds its white space, line breaks included, into
// single spaces, so that a property or a name stays on its own line.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Append writes the text of from to k, with its cells moved along.
func (k *Sink) Append(from *Sink) error {
	base := k.runes
	if err := k.Write(from.Text()); err != nil {
		return err
	}
	for _, c := range from.cells {
		c.Start += base
		c.End += base
		k.cells = append(k.cells, c) // counted against the budget already
	}
	return nil
}

// Reset empties k and gives its runes back to the budget.
func (k *Sink) Reset() {
	k.budget.Left += k.runes
	*k = Sink{budget: k.budget}
}

// ErrTimeout is what a reader of this package's kind returns when its
// time is up.
var ErrTimeout = errors.New("flow: time limit reached")

// Fail adds to d the unreadable finding for err, an error that ended the
// reading of a document of kind what (Word 2003 XML …) at loc:
// ErrTooMuchText, ErrTimeout, noRoot (the document's root element is
// missing, told by rootMsg) or any error zipguard.Describe knows.
func Fail(d *doc.Document, err error, loc report.Location, what string, lim doc.Limits, noRoot error, rootMsg string) {
	switch {
	case noRoot != nil && errors.Is(err, noRoot):
		d.Unreadable("unreadable.corrupt", loc, "文件不是有效的"+what+"（"+rootMsg+"），无法读取，请重新导出后提交或人工审查")
	case errors.Is(err, ErrTooMuchText):
		d.Unreadable("unreadable.too_much_text", loc, fmt.Sprintf(
			"文件文字超过上限（%d字），其余内容未检查，请拆分后提交或人工审查", lim.MaxTextRunes))
	case errors.Is(err, ErrTimeout):
		d.Unreadable("unreadable.timeout", loc, fmt.Sprintf(
			"读取文件超时（超过%s），其余内容未检查，请人工审查", lim.PerFileTimeout))
	default:
		rule, msg := zipguard.Describe(err, what, lim)
		d.Unreadable(rule, loc, msg)
	}
}
