package zipguard

import (
	"encoding/xml"
	"io"

	"golang.org/x/net/html/charset"
)

// XMLDecoder is an encoding/xml Decoder that counts element nesting and
// fails with ErrTooDeep past a maximum, before the nesting costs memory.
// It reads a document in any encoding UTF8 reads.
type XMLDecoder struct {
	d     *xml.Decoder
	max   int
	depth int
	open  []xml.Name // the open elements, to match their ends
}

// NewXMLDecoder returns a strict decoder of r that allows at most maxDepth
// nested elements. r is read through UTF8 (so at once, for its head); what
// that fails with is the first Token's error.
func NewXMLDecoder(r io.Reader, maxDepth int) *XMLDecoder {
	u, _, err := UTF8(r)
	if err != nil {
		u = failing{err}
	}
	d := xml.NewDecoder(u)
	// A declaration UTF8 could not see whole (one padded past its head)
	// is still read as encoding/xml reads it.
	d.CharsetReader = charset.NewReaderLabel
	return &XMLDecoder{d: d, max: maxDepth}
}

// failing is a reader that fails with err.
type failing struct{ err error }

func (f failing) Read([]byte) (int, error) { return 0, f.err }

// Token returns the next token as encoding/xml's Token does (its CharData
// is valid only until the next call), or ErrTooDeep.
func (x *XMLDecoder) Token() (xml.Token, error) {
	t, err := x.d.RawToken()
	if err != nil {
		if err == io.EOF && x.depth > 0 {
			return nil, x.syntaxError("unexpected EOF")
		}
		return nil, err
	}
	switch t := t.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > x.max {
			return nil, ErrTooDeep
		}
		x.open = append(x.open, t.Name)
	case xml.EndElement:
		if x.depth == 0 || x.open[x.depth-1] != t.Name {
			return nil, x.syntaxError("element <" + t.Name.Local + "> closed but not open")
		}
		x.depth--
		x.open = x.open[:x.depth]
	}
	return t, nil
}

func (x *XMLDecoder) syntaxError(msg string) error {
	line, _ := x.d.InputPos()
	return &xml.SyntaxError{Msg: msg, Line: line}
}

// Depth is the number of elements open after the last token.
func (x *XMLDecoder) Depth() int { return x.depth }

// Skip reads tokens until the end of the element whose start was the last
// token, within the depth limit.
func (x *XMLDecoder) Skip() error {
	for target := x.depth - 1; x.depth > target; {
		if _, err := x.Token(); err != nil {
			return err
		}
	}
	return nil
}

// Text returns the character data inside the element whose start was the
// last token, ignoring nested markup, and consumes its end.
func (x *XMLDecoder) Text() (string, error) {
	var b []byte
	for target := x.depth - 1; x.depth > target; {
		t, err := x.Token()
		if err != nil {
			return string(b), err
		}
		if cd, ok := t.(xml.CharData); ok {
			b = append(b, cd...)
		}
	}
	return string(b), nil
}

// Attr returns the value of se's attribute with the local name local, in
// any namespace (w:val, r:id, text:display), or "": the extractors of
// every XML format read attributes so.
func Attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
