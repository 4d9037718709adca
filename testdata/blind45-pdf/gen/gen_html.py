# -*- coding: utf-8 -*-
"""HTML pages for Chromium --print-to-pdf.  Writes WORK/html/*.html."""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

D = os.path.join(WORK, "html")
os.makedirs(D, exist_ok=True)
E = html.escape

CSS = """
@page { size: A4; margin: 30mm 26mm 28mm 28mm; }
body { font-family: "仿宋_GB2312", "FangSong", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.8; }
h1 { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-size: 24px; text-align: center; font-weight: normal; }
p.b { text-indent: 2em; margin: 0; }
p.r { text-align: right; margin: 0; }
p.c { text-align: center; margin: 0; }
table { border-collapse: collapse; margin: 10px 0; }
td, th { border: 1px solid #000; padding: 4px 6px; font-size: 14px; font-weight: normal; }
.org { color: #d00; font-size: 40px; text-align: center; letter-spacing: 2px; margin: 10px 0; }
.redline { border-top: 2px solid #d00; margin: 8px 0 20px; }
"""


def page(title, body, extra_css=""):
    return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>%s%s</style></head><body>%s</body></html>" % (E(title), CSS, extra_css, body))


def ps(lines, cls="b"):
    return "".join('<p class="%s">%s</p>' % (cls, E(t)) for t in lines)


def write(name, text):
    with open(os.path.join(D, name), "w", encoding="utf-8") as f:
        f.write(text)


def notice(marked):
    b = ""
    if marked:
        b += '<p style="margin:0">000127</p><p style="margin:0">机密★1年</p>'
    b += '<p style="margin:0">特急</p>'
    b += '<div class="org">%s</div><p class="c">%s</p><div class="redline"></div>' % (E(NOTICE_ORG), E(NOTICE_NO))
    b += "<h1>%s</h1><p>%s</p>" % (E(NOTICE_TITLE), E(NOTICE_TO)) + ps(NOTICE_BODY)
    b += "<br>" + ps(NOTICE_SIGN, "r")
    if not marked:
        b += "<p>（此件公开发布）</p>"
    return page(NOTICE_TITLE, b)


def gongshi(masked):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        i, n, sx, mask_id(v) if masked else v, mask_mobile(m) if masked else m, note)
        for i, (n, sx, v, m, note) in enumerate(HONOUREES, 1))
    b = "<h1>%s</h1>%s<table><tr>%s</tr>%s</table>" % (
        E(GS_TITLE), ps([GS_INTRO]), "".join("<th>%s</th>" % h for h in GS_HEAD), rows)
    b += ps(GS_OUTRO[:2]) + ps(GS_OUTRO[2:], "r")
    return page(GS_TITLE, b)


def minutes(header):
    css = ""
    b = ""
    if header:
        css = "@page { margin: 12mm 26mm 20mm 28mm; } .hdr { font-size: 14px; height: 18mm; }"
        b += '<div class="hdr">%s</div>' % E(header)
    b += '<div class="org" style="font-size:34px">%s</div><h1>%s</h1><p class="c">%s</p><div class="redline"></div>' % (
        E(MIN_ORG), E(MIN_TITLE), E(MIN_NO))
    b += ps(MIN_BODY[:4]) + '<div style="break-before: page"></div>'
    if header:
        b += '<div class="hdr">%s</div>' % E(header)
    b += ps(["（续）会议还研究了其他事项。会议要求各处室、各单位按照职责分工，抓好议定事项落实，并于每月25日前向办公室报送进展情况。"])
    b += ps(MIN_BODY[4:], "x")
    return page(MIN_TITLE, b, css)


def tender(url):
    b = "<h1>%s</h1>" % E(TENDER_TITLE) + ps(TENDER_BODY)
    b += '<p class="b">获取方式：<a href="%s">%s</a></p>' % (E(url), E(TENDER_LINK_TEXT))
    b += ps(TENDER_TAIL) + ps(TENDER_ACCOUNT, "x") + "<br>" + ps(["临江市第一人民医院", "2025年6月30日"], "r")
    return page(TENDER_TITLE, b)


def annual():
    b = "<h1>%s</h1>" % E(AR_TITLE)
    for t in AR_BODY:
        b += ('<p style="font-weight:bold;margin:6px 0">%s</p>' % E(t)) if t[1:2] == "、" else ps([t])
    b += ("<table><tr><th>指标</th><th>2023年</th><th>2024年</th><th>增减</th></tr>"
          "<tr><td>主动公开信息（条）</td><td>11,932</td><td>12,856</td><td>+924</td></tr>"
          "<tr><td>依申请公开（件）</td><td>298</td><td>326</td><td>+28</td></tr>"
          "<tr><td>行政复议（件）</td><td>7</td><td>5</td><td>-2</td></tr></table>")
    b += ps(["临江市人民政府办公室", "2025年1月20日"], "r")
    return page(AR_TITLE, b)


def penalty(masked):
    bd = pen_body(masked)
    b = "<h1>%s</h1><p class=\"c\">%s</p>" % (E(PEN_TITLE), E(PEN_NO))
    b += ps(bd[:4], "x") + ps(bd[4:-2]) + "<br>" + ps(bd[-2:], "r")
    return page(PEN_TITLE, b)


def subsidy(masked):
    rows = "".join(
        '<tr><td>%d</td><td>%s</td><td>%s</td><td class="id">%s</td><td>%s</td></tr>' % (
            i, n, c, mask_id(v) if masked else v, a) for i, (n, c, v, a) in enumerate(SUBSIDY, 1))
    css = "td.id, th.id { width: 70px; max-width: 70px; word-break: break-all; }"
    b = "<h1>%s</h1><table><tr><th>序号</th><th>姓名</th><th>所在社区</th><th class=\"id\">身份证号</th><th>补贴金额（元）</th></tr>%s</table>" % (
        E(SUB_TITLE), rows)
    b += ps([SUB_NOTE]) + "<br>" + ps(["临江市残疾人联合会", "2025年7月2日"], "r")
    return page(SUB_TITLE, b, css)


def brief_wm(text):
    css = (".wm { position: fixed; top: 110mm; left: 15mm; font-size: 80px; color: #c8c8c8; "
           "transform: rotate(-45deg); z-index: -1; font-family: 'Noto Sans CJK SC', sans-serif; }")
    b = '<div class="wm">%s</div>' % E(text)
    b += "<h1>%s</h1><p class=\"c\">%s</p>" % (E(BRIEF_TITLE), E(BRIEF_NO)) + ps(BRIEF_BODY)
    b += "<br>" + ps(["临江市生态环境局办公室　2025年6月5日"], "r")
    return page(BRIEF_TITLE, b, css)


def footer_id():
    css = "@page { margin: 30mm 26mm 12mm 28mm; } .ftr { position: fixed; bottom: 0; left: 0; font-size: 12px; }"
    b = '<div class="ftr">%s</div>' % E(FOOT_LINE)
    b += "<h1>%s</h1>" % E(FOOT_TITLE) + ps(FOOT_BODY) + "<br>" + ps(["临江市住房保障中心", "2025年6月20日"], "r")
    return page(FOOT_TITLE, b, css)


def plates():
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i, p, loc, d) for i, (p, loc, d) in enumerate(
        zip(PLATES, ["江滨路与健康路交叉口", "高新区创业大道188号东侧", "城南农贸市场北门"],
            ["2025年3月2日", "2025年3月15日", "2025年4月1日"]), 1))
    b = "<h1>%s</h1>" % E(PLATE_TITLE)
    b += ps(["近期，我支队在日常巡查中发现以下车辆长期停放在道路上，严重影响交通秩序。请车辆所有人自本公告发布之日起十日内将车辆驶离，"
             "逾期未处理的，我支队将依法予以清拖。"])
    b += "<table><tr><th>序号</th><th>号牌号码</th><th>停放地点</th><th>发现时间</th></tr>%s</table>" % rows
    b += ps(["咨询电话：0571-87101234"]) + "<br>" + ps(["临江市公安局交通警察支队", "2025年4月10日"], "r")
    return page(PLATE_TITLE, b)


if __name__ == "__main__":
    write("notice_mark.html", notice(True))
    write("notice_clean.html", notice(False))
    write("gs_ids.html", gongshi(False))
    write("gs_masked.html", gongshi(True))
    write("minutes_header.html", minutes("内部资料　注意保存"))
    write("tender_intranet.html", tender(URL_CHROME))
    write("tender_public.html", tender(URL_PUBLIC))
    write("annual.html", annual())
    write("penalty_ids.html", penalty(False))
    write("subsidy_narrow.html", subsidy(False))
    write("subsidy_narrow_masked.html", subsidy(True))
    write("brief_wm.html", brief_wm("内部资料"))
    write("footer_id.html", footer_id())
    write("plates.html", plates())
    print("html ok")
