package pptx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
	"github.com/mishen-gov/mishen/internal/report"
)

const (
	nsP   = `xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	relNS = `http://schemas.openxmlformats.org/officeDocument/2006/relationships/`
)

// sp is a shape with the text of one paragraph per line, and extra
// markup in its non-visual properties (a placeholder).
func sp(nvPr string, lines ...string) string {
	var b strings.Builder
	b.WriteString(`<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/><p:cNvSpPr/><p:nvPr>` + nvPr + `</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>`)
	for _, l := range lines {
		b.WriteString(`<a:p><a:r><a:t>` + l + `</a:t></a:r></a:p>`)
	}
	b.WriteString(`</p:txBody></p:sp>`)
	return b.String()
}

// sld is a slide member of the shapes given; attrs go on p:sld.
func sld(attrs string, shapes ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><p:sld ` + nsP + ` ` + attrs + `><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
		strings.Join(shapes, "") + `</p:spTree></p:cSld></p:sld>`
}

// rels is a relationships member: each triple is type, target, and
// "External" or "".
func rels(triples ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i := 0; i+2 < len(triples); i += 3 {
		mode := ""
		if triples[i+2] != "" {
			mode = ` TargetMode="` + triples[i+2] + `"`
		}
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s%s" Target="%s"%s/>`, i/3+1, relNS, triples[i], triples[i+1], mode)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// deck is a presentation whose slide list holds slides in order
// (slide1.xml, …), plus extra members.
func deck(slides []string, extra ...ziptest.Entry) []byte {
	var ids, rs []string
	var es []ziptest.Entry
	for i, s := range slides {
		ids = append(ids, fmt.Sprintf(`<p:sldId id="%d" r:id="rId%d"/>`, 256+i, i+1))
		rs = append(rs, "slide", fmt.Sprintf("slides/slide%d.xml", i+1), "")
		es = append(es, ziptest.Entry{Name: fmt.Sprintf("ppt/slides/slide%d.xml", i+1), Body: s})
	}
	es = append([]ziptest.Entry{
		{Name: "_rels/.rels", Body: rels("officeDocument", "ppt/presentation.xml", "")},
		{Name: "ppt/presentation.xml", Body: `<?xml version="1.0"?><p:presentation ` + nsP + `><p:sldIdLst>` + strings.Join(ids, "") + `</p:sldIdLst></p:presentation>`},
		{Name: "ppt/_rels/presentation.xml.rels", Body: rels(rs...)},
	}, es...)
	return ziptest.Zip(append(es, extra...)...)
}

func mustRead(t *testing.T, data []byte) *doc.Document {
	t.Helper()
	d, err := Extract(data, doc.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// summary writes each part as "kind page hidden: text" and each finding
// as "rule file", a line each, for compact expectations.
func summary(d *doc.Document) string {
	var b strings.Builder
	for _, p := range d.Parts {
		fmt.Fprintf(&b, "%s %d %s: %s\n", p.Kind, p.Page, p.Hidden, strings.ReplaceAll(strings.TrimSuffix(p.Text, "\n"), "\n", "|"))
	}
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "! %s %s\n", f.Rule, f.Location.File)
	}
	return b.String()
}

func TestWalk(t *testing.T) {
	layoutRel := ziptest.Entry{Name: "ppt/slides/_rels/slide1.xml.rels", Body: rels("slideLayout", "../slideLayouts/slideLayout1.xml", "")}
	tests := []struct {
		name  string
		data  []byte
		want  string
		cells string // the cells of the first table part
	}{
		{
			name: "order of the show, not of the members",
			data: func() []byte {
				es := []ziptest.Entry{
					{Name: "_rels/.rels", Body: rels("officeDocument", "/ppt/presentation.xml", "")},
					{Name: "ppt/presentation.xml", Body: `<p:presentation ` + nsP + `><p:sldIdLst><p:sldId id="300" r:id="rId2"/><p:sldId id="301" r:id="rId1"/></p:sldIdLst></p:presentation>`},
					{Name: "ppt/_rels/presentation.xml.rels", Body: rels("slide", "slides/slide1.xml", "", "slide", "/ppt/slides/slide2.xml", "")},
					{Name: "ppt/slides/slide1.xml", Body: sld("", sp("", "第二页"))},
					{Name: "ppt/slides/slide2.xml", Body: sld("", sp("", "第一页"))},
					{Name: "ppt/slides/slide3.xml", Body: sld("", sp("", "不在放映顺序中"))},
				}
				return ziptest.Zip(es...)
			}(),
			want: "body 1 : 第一页\nbody 2 : 第二页\nhidden_slide 0 未列入放映顺序的幻灯片: 不在放映顺序中\n",
		},
		{
			name: "runs joined, paragraphs and breaks on lines, tab stops and sldNum dropped",
			data: deck([]string{sld("", `<p:sp><p:nvSpPr><p:cNvPr id="2" name="t" descr="照片：会场"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:txBody><a:p><a:pPr><a:tabLst><a:tab pos="457200" algn="l"/></a:tabLst></a:pPr><a:r><a:t>秘密</a:t></a:r><a:r><a:t>★</a:t></a:r><a:r><a:t>1年</a:t></a:r></a:p><a:p><a:r><a:t>甲</a:t></a:r><a:br/><a:r><a:t>乙</a:t></a:r></a:p></p:txBody></p:sp>`,
				sp(`<p:ph type="sldNum"/>`, "7"))}),
			want: "body 1 : 秘密★1年|甲|乙\nalt_text 1 : 照片：会场\n",
		},
		{
			name: "group and table: a cell a line, A1 references",
			data: deck([]string{sld("", `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="g"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>`+sp("", "组合内")+`<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="t"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><a:graphic><a:graphicData><a:tbl>`+
				`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>姓名</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>证号</a:t></a:r></a:p></a:txBody></a:tc></a:tr>`+
				`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>330106</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>1990</a:t></a:r></a:p><a:p><a:r><a:t>0307</a:t></a:r></a:p></a:txBody></a:tc><a:tc hMerge="1"><a:txBody><a:p/></a:txBody></a:tc></a:tr>`+
				`</a:tbl></a:graphicData></a:graphic></p:graphicFrame></p:grpSp>`)}),
			want:  "body 1 : 组合内\nbody 1 : 姓名|证号|330106|1990|0307\n",
			cells: "A1 0 2,B1 3 5,A2 6 12,B2 13 22",
		},
		{
			name: "hidden shape, hidden slide, AlternateContent read once",
			data: deck([]string{
				sld("", sp("", "可见"), `<p:sp><p:nvSpPr><p:cNvPr id="3" name="h" hidden="1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:txBody><a:p><a:r><a:t>藏起来的</a:t></a:r></a:p></p:txBody></p:sp>`,
					`<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="a14">`+sp("", "新式")+`</mc:Choice><mc:Fallback>`+sp("", "旧式")+`</mc:Fallback></mc:AlternateContent>`),
				sld(`show="0"`, sp("", "备用页")),
			}),
			want: "body 1 : 可见|新式\nhidden_shape 1 隐藏的形状: 藏起来的\nhidden_slide 2 隐藏的幻灯片: 备用页\n",
		},
		{
			name: "layout and master: own text and footer kept, prompts dropped, unused hidden",
			data: deck([]string{sld("", sp("", "正文"))}, layoutRel,
				ziptest.Entry{Name: "ppt/slideLayouts/slideLayout1.xml", Body: sld("", sp(`<p:ph type="title"/>`, "单击此处编辑母版标题样式"), sp(`<p:ph type="ftr" idx="11"/>`, "内部资料"), sp(`<p:ph type="dt"/>`, "2024/1/1"))},
				ziptest.Entry{Name: "ppt/slideLayouts/_rels/slideLayout1.xml.rels", Body: rels("slideMaster", "../slideMasters/slideMaster1.xml", "", "hyperlink", "file://///fileserver/内部/", "External")},
				ziptest.Entry{Name: "ppt/slideMasters/slideMaster1.xml", Body: sld("", sp("", "秘密★1年"), sp(`<p:ph type="ftr"/>`, "&lt;footer&gt;"))},
				ziptest.Entry{Name: "ppt/slideLayouts/slideLayout2.xml", Body: sld("", sp("", "封面：某某局"), sp(`<p:ph type="ftr" idx="11"/>`, "页脚"))},
				// LibreOffice's unused layouts: only footer and page
				// number placeholders, scanned but not hidden content.
				ziptest.Entry{Name: "ppt/slideLayouts/slideLayout3.xml", Body: sld("", sp(`<p:ph type="ftr" idx="2"/>`, "Footer"), sp(`<p:ph type="sldNum" idx="3"/>`, "&lt;#&gt;"))},
			),
			want: "body 1 : 正文\nslide_master 0 : 内部资料\nlink_target 0 : file://///fileserver/内部/\nslide_master 0 : 秘密★1年\nslide_master 0 未被幻灯片使用的母版或版式: 封面：某某局\nslide_master 0 : 页脚\nslide_master 0 : Footer\n",
		},
		{
			name: "notes, classic and modern comments with authors and replies",
			data: deck([]string{sld("", sp("", "正文"))},
				ziptest.Entry{Name: "ppt/slides/_rels/slide1.xml.rels", Body: rels("notesSlide", "../notesSlides/notesSlide1.xml", "", "comments", "../comments/comment1.xml", "",
					"comments", "../comments/modernComment_100_1.xml", "")},
				ziptest.Entry{Name: "ppt/notesSlides/notesSlide1.xml", Body: sld("", sp(`<p:ph type="sldImg"/>`), sp(`<p:ph type="body" idx="1"/>`, "备注内容"), sp(`<p:ph type="sldNum"/>`, "1"))},
				ziptest.Entry{Name: "ppt/comments/comment1.xml", Body: `<p:cmLst ` + nsP + `><p:cm authorId="0"><p:text>旧式批注</p:text></p:cm></p:cmLst>`},
				ziptest.Entry{Name: "ppt/commentAuthors.xml", Body: `<p:cmAuthorLst ` + nsP + `><p:cmAuthor id="0" name="李某某"/></p:cmAuthorLst>`},
				ziptest.Entry{Name: "ppt/comments/modernComment_100_1.xml", Body: `<p188:cmLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p188:cm id="{1}" authorId="{A}"><p188:replyLst><p188:reply id="{2}" authorId="{B}"><p188:txBody><a:p><a:r><a:t>已改</a:t></a:r></a:p></p188:txBody></p188:reply></p188:replyLst><p188:txBody><a:p><a:r><a:t>新式批注</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>`},
				ziptest.Entry{Name: "ppt/authors.xml", Body: `<p188:authorLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main"><p188:author id="{A}" name="王某某"/><p188:author id="{B}" name="张某某"/></p188:authorLst>`},
			),
			want: "body 1 : 正文\nnotes 1 : 备注内容\ncomment 1 批注: 李某某: 旧式批注\ncomment 1 批注: 张某某: 已改|王某某: 新式批注\n",
		},
		{
			name: "chart and SmartArt of a slide, orphans read",
			data: deck([]string{sld("", sp("", "图表页"))},
				ziptest.Entry{Name: "ppt/slides/_rels/slide1.xml.rels", Body: rels("chart", "/ppt/charts/chart1.xml", "", "diagramData", "../diagrams/data1.xml", "")},
				ziptest.Entry{Name: "ppt/charts/chart1.xml", Body: `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">
  <c:ser><c:cat><c:strRef><c:f>Sheet1!$A$2</c:f><c:strCache><c:pt idx="0">
    <c:v>一季度</c:v>
  </c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>12</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:chartSpace>`},
				ziptest.Entry{Name: "ppt/diagrams/data1.xml", Body: `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst><dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>流程一</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>流程二</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`},
				// SmartArt's drawing cache: the lines it shows besides are read.
				ziptest.Entry{Name: "ppt/diagrams/drawing1.xml", Body: `<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>流程一</a:t></a:r></a:p></dsp:txBody></dsp:sp><dsp:sp><dsp:txBody><a:p><a:r><a:t>绝密★</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>`},
				ziptest.Entry{Name: "ppt/charts/chart2.xml", Body: `<c:chartSpace xmlns:c="c"><c:v>孤立图表</c:v></c:chartSpace>`},
				// A chart whose data is a linked workbook on someone's disk.
				ziptest.Entry{Name: "ppt/charts/_rels/chart1.xml.rels", Body: rels("oleObject", "file:///C:/Users/%E5%BC%A0/%E5%90%8D%E5%8D%95.xlsx", "External")},
			),
			want: "body 1 : 图表页\nchart 1 : 一季度|12\ntextbox 1 : 流程一|流程二\nchart 0 : 孤立图表\nlink_target 0 : file:///C:/Users/%E5%BC%A0/%E5%90%8D%E5%8D%95.xlsx|file:///C:/Users/张/名单.xlsx\ntextbox 0 : 绝密★\n",
		},
		{
			name: "embedded: office files handed on, the rest reported",
			data: deck([]string{sld("", sp("", "嵌入"))},
				ziptest.Entry{Name: "ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx", Body: "PK"},
				ziptest.Entry{Name: "ppt/embeddings/oleObject1.bin", Body: "\xd0\xcf\x11\xe0"},
				ziptest.Entry{Name: "ppt/media/media1.mp4", Body: "video"},
				ziptest.Entry{Name: "ppt/vbaProject.bin", Body: "vba"},
			),
			want: "body 1 : 嵌入\n! unreadable.embedded ppt/embeddings/oleObject1.bin\n! unreadable.embedded ppt/vbaProject.bin\n! unreadable.embedded ppt/media/media1.mp4\n",
		},
		{
			name: "pictures without text",
			data: deck([]string{
				sld("", `<p:pic><p:nvPicPr><p:cNvPr id="4" name="p"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"/></p:blipFill></p:pic>`, sp("", "附件一")),
			}),
			want: "body 1 : 附件一\n! unreadable.image_only \n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.data)
			if got := summary(d); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if tt.cells != "" {
				var cells []string
				for _, p := range d.Parts {
					if len(p.Cells) > 0 {
						for _, c := range p.Cells {
							cells = append(cells, fmt.Sprintf("%s %d %d", c.Ref, c.Start, c.End))
						}
						break
					}
				}
				if got := strings.Join(cells, ","); got != tt.cells {
					t.Errorf("cells %s, want %s", got, tt.cells)
				}
			}
		})
	}
}

func TestEmbeddedHandedOn(t *testing.T) {
	word97 := "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 64) + "W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00"
	d := mustRead(t, deck([]string{sld("", sp("", "x"))},
		ziptest.Entry{Name: "ppt/embeddings/a.docx", Body: "PK"},
		ziptest.Entry{Name: "ppt/embeddings/oleObject1.bin", Body: word97},
		ziptest.Entry{Name: "ppt/embeddings/Microsoft_Word_97_-_2003_Document.doc", Body: word97},
	))
	var names []string
	for _, e := range d.Embedded {
		names = append(names, e.Name)
	}
	if got := strings.Join(names, " "); got != "ppt/embeddings/a.docx ppt/embeddings/oleObject1.bin ppt/embeddings/Microsoft_Word_97_-_2003_Document.doc" {
		t.Fatalf("embedded = %s", got)
	}
	for _, f := range d.Findings {
		if f.Category == report.Unreadable {
			t.Errorf("unexpected %+v", f)
		}
	}
}

func TestCellRef(t *testing.T) {
	for col, want := range map[int]string{1: "A1", 26: "Z1", 27: "AA1", 52: "AZ1", 703: "AAA1"} {
		if got := cellRef(col, 1); got != want {
			t.Errorf("cellRef(%d) = %s, want %s", col, got, want)
		}
	}
}

func TestResolve(t *testing.T) {
	for _, c := range [][3]string{
		{"ppt/slides/slide1.xml", "../slideLayouts/slideLayout1.xml", "ppt/slideLayouts/slideLayout1.xml"},
		{"ppt/slides/slide1.xml", "/ppt/charts/chart1.xml", "ppt/charts/chart1.xml"},
		{"ppt/presentation.xml", "slides/slide1.xml", "ppt/slides/slide1.xml"},
		{"", "ppt/presentation.xml", "ppt/presentation.xml"},
		{"ppt/slides/slide1.xml", "../../../etc/passwd", ""},
		{"ppt/slides/slide1.xml", "slide2.xml#frag", "ppt/slides/slide2.xml"},
	} {
		if got := resolve(c[0], c[1]); got != c[2] {
			t.Errorf("resolve(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// TestSectionNames: the names of a presentation's sections (p14:section
// in presentation.xml's extensions) head the slide pane and the sorter:
// an outline part, each name once.
func TestSectionNames(t *testing.T) {
	pres := `<?xml version="1.0"?><p:presentation ` + nsP + `><p:sldIdLst><p:sldId id="256" r:id="rId1"/></p:sldIdLst>` +
		`<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">` +
		`<p14:section name="公开部分" id="{1}"><p14:sldIdLst><p14:sldId id="256"/></p14:sldIdLst></p14:section>` +
		`<p14:section name="内部资料（请勿外传）" id="{2}"><p14:sldIdLst/></p14:section>` +
		`<p14:section name="公开部分" id="{3}"><p14:sldIdLst/></p14:section>` +
		`</p14:sectionLst></p:ext></p:extLst></p:presentation>`
	d := mustRead(t, ziptest.Zip(
		ziptest.Entry{Name: "_rels/.rels", Body: rels("officeDocument", "ppt/presentation.xml", "")},
		ziptest.Entry{Name: "ppt/presentation.xml", Body: pres},
		ziptest.Entry{Name: "ppt/_rels/presentation.xml.rels", Body: rels("slide", "slides/slide1.xml", "")},
		ziptest.Entry{Name: "ppt/slides/slide1.xml", Body: sld("", `<p:sp><p:txBody><a:p><a:r><a:t>正文</a:t></a:r></a:p></p:txBody></p:sp>`)}))
	var got []string
	for _, p := range d.Parts {
		if p.Kind == doc.Outline {
			got = append(got, p.Text)
		}
	}
	if len(got) != 1 || got[0] != "公开部分\n内部资料（请勿外传）\n" {
		t.Errorf("outline parts %q; all: %s", got, summary(d))
	}
}
