package scan

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
)

// Extract reads one file into its parts exactly as Scan reads it (in the
// sandbox when the scanner isolates its parsers), without scanning it:
// the document view shows a stored draft's parts with the findings of
// its scan marked at their offsets, which are offsets into these parts.
func (s *Scanner) Extract(ctx context.Context, name string, data []byte) *doc.Document {
	return s.extract(ctx, name, data, s.cfg.Limits)
}

// TextBox is where the runes [start, end) of a part's text stand on its
// page, from the part's boxes (a PDF's text layer or OCR words), or nil:
// the document view masks values on a page's image with it.
func TextBox(p *doc.Part, start, end int) *[4]float64 {
	if len(p.Boxes) == 0 {
		return nil
	}
	return lineBox([]rune(p.Text), p.Boxes, start, end)
}
