package htmlx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxPlaces bounds the places recorded for one part, and maxPath the
// bytes of one path (a longer one keeps its end, where the text is):
// places travel with the text out of the sandbox, whose output is bounded.
const (
	maxPlaces = 1 << 15
	maxPath   = 200
)

// step is one element of the path to the text being read.
type step struct {
	name string // "div.main", "td[2]"; empty for an element left out (tbody)
}

// siblings counts a node's element children by tag, so that the path says
// tr[3] only where there is more than one tr. Most nodes have children of
// a few tags: a short list, searched in order, allocates least.
type siblings struct {
	tags       []string
	total, now []int
}

// count fills s with n's element children; it reports false when n has
// fewer than two, and no child needs an index.
func (s *siblings) count(n *html.Node) bool {
	elems := 0
	for c := n.FirstChild; c != nil && elems < 2; c = c.NextSibling {
		if c.Type == html.ElementNode {
			elems++
		}
	}
	if elems < 2 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if i := s.find(c.Data); i >= 0 {
			s.total[i]++
			continue
		}
		s.tags, s.total, s.now = append(s.tags, c.Data), append(s.total, 1), append(s.now, 0)
	}
	return true
}

func (s *siblings) find(tag string) int {
	for i, t := range s.tags {
		if t == tag {
			return i
		}
	}
	return -1
}

// next is the index of element child c, read in order: 1-based among its
// tag, 0 when it is the only one of its tag.
func (s *siblings) next(c *html.Node) int {
	i := s.find(c.Data)
	if i < 0 || s.total[i] < 2 {
		return 0
	}
	s.now[i]++
	return s.now[i]
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
	if utf8.RuneCountInString(s) > 40 {
		s = n.Data
	}
	if index > 0 && s == n.Data { // an id or class names it well enough
		s += "[" + strconv.Itoa(index) + "]"
	}
	return s
}

// path is the element path to the text being read, built again only
// when an element was entered or left since.
func (x *extractor) path() string {
	if x.pathOK {
		return x.pathNow
	}
	x.pathNow, x.pathOK = x.buildPath(), true
	return x.pathNow
}

func (x *extractor) buildPath() string {
	var b strings.Builder
	n := 0
	for _, s := range x.steps {
		n += len(s.name) + len(" > ")
	}
	b.Grow(n)
	for _, s := range x.steps {
		if s.name == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" > ")
		}
		b.WriteString(s.name)
	}
	p := b.String()
	if len(p) > maxPath {
		cut := len(p) - maxPath
		if i := strings.Index(p[cut:], " > "); i >= 0 {
			return "… > " + p[cut+i+3:]
		}
	}
	return p
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
