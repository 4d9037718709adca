# -*- coding: utf-8 -*-
"""PIL pictures: the PNG watermark and 300-dpi page scans.  Writes WORK/img/."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

from PIL import Image, ImageDraw, ImageFilter, ImageFont

D = os.path.join(WORK, "img")
os.makedirs(D, exist_ok=True)
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANSB = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
DPI = 300
PW, PH = 2480, 3508  # A4 at 300 dpi
PT = DPI / 72.0


def font(path, pt):
    return ImageFont.truetype(path, int(pt * PT), index=2)


def wrap(draw, text, f, width):
    lines, cur = [], ""
    for ch in text:
        if draw.textlength(cur + ch, font=f) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def paper(seed):
    random.seed(seed)
    im = Image.new("L", (PW, PH), 250)
    px = im.load()
    for _ in range(9000):  # light speckle of a scanner
        x, y = random.randrange(PW), random.randrange(PH)
        px[x, y] = random.randint(150, 230)
    return im


def finish(im, rot):
    im = im.rotate(rot, resample=Image.BICUBIC, fillcolor=250, expand=False)
    return im.filter(ImageFilter.GaussianBlur(0.6))


def para(d, y, text, f, indent=True, x0=330, width=PW - 660, lead=1.75):
    sz = f.size
    for i, ln in enumerate(wrap(d, ("　　" if indent else "") + text, f, width)):
        d.text((x0, y), ln, font=f, fill=20)
        y += int(sz * lead)
    return y


def scan_notice(path, marked, seed, rot):
    im = paper(seed)
    d = ImageDraw.Draw(im)
    fb = font(SERIF, 15.5)
    y = 300
    if marked:
        d.text((330, y), "秘密★1年", font=font(SANSB, 16), fill=10)
        y += 100
    d.text((330, y), "特急", font=font(SANSB, 16), fill=10)
    y += 150
    ft = font(SANSB, 30)
    w = d.textlength(NOTICE_ORG, font=ft)
    d.text(((PW - w) / 2, y), NOTICE_ORG, font=ft, fill=60)
    y += 200
    w = d.textlength(NOTICE_NO, font=fb)
    d.text(((PW - w) / 2, y), NOTICE_NO, font=fb, fill=20)
    y += 110
    d.line((330, y, PW - 330, y), fill=60, width=8)
    y += 80
    ftt = font(SANSB, 20)
    w = d.textlength(NOTICE_TITLE, font=ftt)
    d.text(((PW - w) / 2, y), NOTICE_TITLE, font=ftt, fill=15)
    y += 150
    y = para(d, y, NOTICE_TO, fb, indent=False)
    for t in NOTICE_BODY:
        y = para(d, y, t, fb)
    y += 60
    for t in NOTICE_SIGN:
        w = d.textlength(t, font=fb)
        d.text((PW - 400 - w, y), t, font=fb, fill=20)
        y += int(fb.size * 1.75)
    finish(im, rot).save(path, quality=88, dpi=(DPI, DPI))


def scan_list(path, rows, masked, seed, rot, mode):
    im = paper(seed)
    d = ImageDraw.Draw(im)
    fb = font(SERIF, 14)
    ftt = font(SANSB, 19)
    title = "临江市2025年度城乡居民最低生活保障新增对象公示"
    w = d.textlength(title, font=ftt)
    y = 330
    d.text(((PW - w) / 2, y), title, font=ftt, fill=15)
    y += 180
    y = para(d, y, "经本人申请、乡镇（街道）审核、县民政局审批，以下3户家庭符合最低生活保障条件，现予公示。", fb)
    y += 40
    cols = [("序号", 200), ("姓名", 360), ("身份证号", 1000), ("保障人数", 300)]
    x0 = 330
    rh = 130
    allrows = [[c for c, _ in cols]] + [[str(i), n, mask_id(v) if masked else v, str(2 + i % 2)]
                                          for i, (n, v) in enumerate(rows, 1)]
    for r, row in enumerate(allrows):
        x = x0
        for (c, cw), val in zip(cols, row):
            d.rectangle((x, y, x + cw, y + rh), outline=30, width=4)
            d.text((x + 25, y + 35), val, font=fb, fill=15)
            x += cw
        y += rh
    y += 80
    y = para(d, y, "公示期为7天。如有异议，请向县民政局反映，监督电话：0571-87091234。", fb)
    y += 80
    for t in ["临江县民政局", "2025年7月8日"]:
        wt = d.textlength(t, font=fb)
        d.text((PW - 400 - wt, y), t, font=fb, fill=20)
        y += int(fb.size * 1.75)
    im = finish(im, rot)
    if mode == "1":
        im = im.point(lambda p: 255 if p > 150 else 0).convert("1")
        im.save(path, compression="group4", dpi=(DPI, DPI))
    else:
        im.save(path, dpi=(DPI, DPI))


def watermark(path):
    f = ImageFont.truetype(SANSB, 160, index=2)
    im = Image.new("RGBA", (800, 200), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.text((40, 0), "内部资料", font=f, fill=(110, 110, 110, 255))
    im.save(path)


if __name__ == "__main__":
    P = lambda n: os.path.join(D, n)
    watermark(P("wm_neibu.png"))
    scan_notice(P("scan_notice_clean.jpg"), False, 11, 0.4)
    scan_notice(P("scan_notice_mark.jpg"), True, 12, -0.3)
    scan_list(P("scan_gs_ids.tif"), SCAN_ROWS, False, 13, 0.3, "1")
    scan_list(P("scan_gs_masked.png"), SCAN_ROWS, True, 14, -0.2, "L")
    scan_list(P("scan_gs_ids.png"), SCAN_ROWS, False, 15, 0.2, "L")
    print("images ok")
