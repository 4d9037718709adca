package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
)

// TestLinkTargets: what a page's links open is read, one target a line,
// percent-decoded too, each once; a link within the document is not.
func TestLinkTargets(t *testing.T) {
	p := pdftest.Lines("请登录内部办公系统填报")
	p.Links = []string{"http://172.24.154.79:8080/oa/login", "http://172.24.154.79:8080/oa/login", "#page=2",
		"launch:\\\\fileserver\\人事\\名单.xlsx", "http://oa.example.gov.cn/%E5%90%8D%E5%8D%95"}
	d := extract(t, synthetic(pdftest.Lines("第一页"), p))
	wantRules(t, d)
	l, ok := part(d, doc.LinkTarget)
	want := "http://172.24.154.79:8080/oa/login\n\\\\fileserver\\人事\\名单.xlsx\nhttp://oa.example.gov.cn/%E5%90%8D%E5%8D%95\nhttp://oa.example.gov.cn/名单"
	if !ok || l.Text != want || l.Page != 2 || l.Hidden != "" {
		t.Fatalf("link part = %+v (found %v), want text %q", l, ok, want)
	}
}

// TestBookmarks: the outline's titles are read, a line each, indented by
// level, and the targets of its actions with the link targets.
func TestBookmarks(t *testing.T) {
	b := pdftest.Doc{Pages: []pdftest.Page{pdftest.Lines("正文")}, Bookmarks: []pdftest.Bookmark{
		{Title: "一、总体要求"},
		{Title: "附件", Kids: []pdftest.Bookmark{{Title: "联络员名单（仅供内部参考）", URI: "http://10.1.2.3/list"}}},
	}}
	d := extract(t, b.Build())
	wantRules(t, d)
	o, ok := part(d, doc.Outline)
	if !ok || o.Text != "一、总体要求\n附件\n  联络员名单（仅供内部参考）" {
		t.Fatalf("outline part = %+v (found %v)", o, ok)
	}
	if l, ok := part(d, doc.LinkTarget); !ok || l.Text != "http://10.1.2.3/list" {
		t.Fatalf("link part = %+v (found %v)", l, ok)
	}
}

// TestBookmarksBounded: an outline past maxBookmarks items (here a long
// chain) is read up to the bound and the rest reported.
func TestBookmarksBounded(t *testing.T) {
	bs := make([]pdftest.Bookmark, maxBookmarks+3)
	for i := range bs {
		bs[i].Title = "第" + strings.Repeat("一", i%5+1) + "节"
	}
	d := extract(t, pdftest.Doc{Pages: []pdftest.Page{pdftest.Lines("正文")}, Bookmarks: bs}.Build())
	wantRules(t, d, "unreadable.too_large@0")
	if o, _ := part(d, doc.Outline); strings.Count(o.Text, "\n")+1 != maxBookmarks {
		t.Fatalf("%d titles read", strings.Count(o.Text, "\n")+1)
	}
}

// TestActionFanOut: an action whose /Next array names itself eight times
// would be followed 8^8 times; the walk stops at maxActions and says so.
func TestActionFanOut(t *testing.T) {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [6 0 R] >>",
		"<< /Length 0 >>\nstream\n\nendstream",
		"<< /S /URI /URI (http://10.0.0.1/x) /Next [5 0 R 5 0 R 5 0 R 5 0 R 5 0 R 5 0 R 5 0 R 5 0 R] >>",
		"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A 5 0 R >>",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	d := extract(t, []byte(b.String()))
	if l, ok := part(d, doc.LinkTarget); !ok || l.Text != "http://10.0.0.1/x" {
		t.Errorf("link part = %+v (found %v)", l, ok)
	}
	wantRules(t, d, "unreadable.too_large@0", "unreadable.too_large@1")
}
