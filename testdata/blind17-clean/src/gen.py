"""Generate blind17-clean: clean 政务公开 publications and their near twins.

Writes the final files into OUT (the corpus folder), intermediate sources
(HTML for Chromium, DOCX/XLSX for LibreOffice) into OUT/build, js_data.json
for gen.js, and labels.json. Fixed seed (common.R)."""
import json, os, sys
from common import *
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl

OUT = sys.argv[1]
B = os.path.join(OUT, "build")
os.makedirs(B, exist_ok=True)
L = []
JS = {}


def lab(f, v, cats, raws, note):
    L.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raws, "note": note})


def w(path, s):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(s)


def tbl(rows, head=True):
    h = "<table>"
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        h += "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>"
    return h + "</table>"


def print_html(title, body):  # plain page for Chromium print
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title><style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:40px;font-size:15px;line-height:1.7}}
h1{{text-align:center;font-size:22px}}table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #000;padding:3px;font-size:12px}}</style></head><body><h1>{title}</h1>{body}</body></html>"""


def newdoc():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Noto Serif CJK SC"; st.font.size = Pt(12)
    return d


def dtable(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = str(c)
    return t


def center(d, text, size=None):
    p = d.add_paragraph(); r = p.add_run(text); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if size: r.font.size = Pt(size)
    return p

# ---------------------------------------------------------------- 年报
STAT_ROWS = [["本年新收政府信息公开申请数量", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
             ["一、本年新收政府信息公开申请数量", "286", "31", "2", "1", "9", "3", "332"],
             ["三、本年度办理结果（一）予以公开", "132", "14", "1", "0", "4", "1", "152"],
             ["（三）不予公开 1.属于国家秘密", "2", "0", "0", "0", "0", "0", "2"],
             ["（三）不予公开 3.危及“三安全一稳定”", "1", "0", "0", "0", "0", "0", "1"],
             ["（三）不予公开 4.保护第三方合法权益", "5", "1", "0", "0", "0", "0", "6"],
             ["（三）不予公开 5.属于三类内部事务信息", "7", "2", "0", "0", "1", "0", "10"],
             ["（三）不予公开 6.属于四类过程性信息", "4", "0", "0", "0", "0", "0", "4"],
             ["（四）无法提供 1.本机关不掌握相关政府信息", "61", "6", "1", "1", "2", "1", "72"],
             ["四、结转下年度继续办理", "9", "1", "0", "0", "0", "0", "10"]]
NB_TEXT = ["本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限自2025年1月1日起至2025年12月31日止。",
           "2025年，全区共主动公开政府信息16384条，其中规范性文件27件，政策解读稿件143篇。严格落实公开前保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生因公开政府信息导致泄露国家秘密、工作秘密的情况。",
           "依申请公开方面，对属于国家秘密、危及“三安全一稳定”以及涉及个人隐私的申请，均依照《条例》第十四条、第十五条作出不予公开答复并说明理由。"]


def nianbao_docx(path, unit):
    d = newdoc(); center(d, f"{unit}2025年政府信息公开工作年度报告", 18)
    for t in NB_TEXT: d.add_paragraph(t)
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    dtable(d, STAT_ROWS)
    d.add_paragraph("四、政府信息公开行政复议、行政诉讼情况：行政复议结果维持3件，纠正0件；行政诉讼未审结1件。")
    d.add_paragraph("五、存在的主要问题及改进情况：部分单位对公开属性源头认定不够精准，下一步将加强培训。")
    d.core_properties.author = f"{unit}办公室"
    d.save(path)


nianbao_docx(f"{OUT}/p01_年报_区政府.docx", "杭州市西湖区人民政府")
lab("p01_年报_区政府.docx", "pass", [], [], "python-docx 政府信息公开工作年度报告 with the GB statistics table; 不予公开 categories 属于国家秘密/危及“三安全一稳定” appear as table row labels and in prose")
nianbao_docx(f"{B}/p02_年报_街道.docx", "西湖区北山街道办事处")
lab("p02_年报_街道.pdf", "pass", [], [], "LibreOffice PDF of a python-docx 年报 with the statistics table (ruled table cells), prose mentioning 国家秘密、工作秘密 being protected")
w(f"{OUT}/p03_年报_卫健委.html", cms("杭州市西湖区卫生健康局2025年政府信息公开工作年度报告", "".join(f"<p>{t}</p>" for t in NB_TEXT) + tbl(STAT_ROWS), crumbs="首页 > 政务公开 > 政府信息公开年报"))
lab("p03_年报_卫健委.html", "pass", [], [], "CMS page 年报 with the statistics table, nav, footer with ICP备案号, 公网安备 and QR alt text, structural HTML comments")

# ---------------------------------------------------------------- 预算/决算
units = [("杭州市西湖区教育局", uscc()), ("杭州市西湖区教育发展服务中心", uscc()), ("杭州市西湖区青少年活动中心", uscc()), ("杭州市西湖区教师进修学校", uscc())]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收支总表"
ws.append(["2026年部门预算收支总表"]); ws.append(["部门：杭州市西湖区教育局", "", "", "单位：万元"])
ws.append(["收入项目", "预算数", "支出项目", "预算数"])
inc = [("一般公共预算拨款", 1842367.52), ("政府性基金预算拨款", 12430.00), ("事业收入", 56812.31), ("其他收入", 3321.08)]
exp = [("教育支出", 1789234.77), ("社会保障和就业支出", 81523.14), ("卫生健康支出", 23411.60), ("住房保障支出", 20761.40)]
for (a, b), (c, e) in zip(inc, exp): ws.append([a, b, c, e])
ws.append(["收入总计", sum(x for _, x in inc), "支出总计", sum(x for _, x in exp)])
ws2 = wb.create_sheet("单位名录"); ws2.append(["序号", "单位名称", "统一社会信用代码", "单位性质", "预算金额（元）"])
for i, (n, c) in enumerate(units, 1): ws2.append([i, n, c, "行政单位" if i == 1 else "事业单位", R.randint(10**9, 9 * 10**9)])
ws3 = wb.create_sheet("三公经费"); ws3.append(["项目", "2025年预算（元）", "2026年预算（元）", "增减（%）"])
for p in ["因公出国（境）费", "公务用车购置及运行费", "公务接待费"]: ws3.append([p, R.randint(100000, 9000000), R.randint(100000, 9000000), f"{R.uniform(-20, 5):.2f}%"])
wb.properties.creator = "西湖区教育局财务科"; wb.save(f"{OUT}/p04_部门预算_教育局.xlsx")
lab("p04_部门预算_教育局.xlsx", "pass", [], [], "openpyxl 部门预算: money totals (万元, 10-digit 元 amounts), a sheet listing units with 统一社会信用代码, 三公经费 percentages")
rows = [["功能分类科目编码", "科目名称", "年初预算数", "决算数", "完成率"]]
for code, n in [("2050201", "学前教育"), ("2050202", "小学教育"), ("2050203", "初中教育"), ("2080505", "机关事业单位基本养老保险缴费支出"), ("2210201", "住房公积金")]:
    a = R.randint(10**8, 10**10); rows.append([code, n, f"{a/100:,.2f}", f"{a*R.uniform(0.9,1.02)/100:,.2f}", f"{R.uniform(90,102):.1f}%"])
unitrows = [["单位名称", "统一社会信用代码", "决算支出合计（元）"]] + [[n, c, f"{R.randint(10**9,10**10)/100:,.2f}"] for n, c in units]
w(f"{B}/p05_部门决算.html", print_html("杭州市西湖区教育局2025年度部门决算", "<p>一、部门基本情况。本部门决算包括局本级及所属事业单位4家。</p>" + tbl(rows) + "<p>二、所属单位名录</p>" + tbl(unitrows) + "<p>三、名词解释：“三公”经费指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。</p>"))
lab("p05_部门决算.pdf", "pass", [], [], "Chromium PDF 部门决算: 功能分类科目编码 (7 digits), long amounts with thousands separators, unit list with 统一社会信用代码")
JS["budget"] = {"units": units, "amounts": [R.randint(10**9, 10**11) for _ in range(12)]}
lab("p06_部门预算_卫健.docx", "pass", [], [], "npm docx 部门预算 with a table of long amounts (10–11 digits, no separators, in a 元 column) and 统一社会信用代码 of units")

# ---------------------------------------------------------------- 采购
def caigou(no, sup, amt, contact_phone, acct, bank):
    return [f"一、项目编号：{no}", "二、项目名称：西湖区中小学智慧教室建设采购项目", "三、中标信息",
            f"供应商名称：{sup[0]}　统一社会信用代码：{sup[1]}", f"供应商地址：杭州市滨江区长河街道江南大道588号", f"中标金额：{amt}元（人民币）",
            "四、主要标的信息：交互式智能平板 320台，单价 18,600.00 元；录播系统 12套。",
            "五、评审专家名单：周某某、陈某某、郑某某、王某某、林某某",
            "六、公告期限：自本公告发布之日起1个工作日。",
            "七、凡对本次公告内容提出询问，请按以下方式联系。",
            f"1.采购人信息　名称：杭州市西湖区教育局　地址：杭州市西湖区文三路333号　联系方式：{contact_phone}",
            f"采购人开户银行：{bank}　账号：{acct}",
            "2.采购代理机构信息　名称：浙江正和招标代理有限公司　联系方式：0571-85201234",
            "3.项目联系方式　项目联系人：徐工、吴工　电话：0571-85201236"]

acct1 = "1202" + "".join(str(R.randint(0, 9)) for _ in range(15))
acct2 = "3305016162" + "".join(str(R.randint(0, 9)) for _ in range(10))
sup = ("浙江华辰教育科技有限公司", uscc())
c1 = caigou("ZB2026-0317-118", sup, "5,952,000.00", "0571-87654321", acct1, "中国工商银行杭州文三路支行")
w(f"{OUT}/p07_中标公告.html", cms("西湖区中小学智慧教室建设采购项目中标（成交）结果公告", "".join(f"<p>{t}</p>" for t in c1), crumbs="首页 > 政务公开 > 政府采购"))
lab("p07_中标公告.html", "pass", [], [], f"CMS 中标公告: 项目编号 ZB2026-0317-118, supplier 统一社会信用代码, 0571 landlines, purchaser's settlement account {acct1} after 开户银行/账号 (README: a company's settlement account is not a card), masked expert names")
c2 = caigou("HZXH-CG-2026-0452", ("杭州云帆信息技术有限公司", uscc()), "1,286,450.00", "0571-87012345", acct2, "中国建设银行杭州西湖支行")
w(f"{B}/p08_中标公告.html", print_html("西湖区政务云服务采购项目中标结果公告", "".join(f"<p>{t}</p>" for t in c2)))
lab("p08_中标公告.pdf", "pass", [], [], f"Chromium PDF 中标公告 with 项目编号, landlines and the purchaser's 开户银行 + 20-digit 账号 {acct2}")
d = newdoc(); center(d, "西湖区2026年度物业管理服务采购项目成交结果公告", 16)
c3 = caigou("XHCG2026-0088", ("浙江绿城物业服务集团有限公司", uscc()), "3,208,800.00", "0571-88861234", acct1, "中国工商银行杭州文三路支行")
for t in c3: d.add_paragraph(t)
dtable(d, [["包号", "标的名称", "数量", "成交金额（元）"], ["1", "机关大院物业服务", "1项", "2,108,800.00"], ["2", "档案馆物业服务", "1项", "1,100,000.00"]])
d.save(f"{OUT}/p09_成交公告.docx")
lab("p09_成交公告.docx", "pass", [], [], "python-docx 成交结果公告: 项目编号 XHCG2026-0088, supplier USCC, landlines, settlement account, amounts table")

# twins: private mobile in a 采购 notice
pm = mobile()
c4 = caigou("ZB2026-0411-203", ("杭州启明办公设备有限公司", uscc()), "486,300.00", "0571-87654321", acct1, "中国工商银行杭州文三路支行")
c4[-1] = f"3.项目联系方式　项目联系人：供应商业务员 郑浩然　手机：{pm}"
w(f"{OUT}/n01_中标公告_业务员手机.html", cms("西湖区机关办公设备采购项目中标结果公告", "".join(f"<p>{t}</p>" for t in c4), crumbs="首页 > 政务公开 > 政府采购"))
lab("n01_中标公告_业务员手机.html", "review", ["mobile_phone"], [pm], "twin of p07: the 项目联系人 line gives a supplier salesman's personal mobile")
pm2 = mobile()
c5 = caigou("ZB2026-0502-017", ("浙江明德建设有限公司", uscc()), "12,630,512.00", "0571-87654321", acct2, "中国建设银行杭州西湖支行")
c5.insert(4, f"项目负责人：孙宇航（一级建造师，联系电话 {pm2[:3]} {pm2[3:7]} {pm2[7:]}）")
w(f"{B}/n02_中标公告_负责人手机.html", print_html("西湖区文新小学改扩建工程施工中标公告", "".join(f"<p>{t}</p>" for t in c5)))
lab("n02_中标公告_负责人手机.pdf", "review", ["mobile_phone"], [pm2], "Chromium PDF twin of p08: 项目负责人's mobile grouped 3-4-4 with spaces")

def fit(ws):
    """Widens the columns and prints landscape so LibreOffice's PDF shows every cell whole."""
    for col, wd in zip("ABCDEFGHI", [6, 10, 6, 10, 12, 16, 18, 22, 12]):
        ws.column_dimensions[col].width = wd
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# ---------------------------------------------------------------- 人事
renmian = ["杭州市西湖区人民政府关于刘思远等同志职务任免的通知", "西政干〔2026〕21号", "",
           "各镇人民政府、街道办事处，区政府各部门、各直属单位：", "经区政府研究决定：",
           "任命刘思远为杭州市西湖区发展和改革局副局长；", "任命陈雨桐为杭州市西湖区科学技术局副局长（试用期一年）；",
           "免去黄俊杰的杭州市西湖区商务局副局长职务，另有任用。", "", "杭州市西湖区人民政府", "2026年11月18日", "（此件公开发布）"]
w(f"{OUT}/p10_人事任免.txt", "\n".join(renmian) + "\n")
lab("p10_人事任免.txt", "pass", [], [], "plain-text 人事任免通知 with 文号 〔2026〕21号, full names of officials (public by nature), and “（此件公开发布）”")
d = newdoc()
for t in renmian[:2]: center(d, t)
for t in renmian[3:]: d.add_paragraph(t.replace("刘思远", "朱明轩").replace("陈雨桐", "何若曦").replace("黄俊杰", "罗泽宇"))
d.add_paragraph("抄送：区委组织部，区人力社保局。")
d.add_paragraph("杭州市西湖区人民政府办公室　　2026年11月18日印发")
d.save(f"{OUT}/p11_人事任免.docx")
lab("p11_人事任免.docx", "pass", [], [], "python-docx 人事任免 with 抄送/印发 lines, 文号")

def lulu(n, unmask=None):
    rows = [["序号", "姓名", "性别", "出生年月", "学历", "毕业院校", "准考证号", "身份证号", "拟录用职位"]]
    raw = []
    for i in range(1, n + 1):
        nm = name(); idc = idcard(); z = zkz()
        show = mid(idc)
        if unmask == i: show = idc; raw.append(idc)
        rows.append([str(i), nm, R.choice(["男", "女"]), f"{idc[6:10]}.{idc[10:12]}", R.choice(["大学本科", "硕士研究生"]), R.choice(["浙江大学", "浙江工业大学", "杭州师范大学", "中国计量大学"]), z, show, R.choice(["综合管理", "财务管理", "执法岗位"])])
    return rows, raw

LULU_HEAD = ["根据2026年度浙江省考试录用公务员工作安排，经笔试、面试、体检和考察，现将拟录用人员名单予以公示。",
             "公示期：2026年11月20日至11月26日（5个工作日）。",
             "监督电话：0571-87012380（区委组织部公务员管理科）；来信请寄杭州市西湖区文三路333号，邮编310013；电子邮箱：xhzzb@xihu.gov.cn。"]
rows, _ = lulu(8)
w(f"{OUT}/p12_拟录用公示.html", cms("西湖区2026年度考试录用公务员拟录用人员公示", "".join(f"<p>{t}</p>" for t in LULU_HEAD) + tbl(rows), crumbs="首页 > 政务公开 > 人事信息"))
lab("p12_拟录用公示.html", "pass", [], [], "CMS 拟录用公示: 14-digit 准考证号, masked IDs (6+8*+4), 出生年月, a landline 监督电话 and agency mailbox")
rows, _ = lulu(10)
JS["lulu"] = {"head": LULU_HEAD, "rows": rows}
lab("p13_拟录用公示.xlsx", "pass", [], [], "exceljs 拟录用公示 sheet with masked IDs and 14-digit 准考证号 (as text cells)")
rows, _ = lulu(9)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "拟录用人员"
ws.append(["西湖区2026年度事业单位公开招聘拟聘用人员名单"]); [ws.append(r) for r in rows]
fit(ws)
wb.save(f"{B}/p14_拟聘用.xlsx")
lab("p14_拟聘用.pdf", "pass", [], [], "LibreOffice PDF of an openpyxl 拟聘用 list: masked IDs, 准考证号 in ruled cells")
# twins
rows, raw = lulu(8, unmask=5)
w(f"{OUT}/n03_拟录用公示_漏脱敏.html", cms("西湖区2026年度考试录用公务员拟录用人员公示（第二批）", "".join(f"<p>{t}</p>" for t in LULU_HEAD) + tbl(rows), crumbs="首页 > 政务公开 > 人事信息"))
lab("n03_拟录用公示_漏脱敏.html", "block", ["id_card"], raw, "twin of p12: row 5's 身份证号 left unmasked, the other seven masked")
rows, _ = lulu(8)
full = [[r[1], idcard()] for r in rows[1:]]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "公示名单"
for r in LULU_HEAD[:1]: ws.append([r])
[ws.append(r) for r in rows]
hs = wb.create_sheet("核对用"); hs.append(["姓名", "身份证号码"]); [hs.append(r) for r in full]; hs.sheet_state = "hidden"
wb.save(f"{OUT}/n04_拟录用_隐藏表.xlsx")
lab("n04_拟录用_隐藏表.xlsx", "block", ["id_card", "hidden_content"], [r[1] for r in full], "openpyxl twin of p13: visible list masked, a hidden sheet 核对用 holds the full IDs")
rows, raw = lulu(9, unmask=2)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "拟录用人员"
ws.append(["西湖区2026年度事业单位公开招聘拟聘用人员名单"]); [ws.append(r) for r in rows]
fit(ws)
wb.save(f"{B}/n05_拟聘用_漏脱敏.xlsx")
lab("n05_拟聘用_漏脱敏.pdf", "block", ["id_card"], raw, "LibreOffice PDF twin of p14: row 2 shows the full ID")

# ---------------------------------------------------------------- 行政处罚
cf_co = ("杭州鑫达餐饮管理有限公司", uscc())
CF = ["杭州市西湖区市场监督管理局", "行政处罚决定书", "杭西市监处罚〔2026〕12号",
      f"当事人：{cf_co[0]}", f"主体资格证照名称：营业执照　统一社会信用代码：{cf_co[1]}",
      "住所（住址）：杭州市西湖区古墩路702号1幢102室", "法定代表人（负责人）：赵一鸣",
      "2026年8月12日，本局执法人员对当事人经营场所进行检查，发现当事人使用超过保质期的食品原料。",
      "上述事实有现场笔录、询问笔录、照片等证据证实。当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
      "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项，本局决定：1.没收违法使用的食品原料；2.罚款人民币伍万元整（50,000.00元）。",
      "当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚没款。逾期不缴纳的，每日按罚款数额的3%加处罚款。",
      "如不服本处罚决定，可在收到本决定书之日起六十日内向杭州市西湖区人民政府申请行政复议，也可以在六个月内依法向杭州铁路运输法院提起行政诉讼。",
      "杭州市西湖区市场监督管理局", "2026年9月3日"]
JS["chufa"] = CF
lab("p15_行政处罚决定书.docx", "pass", [], [], "npm docx 行政处罚决定书: company, 统一社会信用代码, 文号 〔2026〕12号, legal representative's name, 法条 references")
d = newdoc()
CF2 = [t.replace("杭州鑫达餐饮管理有限公司", "杭州恒远建材有限公司").replace("赵一鸣", "高子涵").replace("〔2026〕12号", "〔2026〕47号").replace(cf_co[1], uscc()) for t in CF]
for t in CF2[:3]: center(d, t)
for t in CF2[3:]: d.add_paragraph(t)
d.save(f"{B}/p16_处罚决定书.docx")
lab("p16_处罚决定书.pdf", "pass", [], [], "LibreOffice PDF of a python-docx 行政处罚决定书")
idp = idcard(year=1979)
d = newdoc()
CF3 = [t.replace(f"当事人：{cf_co[0]}", "当事人：西湖区晨阳日用品商店（个体工商户）").replace("法定代表人（负责人）：赵一鸣", f"经营者：杨晨阳　身份证号码：{idp}") for t in CF]
for t in CF3[:3]: center(d, t)
for t in CF3[3:]: d.add_paragraph(t)
d.save(f"{OUT}/n06_处罚决定书_经营者身份证.docx")
lab("n06_处罚决定书_经营者身份证.docx", "block", ["id_card"], [idp], "python-docx twin of p15: a 个体工商户 decision gives the operator's full 身份证号码 (公开时应隐去)")

# ---------------------------------------------------------------- 统计公报
GB = ["杭州市西湖区2025年国民经济和社会发展统计公报", "杭州市西湖区统计局　国家统计局西湖调查队　2026年3月18日",
      "初步核算，全年全区实现地区生产总值（GDP）2,387.46亿元，按可比价格计算，比上年增长6.3%。其中第一产业增加值5.21亿元，下降1.2%；第二产业增加值268.93亿元，增长4.7%；第三产业增加值2,113.32亿元，增长6.6%。三次产业结构为0.2:11.3:88.5。",
      "全年一般公共预算收入238.71亿元，增长7.1%，其中税收收入215,364,812,000元。全区年末户籍人口865,412人，常住人口1,216,300人。",
      "全年实现社会消费品零售总额1,052.39亿元，增长5.4%。网络零售额3,861.20亿元，增长9.8%。",
      "年末全区金融机构本外币存款余额12,482,361,000,000元，比年初增长8.2%；贷款余额9,106,554,000,000元，增长10.1%。",
      "注：1.本公报中部分数据为初步统计数。2.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。"]
tb = [["指标", "单位", "2025年", "比上年增长（%）"], ["地区生产总值", "万元", "23874600", "6.3"], ["规模以上工业增加值", "万元", "1526830", "4.1"],
      ["固定资产投资", "万元", "4618752", "3.5"], ["城镇常住居民人均可支配收入", "元", "92418", "4.6"], ["进出口总额", "元", "61283475000", "7.9"]]
w(f"{OUT}/p17_统计公报.html", cms(GB[0], "".join(f"<p>{t}</p>" for t in GB[1:]) + tbl(tb), crumbs="首页 > 政务公开 > 统计信息"))
lab("p17_统计公报.html", "pass", [], [], "CMS 统计公报: percentages, years, 10–13 digit totals with thousands separators (12,482,361,000,000), an indicator table with 61283475000 (11 digits, starts 6) in a 元 row")
w(f"{B}/p18_统计公报.html", print_html(GB[0], "".join(f"<p>{t}</p>" for t in GB[1:]) + tbl(tb)))
lab("p18_统计公报.pdf", "pass", [], [], "Chromium PDF of the same 统计公报")
w(f"{OUT}/p19_统计公报.txt", "\n".join(GB) + "\n\n" + "\n".join("\t".join(r) for r in tb) + "\n")
lab("p19_统计公报.txt", "pass", [], [], "plain text 统计公报 with a tab-separated indicator table (11-digit 61283475000 under 元)")

# ---------------------------------------------------------------- 保密宣传 / 政策解读 / 法规
BM = ["守住保密底线　筑牢安全防线——写在全国保密宣传教育月之际",
      "《中华人民共和国保守国家秘密法》第二条规定，国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。",
      "第十三条规定，国家秘密的密级分为绝密、机密、秘密三级。绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害。",
      "工作秘密虽不属于国家秘密，但泄露后会对工作造成被动和损害。机关、单位应当加强对工作秘密的管理，具体办法由国家保密行政管理部门会同有关部门制定。",
      "实践中，一些干部把标注“内部资料”的材料随手转发到微信群，或把涉密文件拍照存入手机，这些行为都存在泄密风险。",
      "什么是“内部资料”？它是指不宜对外公开、仅在机关内部传阅的材料，不得在互联网上发布。",
      "全区各单位要严格执行“涉密不上网、上网不涉密”，坚持政府信息公开保密审查“谁公开、谁审查、谁负责”。",
      "保密工作咨询电话：0571-87012399。"]
w(f"{OUT}/p20_保密宣传月.html", cms(BM[0], "".join(f"<p>{t}</p>" for t in BM[1:]), crumbs="首页 > 工作动态 > 部门动态"))
lab("p20_保密宣传月.html", "pass", [], [], "CMS 保密宣传 article: 国家秘密/工作秘密/内部资料 in sentences, a question 什么是“内部资料”？, 保守国家秘密法 第二条/第十三条 quoted")
d = newdoc(); center(d, "关于《西湖区政府信息公开保密审查办法》的政策解读", 16)
for t in ["一、起草背景", "为规范政府信息公开保密审查工作，防止国家秘密和工作秘密泄露，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》，制定本办法。",
          "二、关于工作秘密", "本办法所称工作秘密，是指机关、单位在公务活动和内部管理中产生的，不属于国家秘密但泄露后会对工作造成不良影响的事项。",
          "三、关于审查程序", "拟公开的政府信息应当经过承办人员初审、业务部门负责人复审、保密工作机构审核三个环节。对是否涉及国家秘密不能确定的，应当报有关保密行政管理部门确定。",
          "四、关于“内部资料”", "标有“内部资料”“内部参考”字样的文件，未经审批不得公开。",
          "解读机关：杭州市西湖区保密局　解读人：区保密局副局长 陈嘉怡　联系电话：0571-87012399"]:
    d.add_paragraph(t)
d.save(f"{B}/p21_政策解读.docx")
d.save(f"{OUT}/p21_政策解读.docx")
lab("p21_政策解读.docx", "pass", [], [], "python-docx 政策解读 of a 保密审查办法: numbered headings 关于工作秘密/关于“内部资料”, definitions, quoted labels in a sentence")
lab("p22_政策解读.pdf", "pass", [], [], "LibreOffice PDF of p21")
FG = ["中华人民共和国保守国家秘密法（节选）", "第十三条　国家秘密的密级分为绝密、机密、秘密三级。",
      "第十五条　国家秘密的保密期限，应当根据事项的性质和特点，按照维护国家安全和利益的需要，限定在必要的期限内；不能确定期限的，应当确定解密的条件。",
      "国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
      "第十九条　机关、单位对所产生的国家秘密事项，应当按照国家秘密及其密级的具体范围的规定确定密级。",
      "第二十条　国家秘密的标志应当标注在纸质、光介质、电磁介质等国家秘密载体以及属于国家秘密的设备、产品上。",
      "第三十条　机关、单位应当加强对国家秘密载体的管理，任何组织和个人不得非法获取、持有国家秘密载体。",
      "第三十四条　机关、单位应当加强对信息系统的保密管理，涉密信息系统不得接入互联网及其他公共信息网络。"]
lvl = [["密级", "保密期限（一般不超过）", "泄露后果"], ["绝密", "三十年", "特别严重的损害"], ["机密", "二十年", "严重的损害"], ["秘密", "十年", "损害"]]
w(f"{OUT}/p23_保密法节选.html", cms(FG[0], "".join(f"<p>{t}</p>" for t in FG[1:]) + tbl(lvl), crumbs="首页 > 政务公开 > 法律法规"))
lab("p23_保密法节选.html", "pass", [], [], "CMS page of 保守国家秘密法 articles (第十三条…第三十四条) and a table of the three levels (绝密/机密/秘密 in cells)")
w(f"{B}/p24_保密法节选.html", print_html(FG[0], "".join(f"<p>{t}</p>" for t in FG[1:]) + tbl(lvl)))
lab("p24_保密法节选.pdf", "pass", [], [], "Chromium PDF of the 保密法 excerpt with the levels table: a cell 秘密 heading a row")

# ---------------------------------------------------------------- 会议纪要 / 招聘 / 征求意见 / 通知
JY = ["西湖区城市更新工作联席会议纪要", "〔2026〕第9期", "西湖区人民政府办公室　　2026年11月12日",
      "11月10日下午，副区长何若曦主持召开全区城市更新工作联席会议，区发改局、区建设局、区财政局及各街道负责同志参加。会议听取了老旧小区改造推进情况汇报，议定事项如下：",
      "一、2026年计划改造的37个老旧小区须于12月底前全部开工，总投资约18.6亿元。",
      "二、区财政局负责统筹资金保障，按照工程进度拨付补助资金。",
      "三、各街道要做好居民意见征集，对群众反映的加装电梯、停车难等问题及时回应。",
      "出席：何若曦、朱明轩、罗泽宇、林诗琪", "公开属性：主动公开"]
JS["jiyao"] = JY
lab("p25_会议纪要.docx", "pass", [], [], "npm docx public 会议纪要 with attendees' names (officials), 期号 〔2026〕第9期, 公开属性：主动公开")
w(f"{OUT}/p26_会议纪要.html", cms(JY[0], "".join(f"<p>{t}</p>" for t in JY[1:])))
lab("p26_会议纪要.html", "pass", [], [], "CMS page of the same public 会议纪要")
ZP = ["杭州市西湖区卫生健康局2026年公开招聘编外工作人员公告", "因工作需要，经研究决定，面向社会公开招聘编外工作人员5名。",
      "一、招聘岗位：综合文秘2名、财务会计1名、信息技术2名。", "二、报名条件：年龄在35周岁以下（1990年11月20日以后出生），全日制大学本科及以上学历。",
      "三、报名方式：请于2026年12月1日前将报名表、身份证、学历证书扫描件发送至电子邮箱 xhwjjrs@163.com，邮件主题注明“应聘岗位+姓名”。",
      "四、薪酬待遇：年收入约9万元至11万元，依法缴纳五险一金。",
      "五、咨询电话：0571-87012456（工作日 8:30-12:00，14:30-17:30），监督电话：0571-87012450。", "附件：西湖区卫生健康局编外人员报名表.docx"]
w(f"{OUT}/p27_招聘公告.html", cms(ZP[0], "".join(f"<p>{t}</p>" for t in ZP[1:]), crumbs="首页 > 政务公开 > 人事信息"))
lab("p27_招聘公告.html", "pass", [], [], "CMS 招聘公告: 咨询电话/监督电话 landlines, an agency 163.com 邮箱 (email is info only), birth-date cutoff")
w(f"{B}/p28_招聘公告.html", print_html(ZP[0].replace("卫生健康局", "城市管理局"), "".join(f"<p>{t}</p>" for t in ZP[1:]).replace("xhwjjrs@163.com", "xhcgj_hr@xihu.gov.cn").replace("87012456", "87016688")))
lab("p28_招聘公告.pdf", "pass", [], [], "Chromium PDF 招聘公告 with a gov.cn mailbox and landlines")
ZQ = ["关于公开征求《西湖区既有住宅加装电梯财政补助办法（征求意见稿）》意见的公告", "为提高政策制定的透明度和公众参与度，现将《办法（征求意见稿）》全文公布，征求社会各界意见。",
      "征求意见时间：2026年11月20日至2026年12月19日。", "意见反馈方式：", "1.电子邮件：xhjsj@xihu.gov.cn；", "2.信函：杭州市西湖区建设局城建科（杭州市西湖区文三路333号，邮编310013），信封注明“征求意见”；",
      "3.联系人：城建科 周晨阳，联系电话：0571-87018821，传真：0571-87018820。", "附件：1.西湖区既有住宅加装电梯财政补助办法（征求意见稿）", "2.起草说明",
      "第一条　对既有住宅加装电梯的，每台补助20万元。", "第二条　补助资金由区财政统筹安排，通过国库集中支付直接拨付至加装电梯项目实施主体账户。"]
d = newdoc()
for t in ZQ: d.add_paragraph(t)
d.save(f"{OUT}/p29_征求意见稿.docx")
lab("p29_征求意见稿.docx", "pass", [], [], "python-docx 征求意见稿 notice: 联系人 name with office phone and fax landlines, mailbox, 附件 list, 第一条 article text")
w(f"{OUT}/p30_征求意见稿.txt", "\n".join(ZQ).replace("周晨阳", "吴欣悦").replace("87018821", "87018855") + "\n")
lab("p30_征求意见稿.txt", "pass", [], [], "plain-text twin of p29 (clean)")
pm3 = mobile()
w(f"{OUT}/n07_征求意见稿_联系人手机.txt", "\n".join(ZQ).replace("联系电话：0571-87018821", f"联系电话：0571-87018821，手机：{pm3}") + "\n")
lab("n07_征求意见稿_联系人手机.txt", "review", ["mobile_phone"], [pm3], "twin of p30: the 联系人 also gives a personal 手机 beside the office phone (README: review unless the office publishes it)")
TZ = ["杭州市西湖区人民政府办公室关于做好2026年冬季安全生产工作的通知", "西政办发〔2026〕15号", "各镇人民政府、街道办事处，区政府各部门、各直属单位：",
      "为切实做好今冬明春安全生产工作，现将有关事项通知如下：", "一、强化风险隐患排查整治。", "二、加强重点时段值班值守。", "三、请各单位于12月10日前将工作开展情况报区应急管理局（联系人：林佳琪，电话：0571-87019110，邮箱：xhyjj@xihu.gov.cn）。",
      "附件：1.2026年冬季安全生产检查表.xlsx", "2.重点行业领域隐患排查清单.docx", "3.值班安排表.pdf", "杭州市西湖区人民政府办公室", "2026年11月19日", "（此件公开发布）"]
JS["tongzhi"] = TZ
lab("p31_通知附件.docx", "pass", [], [], "npm docx 通知 with an 附件 list of file names, 文号, 联系人 with landline and mailbox, （此件公开发布）")
d = newdoc()
p = d.add_paragraph("000123"); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
center(d, "杭州市西湖区人民政府文件", 26)
center(d, "西政发〔2026〕8号")
center(d, "杭州市西湖区人民政府关于印发西湖区优化营商环境十条措施的通知", 16)
for t in ["各镇人民政府、街道办事处，区政府各部门、各直属单位：", "现将《西湖区优化营商环境十条措施》印发给你们，请认真贯彻执行。", "杭州市西湖区人民政府", "2026年11月10日", "（此件公开发布）"]:
    d.add_paragraph(t)
d.add_paragraph("抄送：区委各部门，区人大常委会办公室，区政协办公室。")
d.add_paragraph("杭州市西湖区人民政府办公室　　　　2026年11月10日印发")
d.add_paragraph("公开属性：主动公开")
d.save(f"{OUT}/p32_公文_份号.docx"); d.save(f"{B}/p33_公文_份号.docx")
lab("p32_公文_份号.docx", "pass", [], [], "python-docx 公文 with 份号 000123 at the head, no 密级 marking, 公开属性：主动公开 and 版记")
lab("p33_公文_份号.pdf", "pass", [], [], "LibreOffice PDF of p32")
for fn in ["n08_公文_机密.docx", "n09_公文_机密.pdf"]:
    d = newdoc()
    t = d.add_table(rows=1, cols=2); t.cell(0, 0).text = "000123"; t.cell(0, 1).text = "机密★1年"
    center(d, "杭州市西湖区人民政府文件", 26); center(d, "西政发〔2026〕8号")
    center(d, "杭州市西湖区人民政府关于印发西湖区优化营商环境十条措施的通知", 16)
    for x in ["各镇人民政府、街道办事处，区政府各部门、各直属单位：", "现将《西湖区优化营商环境十条措施》印发给你们，请认真贯彻执行。", "杭州市西湖区人民政府", "2026年11月10日"]:
        d.add_paragraph(x)
    d.save(f"{OUT}/{fn}" if fn.endswith("docx") else f"{B}/n09_公文_机密.docx")
lab("n08_公文_机密.docx", "block", ["classified_marking"], [], "twin of p32: 份号 and 机密★1年 side by side in the head (a borderless table as offices lay out 份号/密级)")
lab("n09_公文_机密.pdf", "block", ["classified_marking"], [], "LibreOffice PDF of n08")
d = newdoc()
for t in JY: d.add_paragraph(t.replace("公开属性：主动公开", "（此件不公开）"))
d.save(f"{OUT}/n10_会议纪要_不公开.docx")
lab("n10_会议纪要_不公开.docx", "review", ["sensitive_term"], [], "python-docx twin of p25: the 纪要 ends with （此件不公开） instead of 主动公开")
JS["neibu"] = True
lab("n11_内部资料.docx", "review", ["sensitive_term"], [], "npm docx: a 保密宣传 text whose page header is the label 内部资料　注意保存")
w(f"{OUT}/n12_内部资料.txt", "内部资料　注意保存\n\n" + "\n".join(BM) + "\n")
lab("n12_内部资料.txt", "review", ["sensitive_term"], [], "twin of p20 as text: first line is the label 内部资料　注意保存")

# ---------------------------------------------------------------- 依申请答复, ISBN, footer
DF = ["政府信息公开申请答复书", "西政依复〔2026〕第0231号", "张某某：",
      "本机关于2026年10月28日收到您提出的政府信息公开申请，要求获取“西湖区2025年度征兵工作兵员分配计划”。",
      "经审查，您申请获取的信息经依法确定为国家秘密，根据《中华人民共和国政府信息公开条例》第十四条的规定，不予公开。",
      "您申请获取的“区应急指挥部内部通讯录”属于内部事务信息，根据《条例》第十六条第一款的规定，不予公开。",
      "如对本答复不服，可以自收到本答复之日起60日内向杭州市西湖区人民政府申请行政复议，或者在6个月内向杭州市西湖区人民法院提起行政诉讼。",
      "杭州市西湖区人民政府办公室（政府信息公开专用章）", "2026年11月11日"]
d = newdoc()
for t in DF: d.add_paragraph(t)
d.save(f"{OUT}/p34_依申请答复书.docx")
lab("p34_依申请答复书.docx", "pass", [], [], "python-docx 依申请公开答复书 to a masked applicant 张某某: says the requested information 经依法确定为国家秘密, refuses under 第十四条/第十六条 (the letter itself contains no secret)")
ISBN = ["西湖区地方志办公室出版物目录（2020—2025）", "1.《西湖区志（1996—2015）》，方志出版社，2021年，ISBN 978-7-5144-4512-3", "2.《西湖年鉴2024》，浙江人民出版社，2024年，ISBN 978-7-213-11526-8",
        "3.《西湖年鉴2025》，浙江人民出版社，2025年，ISBN 9787213118420", "4.《西湖文史》（季刊），内部连续性资料，准印证号 浙内准字第A0127号", "5.《杭州研究》，ISSN 1674-9987，CN 33-1341/C", "6.《西湖区统计年鉴2025》，中国统计出版社，ISBN 978-7-5230-0418-9"]
w(f"{OUT}/p35_出版物目录.txt", "\n".join(ISBN) + "\n")
lab("p35_出版物目录.txt", "pass", [], [], "ISBN-13 with and without hyphens (9787213118420 is 13 digits), ISSN, CN 刊号, a 准印证号; docs/ do not name 内部连续性资料 — a careful reviewer passes a bibliographic description")
w(f"{OUT}/p36_出版物目录.html", cms(ISBN[0], "<ul>" + "".join(f"<li>{t}</li>" for t in ISBN[1:]) + "</ul>", crumbs="首页 > 走进西湖 > 地方志"))
lab("p36_出版物目录.html", "pass", [], [], "CMS page of the ISBN/ISSN list")
w(f"{OUT}/p37_网站首页.html", cms("西湖区人民政府门户网站", "<ul><li><a href='/art/2026/11/20/art_1.html'>西湖区召开2026年冬季安全生产工作会议</a></li><li><a href='https://www.zjzwfw.gov.cn/'>浙江政务服务网</a></li><li><a href='/col/col1229.html'>政府信息公开指南</a></li><li><a href='/col/col1230.html'>依申请公开</a></li></ul><p><img src='/images/wx.png' alt='西湖发布微信公众号二维码'> 扫码关注“西湖发布”</p><p>政务服务热线：12345　市场监管投诉：12315　生态环境投诉：12369</p>", footer_extra=" <a href='https://www.gov.cn/'>中国政府网</a> <a href='https://www.zj.gov.cn/'>浙江省人民政府</a>"))
lab("p37_网站首页.html", "pass", [], [], "CMS homepage: QR-code alt texts, hotlines 12345/12315/12369, ICP备案号 and 浙公网安备 14-digit number, 网站标识码 in footer")
w(f"{OUT}/n13_网站页脚_内网.html", cms("西湖区人民政府门户网站", "<ul><li><a href='/art/2026/11/20/art_1.html'>西湖区召开2026年冬季安全生产工作会议</a></li></ul>", footer_extra=" <a href='http://10.32.18.6:8080/oa/login.jsp'>内部办公系统</a>"))
lab("n13_网站页脚_内网.html", "review", ["internal_address"], [], "twin of p37: the footer links to an intranet OA at http://10.32.18.6:8080")

# ---------------------------------------------------------------- 补贴发放
def butie(n, card_row=None):
    rows = [["序号", "姓名", "身份证号", "村（社区）", "补贴类别", "发放金额（元）", "社保卡号"]]
    raws = []
    for i in range(1, n + 1):
        nm = name(); idc = idcard(year=R.randint(1940, 1960)); card = luhn("621", 19)
        cshow = card[:6] + "*" * 9 + card[-4:]
        if i == card_row: cshow = card; raws.append(card)
        rows.append([str(i), mname(nm), mid(idc), R.choice(["双浦村", "转塘社区", "留下社区", "龙坞村"]), "高龄津贴", f"{R.choice([50, 100, 200])}.00", cshow])
    return rows, raws
rows, _ = butie(12)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "11月发放"
ws.append(["西湖区2026年11月高龄津贴发放公示"]); [ws.append(r) for r in rows]
ws.append(["合计", "", "", "", "", "1,650.00", ""]); ws.append(["监督电话：0571-87019560（区民政局）"])
wb.save(f"{OUT}/p38_高龄津贴公示.xlsx")
lab("p38_高龄津贴公示.xlsx", "pass", [], [], "openpyxl 补贴发放公示: masked names, masked IDs, masked 社保卡号 (6+9*+4), amounts")
rows, raws = butie(12, card_row=7)
JS["butie"] = {"rows": rows}
lab("n14_高龄津贴_卡号.xlsx", "block", ["bank_card"], raws, "exceljs twin of p38: row 7's 社保卡号 (UnionPay 62…, Luhn) left whole")
rows, raws2 = butie(10, card_row=3)
w(f"{B}/n15_补贴发放_卡号.html", print_html("西湖区2026年第三季度困难残疾人生活补贴发放名单", tbl(rows)))
lab("n15_补贴发放_卡号.pdf", "block", ["bank_card"], raws2, "Chromium PDF 补贴发放 table: row 3's card number whole in the 社保卡号 column")
rows, _ = butie(10)
w(f"{B}/p39_补贴发放.html", print_html("西湖区2026年第三季度困难残疾人生活补贴发放名单", tbl(rows)))
lab("p39_补贴发放.pdf", "pass", [], [], "Chromium PDF clean twin of n15: all cards masked")
JS["caigou_xlsx"] = [["序号", "项目编号", "采购项目名称", "预算金额（元）", "预计采购时间", "采购单位", "联系电话"]] + [[str(i), f"XHYX2026-{i:04d}", p, str(R.randint(10**6, 10**9)), f"2026年{R.randint(1,12)}月", "杭州市西湖区教育局", "0571-87654321"] for i, p in enumerate(["校园安防系统升级", "食堂食材配送服务", "校服采购", "教学仪器设备", "图书采购", "网络安全等级保护测评"], 1)]
lab("p40_采购意向.xlsx", "pass", [], [], "exceljs 政府采购意向 list: 项目编号 XHYX2026-0001, budget amounts up to 9 digits as text, landline column")
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "处罚公示"
ws.append(["行政处罚决定书文号", "处罚类别", "行政相对人名称", "统一社会信用代码", "法定代表人", "罚款金额（万元）", "处罚决定日期", "处罚机关"])
for i in range(8):
    ws.append([f"杭西市监处罚〔2026〕{R.randint(10, 300)}号", R.choice(["罚款", "警告；罚款", "没收违法所得；罚款"]), R.choice(["杭州", "浙江"]) + R.choice(["恒泰", "佳禾", "瑞丰", "东升", "百川", "锦程"]) + R.choice(["商贸", "科技", "餐饮", "建筑"]) + "有限公司", uscc(), name(), f"{R.randint(1, 50)}.{R.randint(0, 9)}", f"2026/{R.randint(1, 11)}/{R.randint(1, 28)}", "杭州市西湖区市场监督管理局"])
wb.save(f"{OUT}/p41_处罚公示.xlsx")
lab("p41_处罚公示.xlsx", "pass", [], [], "openpyxl 行政处罚 双公示 list: 文号, company names, 统一社会信用代码, legal representatives' names")
nb = ["西湖区政府信息公开工作年度报告（2025年）数据表", "", "| 指标 | 数量 |", "|---|---|", "| 主动公开政府信息 | 16384 |", "| 属于国家秘密（不予公开） | 2 |", "| 危及“三安全一稳定”（不予公开） | 1 |",
      "| 属于工作秘密以外的内部事务信息 | 10 |", "| 行政复议 维持 | 3 |", "", "说明：表中“属于国家秘密”系不予公开理由的统计类别。"]
w(f"{OUT}/p42_年报数据.md", "\n".join(nb) + "\n")
lab("p42_年报数据.md", "pass", [], [], "Markdown pipe table of 年报 figures whose row labels name 属于国家秘密 / 工作秘密 as categories")

json.dump(JS, open(f"{B}/js_data.json", "w", encoding="utf-8"), ensure_ascii=False)
json.dump(L, open(f"{B}/labels_py.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
