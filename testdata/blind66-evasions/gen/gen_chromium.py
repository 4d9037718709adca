#!/usr/bin/env python3
"""Chromium PDFs printed from HTML (html/ pages and gen/chromium_src/ pages)."""
import os
import subprocess
import sys
from common import *

L = Labels("chromium")
SRC = os.path.join(ROOT, "gen", "chromium_src")


def page(title, body, style=""):
    st = "<style>\nbody{font-family:'Noto Serif CJK SC',serif;font-size:16pt}\n" + style + "\n</style>\n"
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
            "</title>\n" + st + "</head>\n<body>\n" + body + "\n</body>\n</html>\n")


def src(name, html):
    os.makedirs(SRC, exist_ok=True)
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(html)
    return os.path.join(SRC, name)


def pdf(html_path, name):
    dst = out("pdf_chromium/" + name)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + dst, "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


H = lambda n: os.path.join(ROOT, "html", n)

pdf(os.path.join(SRC, "h08_perdigit_spans_id.html"), "c01_perdigit_spaced_id.pdf")
L.add("pdf_chromium/c01_perdigit_spaced_id.pdf", "block", ["id_card"], [ID["h"]],
      "Chromium print of gen/chromium_src/h08 (written by gen_html.py): an ID after 身份证号, every digit its own span, letter-spacing 0.6em. README PDF text: 'even letter spacing between digits or letters of up to 0.8 em (CSS letter-spacing of 0.6em, justified) is no word space'; " + Q["id"] + ".")

pdf(H("h09_flex_order_mobile.html"), "c02_flex_order_mobile.pdf")
L.add("pdf_chromium/c02_flex_order_mobile.pdf", "review", ["mobile_phone"], [MOBILE["e"]],
      "Chromium print of html/h09: a mobile whose groups CSS flex `order` puts back in order; the PDF draws them where they show. " + Q["pdf"] + "; " + Q["mob"] + ".")

v = CARD["c"]
p = src("c04_shy_zw_card.html", page("临时救助金发放公示",
    "<h2>临时救助金发放公示</h2>\n<p>救助对象：严某某，救助金额：3000元。</p>\n<p>发放银行卡号：" + v[0:4] + "&shy;" + v[4:8] + "&#8203;" + v[8:12] + "&#x2060;" + v[12:] + "</p>"))
pdf(p, "c04_shy_zw_card.pdf")
L.add("pdf_chromium/c04_shy_zw_card.pdf", "block", ["bank_card"], [v],
      "Chromium print of a page with a 16-digit UnionPay card after 银行卡号 whose groups are joined by &shy;, &#8203; and &#x2060;. " + Q["card"] + "; " + Q["zw"] + ".")

p = src("c07_emojistar_marking.html", page("关于做好重大活动期间安全保障工作的通知",
    "<p style=\"font-family:'Noto Sans CJK SC';font-size:16pt\">机密⭐2年</p>\n<h2 style=\"text-align:center\">关于做好重大活动期间安全保障工作的通知</h2>\n<p>各有关单位：现将有关要求通知如下。</p>"))
pdf(p, "c07_emojistar_marking.pdf")
L.add("pdf_chromium/c07_emojistar_marking.pdf", "block", ["classified_marking"], [],
      "Chromium print; the first line is 机密⭐2年 with the emoji star ⭐ (U+2B50) for ★. " + Q["mark"] + ".")

pdf(H("h20_masked_markup_twin.html"), "c20_masked_twin.pdf")
L.add("pdf_chromium/c20_masked_twin.pdf", "pass", [], [],
      "Chromium print of html/h20: masked ID and mobile split by spans, entities and zero-width spaces. " + Q["mask"] + ".")

pdf(H("h23_flex_css_twin.html"), "c21_flex_css_twin.pdf")
L.add("pdf_chromium/c21_flex_css_twin.pdf", "pass", [], [],
      "Chromium print of html/h23: a masked mobile reordered by flex, a hotline after a ::before label. " + Q["mask"] + ".")

p = src("c22_fancydigits_twin.html", page("2026年政务公开工作要点",
    "<h2>𝟐𝟎𝟐𝟔年政务公开工作要点</h2>\n<p>① 深化重点领域信息公开；</p>\n<p>② 新增公开栏目𝟏𝟐个；</p>\n<p>③ 全区公共绿地新增1.2万m²。</p>\n<p>注：本要点经区政府常务会议审议通过，⽂件全文见附件。</p>"))
pdf(p, "c22_fancydigits_twin.pdf")
L.add("pdf_chromium/c22_fancydigits_twin.pdf", "pass", [], [],
      "Twin of t09 (mathematical digits): mathematical bold digits in a year and a count, circled list markers, m², a Kangxi radical ⽂ in an ordinary sentence. Nothing the docs list as a finding.")

L.save()
