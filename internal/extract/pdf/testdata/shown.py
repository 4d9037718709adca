"""shown.py writes the PDF fixtures of a scan whose text layer the page
does not show, and their near misses, with ReportLab (make-shown.sh).

The scan is marked.png (internal/ocr/testdata: a notice marked 机密★5年,
150 dpi, grey); the text layer says an ordinary notice that has no
marking. Usage: shown.py KIND PNG OUT [STRIP...]

  strips  the scan as horizontal strips (the STRIP files, top first),
          none covering half the page, under an invisible layer (3 Tr)
  white   the scan, then the layer drawn in white (1 1 1 rg, 0 Tr)
  over    the layer drawn in black, then the scan over it
  banner  a dark picture banner across the head with a white title on
          it, and a notice in black under it (trusted text)
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

kind, png, out = sys.argv[1], sys.argv[2], sys.argv[3]
strips = sys.argv[4:]
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=0)
w, h = A4
LAYER = ["关于暂停供水的通知", "各位居民：", "因管道检修，本小区定于周六上午暂停供水，请提前储水。"] * 4


def layer(mode, white=False):
    t = c.beginText(72, h - 100)
    # The rendering mode outlives BT … ET; ReportLab, which believes each
    # text object starts at 0, writes nothing for setTextRenderMode(0).
    t._code.append("%d Tr" % mode)
    if white:
        t.setFillColorRGB(1, 1, 1)
    t.setFont("STSong-Light", 14)
    for line in LAYER:
        t.textLine(line)
    c.drawText(t)


if kind == "strips":
    # Strips as scanners and MRC compressors write them: each its own
    # image, laid edge to edge from the top.
    y = h
    for s in strips:
        sh = h / len(strips)
        y -= sh
        c.drawImage(s, 0, y, width=w, height=sh)
    layer(3)
elif kind == "white":
    c.drawImage(png, 0, 0, width=w, height=h)
    layer(0, white=True)
elif kind == "over":
    layer(0)
    c.drawImage(png, 0, 0, width=w, height=h)
elif kind == "banner":
    c.drawImage(png, 0, h - 120, width=w, height=120)
    t = c.beginText(72, h - 70)
    t.setFillColorRGB(1, 1, 1)
    t.setFont("STSong-Light", 22)
    t.textLine("某某市水务局 便民服务")
    c.drawText(t)
    t = c.beginText(72, h - 170)
    t.setFont("STSong-Light", 14)
    for line in LAYER:
        t.textLine(line)
    c.drawText(t)
else:
    sys.exit("unknown kind " + kind)
c.showPage()
c.save()
