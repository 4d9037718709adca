import sys, random
sys.path.insert(0, ".")
from common import *
random.seed(2424)
CC1 = credit_code("91330106MA2H7K3Q1"); CC2 = credit_code("91330100704201368"); CC4 = credit_code("91330108MA27YB5W0"); CC3 = credit_code("12330185002493117")
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, Frame, PageTemplate, BaseDocTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
ST = ParagraphStyle("s", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK", alignment=4)
STC = ParagraphStyle("c", parent=ST, fontSize=9, leading=11, alignment=2)
H = ParagraphStyle("h", parent=ST, fontSize=16, leading=24, alignment=1)

# r01 budget table
doc = SimpleDocTemplate(f"{OUT}/r01_yusuan_stsong.pdf", pagesize=A4)
names = ["一般公共服务支出","公共安全支出","教育支出","科学技术支出","社会保障和就业支出","卫生健康支出","城乡社区支出","农林水支出"]
amts = [15823417600,13904521800,18622103500,13577208900,17053398200,13865214700,21436610500,15001237800]
data = [["科目编码","科目名称","2026年预算数（元）","2025年执行数（元）","增长（%）"]]
for i,(n,a) in enumerate(zip(names,amts)):
    p = int(a*random.uniform(0.92,1.03)); data.append([f"2{i+1:02d}", n, f"{a:,}", f"{p:,}", f"{(a-p)/p*100:.1f}"])
data.append(["", "合计", f"{sum(amts):,}", "", ""])
t = Table(data); t.setStyle(TableStyle([("FONT",(0,0),(-1,-1),"STSong-Light",10),("GRID",(0,0),(-1,-1),0.5,colors.black),("ALIGN",(2,1),(-1,-1),"RIGHT")]))
doc.build([Paragraph("临安区2026年一般公共预算支出表", H), Spacer(1,8), t, Spacer(1,8), Paragraph("编制单位：临安区财政局　联系电话：0571-63720351　统一社会信用代码："+CC3, ST)])
label("r01_yusuan_stsong.pdf", note="ReportLab UnicodeCIDFont STSong-Light: budget Table with comma-grouped 11-digit amounts in 元 columns; an institution's credit code; must pass")

# r02 Tc letter-spaced title + manual line breaks mid-number
c = canvas.Canvas(f"{OUT}/r02_tc_spaced_wrapped.pdf", pagesize=A4)
c.setFont("STSong-Light", 22); t = c.beginText(150, 780); t.setCharSpace(14); t.textLine("统计公报"); c.drawText(t)
c.setFont("STSong-Light", 12); t = c.beginText(200, 750); t.setCharSpace(6); t.textLine("（第二号）"); c.drawText(t)
lines = ["临安区2025年全区财政总收入23418762500元，其中一般公共预算收入1356",
         "2874300元，增长4.6%；政府性基金预算收入13652107800元。全年一般公共预",
         "算支出15892340100元，其中民生支出占比78.6%。重点项目（项目编号20261",
         "10100012）完成投资1386420000元，实施单位统一社会信用代码91330106MA2",
         "H7K3Q1P。全年政务服务热线12345受理诉求186213件，统计局电话0571-6372",
         "1058。发布日期：2026年3月18日。"]
c.setFont("STSong-Light", 10.5); t = c.beginText(60, 700); t.setLeading(18)
for l in lines: t.textLine(l)
c.drawText(t); c.showPage(); c.save()
assert CC1 == "91330106MA2H7K3Q1P"
label("r02_tc_spaced_wrapped.pdf", note="ReportLab canvas: title with Tc char spacing 14pt; paragraph lines broken by hand inside 13562874300元, 项目编号 2026110100012, a credit code and a landline; must pass")

# r03 决算 narrow cells with Paragraph wrapping
doc = SimpleDocTemplate(f"{OUT}/r03_juesuan_narrowcells.pdf", pagesize=A4)
data = [[Paragraph(x, STC) for x in ["项目编号","项目名称","年初预算（元）","决算数（元）","完成率"]]]
for i,(n,a) in enumerate(zip(names,amts)):
    data.append([Paragraph(f"20261101{i+100:05d}", STC), Paragraph(n, STC), Paragraph(str(a), STC), Paragraph(str(a-random.randint(0,10**8)), STC), Paragraph(f"{random.randint(9300,10000)/100:.2f}%", STC)])
t = Table(data, colWidths=[48,70,46,46,40]); t.setStyle(TableStyle([("GRID",(0,0),(-1,-1),0.5,colors.black),("VALIGN",(0,0),(-1,-1),"TOP")]))
doc.build([Paragraph("临安区2025年部门决算表（项目支出）", H), Spacer(1,6), t])
label("r03_juesuan_narrowcells.pdf", note="ReportLab Table with Paragraph cells 46–48pt wide: 13-digit 项目编号 and 11-digit amounts (13904521800, 13577208900…) wrapped onto two lines inside cells headed 元/项目编号; must pass")

# r04 two-column frames
doc = BaseDocTemplate(f"{OUT}/r04_twocol_frames.pdf", pagesize=A4)
fw = (A4[0]-100)/2 - 10
doc.addPageTemplates([PageTemplate(frames=[Frame(50,50,fw,A4[1]-100,id="l"),Frame(50+fw+20,50,fw,A4[1]-100,id="r")])])
paras = ["临安区2025年人口变动情况抽样调查主要数据公报", "根据2025年全区1‰人口变动情况抽样调查，年末全区常住人口652318人，比上年末增加3127人。其中，城镇人口412356人，乡村人口239962人，城镇化率63.21%。",
         "全年出生人口4218人，出生率6.69‰；死亡人口5031人，死亡率7.97‰；人口自然增长率-1.28‰。",
         "常住人口中，0-14岁人口83219人，占12.76%；15-59岁人口389516人，占59.71%；60岁及以上人口179583人，占27.53%，其中65岁及以上人口132870人，占20.37%。",
         "常住人口中，具有大学（大专及以上）文化程度的人口131865人；每10万人中具有大学文化程度的由19216人上升为20215人。"] * 3
doc.build([Paragraph(p, ST) for p in paras])
label("r04_twocol_frames.pdf", note="ReportLab two Frames (two columns) of justified CJK paragraphs, population figures and per-mille rates; must pass")

# r05 wrapped bulletin with amounts at line ends via Paragraph justified narrow
doc = SimpleDocTemplate(f"{OUT}/r05_gongbao_justify.pdf", pagesize=A4, leftMargin=150, rightMargin=150)
txt = ("全年全区完成固定资产投资13628451900元，增长5.1%。其中工业投资4123658700元，民间投资7351286400元，基础设施投资13905123400元。"
       "全年新设立市场主体15823户，其中企业6218户；年末实有市场主体138762户。全区专利授权量5127件，其中发明专利授权1386件。"
       "年末金融机构本外币存款余额186213456700元，贷款余额172358904600元。全年接待游客1386.2万人次，实现旅游总收入13812345600元。")
doc.build([Paragraph("五、固定资产投资与市场主体", H), Paragraph(txt, ST), Paragraph(txt.replace("全年", "2024年"), ST)])
label("r05_gongbao_justify.pdf", note="ReportLab justified CJK paragraph in a narrow text block: 11–12 digit amounts in 元 broken at line ends by the CJK wrap; must pass")

# T3 twin: ReportLab 机密★1年
c = canvas.Canvas(f"{OUT}/t03_rl_marking.pdf", pagesize=A4)
c.setFont("STSong-Light", 16); c.drawString(60, 790, "机密★1年")
c.setFont("STSong-Light", 20); t = c.beginText(170, 740); t.setCharSpace(10); t.textLine("部门预算调整表"); c.drawText(t)
c.setFont("STSong-Light", 10.5)
y = 700
for i,(n,a) in enumerate(zip(names,amts)):
    c.drawString(60, y, f"2{i+1:02d}   {n}   {a:,}元"); y -= 18
c.showPage(); c.save()
label("t03_rl_marking.pdf", "block", ["classified_marking"], note="TWIN of r01: ReportLab STSong-Light page with 机密★1年 at the top left; block")

# ---- python-docx
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
def spaced(run, twips):
    rpr = run._r.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(twips)); rpr.append(sp)
def setfont(doc):
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

d = docx.Document(); setfont(d)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("统计公报"); r.font.size = Pt(22); r.bold = True; spaced(r, 400)
for s in ["全年全区实现地区生产总值68732185400元，比上年增长6.3%。一般公共预算收入13562874300元，增长4.6%，其中税收收入11807215600元。",
          "年末户籍人口631245人；全年出生人口4218人，死亡人口5031人。"]:
    p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
for i, h in enumerate(["指标","单位","绝对数","增长（%）"]): tb.rows[0].cells[i].text = h
for row in [("地区生产总值","元","68732185400","6.3"),("规模以上工业总产值","元","15723468100","6.8"),("社会消费品零售总额","元","18762093500","4.9"),("进出口总额","元","13912345600","-2.1"),("户籍人口","人","631245","0.4"),("新设市场主体","户","6","—")]:
    cs = tb.add_row().cells
    for i, v in enumerate(row): cs[i].text = v
d.add_paragraph("临安区统计局　2026年3月18日　咨询电话：0571-63721058")
d.core_properties.author = "临安区统计局"
d.save(f"{OUT}/d01_gongbao_table.docx")
label("d01_gongbao_table.docx", note="python-docx: letter-spaced title (w:spacing 400), justified paragraphs and a table with 11-digit amounts in a 元 unit column (13912345600 shaped like a mobile); author property = agency (info); must pass")

d = docx.Document(); setfont(d)
d.add_heading("临安区2026年度政府购买服务项目成交结果公告", 1)
tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
for i, h in enumerate(["项目编号","项目名称","成交供应商","统一社会信用代码","成交金额（元）"]): tb.rows[0].cells[i].text = h
for row in [("LAGM2026-0031","社区养老服务","临安区某某养老服务中心",CC3,"1,386,420.00"),("LAGM2026-0032","12345热线外包服务","浙江某某信息技术有限公司",CC4,"13,562,874.30"),("LAGM2026-0033","物业管理服务","杭州某某物业管理有限公司",CC2,"2,481,100.30")]:
    cs = tb.add_row().cells
    for i, v in enumerate(row): cs[i].text = v
d.add_paragraph("履约保证金账户：户名：临安区政府采购中心；开户行：中国农业银行临安支行；账号：19-045101-0400-12345。")
d.add_paragraph("采购人：临安区民政局，联系人：陈某某，联系电话：0571-63728890。")
d.save(f"{OUT}/d02_chengjiao_gonggao.docx")
label("d02_chengjiao_gonggao.docx", note="python-docx procurement result: serials, companies' credit codes, amounts, an agency's grouped 账号 19-045101-0400-12345, masked contact 陈某某 and office landline; must pass")

d = docx.Document(); setfont(d)
d.add_heading("2026年临安区中小学教师资格认定合格人员名单", 1)
tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
for i, h in enumerate(["序号","证书编号","姓名","任教学科","认定日期"]): tb.rows[0].cells[i].text = h
fam = "张王李赵刘陈杨黄吴周"
for i in range(1, 21):
    cs = tb.add_row().cells
    for j, v in enumerate([str(i), f"2026330{random.randint(1000000,9999999)}{i:03d}", f"{fam[i%10]}某某", ["语文","数学","英语","科学"][i%4], f"2026-10-{i%28+1:02d}"]): cs[j].text = v
d.add_paragraph("如有异议，请于公示期内（2026年11月01日至11月07日）向临安区教育局反映，电话：0571-63722100。")
d.save(f"{OUT}/d03_zige_mingdan.docx")
label("d03_zige_mingdan.docx", note="python-docx table of 17-digit 证书编号 with masked names 某某; must pass")

d = docx.Document(); setfont(d)
sect = d.sections[0]; cols = sect._sectPr.xpath("./w:cols")
colsel = cols[0] if cols else OxmlElement("w:cols")
colsel.set(qn("w:num"), "2"); colsel.set(qn("w:space"), "425")
if not cols: sect._sectPr.append(colsel)
for s in ["一、居民收入。全年全体居民人均可支配收入62318元，增长5.2%。城镇常住居民人均可支配收入68215元，农村常住居民人均可支配收入45127元。", "二、消费。全体居民人均消费支出38621元，增长4.8%。", "三、就业。全年城镇新增就业13826人，城镇登记失业率1.86%。"] * 4:
    p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
d.save(f"{OUT}/d04_twocol_section.docx")
label("d04_twocol_section.docx", note="python-docx two-column section (w:cols num=2), justified income and employment statistics; must pass")

# T5 twin: hidden text in docx
d = docx.Document(); setfont(d)
d.add_paragraph("临安区2026年1-10月财政收支情况")
p = d.add_paragraph("1-10月，一般公共预算收入11903245600元，增长3.6%。")
r = p.add_run("（此数含一次性土地出让收入调库，暂不对外解释，待局党组会议研究后再定口径）"); r.font.hidden = True
d.save(f"{OUT}/t05_docx_hidden.docx")
label("t05_docx_hidden.docx", "review", ["hidden_content"], note="TWIN of d01: a python-docx run marked hidden (w:vanish) carrying an internal note after an amount; review")

# ---- openpyxl
import openpyxl
from openpyxl.styles import Font, PatternFill
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "支出预算"
ws.append(["科目编码","科目名称","预算数（元）","财政拨款（元）","其他资金（元）"])
for i,(n,a) in enumerate(zip(names,amts)):
    ws.append([f"2{i+1:02d}", n, a, a - 1000000*(i+1), 1000000*(i+1)])
for row in ws.iter_rows(min_row=2, min_col=3, max_col=4):
    for cl in row: cl.number_format = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)'
for cl in ws["E"][1:]: cl.number_format = '#,##0'
ws.append(["", "合计", f"=SUM(C2:C{len(names)+1})"])
wb.save(f"{OUT}/x01_yusuan_accounting.xlsx")
label("x01_yusuan_accounting.xlsx", note="openpyxl: 11-digit amounts stored as numbers shown in accounting format under 元 headings; must pass")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "GDP"
ws.append(["地区","地区生产总值（元）","常住人口（人）","人均GDP（元）","增速（%）"])
for n, g, pop in [("全省",8.25e12,66270000),("杭州市",2.09e12,12620000),("宁波市",1.77e12,9690000),("临安区",68732185400,652318),("某某县",13562874300,231876)]:
    ws.append([n, g, pop, round(g/pop), round(random.uniform(4,7),1)])
for cl in ws["B"][1:]: cl.number_format = "0.00E+00"
for cl in ws["C"][1:]: cl.number_format = "0.00E+00"
ws["A8"] = "注：1.35E+12 即 1350000000000；表中地区生产总值以科学计数法显示。"
wb.save(f"{OUT}/x02_gdp_scientific.xlsx")
label("x02_gdp_scientific.xlsx", note="openpyxl: GDP and population in scientific format (6.87E+10, 1.36E+10 whose stored digits 13562874300 look like a mobile) under 元/人 headings; must pass")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "设备台账"
ws.append(["设备编号","设备名称","型号","出厂编号","购置日期","原值（元）","使用部门"])
rows = [("E1234 5678","应急指挥车载终端","G12345678","SN20260312001","2026-03-12",186420,"应急管理局"),
        ("E2231 0098","无人机","DJI-M30T","1581F5BKD23160034","2025-11-02",98600,"自然资源局"),
        ("P3021 7765","便携式水质检测仪","PQ-8000","HZ2026-0418","2026-04-18",32800,"生态环境分局"),
        ("G5521 0012","执法记录仪","DSJ-G55210012","13570012345","2024-08-30",2380,"市场监管局")]
for r in rows: ws.append(list(r))
ws2 = wb.create_sheet("差旅航班")
ws2.append(["出差日期","航班号","出发","到达","机型","票价（元）","事由"])
for r in [("2026-09-03","CA1705","杭州","北京","A321",1260,"参加全国统计年报会议"),("2026-09-06","MU5136","北京","杭州","B737-800",980,"返程"),("2026-10-11","ZH9871","杭州","深圳","A320neo",1120,"考察数字政府建设")]:
    ws2.append(list(r))
wb.save(f"{OUT}/x03_shebei_hangban.xlsx")
label("x03_shebei_hangban.xlsx", note="openpyxl: 设备编号 E1234 5678 and 型号 G12345678 (passport-shaped but not passports, no 护照 keyword), 出厂编号 13570012345 in a 出厂编号 column, 航班号 sheet; must pass")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "转移支付"
ws.append(["乡镇（街道）","转移支付金额（元）","其中：专项（元）","项目数"])
for n, a in [("锦城街道",13512345678),("於潜镇",15823417600),("昌化镇",1386420000),("太湖源镇",905172300),("合计",31627355578)]:
    ws.append([n, a, int(a*0.3), random.randint(1,9)])
for cl in ws["B"][1:]: cl.number_format = "0.00E+00"
for cl in ws["C"][1:]: cl.number_format = '[$¥-804]#,##0;-[$¥-804]#,##0'
wb.save(f"{OUT}/x04_zhuanyi_zhifu_sci.xlsx")
label("x04_zhuanyi_zhifu_sci.xlsx", note="openpyxl: 13512345678 and 15823417600 yuan stored as integers and shown 1.35E+10 (format hides digits, stored digits read beside it) in a column headed 转移支付金额（元）; rows of single digits; ¥ accounting format; must pass")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "人口"
ws.append(["村（社区）","户数","人口","男","女","60岁以上","残疾人数","低保户数"])
for i in range(30):
    p = random.randint(800, 4000); m = p//2
    ws.append([f"某某村{i+1:02d}", p//3, p, m, p-m, p//4, random.randint(0,9), random.randint(0,9)])
wb.save(f"{OUT}/x05_cun_renkou.xlsx")
label("x05_cun_renkou.xlsx", note="openpyxl: village table with rows of single digits and small counts; must pass")

# T6 twin: personal mobile in a directory
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "通讯录"
ws.append(["单位","职务","姓名","办公电话","手机"])
ws.append(["区财政局","办公室","值班室","0571-63720351",""])
ws.append(["区统计局","办公室","值班室","0571-63721058",""])
ws.append(["区教育局","综合科","王建华","0571-63722100",13857162394])
wb.save(f"{OUT}/t06_xlsx_mobile.xlsx")
label("t06_xlsx_mobile.xlsx", "review", ["mobile_phone"], ["13857162394"], note="TWIN of x01: openpyxl directory with one person's mobile 13857162394 stored as a number under 手机; review")

save_labels("py")
