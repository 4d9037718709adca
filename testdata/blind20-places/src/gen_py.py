"""Python producers for blind20-places: values, ReportLab PDFs, python-docx, openpyxl, HTML.
/usr/bin/python3 gen_py.py OUTDIR WORKDIR"""
import json, os, sys
from vals import *
from ooxml import docx as hdocx, p as hp, core_xml, custom_xml
from ooxml import png

OUT, WORK = sys.argv[1], sys.argv[2]
LAB = []
def L(f, v, cats, raws, note):
    LAB.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raws, "note": note})
def P(n):
    return os.path.join(OUT, n)

# values for gen.js (drawn after gen_hand's, same seed stream order every run)
V = {"m_d01": mobile("186"), "id_d03": idcard("110105", "19870623"), "card_d04": card("621700"), "id_d05b": idcard("510107", "19750930"),
     "m_d29": mobile("177"), "id_x01": idcard("330102", "19680415"), "card_x02": card("622588"), "m_x04": mobile("199"),
     "id_x05": idcard("330105", "19930228"), "pp_x07": "E%08d" % R.randint(10000000, 99999999), "m_x09": mobile("187"), "m_x11": mobile("151"),
     "card16_x13": card("622202", 16), "id_x15": idcard("330106", "19820709"), "badid_x16": bad_id("330106", "19820710"),
     "id_x17": idcard("330110", "19961103"), "badid_x18": bad_id("330110", "19961104"), "m_p01": mobile("138"), "m_p03": mobile("182"),
     "m_p05": mobile("182"), "id_p06": idcard("330127", "19710512"), "plate_p08": "7H261", "id_f01": idcard("330108", "19890117"),
     "m_f01": mobile("152"), "m_f03": mobile("136"), "id_f05": idcard("330109", "19941125")}
json.dump(V, open(os.path.join(WORK, "values.json"), "w"), ensure_ascii=False)
open(os.path.join(WORK, "pic.png"), "wb").write(png(160, 100, (70, 130, 90)))

# ---------------- ReportLab
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.utils import ImageReader
import io
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

def page(c, extra=None):
    c.setFont("STSong-Light", 16); c.drawString(150, 760, "关于开展2026年度安全生产大检查的通知")
    c.setFont("STSong-Light", 11)
    y = 720
    for t in ["各科室、各直属单位：", "为切实做好岁末年初安全生产工作，现将有关事项通知如下。", "一、检查时间：2026年12月10日至12月25日。",
              "二、检查范围：辖区内各类生产经营单位。", "咨询电话：0571-87053210。"]:
        c.drawString(72, y, t); y -= 22
    c.drawString(380, 560, "市应急管理局办公室"); c.drawString(390, 540, "2026年12月6日")
    if extra: extra(c)

def rl(path, extra=None, info=None):
    c = canvas.Canvas(path, invariant=1)
    c.setAuthor("市应急管理局办公室"); c.setTitle("安全生产检查通知")
    page(c, extra); c.showPage(); c.save()

rl(os.path.join(WORK, "base.pdf"))
m = mobile("139")
rl(P("f07_annot_mobile.pdf"), lambda c: c.textAnnotation("请核实：联络人邵雅琴，手机" + m, Rect=(500, 700, 520, 720)))
L("f07_annot_mobile.pdf", "review", ["mobile_phone"], [m], "ReportLab textAnnotation: a sticky note (/Text annotation /Contents) beside the heading names 邵雅琴 and her 139 mobile; the page text is clean")
rl(P("f08_annot_clean.pdf"), lambda c: c.textAnnotation("已校对，咨询电话以12345为准。", Rect=(500, 700, 520, 720)))
L("f08_annot_clean.pdf", "review", ["hidden_content"], [], "twin of f07: the sticky note says it was proof-read and names 12345. docs/ do not say whether a PDF sticky note alone is hidden_content (docs list 'comments' for office files); the icon is visible to every reader, so a careful reviewer lets this pass [relabelled 2026-12-06 by the lead: a PDF sticky note is a comment, and comments are reviewed as hidden_content wherever they stand (docs/findings.md), as this corpus labels its DOCX and ODT comment twins; the first run's false alarm was the label's]")

pp = "E%08d" % R.randint(10000000, 99999999)
def bm(title):
    def f(c):
        c.bookmarkPage("p1"); c.addOutlineEntry("通知正文", "p1", 0); c.addOutlineEntry(title, "p1", 1); c.showOutline()
    return f
rl(P("f09_outline_passport.pdf"), bm("出访人员：林一鸣 护照号码" + pp))
L("f09_outline_passport.pdf", "review", ["passport"], [pp], "ReportLab outline: a second-level bookmark reads 出访人员：林一鸣 护照号码 + E-passport number; not on the page")
rl(P("f10_outline_clean.pdf"), bm("附件：出访审批流程"))
L("f10_outline_clean.pdf", "pass", [], [], "twin of f09: the bookmark names an attachment")

c1 = card("622848")
def white(t):
    def f(c):
        c.setFillColorRGB(1, 1, 1); c.setFont("STSong-Light", 9); c.drawString(72, 480, t); c.setFillColorRGB(0, 0, 0)
    return f
rl(P("f11_white_card.pdf"), white("补助发放账户：户名冯志远，卡号" + c1))
L("f11_white_card.pdf", "block", ["bank_card"], [c1], "ReportLab: a line drawn in white (1 1 1 rg) on the white page below the signature: 户名冯志远 and a Luhn-valid UnionPay 卡号; invisible but selectable/searchable")
rl(P("f12_white_clean.pdf"), white("本页留白，咨询请拨打12345。"))
L("f12_white_clean.pdf", "pass", [], [], "twin of f11: the white line holds 12345 only")

id1 = idcard("330106", "19900417")
pic = ImageReader(io.BytesIO(png(200, 60, (200, 30, 30))))
def under(t):
    def f(c):
        c.setFont("STSong-Light", 11); c.drawString(350, 610, t); c.drawImage(pic, 340, 595, width=230, height=40)
    return f
rl(P("f13_under_picture_id.pdf"), under("经办人身份证号" + id1))
L("f13_under_picture_id.pdf", "block", ["id_card"], [id1], "ReportLab: a text line with 身份证号 + valid ID drawn first, then an opaque red picture (a stand-in for a stamp) drawn over it, covering it completely; the text layer still has it")
rl(P("f14_under_picture_clean.pdf"), under("经办人身份证号" + bad_id("330106", "19900418")))
L("f14_under_picture_clean.pdf", "pass", [], [], "twin of f13: the covered line's 18 digits fail the check digit. (The picture is a solid red block with no text; if OCR reads it the docs' unreadable.ocr_only rule speaks of scans and pictures whose text only OCR read, which this page is not)")

def lnk(url):
    def f(c):
        c.drawString(72, 500, "附件下载：《检查表》"); c.linkURL(url, (140, 495, 200, 512), relative=0, thickness=0)
    return f
rl(P("f15_link_intranet.pdf"), lnk("http://10.60.3.12/gwgl/fj/jcb.xls"))
L("f15_link_intranet.pdf", "review", ["internal_address"], [], "ReportLab linkURL: the shown text is 《检查表》; the /URI action points to 10.60.3.12")
rl(P("f16_link_public.pdf"), lnk("https://yjglj.hangzhou.gov.cn/jcb.xls"))
L("f16_link_public.pdf", "pass", [], [], "twin of f15: the URI is the agency's public site")

# ---------------- python-docx: core properties
import docx as pydocx
def pdoc(path, props):
    d = pydocx.Document()
    for t in ["关于开展2026年度安全生产大检查的通知", "各科室、各直属单位：为切实做好岁末年初安全生产工作，现将有关事项通知如下。", "咨询电话：0571-87053210。"]:
        d.add_paragraph(t)
    cp = d.core_properties
    for k, v in props.items():
        setattr(cp, k, v)
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 12, 5, 10, 0, 0); cp.last_printed = cp.created; cp.revision = 1
    d.save(path)
id2 = idcard("330183", "19860210")
pdoc(P("d31_coreprops_id.docx"), {"author": "办公室", "comments": "起草人柯文杰 身份证号" + id2, "title": "通知"})
L("d31_coreprops_id.docx", "block", ["id_card"], [id2], "python-docx 0.8: core property dc:description (备注/comments) holds 起草人柯文杰 with a valid ID; shown in 文件→属性")
pdoc(P("d32_coreprops_clean.docx"), {"author": "办公室", "comments": "模板版本2026", "title": "通知", "keywords": "安全生产"})
L("d32_coreprops_clean.docx", "pass", [], [], "twin of d31: properties hold the office, a template version and a keyword (metadata is info only)")
m2 = mobile("155")
hdocx(P("d33_customprops_mobile.docx"), hp("关于开展2026年度安全生产大检查的通知") + hp("咨询电话：0571-87053210。"),
      core=core_xml(title="通知", creator="办公室"), custom=custom_xml([("拟稿人", "苗嘉怡"), ("拟稿人电话", m2), ("流程号", "GW-2026-1206")]))
L("d33_customprops_mobile.docx", "review", ["mobile_phone"], [m2], "hand-written XML: docProps/custom.xml custom properties 拟稿人=苗嘉怡 and 拟稿人电话=a 155 mobile (as an OA system writes them)")

# ---------------- openpyxl
import openpyxl
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.chart import BarChart, Reference
def book():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "公示"
    for r in [["序号", "单位", "补助金额（元）"], [1, "西湖区应急管理局", 12000], [2, "上城区应急管理局", 9000]]:
        ws.append(r)
    wb.properties.creator = "办公室"
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 12, 5, 10)
    return wb, ws
id3 = idcard("330184", "19770308")
wb, ws = book(); wb.defined_names.append(DefinedName("申请人身份证", attr_text='"%s"' % id3)); wb.save(P("x21_definedname_id.xlsx"))
L("x21_definedname_id.xlsx", "block", ["id_card"], [id3], "openpyxl 3.0: a workbook defined name 申请人身份证 whose value is a string constant, a valid ID (visible in 名称管理器); no cell holds it")
wb, ws = book(); wb.defined_names.append(DefinedName("补助合计", attr_text="公示!$C$2:$C$3")); wb.save(P("x22_definedname_clean.xlsx"))
L("x22_definedname_clean.xlsx", "pass", [], [], "twin of x21: the defined name refers to a cell range")
m3 = mobile("183")
def chart(title):
    wb, ws = book(); ch = BarChart(); ch.title = title
    ch.add_data(Reference(ws, min_col=3, min_row=1, max_row=3), titles_from_data=True); ch.set_categories(Reference(ws, min_col=2, min_row=2, max_row=3))
    ws.add_chart(ch, "E2"); return wb
chart("补助统计（填报人：霍明亮 %s）" % m3).save(P("x23_chart_title_mobile.xlsx"))
L("x23_chart_title_mobile.xlsx", "review", ["mobile_phone"], [m3], "openpyxl 3.0: a bar chart's title names 霍明亮 with a 183 mobile")
chart("补助统计（单位：元）").save(P("x24_chart_title_clean.xlsx"))
L("x24_chart_title_clean.xlsx", "pass", [], [], "twin of x23: the chart title names the unit")
m4 = mobile("159")
wb, ws = book(); ws["C4"] = 21000; ws["C4"].number_format = '"合计（经办人温淑芬 %s）："#,##0' % m4; wb.save(P("x25_numfmt_literal_mobile.xlsx"))
L("x25_numfmt_literal_mobile.xlsx", "review", ["mobile_phone"], [m4], "NOT in docs: a custom number format with quoted literal text on C4 makes the cell SHOW 合计（经办人温淑芬 + 159 mobile）：21,000; the cell's value is just 21000 and the text lives in styles.xml numFmts. A careful reviewer reads what the sheet shows")
wb, ws = book(); ws["C4"] = 21000; ws["C4"].number_format = '"合计："#,##0"元"'; wb.save(P("x26_numfmt_literal_clean.xlsx"))
L("x26_numfmt_literal_clean.xlsx", "pass", [], [], "twin of x25: the format shows 合计：21,000元")

# ---------------- HTML
def html(name, inner, head=""):
    open(P(name), "w", encoding="utf-8").write('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2026年度安全生产大检查的通知</title>%s</head>\n<body>\n<h1>关于开展2026年度安全生产大检查的通知</h1>\n<p>各科室、各直属单位：为切实做好岁末年初安全生产工作，现将有关事项通知如下。</p>\n%s\n<p>咨询电话：0571-87053210</p>\n<p>市应急管理局办公室　2026年12月6日</p>\n</body></html>\n' % (head, inner))
html("h01_href_intranet.html", '<p>附件：<a href="http://192.168.100.7:8081/cms/upload/2026/jcb.docx">检查表.docx</a></p>')
L("h01_href_intranet.html", "review", ["internal_address"], [], "hand-written HTML: a link whose text is 检查表.docx and whose href is a CMS back-end URL on 192.168.100.7")
html("h02_href_public.html", '<p>附件：<a href="https://yjglj.hangzhou.gov.cn/module/download/jcb.docx">检查表.docx</a></p>')
L("h02_href_public.html", "pass", [], [], "twin of h01: the href is the public site")
m5 = mobile("157")
html("h03_title_attr_mobile.html", '<p>联系人：<span title="姚振宇 %s">综合科</span></p>' % m5)
L("h03_title_attr_mobile.html", "review", ["mobile_phone"], [m5], "NOT in docs (docs list data-*/aria-* attributes, not title): a span's title attribute, shown as a tooltip on hover, is 姚振宇 + a 157 mobile; a careful reviewer expects it caught")
html("h04_title_attr_clean.html", '<p>联系人：<span title="综合科 0571-87053210">综合科</span></p>')
L("h04_title_attr_clean.html", "pass", [], [], "twin of h03: the tooltip is the office landline")
id4 = idcard("330106", "19831129")
html("h05_hidden_input_id.html", '<form action="/search"><input type="hidden" name="applicantId" value="%s"><input type="text" name="q"><button>检索</button></form>' % id4)
L("h05_hidden_input_id.html", "block", ["id_card"], [id4], "hand-written HTML: a hidden <input> left by a form template carries a valid ID (docs: hidden input values, form_field)")
html("h06_hidden_input_clean.html", '<form action="/search"><input type="hidden" name="siteid" value="330100"><input type="hidden" name="hotline" value="12345"><input type="text" name="q"><button>检索</button></form>')
L("h06_hidden_input_clean.html", "pass", [], [], "twin of h05: hidden inputs carry a site id 330100 and 12345 (site furniture)")
m6 = mobile("178")
html("h07_comment_mobile.html", '<!-- 待确认：联络员蒋雨晴 %s，上线前删除 -->\n<p>二、请各单位于12月8日前报送联络员名单。</p>' % m6)
L("h07_comment_mobile.html", "review", ["mobile_phone", "hidden_content"], [m6], "hand-written HTML: an editor's HTML comment names 蒋雨晴 with a 178 mobile")
html("h08_comment_clean.html", '<!-- 正文开始 -->\n<p>二、请各单位于12月8日前报送联络员名单。</p>\n<!-- 正文结束 -->')
L("h08_comment_clean.html", "pass", [], [], "twin of h07: the comments are the platform's 正文开始/正文结束 markers, which docs say are not findings")
m7 = mobile("189")
html("h09_meta_mobile.html", "<p>二、请各单位于12月8日前报送联络员名单。</p>", '<meta name="author" content="编辑：卢晓峰 %s"><meta name="keywords" content="安全生产">' % m7)
L("h09_meta_mobile.html", "review", ["mobile_phone"], [m7], "hand-written HTML: <meta name=author> names the editor 卢晓峰 with a 189 mobile")
html("h10_meta_clean.html", "<p>二、请各单位于12月8日前报送联络员名单。</p>", '<meta name="author" content="市应急管理局"><meta name="keywords" content="安全生产,检查"><meta name="description" content="咨询电话12345">')
L("h10_meta_clean.html", "pass", [], [], "twin of h09: meta author is the agency, description names 12345")
id5 = idcard("330102", "19910806")
html("h11_img_alt_id.html", '<p><img src="https://yjglj.hangzhou.gov.cn/images/zp01.jpg" alt="获奖者证件照 韦思琪 身份证%s" width="120" height="160"></p>' % id5)
L("h11_img_alt_id.html", "block", ["id_card"], [id5], "NOT in docs by name (docs: visible text, hidden elements, data-*/aria-*): an <img alt> (shown when the remote picture fails, read by screen readers) holds a valid ID; a careful reviewer expects it caught")

json.dump(LAB, open(os.path.join(OUT, "_labels_py.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LAB), "python files")

# ---------------- OpenDocument (converted by odf.sh with LibreOffice)
FODT = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
        '<text:p>关于发放2026年度困难职工补助的通知</text:p><text:p>各基层工会：补助资金已于12月5日发放至本人账户。</text:p>'
        '<text:section text:name="核对用" text:display="none"><text:p>%s</text:p></text:section>'
        '<text:p>咨询电话：0571-87053210。</text:p><text:p>市总工会办公室</text:p></office:text></office:body></office:document>\n')
c2 = card("621483")
open(os.path.join(WORK, "o07_hidden_section_card.fodt"), "w", encoding="utf-8").write(FODT % ("核对：户名田秀英，卡号" + c2))
open(os.path.join(WORK, "o08_hidden_section_clean.fodt"), "w", encoding="utf-8").write(FODT % "核对：本段仅供编辑时参考，正式发布前隐藏。")
L("o07_hidden_section_card.odt", "block", ["bank_card", "hidden_content"], [c2], "hand-written flat ODT converted to .odt by LibreOffice: a section with text:display=\"none\" holds 户名田秀英 and a Luhn-valid UnionPay 卡号")
L("o08_hidden_section_clean.odt", "review", ["hidden_content"], [], "twin of o07: the hidden section holds an editor's note; a hidden section is hidden content (review) by the README")
L("o01_comment_mobile.odt", "review", ["mobile_phone", "hidden_content"], [V["m_d01"]], "LibreOffice DOCX→ODT of d01: the Word comment becomes an office:annotation naming 黄志强 with a mobile")
L("o02_footnote_id.odt", "block", ["id_card"], [V["id_d05b"]], "LibreOffice DOCX→ODT of d05b: the footnote (text:note) holds a valid ID")
L("o03_footnote_clean.odt", "pass", [], [], "LibreOffice DOCX→ODT of d06: the footnote holds a public URL and 12345")
L("o04_hidden_sheet_id.ods", "block", ["id_card", "hidden_content"], [V["id_x01"]], "LibreOffice XLSX→ODS of x01: the hidden sheet (table:display=false style) holds a valid ID")
L("o05_note_passport.ods", "review", ["passport", "hidden_content"], [V["pp_x07"]], "LibreOffice XLSX→ODS of x07: the cell note becomes an office:annotation with 护照号码")
L("o06_footer_mobile.ods", "review", ["mobile_phone"], [V["m_x11"]], "LibreOffice XLSX→ODS of x11: the print footer (style:footer in styles.xml) names 冯晓丽 with a mobile")
L("o09_notes_mobile.odp", "review", ["mobile_phone"], [V["m_p01"]], "LibreOffice PPTX→ODP of p01: the speaker notes (presentation:notes) name 宋立新 with a mobile")
json.dump(LAB, open(os.path.join(OUT, "_labels_py.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
