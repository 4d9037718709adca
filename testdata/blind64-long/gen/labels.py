"""Writes labels.json (every label decided from README.md, docs/findings.md, docs/policy.md, docs/cli.md)."""
import json
from common import (OUT, ID_P01, ID_S02, ID_O01, ID_Z01, CARD_P03, CARD_O02, MOB_P02, MOB_X01, MOB_X02, MOB_W01, PASSPORT_C01)

V = 'findings.md Verdict: "`block` if any finding is block, else `review` if any is review, else `pass`. A file with only `info` findings passes."'
MASK = 'findings.md: "Not findings: masked values (330106********0018, 138****1234, 京A·***45, E1234****, 张某某)"'
ID = 'findings.md: id_card "block | 居民身份证号 with a valid GB 11643 check digit, a real birth date and region"'
MOB = 'findings.md: mobile_phone "review | 11-digit mobiles in current 号段"'
CARD = 'findings.md: bank_card "block | Luhn-valid 16–19 digit card numbers that are UnionPay (62…) or stand next to 卡号/账号/银行"'
LIM = ('README (Isolation of parsers): "Limits (internal/doc/limits.go): 64 MiB per file, 256 MiB inflated per archive, inflate ratio 200 '
       'per member (after 1 MiB), 10,000 zip entries, XML depth 256, 2,000 PDF pages, 32 M characters of text, 30 s per file … A file over a '
       'limit is never passed: it is reported `unreadable` and needs a human."; cli.md: "reading limits; a file over one is `unreadable`, never passed"; '
       'findings.md: unreadable "review | anything not fully read: … over a limit"')
UNDER = 'Within every limit the README names, so the file is read whole and, holding nothing the docs call a finding above info, passes. ' + V

L = []


def add(file, verdict, cats, raws, note):
    L.append({"file": file, "expect_verdict": verdict, "expect_categories": cats, "raw_values": raws, "note": note})


# ---- long documents, one problem far from the start, and their clean twins ----
add("pdf/p01_gzbg120_reportlab_id_p97.pdf", "block", ["id_card"], [ID_P01],
    "120-page 政府工作报告 (ReportLab, STSong-Light CID font); page 97 carries an appended 救助对象 list of 12 masked IDs and one whole ID "
    f"({ID_P01[:6]}…, valid check digit). {ID}; README PDF: page text of every page is read (limit 2,000 pages).")
add("pdf/p01_gzbg120_reportlab_clean.pdf", "pass", [], [],
    f"Clean twin of p01: same 120 pages, the 8th ID masked like the others. {MASK}. STSong-Light is a predefined-CMap CID font the README names as read (not an OCR'd subset). Author/title properties are metadata (info). {V}")
add("pdf/p02_xxgk_report98_chromium_mobile_p90.pdf", "review", ["mobile_phone"], [MOB_P02],
    f"98-page 政府信息公开年度报告 printed by Chromium --print-to-pdf from HTML; page 90 names a staff member's 联系手机 whole. {MOB}. Landline 0571-87012345 is an agency landline (not a finding).")
add("pdf/p02_xxgk_report98_chromium_clean.pdf", "pass", [], [],
    f"Clean twin of p02 (mobile written 139****2046). {MASK}; agency landlines are not findings. {V}")
add("pdf/p03_jiuzhu55p_libreoffice_card_p49.pdf", "block", ["bank_card"], [CARD_P03],
    f"55-page 社会救助 report: python-docx -> LibreOffice PDF; page 49 gives a recipient's 银行卡 卡号 (19 digits, 622202, Luhn-valid). {CARD}.")
add("pdf/p03_jiuzhu55p_libreoffice_clean.pdf", "pass", [], [],
    f"Clean twin of p03: the card written 622202*********5679. {MASK}; findings.md masking shows cards as first 6 and last 4. {V}")
add("docx/d01_huibian60p_lastsection_header_marking.docx", "block", ["classified_marking"], [],
    "59-page python-docx 汇编 of 4 sections; only the 4th (last, pages 55-59) section has its own header, and it is 秘密★5年 (earlier sections' header: 青溪市人民政府办公室). "
    "findings.md classified_marking: \"秘密★1年, 机密★ … a bare 秘密 … heading a document or in a page header\"; README DOCX reads \"headers/footers\".")
add("docx/d01_huibian60p_lastsection_header_clean.docx", "pass", [], [],
    f"Clean twin of d01: the last section's header reads 青溪市人民政府办公室　项目附表. Core properties are metadata (info). {V}")
add("docx/d02_zhengce45p_npmdocx_intranet_link_end.docx", "review", ["internal_address"], [],
    "46-page npm docx 政策解读汇编; its last paragraph links 点击查看政策原文 to http://oa.qxfgw.local/… (link target only). findings.md internal_address: "
    "\"URLs of intranet hosts (localhost, single-label hosts, .local/.lan/…) wherever a file holds them — link targets … included\" (review); README DOCX reads \"link and other external targets (`link_target`)\".")
add("docx/d02_zhengce45p_npmdocx_clean.docx", "pass", [], [],
    f"Clean twin of d02: the link goes to https://www.qingxi.gov.cn/… (a public host). {V}")
add("docx/w01_anquan_long_mobile_late.doc", "review", ["mobile_phone"], [MOB_W01],
    f"48-page legacy Word .doc (python-docx -> LibreOffice .doc); page 45 gives a 举报 officer's 手机 whole. README: \".doc … converted by LibreOffice … and read like those\". {MOB}.")
add("xlsx/x01_butie50k_openpyxl_mobile_row41873.xlsx", "review", ["mobile_phone"], [MOB_X01],
    f"openpyxl workbook, 50,000 data rows (序号/姓名/身份证号/联系电话/所属乡镇/补贴金额（元）), IDs and mobiles masked; cell D41873 holds a mobile whole under 联系电话. {MOB}; README XLSX reads every sheet's cells; masked values are not findings.")
add("xlsx/x01_butie50k_openpyxl_clean.xlsx", "pass", [], [],
    f"Clean twin of x01: D41873 masked like the other 49,999. {MASK}. {V}")
add("xlsx/x02_butie_8sheets_exceljs_mobile_sheet3.xlsx", "review", ["mobile_phone"], [MOB_X02],
    f"exceljs workbook of 8 sheets x 3,000 rows (one per 乡镇); sheet 3 (西山镇) D2519 holds one mobile whole under 联系电话, all others masked. README XLSX: \"every sheet incl. hidden sheets\". {MOB}.")
add("xlsx/x02_butie_8sheets_exceljs_clean.xlsx", "pass", [], [],
    f"Clean twin of x02 (that cell masked). {MASK}. {V}")
add("xlsx/x03_taizhang30k_sheetjs_hidden_row_29991.xlsx", "review", ["hidden_content"], [],
    "SheetJS workbook, 30,000 project rows; Excel row 29,991 is hidden (row hidden=\"1\"), its cells ordinary project data. findings.md hidden_content: "
    "\"review | … hidden sheets, rows and columns\"; README XLSX reads \"hidden sheets, rows and columns\".")
add("xlsx/x03_taizhang30k_sheetjs_clean.xlsx", "pass", [], [],
    f"Clean twin of x03: nothing hidden. 项目代码 QX2024000001… are codes of 10 digits (no detector's shape). {V}")
add("xlsx/x04_yusuan8sheets_openpyxl_header_marking_sheet8.xlsx", "block", ["classified_marking"], [],
    "openpyxl budget workbook of 8 sheets x 1,200 rows; only sheet 8's print header is &C秘密★1年 (others: the department's name). README XLSX: "
    "\"print headers/footers (`&C秘密★1年` is a header marking)\"; findings.md classified_marking is block.")
add("xlsx/x04_yusuan8sheets_openpyxl_clean.xlsx", "pass", [], [],
    f"Clean twin of x04: sheet 8's header is 青溪市应急管理局. Amount columns under 单位：万元 hold ≤4-digit figures. {V}")
add("text/t01_tongjigongbao_3mb_intranet_ip_near_end.txt", "review", ["internal_address"], [],
    "3 MB UTF-8 统计公报 (8,723 lines); line 8,715 (≈99.9% in) says the data are on 统计数据共享平台（10.36.8.21）. findings.md internal_address: "
    "\"private, loopback and link-local IPv4 … addresses (10.1.2.3 …)\" (review). 3 MB is far under 64 MiB / 32 M characters.")
add("text/t01_tongjigongbao_3mb_clean.txt", "pass", [], [],
    f"Clean twin of t01: the note names the 统计局门户网站 instead; no dotted quads anywhere. {V}")
add("text/c01_chufang40k_passport_line37312.csv", "review", ["passport"], [PASSPORT_C01],
    "40,000-row UTF-8 CSV of 因公出国（境）人员, 护照号码 column masked (E1234****); line 37,312 holds E38461927 whole. findings.md passport: \"review | passport … numbers next to their keyword\"; "
    "README: CSV cells \"carry their row and column\" and \"the heading of a cell's column and the labels of its row are its context\".")
add("html/h01_gzbg_1mb_hidden_footer_note.html", "review", ["hidden_content"], [],
    "1 MB HTML page of a 政府工作报告全文; at the very end, inside the footer, a display:none div: 编辑备注：第四部分的数据还要等统计局复核，复核之前先不要推送到首页。 "
    "findings.md hidden_content: \"HTML comments and hidden elements that read as a note or hold a number (a run of seven Chinese characters or more, a sentence …)\" (review). "
    "The footer's agency mailbox is email (info).")
add("html/h01_gzbg_1mb_clean.html", "pass", [], [],
    f"Clean twin of h01: no hidden element, no comment; the visible footer's agency mailbox qxzfb@… is email, info (\"agency mailboxes are routinely public\"), 0571-87012345 an agency landline, 标识码/ICP numbers not personal data. {V}")
add("pptx/s01_huibao80_pptxgenjs_marking_notes_slide77.pptx", "block", ["classified_marking"], [],
    "pptxgenjs deck of 80 slides; slide 77's speaker notes begin with a paragraph of its own: 机密★5年 (then 讲解要点…). README PPTX reads \"speaker notes\"; README: "
    "\"A marking with its ★ is a marking wherever it stands\" (it is the notes' first line, not an example introduced by a line before it); findings.md classified_marking block.")
add("pptx/s01_huibao80_pptxgenjs_clean.pptx", "pass", [], [],
    f"Clean twin of s01: slide 77's notes are ordinary talking points. {V}")
add("pptx/s02_biaozhang80_pptxgenjs_id_slide70.pptx", "block", ["id_card"], [ID_S02],
    f"pptxgenjs deck of 80 slides; slides 68-70 carry tables of 表彰 persons with masked IDs; slide 70 row 6 holds one ID whole. README PPTX reads \"tables\". {ID}.")
add("pptx/s02_biaozhang80_pptxgenjs_clean.pptx", "pass", [], [],
    f"Clean twin of s02: every ID masked. {MASK}. {V}")
add("odf/o01_jianyi_long_id_late.odt", "block", ["id_card"], [ID_O01],
    f"50-page ODT (python-docx -> LibreOffice .odt); page 47 names a 见义勇为 person with 身份证号 whole. README: \".odt … converted by LibreOffice … to DOCX … and read like those\". {ID}.")
add("odf/o01_jianyi_long_clean.odt", "pass", [], [],
    f"Clean twin of o01 (ID masked). {MASK}. {V}")
add("odf/o02_fafang20k_ods_card_row19251.ods", "block", ["bank_card"], [CARD_O02],
    f"ODS of 20,000 rows (openpyxl -> LibreOffice .ods): 序号/姓名/所属乡镇/银行卡号/发放金额（元）/发放日期, cards masked; row 19,251 holds 6217003000182736455 (621700, Luhn-valid) under 银行卡号. README: \".ods … converted by LibreOffice\". {CARD}.")
add("odf/o02_fafang20k_ods_clean.ods", "pass", [], [],
    f"Clean twin of o02 (that card masked 621700*********6455). {MASK}. {V}")
add("zip/z01_xiangmu_30attachments_id_in_29th.zip", "block", ["id_card"], [ID_Z01],
    f"ZIP of 30 attachments (python-docx, openpyxl, ReportLab PDF, TXT, HTML; UTF-8 names 附件01…附件30); only 附件29_审计意见.docx names a 项目联系人 with 身份证号 whole (ends in X). README: \"zip … members read with their own reader\"; 30 entries, 0.5 MiB inflated, within every zip limit. {ID}.")
add("zip/z01_xiangmu_30attachments_clean.zip", "pass", [], [],
    f"Clean twin of z01 (附件29's ID masked). {MASK}. {V}")

# ---- limits ----
add("limits/L01_nianjian_2050pages_over_limit.pdf", "review", ["unreadable"], [],
    f"ReportLab PDF of 2,050 short clean pages: over the 2,000 PDF pages limit. {LIM}")
add("limits/L02_nianjian_1990pages_under_limit.pdf", "pass", [], [],
    f"ReportLab PDF of 1,990 short clean pages (STSong-Light): under the 2,000-page limit. {UNDER}")
add("limits/L03_zip_10050entries_over_limit.zip", "review", ["unreadable"], [],
    f"ZIP of 10,050 small clean .txt members (1 MiB inflated): over the 10,000 zip entries limit. {LIM}")
add("limits/L04_zip_9950entries_under_limit.zip", "pass", [], [],
    f"ZIP of 9,950 small clean .txt members: under 10,000 entries. {UNDER}")
add("limits/L05_zip_member_ratio_over200.zip", "review", ["unreadable"], [],
    f"ZIP of one 8 MiB text member (64 KiB of report text padded with blanks) compressed ~587:1: over the inflate ratio 200 per member after 1 MiB (rule unreadable.zip_bomb per findings.md). {LIM}")
add("limits/L06_zip_member_ratio_under200.zip", "pass", [], [],
    f"ZIP of one 8 MiB clean report text compressed ~104:1: under ratio 200. {UNDER}")
add("limits/L07_zip_270MiB_inflated_over_limit.zip", "review", ["unreadable"], [],
    f"ZIP of 10 clean 27 MiB monthly report texts (~105:1 each), 270 MiB inflated: over 256 MiB inflated per archive (and its text over 32 M characters). {LIM}")
add("limits/L08_docx_xml_depth325_over_limit.docx", "review", ["unreadable"], [],
    f"python-docx DOCX whose last paragraph sits inside 160 nested block content controls (w:sdt/w:sdtContent), XML depth 325: over XML depth 256. {LIM}")
add("limits/L09_docx_xml_depth205_under_limit.docx", "pass", [], [],
    f"Same with 100 nested content controls, XML depth 205: under 256. README DOCX reads \"content controls\". {UNDER}")
add("limits/L10_docx_35M_chars_over_limit.docx", "review", ["unreadable"], [],
    f"DOCX of 35,000,000 characters of clean body text (document.xml 92 MiB, deflate ~45:1): over 32 M characters of text (whether M is 10^6 or 2^20). {LIM}")
add("limits/L11_docx_30M_chars_under_limit.docx", "pass", [], [],
    f"DOCX of 30,000,000 characters of clean body text (78 MiB XML, ~43:1): under 32 M characters, 256 MiB and ratio 200. {UNDER} (Time: the README gives ~100 MB per CPU second for text; no limit promises otherwise.)")
add("limits/L12_html_262_data_texts_over_limit.html", "review", ["unreadable"], [],
    "HTML page with 262 links to data:text/plain texts (clean): README HTML: the files a page carries in data: URIs … \"256 files at most (`unreadable.too_many_inline`)\"; "
    "findings.md unreadable review.")
add("limits/L13_html_250_data_texts_under_limit.html", "pass", [], [],
    f"Same page with 250 data: texts: under 256. {UNDER}")
add("limits/L14_pdf_70_attachments_over_limit.pdf", "review", ["unreadable"], [],
    "One-page PDF with 70 clean .txt attachments (pikepdf): README: files attached to a PDF \"are read two levels deep … up to 64 attachments within the unzip limit; "
    "one that cannot be decoded or is over a limit is reported by name\"; README: \"anything not fully read is `unreadable` … Nothing is passed unread.\"")
add("limits/L15_pdf_60_attachments_under_limit.pdf", "pass", [], [],
    f"Same with 60 clean attachments: under 64. Attachment descriptions (说明N) \"go with the page\". {UNDER}")
add("limits/L16_png_42.6MP_over_limit.png", "review", ["unreadable"], [],
    "7,600 x 5,600 PNG (42.6 MP) of a clean 规划图 caption: README: \"Pictures are measured from their header … (over 40 megapixels is `unreadable.too_large`)\"; also a picture uploaded alone is `unreadable.ocr_only` (review).")
add("limits/L17_scan_60pages_over_time_budget.pdf", "review", ["unreadable"], [],
    "60-page image-only PDF (1-bit CCITT, 150 dpi) of a clean 通报: README: \"Scans count against `--scan-timeout` (about 1.3 s a page per core; the default 30 s covers about 40 scanned pages)\"; "
    "a scanned page gets `unreadable.ocr_only` (review) anyway, and a timeout is `unreadable.timeout`: review either way.")

json.dump(L, open(f"{OUT}/labels.json", "w"), ensure_ascii=False, indent=1)
print(len(L), "labels;", sum(l["expect_verdict"] == "pass" for l in L), "pass")
