#!/usr/bin/env python3
"""DOCX files from python-docx: runs split per character, zero-width and soft hyphens, lookalike stars."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import *

L = Labels("pydocx")
COLORS = [RGBColor(0, 0, 0), RGBColor(0x33, 0x33, 0x33), RGBColor(0x1F, 0x1F, 0x5F)]


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(14)
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    return d


def add_split(p, s, start=0):
    """One run per character, each formatted differently from its neighbour."""
    for i, c in enumerate(s, start):
        r = p.add_run(c)
        r.bold = i % 2 == 0
        r.italic = i % 3 == 0
        r.font.size = Pt(14 + (i % 3))
        r.font.color.rgb = COLORS[i % 3]
        r.font.name = ["SimSun", "Times New Roman", "Arial"][i % 3]


def save(d, name):
    d.save(out("docx/" + name))


# d01
v = ID["a"]
d = new_doc()
d.add_heading("拟录用公务员名单公示", 1)
d.add_paragraph("经笔试、面试、体检和考察，拟录用以下人员，现予公示：")
p = d.add_paragraph("姓名：冯某某　身份证号：")
add_split(p, v)
p.add_run("　报考职位：综合管理岗")
save(d, "d01_runsplit_id.docx")
L.add("docx/d01_runsplit_id.docx", "block", ["id_card"], [v],
      "python-docx; an ID after 身份证号 with each character its own run, bold/italic/size/colour/font changing every character (what a paste from a styled page leaves). " + Q["docx"] + "; " + Q["id"] + ".")

# d02
v = MOBILE["g"]
d = new_doc()
d.add_heading("关于报送季度统计报表的通知", 1)
d.add_paragraph("各单位：请于每季度结束后10日内报送统计报表。")
p = d.add_paragraph("联系人：卫某，手机：")
p.add_run(v[:3] + "\u200b")
p.add_run(v[3:7] + "\u200d").bold = True
p.add_run(v[7:])
save(d, "d02_zw_mobile.docx")
L.add("docx/d02_zw_mobile.docx", "review", ["mobile_phone"], [v],
      "A mobile after 手机 in three runs with U+200B and U+200D at the joins. " + Q["zw"] + "; " + Q["mob"] + ".")

# d03
d = new_doc()
p = d.add_paragraph()
for part in ["秘", "\u00a0", "密", "☆", "1", "年"]:
    r = p.add_run(part)
    r.font.name = "黑体"
    r.bold = True
d.add_heading("关于加强重要数据安全管理的通知", 1)
d.add_paragraph("各有关单位：为加强重要数据安全管理，现就有关事项通知如下。")
save(d, "d03_mark_nbsp_whitestar.docx")
L.add("docx/d03_mark_nbsp_whitestar.docx", "block", ["classified_marking"], [],
      "First paragraph 秘 密☆1年: a NO-BREAK SPACE between the level's characters, a white star ☆, every piece its own run. " + Q["mark"] + "; " + Q["dictnorm"] + ".")

# d04
d = new_doc()
hdr = d.sections[0].header.paragraphs[0]
hdr.text = "绝密✩长期"
d.add_heading("关于做好考试组织工作的通知", 1)
d.add_paragraph("各考区：请严格落实试卷保管和考务工作要求。")
save(d, "d04_header_outlinestar.docx")
L.add("docx/d04_header_outlinestar.docx", "block", ["classified_marking"], [],
      "The page header is 绝密✩长期 with an outlined star ✩ (U+2729) for ★. " + Q["mark"] + " ('绝密☆长期' is listed; 'in a page header').")

# d07: w:softHyphen elements inside a card
v = CARD["c"]
d = new_doc()
d.add_heading("见义勇为奖励金发放公示", 1)
p = d.add_paragraph("受奖人：沈某某，奖励金发放卡号：")
r = p.add_run()
for i, g in enumerate([v[0:4], v[4:8], v[8:12], v[12:]]):
    if i:
        r._r.append(OxmlElement("w:softHyphen"))
    t = OxmlElement("w:t")
    t.text = g
    r._r.append(t)
p.add_run("（工商银行）")
save(d, "d07_softhyphen_card.docx")
L.add("docx/d07_softhyphen_card.docx", "block", ["bank_card"], [v],
      "A person's 16-digit UnionPay card after 卡号 with Word's optional hyphens (<w:softHyphen/>) between groups in one run: Word prints no hyphen mid-line. " + Q["card"] + "; docs silent on w:softHyphen, labelled by the rendering.")

# ---------------- twins -----------------
a, m = ID["a"], MOBILE["g"]
d = new_doc()
d.add_heading("拟录用公务员名单公示", 1)
p = d.add_paragraph("姓名：冯某某　身份证号：")
add_split(p, mask_id(a))
p = d.add_paragraph("联系人：卫某，手机：")
p.add_run(m[:3] + "\u200b")
p.add_run("****\u200d").bold = True
p.add_run(m[-4:])
d.add_paragraph("考核等次：★★★（优秀）")
d.add_paragraph("本公示不涉及商\u00a0业\u00a0秘\u00a0密。")
save(d, "d20_masked_runs_twin.docx")
L.add("docx/d20_masked_runs_twin.docx", "pass", [], [],
      "Twin of d01/d02/d03: masked ID split per character, masked mobile with zero-width joins, ★★★ as a rating, 商业秘密 spaced with NBSP in a sentence. " + Q["mask"] + "; " + Q["decor"] + "; " + Q["allow"] + ".")

d = new_doc()
d.add_heading("二〇二六年度部门预算公开说明", 1)
d.add_paragraph("文号：某财预〔二〇二六〕一号")
t = d.add_table(rows=3, cols=2)
t.style = "Table Grid"
for row, (x, y) in zip(t.rows, [("项目", "金额（元）"), ("一般公共预算拨款", "𝟏𝟑𝟖𝟗𝟐𝟎𝟎𝟎"), ("政府性基金预算拨款", "①待下达")]):
    row.cells[0].text, row.cells[1].text = x, y
d.add_paragraph("注：①为年中追加项目。本单位\u2f42件按规定公开。")
save(d, "d21_numerals_twin.docx")
L.add("docx/d21_numerals_twin.docx", "pass", [], [],
      "Twin of t09/t11/t26: Chinese numerals in a date and 文号, an 8-digit amount in mathematical bold digits under 金额（元）, circled note markers, ⽂件 (Kangxi radical) in an ordinary sentence. Nothing the docs list as a finding.")

L.save()
