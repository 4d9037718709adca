package scan

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
)

// isolated runs extraction in a child process once the sandbox lands.
func isolated(ctx context.Context, name string, data []byte, lim doc.Limits) *doc.Document {
	return extract.Extract(ctx, name, data, lim)
}
