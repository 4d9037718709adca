package pptx

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtures are the decks made by PptxGenJS and LibreOffice Impress
// (testdata/make-fixtures.sh, testdata/README.md).
const fixtures = "testdata"

func TestGolden(t *testing.T) {
	files := ziptest.Glob(t, filepath.Join(fixtures, "*.pptx"))
	ziptest.GoldenFiles(t, files, Extract, *update)
}
