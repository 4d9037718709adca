package pdf

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/pdf/pdftest"
	"github.com/mishen-gov/mishen/internal/report"
)

// The fixtures made by LibreOffice and qpdf (testdata/gen/fixtures.py).
const (
	docsDir      = "../../../testdata/docs"
	malformedDir = "../../../testdata/malformed"
)

func fixture(t testing.TB, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("fixture not available: %v", err)
	}
	return b
}

func extract(t testing.TB, data []byte) *doc.Document {
	t.Helper()
	return extractLim(t, data, doc.DefaultLimits())
}

func extractLim(t testing.TB, data []byte, lim doc.Limits) *doc.Document {
	t.Helper()
	d, err := Extract(context.Background(), data, lim)
	if err != nil || d == nil {
		t.Fatalf("Extract = %v, %v", d, err)
	}
	return d
}

// pageTexts maps page number to the text of its page part.
func pageTexts(d *doc.Document) map[int]string {
	m := map[int]string{}
	for _, p := range d.Parts {
		if p.Kind == doc.Page {
			if _, dup := m[p.Page]; dup {
				m[p.Page] += "\x00dup"
			}
			m[p.Page] += p.Text
		}
	}
	return m
}

func part(d *doc.Document, kind string) (doc.Part, bool) {
	for _, p := range d.Parts {
		if p.Kind == kind {
			return p, true
		}
	}
	return doc.Part{}, false
}

// rules lists the findings as "rule@page".
func rules(d *doc.Document) []string {
	var out []string
	for _, f := range d.Findings {
		if f.Category != report.Unreadable || f.Severity != report.Review || f.Message == "" {
			out = append(out, "BAD:"+f.Rule)
		}
		out = append(out, fmt.Sprintf("%s@%d", f.Rule, f.Location.Page))
	}
	return out
}

func wantRules(t *testing.T, d *doc.Document, want ...string) {
	t.Helper()
	got := rules(d)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("findings = %v, want %v\n%+v", got, want, d.Findings)
	}
}

func TestProse(t *testing.T) {
	d := extract(t, fixture(t, docsDir, "prose.pdf"))
	wantRules(t, d)
	pages := pageTexts(d)
	if len(pages) != 2 {
		t.Fatalf("pages = %v", pages)
	}
	const id = "330106198503121231"
	if strings.Contains(pages[1], id) || !strings.Contains(pages[2], id) {
		t.Errorf("the ID must be on page 2 only:\n1: %q\n2: %q", pages[1], pages[2])
	}
	if !strings.HasPrefix(pages[1], "行政处罚决定书\n") {
		t.Errorf("page 1 starts %q", pages[1][:40])
	}
	meta, ok := part(d, doc.MetadataPart)
	if !ok {
		t.Fatal("no metadata part")
	}
	for _, l := range []string{"标题: 行政处罚决定书", "作者: 赵某某", "主题: 违法建设行政处罚", "关键词: 行政处罚, 决定书"} {
		if !strings.Contains(meta.Text, l+"\n") && !strings.HasSuffix(meta.Text, l) {
			t.Errorf("metadata lacks %q:\n%s", l, meta.Text)
		}
	}
}

// The marking is set in several fonts; it must stay on one line.
func TestMarkingOneLine(t *testing.T) {
	d := extract(t, fixture(t, docsDir, "marking.pdf"))
	wantRules(t, d)
	first := strings.SplitN(pageTexts(d)[1], "\n", 2)[0]
	if !regexp.MustCompile(`^秘密★\s?1\s?年$`).MatchString(first) {
		t.Fatalf("first line = %q, want the marking 秘密★1年 on one line", first)
	}
}

func TestScanned(t *testing.T) {
	for _, dir := range []string{docsDir, malformedDir} {
		d := extract(t, fixture(t, dir, "scanned.pdf"))
		wantRules(t, d, "unreadable.image_only@1")
		if len(pageTexts(d)) != 0 {
			t.Errorf("%s: page parts %v", dir, pageTexts(d))
		}
		if !strings.Contains(d.Findings[0].Message, "第1页为扫描图像") {
			t.Errorf("message %q", d.Findings[0].Message)
		}
	}
}

// A scan under an invisible text layer (a scanner's OCR, rendering mode
// 3) is reported for OCR like a scan, since the layer need not say what
// the picture shows; the layer is still read as the page's text.
func TestInvisibleLayerOverScan(t *testing.T) {
	d := extract(t, fixture(t, "../../ocr/testdata", "layered.pdf"))
	wantRules(t, d, "unreadable.image_only@1")
	if p := pageTexts(d)[1]; !strings.HasPrefix(p, "关于暂停供水的通知") {
		t.Errorf("page 1 = %q", p)
	}
	// Under a visible footer line (a 索引号), the layer is still the
	// page's text only in part.
	wantRules(t, extract(t, fixture(t, "../../ocr/testdata", "layered_footer.pdf")), "unreadable.image_only@1")
	// The same layer drawn visibly over the picture is the page's text.
	visible := bytes.ReplaceAll(fixture(t, "../../ocr/testdata", "layered.pdf"), []byte(" 3 Tr"), []byte(" 0 Tr"))
	if bytes.Equal(visible, fixture(t, "../../ocr/testdata", "layered.pdf")) {
		t.Fatal("the fixture's content is compressed: no Tr to change")
	}
	wantRules(t, extract(t, visible))
}

// Page 2 is an image: it is reported while page 1 is still read.
func TestMixed(t *testing.T) {
	d := extract(t, fixture(t, docsDir, "mixed.pdf"))
	wantRules(t, d, "unreadable.image_only@2")
	if d.Findings[0].Message != "第2页为扫描图像，无法读取文字，需人工审查" {
		t.Errorf("message %q", d.Findings[0].Message)
	}
	if p := pageTexts(d); !strings.HasPrefix(p[1], "行政处罚决定书") || p[2] != "" {
		t.Errorf("pages = %v", p)
	}
}

func TestEncrypted(t *testing.T) {
	for _, c := range []struct{ dir, name string }{
		{docsDir, "encrypted.pdf"},     // AES-256, user password
		{docsDir, "encrypted_rc4.pdf"}, // RC4-128, user password
		{malformedDir, "encrypted.pdf"},
	} {
		d := extract(t, fixture(t, c.dir, c.name))
		wantRules(t, d, "unreadable.encrypted@0")
		if d.Findings[0].Message != "文件已加密，无法读取，请解除加密后重新提交" {
			t.Errorf("%s: message %q", c.name, d.Findings[0].Message)
		}
		if len(d.Parts) != 0 {
			t.Errorf("%s: parts %+v", c.name, d.Parts)
		}
	}
}

// Encrypted with an empty user password: readable, so it is read.
func TestEncryptedNoUserPassword(t *testing.T) {
	d := extract(t, fixture(t, docsDir, "encrypted_nouserpw.pdf"))
	wantRules(t, d)
	if !strings.Contains(pageTexts(d)[2], "330106198503121231") {
		t.Fatalf("page 2 = %q", pageTexts(d)[2])
	}
	if meta, _ := part(d, doc.MetadataPart); !strings.Contains(meta.Text, "作者: 赵某某\n") {
		t.Fatalf("metadata = %q", meta.Text)
	}
}

func TestMalformed(t *testing.T) {
	// Page 1's content stream is damaged; page 2 (with the ID) is whole.
	d := extract(t, fixture(t, malformedDir, "flipped.pdf"))
	wantRules(t, d, "unreadable.page_error@1")
	if !strings.Contains(pageTexts(d)[2], "330106198503121231") {
		t.Errorf("page 2 of flipped.pdf not read: %q", pageTexts(d)[2])
	}
	d = extract(t, fixture(t, malformedDir, "truncated.pdf"))
	wantRules(t, d, "unreadable.corrupt@0")
	d = extract(t, fixture(t, malformedDir, "empty.pdf"))
	wantRules(t, d, "unreadable.corrupt@0")
}

// No input makes Extract panic or return nothing: truncations and byte
// flips of a real file, each a document with a finding or text.
func TestNeverPanics(t *testing.T) {
	data := fixture(t, docsDir, "prose.pdf")
	rng := rand.New(rand.NewSource(1))
	lim := doc.DefaultLimits()
	for i := 0; i < 150; i++ {
		b := append([]byte(nil), data...)
		if i%2 == 0 {
			b = b[:rng.Intn(len(b))]
		}
		for j := 0; j < 1+rng.Intn(8); j++ {
			if len(b) > 0 {
				b[rng.Intn(len(b))] ^= byte(1 + rng.Intn(255))
			}
		}
		d := extractLim(t, b, lim)
		if len(d.Parts) == 0 && len(d.Findings) == 0 {
			t.Fatalf("case %d: nothing read and nothing reported", i)
		}
	}
}

func synthetic(pages ...pdftest.Page) []byte {
	return pdftest.Doc{Pages: pages}.Build()
}

func TestMaxPages(t *testing.T) {
	var pages []pdftest.Page
	for i := 1; i <= 5; i++ {
		pages = append(pages, pdftest.Lines(fmt.Sprintf("第%d页", i)))
	}
	lim := doc.DefaultLimits()
	lim.MaxPages = 3
	d := extractLim(t, synthetic(pages...), lim)
	wantRules(t, d, "unreadable.too_many_pages@0")
	if p := pageTexts(d); len(p) != 3 || p[3] != "第3页" {
		t.Fatalf("pages = %v", p)
	}
	if !strings.Contains(d.Findings[0].Message, "第 4 页起未读取") {
		t.Errorf("message %q", d.Findings[0].Message)
	}
}

func TestMaxTextRunes(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.MaxTextRunes = 6
	d := extractLim(t, synthetic(pdftest.Lines("一二三四"), pdftest.Lines("五六七八"), pdftest.Lines("九十")), lim)
	wantRules(t, d, "unreadable.too_large@0")
	if p := pageTexts(d); p[1] != "一二三四" || p[2] != "五六" || len(p) != 2 {
		t.Fatalf("pages = %v", p)
	}
}

func TestComments(t *testing.T) {
	p := pdftest.Lines("正文")
	p.Comments = []string{"此段涉及内部事项"}
	d := extract(t, synthetic(p))
	wantRules(t, d)
	c, ok := part(d, doc.Comment)
	if !ok || c.Text != "此段涉及内部事项" || c.Page != 1 || c.Hidden == "" {
		t.Fatalf("comment part = %+v (found %v)", c, ok)
	}
}

// A page that is mostly a scan with a page number on it is still a scan.
func TestScanWithPageNumber(t *testing.T) {
	p := pdftest.Lines("- 3 -")
	p.Image = true
	d := extract(t, synthetic(pdftest.Lines("正文第一页"), p))
	wantRules(t, d, "unreadable.image_only@2")
	if !strings.Contains(d.Findings[0].Message, "第2页主要为图像") {
		t.Errorf("message %q", d.Findings[0].Message)
	}
}

func TestLayout(t *testing.T) {
	run := func(x, y, size float64, s string) pdftest.Run { return pdftest.Run{X: x, Y: y, Size: size, Text: s} }
	// The test font advances 500/1000 em per glyph.
	d := extract(t, synthetic(pdftest.Page{Runs: []pdftest.Run{
		run(100, 700, 12, "机密★"), run(118, 700, 12, "1"), run(124, 700, 12, "年"), // touching: one word
		run(100, 680, 12, "123"), run(160, 680, 12, "456"), // table cells: a space
		run(100, 660, 12, "上一行"), run(100, 640, 12, "下一行"), // new line
		run(100, 620, 12, "加粗"), run(100.2, 620, 12, "加粗"), // fake bold: once
		run(100, 600, 12, "上标"), run(112, 604, 8, "1"), // superscript stays on the line
	}}))
	want := "机密★1年\n123 456\n上一行\n下一行\n加粗\n上标1"
	if got := pageTexts(d)[1]; got != want {
		t.Fatalf("text =\n%q\nwant\n%q", got, want)
	}
}

// hand assembles a PDF from objects and a trailer, computing offsets; it
// is for structures pdftest does not make (cycles, broken tables).
func hand(header string, objs []string, trailer string, breakXref bool) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	if breakXref {
		x += 7 // startxref points into the middle of the table
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailer, x)
	return b.Bytes()
}

func simpleObjs(pagesDict string) []string {
	content := "BT /F1 12 Tf 72 700 Td (Hello page) Tj ET"
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		pagesDict,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
}

func TestStructure(t *testing.T) {
	good := simpleObjs("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	cases := []struct {
		name  string
		data  []byte
		rules []string
		text  string
	}{
		{"plain", hand("%PDF-1.4\n", good, "/Root 1 0 R", false), nil, "Hello page"},
		{"pdf 2.0 header", hand("%PDF-2.0\n", good, "/Root 1 0 R", false), nil, "Hello page"},
		// Offsets count from the header, as Acrobat reads them.
		{"junk before header", append([]byte("garbage\n"), hand("%PDF-1.4\n", good, "/Root 1 0 R", false)...), nil, "Hello page"},
		{"junk after EOF", append(hand("%PDF-1.4\n", good, "/Root 1 0 R", false), bytes.Repeat([]byte("x"), 500)...), nil, "Hello page"},
		{"broken xref, rebuilt", hand("%PDF-1.4\n", good, "/Root 1 0 R", true), []string{"unreadable.corrupt@0"}, "Hello page"},
		{"no trailer root, rebuilt from catalog", hand("%PDF-1.4\n", good, "", true), []string{"unreadable.corrupt@0"}, "Hello page"},
		// A Pages node that is its own kid: the library's Page(i) loops
		// forever on it; the walk is bounded.
		{"page tree cycle", hand("%PDF-1.4\n", simpleObjs("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"), "/Root 1 0 R", false), nil, "Hello page"},
		// A /Prev that points at its own section: the library loops
		// forever in NewReader; it is refused before (then rebuilt).
		{"prev cycle", prevCycle(good), []string{"unreadable.corrupt@0"}, "Hello page"},
		{"no pages", hand("%PDF-1.4\n", []string{"<< /Type /Catalog >>"}, "/Root 1 0 R", false), []string{"unreadable.corrupt@0"}, ""},
		{"not a pdf", []byte("%PDF-1.4\nthis is not a pdf at all"), []string{"unreadable.corrupt@0"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan *doc.Document, 1)
			go func() { done <- extract(t, c.data) }()
			var d *doc.Document
			select {
			case d = <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("hangs")
			}
			wantRules(t, d, c.rules...)
			if got := pageTexts(d)[1]; !strings.Contains(got, c.text) || c.text == "" && got != "" {
				t.Fatalf("page 1 = %q, want %q", got, c.text)
			}
		})
	}
}

func prevCycle(objs []string) []byte {
	b := hand("%PDF-1.4\n", objs, "/Root 1 0 R", false)
	i := bytes.LastIndex(b, []byte("startxref\n"))
	off := string(bytes.TrimSpace(b[i+10 : len(b)-6]))
	return bytes.Replace(b, []byte("/Root 1 0 R"), []byte("/Root 1 0 R /Prev "+off), 1)
}

// Identity-H text without a ToUnicode map cannot be read: reported.
func TestUndecodableFont(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td <0001000200030004000500060007> Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
	}
	d := extract(t, hand("%PDF-1.4\n", objs, "/Root 1 0 R", false))
	wantRules(t, d, "unreadable.font_encoding@1")
}

// GBK-EUC-H without ToUnicode: the bytes are GBK.
func TestGBKFont(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td <C3D8C3DCA1EF> Tj ET" // 秘密★ in GBK
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /GBK-EUC-H /DescendantFonts [6 0 R] >>",
		"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>",
	}
	d := extract(t, hand("%PDF-1.4\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	if got := pageTexts(d)[1]; got != "秘密★" {
		t.Fatalf("text = %q", got)
	}
}

// Inline images are skipped without losing the text after them.
func TestInlineImage(t *testing.T) {
	content := "q 100 0 0 100 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00(\xff<EI\x00 EI Q BT /F1 12 Tf 72 700 Td (after image) Tj ET"
	objs := simpleObjs("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	objs[3] = fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
	d := extract(t, hand("%PDF-1.4\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	if got := pageTexts(d)[1]; got != "after image" {
		t.Fatalf("text = %q", got)
	}
}

// A content stream that inflates beyond the budget stops at it.
func TestContentBudget(t *testing.T) {
	lim := doc.DefaultLimits()
	lim.MaxUnzipBytes = 1000
	var p pdftest.Page
	for i := 0; i < 200; i++ {
		p.Runs = append(p.Runs, pdftest.Run{X: 72, Y: 700 - float64(i), Size: 12, Text: "字"})
	}
	d := extractLim(t, synthetic(p), lim)
	wantRules(t, d, "unreadable.too_large@1")
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d, _ := Extract(ctx, synthetic(pdftest.Lines("一"), pdftest.Lines("二")), doc.DefaultLimits())
	wantRules(t, d, "unreadable.timeout@0")
	if len(pageTexts(d)) != 0 {
		t.Fatalf("pages %v", pageTexts(d))
	}
}

func streamObj(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// Text drawn by a form XObject and by an annotation's appearance is on
// the page; XMP metadata is read with the information dictionary.
func TestFormsAnnotationsXMP(t *testing.T) {
	xmp := `<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
		`<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>孙某某</rdf:li></rdf:Seq></dc:creator>` +
		`</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R /Metadata 8 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [7 0 R] " +
			"/Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>",
		streamObj("", "BT /F1 12 Tf 72 700 Td (Body text) Tj ET q 1 0 0 1 72 600 cm /Fm1 Do Q"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		streamObj("/Type /XObject /Subtype /Form /BBox [0 0 200 50] /Resources << /Font << /F1 5 0 R >> >>",
			"BT /F1 10 Tf 0 0 Td (Stamp in a form) Tj ET"),
		"<< /Type /Annot /Subtype /FreeText /Rect [72 500 300 520] /Contents (Typed note) /AP << /N 9 0 R >> >>",
		streamObj("/Type /Metadata /Subtype /XML", xmp),
		streamObj("/Type /XObject /Subtype /Form /BBox [0 0 228 20] /Resources << /Font << /F1 5 0 R >> >>",
			"BT /F1 10 Tf 2 5 Td (Typed note) Tj ET"),
	}
	d := extract(t, hand("%PDF-1.7\n", objs, "/Root 1 0 R", false))
	wantRules(t, d)
	if got := pageTexts(d)[1]; got != "Body text\nStamp in a form\nTyped note" {
		t.Errorf("page = %q", got)
	}
	if _, ok := part(d, doc.Comment); ok {
		t.Errorf("a FreeText annotation's text is on the page, not a comment")
	}
	if meta, _ := part(d, doc.MetadataPart); meta.Text != "作者: 孙某某" {
		t.Errorf("metadata = %q", meta.Text)
	}
}

// screen refuses what the library would allocate or loop without bound on.
func TestScreenHostile(t *testing.T) {
	good := simpleObjs("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	for name, extra := range map[string]string{
		"predictor row": "<< /DecodeParms << /Predictor 12 /Columns 4000000000 >> >>",
		"object stream": "<< /Type /ObjStm /N 99999999999 /First 10 >>",
	} {
		objs := append(append([]string(nil), good...), extra)
		d := extract(t, hand("%PDF-1.4\n", objs, "/Root 1 0 R", false))
		wantRules(t, d, "unreadable.corrupt@0")
		if !strings.Contains(d.Findings[0].Message, "恶意构造") {
			t.Errorf("%s: message %q", name, d.Findings[0].Message)
		}
	}
	// Object streams that extend each other in a loop.
	objs := append(append([]string(nil), good...),
		"<< /Type /ObjStm /N 1 /First 4 /Extends 7 0 R /Length 0 >>\nstream\n\nendstream",
		"<< /Type /ObjStm /N 1 /First 4 /Extends 6 0 R /Length 0 >>\nstream\n\nendstream")
	wantRules(t, extract(t, hand("%PDF-1.4\n", objs, "/Root 1 0 R", false)), "unreadable.corrupt@0")
	// A cross-reference section starting at object 900000000: the library
	// would allocate 28 GB for its table. Refused, then rebuilt.
	b := hand("%PDF-1.4\n", good, "/Root 1 0 R", false)
	b = bytes.Replace(b, []byte("xref\n0 6\n"), []byte("xref\n900000000 6\n"), 1)
	d := extract(t, b)
	wantRules(t, d, "unreadable.corrupt@0")
	if pageTexts(d)[1] != "Hello page" {
		t.Errorf("rebuilt page = %q", pageTexts(d)[1])
	}
}

// Objects in object streams with a cross-reference stream (Word and
// Acrobat write files so) read like the plain file.
func TestObjectStreams(t *testing.T) {
	plain := extract(t, fixture(t, docsDir, "marking.pdf"))
	d := extract(t, fixture(t, "testdata", "objstm.pdf"))
	wantRules(t, d)
	if pageTexts(d)[1] != pageTexts(plain)[1] {
		t.Fatalf("objstm.pdf page 1 = %q\nmarking.pdf page 1 = %q", pageTexts(d)[1], pageTexts(plain)[1])
	}
}

// An object stream said to be inside itself makes the library recurse
// until the stack overflows, a fatal error no recover catches. The file
// is refused first (then rebuilt without its object streams).
func TestObjectStreamInsideItself(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>",
	}
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	row := func(typ byte, a uint32, c uint16) []byte {
		return []byte{typ, byte(a >> 24), byte(a >> 16), byte(a >> 8), byte(a), byte(c >> 8), byte(c)}
	}
	var rows []byte
	rows = append(rows, row(0, 0, 65535)...)
	for _, o := range offs {
		rows = append(rows, row(1, uint32(o), 0)...)
	}
	rows = append(rows, row(0, 0, 0)...)
	rows = append(rows, row(2, 5, 0)...) // object 5 is in object stream 5
	rows = append(rows, row(1, uint32(x), 0)...)
	fmt.Fprintf(&b, "6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", len(rows))
	b.Write(rows)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", x)

	if err := checkPrevChain(b.Bytes(), maxObjects(b.Len())); err != errHostile {
		t.Fatalf("checkPrevChain = %v, want errHostile", err)
	}
	wantRules(t, extract(t, b.Bytes()), "unreadable.corrupt@0")
}

// objStmFile puts the page tree's Pages object (7) inside an object
// stream (6) whose data is objStm, with a cross-reference stream.
func objStmFile(objStm string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	objs := []string{
		"<< /Type /Catalog /Pages 7 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /MediaBox [0 0 612 792] >>",
		"null", "null",
		fmt.Sprintf("<< /Type /ObjStm /N 1 /First 4 /Length %d >>\nstream\n%s\nendstream", len(objStm), objStm),
	}
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	row := func(typ byte, a uint32, c uint16) []byte {
		return []byte{typ, byte(a >> 24), byte(a >> 16), byte(a >> 8), byte(a), byte(c >> 8), byte(c)}
	}
	rows := row(0, 0, 65535)
	for _, o := range offs {
		rows = append(rows, row(1, uint32(o), 0)...)
	}
	rows = append(rows, row(2, 6, 0)...)         // 7: in object stream 6
	rows = append(rows, row(1, uint32(x), 0)...) // 8: this xref stream
	fmt.Fprintf(&b, "8 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", len(rows))
	b.Write(rows)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", x)
	return b.Bytes()
}

func TestObjectStreamHexLoop(t *testing.T) {
	// Sound: the Pages object is read from the object stream.
	d := extract(t, objStmFile("7 0 << /Type /Pages /Kids [3 0 R] /Count 1 >>"))
	wantRules(t, d)
	// An unclosed hex string at its end: the library would loop forever.
	d = extract(t, objStmFile("7 0 <41"))
	wantRules(t, d, "unreadable.corrupt@0")
	if !strings.Contains(d.Findings[0].Message, "恶意构造") {
		t.Fatalf("message %q", d.Findings[0].Message)
	}
}

// A font under a predefined CMap has its W array indexed by CID, which the
// CMap gives (UniGB-UCS2-H: ASCII from CID 1; GBK-EUC-H: from 814), not by
// the code: ReportLab's STSong-Light digits are 0.462 em, and an ID drawn
// as two pieces, the second first, right where the first ends, reads in
// order only with those widths.
func TestPredefinedCMapWidths(t *testing.T) {
	for _, c := range []struct {
		enc, label, first, second, widths string
	}{
		{"UniGB-UCS2-H", "53f77801ff1a", "003400340030003300300036003100390039", "003200300032003200380035003600310032",
			"[17 [462 462 462 462 462 462 462 462 462 462]]"},
		{"GBK-EUC-H", "BAC5C2EBA3BA", "343430333036313939", "323032323835363132",
			"[829 [462 462 462 462 462 462 462 462 462 462]]"},
	} {
		// 号码： is three ideographs of 12 points; the first piece, nine
		// digits of 5.544, ends at 157.896, where the second is drawn.
		content := "BT 1 0 0 1 72 700 Tm /F1 12 Tf <" + c.label + "> Tj ET " +
			"BT 1 0 0 1 157.896 700 Tm /F1 12 Tf <" + c.second + "> Tj ET " +
			"BT 1 0 0 1 108 700 Tm /F1 12 Tf <" + c.first + "> Tj ET"
		objs := []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
			"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /" + c.enc + " /DescendantFonts [6 0 R] >>",
			"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000 /W " + c.widths +
				" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>",
		}
		d := extract(t, hand("%PDF-1.4\n", objs, "/Root 1 0 R", false))
		if got := pageTexts(d)[1]; got != "号码：440306199202285612" {
			t.Errorf("%s: text = %q", c.enc, got)
		}
	}
}

// TestStreamFilters reads pages whose content streams and character map
// are written with each filter a producer may use, and chains of them
// (mutool clean -a writes every stream in ASCII hex; old producers wrote
// LZW and run-length data): the text is read as from a plain stream.
func TestStreamFilters(t *testing.T) {
	for _, fs := range [][]string{
		{"ASCIIHexDecode"}, {"AHx", "Fl"}, {"ASCII85Decode", "FlateDecode"}, {"A85"},
		{"RunLengthDecode"}, {"RL"}, {"LZWDecode"}, {"AHx", "LZW"}, {"Fl"},
	} {
		b := pdftest.Doc{Filters: fs, Pages: []pdftest.Page{pdftest.Lines("联系电话：13912345678", "0000000000000000 aaaa")}}.Build()
		d := extract(t, b)
		wantRules(t, d)
		if p := pageTexts(d); !strings.Contains(p[1], "联系电话：13912345678") || !strings.Contains(p[1], "0000000000000000") {
			t.Errorf("%v: page text %q", fs, p[1])
		}
	}
	// Data cut short, its end-of-data marker lost, is reported, never
	// read in part; a /Length too small is no cut: the data runs to its
	// endstream, as other readers take it.
	lines := pdftest.Lines("第一行", "第二行", "第三行", "联系电话：13912345678")
	for _, fs := range [][]string{{"AHx"}, {"A85"}, {"RL"}, {"Fl"}, {"LZW"}} {
		b := pdftest.Doc{Filters: fs, CutContent: true, Pages: []pdftest.Page{lines}}.Build()
		if d := extract(t, b); len(d.Findings) == 0 || !strings.HasPrefix(d.Findings[0].Rule, "unreadable.") {
			t.Errorf("%v cut short: findings %+v", fs, d.Findings)
		}
		b = pdftest.Doc{Filters: fs, Pages: []pdftest.Page{lines}}.Build()
		d := extract(t, shortLastLength(t, b))
		wantRules(t, d)
		if p := pageTexts(d); !strings.Contains(p[1], "13912345678") {
			t.Errorf("%v with a /Length too small: page text %q", fs, p[1])
		}
	}
	for _, length := range []string{"0", "7", "999", "7.0"} {
		b := pdftest.Doc{Pages: []pdftest.Page{lines}}.Build()
		d := extract(t, setLastLength(t, b, length))
		wantRules(t, d)
		if p := pageTexts(d); !strings.Contains(p[1], "13912345678") {
			t.Errorf("/Length %s of an unfiltered stream: page text %q", length, p[1])
		}
	}
	// A filter no reader knows is reported, never read as nothing.
	b := pdftest.Doc{Pages: []pdftest.Page{pdftest.Lines("正文")}}.Build()
	b = bytes.Replace(b, []byte("/Length"), []byte("/Filter /JBIG9Decode /Length"), 1)
	if d := extract(t, b); len(d.Findings) == 0 {
		t.Errorf("unknown filter: no finding, parts %+v", d.Parts)
	}
}

// TestStandardFontWidths checks that a number drawn in two pieces, the
// second first, in a standard font with no widths of its own (as mutool
// create writes Helvetica) is placed by the font's own metrics and read
// as one number; and which font names stand for the standard 14.
func TestStandardFontWidths(t *testing.T) {
	p := pdftest.Lines("联系手机：")
	// The label ends at 72 + 5 × 6 = 102 points; seven Helvetica digits
	// at 11 points are 7 × 0.556 × 11 = 42.81 points wide.
	p.Raw = "BT /F2 11 Tf 144.81 770 Td (2468) Tj ET BT /F2 11 Tf 102 770 Td (1395711) Tj ET"
	d := extract(t, synthetic(p))
	wantRules(t, d)
	if text := pageTexts(d)[1]; !strings.Contains(text, "13957112468") {
		t.Errorf("page text %q", text)
	}
	for name, want := range map[string]string{
		"Helvetica": "Helvetica", "ABCDEF+Helvetica-Bold": "Helvetica-Bold", "Arial,BoldItalic": "Helvetica-BoldOblique",
		"ArialMT": "Helvetica", "Arial-BoldMT": "Helvetica-Bold", "TimesNewRomanPSMT": "Times-Roman",
		"TimesNewRomanPS-BoldItalicMT": "Times-BoldItalic", "Times-Italic": "Times-Italic", "CourierNew,Bold": "Courier-Bold",
		"Courier": "Courier", "Symbol": "Symbol", "ZapfDingbats": "ZapfDingbats", "SimSun": "", "STSong-Light": "",
		"Helvetica-Narrow": "", "Helvetica-Condensed": "", "Arial-Black": "", "Times-Light": "", "Arial-ItalicMT": "Helvetica-Oblique",
		"TimesNewRoman,Regular": "Times-Roman",
	} {
		if got := standardName(name); got != want {
			t.Errorf("standardName(%q) = %q, want %q", name, got, want)
		}
		if ws := standardWidths(name); (ws != nil) != (want != "") || ws != nil && ws['1'] == 0 {
			t.Errorf("standardWidths(%q): %d widths", name, len(ws))
		}
	}
	if ws := standardWidths("Courier"); ws['1'] != 600 || ws['i'] != 600 {
		t.Errorf("Courier widths %v %v", ws['1'], ws['i'])
	}
}

// shortLastLength halves the /Length of a file's last stream (pdftest
// writes the pages' content last).
func shortLastLength(t *testing.T, b []byte) []byte {
	t.Helper()
	return setLastLength(t, b, "half")
}

// setLastLength writes length (or half the stream's, for "half") as the
// /Length of a file's last stream, in a field as wide as the one written
// so that the cross-reference table stays valid.
func setLastLength(t *testing.T, b []byte, length string) []byte {
	t.Helper()
	start := bytes.LastIndex(b, []byte(">>\nstream\n"))
	lenAt := bytes.LastIndex(b[:max(start, 0)], []byte("/Length "))
	if start < 0 || lenAt < 0 {
		t.Fatal("no stream to change")
	}
	at := lenAt + len("/Length ")
	end := at
	for b[end] >= '0' && b[end] <= '9' {
		end++
	}
	if length == "half" {
		n, _ := strconv.Atoi(string(b[at:end]))
		length = strconv.Itoa(n / 2)
	}
	out := bytes.Clone(b)
	// The field is the number and the spaces before " >>".
	field := out[at:start]
	if len(length) > len(field) {
		t.Fatalf("/Length %s does not fit in %q", length, field)
	}
	copy(field, fmt.Sprintf("%-*s", len(field), length))
	return out
}
