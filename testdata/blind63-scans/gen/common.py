"""Shared helpers for the blind63-scans corpus: synthetic values, page layout
with the Noto CJK fonts, and the degradations an office scanner, fax or phone
camera applies.  Run with Debian's /usr/bin/python3 (python3-pil, numpy)."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
# face index 2 of each collection is the SC (Simplified Chinese) face
FONTS = {
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),   # body, in place of 仿宋
    "title": (NOTO + "NotoSerifCJK-Bold.ttc", 2),      # in place of 小标宋
    "hei": (NOTO + "NotoSansCJK-Bold.ttc", 2),         # 黑体: marking, headings
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 2),     # tables, posters
}
_font_cache = {}


def font(key, px):
    k = (key, int(px))
    if k not in _font_cache:
        path, idx = FONTS[key]
        _font_cache[k] = ImageFont.truetype(path, int(px), index=idx)
    return _font_cache[k]


# ---------------------------------------------------------------- values
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def make_id(region, birth, seq):
    """region '330106', birth 'YYYYMMDD', seq 3 digits -> 18-char ID (GB 11643)."""
    f = f"{region}{birth}{seq:03d}"
    assert len(f) == 17
    return f + id_check(f)


def id_valid(s):
    return len(s) == 18 and id_check(s[:17]) == s[17]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def make_uscc(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return first17 + USCC_CHARS[(31 - s % 31) % 31]


def mask_id(s):
    return s[:6] + "*" * 8 + s[-4:]


def mask_mobile(s):
    return s[:3] + "****" + s[-4:]


# ---------------------------------------------------------------- layout
A4_MM = (210.0, 297.0)


def mm(v, dpi):
    return int(round(v / 25.4 * dpi))


def pt(v, dpi):
    return int(round(v / 72.0 * dpi))


def text_width(f, s):
    return f.getlength(s)


def wrap(f, s, width, indent=0):
    """Greedy wrap of CJK text into lines no wider than width (px)."""
    lines, cur = [], ""
    first = True
    for ch in s:
        w = width - (indent if first else 0)
        if text_width(f, cur + ch) > w and cur and ch not in "，。、；：？！”）》":
            lines.append(cur)
            cur = ch
            first = False
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    """A white A4 page at a given dpi laid out top-down like a 公文 (GB/T 9704
    margins: 37 mm top, 28 mm left, 26 mm right)."""

    def __init__(self, dpi=300, size_mm=A4_MM, top_mm=37, left_mm=28, right_mm=26):
        self.dpi = dpi
        self.w, self.h = mm(size_mm[0], dpi), mm(size_mm[1], dpi)
        self.img = Image.new("L", (self.w, self.h), 255)
        self.d = ImageDraw.Draw(self.img)
        self.x0 = mm(left_mm, dpi)
        self.x1 = self.w - mm(right_mm, dpi)
        self.y = mm(top_mm, dpi)
        self.lines = []   # (text, x, y, w, h, size_px) for text layers

    def space(self, v_mm):
        self.y += mm(v_mm, self.dpi)

    def text(self, s, key="serif", size_pt=16, align="left", indent_chars=0, lead=1.55, fill=0, x=None):
        f = font(key, pt(size_pt, self.dpi))
        px = pt(size_pt, self.dpi)
        width = self.x1 - self.x0
        indent = int(indent_chars * px)
        out = wrap(f, s, width, indent)
        for i, line in enumerate(out):
            lw = text_width(f, line)
            if x is not None:
                lx = x
            elif align == "center":
                lx = self.x0 + (width - lw) / 2
            elif align == "right":
                lx = self.x1 - lw
            else:
                lx = self.x0 + (indent if i == 0 else 0)
            self.d.text((lx, self.y), line, font=f, fill=fill)
            self.lines.append((line, lx, self.y, lw, px, px))
            self.y += int(px * lead)
        return self

    def table(self, headers, rows, widths_mm, size_pt=10.5, key="sans", row_mm=9.0, fill=0, x_mm=None):
        dpi = self.dpi
        f = font(key, pt(size_pt, dpi))
        fh = font("hei", pt(size_pt, dpi))
        px = pt(size_pt, dpi)
        xs = [self.x0 if x_mm is None else mm(x_mm, dpi)]
        for wmm in widths_mm:
            xs.append(xs[-1] + mm(wmm, dpi))
        rh = mm(row_mm, dpi)
        lw = max(1, dpi // 100)
        allrows = [headers] + rows
        top = self.y
        for r, row in enumerate(allrows):
            y = top + r * rh
            for c, cell in enumerate(row):
                ff = fh if r == 0 else f
                cw = xs[c + 1] - xs[c]
                tw = text_width(ff, cell)
                tx = xs[c] + max(mm(1.5, dpi), (cw - tw) / 2)
                ty = y + (rh - px) / 2 - px * 0.1
                self.d.text((tx, ty), cell, font=ff, fill=fill)
                self.lines.append((cell, tx, ty, tw, px, px))
        for r in range(len(allrows) + 1):
            self.d.line([(xs[0], top + r * rh), (xs[-1], top + r * rh)], fill=fill, width=lw)
        for x in xs:
            self.d.line([(x, top), (x, top + len(allrows) * rh)], fill=fill, width=lw)
        self.y = top + len(allrows) * rh + mm(4, dpi)
        return self

    def redline(self, color=0):
        """红头 separator line (drawn dark on a grey page)."""
        y = self.y + mm(2, self.dpi)
        self.d.line([(self.x0, y), (self.x1, y)], fill=color, width=max(2, self.dpi // 100))
        self.y = y + mm(6, self.dpi)


# ---------------------------------------------------------------- degradations
def rng(seed):
    return np.random.default_rng(seed)


def to_np(img):
    return np.asarray(img, dtype=np.float32)


def from_np(a, mode="L"):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def scan_grey(img, seed=1, blur=0.6, noise=6.0, paper=244, skew=0.25):
    """A copier's grey scan: paper tone, slight blur, sensor noise, a small skew."""
    r = rng(seed)
    im = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    a = to_np(im)
    a = a * (paper / 255.0)
    a += r.normal(0, noise, a.shape)
    # faint toner streak and a slightly darker scanner edge
    a[:, : max(2, a.shape[1] // 200)] -= 40
    return from_np(a)


def binarize(img, threshold=150, seed=2, specks=0.0004):
    """1-bit scan: threshold plus toner specks."""
    r = rng(seed)
    a = to_np(img.convert("L"))
    b = np.where(a < threshold, 0, 255).astype(np.float32)
    n = int(b.size * specks)
    ys = r.integers(0, b.shape[0], n)
    xs = r.integers(0, b.shape[1], n)
    b[ys, xs] = 0
    return from_np(b).convert("1", dither=Image.NONE)


def jpeg(img, quality, subsampling=2, dpi=None):
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.save(buf, "JPEG", quality=quality, subsampling=subsampling, **kw)
    return buf.getvalue()


def jpeg_roundtrip(img, quality):
    return Image.open(io.BytesIO(jpeg(img, quality)))


def _perspective_coeffs(src, dst):
    # solve for PIL's 8 coefficients mapping dst -> src
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64)).tolist()


def phone_photo(page_img, seed=3, angle=2.0, out_w=1800, quality=55, tilt=0.04,
                light=0.35, desk=(96, 84, 70), tint=(1.0, 0.97, 0.88), blur=0.8, noise=7.0):
    """A phone photo of a printed page lying on a desk: the page shrunk to the
    camera's size, put on a darker background, seen in perspective, turned a
    few degrees, lit unevenly (a lamp on one side, the phone's shadow), with
    sensor noise and JPEG artefacts."""
    r = rng(seed)
    pg = page_img.convert("RGB")
    scale = out_w * 0.86 / pg.width
    pg = pg.resize((int(pg.width * scale), int(pg.height * scale)), Image.LANCZOS)
    W = out_w
    H = int(pg.height / 0.86) + 40
    canvas = Image.new("RGB", (W, H), desk)
    ox, oy = (W - pg.width) // 2, (H - pg.height) // 2
    canvas.paste(pg, (ox, oy))
    # perspective: top edge a little narrower than the bottom
    w, h = W, H
    t = tilt * w
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(t, t * 0.4), (w - t * 0.7, 0), (w, h), (0, h - t * 0.2)]
    coeffs = _perspective_coeffs(src, dst)
    canvas = canvas.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=desk)
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=desk)
    a = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # light from the upper left, falling off to the lower right, plus a soft shadow band
    g = 1.0 - light * (0.55 * xx / w + 0.45 * yy / h)
    shadow = 1.0 - 0.18 * np.exp(-((xx - 0.75 * w) ** 2) / (2 * (0.12 * w) ** 2))
    g = g * shadow
    a = a * g[..., None] * np.array(tint, dtype=np.float32)[None, None, :]
    a += r.normal(0, noise, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    im = im.filter(ImageFilter.GaussianBlur(blur))
    return jpeg(im, quality)


def fax(page_img_hi, seed=4, threshold=140):
    """A fax page: a 204x196 (fine) rendering squeezed to 204x98 (standard
    mode, 200 x 100 dpi), thresholded to 1 bit, with line dropouts and specks."""
    r = rng(seed)
    im = page_img_hi.convert("L").filter(ImageFilter.GaussianBlur(0.7))
    im = im.resize((im.width, im.height // 2), Image.BILINEAR)
    a = to_np(im)
    a += r.normal(0, 18, a.shape)
    b = np.where(a < threshold, 0, 255).astype(np.float32)
    # a few white dropout scanlines and black specks
    for y in r.integers(0, b.shape[0], 6):
        b[y, :] = np.maximum(b[y, :], 255 * (r.random(b.shape[1]) < 0.6))
    n = int(b.size * 0.0006)
    b[r.integers(0, b.shape[0], n), r.integers(0, b.shape[1], n)] = 0
    return from_np(b).convert("1", dither=Image.NONE)


def seal(diameter_px, org, seed=5, color=(214, 28, 36), center_text=""):
    """A red round 公章: ring, five-pointed star, the unit's name on the arc."""
    r = rng(seed)
    S = diameter_px
    layer = Image.new("L", (S, S), 0)   # ink coverage 0..255
    d = ImageDraw.Draw(layer)
    ring = max(3, S // 26)
    d.ellipse([ring // 2, ring // 2, S - ring // 2, S - ring // 2], outline=255, width=ring)
    cx = cy = S / 2
    # star
    R, rr = S * 0.16, S * 0.16 * 0.382
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else rr
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=255)
    # unit name along the upper arc
    n = len(org)
    fs = int(S * 0.115)
    f = font("hei", fs)
    span = math.radians(min(250, 22 * n))
    rad = S / 2 - ring - fs * 0.75
    for i, ch in enumerate(org):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        gx, gy = cx + rad * math.cos(a), cy + rad * math.sin(a)
        g = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.4), ch, font=f, fill=255)
        g = g.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
        layer.paste(255, (int(gx - fs), int(gy - fs)), g)
    if center_text:
        f2 = font("hei", int(S * 0.09))
        tw = f2.getlength(center_text)
        d.text((cx - tw / 2, cy + S * 0.2), center_text, font=f2, fill=255)
    # uneven ink: mottled coverage
    a = to_np(layer) / 255.0
    mott = r.uniform(0.55, 1.0, (S // 8 + 1, S // 8 + 1))
    mott = np.kron(mott, np.ones((8, 8)))[:S, :S]
    a = a * mott
    return a, color


def press_seal(img_rgb, cx, cy, diameter_px, org, seed=5, strength=0.9, center_text=""):
    """Multiply a red seal onto an RGB page centred at (cx, cy)."""
    cov, color = seal(diameter_px, org, seed=seed, center_text=center_text)
    a = np.asarray(img_rgb, dtype=np.float32).copy()
    S = diameter_px
    x0, y0 = int(cx - S / 2), int(cy - S / 2)
    sub = a[y0:y0 + S, x0:x0 + S, :]
    c = cov[: sub.shape[0], : sub.shape[1]] * strength
    ink = np.array(color, dtype=np.float32) / 255.0
    sub *= (1 - c[..., None]) + c[..., None] * ink[None, None, :]
    a[y0:y0 + S, x0:x0 + S, :] = sub
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def to_rgb(page, red=(200, 22, 26)):
    """Colour the page's red regions (红头, red rule) red; elsewhere black ink."""
    g = np.asarray(page.img, dtype=np.float32) / 255.0
    rgb = np.repeat(g[..., None] * 255.0, 3, axis=2)
    for (x0, y0, x1, y1) in getattr(page, "red", []):
        sub = g[y0:y1, x0:x1]
        col = np.array(red, dtype=np.float32)
        rgb[y0:y1, x0:x1, :] = sub[..., None] * 255.0 + (1 - sub[..., None]) * col[None, None, :]
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def grey_of(page, red_level=95):
    """The page as a grey scanner sees it: red ink becomes a mid grey."""
    g = np.asarray(page.img, dtype=np.float32).copy()
    for (x0, y0, x1, y1) in getattr(page, "red", []):
        sub = g[y0:y1, x0:x1]
        g[y0:y1, x0:x1] = red_level + sub * (255 - red_level) / 255.0
    return from_np(g)
