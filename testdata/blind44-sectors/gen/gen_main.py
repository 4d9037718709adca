#!/usr/bin/python3
"""Generate the blind44-sectors corpus (python part) and the specs the node part renders.

Writes files into OUT (default ../), HTML/DOCX sources for Chromium and
LibreOffice into WORK, node_specs.json into WORK, and labels into WORK/labels_py.json.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WORK = sys.argv[2] if len(sys.argv) > 2 else "/tmp/b44work"
os.makedirs(OUT, exist_ok=True)
os.makedirs(WORK, exist_ok=True)

LABELS = []
NODE = []       # specs for gen_node.js
CHROME = []     # (html in WORK, pdf name)
SOFFICE = []    # (source in WORK, target ext, final name)


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def write_text(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(enc))


CITY = "澄川市"
TEL = "0576-8851"

FOOT = ('<div class="footer"><p>主办：澄川市人民政府办公室　承办：澄川市大数据发展管理局</p>'
        '<p>网站标识码：3310820001　浙ICP备05011234号　浙公网安备 33100202000178号</p>'
        '<p>政务服务热线：12345</p></div>')


def cms(title, section, date, source, body, comment="", extra_head=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_{source}_澄川市人民政府</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<style>
body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:15px;color:#333;margin:0}}
.top{{background:#b5151b;color:#fff;font-size:26px;padding:14px 40px}}
.nav{{padding:8px 40px;font-size:13px;color:#666}}
.article{{padding:10px 40px}} h1{{text-align:center;font-size:22px}}
.info{{text-align:center;color:#888;font-size:13px}}
table{{border-collapse:collapse;margin:10px auto}} td,th{{border:1px solid #999;padding:4px 8px;font-size:14px}}
.footer{{border-top:2px solid #b5151b;text-align:center;font-size:12px;color:#666;margin-top:30px}}
{extra_head}
</style>
</head>
<body>
{comment}
<div class="top">澄川市人民政府门户网站</div>
<div class="nav">首页 &gt; 政务公开 &gt; 部门信息公开 &gt; {section}</div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：{date}　信息来源：{source}　浏览次数：<span id="hits">236</span></div>
<div class="content">
{body}
</div>
</div>
{FOOT}
</body>
</html>
"""


def html_table(head, rows):
    s = "<table>\n<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>\n"
    for r in rows:
        s += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n"
    return s + "</table>\n"


def plain_html(title, body, css=""):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>@page{{size:A4;margin:20mm 18mm}}body{{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:15px}}
h1{{text-align:center;font-size:22px}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #000;padding:4px 6px;font-size:13px}} p{{line-height:1.7}} {css}</style></head>
<body>{body}</body></html>"""


# ---------------------------------------------------------------- python-docx helpers
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    d.core_properties.author = "澄川市政务公开办"
    return d


def p(d, text, bold=False, center=False, size=None, font=None):
    para = d.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def table(d, head, rows, size=10.5):
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = str(c)
    for row in t.rows:
        for c in row.cells:
            for para in c.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
    return t


# ---------------------------------------------------------------- openpyxl helpers
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side


def xl_sheet(ws, title, head, rows, widths=None, note=None):
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(head)
    for r in rows:
        ws.append(list(r))
    if note:
        ws.append([])
        ws.append([note])
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=2 + len(rows)):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.number_format = "@"
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w


# ---------------------------------------------------------------- ReportLab helpers
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
PS = ParagraphStyle("cn", fontName="STSong-Light", fontSize=11, leading=18, wordWrap="CJK")
PT = ParagraphStyle("cnt", fontName="STSong-Light", fontSize=17, leading=26, alignment=1)
PC = ParagraphStyle("cnc", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")


def rl_pdf(name, title, paras_before, head=None, rows=None, paras_after=(), colw=None, title_first=None):
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4, leftMargin=50, rightMargin=50,
                            topMargin=50, bottomMargin=50, title=title, author="澄川市")
    story = []
    if title_first:
        story.append(Paragraph(title_first, PS))
    story.append(Paragraph(title, PT))
    story.append(Spacer(1, 8))
    for t in paras_before:
        story.append(Paragraph(t, PS))
    if head:
        data = [[Paragraph(h, PC) for h in head]] + [[Paragraph(str(c), PC) for c in r] for r in rows]
        tb = Table(data, colWidths=colw, repeatRows=1)
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(Spacer(1, 6))
        story.append(tb)
        story.append(Spacer(1, 6))
    for t in paras_after:
        story.append(Paragraph(t, PS))
    doc.build(story)


def node(spec):
    NODE.append(spec)


SCHOOLS = ["澄川市第一初级中学", "澄川市实验学校", "澄江区城南中学", "澄江区育英学校", "西岭镇中学",
           "澄川外国语学校", "凤凰山初级中学", "临港新区初级中学"]
HIGH = ["澄川市第一中学", "澄川中学", "澄江高级中学", "澄川市实验高级中学", "西岭中学"]

# ======================================================================= 教育局
EXAM_BODY = [
    "考生须知：",
    "1．本试题卷分试题卷和答题卡两部分，满分120分，考试时间120分钟。",
    "2．答题前，考生务必用黑色字迹的签字笔在答题卡上填写姓名和准考证号。",
    "3．必须在答题卡的对应位置上答题，写在其他地方无效。",
    "一、选择题（本题有10小题，每小题3分，共30分）",
    "1．实数 -3 的绝对值是（　　）  A．3　B．-3　C．1/3　D．-1/3",
    "2．据统计，2025年澄川市常住人口约为2150000人，数据2150000用科学记数法表示为（　　）",
    "   A．2.15×10^5　B．2.15×10^6　C．21.5×10^5　D．0.215×10^7",
    "3．如图，直线a∥b，∠1＝65°，则∠2的度数是（　　）  A．65°　B．115°　C．125°　D．135°",
    "4．一组数据 3，5，5，6，8 的众数和中位数分别是（　　）",
    "二、填空题（本题有6小题，每小题4分，共24分）",
    "11．分解因式：x²－9＝________。",
    "12．若点A(2，m)在反比例函数 y＝6/x 的图象上，则 m＝________。",
    "三、解答题（本题有8小题，共66分）",
    "17．（本题6分）计算：(-2)²＋|−3|－√16。",
]

d = new_doc()
p(d, "绝密★启用前", bold=True, font="黑体", size=16)
p(d, "2026年澄川市初中学业水平考试", bold=True, center=True, size=18)
p(d, "数　学　试　题　卷", bold=True, center=True, size=22)
for t in EXAM_BODY:
    p(d, t, size=12)
d.sections[0].footer.paragraphs[0].text = "数学试题卷　第1页（共6页）"
d.save(os.path.join(OUT, "jy01_zhongkao_shuxue_juemi.docx"))
label("jy01_zhongkao_shuxue_juemi.docx", "block", ["classified_marking"], [],
      "中考数学试题卷 before the exam: 绝密★启用前 alone on the first line (level, star, period in words)")

rl_pdf("jy02_zhongkao_shuxue_kaohou.pdf", "2026年澄川市初中学业水平考试数学试题卷（考后公布稿）",
       ["本试题卷及参考答案、评分标准于2026年6月18日考试结束后由澄川市教育考试院统一公布，供全市初中数学教学研究使用。"] + EXAM_BODY[4:],
       paras_after=["澄川市教育考试院　2026年6月19日"])
label("jy02_zhongkao_shuxue_kaohou.pdf", "pass", [], [],
      "same 数学 paper published after the exam with the marking removed (ReportLab STSong-Light); 2150000 is a population figure")

yuwen = plain_html("语文试题卷", """
<p style="font-family:'Noto Sans CJK SC';font-weight:bold;font-size:17px;margin:0">绝密★启用前</p>
<h1>2026年澄川市初中学业水平考试<br>语 文 试 题 卷</h1>
<p style="text-align:center">（本试题卷于考试结束后公开，供教学研究参考）</p>
<p>考生须知：1．全卷共三大题，满分120分。考试时间为120分钟。2．答题时请将答案写在答题卡相应位置上。</p>
<p>一、积累与运用（共24分）</p>
<p>1．阅读下面的文字，根据拼音写出相应的汉字。（4分）</p>
<p>　　五月的澄江，两岸青山如dài（　　），江水澄澈，白鹭在浅滩上悠闲地踱步。</p>
<p>2．古诗文名句填空。（8分）（1）会当凌绝顶，__________。（杜甫《望岳》）</p>
<p>二、阅读（共56分）</p><p>（一）阅读下面的文章，完成3～6题。（15分）</p>
<p>　　外婆家的院子里有一口老井，井沿被绳子磨出了一道道深痕……</p>
<p>三、写作（共40分）</p><p>22．以“那一次，我读懂了______”为题，写一篇不少于600字的记叙文。</p>
""")
open(os.path.join(WORK, "jy03.html"), "w").write(yuwen)
CHROME.append(("jy03.html", "jy03_zhongkao_yuwen_kaohou_liubiao.pdf"))
label("jy03_zhongkao_yuwen_kaohou_liubiao.pdf", "block", ["classified_marking"], [],
      "语文 paper posted after the exam but still carrying 绝密★启用前 on its first line (Chromium): a marking is a marking whatever the date")

write_text("jy04_kaowu_baomi_tongzhi.txt", """澄川市教育局关于做好2026年初中学业水平考试考务工作的通知

澄教考〔2026〕17号

各区（县）教育局，市直属各学校：
　　2026年初中学业水平考试定于6月16日至18日举行。为确保考试安全平稳，现将有关事项通知如下。
　　一、切实加强试卷安全管理
　　国家教育考试的试题（包括副题）、参考答案和评分标准在启用前按绝密级国家秘密管理。各考区要严格落实试卷运送、交接、保管、分发全过程视频监控和“双人双锁”制度，考试保密室实行24小时值班，确保试卷万无一失。
　　二、规范考场编排
　　考生按准考证号顺序编排考场，每个考场30人。准考证号共11位，由区（县）代码、学校代码和考生序号组成，由市教育考试院统一编制。
　　三、做好考生服务
　　考生可于6月10日起登录澄川市教育考试院网站打印准考证。考试期间如遇突发情况，请拨打考务咨询电话0576-88512300，或政务服务热线12345。
　　四、严肃考风考纪
　　对违规违纪考生和工作人员，依据《国家教育考试违规处理办法》严肃处理。

澄川市教育局
2026年5月20日
（此件公开发布）
""")
label("jy04_kaowu_baomi_tongzhi.txt", "pass", [], [],
      "考务通知 that talks about secrecy in prose (启用前按绝密级国家秘密管理, no star, mid-sentence); 文号, agency landline, 12345, （此件公开发布）")

body = """<p>各考点：</p>
<p>　　为确保2026年初中学业水平考试试卷交接规范有序，现将考点试卷启封有关要求提示如下：</p>
<p>　　一、试卷由市教育考试院派专人专车押运至各考点保密室，考点主考和押运人员当面清点袋数。</p>
<p>　　二、每科开考前15分钟，由两名监考员共同到保密室领取试卷，当场核验试卷袋上“绝密★启用前”标识和密封条是否完好，无误后方可在考场内启封。</p>
<p>　　三、考试结束后，答题卡按考场装袋密封，当日交回市教育考试院。</p>
<p>　　联系电话：0576-88512300</p>
<p style="text-align:right">澄川市教育考试院<br>2026年6月10日</p>"""
write_text("jy05_kaowu_shijuandai_tishi.html", cms("关于考点试卷交接启封工作的提示", "招生考试", "2026-06-10", "市教育局", body))
label("jy05_kaowu_shijuandai_tishi.html", "review", ["classified_marking"], [],
      "考点提示 quoting the full marking “绝密★启用前” inside a sentence: README 'a full marking inside a sentence goes to a human'")

# jy06 体育中考考场安排 (openpyxl): 11-digit 准考证号 beginning 150..-153..
rows = []
for i in range(1, 41):
    zk = "15%02d%03d%04d" % ((i % 4) + 1, 100 + (i % 8) * 7, 20 + i)
    nm = mask_name(name())
    rows.append([str(i), zk, nm, "男" if i % 2 else "女", SCHOOLS[i % 8], "澄川市体育中心", "2026-04-%02d" % (10 + i // 14), "第%d场" % (1 + i % 6)])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "考场安排"
xl_sheet(ws, "2026年澄川市初中毕业生升学体育考试考场安排表（第三考点）",
         ["序号", "准考证号", "姓名", "性别", "毕业学校", "考点", "考试日期", "场次"], rows,
         widths=[6, 15, 10, 6, 22, 16, 12, 8], note="注：请考生携带准考证和身份证提前30分钟到达考点检录。")
wb.save(os.path.join(OUT, "jy06_tiyu_zhongkao_kaochang.xlsx"))
label("jy06_tiyu_zhongkao_kaochang.xlsx", "pass", [], [],
      "体育中考考场安排 with a column of 11-digit 准考证号 that begin 150–153 (docs: a roster's number under its column heading is not a mobile); names masked")

# jy07 录取名单 CMS HTML
rows = []
for i in range(1, 31):
    zk = "1382%02d%05d" % (1 + i % 5, 30000 + i * 37)
    rows.append([i, zk, mask_name(name()), SCHOOLS[i % 8], HIGH[i % 5]])
body = ("<p>根据《澄川市2026年普通高中招生工作实施意见》，经考生志愿填报、资格审核，现将提前批录取名单予以公示。公示期为2026年7月2日至7月8日。</p>"
        + html_table(["序号", "准考证号", "姓名", "毕业学校", "录取学校"], rows)
        + "<p>公示期间如有异议，请以书面形式向澄川市教育局招生办反映。监督电话：0576-88512306。</p>")
write_text("jy07_gaozhong_luqu_gongshi.html",
           cms("澄川市2026年普通高中提前批录取名单公示", "招生考试", "2026-07-02", "市教育局", body,
               comment="<!-- 栏目：招生考试 id=2231 -->"))
label("jy07_gaozhong_luqu_gongshi.html", "pass", [], [],
      "高中提前批录取公示: 准考证号 column of 11 digits starting 1382, names masked, landline, platform comment 栏目：招生考试 id=2231")

# jy08 特长生 with one unmasked ID
rows = []
leak_id = id_card("330102", 2010, 9, 14, 237)
for i in range(1, 16):
    v = id_card(None, 2010 + (i % 2), 1 + i % 12, 3 + i, 100 + i)
    rows.append([i, mask_name(name()), "女" if i % 3 else "男", mask_id(v), SCHOOLS[i % 8], ["美术", "音乐", "田径", "篮球"][i % 4], "合格"])
rows[8][3] = leak_id
body = ("<p>根据2026年普通高中体育艺术特长生招生办法，经专业测试和资格复核，现将测试合格考生名单公示如下：</p>"
        + html_table(["序号", "姓名", "性别", "身份证号", "初中学校", "特长项目", "测试结论"], rows)
        + "<p>公示时间：2026年5月12日—5月18日。联系电话：0576-88512306。</p>")
write_text("jy08_techangsheng_hege_leak.html",
           cms("2026年普通高中体育艺术特长生测试合格名单公示", "招生考试", "2026-05-12", "市教育局", body,
               comment="<!-- 栏目：招生考试 id=2248 -->"))
label("jy08_techangsheng_hege_leak.html", "block", ["id_card"], [leak_id],
      "特长生合格名单: 身份证号 column masked 6+4 except row 9, left whole")

# jy09 学籍异动 (npm docx), masked 学籍号
rows = []
for i in range(1, 13):
    v = id_card(None, 2013 + i % 3, 1 + i % 12, 2 + i, 300 + i)
    rows.append([str(i), "G" + mask_id(v), mask_name(name()), SCHOOLS[i % 8], SCHOOLS[(i + 3) % 8], ["转学", "休学", "复学"][i % 3]])
node({"kind": "docx", "file": "jy09_xueji_yidong_gongshi.docx",
      "title": "澄川市2026年春季学期义务教育阶段学生学籍异动情况公示",
      "paras": ["根据《中小学生学籍管理办法》，现将2026年春季学期学生学籍异动情况公示如下。学籍号已作脱敏处理。"],
      "head": ["序号", "全国学籍号", "姓名", "原就读学校", "现就读学校", "异动类型"], "rows": rows,
      "after": ["公示期：2026年3月20日至3月26日。如有异议，请联系市教育局基础教育科，电话0576-88512211。", "澄川市教育局", "2026年3月20日"],
      "footer": "澄川市教育局　第1页"})
label("jy09_xueji_yidong_gongshi.docx", "pass", [], [],
      "学籍异动公示 (npm docx): every 学籍号 is G plus a masked ID (6+8*+4), which the docs list as masked")

# jy10 学籍异动 leak (exceljs)
rows = []
leak_g = id_card("420106", 2014, 11, 21, 52)
for i in range(1, 16):
    v = id_card(None, 2013 + i % 3, 1 + i % 12, 2 + i, 400 + i)
    rows.append([str(i), "G" + mask_id(v), mask_name(name()), SCHOOLS[i % 8], SCHOOLS[(i + 2) % 8], ["转学", "转学", "休学"][i % 3], "2026-0%d-1%d" % (3 + i % 3, i % 9)])
rows[11][1] = "G" + leak_g
node({"kind": "xlsx", "file": "jy10_xueji_yidong_leak.xlsx",
      "sheets": [{"name": "异动名单", "title": "2026年春季学期学籍异动学生名单（小学部）",
                  "head": ["序号", "全国学籍号", "学生姓名", "转出学校", "转入学校", "异动类型", "办理日期"],
                  "rows": rows, "widths": [6, 24, 10, 22, 22, 10, 12]}]})
label("jy10_xueji_yidong_leak.xlsx", "block", ["id_card"], [leak_g],
      "学籍异动 sheet (exceljs): row 12's 学籍号 is G plus a whole ID (docs: a 学籍号 of one letter and the ID)")

# jy11 招生通知 with intranet address in footer (python-docx)
d = new_doc()
p(d, "澄川市教育局关于做好2026年义务教育学校招生入学工作的通知", bold=True, center=True, size=18)
for t in ["各区（县）教育局，市直属各学校：",
          "　　为进一步规范义务教育招生入学秩序，现就2026年义务教育招生入学工作通知如下。",
          "　　一、坚持免试就近入学。公办学校按划定的施教区招生，民办学校统一纳入审批地管理，实行电脑随机录取。",
          "　　二、实行网上报名。适龄儿童家长于6月1日至6月7日登录“澄川义务教育招生服务平台”报名，上传户籍、房产等材料。",
          "　　三、各学校须于6月15日前完成报名信息审核，审核结果通过学校填报系统报送市教育局。",
          "　　四、招生咨询电话：0576-88512211（工作日8:30—17:00）。",
          "澄川市教育局", "2026年5月8日"]:
    p(d, t)
d.sections[0].footer.paragraphs[0].text = "学校审核填报入口：http://10.32.8.15/zsbm/login.do（仅限教育城域网访问）"
d.save(os.path.join(OUT, "jy11_zhaosheng_ruxue_tongzhi.docx"))
label("jy11_zhaosheng_ruxue_tongzhi.docx", "review", ["internal_address"], [],
      "招生入学通知 whose footer gives the schools' entry at a private IP URL (10.32.8.15)")

# jy12 教师招聘笔试成绩 (python-docx -> LibreOffice PDF)
d = new_doc()
p(d, "2026年澄川市教育系统公开招聘中小学教师笔试成绩公示", bold=True, center=True, size=16)
p(d, "　　根据《2026年澄川市教育系统公开招聘中小学教师公告》，现将笔试成绩公布如下（按准考证号排序），入围面试人员名单另行公告。", size=12)
rows = []
for i in range(1, 36):
    zk = "1392026%04d" % (101 + i * 3)
    rows.append([str(i), zk, ["初中语文", "初中数学", "小学英语", "小学科学", "初中物理"][i % 5], "%.1f" % (55 + (i * 7.3) % 38), "是" if i % 3 else "否"])
table(d, ["序号", "准考证号", "报考岗位", "笔试成绩", "是否入围面试"], rows)
p(d, "咨询电话：0576-88512260　监督电话：0576-88512201", size=12)
d.save(os.path.join(WORK, "jy12.docx"))
SOFFICE.append(("jy12.docx", "pdf", "jy12_jiaoshi_zhaopin_bishi.pdf"))
label("jy12_jiaoshi_zhaopin_bishi.pdf", "pass", [], [],
      "教师招聘笔试成绩 (LibreOffice PDF, ruled table): column of 11-digit 准考证号 starting 1392026, no names")

# jy13 助学金 with guardians' mobiles (openpyxl)
rows = []
mobs = []
for i in range(1, 21):
    v = id_card(None, 2009 + i % 2, 1 + i % 12, 1 + i, 500 + i)
    m = mobile()
    mobs.append(m)
    rows.append([str(i), HIGH[i % 5], "高%s" % "一二三"[i % 3], mask_name(name()), mask_id(v), mask_name(name()), m, "1000"])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "发放名单"
xl_sheet(ws, "2026年春季学期普通高中国家助学金发放名单", ["序号", "学校", "年级", "学生姓名", "身份证号", "监护人", "监护人联系电话", "资助金额（元）"], rows,
         widths=[6, 20, 8, 10, 22, 10, 16, 14])
wb.save(os.path.join(OUT, "jy13_zhuxuejin_fafang.xlsx"))
label("jy13_zhuxuejin_fafang.xlsx", "review", ["mobile_phone"], mobs,
      "国家助学金发放名单: names and IDs masked but the 监护人联系电话 column holds whole mobiles")

# jy14 成绩复核 GB18030 text with 准考证号 after its label
lines = ["澄川市2026年初中学业水平考试成绩复核结果公告", "",
         "　　根据考生申请，市教育考试院对下列考生的相关科目成绩进行了复核，结果如下：", ""]
for i in range(1, 13):
    zk = "13820%d%05d" % (1 + i % 5, 10000 + i * 811)
    lines.append("准考证号：%s　姓名：%s　复核科目：%s　复核结果：%s" % (zk, mask_name(name()), ["数学", "语文", "科学", "英语"][i % 4], "无误" if i % 5 else "更正，原成绩漏统一题，总分增加3分"))
lines += ["", "　　考生如对复核结果仍有疑问，可在公告之日起3个工作日内来电咨询：0576-88512300。", "", "澄川市教育考试院", "2026年7月6日"]
write_text("jy14_chengji_fuhe_gb18030.txt", "\r\n".join(lines) + "\r\n", "gb18030")
label("jy14_chengji_fuhe_gb18030.txt", "pass", [], [],
      "成绩复核结果 (GB18030): each line '准考证号：138…' (11 digits after its label, docs: a roster's number after its label), names masked")

# jy16 特长生 with a remark comment
rows = [[i, "1382%02d%05d" % (3, 40000 + i * 91), mask_name(name()), SCHOOLS[i % 8], ["舞蹈", "声乐", "足球"][i % 3]] for i in range(1, 13)]
body = ("<p>经专业测试，下列考生艺术类特长测试合格，现予公示：</p>" + html_table(["序号", "准考证号", "姓名", "初中学校", "特长项目"], rows)
        + "<p>公示时间：2026年5月20日至5月26日。</p>")
write_text("jy16_yishu_techang_beizhu.html",
           cms("澄川中学2026年艺术特长生测试合格名单", "招生考试", "2026-05-20", "澄川中学", body,
               comment="<!-- 备注：第12名考生获奖证书真伪待核实，核实前暂勿发布 -->"))
label("jy16_yishu_techang_beizhu.html", "review", ["hidden_content"], [],
      "特长生名单 (clean) with an editor's HTML comment under 备注 (docs: never a label under a remark's field)")

# jy17 教师资格认定 (ReportLab), certificate number range
rl_pdf("jy17_jiaozi_rending_gonggao.pdf", "澄川市2026年上半年中小学教师资格认定结果公告",
       ["　　根据《教师资格条例》和《〈教师资格条例〉实施办法》，经资格审查、体检等程序，2026年上半年我市共认定中小学教师资格412人，现将结果公告如下。",
        "　　本批次教师资格证书编号 20263310021000011 至 20263310021000422，证书由各受理点于7月10日起发放，申请人凭本人有效身份证件领取。"],
       ["学段", "认定人数", "其中：师范生", "其中：非师范生"],
       [["幼儿园", "86", "51", "35"], ["小学", "148", "97", "51"], ["初级中学", "103", "58", "45"], ["高级中学", "62", "40", "22"], ["中等职业学校", "13", "2", "11"]],
       ["　　咨询电话：0576-88512233（教师资格认定受理中心）", "澄川市教育局　2026年7月3日"], colw=[110, 90, 110, 110])
label("jy17_jiaozi_rending_gonggao.pdf", "pass", [], [],
      "教师资格认定 (ReportLab): a range 证书编号 A 至 B of 17-digit numbers (docs: the end of a range of serials), counts table")

# ======================================================================= 卫生健康委
VAC_UNITS = ["澄江街道社区卫生服务中心", "城南街道社区卫生服务中心", "西岭镇卫生院", "凤凰山社区卫生服务中心"]
rows = []
for i in range(1, 26):
    v = id_card(None, 1940 + i % 25, 1 + i % 12, 1 + i, 600 + i)
    rows.append([str(i), VAC_UNITS[i % 4], mask_name(name()), mask_id(v), mask_mobile(mobile()), "流感病毒裂解疫苗（四价）", "2026%02dB%03d" % (9 + i % 2, 11 + i % 6), "2026-10-%02d" % (8 + i % 15)])
node({"kind": "xlsx", "file": "wj01_liugan_jiezhong_gongshi.xlsx",
      "sheets": [{"name": "第一批", "title": "2026年澄川市60周岁以上老年人免费接种流感疫苗名单公示（第一批）",
                  "head": ["序号", "接种单位", "姓名", "身份证号", "联系电话", "疫苗名称", "疫苗批号", "接种日期"],
                  "rows": rows, "widths": [6, 26, 10, 22, 15, 24, 12, 12],
                  "note": "注：个人信息已脱敏。咨询电话：0576-88223101"}]})
label("wj01_liugan_jiezhong_gongshi.xlsx", "pass", [], [],
      "流感疫苗免费接种公示 (exceljs): IDs masked 6+8*+4, phones 3+4, 疫苗批号, dates, landline")

rows = []
leak = id_card("330203", 1951, 3, 9, 426)
for i in range(1, 21):
    v = id_card(None, 1940 + i % 25, 1 + i % 12, 1 + i, 700 + i)
    rows.append([str(i), VAC_UNITS[i % 4], mask_name(name()), mask_id(v), mask_mobile(mobile()), "23价肺炎球菌多糖疫苗", "2026%02dP%03d" % (4, 20 + i % 5), "2026-05-%02d" % (6 + i % 20)])
rows[13][3] = leak
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "接种名单"
xl_sheet(ws, "2026年老年人肺炎疫苗免费接种名单（城南片区）", ["序号", "接种单位", "姓名", "身份证号", "联系电话", "疫苗名称", "疫苗批号", "接种日期"], rows,
         widths=[6, 26, 10, 22, 15, 22, 12, 12])
wb.save(os.path.join(OUT, "wj02_feiyan_jiezhong_leak.xlsx"))
label("wj02_feiyan_jiezhong_leak.xlsx", "block", ["id_card"], [leak],
      "肺炎疫苗接种名单 (openpyxl): masked IDs except row 14, whole")

rows = []
mob_leak = mobile()
for i in range(1, 16):
    rows.append([str(i), "TJ2026%04d" % (610 + i), mask_name(name()), ["市第一人民医院", "市中医院", "市疾控中心", "澄江区人民医院"][i % 4], ["血常规", "肝功能", "胸部CT"][i % 3], mask_mobile(mobile())])
rows[6][5] = mob_leak
rl_pdf("wj04_tijian_fucha_mingdan.pdf", "2026年澄川市卫生健康系统公开招聘体检复查人员名单",
       ["　　根据体检医院出具的结论，下列人员需进行复查。请复查人员于2026年6月24日上午7:30空腹到澄川市人民医院体检中心复查，逾期视为放弃。"],
       ["序号", "体检编号", "姓名", "报考单位", "复查项目", "联系电话"], rows,
       ["　　体检中心联系电话：0576-88236012", "澄川市卫生健康委员会　2026年6月20日"], colw=[35, 80, 60, 120, 80, 100])
label("wj04_tijian_fucha_mingdan.pdf", "review", ["mobile_phone"], [mob_leak],
      "体检复查名单 (ReportLab): 联系电话 column masked 3+4 except row 7")

rows = []
for i in range(1, 21):
    cls = [1, 2, 3, 4][i % 4]
    code = "%d%02d33100%09d" % (cls, 10 + i % 3, 2026000 + i * 13)
    code = code[:15]
    rows.append([i, mask_name(name()), code, ["临床", "中医", "口腔", "公共卫生"][cls - 1], ["内科专业", "中医专业", "口腔专业", "公共卫生类别专业"][cls - 1], ["澄川市人民医院", "澄川市中医院", "澄川口腔医院", "澄川市疾病预防控制中心"][cls - 1], "首次注册"])
body = ("<p>根据《医师执业注册管理办法》，现将2026年5月医师执业注册信息公示如下：</p>"
        + html_table(["序号", "姓名", "医师执业证书编码", "执业类别", "执业范围", "主要执业机构", "注册类型"], rows)
        + "<p>公示期5个工作日。如有异议，请向市卫生健康委医政医管科反映，电话0576-88223150。</p>")
write_text("wj05_yishi_zhuce_gongshi.html", cms("2026年5月医师执业注册信息公示", "卫生健康", "2026-06-03", "市卫生健康委", body,
                                                comment="<!-- 栏目：行政许可 id=5120 -->"))
label("wj05_yishi_zhuce_gongshi.html", "pass", [], [],
      "医师执业注册公示: 15-digit 医师执业证书编码 under its heading with no 身份证 anywhere (legacy-15 IDs only next to 身份证)")

hk = "H%08d" % RNG.randint(10000000, 99999999)
node({"kind": "docx", "file": "wj06_gangao_yishi_duanqi.docx",
      "title": "港澳医师在澄川市短期行医执业注册公示",
      "paras": ["　　根据《香港、澳门特别行政区医师在内地短期行医管理规定》，下列医师申请在我市短期行医，经审核符合条件，现予公示。"],
      "head": ["序号", "姓名", "性别", "港澳居民来往内地通行证（回乡证）号码", "执业类别", "执业机构", "有效期"],
      "rows": [["1", "陈志豪", "男", hk, "临床", "澄川市人民医院", "2026.07.01—2029.06.30"],
               ["2", "黎嘉欣", "女", "M****" + "%04d" % RNG.randint(1000, 9999), "口腔", "澄川口腔医院", "2026.07.01—2029.06.30"]],
      "after": ["公示期：2026年6月25日至7月1日。联系电话：0576-88223150。", "澄川市卫生健康委员会"]})
label("wj06_gangao_yishi_duanqi.docx", "review", ["passport"], [hk],
      "港澳医师短期行医公示 (npm docx): one 回乡证 number whole under a heading naming the permit, the other masked")

lines = ["城南街道社区卫生服务中心2026年6月从业人员健康证明发放公示", "",
         "序号　姓名　　从业类别　　健康证明编号　　　　体检日期　　发证日期"]
for i in range(1, 19):
    lines.append("%02d　　%s　%s　%s　2026-06-%02d　2026-06-%02d" % (i, mask_name(name()).ljust(3, "　"), ["食品生产", "餐饮服务", "公共场所", "药品经营"][i % 4], "33100220260%05d" % (6000 + i * 17), 2 + i, 5 + i))
lines += ["", "说明：健康证明有效期一年，请从业人员到服务中心二楼窗口领取。咨询电话：0576-88230120。"]
write_text("wj07_jiankangzheng_fafang_gb18030.txt", "\r\n".join(lines) + "\r\n", "gb18030")
label("wj07_jiankangzheng_fafang_gb18030.txt", "pass", [], [],
      "健康证明发放公示 (GB18030): 16-digit 健康证明编号 (not 62, no card/account word) under a serial heading, names masked")

d = new_doc()
p(d, "关于注销遗失从业人员健康证明的公告", bold=True, center=True, size=18)
p(d, "　　下列从业人员健康证明已遗失，根据本人申请，现予以公告注销，原证明自公告之日起作废。", size=12)
leak = id_card("340104", 1992, 7, 26, 81)
rows = []
for i in range(1, 8):
    v = id_card(None, 1980 + i * 3, i, 10 + i, 120 + i)
    rows.append([str(i), mask_name(name()), mask_id(v), "33100220250%05d" % (3000 + i * 41), ["澄川市好味来餐饮店", "西岭镇阿福面馆", "澄川市丰禾超市"][i % 3]])
rows[3][2] = leak
table(d, ["序号", "姓名", "身份证号", "原健康证明编号", "工作单位"], rows)
p(d, "澄川市澄江区卫生健康局　2026年4月9日", size=12)
d.save(os.path.join(OUT, "wj08_jiankangzheng_zhuxiao.docx"))
label("wj08_jiankangzheng_zhuxiao.docx", "block", ["id_card"], [leak],
      "健康证明注销公告 (python-docx table): row 4 身份证号 whole, others masked")

d = new_doc()
p(d, "2026年5月澄川市法定传染病疫情分析", bold=True, center=True, size=18)
for t in ["　　2026年5月，全市共报告法定传染病11种1862例，死亡1例，报告发病率为73.41/10万，较上月上升12.6%。",
          "　　一、乙类传染病：共报告6种412例，居前三位的是病毒性肝炎、梅毒和肺结核。",
          "　　二、丙类传染病：共报告5种1450例，以流行性感冒和其他感染性腹泻病为主。",
          "　　三、下阶段工作建议：加强学校、托幼机构手足口病防控，做好夏季肠道传染病监测。"]:
    p(d, t, size=12)
d.sections[0].footer.paragraphs[0].text = "本材料属工作秘密。"
d.save(os.path.join(OUT, "wj09_chuanranbing_fenxi.docx"))
label("wj09_chuanranbing_fenxi.docx", "review", ["sensitive_term"], [],
      "传染病疫情分析 whose footer declares 本材料属工作秘密 (README example: 工作秘密 → review)")

d = new_doc()
d.sections[0].header.paragraphs[0].text = "秘密★1年"
p(d, "关于澄江区聚集性疫情应急处置情况的报告", bold=True, center=True, size=18)
for t in ["市卫生健康委：",
          "　　6月3日，澄江区某学校报告一起聚集性发热病例。接报后，区疾控中心立即开展流行病学调查，截至6月8日累计报告病例27例，均为轻症。",
          "　　目前已落实环境消杀、晨午检和因病缺课追踪等措施，疫情处于可控状态。下一步将持续做好监测研判。",
          "澄江区卫生健康局", "2026年6月8日"]:
    p(d, t, size=12)
d.save(os.path.join(OUT, "wj10_yiqing_chuzhi_baogao.docx"))
label("wj10_yiqing_chuzhi_baogao.docx", "block", ["classified_marking"], [],
      "疫情处置报告 with 秘密★1年 in the page header only")

# ======================================================================= 公安交警
ROADS = ["澄江路与人民大道交叉口", "城南路188号门前", "凤凰山路东侧人行道", "西岭大道公交站台", "临港大道辅路", "新华街步行街入口"]
plates = [plate() for _ in range(10)] + [plate_ne() for _ in range(4)]
rows = [[i + 1, pl, "新能源小型汽车" if len(pl) == 8 else "小型汽车", "2026-05-%02d %02d:%02d" % (3 + i, 8 + i % 10, (i * 7) % 60), ROADS[i % 6], "机动车违反规定停放"] for i, pl in enumerate(plates)]
body = ("<p>为维护城市道路交通秩序，现将近期在城区主要道路违法停车且未及时驶离的车辆予以曝光，请车辆所有人尽快到交警部门接受处理。</p>"
        + html_table(["序号", "号牌号码", "号牌种类", "违法时间", "违法地点", "违法行为"], rows)
        + "<p>澄川市公安局交通警察支队　2026年5月20日</p><p>举报电话：0576-88310122</p>")
write_text("jj01_weiting_baoguang.html", cms("违法停车曝光台（第23期）", "交通管理", "2026-05-20", "市公安局交警支队", body))
label("jj01_weiting_baoguang.html", "review", ["license_plate"], plates,
      "违法停车曝光台 listing whole plates (ordinary and new-energy); plates are review")

rows = [[i + 1, mask_plate(pl), "新能源小型汽车" if len(pl) == 8 else "小型汽车", "2026-06-%02d" % (3 + i), ROADS[i % 6], "机动车违反规定停放", "罚款150元，记3分"] for i, pl in enumerate([plate() for _ in range(9)] + [plate_ne() for _ in range(3)])]
body = ("<p>现将2026年6月城区违法停车典型车辆曝光如下（号牌已作隐私处理）：</p>"
        + html_table(["序号", "号牌号码", "号牌种类", "违法日期", "违法地点", "违法行为", "处理结果"], rows)
        + "<p>举报电话：0576-88310122，政务服务热线：12345。</p>")
write_text("jj02_weiting_baoguang_tuomin.html", cms("违法停车曝光台（第24期）", "交通管理", "2026-06-22", "市公安局交警支队", body,
                                                   comment="<!-- 所属栏目：交通管理 -->"))
label("jj02_weiting_baoguang_tuomin.html", "pass", [], [],
      "违法停车曝光 with plates masked as 浙C·***45 (docs' masked plate form), fines, 12345, section-only comment")

plates3 = [plate() for _ in range(12)] + [plate_ne() for _ in range(3)]
rows = []
for i, pl in enumerate(plates3):
    rows.append([str(i + 1), pl, "52" if len(pl) == 8 else "02", ["小型普通客车", "轻型普通货车", "小型轿车"][i % 3], mask_name(name()), "20%02d-%02d-%02d" % (14 + i % 6, 1 + i % 12, 1 + i)])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "公告名单"
xl_sheet(ws, "关于逾期未检验机动车将予以强制注销的公告附件", ["序号", "号牌号码", "号牌种类代码", "车辆类型", "机动车所有人", "检验有效期止"], rows,
         widths=[6, 14, 12, 16, 14, 14], note="请上述机动车所有人在公告之日起30日内到车管所办理相关手续。")
wb.save(os.path.join(OUT, "jj03_yuqi_weijian_cheliang.xlsx"))
label("jj03_yuqi_weijian_cheliang.xlsx", "review", ["license_plate"], plates3,
      "逾期未检验车辆公告 (openpyxl): whole plates in 号牌号码 column, owners masked")

rows = []
for i in range(1, 16):
    v = id_card(None, 1955 + i * 2, 1 + i % 12, 3 + i, 200 + i)
    rows.append([i, mask_name(name()), mask_id(v), "3310%08d" % (10023 + i * 777), ["C1", "C2", "B2", "A2", "D"][i % 5], ["超过有效期一年以上未换证", "身体条件不适合驾驶", "本人申请注销", "死亡"][i % 4]])
html = plain_html("驾驶证注销公告", "<h1>关于注销机动车驾驶证的公告</h1><p>澄公交车管〔2026〕9号</p>"
                  "<p>　　根据《机动车驾驶证申领和使用规定》第七十九条，下列机动车驾驶人的驾驶证已被注销，现予公告。</p>"
                  + html_table(["序号", "姓名", "驾驶证号", "档案编号", "准驾车型", "注销原因"], rows)
                  + "<p>咨询电话：0576-88310200（车管所）</p><p style='text-align:right'>澄川市公安局交通警察支队车辆管理所<br>2026年4月28日</p>")
open(os.path.join(WORK, "jj04.html"), "w").write(html)
CHROME.append(("jj04.html", "jj04_jiashizheng_zhuxiao_tuomin.pdf"))
label("jj04_jiashizheng_zhuxiao_tuomin.pdf", "pass", [], [],
      "驾驶证注销公告 (Chromium): 驾驶证号 masked 6+8*+4, 12-digit 档案编号, 文号, landline")

d = new_doc()
p(d, "关于注销机动车驾驶证的公告", bold=True, center=True, size=18)
p(d, "澄公交车管〔2026〕11号", center=True, size=12)
p(d, "　　下列驾驶人驾驶证记满12分逾期未参加学习考试，且超过有效期一年以上，依法注销其驾驶证，现予公告。", size=12)
leak = id_card("370102", 1978, 12, 2, 335)
rows = []
for i in range(1, 13):
    v = id_card(None, 1960 + i * 3, 1 + i % 12, 5 + i, 210 + i)
    rows.append([str(i), mask_name(name()), mask_id(v), "3310%08d" % (20011 + i * 613), ["C1", "B2", "A2"][i % 3]])
rows[9][2] = leak
table(d, ["序号", "姓名", "驾驶证号（身份证明号码）", "档案编号", "准驾车型"], rows)
p(d, "澄川市公安局交通警察支队车辆管理所　2026年5月6日", size=12)
d.save(os.path.join(WORK, "jj05.docx"))
SOFFICE.append(("jj05.docx", "pdf", "jj05_jiashizheng_zhuxiao_leak.pdf"))
label("jj05_jiashizheng_zhuxiao_leak.pdf", "block", ["id_card"], [leak],
      "驾驶证注销公告 (LibreOffice PDF): row 10 of the 驾驶证号（身份证明号码） column is a whole ID, wrapped 11+7 by the narrow cell")

pl6 = plate("浙", "C")
id6 = id_card("331002", 1989, 4, 17, 58)
node({"kind": "docx", "file": "jj06_jianyi_chufa_jueding.docx",
      "title": "澄川市公安局交通警察支队\n公安交通管理简易程序处罚决定书",
      "paras": ["编号：331002200012345678",
                "被处罚人：郑国平　　驾驶证或居民身份证号码：" + id6,
                "档案编号：331000456231　准驾车型：C1　发证机关：浙江省澄川市公安局交通警察支队",
                "车辆牌号：" + pl6 + "　车辆类型：小型轿车",
                "　　被处罚人于2026年5月14日9时12分，在澄江路与人民大道交叉口，实施驾驶机动车违反道路交通信号灯通行的违法行为（代码16250）。",
                "　　根据《中华人民共和国道路交通安全法》第九十条，决定处以罚款200元。",
                "　　持本决定书在十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的3%加处罚款。",
                "　　被处罚人如不服本决定，可以在收到本决定书之日起六十日内向澄川市人民政府申请行政复议；或者在六个月内向澄江区人民法院提起行政诉讼。",
                "处罚地点：澄江路交警岗亭　　交通警察：徐立（警号012345）", "2026年5月14日"],
      "footer": "澄川市公安局交通警察支队"})
label("jj06_jianyi_chufa_jueding.docx", "block", ["id_card", "license_plate"], [id6, pl6],
      "简易程序处罚决定书 posted whole (npm docx): 居民身份证号码 and 车辆牌号 of the person; the 18-digit 编号 (day 34, not an ID) and 12-digit 档案编号 are serials")

m = mobile()
write_text("jj08_xunzhao_zhengren_gb18030.txt", """寻找交通事故目击证人的通告

　　2026年6月9日21时许，在澄川市临港大道与海棠路交叉口发生一起小型轿车与电动自行车相撞的交通事故，造成电动自行车驾驶人受伤。
　　为查明事故事实，现诚请当时在场的目击者或知情人与我大队联系。对提供有效线索者，我们将予以保密，并视情给予奖励。

联系人：陈警官
值班电话：0576-88320122
手机：%s

澄川市公安局交通警察支队临港大队
2026年6月11日
""" % m, "gb18030")
label("jj08_xunzhao_zhengren_gb18030.txt", "review", ["mobile_phone"], [m],
      "寻找目击证人通告 (GB18030) giving the officer's own mobile after 手机 (mobile → review); 值班 landline")

rows = []
for i in range(1, 9):
    vin = "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    vin = "L" + vin[1:]
    rows.append([str(i), ["大众牌SVW7152", "丰田牌TV7180", "本田牌HG7153", "别克牌SGM7150", "长安牌SC6469", "五菱牌LZW6407", "比亚迪牌BYD7005", "吉利牌JL7152"][i - 1], vin, mask_plate(plate()), "20%02d-%02d" % (12 + i, i), "%d" % (3000 + i * 1250)])
d = new_doc()
p(d, "澄川市公安局交通警察支队罚没及逾期未领取车辆公开拍卖公告", bold=True, center=True, size=16)
p(d, "　　受澄川市公安局交通警察支队委托，澄川市恒信拍卖有限公司（统一社会信用代码：" + uscc("1", "331002") + "）定于2026年7月18日上午9:30在澄川市公共资源交易中心对下列车辆进行公开拍卖。", size=12)
table(d, ["标的号", "品牌型号", "车辆识别代号", "原号牌", "初次登记", "起拍价（元）"], rows)
p(d, "　　竞买保证金每辆2000元，须于7月17日16:00前以转账方式交至拍卖公司账户。咨询电话：0576-88290011。", size=12)
d.save(os.path.join(OUT, "jj09_cheliang_paimai.docx"))
label("jj09_cheliang_paimai.docx", "pass", [], [],
      "罚没车辆拍卖公告: 17-character VINs, masked plates, a company's credit code, prices")

body = """<p>广大驾驶人：</p>
<p>　　为方便群众办理交通违法处理业务，自2026年7月1日起，我支队在各大队处理窗口推行“一站式”服务，群众可通过“交管12123”APP自助查询、缴纳罚款。</p>
<p>　　各大队窗口工作人员请通过支队内部查询平台（<a href="http://192.168.40.12:8080/wfcx/index.jsp">点击进入</a>）核对违法信息后再予办理。</p>
<p>　　咨询电话：0576-88310122。</p>
<p style="text-align:right">澄川市公安局交通警察支队<br>2026年6月25日</p>"""
write_text("jj10_weifa_chuli_tongzhi.html", cms("关于推行交通违法处理“一站式”服务的通告", "交通管理", "2026-06-25", "市公安局交警支队", body))
label("jj10_weifa_chuli_tongzhi.html", "review", ["internal_address"], [],
      "交警通告 whose link target is a private IP (http://192.168.40.12:8080/…)")

# ======================================================================= 人社局
rows = []
for i in range(1, 16):
    v = id_card(None, 1985 + i % 12, 1 + i % 12, 4 + i, 800 + i)
    c = card()
    rows.append([str(i), mask_name(name()), mask_id(v), ["澄川市江南小吃店", "澄川市晨曦电子商务有限公司", "西岭镇绿源家庭农场", "澄川市启航教育咨询工作室"][i % 4], uscc("2" if i % 2 else "1"), "10000", mask_card(c)])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "公示"
xl_sheet(ws, "2026年第二批一次性创业补贴拟发放人员名单公示", ["序号", "姓名", "身份证号", "创业实体名称", "统一社会信用代码", "补贴金额（元）", "银行账号"], rows,
         widths=[6, 10, 22, 30, 22, 14, 24], note="公示期：2026年6月10日至6月16日。监督电话：0576-88266012")
wb.save(os.path.join(OUT, "rs01_chuangye_butie_gongshi.xlsx"))
label("rs01_chuangye_butie_gongshi.xlsx", "pass", [], [],
      "一次性创业补贴公示 (openpyxl): names, IDs and bank accounts masked (6+4), credit codes of the businesses")

rows = []
cards2 = []
for i in range(1, 13):
    v = id_card(None, 1980 + i % 15, 1 + i % 12, 2 + i, 900 + i)
    c = card()
    cards2.append(c)
    rows.append([str(i), mask_name(name()), mask_id(v), ["个体工商户", "小微企业", "家庭农场"][i % 3], "10000", c, ["中国建设银行澄川分行", "中国农业银行澄川分行", "澄川农村商业银行"][i % 3]])
node({"kind": "xlsx", "file": "rs02_chuangye_butie_yinhangka.xlsx",
      "sheets": [{"name": "发放名单", "title": "2026年第三批一次性创业补贴发放名单",
                  "head": ["序号", "姓名", "身份证号", "创业类型", "补贴金额（元）", "银行卡号", "开户银行"],
                  "rows": rows, "widths": [6, 10, 22, 12, 14, 24, 22]}]})
label("rs02_chuangye_butie_yinhangka.xlsx", "block", ["bank_card"], cards2,
      "创业补贴发放名单 (exceljs): IDs masked but the 银行卡号 column holds persons' whole UnionPay cards")

rows = []
leak_c = card("622848", 19)
for i in range(1, 13):
    v = id_card(None, 1970 + i * 2, 1 + i % 12, 2 + i, 150 + i)
    rows.append([i, mask_name(name()), mask_id(v), "2026年1—6月", "%d" % (2100 + i * 10), mask_card(card())])
rows[4][5] = leak_c
html = plain_html("灵活就业社保补贴", "<h1>2026年上半年就业困难人员灵活就业社会保险补贴发放名单</h1>"
                  "<p>　　经个人申请、街道审核、区人力社保局复核，下列人员符合灵活就业社会保险补贴条件，现将补贴发放情况公示如下：</p>"
                  + html_table(["序号", "姓名", "身份证号", "补贴期间", "补贴金额（元）", "社保卡银行账号"], rows)
                  + "<p>澄川市澄江区人力资源和社会保障局　2026年7月8日</p>")
open(os.path.join(WORK, "rs03.html"), "w").write(html)
CHROME.append(("rs03.html", "rs03_linghuo_shebao_butie.pdf"))
label("rs03_linghuo_shebao_butie.pdf", "block", ["bank_card"], [leak_c],
      "灵活就业社保补贴名单 (Chromium): 社保卡银行账号 masked 6+4 except row 5, a whole 622848 card")

d = new_doc()
p(d, "2025年澄川市人力资源和社会保障事业发展统计公报", bold=True, center=True, size=18)
for t in ["　　2025年，全市人力资源和社会保障工作坚持稳中求进，各项事业取得新进展。",
          "　　一、就业和再就业。全年城镇新增就业6.82万人，城镇登记失业率1.9%。发放各类就业补贴资金4.3亿元。",
          "　　二、社会保险。年末全市基本养老保险参保人数318.6万人。全年共征收社会保险费18233570400元，同比增长6.1%。",
          "　　三、社会保障卡。年末全市持卡人数492.1万人，其中电子社保卡领用人数365.4万人。",
          "　　社会保险基金收支情况如下表（单位：元）："]:
    p(d, t, size=12)
table(d, ["险种", "基金收入（元）", "基金支出（元）", "累计结余（元）"],
      [["企业职工基本养老保险", "15712348100", "14236610700", "18902351300"],
       ["失业保险", "832550100", "617324800", "2410337900"],
       ["工伤保险", "401226300", "355108200", "520664100"]])
p(d, "　　注：本公报数据为快报数，最终以决算数据为准。", size=12)
d.save(os.path.join(OUT, "rs04_shebao_tongji_gongbao.docx"))
label("rs04_shebao_tongji_gongbao.docx", "pass", [], [],
      "人社统计公报: 11-digit amounts followed by 元 in prose and three figures a row in columns headed （元） under 单位：元 (docs: amounts, not mobiles)")

acct = luhn_complete("1209", 19)
write_text("rs05_nmg_gongzi_zhuanhu.txt", """澄川市临港新区安置房二期项目农民工工资支付情况公示

　　根据《保障农民工工资支付条例》，现将本项目2026年5月农民工工资支付情况公示如下：

　　一、工资专用账户
户名：澄川市江滨建设工程有限公司
开户银行：中国工商银行澄川临港支行
账号：%s

　　二、支付情况
　　本月应发工资人数126人，实发126人；应发工资总额1286430元，实发1286430元，已于2026年6月10日通过工资专用账户代发至农民工本人社会保障卡。

　　三、维权信息
　　项目劳资专管员：何某
　　澄川市劳动保障监察投诉电话：0576-88266110　　欠薪举报：12345

澄川市江滨建设工程有限公司（盖章）
2026年6月12日
""" % acct)
label("rs05_nmg_gongzi_zhuanhu.txt", "pass", [], [],
      "农民工工资支付公示: the company's 工资专用账户 (户名 a company, 开户银行, 账号 a 19-digit Luhn-valid number) — an organisation's account, not a card")

rows = []
cards6 = []
for i in range(1, 11):
    v = id_card(None, 1965 + i * 3, 1 + i % 12, 2 + i, 40 + i)
    c = card(RNG.choice(["622202", "623052", "621700"]), 19)
    cards6.append(c)
    rows.append([str(i), name(), mask_id(v), ["钢筋工", "木工", "泥瓦工", "架子工", "普工"][i % 5], str(20 + i % 8), "%d" % (6000 + i * 230), c])
node({"kind": "docx", "file": "rs06_nmg_gongzi_huamingce.docx",
      "title": "临港新区安置房二期项目2026年5月农民工工资发放花名册（公示联）",
      "paras": ["施工总承包单位：澄川市江滨建设工程有限公司　班组：钢筋班组"],
      "head": ["序号", "姓名", "身份证号", "工种", "出勤天数", "实发工资（元）", "工资卡号"], "rows": rows,
      "after": ["班组长签字：________　项目劳资专管员：________", "2026年6月10日"]})
label("rs06_nmg_gongzi_huamingce.docx", "block", ["bank_card"], cards6,
      "农民工工资花名册 (npm docx): names, masked IDs and each worker's whole 工资卡号")

rows = []
for i in range(1, 21):
    v = id_card(None, 1945 + i * 2, 1 + i % 12, 1 + i, 60 + i)
    rows.append([i, mask_name(name()), mask_id(v), ["高血压", "糖尿病", "慢性阻塞性肺疾病", "恶性肿瘤门诊治疗"][i % 4], ["澄川市人民医院", "城南社区卫生服务中心", "澄川市中医院"][i % 3], "2026-06-%02d" % (1 + i)])
body = ("<p>经定点医疗机构初审、医保经办机构复核，下列参保人员符合门诊慢特病待遇认定条件，现予公示：</p>"
        + html_table(["序号", "姓名", "社会保障号码", "认定病种", "认定医疗机构", "认定日期"], rows)
        + "<p>医保咨询电话：0576-88276001，12393。</p>")
write_text("rs07_mantebing_rending.html", cms("2026年6月门诊慢特病待遇认定人员名单", "医疗保障", "2026-06-28", "市医疗保障局", body,
                                              comment="<!-- 所属栏目：医疗保障 -->"))
label("rs07_mantebing_rending.html", "pass", [], [],
      "门诊慢特病认定名单: 社会保障号码 masked 6+8*+4, names masked, 12393 hotline, a comment of a section field alone (docs: a record, not a note)")

rows = []
leak = id_card("510104", 1949, 10, 30, 182)
for i in range(1, 16):
    v = id_card(None, 1945 + i * 2, 1 + i % 12, 1 + i, 260 + i)
    rows.append([i, mask_name(name()), mask_id(v), ["高血压", "糖尿病", "帕金森病"][i % 3], "2026-07-%02d" % (1 + i)])
rows[2][2] = leak
body = ("<p>下列参保人员门诊慢特病待遇认定已通过，现予公示：</p>"
        + html_table(["序号", "姓名", "社会保障号码", "认定病种", "认定日期"], rows))
write_text("rs08_mantebing_rending_leak.html", cms("2026年7月门诊慢特病待遇认定人员名单", "医疗保障", "2026-07-25", "市医疗保障局", body,
                                                   comment="<!-- 所属栏目：医疗保障 -->"))
label("rs08_mantebing_rending_leak.html", "block", ["id_card"], [leak],
      "慢特病认定名单: row 3's 社会保障号码 (the ID) left whole")

rows = []
for i in range(1, 21):
    ls = luhn_complete("62", 19)
    rows.append([str(i), ls, ["澄川市晨曦电子商务有限公司", "澄川市江滨建设工程有限公司", "澄川恒信拍卖有限公司", "澄川市丰禾超市有限公司", "浙江澄能新材料股份有限公司"][i % 5], uscc("1"), "2026-05", "%d.%02d" % (12000 + i * 3571, i), "2026-06-%02d" % (1 + i % 20)])
node({"kind": "xlsx", "file": "rs09_danwei_jiaofei_mingxi.xlsx",
      "sheets": [{"name": "缴费明细", "title": "2026年5月单位社会保险费缴费明细（第二批）",
                  "head": ["序号", "交易流水号", "缴费单位", "统一社会信用代码", "费款所属期", "金额（元）", "缴费日期"],
                  "rows": rows, "widths": [6, 24, 30, 22, 10, 14, 12]}]})
label("rs09_danwei_jiaofei_mingxi.xlsx", "pass", [], [],
      "单位社保缴费明细 (exceljs): 交易流水号 of 19 digits starting 62, Luhn-valid, rows naming companies only (docs: serials, not cards)")

node({"kind": "docx", "file": "rs10_zuidi_gongzi_zhengqiu.docx",
      "title": "关于调整澄川市最低工资标准的公告（征求意见稿）",
      "paras": ["　　为保障劳动者及其家庭成员的基本生活，根据《最低工资规定》，结合我市经济社会发展情况，拟对全市最低工资标准作如下调整：",
                "　　一、月最低工资标准：第一档2490元，第二档2260元，第三档2010元。",
                "　　二、非全日制工作小时最低工资标准：第一档24元，第二档22元，第三档20元。",
                "　　三、本标准自2026年10月1日起执行。",
                "　　公众可于2026年8月20日前通过电子邮件或信函提出意见。"],
      "comment": {"on": "第三档2010元", "author": "劳动关系科", "text": "第三档金额待市政府常务会审定后再定，发布前删除"},
      "after": ["澄川市人力资源和社会保障局", "2026年8月5日"]})
label("rs10_zuidi_gongzi_zhengqiu.docx", "review", ["hidden_content"], [],
      "最低工资征求意见稿 (npm docx) carrying a reviewer's comment (comments → hidden_content)")

d = new_doc()
p(d, "2026年第二季度就业困难人员社会保险补贴拟享受人员名单", bold=True, center=True, size=16)
leak = id_card("320583", 1975, 5, 19, 264)
rows = []
for i in range(1, 11):
    v = id_card(None, 1968 + i, 1 + i % 12, 8 + i, 310 + i)
    rows.append([str(i), mask_name(name()), mask_id(v), ["大龄失业人员", "零就业家庭成员", "残疾人"][i % 3], "%d" % (1900 + i * 30)])
rows[6][2] = leak
table(d, ["序号", "姓名", "公民身份号码", "人员类别", "补贴金额（元）"], rows)
p(d, "公示期：7个工作日。监督电话：0576-88266012。", size=12)
d.save(os.path.join(WORK, "rs11.docx"))
SOFFICE.append(("rs11.docx", "doc", "rs11_shebao_butie_mingdan.doc"))
label("rs11_shebao_butie_mingdan.doc", "block", ["id_card"], [leak],
      "社保补贴名单 as legacy .doc (LibreOffice): row 7 公民身份号码 whole, others masked")

rows = []
for i in range(1, 21):
    v = id_card(None, 1970 + i, 1 + i % 12, 3 + i, 610 + i)
    rows.append([str(i), mask_name(name()), mask_id(v), ["澄江街道", "城南街道", "西岭镇"][i % 3], "2026-0%d" % (4 + i % 3), str(12 + i % 12), "%d" % (1926 + (i % 3) * 40)])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
xl_sheet(ws, "2026年6月新增失业保险金领取人员公示", ["序号", "姓名", "身份证号", "所属街道（镇）", "起领年月", "领取期限（月）", "月领取标准（元）"], rows,
         widths=[6, 10, 22, 14, 10, 12, 14])
wb.save(os.path.join(WORK, "rs12.xlsx"))
SOFFICE.append(("rs12.xlsx", "xls", "rs12_shiye_baoxianjin.xls"))
label("rs12_shiye_baoxianjin.xls", "pass", [], [],
      "失业保险金领取公示 as legacy .xls (LibreOffice): IDs and names masked")

pp = "E%08d" % RNG.randint(10000000, 99999999)
write_text("rs13_jingwai_jiuye_beian.txt", """澄川市2026年第二季度对外劳务合作外派人员备案情况公示

　　根据《对外劳务合作管理条例》，现将本季度经备案的外派劳务人员情况公示如下：

　　外派企业：澄川市远洋国际经济技术合作有限公司
　　派往国家：新加坡　　从事工种：建筑焊工　　合同期限：2年

　　1．%s，男，护照号码：%s，出境日期：2026年5月18日
　　2．%s，男，护照号码：E****%s，出境日期：2026年5月18日

　　如有疑问，请咨询澄川市人力资源和社会保障局就业促进科，电话：0576-88266020。
""" % (name(), pp, name(), "%04d" % RNG.randint(1000, 9999)))
label("rs13_jingwai_jiuye_beian.txt", "review", ["passport"], [pp],
      "外派劳务备案公示: one 护照号码 whole after its label, the other masked")

# ======================================================================= 民政
write_text("mz01_hunyin_dengji_tongji.txt", """澄川市2025年婚姻登记工作情况

　　2025年，全市各婚姻登记机关共办理结婚登记8236对，同比下降4.2%；办理离婚登记2911对，离婚冷静期内撤回申请637件；补领婚姻登记证1452件。
　　全年开展婚前辅导、婚姻家庭辅导服务2.3万人次，颁证服务1186场次。
　　2025年5月20日当天，全市办理结婚登记326对，创年内单日最高。

　　市婚姻登记处地址：澄川市民政服务中心一楼（澄江路66号）
　　工作时间：周一至周六 8:30—12:00，13:30—17:00（法定节假日除外）
　　咨询电话：0576-88201234
　　预约邮箱：hydj@mzj.chengchuan.gov.cn

澄川市民政局
2026年1月15日
""")
label("mz01_hunyin_dengji_tongji.txt", "pass", ["email"], [],
      "婚姻登记统计: counts, dates, address, agency landline and an agency mailbox (email is info, verdict pass)")

d = new_doc()
p(d, "澄川市民政局", bold=True, center=True, size=20)
p(d, "撤销婚姻登记决定书公告", bold=True, center=True, size=16)
mid = id_card("430102", 1990, 2, 14, 127)
for t in ["王丽娜（公民身份号码：%s）：" % mid,
          "　　本机关于2026年3月18日受理了关于撤销你与李某某婚姻登记的申请。经调查核实，本机关认为该婚姻登记存在冒用他人身份信息的情形，依据《婚姻登记工作规范》有关规定，决定撤销该婚姻登记。",
          "　　因你下落不明，现依法向你公告送达本决定书。自公告之日起经过六十日，即视为送达。",
          "　　如不服本决定，可在送达之日起六十日内向澄川市人民政府申请行政复议，或六个月内依法向澄江区人民法院提起行政诉讼。",
          "澄川市民政局", "2026年4月22日"]:
    p(d, t, size=12)
d.save(os.path.join(OUT, "mz02_chexiao_hunyin_gonggao.docx"))
label("mz02_chexiao_hunyin_gonggao.docx", "block", ["id_card"], [mid],
      "撤销婚姻登记公告送达 naming the party with her whole 公民身份号码")

rows = []
for i in range(1, 11):
    rows.append([str(i), mask_name(name()) + "、" + mask_name(name()), "J331002-20%02d-%06d" % (10 + i, 100 + i * 37), ["结婚证", "离婚证"][i % 2], "2026-06-%02d" % (3 + i)])
rl_pdf("mz03_zhengjian_buling_gongshi.pdf", "澄川市婚姻登记处2026年6月补领婚姻登记证公示",
       ["　　下列当事人申请补领婚姻登记证，经查档核实，已予补发，原证件作废。"],
       ["序号", "当事人", "原证件字号", "证件类型", "补发日期"], rows,
       ["　　咨询电话：0576-88201234", "澄川市婚姻登记处　2026年6月30日"], colw=[40, 110, 150, 70, 80])
label("mz03_zhengjian_buling_gongshi.pdf", "pass", [], [],
      "补领婚姻登记证公示 (ReportLab): names masked, 证件字号 J331002-2011-000137 form, dates")

rows = []
for i in range(1, 16):
    v = id_card(None, 1930 + i * 3, 1 + i % 12, 1 + i, 10 + i)
    rows.append([str(i), mask_name(name()), mask_id(v), "2026%02d%02d%05d" % (5, 1 + i, 100 + i * 3), ["遗体接运", "遗体火化", "骨灰寄存"][i % 3] + "等基本殡葬服务", "%d" % (1800 + (i % 3) * 300), mask_name(name())])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "减免名单"
xl_sheet(ws, "2026年5月惠民殡葬基本服务费用减免情况公示", ["序号", "逝者姓名", "逝者身份证号", "火化证明编号", "减免项目", "减免金额（元）", "经办人"], rows,
         widths=[6, 10, 22, 16, 30, 14, 10])
wb.save(os.path.join(OUT, "mz04_binzang_jianmian.xlsx"))
label("mz04_binzang_jianmian.xlsx", "pass", [], [],
      "惠民殡葬减免公示 (openpyxl): names and IDs masked, 13-digit 火化证明编号, amounts")

d = new_doc()
p(d, "2026年第二季度城乡居民丧葬补助金发放名单", bold=True, center=True, size=16)
leak_c = card("621700", 19)
rows = []
for i in range(1, 11):
    rows.append([str(i), mask_name(name()), mask_name(name()), ["配偶", "子女", "子女"][i % 3], "2000", mask_card(card())])
rows[7][5] = leak_c
table(d, ["序号", "逝者姓名", "领取人", "与逝者关系", "补助金额（元）", "领取人银行卡号"], rows)
p(d, "澄川市民政局　2026年7月5日", size=12)
d.save(os.path.join(WORK, "mz05.docx"))
SOFFICE.append(("mz05.docx", "pdf", "mz05_sangzang_buzhu_leak.pdf"))
label("mz05_sangzang_buzhu_leak.pdf", "block", ["bank_card"], [leak_c],
      "丧葬补助金发放名单 (LibreOffice PDF): 领取人银行卡号 masked except row 8, a whole card")

m6 = mobile()
body = ("<p>根据《殡葬管理条例》和价格主管部门核定标准，现将我馆基本殡葬服务项目及收费标准公示如下：</p>"
        + html_table(["服务项目", "计价单位", "收费标准（元）", "备注"],
                     [["遗体接运（市区）", "具", "300", "城乡居民免收"], ["遗体冷藏", "具·天", "100", "前三天免收"], ["遗体火化（普通炉）", "具", "450", "城乡居民免收"], ["骨灰寄存", "个·年", "60", ""]])
        + "<p>24小时服务电话：0576-88556600　　夜间值班手机：%s</p><p>价格举报电话：12315</p>" % m6)
write_text("mz06_binyiguan_shoufei.html", cms("澄川市殡仪馆基本殡葬服务收费公示", "社会事务", "2026-03-01", "市民政局", body))
label("mz06_binyiguan_shoufei.html", "review", ["mobile_phone"], [m6],
      "殡仪馆收费公示 with a 夜间值班手机 (a mobile, not a landline or hotline → review)")

# ======================================================================= 住建
rows = []
for i in range(1, 21):
    v = id_card(None, 1975 + i, 1 + i % 12, 2 + i, 330 + i)
    rows.append(["GZF2026-%04d" % (120 + i), mask_name(name()), mask_id(v), str(1 + i % 4), ["澄江家园", "城南公寓", "临港人才公寓"][i % 3] + " %d幢%d单元%d室" % (1 + i % 6, 1 + i % 2, 301 + (i % 9) * 100 + i % 4), str(380 + (i % 4) * 55)])
node({"kind": "xlsx", "file": "zj01_gongzufang_peizu.xlsx",
      "sheets": [{"name": "配租结果", "title": "澄川市2026年第一批公共租赁住房配租结果公示",
                  "head": ["申请编号", "申请人", "身份证号", "家庭人口", "配租房源", "月租金（元）"],
                  "rows": rows, "widths": [16, 10, 22, 10, 30, 12], "note": "公示期10天。监督电话：0576-88259010"}]})
label("zj01_gongzufang_peizu.xlsx", "pass", [], [],
      "公租房配租结果 (exceljs): 申请编号 GZF2026-0121, masked applicants and IDs, room numbers, rents")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "配租结果"
rows_v, rows_h, ids_h, mobs_h = [], [], [], []
for i in range(1, 13):
    v = id_card(None, 1970 + i * 2, 1 + i % 12, 3 + i, 420 + i)
    m = mobile()
    n = name()
    rows_v.append(["GZF2026-%04d" % (300 + i), mask_name(n), mask_id(v), str(1 + i % 4), "澄江家园 %d幢%d室" % (1 + i % 5, 501 + i)])
    rows_h.append(["GZF2026-%04d" % (300 + i), n, v, m, "%d" % (28000 + i * 1300)])
    ids_h.append(v)
    mobs_h.append(m)
xl_sheet(ws, "2026年第二批公共租赁住房配租结果公示", ["申请编号", "申请人", "身份证号", "家庭人口", "配租房源"], rows_v, widths=[16, 10, 22, 10, 24])
ws2 = wb.create_sheet("原始数据")
xl_sheet(ws2, "审核底表", ["申请编号", "申请人", "身份证号", "联系电话", "家庭年收入（元）"], rows_h, widths=[16, 10, 22, 14, 14])
ws2.sheet_state = "hidden"
wb.save(os.path.join(OUT, "zj02_gongzufang_yincang_sheet.xlsx"))
label("zj02_gongzufang_yincang_sheet.xlsx", "block", ["id_card", "hidden_content"], ids_h + mobs_h,
      "公租房配租公示: visible sheet masked, a hidden sheet 原始数据 with whole IDs and mobiles")

rows = []
for i in range(1, 31):
    rows.append([i, "GYCQ2026%04d" % (i * 7 + 11), mask_name(name()), mask_mobile(mobile()), "第%d批" % (1 + i // 11)])
html = plain_html("摇号结果", "<h1>澄川市2026年共有产权保障住房摇号排序结果</h1>"
                  "<p>　　2026年6月6日，在澄川市公证处公证和纪检监察部门监督下，对通过资格审核的家庭进行了公开摇号，排序结果如下：</p>"
                  + html_table(["摇号顺序号", "申请编号", "申请人", "联系电话", "选房批次"], rows)
                  + "<p>澄川市住房和城乡建设局　2026年6月6日</p>")
open(os.path.join(WORK, "zj03.html"), "w").write(html)
CHROME.append(("zj03.html", "zj03_yaohao_paixu.pdf"))
label("zj03_yaohao_paixu.pdf", "pass", [], [],
      "共有产权房摇号排序 (Chromium): 申请编号 GYCQ2026…, names masked, phones masked 3+4")

d = new_doc()
mz = mobile()
p(d, "澄川市2026年第二批保障性租赁住房申请家庭资格审核结果公示", bold=True, center=True, size=16)
rows = []
for i in range(1, 13):
    v = id_card(None, 1985 + i % 10, 1 + i % 12, 5 + i, 520 + i)
    rows.append(["BZ2026-%04d" % (200 + i), mask_name(name()), mask_id(v), str(1 + i % 3), "符合" if i % 4 else "不符合（收入超标）"])
table(d, ["申请编号", "申请人", "身份证号", "家庭人口", "审核结果"], rows)
p(d, "公示期：2026年6月15日至6月24日。", size=12)
d.sections[0].footer.paragraphs[0].text = "经办人：李某　联系电话：%s" % mz
d.save(os.path.join(OUT, "zj04_baozufang_shenhe.docx"))
label("zj04_baozufang_shenhe.docx", "review", ["mobile_phone"], [mz],
      "保租房资格审核公示: table masked, the footer gives the clerk's whole mobile after 联系电话")

rows_v, ids5 = [], []
hidden = ""
for i in range(1, 11):
    v = id_card(None, 1988 + i % 8, 1 + i % 12, 2 + i, 710 + i)
    n = name()
    ids5.append(v)
    rows_v.append([i, mask_name(n), ["A类人才", "B类人才", "C类人才"][i % 3], ["澄川市人民医院", "浙江澄能新材料股份有限公司", "澄川学院"][i % 3], "人才安居房（%d㎡）" % (90 + i % 3 * 20)])
    hidden += "<tr><td>%s</td><td>%s</td></tr>" % (n, v)
body = ("<p>经审核，下列人员符合2026年人才安居房配售条件，现予公示：</p>"
        + html_table(["序号", "姓名", "人才类别", "工作单位", "配售房源"], rows_v)
        + '<div style="display:none"><table><tr><th>姓名</th><th>身份证号</th></tr>%s</table></div>' % hidden
        + "<p>公示期7天，联系电话：0576-88259010。</p>")
write_text("zj05_rencai_anjufang.html", cms("2026年人才安居房配售对象公示", "住房保障", "2026-04-16", "市住房和城乡建设局", body))
label("zj05_rencai_anjufang.html", "block", ["id_card", "hidden_content"], ids5,
      "人才安居房公示: visible table has no IDs; a display:none table holds names and whole IDs")

lines = ["澄川市2026年第二季度城镇住房保障家庭租赁补贴发放名单", "", "序号,街道,姓名,身份证号,保障人口,补贴金额（元）,收款账号".replace(",", "　")]
for i in range(1, 21):
    v = id_card(None, 1950 + i * 2, 1 + i % 12, 1 + i, 20 + i)
    lines.append("　".join([str(i), ["澄江街道", "城南街道", "凤凰山街道"][i % 3], mask_name(name()), mask_id(v), str(1 + i % 4), str(900 + (i % 4) * 300), mask_card(card())]))
lines += ["", "澄川市住房和城乡建设局　2026年7月1日"]
write_text("zj06_zulin_butie_gb18030.txt", "\r\n".join(lines) + "\r\n", "gb18030")
label("zj06_zulin_butie_gb18030.txt", "pass", [], [],
      "租赁补贴发放名单 (GB18030): IDs masked 6+8*+4, 收款账号 masked 6+9*+4, amounts")

d = new_doc()
p(d, "澄川市住房和城乡建设局建筑业企业资质审批结果公告", bold=True, center=True, size=16)
p(d, "　　根据《建筑业企业资质管理规定》，经审查，下列企业符合相应资质标准要求，准予资质许可，现予以公告。", size=12)
rows = [[str(i), n, uscc("1"), "D3331%05d" % (1000 + i * 211), q] for i, (n, q) in enumerate([
    ("澄川市江滨建设工程有限公司", "建筑工程施工总承包二级"), ("澄川宏远市政工程有限公司", "市政公用工程施工总承包三级"),
    ("浙江澄安消防工程有限公司", "消防设施工程专业承包二级"), ("澄川市绿苑园林建设有限公司", "古建筑工程专业承包三级")], 1)]
table(d, ["序号", "企业名称", "统一社会信用代码", "资质证书编号", "资质类别及等级"], rows)
p(d, "澄川市住房和城乡建设局　2026年5月29日", size=12)
d.save(os.path.join(WORK, "zj07.docx"))
SOFFICE.append(("zj07.docx", "doc", "zj07_zizhi_shenpi_gonggao.doc"))
label("zj07_zizhi_shenpi_gonggao.doc", "pass", [], [],
      "资质审批公告 as legacy .doc: companies' credit codes and 资质证书编号 D333110211")

# ======================================================================= 市场监管
fin_acct = luhn_complete("1209", 19)
uc = uscc("1")
node({"kind": "docx", "file": "sj01_chufa_jueding_qiye.docx",
      "title": "澄川市市场监督管理局\n行政处罚决定书",
      "paras": ["澄市监处罚〔2026〕38号",
                "当事人：澄川市丰禾超市有限公司",
                "统一社会信用代码：" + uc,
                "住所：澄川市澄江区人民大道218号",
                "法定代表人：孙建华",
                "　　2026年3月12日，本局执法人员对当事人经营场所进行检查，发现当事人销售的标称某食品公司生产的“香辣牛肉干”（规格：200g/袋，生产日期：2025年11月2日）已超过保质期。",
                "　　当事人上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据该法第一百二十四条第一款第（五）项，本局决定：一、没收违法所得326元；二、罚款50000元。",
                "　　当事人应自收到本决定书之日起十五日内，将罚没款缴至：",
                "户名：澄川市财政局",
                "开户银行：中国工商银行澄川分行营业部",
                "账号：" + fin_acct,
                "　　如不服本处罚决定，可在收到本决定书之日起六十日内向澄川市人民政府申请行政复议，也可以在六个月内依法向澄江区人民法院提起行政诉讼。",
                "澄川市市场监督管理局", "2026年4月2日"]})
label("sj01_chufa_jueding_qiye.docx", "pass", [], [],
      "企业行政处罚决定书 (npm docx): company credit code; 罚没款 account block 户名 澄川市财政局 / 开户银行 / 账号 (Luhn-valid 19 digits) — an organisation's account")

gid = id_card("350102", 1983, 8, 5, 96)
gu = uscc("2")
paras = ["澄市监处罚〔2026〕52号",
         "当事人：澄川市阿福面馆（个体工商户）",
         "统一社会信用代码：" + gu,
         "经营者：吴福明　　公民身份号码：" + gid,
         "经营场所：澄川市西岭镇新华街12号",
         "　　2026年4月8日，本局执法人员检查发现当事人未按规定对餐具进行清洗消毒，经责令改正后拒不改正。",
         "　　依据《中华人民共和国食品安全法》第一百二十六条，本局决定对当事人处以警告，并处罚款5000元。",
         "澄川市市场监督管理局　2026年4月28日"]
rl_pdf("sj02_chufa_jueding_geti.pdf", "行政处罚决定书", paras)
label("sj02_chufa_jueding_geti.pdf", "block", ["id_card"], [gid],
      "个体工商户行政处罚决定书 (ReportLab): the operator's whole 公民身份号码")

rows = []
for i in range(1, 16):
    rows.append([str(i), ["澄川市丰禾超市有限公司", "澄川市晨曦电子商务有限公司", "浙江澄能新材料股份有限公司", "澄川市好味来餐饮管理有限公司", "澄川宏远市政工程有限公司"][i % 5] if i <= 5 else "澄川市%s%s有限公司" % (["华盛", "金诚", "绿源", "启明", "安达", "永泰", "信达", "顺丰", "新科", "锦程"][i - 6], ["贸易", "科技", "食品", "机械", "服装"][i % 5]), uscc("1"), mask_name(name()), "澄川市澄江区%s路%d号" % (["人民", "新华", "临港", "凤凰"][i % 4], 10 + i * 7), "澄川市市场监督管理局"])
node({"kind": "xlsx", "file": "sj04_shuangsuiji_minglu.xlsx",
      "sheets": [{"name": "抽查名单", "title": "2026年第二批“双随机、一公开”抽查企业名单",
                  "head": ["序号", "企业名称", "统一社会信用代码", "法定代表人", "住所", "登记机关"],
                  "rows": rows, "widths": [6, 32, 22, 12, 28, 22]}]})
label("sj04_shuangsuiji_minglu.xlsx", "pass", [], [],
      "双随机抽查企业名录 (exceljs): credit codes, names of legal representatives masked, addresses")

rows, mobs5 = [], []
for i in range(1, 11):
    m = mobile()
    mobs5.append(m)
    rows.append([str(i), "JY%d3310020%06d" % (1 + i % 3, 1000 + i * 37), ["澄川市好味来餐饮管理有限公司", "澄川市西岭镇阿福面馆", "澄川市丰禾超市有限公司", "澄川市甜心烘焙坊"][i % 4], uscc("1" if i % 2 else "2"), ["餐饮服务经营者", "食品销售经营者"][i % 2], m, "2031-06-%02d" % (1 + i)])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "新办"
xl_sheet(ws, "2026年6月食品经营许可证核发名单", ["序号", "许可证编号", "经营者名称", "统一社会信用代码", "主体业态", "联系人手机", "有效期至"], rows,
         widths=[6, 20, 30, 22, 16, 14, 12])
wb.save(os.path.join(OUT, "sj05_shipin_xuke_shouji.xlsx"))
label("sj05_shipin_xuke_shouji.xlsx", "review", ["mobile_phone"], mobs5,
      "食品经营许可核发名单 (openpyxl) with a 联系人手机 column of whole mobiles; 许可证编号 JY + 14 digits, credit codes")

rows = [[i, "JY%d3310020%06d" % (1 + i % 3, 2000 + i * 53), n, uscc("1"), addr, "2026-06-%02d 至 2031-06-%02d" % (2 + i, 1 + i)] for i, (n, addr) in enumerate([
    ("澄川市甜心烘焙坊", "澄川市澄江区新华街88号"), ("澄川市好味来餐饮管理有限公司", "澄川市城南路201号"),
    ("澄川市丰禾超市有限公司临港店", "澄川市临港大道16号"), ("澄川市一品茶饮店", "澄川市凤凰山路9号")], 1)]
body = ("<p>根据《食品经营许可和备案管理办法》，现将2026年6月食品经营许可证核发情况公示如下：</p>"
        + html_table(["序号", "许可证编号", "经营者名称", "统一社会信用代码", "经营场所", "有效期"], rows)
        + "<p>投诉举报电话：12315　　政务邮箱：scjgj@chengchuan.gov.cn</p>")
write_text("sj06_shipin_xuke_gongshi.html", cms("2026年6月食品经营许可证核发公示", "行政许可", "2026-07-01", "市市场监管局", body,
                                                comment="<!-- 栏目：双公示 id=7731 -->"))
label("sj06_shipin_xuke_gongshi.html", "pass", ["email"], [],
      "食品经营许可公示: 许可证编号, credit codes, 12315 and an agency mailbox (info)")

d = new_doc()
p(d, "机密★1年", bold=True, font="黑体", size=16)
p(d, "澄川市市场监督管理局2026年第三季度重点领域执法检查行动方案", bold=True, center=True, size=16)
for t in ["　　一、检查时间：2026年7月20日至9月30日，其中集中突击检查时间为8月11日至8月15日，检查对象和时间严禁提前泄露。",
          "　　二、检查对象：城区大型商超12家、学校食堂36家、农贸市场9家。",
          "　　三、组织方式：由局领导带队，抽调执法人员组成6个检查组，采取“四不两直”方式进行。",
          "澄川市市场监督管理局办公室", "2026年7月10日印发"]:
    p(d, t, size=12)
d.save(os.path.join(WORK, "sj07.docx"))
SOFFICE.append(("sj07.docx", "doc", "sj07_zhifa_jiancha_fangan.doc"))
label("sj07_zhifa_jiancha_fangan.doc", "block", ["classified_marking"], [],
      "执法检查方案 as legacy .doc with 机密★1年 on the first line")

lines = ["澄川市市场监督管理局行政处罚信息公示（2026年6月）", "",
         "序号　行政处罚决定书文号　　当事人名称　　统一社会信用代码　　违法行为类型　　处罚内容　　罚没金额（元）　　处罚决定日期"]
for i in range(1, 13):
    lines.append("　".join([str(i), "澄市监处罚〔2026〕%d号" % (60 + i), ["澄川市华盛贸易有限公司", "澄川市金诚科技有限公司", "澄川市绿源食品有限公司", "澄川市永泰机械有限公司"][i % 4],
                            uscc("1"), ["销售过期食品", "虚假宣传", "未按规定明码标价", "无照经营"][i % 4], "警告、罚款", str(3000 + i * 2500), "2026-06-%02d" % (2 + i)]))
lines += ["", "注：本表依据《市场监督管理行政处罚信息公示规定》公示。"]
write_text("sj08_chufa_xinxi_gb18030.txt", "\r\n".join(lines) + "\r\n", "gb18030")
label("sj08_chufa_xinxi_gb18030.txt", "pass", [], [],
      "行政处罚信息公示 (GB18030): 文号, companies' credit codes, amounts, dates")

# ======================================================================= scans (PIL)
from PIL import Image, ImageDraw, ImageFont, ImageFilter
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONTB = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def scan(name_, lines_, size=(2480, 1800), fmt="PNG", blur=0.6):
    img = Image.new("L", size, 255)
    dr = ImageDraw.Draw(img)
    y = 150
    for text, fs, bold, x in lines_:
        f = ImageFont.truetype(FONTB if bold else FONT, fs, index=2)
        if isinstance(text, list):  # table row: cells at fixed x positions, ruled below
            for cx, ct in zip(x, text):
                dr.text((cx, y), ct, font=f, fill=20)
            dr.line((x[0] - 20, y + int(fs * 1.55), size[0] - 120, y + int(fs * 1.55)), fill=60, width=3)
            y += int(fs * 1.8)
            continue
        if x == "c":
            w = dr.textlength(text, font=f)
            xx = int((size[0] - w) / 2)
        else:
            xx = x
        dr.text((xx, y), text, font=f, fill=20)
        y += int(fs * 1.8)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    # light speckle
    px = img.load()
    for _ in range(4000):
        px[RNG.randrange(size[0]), RNG.randrange(size[1])] = RNG.randint(150, 230)
    if fmt == "JPEG":
        img.save(os.path.join(OUT, name_), "JPEG", quality=88, dpi=(300, 300))
    else:
        img.save(os.path.join(OUT, name_), dpi=(300, 300))


scan("jy15_shijuan_saomiao.png", [
    ("绝密★启用前", 64, True, 180),
    ("2026年澄川市初中学业水平考试", 80, True, "c"),
    ("科 学 试 题 卷", 96, True, "c"),
    ("考生须知：", 50, False, 180),
    ("1．全卷共四大题，满分160分，考试时间为120分钟。", 50, False, 180),
    ("2．本卷可能用到的相对原子质量：H－1　C－12　O－16", 50, False, 180),
    ("一、选择题（本题有15小题，每小题3分，共45分）", 50, False, 180),
    ("1．下列变化中，属于化学变化的是（　　）", 50, False, 180),
], size=(2480, 1500))
label("jy15_shijuan_saomiao.png", "block", ["classified_marking", "unreadable"], [],
      "scanned 科学 paper head (PIL, 300 dpi): 绝密★启用前 read by OCR at the head of the page (classified_marking.ocr); a picture upload is always unreadable.ocr_only too")

COLX = [150, 330, 1000, 1250, 1900]
rows_s = [(["序号", "接种单位", "姓名", "身份证号", "接种剂次"], 46, True, COLX)]
for i in range(1, 11):
    v = id_card(None, 2023, 1 + i, 2 + i, 30 + i)
    rows_s.append((["%02d" % i, VAC_UNITS[i % 4], mask_name(name()), mask_id(v), "第%d剂" % (1 + i % 3)], 46, False, COLX))
scan("wj11_jiezhong_huizong_saomiao.jpg", [("澄川市2026年5月儿童免疫规划疫苗补种情况汇总", 66, True, "c")] + rows_s +
     [("咨询电话：0576-88223101　　澄川市疾病预防控制中心（盖章）", 46, False, 150)], size=(2480, 1700), fmt="JPEG")
label("wj11_jiezhong_huizong_saomiao.jpg", "review", ["unreadable"], [],
      "scanned 疫苗补种汇总 (JPEG, 300 dpi) with masked IDs and names only: clean, but a picture read only by OCR is unreadable.ocr_only (review)")

sid = id_card("610113", 1986, 11, 23, 447)
scan("jj11_jiashizheng_shenqing_saomiao.png", [
    ("机动车驾驶证申请表（换证）", 72, True, "c"),
    ("申请人姓名：赵文斌　　　性别：男　　　出生日期：1986年11月23日", 50, False, 160),
    ("身份证明名称：居民身份证", 50, False, 160),
    ("身份证明号码：" + sid, 56, False, 160),
    ("档案编号：331000782316　　　准驾车型：C1", 50, False, 160),
    ("申请事项：有效期满换证　　　申请日期：2026年5月30日", 50, False, 160),
    ("联系地址：澄川市澄江区凤凰山路9号", 50, False, 160),
], size=(2480, 1400))
label("jj11_jiashizheng_shenqing_saomiao.png", "block", ["id_card", "unreadable"], [sid],
      "scanned 驾驶证换证申请表 (PIL PNG) with a whole 身份证明号码 (check digit makes OCR'd IDs trustworthy) + unreadable.ocr_only")

json.dump(NODE, open(os.path.join(WORK, "node_specs.json"), "w"), ensure_ascii=False, indent=1)
json.dump({"chrome": CHROME, "soffice": SOFFICE}, open(os.path.join(WORK, "convert.json"), "w"), ensure_ascii=False)
json.dump(LABELS, open(os.path.join(WORK, "labels_py.json"), "w"), ensure_ascii=False, indent=1)
print("python part:", len(LABELS), "labels;", len(NODE), "node specs;", len(CHROME), "chrome;", len(SOFFICE), "soffice")
