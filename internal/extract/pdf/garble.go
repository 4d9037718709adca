package pdf

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
)

// Garbled text layers. A CJK font converted without its character map
// (pdftops then ps2pdf, some print drivers) becomes a simple font whose
// codes are numbered from 0x80 up and read through WinAnsi or
// PDFDocEncoding: the page shows Chinese and its text layer says
// "•†‡…—–ƒ⁄‹›" (pdftotext reads the same). Nothing is unknown to the
// decoder, so the page looked read. A simple font without ToUnicode whose
// glyphs are mostly such symbols, many different ones, is garbled: its
// glyphs count as undecodable, which makes the page
// unreadable.font_encoding, and OCR then reads what the page shows.
//
// A font used for a few symbols (° ± × in a table, bullets) shows few
// different ones and is not garbled; Western text with accents is mostly
// plain letters.

// Bounds of a garbled font on one page.
const (
	garbleMinGlyphs   = 10
	garbleMinDistinct = 8
	garbleShare       = 0.6
)

// fontUse is what one font showed on a page: its glyphs, and of the
// runes they read as, how many are letters (not digits or spaces) and
// how many are marks of a garbled font — WinAnsi's symbols for a simple
// font without a map (highSymbol), junk for a font with one
// (mappedJunk) — and which marks.
type fontUse struct {
	glyphs, letters, marks int
	distinct               map[rune]struct{}
}

// use records that font f showed text in glyphs glyphs, counting as
// marks the runes mark says are.
func (st *pageStats) use(f *font, text []byte, glyphs int, mark func(rune) bool) {
	if st.fonts == nil {
		st.fonts = make(map[*font]*fontUse)
	}
	u := st.fonts[f]
	if u == nil {
		u = &fontUse{distinct: map[rune]struct{}{}}
		st.fonts[f] = u
	}
	u.glyphs += glyphs
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		text = text[n:]
		if r >= '0' && r <= '9' || r == ' ' {
			continue
		}
		u.letters++
		if mark(r) {
			u.marks++
			if len(u.distinct) < 64 {
				u.distinct[r] = struct{}{}
			}
		}
	}
}

// simpleUse records the text a simple font without ToUnicode showed.
func (st *pageStats) simpleUse(f *font, text []byte, glyphs int) { st.use(f, text, glyphs, highSymbol) }

// mappedUse records the text a font with a ToUnicode map showed.
func (st *pageStats) mappedUse(f *font, text []byte, glyphs int) { st.use(f, text, glyphs, mappedJunk) }

// garbled is the number of glyphs of the page's garbled fonts: a simple
// font without a map whose glyphs are mostly WinAnsi symbols, or a font
// with a map whose letters are mostly junk, many different ones either
// way. A font with guessed codes is not counted again: its guesses are
// undecodable glyphs already.
func (st *pageStats) garbled() int {
	n := 0
	for f, u := range st.fonts {
		if len(u.distinct) < garbleMinDistinct {
			continue
		}
		switch {
		case f.toUni == nil && f.guessed == nil && u.glyphs >= garbleMinGlyphs &&
			float64(u.marks) >= garbleShare*float64(u.glyphs):
			n += u.glyphs
		case f.toUni != nil && u.letters >= garbleMinGlyphs &&
			float64(u.marks) >= mappedJunkShare*float64(u.letters):
			n += u.glyphs
		}
	}
	return n
}

// A ToUnicode map that names the wrong characters for a whole font.
// Ghostscript rewriting an embedded CJK subset (pdfkit's, re-distilled
// with pdfwrite) writes one that sends its CIDs to Latin-1 letters and
// signs and to ASCII symbols: the page shows 机密★1年 and its text layer,
// pdftotext's too, reads "ß'1~ {e ~^þ}ÞÞ}ÿ". Only the digits come out
// right, so a table of IDs is still found and its names are not. There
// is no Chinese character beside such junk for misreadRunes to see. A
// font whose letters (what is not a digit or a space) are mostly
// Latin-1's upper half, control characters and the ASCII symbols that
// prose never uses (~ ^ { } | \ ` _), many different ones, is garbled as
// a simple font without a map is. Western text with accents is mostly
// plain letters: French, the densest, has about one in five.
const mappedJunkShare = 0.4

// mappedJunk reports whether r is what a wrong ToUnicode map gives: a
// control character, a Latin-1 letter or sign other than the ones
// Chinese text uses (no-break space, °, ±, ·, ×, ÷ is not spared), or
// an ASCII symbol prose does not use.
func mappedJunk(r rune) bool {
	switch {
	case r < ' ' && r != '\t' && r != '\n' && r != '\r', r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0xa1 && r <= 0xff:
		return r != 0xb0 && r != 0xb1 && r != 0xb7 && r != 0xd7
	}
	return strings.ContainsRune("~^{}|\\`_", r)
}

// highSymbol reports whether r is what the upper half of WinAnsi or
// PDFDocEncoding decodes to, other than a letter used in Western text:
// punctuation, symbols, ligatures and the Latin-1 signs.
func highSymbol(r rune) bool {
	switch {
	case r >= 0xa1 && r <= 0xbf, r == 0xd7, r == 0xf7:
		return true
	case r >= 0x2013 && r <= 0x2122, r >= 0xfb01 && r <= 0xfb02, r == 0x192, r == 0x2c6, r == 0x2dc, r == 0x2212:
		return true
	}
	return false
}

// misreadRunes counts the Latin-1 and Latin Extended letters and signs
// that stand between two Chinese characters in text: a ToUnicode map that
// names the wrong characters (Ghostscript rewriting Chromium's Type 3
// fonts) turns 、（）责 into "1ÿĀ°" inside Chinese prose, where a person
// never writes them. The middle dot of transliterated names (·) and the
// multiplication sign are not counted.
func misreadRunes(text string) int {
	n := 0
	var prev, cur rune = -1, -1
	for _, next := range text {
		if cur >= 0xa0 && cur <= 0x24f && cur != 0xb7 && cur != 0xd7 && isHan(prev) && (isHan(next) || next >= '0' && next <= '9') {
			n++
		}
		prev, cur = cur, next
	}
	return n
}

func isHan(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf || r >= 0x2e80 && r <= 0x2fdf
}

// minMisread is how many misread characters make a page's text layer
// untrustworthy.
const minMisread = 3

// Guessed text layers. A simple font without ToUnicode says which
// character a glyph is only through the glyph names of its encoding: a
// named encoding (WinAnsi, MacRoman, Standard) or Differences names that
// the Adobe Glyph List turns into characters (a, one, uni4E2D). Where it
// says nothing, the decoder falls back to the code itself, and the text
// layer reads what the page does not show:
//
//   - a Type 3 font whose glyphs are named by the producer (g0…g9, G12)
//     reads the codes as letters (DHAB…) while its glyph procedures draw
//     digits;
//   - a subset font (BaseFont ABCDEF+Name) with its builtin encoding
//     numbers its glyphs in the order they were used (ReportLab's
//     TrueType subsets): the text layer reads ASCII and €•‚ƒ„… while the
//     page shows Chinese.
//
// Such codes are guessed. Their text is kept, but their glyphs count as
// undecodable, which makes the page unreadable.font_encoding, and OCR
// then reads what the page shows. A standard font (not embedded, not a
// subset) keeps its builtin encoding, which is StandardEncoding.

// maxDifferences bounds the items of a Differences array read.
const maxDifferences = 4096

// guessedCodes returns which codes of the simple font v (of subtype
// subtype, decoded through t) are guessed, or nil when none is. It maps
// in t the codes whose Differences name the library does not read but
// the Adobe Glyph List does (uni4E2D, u1F600, a.sc).
func guessedCodes(v lpdf.Value, subtype string, t *[256]rune) *[256]bool {
	enc := v.Key("Encoding")
	names := differences(enc)
	// A code without a Differences name takes the base encoding: a named
	// one is known; the font's builtin one is the producer's own in a
	// subset or a Type 3 font.
	builtin := enc.Kind() != lpdf.Name && enc.Key("BaseEncoding").Kind() != lpdf.Name
	baseGuessed := builtin && (subtype == "Type3" || subsetName(v.Key("BaseFont").Name()))
	if flags := v.Key("FontDescriptor").Key("Flags").Int64(); subtype == "TrueType" && flags&32 != 0 && flags&4 == 0 {
		baseGuessed = false // nonsymbolic: StandardEncoding
	}
	var fromProgram [256]bool // names the library did not decode
	if baseGuessed && (subtype == "Type1" || subtype == "MMType1") {
		// A Type 1 program says its builtin encoding in clear text
		// (pdfTeX leaves out /Encoding for Computer Modern).
		std, own := type1Encoding(v.Key("FontDescriptor").Key("FontFile"))
		if std {
			baseGuessed = false
		}
		for c, n := range own {
			if names[c] == "" {
				names[c], fromProgram[c] = n, true
			}
		}
	}
	var g [256]bool
	any := false
	for c := range g {
		n := names[c]
		if n != "" {
			if r, ok := glyphNameRune(n); ok {
				t[c] = r
				continue
			}
			if n == ".notdef" || !fromProgram[c] && t[c] != 0 && t[c] != rune(c) {
				continue // no glyph, or a name the library reads
			}
		}
		if t[c] == 0 {
			continue // undecodable already
		}
		g[c] = n != "" || baseGuessed
		any = any || g[c]
	}
	if !any {
		return nil
	}
	return &g
}

// differences returns the glyph name of each code that the Differences
// array of the encoding dictionary enc names.
func differences(enc lpdf.Value) *[256]string {
	var names [256]string
	d := enc.Key("Differences")
	code := -1
	for i := 0; i < d.Len() && i < maxDifferences; i++ {
		x := d.Index(i)
		switch x.Kind() {
		case lpdf.Integer:
			code = int(x.Int64())
		case lpdf.Name:
			if code >= 0 && code < len(names) {
				names[code] = x.Name()
			}
			if code >= 0 {
				code++
			}
		}
	}
	return &names
}

// subsetName reports whether a BaseFont names a subset: six capital
// letters and a plus sign before the font's name.
func subsetName(name string) bool {
	if len(name) < 8 || name[6] != '+' {
		return false
	}
	for i := 0; i < 6; i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

// glyphNameRune reads the glyph names that decode to a code's own
// character, which the library cannot tell from a fallback, and the
// forms of the Adobe Glyph List the library does not read: uniXXXX,
// uXXXX[XX] and a suffix after a period (one.oldstyle).
func glyphNameRune(name string) (rune, bool) {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if r, ok := latinGlyphs[name]; ok {
		return r, true
	}
	hex := func(s string) (rune, bool) {
		v, err := strconv.ParseUint(s, 16, 32)
		r := rune(v)
		if err != nil || r == 0 || r > utf8.MaxRune || utf16.IsSurrogate(r) {
			return 0, false
		}
		return r, true
	}
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && len(name)%4 == 3:
		return hex(name[3:7]) // a ligature's first character
	case len(name) >= 5 && len(name) <= 7 && name[0] == 'u':
		return hex(name[1:])
	}
	return 0, false
}

// latinGlyphs are the Adobe Glyph List names of printable ASCII and of
// Latin-1, whose characters are their codes.
var latinGlyphs = func() map[string]rune {
	m := map[string]rune{"nonbreakingspace": 0xa0, "softhyphen": 0xad, "middot": 0xb7, "mu1": 0xb5, "overscore": 0xaf}
	ascii := strings.Fields(`space exclam quotedbl numbersign dollar percent ampersand quotesingle
		parenleft parenright asterisk plus comma hyphen period slash
		zero one two three four five six seven eight nine colon semicolon less equal greater question
		at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z
		bracketleft backslash bracketright asciicircum underscore
		grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde`)
	latin1 := strings.Fields(`nbspace exclamdown cent sterling currency yen brokenbar section
		dieresis copyright ordfeminine guillemotleft logicalnot sfthyphen registered macron
		degree plusminus twosuperior threesuperior acute mu paragraph periodcentered
		cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown
		Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla
		Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis
		Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply
		Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls
		agrave aacute acircumflex atilde adieresis aring ae ccedilla
		egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis
		eth ntilde ograve oacute ocircumflex otilde odieresis divide
		oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis`)
	for i, n := range ascii {
		m[n] = rune(0x20 + i)
	}
	for i, n := range latin1 {
		m[n] = rune(0xa0 + i)
	}
	return m
}()

// maxType1Clear bounds the bytes of a Type 1 program read for its
// encoding, which comes in the clear-text part before eexec.
const maxType1Clear = 64 << 10

// type1Encoding reads the builtin encoding of a Type 1 font program ff
// (a FontFile stream): std when it is StandardEncoding, or the glyph
// names of the codes it encodes (dup 65 /A put). A program that cannot
// be read gives neither.
func type1Encoding(ff lpdf.Value) (std bool, names map[int]string) {
	if ff.Kind() != lpdf.Stream {
		return false, nil
	}
	defer func() {
		if recover() != nil {
			std, names = false, nil
		}
	}()
	rd := decoded(ff)
	n := int64(maxType1Clear)
	if l := ff.Key("Length1").Int64(); l > 0 && l < n {
		n = l
	}
	clear, _ := io.ReadAll(io.LimitReader(rd, n))
	return parseType1Encoding(clear)
}

// parseType1Encoding reads the encoding in the clear-text part of a
// Type 1 program, as type1Encoding.
func parseType1Encoding(clear []byte) (std bool, names map[int]string) {
	if i := bytes.Index(clear, []byte("eexec")); i >= 0 {
		clear = clear[:i]
	}
	i := bytes.Index(clear, []byte("/Encoding"))
	if i < 0 {
		return false, nil
	}
	f := bytes.Fields(clear[i+len("/Encoding"):])
	if len(f) > 0 && string(f[0]) == "StandardEncoding" {
		return true, nil
	}
	for k := 0; k+3 < len(f); k++ {
		if string(f[k]) == "def" || string(f[k]) == "readonly" && string(f[k+1]) == "def" {
			break
		}
		if string(f[k]) != "dup" || string(f[k+3]) != "put" || len(f[k+2]) < 2 || f[k+2][0] != '/' {
			continue
		}
		c, err := strconv.Atoi(string(f[k+1]))
		if err != nil || c < 0 || c > 255 {
			continue
		}
		if names == nil {
			names = map[int]string{}
		}
		names[c] = string(f[k+2][1:])
		k += 3
	}
	return false, names
}
