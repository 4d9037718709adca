package pdf

import "unicode/utf8"

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

// simpleUse is what one simple font showed on a page.
type simpleUse struct {
	glyphs, symbols int
	distinct        map[rune]struct{}
}

// simpleUse records the text a simple font without ToUnicode showed.
func (st *pageStats) simpleUse(f *font, text []byte, glyphs int) {
	if st.simple == nil {
		st.simple = make(map[*font]*simpleUse)
	}
	u := st.simple[f]
	if u == nil {
		u = &simpleUse{distinct: map[rune]struct{}{}}
		st.simple[f] = u
	}
	u.glyphs += glyphs
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		text = text[n:]
		if highSymbol(r) {
			u.symbols++
			if len(u.distinct) < 64 {
				u.distinct[r] = struct{}{}
			}
		}
	}
}

// garbled is the number of glyphs of the page's garbled fonts.
func (st *pageStats) garbled() int {
	n := 0
	for _, u := range st.simple {
		if u.glyphs >= garbleMinGlyphs && len(u.distinct) >= garbleMinDistinct &&
			float64(u.symbols) >= garbleShare*float64(u.glyphs) {
			n += u.glyphs
		}
	}
	return n
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
