package htmlx

import (
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxPlaces bounds the places recorded for one part.
const maxPlaces = 1 << 18

// step is one element of the path to the text being read.
type step struct {
	name string // "div.main", "td[2]"; empty for an element left out (tbody)
}

// nth is the 1-based index of each child element among its parent's
// element children of the same tag, and 0 when it is the only one of its
// tag, so that the path says tr[3] only where there is more than one tr.
func nth(n *html.Node) map[*html.Node]int {
	count := map[string]int{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			count[c.Data]++
		}
	}
	out := map[*html.Node]int{}
	seen := map[string]int{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && count[c.Data] > 1 {
			seen[c.Data]++
			out[c] = seen[c.Data]
		}
	}
	return out
}

// stepOf names element n as a person reads it in a browser's inspector:
// its tag, then its id or first class, else its index among siblings of
// its tag. The html and head elements, and tbody that the parser adds,
// are left out.
func stepOf(n *html.Node, index int) string {
	if n.Namespace != "" {
		return ""
	}
	switch n.DataAtom {
	case atom.Html, atom.Tbody:
		return ""
	}
	s := n.Data
	for _, a := range n.Attr {
		switch {
		case a.Key == "id" && a.Val != "" && !strings.ContainsAny(a.Val, " >"):
			s = n.Data + "#" + a.Val
		case a.Key == "class" && !strings.Contains(s, "#"):
			if f := strings.Fields(a.Val); len(f) > 0 && !strings.Contains(f[0], ">") {
				s = n.Data + "." + f[0]
			}
		}
	}
	if len([]rune(s)) > 40 {
		s = n.Data
	}
	if index > 0 && s == n.Data { // an id or class names it well enough
		s += "[" + strconv.Itoa(index) + "]"
	}
	return s
}

// path is the element path to the text being read.
func (x *extractor) path() string {
	var b strings.Builder
	for _, s := range x.steps {
		if s.name == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" > ")
		}
		b.WriteString(s.name)
	}
	return b.String()
}

// placeText records that the runes [start, s.runes) of s, just written,
// stand at the current path; a run of text at one path is one place.
func (x *extractor) placeText(s *sink, start int) {
	if s != &x.body && s != &x.hidden || s.runes == start {
		return
	}
	p := x.path()
	if n := len(s.places); n > 0 && s.places[n-1].Path == p {
		s.places[n-1].End = s.runes
		return
	}
	if len(s.places) < maxPlaces {
		s.places = append(s.places, doc.Place{Start: start, End: s.runes, Path: p})
	}
}
