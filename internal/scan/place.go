package scan

import (
	"math"
	"sort"
	"unicode"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// placeFindings gives each finding of part p the place a person finds it
// by in the file: the page, paragraph and element path of the place its
// first rune stands in, the table row and column of its cell in a
// document's table, and the section of a header or footer. The part's
// own page (a PDF page) is kept when its places say none.
func placeFindings(p *doc.Part, fs []report.Finding) {
	var text []rune // the part's runes, for text-layer boxes
	for i := range fs {
		l := &fs[i].Location
		if p.Kind != doc.OCR && len(p.Boxes) > 0 {
			if text == nil {
				text = []rune(p.Text)
			}
			l.BBox = lineBox(text, p.Boxes, l.Start, l.End)
		}
		if p.Section > 0 {
			l.Section = p.Section
		}
		if k := sort.Search(len(p.Places), func(k int) bool { return p.Places[k].End > l.Start }); k < len(p.Places) && p.Places[k].Start <= l.Start {
			pl := p.Places[k]
			if pl.Page > 0 {
				l.Page = pl.Page
			}
			l.Para, l.Path = pl.Para, pl.Path
		}
		if k := sort.Search(len(p.Cells), func(k int) bool { return p.Cells[k].End > l.Start }); k < len(p.Cells) && p.Cells[k].Start <= l.Start {
			if c := p.Cells[k]; c.Table > 0 {
				l.Table, l.Row, l.Col = c.Table, c.Row, c.Col
			}
		}
	}
}

// lineBox is the box on the page of the runes [start, end) of text, a
// text layer whose boxes are segments of lines: within a segment, the
// runes' share of its width, a wide (CJK) rune counting as two narrow
// ones; over several segments, the union. It is nil when no box holds
// the runes.
func lineBox(text []rune, boxes []doc.Box, start, end int) *[4]float64 {
	var bb *[4]float64
	for _, b := range boxes {
		if b.End <= start || b.Start >= end || b.End <= b.Start || b.End > len(text) {
			continue
		}
		var before, in, total float64
		for k := b.Start; k < b.End; k++ {
			w := runeWidth(text[k])
			switch {
			case k < start:
				before += w
			case k < end:
				in += w
			}
			total += w
		}
		unit := (b.X1 - b.X0) / total
		x0 := b.X0 + unit*before
		r := [4]float64{x0, b.Y0, x0 + unit*in, b.Y1}
		if bb == nil {
			bb = &r
			continue
		}
		*bb = [4]float64{math.Min(bb[0], r[0]), math.Min(bb[1], r[1]), math.Max(bb[2], r[2]), math.Max(bb[3], r[3])}
	}
	if bb != nil {
		for k := range bb {
			bb[k] = math.Round(bb[k]*10) / 10
		}
	}
	return bb
}

// runeWidth is a rune's width in half-width units: 2 for CJK characters
// and full-width forms, 1 for the rest.
func runeWidth(r rune) float64 {
	if r >= 0x1100 && (unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x30FF || r >= 0xFF00 && r <= 0xFF60 || r >= 0xAC00 && r <= 0xD7A3) {
		return 2
	}
	return 1
}
