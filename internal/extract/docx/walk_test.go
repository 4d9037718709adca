package docx

import (
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`

// docxOf builds a .docx whose body is body, plus extra members.
func docxOf(body string, extra ...ziptest.Entry) []byte {
	entries := []ziptest.Entry{{Name: "word/document.xml",
		Body: `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`}}
	return ziptest.Zip(append(entries, extra...)...)
}

// wdoc wraps content in a WordprocessingML root element called root.
func wdoc(root, content string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:` + root + ` ` + ns + `>` + content + `</w:` + root + `>`
}

func p(runs ...string) string { return "<w:p>" + strings.Join(runs, "") + "</w:p>" }
func r(text string) string    { return "<w:r><w:t>" + text + "</w:t></w:r>" }

// parts returns the text of each kind of part of d, keyed "kind" or
// "kind file".
func parts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	d, err := Extract(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Findings {
		t.Errorf("unexpected finding %s %s: %s", f.Rule, f.Location.File, f.Message)
	}
	m := map[string]string{}
	for _, p := range d.Parts {
		m[p.Kind] += p.Text
	}
	return m
}

func TestRunsAndParagraphs(t *testing.T) {
	got := parts(t, docxOf(
		p(r("机密"), `<w:r><w:rPr><w:b/></w:rPr><w:t>★</w:t></w:r>`, r("1"), r("年"))+
			p(`<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>`, r("姓名"), "<w:r><w:tab/></w:r>", r("张某某"), "<w:r><w:br/></w:r>", r("第二行"))+
			`<w:tbl><w:tr><w:tc>`+p(r("123"))+`</w:tc><w:tc>`+p(r("456"))+`</w:tc></w:tr></w:tbl>`+
			p(`<w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>`, r("链接"), `<w:r><w:sym w:font="Symbol" w:char="2605"/><w:sym w:font="Wingdings" w:char="F0AB"/></w:r>`)))
	want := "机密★1年\n姓名\t张某某\n第二行\n123\n456\n链接★★\n" // Symbol 2605 and Wingdings F0AB: both ★
	if got[doc.Body] != want {
		t.Errorf("body = %q\nwant   %q", got[doc.Body], want)
	}
}

func TestTrackedChanges(t *testing.T) {
	got := parts(t, docxOf(p(r("补贴资金"),
		`<w:ins w:id="1" w:author="李某某"><w:r><w:t>经公示后</w:t></w:r></w:ins>`,
		`<w:del w:id="2" w:author="李某某"><w:r><w:delText>身份证号码</w:delText></w:r><w:r><w:delText>330102197908254067</w:delText></w:r></w:del>`,
		r("发放。"),
		`<w:moveFrom><w:r><w:t>移走的</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>移来的</w:t></w:r></w:moveTo>`)))
	for kind, want := range map[string]string{
		doc.Body:            "补贴资金经公示后发放。移来的\n",
		doc.TrackedInsert:   "经公示后移来的\n",
		doc.TrackedDeletion: "身份证号码330102197908254067移走的\n",
	} {
		if got[kind] != want {
			t.Errorf("%s = %q, want %q", kind, got[kind], want)
		}
	}
}

func TestHiddenText(t *testing.T) {
	styles := ziptest.Entry{Name: "word/styles.xml", Body: wdoc("styles",
		`<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>`+
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`+
			`<w:style w:type="character" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>`+
			`<w:style w:type="character" w:styleId="Secret2"><w:basedOn w:val="Secret"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="HiddenPara"><w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>`+
			`<w:style w:type="character" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>`+
			`<w:style w:type="character" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>`)}
	got := parts(t, docxOf(
		p(r("手机"), `<w:r><w:rPr><w:vanish/></w:rPr><w:t>13957180246</w:t></w:r>`)+
			p(`<w:r><w:rPr><w:rStyle w:val="Secret2"/></w:rPr><w:t>按样式隐藏</w:t></w:r>`)+
			p(`<w:pPr><w:pStyle w:val="HiddenPara"/><w:rPr><w:b/></w:rPr></w:pPr>`, r("整段隐藏"), `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>`)+
			p(`<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>`, r("段落标记隐藏不影响文字"))+
			p(`<w:r><w:rPr><w:rStyle w:val="Loop1"/></w:rPr><w:t>循环样式</w:t></w:r>`)+
			p(`<w:r><w:rPr><w:vanish/><w:rPrChange><w:rPr/></w:rPrChange></w:rPr><w:t>改过格式</w:t></w:r>`),
		styles))
	if want := "手机\n\n显示\n段落标记隐藏不影响文字\n循环样式\n\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
	if want := "13957180246\n按样式隐藏\n整段隐藏\n改过格式\n"; got[doc.HiddenText] != want {
		t.Errorf("hidden = %q, want %q", got[doc.HiddenText], want)
	}
}

func TestTextBoxOnce(t *testing.T) {
	box := `<w:txbxContent>` + p(r("框内文字")) + `</w:txbxContent>`
	got := parts(t, docxOf(p(r("前"), `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>`+box+
		`</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>`+box+`</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`, r("后"))+
		// A Fallback alone is what every reader shows.
		p(`<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox><w:txbxContent>`+p(r("仅有旧式文本框"))+`</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`)+
		// A Fallback that holds more than its Choice (an older reader
		// shows it): what it adds is read.
		p(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>`+box+
			`</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>`+p(r("框内"), r("文字"))+p(r("http://10.1.2.3/oa"))+
			`</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`)+
		// The same text broken otherwise (a line break in one copy, a
		// tab in the other), and a hidden run: not read again.
		p(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>`+
			p(r("联系人"), `<w:r><w:br/></w:r>`, r("电话"), `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>`)+
			`</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>`+
			p(r("联系人"), `<w:r><w:tab/></w:r>`, r("电话"), `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>`)+
			`</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`)))
	if want := "前后\n\n\n\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
	if want := "框内文字\n仅有旧式文本框\n框内文字\n联系人\n电话\nhttp://10.1.2.3/oa\n"; got[doc.TextBox] != want {
		t.Errorf("textbox = %q, want %q", got[doc.TextBox], want)
	}
}

func TestMembers(t *testing.T) {
	data := docxOf(p(r("正文")),
		ziptest.Entry{Name: "word/header2.xml", Body: wdoc("hdr", p(r("页眉二")))},
		ziptest.Entry{Name: "word/header1.xml", Body: wdoc("hdr", p(r("机密"), r("★")))},
		ziptest.Entry{Name: "word/footer1.xml", Body: wdoc("ftr", p(r("页脚")))},
		ziptest.Entry{Name: "word/footnotes.xml", Body: wdoc("footnotes",
			`<w:footnote w:type="separator" w:id="-1">`+p(`<w:r><w:separator/></w:r>`)+`</w:footnote>`+
				`<w:footnote w:id="1">`+p(r("脚注文字"))+`</w:footnote>`)},
		ziptest.Entry{Name: "word/endnotes.xml", Body: wdoc("endnotes", `<w:endnote w:id="1">`+p(r("尾注文字"))+`</w:endnote>`)},
		ziptest.Entry{Name: "word/comments.xml", Body: wdoc("comments", `<w:comment w:id="0" w:author="审核人">`+p(r("此段涉及内部事项"))+`</w:comment>`)},
		ziptest.Entry{Name: "word/commentsExtended.xml", Body: wdoc("commentsEx", "")},
		ziptest.Entry{Name: "word/media/image1.png", Body: "\x89PNG not read"},
		ziptest.Entry{Name: "docProps/core.xml", Body: `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>标题</dc:title><dc:creator>王某某</dc:creator><cp:lastModifiedBy>李某某</cp:lastModifiedBy><cp:keywords>关键
词</cp:keywords></cp:coreProperties>`},
		ziptest.Entry{Name: "docProps/app.xml", Body: `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>某局</Company><Manager>赵某</Manager><Application>LibreOffice</Application></Properties>`},
		ziptest.Entry{Name: "docProps/custom.xml", Body: `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级"><vt:lpwstr>秘密</vt:lpwstr></property></Properties>`},
	)
	d, _ := Extract(data, doc.DefaultLimits())
	var got []string
	for _, p := range d.Parts {
		got = append(got, p.Kind+" "+p.File+" "+p.Hidden+" "+p.Text)
	}
	want := []string{
		"body word/document.xml  正文\n",
		"header word/header1.xml  机密★\n",
		"header word/header2.xml  页眉二\n",
		"footer word/footer1.xml  页脚\n",
		"footnote word/footnotes.xml  脚注文字\n",
		"endnote word/endnotes.xml  尾注文字\n",
		"comment word/comments.xml 批注 此段涉及内部事项\n",
		"metadata   标题: 标题\n作者: 王某某\n经理: 赵某\n单位: 某局\n关键词: 关键 词\n上次修改者: 李某某\n密级: 秘密\n",
	}
	if g, w := strings.Join(got, "|"), strings.Join(want, "|"); g != w {
		t.Errorf("parts:\n%s", ziptest.Diff(strings.Join(want, "\n---\n"), strings.Join(got, "\n---\n")))
	}
	if len(d.Findings) != 0 {
		t.Errorf("findings: %v", d.Findings)
	}
}

func TestMainDocumentFromRels(t *testing.T) {
	data := ziptest.Zip(
		ziptest.Entry{Name: "_rels/.rels", Body: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`},
		ziptest.Entry{Name: "word/document2.xml", Body: wdoc("document", "<w:body>"+p(r("另一正文"))+"</w:body>")})
	if got := parts(t, data)[doc.Body]; got != "另一正文\n" {
		t.Errorf("body = %q", got)
	}
}

func TestDrawings(t *testing.T) {
	chart := `<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>` +
		`<c:title><c:tx><c:rich><a:p><a:r><a:t>内部</a:t></a:r><a:r><a:t>资料</a:t></a:r></a:p></c:rich></c:tx></c:title>` +
		`<c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>张某某</c:v></c:pt><c:pt idx="1"><c:v>李某某</c:v></c:pt></c:strCache></c:strRef></c:cat>` +
		`<c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>12</c:v></c:pt><c:pt idx="1"><c:v>34</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`
	smartArt := `<?xml version="1.0"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>` +
		`<dgm:pt><dgm:t><a:bodyPr/><a:p><a:r><a:t>流程一</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt><dgm:t><a:p><a:r><a:t>流程二</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`
	d, _ := Extract(docxOf(p(r("正文")),
		ziptest.Entry{Name: "word/charts/chart1.xml", Body: chart},
		ziptest.Entry{Name: "word/charts/colors1.xml", Body: `<cs:colorStyle xmlns:cs="x"/>`},
		ziptest.Entry{Name: "word/diagrams/data1.xml", Body: smartArt},
		ziptest.Entry{Name: "word/diagrams/drawing1.xml", Body: smartArt}, // a cached copy: not read twice
		// A copy that shows more than its data model: what it adds is read.
		ziptest.Entry{Name: "word/diagrams/data2.xml", Body: strings.Replace(smartArt, "流程二", "流程三", 1)},
		ziptest.Entry{Name: "word/diagrams/drawing2.xml", Body: strings.Replace(smartArt, "流程二", "秘密★1年", 1)},
	), doc.DefaultLimits())
	var got []string
	for _, p := range d.Parts {
		if p.Kind == doc.TextBox || p.Kind == doc.Chart {
			got = append(got, p.Kind+" "+p.File+": "+p.Text)
		}
	}
	want := []string{"chart word/charts/chart1.xml: 内部资料\n张某某\n李某某\n12\n34\n", "textbox word/diagrams/data1.xml: 流程一\n流程二\n",
		"textbox word/diagrams/data2.xml: 流程一\n流程三\n", "textbox word/diagrams/drawing2.xml: 秘密★1年\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("drawings = %q\nwant %q", got, want)
	}
	if len(d.Findings) != 0 {
		t.Errorf("findings: %+v", d.Findings)
	}
}

// TestBesideTheFlow checks the text a reader can see or open outside the
// flow of the body: watermarks, alternative text, link targets, field
// instructions, content controls, legacy form fields and the glossary.
func TestBesideTheFlow(t *testing.T) {
	const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://10.12.1.8/oa/%E5%86%85%E9%83%A8" TargetMode="External"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:zhangmoumou@example.gov.cn" TargetMode="External"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://10.12.1.8/oa/%E5%86%85%E9%83%A8" TargetMode="External"/>` +
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`
	vmlMark := `<w:r><w:pict><v:shapetype id="_x0000_t136" o:spt="136"/><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136"><v:textpath style="font-family:&quot;宋体&quot;" string="内部资料"/></v:shape></w:pict></w:r>`
	dmlMark := `<w:r><w:drawing><wp:anchor><wp:docPr id="1" name="WaterMark 2"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` + p(r("仅供"), r("内部使用")) + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`
	vmlPicture := `<w:r><w:pict><v:shape id="_x0000_i1025" alt="旧式图片说明"><v:imagedata r:id="rId9" o:title="扫描件"/></v:shape></w:pict></w:r>`
	picture := `<w:r><w:drawing><wp:inline><wp:docPr id="2" name="图片 1" descr="申请人身份证 110101199003074514" title="图片"/><a:graphic><a:graphicData><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="a.png" descr="申请人身份证 110101199003074514"/></pic:nvPicPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
	field := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://oa.example.</w:instrText></w:r><w:r><w:instrText>local/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + r("办公系统") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	sdt := `<w:sdt><w:sdtPr><w:alias w:val="承办人"/><w:dropDownList><w:listItem w:displayText="张某某" w:value="张某某"/><w:listItem w:displayText="李某" w:value="13957180246"/></w:dropDownList></w:sdtPr><w:sdtContent>` + r("王某") + `</w:sdtContent></w:sdt>`
	form := `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:helpText w:type="text" w:val="请填写身份证号"/><w:textInput><w:default w:val="330102197908254067"/></w:textInput></w:ffData></w:fldChar></w:r>` +
		`<w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + r("填写处") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList><w:listEntry w:val="秘密"/><w:listEntry w:val="公开"/></w:ddList></w:ffData></w:fldChar></w:r>`
	data := docxOf(p(r("正文"))+p(picture)+p(vmlPicture)+p(`<w:fldSimple w:instr=" INCLUDETEXT &quot;\\\\fileserver\\内部\\名单.docx&quot; ">`+r("引用")+`</w:fldSimple>`, field)+
		p(sdt)+p(form)+p(`<w:hyperlink r:id="rId1" w:tooltip="内网办公系统">`+r("链接")+`</w:hyperlink>`),
		ziptest.Entry{Name: "word/_rels/document.xml.rels", Body: rels},
		ziptest.Entry{Name: "word/header1.xml", Body: wdoc("hdr", p(vmlMark)+p(dmlMark)+p(r("页眉")))},
		ziptest.Entry{Name: "word/glossary/document.xml", Body: wdoc("glossaryDocument", `<w:docParts><w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder"/></w:docPartPr><w:docPartBody>`+p(r("单击此处输入文字。"))+`</w:docPartBody></w:docPart></w:docParts>`)},
	)
	d, _ := Extract(data, doc.DefaultLimits())
	for _, f := range d.Findings {
		t.Errorf("unexpected finding %s %s: %s", f.Rule, f.Location.File, f.Message)
	}
	got := map[string]string{}
	for _, p := range d.Parts {
		if p.Hidden != "" && p.Kind != doc.Comment {
			t.Errorf("part %s %s is hidden (%s)", p.Kind, p.File, p.Hidden)
		}
		got[p.Kind+" "+p.File] += p.Text
	}
	for k, want := range map[string]string{
		"body word/document.xml":                   "正文\n\n\n引用办公系统\n王某\n填写处\n链接\n",
		"header word/header1.xml":                  "\n\n页眉\n",
		"watermark word/header1.xml":               "内部资料\n仅供内部使用\n",
		"alt_text word/document.xml":               "图片\n申请人身份证 110101199003074514\n旧式图片说明\n扫描件\n内网办公系统\n",
		"field word/document.xml":                  "INCLUDETEXT \"\\\\fileserver\\内部\\名单.docx\"\nHYPERLINK \"http://oa.example.local/\"\nFORMTEXT\n",
		"content_control word/document.xml":        "承办人\n张某某\n李某\n13957180246\n",
		"form_field word/document.xml":             "请填写身份证号\n330102197908254067\n秘密\n公开\n",
		"link_target word/_rels/document.xml.rels": "http://10.12.1.8/oa/%E5%86%85%E9%83%A8\nhttp://10.12.1.8/oa/内部\nmailto:zhangmoumou@example.gov.cn\n",
		"glossary word/glossary/document.xml":      "单击此处输入文字。\n",
	} {
		if got[k] != want {
			t.Errorf("%s = %q\nwant %q", k, got[k], want)
		}
	}
}

// TestPlaces checks paragraph and page numbers: pages come from Word's
// rendered page breaks when the document has any, and then written
// breaks are not counted again.
func TestPlaces(t *testing.T) {
	rendered := p(r("一")) + p(r("二")) +
		`<w:p><w:r><w:br w:type="page"/></w:r></w:p>` +
		`<w:p><w:r><w:lastRenderedPageBreak/><w:t>三</w:t></w:r></w:p>` +
		p(`<w:r><w:t>四</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>续</w:t></w:r>`) + p(r("五"))
	written := p(r("一")) + `<w:p><w:pPr><w:pageBreakBefore/></w:pPr>` + r("二") + `</w:p>` +
		`<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr>` + r("三") + `</w:p>` +
		`<w:p><w:pPr><w:sectPr/></w:pPr>` + r("四") + `</w:p>` + p(r("五"))
	for name, c := range map[string]struct {
		body  string
		pages map[string][2]int // text → page, paragraph
	}{
		"rendered": {rendered, map[string][2]int{"一": {1, 1}, "二": {1, 2}, "三": {2, 4}, "四续": {2, 5}, "五": {3, 6}}},
		"written":  {written, map[string][2]int{"一": {1, 1}, "二": {2, 2}, "三": {2, 3}, "四": {2, 4}, "五": {3, 5}}},
	} {
		d, err := Extract(docxOf(c.body), doc.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][2]int{}
		for _, pt := range d.Parts {
			if pt.Kind != doc.Body {
				continue
			}
			rs := []rune(pt.Text)
			for _, pl := range pt.Places {
				if s := strings.TrimSpace(string(rs[pl.Start:pl.End])); s != "" {
					got[s] = [2]int{pl.Page, pl.Para}
				}
			}
		}
		for text, w := range c.pages {
			if got[text] != w {
				t.Errorf("%s: %q at page, paragraph %v, want %v (all: %v)", name, text, got[text], w, got)
			}
		}
	}
}

// TestBookmarksAndListLabels: the names of the bookmarks a reader sees
// (not Word's own, _Toc…, _GoBack) are an outline part, their words apart;
// list labels that print words with each item's number are read from the
// numbering part, once each, as body text.
func TestBookmarksAndListLabels(t *testing.T) {
	numbering := wdoc("numbering", `<w:abstractNum w:abstractNumId="0">`+
		`<w:lvl w:ilvl="0"><w:lvlText w:val="（内部资料）%1."/></w:lvl>`+
		`<w:lvl w:ilvl="1"><w:lvlText w:val="%1.%2"/></w:lvl>`+
		`<w:lvl w:ilvl="2"><w:lvlText w:val=""/></w:lvl></w:abstractNum>`+
		`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:lvlText w:val="（内部资料）%1."/></w:lvl>`+
		`<w:lvl w:ilvl="1"><w:lvlText w:val="第%2条"/></w:lvl></w:abstractNum>`)
	got := parts(t, docxOf(
		p(`<w:bookmarkStart w:id="0" w:name="_GoBack"/>`, `<w:bookmarkStart w:id="1" w:name="联系人周敏_13912345678"/>`, r("正文"), `<w:bookmarkEnd w:id="1"/>`),
		ziptest.Entry{Name: "word/numbering.xml", Body: numbering}))
	if want := "联系人周敏 13912345678\n"; got[doc.Outline] != want {
		t.Errorf("outline = %q, want %q", got[doc.Outline], want)
	}
	if want := "正文\n（内部资料）1.\n第1条\n"; got[doc.Body] != want {
		t.Errorf("body = %q, want %q", got[doc.Body], want)
	}
}
