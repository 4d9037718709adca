package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

// maxSeed leaves the largest hostile files (the 1 MB zip bomb) out of the
// fuzz corpus: mutating them is slow, and TestMalformed covers them.
const maxSeed = 256 << 10

// seeds are the fixtures of testdata/docs and testdata/malformed.
func seeds(tb testing.TB, pattern string) [][]byte {
	var out [][]byte
	for _, dir := range []string{fixtures, "../../../testdata/malformed", "testdata", encodings} {
		files, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil && len(b) <= maxSeed {
				out = append(out, b)
			}
		}
	}
	return out
}

// FuzzExtract checks that no input makes the extractor panic (extract runs
// without Extract's recover), break its limits, or report anything but
// unreadable findings with a message.
func FuzzExtract(f *testing.F) {
	for _, b := range seeds(f, "*.docx") {
		f.Add(b)
	}
	f.Add(docxOf(p(r("机密"), `<w:del><w:r><w:delText>删</w:delText></w:r></w:del>`, `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r>`)))
	f.Add(docxOf(p(`<w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1"><v:textpath string="内部资料"/></v:shape></w:pict></w:r>`,
		`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList><w:listEntry w:val="甲"/></w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText>HYPERLINK "http://10.1.1.1/"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
		`<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="乙" w:value="1"/></w:dropDownList></w:sdtPr><w:sdtContent>`+r("丙")+`</w:sdtContent></w:sdt>`),
		ziptest.Entry{Name: "word/_rels/document.xml.rels", Body: `<Relationships><Relationship Id="r1" Target="http://10.1.1.1/%E5%86%85" TargetMode="External"/></Relationships>`}))
	f.Add([]byte("PK\x03\x04"))
	lim := doc.DefaultLimits()
	lim.MaxUnzipBytes = 4 << 20
	lim.MaxTextRunes = 1 << 16
	lim.MaxXMLDepth = 64
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &doc.Document{Format: "docx"}
		st := time.Now()
		extract(d, data, lim)
		if el := time.Since(st); el > ziptest.HangAfter {
			t.Fatalf("took %v", el)
		}
		runes := 0
		for _, p := range d.Parts {
			if p.Kind == "" || !utf8.ValidString(p.Text) {
				t.Fatalf("bad part %+v", p)
			}
			checkCells(t, p)
			if p.Kind != doc.MetadataPart {
				runes += utf8.RuneCountInString(p.Text)
			}
		}
		if runes > lim.MaxTextRunes {
			t.Fatalf("%d runes over the limit", runes)
		}
		for _, f := range d.Findings {
			if !strings.HasPrefix(f.Rule, "unreadable.") || f.Message == "" {
				t.Fatalf("bad finding %+v", f)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"hidden_parts.docx", "header_marking.docx", "clean.docx"} {
		data, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			b.Skip(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				d, _ := Extract(data, doc.DefaultLimits())
				if len(d.Findings) != 0 || len(d.Parts) < 2 {
					b.Fatalf("unexpected result: %d parts, findings %v", len(d.Parts), d.Findings)
				}
			}
		})
	}
	// A long document: 3000 paragraphs of varied text in several runs, as a
	// 100-page report would have, so that it compresses like real prose.
	long := docxOf(longBody(3000), ziptest.Entry{Name: "word/header1.xml", Body: wdoc("hdr", p(r("页眉")))})
	b.Run("long.docx", func(b *testing.B) {
		b.SetBytes(int64(len(long)))
		b.ReportAllocs()
		for b.Loop() {
			d, _ := Extract(long, doc.DefaultLimits())
			if len(d.Findings) != 0 || len(d.Parts) != 2 {
				b.Fatalf("unexpected result: %d parts, findings %v", len(d.Parts), d.Findings)
			}
		}
	})
}

// longBody returns n paragraphs of pseudo-random prose.
func longBody(n int) string {
	const pool = "根据中华人民共和国政府信息公开条例规定现就年度报告编制工作通知如下请各单位认真贯彻落实区县乡镇街道农业农村交通运输财政教育卫生健康市场监督管理局办公室2024年月日第一二三四五六七八九十条款项"
	chars := []rune(pool)
	seed := uint32(1)
	next := func() rune {
		seed = seed*1664525 + 1013904223
		return chars[int(seed>>8)%len(chars)]
	}
	var b strings.Builder
	for range n {
		b.WriteString("<w:p>")
		for range 3 {
			var run strings.Builder
			for range 20 {
				run.WriteRune(next())
			}
			b.WriteString(`<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>` + run.String() + `</w:t></w:r>`)
		}
		b.WriteString("</w:p>")
	}
	return b.String()
}
