#!/usr/bin/python3
"""Part 2: LibreOffice and Chromium PDFs (sources in src/), labels_pdf.json."""
import json, os, subprocess, sys, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.enum.table import WD_TABLE_ALIGNMENT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SRC = os.path.join(HERE, "src"); os.makedirs(SRC, exist_ok=True)
AG = "qingshanqu.gov.cn"
LABELS = []
def label(f, v, cats, raw, note):
    LABELS.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raw, "note": note})

def new_doc():
    d = Document(); st = d.styles["Normal"]; st.font.name = "Noto Serif CJK SC"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC"); return d

def table(d, rows, widths):
    t = d.add_table(rows=0, cols=len(widths)); t.style = "Table Grid"; t.autofit = False
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v; cells[i].width = Cm(widths[i])
    for i, w in enumerate(widths):
        for c in t.columns[i].cells: c.width = Cm(w)
    return t

def lo(docname, pdfname):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", SRC, os.path.join(SRC, docname)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(SRC, docname[:-5] + ".pdf"), os.path.join(OUT, pdfname))

# LibreOffice
d = new_doc(); d.add_heading("青山区各部门政务服务联系方式", 1)
table(d, [("部门", "咨询电话", "政务邮箱"), ("区发展和改革局", "0571-87012401", "fgj@"+AG), ("区教育局", "0571-87012502", "jyj@"+AG),
          ("区民政局", "0571-87012618", "mzj@"+AG), ("区司法局", "0571-87012655", "sfj@"+AG)], [5, 4, 6])
d.add_paragraph("非工作时间请拨打12345政务服务便民热线。")
d.save(os.path.join(SRC, "lo_bumen.docx")); lo("lo_bumen.docx", "c49_lo_bumen_lianxi.pdf")
label("c49_lo_bumen_lianxi.pdf", "pass", ["email"], [], "LibreOffice PDF: 部门/电话/邮箱 table of departments")

d = new_doc(); d.add_heading("区卫生健康局领导班子分工及联系方式", 1)
table(d, [("姓名", "职务", "手机", "邮箱"), ("施雅", "副局长", "15088649173", "shiya_wj@163.com"),
          ("邹明", "副局长", "18969032215", "zouming1975@126.com"), ("孔德明", "总师", "13989465027", "kongdm@qq.com")], [2.0, 2.0, 1.6, 2.2])
d.save(os.path.join(SRC, "lo_ganbu.docx")); lo("lo_ganbu.docx", "c50_lo_ganbu_zhaiwei.pdf")
label("c50_lo_ganbu_zhaiwei.pdf", "review", ["mobile_phone"],
      ["15088649173", "18969032215", "13989465027", "shiya_wj@163.com", "zouming1975@126.com", "kongdm@qq.com"],
      "LibreOffice PDF: 姓名/职务/手机/邮箱 table in narrow cells -- the mobiles fit their cells, two of the mailboxes wrap across lines; personal mobiles -> review")

d = new_doc(); d.add_heading("关于做好2026年秋季学期学生资助工作的通知", 1)
d.add_paragraph("各中小学：请按要求做好家庭经济困难学生认定及资助资金发放工作。")
fp = d.sections[0].footer.paragraphs[0]; fp.text = "区学生资助管理中心 联系人：金晓燕 手机：13957123486"
d.save(os.path.join(SRC, "lo_yejiao.docx")); lo("lo_yejiao.docx", "c51_lo_yejiao_shouji.pdf")
label("c51_lo_yejiao_shouji.pdf", "review", ["mobile_phone"], ["13957123486"],
      "LibreOffice PDF: a named contact's mobile in the page footer")

d = new_doc(); d.add_heading("区图书馆“阅读推广人”公示", 1)
table(d, [("推广人", "推荐单位", "电子邮箱"), ("魏晨曦", "青山小学", "weichenxi.reading2020@163.com"),
          ("陶然", "湖滨中学", "taoran_huBinzx@126.com")], [2.2, 2.4, 2.2])
d.add_paragraph("公示期5个工作日，意见请反馈至区图书馆 tsg@" + AG + "。")
d.save(os.path.join(SRC, "lo_zhaiyou.docx")); lo("lo_zhaiyou.docx", "c52_lo_youxiang_zhehang.pdf")
label("c52_lo_youxiang_zhehang.pdf", "pass", [], ["weichenxi.reading2020@163.com", "taoran_huBinzx@126.com"],
      "LibreOffice PDF: named people's personal mailboxes wrapped across lines in a narrow cell; e-mail is info (never changes a verdict) -> pass. Category not required: docs say nothing about re-joining a wrapped address")

# Chromium
def chrome(name, body, title):
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:14px;margin:40px}} table{{border-collapse:collapse}} td,th{{border:1px solid #333;padding:4px}}</style></head>
<body>{body}</body></html>"""
    src = os.path.join(SRC, name[:-4] + ".html")
    open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, name), "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

chrome("c53_cr_mailto_lianxi.pdf", f"""<h1>网站纠错</h1><p>发现本网站信息有误或链接失效，请<a href="mailto:jiucuo@{AG}">联系我们</a>，我们将及时处理。</p>
<p>网站管理单位：青山区人民政府办公室　电话：0571-87012345</p>""", "网站纠错")
label("c53_cr_mailto_lianxi.pdf", "pass", ["email"], [], "Chromium PDF: agency mailbox only in a mailto link annotation (text 联系我们)")

chrome("c54_cr_tel_geren.pdf", """<h1>居家养老上门服务</h1><p>需要助餐、助洁服务的老人，请<a href="tel:+8615158862207">联系我们</a>，服务专员将上门登记。</p>
<p>区民政局养老服务科：0571-87012618</p>""", "居家养老")
label("c54_cr_tel_geren.pdf", "review", ["mobile_phone"], ["15158862207"],
      "Chromium PDF: a personal mobile only in a tel:+86 link annotation; visible text 联系我们 (link_target)")

chrome("c55_cr_zhaiwei_shouji.pdf", """<h1>湖滨街道河长名单</h1>
<table><tr><th style="width:60px">河道</th><th style="width:50px">河长</th><th style="width:48px">手机</th><th style="width:90px">邮箱</th></tr>
<tr><td>湖滨河</td><td>葛军</td><td style="width:48px;word-break:break-all">19957316624</td><td style="word-break:break-all">gejun_hb@163.com</td></tr>
<tr><td>青山港</td><td>范丽</td><td style="width:48px;word-break:break-all">16605718842</td><td style="word-break:break-all">fanli1982@qq.com</td></tr></table>
<p>河长制办公室：0571-87180000</p>""", "河长名单")
label("c55_cr_zhaiwei_shouji.pdf", "review", ["mobile_phone"], ["19957316624", "16605718842", "gejun_hb@163.com", "fanli1982@qq.com"],
      "Chromium PDF: 河长 table whose narrow 手机 cells wrap the mobiles over lines (word-break:break-all)")

chrome("c56_cr_bumen_youxiang.pdf", f"""<h1>青山区政务公开工作机构</h1>
<table><tr><th>部门</th><th>职责</th><th>邮箱</th><th>电话</th></tr>
<tr><td>区政务公开办</td><td>统筹协调</td><td>zwgk@{AG}</td><td>0571-87012300</td></tr>
<tr><td>区政府信息公开中心</td><td>依申请公开受理</td><td>ysqgk@{AG}</td><td>0571-87012301</td></tr>
<tr><td>区信访局</td><td>来信来访</td><td>xfj@{AG}</td><td>0571-87012999</td></tr></table>""", "工作机构")
label("c56_cr_bumen_youxiang.pdf", "pass", ["email"], [], "Chromium PDF: 部门/职责/邮箱/电话 table of organisational contacts")

chrome("c57_cr_geren_xingwen.pdf", """<h1>关于表扬青山社区工作人员的来信</h1>
<p>来信人张阿姨称，社区工作人员吕芳在疫情期间多次上门送药，特致信表扬。吕芳同志的手机号码是 138 6704 5192，邮箱 lvfang_qs@163.com，欢迎居民有事联系。</p>""", "表扬来信")
label("c57_cr_geren_xingwen.pdf", "review", ["mobile_phone"], ["13867045192", "lvfang_qs@163.com"],
      "Chromium PDF: a named community worker's grouped mobile and 163 mailbox in prose")

json.dump(LABELS, open(os.path.join(HERE, "labels_pdf.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LABELS), "labels")
