#!/usr/bin/python3
"""CSV written by hand the way CMS exports write them for Excel: the ="…" text trick
that keeps leading zeros and long digits, and a formula Excel computes on open."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import IDS, mask_id, out, add_label
import docbasis as D

L = "csv.json"
v = IDS["csv02"]
p = out("csv", "csv02_excel_text_trick_id.csv")
with open(p, "w", encoding="utf-8-sig", newline="") as f:
    f.write("2025年度退役士兵自主就业一次性经济补助名单\r\n")
    f.write("序号,姓名,身份证号,补助金额（元）\r\n")
    f.write(f'1,严俊杰,="{v}",36000\r\n')
    f.write(f'2,石磊,="{mask_id(IDS["h03b"])}",36000\r\n')
add_label(L, "csv/csv02_excel_text_trick_id.csv", "block", ["id_card"], [v],
          "Row 3's ID is written =\"…\" (the export trick that makes Excel keep it as text); the 18 digits stand whole "
          f"inside the field. {D.CSV}. {D.ID}.")

v = IDS["csv03"]
p = out("csv", "csv03_formula_join_id.csv")
with open(p, "w", encoding="utf-8", newline="") as f:
    f.write("序号,姓名,身份证号,补助金额（元）\r\n")
    f.write(f'1,付晓梅,"=""{v[:6]}""&""{v[6:14]}""&""{v[14:]}""",36000\r\n')
add_label(L, "csv/csv03_formula_join_id.csv", "block", ["id_card"], [v],
          f"The field is the formula =\"{v[:6]}\"&\"{v[6:14]}\"&\"{v[14:]}\": Excel evaluates it when it opens the CSV and "
          f"shows the whole ID under 身份证号. Basis: {D.PRINCIPLE}; {D.FORMULA} (said of XLSX; the docs say nothing of "
          f"formulas in CSV, so this is a probe of the principle). {D.ID}.")

p = out("csv", "csv04_clean_text_trick_serials.csv")
with open(p, "w", encoding="utf-8-sig", newline="") as f:
    f.write("项目编号,项目名称,联系人身份证号,金额（元）\r\n")
    f.write(f'="0001203",老旧小区改造,="{mask_id(IDS["f05c"])}",1250000\r\n')
    f.write(f'="0001204",农村饮水安全,="{mask_id(IDS["f05a"])}",860000\r\n')
add_label(L, "csv/csv04_clean_text_trick_serials.csv", "pass", [], [],
          "Twin of csv02: the =\"…\" trick keeps 7-digit project numbers under 项目编号 and masked IDs. "
          f"{D.MASKED}; findings.md: serial numbers (编号 ...) are not findings.")
print("csv done")
