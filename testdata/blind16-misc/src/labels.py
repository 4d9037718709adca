"""Writes ../labels.json. Labels were fixed before mishen was first run on the corpus."""
import json
import os
import sys

import values as v

FW = v.ID_E.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
SP = "%s %s %s" % (v.ID_F[:6], v.ID_F[6:14], v.ID_F[14:])
DASH = "-".join(v.CARD_A[i:i + 4] for i in range(0, len(v.CARD_A), 4))
LO = "LibreOffice (soffice --convert-to from flat ODF in src/odf.py)"

L = [
    # ODF text
    ("odt_body_marking.odt", "block", ["classified_marking"], [], LO + ": 机密★1年 is the first body paragraph, alone on its line"),
    ("odt_header_marking.odt", "block", ["classified_marking"], [], LO + ": 秘密★5年 only in the page header (master page style:header); body clean"),
    ("odt_footer_mobile.odt", "review", ["mobile_phone"], [v.MOB_A], LO + ": personal mobile of the 经办人 only in the page footer"),
    ("odt_table_id.odt", "block", ["id_card"], [v.ID_C], LO + ": ID in a table cell under 身份证号; the second row is masked"),
    ("odt_annotation_card.odt", "block", ["bank_card", "hidden_content"], [v.CARD_A], LO + ": Luhn-valid UnionPay card after 银行卡号 inside an office:annotation (comment)"),
    ("odt_hidden_paragraph.odt", "block", ["id_card", "hidden_content"], [v.ID_D], LO + ": whole paragraph hidden by its paragraph style (text:display=none) holds an ID"),
    ("odt_hidden_section.odt", "block", ["id_card", "mobile_phone", "hidden_content"], [v.ID_E, v.MOB_B], LO + ": text:section display=none holds an ID and a mobile"),
    ("odt_hidden_text.odt", "review", ["sensitive_term", "hidden_content"], [], LO + ": hidden span (character style display=none) says 参会人员名单仅供内部参考，此件不公开"),
    ("odt_tracked_deletion.odt", "block", ["id_card", "hidden_content"], [v.ID_F], LO + ": tracked deletion (text:tracked-changes) holds 身份证号 + ID"),
    ("odt_frame_textbox.odt", "review", ["sensitive_term"], [], LO + ": 内部资料　注意保存 alone in a draw:frame text box above the title"),
    ("odt_footnote_card.odt", "block", ["bank_card"], [v.CARD_B], LO + ": footnote body: 中国农业银行账号 + Luhn-valid 6217… card"),
    ("odt_meta_unc.odt", "review", ["internal_address"], [], LO + ": meta.xml dc:description holds a UNC path \\\\10.20.30.40\\…; body clean"),
    ("odt_meta_clean.odt", "pass", [], [], LO + ": clean notice; meta.xml has title/creator/keyword only (metadata is info)"),
    ("odt_clean_secrecy_notice.odt", "pass", [], [], LO + ": clean: quotes 保守国家秘密法, defines 秘密 in prose, landline 0571-87654321, hotline 12345, amount"),
    ("odt_clean_uscc.odt", "pass", [], [], LO + ": clean 中标公告 with a valid 统一社会信用代码, amount, date, landline"),
    # ODF spreadsheets
    ("ods_hidden_sheet.ods", "block", ["id_card", "mobile_phone", "hidden_content"], [v.ID_G, v.ID_H, v.MOB_C, v.MOB_D], LO + ": second sheet 原始数据 hidden (table:display=false) holds IDs and mobiles; visible sheet clean"),
    ("ods_hidden_row.ods", "review", ["mobile_phone", "hidden_content"], ["13957188888"], LO + ": one collapsed row (table:visibility=collapse) holds a mobile; other rows landlines"),
    ("ods_cell_annotation.ods", "block", ["bank_card", "hidden_content"], [v.CARD_C], LO + ": cell annotation (comment) 收款卡号 + 16-digit Luhn-valid 6228… card"),
    ("ods_clean_table.ods", "pass", [], [], LO + ": clean: landline, 12345, an 18-digit 合同编号 failing GB 11643, a masked ID, amounts, dates"),
    # ODF presentations
    ("odp_speaker_notes.odp", "block", ["id_card"], [v.ID_B], LO + ": speaker notes (presentation:notes) of slide 1 hold 身份证号 + ID"),
    ("odp_hidden_slide.odp", "review", ["mobile_phone", "hidden_content"], [v.MOB_E], LO + ": slide 2 hidden (presentation:visibility=hidden) holds a mobile"),
    ("odp_marking_slide.odp", "block", ["classified_marking"], [], LO + ": 机密★3年 in its own text box at the top left of slide 1"),
    ("odp_clean.odp", "pass", [], [], LO + ": clean: quotes 保守国家秘密法, landline, 12345; notes hold a date and time"),
    # plain text family (src/text.py)
    ("txt_utf8bom_id.txt", "block", ["id_card"], [v.ID_A], "text.py UTF-8 with BOM: 公民身份号码 + ID in a sentence"),
    ("txt_gb18030_marking.txt", "block", ["classified_marking"], [], "text.py GB18030: 秘密★5年 alone on the first line"),
    ("txt_utf16le_bom_id.txt", "block", ["id_card"], [v.ID_B], "text.py UTF-16LE with BOM, CRLF: 身份证号 + ID in brackets"),
    ("txt_utf16be_nobom_mobile.txt", "review", ["mobile_phone"], [v.MOB_B], "text.py UTF-16BE without BOM: 手机 + mobile"),
    ("txt_utf16le_nobom_marking.txt", "block", ["classified_marking"], [], "text.py UTF-16LE without BOM: 机密★10年 alone on the first line"),
    ("txt_utf16be_bom_clean.txt", "pass", [], [], "text.py UTF-16BE with BOM: clean holiday notice, landline, 12345"),
    ("txt_utf16le_nobom_clean.txt", "pass", [], [], "text.py UTF-16LE without BOM: clean notice with a landline"),
    ("csv_quoted_newline.csv", "block", ["id_card"], [v.ID_C], "text.py CSV: ID inside a quoted cell that holds a CRLF and commas (备注 column)"),
    ("txt_wrapped_id.txt", "block", ["id_card"], [v.ID_D], "text.py: paragraph hard-wrapped at a fixed width so the ID is split 8+10 digits over a line end"),
    ("txt_fullwidth_id.txt", "block", ["id_card"], [v.ID_E, FW], "text.py: ID written in full-width digits after 身份证号"),
    ("txt_spaced_id.txt", "block", ["id_card"], [v.ID_F, SP], "text.py: ID grouped 6-8-4 with spaces after 公民身份号码"),
    ("txt_dashed_card.txt", "block", ["bank_card"], [v.CARD_A, DASH], "text.py: 19-digit UnionPay card grouped by 4 with dashes after 银行卡号"),
    ("tsv_masked_export.tsv", "pass", [], [], "text.py TSV export with header 身份证号/手机号, every value masked (110101********4514, 139****5678)"),
    ("tsv_export_leak.tsv", "block", ["id_card", "mobile_phone"], [v.ID_G, v.ID_H, v.MOB_C, v.MOB_D], "text.py TSV export with header 身份证号/手机号 and raw values"),
    ("md_clean_secrecy.md", "pass", [], [], "text.py Markdown: 保密知识问答 defining 国家秘密 and the three levels, landline, 12345, date"),
    ("txt_clean_serial.txt", "pass", [], [], "text.py: 合同编号 = 18 digits failing GB 11643, 财政专户账号 = 19 digits 62… failing Luhn, amount, landline"),
    ("csv_gb18030_leak.csv", "block", ["id_card"], [v.ID_H, v.ID_A], "text.py CSV in GB18030 with header 身份证号 and raw IDs"),
    ("csv_utf16_clean.csv", "pass", [], [], "text.py UTF-16LE with BOM, tab-separated in a .csv: months, counts, percentages, amounts"),
    ("txt_gbk_clean_prose.txt", "pass", [], [], "text.py GBK: prose on 定密 (秘密级事项的保密期限…), landline, date"),
    ("md_passport_plate.md", "review", ["passport", "license_plate"], ["E12345678"], "text.py Markdown table: 护照号码 column E12345678, new-energy plate 浙A·D12345"),
    ("txt_clean_masked.txt", "pass", [], [], "text.py: masked ID 330106********0015 and mobile 138****1234 in prose, amount, landline"),
    ("csv_gb18030_clean_staffno.csv", "pass", [], [], "text.py GB18030 CSV: 8-digit 工号, hours, dates"),
    # images (src/images.py with PIL, Noto CJK; Chromium screenshot)
    ("img_marking_300dpi.png", "block", ["classified_marking"], [], "PIL page, 300 dpi grey PNG: 机密★1年 (bold) alone on the first line, then title and body"),
    ("img_id_150dpi.jpg", "block", ["id_card"], [v.ID_B], "PIL page, 150 dpi JPEG q85: 公民身份号码：ID on its own line"),
    ("img_rotated90_id.tiff", "block", ["id_card"], [v.ID_C], "PIL page, 200 dpi, rotated 90°, 1-bit Group 4 TIFF: 身份证号：ID"),
    ("img_lowcontrast_id.png", "block", ["id_card", "mobile_phone"], [v.ID_G, v.MOB_C], "PIL page, 200 dpi: grey 165 text on grey 215: 身份证号 + ID, 联系手机 + mobile"),
    ("img_id_1bit.bmp", "block", ["id_card"], [v.ID_H], "PIL page, 150 dpi, 1-bit BMP: 身份证号：ID"),
    ("img_clean_chart.png", "pass", [], [], "PIL bar chart with axes, no text at all"),
    ("img_clean_photo.jpg", "pass", [], [], "PIL photo-like picture (blurred sky/grass noise), no text"),
    ("img_caption_clean.jpg", "pass", [], [], "PIL picture with a small clean caption strip (图为…会议现场) at the bottom"),
    ("img_clean_notice_300dpi.png", "pass", [], [], "PIL page, 300 dpi: clean notice with landline 0571-87654321 and 12345, date"),
    ("img_clean_table_150dpi.jpg", "pass", [], [], "PIL page, 150 dpi JPEG: table of months, counts, percentages, amounts"),
    ("img_mobile.webp", "review", ["mobile_phone"], [v.MOB_D], "PIL page, 150 dpi lossless WebP: 联系手机：mobile"),
    ("img_chromium_marking.png", "block", ["classified_marking"], [], "chromium --headless --screenshot (scale 2) of src/marking_page.html: 秘密★1年 alone at the top"),
    # archives (src/archives.py, zip -P, 7z)
    ("zip_mixed_one_leak.zip", "block", ["id_card"], [v.ID_C], "python zipfile: three members, only 附件3_名单.txt has 身份证号 + ID"),
    ("zip_gbk_names.zip", "review", ["mobile_phone"], [v.MOB_E], "python zipfile, member names in GBK without the UTF-8 flag: 联系人名单.txt holds a mobile"),
    ("zip_nested.zip", "review", ["unreadable"], [v.ID_A], "python zipfile: 材料/原始材料.zip inside holds an ID (archive in an archive is unreadable per README)"),
    ("zip_docx_pdf.zip", "block", ["classified_marking", "mobile_phone"], [v.MOB_A], "zip of a LibreOffice DOCX (联系人 mobile in body) and a LibreOffice PDF (秘密★1年 first line)"),
    ("zip_clean.zip", "pass", [], [], "python zipfile: clean notice and statistics"),
    ("zip_gbk_names_clean.zip", "pass", [], [], "python zipfile, GBK member names: clean notice and statistics"),
    ("zip_encrypted.zip", "review", ["unreadable"], [v.ID_C], "zip -P (ZipCrypto): the one member holds an ID"),
    ("7z_encrypted.7z", "review", ["unreadable"], [v.ID_C], "7z -p -mhe=on (AES, names encrypted too): the one member holds an ID"),
    ("7z_plain_id.7z", "block", ["id_card"], [v.ID_C], "7z a: one member 名单.txt with 身份证号 + ID"),
    ("targz_card.tar.gz", "block", ["bank_card"], [v.CARD_B], "python tarfile w:gz: 退款名单.csv with header 银行卡号 and a Luhn-valid card"),
    ("targz_clean.tar.gz", "pass", [], [], "python tarfile w:gz: clean notice and statistics"),
]


def main(path):
    out = [{"file": f, "expect_verdict": ver, "expect_categories": cats, "raw_values": raw, "note": note}
           for f, ver, cats, raw, note in L]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "labels.json"))
