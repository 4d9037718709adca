package htmlx

import (
	"strings"
	"unicode/utf8"

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
	// contents are the strings of the stylesheets' content declarations
	// (.m::before { content: "机密★1年" }): a browser draws them as text
	// of the page, so they are read with its attributes.
	contents []string
	// paints are the selectors whose rules give a background (colour or
	// picture): under them the colour text is drawn on is not known.
	paints *hiddenRules
	// zeroFont and sizedFont are the selectors whose rules set a font
	// size of 0 and another size not relative to the parent's;
	// hiddenVis and shownVis those that set visibility hidden and
	// visible.
	zeroFont, sizedFont, hiddenVis, shownVis *hiddenRules
	// root keeps html and body selectors (paints' need them).
	root bool
	// external is set when the page takes a stylesheet or a script from
	// elsewhere (<link rel=stylesheet>, @import, <script src>): what it
	// paints is not known.
	external bool
	// unsure is set when the page's stylesheets paint or move anything
	// (a background anywhere, position, transform, grid, float, negative
	// lengths, filters, shadows, :root, color-scheme): text may then be
	// drawn over a picture or a colour, whatever the canvas is.
	unsure bool
}

// maxStyleBytes bounds the stylesheet text read from one page.
const maxStyleBytes = 1 << 20

// collectHiddenRules reads every <style> element under root, and the
// stylesheets of sheets that a <link> names (a web archive's own).
func collectHiddenRules(root *html.Node, sheets map[string]string) *hiddenRules {
	r := newRules(false)
	var css strings.Builder
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > 512 || css.Len() > maxStyleBytes {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Link {
			// rel=stylesheet, or one loaded late (rel=preload as=style,
			// then switched by a script), or any .css.
			href := strings.ToLower(attr(n.Attr, "href"))
			if sheet, ok := sheets[strings.TrimSpace(attr(n.Attr, "href"))]; ok {
				css.WriteString(sheet)
				css.WriteByte('\n')
			} else if strings.Contains(strings.ToLower(attr(n.Attr, "rel")), "stylesheet") ||
				strings.EqualFold(attr(n.Attr, "as"), "style") || strings.Contains(href, ".css") {
				r.external = true
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			// A script may paint the page: one from elsewhere, or one
			// of its own that touches styles or classes.
			if attr(n.Attr, "src") != "" {
				r.external = true
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					low := strings.ToLower(c.Data)
					if strings.Contains(low, "style") || strings.Contains(low, "background") || strings.Contains(low, "class") || strings.Contains(low, "css") {
						r.unsure = true
					}
				}
			}
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
	text := stripComments(css.String())
	lower := strings.ToLower(text)
	r.external = r.external || strings.Contains(lower, "@import")
	r.contents = cssContents(text)
	r.unsure = r.unsure || paintsOrMoves(lower)
	r.paints = newRules(true)
	parseRules(lower, true, func(d decls) []*hiddenRules {
		if d.bgSet {
			return []*hiddenRules{r.paints}
		}
		return nil
	})
	r.zeroFont, r.sizedFont, r.hiddenVis, r.shownVis = newRules(false), newRules(false), newRules(false), newRules(false)
	parseRules(lower, false, func(d decls) []*hiddenRules {
		var into []*hiddenRules
		if d.hidden || d.inkHides() {
			into = append(into, r)
		}
		if d.font && d.fontZero {
			into = append(into, r.zeroFont)
		} else if d.font && !d.fontRelative {
			into = append(into, r.sizedFont)
		}
		if d.vis && d.visHidden {
			into = append(into, r.hiddenVis)
		} else if d.vis {
			into = append(into, r.shownVis)
		}
		return into
	})
	return r
}

// hidesAll reports whether a rule hides element n with all it holds, a
// font size of 0 and visibility:hidden counted (as hides does for a
// style attribute).
func (r *hiddenRules) hidesAll(n *html.Node) bool {
	return r.hides(n) || r != nil && (r.zeroFont.hides(n) || r.hiddenVis.hides(n))
}

// invisible reports whether element n is invisible: by its style
// attribute, else by a rule of the page's (one that sets visible wins
// over one that sets hidden), else as its parent is (inherited).
func (r *hiddenRules) invisible(n *html.Node, d decls, parent bool) bool {
	if d.vis {
		return d.visHidden
	}
	return r.inherited(n, parent, (*hiddenRules).visibilityRules)
}

// fontZero reports whether element n's font size is 0: by its style
// attribute (a size relative to the parent's, 0.9em or 120%, is 0 where
// the parent's is), else by a rule of the page's (one that sets a size
// not relative to the parent's wins over one that sets 0; a relative one
// keeps the parent's), else as its parent's (inherited).
func (r *hiddenRules) fontZero(n *html.Node, d decls, parent bool) bool {
	if d.font {
		return d.fontZero || parent && d.fontRelative
	}
	return r.inherited(n, parent, (*hiddenRules).fontRules)
}

func (r *hiddenRules) visibilityRules() (shows, hides *hiddenRules) { return r.shownVis, r.hiddenVis }
func (r *hiddenRules) fontRules() (shows, hides *hiddenRules)       { return r.sizedFont, r.zeroFont }

// inherited reads an inherited property that hides text (a font size of
// 0, visibility:hidden) for element n from the page's rules that set it
// (the pair rules gives: those that show the text, which win, and those
// that hide it), or takes its parent's.
func (r *hiddenRules) inherited(n *html.Node, parent bool, rules func(*hiddenRules) (shows, hides *hiddenRules)) bool {
	if r == nil {
		return parent
	}
	shows, hides := rules(r)
	// Where the parent's text shows, only a rule that hides can change
	// it, and most pages have none: the rules that show are read only
	// under one that hides.
	switch {
	case parent && shows.hides(n):
		return false
	case !hides.empty() && hides.hides(n):
		return true
	}
	return parent
}

// empty reports whether r has no selector.
func (r *hiddenRules) empty() bool {
	return r == nil || len(r.classes)+len(r.ids)+len(r.tags)+len(r.tagClasses) == 0
}

// newRules returns empty rules; root keeps html and body selectors.
func newRules(root bool) *hiddenRules {
	return &hiddenRules{classes: map[string]bool{}, ids: map[string]bool{}, tags: map[string]bool{}, tagClasses: map[[2]string]bool{}, root: root}
}

// cssContents returns the strings of the content declarations in css,
// their escapes (\673A, \") decoded.
func cssContents(css string) []string {
	var out []string
	for rest := css; ; {
		i := indexASCIIFold(rest, "content")
		if i < 0 {
			return out
		}
		rest = rest[i+len("content"):]
		if i > 0 && isIdent(css[len(css)-len(rest)-len("content")-1]) {
			continue // counter-content, --content …
		}
		v := strings.TrimLeft(rest, " \t\r\n")
		if !strings.HasPrefix(v, ":") {
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n")
		var b strings.Builder
		for len(v) > 0 && (v[0] == '"' || v[0] == '\'') {
			q := v[0]
			k := 1
			for k < len(v) && v[k] != q && v[k] != '\n' {
				if v[k] == '\\' && k+1 < len(v) {
					r, n := cssEscape(v[k+1:])
					if r >= 0 { // not a line continued
						b.WriteRune(r)
					}
					k += 1 + n
					continue
				}
				b.WriteByte(v[k])
				k++
			}
			v = strings.TrimLeft(v[min(k+1, len(v)):], " \t\r\n")
		}
		if t := strings.TrimSpace(b.String()); t != "" {
			out = append(out, t)
		}
		rest = v
	}
}

// indexASCIIFold is strings.Index of the lower-case ASCII word w in s,
// ASCII letters of s matched without case. Lower-casing s first would
// move the byte offsets of letters whose lower case is longer (Ⱥ, ⱥ).
func indexASCIIFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}

// isIdent says whether c may be part of a CSS identifier.
func isIdent(c byte) bool {
	return c == '-' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// cssEscape decodes the escape after a backslash: up to six hex digits
// and one white space after them, or one character; it returns the rune
// and the bytes it took.
func cssEscape(s string) (rune, int) {
	var r rune
	n := 0
	for n < len(s) && n < 6 {
		c := s[n]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			goto done
		}
		r = r<<4 | rune(d)
		n++
	}
done:
	if n == 0 {
		c, w := utf8.DecodeRuneInString(s)
		if c == '\n' {
			return -1, w // a line continued
		}
		return c, w
	}
	if n < len(s) && (s[n] == ' ' || s[n] == '\t' || s[n] == '\n') {
		n++
	}
	if r == 0 || r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF {
		r = utf8.RuneError
	}
	return r, n
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

// parseRules reads "selectors { declarations }" rules and adds each
// rule's selectors to the rule sets into gives for its declarations;
// conditional at-rules such as @media are skipped, or with root entered
// (a background inside @media may be drawn).
func parseRules(css string, root bool, into func(decls) []*hiddenRules) {
	for {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			return
		}
		sel := css[:open]
		if strings.Contains(sel, "@") && root {
			// A background inside @media may be drawn: read its rules.
			css = css[open+1:]
			continue
		}
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
		block := css[open+1 : open+end]
		css = css[open+end+1:]
		sets := into(readDecls(block))
		if len(sets) == 0 {
			continue
		}
		for _, s := range strings.Split(sel, ",") {
			for _, r := range sets {
				r.add(s)
			}
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
		} else if r.root || tag != "*" && tag != "html" && tag != "body" {
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
	if r.tags[tag] || r.tags["*"] || r.ids[strings.ToLower(attr(n.Attr, "id"))] && attr(n.Attr, "id") != "" {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n.Attr, "class"))) {
		if r.classes[c] || r.tagClasses[[2]string{tag, c}] {
			return true
		}
	}
	return false
}

// paintsOrMoves says whether stylesheet text (lower case) paints a
// background or draws anything that may lie under text, or moves elements
// out of the normal flow, where one may be drawn over another.
func paintsOrMoves(css string) bool {
	compact := strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, css)
	for _, w := range []string{"background", "position:", "transform", "translate", "grid-", "inset", "float:",
		":root", "color-scheme", "filter", "box-shadow", "mix-blend", "outline", "border-image"} {
		if strings.Contains(compact, w) {
			return true
		}
	}
	// A negative length anywhere (margin:0 0 0 -200px, top:-3em).
	for i := strings.IndexByte(compact, '-'); i >= 0; {
		if i > 0 && (compact[i-1] == ':' || compact[i-1] == ' ' || compact[i-1] == '(' || compact[i-1] == ',' ||
			compact[i-1] >= '0' && compact[i-1] <= '9' || compact[i-1] == 'x' || compact[i-1] == '%') &&
			i+1 < len(compact) && (compact[i+1] >= '0' && compact[i+1] <= '9' || compact[i+1] == '.') {
			return true
		}
		j := strings.IndexByte(compact[i+1:], '-')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
