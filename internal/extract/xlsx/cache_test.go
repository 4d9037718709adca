package xlsx

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

// withMembers is the workbook data with extra members added.
func withMembers(t *testing.T, data []byte, extra ...ziptest.Entry) []byte {
	t.Helper()
	return ziptest.Zip(append(members(t, data), extra...)...)
}

// rules returns d's findings with rule, "file: message".
func rules(d *doc.Document, rule string) []string {
	var out []string
	for _, f := range d.Findings {
		if f.Rule == rule {
			out = append(out, f.Location.File+": "+f.Message)
		}
	}
	return out
}

func TestSheetNames(t *testing.T) {
	d := extractOK(t, book(t, func(f *excelize.File) {
		must(f.SetSheetName("Sheet1", "秘密★1年"))
		must(f.SetCellValue("秘密★1年", "A1", "名单"))
		f.NewSheet("110105198503071230")
		f.NewSheet("隐藏表")
		must(f.SetSheetVisible("隐藏表", false))
	}))
	var got []string
	for _, p := range d.Parts {
		if p.Kind == KindSheetName {
			got = append(got, p.Sheet+"|"+p.File+"|"+p.Hidden+"|"+p.Text)
		}
	}
	want := []string{"秘密★1年|xl/workbook.xml||秘密★1年\n", "110105198503071230|xl/workbook.xml||110105198503071230\n", "隐藏表|xl/workbook.xml||隐藏表\n"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("sheet names = %q\nwant %q", got, want)
	}
	if d.Parts[0].Kind != doc.Sheet {
		t.Errorf("first part is %s, want the first sheet", d.Parts[0].Kind)
	}
}

func TestEmbedded(t *testing.T) {
	data := withMembers(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "名单")) }),
		ziptest.Entry{Name: "xl/embeddings/Microsoft_Word_Document.docx", Body: "PK"},
		ziptest.Entry{Name: "xl/activeX/activeX1.xml", Body: `<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>`},
	)
	d, _ := Extract(data, doc.DefaultLimits())
	got := rules(d, docx.RuleEmbedded)
	if len(d.Embedded) != 1 || d.Embedded[0].Name != "xl/embeddings/Microsoft_Word_Document.docx" {
		t.Errorf("embedded = %+v", d.Embedded)
	}
	want := []string{
		"xl/activeX/activeX1.xml: 文档含有ActiveX控件（xl/activeX/activeX1.xml），其中的数据未能自动审查，请删除控件后重新提交，或由人工审查",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s", ziptest.Diff(strings.Join(want, "\n"), strings.Join(got, "\n")))
	}
	for _, f := range d.Findings {
		if f.Rule == docx.RuleEmbedded && (f.Category != report.Unreadable || f.Severity != report.Review) {
			t.Errorf("finding = %+v", f)
		}
	}
}

const (
	pivotDef = `<?xml version="1.0" encoding="UTF-8"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" recordCount="2">` +
		`<cacheSource type="worksheet"><worksheetSource ref="A1:C3" sheet="已删除的名单"/></cacheSource><cacheFields count="3">` +
		`<cacheField name="姓名" numFmtId="0"><sharedItems count="2"><s v="张某某"/><s v="李某某"/></sharedItems></cacheField>` +
		`<cacheField name="身份证号" numFmtId="0"><sharedItems/></cacheField>` +
		`<cacheField name="金额" numFmtId="0"><sharedItems containsNumber="1" minValue="1" maxValue="5"/></cacheField></cacheFields></pivotCacheDefinition>`
	pivotRecords = `<?xml version="1.0" encoding="UTF-8"?><pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2">` +
		`<r><x v="0"/><s v="110105198503071230"/><n v="1"/></r><r><x v="1"/><n v="4.40306199208154E+17"/><n v="5"/></r></pivotCacheRecords>`
	extLink = `<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1">` +
		`<sheetNames><sheetName val="内部名单"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="s"><v>秘密★1年</v></cell><cell r="B1"><v>3</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`
	extRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///\\10.1.2.3\共享\名单.xlsx" TargetMode="External"/></Relationships>`
)

func TestCaches(t *testing.T) {
	data := withMembers(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "汇总")) }),
		ziptest.Entry{Name: "xl/pivotCache/pivotCacheDefinition1.xml", Body: pivotDef},
		ziptest.Entry{Name: "xl/pivotCache/pivotCacheRecords1.xml", Body: pivotRecords},
		ziptest.Entry{Name: "xl/externalLinks/externalLink1.xml", Body: extLink},
		ziptest.Entry{Name: "xl/externalLinks/_rels/externalLink1.xml.rels", Body: extRels},
	)
	d := extractOK(t, data)
	got := map[string]doc.Part{}
	for _, p := range d.Parts {
		got[p.File] = p
	}
	for _, w := range []doc.Part{
		{Kind: KindPivotCache, File: "xl/pivotCache/pivotCacheDefinition1.xml", Hidden: HiddenPivotCache,
			Text: "已删除的名单\n姓名\t张某某\t李某某\n身份证号\n金额\n"},
		{Kind: KindPivotCache, File: "xl/pivotCache/pivotCacheRecords1.xml", Hidden: HiddenPivotCache,
			Text: "110105198503071230\t1\n4.40306199208154E+17\t5\n"},
		{Kind: KindExternalLink, File: "xl/externalLinks/externalLink1.xml", Hidden: HiddenExternalLink,
			Text: "链接到: file:///\\\\10.1.2.3\\共享\\名单.xlsx\n内部名单\n秘密★1年\t3\n"},
	} {
		g := got[w.File]
		if g.Kind != w.Kind || g.Hidden != w.Hidden || g.Text != w.Text {
			t.Errorf("%s: got %s %q %q\nwant %s %q %q", w.File, g.Kind, g.Hidden, g.Text, w.Kind, w.Hidden, w.Text)
		}
	}
	if got := rules(d, "id_card.stored_as_number"); len(got) != 1 || !strings.HasPrefix(got[0], "xl/pivotCache/pivotCacheRecords1.xml: ") {
		t.Errorf("stored_as_number findings = %q", got)
	}
}

// TestDamagedCache: a cache whose XML breaks half way (an unquoted
// attribute, which the archive check does not parse) keeps what was read
// and is reported.
func TestDamagedCache(t *testing.T) {
	const name = "xl/pivotCache/pivotCacheRecords1.xml"
	data := withMembers(t, book(t, func(f *excelize.File) { must(f.SetCellValue("Sheet1", "A1", "汇总")) }),
		ziptest.Entry{Name: name, Body: `<pivotCacheRecords><r><s v="读到的"/></r><r><s v=x/></r></pivotCacheRecords>`})
	d, _ := Extract(data, doc.DefaultLimits())
	if got := rules(d, "unreadable.corrupt"); len(got) != 1 || !strings.HasPrefix(got[0], name+": ") {
		t.Errorf("findings = %q", got)
	}
	var text string
	for _, p := range d.Parts {
		if p.File == name {
			text = p.Text
		}
	}
	if text != "读到的\n" {
		t.Errorf("text read before the damage = %q", text)
	}
}

func pngOf(t *testing.T) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestImageOnly(t *testing.T) {
	pic := func(f *excelize.File) {
		must(f.AddPictureFromBytes("Sheet1", "B2", &excelize.Picture{Extension: ".png", File: pngOf(t)}))
	}
	for _, tt := range []struct {
		name  string
		build func(f *excelize.File)
		want  bool
	}{
		{"picture only", pic, true},
		{"picture and cells", func(f *excelize.File) { pic(f); must(f.SetCellValue("Sheet1", "A1", "名单")) }, false},
		{"no picture", func(f *excelize.File) {}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := Extract(book(t, tt.build), doc.DefaultLimits())
			got := rules(d, docx.RuleImageOnly)
			if tt.want != (len(got) == 1) || len(got) > 1 {
				t.Errorf("image_only findings = %q, want %v", got, tt.want)
			}
		})
	}
}
