package extract

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/mht"
	"github.com/mishen-gov/mishen/internal/ocr"
	"github.com/mishen-gov/mishen/internal/report"
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
	readPictures(ctx, d, lim)
	return d, nil
}

// readPictures reads the pictures among d's embedded files with OCR, as
// the pictures of a DOCX are read (ocrPictures): without OCR they are
// left unread, as a DOCX's are. The other embedded files stay for the
// dispatcher (readEmbedded).
func readPictures(ctx context.Context, d *doc.Document, lim doc.Limits) {
	pics := map[string][]byte{}
	var names []string
	kept := d.Embedded[:0]
	sizable := 0
	for _, e := range d.Embedded {
		if isImage(Sniff(e.Name, e.Data)) {
			pics[e.Name] = e.Data
			names = append(names, e.Name)
			if cfg, _, err := ocr.Config(e.Data, ocr.DefaultMaxPixels); err != nil || !ocr.TooSmall(cfg.Width, cfg.Height) {
				sizable++
			}
			continue
		}
		kept = append(kept, e)
	}
	d.Embedded = kept
	// A page whose body is pictures (fewer than a DOCX's 20 characters
	// of text a picture) holds its text in them, as a DOCX of pasted
	// scans does: unreadable.image_only, which reading every picture
	// well turns into ocr_only. A page of one blurred picture passed.
	text := 0
	for _, p := range d.Parts {
		if p.Kind == doc.Body && sizable > 0 { // a page without pictures is not counted
			text += docx.NonSpace(p.Text)
		}
	}
	if docx.ImageOnly(sizable, text) {
		d.Unreadable(RuleImageOnly, report.Location{Part: doc.Body}, fmt.Sprintf(
			"该文件的内容主要是图片（%d张图片，正文文字仅%d字），图片中的文字需识别或人工审查", sizable, text))
	}
	ocrPictures(ctx, d, names, func(_ context.Context, name string) ([]byte, error) {
		if b, ok := pics[name]; ok {
			return b, nil
		}
		return nil, errors.New("extract: no such picture")
	}, lim, true)
}

// withInlinePictures reads a document of one XML file with fn, which
// hands back the pictures it carries inline (flow.Leftover), and then
// reads its raster pictures with OCR; its vector drawings are left, as a
// DOCX's are.
func withInlinePictures(fn func([]byte, doc.Limits) (*doc.Document, error)) extractorFunc {
	return func(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
		d, err := fn(data, lim)
		if err != nil || d == nil {
			return d, err
		}
		d.Embedded = slices.DeleteFunc(d.Embedded, func(e doc.Embedded) bool { return !isImage(Sniff(e.Name, e.Data)) })
		readPictures(ctx, d, lim)
		return d, nil
	}
}

// extractEML reads an e-mail saved as .eml: a MIME message like a web
// archive, read by the same reader, its messages speaking of an e-mail.
func extractEML(ctx context.Context, data []byte, lim doc.Limits) (*doc.Document, error) {
	d, err := extractMHT(ctx, data, lim)
	if d != nil {
		d.Format = FormatEML
		for i := range d.Findings {
			m := &d.Findings[i].Message
			*m = strings.ReplaceAll(strings.ReplaceAll(*m, "单个网页文件（MHT）", "电子邮件"), "单个网页文件", "电子邮件")
		}
	}
	return d, err
}
