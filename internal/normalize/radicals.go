package normalize

import (
	"sync"
	"unicode/utf8"
)

// Radicals. PDF producers (Chromium, Qt, wkhtmltopdf) map some ideographs
// of a subset font to the code points of their radical forms: 民 comes out
// as ⺠ U+2EA0, 见 as ⻅ U+2EC5, 长 as ⻓ U+2ED3. NFKC folds the Kangxi
// Radicals block but not the CJK Radicals Supplement, so the normal form
// maps both (and the CJK Strokes that have one) to the unified ideograph
// the Unicode Character Database names as equivalent
// (EquivalentUnifiedIdeograph.txt; radicals_table.go is generated from it
// by gen_radicals.go).
var (
	radicalsOnce sync.Once
	radicalMap   map[rune]rune
)

func buildRadicals() {
	radicalMap = make(map[rune]rune, utf8.RuneCountInString(radicalPairs)/2)
	s := radicalPairs
	for len(s) > 0 {
		k, n := utf8.DecodeRuneInString(s)
		v, m := utf8.DecodeRuneInString(s[n:])
		s = s[n+m:]
		radicalMap[k] = v
	}
}

// radical returns the unified ideograph equivalent to the radical or
// stroke r, and whether r is one.
func radical(r rune) (rune, bool) {
	if r < 0x2E80 || r > 0x31EF {
		return 0, false
	}
	radicalsOnce.Do(buildRadicals)
	u, ok := radicalMap[r]
	return u, ok
}
