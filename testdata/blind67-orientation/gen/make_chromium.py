"""Chromium PDFs: vertical-rl text, rotated headers, diagonal watermark, columns,
RTL tables, a table row split by a page break, landscape named pages.
Run from the corpus folder: python3 gen/make_chromium.py"""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import ID, MOB, NAMES, EXAMNO, BODY, mask_id, mask_mobile

OUT = "chromium"
HTML = os.path.join("gen", "html")
os.makedirs(OUT, exist_ok=True)
os.makedirs(HTML, exist_ok=True)

BASE_CSS = """@page { size: A4; margin: 18mm; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC'; font-size: 15px; line-height: 1.8; }
table { border-collapse: collapse; } td, th { border: 1px solid #000; padding: 3px 6px; }
"""


def page(name, body, css=""):
    if os.environ.get("ONLY") and os.environ["ONLY"] not in name:
        return
    html = ("<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><title>%s</title><style>%s%s</style></head>"
            "<body>%s</body></html>") % (name, BASE_CSS, css, body)
    hp = os.path.join(HTML, name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html)
    out = os.path.join(OUT, name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.abspath(out), "file://" + os.path.abspath(hp)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(out)


paras = "".join("<p>%s</p>" % p for p in BODY[:5])

# --- vertical-rl notices -------------------------------------------------
VCSS = "body { writing-mode: vertical-rl; } p { margin: 0 0 0 0.6em; text-indent: 2em; } h1 { font-size: 22px; margin: 0 1em; }"
page("cr_vertical_marking",
     "<div>秘密★1年</div><h1>关于做好城乡居民医保参保缴费工作的通知</h1>" + paras, VCSS)
page("cr_vertical_clean",
     "<div>县医保〔2024〕12号</div><h1>关于做好城乡居民医保参保缴费工作的通知</h1>" + paras, VCSS)
page("cr_vertical_id",
     "<h1>行政处罚决定书</h1><p>当事人：%s，公民身份号码%s，住所地本县城关镇。</p>"
     "<p>经查，当事人于二〇二四年三月在本县农贸市场销售未经检疫的猪肉，违反了《动物防疫法》的规定。</p>"
     "<p>依据有关规定，决定给予当事人警告并处罚款二千元。</p>" % (NAMES[0], ID[0]), VCSS)
page("cr_vertical_mobile_upright",
     "<h1>关于开展农村危房改造申报的公告</h1>" + paras +
     "<p>联系人：%s，手机：%s。</p>" % (NAMES[1], MOB[1]),
     VCSS + " body { text-orientation: upright; }")
page("cr_vertical_masked_clean",
     "<h1>城乡居民医疗救助资金发放公示</h1><p>救助对象%s，身份证号%s，联系电话%s，救助金额<span style='text-combine-upright:all'>800</span>元。</p>"
     "<p>公示期内如有异议，请拨打12345政务服务便民热线反映。</p>" % ("张某某", mask_id(ID[3]), mask_mobile(MOB[3])), VCSS)

# --- a horizontal notice whose marking at the top left is set vertically --
page("cr_corner_vertical_marking",
     "<div style='position:absolute;left:0;top:0;writing-mode:vertical-rl;text-orientation:upright;font-size:16px;font-family:\"Noto Sans CJK SC\"'>秘密★1年</div>"
     "<h1 style='text-align:center;color:#c00;margin-top:40px'>某某县人民政府办公室文件</h1>"
     "<h2 style='text-align:center'>关于做好城乡居民医保参保缴费工作的通知</h2>" + paras)

# --- tables with vertical (rotated) headers ------------------------------
def vtable(heads, rows, title, note=""):
    th = "".join("<th><div class=v>%s</div></th>" % h for h in heads)
    tr = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    return "<h2 style='text-align:center'>%s</h2><table><tr>%s</tr>%s</table><p>%s</p>" % (title, th, tr, note)

VTH = ".v { writing-mode: vertical-rl; height: 6em; margin: auto; } th { vertical-align: bottom; }"
page("cr_rotated_th_id",
     vtable(["序号", "姓名", "公民身份号码", "补贴金额（元）"],
            [[i + 1, NAMES[i], ID[i + 1], 1200] for i in range(6)],
            "2024年度耕地地力保护补贴发放名单"), VTH)
page("cr_rotated_th_exam_clean",
     vtable(["序号", "姓名", "准考证号", "笔试成绩", "是否进入面试"],
            [[i + 1, NAMES[i][0] + "某某", EXAMNO[i], "%.1f" % (82.5 - i * 1.5), "是"] for i in range(8)],
            "2024年度县属事业单位公开招聘笔试成绩公示", "公示期为5个工作日，公示期内如有异议，请以书面形式向县人力资源和社会保障局反映。"), VTH)

# --- diagonal watermark on every page -----------------------------------
long_paras = "".join("<p>%s</p>" % p for p in (BODY[:5] * 5))
WM = (".wm { position: fixed; top: 45%%; left: 5%%; width: 90%%; text-align: center; font-size: 64px; color: #cfcfcf;"
      " transform: rotate(-35deg); z-index: -1; font-family: 'Noto Sans CJK SC'; }")
page("cr_diag_watermark_internal",
     "<div class=wm>内部资料 注意保存</div><h1 style='text-align:center'>2024年全县医疗保障工作要点（征求意见稿）</h1>" + long_paras, WM % ())
page("cr_diag_watermark_clean",
     "<div class=wm>某某县医疗保障局</div><h1 style='text-align:center'>2024年全县医疗保障工作要点</h1>" + long_paras, WM % ())

# --- two columns ---------------------------------------------------------
COLS = ".cols { column-count: 2; column-gap: 2.5em; } p { margin: 0 0 .6em; text-indent: 2em; }"
col_text = "".join("<p>%s</p>" % p for p in BODY[:5] * 2)
page("cr_twocol_mobile",
     "<h1 style='text-align:center'>政务信息简报 第12期</h1><div class=cols>" + col_text +
     "<p>本期联系人：%s，联系手机：%s。</p></div>" % (NAMES[2], MOB[2]), COLS)
page("cr_twocol_marking",
     "<h1 style='text-align:center'>政务信息简报 第13期</h1><div class=cols>" + "".join("<p>%s</p>" % p for p in BODY[:4]) +
     "<p style='break-before:column;text-indent:0'>机密★10年</p><p>关于全县应急物资储备点布局调整的情况报告</p>" +
     "".join("<p>%s</p>" % p for p in BODY[1:4]) + "</div>", COLS)
page("cr_twocol_clean",
     "<h1 style='text-align:center'>政务信息简报 第14期</h1><div class=cols>" + col_text +
     "<p>本期编辑：县政府办公室信息科，电话：0571-63218845。</p></div>", COLS)

# --- right-to-left table -------------------------------------------------
def table(heads, rows, attrs=""):
    th = "".join("<th>%s</th>" % h for h in heads)
    tr = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    return "<table %s><tr>%s</tr>%s</table>" % (attrs, th, tr)

page("cr_rtl_table_id",
     "<h2 style='text-align:center'>2024年度临时救助对象名单</h2>" +
     table(["序号", "姓名", "身份证号", "救助金额（元）", "所在村"],
           [[i + 1, NAMES[i + 3], ID[i + 4], 1500, "城关镇东门村"] for i in range(5)], "dir=rtl style='margin:auto'"))
page("cr_rtl_table_clean",
     "<h2 style='text-align:center'>2024年度临时救助对象名单</h2>" +
     table(["序号", "姓名", "身份证号", "救助金额（元）", "所在村"],
           [[i + 1, NAMES[i + 3][0] + "某某", mask_id(ID[i + 4]), 1500, "城关镇东门村"] for i in range(5)],
           "dir=rtl style='margin:auto'"))

# (A table row split by a page break is made by LibreOffice, see make_lo.sh: Chromium moves
#  a row that fits on one page to the next page whole.)

# --- landscape named page between portrait pages ------------------------
LAND = "@page wide { size: A4 landscape; } .wide { page: wide; break-before: page; break-after: page; }"
page("cr_landscape_mixed_id",
     "<h1 style='text-align:center'>关于2024年度困难残疾人生活补贴发放情况的报告</h1>" + paras +
     "<div class=wide><h3>附表：补贴发放明细</h3>" +
     table(["序号", "姓名", "性别", "身份证号", "残疾类别", "补贴标准（元/月）", "发放月数", "合计（元）", "备注"],
           [[i + 1, NAMES[i + 1], "男" if i % 2 else "女", ID[i + 9] if i == 2 else mask_id(ID[i + 9]), "肢体", 90, 12, 1080, ""]
            for i in range(5)]) + "</div><p>特此报告。</p><p style='text-align:right'>某某县残疾人联合会<br>2024年3月5日</p>", LAND)
