#!/usr/bin/python3
"""Generator of the blind39-welfare corpus (health, education, social security, civil affairs).

Run with the system python (python3-docx, python3-openpyxl, python3-reportlab from Debian):
    /usr/bin/python3 gen.py
It writes the Python-made files, node_data.json for make_node.js, runs node, LibreOffice and
Chromium for the converted files, and writes labels.json.
"""
import html
import json
import os
import shutil
import subprocess
import sys

from pii import (R, make_id, make_legacy15, make_card, make_mobile, make_uscc, make_nonluhn,
                 make_luhn_serial, mask_id, mask_id_4, mask_card, mask_mobile, make_name, mask_name,
                 valid_id, luhn_ok)

OUT = ".."
GEN = "."
TMP = os.path.join(GEN, "tmp")
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)

LABELS = []
NODE = {}


def label(file, verdict, cats, raws, note):
    for r in raws:
        assert r, file
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


def wtext(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(enc))


def esc(s):
    return html.escape(str(s))


def html_table(headers, rows, attrs='border="1" cellspacing="0" cellpadding="4"', col_styles=None):
    out = [f"<table {attrs}>", "<thead><tr>"]
    for i, h in enumerate(headers):
        st = f' style="{col_styles[i]}"' if col_styles and col_styles[i] else ""
        out.append(f"<th{st}>{esc(h)}</th>")
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>")
        for i, c in enumerate(r):
            if c is None:
                continue
            if isinstance(c, tuple):  # (text, extra attrs)
                out.append(f"<td {c[1]}>{esc(c[0])}</td>")
            else:
                st = f' style="{col_styles[i]}"' if col_styles and col_styles[i] else ""
                out.append(f"<td{st}>{esc(c)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def cms_page(title, dept, body, date="2024-06-12", col="通知公告", site_code="4201110012", comments=True):
    head_comment = f"<!-- 栏目：{col} id=2{R.randint(100,999)} -->\n" if comments else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{dept}">
<meta name="ColumnName" content="{col}">
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="PubDate" content="{date} 09:30">
<title>{esc(title)}_{dept}</title>
<style>
body {{ font-family: "SimSun", serif; margin: 0; color: #333; }}
.header {{ background: #b30000; color: #fff; padding: 12px 40px; font-size: 22px; }}
.nav a {{ margin-right: 18px; color: #b30000; }}
.article {{ width: 960px; margin: 20px auto; }}
.article h1 {{ text-align: center; font-size: 22px; }}
.info {{ text-align: center; color: #888; font-size: 13px; }}
table {{ border-collapse: collapse; margin: 10px auto; }}
td, th {{ border: 1px solid #666; padding: 4px 6px; font-size: 14px; }}
.footer {{ border-top: 2px solid #b30000; text-align: center; font-size: 12px; color: #666; padding: 10px; }}
</style>
</head>
<body>
{head_comment}<div class="header">{dept}</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>
<div class="article">
<h1>{esc(title)}</h1>
<div class="info">发布时间：{date}　来源：{dept}　浏览次数：<span id="hits">0</span></div>
<!-- 正文开始 -->
<div class="content">
{body}
</div>
<!-- 正文结束 -->
</div>
<div class="footer">主办单位：{dept}　网站标识码：{site_code}<br>鄂ICP备05001234号　鄂公网安备42011102000123号</div>
</body>
</html>
"""


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        print("FAILED", cmd, r.stdout, r.stderr, file=sys.stderr)
        raise SystemExit(1)
    return r


def soffice(src, fmt, outname, infilter=None):
    outdir = os.path.join(TMP, "lo_out")
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    cmd = ["soffice", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    run(cmd, env=dict(os.environ, HOME=os.path.join(TMP, "lohome")))
    produced = [f for f in os.listdir(outdir)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(outdir, produced[0]), os.path.join(OUT, outname))


def chromium_pdf(html_text, outname):
    src = os.path.join(TMP, outname + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    out = os.path.join(OUT, outname)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", "file://" + src])
    assert os.path.getsize(out) > 1000


# ---------------------------------------------------------------- python-docx helpers
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH


def new_doc(author="办公室"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.core_properties.author = author
    return d


def doc_title(d, text):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(18)
    return p


def doc_table(d, headers, rows, widths_cm=None):
    t = d.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        t.cell(0, i).text = h
    for ri, r in enumerate(rows):
        for ci, c in enumerate(r):
            t.cell(ri + 1, ci).text = "" if c is None else str(c)
    if widths_cm:
        t.autofit = False
        for ci, w in enumerate(widths_cm):
            t.columns[ci].width = Cm(w)
            for cell in t.columns[ci].cells:
                cell.width = Cm(w)
    return t


# ================================================================= the files
REG = {"hongshan": "420111", "wuchang": "420106", "jiangan": "420102", "dongcheng": "110101",
       "xihu": "330106", "yuelu": "430104", "wuhou": "510107", "yanta": "610113", "lixia": "370102",
       "gulou": "320106", "jinshui": "410105", "siming": "350203"}


def w01():
    name = "w01_hongshan_dibao_xinzeng.txt"
    rows = []
    raws = []
    streets = ["珞南街道", "关山街道", "狮子山街道", "张家湾街道", "青菱街道", "和平街道"]
    for i in range(6):
        nm = make_name()
        idv = make_id(REG["hongshan"], 1948, 1990, want_x=(i == 2) or None)
        raws.append(idv)
        rows.append(f"{i+1:<4}{nm:<6}{streets[i]:<8}{R.randint(1,4)}人      {idv}    {R.choice([760,780,1520,2280,2340])}")
    txt = f"""武汉市洪山区民政局
关于2024年第二季度城乡最低生活保障新增对象的公示

根据《社会救助暂行办法》《湖北省最低生活保障工作实施办法》有关规定，经个人申请、街道（乡镇）审核、入户调查和民主评议，区民政局审批，拟将以下{len(rows)}户家庭纳入城乡最低生活保障范围，现予以公示。

序号 姓名    所属街道        家庭人口  身份证号码              月保障金额（元）
""" + "\n".join(rows) + f"""

公示期为2024年6月12日至2024年6月18日。公示期内，如对公示对象有异议，请以书面或电话形式向区民政局社会救助科反映。
监督电话：027-87654321　　社会救助服务热线：12345
地址：洪山区珞狮路449号区政务服务中心三楼

武汉市洪山区民政局
2024年6月12日
"""
    wtext(name, txt)
    label(name, "block", ["id_card"], raws,
          "UTF-8 text 低保新增公示, a space-aligned table of 6 households with full 18-digit IDs (one ending X); 监督电话 landline and 12345 hotline")


def w02():
    name = "w02_tekun_gongyang_mingdan.csv"
    raws = []
    lines = ["江夏区五里界街道2024年特困人员救助供养对象名单", "序号,姓名,性别,身份证号,所在村（社区）,供养方式,基本生活费（元/月）,联系电话"]
    villages = ["童周岭村", "锦绣社区", "李家店村", "唐涂村", "五里界社区"]
    for i in range(7):
        idv = make_id("420115", 1936, 1960)
        mob = make_mobile()
        raws += [idv, mob]
        sex = "男" if int(idv[16]) % 2 else "女"
        lines.append(f"{i+1},{make_name()},{sex},{idv},{R.choice(villages)},{R.choice(['分散供养','集中供养'])},1080,{mob}")
    lines.append("备注：联系电话为本人或监护人电话。")
    wtext(name, "\r\n".join(lines) + "\r\n")
    label(name, "block", ["id_card", "mobile_phone"], raws,
          "CSV 特困人员名单: title line above the header, IDs (region 420115, elderly) and personal mobiles of the person or guardian")


def w03():
    name = "w03_linshi_jiuzhu_gongshi.html"
    raws = []
    rows = []
    for i in range(5):
        idv = make_id(REG["wuchang"], 1955, 1995)
        card = make_card(R.choice(["621700", "622202", "623052", "621799"]))
        raws += [idv, card]
        rows.append([i + 1, make_name(), idv, R.choice(["突发重病", "意外伤害", "火灾", "子女就学"]),
                     R.choice([3000, 5000, 8000, 2400]), card])
    body = f"""<p>根据《武汉市临时救助实施办法》，经申请人申请、街道审核，区民政局审批，对以下{len(rows)}名困难群众给予临时救助，救助金通过社会保障卡金融账户发放，现将有关情况公示如下：</p>
{html_table(["序号","姓名","身份证号","救助事由","救助金额（元）","社保卡账号"], rows)}
<p>公示时间：2024年6月12日至6月18日。监督电话：027-88851234。</p>
<p style="text-align:right">武昌区民政局<br>2024年6月12日</p>"""
    wtext(name, cms_page("武昌区2024年5月临时救助对象公示", "武汉市武昌区民政局", body))
    label(name, "block", ["id_card", "bank_card"], raws,
          "CMS HTML table 临时救助: IDs and 社保卡 financial accounts (UnionPay 62…, Luhn-valid, 19 digits) under 社保卡账号")


def w04():
    import openpyxl
    name = "w04_canjiren_zheng_hefa.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新办证"
    ws.append(["青山区2024年5月残疾人证新办核发名单"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "姓名", "性别", "残疾类别", "残疾等级", "残疾人证号"])
    cats = [("视力", 1), ("听力", 2), ("言语", 3), ("肢体", 4), ("智力", 5), ("精神", 6)]
    raws = []
    for i in range(6):
        idv = make_id("420107", 1950, 2015, want_x=(i == 3) or None)
        c = cats[i % 6]
        lvl = R.randint(1, 4)
        num = f"{idv}{c[1]}{lvl}"
        raws.append(idv)
        sex = "男" if int(idv[16]) % 2 else "女"
        ws.append([i + 1, make_name(), sex, c[0], f"{['一','二','三','四'][lvl-1]}级", num])
    ws.column_dimensions["F"].width = 26
    ws.append([])
    ws.append(["制表单位：青山区残疾人联合会", None, None, None, "2024年6月5日"])
    wb.save(os.path.join(OUT, name))
    label(name, "block", ["id_card"], raws,
          "AMBIGUOUS: openpyxl 残疾人证 核发名单; the only personal data is 残疾人证号, 20 characters = the holder's 18-digit ID + category digit + level digit (one ID ends in X, so X sits inside the number). Docs are silent on an ID embedded in a longer number; a careful 保密审查员 blocks it because the full ID is readable")


def w05():
    name = "w05_canji_liangxiang_butie.xlsx"
    rows = []
    raws = []
    towns = ["纸坊街道", "郑店街道", "金口街道", "安山街道"]
    for i in range(8):
        card = make_card(R.choice(["621700", "623052", "622848", "621799"]))
        raws.append(card)
        idv = make_id("420115", 1950, 2010)
        shm = idv[:6] + "*" * 10 + idv[-2:] + str(R.randint(1, 7)) + str(R.randint(1, 4))
        a, b = R.choice([(90, 0), (90, 90), (0, 90), (90, 180)])
        rows.append([i + 1, make_name(), R.choice(towns), shm, a, b, a + b, card])
    NODE[name] = {"rows": rows}
    label(name, "block", ["bank_card"], raws,
          "exceljs 残疾人两项补贴发放表: merged title, 单位：元 row, masked 残疾人证号, and unmasked 社保卡金融账号 (62…, Luhn) stored as text; cards are the only unmasked personal data")


def w06():
    name = "w06_yiwu_jiaoyu_shenghuo_buzhu.docx"
    d = new_doc("学生资助管理中心")
    doc_title(d, "洪山区2024年秋季学期义务教育阶段家庭经济困难学生生活补助名单")
    d.add_paragraph("根据《湖北省学生资助管理办法》，经学生申请、学校评议、区学生资助管理中心审核，现将2024年秋季学期义务教育阶段家庭经济困难寄宿生生活补助名单公示如下。")
    schools = ["洪山区第二小学", "洪山区第二小学", "洪山区第二小学", "卓刀泉中学", "卓刀泉中学", "南湖第一小学"]
    raws = []
    rows = []
    for i, s in enumerate(schools):
        idv = make_id(REG["hongshan"], 2010, 2017, want_x=(i == 4) or None)
        raws.append(idv)
        rows.append([str(i + 1), s, R.choice(["七年级", "八年级"] if "中学" in s else ["三年级", "五年级"]), make_name(), "G" + idv,
                     "625" if "中学" in s else "500"])
    t = doc_table(d, ["序号", "学校", "年级", "姓名", "全国学籍号", "补助金额（元）"], rows,
                  [1.2, 3.5, 1.8, 1.8, 5.2, 2.2])
    # merge the school column for identical schools
    a = t.cell(1, 1).merge(t.cell(3, 1))
    a.text = "洪山区第二小学"
    b = t.cell(4, 1).merge(t.cell(5, 1))
    b.text = "卓刀泉中学"
    d.add_paragraph("公示期：5个工作日。监督电话：027-87312345。")
    d.add_paragraph("洪山区学生资助管理中心　2024年9月20日")
    d.save(os.path.join(OUT, name))
    label(name, "block", ["id_card"], raws,
          "AMBIGUOUS: python-docx 生活补助名单, merged 学校 cells; 全国学籍号 = G + the pupil's 18-digit ID (one with X). Docs are silent on a letter glued before an ID; a careful reviewer blocks (the 学籍号 discloses the ID)")


def w07():
    name = "w07_zanting_daiyu_gonggao_gbk.txt"
    raws = []
    people = []
    for i in range(3):
        idv = make_id(R.choice(["420111", "420106", "420102"]), 1930, 1950)
        raws.append(idv)
        people.append((make_name(), idv))
    txt = f"""武汉市社会保险中心
关于暂停发放部分人员基本养老保险待遇的公告

根据《社会保险法》和人力资源社会保障部《关于进一步加强社会保险待遇领取资格确认工作的通知》，以下人员连续12个月未进行领取资格认证，经多次电话联系、入户核查均未能联系本人。自2024年7月起暂停发放其基本养老保险待遇：

一、{people[0][0]}，社会保障号码{people[0][1]}，原工作单位武汉重型机床厂。
二、{people[1][0]}，社会保障号码：{people[1][1]}，原工作单位武汉市第二棉纺织厂。
三、{people[2][0]}（社会保障号码 {people[2][1]}），原工作单位武汉锅炉厂。

上述人员或其亲属可携带本人社会保障卡到就近社保经办网点办理资格认证，认证通过后自次月起恢复发放，暂停期间待遇予以补发。
咨询电话：12333

武汉市社会保险中心
2024年6月20日
"""
    wtext(name, txt, "gb18030")
    label(name, "block", ["id_card"], raws,
          "GB18030 text 养老待遇暂停公告: three retirees' 社会保障号码 in prose (the 社会保障号码 equals the ID number; valid check digit), after no/colon/space. AMBIGUOUS only in that docs name 身份证 not 社会保障号码 as a label; the value itself is a valid ID")


def w08():
    name = "w08_dabing_baoxian_gongshi.pdf"
    d = new_doc("医保局")
    doc_title(d, "2024年度城乡居民大病保险二次补偿拟补偿人员公示")
    d.add_paragraph("根据《武汉市城乡居民大病保险实施办法》，经医保经办机构审核，以下参保人员符合大病保险二次补偿条件，现予公示。")
    raws = []
    rows = []
    for i in range(8):
        idv = make_id(R.choice(["420111", "420112", "420113"]), 1945, 2000)
        raws.append(idv)
        tot = R.randint(80000, 420000)
        rows.append([str(i + 1), make_name(), "男" if int(idv[16]) % 2 else "女", idv,
                     R.choice(["华中科技大学同济医学院附属协和医院", "武汉大学人民医院", "湖北省肿瘤医院"]),
                     f"{tot:,}.00", f"{int(tot*0.12):,}.00"])
    doc_table(d, ["序号", "姓名", "性别", "身份证号", "就诊医院", "医疗总费用（元）", "补偿金额（元）"], rows,
              [1.0, 1.6, 1.0, 2.4, 4.2, 2.6, 2.4])
    d.add_paragraph("公示期：2024年6月14日至6月20日。咨询电话：027-85776543，医保服务热线12393。")
    src = os.path.join(TMP, "w08.docx")
    d.save(src)
    soffice(src, "pdf", name)
    label(name, "block", ["id_card"], raws,
          "LibreOffice PDF (from a python-docx DOCX) 大病保险二次补偿公示: IDs in a narrow ruled column (2.4 cm) so each ID wraps over two lines inside its cell")


def w09():
    name = "w09_yanglao_weirenzheng_gonggao.pdf"
    raws = []
    rows = []
    for i in range(7):
        idv = make_id(R.choice(["330106", "330105", "330102"]), 1928, 1955)
        raws.append(idv)
        rows.append([i + 1, make_name(), R.choice(["北山街道", "西溪街道", "灵隐街道", "翠苑街道"]), idv, "2023年6月"])
    tbl = html_table(["序号", "姓名", "街道", "身份证号码", "上次认证时间"], rows,
                     attrs='class="t"', col_styles=[None, None, None, "width:62px;word-break:break-all", None])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:"Noto Serif CJK SC",serif;font-size:15px;margin:30px}} h1{{text-align:center;font-size:21px}}
table.t{{border-collapse:collapse;margin:auto}} .t td,.t th{{border:1px solid #000;padding:3px 6px}}
</style></head><body>
<h1>关于2024年度城乡居民养老保险待遇领取资格认证未认证人员的公告</h1>
<p>截至2024年5月31日，以下待遇领取人员尚未完成2024年度领取资格认证。请本人或家属于2024年6月30日前通过“浙里办”或到社区服务中心完成认证，逾期未认证的将暂停发放养老金。</p>
{tbl}
<p>咨询电话：0571-87801234（工作日）　12333</p>
<p style="text-align:right">杭州市西湖区人力资源和社会保障局<br>2024年6月3日</p>
</body></html>"""
    chromium_pdf(page, name)
    label(name, "block", ["id_card"], raws,
          "Chromium PDF 养老金资格认证 未认证人员公告: IDs in a 62px column with word-break:break-all, so each ID wraps inside its ruled cell")


def w10():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("UMing", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    name = "w10_shebaoka_piliang_lingqu.pdf"
    raws = []
    data = [["序号", "姓名", "单位名称", "社保卡银行账号", "领卡网点"]]
    for i in range(9):
        card = make_card(R.choice(["621700", "622208", "623052"]))
        raws.append(card)
        data.append([str(i + 1), make_name(), R.choice(["武汉光谷物流有限公司", "湖北华辰建设工程有限公司"]), card,
                     R.choice(["建设银行关山支行", "工商银行鲁巷支行"])])
    st = ParagraphStyle("b", fontName="UMing", fontSize=11, leading=18)
    h = ParagraphStyle("h", fontName="UMing", fontSize=17, leading=26, alignment=1)
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4)
    t = Table(data, colWidths=[30, 50, 150, 150, 110])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "UMing", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([Paragraph("东湖高新区第三代社会保障卡批量制卡完成领取通知", h), Spacer(1, 8),
               Paragraph("以下参保人员的第三代社会保障卡已制卡完成，请单位经办人携带单位介绍信到指定网点统一领取。社保卡已开通金融功能，领卡后请持卡人本人到银行网点激活。", st),
               Spacer(1, 6), t, Spacer(1, 8),
               Paragraph("咨询电话：027-87654300　12333", st)])
    label(name, "block", ["bank_card"], raws,
          "ReportLab PDF (UMing TrueType subset) 社保卡领取通知: 9 社保卡银行账号 (UnionPay 62…, Luhn) in a ruled table with full names")


def w11():
    name = "w11_gaoling_jintie_mingdan.xlsx"
    rows = []
    raws = []
    for i in range(8):
        idv = make_id(REG["jiangan"], 1926, 1944)
        mob = make_mobile()
        raws += [idv, mob]
        age = 2024 - int(idv[6:10])
        rows.append([i + 1, make_name(), idv, age, 300 if age < 90 else 500, make_name(), int(mob)])
    NODE[name] = {"rows": rows}
    label(name, "block", ["id_card", "mobile_phone"], raws,
          "SheetJS XLSX 高龄津贴发放名单: IDs stored as text, family contacts' mobiles stored as NUMBERS under 联系人电话")


def w12():
    name = "w12_jiaoshi_zhaopin_tijian.html"
    raws = []
    rows = []
    for i in range(6):
        idv = make_id(R.choice(["420111", "421002", "420302"]), 1994, 2001)
        raws.append(idv)
        rows.append([f"2024{R.randint(1000,9999)}{i:02d}", make_name(), "女" if int(idv[16]) % 2 == 0 else "男",
                     R.choice(["小学语文", "小学数学", "初中英语"]), (idv, 'style="display:none" class="sfz"')])
    table = ["<table border=\"1\" cellspacing=\"0\"><tr><th>准考证号</th><th>姓名</th><th>性别</th><th>报考岗位</th><th style=\"display:none\">身份证号</th></tr>"]
    for r in rows:
        table.append(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td {r[4][1]}>{r[4][0]}</td></tr>")
    table.append("</table>")
    body = f"""<p>根据《洪山区2024年公开招聘中小学教师公告》，经笔试、面试，现将进入体检环节人员名单公布如下：</p>
{"".join(table)}
<p>体检时间：2024年7月6日上午7:30，请考生空腹携带本人身份证到区政务服务中心一楼集合。</p>
<p>联系电话：027-87312200</p>"""
    wtext(name, cms_page("洪山区2024年公开招聘中小学教师进入体检人员名单", "武汉市洪山区教育局", body))
    label(name, "block", ["id_card", "hidden_content"], raws,
          "CMS HTML 教师招聘体检名单: visible 准考证号 (10 digits) and names; a 身份证号 column hidden with display:none in every row holds full IDs")


def w13():
    name = "w13_gaozhong_zizhu_zhaosheng_luqu.csv"
    raws = []
    lines = ["2024年武昌区普通高中自主招生录取名单", "序号,考生号,姓名,毕业学校,录取学校,监护人电话"]
    for i in range(8):
        mob = make_mobile()
        raws.append(mob)
        lines.append(f"{i+1},2442010{R.randint(1000000,9999999)},{make_name()},{R.choice(['武汉市第十四中学','粮道街中学','武汉中学'])},{R.choice(['武汉中学','武昌实验中学'])},{mob}")
    wtext(name, "\n".join(lines) + "\n")
    label(name, "review", ["mobile_phone"], raws,
          "CSV 录取名单: 14-digit 考生号 (must not be a finding) and guardians' mobiles under 监护人电话")


def w14():
    name = "w14_liugan_jiezhong_dian.docx"
    d = new_doc("疾控中心")
    doc_title(d, "洪山区2024—2025年流感季流感疫苗接种点一览表")
    d.add_paragraph("为做好2024—2025年流感季流感疫苗接种工作，现将辖区接种点信息公布如下。60岁以上老年人、在校中小学生可凭身份证或学生证免费接种一剂次。")
    mob = make_mobile()
    rows = [["洪山街社区卫生服务中心", "洪山区欢乐大道57号", "周一至周五 8:00-11:30", "027-86713245"],
            ["珞南街社区卫生服务中心", "洪山区珞狮南路219号", "周一至周六 8:00-16:30", "027-87598110"],
            ["关山街社区卫生服务中心", "东湖高新区关山二路56号", "周二、周四 8:00-11:30", f"{mob}（接种门诊刘医生）"],
            ["张家湾街社区卫生服务中心", "洪山区张家湾路8号", "周一至周五 8:00-11:30", "027-88046620"]]
    doc_table(d, ["接种点名称", "地址", "接种时间", "咨询电话"], rows)
    d.add_paragraph("疫苗接种咨询可拨打卫生健康热线12320。")
    d.save(os.path.join(OUT, name))
    label(name, "review", ["mobile_phone"], [mob],
          "python-docx 流感疫苗接种点一览表: landlines and 12320 (fine) and one cell with a doctor's personal mobile as the 咨询电话")


def w15():
    name = "w15_yishi_zhiye_zhuce_gonggao.pdf"
    d = new_doc("医政医管科")
    doc_title(d, "2024年第二季度医师执业注册变更公告")
    d.add_paragraph("根据《医师执业注册管理办法》，以下医师已完成执业注册（变更），现予公告。")
    raws = []
    rows = []
    for i in range(6):
        idv = make_id(R.choice(["420111", "420106", "421083"]), 1970, 1996)
        raws.append(idv)
        code = f"1{R.randint(1,4)}{R.choice(['0420','1420','2420'])}{R.randint(100000000,999999999)}"
        rows.append([make_name(), "男" if int(idv[16]) % 2 else "女", idv, code,
                     R.choice(["临床", "中医", "口腔", "公共卫生"]), R.choice(["武汉市第三医院", "洪山区中医医院"])])
    doc_table(d, ["姓名", "性别", "身份证号", "医师执业证书编码", "执业类别", "执业地点"], rows)
    d.add_paragraph("武汉市洪山区卫生健康局　2024年6月28日")
    src = os.path.join(TMP, "w15.docx")
    d.save(src)
    soffice(src, "pdf", name)
    label(name, "block", ["id_card"], raws,
          "LibreOffice PDF 医师执业注册公告: 15-digit 医师执业证书编码 (lookalike, fine) and a 身份证号 column with full IDs")


def w16():
    import openpyxl
    name = "w16_hushi_zhuce_yincanglie.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "护士注册"
    ws.append(["序号", "姓名", "护士执业证书编号", "身份证号", "执业机构", "注册类型"])
    raws = []
    for i in range(7):
        idv = make_id(R.choice(["420111", "420115", "429004"]), 1990, 2002)
        raws.append(idv)
        ws.append([i + 1, make_name(), f"2024{R.choice(['42','41'])}{R.randint(100000,999999)}", idv,
                   R.choice(["武汉市第九医院", "洪山区妇幼保健院"]), "首次注册"])
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["E"].width = 20
    wb.save(os.path.join(OUT, name))
    label(name, "block", ["id_card"], raws,
          "openpyxl 护士执业注册名单: 12-digit 护士执业证书编号 visible; column D 身份证号 hidden (column hidden, not the sheet). AMBIGUOUS whether a hidden column also yields hidden_content (findings.md lists hidden sheets/rows); only id_card required")


def w17():
    name = "w17_guojia_zhuxuejin_mingdan.docx"
    raws = []
    body = []
    groups = [("湖北职业技术学院", 3), ("武汉软件工程职业学院", 2), ("武汉铁路职业技术学院", 2)]
    k = 1
    for school, n in groups:
        for j in range(n):
            card = make_card(R.choice(["621700", "622202", "623052"]))
            raws.append(card)
            idv = make_id("420111", 2003, 2006)
            cells = f"<td>{k}</td>"
            if j == 0:
                cells += f'<td rowspan="{n}">{school}</td>'
            cells += f"<td>{make_name()}</td><td>{mask_id_4(idv)}</td><td>{R.choice(['一档','二档'])}</td><td>{card}</td>"
            body.append(f"<tr>{cells}</tr>")
            k += 1
    page = f"""<html><head><meta charset="utf-8"><title>国家助学金</title></head><body>
<p align="center"><b>2024—2025学年高等职业学校国家助学金拟资助学生名单</b></p>
<p>经学生本人申请、学校评审，以下学生拟获得国家助学金，助学金将按月发放至学生本人银行卡。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>序号</th><th>学校</th><th>姓名</th><th>身份证号</th><th>资助档次</th><th>银行卡号</th></tr>
{''.join(body)}
</table>
<p>公示期5个工作日。监督电话：027-87328765。</p></body></html>"""
    src = os.path.join(TMP, "w17.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    soffice(src, "docx:MS Word 2007 XML", name, infilter="HTML (StarWriter)")
    label(name, "block", ["bank_card"], raws,
          "LibreOffice DOCX (converted from HTML) 国家助学金名单: rowspan-merged 学校 cells, IDs masked 4+10+4, 银行卡号 column with full 62… cards")


def w18():
    name = "w18_zizhu_zhengce_gaojiazhangshu.txt"
    mob = make_mobile()
    g = f"{mob[:3]} {mob[3:7]} {mob[7:]}"
    txt = f"""武汉市卓刀泉中学
2024年秋季学期学生资助政策告家长书

尊敬的家长：
    为确保家庭经济困难学生不因贫失学，国家建立了覆盖学前教育至研究生教育的学生资助政策体系。义务教育阶段家庭经济困难寄宿生可申请生活补助，初中每生每年1250元；建档立卡、低保、特困供养、残疾学生优先纳入资助范围。
    申请学生须填写《家庭经济困难学生认定申请表》，于9月20日前交班主任。申请材料仅用于资格认定，学校将严格保护学生个人信息。
    如有疑问，请联系学校资助专干王老师，手机 {g}；也可拨打教育局资助热线027-87312345或市民服务热线12345。

                                                      武汉市卓刀泉中学
                                                      2024年9月2日
"""
    wtext(name, txt)
    label(name, "review", ["mobile_phone"], [mob],
          "UTF-8 text 告家长书: a teacher's personal mobile grouped 3-4-4 after 手机; landline and 12345 fine")


def w19():
    name = "w19_nongcun_dibao_hu_mingdan.pdf"
    raws = []
    trs = []
    k = 1
    for h in range(3):
        n = R.randint(2, 3)
        card = make_card(R.choice(["621700", "623052"]))
        mob = make_mobile()
        raws += [card, mob]
        for j in range(n):
            idv = make_id("420117", 1950 if j == 0 else 1985, 1975 if j == 0 else 2015)
            raws.append(idv)
            rel = "户主" if j == 0 else R.choice(["配偶", "子", "女", "孙子"])
            cells = f"<td>{k}</td>" if j == 0 else ""
            if j == 0:
                cells = f'<td rowspan="{n}">{h+1}</td><td rowspan="{n}">{R.choice(["新城村","道观村","旧街村"])}</td>'
            cells += f"<td>{make_name()}</td><td>{rel}</td><td>{idv}</td>"
            if j == 0:
                cells += f'<td rowspan="{n}">{card}</td><td rowspan="{n}" class="tel">{mob}</td>'
            trs.append(f"<tr>{cells}</tr>")
        k += 1
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:13px;margin:24px}} h2{{text-align:center}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #333;padding:3px}}
td.tel{{width:48px;word-break:break-all}}
</style></head><body>
<h2>新洲区道观河街2024年农村低保保障对象花名册</h2>
<p>保障标准：每人每月660元。低保金按月打入户主社会保障卡。</p>
<table><tr><th>户序</th><th>村</th><th>姓名</th><th>与户主关系</th><th>身份证号</th><th>户主社保卡号</th><th>联系电话</th></tr>
{''.join(trs)}
</table>
<p>新洲区道观河街道办事处　2024年6月</p></body></html>"""
    chromium_pdf(page, name)
    label(name, "block", ["id_card", "bank_card", "mobile_phone"], raws,
          "Chromium PDF 农村低保花名册: rowspan household cells holding the head's 社保卡号 (62…) and a mobile in a narrow 联系电话 column (48px, wraps inside the cell); every member's ID")


def w20():
    name = "w20_fuju_shipei_gongshi_pizhu.docx"
    idv = make_id("420111", 1952, 1960)
    nm = make_name(3)
    NODE[name] = {"id": idv, "name": nm}
    label(name, "block", ["id_card", "hidden_content"], [idv],
          "npm docx 残疾人辅助器具适配公示: clean body (masked names, counts); a Word comment (审核意见) names an applicant with her full ID")


def w21():
    name = "w21_yidi_jiuyi_beian.html"
    raws = []
    rows = []
    for i in range(6):
        idv = make_id(R.choice(["420111", "420103", "420105"]), 1940, 1985)
        raws.append(idv)
        rows.append([i + 1, mask_name(make_name()), idv, R.choice(["长期异地居住", "异地安置退休", "转诊转院"]),
                     R.choice(["海南省三亚市", "广东省深圳市", "北京市"]), "2024-06-0" + str(R.randint(1, 9))])
    body = f"""<p>以下参保人员已办理跨省异地就医直接结算备案，备案有效期内可在就医地联网定点医疗机构直接结算。现将5月备案情况公布如下：</p>
{html_table(["序号","姓名","医保卡号","备案类型","就医地","备案日期"], rows)}
<p>咨询电话：12393</p>"""
    wtext(name, cms_page("2024年5月跨省异地就医备案人员公告", "武汉市医疗保障局", body, col="公示公告"))
    label(name, "block", ["id_card"], raws,
          "CMS HTML 异地就医备案: names masked, but the 医保卡号 column holds the insured persons' ID numbers (as 医保卡号 commonly are). AMBIGUOUS label word (医保卡号, not 身份证); the values carry valid check digits")


def w22():
    name = "w22_fensan_gongyang_gbk.csv"
    raws = []
    lines = ["蔡甸区2024年第二季度分散供养特困人员基本生活费发放表", "单位：元",
             "序号,乡镇（街道）,姓名,身份证号,基本生活费,照料护理费,合计"]
    for i in range(7):
        idv = make_id("420114", 1932, 1958)
        raws.append(idv)
        a, b = 3240, R.choice([540, 1080, 2160])
        lines.append(f"{i+1},{R.choice(['侏儒山街','索河街','玉贤街','消泗乡'])},{make_name()},{idv},{a},{b},{a+b}")
        tot = locals().get("tot", [0, 0]); tot = [tot[0] + a, tot[1] + b]
    lines.append(f"合计,,,,{tot[0]},{tot[1]},{tot[0]+tot[1]}")
    wtext(name, "\r\n".join(lines) + "\r\n", "gb18030")
    label(name, "block", ["id_card"], raws,
          "GB18030 CSV 分散供养特困人员生活费发放表: title and 单位：元 lines above the header; full IDs in 身份证号")


def w23():
    name = "w23_linshi_jiuzhu_jueding.txt"
    mob = make_mobile()
    fw = "＋８６ " + "".join(chr(ord(c) + 0xFEE0) for c in mob[:3]) + " " + \
         "".join(chr(ord(c) + 0xFEE0) for c in mob[3:7]) + " " + "".join(chr(ord(c) + 0xFEE0) for c in mob[7:])
    txt = f"""临时救助审批决定书
（江民救决〔2024〕第0217号）

申请人：赵某某，女，住江岸区后湖街道某社区。
联系电话：{fw}

    申请人于2024年5月8日以家庭成员突发重大疾病、生活陷入困境为由申请临时救助。经街道审核、入户调查，申请人家庭符合急难型临时救助条件，决定给予临时救助金6000元，于2024年5月20日前发放至申请人社会保障卡。
    如不服本决定，可在收到本决定书之日起60日内向江岸区人民政府申请行政复议，或在6个月内向人民法院提起行政诉讼。

江岸区民政局
2024年5月14日
"""
    wtext(name, txt)
    label(name, "review", ["mobile_phone"], [mob],
          "UTF-8 text 临时救助审批决定书: name masked; the applicant's mobile written full-width with ＋８６ and spaces after 联系电话")


def w24():
    import openpyxl
    name = "w24_zizhu_huizong_yincang_mingxi.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["2024年春季学期学前教育幼儿资助汇总表"])
    ws.append(["幼儿园", "资助人数", "资助标准（元/生·学期）", "资助金额（元）"])
    for k, n in [("洪山区第一幼儿园", 12), ("南湖幼儿园", 8), ("卓刀泉幼儿园", 5)]:
        ws.append([k, n, 500, n * 500])
    ws.append(["合计", 25, None, 12500])
    hs = wb.create_sheet("明细")
    hs.append(["幼儿园", "幼儿姓名", "身份证号", "监护人"])
    raws = []
    for i in range(6):
        idv = make_id("420111", 2018, 2021)
        raws.append(idv)
        hs.append([R.choice(["洪山区第一幼儿园", "南湖幼儿园"]), make_name(), idv, make_name()])
    hs.sheet_state = "hidden"
    wb.save(os.path.join(OUT, name))
    label(name, "block", ["id_card", "hidden_content"], raws,
          "openpyxl 学前资助汇总: visible sheet is counts and amounts only; hidden sheet 明细 lists children's full IDs")


def w25():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    name = "w25_shengyuandi_daikuan_queren.pdf"
    idv = make_id("421181", 2005, 2006)
    card = make_card("621700")
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4)
    c.setFont("STSong-Light", 16)
    c.drawCentredString(297, 790, "生源地信用助学贷款受理确认书")
    c.setFont("STSong-Light", 11)
    lines = ["麻城市学生资助管理中心：",
             f"    借款学生王子涵，身份证号{idv}，2024年被武汉理工大学录取，",
             "申请生源地信用助学贷款8000元，共同借款人为其父王建军。经审核，材料齐全，予以受理。",
             f"    贷款发放及还款账户：国家开发银行助学贷款专用账户，银行卡号 {card}。",
             "    请借款学生于2024年9月30日前登录国家开发银行学生在线服务系统完成回执码录入。",
             "    咨询电话：0713-2912345"]
    y = 750
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 22
    c.drawRightString(530, y - 20, "麻城市学生资助管理中心　2024年8月16日")
    c.save()
    label(name, "block", ["id_card", "bank_card"], [idv, card],
          "ReportLab PDF (STSong-Light CID, canvas lines) 助学贷款受理确认书: student's ID after 身份证号 and a 62… card after 银行卡号 in prose")


def w26():
    name = "w26_jiuye_butie_gongshi_zhushi.html"
    rows = []
    for i in range(5):
        idv = make_id("420111", 1970, 1990)
        rows.append([i + 1, mask_name(make_name()), mask_id(idv), R.choice(["社保补贴", "岗位补贴"]), R.choice([2850, 3600, 4200])])
    hidden_id = make_id("420111", 1965, 1966)
    hn = make_name(3)
    body = f"""<p>根据《武汉市就业补助资金管理办法》，现将2024年第一季度就业困难人员社会保险补贴拟发放人员公示如下：</p>
<!-- 编辑备注：原表第5行{hn}身份证号{hidden_id}与社保系统不一致，核对后再发布 -->
{html_table(["序号","姓名","身份证号","补贴类型","补贴金额（元）"], rows)}
<p>公示期：7天。监督电话：027-87302011。</p>"""
    wtext(name, cms_page("洪山区2024年第一季度就业困难人员社保补贴公示", "武汉市洪山区人力资源和社会保障局", body))
    label(name, "block", ["id_card", "hidden_content"], [hidden_id],
          "CMS HTML 社保补贴公示: visible table masked (names and IDs 6+8*+4); an HTML comment (editor's note) holds a full ID")


def w27():
    name = "w27_sangzang_buzhu_hebing.xlsx"
    people = []
    raws = []
    for i in range(4):
        idv = make_id("420104", 1930, 1950)
        raws.append(idv)
        people.append({"name": make_name(), "id": idv, "heirs": [make_name() for _ in range(R.randint(1, 2))],
                       "amt": R.choice([9300, 11200, 12800])})
    NODE[name] = {"people": people}
    label(name, "block", ["id_card"], raws,
          "exceljs 城乡居民养老保险丧葬补助金发放表: the deceased's 姓名 and 身份证号 in vertically merged cells spanning the rows of their heirs")


def w28():
    name = "w28_zhuxiao_canjirenzheng_gonggao.pdf"
    d = new_doc("残联")
    doc_title(d, "关于注销部分残疾人证的公告")
    raws = []
    paras = []
    for i, (cat, lv) in enumerate([(4, 3), (1, 2), (6, 1)]):
        idv = make_id("420111", 1938, 1960, want_x=(i == 0) or None)
        raws.append(idv)
        paras.append(f"{i+1}. {make_name()}，残疾人证号{idv}{cat}{lv}，注销原因：{R.choice(['持证人死亡','户籍迁出','证件有效期满未换领'])}。")
    d.add_paragraph("根据《中华人民共和国残疾人证管理办法》第十四条，经核实，以下残疾人证予以注销，相关待遇自注销之月起停止发放：")
    for p in paras:
        d.add_paragraph(p)
    d.add_paragraph("特此公告。")
    d.add_paragraph("洪山区残疾人联合会　2024年6月18日")
    src = os.path.join(TMP, "w28.docx")
    d.save(src)
    soffice(src, "pdf", name)
    label(name, "block", ["id_card"], raws,
          "AMBIGUOUS: LibreOffice PDF 注销残疾人证公告; in prose, 残疾人证号 = the 18-digit ID + 2 digits (20 characters, the first one with X inside). Docs silent on an ID inside a 20-character number; a careful reviewer blocks")


def w29():
    name = "w29_shebaoka_daiqu_dengji.docx"
    rows = []
    raws = []
    for i in range(5):
        idv = make_id(R.choice(["420102", "420103"]), 1940, 1955)
        mob = make_mobile()
        raws += [idv, mob]
        rows.append([str(i + 1), make_name(), idv, make_name(), mob, "2024-05-" + str(R.randint(10, 28))])
    NODE[name] = {"rows": rows}
    label(name, "block", ["id_card", "mobile_phone"], raws,
          "npm docx 社保卡代领登记表 published as an attachment: 持卡人 社会保障号码 (= ID) and 代领人手机 columns")


def w30():
    name = "w30_youfu_duixiang_mingce_1998.txt"
    raws = []
    lines = []
    for i in range(4):
        yy, mm, dd = R.randint(25, 40), R.randint(1, 12), R.randint(1, 28)
        v = make_legacy15("420111", yy, mm, dd, R.randint(100, 999))
        raws.append(v)
        lines.append(f"{i+1}. 姓名：{make_name()}　优抚类别：{R.choice(['在乡复员军人','带病回乡退伍军人','烈士遗属'])}　身份证号：{v}")
    txt = """洪山区民政局
优抚对象名册（1998年纸质档案数字化整理稿）

说明：本名册为1998年建档时登记信息，身份证号为当时使用的15位号码，现予以数字化归档并在政府信息公开平台公布优抚对象抚恤补助标准调整情况。

""" + "\n".join(lines) + """

抚恤补助标准自2024年8月1日起按新标准执行。
"""
    wtext(name, txt)
    label(name, "block", ["id_card"], raws,
          "UTF-8 text 优抚对象名册: 15-digit legacy IDs (region + yymmdd + seq) after 身份证号：")


def w31():
    name = "w31_ruyuan_jianhuren_lianxi.xlsx"
    rows = []
    raws = []
    for i in range(8):
        mob = make_mobile()
        raws.append(mob)
        rows.append([i + 1, mask_name(make_name()), R.choice(["小一班", "小二班", "小三班"]), make_name(), int(mob),
                     "sci" if i % 3 == 0 else "plain"])
    NODE[name] = {"rows": rows}
    label(name, "review", ["mobile_phone"], raws,
          "SheetJS XLSX 幼儿园新生入园名单: children masked, guardians' names and mobiles under 监护人联系电话 stored as numbers; every third one with the format 0.00E+00 (shows 1.39E+10)")


def w32():
    import openpyxl
    name = "w32_gaoling_butie_yincanghang.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "发放表"
    ws.append(["硚口区2024年6月百岁老人长寿补贴发放表"])
    ws.append(["序号", "姓名", "身份证号", "年龄", "补贴金额（元）"])
    raws = []
    for i in range(5):
        idv = make_id("420104", 1918, 1924)
        ws.append([i + 1, mask_name(make_name()), mask_id(idv), 2024 - int(idv[6:10]), 1000])
    hid = make_id("420104", 1921, 1923)
    raws.append(hid)
    ws.append([6, make_name(3), hid, 2024 - int(hid[6:10]), 1000])
    ws.row_dimensions[ws.max_row].hidden = True
    ws.append(["合计", None, None, None, 6000])
    wb.save(os.path.join(OUT, name))
    label(name, "block", ["id_card", "hidden_content"], raws,
          "openpyxl 百岁老人补贴发放表: visible rows masked; one hidden row (row 8) holds an unmasked name and full ID")


def w33():
    name = "w33_weisheng_luyong_gongshi_xiuding.docx"
    mob = make_mobile()
    NODE[name] = {"mobile": mob}
    label(name, "review", ["mobile_phone", "hidden_content"], [mob],
          "npm docx 卫生事业单位拟录用人员公示: a tracked deletion removed the candidate's mobile from the body (still in the file)")


# ------------------------------------------------------------- files expected to pass
def w34():
    name = "w34_yishi_zhiye_zhuce_xinxi.txt"
    rows = ["姓名\t性别\t执业类别\t执业范围\t医师执业证书编码\t执业地点"]
    codes = ["110420111000123", "110101850312123", "210420100034567", "141420111002345", "310420106000078",
             "120420104007812"]
    for c in codes:
        rows.append(f"{make_name()}\t{R.choice(['男','女'])}\t{R.choice(['临床','中医','口腔'])}\t"
                    f"{R.choice(['内科专业','外科专业','儿科专业','中医专业','口腔专业'])}\t{c}\t"
                    f"{R.choice(['武汉市第三医院','洪山区中医医院','关山街社区卫生服务中心'])}")
    txt = """武汉市洪山区卫生健康局
2024年第3批医师执业注册信息公告

根据《中华人民共和国医师法》和《医师执业注册管理办法》，下列人员已在我局完成医师执业注册，现将注册信息公告如下，社会各界可通过国家卫生健康委医生执业注册信息查询系统核验。

""" + "\n".join(rows) + """

监督电话：027-87312020　卫生健康热线：12320

武汉市洪山区卫生健康局
2024年7月2日
"""
    wtext(name, txt)
    label(name, "pass", [], [],
          "UTF-8 text with a tab-separated table: 15-digit 医师执业证书编码 under their heading; one (110101850312123) has a real region and a valid yymmdd, a legacy-ID lookalike that docs say counts only next to 身份证; 12320 hotline; doctors' names are published by design")


def w35():
    name = "w35_hushi_zhiye_zhuce_gonggao.html"
    rows = []
    for i in range(7):
        uscc = make_uscc("12", "420111")
        rows.append([i + 1, make_name(), f"20244201{R.randint(1000,9999)}", R.choice(["首次注册", "延续注册", "变更注册"]),
                     R.choice(["武汉市第九医院", "洪山区妇幼保健院", "湖北省中西医结合医院"]),
                     f"{uscc[8:17]}{R.choice(['420111','420106'])}17A{R.randint(1000,9999)}"])
    body = f"""<p>根据《护士执业注册管理办法》，现将2024年6月护士执业注册办理结果公告如下：</p>
{html_table(["序号","姓名","护士执业证书编号","注册类型","执业机构","医疗机构登记号"], rows)}
<p>护士执业注册信息可登录国家护士执业注册联网管理系统查询。咨询电话：027-87312021。</p>"""
    wtext(name, cms_page("2024年6月护士执业注册办理结果公告", "武汉市洪山区卫生健康局", body))
    label(name, "pass", [], [],
          "CMS HTML 护士执业注册公告: 12-digit 护士执业证书编号, 医疗机构登记号 (22 characters), nurses' names (published by design), landline; CMS 栏目 comment")


def w36():
    name = "w36_shequ_weisheng_zhaopin_tijian.csv"
    lines = ["2024年洪山区公开招聘社区卫生服务中心工作人员进入体检人员名单",
             "序号,准考证号,姓名,性别,报考岗位,笔试成绩,面试成绩,综合成绩"]
    for i in range(10):
        w, m = round(R.uniform(60, 85), 1), round(R.uniform(70, 90), 2)
        lines.append(f"{i+1},{'1324010' + str(R.randint(3000, 3999))},{make_name()},{R.choice(['男','女'])},"
                     f"{R.choice(['临床医师','护士','公卫医师'])},{w},{m},{round(w*0.5+m*0.5,2)}")
    lines.append("注：体检时间、地点另行通知。")
    wtext(name, "\n".join(lines) + "\n")
    label(name, "pass", [], [],
          "CSV 体检名单: a column of 11-digit 准考证号 beginning 132 (mobile-like: 132 is a mobile 号段) under their heading, all the same length; README says a roster's number in its column is not a mobile; title names no phone")


def w37():
    import openpyxl
    name = "w37_benke_luqu_mingdan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "录取名单"
    ws.append(["江汉大学2024年本科批次（湖北）录取名单"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "考生号", "姓名", "录取专业", "录取通知书编号", "科类"])
    for i in range(12):
        ksh = int(f"2442010{R.randint(1000000,9999999)}")
        ws.append([i + 1, ksh, make_name(), R.choice(["临床医学", "护理学", "教育学", "社会工作"]),
                   f"JHU2024{i+1:05d}", R.choice(["物理类", "历史类"])])
        ws.cell(ws.max_row, 2).number_format = "0"
    ws.column_dimensions["B"].width = 18
    ws.append(["招生咨询电话：027-84226000"])
    wb.save(os.path.join(OUT, name))
    label(name, "pass", [], [],
          "openpyxl 录取名单: 14-digit 考生号 stored as NUMBERS (format 0), 录取通知书编号 text, students' names; landline")


def w38():
    name = "w38_guojia_jiangxuejin_huojiang.docx"
    d = new_doc("学生工作处")
    doc_title(d, "2023—2024学年国家奖学金获奖学生名单公示")
    d.add_paragraph("经学生申请、学院评审、学校评审委员会审定，以下同学拟获2023—2024学年国家奖学金（每生8000元），现予公示。")
    rows = []
    for i in range(6):
        idv = make_id(R.choice(["420111", "420106", "421002"]), 2002, 2004)
        rows.append([str(i + 1), R.choice(["医学部", "教育学院", "法学院"]), make_name(), f"2021{R.randint(100000,999999)}",
                     "G" + mask_id(idv), R.choice(["3.92", "3.88", "3.95"])])
    doc_table(d, ["序号", "学院", "姓名", "学号", "学籍号", "学分绩点"], rows)
    d.add_paragraph("公示期：2024年9月23日至9月27日。如有异议请向学生工作处反映，电话027-84226110，邮箱xsc@jhun.edu.cn。")
    d.save(os.path.join(OUT, name))
    label(name, "pass", ["email"], [],
          "python-docx 国家奖学金公示: 10-digit 学号, 学籍号 masked as G+6+8*+4, names, a university mailbox (email is info)")


def w39():
    name = "w39_yiliao_jigou_jiaoyan_jieguo.html"
    rows = []
    for nm in ["武汉洪山康宁医院", "武汉市洪山区关山口腔门诊部", "武汉仁爱中医诊所", "洪山区珞南街社区卫生服务中心", "武汉佳禾护理院"]:
        uscc = make_uscc("52" if "医院" in nm or "护理院" in nm else "12", "420111")
        reg = f"{uscc[8:17]}{'420111'}17{R.choice(['A','D','E'])}{R.randint(1000,9999)}"
        rows.append([nm, uscc, reg, R.choice(["内科;外科;医学检验科", "口腔科", "中医科", "预防保健科;全科医疗科"]), "合格"])
    body = f"""<p>根据《医疗机构管理条例》及其实施细则，我局组织开展了2024年度医疗机构校验工作，现将校验结果公告如下：</p>
{html_table(["机构名称","统一社会信用代码","医疗机构登记号","诊疗科目","校验结果"], rows)}
<p>联系电话：027-87312023</p>"""
    wtext(name, cms_page("2024年度医疗机构校验结果公告", "武汉市洪山区卫生健康局", body))
    label(name, "pass", [], [],
          "CMS HTML 医疗机构校验公告: valid 统一社会信用代码 (GB 32100 check), 医疗机构登记号 built from the org code + region + 17 + letter + 4 digits, landline")


def w40():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("UMing", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    name = "w40_yaopin_jicai_zhongxuan.pdf"
    data = [["药品通用名", "规格", "批准文号", "中选企业", "医保药品代码", "中选价（元）"]]
    drugs = [("阿托伐他汀钙片", "20mg*28片", "国药准字H20051408", "XC10AAA067A001010100483", "6.72"),
             ("苯磺酸氨氯地平片", "5mg*28片", "国药准字H20003716", "XC08CAA040A001010100115", "3.18"),
             ("二甲双胍缓释片", "0.5g*30片", "国药准字H20043522", "XA10BAA172A012010101445", "4.50"),
             ("连花清瘟胶囊", "0.35g*24粒", "国药准字Z20040063", "ZA01AAL0166010104002", "14.80"),
             ("头孢克肟分散片", "0.1g*6片", "国药准字H20093216", "XJ01DDC084A004010103254", "7.26")]
    for a, b, c, code, p in drugs:
        data.append([a, b, c, R.choice(["湖北某制药有限公司", "华中某药业股份有限公司"]), code, p])
    st = ParagraphStyle("b", fontName="UMing", fontSize=11, leading=18)
    h = ParagraphStyle("h", fontName="UMing", fontSize=16, leading=24, alignment=1)
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4)
    t = Table(data, colWidths=[80, 62, 100, 110, 120, 50])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "UMing", 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([Paragraph("湖北省第五批药品集中带量采购中选结果（部分）", h), Spacer(1, 8),
               Paragraph("中选结果自2024年9月1日起执行，医疗机构应优先使用中选药品。全省约定采购量共计1,284,560,000片（粒），预计节约医保基金13,512,344,300元。咨询电话：027-87112368。", st),
               Spacer(1, 6), t])
    label(name, "pass", [], [],
          "ReportLab PDF (UMing TTF) 集采中选结果: 国药准字 H/Z numbers, 医保药品代码 (letters + digits), prices, and an 11-digit amount 13,512,344,300元 written with separators")


def w41():
    name = "w41_weijian_bumen_yusuan.xlsx"
    rows = [["2100401", "疾病预防控制机构", "42000024R000000012301", 15712348100, 9820045300, 5892302800],
            ["2100402", "卫生监督机构", "42000024R000000012302", 486320000, 402110000, 84210000],
            ["2100408", "基本公共卫生服务", "42000024T000000045617", 13812391100, 0, 13812391100],
            ["2101101", "行政单位医疗", "42000024R000000012388", 91034500, 91034500, 0],
            ["2080505", "机关事业单位基本养老保险缴费支出", "42000024R000000012390", 210448700, 210448700, 0]]
    NODE[name] = {"rows": rows}
    label(name, "pass", [], [],
          "exceljs 部门预算支出表 under 单位：元: 7-digit 功能分类科目编码, 21-character 预算项目编码, three amount columns stored as numbers, some 11 digits beginning 157/138 (mobile-like amounts; README: one of three figures in a row under a table's unit, no phone or person column)")


def w42():
    name = "w42_dibao_gongshi_tuomin_gbk.txt"
    rows = []
    for i in range(8):
        idv = make_id(REG["jiangan"], 1945, 1990)
        m = mask_id(idv) if i % 2 == 0 else mask_id_4(idv)
        rows.append(f"{i+1}\t{mask_name(make_name())}\t{R.choice(['后湖街','塔子湖街','谌家矶街'])}\t{m}\t{R.randint(1,4)}\t{R.choice([780,1560,2340])}")
    txt = """江岸区2024年6月城市最低生活保障对象动态管理公示（脱敏）

序号\t姓名\t街道\t身份证号\t保障人口\t保障金（元/月）
""" + "\n".join(rows) + """

说明：根据个人信息保护要求，公示对象姓名、身份证号已作脱敏处理。监督电话：027-82801234，12345。
"""
    wtext(name, txt, "gb18030")
    label(name, "pass", [], [],
          "GB18030 text 低保公示 (脱敏): masked names (张*华) and masked IDs in both forms 6+8*+4 and 4+10*+4; amounts; landline and 12345")


def w43():
    name = "w43_weijian_bianmin_fuwu.html"
    body = """<h3>便民服务电话</h3>
<ul>
<li>卫生健康服务热线：12320</li>
<li>政务服务便民热线：12345</li>
<li>医保服务热线：12393</li>
<li>急救电话：120</li>
<li>区卫生健康局办公室：027-87312000（工作日 8:30-12:00，14:00-17:30）</li>
<li>医疗纠纷人民调解委员会：027-87312099</li>
</ul>
<h3>信件投递</h3>
<p>投诉举报信箱：hswjj@hongshan.gov.cn；邮寄地址：武汉市洪山区珞狮路449号，邮编430070。</p>
<p>网上预约挂号请通过“健康武汉”微信公众号或拨打114。</p>"""
    wtext(name, cms_page("便民服务", "武汉市洪山区卫生健康局", body, col="办事服务"))
    label(name, "pass", ["email"], [],
          "CMS HTML 便民服务: hotlines 12320/12345/12393/120/114, landlines, postcode, an agency mailbox (email is info)")


def w44():
    name = "w44_yimiao_jiezhong_menzhen.pdf"
    rows = []
    for nm, addr, tel in [("西湖区北山街道社区卫生服务中心", "保俶路120号", "0571-87996012"),
                          ("西湖区西溪街道社区卫生服务中心", "文二路198号", "0571-88861231"),
                          ("西湖区翠苑街道社区卫生服务中心", "文三西路35号", "0571-88927754"),
                          ("西湖区转塘街道社区卫生服务中心", "转塘街道美院南街6号", "0571-87095501")]:
        rows.append([nm, addr, "周一至周五 8:00-11:30，13:30-16:30", tel])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:14px;margin:30px}} h1{{text-align:center;font-size:20px}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #555;padding:5px}}
</style></head><body>
<h1>西湖区儿童预防接种门诊一览表（2024年版）</h1>
<p>儿童出生后1个月内，家长须携带《出生医学证明》和户口簿到居住地接种门诊建立预防接种证。免疫规划疫苗免费接种。</p>
{html_table(["接种门诊","地址","门诊时间","咨询电话"], rows, attrs="")}
<p>如有疑问请拨打卫生健康热线12320或政务服务热线12345。</p>
<p style="text-align:right">杭州市西湖区卫生健康局　2024年3月1日</p>
</body></html>"""
    chromium_pdf(page, name)
    label(name, "pass", [], [],
          "Chromium PDF 预防接种门诊一览表: addresses, clinic hours, 0571 landlines, 12320 and 12345")


def w45():
    name = "w45_yibao_jiesuan_yuedu_huizong.csv"
    lines = ["武汉市第三医院2024年3月医保基金结算明细（抽样）", "结算流水号,病案号,科室,结算日期,医疗总费用（元）,统筹基金支付（元）"]
    for i in range(8):
        ser = make_luhn_serial("6240", 19) if i % 2 == 0 else make_nonluhn("6240", 19)
        lines.append(f"{ser},00{R.randint(10000000,99999999)},{R.choice(['心内科','骨科','呼吸科','肿瘤科'])},"
                     f"2024-03-{R.randint(10,28)},{R.randint(5000,60000)}.{R.randint(10,99)},{R.randint(2000,40000)}.00")
    lines.append("说明：本表不含参保人个人信息。")
    wtext(name, "\n".join(lines) + "\n")
    label(name, "pass", [], [],
          "CSV 医保结算明细: 19-digit 结算流水号 beginning 62 (half Luhn-valid by construction) in a column so headed, rows name no person, title names no card; 10-digit 病案号 with leading zeros; amounts. Docs: a serial column whose heading names no card is not a card")


def w46():
    name = "w46_zhongzhi_mianxue_zizhu_tuomin.docx"
    trs = []
    for i in range(6):
        idv = make_id("420111", 2006, 2008)
        card = make_card("621700")
        trs.append(f"<tr><td>{i+1}</td><td>{mask_name(make_name())}</td><td>{mask_id_4(idv) if i%2 else mask_id(idv)}</td>"
                   f"<td>{R.choice(['护理','幼儿保育','药剂'])}</td><td>{mask_card(card)}</td><td>1000</td></tr>")
    page = f"""<html><head><meta charset="utf-8"></head><body>
<p align="center"><b>武汉市卫生学校2024年秋季学期中职国家助学金受助学生名单（脱敏公示）</b></p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>序号</th><th>姓名</th><th>身份证号</th><th>专业</th><th>银行卡号</th><th>金额（元）</th></tr>
{''.join(trs)}
</table>
<p>以上信息已按要求脱敏。咨询电话：027-85678012。</p></body></html>"""
    src = os.path.join(TMP, "w46.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    soffice(src, "docx:MS Word 2007 XML", name, infilter="HTML (StarWriter)")
    label(name, "pass", [], [],
          "LibreOffice DOCX (from HTML) 中职助学金名单 脱敏: masked names, IDs (6+8*+4 and 4+10*+4) and bank cards (6217 **** **** 1234)")


def w47():
    name = "w47_canji_butie_tuomin.xlsx"
    rows = []
    for i in range(8):
        idv = make_id("420107", 1950, 2010)
        shm = idv[:6] + "*" * 10 + idv[-2:] + str(R.randint(1, 7)) + str(R.randint(1, 4))
        rows.append([i + 1, mask_name(make_name()), shm, R.choice(["一级", "二级", "三级"]), 90, R.choice([0, 90, 180])])
    NODE[name] = {"rows": rows}
    label(name, "pass", [], [],
          "SheetJS XLSX 残疾人两项补贴 (脱敏): masked names and 残疾人证号 masked 6+10*+4 (20 characters); amounts as numbers")


def w48():
    name = "w48_shebao_tongji_gongbao.pdf"
    d = new_doc("规划财务科")
    doc_title(d, "2023年度洪山区人力资源和社会保障事业发展统计公报")
    for p in ["一、就业。全年城镇新增就业48,326人，城镇失业人员再就业12,054人，就业困难人员实现就业3,217人。年末城镇登记失业率为2.6%。",
              "二、社会保险。年末全区基本养老保险参保人数1,235,468人，其中城镇职工基本养老保险参保人数986,112人，城乡居民基本养老保险参保人数249,356人。全年基本养老保险基金收入13,812,391,100元，基金支出12,006,452,300元。",
              "三、社会保障卡。年末全区持卡人数1,732,115人，第三代社保卡累计发放286,430张。",
              "四、劳动关系。全年受理劳动人事争议案件2,184件，结案率98.6%。"]:
        d.add_paragraph(p)
    doc_table(d, ["指标", "2023年", "2022年", "增长（%）"],
              [["基本养老保险参保人数（人）", "1235468", "1198210", "3.1"],
               ["失业保险参保人数（人）", "512336", "498102", "2.9"],
               ["工伤保险参保人数（人）", "546870", "530118", "3.2"]])
    d.add_paragraph("注：本公报数据为初步统计数。咨询电话：12333。")
    src = os.path.join(TMP, "w48.docx")
    d.save(src)
    soffice(src, "pdf", name)
    label(name, "pass", [], [],
          "LibreOffice PDF 人社统计公报: counts and 11-digit amounts in 元 (with separators), percentages, 12333")


def w49():
    name = "w49_shebaoka_shenling_banshi_zhinan.txt"
    txt = """社会保障卡申领办事指南

一、事项名称：社会保障卡申领（含第三代社保卡）
二、办理对象：在本市参加社会保险的人员
三、申请材料：
  1. 本人有效居民身份证原件；
  2. 16周岁以下未成年人由监护人代办，提供户口簿及监护人身份证；
  3. 近期免冠彩色证件照（可现场采集）。
四、填表说明：
  《社会保障卡申领登记表》中“社会保障号码”一栏填写本人公民身份号码，例如：420111********1234（示例，已脱敏）。
  银行卡号一栏由银行网点填写，申请人无需填写。
  联系电话：______________（请填写本人手机号码）
五、办理时限：即时制卡，立等可取；批量制卡15个工作日。
六、收费标准：首次申领免费；补换卡按有关规定收取工本费。
七、咨询电话：12333；办理地点：各区政务服务中心人社窗口、合作银行网点。
"""
    wtext(name, txt)
    label(name, "pass", [], [],
          "UTF-8 text 社保卡办事指南: 身份证 named as a material, a masked example 社会保障号码, blank phone field, 12333")


def w50():
    name = "w50_jiaoshi_ni_pinyong_gongshi.html"
    rows = []
    for i in range(8):
        rows.append([i + 1, make_name(), R.choice(["男", "女"]), f"2024{R.randint(100000,999999)}",
                     R.choice(["华中师范大学", "湖北大学", "江汉大学"]), R.choice(["本科", "硕士研究生"]),
                     R.choice(["洪山区第二小学", "卓刀泉中学", "南湖第一小学"])])
    body = f"""<p>根据《洪山区2024年公开招聘中小学教师公告》，经笔试、面试、体检和考察，拟聘用以下人员，现予公示：</p>
{html_table(["序号","姓名","性别","准考证号","毕业院校","学历","拟聘学校"], rows)}
<p>公示期：2024年7月22日至7月26日（5个工作日）。如有异议请向区教育局人事科反映。监督电话：027-87312201，12345。</p>"""
    wtext(name, cms_page("洪山区2024年公开招聘中小学教师拟聘用人员公示", "武汉市洪山区教育局", body, date="2024-07-22"))
    label(name, "pass", [], [],
          "CMS HTML 教师拟聘用公示: names, 10-digit 准考证号, schools, landline and 12345")


def w51():
    name = "w51_gaozhi_zhaosheng_jihua_gbk.csv"
    lines = ["湖北职业技术学院2024年分专业招生计划（湖北省）", "院校代码,专业代码,专业名称,科类,计划数,学制,学费（元/年）"]
    for code, nm in [("520201", "护理"), ("520301", "药学"), ("520410", "中医康复技术"), ("520802", "老年保健与管理"),
                     ("590302", "智慧健康养老服务与管理"), ("570102K", "学前教育")]:
        lines.append(f"13037,{code},{nm},{R.choice(['物理类','历史类'])},{R.randint(40,260)},3,{R.choice([5200,6000,6200])}")
    lines.append("招生咨询电话：0712-2860110")
    wtext(name, "\r\n".join(lines) + "\r\n", "gb18030")
    label(name, "pass", [], [],
          "GB18030 CSV 招生计划: 院校代码, 专业代码, counts and 学费 amounts; a landline")


def w52():
    name = "w52_yishi_zigezhengshu_zuofei.txt"
    txt = """关于作废部分《医师资格证书》《医师执业证书》的公告

因原湖北省某医学考试考点印制的空白证书批次有误，现将下列证书编号段内的空白证书予以作废：
  一、《医师资格证书》证书编号 13242011100001 至 13242011100250（共250本）；
  二、《医师执业证书》证书编码 110420111000001 至 110420111000120（共120本）；
  三、《护士执业证书》证书编号 13201050001 至 13201050080（共80本）。
上述编号段内证书如出现在流通中，均属无效证书。已核发的证书不受影响，持证人可通过国家卫生健康委医师/护士执业注册信息查询系统核验。
咨询电话：027-87312020。

武汉市洪山区卫生健康局
2024年5月30日
"""
    wtext(name, txt)
    label(name, "pass", [], [],
          "UTF-8 text 证书作废公告: ranges of certificate numbers 'A 至 B' (14, 15 and 11 digits; the 11-digit one begins 132, a mobile 号段) with B as long as A and beginning as A does; docs say these are serial numbers")


def w53():
    import openpyxl
    name = "w53_yibao_dingdian_jigou_mingdan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "定点医疗机构"
    ws.append(["洪山区2024年新增医保定点医疗机构名单"])
    ws.append(["序号", "医保定点编码", "机构名称", "统一社会信用代码", "机构等级", "地址", "联系电话"])
    for i, nm in enumerate(["武汉洪山康宁医院", "武汉仁爱中医诊所", "洪山区狮子山街社区卫生服务站", "武汉博润口腔门诊部"]):
        ws.append([i + 1, f"H420111{R.randint(10000,99999)}", nm,
                   make_uscc(R.choice(["52", "91", "12"]), "420111"), R.choice(["一级", "未定级"]),
                   f"洪山区{R.choice(['珞喻路','雄楚大道','民族大道'])}{R.randint(1,999)}号",
                   f"027-8{R.randint(1000000,9999999)}"])
    ws.append(["医保服务热线：12393"])
    wb.save(os.path.join(OUT, name))
    label(name, "pass", [], [],
          "openpyxl 医保定点名单: 医保定点编码 H+11 digits, valid 统一社会信用代码 (52…, 91…MA…, 12…), landlines, 12393")


def w54():
    name = "w54_linshi_jiuzhu_tongji.docx"
    rows = []
    for st in ["珞南街道", "关山街道", "狮子山街道", "张家湾街道", "青菱街道", "和平街道", "洪山街道"]:
        n = R.randint(20, 140)
        rows.append([st, n, n * R.randint(1500, 3000), R.randint(5, n)])
    NODE[name] = {"rows": rows}
    label(name, "pass", [], [],
          "npm docx 临时救助分街道统计表: 人次, amounts in 元, 文号 in the title")


def w55():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    name = "w55_luqu_tongzhishu_youji_chaxun.pdf"
    data = [["考生号", "姓名", "录取院校", "录取通知书编号", "EMS邮件号"]]
    for i in range(10):
        data.append([f"2442011{R.randint(1000000,9999999)}", mask_name(make_name()),
                     R.choice(["武汉大学", "华中科技大学", "华中师范大学", "湖北中医药大学"]),
                     f"2024{R.randint(100000,999999)}", f"11{R.randint(10,99)}{R.randint(100000000,999999999)}"])
    st = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=18)
    h = ParagraphStyle("h", fontName="STSong-Light", fontSize=16, leading=24, alignment=1)
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4)
    t = Table(data, colWidths=[100, 60, 110, 100, 110])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([Paragraph("洪山区2024年普通高校录取通知书邮寄信息（第一批）", h), Spacer(1, 8),
               Paragraph("以下考生的录取通知书已由中国邮政EMS寄出，考生可凭邮件号在中国邮政官网查询投递进度。姓名已脱敏。招生考试咨询电话：027-87312288。", st),
               Spacer(1, 6), t])
    label(name, "pass", [], [],
          "ReportLab PDF (STSong-Light) 录取通知书邮寄信息: 14-digit 考生号, masked names, 10-digit 录取通知书编号, 13-digit EMS 邮件号")


def w56():
    name = "w56_yiliao_jigou_zhiye_dengji.pdf"
    rows = []
    for nm, rep in [("武汉洪山博爱门诊部", make_name()), ("武汉光谷同心中医诊所", make_name()),
                    ("武汉市洪山区青菱卫生院", make_name())]:
        uscc = make_uscc(R.choice(["52", "91", "12"]), "420111")
        rows.append([nm, rep, uscc, f"{uscc[8:17]}42011117{R.choice(['D','E','J'])}{R.randint(1000,9999)}",
                     R.choice(["内科；外科；中医科", "中医科；康复医学科", "全科医疗科；预防保健科"])])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{{font-family:"Noto Serif CJK SC",serif;font-size:14px;margin:30px}} h1{{text-align:center;font-size:20px}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #000;padding:4px}}
</style></head><body>
<h1>医疗机构执业登记公告（2024年第6期）</h1>
<p>根据《医疗机构管理条例》，下列医疗机构已完成执业登记，准予执业，现予公告：</p>
{html_table(["机构名称","法定代表人（主要负责人）","统一社会信用代码","医疗机构登记号","诊疗科目"], rows, attrs="")}
<p>武汉市洪山区卫生健康局　2024年6月25日</p>
</body></html>"""
    chromium_pdf(page, name)
    label(name, "pass", [], [],
          "Chromium PDF 医疗机构执业登记公告: valid 统一社会信用代码, 医疗机构登记号, legal representatives' names (public by law)")


def w57():
    name = "w57_dibao_biaozhun_tiaozheng.html"
    body = """<p style="text-align:center">洪民发〔2024〕12号</p>
<p>各街道办事处、区直有关单位：</p>
<p>经区人民政府同意，自2024年7月1日起，全区城乡最低生活保障标准由每人每月760元提高到每人每月800元；特困人员基本生活标准按照不低于低保标准1.3倍确定，由每人每月988元提高到每人每月1040元；孤儿基本生活费由每人每月1,880元提高到每人每月1,980元。</p>
<p>2024年全区预计发放低保金118,652,400元，较上年增长5.3%。所需资金由市、区两级财政按规定分担。</p>
<p>附件：<a href="/uploads/2024/06/dibao2024.pdf">洪山区2024年社会救助标准调整表.pdf</a></p>
<!-- 正文结束标记 -->
<!-- 所属栏目：社会救助 -->"""
    wtext(name, cms_page("关于提高2024年城乡最低生活保障等社会救助标准的通知", "武汉市洪山区民政局", body, date="2024-06-28"))
    label(name, "pass", [], [],
          "CMS HTML 低保标准调整通知: 文号, amounts with separators, a relative attachment link, platform comments (栏目 id record, 正文结束标记, 所属栏目：社会救助)")


def w58():
    name = "w58_shebao_jiaofei_jishu_tongzhi.txt"
    txt = """湖北省人力资源和社会保障厅 湖北省医疗保障局 国家税务总局湖北省税务局
关于公布2024年度社会保险缴费基数上下限的通知
鄂人社发〔2024〕18号

各市、州、直管市、神农架林区人力资源和社会保障局、医疗保障局，国家税务总局各市、州税务局：
    根据湖北省统计局公布的2023年全省全口径城镇单位就业人员平均工资86,532元（月平均7,211元），现将2024年度社会保险缴费基数上下限公布如下：
    一、职工基本养老保险、失业保险、工伤保险个人缴费基数下限为4,327元/月，上限为21,633元/月。
    二、职工基本医疗保险缴费基数上下限按各统筹地区规定执行。
    三、灵活就业人员可在缴费基数上下限之间自主选择缴费档次，缴费比例为20%。
    本通知自2024年7月1日起执行，执行期至2025年6月30日。
    咨询电话：12333（人社）、12393（医保）、12366（税务）。

2024年6月26日
"""
    wtext(name, txt)
    label(name, "pass", [], [],
          "UTF-8 text 缴费基数通知: 文号, amounts, dates, hotlines 12333/12393/12366")


def w59():
    name = "w59_jiaoyu_jingfei_zhixing.xlsx"
    rows = [["一般公共预算教育支出", 13512344300, 13198021600, "2.4%"],
            ["其中：学前教育", 1569202200, 1422013300, "10.4%"],
            ["义务教育", 7180221500, 7025336800, "2.2%"],
            ["普通高中教育", 1873045600, 1801190200, "4.0%"],
            ["职业教育", 1356812400, 1321445800, "2.7%"],
            ["学生资助", 1862333100, 1801122340, "3.4%"]]
    NODE[name] = {"rows": rows}
    label(name, "pass", [], [],
          "exceljs 教育经费执行情况: a column headed 金额（元） of numbers stored as numbers shown as 11-digit figures (13512344300, 13198021600, mobile-like); README: a figure in a column headed 元 is an amount")


def w60():
    name = "w60_hushi_zige_kaoshi_hege.docx"
    trs = []
    for i in range(8):
        trs.append(f"<tr><td>{i+1}</td><td>{make_name()}</td><td>{R.choice(['男','女'])}</td>"
                   f"<td>{'2442011' + str(R.randint(100000,999999))}</td><td>{R.choice(['武汉市第九医院','湖北省中医院','武汉大学中南医院'])}</td>"
                   f"<td>{'2024' + str(R.randint(42000000,42999999))}</td></tr>")
    page = f"""<html><head><meta charset="utf-8"></head><body>
<p align="center"><b>2024年护士执业资格考试合格及首次执业注册人员名单</b></p>
<p>以下人员已通过2024年护士执业资格考试并完成首次执业注册：</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>序号</th><th>姓名</th><th>性别</th><th>准考证号</th><th>执业机构</th><th>护士执业证书编号</th></tr>
{''.join(trs)}
</table>
<p>卫生健康热线：12320</p></body></html>"""
    src = os.path.join(TMP, "w60.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    soffice(src, "docx:MS Word 2007 XML", name, infilter="HTML (StarWriter)")
    label(name, "pass", [], [],
          "LibreOffice DOCX (from HTML) 护士资格考试合格名单: 13-digit 准考证号, 12-digit 护士执业证书编号, names; 12320")


ALL = [globals()[f"w{i:02d}"] for i in range(1, 61)]

if __name__ == "__main__":
    for fn in ALL:
        fn()
    with open(os.path.join(GEN, "node_data.json"), "w", encoding="utf-8") as f:
        json.dump(NODE, f, ensure_ascii=False, indent=1)
    run(["node", os.path.join(GEN, "make_node.js")], cwd=GEN)
    # sanity: every raw ID/card is valid
    for l in LABELS:
        for r in l["raw_values"]:
            if len(r) == 18:
                assert valid_id(r), r
            elif len(r) == 19:
                assert luhn_ok(r), r
        assert os.path.exists(os.path.join(OUT, l["file"])), l["file"]
    LABELS.sort(key=lambda l: l["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    n = len(LABELS)
    p = sum(1 for l in LABELS if l["expect_verdict"] == "pass")
    print(f"{n} files, {p} pass ({p/n:.0%})")
