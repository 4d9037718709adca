"""python-docx documents with hand-edited OOXML: vertical text boxes (eaVert + VML
layout-flow), table cells with text direction tbRl/btLr, a diagonal VML watermark
in the header, two text columns, a right-to-left (bidiVisual) table, a landscape
section between portrait ones, a table whose rows break across pages.
Run from the corpus folder: python3 gen/make_docx.py"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import ID, MOB, NAMES, EXAMNO, BODY, mask_id, mask_mobile
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn

OUT = "docx"
os.makedirs(OUT, exist_ok=True)
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(14)
    st.element.rPr.get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.comments = ""
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.7)
    return d


def title(d, text, size=20):
    p = d.add_paragraph()
    p.alignment = 1
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = True
    return p


def paras(d, items):
    for t in items:
        p = d.add_paragraph(t)
        p.paragraph_format.first_line_indent = Pt(28)


def save(d, name):
    path = os.path.join(OUT, name)
    d.save(path)
    print(path)


# ---------- vertical text box anchored at the page's top left ----------
def vbox_run(text, n=1):
    return parse_xml(
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="25165926%d" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>612000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>540000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="432000" cy="1620000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="432000" cy="1620000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="eaVert" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 %d" o:spid="_x0000_s102%d" type="#_x0000_t202" style="position:absolute;margin-left:48.2pt;'
        'margin-top:42.5pt;width:34pt;height:127.55pt;z-index:251659264;mso-position-horizontal-relative:page;'
        'mso-position-vertical-relative:page" filled="f" stroked="f"><v:textbox style="layout-flow:vertical-ideographic" inset="0,0,0,0">'
        '<w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>' % (NS, n, n, n, text, n, n, text))


def vbox_doc(name, boxtext):
    d = new_doc()
    p = d.add_paragraph()
    p._p.append(vbox_run(boxtext))
    title(d, "关于做好城乡居民医保参保缴费工作的通知")
    paras(d, BODY)
    save(d, name)


vbox_doc("docx_textbox_vert_marking.docx", "秘密★1年")
vbox_doc("docx_textbox_vert_clean.docx", "县医保〔2024〕12号")


# ---------- table cells with a text direction ----------
def set_dir(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:textDirection %s w:val="%s"/>' % (NS, val)))


def row_height(row, twips, rule="atLeast"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (NS, twips, rule)))


def table_doc(name, ttl, heads, rows, head_dir=None, cell_dir=None, dir_cols=(), note=None, bidi=False, hh=1500, rh=None):
    d = new_doc()
    title(d, ttl, 18)
    t = d.add_table(rows=1 + len(rows), cols=len(heads))
    t.style = "Table Grid"
    if bidi:
        t._tbl.tblPr.append(parse_xml('<w:bidiVisual %s/>' % NS))
    for j, h in enumerate(heads):
        c = t.rows[0].cells[j]
        c.text = h
        if head_dir:
            set_dir(c, head_dir)
    if head_dir:
        row_height(t.rows[0], hh)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.rows[i + 1].cells[j]
            c.text = str(v)
            if cell_dir and j in dir_cols:
                set_dir(c, cell_dir)
        if rh:
            row_height(t.rows[i + 1], rh)
    if note:
        d.add_paragraph(note)
    save(d, name)
    return d


table_doc("docx_cell_tbRl_id.docx", "2024年度城乡低保对象名单",
          ["序号", "户主姓名", "身份证号", "保障人数", "所在村"],
          [[i + 1, NAMES[i], ID[i] if i == 4 else mask_id(ID[i]), 1 + i % 3, "城关镇东门村"] for i in range(6)],
          cell_dir="tbRl", dir_cols=(2,), rh=3600)
table_doc("docx_cell_btLr_mobile.docx", "2024年度森林防火网格责任人名单",
          ["序号", "网格名称", "责任人", "职务", "联系电话"],
          [[i + 1, "第%d网格" % (i + 1), NAMES[i + 2], "护林员", MOB[i + 2] if i == 1 else mask_mobile(MOB[i + 2])] for i in range(6)],
          head_dir="btLr")
table_doc("docx_cell_btLr_exam_clean.docx", "2024年度县属事业单位公开招聘笔试成绩公示",
          ["序号", "姓名", "准考证号", "笔试成绩", "是否进入面试"],
          [[i + 1, NAMES[i][0] + "某某", EXAMNO[i], "%.1f" % (83 - i * 1.2), "是" if i < 6 else "否"] for i in range(10)],
          head_dir="btLr", note="公示期为5个工作日，公示期内如有异议，请以书面形式向县人力资源和社会保障局反映。")
table_doc("docx_bidi_table_mobile.docx", "2024年度村级河长名单",
          ["序号", "河道名称", "村级河长", "联系电话", "所在村"],
          [[i + 1, "%s溪" % "东西南北中"[i], NAMES[i + 5], MOB[7] if i == 2 else mask_mobile(MOB[i + 5]), "城关镇%s村" % "东西南北中"[i]] for i in range(5)],
          bidi=True)


# ---------- a diagonal watermark in the header (Word's 水印) ----------
def watermark_doc(name, text):
    d = new_doc()
    title(d, "2024年全县医疗保障工作要点")
    paras(d, BODY * 3)
    hdr = d.sections[0].header
    p = hdr.paragraphs[0]
    p._p.append(parse_xml(
        '<w:r %s><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
        '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
        '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
        '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
        '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
        '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject357476642" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:439.9pt;height:109.95pt;rotation:315;z-index:-251657216;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
        '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="%s"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>' % (NS, text)))
    save(d, name)


watermark_doc("docx_watermark_internal.docx", "内部资料 注意保存")
watermark_doc("docx_watermark_clean.docx", "样本")


# ---------- two text columns, the ID in the second ----------
d = new_doc()
title(d, "政务信息简报 第17期")
sec = d.sections[0]
cols = sec._sectPr.find(qn("w:cols"))
cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "425"); cols.set(qn("w:sep"), "1")
paras(d, BODY[:4])
p = d.add_paragraph()
p.add_run().add_break(docx.enum.text.WD_BREAK.COLUMN)
p.add_run("五、信访事项办理情况。本月共受理群众来信来访四十二件，已办结三十九件。其中，申请人%s（身份证号%s）反映的宅基地确权问题，已由城关镇人民政府调查处理并书面答复。" % (NAMES[6], ID[6]))
paras(d, BODY[4:5])
save(d, "docx_cols2_id.docx")


# ---------- a landscape section between portrait sections ----------
def landscape_doc(name, unmasked):
    d = new_doc()
    title(d, "关于2024年度困难残疾人生活补贴发放情况的报告")
    paras(d, BODY[:5])
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    d.add_paragraph("附表：补贴发放明细")
    heads = ["序号", "姓名", "性别", "身份证号", "残疾类别", "补贴标准（元/月）", "发放月数", "合计（元）"]
    t = d.add_table(rows=1, cols=len(heads)); t.style = "Table Grid"
    for j, h in enumerate(heads):
        t.rows[0].cells[j].text = h
    for i in range(6):
        cells = t.add_row().cells
        idv = ID[i + 8] if (unmasked and i == 3) else mask_id(ID[i + 8])
        for j, v in enumerate([i + 1, NAMES[i + 4], "男" if i % 2 else "女", idv, "视力", 90, 12, 1080]):
            cells[j].text = str(v)
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    d.add_paragraph("特此报告。")
    d.add_paragraph("某某县残疾人联合会　2024年3月5日")
    save(d, name)


landscape_doc("docx_landscape_section_id.docx", True)


# ---------- a long table whose rows may break across pages (source of the LibreOffice PDF) ----------
def split_doc(name, idval, spacer):
    d = new_doc()
    title(d, "2024年度高龄津贴发放名单", 18)
    p = d.add_paragraph("根据《某某县高龄津贴发放管理办法》，经村民委员会入户核实、乡镇人民政府审核和县民政局审批，现将2024年度高龄津贴发放名单公示如下。")
    p.paragraph_format.space_after = Pt(spacer)
    heads = ["序号", "姓名", "身份证号", "住址", "审核情况"]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    widths = [Cm(1.2), Cm(1.8), Cm(2.6), Cm(2.4), Cm(7.6)]
    for j, h in enumerate(heads):
        t.rows[0].cells[j].text = h
    remark = "申请人年满八十周岁，户籍在本村，经村民委员会入户核实、乡镇人民政府审核和县民政局审批，符合高龄津贴发放条件，自二〇二四年一月起按月发放。"
    for i in range(14):
        cells = t.add_row().cells
        if i == 9:
            vals = [i + 1, NAMES[8], idval, "城关镇南门村", remark * 2]
        else:
            vals = [i + 1, NAMES[i % 12][0] + "某某", mask_id(ID[i % 15]), "城关镇%s村" % "东西南北中"[i % 5], "经审核，符合发放条件。"]
        for j, v in enumerate(vals):
            cells[j].text = str(v)
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips if hasattr(widths[j], "twips") else widths[j] / 635)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    save(d, name)


SPL = int(os.environ.get("SPLIT_SPACER", "105"))
split_doc("docx_split_row_id.docx", ID[9], SPL)
split_doc("docx_split_row_clean.docx", mask_id(ID[9]), SPL)
