package htmlx

import "strings"

// decls is what the extractor reads from one list of CSS declarations,
// an element's style attribute or the block of one of the page's rules,
// read once. Where a property is declared twice the last counts, except
// that any declaration that hides (display:none after display:block)
// hides: hidden text is scanned either way, and taking it for hidden
// costs a human look, not a leak.
type decls struct {
	// font: a font size is set; fontZero: to 0; fontRelative: relative
	// to the parent's (em, ex, ch, a percentage, smaller, larger).
	font, fontZero, fontRelative bool
	// vis: the visibility is set; visHidden: to hidden or collapse.
	vis, visHidden bool
	// hidden: display:none, content-visibility:hidden or opacity 0,
	// which hide the element and all it holds; display and opacity are
	// the last values set ("" for none), cvHidden content-visibility
	// hidden, which the page's rules weigh against each other.
	hidden           bool
	display, opacity string
	cvHidden         bool
	// ink is the colour of the text (cssColor), "" when not set or not
	// known; outlined when the letters are drawn around (a shadow, a
	// stroke), so that they show whatever the colour.
	ink      string
	outlined bool
	// bgSet: a background is declared; bg is its colour
	// (backgroundColour), "" for a picture or one not known.
	bgSet bool
	bg    string
	// offPage: left, top or text-indent put the element beyond any page.
	offPage bool
	// content is the strings a content declaration draws (a ::before
	// rule's), "" for none.
	content string
	// imp holds the properties the cascade weighs that were declared
	// !important (impDisplay …): such a declaration of a rule beats a
	// style attribute's own, unless that is !important too.
	imp uint8
}

// The properties of decls.imp.
const (
	impDisplay uint8 = 1 << iota
	impOpacity
	impVis
	impFont
)

// readDecls reads the declarations of a style.
func readDecls(style string) decls {
	var d decls
	declares(style, func(k, v string, important bool) bool {
		mark := func(p uint8) {
			if important {
				d.imp |= p
			}
		}
		// A later declaration of a property declared !important does
		// not undo it (display:none!important; display:block hides).
		switch p := impOf(k); {
		case p != 0 && !important && d.imp&p != 0:
			return false
		}
		switch k {
		case "font-size":
			d.font, d.fontZero, d.fontRelative = true, zeroLength(v), relativeLength(v)
			mark(impFont)
		case "visibility":
			d.vis, d.visHidden = true, v == "hidden" || v == "collapse"
			mark(impVis)
		case "display":
			d.hidden, d.display = d.hidden || v == "none", v
			mark(impDisplay)
		case "content-visibility":
			d.hidden, d.cvHidden = d.hidden || v == "hidden", d.cvHidden || v == "hidden"
		case "opacity":
			d.hidden, d.opacity = d.hidden || zeroLength(v), v
			mark(impOpacity)
		case "color":
			d.ink = cssColor(v)
		case "text-shadow", "-webkit-text-stroke", "-webkit-text-stroke-color", "text-stroke":
			d.outlined = v != "none"
		case "background", "background-color":
			d.bgSet, d.bg = true, backgroundColour(v)
		case "background-image":
			d.bgSet, d.bg = true, ""
		case "left", "top", "text-indent":
			d.offPage = d.offPage || offPage(v)
		case "content":
			d.content = strings.Join(cssContents("content:"+v), "")
		}
		return false
	})
	return d
}

// impOf is the flag of decls.imp for property k, 0 for one it does not
// weigh.
func impOf(k string) uint8 {
	switch k {
	case "display":
		return impDisplay
	case "opacity":
		return impOpacity
	case "visibility":
		return impVis
	case "font-size":
		return impFont
	}
	return 0
}

// inkHides says whether the declarations draw their text in no colour or
// in the colour of their own background. The extractor reads a style
// attribute's colours as inherited (unseenInk); a rule of the page's
// that does this hides its elements whole, and so does the cleaned copy
// for either.
func (d decls) inkHides() bool {
	return d.ink == "transparent" || sameColour(d.ink, d.bg)
}

// relativeLength reports whether a font size is relative to the
// parent's: em, ex, ch, a percentage, smaller or larger.
func relativeLength(v string) bool {
	return v == "smaller" || v == "larger" || strings.HasSuffix(v, "%") ||
		strings.HasSuffix(v, "em") && !strings.HasSuffix(v, "rem") || strings.HasSuffix(v, "ex") || strings.HasSuffix(v, "ch")
}

// declares calls fn with each declaration of a style (the property in
// lower case without spaces; the value in lower case, runs of white space
// one space, without comments or !important, and whether it was
// declared !important) and reports whether fn said true for one.
func declares(style string, fn func(k, v string, important bool) bool) bool {
	if style == "" {
		return false
	}
	s := strings.ToLower(style)
	for {
		i := strings.Index(s, "/*")
		if i < 0 {
			break
		}
		j := strings.Index(s[i+2:], "*/")
		if j < 0 {
			s = s[:i]
			break
		}
		s = s[:i] + " " + s[i+2+j+2:]
	}
	for decl := range strings.SplitSeq(s, ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		k = strings.TrimFunc(k, isSpace)
		v = strings.Join(strings.FieldsFunc(v, isSpace), " ")
		important := false
		if rest, ok := strings.CutSuffix(v, "important"); ok {
			if rest, ok := strings.CutSuffix(strings.TrimSpace(rest), "!"); ok {
				v, important = strings.TrimSpace(rest), true
			}
		}
		if fn(k, v, important) {
			return true
		}
	}
	return false
}
