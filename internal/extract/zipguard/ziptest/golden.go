package ziptest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// golden is how a Document is written to a golden file: text as lines so
// that a diff points at the line that changed, cells as "A1 start end".
type golden struct {
	Format   string          `json:"format"`
	Parts    []goldenPart    `json:"parts"`
	Findings []goldenFinding `json:"findings"`
}

type goldenPart struct {
	Kind   string   `json:"kind"`
	File   string   `json:"file,omitempty"`
	Page   int      `json:"page,omitempty"`
	Sheet  string   `json:"sheet,omitempty"`
	Hidden string   `json:"hidden,omitempty"`
	Lines  []string `json:"lines"`
	Cells  []string `json:"cells,omitempty"`
}

type goldenFinding struct {
	Category report.Category `json:"category"`
	Severity report.Severity `json:"severity"`
	Rule     string          `json:"rule"`
	Location report.Location `json:"location"`
	Message  string          `json:"message"`
}

// Encode writes d as a golden file's content.
func Encode(d *doc.Document) []byte {
	g := golden{Format: d.Format, Parts: []goldenPart{}, Findings: []goldenFinding{}}
	for _, p := range d.Parts {
		gp := goldenPart{Kind: p.Kind, File: p.File, Page: p.Page, Sheet: p.Sheet, Hidden: p.Hidden,
			Lines: strings.Split(p.Text, "\n")}
		for _, c := range p.Cells {
			gp.Cells = append(gp.Cells, fmt.Sprintf("%s %d %d", c.Ref, c.Start, c.End))
		}
		g.Parts = append(g.Parts, gp)
	}
	for _, f := range d.Findings {
		g.Findings = append(g.Findings, goldenFinding{f.Category, f.Severity, f.Rule, f.Location, f.Message})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Golden compares d with the golden file at path, or rewrites the file
// when update is set. A difference fails t with a line diff (-want +got).
func Golden(t testing.TB, path string, d *doc.Document, update bool) {
	t.Helper()
	got := Encode(d)
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to write it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s mismatch (-want +got):\n%s", path, Diff(string(want), string(got)))
	}
}

// Diff is a line diff of want and got, marking lines only in want with
// "-" and only in got with "+", with two lines of context around each
// change. It is quadratic, which is fine for golden files.
func Diff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	// lcs[i][j] is the length of the longest common subsequence of a[i:], b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		op   byte
		text string
	}
	var lines []line
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			lines = append(lines, line{' ', a[i]})
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			lines = append(lines, line{'+', b[j]})
			j++
		default:
			lines = append(lines, line{'-', a[i]})
			i++
		}
	}
	const context = 2
	var out strings.Builder
	last := -1
	for k, l := range lines {
		near := false
		for m := max(0, k-context); m <= min(len(lines)-1, k+context); m++ {
			if lines[m].op != ' ' {
				near = true
				break
			}
		}
		if !near {
			continue
		}
		if last >= 0 && k > last+1 {
			out.WriteString("...\n")
		}
		fmt.Fprintf(&out, "%c %s\n", l.op, l.text)
		last = k
	}
	return out.String()
}
