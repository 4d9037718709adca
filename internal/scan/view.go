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
