#!/usr/bin/python3
"""Generator of blind53-grids: spreadsheets and presentations as offices make them.

    /usr/bin/python3 gen/make.py [OUTDIR]      (default: the folder above gen/)

Needs Debian's python3-openpyxl and python3-xlsxwriter (the system python),
PIL, LibreOffice (soffice) and node with exceljs, xlsx (SheetJS) and pptxgenjs
in B53_NODE_MODULES (default /tmp/b53npm/node_modules). python-pptx could not be
installed here (no PyPI), so the slide parts it would write by hand (comments,
hidden shapes) are written into pptxgenjs output with zipfile instead.
All names, IDs, cards and mobiles are invented (values.py)."""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
sys.path.insert(0, HERE)
import values as V  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402
from openpyxl.workbook.defined_name import DefinedName  # noqa: E402
import xlsxwriter  # noqa: E402

VALS = V.build()
_pools = {k: list(v) for k, v in VALS.items()}


def take(kind, n=None):
    if n is None:
        return _pools[kind].pop(0)
    return [_pools[kind].pop(0) for _ in range(n)]


NAMES = list(V.NAMES)


def names(n):
    out = [NAMES.pop(0) for _ in range(n)]
    NAMES.extend(out)  # reuse in rotation
    return out


LABELS = []


def lab(file, verdict, cats, raws, note):
    assert os.path.exists(os.path.join(OUT, file)), file
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


TMP = tempfile.mkdtemp(prefix="b53gen-")
COMMUNITIES = ["江滨社区", "望江社区", "城北社区", "新塘社区", "湖畔社区", "南苑社区"]
MONITOR = "监督电话：0571-86012345（临江区民政局），也可拨打12345政务服务便民热线反映。"


def p(name):
    return os.path.join(OUT, name)


def wb_props(wb, creator="临江区民政局"):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator


def gongshi_rows(people, masked=True, raw_rows=()):
    """people: list of (name, id, mobile, community, amount)."""
    rows = []
    for i, (n, idv, mob, com, amt) in enumerate(people, 1):
        show_id = idv if (not masked or i in raw_rows) else V.mask_id(idv)
        rows.append([i, n, show_id, com, amt, V.mask_mobile(mob)])
    return rows


def people(n, base=600):
    ns = names(n)
    return [(ns[i], take("ids"), take("mobiles"), COMMUNITIES[i % 6], base + 50 * (i % 3)) for i in range(n)]


HDR = ["序号", "姓名", "身份证号", "所在社区", "发放金额（元）", "联系电话"]


def openpyxl_gongshi(title, ppl, masked=True, raw_rows=(), sheet="公示名单"):
    wb = Workbook()
    wb_props(wb)
    ws = wb.active
    ws.title = sheet
    ws.append([title])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(HDR)
    for r in gongshi_rows(ppl, masked, raw_rows):
        ws.append(r)
    ws.append([MONITOR])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    for col, w in zip("ABCDEF", [6, 10, 22, 12, 14, 16]):
        ws.column_dimensions[col].width = w
    return wb, ws


# ---------------------------------------------------------------- openpyxl
def make_openpyxl():
    # x01 clean 公示 list
    ppl = people(8)
    wb, ws = openpyxl_gongshi("临江区2025年第二季度高龄津贴发放名单公示", ppl)
    wb.save(p("x01_openpyxl_gaoling_masked.xlsx"))
    lab("x01_openpyxl_gaoling_masked.xlsx", "pass", [], [x[1] for x in ppl] + [x[2] for x in ppl],
        "openpyxl; merged title and note rows; IDs masked 6+8*+4, mobiles 3+4; agency landline 0571-86012345 and 12345 hotline: the docs list masked values, hotlines and agency landlines as not findings")

    # x02 merged cell holding one unmasked ID (household head over two member rows)
    wb = Workbook(); wb_props(wb)
    ws = wb.active; ws.title = "低保家庭"
    ws.append(["临江区2025年6月城乡最低生活保障新增家庭公示"]); ws.merge_cells("A1:F1")
    ws.append(["序号", "户主姓名", "户主身份证号", "家庭成员", "保障人口", "月保障金（元）"])
    hh = [(names(1)[0], take("ids"), names(2), 2, 1420) for _ in range(4)]
    raw = hh[2][1]
    r = 3
    for i, (head, idv, members, cnt, amt) in enumerate(hh, 1):
        shown = idv if i == 3 else V.mask_id(idv)
        ws.cell(r, 1, i); ws.cell(r, 2, head); ws.cell(r, 3, shown); ws.cell(r, 5, cnt); ws.cell(r, 6, amt)
        ws.cell(r, 4, V.mask_name(members[0])); ws.cell(r + 1, 4, V.mask_name(members[1]))
        for c in (1, 2, 3, 5, 6):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            ws.cell(r, c).alignment = Alignment(vertical="center")
        r += 2
    ws.cell(r, 1, MONITOR); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.column_dimensions["C"].width = 22
    wb.save(p("x02_openpyxl_dibao_merged_id.xlsx"))
    lab("x02_openpyxl_dibao_merged_id.xlsx", "block", ["id_card"], [raw],
        "openpyxl; one problem: the third household's 户主身份证号 is unmasked in a cell merged over two rows (C7:C8); the others are masked")

    # x03 hidden row with an unmasked ID
    ppl = people(7)
    wb, ws = openpyxl_gongshi("临江区2025年度困难残疾人生活补贴名单公示", ppl, raw_rows=(5,))
    ws.row_dimensions[7].hidden = True  # row of 序号 5
    wb.save(p("x03_openpyxl_hidden_row_id.xlsx"))
    lab("x03_openpyxl_hidden_row_id.xlsx", "block", ["id_card", "hidden_content"], [ppl[4][1]],
        "openpyxl; one problem: row 7 (序号5, a withdrawn applicant) is hidden and holds the unmasked ID; visible rows masked. Docs: hidden rows are hidden_content and an ID blocks")

    # x04 hidden column of full mobiles
    ppl = people(6)
    wb, ws = openpyxl_gongshi("临江区2025年退役军人春节慰问金发放名单", ppl)
    ws["G2"] = "联系电话（核对用）"
    for i, x in enumerate(ppl):
        ws.cell(3 + i, 7, x[2])
    ws.column_dimensions["G"].hidden = True
    wb.save(p("x04_openpyxl_hidden_col_mobile.xlsx"))
    lab("x04_openpyxl_hidden_col_mobile.xlsx", "review", ["mobile_phone", "hidden_content"], [x[2] for x in ppl],
        "openpyxl; one problem: hidden column G holds the full mobiles (as text) the visible column F shows masked. Docs: hidden columns are hidden_content, mobiles review")

    # x05 veryHidden sheet with the source ledger
    ppl = people(6)
    wb, ws = openpyxl_gongshi("临江区2025年上半年临时救助对象公示", ppl)
    ws2 = wb.create_sheet("原始台账")
    ws2.append(["姓名", "身份证号", "救助事由", "救助金额"])
    for x in ppl:
        ws2.append([x[0], x[1], "因病支出型困难", 2000])
    ws2.sheet_state = "veryHidden"
    wb.save(p("x05_openpyxl_veryhidden_sheet_ids.xlsx"))
    lab("x05_openpyxl_veryhidden_sheet_ids.xlsx", "block", ["id_card", "hidden_content"], [x[1] for x in ppl],
        "openpyxl; one problem: a veryHidden sheet 原始台账 holds the unmasked IDs; the visible sheet is masked")

    # x06 hidden sheet of dropdown options, clean
    ppl = people(6)
    wb, ws = openpyxl_gongshi("临江区2025年第二季度重度残疾人护理补贴名单", ppl)
    ws3 = wb.create_sheet("下拉选项")
    for c in COMMUNITIES:
        ws3.append([c])
    ws3.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="下拉选项!$A$1:$A$6", allow_blank=True)
    ws.add_data_validation(dv); dv.add("D3:D8")
    wb.save(p("x06_openpyxl_hidden_sheet_lookup.xlsx"))
    lab("x06_openpyxl_hidden_sheet_lookup.xlsx", "review", ["hidden_content"], [x[1] for x in ppl] + [x[2] for x in ppl],
        "openpyxl; one problem: a hidden sheet 下拉选项 (only community names, the source of a validation list); nothing personal in it, but the docs make every hidden sheet hidden_content (review)")

    # x07 legacy comment with a mobile
    ppl = people(6)
    wb, ws = openpyxl_gongshi("临江区2025年第二季度困难群众医疗救助名单公示", ppl)
    mob = take("mobiles")
    c = Comment(f"已电话联系本人（{mob}）核实，材料齐全，同意发放。——经办人 周", "周永生")
    c.width, c.height = 240, 90
    ws["E6"].comment = c
    wb.save(p("x07_openpyxl_comment_mobile.xlsx"))
    lab("x07_openpyxl_comment_mobile.xlsx", "review", ["hidden_content", "mobile_phone"], [mob],
        "openpyxl legacy note (comments1.xml + VML) on E6 holding a caseworker's record with the applicant's full mobile; the sheet itself is masked")

    # x08 print header marking
    wb = Workbook(); wb_props(wb, "临江区应急管理局")
    ws = wb.active; ws.title = "统计表"
    ws.append(["2025年上半年全区生产安全事故情况统计表"]); ws.merge_cells("A1:E1")
    ws.append(["行业", "事故起数", "死亡人数", "受伤人数", "直接经济损失（万元）"])
    for row in [["道路运输", 12, 3, 15, 86.4], ["建筑施工", 4, 2, 3, 210.0], ["工矿商贸", 3, 1, 2, 45.5], ["合计", 19, 6, 20, 341.9]]:
        ws.append(row)
    ws.oddHeader.center.text = "秘密★1年"
    ws.oddFooter.center.text = "第 &[Page] 页"
    wb.save(p("x08_openpyxl_print_header_marking.xlsx"))
    lab("x08_openpyxl_print_header_marking.xlsx", "block", ["classified_marking"], [],
        "openpyxl; one problem: the print header (oddHeader &C) is 秘密★1年; README: '&C秘密★1年 is a header marking'")

    # x09 clean print header/footer
    wb = Workbook(); wb_props(wb, "临江区统计局")
    ws = wb.active; ws.title = "主要指标"
    ws.append(["2025年1—5月临江区主要经济指标"]); ws.merge_cells("A1:D1")
    ws.append(["指标", "单位", "1—5月", "同比增长（%）"])
    for row in [["地区生产总值", "亿元", 412.6, 5.8], ["规模以上工业增加值", "亿元", 98.3, 7.1],
                ["社会消费品零售总额", "亿元", 156.2, 4.3], ["一般公共预算收入", "亿元", 38.9, 3.2]]:
        ws.append(row)
    ws.oddHeader.left.text = "临江区统计局"
    ws.oddHeader.right.text = "第 &[Page] 页，共 &[Pages] 页"
    ws.oddFooter.center.text = "数据来源：临江区统计局 咨询电话：0571-86023456"
    wb.save(p("x09_openpyxl_print_header_clean.xlsx"))
    lab("x09_openpyxl_print_header_clean.xlsx", "pass", [], [],
        "openpyxl; print header with the agency's name and page numbers, footer with the agency landline: nothing to find")

    # x10 defined name holding a mobile
    wb = Workbook(); wb_props(wb, "临江区应急管理局")
    ws = wb.active; ws.title = "值班表"
    mob = take("mobiles")
    ws.append(["临江区2025年端午节假期值班安排表"]); ws.merge_cells("A1:D1")
    ws.append(["日期", "带班领导", "值班人员", "值班电话"])
    ns = names(6)
    for d, i in zip(["5月31日", "6月1日", "6月2日"], range(0, 6, 2)):
        ws.append([d, ns[i], ns[i + 1], "0571-86012110"])
    ws.append(["应急联系", None, None, "=值班手机"])
    wb.defined_names.append(DefinedName("值班手机", attr_text=f'"{mob}"'))
    wb.save(p("x10_openpyxl_defined_name_mobile.xlsx"))
    lab("x10_openpyxl_defined_name_mobile.xlsx", "review", ["mobile_phone"], [mob],
        "openpyxl; one problem: a defined name 值班手机 is the string constant of a full mobile (D6 refers to it, no cached value); docs: defined names are read")

    # x11 data-validation list holding names with mobiles
    wb = Workbook(); wb_props(wb, "临江区市场监督管理局")
    ws = wb.active; ws.title = "登记表"
    m1, m2 = take("mobiles", 2)
    n1, n2 = names(2)
    ws.append(["临江区个体工商户年度报告协助登记表"]); ws.merge_cells("A1:E1")
    ws.append(["序号", "经营者名称", "统一社会信用代码", "报告状态", "协助经办人"])
    for i in range(1, 9):
        ws.append([i, None, None, None, None])
    dv = DataValidation(type="list", formula1=f'"{n1} {m1},{n2} {m2}"', allow_blank=True)
    ws.add_data_validation(dv); dv.add("E3:E10")
    dv2 = DataValidation(type="list", formula1='"已报告,未报告,已补报"', allow_blank=True)
    ws.add_data_validation(dv2); dv2.add("D3:D10")
    wb.save(p("x11_openpyxl_validation_mobiles.xlsx"))
    lab("x11_openpyxl_validation_mobiles.xlsx", "review", ["mobile_phone"], [m1, m2],
        "openpyxl; one problem: the data-validation list of column E offers '姓名 手机' pairs with two full mobiles; the sheet's cells are blank. Docs: data-validation lists are read")

    # x12 clean validation + print area
    wb = Workbook(); wb_props(wb, "临江区人民政府办公室")
    ws = wb.active; ws.title = "公开目录"
    ws.append(["临江区人民政府办公室2025年政府信息主动公开目录（第二季度）"]); ws.merge_cells("A1:E1")
    ws.append(["索引号", "信息名称", "发布机构", "生成日期", "公开属性"])
    items = ["临江区2025年城乡居民医疗保险参保工作通知", "关于做好2025年防汛防台工作的通知",
             "临江区2024年度政府信息公开工作年度报告", "临江区2025年重点建设项目计划",
             "关于调整城乡最低生活保障标准的通知"]
    for i, t in enumerate(items, 1):
        ws.append([f"001008003/2025-{120 + i:05d}", t, "临江区人民政府办公室", f"2025-0{4 + i % 3}-1{i}", "主动公开"])
    dv = DataValidation(type="list", formula1='"主动公开,依申请公开,不予公开"', allow_blank=False)
    ws.add_data_validation(dv); dv.add("E3:E40")
    ws.print_area = "A1:E40"
    ws.print_title_rows = "2:2"
    wb.save(p("x12_openpyxl_validation_clean.xlsx"))
    lab("x12_openpyxl_validation_clean.xlsx", "pass", [], [],
        "openpyxl; data-validation list 主动公开/依申请公开/不予公开, a print area and print titles (defined names); 索引号 serials and dates: nothing to find")

    # x13 mobiles stored as numbers
    wb = Workbook(); wb_props(wb, "临江区应急管理局")
    ws = wb.active; ws.title = "联络员"
    ws.append(["临江区2025年重点企业安全生产联络员名单"]); ws.merge_cells("A1:D1")
    ws.append(["企业名称", "联络员", "职务", "联系电话"])
    mobs = take("mobiles", 5)
    for co, n, m in zip(["临江精密机械有限公司", "江滨化工有限公司", "望江建设集团有限公司", "临江港务有限公司", "新塘纺织有限公司"], names(5), mobs):
        ws.append([co, n, "安全主管", int(m)])
    ws.column_dimensions["D"].width = 16
    wb.save(p("x13_openpyxl_mobiles_as_numbers.xlsx"))
    lab("x13_openpyxl_mobiles_as_numbers.xlsx", "review", ["mobile_phone"], mobs,
        "openpyxl; one problem: the 联系电话 column holds full mobiles stored as numbers (General format, shown whole)")

    # x14 11-digit amounts in a 元 column
    wb = Workbook(); wb_props(wb, "临江区财政局")
    ws = wb.active; ws.title = "支出预算"
    ws.append(["临江区2025年一般公共预算支出表"]); ws.merge_cells("A1:D1")
    ws.append(["单位：元"])
    ws.append(["科目编码", "科目名称", "预算数（元）", "上年执行数（元）"])
    rows = [["201", "一般公共服务支出", 1358246700, 1297735200],
            ["205", "教育支出", 3862417800, 3710265400],
            ["208", "社会保障和就业支出", 2716380500, 2588130900],
            ["210", "卫生健康支出", 1574219300, 1502883600],
            ["212", "城乡社区支出", 2193650100, 2317409800],
            ["", "支出合计", 13512344300, 13185627000],
            ["", "加：上解上级支出", 15712348100 - 13512344300, 2114309100],
            ["", "支出总计", 15712348100, 15299936100]]
    for row in rows:
        ws.append(row)
    for r in range(4, 12):
        for c in (3, 4):
            ws.cell(r, c).number_format = "#,##0"
    wb.save(p("x14_openpyxl_budget_amounts.xlsx"))
    lab("x14_openpyxl_budget_amounts.xlsx", "pass", [], [],
        "openpyxl; budget table under 单位：元 with 11-digit totals (13512344300, 15712348100) in columns headed 预算数（元）/上年执行数（元）, shown with thousands separators; docs: amounts in a column headed 元 are not mobiles")

    # x15 agency contacts with agency e-mail addresses
    wb = Workbook(); wb_props(wb, "临江区人民政府办公室")
    ws = wb.active; ws.title = "联系方式"
    ws.append(["临江区各部门政府信息公开工作机构联系方式"]); ws.merge_cells("A1:E1")
    ws.append(["单位", "办公地址", "联系电话", "电子邮箱", "邮政编码"])
    for u, a, t, e in [("区人民政府办公室", "临江区江滨大道1号", "0571-86010001", "ljqzfb@linjiang.gov.cn"),
                       ("区发展和改革局", "临江区江滨大道1号3号楼", "0571-86010212", "ljfgj@linjiang.gov.cn"),
                       ("区教育局", "临江区学府路18号", "0571-86013356", "ljjyj@linjiang.gov.cn"),
                       ("区民政局", "临江区望江路66号", "0571-86012345", "ljmzj@linjiang.gov.cn")]:
        ws.append([u, a, t, e, "311200"])
    wb.save(p("x15_openpyxl_agency_email.xlsx"))
    lab("x15_openpyxl_agency_email.xlsx", "pass", ["email"], [],
        "openpyxl; agency landlines and agency mailboxes: docs list e-mail addresses at info, which never changes a verdict")


# ---------------------------------------------------------------- xlsxwriter
def xw_book(name):
    wb = xlsxwriter.Workbook(p(name))
    wb.set_properties({"author": "临江区人民政府办公室", "company": "临江区人民政府"})
    return wb


def make_xlsxwriter():
    # w01 formula whose cached value is a mobile
    wb = xw_book("w01_xlsxwriter_formula_cached_mobile.xlsx")
    ws = wb.add_worksheet("网格员")
    b = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["临江区江滨街道2025年网格员信息表"], b)
    ws.write_row(1, 0, ["网格编号", "网格名称", "网格员", "联系方式"], b)
    mob = take("mobiles")
    ns = names(4)
    for i in range(4):
        ws.write_row(2 + i, 0, [f"JB-{i + 1:03d}", f"江滨第{i + 1}网格", ns[i]])
        if i == 2:
            ws.write_formula(2 + i, 3, f'=TEXT({mob},"000-0000-0000")', None, f"{mob[:3]}-{mob[3:7]}-{mob[7:]}")
        else:
            ws.write(2 + i, 3, "0571-86031200")
    ws.set_column(3, 3, 18)
    wb.close()
    lab("w01_xlsxwriter_formula_cached_mobile.xlsx", "review", ["mobile_phone"], [mob, f"{mob[:3]}-{mob[3:7]}-{mob[7:]}"],
        "xlsxwriter; one problem: D5 is =TEXT(<mobile>,\"000-0000-0000\") whose cached value is the mobile grouped 3-4-4; other rows give the street's landline")

    # w02 SUM formulas with cached amounts
    wb = xw_book("w02_xlsxwriter_sum_amounts.xlsx")
    ws = wb.add_worksheet("资金分配")
    ws.write_row(0, 0, ["2025年临江区农村公路养护资金分配表"])
    ws.write_row(1, 0, ["镇（街道）", "养护里程（公里）", "省级补助（元）", "区级配套（元）", "合计（元）"])
    data = [("江滨街道", 42.5, 425000, 212500), ("望江镇", 88.1, 881000, 440500), ("新塘镇", 63.7, 637000, 318500)]
    for i, (t, km, a, c) in enumerate(data):
        r = 2 + i
        ws.write_row(r, 0, [t, km, a, c])
        ws.write_formula(r, 4, f"=C{r + 1}+D{r + 1}", None, a + c)
    ws.write(5, 0, "合计")
    for col, letter in zip(range(1, 5), "BCDE"):
        tot = sum(x[col] for x in data) if col < 4 else sum(x[2] + x[3] for x in data)
        ws.write_formula(5, col, f"=SUM({letter}3:{letter}5)", None, round(tot, 1))
    wb.close()
    lab("w02_xlsxwriter_sum_amounts.xlsx", "pass", [], [],
        "xlsxwriter; SUM and + formulas with cached amounts: nothing to find")

    # w03 text box on a sheet with a mobile
    wb = xw_book("w03_xlsxwriter_textbox_mobile.xlsx")
    ws = wb.add_worksheet("防汛物资")
    ws.write_row(0, 0, ["临江区2025年防汛物资储备情况表"])
    ws.write_row(1, 0, ["物资名称", "单位", "储备数量", "存放地点"])
    for i, row in enumerate([["编织袋", "条", 50000, "区防汛物资仓库"], ["救生衣", "件", 1200, "区防汛物资仓库"],
                             ["冲锋舟", "艘", 6, "望江镇应急站"], ["抽水泵", "台", 40, "新塘镇应急站"]]):
        ws.write_row(2 + i, 0, row)
    mob = take("mobiles")
    n = names(1)[0]
    ws.insert_textbox("F2", f"物资调用联系人：{n}\n手机：{mob}\n（24小时）", {"width": 240, "height": 80})
    wb.close()
    lab("w03_xlsxwriter_textbox_mobile.xlsx", "review", ["mobile_phone"], [mob],
        "xlsxwriter; one problem: a text box (drawing shape) on the sheet gives a named person's full mobile; the cells are clean")

    # w04 chart title with an internal-marking term
    wb = xw_book("w04_xlsxwriter_chart_title_term.xlsx")
    ws = wb.add_worksheet("信访统计")
    ws.write_row(0, 0, ["月份", "受理件数", "办结件数"])
    for i, (m, a, c) in enumerate([("1月", 132, 128), ("2月", 98, 97), ("3月", 156, 149), ("4月", 141, 140), ("5月", 127, 121)]):
        ws.write_row(1 + i, 0, [m, a, c])
    ch = wb.add_chart({"type": "column"})
    ch.add_series({"name": "=信访统计!$B$1", "categories": "=信访统计!$A$2:$A$6", "values": "=信访统计!$B$2:$B$6"})
    ch.add_series({"name": "=信访统计!$C$1", "categories": "=信访统计!$A$2:$A$6", "values": "=信访统计!$C$2:$C$6"})
    ch.set_title({"name": "2025年1—5月信访事项办理情况（工作秘密）"})
    ws.insert_chart("E2", ch)
    wb.close()
    lab("w04_xlsxwriter_chart_title_term.xlsx", "review", ["sensitive_term"], [],
        "xlsxwriter; one problem: the chart's title carries （工作秘密） in its brackets (a label, per README 'fill their brackets'); the cells are plain counts. Severity from the dictionary; README's example shows 工作秘密 at review")

    # w05 clean chart
    wb = xw_book("w05_xlsxwriter_chart_clean.xlsx")
    ws = wb.add_worksheet("热线受理")
    ws.write_row(0, 0, ["月份", "受理量（件）", "按时办结率（%）"])
    for i, (m, a, c) in enumerate([("1月", 18342, 98.2), ("2月", 15120, 98.9), ("3月", 20411, 97.6), ("4月", 19876, 98.4), ("5月", 21033, 98.7), ("6月", 22540, 98.1)]):
        ws.write_row(1 + i, 0, [m, a, c])
    ch = wb.add_chart({"type": "line"})
    ch.add_series({"name": "=热线受理!$B$1", "categories": "=热线受理!$A$2:$A$7", "values": "=热线受理!$B$2:$B$7"})
    ch.set_title({"name": "2025年上半年12345热线受理量"})
    ws.insert_chart("E2", ch)
    wb.close()
    lab("w05_xlsxwriter_chart_clean.xlsx", "pass", [], [],
        "xlsxwriter; line chart titled 2025年上半年12345热线受理量 with a series name from B1: nothing to find")

    # w06 card numbers stored as numbers behind a masking number format
    wb = xw_book("w06_xlsxwriter_numfmt_masked_card.xlsx")
    ws = wb.add_worksheet("发放表")
    fmt = wb.add_format({"num_format": '0,,,,"************"'})
    ws.write_row(0, 0, ["临江区2025年6月公益性岗位补贴发放表"])
    ws.write_row(1, 0, ["序号", "姓名", "身份证号", "银行卡号", "补贴金额（元）"])
    cards = [take("cards") for _ in range(0)]  # the 19-digit ones do not survive as numbers
    cards = [VALS["cards"][6], VALS["cards"][7]]
    ppl = people(2)
    for i, (x, cd) in enumerate(zip(ppl, cards)):
        ws.write_row(2 + i, 0, [i + 1, x[0], V.mask_id(x[1])])
        ws.write_number(2 + i, 3, int(cd), fmt)
        ws.write_number(2 + i, 4, 2130)
    ws.set_column(2, 3, 22)
    wb.close()
    lab("w06_xlsxwriter_numfmt_masked_card.xlsx", "block", ["bank_card"], cards,
        "xlsxwriter; one problem: 16-digit UnionPay cards stored as numbers (exact in a double) under the format 0,,,,\"************\", so Excel shows 6222************ while the file holds the whole card. README: a format that hides digits of a stored integer of 11 or more gets the stored digits read")

    # w07 mobiles hidden by ;;; format
    wb = xw_book("w07_xlsxwriter_numfmt_hidden_mobile.xlsx")
    ws = wb.add_worksheet("名单")
    hide = wb.add_format({"num_format": ";;;"})
    ws.write_row(0, 0, ["临江区2025年高校毕业生就业见习人员名单"])
    ws.write_row(1, 0, ["序号", "姓名", "见习单位", "见习岗位", "联系电话"])
    mobs = take("mobiles", 4)
    for i, (n, m) in enumerate(zip(names(4), mobs)):
        ws.write_row(2 + i, 0, [i + 1, n, "临江区人民医院" if i % 2 else "临江区图书馆", "综合管理"])
        ws.write_number(2 + i, 4, int(m), hide)
    wb.close()
    lab("w07_xlsxwriter_numfmt_hidden_mobile.xlsx", "review", ["mobile_phone"], mobs,
        "xlsxwriter; one problem: the 联系电话 cells hold full mobiles as numbers under the format ;;; (shown empty). README names ;;; explicitly")

    # w08 ID wrapped by a line break inside its cell
    wb = xw_book("w08_xlsxwriter_wrapped_id.xlsx")
    ws = wb.add_worksheet("名单")
    wrap = wb.add_format({"text_wrap": True, "valign": "vcenter"})
    ws.write_row(0, 0, ["临江区2025年见义勇为人员奖励名单"])
    ws.write_row(1, 0, ["序号", "姓名", "身份证号", "事迹", "奖励金额（元）"])
    ppl = people(3)
    for i, x in enumerate(ppl):
        if i == 1:
            ws.write_string(2 + i, 2, x[1][:12] + "\n" + x[1][12:], wrap)
        else:
            ws.write_string(2 + i, 2, V.mask_id(x[1]), wrap)
        ws.write_row(2 + i, 0, [i + 1, x[0]])
        ws.write_row(2 + i, 3, ["江中救起落水儿童", 10000])
    ws.set_column(2, 2, 13)
    wb.close()
    lab("w08_xlsxwriter_wrapped_id.xlsx", "block", ["id_card"], [ppl[1][1]],
        "xlsxwriter; one problem: C4 holds an unmasked ID cut 12+6 by a line break inside a wrapped cell (narrow column); README: 'a number wrapped over several lines inside one cell is one number'")

    # w09 mobile written in spaced groups
    wb = xw_book("w09_xlsxwriter_spaced_mobile.xlsx")
    ws = wb.add_worksheet("名单")
    ws.write_row(0, 0, ["临江区2025年家庭医生签约服务团队公示"])
    ws.write_row(1, 0, ["团队", "队长", "服务社区", "签约咨询"])
    mob = take("mobiles")
    spaced = f"{mob[:3]} {mob[3:7]} {mob[7:]}"
    for i, (n, c) in enumerate(zip(names(3), COMMUNITIES)):
        ws.write_row(2 + i, 0, [f"第{i + 1}团队", n, c, spaced if i == 0 else "0571-86045120"])
    wb.close()
    lab("w09_xlsxwriter_spaced_mobile.xlsx", "review", ["mobile_phone"], [mob, spaced],
        "xlsxwriter; one problem: one team's 签约咨询 cell is a named doctor's mobile in 3-4-4 groups split by spaces; the others are the health centre's landline")

    # w10 clean enterprise list
    wb = xw_book("w10_xlsxwriter_uscc_clean.xlsx")
    ws = wb.add_worksheet("名录")
    ws.write_row(0, 0, ["临江区2025年第一批科技型中小企业名单"])
    ws.write_row(1, 0, ["序号", "企业名称", "统一社会信用代码", "法定代表人", "企业联系电话"])
    for i, co in enumerate(["临江智能传感科技有限公司", "江滨生物医药有限公司", "望江新材料科技有限公司", "新塘数字农业有限公司"]):
        ws.write_row(2 + i, 0, [i + 1, co, take("usccs"), names(1)[0], f"0571-8605{2010 + i * 7}"])
    ws.write(7, 0, "咨询电话：0571-86051234（区科技局），12345。")
    wb.close()
    lab("w10_xlsxwriter_uscc_clean.xlsx", "pass", [], [],
        "xlsxwriter; companies with 统一社会信用代码 (valid check characters), 法定代表人 names (public by law), company landlines: nothing to find")


# ---------------------------------------------------------------- node jobs
def node_jobs():
    out_jobs, tmp_jobs = [], []

    # e01 rich text runs splitting an ID
    ppl = people(5)
    rows = [["临江区2025年度“最美家庭”奖励名单"], ["序号", "姓名", "身份证号", "所在社区", "奖励金额（元）"]]
    for i, x in enumerate(ppl, 1):
        rows.append([i, x[0], V.mask_id(x[1]), x[3], 2000])
    raw = ppl[3][1]
    out_jobs.append({"producer": "exceljs", "file": "e01_exceljs_richtext_id.xlsx", "sheets": [
        {"name": "名单", "rows": rows, "merges": ["A1:E1"], "widths": [6, 10, 22, 12, 14],
         "rich": {"C6": [raw[:6], raw[6:14], raw[14:]]}}]})

    # e02 clean roster with two-row merged headers
    ppl = people(6)
    rows = [["临江区2025年城乡居民基本养老保险待遇领取资格认证结果公示"],
            ["序号", "姓名", "身份证号", "认证结果", None, "联系电话"],
            [None, None, None, "认证方式", "认证日期", None]]
    for i, x in enumerate(ppl, 1):
        rows.append([i, x[0], V.mask_id(x[1]), "人脸识别" if i % 2 else "社区上门", f"2025-05-{10 + i:02d}", V.mask_mobile(x[2])])
    rows.append(["如有疑问请拨打12345或0571-86017788（区社保中心）。"])
    out_jobs.append({"producer": "exceljs", "file": "e02_exceljs_merged_header_clean.xlsx", "sheets": [
        {"name": "公示", "rows": rows, "merges": ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "A10:F10"],
         "widths": [6, 10, 22, 12, 14, 16]}]})

    # e03 cell note, clean
    ppl = people(5)
    rows = [["临江区2025年第二季度孤儿基本生活费发放情况"], ["序号", "姓名", "身份证号", "监护人", "发放金额（元）"]]
    for i, x in enumerate(ppl, 1):
        rows.append([i, V.mask_name(x[0]), V.mask_id(x[1]), "祖父母" if i % 2 else "亲属", 2140])
    out_jobs.append({"producer": "exceljs", "file": "e03_exceljs_note_clean.xlsx", "sheets": [
        {"name": "发放情况", "rows": rows, "merges": ["A1:E1"], "widths": [6, 10, 22, 12, 14],
         "notes": {"E3": "数据来源：区民政局6月台账，已与财政直达资金系统复核。"}}]})

    # e04 footer with an internal-marking label
    rows = [["2025年第一季度全区政务服务事项办理情况"], ["部门", "受理件数", "办结件数", "按时办结率（%）"],
            ["区市场监管局", 3412, 3398, 99.6], ["区人力社保局", 5120, 5087, 99.4], ["区住建局", 862, 850, 98.6]]
    out_jobs.append({"producer": "exceljs", "file": "e04_exceljs_footer_term.xlsx", "sheets": [
        {"name": "办理情况", "rows": rows, "merges": ["A1:D1"], "widths": [16, 12, 12, 16],
         "header": "&L临江区政务服务管理办公室", "footer": "&C内部资料 注意保存&R第 &P 页"}]})

    # e05 hyperlink to an intranet server
    rows = [["临江区2025年政府投资项目批复情况"], ["项目名称", "批复文号", "总投资（万元）", "批复文件"],
            ["江滨路道路改造工程", "临发改投〔2025〕12号", 4860, None],
            ["望江镇中心小学扩建工程", "临发改投〔2025〕15号", 7320, "见区政府门户网站"]]
    out_jobs.append({"producer": "exceljs", "file": "e05_exceljs_intranet_link.xlsx", "sheets": [
        {"name": "批复情况", "rows": rows, "merges": ["A1:D1"], "widths": [26, 22, 16, 20],
         "links": {"D3": {"text": "查看批复原件", "url": "http://10.37.8.21:8080/oa/doc/view?id=2025012"}}}]})

    # e06 organisation's settlement accounts in a table
    acc1 = V.luhn_complete("35601010010012345")
    acc2 = V.luhn_complete("35620020010088213")
    rows = [["临江区2025年非税收入缴款账户信息"], ["收款户名", "开户银行", "账号", "适用项目"],
            ["临江区财政局非税收入结算户", "兴业银行临江支行", acc1, "行政事业性收费、罚没收入"],
            ["临江区公共资源交易中心", "兴业银行临江支行营业部", acc2, "投标保证金"],
            ["缴款咨询：0571-86019900（区财政局非税科）"]]
    out_jobs.append({"producer": "exceljs", "file": "e06_exceljs_org_accounts.xlsx", "sheets": [
        {"name": "账户", "rows": rows, "merges": ["A1:D1", "A5:D5"], "widths": [28, 24, 24, 26]}]})

    # e07 bank cards stored as text, person rows
    ppl = people(4)
    cards = [take("cards"), take("cards")]
    rows = [["临江区2025年耕地地力保护补贴发放明细"], ["序号", "姓名", "身份证号", "补贴面积（亩）", "一卡通账号", "补贴金额（元）"]]
    for i, x in enumerate(ppl, 1):
        card = cards[i - 1] if i <= 2 else V.mask_card(VALS["cards"][i])
        rows.append([i, x[0], V.mask_id(x[1]), 3.2 + i, card, round(116.5 * (3.2 + i), 2)])
    out_jobs.append({"producer": "exceljs", "file": "e07_exceljs_cards_text.xlsx", "sheets": [
        {"name": "明细", "rows": rows, "merges": ["A1:F1"], "widths": [6, 10, 22, 14, 24, 14]}]})

    # e08 11-digit 准考证号 column
    rows = [["临江区2025年公开招聘事业单位工作人员笔试成绩公示"], ["序号", "姓名", "准考证号", "报考岗位", "笔试成绩"]]
    for i, n in enumerate(names(8), 1):
        rows.append([i, n, int(f"1350125{i + 100:04d}"), "综合管理" if i <= 4 else "财务会计", round(78.5 - i * 1.25, 2)])
    out_jobs.append({"producer": "exceljs", "file": "e08_exceljs_exam_numbers.xlsx", "sheets": [
        {"name": "笔试成绩", "rows": rows, "merges": ["A1:E1"], "widths": [6, 10, 16, 14, 10]}]})

    # s01 hidden sheet of contacts
    ppl = people(5)
    rows = [["临江区2025年新增公益性岗位安置人员公示"], ["序号", "姓名", "身份证号", "安置岗位"]]
    for i, x in enumerate(ppl, 1):
        rows.append([i, x[0], V.mask_id(x[1]), "保洁" if i % 2 else "治安巡防"])
    rows2 = [["姓名", "联系电话", "备注"]] + [[x[0], x[2], ""] for x in ppl]
    out_jobs.append({"producer": "sheetjs", "file": "s01_sheetjs_hidden_sheet_mobiles.xlsx", "bookSST": True, "sheets": [
        {"name": "公示", "rows": rows, "merges": ["A1:D1"], "widths": [6, 10, 22, 12]},
        {"name": "联系表", "rows": rows2, "hidden": 1}]})
    s01_mobs = [x[2] for x in ppl]

    # s02 award notice, clean
    rows = [["临江区2025年老旧小区改造工程（二期）中标结果公告"], ["标段", "中标单位", "统一社会信用代码", "中标金额（元）", "项目经理"],
            ["一标段", "临江建工集团有限公司", take("usccs"), 12860453.27, "证书编号 浙1332021202112345"],
            ["二标段", "望江市政工程有限公司", take("usccs"), 9547210.00, "证书编号 浙1332020202109876"],
            ["公告期：2025年6月12日至6月14日。监督部门：临江区住房和城乡建设局，电话0571-86030110。"]]
    out_jobs.append({"producer": "sheetjs", "file": "s02_sheetjs_award_clean.xlsx", "bookSST": False, "sheets": [
        {"name": "中标结果", "rows": rows, "merges": ["A1:E1", "A5:E5"], "widths": [8, 26, 22, 16, 28]}]})

    # s03 passport numbers
    pps = take("passports", 2)
    rows = [["临江区2025年因公出国（境）团组人员信息"], ["姓名", "工作单位", "职务", "护照号码", "出访国家"]]
    for n, pp, j in zip(names(2), pps, ["区商务局", "区经信局"]):
        rows.append([n, j, "科长", pp, "德国、奥地利"])
    out_jobs.append({"producer": "sheetjs", "file": "s03_sheetjs_passports.xlsx", "bookSST": True, "sheets": [
        {"name": "团组", "rows": rows, "merges": ["A1:E1"], "widths": [10, 12, 8, 14, 16]}]})

    # s04 masked plates
    rows = [["临江区2025年5月机动车违法停车告知"], ["序号", "号牌号码", "违法时间", "违法地点", "违法行为"]]
    for i, (pl, t) in enumerate([("浙A·***32", "2025-05-03 09:12"), ("浙A·D***45", "2025-05-07 18:40"),
                                 ("浙H·***7K", "2025-05-11 07:55"), ("皖B·***19", "2025-05-19 21:03")], 1):
        rows.append([i, pl, t, "江滨大道与学府路交叉口", "机动车违反规定停放"])
    rows.append(["请相关车辆所有人或管理人持身份证件到临江交警大队接受处理，咨询电话0571-86122110。"])
    out_jobs.append({"producer": "sheetjs", "file": "s04_sheetjs_masked_plates.xlsx", "bookSST": True, "sheets": [
        {"name": "告知", "rows": rows, "merges": ["A1:E1", "A7:E7"], "widths": [6, 14, 18, 24, 20]}]})

    # s05 transaction serials that pass Luhn and start 62
    serials = [V.luhn_complete("62025061200000" + f"{i:04d}") for i in (318, 527, 1046)]
    rows = [["临江区2025年6月行政事业性收费单位缴款明细"], ["交易流水号", "缴款单位", "收费项目", "金额（元）", "缴款日期"]]
    for s, co, it, a in zip(serials, ["临江港务有限公司", "江滨物业服务有限公司", "新塘纺织有限公司"],
                            ["污水处理费", "城市道路占用费", "排污权有偿使用费"], [36200.00, 4800.00, 12750.50]):
        rows.append([s, co, it, a, "2025-06-12"])
    out_jobs.append({"producer": "sheetjs", "file": "s05_sheetjs_serials_clean.xlsx", "bookSST": False, "sheets": [
        {"name": "缴款明细", "rows": rows, "merges": ["A1:E1"], "widths": [24, 24, 18, 12, 12]}]})

    labels_js = [
        ("e01_exceljs_richtext_id.xlsx", "block", ["id_card"], [raw],
         "exceljs; one problem: C6 is a rich-text cell whose ID is split over three runs of different fonts (6+8+4); the other IDs are masked"),
        ("e02_exceljs_merged_header_clean.xlsx", "pass", [], [],
         "exceljs; two-row merged headers, masked IDs and mobiles, 12345 and an agency landline in a merged note row: nothing to find"),
        ("e03_exceljs_note_clean.xlsx", "review", ["hidden_content"], [],
         "exceljs; one problem: a cell note (legacy comment) on E3 with a harmless source remark; docs: comments are hidden_content (review)"),
        ("e04_exceljs_footer_term.xlsx", "review", ["sensitive_term"], [],
         "exceljs; one problem: print footer &C内部资料 注意保存 (a label); README lists 内部资料 注意保存 among the terms. Severity from the dictionary; README's example entry gives review"),
        ("e05_exceljs_intranet_link.xlsx", "review", ["internal_address"], [],
         "exceljs; one problem: D3's hyperlink target is http://10.37.8.21:8080/oa/... (private IP); the shown text is 查看批复原件"),
        ("e06_exceljs_org_accounts.xlsx", "pass", [], [],
         "exceljs; organisations' settlement accounts (18 digits, JCB-like 356 prefix, Luhn-valid) in a table whose 收款户名 cell in the account's row names an agency; docs: an organisation's account is not a card"),
        ("e07_exceljs_cards_text.xlsx", "block", ["bank_card"], cards,
         "exceljs; one problem: two rows give full 19-digit UnionPay cards stored as text under 一卡通账号, in rows naming persons; the others are masked"),
        ("e08_exceljs_exam_numbers.xlsx", "pass", [], [],
         "exceljs; a 准考证号 column of 11-digit numbers stored as numbers, starting 135 like mobiles, all the same length, under a title naming no phone; docs: roster numbers in their column are not mobiles"),
        ("s01_sheetjs_hidden_sheet_mobiles.xlsx", "review", ["hidden_content", "mobile_phone"], s01_mobs,
         "SheetJS (shared strings); one problem: a hidden sheet 联系表 with the persons' full mobiles; the visible sheet is masked"),
        ("s02_sheetjs_award_clean.xlsx", "pass", [], [],
         "SheetJS (no shared strings); award notice with credit codes, amounts, 注册建造师 证书编号 and an agency landline: nothing to find"),
        ("s03_sheetjs_passports.xlsx", "review", ["passport"], pps,
         "SheetJS; one problem: 护照号码 column holds two full passport numbers (E + 8 digits) under their heading"),
        ("s04_sheetjs_masked_plates.xlsx", "pass", [], [],
         "SheetJS; a parking notice with plates masked (浙A·***32 style): docs list masked plates (京A·***45) as not findings"),
        ("s05_sheetjs_serials_clean.xlsx", "pass", [], [],
         "SheetJS; 19-digit 交易流水号 that start 62 and pass Luhn, in a column so headed, rows naming companies, title naming no card; docs: not a card"),
    ]

    # pptxgenjs decks
    img = os.path.join(TMP, "site_photo.png")
    make_photo(img)
    plain_master = {"name": "GOV", "objects": [{"text": "临江区人民政府办公室", "x": 0.4, "y": 5.15, "w": 5, "h": 0.35, "fontSize": 10}], "slideNumber": True}
    p_ppl = people(6)
    masked_table = {"rows": [["序号", "姓名", "身份证号", "所在社区", "补助金额（元）"]] +
                    [[str(i), x[0], V.mask_id(x[1]), x[3], "1500"] for i, x in enumerate(p_ppl, 1)],
                    "colW": [0.8, 1.4, 3.0, 1.8, 2.0]}
    out_jobs.append({"producer": "pptxgenjs", "file": "p01_pptxgenjs_clean_deck.pptx", "title": "住房保障工作情况", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "临江区2025年上半年住房保障工作情况", "texts": [{"text": "临江区住房和城乡建设局\n2025年6月", "x": 0.5, "y": 2.2, "w": 9, "h": 1.2, "fontSize": 20}]},
        {"master": "GOV", "title": "公租房租赁补贴发放对象（部分）", "table": masked_table},
        {"master": "GOV", "title": "咨询渠道", "texts": [{"text": "政务服务便民热线：12345\n区住房保障服务中心：0571-86030120\n办公地址：临江区望江路66号", "x": 0.8, "y": 1.4, "w": 8.4, "h": 2.4, "fontSize": 20}]}]})

    mob = take("mobiles")
    out_jobs.append({"producer": "pptxgenjs", "file": "p02_pptxgenjs_notes_mobile.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年防汛防台工作部署", "texts": [{"text": "一、压实防汛责任\n二、开展隐患排查\n三、做好物资储备\n四、强化值班值守", "x": 0.8, "y": 1.4, "w": 8.4, "h": 3, "fontSize": 20}],
         "notes": f"讲解提示：值班值守部分提到，如遇险情可直接联系区应急管理局值班人员何立新，手机{mob}。"},
        {"master": "GOV", "title": "值班电话", "texts": [{"text": "区防汛防台指挥部办公室：0571-86012110", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1, "fontSize": 20}], "notes": "结束语。"}]})
    p02_mob = mob

    out_jobs.append({"producer": "pptxgenjs", "file": "p03_pptxgenjs_layout_marking.pptx", "masters": [
        {"name": "MARKED", "objects": [{"text": "秘密★1年", "x": 0.3, "y": 0.05, "w": 2.5, "h": 0.4, "fontSize": 14, "color": "C00000"}]}], "slides": [
        {"master": "MARKED", "title": "全区重点目标安全防范工作情况汇报", "texts": [{"text": "临江区公安分局\n2025年5月", "x": 0.5, "y": 2.2, "w": 9, "h": 1.2, "fontSize": 20}]},
        {"master": "MARKED", "title": "工作进展", "texts": [{"text": "一、完成重点目标排查\n二、完善技防设施\n三、开展联合演练", "x": 0.8, "y": 1.4, "w": 8.4, "h": 3, "fontSize": 20}]}]})

    ppl = people(4)
    out_jobs.append({"producer": "pptxgenjs", "file": "p04_pptxgenjs_table_ids.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年临江区“五好家庭”拟表彰名单", "table": {"rows": [["序号", "户主姓名", "身份证号", "所在村（社区）"]] +
                                                                            [[str(i), x[0], x[1], x[3]] for i, x in enumerate(ppl, 1)], "colW": [0.8, 1.8, 3.4, 3.0]}}]})
    p04_ids = [x[1] for x in ppl]

    out_jobs.append({"producer": "pptxgenjs", "file": "p05_pptxgenjs_alt_text_plate.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "渣土运输专项整治行动成效", "texts": [{"text": "一、查处违规运输车辆46辆\n二、约谈运输企业12家\n三、道路扬尘明显减少", "x": 0.5, "y": 1.4, "w": 4.8, "h": 3, "fontSize": 18}],
         "image": {"path": img, "altText": "现场查处照片：浙A·F7K26号渣土车未密闭运输"}}]})

    out_jobs.append({"producer": "pptxgenjs", "file": "p06_pptxgenjs_hidden_slide.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年民生实事项目进展", "texts": [{"text": "十方面民生实事按计划推进，已完成年度投资的52%。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]},
        {"master": "GOV", "hidden": True, "title": "备用页：未列入年度计划的项目", "texts": [{"text": "江滨体育公园二期\n望江镇养老服务中心\n新塘镇污水管网提升", "x": 0.8, "y": 1.4, "w": 8.4, "h": 2.5, "fontSize": 20}]},
        {"master": "GOV", "title": "下一步工作", "texts": [{"text": "加快项目建设进度，确保年底前全面完成。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]}]})

    out_jobs.append({"producer": "pptxgenjs", "file": "p07_pptxgenjs_chart_clean.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年上半年12345热线运行情况", "chart": {"type": "BAR", "title": "各月受理量（件）", "labels": ["1月", "2月", "3月", "4月", "5月", "6月"],
                                                                  "series": [{"name": "受理量", "values": [18342, 15120, 20411, 19876, 21033, 22540]}, {"name": "办结量", "values": [18011, 14958, 19920, 19561, 20702, 22105]}]}},
        {"master": "GOV", "title": "主要诉求分类", "texts": [{"text": "城市管理 31%，交通出行 18%，社会保障 14%，住房建设 12%，其他 25%。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]}]})

    out_jobs.append({"producer": "pptxgenjs", "file": "p08_pptxgenjs_link_private_ip.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "“一网通办”事项梳理情况", "texts": [
            {"text": "全区梳理政务服务事项1286项，其中“一网通办”事项1203项。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.2, "fontSize": 20},
            {"text": "事项清单明细（点击查看）", "x": 0.8, "y": 3.0, "w": 8.4, "h": 0.6, "fontSize": 18, "link": "http://192.168.20.15/zwfw/qingdan/2025.xlsx"}]}]})

    out_jobs.append({"producer": "pptxgenjs", "file": "p09_pptxgenjs_master_clean.pptx", "masters": [
        {"name": "BRAND", "objects": [{"text": "临江区人民政府", "x": 0.3, "y": 0.05, "w": 3, "h": 0.4, "fontSize": 12, "color": "C00000"},
                                      {"text": "政府信息公开专栏", "x": 6.7, "y": 5.15, "w": 3, "h": 0.35, "fontSize": 10}]}], "slides": [
        {"master": "BRAND", "title": "2024年度政府信息公开工作年度报告解读", "texts": [{"text": "主动公开政府信息4128条，受理依申请公开63件，全部按期答复。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]},
        {"master": "BRAND", "title": "公开渠道", "texts": [{"text": "区政府门户网站、政务新媒体、政府信息查阅点；咨询电话0571-86010001。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]}]})

    card = take("cards")
    n = names(1)[0]
    out_jobs.append({"producer": "pptxgenjs", "file": "p10_pptxgenjs_card_textbox.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "困难职工帮扶资金发放情况", "texts": [
            {"text": "2025年上半年共帮扶困难职工214人，发放帮扶资金96.3万元。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.2, "fontSize": 20},
            {"text": f"典型案例：{n}，因病致困，已将帮扶金2万元打入其工资卡（卡号{card}）。", "x": 0.8, "y": 2.8, "w": 8.4, "h": 1.2, "fontSize": 16}]}]})
    p10_card = card

    ppl = people(3)
    rows = [["序号", "姓名", "身份证号", "表彰类别"]]
    for i, x in enumerate(ppl, 1):
        idcell = x[1][:10] + "\n" + x[1][10:] if i == 2 else V.mask_id(x[1])
        rows.append([str(i), x[0], idcell, "优秀志愿者"])
    out_jobs.append({"producer": "pptxgenjs", "file": "p11_pptxgenjs_table_wrapped_id.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年度优秀志愿者拟表彰名单", "table": {"rows": rows, "colW": [0.8, 1.8, 2.2, 3.0], "fontSize": 14}}]})
    p11_id = ppl[1][1]

    acc = V.luhn_complete("35601010010056789")
    out_jobs.append({"producer": "pptxgenjs", "file": "p13_pptxgenjs_account_block_clean.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "慈善募捐接收渠道", "texts": [
            {"text": f"户名：临江区慈善总会\n开户银行：兴业银行临江支行\n账号：{acc}", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.8, "fontSize": 20},
            {"text": f"统一社会信用代码：{take('usccs')}\n捐赠咨询：0571-86018899，12345", "x": 0.8, "y": 3.4, "w": 8.4, "h": 1.2, "fontSize": 18}]}]})

    labels_js += [
        ("p01_pptxgenjs_clean_deck.pptx", "pass", [], [x[1] for x in p_ppl],
         "pptxgenjs; a custom layout with the office's name and slide numbers, a table of masked IDs, hotline and landline: nothing to find"),
        ("p02_pptxgenjs_notes_mobile.pptx", "review", ["mobile_phone"], [p02_mob],
         "pptxgenjs; one problem: speaker notes of slide 1 give a named official's full mobile; the slides are clean"),
        ("p03_pptxgenjs_layout_marking.pptx", "block", ["classified_marking"], [],
         "pptxgenjs; one problem: the slide layout (defineSlideMaster → slideLayout) every slide uses carries 秘密★1年 at the top; README: masters and layouts the slides use are read"),
        ("p04_pptxgenjs_table_ids.pptx", "block", ["id_card"], p04_ids,
         "pptxgenjs; one problem: a slide table of four unmasked IDs under 身份证号"),
        ("p05_pptxgenjs_alt_text_plate.pptx", "review", ["license_plate"], [],
         "pptxgenjs; one problem: a picture's alt text (descr) names a plate 浙A·F7K26; the picture is a gradient photo without text, the slide text is clean. Plates need no keyword (docs)"),
        ("p06_pptxgenjs_hidden_slide.pptx", "review", ["hidden_content"], [],
         "pptxgenjs; one problem: slide 2 is hidden (show=0) with harmless backup text; docs: hidden slides are hidden_content"),
        ("p07_pptxgenjs_chart_clean.pptx", "pass", [], [],
         "pptxgenjs; a bar chart (title, two series, category labels) of hotline figures: nothing to find"),
        ("p08_pptxgenjs_link_private_ip.pptx", "review", ["internal_address"], [],
         "pptxgenjs; one problem: a text run's hyperlink points at http://192.168.20.15/zwfw/... (private IP); docs: link targets are read"),
        ("p09_pptxgenjs_master_clean.pptx", "pass", [], [],
         "pptxgenjs; a layout with the government's name and 政府信息公开专栏, agency landline: nothing to find"),
        ("p10_pptxgenjs_card_textbox.pptx", "block", ["bank_card"], [p10_card],
         "pptxgenjs; one problem: a text box gives a named worker's 19-digit UnionPay 工资卡 number after 卡号"),
        ("p11_pptxgenjs_table_wrapped_id.pptx", "block", ["id_card"], [p11_id],
         "pptxgenjs; one problem: a table cell holds an unmasked ID cut 10+8 by a line break (pptxgenjs writes it as two paragraphs of one cell). README's wrapped-in-one-cell rule names XLSX/CSV/DOCX/HTML/PDF cells, not slide tables; labelled as a careful reviewer expects: the ID is one value in one cell"),
        ("p13_pptxgenjs_account_block_clean.pptx", "pass", [], [],
         "pptxgenjs; an account block 户名：临江区慈善总会 / 开户银行 / 账号：<18 digits, 356 prefix, Luhn-valid>, credit code, landline and 12345; docs: the 户名 line of an account block naming an organisation makes it an organisation's account"),
    ]
    tmp_jobs.append({"producer": "pptxgenjs", "file": "base_comment.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年上半年招商引资工作情况", "texts": [{"text": "新引进项目38个，计划总投资162亿元；实际利用外资1.2亿美元。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]},
        {"master": "GOV", "title": "下半年工作打算", "texts": [{"text": "聚焦主导产业链精准招商，推动签约项目早落地。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]}]})
    tmp_jobs.append({"producer": "pptxgenjs", "file": "base_hidden_shape.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年城市更新项目推进情况", "texts": [
            {"text": "城中村改造完成签约率96%，安置房开工3200套。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.2, "fontSize": 20},
            {"text": "初稿数据，待分管领导审定后替换为最终口径，审定前请勿对外引用。", "x": 0.8, "y": 3.2, "w": 8.4, "h": 1.0, "fontSize": 16, "objectName": "B53HIDE", "fill": "FFF2CC"}]}]})
    ppl = people(3)
    tmp_jobs.append({"producer": "pptxgenjs", "file": "base_ppt_clean.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年春季学期义务教育招生工作", "texts": [{"text": "全区义务教育阶段计划招生6820人，其中小学一年级3950人、初中一年级2870人。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]},
        {"master": "GOV", "title": "咨询电话", "texts": [{"text": "区教育局招生办：0571-86013356\n政务服务便民热线：12345", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]}]})
    tmp_jobs.append({"producer": "pptxgenjs", "file": "base_ppt_notes_id.pptx", "masters": [plain_master], "slides": [
        {"master": "GOV", "title": "2025年度见义勇为事迹介绍", "texts": [{"text": "6月3日，市民在江滨公园救起落水儿童一名，事迹感人。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}],
         "notes": f"备注：当事人{ppl[0][0]}，身份证号{ppl[0][1]}，奖励资金待区财政拨付。"},
        {"master": "GOV", "title": "奖励标准", "texts": [{"text": "依据《临江区见义勇为人员奖励和保障办法》执行。", "x": 0.8, "y": 1.4, "w": 8.4, "h": 1.5, "fontSize": 20}]}]})
    notes_id = ppl[0][1]
    return out_jobs, tmp_jobs, labels_js, notes_id


def make_photo(path):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (480, 360))
    px = im.load()
    for y in range(360):
        for x in range(480):
            px[x, y] = (90 + x // 6, 120 + y // 5, 150 - (x + y) // 12)
    d = ImageDraw.Draw(im)
    d.rectangle([120, 170, 360, 290], fill=(70, 70, 80))
    d.ellipse([140, 260, 190, 310], fill=(20, 20, 20))
    d.ellipse([290, 260, 340, 310], fill=(20, 20, 20))
    d.polygon([(0, 360), (480, 300), (480, 360)], fill=(100, 100, 100))
    im.save(path)


# ---------------------------------------------------------------- hand-written XML
CT_BASE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
           '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
           '</Types>')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def inline_xlsx(path, sheetname, rows):
    """A streaming exporter's workbook: inline strings, no styles, no shared strings."""
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col_letter(ci)}{ri}"
            if v is None:
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>')
        sd.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(sd)}</sheetData></worksheet>')
    wbx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f'<sheets><sheet name="{esc(sheetname)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '</Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Apache POI</Application></Properties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT_BASE)
        z.writestr("_rels/.rels", rels)
        z.writestr("docProps/app.xml", app)
        z.writestr("xl/workbook.xml", wbx)
        z.writestr("xl/_rels/workbook.xml.rels", wrels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def rewrite_zip(src, dst, edits, adds):
    """edits: {name: func(str)->str}; adds: {name: str}."""
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
        for item in zi.infolist():
            data = zi.read(item.filename)
            if item.filename in edits:
                data = edits[item.filename](data.decode("utf-8")).encode("utf-8")
            zo.writestr(item, data)
        for name, text in adds.items():
            zo.writestr(name, text.encode("utf-8"))


def make_hand():
    # h01 inline strings with an ID
    ppl = people(4)
    rows = [["临江区2025年农村危房改造补助对象名单"], ["序号", "户主姓名", "身份证号", "所在村", "补助金额（元）"]]
    for i, x in enumerate(ppl, 1):
        rows.append([i, x[0], x[1] if i == 1 else V.mask_id(x[1]), ["江口村", "白沙村", "石桥村", "塘头村"][i - 1], 35000])
    inline_xlsx(p("h01_handxml_inline_id.xlsx"), "补助对象", rows)
    lab("h01_handxml_inline_id.xlsx", "block", ["id_card"], [ppl[0][1]],
        "hand-written workbook as streaming exporters (POI SXSSF) write it: inline strings (t=inlineStr), no shared strings, no styles; one problem: row 3's ID is unmasked")

    # h03 inline strings, clean
    ppl = people(5)
    rows = [["临江区2025年农村危房改造补助对象名单（第二批）"], ["序号", "户主姓名", "身份证号", "所在村", "补助金额（元）"]]
    for i, x in enumerate(ppl, 1):
        rows.append([i, x[0], V.mask_id(x[1]), ["江口村", "白沙村", "石桥村", "塘头村", "上湾村"][i - 1], 35000])
    rows.append(["监督电话：0571-86030110（区住建局）"])
    inline_xlsx(p("h03_handxml_inline_clean.xlsx"), "补助对象", rows)
    lab("h03_handxml_inline_clean.xlsx", "pass", [], [x[1] for x in ppl],
        "hand-written inline-string workbook, masked IDs and an agency landline: nothing to find")

    # h02 threaded comment (Excel 365) with its legacy fallback
    ppl = people(5)
    wb, ws = openpyxl_gongshi("临江区2025年第二季度残疾人两项补贴新增对象公示", ppl)
    mob = take("mobiles")
    tid = "{5E1C2A7B-3D44-4F0A-9C61-2B8D7E0F1A23}"
    rid = "{8A0B3C4D-1E2F-4A5B-8C7D-6E5F4A3B2C1D}"
    pid = "{1F2E3D4C-5B6A-4798-8A7B-6C5D4E3F2A10}"
    first = "这位申请人的残疾等级证明是否已补交？"
    reply = f"已补交。申请人家属电话 {mob}，已电话确认。"
    legacy = (f"[线程批注]\n你的Excel版本允许你阅读此线程批注，但如果在较新版本的Excel中打开文件，对批注所做的任何编辑都将被删除。\n\n"
              f"批注:\n    {first}\n答复:\n    {reply}")
    c = Comment(legacy, f"tc={tid}")
    ws["B5"].comment = c
    tmpf = os.path.join(TMP, "h02_base.xlsx")
    wb.save(tmpf)
    with zipfile.ZipFile(tmpf) as z:
        names_in = z.namelist()
        srels_name = "xl/worksheets/_rels/sheet1.xml.rels"
        assert srels_name in names_in, names_in
    tc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<threadedComment ref="B5" dT="2025-06-10T10:21:33.41" personId="{pid}" id="{tid}"><text>{esc(first)}</text></threadedComment>'
          f'<threadedComment ref="B5" dT="2025-06-10T15:02:07.88" personId="{pid}" id="{rid}" parentId="{tid}"><text>{esc(reply)}</text></threadedComment>'
          '</ThreadedComments>')
    persons = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
               'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               f'<person displayName="民政局经办人" id="{pid}" userId="ljmz01" providerId="None"/></personList>')

    def ct(s):
        return s.replace("</Types>",
                         '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                         '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>')

    def srels(s):
        return s.replace("</Relationships>",
                         '<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>')

    def wrels(s):
        return s.replace("</Relationships>",
                         '<Relationship Id="rIdPs1" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>')

    rewrite_zip(tmpf, p("h02_handxml_threaded_comment_mobile.xlsx"),
                {"[Content_Types].xml": ct, srels_name: srels, "xl/_rels/workbook.xml.rels": wrels},
                {"xl/threadedComments/threadedComment1.xml": tc, "xl/persons/person.xml": persons})
    lab("h02_handxml_threaded_comment_mobile.xlsx", "review", ["hidden_content", "mobile_phone"], [mob],
        "openpyxl workbook given an Excel 365 threaded comment by hand (threadedComments/persons parts + the legacy '[线程批注]' fallback Excel writes); the reply holds a family member's full mobile; the sheet is masked")


# ---------------------------------------------------------------- slides edited by hand
def make_pptx_edits():
    base = os.path.join(TMP, "base_comment.pptx")
    cm = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<p:cmLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
          '<p:cm authorId="1" dt="2025-06-11T16:40:12.000" idx="1"><p:pos x="5200" y="880"/>'
          '<p:text>162亿元是否含续建项目？请与商务局核对口径后再定稿。</p:text></p:cm></p:cmLst>')
    authors = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<p:cmAuthorLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
               'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
               '<p:cmAuthor id="1" name="区投促中心" initials="TC" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>')

    def ct(s):
        return s.replace("</Types>",
                         '<Override PartName="/ppt/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.comments+xml"/>'
                         '<Override PartName="/ppt/commentAuthors.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml"/></Types>')

    def srels(s):
        return s.replace("</Relationships>",
                         '<Relationship Id="rIdCm1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments/comment1.xml"/></Relationships>')

    def prels(s):
        return s.replace("</Relationships>",
                         '<Relationship Id="rIdCa1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/commentAuthors" Target="commentAuthors.xml"/></Relationships>')

    rewrite_zip(base, p("q01_pptx_slide_comment.pptx"),
                {"[Content_Types].xml": ct, "ppt/slides/_rels/slide1.xml.rels": srels, "ppt/_rels/presentation.xml.rels": prels},
                {"ppt/comments/comment1.xml": cm, "ppt/commentAuthors.xml": authors})
    lab("q01_pptx_slide_comment.pptx", "review", ["hidden_content"], [],
        "pptxgenjs deck given a legacy slide comment by hand (ppt/comments/comment1.xml + commentAuthors.xml, as PowerPoint 2013–2019 write them): a reviewer's question about a figure; docs: comments are hidden_content")

    base = os.path.join(TMP, "base_hidden_shape.pptx")

    def hide(s):
        s2, n = re.subn(r'(<p:cNvPr id="\d+" name="B53HIDE")', r'\1 hidden="1"', s)
        assert n == 1, "objectName not found"
        return s2

    rewrite_zip(base, p("q02_pptx_hidden_shape.pptx"), {"ppt/slides/slide1.xml": hide}, {})
    lab("q02_pptx_hidden_shape.pptx", "review", ["hidden_content"], [],
        "pptxgenjs deck with one text box set hidden=\"1\" by hand (as the selection pane's eye icon does): an editor's note 初稿数据…请勿对外引用; README: hidden shapes are reported (hidden_shape)")


# ---------------------------------------------------------------- CSV
def make_csv():
    ppl = people(8)
    rows = [["序号", "姓名", "身份证号", "所在社区", "补贴金额（元）", "联系电话"]] + gongshi_rows(ppl)
    text = "临江区2025年5月独生子女父母奖励扶助金发放名单\n" + to_csv(rows) + MONITOR + "\n"
    open(p("c01_csv_utf8_masked.csv"), "w", encoding="utf-8", newline="").write(text)
    lab("c01_csv_utf8_masked.csv", "pass", [], [x[1] for x in ppl] + [x[2] for x in ppl],
        "CSV UTF-8 with a title line above and a note line below; masked IDs and mobiles, agency landline and 12345: nothing to find")

    ppl = people(6)
    rows = [["序号", "姓名", "身份证号", "所在社区", "补贴金额（元）", "联系电话"]] + gongshi_rows(ppl, raw_rows=(4,))
    open(p("c02_csv_utf8bom_id.csv"), "w", encoding="utf-8-sig", newline="").write(to_csv(rows))
    lab("c02_csv_utf8bom_id.csv", "block", ["id_card"], [ppl[3][1]],
        "CSV UTF-8 with BOM (Excel's 'CSV UTF-8'), CRLF; one problem: row 5's ID is unmasked")

    mobs = take("mobiles", 3)
    rows = [["序号", "商户名称", "经营者", "经营地址", "联系电话"]]
    for i, (co, n, m) in enumerate(zip(["江滨副食店", "望江早餐店", "新塘五金店"], names(3), mobs), 1):
        rows.append([i, co, n, f"临江区江滨路{10 + i * 3}号", m])
    text = "临江区2025年“放心消费”示范商户名单\n" + to_csv(rows)
    open(p("c03_csv_gbk_mobile.csv"), "wb").write(text.encode("gbk"))
    lab("c03_csv_gbk_mobile.csv", "review", ["mobile_phone"], mobs,
        "CSV in GBK (Excel's default 'CSV (逗号分隔)' on Chinese Windows); one problem: 联系电话 gives the shopkeepers' full mobiles")

    rows = [["序号", "单位名称", "统一社会信用代码", "办公电话", "地址"]]
    for i, co in enumerate(["临江区江滨街道社区卫生服务中心", "临江区望江镇中心卫生院", "临江区新塘镇卫生院"], 1):
        rows.append([i, co, _pools["usccs"].pop(), f"0571-8604{1100 + i * 11}", f"临江区学府路{i * 20}号"])
    text = "临江区2025年基层医疗卫生机构名录\n" + to_csv(rows) + "注：统一社会信用代码以登记管理机关核发为准。\n"
    open(p("c04_csv_gbk_uscc_clean.csv"), "wb").write(text.encode("gbk"))
    lab("c04_csv_gbk_uscc_clean.csv", "pass", [], [],
        "CSV in GBK; institutions with 统一社会信用代码 (12… public-institution codes, valid check characters) and landlines: nothing to find")

    ppl = people(4)
    rows = [["序号", "姓名", "身份证号", "奖励类别"]]
    for i, x in enumerate(ppl, 1):
        rows.append([i, x[0], (x[1][:12] + "\n" + x[1][12:]) if i == 3 else V.mask_id(x[1]), "见义勇为"])
    open(p("c05_csv_utf8bom_wrapped_id.csv"), "w", encoding="utf-8-sig", newline="").write(to_csv(rows))
    lab("c05_csv_utf8bom_wrapped_id.csv", "block", ["id_card"], [ppl[2][1]],
        "CSV UTF-8 with BOM exported from a sheet with a wrapped cell: row 4's quoted field holds an ID cut 12+6 by a line break (Alt+Enter) inside the field")

    rows = [["订单编号", "物流单号", "采购单位", "商品", "金额（元）", "下单日期"]]
    for i, (it, a) in enumerate([("A4复印纸", 2350.00), ("硒鼓", 1860.50), ("办公椅", 4380.00), ("文件柜", 6720.00)], 1):
        rows.append([f"ZC2025061200{i:04d}", f"SF14{i}2068{i}3579{i}", "临江区人民政府办公室", it, a, f"2025-06-{10 + i}"])
    text = "临江区政府采购电子卖场2025年6月订单明细\n" + to_csv(rows)
    open(p("c06_csv_utf8_orders_clean.csv"), "w", encoding="utf-8", newline="").write(text)
    lab("c06_csv_utf8_orders_clean.csv", "pass", [], [],
        "CSV UTF-8; order numbers (ZC + 14 digits), courier numbers, amounts and dates: nothing to find")


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- LibreOffice
LO_PROFILE = "file:///tmp/b53lo_profile"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    assert os.path.exists(out), out
    return out


def convert_to(src, fmt, final):
    d = tempfile.mkdtemp(dir=TMP)
    out = soffice(src, fmt, d)
    shutil.move(out, p(final))


FODS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
             'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
             'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
             'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
             'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
             '<office:meta><meta:initial-creator>临江区退役军人事务局</meta:initial-creator></office:meta>'
             '<office:body><office:spreadsheet>')
FODS_TAIL = '</office:spreadsheet></office:body></office:document>'


def fods_cell(v, span=1, note=None):
    a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    ann = ""
    if note:
        ann = (f'<office:annotation><dc:creator>经办人</dc:creator><dc:date>2025-06-09T10:00:00</dc:date>'
               f'<text:p>{esc(note)}</text:p></office:annotation>')
    if v is None:
        c = f'<table:table-cell{a}>{ann}</table:table-cell>'
    elif isinstance(v, (int, float)):
        c = f'<table:table-cell{a} office:value-type="float" office:value="{v}">{ann}<text:p>{v}</text:p></table:table-cell>'
    else:
        c = f'<table:table-cell{a} office:value-type="string">{ann}<text:p>{esc(v)}</text:p></table:table-cell>'
    return c + '<table:covered-table-cell/>' * (span - 1)


def make_libreoffice():
    # l01 openpyxl → .xls, hidden sheet of IDs
    ppl = people(5)
    wb, ws = openpyxl_gongshi("临江区2025年度优抚对象定期抚恤补助名单", ppl)
    ws2 = wb.create_sheet("身份核对")
    ws2.append(["姓名", "身份证号"])
    for x in ppl:
        ws2.append([x[0], x[1]])
    ws2.sheet_state = "hidden"
    src = os.path.join(TMP, "l01_src.xlsx"); wb.save(src)
    convert_to(src, "xls", "l01_lo_xls_hidden_sheet_ids.xls")
    lab("l01_lo_xls_hidden_sheet_ids.xls", "block", ["id_card", "hidden_content"], [x[1] for x in ppl],
        "LibreOffice .xls (BIFF8) converted from an openpyxl workbook; one problem: a hidden sheet 身份核对 with the unmasked IDs")

    # l02 clean → .xls
    ppl = people(6)
    wb, ws = openpyxl_gongshi("临江区2025年度城乡居民医疗救助对象公示（第三批）", ppl)
    src = os.path.join(TMP, "l02_src.xlsx"); wb.save(src)
    convert_to(src, "xls", "l02_lo_xls_clean.xls")
    lab("l02_lo_xls_clean.xls", "pass", [], [x[1] for x in ppl] + [x[2] for x in ppl],
        "LibreOffice .xls of a masked 公示 list with merged title and note rows: nothing to find")

    # l03 clean → .ods
    wb = Workbook(); wb_props(wb, "临江区财政局")
    ws = wb.active; ws.title = "三公经费"
    ws.append(["临江区2025年部门预算“三公”经费情况表"]); ws.merge_cells("A1:D1")
    ws.append(["单位：万元"])
    ws.append(["项目", "2025年预算数", "2024年预算数", "增减（%）"])
    for row in [["因公出国（境）费", 12.0, 15.0, -20.0], ["公务接待费", 86.5, 92.3, -6.3], ["公务用车购置及运行费", 240.8, 251.6, -4.3], ["合计", 339.3, 358.9, -5.5]]:
        ws.append(row)
    src = os.path.join(TMP, "l03_src.xlsx"); wb.save(src)
    convert_to(src, "ods", "l03_lo_ods_clean.ods")
    lab("l03_lo_ods_clean.ods", "pass", [], [],
        "LibreOffice .ods of a 三公经费 table (amounts in 万元, percentages): nothing to find")

    # l05 fods with an annotation holding an ID → LibreOffice xlsx
    ppl = people(4)
    rows = [fods_cell("临江区2025年退役军人创业扶持资金拟发放名单", 5)]
    body = ['<table:table table:name="名单"><table:table-column table:number-columns-repeated="5"/>',
            "<table:table-row>" + rows[0] + "</table:table-row>",
            "<table:table-row>" + "".join(fods_cell(h) for h in ["序号", "姓名", "身份证号", "创业项目", "扶持金额（元）"]) + "</table:table-row>"]
    for i, x in enumerate(ppl, 1):
        note = f"原始材料身份证号：{x[1]}，已核对。" if i == 2 else None
        body.append("<table:table-row>" + "".join([fods_cell(i), fods_cell(x[0], note=note), fods_cell(V.mask_id(x[1])),
                                                   fods_cell(["农家乐", "电商服务", "汽车维修", "茶叶加工"][i - 1]), fods_cell(30000)]) + "</table:table-row>")
    body.append("</table:table>")
    src = os.path.join(TMP, "l05_src.fods")
    open(src, "w", encoding="utf-8").write(FODS_HEAD + "".join(body) + FODS_TAIL)
    convert_to(src, "xlsx", "l05_lo_xlsx_annotation_id.xlsx")
    lab("l05_lo_xlsx_annotation_id.xlsx", "block", ["id_card", "hidden_content"], [ppl[1][1]],
        "LibreOffice xlsx (Calc MS Excel 2007 XML) from a flat ODS; one problem: the cell annotation (comment) on B4 holds the unmasked ID; the cells are masked")

    # l06 fods clean, merged title → LibreOffice xlsx
    ppl = people(5)
    body = ['<table:table table:name="公示"><table:table-column table:number-columns-repeated="5"/>',
            "<table:table-row>" + fods_cell("临江区2025年退役军人创业扶持资金发放结果公示", 5) + "</table:table-row>",
            "<table:table-row>" + "".join(fods_cell(h) for h in ["序号", "姓名", "身份证号", "创业项目", "扶持金额（元）"]) + "</table:table-row>"]
    for i, x in enumerate(ppl, 1):
        body.append("<table:table-row>" + "".join([fods_cell(i), fods_cell(x[0]), fods_cell(V.mask_id(x[1])),
                                                   fods_cell(["农家乐", "电商服务", "汽车维修", "茶叶加工", "民宿"][i - 1]), fods_cell(30000)]) + "</table:table-row>")
    body.append("<table:table-row>" + fods_cell("监督电话：0571-86019527（区退役军人事务局）", 5) + "</table:table-row>")
    body.append("</table:table>")
    src = os.path.join(TMP, "l06_src.fods")
    open(src, "w", encoding="utf-8").write(FODS_HEAD + "".join(body) + FODS_TAIL)
    convert_to(src, "xlsx", "l06_lo_xlsx_clean.xlsx")
    lab("l06_lo_xlsx_clean.xlsx", "pass", [], [x[1] for x in ppl],
        "LibreOffice xlsx from a flat ODS: merged title and note, masked IDs, agency landline: nothing to find")


FODP_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
             'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
             'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
             'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
             'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
             'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
             'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
             'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.presentation">'
             '<office:automatic-styles><style:page-layout style:name="PM1">'
             '<style:page-layout-properties fo:page-width="25.4cm" fo:page-height="14.29cm" style:print-orientation="landscape"/>'
             '</style:page-layout></office:automatic-styles>'
             '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
             '<office:body><office:presentation>')
FODP_TAIL = '</office:presentation></office:body></office:document>'


def fodp_box(x, y, w, h, lines, size="18pt"):
    ps = "".join(f"<text:p>{esc(l)}</text:p>" for l in lines)
    return (f'<draw:frame svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm">'
            f'<draw:text-box>{ps}</draw:text-box></draw:frame>')


def fodp_rect(x, y, w, h, lines):
    ps = "".join(f"<text:p>{esc(l)}</text:p>" for l in lines)
    return f'<draw:rect svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm">{ps}</draw:rect>'


def make_lo_slides(tmp_pptx):
    # o01 grouped shapes with a mobile
    mob = take("mobiles")
    n = names(1)[0]
    page1 = ('<draw:page draw:name="页1" draw:master-page-name="Default">'
             + fodp_box(1.5, 0.8, 22, 1.6, ["临江区2025年“送法进社区”活动安排"])
             + '<draw:g>'
             + fodp_rect(1.5, 3.0, 10, 3.0, ["第一场：江滨社区", "6月15日 上午9:00"])
             + fodp_rect(13, 3.0, 10, 3.0, ["第二场：望江社区", "6月22日 上午9:00"])
             + fodp_box(1.5, 6.5, 21.5, 2.0, [f"活动联络：区司法局 {n}  {mob}"])
             + '</draw:g></draw:page>')
    page2 = ('<draw:page draw:name="页2" draw:master-page-name="Default">'
             + fodp_box(1.5, 0.8, 22, 1.6, ["活动内容"])
             + fodp_box(1.5, 3.0, 22, 5, ["法律咨询、民法典宣讲、矛盾纠纷调解。", "欢迎社区居民参加。"])
             + '</draw:page>')
    src = os.path.join(TMP, "o01_src.fodp")
    open(src, "w", encoding="utf-8").write(FODP_HEAD + page1 + page2 + FODP_TAIL)
    convert_to(src, "pptx", "o01_lo_pptx_group_mobile.pptx")
    lab("o01_lo_pptx_group_mobile.pptx", "review", ["mobile_phone"], [mob],
        "LibreOffice pptx from a flat ODP; one problem: a group (p:grpSp) of two rectangles and a text box, the text box giving a named official's full mobile")

    # o02 grouped shapes, clean, with a table
    page1 = ('<draw:page draw:name="页1" draw:master-page-name="Default">'
             + fodp_box(1.5, 0.8, 22, 1.6, ["临江区2025年夏季消夏纳凉点分布"])
             + '<draw:g>'
             + fodp_rect(1.5, 3.0, 10, 3.0, ["江滨社区文化家园", "开放时间 9:00—21:00"])
             + fodp_rect(13, 3.0, 10, 3.0, ["望江镇综合文化站", "开放时间 9:00—21:00"])
             + fodp_box(1.5, 6.5, 21.5, 2.0, ["咨询电话：0571-86013800（区文化和广电旅游体育局），12345"])
             + '</draw:g></draw:page>')
    src = os.path.join(TMP, "o02_src.fodp")
    open(src, "w", encoding="utf-8").write(FODP_HEAD + page1 + FODP_TAIL)
    convert_to(src, "pptx", "o02_lo_pptx_group_clean.pptx")
    lab("o02_lo_pptx_group_clean.pptx", "pass", [], [],
        "LibreOffice pptx from a flat ODP with a grouped set of shapes, an agency landline and 12345; LibreOffice writes its unused layouts too: nothing to find")

    convert_to(os.path.join(tmp_pptx, "base_ppt_clean.pptx"), "ppt", "o03_lo_ppt_clean.ppt")
    lab("o03_lo_ppt_clean.ppt", "pass", [], [],
        "LibreOffice .ppt (PowerPoint 97-2003) of a clean pptxgenjs deck: landline and 12345: nothing to find")


def finish_ppt_notes(tmp_pptx, notes_id):
    convert_to(os.path.join(tmp_pptx, "base_ppt_notes_id.pptx"), "ppt", "o04_lo_ppt_notes_id.ppt")
    lab("o04_lo_ppt_notes_id.ppt", "block", ["id_card"], [notes_id],
        "LibreOffice .ppt of a pptxgenjs deck; one problem: slide 1's speaker notes give the person's unmasked ID after 身份证号")


# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if re.match(r"^[a-z]\d\d_", f):
            os.remove(os.path.join(OUT, f))
    make_openpyxl()
    make_xlsxwriter()
    out_jobs, tmp_jobs, labels_js, notes_id = node_jobs()
    jf = os.path.join(TMP, "jobs_out.json"); json.dump(out_jobs, open(jf, "w", encoding="utf-8"), ensure_ascii=False)
    tf = os.path.join(TMP, "jobs_tmp.json"); json.dump(tmp_jobs, open(tf, "w", encoding="utf-8"), ensure_ascii=False)
    tmp_pptx = os.path.join(TMP, "pptx"); os.makedirs(tmp_pptx)
    subprocess.run(["node", os.path.join(HERE, "make_js.js"), jf, OUT], check=True)
    subprocess.run(["node", os.path.join(HERE, "make_js.js"), tf, tmp_pptx], check=True)
    for lbl in labels_js:
        lab(*lbl)
    for f in os.listdir(tmp_pptx):
        shutil.copy(os.path.join(tmp_pptx, f), TMP)
    make_hand()
    make_pptx_edits()
    make_csv()
    make_libreoffice()
    make_lo_slides(tmp_pptx)
    finish_ppt_notes(tmp_pptx, notes_id)
    LABELS.sort(key=lambda l: l["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    write_readme()
    shutil.rmtree(TMP, ignore_errors=True)
    npass = sum(1 for l in LABELS if l["expect_verdict"] == "pass")
    print(f"{len(LABELS)} files, {npass} pass, into {OUT}")


def write_readme():
    lines = ["# blind53-grids — spreadsheets and presentations as offices make them", "",
             "A blind corpus written from mishen's README.md and docs/ alone (no source, no testdata). "
             "Every file has one problem or none; `labels.json` gives the expected verdict, the categories that must be found "
             "and the raw personal values that must never appear in the tool's output.", "",
             "| file | verdict | categories | note |", "| --- | --- | --- | --- |"]
    for l in LABELS:
        lines.append(f"| {l['file']} | {l['expect_verdict']} | {', '.join(l['expect_categories']) or '—'} | {l['note'].replace('|', '/')} |")
    lines += ["", "## How it was made", "",
              "`gen/make.py` (run with the system python, `/usr/bin/python3 gen/make.py [OUTDIR]`, default the folder above gen/) "
              "draws every invented value from `gen/values.py` (seeded: resident IDs with GB 11643 check digits on real region codes and birth dates, "
              "Luhn-valid UnionPay cards, mobiles in 1[3-9]x 号段, 统一社会信用代码 with GB 32100 check characters, E-passports), "
              "writes the openpyxl (Debian python3-openpyxl 3.0.9, which without lxml writes every string inline, `t=inlineStr` with character references) and xlsxwriter (3.0.2, shared strings) workbooks itself, hands a job list to "
              "`gen/make_js.js`, which renders the exceljs 4.4, SheetJS 0.18.5 (with shared strings, or without them as `t=str` cells) and pptxgenjs 4.0.1 files (npm, in /tmp/b53npm), "
              "writes threaded comments, slide comments and a hidden shape into producer output with zipfile where no producer writes them "
              "(python-pptx could not be installed: no PyPI here), writes inline-string workbooks by hand as streaming exporters do, "
              "writes CSV in UTF-8, UTF-8 with BOM and GBK, and has LibreOffice 7.4 (`soffice --headless --convert-to`) make the .xls, "
              "the .ods, xlsx from flat ODS, pptx from flat ODP (grouped shapes) and .ppt. Each file's content was checked by unzipping "
              "its parts (sharedStrings, sheets, comments, drawings, charts, slides, notes, layouts) or converting it back before labelling.", "", "## First score (before any fix)", "", "`score: files=70 verdict_accuracy=0.99 leaks=0 false_alarms=1 category_recall=1.00 raw_pii_exposed=0 errors=0` (mishen11, blindbin16). The one false alarm: e06, an agency's 非税收入结算户 account in a table row under 收款户名, blocked as a card (C3 only; the row of 临江区公共资源交易中心 passed). No label was changed after the score."]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
