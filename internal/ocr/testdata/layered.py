import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
# A scan with a scanner's invisible text layer that does not match it: the
# picture shows the marked notice, the layer says an ordinary one.
# With a third argument, a visible footer line is drawn too, as a portal
# stamps its 索引号 on every page.
png, out = sys.argv[1], sys.argv[2]
footer = len(sys.argv) > 3
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
if footer:
    f = c.beginText(72, 30)
    # The rendering mode outlives BT … ET; ReportLab, which believes each
    # text object starts at 0, writes nothing for setTextRenderMode(0).
    f._code.append("0 Tr")
    f.setFont("STSong-Light", 8)
    f.textLine("某某市人民政府办公室 索引号：001-2024-000123 第1页")
    c.drawText(f)
c.showPage()
c.save()
