package scan

import (
	"math"
	"slices"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// placeBoxes gives each finding in a part read by OCR the box, on the
// page, of the words its runes fall in: the union of every box that
// overlaps [Start, End). A finding over no box (a line break) gets none.
func placeBoxes(boxes []doc.Box, fs []report.Finding) {
	if len(boxes) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		var bb [4]float64
		found := false
		for _, b := range boxes {
			if b.End <= f.Location.Start || b.Start >= f.Location.End {
				continue
			}
			if !found {
				bb, found = [4]float64{b.X0, b.Y0, b.X1, b.Y1}, true
				continue
			}
			bb = [4]float64{math.Min(bb[0], b.X0), math.Min(bb[1], b.Y0), math.Max(bb[2], b.X1), math.Max(bb[3], b.Y1)}
		}
		if found {
			box := new([4]float64) // only a finding with a box allocates one
			for k := range bb {
				box[k] = math.Round(bb[k]*10) / 10
			}
			f.Location.BBox = box
		}
	}
}

// dropRereadings removes a finding in text read by OCR that repeats
// another: one of the same category at the same place of the same page
// (their boxes overlap by more than half of the smaller one; the head of
// a page is read twice, and a marking read both times is one marking), or
// one of the same category and message on the same page found in its text
// layer (a page drawn partly as outlines is read by OCR whole).
func dropRereadings(fs []report.Finding) []report.Finding {
	type key struct {
		page     int
		file     string
		category report.Category
		message  string
	}
	if !slices.ContainsFunc(fs, func(f report.Finding) bool { return f.Location.Part == doc.OCR }) {
		return fs // nothing read twice: no copy of every finding
	}
	layer := map[key]bool{}
	for _, f := range fs {
		if f.Location.Part != doc.OCR && f.Location.Page > 0 {
			layer[key{f.Location.Page, f.Location.File, f.Category, f.Message}] = true
		}
	}
	out := fs[:0]
	var kept []report.Finding // OCR findings with boxes so far
	for _, f := range fs {
		if f.Location.Part != doc.OCR || f.Location.BBox == nil {
			out = append(out, f)
			continue
		}
		dup := layer[key{f.Location.Page, f.Location.File, f.Category, f.Message}]
		for _, k := range kept {
			if dup {
				break
			}
			dup = k.Category == f.Category && k.Location.Page == f.Location.Page && k.Location.File == f.Location.File &&
				overlapShare(*k.Location.BBox, *f.Location.BBox) > 0.5
		}
		if !dup {
			kept = append(kept, f)
			out = append(out, f)
		}
	}
	return out
}

// overlapShare is the area a and b share over the area of the smaller.
func overlapShare(a, b [4]float64) float64 {
	w := math.Min(a[2], b[2]) - math.Max(a[0], b[0])
	h := math.Min(a[3], b[3]) - math.Max(a[1], b[1])
	if w <= 0 || h <= 0 {
		return 0
	}
	small := math.Min((a[2]-a[0])*(a[3]-a[1]), (b[2]-b[0])*(b[3]-b[1]))
	if small <= 0 {
		return 0
	}
	return w * h / small
}
