"""Helpers for the blind17-ocr generator: synthetic values, producers, scan effects.

Every random choice comes from one random.Random seeded in gen.py, so make.sh
regenerates the same pictures (byte-identical where the producers are
deterministic; Chromium and LibreOffice stamp dates into their own PDFs, which
are only intermediates here).
"""
import io
import os
import shutil
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"

TMP = tempfile.mkdtemp(prefix="blind17-ocr-")


def font(path=SANS, size=20):
    """font returns a PIL font; Noto CJK collections are opened at their SC face."""
    if path.endswith(".ttc"):
        return ImageFont.truetype(path, size, index=2)
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------- synthetic values

W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_card(rng, region, y0=1960, y1=2002):
    """id_card returns an 18-digit 居民身份证号 with a GB 11643 check digit."""
    import datetime
    d = datetime.date(rng.randint(y0, y1), 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    body = f"{region}{d:%Y%m%d}{rng.randint(0, 999):03d}"
    s = sum(int(c) * w for c, w in zip(body, W_ID))
    return body + "10X98765432"[s % 11]


def luhn(rng, prefix, length):
    """luhn returns a Luhn-valid number of length digits starting with prefix."""
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


MOBILE_PREFIX = ["138", "139", "135", "150", "151", "158", "186", "187", "177", "199", "191", "136", "159", "188"]


def mobile(rng):
    return rng.choice(MOBILE_PREFIX) + "".join(str(rng.randint(0, 9)) for _ in range(8))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(rng, region):
    """uscc returns a 统一社会信用代码 with its GB 32100 check character."""
    body = "91" + region + "".join(rng.choice(USCC_CH) for _ in range(9))
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - s % 31) % 31]


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国平刚桂兰文辉玉萍红霞鑫宇晨浩"


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


# ---------------------------------------------------------------- producers

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, **kw)


def chromium_pdf(html, out):
    """chromium_pdf prints an HTML page to PDF with headless Chromium."""
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", "file://" + src])
    return out


def chromium_shot(html, out, w=1100, h=900):
    """chromium_shot takes a screenshot of an HTML page (a web page as a picture)."""
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--window-size={w},{h}", f"--screenshot={out}", "file://" + src])
    return out


def soffice_pdf(html, out):
    """soffice_pdf converts an HTML draft to PDF with LibreOffice Writer."""
    d = tempfile.mkdtemp(dir=TMP)
    src = os.path.join(d, "draft.html")
    open(src, "w", encoding="utf-8").write(html)
    # Loaded as a Writer document: through Writer/Web (writer_web_pdf_Export) the first
    # paragraphs were dropped and page 1 came out blank.
    run(["soffice", f"-env:UserInstallation=file://{TMP}/lo-profile", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, src])
    shutil.move(os.path.join(d, "draft.pdf"), out)
    return out


def reportlab_pdf(pages, out, size=12):
    """reportlab_pdf draws pages of (x_mm, y_mm, text, size, rgb) with ReportLab and Droid Sans Fallback."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("Droid")
    except KeyError:
        pdfmetrics.registerFont(TTFont("Droid", DROID))
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for page in pages:
        for x, y, text, sz, rgb in page:
            c.setFillColorRGB(*rgb)
            # Droid Sans Fallback has no Latin digits or ★: those runs are set in DejaVu Sans
            px = x * mm
            runs = []
            for ch in text:
                fn = "DejaVu" if ord(ch) < 0x2E80 and ch not in "“”‘’…—" else "Droid"
                if runs and runs[-1][0] == fn:
                    runs[-1][1] += ch
                else:
                    runs.append([fn, ch])
            for fn, run_text in runs:
                c.setFont(fn, sz)
                c.drawString(px, A4[1] - y * mm, run_text)
                px += pdfmetrics.stringWidth(run_text, fn, sz)
        c.showPage()
    c.save()
    return out


def raster(pdf, page=1, dpi=150, tool="pdftoppm", gray=True):
    """raster renders one PDF page to a PIL image with pdftoppm or Ghostscript."""
    base = os.path.join(TMP, "r")
    if tool == "pdftoppm":
        run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-singlefile", "-png"]
            + (["-gray"] if gray else []) + [pdf, base])
    else:
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", f"-sDEVICE={'pnggray' if gray else 'png16m'}",
             f"-r{dpi}", f"-dFirstPage={page}", f"-dLastPage={page}", "-dTextAlphaBits=4",
             "-dGraphicsAlphaBits=4", f"-sOutputFile={base}.png", pdf])
    im = Image.open(base + ".png")
    im.load()
    return im.convert("L") if gray else im.convert("RGB")


def pdf_pages(pdf):
    out = subprocess.run(["qpdf", "--show-npages", pdf], capture_output=True, text=True).stdout
    return int(out.strip())


# ---------------------------------------------------------------- scan effects

def scanify(im, rng, skew=0.0, noise=4.0, bg=238, blur=0.0):
    """scanify makes a clean rendering look scanned: gray paper, skew, noise."""
    mode = im.mode
    if im.width * im.height > 1_000_000:
        # a full page: keep the noise light and the scanner's softness, so a page stays near 120 KB
        noise, blur = min(noise, 2.0), max(blur, 0.4)
    im = im.convert("RGB") if mode not in ("L", "RGB") else im
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a = a * (bg / 255.0)
    if noise:
        nrng = np.random.default_rng(rng.randint(0, 2**31))
        a = a + nrng.normal(0, noise, a.shape[:2] + ((1,) if a.ndim == 3 else ())).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if skew:
        fill = bg if im.mode == "L" else (bg, bg, bg)
        im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return im


def seal(diameter, org, rng, color=(214, 38, 38)):
    """seal draws a round official seal: a ring, a star and the office's name on an arc (RGBA)."""
    import math
    s = diameter
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    w = max(3, s // 36)
    d.ellipse([w, w, s - w, s - w], outline=color + (230,), width=w)
    # star
    cx = cy = s / 2
    R, r = s * 0.16, s * 0.065
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = R if k % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=color + (230,))
    f = font(SANS_B, int(s * 0.12))
    n = len(org)
    span = math.radians(240)
    for i, ch in enumerate(org):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        g = Image.new("RGBA", (int(s * 0.16), int(s * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=color + (230,), anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        rr = s / 2 - w - s * 0.1
        im.alpha_composite(g, (int(cx + rr * math.cos(ang) - g.width / 2), int(cy + rr * math.sin(ang) - g.height / 2)))
    return im.rotate(rng.uniform(-15, 15), resample=Image.BICUBIC)


def box_stamp(lines, size, color=(206, 30, 30), pad=10):
    """box_stamp draws a rectangular red stamp (收文章, 内部资料 stamp) as RGBA."""
    f = font(SANS_B, size)
    widths = [f.getbbox(t)[2] for t in lines]
    w = max(widths) + 2 * pad
    h = len(lines) * int(size * 1.35) + 2 * pad
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle([1, 1, w - 2, h - 2], outline=color + (225,), width=max(2, size // 9))
    for i, t in enumerate(lines):
        d.text((w / 2, pad + i * int(size * 1.35) + size * 0.62), t, font=f, fill=color + (225,), anchor="mm")
    return im


def overlay(page, stamp, xy):
    """overlay prints a coloured stamp over a page like ink (multiply)."""
    page = page.convert("RGB")
    layer = Image.new("RGB", page.size, (255, 255, 255))
    mask = Image.new("L", page.size, 0)
    layer.paste(stamp.convert("RGB"), xy, stamp)
    mask.paste(stamp.split()[3], xy)
    a = np.asarray(page).astype(np.float32)
    b = np.asarray(layer).astype(np.float32)
    m = np.asarray(mask).astype(np.float32)[..., None] / 255.0
    out = a * (1 - m) + (a * b / 255.0) * m
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def save_png(im, path, levels=16, dpi=150):
    """save_png stores a gray scan with few gray levels, as scanner software does for text."""
    im = im.convert("L").quantize(colors=levels, dither=Image.Dither.NONE)
    im.save(path, dpi=(dpi, dpi), optimize=True)
    return path


def save_jpeg(im, path, q=70, dpi=150):
    im.save(path, "JPEG", quality=q, dpi=(dpi, dpi), optimize=True)
    return path


def img2pdf_wrap(jpgs, out, a4=True):
    run(["img2pdf"] + (["--pagesize", "A4"] if a4 else []) + ["-o", out] + jpgs)
    return out


def gs_wrap(jpg, out):
    """gs_wrap puts one JPEG on an A4 page with Ghostscript (DCT passed through)."""
    im = Image.open(jpg)
    w, h = im.size
    cs, dec = ("/DeviceGray", "[0 1]") if im.mode == "L" else ("/DeviceRGB", "[0 1 0 1 0 1]")
    ps = (f"<< /PageSize [595 842] >> setpagedevice 595 842 scale {cs} setcolorspace "
          f"<< /ImageType 1 /Width {w} /Height {h} /BitsPerComponent 8 /Decode {dec} "
          f"/ImageMatrix [{w} 0 0 -{h} 0 {h}] /DataSource ({jpg}) (r) file /DCTDecode filter >> image showpage")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dNOSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", "-c", ps])
    return out


def qpdf_pages(out, specs):
    """qpdf_pages assembles out from (pdf, page) pairs."""
    args = ["qpdf", "--empty", "--pages"]
    for pdf, pg in specs:
        args += [pdf, str(pg)]
    run(args + ["--", out])
    return out
