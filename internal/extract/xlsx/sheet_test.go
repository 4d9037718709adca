package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
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
		if f.Rule == "hidden_content.hidden_rows" || f.Rule == "hidden_content.hidden_columns" {
			hidden = append(hidden, strings.TrimPrefix(f.Rule, "hidden_content.")+":"+f.Location.Part+":"+f.Location.Sheet+":"+f.Location.Cell)
			if f.Category != report.HiddenContent || f.Severity != report.Review {
				t.Errorf("finding = %+v", f)
			}
		}
	}
	if got, want := strings.Join(hidden, " "), "hidden_columns:sheet:Sheet1:C1 hidden_rows:hidden_sheet:深藏:B2"; got != want {
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
		// A mobile stored as a number and shown in scientific form, and
		// a count of ten digits that needs nothing beside it.
		sci := "0.00E+00"
		ss, err := f.NewStyle(&excelize.Style{CustomNumFmt: &sci})
		must(err)
		must(f.SetCellValue("Sheet1", "C1", 13512346789))
		must(f.SetCellValue("Sheet1", "D1", 1351234678))
		must(f.SetCellStyle("Sheet1", "C1", "D1", ss))
		// An amount in groups shows every digit: nothing is added.
		grouped := "#,##0.00"
		gs, err := f.NewStyle(&excelize.Style{CustomNumFmt: &grouped})
		must(err)
		must(f.SetCellValue("Sheet1", "E1", 13512344300))
		must(f.SetCellStyle("Sheet1", "E1", "E1", gs))
	}))
	if got := strings.Join(cellText(d.Parts[0]), " "); got != "A1=13957180246 B1=01-01-24 C1=1.35E+10 13512346789 D1=1.35E+09 E1=13,512,344,300.00" {
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
		if p.Kind == doc.TextBox || p.Kind == doc.Chart {
			got = append(got, p.Kind+" "+p.File+": "+p.Text)
		}
	}
	want := []string{"textbox xl/drawings/drawing1.xml: 内部\n资料\n", "chart xl/charts/chart1.xml: 仅供内部参考\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("drawings = %q\nwant %q", got, want)
	}
}

// TestBesideTheCells checks what a workbook shows or opens outside its
// cells: printed headers, hyperlinks, data validation lists, defined names,
// threaded comments with their authors, and form controls' text.
func TestBesideTheCells(t *testing.T) {
	data := book(t, func(f *excelize.File) {
		must(f.SetCellValue("Sheet1", "A1", "名单"))
		must(f.SetHeaderFooter("Sheet1", &excelize.HeaderFooterOptions{OddHeader: "&C秘密★1年", OddFooter: "&L&P"}))
		must(f.SetCellValue("Sheet1", "A2", "办公系统"))
		must(f.SetCellHyperLink("Sheet1", "A2", "http://10.12.1.8/oa/", "External", excelize.HyperlinkOpts{Tooltip: strPtr("内网入口")}))
		must(f.SetCellHyperLink("Sheet1", "A3", "Sheet1!A1", "Location"))
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "B1:B9"
		must(dv.SetDropList([]string{"张某某", "13957180246"}))
		dv.SetInput("提示", "请选择承办人")
		f.AddDataValidation("Sheet1", dv)
		must(f.SetDefinedName(&excelize.DefinedName{Name: "负责人", RefersTo: `"李某某 110101199003074514"`}))
		must(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: "Sheet1!$A$1:$B$2", Scope: "Sheet1"}))
		must(f.AddFormControl("Sheet1", excelize.FormControl{Cell: "D4", Type: excelize.FormControlButton, Text: "内部测试按钮"}))
		must(f.AddComment("Sheet1", excelize.Comment{Cell: "C1", Author: "甲", Paragraph: []excelize.RichTextRun{{Text: "旧式批注"}}}))
	})
	data = withThreadedComment(t, data)
	d := extractOK(t, data)
	got := map[string]string{}
	for _, p := range d.Parts {
		got[p.Kind+" "+p.File+" "+p.Sheet] += p.Text
	}
	for k, want := range map[string]string{
		"header xl/worksheets/sheet1.xml Sheet1":                       "秘密★1年\n",
		"link_target xl/worksheets/sheet1.xml Sheet1":                  "内网入口\nSheet1!A1\n",
		"link_target xl/worksheets/_rels/sheet1.xml.rels ":             "http://10.12.1.8/oa/\n",
		"data_validation xl/worksheets/sheet1.xml Sheet1":              "提示\n请选择承办人\n张某某\n13957180246\n",
		"defined_name xl/workbook.xml ":                                "负责人: \"李某某 110101199003074514\"\n",
		"cell_comment xl/threadedComments/threadedComment1.xml Sheet1": "王某某: 此人身份证号330102197908254067\n",
		"textbox xl/drawings/vmlDrawing1.vml Sheet1":                   "内部测试按钮\n",
	} {
		if got[k] != want {
			t.Errorf("%s = %q\nwant %q", k, got[k], want)
		}
	}
	if t.Failed() {
		for k, v := range got {
			t.Logf("%s: %q", k, v)
		}
	}
}

func strPtr(s string) *string { return &s }

// withThreadedComment adds a threaded comment on Sheet1!C1 by 王某某, as
// Excel 365 writes one, to the workbook in data.
func withThreadedComment(t testing.TB, data []byte) []byte {
	return addThreadedComment(t, data, true)
}

// addThreadedComment adds the threaded comment, related to Sheet1 when
// link is set.
func addThreadedComment(t testing.TB, data []byte, link bool) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		body := string(b)
		if link && f.Name == "xl/worksheets/_rels/sheet1.xml.rels" {
			body = strings.Replace(body, "</Relationships>", `<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`, 1)
		}
		add(f.Name, body)
	}
	add("xl/threadedComments/threadedComment1.xml", `<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C1" dT="2024-05-01T08:00:00.00" personId="{A1}" id="{B1}"><text>此人身份证号330102197908254067</text></threadedComment></ThreadedComments>`)
	add("xl/persons/person.xml", `<?xml version="1.0" encoding="UTF-8"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="王某某" id="{A1}" userId="wang" providerId="None"/></personList>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestOrphanThreadedComment checks that a threaded comment that no sheet
// points at is read all the same.
func TestOrphanThreadedComment(t *testing.T) {
	d := extractOK(t, addThreadedComment(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "表")) }), false))
	for _, p := range d.Parts {
		if p.Kind == doc.CellComment && p.File == "xl/threadedComments/threadedComment1.xml" && p.Hidden != "" {
			if want := "王某某: 此人身份证号330102197908254067\n"; p.Text != want {
				t.Errorf("comment = %q, want %q", p.Text, want)
			}
			return
		}
	}
	t.Errorf("orphan threaded comment not read: %+v", d.Parts)
}

// TestSmartArt checks that a workbook's SmartArt is read: its data model,
// and the lines its drawing cache shows besides (the cache is what
// LibreOffice and WPS draw).
func TestSmartArt(t *testing.T) {
	model := `<?xml version="1.0"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>` +
		`<dgm:pt><dgm:t><a:p><a:r><a:t>申请</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt><dgm:t><a:p><a:r><a:t>审核</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`
	data := withMembers(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "流程")) }),
		ziptest.Entry{Name: "xl/diagrams/data1.xml", Body: model},
		ziptest.Entry{Name: "xl/diagrams/drawing1.xml", Body: strings.Replace(model, "审核", "内部资料", 1)})
	d := extractOK(t, data)
	var got []string
	for _, p := range d.Parts {
		if p.Kind == doc.TextBox {
			got = append(got, p.File+": "+p.Text)
		}
	}
	want := []string{"xl/diagrams/data1.xml: 申请\n审核\n", "xl/diagrams/drawing1.xml: 内部资料\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("SmartArt = %q\nwant %q", got, want)
	}
}
