#!/usr/bin/env python3
"""gen.py writes the sources of blind17-legacy (flat ODF, python-docx DOCX,
openpyxl XLSX, Word/Excel HTML, SpreadsheetML 2003, hand-written RTF and CSV)
into BUILD/src, the conversion plan into BUILD/plan.json and the labels into
OUT/labels.json. make.sh then converts with LibreOffice and places the files.

    python3 gen.py BUILD OUT
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pii import idcard, luhn, mobile, uscc  # noqa: E402
from odf import (p, meta, fodt, table, note, annotation, frame, deletion,  # noqa: E402
                 sheet, fods, slide, fodp)

BUILD, OUT = sys.argv[1], sys.argv[2]
SRC = os.path.join(BUILD, "src")
os.makedirs(SRC, exist_ok=True)
os.makedirs(OUT, exist_ok=True)

plan = []    # {src, to, filter, name, post}
labels = []


def label(name, verdict, cats, raws, note_):
    labels.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note_})


def write(name, data, enc="utf-8"):
    path = os.path.join(SRC, name)
    with open(path, "wb") as f:
        f.write(data.encode(enc) if isinstance(data, str) else data)
    return name


def conv(src, to, flt, name, post=None):
    plan.append({"src": src, "to": to, "filter": flt, "name": name, "post": post})


DOC, RTF, XLS, PPT = "MS Word 97", "Rich Text Format", "MS Excel 97", "MS PowerPoint 97"
DOTX, DOCM = "MS Word 2007 XML Template", "MS Word 2007 XML VBA"
XLSM, XLTX = "Calc MS Excel 2007 VBA XML", "Calc MS Excel 2007 XML Template"
PPTM, POTX = "Impress MS PowerPoint 2007 XML VBA", "Impress MS PowerPoint 2007 XML Template"

# ------------------------------------------------------------------ values
ID = [idcard("330106", 1985, 4, 12), idcard("110105", 1979, 11, 3), idcard("440305", 1992, 7, 21),
      idcard("320102", 1968, 2, 29), idcard("510107", 2001, 9, 30), idcard("420106", 1990, 1, 15),
      idcard("370102", 1975, 6, 8), idcard("330102", 1988, 12, 1), idcard("350203", 1996, 3, 17),
      idcard("610113", 1983, 10, 26), idcard("210102", 1971, 5, 4), idcard("500103", 1999, 8, 19),
      idcard("330203", 1964, 1, 31), idcard("430104", 1994, 6, 30), idcard("120101", 1987, 2, 11),
      idcard("330381", 1957, 9, 9), idcard("340104", 1993, 4, 22), idcard("130102", 1980, 7, 7)]
CARD = [luhn("622202", 19), luhn("621700", 19), luhn("622848", 19), luhn("623668", 19),
        luhn("621226", 19), luhn("622588", 16), luhn("620522", 19)]
MOB = [mobile(x) for x in ("139", "158", "187", "199", "177", "135", "152", "188", "166",
                           "195", "138", "186", "150", "173", "181", "136")]
NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏",
         "徐涛", "孙燕", "胡军", "朱琳", "高峰", "林芳", "何勇", "郭敏"]
USCC = [uscc("91330100MA2" + s) for s in ("B3C4D5", "H7K2L9", "C8D1E6")]

GOV_HEAD = "××市人民政府办公室"


def gongwen(title, paras, marking=None, number="000123"):
    """gongwen returns the 版头 and body of a 公文 as paragraphs (marking top-left)."""
    out = ""
    if number:
        out += p(number, "Pleft")
    if marking:
        out += p(marking, "Pleft")
    out += p(GOV_HEAD + "文件", "Pred") + p("×政办发〔2026〕18号", "Pcenter") + p(title, "Pcenter")
    out += "".join(p(x) for x in paras)
    out += p(GOV_HEAD) + p("2026年11月20日")
    return out


NOTICE = ["各区、县（市）人民政府，市政府各部门、各直属单位：",
          "为做好今冬明春安全生产工作，经市政府同意，现将有关事项通知如下。",
          "一、落实属地责任。各地要在12月15日前完成辖区内重点场所的排查。",
          "二、加强值班值守。节假日期间实行24小时值班，值班电话0571-87051234。",
          "三、畅通举报渠道。群众可拨打12345政务服务便民热线或12350安全生产举报热线反映问题。"]

# ================================================================== .doc / .wps from flat ODT
# d01: marking at the head of a 公文
write("d01_gongwen_marking.fodt", fodt(gongwen("关于加强冬季安全生产工作的通知", NOTICE, marking="机密★1年")))
conv("d01_gongwen_marking.fodt", "doc", DOC, "d01_gongwen_marking.doc")
label("d01_gongwen_marking.doc", "block", ["classified_marking"], [],
      "LibreOffice .doc from flat ODT: 份号 then 机密★1年 at the top left of the 版头 (GB/T 9704), 红头 and 文号 below")

# d02: marking only in the page header
write("d02_header_marking.fodt", fodt("".join(p(x) for x in ["关于2027年度重点工作安排的报告"] + NOTICE[1:]),
                                     header=["秘密★6个月"], footer=["第 1 页"]))
conv("d02_header_marking.fodt", "doc", DOC, "d02_header_marking.doc")
label("d02_header_marking.doc", "block", ["classified_marking"], [],
      "LibreOffice .doc: 秘密★6个月 only in the page header of section 1; body is an ordinary report")

# d03: ID in a footnote
write("d03_footnote_id.fodt", fodt(
    p("关于表彰2026年度见义勇为先进个人的决定") +
    "<text:p>经评审，决定授予%s同志“见义勇为先进个人”称号%s。</text:p>" % (
        NAMES[0], note("footnote", 1, "%s，男，身份证号%s，现住西湖区文三路。" % (NAMES[0], ID[0]))) +
    p("希望受表彰的同志珍惜荣誉，再创佳绩。")))
conv("d03_footnote_id.fodt", "doc", DOC, "d03_footnote_id.doc")
label("d03_footnote_id.doc", "block", ["id_card"], [ID[0]],
      "LibreOffice .doc: the awardee's 身份证号 only in footnote 1; body has the name alone")

# d05: bank card in a text box
write("d05_textbox_card.fodt", fodt(
    p("关于发放2026年度退役军人优待金的公示") +
    "<text:p>%s以下人员优待金将于12月底前发放到位。</text:p>" % frame(
        ["发放账户信息", "%s 卡号：%s（中国工商银行）" % (NAMES[2], CARD[0])], x="11cm", y="6cm", w="8cm", h="2.4cm", anchor="paragraph") +
    p("如有异议，请于公示期内向区退役军人事务局反映，电话0571-86021345。")))
conv("d05_textbox_card.fodt", "doc", DOC, "d05_textbox_card.doc")
label("d05_textbox_card.doc", "block", ["bank_card"], [CARD[0]],
      "LibreOffice .doc: a UnionPay card after 卡号 inside a paragraph-anchored text frame (Word text box)")

# d06: comment with a mobile and a note
write("d06_comment.fodt", fodt(
    p("关于公布2026年度市级文明家庭名单的通知") +
    "<text:p>经推荐、评审和公示，现将市级文明家庭名单予以公布%s。</text:p>" % annotation(
        "李某", "名单中第三户家属不同意公开，请与其联系确认后再发，联系人手机%s" % MOB[1]) +
    p("希望受到表彰的家庭发挥示范作用。")))
conv("d06_comment.fodt", "doc", DOC, "d06_comment.doc")
label("d06_comment.doc", "review", ["hidden_content", "mobile_phone"], [MOB[1]],
      "LibreOffice .doc: a reviewer's comment (annotation) holding a note and a mobile")

# d07: tracked deletion of an ID
tr = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % deletion(
    "ct1", "（身份证号：%s）" % ID[1])
write("d07_tracked_deletion.fodt", fodt(
    p("行政处罚决定书") +
    "<text:p>当事人：%s<text:change text:change-id=\"ct1\"/>，经营地址：朝阳区××路12号。</text:p>" % NAMES[3] +
    p("经查，当事人存在未按规定公示价格的行为，决定给予警告。"), tracked=tr))
conv("d07_tracked_deletion.fodt", "doc", DOC, "d07_tracked_deletion.doc")
label("d07_tracked_deletion.doc", "block", ["id_card", "hidden_content"], [ID[1]],
      "LibreOffice .doc: the party's ID is a tracked deletion (revision mark) not yet accepted")

# d08: hidden text with an intranet URL
write("d08_hidden_text.fodt", fodt(
    p("关于启用新版政务服务事项办理系统的通知") +
    "<text:p>新系统将于2027年1月1日起启用。<text:span text:style-name=\"Thid\">测试环境地址http://10.32.8.15:8080/zwfw/admin，账号联系信息中心</text:span>请各单位做好准备。</text:p>" +
    p("咨询电话：0571-85251234。")))
conv("d08_hidden_text.fodt", "doc", DOC, "d08_hidden_text.doc")
label("d08_hidden_text.doc", "review", ["internal_address", "hidden_content"], [],
      "LibreOffice .doc: hidden characters (sprmCFVanish) hold an RFC 1918 test-system URL")

# d09: ID in the document properties only
write("d09_props_id.fodt", fodt("".join(p(x) for x in ["关于2026年度政府信息公开工作年度报告的说明", NOTICE[1]]),
                                 md=meta(title="年度报告", description="经办人%s 身份证%s" % (NAMES[4], ID[2]))))
conv("d09_props_id.fodt", "doc", DOC, "d09_props_id.doc")
label("d09_props_id.doc", "block", ["id_card"], [ID[2]],
      "LibreOffice .doc: an ID only in the 备注 (description) document property; docs say properties are read (metadata), silent on severity of personal data there - a reviewer would block")

# d10: sensitive phrase in the footer
write("d10_footer_term.fodt", fodt("".join(p(x) for x in ["全市重点项目推进情况汇编（第四期）",
                                                          "一、交通基础设施项目进展顺利，累计完成投资42.6亿元。",
                                                          "二、民生项目按计划推进。"]),
                                  footer=["内部资料 注意保存"]))
conv("d10_footer_term.fodt", "doc", DOC, "d10_footer_term.doc")
label("d10_footer_term.doc", "review", ["sensitive_term"], [],
      "LibreOffice .doc: 内部资料 注意保存 in the page footer only")

# d11: marking in a page-anchored text box at the top left
write("d11_textbox_marking.fodt", fodt(
    "<text:p>%s</text:p>" % frame(["000087", "机密★2年"], x="2.6cm", y="1.5cm", w="4.5cm", h="2cm") +
    gongwen("关于调整部分区域防控措施的通知", NOTICE[:3], number=None)))
conv("d11_textbox_marking.fodt", "doc", DOC, "d11_textbox_marking.doc")
label("d11_textbox_marking.doc", "block", ["classified_marking"], [],
      "LibreOffice .doc: 份号 and 机密★2年 in a page-anchored text box at the top left (how WPS 公文 templates place them)")

# w01: plates in a table (.wps)
write("w01_plates.fodt", fodt(p("关于对违规停放车辆进行曝光的通报") + p("以下车辆长期占用消防通道，现予通报：") +
                              table([["序号", "车牌号码", "车主", "地点"], ["1", "浙AD12345", NAMES[5], "文三路"],
                                     ["2", "浙A·7K3M2", NAMES[6], "学院路"], ["3", "苏E8X621", NAMES[7], "教工路"]])))
conv("w01_plates.fodt", "doc", DOC, "w01_plates.wps")
label("w01_plates.wps", "review", ["license_plate"], [],
      "Word 97 binary (LibreOffice) under the WPS extension .wps: plates incl. a new-energy plate in a table with the owners")

# w03: bare 秘密 heading the document (.wps)
write("w03_bare_secret.fodt", fodt(p("秘密", "Pleft") + p("关于××工程建设有关情况的报告", "Pcenter") +
                                   "".join(p(x) for x in ["市委：", "现将××工程建设有关情况报告如下。", "一、工程总体进度符合预期。"])))
conv("w03_bare_secret.fodt", "doc", DOC, "w03_bare_secret.wps")
label("w03_bare_secret.wps", "block", ["classified_marking"], [],
      ".wps (Word 97 binary): a bare 秘密 alone on the first line heading the document")

# ================================================================== .rtf
# r02 from python-docx: a table of IDs, mobiles and a passport
try:
    import docx
    from docx.shared import Pt
except ImportError:
    docx = None


def pydocx(name, paras, rows=None, core=None):
    d = docx.Document()
    for x in paras:
        d.add_paragraph(x)
    if rows:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
    if core:
        for k, v in core.items():
            setattr(d.core_properties, k, v)
    d.save(os.path.join(SRC, name))
    return name


pydocx("r02_ids_table.docx", ["2026年出国（境）培训团组人员名单", "根据工作安排，现将人员名单报送如下："],
       [["姓名", "身份证号", "护照号码", "手机"],
        [NAMES[8], ID[3], "E" + "62718304", MOB[2]],
        [NAMES[9], ID[4], "EH" + "4827193", MOB[3]]])
conv("r02_ids_table.docx", "rtf", RTF, "r02_ids_table.rtf")
label("r02_ids_table.rtf", "block", ["id_card", "passport", "mobile_phone"], [ID[3], ID[4], MOB[2], MOB[3], "E62718304", "EH4827193"],
      "python-docx DOCX converted to RTF by LibreOffice: a table with 身份证号, 护照号码 and 手机 columns")

write("r03_comment.fodt", fodt(
    p("关于2026年网站群集约化平台迁移的公告") +
    "<text:p>市政府门户网站将于12月28日完成平台迁移%s。</text:p>" % annotation(
        "信息中心", "旧站数据在\\\\192.168.40.12\\webbak 共享目录，迁移后删除") + p("迁移期间部分栏目暂停更新，敬请谅解。")))
conv("r03_comment.fodt", "rtf", RTF, "r03_comment.rtf")
label("r03_comment.rtf", "review", ["hidden_content", "internal_address"], [],
      "LibreOffice RTF: an annotation (\\atnid comment) holding a UNC path on a 192.168 host")

write("r04_hidden_card.fodt", fodt(
    p("关于拨付2026年度困难职工帮扶资金的通知") +
    "<text:p>帮扶资金按每户3000元标准发放。<text:span text:style-name=\"Thid\">%s 银行卡号 %s</text:span></text:p>" % (NAMES[10], CARD[1]) +
    p("请各工会于12月20日前完成发放。")))
conv("r04_hidden_card.fodt", "rtf", RTF, "r04_hidden_card.rtf")
label("r04_hidden_card.rtf", "block", ["bank_card", "hidden_content"], [CARD[1]],
      "LibreOffice RTF: hidden text (\\v) holds a name and a UnionPay card after 银行卡号")

# ================================================================== spreadsheets via openpyxl
import openpyxl  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.workbook.defined_name import DefinedName  # noqa: E402


def wb_new(title, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    return wb, ws


def people(n, start=0, cols=("id", "mob")):
    rows = []
    for i in range(n):
        r = [i + 1, NAMES[(start + i) % len(NAMES)]]
        if "id" in cols:
            r.append(ID[(start + i) % len(ID)])
        if "mob" in cols:
            r.append(MOB[(start + i) % len(MOB)])
        if "card" in cols:
            r.append(CARD[(start + i) % len(CARD)])
        rows.append(r)
    return rows


wb, ws = wb_new("名单", [["序号", "姓名", "身份证号码", "联系电话"]] + people(5, 0))
wb.save(os.path.join(SRC, "x01_ids.xlsx"))
conv("x01_ids.xlsx", "xls", XLS, "x01_ids.xls")
label("x01_ids.xls", "block", ["id_card", "mobile_phone"], ID[:5] + MOB[:5],
      "openpyxl XLSX to BIFF8 .xls (LibreOffice): 城乡低保 list with IDs and mobiles as text cells")

wb, ws = wb_new("汇总", [["街道", "户数", "金额（元）"], ["文新街道", 12, 36000], ["翠苑街道", 9, 27000]])
h = wb.create_sheet("明细")
for r in [["序号", "姓名", "身份证号码"]] + people(4, 5, ("id",)):
    h.append(r)
h.sheet_state = "hidden"
wb.save(os.path.join(SRC, "x02_hidden_sheet.xlsx"))
conv("x02_hidden_sheet.xlsx", "xls", XLS, "x02_hidden_sheet.xls")
label("x02_hidden_sheet.xls", "block", ["id_card", "hidden_content"], ID[5:9],
      ".xls: visible summary sheet; a hidden sheet 明细 lists names and IDs")

rows = [["序号", "单位", "联系人", "手机"]] + [[i + 1, "第%d网格" % (i + 1), NAMES[i + 2], MOB[i + 5]] for i in range(4)]
wb, ws = wb_new("网格员", rows)
ws.row_dimensions[3].hidden = True
ws.row_dimensions[4].hidden = True
ws.cell(3, 4).value = MOB[6]
wb.save(os.path.join(SRC, "x03_hidden_rows.xlsx"))
# only hidden rows hold mobiles: blank the visible ones
wb = openpyxl.load_workbook(os.path.join(SRC, "x03_hidden_rows.xlsx"))
ws = wb.active
for r in (2, 5):
    ws.cell(r, 4).value = "0571-8702%04d" % (1000 + r)
wb.save(os.path.join(SRC, "x03_hidden_rows.xlsx"))
conv("x03_hidden_rows.xlsx", "xls", XLS, "x03_hidden_rows.xls")
label("x03_hidden_rows.xls", "review", ["mobile_phone", "hidden_content"], [MOB[6], MOB[7]],
      ".xls: rows 3-4 hidden, holding the only mobiles (visible rows show agency landlines)")

wb, ws = wb_new("参保人员", [["序号", "姓名", "身份证号码", "参保类型"]] +
                [[i + 1, NAMES[i + 9], ID[i + 9], "城乡居民"] for i in range(4)])
ws.column_dimensions["C"].hidden = True
wb.save(os.path.join(SRC, "x04_hidden_col.xlsx"))
conv("x04_hidden_col.xlsx", "xls", XLS, "x04_hidden_col.xls")
label("x04_hidden_col.xls", "block", ["id_card"], ID[9:13],
      ".xls: column C 身份证号码 hidden")

wb, ws = wb_new("补贴发放", [["序号", "姓名", "补贴金额（元）"], [1, NAMES[12], 1200], [2, NAMES[13], 1200]])
ws["B2"].comment = Comment("收款银行卡号%s（农业银行）" % CARD[2], "财务科")
wb.save(os.path.join(SRC, "x05_cell_comment.xlsx"))
conv("x05_cell_comment.xlsx", "xls", XLS, "x05_cell_comment.xls")
label("x05_cell_comment.xls", "block", ["bank_card"], [CARD[2]],
      ".xls: a cell comment (NOTE record) on B2 holds the payee's card after 银行卡号")

wb, ws = wb_new("项目清单", [["序号", "项目名称", "投资额（万元）"], [1, "市民中心改造", 3200], [2, "智慧停车平台", 860]])
wb.defined_names.append(DefinedName("数据源", attr_text='"http://192.168.12.40/report/export?id=88"'))
wb.defined_names.append(DefinedName("清单区域", attr_text="项目清单!$A$1:$C$3"))
wb.save(os.path.join(SRC, "x06_defined_name.xlsx"))
conv("x06_defined_name.xlsx", "xls", XLS, "x06_defined_name.xls")
label("x06_defined_name.xls", "review", ["internal_address"], [],
      ".xls: a defined name (NAME record) whose value is a string constant with a 192.168 intranet URL; docs list defined names for XLSX")

wb, ws = wb_new("机密★1年", [["序号", "事项", "责任单位"], [1, "应急物资储备点调整", "市应急局"], [2, "通信保障方案", "市通信办"]])
wb.save(os.path.join(SRC, "x07_sheet_name.xlsx"))
conv("x07_sheet_name.xlsx", "xls", XLS, "x07_sheet_name.xls")
label("x07_sheet_name.xls", "block", ["classified_marking"], [],
      ".xls: the marking 机密★1年 is the sheet's name (tab) only; docs silent on sheet names - a reviewer would block")

wb, ws = wb_new("分配方案", [["序号", "单位", "指标数"], [1, "东区", 40], [2, "西区", 35]])
ws.oddHeader.center.text = "秘密★1年"
ws.oddFooter.center.text = "第 &P 页"
wb.save(os.path.join(SRC, "x08_print_header.xlsx"))
conv("x08_print_header.xlsx", "xls", XLS, "x08_print_header.xls")
label("x08_print_header.xls", "block", ["classified_marking"], [],
      ".xls: print header &C秘密★1年 (HEADER record) only")

wb, ws = wb_new("代发工资", [["序号", "姓名", "工资卡账号", "实发金额（元）"]] +
                [[i + 1, NAMES[i], CARD[3 + i], 6500 + 100 * i] for i in range(3)])
wb.save(os.path.join(SRC, "e01_cards.xlsx"))
conv("e01_cards.xlsx", "xls", XLS, "e01_cards.et")
label("e01_cards.et", "block", ["bank_card"], CARD[3:6],
      "BIFF8 .xls (LibreOffice) under the WPS extension .et: a payroll column 工资卡账号 of UnionPay cards")

# ================================================================== presentations (flat ODP)
write("p02_notes.fodp", fodp([slide(1, "2026年度帮扶工作进展", ["走访困难群众126户", "落实帮扶资金38万元"],
                                    notes=["汇报时补充：重点户%s，身份证%s，电话%s" % (NAMES[14], ID[13], MOB[8])])]))
conv("p02_notes.fodp", "ppt", PPT, "p02_notes.ppt", "slim")
label("p02_notes.ppt", "block", ["id_card", "mobile_phone"], [ID[13], MOB[8]],
      "LibreOffice .ppt: speaker notes hold an ID and a mobile; slides are clean")

write("p03_unc.fodp", fodp([slide(1, "政务外网资源使用说明", ["文件共享：\\\\172.16.30.8\\公共资料", "视频会议系统：https://10.20.1.5/meeting"])]))
conv("p03_unc.fodp", "ppt", PPT, "p03_unc.ppt", "slim")
label("p03_unc.ppt", "review", ["internal_address"], [],
      "LibreOffice .ppt: a UNC path on 172.16 and an https URL on 10.x on the slide")

write("p04_hidden_slide.fodp", fodp([slide(1, "营商环境优化工作汇报", ["企业开办时间压缩至1个工作日"]),
                                     slide(2, "内部资料 注意保存", ["下一步拟调整的考核指标（未定稿）"], hidden=True),
                                     slide(3, "下一步工作", ["持续深化“最多跑一次”改革"])]))
conv("p04_hidden_slide.fodp", "ppt", PPT, "p04_hidden_slide.ppt", "slim")
label("p04_hidden_slide.ppt", "review", ["sensitive_term", "hidden_content"], [],
      "LibreOffice .ppt: slide 2 is hidden and titled 内部资料 注意保存")

write("s01_notes_plate.fodp", fodp([slide(1, "文明交通劝导活动总结", ["劝导行人闯红灯1200余人次"],
                                          notes=["曝光车辆：浙AF23456（车主%s），浙B·9M7K1" % NAMES[15]])]))
conv("s01_notes_plate.fodp", "ppt", PPT, "s01_notes_plate.dps", "slim")
label("s01_notes_plate.dps", "review", ["license_plate"], [],
      "PowerPoint 97 binary (LibreOffice) under the WPS extension .dps: plates in the speaker notes")

# ================================================================== templates and macro-enabled packages
write("t01_marking.fodt", fodt("".join(p(x) for x in ["（标题）", "（主送机关）：", "（正文）"]), header=["机密★1年"]))
conv("t01_marking.fodt", "dotx", DOTX, "t01_marking.dotx")
label("t01_marking.dotx", "block", ["classified_marking"], [],
      "LibreOffice Word template (.dotx, template.main content type): 机密★1年 in the header")

pydocx("t02_ids.docx", ["关于2026年度见习大学生录用情况的公示",
                        "%s，身份证号%s，拟录用至市档案馆。" % (NAMES[16], ID[14]),
                        "%s，身份证号%s，拟录用至市图书馆。" % (NAMES[17], ID[15]),
                        "公示期：2026年12月1日至12月7日。"])
conv("t02_ids.docx", "docm", DOCM, "t02_ids.docm")
label("t02_ids.docm", "block", ["id_card"], [ID[14], ID[15]],
      "LibreOffice macro-enabled Word (.docm, macroEnabled.main content type, no macros): IDs in the body")

wb, ws = wb_new("填报表", [["单位", "填报人", "联系电话"], ["", "", ""]])
ws["A1"].comment = Comment("汇总后上传至 http://10.8.6.20/tjbb 内网报送系统", "统计科")
wb.save(os.path.join(SRC, "t04_template.xlsx"))
conv("t04_template.xlsx", "xltx", XLTX, "t04_template.xltx")
label("t04_template.xltx", "review", ["internal_address"], [],
      "LibreOffice Excel template (.xltx): a cell comment points to an intranet reporting URL on 10.x")

write("t05_notes.fodp", fodp([slide(1, "慈善救助项目进展", ["已救助困难家庭58户"],
                                    notes=["受助人%s 银行卡号 %s" % (NAMES[0], CARD[6])])]))
conv("t05_notes.fodp", "pptm", PPTM, "t05_notes.pptm")
label("t05_notes.pptm", "block", ["bank_card"], [CARD[6]],
      "LibreOffice macro-enabled presentation (.pptm): a card after 银行卡号 in the speaker notes")

write("t06_template.fodp", fodp([slide(1, "工作汇报模板", ["内部资料 注意保存", "（单位名称）"])]))
conv("t06_template.fodp", "potx", POTX, "t06_template.potx")
label("t06_template.potx", "review", ["sensitive_term"], [],
      "LibreOffice PowerPoint template (.potx): 内部资料 注意保存 on its one slide")

# ================================================================== flat ODF as uploaded
write("f01_marking.fodt", fodt(gongwen("关于开展专项督查的通知", NOTICE[:3], marking="秘密★1年")))
plan.append({"src": "f01_marking.fodt", "to": None, "filter": None, "name": "f01_marking.fodt", "post": None})
label("f01_marking.fodt", "block", ["classified_marking"], [],
      "hand-written flat ODT (.fodt, one XML file): 秘密★1年 at the top left; docs list OpenDocument but not the flat form")

write("f02_hidden_section.fodt", fodt(
    p("关于公布第二批社区工作者招聘结果的通知") + p("经笔试、面试、体检，现将拟聘用人员公布如下。") +
    '<text:section text:name="备用名单" text:display="none">%s</text:section>' % p(
        "备用：%s 身份证号%s" % (NAMES[1], ID[16])) + p("公示期5个工作日。")))
plan.append({"src": "f02_hidden_section.fodt", "to": None, "filter": None, "name": "f02_hidden_section.fodt", "post": None})
label("f02_hidden_section.fodt", "block", ["id_card", "hidden_content"], [ID[16]],
      "flat ODT: a hidden section (text:display=none) holds an ID")

write("f03_ids.fods", fods([sheet("名单", [["序号", "姓名", "身份证号码", "手机"]] +
                                 [[i + 1, NAMES[i + 3], ID[i + 3], MOB[i + 12]] for i in range(3)])]))
plan.append({"src": "f03_ids.fods", "to": None, "filter": None, "name": "f03_ids.fods", "post": None})
label("f03_ids.fods", "block", ["id_card", "mobile_phone"], ID[3:6] + MOB[12:15],
      "hand-written flat ODS (.fods): IDs and mobiles in cells")

# ================================================================== files whose extension lies
write("l01_rtf_id.fodt", fodt(p("关于收回国有土地使用权的公告") +
                              p("原使用权人：%s（身份证号码：%s）" % (NAMES[2], ID[17])) + p("特此公告。")))
conv("l01_rtf_id.fodt", "rtf", RTF, "l01_rtf_as.doc")
label("l01_rtf_as.doc", "block", ["id_card"], [ID[17]],
      "RTF (LibreOffice) saved under .doc, as old Word/WPS 'save as' does: an ID in the body")

WORD_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=%s"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><title>%s</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>办公室</o:Author><o:Pages>1</o:Pages></o:DocumentProperties></xml><![endif]--><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal{margin:0cm;font-size:16.0pt;font-family:仿宋_GB2312} @page WordSection1{size:595.3pt 841.9pt;} div.WordSection1{page:WordSection1;} --></style></head>
<body lang=ZH-CN style='text-justify-trim:punctuation'><div class=WordSection1>
%s
</div></body></html>"""


def word_html(title, paras, charset="utf-8"):
    body = "\n".join("<p class=MsoNormal><span style='font-family:仿宋_GB2312'>%s<o:p></o:p></span></p>" % x for x in paras)
    return WORD_HTML % (charset, title, body)


write("l02_html_as.doc", word_html("关于开展应急演练的通知", ["机密★1年", "关于开展应急演练的通知", "各有关单位：",
                                                         "定于12月中旬开展综合应急演练，具体方案另行通知。"], "gb2312"), "gb18030")
plan.append({"src": "l02_html_as.doc", "to": None, "filter": None, "name": "l02_html_as.doc", "post": None})
label("l02_html_as.doc", "block", ["classified_marking"], [],
      "Word 'web page' HTML (mso namespaces, GB2312) saved as .doc: 机密★1年 is the first paragraph")

XLS_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head>
<body><table border="1">%s</table></body></html>"""


def xls_html(rows):
    return XLS_HTML % "".join("<tr>%s</tr>" % "".join("<td style=\"mso-number-format:'\\@'\">%s</td>" % c for c in r) for r in rows)


write("l03_html_as.xls", xls_html([["序号", "姓名", "身份证号", "手机号"]] + [[str(i + 1), NAMES[i + 6], ID[i + 6], MOB[i + 1]] for i in range(3)]))
plan.append({"src": "l03_html_as.xls", "to": None, "filter": None, "name": "l03_html_as.xls", "post": None})
label("l03_html_as.xls", "block", ["id_card", "mobile_phone"], ID[6:9] + MOB[1:4],
      "HTML table with Excel namespaces saved as .xls (what many business systems 'export to Excel'): IDs and mobiles")

csv = "序号,姓名,开户银行,银行卡号,金额\r\n" + "".join("%d,%s,中国建设银行,%s,%d\r\n" % (i + 1, NAMES[i + 10], CARD[i + 1], 800) for i in range(3))
write("l04_csv_as.xls", csv, "gb18030")
plan.append({"src": "l04_csv_as.xls", "to": None, "filter": None, "name": "l04_csv_as.xls", "post": None})
label("l04_csv_as.xls", "block", ["bank_card"], CARD[1:4],
      "GB18030 CSV saved as .xls: card numbers in a 银行卡号 column")

SSML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>社保科</Author></DocumentProperties>
%s
</Workbook>"""


def ssml_sheet(name, rows, hidden=False):
    out = ' <Worksheet ss:Name="%s"><Table>' % name
    for r in rows:
        out += "<Row>" + "".join('<Cell><Data ss:Type="String">%s</Data></Cell>' % c for c in r) + "</Row>"
    out += "</Table>"
    if hidden:
        out += '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>'
    return out + "</Worksheet>\n"


write("l05_xml2003_as.xls", SSML % (ssml_sheet("名单", [["序号", "姓名", "身份证号"]] + [[str(i + 1), NAMES[i], ID[i]] for i in range(3)])))
plan.append({"src": "l05_xml2003_as.xls", "to": None, "filter": None, "name": "l05_xml2003_as.xls", "post": None})
label("l05_xml2003_as.xls", "block", ["id_card"], ID[:3],
      "SpreadsheetML 2003 XML (hand-written, <?mso-application progid=\"Excel.Sheet\"?>) saved as .xls: IDs; docs do not list this format, so it is read or unreadable")

write("l06_doc_mobile.fodt", fodt(p("关于公布2026年度优秀志愿者的通知") + p("优秀志愿者代表：%s（联系电话%s）" % (NAMES[4], MOB[15])) + p("特此通知。")))
conv("l06_doc_mobile.fodt", "doc", DOC, "l06_doc_as.docx")
label("l06_doc_as.docx", "review", ["mobile_phone"], [MOB[15]],
      "a Word 97 binary (LibreOffice) named .docx: a mobile in the body; the content, not the name, says what it is")

wb, ws = wb_new("公示", [["序号", "项目", "金额（元）"], [1, "办公设备", 32000]])
h = wb.create_sheet("原始名单")
for r in [["姓名", "身份证号码"]] + [[NAMES[i + 5], ID[i + 13]] for i in range(2)]:
    h.append(r)
h.sheet_state = "veryHidden"
wb.save(os.path.join(SRC, "l08_xlsx_as.xls"))
plan.append({"src": "l08_xlsx_as.xls", "to": None, "filter": None, "name": "l08_xlsx_as.xls", "post": None})
label("l08_xlsx_as.xls", "block", ["id_card", "hidden_content"], ID[13:15],
      "openpyxl XLSX named .xls: a veryHidden sheet with IDs")


def rtf_gbk(s):
    out = ""
    for ch in s:
        if ord(ch) < 128:
            out += ch
        else:
            out += "".join("\\'%02x" % b for b in ch.encode("gbk"))
    return out


rtf = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\\viewkind4\\uc2\\pard\\f0\\fs32 "
       + "\\par ".join(rtf_gbk(x) for x in ["秘密★1年", "关于××事项的请示", "市政府：", "现将××事项请示如下，妥否，请批示。"]) + "\\par}")
write("l09_rtf_as.wps", rtf, "ascii")
plan.append({"src": "l09_rtf_as.wps", "to": None, "filter": None, "name": "l09_rtf_as.wps", "post": None})
label("l09_rtf_as.wps", "block", ["classified_marking"], [],
      "hand-written GBK RTF (\\ansicpg936, \\'xx escapes) saved as .wps: 秘密★1年 on the first line")

# ================================================================== encrypted
write("z01_enc.fodt", fodt(p("人员名单") + p("%s 身份证号%s" % (NAMES[6], ID[7]))))
plan.append({"src": "z01_enc.fodt", "to": "doc", "filter": DOC, "name": "z01_encrypted.doc", "post": "password"})
label("z01_encrypted.doc", "review", ["unreadable"], [ID[7]],
      "Word 97 .doc saved by LibreOffice with an open password (RC4 CryptoAPI): cannot be read, must be unreadable")
wb, ws = wb_new("名单", [["姓名", "身份证号码"], [NAMES[7], ID[8]]])
wb.save(os.path.join(SRC, "z02_enc.xlsx"))
plan.append({"src": "z02_enc.xlsx", "to": "xls", "filter": XLS, "name": "z02_encrypted.xls", "post": "password"})
label("z02_encrypted.xls", "review", ["unreadable"], [ID[8]],
      "BIFF8 .xls saved by LibreOffice with an open password (FILEPASS): unreadable")
plan.append({"src": "z02_enc.xlsx", "to": "xls", "filter": XLS, "name": "z04_encrypted.et", "post": "password"})
label("z04_encrypted.et", "review", ["unreadable"], [ID[8]],
      "the password-protected .xls under the WPS extension .et")

# ================================================================== controls that must pass
write("c01_notice.fodt", fodt(gongwen("关于加强冬季安全生产工作的通知", NOTICE)))
conv("c01_notice.fodt", "doc", DOC, "c01_notice.doc")
label("c01_notice.doc", "pass", [], [],
      "clean 公文 .doc: 份号, 红头, 文号, a landline and the 12345/12350 hotlines")

LAW = ["关于做好2026年度保密宣传教育月活动的通知",
       "根据《中华人民共和国保守国家秘密法》及其实施条例，结合我市实际，现就开展保密宣传教育月活动通知如下。",
       "《保守国家秘密法》规定，国家秘密的密级分为“绝密”“机密”“秘密”三级。各单位要组织干部职工学习定密、标密的基本知识。",
       "要牢固树立“上网不涉密，涉密不上网”的意识，严禁在互联网计算机上存储、处理涉密信息。",
       "活动期间，各单位可通过12339举报电话反映危害国家安全的线索。"]
write("c02_law.fodt", fodt("".join(p(x) for x in LAW)))
conv("c02_law.fodt", "doc", DOC, "c02_law.doc")
label("c02_law.doc", "pass", [], [],
      "clean .doc quoting 保守国家秘密法 and naming the three levels inside a sentence; 12339 hotline")

write("c03_masked.fodt", fodt(p("2026年度临时救助对象公示") + table(
    [["序号", "姓名", "身份证号", "联系电话", "救助金额（元）"],
     ["1", "张某某", "330106********0018", "138****1234", "2000"],
     ["2", "李某某", "110105********4514", "159****6678", "1500"]]) + p("公示期7天，监督电话0571-87023456。")))
conv("c03_masked.fodt", "doc", DOC, "c03_masked.doc")
label("c03_masked.doc", "pass", [], [],
      "clean .doc: a 公示 table whose names, IDs and mobiles are all masked")

write("c04_uscc.fodt", fodt(p("政府采购中标结果公告") + table(
    [["中标供应商", "统一社会信用代码", "中标金额（元）"],
     ["杭州××科技有限公司", USCC[0], "1,286,000.00"],
     ["浙江××建设集团有限公司", USCC[1], "3,540,000.00"]]) + p("采购人联系电话：0571-85123456。")))
conv("c04_uscc.fodt", "rtf", RTF, "c04_uscc.rtf")
label("c04_uscc.rtf", "pass", [], [],
      "clean RTF: 中标公告 with companies' 统一社会信用代码 (valid check characters) and amounts")

write("c05_slogan.fodt", fodt("".join(p(x) for x in [
    "保密工作宣传提纲", "一、涉密不上网，上网不涉密。", "二、涉及商业秘密和个人隐私的政府信息，依法不予公开。",
    "三、加强内部控制，规范信息发布审核流程。"])))
conv("c05_slogan.fodt", "rtf", RTF, "c05_slogan.rtf")
label("c05_slogan.rtf", "pass", [], [],
      "clean RTF: 涉密不上网 slogan, 商业秘密, 内部控制 (allow-list phrases)")

wb, ws = wb_new("资产清单", [["资产编号", "资产名称", "存放地点"],
                            ["13705120034", "台式计算机", "三楼办公室"], ["13705120035", "激光打印机", "三楼办公室"],
                            ["15800230017", "会议平板", "会议室"]])
wb.save(os.path.join(SRC, "c07_serials.xlsx"))
conv("c07_serials.xlsx", "xls", XLS, "c07_serials.xls")
label("c07_serials.xls", "pass", [], [],
      "near miss .xls: 11-digit 资产编号 starting 137/158 in a column headed 编号 (serial numbers, not mobiles)")

wb, ws = wb_new("预算", [["项目", "预算金额（元）"], ["基础设施建设", 13726400000], ["社会保障", 18655200000], ["教育", 15038700000]])
wb.save(os.path.join(SRC, "c08_amounts.xlsx"))
conv("c08_amounts.xlsx", "xls", XLS, "c08_amounts.xls")
label("c08_amounts.xls", "pass", [], [],
      "near miss .xls: 11-digit budget amounts (137…, 186…, 150…) as numbers in a column headed 元")

write("c09_report.fodp", fodp([slide(1, "2026年生态环境保护工作汇报", ["空气优良天数比例91.2%", "举报热线12369全天受理"]),
                               slide(2, "联系我们", ["市生态环境局办公室 0571-87061234", "政务服务热线 12345"])]))
conv("c09_report.fodp", "ppt", PPT, "c09_report.ppt", "slim")
label("c09_report.ppt", "pass", [], [],
      "clean .ppt: hotlines 12369/12345 and an agency landline")

write("c10_training.fodp", fodp([slide(1, "保密知识培训", ["国家秘密的密级分为绝密、机密、秘密三级", "定密责任人依法确定密级和保密期限"]),
                                 slide(2, "常见违规行为", ["在互联网上处理涉密信息", "私自复制、留存涉密载体"])]))
conv("c10_training.fodp", "ppt", PPT, "c10_training.ppt", "slim")
label("c10_training.ppt", "pass", [], [],
      "near miss .ppt: a training deck naming the levels in a sentence; no marking")

write("c11_notice.fodt", fodt(gongwen("关于做好元旦春节期间有关工作的通知", NOTICE[:4], number=None)))
conv("c11_notice.fodt", "doc", DOC, "c11_notice.wps")
label("c11_notice.wps", "pass", [], [],
      "clean .wps (Word 97 binary): 公文 without marking")

wb, ws = wb_new("办事指南", [["事项", "受理窗口", "咨询电话"], ["社保卡补办", "市民中心A区12号", "0571-85021234"],
                            ["居住证办理", "市民中心B区3号", "0571-85025678"], ["综合咨询", "服务台", "12345"]])
wb.save(os.path.join(SRC, "c12_guide.xlsx"))
conv("c12_guide.xlsx", "xls", XLS, "c12_guide.et")
label("c12_guide.et", "pass", [], [],
      "clean .et (BIFF8): service windows with agency landlines and 12345")

write("c13_deck.fodp", fodp([slide(1, "“十五五”规划编制工作进展", ["开展专题调研21项", "形成基本思路报告"])]))
conv("c13_deck.fodp", "ppt", PPT, "c13_deck.dps", "slim")
label("c13_deck.dps", "pass", [], [],
      "clean .dps (PowerPoint 97 binary)")

write("c14_template.fodt", fodt("".join(p(x) for x in ["份号：", "密级和保密期限：", "紧急程度：", "发文机关标志", "发文字号：",
                                                        "标题", "主送机关：", "正文", "附件说明", "发文机关署名", "成文日期"])))
conv("c14_template.fodt", "dotx", DOTX, "c14_template.dotx")
label("c14_template.dotx", "pass", [], [],
      "near miss .dotx: a blank 公文 template listing the element names (份号：, 密级和保密期限：) with no value; docs silent on empty marking fields")

pydocx("c15_notice.docx", NOTICE, core={"author": "市政府办公室", "title": "安全生产通知"})
conv("c15_notice.docx", "docm", DOCM, "c15_notice.docm")
label("c15_notice.docm", "pass", [], [],
      "clean .docm (LibreOffice macro-enabled, no macros)")

wb, ws = wb_new("报名表", [["姓名", "性别", "身份证号", "手机号码", "工作单位"]])
wb.save(os.path.join(SRC, "c17_form.xlsx"))
conv("c17_form.xlsx", "xltx", XLTX, "c17_form.xltx")
label("c17_form.xltx", "pass", [], [],
      "clean .xltx: an empty 报名表 template with headings only")

write("c18_deck.fodp", fodp([slide(1, "数字政府建设情况", ["一网通办事项1680项", "掌上办事率达90%"])]))
conv("c18_deck.fodp", "pptm", PPTM, "c18_deck.pptm")
label("c18_deck.pptm", "pass", [], [], "clean .pptm")

write("c19_deck.fodp", fodp([slide(1, "（汇报标题）", ["（汇报单位）", "（日期）"])]))
conv("c19_deck.fodp", "potx", POTX, "c19_deck.potx")
label("c19_deck.potx", "pass", [], [], "clean .potx template")

write("c20_law.fodt", fodt("".join(p(x) for x in LAW[:3])))
plan.append({"src": "c20_law.fodt", "to": None, "filter": None, "name": "c20_law.fodt", "post": None})
label("c20_law.fodt", "pass", [], [], "clean flat ODT quoting 保守国家秘密法")

write("c21_budget.fods", fods([sheet("部门预算", [["科目", "金额（万元）"], ["一般公共服务", 1520], ["公共安全", 860]])]))
plan.append({"src": "c21_budget.fods", "to": None, "filter": None, "name": "c21_budget.fods", "post": None})
label("c21_budget.fods", "pass", [], [], "clean flat ODS budget")

write("c22_html_as.doc", word_html("关于开展植树活动的通知", ["关于开展植树活动的通知", "各单位：", "请于3月12日组织植树活动，联系电话0571-87012345。"]))
plan.append({"src": "c22_html_as.doc", "to": None, "filter": None, "name": "c22_html_as.doc", "post": None})
label("c22_html_as.doc", "pass", [], [],
      "clean Word HTML saved as .doc: the mso conditional comments and <xml> islands Word writes must not count as hidden notes")

write("c23_html_as.xls", xls_html([["序号", "企业名称", "统一社会信用代码"], ["1", "杭州××科技有限公司", USCC[0]], ["2", "宁波××物业服务有限公司", USCC[2]]]))
plan.append({"src": "c23_html_as.xls", "to": None, "filter": None, "name": "c23_html_as.xls", "post": None})
label("c23_html_as.xls", "pass", [], [], "clean HTML-table export saved as .xls: companies and 统一社会信用代码")

write("c24_csv_as.xls", "序号,街道,人口（人）\r\n1,文新街道,98000\r\n2,翠苑街道,76000\r\n", "gb18030")
plan.append({"src": "c24_csv_as.xls", "to": None, "filter": None, "name": "c24_csv_as.xls", "post": None})
label("c24_csv_as.xls", "pass", [], [], "clean GB18030 CSV saved as .xls")

write("c25_xml2003_as.xls", SSML % ssml_sheet("统计", [["区域", "户数"], ["东区", "1200"], ["西区", "980"]]))
plan.append({"src": "c25_xml2003_as.xls", "to": None, "filter": None, "name": "c25_xml2003_as.xls", "post": None})
label("c25_xml2003_as.xls", "pass", [], [],
      "clean SpreadsheetML 2003 XML saved as .xls; docs silent on this format: if mishen cannot read it, unreadable (review) is the fail-closed answer and this label fails")

write("c26_rtf.fodt", fodt(gongwen("关于做好防汛物资储备工作的通知", NOTICE[:3], number=None)))
conv("c26_rtf.fodt", "rtf", RTF, "c26_rtf_as.doc")
label("c26_rtf_as.doc", "pass", [], [], "clean RTF saved as .doc")

write("c27_meta.fodt", fodt(p("关于公布政府信息公开工作机构联系方式的公告") +
                            p("联系邮箱：xxgk@hz.gov.cn，联系电话0571-87059876。"),
                            md=meta(title="政府信息公开联系方式", creator="王晓明", keywords="政务公开")))
conv("c27_meta.fodt", "doc", DOC, "c27_meta_email.doc")
label("c27_meta_email.doc", "pass", [], [],
      "clean .doc whose properties name the author, with an agency mailbox (info only)")

pydocx("c28_docx_as.doc", ["关于2026年度区级财政预算执行情况的公告", "全区一般公共预算收入完成86.3亿元，同比增长4.2%。"])
plan.append({"src": "c28_docx_as.doc", "to": None, "filter": None, "name": "c28_docx_as.doc", "post": None})
label("c28_docx_as.doc", "pass", [], [], "clean python-docx DOCX named .doc")

# ================================================================== added after the first run
# Shapes of the same formats probed after the first scoring (nothing in mishen was
# changed in between): XML formats whose text runs are split by markup.
import odf as _odf  # noqa: E402

BOLD = ('<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold"/></style:style></office:automatic-styles>')
_plain = _odf.TEXT_STYLES
_odf.TEXT_STYLES = _plain.replace("</office:automatic-styles>", BOLD)
NID = idcard("330106", 1986, 5, 20)
write("n01_bold_id.fodt", _odf.fodt(p("关于2026年度扶残助残先进个人的公示") +
                                    '<text:p>%s，身份证号%s<text:span text:style-name="Tb">%s</text:span>，西湖区残联推荐。</text:p>'
                                    % (NAMES[5], NID[:10], NID[10:]) + p("公示期5个工作日。")))
conv("n01_bold_id.fodt", "fodt", "OpenDocument Text Flat XML", "n01_bold_id.fodt")
label("n01_bold_id.fodt", "block", ["id_card"], [NID],
      "added after the first run: LibreOffice-saved flat ODT; the last 8 digits of the ID are bold, so the XML splits the ID with a <text:span>")
write("n02_bold_marking.fodt", _odf.fodt('<text:p text:style-name="Pleft"><text:span text:style-name="Tb">机密</text:span>★1年</text:p>' +
                                         gongwen("关于××事项的通知", NOTICE[:2], number=None)))
conv("n02_bold_marking.fodt", "fodt", "OpenDocument Text Flat XML", "n02_bold_marking.fodt")
label("n02_bold_marking.fodt", "block", ["classified_marking"], [],
      "added after the first run: LibreOffice-saved flat ODT; 机密 bold and ★1年 plain, so a span splits the marking")
write("n03_bold_clean.fodt", _odf.fodt(p("关于开展2026年度“最美家庭”评选活动的通知") +
                                       '<text:p>请各街道于<text:span text:style-name="Tb">12月20日</text:span>前推荐，联系电话0571-8703<text:span text:style-name="Tb">5678</text:span>。</text:p>'))
conv("n03_bold_clean.fodt", "fodt", "OpenDocument Text Flat XML", "n03_bold_clean.fodt")
label("n03_bold_clean.fodt", "pass", [], [], "added after the first run: clean LibreOffice-saved flat ODT with bold spans")
_odf.TEXT_STYLES = _plain

write("n04_ssml_rich.xls", """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="名单"><Table>
  <Row><Cell><Data ss:Type="String">姓名</Data></Cell><Cell><Data ss:Type="String">身份证号</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">%s</Data></Cell><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">%s<Font html:Color="#FF0000">%s</Font></ss:Data></Cell></Row>
 </Table></Worksheet>
</Workbook>
""" % (NAMES[6], NID[:14], NID[14:]))
plan.append({"src": "n04_ssml_rich.xls", "to": None, "filter": None, "name": "n04_ssml_rich.xls", "post": None})
label("n04_ssml_rich.xls", "block", ["id_card"], [NID],
      "added after the first run: SpreadsheetML 2003 as .xls, an ID cell in rich text (Excel writes <ss:Data> with html <Font> for the last 4 digits in red)")

WORDML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">
<w:docPr><w:view w:val="print"/></w:docPr><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:wordDocument>
"""


def wml(runs_per_para):
    return WORDML % "".join("<w:p>%s</w:p>" % "".join(
        '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/>%s</w:rPr><w:t>%s</w:t></w:r>' % ("<w:b/>" if b else "", t) for t, b in para)
        for para in runs_per_para)


write("n05_wordml2003.doc", wml([[("机密", False), ("★", False), ("1年", False)],
                                 [("关于××事项的请示", True)],
                                 [("经办人%s，身份证号" % NAMES[7], False), (NID[:6], False), (NID[6:], True)]]))
plan.append({"src": "n05_wordml2003.doc", "to": None, "filter": None, "name": "n05_wordml2003.doc", "post": None})
label("n05_wordml2003.doc", "block", ["classified_marking", "id_card"], [NID],
      "added after the first run: Word 2003 XML (WordprocessingML, <?mso-application progid=\"Word.Document\"?>) saved as .doc, text split over <w:r> runs as Word writes it; docs silent on this format")
write("n06_wordml2003_clean.doc", wml([[("关于", False), ("开展", False), ("植树活动的通知", True)],
                                       [("请于3月12日组织植树活动，联系电话0571-87012345。", False)]]))
plan.append({"src": "n06_wordml2003_clean.doc", "to": None, "filter": None, "name": "n06_wordml2003_clean.doc", "post": None})
label("n06_wordml2003_clean.doc", "pass", [], [],
      "added after the first run: clean Word 2003 XML saved as .doc; docs silent: if unread it is unreadable (review) and this label fails")

import base64  # noqa: E402
mht_html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head>"
            "<meta name=ProgId content=Word.Document></head><body><div class=WordSection1>"
            "<p class=MsoNormal>机密★1年</p><p class=MsoNormal>关于××工作的通知</p>"
            "<p class=MsoNormal>联系人%s，身份证号%s</p></div></body></html>" % (NAMES[8], ID[0])).encode("utf-8")
write("n07_mht_as.doc", "MIME-Version: 1.0\r\nX-Document-Type: Word.Document\r\n"
      'Content-Type: multipart/related; boundary="----=_NextPart_01DB4C2A.5F3E1B70"\r\n\r\n'
      "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
      "------=_NextPart_01DB4C2A.5F3E1B70\r\nContent-Location: file:///C:/D2A3F1E0/file.htm\r\n"
      'Content-Transfer-Encoding: base64\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n'
      + base64.encodebytes(mht_html).decode().replace("\n", "\r\n") + "\r\n------=_NextPart_01DB4C2A.5F3E1B70--\r\n")
plan.append({"src": "n07_mht_as.doc", "to": None, "filter": None, "name": "n07_mht_as.doc", "post": None})
label("n07_mht_as.doc", "block", ["classified_marking", "id_card"], [ID[0]],
      "added after the first run: Word 'single file web page' (MHT, base64 HTML) saved as .doc, marking and ID inside; docs silent on MHT uploads - unreadable (review) is the fail-closed minimum, a reader would block")

json.dump(plan, open(os.path.join(BUILD, "plan.json"), "w"), ensure_ascii=False, indent=1)
labels.sort(key=lambda x: x["file"])
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
print(len(labels), "labels;", sum(l["expect_verdict"] != "pass" for l in labels), "must catch")
