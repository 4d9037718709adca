# -*- coding: utf-8 -*-
"""Apply the transforms and write the corpus files, labels.json and README.md.

Every corpus file is listed once below with its source (a producer's output
under WORK), its transform and its label.
"""
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

from PIL import Image

T = os.path.join(WORK, "t")
os.makedirs(T, exist_ok=True)
GS = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite"]


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    # qpdf exits 3 for warnings; anything else non-zero is an error
    if r.returncode not in (0, 3):
        raise SystemExit("failed: %s\n%s%s" % (" ".join(cmd), r.stdout, r.stderr))


def transform(src, how, dst):
    s = os.path.join(WORK, src)
    if how == "copy":
        shutil.copyfile(s, dst)
    elif how == "gs":
        run(GS + ["-sOutputFile=" + dst, s])
    elif how == "gs_outlines":
        run(GS + ["-dNoOutputFonts", "-sOutputFile=" + dst, s])
    elif how == "qpdf_objstm":
        run(["qpdf", "--object-streams=generate", s, dst])
    elif how == "qpdf_linearize":
        run(["qpdf", "--linearize", s, dst])
    elif how == "qpdf_qdf":
        run(["qpdf", "--qdf", "--object-streams=disable", s, dst])
    elif how == "qpdf_aes256_owner":
        run(["qpdf", "--encrypt", "", "Own3r-2025", "256", "--print=none", "--extract=n", "--modify=none",
             "--", s, dst])
    elif how == "qpdf_rc4_owner":
        run(["qpdf", "--allow-weak-crypto", "--encrypt", "", "Own3r-2025", "128", "--use-aes=n",
             "--print=none", "--extract=n", "--", s, dst])
    elif how == "qpdf_user_password":
        run(["qpdf", "--encrypt", "Kaifang-2025", "Own3r-2025", "256", "--", s, dst])
    elif how == "mutool_ascii":
        run(["mutool", "clean", "-a", s, dst])
    elif how == "mutool_decompress":
        run(["mutool", "clean", "-d", "-gg", s, dst])
    elif how == "img2pdf":
        run(["img2pdf", "-o", dst, s])
    elif how == "pil_pdf":
        Image.open(s).convert("RGB").save(dst, "PDF", resolution=300.0)
    elif how == "img2pdf_gs":
        mid = os.path.join(T, os.path.basename(dst) + ".mid.pdf")
        run(["img2pdf", "-o", mid, s])
        run(GS + ["-sOutputFile=" + dst, mid])
    else:
        raise SystemExit("unknown transform " + how)


H = [h[2] for h in HONOUREES]
M = [h[3] for h in HONOUREES]
SUBIDS = [s[2] for s in SUBSIDY]
SCANIDS = [s[1] for s in SCAN_ROWS]
ATTIDS = [a[1] for a in ATT_ROWS]

PASS = ("pass", [], [])
# (file, source, transform, verdict, categories, raw values, note)
F = [
    # ---- B01 通知 with a GB/T 9704 版头, 机密★1年 on the marking line
    ("b01_notice_mark_reportlab_stsong.pdf", "rl/notice_mark.pdf", "copy", "block", ["classified_marking"], [],
     "通知 with 版头 (份号, 机密★1年, 特急); ReportLab, STSong-Light not embedded (UniGB-UCS2-H); a level and ★ and period on the first line after a 份号"),
    ("b01_notice_mark_lo_nogongwenfonts.pdf", "lo/notice_mark.pdf", "copy", "block", ["classified_marking"], [],
     "same 通知; python-docx naming 仿宋_GB2312/方正小标宋简体 (not installed) → LibreOffice PDF with substituted fonts"),
    ("b01_notice_mark_chromium.pdf", "ch/notice_mark.pdf", "copy", "block", ["classified_marking"], [],
     "same 通知; HTML → Chromium --print-to-pdf"),
    ("b01_notice_mark_pdfkit.pdf", "pk/notice_mark.pdf", "copy", "block", ["classified_marking"], [],
     "same 通知; npm pdfkit, Noto Sans CJK SC embedded (CFF subset)"),
    ("b01_notice_mark_lo_gs.pdf", "lo/notice_mark.pdf", "gs", "block", ["classified_marking"], [],
     "LibreOffice 通知 re-distilled by ghostscript pdfwrite (text layer intact)"),
    ("b01_notice_mark_pdfkit_gs.pdf", "pk/notice_mark.pdf", "gs", "block", ["classified_marking", "unreadable"], [],
     "pdfkit 通知 re-distilled by gs 10.00: page shows Chinese but the ToUnicode names wrong characters → README: goes to OCR, a page without a usable text layer gets unreadable.ocr_only; OCR reads 机密 + stray glyph + 1年 at the head → classified_marking.ocr"),
    ("b01_notice_mark_chromium_outlines.pdf", "ch/notice_mark.pdf", "gs_outlines", "block", ["classified_marking", "unreadable"], [],
     "Chromium 通知 through gs -dNoOutputFonts: text as filled outlines → unreadable.no_text_layer, OCR reads the level and period at the head of the page"),
    ("b01_notice_mark_lo_objstm.pdf", "lo/notice_mark.pdf", "qpdf_objstm", "block", ["classified_marking"], [],
     "LibreOffice 通知 through qpdf --object-streams=generate"),
    ("b01c_notice_reportlab_ttf.pdf", "rl/notice_clean_ttf.pdf", "copy", *PASS,
     "clean twin: same 通知 without 份号 and 密级 (特急 only, （此件公开发布） at the end); ReportLab with an embedded TTF subset (AR PL SungtiL GB) that has a ToUnicode"),
    ("b01c_notice_lo.pdf", "lo/notice_clean.pdf", "copy", *PASS, "clean twin; LibreOffice without the 公文 fonts"),
    ("b01c_notice_chromium.pdf", "ch/notice_clean.pdf", "copy", *PASS, "clean twin; Chromium"),
    ("b01c_notice_pdfkit_linearized.pdf", "pk/notice_clean.pdf", "qpdf_linearize", *PASS, "clean twin; pdfkit → qpdf --linearize"),
    ("b01c_notice_reportlab_ttf_gs.pdf", "rl/notice_clean_ttf.pdf", "gs", "review", ["unreadable"], [],
     "clean twin re-distilled by gs: the text layer reads ‚ƒ„…†‡ while the page shows Chinese → README: read with OCR, a page without a usable text layer → unreadable.ocr_only (review); nothing else"),

    # ---- B02 公示 table with IDs and mobiles
    ("b02_gs_ids_reportlab.pdf", "rl/gs_ids.pdf", "copy", "block", ["id_card", "mobile_phone"], H + M,
     "见义勇为 公示 table 姓名/性别/身份证号/联系电话; ReportLab Table, STSong-Light not embedded"),
    ("b02_gs_ids_chromium.pdf", "ch/gs_ids.pdf", "copy", "block", ["id_card", "mobile_phone"], H + M,
     "same 公示; Chromium, bordered HTML table"),
    ("b02_gs_ids_lo.pdf", "lo/gs_ids.pdf", "copy", "block", ["id_card", "mobile_phone"], H + M,
     "same 公示; python-docx table → LibreOffice (IDs wrap in their cells)"),
    ("b02_gs_ids_pdfkit.pdf", "pk/gs_ids.pdf", "copy", "block", ["id_card", "mobile_phone"], H + M,
     "same 公示; pdfkit, table drawn with rectangles and text"),
    ("b02_gs_ids_chromium_aes256_owner.pdf", "ch/gs_ids.pdf", "qpdf_aes256_owner", "block", ["id_card", "mobile_phone"], H + M,
     "Chromium 公示, qpdf --encrypt with an EMPTY user password and an owner password (AES-256, printing/copying restricted) → README: read, not unreadable"),
    ("b02_gs_ids_reportlab_rc4_owner.pdf", "rl/gs_ids.pdf", "qpdf_rc4_owner", "block", ["id_card", "mobile_phone"], H + M,
     "ReportLab 公示, qpdf RC4-128 with empty user password and an owner password → read"),
    ("b02_gs_ids_lo_mutool_ascii.pdf", "lo/gs_ids.pdf", "mutool_ascii", "block", ["id_card", "mobile_phone"], H + M,
     "LibreOffice 公示 through mutool clean -a (every stream ASCII-hex encoded)"),
    ("b02_gs_ids_pdfkit_gs.pdf", "pk/gs_ids.pdf", "gs", "block", ["id_card", "mobile_phone", "unreadable"], H + M,
     "pdfkit 公示 re-distilled by gs: ToUnicode names wrong characters → OCR (unreadable.ocr_only) which reads IDs with check digits and mobiles"),
    ("b02_gs_ids_chromium_outlines.pdf", "ch/gs_ids.pdf", "gs_outlines", "block", ["id_card", "mobile_phone", "unreadable"], H + M,
     "Chromium 公示 through gs -dNoOutputFonts: outlines → no_text_layer → OCR reads the IDs and mobiles"),
    ("b02_gs_ids_chromium_userpw.pdf", "ch/gs_ids.pdf", "qpdf_user_password", "review", ["unreadable"], [],
     "Chromium 公示 encrypted WITH a user password (AES-256) → README: a PDF that needs a password to open is unreadable.encrypted (review); its content cannot be read"),
    ("b02m_gs_masked_reportlab.pdf", "rl/gs_masked.pdf", "copy", *PASS,
     "masked twin: IDs 330106********0319, mobiles 138****6093; ReportLab → masked values are not findings"),
    ("b02m_gs_masked_chromium.pdf", "ch/gs_masked.pdf", "copy", *PASS, "masked twin; Chromium"),
    ("b02m_gs_masked_lo.pdf", "lo/gs_masked.pdf", "copy", *PASS, "masked twin; LibreOffice"),
    ("b02m_gs_masked_chromium_aes256_owner.pdf", "ch/gs_masked.pdf", "qpdf_aes256_owner", *PASS,
     "masked twin, owner-password-only AES-256 → read, nothing found"),
    ("b02m_gs_masked_lo_userpw.pdf", "lo/gs_masked.pdf", "qpdf_user_password", "review", ["unreadable"], [],
     "masked twin encrypted with a user password → unreadable.encrypted (fail closed, even though the content is clean)"),

    # ---- B03 会议纪要 with 内部资料 in the page header
    ("b03_minutes_header_lo.pdf", "lo/minutes_header.pdf", "copy", "review", ["sensitive_term"], [],
     "局长办公会议纪要, DOCX page header 内部资料　注意保存 on both pages → LibreOffice; dictionary term, review"),
    ("b03_minutes_header_reportlab.pdf", "rl/minutes_header.pdf", "copy", "review", ["sensitive_term"], [],
     "same 纪要; ReportLab onPage header 内部资料 alone (a label standing alone)"),
    ("b03_minutes_header_chromium.pdf", "ch/minutes_header.pdf", "copy", "review", ["sensitive_term"], [],
     "same 纪要; Chromium, 内部资料　注意保存 atop each page"),
    ("b03_minutes_header_pdflib.pdf", "pl/minutes_header.pdf", "copy", "review", ["sensitive_term"], [],
     "same 纪要; pdf-lib, header 内部资料 stamped last in the content stream"),
    ("b03c_minutes_lo.pdf", "lo/minutes_clean.pdf", "copy", *PASS, "clean twin without a header; LibreOffice"),

    # ---- B04 tender notice, intranet URL only as a link target
    ("b04_tender_link_reportlab.pdf", "rl/tender_intranet.pdf", "copy", "review", ["internal_address"], [],
     "招标公告; visible text 点击此处下载招标文件, link annotation URI http://10.45.8.21:8080/… (private IP) only as target; ReportLab"),
    ("b04_tender_link_chromium.pdf", "ch/tender_intranet.pdf", "copy", "review", ["internal_address"], [],
     "same 招标公告; Chromium <a href=http://zbxt.czj.internal/…> (.internal host)"),
    ("b04_tender_link_lo.pdf", "lo/tender_intranet.pdf", "copy", *PASS,
     "RELABELLED after the first run (was review/internal_address): meant as the DOCX hyperlink to http://ggzy-nw/… → LibreOffice, but LibreOffice 7.4 headless wrote no link annotation (no /Annots, no URI anywhere in the file), so the PDF holds no intranet address and, like the clean twin, must pass"),
    ("b04_tender_link_pdflib.pdf", "pl/tender_intranet.pdf", "copy", "review", ["internal_address"], [],
     "same; pdf-lib Link annotation with URI action http://192.168.10.25/…"),
    ("b04_tender_link_reportlab_qdf.pdf", "rl/tender_intranet.pdf", "qpdf_qdf", "review", ["internal_address"], [],
     "ReportLab 招标公告 through qpdf --qdf (uncompressed, QDF form)"),
    ("b04c_tender_public_chromium.pdf", "ch/tender_public.pdf", "copy", *PASS,
     "clean twin: link to https://www.ccgp.gov.cn/…; 户名 临江市公共资源交易中心 / 开户银行 / 账号 block (an organisation's settlement account), 统一社会信用代码, landlines"),

    # ---- B05 clean annual report quoting the 保密法
    ("b05_annual_reportlab.pdf", "rl/annual.pdf", "copy", *PASS,
     "政府信息公开工作年度报告 quoting 保守国家秘密法 (绝密、机密、秘密三级 inside a sentence, 涉密不上网), 12345 hotline, landline; ReportLab STSong"),
    ("b05_annual_chromium.pdf", "ch/annual.pdf", "copy", *PASS, "same; Chromium"),
    ("b05_annual_lo.pdf", "lo/annual.pdf", "copy", *PASS, "same; LibreOffice"),
    ("b05_annual_pdfkit.pdf", "pk/annual.pdf", "copy", *PASS, "same; pdfkit"),
    ("b05_annual_lo_gs.pdf", "lo/annual.pdf", "gs", *PASS, "same LibreOffice report re-distilled by gs (text layer intact)"),
    ("b05_annual_lo_outlines.pdf", "lo/annual.pdf", "gs_outlines", "review", ["unreadable"], [],
     "clean report through gs -dNoOutputFonts: outlines → no_text_layer → OCR → unreadable.ocr_only (review) and nothing else"),

    # ---- B06 处罚决定
    ("b06_penalty_masked_reportlab.pdf", "rl/penalty_masked.pdf", "copy", *PASS,
     "行政处罚决定书, 当事人 刘某某, 身份证号码 330102********2315, company credit code; ReportLab"),
    ("b06_penalty_masked_pdflib.pdf", "pl/penalty_masked.pdf", "copy", *PASS, "same masked; pdf-lib, embedded TTF subset"),
    ("b06_penalty_ids_chromium.pdf", "ch/penalty_ids.pdf", "copy", "block", ["id_card"], [PENALTY_ID],
     "unmasked twin: 当事人 刘建平, 身份证号码 in full; Chromium"),
    ("b06_penalty_ids_lo_linearized.pdf", "lo/penalty_ids.pdf", "qpdf_linearize", "block", ["id_card"], [PENALTY_ID],
     "unmasked twin; LibreOffice → qpdf --linearize"),

    # ---- B07 ID wrapped inside a narrow table cell
    ("b07_subsidy_narrow_reportlab.pdf", "rl/subsidy_narrow.pdf", "copy", "block", ["id_card"], SUBIDS,
     "残疾人补贴名单, 身份证号 column 58 pt wide: each ID wraps 9+9 inside its ruled cell; ReportLab → README: a number wrapped inside one cell is one number"),
    ("b07_subsidy_narrow_chromium.pdf", "ch/subsidy_narrow.pdf", "copy", "block", ["id_card"], SUBIDS,
     "same list; Chromium, word-break:break-all in a 70 px column (IDs over 2–3 lines)"),
    ("b07_subsidy_narrow_lo.pdf", "lo/subsidy_narrow.pdf", "copy", "block", ["id_card"], SUBIDS,
     "same list; DOCX fixed-layout table 24 mm column → LibreOffice (7+7+4)"),
    ("b07c_subsidy_narrow_masked_chromium.pdf", "ch/subsidy_narrow_masked.pdf", "copy", *PASS,
     "masked twin, masked IDs wrapped in the narrow cell; Chromium"),

    # ---- B08 diagonal watermark 内部资料
    ("b08_brief_wm_text_reportlab.pdf", "rl/brief_wm_text.pdf", "copy", "review", ["sensitive_term"], [],
     "工作简报 with 内部资料 drawn as text rotated 45°, grey, 60 pt (drawn before the body); ReportLab"),
    ("b08_brief_wm_text_pdflib.pdf", "pl/brief_wm.pdf", "copy", "review", ["sensitive_term"], [],
     "same 简报; pdf-lib drawText rotate 40°, opacity 0.6, drawn after the body"),
    ("b08_brief_wm_text_chromium.pdf", "ch/brief_wm.pdf", "copy", "review", ["sensitive_term"], [],
     "same 简报; Chromium, position:fixed div with transform: rotate(-45deg)"),
    ("b08_brief_wm_png_reportlab.pdf", "rl/brief_wm_png.pdf", "copy", "review", ["sensitive_term"], [],
     "same 简报; watermark is a PNG (soft mask) of 内部资料 drawn at 35° with constant alpha 0.3 → README: decoded from its own pixels upright and read with OCR; a picture in a document with text adds no ocr_only"),
    ("b08c_brief_wm_site_reportlab.pdf", "rl/brief_wm_site.pdf", "copy", *PASS,
     "clean twin: diagonal watermark 临江市生态环境局 (the agency's name)"),

    # ---- B09 marking in red at the top, drawn last in the content stream
    ("b09_mark_last_reportlab.pdf", "rl/mark_last.pdf", "copy", "block", ["classified_marking"], [],
     "安全生产大检查 通知: body drawn first, then the red 版头 and 秘密★1年 at the top-left last; ReportLab"),
    ("b09_mark_last_pdflib.pdf", "pl/mark_last.pdf", "copy", "block", ["classified_marking"], [],
     "same; pdf-lib, red 秘密★1年 drawn last"),
    ("b09_mark_last_pdflib_gs.pdf", "pl/mark_last.pdf", "gs", "block", ["classified_marking", "unreadable"], [],
     "pdf-lib file re-distilled by gs: ToUnicode names wrong characters → OCR (ocr_only) reads the level and period at the head in red"),

    # ---- B10 ID in a footer
    ("b10_footer_id_lo.pdf", "lo/footer_id.pdf", "copy", "block", ["id_card"], [FOOTER_ID],
     "人才公寓配租结果公告, DOCX footer 经办人：胡海涛　身份证号：… → LibreOffice"),
    ("b10_footer_id_reportlab.pdf", "rl/footer_id.pdf", "copy", "block", ["id_card"], [FOOTER_ID],
     "same; ReportLab footer drawn in onPage"),
    ("b10_footer_id_chromium.pdf", "ch/footer_id.pdf", "copy", "block", ["id_card"], [FOOTER_ID],
     "same; Chromium position:fixed footer"),

    # ---- B11 form field values
    ("b11_form_id_reportlab.pdf", "rl/form_id.pdf", "copy", "block", ["id_card"], [FORM_ID],
     "公租房申请表: the ID only as an AcroForm text field value (with appearance); ReportLab acroForm"),
    ("b11_form_id_pdflib.pdf", "pl/form_id.pdf", "copy", "block", ["id_card", "mobile_phone"], [FORM_ID, FORM_MOBILE],
     "same form; pdf-lib text fields 身份证号码 and 手机号码 filled (setText, appearances generated)"),
    ("b11_form_id_noappearance_pdflib.pdf", "pl/form_noappear.pdf", "copy", "block", ["id_card", "mobile_phone"], [FORM_ID, FORM_MOBILE],
     "same form; /V set directly, appearance streams left empty (updateFieldAppearances:false) → README: a field's value also when its appearance is empty"),
    ("b11c_form_blank_pdflib.pdf", "pl/form_blank.pdf", "copy", *PASS,
     "clean twin: blank form, empty fields after 身份证号码：/手机号码： labels"),

    # ---- B12 annotation notes
    ("b12_note_reportlab.pdf", "rl/note_plain.pdf", "copy", "review", ["hidden_content"], [],
     "简报 with a /Text sticky note 此表数据尚未核实，请勿对外发布; ReportLab textAnnotation → hidden_content (PDF sticky notes are comments)"),
    ("b12_note_mobile_pdflib.pdf", "pl/note_mobile.pdf", "copy", "review", ["hidden_content", "mobile_phone"], [NOTE_MOBILE],
     "简报 with a pdf-lib sticky note naming a person and 电话 + mobile"),

    # ---- B13 bookmark titles
    ("b13_bookmark_id_reportlab.pdf", "rl/bookmark_id.pdf", "copy", "block", ["id_card"], [BM_ID],
     "科技项目立项公示: body shows the ID masked, but the third bookmark title holds it whole; ReportLab outline"),
    ("b13_bookmark_id_pdflib.pdf", "pl/bookmark_id.pdf", "copy", "block", ["id_card"], [BM_ID],
     "same; pdf-lib hand-built /Outlines"),

    # ---- B14 scans (text only in a picture)
    ("b14_scan_notice_clean_img2pdf.pdf", "img/scan_notice_clean.jpg", "img2pdf", "review", ["unreadable"], [],
     "clean 通知 rendered at 300 dpi (Noto CJK, speckle, 0.4° skew), JPEG → img2pdf; scan → unreadable.ocr_only"),
    ("b14_scan_notice_mark_pil.pdf", "img/scan_notice_mark.jpg", "pil_pdf", "block", ["classified_marking", "unreadable"], [],
     "scanned 通知 with 秘密★1年 atop (black, 16 pt) → PIL's own PDF writer; OCR marking at the head + ocr_only"),
    ("b14_scan_gs_ids_ccitt_img2pdf.pdf", "img/scan_gs_ids.tif", "img2pdf", "block", ["id_card", "unreadable"], SCANIDS,
     "scanned 低保 公示 with 3 full IDs in a ruled table, 1-bit CCITT G4 TIFF → img2pdf"),
    ("b14_scan_gs_ids_png_gs.pdf", "img/scan_gs_ids.png", "img2pdf_gs", "block", ["id_card", "unreadable"], SCANIDS,
     "same scan as grey PNG → img2pdf → gs pdfwrite re-distilled"),
    ("b14_scan_gs_masked_reportlab.pdf", "rl/scan_masked_rl.pdf", "copy", "review", ["unreadable"], [],
     "scanned 公示 with masked IDs placed full-page by ReportLab drawImage → ocr_only only"),

    # ---- B15 attached file
    ("b15_attach_ids_pdflib.pdf", "pl/attach_ids.pdf", "copy", "block", ["id_card"], ATTIDS,
     "医疗救助名单 with masked IDs in the body and an attached CSV (EmbeddedFiles) with the full IDs; pdf-lib attach"),

    # ---- B16–B18 other personal data
    ("b16_plates_chromium.pdf", "ch/plates.pdf", "copy", "review", ["license_plate"], [],
     "交警 清拖 notice, table of 号牌号码 (浙A·3K6N8, new-energy 浙AD52817, 浙A·7B29F); Chromium"),
    ("b17_passports_pdfkit.pdf", "pk/passports.pdf", "copy", "review", ["passport"], [p[2] for p in PASSPORTS],
     "因公出国（境）团组公示 with 护照号码：E63082417 …; pdfkit"),
    ("b18_cards_reportlab.pdf", "rl/cards.pdf", "copy", "block", ["bank_card"], [c[1] for c in CARDS],
     "农机补贴发放名单 with 银行卡号 column of Luhn-valid 62… UnionPay cards; ReportLab"),
]


def main():
    names = set()
    labels = []
    labels_only = "--labels-only" in sys.argv
    for name, src, how, verdict, cats, raw, note in F:
        assert name not in names, name
        names.add(name)
        if not labels_only:
            transform(src, how, os.path.join(OUT, name))
        labels.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                       "raw_values": raw, "note": note})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("assembled %d files" % len(labels))


if __name__ == "__main__":
    main()
