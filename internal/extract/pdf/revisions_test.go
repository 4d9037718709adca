package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
)

// appendUpdate appends an incremental update to a file hand wrote: objects
// numbered from first, a cross-reference section for them whose /Prev is
// the file's last one, and a trailer with root.
func appendUpdate(base []byte, first int, objs []string, root string) []byte {
	prev := regexp.MustCompile(`startxref\s+(\d+)`).FindAllSubmatch(base, -1)
	size := first + len(objs)
	for _, m := range regexp.MustCompile(`/Size (\d+)`).FindAllSubmatch(base, -1) {
		var n int
		fmt.Sscan(string(m[1]), &n)
		size = max(size, n)
	}
	var b bytes.Buffer
	b.Write(base)
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", first+i, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n%d %d\n", first, len(objs))
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s /Prev %s >>\nstartxref\n%d\n%%%%EOF\n", size, root, prev[len(prev)-1][1], x)
	return b.Bytes()
}

// TestEarlierRevisions: the text an incremental update replaced is read
// from the earlier revision, as a part of its own that is not hidden
// content; text both revisions hold is not read twice; a linearized
// file's first-page section is no earlier revision.
func TestEarlierRevisions(t *testing.T) {
	base := hand("%PDF-1.7\n", pageObjs("", "BT /F1 12 Tf 72 700 Td (Applicant 11010119900307451X) Tj ET BT /F1 12 Tf 72 680 Td (Kept line) Tj ET", ""), "/Root 1 0 R", false)
	if ends := revisionEnds(base); len(ends) != 0 {
		t.Fatalf("one revision: ends %v", ends)
	}
	// Object 4, the page's content, replaced: the ID becomes a name.
	content := "BT /F1 12 Tf 72 700 Td (Applicant He Moumou) Tj ET BT /F1 12 Tf 72 680 Td (Kept line) Tj ET"
	edited := appendUpdate(base, 4, []string{streamObj("", content)}, "1 0 R")
	if ends := revisionEnds(edited); len(ends) != 1 || ends[0] != len(base)-1 {
		t.Fatalf("ends %v, want [%d]", ends, len(base)-1)
	}
	d := extract(t, edited)
	wantRules(t, d)
	var got []doc.Part
	for _, p := range d.Parts {
		if p.Kind == doc.EarlierRevision {
			got = append(got, p)
		}
	}
	if len(got) != 1 || got[0].Text != "Applicant 11010119900307451X" || got[0].Hidden != "" {
		t.Fatalf("earlier revision parts %+v", got)
	}
	if page := pageTexts(d)[1]; !strings.Contains(page, "He Moumou") || strings.Contains(page, "1101") {
		t.Errorf("page %q", page)
	}
	// An update that changes nothing the pages show adds no part.
	same := appendUpdate(base, 6, []string{"<< /Producer (Viewer) >>"}, "1 0 R")
	for _, p := range extract(t, same).Parts {
		if p.Kind == doc.EarlierRevision {
			t.Errorf("an update that removed nothing: %+v", p)
		}
	}
	// A linearized file: the last startxref names the first-page
	// section at the start, whose /Prev is the main one ending the file.
	lin := []byte("%PDF-1.7\n1 0 obj << /Linearized 1 >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Size 9 /Prev 9999 >>\nstartxref\n0\n%%EOF\n")
	main := len(lin)
	lin = append(lin, []byte("xref\n0 1\n0000000000 65535 f \ntrailer << /Size 9 >>\nstartxref\n9\n%%EOF\n")...)
	lin = bytes.Replace(lin, []byte("/Prev 9999"), []byte(fmt.Sprintf("/Prev %04d", main)), 1)
	if ends := revisionEnds(lin); len(ends) != 0 {
		t.Errorf("linearized: ends %v", ends)
	}
}
