package flow

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestLeftover: attribute values and the character data under the named
// elements that look like content and that the reader's parts lack are
// left over, each once; what the parts hold, styles, sizes and colours
// are not.
func TestLeftover(t *testing.T) {
	data := []byte(`<?xml version="1.0"?><doc><p style="标题 1" size="24" color="FF0000">正文 110101199003074514</p>` +
		`<field value="密级：机密★10年" other="密级：机密★10年"/><cell value="110101199003074514" shown="1.10101E+17"/>` +
		`<link href="http://10.1.2.3/oa"/><dv><Value>内部资料 注意保存</Value></dv><skip>不读的文字</skip></doc>`)
	read := []doc.Part{{Kind: doc.Body, Text: "正文 110101199003074514\n"}}
	p, ok := leftover(data, doc.DefaultLimits(), read, "dv")
	if !ok || p.Kind != doc.SourceText {
		t.Fatalf("got %+v, %v", p, ok)
	}
	want := "标题 1\n密级：机密★10年\nhttp://10.1.2.3/oa\n内部资料 注意保存\n"
	if p.Text != want {
		t.Errorf("left over %q, want %q", p.Text, want)
	}
	if _, ok := leftover([]byte(`<doc a="1"><p>正文</p></doc>`), doc.DefaultLimits(), []doc.Part{{Text: "正文"}}); ok {
		t.Error("nothing is left over, yet a part")
	}
	if strings.Contains(p.Text, "不读") {
		t.Error("character data outside the named elements")
	}
}

// leftover is Leftover's source-text part for parts read of data.
func leftover(data []byte, lim doc.Limits, parts []doc.Part, under ...string) (doc.Part, bool) {
	d := &doc.Document{Parts: parts}
	Leftover(d, data, lim, Rest{Under: under})
	if n := len(d.Parts); n > len(parts) {
		return d.Parts[n-1], true
	}
	return doc.Part{}, false
}

// pictures is the pictures Leftover hands back of data.
func pictures(data []byte, lim doc.Limits, elems ...string) []doc.Embedded {
	d := &doc.Document{}
	Leftover(d, data, lim, Rest{Pictures: elems})
	return d.Embedded
}
