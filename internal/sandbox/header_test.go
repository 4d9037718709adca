package sandbox

import (
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestHeaderRoundTrip: every field of a header survives the pipe.
func TestHeaderRoundTrip(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.MaxZipEntries, lim.PerFileTimeout = -1, 1500*time.Millisecond
	h := header{Name: "关于 公示.html", Format: "odt_hidden", Size: 1 << 40, Limits: lim, MemoryBytes: 1 << 30}
	got, err := parseHeader(h.appendTo(nil))
	if err != nil || got != h {
		t.Fatalf("got %+v, %v; want %+v", got, err, h)
	}
	for _, bad := range [][]byte{nil, {5, 'a'}, append(h.appendTo(nil), 0), h.appendTo(nil)[:10]} {
		if _, err := parseHeader(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// FuzzParseHeader: any bytes give a header or an error, and a header
// read is written back to the same bytes' meaning.
func FuzzParseHeader(f *testing.F) {
	f.Add((&header{Name: "a.pdf", Format: "pdf", Size: 10, Limits: doc.DefaultLimits()}).appendTo(nil))
	f.Add([]byte{0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := parseHeader(b)
		if err != nil {
			return
		}
		again, err := parseHeader(h.appendTo(nil))
		if err != nil || again != h {
			t.Fatalf("%+v read back as %+v, %v", h, again, err)
		}
	})
}
