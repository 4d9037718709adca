package normalize_test

import (
	"reflect"
	"testing"

	"github.com/mishen-gov/mishen/bench/textgen"
	"github.com/mishen-gov/mishen/internal/normalize"
)

// TestRunsGovernmentText checks the runs against the rune-by-rune path
// on a long generated government text with personal data, tables and
// traditional characters.
func TestRunsGovernmentText(t *testing.T) {
	s := textgen.GovernmentText(1<<20) + "中華人民共和國　國務院　辦公廳\t表格\r\n"
	fast := normalize.New(s)
	normalize.SetRuns(false)
	slow := normalize.New(s)
	normalize.SetRuns(true)
	if !reflect.DeepEqual(fast, slow) {
		t.Fatal("runs change the normal form or its map")
	}
}

// BenchmarkNormalizeGovernment is the normaliser on the text of the
// default-path benchmark; -cpu 1 for the rate per core.
func BenchmarkNormalizeGovernment(b *testing.B) {
	s := textgen.GovernmentText(4 << 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		normalize.New(s)
	}
}
