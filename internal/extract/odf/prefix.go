package odf

import (
	"encoding/xml"
	"strings"
)

// prefixes maps the namespace prefixes a document binds to the ones the
// specification names: the walker knows elements by those (text:p), and
// a producer may bind the text namespace to any prefix (<t:p> with
// xmlns:t=…:text:1.0), which the walker would not know and would leave
// unread.
type prefixes struct {
	stack []map[string]string // per open element, the prefixes it binds
}

// canonical is the prefix the specification uses for namespace url, or
// "" for one it does not name.
func canonical(url string) string {
	switch url {
	case "http://purl.org/dc/elements/1.1/":
		return "dc"
	case "http://www.w3.org/1999/xlink":
		return "xlink"
	}
	rest, ok := strings.CutPrefix(url, "urn:oasis:names:tc:opendocument:xmlns:")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, ":")
	switch name {
	case "drawing":
		return "draw"
	case "xsl-fo-compatible":
		return "fo"
	case "svg-compatible":
		return "svg"
	case "datastyle":
		return "number"
	case "animation":
		return "anim"
	case "smil-compatible":
		return "smil"
	}
	return name
}

// token rewrites the prefixes of t to the specification's; depth is the
// decoder's depth after t. The bindings are kept by depth, not by the
// elements seen here: the decoder's Skip and Text read elements' ends
// this does not see.
func (p *prefixes) token(t xml.Token, depth int) xml.Token {
	switch e := t.(type) {
	case xml.StartElement:
		if len(p.stack) > depth-1 {
			p.stack = p.stack[:max(depth-1, 0)]
		}
		var m map[string]string
		for _, a := range e.Attr {
			if a.Name.Space == "xmlns" {
				if c := canonical(a.Value); c != "" && c != a.Name.Local {
					if m == nil {
						m = map[string]string{}
					}
					m[a.Name.Local] = c
				}
			}
		}
		p.stack = append(p.stack, m)
		e.Name.Space = p.lookup(e.Name.Space)
		for i := range e.Attr {
			if e.Attr[i].Name.Space != "xmlns" {
				e.Attr[i].Name.Space = p.lookup(e.Attr[i].Name.Space)
			}
		}
		return e
	case xml.EndElement:
		e.Name.Space = p.lookup(e.Name.Space)
		if len(p.stack) > depth {
			p.stack = p.stack[:depth]
		}
		return e
	}
	return t
}

// lookup is the specification's prefix for prefix, as the innermost
// element that binds it says; prefix itself when none rebinds it.
func (p *prefixes) lookup(prefix string) string {
	if prefix == "" {
		return ""
	}
	for i := len(p.stack) - 1; i >= 0; i-- {
		if c, ok := p.stack[i][prefix]; ok {
			return c
		}
	}
	return prefix
}
