package detect

import (
	"testing"
	"unicode/utf8"
)

// TestBeforeDecodes holds before, which steps over continuation bytes, to
// decoding rune by rune on valid UTF-8.
func TestBeforeDecodes(t *testing.T) {
	s := "身份证号：110101 19900307 451X，手机 a𝄞b——联系人\n王某 ☆"
	for i := 0; i <= len(s); i++ {
		if !utf8.RuneStart(s[min(i, len(s)-1)]) && i < len(s) {
			continue
		}
		for n := 0; n < 40; n++ {
			j := i
			for k := 0; k < n && j > 0; k++ {
				_, w := utf8.DecodeLastRuneInString(s[:j])
				j -= w
			}
			if got := before(s, i, n); got != s[j:i] {
				t.Fatalf("before(s, %d, %d) = %q, want %q", i, n, got, s[j:i])
			}
		}
	}
}
