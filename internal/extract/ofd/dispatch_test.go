package ofd_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
)

// TestDispatcher checks that the dispatcher sniffs an OFD file, reads it
// with this package and reads its attachment one level deep.
func TestDispatcher(t *testing.T) {
	data, err := os.ReadFile("testdata/attachment.ofd")
	if err != nil {
		t.Fatal(err)
	}
	d := extract.Extract(context.Background(), "通知.ofd", data, doc.DefaultLimits())
	if d.Format != extract.FormatOFD || len(d.Findings) != 0 {
		t.Fatalf("format %q, findings %+v", d.Format, d.Findings)
	}
	for _, p := range d.Parts {
		if p.File == "Doc_0/Attachs/att_40.txt" && strings.HasPrefix(p.Text, "内部资料") {
			return
		}
	}
	t.Errorf("the attachment's text is not read: %+v", d.Parts)
}
