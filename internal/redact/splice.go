package redact

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
)

// A splice replaces the bytes [from, to) of a part with with.
type splice struct {
	from, to int
	with     []byte
}

// splicer collects the splices of one XML part. Parts are changed only
// where they must be: everything else (namespace prefixes, attribute
// order, whitespace) is left byte for byte as its producer wrote it,
// which encoding/xml's encoder would not do.
type splicer struct {
	data []byte
	ss   []splice
}

// add records a splice.
func (s *splicer) add(from, to int, with []byte) {
	s.ss = append(s.ss, splice{from, to, with})
}

// drop removes the bytes [from, to).
func (s *splicer) drop(from, to int) { s.add(from, to, nil) }

// bytes returns the part with its splices made; ok is false when none
// were.
func (s *splicer) bytes() ([]byte, bool, error) {
	if len(s.ss) == 0 {
		return s.data, false, nil
	}
	sort.SliceStable(s.ss, func(i, j int) bool { return s.ss[i].from < s.ss[j].from })
	var b bytes.Buffer
	at := 0
	for _, sp := range s.ss {
		if sp.from < at || sp.to < sp.from || sp.to > len(s.data) {
			return nil, false, errors.New("redact: overlapping edits")
		}
		b.Write(s.data[at:sp.from])
		b.Write(sp.with)
		at = sp.to
	}
	b.Write(s.data[at:])
	return b.Bytes(), true, nil
}

// token is one raw token of an XML part with where it stands.
type token struct {
	tok      xml.Token // StartElement, EndElement, CharData, …
	from, to int       // byte range in the part
	name     string    // prefix:local of an element
	selfEnd  bool      // an EndElement of a self-closing <x/>: no bytes
}

// tokens reads data into raw tokens with byte offsets (no namespace
// translation: names are as written). maxDepth bounds nesting.
func tokens(data []byte, maxDepth int) ([]token, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("redact: XML in %s is not supported", label)
	}
	var out []token
	depth := 0
	var open []string
	for {
		from := int(d.InputOffset())
		t, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		to := int(d.InputOffset())
		tk := token{tok: xml.CopyToken(t), from: from, to: to}
		switch t := t.(type) {
		case xml.StartElement:
			tk.name = qname(t.Name)
			depth++
			if depth > maxDepth {
				return nil, errors.New("redact: XML nested too deep")
			}
			open = append(open, tk.name)
		case xml.EndElement:
			tk.name = qname(t.Name)
			if len(open) == 0 || open[len(open)-1] != tk.name {
				return nil, errors.New("redact: XML elements do not match")
			}
			open = open[:len(open)-1]
			depth--
			if from == to {
				// encoding/xml reports <x/> as a start and an end at
				// the same offset.
				tk.from, tk.selfEnd = to, true
			}
		}
		out = append(out, tk)
	}
	if len(open) != 0 {
		return nil, errors.New("redact: XML ends inside an element")
	}
	return out, nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// attr returns the value of the attribute written name (prefix:local) of
// a start element.
func attr(t xml.Token, name string) (string, bool) {
	se, ok := t.(xml.StartElement)
	if !ok {
		return "", false
	}
	for _, a := range se.Attr {
		if qname(a.Name) == name {
			return a.Value, true
		}
	}
	return "", false
}

// end returns the index of the token that closes the element opened at
// toks[i].
func end(toks []token, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch toks[j].tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(toks) - 1
}

// escapeText escapes character data for an XML element's content.
func escapeText(s string) []byte {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.Bytes()
}

// local is the local part of a prefix:local name.
func local(name string) string {
	if i := bytes.IndexByte([]byte(name), ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}
