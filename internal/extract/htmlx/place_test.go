package htmlx

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestPlaces checks the element paths of a page's text: an index only
// among siblings of one tag, an id or class instead of an index, tbody
// left out, and a deep path cut to its end.
func TestPlaces(t *testing.T) {
	deep := strings.Repeat(`<div class="wrapper-with-a-long-name">`, 40) + "深处" + strings.Repeat("</div>", 40)
	page := `<html><body><div class="main"><p>一</p><table><tr><td>a</td></tr><tr><td>b</td><td>乙</td></tr></table></div>` +
		`<ul><li>x</li><li id="k">丙</li></ul>` + deep + `</body></html>`
	d, err := Extract([]byte(page), doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var body doc.Part
	for _, p := range d.Parts {
		if p.Kind == doc.Body {
			body = p
		}
	}
	rs := []rune(body.Text)
	got := map[string]string{}
	for _, pl := range body.Places {
		got[string(rs[pl.Start:pl.End])] = pl.Path
	}
	for text, want := range map[string]string{
		"一":  "body > div.main > p",
		"乙":  "body > div.main > table > tr[2] > td[2]",
		"丙":  "body > ul > li#k",
		"深处": "",
	} {
		g, ok := got[text]
		switch {
		case !ok:
			t.Errorf("%q has no place (%v)", text, got)
		case want == "" && (len(g) > maxPath+len("… > ") || !strings.HasPrefix(g, "… > ") || !strings.HasSuffix(g, "div.wrapper-with-a-long-name")):
			t.Errorf("%q: deep path %q not cut to its end", text, g)
		case want != "" && g != want:
			t.Errorf("%q at %q, want %q", text, g, want)
		}
	}
}
