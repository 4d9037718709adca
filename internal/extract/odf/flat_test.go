package odf

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/doc"
)

// want is a part that must be read: its kind, hidden reason and sheet,
// a text it holds, and the references of its cells (when given).
type want struct {
	kind, hidden, sheet, text string
	cells                     []string
}

// check fails t unless d has each wanted part and no finding but those of
// rules.
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

func flat(t *testing.T, data []byte) *doc.Document {
	t.Helper()
	d, err := Flat(data, doc.DefaultLimits())
	if err != nil || d == nil {
		t.Fatalf("Flat: %v", err)
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

// TestFlatText: a flat text as LibreOffice writes it (testdata/review.fodt,
// made by make-fixtures.sh) and as the source it was made from, which
// also has what LibreOffice drops on the way (a tracked deletion): every
// place is read, a value split by a bold span is one value, what is
// hidden is a hidden part.
func TestFlatText(t *testing.T) {
	common := []want{
		{kind: doc.Body, text: "身份证号110101199003074514。"},
		{kind: doc.Body, text: "王某", cells: []string{"表1 R1C1=姓名", "表1 R2C2=社区工作者"}},
		{kind: doc.Header, text: "秘密★6个月"},
		{kind: doc.Footer, text: "办公室印发"},
		{kind: doc.Footnote, text: "备案人身份证号11010519850612123X"},
		{kind: doc.Comment, hidden: "批注", text: "复核人电话13912345678"},
		{kind: doc.TextBox, text: "内部资料 注意保存"},
		{kind: doc.HiddenText, hidden: HiddenSection, text: "备用人员身份证号310104197803152469"},
		{kind: doc.HiddenText, hidden: "隐藏文字", text: "手机13812345678"},
		{kind: doc.LinkTarget, text: "http://10.1.2.3/gongshi/"},
		{kind: doc.MetadataPart, text: "作者: 办公室"},
		{kind: doc.MetadataPart, text: "经办人: 孙某某"},
	}
	check(t, flat(t, fixture(t, "review.fodt")), common)
	d := flat(t, fixture(t, "src/review.fodt"))
	check(t, d, append(common, want{kind: doc.TrackedDeletion, hidden: "修订删除的内容", text: "原登记号码440305199208183573"}))
	for _, p := range d.Parts {
		if p.Kind == doc.Body && (strings.Contains(p.Text, "手机") || strings.Contains(p.Text, "备用") || strings.Contains(p.Text, "原登记") || strings.Contains(p.Text, "审核人")) {
			t.Errorf("hidden text, a deletion or an author in the body: %q", p.Text)
		}
	}
}

// TestFlatSheet: a flat spreadsheet: cells with their references, a value
// in rich text joined, a hidden column and row reported, a hidden sheet,
// a cell's comment, the print header.
func TestFlatSheet(t *testing.T) {
	common := []want{
		{kind: "sheet_name", sheet: "名单", text: "名单"},
		{kind: doc.Sheet, sheet: "名单", text: "王某", cells: []string{"A1=姓名", "B2=110101199003074514", "D2=13812345678", "B3=11010519850612123X", "A4=12345"}},
		{kind: doc.HiddenSheet, hidden: "隐藏工作表", sheet: "备用", text: "310104197803152469", cells: []string{"B1=310104197803152469"}},
		{kind: doc.Header, text: "内部资料"},
		{kind: doc.MetadataPart, text: "作者: 社保科"},
	}
	check(t, flat(t, fixture(t, "roster.fods")), common, "hidden_content.hidden_rows", "hidden_content.hidden_columns")
	d := flat(t, fixture(t, "src/roster.fods"))
	check(t, d, append(common, want{kind: doc.CellComment, hidden: "批注", sheet: "名单", text: "原手机13912345678", cells: []string{"C2=原手机13912345678"}}),
		"hidden_content.hidden_rows", "hidden_content.hidden_columns")
	if r, c := d.Findings[0].Location, d.Findings[1].Location; r.Cell != "A3" || c.Cell != "D1" || c.Sheet != "名单" {
		t.Errorf("hidden row and column findings at %+v and %+v, want 名单!A3 and 名单!D1", r, c)
	}
}

// TestFlatSlides: a flat presentation: each slide a body part with its
// number, a hidden slide and the notes hidden parts.
func TestFlatSlides(t *testing.T) {
	d := flat(t, fixture(t, "deck.fodp"))
	check(t, d, []want{
		{kind: doc.Body, text: "机密★1年"},
		{kind: "notes", hidden: "演讲者备注", text: "讲解人手机13812345678"},
		{kind: "hidden_slide", hidden: "隐藏的幻灯片", text: "备用人员身份证号310104197803152469"},
		{kind: doc.Body, text: "谢谢"},
	})
	for _, p := range d.Parts {
		if p.Kind == "hidden_slide" && p.Page != 2 || strings.Contains(p.Text, "<number>") {
			t.Errorf("part %s page %d: %q", p.Kind, p.Page, p.Text)
		}
	}
}

const head = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:mimetype="application/vnd.oasis.opendocument.text">`

func text(body string) []byte {
	return []byte(head + `<office:body><office:text>` + body + `</office:text></office:body></office:document>`)
}

// TestFlatRules: what a reader sees of the markup: character references
// decoded, white space folded, a note's number and a picture's bytes not
// in the text, a paragraph style that hides, a repeated row written a
// bounded number of times.
func TestFlatRules(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want []want
	}{
		{"character references", text(`<text:p>&#x673A;&#x5BC6;&#x2605;1&#x5E74;</text:p>`), []want{{kind: doc.Body, text: "机密★1年\n"}}},
		{"white space", text("<text:p>\n   身份证号\n   110101199003074514 <text:s text:c=\"3\"/>止\n</text:p>"),
			[]want{{kind: doc.Body, text: "身份证号 110101199003074514    止\n"}}},
		{"note number and picture bytes", text(`<text:p>正文<text:note text:note-class="endnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>尾注</text:p></text:note-body></text:note>续<text:span><office:binary-data>iVBORw0KGgo=</office:binary-data></text:span></text:p>`),
			[]want{{kind: doc.Body, text: "正文续\n"}, {kind: doc.Endnote, text: "尾注"}}},
		{"paragraph style", []byte(head + `<office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:text-properties text:display="none"/></style:style></office:automatic-styles><office:body><office:text><text:p text:style-name="P1">隐藏段落</text:p><text:p>可见</text:p></office:text></office:body></office:document>`),
			[]want{{kind: doc.HiddenText, hidden: "隐藏文字", text: "隐藏段落"}, {kind: doc.Body, text: "可见"}}},
	} {
		t.Run(c.name, func(t *testing.T) { check(t, flat(t, c.data), c.want) })
	}
	rows := []byte(strings.Replace(head, "opendocument.text", "opendocument.spreadsheet", 1) +
		`<office:body><office:spreadsheet><table:table table:name="表"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"><text:p>同</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>`)
	start := time.Now()
	d := flat(t, rows)
	if n := len(d.Parts[1].Cells); n != maxRepeat*maxRepeat || time.Since(start) > 5*time.Second {
		t.Errorf("%d cells in %v, want %d", n, time.Since(start), maxRepeat*maxRepeat)
	}
}

// TestFlatBroken: damage, nesting, text over the limit, a root that is
// not a flat document, and UTF-16 are reported or read, never passed.
func TestFlatBroken(t *testing.T) {
	lim := doc.DefaultLimits()
	small := lim
	small.MaxTextRunes = 20
	shallow := lim
	shallow.MaxXMLDepth = 5
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(
		bytes.Replace(text(`<text:p>秘密★1年</text:p>`), []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1))
	for _, c := range []struct {
		name string
		data []byte
		lim  doc.Limits
		rule string
		keep string // text read before the damage
	}{
		{"truncated", text(`<text:p>第一段</text:p><text:p>第二`)[:len(head)+60], lim, "unreadable.corrupt", "第一段"},
		{"too deep", text(`<text:p>表层</text:p><text:section><text:section><text:p>深</text:p></text:section></text:section>`), shallow, "unreadable.too_deep", "表层"},
		{"too much text", text(`<text:p>一二三四五六七八九十</text:p><text:p>一二三四五六七八九十一二</text:p>`), small, "unreadable.too_much_text", "一二三四五六七八九十"},
		{"not a flat document", []byte(`<?xml version="1.0"?><html><body><p>x</p></body></html>`), lim, "unreadable.corrupt", ""},
		{"utf-16", utf16, lim, "", "秘密★1年"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, _ := Flat(c.data, c.lim)
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

// FuzzFlat: no bytes make Flat panic, and the parts' text lies within the
// text limit.
func FuzzFlat(f *testing.F) {
	f.Add(text(`<text:p>机密<text:span text:style-name="T1">★1年</text:span><text:note><text:note-body><text:p>注</text:p></text:note-body></text:note></text:p><text:section text:display="none"><text:p>隐</text:p></text:section><table:table><table:table-row><table:table-cell><text:p>格</text:p></table:table-cell></table:table-row></table:table>`))
	f.Add([]byte(strings.Replace(head, "opendocument.text", "opendocument.spreadsheet", 1) +
		`<office:body><office:spreadsheet><table:table table:name="表"><table:table-column table:visibility="collapse"/><table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2" office:value="5"><office:annotation><text:p>批</text:p></office:annotation></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>`))
	f.Add([]byte(head + `<office:body><office:presentation><draw:page xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" draw:style-name="dp2"><draw:frame><draw:text-box><text:p>页</text:p></draw:text-box></draw:frame></draw:page></office:presentation></office:body></office:document>`))
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 1000
	lim.MaxXMLDepth = 64
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Flat(data, lim)
		if err != nil || d == nil {
			t.Fatalf("Flat: %v", err)
		}
		n := 0
		for _, p := range d.Parts {
			n += len([]rune(p.Text))
		}
		if n > lim.MaxTextRunes+len(d.Parts) { // each part may end with one line break of its own
			t.Fatalf("%d runes over a limit of %d", n, lim.MaxTextRunes)
		}
	})
}

// TestFlatPrefixesAndLeftover: a document that binds the text namespace
// to another prefix is read all the same; a form control's value, a
// conditional text's other value and a cell's stored number, which the
// walker does not read, are left over as source text.
func TestFlatPrefixesAndLeftover(t *testing.T) {
	const ns = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
		`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
		`xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"`
	d, _ := Flat([]byte(`<?xml version="1.0"?><office:document `+ns+` office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>`+
		`<t:p>关于开展调研工作的通知</t:p><t:p>身份证号 110101199003074514</t:p>`+
		`<office:forms><form:form><form:text form:current-value="密级：机密★10年"/></form:form></office:forms>`+
		`<text:p><text:conditional-text text:condition="ooow:1" text:string-value-if-true="内部资料 注意保存" text:string-value-if-false="">x</text:conditional-text></text:p>`+
		`</office:text></office:body></office:document>`), doc.DefaultLimits())
	check(t, d, []want{{kind: doc.Body, text: "身份证号 110101199003074514"}, {kind: doc.SourceText, text: "密级：机密★10年"}, {kind: doc.SourceText, text: "内部资料 注意保存"}})
}
