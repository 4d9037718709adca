package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// pageObjs is a one-page file whose page dictionary has extra entries,
// whose content is content and whose resources have Helvetica as /F1
// and xobjects; more objects follow from number 6.
func pageObjs(pageExtra, content, xobjects string, more ...string) []string {
	return append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + pageExtra +
			" /Resources << /Font << /F1 5 0 R >> /XObject << " + xobjects + " >> >> >>",
		streamObj("", content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}, more...)
}

// findingsOf lists d's findings as "rule@page part: message".
func findingsOf(d *doc.Document) string {
	var b strings.Builder
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "%s@%d %s: %s\n", f.Rule, f.Location.Page, f.Location.Part, f.Message)
	}
	return b.String()
}

func TestFormLimits(t *testing.T) {
	text := "BT /F1 10 Tf 0 0 Td (In form) Tj ET"
	// A form that draws itself: followed 12 deep, then reported.
	self := pageObjs("", "/Fm1 Do", "/Fm1 6 0 R",
		streamObj("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >>", text+" /Fm1 Do"))
	d := extract(t, hand("%PDF-1.7\n", self, "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.too_large@1")
	if !strings.Contains(d.Findings[0].Message, "嵌套超过 12 层") {
		t.Errorf("message = %q", d.Findings[0].Message)
	}
	// A form drawn more often than allowed.
	many := pageObjs("", strings.Repeat("/Fm1 Do\n", maxFormsDrawn+3), "/Fm1 6 0 R",
		streamObj("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font << /F1 5 0 R >> >>", text))
	d = extract(t, hand("%PDF-1.7\n", many, "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.too_large@1")
	if !strings.Contains(d.Findings[0].Message, "其余 3 次未读取") {
		t.Errorf("message = %q", d.Findings[0].Message)
	}
	// Drawn exactly up to the limit: nothing to report.
	enough := pageObjs("", strings.Repeat("/Fm1 Do\n", 3), "/Fm1 6 0 R",
		streamObj("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /Font << /F1 5 0 R >> >>", text))
	wantRules(t, extract(t, hand("%PDF-1.7\n", enough, "/Root 1 0 R", false)))
}

func TestTooManyAnnotations(t *testing.T) {
	refs := strings.TrimSpace(strings.Repeat("6 0 R ", maxAnnots+1))
	objs := pageObjs("/Annots ["+refs+"]", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "",
		"<< /Type /Annot /Subtype /Square /Rect [0 0 10 10] >>")
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.too_large@1")
	if !strings.Contains(d.Findings[0].Message, "注释超过 4096 个") {
		t.Errorf("message = %q", d.Findings[0].Message)
	}
}

func TestHiddenAnnotations(t *testing.T) {
	ap := streamObj("/Type /XObject /Subtype /Form /BBox [0 0 228 20] /Resources << /Font << /F1 5 0 R >> >>",
		"BT /F1 10 Tf 2 5 Td (Hidden stamp) Tj ET")
	objs := pageObjs("/Annots [6 0 R 8 0 R 9 0 R 10 0 R]", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "",
		// A hidden FreeText annotation (F 2): its appearance and text.
		"<< /Type /Annot /Subtype /FreeText /F 2 /Rect [72 500 300 520] /Contents (Hidden typed note) /AP << /N 7 0 R >> >>",
		ap,
		// A hidden form field (F 32, NoView) with a value.
		"<< /Type /Annot /Subtype /Widget /F 32 /FT /Tx /T (id) /V (Hidden field value) /Rect [0 0 10 10] >>",
		// A visible field without an appearance: viewers draw its value.
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V <FEFF5F2067D067D0> /Rect [0 0 10 10] >>",
		// A visible FreeText without an appearance: viewers draw its text.
		"<< /Type /Annot /Subtype /FreeText /Rect [0 0 10 10] /Contents (Typed without appearance) >>")
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	if got, want := pageTexts(d)[1], "Body\n张某某\nTyped without appearance"; got != want {
		t.Errorf("page = %q, want %q", got, want)
	}
	c, ok := part(d, doc.Comment)
	if !ok || c.Hidden != HiddenAnnotation || c.Page != 1 || c.Text != "Hidden stamp\nHidden typed note\nHidden field value" {
		t.Errorf("hidden annotation part = %+v (found %v)", c, ok)
	}
}

// A panic while reading the metadata or the encryption dictionary leaves
// a finding instead of passing in silence.
func TestGuard(t *testing.T) {
	x := &extractor{d: &doc.Document{}}
	x.guard(report.Location{Part: doc.MetadataPart}, RulePageError, "文档属性无法完整读取", func() { panic("boom") })
	x.guard(report.Location{}, RuleCorrupt, "不应出现", func() {})
	if got := findingsOf(x.d); got != "unreadable.page_error@0 metadata: 文档属性无法完整读取\n" {
		t.Errorf("findings = %q", got)
	}
}

// The information dictionary is an object that cannot be loaded: the
// library panics, and the metadata is reported as not read.
func TestMetadataPanic(t *testing.T) {
	objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "", "<< /Title (T) >>")
	b := hand("%PDF-1.7\n", objs, "/Root 1 0 R /Info 6 0 R", false)
	b = bytes.Replace(b, []byte("6 0 obj\n<< /Title (T) >>"), []byte("6 0 xxx\n<< /Title (T) >>"), 1)
	d := extract(t, b)
	if got := findingsOf(d); !strings.HasPrefix(got, "unreadable.page_error@0 metadata: PDF 文档信息（作者、标题等）无法读取") {
		t.Errorf("findings = %q", got)
	}
	if pageTexts(d)[1] != "Body" {
		t.Errorf("pages = %v", pageTexts(d))
	}
}

func TestXMPTooLarge(t *testing.T) {
	xmp := `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		strings.Repeat(`<dc:creator>某某</dc:creator>`, 100) + `</rdf:Description></rdf:RDF></x:xmpmeta>`
	objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "", streamObj("/Type /Metadata /Subtype /XML", xmp))
	objs[0] = "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>"
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	if got := findingsOf(d); !strings.HasPrefix(got, "unreadable.too_large@0 metadata: ") {
		t.Errorf("findings = %q", got)
	}
}

func TestPageTreeTooDeep(t *testing.T) {
	// Pages nodes 2 → 6 → 7 → … deeper than maxTreeDepth, the page at the bottom.
	objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "")
	objs[1] = "<< /Type /Pages /Kids [6 0 R] /Count 1 >>"
	n := 6
	for i := 0; i < maxTreeDepth+2; i++ {
		objs = append(objs, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", n+1))
		n++
	}
	objs = append(objs, strings.Replace(objs[2], "/Parent 2 0 R", fmt.Sprintf("/Parent %d 0 R", n-1), 1))
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	if len(d.Findings) == 0 || d.Findings[0].Category != report.Unreadable {
		t.Errorf("a page tree too deep passes in silence: %q", findingsOf(d))
	}
}

func TestLongOperands(t *testing.T) {
	long := "BT /F1 12 Tf 72 700 Td (" + strings.Repeat("A", maxStringBytes+10) + ") Tj ET"
	d := extract(t, hand("%PDF-1.7\n", pageObjs("", long, ""), "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.too_large@1")
	arr := "BT /F1 12 Tf 72 700 Td [" + strings.Repeat("(A) 1 ", maxArrayLen/2+10) + "] TJ ET"
	d = extract(t, hand("%PDF-1.7\n", pageObjs("", arr, ""), "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.too_large@1")
	// Many streams in one /Contents array.
	objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (A) Tj ET", "")
	objs[2] = strings.Replace(objs[2], "/Contents 4 0 R", "/Contents ["+strings.Repeat("4 0 R ", maxStreams+1)+"]", 1)
	d = extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.too_large@1")
}
