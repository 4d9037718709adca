package form

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"

	"github.com/mishen-gov/mishen/internal/audit"
	"github.com/mishen-gov/mishen/internal/review"
)

// Batch makes the forms of many reviews (a period's, for filing): for
// each review 保密审查单-R….html, and 保密审查单-R….pdf when a Printer is
// set, and at Close an index 审查单清单.csv (UTF-8 with a BOM, for Excel).
type Batch struct {
	// Put stores one file: into a folder, or a zip.
	Put     func(name string, data []byte) error
	Options Options
	// Printer, when available, prints each form to PDF too.
	Printer *Printer

	index bytes.Buffer
	cw    *csv.Writer
	// N counts the forms made, PDFs the ones printed.
	N, PDFs int
}

// FileName is the name of review id's form, without extension.
func FileName(id string) string { return "保密审查单-" + id }

// Add makes the form of r from evs and stores it.
func (b *Batch) Add(ctx context.Context, r *review.Review, evs []audit.Event) error {
	if b.cw == nil {
		b.index.WriteString("\uFEFF")
		b.cw = csv.NewWriter(&b.index)
		b.cw.UseCRLF = true
		b.cw.Write([]string{"审查编号", "标题", "文号", "送审单位", "送审人", "送审时间", "机器结论", "审查结论", "文件"})
	}
	f := Build(r, evs, b.Options)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, f, Page{}); err != nil {
		return err
	}
	name := FileName(r.ID)
	if err := b.Put(name+".html", buf.Bytes()); err != nil {
		return err
	}
	files := name + ".html"
	if b.Printer.Available() {
		pdf, err := b.Printer.PDF(ctx, buf.Bytes())
		if err != nil {
			return fmt.Errorf("form: %s: %w", r.ID, err)
		}
		if err := b.Put(name+".pdf", pdf); err != nil {
			return err
		}
		files += "、" + name + ".pdf"
		b.PDFs++
	}
	b.N++
	b.cw.Write([]string{f.ReviewID, f.Title, f.DocNumber, f.Unit, f.Person, f.SubmittedAt, f.Verdict, f.Decision.Label, files})
	return b.cw.Error()
}

// Close writes the index.
func (b *Batch) Close() error {
	if b.cw == nil {
		return nil
	}
	b.cw.Flush()
	if err := b.cw.Error(); err != nil {
		return err
	}
	return b.Put("审查单清单.csv", b.index.Bytes())
}
