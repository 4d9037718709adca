package extract

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf"
	"github.com/mishen-gov/mishen/internal/extract/plaintext"
)

// extractors maps each readable format to its extractor. A format that is
// neither here nor in unsupportedFormats is reported unreadable.
var extractors = map[string]extractorFunc{
	FormatPDF:  pdf.Extract,
	FormatText: plain(plaintext.Extract),
}

// plain adapts an extractor that cannot stop early to extractorFunc.
func plain(fn func([]byte, doc.Limits) (*doc.Document, error)) extractorFunc {
	return func(_ context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		return fn(data, lim)
	}
}
