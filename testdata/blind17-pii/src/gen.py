#!/usr/bin/env python3
"""gen.py writes the blind17-pii corpus: text, Markdown, CSV and HTML files
directly, DOCX with python-docx, XLSX with openpyxl, the sources that
gen.js (npm docx, exceljs, SheetJS), Chromium and LibreOffice turn into
DOCX, XLSX and PDF, and labels.json.

    python3 src/gen.py OUT BUILD

OUT receives the finished files and labels.json, BUILD the intermediate
sources (build/node.json, build/chrome/*.html, build/lo/*).
"""
import html
import itertools
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from values import *  # noqa: E402,F403

import docx  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
import openpyxl  # noqa: E402

OUT, BUILD = sys.argv[1], sys.argv[2]
for d in (OUT, BUILD, os.path.join(BUILD, "chrome"), os.path.join(BUILD, "lo")):
    os.makedirs(d, exist_ok=True)

LABELS = []
NODE = []   # specs for gen.js
CHROME = []  # (html name, pdf name)
LO = []     # (source name, pdf name)


def label(name, verdict, cats, raws, note):
    LABELS.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": [r for r in raws if r], "note": note})


# ---- a tiny document model: ("h", text) ("p", text) ("table", rows) ("link", before, shown, url, after)

CSS = """body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:14px;margin:36px}
h1{font-size:20px;text-align:center}table{border-collapse:collapse;margin:8px 0}
td,th{border:1px solid #000;padding:3px 6px;font-size:13px}"""


def to_html(title, blocks, css_extra="", col_widths=None):
    out = ["<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s%s</style></head><body>"
           % (html.escape(title), CSS, css_extra)]
    for b in blocks:
        if b[0] == "h":
            out.append("<h1>%s</h1>" % html.escape(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % html.escape(b[1]).replace("\n", "<br>"))
        elif b[0] == "raw":
            out.append(b[1])
        elif b[0] == "link":
            out.append("<p>%s<a href=\"%s\">%s</a>%s</p>" % (html.escape(b[1]), html.escape(b[3]), html.escape(b[2]), html.escape(b[4])))
        elif b[0] == "table":
            rows = b[1]
            out.append("<table>")
            if col_widths:
                out.append("".join("<col style=\"width:%s\">" % w for w in col_widths))
            out.append("<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(c) for c in rows[0]))
            for r in rows[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)).replace("\n", "<br>") for c in r))
            out.append("</table>")
    out.append("</body></html>\n")
    return "".join(out)


def add_hyperlink(par, url, text):
    part = par.part
    rid = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    par._p.append(h)


def to_docx(path, blocks, author="办公室"):
    d = docx.Document()
    d.core_properties.author = author
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "link":
            p = d.add_paragraph(b[1])
            add_hyperlink(p, b[3], b[2])
            p.add_run(b[4])
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            if len(b) > 2:
                t.autofit = False
                for j, w in enumerate(b[2]):
                    for cell in t.columns[j].cells:
                        cell.width = Cm(w)
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    parts = str(c).split("\n")
                    run = cell.paragraphs[0].add_run(parts[0])
                    for more in parts[1:]:
                        run.add_break()
                        run.add_text(more)
    d.save(path)


def to_xlsx(path, sheets, text_cols=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    wb.properties.creator = "统计科"
    wb.save(path)


def write(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="") as f:
        f.write(text)


def chrome(name, title, blocks, **kw):
    src = os.path.join(BUILD, "chrome", name.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(to_html(title, blocks, **kw))
    CHROME.append((os.path.basename(src), name))


def lo_docx(name, blocks):
    src = os.path.join(BUILD, "lo", name.replace(".pdf", ".docx"))
    to_docx(src, blocks)
    LO.append((os.path.basename(src), name))


def lo_html(name, title, blocks):
    src = os.path.join(BUILD, "lo", name.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(to_html(title, blocks))
    LO.append((os.path.basename(src), name))


def lo_xlsx(name, sheets):
    src = os.path.join(BUILD, "lo", name.replace(".pdf", ".xlsx"))
    to_xlsx(src, sheets)
    LO.append((os.path.basename(src), name))


N = itertools.cycle(NAMES)


def nm():
    return next(N)


# =========================== MUST CATCH ===========================

# t01 18-digit ID ending X after 身份证号 in a 公示 sentence
i1 = idcard(want_x=True)
m1 = mobile()
write("t01_id_upper_x.txt",
      "关于2026年度见义勇为人员拟表彰名单的公示\n\n"
      "经各区推荐、市评审委员会审核，拟对以下人员予以表彰，现予公示。\n"
      "一、%s，男，身份证号%s，联系电话%s，2026年8月在西湖景区救起落水儿童两名。\n"
      "公示期：2026年12月7日至12月13日。监督电话：0571-87054321。\n" % (nm(), i1, m1))
label("t01_id_upper_x.txt", "block", ["id_card", "mobile_phone"], [i1, m1],
      "plain UTF-8 公示: 18-digit ID with check X after 身份证号, mobile after 联系电话; the landline supervision number must not be a finding")

# t02 lower-case x, keyword 公民身份号码
i2 = idcard(want_x=True)
write("t02_id_lower_x.txt",
      "行政处罚决定书\n当事人：%s\n公民身份号码：%s\n住所：杭州市西湖区文三路某小区\n"
      "经查，当事人于2026年10月12日在禁渔期内使用禁用渔具捕捞，违反《中华人民共和国渔业法》第三十条。\n" % (nm(), i2[:-1] + "x"))
label("t02_id_lower_x.txt", "block", ["id_card"], [i2, i2[:-1] + "x"],
      "行政处罚决定书 in plain text: the ID's check character written as lower-case x after 公民身份号码")

# t03 15-digit legacy ID next to 身份证
l15 = legacy15()
write("t03_legacy15.txt",
      "遗失声明\n本人%s不慎遗失第一代居民身份证，身份证号码%s，声明作废。\n"
      "特此声明。\n2026年12月1日\n" % (nm(), l15))
label("t03_legacy15.txt", "block", ["id_card"], [l15],
      "遗失声明: a 15-digit first-generation ID (real region, yymmdd) next to 身份证号码")

# t04 ID written in groups with spaces and with hyphens
i4a, i4b = idcard(), idcard()
write("t04_id_grouped.txt",
      "困难群众临时救助审批结果公示（第三批）\n"
      "1. 申请人：%s　身份证：%s　救助金额：2000元\n"
      "2. 申请人：%s　身份证：%s　救助金额：1500元\n"
      "以上人员如有异议，请于公示期内向区民政局反映。\n"
      % (nm(), grp(i4a, [6, 8, 4]), nm(), grp(i4b, [6, 4, 4, 4], "-")))
label("t04_id_grouped.txt", "block", ["id_card"], [i4a, i4b],
      "救助公示: one ID written 6-8-4 with spaces, another 6-4-4-4 with hyphens, each after 身份证")

# t05 full-width ID and mobile
i5, m5 = idcard(), mobile()
write("t05_fullwidth.txt",
      "社区志愿者服务队队长任命通知\n"
      "经社区党委研究，任命%s同志为志愿者服务队队长。\n"
      "身份证号：%s\n手机：%s\n" % (nm(), fw(i5), fw(m5)))
label("t05_fullwidth.txt", "block", ["id_card", "mobile_phone"], [i5, m5, fw(i5), fw(m5)],
      "full-width digits (ＦＦ10–ＦＦ19) for the ID and the mobile, as an IME in full-width mode writes them")

# t06 ID inside a sentence with no keyword
i6 = idcard()
write("t06_id_no_keyword.txt",
      "判决书摘要\n"
      "原告%s（%s）与被告某物业服务有限公司物业服务合同纠纷一案，本院于2026年9月3日立案后，依法适用简易程序公开开庭进行了审理。\n" % (nm(), i6))
label("t06_id_no_keyword.txt", "block", ["id_card"], [i6],
      "an ID in brackets after a name with no keyword at all; the check digit, real region and birth date are the proof (docs: id_card is a valid GB 11643 number)")

# t07 mobiles: +86, 86-, 3-4-4, spaces
m7 = [mobile() for _ in range(4)]
write("t07_mobile_forms.txt",
      "2026年冬季供暖报修联系人\n"
      "东片区：%s，+86 %s\n"
      "西片区：%s，86-%s\n"
      "南片区：%s，%s\n"
      "北片区：%s，%s\n"
      "供暖服务热线：12345（24小时）\n"
      % (nm(), grp(m7[0], [3, 4, 4]), nm(), m7[1], nm(), grp(m7[2], [3, 4, 4], "-"), nm(), "(+86)" + m7[3]))
label("t07_mobile_forms.txt", "review", ["mobile_phone"], m7,
      "personal mobiles of repair staff written +86 138 1234 5678, 86-138…, 138-1234-5678 and (+86)138…; the 12345 hotline is not a finding")

# t08 passports E/G/P and 港澳通行证
pp8 = [passport("E"), passport("G"), passport("P")]
hk8 = hk_permit()
write("t08_passports.txt",
      "因公出国（境）团组信息公开\n"
      "团组名称：赴新加坡城市治理考察团\n"
      "团长：%s，护照号码：%s\n"
      "团员：%s，护照号：%s；%s，因公普通护照号：%s\n"
      "随行：%s，港澳通行证号码：%s\n"
      "出访时间：2026年11月3日至11月9日，经费来源：部门预算。\n"
      % (nm(), pp8[0], nm(), pp8[1], nm(), pp8[2], nm(), hk8))
label("t08_passports.txt", "review", ["passport"], pp8 + [hk8],
      "因公出国 information: E, G and P passports and a 港澳通行证 number, each after its keyword")

# t09 plates: new-energy 8-char, with middle dot, ordinary
pl9 = [ne_plate(), ne_plate(), plate()]
dot9 = pl9[1][:2] + "·" + pl9[1][2:]
write("t09_plates.txt",
      "关于对占用消防通道车辆进行清拖的公告\n"
      "经巡查，下列车辆长期占用消防通道，请车主于3日内自行驶离：\n"
      "%s（新能源）、%s、%s。\n"
      "逾期未驶离的，将依法予以清拖。\n" % (pl9[0], dot9, pl9[2]))
label("t09_plates.txt", "review", ["license_plate"], [],
      "三个车牌: an 8-character new-energy plate, another written with a middle dot (粤B·D12345), an ordinary one; plates are not raw PII listed here")

# t10 intranet: 10.x, 172.16-31, 192.168 with port, 127.0.0.1, UNC
write("t10_intranet.txt",
      "关于电子政务外网终端安全加固的通知\n"
      "一、补丁服务器地址：10.36.2.15，请各单位终端于12月20日前完成更新。\n"
      "二、防病毒控制台：https://172.22.8.30:8443/console\n"
      "三、如本机代理异常，请检查是否设置为 127.0.0.1:7890。\n"
      "四、安装包存放于 \\\\fs01\\软件分发\\终端安全，亦可通过 http://192.168.100.4:8080/download 下载。\n")
label("t10_intranet.txt", "review", ["internal_address"], [],
      "运维通知: 10.x host, 172.22.x URL with port, 127.0.0.1:7890, a UNC path \\\\fs01\\…, a 192.168 URL with port")

# t11 UnionPay card grouped in 4s
c11 = card("622202", 19)
write("t11_card_unionpay.txt",
      "农机购置补贴资金兑付情况公示\n"
      "补贴对象：%s；购置机具：轮式拖拉机；补贴金额：35600元；\n"
      "兑付银行卡号：%s\n" % (nm(), grp(c11, [4, 4, 4, 4, 3])))
label("t11_card_unionpay.txt", "block", ["bank_card"], [c11],
      "补贴公示: a 19-digit UnionPay 62… card grouped in fours after 银行卡号")

# t12 non-62 card next to 开户行/账号 of a person
c12 = card("438088", 16)
write("t12_card_other.txt",
      "劳务报酬支付申请\n"
      "收款人：%s\n开户行：中国建设银行杭州分行\n账号：%s\n金额：3200元\n" % (nm(), c12))
label("t12_card_other.txt", "block", ["bank_card"], [c12],
      "a person's 16-digit Visa-range (4…) Luhn-valid card after 账号 and 开户行; the payee is a person, not a company")

# t13 Markdown pipe table with 证件号码 / 联系方式 columns
rows13 = [(nm(), idcard(), mobile()) for _ in range(3)]
md = "# 2026年度农村低保新增对象公示\n\n| 序号 | 姓名 | 证件号码 | 联系方式 | 保障人数 |\n|---|---|---|---|---|\n"
for k, (a, b, c) in enumerate(rows13, 1):
    md += "| %d | %s | %s | %s | %d |\n" % (k, a, b, c, k + 1)
md += "\n公示时间：2026年12月7日—12月13日\n"
write("t13_table.md", md)
label("t13_table.md", "block", ["id_card", "mobile_phone"], [x for r in rows13 for x in r[1:]],
      "Markdown pipe table: IDs under 证件号码 and mobiles under 联系方式 (cells alone carry no keyword)")

# t14 CSV with 联系方式 column
rows14 = [(nm(), "第%d网格" % k, mobile()) for k in range(1, 5)]
csv = "姓名,网格,联系方式\r\n" + "".join("%s,%s,%s\r\n" % r for r in rows14)
write("t14_grid.csv", csv)
label("t14_grid.csv", "review", ["mobile_phone"], [r[2] for r in rows14],
      "CSV 网格员 list: bare mobiles in a column headed 联系方式")

# t15 ID hard-wrapped over two lines in plain text
i15 = idcard()
body = ("经审核，申请人%s符合公共租赁住房保障条件，身份证号%s，现予公示。" % (nm(), i15))
cut = body.index(i15) + 9
write("t15_id_linebreak.txt", "公共租赁住房保障资格审核公示\n" + body[:cut] + "\n" + body[cut:] + "\n")
label("t15_id_linebreak.txt", "block", ["id_card"], [i15],
      "plain text hard-wrapped as an e-mail client does: the ID after 身份证号 is split 9+9 over a line break (docs: silent; a reader sees one number)")

# ---- HTML

# h01 table with 证件号码 (incl X) and 联系电话
rows = [("序号", "姓名", "性别", "证件号码", "联系电话", "安置房源")]
raws = []
for k in range(1, 5):
    i, m = idcard(want_x=(k == 2)), mobile()
    raws += [i, m]
    rows.append((str(k), nm(), "男" if k % 2 else "女", i, m, "%d幢%d单元" % (k, k + 1)))
write("h01_table_ids.html", to_html("棚户区改造安置选房结果公示", [("h", "棚户区改造安置选房结果公示"), ("table", rows),
                                                          ("p", "咨询电话：0571-85801234（工作日）")]))
label("h01_table_ids.html", "block", ["id_card", "mobile_phone"], raws,
      "HTML table: IDs (one ending X) under 证件号码, mobiles under 联系电话; the landline in the text is not a finding")

# h02 intranet URL only as a link target
write("h02_link_target.html", to_html("关于报送年度考核材料的通知", [
    ("h", "关于报送年度考核材料的通知"),
    ("p", "各科室：请于12月15日前完成年度考核个人总结的填报。"),
    ("link", "填报入口：", "点击进入填报系统", "http://10.18.6.21:8080/kaohe/login.jsp", "（请使用单位电脑访问）。"),
    ("p", "办公室　2026年12月4日")]))
label("h02_link_target.html", "review", ["internal_address"], [],
      "HTML: a 10.x URL with a port only in an <a href>; the visible text is 点击进入填报系统")

# h03 .local / .lan / intranet hostnames in URLs
write("h03_intranet_hosts.html", to_html("信息化建设情况", [
    ("h", "2026年信息化建设情况"),
    ("p", "一、统一办公平台已上线，访问地址 http://oa.zjj.local/portal ，各科室已全部接入。"),
    ("p", "二、档案数字化系统部署于 http://nas-archive.lan:5000/ ，容量 40TB。"),
    ("p", "三、内部知识库迁移至 https://wiki.intranet/spaces/zwgk 。")]))
label("h03_intranet_hosts.html", "review", ["internal_address"], [],
      "HTML body text: URLs on .local, .lan and a bare intranet host (wiki.intranet)")

# h04 plate table
rows = [("序号", "车牌号码", "车辆类型", "违法地点", "违法时间")]
for k in range(1, 6):
    p = ne_plate() if k % 2 else plate()
    rows.append((str(k), p, "小型新能源汽车" if k % 2 else "小型轿车", "文三路与学院路交叉口", "2026-11-%02d 08:%02d" % (k + 3, k * 7)))
write("h04_plates_table.html", to_html("机动车违法停车告知", [("h", "机动车违法停车告知单（第47期）"), ("table", rows)]))
label("h04_plates_table.html", "review", ["license_plate"], [],
      "HTML table of plates (new-energy 8-character and ordinary) under 车牌号码, with dates and times beside")

# h05 ID split by <br> inside a table cell
i5h = idcard()
rows = [("姓名", "证件号码", "事项"), (nm(), i5h[:10] + "\n" + i5h[10:], "残疾人生活补贴"), (nm(), "——", "残疾人生活补贴")]
write("h05_id_br_cell.html", to_html("残疾人两项补贴发放名单", [("h", "2026年第四季度残疾人生活补贴新增名单"), ("table", rows)]))
label("h05_id_br_cell.html", "block", ["id_card"], [i5h],
      "HTML table cell under 证件号码 holding an ID split 10+8 by a <br> (an editor's manual wrap)")

# h06 card table grouped in fours
rows = [("序号", "姓名", "开户行", "卡号", "补贴金额（元）")]
raws = []
for k in range(1, 4):
    c = card(["621700", "622848", "623668"][k - 1], 19)
    raws.append(c)
    rows.append((str(k), nm(), ["建设银行", "农业银行", "邮储银行"][k - 1] + "城关支行", grp(c, [4, 4, 4, 4, 3]), "1200"))
write("h06_cards_table.html", to_html("耕地地力保护补贴发放清册", [("h", "耕地地力保护补贴发放清册"), ("table", rows)]))
label("h06_cards_table.html", "block", ["bank_card"], raws,
      "HTML table: UnionPay 19-digit cards grouped in fours under 卡号, bank under 开户行")

# h07 passports table
rows = [("姓名", "职务", "证件类型", "证件号码")]
raws = []
for k, kind in enumerate(["护照", "护照", "港澳通行证"]):
    v = passport("E") if kind == "护照" and k == 0 else (passport("G") if kind == "护照" else hk_permit())
    raws.append(v)
    rows.append((nm(), "科员", kind, v))
write("h07_passport_table.html", to_html("出访人员名单", [("h", "赴港澳交流团组人员名单"), ("table", rows)]))
label("h07_passport_table.html", "review", ["passport"], raws,
      "HTML table: the keyword is in the 证件类型 column (护照 / 港澳通行证) beside the number under 证件号码")

# ---- DOCX (python-docx)
rows = [("序号", "姓名", "证件号码", "联系方式", "拟聘岗位")]
raws = []
for k in range(1, 5):
    i, m = idcard(want_x=(k == 3)), mobile()
    raws += [i, m]
    rows.append((str(k), nm(), i, m, "综合管理岗"))
to_docx(os.path.join(OUT, "d01_docx_table.docx"), [("h", "2026年公开招聘事业单位工作人员拟聘用人员公示"), ("table", rows),
                                                   ("p", "公示期间如有异议，请与区人力社保局联系，电话：0571-86012345。")])
label("d01_docx_table.docx", "block", ["id_card", "mobile_phone"], raws,
      "python-docx table: IDs under 证件号码 (one ending X), mobiles under 联系方式")

to_docx(os.path.join(OUT, "d03_docx_unc.docx"), [("h", "关于规范公文交换的通知"),
                                                 ("p", "各单位：自2027年1月起，非涉密公文电子件统一存放至 \\\\10.1.1.20\\gwjh\\2027 ，纸质件仍由机要室收发。"),
                                                 ("p", "共享盘账号由信息中心统一分配。")])
label("d03_docx_unc.docx", "review", ["internal_address"], [],
      "python-docx body: a UNC path whose server is a 10.x IP")

i7d = idcard()
rows = [("姓名", "证件号码", "备注"), (nm(), i7d[:6] + "\n" + i7d[6:], "续保")]
to_docx(os.path.join(OUT, "d07_docx_cell_break.docx"), [("h", "城乡居民医保代缴人员名单"), ("table", rows)])
label("d07_docx_cell_break.docx", "block", ["id_card"], [i7d],
      "python-docx table: the ID under 证件号码 split 6+12 by a manual line break (w:br) inside the cell")

i8d = idcard()
to_docx(os.path.join(OUT, "d08_docx_id_hyphen.docx"), [("h", "不动产登记公告"),
                                                       ("p", "权利人：%s，身份证：%s，坐落：城南街道幸福里3幢201室，不动产单元号：330106001002GB00012F00010003。" % (nm(), grp(i8d, [6, 4, 4, 4], "-")))])
label("d08_docx_id_hyphen.docx", "block", ["id_card"], [i8d],
      "python-docx: 不动产登记公告 with an ID written 6-4-4-4 with hyphens; the 28-character 不动产单元号 beside it is not personal data")

# ---- node (npm docx, exceljs, SheetJS)
m_d02 = None
NODE.append({"kind": "docx-link", "file": "d02_docx_hyperlink.docx", "title": "关于启用新版公文系统的通知",
             "paras": ["各科室：新版公文系统自12月10日起启用。"], "before": "登录地址：", "shown": "公文系统（新版）",
             "url": "http://10.12.3.45:8080/gw/login", "after": "，初始口令另行通知。"})
label("d02_docx_hyperlink.docx", "review", ["internal_address"], [],
      "npm docx ExternalHyperlink: the 10.x URL with a port exists only as the relationship target; the visible text is 公文系统（新版）")

m4 = mobile()
i4legacy = legacy15()
NODE.append({"kind": "docx-paras", "file": "d04_docx_mobile86.docx", "title": "关于征集城市更新意见建议的公告",
             "paras": ["欢迎社会各界提出意见建议。",
                       "联系人：%s，手机 +86-%s" % (nm(), grp(m4, [3, 4, 4], "-")),
                       "另：原住户代表%s（身份证%s）已提交书面意见。" % (nm(), i4legacy),
                       "传真：0571-87000000。"]})
label("d04_docx_mobile86.docx", "block", ["mobile_phone", "id_card"], [m4, i4legacy],
      "npm docx paragraphs: a mobile written +86-138-1234-5678 and a 15-digit legacy ID right after 身份证")

c5 = card("522856", 16)
NODE.append({"kind": "docx-table", "file": "d05_docx_card_table.docx", "title": "专家评审费发放表",
             "rows": [["姓名", "工作单位", "开户行", "银行账号", "金额（元）"], [nm(), "浙江某大学", "招商银行杭州分行", c5, "1800"]]})
label("d05_docx_card_table.docx", "block", ["bank_card"], [c5],
      "npm docx table: a person's Mastercard-range (52…) Luhn-valid card under 银行账号 with 开户行 beside")

p6 = ne_plate()
pp6 = passport("E")
NODE.append({"kind": "docx-paras", "file": "d06_docx_plate_passport.docx", "title": "接待工作备忘",
             "paras": ["外宾接待车辆：%s（驾驶员%s）。" % (p6, nm()),
                       "陪同翻译%s，护照号码%s，需提前办理签证。" % (nm(), pp6)]})
label("d06_docx_plate_passport.docx", "review", ["license_plate", "passport"], [pp6],
      "npm docx paragraphs: a new-energy plate and a passport after 护照号码")

rows = [["姓名", "身份证号码", "户籍地", "联系方式"]]
raws = []
for k in range(4):
    i = idcard(want_x=(k == 1))
    i = i[:-1] + "x" if k == 1 else i
    m = mobile()
    raws += [i, m]
    rows.append([nm(), i, "余杭区", m])
NODE.append({"kind": "xlsx-openpyxl-like", "file": "x01_xlsx_ids.xlsx", "lib": "exceljs", "sheet": "返乡人员", "rows": rows, "numeric_cols": [3]})
label("x01_xlsx_ids.xlsx", "block", ["id_card", "mobile_phone"], raws,
      "exceljs: IDs as text under 身份证号码 (one with lower-case x), mobiles stored as numbers under 联系方式")

rows = [["网格", "网格员", "联系方式", "服务户数"]]
raws = []
for k in range(1, 6):
    m = mobile()
    raws.append(m)
    rows.append(["第%d网格" % k, nm(), m, 300 + k * 17])
NODE.append({"kind": "xlsx-openpyxl-like", "file": "x02_xlsx_mobiles.xlsx", "lib": "exceljs", "sheet": "网格员", "rows": rows, "numeric_cols": [2, 3]})
label("x02_xlsx_mobiles.xlsx", "review", ["mobile_phone"], raws,
      "exceljs: mobiles stored as numbers in a column headed 联系方式, beside a count column")

rows = [["序号", "户主", "银行卡号", "补助金额（元）"]]
raws = []
for k in range(1, 5):
    c = card("621799", 19)
    raws.append(c)
    rows.append([k, nm(), c, 2400])
NODE.append({"kind": "xlsx-openpyxl-like", "file": "x03_xlsx_cards.xlsx", "lib": "sheetjs", "sheet": "发放清单", "rows": rows, "numeric_cols": [0, 3]})
label("x03_xlsx_cards.xlsx", "block", ["bank_card"], raws,
      "SheetJS: UnionPay 62… cards as text under 银行卡号")

rows = [["设备名称", "管理地址", "端口", "备注"],
        ["核心交换机", "10.0.0.1", 22, "机房A"],
        ["门户网站后台", "http://172.18.20.5:8081/admin", "", "已关闭外网映射"],
        ["视频会议MCU", "192.168.50.10", 443, ""],
        ["文件服务器", "\\\\fileserver\\共享", "", ""]]
NODE.append({"kind": "xlsx-openpyxl-like", "file": "x04_xlsx_intranet.xlsx", "lib": "exceljs", "sheet": "资产台账", "rows": rows, "numeric_cols": [2]})
label("x04_xlsx_intranet.xlsx", "review", ["internal_address"], [],
      "exceljs 资产台账: bare 10.x and 192.168 IPs under 管理地址, a 172.18 URL with a port, a UNC path")

rows = [["序号", "车牌号码", "车主", "处理结果"]]
for k in range(1, 5):
    rows.append([k, ne_plate() if k % 2 else plate(), nm()[0] + "某某", "已处理"])
to_xlsx(os.path.join(OUT, "x05_xlsx_plates.xlsx"), [("停车违章", rows)])
label("x05_xlsx_plates.xlsx", "review", ["license_plate"], [],
      "openpyxl: plates under 车牌号码 (owners already masked 张某某); the plates are the finding")

rows = [["姓名", "出访国家", "护照号码"]]
raws = []
for k in range(3):
    v = passport("E")
    raws.append(v)
    rows.append([nm(), ["德国", "法国", "日本"][k], v])
NODE.append({"kind": "xlsx-openpyxl-like", "file": "x06_xlsx_passports.xlsx", "lib": "sheetjs", "sheet": "出访", "rows": rows, "numeric_cols": []})
label("x06_xlsx_passports.xlsx", "review", ["passport"], raws,
      "SheetJS: E-prefixed passport numbers under 护照号码")

# ---- PDF: Chromium
rows = [("序号", "姓名", "证件号码", "联系电话", "房号")]
raws = []
for k in range(1, 5):
    i, m = idcard(want_x=(k == 4)), mobile()
    raws += [i, m]
    rows.append((str(k), nm(), i, m, "%d-%d0%d" % (k, k + 1, k)))
chrome("p01_chrome_wrap.pdf", "保障性租赁住房配租公示", [("h", "保障性租赁住房配租结果公示"), ("table", rows)],
       css_extra="td{word-break:break-all}", col_widths=["30px", "60px", "70px", "120px", "60px"])
label("p01_chrome_wrap.pdf", "block", ["id_card", "mobile_phone"], raws,
      "Chromium ruled table: each ID wraps over lines inside its narrow 证件号码 cell (word-break:break-all); mobiles under 联系电话")

chrome("p02_chrome_link_only.pdf", "关于参加网络安全培训的通知", [
    ("h", "关于参加网络安全培训的通知"),
    ("p", "各单位：请参训人员于12月18日前完成线上报名。"),
    ("link", "报名请", "点击此处", "http://192.168.12.8/peixun/baoming", "，逾期不再受理。")])
label("p02_chrome_link_only.pdf", "review", ["internal_address"], [],
      "Chromium PDF: a 192.168 URL only as a link annotation's URI; the page shows 点击此处")

p5a, p5b = ne_plate(), plate()
chrome("p05_chrome_plate_unc.pdf", "车辆及资料管理", [
    ("h", "公务用车使用情况说明"),
    ("p", "本季度新增新能源公务车%s，原%s已报废处置。" % (p5a[:2] + "·" + p5a[2:], p5b)),
    ("p", "车辆台账电子版见 \\\\cwserver\\车辆管理\\台账2026.xlsx 。")])
label("p05_chrome_plate_unc.pdf", "review", ["license_plate", "internal_address"], [],
      "Chromium PDF body: a new-energy plate with a middle dot, an ordinary plate and a UNC path")

# ---- PDF: LibreOffice
m3p, pp3 = mobile(), passport("G")
lo_docx("p03_lo_mobile_passport.pdf", [("h", "外事服务联系方式"),
                                       ("p", "对接人：%s，手机 %s；" % (nm(), grp(m3p, [3, 4, 4]))),
                                       ("p", "对接人护照号码：%s。" % pp3)])
label("p03_lo_mobile_passport.pdf", "review", ["mobile_phone", "passport"], [m3p, pp3],
      "LibreOffice writer_pdf_Export of a python-docx file: a mobile grouped 3-4-4 with spaces and a G passport after 护照号码")

c4p = card("622588", 16)
lo_docx("p04_lo_card.pdf", [("h", "退费通知书"),
                            ("p", "学生家长%s：经核实，您缴纳的代办费多收680元，将退至您的银行卡（卡号 %s）。" % (nm(), grp(c4p, [4, 4, 4, 4])))])
label("p04_lo_card.pdf", "block", ["bank_card"], [c4p],
      "LibreOffice PDF: a 16-digit UnionPay card grouped in fours after 卡号 in brackets")

rows = [["序号", "姓名", "证件号码", "补贴类别"]]
raws = []
for k in range(1, 5):
    i = idcard()
    raws.append(i)
    rows.append([k, nm(), i, "一次性创业补贴"])
lo_xlsx("p06_lo_calc_ids.pdf", [("名单", rows)])
label("p06_lo_calc_ids.pdf", "block", ["id_card"], raws,
      "LibreOffice Calc PDF of an openpyxl sheet: IDs under 证件号码 (no grid lines drawn; columns by position)")

l7 = legacy15()
lo_html("p07_lo_legacy15.pdf", "注销公告", [("h", "户籍注销公告"),
                                           ("p", "因死亡注销户口：%s，身份证号%s，原住址城北街道。" % (nm(), l7))])
label("p07_lo_legacy15.pdf", "block", ["id_card"], [l7],
      "LibreOffice (writer_web_pdf_Export from HTML): a 15-digit legacy ID after 身份证号")

# =========================== MUST PASS ===========================

mi = idcard()
mm = mobile()
write("n01_masked.txt",
      "2026年度优秀志愿者名单公示\n"
      "1. 张某某，身份证号%s，手机%s\n"
      "2. 李某，身份证号%s，手机%s\n"
      "3. 王某某，银行卡号6222********%s\n"
      "以上信息已按规定脱敏。\n" % (mask_id(mi), mask_mobile(mm), mask_id(idcard()), mask_mobile(mobile()), card("622202", 19)[-4:]))
label("n01_masked.txt", "pass", [], [mi, mm],
      "masked IDs (6+8*+4), masked mobiles (3+****+4), 张某某 and a masked card: compliant, not findings")

write("n02_hotlines.txt",
      "便民服务电话\n"
      "政务服务便民热线：12345\n环保举报热线：12369\n"
      "市政府办公厅值班室：010-12345678\n"
      "市行政服务中心：(0571)85251234，传真 0571-85251235\n"
      "客服电话：400-810-8888，95518\n"
      "投诉邮箱：zwfw@hz.gov.cn\n")
label("n02_hotlines.txt", "pass", [], [],
      "hotlines (12345, 12369, 95518), agency landlines with area codes, a 400 number and an agency mailbox (email is info)")

u3 = [uscc() for _ in range(3)]
write("n03_uscc.txt",
      "2026年第三批高新技术企业认定名单\n"
      + "".join("%d. 杭州某某%s有限公司　统一社会信用代码：%s\n" % (k + 1, ["科技", "电子", "软件"][k], u3[k]) for k in range(3)))
label("n03_uscc.txt", "pass", [], [],
      "company names with valid 统一社会信用代码 (GB 32100 check character correct): not personal data")

b4 = [bad_id_like() for _ in range(3)]
write("n04_serials.txt",
      "政府采购合同公告\n"
      "合同编号：%s\n采购订单号：%s\n发票号码：%s\n"
      "项目编号：ZJCG-2026-0156，合同签订日期：2026年11月30日。\n"
      % (b4[0], b4[1], "%020d" % R.randrange(10 ** 19, 10 ** 20)))
label("n04_serials.txt", "pass", [], [],
      "18-digit contract and order numbers that start like IDs (real region and date) but fail the GB 11643 check digit (and Luhn), a 20-digit 发票号码")

amt1 = "1" + R.choice("358") + "%09d" % R.randrange(10 ** 9)
write("n05_amounts.txt",
      "2026年全省财政预算执行情况\n"
      "一般公共预算收入完成%s.00元，同比增长6.2%%。\n"
      "政府性基金预算收入 823,456,789,012 元。\n"
      "社会保险基金预算支出 1,234,567,890.55 元。\n" % amt1)
label("n05_amounts.txt", "pass", [], [],
      "amounts in 元 with many digits, one an 11-digit 1[358]… integer with .00元 (shaped like a mobile), others with thousands separators; docs name amounts under a 元 heading, inline 元 is silent")

write("n06_dates_versions.txt",
      "系统升级公告\n"
      "升级时间：2026-12-12 22:00:00 至 2026-12-13 06:00:00（时间戳 1796566800）。\n"
      "终端须为 Windows 10 版本 10.0.19045.3693 或以上，浏览器 Chrome 120.0.6099.109。\n"
      "办理流水号时间段：20261212220000—20261213060000。\n"
      "参考书目：《政务公开实务》，ISBN %s；《电子政务》，ISSN %s。\n" % (isbn13(), issn()))
label("n06_dates_versions.txt", "pass", [], [],
      "dates, times, a Unix timestamp, 14-digit datetime stamps, version strings starting 10.0., ISBN-13 and ISSN")

write("n07_public_addresses.txt",
      "政府网站迁移说明\n"
      "本站已迁移至 https://www.hangzhou.gov.cn/ ，原地址 http://www.hz.gov.cn 自动跳转。\n"
      "公共DNS：114.114.114.114、223.5.5.5；本站服务器公网地址 202.107.200.4。\n"
      "注：172.32.0.0 不属于私有地址段，192.169.1.1 亦为公网地址。\n"
      "网站标识码：3301000001，浙ICP备05001234号-1。\n")
label("n07_public_addresses.txt", "pass", [], [],
      "public government URLs, public IPs, and near misses just outside RFC 1918 (172.32.0.0, 192.169.1.1)")

write("n08_wenhao_stats.txt",
      "杭州市人民政府办公厅关于印发2026年政务公开工作要点的通知\n"
      "杭政办函〔2026〕18号\n"
      "各区、县（市）人民政府，市政府各部门、各直属单位：\n"
      "根据《国务院办公厅关于印发2026年政务公开工作要点的通知》（国办发〔2026〕3号）精神，现将要点印发给你们。\n"
      "2025年全市共主动公开政府信息186452条，办理依申请公开3127件，按期办结率100%。\n")
label("n08_wenhao_stats.txt", "pass", [], [],
      "a 通知 with 文号 〔2026〕18号, quoted 国办发〔2026〕3号, statistics with 6-digit counts")

# HTML pass
rows = [("地区", "常住人口（万人）", "地区生产总值（万元）", "一般公共预算收入（万元）", "户籍人口（人）")]
for k, n in enumerate(["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区"]):
    rows.append((n, "%.1f" % (80 + R.random() * 150), str(R.randrange(10 ** 7, 4 * 10 ** 7)), str(R.randrange(10 ** 6, 9 * 10 ** 6)), str(R.randrange(500000, 1500000))))
rows.append(("合计", "1262.4", "218560123", "31245678", "8523456"))
write("hn01_stats_table.html", to_html("2025年各区主要经济指标", [("h", "2025年各区主要经济指标"), ("table", rows), ("p", "数据来源：市统计局。")]))
label("hn01_stats_table.html", "pass", [], [], "statistics table of 7–9 digit figures in 万元 and 人")

rows = [("处室", "职能", "办公电话", "传真")]
for k, n in enumerate(["办公室", "政策法规处", "行政审批处", "执法监督处"]):
    rows.append((n, "综合协调", "0571-8505%04d" % R.randrange(10000), "0571-8505%04d" % R.randrange(10000)))
write("hn02_office_phones.html", to_html("机构职能", [("h", "内设机构及联系方式"), ("table", rows),
                                                    ("p", "监督投诉：12345；来信地址：杭州市解放东路18号；电子邮箱：bgs@hzjs.gov.cn")]))
label("hn02_office_phones.html", "pass", [], [], "office landlines and fax under 办公电话/传真, hotline 12345, an agency mailbox (info)")

write("hn03_public_links.html", to_html("网站页脚", [
    ("h", "关于我们"),
    ("link", "主办单位：杭州市人民政府办公厅　", "中国政府网", "https://www.gov.cn/", ""),
    ("link", "", "浙江政务服务网", "https://www.zjzwfw.gov.cn/zjservice/", ""),
    ("p", "浙公网安备 33010202000123号　网站标识码 3301000001　浙ICP备05001234号"),
    ("p", "建议使用1920×1080分辨率，IE11及以上版本浏览器。")]))
label("hn03_public_links.html", "pass", [], [], "links to public government sites, 公网安备 14-digit number, 网站标识码, ICP number, a resolution 1920×1080")

rows = [("序号", "姓名", "身份证号", "联系电话", "救助金额（元）")]
for k in range(1, 5):
    rows.append((str(k), nm()[0] + "某某", mask_id(idcard()), mask_mobile(mobile()), "1500"))
write("hn04_masked_table.html", to_html("临时救助公示", [("h", "临时救助对象公示"), ("table", rows)]))
label("hn04_masked_table.html", "pass", [], [], "table with masked IDs, masked mobiles and 某某 names under personal headings")

acc5 = card("1202", 19)
u5 = uscc()
write("hn05_settlement.html", to_html("招标公告", [
    ("h", "城南污水管网改造工程施工招标公告"),
    ("p", "投标保证金：人民币捌万元整（80000元），须从投标人基本账户转出。"),
    ("p", "收款单位：杭州市公共资源交易中心\n开户银行：中国工商银行杭州分行营业部\n账号：%s" % acc5),
    ("p", "招标人：杭州市城南建设发展有限公司（统一社会信用代码 %s）\n联系电话：0571-86543210" % u5)]))
label("hn05_settlement.html", "pass", [], [],
      "a 招标公告 with the trading centre's settlement account (19 digits, made Luhn-valid on purpose, the 1202 prefix of an ICBC 对公 account) after 账号 and 开户银行; docs: a company's settlement account is not a card")

# DOCX pass
to_docx(os.path.join(OUT, "dn01_docx_notice.docx"), [
    ("h", "关于做好2027年元旦春节期间有关工作的通知"),
    ("p", "区政办发〔2026〕45号"),
    ("p", "各街道办事处，区政府各部门：2027年元旦、春节将至，为做好节日期间各项工作，现通知如下。"),
    ("p", "一、值班时间：2026年12月31日8:00至2027年1月3日8:00。值班电话：0571-86011234，应急热线12345。"),
    ("p", "二、请于2026年12月25日17:30前报送值班表。"),
    ("p", "杭州市某某区人民政府办公室　2026年12月5日")])
label("dn01_docx_notice.docx", "pass", [], [], "python-docx 通知: 文号, dates, times, duty landline and hotline")

rows = [("合同编号", "项目名称", "合同金额（元）", "签订日期")]
for k in range(4):
    amt = "1" + R.choice("3589") + "%09d" % R.randrange(10 ** 9) if k == 1 else str(R.randrange(10 ** 5, 10 ** 8))
    rows.append((bad_id_like(), ["道路养护", "绿化提升", "路灯改造", "雨污分流"][k], amt, "2026-0%d-1%d" % (k + 3, k)))
NODE.append({"kind": "docx-table", "file": "dn02_docx_contracts.docx", "title": "2026年政府采购合同汇总", "rows": [list(r) for r in rows]})
label("dn02_docx_contracts.docx", "pass", [], [],
      "npm docx table: 18-digit 合同编号 that fail the ID check digit, amounts under 合同金额（元） (one an 11-digit 1[3589]… figure), dates")

rows = [("姓名", "证件号码", "手机号码", "工作单位")]
for k in range(3):
    rows.append((nm()[0] + "某某", mask_id(idcard(want_x=(k == 0))), mask_mobile(mobile()), "某某街道"))
to_docx(os.path.join(OUT, "dn03_docx_masked.docx"), [("h", "2026年度优秀网格员名单"), ("table", rows)])
label("dn03_docx_masked.docx", "pass", [], [], "python-docx table of masked IDs (one ending X), masked mobiles, 某某 names")

to_docx(os.path.join(OUT, "dn04_docx_public_link.docx"), [
    ("h", "政策解读"),
    ("link", "原文请见", "中国政府网", "https://www.gov.cn/zhengce/content/2026-11/20/content_7000001.htm", "。"),
    ("link", "数据开放平台：", "杭州市公共数据开放平台", "https://data.hangzhou.gov.cn/", "。")])
label("dn04_docx_public_link.docx", "pass", [], [], "python-docx hyperlinks to public government URLs")

# XLSX pass
rows = [["项目", "预算数（元）", "执行数（元）", "执行率（%）"]]
for n in ["基本支出", "项目支出", "上级补助", "债务付息", "合计"]:
    b = int("1" + R.choice("3589") + "%09d" % R.randrange(10 ** 9))
    rows.append([n, b, int(b * 0.93), 93.0])
NODE.append({"kind": "xlsx-openpyxl-like", "file": "xn01_xlsx_budget.xlsx", "lib": "exceljs", "sheet": "预算执行", "rows": rows, "numeric_cols": [1, 2, 3]})
label("xn01_xlsx_budget.xlsx", "pass", [], [],
      "exceljs: 11-digit amounts starting 13/15/18/19 under 预算数（元）/执行数（元）, stored as numbers (docs: amounts in a column headed 元 are not mobiles)")

rows = [["发票号码", "订单号", "销售方", "统一社会信用代码", "开票日期"]]
for k in range(4):
    rows.append(["%020d" % R.randrange(10 ** 19, 10 ** 20), bad_id_like(), "某某商贸有限公司", uscc(), "2026-10-%02d" % (k + 5)])
to_xlsx(os.path.join(OUT, "xn02_xlsx_invoices.xlsx"), [("发票", rows)])
label("xn02_xlsx_invoices.xlsx", "pass", [], [],
      "openpyxl: 20-digit 发票号码, 18-digit 订单号 that fail the ID check digit, valid 统一社会信用代码")

rows = [["单位", "办公电话", "传真", "监督电话"]]
for n in ["市场监管局", "住建局", "卫健委", "教育局"]:
    rows.append([n, "0571-8768%04d" % R.randrange(10000), "0571-8768%04d" % R.randrange(10000), "12345"])
NODE.append({"kind": "xlsx-openpyxl-like", "file": "xn03_xlsx_offices.xlsx", "lib": "sheetjs", "sheet": "通讯录", "rows": rows, "numeric_cols": []})
label("xn03_xlsx_offices.xlsx", "pass", [], [], "SheetJS 通讯录 of agencies: landlines, fax, 12345")

rows = [["姓名", "身份证号", "联系方式", "银行卡号"]]
for k in range(3):
    rows.append([nm()[0] + "某某", mask_id(idcard()), mask_mobile(mobile()), "6217****" + "%04d" % R.randrange(10000)])
to_xlsx(os.path.join(OUT, "xn04_xlsx_masked.xlsx"), [("公示", rows)])
label("xn04_xlsx_masked.xlsx", "pass", [], [], "openpyxl: masked IDs, mobiles and cards under their headings")

# PDF pass: Chromium
rows = [("指标", "2024年", "2025年", "增长（%）")]
for n in ["地区生产总值（万元）", "规上工业增加值（万元）", "社会消费品零售总额（万元）", "进出口总额（万元）", "常住人口（人）"]:
    a = R.randrange(10 ** 6, 10 ** 9)
    rows.append((n, str(a), str(int(a * 1.06)), "6.0"))
chrome("pn01_chrome_stats.pdf", "统计公报", [("h", "2025年国民经济和社会发展统计公报（摘要）"), ("table", rows)])
label("pn01_chrome_stats.pdf", "pass", [], [], "Chromium ruled statistics table of 7–9 digit figures")

chrome("pn03_chrome_public_link.pdf", "政策文件", [
    ("h", "政策文件"),
    ("link", "详见", "浙江省人民政府门户网站", "https://www.zj.gov.cn/art/2026/11/20/art_1229017138_2500001.html", "。"),
    ("p", "浙公网安备 33010202000123号　网站标识码 3300000079")])
label("pn03_chrome_public_link.pdf", "pass", [], [], "Chromium PDF: a link annotation to a public government URL, 公网安备 number")

rows = [("序号", "姓名", "证件号码", "联系电话")]
for k in range(1, 4):
    rows.append((str(k), nm()[0] + "某某", mask_id(idcard()), mask_mobile(mobile())))
chrome("pn05_chrome_masked.pdf", "公示", [("h", "就业困难人员认定公示"), ("table", rows)])
label("pn05_chrome_masked.pdf", "pass", [], [], "Chromium ruled table of masked IDs and mobiles")

# PDF pass: LibreOffice
lo_docx("pn02_lo_notice.pdf", [
    ("h", "关于征订2027年度政务公开工作手册的通知"),
    ("p", "浙政办函〔2026〕77号"),
    ("p", "《政务公开工作手册（2027年版）》（ISBN %s）已出版，定价68.00元。" % isbn13()),
    ("p", "征订截止时间：2026年12月20日。联系电话：0571-87051234，服务热线12345。")])
label("pn02_lo_notice.pdf", "pass", [], [], "LibreOffice PDF 通知: 文号, ISBN, price, dates, landline, hotline")

acc4 = card("1202", 19)
lo_docx("pn04_lo_settlement.pdf", [
    ("h", "关于缴纳2027年度物业专项维修资金的通知"),
    ("p", "收款单位：杭州市住房保障和房产管理局\n开户银行：中国工商银行杭州分行\n账号：%s" % acc4),
    ("p", "户名：杭州市住房专项维修资金管理中心；统一社会信用代码：%s。" % uscc())])
label("pn04_lo_settlement.pdf", "pass", [], [],
      "LibreOffice PDF: an agency's settlement account (19 digits, 1202 prefix, Luhn-valid) after 账号 with 收款单位/开户银行/户名 of an agency; docs: not a card")

# more must-pass and must-catch to balance formats
acc6 = not_luhn("3310", 19)
rows = [["收款单位", "开户银行", "账号"], ["杭州市财政局非税收入专户", "中国银行杭州市分行", acc6]]
NODE.append({"kind": "xlsx-openpyxl-like", "file": "xn05_xlsx_settlement.xlsx", "lib": "exceljs", "sheet": "缴款信息", "rows": rows, "numeric_cols": []})
label("xn05_xlsx_settlement.xlsx", "pass", [], [], "exceljs: an agency's account under 账号 with 收款单位 and 开户银行 (not Luhn)")

i_h8 = idcard()
write("h08_hidden_in_text.html", to_html("信访事项答复", [
    ("h", "信访事项处理意见书"),
    ("p", "%s：你于2026年11月2日反映的问题已收悉。经调查，你所述情况基本属实（来信人证件号码 %s）。" % (nm(), i_h8))]))
label("h08_hidden_in_text.html", "block", ["id_card"], [i_h8],
      "HTML paragraph: 信访 reply with the petitioner's ID after 证件号码 in brackets")

m9 = mobile()
write("h09_fullwidth_mobile.html", to_html("志愿服务", [
    ("h", "志愿服务招募"),
    ("p", "报名请联系%s老师，联系方式：%s（微信同号）。" % (nm()[0], fw(grp(m9, [3, 4, 4], "-"))))]))
label("h09_fullwidth_mobile.html", "review", ["mobile_phone"], [m9],
      "HTML: a full-width mobile grouped with full-width hyphens (１３８－１２３４－５６７８)")

write("n09_near_private.txt",
      "网络拓扑说明（对外公开部分）\n"
      "门户网站使用的公网地址段为 61.164.0.0/16 和 218.108.0.0/16。\n"
      "IPv6 地址 240e:3b0:1000::1，补丁号 KB5031356。\n")
label("n09_near_private.txt", "pass", [], [],
      "public CIDR ranges and a public IPv6 address")

# ---- more PDFs
rows = [("序号", "姓名", "所在村", "联系方式")]
raws = []
for k in range(1, 5):
    m = mobile()
    raws.append(m)
    rows.append((str(k), nm(), ["东山村", "西岭村", "南塘村", "北港村"][k - 1], m))
chrome("p08_chrome_contact_col.pdf", "驻村指导员名单", [("h", "2026年度驻村农业技术指导员名单"), ("table", rows)])
label("p08_chrome_contact_col.pdf", "review", ["mobile_phone"], raws,
      "Chromium ruled table: bare mobiles under 联系方式, no keyword in the cells")

rows = [("序号", "姓名", "证件号码", "类别")]
raws = []
for k in range(1, 4):
    i = idcard(want_x=(k == 2))
    raws.append(i)
    rows.append((str(k), nm(), i, "特困供养"))
lo_docx("p09_lo_narrow_cells.pdf", [("h", "特困人员供养对象名单"), ("table", rows, [1.2, 2.0, 2.2, 2.5])])
label("p09_lo_narrow_cells.pdf", "block", ["id_card"], raws,
      "LibreOffice PDF of a python-docx table with a 2.2 cm 证件号码 column: each ID wraps over two lines in its cell")

NODE.append({"kind": "pdfkit-link", "file": "p10_pdfkit_link_local.pdf", "title": "关于使用电子印章系统的通知",
             "paras": ["各科室：电子印章系统已部署完毕。"], "before": "申请用章请登录", "shown": "电子印章系统",
             "url": "http://seal.zfw.local:8088/apply", "after": "办理。"})
label("p10_pdfkit_link_local.pdf", "review", ["internal_address"], [],
      "pdfkit (Noto Sans CJK subset, Identity-H): the .local host URL with a port exists only as a link annotation's URI; the page shows 电子印章系统 (LibreOffice 7.4 headless wrote no link annotation for the same DOCX, so pdfkit makes this one)")

i11 = idcard()
chrome("p11_chrome_fullwidth_id.pdf", "录用公示", [("h", "公务员录用公示"),
                                              ("p", "拟录用人员：%s，性别：女，身份证号码：%s，毕业院校：浙江工商大学。" % (nm(), fw(i11)))])
label("p11_chrome_fullwidth_id.pdf", "block", ["id_card"], [i11, fw(i11)],
      "Chromium PDF body: an ID written in full-width digits after 身份证号码")

rows = [("合同编号", "供应商", "合同金额（元）", "签订日期")]
for k in range(4):
    amt = "1" + R.choice("3589") + "%09d" % R.randrange(10 ** 9) if k % 2 == 0 else str(R.randrange(10 ** 5, 10 ** 8))
    rows.append((bad_id_like(), "某某工程有限公司", amt, "2026-%02d-%02d" % (k + 6, k + 10)))
lo_docx("pn06_lo_contracts.pdf", [("h", "2026年政府投资项目合同公示"), ("table", rows, [4.2, 4.0, 3.2, 2.6])])
label("pn06_lo_contracts.pdf", "pass", [], [],
      "LibreOffice PDF table: 18-digit 合同编号 failing the ID check digit, 11-digit 1[3589]… amounts under 合同金额（元）, dates")

rows = [("科目", "2026年预算数（元）", "2025年决算数（元）")]
for n in ["一般公共服务支出", "教育支出", "社会保障和就业支出", "卫生健康支出"]:
    a = "1" + R.choice("3589") + "%09d" % R.randrange(10 ** 9)
    rows.append((n, a, str(int(a) - R.randrange(10 ** 8))))
chrome("pn07_chrome_budget.pdf", "部门预算", [("h", "2026年部门预算支出表"), ("table", rows)])
label("pn07_chrome_budget.pdf", "pass", [], [],
      "Chromium ruled table: 11-digit amounts starting 13/15/18/19 under headings ending （元）")

json.dump(NODE, open(os.path.join(BUILD, "node.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(CHROME, open(os.path.join(BUILD, "chrome.json"), "w"), ensure_ascii=False)
json.dump(LO, open(os.path.join(BUILD, "lo.json"), "w"), ensure_ascii=False)
LABELS.sort(key=lambda l: l["file"])
json.dump(LABELS, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LABELS), "labels;", sum(l["expect_verdict"] != "pass" for l in LABELS), "must catch")
