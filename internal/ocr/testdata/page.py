#!/usr/bin/python3
"""page.py writes the source pages of the OCR fixtures as text PDFs.

A4 pages set like a 公文: a marking at the head (机密★5年), a title, a
body with a synthetic check-digit-valid ID and mobile (marked.pdf); the
same kind of notice without marking or personal data (clean.pdf). CJK text
is set in Droid Sans Fallback and ★ in DejaVu Sans, as a producer falls back
to another font for the star. Usage: page.py OUTDIR
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("cjk", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
pdfmetrics.registerFont(TTFont("sym", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
W, H = A4
MARGIN = 80


def split(text):
    """Splits text into (font, run) pairs: ASCII and ★ in DejaVu Sans (the
    fallback font has no Latin digits), the rest in the CJK font."""
    out = []
    for ch in text:
        font = "sym" if ord(ch) < 128 or ch == "★" else "cjk"
        if out and out[-1][0] == font:
            out[-1][1] += ch
        else:
            out.append([font, ch])
    return out


def width(text, size):
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in split(text))


def draw(c, x, y, text, size, align="left"):
    """Draws text from x (or centred on x, or ending at x)."""
    if align == "centre":
        x -= width(text, size) / 2
    elif align == "right":
        x -= width(text, size)
    for font, run in split(text):
        c.setFont(font, size)
        c.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


def notice(path, marking, title, body, signer):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("")
    c.setAuthor("")
    y = H - 90
    if marking:
        draw(c, MARGIN, y, marking, 16)
    y -= 60
    draw(c, W / 2, y, title, 22, "centre")
    y -= 50
    for line in body:
        draw(c, MARGIN + (0 if line.endswith("：") else 30), y, line, 15)
        y -= 28
    y -= 20
    for line in signer:
        draw(c, W - MARGIN, y, line, 15, "right")
        y -= 28
    c.showPage()
    c.save()


out = sys.argv[1]
notice(f"{out}/marked.pdf",
       "机密★5年",
       "关于开展数据安全检查工作的通知",
       ["各有关单位：",
        "为进一步加强数据安全管理，现将有关事项通知如下。",
        "一、检查范围为本系统各级机关和直属单位。",
        "二、联系人张某某，身份证号码110101199003074514，",
        "手机号码13907311846，请于工作日联系。",
        "三、申请人李某某，",
        "公民身份号码320102198512043012。",
        "请各单位于十二月底前报送自查报告。"],
       ["某某市某某局", "2026年11月1日"])
notice(f"{out}/clean.pdf",
       None,
       "关于做好冬季安全生产工作的通知",
       ["各区县人民政府，市政府各部门：",
        "入冬以来，全市安全生产形势总体平稳。",
        "一、各单位要落实安全生产责任制。",
        "二、加强重点行业领域隐患排查治理。",
        "三、值班电话0571-87654321，请保持畅通。",
        "请各地结合实际认真贯彻落实。"],
       ["某某市人民政府办公厅", "2026年11月1日"])
