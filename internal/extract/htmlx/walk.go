package htmlx

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/ocr"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walk reads node n, at depth, into out (the body, or the hidden part
// inside a hidden element).
func (x *extractor) walk(n *html.Node, depth int, out *sink) error {
	if x.nodes++; x.nodes%1024 == 0 && time.Now().After(x.deadline) {
		return errTimeout
	}
	switch n.Type {
	case html.DocumentNode:
		return x.children(n, depth, out)
	case html.CommentNode:
		x.dataURIsIn(n.Data) // a picture commented out is still in the page
		return x.comments.line(n.Data)
	case html.TextNode:
		if (x.fontZero || x.invisible || x.unseenInk()) && out != &x.hidden && strings.TrimFunc(n.Data, isSpace) != "" {
			// Text in a font size of 0, invisible, or in the colour it
			// is drawn on, that no element between sets again (all are
			// inherited) goes to the hidden part, the text of one run
			// of such text nodes on one line (此稿<b>未经审核</b>请勿发
			// 布 is one note), as a hidden element's text is.
			if !x.hiddenRun {
				if err := x.hidden.newline(); err != nil {
					return err
				}
				x.hiddenRun = true
			}
			out = &x.hidden
		} else if x.hiddenRun && strings.TrimFunc(n.Data, isSpace) == "" {
			// White space between the elements of a hidden run (此稿
			// <b>未经审核</b> <i>请勿发布</i>) keeps the run one line.
			if err := x.hidden.text(n.Data, x.pre > 0); err != nil {
				return err
			}
		} else if err := x.endHiddenRun(); err != nil {
			return err
		}
		start := out.runes
		err := out.text(n.Data, x.pre > 0)
		x.placeText(out, start)
		return err
	case html.ElementNode:
		return x.element(n, depth, out)
	}
	return nil // doctype
}

func (x *extractor) children(n *html.Node, depth int, out *sink) error {
	var sib siblings
	many := sib.count(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		elem := c.Type == html.ElementNode
		if elem {
			index := 0
			if many {
				index = sib.next(c)
			}
			x.steps = append(x.steps, step{stepOf(c, index)})
			x.pathOK = false
		}
		err := x.walk(c, depth+1, out)
		if elem {
			x.steps = x.steps[:len(x.steps)-1]
			x.pathOK = false
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (x *extractor) element(n *html.Node, depth int, out *sink) error {
	if depth > x.lim.MaxXMLDepth {
		x.tooDeep = true
		return nil
	}
	if err := x.attributes(n.DataAtom, n.Namespace, n.Attr); err != nil {
		return err
	}
	html := n.Namespace == ""
	if !html && n.Data == "title" { // an SVG or MathML tooltip
		return x.attrs.line("title: " + textOf(n))
	}
	if n.Data == "style" && (!html || n.DataAtom == atom.Style) {
		// A page's or an SVG's stylesheet: not text, but its
		// url(data:…) pictures are drawn and its other url()s fetched.
		css := textOf(n)
		x.dataURIsIn(css)
		return x.cssLinks(css)
	}
	if html {
		switch n.DataAtom {
		case atom.Script, atom.Iframe, atom.Noembed, atom.Noframes:
			if n.DataAtom == atom.Iframe {
				if err := x.srcdoc(n, depth, out); err != nil {
					return err
				}
			}
			// Not shown, but there for anyone who reads the source.
			return x.source(n)
		case atom.Title:
			return x.meta.line("标题: " + textOf(n))
		case atom.Br, atom.Hr:
			return out.newline()
		case atom.Td, atom.Th:
			if err := out.tab(); err != nil {
				return err
			}
		}
	}
	d := readDecls(attr(n.Attr, "style"))
	bg, zero, invisible, ink := x.bg, x.fontZero, x.invisible, x.ink
	x.bg = x.background(n, d, bg)
	x.fontZero = x.css.fontZero(n, d, zero)
	x.invisible = x.css.invisible(n, d, invisible)
	if c, set := inkColor(n, d); set {
		x.ink = c
	}
	defer func() { x.bg, x.fontZero, x.invisible, x.ink = bg, zero, invisible, ink }()
	target := out
	switch {
	case html && officeComments(n):
		target = &x.officeComments
	case out != &x.hidden && (hidesWhole(n, d) || x.css.hidesWhole(n, d)):
		target = &x.hidden
	}
	block := html && blocks[n.DataAtom] || target != out
	if block {
		if err := x.endHiddenRun(); err != nil {
			return err
		}
		if err := target.newline(); err != nil {
			return err
		}
	}
	if p := n.PrevSibling; html && n.DataAtom == atom.A && p != nil && p.Type == elementNode && p.DataAtom == atom.A {
		// Links side by side (a menu written without white space
		// between its items) are items, not one word: 政务公开 政务服务,
		// not 政务公开政务服务. After a digit they may be one number
		// cut into links (<a>110101</a><a>1990…</a>), which stays whole.
		if r, _ := utf8.DecodeLastRuneInString(target.b.String()); !unicode.IsDigit(r) {
			target.space = true
		}
	}
	pre := html && preformatted[n.DataAtom]
	if pre {
		x.pre++
	}
	tbl := html && target == &x.body && tableAtoms[n.DataAtom]
	if tbl {
		x.tableOpen(n)
	}
	// What the page's ::before and ::after rules draw is text of the
	// element, read with it (a value a rule writes the first digits of).
	if c := drawn(n, x.css.pseudo(true)); c != "" {
		if err := target.text(c, false); err != nil {
			return err
		}
	}
	// <bdo dir=rtl> shows its text reversed: it is marked as a right-to-
	// left override is, which the scan reads in the order shown.
	rtl := html && n.DataAtom == atom.Bdo && strings.EqualFold(strings.TrimSpace(attr(n.Attr, "dir")), "rtl")
	if rtl {
		if err := target.raw("\u202e"); err != nil {
			return err
		}
	}
	err := x.children(n, depth, target)
	if rtl && err == nil {
		err = target.raw("\u202c")
	}
	if c := drawn(n, x.css.pseudo(false)); c != "" && err == nil {
		err = target.text(c, false)
	}
	if tbl {
		x.tableClose(n)
	}
	if pre {
		x.pre--
	}
	if err != nil {
		return err
	}
	if block {
		if err := x.endHiddenRun(); err != nil {
			return err
		}
		return target.newline()
	}
	return nil
}

// endHiddenRun ends the hidden part's line of text hidden by an inherited
// style, if one is open: visible text or a block's edge ends it.
func (x *extractor) endHiddenRun() error {
	if !x.hiddenRun {
		return nil
	}
	x.hiddenRun = false
	return x.hidden.newline()
}

// preformatted are the elements whose text keeps its whitespace.
var preformatted = atomSet(atom.Pre, atom.Textarea, atom.Listing, atom.Xmp, atom.Plaintext)

// source writes the text of a raw text element (a script, the fallback
// of an iframe) to the source part, as it stands, on lines of its own.
func (x *extractor) source(n *html.Node) error {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			x.dataURIsIn(c.Data)
			if err := x.script.block(c.Data); err != nil {
				return err
			}
		}
	}
	return nil
}

// blocks are the elements that start and end a line.
var blocks = atomSet(atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
	atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
	atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
	atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Html, atom.Legend, atom.Li, atom.Listing,
	atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.Optgroup, atom.Option, atom.P, atom.Plaintext,
	atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Textarea, atom.Tfoot, atom.Thead,
	atom.Tr, atom.Ul, atom.Select, atom.Noscript, atom.Xmp)

func atomSet(as ...atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}

// hides says whether element n, whose style attribute's declarations are
// d, hides itself and what it holds from a reader by that style or its
// attributes, a font size of 0, visibility:hidden and ink of its background's
// colour counted as hiding all it holds (the cleaned copy removes such an
// element whole; the extractor reads them as inherited, shown again where
// an element inside sets its own size, visibility:visible or a colour).
func hides(n *html.Node, d decls) bool {
	return hidesWhole(n, d) || d.font && d.fontZero || d.vis && d.visHidden || d.inkHides()
}

// hidesWhole is hides without the font size and the visibility, which
// elements inside may set again; d are the declarations of n's style.
func hidesWhole(n *html.Node, d decls) bool {
	if n.Namespace == "" {
		switch n.DataAtom {
		case atom.Template:
			// A declarative shadow root (shadowrootmode, or the older
			// shadowroot) is attached to its host and shown; any
			// other template is inert.
			return !hasAttr(n.Attr, "shadowrootmode") && !hasAttr(n.Attr, "shadowroot")
		case atom.Dialog:
			if !hasAttr(n.Attr, "open") {
				return true
			}
		}
	}
	// Moved off the page, an element is hidden only when it is hidden
	// from screen readers too: off the page alone is how skip links and
	// text for screen readers are written (跳到主要内容), shown on focus.
	return hasAttr(n.Attr, "hidden") || d.hidden || attr(n.Attr, "aria-hidden") == "true" && d.offPage
}

// officeComments says whether n is the list of comments Word or WPS
// writes at the foot of a page saved as HTML (style mso-element:
// comment-list): a reviewer's comments, as in the document.
func officeComments(n *html.Node) bool {
	st := attr(n.Attr, "style")
	return st != "" && strings.Contains(strings.Join(strings.FieldsFunc(strings.ToLower(st), isSpace), ""), "mso-element:comment-list")
}

// attrColour is the colour an old HTML attribute (bgcolor, <font color>,
// <body text>) gives, as cssColor writes it; browsers take six or three
// hex digits without the # too.
func attrColour(v string) string {
	v = strings.ToLower(strings.TrimFunc(v, isSpace))
	if (len(v) == 6 || len(v) == 3) && strings.Trim(v, "0123456789abcdef") == "" {
		v = "#" + v
	}
	return cssColor(v)
}

// sameColour reports whether two colours of cssColor are the same to the
// eye: each channel within colourTol of the other's (#fefefe on #fff).
func sameColour(a, b string) bool {
	if len(a) != 7 || len(b) != 7 || a[0] != '#' || b[0] != '#' {
		return false
	}
	for i := 1; i < 7; i += 2 {
		x, err1 := strconv.ParseUint(a[i:i+2], 16, 8)
		y, err2 := strconv.ParseUint(b[i:i+2], 16, 8)
		if err1 != nil || err2 != nil || max(x, y)-min(x, y) > colourTol {
			return false
		}
	}
	return true
}

// colourTol is how far apart two channels may be and look the same.
const colourTol = 8

// canvas is the background of text that no element paints, on a page
// whose stylesheets are all its own and neither paint nor move anything:
// the browser's white canvas.
const canvas = "canvas"

// background is the colour element n's text is drawn on, as far as the
// page says it without laying it out: its own background (style, or the
// bgcolor of old HTML), else its parent's, or "" when not known (a
// picture, a colour not written simply, or a stylesheet's rule that
// paints n). The canvas is taken for white only where nothing can move
// text over a picture beside it (a carousel's caption): no stylesheet
// from elsewhere, none that positions elements, and n not positioned by
// its own style.
func (x *extractor) background(n *html.Node, d decls, parent string) string {
	if d.bgSet && d.bg != "transparent" {
		return d.bg
	}
	if v := attr(n.Attr, "bgcolor"); v != "" {
		return attrColour(v)
	}
	if attr(n.Attr, "background") != "" || x.css != nil && x.css.paints.hides(n) {
		return ""
	}
	if x.css != nil && x.css.external && (attr(n.Attr, "class") != "" || attr(n.Attr, "id") != "") {
		return "" // a stylesheet from elsewhere may paint it
	}
	if parent == canvas && (positioned(attr(n.Attr, "style")) || ownBackground[n.DataAtom]) {
		return ""
	}
	return parent
}

// ownBackground are the elements a browser draws on a background of their
// own (a button's grey, a mark's yellow) or whose text is drawn otherwise
// (SVG fills, a canvas).
var ownBackground = map[atom.Atom]bool{atom.Button: true, atom.Mark: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Option: true, atom.Svg: true, atom.Canvas: true, atom.Meter: true, atom.Progress: true}

// positioned says whether a style attribute moves its element out of the
// normal flow or draws under or over its text (position, transform,
// translate, float, a negative length, a filter or shadow).
func positioned(style string) bool {
	return declares(style, func(k, v string, _ bool) bool {
		// A background of its own is the element's background (see
		// background), not something under its text.
		return !strings.HasPrefix(k, "background") && paintsOrMoves(k+":"+v)
	})
}

// unseenInk reports whether text here is drawn in no colour
// (transparent) or in the colour it is drawn on: the colour the nearest
// element that sets one gives (ink is inherited, and an element inside
// may set its own) against the background carried down.
func (x *extractor) unseenInk() bool {
	bg := x.bg
	if bg == canvas {
		bg = "#ffffff"
	}
	return x.ink == "transparent" || sameColour(x.ink, bg)
}

// inkColor is the colour element n sets for its text (style, or the
// color of a <font> and the text of a <body> in old HTML), "" for one
// that draws its letters outlined or shadowed (they show whatever the
// colour), and whether n sets either.
func inkColor(n *html.Node, d decls) (string, bool) {
	if d.outlined {
		return "", true
	}
	if d.ink != "" {
		return d.ink, true
	}
	v := attr(n.Attr, "color")
	if n.DataAtom == atom.Body {
		v = attr(n.Attr, "text")
	} else if n.DataAtom != atom.Font {
		return "", false
	}
	if v == "" {
		return "", false
	}
	return attrColour(v), true
}

// zeroLength says whether a CSS length or number is zero (0, 0px, 0.0em,
// 0%).
func zeroLength(v string) bool {
	n := strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz%")
	if n == "" {
		return false
	}
	f, err := strconv.ParseFloat(n, 64)
	return err == nil && f == 0
}

// offPage says whether a CSS offset puts an element beyond any page:
// -1000px and further, or -100em/rem and further.
func offPage(v string) bool {
	unit := strings.TrimLeft(v, "-+0123456789.")
	f, err := strconv.ParseFloat(v[:len(v)-len(unit)], 64)
	if err != nil {
		return false
	}
	switch unit {
	case "px", "pt":
		return f <= -1000
	case "em", "rem":
		return f <= -100
	}
	return false
}

func attr(as []html.Attribute, key string) string {
	for _, a := range as {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(as []html.Attribute, key string) bool {
	for _, a := range as {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// textOf is the text inside n, its whitespace collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
				b.WriteByte(' ')
			}
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return strings.Join(strings.FieldsFunc(b.String(), isSpace), " ")
}

// readerAttrs are attributes whose text a reader sees or hears.
var readerAttrs = map[string]bool{"alt": true, "title": true, "placeholder": true, "aria-label": true,
	"aria-description": true, "label": true, "summary": true, "abbr": true}

// linkAttrs are attributes that hold a link target.
var linkAttrs = map[string]bool{"href": true, "src": true, "srcset": true, "action": true, "formaction": true,
	"poster": true, "cite": true, "longdesc": true, "background": true, "manifest": true}

// shownValue are the input types whose value is shown as the field's text.
var shownValue = map[string]bool{"": true, "text": true, "search": true, "email": true, "tel": true,
	"url": true, "number": true, "submit": true, "button": true, "reset": true}

// attributes writes the attributes of an element that reach readers.
func (x *extractor) attributes(a atom.Atom, ns string, as []html.Attribute) error {
	html := ns == ""
	if html && a == atom.Meta {
		return x.metaTag(as)
	}
	if html && a == atom.Input && strings.EqualFold(strings.TrimFunc(attr(as, "type"), isSpace), "hidden") {
		// Form data that the page sends and does not show: the writer's
		// ID in a 信访 form as well as tokens.
		v := strings.TrimFunc(attr(as, "value"), isSpace)
		if v == "" {
			return nil
		}
		if name := strings.TrimFunc(attr(as, "name")+" "+attr(as, "id"), isSpace); name != "" {
			v = strings.Fields(name)[0] + ": " + v
		}
		return x.form.line(v)
	}
	for _, at := range as {
		if at.Namespace != "" && at.Namespace != "xlink" {
			continue
		}
		key := at.Key
		v := strings.TrimFunc(at.Val, isSpace)
		if v == "" {
			continue
		}
		if isDataURI(v) && key != "srcset" {
			// A file carried in the page itself (a picture a rich-text
			// editor pasted, a page an iframe shows, a lazy loader's
			// picture in data-src): read as the file it is, not as a
			// link or an attribute, whose base64 would only be noise.
			x.inlineFile(v)
			continue
		}
		if key == "style" {
			x.dataURIsIn(v) // background-image: url(data:…)
			if err := x.cssLinks(v); err != nil {
				return err
			}
		}
		switch {
		case linkAttrs[key], key == "data" && a == atom.Object:
			if key == "srcset" {
				// Candidates are separated by commas, which a data: URI
				// also holds: one starts each candidate after a comma
				// and runs to the next white space.
				for _, f := range strings.FieldsFunc(v, isSpace) {
					u := strings.TrimRight(strings.TrimLeft(f, ","), ",")
					switch {
					case u == "" || isDescriptor(u):
					case isDataURI(u):
						x.inlineFile(u)
					default:
						if err := x.link(u); err != nil {
							return err
						}
					}
				}
				continue
			}
			if err := x.link(v); err != nil {
				return err
			}
			continue
		case readerAttrs[key], strings.HasPrefix(key, "aria-"), strings.HasPrefix(key, "data-"):
		case key == "value" && html && a == atom.Input && shownValue[strings.ToLower(attr(as, "type"))]:
		default:
			continue
		}
		if err := x.attrs.line(key + ": " + v); err != nil {
			return err
		}
	}
	return nil
}

// metaTag writes a <meta> element's content under its name, property,
// http-equiv or itemprop: the author to the metadata, every other to the
// html_meta part, and the target of a refresh as a link too.
func (x *extractor) metaTag(as []html.Attribute) error {
	content := strings.TrimFunc(attr(as, "content"), isSpace)
	if content == "" {
		return nil
	}
	var key string
	for _, k := range []string{"name", "property", "http-equiv", "itemprop"} {
		if key = strings.TrimFunc(attr(as, k), isSpace); key != "" {
			break
		}
	}
	switch strings.ToLower(key) {
	case "":
		return nil
	case "author":
		return x.meta.line("作者: " + content)
	case "refresh":
		if _, u, ok := strings.Cut(strings.ToLower(content), "url="); ok {
			u = content[len(content)-len(u):]
			if err := x.link(strings.Trim(u, `'" `)); err != nil {
				return err
			}
		}
	}
	return x.metas.line(key + ": " + content)
}

// link writes a link target, bare, on a line of its own, once per page;
// percent-encoded text is decoded so that a path reads as a reader would
// read it. Links within the page (#top), javascript: and a web archive's
// links to its own parts (cid:css-1@mhtml.blink, cid:image001.png@01D…,
// which read as e-mail addresses) are left out.
func (x *extractor) link(v string) error {
	v = strings.TrimFunc(v, isSpace)
	if v == "" || v[0] == '#' || len(v) >= 11 && strings.EqualFold(v[:11], "javascript:") ||
		len(v) >= 4 && strings.EqualFold(v[:4], "cid:") || x.linked[v] {
		return nil
	}
	if x.linked == nil {
		x.linked = map[string]bool{}
	}
	x.linked[v] = true
	if u, err := url.PathUnescape(v); err == nil && utf8.ValidString(u) {
		v = u
	}
	return x.links.line(v)
}

// cssLinks writes what a stylesheet or a style attribute has the browser
// fetch, url(…) and @import "…" other than data: URIs, as link targets:
// an intranet server named only in a heading's background is published
// with the page.
func (x *extractor) cssLinks(css string) error {
	for _, f := range []string{"url(", "import"} {
		for rest := css; ; {
			i := indexASCIIFold(rest, f)
			if i < 0 {
				break
			}
			at := i > 0 && rest[i-1] == '@'
			rest = strings.TrimLeftFunc(rest[i+len(f):], isSpace)
			end := byte(')')
			if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
				end, rest = rest[0], rest[1:]
			}
			if f == "import" && (!at || end == ')') {
				continue // not @import "…"; @import url(…) is read as a url(
			}
			k := strings.IndexByte(rest, end)
			if k < 0 {
				k = len(rest)
			}
			if u := strings.TrimFunc(rest[:k], isSpace); u != "" && !isDataURI(u) {
				if err := x.link(u); err != nil {
					return err
				}
			}
			rest = rest[k:]
		}
	}
	return nil
}

// isDataURI reports whether an attribute's value is a data: URI.
func isDataURI(v string) bool { return len(v) > 5 && strings.EqualFold(v[:5], "data:") }

// isDescriptor reports whether a srcset token is a width or density
// descriptor (640w, 2x, 1.5x).
func isDescriptor(t string) bool {
	if len(t) < 2 || (t[len(t)-1] != 'w' && t[len(t)-1] != 'x') {
		return false
	}
	for _, c := range t[:len(t)-1] {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return true
}

// inlineFile takes the file a data: URI carries for the dispatcher, which
// reads it with its own extractor as a file inside the page (pictures
// with OCR): each distinct URI once, up to maxInline files; pictures too
// small to hold text (ocr.TooSmall's icons) are not counted. A URI that
// does not decode shows nothing in a browser either, but is reported,
// since the page's author meant it to show something.
func (x *extractor) inlineFile(v string) {
	if x.inline[v] {
		return
	}
	x.markInline(v)
	mediaType, data, ok := decodeDataURI(v)
	if !ok {
		x.inlineBad++
		return
	}
	x.takeInline(mediaType, data, false)
}

// markInline records that data: URI v has been taken.
func (x *extractor) markInline(v string) {
	if x.inline == nil {
		x.inline = map[string]bool{}
	}
	x.inline[v] = true
}

// takeInline adds a decoded data: URI's file for the dispatcher (see
// inlineFile). With shownOnly (a URI in a stylesheet, a script or a
// comment) only what a reader could see is taken: a picture that
// decodes, a page, a text; sounds, videos, icons for cursors and code are
// not text. A stylesheet carried inline (@import url(data:text/css,…),
// <link href=data:text/css,…>) is no page's text, but the pictures it
// draws are read. It reports false for a file shownOnly leaves.
func (x *extractor) takeInline(mediaType string, data []byte, shownOnly bool) bool {
	cfg, _, err := ocr.Config(data, 0)
	if shownOnly && !shownMedia(mediaType, err == nil) {
		return false
	}
	switch {
	case len(data) == 0 || isFont(mediaType) || err == nil && ocr.TooSmall(cfg.Width, cfg.Height):
	case mediaType == "text/css":
		x.dataURIsIn(string(data))
	case len(x.embedded) >= maxInline:
		x.inlineOver++
	default:
		name := fmt.Sprintf("内嵌数据%d%s", len(x.embedded)+1, inlineExt[mediaType])
		x.embedded = append(x.embedded, doc.Embedded{Name: name, Data: data})
	}
	return true
}

// dataURIsIn takes the files of the data: URIs written inside a
// stylesheet or a script (url(data:…), a string a script assigns to a
// picture's src), as inlineFile takes an attribute's. A URI starts after a
// quote, a parenthesis or white space and ends at the quote or
// parenthesis that opened it, or at white space; a script's \/ is a /
// (JSON written by PHP escapes every slash).
func (x *extractor) dataURIsIn(s string) {
	for rest := s; ; {
		i := indexASCIIFold(rest, "data:")
		if i < 0 {
			return
		}
		open := byte(' ')
		if i > 0 {
			open = rest[i-1]
		}
		// url( data:…) and url( "data:…"): white space may follow the
		// parenthesis.
		k := i - 1
		for k >= 0 && isSpaceByte(rest[k]) {
			k--
		}
		if k >= 0 && k < i-1 && rest[k] == '(' {
			open = '('
		}
		rest = rest[i:]
		var end int
		switch open {
		case '"', '\'', '`':
			end = strings.IndexByte(rest, open)
		case '(':
			end = strings.IndexByte(rest, ')')
		case ' ', '\t', '\n', '\r', '\f', '=', ':', ',':
			end = strings.IndexFunc(rest, func(r rune) bool { return isSpace(r) || r == ';' || r == ')' || r == '"' || r == '\'' })
		default:
			rest = rest[len("data:"):] // part of a word (metadata:)
			continue
		}
		if end < 0 {
			end = len(rest)
		}
		u := strings.TrimFunc(rest[:end], isSpace)
		rest = rest[end:]
		if strings.Contains(u, `\`) {
			u = jsSlashes.Replace(u)
		}
		if dataHead(u) && !x.inline[u] {
			// One that does not decode is not reported: a script
			// builds its URIs from pieces, a comment holds examples
			// cut short, and a stylesheet's shows nothing.
			if media, data, ok := decodeDataURI(u); ok && x.takeInline(media, data, true) {
				x.markInline(u)
			}
		}
	}
}

// jsSlashes undoes the escapes a script's string writes a URI's slashes
// and plus signs with (JSON's \/, \u002f).
var jsSlashes = strings.NewReplacer(`\/`, "/", `\u002f`, "/", `\u002F`, "/", `\u002b`, "+", `\u002B`, "+", `\u003d`, "=", `\u003D`, "=")

// shownMedia reports whether a file found in a stylesheet, a script or a
// comment is one whose text a reader could see: a picture whose header
// decodes (picture), a page, a text or a stylesheet.
func shownMedia(media string, picture bool) bool {
	switch media {
	case "text/html", "text/plain", "application/xhtml+xml", "image/svg+xml", "text/css":
		return true
	}
	return strings.HasPrefix(media, "image/") && picture
}

// dataHead reports whether u starts as a data: URI does: a media type and
// parameters, or nothing, before a comma (not a script's data: {…}).
func dataHead(u string) bool {
	if !isDataURI(u) {
		return false
	}
	head, _, ok := strings.Cut(u[len("data:"):], ",")
	if !ok || len(head) > 256 {
		return false
	}
	for _, c := range []byte(head) {
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z', '0' <= c && c <= '9':
		case strings.IndexByte("/;=+-._!#$&^\"", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// decodeDataURI reads a data: URI as browsers do (the data: URL
// processor of the WHATWG Fetch standard), more forgivingly than RFC
// 2397: the body is percent-decoded, leaving a % that starts no escape
// as it is, raw characters (an SVG written out, Chinese) are its bytes,
// and a body marked ;base64 is then read as forgiving base64 (white space
// dropped, padding optional). It returns the media type, lower case and
// without parameters (text/plain when none is given), and the bytes.
func decodeDataURI(v string) (mediaType string, data []byte, ok bool) {
	rest := v[len("data:"):]
	comma := strings.IndexByte(rest, ',')
	if comma < 0 {
		return "", nil, false
	}
	head, body := strings.TrimFunc(rest[:comma], isSpace), percentDecode(rest[comma+1:])
	mediaType = strings.ToLower(strings.TrimFunc(strings.SplitN(head, ";", 2)[0], isSpace))
	if mediaType == "" {
		mediaType = "text/plain"
	}
	if k := strings.LastIndexByte(head, ';'); k >= 0 && strings.EqualFold(strings.TrimFunc(head[k+1:], isSpace), "base64") {
		b := bytes.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
				return -1
			}
			return r
		}, body)
		if len(b)%4 == 0 {
			b = bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("=")), []byte("="))
		}
		out, err := base64.RawStdEncoding.DecodeString(string(b))
		if err != nil {
			return "", nil, false
		}
		return mediaType, out, true
	}
	return mediaType, body, true
}

// percentDecode decodes %XX escapes; a % that starts none is kept.
func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// maxInline is how many files carried in data: URIs a page's reading
// takes; more are reported.
const maxInline = 256

// inlineExt names a data: URI's file by its media type, for the reports
// and for Sniff, which still decides by the bytes.
var inlineExt = map[string]string{
	"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/csv": ".csv",
	"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/bmp": ".bmp", "image/webp": ".webp",
	"image/tiff": ".tif", "image/svg+xml": ".svg", "application/pdf": ".pdf", "application/json": ".json",
	"text/xml": ".xml", "application/xml": ".xml",
}

// maxNested is how deep iframes' srcdoc documents are read; deeper ones
// are scanned as page source.
const maxNested = 3

// srcdoc reads the document of an iframe's srcdoc attribute into out,
// where the iframe shows it, or into the hidden part when the iframe is
// hidden.
func (x *extractor) srcdoc(n *html.Node, depth int, out *sink) error {
	v := attr(n.Attr, "srcdoc")
	if strings.TrimFunc(v, isSpace) == "" {
		return nil
	}
	if x.nested >= maxNested {
		return x.script.block(v)
	}
	root, err := html.ParseWithOptions(strings.NewReader(v), html.ParseOptionEnableScripting(false))
	if err != nil {
		return x.script.block(v)
	}
	target := out
	if out != &x.hidden && x.css.hidesAll(n) {
		target = &x.hidden
	}
	if err := target.newline(); err != nil {
		return err
	}
	x.nested++
	err = x.walk(root, depth+1, target)
	x.nested--
	if err != nil {
		return err
	}
	return target.newline()
}

// flat reads a page that x/net/html refused to build a tree of: its text,
// comments and attributes in order, blocks ending lines, without knowing
// what is hidden.
func (x *extractor) flat(text string) error {
	z := html.NewTokenizer(strings.NewReader(text))
	skip := 0   // inside style
	script := 0 // inside script
	for {
		if x.nodes++; x.nodes%1024 == 0 && time.Now().After(x.deadline) {
			return errTimeout
		}
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return nil
			}
			return z.Err()
		case html.TextToken:
			text := string(z.Text()) // Text may be taken once
			if script > 0 || skip > 0 {
				x.dataURIsIn(text)
			}
			if script > 0 {
				if err := x.script.block(text); err != nil {
					return err
				}
			} else if skip == 0 {
				if err := x.body.text(text, false); err != nil {
					return err
				}
			}
		case html.CommentToken:
			text := string(z.Text())
			x.dataURIsIn(text)
			if err := x.comments.line(text); err != nil {
				return err
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if err := x.attributes(t.DataAtom, "", t.Attr); err != nil {
				return err
			}
			switch t.DataAtom {
			case atom.Style:
				skip++
			case atom.Script:
				script++
			}
			if blocks[t.DataAtom] || t.DataAtom == atom.Br {
				if err := x.body.newline(); err != nil {
					return err
				}
			}
		case html.EndTagToken:
			t := z.Token()
			switch {
			case t.DataAtom == atom.Style && skip > 0:
				skip--
			case t.DataAtom == atom.Script && script > 0:
				script--
			}
			if blocks[t.DataAtom] {
				if err := x.body.newline(); err != nil {
					return err
				}
			}
		}
	}
}

// elementNode is html.ElementNode, for functions where html is a flag.
const elementNode = html.ElementNode

// isFont reports whether a media type is a font's (a web font a page
// carries for its stylesheet): glyph outlines, no text to read.
func isFont(mediaType string) bool {
	return strings.HasPrefix(mediaType, "font/") || strings.HasPrefix(mediaType, "application/font-") ||
		strings.HasPrefix(mediaType, "application/x-font") || mediaType == "application/vnd.ms-fontobject"
}
