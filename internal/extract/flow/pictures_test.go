package flow

import (
	"encoding/base64"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// TestPictures: pictures inline in the named elements are decoded and
// named by their name attribute or their place; what does not decode is
// skipped; the file size limit bounds them.
func TestPictures(t *testing.T) {
	png := base64.StdEncoding.EncodeToString([]byte("\x89PNG\r\n\x1a\nrest"))
	data := []byte(`<doc><w:binData xmlns:w="w" w:name="wordml://03000001.png">` + png[:10] + "\n" + png[10:] + `</w:binData>` +
		`<binary-data>` + png + `</binary-data><binary-data>!!not base64!!</binary-data><other>` + png + `</other></doc>`)
	got := Pictures(data, doc.DefaultLimits(), "binData", "binary-data")
	if len(got) != 2 || got[0].Name != "03000001.png" || got[1].Name != "picture2" || string(got[0].Data[:4]) != "\x89PNG" {
		t.Fatalf("got %+v", got)
	}
	lim := doc.DefaultLimits()
	lim.MaxFileBytes = 5
	if got := Pictures(data, lim, "binData"); len(got) != 0 {
		t.Errorf("over the size limit: %+v", got)
	}
}
