package odf

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

const contentHead = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>`

const contentTail = `</office:text></office:body></office:document-content>`

func odt(body string) []byte {
	return ziptest.Zip(ziptest.Entry{Name: "mimetype", Body: "application/vnd.oasis.opendocument.text"},
		ziptest.Entry{Name: "content.xml", Body: contentHead + body + contentTail})
}

// summary is each part as "hidden reason: text" a line, and each
// finding's rule.
func summary(d *doc.Document) string {
	var b strings.Builder
	for _, p := range d.Parts {
		b.WriteString(p.Hidden + ": " + strings.ReplaceAll(p.Text, "\n", "|") + "\n")
	}
	for _, f := range d.Findings {
		b.WriteString("! " + f.Rule + "\n")
	}
	return b.String()
}

func TestHidden(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"shown section and text: nothing", `<text:section text:name="正文"><text:p>通知正文</text:p></text:section><text:p>落款</text:p>`, ""},
		{"section shown nowhere, nested paragraphs and spans",
			`<text:p>正文</text:p><text:section text:name="内部核对" text:display="none"><text:p>核对人<text:s/>孙某某</text:p><text:h>身份证号<text:span>110101199003074514</text:span></text:h><text:section text:name="内层"><text:p>内层</text:p></text:section></text:section><text:p>正文二</text:p>`,
			"ODF隐藏的节: 核对人 孙某某|身份证号110101199003074514|内层\n"},
		{"section hidden by a condition", `<text:section text:name="a" text:condition="ooow:1==1" text:display="condition"><text:p>条件隐藏</text:p></text:section>`,
			"ODF隐藏的节: 条件隐藏\n"},
		{"hidden paragraph and hidden-text field",
			`<text:p>可见</text:p><text:p><text:hidden-paragraph text:condition="ooow:TRUE" text:is-hidden="true"/>待审定的一段</text:p><text:p>甲<text:hidden-text text:condition="ooow:TRUE" text:string-value="手机13812345678" text:is-hidden="true"/>乙</text:p>`,
			"ODF隐藏段落: 待审定的一段\nODF隐藏文字字段: 手机13812345678\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Hidden(odt(tt.body), doc.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(d); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestHiddenBroken: a package that is not one, one without content.xml,
// broken XML and text over the limit are reported, never passed.
func TestHiddenBroken(t *testing.T) {
	lim := doc.DefaultLimits()
	small := lim
	small.MaxTextRunes = 5
	for _, c := range []struct {
		data []byte
		lim  doc.Limits
		want string
	}{
		{[]byte("not a zip"), lim, "! unreadable.corrupt\n"},
		{ziptest.Zip(ziptest.Entry{Name: "mimetype", Body: "x"}), lim, "! unreadable.corrupt\n"},
		{ziptest.Zip(ziptest.Entry{Name: "content.xml", Body: contentHead + `<text:section text:display="none"><text:p>半截`}), lim, "! unreadable.corrupt\n"},
		{odt(`<text:section text:display="none"><text:p>一二三四五六七八</text:p></text:section>`), small, "! unreadable.too_much_text\n"},
	} {
		d, _ := Hidden(c.data, c.lim)
		if got := summary(d); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// FuzzHidden: no bytes make Hidden panic, and every part's text lies
// within the text limit.
func FuzzHidden(f *testing.F) {
	f.Add(odt(`<text:section text:display="none"><text:p>一<text:s/>二</text:p></text:section>`))
	f.Add(odt(`<text:p><text:hidden-paragraph/>隐藏</text:p><text:hidden-text text:string-value="值"/>`))
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 1000
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Hidden(data, lim)
		if err != nil || d == nil {
			t.Fatalf("Hidden: %v", err)
		}
		n := 0
		for _, p := range d.Parts {
			n += len([]rune(p.Text))
		}
		if n > lim.MaxTextRunes {
			t.Fatalf("%d runes over a limit of %d", n, lim.MaxTextRunes)
		}
	})
}
