package docx

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// malformed holds broken and hostile files (testdata/README.md).
const malformed = "../../../testdata/malformed"

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtures are the documents made by LibreOffice (testdata/docs, see
// testdata/README.md) and the small ones of this package's testdata.
const fixtures = "../../../testdata/docs"

func TestGolden(t *testing.T) {
	files := ziptest.Glob(t, filepath.Join(fixtures, "*.docx"), filepath.Join(malformed, "*.docx"))
	ziptest.GoldenFiles(t, files, Extract, *update)
}

// TestMalformed checks that each broken or hostile file of the corpus is
// reported unreadable, with the default limits, without hanging.
func TestMalformed(t *testing.T) {
	ziptest.Unreadable(t, ziptest.Glob(t, filepath.Join(malformed, "*.docx")), Extract)
}
