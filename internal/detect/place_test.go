package detect

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/normalize"
	"github.com/mishen-gov/mishen/internal/report"
)

// TestPlaceInPieces checks that findings placed in pieces across cores
// (a text with more than placeInPieces findings) get the same excerpts
// and messages as in one piece: each masked, in order, the last one
// included. Run with -race to check the pieces share nothing they write.
func TestPlaceInPieces(t *testing.T) {
	e := testEngine(t)
	var b strings.Builder
	n := placeInPieces + 500
	for i := range n {
		fmt.Fprintf(&b, "第%d户联系人手机139%08d，", i, i)
	}
	fs := e.Scan(b.String(), report.Location{Part: "body"})
	mobiles := 0
	for i, f := range fs {
		if f.Category != report.MobilePhone {
			continue
		}
		mobiles++
		if !strings.Contains(f.Excerpt, "****") || !strings.Contains(f.Message, "139****") {
			t.Fatalf("finding %d: excerpt %q, message %q", i, f.Excerpt, f.Message)
		}
		if i > 0 && f.Location.Start < fs[i-1].Location.Start {
			t.Fatalf("finding %d out of order", i)
		}
	}
	if mobiles != n {
		t.Errorf("%d mobiles, want %d", mobiles, n)
	}
}

// TestLineBeforeByLineStart checks that cutting a context at its line's
// first byte gives what walking back rune by rune gives.
func TestLineBeforeByLineStart(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	pieces := []string{"身份证", "号码", "ab", "12", " ", "\n", "\n\n", "　", "：", "\u200b", "Ｘ"}
	for range 200 {
		var b strings.Builder
		for range r.Intn(60) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		tx := normalize.New(b.String())
		walk := &input{norm: tx.Norm, origLine: func(i int) int { return tx.Line(tx.OrigOf(i)) }}
		cut := &input{norm: tx.Norm, origLine: walk.origLine,
			lineStart: func(i int) int { return tx.NormOf(tx.LineStart(tx.Line(tx.OrigOf(i)))) }}
		for i := 0; i <= len(tx.Norm); i++ {
			if i < len(tx.Norm) && !utf8.RuneStart(tx.Norm[i]) {
				continue
			}
			if a, c := walk.lineBefore(i, 8), cut.lineBefore(i, 8); a != c {
				t.Fatalf("%q at %d: walking %q, cutting %q", b.String(), i, a, c)
			}
		}
	}
}
