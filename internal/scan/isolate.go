package scan

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/sandbox"
)

// isolated reads files in a child process with CPU and memory limits, so
// that a parser crash or runaway costs one unreadable finding, not the
// process (see package sandbox).
func isolated(ctx context.Context, name string, data []byte, lim doc.Limits) *doc.Document {
	return sandbox.Extract(ctx, name, data, lim)
}
