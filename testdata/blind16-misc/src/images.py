"""Draws page images for OCR with PIL (seeded). Usage: images.py OUT_DIR"""
import os
import random
import sys

from PIL import Image, ImageDraw, ImageFilter, ImageFont

import values as v

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def page(lines, dpi, fg=0, bg=255, height_cm=14.0):
    """A4-wide page (cropped to height_cm) with lines of (text, pt, font, centred)."""
    w = int(21.0 / 2.54 * dpi)
    h = int(height_cm / 2.54 * dpi)
    img = Image.new("L", (w, h), bg)
    d = ImageDraw.Draw(img)
    y = int(2.0 / 2.54 * dpi)
    left = int(2.6 / 2.54 * dpi)
    for text, pt, font, centre in lines:
        f = ImageFont.truetype(font, int(pt * dpi / 72))
        tw = d.textlength(text, font=f)
        x = (w - tw) / 2 if centre else left
        d.text((x, y), text, fill=fg, font=f)
        y += int(pt * dpi / 72 * 1.9)
    return img


BODY = [
    ("各区、县（市）人民政府，市直各单位：", 14, SERIF, False),
    ("为进一步做好政务公开工作，现将有关事项通知如下。", 14, SERIF, False),
    ("一、提高认识，加强组织领导，明确具体工作人员。", 14, SERIF, False),
    ("二、规范流程，信息发布前应当进行保密审查。", 14, SERIF, False),
]


def main(out):
    random.seed(16)
    os.makedirs(out, exist_ok=True)
    # 1. marking at the top, 300 dpi PNG
    page([("机密★1年", 16, BOLD, False), ("关于做好重点工程建设工作的通知", 20, BOLD, True)] + BODY, 300).save(
        os.path.join(out, "img_marking_300dpi.png"), optimize=True)
    # 2. ID at 150 dpi JPEG
    page([("关于王某某同志任职前公示的公告", 18, BOLD, True),
          ("王某某，男，1988年5月生，", 14, SERIF, False),
          ("公民身份号码：%s，" % v.ID_B, 14, SERIF, False),
          ("现任某某科科长。公示时间：2026年11月1日至7日。", 14, SERIF, False)], 150).save(
        os.path.join(out, "img_id_150dpi.jpg"), quality=85)
    # 3. rotated scan, 200 dpi, 1-bit TIFF
    rot = page([("困难群众救助对象公示", 18, BOLD, True),
                ("救助对象：陈某某", 14, SERIF, False),
                ("身份证号：%s" % v.ID_C, 14, SERIF, False),
                ("救助金额：3,200元", 14, SERIF, False)], 200).rotate(90, expand=True)
    rot.point(lambda x: 255 if x > 128 else 0).convert("1").save(
        os.path.join(out, "img_rotated90_id.tiff"), compression="group4", dpi=(200, 200))
    # 4. low contrast BMP (grey text on light grey), 200 dpi
    page([("信访事项办理情况告知", 18, BOLD, True),
          ("信访人：钱某某", 14, SERIF, False),
          ("身份证号：%s" % v.ID_G, 14, SERIF, False),
          ("联系手机：%s" % v.MOB_C, 14, SERIF, False)], 200, fg=165, bg=215, height_cm=9).save(
        os.path.join(out, "img_lowcontrast_id.png"), optimize=True)
    # 4b. 1-bit BMP at 150 dpi
    page([("关于补发社会保障卡的公告", 18, BOLD, True),
          ("持卡人：冯某某，身份证号：%s。" % v.ID_H, 14, SERIF, False),
          ("请于2026年12月1日前领取。", 14, SERIF, False)], 150, height_cm=7).point(
        lambda x: 255 if x > 128 else 0).convert("1").save(os.path.join(out, "img_id_1bit.bmp"))
    # 5. clean chart: bars and axes, no text
    img = Image.new("RGB", (900, 600), "white")
    d = ImageDraw.Draw(img)
    d.line((80, 40, 80, 540), fill="black", width=3)
    d.line((80, 540, 860, 540), fill="black", width=3)
    colours = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"]
    for i, c in enumerate(colours):
        hgt = random.randint(120, 460)
        d.rectangle((120 + i * 120, 540 - hgt, 200 + i * 120, 539), fill=c)
    img.save(os.path.join(out, "img_clean_chart.png"), optimize=True)
    # 6. clean photo-like picture: blurred noise landscape
    small = Image.new("RGB", (64, 48))
    px = small.load()
    for y in range(48):
        for x in range(64):
            sky = y < 20
            base = (110, 160, 220) if sky else (70, 120, 50)
            px[x, y] = tuple(max(0, min(255, c + random.randint(-30, 30))) for c in base)
    photo = small.resize((1024, 768), Image.BICUBIC).filter(ImageFilter.GaussianBlur(6))
    photo.save(os.path.join(out, "img_clean_photo.jpg"), quality=80)
    # 7. picture with a small clean caption
    cap = photo.copy()
    d = ImageDraw.Draw(cap)
    d.rectangle((0, 720, 1024, 768), fill="white")
    d.text((20, 728), "图为2026年11月召开的全市政务公开工作会议现场", fill="black",
           font=ImageFont.truetype(SANS, 24))
    cap.save(os.path.join(out, "img_caption_clean.jpg"), quality=80)
    # 8. clean notice at 300 dpi with a landline and a hotline
    page([("关于开展2026年度政务公开培训的通知", 20, BOLD, True)] + BODY[:3] +
         [("咨询电话：0571-87654321，市民服务热线：12345。", 14, SERIF, False),
          ("2026年11月3日", 14, SERIF, False)], 300).save(
        os.path.join(out, "img_clean_notice_300dpi.png"), optimize=True)
    # 9. WebP with a personal mobile
    page([("关于征集民生实事项目的公告", 18, BOLD, True),
          ("联系人：王某某，联系手机：%s。" % v.MOB_D, 14, SERIF, False),
          ("截止时间：2026年12月31日。", 14, SERIF, False)], 150, height_cm=8).save(
        os.path.join(out, "img_mobile.webp"), lossless=True)
    # 10. clean table of amounts and dates at 150 dpi, JPEG
    page([("2026年1-10月政务服务事项办理情况", 18, BOLD, True),
          ("月份　　受理件数　　办结率　　经费（元）", 14, SERIF, False),
          ("9月　　　1320　　　98.5%　　125000.00", 14, SERIF, False),
          ("10月　　 1411　　　99.1%　　131200.50", 14, SERIF, False),
          ("统计日期：2026年11月3日", 14, SERIF, False)], 150, height_cm=10).save(
        os.path.join(out, "img_clean_table_150dpi.jpg"), quality=85)


if __name__ == "__main__":
    main(sys.argv[1])
