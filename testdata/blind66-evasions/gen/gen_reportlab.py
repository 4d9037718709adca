#!/usr/bin/env python3
"""ReportLab PDFs (STSong-Light): every glyph placed on its own, drawn out of order."""
import random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from common import *

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
L = Labels("reportlab")
W, H = A4


def glyphs(c, x, y, s, size=14, order=None):
    """Draw s one glyph per drawString at its own x; order is a permutation of indices."""
    xs = []
    for ch in s:
        xs.append(x)
        x += pdfmetrics.stringWidth(ch, F, size)
    idx = list(range(len(s))) if order is None else order
    c.setFont(F, size)
    for i in idx:
        c.drawString(xs[i], y, s[i])
    return x


def doc(name, build):
    c = canvas.Canvas(out("pdf_reportlab/" + name), pagesize=A4)
    c.setTitle("")
    c.setAuthor("")
    build(c)
    c.showPage()
    c.save()


def body(c, lines, y=700):
    c.setFont(F, 14)
    for ln in lines:
        c.drawString(72, y, ln)
        y -= 26
    return y


rng = random.Random(66)

v = ID["f"]


def b01(c):
    c.setFont(F, 20)
    c.drawString(150, 770, "低收入人口动态监测对象公示")
    y = body(c, ["经入户核查，现将新增监测对象公示如下：", "户主：郝某某，家庭人口：3人，"])
    x = glyphs(c, 72, y, "身份证号：", order=[4, 0, 3, 1, 2])
    order = list(range(18))
    rng.shuffle(order)
    glyphs(c, x, y, v, order=order)
    body(c, ["公示期：2026年3月20日至3月26日。"], y - 26)


doc("r01_glyphs_shuffled_id.pdf", b01)
L.add("pdf_reportlab/r01_glyphs_shuffled_id.pdf", "block", ["id_card"], [v],
      "ReportLab STSong-Light; after 身份证号 each of the ID's 18 glyphs is drawn by its own drawString, in shuffled order, at its right x: the page shows the plain ID. " + Q["pdf"] + "; " + Q["id"] + ".")

v = MOBILE["j"]


def b02(c):
    c.setFont(F, 20)
    c.drawString(150, 770, "关于设立城市管理监督员的通知")
    y = body(c, ["各社区：现设立城市管理监督员，负责巡查上报。", "第一片区监督员：龚某，"])
    x = glyphs(c, 72, y, "联系手机：")
    glyphs(c, x, y, v.translate(FW), order=list(range(10, -1, -1)))
    body(c, ["某某区城市管理局"], y - 40)


doc("r02_fw_reversed_mobile.pdf", b02)
L.add("pdf_reportlab/r02_fw_reversed_mobile.pdf", "review", ["mobile_phone"], [v],
      "A mobile after 联系手机 in full-width digits, each glyph drawn alone from the last to the first. " + Q["pdf"] + "; " + Q["norm"] + "; " + Q["mob"] + ".")


def b03(c):
    glyphs(c, 72, 790, "秘密☆1年", size=16, order=[2, 4, 3, 0, 1])
    c.setFont(F, 22)
    c.drawString(120, 740, "关于做好重要设施安全保卫工作的通知")
    body(c, ["各有关单位：现就重要设施安全保卫工作通知如下。", "一、落实安全责任。", "二、加强日常巡查。"], 690)


doc("r03_mark_whitestar_glyphs.pdf", b03)
L.add("pdf_reportlab/r03_mark_whitestar_glyphs.pdf", "block", ["classified_marking"], [],
      "The page's first line 秘密☆1年 (white star ☆) drawn glyph by glyph, the star first. " + Q["mark"] + "; " + Q["pdf"] + ".")

a, m = ID["f"], MOBILE["j"]


def b20(c):
    c.setFont(F, 20)
    c.drawString(150, 770, "低收入人口动态监测对象公示")
    y = body(c, ["户主：郝某某，家庭人口：3人，"])
    x = glyphs(c, 72, y, "身份证号：")
    order = list(range(18))
    rng.shuffle(order)
    glyphs(c, x, y, mask_id(a), order=order)
    y -= 26
    x = glyphs(c, 72, y, "联系手机：")
    glyphs(c, x, y, mask_mobile(m).translate(FW), order=list(range(10, -1, -1)))
    y -= 26
    x = glyphs(c, 72, y, "监督电话：")
    glyphs(c, x, y, "12345", order=[4, 3, 2, 1, 0])
    deco = "★★★ 文明单位 ★★★"
    glyphs(c, 72, y - 26, deco, order=list(range(len(deco) - 1, -1, -1)))


doc("r20_masked_glyphs_twin.pdf", b20)
L.add("pdf_reportlab/r20_masked_glyphs_twin.pdf", "pass", [], [],
      "Twin of r01/r02: a masked ID and a masked full-width mobile drawn glyph by glyph out of order, the hotline 12345 reversed, ★★★ decoration. " + Q["mask"] + "; " + Q["decor"] + ".")

L.save()
