"""Page rendering, degradation and synthetic personal data for blind18-scan.

Everything is drawn with PIL from the Noto CJK fonts and then degraded the
way scanners and phones degrade pages. The random generator is seeded, so
make.sh writes the same pictures every time.
"""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

RNG = random.Random(18)

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

_fonts = {}


def font(path, px):
    key = (path, px)
    if key not in _fonts:
        idx = 0 if path == WQY else 2  # 2 = SC in the Noto collections
        _fonts[key] = ImageFont.truetype(path, px, index=idx)
    return _fonts[key]


# ---------------------------------------------------------------- data

def id_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return "10X98765432"[s % 11]


REGIONS = ["110105", "310104", "440305", "330106", "510107", "320102", "420106", "370202"]


def make_id(region=None, year=None):
    region = region or RNG.choice(REGIONS)
    year = year or RNG.randint(1960, 2002)
    month = RNG.randint(1, 12)
    day = RNG.randint(1, 28)
    seq = RNG.randint(10, 999)
    first = f"{region}{year:04d}{month:02d}{day:02d}{seq:03d}"
    return first + id_check(first)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(prefix="622202", length=19):
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


MOBILE_PREFIX = ["139", "158", "187", "199", "166", "177", "135", "150", "182", "191", "181", "137"]


def make_mobile():
    return RNG.choice(MOBILE_PREFIX) + "".join(str(RNG.randint(0, 9)) for _ in range(8))


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["建国", "秀英", "志强", "丽娟", "海涛", "雪梅", "宏伟", "晓燕", "永红", "文博", "佳怡", "子轩", "桂兰", "俊杰"]


def make_name():
    return RNG.choice(SURNAMES) + RNG.choice(GIVEN)


# ---------------------------------------------------------------- drawing

def pt(dpi, size_pt):
    return int(round(size_pt * dpi / 72.0))


class Page:
    """Page is a white sheet drawn top to bottom at a resolution."""

    def __init__(self, dpi=150, width_in=8.27, height_in=11.69, margin_in=0.9):
        self.dpi = dpi
        self.w = int(width_in * dpi)
        self.h = int(height_in * dpi)
        self.img = Image.new("RGB", (self.w, self.h), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.m = int(margin_in * dpi)
        self.y = self.m

    def text(self, s, size=15, path=SERIF, color=(0, 0, 0), align="left", indent=0, gap=0.55, x=None):
        f = font(path, pt(self.dpi, size))
        wbox = self.d.textbbox((0, 0), s, font=f)
        tw = wbox[2] - wbox[0]
        if x is not None:
            xx = x
        elif align == "center":
            xx = (self.w - tw) // 2
        elif align == "right":
            xx = self.w - self.m - tw
        else:
            xx = self.m + pt(self.dpi, size) * indent
        self.d.text((xx, self.y), s, font=f, fill=color)
        top = self.y
        self.y += int(pt(self.dpi, size) * (1 + gap))
        return (xx, top, xx + tw, top + pt(self.dpi, size))

    def para(self, s, size=15, path=SERIF, indent=2, gap=0.55, color=(0, 0, 0)):
        """para wraps s over the text width, the first line indented."""
        f = font(path, pt(self.dpi, size))
        width = self.w - 2 * self.m
        line, first = "", True
        for ch in s:
            ind = pt(self.dpi, size) * indent if first else 0
            if self.d.textlength(line + ch, font=f) + ind > width:
                self.d.text((self.m + ind, self.y), line, font=f, fill=color)
                self.y += int(pt(self.dpi, size) * (1 + gap))
                line, first = ch, False
            else:
                line += ch
        if line:
            ind = pt(self.dpi, size) * indent if first else 0
            self.d.text((self.m + ind, self.y), line, font=f, fill=color)
            self.y += int(pt(self.dpi, size) * (1 + gap))

    def space(self, size_pt):
        self.y += pt(self.dpi, size_pt)

    def redline(self, thick_pt=1.5):
        t = max(2, pt(self.dpi, thick_pt))
        self.d.rectangle([self.m - pt(self.dpi, 10), self.y, self.w - self.m + pt(self.dpi, 10), self.y + t], fill=(210, 20, 20))
        self.y += t + pt(self.dpi, 12)

    def table(self, rows, widths, size=11, path=SANS, row_h=1.9):
        """table draws a ruled table; widths are fractions of the text width."""
        f = font(path, pt(self.dpi, size))
        width = self.w - 2 * self.m
        xs = [self.m]
        for wf in widths:
            xs.append(xs[-1] + int(width * wf))
        rh = int(pt(self.dpi, size) * row_h)
        top = self.y
        for r, row in enumerate(rows):
            y0 = self.y
            for c, cell in enumerate(row):
                tb = self.d.textbbox((0, 0), cell, font=f)
                tw = tb[2] - tb[0]
                cx = xs[c] + (xs[c + 1] - xs[c] - tw) // 2
                cy = y0 + (rh - pt(self.dpi, size)) // 2 - pt(self.dpi, size) // 8
                self.d.text((cx, cy), cell, font=f, fill=(0, 0, 0))
            self.y += rh
        lw = max(1, self.dpi // 100)
        for i in range(len(rows) + 1):
            yy = top + i * rh
            self.d.line([xs[0], yy, xs[-1], yy], fill=(0, 0, 0), width=lw)
        for xx in xs:
            self.d.line([xx, top, xx, top + rh * len(rows)], fill=(0, 0, 0), width=lw)
        self.y += pt(self.dpi, 8)

    def crop(self, bottom_pad_pt=40):
        """crop cuts the sheet below the last line (half pages keep files small)."""
        h = min(self.h, self.y + pt(self.dpi, bottom_pad_pt))
        self.img = self.img.crop((0, 0, self.w, h))
        self.d = ImageDraw.Draw(self.img)
        self.h = h
        return self


def stamp(page, cx, cy, ring="江东市人民政府办公室", bottom="", radius_in=0.8, alpha=0.78, color=(215, 25, 30)):
    """stamp draws a round red 公章 (ring text, a star) centred at cx, cy."""
    dpi = page.dpi
    r = int(radius_in * dpi)
    layer = Image.new("RGBA", (2 * r + 4, 2 * r + 4), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = r + 2
    a = int(255 * alpha)
    col = color + (a,)
    d.ellipse([c - r, c - r, c + r, c + r], outline=col, width=max(3, dpi // 40))
    # star
    rs, ri = r * 0.32, r * 0.13
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = rs if k % 2 == 0 else ri
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=col)
    # ring text along the upper arc
    fsz = int(r * 0.3)
    f = font(SANS_BOLD, fsz)
    n = len(ring)
    span = math.radians(250)
    for i, ch in enumerate(ring):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        rr = r - fsz * 0.85
        x = c + rr * math.cos(ang)
        y = c + rr * math.sin(ang)
        g = Image.new("RGBA", (fsz * 2, fsz * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fsz // 2, fsz // 3), ch, font=f, fill=col)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - fsz), int(y - fsz)))
    if bottom:
        fb = font(SANS_BOLD, int(r * 0.22))
        tb = d.textbbox((0, 0), bottom, font=fb)
        d.text((c - (tb[2] - tb[0]) // 2, c + r * 0.45), bottom, font=fb, fill=col)
    base = page.img.convert("RGBA")
    base.alpha_composite(layer, (int(cx - c), int(cy - c)))
    page.img = base.convert("RGB")
    page.d = ImageDraw.Draw(page.img)


def rect_stamp(page, x, y, lines, color=(200, 30, 40), alpha=0.8):
    """rect_stamp draws a rectangular 收文 stamp with its lines."""
    dpi = page.dpi
    f = font(SANS, pt(dpi, 10))
    w = int(2.0 * dpi)
    lh = pt(dpi, 15)
    h = lh * len(lines) + pt(dpi, 6)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = color + (int(255 * alpha),)
    d.rectangle([1, 1, w - 2, h - 2], outline=col, width=max(2, dpi // 60))
    for i, s in enumerate(lines):
        d.text((pt(dpi, 6), pt(dpi, 3) + i * lh), s, font=f, fill=col)
    base = page.img.convert("RGBA")
    base.alpha_composite(layer, (int(x), int(y)))
    page.img = base.convert("RGB")
    page.d = ImageDraw.Draw(page.img)


# ---------------------------------------------------------------- degradation

def degrade(img, angle=0.0, blur=0.0, noise=0, paper=(255, 255, 255), gray=False, contrast=1.0):
    """degrade makes a clean render look scanned or photographed."""
    img = img.convert("RGB")
    if contrast != 1.0 or paper != (255, 255, 255):
        # ink stays dark, the white becomes paper; contrast < 1 fades the ink
        px = img.load()
        lut = []
        for ch in range(3):
            lut.extend(int(paper[ch] - (paper[ch] - v * paper[ch] / 255.0) * contrast) for v in range(256))
        img = img.point(lut)
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=paper)
    if noise:
        import numpy as np
        rs = np.random.RandomState(RNG.randint(0, 2**31 - 1))
        a = np.asarray(img).astype("int16")
        a = a + rs.normal(0, noise, a.shape[:2])[..., None].astype("int16")
        img = Image.fromarray(a.clip(0, 255).astype("uint8"), "RGB")
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if gray:
        img = img.convert("L")
    return img


def jpeg_bytes(img, q=70, dpi=150):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, dpi=(dpi, dpi), optimize=True)
    return b.getvalue()
