package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// book builds a workbook with excelize: build gets the file with one
// sheet, Sheet1.
func book(t testing.TB, build func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	build(f)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func extractOK(t *testing.T, data []byte) *doc.Document {
	t.Helper()
	d, err := Extract(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			t.Errorf("unexpected %s: %s", f.Rule, f.Message)
		}
	}
	return d
}

// cellText returns what the cells of part p map to, "A1=text".
func cellText(p doc.Part) []string {
	rs := []rune(p.Text)
	var out []string
	for _, c := range p.Cells {
		out = append(out, c.Ref+"="+string(rs[c.Start:c.End]))
	}
	return out
}

func TestCellsNotGlued(t *testing.T) {
	d := extractOK(t, book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", 123))
		must(f.SetCellValue("Sheet1", "B1", 456))
		must(f.SetCellValue("Sheet1", "D1", "丁"))
		must(f.SetCellValue("Sheet1", "B3", "第三行"))
	}))
	p := d.Parts[0]
	if p.Kind != doc.Sheet || p.Sheet != "Sheet1" || p.File != "xl/worksheets/sheet1.xml" {
		t.Errorf("part = %+v", p)
	}
	if want := "123\t456\t\t丁\n\t第三行\n"; p.Text != want {
		t.Errorf("text = %q, want %q", p.Text, want)
	}
	if got, want := strings.Join(cellText(p), " "), "A1=123 B1=456 D1=丁 B3=第三行"; got != want {
		t.Errorf("cells = %s, want %s", got, want)
	}
}

func TestHiddenSheetsRowsColumns(t *testing.T) {
	d := extractOK(t, book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", "可见"))
		must(f.SetCellValue("Sheet1", "C1", "隐藏列的内容"))
		must(f.SetColVisible("Sheet1", "C", false))
		f.NewSheet("隐藏")
		must(f.SetCellValue("隐藏", "A1", "手机15867123456"))
		must(f.SetRowVisible("隐藏", 3, false)) // an empty hidden row: nothing to report
		must(f.SetSheetVisible("隐藏", false))
		f.NewSheet("深藏")
		must(f.SetCellValue("深藏", "A1", "1"))
		must(f.SetCellValue("深藏", "B2", "隐藏行的内容"))
		must(f.SetRowVisible("深藏", 2, false))
		must(f.SetSheetVisible("深藏", false, true))
		f.NewSheet("空表")
	}))
	var kinds []string
	for _, p := range d.Parts {
		if p.Kind != doc.MetadataPart && p.Kind != KindSheetName { // excelize writes its own properties; names: TestSheetNames
			kinds = append(kinds, p.Kind+":"+p.Sheet+":"+p.Hidden)
		}
	}
	if got, want := strings.Join(kinds, " "), "sheet:Sheet1: hidden_sheet:隐藏:隐藏工作表 hidden_sheet:深藏:深度隐藏工作表 sheet:空表:"; got != want {
		t.Errorf("parts = %s\nwant    %s", got, want)
	}
	var hidden []string
	for _, f := range d.Findings {
		if f.Rule == "hidden_content.hidden_rows" {
			hidden = append(hidden, f.Location.Part+":"+f.Location.Sheet+":"+f.Location.Cell)
			if f.Category != report.HiddenContent || f.Severity != report.Review {
				t.Errorf("finding = %+v", f)
			}
		}
	}
	if got, want := strings.Join(hidden, " "), "sheet:Sheet1:C1 hidden_sheet:深藏:B2"; got != want {
		t.Errorf("hidden rows/columns = %s, want %s", got, want)
	}
	// The hidden cells are still scanned.
	if !strings.Contains(d.Parts[0].Text, "隐藏列的内容") || !strings.Contains(d.Parts[2].Text, "隐藏行的内容") {
		t.Errorf("hidden cells missing from the text: %+v", d.Parts)
	}
}

func TestIDStoredAsNumber(t *testing.T) {
	d := extractOK(t, book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", 4.40305199512032e17))       // as Excel keeps it: 15 digits
		must(f.SetCellValue("Sheet1", "A2", int64(330106199001011234))) // all 18 digits in the XML
		must(f.SetCellValue("Sheet1", "A3", "330106199001011234"))      // text: the scanner's business
		must(f.SetCellValue("Sheet1", "A4", 9.99999999999999e17))       // region 9
		must(f.SetCellValue("Sheet1", "A5", 3.30106199013511e17))       // month 13
		must(f.SetCellValue("Sheet1", "A6", 3.3e17))                    // 2 significant digits
		must(f.SetCellValue("Sheet1", "A7", 6.22202123456789e18))       // 19 digits: not an ID
		must(f.SetCellValue("Sheet1", "A8", 3.30106199002301e17))       // 30 February
	}))
	var refs []string
	for _, f := range d.Findings {
		if f.Rule != "id_card.stored_as_number" {
			continue
		}
		refs = append(refs, f.Location.Cell)
		if f.Category != report.IDCard || f.Severity != report.Block || f.Message != msgStoredAsNumber {
			t.Errorf("finding = %+v", f)
		}
		if strings.ContainsAny(f.Message, "0123456789") {
			t.Errorf("message carries digits: %s", f.Message)
		}
	}
	if got := strings.Join(refs, " "); got != "A1 A2" {
		t.Errorf("stored_as_number at %s, want A1 A2", got)
	}
	cells := cellText(d.Parts[0])
	if cells[0] != "A1=440305199512032000" || cells[1] != "A2=3.30106199001011E+17 330106199001011234" {
		t.Errorf("cells = %q", cells[:2])
	}
}

func TestFormatsThatHide(t *testing.T) {
	d := extractOK(t, book(t, func(f *excelize.File) {
		hide := ";;;"
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &hide})
		must(err)
		must(f.SetCellValue("Sheet1", "A1", 13957180246))
		must(f.SetCellStyle("Sheet1", "A1", "A1", style))
		must(f.SetCellValue("Sheet1", "B1", 45292))
		date := 14 // m/d/yy
		ds, err := f.NewStyle(&excelize.Style{NumFmt: date})
		must(err)
		must(f.SetCellStyle("Sheet1", "B1", "B1", ds))
	}))
	if got := strings.Join(cellText(d.Parts[0]), " "); got != "A1=13957180246 B1=01-01-24" {
		t.Errorf("cells = %s", got)
	}
}

func TestCommentsHeadersProperties(t *testing.T) {
	d := extractOK(t, book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", "名单"))
		must(f.AddComment("Sheet1", excelize.Comment{Cell: "B2", Author: "审核人",
			Paragraph: []excelize.RichTextRun{{Text: "仅供"}, {Text: "内部参考"}}}))
		must(f.SetHeaderFooter("Sheet1", &excelize.HeaderFooterOptions{
			OddHeader: `&L左&C&"宋体,常规"&12机密&R&P`, OddFooter: `&C第&P页 共&N页 &&`}))
		must(f.SetDocProps(&excelize.DocProperties{Creator: "钱某某", Title: "名单"}))
	}))
	got := map[string]string{}
	for _, p := range d.Parts {
		got[p.Kind] = p.Text
		if p.Kind == doc.CellComment && (p.Hidden != HiddenComment || strings.Join(cellText(p), "") != "B2=仅供内部参考") {
			t.Errorf("comment part = %+v", p)
		}
	}
	for kind, want := range map[string]string{
		doc.CellComment:  "仅供内部参考\n",
		doc.Header:       "左\t机密\n",
		doc.Footer:       "第页 共页 &\n",
		doc.MetadataPart: "标题: 名单\n作者: 钱某某\n",
	} {
		if got[kind] != want {
			t.Errorf("%s = %q, want %q", kind, got[kind], want)
		}
	}
}

func TestHeaderFooterText(t *testing.T) {
	for in, want := range map[string]string{
		"":                              "",
		"&C&\"DejaVu Serif,Book\"&12&A": "",
		"&L机&R密":                        "机\t密",
		"&KFF0000机密&K000000":            "机密",
		"a&&b&":                         "a&b&",
		"&\"unterminated":               "",
	} {
		if got := headerFooterText(in); got != want {
			t.Errorf("headerFooterText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDrawings(t *testing.T) {
	d := extractOK(t, book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", "名单"))
		must(f.AddShape("Sheet1", &excelize.Shape{Cell: "C3", Type: "rect",
			Paragraph: []excelize.RichTextRun{{Text: "内部"}, {Text: "资料"}}})) // excelize: a paragraph per run
		must(f.SetSheetRow("Sheet1", "A2", &[]any{"甲", 1}))
		must(f.SetSheetRow("Sheet1", "A3", &[]any{"乙", 2}))
		must(f.AddChart("Sheet1", "E5", &excelize.Chart{Type: excelize.Col,
			Series: []excelize.ChartSeries{{Name: "Sheet1!$A$1", Categories: "Sheet1!$A$2:$A$3", Values: "Sheet1!$B$2:$B$3"}},
			Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "仅供内部参考"}}}}))
	}))
	var got []string
	for _, p := range d.Parts {
		if p.Kind == doc.TextBox {
			got = append(got, p.File+": "+p.Text)
		}
	}
	want := []string{"xl/drawings/drawing1.xml: 内部\n资料\n", "xl/charts/chart1.xml: 仅供内部参考\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("drawings = %q\nwant %q", got, want)
	}
}
