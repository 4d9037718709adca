package xlsx

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

// malformed holds broken and hostile files (testdata/README.md).
const malformed = "../../../testdata/malformed"

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtures are the workbooks made by LibreOffice (testdata/docs, see
// testdata/README.md).
const fixtures = "../../../testdata/docs"

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixtures, "*.xlsx"))
	broken, _ := filepath.Glob(filepath.Join(malformed, "*.xlsx"))
	files = append(files, broken...)
	if len(files) == 0 {
		t.Skip("no fixtures in " + fixtures)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Extract(data, doc.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			ziptest.Golden(t, filepath.Join("testdata", filepath.Base(path)+".golden.json"), d, *update)
		})
	}
}

// TestMalformed checks that each broken or hostile file of the corpus is
// reported unreadable, with the default limits, quickly.
func TestMalformed(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(malformed, "*.xlsx"))
	if len(files) == 0 {
		t.Skip("no files in " + malformed)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			d, _ := Extract(data, doc.DefaultLimits())
			if el := time.Since(start); el > 2*time.Second {
				t.Errorf("took %v", el)
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
