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
