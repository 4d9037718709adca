package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// fontPDF is a one-page PDF whose content draws a label in Helvetica (F2)
// and then content in the font under test (F1, object 5). more are
// objects 7 on, for the font to refer to.
func fontPDF(font, content string, more ...string) []byte {
	content = "BT /F2 12 Tf 72 720 Td (Applicant number as shown below) Tj ET\n" + content
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		font,
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	return hand("%PDF-1.4\n", append(objs, more...), "/Root 1 0 R", false)
}

// type3Font is a Type 3 font without ToUnicode whose codes 65… (A…)
// carry the glyph names names; every glyph procedure is object 7.
func type3Font(names ...string) (font, procs string) {
	var cp, ws strings.Builder
	for _, n := range names {
		fmt.Fprintf(&cp, " /%s 7 0 R", n)
		ws.WriteString(" 600")
	}
	font = fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0]"+
		" /CharProcs <<%s >> /Encoding << /Type /Encoding /Differences [65 /%s] >>"+
		" /FirstChar 65 /LastChar %d /Widths [%s] /Resources << >> >>",
		cp.String(), strings.Join(names, " /"), 64+len(names), ws.String())
	proc := "600 0 0 0 600 700 d1 0 0 600 700 re f"
	return font, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(proc), proc)
}

// simpleFont is a simple font dictionary without ToUnicode whose
// descriptor (object 7) has the extra entries desc.
func simpleFont(subtype, base, encoding, desc string) (font, descriptor string) {
	font = fmt.Sprintf("<< /Type /Font /Subtype /%s /BaseFont /%s %s /FirstChar 0 /LastChar 255 /Widths [%s] /FontDescriptor 7 0 R >>",
		subtype, base, encoding, strings.TrimSpace(strings.Repeat(" 600", 256)))
	descriptor = fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0"+
		" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 %s >>", base, desc)
	return font, descriptor
}

// type1Program is a FontFile stream (object 8) whose clear text holds
// encoding.
func type1Program(encoding string) string {
	clear := "%!PS-AdobeFont-1.0: Test 001\n12 dict begin\n/FontName /Test def\n" + encoding + "\ncurrentfile eexec\n"
	return fmt.Sprintf("<< /Length %d /Length1 %d /Length2 0 /Length3 0 >>\nstream\n%s\nendstream", len(clear), len(clear), clear)
}

// A font that does not say which character its glyphs are (glyph names
// a producer made up, a subset's own builtin encoding) decodes codes to
// guesses: the page is unreadable.font_encoding, for OCR, and the guess
// stays in its text. Fonts whose glyph names or encoding say it are read
// as before.
func TestGuessedFonts(t *testing.T) {
	digits := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	var made []string
	for i := range 10 {
		made = append(made, fmt.Sprintf("g%d", i))
	}
	t3made, proc := type3Font(made...)
	t3agl, _ := type3Font(digits...)
	t3lone, _ := type3Font("G12", "G13")
	ttSubset, ttDesc := simpleFont("TrueType", "AAAAAA+B16CJK", "", "/FontFile2 8 0 R")
	ttWinAnsi, _ := simpleFont("TrueType", "AAAAAA+Arial", "/Encoding /WinAnsiEncoding", "")
	ttFull, _ := simpleFont("TrueType", "Wingdings", "", "")
	ttNonsymbolic, ttNonsymbolicDesc := simpleFont("TrueType", "AAAAAA+Arial", "", "")
	ttNonsymbolicDesc = strings.Replace(ttNonsymbolicDesc, "/Flags 4", "/Flags 32", 1)
	t1AGL, t1Desc := simpleFont("Type1", "ABCDEF+Song", "/Encoding << /Type /Encoding /Differences [1 /uni4E2D /uni6587 /one /a /eacute /a.sc] >>", "")
	t1Made, _ := simpleFont("Type1", "ABCDEF+Song", "/Encoding << /Type /Encoding /Differences [1 /cid01 /cid02 /cid03 /cid04 /cid05] >>", "")
	t1Builtin, t1BuiltinDesc := simpleFont("Type1", "ABCDEF+CMR10", "", "/FontFile 8 0 R")
	t1Std := type1Program("/Encoding StandardEncoding def")
	t1Own := type1Program("/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 1 /uni5BC6 put\ndup 49 /one put\ndup 65 /A put\ndup 12 /fi put\nreadonly def")
	t1Unknown := type1Program("/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 49 /c49 put\ndup 50 /c50 put\nreadonly def")
	tt := "<< /Length 4 >>\nstream\n\x00\x01\x00\x00\nendstream"
	id := "BT /F1 12 Tf 72 700 Td (DHABACBJIHABAGEEHJ) Tj ET"
	cases := []struct {
		name, font, content string
		more                []string
		rules               []string
		text                string
	}{
		{"type3 made-up names", t3made, id, []string{proc}, []string{"unreadable.font_encoding@1"}, "DHABACBJIHABAGEEHJ"},
		{"type3 glyph list names", t3agl, id, []string{proc}, nil, "370102198701064479"},
		{"type3 two made-up glyphs in a line", t3lone, "BT /F1 12 Tf 72 700 Td (AB) Tj ET", []string{proc}, nil, "AB"},
		{"truetype subset, builtin encoding", ttSubset, "BT /F1 12 Tf 72 700 Td <8081828384> Tj ET", []string{ttDesc, tt}, []string{"unreadable.font_encoding@1"}, "•†‡…—"},
		{"truetype subset, WinAnsi", ttWinAnsi, "BT /F1 12 Tf 72 700 Td (110101199003074514) Tj ET", []string{ttDesc}, nil, "110101199003074514"},
		{"truetype subset, nonsymbolic", ttNonsymbolic, "BT /F1 12 Tf 72 700 Td (110101199003074514) Tj ET", []string{ttNonsymbolicDesc}, nil, "110101199003074514"},
		{"truetype not a subset", ttFull, "BT /F1 12 Tf 72 700 Td (llllllll) Tj ET", []string{ttDesc}, nil, "llllllll"},
		{"type1 subset, glyph list names", t1AGL, "BT /F1 12 Tf 72 700 Td <010203040506> Tj ET", []string{t1Desc}, nil, "中文1aéa"},
		{"type1 subset, made-up names", t1Made, "BT /F1 12 Tf 72 700 Td (\\001\\002\\003\\004\\005) Tj ET", []string{t1Desc}, []string{"unreadable.font_encoding@1"}, ""},
		{"type1 subset, StandardEncoding program", t1Builtin, "BT /F1 12 Tf 72 700 Td (Hello world) Tj ET", []string{t1BuiltinDesc, t1Std}, nil, "Hello world"},
		{"type1 subset, program names", t1Builtin, "BT /F1 12 Tf 72 700 Td <0131410c0131> Tj ET", []string{t1BuiltinDesc, t1Own}, nil, "密1A"},
		{"type1 subset, made-up program names", t1Builtin, "BT /F1 12 Tf 72 700 Td (1212121212) Tj ET", []string{t1BuiltinDesc, t1Unknown}, []string{"unreadable.font_encoding@1"}, "1212121212"},
		{"type1 subset, no program", t1Builtin, "BT /F1 12 Tf 72 700 Td (1212121212) Tj ET", []string{t1BuiltinDesc}, []string{"unreadable.font_encoding@1"}, "1212121212"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := extract(t, fontPDF(c.font, c.content, c.more...))
			wantRules(t, d, c.rules...)
			if got := pageTexts(d)[1]; !strings.Contains(got, c.text) {
				t.Errorf("text = %q, want it to hold %q", got, c.text)
			}
		})
	}
}

// The producers' own files: a Type 3 font named g0…g9 (hand-written) and
// ReportLab's TrueType subsets with /ToUnicode removed are guessed; the
// same files with their maps, and a clean ReportLab file in Helvetica and
// STSong-Light, are read as they are.
func TestGuessedFontsProducers(t *testing.T) {
	const dir = "../../../testdata/blind16-pdf"
	for name, want := range map[string]string{
		"x02_raw_type3_no_cmap.pdf":         "unreadable.font_encoding@1",
		"z03_rl_marking_no_tounicode.pdf":   "unreadable.font_encoding@1",
		"z04_rl_ids_no_tounicode.pdf":       "unreadable.font_encoding@1",
		"z07_rl_clean_no_tounicode.pdf":     "unreadable.font_encoding@1",
		"x01_raw_type3_tounicode.pdf":       "",
		"r01_rl_marking_reverse.pdf":        "",
		"r11_rl_clean_numbers.pdf":          "",
		"g05_ps2pdf_intranet.pdf":           "",
		"l07_clean_workmgmt.pdf":            "",
		"k03_pdfkit_clean.pdf":              "",
		"c09_clean_secrecy_notice.pdf":      "",
		"g04_gs_clean_redistill.pdf":        "unreadable.font_encoding@1",
		"z06_pdfkit_clean_no_tounicode.pdf": "unreadable.font_encoding@1",
	} {
		d := extract(t, fixture(t, dir, name))
		got := ""
		for _, f := range d.Findings {
			if f.Rule == RuleFont || f.Rule == RuleNoTextLayer {
				got = fmt.Sprintf("%s@%d", f.Rule, f.Location.Page)
			}
		}
		if got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

func TestGlyphNames(t *testing.T) {
	if n := len(latinGlyphs); n != 95+96+5 {
		t.Fatalf("%d Latin glyph names", n)
	}
	for name, want := range map[string]rune{
		"space": ' ', "zero": '0', "asciitilde": '~', "nbspace": 0xa0, "ydieresis": 'ÿ', "eacute": 'é',
		"uni4E2D": '中', "uni4E2D4E2D": '中', "u1F600": 0x1f600, "one.oldstyle": '1', "a.sc": 'a',
		"g0": 0, "G12": 0, "cid123": 0, "uniD800": 0, "uZZZZ": 0, "uni": 0, ".notdef": 0, "glyph12": 0,
	} {
		r, ok := glyphNameRune(name)
		if r != want || ok != (want != 0) {
			t.Errorf("glyphNameRune(%q) = %q, %v", name, r, ok)
		}
	}
	for name, want := range map[string]bool{"ABCDEF+Song": true, "AAAAAA+B16CJK": true, "Helvetica": false, "ABCDEf+Song": false, "ABCDEF+": false} {
		if subsetName(name) != want {
			t.Errorf("subsetName(%q) = %v", name, !want)
		}
	}
}

// FuzzType1Encoding: reading the clear text of a Type 1 program never
// panics and keeps codes in range.
func FuzzType1Encoding(f *testing.F) {
	f.Add([]byte("/Encoding StandardEncoding def"))
	f.Add([]byte("/Encoding 256 array 0 1 255 {1 index exch /.notdef put} for dup 49 /one put dup 65 /A put readonly def currentfile eexec"))
	f.Add([]byte("/Encoding dup dup 300 /x put dup -1 /y put dup 3 / put"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, names := parseType1Encoding(b)
		for c := range names {
			if c < 0 || c > 255 {
				t.Fatalf("code %d", c)
			}
		}
	})
}
