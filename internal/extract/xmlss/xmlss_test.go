package xmlss

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/doc"
)

// want is a part that must be read: its kind, hidden reason and sheet, a
// text it holds, and the references of its cells (when given).
type want struct {
	kind, hidden, sheet, text string
	cells                     []string
}

func check(t *testing.T, d *doc.Document, wants []want, rules ...string) {
	t.Helper()
	for _, w := range wants {
		found := false
		for _, p := range d.Parts {
			if p.Kind != w.kind || p.Hidden != w.hidden || p.Sheet != w.sheet || !strings.Contains(p.Text, w.text) {
				continue
			}
			found = true
			var refs []string
			for _, c := range p.Cells {
				refs = append(refs, c.Ref+"="+string([]rune(p.Text)[c.Start:c.End]))
			}
			for _, c := range w.cells {
				if !strings.Contains(" "+strings.Join(refs, " ")+" ", " "+c+" ") {
					t.Errorf("%s part %q: no cell %s in %v", w.kind, w.text, c, refs)
				}
			}
		}
		if !found {
			t.Errorf("no %s part (hidden %q, sheet %q) with %q in\n%s", w.kind, w.hidden, w.sheet, w.text, dump(d))
		}
	}
	var got []string
	for _, f := range d.Findings {
		got = append(got, f.Rule)
	}
	if strings.Join(got, " ") != strings.Join(rules, " ") {
		t.Errorf("findings %v, want %v", got, rules)
	}
}

func dump(d *doc.Document) string {
	var b strings.Builder
	for _, p := range d.Parts {
		b.WriteString(p.Kind + "|" + p.Hidden + "|" + p.Sheet + ": " + strings.ReplaceAll(p.Text, "\n", "⏎") + "\n")
	}
	return b.String()
}

func read(t *testing.T, data []byte) *doc.Document {
	t.Helper()
	d, err := Extract(data, doc.DefaultLimits())
	if err != nil || d == nil {
		t.Fatalf("Extract: %v", err)
	}
	return d
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestLibreOffice: Excel 2003 XML as LibreOffice writes it (roster.xml,
// made by ../odf/testdata/make-fixtures.sh): a value in rich text
// (<ss:Data> with HTML <Font>) is one cell, a hidden row is reported.
func TestLibreOffice(t *testing.T) {
	d := read(t, fixture(t, "roster.xml"))
	check(t, d, []want{
		{kind: "sheet_name", sheet: "名单", text: "名单"},
		{kind: doc.Sheet, sheet: "名单", text: "王某", cells: []string{"A1=姓名", "B2=110101199003074514", "B3=11010519850612123X", "A4=12345"}},
	}, "hidden_content.hidden_rows")
	if f := d.Findings[0]; f.Location.Cell != "A3" {
		t.Errorf("hidden rows finding at %s, want A3", f.Location.Cell)
	}
}

// TestExcel2003: what LibreOffice does not write, in the shape Excel 2003
// writes it (excel2003.xml): a hidden column, hidden and very hidden
// sheets, a rich-text comment, print header and footer, a named range, a
// hyperlink, properties.
func TestExcel2003(t *testing.T) {
	d := read(t, fixture(t, "excel2003.xml"))
	check(t, d, []want{
		{kind: doc.Sheet, sheet: "名单", text: "王某", cells: []string{"B2=110101199003074514", "D2=13812345678", "B4=11010519850612123X"}},
		{kind: doc.CellComment, hidden: "批注", sheet: "名单", text: "原手机13912345678", cells: []string{"C2=李某:\n原手机13912345678"}},
		{kind: doc.HiddenSheet, hidden: "隐藏工作表", sheet: "备用", text: "310104197803152469"},
		{kind: doc.HiddenSheet, hidden: "深度隐藏工作表", sheet: "深藏", text: "深度隐藏的表"},
		{kind: doc.Header, sheet: "名单", text: "内部资料"},
		{kind: doc.Footer, sheet: "名单", text: "某某局"},
		{kind: doc.DefinedName, text: "名单区域: =名单!R1C1:R4C4"},
		{kind: doc.LinkTarget, text: "http://10.1.2.3/mingdan/"},
		{kind: doc.MetadataPart, text: "标题: 人员名单\n作者: 张某\n单位: 某某局\n上次修改者: 李某\n经办人: 孙某某\n"},
	}, "hidden_content.hidden_rows", "hidden_content.hidden_columns")
	if r, c := d.Findings[0].Location, d.Findings[1].Location; r.Cell != "B4" || c.Cell != "D1" || c.Sheet != "名单" {
		t.Errorf("hidden row and column findings at %+v and %+v, want 名单!B4 and 名单!D1", r, c)
	}
}

const head = `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">`

func book(s string) []byte { return []byte(head + s + `</Workbook>`) }

// TestIndexes: ss:Index, ss:Span and ss:MergeAcross move cells and rows
// as Excel places them; huge ones are bounded.
func TestIndexes(t *testing.T) {
	d := read(t, book(`<Worksheet ss:Name="表"><Table><Column ss:Span="1"/><Column ss:Hidden="1"/>`+
		`<Row ss:Span="2"><Cell ss:MergeAcross="1"><Data ss:Type="String">甲</Data></Cell><Cell><Data ss:Type="String">乙</Data></Cell></Row>`+
		`<Row><Cell ss:Index="99999999"><Data ss:Type="String">远</Data></Cell></Row><Row ss:Index="7"><Cell><Data ss:Type="String">丙</Data></Cell></Row></Table></Worksheet>`))
	check(t, d, []want{{kind: doc.Sheet, sheet: "表", text: "甲", cells: []string{"A1=甲", "C1=乙", "XFD4=远", "A7=丙"}}}, "hidden_content.hidden_columns")
}

// TestBroken: damage, nesting, text over the limit and a root that is not
// a workbook are reported with what was read kept; UTF-16 is read.
func TestBroken(t *testing.T) {
	lim := doc.DefaultLimits()
	small := lim
	small.MaxTextRunes = 12
	shallow := lim
	shallow.MaxXMLDepth = 6
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(
		bytes.Replace(book(`<Worksheet ss:Name="表"><Table><Row><Cell><Data ss:Type="String">秘密★1年</Data></Cell></Row></Table></Worksheet>`), []byte(`<?xml version="1.0"?>`), []byte(`<?xml version="1.0" encoding="UTF-16"?>`), 1))
	row := `<Row><Cell><Data ss:Type="String">一二三四五六七八九十</Data></Cell></Row>`
	for _, c := range []struct {
		name string
		data []byte
		lim  doc.Limits
		rule string
		keep string
	}{
		{"truncated", book(`<Worksheet ss:Name="表"><Table>` + row + `<Row><Cell><Data>第二`)[:len(head)+110], lim, "unreadable.corrupt", "一二三四五六七八九十"},
		{"too deep", book(`<Worksheet ss:Name="表"><Table>` + row + `<Row><Cell><ss:Data><Font>深</Font></ss:Data></Cell></Row></Table></Worksheet>`), shallow, "unreadable.too_deep", "一二三四五六七八九十"},
		{"too much text", book(`<Worksheet ss:Name="表"><Table>` + row + row + `</Table></Worksheet>`), small, "unreadable.too_much_text", "一二三四五六七八九十"},
		{"not a workbook", []byte(`<?xml version="1.0"?><Workbook2 xmlns="x"/>`), lim, "unreadable.corrupt", ""},
		{"utf-16", utf16, lim, "", "秘密★1年"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, _ := Extract(c.data, c.lim)
			var rules []string
			for _, f := range d.Findings {
				rules = append(rules, f.Rule)
			}
			if strings.Join(rules, " ") != c.rule {
				t.Errorf("findings %v, want %q", rules, c.rule)
			}
			if c.keep != "" && !strings.Contains(dump(d), c.keep) {
				t.Errorf("%q not kept:\n%s", c.keep, dump(d))
			}
		})
	}
}

// FuzzExtract: no bytes make Extract panic, and the parts' text lies
// within the text limit.
func FuzzExtract(f *testing.F) {
	f.Add(book(`<Worksheet ss:Name="表"><Table><Column ss:Index="2" ss:Hidden="1"/><Row ss:Hidden="1"><Cell ss:Index="2"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">1<Font>2</Font></ss:Data><Comment><ss:Data>批</ss:Data></Comment></Cell></Row></Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible><PageSetup><Header x:Data="&amp;L眉" xmlns:x="urn:schemas-microsoft-com:office:excel"/></PageSetup></WorksheetOptions></Worksheet>`))
	f.Add(book(`<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>甲</Author></DocumentProperties><Names><NamedRange ss:Name="n" ss:RefersTo="=A1"/></Names>`))
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 1000
	lim.MaxXMLDepth = 64
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Extract(data, lim)
		if err != nil || d == nil {
			t.Fatalf("Extract: %v", err)
		}
		n := 0
		for _, p := range d.Parts {
			n += len([]rune(p.Text))
		}
		if n > lim.MaxTextRunes+len(d.Parts) {
			t.Fatalf("%d runes over a limit of %d", n, lim.MaxTextRunes)
		}
	})
}

// TestLeftover: a data validation's messages and a formula's strings,
// which the reader does not read, are left over as source text.
func TestLeftover(t *testing.T) {
	d, _ := Extract(book(`<Worksheet ss:Name="表"><Table><Row><Cell ss:Formula="=&quot;秘密★1年&quot;"><Data ss:Type="String">名单</Data></Cell></Row></Table>`+
		`<DataValidation xmlns="urn:schemas-microsoft-com:office:excel"><Range>R1C1</Range><InputMessage>例如 110101199003074514</InputMessage></DataValidation></Worksheet>`), doc.DefaultLimits())
	check(t, d, []want{{kind: doc.SourceText, text: "=\"秘密★1年\""}, {kind: doc.SourceText, text: "例如 110101199003074514"}})
}
