package pdf

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
)

// textString decodes a PDF text string (metadata, annotation contents):
// UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), else PDFDocEncoding.
// The library has already decrypted it (third_party/ledongthuc-pdf).
func textString(v lpdf.Value) string {
	return decodeTextString(v.RawString())
}

// nameString decodes the bytes of a PDF name (a destination's, a check
// box state's): UTF-8 when they are (producers write names so, and PDF 2.0
// says to), else as a text string.
func nameString(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return decodeTextString(s)
}

// decodeTextString decodes the bytes of a PDF text string (also an
// /ActualText in a content stream).
func decodeTextString(s string) string {
	switch {
	case strings.HasPrefix(s, "\xfe\xff"):
		return string(utf16.Decode(utf16Units([]byte(s[2:]))))
	case strings.HasPrefix(s, "\xef\xbb\xbf"):
		return strings.ToValidUTF8(s[3:], "")
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80 && c >= 0x20 || c == '\n' || c == '\t' || c == '\r':
			b = append(b, c)
		case c >= 0x80 && c < 0xa0:
			if r := pdfDocHigh[c-0x80]; r != 0 {
				b = utf8.AppendRune(b, r)
			}
		case c >= 0xa0:
			b = utf8.AppendRune(b, rune(c))
		}
	}
	return string(b)
}

// pdfDocHigh is PDFDocEncoding for 0x80–0x9F (PDF 32000-1, table D.2).
var pdfDocHigh = [32]rune{
	0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044,
	0x2039, 0x203a, 0x2212, 0x2030, 0x201e, 0x201c, 0x201d, 0x2018,
	0x2019, 0x201a, 0x2122, 0xfb01, 0xfb02, 0x0141, 0x0152, 0x0160,
	0x0178, 0x017d, 0x0131, 0x0142, 0x0153, 0x0161, 0x017e, 0,
}
