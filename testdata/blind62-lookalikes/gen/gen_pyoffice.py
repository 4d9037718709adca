#!/usr/bin/python3
"""python-docx, openpyxl and ReportLab files (and the DOCX/XLSX sources LibreOffice converts)."""
from common import *
import datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment

def new_doc(author=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(14)
    cp = d.core_properties
    cp.author = author or ""
    cp.last_modified_by = author or ""
    cp.comments = ""
    cp.created = datetime.datetime(2026, 3, 15, 9, 0, 0)
    return d

def title(d, text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(20)
    p.alignment = 1
    return p

def table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = str(v)
    return t

# ---------------- p03 / n03: 采购公告 (python-docx) ----------------
def caigou(intranet=False):
    d = new_doc()
    title(d, "西湖区教育局2026年中小学智慧教室设备采购项目公开招标公告")
    for line in [
        "项目编号：XHCG-2026-0315-012",
        f"采购计划备案号：{V['BAD4']}",
        "招标编号：0611-264016120345",
        "项目名称：西湖区教育局2026年中小学智慧教室设备采购项目",
        "预算金额：3,860,000.00元（最高限价同预算）",
        "合同履行期限：合同签订后60日内完成供货安装",
        "本项目不接受联合体投标，专门面向中小企业采购。",
        "一、获取招标文件：2026年3月16日至2026年3月23日，登录政府采购云平台（https://www.zcygov.cn）免费获取。",
        "二、提交投标文件截止时间、开标时间：2026年4月7日09:30（北京时间），地点：杭州市西湖区公共资源交易中心（杭州市西湖区文二西路2号，邮编310012）。",
        "三、对本次采购提出询问，请按以下方式联系：",
        "1. 采购人信息　名称：杭州市西湖区教育局　地址：杭州市西湖区保俶路170号　联系人：周老师　联系电话：0571-87051234",
        f"2. 采购代理机构信息　名称：浙江求是工程咨询有限公司（统一社会信用代码：{V['U6']}）　地址：杭州市西湖区天目山路148号　联系电话：0571-85123456　电子邮箱：zbdl@qiushizx.com.cn",
        "3. 同级政府采购监督管理部门　名称：杭州市西湖区财政局　联系电话：0571-87051230",
    ]:
        d.add_paragraph(line)
    d.add_paragraph("四、采购需求")
    table(d, [["标项", "标的名称", "数量", "单位", "预算（元）"],
              ["1", "智慧黑板（86英寸）", "120", "套", "2,160,000"],
              ["2", "录播一体机", "40", "套", "1,200,000"],
              ["3", "教室音响扩声系统", "50", "套", "500,000"]])
    if intranet:
        d.add_paragraph("附件：招标文件技术参数（电子版）可在局内网下载：http://10.33.12.8:8080/oa/zbwj/XHCG-2026-0315-012.pdf，或至共享目录\\\\10.33.12.8\\招标文件\\2026 拷贝。")
    d.add_paragraph("杭州市西湖区教育局　浙江求是工程咨询有限公司")
    d.add_paragraph("2026年3月15日")
    return d
caigou().save(os.path.join(OUT, "p03_caigou_numbers.docx"))
label("p03_caigou_numbers.docx", "pass", ["email"], [],
      f"python-docx 采购公告 with 项目编号, 招标编号 0611-264016120345 (16 digits after the dash, no card prefix), an 18-digit 采购计划备案号 {V['BAD4']} "
      "whose ID check digit is wrong, the agency's USCC, landlines, public URL and the agency's public mailbox (info). findings.md: id_card needs a valid check digit; "
      "USCC and landlines are not findings; email is info ('A file with only info findings passes').")
caigou(True).save(os.path.join(OUT, "n03_caigou_intranet.docx"))
label("n03_caigou_intranet.docx", "review", ["internal_address", "email"], [],
      "Sibling of p03 adding a download link http://10.33.12.8:8080/oa/… and a UNC path \\\\10.33.12.8\\招标文件\\2026. findings.md internal_address (review): "
      "'private … IPv4 addresses, URLs of intranet hosts … and UNC paths'.")

# ---------------- p17 / n12: 定密培训讲义 (python-docx) ----------------
def dingmi(marked=False):
    d = new_doc()
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "机密★5年" if marked else "西湖区保密工作培训讲义（2026年3月）"
    title(d, "定密工作基础知识培训讲义")
    for line in [
        "一、国家秘密的密级",
        "国家秘密的密级分为绝密、机密、秘密三级。定密责任人应当根据保密事项范围，准确确定国家秘密的密级、保密期限和知悉范围。",
        "二、保密期限",
        "国家秘密的保密期限，除另有规定外，按下表确定最长期限；保密期限在一年及一年以上的，以年计；在一年以内的，以月计。",
    ]:
        d.add_paragraph(line)
    table(d, [["密级", "最长保密期限"], ["绝密级", "不超过30年"], ["机密级", "不超过20年"], ["秘密级", "不超过10年"]])
    for line in [
        "三、国家秘密标志",
        "国家秘密标志的格式为“密级★保密期限”，例如标注为秘密★××年，密级和保密期限之间用“★”隔开；不属于国家秘密的，不得做出国家秘密标志。",
        "四、区分工作秘密与国家秘密",
        "要严格区分工作秘密与国家秘密，工作秘密不得标注国家秘密标志。一是工作秘密的确定要有依据；二是内部资料应当逐份登记，按规定范围发放；三是对已公开的信息不得再确定为国家秘密。",
        "五、思考题",
        "什么是工作秘密？内部资料如何管理？",
    ]:
        d.add_paragraph(line)
    if marked:
        d.add_paragraph("（此件不公开）")
    return d
dingmi().save(os.path.join(OUT, "p17_dingmi_training.docx"))
label("p17_dingmi_training.docx", "pass", [], [],
      "python-docx training handout on 定密: levels in prose, a table of levels and maximum periods (绝密级 不超过30年 / 机密级 … adjacent rows), the format 密级★保密期限 "
      "with the placeholder 秘密★××年 in a sentence, and 工作秘密/内部资料 as prose (二是内部资料应当逐份登记, questions 什么是工作秘密？). README: 'Lines of levels next to each "
      "other … are info'; a star followed by the period's placeholder 'is info in a table or a sentence'; internal terms 'heading a numbered section or a point of a count "
      "(二是内部资料应当逐份登记 …), in a question …' are prose.")
dingmi(True).save(os.path.join(OUT, "n12_dingmi_marked_header.docx"))
label("n12_dingmi_marked_header.docx", "block", ["classified_marking", "sensitive_term"], [],
      "Sibling of p17 whose page header is 机密★5年 and which ends with （此件不公开）. findings.md classified_marking (block) includes markings 'in a page header'; "
      "README: internal-marking terms that 'fill their brackets ((此件不公开))' are labels (sensitive_term).")

# ---------------- p27 / n17: 行政处罚决定书 (python-docx, author set) ----------------
def chufa(person=False):
    d = new_doc("西湖区市场监督管理局法制科")
    title(d, "杭州市西湖区市场监督管理局行政处罚决定书")
    d.add_paragraph("西市监处罚〔2026〕12号")
    if person:
        d.add_paragraph(f"当事人：王建军，男，汉族，身份证号码：{V['ID_C']}，住址：杭州市西湖区古荡街道某小区，联系电话：{V['MOB'][5]}。")
    else:
        d.add_paragraph(f"当事人：杭州鑫达贸易有限公司　主体类型：有限责任公司　统一社会信用代码：{V['U1']}　住所：杭州市西湖区古荡街道学院路77号　法定代表人：赵某")
    for line in [
        f"案件编号：{V['BAD5']}　立案日期：20260105",
        "当事人销售不符合食品安全标准的预包装食品一案，经本局依法立案调查，现已调查终结。",
        "经查，当事人于2025年11月至12月期间购进并销售标签不符合GB 7718-2011《食品安全国家标准 预包装食品标签通则》的饼干共计1350箱，货值金额13,500元，违法所得2,160元。",
        "上述事实有现场检查笔录、询问笔录、进货单据、销售记录等证据证明。",
        "本局认为，当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十三）项的规定。依据《中华人民共和国食品安全法》第一百二十五条第一款第（二）项，决定：一、没收违法所得2,160元；二、处罚款人民币50,000元。",
        "罚没款请于收到本决定书之日起十五日内，通过“浙江政务服务网”统一公共支付平台缴纳，缴款码20位，以《非税收入缴款通知书》为准。",
        "当事人如不服本处罚决定，可在收到本决定书之日起六十日内向杭州市西湖区人民政府申请行政复议，或者在六个月内向杭州市西湖区人民法院提起行政诉讼。",
        "杭州市西湖区市场监督管理局",
        "2026年3月15日",
    ]:
        d.add_paragraph(line)
    return d
chufa().save(os.path.join(OUT, "p27_chufa_company.docx"))
label("p27_chufa_company.docx", "pass", ["metadata"], [],
      f"python-docx 行政处罚决定书 against a company: 文号 西市监处罚〔2026〕12号, USCC, 案件编号 {V['BAD5']} (18 digits, wrong ID check digit), 立案日期 20260105, amounts; "
      "the author property is set (西湖区市场监督管理局法制科). findings.md: metadata 'author, company and other document properties' is info; USCC not a finding; id_card needs a valid check digit.")
chufa(True).save(os.path.join(OUT, "n17_chufa_person.docx"))
label("n17_chufa_person.docx", "block", ["id_card", "mobile_phone", "metadata"], [V["ID_C"], V["MOB"][5]],
      f"Sibling of p27 against a natural person with his 身份证号码 {V['ID_C']} (valid) and 联系电话 {V['MOB'][5]} unmasked. findings.md: id_card block, mobile_phone review, metadata info.")

# ---------------- p23 / n27: 中标结果公告 (python-docx → LibreOffice PDF) ----------------
def zhongbiao(internal=False):
    d = new_doc()
    title(d, "西湖区2026年度涉密载体销毁服务及保密柜采购项目中标结果公告")
    lines = [
        "一、项目编号：XHCG-2026-0208-003",
        "二、项目名称：西湖区2026年度涉密载体销毁服务及保密柜采购项目",
        "三、中标信息",
    ]
    for l in lines:
        d.add_paragraph(l)
    table(d, [["标项", "中标供应商", "统一社会信用代码", "中标金额（元）"],
              ["1（涉密载体销毁服务）", "浙江安信保密技术服务有限公司", V["U8"], "386,000.00"],
              ["2（保密柜）", "杭州金盾保险柜制造有限公司", V["U6"], "214,500.00"]])
    for l in [
        "四、主要标的信息：标项1为全区机关单位涉密纸介质载体和涉密磁介质载体集中销毁服务，服务期一年；标项2为符合保密标准的电子密码保密柜80台。",
        "五、评审专家名单：陈立新、徐海燕、郑国强、吴静、钱学军",
        "六、代理服务收费标准及金额：按国家计委计价格〔2002〕1980号文件标准收取，共计7,800元。",
        "七、公告期限：自本公告发布之日起1个工作日。",
    ]:
        d.add_paragraph(l)
    if internal:
        d.add_paragraph("本材料属工作秘密，仅供评审委员会成员使用。")
    for l in ["八、联系方式：采购人 中共杭州市西湖区委机要保密局，联系电话0571-87051236；采购代理机构 浙江求是工程咨询有限公司，联系电话0571-85123456。",
              "2026年3月20日"]:
        d.add_paragraph(l)
    return d
zhongbiao().save(os.path.join(SRC, "p23_zhongbiao_baomigui.docx"))
label("p23_zhongbiao_baomigui.pdf", "pass", [], [],
      "LibreOffice (soffice --convert-to pdf) of a python-docx 中标结果公告 for 涉密载体销毁服务 and 保密柜: 涉密/保密 as words of a procurement subject, USCCs, expert names, "
      "fee document number, landlines. None is in findings.md's categories (no marking, no label, USCC not a finding).")
zhongbiao(True).save(os.path.join(SRC, "n27_zhongbiao_gongzuomimi.docx"))
label("n27_zhongbiao_gongzuomimi.pdf", "review", ["sensitive_term"], [],
      "Sibling of p23 (same LibreOffice PDF path) with the sentence 本材料属工作秘密，仅供评审委员会成员使用。 README: terms 'declared of the text (本材料属工作秘密 …)' are labels; "
      "the README's scan example reports 工作秘密 as [审查] sensitive_term (review).")

# ---------------- p30: 合同公告 (python-docx → LibreOffice ODT) ----------------
d = new_doc()
title(d, "西湖区2026年道路保洁服务项目政府采购合同公告")
for l in ["一、合同编号：HT-XH-2026-0315-008", "二、合同名称：西湖区2026年道路保洁服务项目采购合同",
          "三、项目编号：XHCG-2025-1208-021（政府采购计划编号：XHZFCG2025123456）",
          "四、项目名称：西湖区2026年道路保洁服务项目",
          "五、合同主体",
          "采购人（甲方）：杭州市西湖区城市管理局　地址：杭州市西湖区紫金港路21号　联系方式：0571-87051238",
          f"供应商（乙方）：杭州洁美环境服务有限公司　统一社会信用代码：{V['U4']}　地址：杭州市西湖区三墩镇振华路298号　联系方式：0571-88123456",
          "六、合同主要信息：服务期限2026年4月1日至2027年3月31日，服务范围为西湖区主次干道保洁面积约3,862,000平方米。",
          "七、合同金额：人民币13,512,344.30元（大写：壹仟叁佰伍拾壹万贰仟叁佰肆拾肆元叁角）",
          "八、合同签订日期：20260315",
          "九、合同公告日期：20260317"]:
    d.add_paragraph(l)
d.save(os.path.join(SRC, "p30_hetong.docx"))
label("p30_hetong.odt", "pass", [], [],
      "LibreOffice ODT (converted from python-docx) of a 政府采购合同公告: 合同编号, 采购计划编号, an all-digit company USCC 913301067045123072, amounts 13,512,344.30, dates 20260315, landlines. "
      "findings.md: USCC and landlines are not findings; amounts are not mobiles.")

# ---------------- p36: 档案开放公告 (python-docx → LibreOffice .doc) ----------------
d = new_doc()
title(d, "杭州市西湖区档案馆关于向社会开放第十二批馆藏档案的公告")
for l in ["根据《中华人民共和国档案法》及其实施条例，经档案开放审核，我馆定于2026年4月1日起向社会开放第十二批馆藏档案。现将有关事项公告如下：",
          "一、开放范围：1995年以前形成的西湖区（原西湖区、余杭县部分乡镇）党政机关档案共计12,346卷，其中原标注为机密级、秘密级的档案1,234卷，已按照《中华人民共和国保守国家秘密法》规定完成解密审核，不再属于国家秘密。",
          "二、仍在保密期限内或涉及国家秘密、商业秘密和个人隐私的档案，暂不开放。",
          "三、查阅方式：持居民身份证或其他有效身份证件到馆查阅，开放档案目录可在西湖区档案馆网站（https://www.hzxhda.cn/kfml）检索，档号形如J001-002-0123。",
          "四、查阅地址：杭州市西湖区文三路169号档案馆一楼查阅大厅（邮编310012），咨询电话0571-87051239。",
          "杭州市西湖区档案馆",
          "2026年3月18日"]:
    d.add_paragraph(l)
d.save(os.path.join(SRC, "p36_dangan_kaifang.docx"))
label("p36_dangan_kaifang.doc", "pass", [], [],
      "Legacy .doc (LibreOffice from python-docx) 档案开放公告: 原标注为机密级、秘密级的档案…已…完成解密审核 in prose, 国家秘密、商业秘密, 档号, counts. "
      "README: .doc is converted by LibreOffice and read like DOCX; prose levels are no marking (no ★, not heading the document, no period on the first line).")

# ---------------- openpyxl: p04 / n04 面试名单 ----------------
NAMES = ["陈思远", "刘晓婷", "王浩然", "张雨欣", "李泽宇", "赵欣怡", "孙嘉豪", "周可馨", "吴俊杰", "郑雅琪", "冯子墨", "蒋思琪"]
def mianshi(phone=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "面试人员名单"
    ws.append(["西湖区2026年度考试录用公务员面试人员名单"])
    hdr = ["序号", "姓名", "性别", "报考职位", "职位代码", "准考证号", "笔试成绩"]
    if phone:
        hdr.append("联系电话")
    ws.append(hdr)
    for i, n in enumerate(NAMES):
        row = [i + 1, n, "男" if i % 2 == 0 else "女", "综合管理" if i < 6 else "行政执法", "13301001" if i < 6 else "13301002",
               f"15301010{101 + i * 7:03d}", round(71.5 - i * 0.85, 2)]
        if phone:
            row.append(V["MOB"][i % 5])
        ws.append(row)
    ws.append([])
    ws.append(["注：面试人员须于2026年4月11日8:00前凭准考证和身份证原件到西湖区委党校报到。"])
    ws.merge_cells("A1:H1" if phone else "A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    for c in "ABCDEFGH":
        ws.column_dimensions[c].width = 14
    return wb
mianshi().save(os.path.join(OUT, "p04_mianshi_zhunkaozheng.xlsx"))
label("p04_mianshi_zhunkaozheng.xlsx", "pass", [], [],
      "openpyxl 面试人员名单 whose 准考证号 column holds 11-digit strings that begin 153 (a mobile 号段), all the same length, under a title and note that name no phone. "
      "README mobile_phone: not 'a roster's number … under its column's heading, 准考证号 …, when the column names no phone and the cell holds it alone as plain digits, as long as the column's other numbers'.")
mianshi(True).save(os.path.join(OUT, "n04_mianshi_phone_column.xlsx"))
label("n04_mianshi_phone_column.xlsx", "review", ["mobile_phone"], V["MOB"][:5],
      "Sibling of p04 with a 联系电话 column of real-号段 mobiles (139, 158, 186, 177, 199). findings.md mobile_phone (review).")

# ---------------- openpyxl: p25 / n16 不动产登记公告 ----------------
OWNERS = [("张国华", "330106********0018"), ("李美芳", "330102********2243"), ("王伟", "330105********1539"), ("陈晓燕", "330106********204X")]
def budongchan(leak=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "首次登记公告"
    ws.append(["杭州市西湖区不动产首次登记公告（2026年第15号）"])
    ws.append(["序号", "权利人", "身份证件号码", "不动产坐落", "不动产单元号", "面积（㎡）", "原不动产权证号"])
    for i, (n, idm) in enumerate(OWNERS):
        idv = V["ID_B"] if (leak and i == 2) else idm
        ws.append([i + 1, n, idv, f"西湖区留下街道横街村{12 + i}号", f"330106001002GB001{23 + i}F0001000{i + 1}", 186.5 + i * 12,
                   f"浙（2025）杭州市不动产权第0{123456 + i * 111}号"])
    ws.append([])
    ws.append(["公告期限：2026年3月16日至2026年4月14日（15个工作日）。异议书面材料送达地址：杭州市西湖区不动产登记服务中心（文二西路2号），邮编310012，电话0571-87051237。"])
    ws.merge_cells("A1:G1")
    return wb
budongchan().save(os.path.join(OUT, "p25_budongchan_masked.xlsx"))
label("p25_budongchan_masked.xlsx", "pass", [], [],
      "openpyxl 不动产首次登记公告 with IDs masked (330106********0018 …, one ending X), 28-character 不动产单元号 starting with the region 330106, 不动产权证号, areas, landline. "
      "findings.md: 'Not findings: masked values (330106********0018 …)'.")
budongchan(True).save(os.path.join(OUT, "n16_budongchan_id_leak.xlsx"))
label("n16_budongchan_id_leak.xlsx", "block", ["id_card"], [V["ID_B"]],
      f"Sibling of p25 where row 3's 身份证件号码 is unmasked ({V['ID_B']}, valid check digit) among masked ones. findings.md id_card block.")

# ---------------- openpyxl → LibreOffice ODS: p32 奖学金名单 ----------------
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "公示名单"
ws.append(["2025-2026学年国家奖学金获奖学生名单公示"])
ws.append(["序号", "学院", "姓名", "学号", "专业"])
studs = ["林一凡", "黄诗雨", "徐子轩", "何佳怡", "马天宇", "朱梓涵", "胡明轩", "郭欣然"]
for i, n in enumerate(studs):
    ws.append([i + 1, ["信息工程学院", "经济管理学院", "人文学院", "理学院"][i % 4], n, f"133010526{i * 11 + 3:02d}",
               ["计算机科学与技术", "会计学", "汉语言文学", "数学与应用数学"][i % 4]])
ws.append([])
ws.append(["公示期：2026年3月16日至3月20日。如有异议，请以书面形式向学生工作部反映（行政楼204室）。"])
wb.save(os.path.join(SRC, "p32_jiangxuejin.xlsx"))
label("p32_jiangxuejin.ods", "pass", [], [],
      "LibreOffice ODS (from openpyxl) 国家奖学金获奖学生名单公示 whose 学号 column holds 11-digit numbers beginning 133 (a mobile 号段), same length, title and note name no phone. "
      "README mobile_phone: not a roster's number under its column heading (学号) when the column names no phone and the cell holds it alone; findings.md: a roster's numbers (准考证号, 工号) are not findings.")

if __name__ == "__main__":
    json.dump(LABELS, open(os.path.join(HERE, "labels_pyoffice.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(LABELS), "pyoffice labels")
