"""PDFs printed by headless Chromium from HTML written here (sources kept in gen/chromium/)."""
import subprocess
from common import *

HERE = os.path.dirname(os.path.abspath(__file__))
CSS = """<style>@page{size:A4;margin:2cm} body{font-family:'Noto Serif CJK SC',serif;font-size:12pt;line-height:1.6}
table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px 5px;font-size:10pt} h1{text-align:center;font-size:18pt}</style>"""


def pdf(name, html):
    src = os.path.join(HERE, "chromium", name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    dst = out(f"pdf_chromium/{name}.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={dst}", "file://" + src], check=True, capture_output=True)
    return f"pdf_chromium/{name}.pdf"


def roster(idv, name):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>公示</title>{CSS}</head><body>
<h1>玄武区2026年度退役军人优待证申领人员公示</h1>
<p>经审核，下列人员符合退役军人优待证申领条件，现予公示，公示期5个工作日。</p>
<table><tr><th>序号</th><th>姓名</th><th style="width:62px">身份证号</th><th>入伍时间</th><th>退役时间</th></tr>
<tr><td>1</td><td>{name}</td><td style="width:62px;word-break:break-all">{idv}</td><td>1987年12月</td><td>1991年12月</td></tr></table>
<p>监督电话：025-84421234</p></body></html>"""


v = V["ID_C01"]
f = pdf("c01_id_breakall_cell", roster(v, "严志强"))
label(f, "block", ["id_card"], [v],
      "Chromium print of a ruled table whose 身份证号 cell is 62 px wide with word-break:break-all, so the ID wraps over several lines inside the cell. README Tables: PDF cells found from ruled lines (Chromium's thin rectangles); 'A number wrapped over several lines inside one cell is one number'; id_card block.")

f = pdf("c06_masked_breakall_cell", roster(mask_id(v), "严某某"))
label(f, "pass", [], [],
      "Twin of c01: the ID masked 6+4 in the same narrow cell; name 严某某; agency landline. findings.md: masked values are not findings.")


def redhead(header):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title>{CSS}</head><body>
<div style="letter-spacing:0.6em;font-family:'Noto Sans CJK SC';font-size:14pt">{header}</div>
<div style="color:#d00;text-align:center;font-size:30pt;letter-spacing:0.3em;margin:20px 0">西湖区人民政府办公室文件</div>
<h1>关于做好重要时段城市运行保障工作的通知</h1>
<p>各镇人民政府、街道办事处，区政府各部门：</p>
<p>为确保重要时段城市运行平稳有序，现就有关事项通知如下：一、压实供水、供电、供气等城市生命线运行保障责任；二、加强应急值守，严格执行信息报送制度。</p>
<p style="text-align:right">西湖区人民政府办公室<br>2026年3月25日</p></body></html>"""


f = pdf("c02_marking_letterspaced", redhead("秘密★1年"))
label(f, "block", ["classified_marking"], [],
      "Chromium print of a 公文 whose first line is 秘密★1年 set with CSS letter-spacing 0.6em above the red 版头. README PDF: 'letter spacing … of up to 0.8 em (CSS letter-spacing of 0.6em …) is no word space'; a marking on the first line; block.")

f = pdf("c03_clean_letterspaced", redhead("公开属性：主动公开"))
label(f, "pass", [], [],
      "Twin of c02: the letter-spaced first line reads 公开属性：主动公开 — no level. Nothing in findings.md applies.")


def cardpage(card):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>告知书</title>{CSS}</head><body>
<h1>征收补偿款发放告知书</h1>
<p>被征收人徐丽华：</p>
<p>你户位于玄武区某街道某号的房屋征收补偿款共计人民币叁拾贰万陆仟元整，将于2026年4月10日前划入你本人账户（开户银行：招商银行南京分行营业部，银行卡号：{card}）。</p>
<p>如有疑问，请与区房屋征收管理办公室联系，联系电话：025-84425678。</p>
<p style="text-align:right">玄武区房屋征收管理办公室<br>2026年3月27日</p></body></html>"""


c = V["C_C04"]
fg = g(fullwidth(c), [4, 4, 4, 4])
f = pdf("c04_card_fullwidth_groups", cardpage(fg))
label(f, "block", ["bank_card"], [fg, fullwidth(c), c],
      "Chromium print; a person's CMB card (621483…, Luhn-valid, UnionPay) in full-width digits grouped by four after 银行卡号：, and the paragraph's line wrap cuts it (６２１ / ４ ８３５９ …). findings.md bank_card: UnionPay 62… or next to 卡号/银行; full-width folded (README); block.")

f = pdf("c07_card_fullwidth_masked", cardpage(fullwidth(c[:6]) + "＊＊＊＊＊＊" + fullwidth(c[-4:])))
label(f, "pass", [], [],
      "Twin of c04: the card masked 6+4 in full-width digits and ＊. findings.md: masked values are not findings; card shown 'first 6 and last 4'. (The 被征收人's name is not personal data the docs flag.)")

dump_labels("chromium")
