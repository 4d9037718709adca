#!/usr/bin/python3
"""Make the blind8 corpus (issue 8: PDFs and scans read as a person sees them).

Run: /usr/bin/python3 testdata/blind8/gen/gen.py   (needs soffice, chromium, gs, qpdf,
poppler-utils, img2pdf, ImageMagick 6, python3-reportlab, python3-fonttools, fonts-noto-cjk, node with
pdfkit, pdf-lib and @pdf-lib/fontkit installed under /tmp/npmgen).

Every document is written here from scratch; labels.json records what a careful
保密审查员 would decide on each one. Personal data is synthetic (common.py).
"""
import html
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (RNG, new_id, new_mobile, masked_id, masked_mobile, bad_checksum_id, run,  # noqa: E402
                    soffice, chromium_pdf)
import texts as T  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WORK = "/tmp/blind8-work"
NODE_MODULES = "/tmp/npmgen/node_modules"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
YAHEI = "'Microsoft YaHei','Droid Sans Fallback',sans-serif"  # the site's stack; YaHei is absent here

LABELS = []


def label(name, verdict, cats, raw=(), note=""):
    LABELS.append({"file": name, "expect_verdict": verdict, "expect_categories": list(cats),
                   "raw_values": list(raw), "note": note})


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- HTML sources

def gongwen_html(title, paras, marking=None, star_font="SimSun", extra=(), table=None):
    """A 公文-styled HTML page for LibreOffice import: 方正小标宋简体 title, 仿宋_GB2312 body."""
    parts = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % esc(title)]
    if marking:
        level, star, term = marking
        parts.append('<p style="font-family:\'黑体\';font-size:16pt;margin:0">'
                     f'<span style="font-family:\'黑体\'">{esc(level)}</span>'
                     f'<span style="font-family:\'{star_font}\'">{esc(star)}</span>'
                     f'<span style="font-family:\'仿宋_GB2312\'">{esc(term)}</span></p>')
    parts.append('<p align="center" style="font-family:\'方正小标宋简体\';font-size:22pt">%s</p>' % esc(title))
    for p in list(paras) + list(extra):
        parts.append('<p style="font-family:\'仿宋_GB2312\';font-size:16pt;text-indent:2em">%s</p>' % esc(p))
    if table:
        head, rows, widths = table
        parts.append('<table border="1" cellspacing="0" cellpadding="3" style="font-family:\'仿宋_GB2312\';font-size:12pt">')
        parts.append("<tr>" + "".join(f'<th width="{w}">{esc(h)}</th>' for h, w in zip(head, widths)) + "</tr>")
        for r in rows:
            parts.append("<tr>" + "".join(f'<td width="{w}">{esc(c)}</td>' for c, w in zip(r, widths)) + "</tr>")
        parts.append("</table>")
    parts.append('<p style="font-family:\'仿宋_GB2312\';font-size:16pt" align="right">青溪市人民政府办公室<br>2024年5月8日</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def web_html(title, paras, marking=None, table=None, foot="青溪市人民政府门户网站　主办：青溪市人民政府办公室",
             font="'Noto Serif CJK SC','Noto Sans CJK SC',serif"):
    """A government-website style page for Chromium printing (Noto fonts via fontconfig, or a given font stack)."""
    css = ("body{font-family:%s;" % font + "margin:40px 60px;font-size:15pt;line-height:1.8}"
           "h1{text-align:center;font-size:21pt;color:#b00}.mk{font-size:15pt;font-weight:bold}"
           "p{text-indent:2em;margin:4px 0}table{border-collapse:collapse;font-size:12pt;margin:auto}"
           "td,th{border:1px solid #333;padding:3px 8px}.foot{margin-top:30px;font-size:10pt;color:#555;text-indent:0}")
    parts = [f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>'
             f"<style>{css}</style></head><body>"]
    if marking:
        parts.append(f'<div class="mk">{esc(marking)}</div>')
    parts.append(f"<h1>{esc(title)}</h1>")
    for p in paras:
        parts.append(f"<p>{esc(p)}</p>")
    if table:
        head, rows = table
        parts.append("<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>")
        for r in rows:
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        parts.append("</table>")
    parts.append(f'<p class="foot">{esc(foot)}</p></body></html>')
    return "\n".join(parts)


def gongshi_rows(n, masked=True):
    rows = []
    raw = []
    for i in range(n):
        if masked:
            idv = masked_id()
            mob = masked_mobile()
        else:
            idv = new_id()
            mob = new_mobile()
            raw += [idv, mob]
        rows.append([str(i + 1), T.NAMES[i % len(T.NAMES)], RNG.choice(T.TOWNS), idv, mob,
                     str(RNG.randint(1, 4)), str(RNG.choice([620, 680, 740, 800]) * RNG.randint(1, 3))])
    return rows, raw


GS_HEAD = ["序号", "姓名", "所属街道（乡镇）", "身份证号", "联系电话", "保障人口", "月保障金额（元）"]


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def lo_pdf_via_docx(stem, html_text, via="docx"):
    """HTML -> DOCX (or ODT) with LibreOffice Writer, then that file -> PDF, as an office exports it."""
    src = os.path.join(WORK, stem + ".html")
    write(src, html_text)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", via, src, "--outdir", WORK], WORK)
    soffice(["--convert-to", "pdf", os.path.join(WORK, f"{stem}.{via}"), "--outdir", WORK], WORK)
    return os.path.join(WORK, stem + ".pdf")


def chrome(stem, html_text):
    src = os.path.join(WORK, stem + ".html")
    write(src, html_text)
    pdf = os.path.join(WORK, stem + ".pdf")
    chromium_pdf(src, pdf)
    return pdf


def put(src, name):
    shutil.copyfile(src, os.path.join(OUT, name))


def body(key):
    return T.NOTICES[key]


# ---------------------------------------------------------------- producers

def make_libreoffice():
    t, p = body("fangxun")
    pdf = lo_pdf_via_docx("lo_miji", gongwen_html(t, p, marking=("秘密", "★", "6个月")))
    put(pdf, "b8_lo_miji_6geyue.pdf")
    label("b8_lo_miji_6geyue.pdf", "block", ["classified_marking"],
          note="LibreOffice DOCX->PDF, 公文 fonts missing; 秘密★6个月 at the head, ★ in another font")

    t, p = body("anquan")
    pdf = lo_pdf_via_docx("lo_jimi_fw", gongwen_html(t, p, marking=("机　密", "★", "１０年"), star_font="Wingdings"))
    put(pdf, "b8_lo_jimi_fullwidth.pdf")
    label("b8_lo_jimi_fullwidth.pdf", "block", ["classified_marking"],
          note="LibreOffice DOCX->PDF, 机　密★１０年 (ideographic space, full-width digits), missing fonts")

    t, p = body("renju")
    idv = new_id()
    extra = [f"附：联络员李国强，身份证号{idv}，负责材料报送。"]
    pdf = lo_pdf_via_docx("lo_juemi_odt", gongwen_html(t, p, marking=("绝密", "★", "长期"), extra=extra), via="odt")
    put(pdf, "b8_lo_odt_juemi_id.pdf")
    label("b8_lo_odt_juemi_id.pdf", "block", ["classified_marking", "id_card"], [idv],
          note="LibreOffice ODT->PDF with 绝密★长期 head and an unmasked ID in the body")

    t, p = body("gongnuan")
    pdf = lo_pdf_via_docx("lo_clean_gongnuan", gongwen_html(t, p))
    put(pdf, "b8_lo_clean_gongnuan.pdf")
    label("b8_lo_clean_gongnuan.pdf", "pass", [], note="clean 实施意见, 公文 fonts missing, 12345 hotline and agency landline")

    t, p = body("baomi_xuanchuan")
    pdf = lo_pdf_via_docx("lo_clean_baomi", gongwen_html(t, p))
    put(pdf, "b8_lo_clean_baomi_xuanchuan.pdf")
    label("b8_lo_clean_baomi_xuanchuan.pdf", "pass", [],
          note="保密宣传月 notice quoting 保守国家秘密法 and 上网不涉密，涉密不上网: prose about secrecy")

    rows, _ = gongshi_rows(8)
    pdf = lo_pdf_via_docx("lo_clean_gongshi", gongwen_html(T.GONGSHI_TITLE, [T.GONGSHI_INTRO],
                                                           table=(GS_HEAD, rows, [30, 50, 80, 150, 90, 40, 60])))
    put(pdf, "b8_lo_clean_gongshi.pdf")
    label("b8_lo_clean_gongshi.pdf", "pass", [], note="低保公示 table with masked IDs and masked mobiles")


def make_chromium():
    t, p = body("renju")
    pdf = chrome("cr_jimi", web_html(t, p, marking="机密★长期"))
    put(pdf, "b8_cr_jimi_changqi.pdf")
    label("b8_cr_jimi_changqi.pdf", "block", ["classified_marking"],
          note="Chromium print of a notice headed 机密★长期 (长/见/民 may come out as radicals)")

    idv, mob = new_id(), new_mobile()
    t, p = T.XINFANG
    p = p[:1] + [f"身份证号：{idv}　联系电话：{mob}"] + p[1:]
    pdf = chrome("cr_xinfang", web_html(t, p, font=YAHEI))
    put(pdf, "b8_cr_xinfang_id_mobile.pdf")
    label("b8_cr_xinfang_id_mobile.pdf", "block", ["id_card", "mobile_phone"], [idv, mob],
          note="Chromium print of a 信访 answer with the petitioner's ID and mobile")

    t, p = body("gongnuan")
    pdf = chrome("cr_clean_gongnuan", web_html(t, p))
    put(pdf, "b8_cr_clean_gongnuan.pdf")
    label("b8_cr_clean_gongnuan.pdf", "pass", [], note="Chromium print: 民生/长期/见 words, hotline, landline")

    rows, _ = gongshi_rows(10)
    pdf = chrome("cr_clean_gongshi", web_html(T.GONGSHI_TITLE, [T.GONGSHI_INTRO], table=(GS_HEAD, rows)))
    put(pdf, "b8_cr_clean_gongshi.pdf")
    label("b8_cr_clean_gongshi.pdf", "pass", [], note="Chromium print of a 公示 table with masked IDs/mobiles")

    t, p = body("shangye")
    pdf = chrome("cr_clean_shangye", web_html(t, p, font=YAHEI))
    put(pdf, "b8_cr_clean_shangye.pdf")
    label("b8_cr_clean_shangye.pdf", "pass", [], note="商业秘密 explainer (prose about secrets, not a marking)")

    t, p = body("zhaosheng")
    mob = new_mobile()
    p = p + [f"各校招生咨询联系人：教育局基教科吴老师，手机{mob[:3]} {mob[3:7]} {mob[7:]}。"]
    pdf = chrome("cr_zhaosheng_mobile", web_html(t, p, font=YAHEI))
    put(pdf, "b8_cr_zhaosheng_mobile.pdf")
    label("b8_cr_zhaosheng_mobile.pdf", "review", ["mobile_phone"], [mob],
          note="Chromium print: a staff member's personal mobile, grouped 3-4-4")


def make_reportlab():
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    from fontTools.ttLib import TTFont as FTFont
    pdfmetrics.registerFont(TTFont("Droid", DROID))  # TrueType, embedded as a subset
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    droid_cmap = set(FTFont(DROID).getBestCmap())

    def draw(c, x, y, text, size):
        """Draw text as an office program does font fallback: CJK in Droid, digits/Latin/★ in DejaVu."""
        runs = []
        for ch in text:
            f = "Droid" if ord(ch) in droid_cmap else "DejaVu"
            if runs and runs[-1][0] == f:
                runs[-1][1] += ch
            else:
                runs.append([f, ch])
        for f, t in runs:
            c.setFont(f, size)
            c.drawString(x, y, t)
            x += pdfmetrics.stringWidth(t, f, size)
        return x

    def width(text, size):
        return sum(pdfmetrics.stringWidth(ch, "Droid" if ord(ch) in droid_cmap else "DejaVu", size) for ch in text)

    def page(c, title, paras, marking=None, y0=780):
        if marking:
            draw(c, 70, y0, marking, 15)
            y0 -= 40
        draw(c, 297 - width(title, 19) / 2, y0, title, 19)
        y = y0 - 40
        for para in paras:
            line = "　　" + para
            while line:
                draw(c, 70, y, line[:36], 12)
                line = line[36:]
                y -= 20
        return y

    mob = new_mobile()
    t, p = body("yibao")
    c = canvas.Canvas(os.path.join(OUT, "b8_rl_miji_mobile.pdf"), pagesize=A4)
    page(c, t, p + [f"本通知经办人：赵敏，手机{mob}。"], marking="秘密★1年")
    c.save()
    label("b8_rl_miji_mobile.pdf", "block", ["classified_marking", "mobile_phone"], [mob],
          note="ReportLab, embedded TrueType subsets (Droid CJK + DejaVu for digits and ★); 秘密★1年 and a staff mobile")

    t, p = body("xiaofang")
    c = canvas.Canvas(os.path.join(OUT, "b8_rl_clean_xiaofang.pdf"), pagesize=A4)
    page(c, t, p)
    c.save()
    label("b8_rl_clean_xiaofang.pdf", "pass", [], note="ReportLab clean notice with 119/96119 numbers")

    idv = new_id()
    t, p = body("shipin")
    c = canvas.Canvas(os.path.join(OUT, "b8_rl_note_id.pdf"), pagesize=A4)
    page(c, t, p)
    c.textAnnotation(f"复核意见：不合格样品来源于投诉人孙丽（身份证号{idv}）提供，请联系核实。",
                     Rect=(450, 700, 480, 730), relative=0)
    c.save()
    label("b8_rl_note_id.pdf", "block", ["id_card"], [idv],
          note="clean page text; a sticky note (/Text annotation /Contents) carries an unmasked ID")

    idv = new_id()
    c = canvas.Canvas(os.path.join(OUT, "b8_rl_form_id.pdf"), pagesize=A4)
    y = page(c, "青溪市政府信息公开申请表", ["申请人填写下列信息后提交，本机关将在20个工作日内答复。"])
    draw(c, 70, y - 20, "申请人姓名：孙丽", 12)
    draw(c, 70, y - 50, "身份证号：", 12)
    c.acroForm.textfield(name="sfzh", value=idv, x=160, y=y - 56, width=200, height=18, fontName="Helvetica")
    c.save()
    label("b8_rl_form_id.pdf", "block", ["id_card"], [idv],
          note="a filled AcroForm: the ID is only a form-field value (/V)")

    rows, _ = gongshi_rows(6)
    c = canvas.Canvas(os.path.join(OUT, "b8_rl_clean_gongshi.pdf"), pagesize=A4)
    y = page(c, "2024年度青溪市见义勇为人员拟表彰名单公示", ["经评审，拟对以下人员予以表彰，公示期5个工作日，电话0571-86035519。"])
    for r in [GS_HEAD[:5]] + [x[:5] for x in rows]:
        xs = [60, 95, 150, 260, 420]
        for xx, cell in zip(xs, r):
            draw(c, xx, y - 10, cell, 10)
        y -= 18
    c.save()
    label("b8_rl_clean_gongshi.pdf", "pass", [], note="ReportLab 公示 with masked IDs/mobiles laid out as columns")


def make_node():
    ids = {"pl_id": new_id(), "pk_id": new_id()}
    spec = {
        "droid": DROID,
        "noto_sans": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "noto_serif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "docs": [
            {"out": "b8_pk_jimi.pdf", "lib": "pdfkit", "font": "serif", "marking": "机密★5年",
             "title": body("laojiu")[0], "paras": body("laojiu")[1]},
            {"out": "b8_pk_clean_shangye.pdf", "lib": "pdfkit", "font": "sans",
             "title": body("shangye")[0], "paras": body("shangye")[1]},
            {"out": "b8_pk_clean_zhaosheng.pdf", "lib": "pdfkit", "font": "serif",
             "title": body("zhaosheng")[0], "paras": body("zhaosheng")[1]},
            {"out": "b8_pl_chufa_id.pdf", "lib": "pdflib",
             "title": T.CHUFA[0], "paras": T.CHUFA[1][:2] + [f"经营者：周海涛，公民身份号码{ids['pl_id']}"] + T.CHUFA[1][2:]},
            {"out": "b8_pl_clean_chufa.pdf", "lib": "pdflib",
             "title": T.CHUFA[0], "paras": T.CHUFA[1][:2] + ["经营者：周某某，公民身份号码" + masked_id()] + T.CHUFA[1][2:]},
            {"out": "b8_pl_freetext_url.pdf", "lib": "pdflib",
             "title": body("anquan")[0], "paras": body("anquan")[1],
             "freetext": "原始检查台账见 http://10.32.18.7/aqsc/taizhang/2024 （内网）"},
            {"out": "b8_pl_clean_yibao.pdf", "lib": "pdflib",
             "title": body("yibao")[0], "paras": body("yibao")[1]},
        ],
    }
    # pdf-lib's own subsetter breaks CFF fonts, so the Noto Serif CJK SC face is subset here with
    # fontTools (as a producer would) and embedded as it is.
    from fontTools import subset
    chars = set()
    for d in spec["docs"]:
        if d["lib"] == "pdflib":
            chars.update(d["title"] + "".join(d["paras"]) + "\u3000")
    opts = subset.Options()
    opts.font_number = 2  # NotoSerifCJKsc-Regular in the collection
    font = subset.load_font(NOTO_SERIF, opts)
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    spec["pl_font"] = os.path.join(WORK, "NotoSerifCJKsc-subset.otf")
    subset.save_font(font, spec["pl_font"], opts)
    write(os.path.join(WORK, "spec.json"), json.dumps(spec, ensure_ascii=False))
    env = dict(os.environ, NODE_PATH=NODE_MODULES)
    run(["node", os.path.join(HERE, "pdfs.js"), os.path.join(WORK, "spec.json"), OUT], env=env)
    label("b8_pk_jimi.pdf", "block", ["classified_marking"], note="npm pdfkit, Noto Serif CJK subset, 机密★5年 head")
    label("b8_pk_clean_shangye.pdf", "pass", [], note="npm pdfkit, Noto Sans CJK subset, 商业秘密 guide")
    label("b8_pk_clean_zhaosheng.pdf", "pass", [], note="npm pdfkit clean 招生 notice with agency landline")
    label("b8_pl_chufa_id.pdf", "block", ["id_card"], [ids["pl_id"]], note="npm pdf-lib 处罚决定书 with an unmasked ID")
    label("b8_pl_clean_chufa.pdf", "pass", [], note="npm pdf-lib 处罚决定书, ID masked, person as 周某某")
    label("b8_pl_freetext_url.pdf", "review", ["internal_address"],
          note="npm pdf-lib: a FreeText annotation holds an intranet URL 10.x.x.x")
    label("b8_pl_clean_yibao.pdf", "pass", [], note="npm pdf-lib clean 医保 notice with 12393")


def make_ghostscript():
    t, p = body("xiaofang")
    src = lo_pdf_via_docx("gs_src_miji", gongwen_html(t, p, marking=("秘密", "★", "2年")))
    run(["ps2pdf", src, os.path.join(OUT, "b8_gs_ps2pdf_miji.pdf")])
    label("b8_gs_ps2pdf_miji.pdf", "block", ["classified_marking"], note="LibreOffice PDF rewritten by ps2pdf; 秘密★2年")
    ps = os.path.join(WORK, "gs_src_miji.ps")
    run(["pdftops", src, ps])
    run(["ps2pdf", ps, os.path.join(OUT, "b8_gs_pdftops_ps2pdf_miji.pdf")])
    label("b8_gs_pdftops_ps2pdf_miji.pdf", "block", ["classified_marking"],
          note="printed to PostScript (pdftops) and distilled with ps2pdf: the CJK font loses its ToUnicode, "
               "so the text layer is not the text; a person sees 秘密★2年. Must not pass")

    t, p = body("gongnuan")
    src = chrome("gs_src_clean", web_html(t, p, font=YAHEI))
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-o", os.path.join(OUT, "b8_gs_pdfwrite_clean.pdf"), src], stdout=subprocess.DEVNULL)
    label("b8_gs_pdfwrite_clean.pdf", "pass", [], note="Chromium PDF rewritten by gs pdfwrite, clean")

    t, p = body("yibao")
    src = lo_pdf_via_docx("gs_src_outline", gongwen_html(t, p, marking=("机密", "★", "3年")))
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dNoOutputFonts", "-sDEVICE=pdfwrite",
         "-o", os.path.join(OUT, "b8_gs_outline_jimi.pdf"), src], stdout=subprocess.DEVNULL)
    label("b8_gs_outline_jimi.pdf", "block", ["classified_marking"],
          note="text as vector outlines (gs -dNoOutputFonts): no text layer; a person sees 机密★3年. "
               "Must not pass: review/unreadable is the fail-closed minimum, block if OCR reads the marking")

    idv = new_id()
    t, p = T.XINFANG
    src = chrome("gs_src_outline_id", web_html(t, p[:1] + [f"身份证号：{idv}"] + p[1:], font=YAHEI))
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dNoOutputFonts", "-sDEVICE=pdfwrite",
         "-o", os.path.join(OUT, "b8_gs_outline_id.pdf"), src], stdout=subprocess.DEVNULL)
    label("b8_gs_outline_id.pdf", "block", ["id_card"], [idv],
          note="Chromium page turned into outlines; an ID a person can read. Must not pass")


def make_qpdf():
    t, p = body("shipin")
    miji = lo_pdf_via_docx("q_miji", gongwen_html(t, p, marking=("秘密", "★", "1年")))
    idv = new_id()
    t2, p2 = T.XINFANG
    idpdf = chrome("q_id", web_html(t2, p2[:1] + [f"公民身份号码：{idv}"] + p2[1:], font=YAHEI))
    mob = new_mobile()
    t3, p3 = body("zhaosheng")
    mobpdf = chrome("q_mob", web_html(t3, p3 + [f"报名系统技术支持：钱工，{mob}"], font=YAHEI))
    t4, p4 = body("laojiu")
    clean = chrome("q_clean", web_html(t4, p4, font=YAHEI))
    t5, p5 = body("fangxun")
    clean2 = lo_pdf_via_docx("q_clean2", gongwen_html(t5, p5))

    def q(args, src, name):
        run(["qpdf"] + args + [src, os.path.join(OUT, name)])

    q(["--object-streams=generate"], miji, "b8_qpdf_objstm_miji.pdf")
    label("b8_qpdf_objstm_miji.pdf", "block", ["classified_marking"], note="qpdf --object-streams=generate; 秘密★1年")
    q(["--linearize"], idpdf, "b8_qpdf_linear_id.pdf")
    label("b8_qpdf_linear_id.pdf", "block", ["id_card"], [idv], note="qpdf --linearize of a Chromium PDF with an ID")
    q(["--allow-weak-crypto", "--encrypt", "", "owner-pw-40", "40", "--"], miji, "b8_qpdf_rc4_40_miji.pdf")
    label("b8_qpdf_rc4_40_miji.pdf", "block", ["classified_marking"],
          note="RC4-40 (R=2), empty user password: any viewer opens it; 秘密★1年")
    q(["--allow-weak-crypto", "--encrypt", "", "owner-pw-128", "128", "--use-aes=n", "--"], idpdf, "b8_qpdf_rc4_128_id.pdf")
    label("b8_qpdf_rc4_128_id.pdf", "block", ["id_card"], [idv], note="RC4-128, owner password only; ID inside")
    q(["--encrypt", "", "owner-pw-aes", "128", "--use-aes=y", "--"], mobpdf, "b8_qpdf_aes128_mobile.pdf")
    label("b8_qpdf_aes128_mobile.pdf", "review", ["mobile_phone"], [mob], note="AES-128, owner password only; a mobile")
    q(["--encrypt", "", "owner-pw-256", "256", "--"], miji, "b8_qpdf_aes256_miji.pdf")
    label("b8_qpdf_aes256_miji.pdf", "block", ["classified_marking"], note="AES-256 (R=6), owner password only; 秘密★1年")
    q(["--encrypt", "", "owner-pw-256", "256", "--print=none", "--extract=n", "--"], clean, "b8_qpdf_aes256_clean.pdf")
    label("b8_qpdf_aes256_clean.pdf", "pass", [], note="AES-256 owner-only, printing/copy restricted, clean: must be read and pass")
    q(["--allow-weak-crypto", "--encrypt", "", "owner-pw-40", "40", "--"], clean2, "b8_qpdf_rc4_40_clean.pdf")
    label("b8_qpdf_rc4_40_clean.pdf", "pass", [], note="RC4-40 owner-only, clean LibreOffice notice")
    q(["--linearize"], clean, "b8_qpdf_linear_clean.pdf")
    label("b8_qpdf_linear_clean.pdf", "pass", [], note="linearised clean Chromium PDF")
    q(["--object-streams=generate"], clean2, "b8_qpdf_objstm_clean.pdf")
    label("b8_qpdf_objstm_clean.pdf", "pass", [], note="object streams, clean LibreOffice notice")
    q(["--encrypt", "user-pw-9527", "owner-pw", "256", "--"], clean, "b8_qpdf_userpw.pdf")
    label("b8_qpdf_userpw.pdf", "review", ["unreadable"], note="needs a user password: cannot be read, must not pass")


def pil_pdf(img, pdf, dpi):
    """Wrap a scanned page image into a PDF with Pillow (Debian's ImageMagick policy refuses to write PDF)."""
    from PIL import Image
    Image.open(img).save(pdf, "PDF", resolution=dpi)


def make_scans():
    menv = dict(os.environ)
    im = "/usr/bin/convert-im6.q16"

    def render(pdf, stem, dpi, fmt, extra=()):
        run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", f"-{fmt}"] + list(extra)
            + [pdf, os.path.join(WORK, stem)])
        return os.path.join(WORK, stem + "." + {"png": "png", "jpeg": "jpg", "tiff": "tif"}[fmt])

    # 300 dpi bilevel scan, back to PDF with img2pdf
    idv = new_id()
    t, p = body("anquan")
    src = lo_pdf_via_docx("s_jimi_id", gongwen_html(t, p, marking=("机密", "★", "5年"),
                                                    extra=[f"督查组组长：韩志刚，身份证号{idv}。"]))
    png = render(src, "s_jimi_id", 300, "png", ["-mono"])
    run(["img2pdf", "-o", os.path.join(OUT, "b8_scan300_jimi_id.pdf"), png])
    label("b8_scan300_jimi_id.pdf", "block", ["classified_marking", "id_card"], [idv],
          note="300 dpi bilevel scan (pdftoppm+img2pdf): 机密★5年 at the head and an ID in the body")

    # 150 dpi grey, slightly skewed and noisy, JPEG, ImageMagick to PDF
    t, p = body("laojiu")
    src = lo_pdf_via_docx("s_miji", gongwen_html(t, p, marking=("秘密", "★", "3年")))
    png = render(src, "s_miji", 150, "png", ["-gray"])
    jpg = os.path.join(WORK, "s_miji_skew.jpg")
    run([im, png, "-background", "white", "-rotate", "0.6", "+noise", "Gaussian", "-attenuate", "0.2",
         "-quality", "55", jpg], env=menv)
    pil_pdf(jpg, os.path.join(OUT, "b8_scan150_miji_im.pdf"), 150)
    label("b8_scan150_miji_im.pdf", "block", ["classified_marking"],
          note="150 dpi grey JPEG scan, skewed 0.6°, ImageMagick-processed, Pillow to PDF: 秘密★3年")

    idv, mob = new_id(), new_mobile()
    t, p = T.XINFANG
    src = chrome("s_xinfang", web_html(t, p[:1] + [f"身份证号：{idv}", f"联系电话：{mob}"] + p[1:], font=YAHEI))
    jpg = render(src, "s_xinfang", 150, "jpeg", ["-gray", "-jpegopt", "quality=60"])
    run(["img2pdf", "-o", os.path.join(OUT, "b8_scan150_xinfang.pdf"), jpg])
    label("b8_scan150_xinfang.pdf", "block", ["id_card", "mobile_phone"], [idv, mob],
          note="150 dpi grey JPEG scan of a 信访 answer with ID and mobile")

    t, p = body("fangxun")
    src = lo_pdf_via_docx("s_clean1", gongwen_html(t, p))
    png = render(src, "s_clean1", 300, "png", ["-mono"])
    run(["img2pdf", "-o", os.path.join(OUT, "b8_scan300_clean.pdf"), png])
    label("b8_scan300_clean.pdf", "pass", [], note="clean scanned notice (300 dpi bilevel)")

    t, p = body("yibao")
    src = chrome("s_clean2", web_html(t, p, font=YAHEI))
    png = render(src, "s_clean2", 150, "png", ["-gray"])
    jpg = os.path.join(WORK, "s_clean2.jpg")
    run([im, png, "-rotate", "-0.4", "-quality", "55", jpg], env=menv)
    pil_pdf(jpg, os.path.join(OUT, "b8_scan150_clean_im.pdf"), 150)
    label("b8_scan150_clean_im.pdf", "pass", [], note="clean 医保 notice, 150 dpi grey scan, ImageMagick + Pillow")

    # bare images
    t, p = body("renju")
    src = lo_pdf_via_docx("i_jimi", gongwen_html(t, p, marking=("机密", "★", "5年")))
    png = render(src, "i_jimi", 200, "png", ["-gray"])
    run([im, png, "-colors", "16", os.path.join(OUT, "b8_img_jimi.png")], env=menv)
    label("b8_img_jimi.png", "block", ["classified_marking"], note="PNG photo-copy of a notice headed 机密★5年")

    idv = new_id()
    t, p = T.CHUFA
    src = chrome("i_id", web_html(t, p[:2] + [f"经营者：郑丽华，身份证号码{idv}"] + p[2:], font=YAHEI))
    jpg = render(src, "i_id", 150, "jpeg", ["-gray", "-jpegopt", "quality=60"])
    put(jpg, "b8_img_chufa_id.jpg")
    label("b8_img_chufa_id.jpg", "block", ["id_card"], [idv], note="JPEG of a 处罚决定书 with an unmasked ID")

    mob = new_mobile()
    t, p = body("xiaofang")
    src = chrome("i_mob", web_html(t, p + [f"活动联系人：消防站教导员孔德明，手机{mob}。"], font=YAHEI))
    tif = render(src, "i_mob", 150, "tiff", ["-mono"])
    run([im, tif, "-compress", "Group4", os.path.join(OUT, "b8_img_xiaofang_mobile.tif")], env=menv)
    label("b8_img_xiaofang_mobile.tif", "review", ["mobile_phone"], [mob], note="G4 TIFF scan with a personal mobile")

    t, p = body("gongnuan")
    src = lo_pdf_via_docx("i_clean", gongwen_html(t, p))
    png = render(src, "i_clean", 150, "png", ["-gray"])
    run([im, png, "-colors", "16", os.path.join(OUT, "b8_img_clean_gongnuan.png")], env=menv)
    label("b8_img_clean_gongnuan.png", "pass", [], note="clean PNG notice")

    rows, _ = gongshi_rows(8)
    src = chrome("i_clean_gs", web_html(T.GONGSHI_TITLE, [T.GONGSHI_INTRO], table=(GS_HEAD, rows), font=YAHEI))
    jpg = render(src, "i_clean_gs", 150, "jpeg", ["-gray", "-jpegopt", "quality=60"])
    put(jpg, "b8_img_clean_gongshi.jpg")
    label("b8_img_clean_gongshi.jpg", "pass", [], note="JPEG of a 公示 list with masked IDs/mobiles")


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    for f in os.listdir(OUT):
        if f.startswith("b8_"):
            os.remove(os.path.join(OUT, f))
    make_libreoffice()
    make_chromium()
    make_reportlab()
    make_node()
    make_ghostscript()
    make_qpdf()
    make_scans()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LABELS)} files")


if __name__ == "__main__":
    main()
