package detect

import (
	"strings"
	"testing"
)

// TestCalledAcrossBlocks: reading the text for keywords in blocks calls
// exactly the detectors one pass over the whole text calls, for keywords
// cut by every block boundary, found only past the first block, or
// absent; and a text that calls every detector in its first block is
// not read further.
func TestCalledAcrossBlocks(t *testing.T) {
	e := testEngine(t)
	whole := func(b []byte) []bool {
		run := make([]bool, len(e.dets))
		for _, k := range e.pre.MatchThreadSafe(b) {
			for _, i := range e.kwDets[k] {
				run[i] = true
			}
		}
		return run
	}
	filler := strings.Repeat("为进一步做好政务公开工作，现将有关事项通知如下。", keywordBlock/60)
	step := keywordBlock - e.longest
	for ki, k := range e.keywords {
		for _, at := range []int{step - len(k) + 1, step - 1, step, keywordBlock - len(k), keywordBlock - 1, 2*step - 3, 3 * keywordBlock} {
			if at < 0 {
				continue
			}
			b := []byte(strings.Repeat("x", at) + k + filler)
			got, _ := e.called(b)
			want := whole(b)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("keyword %d %q at byte %d: detector %s called %v, one pass says %v", ki, k, at, e.dets[i].Rule, got[i], want[i])
				}
			}
			if !want[e.kwDets[ki][0]] {
				t.Fatalf("keyword %q at %d calls nothing", k, at)
			}
		}
	}
	// Every keyword at the start: the first block is all that is read.
	b := []byte(strings.Join(e.keywords, " ") + strings.Repeat(filler, 20))
	run, read := e.called(b)
	if read != keywordBlock {
		t.Fatalf("read %d bytes of %d, want the first block (%d)", read, len(b), keywordBlock)
	}
	n := 0
	for _, r := range run {
		if r {
			n++
		}
	}
	if n != e.gated {
		t.Fatalf("%d detectors called, want all %d gated ones", n, e.gated)
	}
}
