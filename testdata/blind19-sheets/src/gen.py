#!/usr/bin/python3
"""gen.py OUT STAGE: writes the openpyxl, xlsxwriter, hand-XML and CSV files of
blind19-sheets into OUT, the inputs of the LibreOffice conversions into STAGE,
values.json (for gen.js) and labels.json. Fixed seed: the same bytes' values
every run (office producers stamp times into their files)."""
import json
import os
import random
import sys
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

OUT, STAGE = sys.argv[1], sys.argv[2]
R = random.Random(19)
LABELS = []

# ---------- synthetic values ----------
REGIONS = ["110101", "310104", "320102", "330106", "440305", "510107",
           "420106", "370102", "610113", "500103", "120103", "210102"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_id():
    reg = R.choice(REGIONS)
    y, m, d = R.randint(1955, 2004), R.randint(1, 12), R.randint(1, 28)
    body = f"{reg}{y:04d}{m:02d}{d:02d}{R.randint(10, 999):03d}"
    s = sum(int(c) * w for c, w in zip(body, W))
    return body + "10X98765432"[s % 11]


def legacy15():
    reg = R.choice(REGIONS)
    return f"{reg}{R.randint(50, 79):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(100, 999)}"


def luhn(prefix, n):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def card():
    return luhn(R.choice(["622202", "621700", "622848", "621226", "623052"]), 19)


def mobile():
    return R.choice(["139", "138", "150", "186", "199", "177", "135", "158", "187", "191"]) + \
        "".join(str(R.randint(0, 9)) for _ in range(8))


SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIV = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"


def name():
    return R.choice(SUR) + "".join(R.choice(GIV) for _ in range(R.randint(1, 2)))


def mask_id(v):
    return v[:6] + "********" + v[-4:]


def mask_mob(v):
    return v[:3] + "****" + v[-4:]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc():
    body = "91" + R.choice(REGIONS) + "".join(R.choice(USCC_CHARS) for _ in range(9))
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def label(f, verdict, cats, raws, note):
    LABELS.append({"file": f, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


def p(f):
    return os.path.join(OUT, f)


def people(n, ids=True, mobs=True, cards=False):
    rows = []
    for i in range(n):
        r = {"no": i + 1, "name": name(), "id": gb_id(), "mob": mobile(), "card": card(),
             "amt": R.choice([800, 1200, 1500, 2000, 3000])}
        rows.append(r)
    return rows


VALUES = {}  # handed to gen.js

# ================= openpyxl =================


def op_book(title, heading, cols, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append([heading])
    ws.append(cols)
    for r in rows:
        ws.append(r)
    return wb, ws


# op01: hidden row with an unmasked ID
ps = people(6)
wb, ws = op_book("发放明细", "2026年度耕地地力保护补贴发放表", ["序号", "姓名", "身份证号", "补贴金额（元）"],
                 [[x["no"], x["name"], mask_id(x["id"]), x["amt"]] for x in ps])
ws.append([7, ps[2]["name"], ps[2]["id"], ps[2]["amt"]])
ws.row_dimensions[9].hidden = True
ws.append(["合计", "", "", sum(x["amt"] for x in ps)])
wb.save(p("op01_hidden_row_id.xlsx"))
label("op01_hidden_row_id.xlsx", "block", ["id_card", "hidden_content"], [ps[2]["id"]],
      "openpyxl: 补贴发放表 whose visible IDs are masked; row 9 is hidden and holds one person's full ID (GB 11643 valid) as a shared string")

# op02: hidden column of mobiles
ps = people(6)
wb, ws = op_book("公示", "2026年公益性岗位拟聘用人员公示名单", ["序号", "姓名", "性别", "联系电话", "拟聘岗位"],
                 [[x["no"], x["name"], R.choice("男女"), x["mob"], R.choice(["保洁", "护林员", "协管员"])] for x in ps])
ws.column_dimensions["D"].hidden = True
wb.save(p("op02_hidden_col_mobile.xlsx"))
label("op02_hidden_col_mobile.xlsx", "review", ["mobile_phone", "hidden_content"], [x["mob"] for x in ps],
      "openpyxl: 公示名单 with column D (联系电话, six mobiles) hidden")

# op03: hidden sheet with raw IDs behind a masked public sheet
ps = people(5)
wb, ws = op_book("公示名单", "城乡居民最低生活保障新增对象公示", ["序号", "姓名", "身份证号", "保障人数"],
                 [[x["no"], x["name"], mask_id(x["id"]), R.randint(1, 4)] for x in ps])
h = wb.create_sheet("原始数据")
h.append(["姓名", "身份证号", "银行卡号"])
for x in ps:
    h.append([x["name"], x["id"], x["card"]])
h.sheet_state = "hidden"
wb.save(p("op03_hidden_sheet_ids.xlsx"))
label("op03_hidden_sheet_ids.xlsx", "block", ["id_card", "bank_card", "hidden_content"],
      [x["id"] for x in ps] + [x["card"] for x in ps],
      "openpyxl: visible sheet masks IDs; hidden sheet 原始数据 holds full IDs and UnionPay cards under 银行卡号")

# op04: veryHidden sheet with cards
ps = people(4)
wb, ws = op_book("汇总", "2026年第三季度就业补贴汇总", ["乡镇", "人数", "金额（元）"],
                 [["城关镇", 12, 36000], ["东坝镇", 8, 24000], ["西河乡", 5, 15000]])
h = wb.create_sheet("Sheet3")
h.append(["户名", "开户行", "卡号"])
for x in ps:
    h.append([x["name"], "农村信用社", x["card"]])
h.sheet_state = "veryHidden"
wb.save(p("op04_veryhidden_cards.xlsx"))
label("op04_veryhidden_cards.xlsx", "block", ["bank_card", "hidden_content"], [x["card"] for x in ps],
      "openpyxl: a veryHidden sheet (not listed by Excel's 取消隐藏) holds persons' cards under 卡号")

# op05: ;;; number format hides mobiles stored as numbers
ps = people(5)
wb, ws = op_book("名单", "2026年度优秀志愿者名单", ["序号", "姓名", "服务时长（小时）", "备用"],
                 [[x["no"], x["name"], R.randint(100, 600), int(x["mob"])] for x in ps])
for r in range(3, 8):
    ws.cell(r, 4).number_format = ";;;"
wb.save(p("op05_semicolon_fmt_mobile.xlsx"))
label("op05_semicolon_fmt_mobile.xlsx", "review", ["mobile_phone"], [x["mob"] for x in ps],
      "openpyxl: column D 备用 holds mobiles stored as numbers with the ;;; number format (cells look empty). docs/ silent on whether ;;; counts as hidden_content; a mobile is review either way")

# op06: white font on white fill
ps = people(5)
wb, ws = op_book("表1", "2026年度见义勇为人员表彰名单", ["序号", "姓名", "单位", "身份证号"],
                 [[x["no"], x["name"], "某某街道", x["id"]] for x in ps])
for r in range(2, 8):
    c = ws.cell(r, 4)
    c.font = Font(color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="FFFFFF")
wb.save(p("op06_white_font_ids.xlsx"))
label("op06_white_font_ids.xlsx", "block", ["id_card"], [x["id"] for x in ps],
      "openpyxl: column D (身份证号) in white font on a white fill. docs/ silent on white-on-white cells as hidden_content; the IDs block by themselves")

# op08: data-validation input message with a mobile
wb, ws = op_book("填报", "2026年度农机购置补贴申请汇总表", ["序号", "申请人", "机具品目", "补贴额（元）"],
                 [[1, "某某合作社", "拖拉机", 18000], [2, "某某农场", "插秧机", 9600]])
m = mobile()
dv = DataValidation(type="list", formula1='"拖拉机,插秧机,收割机"', showInputMessage=True,
                    promptTitle="填报说明", prompt=f"品目有疑问请联系农机站老刘{m}")
ws.add_data_validation(dv)
dv.add("C3:C20")
wb.save(p("op08_dv_prompt_mobile.xlsx"))
label("op08_dv_prompt_mobile.xlsx", "review", ["mobile_phone"], [m],
      "openpyxl: a data validation's input message (prompt) names a person and his mobile; nothing in the cells")

# op09: defined name holding a string constant with an ID
i9 = gb_id()
wb, ws = op_book("统计", "2026年1-10月人口抽样调查情况", ["指标", "数值"],
                 [["调查户数", 3120], ["调查人口", 9873]])
wb.defined_names.append(DefinedName("核对人证件", attr_text=f'"身份证号{i9}"'))
wb.save(p("op09_defined_name_id.xlsx"))
label("op09_defined_name_id.xlsx", "block", ["id_card"], [i9],
      "openpyxl: a defined name (名称管理器) whose value is a string constant 身份证号+ID")

# op10: print header marking
wb, ws = op_book("预算", "2026年部门预算项目明细", ["项目", "金额（万元）"],
                 [["信息化运维", 120.5], ["办公设备购置", 48]])
ws.oddHeader.center.text = "秘密★1年"
ws.oddFooter.center.text = "第 &P 页"
wb.save(p("op10_header_marking.xlsx"))
label("op10_header_marking.xlsx", "block", ["classified_marking"], [],
      "openpyxl: print header &C秘密★1年 (oddHeader); cells are clean")

# op11: footer with a mobile
m = mobile()
wb, ws = op_book("采购", "2026年办公用品询价结果", ["品名", "中标单价（元）"],
                 [["A4复印纸", 21.5], ["硒鼓", 380]])
ws.oddFooter.left.text = f"制表：行政科 赵敏 {m}"
ws.oddFooter.right.text = "&D"
wb.save(p("op11_footer_mobile.xlsx"))
label("op11_footer_mobile.xlsx", "review", ["mobile_phone"], [m],
      "openpyxl: print footer &L制表 name + mobile")

# op12: chart title marking
wb, ws = op_book("经费", "专项经费支出", ["季度", "支出（万元）"],
                 [["一季度", 30], ["二季度", 42], ["三季度", 38]])
ch = BarChart()
ch.title = "机密★ 专项经费季度支出"
ch.add_data(Reference(ws, min_col=2, min_row=2, max_row=5), titles_from_data=True)
ch.set_categories(Reference(ws, min_col=1, min_row=3, max_row=5))
ws.add_chart(ch, "D2")
wb.save(p("op12_chart_title_marking.xlsx"))
label("op12_chart_title_marking.xlsx", "block", ["classified_marking"], [],
      "openpyxl bar chart whose title is 机密★ 专项经费季度支出; cells clean")

# op13: sheet name is a marking
wb, ws = op_book("机密★1年", "关于2026年度应急物资储备情况统计", ["物资", "数量"],
                 [["帐篷", 300], ["折叠床", 800]])
wb.create_sheet("说明").append(["本表数据截至2026年10月31日"])
wb.save(p("op13_sheet_name_marking.xlsx"))
label("op13_sheet_name_marking.xlsx", "block", ["classified_marking"], [],
      "openpyxl: the first sheet is named 机密★1年; nothing in the cells")

# op14: marking in the first rows above a table
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["秘密★6个月"])
ws.append([])
ws.append(["2026年度维稳专项工作经费安排表"])
ws.append(["单位", "金额（万元）", "备注"])
ws.append(["县公安局", 60, ""])
ws.append(["县司法局", 15, ""])
wb.save(p("op14_top_rows_marking.xlsx"))
label("op14_top_rows_marking.xlsx", "block", ["classified_marking"], [],
      "openpyxl: A1 holds 秘密★6个月 two rows above the table's title")

# op15: merged heading cell marking
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "表"
ws["A1"] = "绝密★长期"
ws.merge_cells("A1:E1")
ws.append(["序号", "代号", "地点", "负责单位", "完成时限"])
ws.append([1, "A项", "某地", "某部门", "2026年12月"])
wb.save(p("op15_merged_marking.xlsx"))
label("op15_merged_marking.xlsx", "block", ["classified_marking"], [],
      "openpyxl: 绝密★长期 in the merged cell A1:E1 heading the sheet")

# op16: 18-digit IDs stored as numbers (float: last digits lost)
ps = people(4)
wb, ws = op_book("名单", "2026年高龄津贴发放名单", ["序号", "姓名", "身份证号码", "金额（元）"],
                 [[x["no"], x["name"], float(x["id"].replace("X", "0")), 300] for x in ps])
for r in range(3, 7):
    ws.cell(r, 3).number_format = "0"
wb.save(p("op16_id_as_number_precision.xlsx"))
label("op16_id_as_number_precision.xlsx", "block", [], [x["id"] for x in ps],
      "openpyxl: 18-digit IDs written as numbers (doubles, stored as e.g. 3.101041964121499e+17, 16–17 significant digits, shown with format 0): the last digit(s) are lost, so the check digit no longer validates, but region, birth date and sequence of real-shaped IDs are published under 身份证号码. A careful reviewer would not publish it; docs/ are silent on check-digit-broken IDs, so no category is required")

# ----- openpyxl clean controls -----
ps = people(6)
wb, ws = op_book("公示", "2026年度城乡居民医疗救助对象公示", ["序号", "姓名", "身份证号", "联系电话", "救助金额（元）"],
                 [[x["no"], x["name"][0] + "某某", mask_id(x["id"]), mask_mob(x["mob"]), x["amt"]] for x in ps])
ws.append(["监督电话：12345，0731-84567890"])
wb.save(p("op_c01_masked.xlsx"))
label("op_c01_masked.xlsx", "pass", [], [],
      "openpyxl clean: IDs 6+8*+4 and mobiles 3****4 masked, names 某某, hotline 12345 and an agency landline")

rows = []
for i in range(6):
    rows.append([f"ZFCG-2026-{R.randint(1000, 9999)}", R.choice(["某某科技有限公司", "某某建设集团有限公司", "某某信息技术股份有限公司"]),
                 uscc(), round(R.uniform(10, 900), 2), f"2026-{R.randint(1, 11):02d}-{R.randint(1, 28):02d}"])
wb, ws = op_book("结果", "2026年政府采购中标（成交）结果公告", ["项目编号", "中标供应商", "统一社会信用代码", "中标金额（万元）", "公告日期"], rows)
wb.save(p("op_c02_uscc_procurement.xlsx"))
label("op_c02_uscc_procurement.xlsx", "pass", [], [],
      "openpyxl clean: 采购结果 with valid 统一社会信用代码 (GB 32100 check), project numbers, amounts and dates")

rows = [["全市", 13869251000, 12706430000, "9.2"], ["市本级", 15023004500, 14500120000, "3.6"],
        ["高新区", 18604120000, 17750340000, "4.8"]]
wb, ws = op_book("收支", "2026年1-10月一般公共预算收支统计表", ["地区", "收入（元）", "上年同期（元）", "增长（%）"], rows)
wb.save(p("op_c03_stats_11digit.xlsx"))
label("op_c03_stats_11digit.xlsx", "pass", [], [],
      "openpyxl near miss: 11-digit totals that look like mobiles (138…, 150…, 186…) stored as numbers in columns headed （元）")

wb, ws = op_book("密级", "国家秘密的密级和保密期限说明", ["密级", "含义", "保密期限（一般）"],
                 [["绝密", "最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害", "不超过30年"],
                  ["机密", "重要的国家秘密，泄露会使国家安全和利益遭受严重的损害", "不超过20年"],
                  ["秘密", "一般的国家秘密，泄露会使国家安全和利益遭受损害", "不超过10年"]])
ws.append(["依据：《中华人民共和国保守国家秘密法》第十条、第十五条"])
wb.save(p("op_c04_levels_table.xlsx"))
label("op_c04_levels_table.xlsx", "pass", [], [],
      "openpyxl near miss: a 普法 table explaining 绝密/机密/秘密 and their periods, citing 保守国家秘密法; no ★, no marking")

wb, ws = op_book("通讯录", "县政务服务中心窗口咨询电话", ["窗口", "咨询电话", "办公时间"],
                 [["企业开办", "0571-87051234", "工作日9:00-17:00"], ["不动产登记", "0571-87051235", "工作日9:00-17:00"],
                  ["政务服务便民热线", "12345", "全天"], ["生态环境投诉", "12369", "全天"]])
wb.save(p("op_c05_hotlines.xlsx"))
label("op_c05_hotlines.xlsx", "pass", [], [],
      "openpyxl clean: agency landlines and hotlines 12345/12369")

wb, ws = op_book("目录", "2026年政府信息主动公开目录", ["序号", "信息名称", "公开属性", "发布日期"],
                 [[1, "2026年部门预算", "主动公开", "2026-02-10"], [2, "2025年度决算", "主动公开", "2026-08-20"]])
dv = DataValidation(type="list", formula1='"主动公开,依申请公开,不予公开"', showInputMessage=True,
                    promptTitle="公开属性", prompt="请从下拉列表中选择公开属性")
ws.add_data_validation(dv)
dv.add("C3:C200")
wb.save(p("op_c06_dv_clean.xlsx"))
label("op_c06_dv_clean.xlsx", "pass", [], [],
      "openpyxl clean: a data-validation list 主动公开/依申请公开/不予公开 with a plain prompt")

wb, ws = op_book("收支", "2026年1-10月财政收支情况", ["月份", "收入（亿元）", "支出（亿元）"],
                 [[f"{i}月", round(R.uniform(8, 15), 1), round(R.uniform(9, 16), 1)] for i in range(1, 11)])
ch = BarChart()
ch.title = "2026年1-10月财政收支情况"
ch.add_data(Reference(ws, min_col=2, min_row=2, max_col=3, max_row=12), titles_from_data=True)
ch.set_categories(Reference(ws, min_col=1, min_row=3, max_row=12))
ws.add_chart(ch, "E2")
ws.append(["注：根据《中华人民共和国保守国家秘密法》和《政府信息公开条例》，本表经保密审查后公开。"])
wb.save(p("op_c07_chart_clean.xlsx"))
label("op_c07_chart_clean.xlsx", "pass", [], [],
      "openpyxl clean: a chart of monthly revenue with a plain title and a note citing 保守国家秘密法")

# ================= xlsxwriter =================


def xw(f):
    return xlsxwriter.Workbook(p(f), {"strings_to_numbers": False})


# xw01: comment with mobile
m = mobile()
wb = xw("xw01_comment_mobile.xlsx")
ws = wb.add_worksheet("名单")
for r, row in enumerate([["序号", "姓名", "村（社区）"], [1, "李某某", "向阳村"], [2, "王某某", "东湖社区"]]):
    ws.write_row(r, 0, row)
ws.write_comment("B2", f"本人手机{m}，电话回访已同意公示", {"author": "民政办"})
wb.close()
label("xw01_comment_mobile.xlsx", "review", ["mobile_phone", "hidden_content"], [m],
      "xlsxwriter: a cell comment (legacy note with VML) holds a mobile")

# xw02: rich text runs split an ID
i2 = gb_id()
wb = xw("xw02_rich_split_id.xlsx")
ws = wb.add_worksheet("登记")
b = wb.add_format({"bold": True})
red = wb.add_format({"font_color": "red"})
ws.write_row(0, 0, ["姓名", "身份证号", "备注"])
ws.write(1, 0, name())
ws.write_rich_string(1, 1, i2[:6], b, i2[6:14], red, i2[14:])
ws.write(1, 2, "已核验")
wb.close()
label("xw02_rich_split_id.xlsx", "block", ["id_card"], [i2],
      "xlsxwriter write_rich_string: the ID is three runs (region plain, birth date bold, tail red) in one shared string")

# xw03: text box with marking
wb = xw("xw03_textbox_marking.xlsx")
ws = wb.add_worksheet("汇总")
ws.write_row(0, 0, ["单位", "人数"])
ws.write_row(1, 0, ["一科", 12])
ws.insert_textbox("D2", "机密★1年\n请勿外传", {"width": 180, "height": 60})
wb.close()
label("xw03_textbox_marking.xlsx", "block", ["classified_marking"], [],
      "xlsxwriter insert_textbox: a text box shape over the sheet reads 机密★1年 / 请勿外传")

# xw06: collapsed outline rows with IDs
ps = people(4)
wb = xw("xw06_outline_rows_ids.xlsx")
ws = wb.add_worksheet("汇总")
ws.write_row(0, 0, ["单位/姓名", "身份证号", "补助（元）"])
ws.write_row(1, 0, ["城关镇小计", "", sum(x["amt"] for x in ps)])
for i, x in enumerate(ps):
    ws.write_row(2 + i, 0, [x["name"], x["id"], x["amt"]])
    ws.set_row(2 + i, None, None, {"level": 1, "hidden": True})
ws.set_row(6, None, None, {"collapsed": True})
ws.write_row(6, 0, ["合计", "", sum(x["amt"] for x in ps)])
wb.close()
label("xw06_outline_rows_ids.xlsx", "block", ["id_card", "hidden_content"], [x["id"] for x in ps],
      "xlsxwriter: grouped (outline level 1) rows collapsed and hidden under a 小计 row hold names and IDs")

# xw07: chart title + series name
wb = xw("xw07_chart_series_term.xlsx")
ws = wb.add_worksheet("数据")
ws.write_column(0, 0, ["一月", "二月", "三月"])
ws.write_column(0, 1, [5, 8, 6])
c = wb.add_chart({"type": "line"})
c.add_series({"name": "内部资料　注意保存", "categories": "=数据!$A$1:$A$3", "values": "=数据!$B$1:$B$3"})
c.set_title({"name": "信访件数月度变化"})
ws.insert_chart("D2", c)
wb.close()
label("xw07_chart_series_term.xlsx", "review", ["sensitive_term"], [],
      "xlsxwriter line chart: the series name (a literal, not a cell) reads 内部资料　注意保存")

# xw08: header with internal term
wb = xw("xw08_header_term.xlsx")
ws = wb.add_worksheet("表")
ws.write_row(0, 0, ["事项", "进度"])
ws.write_row(1, 0, ["老旧小区改造", "已完成80%"])
ws.set_header("&L仅供内部参考&C&R第&P页")
wb.close()
label("xw08_header_term.xlsx", "review", ["sensitive_term"], [],
      "xlsxwriter set_header: &L仅供内部参考 in the print header")

# xw09: formula of string literals with a cached ID
i9b = gb_id()
wb = xw("xw09_formula_literal_id.xlsx")
ws = wb.add_worksheet("核对")
ws.write_row(0, 0, ["姓名", "证件"])
ws.write(1, 0, name())
ws.write_formula(1, 1, f'="{i9b[:10]}"&"{i9b[10:]}"', None, i9b)
wb.close()
label("xw09_formula_literal_id.xlsx", "block", ["id_card"], [i9b],
      "xlsxwriter write_formula: =\"<first 10>\"&\"<last 8>\" with the joined ID as cached value; the ID is whole only in <v>, split in <f>")

# xw11: mobiles with custom number format
ps = people(4)
wb = xw("xw11_mobile_custom_fmt.xlsx")
ws = wb.add_worksheet("联络员")
f = wb.add_format({"num_format": "000-0000-0000"})
ws.write_row(0, 0, ["单位", "联络员", "手机"])
for i, x in enumerate(ps):
    ws.write(1 + i, 0, f"第{i + 1}网格")
    ws.write(1 + i, 1, x["name"])
    ws.write_number(1 + i, 2, int(x["mob"]), f)
wb.close()
label("xw11_mobile_custom_fmt.xlsx", "review", ["mobile_phone"], [x["mob"] for x in ps],
      "xlsxwriter: mobiles stored as numbers shown 139-1234-5678 by the custom number format 000-0000-0000")

# op17: 18-digit ID as text with a leading apostrophe (quotePrefix)
ps = people(3)
wb, ws = op_book("名单", "2026年度村级后备干部名单", ["姓名", "身份证号码"], [[x["name"], x["id"]] for x in ps])
for r in range(3, 6):
    ws.cell(r, 2).quotePrefix = True
wb.save(p("op17_quote_prefix_id.xlsx"))
label("op17_quote_prefix_id.xlsx", "block", ["id_card"], [x["id"] for x in ps],
      "openpyxl: IDs as text with quotePrefix (the leading apostrophe Excel users type)")

# xw13: bank card split into groups
ps = people(3)
wb = xw("xw13_card_groups.xlsx")
ws = wb.add_worksheet("发放")
ws.write_row(0, 0, ["户主", "开户银行", "银行卡号", "金额（元）"])
for i, x in enumerate(ps):
    c = x["card"]
    ws.write_row(1 + i, 0, [x["name"], "农商银行", " ".join(c[j:j + 4] for j in range(0, 19, 4)), x["amt"]])
wb.close()
label("xw13_card_groups.xlsx", "block", ["bank_card"], [x["card"] for x in ps],
      "xlsxwriter: 19-digit UnionPay cards written in groups of four (6222 0212 …) under 银行卡号")

# xw14: cached numeric formula value = mobile
m = mobile()
wb = xw("xw14_formula_cached_mobile.xlsx")
ws = wb.add_worksheet("联系")
ws.write_row(0, 0, ["联系人", "联系电话"])
ws.write(1, 0, "周某")
ws.write_formula(1, 1, "=Sheet2!A1", None, int(m))
ws2 = wb.add_worksheet("Sheet2")
ws2.write_number(0, 0, int(m))
ws2.hide()
wb.close()
label("xw14_formula_cached_mobile.xlsx", "review", ["mobile_phone", "hidden_content"], [m],
      "xlsxwriter: B2 is =Sheet2!A1 with the mobile as cached numeric value; Sheet2 (hidden) holds it as a number")

# ----- xlsxwriter clean controls -----
ps = people(8)
wb = xw("xw_c01_subsidy_clean.xlsx")
ws = wb.add_worksheet("发放表")
ws.merge_range(0, 0, 0, 4, "2026年第四季度城乡低保金发放表")
ws.write_row(1, 0, ["序号", "户主", "身份证号", "保障人口", "发放金额（元）"])
for i, x in enumerate(ps):
    ws.write_row(2 + i, 0, [i + 1, x["name"][0] + "某", mask_id(x["id"]), R.randint(1, 5), x["amt"]])
ws.write(11, 0, "发放日期：2026年12月1日")
wb.close()
label("xw_c01_subsidy_clean.xlsx", "pass", [], [],
      "xlsxwriter clean: merged heading, masked IDs, amounts, a date")

wb = xw("xw_c02_order_numbers.xlsx")
ws = wb.add_worksheet("订单")
ws.write_row(0, 0, ["订单编号", "合同编号", "金额（元）", "日期"])
for i in range(6):
    ws.write_row(1 + i, 0, [f"2026{R.randint(10, 12):02d}{R.randint(10, 28):02d}{R.randint(10 ** 9, 10 ** 10 - 1)}",
                            f"HT{R.randint(10 ** 11, 10 ** 12 - 1)}", round(R.uniform(1000, 90000), 2), "2026-11-30"])
wb.close()
label("xw_c02_order_numbers.xlsx", "pass", [], [],
      "xlsxwriter near miss: 18-digit order numbers (starting 2026…, no valid region) and 12-digit contract numbers")

wb = xw("xw_c03_textbox_clean.xlsx")
ws = wb.add_worksheet("说明")
ws.write_row(0, 0, ["事项", "办理时限"])
ws.write_row(1, 0, ["居住证签注", "即办"])
ws.insert_textbox("D2", "咨询电话：12345\n办公地址：市民中心二楼", {"width": 200, "height": 50})
ws.set_footer("&C第&P页 共&N页")
wb.close()
label("xw_c03_textbox_clean.xlsx", "pass", [], [],
      "xlsxwriter clean: a text box with the hotline 12345 and an address; footer page numbers")

wb = xw("xw_c04_landline_fmt.xlsx")
ws = wb.add_worksheet("通讯录")
f = wb.add_format({"num_format": "0000-00000000"})
ws.write_row(0, 0, ["科室", "办公电话", "传真"])
for i, k in enumerate(["办公室", "财务科", "政策法规科"]):
    ws.write(1 + i, 0, k)
    ws.write_number(1 + i, 1, 57187051230 + i, f)
    ws.write_number(1 + i, 2, 57187051299, f)
ws.write_row(4, 0, ["投诉举报", "12345"])
wb.close()
label("xw_c04_landline_fmt.xlsx", "pass", [], [],
      "xlsxwriter near miss: agency landlines stored as numbers 57187051230 (11 digits, leading 0 dropped) shown 0571-87051230 by the format 0000-00000000; hotline 12345")

# ================= hand-written XML =================
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def cell(ref, v):
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'


def rows_xml(rows):
    out = []
    for i, row in enumerate(rows):
        cs = "".join(cell(f"{chr(65 + j)}{i + 1}", v) for j, v in enumerate(row) if v is not None and not str(v).startswith("<c"))
        raw = "".join(v for v in row if isinstance(v, str) and v.startswith("<c"))
        out.append(f'<row r="{i + 1}">{cs}{raw}</row>')
    return "<sheetData>" + "".join(out) + "</sheetData>"


def hand_xlsx(f, sheet_body, sheet_rels="", parts=None, wb_extra="", wb_rels_extra="", ct_extra=""):
    parts = parts or {}
    with zipfile.ZipFile(p(f), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   + ct_extra + '</Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {NS}>'
                   f'<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>{wb_extra}</workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{RT}/worksheet" Target="worksheets/sheet1.xml"/>{wb_rels_extra}</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}>{sheet_body}</worksheet>')
        if sheet_rels:
            z.writestr("xl/worksheets/_rels/sheet1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       + sheet_rels + '</Relationships>')
        for k, v in parts.items():
            z.writestr(k, v)


# hx01: threaded comment
m = mobile()
tc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      '<threadedComment ref="B2" dT="2026-11-20T09:12:00.00" personId="{6A1C2B3D-0000-4000-8000-000000000001}" id="{1B2C3D4E-0000-4000-8000-000000000001}"><text>这户要再核一下</text></threadedComment>'
      f'<threadedComment ref="B2" dT="2026-11-20T10:02:00.00" personId="{{6A1C2B3D-0000-4000-8000-000000000002}}" id="{{1B2C3D4E-0000-4000-8000-000000000002}}" parentId="{{1B2C3D4E-0000-4000-8000-000000000001}}"><text>已电话核实，户主手机{m}</text></threadedComment>'
      '</ThreadedComments>')
persons = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<person displayName="经办人甲" id="{6A1C2B3D-0000-4000-8000-000000000001}" userId="jbr1" providerId="None"/>'
           '<person displayName="经办人乙" id="{6A1C2B3D-0000-4000-8000-000000000002}" userId="jbr2" providerId="None"/></personList>')
hand_xlsx("hx01_threaded_comment_mobile.xlsx",
          rows_xml([["序号", "户主", "补助（元）"], [1, "刘某某", 1500], [2, "陈某", 1200]]),
          sheet_rels=f'<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>',
          parts={"xl/threadedComments/threadedComment1.xml": tc, "xl/persons/person.xml": persons},
          wb_rels_extra='<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>',
          ct_extra='<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                   '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>')
label("hx01_threaded_comment_mobile.xlsx", "review", ["mobile_phone", "hidden_content"], [m],
      "hand XML: a threaded comment (Excel 365 threadedComments part, no legacy note copy) whose reply gives 户主手机 + mobile")

# hx02: formula of string literals, no cached value
i2b = gb_id()
hand_xlsx("hx02_formula_literal_nocache.xlsx",
          rows_xml([["姓名", "身份证号"], ["吴某", f'<c r="B2" t="str"><f>CONCATENATE("{i2b[:6]}","{i2b[6:]}")</f></c>']]))
label("hx02_formula_literal_nocache.xlsx", "block", ["id_card"], [i2b],
      "hand XML: B2 is CONCATENATE(\"<region>\",\"<rest>\") with no cached <v>; Excel shows the whole ID on opening. The value exists only as two string literals in <f>")

# hx03: external link cache with IDs
ps = people(3)
ext_cells = "".join(f'<row r="{i + 2}"><cell r="A{i + 2}" t="str"><v>{x["name"]}</v></cell><cell r="B{i + 2}" t="str"><v>{x["id"]}</v></cell></row>' for i, x in enumerate(ps))
ext = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink {NS}><externalBook r:id="rId1"><sheetNames><sheetName val="名单"/></sheetNames>'
       f'<sheetDataSet><sheetData sheetId="0">{ext_cells}</sheetData></sheetDataSet></externalBook></externalLink>')
hand_xlsx("hx03_extlink_cache_ids.xlsx",
          rows_xml([["指标", "数值"], ["核对人数", '<c r="B2"><f>COUNTA([1]名单!B2:B4)</f><v>3</v></c>']]),
          parts={"xl/externalLinks/externalLink1.xml": ext,
                 "xl/externalLinks/_rels/externalLink1.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{RT}/externalLinkPath" Target="名单.xlsx" TargetMode="External"/></Relationships>'},
          wb_extra='<externalReferences><externalReference r:id="rId3"/></externalReferences>',
          wb_rels_extra=f'<Relationship Id="rId3" Type="{RT}/externalLink" Target="externalLinks/externalLink1.xml"/>',
          ct_extra='<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>')
label("hx03_extlink_cache_ids.xlsx", "block", ["id_card"], [x["id"] for x in ps],
      "hand XML: an external link's cached sheet data (externalLink1.xml sheetDataSet) holds names and IDs of the linked 名单.xlsx; the sheet shows only a count. README lists no 'external links' for XLSX explicitly: docs/ silent, labelled as the reviewer would (Excel shows the cache in formulas and 编辑链接)")

# hx04: external link target on an intranet share
hand_xlsx("hx04_extlink_unc.xlsx",
          rows_xml([["指标", "数值"], ["上报户数", '<c r="B2"><f>[1]汇总!C5</f><v>128</v></c>']]),
          parts={"xl/externalLinks/externalLink1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink {NS}><externalBook r:id="rId1"><sheetNames><sheetName val="汇总"/></sheetNames></externalBook></externalLink>',
                 "xl/externalLinks/_rels/externalLink1.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{RT}/externalLinkPath" Target="file:///\\\\10.8.1.20\\共享\\民政\\汇总.xlsx" TargetMode="External"/></Relationships>'},
          wb_extra='<externalReferences><externalReference r:id="rId3"/></externalReferences>',
          wb_rels_extra=f'<Relationship Id="rId3" Type="{RT}/externalLink" Target="externalLinks/externalLink1.xml"/>',
          ct_extra='<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>')
label("hx04_extlink_unc.xlsx", "review", ["internal_address"], [],
      "hand XML: the external link's target is a UNC path on a private-IP file server (file:///\\\\10.8.1.20\\共享\\…). docs/ do not name XLSX external-link targets; internal_address covers UNC paths")

# hx05: pivot cache with names and mobiles, sheet shows aggregates only
ps = people(4)
pdef = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition {NS} r:id="rId1" recordCount="4">'
        '<cacheSource type="worksheet"><worksheetSource ref="A1:C5" sheet="明细"/></cacheSource><cacheFields count="3">'
        '<cacheField name="姓名" numFmtId="0"><sharedItems count="4">' + "".join(f'<s v="{x["name"]}"/>' for x in ps) + '</sharedItems></cacheField>'
        '<cacheField name="手机" numFmtId="0"><sharedItems count="4">' + "".join(f'<s v="{x["mob"]}"/>' for x in ps) + '</sharedItems></cacheField>'
        '<cacheField name="金额" numFmtId="0"><sharedItems containsNumber="1" containsInteger="1" minValue="800" maxValue="3000"/></cacheField>'
        '</cacheFields></pivotCacheDefinition>')
precs = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheRecords {NS} count="4">'
         + "".join(f'<r><x v="{i}"/><x v="{i}"/><n v="{x["amt"]}"/></r>' for i, x in enumerate(ps)) + '</pivotCacheRecords>')
hand_xlsx("hx05_pivot_cache_mobiles.xlsx",
          rows_xml([["项目", "金额合计（元）"], ["临时救助", sum(x["amt"] for x in ps)]]),
          parts={"xl/pivotCache/pivotCacheDefinition1.xml": pdef, "xl/pivotCache/pivotCacheRecords1.xml": precs,
                 "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>'},
          wb_extra='<pivotCaches><pivotCache cacheId="1" r:id="rId4"/></pivotCaches>',
          wb_rels_extra=f'<Relationship Id="rId4" Type="{RT}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>',
          ct_extra='<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>'
                   '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>')
label("hx05_pivot_cache_mobiles.xlsx", "review", ["mobile_phone"], [x["mob"] for x in ps],
      "hand XML: a pivot cache whose 手机 field's sharedItems hold four mobiles; the sheet shows one total (the source sheet was deleted)")

# hx06: inline string rich runs split a mobile
m = mobile()
hand_xlsx("hx06_inline_rich_mobile.xlsx",
          rows_xml([["联系人", "联系方式"], ["孙某",
                    f'<c r="B2" t="inlineStr"><is><r><t>{m[:3]}</t></r><r><rPr><b/></rPr><t>{m[3:7]}</t></r><r><rPr><color rgb="FFFF0000"/></rPr><t>{m[7:]}</t></r></is></c>']]))
label("hx06_inline_rich_mobile.xlsx", "review", ["mobile_phone"], [m],
      "hand XML: an inline string (t=inlineStr) of three rich runs 3/4/4 digits making one mobile")

# hx07: drawing shape text with a marking
drw = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
       '<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
       '<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
       '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="矩形 1"/><xdr:cNvSpPr/></xdr:nvSpPr>'
       '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
       '<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>秘密</a:t></a:r><a:r><a:rPr lang="zh-CN" b="1"/><a:t>★</a:t></a:r><a:r><a:rPr lang="zh-CN"/><a:t>5年</a:t></a:r></a:p></xdr:txBody></xdr:sp>'
       '<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>')
hand_xlsx("hx07_shape_marking_runs.xlsx",
          rows_xml([["事项", "责任单位"], ["专项核查", "某局"]]) + '<drawing r:id="rId1"/>',
          sheet_rels=f'<Relationship Id="rId1" Type="{RT}/drawing" Target="../drawings/drawing1.xml"/>',
          parts={"xl/drawings/drawing1.xml": drw},
          ct_extra='<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>')
label("hx07_shape_marking_runs.xlsx", "block", ["classified_marking"], [],
      "hand XML: a rectangle shape in the sheet's drawing reads 秘密★5年 in three runs (秘密 / bold ★ / 5年)")

# hx_c01: pivot cache, clean
pdef = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition {NS} recordCount="3">'
        '<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="明细"/></cacheSource><cacheFields count="2">'
        '<cacheField name="乡镇" numFmtId="0"><sharedItems count="3"><s v="城关镇"/><s v="东坝镇"/><s v="西河乡"/></sharedItems></cacheField>'
        '<cacheField name="金额（元）" numFmtId="0"><sharedItems containsNumber="1" containsInteger="1" minValue="13500000000" maxValue="18600000000"/></cacheField>'
        '</cacheFields></pivotCacheDefinition>')
hand_xlsx("hx_c01_pivot_clean.xlsx",
          rows_xml([["乡镇", "金额（元）"], ["合计", 45100000000]]),
          parts={"xl/pivotCache/pivotCacheDefinition1.xml": pdef},
          wb_extra='<pivotCaches><pivotCache cacheId="1" r:id="rId4"/></pivotCaches>',
          wb_rels_extra=f'<Relationship Id="rId4" Type="{RT}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>',
          ct_extra='<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>')
label("hx_c01_pivot_clean.xlsx", "pass", [], [],
      "hand XML clean: a pivot cache of town names whose amount field's min/max are 11-digit yuan figures (13500000000, 18600000000)")

# hx_c02: external hyperlink to a public site; formula with a public date literal
hand_xlsx("hx_c02_public_link.xlsx",
          rows_xml([["文件", "链接"], ["政策原文", "点击查看"], ["截止", '<c r="B3" t="str"><f>"2026年"&amp;"12月31日"</f><v>2026年12月31日</v></c>']])
          + '<hyperlinks><hyperlink ref="B2" r:id="rId1"/></hyperlinks>',
          sheet_rels=f'<Relationship Id="rId1" Type="{RT}/hyperlink" Target="https://www.gov.cn/zhengce/content/2026-11/01/content_7000001.htm" TargetMode="External"/>')
label("hx_c02_public_link.xlsx", "pass", [], [],
      "hand XML clean: 点击查看 links to www.gov.cn; a formula joining date literals")

# hx_c03: 11-digit certificate numbers (编号) that look like mobiles, shared + inline strings
sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
       '<si><t>姓名</t></si><si><t>证书编号</t></si><si><t>发证日期</t></si></sst>')
body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
for i in range(4):
    body += (f'<row r="{i + 2}"><c r="A{i + 2}" t="inlineStr"><is><t>{name()[0]}某某</t></is></c>'
             f'<c r="B{i + 2}" t="inlineStr"><is><t>{R.choice(["139", "150", "186"])}{R.randint(10 ** 7, 10 ** 8 - 1)}</t></is></c>'
             f'<c r="C{i + 2}" t="inlineStr"><is><t>2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}</t></is></c></row>')
hand_xlsx("hx_c03_cert_numbers.xlsx", body + "</sheetData>",
          parts={"xl/sharedStrings.xml": sst},
          wb_rels_extra=f'<Relationship Id="rId5" Type="{RT}/sharedStrings" Target="sharedStrings.xml"/>',
          ct_extra='<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
label("hx_c03_cert_numbers.xlsx", "pass", [], [],
      "hand XML near miss: headings as shared strings, values as inline strings; 11-digit numbers starting 139/150/186 under 证书编号 (README: not serial numbers (编号)); masked names")

# ================= CSV / TSV =================
ps = people(5)
txt = "序号,姓名,身份证号码,补贴金额（元）\r\n" + "".join(f'{x["no"]},{x["name"]},{x["id"]},{x["amt"]}\r\n' for x in ps)
open(p("csv01_bom_ids.csv"), "wb").write(b"\xef\xbb\xbf" + txt.encode("utf-8"))
label("csv01_bom_ids.csv", "block", ["id_card"], [x["id"] for x in ps], "CSV UTF-8 with BOM, CRLF: IDs in column 身份证号码")

ps = people(5)
txt = "姓名,所在村,联系电话,备注\r\n" + "".join(f'{x["name"]},{R.choice(["前进村", "新民村"])},{x["mob"]},\r\n' for x in ps)
open(p("csv02_gb18030_mobiles.csv"), "wb").write(txt.encode("gb18030"))
label("csv02_gb18030_mobiles.csv", "review", ["mobile_phone"], [x["mob"] for x in ps], "CSV GB18030 (as Excel 中文 saves it): mobiles under 联系电话")

ps = people(4)
txt = "户名\t开户行\t银行卡号\t金额\r\n" + "".join(f'{x["name"]}\t邮储银行\t{x["card"]}\t{x["amt"]}\r\n' for x in ps)
open(p("csv03_utf16_cards.tsv"), "wb").write(b"\xff\xfe" + txt.encode("utf-16-le"))
label("csv03_utf16_cards.tsv", "block", ["bank_card"], [x["card"] for x in ps], "TSV UTF-16LE with BOM (Excel's Unicode text): UnionPay cards under 银行卡号")

ps = people(5)
txt = "序号,单位名称,统一社会信用代码,法定代表人,身份证号,电话\n" + "".join(
    f'{i + 1},某某{R.choice(["商贸", "餐饮", "物流"])}有限公司,{uscc()},{x["name"][0]}某某,{mask_id(x["id"])},{mask_mob(x["mob"])}\n' for i, x in enumerate(ps))
open(p("csv_c01_utf8_masked.csv"), "w", encoding="utf-8").write(txt)
label("csv_c01_utf8_masked.csv", "pass", [], [], "CSV UTF-8 no BOM clean: credit codes, masked IDs and mobiles of legal representatives")

txt = "指标,本月（元）,累计（元）,同比（%）\r\n税收收入,1390000000,13986042100,5.1\r\n非税收入,452000000,15098721300,-2.3\r\n合计,1842000000,29084763400,1.6\r\n咨询电话,12345,,\r\n"
open(p("csv_c02_gb18030_stats.csv"), "wb").write(txt.encode("gb18030"))
label("csv_c02_gb18030_stats.csv", "pass", [], [], "CSV GB18030 near miss: 11-digit yuan totals starting 139/150 under （元） headings; hotline 12345")

ps = people(4)
txt = "姓名,身份证号码,金额\r\n" + "".join(f'{x["name"][0]}某,{x["id"][0]}.{x["id"][1:6]}E+17,{x["amt"]}\r\n' for x in ps)
open(p("csv_c03_sci_notation.csv"), "wb").write(b"\xef\xbb\xbf" + txt.encode("utf-8"))
label("csv_c03_sci_notation.csv", "pass", [], [],
      "CSV near miss: an Excel round trip turned the IDs into 1.10101E+17 (only the region's six digits survive; the rest is gone, nothing personal remains). docs/ silent on this shape; a reviewer passes it (the names are surname+某)")

ps = people(4)
txt = "序号\t项目名称\t中标单位\t统一社会信用代码\t金额（万元）\n" + "".join(
    f'{i + 1}\t道路维修工程第{i + 1}标段\t某某建设工程有限公司\t{uscc()}\t{round(R.uniform(50, 500), 2)}\n' for i in range(4))
open(p("csv_c04_utf16be_tsv.tsv"), "wb").write(b"\xfe\xff" + txt.encode("utf-16-be"))
label("csv_c04_utf16be_tsv.tsv", "pass", [], [], "TSV UTF-16BE with BOM clean: procurement results with credit codes")

# ================= inputs for LibreOffice (make.sh converts them) =================
# lo01 -> ods: hidden sheet with IDs
ps = people(3)
wb, ws = op_book("公示", "2026年度退役军人帮扶对象公示", ["序号", "姓名", "身份证号"],
                 [[x["no"], x["name"], mask_id(x["id"])] for x in ps])
h = wb.create_sheet("底稿")
for x in ps:
    h.append([x["name"], x["id"], x["mob"]])
h.sheet_state = "hidden"
wb.save(os.path.join(STAGE, "lo01_hidden_sheet_ids.xlsx"))
label("lo01_hidden_sheet_ids.ods", "block", ["id_card", "mobile_phone", "hidden_content"], [x["id"] for x in ps] + [x["mob"] for x in ps],
      "LibreOffice xlsx→ods: hidden sheet 底稿 with IDs and mobiles (no headings) behind a masked public sheet")

# lo03 -> et: comment with mobile
m = mobile()
wb, ws = op_book("名单", "2026年度文明家庭推荐名单", ["序号", "家庭", "社区"], [[1, "何某某家庭", "北门社区"], [2, "罗某家庭", "南街社区"]])
ws["B3"].comment = Comment(f"推荐人联系方式：{m}", "社区")
wb.save(os.path.join(STAGE, "lo03_comment_mobile.xlsx"))
label("lo03_comment_mobile.et", "review", ["mobile_phone", "hidden_content"], [m],
      "LibreOffice xlsx→xls (BIFF8) named .et (WPS 表格 reads and writes BIFF8 under .et; LibreOffice has no .et writer): a note with a mobile")

# lo05 -> ods clean
wb, ws = op_book("公示", "关于2026年度县级文明单位的公示", ["序号", "单位名称", "统一社会信用代码"],
                 [[i + 1, f"某某{u}局", uscc()] for i, u in enumerate(["教育", "卫健", "交通"])])
ws.merge_cells("A1:C1")
ws.append(["公示期：2026年12月1日至12月7日，监督电话：0851-86821234"])
wb.save(os.path.join(STAGE, "lo05_clean.xlsx"))
label("lo05_clean.ods", "pass", [], [], "LibreOffice xlsx→ods clean: merged heading, credit codes, landline, dates")

# lo06 -> xls clean statistics
wb, ws = op_book("统计", "2026年1-10月规模以上工业增加值", ["行业", "增加值（万元）", "增速（%）"],
                 [["制造业", 1386925.3, 6.1], ["电力", 150230.4, 3.2]])
wb.save(os.path.join(STAGE, "lo06_clean_stats.xlsx"))
label("lo06_clean_stats.xls", "pass", [], [], "LibreOffice xlsx→xls clean statistics")

# lo08 -> et clean
wb, ws = op_book("采购", "2026年度政府采购合同公开", ["合同编号", "供应商", "金额（元）"],
                 [["CG20261101001", "某某物业服务有限公司", 1386000], ["CG20261101002", "某某印务有限公司", 52000]])
wb.save(os.path.join(STAGE, "lo08_clean.xlsx"))
label("lo08_clean.et", "pass", [], [], "LibreOffice xlsx→xls named .et clean: contract numbers and amounts")

# lo09 -> ods: clean statistics with 11-digit totals
wb, ws = op_book("统计", "2026年1-10月固定资产投资完成情况", ["地区", "完成投资（元）", "增速（%）"],
                 [["全县", 13905123400, 8.2], ["工业园区", 15012306700, 11.5], ["城区", 18623450000, 4.3]])
ws.append(["数据来源：县统计局，咨询电话 0796-8221234"])
wb.save(os.path.join(STAGE, "lo09_clean_stats.xlsx"))
label("lo09_clean_stats.ods", "pass", [], [], "LibreOffice xlsx→ods near miss: 11-digit yuan totals starting 139/150/186 under （元）; a landline")

# ================= values for gen.js =================
VALUES["ej01_id"] = gb_id()
VALUES["ej_c"] = [{"name": name(), "id": mask_id(gb_id()), "card": (lambda c: c[:4] + " **** **** " + c[-4:])(card())} for _ in range(4)]
VALUES["sj01"] = [{"name": name(), "id": legacy15()} for _ in range(3)]
VALUES["sj05_card"] = card()
VALUES["sj07"] = [{"name": name(), "id": gb_id(), "mob": mobile()} for _ in range(3)]
VALUES["ej09_id"] = gb_id()
VALUES["uscc"] = [uscc() for _ in range(4)]
json.dump(VALUES, open(os.path.join(STAGE, "values.json"), "w"), ensure_ascii=False)
V = VALUES
label("ej01_note_id.xlsx", "block", ["id_card", "hidden_content"], [V["ej01_id"]], "exceljs: a cell note with 身份证号 + ID")
label("ej02_hidden_sheet_marking.xlsx", "block", ["classified_marking", "hidden_content"], [],
      "exceljs: a hidden sheet 说明 whose A1 is 机密★1年 (the visible sheet is a plain table)")
label("ej06_hyperlink_unc.xlsx", "review", ["internal_address"], [],
      "exceljs: 点击查看 cell whose hyperlink is a UNC path \\\\oa-server\\共享\\…")
label("ej09_merged_heading_split.xlsx", "block", ["id_card"], [V["ej09_id"]],
      "exceljs: 身份证号 heading is a merged cell over two columns; the ID sits in the first column whole, a remark in the second")
label("ej_c01_stats_clean.xlsx", "pass", [], [], "exceljs clean: 统计表 with 11-digit totals in a 元 column, date cells")
label("ej_c02_masked_cards.xlsx", "pass", [], [], "exceljs clean: masked IDs and cards (6222 **** **** 1234) in a 发放表")
label("ej_c03_header_clean.xlsx", "pass", [], [], "exceljs clean: header with the agency's name, footer 第&P页, a landline and 12345")
label("sj01_legacy15_number.xlsx", "block", ["id_card"], [x["id"] for x in V["sj01"]],
      "SheetJS: 15-digit legacy IDs stored as numbers (exact in a double) in column 身份证号")
label("sj05_inline_card.xlsx", "block", ["bank_card"], [V["sj05_card"]], "SheetJS bookSST:false (no shared strings: t=str cells with the text in <v>): 卡号 then a UnionPay card in the next cell")
label("sj07_biff8_ids.xls", "block", ["id_card", "mobile_phone"], [x["id"] for x in V["sj07"]] + [x["mob"] for x in V["sj07"]],
      "SheetJS bookType biff8 (.xls): a plain list with IDs and mobiles")
label("sj_c01_clean.xlsx", "pass", [], [], "SheetJS clean: 采购结果 with project numbers, amounts, dates and credit codes")
label("ej_c04_dv_template.xlsx", "pass", [], [], "exceljs clean: a blank 报名表 template whose data validations ask for a mobile in words (请填写11位手机号码) and list 男/女")
label("sj_c03_defined_ranges.xlsx", "pass", [], [], "SheetJS clean: defined names that are ranges (_xlnm.Print_Area, 数据区) over a statistics table")
label("sj_c02_sheetname_clean.xlsx", "pass", [], [], "SheetJS near miss: sheets named 公示（2026年）and 密级说明 (a table of 绝密/机密/秘密 with periods, no ★)")

json.dump(LABELS, open(os.path.join(STAGE, "labels.partial.json"), "w"), ensure_ascii=False, indent=1)
