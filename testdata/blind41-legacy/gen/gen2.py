# part 2 of gen.py (exec'd in its namespace): sheets, slides, OOXML variants, flat ODF, 2003 XML, MHT, text, damaged

# ================================================================ spreadsheets via FODS + LibreOffice
def xls_from_fods(name, sheets, target="xls", header="", keep_src=False):
    src = wsrc(os.path.splitext(name)[0] + ".fods", fods(sheets, header=header))
    soffice(src, target, name)
    return src


xls_from_fods("x01_lo_mingdan.xls", [sheet("救助名单", [
    ["序号", "姓名", "身份证号", "家庭住址", "救助金额（元）"],
    ["1", "王桂兰", ID["x01a"], "青山区钢花村", "3000"],
    ["2", "李德顺", ID["x01b"], "青山区红卫路", "3000"],
    ["3", "张秀英", ID["x01c"], "青山区新沟桥", "2000"]])])
label("x01_lo_mingdan.xls", "block", ["id_card"], [ID["x01a"], ID["x01b"], ID["x01c"]],
      "LibreOffice BIFF8 .xls: 救助名单 with three full IDs in cells")

xls_from_fods("x02_lo_clean.xls", [sheet("公示", [
    ["序号", "姓名", "身份证号", "补贴金额（元）", "联系电话"],
    ["1", "王某兰", "420111********0412", "1200", "027-86861234"],
    ["2", "李某顺", "4201**********1234", "1200", "027-86861234"],
    ["3", "张某英", "420111********0838", "800", "12345"],
    ["合计", "", "", "3200", ""]])])
label("x02_lo_clean.xls", "pass", [], [],
      "clean twin, LibreOffice .xls: masked IDs (6+4 and 4201**********1234), masked names, landline and hotline")

xls_from_fods("x07_yincang_biao.xls", [
    sheet("汇总", [["街道", "户数", "金额（元）"], ["钢花村街", "12", "36000"], ["红卫路街", "9", "27000"]]),
    sheet("原始名单", [["姓名", "身份证号"], ["周敏", ID["x07a"]], ["吴刚", ID["x07b"]]], hidden=True)])
label("x07_yincang_biao.xls", "block", ["id_card", "hidden_content"], [ID["x07a"], ID["x07b"]],
      "LibreOffice .xls: summary sheet visible, hidden sheet 原始名单 with full IDs")

xls_from_fods("x08_pizhu_shouji.xls", [sheet("报名", [
    ["序号", "单位", "人数"], ["1", "市城管委", "12"], ["2", "市水务局", "8"]], notes={(1, 1): "对接人刘洋 " + MOB["x08"]})])
label("x08_pizhu_shouji.xls", "review", ["hidden_content", "mobile_phone"], [MOB["x08"]],
      "LibreOffice .xls: a mobile only in a cell note (comment)")

xls_from_fods("x09_muban_kahao.xlt", [sheet("发放表", [
    ["姓名", "开户行", "银行卡号", "金额（元）"], ["谢文斌", "工商银行", CARD["x09"], "2400"]])],
    target="xlt:MS Excel 97 Vorlage/Template")
label("x09_muban_kahao.xlt", "block", ["bank_card"], [CARD["x09"]],
      "LibreOffice Excel 97 template (.xlt) left with a person's bank card under 银行卡号")

xls_from_fods("x10_muban_clean.xlt", [sheet("发放表", [
    ["姓名", "开户行", "银行卡号", "金额（元）"], ["", "", "", ""], ["填表说明：卡号请填写本人社保卡金融账户，公示时只保留前6位和后4位。", "", "", ""]])],
    target="xlt:MS Excel 97 Vorlage/Template")
label("x10_muban_clean.xlt", "pass", [], [], "clean twin, LibreOffice .xlt: blank template with instructions")

xls_from_fods("x11_et_shouji.et", [sheet("值班表", [
    ["日期", "值班人", "手机"], ["2025-05-01", "钱志刚", MOB["x11"]], ["2025-05-02", "孙某", "189****3348"]])])
label("x11_et_shouji.et", "review", ["mobile_phone"], [MOB["x11"]],
      "BIFF8 from LibreOffice saved under the WPS 表格 name .et: duty roster with one full mobile")

xls_from_fods("x12_et_clean.et", [sheet("统计", [
    ["指标", "2024年", "2025年"], ["地区生产总值（亿元）", "20011.65", "21106.23"], ["常住人口（万人）", "1377.40", "1380.85"],
    ["项目编号", "4201042025001", "4201042025002"]])])
label("x12_et_clean.et", "pass", [], [], "clean twin, .xls binary named .et: statistics and 13-digit 项目编号")

xls_from_fods("x14_dayin_yemei.xls", [sheet("进度", [["项目", "进度"], ["一期", "80%"], ["二期", "35%"]])], header="秘密★1年")
label("x14_dayin_yemei.xls", "block", ["classified_marking"], [],
      "LibreOffice .xls: 秘密★1年 only in the sheet's print header (HEADER record)")

# ---------------------------------------------------------------- SheetJS
js = r'''
const XLSX = require("xlsx"); const fs = require("fs");
const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
for (const j of job) {
  const wb = XLSX.utils.book_new();
  for (const s of j.sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    XLSX.utils.book_append_sheet(wb, ws, s.name);
    if (s.hidden) wb.Workbook = {Sheets: j.sheets.map(x => ({Hidden: x.hidden ? 1 : 0}))};
  }
  XLSX.writeFile(wb, j.out, {bookType: j.bookType});
}
'''
wsrc("sheetjs.js", js)
jobs = [
    {"out": OUT + "/x03_sheetjs_b8_kahao.xls", "bookType": "biff8", "sheets": [{"name": "发放明细", "rows": [
        ["序号", "姓名", "卡号", "金额（元）"], [1, "何丽娟", CARD["x03a"], 1800], [2, "彭志勇", CARD["x03b"], 1800]]}]},
    {"out": OUT + "/x04_sheetjs_b5_shouji.xls", "bookType": "biff5", "sheets": [{"name": "Sheet1", "rows": [
        ["name", "mobile", "note"], ["Zhang Wei", MOB["x04a"], "volunteer"], ["Li Na", MOB["x04b"], "volunteer"]]}]},
    {"out": OUT + "/x05_sheetjs_b2_neiwang.xls", "bookType": "biff2", "sheets": [{"name": "Sheet1", "rows": [
        ["system", "address"], ["OA", "http://192.168.12.30:8080/cwxt/login"], ["mail", "http://mail.hbcz.lan/owa"]]}]},
    {"out": OUT + "/x06_sheetjs_b5_clean.xls", "bookType": "biff5", "sheets": [{"name": "Sheet1", "rows": [
        ["item", "2024", "2025"], ["GDP (100m yuan)", 20011.65, 21106.23], ["hotline", "12345", "12345"],
        ["office tel", "027-85771234", "027-85771234"]]}]},
    {"out": OUT + "/o04_sheetjs_kahao.xlsm", "bookType": "xlsm", "sheets": [{"name": "补贴", "rows": [
        ["户主", "开户银行", "银行账号", "金额（元）"], ["邓小军", "农村商业银行", CARD["o04"], 960]]}]},
    {"out": OUT + "/x16_sheetjs_b8_clean.xls", "bookType": "biff8", "sheets": [{"name": "采购结果", "rows": [
        ["项目", "供应商", "统一社会信用代码", "金额（元）"], ["办公设备采购", "某科技有限公司", USCC1, 286400],
        ["交易流水号", "2025031200001876", "", ""]]}]},
]
wsrc("sheetjs.json", json.dumps(jobs, ensure_ascii=False))
subprocess.run(["node", os.path.join(SRC, "sheetjs.js"), os.path.join(SRC, "sheetjs.json")], check=True,
               env=dict(os.environ, NODE_PATH="/tmp/b41env/node_modules"))
label("x03_sheetjs_b8_kahao.xls", "block", ["bank_card"], [CARD["x03a"], CARD["x03b"]],
      "SheetJS bookType biff8: two persons' UnionPay cards under 卡号 (stored as strings)")
label("x04_sheetjs_b5_shouji.xls", "review", ["mobile_phone"], [MOB["x04a"], MOB["x04b"]],
      "SheetJS bookType biff5 (Excel 5.0/95, 8-bit strings, so pinyin names): two mobiles in a 'mobile' column")
label("x05_sheetjs_b2_neiwang.xls", "review", ["internal_address"], [],
      "SheetJS bookType biff2 (Excel 2.1 worksheet): intranet URLs 192.168.x and a .lan host")
label("x06_sheetjs_b5_clean.xls", "pass", [], [], "clean twin, SheetJS biff5: figures, hotline, office landline")
label("o04_sheetjs_kahao.xlsm", "block", ["bank_card"], [CARD["o04"]],
      "SheetJS bookType xlsm (macroEnabled content type, no VBA part): a person's UnionPay account under 银行账号")
label("x16_sheetjs_b8_clean.xls", "pass", [], [],
      "clean twin, SheetJS biff8: procurement result with company credit code, amount, 16-digit 交易流水号")

# ---------------------------------------------------------------- xlwt
import xlwt
wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("名单")
for r, row in enumerate([["姓名", "性别", "公民身份号码", "备注"], ["马国强", "男", ID["x13"], "低保户"]]):
    for c, v in enumerate(row):
        ws.write(r, c, v)
wb.save(os.path.join(OUT, "x13_xlwt_id.xls"))
label("x13_xlwt_id.xls", "block", ["id_card"], [ID["x13"]], "xlwt BIFF8: full ID under 公民身份号码")

wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("预算")
for r, row in enumerate([["单位：元", "", "", ""], ["科目", "预算数", "调整数", "执行数"],
                         ["一般公共服务", 13512344300, 12960000000, 12871234500],
                         ["教育", 8812340000, 8790000000, 8700012300], ["合计", 22324684300, 21750000000, 21571246800]]):
    for c, v in enumerate(row):
        ws.write(r, c, v)
wb.save(os.path.join(OUT, "x15_xlwt_clean.xls"))
label("x15_xlwt_clean.xls", "pass", [], [],
      "clean twin, xlwt BIFF8: budget table 单位：元 with 11-digit amounts stored as numbers")

# ================================================================ presentations via FODP + LibreOffice
def ppt_from_fodp(name, slides, target):
    src = wsrc(os.path.splitext(name)[0] + ".fodp", fodp(slides))
    soffice(src, target, name)


ppt_from_fodp("p01_miji_huibao.ppt", [slide(["秘密★1年", "2025年重点工作推进情况汇报", "市发展改革委"]),
                                      slide(["一、总体进展", "重点项目完成投资进度过半。"])], "ppt")
label("p01_miji_huibao.ppt", "block", ["classified_marking"], [],
      "LibreOffice PowerPoint 97 .ppt from hand-written FODP: 秘密★1年 heading the first slide")

ppt_from_fodp("p02_beizhu_shouji.ppt", [slide(["2025年招商引资推介会", "光谷片区重点项目"],
              notes=["讲解时提示：有意向企业可直接联系招商专员陈晨，手机" + MOB["p02"] + "。"])], "ppt")
label("p02_beizhu_shouji.ppt", "review", ["mobile_phone"], [MOB["p02"]],
      "LibreOffice .ppt: a staff mobile only in the speaker notes")

ppt_from_fodp("p03_clean.ppt", [slide(["政务公开标准化规范化建设", "市政务公开办 2025年3月"]),
                                slide(["咨询渠道", "热线：12345", "电话：027-85771234", "邮箱：zwgk@wuhan.gov.cn"])], "ppt")
label("p03_clean.ppt", "pass", [], [], "clean twin, LibreOffice .ppt: hotline, landline, agency mailbox")

ppt_from_fodp("p04_neiwang.pps", [slide(["网上办公系统操作培训", "登录地址：http://oa.hbgov.intranet/xxgk/index.do", "信息中心"])],
              "pps:MS PowerPoint 97 AutoPlay")
label("p04_neiwang.pps", "review", ["internal_address"], [],
      "LibreOffice PowerPoint 97 AutoPlay (.pps): intranet URL of an .intranet host on a slide")

ppt_from_fodp("p05_clean.dps", [slide(["优化营商环境新闻发布会", "2025年4月8日"]),
                                slide(["一季度新增市场主体3.2万户", "办件量 1,286,400 件", "满意率 99.6%"])], "ppt")
label("p05_clean.dps", "pass", [], [], "clean twin, .ppt binary named .dps (WPS 演示)")

ppt_from_fodp("o07_lo_clean.pptm", [slide(["2025年政府工作报告解读", "市政府研究室"]),
                                    slide(["主要目标", "地区生产总值增长6%左右", "城镇新增就业22万人"])],
              "pptm:Impress MS PowerPoint 2007 XML VBA")
label("o07_lo_clean.pptm", "pass", [], [], "clean twin, LibreOffice PowerPoint 2007 VBA filter (.pptm, no macros)")

ppt_from_fodp("o08_lo_neiwang.potx", [slide(["部门汇报模板", "单位名称", "日期"], notes=["模板素材库：\\\\10.1.8.20\\公共\\模板素材"])],
              "potx:Impress MS PowerPoint 2007 XML Template")
label("o08_lo_neiwang.potx", "review", ["internal_address"], [],
      "LibreOffice PowerPoint 2007 template (.potx): UNC path to a 10.x file share in the notes")

ppt_from_fodp("o09_lo_id.ppsx", [slide(["见义勇为先进个人事迹", "宋志远同志，身份证号" + ID["o09"] + "，2024年12月勇救落水儿童。"])],
              "ppsx:Impress MS PowerPoint 2007 XML AutoPlay")
patch_ct_later = os.path.join(OUT, "o09_lo_id.ppsx")
label("o09_lo_id.ppsx", "block", ["id_card"], [ID["o09"]],
      "LibreOffice PowerPoint 2007 AutoPlay (.ppsx), main part re-typed to presentationml.slideshow as PowerPoint writes it: full ID on a slide")

# ================================================================ OOXML variants from python-docx / openpyxl, content types patched
import docx


def patch_ct(path, old, new, extra=None):
    zin = zipfile.ZipFile(path)
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            assert old in s, (path, old)
            s = s.replace(old, new)
            if extra:
                s = s.replace("</Types>", extra.get("ct", "") + "</Types>")
            data = s.encode("utf-8")
        if extra and it.filename == "word/_rels/document.xml.rels" and "rel" in extra:
            data = data.decode("utf-8").replace("</Relationships>", extra["rel"] + "</Relationships>").encode("utf-8")
        zout.writestr(it, data)
    if extra and "files" in extra:
        for n, d in extra["files"].items():
            zout.writestr(n, d)
    zout.close()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


DOCMAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def pydocx(path, paras, header=None, table_rows=None):
    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for p in paras:
        d.add_paragraph(p)
    if table_rows:
        t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for i, r in enumerate(table_rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
    d.core_properties.author = "综合科"
    d.save(path)


p = os.path.join(OUT, "o01_pydocx_id.docm")
pydocx(p, ["关于公布2025年度见义勇为人员确认结果的公告", "经审核，确认以下人员为见义勇为人员："],
       table_rows=[["姓名", "身份证号", "事迹"], ["林海峰", ID["o01"], "勇斗持刀歹徒"]])
patch_ct(p, DOCMAIN, "application/vnd.ms-word.document.macroEnabled.main+xml")
label("o01_pydocx_id.docm", "block", ["id_card"], [ID["o01"]],
      "python-docx package re-typed as .docm (document.macroEnabled content type, no VBA): ID in a table")

p = os.path.join(OUT, "o02_pydocx_clean.dotx")
pydocx(p, ["XX市人民政府办公室文件", "X政办发〔2025〕XX号", "关于XXXX的通知", "各区人民政府，市政府各部门：",
           "（正文）", "联系电话：027-XXXXXXXX", "XX市人民政府办公室", "2025年X月X日"], header="")
patch_ct(p, DOCMAIN, "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
label("o02_pydocx_clean.dotx", "pass", [], [],
      "clean twin, python-docx re-typed as .dotx (template content type): 公文 template with placeholders, no 密级")

p = os.path.join(OUT, "o03_pydocx_yemei.dotm")
pydocx(p, ["关于调整市级储备粮轮换计划的通知", "各有关单位：", "现将调整后的轮换计划印发给你们，请遵照执行。"], header="机密★2年")
patch_ct(p, DOCMAIN, "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
label("o03_pydocx_yemei.dotm", "block", ["classified_marking"], [],
      "python-docx re-typed as .dotm (macroEnabledTemplate content type): 机密★2年 only in the header")

# a real-looking VBA part: a compound file (taken from a LibreOffice .xls) as word/vbaProject.bin
cfb = open(os.path.join(OUT, "x02_lo_clean.xls"), "rb").read()
p = os.path.join(OUT, "o10_pydocx_vba.docm")
pydocx(p, ["关于做好2025年春季森林防火工作的通知", "各乡镇人民政府：", "请切实做好春季森林防火工作。防火热线：12119。"])
patch_ct(p, DOCMAIN, "application/vnd.ms-word.document.macroEnabled.main+xml", extra={
    "ct": '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    "rel": '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
    "files": {"word/vbaProject.bin": cfb}})
label("o10_pydocx_vba.docm", "review", ["unreadable"], [],
      "python-docx .docm with a vbaProject part (compound file) and clean text: README says macros are reported unreadable")

import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "申报表"
for row in [["单位名称", "统一社会信用代码", "申报金额（元）", "联系电话"], ["", "", "", ""],
            ["示例：某某有限公司", USCC1, "500000", "027-8XXXXXXX"]]:
    ws.append(row)
wb.template = True
p = os.path.join(OUT, "o05_openpyxl_clean.xltx")
wb.save(p)
label("o05_openpyxl_clean.xltx", "pass", [], [],
      "clean twin, openpyxl template=True (.xltx, template content type): blank form with a credit-code example")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "联络表"
for row in [["区", "联络员", "手机"], ["江岸区", "胡静", MOB["o06"]], ["江汉区", "曹某", "159****1846"]]:
    ws.append(row)
wb.template = True
p = os.path.join(OUT, "o06_openpyxl_shouji.xltm")
wb.save(p)
patch_ct(p, "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
         "application/vnd.ms-excel.template.macroEnabled.main+xml")
label("o06_openpyxl_shouji.xltm", "review", ["mobile_phone"], [MOB["o06"]],
      "openpyxl template re-typed as .xltm (template.macroEnabled content type): a liaison's mobile")

patch_ct(patch_ct_later, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
         "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml")

json.dump(LABELS, open(os.path.join(SRC, "labels_part2.json"), "w"), ensure_ascii=False, indent=1)
print("part2", len(LABELS))
exec(open(os.path.join(HERE, "gen3.py"), encoding="utf-8").read())
