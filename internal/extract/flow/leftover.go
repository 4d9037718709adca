package flow

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// Leftover returns a doc.SourceText part with what the XML document
// data says that parts, a reader's reading of it by structure, do not
// hold: the values of its attributes, and the character data of the
// elements named in under (and of everything below them), that look like
// content (a Chinese character, a run of seven digits or more, an @, ://
// or a backslash), one a line, each once, and none that is a line, a
// cell or a word of parts. A reader by structure knows the elements it
// reads; a form control's value, a conditional text's other value or a
// cell's stored number are attributes it may not know, and the text path
// it replaced read them all. ok is false when nothing is left. The
// reading stops at lim's depth, time and text limits, keeping what it
// has.
func Leftover(data []byte, lim doc.Limits, parts []doc.Part, under ...string) (p doc.Part, ok bool) {
	read := map[string]bool{}
	for _, pt := range parts {
		for _, line := range strings.FieldsFunc(pt.Text, func(r rune) bool { return r == '\n' || r == '\t' }) {
			read[strings.TrimSpace(line)] = true
			for _, w := range strings.Fields(line) {
				read[w] = true
			}
		}
	}
	u, _, err := zipguard.UTF8(bytes.NewReader(data))
	if err != nil {
		return p, false
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
	depth := 0 // inside an element named in under
	deadline := time.Now().Add(lim.PerFileTimeout)
	for n := 1; ; n++ {
		if n%4096 == 0 && time.Now().After(deadline) {
			break
		}
		t, err := dec.Token()
		if err == io.EOF || err != nil {
			break
		}
		switch t := t.(type) {
		case xml.StartElement:
			for _, a := range t.Attr {
				add(a.Value)
			}
			if depth > 0 || contains(under, t.Name.Local) {
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
	if b.Len() == 0 {
		return p, false
	}
	return doc.Part{Kind: doc.SourceText, Text: b.String()}, true
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
