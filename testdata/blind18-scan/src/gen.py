#!/usr/bin/python3
"""gen.py writes every file of blind18-scan and its labels.json.

Run from make.sh (cwd: the corpus folder). Pictures come from PIL; the
containers from img2pdf, ImageMagick, Ghostscript, LibreOffice, ReportLab,
qpdf, Chromium, python-docx, openpyxl and pptxgenjs (src/pptx.js).
"""
import base64
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

import pages as P
from common import (RNG, SANS, SERIF, SERIF_BOLD, Page, degrade, font, jpeg_bytes, make_id,
                    make_mobile, make_name, pt, rect_stamp, stamp)

OUT = os.getcwd()
TMP = tempfile.mkdtemp(prefix="blind18-scan-")
LABELS = []
PPTX_JOBS = []

YELLOW = (244, 237, 214)
GREY = (232, 232, 228)


def label(file, verdict, cats, raws, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


def run(*cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def tmp(name):
    return os.path.join(TMP, name)


def scan(page, angle=0.7, blur=0.6, noise=0, paper=GREY, gray=True, crop=True):
    if crop:
        page.crop()
    return degrade(page.img, angle=angle, blur=blur, noise=noise, paper=paper, gray=gray)


def save_jpeg(img, path, q=70, dpi=150):
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, min(q, 58), dpi))


# ------------------------------------------------------------ PDFs

def img2pdf_file(img_path, out, dpi=None):
    cmd = ["img2pdf", img_path, "-o", out]
    if dpi:
        cmd[1:1] = ["--imgsize", f"{dpi}dpi"]
    run(*cmd)


def magick_pdf(src, out):
    """magick_pdf: ImageMagick writes a JPEG EPS at 150 dpi, Ghostscript's ps2pdf makes the PDF."""
    eps = tmp(os.path.basename(out) + ".eps")
    run("convert", "-units", "PixelsPerInch", "-density", "150", src, "-compress", "jpeg", "-quality", "70", "eps3:" + eps)
    run("ps2pdf", "-dEPSCrop", eps, out)


def reportlab_textlayer(img, dpi, out, layer_lines, layer_y0=None):
    """reportlab_textlayer draws img full page and an invisible text layer (render mode 3)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    w, h = img.size[0] * 72.0 / dpi, img.size[1] * 72.0 / dpi
    c = canvas.Canvas(out, pagesize=(w, h))
    c.setTitle("扫描件")
    b = io.BytesIO(jpeg_bytes(img, 70, dpi))
    c.drawImage(ImageReader(b), 0, 0, w, h)
    t = c.beginText()
    t.setTextRenderMode(3)
    t.setFont("STSong-Light", 15)
    y = layer_y0 if layer_y0 is not None else h - 70
    for s in layer_lines:
        t.setTextOrigin(65, y)
        t.textLine(s)
        y -= 24
    c.drawText(t)
    c.showPage()
    c.save()


def soffice_pdf(src):
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, src)
    return os.path.splitext(os.path.join(TMP, os.path.basename(src)))[0] + ".pdf"


def chromium_pdf(html, out):
    hp = tmp("page.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html)
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        f"--print-to-pdf={out}", "file://" + hp)


def qpdf_cat(parts, out):
    run("qpdf", "--empty", "--pages", *parts, "--", out)


# ------------------------------------------------------------ Office

def docx_with_picture(out, img_path, body_before, body_after=(), width_cm=15, header_img=None, crop_top=None, core_author="办公室"):
    import docx
    from docx.shared import Cm
    d = docx.Document()
    d.core_properties.author = core_author
    d.core_properties.title = ""
    for s in body_before:
        d.add_paragraph(s)
    if img_path:
        d.add_paragraph().add_run().add_picture(img_path, width=Cm(width_cm))
    for s in body_after:
        d.add_paragraph(s)
    if header_img:
        hp = d.sections[0].header.paragraphs[0]
        hp.add_run().add_picture(header_img, width=Cm(9))
    if crop_top:
        # keep only the part of the picture below crop_top (per cent): a:srcRect t=...
        from docx.oxml.ns import qn
        for blipfill in d.element.body.iter(qn("pic:blipFill")):
            from lxml import etree
            src = etree.SubElement(blipfill, qn("a:srcRect"))
            src.set("t", str(int(crop_top * 1000)))
            blip = blipfill.find(qn("a:blip"))
            blip.addnext(src)
            # shrink the shown height to match the crop
            for ext in d.element.body.iter(qn("wp:extent")):
                ext.set("cy", str(int(int(ext.get("cy")) * (100 - crop_top) / 100)))
            for ext in d.element.body.iter(qn("a:ext")):
                if ext.get("cy"):
                    ext.set("cy", str(int(int(ext.get("cy")) * (100 - crop_top) / 100)))
    d.save(out)


def xlsx_with_picture(out, img_path, cells, anchor="A6"):
    import openpyxl
    from openpyxl.drawing.image import Image as XImage
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件"
    for r, row in enumerate(cells, 1):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    xi = XImage(img_path)
    xi.width, xi.height = xi.width // 2, xi.height // 2
    ws.add_image(xi, anchor)
    wb.save(out)


# ------------------------------------------------------------ the corpus

def main():
    os.makedirs(os.path.join(OUT, "tmp"), exist_ok=True)

    # s01: img2pdf, 200 dpi grey JPEG: 份号, 机密★5年, 特急, 红头
    p = P.marking_notice(dpi=200)
    img = scan(p, angle=0.8, blur=0.7, noise=0)
    save_jpeg(img, tmp("s01.jpg"), 65, 200)
    img2pdf_file(tmp("s01.jpg"), "s01_img2pdf_marking.pdf")
    label("s01_img2pdf_marking.pdf", "block", ["classified_marking"], [],
          "img2pdf of a 200 dpi grey JPEG scan (0.8° skew, blur, noise): GB/T 9704 top-left block 份号 000086 / 机密★5年 / 特急 above a red 红头; no text layer")

    # s02: ImageMagick PNG -> PDF, ID table with mobiles
    p = P.id_table_page("s02", dpi=150, rows=5)
    img = scan(p, angle=-0.6, blur=0.5, noise=0)
    img.save(tmp("s02.png"), optimize=True)
    magick_pdf(tmp("s02.png"), "s02_magick_idtable.pdf")
    label("s02_magick_idtable.pdf", "block", ["id_card", "mobile_phone"], P.RAW["s02"],
          "ImageMagick convert to JPEG-compressed EPS (its PDF coder is barred by the system policy), then ps2pdf -dEPSCrop; a 150 dpi scan: ruled 公示 table 姓名/身份证号/联系电话, five check-digit-valid IDs and mobiles")

    # s03: Ghostscript viewjpeg -> PDF, UnionPay cards
    p = P.card_page("s03", dpi=150)
    img = scan(p, angle=1.2, blur=0.6, noise=0, paper=YELLOW)
    save_jpeg(img, tmp("s03.jpg"), 70, 150)
    w, h = img.size
    run("gs", "-q", "-dNOSAFER", "-sDEVICE=pdfwrite", "-o", "s03_gs_cards.pdf",
        "-dDEVICEWIDTHPOINTS=%d" % (w * 72 // 150), "-dDEVICEHEIGHTPOINTS=%d" % (h * 72 // 150), "-dFIXEDMEDIA",
        "-c", "/viewJPEG where {pop} {(viewjpeg.ps) runlibfile} ifelse",
        "-c", f"<< /PageSize [{w * 72 // 150} {h * 72 // 150}] >> setpagedevice 0.48 0.48 scale ({tmp('s03.jpg')}) viewJPEG showpage")
    label("s03_gs_cards.pdf", "block", ["bank_card"], P.RAW["s03"],
          "Ghostscript pdfwrite of viewjpeg.ps drawing a yellowish 1.2° skewed scan: 补贴发放明细 with four 19-digit Luhn-valid UnionPay cards (622848/622202/621700/623058) under 银行卡号")

    # s04: LibreOffice DOCX holding the picture -> PDF; 秘密★1年, stamp over the body
    p = P.marking_notice(dpi=150, level="秘密★1年", serial="", urgency="")
    p.crop()
    stamp(p, p.w - p.m - int(1.2 * 150), p.y - int(0.9 * 150))
    img = degrade(p.img, angle=-1.0, blur=0.5, noise=0, paper=GREY)
    save_jpeg(img, tmp("s04.jpg"), 70, 150)
    docx_with_picture(tmp("s04_scan.docx"), tmp("s04.jpg"), [], width_cm=16)
    shutil.copy(soffice_pdf(tmp("s04_scan.docx")), "s04_lo_docx_scan.pdf")
    label("s04_lo_docx_scan.pdf", "block", ["classified_marking"], [],
          "LibreOffice --convert-to pdf of a DOCX whose only content is a colour scan: 秘密★1年 top-left, red 红头, a red 公章 over the signature; the PDF has no text layer")

    # s05: wrong invisible OCR layer: the layer reads a harmless notice, the picture shows 机密★10年
    p = P.marking_notice(dpi=150, level="机密★10年", serial="000012", urgency="")
    img = scan(p, angle=0.5, blur=0.5, noise=0)
    reportlab_textlayer(img, 150, "s05_wrong_textlayer.pdf",
                        ["关于城东片区临时停水的通知", "各位居民：因市政供水管网改造施工，定于6月12日暂停供水。",
                         "请相关单位和居民提前做好储水准备。", "江东市水务集团有限公司"])
    label("s05_wrong_textlayer.pdf", "block", ["classified_marking"], [],
          "ReportLab: a scanned page image with an invisible (render mode 3) STSong text layer that says a harmless 停水通知, while the picture shows 份号 000012 / 机密★10年 and a 红头. Docs say a text layer that does not say what the page shows goes to OCR; they describe fonts, not an OCR layer from another page, so a careful reviewer goes by the picture")

    # s06: partial OCR layer: body only, the marking and the ID table above are not in it
    p = Page(150)
    p.text("密级：秘密", size=14, path=SANS, gap=0.35)
    p.text("保密期限：6个月", size=14, path=SANS, gap=0.9)
    p.text("江东市维稳重点人员情况汇总", size=19, path=SERIF_BOLD, align="center", gap=0.8)
    ids = [make_id("330106"), make_id("330106"), make_id("330106")]
    p.table([["姓名", "身份证号", "居住地"]] + [[make_name(), i, "西湖区"] for i in ids], [0.2, 0.5, 0.3], size=11)
    body_y = p.y
    p.para("请各街道落实包保责任，每周报送一次动态情况。")
    img = scan(p, angle=0, blur=0.5, noise=0)
    h_pt = img.size[1] * 72.0 / 150
    reportlab_textlayer(img, 150, "s06_partial_textlayer.pdf",
                        ["请各街道落实包保责任，每周报送一次动态情况。"], layer_y0=h_pt - body_y * 72.0 / 150 - 14)
    label("s06_partial_textlayer.pdf", "block", ["classified_marking", "id_card"], ids,
          "ReportLab: a scan whose invisible text layer holds only the last body line; the 密级：秘密 / 保密期限：6个月 block and a table of three IDs are only in the picture. Docs are silent on a partial OCR layer; fail closed says what is shown must be read")

    # s07: mixed PDF, page 1 LibreOffice text, page 2 a scanned ID table
    with open(tmp("s07_cover.txt"), "w", encoding="utf-8") as f:
        f.write("江东市民政局\n关于2026年度城乡居民临时救助情况的说明\n\n根据《社会救助暂行办法》，我局对2026年第一季度临时救助申请进行了审核，现将有关情况说明如下。审核对象名单见附件。\n\n附件：临时救助对象名单\n")
    cover = soffice_pdf(tmp("s07_cover.txt"))
    p = P.id_table_page("s07", dpi=150, rows=4, title="附件：临时救助对象名单", with_mobile=False)
    img = scan(p, angle=-1.5, blur=0.6, noise=0)
    save_jpeg(img, tmp("s07.jpg"), 70, 150)
    img2pdf_file(tmp("s07.jpg"), tmp("s07_scan.pdf"))
    qpdf_cat([cover, tmp("s07_scan.pdf")], "s07_mixed_scan_ids.pdf")
    label("s07_mixed_scan_ids.pdf", "block", ["id_card"], P.RAW["s07"],
          "qpdf join: page 1 a LibreOffice text page (clean cover letter), page 2 an img2pdf scan (-1.5° skew) of the 附件 with four IDs and amounts in 元")

    # s08: DOCX with an inline scanned page showing 机密★1年; the body text is clean
    p = P.marking_notice(dpi=150, level="机密★1年", serial="000203", urgency="")
    img = scan(p, angle=0.9, blur=0.5, noise=0)
    save_jpeg(img, tmp("s08.jpg"), 70, 150)
    docx_with_picture("s08_docx_picture_marking.docx", tmp("s08.jpg"),
                      ["江东市应急管理局关于转发防汛预案的说明", "现将市局通知扫描件转发如下，请各单位参照执行。"])
    label("s08_docx_picture_marking.docx", "block", ["classified_marking"], [],
          "python-docx: clean body text and an inline JPEG of a scanned page whose top-left reads 000203 / 机密★1年 above a 红头")

    # s09: DOCX whose header holds a picture of 内部资料　注意保存
    hdr = Page(150, width_in=4.5, height_in=0.8, margin_in=0.15)
    hdr.text("内部资料　注意保存", size=16, path=SANS, gap=0.2)
    himg = degrade(hdr.img, blur=0.4, noise=0, gray=True)
    himg.save(tmp("s09_hdr.png"))
    docx_with_picture("s09_docx_header_picture.docx", None,
                      ["江东市政务服务工作简报", "第12期", "五月份，全市政务服务事项网上可办率达到98.6%，部分部门仍存在线下重复提交材料的问题。"],
                      header_img=tmp("s09_hdr.png"))
    label("s09_docx_header_picture.docx", "review", ["sensitive_term"], [],
          "python-docx: the page header holds a PNG picture of the label 内部资料　注意保存 (no header text); the body is a clean 简报")

    # s10: DOCX, picture cropped (a:srcRect t=28%) so the marking is outside the crop rectangle
    p = P.marking_notice(dpi=150, level="绝密★长期", serial="000005", urgency="")
    img = scan(p, angle=0.4, blur=0.5, noise=0)
    save_jpeg(img, tmp("s10.jpg"), 70, 150)
    docx_with_picture("s10_docx_cropped_marking.docx", tmp("s10.jpg"),
                      ["以下为通知正文截图："], crop_top=28)
    label("s10_docx_cropped_marking.docx", "block", ["classified_marking"], [],
          "python-docx picture with a:srcRect t=28000: Word shows the page from the title down, the 000005 / 绝密★长期 block and 红头 are outside the crop rectangle but in the embedded JPEG (anyone can reset the crop or save the picture). Docs say pictures inside DOCX are read with OCR and are silent on crops; I expect the whole picture to be read, so block")

    # s11: XLSX with an embedded picture of an ID table
    p = P.id_table_page("s11", dpi=150, rows=4, title="2026年困难残疾人生活补贴名单")
    img = scan(p, angle=-0.7, blur=0.5, noise=0)
    save_jpeg(img, tmp("s11.jpg"), 70, 150)
    xlsx_with_picture("s11_xlsx_picture_ids.xlsx", tmp("s11.jpg"),
                      [["2026年困难残疾人生活补贴发放汇总"], ["街道", "人数", "金额（元）"], ["城东街道", 36, 43200], ["城西街道", 28, 33600]])
    label("s11_xlsx_picture_ids.xlsx", "block", ["id_card", "mobile_phone"], P.RAW["s11"],
          "openpyxl: a clean summary sheet plus an embedded JPEG (drawing anchored at A6) of a scanned 名单 with four IDs and mobiles")

    # s12: PPTX (pptxgenjs) with a picture of a page that reads 秘密★
    p = P.internal_label_page(label="秘密★", title="江东市重点项目推进情况", body="本期要目：一、城北水厂扩建工程进度；二、江东变电站选址调整；三、燃气门站迁建补偿方案。")
    img = scan(p, angle=0.6, blur=0.5, noise=0)
    save_jpeg(img, tmp("s12.jpg"), 70, 150)
    PPTX_JOBS.append({"out": "s12_pptx_picture_marking.pptx", "img": tmp("s12.jpg"), "title": "重点项目推进情况汇报", "w": img.size[0], "h": img.size[1]})
    label("s12_pptx_picture_marking.pptx", "block", ["classified_marking"], [],
          "pptxgenjs: a slide with a clean title and a JPEG of a scanned 简报 page whose first line (top-left, alone) is 秘密★ (a level with the star, no term)")

    # s13: HTML with a data: URI picture of card numbers
    p = P.card_page("s13", dpi=150, rows=3)
    img = scan(p, angle=0.5, blur=0.4, noise=0)
    b64 = base64.b64encode(jpeg_bytes(img, 65, 150)).decode()
    with open("s13_html_datauri_cards.html", "w", encoding="utf-8") as f:
        f.write(f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>补贴发放公示</title></head><body>"
                f"<h1>耕地地力保护补贴发放公示</h1><p>第三批补贴发放明细见下图。</p>"
                f"<p><img src=\"data:image/jpeg;base64,{b64}\" alt=\"发放明细\" width=\"800\"></p></body></html>")
    label("s13_html_datauri_cards.html", "block", ["bank_card"], P.RAW["s13"],
          "HTML page whose only personal data is in an <img src=data:image/jpeg;base64>: three UnionPay cards under 银行卡号. Docs list OCR for uploads, Office, MHT and e-mail pictures but are silent on HTML data: URIs; fail closed means the picture must at least be unreadable (review); a careful reviewer who looks blocks")

    # s14: 16-bit grey PNG with 机密★3年
    p = P.marking_notice(dpi=150, level="机密★3年", serial="", urgency="")
    img = scan(p, angle=-0.5, blur=0, noise=0)
    img = img.crop((0, 0, img.size[0], int(img.size[1] * 0.5)))
    a = (np.asarray(img).astype("uint16") * 257)
    Image.fromarray(a, "I;16").save("s14_png16_marking.png", optimize=True)
    label("s14_png16_marking.png", "block", ["classified_marking"], [],
          "PIL 16-bit greyscale PNG (I;16) of a scan with 机密★3年 top-left above a 红头")

    # s15: palette PNG with a transparent background: black text on nothing
    p = P.id_table_page("s15", dpi=150, rows=3, title="志愿者报名信息登记表")
    p.crop()
    g = p.img.convert("L")
    rgba = Image.new("RGBA", g.size, (0, 0, 0, 0))
    ink = Image.new("RGBA", g.size, (0, 0, 0, 255))
    rgba.paste(ink, (0, 0), g.point(lambda v: 255 - v))
    pal = rgba.quantize(colors=8, method=Image.FASTOCTREE)
    pal.save("s15_palette_transparent_ids.png", optimize=True, transparency=pal.getpixel((0, 0)))
    label("s15_palette_transparent_ids.png", "block", ["id_card", "mobile_phone"], P.RAW["s15"],
          "8-colour palette PNG whose background is the transparent index: black text on transparency (a browser shows it on white; a reader that flattens onto black sees nothing). Three IDs and mobiles")

    # s16: CMYK JPEG of a plate list
    p = P.plate_page("s16", dpi=120)
    img = scan(p, angle=0.8, blur=0.5, noise=0, paper=YELLOW, gray=False)
    img.convert("CMYK").save("s16_cmyk_plates.jpg", "JPEG", quality=60, dpi=(150, 150))
    label("s16_cmyk_plates.jpg", "review", ["license_plate"], P.RAW["s16"],
          "CMYK JPEG (PIL, Adobe APP14) of a yellowish scan: 违法停车 table with plates incl. the new-energy 浙AD12345")

    # s17: multi-page TIFF (JPEG-compressed strips): page 1 a clean cover, page 2 an ID table
    c = Page(150)
    c.text("江东市民政局", size=24, path=SERIF_BOLD, align="center", gap=2)
    c.text("2026年度高龄津贴申领材料汇编", size=20, path=SERIF_BOLD, align="center", gap=2)
    c.text("2026年5月", size=16, align="center")
    p1 = scan(c, angle=0.3, blur=0.5, noise=0)
    p = P.id_table_page("s17", dpi=150, rows=4, title="高龄津贴申领人员名单")
    p2 = scan(p, angle=-0.9, blur=0.5, noise=0)
    p1.save("s17_multipage_jpeg.tif", save_all=True, append_images=[p2], compression="jpeg", quality=70, dpi=(150, 150))
    label("s17_multipage_jpeg.tif", "block", ["id_card", "mobile_phone"], P.RAW["s17"],
          "two-page TIFF, JPEG-compressed (PIL): page 1 a clean cover, page 2 a name list with four IDs and mobiles")

    # s18: bilevel CCITT G4 TIFF at 300 dpi: 内部资料　注意保存 brief
    p = P.internal_label_page(dpi=300)
    p.crop()
    bw = degrade(p.img, angle=0.4, blur=0.6, gray=True).point(lambda v: 255 if v > 150 else 0).convert("1")
    bw.save("s18_g4_internal.tif", compression="group4", dpi=(300, 300))
    label("s18_g4_internal.tif", "review", ["sensitive_term"], [],
          "CCITT Group 4 bilevel TIFF at 300 dpi (fax-like): a 简报 whose first line, standing alone, is 内部资料　注意保存")

    # s19: 1-bit BMP with a card number
    p = Page(150, width_in=6.0, height_in=3.6, margin_in=0.6)
    p.text("学费退费通知", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    card = P.make_card("621700", 19)
    p.para(f"学生家长王晓燕：经审核，您申请的退费已办理，款项将退至您的银行卡号{card}（中国建设银行），请注意查收。")
    p.text("江东市第三中学财务室", size=14, align="right")
    bw = degrade(p.img, angle=0.5, blur=0.4, gray=True).point(lambda v: 255 if v > 150 else 0).convert("1")
    bw.save("s19_bmp_card.bmp")
    label("s19_bmp_card.bmp", "block", ["bank_card"], [card],
          "1-bit BMP: a 退费通知 sentence with a 19-digit Luhn-valid UnionPay card after 银行卡号")

    # s20: GIF of a plate list
    p = P.plate_page("s20", dpi=150)
    p.crop()
    g = degrade(p.img, angle=0.3, blur=0.3, gray=True)
    g.convert("P", palette=Image.ADAPTIVE, colors=16).save("s20_gif_plates.gif")
    label("s20_gif_plates.gif", "review", ["license_plate"], P.RAW["s20"],
          "16-colour GIF of the same kind of 违法停车 plate table (incl. 浙AD12345)")

    # s21: WebP phone photo of an ID list
    p = P.id_table_page("s21", dpi=150, rows=3, title="2026年度见义勇为人员推荐名单")
    img = scan(p, angle=2.2, blur=0.8, noise=4, paper=YELLOW, gray=False)
    img.save("s21_webp_ids.webp", "WEBP", quality=70)
    label("s21_webp_ids.webp", "block", ["id_card", "mobile_phone"], P.RAW["s21"],
          "WebP (quality 70) phone-like photo, 2.2° tilt, yellowish paper: three IDs and mobiles in a ruled table")

    # s22: phone photo: yellowish, 2.5°, 红头, 秘密★1年, stamp
    p = P.marking_notice(dpi=150, level="秘密★1年", serial="000118", urgency="加急")
    p.crop()
    stamp(p, p.w - p.m - int(1.1 * 150), p.y - int(1.0 * 150), ring="江东市应急管理局")
    img = degrade(p.img, angle=2.5, blur=0.9, noise=4, paper=YELLOW)
    save_jpeg(img, "s22_photo_redhead_stamp.jpg", 68, 150)
    label("s22_photo_redhead_stamp.jpg", "block", ["classified_marking"], [],
          "colour phone-like photo (2.5° tilt, blur, noise, yellow paper): 000118 / 秘密★1年 / 加急 top-left, red 红头 and red line, a red 公章 over the signature")

    # s23: a red stamp overlapping the ID column of a 公示
    p = P.id_table_page("s23", dpi=200, rows=4, title="2026年度优秀志愿者拟表彰人员公示", with_mobile=False)
    p.crop()
    stamp(p, int(p.w * 0.55), p.y - int(0.9 * 200), ring="江东市志愿服务联合会", radius_in=0.75, alpha=0.6)
    img = degrade(p.img, angle=-0.8, blur=0.6, noise=0, paper=GREY)
    save_jpeg(img, "s23_stamp_over_ids.jpg", 70, 200)
    label("s23_stamp_over_ids.jpg", "block", ["id_card"], P.RAW["s23"],
          "colour 200 dpi scan: a semi-transparent red 公章 lies over the 身份证号 column of the last rows; the digits stay legible to a person")

    # s24: too small to read (a thumbnail of a marked page)
    p = P.marking_notice(dpi=150, level="机密★5年")
    p.crop()
    small = p.img.resize((p.w // 6, p.h // 6), Image.BILINEAR).convert("L")
    small.save("s24_too_small.png", optimize=True)
    label("s24_too_small.png", "review", ["unreadable"], [],
          "a 206 px wide thumbnail of a page (body text about 4 px high): nobody can read it; docs: a picture OCR cannot read with confidence is unreadable.ocr_low_confidence, never a silent pass")

    # s25: too faint
    p = P.blur_text_page(dpi=150)
    img = scan(p, angle=0.5, blur=0.6, noise=3, paper=(236, 236, 232))
    faint = img.point(lambda v: 236 - int((236 - v) * 0.03) if v < 236 else v)
    fa = np.asarray(faint).astype("int16") + np.random.RandomState(25).normal(0, 7, faint.size[::-1]).astype("int16")
    faint = Image.fromarray(fa.clip(0, 255).astype("uint8"), "L")
    save_jpeg(faint, "s25_too_faint.jpg", 70, 150)
    label("s25_too_faint.jpg", "review", ["unreadable"], [],
          "a scan whose ink keeps 3% of its contrast (about 6 grey levels) under noise of sigma 7: the text cannot be read; must be unreadable, not pass")

    # s26: too blurred
    p = P.blur_text_page(dpi=150)
    img = scan(p, angle=0.5, blur=4.5, noise=0)
    save_jpeg(img, "s26_too_blurred.jpg", 70, 150)
    label("s26_too_blurred.jpg", "review", ["unreadable"], [],
          "a scan blurred with a 4.5 px Gaussian at 150 dpi: lines of grey smears, not readable; must be unreadable")

    # s27: image-only PDF of a blurred page (img2pdf)
    p = P.blur_text_page(dpi=150)
    img = scan(p, angle=-0.5, blur=5.0, noise=0)
    save_jpeg(img, tmp("s27.jpg"), 65, 150)
    img2pdf_file(tmp("s27.jpg"), "s27_pdf_blurred_scan.pdf")
    label("s27_pdf_blurred_scan.pdf", "review", ["unreadable"], [],
          "img2pdf of a heavily blurred scan: no text layer and OCR cannot read it; must be unreadable")

    # s28: DOCX with clean text and a blurred picture of a text page
    docx_with_picture("s28_docx_blurred_picture.docx", tmp("s27.jpg"),
                      ["转发市安委办通知", "请各科室认真阅读下图所示通知并抓好落实。"])
    label("s28_docx_blurred_picture.docx", "review", ["unreadable"], [],
          "python-docx: clean body and an inline picture of a text page blurred past reading; the picture is text nobody read, so unreadable (review)")

    # s29: landscape ID table page fed sideways (turned 90°)
    p = Page(150, width_in=11.0, height_in=6.0, margin_in=0.7)
    p.text("2026年度退役军人优待证申领人员花名册", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    ids = []
    rows = [["序号", "姓名", "性别", "身份证号", "联系电话", "所在社区"]]
    for i in range(4):
        idn, mob = make_id("320102"), make_mobile()
        ids += [idn, mob]
        rows.append([str(i + 1), make_name(), RNG.choice("男女"), idn, mob, RNG.choice(["梅园", "新街口", "玄武门"])])
    p.table(rows, [0.07, 0.12, 0.07, 0.34, 0.22, 0.18], size=11)
    img = scan(p, angle=0.5, blur=0.5, noise=0).rotate(90, expand=True)
    save_jpeg(img, "s29_sideways_ids.jpg", 70, 150)
    label("s29_sideways_ids.jpg", "block", ["id_card", "mobile_phone"], ids,
          "a landscape 花名册 scanned sideways (picture turned 90°): four IDs and mobiles; docs: a turned page is turned upright and read again, and what it finds is reported (the file also goes to a person)")

    # s30: 仅供内部参考 brief, JPEG
    p = P.work_secret_page(dpi=150)
    img = scan(p, angle=-1.1, blur=0.6, noise=0)
    save_jpeg(img, "s30_neibu_cankao.jpg", 70, 150)
    label("s30_neibu_cankao.jpg", "review", ["sensitive_term"], [],
          "grey JPEG scan of a 信访 通报 whose first line, alone at the top-left, is the label 仅供内部参考")

    # s31: 密级：秘密 form in a JPEG inside an image-only PDF from ImageMagick (300 dpi, crop of the top)
    p = P.miji_form_page(dpi=300)
    img = scan(p, angle=0.6, blur=0.8, noise=0)
    img = img.resize((img.size[0] // 2, img.size[1] // 2), Image.LANCZOS)
    save_jpeg(img, tmp("s31.jpg"), 70, 150)
    shutil.copy(soffice_pdf(tmp("s31.jpg")), "s31_lo_image_miji_form.pdf")
    label("s31_lo_image_miji_form.pdf", "block", ["classified_marking"], [],
          "LibreOffice Draw --convert-to pdf of a JPEG (a form scanned at 300 dpi, kept at 150): 密级：秘密 / 保密期限：1年 at the top-left over a 重点目标防护情况登记表")

    # s32: event photo with no text at all (docs: a picture in which nothing is read goes to a person)
    ph = event_photo(banner=None)
    save_jpeg(ph, "s32_event_photo_notext.jpg", 70, 96)
    label("s32_event_photo_notext.jpg", "review", ["unreadable"], [],
          "a synthetic photo of an event (sky, crowd shapes, a stage) with no text. A reviewer would pass it, but docs say a page or picture in which nothing is read stays unreadable.ocr_low_confidence (a faint scan reads as nothing too), and blind16-misc keeps this by design; labelled by the docs")

    # ------------------------------------------------------------ controls (pass)
    # c01 public notice, hotline 12345
    p = P.public_notice(dpi=150)
    img = scan(p, angle=0.9, blur=0.6, noise=0)
    save_jpeg(img, "c01_notice_scan.jpg", 70, 150)
    label("c01_notice_scan.jpg", "pass", [], [], "grey JPEG scan of a 停水通知: service lines 96390 and 12345, nothing personal")

    # c02 event photo with a banner
    ph = event_photo(banner="江东市2026年全民健身运动会开幕式")
    save_jpeg(ph, "c02_event_photo_banner.jpg", 72, 96)
    label("c02_event_photo_banner.jpg", "pass", [], [],
          "a synthetic event photo: a red banner with white text 江东市2026年全民健身运动会开幕式 over a stage and crowd shapes. If OCR reads the banner with low confidence docs say review; a careful reviewer passes it")

    # c03 红头 notice with a 公章 and 此件公开发布
    p = Page(150)
    redhead(p, "江东市人民政府办公室文件", "江政办发〔2026〕21号")
    p.text("关于公布2026年市级政务服务事项目录的通知", size=19, path=SERIF_BOLD, align="center", gap=0.9)
    p.text("各区县人民政府，市政府各部门：", size=15)
    p.para("经市政府同意，现将2026年市级政务服务事项目录予以公布，请认真做好事项办理和动态调整工作。")
    p.space(16)
    p.text("江东市人民政府办公室", size=15, align="right")
    p.text("2026年5月30日", size=15, align="right")
    p.text("（此件公开发布）", size=15, indent=2)
    p.crop()
    stamp(p, p.w - p.m - int(1.1 * 150), p.y - int(1.3 * 150))
    img = degrade(p.img, angle=-0.7, blur=0.5, noise=0, paper=GREY)
    save_jpeg(img, "c03_stamp_redhead_public.jpg", 70, 150)
    label("c03_stamp_redhead_public.jpg", "pass", [], [],
          "colour scan of a published 红头 notice with a red 公章 over the signature and （此件公开发布）: no marking, nothing personal")

    # c04 law quote page (PNG)
    p = P.law_quote_page(dpi=150)
    p.crop()
    g = degrade(p.img, angle=0.4, blur=0.4, gray=True)
    g.convert("P", palette=Image.ADAPTIVE, colors=16).save("c04_law_quote.png", optimize=True)
    label("c04_law_quote.png", "pass", [], [],
          "16-colour PNG of a 保密宣传月 handout: heading 保守国家秘密 人人有责 at the head of the page, prose quoting 保守国家秘密法 on 绝密、机密、秘密三级 and 涉密不上网. A level word at the head of a page, but inside a slogan, with no ★ or 期限")

    # c05 masked IDs, img2pdf
    p = P.masked_page(dpi=150)
    img = scan(p, angle=0.6, blur=0.5, noise=0)
    save_jpeg(img, tmp("c05.jpg"), 70, 150)
    img2pdf_file(tmp("c05.jpg"), "c05_masked_ids.pdf")
    label("c05_masked_ids.pdf", "pass", [], [],
          "img2pdf scan of a 公租房 公示 with masked IDs (330106********0018 style), masked mobiles (138****1234) and 某某 names; agency landline")

    # c06 hotlines PNG
    p = P.hotline_page(dpi=150)
    p.crop()
    degrade(p.img, blur=0.4, gray=True).convert("P", palette=Image.ADAPTIVE, colors=16).save("c06_hotlines.png", optimize=True)
    label("c06_hotlines.png", "pass", [], [], "PNG table of hotlines 12345/12369/12315 and two agency landlines (0571-...)")

    # c07 tender notice: credit code, settlement account, agency mailbox; ImageMagick PDF
    p = P.tender_page(dpi=150)
    img = scan(p, angle=-0.6, blur=0.5, noise=0)
    save_jpeg(img, tmp("c07.jpg"), 70, 150)
    magick_pdf(tmp("c07.jpg"), "c07_tender_credit_code.pdf")
    label("c07_tender_credit_code.pdf", "pass", [], [],
          "ImageMagick EPS + ps2pdf of a 中标公告 scan: 统一社会信用代码, a school's settlement account 1202021209900012345 (ICBC 对公, not Luhn-valid, not a card prefix) after 开户银行/账号, an agency landline and a .gov.cn mailbox (info only)")

    # c08 DOCX with a picture of a clean notice
    p = P.holiday_page(dpi=150)
    img = scan(p, angle=0.5, blur=0.5, noise=0)
    save_jpeg(img, tmp("c08.jpg"), 70, 150)
    docx_with_picture("c08_docx_notice_picture.docx", tmp("c08.jpg"), ["转发：端午节放假安排", "通知扫描件如下。"])
    label("c08_docx_notice_picture.docx", "pass", [], [], "python-docx: body text and an inline scan of a 端午节放假 notice")

    # c09 DOCX news release with an event photo (no text in the photo)
    ph = event_photo(banner=None, seed=5)
    save_jpeg(ph, tmp("c09.jpg"), 70, 96)
    docx_with_picture("c09_docx_event_photo.docx", tmp("c09.jpg"),
                      ["我市举办2026年全民健身运动会", "6月6日上午，江东市2026年全民健身运动会在市体育中心开幕，来自全市各区县的2000余名运动员参加开幕式。"],
                      ["本届运动会共设18个大项，将持续至6月底。"], width_cm=12)
    label("c09_docx_event_photo.docx", "pass", [], [],
          "python-docx news release with an event photo (no text in it). Docs: a picture in which nothing is read stays unreadable; a careful reviewer passes a press photo, and a gateway that holds every news item with a photo gets switched off. Docs silent on photos inside documents")

    # c10 XLSX with a picture of a statistics table
    p = P.stats_page(dpi=150)
    img = scan(p, angle=0.3, blur=0.4, noise=0)
    save_jpeg(img, tmp("c10.jpg"), 70, 150)
    xlsx_with_picture("c10_xlsx_stats_picture.xlsx", tmp("c10.jpg"), [["2026年1—4月主要经济指标（图）"], ["数据来源：江东市统计局"]], anchor="A4")
    label("c10_xlsx_stats_picture.xlsx", "pass", [], [], "openpyxl: a picture of a statistics table (amounts with commas and decimals)")

    # c11 PPTX with a picture of a title slide
    p = P.training_slide(dpi=150)
    img = degrade(p.img, blur=0.3, noise=0, gray=True)
    save_jpeg(img, tmp("c11.jpg"), 72, 150)
    PPTX_JOBS.append({"out": "c11_pptx_picture_clean.pptx", "img": tmp("c11.jpg"), "title": "培训课件", "w": img.size[0], "h": img.size[1]})
    label("c11_pptx_picture_clean.pptx", "pass", [], [], "pptxgenjs: a slide holding a picture of a training title slide")

    # c12 HTML with a data: URI notice
    p = P.bus_page(dpi=150)
    img = scan(p, angle=0.2, blur=0.4, noise=0)
    b64 = base64.b64encode(jpeg_bytes(img, 65, 150)).decode()
    with open("c12_html_datauri_clean.html", "w", encoding="utf-8") as f:
        f.write(f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>公交线路调整公告</title></head><body>"
                f"<h1>K101路公交线路临时调整</h1><img src=\"data:image/jpeg;base64,{b64}\" alt=\"公告\"></body></html>")
    label("c12_html_datauri_clean.html", "review", ["unreadable"], [], "HTML with a data: URI JPEG of a 公交线路调整 notice (K101路, 96123) [relabelled 2026-12-06: a page whose body is one picture read only by OCR goes to a person (unreadable.ocr_only), as the scans and picture-only documents relabelled before]")

    # c13 PDF with a correct invisible OCR layer
    p = P.public_notice(dpi=150, title="关于开展夏季爱国卫生运动的通知")
    img = scan(p, angle=0, blur=0.5, noise=0)
    reportlab_textlayer(img, 150, "c13_pdf_correct_textlayer.pdf",
                        ["关于开展夏季爱国卫生运动的通知", "各位居民：", "因市政供水管网改造施工，定于2026年6月12日8:00至20:00对城东片区暂停供水。"])
    label("c13_pdf_correct_textlayer.pdf", "pass", [], [], "ReportLab: a clean scan with an invisible text layer that says (part of) what it shows")

    # c14 mixed clean PDF: Chromium text page + scanned page
    chromium_pdf("<html><head><meta charset='utf-8'><style>body{font-family:'Noto Sans CJK SC';font-size:15pt}</style></head><body>"
                 "<p>为民办实事项目进展情况</p><p>附件：施工告知书扫描件</p></body></html>", tmp("c14_text.pdf"))
    p = P.public_notice(dpi=150, title="关于老旧小区改造施工的告知书")
    img = scan(p, angle=1.0, blur=0.6, noise=0)
    save_jpeg(img, tmp("c14.jpg"), 70, 150)
    img2pdf_file(tmp("c14.jpg"), tmp("c14_scan.pdf"))
    qpdf_cat([tmp("c14_text.pdf"), tmp("c14_scan.pdf")], "c14_mixed_clean.pdf")
    label("c14_mixed_clean.pdf", "pass", [], [], "qpdf join of a Chromium text page and an img2pdf scan of a 施工告知书 (hotlines only)")

    # c15 multi-page G4 TIFF, clean
    pa = P.holiday_page(dpi=200)
    pb = P.bus_page(dpi=200)
    ims = []
    for pg in (pa, pb):
        pg.crop()
        ims.append(degrade(pg.img, angle=0.3, blur=0.5, gray=True).point(lambda v: 255 if v > 150 else 0).convert("1"))
    ims[0].save("c15_multipage_g4.tif", save_all=True, append_images=ims[1:], compression="group4", dpi=(200, 200))
    label("c15_multipage_g4.tif", "pass", [], [], "two-page Group 4 TIFF at 200 dpi: a 放假 notice and a 公交 notice")

    # c16 GIF bus notice
    p = P.bus_page(dpi=150)
    p.crop()
    degrade(p.img, blur=0.3, gray=True).convert("P", palette=Image.ADAPTIVE, colors=16).save("c16_gif_bus.gif")
    label("c16_gif_bus.gif", "pass", [], [], "GIF of a K101路/B2路 route change notice (route numbers, 96123)")

    # c17 WebP notice
    p = P.email_page(dpi=150)
    img = scan(p, angle=-0.4, blur=0.5, noise=0, gray=False)
    img.save("c17_webp_email.webp", "WEBP", quality=70)
    label("c17_webp_email.webp", "pass", [], [], "WebP of a 信息公开申请渠道 page: agency address, postcode 310099, mailbox xxgk@jiangdong.gov.cn (info), landline")

    # c18 BMP clean
    p = Page(150, width_in=6.0, height_in=3.4, margin_in=0.6)
    p.text("通　知", size=20, path=SERIF_BOLD, align="center", gap=0.8)
    p.para("定于2026年6月18日（星期四）下午2:30在行政中心三楼会议室召开全局安全生产工作会议，请各科室负责人准时参加。")
    p.text("局办公室　2026年6月15日", size=14, align="right")
    degrade(p.img, angle=0.3, blur=0.4, gray=True).point(lambda v: 255 if v > 150 else 0).convert("1").save("c18_bmp_meeting.bmp")
    label("c18_bmp_meeting.bmp", "pass", [], [], "1-bit BMP of a meeting notice")

    # c19 CMYK JPEG poster with 保密 slogan (near miss)
    p = Page(150, height_in=5.0)
    p.space(10)
    p.text("保密宣传教育月", size=30, path=SANS_BOLD_PATH(), color=(190, 20, 20), align="center", gap=0.8)
    p.text("上网不涉密　涉密不上网", size=22, path=SANS_BOLD_PATH(), align="center", gap=0.8)
    p.text("江东市国家保密局　江东市委保密委员会办公室", size=14, align="center", gap=0.6)
    p.text("举报电话：12339", size=14, align="center")
    img = degrade(p.img, angle=0.3, blur=0.4, noise=0, paper=(250, 246, 236))
    img.convert("CMYK").save("c19_cmyk_poster.jpg", "JPEG", quality=60, dpi=(150, 150))
    label("c19_cmyk_poster.jpg", "pass", [], [], "CMYK JPEG of a 保密宣传 poster: 上网不涉密 涉密不上网, 国家保密局, 举报电话 12339 (the national secrecy hotline)")

    # c20 palette PNG with transparency, clean
    p = P.hotline_page(dpi=150)
    p.crop()
    g = p.img.convert("L")
    rgba = Image.new("RGBA", g.size, (0, 0, 0, 0))
    rgba.paste(Image.new("RGBA", g.size, (0, 0, 0, 255)), (0, 0), g.point(lambda v: 255 - v))
    pal = rgba.quantize(colors=8, method=Image.FASTOCTREE)
    pal.save("c20_palette_transparent_clean.png", optimize=True, transparency=pal.getpixel((0, 0)))
    label("c20_palette_transparent_clean.png", "pass", [], [], "palette PNG with a transparent background (black text): the hotline table")

    # c21 secrecy training prose with 密级 words, JPEG 200 dpi
    p = Page(200)
    p.text("第三讲　国家秘密载体的标志", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    p.para("国家秘密载体应当在显著位置标明密级和保密期限。公文的密级一般标注在版心左上角第二行，份号标注在第一行。没有标明保密期限的，绝密级按三十年、机密级按二十年、秘密级按十年认定。")
    p.para("思考题：工作中收到未标明密级的材料，应当如何处理？")
    img = scan(p, angle=-0.6, blur=0.6, noise=0)
    save_jpeg(img, "c21_training_prose.jpg", 70, 200)
    label("c21_training_prose.jpg", "pass", [], [], "200 dpi scan of a secrecy-training page: 密级、保密期限、绝密级/机密级/秘密级 in prose under a heading, no marking")

    # c22 16-bit PNG clean
    p = P.stats_page(dpi=150)
    img = scan(p, angle=0, blur=0, noise=0)
    Image.fromarray(np.asarray(img).astype("uint16") * 257, "I;16").save("c22_png16_stats.png", optimize=True)
    label("c22_png16_stats.png", "pass", [], [], "16-bit greyscale PNG of a statistics table")

    with open(os.path.join(TMP, "pptx.json"), "w", encoding="utf-8") as f:
        json.dump(PPTX_JOBS, f, ensure_ascii=False)
    print(os.path.join(TMP, "pptx.json"))
    LABELS.sort(key=lambda l: l["file"])
    with open("labels.json", "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
        f.write("\n")


def SANS_BOLD_PATH():
    from common import SANS_BOLD
    return SANS_BOLD


def redhead(p, org, no):
    P.redhead(p, org, no)


def event_photo(banner=None, seed=1):
    """event_photo draws a photo-like scene: sky, stage, crowd; a banner if asked."""
    import random
    r = random.Random(seed)
    w, h = 900, 600
    a = np.zeros((h, w, 3), "float32")
    for y in range(h):
        t = y / h
        a[y] = (110 + 90 * t, 160 + 60 * t, 225 - 30 * t) if y < h * 0.45 else (70 + 40 * t, 120 + 30 * t, 60 + 20 * t)
    img = Image.fromarray(a.clip(0, 255).astype("uint8"), "RGB")
    d = ImageDraw.Draw(img)
    d.rectangle([100, 150, 800, 300], fill=(150, 120, 90))
    d.rectangle([90, 295, 810, 318], fill=(90, 70, 50))
    if banner:
        d.rectangle([110, 160, 790, 225], fill=(200, 25, 30))
        f = font(SANS, 34)
        tb = d.textbbox((0, 0), banner, font=f)
        d.text((450 - (tb[2] - tb[0]) // 2, 172), banner, font=f, fill=(255, 250, 235))
    for i in range(70):
        x, y = r.randint(0, w), r.randint(340, h)
        s = r.randint(10, 22)
        col = tuple(r.randint(20, 230) for _ in range(3))
        d.ellipse([x - s // 2, y - s, x + s // 2, y], fill=(230, 190, 160))
        d.rectangle([x - s // 2 - 3, y, x + s // 2 + 3, y + 2 * s], fill=col)
    for i in range(6):
        x = 150 + i * 80
        d.line([x, 150, x, 60], fill=(90, 90, 90), width=3)
        d.polygon([(x, 60), (x + 30, 70), (x, 80)], fill=(r.randint(150, 255), r.randint(0, 200), 40))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    n = np.asarray(img).astype("int16") + np.random.RandomState(seed).normal(0, 5, (h, w, 3)).astype("int16")
    return Image.fromarray(n.clip(0, 255).astype("uint8"), "RGB")


if __name__ == "__main__":
    main()
