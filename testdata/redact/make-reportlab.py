# make-reportlab.py writes reportlab.pdf for the PDF redaction test: the standard
# Helvetica fonts (no /Widths, ASCII codes), a value split over three show
# operators with character spacing, and a CJK CID font (UniGB-UCS2-H).
# Synthetic values only. Run by make.sh with /usr/bin/python3.
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
c = canvas.Canvas("reportlab.pdf", invariant=1)
c.setFont("Helvetica", 12)
c.drawString(72, 760, "Tel 13912345678, ID 110101199003074514.")
t = c.beginText(72, 740); t.setFont("Helvetica", 12); t.setCharSpace(1); t.textOut("Mobile: 139"); t.setFont("Helvetica-Bold", 12); t.textOut("1234"); t.setFont("Helvetica", 12); t.textOut("5678 end"); c.drawText(t)
c.setFont("STSong-Light", 12)
c.drawString(72, 720, "联系人手机13987654321")
c.save()
