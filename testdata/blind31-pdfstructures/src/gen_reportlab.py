#!/usr/bin/python3
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfw import gb11643
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
def mk(name, title, label, value, tooltip):
    c = canvas.Canvas(os.path.join(OUT, name))
    c.setFont("STSong-Light", 18); c.drawString(200, 780, title)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 740, "请如实填写下列信息，咨询电话12345。")
    c.drawString(72, 700, label)
    c.acroForm.textfield(name="phone", tooltip=tooltip, x=160, y=692, width=200, height=22, value=value, borderStyle="underlined", forceBorder=True)
    c.save()
mk("r01_reportlab_acroform_mobile.pdf", "参会回执", "联系电话：", "13867204519", "phone")
mk("r02_reportlab_acroform_clean.pdf", "参会回执", "联系电话：", "", "please enter")
