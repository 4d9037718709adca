package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
)

// TestReadingOrder draws lines out of stream order, the ways producers
// do, and wants them read as a person reads the page. The test font
// advances 500/1000 em per glyph: 6 points at 12 points.
func TestReadingOrder(t *testing.T) {
	run := func(x, y float64, s string) pdftest.Run { return pdftest.Run{X: x, Y: y, Size: 12, Text: s} }
	utf16hex := func(s string) string {
		var b strings.Builder
		b.WriteString("<FEFF")
		for _, r := range s {
			fmt.Fprintf(&b, "%04X", r)
		}
		return b.String() + ">"
	}
	tests := []struct {
		name string
		page pdftest.Page
		want string
	}{{
		// LibreOffice/WPS without the 公文 fonts: the fallback ★ first,
		// then back to the start of the line, then the rest.
		name: "fallback glyph drawn first",
		page: pdftest.Page{Runs: []pdftest.Run{run(84, 700, "★"), run(72, 700, "秘密"), run(90, 700, "6个月"),
			run(72, 680, "关于做好工作的通知")}},
		want: "秘密★6个月\n关于做好工作的通知",
	}, {
		// One TJ array whose glyphs jump back and forth: ★ at 96, 机 at
		// 72, 密 at 84 (a full-width gap), then １０年 after ★.
		name: "glyphs of one TJ interleaved",
		page: pdftest.Page{Raw: "BT /F1 12 Tf 72 700 Td [-2000 «★» 2500 «机» -500 «密» -1000 «１０年»] TJ ET"},
		want: "机密★１０年",
	}, {
		// Every line's fallback glyphs drawn in a first pass.
		name: "fallback pass for the whole page",
		page: pdftest.Page{Runs: []pdftest.Run{run(84, 700, "★1"), run(72, 680, "2024"),
			run(72, 700, "机密"), run(96, 700, "年"), run(96, 680, "年的通知")}},
		want: "机密★1年\n2024年的通知",
	}, {
		// A table drawn cell by cell: the wrapped lines of one cell stay
		// together, the neighbouring cell is not joined to its first line.
		name: "table cells drawn one after the other",
		page: pdftest.Page{Runs: []pdftest.Run{
			run(72, 700, "身份证号"), run(72, 686, "1101011990"), run(72, 672, "03074514"),
			run(180, 700, "备注"), run(180, 686, "无")}},
		want: "身份证号\n1101011990\n03074514\n备注\n无",
	}, {
		// Two columns, the right one drawn after the left.
		name: "columns",
		page: pdftest.Page{Runs: []pdftest.Run{
			run(72, 700, "左栏第一行"), run(72, 686, "左栏第二行"),
			run(300, 700, "右栏第一行"), run(300, 686, "右栏第二行")}},
		want: "左栏第一行\n左栏第二行\n右栏第一行\n右栏第二行",
	}, {
		// A row drawn left to right: one line, cells apart.
		name: "row drawn in sequence",
		page: pdftest.Page{Runs: []pdftest.Run{run(72, 700, "330106"), run(130, 700, "2023"), run(170, 700, "1105")}},
		want: "330106 2023 1105",
	}, {
		// A label and its value far apart on the line, drawn in sequence.
		name: "justified label and value",
		page: pdftest.Page{Runs: []pdftest.Run{run(72, 700, "联系人："), run(200, 700, "张某某")}},
		want: "联系人： 张某某",
	}, {
		// Chromium: the glyph maps to a radical code point, /ActualText
		// has the character.
		name: "ActualText replaces the glyphs",
		page: pdftest.Page{Raw: "BT /F1 12 Tf 72 700 Td «人» Tj ET /Span << /ActualText " + utf16hex("民") +
			" >> BDC BT /F1 12 Tf 78 700 Td «⺠» Tj ET EMC BT /F1 12 Tf 84 700 Td «政府» Tj ET"},
		want: "人民政府",
	}, {
		// Rotated text (a diagonal stamp) stays one line.
		name: "rotated",
		page: pdftest.Page{Raw: "BT /F1 12 Tf 0.7071 0.7071 -0.7071 0.7071 200 200 Tm «内部资料» Tj ET"},
		want: "内部资料",
	}, {
		// Narrow glyphs twice in a row (a UNC path's \\, ll, ..) at
		// a quarter em each are two glyphs, not fake bold.
		name: "narrow glyph twice",
		page: pdftest.Page{Raw: `BT /F1 12 Tf 50 Tz 72 700 Td «\\srv\a..b» Tj ET`},
		want: `\\srv\a..b`,
	}, {
		// Fake bold in a font whose glyphs have no width (Tz 0): each
		// glyph drawn twice, 0.5 pt apart, is read once.
		name: "fake bold without widths",
		page: pdftest.Page{Raw: `BT /F1 12 Tf 0 Tz 72 700 Td «密» Tj ET BT /F1 12 Tf 0 Tz 72.5 700 Td «密» Tj ET BT /F1 12 Tf 0 Tz 84 700 Td «级» Tj ET BT /F1 12 Tf 0 Tz 84.5 700 Td «级» Tj ET`},
		want: "密级",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, synthetic(tt.page))
			if got := pageTexts(d)[1]; got != tt.want {
				t.Errorf("text =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestProducers reads the fixtures of testdata/make-layout.sh, made by
// real producers, as a person reads them.
func TestProducers(t *testing.T) {
	tests := []struct {
		file  string
		want  []string // lines the page must have
		rules []string
	}{
		{"chromium_radicals.pdf", []string{"机密★长期", "关于征求人民群众意见的通知", "联系人身份证号：110101199003074514"}, nil},
		{"libreoffice_nofonts.pdf", []string{"秘密★6个月", "关于做好年度工作的通知"}, nil},
		{"outlines.pdf", nil, []string{"unreadable.no_text_layer@1"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := extract(t, fixture(t, "testdata", tt.file))
			lines := map[string]bool{}
			for _, l := range strings.Split(pageTexts(d)[1], "\n") {
				lines[strings.ReplaceAll(l, " ", "")] = true
			}
			for _, w := range tt.want {
				if !lines[w] {
					t.Errorf("no line %q in\n%s", w, pageTexts(d)[1])
				}
			}
			wantRules(t, d, tt.rules...)
		})
	}
}

// TestOutlinedText: glyph-like contours that no text covers make the page
// unreadable; the same contours under text, a repeated pattern, and table
// shading do not.
func TestOutlinedText(t *testing.T) {
	// contours draws n closed contours of curves in one filled path, each
	// of a different size, with their lower left corners from (x, y).
	contours := func(n int, x, y float64, same bool) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			w := 6 + float64(i%7)
			h := 7 + float64(i%5)
			if same {
				w, h = 6, 7
			}
			cx := x + float64(i%10)*14
			cy := y - float64(i/10)*16
			fmt.Fprintf(&b, "%g %g m %g %g %g %g %g %g c %g %g %g %g %g %g c %g %g l h ",
				cx, cy, cx+w/3, cy+h, cx+2*w/3, cy+h, cx+w, cy, cx+2*w/3, cy-1, cx+w/3, cy-1, cx+1, cy, cx, cy)
		}
		return b.String() + "f\n"
	}
	text := "BT /F1 12 Tf 72 400 Td «附件一正文内容» Tj ET\n"
	var covering strings.Builder
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&covering, "BT /F1 14 Tf 72 %d Td «一二三四五六七八九十一二三四五六七八九十» Tj ET\n", 700-i*16)
	}
	var shading strings.Builder
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&shading, "%d %d 40 12 re ", 72+(i%5)*50, 300-(i/5)*14)
	}
	tests := []struct {
		name string
		raw  string
		want []string
	}{
		{"outlined text", text + contours(40, 72, 700, false), []string{"unreadable.no_text_layer@1"}},
		{"outlines under text", covering.String() + contours(40, 72, 700, false), nil},
		{"a repeated pattern", text + contours(40, 72, 700, true), nil},
		{"table shading", text + shading.String() + "f\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, synthetic(pdftest.Page{Raw: tt.raw}))
			wantRules(t, d, tt.want...)
		})
	}
}

// TestTableCells: the cells of ruled tables from Chromium (thin filled
// rectangles; the ID wraps over three lines in its narrow cell) and
// LibreOffice (stroked lines) come out whole, one cell each, with their
// row and column, and neighbouring cells never share a line.
func TestTableCells(t *testing.T) {
	for _, file := range []string{"chromium_table.pdf", "libreoffice_table.pdf"} {
		t.Run(file, func(t *testing.T) {
			d := extract(t, fixture(t, "testdata", file))
			var p doc.Part
			for _, q := range d.Parts {
				if q.Kind == doc.Page {
					p = q
				}
			}
			got := map[string]string{}
			runes := []rune(p.Text)
			for _, c := range p.Cells {
				got[c.Ref] = strings.ReplaceAll(string(runes[c.Start:c.End]), "\n", "")
				if c.Table != 1 || c.Row < 1 || c.Col < 1 {
					t.Errorf("cell %+v", c)
				}
			}
			for ref, want := range map[string]string{"表1 R1C2": "身份证号", "表1 R2C2": "110101199003074514",
				"表1 R2C3": "13812345678", "表1 R3C2": "330106", "表1 R3C3": "2023"} {
				if got[ref] != want {
					t.Errorf("%s = %q, want %q (cells %v)", ref, got[ref], want, got)
				}
			}
			for _, l := range strings.Split(p.Text, "\n") {
				if strings.Contains(l, "330106") && l != "330106" {
					t.Errorf("a cell shares the line %q", l)
				}
			}
		})
	}
}

// TestNoCellsWithoutTable: a page frame and a lone underline make no
// cells.
func TestNoCellsWithoutTable(t *testing.T) {
	d := extract(t, synthetic(pdftest.Page{Raw: "20 20 555 802 re S 72 690 200 0.5 re f " +
		"BT /F1 12 Tf 72 700 Td «关于做好工作的通知» Tj ET"}))
	for _, p := range d.Parts {
		if len(p.Cells) > 0 {
			t.Errorf("cells %v in %q", p.Cells, p.Text)
		}
	}
}

// TestGarbledFont: fonts whose codes read as WinAnsi symbols, many
// different ones, are garbled; a font for a few units and bullets is not.
func TestGarbledFont(t *testing.T) {
	f1, f2, f3 := &font{}, &font{}, &font{}
	var st pageStats
	st.simpleUse(f1, []byte("•†•5‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁ…ﬂ"), 25) // pdftops + ps2pdf of a CJK font
	st.simpleUse(f2, []byte("°±×°±×°±×°±×°±×"), 15)          // units in a table
	st.simpleUse(f3, []byte("Détails généraux: éléments à réviser"), 36)
	if got := st.garbled(); got != 25 {
		t.Errorf("garbled = %d, want 25 (the first font only)", got)
	}
	// Fonts with a ToUnicode map: one that names Latin-1 letters and
	// ASCII symbols for a CJK subset (Ghostscript re-distilling
	// pdfkit), its digits right; Western text with accents, a code
	// listing, a row of underscores for a form's blanks are read.
	mapped := func() *font { return &font{toUni: &cmap{}} }
	m1, m2, m3, m4 := mapped(), mapped(), mapped(), mapped()
	var ms pageStats
	ms.mappedUse(m1, []byte("000127 ß'1~ {e ~^þ}ÞÞ}ÿçþ ~ÞÓ42025518÷"), 38)
	ms.mappedUse(m2, []byte("Détails généraux: éléments à réviser, où l'été"), 45)
	ms.mappedUse(m3, []byte("func f(a []int) { if a[0] == 1 { return } } // x_y ~z"), 52)
	ms.mappedUse(m4, []byte("____________________"), 20)
	if got := ms.garbled(); got != 38 {
		t.Errorf("garbled = %d, want 38 (the re-distilled CJK font only)", got)
	}
	d := extract(t, fixture(t, "../../ocr/testdata", "pdftops.pdf"))
	wantRules(t, d, "unreadable.font_encoding@1")
}

// TestEvenGaps: a stretch of equal gaps between digits or letters is
// letter spacing drawn glyph by glyph (Chromium's CSS letter-spacing);
// gaps next to Chinese, a gap that breaks the stretch, and too short a
// stretch are left to be judged as before.
func TestEvenGaps(t *testing.T) {
	glyphs := func(s string) func(k int) (float64, bool) {
		rs := []rune(s)
		return func(k int) (float64, bool) { return 12, !isCJK(rs[k]) && rs[k] != ' ' }
	}
	for _, c := range []struct {
		text string
		gaps []float64
		want []float64
	}{
		{"1101011990", []float64{0, 4.5, 4.5, 4.5, 4.6, 4.5, 4.5, 4.5, 4.5, 4.5}, []float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
		// A wider gap (a space in letter-spaced text) ends a stretch.
		{"12345678", []float64{0, 3, 3, 3, 3, 9, 3, 3}, []float64{0, 0, 0, 0, 0, 9, 3, 3}},
		// 2024 年 1 月: gaps next to Chinese are no stretch.
		{"2024年1月15日", []float64{0, 0, 0, 0, 3, 3, 3, 3, 0, 3}, []float64{0, 0, 0, 0, 3, 3, 3, 3, 0, 3}},
		// Columns too far apart to be letters.
		{"123456", []float64{0, 20, 20, 20, 20, 20}, []float64{0, 20, 20, 20, 20, 20}},
		// letter-spacing:0.6em at 12 points (Chromium adds a rounding
		// error to each), and the same justified.
		{"13765432108", []float64{0, 7.2000003, 7.2, 7.2000003, 7.2, 7.2, 7.2, 7.2, 7.2, 7.2, 7.2}, []float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"13765432108", []float64{0, 8.6, 8.6, 8.6, 8.6, 8.6, 8.6, 8.6, 8.6, 8.6, 8.6}, []float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
		// One-digit cells 1.5 em apart: columns.
		{"13812345678", []float64{0, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4}, []float64{0, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4}},
	} {
		got := append([]float64(nil), c.gaps...)
		evenGaps(got, glyphs(c.text))
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestChromiumLetterSpacing: an ID and a mobile that Chromium printed
// with CSS letter-spacing read as numbers, and the words around them keep
// their spaces.
func TestChromiumLetterSpacing(t *testing.T) {
	p := pageTexts(extract(t, fixture(t, "testdata", "chromium_letterspacing.pdf")))[1]
	for _, want := range []string{"身份证号：110101199003074514", "联系 电话 13812345678 办公室", "word spacing test 123 456"} {
		if !strings.Contains(p, want) {
			t.Errorf("page text lacks %q:\n%s", want, p)
		}
	}
}
