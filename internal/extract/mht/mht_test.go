package mht

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/htmlx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

const id = "110101199003074514"

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// text joins the text of d's parts of kind in file.
func text(d *doc.Document, kind, file string) string {
	var b strings.Builder
	for _, p := range d.Parts {
		if p.Kind == kind && p.File == file {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func rules(d *doc.Document) []string {
	var out []string
	for _, f := range d.Findings {
		out = append(out, f.Rule+" "+f.Location.File+": "+f.Message)
	}
	return out
}

func embedded(d *doc.Document) string {
	var names []string
	for _, e := range d.Embedded {
		names = append(names, e.Name)
	}
	return strings.Join(names, " ")
}

// TestWord: Word's single-file web page (GB2312 quoted-printable, a
// preamble, the page header in header.htm), under .mht and under .doc:
// the body, the header, and the picture handed back; the theme, the
// drawing's .emz and filelist.xml add nothing, and nothing is unread.
func TestWord(t *testing.T) {
	for _, name := range []string{"word.mht", "word_as.doc"} {
		d, err := Extract(fixture(t, name), doc.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if body := text(d, doc.Body, ""); !strings.Contains(body, "机密★1年") || !strings.Contains(body, id) || !strings.Contains(body, "姓名\t身份证号") && !strings.Contains(body, "身份证号") {
			t.Errorf("%s: body %q", name, body)
		}
		if hdr := text(d, doc.Body, "header.htm"); !strings.Contains(hdr, "秘密★6个月") {
			t.Errorf("%s: header.htm %q; parts %+v", name, hdr, d.Parts)
		}
		if len(d.Findings) != 0 {
			t.Errorf("%s: findings %q", name, rules(d))
		}
		if got := embedded(d); got != "image001.png" {
			t.Errorf("%s: embedded %q", name, got)
		}
	}
}

// TestBlink: Chromium's shape (From/Subject/Date first, UTF-8
// quoted-printable, a Content-ID root, a style sheet): the page's body,
// its hidden element, and the picture handed back.
func TestBlink(t *testing.T) {
	d, _ := Extract(fixture(t, "blink.mhtml"), doc.DefaultLimits())
	if body := text(d, doc.Body, ""); !strings.Contains(body, "联系人：李四，身份证号 "+id) {
		t.Errorf("body %q", body)
	}
	if h := text(d, doc.HTMLHidden, ""); !strings.Contains(h, "内部资料 注意保存") {
		t.Errorf("hidden %q", h)
	}
	if strings.Contains(text(d, doc.Body, "main.css"), "font-family") {
		t.Error("the style sheet was read as text")
	}
	if len(d.Findings) != 0 || embedded(d) != "logo.png" {
		t.Errorf("findings %q, embedded %q", rules(d), embedded(d))
	}
}

// TestClean: a clean page gives its text and no finding.
func TestClean(t *testing.T) {
	d, _ := Extract(fixture(t, "clean.mht"), doc.DefaultLimits())
	if body := text(d, doc.Body, ""); !strings.Contains(body, "全民健身运动会") || len(d.Findings) != 0 {
		t.Errorf("body %q, findings %q", body, rules(d))
	}
}

// archive builds a small web archive with the given parts (each its header
// lines, a blank line, its body).
func archive(parts ...string) []byte {
	var b bytes.Buffer
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n")
	for _, p := range parts {
		b.WriteString("--B\r\n" + p + "\r\n")
	}
	b.WriteString("--B--\r\n")
	return b.Bytes()
}

// nest is a part that is a multipart n levels deep.
func nest(n int) string {
	if n == 0 {
		return "Content-Type: text/plain\r\n\r\n最里层"
	}
	b := fmt.Sprintf("N%d", n)
	return "Content-Type: multipart/mixed; boundary=" + b + "\r\n\r\n--" + b + "\r\n" + nest(n-1) + "\r\n--" + b + "--"
}

// TestMail: an e-mail saved as .eml: its subject and sender, decoded from
// their encoded words, as metadata; the text of a multipart/alternative
// inside a multipart/mixed; an attached message with its own header and
// body, base64 and quoted-printable undone.
func TestMail(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	mail := "From: =?UTF-8?B?" + b64("张三") + "?= <zs@example.cn>\r\nTo: b@example.cn\r\nSubject: =?UTF-8?B?" + b64("内部资料 请勿外传") + "?=\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=M\r\n\r\n" +
		"--M\r\nContent-Type: multipart/alternative; boundary=A\r\n\r\n" +
		"--A\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64("联系人身份证号 "+id) + "\r\n" +
		"--A\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=E6=AD=A3=E6=96=87</p>\r\n--A--\r\n" +
		"--M\r\nContent-Type: message/rfc822\r\n\r\nSubject: =?UTF-8?B?" + b64("转发") + "?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n机密★1年 附件正文\r\n" +
		"--M--\r\n"
	d, _ := Extract([]byte(mail), doc.DefaultLimits())
	if len(d.Findings) != 0 {
		t.Errorf("findings %q", rules(d))
	}
	var all string
	for _, p := range d.Parts {
		all += p.Kind + "|" + p.File + "|" + p.Text + "\n"
	}
	for _, want := range []string{"metadata||主题: 内部资料 请勿外传\n发件人: 张三 <zs@example.cn>\n收件人: b@example.cn", "联系人身份证号 " + id, "正文", "主题: 转发", "机密★1年 附件正文"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q not read in:\n%s", want, all)
		}
	}
}

// TestParts: each kind of part is read its own way.
func TestParts(t *testing.T) {
	d, _ := Extract(archive(
		"Content-Type: text/html; charset=\"gbk\"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: file:///C:/x/page.htm\r\n\r\nPHA+u/rD3KHvMcTqPC9wPg==", // <p>机密★1年</p> in GBK
		"Content-Type: text/plain; charset=utf-8\r\nContent-Location: notes.txt\r\n\r\n备注：身份证号 "+id,
		"Content-Type: image/svg+xml\r\nContent-Location: chart.svg\r\n\r\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>秘密</text></svg>",
		"Content-Type: application/javascript\r\nContent-Location: app.js\r\n\r\nvar t = \"内部资料\";",
		"Content-Type: application/octet-stream\r\nContent-Location: file:///C:/x/page_files/editdata.mso\r\n\r\nQUN0aXZlTWltZQ==",
	), doc.DefaultLimits())
	for _, c := range []struct{ kind, file, want string }{
		{doc.Body, "", "机密★1年"},
		{doc.Body, "notes.txt", "备注：身份证号 " + id},
		{doc.Body, "chart.svg", "秘密"},
		{htmlx.KindScript, "app.js", "内部资料"},
	} {
		if got := text(d, c.kind, c.file); !strings.Contains(got, c.want) {
			t.Errorf("%s %s: %q, want %q", c.kind, c.file, got, c.want)
		}
	}
	if len(d.Findings) != 0 || embedded(d) != "editdata.mso" {
		t.Errorf("findings %q, embedded %q", rules(d), embedded(d))
	}
}

// TestDamaged: what is not read whole is reported, and what was read
// before the damage is kept.
func TestDamaged(t *testing.T) {
	word := fixture(t, "word.mht")
	cut := word[:bytes.Index(word, []byte("header.htm\r\n"))+200]
	for _, c := range []struct {
		name string
		data []byte
		body string // text still read
	}{
		{"cut", cut, "机密★1年"},
		{"no boundary", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--B\r\n\r\n<p>x</p>\r\n--B--"), ""},
		{"bad header", []byte("MIME-Version: 1.0\r\nthis is not a header\r\n\r\n<p>x</p>"), ""},
		{"unknown encoding", archive("Content-Type: text/html\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 a"), ""},
		{"bad base64", archive("Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!"), ""},
		{"nested too deep", archive("Content-Type: text/html\r\n\r\n<p>正文</p>", nest(maxDepth+1)), "正文"},
		{"no page", archive("Content-Type: image/png\r\n\r\n\x89PNG"), ""},
	} {
		d, _ := Extract(c.data, doc.DefaultLimits())
		var corrupt bool
		for _, f := range d.Findings {
			corrupt = corrupt || f.Rule == RuleCorrupt && f.Message != ""
		}
		if !corrupt {
			t.Errorf("%s: findings %q", c.name, rules(d))
		}
		if !strings.Contains(text(d, doc.Body, ""), c.body) {
			t.Errorf("%s: body %q", c.name, text(d, doc.Body, ""))
		}
	}
}

// TestLimits: text over the limit and a file over the size bound are
// reported.
func TestLimits(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 10
	d, _ := Extract(fixture(t, "word.mht"), lim)
	if !strings.Contains(strings.Join(rules(d), "\n"), "too_much_text") {
		t.Errorf("findings %q", rules(d))
	}
	lim = doc.DefaultLimits()
	lim.MaxFileBytes = 100
	d, _ = Extract(fixture(t, "word.mht"), lim)
	if len(d.Parts) != 0 || !strings.Contains(strings.Join(rules(d), "\n"), RuleTooLarge) {
		t.Errorf("findings %q", rules(d))
	}
}

// FuzzExtract checks that no input makes the reader panic or hang, that
// its text is UTF-8 within the limit, and that its findings say why.
func FuzzExtract(f *testing.F) {
	for _, pat := range []string{"*.mht", "*.mhtml"} {
		files, _ := filepath.Glob(filepath.Join("testdata", pat))
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add(archive("Content-Type: text/html; charset=gb2312\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=BB=FA=C3=DC</p>",
		"Content-Type: text/xml\r\n\r\n<a><b>x</b>"))
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 1 << 14
	lim.MaxFileBytes = 1 << 20
	lim.PerFileTimeout = time.Second
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &doc.Document{Format: "mht"}
		start := time.Now()
		read(d, data, lim)
		if el := time.Since(start); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
		n := 0
		for _, p := range d.Parts {
			if !utf8.ValidString(p.Text) {
				t.Fatalf("invalid UTF-8 in %s", p.Kind)
			}
			n += utf8.RuneCountInString(p.Text)
		}
		if n > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit", n)
		}
		for _, f := range d.Findings {
			if !strings.HasPrefix(f.Rule, "unreadable.") || f.Message == "" {
				t.Fatalf("bad finding %+v", f)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"word.mht", "blink.mhtml"} {
		data := fixture(b, name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if d, _ := Extract(data, doc.DefaultLimits()); len(d.Findings) != 0 || len(d.Parts) < 2 {
					b.Fatalf("unexpected result: %+v", d.Findings)
				}
			}
		})
	}
}

// TestMailAttachments: an attachment's file name is read (encoded words
// decoded); a part declared a stylesheet is scanned; a part declared a
// drawing that is none is handed on, not skipped; Keywords are read; an
// attached message nested past maxDepth is damage.
func TestMailAttachments(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	mail := "From: a@example.cn\r\nTo: b@example.cn\r\nKeywords: 内部资料\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=M\r\n\r\n" +
		"--M\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n正文\r\n" +
		"--M\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"=?UTF-8?B?" + b64("机密★10年 名单.txt") + "?=\"\r\n\r\n名单\r\n" +
		"--M\r\nContent-Type: text/css\r\n\r\n证件号 " + id + "\r\n" +
		"--M\r\nContent-Type: image/x-emf\r\nContent-Disposition: attachment; filename=a.docx\r\n\r\nPK\x03\x04 not a drawing\r\n" +
		"--M--\r\n"
	d, _ := Extract([]byte(mail), doc.DefaultLimits())
	var all string
	for _, p := range d.Parts {
		all += p.Kind + "|" + p.Text + "\n"
	}
	for _, want := range []string{"关键词: 内部资料", "附件: 机密★10年 名单.txt", "证件号 " + id} {
		if !strings.Contains(all, want) {
			t.Errorf("%q not read in:\n%s", want, all)
		}
	}
	if len(d.Embedded) != 1 || d.Embedded[0].Name != "a.docx" {
		t.Errorf("embedded %+v", d.Embedded)
	}
	deep := "Content-Type: text/plain\r\n\r\n最里层"
	for range maxDepth + 1 {
		deep = "Content-Type: message/rfc822\r\n\r\nSubject: x\r\n" + deep
	}
	d, _ = Extract([]byte("From: a@example.cn\r\nTo: b@example.cn\r\nMIME-Version: 1.0\r\n"+deep), doc.DefaultLimits())
	if !strings.Contains(strings.Join(rules(d), " "), RuleCorrupt) {
		t.Errorf("messages nested past %d: %q", maxDepth, rules(d))
	}
}

// TestPreamble: a multipart's preamble and epilogue are read as text,
// after its parts (the page stays the root); the sentence mail programs
// write there is not.
func TestPreamble(t *testing.T) {
	mail := "From: a@example.cn\r\nTo: b@example.cn\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=M\r\n\r\n" +
		"身份证号 " + id + "\r\n--M\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n正文\r\n--M--\r\n密级：机密★10年\r\n"
	d, _ := Extract([]byte(mail), doc.DefaultLimits())
	if got := text(d, doc.Body, ""); !strings.Contains(got, "正文") {
		t.Errorf("body %q", got)
	}
	if !strings.Contains(text(d, doc.Body, "preamble"), id) || !strings.Contains(text(d, doc.Body, "epilogue"), "机密★10年") {
		t.Errorf("parts %q", dumpParts(d))
	}
	d, _ = Extract([]byte(strings.Replace(mail, "身份证号 "+id, "This is a multi-part message in MIME format.", 1)), doc.DefaultLimits())
	if text(d, doc.Body, "preamble") != "" {
		t.Errorf("boilerplate read: %q", dumpParts(d))
	}
}

func dumpParts(d *doc.Document) string {
	var b strings.Builder
	for _, p := range d.Parts {
		b.WriteString(p.Kind + "|" + p.File + "|" + p.Text + "\n")
	}
	return b.String()
}

// TestHeaderBytes: a header of raw 8-bit bytes (GBK written by an old
// mail program, or garbage) is read as valid UTF-8.
func TestHeaderBytes(t *testing.T) {
	gbk := "\xc4\xda\xb2\xbf\xd7\xca\xc1\xcf" // 内部资料 in GBK
	d, _ := Extract([]byte("From: a@example.cn\r\nTo: b@example.cn\r\nSubject: "+gbk+"\xff\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; name=\"\xff\xfe.txt\"\r\nContent-Disposition: attachment\r\n\r\n正文\r\n"), doc.DefaultLimits())
	meta := text(d, doc.MetadataPart, "")
	if !utf8.ValidString(meta) || !strings.Contains(meta, "内部资料") {
		t.Errorf("metadata %q", meta)
	}
}

// TestWrongEncoding: a part whose bytes are not in the transfer encoding
// it declares is damage, and its bytes are read as text all the same.
func TestWrongEncoding(t *testing.T) {
	d, _ := Extract(archive("Content-Type: text/html\r\n\r\n<p>正文</p>",
		"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\nContent-Location: notes.txt\r\n\r\n身份证号 "+id),
		doc.DefaultLimits())
	if !strings.Contains(strings.Join(rules(d), " "), RuleCorrupt) || !strings.Contains(text(d, doc.Body, "notes.txt"), id) {
		t.Errorf("findings %q, parts %q", rules(d), dumpParts(d))
	}
}

// TestArchivedStylesheets: the stylesheets an archive carries are the
// page's own (Chromium saves every stylesheet of a page into a cid: part):
// a rule of theirs hides, and the page's links to them are no link
// targets (a cid: reads as an e-mail address). A stylesheet from
// elsewhere is still not known.
func TestArchivedStylesheets(t *testing.T) {
	page := func(href string) string {
		return "Content-Type: text/html; charset=utf-8\r\nContent-Location: https://www.example.gov.cn/a.html\r\n\r\n" +
			`<html><head><link rel="stylesheet" href="` + href + `"></head><body><p>正文</p><p class="vh">此稿尚未经局党组审定，暂缓发布</p></body></html>`
	}
	sheet := "Content-Type: text/css\r\nContent-Transfer-Encoding: binary\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n.vh { display: none }"
	for _, c := range []struct {
		href   string
		hidden bool
	}{
		{"cid:css-1@mhtml.blink", true},
		{"https://www.example.gov.cn/css/main.css", false},
	} {
		d, _ := Extract(archive(page(c.href), sheet), doc.DefaultLimits())
		if h := text(d, doc.HTMLHidden, ""); strings.Contains(h, "暂缓发布") != c.hidden {
			t.Errorf("%s: hidden %q, body %q", c.href, h, text(d, doc.Body, ""))
		}
		if l := text(d, doc.LinkTarget, ""); strings.Contains(l, "cid:") {
			t.Errorf("%s: link targets %q", c.href, l)
		}
	}
}
