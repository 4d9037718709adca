package docx

import (
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestTableCells checks that table cells carry their rune ranges, table,
// row and column, that a spanned cell moves the next one along, and that
// a cell holding a table gives way to the inner cells.
func TestTableCells(t *testing.T) {
	tc := func(body string) string { return "<w:tc>" + body + "</w:tc>" }
	span := `<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>`
	data := docxOf(p(r("名单")) +
		`<w:tbl><w:tr>` + tc(p(r("姓名"))) + tc(p(r("公民身份号码"))) + `</w:tr>` +
		`<w:tr>` + tc(p(r("张某某"))) + tc(p(r("110101"), "<w:r><w:br/></w:r>", r("199003074514"))) + `</w:tr>` +
		`<w:tr><w:tc>` + span + p(r("合计")) + `</w:tc>` + tc(p(r("1"))) + `</w:tr>` +
		`<w:tr>` + tc(`<w:tbl><w:tr>`+tc(p(r("内")))+`</w:tr></w:tbl>`+p()) + `</w:tr></w:tbl>`)
	d, err := Extract(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	body := d.Parts[0]
	rs := []rune(body.Text)
	var got []string
	for _, c := range body.Cells {
		got = append(got, c.Ref+"="+string(rs[c.Start:c.End]))
	}
	want := []string{"表1 R1C1=姓名", "表1 R1C2=公民身份号码", "表1 R2C1=张某某", "表1 R2C2=110101\n199003074514",
		"表1 R3C1=合计", "表1 R3C3=1", "表2 R1C1=内"}
	if len(got) != len(want) {
		t.Fatalf("cells %q\nwant  %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d = %q, want %q", i, got[i], want[i])
		}
	}
	if c := body.Cells[3]; c.Table != 1 || c.Row != 2 || c.Col != 2 {
		t.Errorf("cell 4 at %+v", c)
	}
}

// checkCells fails t unless p's cells are in order, do not overlap, lie in
// its text and have a table, row and column.
func checkCells(t *testing.T, p doc.Part) {
	t.Helper()
	n, last := utf8.RuneCountInString(p.Text), 0
	for _, c := range p.Cells {
		if c.Start < last || c.End < c.Start || c.End > n || c.Table < 1 || c.Row < 1 || c.Col < 1 {
			t.Fatalf("bad cell %+v after %d in %d runes", c, last, n)
		}
		last = c.End
	}
}
