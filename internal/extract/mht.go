package extract

import (
	"context"
	"errors"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/mht"
)

// extractMHT reads a web archive (package mht) and then, with OCR, the
// pictures it holds, as the pictures of a DOCX are read (ocrPictures):
// without OCR they are left unread, as a DOCX's are. Its other embedded
// parts go on to the dispatcher (readEmbedded).
func extractMHT(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
	d, err := mht.Extract(data, lim)
	if err != nil || d == nil {
		return d, err
	}
	pics := map[string][]byte{}
	var names []string
	kept := d.Embedded[:0]
	for _, e := range d.Embedded {
		if isImage(Sniff(e.Name, e.Data)) {
			pics[e.Name] = e.Data
			names = append(names, e.Name)
			continue
		}
		kept = append(kept, e)
	}
	d.Embedded = kept
	ocrPictures(ctx, d, names, func(name string) ([]byte, error) {
		if b, ok := pics[name]; ok {
			return b, nil
		}
		return nil, errors.New("extract: no such picture")
	}, lim)
	return d, nil
}
