package redact

import (
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/report"
)

// fuzzLimits keep each fuzzed call cheap.
var fuzzLimits = doc.Limits{MaxFileBytes: 1 << 20, MaxUnzipBytes: 4 << 20, MaxZipRatio: 200, MaxZipEntries: 64, MaxXMLDepth: 64, MaxPages: 4, MaxTextRunes: 1 << 16}

func fuzzMasker() *masker {
	return newMasker(scanner().Engine(), Options{Operator: Mask}, map[string]report.Category{"13912345678": report.MobilePhone})
}

// FuzzCleanXML runs the part walkers of DOCX, XLSX and PPTX over
// arbitrary bytes: no panic, and what they write is well-formed XML with
// the same nesting bound.
func FuzzCleanXML(f *testing.F) {
	for _, file := range []string{"lo-html.docx", "npm-xlsx.xlsx", "lo-pptx.pptx"} {
		for name, b := range unzip(f, read(f, file)) {
			switch name {
			case "word/document.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "ppt/slides/slide1.xml":
				f.Add(b)
			}
		}
	}
	f.Add([]byte(`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>139</w:t></w:r><w:ins><w:r><w:t>12345678</w:t></w:r></w:ins><w:del><w:r><w:delText>x</w:delText></w:r></w:del></w:p>`))
	f.Add([]byte(`<Page><Content><Layer><TextObject ID="1" Visible="false"><TextCode X="0" Y="1" DeltaX="g 10 2">13912345678</TextCode></TextObject><TextObject ID="2"><TextCode>139</TextCode><TextCode>12345678</TextCode></TextObject></Layer></Content></Page>`))
	f.Add([]byte(`<row r="1" hidden="1"><c r="A1"><v>13912345678</v></c></row><c r="B1" t="inlineStr"><is><t>13912345678</t></is></c>`))
	m := fuzzMasker()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 64<<10 {
			return
		}
		for _, part := range []string{"word/document.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "ppt/slides/slide1.xml", "Doc_0/Pages/Page_0/Content.xml"} {
			p := &pkg{names: []string{part}, data: map[string][]byte{canon(part): data}, gone: map[string]bool{}, lim: fuzzLimits, counts: map[string]int{}, m: m, changed: map[string]bool{}}
			var err error
			switch part {
			case "word/document.xml":
				err = p.cleanXML(part, &docxRules)
			case "xl/worksheets/sheet1.xml":
				err = p.cleanSheet(part)
			case "xl/sharedStrings.xml":
				err = p.cleanXML(part, &xlsxRules)
			case "Doc_0/Pages/Page_0/Content.xml":
				rules := ofdRules
				rules.invisible = set("TextObject")
				err = p.cleanXML(part, &rules)
			default:
				err = p.cleanXML(part, &pptxRules)
			}
			if err != nil {
				continue
			}
			if _, err := tokens(p.data[canon(part)], fuzzLimits.MaxXMLDepth); err != nil {
				t.Fatalf("%s: cleaning made bad XML: %v", part, err)
			}
		}
	})
}

// FuzzCleanHTML cleans arbitrary pages: no panic.
func FuzzCleanHTML(f *testing.F) {
	f.Add(read(f, "page.html"))
	f.Add(read(f, "lo-source.html"))
	f.Add([]byte(`<div style="display:none"><p>13912345678<!-- x --></div></p><input type=hidden value=1>`))
	m := fuzzMasker()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 64<<10 {
			return
		}
		cleanHTML(m, data)
	})
}
