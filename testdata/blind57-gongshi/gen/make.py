#!/usr/bin/python3
"""Generator of blind57-gongshi: public notices that legitimately carry numbers,
and the ones that leak.

    /usr/bin/python3 gen/make.py [OUTDIR]

OUTDIR defaults to the folder above gen/.  Needs python-docx, openpyxl and
reportlab (Debian: python3-docx python3-openpyxl python3-reportlab),
LibreOffice (soffice), Chromium, and exceljs from npm (looked for in
$EXCELJS_PREFIX, default /tmp/b57npm: `npm install --prefix /tmp/b57npm exceljs`).
All names and values are invented (see vals.py).
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vals as V  # noqa: E402
from vals import IDS, MOB, mask_id64, mask_id44, mask_id14, mask_card  # noqa: E402

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
TMP = tempfile.mkdtemp(prefix="b57gen-")
LABELS = []


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def path(name):
    return os.path.join(OUT, name)


def write_text(name, text, enc="utf-8"):
    with open(path(name), "wb") as f:
        f.write(text.encode(enc))


# ------------------------------------------------------------------ HTML frame
def cms_page(title, body, column="通知公告", pubdate="2025-04-18", source="武汉市江夏区人民政府", record=None):
    rec = f"<!-- 栏目：{column} id={record} -->\n" if record else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="武汉市江夏区人民政府门户网站">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{pubdate} 09:30">
<title>{title}_{column}_武汉市江夏区人民政府</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333;margin:0}}
.header{{background:#c8161d;color:#fff;padding:12px 40px;font-size:22px}}
.nav a{{margin-right:18px;color:#333;text-decoration:none}}
.main{{width:960px;margin:0 auto}}
.article h1{{text-align:center;font-size:22px;color:#222}}
.info{{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.list{{border-collapse:collapse;width:100%;margin:10px 0}}
table.list td,table.list th{{border:1px solid #999;padding:4px 6px;font-size:14px;text-align:center}}
.footer{{border-top:2px solid #c8161d;margin-top:30px;padding:12px;text-align:center;font-size:12px;color:#666}}
</style>
</head>
<body>
{rec}<div class="header">武汉市江夏区人民政府</div>
<div class="main">
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：{pubdate}　来源：{source}　浏览次数：<span id="hits">--</span></div>
<div class="content">
{body}
</div>
</div>
<div class="footer">主办：武汉市江夏区人民政府办公室　网站标识码：4201150001　鄂ICP备05003361号<br>
鄂公网安备 42011502000173号　联系电话：027-87950110　地址：武汉市江夏区文化大道99号　邮编：430200</div>
</div>
</body>
</html>
"""


def html_table(headers, rows, cls="list"):
    h = "".join(f"<th>{x}</th>" for x in headers)
    r = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}">\n<tr>{h}</tr>\n{r}\n</table>'


def paras(*ps):
    return "\n".join(f"<p>{p}</p>" for p in ps)


# ------------------------------------------------------------------ converters
def soffice(src, fmt, outname):
    prof = "file://" + os.path.join(TMP, "lo-profile")
    infilter = []
    if src.endswith(".html"):
        infilter = ["--infilter=HTML (StarWriter)"]
    conv = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export"}[fmt]
    od = os.path.join(TMP, "lo-out")
    os.makedirs(od, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", *infilter,
                    "--convert-to", conv, "--outdir", od, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    shutil.move(os.path.join(od, base), path(outname))


def chromium_pdf(html, outname):
    src = os.path.join(TMP, outname + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path(outname)}", "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def lo_from_html(html, outname, fmt):
    src = os.path.join(TMP, os.path.splitext(outname)[0] + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice(src, fmt, outname)


def plain_html(title, body):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"Noto Serif CJK SC",serif;font-size:15px;margin:40px}} h1{{text-align:center;font-size:22px}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #000;padding:4px;font-size:13px;text-align:center}}</style>
</head><body><h1>{title}</h1>
{body}
</body></html>"""


# ------------------------------------------------------------------ python-docx
def docx_doc(title, parts, outname, core_author="区政务公开办"):
    """parts: list of ("p", text) | ("table", headers, rows) | ("link", text, url, before)"""
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    for part in parts:
        if part[0] == "p":
            d.add_paragraph(part[1])
        elif part[0] == "table":
            headers, rows = part[1], part[2]
            t = d.add_table(rows=1 + len(rows), cols=len(headers))
            t.style = "Table Grid"
            for i, x in enumerate(headers):
                t.cell(0, i).text = x
            for ri, row in enumerate(rows):
                for ci, x in enumerate(row):
                    t.cell(ri + 1, ci).text = str(x)
        elif part[0] == "link":
            text, url, before = part[1], part[2], part[3]
            p = d.add_paragraph(before)
            rid = d.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                                   is_external=True)
            hl = OxmlElement("w:hyperlink")
            hl.set(qn("r:id"), rid)
            run = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            u = OxmlElement("w:u")
            u.set(qn("w:val"), "single")
            rpr.append(u)
            col = OxmlElement("w:color")
            col.set(qn("w:val"), "0563C1")
            rpr.append(col)
            run.append(rpr)
            t = OxmlElement("w:t")
            t.text = text
            run.append(t)
            hl.append(run)
            p._p.append(hl)
    d.core_properties.author = core_author
    d.core_properties.title = title
    d.save(path(outname))


# ------------------------------------------------------------------ openpyxl
def xlsx_openpyxl(outname, title, headers, rows, notes=(), hidden_cols=(), widths=None, unit=None,
                  number_cols=(), sheet="Sheet1"):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    n = len(headers)
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    r0 = 2
    if unit:
        ws.cell(2, n, unit)
        r0 = 3
    thin = Side(style="thin")
    for i, hname in enumerate(headers):
        c = ws.cell(r0, i + 1, hname)
        c.font = Font(bold=True)
        c.border = Border(thin, thin, thin, thin)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            c = ws.cell(r0 + 1 + ri, ci + 1, v)
            c.border = Border(thin, thin, thin, thin)
            if ci in number_cols and isinstance(v, (int, float)):
                c.number_format = number_cols[ci] if isinstance(number_cols, dict) else "0"
    rn = r0 + 2 + len(rows)
    for k, note in enumerate(notes):
        ws.cell(rn + k, 1, note)
    for i in range(n):
        ws.column_dimensions[get_column_letter(i + 1)].width = (widths[i] if widths else 16)
    for col in hidden_cols:
        ws.column_dimensions[col].hidden = True
    wb.properties.creator = "区民政局"
    wb.save(path(outname))


EXCELJS_SPECS = []


def xlsx_exceljs(outname, spec):
    spec = dict(spec)
    spec["out"] = path(outname)
    EXCELJS_SPECS.append(spec)


def run_exceljs():
    if not EXCELJS_SPECS:
        return
    prefix = os.environ.get("EXCELJS_PREFIX", "/tmp/b57npm")
    sp = os.path.join(TMP, "exceljs.json")
    with open(sp, "w", encoding="utf-8") as f:
        json.dump(EXCELJS_SPECS, f, ensure_ascii=False)
    env = dict(os.environ, NODE_PATH=os.path.join(prefix, "node_modules"))
    subprocess.run(["node", os.path.join(HERE, "exceljs_make.js"), sp], check=True, env=env)


# ------------------------------------------------------------------ ReportLab
def rl_pdf(outname, title, blocks, author="区人民政府办公室"):
    """blocks: ("p", text) | ("table", headers, rows, colWidths|None)"""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    ts = ParagraphStyle("t", fontName="STSong-Light", fontSize=18, leading=26, alignment=1)
    ps = ParagraphStyle("p", fontName="STSong-Light", fontSize=11.5, leading=19, firstLineIndent=23)
    cs = ParagraphStyle("c", fontName="STSong-Light", fontSize=9.5, leading=13, alignment=1)
    doc = SimpleDocTemplate(path(outname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm, title=title, author=author)
    story = [Paragraph(title, ts), Spacer(1, 8)]
    for b in blocks:
        if b[0] == "p":
            story.append(Paragraph(b[1], ps))
        else:
            headers, rows, cw = b[1], b[2], b[3]
            data = [[Paragraph(str(x), cs) for x in headers]] + [[Paragraph(str(x), cs) for x in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)


# ------------------------------------------------------------------ CSV
def write_csv(name, pre, headers, rows, post=(), enc="utf-8-sig"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for line in pre:
        w.writerow([line])
    w.writerow(headers)
    for r in rows:
        w.writerow(r)
    for line in post:
        w.writerow([line])
    with open(path(name), "wb") as f:
        f.write(buf.getvalue().encode(enc))


# ============================================================================
# values shared by several files
CC_A = V.uscc("91420115MA4KT6Y3R")     # 武汉江南绿源建材有限公司
CC_B = V.uscc("91420106MA49J2C81")     # 湖北楚诚招标代理有限公司
CC_C = V.uscc("91420100714653928")     # 武汉瑞丰办公设备有限公司
CC_D = V.uscc("91420111MA4F0L5W2")     # 武汉众安信息技术有限公司
CC_E = V.uscc("12420115441123556")     # 事业单位
CC_F = V.uscc("91420103MA4KW8E7N")     # 武汉市佳味源餐饮管理有限公司

FILL = V.filler_ids(["420115", "420111", "420106", "420102", "420117", "421022", "420902"], 40)


def gen_all():
    os.makedirs(OUT, exist_ok=True)

    # ---------------------------------------------------------------- p01
    write_text("p01_xzcf_qiye_gongkai.txt", f"""武汉市江夏区市场监督管理局行政处罚决定书（公开版）

江夏市监处罚〔2025〕217号

当事人：武汉江南绿源建材有限公司
统一社会信用代码：{CC_A}
住所：武汉市江夏区纸坊街文化大道388号
法定代表人：陈**

2025年1月9日，本局执法人员依法对当事人经营场所进行检查，发现当事人销售的标称“江南绿源”牌建筑用砂浆（规格型号：M10，生产日期：2024/11/26，批号：20241126-03）经抽样检验，抗压强度项目不符合GB/T 25181-2019《预拌砂浆》的要求（检验报告编号：WHZJ2025-0113-027）。

上述行为违反了《中华人民共和国产品质量法》第三十九条的规定。依据《中华人民共和国产品质量法》第五十条，本局决定：
一、没收违法销售的砂浆86袋；
二、没收违法所得人民币4,380.00元；
三、罚款人民币叁万元整（¥30000.00）。

当事人应当自收到本决定书之日起十五日内，将罚没款缴入指定账户（缴款码：4201152025000217）。逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。

如不服本处罚决定，可在收到本决定书之日起六十日内向武汉市江夏区人民政府申请行政复议，也可以在六个月内依法向武汉铁路运输法院提起行政诉讼。

武汉市江夏区市场监督管理局
2025年3月18日

（本决定书公开期限：2025.03.20—2028.03.19；信息公示咨询电话：027-81821360）
""")
    label("p01_xzcf_qiye_gongkai.txt", "pass", [], [],
          "企业行政处罚公开：统一社会信用代码（GB 32100 校验有效）、法定代表人已打码、文号、检验报告编号、16位缴款码、金额与日期多种写法；docs：信用代码、文号、金额不是发现")

    # ---------------------------------------------------------------- p02
    rows = []
    names = ["刘子涵", "陈思远", "杨雨欣", "黄浩然", "周静怡", "吴俊杰"]
    schools = ["华中师范大学", "武汉理工大学", "湖北大学", "中南财经政法大学", "长江大学", "三峡大学"]
    births = ["1998.05", "1997.11", "1999.02", "1996.08", "1998.12", "1997.03"]
    for i, n in enumerate(names):
        rows.append([i + 1, n, "男" if i % 2 else "女", births[i], "2025031%04d" % (2013 + i * 37),
                     mask_id44(FILL[i]), schools[i], "区属中学语文教师" if i < 3 else "区属小学数学教师"])
    body = paras("根据《江夏区2025年公开招聘中小学教师公告》，经笔试、面试、体检和考察，现将拟录用人员名单予以公示。",
                 "公示期：2025年4月18日至4月24日（5个工作日）。") + html_table(
        ["序号", "姓名", "性别", "出生年月", "准考证号", "身份证号", "毕业院校", "拟录用岗位"], rows) + paras(
        "公示期间，如对拟录用人员有异议，可书面向区教育局人事科反映。反映问题应当实事求是，并提供必要的调查线索。",
        "监督电话：027-87951325　　邮寄地址：武汉市江夏区纸坊大街138号　邮编：430200",
        "武汉市江夏区教育局　2025年4月18日")
    write_text("p02_nilu_jiaoshi_44mask.html", cms_page("江夏区2025年公开招聘中小学教师拟录用人员公示", body, "人事信息", record=3017))
    label("p02_nilu_jiaoshi_44mask.html", "pass", [], [],
          "拟录用公示：身份证号前4后4打码（4201**********1234）、11位准考证号（2025开头）、出生年月、监督电话座机、CMS 栏目记录注释 <!-- 栏目：人事信息 id=3017 -->（docs 列为平台记录）")

    # ---------------------------------------------------------------- p03
    rows = []
    names = ["曹文博", "邓雅琪", "冯子轩", "何佳怡", "胡梓豪"]
    for i, n in enumerate(names):
        v = FILL[6 + i]
        rows.append([str(i + 1), n, "男" if i % 2 == 0 else "女", f"{v[6:10]}年{int(v[10:12])}月{int(v[12:14])}日",
                     mask_id14(v), "本科", "综合管理岗"])
    docx_doc("江夏区2025年事业单位公开招聘工作人员拟聘用人员公示", [
        ("p", "根据《事业单位公开招聘人员暂行规定》和《江夏区2025年事业单位公开招聘工作人员公告》，经资格复审、笔试、面试、体检和考察等程序，确定曹文博等5名同志为拟聘用人员，现予以公示。"),
        ("table", ["序号", "姓名", "性别", "出生日期", "身份证号码", "学历", "拟聘岗位"], rows),
        ("p", "公示时间：2025年5月6日—5月12日。公示期间如有异议，请以书面形式实名反映，并提供联系方式。"),
        ("p", "受理单位：江夏区人力资源和社会保障局事业单位人事管理科；办公电话：027-87953106；传真：027-87953108。"),
        ("p", "江夏区人力资源和社会保障局"),
        ("p", "2025年5月6日"),
    ], "p03_nipin_shiye_14show.docx")
    label("p03_nipin_shiye_14show.docx", "pass", [], [],
          "拟聘用公示（python-docx 表格）：身份证号只显示前14位、后4位为****，另列出生日期；docs 只说打码的值不是发现，没有规定保留哪几位——不完整的号码不可能是有效身份证号，按 docs 判 pass（审查员可能更希望 6+4 打码，但这不属于工具判定范围）")

    # ---------------------------------------------------------------- p04
    vill = ["五里界街道童周岭村", "五里界街道锦绣村", "山坡街道光明村", "湖泗街道夏祠村", "安山街道石门村",
            "舒安街道舒安村", "法泗街道大路村", "金口街道槐山村"]
    fam = ["张*明", "李*兰", "王*华", "刘*", "陈*国", "杨*英", "赵*山", "黄*芬"]
    rows = []
    for i in range(8):
        rows.append([i + 1, fam[i], mask_id64(FILL[11 + i]), vill[i], [1, 3, 2, 1, 4, 2, 1, 3][i],
                     "A类" if i % 3 == 0 else "B类", [720, 1560, 1180, 720, 2140, 1180, 650, 1560][i]])
    xlsx_openpyxl("p04_dibao_gongshi.xlsx", "江夏区2025年4月城乡最低生活保障新增对象公示名单",
                  ["序号", "户主姓名", "身份证号", "户籍地址", "保障人数", "保障类别", "月保障金（元）"], rows,
                  notes=["公示期：2025年4月21日至4月27日。", "监督电话：027-87951046（区民政局社会救助科）；12345政务服务便民热线。"],
                  widths=[6, 10, 22, 26, 10, 10, 14])
    label("p04_dibao_gongshi.xlsx", "pass", [], [],
          "低保新增对象公示（openpyxl）：户主姓名打码（张*明）、身份证号 6+8*+4、户籍地址到村、金额、座机与12345")

    # ---------------------------------------------------------------- p05
    rows = []
    tk = ["徐*生", "孙*娥", "马*才", "朱*梅", "胡*成", "郭*秀", "林*发"]
    for i in range(7):
        rows.append([i + 1, tk[i], "男" if i % 2 == 0 else "女", mask_id64(FILL[19 + i]), vill[(i + 3) % 8],
                     "分散供养" if i != 2 else "集中供养", [1350, 1350, 1620, 1350, 1350, 1350, 1620][i], "2025-05"])
    write_csv("p05_tekun_gongyang.csv", ["江夏区2025年第二季度特困人员供养对象名单", "单位：元/月"],
              ["序号", "姓名", "性别", "身份证号", "户籍所在地", "供养方式", "基本生活费", "起始年月"], rows,
              ["注：公示期7天，对公示对象有异议的，可向所在街道社会救助服务站反映。"])
    label("p05_tekun_gongyang.csv", "pass", [], [],
          "特困供养名单 CSV（UTF-8 BOM）：姓名打码、身份证号 6+8*+4、地址到村、金额、年月")

    # ---------------------------------------------------------------- p06
    rows = [
        ["1", "王*芳", "纸坊街道北华街社区", "家庭成员突发重病", "3000", "2025年3月12日"],
        ["2", "余*", "郑店街道黄金桥村", "住房失火", "5000", "2025-03-19"],
        ["3", "邹*平", "乌龙泉街道马鞍山村", "交通事故致困", "2500", "2025/3/26"],
        ["4", "彭*兰", "藏龙岛街道杨桥湖社区", "子女就学支出型困难", "1800", "2025.04.02"],
        ["5", "秦*军", "湖泗街道星火村", "遭遇强降雨房屋受损", "2000", "20250409"],
    ]
    rl_pdf("p06_linshi_jiuzhu.pdf", "江夏区2025年第一季度临时救助对象公示", [
        ("p", "根据《湖北省临时救助办法》有关规定，经个人申请、街道审核、区民政局审批，现将2025年第一季度临时救助对象予以公示，公示期为2025年4月15日至4月21日。"),
        ("table", ["序号", "申请人", "居住地", "救助事由", "救助金额（元）", "审批日期"], rows, [12, 20, 42, 38, 24, 30]),
        ("p", "合计救助5户，发放救助金人民币14,300.00元（壹万肆仟叁佰元整）。"),
        ("p", "监督电话：027-87951046　　传真：027-87951049　　邮编：430200"),
        ("p", "江夏区民政局　二〇二五年四月十五日"),
    ])
    label("p06_linshi_jiuzhu.pdf", "pass", [], [],
          "临时救助公示（ReportLab STSong-Light 表格）：姓名打码、地址到社区/村、金额、五种日期写法、座机传真邮编")

    # ---------------------------------------------------------------- p07 (GB18030)
    write_text("p07_bdc_shouci_gb18030.txt", """不动产首次登记公告

江夏不动产登记首字〔2025〕第0046号

经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，现予公告。如有异议，请自本公告之日起十五个工作日内（2025年4月21日至2025年5月12日）将异议书面材料送达我机构。逾期无人提出异议或者异议不成立的，我机构将予以登记。

不动产权利人：武汉江南置业发展有限公司
不动产单元号：420115003005GB00123F00010002
不动产坐落：江夏区纸坊街江南春晓小区3栋1单元
不动产类型：房地（构筑物）
权利类型：国有建设用地使用权/房屋所有权
面积：宗地面积12638.52㎡/房屋建筑面积106.38㎡
用途：城镇住宅用地/住宅
原不动产权证书号：鄂(2023)武汉市江夏不动产权第0019876号

不动产权利人：武汉市江夏区郑店街黄金桥村股份经济合作社
不动产单元号：420115105208JC00417W00000000
不动产坐落：江夏区郑店街黄金桥村五组
权利类型：集体土地所有权
面积：386215.40㎡

异议受理单位：武汉市江夏区不动产登记中心
地址：武汉市江夏区纸坊街熊廷弼路36号（邮编：430200）
联系电话：027-81821578

武汉市江夏区不动产登记中心
2025年4月21日
""", "gb18030")
    label("p07_bdc_shouci_gb18030.txt", "pass", [], [],
          "不动产首次登记公告（GB18030 文本）：28位不动产单元号、证书号 鄂(2023)武汉市江夏不动产权第0019876号、面积、座机邮编；权利人是企业和集体经济组织")

    # ---------------------------------------------------------------- p08
    rows = [
        ["1", "严志强", "鄂(2019)武汉市江夏不动产权第0087215号", "江夏区文化路御景华庭5栋", "遗失"],
        ["2", "武汉鑫源物流有限公司", "鄂(2021)武汉市江夏不动产权第0031407号", "江夏区大桥新区物流园2号库", "遗失"],
        ["3", "汤玉珍", "鄂(2018)武汉市江夏不动产证明第0042136号", "江夏区纸坊街兴新街", "灭失"],
        ["4", "段明辉、刘晓燕", "鄂(2022)武汉市江夏不动产权第0065523号", "江夏区藏龙岛街栗庙路", "遗失"],
    ]
    body = paras("下列不动产权证书（证明）因权利人声明遗失或灭失，已由权利人申请补发。根据《不动产登记暂行条例实施细则》第二十二条规定，现公告原证书（证明）作废。") + html_table(
        ["序号", "权利人", "证书（证明）号", "坐落", "原因"], rows) + paras(
        "特此公告。", "武汉市江夏区自然资源和规划局", "2025年4月22日")
    write_text("p08_bdc_zuofei.html", cms_page("关于不动产权证书作废的公告（2025年第9期）", body, "公告公示",
                                               source="区自然资源和规划局", pubdate="2025-04-22", record=2188))
    label("p08_bdc_zuofei.html", "pass", [], [],
          "证书作废公告：不动产权证书号、权利人姓名（法定公告事项，姓名本身不是 docs 的任何类别）、坐落到楼栋")

    # ---------------------------------------------------------------- p09
    write_text("p09_fayuan_gonggao_songda.txt", """武汉市江夏区人民法院
公告

（2025）鄂0115民初1286号

王德明、李秀英：
本院受理原告武汉市江夏区众鑫小额贷款有限公司诉你们借款合同纠纷一案，因你们下落不明，依照《中华人民共和国民事诉讼法》第九十五条之规定，向你们公告送达起诉状副本、应诉通知书、举证通知书、诉讼权利义务告知书、合议庭组成人员通知书及开庭传票。自本公告发出之日起经过三十日，即视为送达。提出答辩状的期限和举证的期限分别为公告期满后的十五日和十五日内。本案定于2025年7月15日上午9时30分（举证期满后的第三日遇法定节假日顺延）在本院第七法庭公开开庭审理。逾期将依法缺席判决。

特此公告。

联系人：周法官　联系电话：027-87931512
本院地址：武汉市江夏区文化大道468号　邮政编码：430200

二〇二五年四月二十五日
""")
    label("p09_fayuan_gonggao_songda.txt", "pass", [], [],
          "法院公告送达：案号（2025）鄂0115民初1286号、当事人姓名（公告送达依法载明）、日期、法院座机与邮编")

    # ---------------------------------------------------------------- p10 (LibreOffice DOCX)
    body = """<p style="text-align:center"><b>武汉市江夏区劳动人事争议仲裁委员会</b></p>
<p style="text-align:center">公告送达书</p>
<p style="text-align:right">江劳人仲案字〔2025〕第312号</p>
<p>武汉恒通物业服务有限公司（统一社会信用代码：""" + V.uscc("91420115MA4K3NBJ7") + """）：</p>
<p>申请人吴建平与你单位劳动争议一案，本委已依法受理。因通过直接送达、邮寄送达等方式均无法送达，依照《劳动人事争议仲裁办案规则》第二十条的规定，向你单位公告送达仲裁申请书副本、应诉通知书、举证通知书及开庭通知书。自本公告发布之日起，经过三十日即视为送达。答辩期和举证期为公告送达期满后的十日内。</p>
<p>本案定于2025年6月20日14:30在江夏区劳动人事争议仲裁院第二仲裁庭开庭，逾期不到庭的，将依法缺席裁决。</p>
<p>仲裁院地址：武汉市江夏区纸坊街兴新街18号（邮编430200）；联系电话：027-81821635；传真：027-81821630。</p>
<p style="text-align:right">二〇二五年五月八日</p>"""
    lo_from_html(plain_html("公告送达书", body), "p10_zhongcai_songda.docx", "docx")
    label("p10_zhongcai_songda.docx", "pass", [], [],
          "仲裁公告送达（HTML 经 LibreOffice 转 DOCX）：案号、企业信用代码、姓名、座机、传真、邮编")

    # ---------------------------------------------------------------- p11
    vins = [V.vin("LSVAM418?C2184532"),
            V.vin("LGBH52E0?KY103876"),
            V.vin("LFV2A21K?E3012465"),
            V.vin("LZWADAGA?GB072913")]
    rows = [
        ["1", "大众牌SVW7182", vins[0], "CEA185237", "白色", "1.8万元"],
        ["2", "日产牌DFL7160", vins[1], "HR16-627913A", "银色", "2.2万元"],
        ["3", "大众牌FV7166", vins[2], "CFB204783", "黑色", "1.1万元"],
        ["4", "五菱牌LZW6376", vins[3], "L2B10936152", "灰色", "0.6万元"],
    ]
    body = paras("受江夏区财政局委托，本公司定于2025年5月16日上午10:00在江夏区公共资源交易中心三楼拍卖厅，对依法罚没的下列车辆（均无号牌）进行公开拍卖。") + html_table(
        ["标的号", "品牌型号", "车辆识别代号", "发动机号", "颜色", "起拍价"], rows) + paras(
        "展示时间：2025年5月13日至5月15日（9:00—17:00）；展示地点：江夏区交通大队停车场。",
        "竞买保证金：每台人民币5000元，须于2025年5月15日16:00前到账（以实际到账为准）。",
        "保证金账户　户名：湖北楚天拍卖有限公司　开户银行：中国建设银行武汉江夏支行　账号：42050110260100001862",
        "咨询电话：027-87950871　400-027-5186　　拍卖公司地址：武汉市江夏区文化大道220号",
        "湖北楚天拍卖有限公司　2025年5月6日")
    write_text("p11_paimai_cheliang_vin.html", cms_page("罚没车辆公开拍卖公告", body, "公告公示", pubdate="2025-05-06", record=2205))
    label("p11_paimai_cheliang_vin.html", "pass", [], [],
          "罚没车辆拍卖：17位车辆识别代号（校验位有效）、发动机号、起拍价，无号牌；拍卖公司保证金账户（户名为公司，20位）、座机与400")

    # ---------------------------------------------------------------- p12 (Chromium)
    im = [V.imei("86543204123456"), V.imei("35891207654321"), V.imei("86097103218765")]
    rows = [
        ["J-01", "华为牌手机 Mate 60（IMEI：%s）" % im[0], "1部", "九成新", "1500"],
        ["J-02", "苹果牌手机 iPhone 14（IMEI：%s）" % im[1], "1部", "八成新", "1800"],
        ["J-03", "小米牌手机 14（IMEI：%s）" % im[2], "1部", "九成新", "1200"],
        ["J-04", "联想牌笔记本电脑 ThinkPad E14（序列号：PF4K7M2X）", "1台", "八成新", "1600"],
        ["J-05", "卷烟（规格：条装，批次20241103）", "326条", "完好", "52160"],
        ["J-06", "白酒（53%vol，500ml，生产日期2022-08-17）", "48瓶", "完好", "9600"],
    ]
    body = "<p>受江夏区市场监督管理局委托，我公司定于2025年5月30日10:00在江夏区公共资源交易中心对下列罚没物品进行公开拍卖。</p>" + html_table(
        ["标的号", "物品名称及规格", "数量", "成色", "起拍价（元）"], rows, cls="") + """
<p>竞买人须于2025年5月29日17:00前交纳竞买保证金人民币伍仟元（¥5,000.00）。</p>
<p>报名地点：江夏区文化大道220号；咨询电话：027-87950871；传真：027-87950873；邮编：430200。</p>
<p>拍卖会编号：CT-PM-2025-058　　标准依据：GB/T 18775-2009《公物拍卖规程》</p>
<p style="text-align:right">湖北楚天拍卖有限公司<br>2025年5月20日</p>"""
    chromium_pdf(plain_html("罚没物品公开拍卖公告", body), "p12_paimai_wupin.pdf")
    label("p12_paimai_wupin.pdf", "pass", [], [],
          "罚没物品拍卖（Chromium 打印 PDF）：15位 IMEI（Luhn 有效，紧跟“手机”二字但不是11位）、序列号、批次号、拍卖会编号、标准号")

    # ---------------------------------------------------------------- p13
    stu = ["方雨涵", "石浩宇", "袁梦洁", "潘俊辉", "谭诗琪", "段泽宇", "彭欣怡", "雷子墨", "蔡嘉怡"]
    xh = ["13210450117", "13210450208", "15210330415", "15210330522", "17220160103", "17220160231",
          "18220210327", "18220210419", "19230120108"]
    rows = [[i + 1, stu[i], xh[i], ["教育学院", "教育学院", "经济学院", "经济学院", "信息工程学院", "信息工程学院",
                                   "护理学院", "护理学院", "艺术学院"][i], ["一等", "二等", "一等", "二等", "二等", "一等", "二等", "三等", "二等"][i],
             [4300, 3300, 4300, 3300, 3300, 4300, 3300, 2300, 3300][i]] for i in range(9)]
    xlsx_openpyxl("p13_zhuxuejin_xuehao11.xlsx", "江汉职业学院2025年春季学期国家助学金拟资助学生名单",
                  ["序号", "姓名", "学号", "学院", "资助档次", "资助金额（元）"], rows,
                  notes=["公示期：2025年4月10日至4月16日。", "对公示名单有异议的，请向学生资助管理中心书面反映。"],
                  widths=[6, 10, 16, 16, 10, 14])
    label("p13_zhuxuejin_xuehao11.xlsx", "pass", [], [],
          "国家助学金名单（openpyxl）：学号为11位且以13/15/17/18/19开头（像手机号），整列同长、列名为学号、标题和附注不提电话——docs 明确学号列不是手机号")

    # ---------------------------------------------------------------- p14
    rows = []
    n14 = ["孟思彤", "韩宇航", "戴若曦", "夏文轩", "钟佳琪", "汪子豪"]
    xh12 = ["202231060117", "202231060234", "202311020415", "2021110305", "2021110412", "202241080126"]
    for i in range(6):
        rows.append([i + 1, n14[i], xh12[i], ["计算机科学与技术", "计算机科学与技术", "汉语言文学", "会计学", "会计学", "临床医学"][i],
                     "2022级" if xh12[i].startswith("2022") else ("2023级" if xh12[i].startswith("2023") else ("2021级" if xh12[i].startswith("2021") else "2024级")),
                     "国家奖学金" if i < 2 else "国家励志奖学金", "10000" if i < 2 else "6000"])
    body = paras("根据《普通高等学校学生资助资金管理办法》，经个人申请、学院评审、学校审核，拟推荐以下同学获得2024—2025学年国家奖学金、国家励志奖学金，现予以公示。") + html_table(
        ["序号", "姓名", "学号", "专业", "年级", "奖项", "金额（元）"], rows) + paras(
        "公示时间：2025年10月20日—10月26日。", "联系人：学生工作部资助中心　电话：027-81973526　邮箱：xszz@jhvc.edu.cn",
        "江汉职业学院学生工作部　2025年10月20日")
    write_text("p14_jiangxuejin_xuehao.html", cms_page("2024—2025学年国家奖学金、国家励志奖学金拟推荐名单公示", body, "学生资助",
                                                       source="学生工作部", pubdate="2025-10-20", record=5120))
    label("p14_jiangxuejin_xuehao.html", "pass", [], [],
          "奖学金名单（CMS HTML）：10位和12位学号、金额、资助中心座机、单位邮箱（info）")

    # ---------------------------------------------------------------- p15
    body = paras(
        "一、项目编号：JXCG-2025-0317（招标编号：HBCC-ZB-2025-0412）",
        "二、项目名称：江夏区2025年中小学教室照明改造项目",
        "三、中标信息：供应商名称：武汉瑞丰办公设备有限公司；统一社会信用代码：" + CC_C + "；供应商地址：武汉市洪山区珞喻路726号；中标金额：¥1,286,500.00（人民币壹佰贰拾捌万陆仟伍佰元整）。",
        "四、主要标的信息：LED教室护眼灯2,860套、黑板灯520套，执行标准GB 7000.1-2015、GB/T 9473-2022，服务期限：合同签订后45日历天。",
        "五、评审专家名单：郑国华、舒文静、柯志刚、熊丽萍、邱建波",
        "六、代理服务收费标准及金额：按国家发展计划委员会计价格〔2002〕1980号文件标准收取，收费金额：16,432.50元。",
        "七、公告期限：自本公告发布之日起1个工作日（2025年4月28日）。",
        "八、投标保证金退还账户：",
        "户名：湖北楚诚招标代理有限公司<br>开户银行：中国农业银行武汉江夏支行<br>行号：103521002317<br>账号：" + V.ACCT_P15,
        "九、凡对本次公告内容提出询问，请按以下方式联系：",
        "1．采购人：武汉市江夏区教育局　地址：武汉市江夏区纸坊大街138号　联系方式：027-87951302",
        "2．采购代理机构：湖北楚诚招标代理有限公司（统一社会信用代码：" + CC_B + "）　地址：武汉市武昌区中北路156号　联系方式：027-87316628、400-027-8816　传真：027-87316629",
        "3．项目联系人：黄工、宋工　电话：027-87316628",
    )
    write_text("p15_zhongbiao_gonggao.html", cms_page("江夏区2025年中小学教室照明改造项目中标（成交）结果公告", body, "政府采购",
                                                      source="区公共资源交易中心", pubdate="2025-04-27", record=4471))
    label("p15_zhongbiao_gonggao.html", "pass", [], [],
          "中标结果公告：项目编号、信用代码、金额大小写、标准号、文号、12位行号、座机/400/传真；代理机构保证金账户块（户名为公司、开户银行、行号、账号：19位 62 开头且 Luhn 有效）——docs：户名行为机构的账户块不是银行卡")

    # ---------------------------------------------------------------- p16
    docx_doc("江夏区政务服务中心物业管理服务项目成交公告", [
        ("p", "项目编号：JXCG-2025-0406　　采购方式：竞争性磋商"),
        ("p", "成交供应商：武汉众安信息技术有限公司（统一社会信用代码：" + CC_D + "），成交金额：人民币陆拾贰万捌仟元整（¥628,000.00），服务期：2025年6月1日至2026年5月31日。"),
        ("p", "履约保证金及采购资金结算账户信息："),
        ("table", ["收款户名", "开户银行", "账号", "用途"], [
            ["武汉市江夏区财政局非税收入结算户", "中国工商银行武汉江夏支行", V.ACCT_P16, "履约保证金"],
            ["武汉众安信息技术有限公司", "招商银行武汉光谷支行", "127909654310602", "合同价款"],
        ]),
        ("p", "采购人：武汉市江夏区政务服务和大数据管理局，联系电话：027-81821900；传真：027-81821901；邮政编码：430200。"),
        ("p", "采购代理机构：湖北楚诚招标代理有限公司，联系电话：027-87316628、400-027-8816。"),
        ("p", "二〇二五年五月十二日"),
    ], "p16_chengjiao_zhanghu.docx")
    label("p16_chengjiao_zhanghu.docx", "pass", [], [],
          "成交公告（python-docx）：表格中收款户名为“…非税收入结算户”和公司、账号 19位 62 开头 Luhn 有效（docs：结算户是单位账户）、15位公司账号、座机传真邮编")

    # ---------------------------------------------------------------- p17
    write_text("p17_yibao_jiaofei.txt", """关于做好2026年度城乡居民基本医疗保险参保缴费工作的通告

各位参保居民：
根据《湖北省医疗保障局 湖北省财政厅 国家税务总局湖北省税务局关于做好2025年城乡居民基本医疗保障工作的通知》（鄂医保发〔2025〕31号）要求，现将我区2026年度城乡居民医保参保缴费有关事项通告如下：

一、缴费时间
2025年9月1日至2025年12月31日。

二、缴费标准
2026年度个人缴费标准为每人每年400元；特困人员、低保对象等由医疗救助资金按规定给予全额或定额资助。

三、缴费方式
（一）“楚税通”APP或微信“湖北税务”小程序缴费；
（二）到各街道便民服务中心现场缴费；
（三）合作银行网点及自助终端：农业银行（客服热线95599）、邮储银行（95580）、农商银行（96568）。
缴费时请核对参保人姓名及社会保障卡卡号，社会保障卡卡号示例：社会保障卡卡号 K1209****，社会保障号码 420115********0316。缴费成功后可在“鄂汇办”APP查询缴费凭证（凭证号如 JX2025090100012）。

四、待遇享受期
2026年1月1日至2026年12月31日。

五、咨询电话
区医疗保障局：027-81821210　　政务服务便民热线：12345　　医保服务热线：12393

武汉市江夏区医疗保障局
国家税务总局武汉市江夏区税务局
2025年8月25日
""")
    label("p17_yibao_jiaofei.txt", "pass", [], [],
          "医保缴费通告：社保卡卡号与社会保障号码为打码示例、文号、金额、银行和政府热线（95599、12393、12345）、凭证号")

    # ---------------------------------------------------------------- p18
    rows = [
        ["1", "李*华", mask_id64(FILL[26]), "K3201****", mask_card("6217002870097531246"), "已激活"],
        ["2", "吴*", mask_id64(FILL[27]), "K3201****", mask_card("6228480418211208741"), "未激活"],
        ["3", "黎*珍", mask_id64(FILL[28]), "K3202****", mask_card("6230580000123487652"), "已激活"],
    ]
    rl_pdf("p18_shebaoka_jihuo.pdf", "关于第三代社会保障卡金融账户激活情况的公告", [
        ("p", "为保障参保人员养老金、医保待遇按时足额发放，区人社局会同各合作银行对2025年第一批次（批次号：JX2025-03-001）领卡人员的金融账户激活情况进行了核查，现将未激活及已补办人员部分情况公告如下（示例）："),
        ("table", ["序号", "姓名", "社会保障号码", "社保卡卡号", "银行账号", "状态"], rows, [10, 18, 40, 24, 44, 20]),
        ("p", "请未激活人员持本人身份证件和社会保障卡，于2025年6月30日前到任一合作银行网点办理激活。咨询电话：12333；工商银行95588；建设银行95533。"),
        ("p", "武汉市江夏区人力资源和社会保障局　2025年5月20日"),
    ])
    label("p18_shebaoka_jihuo.pdf", "pass", [], [],
          "社保卡激活公告（ReportLab 表格）：社会保障号码 6+8*+4、社保卡卡号打码、银行账号 6+*+4、批次号、银行热线")

    # ---------------------------------------------------------------- p19 (GB18030)
    write_text("p19_shuidian_huhao_gb18030.txt", """江夏区纸坊街部分小区水电费欠费催缴公告

因下列用户长期欠缴水费、电费，经多次上门催缴未果，现予公告。请相关用户自公告之日起15日内到营业厅或通过“掌上电力”“武汉水务”APP缴清欠费，逾期将依照《电力供应与使用条例》第三十九条、《城市供水条例》第三十五条等规定处理。

一、电费欠费（统计截止日期：2025-04-30）
户号          户名      用电地址                    欠费金额（元）
0108736215    刘**      江南春晓小区3栋             1,286.40
0108736342    陈**      江南春晓小区5栋             873.15
0108741058    武汉佳味源餐饮管理有限公司  文化大道388号商铺   12,046.88

二、水费欠费（统计截止日期：2025年4月30日）
用户号      户名      用水地址                    欠费金额（元）
32017456    张**      兴新街18号院                436.20
32017583    王**      兴新街18号院                518.70

营业厅地址：江夏区文化大道276号　邮编：430200
供电服务热线：95598　供水服务热线：027-87952115

国网武汉市江夏区供电公司　武汉江夏水务有限公司
2025年5月8日
""", "gb18030")
    label("p19_shuidian_huhao_gb18030.txt", "pass", [], [],
          "水电欠费催缴（GB18030 固定宽度文本）：10位电费户号、8位水费户号、户名打码、地址到楼栋、金额、95598")

    # ---------------------------------------------------------------- p20
    rows = [
        ["202504181035270012", "SF1428736501247", "顺丰速运", "江夏区教育局", "A4复印纸（70g，5包/箱）×40箱", "6,980.00", "2025-04-18 10:35:27", V.SERIAL_P20],
        ["25041910082244015163", "YT7512309864123", "圆通速递", "江夏区民政局", "硒鼓 CF217A×12", "2,136.00", "2025-04-19 10:08:22", "4200250419100822440"],
        ["202504201417330087", "JDVA27318405627", "京东物流", "江夏区卫健局", "医用外科口罩（YY 0469-2011）×200盒", "3,600.00", "2025-04-20 14:17:33", "4200250420141733008"],
        ["202504211502090031", "1175432109876", "中国邮政EMS", "江夏区司法局", "《民法典》单行本（ISBN " + "978-7-5216-1234-" + V.isbn13("978752161234")[-1] + "）×150册", "1,350.00", "2025-04-21 15:02:09", "4200250421150209003"],
    ]
    write_csv("p20_dianshang_dingdan.csv", ["江夏区政府采购电子卖场2025年4月订单明细（节选）"],
              ["订单号", "快递单号", "承运商", "采购单位", "商品", "金额（元）", "下单时间", "支付流水号"], rows,
              ["数据来源：湖北省政府采购电子卖场。"])
    label("p20_dianshang_dingdan.csv", "pass", [], [],
          "电子卖场订单明细 CSV：18/20位订单号（不是有效身份证号）、快递单号、ISBN、19位支付流水号（其一以62开头且 Luhn 有效，在“支付流水号”列、行内无人名、标题不提卡——docs 明确不是卡）")

    # ---------------------------------------------------------------- p21
    books = [
        (V.isbn13("978711171234"), "公共部门人力资源管理（第3版）", "机械工业出版社", "2023-01", "59.00"),
        (V.isbn13("978730261234"), "政府信息公开实务", "清华大学出版社", "2022-09", "68.00"),
        (V.isbn13("978752161234"), "中华人民共和国民法典（大字本）", "中国法制出版社", "2020-06", "45.00"),
        (V.isbn13("978750937581"), "档案管理实务", "中国档案出版社", "2024-03", "52.00"),
    ]
    rows = [[i + 1, b[0][:3] + "-" + b[0][3] + "-" + b[0][4:7] + "-" + b[0][7:12] + "-" + b[0][12] if i % 2 == 0 else b[0], b[1], b[2], b[3], b[4], 30 + i * 10]
            for i, b in enumerate(books)]
    body = paras("根据机关职工书屋建设计划，现将2025年拟采购图书目录公示如下，采购执行《图书馆馆藏资源数字化加工规范》（GB/T 31219.2-2014）及《中国标准书号》（GB/T 5795-2023）。") + html_table(
        ["序号", "ISBN", "书名", "出版社", "出版时间", "定价（元）", "册数"], rows) + paras(
        "公示期3天，联系电话：027-87950332，传真：027-87950335。", "江夏区机关事务服务中心　2025年3月3日")
    write_text("p21_tushu_isbn.html", cms_page("江夏区机关职工书屋2025年拟采购图书目录公示", body, "通知公告", pubdate="2025-03-03", record=1920))
    label("p21_tushu_isbn.html", "pass", [], [], "图书采购目录：13位 ISBN（有无连字符）、GB/T 标准号、定价与日期")

    # ---------------------------------------------------------------- p22 (exceljs)
    xlsx_exceljs("p22_caizheng_tongji.xlsx", {
        "creator": "区财政局",
        "sheets": [{
            "name": "收支执行",
            "rows": [
                ["江夏区2025年1—6月一般公共预算收支执行情况表"],
                ["", "", "", "单位：元"],
                ["项目", "预算数（元）", "执行数（元）", "完成预算%"],
                ["一般公共预算收入", 13586420000, 7125308600, 0.5245],
                ["  其中：税收收入", 10268500000, 5386172400, 0.5245],
                ["        非税收入", 3317920000, 1739136200, 0.5242],
                ["一般公共预算支出", 18635270000, 8814203500, 0.4730],
                ["  其中：教育支出", 3128460000, 1569072300, 0.5015],
                ["        社会保障和就业支出", 2275310000, 1340528800, 0.5892],
                ["        卫生健康支出", 1596870000, 725436100, 0.4543],
                ["填报日期：2025年7月10日；数据截至2025-06-30。"],
            ],
            "merge": ["A1:D1"],
            "numfmt": {"B": "0", "C": "0", "D": "0.00%"},
            "widths": [30, 18, 18, 12],
        }],
    })
    label("p22_caizheng_tongji.xlsx", "pass", [], [],
          "财政收支表（exceljs）：单位：元，预算数（元）/执行数（元）列里10—11位金额无千分位（13586420000、15968…等像手机号）——docs：列名带元或表的单位为元的三列数字是金额")

    # ---------------------------------------------------------------- p23
    write_text("p23_tongji_gongbao.txt", """2025年上半年江夏区国民经济运行情况

一、综合
经地区生产总值统一核算，上半年全区实现地区生产总值8,652,361万元，按不变价格计算，同比增长6.3%。

二、工业和建筑业
上半年全区规模以上工业增加值同比增长8.1%。规模以上工业企业实现营业收入13562480000元，同比增长7.6%；全年营业收入目标为15873200000 元，上半年完成进度过半。建筑业总产值3,286,512万元。

三、固定资产投资
全区固定资产投资同比增长5.2%，其中工业投资增长12.4%，民间投资增长3.7%。

四、消费
实现社会消费品零售总额1,852,437万元，同比增长5.9%。

五、人口与就业
2024年末全区常住人口1,036,523人；上半年城镇新增就业12,086人，城镇调查失业率5.1%。

六、居民收入
上半年全区居民人均可支配收入26,815元，同比增长5.4%。

注：1.本公报数据为初步统计数；2.部分数据因四舍五入存在总计与分项合计不等的情况；3.统计数据咨询：区统计局综合科，027-87951715。

江夏区统计局
2025年7月22日
""")
    label("p23_tongji_gongbao.txt", "pass", [], [],
          "统计公报：11位金额后接“元”（13562480000元，及隔一个空格的 15873200000 元）——docs 明列此例为金额；千分位数字、百分比、日期")

    # ---------------------------------------------------------------- p24
    body = paras(
        "<b>一、事项名称：</b>最低生活保障对象认定",
        "<b>二、办理依据：</b>《社会救助暂行办法》（国务院令第649号）、《湖北省最低生活保障工作规程》（鄂民政规〔2022〕2号）",
        "<b>三、受理地点：</b>各街道便民服务中心社会救助窗口；区政务服务中心二楼B区12号窗口（武汉市江夏区文化大道99号，邮政编码430200）",
        "<b>四、办理时限：</b>自受理之日起30个工作日（特殊情况可延长至45个工作日）",
        "<b>五、收费标准：</b>不收费",
        "<b>六、办公时间：</b>工作日上午8:30—12:00，下午14:00—17:30（夏季14:30—18:00）",
        "<b>七、咨询方式：</b>咨询电话：027-87951046；传真：027-87951049；服务热线：400-027-1234；政务服务便民热线：12345；电子邮箱：jxmzj_shjz@wuhan.gov.cn",
        "<b>八、监督投诉：</b>区纪委监委派驻第三纪检监察组　电话：027-87950127；全国民政服务热线：12349",
    )
    write_text("p24_banshi_zhinan.html", cms_page("最低生活保障对象认定办事指南", body, "办事指南", pubdate="2025-02-14", record=882))
    label("p24_banshi_zhinan.html", "pass", [], [],
          "办事指南：邮政编码、座机、传真、400、12345/12349、机构邮箱（docs：email 为 info，不改变判定）、文号、时间")

    # ---------------------------------------------------------------- p25
    rows = [
        ["1", "鄂A·***45", "小型汽车", "2025-04-02 08:16", "文化大道与兴新街交叉口", "1039", "机动车违反规定停放"],
        ["2", "鄂A·***7K", "小型汽车", "2025-04-02 09:41", "纸坊大街138号门前", "1039", "机动车违反规定停放"],
        ["3", "鄂AD***36", "小型新能源汽车", "2025-04-03 17:05", "熊廷弼路人行道", "1039", "机动车违反规定停放"],
        ["4", "鄂E·***21", "大型汽车", "2025-04-04 11:22", "江夏大道公交站台", "1039", "机动车违反规定停放"],
    ]
    body = paras("下列机动车在禁停路段违法停放，经现场告知无人在场，交警已依法拍照取证。请当事人自本公告发布之日起15日内，持本人驾驶证、行驶证到江夏区交通大队违法处理窗口接受处理，也可通过“交管12123”APP处理。") + html_table(
        ["序号", "号牌号码", "车辆类型", "违法时间", "违法地点", "违法代码", "违法行为"], rows) + paras(
        "处理地点：江夏区文化大道218号交通大队一楼；咨询电话：027-87952122。", "武汉市公安局交通管理局江夏大队　2025年4月8日")
    write_text("p25_weiting_masked.html", cms_page("机动车违法停放告知公告（2025年第14期）", body, "交通管理", source="区交通大队", pubdate="2025-04-08", record=3391))
    label("p25_weiting_masked.html", "pass", [], [],
          "违停公告：号牌均已打码（鄂A·***45、鄂AD***36 等，docs 列 京A·***45 为打码值）、违法代码、时间、地点")

    # ---------------------------------------------------------------- p26
    v26 = FILL[29]
    docx_doc("江夏区城市管理执法局行政处罚决定书（公开版）", [
        ("p", "江城管罚决字〔2025〕第0086号"),
        ("p", "当事人：李某某，男，身份证号：" + mask_id64(v26) + "，住址：武汉市江夏区纸坊街某社区。"),
        ("p", "经查，当事人于2025年3月7日在江夏区文化大道与江夏大道交叉口东北角占道经营（水果摊点，占用面积约6㎡），经执法人员劝阻后仍未改正。当事人的行为违反了《武汉市市容环境卫生管理条例》第二十二条第一款，依据该条例第五十二条，决定对当事人处以罚款人民币贰佰元（200元）。"),
        ("p", "罚款自收到本决定书之日起15日内缴至指定代收银行（非税收入缴款码：" + V.luhn_break("4201152503070086") + "）。"),
        ("p", "如不服本决定，可于收到本决定书之日起60日内向江夏区人民政府申请行政复议，或于6个月内向人民法院提起行政诉讼。"),
        ("p", "武汉市江夏区城市管理执法局　2025年3月21日"),
    ], "p26_xzcf_geren_masked.docx")
    label("p26_xzcf_geren_masked.docx", "pass", [], [],
          "个人行政处罚公开（python-docx）：当事人李某某、身份证号 6+8*+4、住址到社区、文号、缴款码")

    # ---------------------------------------------------------------- p27 (GB18030 CSV)
    zk = ["13420103215", "13420103227", "13420104108", "15420102316", "15420102409", "18420101122", "18420101135", "19420105203"]
    nm = ["谢婉婷", "许志鹏", "罗佳慧", "梁子健", "宋雨桐", "唐浩宇", "韦欣然", "邵俊熙"]
    sc = [78.5, 76.0, 74.5, 81.0, 79.5, 72.0, 71.5, 80.5]
    rows = [[zk[i], nm[i], ["综合管理A", "综合管理A", "综合管理A", "财务会计", "财务会计", "信息技术", "信息技术", "法律事务"][i], sc[i],
             "是" if i not in (2, 6) else "否"] for i in range(8)]
    write_csv("p27_bishi_chengji_gb18030.csv", ["江夏区2025年事业单位公开招聘工作人员笔试成绩及进入面试人员名单"],
              ["准考证号", "姓名", "报考岗位", "笔试成绩", "是否进入面试"], rows,
              ["注：面试时间、地点另行通知，请考生及时关注江夏区人民政府门户网站。"], enc="gb18030")
    label("p27_bishi_chengji_gb18030.csv", "pass", [], [],
          "笔试成绩 CSV（GB18030）：11位准考证号以134/154/184/194开头（像手机号），整列同长、列名准考证号、标题与附注不提电话——docs 明确不是手机号")

    # ---------------------------------------------------------------- p28 (LibreOffice PDF)
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in [
        ("DB42/T 2345-2025", "政务服务事项办理规范", "DB42/T 1523-2019", "2025-06-01"),
        ("DB42/T 2346-2025", "社区养老服务中心建设与管理规范", "—", "2025-06-01"),
        ("DB42/T 2351-2025", "农村集体经济组织财务公开规范", "DB42/T 1287-2017", "2025-07-15"),
        ("DB42/T 2359-2025", "城市道路停车泊位设置规范", "—", "2025-07-15"),
    ])
    body = f"""<p>根据《中华人民共和国标准化法》和《地方标准管理办法》（国家市场监督管理总局令第26号），经审查，批准发布以下4项湖北省地方标准，现予公告。标准文本可在湖北省地方标准信息服务平台免费查阅。</p>
<table><tr><th>标准编号</th><th>标准名称</th><th>代替标准号</th><th>实施日期</th></tr>{rows}</table>
<p>上述标准参照 GB/T 1.1-2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》编写，备案号：J12345-2025、J12346-2025。</p>
<p>湖北省市场监督管理局（标准化处）　联系电话：027-87219503　传真：027-87219506　邮编：430061</p>
<p style="text-align:right">2025年3月28日</p>"""
    lo_from_html(plain_html("湖北省市场监督管理局关于批准发布《政务服务事项办理规范》等4项湖北省地方标准的公告（2025年第6号）", body),
                 "p28_difang_biaozhun.pdf", "pdf")
    label("p28_difang_biaozhun.pdf", "pass", [], [],
          "地方标准发布公告（HTML 经 LibreOffice 转 PDF）：DB42/T、GB/T 标准号、备案号、令号、日期")

    # ---------------------------------------------------------------- p29 (Chromium)
    body = """<p>为规范城市供水价格管理，根据《政府制定价格听证办法》（国家发展改革委令第2号），江夏区发展和改革局定于2025年6月18日（星期三）上午9:00，在江夏区政务服务中心四楼会议室举行江夏区城市居民生活用水价格调整听证会。</p>
<p><b>一、听证方案</b></p>
<table><tr><th>类别</th><th>现行价格（元/立方米）</th><th>方案一（元/立方米）</th><th>方案二（元/立方米）</th></tr>
<tr><td>第一阶梯（0—216立方米/户·年）</td><td>2.45</td><td>2.85</td><td>2.75</td></tr>
<tr><td>第二阶梯（217—300立方米/户·年）</td><td>3.68</td><td>4.28</td><td>4.13</td></tr>
<tr><td>第三阶梯（300立方米/户·年以上）</td><td>4.90</td><td>5.70</td><td>5.50</td></tr></table>
<p><b>二、听证参加人</b>　消费者代表9名，经营者代表2名，专家学者2名，政府部门代表2名，社会组织代表1名。</p>
<p><b>三、报名方式</b>　即日起至2025年5月30日17:00，可通过电话（027-87950226）、传真（027-87950229）、信函（武汉市江夏区文化大道99号区发改局价格科，邮编430200，信封注明“听证报名”）报名。</p>
<p>2024年度供水企业经审核的定价成本为3.21元/立方米，制水量4,268.35万立方米，售水量3,572.14万立方米，产销差率16.31%。</p>
<p style="text-align:right">江夏区发展和改革局<br>2025年5月12日</p>"""
    chromium_pdf(plain_html("江夏区城市居民生活用水价格调整听证会公告", body), "p29_shuijia_tingzheng.pdf")
    label("p29_shuijia_tingzheng.pdf", "pass", [], [], "水价听证公告（Chromium PDF）：价格、区间、座机传真邮编、令号、统计数")

    # ---------------------------------------------------------------- p30 (exceljs)
    xlsx_exceljs("p30_hetong_gongshi.xlsx", {
        "creator": "区财政局",
        "sheets": [{
            "name": "合同公示",
            "rows": [
                ["江夏区2025年第一季度政府采购合同公示汇总表"],
                ["序号", "合同编号", "项目编号", "供应商名称", "统一社会信用代码", "合同金额（元）", "签订日期", "供应商联系电话"],
                [1, "JXHT-2025-0031", "JXCG-2025-0021", "武汉瑞丰办公设备有限公司", CC_C, 386500, "2025-01-17", "027-87652318"],
                [2, "JXHT-2025-0045", "JXCG-2025-0037", "武汉众安信息技术有限公司", CC_D, 1265000, "2025/2/8", "400-027-8633"],
                [3, "JXHT-2025-0052", "JXCG-2025-0040", "武汉市佳味源餐饮管理有限公司", CC_F, 742800, "2025年2月26日", "027-81729305"],
                [4, "JXHT-2025-0068", "JXCG-2025-0058", "江夏区教育技术装备中心（事业单位）", CC_E, 98000, "2025.03.14", "027-87951318"],
                ["合计", "", "", "", "", 2492300, "", ""],
            ],
            "merge": ["A1:H1"],
            "numfmt": {"F": "#,##0.00"},
            "widths": [6, 16, 16, 30, 22, 14, 14, 16],
        }],
    })
    label("p30_hetong_gongshi.xlsx", "pass", [], [],
          "采购合同公示汇总（exceljs）：合同/项目编号、统一社会信用代码（含事业单位12开头）、金额、日期四种写法、供应商座机和400")

    # ---------------------------------------------------------------- p31
    rows = []
    gd = ["邹*平", "程*华", "魏*民", "姜*兰", "任*强", "萧*英"]
    cards = ["6228480418236001257", "6217002870018826439", "6230580000087715208", "6228480418290034175",
             "6217002870064219083", "6230580000091187364"]
    for i in range(6):
        rows.append([i + 1, gd[i], vill[i], ["8.65", "12.30", "5.40", "15.82", "9.17", "6.33"][i],
                     ["1073.03", "1525.79", "669.87", "1962.47", "1137.54", "785.23"][i], mask_card(cards[i]), "农业银行" if cards[i].startswith("6228") else ("建设银行" if cards[i].startswith("6217") else "农商银行")])
    body = paras("根据《湖北省耕地地力保护补贴实施方案》，2025年耕地地力保护补贴标准为每亩124.05元，现将湖泗街道第一批补贴发放明细公示如下（节选）：") + html_table(
        ["序号", "户主", "村组", "补贴面积（亩）", "补贴金额（元）", "一卡通账号", "代发银行"], rows) + paras(
        "公示期7天。如有异议，请向街道农业服务中心反映，电话：027-81601236。", "江夏区农业农村局　湖泗街道办事处　2025年5月15日")
    write_text("p31_gengdi_butie_cardmasked.html", cms_page("2025年耕地地力保护补贴发放公示（湖泗街道第一批）", body, "惠民资金", pubdate="2025-05-15", record=4710))
    label("p31_gengdi_butie_cardmasked.html", "pass", [], [],
          "耕地补贴公示：户主打码、一卡通账号 6+*+4 打码、面积金额、座机")

    # ---------------------------------------------------------------- p32
    write_text("p32_shebaoka_fafang.txt", """关于第三代社会保障卡集中发放的通知

各街道、各有关单位：
经省人社厅统一制卡，我区2025年第二批第三代社会保障卡（批次号：JX2025-05-002，共计3,861张）已制作完成，现将集中发放有关事项通知如下：

一、发放时间：2025年6月3日至2025年6月30日（工作日8:30—17:00）。
二、发放地点：各街道便民服务中心社保窗口。
三、领卡要求：参保人本人持居民身份证领取；委托他人代领的，须提供委托书及双方身份证件原件。领卡时请当场核对卡面信息，卡号以“K”开头共9位（如 K3201****），社会保障号码与本人公民身份号码一致（显示为 420115********1234 格式）。
四、激活方式：领卡后须到合作银行网点激活金融功能，或通过“电子社保卡”自助激活。
五、查询方式：拨打12333或登录湖北省人社公共服务平台（rst.hubei.gov.cn）查询制卡进度。

附件：第二批领卡人员分布统计（纸坊街1,126张，郑店街468张，五里界街392张，金口街537张，其他街道1,338张）

武汉市江夏区人力资源和社会保障局
2025年5月28日
""")
    label("p32_shebaoka_fafang.txt", "pass", [], [],
          "社保卡发放通知：批次号、卡号与社会保障号码均为打码示例、统计数、12333、政府网址")

    # ---------------------------------------------------------------- p33 (LibreOffice DOCX)
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in [
        ("1", "420115001002GB00086F00020301", "江夏区纸坊街凤凰路12号2栋3单元301室", "89.46", "鄂(2025)武汉市江夏不动产权第0012456号"),
        ("2", "420115001002GB00086F00020502", "江夏区纸坊街凤凰路12号2栋5单元502室", "112.73", "鄂(2025)武汉市江夏不动产权第0012457号"),
        ("3", "420115004011GB00215F00080106", "江夏区藏龙岛街谭湖路8号8栋1单元106室", "76.20", "鄂(2025)武汉市江夏不动产权第0012489号"),
    ])
    body = f"""<p>经我中心审核，下列不动产转移登记已登簿，现将登记结果予以公告：</p>
<table><tr><th>序号</th><th>不动产单元号</th><th>坐落</th><th>建筑面积（㎡）</th><th>不动产权证书号</th></tr>{rows}</table>
<p>登记日期：2025年5月9日。查询电话：027-81821578；地址：武汉市江夏区纸坊街熊廷弼路36号；邮编：430200。</p>
<p style="text-align:right">武汉市江夏区不动产登记中心</p>"""
    lo_from_html(plain_html("不动产转移登记结果公告（2025年第18期）", body), "p33_bdc_dengji_jieguo.docx", "docx")
    label("p33_bdc_dengji_jieguo.docx", "pass", [], [],
          "不动产登记结果公告（LibreOffice DOCX 表格）：28位不动产单元号、证书号、坐落到室、面积")

    # ================================================================ problems
    # ---------------------------------------------------------------- b01
    rows = []
    names = ["邱嘉欣", "贺子轩", "龚思雨", "江昊天", "史晨曦", "侯梓涵"]
    for i, n in enumerate(names):
        idv = mask_id44(FILL[30 + i]) if i != 3 else IDS["b01_leak"]
        rows.append([i + 1, n, "女" if i % 2 == 0 else "男", ["1998.02", "1997.09", "1999.06", "1996.07", "1998.04", "1997.12"][i],
                     "2025042%04d" % (1108 + i * 53), idv, "社区工作者"])
    body = paras("根据《江夏区2025年公开招聘社区工作者公告》，经笔试、面试、体检、考察，现将拟录用人员予以公示，公示期为2025年6月9日至6月13日。") + html_table(
        ["序号", "姓名", "性别", "出生年月", "准考证号", "身份证号", "拟录用岗位"], rows) + paras(
        "监督电话：027-87950356。", "中共武汉市江夏区委社会工作部　2025年6月9日")
    write_text("b01_nilu_shegong_oneid.html", cms_page("江夏区2025年公开招聘社区工作者拟录用人员公示", body, "人事信息", pubdate="2025-06-09", record=3102))
    label("b01_nilu_shegong_oneid.html", "block", ["id_card"], [IDS["b01_leak"]],
          "拟录用公示（CMS HTML）：其余身份证号 4+**+4 打码，第4行漏打码一个完整18位身份证号（校验位 X）")

    # ---------------------------------------------------------------- b02
    rows = []
    names = ["熊欣悦", "黎俊豪", "易诗涵", "常浩宇"]
    for i, n in enumerate(names):
        idv = mask_id64(FILL[36 + i]) if i != 2 else IDS["b02_x"]
        rows.append([str(i + 1), n, idv, ["临床医学", "护理学", "医学检验技术", "药学"][i], ["84.6", "82.1", "80.9", "79.5"][i]])
    docx_doc("江夏区第一人民医院2025年公开招聘卫生专业技术人员拟聘用人员公示", [
        ("p", "经笔试、面试、体检、考察，现将拟聘用人员名单公示如下（公示期：2025年7月1日至7月7日）："),
        ("table", ["序号", "姓名", "身份证号", "报考专业", "综合成绩"], rows),
        ("p", "对公示人员如有异议，请于公示期内向医院人事科实名反映，电话：027-87951688。"),
        ("p", "武汉市江夏区第一人民医院　2025年7月1日"),
    ], "b02_nipin_yiyuan_lowerx.docx")
    label("b02_nipin_yiyuan_lowerx.docx", "block", ["id_card"], [IDS["b02_x"], IDS["b02_x"].upper()],
          "拟聘用公示（python-docx）：其余 6+8*+4 打码，第3行完整身份证号以小写 x 结尾（校验位有效）")

    # ---------------------------------------------------------------- b03
    write_text("b03_songda_15wei.txt", f"""武汉市江夏区人力资源和社会保障局
工伤认定决定书送达公告

江人社工伤认〔2025〕第0127号

胡国庆（身份证号：{V.LEGACY15}）：
本局受理的申请人武汉鸿达建筑劳务有限公司为你申请工伤认定一案，已于2025年4月30日作出《认定工伤决定书》（江人社工伤认〔2025〕第0127号）。因无法直接送达和邮寄送达，现依法公告送达。自公告之日起经过三十日即视为送达。

如对该决定不服，可自送达之日起六十日内向武汉市江夏区人民政府申请行政复议，或者自送达之日起六个月内向人民法院提起行政诉讼。

联系地址：武汉市江夏区文化大道99号区政务服务中心二楼　联系电话：027-81821336

武汉市江夏区人力资源和社会保障局
2025年5月12日
""")
    label("b03_songda_15wei.txt", "block", ["id_card"], [V.LEGACY15],
          "工伤认定送达公告：受送达人15位旧身份证号紧跟“身份证号”（docs：15-digit legacy IDs next to 身份证）")

    # ---------------------------------------------------------------- b04
    rows = []
    bt = ["鲁*生", "葛*香", "万*林", "柳*兰", "武*民"]
    bcards = ["6228480418201137652", "6228480418215590834", V.CARD_B04, "6228480418277315926", "6228480418209842173"]
    for i in range(5):
        shown = mask_card(bcards[i]) if i != 2 else bcards[i]
        rows.append([i + 1, bt[i], vill[(i + 2) % 8], ["重度残疾人护理补贴", "困难残疾人生活补贴", "重度残疾人护理补贴", "困难残疾人生活补贴", "重度残疾人护理补贴"][i],
                     [100, 80, 100, 80, 100][i], 3, [300, 240, 300, 240, 300][i], shown])
    xlsx_openpyxl("b04_canbu_bankcard.xlsx", "江夏区2025年第二季度残疾人两项补贴发放名单（山坡街道）",
                  ["序号", "姓名", "村（社区）", "补贴类别", "月标准（元）", "发放月数", "发放金额（元）", "银行卡号"], rows,
                  notes=["公示期：2025年7月3日至7月9日；监督电话：027-81611028。"], widths=[6, 10, 20, 20, 12, 10, 14, 24])
    label("b04_canbu_bankcard.xlsx", "block", ["bank_card"], [V.CARD_B04],
          "残疾人两项补贴名单（openpyxl）：银行卡号列其余 6+*+4 打码，第3行为完整19位农行卡号（622848 开头，Luhn 有效）")

    # ---------------------------------------------------------------- b05
    body = paras(
        "一、项目编号：JXCG-2025-0522",
        "二、项目名称：江夏区街道便民服务中心办公家具采购项目",
        "三、中标信息：供应商名称：武汉瑞丰办公设备有限公司；统一社会信用代码：" + CC_C + "；中标金额：¥438,760.00。",
        "四、主要标的信息：办公桌椅、文件柜、档案密集架等，详见附件《中标明细表》。",
        "五、联系方式：",
        "1．采购人：武汉市江夏区政务服务和大数据管理局　联系电话：027-81821900",
        "2．采购代理机构：湖北楚诚招标代理有限公司　联系电话：027-87316628、400-027-8816",
        "3．中标供应商联系人：刘先生　手机：" + MOB["b05"] + "（用于合同签订对接）",
    )
    write_text("b05_zhongbiao_lianxiren_mobile.html", cms_page("江夏区街道便民服务中心办公家具采购项目中标公告", body, "政府采购",
                                                               source="区公共资源交易中心", pubdate="2025-06-16", record=4502))
    label("b05_zhongbiao_lianxiren_mobile.html", "review", ["mobile_phone"], [MOB["b05"]],
          "中标公告：中标供应商联系人个人手机（“手机：”标签后11位）。docs：手机号为 review（提示“如非单位公开的联系电话，请删除”）；座机和400不是发现")

    # ---------------------------------------------------------------- b06
    write_text("b06_linshi_jiuzhu_mobile.txt", f"""江夏区舒安街道2025年5月临时救助审批结果公示

序号  申请人  村（社区）    救助事由          救助金额（元）  审批日期
1     喻*东   舒安村        因病致困          2000            2025-05-08
2     柯*珍   杨湖村        住房失火          4000            2025-05-12
3     聂*伟   涂河村        意外伤害          1500            2025-05-19

经办人核实情况：第2户柯*珍家中失火后暂住亲属家，如需联系请拨打其子手机{MOB["b06"]}。

公示期：2025年5月26日至6月1日。监督电话：027-81651018。

舒安街道办事处
2025年5月26日
""")
    label("b06_linshi_jiuzhu_mobile.txt", "review", ["mobile_phone"], [MOB["b06"]],
          "临时救助公示：名单打码，但说明段落写出受助人家属的个人手机号 → mobile_phone review")

    # ---------------------------------------------------------------- b07 (LibreOffice DOCX)
    body = """<p>下列人员所持普通护照因遗失，已由本人申请挂失，根据《中华人民共和国护照法》第十四条及公安部有关规定，现声明作废：</p>
<table><tr><th>序号</th><th>姓名</th><th>性别</th><th>护照号码</th><th>签发日期</th><th>挂失日期</th></tr>
<tr><td>1</td><td>卢建军</td><td>男</td><td>EH3827164</td><td>2019-08-12</td><td>2025-05-06</td></tr>
<tr><td>2</td><td>施雅静</td><td>女</td><td>护照号码已挂失（尾号**17）</td><td>2021-03-30</td><td>2025-05-09</td></tr></table>
<p>作废护照不得再用于出入境，如有拾获请交当地公安机关出入境管理部门。</p>
<p>咨询电话：027-87952270（江夏区公安分局出入境管理大队）</p>
<p style="text-align:right">武汉市公安局江夏区分局　2025年5月14日</p>"""
    lo_from_html(plain_html("关于普通护照作废的公告", body), "b07_huzhao_zuofei.docx", "docx")
    label("b07_huzhao_zuofei.docx", "review", ["passport"], ["EH3827164"],
          "护照作废公告（LibreOffice DOCX 表格）：第1行完整护照号 EH3827164 在“护照号码”列下 → passport review")

    # ---------------------------------------------------------------- b08 (ReportLab)
    rows = [
        ["1", "郝振华", "区商务局", "副局长", "往来港澳通行证 C62814703", "2025.06.10—06.14"],
        ["2", "严晓琳", "区商务局", "科员", "往来港澳通行证 C7****56", "2025.06.10—06.14"],
        ["3", "付国梁", "区投资促进中心", "主任", "往来港澳通行证 C8****21", "2025.06.10—06.14"],
    ]
    rl_pdf("b08_fugang_tuanzu_gangao.pdf", "江夏区赴香港招商推介团组出访信息公示", [
        ("p", "根据因公临时出国（境）管理有关规定，现将我区赴香港开展招商推介活动团组信息公示如下："),
        ("p", "出访任务：参加2025香港·湖北周经贸洽谈活动，推介江夏区重点产业项目。出访时间：2025年6月10日至6月14日（共5天）。经费来源：区本级招商引资专项经费，预算人民币38,600元。"),
        ("table", ["序号", "姓名", "单位", "职务", "证件", "在外时间"], rows, [10, 18, 30, 16, 58, 34]),
        ("p", "公示期：2025年5月20日至5月26日。如有意见，请向区外事办反映，电话：027-87950412。"),
    ])
    label("b08_fugang_tuanzu_gangao.pdf", "review", ["passport"], ["C62814703"],
          "因公赴港团组公示（ReportLab 表格）：第1行完整往来港澳通行证号 C62814703（其余打码）→ passport review")

    # ---------------------------------------------------------------- b09
    body = paras(
        "一、项目编号：JXCG-2025-0608",
        "二、项目名称：江夏区智慧社区综合服务平台运维项目",
        "三、中标供应商：武汉众安信息技术有限公司（统一社会信用代码：" + CC_D + "），中标金额：¥1,965,000.00。",
        "四、联系方式：采购人联系电话 027-81821900；代理机构联系电话 027-87316628。",
        '五、附件：<a href="http://10.42.7.15:8080/cms/upload/2025/06/zbmx_0608.xlsx">中标明细表（点击下载）</a>',
        "（附件服务器地址：http://10.42.7.15:8080/cms/upload/2025/06/）",
    )
    write_text("b09_zhongbiao_neiwang_fujian.html", cms_page("江夏区智慧社区综合服务平台运维项目中标公告", body, "政府采购",
                                                             source="区公共资源交易中心", pubdate="2025-06-20", record=4533))
    label("b09_zhongbiao_neiwang_fujian.html", "review", ["internal_address"], [],
          "中标公告：附件链接与正文指向内网地址 http://10.42.7.15:8080/… → internal_address review")

    # ---------------------------------------------------------------- b10
    rows = [
        ["1", "鄂A5T382", "小型汽车", "2025-05-06 07:52", "文化大道与兴新街交叉口", "1039"],
        ["2", "鄂AD07215", "小型新能源汽车", "2025-05-06 10:13", "纸坊大街138号门前", "1039"],
        ["3", "鄂A·2Q85M", "小型汽车", "2025-05-07 18:40", "熊廷弼路人行道", "1039"],
        ["4", "鄂E·7H392", "大型汽车", "2025-05-08 14:05", "江夏大道公交站台", "1039"],
    ]
    body = paras("下列机动车在禁停路段违法停放，经现场告知无人在场，交警已依法拍照取证。请当事人自本公告发布之日起15日内到江夏区交通大队违法处理窗口接受处理。") + html_table(
        ["序号", "号牌号码", "车辆类型", "违法时间", "违法地点", "违法代码"], rows) + paras(
        "咨询电话：027-87952122。", "武汉市公安局交通管理局江夏大队　2025年5月12日")
    write_text("b10_weiting_haopai.html", cms_page("机动车违法停放告知公告（2025年第19期）", body, "交通管理", source="区交通大队", pubdate="2025-05-12", record=3420))
    label("b10_weiting_haopai.html", "review", ["license_plate"], ["鄂A5T382", "鄂AD07215", "鄂A·2Q85M", "鄂E·7H392"],
          "违停公告：完整号牌（含新能源 鄂AD07215、带点号 鄂A·2Q85M）。docs：车牌为 license_plate，review，不需旁边关键词")

    # ---------------------------------------------------------------- b11
    v11 = [V.vin("LSGPC52U?AF218743"), V.vin("LFV3A23C?D3157260")]
    docx_doc("江夏区党政机关公务用车处置拍卖公告", [
        ("p", "根据公务用车制度改革有关规定，经区机关事务服务中心批准，委托湖北楚天拍卖有限公司对下列公务用车进行公开拍卖："),
        ("table", ["标的号", "车辆品牌型号", "原号牌号码", "车辆识别代号", "初次登记日期", "起拍价（元）"], [
            ["G-01", "别克牌SGM7241ATA", "鄂A·G2781", v11[0], "2012-06-18", "18000"],
            ["G-02", "大众牌FV7187TATG", "鄂A·H6032", v11[1], "2014-03-25", "26000"],
        ]),
        ("p", "拍卖时间：2025年6月26日10:00；拍卖地点：江夏区公共资源交易中心三楼拍卖厅；咨询电话：027-87950871。"),
        ("p", "湖北楚天拍卖有限公司　2025年6月12日"),
    ], "b11_gongwuche_paimai_haopai.docx")
    label("b11_gongwuche_paimai_haopai.docx", "review", ["license_plate"], ["鄂A·G2781", "鄂A·H6032"],
          "公务用车拍卖（python-docx 表格）：原号牌号码列有完整车牌。docs 不区分单位车与私车：车牌即 license_plate review（审查员也会看一眼）；VIN 不是发现")

    # ---------------------------------------------------------------- b12 (exceljs)
    rows = [["江夏区2025年6月农村最低生活保障对象公示名单（法泗街道）"],
            ["序号", "户主姓名", "身份证号", "户籍地址", "保障人数", "月保障金（元）"]]
    db = ["董*安", "袁*梅", "蒋*发", "薛*英", "白*华", "尹*成"]
    for i in range(6):
        idv = mask_id64(FILL[i + 2]) if i != 4 else IDS["b12_leak"]
        rows.append([i + 1, db[i], idv, "法泗街道" + ["大路村", "长咀村", "洪北村", "石嘴村", "大路村", "长咀村"][i], [1, 2, 1, 3, 2, 1][i], [650, 1180, 650, 1560, 1180, 650][i]])
    rows.append(["公示期：2025年6月23日至6月29日；监督电话：027-81631015。"])
    xlsx_exceljs("b12_dibao_fasi_oneid.xlsx", {"creator": "法泗街道", "sheets": [{
        "name": "公示名单", "rows": rows, "merge": ["A1:F1"], "widths": [6, 10, 22, 22, 10, 14]}]})
    label("b12_dibao_fasi_oneid.xlsx", "block", ["id_card"], [IDS["b12_leak"]],
          "农村低保公示（exceljs）：其余 6+8*+4 打码，第5行完整18位身份证号")

    # ---------------------------------------------------------------- b13
    rows = []
    tk2 = ["田*和", "包*珍", "俞*贵", "顾*娥", "毛*林"]
    for i in range(5):
        idv = mask_id64(FILL[20 + i]) if i != 1 else IDS["b13_leak"]
        rows.append([i + 1, tk2[i], "男" if i % 2 == 0 else "女", idv, "公安县埠河镇" + ["天心眼村", "雷洲村", "夹竹园村", "楠木庙村", "双龙村"][i], "分散供养", 1280])
    write_csv("b13_tekun_oneid.csv", ["公安县埠河镇2025年第三季度特困供养人员名单", "单位：元/月"],
              ["序号", "姓名", "性别", "身份证号", "户籍地址", "供养方式", "基本生活费"], rows,
              ["注：以上人员经村级评议、镇级审核、县民政局审批确定。"])
    label("b13_tekun_oneid.csv", "block", ["id_card"], [IDS["b13_leak"]],
          "特困人员名单 CSV：第2行完整身份证号（1947年生，区划421022 公安县），其余打码")

    # ---------------------------------------------------------------- b14 (ReportLab)
    rows = []
    nb = ["文思琪", "金宇轩", "龙欣妍", "钱皓轩", "陆雨菲"]
    for i in range(5):
        idv = mask_id64(FILL[31 + i]) if i != 3 else IDS["b14_leak"]
        rows.append([str(i + 1), nb[i], idv, "2025051%04d" % (2203 + i * 17), ["小学语文", "小学数学", "小学英语", "初中物理", "初中化学"][i]])
    rl_pdf("b14_tegang_jiaoshi_oneid.pdf", "西陵区2025年农村义务教育学校特岗教师拟招聘人员名单", [
        ("p", "经资格审查、笔试、面试和体检，现将西陵区2025年特岗教师拟招聘人员名单公示如下，公示期为2025年7月21日至7月25日。"),
        ("table", ["序号", "姓名", "身份证号", "准考证号", "岗位"], rows, [12, 22, 52, 36, 30]),
        ("p", "监督电话：0717-6251038。宜昌市西陵区教育局　2025年7月21日"),
    ])
    label("b14_tegang_jiaoshi_oneid.pdf", "block", ["id_card"], [IDS["b14_leak"]],
          "特岗教师拟招聘名单（ReportLab STSong-Light 表格）：第4行完整身份证号，其余 6+8*+4")

    # ---------------------------------------------------------------- b15 (GB18030)
    write_text("b15_xzcf_geren_id_gb18030.txt", f"""武汉市江汉区市场监督管理局
行政处罚决定书

汉市监罚〔2025〕0341号

当事人：余海涛
身份证号：{IDS["b15_leak"]}
经营场所：武汉市江汉区唐家墩路某小区底商（个体工商户，未办理营业执照）

经查，2025年2月至4月期间，当事人在上述场所从事餐饮服务活动，未取得食品经营许可证，违法所得人民币6,850元。上述行为违反了《中华人民共和国食品安全法》第三十五条第一款的规定，依据该法第一百二十二条第一款，本局决定：没收违法所得6,850元，并处罚款人民币50,000元。

武汉市江汉区市场监督管理局
2025年5月6日
""", "gb18030")
    label("b15_xzcf_geren_id_gb18030.txt", "block", ["id_card"], [IDS["b15_leak"]],
          "个人行政处罚决定书（GB18030 文本）：当事人完整身份证号")

    # ---------------------------------------------------------------- b16
    docx_doc("武汉市江夏区人民法院公告", [
        ("p", "（2025）鄂0115民初2217号"),
        ("p", "王德胜：本院受理原告武汉市江夏区金鼎物业服务有限公司诉你物业服务合同纠纷一案，因你下落不明，现依法向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。自公告之日起经过三十日即视为送达。本案定于2025年9月16日上午9时在本院第三法庭开庭审理。"),
        ("p", "原告提供的被告最后使用的联系电话为" + MOB["b16"] + "，经本院多次拨打无人接听。"),
        ("p", "联系人：程书记员　电话：027-87931526"),
        ("p", "武汉市江夏区人民法院　2025年6月3日"),
    ], "b16_songda_mobile.docx")
    label("b16_songda_mobile.docx", "review", ["mobile_phone"], [MOB["b16"]],
          "法院送达公告（python-docx）：写出被告本人手机号（“联系电话为”后）→ mobile_phone review")

    # ---------------------------------------------------------------- b17
    rows = []
    nj = ["白雨萱", "崔明轩", "康佳怡", "贾子豪"]
    jc = ["6217002870033418529", V.CARD_B17, "6217002870047162308", "6217002870051283746"]
    for i in range(4):
        rows.append([i + 1, nj[i], ["202231060117", "202231060218", "202311020309", "202241080412"][i], "国家励志奖学金", "6000",
                     mask_card(jc[i]) if i != 1 else jc[i]])
    body = paras("以下同学2024—2025学年国家励志奖学金将于2025年11月发放至本人建设银行卡，请核对卡号，如有误请于11月10日前到资助中心更正。") + html_table(
        ["序号", "姓名", "学号", "奖项", "金额（元）", "建设银行卡号"], rows) + paras("江汉职业学院学生资助管理中心　2025年11月3日")
    write_text("b17_jiangxuejin_kahao.html", cms_page("关于核对国家励志奖学金发放银行卡号的通知", body, "学生资助", source="学生工作部", pubdate="2025-11-03", record=5188))
    label("b17_jiangxuejin_kahao.html", "block", ["bank_card"], [V.CARD_B17],
          "奖学金发放核对名单（CMS HTML）：第2行学生建设银行卡号完整（621700 开头 Luhn 有效），其余打码；12位学号不是发现")

    # ---------------------------------------------------------------- b18
    write_text("b18_yibao_shbh_oneid.txt", f"""新洲区2025年城乡居民医保参保资助对象名单公示（第一批）

根据《武汉市医疗保障局关于做好困难群众参保资助工作的通知》，现将第一批参保资助对象公示如下：

序号  姓名    社会保障号码            资助类别    资助金额（元）
1     严*芳   420117********0328      特困人员    400
2     尹*生   {IDS["b18_leak"]}      低保对象    400
3     孔*兰   420117********1645      低保对象    400
4     曾*国   420117********2013      返贫监测    300

公示期：2025年10月9日至10月15日。咨询电话：027-89351212；医保服务热线：12393。

新洲区医疗保障局
2025年10月9日
""")
    label("b18_yibao_shbh_oneid.txt", "block", ["id_card"], [IDS["b18_leak"]],
          "医保资助名单：社会保障号码即身份证号，第2行未打码 → id_card block（docs：18位有效身份证号在任何标签下都是身份证号）")

    # ---------------------------------------------------------------- b19 (LibreOffice PDF)
    body = f"""<p>经我中心审查，拟对下列不动产的权利人信息予以更正登记。根据《不动产登记暂行条例实施细则》第八十一条规定，现予公告。如有异议，请自公告之日起十五个工作日内将书面异议材料提交我中心。</p>
<p>权利人：周建国（身份证号：{IDS["b19_leak"]}）</p>
<p>不动产单元号：420102006003GB00417F00050803</p>
<p>不动产坐落：江岸区解放大道1823号5栋8层803室</p>
<p>原不动产权证书号：鄂(2020)武汉市不动产权第0213546号</p>
<p>更正事项：权利人姓名由“周建围”更正为“周建国”。</p>
<p>异议受理：武汉市不动产登记中心江岸分中心，联系电话：027-82271356，地址：江岸区三阳路108号，邮编：430014。</p>
<p style="text-align:right">武汉市不动产登记中心江岸分中心<br>2025年6月18日</p>"""
    lo_from_html(plain_html("不动产更正登记公告", body), "b19_bdc_gengzheng_id.pdf", "pdf")
    label("b19_bdc_gengzheng_id.pdf", "block", ["id_card"], [IDS["b19_leak"]],
          "不动产更正登记公告（LibreOffice PDF）：权利人完整身份证号")

    # ---------------------------------------------------------------- b20
    rows = [
        ["2025-06-03", "（2025）鄂0115民初1286号", "王德明", "EMS", "1193572864013", MOB["b20a"], "已签收"],
        ["2025-06-03", "（2025）鄂0115民初1286号", "李秀英", "EMS", "1193572864127", "（无）", "退回"],
        ["2025-06-05", "（2025）鄂0115民初1402号", "罗志勇", "EMS", "1193572865306", MOB["b20b"], "已签收"],
    ]
    write_csv("b20_youji_songda_mobile.csv", ["江夏区人民法院2025年6月邮寄送达回执登记（节选）"],
              ["寄出日期", "案号", "受送达人", "寄递方式", "邮件号", "受送达人电话", "状态"], rows,
              ["注：退回件已转公告送达。"])
    label("b20_youji_songda_mobile.csv", "review", ["mobile_phone"], [MOB["b20a"], MOB["b20b"]],
          "邮寄送达登记 CSV：“受送达人电话”列有两个个人手机号；13位 EMS 邮件号不是发现")

    # ---------------------------------------------------------------- b21
    docx_doc("江夏区2025年公开招聘辅警报名通知", [
        ("p", "根据工作需要，江夏区公安分局面向社会公开招聘辅警60名。报名时间：2025年7月1日9:00至7月7日17:00。"),
        ("link", "江夏区辅警招聘报名系统", "http://zp.gaj.jiangxia.intranet/fujing/baoming", "网上报名入口："),
        ("p", "报名材料模板另存于 \\\\192.168.3.12\\zhaopin\\2025fujing\\ ，请各派出所统一下载后转发。"),
        ("p", "咨询电话：027-87952260（工作日8:30—17:30）。"),
        ("p", "武汉市公安局江夏区分局　2025年6月25日"),
    ], "b21_fujing_zhaopin_neiwang.docx")
    label("b21_fujing_zhaopin_neiwang.docx", "review", ["internal_address"], [],
          "辅警招聘通知（python-docx）：超链接目标为 .intranet 主机，正文有 UNC 路径 \\\\192.168.3.12\\… → internal_address review")

    # ---------------------------------------------------------------- b22
    rows = [
        [1, "纸坊街", 12865, 10482, 2383, 0.8148],
        [2, "郑店街", 5326, 4417, 909, 0.8293],
        [3, "五里界街", 4108, 3296, 812, 0.8023],
        [4, "金口街", 6235, 5102, 1133, 0.8183],
        [5, "山坡街", 3572, 2841, 731, 0.7954],
    ]
    xlsx_openpyxl("b22_jiuye_tongji_mobile.xlsx", "江夏区2025年上半年城乡居民养老保险参保情况统计表",
                  ["序号", "街道", "应参保人数", "已参保人数", "未参保人数", "参保率"], rows,
                  notes=["填报单位：江夏区社会保险服务中心　审核人：聂建平", "填报人：鲍晓梅　手机：" + MOB["b22"] + "　填报日期：2025-07-08"],
                  widths=[6, 12, 12, 12, 12, 10], number_cols={5: "0.00%"})
    label("b22_jiuye_tongji_mobile.xlsx", "review", ["mobile_phone"], [MOB["b22"]],
          "参保统计表（openpyxl）：表下填报人个人手机号（“手机：”标签后）→ mobile_phone review；统计数字不是发现")

    # ---------------------------------------------------------------- b23
    write_text("b23_weifa_xinnengyuan.txt", """武汉市公安局交通管理局江夏大队
交通技术监控记录违法行为公告（2025年第27期）

以下机动车交通技术监控记录的违法行为已审核录入，请机动车所有人或驾驶人自公告之日起30日内接受处理：

序号  号牌号码    违法时间              违法地点                违法行为
1     鄂AF36172   2025-06-02 08:41:15   江夏大道与庙山路交叉口  不按导向车道行驶
2     鄂A·52871D  2025-06-02 17:26:40   文化大道藏龙岛段        超速未达20%
3     鄂A·***38   2025-06-03 07:58:03   纸坊大街兴新街口        闯红灯
4     鄂AB3X92    2025-06-04 21:13:52   青龙山隧道              违法变道

处理地点：江夏区文化大道218号；可通过“交管12123”APP在线处理。

2025年6月10日
""")
    label("b23_weifa_xinnengyuan.txt", "review", ["license_plate"], ["鄂AF36172", "鄂A·52871D", "鄂AB3X92"],
          "电子监控违法公告：新能源车牌（小型 鄂AF36172、大型 鄂A·52871D）和普通车牌完整，另一行已打码 → license_plate review")

    # ---------------------------------------------------------------- b24 (exceljs)
    xlsx_exceljs("b24_chuguo_huzhao.xlsx", {"creator": "区外事办", "sheets": [{
        "name": "团组人员",
        "rows": [
            ["江夏区赴德国经贸考察团组人员公示表"],
            ["序号", "姓名", "工作单位", "职务", "护照号码", "出访日期", "返回日期"],
            [1, "郝建民", "江夏区经济和信息化局", "局长", "E58213746", "2025-09-14", "2025-09-21"],
            [2, "蒋雪芳", "江夏区投资促进中心", "副主任", "EJ2731058", "2025-09-14", "2025-09-21"],
            [3, "伍志强", "江夏区经济和信息化局", "科长", "EK4019263", "2025-09-14", "2025-09-21"],
            ["出访任务：考察汽车零部件产业合作项目；经费预算：人民币126,000元；公示期：2025年8月25日至8月29日。"],
        ],
        "merge": ["A1:G1"], "widths": [6, 10, 24, 10, 14, 12, 12]}]})
    label("b24_chuguo_huzhao.xlsx", "review", ["passport"], ["E58213746", "EJ2731058", "EK4019263"],
          "因公出国团组公示（exceljs）：“护照号码”列三个完整护照号 → passport review")

    # ---------------------------------------------------------------- b25 (LibreOffice DOCX)
    rows = []
    nm25 = ["谭晓峰", "向丽娟", "田浩", "覃雅婷", "黄俊"]
    for i in range(5):
        v = FILL[i + 20] if i != 2 else IDS["b25_leak"]
        shown = mask_id14(v) if i != 2 else v
        rows.append(f"<tr><td>{i+1}</td><td>{nm25[i]}</td><td>{'男' if i % 2 == 0 else '女'}</td><td>{shown}</td><td>{['护理','临床医学','中医学','药学','医学影像'][i]}</td></tr>")
    body = "<p>经考试、考察、体检，现将恩施市2025年乡镇卫生院公开招聘拟聘用人员公示如下（公示期：2025年8月4日至8月8日）：</p><table><tr><th>序号</th><th>姓名</th><th>性别</th><th>身份证号码</th><th>岗位</th></tr>" + "".join(rows) + "</table><p>监督电话：0718-8226315。</p><p style=\"text-align:right\">恩施市卫生健康局<br>2025年8月4日</p>"
    lo_from_html(plain_html("恩施市2025年乡镇卫生院公开招聘拟聘用人员公示", body), "b25_weishengyuan_14show_oneid.docx", "docx")
    label("b25_weishengyuan_14show_oneid.docx", "block", ["id_card"], [IDS["b25_leak"]],
          "拟聘用公示（LibreOffice DOCX）：其余只显示前14位，第3行完整18位身份证号")

    # ---------------------------------------------------------------- b26 (Chromium)
    rows = []
    nm26 = ["殷*才", "苏*英", "卢*福", "阎*秀"]
    c26 = [V.luhn_complete("436742071826041"), V.CARD_B26, V.luhn_complete("436742071827793"), V.luhn_complete("436742071823516")]
    for i in range(4):
        rows.append([i + 1, nm26[i], "金口街道" + ["槐山村", "新农村", "东湖村", "金水闸村"][i], ["4.5", "6.2", "3.8", "5.0"][i],
                     ["540.00", "744.00", "456.00", "600.00"][i], mask_card(c26[i]) if i != 1 else c26[i]])
    body = "<p>根据《江夏区2025年水稻种植补贴实施方案》，补贴标准为每亩120元，现将金口街道补贴发放情况公示如下：</p>" + html_table(
        ["序号", "姓名", "村", "面积（亩）", "补贴金额（元）", "银行卡号"], rows, cls="") + "<p>公示期7天。监督电话：027-81611506。</p><p style=\"text-align:right\">金口街道办事处<br>2025年9月2日</p>"
    chromium_pdf(plain_html("江夏区2025年水稻种植补贴发放公示（金口街道）", body), "b26_shuidao_butie_kahao.pdf")
    label("b26_shuidao_butie_kahao.pdf", "block", ["bank_card"], [V.CARD_B26],
          "水稻补贴公示（Chromium PDF 表格）：第2行16位银行卡号完整（436742 开头、Luhn 有效、列名“银行卡号”——docs：Luhn 有效且紧邻卡号/银行即银行卡）")

    # ---------------------------------------------------------------- b27
    body = paras(
        "根据区人社局、区财政局《关于拨付2025年度第二批就业见习补贴的通知》，现将补贴拨付信息公告如下：",
        "一、补贴对象：武汉恒通物业服务有限公司等6家见习单位吸纳的见习人员及个人自主申领对象。",
        "二、个人自主申领（1人）：",
        "户名：张建华<br>开户银行：中国工商银行武汉江夏支行<br>账号：" + V.CARD_B27 + "<br>金额：人民币肆仟伍佰元整（¥4,500.00）",
        "三、单位申领（6家）：详见附件。",
        "咨询电话：027-81821336。",
        "武汉市江夏区就业服务中心　2025年8月18日",
    )
    write_text("b27_jianxi_butie_geren_zhanghu.html", cms_page("2025年度第二批就业见习补贴拨付公告", body, "就业创业", source="区就业服务中心", pubdate="2025-08-18", record=4620))
    label("b27_jianxi_butie_geren_zhanghu.html", "block", ["bank_card"], [V.CARD_B27],
          "就业见习补贴公告：账户块户名为个人（张建华），账号为 621226 开头 Luhn 有效19位 → docs：户名为人名的账户是卡 → bank_card block")

    # ---------------------------------------------------------------- b28
    rows = []
    nm28 = ["韦嘉豪", "莫欣怡", "廖梓轩", "陶诗涵"]
    keys = ["b28_a", "b28_b", "b28_c", "b28_d"]
    for i in range(4):
        rows.append([i + 1, nm28[i], IDS[keys[i]], ["男", "女", "男", "女"][i], "2025年7月15日 8:00", "江夏区第一人民医院体检中心"])
    body = paras("参加江夏区2025年招聘社区专职网格员面试合格的考生，请按以下安排参加体检，体检当日请空腹并携带本人身份证原件。") + html_table(
        ["序号", "姓名", "考生编号", "性别", "体检时间", "体检地点"], rows) + paras("咨询电话：027-87950356。", "江夏区网格员招聘工作领导小组办公室　2025年7月10日")
    write_text("b28_tijian_kaoshengbianhao_id.html", cms_page("江夏区2025年招聘社区专职网格员体检通知", body, "人事信息", pubdate="2025-07-10", record=3140))
    label("b28_tijian_kaoshengbianhao_id.html", "block", ["id_card"], [IDS[k] for k in keys],
          "体检通知（CMS HTML）：“考生编号”列实为完整身份证号（4个，校验位有效）——docs：18位身份证号在任何标签下都是身份证号")

    # ---------------------------------------------------------------- b29 (ReportLab)
    v29 = [V.vin("LGXCE4CB?F0128374"), V.vin("LBVPK410?JSL05836"), V.vin("LS5A3ABE?CB083671")]
    rows = [
        ["1", "鄂A9M527", "比亚迪牌 白色", v29[0], "文化大道江南春晓小区北门", "2025-03-10"],
        ["2", "鄂AH6719", "宝马牌 黑色", v29[1], "兴新街18号院东侧", "2025-02-21"],
        ["3", "无号牌", "长安牌 银色", v29[2], "熊廷弼路与凤凰路交叉口", "2025-01-30"],
    ]
    rl_pdf("b29_changqi_tingfang_haopai.pdf", "关于清理长期停放车辆的公告", [
        ("p", "经排查，下列车辆长期停放在公共道路及公共区域，影响市容环境和通行安全。请车辆所有人自本公告发布之日起15日内自行将车辆驶离；逾期未处理的，将依法拖移至江夏区交通大队停车场。"),
        ("table", ["序号", "号牌号码", "车辆品牌及颜色", "车辆识别代号", "停放地点", "发现日期"], rows, [10, 22, 26, 40, 46, 22]),
        ("p", "咨询电话：027-87952122。武汉市江夏区城市管理执法局　武汉市公安局交通管理局江夏大队　2025年4月2日"),
    ])
    label("b29_changqi_tingfang_haopai.pdf", "review", ["license_plate"], ["鄂A9M527", "鄂AH6719"],
          "长期停放车辆清理公告（ReportLab 表格）：两个完整号牌 → license_plate review；VIN 与“无号牌”不是发现")

    # ---------------------------------------------------------------- b30 (Chromium)
    body = """<p>一、项目编号：JXCG-2025-0714　项目名称：江夏区政务外网安全等级保护测评服务</p>
<p>二、采购预算：人民币48万元（¥480,000.00）</p>
<p>三、获取采购文件：2025年7月14日至7月21日，登录<a href="http://192.168.20.8/caigou/wenjian/0714">江夏区政府采购文件下载系统</a>下载（地址：http://192.168.20.8/caigou/wenjian/0714）。</p>
<p>四、响应文件提交截止时间：2025年7月25日9:30（北京时间）。</p>
<p>五、联系方式：采购人 江夏区政务服务和大数据管理局 027-81821900；代理机构 湖北楚诚招标代理有限公司 027-87316628、400-027-8816。</p>
<p style="text-align:right">2025年7月14日</p>"""
    chromium_pdf(plain_html("江夏区政务外网安全等级保护测评服务项目竞争性磋商公告", body), "b30_caigou_neiwang_xiazai.pdf")
    label("b30_caigou_neiwang_xiazai.pdf", "review", ["internal_address"], [],
          "采购公告（Chromium PDF）：正文与链接注释指向 http://192.168.20.8/… → internal_address review")

    # ---------------------------------------------------------------- b31
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "公示"
    ws.append(["江夏区2025年7月城市最低生活保障对象公示名单（纸坊街）"])
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "户主姓名", "身份证号", "居住社区", "月保障金（元）", "身份证号（核对用）"])
    hb = ["季*平", "成*英", "齐*海", "欧*兰"]
    keys = ["b31_a", "b31_b", "b31_c", "b31_d"]
    for i in range(4):
        ws.append([i + 1, hb[i], mask_id64(IDS[keys[i]]), "纸坊街" + ["北华街社区", "江南社区", "熊廷弼社区", "兴新街社区"][i],
                   [760, 1520, 760, 2280][i], IDS[keys[i]]])
    ws.append(["公示期：2025年7月21日至7月27日；监督电话：027-81821046。"])
    ws.column_dimensions["F"].hidden = True
    for col, w in zip("ABCDEF", [6, 10, 22, 18, 14, 22]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "纸坊街道"
    wb.save(path("b31_dibao_yincanglie.xlsx"))
    label("b31_dibao_yincanglie.xlsx", "block", ["id_card", "hidden_content"], [IDS[k] for k in keys],
          "城市低保公示（openpyxl）：可见列身份证号已打码，但隐藏的F列“身份证号（核对用）”保留4个完整身份证号 → id_card block + hidden_content")

    # ---------------------------------------------------------------- b32 (LibreOffice PDF)
    m = MOB["b32"]
    grouped = f"{m[:3]} {m[3:7]} {m[7:]}"
    body = f"""<p>一、项目编号：JXCG-2025-0803</p>
<p>二、项目名称：江夏区农村人居环境整治村庄保洁服务项目（第三标段）</p>
<p>三、成交供应商：武汉江南绿源建材有限公司（统一社会信用代码：{CC_A}），成交金额：¥2,316,800.00（贰佰叁拾壹万陆仟捌佰元整）</p>
<p>四、服务期限：2025年9月1日至2026年8月31日</p>
<p>五、成交供应商项目负责人：赵敏　手机 {grouped}</p>
<p>六、采购人：江夏区农业农村局　联系电话：027-87951420　传真：027-87951421　邮编：430200</p>
<p style="text-align:right">2025年8月12日</p>"""
    lo_from_html(plain_html("江夏区农村人居环境整治村庄保洁服务项目成交结果公告", body), "b32_chengjiao_mobile_fenzu.pdf", "pdf")
    label("b32_chengjiao_mobile_fenzu.pdf", "review", ["mobile_phone"], [m, grouped],
          "成交结果公告（LibreOffice PDF）：项目负责人手机号按 3-4-4 分组写（docs：grouped 也算）→ mobile_phone review")

    # ---------------------------------------------------------------- b33
    docx_doc("武汉市江汉区应急管理局行政处罚决定书（公开版）", [
        ("p", "汉应急罚〔2025〕第016号"),
        ("p", "被处罚单位：武汉市佳味源餐饮管理有限公司"),
        ("p", "统一社会信用代码：" + CC_F),
        ("p", "法定代表人：何志远　身份证号：" + IDS["b33_leak"]),
        ("p", "地址：武汉市江汉区新华路218号"),
        ("p", "2025年3月14日，本局执法人员对该单位进行检查时发现，该单位未按规定对从业人员进行安全生产教育和培训，且餐厅后厨液化石油气钢瓶未设置可燃气体报警装置。依据《中华人民共和国安全生产法》第九十七条第三项，决定给予罚款人民币叁万元（¥30,000）的行政处罚。"),
        ("p", "武汉市江汉区应急管理局　2025年4月2日"),
    ], "b33_xzcf_fadaibiao_id.docx")
    label("b33_xzcf_fadaibiao_id.docx", "block", ["id_card"], [IDS["b33_leak"]],
          "企业行政处罚公开（python-docx）：信用代码合规，但法定代表人完整身份证号 → id_card block")

    run_exceljs()


def main():
    gen_all()
    LABELS.sort(key=lambda l: l["file"])
    with open(path("labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(LABELS)} files written to {OUT}")


if __name__ == "__main__":
    main()
