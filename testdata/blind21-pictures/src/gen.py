#!/usr/bin/env python3
"""Generator of blind21-pictures: text PDFs with a picture carrying the payload.

Run from this folder (src/); writes the PDFs one level up and labels.json.
Needs: convert (ImageMagick), chromium, soffice, gs, qpdf, Noto CJK fonts.
"""
import base64, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
IMG = os.path.join(HERE, "img")
os.makedirs(IMG, exist_ok=True)
FONT = "Noto-Sans-CJK-SC"


def run(*a, **k):
    subprocess.run(list(a), check=True, **k)


def picture(name, text, transparent=False, fill="black", pt=100):
    """A picture of text: white paper (or none, for a watermark), big clear glyphs."""
    p = os.path.join(IMG, name + ".png")
    bg = "none" if transparent else "white"
    run("convert", "-background", bg, "-fill", fill, "-font", FONT, "-pointsize", str(pt),
        "-interline-spacing", "30", "label:" + text, "-bordercolor", bg, "-border", "50x40", p)
    return p


def size(p):
    o = subprocess.run(["identify", "-format", "%w %h", p], capture_output=True, text=True, check=True).stdout
    w, h = o.split()
    return int(w), int(h)


PROSE = [
    "为进一步优化营商环境，提升政务服务效能，根据省政府有关工作部署，结合本市实际，现就推进政务服务“一网通办”工作有关事项通知如下。",
    "一、工作目标。到年底前，全市依申请政务服务事项网上可办率达到百分之九十五以上，高频事项实现“最多跑一次”，企业和群众办事满意度持续提升。",
    "二、主要任务。各区、各部门要全面梳理本单位政务服务事项清单，统一办事指南要素，精简申请材料，压缩办理时限，推动线上线下服务深度融合。",
    "三、保障措施。各单位要明确责任分工，加强业务培训，建立健全工作台账，定期通报工作进展情况，确保各项任务按期完成。",
    "四、其他事项。本通知自印发之日起施行，执行中遇到的问题，请及时向市政务服务管理局反映。",
]

ID1, ID2, ID3, ID4, ID5 = ("110101199003074514", "330106198506122037", "440305199211183670",
                           "320102197809241584", "510104198802156427")
M1, M2, M3, M4 = "13957261834", "18623405719", "15811276430", "13706158492"


def make_pictures():
    P = {}
    # markings: black on white, and grey on transparent (watermark)
    for key, t in [("jm1", "机密★1年"), ("mm6", "秘密★6个月"), ("jmcq", "绝密★长期"), ("jm", "机密★"),
                   ("yg", "样稿"), ("cg", "草稿"), ("logo", "某某市人民政府"), ("hot", "服务热线：12345")]:
        P[key] = picture(key, t, pt=120)
        P[key + "_a"] = picture(key + "_a", t, transparent=True, fill="#777777", pt=120)
    for i, (n, v) in enumerate([("王建平", ID1), ("陈丽华", ID2), ("赵立军", ID3), ("孙美玲", ID4), ("周国强", ID5)], 1):
        P["id%d" % i] = picture("id%d" % i, "姓名：%s\n身份证号：%s" % (n, v), pt=80)
    P["idmask"] = picture("idmask", "姓名：张某某\n身份证号：110101********4514", pt=80)
    for i, (n, v) in enumerate([("李晓梅", M1), ("刘志刚", M2), ("黄秀英", M3), ("吴海涛", M4)], 1):
        P["mob%d" % i] = picture("mob%d" % i, "姓名：%s\n联系电话：%s" % (n, v), pt=80)
    return P


# ---------------------------------------------------------------- Chromium
def html_page(title, img, css_img, watermark):
    b64 = base64.b64encode(open(img, "rb").read()).decode()
    paras = "\n".join("<p>%s</p>" % t for t in PROSE)
    tag = '<img src="data:image/png;base64,%s" style="%s">' % (b64, css_img)
    if watermark:  # laid over the text, absolutely positioned
        body = paras + '\n<div style="position:absolute;left:0;top:0;width:100%%;height:100%%;">%s</div>' % tag
    else:  # in the flow after the second paragraph
        body = "<p>%s</p><p>%s</p><div style=\"margin:60px 0;text-align:center\">%s</div>" % (PROSE[0], PROSE[1], tag) + \
            "\n".join("<p>%s</p>" % t for t in PROSE[2:])
    return """<!doctype html><html><head><meta charset="utf-8"><title>%s</title>
<style>@page{size:A4;margin:20mm} body{font-family:'Noto Serif CJK SC',serif;font-size:16pt;line-height:1.8;position:relative}
h1{text-align:center;font-size:22pt} p{text-indent:2em;margin:0}</style></head>
<body><h1>%s</h1>
%s
</body></html>""" % (title, title, body)


def chromium(name, title, img, css, watermark=False):
    h = os.path.join(HERE, name + ".html")
    open(h, "w", encoding="utf-8").write(html_page(title, img, css, watermark))
    out = os.path.join(OUT, name + ".pdf")
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=" + out, h, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    return out


# ---------------------------------------------------------------- LibreOffice
def fodt_page(title, img, w_cm, h_cm, rotate_deg=0, opacity=100, watermark=False):
    import math
    b64 = base64.b64encode(open(img, "rb").read()).decode()
    wrap = 'style:wrap="run-through" style:run-through="foreground"' if watermark else 'style:wrap="none"'
    gp = '<style:graphic-properties %s style:vertical-pos="top" style:vertical-rel="paragraph" ' \
         'style:horizontal-pos="center" style:horizontal-rel="paragraph" draw:image-opacity="%d%%" ' \
         'fo:clip="rect(0cm, 0cm, 0cm, 0cm)"/>' % (wrap, opacity)
    if rotate_deg:
        # rotated frame: ODF draw:transform, radians, counter-clockwise, then placed
        tr = 'draw:transform="rotate (%.6f) translate (3cm 2cm)"' % (math.radians(rotate_deg))
        # LibreOffice keeps the unrotated size in svg:width/height
        pos = tr
        anchor = "paragraph"
    else:
        pos = 'svg:x="0cm" svg:y="0.3cm"'
        anchor = "paragraph"
    frame = ('<draw:frame draw:style-name="fr1" draw:name="图片1" text:anchor-type="%s" %s '
             'svg:width="%.2fcm" svg:height="%.2fcm" draw:z-index="1">'
             '<draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame>'
             % (anchor, pos, w_cm, h_cm, b64))
    paras = ["<text:p text:style-name=\"P1\">%s</text:p>" % t for t in PROSE]
    if watermark:
        paras[1] = "<text:p text:style-name=\"P1\">%s%s</text:p>" % (frame, PROSE[1])
    else:
        paras.insert(2, "<text:p text:style-name=\"P2\">%s</text:p>" % frame)
        # room for the picture
        paras.insert(3, "".join("<text:p text:style-name=\"P2\"/>" for _ in range(1)))
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" fo:font-size="15pt" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="15pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:style style:name="P0" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-indent="1cm" fo:line-height="160%%"/></style:style>
<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="fr1" style:family="graphic">%s</style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="P0">%s</text:p>
%s
</office:text></office:body></office:document>
""" % (gp, title, "\n".join(paras))


def lo(name, title, img, w_cm, h_cm, rotate_deg=0, opacity=100, watermark=False):
    f = os.path.join(HERE, name + ".fodt")
    open(f, "w", encoding="utf-8").write(fodt_page(title, img, w_cm, h_cm, rotate_deg, opacity, watermark))
    tmp = os.path.join(HERE, "lo_out")
    os.makedirs(tmp, exist_ok=True)
    run("soffice", "-env:UserInstallation=file:///tmp/blind21_lo_profile", "--headless", "--convert-to", "pdf",
        "--outdir", tmp, f, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(OUT, name + ".pdf")
    shutil.move(os.path.join(tmp, name + ".pdf"), out)
    return out


def gs(src, name):
    out = os.path.join(OUT, name + ".pdf")
    run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", out, src)
    return out


def qpdf(src, name):
    out = os.path.join(OUT, name + ".pdf")
    run("qpdf", "--object-streams=generate", "--compress-streams=y", src, out)
    return out


def main():
    P = make_pictures()
    L = []

    def lab(f, v, cats, raws, note):
        L.append({"file": os.path.basename(f), "expect_verdict": v, "expect_categories": cats,
                  "raw_values": raws, "note": note})

    T = "关于推进政务服务“一网通办”工作的通知"
    B = ["classified_marking"]
    # ---- Chromium: markings
    f = chromium("c01_jm1_rot30_op03", T, P["jm1_a"], "width:520px;transform:rotate(-30deg);opacity:0.3;margin:300px 0 0 90px", True)
    lab(f, "block", B, [], "Chromium; 机密★1年 watermark over the body: alpha PNG (soft mask), rotated 30°, opacity 0.3 (hard: may not be readable; label what a human wants)")
    f = chromium("c02_yg_rot30_op03", T, P["yg_a"], "width:520px;transform:rotate(-30deg);opacity:0.3;margin:300px 0 0 90px", True)
    lab(f, "pass", [], [], "Chromium; clean twin of c01: 样稿 watermark, same drawing")
    f = chromium("c03_mm6_plain", T, P["mm6"], "width:440px")
    lab(f, "block", B, [], "Chromium; control: 秘密★6个月 picture upright, proportional, opaque, between paragraphs")
    f = chromium("c04_jmcq_rot45_op025", T, P["jmcq_a"], "width:560px;transform:rotate(-45deg);opacity:0.25;margin:320px 0 0 60px", True)
    lab(f, "block", B, [], "Chromium; 绝密★长期 alpha PNG watermark rotated 45°, opacity 0.25 (hard, faint and diagonal)")
    w, h = size(P["jm"])
    f = chromium("c05_jm_tall2x_alpha", T, P["jm_a"], "width:400px;height:%dpx;opacity:0.4;margin:260px 0 0 140px" % int(400 * h / w * 2), True)
    lab(f, "block", B, [], "Chromium; 机密★ alone as watermark: alpha PNG stretched 2× taller, opacity 0.4")
    w, h = size(P["jm1"])
    f = chromium("c06_jm1_wide3x", T, P["jm1"], "width:660px;height:%dpx" % int(660 * h / w / 3))
    lab(f, "block", B, [], "Chromium; 机密★1年 opaque picture drawn 3× wider than its aspect (squeezed vertically)")
    f = chromium("c07_logo_wide3x", T, P["logo"], "width:660px;height:%dpx" % int(660 * size(P["logo"])[1] / size(P["logo"])[0] / 3 * 1.6))
    lab(f, "pass", [], [], "Chromium; clean: 某某市人民政府 logo text drawn non-proportionally")
    f = chromium("c08_cg_plain", T, P["cg"], "width:300px")
    lab(f, "pass", [], [], "Chromium; clean control: 草稿 picture upright, opaque")
    # ---- Chromium: ID and mobile
    w, h = size(P["id1"])
    f = chromium("c09_id_plain", T, P["id1"], "width:600px")
    lab(f, "block", ["id_card"], [ID1], "Chromium; control: picture of 姓名/身份证号 upright, opaque")
    f = chromium("c10_id_rot20", T, P["id2"], "width:600px;transform:rotate(20deg)")
    lab(f, "block", ["id_card"], [ID2], "Chromium; ID picture rotated 20° (CSS transform)")
    f = chromium("c11_id_narrow3x", T, P["id3"], "width:260px;height:%dpx" % int(260 * size(P["id3"])[1] / size(P["id3"])[0] * 3))
    lab(f, "block", ["id_card"], [ID3], "Chromium; ID picture squeezed: drawn 3× narrower than its aspect (glyphs tall and thin)")
    f = chromium("c12_mob_rot90", T, P["mob1"], "width:500px;transform:rotate(90deg);margin:150px 0")
    lab(f, "review", ["mobile_phone"], [M1], "Chromium; 姓名/联系电话 picture rotated 90°")
    f = chromium("c13_mob_tall2x", T, P["mob2"], "width:520px;height:%dpx" % int(520 * size(P["mob2"])[1] / size(P["mob2"])[0] * 2))
    lab(f, "review", ["mobile_phone"], [M2], "Chromium; mobile picture stretched 2× taller")
    f = chromium("c14_mob_plain", T, P["mob3"], "width:520px")
    lab(f, "review", ["mobile_phone"], [M3], "Chromium; control: mobile picture upright, opaque")
    f = chromium("c15_hot_rot45_op035", T, P["hot_a"], "width:560px;transform:rotate(-45deg);opacity:0.35;margin:320px 0 0 60px", True)
    lab(f, "pass", [], [], "Chromium; clean: 服务热线：12345 alpha watermark rotated 45°, opacity 0.35")
    f = chromium("c16_id_rot30_op04", T, P["id4"], "width:600px;transform:rotate(-30deg);opacity:0.4")
    lab(f, "block", ["id_card"], [ID4], "Chromium; ID picture rotated 30° AND opacity 0.4")

    # the picture's PIXELS turned (a photo taken askew), drawn upright and plain
    pr = os.path.join(IMG, "id2_pixrot20.png")
    run("convert", P["id2"], "-background", "white", "-rotate", "-20", pr)
    f = chromium("c17_id_pixrot20", T, pr, "width:600px")
    lab(f, "block", ["id_card"], [ID2], "Chromium; added after the first run: ID picture whose pixels are turned 20° (convert -rotate), drawn upright and opaque (c10 turns upright pixels with the CTM instead)")
    # ---- LibreOffice
    T2 = "关于做好年度政府信息公开工作的通知"
    w, h = size(P["jm1"])
    f = lo("l01_jm1_plain", T2, P["jm1"], 8, 8 * h / w)
    lab(f, "block", B, [], "LibreOffice fodt; control: 机密★1年 picture upright, opaque")
    f = lo("l02_jm1_rot30", T2, P["jm1"], 8, 8 * h / w, rotate_deg=30)
    lab(f, "block", B, [], "LibreOffice fodt; 机密★1年 picture, draw:transform rotate 30°")
    w, h = size(P["mm6"])
    f = lo("l03_mm6_alpha_op30_rot45", T2, P["mm6_a"], 12, 12 * h / w, rotate_deg=45, opacity=30, watermark=True)
    lab(f, "block", B, [], "LibreOffice fodt; 秘密★6个月 alpha PNG, draw:image-opacity 30%, rotated 45°, run-through over the text (hard)")
    w, h = size(P["id5"])
    f = lo("l04_id_narrow3x", T2, P["id5"], 5, 5 * h / w * 3)
    lab(f, "block", ["id_card"], [ID5], "LibreOffice fodt; ID picture svg:width 3× narrower than its aspect")
    w, h = size(P["id1"])
    f = lo("l05_id_rot90", T2, P["id1"], 12, 12 * h / w, rotate_deg=90)
    lab(f, "block", ["id_card"], [ID1], "LibreOffice fodt; ID picture rotated 90° (draw:transform)")
    w, h = size(P["id2"])
    f = lo("l06_id_tall2x", T2, P["id2"], 12, 12 * h / w * 2)
    lab(f, "block", ["id_card"], [ID2], "LibreOffice fodt; ID picture 2× taller than its aspect")
    w, h = size(P["mob4"])
    f = lo("l07_mob_rot20", T2, P["mob4"], 12, 12 * h / w, rotate_deg=20)
    lab(f, "review", ["mobile_phone"], [M4], "LibreOffice fodt; mobile picture rotated 20°")
    f = lo("l08_mob_plain", T2, P["mob4"], 12, 12 * h / w)
    lab(f, "review", ["mobile_phone"], [M4], "LibreOffice fodt; control: mobile picture upright")
    w, h = size(P["yg"])
    f = lo("l09_yg_rot45_op30", T2, P["yg_a"], 9, 9 * h / w, rotate_deg=45, opacity=30, watermark=True)
    lab(f, "pass", [], [], "LibreOffice fodt; clean twin of l03: 样稿 alpha watermark, rotated 45°, 30%")
    w, h = size(P["hot"])
    f = lo("l10_hot_plain", T2, P["hot"], 12, 12 * h / w)
    lab(f, "pass", [], [], "LibreOffice fodt; clean: 服务热线：12345 picture upright")
    w, h = size(P["idmask"])
    f = lo("l11_idmask_plain", T2, P["idmask"], 12, 12 * h / w)
    lab(f, "pass", [], [], "LibreOffice fodt; clean: masked ID 110101********4514 picture (masked values are not findings)")
    w, h = size(P["jm"])
    f = lo("l12_jm_wide3x_op35", T2, P["jm_a"], 14, 14 * h / w / 3 * 1.5, opacity=35, watermark=True)
    lab(f, "block", B, [], "LibreOffice fodt; 机密★ alone, alpha, 2× wider than aspect, image-opacity 35%, over text")

    # ---- Ghostscript / qpdf rewrites
    f = gs(os.path.join(OUT, "c10_id_rot20.pdf"), "g01_gs_c10_id_rot20")
    lab(f, "block", ["id_card", "unreadable"], [ID2], "gs pdfwrite of c10 (Chromium ID rotated 20°); gs rewrites Chromium's Type 3 CJK fonts with a ToUnicode that names wrong characters (pdftotext: 政ó服ó), so the page has no usable text layer: the whole page goes to OCR (unreadable.ocr_only, documented) and the ID should still be found")
    f = qpdf(os.path.join(OUT, "l02_jm1_rot30.pdf"), "g02_qpdf_l02_jm1_rot30")
    lab(f, "block", B, [], "qpdf --object-streams=generate of l02 (LibreOffice 机密★1年 rotated 30°)")
    f = gs(os.path.join(OUT, "c15_hot_rot45_op035.pdf"), "g03_gs_c15_hot")
    lab(f, "review", ["unreadable"], [], "gs pdfwrite of c15 (clean hotline watermark); relabelled pass -> review after the first run: gs breaks the ToUnicode of Chromium's Type 3 CJK fonts (pdftotext reads 政ó服ó), so per README the page has no usable text layer and gets unreadable.ocr_only")
    f = gs(os.path.join(OUT, "c05_jm_tall2x_alpha.pdf"), "g05_gs_c05_jm")
    lab(f, "block", B + ["unreadable"], [], "gs pdfwrite of c05 (Chromium 机密★ alpha, 2× tall, opacity 0.4); gs breaks the text layer's ToUnicode, so the page is OCR'd whole (unreadable.ocr_only) and the watermark should still block")

    json.dump(L, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(L), "files")


if __name__ == "__main__":
    main()
