package ziptest

import (
	"os"
	"path/filepath"
	"strings"
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

// Recoded is a fixture of testdata/encodings: a package from a real
// producer whose XML parts are re-encoded (recode.py there), the file it
// was made from, what must be found in the re-encoded parts, and the
// members those are in.
type Recoded struct {
	File, From string
	Find       []string // text each of some part of the document
	Wide       []string // members that must be in UTF-16, as a check of the fixture
}

// SameAsOriginal checks that each re-encoded file reads exactly as the
// file it was made from (the same parts, text, cells and findings), that
// its Find texts are in its parts, and that its Wide members are UTF-16
// (their first two bytes hold a zero or a byte-order mark).
func SameAsOriginal(t *testing.T, files []Recoded, extract Extractor) {
	for _, r := range files {
		t.Run(filepath.Base(r.File), func(t *testing.T) {
			read := func(path string) ([]byte, *doc.Document) {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				d, err := extract(data, doc.DefaultLimits())
				if err != nil {
					t.Fatal(err)
				}
				return data, d
			}
			data, got := read(r.File)
			_, want := read(r.From)
			if w, g := string(Encode(want)), string(Encode(got)); w != g {
				t.Errorf("reads otherwise than %s (-want +got):\n%s", filepath.Base(r.From), Diff(w, g))
			}
			for _, s := range r.Find {
				found := false
				for _, p := range got.Parts {
					found = found || strings.Contains(p.Text, s)
				}
				if !found {
					t.Errorf("%q not found in any part", s)
				}
			}
			es, err := Entries(data)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range r.Wide {
				body := ""
				for _, e := range es {
					if e.Name == name {
						body = e.Body
					}
				}
				if len(body) < 2 || (body[0] != 0 && body[1] != 0 && body[0] != 0xff && body[0] != 0xfe) {
					t.Errorf("fixture: %s is not in UTF-16", name)
				}
			}
		})
	}
}
