package prefault

import "testing"

type finding struct {
	rule, text string
	pad        [30]int
}

// TestSliceKeepsContents: populating pages never changes what is in them,
// whole pages or the parts of pages at either end.
func TestSliceKeepsContents(t *testing.T) {
	s := make([]finding, 20000)
	for i := range s {
		s[i] = finding{rule: "r", text: "t"}
		s[i].pad[i%30] = i
	}
	Slice(s)
	Slice(s[:0])
	Slice(s[7:11]) // smaller than a page: nothing to do
	Huge(s)
	Huge(s[3:])
	Huge(s[:0])
	for i := range s {
		if s[i].rule != "r" || s[i].text != "t" || s[i].pad[i%30] != i {
			t.Fatalf("element %d changed: %+v", i, s[i])
		}
	}
}
