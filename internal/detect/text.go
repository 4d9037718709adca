package detect

import (
	"strings"
	"unicode/utf8"
)

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isAlnum(c byte) bool { return isDigit(c) || isLower(c) }

// before returns up to n runes of s that end at byte i. s is a normal
// form, valid UTF-8: a rune is found by stepping back over its
// continuation bytes (10xxxxxx), not decoded (every number's context
// window is read so, a few percent of a scan).
func before(s string, i, n int) string {
	j := i
	for k := 0; k < n && j > 0; k++ {
		j--
		for m := 0; m < utf8.UTFMax-1 && j > 0 && s[j]&0xC0 == 0x80; m++ {
			j--
		}
	}
	return s[j:i]
}

// after returns up to n runes of s that start at byte i.
func after(s string, i, n int) string {
	j := i
	for k := 0; k < n && j < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	return s[i:j]
}

// wordSet finds any of a few words in windows of hundreds of bytes (the
// lines above a number) in one pass: a bit for every pair of bytes some
// word starts with, and the words compared only where one is set. One
// search a word costs a pass a word, and most ideographs share a first
// byte, so a search by the first byte stops everywhere.
type wordSet struct {
	words  []string
	maxLen int                  // the longest word's bytes
	pairs  [1 << 16 / 64]uint64 // bit b0<<8|b1: a word starts with bytes b0 b1
	bytes  [4]uint64            // bit b: a word of the one byte b
}

func newWordSet(words ...string) *wordSet {
	ws := &wordSet{}
	for _, w := range words {
		if w != "" {
			ws.words = append(ws.words, w)
		}
		switch len(w) {
		case 0:
		case 1:
			ws.bytes[w[0]>>6] |= 1 << (w[0] & 63)
		default:
			p := uint16(w[0])<<8 | uint16(w[1])
			ws.pairs[p>>6] |= 1 << (p & 63)
		}
	}
	return ws
}

// in reports whether s holds one of the words.
func (ws *wordSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c&0xC0 == 0x80 {
			continue // inside a character: no word starts here
		}
		if ws.bytes[c>>6]&(1<<(c&63)) != 0 {
			return true
		}
		if i+1 == len(s) {
			break
		}
		p := uint16(c)<<8 | uint16(s[i+1])
		if ws.pairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		for _, w := range ws.words {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// leftOK reports whether a number may start at byte i: not inside a word of
// letters or digits, and not the fraction of a decimal.
func leftOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	c := s[i-1]
	if isAlnum(c) || c == '_' {
		return false
	}
	if (c == '.' || c == '/' || c == '-') && i >= 2 && isDigit(s[i-2]) {
		return false
	}
	return true
}

// rightOK reports whether a number may end at byte j.
func rightOK(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	c := s[j]
	if isAlnum(c) || c == '_' {
		return false
	}
	if (c == '.' || c == '/') && j+1 < len(s) && isDigit(s[j+1]) {
		return false
	}
	return true
}
