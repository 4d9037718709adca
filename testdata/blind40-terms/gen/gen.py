#!/usr/bin/python3
# Generator of blind40-terms: plain text, CSV, Markdown, HTML, python-docx, openpyxl, ReportLab.
# npm docx / exceljs files come from gen.js; LibreOffice and Chromium PDFs from build.sh.
import os, json, csv, io
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
import openpyxl
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("OUT", os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "src")
os.makedirs(OUT, exist_ok=True); os.makedirs(SRC, exist_ok=True)
LABELS = []

def lab(f, v, cats, note):
    LABELS.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": [], "note": note})

def wtxt(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="\n") as fh:
        fh.write(text)

def wsrc(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as fh:
        fh.write(text)

def cms(title, body, extra_head=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_青州市人民政府</title>{extra_head}
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:0}} .nav a{{margin:0 8px}} .art{{width:900px;margin:20px auto}} .foot{{font-size:12px;color:#666;text-align:center}}</style>
</head><body>
<div class="top">青州市人民政府门户网站</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div>
<div class="art">
<h1>{title}</h1>
<div class="info">发布时间：2026-11-18　来源：市政府办公室　浏览次数：126</div>
{body}
</div>
<div class="foot">主办：青州市人民政府办公室　联系电话：0536-3211000　ICP备案：鲁ICP备05001234号</div>
</body></html>
"""

# ---------------------------------------------------------------- positives, plain text
wtxt("p01_huiyi_jiyao.txt", """青州市城市更新工作专班第七次会议纪要

2026年11月12日，专班在市住建局三楼会议室召开第七次会议，研究老旧小区改造资金拼盘和施工组织问题。
一、会议听取了各街道改造进度汇报，截至11月10日，37个小区已开工31个。
二、会议明确，资金缺口部分由市财政局会同住建局另行提出方案，报市政府审定。
三、施工期间要做好居民告知和安全围挡，杜绝夜间违规施工。

出席：专班成员单位负责同志
本纪要属工作秘密，请勿外传。
""")
lab("p01_huiyi_jiyao.txt", "review", ["sensitive_term"], "UTF-8 text: meeting minutes ending with a declaration 本纪要属工作秘密，请勿外传")

wtxt("p02_neibu_ziliao_gb18030.txt", """内部资料　注意保存

关于近期全市安全生产形势的情况通报

各镇（街道），市直有关部门：
十月份以来，全市共发生一般生产安全事故3起，死亡3人，同比持平。建筑施工和道路运输领域事故占比较高，
部分企业隐患排查流于形式。请各地各部门对照通报问题立即开展自查，11月30日前将整改情况报市安委办。

青州市安全生产委员会办公室
2026年11月15日
""", enc="gb18030")
lab("p02_neibu_ziliao_gb18030.txt", "review", ["sensitive_term"], "GB18030 text: label line 内部资料　注意保存 (full-width space) on the first line of a 情况通报")

wtxt("p03_quanjiao_kongge.txt", """2026年第三季度重点项目调度情况

仅　供　内　部　参　考

本季度全市47个市级重点项目完成投资86.3亿元，占年度计划的78.2%。其中产业类项目完成投资41.7亿元，
基础设施类项目完成投资30.2亿元，社会民生类项目完成投资14.4亿元。滞后项目5个，已逐一落实责任领导。
""")
lab("p03_quanjiao_kongge.txt", "review", ["sensitive_term"], "text: label 仅供内部参考 written with a full-width space between every character, alone on its line")

wtxt("p04_fanti.txt", """關於北部新區規劃調整有關情況的報告

市政府：
根據市領導批示要求，現將北部新區控制性詳細規劃調整有關情況報告如下。
一、調整範圍涉及三個地塊，總面積約42公頃。
二、調整後居住用地比例下降，公共服務設施用地相應增加。

本文件屬工作秘密，嚴禁上網。
""")
lab("p04_fanti.txt", "review", ["sensitive_term"], "text in traditional characters: 本文件屬工作秘密，嚴禁上網 (declared of the text, with a label's order)")

wtxt("p05_lingkuan.txt", "关于调整部分岗位人员的说明\n\n根据工作需要，拟对综合科、规划科部分岗位进行轮岗交流，方案经局党组研究后实施。\n本材料属工\u200d作\u200b秘\u2060密，请勿外传。\n")
lab("p05_lingkuan.txt", "review", ["sensitive_term"], "text: 本材料属工作秘密 with zero-width joiner / space / word joiner between the term's characters")

# ---------------------------------------------------------------- positives, HTML
wtxt("p06_shiti.html", cms("全市河长制工作推进情况", """<p class="mark" style="font-weight:bold">&#x5185;&#x90E8;&#x8D44;&#x6599;&#xFF0C;&#x8BF7;&#x52FF;&#x5916;&#x4F20;</p>
<p>今年以来，全市各级河长累计巡河1.2万人次，发现并交办问题386个，已整改376个。</p>
<p>下一步，将重点推进入河排污口整治和河道“清四乱”常态化。</p>"""))
lab("p06_shiti.html", "review", ["sensitive_term"], "CMS HTML: visible line 内部资料，请勿外传 written entirely as numeric HTML entities")

wtxt("p07_zhushi.html", cms("关于2026年冬季供暖保障工作的通知", """<!-- 编辑备注：本稿为内部资料，请勿外传，待分管领导审定后再发 -->
<p>各供热企业：</p>
<p>为确保今冬供暖平稳有序，现就有关事项通知如下：一、11月15日起正式供暖；二、室温不低于18摄氏度；三、畅通投诉渠道。</p>"""))
lab("p07_zhushi.html", "review", ["sensitive_term", "hidden_content"], "CMS HTML: editor's HTML comment saying the draft is 内部资料，请勿外传")

# ---------------------------------------------------------------- positives, python-docx
def newdoc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d

d = newdoc()
d.add_paragraph("青州市交通运输局关于城区公交线网优化的工作汇报")
d.add_paragraph("一、现有线路42条，线网重复系数偏高，部分线路客流不足。")
d.add_paragraph("二、拟撤并线路5条，新开微循环线路3条，调整后线网覆盖率提高到92%。")
p = d.add_paragraph()
p.add_run("本材料属")
r = p.add_run("工作"); r.bold = True
r = p.add_run("秘"); r.italic = True
r = p.add_run("密"); r.font.color.rgb = RGBColor(0x20, 0x20, 0x20)
p.add_run("。")
d.save(os.path.join(OUT, "p10_runs.docx"))
lab("p10_runs.docx", "review", ["sensitive_term"], "python-docx: 本材料属工作秘密 split over four runs (bold, italic, coloured)")

d = newdoc()
d.sections[0].header.paragraphs[0].text = "内部资料　注意保存"
d.add_paragraph("2026年1—10月全市招商引资情况分析")
d.add_paragraph("1—10月，全市新签约亿元以上项目58个，协议总投资312亿元。制造业项目占比61%，较上年提高6个百分点。")
d.save(os.path.join(OUT, "p11_yemei.docx"))
lab("p11_yemei.docx", "review", ["sensitive_term"], "python-docx: page header holds the label 内部资料　注意保存")

d = newdoc()
d.sections[0].footer.paragraphs[0].text = "仅供内部参考"
d.add_paragraph("关于全市农村集体经济发展情况的调研报告")
d.add_paragraph("调研组走访了12个镇街、36个村，村集体经营性收入10万元以上的村占比达到74%，但区域发展不平衡问题仍较突出。")
d.save(os.path.join(OUT, "p12_yejiao.docx"))
lab("p12_yejiao.docx", "review", ["sensitive_term"], "python-docx: page footer holds the label 仅供内部参考")

d = newdoc()
d.add_paragraph("关于做好2026年度征兵宣传工作的通知")
p = d.add_paragraph()
r = p.add_run("（此件不公开）"); r.font.hidden = True
d.add_paragraph("各镇（街道）人民武装部：请结合实际，通过进校园、进社区等方式广泛开展征兵宣传，营造参军光荣的浓厚氛围。")
d.save(os.path.join(OUT, "p13_yincang_wenzi.docx"))
lab("p13_yincang_wenzi.docx", "review", ["sensitive_term", "hidden_content"], "python-docx: hidden text (w:vanish) run （此件不公开） under the title")

d = newdoc()
d.add_paragraph("2026年11月发文登记表")
t = d.add_table(rows=4, cols=4); t.style = "Table Grid"
rows = [["序号", "文号", "标题", "备注"],
        ["1", "青政办字〔2026〕41号", "关于调整城区停车收费标准的通知", "主动公开"],
        ["2", "青政办字〔2026〕42号", "关于重点项目用地保障情况的报告", "内部资料，请勿外传"],
        ["3", "青政办字〔2026〕43号", "关于开展冬季消防检查的通知", "主动公开"]]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
d.save(os.path.join(OUT, "p14_biaoge.docx"))
lab("p14_biaoge.docx", "review", ["sensitive_term"], "python-docx: table cell under 备注 says 内部资料，请勿外传")

d = newdoc()
d.add_paragraph("市委巡察反馈问题整改推进会议纪要")
d.add_paragraph("会议逐条过了反馈问题清单，明确12项问题的牵头单位和完成时限，要求每周报送进展。")
p = d.add_paragraph()
r = p.add_run("本纪要属工作"); r.add_break()
p.add_run("秘密，严禁上网。")
d.save(os.path.join(OUT, "p15_ruanhuanhang.docx"))
lab("p15_ruanhuanhang.docx", "review", ["sensitive_term"], "python-docx: 本纪要属工作秘密 broken by a soft line break (w:br) between 工作 and 秘密")

d = newdoc()
cp = d.core_properties
cp.title = "内部资料　注意保存"; cp.subject = "仅供内部参考"; cp.author = "综合科"; cp.keywords = "预算 调整"
d.add_paragraph("2026年部门预算调整说明")
d.add_paragraph("因政策性增支因素，本部门年度支出预算调增186万元，主要用于基层网格员补贴和设备更新。")
d.save(os.path.join(OUT, "p16_shuxing.docx"))
lab("p16_shuxing.docx", "review", ["sensitive_term"], "python-docx: body clean, document properties title=内部资料　注意保存 subject=仅供内部参考 (docs: properties are read; a careful reviewer wants the label seen — docs do not say terms in metadata are only info)")

# ---------------------------------------------------------------- positives, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "汇总"
ws.append(["2026年各镇街环境整治资金分配表"]); ws.append(["镇街", "分配金额（万元）", "用途"])
for r in [["云门街道", 120, "背街小巷整治"], ["王府街道", 95, "农贸市场改造"], ["黄楼街道", 80, "河道清淤"]]:
    ws.append(r)
h = wb.create_sheet("底稿"); h.sheet_state = "hidden"
h.append(["内部资料　注意保存"]); h.append(["镇街", "测算依据"]); h.append(["云门街道", "按常住人口和问题点位数测算"])
wb.save(os.path.join(OUT, "p22_yincang_sheet.xlsx"))
lab("p22_yincang_sheet.xlsx", "review", ["sensitive_term", "hidden_content"], "openpyxl: hidden sheet 底稿 whose first cell is 内部资料　注意保存")

# ---------------------------------------------------------------- positives, ReportLab
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
def sw(s, size): return pdfmetrics.stringWidth(s, F, size)

c = canvas.Canvas(os.path.join(OUT, "p28_rl_split.pdf"), pagesize=A4)
c.setTitle("情况说明"); c.setAuthor("办公室")
c.setFont(F, 16); c.drawString(150, 780, "关于城区学校学位供给情况的说明")
c.setFont(F, 12)
c.drawString(72, 740, "今年秋季学期城区小学一年级新增学位1260个，仍有两个学区学位偏紧。")
c.drawString(72, 720, "拟通过挂牌新建和扩班方式在明年秋季前新增学位900个。")
y = 690; x0 = 72; s1 = "本材料属"; s2 = "工作"; s3 = "秘密"; s4 = "，严禁上网。"
# drawn out of order, each piece its own text object
x2 = x0 + sw(s1, 12); x3 = x2 + sw(s2, 12); x4 = x3 + sw(s3, 12)
for txt, x in [(s3, x3), (s4, x4), (s1, x0), (s2, x2)]:
    t = c.beginText(x, y); t.setFont(F, 12); t.textOut(txt); c.drawText(t)
c.showPage(); c.save()
lab("p28_rl_split.pdf", "review", ["sensitive_term"], "ReportLab STSong-Light: 本材料属工作秘密，严禁上网 drawn as four text objects out of order (秘密 first)")

c = canvas.Canvas(os.path.join(OUT, "p29_rl_wrap.pdf"), pagesize=A4)
c.setFont(F, 16); c.drawString(170, 780, "防汛抗旱指挥部工作会议纪要")
c.setFont(F, 12)
lines = ["会议总结了今年汛期防御工作，全市未发生人员伤亡，水库塘坝安全度汛。会议要求",
         "各地抓紧水毁工程修复，开展冬春水利建设。本会议纪要属工作",
         "秘密，请勿外传。"]
y = 740
for ln in lines:
    c.drawString(72, y, ln); y -= 20
c.showPage(); c.save()
lab("p29_rl_wrap.pdf", "review", ["sensitive_term"], "ReportLab STSong-Light: 工作|秘密 cut by a line wrap between two lines")

# ---------------------------------------------------------------- positives, md / csv
wtxt("p31_md.md", """# 2026年度重点课题研究计划（征求意见稿）

> **内部资料，请勿外传**

| 序号 | 课题名称 | 牵头单位 |
|---|---|---|
| 1 | 县域经济高质量发展路径研究 | 市发改委 |
| 2 | 人口变动对公共服务供给的影响 | 市统计局 |

请各单位于12月5日前反馈修改意见。
""")
lab("p31_md.md", "review", ["sensitive_term"], "Markdown: bold blockquote label 内部资料，请勿外传 under the heading")

buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
w.writerow(["序号", "事项", "责任单位", "完成时限", "备注"])
w.writerow(["1", "城区积水点改造", "市住建局", "2026-12-31", ""])
w.writerow(["2", "重点企业用电保障", "市发改委", "2026-12-15", "仅供内部参考"])
w.writerow(["3", "冬季燃气安全检查", "市城管局", "2026-12-20", ""])
wtxt("p32_csv.csv", "重点工作督办台账\n" + buf.getvalue())
lab("p32_csv.csv", "review", ["sensitive_term"], "CSV: a 备注 cell holds the label 仅供内部参考 alone")

# ---------------------------------------------------------------- blocks
wtxt("b01_miji.txt", """机密★5年

关于边境地区重点目标防护的工作方案

一、工作目标：全面排查重点目标周边安全隐患。
二、职责分工：由市国动办牵头，公安、交通等部门配合。
""")
lab("b01_miji.txt", "block", ["classified_marking"], "text: 机密★5年 on the first line")

d = newdoc()
hp = d.sections[0].header.paragraphs[0]
for piece in ["秘", "密", "★", "1", "年"]:
    hp.add_run(piece)
d.add_paragraph("关于重要军工企业周边用地管控的意见")
d.add_paragraph("一、严格控制周边建设项目高度；二、建立联合审查机制。")
d.save(os.path.join(OUT, "b02_yemei_runs.docx"))
lab("b02_yemei_runs.docx", "block", ["classified_marking"], "python-docx: page header 秘密★1年 split into five runs")

wtxt("b03_bare_bracket.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作方案</title></head><body>
<p style="text-align:left;font-weight:bold">【秘密】</p>
<h2 style="text-align:center">关于应急物资储备布局调整的工作方案</h2>
<p>一、储备库点由7个调整为5个，实行分级管理。</p>
<p>二、调整工作于2027年3月底前完成。</p>
</body></html>
""")
lab("b03_bare_bracket.html", "block", ["classified_marking"], "HTML (Word-style export): bare 【秘密】 heading the document")

# ---------------------------------------------------------------- sources for LibreOffice / Chromium
d = newdoc()
p = d.add_paragraph("青州市人民政府办公室关于重点企业用能指标分配方案的函"); p.alignment = 1
p = d.add_paragraph("（此件不公开）"); p.alignment = 1
d.add_paragraph("市发改委：")
d.add_paragraph("你委报来的分配方案收悉。经市政府同意，原则同意按产值能耗比分配用能指标，请抓紧组织实施。")
d.save(os.path.join(SRC, "p25_lo.docx"))
lab("p25_lo.pdf", "review", ["sensitive_term"], "LibreOffice PDF from python-docx: （此件不公开） centred under the title")

d = newdoc()
d.add_paragraph("秘密　保密期限：1年")
p = d.add_paragraph("关于重大活动安保警力部署的方案"); p.alignment = 1
d.add_paragraph("一、核心区由市公安局特警支队负责；二、外围区由属地分局负责。")
d.save(os.path.join(SRC, "b08_lo.docx"))
lab("b08_lo.pdf", "block", ["classified_marking"], "LibreOffice PDF from python-docx: first line 秘密　保密期限：1年 (level with period as a label)")

wsrc("p26_chromium_zijian.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Sans CJK SC";margin:40px} .lb{letter-spacing:0.5em;font-size:16pt;font-weight:bold} h1{text-align:center;font-size:20pt}
</style></head><body>
<div class="lb">内部资料</div><div class="lb">注意保存</div>
<h1>全市重点工业企业运行监测月报</h1>
<p>10月份，全市规模以上工业增加值同比增长6.8%，其中装备制造业增长9.1%，化工行业下降2.3%。</p>
<p>重点监测的50家企业中，产值增长的34家，持平的5家，下降的11家。</p>
</body></html>""")
lab("p26_chromium_zijian.pdf", "review", ["sensitive_term"], "Chromium PDF: 内部资料 / 注意保存 letter-spaced 0.5em on two lines above the title")

wsrc("p27_chromium_cell.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Sans CJK SC";margin:40px} table{border-collapse:collapse} td,th{border:1px solid #000;padding:4px;font-size:12pt} .n{width:4.5em}
</style></head><body>
<h2>城区道路大中修项目计划表</h2>
<table><tr><th>序号</th><th>道路名称</th><th>计划投资（万元）</th><th class="n">说明</th></tr>
<tr><td>1</td><td>范公亭西路</td><td>860</td><td class="n">已立项</td></tr>
<tr><td>2</td><td>玲珑山路</td><td>1240</td><td class="n">内部资料，请勿外传</td></tr>
<tr><td>3</td><td>海岱北路</td><td>530</td><td class="n">已立项</td></tr></table>
</body></html>""")
lab("p27_chromium_cell.pdf", "review", ["sensitive_term"], "Chromium PDF: narrow ruled table cell wraps 内部资料，请勿外传 over several lines")

wsrc("b04_chromium_spaced.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC";margin:50px} .mj{font-family:"Noto Sans CJK SC";font-size:16pt;letter-spacing:0.4em} h1{text-align:center;color:#c00}
</style></head><body>
<div class="mj">秘密★1年</div>
<h1>青州市国防动员委员会文件</h1>
<p>关于人防指挥通信系统升级改造的实施方案：一、更新指挥所核心设备；二、开展联调联试。</p>
</body></html>""")
lab("b04_chromium_spaced.pdf", "block", ["classified_marking"], "Chromium PDF: 秘密★1年 letter-spaced 0.4em at the top of the first page")

# ================================================================ PASS twins
wtxt("n01_baomifa_qixian.txt", """保密知识：国家秘密的保密期限怎么确定

《中华人民共和国保守国家秘密法》规定，国家秘密的保密期限应当根据事项的性质和特点，按照维护国家安全和利益的需要，
限定在必要的期限内；不能确定期限的，应当确定解密的条件。

国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。
机关、单位应当根据工作需要，确定具体的保密期限、解密时间或者解密条件。

政府网站信息发布要牢记“上网不涉密，涉密不上网”，发布前严格履行保密审查程序。
（来源：青州市国家保密局）
""")
lab("n01_baomifa_qixian.txt", "pass", [], "text: 保密知识 explainer quoting 保守国家秘密法 on 保密期限 (绝密级不超过三十年…) and 上网不涉密")

wtxt("n02_xuanchuan_gb18030.txt", """我市启动第十五个保密宣传月活动

本报讯　11月1日，我市保密宣传月活动在市民中心广场启动。活动以“筑牢保密防线　守护国家安全”为主题，
通过展板、知识竞赛和案例警示教育等形式，引导机关干部准确把握国家秘密与工作秘密的界限，
增强涉密载体管理和网络信息发布审查的自觉性。

市保密局负责同志介绍，宣传月期间将组织保密法律法规进机关、进企业、进校园活动20余场，
并对全市政府网站和政务新媒体开展一次全面检查。
""", enc="gb18030")
lab("n02_xuanchuan_gb18030.txt", "pass", [], "GB18030 news: 保密宣传月, 准确把握国家秘密与工作秘密的界限 (prose about secrecy)")

wtxt("n03_gongkai_liyou.html", cms("一图读懂：哪些政府信息不予公开", """<p>《中华人民共和国政府信息公开条例》坚持“以公开为常态、不公开为例外”。以下几类信息依法不予公开或者可以不予公开：</p>
<p>一是依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息。</p>
<p>二是涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，但第三方同意公开或者不公开会对公共利益造成重大影响的，予以公开。</p>
<p>三是行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。</p>
<p>四是行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息，可以不予公开。</p>"""))
lab("n03_gongkai_liyou.html", "pass", [], "CMS HTML: 政府信息公开条例 exemptions explained: 国家秘密, 商业秘密, 个人隐私, 内部事务信息, 过程性信息")

d = newdoc()
d.add_paragraph("青州市自然资源局2026年度内部控制评价报告")
d.add_paragraph("一、内部控制建设总体情况。本局成立内部控制领导小组，修订完善内部管理制度23项，覆盖预算、收支、政府采购、资产、建设项目和合同管理六大经济业务。")
d.add_paragraph("二、内部审计情况。全年开展内部审计项目4个，提出审计建议17条，已全部整改落实。")
d.add_paragraph("三、存在的问题。部分业务环节不相容岗位分离不够彻底，内部监督的频次有待提高。")
d.save(os.path.join(OUT, "n04_neikong.docx"))
lab("n04_neikong.docx", "pass", [], "python-docx: 内部控制评价报告 with 内部管理制度, 内部审计, 内部监督")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "保密期限"
ws.append(["国家秘密密级与保密期限对照表（保密知识学习材料）"])
ws.append(["密级", "最长保密期限", "泄露后果"])
ws.append(["绝密", "30年", "使国家安全和利益遭受特别严重的损害"])
ws.append(["机密", "20年", "使国家安全和利益遭受严重的损害"])
ws.append(["秘密", "10年", "使国家安全和利益遭受损害"])
wb.save(os.path.join(OUT, "n05_miji_biao.xlsx"))
lab("n05_miji_biao.xlsx", "pass", [], "openpyxl: training table of the three levels with their maximum periods (docs: lines of levels next to each other are info)")

wtxt("n06_wenda.md", """# 保密知识问答（第三期）

**1. 国家秘密分为哪几个密级？**

答：分为绝密、机密、秘密三级。

**2. 什么是工作秘密？**

答：工作秘密是指机关、单位在履行职责过程中产生的，不属于国家秘密但一旦泄露会对工作造成被动或损害的事项。

**3. 单位内部资料能否直接发布到政府网站？**

答：不能直接发布。拟公开的信息应当先经保密审查，确认不涉及国家秘密和工作秘密后方可发布。
""")
lab("n06_wenda.md", "pass", [], "Markdown Q&A: questions on 密级, 工作秘密 being defined, 内部资料 in a question; answers are prose")

wtxt("n07_yishenqing.html", cms("政府信息公开申请答复书（青政公开〔2026〕第118号）", """<p>申请人：王某某</p>
<p>本机关于2026年11月3日收到您提交的政府信息公开申请，您申请获取“2019年市人防工程建设规划全文”。</p>
<p>经审查，您所申请的信息已依法确定为国家秘密。根据《中华人民共和国政府信息公开条例》第十四条的规定，该信息不予公开。</p>
<p>如对本答复不服，可以在收到本答复之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。</p>
<p style="text-align:right">青州市人民政府办公室<br>2026年11月17日</p>"""))
lab("n07_yishenqing.html", "pass", [], "CMS HTML: 依申请公开答复 refusing because the information is 国家秘密 (第十四条)")

c = canvas.Canvas(os.path.join(OUT, "n08_rl_zhongbiao.pdf"), pagesize=A4)
c.setTitle("中标结果公告")
c.setFont(F, 15); c.drawString(100, 780, "青州市档案馆保密文件柜采购项目中标结果公告")
c.setFont(F, 11)
lines = ["一、项目编号：QZCG-2026-0387",
         "二、中标供应商：山东恒盾机密安全设备有限公司",
         "三、中标金额：人民币叁拾捌万陆仟元整（￥386000.00）",
         "四、主要标的：机密文件柜（电子密码型）60台，涉密载体销毁机2台",
         "五、公告期限：自本公告发布之日起1个工作日。",
         "采购人：青州市档案馆　联系电话：0536-3226100"]
y = 740
for ln in lines:
    c.drawString(72, y, ln); y -= 22
c.showPage(); c.save()
lab("n08_rl_zhongbiao.pdf", "pass", [], "ReportLab STSong-Light: award notice; 机密 in a company name and a product name (机密文件柜)")

wtxt("n10_xinwen_zhunyin.txt", """市新闻出版局开展内部资料性出版物年度核验

近日，市新闻出版局依据《内部资料性出版物管理办法》，对全市持有准印证的内部资料性出版物开展年度核验。
本次共核验各类内部资料性出版物27种，其中一般内部资料性出版物19种、一次性内部资料性出版物8种，
对2种未按规定标注准印证编号的出版物责令限期整改。
""")
lab("n10_xinwen_zhunyin.txt", "pass", [], "text news: 内部资料性出版物 annual check and the 管理办法 title (a publishing category, not a label)")

buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
w.writerow(["场次", "日期", "课程", "主讲"])
w.writerow(["1", "2026-11-20", "国家秘密的确定、变更与解除", "市保密局"])
w.writerow(["2", "2026-11-21", "工作秘密管理实务", "市委办公室"])
w.writerow(["3", "2026-11-22", "内部资料的编印与发放管理", "市新闻出版局"])
w.writerow(["4", "2026-11-23", "政务网站信息发布保密审查", "市大数据局"])
wtxt("n11_peixun_kecheng.csv", "2026年保密干部培训班课程表\n" + buf.getvalue())
lab("n11_peixun_kecheng.csv", "pass", [], "CSV: training schedule with course names 工作秘密管理实务, 内部资料的编印与发放管理 (subjects, not labels)")

wsrc("n12_chromium_shenme.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Sans CJK SC";margin:50px;font-size:12pt} h1{text-align:center} h2{font-size:14pt}
</style></head><body>
<h1>机关保密常识（一）</h1>
<h2>一、什么是工作秘密</h2>
<p>工作秘密是机关、单位在公务活动和内部管理中产生的，不属于国家秘密，但泄露后会妨碍工作正常开展的事项。工作秘密与国家秘密在确定主体、标注方式和管理要求上都有区别。</p>
<h2>二、内部资料怎样管理</h2>
<p>机关编印的内部资料应当明确发放范围，按规定登记、清退和销毁，不得擅自扩大知悉范围。</p>
<h2>三、政府网站发布信息注意什么</h2>
<p>坚持先审查、后公开，一事一审、全面审查。</p>
</body></html>""")
lab("n12_chromium_shenme.pdf", "pass", [], "Chromium PDF: secrecy handout with numbered headings 一、什么是工作秘密 / 二、内部资料怎样管理 and prose")

d = newdoc()
d.add_paragraph("青州市审计局关于2025年度内部审计工作情况的报告")
d.add_paragraph("2025年，全市各级内部审计机构共完成审计项目156个，审计资金总额48.6亿元，促进增收节支1.2亿元。")
d.add_paragraph("内部审计机构进一步健全内部管理、内部控制和风险管理的监督评价机制，推动被审计单位完善制度78项。")
d.save(os.path.join(SRC, "n13_lo_neishen.docx"))
lab("n13_lo_neishen.pdf", "pass", [], "LibreOffice PDF: 内部审计 work report with 内部管理, 内部控制")

d = newdoc()
d.add_paragraph("青州市人民政府2025年政府信息公开工作年度报告（节选）")
d.add_paragraph("三、收到和处理政府信息公开申请情况")
t = d.add_table(rows=7, cols=2); t.style = "Table Grid"
rows = [["处理结果", "件数"], ["予以公开", "86"], ["不予公开：属于国家秘密", "2"],
        ["不予公开：危及“三安全一稳定”", "1"], ["不予公开：保护第三方合法权益（商业秘密、个人隐私）", "4"],
        ["不予公开：属于三类内部事务信息", "3"], ["不予公开：属于四类过程性信息", "5"]]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
d.save(os.path.join(OUT, "n14_nianbao.docx"))
lab("n14_nianbao.docx", "pass", [], "python-docx: 政府信息公开年报 table rows 属于国家秘密 / 商业秘密、个人隐私 / 内部事务信息 with counts")

d = newdoc()
d.add_paragraph("国家秘密标志是怎样标注的")
d.add_paragraph("按照《党政机关公文格式》的规定，涉密公文应当在份号下方顶格标注密级和保密期限，标注形式为“密级★保密期限”，例如一份机密级、保密期限十年的文件应标注为“机密★××年”样式中的相应年份。")
d.add_paragraph("对于仅标注密级而未标注保密期限的，按照绝密级三十年、机密级二十年、秘密级十年认定。")
d.save(os.path.join(OUT, "n18_biaozhi_xingshi.docx"))
lab("n18_biaozhi_xingshi.docx", "pass", [], "python-docx: explainer of the marking's form; 机密★××年 (placeholder period) inside a sentence (docs: info in a sentence)")

wtxt("n17_tiaowen.txt", """学法用法｜保守国家秘密法条文摘编

第二条　国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。
第三条　国家秘密受法律保护。一切国家机关、武装力量、政党、社会团体、企业事业单位和公民都有保守国家秘密的义务。
第十三条　国家秘密的密级分为绝密、机密、秘密三级。

（以上条文摘自《中华人民共和国保守国家秘密法》，供学习参考）
""")
lab("n17_tiaowen.txt", "pass", [], "text: excerpt of 保守国家秘密法 articles defining 国家秘密 and its three levels")

wtxt("n19_ciji_gongkai.txt", """青州市人民政府办公室
关于做好2027年元旦春节期间市场保供稳价工作的通知

各镇人民政府、街道办事处，市政府有关部门：
为保障节日期间重要民生商品供应充足、价格基本稳定，现就有关事项通知如下：
一、加强粮油肉蛋菜等重要商品储备，确保投放及时。
二、强化价格监测预警，严厉打击哄抬价格等违法行为。

青州市人民政府办公室
2026年12月1日
（此件公开发布）
""")
lab("n19_ciji_gongkai.txt", "pass", [], "text 公文 ending with the public-release attribute （此件公开发布） (twin of （此件不公开）)")

wtxt("n20_neikong_xinwen.html", cms("市财政局推进行政事业单位内部控制建设", """<p>11月16日，市财政局召开全市行政事业单位内部控制建设推进会。会议通报了2025年度内部控制报告编报情况，
全市186家单位全部按时报送，内部控制评价平均得分较上年提高4.2分。</p>
<p>会议要求，各单位要把内部控制嵌入内部管理各个环节，强化内部权力运行制约，推动内部控制从“建起来”向“用起来”转变。</p>"""))
lab("n20_neikong_xinwen.html", "pass", [], "CMS HTML news: 内部控制建设, 内部管理, 内部权力运行制约")

wtxt("n21_mimi_biaoti.txt", """黑土地里的“秘密”

走进东高镇的万亩粮田，土壤墒情传感器每隔十分钟回传一次数据。农技站站长说，今年小麦亩产提高的秘密，
就藏在测土配方和秸秆还田这两项技术里。全镇推广保护性耕作面积已达3.6万亩，土壤有机质含量三年提高0.3个百分点。
""")
lab("n21_mimi_biaoti.txt", "pass", [], "text news: first line 黑土地里的“秘密” and 秘密 in its everyday sense (not a bare level heading)")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "题库"
ws.append(["序号", "题目", "选项", "答案"])
ws.append([1, "国家秘密的密级分为哪几级？", "A.绝密、机密、秘密 B.机密、秘密、内部 C.绝密、秘密、内部", "A"])
ws.append([2, "下列哪一项不属于政府信息公开条例规定的不予公开情形？", "A.国家秘密 B.商业秘密 C.财政预决算信息 D.个人隐私", "C"])
ws.append([3, "机关编印的内部资料能否在政府网站上直接发布？", "A.能 B.不能，须经保密审查", "B"])
wb.save(os.path.join(OUT, "n23_tiku.xlsx"))
lab("n23_tiku.xlsx", "pass", [], "openpyxl: secrecy quiz bank; questions about 密级, 国家秘密, 商业秘密, 内部资料")

wtxt("n24_miji_table.md", """# 定密工作小知识

国家秘密的密级和保密期限对照如下：

| 密级 | 最长保密期限 | 定密权限 |
|---|---|---|
| 绝密 | 30年 | 中央国家机关、省级机关 |
| 机密 | 20年 | 中央国家机关、省级机关及设区的市级机关 |
| 秘密 | 10年 | 同上 |

机关、单位应当在国家秘密产生的同时确定密级、保密期限和知悉范围。
""")
lab("n24_miji_table.md", "pass", [], "Markdown: pipe table of levels with periods and 定密权限 (table of the levels)")

buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
w.writerow(["受理编号", "申请内容摘要", "答复类型", "答复日期"])
w.writerow(["YSQ-2026-0201", "某路段改造工程预算", "予以公开", "2026-10-12"])
w.writerow(["YSQ-2026-0202", "人防工程布局规划", "不予公开（属于国家秘密）", "2026-10-15"])
w.writerow(["YSQ-2026-0203", "某企业环评报告中的工艺参数", "部分公开（涉及商业秘密）", "2026-10-20"])
w.writerow(["YSQ-2026-0204", "某小区拆迁户补偿明细", "不予公开（涉及个人隐私）", "2026-10-26"])
w.writerow(["YSQ-2026-0205", "局党组会议讨论记录", "不予公开（内部事务信息）", "2026-10-30"])
data = "2026年10月依申请公开办理情况\n" + buf.getvalue()
with open(os.path.join(OUT, "n25_shenqing_gb18030.csv"), "w", encoding="gb18030", newline="") as fh:
    fh.write(data)
lab("n25_shenqing_gb18030.csv", "pass", [], "GB18030 CSV: 依申请公开 register, 答复类型 不予公开（属于国家秘密）/（涉及商业秘密）/（内部事务信息）")

d = newdoc()
p = d.add_paragraph("政府信息公开申请答复书"); p.alignment = 1
d.add_paragraph("青自然资公开〔2026〕第37号")
d.add_paragraph("李某某：")
d.add_paragraph("本机关于2026年10月28日收到您的政府信息公开申请。经审查，您申请获取的《某区域地下管网测绘成果》已被确定为秘密级国家秘密。根据《中华人民共和国政府信息公开条例》第十四条之规定，本机关决定不予公开。")
d.add_paragraph("如不服本答复，可依法申请行政复议或提起行政诉讼。")
d.add_paragraph("青州市自然资源局　2026年11月9日")
d.save(os.path.join(SRC, "n26_lo_dafu.docx"))
lab("n26_lo_dafu.pdf", "pass", [], "LibreOffice PDF: 答复书 refusing because the data was 确定为秘密级国家秘密 (mid-sentence)")

wsrc("n27_chromium_chanpin.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Sans CJK SC";margin:50px;font-size:12pt} h1{font-size:16pt;text-align:center}
</style></head><body>
<h1>青州市大数据局“机密数据防护平台”采购项目中标结果公告</h1>
<p>一、项目名称：机密数据防护平台及配套服务采购项目</p>
<p>二、中标供应商：北京数盾信息技术有限公司，中标金额：人民币壹佰贰拾陆万元整。</p>
<p>三、主要内容：部署数据分类分级、商业秘密防护和访问审计模块各一套，服务期三年。</p>
<p>四、评审专家：刘某、陈某、赵某、孙某、周某</p>
</body></html>""")
lab("n27_chromium_chanpin.pdf", "pass", [], "Chromium PDF: award notice whose first line names the product “机密数据防护平台” (no star, not alone)")

d = newdoc()
d.add_paragraph("青州市机关事务管理局2027年工作要点（节选）")
d.add_paragraph("（五）加强保密管理。进一步规范工作秘密事项的界定、标识和保管流程，完善内部资料编印登记制度，定期组织涉密人员培训，提升机关整体保密水平。")
d.add_paragraph("（六）深化节约型机关建设。全年公共机构人均综合能耗下降2%。")
d.save(os.path.join(OUT, "n28_gongzuo_mimi_zhengce.docx"))
lab("n28_gongzuo_mimi_zhengce.docx", "pass", [], "python-docx: 工作要点 sentence 规范工作秘密事项的界定、标识和保管流程, 完善内部资料编印登记制度 (matters handled, prose)")

wtxt("n29_neishen_huiyi.html", cms("全市内部审计工作会议召开", """<p>11月20日，全市内部审计工作会议召开。会议总结了近年来全市内部审计工作成效，部署了下一阶段重点任务。</p>
<p>会议强调，要加强对内部审计工作的指导和监督，推动内部审计与纪检监察、巡察监督贯通协同，进一步提升内部审计质量。</p>"""))
lab("n29_neishen_huiyi.html", "pass", [], "CMS HTML news: 内部审计工作会议")

wtxt("n31_jinggong_canko.txt", """2026年1—10月主要经济指标

地区生产总值（亿元）　　　612.4　　增长5.9%
一般公共预算收入（亿元）　 48.7　　增长3.2%
社会消费品零售总额（亿元）258.1　　增长6.4%
注：本表数据为快报数，仅供参考，以年报数据为准。

法院动态：市中级人民法院近日审理一起侵犯商业秘密案件，因涉及商业秘密，本案依法不公开审理。
""")
lab("n31_jinggong_canko.txt", "pass", [], "text: stats table note 仅供参考 and court news 依法不公开审理 (twins of 仅供内部参考 / 此件不公开)")

json.dump(LABELS, open(os.path.join(HERE, "labels_py.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LABELS), "labels from gen.py")
