"""Hand-written OOXML (shapes producers cannot make), OFD and HTML for blind18-office."""
import base64, os
from common import OUT, V, label, save_labels, hand_docx, write_zip, p, text_png

ID, CARD, MOB, PLATE, PP, USCC = V["id"], V["card"], V["mobile"], V["plate"], V["passport"], V["uscc"]

NOTICE = ["各区人民政府，市政府各部门：",
          "为切实做好今冬明春安全生产工作，经市政府同意，现就有关事项通知如下。",
          "一、压实各方责任。各单位要对照职责清单逐项检查，建立问题台账，明确整改时限。",
          "二、加强督促检查。市安委办将适时组织联合检查组开展督导，对工作不力的予以通报。",
          "联系电话：0571-87051234。"]


def body(paras):
    return "".join(p(x) for x in paras)


def f(name):
    return os.path.join(OUT, name)


# ---------- DOCX: watermarks and header shapes ----------
VML_WM = ('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict>'
          '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
          '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
          '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
          'style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:80pt;rotation:315;z-index:-251657216;'
          'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" '
          'o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
          '<v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="%s"/>'
          '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>')

hand_docx(f("d03_header_vml_watermark.docx"), body(["关于开展2026年度政务数据质量核查的通知"] + NOTICE),
          headers=[("default", VML_WM % "内部资料　注意保存")])
label("d03_header_vml_watermark.docx", "review", ["sensitive_term"], [],
      "hand-written WordprocessingML: Word's VML WordArt watermark (PowerPlusWaterMarkObject, v:textpath string=) in the default header reads 内部资料　注意保存; body clean")

hand_docx(f("c05_header_vml_watermark_draft.docx"), body(["关于征求《城市更新条例（草案）》意见的公告"] + NOTICE[1:]),
          headers=[("default", VML_WM % "征求意见稿")])
label("c05_header_vml_watermark_draft.docx", "pass", [], [],
      "clean control: the same VML WordArt watermark shape, reading 征求意见稿 (a public consultation draft); nothing to find")


def wps_textbox(text, anchor=True, hidden=False):
    docpr = '<wp:docPr id="%d" name="文本框 1"%s/>' % (7, ' hidden="1"' if hidden else "")
    inner = ('<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="400000"/></a:xfrm>'
             '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
             '<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>'
             '<w:t>%s</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"/></wps:wsp>'
             '</a:graphicData></a:graphic>') % text
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>1008000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>540000</wp:posOffset></wp:positionV><wp:extent cx="1800000" cy="400000"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>%s<wp:cNvGraphicFramePr/>%s</wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape id="tb1" type="#_x0000_t202" style="position:absolute;width:141.7pt;height:31.5pt" stroked="f">'
            '<v:textbox><w:txbxContent><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r></w:p>') % (docpr, inner, text)


hand_docx(f("d04_header_textbox_marking.docx"), body(["关于做好重大活动期间通信保障工作的通知"] + NOTICE),
          headers=[("default", wps_textbox("秘密★1年"))])
label("d04_header_textbox_marking.docx", "block", ["classified_marking"], [],
      "hand-written: a DrawingML text box (wps:wsp in mc:AlternateContent, VML fallback) anchored at the page's top left in the default header reads 秘密★1年")

hand_docx(f("c12_header_textbox_agency.docx"),
          body(["保密宣传月活动安排",
                "根据《中华人民共和国保守国家秘密法》和本市保密宣传教育工作要点，现将保密宣传月活动安排公布如下。",
                "活动期间将在各街道开展“上网不涉密，涉密不上网”主题宣传，欢迎市民参与。",
                "咨询电话：12345。"]),
          headers=[("default", wps_textbox("XX市国家保密局"))])
label("c12_header_textbox_agency.docx", "pass", [], [],
      "clean control: the same header text-box shape holding the agency name; body quotes 保守国家秘密法 and the slogan 上网不涉密，涉密不上网; hotline 12345")

hand_docx(f("d10_body_textbox_plate.docx"),
          body(["关于2026年11月违规占用应急车道车辆的处理情况"]) + wps_textbox("车牌号：%s" % PLATE[0]) +
          body(["经核查，上述车辆已按规定处理。", "特此通报。"]))
label("d10_body_textbox_plate.docx", "review", ["license_plate"], [PLATE[0]],
      "hand-written: a floating DrawingML text box in the body (with its VML fallback) holds 车牌号：%s" % PLATE[0])

# ---------- DOCX: tracked deletion ----------
delrun = ('<w:p><w:r><w:t xml:space="preserve">申请人王某某，</w:t></w:r>'
          '<w:del w:id="11" w:author="科员" w:date="2026-11-28T10:00:00Z"><w:r><w:delText xml:space="preserve">身份证号%s，</w:delText></w:r></w:del>'
          '<w:r><w:t xml:space="preserve">住所地本市西湖区，现予以公示。</w:t></w:r></w:p>') % ID[0]
hand_docx(f("d08_tracked_deletion_id.docx"), body(["行政许可决定公示"]) + delrun + body(["公示期：2026年12月1日至12月7日。"]))
label("d08_tracked_deletion_id.docx", "block", ["id_card", "hidden_content"], [ID[0]],
      "hand-written: a tracked deletion (w:del/w:delText) in a body paragraph holds 身份证号 + ID; the visible text reads clean")

# ---------- DOCX: fields ----------
fld_include = ('<w:p><w:r><w:t xml:space="preserve">附件名单：</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText xml:space="preserve"> INCLUDETEXT "\\\\\\\\fs01\\\\公文交换\\\\2026\\\\拟表彰人员名单.docx" \\* MERGEFORMAT </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>（名单见附件）</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
hand_docx(f("d13_field_includetext_unc.docx"), body(["关于表彰2026年度先进集体和先进个人的决定"]) + fld_include + body(NOTICE[1:3]))
label("d13_field_includetext_unc.docx", "review", ["internal_address"], [],
      "hand-written: a complex INCLUDETEXT field whose instruction names a UNC path as Word writes it in field codes (backslashes doubled: \\\\\\\\fs01\\\\公文交换\\\\...); the field result shows only （名单见附件）")

fld_link = ('<w:p><w:r><w:t xml:space="preserve">原文请见：</w:t></w:r>'
            '<w:fldSimple w:instr=" HYPERLINK &quot;http://172.20.3.15:8080/gwxt/doc?id=2217&quot; "><w:r><w:t>点击查看原文</w:t></w:r></w:fldSimple></w:p>')
hand_docx(f("d14_field_hyperlink_ip.docx"), body(["关于转发省政府办公厅文件的通知"]) + fld_link + body(NOTICE[3:]))
label("d14_field_hyperlink_ip.docx", "review", ["internal_address"], [],
      "hand-written: a w:fldSimple HYPERLINK field to http://172.20.3.15:8080/gwxt/... (an RFC 1918 address) shows only 点击查看原文")

fld_pub = ('<w:p><w:r><w:t xml:space="preserve">政策原文见中国政府网：</w:t></w:r>'
           '<w:fldSimple w:instr=" HYPERLINK &quot;https://www.gov.cn/zhengce/content/2026-11/20/content_7000001.htm&quot; "><w:r><w:t>点击查看</w:t></w:r></w:fldSimple></w:p>')
footer_page = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>')
hand_docx(f("c13_fields_public_link.docx"), body(["关于转发国务院办公厅文件的通知"]) + fld_pub + body(NOTICE[3:]),
          footers=[("default", footer_page)])
label("c13_fields_public_link.docx", "pass", [], [],
      "clean control: the same HYPERLINK field to a public https://www.gov.cn page, a PAGE field in the footer, an agency landline")

# ---------- DOCX: docVar, properties ----------
hand_docx(f("d24_docvar_mobile.docx"), body(["关于调整部分公交线路的公告"] + NOTICE[1:4]),
          settings='<w:docVars><w:docVar w:name="ngr" w:val="张某"/><w:docVar w:name="ngr_phone" w:val="%s"/></w:docVars>' % MOB[0])
label("d24_docvar_mobile.docx", "review", ["mobile_phone"], [MOB[0]],
      "hand-written: an OA system's document variables in settings.xml (w:docVar ngr_phone) hold a drafter's mobile; body clean")

hand_docx(f("c15_docvar_template.docx"), body(["关于调整部分公交线路的公告"] + NOTICE[1:4]),
          settings='<w:docVars><w:docVar w:name="gwmb" w:val="xxszf_tz_v3"/><w:docVar w:name="fwzh" w:val="X府办〔2026〕12号"/></w:docVars>')
label("c15_docvar_template.docx", "pass", [], [],
      "clean control: document variables naming the OA template and the 发文字号 only")

hand_docx(f("d15_custom_prop_id.docx"), body(["关于2026年度老年人补贴发放情况的公告"] + NOTICE[1:4]),
          custom_props=[("经办人", "李某"), ("经办人身份证号", ID[1]), ("公开方式", "主动公开")])
label("d15_custom_prop_id.docx", "block", ["id_card"], [ID[1]],
      "hand-written: a custom document property (docProps/custom.xml, 经办人身份证号) holds a full ID; docs say properties are read (metadata, info) but an ID found there is still an ID (docs silent on severity of detector hits inside properties)")

hand_docx(f("c14_custom_props_clean.docx"), body(["关于2026年度老年人补贴发放情况的公告"] + NOTICE[1:4]),
          custom_props=[("发文字号", "X府办〔2026〕12号"), ("公开方式", "主动公开"), ("发文机关", "XX市民政局")], creator="市民政局办公室")
label("c14_custom_props_clean.docx", "pass", [], [],
      "clean control: custom properties 发文字号/公开方式/发文机关 and an author; metadata is info only")

hand_docx(f("d16_core_title_marking.docx"), body(["关于2026年度应急演练方案的通知"] + NOTICE[1:4]),
          core_title="机密★5年 关于2026年度应急演练方案的通知")
label("d16_core_title_marking.docx", "block", ["classified_marking"], [],
      "hand-written: the core property dc:title reads 机密★5年 关于...; the body has no marking (the text was copied from a classified original); docs list metadata as info but a starred marking is a marking wherever it stands (docs silent on markings in properties)")

# ---------- DOCX: bare level in first-page / even-page headers ----------
hand_docx(f("d27_even_header_bare_level.docx"),
          body(["关于做好边境地区疫情联防联控工作的通知"] + NOTICE + ["（此页无正文）"]),
          headers=[("default", p("XX省卫生健康委员会")), ("even", p("机密"))],
          settings='<w:evenAndOddHeaders/>')
label("d27_even_header_bare_level.docx", "block", ["classified_marking"], [],
      "hand-written: evenAndOddHeaders on; the even-page header holds a bare 机密 alone, the default (odd) header the agency name")

hand_docx(f("d28_first_header_bare_level.docx"),
          body(["关于2026年度防汛物资储备情况的报告"] + NOTICE[1:]),
          headers=[("default", p("")), ("first", p("秘密"))], sect_extra='<w:titlePg/>')
label("d28_first_header_bare_level.docx", "block", ["classified_marking"], [],
      "hand-written: titlePg; the first-page header holds a bare 秘密 at its head, the default header is empty")

# ---------- OFD ----------
OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def text_objs(lines, start_id, x=25.0, y=40.0, size=5.0, lh=9.0):
    out = []
    i = start_id
    for ln in lines:
        n = len(ln)
        dx = (" DeltaX=\"g %d %.1f\"" % (n - 1, size)) if n > 1 else ""
        out.append('<ofd:TextObject ID="%d" Boundary="%.1f %.1f 170 %.1f" Font="1" Size="%.1f"><ofd:TextCode X="0" Y="%.1f"%s>%s</ofd:TextCode></ofd:TextObject>'
                   % (i, x, y, size + 2, size, size, dx, ln))
        i += 1
        y += lh
    return "".join(out), i


def ofd(path, title, lines, tpl_lines=None, custom=None):
    body_xml, nid = text_objs(lines, 10)
    parts = []
    cd = ""
    if custom:
        cd = "<ofd:CustomDatas>%s</ofd:CustomDatas>" % "".join('<ofd:CustomData Name="%s">%s</ofd:CustomData>' % kv for kv in custom)
    parts.append(("OFD.xml", '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD %s Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                  '<ofd:DocID>6b1c0f3e2a9d4d1c8e7f5a4b3c2d1e0f</ofd:DocID><ofd:Title>%s</ofd:Title><ofd:Author>办公室</ofd:Author>'
                  '<ofd:CreationDate>2026-12-01</ofd:CreationDate>%s</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>' % (OFD_NS, title, cd)))
    tpl_decl = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if tpl_lines else ""
    parts.append(("Doc_0/Document.xml", '<?xml version="1.0" encoding="UTF-8"?><ofd:Document %s><ofd:CommonData><ofd:MaxUnitID>%d</ofd:MaxUnitID>'
                  '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>%s</ofd:CommonData>'
                  '<ofd:Pages><ofd:Page ID="3" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>' % (OFD_NS, nid + 20, tpl_decl)))
    parts.append(("Doc_0/PublicRes.xml", '<?xml version="1.0" encoding="UTF-8"?><ofd:Res %s BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>' % OFD_NS))
    if tpl_lines:
        t_xml, _ = text_objs(tpl_lines, nid + 1, x=20.0, y=12.0, size=4.2)
        parts.append(("Doc_0/Tpls/Tpl_0/Content.xml", '<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s><ofd:Content><ofd:Layer ID="%d">%s</ofd:Layer></ofd:Content></ofd:Page>' % (OFD_NS, nid, t_xml)))
    tref = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if tpl_lines else ""
    parts.append(("Doc_0/Pages/Page_0/Content.xml", '<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s>%s<ofd:Content><ofd:Layer ID="4">%s</ofd:Layer></ofd:Content></ofd:Page>' % (OFD_NS, tref, body_xml)))
    write_zip(path, parts)


ofd(f("f01_template_marking.ofd"), "关于做好年底安全稳定工作的通知",
    ["关于做好年底安全稳定工作的通知"] + NOTICE, tpl_lines=["秘密★1年"])
label("f01_template_marking.ofd", "block", ["classified_marking"], [],
      "hand-written OFD (GB/T 33190): the page's template (TemplatePage, ZOrder Background) holds 秘密★1年 at the top left; page text clean")
ofd(f("f02_template_redhead_clean.ofd"), "关于做好年底安全稳定工作的通知",
    ["关于做好年底安全稳定工作的通知"] + NOTICE, tpl_lines=["XX市人民政府办公室文件"])
label("f02_template_redhead_clean.ofd", "pass", [], [],
      "clean control: the same OFD with the template holding the 红头 (agency name) only")
ofd(f("f03_customdata_mobile.ofd"), "关于公布第二批示范社区名单的通知",
    ["关于公布第二批示范社区名单的通知"] + NOTICE[1:], custom=[("拟稿人", "赵某"), ("拟稿人手机", MOB[1])])
label("f03_customdata_mobile.ofd", "review", ["mobile_phone"], [MOB[1]],
      "hand-written OFD: DocInfo CustomDatas (custom tags) hold 拟稿人手机 with a full mobile; page text clean")

# ---------- HTML pages as a CMS publishes them ----------
HEAD = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s_XX市人民政府门户网站</title>'
        '<meta name="SiteName" content="XX市人民政府门户网站"><meta name="ColumnName" content="通知公告">%s'
        '<link rel="stylesheet" href="/static/css/main.css"></head><body>\n'
        '<!-- 头部 开始 --><div class="header"><div class="logo"><a href="/">XX市人民政府</a></div>'
        '<ul class="nav"><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div><!-- 头部 结束 -->\n'
        '<div class="article"><h1>%s</h1><div class="info">发布时间：2026-12-01 来源：市政府办公室</div><div class="content">\n')
FOOT = ('\n</div></div>\n<!-- 底部 开始 --><div class="footer"><p>主办：XX市人民政府办公室 地址：XX市人民路1号 联系电话：0571-87051234</p>'
        '<p>网站标识码：3301000001 <a href="https://beian.miit.gov.cn/">浙ICP备05012345号</a></p></div><!-- 底部 结束 --></body></html>\n')


def html(name, title, content, meta=""):
    open(f(name), "w", encoding="utf-8").write(HEAD % (title, meta, title) + content + FOOT)


P = "".join("<p>%s</p>" % x for x in NOTICE[1:4])
html("h01_link_href_intranet.html", "关于印发工作方案的通知",
     P + '<p>附件：<a href="http://10.16.8.21/oa/fileDownload.do?fid=88231">工作方案.docx</a></p>')
label("h01_link_href_intranet.html", "review", ["internal_address"], [],
      "CMS page: an attachment link whose href is an OA download on 10.16.8.21 (RFC 1918); the link text shows only the file name")
html("h02_img_alt_id.html", "2026年度见义勇为人员表彰公示",
     P + '<p><img src="/upload/2026/12/a1.jpg" alt="表彰对象 王某 身份证号%s"></p>' % ID[2])
label("h02_img_alt_id.html", "block", ["id_card"], [ID[2]],
      "CMS page: an <img> alt attribute holds 身份证号 + full ID (the editor pasted the caption as alt text); visible text clean")
html("h12_img_title_plate.html", "关于占道停车的处理通报",
     P + '<p><img src="/upload/2026/12/c2.jpg" alt="现场照片" title="涉事车辆 车牌%s"></p>' % PLATE[1])
label("h12_img_title_plate.html", "review", ["license_plate"], [PLATE[1]],
      "CMS page: an <img> title attribute holds a new-energy plate %s; docs name alt text for office files, for HTML img title is an attribute (docs silent; a reader sees it on hover)" % PLATE[1])
html("h03_meta_mobile.html", "关于开展冬季供暖检查的通知", P,
     meta='<meta name="description" content="冬季供暖检查，联系人刘某，手机%s"><meta name="keywords" content="供暖,检查">' % MOB[2])
label("h03_meta_mobile.html", "review", ["mobile_phone"], [MOB[2]],
      "CMS page: <meta name=description> holds 联系人 + 手机 + full mobile; visible text clean")
html("h04_comment_note_mobile.html", "关于征集民生实事项目的公告",
     P + '<!-- 待删除：经办人陈某手机%s，发布前核实 -->' % MOB[3])
label("h04_comment_note_mobile.html", "review", ["mobile_phone", "hidden_content"], [MOB[3]],
      "CMS page: an editor's HTML comment 待删除：经办人陈某手机… inside the article")
html("h05_display_none_ids.html", "2026年度公共租赁住房资格审核结果公示",
     P + '<table class="gs"><tr><th>序号</th><th>申请人</th><th>身份证号</th></tr>'
     '<tr><td>1</td><td>张某某</td><td>110105********0012</td></tr></table>'
     '<div style="display:none"><table><tr><td>张建华</td><td>%s</td></tr><tr><td>李秀英</td><td>%s</td></tr></table></div>' % (ID[3], ID[4]))
label("h05_display_none_ids.html", "block", ["id_card", "hidden_content"], [ID[3], ID[4]],
      "CMS page: the visible 公示 table is masked; a display:none div below holds the unmasked names and IDs")
html("h06_hidden_attr_term.html", "关于优化营商环境若干措施的通知",
     P + '<section hidden><p>此件不公开，仅供内部参考，请勿转发。</p></section>')
label("h06_hidden_attr_term.html", "review", ["sensitive_term", "hidden_content"], [],
      "CMS page: a <section hidden> holds 此件不公开，仅供内部参考 (a note copied from the internal draft)")
html("h07_script_json_card.html", "2026年度临时救助资金发放公示",
     P + '<script type="application/json" id="gs-data">{"list":[{"name":"周某","amount":"2000","bankCard":"%s"},{"name":"吴某","amount":"1500","bankCard":"%s"}]}</script>'
     '<div id="gs"></div><script>var d=JSON.parse(document.getElementById("gs-data").textContent);</script>' % (CARD[0], CARD[1]))
label("h07_script_json_card.html", "block", ["bank_card"], [CARD[0], CARD[1]],
      "CMS page: a <script type=application/json> data island behind a table rendered by JS holds bankCard fields with UnionPay numbers; docs do not list <script> among the HTML places read (docs silent), but anyone can read it with view-source")
html("h08_noscript_marking.html", "关于做好重点时段值班工作的通知",
     '<noscript><p>秘密★6个月</p><p>本页面需启用脚本查看全文。</p></noscript>' + P)
label("h08_noscript_marking.html", "block", ["classified_marking"], [],
      "CMS page: <noscript> at the head of the article holds 秘密★6个月 (the text layer of a draft pasted into the fallback)")
srcdoc = '<p>联系人：孙某，电话%s</p>' % MOB[4]
html("h09_iframe_srcdoc_mobile.html", "关于开展消防安全大检查的通知",
     P + '<iframe title="联系方式" srcdoc="%s" style="border:0;height:40px"></iframe>' % srcdoc.replace('"', "&quot;"))
label("h09_iframe_srcdoc_mobile.html", "review", ["mobile_phone"], [MOB[4]],
      "CMS page: an iframe srcdoc holds 联系人 + 电话 + full mobile")
data_html = '<p>经办人：郑某 身份证号%s</p>' % ID[5]
b64 = base64.b64encode(data_html.encode("utf-8")).decode()
html("h10_data_uri_iframe_id.html", "关于发放高龄津贴的公示",
     P + '<iframe src="data:text/html;charset=utf-8;base64,%s" style="border:0;height:30px"></iframe>' % b64)
label("h10_data_uri_iframe_id.html", "block", ["id_card"], [ID[5]],
      "CMS page: an iframe whose src is a base64 data: URI of an HTML snippet with 身份证号 + ID; the browser shows it. docs name link targets and srcdoc but not decoding data: URIs (docs silent); a careful reviewer blocks it")
html("h11_form_hidden_input_id.html", "在线申请：住房公积金提取",
     P + '<form action="/wsbs/submit" method="post"><input type="hidden" name="applicantId" value="%s">'
     '<input type="hidden" name="applicantName" value="冯某"><input type="text" name="q" placeholder="请输入"><button>提交</button></form>' % ID[6])
label("h11_form_hidden_input_id.html", "block", ["id_card"], [ID[6]],
      "CMS page: a form's hidden <input name=applicantId> value is a full ID (a page saved with a test applicant)")
html("h13_link_unc.html", "关于报送年度统计数据的通知",
     P + '<p>模板下载：<a href="file://///fs02.zfb.local/共享/统计/模板.xlsx">统计模板</a></p>')
label("h13_link_unc.html", "review", ["internal_address"], [],
      "CMS page: a link whose href is file://///fs02.zfb.local/... (a UNC path as a file URL) behind the text 统计模板")

# clean HTML controls
html("ch1_cms_furniture.html", "关于2026年元旦放假安排的通知",
     '<!--#include virtual="/inc/left.shtml"--><!-- 栏目ID:1023 模板:article_v2 --><!--TRS_AUTOADD_1701234567-->' + P +
     '<p>更多信息请访问<a href="https://www.gov.cn/">中国政府网</a>或拨打12345政务服务便民热线。</p>'
     '<div class="share" style="display:none"><a href="javascript:;">微信</a><a href="javascript:;">微博</a></div>',
     meta='<meta name="keywords" content="放假,通知"><meta name="description" content="2026年元旦放假安排">')
label("ch1_cms_furniture.html", "pass", [], [],
      "clean control: CMS include/template comments, a hidden share widget, public links, hotline 12345")
html("ch2_secrecy_prose.html", "保密法宣传：国家秘密的密级",
     '<p>《中华人民共和国保守国家秘密法》规定，国家秘密的密级分为绝密、机密、秘密三级。</p>'
     '<p>“绝密”是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；“机密”是重要的国家秘密；“秘密”是一般的国家秘密。</p>'
     '<p>机关、单位应当在国家秘密载体上作出国家秘密标志，标志由密级和保密期限组成。</p>'
     '<p>举报电话：12339。咨询电话：0571-87051234。</p>')
label("ch2_secrecy_prose.html", "pass", [], [],
      "clean control: a public education article explaining 密级 and 国家秘密标志 in prose, quoting the 保守国家秘密法; 12339 hotline and a landline")
html("ch3_masked_list.html", "2026年度技能人才补贴公示",
     '<table><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>联系电话</th><th>企业</th><th>统一社会信用代码</th></tr>'
     '<tr><td>1</td><td>张某某</td><td>110105********0012</td><td>138****1234</td><td>XX科技有限公司</td><td>%s</td></tr>'
     '<tr><td>2</td><td>李某某</td><td>330106********2041</td><td>159****6620</td><td>XX建设有限公司</td><td>%s</td></tr></table>' % (USCC[0], USCC[2]))
label("ch3_masked_list.html", "pass", [], [],
      "clean control: a 公示 table with masked IDs and mobiles and companies' 统一社会信用代码")
html("ch4_hidden_menu_json.html", "市政府常务会议研究部署冬季工作",
     '<div class="m-nav" hidden><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>' + P +
     '<script type="application/json" id="site-cfg">{"siteId":"33010001","channel":"tzgg","tpl":"article_v2","share":true}</script>'
     '<noscript>您的浏览器不支持JavaScript，部分功能无法使用。</noscript>')
label("ch4_hidden_menu_json.html", "pass", [], [],
      "clean control: a hidden copy of the menu for mobiles, a site-config JSON island (site id, template), a noscript browser notice")
html("ch5_form_csrf.html", "在线留言",
     '<form action="/hdjl/liuyan" method="post"><input type="hidden" name="_csrf" value="a8f3c2e9-41b7-4c0d-9e2a-7f6b5d4c3b2a">'
     '<input type="hidden" name="channel" value="hdjl"><textarea name="content"></textarea><button>提交</button></form><p>留言将在5个工作日内答复。</p>')
label("ch5_form_csrf.html", "pass", [], [],
      "clean control: a message form with a hidden CSRF token (a UUID) and a channel field")
png_b64 = base64.b64encode(text_png("政务服务中心")).decode()
html("ch6_iframe_img_public.html", "市民服务中心搬迁公告",
     P + '<iframe title="地图" srcdoc="&lt;p&gt;地图加载中……&lt;/p&gt;" style="border:0"></iframe>'
     '<p><img src="data:image/png;base64,%s" alt="市民服务中心外景" title="新址：XX市人民路88号"></p>' % png_b64)
label("ch6_iframe_img_public.html", "pass", [], [],
      "clean control: an iframe srcdoc with a loading text, an image inlined as a data: URI (printed text 政务服务中心) with a harmless alt and title")

save_labels("hand")
