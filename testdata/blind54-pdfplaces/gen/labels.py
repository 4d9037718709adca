#!/usr/bin/python3
"""Writes labels.json and README.md of blind54-pdfplaces (values from common.py)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

DOCS_SILENT = "the docs are silent on this place; labelled as a careful 保密审查员 would (anything in the file is published)"

L = [
    # file, verdict, categories, raw values, note
    ("p01_order_reverse_id.pdf", "block", ["id_card"], [ID_LIN],
     "ReportLab; lines drawn bottom-up and the ID drawn in two pieces, the second half first. Problem: unmasked ID in the page text."),
    ("p02_order_shuffled_clean.pdf", "pass", [], [],
     "Hand-written PDF (non-embedded STSong-Light, UniGB-UCS2-H), lines drawn in shuffled order; clean notice with the 12345 hotline."),
    ("p03_rotate90_marking.pdf", "block", ["classified_marking"], [],
     "ReportLab content drawn turned on a portrait box, /Rotate 90 set by pypdf; a reader sees a landscape page whose first line is 机密★5年. Problem: GB/T 9704 marking."),
    ("p04_rotate270_clean.pdf", "pass", [], [],
     "LibreOffice landscape page, qpdf --rotate=+270 (shown sideways); clean table of project figures."),
    ("p05_textmatrix_rot_mobile.pdf", "review", ["mobile_phone"], [MOB_ZHOU, grp(MOB_ZHOU)],
     "pdfkit; a side label along the left margin drawn with a text matrix turned 90°. Problem: a person's mobile, grouped 3-4-4 after 手机."),
    ("p06_textmatrix_rot_clean.pdf", "pass", [], [],
     "pdf-lib; side label turned 90° (政务公开 第2026-07期 区政府办公室); clean."),
    ("p07_twocol_card.pdf", "block", ["bank_card"], [CARD_WANG],
     "ReportLab platypus, two frames; in the right column a named person's UnionPay card after 卡号 (Luhn-valid). Problem: bank card."),
    ("p08_twocol_clean.pdf", "pass", [], [],
     "Chromium print-to-pdf, CSS column-count:2; statistics prose with amounts, percentages and the 12345 hotline; clean."),
    ("p09_header_internal.pdf", "review", ["sensitive_term"], [],
     "LibreOffice from a flat ODT; the page header of every page reads 内部资料　注意保存 (a label standing alone). Problem: internal-material label (sensitive_term, review per the README's dictionary example)."),
    ("p10_header_footer_clean.pdf", "pass", [], [],
     "Chromium, header and footer repeated on each page by thead/tfoot; footer has the agency landline 0571-87654321 and the site address; clean."),
    ("p11_footer_unc.pdf", "review", ["internal_address"], [],
     "ReportLab footer on both pages, then mutool clean -a (ASCII-hex streams); footer gives the draft's UNC path \\\\oa-fs01\\发文库\\…. Problem: intranet UNC path."),
    ("p12_acro_value_id.pdf", "block", ["id_card"], [ID_HE],
     "ReportLab AcroForm text field whose value (drawn in its appearance) is an unmasked ID. Problem: ID in a form field value."),
    ("p14_acro_default_dv.pdf", "block", ["id_card"], [ID_ZHAO],
     "pikepdf-added text field with an empty /V and an unmasked ID as its default value /DV (a form reset shows it). Problem: ID in a field's default value; the docs name field values but not /DV: " + DOCS_SILENT + "."),
    ("p15_acro_choice_opts.pdf", "review", ["mobile_phone"], [MOB_ZW, MOB_LHM],
     "pdf-lib dropdown whose entries (/Opt) hold two persons' mobiles; the shown value is 请选择. Problem: mobiles in a choice field's entries (README: a choice field's entries are read)."),
    ("p16_acro_never_drawn.pdf", "review", ["internal_address"], [],
     "pikepdf: a text field listed only in /AcroForm /Fields, on no page, zero rectangle, hidden flag; its value holds http://oa.zfb.internal/…. Problem: intranet URL in a field never drawn (" + DOCS_SILENT + ")."),
    ("p17_acro_labels_clean.pdf", "pass", [], [],
     "pdf-lib form: labels 姓名/身份证号码/联系电话 with empty fields and tooltips (/TU) that only describe what to enter; clean twin of p28."),
    ("p18_acro_filled_masked_clean.pdf", "pass", [], [],
     "LibreOffice PDF export of form controls from a flat ODT, values filled with masked data (320102********0427, 139****2046, 林某某); clean (masked values are not findings)."),
    ("p19_freetext_mobile.pdf", "review", ["mobile_phone"], [MOB_CHENG],
     "pdf-lib page; pikepdf adds a FreeText annotation (with appearance) 请联系承办人程晓军 + mobile. Problem: mobile in an annotation."),
    ("p20_freetext_clean.pdf", "pass", [], [],
     "Same as p19 with FreeText 本页内容以正式印发文件为准; the docs name sticky notes as comments, not FreeText, so a harmless visible FreeText passes."),
    ("p21_sticky_note_reviewer.pdf", "review", ["hidden_content"], [],
     "ReportLab page; pikepdf adds a Text (sticky note) annotation with popup: 审核意见：第三段数据未经统计局核实，暂缓发布。——王处. Problem: reviewer's note (hidden_content, a PDF's sticky notes are comments per the README)."),
    ("p22_sticky_note_harmless.pdf", "review", ["hidden_content"], [],
     "Sticky note with harmless text 格式已调整. Per the README every comment, a PDF's sticky notes among them, is hidden_content (review) whatever it says; so review, not pass."),
    ("p23_stamp_ap_text.pdf", "review", ["sensitive_term"], [],
     "Stamp annotation whose appearance stream draws 仅供内部参考 in a red box (no /Contents). Problem: internal-reference label visible only through the annotation's appearance."),
    ("p24_stamp_clean.pdf", "pass", [], [],
     "Stamp annotation whose appearance draws 政务公开; clean twin of p23."),
    ("p25_link_intranet.pdf", "review", ["internal_address"], [],
     "ReportLab linkURL: the visible text 点击下载评查标准 links to http://10.32.8.15:8080/oa/…. Problem: intranet link target."),
    ("p26_link_public_clean.pdf", "pass", [], [],
     "Chromium, then qpdf --linearize; a link to a public www.gov.cn page; clean."),
    ("p27_link_local_host.pdf", "review", ["internal_address"], [],
     "Chromium <a href> to http://gwxt.local/files/…, link text 点击下载附件. Problem: intranet (.local) link target."),
    ("p28_widget_tooltip_id.pdf", "block", ["id_card"], [ID_ZHANG],
     "pikepdf: a text field whose tooltip /TU gives a real-looking 'example' with an unmasked valid ID. Problem: ID in a widget tooltip (the docs say form fields are read but do not name /TU: " + DOCS_SILENT + ")."),
    ("p29_ocg_off_marking.pdf", "block", ["classified_marking"], [],
     "Hand-written PDF; an optional-content group switched OFF by default (/D /OFF) holds 秘密★3年 at the top of the page. Problem: GB/T 9704 marking in a hidden layer (" + DOCS_SILENT + ")."),
    ("p30_ocg_off_clean.pdf", "pass", [], [],
     "Same structure as p29; the OFF layer holds 印刷裁切参考线 第2版; clean."),
    ("p32_attach_txt_id.pdf", "block", ["id_card"], [ID_MA],
     "pikepdf attachment (/EmbeddedFiles) 审核通过名单.txt (UTF-8, tab-separated) with an unmasked ID; then qpdf --object-streams=generate. Problem: ID in an attached text file."),
    ("p33_attach_docx_marking.pdf", "block", ["classified_marking"], [],
     "PyMuPDF embfile_add of a LibreOffice-made .docx whose first line is 机密★10年. Problem: marking inside an attached DOCX."),
    ("p34_attach_csv_mobile.pdf", "review", ["mobile_phone"], [MOB_ZW, MOB_LHM],
     "pdf-lib attach() of a GB18030 CSV 姓名/村（社区）/联系电话 with two persons' mobiles. Problem: mobiles in an attached CSV."),
    ("p35_fileattach_annot_card.pdf", "block", ["bank_card"], [CARD_CHEN],
     "pikepdf FileAttachment annotation (paperclip) holding 发放明细.txt: 户名：陈玉兰, 开户银行, 卡号 + Luhn-valid 62… card. Problem: a person's bank card in an attachment annotation."),
    ("p36_attach_clean.pdf", "pass", [], [],
     "qpdf --add-attachment of a UTF-8 CSV of economic indicators; clean."),
    ("p37_attach_docx_clean.pdf", "pass", [], [],
     "pdf-lib attach() of a clean LibreOffice .docx (防汛物资储备标准); clean."),
    ("p38_incr_removed_id.pdf", "block", ["id_card"], [ID_HE],
     "ReportLab revision 1 shows 申请人何建平，身份证号 + ID; an incremental update appended by hand replaces the page's content stream with a masked version (何某某). The old stream is still in the file (object 8, reachable through the first xref). Problem: ID left in an earlier revision (" + DOCS_SILENT + ")."),
    ("p39_incr_covered_mobile.pdf", "review", ["mobile_phone"], [MOB_XU],
     "ReportLab revision 1; an incremental update appended by hand adds a second content stream that paints a white box over the line with the mobile (the text stays in the page). Problem: a person's mobile covered, not removed."),
    ("p40_incr_clean.pdf", "pass", [], [],
     "Two revisions (incremental update by hand), both clean: figures updated, 2026年3月20日更新 added."),
    ("p42_info_title_marking.pdf", "block", ["classified_marking"], [],
     "ReportLab; the Info /Title is 机密★5年 关于调整城区交通管制方案的请示 while the page body is a harmless notice. Problem: marking in document metadata (a marking with its ★ is one wherever it stands)."),
    ("p43_xmp_desc_mobile.pdf", "review", ["mobile_phone"], [MOB_ZHENG],
     "pikepdf XMP only (Info not updated): dc:description 经办人 郑晓光 + mobile. Problem: mobile in XMP metadata."),
    ("p44_info_author_clean.pdf", "pass", ["metadata"], [],
     "LibreOffice with title, subject, keywords and author 市文明办; metadata is info and does not change the verdict."),
    ("p45_xmp_custom_intranet.pdf", "review", ["internal_address"], [],
     "Hand-written XMP packet with a custom namespace (gw:SourcePath) holding the UNC path \\\\192.168.20.8\\公文\\待审\\…. Problem: intranet address in XMP of a custom namespace."),
    ("p47_outline_clean.pdf", "pass", [], [],
     "Chromium --generate-pdf-document-outline: bookmarks from headings (一、总体要求 …); clean."),
    ("p48_pagelabel_internal.pdf", "review", ["sensitive_term"], [],
     "pikepdf /PageLabels with prefix 内部资料- (pages read 内部资料-1, -2, -3 in a viewer). Problem: internal-material label in page labels."),
    ("p49_pagelabel_clean.pdf", "pass", [], [],
     "pikepdf /PageLabels i, then 1, 2; clean twin of p48."),
    ("p50_js_mobile.pdf", "review", ["mobile_phone"], [MOB_SUN],
     "pikepdf document-level JavaScript (/Names /JavaScript) app.alert with 技术负责人孙浩，手机 + mobile. Problem: mobile in document JavaScript."),
    ("p51_js_clean.pdf", "pass", [], [],
     "OpenAction JavaScript this.print({…}); clean."),
    ("p52_white_text_id.pdf", "block", ["id_card"], [ID_QIAN],
     "ReportLab; a line in white on the white page: 钱雨欣 身份证号 + ID. Problem: unmasked ID in invisible (white) text."),
    ("p53_under_image_mobile.pdf", "review", ["mobile_phone"], [MOB_GAO],
     "ReportLab; 现场联系人：高建军 手机 + mobile drawn, then a gradient picture drawn over it. Problem: a mobile under a picture."),
    ("p54_clipped_card.pdf", "block", ["bank_card"], [CARD_DU],
     "Hand-written content: the line 杜秀兰 银行卡号 + Luhn-valid 622202… card drawn inside a 1×1 pt clipping path. Problem: bank card in clipped-away text."),
    ("p55_tiny_marking.pdf", "block", ["classified_marking"], [],
     "ReportLab; 秘密★1年 at 0.5 pt above the title. Problem: marking at a size under one point."),
    ("p56_offpage_mobile.pdf", "review", ["mobile_phone"], [MOB_LHM],
     "pdfkit; 施工负责人 李红梅 手机 + mobile placed at x = -520, outside the page box. Problem: mobile outside the page."),
    ("p57_tiny_clean.pdf", "pass", [], [],
     "ReportLab; 0.5 pt text 模板版本 3.2 排版校对用; clean."),
    ("p58_white_clean.pdf", "pass", [], [],
     "ReportLab; white keyword line 全民健身 体育活动 政务公开 通知公告; nothing a detector finds and not a note, so pass (the docs do not make white text in a PDF's text page a finding by itself)."),
    ("p59_outlines_id.pdf", "block", ["id_card", "unreadable"], [ID_FENG],
     "Ghostscript -dNoOutputFonts of a ReportLab page: text as filled outlines only, 18 pt 身份证号 + ID (check digit X). README: no text layer → OCR, unreadable.ocr_only/no_text_layer, and what OCR finds stands. Problem: ID visible only as outlines."),
    ("p60_outlines_clean.pdf", "review", ["unreadable"], [],
     "Ghostscript -dNoOutputFonts, clean text as outlines: per the README a page without a text layer is read by OCR and always goes to a person (unreadable), so review."),
    ("p61_scan_ocrlayer_disagree.pdf", "block", ["id_card", "unreadable"], [ID_LU],
     "ReportLab: a PIL-rendered 200 dpi scan showing 卢志刚 身份证号 + ID, under an invisible (Tr 3) OCR layer that says 卢某某 待遇标准按规定执行. README: a picture-covered page whose text shows nothing is read with OCR as well. Problem: the picture shows an ID the text layer hides."),
    ("p62_scan_ocrlayer_clean.pdf", "review", ["unreadable"], [],
     "PIL-written scan PDF of a clean notice + an invisible OCR layer that agrees (pikepdf); a scanned page gets unreadable.ocr_only per the README, so review."),
    ("p63_scan_layer_hides_id.pdf", "block", ["id_card", "unreadable"], [ID_SONG],
     "img2pdf JPEG scan of a clean notice; pikepdf appends an invisible (Tr 3) text line 受检人 宋佳怡 + ID that the picture does not show. Problem: ID in a scan's text layer (the scanned page is also ocr_only)."),
    ("p64_type3_mobile.pdf", "review", ["mobile_phone"], [MOB_TANG],
     "Hand-written PDF; the digits are drawn in a Type 3 font (seven-segment glyph procedures, Adobe glyph names zero…nine, no ToUnicode) after 驾驶员唐振华，手机： in STSong-Light. Problem: a person's mobile (AGL names are trusted per the README)."),
    ("p65_type3_clean.pdf", "pass", [], [],
     "Same Type 3 font for 2026, 8500 and 36 in a clean 工作要点; clean."),
    ("p66_objstm_agency_email_clean.pdf", "pass", ["email"], [],
     "LibreOffice, then qpdf --object-streams=generate; the agency mailbox xxgk@example.gov.cn and 12345; e-mail is info, so pass."),
    ("p67_person_email_info.pdf", "pass", ["email"], [EMAIL_PERSON],
     "mutool create (Helvetica, no widths) English notice with a person's mailbox. The brief calls a person's e-mail a problem, but the README and findings.md list every e-mail address at info, which never changes a verdict: labelled pass by the docs; the address must be masked in output."),
    ("p68_qdf_passport.pdf", "review", ["passport"], [PASSPORT],
     "ReportLab, qpdf --qdf, content stream hand-edited (placeholder replaced by E83920517 in UCS-2 hex), fix-qdf. Problem: passport number after 护照号码."),
    ("p69_outline_plate.pdf", "review", ["license_plate"], [PLATE],
     "pypdf add_outline_item: a bookmark 二、多次违停车辆 浙AD37281 处理情况 (the page text has no plate). Problem: new-energy licence plate in a bookmark."),
    ("p70_gs_redistill_clean.pdf", "pass", [], [],
     "LibreOffice with a header, re-distilled by Ghostscript pdfwrite (pdftotext reads it correctly); clean."),
    ("p71_fileattach_clean.pdf", "pass", [], [],
     "pikepdf FileAttachment annotation (push pin) holding a clean 预算编制说明.txt; clean twin of p35."),
    ("p72_xmp_custom_clean.pdf", "pass", [], [],
     "Hand-written XMP with the same custom namespace as p45, holding 行政审批科/清单/2026 and a 文号; clean."),
    ("p73_rotate90_clean.pdf", "pass", [], [],
     "Same construction as p03 (/Rotate 90 by pypdf), first line 市防汛抗旱指挥部办公室; clean."),
]


def main():
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".pdf"))
    names = [x[0] for x in L]
    missing = set(files) ^ set(names)
    if missing:
        raise SystemExit("labels and files differ: %s" % sorted(missing))
    labels = [{"file": f, "expect_verdict": v, "expect_categories": c, "raw_values": r, "note": n}
              for f, v, c, r, n in L]
    json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
    npass = sum(1 for x in L if x[1] == "pass")
    rows = "\n".join("| %s | %s | %s | %s |" % (f, v, ", ".join(c) or "—", n.replace("|", "\\|")) for f, v, c, r, n in L)
    readme = f"""# blind54-pdfplaces

{len(L)} PDFs on every place a PDF holds text ({npass} must pass, {len(L) - npass} have one problem each):
page text drawn out of reading order, rotated pages (/Rotate 90/270) and rotated text
matrices, two columns, headers and footers, AcroForm values, default values, choice
entries, tooltips and a field never drawn, annotations (FreeText, sticky notes, Stamp
appearances, Link targets, file attachments), optional content switched off, embedded
.txt/.docx/.csv files, incremental updates, Info and XMP metadata (also a custom
namespace), bookmarks, page labels, document JavaScript, text in white, under a picture,
clipped, under a point, off the page, Type 3 fonts, outlines only, and scans whose
invisible OCR layer disagrees with the picture. All names and numbers are invented
(IDs with a valid GB 11643 check digit, Luhn-valid cards, mobiles in current 号段).

| file | verdict | categories | note |
| --- | --- | --- | --- |
{rows}

**How it was made.** `gen/run.sh` rebuilds everything into the folder above `gen/`
(intermediates in /tmp/b54build): `gen/build_py.py` (Debian's python3) writes the
ReportLab files (STSong-Light CID font, platypus frames, AcroForm, link annotations,
white, tiny and covered text), edits structure with pikepdf (fields, annotations with
appearance streams, attachments, XMP, page labels, JavaScript), pypdf (/Rotate, outlines),
PyMuPDF (an attachment), PIL and img2pdf (scans with invisible OCR layers), and a small
hand-written PDF writer for raw objects (shuffled text, optional content, clipping, Type 3
fonts) and incremental updates appended by hand (new objects, an xref section and a
trailer with /Prev); `gen/build_npm.js` uses pdf-lib with fontkit (forms, rotated text,
attachments) and pdfkit (rotated and off-page text) from npm; LibreOffice converts flat
ODT files (header, form controls, metadata, DOCX attachments), Chromium prints HTML (two
columns, thead/tfoot header and footer, links, an outline), Ghostscript re-distils and
draws text as outlines (-dNoOutputFonts), qpdf adds object streams, linearizes, rotates,
attaches and gives the QDF form that was hand-edited and repaired with fix-qdf, and mutool
creates and cleans (-a). Each file was checked with qpdf --check, pdftotext, pdfdetach
-list, pikepdf dumps of fields, annotations, outlines, labels, JavaScript and metadata, and
page renders. `gen/labels.py` writes labels.json and this README from the same values.
Labels follow README.md and docs/ of mishen; where they are silent the note says so and
the label is what a careful 保密审查员 would expect.
"""
    open(os.path.join(OUT, "README.md"), "w").write(readme)
    print("labels:", len(L), "pass:", npass)


if __name__ == "__main__":
    main()
