#!/usr/bin/python3
"""openpyxl producer (Debian python3-openpyxl 3.0.9). openpyxl writes formulas with
no cached value: Excel computes them when the file is opened."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import IDS, MOBILES, CARDS, mask_id, mask_mobile, out, add_label
import docbasis as D
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.chart import BarChart, Reference

L = "openpyxl.json"
SUB = "openpyxl"


def save(wb, name):
    p = out(SUB, name)
    wb.save(p)
    return f"{SUB}/{name}"


def roster(ws, title, heading, rows):
    ws.append([title])
    ws.append(heading)
    for r in rows:
        ws.append(r)


def q(s):
    return '"' + s + '"'


# 1 ID joined by & with no cached value
wb = Workbook(); ws = wb.active; ws.title = "名单"
v = IDS["f01"]
roster(ws, "2025年度城乡居民临时救助对象名单", ["序号", "姓名", "身份证号", "救助金额（元）"],
       [[1, "刘建国", None, 1200], [2, "陈秀英", mask_id(IDS["f05b"]), 800]])
ws["C3"] = "=" + q(v[:6]) + "&" + q(v[6:14]) + "&" + q(v[14:])
f = save(wb, "f01_join_id_nocache.xlsx")
add_label(L, f, "block", ["id_card"], [v],
          f"C3 is the formula =\"{v[:6]}\"&\"{v[6:14]}\"&\"{v[14:]}\" with no cached value (openpyxl); Excel shows the whole "
          f"ID when it opens the file. {D.FORMULA}. {D.ID}.")

# 2 card by CONCATENATE, no cache
wb = Workbook(); ws = wb.active; ws.title = "发放表"
c = CARDS["f02"]
roster(ws, "耕地地力保护补贴发放明细", ["姓名", "开户银行", "银行卡号", "金额（元）"],
       [["赵玉兰", "农业银行", None, 356.4]])
ws["C3"] = "=CONCATENATE(" + ",".join(q(c[i:i + 4]) for i in range(0, 16, 4)) + ")"
f = save(wb, "f02_concatenate_card_nocache.xlsx")
add_label(L, f, "block", ["bank_card"], [c],
          f"C3 =CONCATENATE of four 4-digit strings making a Luhn-valid UnionPay card under 银行卡号, no cached value. "
          f"{D.FORMULA}. {D.CARD}.")

# 3 VLOOKUP into a hidden sheet
wb = Workbook(); ws = wb.active; ws.title = "汇总"
hid = wb.create_sheet("名单"); hid.sheet_state = "hidden"
people = [("孙立新", IDS["f05a"]), ("周婷", IDS["f05b"]), ("吴海涛", IDS["f05c"])]
hid.append(["姓名", "身份证号"])
for n, i in people:
    hid.append([n, i])
ws.append(["拟享受人才公寓补贴人员", None])
ws.append(["姓名", "身份证号"])
for k, (n, _) in enumerate(people, start=3):
    ws.cell(row=k, column=1, value=n)
    ws.cell(row=k, column=2, value=f"=VLOOKUP(A{k},名单!$A$2:$B$4,2,FALSE)")
f = save(wb, "f05_vlookup_hidden_sheet_nocache.xlsx")
add_label(L, f, "block", ["id_card", "hidden_content"], [i for _, i in people],
          "Visible sheet 汇总 looks up IDs with VLOOKUP (no cached value) from sheet 名单, which is hidden and holds three "
          f"whole IDs. {D.XLSX}. {D.HIDDEN}. {D.ID}.")

# 4 REPLACE over a literal ID, no cache
wb = Workbook(); ws = wb.active; ws.title = "公示"
v = IDS["f06"]
roster(ws, "公益性岗位拟聘用人员公示", ["姓名", "身份证号", "岗位"], [["马志刚", None, "保洁员"]])
ws["B3"] = f'=REPLACE("{v}",7,8,"********")'
f = save(wb, "f06_replace_literal_nocache.xlsx")
add_label(L, f, "block", ["id_card"], [v],
          f"B3 =REPLACE(\"<whole ID>\",7,8,\"********\"): Excel shows the masked ID, but the formula (no cached value) holds "
          f"the whole ID as a string literal and the formula bar shows it. {D.FORMULA}; findings.md source_text: "
          f"\"a formula's strings\". {D.ID}.")

# 5 REPLACE over a hidden column
wb = Workbook(); ws = wb.active; ws.title = "公示"
ws.append(["高校毕业生就业见习补贴公示"])
ws.append(["姓名", "身份证号（原）", "身份证号"])
for k, (n, i) in enumerate([("黄丽", IDS["f07a"]), ("郑凯", IDS["f07b"])], start=3):
    ws.cell(row=k, column=1, value=n)
    ws.cell(row=k, column=2, value=i)
    ws.cell(row=k, column=3, value=f'=REPLACE(B{k},7,8,"********")')
ws.column_dimensions["B"].hidden = True
f = save(wb, "f07_replace_hidden_column.xlsx")
add_label(L, f, "block", ["id_card", "hidden_content"], [IDS["f07a"], IDS["f07b"]],
          "Column C masks IDs with =REPLACE(B3,7,8,\"********\"); column B, hidden, holds the whole IDs. "
          f"{D.XLSX}. {D.HIDDEN}. {D.ID}.")

# 6 TEXT of a string, no cache
wb = Workbook(); ws = wb.active; ws.title = "联系表"
m = MOBILES["f09"]
roster(ws, "防汛值班安排", ["日期", "值班人", "联系电话"], [["7月1日", "钱志伟", None]])
ws["C3"] = f'=TEXT("{m}","000 0000 0000")'
f = save(wb, "f09_text_mobile_nocache.xlsx")
add_label(L, f, "review", ["mobile_phone"], [m],
          f"C3 =TEXT(\"{m[:3]}…\",\"000 0000 0000\") (no cached value): Excel shows a personal mobile grouped 3-4-4 under "
          f"联系电话; the mobile stands whole as the formula's string. {D.FORMULA}; findings.md source_text: \"a formula's "
          f"strings\". {D.MOBILE}.")

# 7 clean formulas
wb = Workbook(); ws = wb.active; ws.title = "预算"
ws.append(["2025年部门预算收支总表"])
ws.append(["项目", "金额（万元）", "说明"])
ws.append(["一般公共预算拨款", 1523.6, None])
ws.append(["政府性基金预算拨款", 210.4, None])
ws.append(["合计", "=SUM(B3:B4)", '=CONCATENATE("2025年","第一季度")'])
ws.append(["联系人身份证（脱敏示例）", None, '="110101"&"********"&"4514"'])
ws.append(["占比", "=B3/B5", '=TEXT(B3/B5,"0.0%")'])
f = save(wb, "f10_clean_formulas.xlsx")
add_label(L, f, "pass", [], [],
          "Formulas with no cached value: SUM, a ratio, CONCATENATE of two short texts and a join that yields a masked ID "
          f"(110101********4514). {D.MASKED}. Only openpyxl's creator property (metadata, info).")

# 8 mobile stored as number under ;;;
wb = Workbook(); ws = wb.active; ws.title = "网格员"
m = MOBILES["n01"]
roster(ws, "社区网格员名单", ["网格", "网格员", "联系电话"], [["第一网格", "冯小燕", int(m)]])
ws["C3"].number_format = ";;;"
f = save(wb, "n01_mobile_number_format_hidden.xlsx")
add_label(L, f, "review", ["mobile_phone"], [m],
          f"C3 stores a mobile as a number under the format ;;; (nothing shown; the formula bar shows it). {D.NUMFMT}. {D.MOBILE}.")

# 9 card stored as number, grouped format
wb = Workbook(); ws = wb.active; ws.title = "补贴"
c = CARDS["n04"]
roster(ws, "创业担保贷款贴息发放表", ["姓名", "开户行", "银行卡号", "贴息（元）"], [["何建军", "农业银行", int(c), 1860]])
ws["C3"].number_format = "0000 0000 0000 0000"
f = save(wb, "n04_card_grouped_format.xlsx")
add_label(L, f, "block", ["bank_card"], [c],
          f"C3 stores a 16-digit UnionPay card as a number (exact in a double) shown grouped by the format "
          f"\"0000 0000 0000 0000\" under 银行卡号. {D.NUMFMT}. {D.CARD}.")

# 10 literal prefix format that makes an ID
wb = Workbook(); ws = wb.active; ws.title = "登记"
v = IDS["n05"]
roster(ws, "残疾人两项补贴申请登记", ["姓名", "身份证号"], [["罗桂芳", int(v[6:])]])
ws["B3"].number_format = '"' + v[:6] + '"000000000000'
f = save(wb, "n05_literal_prefix_format.xlsx")
add_label(L, f, "block", ["id_card"], [v],
          f"B3 stores the number {v[6:8]}… (12 digits) with the format \"{v[:6]}\"000000000000: the cell shows the whole ID "
          f"(region code as the format's literal text). {D.NUMFMT}. {D.ID}.")

# 11 ID typed as a number
wb = Workbook(); ws = wb.active; ws.title = "名单"
v = IDS["n06"]
roster(ws, "城镇老旧小区改造入户调查", ["户主", "身份证号"], [["杨永福", int(v)]])
f = save(wb, "n06_id_typed_as_number.xlsx")
add_label(L, f, "pass", [], [v],
          "B3 was given the 18-digit ID as a Python int, but openpyxl writes it as the double 2.101021989030245e+17: "
          "the file keeps only 16 significant digits (210102198903024500), Excel shows 2.10102E+17 and the formula bar "
          "210102198903024500. The whole ID is not in the file and the digits that are fail GB 11643's check. "
          f"{D.NUMFMT} — the stored digits are read, but {D.ID}: a value whose check digit fails is no ID. Expected pass "
          "(a reviewer may still dislike the partial birth date; no documented category covers it). raw_values lists the "
          "original ID, which must not appear since it is not in the file.")

# 12 clean number formats
wb = Workbook(); ws = wb.active; ws.title = "统计"
ws.append(["2025年上半年重点项目投资完成情况"])
ws.append(["编号", "项目名称", "完成投资（元）", "完成率"])
rows = [(1, "城区污水管网改造", 23456789.5, 0.62), (2, "乡村道路提升", 8765432.1, 0.48), (3, "中小学校舍维修", 1234567.0, 0.91)]
for k, (n, name, amt, pct) in enumerate(rows, start=3):
    ws.cell(row=k, column=1, value=n).number_format = '"NO."000000'
    ws.cell(row=k, column=2, value=name)
    ws.cell(row=k, column=3, value=amt).number_format = '#,##0.00" 元"'
    ws.cell(row=k, column=4, value=pct).number_format = "0.0%"
f = save(wb, "n07_clean_formats.xlsx")
add_label(L, f, "pass", [], [],
          "Custom formats on ordinary numbers: serials shown as NO.000001, amounts with a 元 suffix, percentages. "
          "findings.md: not findings are \"serial numbers ... and amounts\".")

# 13 hidden row with an ID
wb = Workbook(); ws = wb.active; ws.title = "名单"
roster(ws, "2025年度高龄津贴发放名单", ["序号", "姓名", "身份证号", "金额（元）"],
       [[1, "王德顺", mask_id(IDS["f05a"]), 300], [2, "李淑珍", IDS["h01"], 300], [3, "张广田", mask_id(IDS["f05c"]), 300]])
ws.row_dimensions[4].hidden = True
f = save(wb, "h01_hidden_row_id.xlsx")
add_label(L, f, "block", ["id_card", "hidden_content"], [IDS["h01"]],
          f"Row 4, hidden, holds an unmasked ID while the visible rows are masked. {D.XLSX}. {D.HIDDEN}. {D.ID}.")

# 14 hidden sheet with IDs
wb = Workbook(); ws = wb.active; ws.title = "公示"
ws.append(["城乡医疗救助对象公示"]); ws.append(["姓名", "身份证号"])
ws.append(["唐明", mask_id(IDS["h03a"])]); ws.append(["许兰", mask_id(IDS["h03b"])])
h = wb.create_sheet("原始数据"); h.sheet_state = "hidden"
h.append(["姓名", "身份证号"]); h.append(["唐明", IDS["h03a"]]); h.append(["许兰", IDS["h03b"]])
f = save(wb, "h03_hidden_sheet_id.xlsx")
add_label(L, f, "block", ["id_card", "hidden_content"], [IDS["h03a"], IDS["h03b"]],
          f"Visible sheet masked; hidden sheet 原始数据 holds the whole IDs. {D.XLSX}. {D.HIDDEN}. {D.ID}.")

# 15 very hidden sheet with a card
wb = Workbook(); ws = wb.active; ws.title = "公示"
ws.append(["农机购置补贴公示"]); ws.append(["姓名", "补贴金额（元）"]); ws.append(["韩春生", 12000])
h = wb.create_sheet("发放账户"); h.sheet_state = "veryHidden"
h.append(["姓名", "银行卡号"]); h.append(["韩春生", CARDS["h04"]])
f = save(wb, "h04_veryhidden_sheet_card.xlsx")
add_label(L, f, "block", ["bank_card", "hidden_content"], [CARDS["h04"]],
          f"Sheet 发放账户 is veryHidden (not even listed by Unhide) and holds a 19-digit UnionPay card. {D.XLSX}. "
          f"{D.HIDDEN}. {D.CARD}.")

# 16 a sheet in white font
wb = Workbook(); ws = wb.active; ws.title = "公示"
ws.append(["见义勇为人员表彰名单"]); ws.append(["姓名", "事迹"]); ws.append(["邓卫国", "勇救落水儿童"])
s2 = wb.create_sheet("备注")
white = Font(color="FFFFFFFF")
for r in [["姓名", "身份证号", "备注"], ["邓卫国", IDS["h05"], "奖金发放依据"]]:
    s2.append(r)
for row in s2.iter_rows():
    for cell in row:
        cell.font = white
f = save(wb, "h05_white_font_sheet_id.xlsx")
add_label(L, f, "block", ["id_card"], [IDS["h05"]],
          "Sheet 备注 is visible but every cell is in white font on the white grid: it holds a whole ID. "
          f"{D.XLSX} (\"every sheet\"). {D.ID}. hidden_content not required: the docs do not name font colour for XLSX.")

# 17 clean: same kind of list, everything visible and masked
wb = Workbook(); ws = wb.active; ws.title = "名单"
roster(ws, "2025年度高龄津贴发放名单", ["序号", "姓名", "身份证号", "金额（元）"],
       [[1, "王德顺", mask_id(IDS["f05a"]), 300], [2, "李淑珍", mask_id(IDS["h01"]), 300], [3, "张广田", mask_id(IDS["f05c"]), 300]])
f = save(wb, "h07_clean_visible_masked.xlsx")
add_label(L, f, "pass", [], [], f"Twin of h01: no hidden row, every ID masked 6+4. {D.MASKED}.")

# 18 validation list of mobiles
wb = Workbook(); ws = wb.active; ws.title = "报名"
ws.append(["志愿者报名表"]); ws.append(["姓名", "对接联系人电话"]); ws.append(["", ""])
dv = DataValidation(type="list", formula1='"' + MOBILES["v01a"] + "," + MOBILES["v01b"] + '"', allow_blank=True)
ws.add_data_validation(dv); dv.add("B3:B50")
f = save(wb, "v01_validation_list_mobiles.xlsx")
add_label(L, f, "review", ["mobile_phone"], [MOBILES["v01a"], MOBILES["v01b"]],
          f"B3:B50 carry a drop-down list of two personal mobiles (the cells are empty). {D.XLSX} (\"data-validation lists\"). {D.MOBILE}.")

# 19 validation input message with an ID
wb = Workbook(); ws = wb.active; ws.title = "申报"
ws.append(["困难职工帮扶申报表"]); ws.append(["姓名", "身份证号"]); ws.append(["", ""])
dv = DataValidation(type="textLength", operator="equal", formula1="18", showInputMessage=True,
                    promptTitle="填写说明", prompt="请填写18位身份证号，例如：" + IDS["v02"])
ws.add_data_validation(dv); dv.add("B3:B100")
f = save(wb, "v02_validation_prompt_id.xlsx")
add_label(L, f, "block", ["id_card"], [IDS["v02"]],
          "The input message Excel pops up on B3:B100 gives a whole valid ID as its example. Data validations are read "
          f"({D.XLSX}); the input message is what every reader sees on selecting the cell: {D.PRINCIPLE}. {D.ID}.")

# 20 clean validation
wb = Workbook(); ws = wb.active; ws.title = "申报"
ws.append(["困难职工帮扶申报表"]); ws.append(["姓名", "是否低保户"]); ws.append(["", ""])
dv = DataValidation(type="list", formula1='"是,否"', showInputMessage=True, promptTitle="填写说明", prompt="请从下拉列表中选择")
ws.add_data_validation(dv); dv.add("B3:B100")
f = save(wb, "v03_clean_validation.xlsx")
add_label(L, f, "pass", [], [], "Validation list 是,否 with a plain input message: nothing a detector finds.")

# 21 defined name with an ID constant
wb = Workbook(); ws = wb.active; ws.title = "申请表"
ws.append(["住房公积金提取申请"]); ws.append(["申请人", "胡建华"]); ws.append(["提取金额（元）", 35000])
wb.defined_names.append(DefinedName("申请人证件号", attr_text='"' + IDS["d01"] + '"'))
f = save(wb, "d01_defined_name_id.xlsx")
add_label(L, f, "block", ["id_card"], [IDS["d01"]],
          f"Defined name 申请人证件号 is a constant string holding a whole ID (Name Manager shows it). {D.XLSX} "
          f"(\"defined names\"). {D.ID}.")

# 22 clean names
wb = Workbook(); ws = wb.active; ws.title = "测算"
ws.append(["增值税测算"]); ws.append(["销售额（元）", 100000]); ws.append(["税额（元）", "=B2*税率"])
wb.defined_names.append(DefinedName("税率", attr_text="0.06"))
wb.defined_names.append(DefinedName("基准年度", attr_text='"2025"'))
wb.defined_names.append(DefinedName("销售额", attr_text="测算!$B$2"))
f = save(wb, "d02_clean_defined_names.xlsx")
add_label(L, f, "pass", [], [], "Defined names 税率=0.06, 基准年度=\"2025\", a cell reference: nothing a detector finds.")

# 23 header marking
wb = Workbook(); ws = wb.active; ws.title = "台账"
ws.append(["重点目标防护情况台账"]); ws.append(["单位", "责任人", "检查日期"]); ws.append(["水厂", "林峰", "2025-06-01"])
ws.oddHeader.center.text = "秘密★1年"
f = save(wb, "hf01_header_marking.xlsx")
add_label(L, f, "block", ["classified_marking"], [],
          f"Print header &C秘密★1年; the grid is harmless. {D.XLSX}. {D.MARK}.")

# 24 clean headers
wb = Workbook(); ws = wb.active; ws.title = "预算"
ws.append(["2025年部门预算公开表"]); ws.append(["项目", "金额（万元）"]); ws.append(["基本支出", 880.5])
ws.oddHeader.center.text = "2025年部门预算公开"
ws.oddFooter.center.text = "第 &P 页，共 &N 页"
ws.oddFooter.right.text = "某县财政局编制"
f = save(wb, "hf03_clean_headers.xlsx")
add_label(L, f, "pass", [], [], "Header 2025年部门预算公开, footer page numbers and the office's name: nothing a detector finds.")


def chart_book(title, xt, yt):
    wb = Workbook(); ws = wb.active; ws.title = "数据"
    ws.append(["乡镇", "发放金额（万元）"])
    for r in [["城关镇", 120], ["河口镇", 86], ["石桥乡", 64], ["柳林乡", 52]]:
        ws.append(r)
    ch = BarChart()
    ch.title = title
    ch.x_axis.title = xt
    ch.y_axis.title = yt
    ch.add_data(Reference(ws, min_col=2, min_row=1, max_row=5), titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=1, min_row=2, max_row=5))
    ws.add_chart(ch, "D2")
    return wb


# 25 axis title with a mobile
f = save(chart_book("各乡镇补贴发放情况", "数据核对：张敏 " + MOBILES["ch02"], "金额（万元）"), "ch01_axis_title_mobile.xlsx")
add_label(L, f, "review", ["mobile_phone"], [MOBILES["ch02"]],
          f"The bar chart's category-axis title holds a person's mobile; the grid does not. {D.XLSX} (\"charts\"). {D.MOBILE}.")

# 26 chart title internal label
f = save(chart_book("内部资料 注意保存", "乡镇", "金额（万元）"), "ch02_chart_title_term.xlsx")
add_label(L, f, "review", ["sensitive_term"], [],
          f"The chart's title is the label 内部资料 注意保存 standing alone. {D.XLSX} (\"charts\"). {D.TERM}.")

# 27 clean chart
f = save(chart_book("各乡镇补贴发放情况", "乡镇", "金额（万元）"), "ch03_clean_chart.xlsx")
add_label(L, f, "pass", [], [], "Twin of ch01/ch02: chart and axis titles are ordinary.")

# 28 link to a private IP
wb = Workbook(); ws = wb.active; ws.title = "附件"
ws.append(["政策文件及附件"]); ws.append(["名称", "链接"])
ws["A3"] = "申报材料清单"; ws["B3"] = "点击下载"
ws["B3"].hyperlink = "http://192.168.10.23/oa/files/2025shenbao.xlsx"
f = save(wb, "l01_link_private_ip.xlsx")
add_label(L, f, "review", ["internal_address"], [],
          f"B3 reads 点击下载; its hyperlink target is http://192.168.10.23/… (a private IP). {D.XLSX} (\"hyperlinks\"). {D.ADDR}.")

# 29 clean link
wb = Workbook(); ws = wb.active; ws.title = "附件"
ws.append(["政策文件及附件"]); ws.append(["名称", "链接"])
ws["A3"] = "国务院政策文件库"; ws["B3"] = "点击查看"
ws["B3"].hyperlink = "https://www.gov.cn/zhengce/"
f = save(wb, "l03_clean_link.xlsx")
add_label(L, f, "pass", [], [], "Twin of l01: the link goes to a public site.")
print("openpyxl done")
