"""gen.py writes the blind15-xlsx corpus: the values and labels for every file,
the openpyxl files, the hand-written XML files (shapes of Apache POI SXSSF and
PhpSpreadsheet exports), and the sources LibreOffice converts.

Usage: python3 gen.py OUTDIR WORKDIR
  OUTDIR  gets the openpyxl and hand-written .xlsx and labels.json
  WORKDIR gets values.json (read by gen.js) and the .csv/.fods for soffice
"""
import json
import os
import random
import sys
import zipfile

from values import (bad_id, id_valid, luhn_ok, make_card, make_id, make_mobile, make_name, make_plate, mask_card,
                    mask_id, mask_mobile, roster)

OUT, WORK = sys.argv[1], sys.argv[2]
rng = random.Random(20261206)
labels = []
values = {}


def label(f, verdict, cats, raw, note):
    for v in raw:
        if len(v) == 18 and v[:17].isdigit():
            assert id_valid(v), v
    labels.append({"file": f, "expect_verdict": verdict, "expect_categories": cats, "raw_values": raw, "note": note})


# ---------------------------------------------------------------- values for gen.js (exceljs, SheetJS)

r300 = roster(1, 300)
values["ej_gongshi_300.xlsx"] = {"rows": r300}
label("ej_gongshi_300.xlsx", "block", ["id_card", "bank_card", "mobile_phone", "license_plate"],
      [r300[0]["id"], r300[149]["mobile"], r300[299]["id"], r300[299]["card"], r300[299]["plate"]],
      "exceljs (shared strings): 300-row 公示 list 姓名/身份证号/手机号码/银行卡号/车牌号, all raw, text cells")

m300 = roster(2, 300)
values["ej_stream_lastrow.xlsx"] = {"rows": m300}
label("ej_stream_lastrow.xlsx", "block", ["id_card"], [m300[299]["id"]],
      "exceljs streaming WorkbookWriter (t=\"str\" strings, no sharedStrings part): 300 masked rows, only row 301 "
      "carries a raw ID (the reader must reach the end)")

mk = roster(11, 300)
values["ej_masked_300.xlsx"] = {"rows": mk}
label("ej_masked_300.xlsx", "pass", [], [],
      "exceljs: 300-row 公示 list with every ID (6+4), mobile (3+4) and card (6+4) masked, names 某某-masked, "
      "amounts in #,##0.00")

f_mob = make_mobile(rng)
values["ej_formula_mobile.xlsx"] = {"mobile": f_mob}
label("ej_formula_mobile.xlsx", "review", ["mobile_phone"], [f_mob],
      "exceljs: the mobile exists only as the cached value of a CONCATENATE formula (the formula has the digits in "
      "three pieces)")

c_card = make_card(rng, 19, "621700")
values["ej_note_card.xlsx"] = {"card": c_card}
label("ej_note_card.xlsx", "block", ["bank_card", "hidden_content"], [c_card],
      "exceljs: a 19-digit UnionPay card (Luhn) only in a cell note on 发放金额; visible cells are amounts")

values["ej_firstheader_marking.xlsx"] = {}
label("ej_firstheader_marking.xlsx", "block", ["classified_marking"], [],
      "exceljs: differentFirst print header, firstHeader &L机密★5年; odd header is the agency name; cells clean")

values["ej_hidden_sheet_marking.xlsx"] = {}
label("ej_hidden_sheet_marking.xlsx", "block", ["classified_marking", "hidden_content"], [],
      "exceljs: hidden sheet 底稿 whose A1 is 秘密★1年 heading a draft table; visible sheet clean")

values["ej_merged_marking.xlsx"] = {}
label("ej_merged_marking.xlsx", "block", ["classified_marking"], [],
      "exceljs: row 1 A1:F1 merged, 秘密★1年 alone in it above the merged title row")

rich_id = make_id(rng)
values["ej_richtext_id.xlsx"] = {"id": rich_id}
label("ej_richtext_id.xlsx", "block", ["id_card"], [rich_id],
      "exceljs: shared string with rich-text runs; the ID is split over two runs (bold first 10 digits, red rest)")

values["ej_clean_stats.xlsx"] = {}
label("ej_clean_stats.xlsx", "pass", [], [],
      "exceljs: GDP/population/amount statistics with #,##0.00 / 0.0% / yyyy-mm-dd formats, SUM formulas, "
      "office landlines 0571-8xxxxxxx")

inl = roster(3, 40)
values["sj_str_roster.xlsx"] = {"rows": inl}
label("sj_str_roster.xlsx", "block", ["id_card", "mobile_phone"], [inl[0]["id"], inl[39]["id"], inl[20]["mobile"]],
      "SheetJS without bookSST (strings as t=\"str\" <v>, no shared strings): 40-row list, IDs and mobiles as text")

leg = "330106" + "850312" + "123"  # 15-digit legacy ID: region, yymmdd, sequence
card16 = make_card(rng, 16, "622588")
assert int(card16) < 2 ** 53
values["sj_numbers_numfmt.xlsx"] = {"legacy": leg, "card16": card16}
label("sj_numbers_numfmt.xlsx", "block", ["id_card", "bank_card"], [leg, card16],
      "SheetJS bookSST+cellStyles: a 15-digit legacy ID stored as a NUMBER (exact, format 0) under 身份证号 and a "
      "16-digit 62 card stored as a NUMBER (exact in a double, format 0000000000000000) under 银行卡号")

hid_mob = make_mobile(rng)
values["sj_hidden_numfmt.xlsx"] = {"mobile": hid_mob}
label("sj_hidden_numfmt.xlsx", "review", ["mobile_phone"], [hid_mob],
      "SheetJS cellStyles: a mobile stored as a number in a cell whose format is ;;; (shows nothing on screen)")

wide_id = make_id(rng)
values["sj_wide_row.xlsx"] = {"id": wide_id}
label("sj_wide_row.xlsx", "block", ["id_card"], [wide_id],
      "SheetJS: one very wide row (600 columns of numbers), the ID as text (after 申报人身份证号) in column WC after them")

hc = roster(4, 12)
values["sj_hidden_col.xlsx"] = {"rows": hc}
label("sj_hidden_col.xlsx", "review", ["mobile_phone", "hidden_content"], [hc[0]["mobile"], hc[11]["mobile"]],
      "SheetJS: column C 联系电话 hidden (<col hidden>), mobiles as numbers in it; visible columns masked")

orders = [bad_id(rng) for _ in range(20)]
values["sj_clean_orders.xlsx"] = {"orders": orders}
label("sj_clean_orders.xlsx", "pass", [], [],
      "SheetJS: 18-digit 订单编号 shaped like IDs but failing the GB 11643 check digit, 19-digit 流水号 failing Luhn, "
      "amounts")

values["sj_sheetname_marking.xlsx"] = {}
label("sj_sheetname_marking.xlsx", "block", ["classified_marking"], [],
      "SheetJS: the marking is only the sheet (tab) name 机密★5年; cells are plain statistics")

# ---------------------------------------------------------------- openpyxl files

import openpyxl  # noqa: E402  (Debian python3-openpyxl)
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.workbook.defined_name import DefinedName  # noqa: E402


def save(wb, name):
    wb.properties.creator = "blind15"
    wb.save(os.path.join(OUT, name))


# pandas-style int columns: openpyxl 3.0.9 writes numbers with "%.16g", so an 18-digit ID loses its last digits
# (it is not in the file at all and is not tested here), while an 11-digit mobile and a 16-digit card keep every digit.
rows = roster(5, 30)
cards16 = [make_card(rng, 16, "622202") for _ in rows]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "名单"
ws.append(["序号", "姓名", "手机号码", "银行卡号", "补贴金额（元）"])
for i, (r, c) in enumerate(zip(rows, cards16), 1):
    ws.append([i, r["name"], int(r["mobile"]), int(c), 1200])
    ws.cell(row=i + 1, column=4).number_format = "0"
save(wb, "op_int_mobiles_cards.xlsx")
label("op_int_mobiles_cards.xlsx", "block", ["bank_card", "mobile_phone"], [rows[0]["mobile"], cards16[0], cards16[-1]],
      "openpyxl 3.0.9 (as pandas to_excel writes int64 columns): mobiles and 16-digit 62 cards stored as NUMBERS, "
      "every digit kept (%.16g), strings as inlineStr with numeric character references")

# An ID split over two cells under a merged heading.
sp = make_id(rng)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "登记表"
ws.append(["姓名", "身份证号", None, "联系地址"])
ws.merge_cells("B1:C1")
ws.append([make_name(rng), sp[:10], sp[10:], "某某街道"])
save(wb, "op_split_id.xlsx")
label("op_split_id.xlsx", "block", ["id_card"], [sp],
      "openpyxl: one ID split over two neighbouring text cells B2|C2 under a merged 身份证号 heading (a reader sees "
      "the whole ID; README says neighbouring cells are never one number, so this is a contract question)")

cid = make_id(rng)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "汇总"
ws.append(["项目", "人数"])
ws.append(["困难补助", 12])
ws["B2"].comment = Comment("核对：申请人身份证 " + cid, "经办人")
save(wb, "op_comment_id.xlsx")
label("op_comment_id.xlsx", "block", ["id_card", "hidden_content"], [cid],
      "openpyxl: legacy comment (VML) on B2 with an unmasked ID; cells are counts")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "统计"
ws.append(["地区", "件数"])
ws.append(["东区", 35])
ws.oddFooter.left.text = "内部资料 注意保存"
ws.oddFooter.right.text = "第 &P 页"
save(wb, "op_footer_neibu.xlsx")
label("op_footer_neibu.xlsx", "review", ["sensitive_term"], [],
      "openpyxl: print footer &L内部资料 注意保存; cells clean")

vh = roster(6, 5)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "车辆统计"
ws.append(["类型", "数量"])
ws.append(["公务用车", 18])
h = wb.create_sheet("备用")
h.sheet_state = "veryHidden"
h.append(["驾驶员", "车牌号", "手机"])
for r in vh:
    h.append([r["name"], r["plate"], r["mobile"]])
save(wb, "op_veryhidden_plates.xlsx")
label("op_veryhidden_plates.xlsx", "review", ["license_plate", "mobile_phone", "hidden_content"],
      [vh[0]["mobile"], vh[0]["plate"]],
      "openpyxl: veryHidden sheet 备用 with 车牌号 and mobiles (text)")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "培训统计"
ws.append(["学习贯彻《中华人民共和国保守国家秘密法》培训情况统计表"])
ws.merge_cells("A1:D1")
ws.append(["单位", "参训人数", "合格率", "联系电话"])
for u, n, p in [("办公室", 45, 0.978), ("财务处", 23, 1.0), ("人事处", 31, 0.968)]:
    ws.append([u, n, p, "0571-8709" + str(rng.randrange(1000, 9999))])
    ws.cell(row=ws.max_row, column=3).number_format = "0.0%"
ws.append(["说明：依据保密法第二十八条，涉密信息不得在互联网发布。"])
save(wb, "op_clean_baomifa.xlsx")
label("op_clean_baomifa.xlsx", "pass", [], [],
      "openpyxl: title quotes 《中华人民共和国保守国家秘密法》, training counts, agency landlines, a note about the law")

hr = roster(7, 300)
hidden_row = 187
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "公示"
ws.append(["序号", "姓名", "身份证号", "手机号码"])
for i, r in enumerate(hr, 1):
    if i == hidden_row:
        ws.append([i, r["name"], r["id"], r["mobile"]])
        ws.row_dimensions[i + 1].hidden = True
    else:
        ws.append([i, r["name"], mask_id(r["id"]), mask_mobile(r["mobile"])])
save(wb, "op_hidden_row_300.xlsx")
label("op_hidden_row_300.xlsx", "block", ["id_card", "mobile_phone", "hidden_content"],
      [hr[hidden_row - 1]["id"], hr[hidden_row - 1]["mobile"]],
      "openpyxl: 300-row list, all masked except hidden row 188 holding a raw ID and mobile")

dn_mob = make_mobile(rng)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "报名"
ws.append(["项目", "名额"])
ws.append(["志愿服务", 20])
wb.defined_names.append(DefinedName("联系人", attr_text='"报名联系人王某某' + dn_mob + '"'))
wb.defined_names.append(DefinedName("名额区", attr_text="报名!$B$2"))
save(wb, "op_defname_mobile.xlsx")
label("op_defname_mobile.xlsx", "review", ["mobile_phone"], [dn_mob],
      "openpyxl: a defined name 联系人 whose value is a string constant with a mobile; cells clean")

# ---------------------------------------------------------------- hand-written XML (other exporters' shapes)

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{extra}</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WBRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>{extra}</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="000000000000000000"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_zip(name, sheet_xml, sheet_name, extra_parts=None, ct_extra="", wbrels_extra=""):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in [("[Content_Types].xml", CT.format(extra=ct_extra)), ("_rels/.rels", RELS),
                        ("xl/workbook.xml", WB.format(name=sheet_name)),
                        ("xl/_rels/workbook.xml.rels", WBRELS.format(extra=wbrels_extra)),
                        ("xl/styles.xml", STYLES), ("xl/worksheets/sheet1.xml", sheet_xml)] + (extra_parts or []):
            zi = zipfile.ZipInfo(n, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = "</sheetData></worksheet>"

# POI SXSSF shape: inline strings, every cell with r, rich runs inside <is>.
pr = roster(8, 25)
xml = [SHEET_HEAD.replace("<sheetData>", '<dimension ref="A1"/><sheetData>'), '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>身份证号</t></is></c>'
       '<c r="C1" t="inlineStr"><is><t>联系方式</t></is></c></row>']
for i, r in enumerate(pr, 2):
    xml.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d" t="inlineStr"><is><r><rPr><b/></rPr><t>%s</t></r><r><t>%s</t></r></is></c>'
               '<c r="C%d" t="inlineStr"><is><t xml:space="preserve">手机 %s</t></is></c></row>'
               % (i, i, r["name"], i, r["id"][:6], r["id"][6:], i, r["mobile"]))
xml.append(SHEET_TAIL)
write_zip("hx_poi_inlinestr.xlsx", "".join(xml), "Sheet0")
label("hx_poi_inlinestr.xlsx", "block", ["id_card", "mobile_phone"], [pr[0]["id"], pr[24]["id"], pr[3]["mobile"]],
      "hand-written in Apache POI SXSSF's shape: t=\"inlineStr\" cells, the ID split over two <r> runs inside <is>, "
      "no sharedStrings part, <dimension ref=\"A1\"/> as SXSSF leaves it")

# Cells and rows without r, empty rows, self-closing empty cells, a numeric ID literal with 18 digits (PhpSpreadsheet
# keeps a numeric string's digits as written).
nr = roster(9, 6)
nr = [r for r in nr]
nid = make_id(rng, want=lambda s: s[-1] != "X")
xml = [SHEET_HEAD, '<row><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>证件号码</t></is></c></row>', '<row/>', '<row/>']
xml.append('<row><c t="inlineStr"><is><t>%s</t></is></c><c s="2"><v>%s</v></c></row>' % (nr[0]["name"], nid))
xml.append('<row><c/><c/></row>')
xml.append(SHEET_TAIL)
write_zip("hx_norefs_numeric_id.xlsx", "".join(xml), "Worksheet")
label("hx_norefs_numeric_id.xlsx", "block", ["id_card"], [nid],
      "hand-written: rows and cells without r attributes, empty rows and cells; the ID is a NUMBER cell whose <v> "
      "holds all 18 digits literally (PhpSpreadsheet writes a numeric string so), format 000000000000000000")

def write_parts(name, parts):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts:
            zi = zipfile.ZipInfo(n, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


SST_CT = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
SST_REL = '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'

# Open XML SDK shape: every SpreadsheetML element carries the x: prefix (workbook, sheet and shared strings).
ox = roster(12, 8)
X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
strings = ["姓名", "身份证号", "手机号码"] + [s for r in ox for s in (r["name"], r["id"], r["mobile"])]
sst = '<?xml version="1.0" encoding="utf-8"?><x:sst %s count="%d" uniqueCount="%d">%s</x:sst>' % (
    X, len(strings), len(strings), "".join("<x:si><x:t>%s</x:t></x:si>" % esc(t) for t in strings))
rows = ['<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>']
for i in range(len(ox)):
    k = 3 + 3 * i
    rows.append('<x:row r="%d"><x:c r="A%d" t="s"><x:v>%d</x:v></x:c><x:c r="B%d" t="s"><x:v>%d</x:v></x:c><x:c r="C%d" t="s"><x:v>%d</x:v></x:c></x:row>'
                % (i + 2, i + 2, k, i + 2, k + 1, i + 2, k + 2))
sheet = '<?xml version="1.0" encoding="utf-8"?><x:worksheet %s><x:sheetData>%s</x:sheetData></x:worksheet>' % (X, "".join(rows))
wbx = '<?xml version="1.0" encoding="utf-8"?><x:workbook %s><x:sheets><x:sheet name="人员名单" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>' % X
stx = '<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font/></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>'
write_parts("hx_openxmlsdk_prefix.xlsx", [
    ("[Content_Types].xml", CT.format(extra=SST_CT)), ("_rels/.rels", RELS), ("xl/workbook.xml", wbx),
    ("xl/_rels/workbook.xml.rels", WBRELS.format(extra=SST_REL)), ("xl/styles.xml", stx),
    ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", sst)])
label("hx_openxmlsdk_prefix.xlsx", "block", ["id_card", "mobile_phone"], [ox[0]["id"], ox[7]["id"], ox[3]["mobile"]],
      "hand-written in the .NET Open XML SDK shape: every SpreadsheetML element prefixed x: (x:worksheet, x:c, x:v, "
      "x:si, x:t), shared strings")

# Strict OOXML (Excel's "Strict Open XML Spreadsheet"): purl.oclc.org namespaces and relationship types.
st = roster(13, 5)
SM = "http://purl.oclc.org/ooxml/spreadsheetml/main"
SR = "http://purl.oclc.org/ooxml/officeDocument/relationships"
strings = ["姓名", "身份证号", "银行卡号"] + [s for r in st for s in (r["name"], r["id"], r["card"])]
sst = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
    SM, len(strings), len(strings), "".join("<si><t>%s</t></si>" % esc(t) for t in strings))
rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>']
for i in range(len(st)):
    k = 3 + 3 * i
    rows.append('<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c><c r="C%d" t="s"><v>%d</v></c></row>'
                % (i + 2, i + 2, k, i + 2, k + 1, i + 2, k + 2))
sheet = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s" xmlns:r="%s"><sheetData>%s</sheetData></worksheet>' % (SM, SR, "".join(rows))
wbs = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s" conformance="strict"><sheets><sheet name="发放名单" sheetId="1" r:id="rId1"/></sheets></workbook>' % (SM, SR)
sts = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>' % SM
P = "http://schemas.openxmlformats.org/package/2006/relationships"
rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (P, SR)
wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/><Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>') % (P, SR, SR, SR)
write_parts("hx_strict_ooxml.xlsx", [
    ("[Content_Types].xml", CT.format(extra=SST_CT)), ("_rels/.rels", rels), ("xl/workbook.xml", wbs),
    ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", sts), ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", sst)])
label("hx_strict_ooxml.xlsx", "block", ["id_card", "bank_card"], [st[0]["id"], st[4]["id"], st[2]["card"]],
      "hand-written Strict OOXML (Excel's Strict Open XML Spreadsheet): purl.oclc.org spreadsheetml and "
      "relationship namespaces, shared strings")

# Part names chosen by the producer (only the relationships say where they are), and a shared-string table whose
# count/uniqueCount say 2 while it holds 7 items: the ID is item 6.
lie_id = make_id(rng)
strings = ["序号", "经办人", "说明", "王某某", "咨询电话 0571-87052345", "证件 " + lie_id, "手机另行告知"]
items = ["<si><t>%s</t></si>" % esc(t) for t in strings]
items[5] = '<si><r><t xml:space="preserve">证件 </t></r><r><rPr><b/></rPr><t>%s</t></r><r><t>%s</t></r></si>' % (lie_id[:6], lie_id[6:])
sst = '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">%s</sst>' % "".join(items)
sheet = (SHEET_HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
         '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c></row>'
         '<row r="40"><c r="A40"><v>2</v></c><c r="B40" t="s"><v>5</v></c><c r="C40" t="s"><v>6</v></c></row>' + SHEET_TAIL)
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/data/ws_gongshi.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/data/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '<Override PartName="/data/st.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
rels = RELS.replace("xl/workbook.xml", "book.xml")
wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="data/ws_gongshi.xml"/>'
          '<Relationship Id="R2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/data/st.xml"/>'
          '<Relationship Id="R3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="data/strings.xml"/></Relationships>')
write_parts("hx_partnames_sstcount.xlsx", [
    ("[Content_Types].xml", ct), ("_rels/.rels", rels), ("book.xml", WB.format(name="公示").replace('r:id="rId1"', 'r:id="R1"')),
    ("_rels/book.xml.rels", wbrels), ("data/st.xml", STYLES), ("data/ws_gongshi.xml", sheet), ("data/strings.xml", sst)])
label("hx_partnames_sstcount.xlsx", "block", ["id_card"], [lie_id],
      "hand-written: workbook at /book.xml, sheet at data/ws_gongshi.xml, strings at data/strings.xml (only the "
      "relationships say so; one target absolute); the sst says count=2 uniqueCount=2 but holds 7 items, the ID is "
      "item 6, used in row 40 after a gap; it splits the ID over rich-text runs (bold region "
      "code)")

# The sheet part in UTF-16 (XML allows it and Excel opens it): a reader that assumes UTF-8 must not pass it unread.
u16 = roster(14, 4)
rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>身份证号</t></is></c></row>']
for i, r in enumerate(u16, 2):
    rows.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (i, i, r["name"], i, r["id"]))
sheet16 = ('<?xml version="1.0" encoding="UTF-16"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           + "".join(rows) + SHEET_TAIL).encode("utf-16")
write_zip("hx_utf16_sheet.xlsx", sheet16, "名单")
label("hx_utf16_sheet.xlsx", "block", ["id_card"], [u16[0]["id"], u16[3]["id"]],
      "hand-written: the worksheet part is UTF-16 (BOM + encoding=\"UTF-16\" declaration), inline strings with IDs")

# ---------------------------------------------------------------- LibreOffice sources

csv_rows = roster(10, 30)
xid = [make_id(rng, want=lambda s: s[-1] == "X") for _ in range(3)]
with open(os.path.join(WORK, "lo_csv_roster.csv"), "w", encoding="utf-8") as f:
    f.write("序号,姓名,身份证号,手机号码,车牌号\n")
    for i, r in enumerate(csv_rows, 1):
        ident = xid[(5, 17, 29).index(i)] if i in (5, 17, 29) else mask_id(r["id"])
        f.write("%d,%s,%s,%s,%s\n" % (i, r["name"], ident, r["mobile"], r["plate"]))
label("lo_csv_roster.xlsx", "block", ["id_card", "mobile_phone", "license_plate"],
      [xid[2], xid[0], csv_rows[0]["mobile"], csv_rows[29]["mobile"], csv_rows[0]["plate"]],
      "LibreOffice CSV import then xlsx: three IDs ending in X (stay text), the rest masked; mobiles become NUMBER "
      "cells; plates text")

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:office2="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
"""


def tcell(s):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(s)


def ncell(n):
    return '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (n, n)


def fods(name, body, styles="", auto=""):
    with open(os.path.join(WORK, name), "w", encoding="utf-8") as f:
        f.write(FODS_HEAD + styles + auto + "<office:body><office:spreadsheet>" + body + "</office:spreadsheet></office:body></office:document>")


MASTER = """<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header><style:region-left><text:p>%s</text:p></style:region-left><style:region-center><text:p>%s</text:p></style:region-center></style:header><style:footer><text:p>第<text:page-number>1</text:page-number>页</text:p></style:footer></style:master-page></office:master-styles>"""
PAGELAYOUT = '<office:automatic-styles><style:page-layout style:name="pm1"/><style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false"/></style:style><style:style style:name="ro2" style:family="table-row"><style:table-row-properties/></style:style></office:automatic-styles>'

fods("lo_header_marking.fods",
     '<table:table table:name="预算表" table:style-name="ta1"><table:table-row>' + tcell("项目") + tcell("金额（万元）") + "</table:table-row>"
     + "<table:table-row>" + tcell("基本支出") + ncell("1234.5") + "</table:table-row></table:table>",
     auto=PAGELAYOUT, styles=MASTER % ("机密★5年", "2025年度预算执行情况"))
label("lo_header_marking.xlsx", "block", ["classified_marking"], [],
      "LibreOffice from .fods: page header left region 机密★5年 (becomes &L in oddHeader); cells clean")

an_mob = make_mobile(rng)
fods("lo_hidden_sheet_note.fods",
     '<table:table table:name="公开" table:style-name="ta1"><table:table-row>' + tcell("事项") + tcell("办理时限") + "</table:table-row>"
     + "<table:table-row>" + tcell("户籍迁移") + '<table:table-cell office:value-type="string"><office:annotation><dc:creator>经办人</dc:creator><text:p>请回电 '
     + an_mob + '</text:p></office:annotation><text:p>5个工作日</text:p></table:table-cell></table:table-row></table:table>'
     + '<table:table table:name="底稿" table:style-name="ta2"><table:table-row>' + tcell("内部资料 注意保存") + "</table:table-row>"
     + "<table:table-row>" + tcell("初审意见：同意") + "</table:table-row></table:table>",
     auto=PAGELAYOUT, styles=MASTER % ("", ""))
label("lo_hidden_sheet_note.xlsx", "review", ["mobile_phone", "hidden_content", "sensitive_term"], [an_mob],
      "LibreOffice from .fods: a cell annotation (comment) with a mobile, and a hidden sheet 底稿 whose A1 is "
      "内部资料 注意保存")

fods("lo_clean_stats.fods",
     '<table:table table:name="2024年国民经济主要指标" table:style-name="ta1"><table:table-row>' + tcell("指标") + tcell("2024年") + tcell("增长（%）") + "</table:table-row>"
     + "".join("<table:table-row>" + tcell(a) + ncell(b) + ncell(c) + "</table:table-row>" for a, b, c in [
         ("地区生产总值（亿元）", "21860.43", "5.6"), ("常住人口（人）", "12626000", "0.9"),
         ("一般公共预算收入（元）", "254321567890.12", "3.2"), ("社会消费品零售总额（万元）", "71234567", "4.1"),
         ("进出口总额（元）", "138002145678", "6.3")])
     + "<table:table-row>" + tcell("咨询电话：0571-87051234，12345政务服务热线") + "</table:table-row></table:table>",
     auto=PAGELAYOUT, styles=MASTER % ("杭州市统计局", "统计公报"))
label("lo_clean_stats.xlsx", "pass", [], [],
      "LibreOffice from .fods: GDP, population (12626000), amounts up to 12 digits with decimals, landline, 12345; "
      "page header agency name")

fods("lo_link_intranet.fods",
     '<table:table table:name="目录" table:style-name="ta1"><table:table-row>' + tcell("文件名称") + tcell("下载") + "</table:table-row>"
     + "<table:table-row>" + tcell("2024年工作总结") + '<table:table-cell office:value-type="string"><text:p><text:a xlink:href="http://10.20.8.15:8080/files/zj2024.docx" xlink:type="simple">点击下载</text:a></text:p></table:table-cell></table:table-row></table:table>',
     auto=PAGELAYOUT, styles=MASTER % ("", ""))
label("lo_link_intranet.xlsx", "review", ["internal_address"], [],
      "LibreOffice from .fods: text:a hyperlink to http://10.x.x.x:8080/ behind 点击下载 (xlsx hyperlink target only)")

with open(os.path.join(WORK, "values.json"), "w", encoding="utf-8") as f:
    json.dump(values, f, ensure_ascii=False)
with open(os.path.join(WORK, "labels.part.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
