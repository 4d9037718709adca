package xlsx

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// malformed holds broken and hostile files (testdata/README.md).
const malformed = "../../../testdata/malformed"

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtures are the workbooks made by LibreOffice (testdata/docs, see
// testdata/README.md).
const fixtures = "../../../testdata/docs"

func TestGolden(t *testing.T) {
	files := ziptest.Glob(t, filepath.Join(fixtures, "*.xlsx"), filepath.Join(malformed, "*.xlsx"))
	ziptest.GoldenFiles(t, files, Extract, *update)
}

// TestMalformed checks that each broken or hostile file of the corpus is
// reported unreadable, with the default limits, without hanging.
func TestMalformed(t *testing.T) {
	ziptest.Unreadable(t, ziptest.Glob(t, filepath.Join(malformed, "*.xlsx")), Extract)
}
