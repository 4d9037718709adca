package ofd

import (
	"encoding/xml"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// matrix is an affine transform [a b c d e f], as OFD's CTM writes it: a
// point (x, y) goes to (a·x + c·y + e, b·x + d·y + f).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// then returns the transform that applies m first and n after it.
func (m matrix) then(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// scale is how much m enlarges lengths (the square root of its
// determinant), used for font sizes.
func (m matrix) scale() float64 {
	s := math.Sqrt(math.Abs(m[0]*m[3] - m[1]*m[2]))
	if s == 0 || math.IsNaN(s) || math.IsInf(s, 0) {
		return 1
	}
	return s
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// run is the text of one TextCode in the coordinates of the content that
// holds it: a start point, the offsets to each following glyph, and the
// font size. The offsets are already multiplied out of OFD's "g" syntax.
type run struct {
	text    string
	x, y    float64
	dx, dy  []float64 // offsets to the next glyph, at most len(runes)-1
	size    float64
	obj     matrix // object space to content space (Boundary origin, CTM)
	visible bool   // drawn: neither Visible="false" nor unfilled and unstroked
}

// compRef is a CompositeObject: a composite graphic unit from the
// resources, drawn with a transform.
type compRef struct {
	id  string
	obj matrix
}

// picture is an ImageObject's size (its Boundary) in the content's space.
type picture struct{ w, h float64 }

// content is what a page, a template, an annotation's appearance or a
// composite graphic unit draws, in its own coordinates: text runs,
// composite objects to expand, images, and link targets (URI actions).
type content struct {
	runs   []run
	comps  []compRef
	images []picture
	paths  int // PathObjects drawn (the outlines of glyphs, when a converter draws text as paths)
	uris   []string
	bad    int // TextCodes whose text is mostly private-use or control characters

	// Read from a page's Content.xml only.
	templates []string   // TemplateIDs of its Template elements
	pageRes   []string   // its PageRes locations
	box       [4]float64 // its Area's PhysicalBox
}

// Bounds of one content, against hostile files that stay within the zip
// limits but multiply work: a DeltaX of "g 100000000 1", millions of
// empty objects.
const (
	maxComposites = 10000 // CompositeObjects per content
	maxURIs       = 1000
	maxTemplates  = 16 // Template and PageRes references per page
)

// readContent reads graphic units from dec until the element at depth
// stop-1 ends (stop is dec.Depth() after its start; 0 reads to EOF).
// Text runs count against *glyphs, which stops reading (errTooMuchText)
// when it goes below zero.
func readContent(dec *zipguard.XMLDecoder, stop int, glyphs *int) (*content, error) {
	c := &content{}
	// The open graphic units, innermost last, each with its transform to
	// the content's space and whether it is drawn.
	type frame struct {
		depth   int
		m       matrix
		visible bool
		size    float64
		text    bool // a TextObject: its TextCodes are read
		chars   int  // runes of its TextCodes
		glyphs  bool // it has a CGTransform with glyph ids
	}
	stack := []frame{{depth: stop, m: identity, visible: true}}
	inColor := 0 // depth of a FillColor/StrokeColor (patterns hold images that are not pictures)
	for {
		t, err := dec.Token()
		if err == io.EOF && stop == 0 {
			return c, nil
		}
		if err != nil {
			return c, err
		}
		switch t := t.(type) {
		case xml.EndElement:
			if dec.Depth() < stop {
				return c, nil
			}
			for len(stack) > 1 && stack[len(stack)-1].depth > dec.Depth() {
				if f := stack[len(stack)-1]; f.text && f.glyphs && f.chars == 0 {
					c.bad++ // glyphs drawn with no text to read
				}
				stack = stack[:len(stack)-1]
			}
			if inColor > dec.Depth() {
				inColor = 0
			}
		case xml.StartElement:
			top := stack[len(stack)-1]
			switch t.Name.Local {
			case "FillColor", "StrokeColor":
				if inColor == 0 {
					inColor = dec.Depth()
				}
			case "TextObject", "CompositeObject", "ImageObject", "PathObject", "PageBlock":
				m := top.m
				vis := top.visible && zipguard.Attr(t, "Visible") != "false"
				if t.Name.Local != "PageBlock" {
					m = objectMatrix(t).then(top.m)
				}
				f := frame{depth: dec.Depth(), m: m, visible: vis}
				switch t.Name.Local {
				case "TextObject":
					f.text = true
					f.size = number(zipguard.Attr(t, "Size"))
					// Text that is neither filled nor stroked is not drawn
					// (the OCR layer of a scan, or text hidden on purpose).
					if zipguard.Attr(t, "Fill") == "false" && zipguard.Attr(t, "Stroke") != "true" {
						f.visible = false
					}
				case "CompositeObject":
					if len(c.comps) < maxComposites && vis {
						c.comps = append(c.comps, compRef{id: zipguard.Attr(t, "ResourceID"), obj: m})
					}
				case "PathObject":
					if inColor == 0 && vis {
						c.paths++
					}
				case "ImageObject":
					if inColor == 0 && vis {
						b := numbers(zipguard.Attr(t, "Boundary"), 4)
						c.images = append(c.images, picture{w: b[2], h: b[3]})
					}
				}
				stack = append(stack, f)
			case "CGTransform":
				if top.text && number(zipguard.Attr(t, "GlyphCount")) > 0 {
					stack[len(stack)-1].glyphs = true
				}
			case "TextCode":
				if !top.text {
					continue
				}
				r := run{x: number(zipguard.Attr(t, "X")), y: number(zipguard.Attr(t, "Y")), size: top.size, obj: top.m, visible: top.visible}
				dx, dy := zipguard.Attr(t, "DeltaX"), zipguard.Attr(t, "DeltaY")
				text, err := dec.Text()
				if strings.ContainsAny(text, "\r\n") {
					// Pretty-printed XML: the line breaks and indentation
					// around the text are not glyphs.
					text = strings.TrimSpace(text)
				}
				if n := utf8.RuneCountInString(text); n > 0 {
					stack[len(stack)-1].chars += n
					*glyphs -= n
					if *glyphs < 0 {
						return c, errTooMuchText
					}
					r.text = text
					r.dx, r.dy = deltas(dx, n-1), deltas(dy, n-1)
					if unmapped(text) {
						c.bad++
					}
					c.runs = append(c.runs, r)
				}
				if err != nil {
					return c, err
				}
			case "Template":
				if id := zipguard.Attr(t, "TemplateID"); id != "" && len(c.templates) < maxTemplates {
					c.templates = append(c.templates, id)
				}
			case "PageRes", "PhysicalBox":
				v, err := dec.Text()
				if t.Name.Local == "PageRes" && strings.TrimSpace(v) != "" && len(c.pageRes) < maxTemplates {
					c.pageRes = append(c.pageRes, strings.TrimSpace(v))
				}
				if t.Name.Local == "PhysicalBox" && c.box == [4]float64{} {
					copy(c.box[:], numbers(v, 4))
				}
				if err != nil {
					return c, err
				}
			case "URI":
				if u := strings.TrimSpace(zipguard.Attr(t, "URI")); u != "" && len(c.uris) < maxURIs {
					c.uris = append(c.uris, u)
				}
			}
		}
	}
}

// errTooMuchText stops reading when the document's glyphs pass
// MaxTextRunes.
var errTooMuchText = errors.New("ofd: text over limit")

// objectMatrix is a graphic unit's transform from its own space to its
// container's: its CTM, then the Boundary's origin.
func objectMatrix(se xml.StartElement) matrix {
	m := identity
	if ctm := zipguard.Attr(se, "CTM"); ctm != "" {
		v := numbers(ctm, 6)
		m = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
	}
	b := numbers(zipguard.Attr(se, "Boundary"), 2)
	return m.then(translate(b[0], b[1]))
}

// number parses one OFD number; anything else is 0.
func number(s string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// numbers parses the first n numbers of a space-separated list (a Boundary,
// a CTM), missing ones 0.
func numbers(s string, n int) []float64 {
	out := make([]float64, n)
	for i, f := range strings.Fields(s) {
		if i >= n {
			break
		}
		out[i] = number(f)
	}
	return out
}

// deltas expands a DeltaX or DeltaY list to at most n offsets. "g k v"
// stands for k copies of v; the count is trusted only up to n.
func deltas(s string, n int) []float64 {
	if s == "" || n <= 0 {
		return nil
	}
	f := strings.Fields(s)
	out := make([]float64, 0, min(n, len(f)))
	for i := 0; i < len(f) && len(out) < n; i++ {
		if f[i] == "g" || f[i] == "G" {
			if i+2 >= len(f) {
				break
			}
			k, err := strconv.Atoi(f[i+1])
			v := number(f[i+2])
			i += 2
			if err != nil || k < 0 {
				continue
			}
			for range min(k, n-len(out)) {
				out = append(out, v)
			}
			continue
		}
		out = append(out, number(f[i]))
	}
	return out
}

// unmapped reports whether most of text is private-use or control
// characters: a producer that wrote glyph ids instead of Unicode (the
// real text is only in the embedded font).
func unmapped(text string) bool {
	bad, n := 0, 0
	for _, r := range text {
		n++
		if unicode.Is(unicode.Co, r) || (unicode.IsControl(r) && r != '\t') || r == utf8.RuneError {
			bad++
		}
	}
	return bad*2 > n
}
