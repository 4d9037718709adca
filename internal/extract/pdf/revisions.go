package pdf

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
)

// maxRevisions bounds the earlier revisions read, the newest first.
const maxRevisions = 3

// revisionEnds returns where each earlier revision of a PDF saved by
// incremental updates ends (just after its %%EOF), the newest first. Each
// update appends its objects, a cross-reference section whose /Prev is
// the one before and a %%EOF: the bytes up to an earlier section's %%EOF
// are the file as it was saved then, objects the last revision no longer
// uses included (a page's old content, a field's old value). A linearized
// file's first-page section points back to the main one, which ends the
// file: that is no earlier revision.
func revisionEnds(data []byte) []int {
	off, ok := lastStartXref(data)
	if !ok {
		return nil
	}
	var err error
	last := bytes.LastIndex(data, []byte("%%EOF"))
	var ends []int
	seen := map[int64]bool{}
	for n := 0; n < maxPrevChain && len(ends) < maxRevisions; n++ {
		if off < 0 || off >= int64(len(data)) || seen[off] {
			break
		}
		seen[off] = true
		sec := data[off:]
		if n > 0 {
			if e := bytes.Index(sec, []byte("%%EOF")); e >= 0 && int(off)+e < last {
				ends = append(ends, int(off)+e+len("%%EOF"))
			}
		}
		if e := bytes.Index(sec, []byte("startxref")); e >= 0 {
			sec = sec[:e]
		}
		m := rePrev.FindSubmatch(sec)
		if m == nil {
			break
		}
		if off, err = strconv.ParseInt(string(m[1]), 10, 64); err != nil {
			break
		}
	}
	return ends
}

// revisions reads the earlier revisions of data and keeps, as a part of
// its own, the lines of their text that the last revision does not hold:
// text an update removed or replaced (a name put over an ID) is still in
// the published file, for anyone who cuts it at an earlier %%EOF, so it
// is scanned. It is not hidden content by itself: viewers save edits as
// updates, and an earlier wording is not a note. A revision that does
// not open is left; so are its pictures (not read with OCR).
func (x *extractor) revisions(data []byte) {
	ends := revisionEnds(data)
	if len(ends) == 0 {
		return
	}
	final := map[string]bool{}
	for _, p := range x.d.Parts {
		for l := range strings.SplitSeq(p.Text, "\n") {
			final[strings.TrimSpace(l)] = true
		}
	}
	var lines []string
	for _, end := range ends {
		if x.ctx.Err() != nil {
			return
		}
		old := &extractor{ctx: x.ctx, lim: x.lim, d: &doc.Document{Format: "pdf"}, fonts: newFontCache()}
		old.run(data[:end])
		for _, p := range old.d.Parts {
			for l := range strings.SplitSeq(p.Text, "\n") {
				if t := strings.TrimSpace(l); t != "" && !final[t] {
					final[t] = true
					lines = append(lines, t)
				}
			}
		}
	}
	if len(lines) > 0 {
		x.addText(doc.Part{Kind: doc.EarlierRevision, File: "早期版本", Text: strings.Join(lines, "\n")})
	}
}
