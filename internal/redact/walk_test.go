package redact

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/report"
)

// cleanPart cleans one XML part with a masker of the default options
// and returns it.
func cleanPart(t *testing.T, name, data string, clean func(p *pkg) error) string {
	t.Helper()
	m := newMasker(scanner().Engine(), Options{Operator: Mask}, nil)
	p := &pkg{names: []string{name}, data: map[string][]byte{canon(name): []byte(data)}, gone: map[string]bool{}, lim: fuzzLimits, counts: map[string]int{}, m: m, changed: map[string]bool{}}
	if err := clean(p); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return string(p.data[canon(name)])
}

func TestWalk(t *testing.T) {
	docx := func(r xmlRules) func(p *pkg) error {
		return func(p *pkg) error { return p.cleanXML("word/document.xml", &r) }
	}
	hiddenStyle := docxRules
	hiddenStyle.hidden = map[string]bool{"HiddenNote": true}
	tests := []struct {
		name, in, want string
		clean          func(p *pkg) error
	}{
		{"a mobile over three runs keeps each run",
			`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>手机139</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>1234</w:t></w:r><w:r><w:t xml:space="preserve">5678 </w:t></w:r></w:p>`,
			`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>手机139</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>****</w:t></w:r><w:r><w:t xml:space="preserve">5678 </w:t></w:r></w:p>`,
			docx(docxRules)},
		{"tracked changes accepted",
			`<w:p><w:r><w:t>A</w:t></w:r><w:ins w:id="1" w:author="x"><w:r><w:t>新</w:t></w:r></w:ins><w:del w:id="2" w:author="x"><w:r><w:delText>旧</w:delText></w:r></w:del><w:r><w:rPr><w:b/><w:rPrChange w:id="3"><w:rPr/></w:rPrChange></w:rPr><w:t>B</w:t></w:r></w:p>`,
			`<w:p><w:r><w:t>A</w:t></w:r><w:r><w:t>新</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>B</w:t></w:r></w:p>`,
			docx(docxRules)},
		{"hidden runs removed, vanish off kept",
			`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显</w:t></w:r></w:p>`,
			`<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显</w:t></w:r></w:p>`,
			docx(docxRules)},
		{"a run hidden by its character style removed",
			`<w:p><w:r><w:rPr><w:rStyle w:val="HiddenNote"/></w:rPr><w:t>13912345678</w:t></w:r><w:r><w:t>正文</w:t></w:r></w:p>`,
			`<w:p><w:r><w:t>正文</w:t></w:r></w:p>`,
			docx(hiddenStyle)},
		{"a table row deleted by revision goes",
			`<w:tbl><w:tr><w:trPr><w:del w:id="1" w:author="x"/></w:trPr><w:tc><w:p><w:r><w:t>删</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>留</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
			`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>留</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
			docx(docxRules)},
		{"comment anchors removed",
			`<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>文</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>`,
			`<w:p><w:r><w:t>文</w:t></w:r><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr></w:r></w:p>`,
			docx(docxRules)},
		{"alt text masked",
			`<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="身份证 110101199003074514"/></wp:inline></w:drawing></w:r></w:p>`,
			`<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="身份证 110101********4514"/></wp:inline></w:drawing></w:r></w:p>`,
			docx(docxRules)},
		{"an ID wrapped over two paragraphs of one cell",
			`<w:tc><w:p><w:r><w:t>110101199003</w:t></w:r></w:p><w:p><w:r><w:t>074514</w:t></w:r></w:p></w:tc>`,
			`<w:tc><w:p><w:r><w:t>110101******</w:t></w:r></w:p><w:p><w:r><w:t>**4514</w:t></w:r></w:p></w:tc>`,
			docx(docxRules)},
		{"escaped text stays escaped",
			`<w:p><w:r><w:t>A&amp;B 手机13912345678 &lt;</w:t></w:r></w:p>`,
			`<w:p><w:r><w:t>A&amp;B 手机139****5678 &lt;</w:t></w:r></w:p>`,
			docx(docxRules)},
		{"a hidden shape removed",
			`<p:spTree><p:sp><p:nvSpPr><p:cNvPr id="2" name="备注" hidden="1"/></p:nvSpPr><p:txBody><a:p><a:r><a:t>隐藏</a:t></a:r></a:p></p:txBody></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="正文"/></p:nvSpPr><p:txBody><a:p><a:r><a:t>手机139</a:t></a:r><a:r><a:rPr b="1"/><a:t>12345678</a:t></a:r></a:p></p:txBody></p:sp></p:spTree>`,
			`<p:spTree><p:sp><p:nvSpPr><p:cNvPr id="3" name="正文"/></p:nvSpPr><p:txBody><a:p><a:r><a:t>手机139</a:t></a:r><a:r><a:rPr b="1"/><a:t>****5678</a:t></a:r></a:p></p:txBody></p:sp></p:spTree>`,
			func(p *pkg) error { return p.cleanXML("ppt/slides/slide1.xml", &pptxRules) }},
		{"sheet: a number that is a mobile, a hidden row, a hidden column",
			`<worksheet><cols><col min="3" max="3" hidden="1"/></cols><sheetData><row r="1"><c r="A1" s="2"><v>13912345678</v></c><c r="B1"><v>12</v></c><c r="C1" t="s"><v>0</v></c></row><row r="2" hidden="1"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`,
			`<worksheet><cols><col min="3" max="3" hidden="1"/></cols><sheetData><row r="1"><c r="A1" s="2" t="inlineStr"><is><t>139****5678</t></is></c><c r="B1"><v>12</v></c></row><row r="2" hidden="1"></row></sheetData></worksheet>`,
			func(p *pkg) error { return p.cleanSheet("xl/worksheets/sheet1.xml") }},
		{"OFD: a value the scan read across text objects; text not drawn goes",
			`<ofd:Page><ofd:Content><ofd:Layer><ofd:TextObject ID="1"><ofd:TextCode X="0" Y="1" DeltaX="g 5 2">110101</ofd:TextCode></ofd:TextObject><ofd:TextObject ID="2"><ofd:TextCode X="0" Y="1" DeltaX="g 11 2">199003074514</ofd:TextCode></ofd:TextObject><ofd:TextObject ID="3" Visible="false"><ofd:TextCode>备注</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`,
			`<ofd:Page><ofd:Content><ofd:Layer><ofd:TextObject ID="1"><ofd:TextCode X="0" Y="1" DeltaX="g 5 2">110101</ofd:TextCode></ofd:TextObject><ofd:TextObject ID="2"><ofd:TextCode X="0" Y="1" DeltaX="g 11 2">********4514</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`,
			func(p *pkg) error {
				// The extractor reads the line by glyph positions and
				// finds the ID; the walker masks it where it stands.
				p.m = newMasker(scanner().Engine(), Options{Operator: Mask}, map[string]report.Category{"110101199003074514": report.IDCard})
				r := ofdRules
				r.invisible = set("TextObject")
				return p.cleanXML("Doc_0/Pages/Page_0/Content.xml", &r)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "word/document.xml"
			switch {
			case strings.HasPrefix(tt.in, "<p:"):
				name = "ppt/slides/slide1.xml"
			case strings.HasPrefix(tt.in, "<worksheet"):
				name = "xl/worksheets/sheet1.xml"
			case strings.HasPrefix(tt.in, "<ofd:"):
				name = "Doc_0/Pages/Page_0/Content.xml"
			}
			if got := cleanPart(t, name, tt.in, tt.clean); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestPivotCache(t *testing.T) {
	recs := `<pivotCacheRecords count="1"><r><s v="赵六"/><s v="13912345678"/><n v="12"/></r></pivotCacheRecords>`
	got := cleanPart(t, "xl/pivotCache/pivotCacheRecords1.xml", recs, func(p *pkg) error { return p.pivotCaches() })
	if want := strings.Replace(recs, "13912345678", "139****5678", 1); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestExternalLinks(t *testing.T) {
	rels := `<Relationships><Relationship Id="rId1" Type="t" Target="tel:13912345678" TargetMode="External"/><Relationship Id="rId2" Type="t" Target="styles.xml"/></Relationships>`
	got := cleanPart(t, "word/_rels/document.xml.rels", rels, func(p *pkg) error { _, err := p.finish(); return err })
	if want := strings.Replace(rels, "tel:13912345678", "tel:139****5678", 1); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
