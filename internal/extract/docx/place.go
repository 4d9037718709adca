package docx

import (
	"encoding/xml"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// position is where the walker stands in its member, for the places a
// person finds text by: the paragraph, the page (from page breaks) and
// the section.
type position struct {
	para int // paragraphs of the flow ended (text boxes' not counted)
	// Page breaks seen: rendered (w:lastRenderedPageBreak, where Word
	// last laid the document out) and written (w:br type="page", and a
	// section that starts on a new page).
	rendered, written int
	// The breaks seen when the open paragraph's first text was read,
	// and whether it has been.
	startR, startW int
	started        bool
	sect           int  // sections begun (w:sectPr read)
	newPage        bool // the open paragraph ends a section on a new page
	// refs maps the relationship id of a header or footer to the first
	// section that uses it.
	refs map[string]int
}

// maxPlaces bounds the paragraphs placed in one part: places travel with
// the text out of the sandbox, whose output is bounded; a paragraph past
// it has no place, and its findings are placed by line only.
const maxPlaces = 1 << 16

// place is one paragraph of a sink: its rune range and where it stood.
type place struct {
	start, end   int
	para         int
	pageR, pageW int
}

// mark records a page break, section or header reference element.
func (w *walker) mark(se xml.StartElement) {
	p := &w.pos
	if w.boxDepth > 0 || w.delDepth > 0 || w.kind != doc.Body {
		return
	}
	switch se.Name.Local {
	case "lastRenderedPageBreak":
		p.rendered++
		w.x.rendered = true
	case "br":
		p.written++
	case "pageBreakBefore":
		// Read before the paragraph's runes: it starts on a new page.
		if v := zipguard.Attr(se, "val"); w.parent() == "pPr" && v != "0" && v != "false" && v != "off" {
			p.written++
		}
	case "sectPr":
		p.sect++
		// A section's properties in a paragraph end the section there;
		// the next starts on a new page unless it says continuous.
		p.newPage = w.parent() == "pPr"
	case "type":
		if w.parent() == "sectPr" && (zipguard.Attr(se, "val") == "continuous" || zipguard.Attr(se, "val") == "nextColumn") {
			p.newPage = false
		}
	case "headerReference", "footerReference":
		if w.parent() == "sectPr" {
			if p.refs == nil {
				p.refs = map[string]int{}
			}
			if id := zipguard.Attr(se, "id"); id != "" && p.refs[id] == 0 {
				p.refs[id] = p.sect
			}
		}
	}
}

// begin notes the page the open paragraph's text starts on.
func (w *walker) begin() {
	if p := &w.pos; !p.started {
		p.started, p.startR, p.startW = true, p.rendered, p.written
	}
}

// placed records the paragraph just ended in k.
func (w *walker) placed(k *sink) {
	p := &w.pos
	r, wr := p.rendered, p.written
	if p.started {
		r, wr = p.startR, p.startW
	}
	if k.runes > k.pstart && len(k.places) < maxPlaces {
		k.places = append(k.places, place{start: k.pstart, end: k.runes, para: p.para + 1, pageR: r, pageW: wr})
	}
	k.pstart = k.runes
}

// paraEnd ends a paragraph of the flow.
func (w *walker) paraEnd() {
	p := &w.pos
	if w.boxDepth > 0 {
		return
	}
	p.para++
	p.started = false
	if p.newPage {
		p.written++
		p.newPage = false
	}
}

// places returns k's paragraphs as doc places. Pages come from the
// rendered breaks when the document has any (Word's own layout), else
// from the written ones, which give the least page a paragraph can be
// on; a member outside the body gets none.
func (w *walker) places(k *sink) []doc.Place {
	if len(k.places) == 0 {
		return nil
	}
	out := make([]doc.Place, len(k.places))
	for i, pl := range k.places {
		out[i] = doc.Place{Start: pl.start, End: pl.end, Para: pl.para}
		switch {
		case w.kind != doc.Body:
		case w.x.rendered:
			out[i].Page = pl.pageR + 1
		case w.pos.written > 0:
			out[i].Page = pl.pageW + 1
		}
	}
	return out
}

// sectionsOf maps the header and footer members of main to the first
// section that refers to them, reading main's relationships; refs maps
// relationship ids to sections.
func sectionsOf(a *zipguard.Archive, main string, refs map[string]int, lim doc.Limits) map[string]int {
	out := map[string]int{}
	for _, r := range relatedParts(a, main, lim) {
		if s := refs[r.id]; s > 0 && out[r.target] == 0 {
			out[r.target] = s
		}
	}
	return out
}
