package htmlx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// textByFields is sink.text as it was, with strings.FieldsFunc: the
// reference for the byte-by-byte split.
func (s *sink) textByFields(t string) error {
	if first, _ := utf8.DecodeRuneInString(t); isSpace(first) {
		s.space = true
	}
	for i, w := range strings.FieldsFunc(t, isSpace) {
		if i > 0 {
			s.space = true
		}
		if err := s.word(w); err != nil {
			return err
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(t); isSpace(last) {
		s.space = true
	}
	return nil
}

// FuzzSinkText: the byte-by-byte split writes what FieldsFunc did, with
// the same owed space, for any text, with any state before it.
func FuzzSinkText(f *testing.F) {
	f.Add("关于 做好\t政务公开\n工作的通知 ", "前文", false, 100)
	f.Add("\x00 a\xff b\u3000c \f", "", true, 3)
	f.Fuzz(func(t *testing.T, text, before string, space bool, left int) {
		if text == "" {
			return
		}
		run := func(split func(*sink) error) (string, bool, bool, int, error) {
			s := &sink{x: &extractor{left: left}}
			s.raw(before)
			s.space = space
			err := split(s)
			return s.String(), s.space, s.bare, s.runes, err
		}
		a1, a2, a3, a4, a5 := run(func(s *sink) error { return s.text(text, false) })
		b1, b2, b3, b4, b5 := run(func(s *sink) error { return s.textByFields(text) })
		if a1 != b1 || a2 != b2 || a3 != b3 || a4 != b4 || a5 != b5 {
			t.Fatalf("text(%q) after %q: %q %v %v %d %v, FieldsFunc gives %q %v %v %d %v", text, before, a1, a2, a3, a4, a5, b1, b2, b3, b4, b5)
		}
	})
}

// TestRuneCount: the eight-bytes-a-step count is package utf8's for
// valid text of every width and for invalid text, at every length and
// alignment around the eight-byte steps.
func TestRuneCount(t *testing.T) {
	pieces := []string{"a", "é", "政", "𠀀", "\xff", "\x80", "\xe6\x94", " ", "\u3000"}
	rng := uint32(1)
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := 0; k < n%41; k++ {
			rng = rng*1664525 + 1013904223
			p := pieces[rng>>16%uint32(len(pieces))]
			if n%3 != 0 && (p[0] == 0xff || p[0] == 0x80 || len(p) == 2 && p[0] == 0xe6) {
				p = "政" // two in three texts valid
			}
			b.WriteString(p)
		}
		s := b.String()
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}
