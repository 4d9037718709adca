package pdf

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden is the extractor's output in a stable, readable form.
type golden struct {
	Format   string          `json:"format"`
	Parts    []goldenPart    `json:"parts"`
	Findings []goldenFinding `json:"findings"`
}

type goldenPart struct {
	Kind   string `json:"kind"`
	Page   int    `json:"page,omitempty"`
	Hidden string `json:"hidden,omitempty"`
	Text   string `json:"text"`
}

type goldenFinding struct {
	Rule    string `json:"rule"`
	Page    int    `json:"page,omitempty"`
	Message string `json:"message"`
}

func toGolden(d *doc.Document) golden {
	g := golden{Format: d.Format, Parts: []goldenPart{}, Findings: []goldenFinding{}}
	for _, p := range d.Parts {
		g.Parts = append(g.Parts, goldenPart{Kind: p.Kind, Page: p.Page, Hidden: p.Hidden, Text: p.Text})
	}
	for _, f := range d.Findings {
		g.Findings = append(g.Findings, goldenFinding{Rule: f.Rule, Page: f.Location.Page, Message: f.Message})
	}
	return g
}

// TestGolden compares the output for every PDF fixture with
// testdata/NAME.golden.json (malformed fixtures: malformed_NAME…). Run
// with -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	var files []string
	for _, dir := range []string{docsDir, malformedDir} {
		m, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no PDF fixtures found")
	}
	for _, f := range files {
		name := filepath.Base(f)
		if filepath.Base(filepath.Dir(f)) == "malformed" {
			name = "malformed_" + name
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(toGolden(extract(t, data)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs (-want +got):\n%s", path, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff is a small line-by-line diff, enough to see what moved.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("-" + wl + "\n+" + gl + "\n")
		}
	}
	return b.String()
}
