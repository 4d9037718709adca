package redact

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
	"github.com/mishen-gov/mishen/internal/report"
	"github.com/mishen-gov/mishen/internal/scan"
)

// The synthetic values of the fixtures (testdata/redact/gen.js).
var values = map[string]report.Category{
	"110101199003074514":  report.IDCard,
	"11010519491231002X":  report.IDCard,
	"13912345678":         report.MobilePhone,
	"13987654321":         report.MobilePhone,
	"13911112222":         report.MobilePhone,
	"6222021234567890128": report.BankCard,
}

const fixtures = "../../testdata/redact/"

var scanner = sync.OnceValue(func() *scan.Scanner {
	sc, err := scan.New(scan.Config{})
	if err != nil {
		panic(err)
	}
	return sc
})

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(fixtures + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// masked is text with every fixture value masked by its category's rule.
func masked(text string) string {
	for v, c := range values {
		text = strings.ReplaceAll(text, v, detect.MaskValue(c, v))
	}
	return text
}

func clean(t *testing.T, name string, data []byte, opts Options) Result {
	t.Helper()
	res, err := Clean(context.Background(), scanner(), name, data, opts)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

// mustClean cleans and requires a cleaned copy whose rescan passes.
func mustClean(t *testing.T, name string, data []byte, opts Options) Result {
	t.Helper()
	res := clean(t, name, data, opts)
	if res.Refused != nil {
		t.Fatalf("%s: refused: %s", name, res.Refused.Reason)
	}
	if res.After == nil || res.After.Verdict != report.Pass {
		t.Fatalf("%s: rescan %+v", name, res.After)
	}
	for _, c := range res.Changes {
		for v := range values {
			if strings.Contains(c.Masked, v) || strings.Contains(c.Now, v) {
				t.Errorf("%s: a change shows the raw value: %+v", name, c)
			}
		}
	}
	return res
}

func TestText(t *testing.T) {
	orig := string(read(t, "notice.txt"))
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"mask", Options{}, masked(orig)},
		{"label", Options{Operator: Label}, strings.NewReplacer("13912345678", "【已删除】", "110101199003074514", "【已删除】", "6222021234567890128", "【已删除】").Replace(orig)},
		{"own label", Options{Operator: Label, Label: "（略）"}, strings.NewReplacer("13912345678", "（略）", "110101199003074514", "（略）", "6222021234567890128", "（略）").Replace(orig)},
		{"remove", Options{Operator: Remove}, strings.NewReplacer("13912345678", "", "110101199003074514", "", "6222021234567890128", "").Replace(orig)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustClean(t, "notice.txt", []byte(orig), tt.opts)
			if got := string(res.Data); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if len(res.Changes) != 3 || res.Changes[0].Where != "第 2 行" || res.Changes[2].Where != "第 3 行" {
				t.Errorf("changes %+v", res.Changes)
			}
		})
	}
}

func TestTextKeepsItsEncoding(t *testing.T) {
	gbk := read(t, "notice-gbk.txt")
	res := mustClean(t, "notice-gbk.txt", gbk, Options{})
	text, enc, err := decodeText(res.Data)
	if err != nil || enc == nil {
		t.Fatalf("cleaned copy is not GB 18030: %v", err)
	}
	if want := masked(string(read(t, "notice.txt"))); text != want {
		t.Errorf("got\n%s\nwant\n%s", text, want)
	}
}

// TestTextBig5AndUnmarkedUTF16 cleans texts in the encodings that also
// decode as GB 18030 into other characters: the copy is cleaned of what
// the review read, in the text's own encoding.
func TestTextBig5AndUnmarkedUTF16(t *testing.T) {
	orig := "關於發放高齡津貼的公告\n申請人：陳美玲，身分證號：110101199003074514，聯絡手機13912345678。\n"
	want := masked(orig)
	for name, enc := range map[string]encoding.Encoding{
		"big5":     traditionalchinese.Big5,
		"utf-16le": unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
		"utf-16be": unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
	} {
		data, err := enc.NewEncoder().Bytes([]byte(orig))
		if err != nil {
			t.Fatal(err)
		}
		res := mustClean(t, "notice.txt", data, Options{})
		got, err := enc.NewDecoder().Bytes(res.Data)
		if err != nil || string(got) != want {
			t.Errorf("%s: got\n%s\nwant\n%s (%v)", name, got, want, err)
		}
	}
}

func TestKeep(t *testing.T) {
	res := clean(t, "a.txt", []byte("联系人手机13912345678，身份证号110101199003074514。\n"), Options{Keep: []report.Category{report.MobilePhone}})
	if res.Refused != nil {
		t.Fatal(res.Refused.Reason)
	}
	if got, want := string(res.Data), "联系人手机13912345678，身份证号110101********4514。\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	if res.After.Verdict != report.Review {
		t.Errorf("a kept mobile is for a reviewer: %s", res.After.Verdict)
	}
}

func TestRefusals(t *testing.T) {

	tests := []struct {
		name, file string
		data       []byte
		rule       string
	}{
		{"marking", "a.txt", []byte("秘密★1年\n关于做好工作的通知\n联系人手机13912345678\n"), "redact.classified_marking"},
		{"marking in docx", "lo-html.docx", docxWith(t, "机密★5年"), "redact.classified_marking"},
		{"image", "a.png", []byte("\x89PNG\r\n\x1a\n"), "redact.format"},
		{"encrypted zip part", "a.docx", []byte("PK\x03\x04broken"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := clean(t, tt.file, tt.data, Options{})
			if res.Refused == nil {
				t.Fatalf("not refused; verdict %+v", res.After)
			}
			if tt.rule != "" && res.Refused.Rule != tt.rule {
				t.Errorf("rule %s (%s), want %s", res.Refused.Rule, res.Refused.Reason, tt.rule)
			}
			if res.Data != nil {
				t.Error("a refusal carries data")
			}
			if !strings.ContainsAny(res.Refused.Reason, "请") {
				t.Errorf("the reason says nothing to do: %s", res.Refused.Reason)
			}
			for v := range values {
				if strings.Contains(res.Refused.Reason, v) {
					t.Errorf("the reason shows a raw value: %s", res.Refused.Reason)
				}
			}
		})
	}
}

// docxWith returns lo-html.docx with its first text replaced by text.
func docxWith(t *testing.T, text string) []byte {
	t.Helper()
	members := unzip(t, read(t, "lo-html.docx"))
	d := members["word/document.xml"]
	i := bytes.Index(d, []byte("关于走访工作的安排"))
	if i < 0 {
		t.Fatal("lo-html.docx has no title")
	}
	members["word/document.xml"] = append(append(append([]byte{}, d[:i]...), text...), d[i+len("关于走访工作的安排"):]...)
	return rezip(t, members)
}

func TestHTML(t *testing.T) {
	res := mustClean(t, "page.html", read(t, "page.html"), Options{})
	out := string(res.Data)
	for _, gone := range []string{"草稿", "内部备注", `type="hidden"`} {
		if strings.Contains(out, gone) {
			t.Errorf("cleaned page still has %q", gone)
		}
	}
	for _, kept := range []string{"<!--[if lt IE 9]>", `class="menu-mobile"`, "咨询电话：12345", "<b>139</b>****<span class=\"x\">5678</span>", `title="钱七 110105********002X"`} {
		if !strings.Contains(out, kept) {
			t.Errorf("cleaned page lost %q", kept)
		}
	}
	assertNoValues(t, "page.html", map[string][]byte{"page.html": res.Data})
	// The page is the original but for what was removed and masked.
	want := string(read(t, "page.html"))
	for _, cut := range []string{"<!-- 草稿：联系人王五 13911112222，发布前删除 -->", "<div hidden>内部备注：孙八 13911112222</div>", `<input type="hidden" name="owner" value="13987654321">`} {
		want = strings.Replace(want, cut, "", 1)
	}
	want = strings.Replace(masked(want), "<b>139</b>1234", "<b>139</b>****", 1)
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

// ooxmlCase is one Office fixture and what its cleaned copy must show.
type ooxmlCase struct {
	file string
	// hiddenCells are the cells of hidden rows and columns, emptied.
	hiddenCells []string
	// gone are members that must be removed; absent are strings no
	// member may hold any more.
	gone, absent []string
	// runs is the part whose run properties are compared.
	runs string
	// wants is the place, in words, of one of the changes.
	wants string
}

var ooxmlCases = []ooxmlCase{
	{file: "npm-docx.docx", gone: []string{"word/comments.xml", "docProps/custom.xml"}, absent: []string{"<w:del ", "<w:ins ", "w:delText", "<w:vanish", "commentReference", "commentRangeStart", "张三", "李四", "王五", "二月一日", "隐藏备注", "这个手机号"}, runs: "word/document.xml", wants: "正文表格 1 第 2 行第 2 列"},
	{file: "lo-docx.docx", gone: []string{"word/comments.xml"}, absent: []string{"<w:del ", "<w:ins ", "w:delText", "<w:vanish", "commentReference", "commentRangeStart", "张三", "李四", "二月一日", "隐藏备注", "这个手机号"}, runs: "word/document.xml"},
	{file: "lo-html.docx", runs: "word/document.xml"},
	{file: "npm-xlsx.xlsx", hiddenCells: []string{"F2", "A5", "B5", "C5"}, gone: []string{"xl/worksheets/sheet2.xml", "xl/comments1.xml"}, absent: []string{`state="hidden"`, "底稿", "原始名单", "孙八", "周九", "张三", "李四", "某某局"}, wants: "工作表“名单”单元格 D4"},
	{file: "lo-xlsx.xlsx", hiddenCells: []string{"F2", "A5", "B5", "C5"}, gone: []string{"xl/worksheets/sheet2.xml", "xl/comments1.xml"}, absent: []string{`state="hidden"`, "原始名单", "孙八", "周九", "张三", "李四", "某某局"}},
	{file: "npm-pptx.pptx", gone: []string{"ppt/slides/slide2.xml"}, absent: []string{`show="0"`, "备用页", "张三", "某某局"}, runs: "ppt/slides/slide1.xml", wants: "第 1 张幻灯片的备注第 1 段"},
	{file: "lo-pptx.pptx", gone: []string{"ppt/slides/slide2.xml"}, absent: []string{`show="0"`, "备用页", "张三", "某某局"}, runs: "ppt/slides/slide1.xml"},
}

func TestOOXML(t *testing.T) {
	dir := t.TempDir()
	var written []string
	for _, c := range ooxmlCases {
		t.Run(c.file, func(t *testing.T) {
			orig := read(t, c.file)
			res := mustClean(t, c.file, orig, Options{})
			if len(res.Changes) == 0 {
				t.Error("nothing masked")
			}
			for _, ch := range res.Changes {
				if ch.Where == "" || strings.Contains(ch.Where, ".xml") {
					t.Errorf("change %+v does not say where in words", ch)
				}
			}
			if c.wants != "" && !slices.ContainsFunc(res.Changes, func(ch Change) bool { return ch.Where == c.wants }) {
				t.Errorf("no change at %s: %+v", c.wants, res.Changes)
			}
			before, after := unzip(t, orig), unzip(t, res.Data)
			for _, g := range c.gone {
				if _, ok := after[g]; !ok {
					if _, was := before[g]; !was {
						t.Errorf("fixture has no %s: regenerate it", g)
					}
				} else {
					t.Errorf("%s is still there", g)
				}
			}
			for name, b := range after {
				for _, a := range c.absent {
					if bytes.Contains(b, []byte(a)) {
						t.Errorf("%s still holds %q", name, a)
					}
				}
			}
			assertNoValues(t, c.file, after)
			assertText(t, c, orig, res.Data)
			if c.runs != "" {
				assertRuns(t, c.file, before[c.runs], after[c.runs])
			}
			if strings.HasSuffix(c.file, ".xlsx") && !bytes.Equal(before["xl/styles.xml"], after["xl/styles.xml"]) {
				t.Error("xl/styles.xml changed")
			}
			// Cleaning is deterministic and a second cleaning changes nothing.
			again := mustClean(t, c.file, res.Data, Options{})
			if len(again.Changes) != 0 {
				t.Errorf("second cleaning changed %+v", again.Changes)
			}
			p := filepath.Join(dir, "clean-"+c.file)
			if err := os.WriteFile(p, res.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			written = append(written, p)
		})
	}
	t.Run("LibreOffice opens them", func(t *testing.T) { opensInLibreOffice(t, dir, written) })
}

// assertNoValues fails if any member holds a raw fixture value.
func assertNoValues(t *testing.T, file string, members map[string][]byte) {
	t.Helper()
	for name, b := range members {
		for v := range values {
			if bytes.Contains(b, []byte(v)) {
				t.Errorf("%s: %s still holds a raw %s", file, name, values[v])
			}
		}
	}
}

// assertText compares the text a reader sees: every part of the cleaned
// copy equals the original's with the values masked; the cells of hidden
// rows and columns are gone.
func assertText(t *testing.T, c ooxmlCase, orig, cleaned []byte) {
	t.Helper()
	lim := doc.DefaultLimits()
	a := extract.Extract(context.Background(), c.file, orig, lim)
	b := extract.Extract(context.Background(), c.file, cleaned, lim)
	type key struct{ kind, file, sheet string }
	seen := map[key]doc.Part{}
	for _, p := range a.Parts {
		seen[key{p.Kind, p.File, p.Sheet}] = p
	}
	for _, p := range b.Parts {
		switch p.Kind {
		case doc.Body, doc.Header, doc.Footer, doc.Footnote, doc.Endnote, doc.TextBox, "notes":
		case doc.Sheet:
			o, ok := seen[key{p.Kind, p.File, p.Sheet}]
			if !ok {
				t.Errorf("sheet %s is new", p.Sheet)
				continue
			}
			want := cells(o)
			for _, h := range c.hiddenCells {
				delete(want, h)
			}
			for ref, v := range want {
				want[ref] = masked(v)
			}
			got := cells(p)
			for ref, v := range got {
				if want[ref] != v {
					t.Errorf("%s!%s = %q, want %q", p.Sheet, ref, v, want[ref])
				}
			}
			for ref := range want {
				if _, ok := got[ref]; !ok {
					t.Errorf("%s!%s is gone", p.Sheet, ref)
				}
			}
			continue
		default:
			continue
		}
		o, ok := seen[key{p.Kind, p.File, p.Sheet}]
		if !ok {
			t.Errorf("part %s %s is new", p.Kind, p.File)
			continue
		}
		if want := masked(o.Text); p.Text != want {
			t.Errorf("%s %s:\n got %q\nwant %q", p.Kind, p.File, p.Text, want)
		}
	}
}

func cells(p doc.Part) map[string]string {
	rs := []rune(p.Text)
	out := map[string]string{}
	for _, c := range p.Cells {
		if c.End <= len(rs) && c.Start <= c.End {
			if v := strings.TrimSpace(string(rs[c.Start:c.End])); v != "" {
				out[c.Ref] = v
			}
		}
	}
	return out
}

// assertRuns checks that the runs left keep their formatting: the run
// properties of the cleaned part, in order, are those of the original's
// runs that a reader sees (not deleted by revision, not hidden).
func assertRuns(t *testing.T, file string, before, after []byte) {
	t.Helper()
	want, got := runProps(t, before, true), runProps(t, after, false)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("%s: run properties changed:\n got %q\nwant %q", file, got, want)
	}
}

// runProps lists the properties (<w:rPr>, <a:rPr> as written) of every
// run; visible keeps only runs a reader sees.
func runProps(t *testing.T, data []byte, visible bool) []string {
	toks, err := tokens(data, 256)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if _, ok := tk.tok.(xml.StartElement); !ok {
			continue
		}
		if visible && (tk.name == "w:del" || tk.name == "w:moveFrom") {
			i = end(toks, i)
			continue
		}
		if tk.name != "w:r" && tk.name != "a:r" {
			continue
		}
		j := end(toks, i)
		props := ""
		for k := i + 1; k < j; k++ {
			if n := toks[k].name; (n == "w:rPr" || n == "a:rPr") && toks[k].from < toks[k].to {
				if _, ok := toks[k].tok.(xml.StartElement); ok {
					props = string(data[toks[k].from:toks[end(toks, k)].to])
					break
				}
			}
		}
		if visible && (strings.Contains(props, "<w:vanish/>") || strings.Contains(props, "<w:vanish ") && !strings.Contains(props, `w:val="false"`)) {
			i = j
			continue
		}
		// Revision marks inside run properties are accepted.
		props = stripChanges(props)
		out = append(out, props)
	}
	return out
}

func stripChanges(props string) string {
	for _, n := range []string{"w:rPrChange", "w:ins", "w:del"} {
		for {
			i := strings.Index(props, "<"+n+" ")
			if i < 0 {
				break
			}
			j := strings.Index(props[i:], "</"+n+">")
			k := strings.Index(props[i:], "/>")
			switch {
			case k >= 0 && (j < 0 || k < j) && !strings.Contains(props[i:i+k], ">"):
				props = props[:i] + props[i+k+2:]
			case j >= 0:
				props = props[:i] + props[i+j+len(n)+3:]
			default:
				return props
			}
		}
	}
	return props
}

func unzip(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

func rezip(t testing.TB, members map[string][]byte) []byte {
	t.Helper()
	var names []string
	for n := range members {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(members[n])
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// opensInLibreOffice converts the cleaned copies to PDF with LibreOffice:
// each must convert, and the PDF's text must hold no raw value.
func opensInLibreOffice(t *testing.T, dir string, files []string) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is not installed")
		}
		t.Skip("soffice is not installed")
	}
	if len(files) == 0 {
		t.Skip("no cleaned copies")
	}
	out := filepath.Join(dir, "pdf")
	args := append([]string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", out}, files...)
	cmd := exec.Command(soffice, args...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for _, f := range files {
		pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+".pdf")
		st, err := os.Stat(pdf)
		if err != nil || st.Size() == 0 {
			t.Errorf("LibreOffice did not open %s", filepath.Base(f))
			continue
		}
		if pt, err := exec.LookPath("pdftotext"); err == nil {
			text, err := exec.Command(pt, pdf, "-").Output()
			if err != nil {
				t.Errorf("pdftotext %s: %v", pdf, err)
			}
			for v := range values {
				if bytes.Contains(text, []byte(v)) {
					t.Errorf("%s shows a raw value", filepath.Base(f))
				}
			}
		}
	}
}

// TestClasses cleans files of the project's corpus, each standing for a
// class of input, and requires a rescan that passes.
func TestClasses(t *testing.T) {
	for _, tt := range []struct{ file, why string }{
		{"tables/wrapped_id.docx", "an ID wrapped over lines of one table cell"},
		{"tables/wrapped_id.xlsx", "an ID wrapped inside one cell"},
		{"tables/wrapped_id.html", "an ID split by <br> inside one cell"},
		{"docs/roster.xlsx", "an ID stored as a number, its last digits lost"},
		{"probe/q19_canbao_mingdan.xlsx", "IDs stored as numbers"},
		{"blind9/b9_docx_alt_id.docx", "an ID in a picture's alt text"},
		{"blind9/b9_xlsx_validation_mobile.xlsx", "mobiles in a data validation list"},
		{"probe/q20_jianyi_gongshi.html", "a card number hidden by the page's stylesheet"},
		{"blind9/b9_html_template_id.html", "an ID in a <template>"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("../../testdata/" + tt.file)
			if err != nil {
				t.Skip(err)
			}
			res := clean(t, tt.file, data, Options{})
			if res.Refused != nil {
				t.Fatalf("%s: refused: %s", tt.why, res.Refused.Reason)
			}
			for _, f := range res.After.Findings {
				if detect.IsPersonal(f.Category) && f.Severity != report.Info || f.Category == report.HiddenContent {
					t.Errorf("%s: left %s at %+v", tt.why, f.Rule, f.Location)
				}
			}
		})
	}
}

func TestOFD(t *testing.T) {
	orig, err := os.ReadFile("../extract/ofd/testdata/id_split.ofd")
	if err != nil {
		t.Skip(err)
	}
	res := mustClean(t, "id_split.ofd", orig, Options{})
	before, after := unzip(t, orig), unzip(t, res.Data)
	page := "Doc_0/Pages/Page_0/Content.xml"
	// One character for one: every TextCode keeps its length and DeltaX.
	want := strings.NewReplacer(">19900307<", ">********<").Replace(string(before[page]))
	if got := string(after[page]); got != want {
		t.Errorf("page:\n%s\nwant\n%s", got, want)
	}
	assertNoValues(t, "id_split.ofd", after)

	refused := func(name string, members map[string][]byte, opts Options, rule string) {
		t.Helper()
		res := clean(t, name, rezip(t, members), opts)
		if res.Refused == nil || res.Refused.Rule != rule {
			t.Errorf("%s: %+v, want %s", name, res.Refused, rule)
		}
	}
	refused("label", unzip(t, orig), Options{Operator: Label}, "redact.operator")
	signed := unzip(t, orig)
	signed["OFD.xml"] = bytes.Replace(signed["OFD.xml"], []byte("</ofd:DocBody>"), []byte("<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody>"), 1)
	signed["Doc_0/Signs/Signatures.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8"?><ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>`)
	signed["Doc_0/Signs/Sign_0/Signature.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8"?><ofd:Signature xmlns:ofd="http://www.ofdspec.org/2016"><ofd:SignedInfo><ofd:Provider ProviderName="test"/></ofd:SignedInfo><ofd:SignedValue>Sign_0/SignedValue.dat</ofd:SignedValue></ofd:Signature>`)
	signed["Doc_0/Signs/Sign_0/SignedValue.dat"] = []byte("0")
	refused("signed", signed, Options{}, "redact.signed")
	glyphs := unzip(t, orig)
	glyphs[page] = bytes.Replace(glyphs[page], []byte(`<TextCode X="12.6"`), []byte(`<CGTransform CodePosition="0" CodeCount="1" GlyphCount="1"><Glyphs>5</Glyphs></CGTransform><TextCode X="12.6"`), 1)
	refused("glyphs", glyphs, Options{}, "redact.ofd_glyphs")
}

// TestPDF redacts PDFs of three producers: the values leave the content
// streams (neither pdftotext nor mishen nor a byte search of the streams
// qpdf decodes finds them), and the glyphs around them do not move.
func TestPDF(t *testing.T) {
	for _, tool := range []string{"qpdf", "fix-qdf", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is not installed", tool)
			}
			t.Skipf("%s is not installed", tool)
		}
	}
	for _, tt := range []struct{ file, after string }{
		{"lo-pdf.pdf", "请各单位按时报送"},
		{"chromium.pdf", "请各单位按时报送"},
		{"reportlab.pdf", "end"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			orig := read(t, tt.file)
			res := mustClean(t, tt.file, orig, Options{})
			if len(res.Changes) < 3 {
				t.Errorf("changes %+v", res.Changes)
			}
			dir := t.TempDir()
			in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "out.pdf")
			os.WriteFile(in, orig, 0o644)
			os.WriteFile(out, res.Data, 0o644)
			text := pdftotext(t, out, false)
			for v := range values {
				if strings.Contains(strings.ReplaceAll(text, " ", ""), v) {
					t.Errorf("pdftotext still reads %s", values[v])
				}
			}
			if !strings.Contains(text, "4514") || !strings.Contains(text, "5678") {
				t.Errorf("the kept ends of the values are gone:\n%s", text)
			}
			// The decoded streams: ASCII, and what each font's codes read
			// as, hold no value.
			qd := filepath.Join(dir, "q.pdf")
			if err := exec.Command("qpdf", "--qdf", "--object-streams=disable", out, qd).Run(); err != nil {
				if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
					t.Fatal(err)
				}
			}
			qb, _ := os.ReadFile(qd)
			for v := range values {
				if bytes.Contains(qb, []byte(v)) {
					t.Errorf("the decoded streams hold a raw %s", values[v])
				}
			}
			// Nothing after a removed value moves.
			a, errA := strconv.ParseFloat(wordX(t, in, tt.after), 64)
			b, errB := strconv.ParseFloat(wordX(t, out, tt.after), 64)
			if errA != nil || errB != nil || math.Abs(a-b) > 0.01 {
				t.Errorf("%q moved from x=%v to x=%v", tt.after, a, b)
			}
		})
	}
	// The byte search can fail: reportlab's Helvetica writes digits as
	// ASCII, so the original's decoded streams hold the mobile.
	orig := filepath.Join(t.TempDir(), "q.pdf")
	exec.Command("qpdf", "--qdf", "--object-streams=disable", fixtures+"reportlab.pdf", orig).Run()
	if qb, _ := os.ReadFile(orig); !bytes.Contains(qb, []byte("13912345678")) {
		t.Error("the byte search would not see the value in the original")
	}
}

func pdftotext(t *testing.T, file string, bbox bool) string {
	t.Helper()
	args := []string{file, "-"}
	if bbox {
		args = []string{"-bbox", file, "-"}
	}
	b, err := exec.Command("pdftotext", args...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(b)
}

// wordX is where pdftotext places the first word holding w.
func wordX(t *testing.T, file, w string) string {
	for _, line := range strings.Split(pdftotext(t, file, true), "\n") {
		if strings.Contains(line, "<word ") && strings.Contains(line, w) {
			if i := strings.Index(line, `xMin="`); i >= 0 {
				return strings.SplitN(line[i+6:], `"`, 2)[0]
			}
		}
	}
	return ""
}
