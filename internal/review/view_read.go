package review

import (
	"context"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// This file holds the read that the document view of the web UI needs:
// a stored draft's file read again into its parts, masked, so that the
// findings of its scan can be shown in place. mishen never stores a
// draft's text; the view exists only while the encrypted draft is kept.

// PartsReader reads a file into its parts as the scan read it.
// *scan.Scanner implements it.
type PartsReader interface {
	Extract(ctx context.Context, name string, data []byte) *doc.Document
}

// FileParts is file n (0-based) of review R read again into its parts.
// Each part's Text is masked as excerpts are (personal values and long
// numbers, one rune for one, line breaks kept), so that the offsets of
// the review's findings still point into it; Boxes are dropped.
type FileParts struct {
	R     *Review
	Index int
	Parts []doc.Part
}

// FileParts reads file n (0-based) of review id from the stored draft
// (an audited draft read, as Draft is) and extracts it again with the
// scanner. It fails with KindNotFound "draft_not_kept" when the draft is
// no longer kept.
func (s *Service) FileParts(ctx context.Context, a Actor, id string, n int) (*FileParts, error) {
	pr, ok := s.scanner.(PartsReader)
	if !ok {
		return nil, Errorf(KindUnavailable, "no_extractor", "本服务未配置文档读取，无法显示文档视图")
	}
	r, err := s.Get(a, id)
	if err != nil {
		return nil, err
	}
	if n < 0 || n >= len(r.Files) {
		return nil, Errorf(KindNotFound, "not_found", "没有这个文件")
	}
	files, err := s.Draft(a, id)
	if err != nil {
		return nil, err
	}
	if n >= len(files) {
		return nil, Errorf(KindNotFound, "not_found", "没有这个文件")
	}
	d := pr.Extract(ctx, files[n].Name, files[n].Data)
	out := &FileParts{R: r, Index: n}
	for _, p := range d.Parts {
		p.Text = s.maskPart(p.Text, r.Findings, n, p)
		p.Boxes = nil
		out.Parts = append(out.Parts, p)
	}
	return out, nil
}

// maskPart masks text, a part of file n, as the scanner masks excerpts,
// keeping every rune's offset: then each finding of the part shows its
// hit as its excerpt shows it.
func (s *Service) maskPart(text string, fs []Finding, n int, p doc.Part) string {
	orig := []rune(text)
	masked := []rune(s.scanner.Mask(text))
	if len(masked) != len(orig) {
		// Masking keeps offsets; if it ever does not, nothing of the
		// text is shown rather than an unmasked value.
		masked = make([]rune, len(orig))
		for i, r := range orig {
			masked[i] = '＊'
			if r == '\n' || r == '\t' {
				masked[i] = r
			}
		}
		return string(masked)
	}
	for i, r := range orig {
		if r == '\n' || r == '\t' { // Mask puts a whole text on one line
			masked[i] = r
		}
	}
	for _, f := range fs {
		l := f.Location
		if f.File != n || !samePart(l, p) || l.End <= l.Start || l.End > len(masked) {
			continue
		}
		hit := []rune(f.Excerpt)
		if f.HitStart < 0 || f.HitEnd > len(hit) || f.HitEnd-f.HitStart != l.End-l.Start {
			continue
		}
		copy(masked[l.Start:l.End], hit[f.HitStart:f.HitEnd])
	}
	return string(masked)
}

// samePart says whether a finding's location is in part p.
func samePart(l report.Location, p doc.Part) bool {
	return l.Part == p.Kind && l.File == p.File && l.Sheet == p.Sheet && (l.Page == p.Page || p.Page == 0)
}
