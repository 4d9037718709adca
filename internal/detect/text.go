package detect

import (
	"strings"
	"unicode/utf8"
)

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isAlnum(c byte) bool { return isDigit(c) || isLower(c) }

// before returns up to n runes of s that end at byte i.
func before(s string, i, n int) string {
	j := i
	for k := 0; k < n && j > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:j])
		j -= w
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
