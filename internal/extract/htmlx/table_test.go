package htmlx

import (
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestTableCells checks the body's table cells: their text, a colspan
// moving the next cell along, a rowspan taking a place in the row below,
// a nested table giving way to its inner cells, and a hidden table
// reporting none.
func TestTableCells(t *testing.T) {
	page := `<p>公示</p><table><tr><th>姓名</th><th colspan="2">公民身份号码</th></tr>
<tr><td rowspan="2">张某某</td><td><div>110101</div><div>199003074514</div></td><td>x</td></tr>
<tr><td>1</td><td><table><tr><td>内</td></tr></table></td></tr></table>
<table style="display:none"><tr><td>隐</td></tr></table>`
	d, err := Extract([]byte(page), doc.DefaultLimits())
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
		"表1 R2C3=x", "表1 R3C2=1", "表2 R1C1=内"}
	if len(got) != len(want) {
		t.Fatalf("cells %q\nwant  %q\ntext %q", got, want, body.Text)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d = %q, want %q", i, got[i], want[i])
		}
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
