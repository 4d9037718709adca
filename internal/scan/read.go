package scan

import (
	"context"

	"github.com/mishen-gov/mishen/internal/detect"
	"github.com/mishen-gov/mishen/internal/doc"
)

// Engine is the detection engine in force (the dictionaries of the last
// Reload), for callers that scan texts of their own, such as the cleaned
// copy of internal/redact scanning one paragraph at a time.
func (s *Scanner) Engine() *detect.Engine { return s.engine.Load() }

// Read extracts one file as Scan does (in the sandbox when the scanner
// isolates), without judging it: Document(s.Engine(), d) gives the same
// findings that Scan would.
func (s *Scanner) Read(ctx context.Context, name string, data []byte) *doc.Document {
	return s.extract(ctx, name, data, s.cfg.Limits)
}
