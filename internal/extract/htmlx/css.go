package htmlx

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hiddenRules are the selectors of the page's own rules that set what
// hides text (display, opacity, visibility, a font size, ink of the
// background's colour), a set for each value that matters. Only the last
// compound of each selector is matched (".box .fj" matches every ".fj",
// its tag, id and classes all), so the rules may take more for hidden
// than a browser would, never less: hidden text is scanned either way,
// and reporting it costs a human look, not a leak. Each selector keeps
// its rank in the cascade, its whole selector's specificity and then its
// order: of two rules that set one property for an element, the one of
// higher rank wins, as in a browser (.fade{opacity:0} .fade.show
// {opacity:1}).
type hiddenRules struct {
	// byKey indexes the compounds by their id ("#id"), else their first
	// class (".c"), else their tag ("*" for none).
	byKey map[string][]compound
	// contents are the strings of the stylesheets' content declarations
	// (.m::before { content: "机密★1年" }): a browser draws them as text
	// of the page, so they are read with its attributes.
	contents []string
	// paints are the selectors whose rules give a background (colour or
	// picture): under them the colour text is drawn on is not known.
	paints *hiddenRules
	// zeroFont, sizedFont and relFont are the selectors whose rules set
	// a font size of 0, another size not relative to the parent's, and
	// one relative to it; hiddenVis and shownVis those that set
	// visibility hidden and visible; noDisplay and display those that
	// set display to none and to anything else, clear and opaque the
	// opacity to 0 and to anything else; offPage those that move an
	// element beyond any page (text-indent:-9999px). The set itself
	// holds those that hide whatever else is set: content-visibility
	// hidden, ink of the rule's own background.
	zeroFont, sizedFont, relFont, hiddenVis, shownVis *hiddenRules
	noDisplay, display, clear, opaque, offPage        *hiddenRules
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
	for _, sub := range []**hiddenRules{&r.zeroFont, &r.sizedFont, &r.relFont, &r.hiddenVis, &r.shownVis,
		&r.noDisplay, &r.display, &r.clear, &r.opaque, &r.offPage} {
		*sub = newRules(false)
	}
	parseRules(lower, false, func(d decls) []*hiddenRules {
		var into []*hiddenRules
		if d.cvHidden || d.inkHides() {
			into = append(into, r)
		}
		pick := func(set bool, yes, no *hiddenRules, is bool) {
			switch {
			case set && is:
				into = append(into, yes)
			case set:
				into = append(into, no)
			}
		}
		pick(d.display != "", r.noDisplay, r.display, d.display == "none")
		pick(d.opacity != "", r.clear, r.opaque, zeroLength(d.opacity))
		pick(d.vis, r.hiddenVis, r.shownVis, d.visHidden)
		switch {
		case d.font && d.fontZero:
			into = append(into, r.zeroFont)
		case d.font && d.fontRelative:
			into = append(into, r.relFont)
		case d.font:
			into = append(into, r.sizedFont)
		}
		if d.offPage {
			into = append(into, r.offPage)
		}
		return into
	})
	return r
}

// hidesWhole reports whether the page's rules hide element n with all
// it holds, d being the declarations of its style attribute, which wins
// over any rule for a property it sets: content-visibility or ink of a
// rule's own background, or display:none or an opacity of 0 from the
// rule of the highest rank that sets them, or a rule that moves it off
// the page when it is hidden from screen readers too (aria-hidden).
func (r *hiddenRules) hidesWhole(n *html.Node, d decls) bool {
	if r == nil {
		return false
	}
	l := &lookup{n: n}
	return l.rank(r) >= 0 || d.display == "" && l.wins(r.noDisplay, r.display) || d.opacity == "" && l.wins(r.clear, r.opaque) ||
		attr(n.Attr, "aria-hidden") == "true" && l.rank(r.offPage) >= 0
}

// hidesAll reports whether element n is hidden with all it holds, by its
// style attribute (hides) or by the page's rules, a font size of 0 and
// visibility:hidden counted: what the cleaned copy removes whole.
func (r *hiddenRules) hidesAll(n *html.Node) bool {
	d := readDecls(attr(n.Attr, "style"))
	return hides(n, d) || r.hidesWhole(n, d) || !d.font && r.fontZero(n, d, false) || !d.vis && r.invisible(n, d, false)
}

// invisible reports whether element n is invisible: by its style
// attribute, else by the page's rule of the highest rank that sets the
// visibility, else as its parent is (inherited).
func (r *hiddenRules) invisible(n *html.Node, d decls, parent bool) bool {
	if d.vis {
		return d.visHidden
	}
	if r == nil {
		return parent
	}
	return inherited(n, parent, r.hiddenVis, r.shownVis, nil)
}

// fontZero reports whether element n's font size is 0: by its style
// attribute (a size relative to the parent's, 0.9em or 120%, is 0 where
// the parent's is), else by the page's rule of the highest rank that sets
// a size (a relative one keeps the parent's), else as its parent's
// (inherited).
func (r *hiddenRules) fontZero(n *html.Node, d decls, parent bool) bool {
	if d.font {
		return d.fontZero || parent && d.fontRelative
	}
	if r == nil {
		return parent
	}
	return inherited(n, parent, r.zeroFont, r.sizedFont, r.relFont)
}

// inherited reads an inherited property that hides text for element n:
// the page's rule of the highest rank that sets it decides — one of
// hides hides, one of shows shows, one of keeps (a size relative to the
// parent's) keeps the parent's —, else the parent's. Where the parent's
// text shows and no rule hides, nothing is read: most pages hide nothing
// so.
func inherited(n *html.Node, parent bool, hides, shows, keeps *hiddenRules) bool {
	if !parent && hides.empty() {
		return false
	}
	l := &lookup{n: n}
	best, v := -1, parent
	for _, s := range []struct {
		set    *hiddenRules
		hidden bool
	}{{hides, true}, {shows, false}, {keeps, parent}} {
		if k := l.rank(s.set); k > best {
			best, v = k, s.hidden
		}
	}
	return v
}

// empty reports whether r has no selector.
func (r *hiddenRules) empty() bool {
	return r == nil || len(r.byKey) == 0
}

// newRules returns empty rules; root keeps html and body selectors.
func newRules(root bool) *hiddenRules {
	return &hiddenRules{byKey: map[string][]compound{}, root: root}
}

// compound is the last compound selector of a rule (tag.class1.class2,
// #id, .class) and its rank in the cascade.
type compound struct {
	tag, id string
	classes []string
	rank    int
}

// rankOf is a rule's rank: its selector's specificity (ids, then classes,
// attributes and pseudo-classes, then tags, counted over the whole
// selector), then its order among the page's rules.
func rankOf(sel string, order int) int {
	ids, classes, tags := 0, 0, 0
	for i := 0; i < len(sel); i++ {
		switch c := sel[i]; {
		case c == '#':
			ids++
		case c == '.' || c == '[':
			classes++
		case c == ':':
			if i+1 < len(sel) && sel[i+1] == ':' {
				i++ // a pseudo-element
				tags++
			} else {
				classes++
			}
		case c >= 'a' && c <= 'z' && (i == 0 || strings.IndexByte(" >+~(,", sel[i-1]) >= 0):
			tags++
		}
	}
	return (min(ids, 9)*100+min(classes, 9)*10+min(tags, 9))<<20 | min(order, 1<<20-1)
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
	for order := 0; ; order++ {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			return
		}
		sel := css[:open]
		if strings.Contains(sel, "@") && (root || mediaApplies(sel)) {
			// A background inside @media may be drawn: read its rules;
			// and the rules of a block for the screen always apply.
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
				r.add(s, order)
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

// mediaApplies reports whether the rules of an at-rule's block always
// apply to a page on a screen: @media screen or all with no feature
// (not print, not a width: a mobile menu hidden on a desktop is shown on
// a phone), @supports, @layer.
func mediaApplies(at string) bool {
	at = strings.TrimSpace(strings.TrimLeft(at, "}; \t\n"))
	switch {
	case strings.HasPrefix(at, "@supports"), strings.HasPrefix(at, "@layer"):
		return true
	case !strings.HasPrefix(at, "@media"):
		return false
	}
	q := strings.Fields(strings.TrimPrefix(at, "@media"))
	for _, w := range q {
		if w != "screen" && w != "all" && w != "only" {
			return false
		}
	}
	return true
}

// add records the last compound selector of s, at its rank.
func (r *hiddenRules) add(s string, order int) {
	s = strings.TrimSpace(strings.TrimLeft(s, "}; \t\n"))
	rank := rankOf(s, order)
	if i := strings.LastIndexAny(s, " >+~"); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexAny(s, ":["); i >= 0 {
		s = s[:i] // pseudo-classes and attribute selectors: keep the rest
	}
	if s == "" {
		return
	}
	var c compound
	c.rank = rank
	tag, rest, _ := strings.Cut(s, ".")
	if i := strings.IndexByte(tag, '#'); i >= 0 {
		tag, c.id = tag[:i], tag[i+1:]
	}
	for cl := range strings.SplitSeq(rest, ".") {
		if i := strings.IndexByte(cl, '#'); i >= 0 {
			cl, c.id = cl[:i], cl[i+1:]
		}
		if cl != "" {
			c.classes = append(c.classes, cl)
		}
	}
	if tag != "*" {
		c.tag = tag
	}
	if !r.root && c.id == "" && len(c.classes) == 0 && (tag == "*" || tag == "html" || tag == "body") {
		return // the page itself: a rule for it hides nothing but the page
	}
	key := "*"
	switch {
	case c.id != "":
		key = "#" + c.id
	case len(c.classes) > 0:
		key = "." + c.classes[0]
	case c.tag != "":
		key = c.tag
	}
	r.byKey[key] = append(r.byKey[key], c)
}

// hides reports whether a rule of r matches element n.
func (r *hiddenRules) hides(n *html.Node) bool { return (&lookup{n: n}).rank(r) >= 0 }

// lookup matches one element against the rule sets, reading its tag, id
// and classes once, and only when a set has rules: an element is looked
// up in up to ten sets.
type lookup struct {
	n       *html.Node
	read    bool
	tag, id string
	classes []string
}

// rank is the highest rank of r's rules that match the element, or -1.
func (l *lookup) rank(r *hiddenRules) int {
	if r.empty() || l.n.Type != html.ElementNode {
		return -1
	}
	if !l.read {
		l.read = true
		l.tag = strings.ToLower(l.n.Data)
		l.id = strings.ToLower(attr(l.n.Attr, "id"))
		l.classes = strings.Fields(strings.ToLower(attr(l.n.Attr, "class")))
	}
	best := -1
	try := func(key string) {
		for _, c := range r.byKey[key] {
			if c.rank > best && (c.tag == "" || c.tag == l.tag) && (c.id == "" || c.id == l.id) && hasAll(l.classes, c.classes) {
				best = c.rank
			}
		}
	}
	if l.id != "" {
		try("#" + l.id)
	}
	for i, cl := range l.classes {
		if !slices.Contains(l.classes[:i], cl) {
			try("." + cl)
		}
	}
	try(l.tag)
	try("*")
	return best
}

// wins reports whether the rule of the highest rank that matches the
// element is in hides rather than in shows.
func (l *lookup) wins(hides, shows *hiddenRules) bool {
	h := l.rank(hides)
	return h >= 0 && h > l.rank(shows)
}

// hasAll reports whether have holds every one of want.
func hasAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
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
