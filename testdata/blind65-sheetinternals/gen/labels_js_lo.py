#!/usr/bin/python3
"""Labels of the files made by gen_exceljs.js, gen_sheetjs.js and gen_libreoffice.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import IDS, MOBILES, CARDS, add_label
import docbasis as D

E = "exceljs.json"
add_label(E, "exceljs/f03_concat_mobile_cached.xlsx", "review", ["mobile_phone"], [MOBILES["f03"]],
          "C3 is _xlfn.CONCAT(\"138\",\"1647\",\"2539\")-style with its cached result (t=str) the whole mobile under 联系电话. "
          f"{D.XLSX} (\"every sheet\"); {D.FORMULA}. {D.MOBILE}.")
add_label(E, "exceljs/c02_note_id.xlsx", "block", ["id_card", "hidden_content"], [IDS["c02"]],
          f"A legacy cell note on B3 holds a whole ID (exceljs: comments1.xml + VML). {D.XLSX} (\"comments\"). {D.HIDDEN}. {D.ID}.")
add_label(E, "exceljs/c05_clean_no_note.xlsx", "pass", [], [],
          "Twin of c02 without the note: names and hours only. exceljs's creator property is metadata (info).")
add_label(E, "exceljs/l02_link_oa_local.xlsx", "review", ["internal_address"], [],
          f"B3 reads 详见系统通知; its hyperlink target is http://oa.local/notice/2025/118. {D.XLSX} (\"hyperlinks\"). {D.ADDR}.")
add_label(E, "exceljs/p01_props_author_company.xlsx", "pass", ["metadata"], [],
          "Only document properties: creator 张伟, lastModifiedBy 李娜, Company 某县财政局, Manager, title, keywords, "
          f"description; the grid is a public procurement intention. {D.XLSX} (\"properties\"). {D.META}.")
add_label(E, "exceljs/s02_richtext_id.xlsx", "block", ["id_card"], [IDS["s02"]],
          "B3 is a shared string of three rich-text runs (plain, bold red, italic) splitting a whole ID 6+8+4. "
          f"{D.XLSX}; README Tables: \"A number wrapped over several lines inside one cell is one number\". {D.ID}.")
add_label(E, "exceljs/s05_clean_richtext_masked.xlsx", "pass", [], [],
          f"Twin of s02: the three runs make a masked ID. {D.MASKED}.")

S = "sheetjs.json"
add_label(S, "sheetjs/s04_card_mobile.xlsx", "block", ["bank_card", "mobile_phone"], [CARDS["s04"], MOBILES["s04"]],
          "SheetJS with default options stores every string as t=\"str\" with a <v> and no formula (no shared strings, "
          f"no inline strings): a UnionPay card under 银行卡号 and a mobile under 手机号码. {D.XLSX}. {D.CARD}. {D.MOBILE}.")
add_label(S, "sheetjs/s06_clean_masked.xlsx", "pass", [], [],
          f"Twin of s04 with the card masked 6+4 and the mobile 3+4. {D.MASKED}.")

O = "libreoffice.json"
add_label(O, "libreoffice/f01_join_id_cached.xlsx", "block", ["id_card"], [IDS["f01"]],
          "openpyxl's f01 saved by LibreOffice: the formula is kept and its cached value (t=str) is the whole ID. "
          f"{D.XLSX}. {D.ID}.")
add_label(O, "libreoffice/f06_replace_literal_cached.xlsx", "block", ["id_card"], [IDS["f06"]],
          "openpyxl's f06 saved by LibreOffice: B3 shows its cached value 420106********0031 (masked), but the formula "
          "REPLACE(\"<whole ID>\",7,8,\"********\") keeps the whole ID, which the formula bar shows on a click. Basis: "
          f"{D.PRINCIPLE}; findings.md source_text \"a formula's strings\". (The README's formula sentence speaks of files "
          f"that leave the value to be computed; this is the cached case, the contested one.) {D.ID}.")
add_label(O, "libreoffice/f10_clean_formulas_cached.xlsx", "pass", [], [],
          f"openpyxl's clean f10 with LibreOffice's cached values (1734, 2025年第一季度, 110101********4514, 87.9%). {D.MASKED}.")
add_label(O, "libreoffice/n06b_id_number_resaved.xlsx", "pass", [], [IDS["n06b"]],
          "handwritten n06b (18 exact digits in <v>) opened and saved by LibreOffice: Calc holds doubles, so B3 is now "
          "<v>3.70102197806113E+017</v>, i.e. 370102197806113000. The whole ID is gone from the file and what is left "
          f"fails GB 11643's check. {D.NUMFMT} — the stored digits are read; {D.ID}. Expected pass; the original ID is "
          "listed as a raw value that cannot appear.")
add_label(O, "libreoffice/h03_hidden_sheet_id.xls", "block", ["id_card", "hidden_content"], [IDS["h03a"], IDS["h03b"]],
          f"openpyxl's h03 as BIFF8 .xls: sheet 原始数据 hidden with whole IDs. {D.LEGACY}. {D.HIDDEN}. {D.ID}.")
add_label(O, "libreoffice/h01_hidden_row_id.ods", "block", ["id_card", "hidden_content"], [IDS["h01"]],
          f"openpyxl's h01 as .ods: row 4 (table:visibility=collapse) holds an unmasked ID. {D.LEGACY}. {D.HIDDEN}. {D.ID}.")
add_label(O, "libreoffice/hf03_clean_headers.xls", "pass", [], [],
          f"openpyxl's clean hf03 as .xls: header and footer with page numbers and the office's name. {D.LEGACY}.")
add_label(O, "libreoffice/v03_clean_validation.ods", "pass", [], [],
          f"openpyxl's clean v03 as .ods: validation list 是/否 and a plain help message. {D.LEGACY}.")
add_label(O, "libreoffice/f01_join_id_cached.csv", "block", ["id_card"], [IDS["f01"]],
          f"openpyxl's f01 exported to CSV (UTF-8) by LibreOffice: the computed ID stands in the 身份证号 column. {D.CSV}. {D.ID}.")
add_label(O, "libreoffice/f10_clean_formulas_cached.csv", "pass", [], [],
          f"openpyxl's clean f10 exported to CSV: amounts, a ratio 0.8786…, a masked ID. {D.MASKED}.")
print("labels done")
