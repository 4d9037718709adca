package docx

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

// findings returns d's findings with rule, as "rule file: message".
func findings(d *doc.Document, rule string) []string {
	var out []string
	for _, f := range d.Findings {
		if f.Rule == rule {
			if f.Category != report.Unreadable || f.Severity != report.Review {
				out = append(out, "bad category or severity: "+string(f.Category)+" "+string(f.Severity))
			}
			out = append(out, f.Rule+" "+f.Location.File+": "+f.Message)
		}
	}
	return out
}

func TestEmbedded(t *testing.T) {
	d, _ := Extract(docxOf(p(r("正文，附表见内嵌对象。")),
		ziptest.Entry{Name: "word/embeddings/Microsoft_Excel_Worksheet.xlsx", Body: "PK not read"},
		ziptest.Entry{Name: "word/embeddings/oleObject1.bin", Body: "\xd0\xcf\x11\xe0"},
		ziptest.Entry{Name: "word/activeX/activeX1.xml", Body: `<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>`},
		ziptest.Entry{Name: "word/activeX/activeX1.bin", Body: "x"},
		ziptest.Entry{Name: "word/vbaProject.bin", Body: "x"},
		ziptest.Entry{Name: "word/objects/oleObject7.bin", Body: "x"},
	), doc.DefaultLimits())
	got := findings(d, "unreadable.embedded")
	want := []string{
		"unreadable.embedded word/embeddings/oleObject1.bin: 文档内嵌了其他文件（word/embeddings/oleObject1.bin），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查",
		"unreadable.embedded word/objects/oleObject7.bin: 文档含有OLE对象（word/objects/oleObject7.bin），未能自动审查其内容，请删除内嵌对象后重新提交，或由人工审查",
		"unreadable.embedded word/activeX/activeX1.bin: 文档含有ActiveX控件（word/activeX/activeX1.bin 等2个），其中的数据未能自动审查，请删除控件后重新提交，或由人工审查",
		"unreadable.embedded word/vbaProject.bin: 文档含有宏代码（word/vbaProject.bin），未能自动审查其内容，请另存为不含宏的文档后重新提交，或由人工审查",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s", ziptest.Diff(strings.Join(want, "\n"), strings.Join(got, "\n")))
	}
	// The embedded workbook goes back to the dispatcher, which reads it.
	if len(d.Embedded) != 1 || d.Embedded[0].Name != "word/embeddings/Microsoft_Excel_Worksheet.xlsx" || string(d.Embedded[0].Data) != "PK not read" {
		t.Errorf("embedded = %+v", d.Embedded)
	}
}

func TestAltChunk(t *testing.T) {
	d, _ := Extract(docxOf(p(r("正文"))+`<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/>`,
		ziptest.Entry{Name: "word/afchunk.mht", Body: "MIME-Version: 1.0\r\n\r\n秘密★1年"},
	), doc.DefaultLimits())
	if got := findings(d, "unreadable.embedded"); len(got) != 1 || !strings.Contains(got[0], "导入了其他格式的内容") {
		t.Errorf("findings = %q", got)
	}
}

// TestAltChunkRead: the parts that w:altChunk imports go to the
// dispatcher, which reads them (a document, an HTML page, a web archive);
// one whose relationship is missing is reported unreadable, one of the
// four.
func TestAltChunkRead(t *testing.T) {
	const rns = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	chunk := func(id string) string { return `<w:altChunk ` + rns + ` r:id="` + id + `"/>` }
	rel := func(id, target string) string {
		return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="` + target + `"/>`
	}
	d, _ := Extract(docxOf(p(r("正文"))+chunk("rIdH")+chunk("rIdD")+chunk("rIdM")+chunk("rIdGone")+chunk("rIdH"),
		ziptest.Entry{Name: "word/_rels/document.xml.rels", Body: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			rel("rIdH", "afchunk.htm") + rel("rIdD", "/word/chunk1.docx") + rel("rIdM", "afchunk.mht") + `</Relationships>`},
		ziptest.Entry{Name: "word/afchunk.htm", Body: "<p>身份证号 110101199003074514</p>"},
		ziptest.Entry{Name: "word/chunk1.docx", Body: "PK inner"},
		ziptest.Entry{Name: "word/afchunk.mht", Body: "MIME-Version: 1.0\r\n\r\n秘密★1年"},
	), doc.DefaultLimits())
	var names []string
	for _, e := range d.Embedded {
		names = append(names, e.Name)
	}
	if strings.Join(names, " ") != "word/afchunk.htm word/chunk1.docx word/afchunk.mht" || string(d.Embedded[0].Data) != "<p>身份证号 110101199003074514</p>" {
		t.Errorf("embedded = %q", names)
	}
	if got := findings(d, "unreadable.embedded"); len(got) != 1 || !strings.Contains(got[0], "中1处") {
		t.Errorf("findings = %q", got)
	}
}

func TestCustomXML(t *testing.T) {
	// Word's empty bibliography and the item properties carry no text.
	empty := ziptest.Entry{Name: "customXml/item1.xml", Body: `<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL" StyleName="APA"/>`}
	props := ziptest.Entry{Name: "customXml/itemProps1.xml", Body: `<?xml version="1.0"?><ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" ds:itemID="{EF278816-EC6F-A645-907D-7F25AECB1D4A}"><ds:schemaRefs><ds:schemaRef ds:uri="x"/></ds:schemaRefs></ds:datastoreItem>`}
	got := parts(t, docxOf(p(r("正文")), empty, props))
	if _, ok := got[KindCustomXML]; ok {
		t.Errorf("an empty custom XML item made a part: %q", got[KindCustomXML])
	}
	data := docxOf(p(r("正文")), empty, props, ziptest.Entry{Name: "customXml/item2.xml",
		Body: `<?xml version="1.0"?><root><密级>秘密★1年</密级><联系人><证件>110105198503071230</证件></联系人></root>`})
	d, _ := Extract(data, doc.DefaultLimits())
	var found bool
	for _, p := range d.Parts {
		if p.Kind == KindCustomXML {
			found = true
			if p.File != "customXml/item2.xml" || p.Hidden != HiddenCustomXML || p.Text != "秘密★1年\n110105198503071230\n" {
				t.Errorf("part = %+v", p)
			}
		}
	}
	if !found {
		t.Errorf("custom XML text not read: %+v", d.Parts)
	}
}

// drawingOf is a run holding an inline picture of media/image<n>.
func drawingOf(n string) string {
	return `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
		`<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
		`<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId` + n + `"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
}

func TestImageOnly(t *testing.T) {
	media := func(n string) ziptest.Entry {
		return ziptest.Entry{Name: "word/media/image" + n + ".png", Body: "\x89PNG"}
	}
	vml := `<w:r><w:pict><v:shape><v:imagedata xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId3"/></v:shape></w:pict></w:r>`
	prose := "根据有关规定，现将本年度补贴资金发放情况公告如下，请相互转告。"
	for _, tt := range []struct {
		name string
		data []byte
		want bool
	}{
		{"scanned pages", docxOf(p(drawingOf("1"))+p(drawingOf("2"))+p(""), media("1"), media("2")), true},
		{"one line per page", docxOf(p(r("第一页"))+p(drawingOf("1"))+p(r("第二页"))+p(drawingOf("2")), media("1"), media("2")), true},
		{"vml picture", docxOf(p(vml), media("3")), true},
		{"pictures in a group", docxOf(p(`<w:r><w:drawing><wpg:wgp xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"/><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"/></wpg:wgp></w:drawing></w:r>`)+p(r("二十个字以内的说明")), media("1")), true},
		{"prose with a photo", docxOf(p(r(prose))+p(drawingOf("1")), media("1")), false},
		{"no pictures", docxOf(p(r("短文")), media("1")), false},
		{"picture linked, not stored", docxOf(p(drawingOf("1"))), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := Extract(tt.data, doc.DefaultLimits())
			got := findings(d, "unreadable.image_only")
			if tt.want != (len(got) > 0) {
				t.Fatalf("findings = %q, want one: %v", got, tt.want)
			}
			if tt.want && !strings.Contains(got[0], "文档正文为图片，无法读取文字，需人工审查") {
				t.Errorf("message: %q", got[0])
			}
		})
	}
}

// TestDocVars: the document variables of settings.xml, which Word shows
// nowhere, are read as metadata, one line each; settings without them
// add nothing.
func TestDocVars(t *testing.T) {
	plain := ziptest.Entry{Name: "word/settings.xml", Body: `<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/></w:settings>`}
	d, _ := Extract(docxOf(p(r("正文")), plain), doc.DefaultLimits())
	for _, p := range d.Parts {
		if p.File == "word/settings.xml" {
			t.Errorf("settings without variables made a part: %+v", p)
		}
	}
	vars := ziptest.Entry{Name: "word/settings.xml", Body: `<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docVars>` +
		`<w:docVar w:name="密级" w:val="机密★1年"/><w:docVar w:name="ngr" w:val="拟稿人 张三
 证件 110105198503071230"/><w:docVar w:name="empty" w:val=""/></w:docVars></w:settings>`}
	d, _ = Extract(docxOf(p(r("正文")), vars), doc.DefaultLimits())
	var got string
	for _, p := range d.Parts {
		if p.File == "word/settings.xml" && p.Kind == doc.MetadataPart {
			got += p.Text
		}
	}
	if want := "文档变量 密级: 机密★1年\n文档变量 ngr: 拟稿人 张三 证件 110105198503071230\n"; got != want {
		t.Errorf("variables = %q, want %q", got, want)
	}
}
