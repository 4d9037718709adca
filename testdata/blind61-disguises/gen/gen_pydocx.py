"""DOCX files made with python-docx (Debian python3-docx) for blind61-disguises."""
from common import *
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

MASK_DOC = "findings.md: 'Not findings: masked values (330106********0018, 138****1234 …)'"


def doc():
    d = Document()
    d.core_properties.author = "办公室"
    return d


def notice(d, title, paras):
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)


BODY = ["各镇（街道）、区级有关部门：", "现将2026年度全区重点防控目标点位调整方案印发给你们，请结合实际认真贯彻落实。",
        "一、调整范围：涉及交通枢纽、供水供电设施等12处点位。", "二、工作要求：各单位于4月10日前完成点位交接。", "西湖区应急管理局", "2026年3月20日"]

# d01 header marking with a full-width digit
d = doc()
d.sections[0].header.paragraphs[0].text = "机密★３年"
notice(d, "关于全区重点防控目标点位调整的通知", BODY)
d.save(out("docx/d01_header_marking.docx"))
label("docx/d01_header_marking.docx", "block", ["classified_marking"], [],
      "python-docx; the page header holds 机密★３年 (full-width 3). README: classified_marking in a page header; 'A marking with its ★ is a marking wherever it stands'; full-width folded; block.")

# d02 twin
d = doc()
d.sections[0].header.paragraphs[0].text = "西湖区应急管理局　　　　2026年第7期"
notice(d, "关于全区消防安全重点单位调整的通知", [b.replace("重点防控目标点位", "消防安全重点单位") for b in BODY])
d.save(out("docx/d02_header_clean.docx"))
label("docx/d02_header_clean.docx", "pass", [], [],
      "Twin of d01: the header names the agency and an issue number. No level word; metadata (author) is info only (findings.md).")


def person_table(d, name, idv, mob, masked=False):
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["姓名", "身份证号码", "手机号码", "救助类别"]):
        c.text = h
    r = t.rows[1].cells
    r[0].text = name
    # ID broken by a manual line break inside its (narrow) cell
    p = r[1].paragraphs[0]
    run = p.add_run(idv[:9]); run.add_break(); p.add_run(idv[9:])
    p = r[2].paragraphs[0]
    run = p.add_run(mob[:3] + " " + mob[3:7]); run.add_break(); p.add_run(mob[7:])
    r[3].text = "临时救助"
    for row in t.rows:
        row.cells[1].width = Cm(2.2)
        row.cells[2].width = Cm(2.0)


# d03 ID and mobile broken inside narrow cells
v, m = V["ID_D03"], V["M_D03"]
d = doc()
notice(d, "锦江区2026年3月临时救助对象公示", ["经申请、审核，下列对象符合临时救助条件，现予公示，公示期5个工作日。"])
person_table(d, "唐晓芳", v, m)
d.add_paragraph("监督电话：028-86651234")
d.save(out("docx/d03_cell_breaks.docx"))
label("docx/d03_cell_breaks.docx", "block", ["id_card", "mobile_phone"], [v, v[:9], m, m[:3] + " " + m[3:7]],
      "python-docx table with narrow cells: the ID (…064X) split 9+9 by a manual line break inside its cell under 身份证号码, the mobile as '159 5812' + break + '7036' under 手机号码. README Tables: 'A number wrapped over several lines inside one cell is one number'; id_card block, mobile review.")

# d04 twin masked
d = doc()
notice(d, "锦江区2026年3月临时救助对象公示", ["经申请、审核，下列对象符合临时救助条件，现予公示，公示期5个工作日。"])
person_table(d, "唐某某", mask_id(v), mask_mobile(m))
d.add_paragraph("监督电话：028-86651234")
d.save(out("docx/d04_cell_breaks_masked.docx"))
label("docx/d04_cell_breaks_masked.docx", "pass", [], [],
      "Twin of d03: ID masked 6+4 (…064X) and mobile masked 3+4, still broken by line breaks in the cells; name 唐某某; agency landline. " + MASK_DOC)

# d05 marking in a VML text box
d = doc()
p = d.add_paragraph()
box = parse_xml(
    f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
    'style="position:absolute;margin-left:0;margin-top:0;width:110pt;height:28pt;z-index:251659264;mso-position-horizontal:left" stroked="f">'
    '<v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>'
    '<w:t xml:space="preserve">秘密 ★１年</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
p._p.append(box)
notice(d, "关于2026年度重要目标防护方案的报告", ["市人民政府：", "现将我区2026年度重要目标防护方案报告如下，妥否，请批示。", "西湖区人民政府", "2026年3月18日"])
d.save(out("docx/d05_textbox_marking.docx"))
label("docx/d05_textbox_marking.docx", "block", ["classified_marking"], [],
      "python-docx with a hand-inserted VML text box at the top-left holding '秘密 ★１年' (a space before the star, full-width 1). README DOCX: text boxes are read; a level followed by one ★ is a marking; block.")

# d06 ID split across runs, part in full-width digits
v = V["ID_D06"]
d = doc()
notice(d, "关于注销渔业船员证书的公告", ["根据《中华人民共和国渔业船员管理办法》，下列渔业船员证书因持证人死亡予以注销："])
p = d.add_paragraph("持证人：林海波，身份证号码：")
pieces = [(v[:6], {}), (fullwidth(v[6:10]), {"bold": True}), (v[10:14], {"font": "Times New Roman"}), (fullwidth(v[14:]), {"size": 11})]
for text, fmt in pieces:
    r = p.add_run(text)
    if fmt.get("bold"): r.bold = True
    if "font" in fmt: r.font.name = fmt["font"]
    if "size" in fmt: r.font.size = Pt(fmt["size"])
p.add_run("，证书编号：鲁青渔员2024-0318。")
d.add_paragraph("青岛市市南区海洋发展局　2026年3月6日")
d.save(out("docx/d06_id_runs_mixed_width.docx"))
mixed = v[:6] + fullwidth(v[6:10]) + v[10:14] + fullwidth(v[14:])
label("docx/d06_id_runs_mixed_width.docx", "block", ["id_card"], [v, mixed],
      "python-docx; the ID after 身份证号码： is typed in four runs with different formatting, two of them in full-width digits (370202１９９５05302185 as a reader sees it). README: normalisation folds full-width; runs are joined (blind23: 'runs … full-width digits'); id_card block. The 证书编号 is a serial.")

# d07 a person's card in groups of four
c = V["C_D07"]
cg = g(c, [4, 4, 4, 4, 3])
d = doc()
notice(d, "关于发放2025年度耕地地力保护补贴的公示", ["经村级申报、镇级审核，下列农户2025年度耕地地力保护补贴资金拟通过“一卡通”发放："])
d.add_paragraph(f"户名：韩雪梅　开户银行：中国农业银行　卡号：{cg}　补贴面积：6.4亩　补贴金额：768.00元")
d.add_paragraph("公示期7天，如有异议请向镇农业综合服务中心反映。")
d.save(out("docx/d07_card_groups.docx"))
label("docx/d07_card_groups.docx", "block", ["bank_card"], [cg, c],
      "python-docx; a farmer's ABC card (622848…, Luhn-valid, 19 digits) written in groups of four after 卡号：, 户名 a person's name. findings.md bank_card: 'Luhn-valid 16–19 … UnionPay (62…) or stand next to 卡号/账号/银行'; README: an account whose 户名 is a person's name is a card; block.")

# d08 twin: organisation's settlement account
d = doc()
notice(d, "关于缴纳2026年度机关食堂承包保证金的通知", ["各中标单位：", "请于3月31日前将履约保证金汇入以下账户："])
for line in ["户名：杭州市西湖区机关事务管理局", "开户银行：中国工商银行杭州西湖支行", f"账号：{g(V['CORP_ACCT'],[4,4,4,4,3])}",
             f"统一社会信用代码：{V['USCC2']}", "联系电话：0571-87051234"]:
    d.add_paragraph(line)
d.save(out("docx/d08_org_account.docx"))
label("docx/d08_org_account.docx", "pass", [], [],
      "Twin of d07: an agency's account block (户名 an organisation, 开户银行, 账号 in groups of four, not a card prefix), its 统一社会信用代码 and landline. findings.md: 'a company's settlement account is not a card'; README: an account block whose 户名 ends as an organisation's name is the organisation's.")

dump_labels("pydocx")
