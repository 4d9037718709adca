package scan

import (
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

func TestPlaceBoxes(t *testing.T) {
	boxes := []doc.Box{{Start: 0, End: 2, X0: 10, Y0: 10, X1: 30, Y1: 20}, {Start: 2, End: 5, X0: 32, Y0: 11, X1: 60, Y1: 21}, {Start: 6, End: 8, X0: 10, Y0: 40, X1: 30, Y1: 50}}
	fs := []report.Finding{{Location: report.Location{Start: 1, End: 4}}, {Location: report.Location{Start: 5, End: 6}}}
	placeBoxes(boxes, fs)
	if b := fs[0].Location.BBox; b == nil || *b != [4]float64{10, 10, 60, 21} {
		t.Errorf("box %v, want the union of the two words", b)
	}
	if fs[1].Location.BBox != nil {
		t.Errorf("a finding over no word got box %v", *fs[1].Location.BBox)
	}
}

func TestDropRereadings(t *testing.T) {
	at := func(part string, page int, b [4]float64) report.Finding {
		return report.Finding{Category: report.ClassifiedMarking, Location: report.Location{Part: part, Page: page, BBox: &b}}
	}
	fs := []report.Finding{
		at(doc.OCR, 1, [4]float64{80, 75, 150, 94}),
		at(doc.OCR, 1, [4]float64{81, 76, 149, 93}), // the head read again
		at(doc.OCR, 2, [4]float64{81, 76, 149, 93}), // another page
		at(doc.OCR, 1, [4]float64{81, 300, 149, 320}),
	}
	if got := dropRereadings(fs); len(got) != 3 || got[1].Location.Page != 2 {
		t.Errorf("kept %+v", got)
	}

	// An ID on a page partly drawn as outlines: in the text layer and
	// again in the OCR of the whole page.
	id := func(part string, box *[4]float64) report.Finding {
		return report.Finding{Category: report.IDCard, Message: "发现未脱敏的居民身份证号 110101********4514",
			Location: report.Location{Part: part, Page: 3, BBox: box}}
	}
	got := dropRereadings([]report.Finding{id(doc.Page, nil), id(doc.OCR, &[4]float64{1, 2, 3, 4})})
	if len(got) != 1 || got[0].Location.Part != doc.Page {
		t.Errorf("kept %+v", got)
	}
}
