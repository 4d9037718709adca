import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
# A scan with a scanner's invisible text layer that does not match it: the
# picture shows the marked notice, the layer says an ordinary one.
png, out = sys.argv[1], sys.argv[2]
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=0)
w, h = A4
c.drawImage(png, 0, 0, width=w, height=h)
t = c.beginText(72, h - 100)
t.setTextRenderMode(3)
t.setFont("STSong-Light", 14)
for line in ["关于暂停供水的通知", "各位居民：", "因管道检修，本小区定于周六上午暂停供水，请提前储水。"] * 4:
    t.textLine(line)
c.drawText(t)
c.showPage()
c.save()
