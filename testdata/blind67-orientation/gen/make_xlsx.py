"""openpyxl workbooks with vertical (textRotation 255) and rotated (90, 45) cells
and a right-to-left sheet.  Run from the corpus folder: python3 gen/make_xlsx.py"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import ID, MOB, NAMES, EXAMNO, mask_id, mask_mobile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

OUT = "xlsx"
os.makedirs(OUT, exist_ok=True)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def wb_new(title):
    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    ws = wb.active
    ws.title = title
    return wb, ws


def table(ws, top, left, heads, rows, head_rot=None, rot_cols=(), cell_rot=None, head_h=None):
    for j, h in enumerate(heads):
        c = ws.cell(row=top, column=left + j, value=h)
        c.border = BOX
        c.font = Font(bold=True)
        c.alignment = Alignment(textRotation=head_rot or 0, horizontal="center", vertical="center", wrap_text=True)
    if head_h:
        ws.row_dimensions[top].height = head_h
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=top + 1 + i, column=left + j, value=v)
            c.border = BOX
            if cell_rot is not None and j in rot_cols:
                c.alignment = Alignment(textRotation=cell_rot, horizontal="center", vertical="center")


# x01: a vertical marking in A1 (top left), stacked glyphs (textRotation 255)
wb, ws = wb_new("储备明细")
ws["A1"] = "秘密★1年"
ws["A1"].alignment = Alignment(textRotation=255, vertical="top", horizontal="center")
ws.merge_cells("A1:A6")
ws["B1"] = "2024年度应急物资储备明细表"
ws["B1"].font = Font(size=16, bold=True)
table(ws, 3, 2, ["序号", "储备点", "帐篷（顶）", "棉被（床）", "发电机（台）"],
      [[i + 1, t + "储备点", 120 + 10 * i, 500 + 30 * i, 4 + i % 3] for i, t in enumerate(["城关镇", "东山乡", "西溪镇", "南湖乡"])])
wb.save(os.path.join(OUT, "xlsx_rot255_marking.xlsx"))

# x02: headers turned 90 degrees, IDs below
wb, ws = wb_new("发放名单")
ws["A1"] = "2024年度耕地地力保护补贴发放名单"
table(ws, 2, 1, ["序号", "姓名", "身份证号", "补贴面积（亩）", "补贴金额（元）"],
      [[i + 1, NAMES[i], ID[i + 2] if i == 2 else mask_id(ID[i + 2]), 5.2 + i, round((5.2 + i) * 105.5, 2)] for i in range(6)],
      head_rot=90, head_h=80)
wb.save(os.path.join(OUT, "xlsx_rot90_id.xlsx"))

# x03: headers turned 90 degrees over 11-digit exam numbers (准考证号) -- must pass
wb, ws = wb_new("笔试成绩")
ws["A1"] = "2024年度县属事业单位公开招聘笔试成绩公示"
table(ws, 2, 1, ["序号", "姓名", "准考证号", "笔试成绩", "是否进入面试"],
      [[i + 1, NAMES[i][0] + "某某", EXAMNO[i], 84 - i * 1.3, "是" if i < 6 else "否"] for i in range(10)],
      head_rot=90, head_h=80)
ws["A14"] = "公示期为5个工作日，公示期内如有异议，请以书面形式向县人力资源和社会保障局反映。"
wb.save(os.path.join(OUT, "xlsx_rot90_exam_clean.xlsx"))

# x04: headers at 45 degrees, phone cells turned 90 degrees
wb, ws = wb_new("责任人")
ws["A1"] = "2024年度城市内涝防治责任人名单"
table(ws, 2, 1, ["序号", "片区", "责任人", "职务", "联系电话"],
      [[i + 1, "%s片区" % "东西南北中"[i], NAMES[i + 3], "社区主任", MOB[8] if i == 4 else mask_mobile(MOB[i + 3])] for i in range(5)],
      head_rot=45, head_h=60, rot_cols=(4,), cell_rot=90)
for r in range(3, 8):
    ws.row_dimensions[r].height = 90
wb.save(os.path.join(OUT, "xlsx_rot45_mobile.xlsx"))

# x05: a right-to-left sheet (columns from the right) with an ID
wb, ws = wb_new("救助名单")
ws.sheet_view.rightToLeft = True
ws["A1"] = "2024年度临时救助对象名单"
table(ws, 2, 1, ["序号", "姓名", "身份证号", "救助金额（元）", "所在村"],
      [[i + 1, NAMES[i + 6], ID[i + 10] if i == 1 else mask_id(ID[i + 10]), 1500, "城关镇西门村"] for i in range(5)])
wb.save(os.path.join(OUT, "xlsx_rtl_id.xlsx"))

# x06: a vertical merged title cell over amounts -- must pass
wb, ws = wb_new("参保情况")
ws["A1"] = "城乡居民医保参保情况统计表"
ws["A1"].alignment = Alignment(textRotation=255, vertical="center", horizontal="center")
ws.merge_cells("A1:A9")
ws["B1"] = "单位：人、元"
table(ws, 2, 2, ["乡镇", "应参保人数", "已参保人数", "参保率", "个人缴费（元）"],
      [[t, 21000 + 1300 * i, 20500 + 1250 * i, "%.1f%%" % (97.6 + i * 0.2), (20500 + 1250 * i) * 380]
       for i, t in enumerate(["城关镇", "东山乡", "西溪镇", "南湖乡", "北岭镇", "青石乡"])])
ws["B10"] = "咨询电话：12345"
wb.save(os.path.join(OUT, "xlsx_rot255_clean.xlsx"))
print("xlsx done")
