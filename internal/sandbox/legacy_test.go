package sandbox

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/legacy"
)

// TestConvertedInChild: a .doc is converted by LibreOffice in the parent
// (a child may not write files) and the DOCX it becomes is read in a
// child: the marking in its header is found, and a child that fails
// shows that the child did the reading.
func TestConvertedInChild(t *testing.T) {
	if err := legacy.Default().Available(); err != nil {
		t.Skipf("LibreOffice not usable here: %v", err)
	}
	data, err := os.ReadFile("../extract/legacy/testdata/document.doc")
	if err != nil {
		t.Fatal(err)
	}
	lim := doc.DefaultLimits()
	lim.PerFileTimeout = time.Minute
	d := New(Options{}).Extract(context.Background(), "通知.doc", data, lim)
	var header string
	for _, p := range d.Parts {
		if p.Kind == doc.Header {
			header += p.Text
		}
	}
	if d.Format != "doc" || len(d.Findings) != 0 || !strings.Contains(header, "秘密★1年") {
		t.Fatalf("format %q, findings %+v, header %q", d.Format, d.Findings, header)
	}
	d = New(Options{Env: []string{envTest + "=exit"}}).Extract(context.Background(), "通知.doc", data, lim)
	if f := onlyFinding(t, d, "unreadable.crashed"); d.Format != "doc" {
		t.Fatalf("format %q, finding %+v", d.Format, f)
	}
}
