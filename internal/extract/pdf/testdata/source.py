#!/usr/bin/python3
"""Writes the small source PDF that make.sh encrypts and attaches to.

One page in a non-embedded CJK font (STSong-Light, UniGB-UCS2-H), so the
file stays a few KB: a GB/T 9704 marking line, a synthetic, check-digit
valid ID, Chinese metadata and a text annotation, which are strings the
security handler encrypts. Usage: source.py OUT.pdf [MARKING ID].
"""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

out = sys.argv[1]
marking = sys.argv[2] if len(sys.argv) > 2 else "秘密★1年"
ident = sys.argv[3] if len(sys.argv) > 3 else "110101199003074514"

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("关于核查人员信息的通知")
c.setAuthor("赵某某")
c.setSubject("人员信息核查")
c.setFont("STSong-Light", 16)
c.drawString(72, 770, marking)
c.drawString(72, 730, "关于核查人员信息的通知")
c.setFont("STSong-Light", 12)
c.drawString(72, 690, "经核查，当事人公民身份号码 " + ident + " 的信息无误。")
c.drawString(72, 670, "请各单位于本月底前报送核查结果。")
c.textAnnotation("批注：请核对当事人信息", Rect=(72, 600, 92, 620), relative=0)
c.showPage()
c.save()
