package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
)

// TestLetterSpacing: the spacing a producer adds alike after every glyph
// of a run is part of the glyph's advance, so letter-spaced text reads
// as words, while wider gaps in it, and the gaps between table cells,
// stay spaces. The test font advances 500/1000 em per glyph.
func TestLetterSpacing(t *testing.T) {
	// spaced writes s as one TJ array, one string per glyph, with the
	// adjustment adj (thousandths of an em, negative widens) between
	// glyphs and word at a space: LibreOffice's letter spacing.
	spaced := func(s string, adj, word int) string {
		var b strings.Builder
		b.WriteString("[")
		for i, r := range []rune(s) {
			switch {
			case r == ' ':
				fmt.Fprintf(&b, " %d", word-adj)
				continue
			case i > 0:
				fmt.Fprintf(&b, " %d ", adj)
			}
			b.WriteString("«" + string(r) + "»")
		}
		return b.String() + "] TJ"
	}
	tests := []struct {
		name string
		raw  string
		want string
	}{
		// pdfkit characterSpacing: Tc after every glyph, from 1 pt to
		// wider than the digits themselves.
		{"Tc 1", "BT /F1 13 Tf 72 700 Td «身份证号：» Tj 1 Tc «110101199003074514» Tj ET", "身份证号：110101199003074514"},
		{"Tc 2", "BT /F1 13 Tf 72 700 Td «身份证号：» Tj 2 Tc «110101199003074514» Tj ET", "身份证号：110101199003074514"},
		{"Tc 6", "BT /F1 13 Tf 72 700 Td «身份证号：» Tj 6 Tc «110101199003074514» Tj ET", "身份证号：110101199003074514"},
		{"Tc 12 in TJ", "BT /F1 13 Tf 72 700 Td 12 Tc [«1101011990» «03074514»] TJ ET", "110101199003074514"},
		// A space glyph in letter-spaced text is still a space.
		{"Tc with a space", "BT /F1 13 Tf 72 700 Td 4 Tc «ID 110101» Tj ET", "ID 110101"},
		// LibreOffice fo:letter-spacing: the same adjustment between
		// every glyph, kerning a few thousandths off.
		{"TJ letter spacing", "BT /F1 15 Tf 72 700 Td " + spaced("110101199003074514", -149, 0) + " ET", "110101199003074514"},
		{"TJ wide letter spacing", "BT /F1 15 Tf 72 700 Td " + spaced("110101199003074514", -400, 0) + " ET", "110101199003074514"},
		{"TJ kerned letter spacing", "BT /F1 15 Tf 72 700 Td [«3» -149 «3» -150 «0» -148 «1» -154 «0» -149 «6»] TJ ET", "330106"},
		// A word gap in letter-spaced text is wider than the letters'.
		{"TJ words", "BT /F1 15 Tf 72 700 Td " + spaced("ABC DEF GH", -150, -700) + " ET", "ABC DEF GH"},
		// Not letter spacing: words spaced by TJ (pdfTeX), cells of a
		// row in one array, single digits a column apart.
		{"TJ word spaces", "BT /F1 12 Tf 72 700 Td [«ab» -333 «cd» -333 «ef»] TJ ET", "ab cd ef"},
		{"TJ cells", "BT /F1 12 Tf 72 700 Td [«330106» -3000 «2023» -3000 «1105»] TJ ET", "330106 2023 1105"},
		{"TJ digit cells", "BT /F1 12 Tf 72 700 Td [«1» -2000 «2» -2000 «3» -2000 «4»] TJ ET", "1 2 3 4"},
		{"negative Tc", "BT /F1 12 Tf 72 700 Td -1 Tc «330106» Tj 0 Tc 60 0 Td «2023» Tj ET", "330106 2023"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, synthetic(pdftest.Page{Raw: tt.raw}))
			if got := pageTexts(d)[1]; got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSizesApart: level text in a much larger size over a body line (a
// watermark, a stamp) is a line of its own, whichever is drawn first
// and whether its baseline is above or below the body's, and the body
// line reads whole; superscripts, subscripts and a ★ in another font
// stay on their line.
func TestSizesApart(t *testing.T) {
	body := []pdftest.Run{
		{X: 72, Y: 700, Size: 12, Text: "关于做好工作的通知要求各单位认真落实"},
		{X: 72, Y: 684, Size: 12, Text: "第二行正文内容"},
	}
	for _, tt := range []struct {
		name  string
		y     float64
		first bool
	}{{"below, drawn last", 694, false}, {"above, drawn last", 703, false}, {"below, drawn first", 694, true}, {"on the baseline", 700, false}} {
		t.Run(tt.name, func(t *testing.T) {
			mark := pdftest.Run{X: 90, Y: tt.y, Size: 40, Text: "内部资料"}
			runs := append(append([]pdftest.Run{}, body...), mark)
			if tt.first {
				runs = append([]pdftest.Run{mark}, body...)
			}
			d := extract(t, synthetic(pdftest.Page{Runs: runs}))
			lines := strings.Split(pageTexts(d)[1], "\n")
			for _, want := range []string{"关于做好工作的通知要求各单位认真落实", "第二行正文内容", "内部资料"} {
				if !hasLine(lines, want) {
					t.Errorf("no line %q in %q", want, lines)
				}
			}
		})
	}
	run := func(x, y, size float64, s string) pdftest.Run { return pdftest.Run{X: x, Y: y, Size: size, Text: s} }
	for _, tt := range []struct {
		name string
		runs []pdftest.Run
		want string
	}{
		// 58% superscripts and subscripts, as LibreOffice sets them.
		{"superscript", []pdftest.Run{run(72, 700, 12, "面积100m"), run(108, 704, 7, "2"), run(111.5, 700, 12, "以内")}, "面积100m2以内"},
		{"subscript", []pdftest.Run{run(72, 700, 12, "H"), run(78, 698, 7, "2"), run(81.5, 700, 12, "O")}, "H2O"},
		// A marking whose ★ comes from another font at another size.
		{"star in another size", []pdftest.Run{run(72, 700, 5.6, "秘密"), run(77.6, 700, 6.2, "★"), run(80.7, 700, 5.6, "1年")}, "秘密★1年"},
		// A large heading beside small text on its baseline, not over it.
		{"heading beside text", []pdftest.Run{run(72, 700, 40, "通知"), run(130, 700, 12, "附件一")}, "通知附件一"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, synthetic(pdftest.Page{Runs: tt.runs}))
			if got := pageTexts(d)[1]; got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

func hasLine(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}

// TestSpacingProducers reads the fixtures of testdata/make-layout-spacing.sh:
// LibreOffice and ReportLab letter spacing on an ID, and 40 pt level text
// over a body line, each line whole.
func TestSpacingProducers(t *testing.T) {
	for _, tt := range []struct {
		file string
		want []string
	}{
		{"libreoffice_spacing.pdf", []string{"内部资料　注意保存", "各单位要认真落实政务公开工作要求，按时报送材料。",
			"联系人身份证号110101199003074514，请核对。"}},
		{"reportlab_spacing.pdf", []string{"内部资料　注意保存", "各单位要认真落实政务公开工作要求，按时报送材料。",
			"联系人身份证号：110101199003074514"}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			text := pageTexts(extract(t, fixture(t, "testdata", tt.file)))[1]
			var lines []string
			for _, l := range strings.Split(text, "\n") {
				lines = append(lines, strings.ReplaceAll(l, " ", ""))
			}
			for _, w := range tt.want {
				if !hasLine(lines, w) {
					t.Errorf("no line %q in\n%s", w, text)
				}
			}
		})
	}
}
