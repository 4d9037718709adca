"""openpyxl workbooks.
x01: 50,000 rows of a 补贴 roster, masked IDs and mobiles; Excel row 41,873 holds one unmasked mobile.
x04: 8 sheets of budget lines; only sheet 8's print header carries 秘密★1年.
o02: 20,000 rows of a 发放 list with masked bank cards; Excel row 19,251 holds one whole card (-> .ods by LibreOffice).
Each with a clean twin."""
from openpyxl import Workbook
from common import Gen, OUT, MOB_X01, CARD_O02, mask_mobile, mask_card


def x01(leak, path):
    g = Gen(1101)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("补贴发放名单")
    ws.append(["序号", "姓名", "身份证号", "联系电话", "所属乡镇", "补贴金额（元）"])
    for i in range(50000):
        excel_row = i + 2
        mob = g.masked_mobile()
        if excel_row == 41873:
            mob = MOB_X01 if leak else mask_mobile(MOB_X01)
        ws.append([i + 1, g.masked_name(), g.masked_id(), mob, g.town(), float(g.amount())])
    wb.properties.creator = "青溪市农业农村局"
    wb.save(path)


def x04(leak, path):
    g = Gen(1104)
    wb = Workbook()
    wb.remove(wb.active)
    depts = ["教育局", "卫健委", "民政局", "住建局", "交通局", "农业农村局", "水利局", "应急管理局"]
    for si, dname in enumerate(depts):
        ws = wb.create_sheet(dname)
        ws.append([f"青溪市{dname}2025年部门预算项目明细表"])
        ws.append(["单位：万元"])
        ws.append(["项目序号", "项目名称", "功能科目", "预算数", "其中：财政拨款", "备注"])
        for i in range(1200):
            a = g.r.randint(5, 9000)
            ws.append([i + 1, g.r.choice(["日常运转经费", "专项业务经费", "基本建设支出", "设备购置", "信息化运维", "培训经费"]),
                       g.r.choice(["一般公共服务", "教育支出", "社会保障和就业", "卫生健康", "农林水"]), a, round(a * 0.8, 1), ""])
        ws.oddHeader.center.text = "秘密★1年" if (leak and si == 7) else f"青溪市{dname}"
        ws.oddFooter.center.text = "第 &P 页"
    wb.properties.creator = "青溪市财政局"
    wb.save(path)


def o02(leak, path):
    g = Gen(1202)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("发放明细")
    ws.append(["序号", "姓名", "所属乡镇", "银行卡号", "发放金额（元）", "发放日期"])
    for i in range(20000):
        excel_row = i + 2
        card = g.r.choice(["622202", "621700", "623058", "622848"]) + "*" * 9 + f"{g.r.randint(0, 9999):04d}"
        if excel_row == 19251:
            card = CARD_O02 if leak else mask_card(CARD_O02)
        ws.append([i + 1, g.masked_name(), g.town(), card, float(g.amount()), f"2024-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}"])
    wb.save(path)


if __name__ == "__main__":
    x01(True, f"{OUT}/xlsx/x01_butie50k_openpyxl_mobile_row41873.xlsx")
    x01(False, f"{OUT}/xlsx/x01_butie50k_openpyxl_clean.xlsx")
    x04(True, f"{OUT}/xlsx/x04_yusuan8sheets_openpyxl_header_marking_sheet8.xlsx")
    x04(False, f"{OUT}/xlsx/x04_yusuan8sheets_openpyxl_clean.xlsx")
    o02(True, "/tmp/long/o02_leak.xlsx")
    o02(False, "/tmp/long/o02_clean.xlsx")
