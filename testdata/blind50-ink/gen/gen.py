#!/usr/bin/env python3
"""Generate blind50-ink: HTML pages on text colours, backgrounds and hidden contact details.
Usage: python3 gen.py [OUTDIR]   (default: the folder above this script, the corpus)"""
import json, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.abspath(OUT)

def idcard(body17):
    w = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    s = sum(int(c)*x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]

ID1 = idcard("32058319860417253")   # invented, region 320583, 1986-04-17
MOB1 = "13951874206"
MOB2 = "18762035914"
AGENCY = "zwgk@qsx.gov.cn"
AGENCY2 = "xinfang@qsx.gov.cn"
PERSON1 = "liuxiaomin1987@163.com"
PERSON2 = "wang.jianguo76@qq.com"

def page(title, body, head="", battrs=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title>{head}</head>\n<body{battrs}>\n{body}\n</body></html>\n")

ART = ("<h2>关于做好2026年春季森林防火工作的通知</h2>"
       "<p>各乡镇人民政府、县直有关单位：当前已进入森林防火关键期，请各单位切实落实防火责任，加强巡查值守。</p>"
       "<p>森林火警报警电话：12119。</p>")
FOOT_AG = f"<div class=\"footer\"><p>主办单位：青山县人民政府办公室</p><p>联系邮箱：{AGENCY}</p><p>政务服务热线：12345</p></div>"
NOTE = "此稿尚未经过保密审查请勿发布"

files = []
def add(name, html, verdict, cats, raw, note):
    files.append((name, html, verdict, cats, raw, note))

# ---- clean: banners and colours that are shown ----
add("p01_banner_style_parent.html", page("青山县人民政府门户网站",
    "<div style=\"background:#003366;color:#fff;padding:20px\"><h1>青山县人民政府门户网站</h1><p>政务公开 办事服务 互动交流</p></div>" + ART + FOOT_AG),
    "pass", ["email"], [], "white text (#fff) on a dark background set by the parent's style: shown; agency mailbox is info")
add("p02_banner_bgcolor_font.html", page("青山县交通运输局",
    "<table width=\"100%\" bgcolor=\"#1F3A60\"><tr><td><font color=\"white\" size=\"5\">青山县交通运输局欢迎您访问本网站</font></td></tr></table>" + ART),
    "pass", [], [], "old page: <font color=white> in a <table bgcolor> dark navy: shown")
add("p03_child_own_colour_banner.html", page("青山县教育局",
    "<div style=\"background-color:rgb(0,51,102);color:rgb(0,51,102)\"><a href=\"/\" style=\"color:#ffffff\">青山县教育局信息公开专栏首页</a><span style=\"color:#ffd700\">今日要闻滚动播报</span></div>" + ART),
    "pass", [], [], "parent's ink equals its background, but every child sets its own colour (white, gold): shown, per 'hides only the text that no element inside gives a colour of its own'")
add("p04_nested_dark_in_white.html", page("青山县财政局",
    "<div style=\"background:#ffffff\"><div style=\"background:#8b0000\"><p style=\"color:#fff\">青山县财政局预算公开专栏正式上线运行</p></div></div>" + ART),
    "pass", [], [], "white text in a dark-red div inside a white div: the nearest background is dark, shown")
add("p05_light_grey_not_within8.html", page("青山县民政局",
    ART + "<p style=\"color:#e0e0e0;background:#ffffff\">版权所有青山县民政局保留一切权利</p>"),
    "pass", [], [], "#e0e0e0 on #ffffff differs by 31 a channel (> 8): shown")
add("p06_text_shadow.html", page("青山县文化和旅游局",
    "<h1 style=\"color:#fff;text-shadow:0 0 3px #000\">青山县文化和旅游局欢迎您</h1>" + ART),
    "pass", [], [], "white text on the white canvas but with a text shadow: 'text with a shadow or stroke shown'")
add("p07_bg_picture_unknown.html", page("青山县自然资源局",
    "<div style=\"background-image:url(/images/banner2026.jpg)\"><h1 style=\"color:#ffffff\">青山县自然资源局门户网站欢迎您</h1></div>" + ART),
    "pass", [], [], "white text under a background picture: 'unknown under a background picture ... so not hidden'")
add("p08_external_css_class.html", page("青山县水利局",
    "<div class=\"top-banner\"><h1 class=\"site-title\" style=\"color:#fff\">青山县水利局政府信息公开平台</h1></div>" + ART,
    head="<link rel=\"stylesheet\" href=\"/css/style.css\">"),
    "pass", [], [], "white text with a class on a page whose stylesheet comes from elsewhere: unknown, so not hidden")
add("p09_style_rule_paints.html", page("青山县卫生健康委员会",
    "<div class=\"hd\"><h1 class=\"t\" style=\"color:white\">青山县卫生健康委员会欢迎您</h1></div>" + ART,
    head="<style>.hd{background:#0b5394;padding:12px}</style>"),
    "pass", [], [], "white text (name) in an element with a class, page's own stylesheet paints a background: unknown, not hidden")
add("p10_button_white.html", page("青山县政务服务中心",
    ART + "<p><button style=\"color:#fff\">立即进入网上办事大厅办理</button></p>"),
    "pass", [], [], "white text on a button: 'unknown under ... a button', not hidden")
add("p11_old_page_red_font.html", page("青山县人民政府公告",
    "<center><font color=\"#FF0000\" size=\"6\">青山县人民政府公告</font></center>" + ART + "<font color=\"#666666\">青山县人民政府办公室 2026年3月2日</font>",
    battrs=" bgcolor=\"#FFFFFF\" text=\"#000000\""),
    "pass", [], [], "old page, body bgcolor white, text black, red and grey <font>: all shown")
add("p12_hidden_menu_agency_mail.html", page("青山县人民政府办公室",
    "<div class=\"m-menu\" style=\"display:none\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a> <a href=\"/bsfw/\">办事服务</a> <a href=\"/hdjl/\">互动交流</a> <span>邮箱：" + AGENCY + "</span></div>"
    + ART + FOOT_AG),
    "pass", ["email"], [], "hidden mobile-menu copy: short menu labels and the agency mailbox the footer shows: not a note ('nor a hidden copy of the menu'; e-mail counts only 'where the page does not show it')")
add("p13_hidden_menu_person_mail_shown.html", page("青山县第一中学招生咨询",
    "<nav style=\"visibility:hidden\"><a href=\"/\">首页</a> <a href=\"/zs/\">招生咨询</a> <span>" + PERSON2 + "</span></nav>"
    + ART.replace("森林防火", "招生") + "<p>招生咨询联系人：王老师，邮箱：" + PERSON2 + "</p>"),
    "pass", ["email"], [], "a hidden menu copy holds an address the page also shows (a teacher's, published on purpose): e-mail is info, and hidden it is not a note because the page shows it")
add("p14_white_on_dark_font_bgcolor_mix.html", page("青山县住房和城乡建设局",
    "<table><tr><td style=\"background:#222\"><font color=\"#fff\">青山县住房和城乡建设局保障性住房公示专栏</font></td></tr></table>" + ART),
    "pass", [], [], "<font color=#fff> (3-digit) on a cell whose style sets #222: shown")

# ---- hidden by ink = background ----
add("h01_white_on_white_style.html", page("通知",
    "<div style=\"background:#fff\">" + ART + "<span style=\"color:#ffffff\">" + NOTE + "</span></div>"),
    "review", ["hidden_content"], [], "#ffffff text on a parent's #fff background: hidden note (7+ Chinese characters)")
add("h02_font_bgcolor_body.html", page("通知",
    ART + "<p><font color=\"#FFFFFF\">该文件为内部征求意见稿待领导审定后再发布</font></p>", battrs=" bgcolor=\"#ffffff\""),
    "review", ["hidden_content"], [], "old page: <font color=#FFFFFF> on <body bgcolor=#ffffff>: hidden note")
add("h03_child_colour_equals_dark_parent.html", page("通知",
    "<div style=\"background-color:rgb(0,51,102);color:#fff\"><p>青山县人民政府门户网站</p><p style=\"color:#003366\">此页面数据尚未核实请勿转载引用</p></div>" + ART),
    "review", ["hidden_content"], [], "child sets its own colour #003366 = parent's rgb(0,51,102) background: hidden note")
add("h04_parent_ink_is_bg_uncoloured_child.html", page("通知",
    "<div style=\"background:#ffffff;color:#ffffff\"><p style=\"color:#333\">青山县人民政府办公室</p><span>稿件待保密办复核后方可上网发布</span></div>" + ART),
    "review", ["hidden_content"], [], "parent's ink equals its background; the span sets no colour of its own so inherits white on white: hidden note; the <p> with #333 is shown")
add("h05_transparent_text.html", page("通知",
    ART + "<p style=\"color:transparent\">本页联系人刘晓敏手机" + MOB1 + "</p>"),
    "review", ["hidden_content", "mobile_phone"], [MOB1], "color:transparent hides anywhere; holds a mobile")
add("h06_transparent_external_css.html", page("通知",
    "<div class=\"content\">" + ART + "<p class=\"tip\" style=\"color:transparent\">本文尚在审核流程中请勿对外公开</p></div>",
    head="<link rel=\"stylesheet\" href=\"https://cdn.qsx.gov.cn/css/main.css\">"),
    "review", ["hidden_content"], [], "transparent text with a class on a page with an external stylesheet: 'color:transparent hidden anywhere'")
add("h07_within8_rgb.html", page("通知",
    "<div style=\"background:#f8f8f8\">" + ART + "<p style=\"color:rgb(252,250,249)\">拟稿人意见此数据暂不公开待主任签批</p></div>"),
    "review", ["hidden_content"], [], "rgb(252,250,249) on #f8f8f8: within 8 a channel, hidden note")
add("h08_named_white_on_white.html", page("通知",
    "<section style=\"background-color:white\">" + ART + "<div style=\"color:white\">联系人邮箱 " + PERSON1 + "</div></section>"),
    "review", ["hidden_content", "email"], [], "color:white on background-color:white holding a person's e-mail the page does not show: hidden note")
add("h09_canvas_no_stylesheet.html", page("通知",
    ART + "<p style=\"color:#FFF\">经办人身份证号" + ID1 + "</p>"),
    "block", ["id_card", "hidden_content"], [ID1], "white text no element paints, no stylesheet or script: on the browser's white canvas, hidden; holds an ID (block)")
add("h10_nested_white_in_dark_in_white.html", page("通知",
    "<div style=\"background:#1a4d8f;color:#fff\"><p>青山县人民政府网</p><div style=\"background:#ffffff\"><span style=\"color:#fff\">办公室内部备忘该栏目下周撤下</span></div></div>" + ART),
    "review", ["hidden_content"], [], "inner div resets background to white; white span on it is hidden although the outer banner is dark")
add("h11_td_bgcolor_dark_font_same.html", page("通知",
    "<table><tr><td bgcolor=\"#003366\"><font color=\"#fff\">政务公开</font> <font color=\"#003366\">值班领导手机" + MOB2 + "</font></td></tr></table>" + ART),
    "review", ["hidden_content", "mobile_phone"], [MOB2], "<font color=#003366> in a <td bgcolor=#003366>: hidden mobile")
add("h12_body_text_white.html", page("通知",
    "<p><font color=\"#000000\">关于做好2026年春季森林防火工作的通知</font></p><p><font color=\"#000\">请各单位切实落实防火责任。</font></p><p>初稿未经分管领导同意不得发布</p>",
    battrs=" bgcolor=\"#FFFFFF\" text=\"#FFFFFF\""),
    "review", ["hidden_content"], [], "<body text=#FFFFFF bgcolor=#FFFFFF>: paragraphs with their own <font color> shown, the last one inherits white: hidden note")

# ---- hidden by display/visibility: e-mail and notes cut by inline tags ----
add("d01_hidden_person_email.html", page("通知",
    ART + FOOT_AG + "<div style=\"display:none\">" + PERSON1 + "</div>"),
    "review", ["hidden_content", "email"], [], "a person's e-mail alone in a hidden element, not shown on the page: 'hidden it is somebody's address kept out of sight'")
add("d02_hidden_agency_mail_not_shown.html", page("通知",
    ART + "<p>政务服务热线：12345</p><div hidden>" + AGENCY2 + "</div>"),
    "review", ["hidden_content", "email"], [], "an e-mail address (agency's) hidden and nowhere shown: the doc's rule is 'an e-mail address too where the page does not show it', no agency exception")
add("d03_note_cut_by_b_span_a.html", page("通知",
    ART + "<div style=\"display:none\">此稿<b>未经</b>领导<span>审定</span><a href=\"#\">暂缓</a>发布</div>"),
    "review", ["hidden_content"], [], "hidden note 此稿未经领导审定暂缓发布 cut by <b>, <span>, <a> into pieces under seven characters")
add("d04_white_note_cut_by_tags.html", page("通知",
    "<div style=\"background:#fff\">" + ART + "<p style=\"color:#fff\">请<b>勿</b>外传<span>该名单</span>仅供<a href=\"#\">内部</a>核对</p></div>"),
    "review", ["hidden_content"], [], "white-on-white note 请勿外传该名单仅供内部核对 cut by inline tags")
add("d05_menu_copy_plus_person_mail.html", page("青山县人民政府办公室",
    "<div class=\"m-menu\" style=\"display:none\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a> <span>邮箱：" + AGENCY + "</span> <span>" + PERSON2 + "</span></div>"
    + ART + FOOT_AG),
    "review", ["hidden_content", "email"], [], "hidden menu copy with the agency mailbox the footer shows plus a person's address the page does not show")

os.makedirs(OUT, exist_ok=True)
labels = []
for name, html, v, cats, raw, note in files:
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(html)
    labels.append({"file": name, "expect_verdict": v, "expect_categories": cats, "raw_values": raw, "note": note})
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
rows = "\n".join(f"| {l['file']} | {l['expect_verdict']} | {', '.join(l['expect_categories'])} | {l['note']} |" for l in labels)
readme = ("# blind50-ink\n\n"
 f"{len(labels)} HTML pages written from mishen's README and docs only, on text colours and backgrounds as a browser draws them "
 "(banners with white text on parents' dark backgrounds by style or bgcolor, children setting their own colour, ink equal to its own or its parent's "
 "background, transparent text, <font color> and <body text> in old pages, #fff/#ffffff/rgb()/names, colours within 8 a channel, the 'unknown' cases: "
 "background picture, external stylesheet, a painting stylesheet rule, a button, a text shadow) and on contact details in hidden places (a hidden mobile-menu "
 "copy holding an e-mail the page shows vs a person's address it does not, hidden notes cut by <b>/<span>/<a>). "
 f"{sum(1 for l in labels if l['expect_verdict']=='pass')} must pass. All names, addresses and numbers are invented; the ID has a valid GB 11643 check digit.\n\n"
 "| file | verdict | categories | why |\n| --- | --- | --- | --- |\n" + rows + "\n")
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
print(f"wrote {len(labels)} files to {OUT}")
