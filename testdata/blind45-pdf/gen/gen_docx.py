# -*- coding: utf-8 -*-
"""python-docx documents for LibreOffice (soffice --convert-to pdf).  Writes WORK/docx/."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, Mm, RGBColor

D = os.path.join(WORK, "docx")
os.makedirs(D, exist_ok=True)

BODY_FONT = "仿宋_GB2312"      # the 公文 fonts are not installed: LibreOffice substitutes
TITLE_FONT = "方正小标宋简体"


def set_font(run, name, size=None, color=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor(*color)
    if bold is not None:
        run.font.bold = bold


def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = d.styles["Normal"]
    st.font.name = BODY_FONT
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), BODY_FONT)
    d.core_properties.author = "办公室"
    return d


def p(d, text, align=None, size=16, font=BODY_FONT, color=None, indent=True, bold=None):
    para = d.add_paragraph()
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        para.paragraph_format.first_line_indent = Pt(size * 2)
    para.paragraph_format.space_after = Pt(0)
    r = para.add_run(text)
    set_font(r, font, size, color, bold)
    return para


def hyperlink(para, url, text):
    rid = para.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "0000FF")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(c)
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    para._p.append(h)


def table(d, head, rows, widths_mm, size=12):
    t = d.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for r, vals in enumerate([head] + rows):
        for c, v in enumerate(vals):
            cell = t.cell(r, c)
            cell.width = Mm(widths_mm[c])
            cell.text = ""
            run = cell.paragraphs[0].add_run(v)
            set_font(run, BODY_FONT, size)
    # fixed layout so LibreOffice keeps narrow columns narrow
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    return t


def notice(path, marked):
    d = new_doc()
    if marked:
        p(d, "000127", indent=False)
        p(d, "机密★1年", indent=False, font="黑体")
    p(d, "特急", indent=False, font="黑体")
    p(d, NOTICE_ORG, "c", 36, TITLE_FONT, (0xDD, 0, 0))
    p(d, NOTICE_NO, "c")
    p(d, "", indent=False)
    p(d, NOTICE_TITLE, "c", 22, TITLE_FONT)
    p(d, NOTICE_TO, indent=False)
    for t in NOTICE_BODY:
        p(d, t)
    p(d, "", indent=False)
    for t in NOTICE_SIGN:
        p(d, t, "r")
    if not marked:
        p(d, "（此件公开发布）", indent=False)
    d.save(path)


def gongshi(path, masked):
    d = new_doc()
    p(d, GS_TITLE, "c", 20, TITLE_FONT)
    p(d, GS_INTRO)
    rows = [[str(i), n, sx, mask_id(v) if masked else v, mask_mobile(m) if masked else m, note]
            for i, (n, sx, v, m, note) in enumerate(HONOUREES, 1)]
    table(d, GS_HEAD, rows, [12, 20, 12, 45, 32, 38], 11)
    p(d, GS_OUTRO[0])
    p(d, GS_OUTRO[1])
    for t in GS_OUTRO[2:]:
        p(d, t, "r")
    d.save(path)


def minutes(path, header):
    d = new_doc()
    if header:
        hp = d.sections[0].header.paragraphs[0]
        r = hp.add_run(header)
        set_font(r, "黑体", 12)
    p(d, MIN_ORG, "c", 30, TITLE_FONT, (0xDD, 0, 0))
    p(d, MIN_TITLE, "c", 22, TITLE_FONT)
    p(d, MIN_NO, "c")
    for t in MIN_BODY[:4]:
        p(d, t)
    d.add_page_break()
    p(d, "（续）会议还研究了其他事项。会议要求各处室、各单位按照职责分工，抓好议定事项落实，并于每月25日前向办公室报送进展情况。")
    for t in MIN_BODY[4:]:
        p(d, t, indent=False)
    d.save(path)


def tender(path, url):
    d = new_doc()
    p(d, TENDER_TITLE, "c", 20, TITLE_FONT)
    for t in TENDER_BODY:
        p(d, t)
    para = p(d, "获取方式：")
    hyperlink(para, url, TENDER_LINK_TEXT)
    for t in TENDER_TAIL:
        p(d, t)
    for t in TENDER_ACCOUNT:
        p(d, t, indent=False)
    p(d, "临江市第一人民医院", "r")
    p(d, "2025年6月30日", "r")
    d.save(path)


def annual(path):
    d = new_doc()
    p(d, AR_TITLE, "c", 20, TITLE_FONT)
    for t in AR_BODY:
        if t[1:2] == "、":
            p(d, t, font="黑体")
        else:
            p(d, t)
    table(d, ["指标", "2023年", "2024年", "增减"],
          [["主动公开信息（条）", "11,932", "12,856", "+924"], ["依申请公开（件）", "298", "326", "+28"],
           ["行政复议（件）", "7", "5", "-2"]], [60, 30, 30, 30], 12)
    p(d, "临江市人民政府办公室", "r")
    p(d, "2025年1月20日", "r")
    d.save(path)


def penalty(path, masked):
    d = new_doc()
    b = pen_body(masked)
    p(d, PEN_TITLE, "c", 20, TITLE_FONT)
    p(d, PEN_NO, "c")
    for t in b[:4]:
        p(d, t, indent=False)
    for t in b[4:-2]:
        p(d, t)
    for t in b[-2:]:
        p(d, t, "r")
    d.save(path)


def subsidy(path, masked):
    d = new_doc()
    p(d, SUB_TITLE, "c", 20, TITLE_FONT)
    rows = [[str(i), n, c, mask_id(v) if masked else v, a] for i, (n, c, v, a) in enumerate(SUBSIDY, 1)]
    table(d, SUB_HEAD, rows, [14, 22, 28, 24, 26], 12)
    p(d, SUB_NOTE)
    p(d, "临江市残疾人联合会", "r")
    p(d, "2025年7月2日", "r")
    d.save(path)


def footer_id(path):
    d = new_doc()
    fp = d.sections[0].footer.paragraphs[0]
    r = fp.add_run(FOOT_LINE)
    set_font(r, BODY_FONT, 10)
    p(d, FOOT_TITLE, "c", 20, TITLE_FONT)
    for t in FOOT_BODY:
        p(d, t)
    p(d, "临江市住房保障中心", "r")
    p(d, "2025年6月20日", "r")
    d.save(path)


if __name__ == "__main__":
    P = lambda n: os.path.join(D, n)
    notice(P("notice_mark.docx"), True)
    notice(P("notice_clean.docx"), False)
    gongshi(P("gs_ids.docx"), False)
    gongshi(P("gs_masked.docx"), True)
    minutes(P("minutes_header.docx"), "内部资料　注意保存")
    minutes(P("minutes_clean.docx"), None)
    tender(P("tender_intranet.docx"), URL_LO)
    annual(P("annual.docx"))
    penalty(P("penalty_ids.docx"), False)
    subsidy(P("subsidy_narrow.docx"), False)
    footer_id(P("footer_id.docx"))
    print("docx ok")
