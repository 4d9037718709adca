#!/usr/bin/python3
"""Build the blind63-scans corpus and its labels.json.

    cd testdata/blind63-scans/gen && /usr/bin/python3 build.py

Needs Debian's python3-pil python3-numpy python3-docx python3-openpyxl
python3-reportlab img2pdf imagemagick (PDF writing allowed in its policy)
ghostscript libtiff-tools chromium libreoffice poppler-utils."""
import io
import json
import os
import shutil
import subprocess
import sys

from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import docs as D  # noqa: E402
import jbig2pdf  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "/tmp/b63work"
LABELS = []

# ---------------------------------------------------------------- doc basis, quoted
Q_OCRONLY = ('README (OCR): "a scanned page, a page without a usable text layer, a picture uploaded as the file, '
             'and a document whose body is only pictures each get one `unreadable.ocr_only` finding (review, one for all the pages of a file)"')
Q_MARK = ('findings.md classified_marking (block): "on scans, a level word read by OCR at the head of a page"; README: '
          '"★ is never read by Tesseract, so a level word at the head of a page followed by a stray glyph and a 期限 (N年 ...) is taken for a marking (`classified_marking.ocr`)"')
Q_ID = ('findings.md id_card (block): "居民身份证号 with a valid GB 11643 check digit, a real birth date and region"; '
        'README: "Check digits make OCR\'d IDs trustworthy"')
Q_MOB = 'findings.md mobile_phone (review): "11-digit mobiles in current 号段"'
Q_DOCPIC = ('README: "Pictures inside a document that has text of its own (a photo, a chart, a pasted screenshot, a page\'s banner) '
            'are read the same way and add no such finding"')
Q_PDFPIC = ('README: "So are the pictures on the pages of a PDF that keep their own text ... each raster picture 48 points (17 mm) '
            'a side or more and 32 pixels or more is rendered from its region of the page ... and read as a DOCX\'s picture is"')
Q_BODYPICS = ('README: "A document\'s body is its pictures when it has fewer than 20 characters of text of its own a picture (DOCX, PPTX ...): '
              'until every picture is read well it is `unreadable.image_only`"')
Q_MASK = ('findings.md: "Not findings: masked values (330106********0018, 138****1234 ...), hotlines (12345, 12369), agency landlines, '
          'and a company\'s 统一社会信用代码"')
Q_VERDICT = 'findings.md Verdict: "`block` if any finding is block, else `review` if any is review, else `pass`. A file with only `info` findings passes."'
Q_OCRLAYER = ('README: "A PDF page covered by pictures ... whose text shows nothing for half its glyphs or more, with fewer than 50 glyphs shown, '
              'is read with OCR as well: a scanner\'s OCR layer (rendering mode 3 ...) ... need not say what the page shows"')
Q_MERGED = 'README: "A marking with its ★ is a marking wherever it stands (a page or an attachment of a merged file carries its own)"'
Q_SEALHEAD = ('README: "the head of a page is read ... again without its coloured ink when coloured ink lies on it (a red, blue or purple 收文 stamp '
              'pressed over the marking; the head of a scanned PDF page is rendered in colour for this)"')
Q_NEIBU = ('findings.md sensitive_term: "内部资料 注意保存"; README: internal-marking terms "are labels when they stand alone"; '
           'README dictionaries: "内部资料 | sensitive_term | review"')
Q_EMAIL = 'findings.md email (info): "agency mailboxes are routinely public"; "A file with only `info` findings passes."'
Q_CODECS = ('README: "PDF pages without a text layer ... are read with OCR"; "PDF pages are rendered with `pdftoppm`"; '
            '"a picture in JPEG 2000, JBIG2 or CCITT is rendered as the others"')
Q_FORMATS = 'README: "JPG/PNG/TIFF/BMP/GIF/WebP uploads ... are read with OCR"'
Q_SEALPHOTO = 'README: "a long reading without confidence, the ring of a red seal, leaves the picture a photo"'


def add(rel, verdict, cats, raw, note):
    LABELS.append({"file": rel, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def out(rel):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def tmp(name):
    os.makedirs(WORK, exist_ok=True)
    return os.path.join(WORK, name)


def run(*cmd):
    subprocess.run(list(cmd), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def save_jpeg(img, path, q, dpi=200):
    """A scanner's JPEG carries its resolution in the JFIF header."""
    with open(path, "wb") as f:
        f.write(C.jpeg(img, q, dpi=dpi))


def img2pdf(paths, dst, extra=()):
    run("img2pdf", *extra, "-o", dst, *paths)


def g4_tiff(img1, path, dpi):
    """1-bit G4 single-strip TIFF, as img2pdf embeds it untouched (CCITTFaxDecode)."""
    a = tmp("g4a.tif")
    img1.convert("1").save(a, compression="group4", dpi=dpi)
    run("tiffcp", "-c", "g4", "-r", str(img1.height + 1), a, path)


IDS, MOB = D.IDS, D.MOB
ALL_GS_IDS = [IDS[k] for k in "abcde"]
ALL_GS_MOB = [MOB[k] for k in "abcde"]
LY_IDS = [IDS[k] for k in "fghij"]
LY_MOB = [MOB[k] for k in "fghij"]
WG_MOB = [MOB[k] for k in "klcd"]


# ---------------------------------------------------------------- reportlab helpers
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def rl_wrap(s, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in s:
        if stringWidth(cur + ch, "STSong-Light", size) > width and cur and ch not in "，。、；：？！”）》":
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def rl_text(c, y, s, size=14, x=80, width=435, indent=2, center=False, right=False, lead=1.6):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = rl_wrap(s, size, width - (indent * size if indent else 0))
    c.setFont("STSong-Light", size)
    for i, line in enumerate(lines):
        w = stringWidth(line, "STSong-Light", size)
        if center:
            lx = x + (width - w) / 2
        elif right:
            lx = x + width - w
        else:
            lx = x + (indent * size if i == 0 else 0)
        c.drawString(lx, y, line)
        y -= size * lead
    return y


def rl_notice_page(c, key, y=770):
    n = D.CLEAN[key]
    y = rl_text(c, y, n["title"], size=18, center=True, indent=0, lead=1.8)
    for para in n["paras"]:
        y = rl_text(c, y, para, size=14)
    y -= 20
    y = rl_text(c, y, n["sign"], size=14, right=True, indent=0)
    y = rl_text(c, y, n["date"], size=14, right=True, indent=0)
    return y


# ================================================================= standalone pictures
def standalone():
    # 01 copier grey scan PNG 300 dpi, marking top left
    p = D.redhead_notice(300, paras=D.SECRET_PARAS)
    C.scan_grey(C.grey_of(p), seed=11).save(out("img/scan300_grey_miji.png"), dpi=(300, 300))
    add("img/scan300_grey_miji.png", "block", ["classified_marking", "unreadable"], [],
        "PNG upload: 300 dpi grey copier scan of a 公文 whose 版头 has 000027 / 秘密★1年 / 特急 at the top left, red 红头 greyed. "
        f"Block for the marking: {Q_MARK}. unreadable because the whole file is a picture: {Q_OCRONLY}.")

    # 02 phone photo of a 机密 notice
    p = D.redhead_notice(200, fenhao="000112", marking="机密★5年", urgency="", head="杭州市西湖区防汛防旱指挥部文件",
                         docno="西防指〔2024〕9号", title="关于印发第三季度重点目标防护方案的通知",
                         to="各镇街防指，区防指各成员单位：", paras=D.SECRET_PARAS_2, sign="杭州市西湖区防汛防旱指挥部",
                         date="2024年7月1日")
    data = C.phone_photo(C.to_rgb(p), seed=12, angle=2.5, out_w=2000, quality=55)
    open(out("img/photo_jimi_notice.jpg"), "wb").write(data)
    add("img/photo_jimi_notice.jpg", "block", ["classified_marking", "unreadable"], [],
        "JPEG upload: phone photo (turned 2.5°, perspective, light falling off to one side, JPEG q55) of a printed 公文 with 机密★5年 "
        f"at the top left. {Q_MARK}; {Q_OCRONLY}.")

    # 03 1-bit G4 TIFF 200 dpi 低保公示 with IDs and mobiles
    p = D.dibao_gongshi(200)
    b = C.binarize(C.scan_grey(p.img, seed=13, blur=0.5), threshold=160, seed=13)
    g4_tiff(b, out("img/dibao_gongshi_g4_200dpi.tif"), (200, 200))
    add("img/dibao_gongshi_g4_200dpi.tif", "block", ["id_card", "mobile_phone", "unreadable"], ALL_GS_IDS + ALL_GS_MOB,
        "TIFF upload, 1-bit CCITT G4, 200 dpi: a 低保新增对象公示 table with five unmasked 身份证号码 (valid check digits) and 联系电话 mobiles. "
        f"{Q_ID}; {Q_MOB}; {Q_FORMATS}; {Q_OCRONLY}.")

    # 04 phone photo of 拟录用公示 with IDs and mobiles
    p = D.luyong_gongshi(200)
    data = C.phone_photo(p.img, seed=14, angle=-3.5, out_w=2400, quality=60, light=0.4)
    open(out("img/photo_luyong_gongshi.jpg"), "wb").write(data)
    add("img/photo_luyong_gongshi.jpg", "block", ["id_card", "mobile_phone", "unreadable"], LY_IDS + LY_MOB,
        "JPEG upload: phone photo (turned -3.5°, perspective, uneven light, q60) of a printed 拟录用人员公示 with 身份证号 and 手机号码 columns unmasked. "
        f"{Q_ID}; {Q_MOB}; {Q_OCRONLY}.")

    # 05 clean grey scan PNG 200 dpi
    p = D.clean_notice("chunjie", 200, head="杭州市西湖区政务服务中心")
    C.scan_grey(C.grey_of(p), seed=15).save(out("img/scan_clean_chunjie.png"), dpi=(200, 200))
    add("img/scan_clean_chunjie.png", "review", ["unreadable"], [],
        "PNG upload: 200 dpi grey scan of a harmless 春节办理业务时间 notice (hotline 12345 only). Nothing to find "
        f"({Q_MASK}), but a picture uploaded as the file is never passed unseen: {Q_OCRONLY}.")

    # 07 fax clean TIFF 200x100 dpi
    p = D.clean_notice("tingshui", 200)
    fx = C.fax(p.img, seed=17)
    fx.save(out("img/fax_clean_tingshui.tif"), compression="group3", dpi=(200, 100))
    add("img/fax_clean_tingshui.tif", "review", ["unreadable"], [],
        "TIFF upload: standard-mode fax (200×100 dpi, 1-bit, CCITT G3, dropout lines and specks) of a harmless 停水通知 (utility hotline). "
        f"Nothing to find, but {Q_OCRONLY}; if OCR reads the squashed lines poorly it is `unreadable.ocr_low_confidence`, still review.")

    # 08 fax with a marking
    p = D.redhead_notice(200, paras=D.SECRET_PARAS, fenhao="000041", urgency="加急")
    fx = C.fax(C.grey_of(p, red_level=60), seed=18)
    fx.save(out("img/fax_miji.tif"), compression="group3", dpi=(200, 100))
    add("img/fax_miji.tif", "block", ["classified_marking", "unreadable"], [],
        "TIFF upload: standard-mode fax (200×100 dpi, 1-bit G3) of a 公文 with 000041 / 秘密★1年 / 加急 at the top left. "
        f"{Q_MARK}; {Q_OCRONLY}. (Fax pixels are twice as wide as tall; the TIFF's resolution tag says so.)")

    # 09 colour scan, red round seal over the marking at the head
    p = D.redhead_notice(200, paras=D.SECRET_PARAS, fenhao="", marking="秘密★2年", urgency="")
    rgb = C.to_rgb(p)
    dpi = 200
    # marking line starts at the top margin (37 mm); the seal's centre near the 2年
    rgb = C.press_seal(rgb, C.mm(28 + 24, dpi), C.mm(37 + 3, dpi), C.mm(40, dpi), "杭州市西湖区人民政府办公室",
                       seed=19, center_text="收文专用")
    save_jpeg(rgb, out("img/scan_seal_over_marking.jpg"), 70)
    add("img/scan_seal_over_marking.jpg", "block", ["classified_marking", "unreadable"], [],
        "JPEG upload: 200 dpi colour scan of a 公文 whose 秘密★2年 at the top left lies under a red round 收文专用 seal (the ring crosses 2年). "
        f"{Q_MARK}; {Q_SEALHEAD}; {Q_OCRONLY}.")

    # 10 colour scan of a 网格员 list with a red seal over the 落款
    p = D.dibao_gongshi(200, rows_keys="abc", title="翠苑街道2024年第三季度城乡低保新增对象公示")
    rgb = C.to_rgb(p)
    rgb = C.press_seal(rgb, p.x1 - C.mm(30, 200), p.sign_y - C.mm(12, 200), C.mm(42, 200), "杭州市西湖区翠苑街道办事处", seed=20)
    rgb = C.jpeg_roundtrip(rgb, 65)
    save_jpeg(rgb, out("img/scan_seal_dibao_3rows.jpg"), 65)
    add("img/scan_seal_dibao_3rows.jpg", "block", ["id_card", "mobile_phone", "unreadable"],
        [IDS[k] for k in "abc"] + [MOB[k] for k in "abc"],
        "JPEG upload: 200 dpi colour scan of a three-row 低保公示 (unmasked IDs and mobiles in the table) with the 街道's red round seal pressed over the 落款 and date "
        f"below the table, not over the numbers. {Q_ID}; {Q_MOB}; {Q_OCRONLY}.")

    # 11 multi-page TIFF: cover letter + table with IDs
    p1 = D.clean_notice("yibao", 200)
    p2 = D.luyong_gongshi(200)
    a = C.scan_grey(p1.img, seed=21)
    b = C.scan_grey(p2.img, seed=22)
    a.save(out("img/two_pages_lzw.tif"), compression="tiff_lzw", dpi=(200, 200), save_all=True, append_images=[b])
    add("img/two_pages_lzw.tif", "block", ["id_card", "mobile_phone", "unreadable"], LY_IDS + LY_MOB,
        "Multi-page grey TIFF (LZW, 200 dpi) as a scanner's scan-to-folder writes: page 1 a harmless 医保参保 notice, page 2 the 拟录用人员公示 "
        f"with unmasked IDs and mobiles. {Q_ID}; {Q_MOB}; {Q_OCRONLY}.")

    # 12 内部资料 注意保存 scan as JPEG
    p = D.neibu_summary(200)
    save_jpeg(C.scan_grey(p.img, seed=23), out("img/scan_neibu_jiyao.jpg"), 65)
    add("img/scan_neibu_jiyao.jpg", "review", ["sensitive_term", "unreadable"], [],
        "JPEG upload (grey, q65, 200 dpi): a 常务会议纪要 headed by 内部资料　注意保存 on its own first line. "
        f"{Q_NEIBU}; {Q_OCRONLY}. No level word, so no block.")

# ================================================================= PDFs
def pdfs():
    rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    # 14 copier JPEG grey 200 dpi, 2 pages, marking on page 1
    p1 = D.redhead_notice(200, paras=D.SECRET_PARAS, fenhao="000019")
    p2 = D.clean_notice("jianshen", 200)
    j1, j2 = tmp("c1.jpg"), tmp("c2.jpg")
    save_jpeg(C.scan_grey(C.grey_of(p1), seed=31), j1, 60)
    save_jpeg(C.scan_grey(p2.img, seed=32), j2, 60)
    img2pdf([j1, j2], out("pdf/copier_jpeg_2p_miji.pdf"))
    add("pdf/copier_jpeg_2p_miji.pdf", "block", ["classified_marking", "unreadable"], [],
        "img2pdf scan-to-PDF, two grey JPEG pages (200 dpi, q60, DCTDecode): page 1 a 公文 with 000019 / 秘密★1年 / 特急 at the top left, "
        f"page 2 a harmless notice. {Q_MARK}; {Q_CODECS}; {Q_OCRONLY}.")

    # 15 copier CCITT G4 300 dpi with IDs
    p = D.dibao_gongshi(300)
    t = tmp("g4.tif")
    g4_tiff(C.binarize(C.scan_grey(p.img, seed=33), seed=33), t, (300, 300))
    img2pdf([t], out("pdf/copier_g4_300dpi_dibao.pdf"))
    add("pdf/copier_g4_300dpi_dibao.pdf", "block", ["id_card", "mobile_phone", "unreadable"], ALL_GS_IDS + ALL_GS_MOB,
        "img2pdf of a 1-bit CCITT G4 TIFF at 300 dpi (CCITTFaxDecode, K -1): the 低保公示 with unmasked IDs and mobiles. "
        f"{Q_ID}; {Q_MOB}; {Q_CODECS}; {Q_OCRONLY}.")

    # 16 JBIG2 1-bit 300 dpi with marking
    p = D.redhead_notice(300, paras=D.SECRET_PARAS, fenhao="000063", urgency="")
    jbig2pdf.write_pdf(out("pdf/copier_jbig2_miji.pdf"), [C.binarize(C.scan_grey(C.grey_of(p, 70), seed=34), seed=34)], 300)
    add("pdf/copier_jbig2_miji.pdf", "block", ["classified_marking", "unreadable"], [],
        "Copier 'compact PDF': one 1-bit page at 300 dpi in a JBIG2Decode image (generic region, MMR), no text layer: 000063 / 秘密★1年 at the top left. "
        f"{Q_MARK}; {Q_CODECS}; {Q_OCRONLY}.")

    # 17 JBIG2 clean, 2 pages
    pa = D.feiyi_list(300)
    pb = D.clean_notice("gongjiao", 300)
    jbig2pdf.write_pdf(out("pdf/copier_jbig2_clean_2p.pdf"),
                       [C.binarize(C.scan_grey(pa.img, seed=35), seed=35), C.binarize(C.scan_grey(pb.img, seed=36), seed=36)], 300)
    add("pdf/copier_jbig2_clean_2p.pdf", "review", ["unreadable"], [],
        "JBIG2 (MMR) copier PDF, two 1-bit 300 dpi pages: a 非遗 项目名录 table and a 公交线路调整 notice, nothing personal or marked. "
        f"{Q_CODECS}; {Q_OCRONLY}.")

    # 18 Ghostscript 3 pages grey JPEG 150 dpi clean
    jpgs = []
    for i, (k, s) in enumerate([("chunjie", 37), ("tingshui", 38), ("jianshen", 39)]):
        pg = D.clean_notice(k, 150)
        j = tmp(f"gs{i}.jpg")
        save_jpeg(C.scan_grey(pg.img, seed=s, blur=0.4), j, 55, dpi=150)
        jpgs.append(j)
    w, h = C.mm(210, 150), C.mm(297, 150)
    ps = " ".join(f"<< /PageSize [595 842] >> setpagedevice 0.3375 0.3375 scale ({j}) viewJPEG showpage" for j in jpgs)
    # viewJPEG draws at 1 px = 1 pt; 72/150*... scale to A4 instead:
    ps = " ".join(f"<< /PageSize [595.3 841.9] >> setpagedevice {595.3 / w:.5f} {841.9 / h:.5f} scale ({j}) viewJPEG showpage" for j in jpgs)
    run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "--permit-file-read=" + WORK + "/", "-sDEVICE=pdfwrite",
        "-o", out("pdf/gs_jpeg150_clean_3p.pdf"), "viewjpeg.ps", "-c", ps)
    add("pdf/gs_jpeg150_clean_3p.pdf", "review", ["unreadable"], [],
        "Ghostscript pdfwrite of three 150 dpi grey JPEG scans (viewjpeg.ps): three harmless notices (春节, 停水, 全民健身). "
        f"{Q_OCRONLY}.")

    # 19 ImageMagick 1-bit 150 dpi mobiles list
    pg = D.wangge_list(150, size=13)
    png = tmp("wg.png")
    C.binarize(C.scan_grey(pg.img, seed=40, blur=0.4), threshold=165, seed=40).save(png, dpi=(150, 150))
    run("convert", "-density", "150", "-units", "PixelsPerInch", png, "-compress", "Group4", out("pdf/magick_g4_150dpi_wangge.pdf"))
    add("pdf/magick_g4_150dpi_wangge.pdf", "review", ["mobile_phone", "unreadable"], WG_MOB,
        "ImageMagick convert of a 1-bit 150 dpi scan (-compress Group4): 社区网格员联系方式 with four unmasked mobiles under a 手机 heading. "
        f"{Q_MOB}; {Q_OCRONLY}.")

    # 20 mixed: 2 text pages + 1 scan page with IDs
    c = canvas.Canvas(out("pdf/mixed_text2_scan_luyong.pdf"), pagesize=A4)
    c.setTitle("拟录用人员公示")
    rl_notice_page(c, "yibao"); c.showPage()
    rl_notice_page(c, "jianshen"); c.showPage()
    pg = D.luyong_gongshi(200)
    j = tmp("mix1.jpg")
    save_jpeg(C.scan_grey(pg.img, seed=41), j, 65)
    c.drawImage(j, 0, 0, width=A4[0], height=A4[1]); c.showPage(); c.save()
    add("pdf/mixed_text2_scan_luyong.pdf", "block", ["id_card", "mobile_phone", "unreadable"], LY_IDS + LY_MOB,
        "ReportLab PDF: pages 1-2 harmless text (STSong-Light), page 3 only a 200 dpi grey JPEG scan of the 拟录用人员公示 with unmasked IDs and mobiles. "
        f"{Q_ID}; {Q_MOB}; {Q_OCRONLY} (the scanned page).")

    # 21 mixed clean
    c = canvas.Canvas(out("pdf/mixed_text_scan_clean.pdf"), pagesize=A4)
    rl_notice_page(c, "gongjiao"); c.showPage()
    pg = D.feiyi_list(200)
    j = tmp("mix2.jpg")
    save_jpeg(C.scan_grey(pg.img, seed=42), j, 65)
    c.drawImage(j, 0, 0, width=A4[0], height=A4[1]); c.showPage(); c.save()
    add("pdf/mixed_text_scan_clean.pdf", "review", ["unreadable"], [],
        "ReportLab PDF: page 1 a harmless text notice, page 2 only a grey JPEG scan of the 非遗 项目名录 table (nothing personal). "
        f"{Q_OCRONLY} — one scanned page is enough.")

    # 22 mixed: text cover + scanned page 2 with its own marking
    c = canvas.Canvas(out("pdf/mixed_cover_scan_miji_p2.pdf"), pagesize=A4)
    y = rl_text(c, 770, "关于转发重大活动期间安全稳定工作文件的函", size=18, center=True, indent=0, lead=1.8)
    y = rl_text(c, y, "各社区：", size=14, indent=0)
    for s in ["现将区政府办公室有关文件转发给你们，请结合实际认真贯彻落实。",
              "各社区要明确一名分管负责人具体负责，每日下午4时前将工作情况报街道综治办。"]:
        y = rl_text(c, y, s, size=14)
    y = rl_text(c, y - 20, "翠苑街道办事处", size=14, right=True, indent=0)
    rl_text(c, y, "2024年3月13日", size=14, right=True, indent=0)
    c.showPage()
    pg = D.redhead_notice(200, paras=D.SECRET_PARAS, fenhao="000027")
    j = tmp("mix3.jpg")
    save_jpeg(C.scan_grey(C.grey_of(pg), seed=43), j, 65)
    c.drawImage(j, 0, 0, width=A4[0], height=A4[1]); c.showPage(); c.save()
    add("pdf/mixed_cover_scan_miji_p2.pdf", "block", ["classified_marking", "unreadable"], [],
        "ReportLab PDF: page 1 a harmless text 转发函, page 2 only a grey scan of the forwarded 公文 with 000027 / 秘密★1年 / 特急 at its top left. "
        f"{Q_MERGED}; {Q_MARK}; {Q_OCRONLY}.")

    # 23-25 scans with an invisible OCR text layer (rendering mode 3)
    def ocr_layer_pdf(dst, page, seed, skip, replace=None, colour=False):
        dpi = page.dpi
        j = tmp(f"ol{seed}.jpg")
        im = C.to_rgb(page) if colour else C.scan_grey(C.grey_of(page), seed=seed)
        save_jpeg(im, j, 65)
        c = canvas.Canvas(dst, pagesize=A4)
        c.setProducer("Canon iR-ADV C5535 Scan-to-PDF with OCR")
        c.drawImage(j, 0, 0, width=A4[0], height=A4[1])
        from reportlab.pdfbase.pdfmetrics import stringWidth
        for (s, x, y, w, h, px) in page.lines:
            if any(k in s for k in skip):
                continue
            if replace:
                for a, b in replace.items():
                    s = s.replace(a, b)
            size = px * 72.0 / dpi
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("STSong-Light", size)
            sw = stringWidth(s, "STSong-Light", size) or 1
            t.setHorizScale(100.0 * (w * 72.0 / dpi) / sw)
            t.setTextOrigin(x * 72.0 / dpi, A4[1] - (y + px * 0.88) * 72.0 / dpi)
            t.textLine(s)
            c.drawText(t)
        c.showPage(); c.save()

    ocr_layer_pdf(out("pdf/ocrlayer_omits_marking.pdf"), D.redhead_notice(200, paras=D.SECRET_PARAS), 44,
                  skip=["秘密", "000027", "特急"])
    add("pdf/ocrlayer_omits_marking.pdf", "block", ["classified_marking", "unreadable"], [],
        "Copier scan-to-searchable-PDF: a grey JPEG page with an invisible (Tr 3) OCR text layer that gives every line except the 版头 "
        f"(000027 / 秘密★1年 / 特急 — the copier's OCR skipped them). {Q_OCRLAYER}; so the marking on the picture is read: {Q_MARK}; {Q_OCRONLY}.")

    bad = {IDS[k]: IDS[k][:6] + "********" + IDS[k][-4:] for k in "abcde"}
    bad.update({MOB[k]: MOB[k][:3] + "****" + MOB[k][-4:] for k in "abcde"})
    ocr_layer_pdf(out("pdf/ocrlayer_masks_ids.pdf"), D.dibao_gongshi(200), 45, skip=[], replace=bad)
    add("pdf/ocrlayer_masks_ids.pdf", "block", ["id_card", "mobile_phone", "unreadable"], ALL_GS_IDS + ALL_GS_MOB,
        "Scan-to-searchable-PDF of the 低保公示: the picture shows full IDs and mobiles, while the invisible Tr 3 layer says them masked "
        f"(a layer that does not say what the page shows). {Q_OCRLAYER}; {Q_ID}; {Q_MOB}; {Q_OCRONLY}.")

    ocr_layer_pdf(out("pdf/ocrlayer_faithful_clean.pdf"), D.clean_notice("yibao", 200), 46, skip=[])
    add("pdf/ocrlayer_faithful_clean.pdf", "review", ["unreadable"], [],
        "Scan-to-searchable-PDF of a harmless 医保参保 notice (agency landline) with a faithful invisible Tr 3 OCR layer. Nothing to find, but the page is a "
        f"scan: {Q_OCRLAYER}; {Q_OCRONLY}.")

    # 26 fax in PDF: G4 at 200x100 dpi with marking
    p = D.redhead_notice(200, paras=D.SECRET_PARAS, fenhao="000041", urgency="加急")
    t = tmp("fax.tif")
    g4_tiff(C.fax(C.grey_of(p, 60), seed=47), t, (200, 100))
    img2pdf([t], out("pdf/fax_g4_200x100_miji.pdf"))
    add("pdf/fax_g4_200x100_miji.pdf", "block", ["classified_marking", "unreadable"], [],
        "A received fax saved as PDF: one 1-bit CCITT G4 page at 200×100 dpi (the page box restores the aspect), a 公文 with 000041 / 秘密★1年 / 加急 top left. "
        f"{Q_MARK}; {Q_CODECS}; {Q_OCRONLY}.")

    # 27 colour scan with seal over marking, in PDF
    p = D.redhead_notice(200, paras=D.SECRET_PARAS_2, fenhao="000112", marking="机密★5年", urgency="",
                         head="杭州市西湖区防汛防旱指挥部文件", docno="西防指〔2024〕9号",
                         title="关于印发第三季度重点目标防护方案的通知", to="各镇街防指，区防指各成员单位：",
                         sign="杭州市西湖区防汛防旱指挥部", date="2024年7月1日")
    rgb = C.to_rgb(p)
    rgb = C.press_seal(rgb, C.mm(28 + 14, 200), C.mm(37 + 9, 200), C.mm(38, 200), "杭州市西湖区人民政府办公室",
                       seed=48, center_text="收文")
    j = tmp("seal.jpg")
    save_jpeg(rgb, j, 70)
    img2pdf([j], out("pdf/seal_over_marking_colour.pdf"))
    add("pdf/seal_over_marking_colour.pdf", "block", ["classified_marking", "unreadable"], [],
        "img2pdf of a 200 dpi colour JPEG scan: 000112 / 机密★5年 at the top left with a red round 收文 seal pressed over the marking. "
        f"{Q_SEALHEAD}; {Q_MARK}; {Q_OCRONLY}.")

    # 28 phone photo of the 公示 inside a PDF (WeChat 'save as PDF')
    p = D.dibao_gongshi(200, rows_keys="fgh", title="文新街道2024年度临时救助对象公示")
    data = C.phone_photo(p.img, seed=49, angle=1.2, out_w=2200, quality=45)
    j = tmp("photo.jpg")
    open(j, "wb").write(data)
    img2pdf([j], out("pdf/photo_jiuzhu_in_pdf.pdf"), extra=("--pagesize", "A4", "--fit", "into"))
    add("pdf/photo_jiuzhu_in_pdf.pdf", "block", ["id_card", "mobile_phone", "unreadable"],
        [IDS[k] for k in "fgh"] + [MOB[k] for k in "fgh"],
        "img2pdf of a phone photo (1.2°, perspective, q45) of a printed 临时救助对象公示 with three unmasked IDs and mobiles, fitted to A4. "
        f"{Q_ID}; {Q_MOB}; {Q_OCRONLY}.")


# ================================================================= office documents
def office():
    import docx
    from docx.shared import Mm
    import openpyxl
    from openpyxl.drawing.image import Image as XLImage

    # 29 DOCX whose body is only the scan of a marked document
    p = D.redhead_notice(200, paras=D.SECRET_PARAS)
    png = tmp("d1.png")
    C.scan_grey(C.grey_of(p), seed=51).save(png, dpi=(200, 200))
    d = docx.Document()
    d.add_picture(png, width=Mm(160))
    d.save(out("office/docx_only_scan_miji.docx"))
    add("office/docx_only_scan_miji.docx", "block", ["classified_marking", "unreadable"], [],
        "python-docx: the body is one picture, a 200 dpi grey scan of a 公文 with 秘密★1年 at its top left, no text of its own. "
        f"{Q_MARK}; {Q_BODYPICS}; {Q_OCRONLY}.")

    # 30 DOCX only a clean scan
    p = D.clean_notice("zhengji", 200)
    j = tmp("d2.jpg")
    save_jpeg(C.scan_grey(p.img, seed=52), j, 70)
    d = docx.Document()
    d.add_picture(j, width=Mm(160))
    d.save(out("office/docx_only_scan_clean.docx"))
    add("office/docx_only_scan_clean.docx", "review", ["unreadable"], [],
        "python-docx: the body is only a JPEG scan of a harmless 民生实事征集 notice (an agency mailbox, info). "
        f"{Q_BODYPICS}; {Q_OCRONLY}; {Q_EMAIL}.")

    # 31 DOCX with text + picture of IDs
    p = D.luyong_gongshi(200)
    png = tmp("d3.png")
    C.binarize(C.scan_grey(p.img, seed=53), seed=53).save(png, dpi=(200, 200))
    d = docx.Document()
    d.add_heading("关于公布2024年度区属事业单位公开招聘拟录用人员名单的通知", level=1)
    d.add_paragraph("各有关单位：根据招聘工作安排，现将拟录用人员名单（扫描件）附后，请各用人单位做好报到准备工作。")
    d.add_picture(png, width=Mm(160))
    d.add_paragraph("西湖区人力资源和社会保障局　2024年8月2日")
    d.save(out("office/docx_text_plus_scan_luyong.docx"))
    add("office/docx_text_plus_scan_luyong.docx", "block", ["id_card", "mobile_phone"], LY_IDS + LY_MOB,
        "python-docx: a notice with text of its own and a pasted 1-bit scan of the 拟录用人员公示 (unmasked IDs and mobiles). "
        f"README: pictures inside DOCX are read with OCR; {Q_ID}; {Q_MOB}. No ocr_only expected: {Q_DOCPIC}.")

    # 32 DOCX text + phone photo of a 机密 notice
    p = D.redhead_notice(200, fenhao="000112", marking="机密★5年", urgency="", head="杭州市西湖区防汛防旱指挥部文件",
                         docno="西防指〔2024〕9号", title="关于印发第三季度重点目标防护方案的通知",
                         to="各镇街防指，区防指各成员单位：", paras=D.SECRET_PARAS_2, sign="杭州市西湖区防汛防旱指挥部",
                         date="2024年7月1日")
    j = tmp("d4.jpg")
    open(j, "wb").write(C.phone_photo(C.to_rgb(p), seed=54, angle=-1.8, out_w=2000, quality=60))
    d = docx.Document()
    d.add_paragraph("防汛工作周报（第27周）")
    d.add_paragraph("本周全区平均降雨量86毫米，主要河道水位均在警戒水位以下。各镇街按要求开展了隐患点巡查，现将有关文件照片附后。")
    d.add_picture(j, width=Mm(150))
    d.save(out("office/docx_text_plus_photo_jimi.docx"))
    add("office/docx_text_plus_photo_jimi.docx", "block", ["classified_marking"], [],
        "python-docx: a 周报 with its own text and a pasted phone photo (-1.8°, perspective, q60) of a printed 公文 with 机密★5年 at its top left. "
        f"A picture's head counts as a page's (README: the head is the top fifth ... (a picture cropped to a page's head, a slide)); {Q_MARK}.")

    # 33 XLSX cells + picture of mobiles
    p = D.wangge_list(200)
    png = tmp("x1.png")
    C.scan_grey(p.img, seed=55).save(png, dpi=(200, 200))
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "网格信息"
    ws["A1"] = "翠苑街道网格划分情况统计表"
    ws.append(["社区", "网格数", "户数"])
    for r in [["翠苑一区", 6, 1820], ["翠苑二区", 5, 1544], ["翠苑三区", 7, 2103], ["文华社区", 4, 1190]]:
        ws.append(r)
    ws["A8"] = "附：网格员联系方式（扫描件）"
    im = XLImage(png); im.width, im.height = im.width // 3, im.height // 3
    ws.add_image(im, "A9")
    wb.save(out("office/xlsx_cells_scan_wangge.xlsx"))
    add("office/xlsx_cells_scan_wangge.xlsx", "review", ["mobile_phone"], WG_MOB,
        "openpyxl: a sheet of statistics with a pasted grey scan of the 网格员联系方式 (four unmasked mobiles under 手机). "
        f"README: pictures inside XLSX are read with OCR; {Q_MOB}.")

    # 34 XLSX cells + picture of a marked document
    p = D.redhead_notice(200, paras=D.SECRET_PARAS, fenhao="000027")
    j = tmp("x2.jpg")
    save_jpeg(C.scan_grey(C.grey_of(p), seed=56), j, 70)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收文登记"
    ws.append(["序号", "来文单位", "文件标题", "收文日期"])
    ws.append([1, "区政府办公室", "关于做好重大活动期间安全稳定工作的通知", "2024-03-12"])
    ws["A4"] = "原件扫描："
    im = XLImage(j); im.width, im.height = im.width // 3, im.height // 3
    ws.add_image(im, "A5")
    wb.save(out("office/xlsx_shouwen_scan_miji.xlsx"))
    add("office/xlsx_shouwen_scan_miji.xlsx", "block", ["classified_marking"], [],
        "openpyxl: a 收文登记 sheet with a pasted grey scan of the registered 公文, 000027 / 秘密★1年 / 特急 at the scan's top left. "
        f"{Q_MARK}; README: pictures inside XLSX are read with OCR.")

# ================================================================= must pass
NOTICE_TEXT = {
    "chunjie": D.CLEAN["chunjie"], "yibao": D.CLEAN["yibao"], "jianshen": D.CLEAN["jianshen"],
    "gongjiao": D.CLEAN["gongjiao"], "zhengji": D.CLEAN["zhengji"], "tingshui": D.CLEAN["tingshui"],
}


def docx_notice(d, key, extra_before=None):
    n = NOTICE_TEXT[key]
    d.add_heading(n["title"], level=1)
    if extra_before:
        d.add_paragraph(extra_before)
    for para in n["paras"]:
        d.add_paragraph(para)
    d.add_paragraph(n["sign"])
    d.add_paragraph(n["date"])


def passing():
    import docx
    from docx.shared import Mm
    import openpyxl
    from openpyxl.drawing.image import Image as XLImage
    rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    PASS_BASE = f"{Q_DOCPIC}; {Q_VERDICT}"

    # 36 DOCX text + grey scan of a harmless notice
    p = D.clean_notice("chunjie", 200, head="杭州市西湖区政务服务中心")
    j = tmp("p1.jpg")
    save_jpeg(C.scan_grey(C.grey_of(p), seed=61), j, 70)
    d = docx.Document()
    d.add_heading("转发：关于春节期间办理业务时间调整的通知", level=1)
    d.add_paragraph("各窗口单位：现将区政务服务中心通知转发给你们，请做好节前业务衔接和群众解释工作。原件扫描如下。")
    d.add_picture(j, width=Mm(150))
    d.save(out("pass/docx_text_scan_chunjie.docx"))
    add("pass/docx_text_scan_chunjie.docx", "pass", [], [],
        f"python-docx: own text (a 转发 note) plus a grey 200 dpi scan of a harmless notice (hotline 12345). {Q_MASK}; {PASS_BASE}.")

    # 37 DOCX text + phone photo of a poster
    p = D.fangxun_poster(200)
    j = tmp("p2.jpg")
    open(j, "wb").write(C.phone_photo(p.img, seed=62, angle=1.5, out_w=1800, quality=65, light=0.25))
    d = docx.Document()
    d.add_heading("翠苑街道开展防汛防台宣传进社区活动", level=1)
    d.add_paragraph("6月12日，翠苑街道组织各社区在小区出入口、地下车库张贴防汛防台温馨提示，提醒居民做好自我防护。下图为张贴现场。")
    d.add_picture(j, width=Mm(140))
    d.save(out("pass/docx_text_photo_fangxun.docx"))
    add("pass/docx_text_photo_fangxun.docx", "pass", [], [],
        f"python-docx: a 工作动态 with its own text and a phone photo (1.5°, perspective, q65) of a harmless poster (110/119). {PASS_BASE}.")

    # 38 DOCX text + scan of a masked 公示
    p = D.dibao_gongshi(200, masked=True)
    png = tmp("p3.png")
    C.scan_grey(p.img, seed=63).save(png, dpi=(200, 200))
    d = docx.Document()
    d.add_heading("翠苑街道2024年第二季度城乡低保新增对象公示", level=1)
    d.add_paragraph("经个人申请、入户调查、民主评议，拟将以下家庭纳入城乡最低生活保障范围，名单见下图（已脱敏）。")
    d.add_picture(png, width=Mm(160))
    d.save(out("pass/docx_text_scan_masked_dibao.docx"))
    add("pass/docx_text_scan_masked_dibao.docx", "pass", [], [],
        f"python-docx: own text plus a grey scan of the 低保公示 in which every ID is masked 6+8*+4 and every mobile 3+4*+4, and a 监督电话 landline. {Q_MASK}; {PASS_BASE}.")

    # 39 ReportLab text PDF + scanned picture
    p = D.clean_notice("yibao", 200)
    j = tmp("p4.jpg")
    save_jpeg(C.scan_grey(p.img, seed=64), j, 70)
    c = canvas.Canvas(out("pass/pdf_text_with_scan_yibao.pdf"), pagesize=A4)
    y = rl_text(c, 790, "西湖区医疗保障局关于医保参保缴费的提醒", size=16, center=True, indent=0)
    y = rl_text(c, y, "2025年度城乡居民医保集中参保缴费已经开始，请广大居民按时缴费。通告原文扫描件如下：", size=12)
    c.drawImage(j, 110, 40, width=375, height=375 * 297 / 210)
    c.showPage(); c.save()
    add("pass/pdf_text_with_scan_yibao.pdf", "pass", [], [],
        f"ReportLab PDF: a page of its own text with a grey scan (JPEG) of a harmless 医保 通告 (agency landline) drawn below it. {Q_PDFPIC}; {Q_MASK}; {Q_VERDICT}.")

    # 40 Chromium-printed page with a phone photo
    p = D.clean_notice("jianshen", 200)
    j = tmp("p5.jpg")
    open(j, "wb").write(C.phone_photo(p.img, seed=65, angle=1.0, out_w=1800, quality=70, light=0.2))
    html = tmp("p5.html")
    open(html, "w", encoding="utf-8").write(
        "<!doctype html><html><head><meta charset='utf-8'><title>全民健身运动会</title>"
        "<style>body{font-family:'Noto Serif CJK SC';margin:20mm}img{width:150mm;display:block;margin:6mm auto}</style></head><body>"
        "<h2>关于举办2024年全民健身运动会的通知</h2><p>区文化和广电旅游体育局近日印发通知，决定举办2024年全民健身运动会，设篮球、乒乓球、羽毛球等6个项目，欢迎各单位踊跃报名。</p>"
        "<img src='p5.jpg'><p>（通知原件照片）</p></body></html>")
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=" + out("pass/pdf_chromium_photo_jianshen.pdf"), "file://" + html)
    add("pass/pdf_chromium_photo_jianshen.pdf", "pass", [], [],
        f"Chromium print-to-PDF of a news page: own text plus a phone photo (1°, q70) of a harmless 全民健身 notice. {Q_PDFPIC}; {Q_VERDICT}.")

    # 41 LibreOffice PDF of a DOCX with a scan
    p = D.clean_notice("gongjiao", 200)
    j = tmp("p6.jpg")
    save_jpeg(C.scan_grey(p.img, seed=66), j, 70)
    d = docx.Document()
    d.add_heading("关于部分公交线路调整的温馨提示", level=1)
    d.add_paragraph("自2024年6月1日起，B支3路、506路线路调整，新开通1216路。市公交集团公告扫描件附后，请居民留意出行。")
    d.add_picture(j, width=Mm(140))
    src = tmp("gongjiao_lo.docx")
    d.save(src)
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, src)
    shutil.copy(tmp("gongjiao_lo.pdf"), out("pass/pdf_libreoffice_scan_gongjiao.pdf"))
    add("pass/pdf_libreoffice_scan_gongjiao.pdf", "pass", [], [],
        f"LibreOffice PDF of a DOCX: own text plus a grey scan of a harmless 公交线路调整 公告. {Q_PDFPIC}; {Q_VERDICT}.")

    # 42 XLSX cells + scan
    p = D.feiyi_list(200)
    png = tmp("p7.png")
    C.binarize(C.scan_grey(p.img, seed=67), seed=67).save(png, dpi=(200, 200))
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "非遗名录"
    ws.append(["序号", "项目名称", "类别", "申报地区或单位"])
    for r in D.FEIYI_ROWS:
        ws.append([int(r[0])] + r[1:])
    ws["A9"] = "附：区政府公布文件（扫描件）"
    im = XLImage(png); im.width, im.height = im.width // 3, im.height // 3
    ws.add_image(im, "A10")
    wb.save(out("pass/xlsx_feiyi_cells_scan.xlsx"))
    add("pass/xlsx_feiyi_cells_scan.xlsx", "pass", [], [],
        f"openpyxl: the 非遗 项目名录 as cells plus a 1-bit scan of the same list pasted below. Nothing personal or marked. README: pictures inside XLSX read with OCR; {PASS_BASE}.")

    # 43 XLSX masked list + red seal picture
    cov, col = C.seal(600, "杭州市西湖区翠苑街道办事处", seed=68)
    import numpy as np
    a = np.ones((600, 600, 3), dtype=np.float32) * 255
    ink = np.array(col, dtype=np.float32)
    a = a * (1 - cov[..., None]) + cov[..., None] * ink[None, None, :]
    seal_png = tmp("seal.png")
    Image.fromarray(a.astype(np.uint8), "RGB").save(seal_png)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "公示"
    ws.append(["序号", "户主姓名", "身份证号码", "联系电话", "家庭人口"])
    for i, k in enumerate("abcde"):
        ws.append([i + 1, ["王建国", "李秀英", "张志强", "刘桂芳", "陈德明"][i], C.mask_id(IDS[k]), C.mask_mobile(MOB[k]), 2 + i % 3])
    ws["B8"] = "翠苑街道办事处（盖章）"
    im = XLImage(seal_png); im.width, im.height = 150, 150
    ws.add_image(im, "C8")
    wb.save(out("pass/xlsx_masked_list_seal.xlsx"))
    add("pass/xlsx_masked_list_seal.xlsx", "pass", [], [],
        f"openpyxl: a 低保 list with IDs and mobiles masked in the cells, and a picture of the 街道's red round seal (ring text, star) beside 盖章. {Q_MASK}; "
        f"{Q_SEALPHOTO}; README: \"A picture inside a document in which OCR reads next to nothing passes as a photo or a drawing\"; {Q_VERDICT}.")

    # 44 DOCX text + photo of a seal-stamped notice
    p = D.clean_notice("chunjie", 200)
    rgb = C.press_seal(p.img.convert("RGB"), p.x1 - C.mm(28, 200), p.sign_y - C.mm(12, 200), C.mm(42, 200),
                       "杭州市西湖区政务服务中心", seed=69)
    j = tmp("p9.jpg")
    save_jpeg(rgb, j, 70)
    d = docx.Document()
    d.add_heading("政务服务中心春节期间办理业务时间安排", level=1)
    d.add_paragraph("春节期间大厅业务安排如下图所示，线上业务可通过浙里办办理。节后第一个工作日恢复正常办理时间。")
    d.add_picture(j, width=Mm(150))
    d.save(out("pass/docx_text_sealed_chunjie.docx"))
    add("pass/docx_text_sealed_chunjie.docx", "pass", [], [],
        f"python-docx: own text plus a 200 dpi colour scan of the harmless 春节 notice with a red round seal over its 落款. {Q_SEALPHOTO}; {PASS_BASE}.")

    # 45 text PDF + scan of a 中标结果 with USCC and landline
    p = D.zhongbiao(200)
    j = tmp("p10.jpg")
    save_jpeg(C.scan_grey(p.img, seed=70), j, 70)
    c = canvas.Canvas(out("pass/pdf_text_scan_zhongbiao_uscc.pdf"), pagesize=A4)
    y = rl_text(c, 790, "中标结果公告", size=18, center=True, indent=0)
    y = rl_text(c, y, "西湖区文新街道社区养老服务中心改造工程已完成评标，中标结果公告原件扫描如下，欢迎社会监督。", size=12)
    c.drawImage(j, 100, 60, width=395, height=395 * 297 / 210)
    c.showPage(); c.save()
    add("pass/pdf_text_scan_zhongbiao_uscc.pdf", "pass", [], [],
        f"ReportLab PDF: own text plus a grey scan of a 中标结果公告 holding a company's 统一社会信用代码 ({D.USCC}, valid GB 32100 check), "
        f"a 项目编号, an amount and an agency landline. {Q_MASK}; {Q_PDFPIC}; {Q_VERDICT}.")

    # 46 DOCX text + phone photo with hotline and landline
    p = D.clean_notice("yibao", 200)
    j = tmp("p11.jpg")
    open(j, "wb").write(C.phone_photo(p.img, seed=71, angle=-1.2, out_w=1900, quality=65, light=0.2))
    d = docx.Document()
    d.add_heading("社区医保参保缴费提醒", level=1)
    d.add_paragraph("各位居民：2025年度城乡居民医保集中缴费期为2024年9月1日至12月31日，请及时缴费。区医保局通告照片如下，也可拨打12345咨询。")
    d.add_picture(j, width=Mm(150))
    d.save(out("pass/docx_text_photo_yibao_hotline.docx"))
    add("pass/docx_text_photo_yibao_hotline.docx", "pass", [], [],
        f"python-docx: own text (hotline 12345) plus a phone photo (-1.2°, q65) of the 医保 通告 with an agency landline 0571-87012345. {Q_MASK}; {PASS_BASE}.")

    # 47 text PDF, two pages, each with a 1-bit scan picture below a heading
    c = canvas.Canvas(out("pass/pdf_text_two_scans_1bit.pdf"), pagesize=A4)
    for i, (k, s) in enumerate([("tingshui", 72), ("gongjiao", 73)]):
        pg = D.clean_notice(k, 200)
        png = tmp(f"p12_{i}.png")
        C.binarize(C.scan_grey(pg.img, seed=s), seed=s).save(png)
        y = rl_text(c, 790, f"附件{i + 1}：{D.CLEAN[k]['title']}（扫描件）", size=14, indent=0)
        y = rl_text(c, y, "以下为原件扫描件，内容以原件为准。", size=12, indent=0)
        c.drawImage(png, 100, 50, width=395, height=395 * 297 / 210)
        c.showPage()
    c.save()
    add("pass/pdf_text_two_scans_1bit.pdf", "pass", [], [],
        f"ReportLab PDF of two pages, each with its own heading text and a 1-bit scan of a harmless notice (停水, 公交) below it. {Q_PDFPIC}; {Q_VERDICT}.")

    # 48 DOCX text + scan with an agency mailbox
    p = D.clean_notice("zhengji", 200, head="杭州市西湖区人民政府办公室")
    j = tmp("p13.jpg")
    save_jpeg(C.scan_grey(C.grey_of(p), seed=74), j, 70)
    d = docx.Document()
    d.add_heading("关于征集2025年民生实事项目建议的公告", level=1)
    d.add_paragraph("区政府办公室面向社会公开征集2025年民生实事项目建议，征集时间为10月8日至10月31日，公告原件如下。")
    d.add_picture(j, width=Mm(150))
    d.save(out("pass/docx_text_scan_zhengji_email.docx"))
    add("pass/docx_text_scan_zhengji_email.docx", "pass", [], [],
        f"python-docx: own text plus a grey scan of a 征集 公告 giving the agency mailbox mszx@xihu.gov.cn. {Q_EMAIL}; {PASS_BASE}.")

    # 49 Chromium page with a scanned table picture (1-bit PNG)
    p = D.feiyi_list(200)
    png = tmp("p14.png")
    C.binarize(C.scan_grey(p.img, seed=75), seed=75).save(png)
    html = tmp("p14.html")
    open(html, "w", encoding="utf-8").write(
        "<!doctype html><html><head><meta charset='utf-8'><title>非遗名录</title>"
        "<style>body{font-family:'Noto Sans CJK SC';margin:18mm}img{width:160mm}</style></head><body>"
        "<h2>我区公布第一批区级非物质文化遗产代表性项目名录</h2><p>经专家评审和社会公示，区政府公布第一批区级非遗代表性项目名录，共6项。公布文件如下：</p>"
        "<img src='p14.png'></body></html>")
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=" + out("pass/pdf_chromium_scan_feiyi.pdf"), "file://" + html)
    # label corrected after the first scoring run: Chromium puts the picture on a page of its own (no text)
    add("pass/pdf_chromium_scan_feiyi.pdf", "review", ["unreadable"], [],
        'Chromium print-to-PDF of a news page: own text on page 1; Chromium moved the 1-bit scan of the 非遗 项目名录 table to page 2, which holds no text at all. CORRECTED after the first run (was pass): page 2 is a PDF page without a text layer, and README: "scans and pictures | PDF pages without a text layer ... are read with OCR"; README (OCR): "a scanned page, a page without a usable text layer ... each get one `unreadable.ocr_only` finding (review)". The tester wrongly assumed the picture stayed on the text page.')

    # 50 XLSX schedule + phone photo of the poster
    p = D.fangxun_poster(200)
    j = tmp("p15.jpg")
    open(j, "wb").write(C.phone_photo(p.img, seed=76, angle=2.0, out_w=1800, quality=65, light=0.25))
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "宣传安排"
    ws.append(["日期", "社区", "活动内容"])
    for r in [["6月12日", "翠苑一区", "张贴防汛温馨提示"], ["6月13日", "翠苑二区", "地下车库挡水板演练"], ["6月14日", "文华社区", "防汛知识讲座"]]:
        ws.append(r)
    ws["A6"] = "现场照片："
    im = XLImage(j); im.width, im.height = im.width // 3, im.height // 3
    ws.add_image(im, "A7")
    wb.save(out("pass/xlsx_schedule_photo_fangxun.xlsx"))
    add("pass/xlsx_schedule_photo_fangxun.xlsx", "pass", [], [],
        f"openpyxl: a 宣传安排 schedule in cells plus a phone photo (2°, perspective, q65) of the harmless 防汛 poster. {Q_DOCPIC}; {Q_VERDICT}.")

    # 51 DOCX text + grey scan of the 停水 notice at 300 dpi, JPEG q60
    p = D.clean_notice("tingshui", 300)
    j = tmp("p16.jpg")
    save_jpeg(C.scan_grey(p.img, seed=77), j, 60, dpi=300)
    d = docx.Document()
    d.add_heading("文一路片区停水通知", level=1)
    d.add_paragraph("接市水务集团通知，5月18日文一路片区因管网改造暂停供水，请居民提前储水。通知原件扫描如下。")
    d.add_picture(j, width=Mm(150))
    d.save(out("pass/docx_text_scan300_tingshui.docx"))
    add("pass/docx_text_scan300_tingshui.docx", "pass", [], [],
        f"python-docx: own text plus a 300 dpi grey JPEG (q60) scan of a harmless 停水通知 (utility hotline 96390). {PASS_BASE}.")


def main():
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    for sub in ("img", "pdf", "office", "pass"):
        d = os.path.join(ROOT, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
    standalone()
    pdfs()
    office()
    passing()
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    n = len(LABELS)
    npass = sum(1 for l in LABELS if l["expect_verdict"] == "pass")
    print(f"{n} files, {npass} must pass")


if __name__ == "__main__":
    main()
