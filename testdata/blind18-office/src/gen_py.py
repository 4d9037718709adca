"""python-docx and openpyxl files for blind18-office."""
import datetime, os
import docx
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from common import OUT, V, label, save_labels

ID, CARD, MOB, PLATE, PP, USCC = V["id"], V["card"], V["mobile"], V["plate"], V["passport"], V["uscc"]
NOTICE = ["各乡镇人民政府、街道办事处，区政府各部门：",
          "为做好2026年度城乡居民医疗保险集中参保工作，现将有关事项通知如下。",
          "一、参保对象为本区户籍及持有居住证的城乡居民。",
          "二、缴费时间为2026年9月1日至12月31日。",
          "咨询电话：12345、0571-86012345。"]
FIXED = datetime.datetime(2026, 11, 20, 8, 0, 0)


def f(n):
    return os.path.join(OUT, n)


def new_doc(title):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "区医保局办公室"
    cp.created = cp.modified = FIXED
    cp.last_modified_by = "区医保局办公室"
    cp.revision = 1
    h = d.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    for t in NOTICE:
        d.add_paragraph(t)
    return d


# d17 hidden text (w:vanish)
d = new_doc("关于2026年度城乡居民医保参保工作的通知")
para = d.add_paragraph("三、经办人员名单另行通知。")
r = para.add_run("（经办人：褚某，身份证号%s）" % ID[9])
r.font.hidden = True
d.save(f("d17_vanish_hidden_id.docx"))
label("d17_vanish_hidden_id.docx", "block", ["id_card", "hidden_content"], [ID[9]],
      "python-docx: a run with w:vanish (hidden text) at the end of a body paragraph holds 身份证号 + full ID")

# d18 white text
d = new_doc("关于2026年度城乡居民医保参保工作的通知")
para = d.add_paragraph("四、请各单位按时报送参保进度。")
r = para.add_run("联系人卫某手机%s" % MOB[6])
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
d.save(f("d18_white_text_mobile.docx"))
label("d18_white_text_mobile.docx", "review", ["mobile_phone"], [MOB[6]],
      "python-docx: a white (FFFFFF) run on the white page after a body sentence holds 联系人 + 手机 + full mobile; body text, so read as body either way")

# d19 tiny font
d = new_doc("关于2026年度城乡居民医保参保工作的通知")
para = d.add_paragraph()
r = para.add_run("内部资料 注意保存")
r.font.size = Pt(1)
d.save(f("d19_tiny_font_term.docx"))
label("d19_tiny_font_term.docx", "review", ["sensitive_term"], [],
      "python-docx: a last paragraph in 1 pt type reads 内部资料 注意保存 (a label left from the internal version)")


# d12 hyperlink to a UNC path
def add_link(paragraph, target, text):
    rid = paragraph.part.relate_to(target, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


d = new_doc("关于做好2026年度医保基金监督检查工作的通知")
para = d.add_paragraph("检查底稿模板：")
add_link(para, "\\\\10.20.1.8\\医保科\\2026\\检查底稿.xlsx", "点此下载")
d.save(f("d12_hyperlink_unc.docx"))
label("d12_hyperlink_unc.docx", "review", ["internal_address"], [],
      "python-docx: an external hyperlink relationship whose target is the UNC path \\\\10.20.1.8\\医保科\\... ; the link text is 点此下载")

# d20 horizontally merged cell with a grouped mobile wrapped
d = new_doc("2026年度医保定点药店负责人名单")
t = d.add_table(rows=3, cols=3)
t.style = "Table Grid"
t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "药店", "负责人", "备注"
t.cell(1, 0).text = "XX大药房（人民路店）"
m = t.cell(1, 1).merge(t.cell(1, 2))
m.text = "负责人：韩某\n联系电话：%s %s %s" % (MOB[7][:3], MOB[7][3:7], MOB[7][7:])
t.cell(2, 0).text = "XX药店（解放路店）"
t.cell(2, 1).text = "负责人：杨某"
t.cell(2, 2).text = "—"
d.save(f("d20_merged_cell_mobile.docx"))
label("d20_merged_cell_mobile.docx", "review", ["mobile_phone"], [MOB[7]],
      "python-docx: a horizontally merged cell (gridSpan 2) holds 负责人 on one line and 联系电话 + a mobile grouped 3-4-4 on the next (a line break inside the cell)")

# clean python-docx
d = new_doc("保密知识问答：国家秘密的密级和保密期限")
d.add_paragraph("根据《中华人民共和国保守国家秘密法》，国家秘密的保密期限，除另有规定外，一般按下表掌握：")
t = d.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([("密级", "保密期限（一般不超过）"), ("绝密级", "三十年"), ("机密级", "二十年"), ("秘密级", "十年")]):
    t.cell(i, 0).text, t.cell(i, 1).text = a, b
d.add_paragraph("国家秘密标志由密级和保密期限组成，具体式样依照有关国家标准执行。")
d.save(f("c08_level_table_prose.docx"))
label("c08_level_table_prose.docx", "pass", [], [],
      "clean control (python-docx): an explainer with a table of the three levels and their usual terms, quoting 保守国家秘密法; no document is marked")

d = new_doc("2026年度医保信息系统运维服务采购结果公告")
d.add_paragraph("中标供应商：XX信息技术有限公司，统一社会信用代码：%s，中标金额：人民币1,280,000.00元。" % USCC[1])
d.add_paragraph("采购人联系方式：区医保局，0571-86012345；采购代理机构：XX招标代理有限公司，0571-86554321。")
d.add_paragraph("项目网址：https://zfcg.czt.zj.gov.cn/")
sec = d.sections[0]
sec.footer.paragraphs[0].text = "XX区医疗保障局 发布"
d.save(f("c09_procurement_clean.docx"))
label("c09_procurement_clean.docx", "pass", [], [],
      "clean control (python-docx): a procurement result with a company's 统一社会信用代码, amounts, agency landlines, a public URL, a footer")

# ---------- openpyxl ----------
def wb_base(title):
    wb = openpyxl.Workbook()
    wb.properties.creator = "区人社局"
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "公示"
    ws.append([title])
    return wb, ws


wb, ws = wb_base("2026年度就业见习补贴发放情况")
ws.append(["序号", "单位", "人数", "金额（元）"])
ws.append([1, "XX科技有限公司", 12, 36000])
ws.append([2, "XX物流有限公司", 8, 24000])
wb.defined_names.append(DefinedName("附件目录", attr_text='"\\\\fs-rsj\\就业科\\2026\\见习补贴\\"'))
wb.save(f("x05_defined_name_unc.xlsx"))
label("x05_defined_name_unc.xlsx", "review", ["internal_address"], [],
      "openpyxl: a workbook defined name 附件目录 whose value is a string constant naming the UNC path \\\\fs-rsj\\就业科\\...; cells clean")

wb, ws = wb_base("2026年度就业见习补贴发放情况")
ws.append(["序号", "单位", "人数", "金额（元）"])
ws.append([1, "XX科技有限公司", 12, 36000])
s = wb.create_sheet("发放账户")
s.sheet_state = "veryHidden"
s.append(["姓名", "开户行", "银行卡号"])
s.append(["何某", "工商银行", CARD[2]])
s.append(["吕某", "建设银行", CARD[3]])
wb.save(f("x11_veryhidden_sheet_cards.xlsx"))
label("x11_veryhidden_sheet_cards.xlsx", "block", ["bank_card", "hidden_content"], [CARD[2], CARD[3]],
      "openpyxl: a veryHidden sheet 发放账户 lists 银行卡号 with UnionPay numbers")

wb, ws = wb_base("2026年度公益性岗位人员名单")
ws.append(["序号", "姓名", "身份证号", "岗位"])
ws.append([1, "施某", ID[10], "保洁"])
ws.append([2, "张某", ID[11], "安保"])
ws.column_dimensions["C"].hidden = True
wb.save(f("x13_hidden_column_ids.xlsx"))
label("x13_hidden_column_ids.xlsx", "block", ["id_card", "hidden_content"], [ID[10], ID[11]],
      "openpyxl: column C (身份证号) is hidden; the visible columns hold names and posts")

wb, ws = wb_base("2026年度公益性岗位开发计划")
ws.append(["序号", "街道", "岗位数", "是否完成"])
for i, s_ in enumerate(["东街街道", "西湖街道", "北山街道"], 1):
    ws.append([i, s_, 10 + i, "是"])
dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D3:D5")
ws.print_title_rows = "2:2"
ws.print_area = "A1:D5"
ws.oddHeader.center.text = "XX区人力资源和社会保障局"
wb.save(f("cx3_validation_printarea_clean.xlsx"))
label("cx3_validation_printarea_clean.xlsx", "pass", [], [],
      "clean control (openpyxl): a 是/否 validation list, print titles and area (defined names), a print header with the agency name")

save_labels("py")
