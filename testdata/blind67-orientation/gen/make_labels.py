"""Write labels.json (run from the corpus folder). Labels decided from the docs only."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import ID, MOB

MARK = ('findings.md classified_marking: "密级标志 (GB/T 9704): 秘密★1年, 机密★ …" default severity block; README: '
        '"A marking with its ★ is a marking wherever it stands"')
PDFPOS = ('README (PDF): "Every glyph is placed by its own position (after the text matrix and the CTM) and the page is read back as lines"')
SEEN = 'README: "Everything a reader of the published file can see or open is read … Nothing is passed unread."'
IDQ = ('findings.md id_card: "居民身份证号 with a valid GB 11643 check digit, a real birth date and region … an 18-character ID standing whole '
       'is one under any label", severity block')
MOBQ = 'findings.md mobile_phone: "11-digit mobiles in current 号段", default severity review'
TERM = ('README: "Internal-marking terms (工作秘密, 内部资料…) are labels when they stand alone … or carry a label\'s order (内部资料，请勿外传)"; '
        'README dictionary example "内部资料 | sensitive_term | review"; findings.md sensitive_term "内部资料 注意保存 … from the dictionary, else review"')
MASK = 'findings.md: "Not findings: masked values (330106********0018, 138****1234 …), hotlines (12345, 12369), agency landlines"'
EXAM = ('findings.md: "Nor are … a roster\'s numbers (准考证号, 工号) in their column or after their label"; README mobile_phone: "not serial numbers … '
        'under its column\'s heading, 准考证号 … when the column names no phone … under a table title or note that names no phone"')
COLS = 'README (PDF): "a table cell\'s wrapped lines stay together and columns stay apart"'
CELL = 'README Tables: "A number wrapped over several lines inside one cell is one number"'
PASS = 'findings.md Verdict: "A file with only info findings passes."'
OCR = ('README OCR: "one turned by 90°, 180° or 270° (a landscape table, a page fed sideways, a phone photo) is turned upright and read again … '
       'What the turned reading finds is reported, and the page still goes to a person"; "a scanned page … get one unreadable.ocr_only finding (review)"; '
       '"what OCR finds there stands (a marking blocks)"')
DOCX = 'README DOCX row: "body, headers/footers, footnotes, text boxes, watermarks (`watermark`) …"'
XLSX = 'README XLSX row: "every sheet incl. hidden sheets, rows and columns …"'

L = []


def add(f, v, cats, raw, note):
    assert os.path.exists(f), f
    L.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raw, "note": note})


# ---------------- Chromium ----------------
add("chromium/cr_vertical_marking.pdf", "block", ["classified_marking"], [],
    "Chromium print of a notice in CSS writing-mode: vertical-rl; its first column (top right, where a vertical page starts) is 秘密★1年. " + MARK + "; " + PDFPOS)
add("chromium/cr_vertical_clean.pdf", "pass", [], [],
    "Twin of cr_vertical_marking: the first column is the document number 县医保〔2024〕12号, the body a public notice with no personal data. " + PASS)
add("chromium/cr_vertical_id.pdf", "block", ["id_card"], [ID[0]],
    "Vertical-rl 行政处罚决定书 (digits set sideways, the default text-orientation) holding 公民身份号码 with a valid check digit. " + IDQ + "; " + PDFPOS)
add("chromium/cr_vertical_mobile_upright.pdf", "review", ["mobile_phone"], [MOB[1]],
    "Vertical-rl notice with text-orientation: upright, so each digit of the contact's mobile after 手机： stands on its own line in the column. " + MOBQ + "; " + PDFPOS)
add("chromium/cr_vertical_masked_clean.pdf", "pass", [], [],
    "Vertical-rl 救助 notice with a masked ID (6+8*+4), a masked mobile (3+****+4), the hotline 12345 and an amount set with text-combine-upright. " + MASK)
add("chromium/cr_corner_vertical_marking.pdf", "block", ["classified_marking"], [],
    "A horizontal 红头 notice whose marking 秘密★1年 stands at the page's top left set vertically (writing-mode vertical-rl, upright glyphs, absolutely positioned). " + MARK)
add("chromium/cr_rotated_th_id.pdf", "block", ["id_card"], ID[1:7],
    "Subsidy list whose heading cells are vertical (writing-mode: vertical-rl in <th>); six unmasked IDs under 公民身份号码. " + IDQ)
add("chromium/cr_rotated_th_exam_clean.pdf", "pass", [], [],
    "Exam-score notice whose vertical heading cells include 准考证号; the column holds 11-digit exam numbers beginning 139… (look like mobiles); title and note name no phone; names masked 王某某. " + EXAM)
add("chromium/cr_diag_watermark_internal.pdf", "review", ["sensitive_term"], [],
    "Two-page draft with a light-grey diagonal watermark 内部资料 注意保存 (position: fixed, rotate(-35deg)) printed on every page as real text. " + TERM + "; " + SEEN)
add("chromium/cr_diag_watermark_clean.pdf", "pass", [], [],
    "Twin of cr_diag_watermark_internal: the diagonal watermark is the agency's name 某某县医疗保障局; body public. " + PASS)
add("chromium/cr_twocol_mobile.pdf", "review", ["mobile_phone"], [MOB[2]],
    "Two-column CSS (column-count: 2) 简报; in the second column 本期联系人…联系手机：<mobile>. " + MOBQ)
add("chromium/cr_twocol_marking.pdf", "block", ["classified_marking"], [],
    "Two-column 简报 whose second column begins (break-before: column) with the marking 机密★10年 heading a reproduced report. " + MARK)
add("chromium/cr_twocol_clean.pdf", "pass", [], [],
    "Twin of cr_twocol_mobile: the second column ends with the office's landline 0571-63218845. " + MASK)
add("chromium/cr_rtl_table_id.pdf", "block", ["id_card"], ID[4:9],
    "Relief list in a table with dir=rtl (columns placed right to left: 序号 at the right); five unmasked IDs under 身份证号. " + IDQ)
add("chromium/cr_rtl_table_clean.pdf", "pass", [], [],
    "Twin of cr_rtl_table_id with names and IDs masked (王某某, 110101********0236). " + MASK)
add("chromium/cr_landscape_mixed_id.pdf", "block", ["id_card"], [ID[11]],
    "Portrait report, a landscape page (CSS named page size A4 landscape) with the 附表, portrait closing page; one row of the landscape table holds an unmasked ID, the others masked. " + IDQ)

# ---------------- ReportLab ----------------
add("reportlab/rl_landscape_on_portrait_marking.pdf", "block", ["classified_marking"], [],
    "Portrait page carrying a landscape table drawn turned 90° (canvas translate+rotate); the table's top left holds 秘密★1年. " + MARK + "; " + PDFPOS)
add("reportlab/rl_landscape_on_portrait_clean.pdf", "pass", [], [],
    "Twin without the marking: a turned table of emergency stock counts. " + PASS)
add("reportlab/rl_rot180_id.pdf", "block", ["id_card"], [ID[2]],
    "A whole page drawn upside down (rotate 180) — 行政处罚决定书 with 身份证号：<ID>. " + IDQ + "; " + PDFPOS)
add("reportlab/rl_rot270_mobile.pdf", "review", ["mobile_phone"], [MOB[3]],
    "Contact table drawn turned 270° (reads top to bottom); one 联系电话 cell unmasked, the rest masked. " + MOBQ + "; " + PDFPOS)
add("reportlab/rl_rot270_clean.pdf", "pass", [], [],
    "Twin of rl_rot270_mobile: every 联系电话 masked (138****1234 form). " + MASK)
add("reportlab/rl_pagerotate90_marking.pdf", "block", ["classified_marking"], [],
    "Page drawn sideways on a portrait MediaBox and shown upright by /Rotate 90 (pikepdf); top left of the shown page: 秘密★1年. " + MARK)
add("reportlab/rl_pagerotate90_clean.pdf", "pass", [], [],
    "Twin of rl_pagerotate90_marking without the marking (a project-plan table). " + PASS)
add("reportlab/rl_seal_clean.pdf", "pass", [], [],
    "Public notice with a red circular seal: 某某县人民政府办公室 drawn one glyph at a time around a ring, a ★ in its centre over the signature and date (no level word beside the star). " + PASS)
add("reportlab/rl_seal_internal.pdf", "review", ["sensitive_term"], [],
    "Budget analysis with a round red stamp at the top right whose ring reads 内部资料注意保存 (glyphs turned along the circle), 县财政局 in the middle. " + TERM + "; " + PDFPOS + "; " + SEEN)
add("reportlab/rl_diag_watermark_internal.pdf", "review", ["sensitive_term"], [],
    "Three pages, each with a grey 45° watermark 内部资料 注意保存 drawn as one rotated string under the text. " + TERM + "; " + SEEN)
add("reportlab/rl_diag_watermark_perglyph.pdf", "review", ["sensitive_term"], [],
    "Same watermark drawn one glyph at a time along the diagonal, each glyph with its own rotated matrix. " + TERM + "; " + PDFPOS)
add("reportlab/rl_twocol_id.pdf", "block", ["id_card"], [ID[1]],
    "Two-column 简报 drawn line by line with a rule at the gutter; the right column names 申请人…（身份证号<ID>）. " + IDQ)
add("reportlab/rl_twocol_gutter_clean.pdf", "pass", [], [],
    "Two columns where a left line ends 15867321 and the right line at the same height begins 940个行政村 — joined across the gutter it would read as a mobile; read by column there is none. " + COLS + "; " + PASS)
add("reportlab/rl_vertical_perglyph_marking.pdf", "block", ["classified_marking"], [],
    "Traditional vertical text drawn one glyph per line, columns right to left; the first column (top right) is 秘密★1年. " + MARK + "; " + PDFPOS)
add("reportlab/rl_vertical_perglyph_clean.pdf", "pass", [], [],
    "Twin: the first vertical column is the document number 县医保〔2024〕12号. " + PASS)
add("reportlab/rl_vertical_perglyph_id.pdf", "block", ["id_card"], [ID[4]],
    "Vertical 行政处罚决定书, one glyph per line: 公民身份号码 followed by the 18 digits stacked in one column. " + IDQ + "; " + PDFPOS)
add("reportlab/rl_rotated_header_exam_clean.pdf", "pass", [], [],
    "Ruled table whose heading cells are drawn turned 90°: 准考证号 over 11-digit exam numbers beginning 139…; names masked; note names no phone. " + EXAM + "; README: \"Ruled tables are found from their lines\"")
add("reportlab/rl_landscape_mixed_mobile.pdf", "review", ["mobile_phone"], [MOB[5]],
    "Portrait notice, a landscape page (setPageSize) listing 监测责任人 and 联系电话 with one mobile unmasked, portrait closing page. " + MOBQ)
add("reportlab/rl_landscape_mixed_clean.pdf", "pass", [], [],
    "Twin: the 联系电话 column holds landlines 0571-6321xxxx. " + MASK)
add("reportlab/rl_margin_rotated_marking.pdf", "block", ["classified_marking"], [],
    "Notice whose marking 秘密★1年 is a side label turned 90° in the left margin near the top. " + MARK + "; " + PDFPOS)
add("reportlab/rl_margin_rotated_internal.pdf", "review", ["sensitive_term"], [],
    "Notice with a side label 内部资料　请勿外传 turned 90° in the left margin. " + TERM)

# ---------------- DOCX ----------------
add("docx/docx_textbox_vert_marking.docx", "block", ["classified_marking"], [],
    "python-docx notice with a text box anchored at the page's top left, vertical text (wps bodyPr vert=eaVert; VML fallback layout-flow:vertical-ideographic) reading 秘密★1年. " + MARK + "; " + DOCX)
add("docx/docx_textbox_vert_clean.docx", "pass", [], [],
    "Twin: the vertical text box holds 县医保〔2024〕12号. " + PASS)
add("docx/docx_cell_tbRl_id.docx", "block", ["id_card"], [ID[4]],
    "低保 list; the 身份证号 cells have w:textDirection tbRl (vertical); one ID unmasked. " + IDQ)
add("docx/docx_cell_btLr_mobile.docx", "review", ["mobile_phone"], [MOB[3]],
    "Heading cells with textDirection btLr (联系电话 turned); one mobile unmasked. " + MOBQ)
add("docx/docx_cell_btLr_exam_clean.docx", "pass", [], [],
    "btLr heading cells over a 准考证号 column of 11-digit exam numbers beginning 139…; note names no phone. " + EXAM)
add("docx/docx_bidi_table_mobile.docx", "review", ["mobile_phone"], [MOB[7]],
    "Table with w:bidiVisual (columns laid right to left); one 联系电话 unmasked. " + MOBQ)
add("docx/docx_watermark_internal.docx", "review", ["sensitive_term"], [],
    "Word-style diagonal header watermark (VML textpath, rotation:315, PowerPlusWaterMarkObject) 内部资料 注意保存. " + DOCX + "; " + TERM)
add("docx/docx_watermark_clean.docx", "pass", [], [],
    "Twin: the watermark is Word's stock 样本. " + PASS)
add("docx/docx_cols2_id.docx", "block", ["id_card"], [ID[6]],
    "Section with two text columns (w:cols num=2); after a column break the second column names 申请人…（身份证号<ID>）. " + IDQ)
add("docx/docx_landscape_section_id.docx", "block", ["id_card"], [ID[11]],
    "Portrait section, landscape section (orient=landscape) with the 附表, portrait section; one ID in the table unmasked. " + IDQ)
add("docx/docx_split_row_id.docx", "block", ["id_card"], [ID[9]],
    "Long 高龄津贴 table whose narrow 身份证号 column wraps each ID; row 10's ID unmasked (source of lo_split_row_id.pdf). " + IDQ)
add("docx/docx_split_row_clean.docx", "pass", [], [],
    "Twin with every ID masked. " + MASK)

# ---------------- LibreOffice PDFs ----------------
add("lo/lo_split_row_id.pdf", "block", ["id_card"], [ID[9]],
    "LibreOffice PDF of docx_split_row_id: row 10 breaks across the page break, so the ID wrapped in its narrow cell reads 2101021 at the foot of page 1 and 9930808/4270 at the top of page 2. " + CELL + "; " + SEEN)
add("lo/lo_split_row_clean.pdf", "pass", [], [],
    "LibreOffice PDF of the masked twin, the masked ID cut at the same page break. " + MASK)
add("lo/lo_cell_tbRl_id.pdf", "block", ["id_card"], [ID[4]],
    "LibreOffice PDF of docx_cell_tbRl_id: the IDs are printed as vertical text (tbRl) inside their cells. " + IDQ + "; " + PDFPOS)
add("lo/lo_watermark_internal.pdf", "review", [], [],
    "LibreOffice PDF of docx_watermark_internal: the diagonal 内部资料 注意保存 watermark is printed as fontwork (outlines, not text) on a page that otherwise has a text layer. "
    "Either it is read (sensitive_term, " + TERM + ") or it is text not read: findings.md unreadable \"anything not fully read\", README \"text drawn as outlines without OCR\" → review; no category required.")

# ---------------- XLSX ----------------
add("xlsx/xlsx_rot255_marking.xlsx", "block", ["classified_marking"], [],
    "openpyxl sheet whose A1 (top left, merged A1:A6) holds 秘密★1年 with textRotation 255 (vertical stacked). " + MARK + "; " + XLSX)
add("xlsx/xlsx_rot90_id.xlsx", "block", ["id_card"], [ID[4]],
    "Heading cells turned 90° (textRotation 90); one ID under 身份证号 unmasked, others masked. " + IDQ)
add("xlsx/xlsx_rot90_exam_clean.xlsx", "pass", [], [],
    "Heading 准考证号 turned 90° over 11-digit exam numbers (text) beginning 139…; names masked; note names no phone. " + EXAM)
add("xlsx/xlsx_rot45_mobile.xlsx", "review", ["mobile_phone"], [MOB[8]],
    "Headings at 45°, phone cells turned 90°; one mobile under 联系电话 unmasked. " + MOBQ)
add("xlsx/xlsx_rtl_id.xlsx", "block", ["id_card"], [ID[11]],
    "Sheet shown right to left (sheetView rightToLeft); one ID unmasked. " + IDQ)
add("xlsx/xlsx_rot255_clean.xlsx", "pass", [], [],
    "Vertical merged title cell (textRotation 255) over enrolment counts and amounts under 单位：人、元, hotline 12345. " + MASK)

# ---------------- scans ----------------
add("scans/scan_sideways_marking.pdf", "block", ["classified_marking", "unreadable"], [],
    "200 dpi grey scan fed sideways (turned 90°), slight skew and speckle; top left of the upright page 秘密★1年. " + OCR +
    "; README: a level word at the head of a page followed by a stray glyph and a 期限 (N年) \"is taken for a marking (classified_marking.ocr)\"")
add("scans/scan_sideways_id.pdf", "block", ["id_card", "unreadable"], [ID[12]],
    "Scan turned 270° with 身份证号：<ID> in the body. " + OCR + "; \"Check digits make OCR'd IDs trustworthy\"")
add("scans/scan_upside_down_clean.pdf", "review", ["unreadable"], [],
    "Clean notice scanned upside down (180°). Nothing sensitive, but a scan is never passed: " + OCR)

with open("labels.json", "w", encoding="utf-8") as f:
    json.dump(L, f, ensure_ascii=False, indent=1)
print(len(L), "labels;", sum(1 for l in L if l["expect_verdict"] == "pass"), "pass;",
      sum(1 for l in L if l["expect_verdict"] == "review"), "review;", sum(1 for l in L if l["expect_verdict"] == "block"), "block")
