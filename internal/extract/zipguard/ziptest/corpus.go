package ziptest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// Extractor is the shape of the docx and xlsx extractors.
type Extractor func([]byte, doc.Limits) (*doc.Document, error)

// HangAfter is how long an extraction may take before a test calls it a
// hang. It is a guard against loops, not a speed target (speed is
// measured by benchmarks), so it is far above the milliseconds these
// files take.
const HangAfter = 10 * time.Second

// Glob returns the files matching the patterns; the fixtures are committed,
// so finding none fails the test rather than skipping it.
func Glob(t testing.TB, patterns ...string) []string {
	t.Helper()
	var out []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) == 0 {
		t.Fatalf("no files match %v", patterns)
	}
	return out
}

// GoldenFiles extracts each file and compares the document with
// testdata/<name>.golden.json, rewriting it when update is set.
func GoldenFiles(t *testing.T, files []string, extract Extractor, update bool) {
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := extract(data, doc.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			Golden(t, filepath.Join("testdata", filepath.Base(path)+".golden.json"), d, update)
		})
	}
}

// Unreadable checks that each broken or hostile file is reported with an
// unreadable finding under the default limits, without hanging.
func Unreadable(t *testing.T, files []string, extract Extractor) {
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			d, _ := extract(data, doc.DefaultLimits())
			if el := time.Since(start); el > HangAfter {
				t.Errorf("took %v: a hang", el)
			}
			for _, f := range d.Findings {
				if f.Category == report.Unreadable {
					return
				}
			}
			t.Errorf("no unreadable finding: %+v", d.Findings)
		})
	}
}
