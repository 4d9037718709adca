package flow

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// Rest names, for Leftover, the elements a reader by structure leaves
// to it: Under, those whose character data (and everything below them)
// is text the reader does not read; Pictures, those that carry a picture
// inline in base64 (a flat ODF's binary-data, a Word 2003 document's
// binData).
type Rest struct{ Under, Pictures []string }

// maxPictures bounds the pictures Leftover hands back from one document.
const maxPictures = 200

// Leftover adds to d what the XML document data says that d's parts, a
// reader's reading of it by structure, do not hold, in one more pass:
//   - a doc.SourceText part with the values of its attributes and the
//     character data under rest.Under that look like content (a Chinese
//     character, a run of seven digits or more, an @, :// or a
//     backslash), one a line, each once, and none that is a line, a cell
//     or a word of d's parts. A reader by structure knows the elements it
//     reads; a form control's value, a conditional text's other value or
//     a cell's stored number are attributes it may not know, and the
//     text path it replaced read them all;
//   - the pictures in rest.Pictures, decoded, in d.Embedded, named by the
//     element's name attribute or picture<n>, for the caller to read
//     with OCR; what does not decode is skipped, their bytes count
//     against lim's file size, and at most maxPictures are kept.
//
// The reading stops at lim's depth, time and text limits, keeping what it
// has.
func Leftover(d *doc.Document, data []byte, lim doc.Limits, rest Rest) {
	read := map[string]bool{}
	for _, pt := range d.Parts {
		for _, line := range strings.FieldsFunc(pt.Text, func(r rune) bool { return r == '\n' || r == '\t' }) {
			read[strings.TrimSpace(line)] = true
			for _, w := range strings.Fields(line) {
				read[w] = true
			}
		}
	}
	u, _, err := zipguard.UTF8(bytes.NewReader(data))
	if err != nil {
		return
	}
	dec := zipguard.NewXMLDecoder(u, lim.MaxXMLDepth)
	seen := map[string]bool{}
	var b strings.Builder
	left := lim.MaxTextRunes
	add := func(v string) {
		v = OneLine(v)
		if v == "" || seen[v] || read[v] || !contentLike(v) || len(v) > left {
			return
		}
		seen[v] = true
		left -= len(v)
		b.WriteString(v)
		b.WriteByte('\n')
	}
	pictures, bytesLeft := 0, lim.MaxFileBytes
	depth := 0 // inside an element named in rest.Under
	clock := NewClock(lim)
	for {
		t, err := clock.Token(dec)
		if err != nil {
			break
		}
		switch t := t.(type) {
		case xml.StartElement:
			for _, a := range t.Attr {
				add(a.Value)
			}
			if contains(rest.Pictures, t.Name.Local) && pictures < maxPictures {
				text, err := dec.Text()
				if err != nil {
					break
				}
				if e, ok := picture(t, text, pictures, bytesLeft); ok {
					d.Embedded = append(d.Embedded, e)
					pictures++
					bytesLeft -= int64(len(e.Data))
				}
				continue
			}
			if depth > 0 || contains(rest.Under, t.Name.Local) {
				depth++
			}
		case xml.EndElement:
			if depth > 0 {
				depth--
			}
		case xml.CharData:
			if depth > 0 {
				add(string(t))
			}
		}
	}
	if b.Len() > 0 {
		d.Parts = append(d.Parts, doc.Part{Kind: doc.SourceText, Text: b.String()})
	}
}

// picture decodes the base64 text of picture element se, the n-th of
// its document, if it holds at most left bytes.
func picture(se xml.StartElement, text string, n int, left int64) (doc.Embedded, bool) {
	b, err := io.ReadAll(io.LimitReader(base64.NewDecoder(base64.StdEncoding, strings.NewReader(strings.Join(strings.Fields(text), ""))), left+1))
	if err != nil || len(b) == 0 || int64(len(b)) > left {
		return doc.Embedded{}, false
	}
	name := zipguard.Attr(se, "name")
	if i := strings.LastIndexAny(name, "/\\"); i >= 0 {
		name = name[i+1:]
	}
	if name == "" {
		name = fmt.Sprintf("picture%d", n+1)
	}
	return doc.Embedded{Name: name, Data: b}, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// contentLike reports whether v may hold what a detector looks for.
func contentLike(v string) bool {
	if strings.ContainsAny(v, "@\\") || strings.Contains(v, "://") || strings.ContainsFunc(v, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return true
	}
	run := 0
	for i := 0; i < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' {
			if run++; run >= 7 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
