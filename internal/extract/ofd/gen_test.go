package ofd

// This file builds the OFD fixtures of testdata/ from the structure of
// GB/T 33190-2016, laid out as ofdrw and the common producers write it
// (OFD.xml at the root, Doc_0/Document.xml, Doc_0/PublicRes.xml and
// DocumentRes.xml, Doc_0/Pages/Page_N/Content.xml, Doc_0/Tpls/Tpl_N,
// Doc_0/Annots, Doc_0/Attachs, Doc_0/Signs, Doc_0/Res). No OFD producer
// runs on Debian, so the files are written here; `go test -run
// TestFixtures -update` rewrites them, and TestFixtures checks that the
// committed files are what this code writes.

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"strings"

	"github.com/mishen-gov/mishen/internal/extract/zipguard/ziptest"
)

const ns = `xmlns:ofd="http://www.ofdspec.org/2016"`

// entry is one member of a fixture.
type entry = ziptest.Entry

// entryXML is OFD.xml with one DocBody: its DocInfo children and what
// follows DocRoot (Signatures).
func entryXML(info, after string) entry {
	return entry{Name: "OFD.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD ` + ns + ` Version="1.2" DocType="OFD">
  <ofd:DocBody>
    <ofd:DocInfo>
      <ofd:DocID>6d1c8bb0a1f24a8e9c3e2f4b5a6d7e80</ofd:DocID>
      ` + info + `
      <ofd:CreationDate>2024-03-01</ofd:CreationDate>
    </ofd:DocInfo>
    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>` + after + `
  </ofd:DocBody>
</ofd:OFD>`}
}

// documentXML is Doc_0/Document.xml: common data (with templates), the
// pages' locations, then what follows Pages (Annotations, Attachments, …).
func documentXML(templates string, pages []string, after string) entry {
	var ps strings.Builder
	for i, p := range pages {
		fmt.Fprintf(&ps, "\n    <ofd:Page ID=\"%d\" BaseLoc=\"%s\"/>", 10+i, p)
	}
	return entry{Name: "Doc_0/Document.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document ` + ns + `>
  <ofd:CommonData>
    <ofd:MaxUnitID>200</ofd:MaxUnitID>
    <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes>
    <ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>` + templates + `
  </ofd:CommonData>
  <ofd:Pages>` + ps.String() + `
  </ofd:Pages>` + after + `
</ofd:Document>`}
}

// publicRes declares the fonts the fixtures use (仿宋, 方正小标宋, a
// symbol font for ★), and any composite graphic units.
func publicRes(units string) entry {
	return entry{Name: "Doc_0/PublicRes.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res ` + ns + ` BaseLoc="Res">
  <ofd:Fonts>
    <ofd:Font ID="4" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/>
    <ofd:Font ID="5" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>
    <ofd:Font ID="6" FontName="SimSun" FamilyName="SimSun" Charset="symbol"/>
  </ofd:Fonts>` + units + `
</ofd:Res>`}
}

func documentRes(media string) entry {
	return entry{Name: "Doc_0/DocumentRes.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res ` + ns + ` BaseLoc="Res">` + media + `
</ofd:Res>`}
}

// pageXML is a page's Content.xml: templates, then one body layer.
func pageXML(name, head, objects string) entry {
	return entry{Name: name, Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ` + ns + `>` + head + `
  <ofd:Content>
    <ofd:Layer ID="2" Type="Body">` + objects + `
    </ofd:Layer>
  </ofd:Content>
</ofd:Page>`}
}

var objID = 100

// text is a TextObject of one TextCode at (x, y) on the page, the
// baseline at 0.85 of the size below the Boundary's top, with a glyph
// every step millimetres (the "g" shorthand when they are all equal).
func text(x, y, size float64, font int, s string, extra string) string {
	objID++
	n := len([]rune(s))
	w := size * float64(n)
	delta := ""
	if n > 1 {
		delta = fmt.Sprintf(` DeltaX="g %d %s"`, n-1, num(size))
	}
	return fmt.Sprintf(`
      <ofd:TextObject ID="%d" Boundary="%s %s %s %s" Font="%d" Size="%s"%s>
        <ofd:FillColor Value="0 0 0"/>
        <ofd:TextCode X="0" Y="%s"%s>%s</ofd:TextCode>
      </ofd:TextObject>`, objID, num(x), num(y-0.85*size), num(w), num(size*1.2), font, num(size), extra,
		num(0.85*size), delta, s)
}

func num(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.4f", f), "0"), ".")
}

// paragraph lays out a body line of 仿宋 三号 (16 pt = 5.6 mm).
func paragraph(y float64, s string) string { return text(28, y, 5.6, 4, s, "") }

// tinyPNG is a 1×1 grey picture, for image objects.
func tinyPNG() string {
	var b bytes.Buffer
	img := image.NewGray(image.Rect(0, 0, 1, 1))
	img.Pix[0] = 0x80
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.String()
}

// fixtures returns the OFD files of testdata, by name.
func fixtures() map[string][]byte {
	objID = 100
	out := map[string][]byte{}
	add := func(name string, es ...entry) { out[name] = ziptest.Zip(es...) }

	// A 红头 notice: 份号, the marking and 特急 above the red 发文机关标志
	// in a template page; the page has the 发文字号, title and body.
	tpl := `
    <ofd:TemplatePage ID="3" Name="红头" BaseLoc="Tpls/Tpl_0/Content.xml"/>`
	add("rentou.ofd",
		entryXML(`<ofd:Title>关于做好年度政府信息公开工作的通知</ofd:Title>
      <ofd:Creator>OFD R&amp;W</ofd:Creator>`, ""),
		documentXML(tpl, []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(""),
		entry{Name: "Doc_0/Tpls/Tpl_0/Content.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ` + ns + `>
  <ofd:Content>
    <ofd:Layer ID="2" Type="Background">` +
			text(28, 40, 5.6, 4, "000123", "") +
			text(28, 48, 5.6, 5, "秘密★1年", "") +
			text(28, 56, 5.6, 5, "特急", "") +
			text(38, 80, 15.5, 5, "示范市人民政府办公室文件", ` Fill="true"`) + `
      <ofd:PathObject ID="99" Boundary="28 88 156 1" LineWidth="0.5"><ofd:StrokeColor Value="255 0 0"/><ofd:AbbreviatedData>M 0 0 L 156 0</ofd:AbbreviatedData></ofd:PathObject>
    </ofd:Layer>
  </ofd:Content>
</ofd:Page>`},
		pageXML("Doc_0/Pages/Page_0/Content.xml", `
  <ofd:Template TemplateID="3" ZOrder="Background"/>`,
			text(77, 100, 5.6, 4, "示办发〔2024〕12号", "")+
				text(35, 120, 7.7, 5, "关于做好年度政府信息公开工作的通知", "")+
				paragraph(138, "各区县人民政府，市政府各部门：")+
				paragraph(148, "　　现将有关事项通知如下，请认真贯彻执行。")),
	)

	// The marking 秘密★1年 drawn in two text objects, the ★ first, in a
	// symbol font one size larger on a baseline 0.3 mm lower; the lines
	// of the body drawn bottom first; a title scaled by its CTM from
	// points; text that is not drawn. Default namespace, no prefix.
	add("marking_order.ofd",
		entryXML(`<ofd:Title>工作方案</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(""),
		entry{Name: "Doc_0/Pages/Page_0/Content.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<Page xmlns="http://www.ofdspec.org/2016">
  <Area><PhysicalBox>0 0 210 297</PhysicalBox></Area>
  <Content>
    <Layer ID="2">
      <TextObject ID="11" Boundary="39.2 30 7 8" Font="6" Size="6.2">
        <TextCode X="0" Y="5.6">★</TextCode>
      </TextObject>
      <TextObject ID="12" Boundary="28 30 40 8" Font="5" Size="5.6">
        <TextCode X="0" Y="5.3" DeltaX="5.6">秘密</TextCode>
        <TextCode X="17.5" Y="5.3" DeltaX="2.8">1年</TextCode>
      </TextObject>
      <TextObject ID="13" Boundary="28 70 160 8" Font="4" Size="5.6">
        <TextCode X="0" Y="5" DeltaX="g 9 5.6">二、保障措施如下：</TextCode>
      </TextObject>
      <TextObject ID="14" Boundary="28 60 160 8" Font="4" Size="5.6">
        <TextCode X="0" Y="5" DeltaX="g 6 5.6">一、总体要求。</TextCode>
      </TextObject>
      <TextObject ID="15" CTM="0.3528 0 0 0.3528 0 0" Boundary="50 40 120 12" Font="5" Size="22">
        <TextCode X="0" Y="25" DeltaX="g 3 22">工作方案</TextCode>
      </TextObject>
      <TextObject ID="16" Boundary="28 90 160 8" Font="4" Size="5.6" Visible="false">
        <TextCode X="0" Y="5" DeltaX="g 8 5.6">草稿仅供内部讨论</TextCode>
      </TextObject>
    </Layer>
  </Content>
</Page>`},
	)

	// A synthetic, check-digit-valid ID split over three TextCodes (two
	// text objects), digits half a size wide; a table row of two numbers
	// in neighbouring cells; absolute locations; no namespace at all.
	add("id_split.ofd",
		entryXML(`<ofd:Title>登记表</ofd:Title>`, ""),
		entry{Name: "Doc_0/Document.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<Document>
  <CommonData>
    <PageArea><PhysicalBox>0 0 210 297</PhysicalBox></PageArea>
    <PublicRes>/Doc_0/PublicRes.xml</PublicRes>
  </CommonData>
  <Pages><Page ID="1" BaseLoc="/Doc_0/Pages/Page_0/Content.xml"/></Pages>
</Document>`},
		publicRes(""),
		entry{Name: "Doc_0/Pages/Page_0/Content.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<Page>
  <Content>
    <Layer ID="2">
      <TextObject ID="21" Boundary="28 40 60 6" Font="4" Size="4.2">
        <TextCode X="0" Y="3.6" DeltaX="g 6 4.2">公民身份号码：</TextCode>
      </TextObject>
      <TextObject ID="22" Boundary="57.4 40 40 6" Font="4" Size="4.2">
        <TextCode X="0" Y="3.6" DeltaX="g 5 2.1">110101</TextCode>
        <TextCode X="12.6" Y="3.6" DeltaX="2.1 2.1 g 5 2.1">19900307</TextCode>
      </TextObject>
      <TextObject ID="23" Boundary="86.8 40 10 6" Font="4" Size="4.2">
        <TextCode X="0" Y="3.6" DeltaX="g 3 2.1">4514</TextCode>
      </TextObject>
      <TextObject ID="24" Boundary="30 60 20 6" Font="4" Size="4.2">
        <TextCode X="0" Y="3.6" DeltaX="g 5 2.1">330106</TextCode>
      </TextObject>
      <TextObject ID="25" Boundary="60 60 20 6" Font="4" Size="4.2">
        <TextCode X="0" Y="3.6" DeltaX="g 3 2.1">2023</TextCode>
      </TextObject>
    </Layer>
  </Content>
</Page>`},
	)

	// An annotation whose note carries an intranet address, with a
	// visible appearance; a hidden annotation; a link action on the page.
	add("annot_url.ofd",
		entryXML(`<ofd:Title>系统使用说明</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, `
  <ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>`),
		publicRes(""), documentRes(""),
		entry{Name: "Doc_0/Pages/Page_0/Content.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ` + ns + `>
  <ofd:Content>
    <ofd:Layer ID="2">` + paragraph(40, "请通过办公系统提交申请。") + `
    </ofd:Layer>
  </ofd:Content>
  <ofd:Actions>
    <ofd:Action Event="CLICK">
      <ofd:Region><ofd:Area Start="28 35"><ofd:Line Point1="95 35"/></ofd:Area></ofd:Region>
      <ofd:URI URI="http://10.1.2.3/oa/login"/>
    </ofd:Action>
  </ofd:Actions>
</ofd:Page>`},
		entry{Name: "Doc_0/Annots/Annotations.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Annotations ` + ns + `>
  <ofd:Page PageID="10"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page>
</ofd:Annotations>`},
		entry{Name: "Doc_0/Annots/Page_0/Annotation.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:PageAnnot ` + ns + `>
  <ofd:Annot ID="30" Type="Link" Creator="OFD R&amp;W" LastModDate="2024-03-01" Visible="true">
    <ofd:Remark>办公系统入口 http://10.1.2.3/oa</ofd:Remark>
    <ofd:Parameters><ofd:Parameter Name="Target">内网</ofd:Parameter></ofd:Parameters>
    <ofd:Appearance Boundary="100 45 60 10">
      <ofd:TextObject ID="31" Boundary="0 2 60 8" Font="4" Size="5.6">
        <ofd:TextCode X="0" Y="5.6" DeltaX="g 3 5.6">内网入口</ofd:TextCode>
      </ofd:TextObject>
    </ofd:Appearance>
  </ofd:Annot>
  <ofd:Annot ID="32" Type="Highlight" Creator="OFD R&amp;W" LastModDate="2024-03-01" Visible="false">
    <ofd:Remark>审核意见：第三段涉及内部事项，请删除</ofd:Remark>
    <ofd:Appearance Boundary="28 50 60 10">
      <ofd:TextObject ID="33" Boundary="0 0 60 8" Font="4" Size="5.6">
        <ofd:TextCode X="0" Y="5.6" DeltaX="g 3 5.6">待删除段</ofd:TextCode>
      </ofd:TextObject>
    </ofd:Appearance>
  </ofd:Annot>
  <ofd:Annot ID="34" Type="Stamp" Creator="OFD R&amp;W" LastModDate="2024-03-01" Visible="true">
    <ofd:Remark>印章</ofd:Remark>
  </ofd:Annot>
</ofd:PageAnnot>`},
	)

	// An attached text file marked 内部资料, stored without an extension.
	add("attachment.ofd",
		entryXML(`<ofd:Title>会议通知</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, `
  <ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>`),
		publicRes(""), documentRes(""),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "", paragraph(40, "会议材料见附件。")),
		entry{Name: "Doc_0/Attachs/Attachments.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Attachments ` + ns + `>
  <ofd:Attachment ID="40" Name="会议说明.txt" Format="txt" CreationDate="2024-03-01T09:00:00" Size="0.1" Visible="true" Usage="none">
    <ofd:FileLoc>att_40</ofd:FileLoc>
  </ofd:Attachment>
</ofd:Attachments>`},
		entry{Name: "Doc_0/Attachs/att_40", Body: "内部资料 注意保存\n会议议程另行通知。\n"},
	)

	// Metadata: author, subject, abstract, keywords, custom data, outline,
	// custom tags with a marking, and an (unverified) signature.
	add("metadata.ofd",
		entryXML(`<ofd:Title>年度工作总结</ofd:Title>
      <ofd:Author>王小明</ofd:Author>
      <ofd:Subject>工作总结</ofd:Subject>
      <ofd:Abstract>全年工作情况及明年计划</ofd:Abstract>
      <ofd:Keywords><ofd:Keyword>总结</ofd:Keyword><ofd:Keyword>计划</ofd:Keyword></ofd:Keywords>
      <ofd:Creator>Suwell OFD Writer</ofd:Creator>
      <ofd:CreatorVersion>7.0</ofd:CreatorVersion>
      <ofd:CustomDatas><ofd:CustomData Name="承办处室">综合处</ofd:CustomData></ofd:CustomDatas>`, `
    <ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>`),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, `
  <ofd:Outlines><ofd:OutlineElem Title="一、主要工作"/></ofd:Outlines>
  <ofd:CustomTags>Tags/CustomTags.xml</ofd:CustomTags>`),
		publicRes(""), documentRes(""),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "", paragraph(40, "一、主要工作")),
		entry{Name: "Doc_0/Tags/CustomTags.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:CustomTags ` + ns + `>
  <ofd:CustomTag NameSpace="http://www.example.gov.cn/gw"><ofd:FileLoc>CustomTag.xml</ofd:FileLoc></ofd:CustomTag>
</ofd:CustomTags>`},
		entry{Name: "Doc_0/Tags/CustomTag.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<gw:公文 xmlns:gw="http://www.example.gov.cn/gw" ` + ns + `>
  <gw:密级和保密期限>秘密★1年</gw:密级和保密期限>
  <gw:签发人><ofd:ObjectRef PageRef="10">105</ofd:ObjectRef></gw:签发人>
</gw:公文>`},
		entry{Name: "Doc_0/Signs/Signatures.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Signatures ` + ns + `>
  <ofd:MaxSignId>1</ofd:MaxSignId>
  <ofd:Signature ID="1" Type="Seal" BaseLoc="/Doc_0/Signs/Sign_0/Signature.xml"/>
</ofd:Signatures>`},
		entry{Name: "Doc_0/Signs/Sign_0/Signature.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Signature ` + ns + `>
  <ofd:SignedInfo>
    <ofd:Provider ProviderName="OFD R&amp;W" Company="OFD R&amp;W" Version="2.4.0"/>
    <ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod>
    <ofd:SignatureDateTime>20240301090000Z</ofd:SignatureDateTime>
    <ofd:References CheckMethod="1.2.156.10197.1.401">
      <ofd:Reference FileRef="/Doc_0/Document.xml"><ofd:CheckValue>AAAA</ofd:CheckValue></ofd:Reference>
    </ofd:References>
    <ofd:StampAnnot ID="1" PageRef="10" Boundary="120 200 40 40"/>
  </ofd:SignedInfo>
  <ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue>
</ofd:Signature>`},
		entry{Name: "Doc_0/Signs/Sign_0/SignedValue.dat", Body: "\x30\x82\x01\x00 not verified"},
	)

	// A composite object whose graphic unit (in PublicRes) holds text.
	add("composite.ofd",
		entryXML(`<ofd:Title>附件</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(`
  <ofd:CompositeGraphicUnits>
    <ofd:CompositeGraphicUnit ID="50" Width="100" Height="20">
      <ofd:Content>`+text(0, 10, 5.6, 4, "附件：统计表", "")+`
      </ofd:Content>
    </ofd:CompositeGraphicUnit>
  </ofd:CompositeGraphicUnits>`), documentRes(""),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "",
			paragraph(30, "正文第一行。")+`
      <ofd:CompositeObject ID="51" Boundary="28 40 100 20" ResourceID="50"/>`),
	)

	// A scanned page: one picture over the whole page, no text.
	media := `
  <ofd:MultiMedias>
    <ofd:MultiMedia ID="7" Type="Image" Format="PNG"><ofd:MediaFile>image_7.png</ofd:MediaFile></ofd:MultiMedia>
  </ofd:MultiMedias>`
	scanImage := `
      <ofd:ImageObject ID="60" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="7"/>`
	add("scan.ofd",
		entryXML(`<ofd:Title>扫描件</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(media),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "", scanImage),
		entry{Name: "Doc_0/Res/image_7.png", Body: tinyPNG()},
	)

	// A scanned page with an OCR layer: text neither filled nor stroked.
	ocr := "经研究决定于下月召开全市政务公开工作推进会议请各单位主要负责同志准时参加会议地点另行通知联系人办公室综合科"
	add("scan_ocr.ofd",
		entryXML(`<ofd:Title>扫描件</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(media),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "", scanImage+
			text(28, 40, 4.2, 4, string([]rune(ocr)[:30]), ` Fill="false"`)+
			text(28, 48, 4.2, 4, string([]rune(ocr)[30:]), ` Fill="false"`)),
		entry{Name: "Doc_0/Res/image_7.png", Body: tinyPNG()},
	)

	// An encrypted package: Encryptions.xml, members unreadable.
	add("encrypted.ofd",
		entryXML(`<ofd:Title>加密文件</ofd:Title>`, ""),
		entry{Name: "Encryptions.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Encryptions ` + ns + `>
  <ofd:Encryption EncryptionID="1" Relative="Doc_0"><ofd:EncryptScope>Document</ofd:EncryptScope></ofd:Encryption>
</ofd:Encryptions>`},
		entry{Name: "Doc_0/Document.xml", Body: "\x8f\x1c\xa2 encrypted bytes \x00\x01"},
	)

	// A document of two pages whose second page's content is missing.
	add("missing_page.ofd",
		entryXML(`<ofd:Title>缺页</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml", "Pages/Page_1/Content.xml"}, ""),
		publicRes(""), documentRes(""),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "", paragraph(40, "第一页的正文。")),
	)

	// As ofdrw and converters write pages: the older namespace
	// http://www.ofdspec.org, pretty-printed TextCodes (their line breaks
	// and indentation are not text), CGTransform glyph ids beside the
	// Unicode text, an entity; a second page converted from PDF whose
	// glyphs are drawn as paths, with the text as an undrawn layer.
	old := `xmlns:ofd="http://www.ofdspec.org"`
	add("ofdrw_style.ofd",
		entryXML(`<ofd:Title>转换件</ofd:Title>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml", "Pages/Page_1/Content.xml"}, ""),
		publicRes(""), documentRes(""),
		entry{Name: "Doc_0/Pages/Page_0/Content.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ` + old + `>
    <ofd:Area>
        <ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>
    </ofd:Area>
    <ofd:Content>
        <ofd:Layer ID="3">
            <ofd:TextObject ID="4" Boundary="31.7 25.4 60 5" Font="4" Size="3.0">
                <ofd:CGTransform CodePosition="0" CodeCount="3" GlyphCount="3">
                    <ofd:Glyphs>20 21 19</ofd:Glyphs>
                </ofd:CGTransform>
                <ofd:TextCode X="0" Y="3"
                              DeltaX="3 3 3 3 3 3 3 1.5 1.5 1.5 1.5 3 3">
                    联系电话与邮箱R&amp;D：见附页
                </ofd:TextCode>
            </ofd:TextObject>
            <ofd:TextObject ID="5" Boundary="31.7 30.4 30 5" Font="4" Size="3.0">
                <ofd:TextCode X="0" Y="3" DeltaX="3 3 3 3 3">以上内容请知悉</ofd:TextCode>
            </ofd:TextObject>
        </ofd:Layer>
    </ofd:Content>
</ofd:Page>`},
		entry{Name: "Doc_0/Pages/Page_1/Content.xml", Body: `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ` + old + `>
    <ofd:Content>
        <ofd:Layer ID="3">
            <ofd:PathObject ID="6" Boundary="31.7 25.4 3 3" Fill="true"><ofd:AbbreviatedData>M 0 0 L 3 0 L 3 3 C</ofd:AbbreviatedData></ofd:PathObject>
            <ofd:PathObject ID="7" Boundary="34.7 25.4 3 3" Fill="true"><ofd:AbbreviatedData>M 0 0 L 3 3 C</ofd:AbbreviatedData></ofd:PathObject>
            <ofd:TextObject ID="8" Boundary="31.7 25.4 60 5" Font="4" Size="3.0" Fill="false">
                <ofd:TextCode X="0" Y="3" DeltaX="g 8 3">第二页由曲线绘制的文字</ofd:TextCode>
            </ofd:TextObject>
        </ofd:Layer>
    </ofd:Content>
</ofd:Page>`},
	)

	// A clean notice: nothing to find, metadata only.
	add("clean.ofd",
		entryXML(`<ofd:Title>关于春节假期安排的通知</ofd:Title>
      <ofd:Creator>OFD R&amp;W</ofd:Creator>`, ""),
		documentXML("", []string{"Pages/Page_0/Content.xml"}, ""),
		publicRes(""), documentRes(""),
		pageXML("Doc_0/Pages/Page_0/Content.xml", "",
			text(40, 50, 7.7, 5, "关于春节假期安排的通知", "")+
				paragraph(70, "各科室：")+
				paragraph(80, "　　根据国务院办公厅通知精神，现将春节放假安排通知如下。")+
				paragraph(90, "　　放假期间请做好值班安排。")+
				text(130, 120, 5.6, 4, "2024年2月1日", "")),
	)
	return out
}
