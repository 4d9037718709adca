package htmlx

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtures are the pages of testdata/docs (see testdata/README.md).
const fixtures = "../../../testdata/docs"

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixtures, "*.html"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no fixtures found")
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
