"""Scanned pages fed sideways or upside down: a ReportLab page rendered at 200 dpi
in grey by pdftoppm, turned with PIL, speckled a little, wrapped by img2pdf.
Run from the corpus folder: python3 gen/make_scans.py"""
import os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from common import ID, NAMES, BODY
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from PIL import Image, ImageFilter

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
PW, PH = A4
OUT = "scans"
os.makedirs(OUT, exist_ok=True)
tmp = tempfile.mkdtemp()


def source(path, marking, extra):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = PH - 70
    if marking:
        c.setFont(F, 16); c.drawString(72, y, marking); y -= 44
    c.setFont(F, 20); c.drawCentredString(PW / 2, y, "关于做好城乡居民医保参保缴费工作的通知"); y -= 44
    c.setFont(F, 14)
    for p in list(BODY[:4]) + list(extra):
        for j in range(0, len(p), 30):
            c.drawString(72 + (28 if j == 0 else 0), y, p[j:j + 30]); y -= 26
        y -= 6
    c.showPage(); c.save()


def scan(name, marking, extra, angle, seed):
    src = os.path.join(tmp, name + ".pdf")
    source(src, marking, extra)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", src, os.path.join(tmp, name)], check=True)
    im = Image.open(os.path.join(tmp, name + ".png")).convert("L")
    im = im.rotate(angle, expand=True, fillcolor=255)          # fed sideways / upside down
    im = im.rotate(0.6, expand=False, fillcolor=255, resample=Image.BICUBIC)  # a little skew
    rnd = random.Random(seed)
    px = im.load()
    for _ in range(im.width * im.height // 900):             # copier speckle
        x, y = rnd.randrange(im.width), rnd.randrange(im.height)
        px[x, y] = rnd.choice((0, 60, 120))
    im = im.filter(ImageFilter.GaussianBlur(0.4))
    png = os.path.join(tmp, name + "_scan.png")
    im.save(png, dpi=(200, 200))
    subprocess.run(["img2pdf", "--output", os.path.join(OUT, name + ".pdf"), png], check=True)
    print(os.path.join(OUT, name + ".pdf"))


scan("scan_sideways_marking", "秘密★1年", [BODY[4]], 90, 1)
scan("scan_sideways_id", None, ["经审核，%s（身份证号：%s）符合城乡居民医保参保资助条件，由医疗救助资金全额资助。" % (NAMES[3], ID[12]), BODY[5]], 270, 2)
scan("scan_upside_down_clean", None, [BODY[4], BODY[5]], 180, 3)
