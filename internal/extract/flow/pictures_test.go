package flow

import (
	"encoding/base64"
	"testing"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestPictures: pictures inline in the named elements are decoded and
// named by their name attribute or their place; what does not decode is
// skipped; the file size limit bounds them.
func TestPictures(t *testing.T) {
	png := base64.StdEncoding.EncodeToString([]byte("\x89PNG\r\n\x1a\nrest"))
	data := []byte(`<doc><w:binData xmlns:w="w" w:name="wordml://03000001.png">` + png[:10] + "\n" + png[10:] + `</w:binData>` +
		`<binary-data>` + png + `</binary-data><binary-data>!!not base64!!</binary-data><other>` + png + `</other></doc>`)
	got := pictures(data, doc.DefaultLimits(), "binData", "binary-data")
	if len(got) != 2 || got[0].Name != "03000001.png" || got[1].Name != "picture2" || string(got[0].Data[:4]) != "\x89PNG" {
		t.Fatalf("got %+v", got)
	}
	lim := doc.DefaultLimits()
	lim.MaxFileBytes = 5
	if got := pictures(data, lim, "binData"); len(got) != 0 {
		t.Errorf("over the size limit: %+v", got)
	}
}

// FuzzLeftover: any bytes give a source-text part of valid UTF-8 (or
// none) and pictures within the size limit, without a panic.
func FuzzLeftover(f *testing.F) {
	f.Add([]byte(`<doc a="密级：机密★10年"><binData name="a.png">iVBORw0KGgo=</binData><dv>110101199003074514</dv></doc>`))
	f.Add([]byte(`<?xml version="1.0" encoding="gb2312"?><a b="` + "\xc4\xda" + `"/>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := doc.DefaultLimits()
		lim.MaxFileBytes = 1 << 16
		if p, ok := leftover(data, lim, nil, "dv"); ok && !utf8.ValidString(p.Text) {
			t.Fatalf("invalid UTF-8: %q", p.Text)
		}
		n := 0
		for _, e := range pictures(data, lim, "binData") {
			n += len(e.Data)
		}
		if int64(n) > lim.MaxFileBytes {
			t.Fatalf("%d bytes of pictures", n)
		}
	})
}
