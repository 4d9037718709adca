"""Hand-written DOCX packages in shapes other producers write (WPS, Strict, altChunk …)."""
from ooxml import (CT_FTR, CT_HDR, DOC_NS, XML_DECL, content_types, core_xml, custom_xml, docx, hdr_xml,
                   para, q, rels_xml, run, t, write_zip, xlsx_bytes, zip_bytes)
from values import V

CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CT_ENDNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

HEI = '<w:rFonts w:hint="eastAsia" w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/>'
FS = '<w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>'

PH = '<w:rStyle w:val="PlaceholderText"/>'
TITLE = "关于做好2026年度政务公开工作的通知"


def body_text(lines):
    return "".join(para(x, rpr=FS) for x in lines)


def wps_marking(out):
    """WPS Writer: 份号 line, then 机密★１年 in three runs with WPS fonts, then 特急."""
    body = (para("000128", rpr=HEI) +
            para(runs=(run("机密", HEI) + run("★", '<w:rFonts w:hint="default" w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="32"/>')
                       + run("１年", HEI))) +
            para("特急", rpr=HEI) +
            para("某某市人民政府办公室文件", ppr='<w:jc w:val="center"/>', rpr='<w:color w:val="FF0000"/><w:sz w:val="72"/>') +
            para(TITLE, ppr='<w:jc w:val="center"/>') +
            body_text(["各区人民政府，市政府各部门：", "现将有关事项通知如下。"]))
    custom = custom_xml([("KSOProductBuildVer", "2052-12.1.0.16120"), ("ICV", "0F3C2A1B9E8D4C7BA6F5E4D3C2B1A098")])
    ns = DOC_NS + ' xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"'
    docx(out, body, custom=custom, doc_ns=ns, core=core_xml(title="", creator="Administrator"),
         settings='<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>')


def strict_id(out):
    """ISO 29500 Strict: purl.oclc.org namespaces throughout."""
    W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t(x)}</w:t></w:r></w:p>' for x in [
        "2026年度助学金发放名单公示", f"学生：李某某，身份证号：{V['id1']}，发放金额：2000元。",
        "公示期为5个工作日。"])
    doc = (XML_DECL + f'<w:document xmlns:w="{W}" xmlns:r="{R}" w:conformance="strict"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    write_zip(out, [
        ("[Content_Types].xml", content_types([], [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")])),
        ("_rels/.rels", rels),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    ])


def altchunk_html(out):
    html = ("<html><head><meta charset=\"utf-8\"></head><body><p>报名人员信息</p>"
            f"<table><tr><td>姓名</td><td>身份证号</td><td>手机</td></tr>"
            f"<tr><td>周某某</td><td>{V['id2']}</td><td>{V['mob1']}</td></tr></table></body></html>")
    body = para("附件：报名人员信息（由系统导入）") + '<w:altChunk r:id="rIdChunk"/>' + para("以上信息请核对。")
    docx(out, body, parts=[("word/afchunk.htm", html)],
         rels=[("rIdChunk", "aFChunk", "afchunk.htm", False)],
         defaults=[("htm", "text/html")])


def inner_docx_bytes(lines):
    import io
    import tempfile
    import os
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "x.docx")
        docx(p, "".join(para(x) for x in lines))
        return open(p, "rb").read()


def altchunk_docx(out):
    inner = inner_docx_bytes(["退款账户信息", f"开户银行：中国工商银行某某支行  卡号：{V['card1']}"])
    body = para("补贴退款说明") + para("详见下文：") + '<w:altChunk r:id="rIdChunk2"/>'
    docx(out, body, parts=[("word/chunk1.docx", inner)],
         rels=[("rIdChunk2", "aFChunk", "chunk1.docx", False)],
         defaults=[("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")])


def textbox_group_xml(text, did=2):
    tb = f'<w:txbxContent><w:p><w:r><w:t xml:space="preserve">{t(text)}</w:t></w:r></w:p></w:txbxContent>'
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="4000000" cy="1200000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{did}" name="组合 {did}"/><wp:cNvGraphicFramePr/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp>'
        '<wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="1200000"/>'
        '<a:chOff x="0" y="0"/><a:chExt cx="4000000" cy="1200000"/></a:xfrm></wpg:grpSpPr>'
        f'<wps:wsp><wps:cNvPr id="{did + 1}" name="矩形 {did + 1}"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="800000" cy="1200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>'
        f'<wps:wsp><wps:cNvPr id="{did + 2}" name="文本框 {did + 2}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm>'
        '<a:off x="800000" y="0"/><a:ext cx="3200000" cy="1200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'</wps:spPr><wps:txbx>{tb}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp>'
        '</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:group id="组合" coordsize="4000,1200" style="position:absolute;width:315pt;height:94.5pt">'
        '<v:rect style="width:800;height:1200"/><v:shape type="#_x0000_t202" style="left:800;width:3200;height:1200">'
        f'<v:textbox>{tb}</v:textbox></v:shape></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def textbox_group(out):
    body = (para(TITLE) + para(runs=textbox_group_xml(f"经办人身份证号 {V['id3']}")) +
            body_text(["请各单位按时报送。"]))
    docx(out, body)


def header_textbox_marking(out):
    """A 公文 template: the marking sits in a text box anchored in the default header."""
    hdr = hdr_xml("hdr", f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{textbox_group_xml("秘密★1年", 20)}</w:p>')
    body = para(TITLE, ppr='<w:jc w:val="center"/>') + body_text(["各有关单位：", "现将有关事项通知如下。"])
    docx(out, body, parts=[("word/header1.xml", hdr)], rels=[("rIdH1", "header", "header1.xml", False)],
         overrides=[("/word/header1.xml", CT_HDR)], sect='<w:headerReference w:type="default" r:id="rIdH1"/>')


def smartart(out):
    def pt(mid, text, typ=""):
        ty = f' type="{typ}"' if typ else ""
        inner = (f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>{t(text)}</a:t></a:r></a:p>' if text
                 else '<a:p><a:endParaRPr lang="zh-CN"/></a:p>')
        return (f'<dgm:pt modelId="{{00000000-0000-0000-0000-00000000000{mid}}}"{ty}><dgm:prSet/><dgm:spPr/>'
                f'<dgm:t><a:bodyPr/><a:lstStyle/>{inner}</dgm:t></dgm:pt>')
    NS = ('xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    data = (XML_DECL + f'<dgm:dataModel {NS}><dgm:ptLst>' + pt(0, "", "doc") + pt(1, "应急值守") +
            pt(2, f"值班手机 {V['mob2']}") + pt(3, "带班领导") + '</dgm:ptLst><dgm:cxnLst>' +
            ''.join(f'<dgm:cxn modelId="{{00000000-0000-0000-0000-00000000010{i}}}" '
                    f'srcId="{{00000000-0000-0000-0000-000000000000}}" destId="{{00000000-0000-0000-0000-00000000000{i}}}" '
                    f'srcOrd="{i - 1}" destOrd="0"/>' for i in (1, 2, 3)) +
            '</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>')
    layout = XML_DECL + f'<dgm:layoutDef {NS} uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/default"><dgm:layoutNode name="diagram"/></dgm:layoutDef>'
    qs = XML_DECL + f'<dgm:styleDef {NS} uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"/>'
    cs = XML_DECL + f'<dgm:colorsDef {NS} uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"/>'
    drawing = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="3200400"/>'
               '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="图示 1"/><wp:cNvGraphicFramePr/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
               '<dgm:relIds r:dm="rIdDm" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic>'
               '</wp:inline></w:drawing></w:r></w:p>')
    D = "application/vnd.openxmlformats-officedocument.drawingml."
    docx(out, para("春节期间应急值守安排") + drawing + para("请各单位遵照执行。"),
         parts=[("word/diagrams/data1.xml", data), ("word/diagrams/layout1.xml", layout),
                ("word/diagrams/quickStyle1.xml", qs), ("word/diagrams/colors1.xml", cs)],
         rels=[("rIdDm", "diagramData", "diagrams/data1.xml", False),
               ("rIdLo", "diagramLayout", "diagrams/layout1.xml", False),
               ("rIdQs", "diagramQuickStyle", "diagrams/quickStyle1.xml", False),
               ("rIdCs", "diagramColors", "diagrams/colors1.xml", False)],
         overrides=[("/word/diagrams/data1.xml", D + "diagramData+xml"),
                    ("/word/diagrams/layout1.xml", D + "diagramLayout+xml"),
                    ("/word/diagrams/quickStyle1.xml", D + "diagramStyle+xml"),
                    ("/word/diagrams/colors1.xml", D + "diagramColors+xml")])


def vml_watermark(text):
    return ('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict>'
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/></v:shapetype>'
            '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:400pt;height:100pt;rotation:315;z-index:-251657216;'
            'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
            'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
            f'<v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string={q(text)}/>'
            '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>')


def watermark_even(out):
    """The watermark is only in the even-page header; the default header is a plain agency name."""
    hdr1 = hdr_xml("hdr", para("某某区发展和改革局", ppr='<w:pStyle w:val="Header"/><w:jc w:val="center"/>'))
    hdr2 = hdr_xml("hdr", vml_watermark("机密★"))
    body = (para(TITLE) + body_text(["第一页正文。"]) + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
            body_text(["第二页正文。"]))
    docx(out, body, parts=[("word/header1.xml", hdr1), ("word/header2.xml", hdr2)],
         rels=[("rIdH1", "header", "header1.xml", False), ("rIdH2", "header", "header2.xml", False)],
         overrides=[("/word/header1.xml", CT_HDR), ("/word/header2.xml", CT_HDR)],
         sect='<w:headerReference w:type="even" r:id="rIdH2"/><w:headerReference w:type="default" r:id="rIdH1"/>',
         settings='<w:evenAndOddHeaders/>')


def fields(out):
    def fld(instr, shown):
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{t(instr)}</w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (para(TITLE) +
            para(runs=run("办理流程见") + fld(' HYPERLINK "http://192.168.32.10/oa/liucheng.html" \\o "内网" ', "办事指南") + run("。")) +
            para(runs=run("附表：") + fld(' INCLUDETEXT "\\\\\\\\10.1.20.5\\\\共享\\\\名单.docx" \\* MERGEFORMAT ', "（附表）")))
    docx(out, body)


def sdt_plchdr_id(out):
    """A content control flagged showingPlcHdr whose content is a real ID (Word shows it)."""
    sdt = ('<w:sdt><w:sdtPr><w:alias w:val="身份证号"/><w:tag w:val="sfzh"/><w:id w:val="-1504036512"/>'
           '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
           f'</w:sdtPr><w:sdtContent>{run(V["id4"], PH)}</w:sdtContent></w:sdt>')
    body = para("申请表") + para(runs=run("申请人：王某某  身份证号：") + sdt) + para("申请事项：公租房资格")
    docx(out, body)


def sdt_clean(out):
    sdt = ('<w:sdt><w:sdtPr><w:alias w:val="身份证号"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
           f'{run("单击或点击此处输入文字。", PH)}</w:sdtContent></w:sdt>')
    sdt2 = ('<w:sdt><w:sdtPr><w:alias w:val="联系电话"/><w:text/></w:sdtPr><w:sdtContent>'
            f'{run("0571-87001234")}</w:sdtContent></w:sdt>')
    body = (para("公租房申请表（样表）") + para(runs=run("身份证号：") + sdt) +
            para(runs=run("受理窗口电话：") + sdt2) + para("本表可在政务服务网下载。"))
    docx(out, body)


def comment_mobile(out):
    comments = (XML_DECL + f'<w:comments {DOC_NS}><w:comment w:id="0" w:author="张某某" w:date="2026-01-05T10:00:00Z" w:initials="张">'
                + para(f"联系人改为小刘，手机{V['mob3']}") + '</w:comment></w:comments>')
    body = (para(TITLE) + para(runs='<w:commentRangeStart w:id="0"/>' + run("联系人：办公室") +
                               '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>') +
            body_text(["联系电话：0571-87005678。"]))
    docx(out, body, parts=[("word/comments.xml", comments)],
         rels=[("rIdC", "comments", "comments.xml", False)],
         overrides=[("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")])


def notes_xml(kind, text):
    tag = "w:endnote" if kind == "end" else "w:footnote"
    root = "w:endnotes" if kind == "end" else "w:footnotes"
    return (XML_DECL + f'<{root} {DOC_NS}>'
            f'<{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></{tag}>'
            f'<{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></{tag}>'
            f'<{tag} w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{"endnoteRef" if kind == "end" else "footnoteRef"}/></w:r>{run(" " + text)}</w:p></{tag}></{root}>')


def endnote_passport(out):
    body = (para("赴港澳交流人员名单的说明") +
            para(runs=run("本次交流人员一名") + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>' + run("。")))
    docx(out, body, parts=[("word/endnotes.xml", notes_xml("end", f"陈某某，护照号码：{V['pp1']}。"))],
         rels=[("rIdE", "endnotes", "endnotes.xml", False)],
         overrides=[("/word/endnotes.xml", CT_ENDNOTES)])


def split_runs(out):
    i = V["id5"]
    pieces = [i[0:4], i[4:6], i[6:10], i[10:14], i[14:15], i[15:18]]
    between = ['<w:proofErr w:type="spellStart"/>', '<w:bookmarkStart w:id="0" w:name="_GoBack"/>',
               '<w:proofErr w:type="spellEnd"/>', '<w:bookmarkEnd w:id="0"/>', '<w:r><w:rPr><w:noProof/></w:rPr></w:r>']
    runs = run("困难群众救助对象：赵某某，身份证号码：")
    for k, p in enumerate(pieces):
        runs += f'<w:r w:rsidR="00A1{k}B2C"><w:rPr><w:rFonts w:ascii="仿宋_GB2312"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t>{p}</w:t></w:r>'
        if k < len(between):
            runs += between[k]
    runs += run("，救助金额每月800元。")
    docx(out, para("救助对象公示") + para(runs=runs))


def ole_xlsx(out):
    xb = xlsx_bytes([["姓名", "身份证号", "补贴"], ["孙某某", V["id6"], "1500"]], "名单")
    obj = ('<w:r><w:object w:dxaOrig="4320" w:dyaOrig="1440"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
           'style="width:216pt;height:72pt" o:ole=""/>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Icon" '
           'ObjectID="_1760000001" r:id="rIdOle"/></w:object></w:r>')
    docx(out, para("农机购置补贴名单见附表：") + para(runs=obj),
         parts=[("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xb)],
         rels=[("rIdOle", "package", "embeddings/Microsoft_Excel_Worksheet.xlsx", False)],
         defaults=[("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


def customxml_mobile(out):
    item = (XML_DECL + '<root xmlns="http://example.gov.cn/oa/form"><承办人>钱某某</承办人>'
            f'<承办人手机>{V["mob4"]}</承办人手机><文号>某政办〔2026〕3号</文号></root>')
    props = (XML_DECL + '<ds:datastoreItem ds:itemID="{6C2B1D0E-1F2A-4B3C-9D4E-5F6A7B8C9D0E}" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             '<ds:schemaRefs><ds:schemaRef ds:uri="http://example.gov.cn/oa/form"/></ds:schemaRefs></ds:datastoreItem>')
    docx(out, para(TITLE) + body_text(["请各单位认真贯彻落实。"]),
         parts=[("customXml/item1.xml", item), ("customXml/itemProps1.xml", props),
                ("customXml/_rels/item1.xml.rels", rels_xml([("rId1", "customXmlProps", "itemProps1.xml", False)]))],
         rels=[("rIdX", "customXml", "../customXml/item1.xml", False)],
         overrides=[("/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")])


def custom_props_id(out):
    docx(out, para(TITLE) + body_text(["请各单位认真贯彻落实。"]),
         custom=custom_xml([("承办人", "吴某某"), ("承办人身份证号", V["id7"]), ("文种", "通知")]),
         core=core_xml(title=TITLE, creator="办公室"))


def clean_rich(out):
    hdr = hdr_xml("hdr", para("某某市生态环境局", ppr='<w:pStyle w:val="Header"/><w:jc w:val="center"/>') + vml_watermark("样稿"))
    ftr = hdr_xml("ftr", para("— 1 —", ppr='<w:jc w:val="center"/>'))
    body = (para(TITLE, ppr='<w:jc w:val="center"/>') +
            para(runs=run("各单位要严格执行《中华人民共和国保守国家秘密法》") +
                 '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
                 run("，做到涉密不上网、上网不涉密。")) +
            para(runs=run("政策原文见") + '<w:hyperlink r:id="rIdL" w:history="1">' + run("中国政府网", '<w:rStyle w:val="Hyperlink"/>') +
                 "</w:hyperlink>" + run("。咨询电话：0571-87012345，政务服务热线12345。")) +
            para("联系邮箱：hbj_bgs@example.gov.cn"))
    docx(out, body,
         parts=[("word/header1.xml", hdr), ("word/footer1.xml", ftr),
                ("word/footnotes.xml", notes_xml("foot", "2024年2月27日第十四届全国人民代表大会常务委员会第八次会议修订。"))],
         rels=[("rIdH1", "header", "header1.xml", False), ("rIdF1", "footer", "footer1.xml", False),
               ("rIdFN", "footnotes", "footnotes.xml", False),
               ("rIdL", "hyperlink", "https://www.gov.cn/zhengce/", True)],
         overrides=[("/word/header1.xml", CT_HDR), ("/word/footer1.xml", CT_FTR), ("/word/footnotes.xml", CT_FOOTNOTES)],
         sect='<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>',
         core=core_xml(title=TITLE, creator="张某某", keywords="政务公开;保密"))


def clean_prose(out):
    lines = ["关于加强政务公开保密审查工作的说明",
             "一、保密审查的必要性",
             "政府信息公开前应当依照《中华人民共和国保守国家秘密法》和《政府信息公开条例》进行保密审查。",
             "二、关于工作秘密的界定",
             "什么是工作秘密？工作秘密是指机关单位在公务活动和内部管理中产生的，不属于国家秘密但泄露后会造成一定不利影响的事项。",
             "三、涉密载体管理",
             "涉密人员应当定期接受培训；秘密、机密、绝密三个密级的确定依照法定程序进行。",
             f"合同编号：{V['badid1']}（合同编号规则见附件）。",
             f"测试用卡号：{V['badcard1']}（非真实卡号，未通过校验）。",
             "服务评价：★★★★★",
             "门户网站：https://www.gov.cn/ ，公网地址 202.96.128.86。"]
    docx(out, body_text(lines))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    """Completes a 统一社会信用代码 with its GB 32100-2015 check character."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


def masked_values(out):
    rows = [["姓名", "身份证号", "联系电话"], ["张某某", "330106********0018", "138****1234"],
            ["李某某", "110101********4514", "139****5678"]]
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
           '<w:gridCol w:w="2000"/><w:gridCol w:w="3500"/><w:gridCol w:w="2500"/></w:tblGrid>' +
           "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para(c)}</w:tc>' for c in r)
                   + "</w:tr>" for r in rows) + "</w:tbl>")
    body = (para("2026年度公共租赁住房资格审核结果公示") + tbl +
            para(f"实施单位：某某市住房保障服务中心，统一社会信用代码：{uscc('12330100MB0C12345')}。") +
            para(f"供应商：某某物业服务有限公司，统一社会信用代码：{uscc('91330106MA2H4K7L8')}。") +
            para("公示期为5个工作日，监督电话：0571-87001515。"))
    docx(out, body)


def tracked(out):
    body = (para("人员调整情况") +
            para(runs=run("新任联络员：郑某某，身份证号") + '<w:ins w:id="1" w:author="张某某" w:date="2026-01-05T10:00:00Z">' +
                 run(V["id8"]) + '</w:ins>' + run("。")) +
            para(runs=run("原联络员手机") + '<w:del w:id="2" w:author="张某某" w:date="2026-01-05T10:00:00Z">'
                 f'<w:r><w:delText>{V["mob5"]}</w:delText></w:r></w:del>' + run("已停用。")))
    docx(out, body)


def build(outdir, L):
    p = lambda n: f"{outdir}/{n}"
    wps_marking(p("hand-wps-marking.docx"))
    L("hand-wps-marking.docx", "block", ["classified_marking"], [],
      "hand XML, WPS-style (KSOProductBuildVer custom prop, wpsCustomData ns): 份号 line then 机密|★|１年 in three runs with different fonts, full-width １")
    strict_id(p("hand-strict-id.docx"))
    L("hand-strict-id.docx", "block", ["id_card"], [V["id1"]],
      "hand XML, ISO 29500 Strict (purl.oclc.org namespaces and relationship types): ID in body paragraph")
    altchunk_html(p("hand-altchunk-html.docx"))
    L("hand-altchunk-html.docx", "block", ["id_card", "mobile_phone"], [V["id2"], V["mob1"]],
      "hand XML: w:altChunk -> word/afchunk.htm (HTML table with ID and mobile); body itself clean")
    altchunk_docx(p("hand-altchunk-docx.docx"))
    L("hand-altchunk-docx.docx", "block", ["bank_card"], [V["card1"]],
      "hand XML: w:altChunk -> word/chunk1.docx (a whole DOCX package) holding 卡号 + UnionPay card")
    textbox_group(p("hand-textbox-group.docx"))
    L("hand-textbox-group.docx", "block", ["id_card"], [V["id3"]],
      "hand XML: ID in a wps:txbx text box inside a wpg:wgp group, in mc:AlternateContent (Choice + VML Fallback)")
    header_textbox_marking(p("hand-header-textbox-marking.docx"))
    L("hand-header-textbox-marking.docx", "block", ["classified_marking"], [],
      "hand XML: 秘密★1年 only in a grouped text box anchored in the default header (word/header1.xml)")
    smartart(p("hand-smartart-mobile.docx"))
    L("hand-smartart-mobile.docx", "review", ["mobile_phone"], [V["mob2"]],
      "hand XML: mobile only in SmartArt data part word/diagrams/data1.xml (dgm:pt/dgm:t), no drawing cache")
    watermark_even(p("hand-watermark-even.docx"))
    L("hand-watermark-even.docx", "block", ["classified_marking"], [],
      "hand XML: VML textpath watermark string=机密★ only in the even-page header (header2.xml, evenAndOddHeaders)")
    fields(p("hand-fields-intranet.docx"))
    L("hand-fields-intranet.docx", "review", ["internal_address"], [],
      "hand XML: complex fields: HYPERLINK instrText to http://192.168.32.10/… and INCLUDETEXT of a UNC path \\\\10.1.20.5\\…; shown text innocent")
    sdt_plchdr_id(p("hand-sdt-plchdr-id.docx"))
    L("hand-sdt-plchdr-id.docx", "block", ["id_card"], [V["id4"]],
      "hand XML: inline w:sdt flagged w:showingPlcHdr whose sdtContent is a real ID (Word displays it)")
    sdt_clean(p("hand-sdt-clean.docx"))
    L("hand-sdt-clean.docx", "pass", [], [],
      "hand XML: clean control: SDT placeholder text 单击或点击此处输入文字 and an SDT with an agency landline")
    comment_mobile(p("hand-comment-mobile.docx"))
    L("hand-comment-mobile.docx", "review", ["hidden_content", "mobile_phone"], [V["mob3"]],
      "hand XML: mobile only in word/comments.xml")
    endnote_passport(p("hand-endnote-passport.docx"))
    L("hand-endnote-passport.docx", "review", ["passport"], [V["pp1"]],
      "hand XML: 护照号码 + passport number only in word/endnotes.xml")
    split_runs(p("hand-split-runs-id.docx"))
    L("hand-split-runs-id.docx", "block", ["id_card"], [V["id5"]],
      "hand XML: ID split over 6 runs with proofErr, bookmarkStart/End and an empty run between them")
    ole_xlsx(p("hand-ole-xlsx-id.docx"))
    L("hand-ole-xlsx-id.docx", "block", ["id_card"], [V["id6"]],
      "hand XML: w:object/o:OLEObject ProgID Excel.Sheet.12 -> word/embeddings/Microsoft_Excel_Worksheet.xlsx (inlineStr cell with ID)")
    customxml_mobile(p("hand-customxml-mobile.docx"))
    L("hand-customxml-mobile.docx", "review", ["mobile_phone"], [V["mob4"]],
      "hand XML: mobile only in customXml/item1.xml (<承办人手机>), related from document.xml.rels")
    custom_props_id(p("hand-custom-props-id.docx"))
    L("hand-custom-props-id.docx", "block", ["id_card"], [V["id7"]],
      "hand XML: ID only in docProps/custom.xml property 承办人身份证号")
    clean_rich(p("hand-clean-rich.docx"))
    L("hand-clean-rich.docx", "pass", [], [],
      "hand XML: clean control: header agency name + 样稿 VML watermark, footnote, 保守国家秘密法 quote, public hyperlink gov.cn, landline, 12345, agency mailbox, author property")
    clean_prose(p("hand-clean-prose.docx"))
    L("hand-clean-prose.docx", "pass", [], [],
      "hand XML: clean control: prose about 秘密/机密/绝密 and 工作秘密 (numbered heading, question), 18-digit 合同编号 failing GB 11643, 卡号 failing Luhn, ★★★★★ rating, public IP")
    masked_values(p("hand-masked-uscc.docx"))
    L("hand-masked-uscc.docx", "pass", [], [],
      "hand XML: clean control: masked IDs/mobiles in a 公示 table, two 统一社会信用代码 with valid GB 32100 check characters, landline")
    tracked(p("hand-tracked-ins-del.docx"))
    L("hand-tracked-ins-del.docx", "block", ["id_card", "hidden_content", "mobile_phone"], [V["id8"], V["mob5"]],
      "hand XML: ID inside w:ins (tracked insertion), mobile only in w:del/w:delText")
