package scan

import (
	"math"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// placeBoxes gives each finding in a part read by OCR the box, on the
// page, of the words its runes fall in: the union of every box that
// overlaps [Start, End). A finding over no box (a line break) gets none.
func placeBoxes(boxes []doc.Box, fs []report.Finding) {
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
			for k := range bb {
				bb[k] = math.Round(bb[k]*10) / 10
			}
			f.Location.BBox = &bb
		}
	}
}
