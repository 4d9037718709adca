"""Hand-written DOCX/XLSX shapes for blind20-places (written XML, zipped)."""
import json, os, sys
from ooxml import *
from vals import *

OUT = sys.argv[1]
LAB = []

def L(f, v, cats, raws, note):
    LAB.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raws, "note": note})

HEAD = p("关于开展2026年度安全生产大检查的通知") + p("各科室、各直属单位：为切实做好岁末年初安全生产工作，现将有关事项通知如下。") + p("一、检查时间：2026年12月10日至12月25日。")
TAIL = p("咨询电话：0571-87053210。") + p("市应急管理局办公室") + p("2026年12月6日")

def path(n):
    return os.path.join(OUT, n)

# --- text box (wps shape with txbxContent, VML fallback)
def textbox(inner):
    tb = "".join(p(t) for t in inner)
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3200000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2400000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2400000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape id="tb1" type="#_x0000_t202" style="position:absolute;width:189pt;height:71pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>') % (tb, tb)

id1 = idcard("330106", "19850312")
docx(path("d07_textbox_id.docx"), HEAD + textbox(["报名联系人：周海涛", "身份证号：" + id1]) + TAIL)
L("d07_textbox_id.docx", "block", ["id_card"], [id1], "hand-written XML: a wps text box (with its VML fallback, same text) beside the body holds 身份证号 + a check-digit-valid ID")
bid = bad_id("330106", "19880521")
docx(path("d08_textbox_badid_clean.docx"), HEAD + textbox(["样表填写示例", "身份证号：" + bid]) + TAIL)
L("d08_textbox_badid_clean.docx", "pass", [], [], "twin of d07: the text box holds an 18-digit number whose GB 11643 check digit is wrong (not an ID); the body's landline is an agency number")

# --- alt text of a picture
def picture(descr, title=""):
    return ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="914400" cy="609600"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr id="2" name="图片 2" descr="%s" title="%s"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.png" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="609600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
            % (esc(descr, {'"': "&quot;"}), esc(title, {'"': "&quot;"}), esc(descr, {'"': "&quot;"})))
m1 = mobile("139")
img = png()
docx(path("d09_alttext_mobile.docx"), HEAD + picture("现场照片，拍摄人张建华，联系手机" + m1) + TAIL,
     parts=[("word/media/image1.png", img)], rels=[("rIdImg", "image", "media/image1.png", False)], defaults=[("png", "image/png")])
L("d09_alttext_mobile.docx", "review", ["mobile_phone"], [m1], "hand-written XML: the alt text (wp:docPr descr and pic:cNvPr descr) of a plain blue picture names 张建华 and his 139 mobile; the picture itself has no text")
docx(path("d10_alttext_clean.docx"), HEAD + picture("市应急管理局办公楼外景照片，政务服务热线12345") + TAIL,
     parts=[("word/media/image1.png", img)], rels=[("rIdImg", "image", "media/image1.png", False)], defaults=[("png", "image/png")])
L("d10_alttext_clean.docx", "pass", [], [], "twin of d09: alt text describes the building and the public hotline 12345. The picture is a 96x64 solid blue block with nothing to read; docs/ say pictures in DOCX are read with OCR, and the README says a picture in which OCR reads nothing goes to a person (said of uploaded pictures); a careful reviewer looking at a plain colour block passes it, so labelled pass")

# --- hyperlink target only
def hlink(rid, shown, tooltip=None):
    tt = ' w:tooltip="%s"' % esc(tooltip, {'"': "&quot;"}) if tooltip else ""
    return '<w:p><w:r><w:t xml:space="preserve">附件下载：</w:t></w:r><w:hyperlink r:id="%s"%s><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t>%s</w:t></w:r></w:hyperlink></w:p>' % (rid, tt, esc(shown))
ip1 = "http://10.36.12.8:8080/oa/attach/download?fid=20261205"
docx(path("d11_linktarget_intranet.docx"), HEAD + hlink("rIdL", "《检查表》") + TAIL, rels=[("rIdL", "hyperlink", ip1, True)])
L("d11_linktarget_intranet.docx", "review", ["internal_address"], [], "hand-written XML: a w:hyperlink whose shown text is 《检查表》 and whose external target (document.xml.rels) is an OA download URL on 10.36.12.8")
docx(path("d12_linktarget_public.docx"), HEAD + hlink("rIdL", "《检查表》") + TAIL, rels=[("rIdL", "hyperlink", "https://yjglj.hangzhou.gov.cn/art/2026/12/6/art_1229_58.html", True)])
L("d12_linktarget_public.docx", "pass", [], [], "twin of d11: the hyperlink target is the agency's public website")
m2 = mobile("158")
docx(path("d13_link_tooltip_mobile.docx"), HEAD + hlink("rIdL", "《检查表》", "有问题请找李文静，手机" + m2) + TAIL, rels=[("rIdL", "hyperlink", "https://yjglj.hangzhou.gov.cn/", True)])
L("d13_link_tooltip_mobile.docx", "review", ["mobile_phone"], [m2], "NOT in docs: a hyperlink's ScreenTip (w:tooltip attribute) shows 李文静 and her 158 mobile when the reader hovers the link; a careful reviewer expects it caught (it is displayed by Word)")

# --- hidden text w:vanish
c1 = card()
VAN = '<w:rPr><w:vanish/></w:rPr>'
docx(path("d14_vanish_card.docx"), HEAD + runs("补助发放至本人账户。", '<w:r>%s<w:t xml:space="preserve">（户名王丽萍，卡号%s）</w:t></w:r>' % (VAN, c1)) + TAIL)
L("d14_vanish_card.docx", "block", ["bank_card", "hidden_content"], [c1], "hand-written XML: a run with w:vanish (hidden text) holds a person's 户名 and a Luhn-valid UnionPay 卡号 after a visible sentence")
docx(path("d15_vanish_clean.docx"), HEAD + runs("补助发放至本人账户。", '<w:r>%s<w:t xml:space="preserve">（此段落按编辑要求暂不显示，咨询请拨打政务服务热线12345）</w:t></w:r>' % VAN) + TAIL)
L("d15_vanish_clean.docx", "review", ["hidden_content"], [], "twin of d14: the hidden run says nothing personal (hotline 12345), but hidden text is itself hidden_content (review) by docs/findings.md")

# --- fields
def complex_field(instr, result):
    return ('<w:p><w:r><w:t xml:space="preserve">详见：</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>') % (esc(instr), esc(result))
u2 = "http://192.168.20.15/xxgk/neibu/2026-88.html"
docx(path("d16_field_hyperlink_intranet.docx"), HEAD + complex_field('HYPERLINK "%s"' % u2, "点击查看原文") + TAIL)
L("d16_field_hyperlink_intranet.docx", "review", ["internal_address"], [], "hand-written XML: a complex HYPERLINK field (fldChar begin/instrText/separate/end) whose instruction holds a 192.168.20.15 URL; the shown result is 点击查看原文")
docx(path("d17_field_hyperlink_public.docx"), HEAD + complex_field('HYPERLINK "https://www.gov.cn/zhengce/2026-12/06/content_7001.htm"', "点击查看原文") + TAIL)
L("d17_field_hyperlink_public.docx", "pass", [], [], "twin of d16: the HYPERLINK field points at www.gov.cn")
id2 = idcard("320102", "19790804")
docx(path("d18_mergefield_id.docx"), HEAD + p("申请人：赵国庆") + '<w:p><w:r><w:t xml:space="preserve">身份证号：</w:t></w:r><w:fldSimple w:instr=" MERGEFIELD 身份证号 "><w:r><w:t>%s</w:t></w:r></w:fldSimple></w:p>' % id2 + TAIL)
L("d18_mergefield_id.docx", "block", ["id_card"], [id2], "hand-written XML: a mail-merge result left in the document: w:fldSimple MERGEFIELD 身份证号 whose cached result is a valid ID after 身份证号：")
docx(path("d19_mergefield_clean.docx"), HEAD + p("申请人：（姓名）") + '<w:p><w:r><w:t xml:space="preserve">咨询电话：</w:t></w:r><w:fldSimple w:instr=" MERGEFIELD 咨询电话 "><w:r><w:t>12345</w:t></w:r></w:fldSimple></w:p>' + TAIL)
L("d19_mergefield_clean.docx", "pass", [], [], "twin of d18: the MERGEFIELD result is the hotline 12345")

# --- endnote
def notes_part(kind, text):
    tag = "endnote" if kind == "end" else "footnote"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%ss %s><w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s><w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
            '<w:%s w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:%s></w:%ss>') % (tag, W, tag, tag, tag, tag, tag, tag, esc(text), tag, tag)
pp = "E%08d" % R.randint(10000000, 99999999)
docx(path("d20_endnote_passport.docx"), HEAD + runs("二、出访人员名单见附件。", '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>') + TAIL,
     parts=[("word/endnotes.xml", notes_part("end", "随行人员陈思远，护照号码：" + pp + "，已办妥签证。"))],
     rels=[("rIdEn", "endnotes", "endnotes.xml", False)], overrides=[("/word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml")])
L("d20_endnote_passport.docx", "review", ["passport"], [pp], "hand-written XML: an endnote (word/endnotes.xml) names 陈思远 with 护照号码 E + 8 digits")
docx(path("d21_endnote_clean.docx"), HEAD + runs("二、出访安排见附件。", '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>') + TAIL,
     parts=[("word/endnotes.xml", notes_part("end", "因公出国（境）审批事项办事指南见 https://www.zjzwfw.gov.cn/ ，护照办理咨询12345。"))],
     rels=[("rIdEn", "endnotes", "endnotes.xml", False)], overrides=[("/word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml")])
L("d21_endnote_clean.docx", "pass", [], [], "twin of d20: the endnote mentions 护照 but carries only a public URL and 12345, no passport number")

# --- docVar
id3 = idcard("440304", "19920117")
docx(path("d22_docvar_id.docx"), HEAD + TAIL, settings='<w:docVars><w:docVar w:name="OA_ApplicantIdNo" w:val="%s"/><w:docVar w:name="OA_FlowNo" w:val="GW-2026-1206"/></w:docVars>' % id3)
L("d22_docvar_id.docx", "block", ["id_card"], [id3], "hand-written XML: word/settings.xml w:docVar OA_ApplicantIdNo holds a valid ID (an OA system's variable Word never shows); docs list w:docVar")
docx(path("d23_docvar_clean.docx"), HEAD + TAIL, settings='<w:docVars><w:docVar w:name="OA_FlowNo" w:val="GW-2026-1206"/><w:docVar w:name="OA_Template" w:val="通知模板v3"/></w:docVars>')
L("d23_docvar_clean.docx", "pass", [], [], "twin of d22: docVars hold a flow number and a template name")

# --- customXml data store (not mentioned in docs)
m3 = mobile("188")
docx(path("d24_customxml_mobile.docx"), HEAD + TAIL,
     parts=[("customXml/item1.xml", '<?xml version="1.0" encoding="UTF-8"?><oaForm xmlns="urn:oa:form"><drafter>孙立群</drafter><drafterMobile>%s</drafterMobile><dept>办公室</dept></oaForm>' % m3),
            ("customXml/itemProps1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6A1C2E3B-1111-4A2B-9C3D-20261206AAAA}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'),
            ("customXml/_rels/item1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>')],
     rels=[("rIdCx", "customXml", "../customXml/item1.xml", False)],
     overrides=[("/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")])
L("d24_customxml_mobile.docx", "review", ["mobile_phone"], [m3], "NOT in docs: an OA system's customXml data store (customXml/item1.xml, related from document.xml) holds the drafter 孙立群 and his 188 mobile; Word shows it to no one but anyone unzipping the published file reads it, so a careful reviewer wants it reviewed")

# --- SmartArt
m4 = mobile("135")
dm = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>'
      '<dgm:pt modelId="{00000000-0000-0000-0000-000000000001}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr lang="zh-CN"/></a:p></dgm:t></dgm:pt>'
      '<dgm:pt modelId="{00000000-0000-0000-0000-000000000002}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>总指挥：局长</a:t></a:r></a:p></dgm:t></dgm:pt>'
      '<dgm:pt modelId="{00000000-0000-0000-0000-000000000003}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>%s</a:t></a:r></a:p></dgm:t></dgm:pt>'
      '</dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="{00000000-0000-0000-0000-000000000010}" srcId="{00000000-0000-0000-0000-000000000001}" destId="{00000000-0000-0000-0000-000000000002}" srcOrd="0" destOrd="0"/>'
      '<dgm:cxn modelId="{00000000-0000-0000-0000-000000000011}" srcId="{00000000-0000-0000-0000-000000000001}" destId="{00000000-0000-0000-0000-000000000003}" srcOrd="1" destOrd="0"/></dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>')
smart = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="1600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="3" name="图示 3"/><wp:cNvGraphicFramePr/>'
         '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="rIdDm" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
def smartart_parts(text):
    lo = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:layoutDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/hierarchy1"><dgm:layoutNode name="root"/></dgm:layoutDef>'
    qs = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:styleDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"/>'
    cs = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:colorsDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"/>'
    parts = [("word/diagrams/data1.xml", dm % esc(text)), ("word/diagrams/layout1.xml", lo), ("word/diagrams/quickStyle1.xml", qs), ("word/diagrams/colors1.xml", cs)]
    rels = [("rIdDm", "diagramData", "diagrams/data1.xml", False), ("rIdLo", "diagramLayout", "diagrams/layout1.xml", False),
            ("rIdQs", "diagramQuickStyle", "diagrams/quickStyle1.xml", False), ("rIdCs", "diagramColors", "diagrams/colors1.xml", False)]
    ov = [("/word/diagrams/data1.xml", "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"),
          ("/word/diagrams/layout1.xml", "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml"),
          ("/word/diagrams/quickStyle1.xml", "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml"),
          ("/word/diagrams/colors1.xml", "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml")]
    return parts, rels, ov
pa, re_, ov = smartart_parts("现场联络员：吴晓东 " + m4)
docx(path("d25_smartart_mobile.docx"), HEAD + p("三、组织架构如下图：") + smart + TAIL, parts=pa, rels=re_, overrides=ov)
L("d25_smartart_mobile.docx", "review", ["mobile_phone"], [m4], "hand-written XML: a SmartArt (dgm:relIds → word/diagrams/data1.xml, no drawing cache) whose second node reads 现场联络员：吴晓东 + 135 mobile")
pa, re_, ov = smartart_parts("现场联络：值班室 0571-87053211")
docx(path("d26_smartart_clean.docx"), HEAD + p("三、组织架构如下图：") + smart + TAIL, parts=pa, rels=re_, overrides=ov)
L("d26_smartart_clean.docx", "pass", [], [], "twin of d25: the SmartArt node carries the duty room's landline")

# --- content control with a person's plate
plate = "浙A3K729"
sdt = '<w:sdt><w:sdtPr><w:alias w:val="车辆信息"/><w:tag w:val="car"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:sdtContent></w:sdt>'
docx(path("d27_sdt_plate.docx"), HEAD + sdt % ("违停车辆：车主刘洪波，车牌号" + plate + "，请于三日内接受处理。") + TAIL)
L("d27_sdt_plate.docx", "review", ["license_plate"], [plate], "hand-written XML: a block content control (w:sdt) holds 车主刘洪波 and his plate 浙A3K729")
docx(path("d28_sdt_plate_masked_clean.docx"), HEAD + sdt % "违停车辆：车主刘某，车牌号浙A3***9，请于三日内接受处理。" + TAIL)
L("d28_sdt_plate_masked_clean.docx", "pass", [], [], "twin of d27: owner and plate masked (刘某, 浙A3***9)")

json.dump(LAB, open(os.path.join(OUT, "_labels_hand.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LAB), "hand files")
