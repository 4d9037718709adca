package flow

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// maxPictures bounds the pictures Pictures returns from one document.
const maxPictures = 200

// Pictures returns the pictures an XML document carries inline, in
// base64, in the elements named in elems (a flat ODF's binary-data, a
// Word 2003 document's binData), named by the element's name attribute
// or picture<n>, for the caller to read with OCR as a DOCX's pictures
// are. What does not decode is skipped; their bytes count against lim's
// file size, and at most maxPictures are returned.
func Pictures(data []byte, lim doc.Limits, elems ...string) []doc.Embedded {
	u, _, err := zipguard.UTF8(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	dec := zipguard.NewXMLDecoder(u, lim.MaxXMLDepth)
	deadline := time.Now().Add(lim.PerFileTimeout)
	var out []doc.Embedded
	left := lim.MaxFileBytes
	for n := 1; len(out) < maxPictures; n++ {
		if n%4096 == 0 && time.Now().After(deadline) {
			break
		}
		t, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := t.(xml.StartElement)
		if !ok || !contains(elems, se.Name.Local) {
			continue
		}
		name := zipguard.Attr(se, "name")
		text, err := dec.Text()
		if err != nil {
			break
		}
		b, err := io.ReadAll(io.LimitReader(base64.NewDecoder(base64.StdEncoding, strings.NewReader(strings.Join(strings.Fields(text), ""))), left+1))
		if err != nil || len(b) == 0 || int64(len(b)) > left {
			continue
		}
		left -= int64(len(b))
		if i := strings.LastIndexAny(name, "/\\"); i >= 0 {
			name = name[i+1:]
		}
		if name == "" {
			name = fmt.Sprintf("picture%d", len(out)+1)
		}
		out = append(out, doc.Embedded{Name: name, Data: b})
	}
	return out
}
