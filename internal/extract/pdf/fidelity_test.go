package pdf

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/normalize"
)

// TestFidelity holds the text extracted from one source printed by several
// producers (testdata/make-fidelity.sh) against the source: in order,
// ignoring white space, at least 99% of the source's characters must come
// out, and the marking and the ID must come out whole on their lines.
func TestFidelity(t *testing.T) {
	src, err := os.ReadFile("testdata/fidelity.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := squeeze(string(src))
	for _, file := range []string{"fidelity_libreoffice.pdf", "fidelity_qpdf_objstm.pdf", "fidelity_chromium.pdf",
		"fidelity_gs_libreoffice.pdf", "fidelity_reportlab.pdf"} {
		t.Run(file, func(t *testing.T) {
			d := extract(t, fixture(t, "testdata", file))
			var text strings.Builder
			for _, p := range d.Parts {
				if p.Kind == doc.Page {
					text.WriteString(p.Text)
					text.WriteString("\n")
				}
			}
			got := squeeze(text.String())
			recall := float64(lcs(want, got)) / float64(len(want))
			t.Logf("%s: recall %.4f of %d characters", file, recall, len(want))
			if recall < 0.99 {
				t.Errorf("recall %.4f < 0.99\ngot  %s\nwant %s", recall, string(got), string(want))
			}
			if !strings.Contains(string(got), "秘密★1年") || !strings.Contains(string(got), "110101199003074514") {
				t.Errorf("marking or ID not whole in %s", string(got))
			}
			if len(d.Findings) != 0 {
				t.Errorf("findings %v", rules(d))
			}
		})
	}
}

// squeeze is s in the normal form, without white space.
func squeeze(s string) []rune {
	var out []rune
	for _, r := range normalize.String(s) {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return out
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// TestMisreadTextLayer: Ghostscript rewriting Chromium's PDF writes a
// ToUnicode that names wrong characters for some glyphs (县ÿ市1区); the
// text layer does not say what the page shows, so the page is reported
// for OCR, while Chinese prose with a transliterated name (·) and units
// is not.
func TestMisreadTextLayer(t *testing.T) {
	d := extract(t, fixture(t, "testdata", "fidelity_gs_chromium.pdf"))
	wantRules(t, d, "unreadable.font_encoding@1")
	for _, ok := range []string{"阿卜杜拉·买买提同志，面积约20×30米，气温18°C。", "Café 咖啡店", "居里夫人（Marie Curie）"} {
		if n := misreadRunes(ok); n != 0 {
			t.Errorf("misreadRunes(%q) = %d", ok, n)
		}
	}
	if n := misreadRunes("各县ÿ市1区Ā人民政府，落实°任制"); n != 3 {
		t.Errorf("misreadRunes = %d, want 3", n)
	}
}
