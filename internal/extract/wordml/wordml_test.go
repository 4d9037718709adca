package wordml

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mishen-gov/mishen/internal/doc"
)

// want is a part that must be read: its kind and hidden reason, a text it
// holds, and the references of its cells (when given).
type want struct {
	kind, hidden, text string
	cells              []string
}

func check(t *testing.T, d *doc.Document, wants []want, rules ...string) {
	t.Helper()
	for _, w := range wants {
		found := false
		for _, p := range d.Parts {
			if p.Kind != w.kind || p.Hidden != w.hidden || !strings.Contains(p.Text, w.text) {
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
			t.Errorf("no %s part (hidden %q) with %q in\n%s", w.kind, w.hidden, w.text, dump(d))
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
		b.WriteString(p.Kind + "|" + p.Hidden + ": " + strings.ReplaceAll(p.Text, "\n", "⏎") + "\n")
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

// TestLibreOffice: Word 2003 XML as LibreOffice writes it (review.xml, made
// by ../odf/testdata/make-fixtures.sh): runs joined, a header repeated by
// each section kept once, the footnote, the comment, the table's cells.
func TestLibreOffice(t *testing.T) {
	d := read(t, fixture(t, "review.xml"))
	check(t, d, []want{
		{kind: doc.Body, text: "身份证号110101199003074514。"},
		{kind: doc.Body, text: "王某", cells: []string{"表1 R1C1=姓名", "表1 R2C2=社区工作者"}},
		{kind: doc.Header, text: "秘密★6个月"},
		{kind: doc.Footer, text: "办公室印发"},
		{kind: doc.Footnote, text: "备案人身份证号11010519850612123X"},
		{kind: doc.Comment, hidden: "批注", text: "复核人电话13912345678"},
		{kind: doc.TextBox, text: "内部资料 注意保存"},
		{kind: doc.LinkTarget, text: "http://10.1.2.3/gongshi/"},
		{kind: doc.MetadataPart, text: "标题: 招聘结果公示"},
	})
	for _, p := range d.Parts {
		if p.Kind == doc.Header && strings.Count(p.Text, "秘密") != 1 {
			t.Errorf("header %q: each section's copy kept", p.Text)
		}
	}
}

// TestWord2003: what LibreOffice does not write, in the shape Word 2003
// writes it (word2003.xml): hidden text, directly and by style, a tracked
// deletion and insertion, a comment, notes, a text box, properties.
func TestWord2003(t *testing.T) {
	d := read(t, fixture(t, "word2003.xml"))
	check(t, d, []want{
		{kind: doc.Body, text: "机密★1年\n经办人身份证号110101199003074514\n可见的说明\n"},
		{kind: doc.Body, text: "王某", cells: []string{"表1 R2C2=13812345678"}},
		{kind: doc.HiddenText, hidden: "隐藏文字", text: "备用手机13912345678\n内部核对人孙某某\n"},
		{kind: doc.TrackedDeletion, hidden: "修订删除的内容", text: "原号码310104197803152469"},
		{kind: doc.TrackedInsert, hidden: "未接受的修订插入内容", text: "新增的一句"},
		{kind: doc.Comment, hidden: "批注", text: "核对人身份证号11010519850612123X"},
		{kind: doc.Footnote, text: "联系人手机13812345678"},
		{kind: doc.Endnote, text: "资料来源某某局"},
		{kind: doc.TextBox, text: "内部资料 注意保存"},
		{kind: doc.Header, text: "秘密★6个月"},
		{kind: doc.Footer, text: "某某局印发"},
		{kind: doc.LinkTarget, text: "http://10.1.2.3/tongzhi/"},
		{kind: doc.MetadataPart, text: "作者: 张某\n单位: 某某局\n上次修改者: 李某\n经办人: 孙某某\n"},
	})
}

const head = `<?xml version="1.0" encoding="UTF-8"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">`

func wordDoc(s string) []byte { return []byte(head + `<w:body>` + s + `</w:body></w:wordDocument>`) }

// TestBroken: damage, nesting, text over the limit and a root that is not
// Word 2003 XML are reported with what was read kept; GB18030 is read.
func TestBroken(t *testing.T) {
	lim := doc.DefaultLimits()
	small := lim
	small.MaxTextRunes = 12
	shallow := lim
	shallow.MaxXMLDepth = 5
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes(bytes.Replace(wordDoc(`<w:p><w:r><w:t>秘密★1年</w:t></w:r></w:p>`), []byte("UTF-8"), []byte("GB18030"), 1))
	for _, c := range []struct {
		name string
		data []byte
		lim  doc.Limits
		rule string
		keep string
	}{
		{"truncated", wordDoc(`<w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t>第二`)[:len(head)+60], lim, "unreadable.corrupt", "第一段"},
		{"too deep", wordDoc(`<w:p><w:r><w:t>表层</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>深</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`), shallow, "unreadable.too_deep", "表层"},
		{"too much text", wordDoc(`<w:p><w:r><w:t>一二三四五六七八九十</w:t></w:r></w:p><w:p><w:r><w:t>一二三四五</w:t></w:r></w:p>`), small, "unreadable.too_much_text", "一二三四五六七八九十"},
		{"not word 2003", []byte(`<?xml version="1.0"?><w:document xmlns:w="x"><w:body/></w:document>`), lim, "unreadable.corrupt", ""},
		{"gb18030", gb, lim, "", "秘密★1年"},
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
	f.Add(wordDoc(`<w:p><w:r><w:t>机密</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>★</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`))
	f.Add(wordDoc(`<w:p xmlns:aml="http://schemas.microsoft.com/aml/2001/core"><aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText>删</w:delText></w:r></aml:content></aml:annotation><w:r><w:footnote><w:p><w:r><w:t>注</w:t></w:r></w:p></w:footnote></w:r></w:p><w:sectPr><w:hdr><w:p><w:r><w:t>眉</w:t></w:r></w:p></w:hdr></w:sectPr>`))
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

// TestLeftover: document variables and a form field's default, which
// the walker does not read, are left over as source text.
func TestLeftover(t *testing.T) {
	d := read(t, []byte(head+`<w:docPr><w:docVars><w:docVar w:name="a" w:val="拟稿人身份证 110101199003074514"/></w:docVars></w:docPr>`+
		`<w:body><w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:textInput><w:default w:val="密级：机密★10年"/></w:textInput></w:ffData></w:fldChar></w:r><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:wordDocument>`))
	check(t, d, []want{{kind: doc.Body, text: "正文"}, {kind: doc.SourceText, text: "拟稿人身份证 110101199003074514"}, {kind: doc.SourceText, text: "密级：机密★10年"}})
}
