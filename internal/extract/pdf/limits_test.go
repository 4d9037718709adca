package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	utf16pkg "unicode/utf16"

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
		strings.Repeat(`<dc:creator>某某</dc:creator>`, maxXMPFields+1) + `</rdf:Description></rdf:RDF></x:xmpmeta>`
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

// TestXMPProperties checks that XMP properties of any namespace are read
// (a producer's or a custom schema's), and not the ids, dates and history
// tools write.
func TestXMPProperties(t *testing.T) {
	xmp := `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
		`<rdf:Description xmlns:gov="http://example.gov.cn/ns/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` +
		`<gov:Handler>经办人手机13912345678</gov:Handler><gov:Level><rdf:Bag><rdf:li>内部</rdf:li></rdf:Bag></gov:Level>` +
		`<xmpMM:DocumentID>uuid:6222021234567890128</xmpMM:DocumentID><xmp:CreateDate>2026-12-01T09:00:00</xmp:CreateDate>` +
		`<xmpMM:History><rdf:Seq><rdf:li>saved 4412345678901234</rdf:li></rdf:Seq></xmpMM:History></rdf:Description></rdf:RDF></x:xmpmeta>`
	objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "", streamObj("/Type /Metadata /Subtype /XML", xmp))
	objs[0] = "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>"
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	m, _ := part(d, doc.MetadataPart)
	if m.Text != "Handler: 经办人手机13912345678\nLevel: 内部" {
		t.Errorf("metadata = %q", m.Text)
	}
}

// TestDocumentStructures checks the text a PDF keeps beside its pages:
// page labels, named destinations (name tree and the old dictionary),
// article threads, document JavaScript, the structure tree's /Alt and /E,
// and an XFA form split into packets.
func TestDocumentStructures(t *testing.T) {
	objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "",
		"<< /Nums [0 << /S /D /P "+pdfText("内部-")+" >>] >>", // 6: page labels
		"<< /Dests << /Names ["+pdfText("联系人13912345678")+" [3 0 R /Fit]] >> /JavaScript << /Names [(init) << /S /JavaScript /JS (app.alert\\(\"10.12.1.5\"\\);) >>] >> >>", // 7
		"<< /Type /StructTreeRoot /K [<< /S /Document /K [<< /S /Figure /Alt "+pdfText("局长手机13812345678")+" >> << /S /Span /E "+pdfText("工作秘密")+" >>] >>] >>",               // 8
		"[<< /I << /Title "+pdfText("线索一")+" >> >>]",                                     // 9: threads
		"<< /Fields [] /XFA [(preamble) 11 0 R (datasets) 12 0 R (postamble) 13 0 R] >>", // 10
		streamObj("", `<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">`),
		streamObj("", `<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><f><sfzh>11010119900307451X</sfzh></f></xfa:data></xfa:datasets>`),
		streamObj("", `</xdp:xdp>`),
	)
	objs[0] = "<< /Type /Catalog /Pages 2 0 R /PageLabels 6 0 R /Names 7 0 R /Dests << /办公室内网 [3 0 R /Fit] >> /StructTreeRoot 8 0 R /Threads 9 0 R /AcroForm 10 0 R >>"
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	got := map[string]string{}
	for _, p := range d.Parts {
		got[p.Kind+" "+p.File] += p.Text
	}
	for key, want := range map[string]string{
		"source_text 导航（页码标签、命名目标、文章线索）": "内部-\n联系人13912345678\n办公室内网\n线索一\n",
		"source_text 文档脚本（JavaScript）":   "app.alert(\"10.12.1.5\");\n",
		"alt_text 结构树":      "局长手机13812345678\n工作秘密\n",
		"form_field XFA 表单": "11010119900307451X\n",
	} {
		if got[key] != want {
			t.Errorf("%s = %q, want %q", key, got[key], want)
		}
	}
}

// TestFieldValues checks that a form field's value is read when its
// appearance is empty or shows something else (a masked number), and
// not again when it shows the value; a choice field's entries and a check
// box's states are read too.
func TestFieldValues(t *testing.T) {
	ap := func(text string) string {
		return streamObj("/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 5 0 R >> >>", "BT /F1 10 Tf 2 5 Td ("+text+") Tj ET")
	}
	objs := pageObjs("/Annots [6 0 R 7 0 R 8 0 R 9 0 R 10 0 R 15 0 R]", "BT /F1 12 Tf 72 700 Td (Form) Tj ET", "",
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (a) /V (13912345678) /Rect [0 0 200 20] /AP << /N 11 0 R >> >>",   // masked appearance
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (b) /V (13812345678) /Rect [0 30 200 50] /AP << /N 12 0 R >> >>",  // empty appearance
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (c) /V (shown once) /Rect [0 60 200 80] /AP << /N 13 0 R >> >>",   // the value drawn
		"<< /Type /Annot /Subtype /Widget /FT /Ch /T (d) /Opt [[(e1) (gongzuo mimi)] (plain)] /Rect [0 90 200 110] >>", // entries
		"<< /Type /Annot /Subtype /Widget /FT /Btn /T (e) /Rect [0 120 20 140] /AS /Off /AP << /N << /neibu 14 0 R /Off 14 0 R >> >> >>",
		ap("139****5678"), ap(""), ap("shown once"), ap("x"),
		// 15: an amount its appearance shows grouped: shown, not read again.
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /V (15000000000) /Rect [0 150 200 170] /AP << /N 16 0 R >> >>",
		ap("15,000,000,000.00"))
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	text := pageTexts(d)[1]
	for _, want := range []string{"13912345678", "139****5678", "13812345678", "gongzuo mimi", "plain", "e1", "neibu"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing from the page %q", want, text)
		}
	}
	if strings.Contains(text, "15000000000") {
		t.Errorf("an amount its appearance shows grouped read again: %q", text)
	}
	if n := strings.Count(text, "shown once"); n != 1 {
		t.Errorf("a value its appearance draws read %d times: %q", n, text)
	}
}

// TestFieldExtrasAndUnplacedFields: a widget's default value and tooltip
// are read with the page; the fields of the form that no page holds (a
// widget taken off the pages, a field never drawn, a parent whose kid
// widgets are nowhere) are a hidden form_field part; a field a page holds
// is not read twice.
func TestFieldExtrasAndUnplacedFields(t *testing.T) {
	objs := pageObjs("/Annots [6 0 R]", "BT /F1 12 Tf 72 700 Td (Form) Tj ET", "",
		// 6: on the page, empty, its default an ID, its tooltip a mobile.
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (idno) /V () /DV (11010119900307451X) /TU (eg 13912345678) /Rect [0 0 200 20] >>",
		// 7: in the form only, hidden, no rectangle.
		"<< /FT /Tx /T (ledger) /V (http://oa.example.internal/doc/1) /F 2 /Rect [0 0 0 0] >>",
		// 8 with its kid 9: a parent field whose widget no page holds.
		"<< /FT /Tx /T (parent) /Kids [9 0 R] /V (13812345678) >>",
		"<< /Type /Annot /Subtype /Widget /Parent 8 0 R /Rect [0 0 10 10] >>")
	objs[0] = "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R 8 0 R] >> >>"
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	page := pageTexts(d)[1]
	for _, want := range []string{"11010119900307451X", "eg 13912345678"} {
		if !strings.Contains(page, want) {
			t.Errorf("%q missing from the page %q", want, page)
		}
	}
	var fields []doc.Part
	for _, p := range d.Parts {
		if p.Kind == doc.FormField {
			fields = append(fields, p)
		}
	}
	if len(fields) != 1 || fields[0].Text != "http://oa.example.internal/doc/1\n13812345678" || fields[0].Hidden != HiddenField {
		t.Fatalf("form fields no page holds: %+v", fields)
	}
}

// pdfText writes s as a PDF text string in UTF-16BE with its BOM.
func pdfText(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16pkg.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	return b.String() + ">"
}

// TestActualTextAndPatterns checks that glyphs showing what their
// /ActualText does not are read beside it (and not when they show the
// same), and that the text a tiling pattern draws in its cell is read.
func TestActualTextAndPatterns(t *testing.T) {
	content := "/Span << /ActualText (139****5678) >> BDC BT /F1 12 Tf 72 700 Td (13912345678) Tj ET EMC " +
		"/Span << /ActualText (Same) >> BDC BT /F1 12 Tf 72 680 Td (S a m e) Tj ET EMC " +
		"/Pattern cs /P1 scn 0 0 612 100 re f"
	objs := pageObjs("", content, "",
		streamObj("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 300 20] /XStep 300 /YStep 20 /Resources << /Font << /F1 5 0 R >> >>",
			"BT /F1 10 Tf 0 5 Td (Tile 6222021234567890128) Tj ET"))
	objs[2] = strings.Replace(objs[2], "/Resources << /Font << /F1 5 0 R >>", "/Resources << /Font << /F1 5 0 R >> /Pattern << /P1 6 0 R >>", 1)
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	text := pageTexts(d)[1]
	for _, want := range []string{"139****5678", "13912345678", "Tile 6222021234567890128"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing from %q", want, text)
		}
	}
	if strings.Contains(text, "S a m e") {
		t.Errorf("glyphs their /ActualText says read again: %q", text)
	}
}

// TestStructureLoops checks that trees whose kids are themselves (a
// structure tree's array, a name tree's and a number tree's /Kids) are
// walked within their bounds and reported, not followed for ever.
func TestStructureLoops(t *testing.T) {
	objs := pageObjs("", "BT /F1 12 Tf 72 700 Td (Body) Tj ET", "",
		"[6 0 R 6 0 R]",                        // 6: an array of itself
		"<< /Kids [7 0 R 7 0 R] >>",            // 7: a name tree node of itself
		"<< /Kids [8 0 R 8 0 R] >>",            // 8: a number tree node of itself
		"<< /Type /StructTreeRoot /K 6 0 R >>", // 9
	)
	objs[0] = "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 9 0 R /Names << /Dests 7 0 R /JavaScript 7 0 R >> /PageLabels 8 0 R >>"
	done := make(chan *doc.Document, 1)
	go func() { done <- extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false)) }()
	select {
	case d := <-done:
		if got := findingsOf(d); !strings.Contains(got, "unreadable.too_large") {
			t.Errorf("findings = %q, want the bounds reported", got)
		}
		if pageTexts(d)[1] != "Body" {
			t.Errorf("pages = %v", pageTexts(d))
		}
	case <-time.After(20 * time.Second):
		t.Fatal("a tree of itself is still being walked after 20 s")
	}
}
