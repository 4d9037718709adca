"""XLSX files made with openpyxl (Debian python3-openpyxl) for blind61-disguises."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Alignment

MASK_DOC = "findings.md: 'Not findings: masked values (330106********0018, 138****1234 …)'"


def wb(title):
    w = Workbook()
    ws = w.active
    ws.title = title
    w.properties.creator = "办公室"
    return w, ws


# x01 marking in A1, letter-spaced with an ideographic space
w, ws = wb("汇总")
ws["A1"] = "秘　密★１年"
ws["A2"] = "2026年一季度重点目标单位安全隐患排查汇总表"
ws.append(["序号", "单位", "隐患类型", "整改时限"])
ws.append([1, "某供水厂", "周界防护", "2026-04-30"])
ws.append([2, "某变电站", "视频监控盲区", "2026-05-15"])
w.save(out("xlsx/x01_a1_marking.xlsx"))
label("xlsx/x01_a1_marking.xlsx", "block", ["classified_marking"], [],
      "openpyxl; the sheet's first cell A1 holds 秘　密★１年 above the title row. README: a marking with its ★ is a marking wherever it stands; normalisation removes the ideographic space and folds the full-width 1; block.")

# x02 marking only in the print header
w, ws = wb("名单")
ws.oddHeader.center.text = "秘密★１年"
ws.append(["2026年度应急保障队伍联络表"])
ws.append(["序号", "队伍名称", "所属单位", "人数"])
ws.append([1, "城区供水抢修队", "区水务集团", 24])
ws.append([2, "电力应急抢修队", "供电公司西湖分部", 31])
w.save(out("xlsx/x02_print_header_marking.xlsx"))
label("xlsx/x02_print_header_marking.xlsx", "block", ["classified_marking"], [],
      "openpyxl; the marking 秘密★１年 is only in the print header (&C…), visible when printed. README XLSX: 'print headers/footers (&C秘密★1年 is a header marking)'; block.")

# x03 ID wrapped inside a cell with a line feed
v = V["ID_X03"]
w, ws = wb("公示")
ws.append(["雁塔区2026年高龄津贴新增人员名单"])
ws.append(["序号", "姓名", "身份证号", "年龄", "津贴标准（元/月）"])
ws.append([1, "冯桂兰", v[:10] + "\n" + v[10:], 81, 100])
ws["C3"].alignment = Alignment(wrap_text=True)
ws.column_dimensions["C"].width = 11
w.save(out("xlsx/x03_wrapped_id_cell.xlsx"))
label("xlsx/x03_wrapped_id_cell.xlsx", "block", ["id_card"], [v, v[:10]],
      "openpyxl; under 身份证号 a narrow wrap-text cell holds the ID with a line feed after its 10th digit (as pasted from a wrapped source). README Tables: 'A number wrapped over several lines inside one cell is one number'; id_card block.")

# x04 twin masked
w, ws = wb("公示")
ws.append(["雁塔区2026年高龄津贴新增人员名单"])
ws.append(["序号", "姓名", "身份证号", "联系电话", "津贴标准（元/月）"])
ws.append([1, "冯某某", mask_id(v)[:10] + "\n" + mask_id(v)[10:], g(mask_mobile(V["M_X05"]), [3, 4, 4], "-"), 100])
ws.append([2, "何某某", fullwidth(mask_id(V["ID_R01"])), fullwidth(mask_mobile(V["M_R04"])), 100])
ws["C3"].alignment = Alignment(wrap_text=True)
w.save(out("xlsx/x04_masked_cells.xlsx"))
label("xlsx/x04_masked_cells.xlsx", "pass", [], [],
      "Twin of x03: IDs masked (one wrapped in its cell, one in full-width digits with ＊), mobiles masked (166-****-1930 and full-width). " + MASK_DOC)

# x05 mobile stored as a number, shown grouped by its number format
m = V["M_X05"]
w, ws = wb("联络员")
ws.append(["2026年社区团购食品安全联络员名单"])
ws.append(["序号", "社区", "联络员", "联系电话"])
ws.append([1, "文三社区", "潘晓燕", int(m)])
ws["D3"].number_format = "000 0000 0000"
ws.column_dimensions["D"].width = 16
w.save(out("xlsx/x05_mobile_number_format.xlsx"))
label("xlsx/x05_mobile_number_format.xlsx", "review", ["mobile_phone"], [m, g(m, [3, 4, 4])],
      "openpyxl; a mobile stored as a number cell whose format 000 0000 0000 shows it grouped, under 联系电话 beside a person. README XLSX: 'a number cell shows what its format shows'; mobile_phone grouped; review.")

# x06 twin: enterprise list with credit codes and landlines
w, ws = wb("企业名录")
ws.append(["2026年西湖区专精特新中小企业名单"])
ws.append(["序号", "企业名称", "统一社会信用代码", "注册资本（万元）", "企业联系电话"])
ws.append([1, "杭州某某智能装备有限公司", V["USCC1"], 5000, "0571-86901234"])
ws.append([2, "南京某某新材料科技有限公司", V["USCC3"], 3200, "025-84561234"])
ws.append([3, "杭州某某生物医药有限公司", uscc("91330106MA27Y8QX3"), 12000, "0571-88203456"])
w.save(out("xlsx/x06_credit_codes.xlsx"))
label("xlsx/x06_credit_codes.xlsx", "pass", [], [],
      "Companies' 统一社会信用代码 (valid check characters) and company landlines. README: 'nor are … agency landlines or a company's 统一社会信用代码'.")

dump_labels("openpyxl")
