package detect

import (
	"testing"

	"github.com/mishen-gov/mishen/internal/report"
)

// TestOCRDetectorVectors runs the OCR detectors' vectors through the whole
// engine as OCR text, and their Must texts again as body text, where only
// the other detectors may find them.
func TestOCRDetectorVectors(t *testing.T) {
	e := testEngine(t)
	for _, d := range ocrDetectors() {
		if len(d.Must) == 0 || len(d.MustNot) == 0 {
			t.Errorf("%s: needs vectors of both kinds", d.Rule)
		}
		for _, s := range d.Must {
			if !hasRule(e.Scan(s, report.Location{Part: ocrPart}), d.Rule) {
				t.Errorf("%s: missed in %q", d.Rule, s)
			}
			if hasRule(e.Scan(s, report.Location{Part: "body"}), d.Rule) {
				t.Errorf("%s: ran on body text %q", d.Rule, s)
			}
		}
		for _, s := range d.MustNot {
			if fs := e.Scan(s, report.Location{Part: ocrPart}); hasCategory(fs, d.Category) {
				t.Errorf("%s: false alarm in %q: %q", d.Rule, s, fs[0].Excerpt)
			}
		}
	}
}

// TestOCRMarkingSpan: the finding covers the level word, the stray glyph
// and the period, and nothing of the next line.
func TestOCRMarkingSpan(t *testing.T) {
	fs := testEngine(t).Scan("000087\n机密文5年\n关于开展检查的通知", report.Location{Part: ocrPart})
	for _, f := range fs {
		if f.Rule == "classified_marking.ocr" {
			if f.Location.Start != 7 || f.Location.End != 12 || f.Location.Line != 2 {
				t.Errorf("location %+v, want runes [7,12) on line 2", f.Location)
			}
			return
		}
	}
	t.Fatalf("no OCR marking in %+v", fs)
}

func hasRule(fs []report.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}
