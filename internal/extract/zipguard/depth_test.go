package zipguard

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// xmlDepth is the deepest nesting encoding/xml sees in s, or -1 if s is
// not well-formed.
func xmlDepth(s string) int {
	d := xml.NewDecoder(strings.NewReader(s))
	depth, deepest := 0, 0
	for {
		t, err := d.Token()
		if err == io.EOF {
			return deepest
		}
		if err != nil {
			return -1
		}
		switch t.(type) {
		case xml.StartElement:
			depth++
			deepest = max(deepest, depth)
		case xml.EndElement:
			depth--
		}
	}
}

func scanDepth(s string, chunk int) (int, error) {
	sc := &depthScanner{max: 1000}
	for len(s) > 0 {
		n := min(chunk, len(s))
		if _, err := sc.Write([]byte(s[:n])); err != nil {
			return sc.deepest, err
		}
		s = s[n:]
	}
	return sc.deepest, nil
}

var depthCases = []string{
	`<a/>`,
	`<?xml version="1.0"?><a><b><c/></b><b/></a>`,
	`<a x="/>" y='>'><b z="c/"/></a>`,
	`<a><!-- <b><c><d> --><b/></a>`,
	`<a><![CDATA[<b><c><d>]]></a>`,
	`<?xml version="1.0"?><!DOCTYPE a [<!ELEMENT a ANY><!ENTITY e "<b>">]><a><?pi <b> ?><b>text &amp; more</b></a>`,
	`<w:document xmlns:w="u"><w:body><w:p><w:r><w:t xml:space="preserve"> 机密 </w:t></w:r></w:p></w:body></w:document>`,
	`<a><b ></b ><c /></a>`,
}

func TestDepthScannerAgreesWithEncodingXML(t *testing.T) {
	for _, s := range depthCases {
		want := xmlDepth(s)
		if want < 0 {
			t.Fatalf("case not well-formed: %s", s)
		}
		for _, chunk := range []int{1, 3, len(s)} {
			got, err := scanDepth(s, chunk)
			if err != nil || got != want {
				t.Errorf("depth of %s in chunks of %d = %d, %v; want %d", s, chunk, got, err, want)
			}
		}
	}
	sc := &depthScanner{max: 10}
	_, err := sc.Write([]byte(strings.Repeat("<a>", 11)))
	if !errors.Is(err, ErrTooDeep) {
		t.Errorf("11 levels with max 10: %v", err)
	}
	for _, cut := range []string{"<a><b></b>", "<a>", "<a", `<a x="`, "<a><!-- x"} {
		sc := &depthScanner{max: 10}
		sc.Write([]byte(cut))
		if !errors.Is(sc.finish(), ErrCorrupt) {
			t.Errorf("finish after %q = %v, want ErrCorrupt", cut, sc.finish())
		}
	}
}

// FuzzDepthScanner checks that the scanner never sees less nesting than
// encoding/xml does in well-formed XML, so that a deep document cannot
// slip past it.
func FuzzDepthScanner(f *testing.F) {
	for _, s := range depthCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := xmlDepth(s)
		sc := &depthScanner{max: 1 << 20}
		for i := 0; i < len(s); i += 7 {
			sc.Write([]byte(s[i:min(i+7, len(s))]))
		}
		if want >= 0 && sc.deepest < want {
			t.Fatalf("scanner depth %d < encoding/xml depth %d", sc.deepest, want)
		}
		// Well-formed XML without directives must also end balanced, or
		// CheckAll would call a sound member corrupt.
		if want >= 0 && !strings.Contains(s, "<!") && sc.finish() != nil {
			t.Fatalf("well-formed XML ends with depth %d, state %d", sc.depth, sc.state)
		}
	})
}
