package sandbox

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract"
)

func extractInProcess(data []byte, lim doc.Limits) *doc.Document {
	return extract.Extract(context.Background(), "a.pdf", data, lim)
}

func extractInProcessAs(name string, data []byte, lim doc.Limits) *doc.Document {
	return extract.Extract(context.Background(), name, data, lim)
}
