#!/usr/bin/env python3
"""XLSX workbooks from openpyxl: disguised values in cells under their headings."""
from openpyxl import Workbook
from common import *

L = Labels("openpyxl")


def book(name, title, header, rows, pre=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([title])
    for p in pre:
        ws.append([p])
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDE", [12, 26, 22, 16, 16]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = ""
    wb.save(out("xlsx/" + name))


v = ID["d"]
book("x01_zw_id.xlsx", "2026年第一季度耕地地力保护补贴发放明细", ["序号", "姓名", "身份证号", "补贴面积（亩）", "补贴金额（元）"],
     [[1, "柏某某", v[:6] + "\u200b" + v[6:14] + "\u200b" + v[14:], 5.2, 624], [2, "伍某某", mask_id(ID["e"]), 3.8, 456]])
L.add("xlsx/x01_zw_id.xlsx", "block", ["id_card"], [v],
      "openpyxl; under the heading 身份证号 one cell holds a full ID with U+200B between its groups (the next row's is masked). " + Q["zw"] + "; " + Q["xlsx"] + "; " + Q["id"] + ".")

book("x04_radical_term.xlsx", "2026年信访事项办理台账", ["序号", "来信事项", "办理状态"],
     [[1, "道路维修", "已办结"], [2, "噪声扰民", "办理中"]], pre=["\u2f2f作秘密，严禁上网"])
L.add("xlsx/x04_radical_term.xlsx", "review", ["sensitive_term"], [],
      "A2, under the title, reads 工作秘密，严禁上网 with 工 as KANGXI RADICAL WORK ⼯ (U+2F2F). " + Q["radical"] + "; " + Q["term"] + ".")

book("x20_masked_twin.xlsx", "2026年第一季度耕地地力保护补贴发放明细", ["序号", "姓名", "身份证号", "联系电话", "补贴金额（元）"],
     [[1, "柏某某", mask_id(ID["d"])[:6] + "\u200b********\u200b" + ID["d"][-4:], mask_mobile(MOBILE["a"]).translate(FW), 624],
      [2, "伍某某", mask_id(ID["e"]), "+86 " + mask_mobile(MOBILE["c"]), 456]],
     pre=["统一社会信用代码（发放单位）：" + USCC, "咨询电话：１２３４５"])
L.add("xlsx/x20_masked_twin.xlsx", "pass", [], [],
      "Twin of x01 and of t28/t30: masked IDs (one with zero-width spaces), masked mobiles full-width and with +86, a credit code, the hotline 12345 in full-width. " + Q["mask"] + ".")

book("x21_numerals_twin.xlsx", "二〇二六年部门预算项目表", ["序号", "项目", "金额（元）", "订单编号"],
     [["①", "办公设备购置", 138920, "２０２６０３１７１５３０２４８８１７"], ["②", "信息化运维", 2046000, "２０２６０３１８０９１５３３６２０５"]])
L.add("xlsx/x21_numerals_twin.xlsx", "pass", [], [],
      "Twin: Chinese numerals in a title, circled serials, amounts, full-width 18-digit order numbers under 订单编号 (no region code, wrong check digits, not Luhn). findings.md: 'not serial numbers (编号 …)'.")

for on in ["202603171530248817", "202603180915336205"]:
    assert not luhn_ok(on) and gb11643(on[:17]) != on
L.save()
