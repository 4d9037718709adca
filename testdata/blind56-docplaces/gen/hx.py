"""Hand-written OOXML (zipfile) files of blind56-docplaces."""
import io
import os
import uuid

from common import *  # noqa

LABELS = []


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def out(name):
    return os.path.join(OUT, name)


NOTICE_A = ("各乡镇人民政府、街道办事处，县直各单位：",
            "为切实做好2025年汛期安全防范工作，经县政府同意，现就有关事项通知如下。",
            "一、各地要在4月15日前完成辖区内山塘水库、地质灾害隐患点的汛前检查，建立问题清单并限期整改。",
            "二、严格落实24小时值班和领导带班制度，遇有重大险情及时报告县防汛抗旱指挥部办公室（电话0571-64781234）。")
NOTICE_B = ("各有关单位：",
            "根据《政府信息公开条例》和上级有关要求，现将2024年度农业生产补贴发放情况公示如下，公示期为7天。",
            "公示期间如有异议，请向县农业农村局反映，监督电话0571-64725110。")
NOTICE_C = ("为进一步优化营商环境，县行政服务中心自2025年3月起推行“一窗受理、集成服务”改革。",
            "企业和群众可通过浙里办或现场窗口办理相关事项，办理流程见下图。")


def pict_runs(text):
    return '<w:p><w:pPr><w:jc w:val="left"/></w:pPr>%s</w:p>' % run(text)


# ------------------------------------------------------------ watermarks
VML_WM = ('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
          '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
          '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/>'
          '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
          '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
          'style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;rotation:315;z-index:-251657216;'
          'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
          'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
          '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="%s"/>'
          '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>')


def watermark_vml(name, text, verdict, cats, note):
    d = Docx()
    d.header("rIdH1", "header1.xml", VML_WM % xesc(text))
    d.write(out(name), title("关于做好2025年汛期安全防范工作的通知") + paras(*NOTICE_A))
    label(name, verdict, cats, [], note)


def watermark_dml(name, text, verdict, cats, note):
    txbx = '<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:txbxContent>' % run(text, '<w:color w:val="C0C0C0"/>')
    shape = ('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
             '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" '
             'behindDoc="1" locked="0" layoutInCell="0" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
             '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
             '<wp:positionV relativeFrom="margin"><wp:align>center</wp:align></wp:positionV>'
             '<wp:extent cx="5270500" cy="1752600"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
             '<wp:docPr id="3" name="水印形状 3"/><wp:cNvGraphicFramePr/><a:graphic>'
             '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
             '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm rot="18900000"><a:off x="0" y="0"/><a:ext cx="5270500" cy="1752600"/></a:xfrm>'
             '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
             '<wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" wrap="none" anchor="ctr"><a:prstTxWarp prst="textPlain"><a:avLst/></a:prstTxWarp>'
             '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
             '<mc:Fallback><w:pict><v:shape id="水印形状 3" o:spid="_x0000_s2050" type="#_x0000_t136" '
             'style="position:absolute;width:415pt;height:138pt;rotation:315;z-index:-251656192" fillcolor="#c0c0c0" stroked="f">'
             '<v:textpath style="font-family:&quot;仿宋_GB2312&quot;;font-size:1pt" string="%s"/></v:shape></w:pict></mc:Fallback>'
             '</mc:AlternateContent></w:r></w:p>') % (txbx, xesc(text))
    d = Docx()
    d.header("rIdH1", "header1.xml", shape)
    d.write(out(name), title("县应急管理局2025年度安全生产检查计划") + paras(
        "为落实安全生产责任制，县应急管理局制定本年度检查计划。",
        "检查范围包括危险化学品、烟花爆竹、工贸行业重点企业，检查结果将在县政府门户网站公开。"))
    label(name, verdict, cats, [], note)


# ------------------------------------------------------------ text boxes
def wps_textbox(inner_paras, docpr_id=2, name="文本框 2", with_fallback=True):
    txbx = "<w:txbxContent>%s</w:txbxContent>" % inner_paras
    choice = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
              'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              '<wp:extent cx="2743200" cy="1143000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
              '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/><a:graphic>'
              '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
              '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="1143000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
              '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
              '<wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
              '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>') % (docpr_id, name, txbx)
    fb = ""
    if with_fallback:
        fb = ('<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
              '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
              '<v:shape id="%s" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:252pt;margin-top:0;'
              'width:216pt;height:90pt;z-index:251659264" fillcolor="white" strokeweight=".5pt"><v:textbox>%s</v:textbox>'
              '</v:shape></w:pict></mc:Fallback>') % (name, txbx)
    return '<w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>' % (choice, fb)


def txbx_files():
    # a text box holding an applicant's ID
    inner = para("", runs=run("申请人：林某某", sz=21)) + para("", runs=run("身份证号：" + IDS["A"], sz=21))
    d = Docx()
    body = (title("县住房保障中心关于公租房资格审核结果的公示")
            + '<w:p>%s%s</w:p>' % (run("经审核，以下申请人符合公共租赁住房保障条件，现予公示。"), wps_textbox(inner))
            + paras("公示期自2025年3月10日至3月16日，如有异议请向县住房保障中心反映。"))
    d.write(out("hx_txbx_id.docx"), body)
    label("hx_txbx_id.docx", "block", ["id_card"], [IDS["A"]],
          "wps:txbx text box (with its VML mc:Fallback copy) holds an applicant's unmasked ID with a valid check digit")

    inner = para("", runs=run("政策解读", '<w:b/>', sz=21)) + para("", runs=run("一图读懂优化营商环境十条措施", sz=21))
    d = Docx()
    body = (title("优化营商环境“一窗受理”改革政策解读")
            + '<w:p>%s%s</w:p>' % (run(NOTICE_C[0]), wps_textbox(inner)) + paras(NOTICE_C[1]))
    d.write(out("hx_txbx_title_clean.docx"), body)
    label("hx_txbx_title_clean.docx", "pass", [], [], "clean twin: a text box with a title (政策解读) and its VML fallback")

    # legacy VML-only text box (Word 2003 style) with an intranet URL
    vml = ('<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="_x0000_s1030" type="#_x0000_t202" style="position:absolute;left:0;text-align:left;margin-left:270pt;'
           'margin-top:6pt;width:200pt;height:60pt;z-index:1" strokeweight=".5pt"><v:textbox><w:txbxContent>'
           + para("", runs=run("网上填报入口：", sz=21))
           + para("", runs=run("http://oa.zfb.internal/xxgk/login", sz=21))
           + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    d = Docx()
    body = (title("关于报送2024年度政府信息公开工作年度报告的通知")
            + '<w:p>%s%s</w:p>' % (run("各单位：请于2025年1月20日前完成年度报告的编制和报送工作。"), vml)
            + paras("年度报告应当按照国务院办公厅政府信息公开办公室规定的格式编制，并在本单位网站公开。"))
    d.write(out("hx_vml_textbox_intranet.docx"), body)
    label("hx_vml_textbox_intranet.docx", "review", ["internal_address"], [],
          "legacy VML v:textbox (w:pict, no DrawingML copy) holds a URL on an .internal intranet host")


# ------------------------------------------------------------ group shapes
def group_shape(texts):
    n = len(texts)
    cw = 1500000
    shapes = ""
    for i, t in enumerate(texts):
        shapes += ('<wps:wsp><wps:cNvPr id="%d" name="文本框 %d"/><wps:cNvSpPr txBox="1"/><wps:spPr>'
                   '<a:xfrm><a:off x="%d" y="0"/><a:ext cx="%d" cy="1200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                   '<a:solidFill><a:srgbClr val="DEEAF6"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill></a:ln>'
                   '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" anchor="ctr"/></wps:wsp>'
                   ) % (10 + i, 10 + i, i * (cw + 200000), cw, "".join(para("", '<w:jc w:val="center"/>', runs=run(x, sz=21)) for x in t))
    total = n * cw + (n - 1) * 200000
    vml_shapes = "".join(
        '<v:shape id="文本框 %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;left:%d;top:0;width:%d;height:1200" '
        'fillcolor="#deeaf6" strokecolor="#2e75b6"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
        % (10 + i, 1040 + i, i * 1700, 1500, "".join(para("", '<w:jc w:val="center"/>', runs=run(x, sz=21)) for x in t))
        for i, t in enumerate(texts))
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
            'simplePos="0" relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>76200</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="1200000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="9" name="组合 9"/><wp:cNvGraphicFramePr/><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>'
            '<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="1200000"/><a:chOff x="0" y="0"/><a:chExt cx="%d" cy="1200000"/></a:xfrm></wpg:grpSpPr>'
            '%s</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:group id="组合 9" o:spid="_x0000_s1039" style="position:absolute;width:%dpt;height:95pt;z-index:251661312" '
            'coordsize="%d,1200">%s</v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            ) % (total, total, total, shapes, total // 12700, n * 1700, vml_shapes)


def group_files():
    body = (title("2024年度耕地地力保护补贴发放流程")
            + paras("耕地地力保护补贴按照“村级申报、乡镇审核、县级复核、银行发放”的程序办理，具体流程如下：")
            + '<w:p>%s</w:p>' % group_shape([["农户申报"], ["乡镇审核", "（5个工作日）"], ["发放到户", "示例：户主 陈某某", "补贴卡号 " + CARDS["A"]]])
            + paras("补贴资金通过“一卡通”发放，如有疑问请咨询所在乡镇农业综合服务中心。"))
    d = Docx()
    d.write(out("hx_group_card.docx"), body)
    label("hx_group_card.docx", "block", ["bank_card"], [CARDS["A"]],
          "grouped shapes (wpg:wgp of three text boxes, with a VML v:group fallback): the last box gives a household's UnionPay 补贴卡号, Luhn-valid, unmasked")

    body = (title("2024年度耕地地力保护补贴发放流程")
            + paras("耕地地力保护补贴按照“村级申报、乡镇审核、县级复核、银行发放”的程序办理，具体流程如下：")
            + '<w:p>%s</w:p>' % group_shape([["农户申报"], ["乡镇审核", "（5个工作日）"], ["县级复核"], ["发放到户"]])
            + paras("补贴资金通过“一卡通”发放，如有疑问请咨询所在乡镇农业综合服务中心。"))
    d = Docx()
    d.write(out("hx_group_clean.docx"), body)
    label("hx_group_clean.docx", "pass", [], [], "clean twin: grouped flow-chart boxes (wpg) with step names only")


# ------------------------------------------------------------ SmartArt
def smartart(d, steps, n=1):
    g = lambda i: "{%s}" % uuid.UUID(int=(n << 64) + i)
    pts = ('<dgm:pt modelId="%s" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/process1" '
           'loCatId="process" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" '
           'csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1"/><dgm:spPr/>'
           '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></dgm:t></dgm:pt>') % g(0)
    cxns = ""
    for i, s in enumerate(steps, 1):
        pts += ('<dgm:pt modelId="%s"><dgm:prSet phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
                '<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>%s</a:t></a:r></a:p></dgm:t></dgm:pt>') % (g(i), xesc(s))
        cxns += '<dgm:cxn modelId="%s" srcId="%s" destId="%s" srcOrd="%d" destOrd="0"/>' % (g(100 + i), g(0), g(i), i - 1)
    data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel '
            'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<dgm:ptLst>%s</dgm:ptLst><dgm:cxnLst>%s</dgm:cxnLst><dgm:bg/><dgm:whole/>'
            '<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            '<dsp:dataModelExt xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="rIdDg5" '
            'minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>') % (pts, cxns)
    DG = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    layout = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:layoutDef %s '
              'uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/process1"><dgm:title val=""/><dgm:desc val=""/>'
              '<dgm:catLst><dgm:cat type="process" pri="1000"/></dgm:catLst><dgm:layoutNode name="Name0"/></dgm:layoutDef>') % DG
    qs = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:styleDef %s '
          'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
          '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/>'
          '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"/></dgm:styleDef>') % DG
    cs = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:colorsDef %s '
          'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
          '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"/></dgm:colorsDef>') % DG
    sps = ""
    for i, s in enumerate(steps, 1):
        sps += ('<dsp:sp modelId="%s"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr>'
                '<a:xfrm><a:off x="%d" y="0"/><a:ext cx="1600000" cy="780000"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
                '<a:solidFill><a:schemeClr val="accent1"/></a:solidFill></dsp:spPr><dsp:txBody><a:bodyPr anchor="ctr"/><a:lstStyle/>'
                '<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1000"/><a:t>%s</a:t></a:r></a:p></dsp:txBody>'
                '<dsp:txXfrm><a:off x="%d" y="0"/><a:ext cx="1600000" cy="780000"/></dsp:txXfrm></dsp:sp>') % (g(i), (i - 1) * 1800000, xesc(s), (i - 1) * 1800000)
    drawing = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing '
               'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
               'xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:nvGrpSpPr>'
               '<dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>%s</dsp:spTree></dsp:drawing>') % sps
    dct = "application/vnd.openxmlformats-officedocument.drawingml."
    d.add("word/diagrams/data1.xml", data, dct + "diagramData+xml", "rIdDg1", R_DGM_DATA)
    d.add("word/diagrams/layout1.xml", layout, dct + "diagramLayout+xml", "rIdDg2", R_DGM_LAYOUT)
    d.add("word/diagrams/quickStyle1.xml", qs, dct + "diagramStyle+xml", "rIdDg3", R_DGM_STYLE)
    d.add("word/diagrams/colors1.xml", cs, dct + "diagramColors+xml", "rIdDg4", R_DGM_COLORS)
    d.add("word/diagrams/drawing1.xml", drawing, "application/vnd.ms-office.drawingml.diagramDrawing+xml", "rIdDg5", R_DGM_DRAWING)
    w = len(steps) * 1800000
    return ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="780000"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="11" name="图示 11"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
            '<dgm:relIds r:dm="rIdDg1" r:lo="rIdDg2" r:qs="rIdDg3" r:cs="rIdDg4"/></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>') % w


def smartart_files():
    d = Docx()
    body = (title("县行政服务中心“一窗受理”办理流程") + paras(*NOTICE_C)
            + smartart(d, ["窗口受理", "后台审批", "统一出件", "值班电话：" + MOB[2]]) + paras("本流程自发布之日起施行。"))
    d.write(out("hx_smartart_mobile.docx"), body)
    label("hx_smartart_mobile.docx", "review", ["mobile_phone"], [MOB[2]],
          "SmartArt (diagram data and its drawing cache): the last node gives a 值班电话 that is a personal mobile")
    d = Docx()
    body = (title("县行政服务中心“一窗受理”办理流程") + paras(*NOTICE_C)
            + smartart(d, ["窗口受理", "后台审批", "统一出件", "评价反馈"], n=2) + paras("本流程自发布之日起施行。"))
    d.write(out("hx_smartart_clean.docx"), body)
    label("hx_smartart_clean.docx", "pass", [], [], "clean twin: SmartArt process of four step names (data + drawing cache)")


# ------------------------------------------------------------ charts
def xlsx_bytes(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(r)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def chart_xml(title_text, cats, vals):
    catpts = "".join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, xesc(c)) for i, c in enumerate(cats))
    valpts = "".join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, v) for i, v in enumerate(vals))
    n = len(cats)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace '
            'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:lang val="zh-CN"/>'
            '<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/>'
            '<a:t>%s</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
            '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
            '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/>'
            '<c:pt idx="0"><c:v>发放户数</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            '<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$%d</c:f><c:strCache><c:ptCount val="%d"/>%s</c:strCache></c:strRef></c:cat>'
            '<c:val><c:numRef><c:f>Sheet1!$B$2:$B$%d</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="%d"/>%s'
            '</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="501"/><c:axId val="502"/></c:barChart>'
            '<c:catAx><c:axId val="501"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>'
            '<c:crossAx val="502"/></c:catAx><c:valAx><c:axId val="502"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            '<c:delete val="0"/><c:axPos val="l"/><c:crossAx val="501"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart>'
            '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
            ) % (xesc(title_text), n + 1, n, catpts, n + 1, n, valpts)


def chart_doc(name, title_text, extra_sheet):
    cats, vals = ["城关镇", "临江镇", "青山乡", "石门乡"], [1263, 984, 517, 402]
    d = Docx()
    d.defaults["xlsx"] = CT + "spreadsheetml.sheet"
    d.add("word/charts/chart1.xml", chart_xml(title_text, cats, vals), CT + "drawingml.chart+xml", "rIdCh1", R_CHART)
    d.part_rels["word/charts/chart1.xml"] = [("rId1", R_PACKAGE, "../embeddings/Microsoft_Excel_Worksheet.xlsx")]
    sheets = [("Sheet1", [["乡镇", "发放户数"]] + [[c, v] for c, v in zip(cats, vals)])]
    if extra_sheet:
        sheets.append(extra_sheet)
    d.add("word/embeddings/Microsoft_Excel_Worksheet.xlsx", xlsx_bytes(sheets))
    chart = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5274310" cy="3076575"/>'
             '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="12" name="图表 12"/><wp:cNvGraphicFramePr/>'
             '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
             '<c:chart r:id="rIdCh1"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    body = (title("2024年度耕地地力保护补贴发放情况") + paras(NOTICE_B[1])
            + chart + paras("各乡镇发放户数见上图，全县合计3166户，资金已全部拨付到户。"))
    d.write(out(name), body)


def chart_files():
    chart_doc("hx_chart_workbook_id.docx", "各乡镇补贴发放户数",
              ("发放明细", [["户主姓名", "身份证号", "补贴金额（元）"], ["钱某某", "3201**********1127", 1260.5],
                        ["何建军", IDS["B"], 980.0]]))
    label("hx_chart_workbook_id.docx", "block", ["id_card"], [IDS["B"]],
          "chart's embedded workbook (word/embeddings/*.xlsx) has a second sheet 发放明细 with one unmasked ID (another masked); the chart and title are clean")
    chart_doc("hx_chart_clean.docx", "各乡镇补贴发放户数", None)
    label("hx_chart_clean.docx", "pass", [], [], "clean twin: bar chart with a title and its embedded workbook holding only the plotted figures")


# ------------------------------------------------------------ notes
def endnote_unc():
    d = Docx()
    sep = ('<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
           '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>')
    en = ('<w:endnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
          + run(" 原始台账存放于 \\\\fs-tjj02\\台账\\2024\\乡镇明细.xlsx，由统计科负责维护。") + '</w:p></w:endnote>')
    d.add("word/endnotes.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes %s>%s%s</w:endnotes>' % (W_NS, sep, en),
          CT + "wordprocessingml.endnotes+xml", "rIdEn", R_ENDNOTES)
    body = (title("2024年全县国民经济和社会发展统计公报")
            + paras("2024年，全县实现地区生产总值312.6亿元，按可比价格计算，比上年增长6.1%。")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>%s'
              '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r></w:p>'
              % run("全年粮食播种面积28.4万亩，粮食总产量11.2万吨。")
            + paras("本公报部分数据为初步统计数，各项统计数据均未包括中途调整因素。"))
    d.write(out("hx_endnote_unc.docx"), body)
    label("hx_endnote_unc.docx", "review", ["internal_address"], [],
          "endnote (word/endnotes.xml) names a UNC path to an internal file server")


# ------------------------------------------------------------ comments
def comments_doc(name, comments, body_paras, note, verdict, cats, raw=()):
    """comments: list of (id, author, text, parent_id or None)."""
    d = Docx()
    cx, ex = "", ""
    for cid, author, text, parent in comments:
        pid = "%08X" % (0x10A0B000 + cid)
        cx += ('<w:comment w:id="%d" w:author="%s" w:date="2025-03-04T09:%02d:00Z" w:initials="%s">'
               '<w:p w14:paraId="%s" w14:textId="77777777"><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
               '<w:r><w:t>%s</w:t></w:r></w:p></w:comment>') % (cid, xesc(author), 10 + cid, xesc(author[:1]), pid, xesc(text))
        ex += '<w15:commentEx w15:paraId="%s"%s w15:done="0"/>' % (
            pid, ' w15:paraIdParent="%08X"' % (0x10A0B000 + parent) if parent is not None else "")
    d.add("word/comments.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>%s</w:comments>' % (W_NS, cx),
          CT + "wordprocessingml.comments+xml", "rIdCm", R_COMMENTS)
    d.add("word/commentsExtended.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx %s>%s</w15:commentsEx>' % (W_NS, ex),
          CT + "wordprocessingml.commentsExtended+xml", "rIdCmX", R_COMMENTS_EX)
    starts = "".join('<w:commentRangeStart w:id="%d"/>' % c[0] for c in comments)
    ends = "".join('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                   % (c[0], c[0]) for c in comments)
    first, rest = body_paras[0], body_paras[1:]
    body = (title("县财政局关于2024年度部门预算执行情况的说明")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>%s%s%s</w:p>' % (starts, run(first), ends)
            + paras(*rest))
    d.write(out(name), body)
    label(name, verdict, cats, list(raw), note)


def comment_files():
    bp = ["2024年全县一般公共预算支出完成48.7亿元，完成调整预算的97.3%。",
          "其中民生支出38.2亿元，占一般公共预算支出的78.4%。",
          "下一步，县财政局将继续加强预算执行监控，提高财政资金使用效益。"]
    comments_doc("hx_comment_reply_note.docx",
                 [(0, "预算科 吴", "第一段数字与人大批复口径不一致，未经局领导审定，正式发布前请删除本段。", None),
                  (1, "办公室 郑", "同意，等周局长确认后再发。", 0)],
                 bp, "comment with a reply (commentsExtended paraIdParent) that is a reviewer's note: 未经审定，发布前删除",
                 "review", ["hidden_content"])
    comments_doc("hx_comment_yihe.docx", [(0, "办公室", "已核", None)], bp,
                 "a single comment saying only 已核. The brief calls it a clean twin, but docs/findings.md list comments as hidden_content (review) "
                 "with no 'reads as a note' qualifier outside HTML, and a reader of the published DOCX can open it: labelled review per the docs",
                 "review", ["hidden_content"])


# ------------------------------------------------------------ tracked changes
def tracked_files():
    body = (title("县民政局关于2025年第一季度城乡低保新增对象的公示")
            + paras("经个人申请、乡镇（街道）审核、县民政局审批，以下对象自2025年4月起纳入最低生活保障范围。")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>%s'
              '<w:del w:id="21" w:author="民政局 孙" w:date="2025-03-28T10:12:00Z"><w:r><w:rPr>%s<w:sz w:val="32"/></w:rPr>'
              '<w:delText xml:space="preserve">（身份证号%s）</w:delText></w:r></w:del>%s</w:p>'
              % (run("1．青山乡石门村 王丽娟"), FONT_CN, IDS["C"], run("，家庭人口3人，月保障金额1860元。"))
            + paras("公示期7天，如有异议请向县民政局社会救助科反映（电话0571-64738201）。"))
    Docx().write(out("hx_tracked_deletion_id.docx"), body)
    label("hx_tracked_deletion_id.docx", "block", ["id_card", "hidden_content"], [IDS["C"]],
          "tracked deletion (w:del/w:delText) still holds a recipient's unmasked ID; the visible text shows only the name")

    line = "联系人：郑晓东，手机%s。" % MOB[7]
    body = (title("关于举办2025年度政务公开业务培训班的通知")
            + paras("各单位：为提升政务公开工作水平，县政府办公室定于3月20日举办业务培训班。")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
              '<w:moveFromRangeStart w:id="31" w:author="办公室 许" w:date="2025-03-06T15:01:00Z" w:name="move193001"/>'
              '<w:moveFrom w:id="32" w:author="办公室 许" w:date="2025-03-06T15:01:00Z">%s</w:moveFrom>'
              '<w:moveFromRangeEnd w:id="31"/></w:p>' % run(line)
            + paras("一、培训对象：各乡镇、县直各单位政务公开工作分管领导和具体经办人员。",
                    "二、培训地点：县行政中心三楼第一会议室。")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
              '<w:moveToRangeStart w:id="33" w:author="办公室 许" w:date="2025-03-06T15:01:00Z" w:name="move193001"/>'
              '<w:moveTo w:id="34" w:author="办公室 许" w:date="2025-03-06T15:01:00Z">%s</w:moveTo>'
              '<w:moveToRangeEnd w:id="33"/></w:p>' % run(line))
    Docx().write(out("hx_tracked_move_mobile.docx"), body)
    label("hx_tracked_move_mobile.docx", "review", ["mobile_phone", "hidden_content"], [MOB[7]],
          "tracked move (w:moveFrom/w:moveTo) of a contact line with a personal mobile: the mobile is in both the moved-from and moved-to text")


# ------------------------------------------------------------ hidden text
def hidden_files():
    body = (title("关于开展2025年“安全生产月”活动的通知")
            + paras("各乡镇人民政府、县直有关单位：今年6月是全国第24个“安全生产月”，现就开展活动有关事项通知如下。")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>%s'
              '<w:r><w:rPr>%s<w:vanish/><w:specVanish/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">（活动方案电子版请发至 %s）</w:t></w:r>'
              '%s</w:p>' % (run("请各单位于5月25日前报送活动方案。"), FONT_CN, EMAIL1, run(""))
            + paras("活动期间，各单位要组织开展隐患排查、应急演练和安全宣传咨询日活动。"))
    Docx().write(out("hx_specvanish_email.docx"), body)
    label("hx_specvanish_email.docx", "review", ["hidden_content", "email"], [EMAIL1],
          "hidden run (w:vanish + w:specVanish) asking for plans to be sent to a person's private mailbox")

    # text under a picture laid over it (anchored, in front of text)
    d = Docx()
    d.add("word/media/image1.png", png(320, 200, 1), None, "rIdImg1", R_IMAGE, "media/image1.png")
    anchor = ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251662336" '
              'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-50800</wp:posOffset></wp:positionV>'
              '<wp:extent cx="5400000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
              '<wp:docPr id="21" name="图片 21" descr="县政府大楼"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="0"/></wp:cNvGraphicFramePr>'
              '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
              '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/>'
              '<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="500000"/></a:xfrm>'
              '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    body = (title("县政务服务网上线运行公告")
            + paras("为方便企业和群众办事，县政务服务网已于2025年3月1日正式上线运行，可办理事项1286项。")
            + '<w:p>%s%s</w:p>' % (anchor, run("测试环境：192.168.12.40（上线前内部联调使用）"))
            + paras("使用中如遇问题，请拨打12345政务服务便民热线。"))
    d.write(out("hx_behind_picture_ip.docx"), body)
    label("hx_behind_picture_ip.docx", "review", ["internal_address"], [],
          "a line giving a private 192.168.x address sits under a picture anchored in front of text (wrapNone) that covers it; the picture itself has no text")


# ------------------------------------------------------------ fields & links
def field_files():
    d = Docx()
    d.add(None, None, rid="rIdL1", rtype=R_HYPERLINK, target="http://192.168.10.23:8080/upload/2025/fj1.xlsx", external=True)
    body = (title("关于下达2025年度农村饮用水达标提标工程补助资金的通知")
            + paras("各乡镇人民政府：经研究，现下达2025年度农村饮用水达标提标工程补助资金1260万元，具体分配见附件。")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:hyperlink r:id="rIdL1" w:history="1">'
              '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/>%s<w:sz w:val="32"/></w:rPr><w:t>附件1：补助资金分配表</w:t></w:r></w:hyperlink></w:p>' % FONT_CN
            + paras("请各地加快项目实施进度，确保资金使用安全高效。"))
    d.write(out("hx_hyperlink_intranet.docx"), body)
    label("hx_hyperlink_intranet.docx", "review", ["internal_address"], [],
          "hyperlink whose display text is 附件1 but whose target (document.xml.rels, external) is a 192.168.x intranet URL")

    fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDETEXT "\\\\\\\\fs-bgs01\\\\共享\\\\2025\\\\人员名单.docx" \\* MERGEFORMAT </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % run("（名单见附件）")
    body = (title("关于表彰2024年度全县优秀志愿者的决定")
            + paras("2024年，全县广大志愿者积极投身疫情防控、文明创建和应急救援等工作，涌现出一批先进典型。")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>%s%s</w:p>' % (run("经研究，决定对50名优秀志愿者予以表彰"), fld)
            + paras("希望受表彰的志愿者珍惜荣誉，再接再厉。"))
    Docx().write(out("hx_includetext_unc.docx"), body)
    label("hx_includetext_unc.docx", "review", ["internal_address"], [],
          "INCLUDETEXT field whose instruction names a UNC path (\\\\fs-bgs01\\共享\\…, backslashes doubled as Word writes them in field codes); the result shows only （名单见附件）")

    d = Docx()
    d.settings_extra = ('<w:docVars><w:docVar w:name="fwzh" w:val="县政办发〔2025〕12号"/>'
                        '<w:docVar w:name="ngr" w:val="何文静"/><w:docVar w:name="ngrsj" w:val="%s"/></w:docVars>' % MOB[4])
    fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCVARIABLE fwzh \\* MERGEFORMAT </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % run("县政办发〔2025〕12号")
    body = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>' % fld
            + title("县人民政府办公室关于印发2025年政务公开工作要点的通知")
            + paras("各乡镇人民政府、街道办事处，县政府各部门：", "《2025年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。"))
    d.write(out("hx_docvariable_mobile.docx"), body)
    label("hx_docvariable_mobile.docx", "review", ["mobile_phone"], [MOB[4]],
          "document variables (settings.xml w:docVar, filled by an OA system): ngrsj holds the drafter's mobile; the body's DOCVARIABLE field shows only the 文号")

    body = (title("证  明")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>%s'
              '<w:fldSimple w:instr=" MERGEFIELD 姓名 ">%s</w:fldSimple>%s'
              '<w:fldSimple w:instr=" MERGEFIELD 身份证号 ">%s</w:fldSimple>%s</w:p>'
              % (run("兹证明"), run("周文斌"), run("同志（身份证号："), run(IDS["E"]), run("）系我单位在编在岗工作人员，特此证明。"))
            + paras("县人力资源和社会保障局", "2025年3月12日"))
    Docx().write(out("hx_mergefield_id.docx"), body)
    label("hx_mergefield_id.docx", "block", ["id_card"], [IDS["E"]],
          "MERGEFIELD 身份证号 (w:fldSimple): the field's cached result is an unmasked ID; the instruction only names the field")

    d = Docx()
    f1 = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.zj.gov.cn/col/col1229019364/index.html" </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>%s<w:sz w:val="32"/></w:rPr>'
          '<w:t>浙江省人民政府门户网站政府信息公开专栏</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>') % FONT_CN
    f2 = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % run("2025年3月12日")
    ftr = ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
           '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>')
    d.header("rIdF1", "footer1.xml", ftr, kind="footer")
    body = (title("关于进一步做好政府信息主动公开工作的通知")
            + paras("各单位要按照上级要求，及时、准确公开政府信息，相关规范可参阅")
            + '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>%s%s</w:p>' % (f1, run("。"))
            + paras("县人民政府办公室") + '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>%s</w:p>' % f2)
    d.write(out("hx_field_clean.docx"), body)
    label("hx_field_clean.docx", "pass", [], [], "clean twin for fields: a complex HYPERLINK field to a public zj.gov.cn page, a DATE field, a PAGE field in the footer")


# ------------------------------------------------------------ content controls
def sdt_files():
    def sdt(alias, tag, sid, prx, content):
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s</w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (alias, tag, sid, prx, content)
    ph = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r>'
    dd_clean = ('<w:dropDownList><w:listItem w:displayText="主动公开" w:value="1"/><w:listItem w:displayText="依申请公开" w:value="2"/>'
                '<w:listItem w:displayText="不予公开" w:value="3"/></w:dropDownList>')
    body = (title("政府信息公开申请表（样表）")
            + '<w:p>%s%s</w:p>' % (run("申请人姓名："), sdt("申请人姓名", "sqrxm", 101, "<w:showingPlcHdr/><w:text/>", ph))
            + '<w:p>%s%s</w:p>' % (run("申请日期："), sdt("申请日期", "sqrq", 102, '<w:showingPlcHdr/><w:date><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/></w:date>',
                                                     '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击或点击此处输入日期。</w:t></w:r>'))
            + '<w:p>%s%s</w:p>' % (run("公开方式："), sdt("公开方式", "gkfs", 103, dd_clean, run("主动公开")))
            + paras("填表说明：申请人应当如实填写，申请表可到县政府信息公开受理点领取或从县政府门户网站下载。"))
    Docx().write(out("hx_sdt_placeholder_clean.docx"), body)
    label("hx_sdt_placeholder_clean.docx", "pass", [], [],
          "clean twin for content controls: titled controls with placeholder text, a date picker, a drop-down of 公开方式 entries")

    dd = ('<w:dropDownList><w:listItem w:displayText="综合科" w:value="综合科"/><w:listItem w:displayText="业务科" w:value="业务科"/>'
          '<w:listItem w:displayText="李国栋 %s" w:value="lgd"/></w:dropDownList>') % MOB[5]
    body = (title("2025年度县级文明单位申报表")
            + '<w:p>%s%s</w:p>' % (run("申报单位：县文化和广电旅游体育局　承办科室："), sdt("承办科室", "cbks", 201, dd, run("综合科")))
            + paras("申报单位应对照测评体系逐项自查，并于4月30日前报送县文明办。"))
    Docx().write(out("hx_sdt_dropdown_mobile.docx"), body)
    label("hx_sdt_dropdown_mobile.docx", "review", ["mobile_phone"], [MOB[5]],
          "drop-down content control: the shown value is 综合科, but one list entry (visible when the list is opened) holds a person's name and mobile")

    d = Docx()
    store = "{6A1C2F3E-8B4D-4E7A-9C21-3F5D7B9E1A20}"
    cxml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><sqb xmlns="urn:xzfw-sqb"><xm>吴雅琴</xm><sfzh>%s</sfzh>'
            '<dw>县行政服务中心</dw></sqb>') % IDS["F"]
    props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="%s" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
             '<ds:schemaRef ds:uri="urn:xzfw-sqb"/></ds:schemaRefs></ds:datastoreItem>') % store
    d.add("customXml/item1.xml", cxml, None, "rIdCx", R_CUSTOMXML, "../customXml/item1.xml")
    d.add("customXml/itemProps1.xml", props, CT + "customXmlProperties+xml")
    d.part_rels["customXml/item1.xml"] = [("rId1", R_CUSTOMXML_PROPS, "itemProps1.xml")]
    bind = lambda x: ('<w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:xzfw-sqb\'" w:xpath="/ns0:sqb[1]/ns0:%s[1]" w:storeItemID="%s"/><w:text/>' % (x, store))
    body = (title("县行政服务中心窗口工作人员服务承诺")
            + '<w:p>%s%s</w:p>' % (run("承诺人："), sdt("承诺人", "xm", 301, bind("xm"), run("吴某某")))
            + '<w:p>%s%s</w:p>' % (run("身份证号："), sdt("身份证号", "sfzh", 302, bind("sfzh"), run(IDS["F"][:6] + "********" + IDS["F"][-4:])))
            + paras("本人承诺：热情服务，一次告知，限时办结，接受群众监督。"))
    d.write(out("hx_sdt_bound_id.docx"), body)
    label("hx_sdt_bound_id.docx", "block", ["id_card"], [IDS["F"]],
          "data-bound content controls (w:dataBinding to customXml/item1.xml): the body's cached text is masked, but the custom XML store that Word re-binds on opening holds the full ID")


# ------------------------------------------------------------ properties & template
def prop_files():
    d = Docx()
    d.core = core_xml("县政府办公室", "2025年政务公开工作要点")
    d.app = app_xml("某某县人民政府办公室", "综合科")
    d.custom = custom_xml([("公开属性", "主动公开"), ("发文字号", "县政办发〔2025〕12号")])
    d.write(out("hx_props_clean.docx"), title("2025年政务公开工作要点") + paras(
        "2025年全县政务公开工作要坚持以人民为中心，围绕中心工作，进一步提升政务公开质效。",
        "一、加强政策解读。二、做好依申请公开工作。三、加强政府网站和政务新媒体管理。"))
    label("hx_props_clean.docx", "pass", [], [],
          "clean twin for properties: core title/creator, app.xml Company and Manager (an office and a section), custom properties 公开属性=主动公开 and 发文字号 (metadata is info only)")

    d = Docx()
    d.custom = custom_xml([("公开属性", "主动公开"), ("经办人", "马晓峰"), ("经办人电话", MOB[6])])
    d.write(out("hx_custom_props_mobile.docx"), title("县交通运输局2024年度法治政府建设情况报告") + paras(
        "2024年，县交通运输局深入贯彻落实法治政府建设实施纲要，各项工作取得积极成效。",
        "一是完善制度建设，修订行政执法公示、执法全过程记录和重大执法决定法制审核三项制度。"))
    label("hx_custom_props_mobile.docx", "review", ["mobile_phone"], [MOB[6]],
          "custom document property 经办人电话 (docProps/custom.xml, File > Properties > Custom) holds a person's mobile")

    d = Docx()
    d.settings_extra = '<w:attachedTemplate r:id="rIdTpl"/>'
    d.settings_rels = [("rIdTpl", R_ATTACHED_TEMPLATE, "file:///\\\\oa-fs02\\templates\\县政府红头.dotm", True)]
    d.write(out("hx_attached_template_unc.docx"), title("县人民政府关于公布2025年县级重点建设项目的通知") + paras(
        "各乡镇人民政府、街道办事处，县政府各部门：", "现将2025年县级重点建设项目名单予以公布，请各责任单位抓好落实。"))
    label("hx_attached_template_unc.docx", "review", ["internal_address"], [],
          "settings.xml w:attachedTemplate points (settings.xml.rels, external) to file:///\\\\oa-fs02\\templates\\….dotm, a UNC path on the office network")

    d = Docx()
    d.settings_extra = '<w:attachedTemplate r:id="rIdTpl"/>'
    d.settings_rels = [("rIdTpl", R_ATTACHED_TEMPLATE, "file:///C:\\Program Files\\Microsoft Office\\root\\Templates\\2052\\公文模板.dotx", True)]
    d.write(out("hx_attached_template_clean.docx"), title("县人民政府关于公布2025年县级重点建设项目的通知") + paras(
        "各乡镇人民政府、街道办事处，县政府各部门：", "现将2025年县级重点建设项目名单予以公布，请各责任单位抓好落实。"))
    label("hx_attached_template_clean.docx", "pass", [], [],
          "clean twin: attached template is a local Office template path (C:\\Program Files\\…), no host")


# ------------------------------------------------------------ glossary
def glossary_files():
    def gl(parts):
        dp = ""
        for i, (nm, texts) in enumerate(parts):
            dp += ('<w:docPart><w:docPartPr><w:name w:val="%s"/><w:category><w:name w:val="常规"/><w:gallery w:val="autoTxt"/></w:category>'
                   '<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{%s}"/></w:docPartPr><w:docPartBody>%s'
                   '</w:docPartBody></w:docPart>') % (xesc(nm), str(uuid.UUID(int=0xB56000 + i)).upper(), "".join(para(t) for t in texts))
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument %s><w:docParts>%s</w:docParts></w:glossaryDocument>' % (W_NS, dp)
    for name, parts, lab in [
        ("hx_glossary_id.docx", [("落款", ["县市场监督管理局", "2025年3月"]), ("经办人信息", ["经办人：赵明辉", "身份证号：" + IDS["H"]])],
         ("block", ["id_card"], [IDS["H"]], "glossary (word/glossary/document.xml, building blocks / 自动图文集) has an entry with a clerk's unmasked ID; the body is clean")),
        ("hx_glossary_clean.docx", [("落款", ["县市场监督管理局", "2025年3月"]), ("联系方式", ["咨询电话：0571-64712315"])],
         ("pass", [], [], "clean twin: glossary building blocks with a 落款 and the agency's landline"))]:
        d = Docx()
        d.add("word/glossary/document.xml", gl(parts), CT + "wordprocessingml.document.glossary+xml", "rIdGl", R_GLOSSARY, "glossary/document.xml")
        d.write(out(name), title("县市场监督管理局关于开展2025年食品安全抽检的公告") + paras(
            "根据《食品安全法》及其实施条例，县市场监督管理局将于2025年4月至10月开展食品安全监督抽检。",
            "抽检结果将通过县政府门户网站向社会公布。"))
        label(name, *lab)


# ------------------------------------------------------------ altChunk
def altchunk_files():
    html_mob = ('<html><head><meta charset="utf-8"><title>报名须知</title></head><body>'
                '<p>报名须知：请携带本人有效证件到现场报名。</p><p>报名咨询：陶老师，联系电话：%s</p></body></html>') % MOB[10]
    html_clean = ('<html><head><meta charset="utf-8"><title>报名须知</title></head><body>'
                  '<p>报名须知：请携带本人有效证件到现场报名。</p><p>报名咨询：县人力资源和社会保障局，电话 0571-64719020。</p></body></html>')
    rtf_mark = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\uc1\\pard\\f0\\fs32 "
                + "".join("\\u%d?" % ord(ch) if ord(ch) > 127 else ch for ch in "机密★10年") + "\\par\\pard "
                + "".join("\\u%d?" % ord(ch) if ord(ch) > 127 else ch for ch in "附件：2025年度重点工程项目推进情况汇总") + "\\par}")
    for name, fname, data, ctype, lab in [
        ("hx_altchunk_html_mobile.docx", "afchunk.htm", html_mob, "text/html",
         ("review", ["mobile_phone"], [MOB[10]], "w:altChunk imports an HTML part (word/afchunk.htm) whose second paragraph gives a teacher's mobile")),
        ("hx_altchunk_html_clean.docx", "afchunk.htm", html_clean, "text/html",
         ("pass", [], [], "clean twin: altChunk HTML with the office's landline")),
        ("hx_altchunk_rtf_marking.docx", "afchunk.rtf", rtf_mark, "application/rtf",
         ("block", ["classified_marking"], [], "w:altChunk imports an RTF part (\\uN escapes) that starts with the GB/T 9704 marking 机密★10年, i.e. the attached document carries its own marking"))]:
        d = Docx()
        d.add("word/" + fname, data, None, "rIdAc", R_AFCHUNK, fname)
        ext = fname.rsplit(".", 1)[1]
        d.defaults[ext] = ctype
        d.write(out(name), title("2025年县级机关事业单位公开招聘工作人员公告") + paras(
            "经县委组织部、县人力资源和社会保障局研究，决定面向社会公开招聘事业单位工作人员28名。")
            + '<w:altChunk r:id="rIdAc"/>' + paras("本公告由县人力资源和社会保障局负责解释。"))
        label(name, *lab)


# ------------------------------------------------------------ OLE objects
def ole_files():
    obj = ('<w:p><w:r><w:object w:dxaOrig="7200" w:dyaOrig="2400"><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:360pt;height:120pt" o:ole="">'
           '<v:imagedata r:id="rIdOleImg" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="%s" ShapeID="_x0000_i1025" '
           'DrawAspect="%s" ObjectID="_1801234567" r:id="rIdOle"/></w:object></w:r></w:p>')
    for name, rows, lab in [
        ("hx_ole_xlsx_card.docx", [["序号", "户主", "银行卡号", "补贴金额（元）"], [1, "陈某某", "6217********5102", 2400],
                                   [2, "蒋春华", CARDS["B"], 2400], [3, "罗某某", "6228********0417", 1800]],
         ("block", ["bank_card"], [CARDS["B"]], "embedded Excel object (w:object + o:OLEObject Excel.Sheet.12, the package in word/embeddings/*.xlsx): one 银行卡号 unmasked, UnionPay and Luhn-valid")),
        ("hx_ole_xlsx_clean.docx", [["乡镇", "户数", "补贴金额（万元）"], ["城关镇", 126, 30.24], ["临江镇", 98, 23.52]],
         ("pass", [], [], "clean twin: embedded Excel object with totals by township only"))]:
        d = Docx()
        d.defaults["xlsx"] = CT + "spreadsheetml.sheet"
        d.add("word/media/image1.png", png(240, 80, 2), None, "rIdOleImg", R_IMAGE, "media/image1.png")
        d.add("word/embeddings/Microsoft_Excel_Worksheet1.xlsx", xlsx_bytes([("Sheet1", rows)]), None, "rIdOle", R_PACKAGE,
              "embeddings/Microsoft_Excel_Worksheet1.xlsx")
        d.write(out(name), title("2024年度困难残疾人生活补贴发放情况") + paras(
            "根据县民政局、县残联联合审核结果，2024年度困难残疾人生活补贴已按季度发放到位，发放情况见下表。")
            + obj % ("Excel.Sheet.12", "Content") + paras("如对发放结果有异议，请于公示期内向县残联反映。"))
        label(name, *lab)

    txt = ["网站内容管理系统交接说明", "",
           "一、系统后台地址：http://10.45.2.17/cms/admin",
           "二、栏目维护由信息科负责，日常更新按照“先审后发”的原则执行。",
           "三、发布前须经科室负责人审核，重要信息报分管领导审定。"]
    filler = "本说明随系统交接清单一并归档，交接双方应逐项核对系统功能、栏目设置和账号权限，确认无误后签字。"
    while len("\r\n".join(txt).encode("utf-8")) < 4400:
        txt.append(filler)
    payload = b"\xef\xbb\xbf" + "\r\n".join(txt).encode("utf-8")
    bin_ = cfb_single_stream("\x01Ole10Native", ole10native("jiaojie.txt", payload),
                             clsid=bytes.fromhex("0C00030000000000C000000000000046"))
    d = Docx()
    d.defaults["bin"] = CT + "oleObject"
    d.add("word/media/image1.png", png(64, 64, 3), None, "rIdOleImg", R_IMAGE, "media/image1.png")
    d.add("word/embeddings/oleObject1.bin", bin_, None, "rIdOle", R_OLE, "embeddings/oleObject1.bin")
    d.write(out("hx_ole_package_txt.docx"), title("关于县政府门户网站集约化平台迁移工作的通知") + paras(
        "根据省政府办公厅统一部署，县政府门户网站将于2025年4月迁移至省级集约化平台。",
        "各单位要做好栏目内容梳理和历史信息归档工作，相关交接说明见附件。")
        + obj.replace("width:360pt;height:120pt", "width:48pt;height:48pt") % ("Package", "Icon") + paras("迁移期间网站可能短暂无法访问，敬请谅解。"))
    label("hx_ole_package_txt.docx", "review", [], [],
          "embedded OLE Package object (oleObject1.bin, a compound file whose \\x01Ole10Native stream carries jiaojie.txt) giving the CMS back-end at a 10.x address. "
          "Docs: 'OLE objects … are reported unreadable', while embedded text files are read: either unreadable or internal_address satisfies; review either way, so no category is required")


# ------------------------------------------------------------ tables
def table(rows, widths, cell_xml=None):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    trs = ""
    for r, row in enumerate(rows):
        tcs = ""
        for c, val in enumerate(row):
            inner = cell_xml(r, c, val) if cell_xml else None
            if inner is None:
                inner = '<w:p>%s</w:p>' % run(str(val))
            tcs += '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (widths[c], inner)
        trs += "<w:tr>%s</w:tr>" % tcs
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
            '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/>'
            '<w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>') % (grid, trs)


def table_files():
    m = MOB[11]
    rows = [["序号", "网格员", "所在村（社区）", "联系电话"], [1, "黄某某", "城关镇东门社区", "139****2846"],
            [2, "邵丽萍", "城关镇西门社区", m], [3, "叶某某", "临江镇江口村", "158****7713"]]

    def cell(r, c, v):
        if v == m:
            return ('<w:p>%s<w:r><w:softHyphen/></w:r>%s<w:r><w:softHyphen/></w:r>%s</w:p>' % (run(m[:3]), run(m[3:7]), run(m[7:])))
        return None
    body = (title("城关镇、临江镇网格员名单") + paras("为加强基层社会治理，现将各村（社区）专职网格员名单公布如下。")
            + table(rows, [700, 1400, 2800, 1500], cell) + paras("网格员负责辖区内矛盾纠纷排查、安全隐患巡查等工作。"))
    Docx().write(out("hx_table_softhyphen_mobile.docx"), body)
    label("hx_table_softhyphen_mobile.docx", "review", ["mobile_phone"], [m],
          "table cell under 联系电话: one mobile unmasked but split into three runs with w:softHyphen between its groups (the other rows are masked)")

    c = CARDS["C"]
    rows = [["序号", "姓名", "开户银行", "银行卡号", "金额（元）"], [1, "施某某", "县农商银行", "6230****8821", 3000],
            [2, "金晓燕", "县农商银行", c], [3, "潘某某", "县农商银行", "6230****4410", 3000]]
    rows[2].append(3000)

    def cell2(r, ci, v):
        if v == c:
            return '<w:p>%s<w:r><w:br/></w:r>%s</w:p>' % (run(c[:8]), run(c[8:]))
        return None
    body = (title("2024年度见义勇为人员奖励资金发放名单") + paras("经县见义勇为基金会审核，以下人员获得2024年度奖励资金。")
            + table(rows, [700, 1200, 1600, 1500, 1200], cell2) + paras("奖励资金已于2025年2月28日前发放到个人账户。"))
    Docx().write(out("hx_table_br_card.docx"), body)
    label("hx_table_br_card.docx", "block", ["bank_card"], [c],
          "table cell under 银行卡号: a person's UnionPay card (Luhn-valid) wrapped over two lines with a w:br inside the cell; the other rows are masked")


# ------------------------------------------------------------ east Asian run properties
def lang_files():
    ea = lambda t, f: ('<w:r><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
                       '<w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r>') % (f, f, f, xesc(t))
    sym = '<w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:eastAsia="黑体" w:hAnsi="Segoe UI Symbol" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr><w:t>★</w:t></w:r>'
    num = '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/><w:sz w:val="32"/></w:rPr><w:t>3</w:t></w:r>'
    first = '<w:p><w:pPr><w:jc w:val="left"/></w:pPr>%s%s%s%s</w:p>' % (ea("机密", "黑体"), sym, num, ea("年", "黑体"))
    body = (first + title("县国防动员委员会关于2025年度民兵整组工作的意见")
            + paras("各乡镇人民武装部、县直各单位：", "根据上级部署，现就做好2025年度民兵整组工作提出如下意见。"))
    Docx().write(out("hx_eastasia_marking.docx"), body)
    label("hx_eastasia_marking.docx", "block", ["classified_marking"], [],
          "first line 机密★3年 split over four runs with different ascii/eastAsia fonts (黑体, Segoe UI Symbol with w:hint=eastAsia, Times New Roman digit, w:lang eastAsia=zh-CN)")

    en = lambda t: ('<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
                    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>') % xesc(t)
    body = (title("县外事办公室关于2025年国际友好城市交流活动的公告")
            + '<w:p>%s</w:p>' % ea("一、活动时间：2025年5月12日至16日。", "仿宋_GB2312")
            + '<w:p>%s</w:p>' % en("1. Dates: 12-16 May 2025.")
            + '<w:p>%s%s</w:p>' % (ea("二、咨询方式：县外事办公室，电话", "仿宋_GB2312"), en(" 0571-64705566"))
            + '<w:p>%s</w:p>' % en("2. Enquiries: County Foreign Affairs Office, tel. +86 571 6470 5566.")
            + '<w:p><w:r><w:rPr><w:rFonts w:ascii="MS Mincho" w:eastAsia="MS Mincho" w:hint="eastAsia"/><w:lang w:eastAsia="ja-JP"/></w:rPr>'
              '<w:t>友好都市交流事業のご案内</w:t></w:r></w:p>'
            + '<w:p><w:r><w:rPr><w:rFonts w:ascii="Malgun Gothic" w:eastAsia="Malgun Gothic" w:hint="eastAsia"/><w:lang w:eastAsia="ko-KR"/></w:rPr>'
              '<w:t>자매도시 교류 행사 안내</w:t></w:r></w:p>')
    Docx().write(out("hx_lang_clean.docx"), body)
    label("hx_lang_clean.docx", "pass", [], [],
          "clean twin: bilingual notice with zh-CN, en-US, ja-JP and ko-KR run properties and eastAsia fonts; only the office's landline")


def main():
    for f in [lambda: watermark_vml("hx_watermark_vml_marking.docx", "秘密★1年", "block", ["classified_marking"],
                                    "header watermark (VML v:textpath, Word's 水印) reads 秘密★1年 on every page"),
              lambda: watermark_vml("hx_watermark_vml_clean.docx", "征求意见稿", "pass", [],
                                    "clean twin: VML header watermark 征求意见稿"),
              lambda: watermark_dml("hx_watermark_dml_worksecret.docx", "工作秘密", "review", ["sensitive_term"],
                                    "header DrawingML shape (wps:wsp behind the text, textPlain warp, VML fallback) used as a watermark: 工作秘密 standing alone"),
              txbx_files, group_files, smartart_files, chart_files, endnote_unc, comment_files, tracked_files,
              hidden_files, field_files, sdt_files, prop_files, glossary_files, altchunk_files, ole_files,
              table_files, lang_files]:
        f()
    return LABELS


if __name__ == "__main__":
    main()
