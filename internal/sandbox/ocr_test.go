package sandbox

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/ocr"
)

// TestOCRInChild: a scanned PDF and a picture are read by OCR inside the
// child, whose limits (no file writes, a bounded address space) Tesseract
// and pdftoppm inherit: they take their input on stdin and write to
// stdout. Its only finding says that the text is OCR's.
func TestOCRInChild(t *testing.T) {
	if !ocr.Available() || !ocr.RenderAvailable() {
		t.Skipf("OCR not installed: %v", ocr.Check())
	}
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = 2 * time.Minute
	r := New(Options{})
	for _, name := range []string{"scan300.pdf", "marked.png"} {
		data, err := os.ReadFile("../ocr/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		d := r.Extract(context.Background(), name, data, lim)
		for _, f := range d.Findings {
			if f.Rule != "unreadable.ocr_only" { // the one finding of a file read by OCR
				t.Errorf("%s: finding %s %s", name, f.Rule, f.Message)
			}
		}
		var text strings.Builder
		for _, p := range d.Parts {
			if p.Kind == doc.OCR && len(p.Boxes) > 0 {
				text.WriteString(p.Text)
			}
		}
		if !strings.Contains(text.String(), "110101199003074514") {
			t.Errorf("%s: OCR text %q lacks the ID", name, text.String())
		}
	}
}
