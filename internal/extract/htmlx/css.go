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
// background's colour), a set for each value that matters. A selector
// matches as in a browser by its compounds and combinators (".box .fj"
// only an .fj inside a .box; "> + ~" too), but pseudo-classes and
// attribute selectors, which depend on the moment or rarely hide, match
// any element, save :not() of simple selectors (.collapse:not(.show)):
// the rules may take more for hidden than a browser would, never less,
// and hidden text is scanned either way; reporting it costs a human
// look, not a leak. Each selector keeps its rank in the cascade, its
// whole selector's specificity and then its order, raised above all
// others for an !important declaration: of two rules that set one
// property for an element, the one of higher rank wins, as in a browser
// (.fade{opacity:0} .fade.show{opacity:1}), and a style attribute's
// declaration wins over every rule's that is not !important.
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
	// before and after are the selectors of ::before and ::after rules
	// with content, each with the strings it draws: a page may write
	// part of a value so (.id::before{content:"110101"}), which a
	// reader sees joined to the element's own text.
	before, after *hiddenRules
	// root keeps html and body selectors (paints' need them).
	root bool
	// important is set when a rule's declaration was !important.
	important bool
	// shows is set for a set of rules that show what others hide
	// (display, opacity, visibility visible, a font size not 0).
	shows bool
	// memo remembers, for the page, which elements' surroundings match
	// the compounds before the rules' last (chains).
	memo map[chainKey]bool
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
	parseRules(lower, true, func(d decls) []ruleTarget {
		if d.bgSet {
			return []ruleTarget{{set: r.paints}}
		}
		return nil
	})
	for _, sub := range []**hiddenRules{&r.zeroFont, &r.sizedFont, &r.relFont, &r.hiddenVis, &r.shownVis,
		&r.noDisplay, &r.display, &r.clear, &r.opaque, &r.offPage, &r.before, &r.after} {
		*sub = newRules(false)
	}
	for _, sub := range []*hiddenRules{r.display, r.opaque, r.shownVis, r.sizedFont, r.relFont} {
		sub.shows = true
	}
	parseRules(lower, false, func(d decls) []ruleTarget {
		var into []ruleTarget
		if d.cvHidden || d.inkHides() {
			into = append(into, ruleTarget{set: r})
		}
		pick := func(set bool, yes, no *hiddenRules, is bool, p uint8) {
			switch {
			case set && is:
				into = append(into, ruleTarget{set: yes, important: d.imp&p != 0})
			case set:
				into = append(into, ruleTarget{set: no, important: d.imp&p != 0})
			}
		}
		pick(d.display != "", r.noDisplay, r.display, d.display == "none", impDisplay)
		pick(d.opacity != "", r.clear, r.opaque, zeroLength(d.opacity), impOpacity)
		pick(d.vis, r.hiddenVis, r.shownVis, d.visHidden, impVis)
		fontImp := d.imp&impFont != 0
		switch {
		case d.font && d.fontZero:
			into = append(into, ruleTarget{set: r.zeroFont, important: fontImp})
		case d.font && d.fontRelative:
			into = append(into, ruleTarget{set: r.relFont, important: fontImp})
		case d.font:
			into = append(into, ruleTarget{set: r.sizedFont, important: fontImp})
		}
		if d.offPage {
			into = append(into, ruleTarget{set: r.offPage})
		}
		if d.content != "" {
			into = append(into, ruleTarget{set: r.before, pseudo: "before", content: d.content},
				ruleTarget{set: r.after, pseudo: "after", content: d.content})
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
	return l.rank(r) >= 0 || l.wins(r.noDisplay, r.display, d.own(d.display != "", impDisplay)) ||
		l.wins(r.clear, r.opaque, d.own(d.opacity != "", impOpacity)) ||
		attr(n.Attr, "aria-hidden") == "true" && l.rank(r.offPage) >= 0
}

// The ranks of a style attribute's declarations in the cascade: above
// every rule's, unless the rule's declaration is !important
// (importantRule is added to its rank), and above those too when the
// attribute's is !important.
const (
	ownRank       = 1 << 39
	importantRule = 1 << 40
	ownImportant  = 1 << 41
)

// own is the rank of the style attribute's declaration of property p in
// the cascade, or -1 when it declares none (set false).
func (d decls) own(set bool, p uint8) int {
	switch {
	case !set:
		return -1
	case d.imp&p != 0:
		return ownImportant
	}
	return ownRank
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
	if r == nil {
		if d.vis {
			return d.visHidden
		}
		return parent
	}
	return inherited(n, parent, d.own(d.vis, impVis), d.visHidden, r.hiddenVis, r.shownVis, nil)
}

// fontZero reports whether element n's font size is 0: by its style
// attribute (a size relative to the parent's, 0.9em or 120%, is 0 where
// the parent's is), else by the page's rule of the highest rank that sets
// a size (a relative one keeps the parent's), else as its parent's
// (inherited).
func (r *hiddenRules) fontZero(n *html.Node, d decls, parent bool) bool {
	zero := d.fontZero || parent && d.fontRelative
	if r == nil {
		if d.font {
			return zero
		}
		return parent
	}
	return inherited(n, parent, d.own(d.font, impFont), zero, r.zeroFont, r.sizedFont, r.relFont)
}

// inherited reads an inherited property that hides text for element n:
// the declaration of the highest rank decides — the style attribute's
// (own, the rank from decls.own, or -1 for none, hiding when ownHidden),
// else the page's rules that set it: one of hides hides, one of shows
// shows, one of keeps (a size relative to the parent's) keeps the
// parent's —, else the parent's. Where the attribute decides and no rule
// is !important, or the parent's text shows and no rule hides, no rule
// is read: most pages hide nothing so.
func inherited(n *html.Node, parent bool, own int, ownHidden bool, hides, shows, keeps *hiddenRules) bool {
	switch {
	case own >= 0 && !hides.weighs() && !shows.weighs() && !keeps.weighs():
		return ownHidden
	case own < 0 && !parent && hides.empty():
		return false
	}
	l := &lookup{n: n}
	best, v := own, ownHidden
	if own < 0 {
		v = parent
	}
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

// weighs reports whether a declaration of r's rules was !important.
func (r *hiddenRules) weighs() bool {
	return r != nil && r.important
}

// empty reports whether r has no selector.
func (r *hiddenRules) empty() bool {
	return r == nil || len(r.byKey) == 0
}

// newRules returns empty rules; root keeps html and body selectors.
func newRules(root bool) *hiddenRules {
	return &hiddenRules{byKey: map[string][]compound{}, root: root}
}

// compound is a compound selector (tag.class1.class2, #id, .class), the
// last of a rule's selector with its rank in the cascade and the
// compounds before it (up, nearest first); pseudo-classes and attribute
// selectors match any element, but for :not() of simple selectors.
type compound struct {
	tag, id string
	classes []string
	// not are the simple selectors of :not(): an element that matches
	// one does not match.
	not  []compound
	up   []link
	rank int
	// content is what a ::before or ::after rule's content draws.
	content string
}

// link is a compound before another in a selector and the combinator
// between them: ' ' (an ancestor), '>' (the parent), '+' (the element
// just before), '~' (an element before).
type link struct {
	comb byte
	c    compound
}

// maxLinks bounds the compounds before the last that are matched; those
// further out are left, which lets a rule match more, never less.
const maxLinks = 6

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

// ruleTarget is a rule set a rule's selectors join, and whether the
// declaration that puts them there was !important.
type ruleTarget struct {
	set       *hiddenRules
	important bool
	// pseudo, when set, takes only the selectors of that pseudo-element
	// ("before", "after"), with content, the strings it draws.
	pseudo, content string
}

// parseRules reads "selectors { declarations }" rules and adds each
// rule's selectors to the rule sets into gives for its declarations;
// conditional at-rules such as @media are skipped, or with root entered
// (a background inside @media may be drawn).
func parseRules(css string, root bool, into func(decls) []ruleTarget) {
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
		targets := into(readDecls(block))
		if len(targets) == 0 {
			continue
		}
		for _, s := range splitTop(sel, ',') {
			for _, t := range targets {
				if t.pseudo != "" && !strings.Contains(s, ":"+t.pseudo) {
					continue
				}
				t.set.add(s, order, t.important, t.content)
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

// add records selector s at its rank, raised above every other rule's
// for a declaration that was !important.
func (r *hiddenRules) add(s string, order int, important bool, content string) {
	s = strings.TrimSpace(strings.TrimLeft(s, "}; \t\n"))
	rank := rankOf(s, order)
	if important {
		rank += importantRule
		r.important = true
	}
	parts, combs := splitSelector(s)
	if len(parts) == 0 {
		return
	}
	c, ok := parseCompound(parts[len(parts)-1], true)
	if !ok {
		return
	}
	c.rank, c.content = rank, content
	for i := len(parts) - 2; i >= 0 && len(c.up) < maxLinks; i-- {
		u, ok := parseCompound(parts[i], true)
		if !ok {
			break // one not understood: match what is nearer only
		}
		c.up = append(c.up, link{comb: combs[i], c: u})
	}
	if !r.root && len(c.up) == 0 && c.id == "" && len(c.classes) == 0 && len(c.not) == 0 && (c.tag == "" || c.tag == "html" || c.tag == "body") {
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

// eachByte calls fn with each byte of s and whether it stands outside
// brackets, parentheses and quotes; a bracket, a parenthesis or a quote
// itself counts as inside.
func eachByte(s string, fn func(i int, top bool)) {
	depth, quote := 0, byte(0)
	for i := 0; i < len(s); i++ {
		top := false
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth = max(depth-1, 0)
		default:
			top = depth == 0
		}
		fn(i, top)
	}
}

// splitTop splits s at each sep outside brackets, parentheses and
// quotes (".a:not(.b, .c), .d" is two selectors).
func splitTop(s string, sep byte) []string {
	var out []string
	from := 0
	eachByte(s, func(i int, top bool) {
		if top && s[i] == sep {
			out = append(out, s[from:i])
			from = i + 1
		}
	})
	return append(out, s[from:])
}

// splitSelector splits a complex selector into its compounds, left to
// right, and the combinators between them (combs[i] joins parts[i] and
// parts[i+1]).
func splitSelector(s string) (parts []string, combs []byte) {
	var cur strings.Builder
	comb := byte(0)
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		if len(parts) > 0 {
			combs = append(combs, comb)
		}
		parts = append(parts, cur.String())
		cur.Reset()
		comb = 0
	}
	eachByte(s, func(i int, top bool) {
		switch c := s[i]; {
		case top && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'):
			flush()
			if comb == 0 {
				comb = ' '
			}
		case top && (c == '>' || c == '+' || c == '~'):
			flush()
			comb = c
		default:
			cur.WriteByte(c)
		}
	})
	flush()
	return parts, combs
}

// parseCompound reads a compound selector: its tag, id and classes, and
// with not the simple selectors of its :not()s. Other pseudo-classes and
// attribute selectors are left (they match any element); ok is false for
// text that is no compound.
func parseCompound(s string, not bool) (compound, bool) {
	var c compound
	var rest strings.Builder
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			i += skipGroup(s[i:], '[', ']')
			continue
		case ':':
			j := i + 1
			for j < len(s) && (s[j] == ':' || isIdent(s[j])) {
				j++
			}
			name := s[i:j]
			if j < len(s) && s[j] == '(' {
				k := j + skipGroup(s[j:], '(', ')')
				if not && name == ":not" {
					for _, inner := range splitTop(s[j+1:max(k-1, j+1)], ',') {
						inner = strings.TrimSpace(inner)
						if strings.ContainsAny(inner, " >+~:[") {
							continue // not a simple selector: left
						}
						if n, ok := parseCompound(inner, false); ok && (n.tag != "" || n.id != "" || len(n.classes) > 0) {
							c.not = append(c.not, n)
						}
					}
				}
				j = k
			}
			i = j
			continue
		}
		rest.WriteByte(s[i])
		i++
	}
	sel := rest.String()
	tag, classes, _ := strings.Cut(sel, ".")
	if i := strings.IndexByte(tag, '#'); i >= 0 {
		tag, c.id = tag[:i], tag[i+1:]
	}
	for cl := range strings.SplitSeq(classes, ".") {
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
	for i := 0; i < len(c.tag); i++ {
		if !isIdent(c.tag[i]) {
			return c, false
		}
	}
	return c, true
}

// skipGroup returns the length of the group that s opens with open,
// nested groups included, up to its close or the end.
func skipGroup(s string, open, close byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(s)
}

// drawn returns what the page's ::before (set r.before) or ::after rule
// of the highest rank draws for element n, "" for none.
func drawn(n *html.Node, set *hiddenRules) string {
	if c := (&lookup{n: n}).best(set); c != nil {
		return c.content
	}
	return ""
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
	if c := l.best(r); c != nil {
		return c.rank
	}
	return -1
}

// best is the matching rule of r of the highest rank, or nil.
func (l *lookup) best(r *hiddenRules) *compound {
	if r.empty() || l.n.Type != html.ElementNode {
		return nil
	}
	if !l.read {
		l.read = true
		l.tag = strings.ToLower(l.n.Data)
		l.id = strings.ToLower(attr(l.n.Attr, "id"))
		l.classes = strings.Fields(strings.ToLower(attr(l.n.Attr, "class")))
	}
	var best *compound
	if r.memo == nil {
		r.memo = map[chainKey]bool{}
	}
	m := chains{budget: maxChainSteps, unsure: !r.shows, memo: r.memo}
	try := func(key string) {
		for i := range r.byKey[key] {
			c := &r.byKey[key][i]
			if (best == nil || c.rank > best.rank) && (c.tag == "" || c.tag == l.tag) && (c.id == "" || c.id == l.id) &&
				hasAll(l.classes, c.classes) && !c.negated(l.n) && (len(c.up) == 0 || m.matches(l.n, c.up)) {
				best = c
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
// element is in hides rather than in shows, and above own, the rank of
// the style attribute's declaration (-1 for none).
func (l *lookup) wins(hides, shows *hiddenRules, own int) bool {
	h := l.rank(hides)
	return h >= 0 && h > own && h > l.rank(shows)
}

// maxChainSteps bounds the elements one lookup compares with the
// compounds before rules' last: past it a chain is taken to match for a
// rule that hides and not to for one that shows (hiddenRules.shows), so
// that the page is taken to hide more, never less.
const maxChainSteps = 1 << 16

// chainKey is an element where a walk along its ancestors or earlier
// siblings starts, and the compounds before a rule's last that are left
// to match (the first of them stands for the rest).
type chainKey struct {
	n  *html.Node
	up *link
}

// chains matches the compounds before rules' last for one lookup in one
// rule set, each element and rest of a chain once for the whole page
// (the set's memo): "a a a a b" against a deep page costs its depth
// times its compounds, not their combinations, and ten thousand
// paragraphs under one deep ancestry share its matching.
type chains struct {
	budget int
	unsure bool // what a chain past the budget is taken to be
	spent  bool // the budget ran out: nothing more is remembered
	memo   map[chainKey]bool
}

// maxMemo bounds the chain results a rule set remembers for a page.
const maxMemo = 1 << 20

// parentElement is n's parent element, nil at the top.
func parentElement(n *html.Node) *html.Node {
	if p := n.Parent; p != nil && p.Type == html.ElementNode {
		return p
	}
	return nil
}

// prevElement is the element before n among its siblings, or nil.
func prevElement(n *html.Node) *html.Node {
	for e := n.PrevSibling; e != nil; e = e.PrevSibling {
		if e.Type == html.ElementNode {
			return e
		}
	}
	return nil
}

// matches reports whether the elements around n match up, the compounds
// before a rule's last, nearest first, each by its combinator.
func (m *chains) matches(n *html.Node, up []link) bool {
	if len(up) == 0 {
		return true
	}
	switch s := &up[0]; s.comb {
	case '>':
		e := parentElement(n)
		return e != nil && s.c.matches(e) && m.matches(e, up[1:])
	case '+':
		e := prevElement(n)
		return e != nil && s.c.matches(e) && m.matches(e, up[1:])
	case '~':
		return m.along(prevElement(n), up)
	}
	return m.along(parentElement(n), up)
}

// along reports whether e or an element after it on the walk up[0]'s
// combinator takes (its ancestors, or its earlier siblings) matches
// up[0] with the rest of the chain matching from it.
func (m *chains) along(e *html.Node, up []link) bool {
	if e == nil {
		return false
	}
	key := chainKey{e, &up[0]}
	if v, ok := m.memo[key]; ok {
		return v
	}
	if m.budget--; m.budget < 0 {
		m.spent = true
		return m.unsure
	}
	s := &up[0]
	v := s.c.matches(e) && m.matches(e, up[1:])
	if !v {
		next := parentElement
		if s.comb == '~' {
			next = prevElement
		}
		v = m.along(next(e), up)
	}
	if !m.spent && len(m.memo) < maxMemo {
		m.memo[key] = v
	}
	return v
}

// matches reports whether element e matches compound c.
func (c *compound) matches(e *html.Node) bool {
	if c.tag != "" && !strings.EqualFold(e.Data, c.tag) || c.id != "" && !strings.EqualFold(attr(e.Attr, "id"), c.id) {
		return false
	}
	if len(c.classes) > 0 {
		class := attr(e.Attr, "class")
		for _, w := range c.classes {
			if !hasClass(class, w) {
				return false
			}
		}
	}
	return !c.negated(e)
}

// negated reports whether element e matches a selector of c's :not().
func (c *compound) negated(e *html.Node) bool {
	for i := range c.not {
		if c.not[i].matches(e) {
			return true
		}
	}
	return false
}

// hasClass reports whether a class attribute names class w (lower case).
func hasClass(class, w string) bool {
	for f := range strings.FieldsSeq(class) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
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

// pseudo is r's set of ::before rules (before) or of ::after rules, nil
// for no rules.
func (r *hiddenRules) pseudo(before bool) *hiddenRules {
	switch {
	case r == nil:
		return nil
	case before:
		return r.before
	}
	return r.after
}
