package flow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

func TestRef(t *testing.T) {
	for _, c := range []struct {
		row, col int
		want     string
	}{{1, 1, "A1"}, {7, 26, "Z7"}, {2, 27, "AA2"}, {3, 52, "AZ3"}, {4, 16384, "XFD4"}} {
		if got := Ref(c.row, c.col); got != c.want {
			t.Errorf("Ref(%d, %d) = %s, want %s", c.row, c.col, got, c.want)
		}
	}
}

// TestExcelHeaderFooter: the codes of an Excel header or footer stand for
// no text; its sections are apart.
func TestExcelHeaderFooter(t *testing.T) {
	for in, want := range map[string]string{
		`&L左&C&"宋体,常规"&12机密&R&P`:        "左\t机密",
		`&C第&P页，共&N页`:                   "第页，共页",
		`A&&B&K00FF00绿`:                 "A&B绿",
		`&L&"Arial`:                     "",
		"":                              "",
		"&C&\"DejaVu Serif,Book\"&12&A": "",
		"&L机&R密":                        "机\t密",
		"&KFF0000机密&K000000":            "机密",
		"a&&b&":                         "a&b&",
	} {
		if got := ExcelHeaderFooter(in); got != want {
			t.Errorf("ExcelHeaderFooter(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGrid: a row a line, tabs for the empty columns between (at most
// maxGap), each cell recorded, the first hidden cell with text found.
func TestGrid(t *testing.T) {
	g := NewGrid(NewBudget(doc.DefaultLimits()))
	for _, c := range []struct {
		row, col             int
		text                 string
		hiddenRow, hiddenCol bool
	}{{1, 1, "姓名", false, false}, {1, 3, "号码", false, true}, {2, 2, "", true, false}, {3, 100, "远", false, false}, {4, 1, "藏", true, false}} {
		if err := g.Cell(c.row, c.col, c.text, c.hiddenRow, c.hiddenCol); err != nil {
			t.Fatal(err)
		}
	}
	p, _ := g.Part(doc.Sheet, "", "", true)
	if want := "姓名\t\t号码\n" + strings.Repeat("\t", maxGap) + "远\n藏\n"; p.Text != want {
		t.Errorf("text %q, want %q", p.Text, want)
	}
	var refs []string
	for _, c := range p.Cells {
		refs = append(refs, c.Ref+"="+string([]rune(p.Text)[c.Start:c.End]))
	}
	if got := strings.Join(refs, " "); got != "A1=姓名 C1=号码 CV3=远 A4=藏" {
		t.Errorf("cells %s", got)
	}
	var got []string
	for _, f := range g.HiddenFindings(doc.Sheet, "", "表") {
		got = append(got, fmt.Sprintf("%s %s line %d", f.Rule, f.Location.Cell, f.Location.Line))
		if !strings.Contains(f.Message, f.Location.Cell) {
			t.Errorf("message %q", f.Message)
		}
	}
	if s := strings.Join(got, "; "); s != "hidden_content.hidden_rows A4 line 3; hidden_content.hidden_columns C1 line 1" {
		t.Errorf("hidden findings: %s", s)
	}
}

// TestBudget: writes past the runes or the cells allowed fail, and a
// reset sink gives its runes back.
func TestBudget(t *testing.T) {
	b := &Budget{Left: 5, max: 1}
	k := NewSink(b)
	if err := k.Write("一二三"); err != nil {
		t.Fatal(err)
	}
	if err := k.Write("四五六"); err != ErrTooMuchText {
		t.Errorf("write over the limit: %v", err)
	}
	if err := k.Cell(doc.Cell{}); err != nil {
		t.Fatal(err)
	}
	if err := k.Cell(doc.Cell{}); err != ErrTooMuchText {
		t.Errorf("cell over the limit: %v", err)
	}
	k.Reset()
	if b.Left != 5 || k.Text() != "" {
		t.Errorf("after reset: %d left, %q", b.Left, k.Text())
	}
}

// TestTables: cells recorded without their closing line break; an outer
// cell holding a table is not recorded, its inner cells are.
func TestTables(t *testing.T) {
	k := NewSink(NewBudget(doc.DefaultLimits()))
	var ts Tables
	ts.Start()
	ts.Row()
	ts.CellStart(k)
	_ = k.Write("甲\n")
	_ = ts.CellEnd()
	ts.CellStart(k)
	ts.Start()
	ts.Row()
	ts.CellStart(k)
	_ = k.Write("乙\n")
	_ = ts.CellEnd()
	ts.End()
	_ = ts.CellEnd()
	ts.End()
	var refs []string
	for _, c := range k.cells {
		refs = append(refs, c.Ref+"="+string([]rune(k.Text())[c.Start:c.End]))
	}
	if got := strings.Join(refs, " "); got != "表1 R1C1=甲 表2 R1C1=乙" {
		t.Errorf("cells %s", got)
	}
}
