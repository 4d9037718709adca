package detect

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNextInRange holds the word-at-a-time searches to a byte-by-byte
// search.
func FuzzNextInRange(f *testing.F) {
	f.Add("身份证号码 110101199003074514，手机 13800138000", 0, byte('0'), byte('9'))
	f.Add("京A12345 政务公开", 3, byte('a'), byte('z'))
	f.Add("\x2f\x3a\x7f\x80\xff09az", 0, byte(0), byte(127))
	f.Fuzz(func(t *testing.T, s string, i int, lo, hi byte) {
		lo, hi = max(lo&0x7f, 1), hi&0x7f
		if lo > hi || i < 0 || i > len(s) {
			return
		}
		want := len(s)
		for k := i; k < len(s); k++ {
			if lo <= s[k] && s[k] <= hi {
				want = k
				break
			}
		}
		if got := nextInRange(s, i, lo, hi); got != want {
			t.Fatalf("nextInRange(%q, %d, %q, %q) = %d, want %d", s, i, lo, hi, got, want)
		}
		want = len(s)
		for k := i; k < len(s); k++ {
			if s[k] < 0x80 {
				want = k
				break
			}
		}
		if got := nextASCII(s, i); got != want {
			t.Fatalf("nextASCII(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

// FuzzWordSet holds the one-pass search of a word set to a search for
// each word.
func FuzzWordSet(f *testing.F) {
	f.Add("单位:万元 项目 预算数", "单位:元", "(万元)")
	f.Add("联系人 张某 电话", "电话", "%")
	f.Add("\xe5\x85 tel 1", "tel", "\x85")
	f.Add("姓名手机", "", "名手")
	f.Fuzz(func(t *testing.T, s, a, b string) {
		ws := newWordSet(a, b)
		want := a != "" && strings.Contains(s, a) || b != "" && strings.Contains(s, b)
		// A word that starts inside a character is never looked for
		// there: the words of a set are whole characters.
		if utf8.ValidString(a) && utf8.ValidString(b) && utf8.ValidString(s) {
			if got := ws.in(s); got != want {
				t.Fatalf("newWordSet(%q, %q).in(%q) = %v, want %v", a, b, s, got, want)
			}
		} else if ws.in(s) && !want {
			t.Fatalf("newWordSet(%q, %q).in(%q) found a word that is not there", a, b, s)
		}
	})
}
