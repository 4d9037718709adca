package htmlx

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hiddenRules are the selectors that the page's own <style> blocks hide
// (display:none, visibility:hidden …). Only the last compound of each
// selector is kept (".box .fj" hides every ".fj"), so the rules may take
// more for hidden than a browser would, never less: hidden text is scanned
// either way, and reporting it costs a human look, not a leak.
type hiddenRules struct {
	classes, ids, tags map[string]bool
	tagClasses         map[[2]string]bool // tag.class
}

// maxStyleBytes bounds the stylesheet text read from one page.
const maxStyleBytes = 1 << 20

// collectHiddenRules reads every <style> element under root.
func collectHiddenRules(root *html.Node) *hiddenRules {
	r := &hiddenRules{classes: map[string]bool{}, ids: map[string]bool{}, tags: map[string]bool{}, tagClasses: map[[2]string]bool{}}
	var css strings.Builder
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > 512 || css.Len() > maxStyleBytes {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					css.WriteString(c.Data)
					css.WriteByte('\n')
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(root, 0)
	r.parse(stripComments(strings.ToLower(css.String())))
	return r
}

func stripComments(s string) string {
	for {
		i := strings.Index(s, "/*")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+2:], "*/")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + " " + s[i+2+j+2:]
	}
}

// parse reads "selectors { declarations }" rules; conditional at-rules
// such as @media are skipped.
func (r *hiddenRules) parse(css string) {
	for {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			return
		}
		sel := css[:open]
		if strings.Contains(sel, "@") {
			// "@media (max-width:768px) { … }" and other conditional
			// blocks apply only sometimes (a mobile menu hidden on a
			// desktop): skip the whole block.
			css = skipBlock(css[open+1:])
			continue
		}
		end := strings.IndexByte(css[open:], '}')
		if end < 0 {
			return
		}
		decls := css[open+1 : open+end]
		css = css[open+end+1:]
		if !styleHides(decls) {
			continue
		}
		for _, s := range strings.Split(sel, ",") {
			r.add(s)
		}
	}
}

// skipBlock returns what follows the block whose opening brace was just
// read, nested braces included.
func skipBlock(css string) string {
	depth := 1
	for i := 0; i < len(css); i++ {
		switch css[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return css[i+1:]
			}
		}
	}
	return ""
}

// add records the last compound selector of s.
func (r *hiddenRules) add(s string) {
	s = strings.TrimSpace(strings.TrimLeft(s, "}; \t\n"))
	if i := strings.LastIndexAny(s, " >+~"); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexAny(s, ":["); i >= 0 {
		s = s[:i] // pseudo-classes and attribute selectors: keep the rest
	}
	if s == "" {
		return
	}
	switch {
	case strings.HasPrefix(s, "#"):
		r.ids[s[1:]] = true
	case strings.HasPrefix(s, "."):
		for _, c := range strings.Split(s[1:], ".") {
			if c != "" {
				r.classes[c] = true
			}
		}
	default:
		tag, class, ok := strings.Cut(s, ".")
		if i := strings.IndexByte(tag, '#'); i >= 0 {
			r.ids[tag[i+1:]] = true
			return
		}
		if ok {
			r.tagClasses[[2]string{tag, class}] = true
		} else if tag != "*" && tag != "html" && tag != "body" {
			r.tags[tag] = true
		}
	}
}

// hides reports whether a rule hides element n.
func (r *hiddenRules) hides(n *html.Node) bool {
	if r == nil || n.Type != html.ElementNode {
		return false
	}
	tag := strings.ToLower(n.Data)
	if r.tags[tag] || r.ids[strings.ToLower(attr(n.Attr, "id"))] && attr(n.Attr, "id") != "" {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n.Attr, "class"))) {
		if r.classes[c] || r.tagClasses[[2]string{tag, c}] {
			return true
		}
	}
	return false
}
