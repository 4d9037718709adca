#!/usr/bin/python3
# Generator for ..: licence plates, passports, travel permits and lookalikes.
# Run with /usr/bin/python3 (system python-docx, openpyxl, reportlab). Node files: gen_node.js.
import json, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt
import openpyxl
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = ".."
GEN = "."
TMP = os.path.join(GEN, "tmp")
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
LABELS = []


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def w_text(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="\n") as f:
        f.write(text)


def soffice(src, fmt, outname):
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", d, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(d)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(d, produced[0]), os.path.join(OUT, outname))


def chromium_pdf(html, outname):
    src = os.path.join(TMP, outname + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, outname), "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def html_page(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>body{font-family:'Noto Serif CJK SC',serif;font-size:15px;line-height:1.8}"
            "table{border-collapse:collapse}td,th{border:1px solid #333;padding:4px 8px}</style>"
            "</head><body>\n%s\n</body></html>\n" % (title, body))


def docx_from(paras, table=None, name=None, after=None):
    d = Document()
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
    for p in after or []:
        d.add_paragraph(p)
    return d


# ---------------------------------------------------------------- review: plates
w_text("r01_weizhang_gonggao.txt", """北京市公安局公安交通管理局某支队
关于对违法停放机动车辆进行公告的通知

近期，我支队在辖区主要道路巡查中发现部分机动车长期违法停放，影响道路通行。现将有关车辆公告如下：

一、车牌号为京N3K827的白色小型轿车，自2024年3月2日起停放于朝阳路辅路，占用非机动车道。
二、京Q7H215号黑色越野车，停放于东三环辅路公交站台前，经多次告知仍未驶离。

请上述车辆所有人自公告之日起十五日内到支队违法处理窗口接受处理，逾期将依法拖移。
咨询电话：12122

某支队
2024年4月8日
""")
label("r01_weizhang_gonggao.txt", "review", ["license_plate"], ["京N3K827", "京Q7H215"],
      "违法停车公告, two ordinary 7-char plates in prose (one after 车牌号为, one before 号 with no label)")

w_text("r02_xinnengyuan_xiaoche.txt", """关于发放新能源汽车充电补贴的公示

根据《新能源汽车推广应用资金管理办法》，经审核，下列车辆符合本年度充电补贴条件，现予公示：

1. 王某，小型新能源汽车，号牌号码沪AD12876，补贴金额2000元；
2. 陈某，小型新能源汽车，号牌号码苏EFA3921，补贴金额2000元。

公示期为5个工作日。如有异议，请在公示期内向区交通委反映。
""", enc="gb18030")
label("r02_xinnengyuan_xiaoche.txt", "review", ["license_plate"], ["沪AD12876", "苏EFA3921"],
      "GB18030 text; small new-energy 8-char plates (D + 5 digits; F + letter + 4 digits)")

w_text("r03_daxing_xinnengyuan.html", html_page("新能源公交车辆更新公告", """
<h2>关于新能源公交车辆更新投入运营的公告</h2>
<p>为推进绿色出行，市公交集团本月新增纯电动公交车辆投入运营，现将首批车辆信息公告如下：</p>
<p>12路新增车辆号牌为粤B38215D，35路新增车辆号牌为浙A67032F（跨区租赁车辆）。</p>
<p>市民乘车如遇服务问题，可拨打服务热线12345反映。</p>
"""))
label("r03_daxing_xinnengyuan.html", "review", ["license_plate"], ["粤B38215D", "浙A67032F"],
      "HTML prose; large new-energy plates (5 digits + D/F). Plates of buses belong to a company; docs say 'vehicle plates' without exception, so review")

d = docx_from(["机动车登记信息变更情况表", "（2024年第二季度）"],
              [["序号", "车辆类型", "号牌号码", "变更事项", "办理日期"],
               ["1", "小型轿车", "津C5L729", "变更车身颜色", "2024-04-12"],
               ["2", "小型普通客车", "冀F83A61", "转入登记", "2024-05-06"],
               ["3", "轻型货车", "晋A2M803", "变更使用性质", "2024-06-20"]],
              after=["注：本表仅供办理进度查询。"])
d.save(os.path.join(OUT, "r04_dengji_biao.docx"))
label("r04_dengji_biao.docx", "review", ["license_plate"], ["津C5L729", "冀F83A61", "晋A2M803"],
      "python-docx 车辆登记 table, plates alone in cells under the heading 号牌号码")

w_text("r05_dot_space.txt", """关于道路交通事故处理情况的通报

3月15日，一辆号牌为粤B·DX1276的小型新能源汽车与一辆号牌为川A 7M253的小型轿车在科技园路口发生碰撞，无人员伤亡。另查明，陕A·3H58K车辆驾驶人未按规定避让行人。

交警部门已依法作出处理。
""")
label("r05_dot_space.txt", "review", ["license_plate"],
      ["粤B·DX1276", "粤BDX1276", "川A 7M253", "川A7M253", "陕A·3H58K", "陕A3H58K"],
      "plates with middle dot (new-energy and ordinary) and a space after the authority letter")

w_text("r06_wrapped_line.txt", """关于对车辆所有人进行约谈的情况说明

经调查，车牌号为鄂
A53P72的小型轿车所有人多次在学校周边违法停车，我大队已于5月10日对其进行约谈。另有号牌为闽D
8J237的小型客车，车辆所有人已到大队接受处理。
""")
label("r06_wrapped_line.txt", "review", ["license_plate"], ["鄂A53P72", "闽D8J237"],
      "hard line breaks inside plates: after the province (normal form removes it) and after the authority letter (between D and 8; docs silent on such a wrap — a reviewer still sees a plate)")

w_text("r10_old_passport.txt", """外事办公室关于因公出国（境）人员证件清理的通知

各单位：
经清查，以下人员持有的旧版证件已超过有效期，请于6月30日前交回：
一、赵某，因私普通护照，护照号G38127645；
二、孙某，公务普通护照，护照号码P0381276。
交回后由外事办统一注销。
""")
label("r10_old_passport.txt", "review", ["passport"], ["G38127645", "P0381276"],
      "old passport forms G + 8 digits and P + 7 digits, each right after 护照号/护照号码")

w_text("r13_grouped_passport.txt", """出国访问团组人员信息核对单

团员一：刘某，护照号码：E 3812 7064，出访国家：德国。
团员二：周某，护照号码：Ｅ４８２７１６３９，出访国家：法国。
请各位团员核对本人信息，如有误请于本周五前告知。
""")
label("r13_grouped_passport.txt", "review", ["passport"],
      ["E 3812 7064", "E38127064", "Ｅ４８２７１６３９", "E48271639"],
      "passport in groups with spaces (docs' own example form) and one in full-width characters")

w_text("r19_jing_xue.txt", """关于机动车驾驶人培训机构教练车辆检查情况的通报

本月，市交管局对辖区驾培机构开展专项检查。检查中发现，号牌为鲁A3827学的教练车未按规定安装副制动装置，已责令停止使用；现场执勤的警车京A0123警（协助检查）记录了检查过程。

请各驾培机构对照整改。
""")
label("r19_jing_xue.txt", "review", ["license_plate"], ["鲁A3827学", "京A0123警"],
      "special plates 学 (教练车) and 警 (police car); docs name no special plates, only 'vehicle plates': a reviewer would hold them")

w_text("r21_gang_ao.txt", """粤港澳大湾区跨境车辆通关服务情况

本周口岸共为跨境车辆办理通关手续一千余车次。其中，号牌为粤Z·F028港的跨境货车因证件过期被退回，号牌为粤Z·7A31澳的两地牌车辆已补办手续后放行。
""")
label("r21_gang_ao.txt", "review", ["license_plate"], ["粤Z·F028港", "粤ZF028港", "粤Z·7A31澳", "粤Z7A31澳"],
      "cross-border 港/澳 plates (粤Z + 4 + 港/澳); docs silent on these special plates")

w_text("r24_fullwidth_lower.txt", """12345热线来电办理情况答复

来电人反映：小区门口长期有一辆车牌号京Ａ５Ｋ２７１的轿车占用消防通道，另有一辆车牌沪b·8c215的外地车辆夜间停放。
办理情况：经街道城管执法队核实，已联系车主将车辆驶离，并张贴告知书。
""")
label("r24_fullwidth_lower.txt", "review", ["license_plate"],
      ["京Ａ５Ｋ２７１", "京A5K271", "沪b·8c215", "沪b8c215", "沪B8C215", "沪B·8C215"],
      "12345 reply: full-width plate and a lower-case plate with a dot (normal form: full-width to ASCII, lower case)")

w_text("r28_huixiangzheng.txt", """关于港澳居民来内地投资登记的公示

根据有关规定，现将本季度港澳居民个体工商户登记情况公示如下：
黄某，港澳居民来往内地通行证号码H03827165，经营场所：某区商业街12号。
""")
label("r28_huixiangzheng.txt", "review", ["passport"], ["H03827165"],
      "港澳居民来往内地通行证 (回乡证) H + 8 digits; docs name only 港澳通行证; category guessed passport")

w_text("r31_passport_english.txt", """某市外事办公室 外籍专家来访接待安排
Visiting expert reception schedule

姓名 Name: Müller (缪某)
Passport No.: E28374610
抵达航班 Flight: LH720，6月3日上午抵达。
""")
label("r31_passport_english.txt", "review", ["passport"], ["E28374610"],
      "bilingual schedule; keyword only in English 'Passport No.'. Docs do not list keywords; careful reviewer holds it")

# r18 CSV utf-8 with BOM
w_text("r18_weiting.csv", "\ufeff序号,车牌号,违法地点,违法时间,处理状态\n"
       "1,黑A2R815,中山路与人民路交叉口,2024-05-02 08:15,未处理\n"
       "2,甘A7N396,火车站南广场,2024-05-03 19:40,未处理\n"
       "3,青AD30192,体育馆东侧,2024-05-04 12:05,已处理\n")
label("r18_weiting.csv", "review", ["license_plate"], ["黑A2R815", "甘A7N396", "青AD30192"],
      "CSV (UTF-8 BOM) 违停车辆 list under 车牌号")

# r29 CSV GB18030
w_text("r29_gb18030_chujing.csv", "出国（境）培训人员名单\n序号,姓名,单位,护照号码,出访国家\n"
       "1,吴某,市发展改革委,E20395817,新加坡\n2,郑某,市财政局,EB1029384,新加坡\n", enc="gb18030")
label("r29_gb18030_chujing.csv", "review", ["passport"], ["E20395817", "EB1029384"],
      "GB18030 CSV with a title line; passports under 护照号码")

w_text("r12_taibaozheng.html", html_page("台湾同胞就业登记", """
<h3>台湾同胞在我市就业登记情况公示</h3>
<p>根据《台湾香港澳门居民在内地就业管理规定》废止后的有关工作安排，现将近期办理就业登记的台湾同胞情况公示如下：</p>
<p>林某，台湾居民来往大陆通行证号码07382619，就业单位：某科技有限公司。</p>
"""))
label("r12_taibaozheng.html", "review", ["passport"], ["07382619"],
      "台胞证 (8 digits) after its full name; docs silent on 台胞证; category guessed passport")

w_text("r20_gua_ling.html", html_page("车辆检验情况", """
<h3>危险货物运输车辆及外交领事车辆年度检验情况</h3>
<ul>
<li>挂车号牌冀B7281挂，检验结论：合格。</li>
<li>领事馆车辆号牌沪A0231领，检验结论：合格。</li>
</ul>
"""))
label("r20_gua_ling.html", "review", ["license_plate"], ["冀B7281挂", "沪A0231领"],
      "special plates 挂 (trailer) and 领 (consulate); docs silent; a reviewer would hold plates")

w_text("r30_cms_table.html", html_page("交通违法曝光台", """
<div class="article"><h3>交通违法曝光台（第18期）</h3>
<table><tr><th>号牌号码</th><th>违法行为</th><th>地点</th></tr>
<tr><td>渝A***67</td><td>闯红灯</td><td>解放碑路口</td></tr>
<tr><td>渝B·5N2K8</td><td>不按导向车道行驶</td><td>南坪立交</td></tr>
<tr><td>渝D***12</td><td>违法停车</td><td>观音桥</td></tr>
</table></div>
"""))
label("r30_cms_table.html", "review", ["license_plate"], ["渝B·5N2K8", "渝B5N2K8"],
      "CMS 曝光台 table: two plates masked correctly, one left whole")

# r22 python-docx: 使 plate beside an ordinary plate
d = docx_from(["外事车辆进出机关大院登记情况",
               "6月12日，某国驻华使馆车辆（号牌使224578）来访，陪同车辆为本单位租用车辆，号牌京E·L2836。",
               "以上车辆均已按规定登记。"])
d.save(os.path.join(OUT, "r22_shi_plus_normal.docx"))
label("r22_shi_plus_normal.docx", "review", ["license_plate"], ["使224578", "京E·L2836", "京EL2836"],
      "an embassy 使 plate and an ordinary plate with dot; the 使 plate is raw in the excerpt if only the other one is found")

# r23 openpyxl: plate split over two cells under a merged heading
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "登记表"
ws.append(["非营运车辆登记表"])
ws.append(["序号", "号牌号码", None, "车辆类型"])
ws.merge_cells("B2:C2")
ws.append(["", "省份", "号码", ""])
ws.append([1, "浙", "B6K281", "小型轿车"])
ws.append([2, "浙", "C2D730", "小型轿车"])
wb.save(os.path.join(OUT, "r23_split_cells.xlsx"))
label("r23_split_cells.xlsx", "review", ["license_plate"], ["浙B6K281", "B6K281", "浙C2D730", "C2D730"],
      "plate split over two cells (省份 | 号码) under a merged 号牌号码 heading; README says two neighbouring cells are never one number (known gap for IDs) — expect a miss, labelled as a reviewer would")

# r08 openpyxl: 出国团组名单
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "团组名单"
ws.append(["2024年第3批因公出国团组人员名单"])
ws.append(["序号", "姓名", "职务", "护照号码", "出访国家"])
ws.append([1, "钱某", "处长", "E52817346", "日本"])
ws.append([2, "冯某", "科长", "E61938207", "日本"])
ws.append([3, "褚某", "科员", "EC4821937", "日本"])
wb.save(os.path.join(OUT, "r08_chujing_openpyxl.xlsx"))
label("r08_chujing_openpyxl.xlsx", "review", ["passport"], ["E52817346", "E61938207", "EC4821937"],
      "openpyxl 出国团组 list, passports under 护照号码 heading")

# r09 LibreOffice PDF from a python-docx draft (prose passport E + letter + 7 digits)
d = docx_from(["关于同意某某同志因私出国（境）的批复",
               "你单位《关于某某同志申请因私出国探亲的请示》收悉。经研究，同意该同志于2024年7月1日至7月20日赴澳大利亚探亲，所持普通护照号码EJ4827163，由本人保管使用，回国后七日内交回组织人事部门集中保管。",
               "特此批复。"])
src = os.path.join(TMP, "r09.docx"); d.save(src)
soffice(src, "pdf", "r09_huzhao_lo.pdf")
label("r09_huzhao_lo.pdf", "review", ["passport"], ["EJ4827163"],
      "LibreOffice PDF (from python-docx), passport E + letter + 7 digits in a long paragraph, probably wrapped by layout")

# r11 LibreOffice DOCX from HTML
src = os.path.join(TMP, "r11_gangao_lo.html")
with open(src, "w", encoding="utf-8") as f:
    f.write(html_page("港澳通行证", """
<p>关于往来港澳通行证集中保管情况的报告</p>
<p>按照干部因私出国（境）证照管理规定，本季度新增集中保管证照两本：</p>
<p>1. 蒋某，往来港澳通行证号码C63812704；</p>
<p>2. 沈某，港澳通行证CL2837465。</p>
"""))
soffice(src, "docx:MS Word 2007 XML", "r11_gangao_lo.docx")
label("r11_gangao_lo.docx", "review", ["passport"], ["C63812704", "CL2837465"],
      "LibreOffice DOCX (from HTML); 往来港澳通行证 numbers C + 8 and C + letter + 7 after the keyword")

# r26 LibreOffice PDF: passport + plate
d = docx_from(["外籍人员临时入境机动车牌证核发情况",
               "申请人：韩某（外籍），护照号E19283746。",
               "核发临时入境机动车号牌，车辆原号牌新A·3D617已办理临时备案。",
               "有效期：30日。"])
src = os.path.join(TMP, "r26.docx"); d.save(src)
soffice(src, "pdf", "r26_mixed_lo.pdf")
label("r26_mixed_lo.pdf", "review", ["passport", "license_plate"], ["E19283746", "新A·3D617", "新A3D617"],
      "LibreOffice PDF: passport after 护照号 and a 新A plate (新 is also a common word)")

# r14 Chromium PDF: 处罚决定书 table
chromium_pdf(html_page("处罚决定", """
<h2 style="text-align:center">公安交通管理简易程序处罚决定书（汇总）</h2>
<table><tr><th>序号</th><th>车牌号</th><th>违法行为</th><th>罚款（元）</th><th>记分</th></tr>
<tr><td>1</td><td>豫A·7B362</td><td>超速不足20%</td><td>200</td><td>3</td></tr>
<tr><td>2</td><td>皖A9F216</td><td>违反禁令标志</td><td>100</td><td>1</td></tr>
</table>
<p>被处罚人如不服本决定，可在六十日内申请行政复议。</p>
"""), "r14_chromium_weizhang.pdf")
label("r14_chromium_weizhang.pdf", "review", ["license_plate"], ["豫A·7B362", "豫A7B362", "皖A9F216"],
      "Chromium PDF, 处罚 table with 车牌号 column")

# r27 Chromium PDF: narrow cells that wrap values
chromium_pdf(html_page("出入境车辆", """
<h3>口岸出入境人员及车辆备案表</h3>
<table style="table-layout:fixed;width:420px"><tr><th style="width:60px">姓名</th><th style="width:60px">护照号</th><th style="width:60px">车牌号</th><th>备注</th></tr>
<tr><td>杨某</td><td style="word-break:break-all">EA2938174</td><td style="word-break:break-all">蒙B·52K83</td><td>自驾出境</td></tr>
</table>
"""), "r27_chromium_wrap_cell.pdf")
label("r27_chromium_wrap_cell.pdf", "review", ["passport", "license_plate"],
      ["EA2938174", "蒙B·52K83", "蒙B52K83"],
      "Chromium PDF, values wrapped by break-all in 60px cells under 护照号/车牌号 headings")

# r15 ReportLab PDF with a TTF CJK font
pdfmetrics.registerFont(TTFont("Song", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"))
c = canvas.Canvas(os.path.join(OUT, "r15_reportlab_fangxing.pdf"), pagesize=A4)
c.setFont("Song", 16); c.drawString(150, 780, "重大活动期间临时通行车辆放行名单")
c.setFont("Song", 12)
y = 740
for row in [("序号", "单位", "车牌号码", "通行区域"),
            ("1", "市会展中心", "桂A8N271", "核心区"),
            ("2", "市保障局", "琼B·2C915", "缓冲区"),
            ("3", "市电力公司", "宁A37D82", "核心区")]:
    for x, v in zip((60, 110, 250, 380), row):
        c.drawString(x, y, v)
    y -= 24
c.drawString(60, y - 20, "请执勤人员凭本名单放行。")
c.save()
label("r15_reportlab_fangxing.pdf", "review", ["license_plate"],
      ["桂A8N271", "琼B·2C915", "琼B2C915", "宁A37D82"],
      "ReportLab PDF (TTF font, drawString per cell, no ruling), 放行 list under 车牌号码")

# ---------------------------------------------------------------- pass: lookalikes
w_text("n01_wenhao.txt", """北京市人民政府关于进一步加强道路交通安全管理工作的通知
京政发〔2024〕12号

各区人民政府，市政府各委、办、局：
为贯彻落实《中华人民共和国道路交通安全法》和《北京市人民政府办公厅关于印发〈道路交通安全三年行动方案〉的通知》（京政办发〔2023〕5号），现就有关事项通知如下：
一、严格执行GA 36-2018《中华人民共和国机动车号牌》和GB 7258-2017《机动车运行安全技术条件》，公文格式执行GB/T 9704-2012。
二、各区要结合本地实际，抓好G6京藏高速、G7京新高速沿线交通组织。
三、本通知自印发之日起施行。联系地址：北京市通州区运河东大街57号，邮政编码101160。

北京市人民政府
2024年5月20日
""")
label("n01_wenhao.txt", "pass", [], [], "文号 京政发〔2024〕12号/京政办发〔2023〕5号, standards GA 36-2018, GB 7258-2017, GB/T 9704-2012, roads G6/G7, postal code")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "航班车次"
ws.append(["春运期间进出我市主要航班和旅客列车安排"])
ws.append(["类别", "航班号/车次", "始发", "终到", "开行时间"])
for r in [("航班", "CA1234", "北京首都", "成都天府", "07:30"), ("航班", "MU5137", "上海虹桥", "北京大兴", "09:10"),
          ("航班", "CZ3987", "广州白云", "昆明长水", "13:25"), ("航班", "3U8888", "成都双流", "拉萨贡嘎", "06:50"),
          ("列车", "G1234", "北京南", "上海虹桥", "08:00"), ("列车", "D2281", "上海", "重庆北", "10:16"),
          ("列车", "K1512", "西安", "乌鲁木齐", "21:05"), ("列车", "Z151", "北京西", "西宁", "20:12")]:
    ws.append(list(r))
wb.save(os.path.join(OUT, "n02_hangban_checi.xlsx"))
label("n02_hangban_checi.xlsx", "pass", [], [], "openpyxl: flight numbers (CA1234, MU5137, 3U8888) and train numbers (G1234, D2281, K1512, Z151)")

w_text("n03_gaosu_luming.html", html_page("国庆假期高速公路出行提示", """
<h3>国庆假期高速公路出行提示</h3>
<p>预计假期首日京藏高速G6、京港澳高速G4、沪昆高速G60、京哈高速G1车流量较大，其中G4京港澳高速K1234+500至K1240+200段施工，请绕行国道G107或省道S201。</p>
<p>京津城际、京沪高铁运力充足。机场巴士A3线、快速公交1号线延长运营至24时。</p>
<p>路况咨询：12122，交通服务热线：12328。</p>
"""))
label("n03_gaosu_luming.html", "pass", [], [], "road names 京藏高速G6, G4京港澳高速K1234+500 stake numbers, 国道G107, 省道S201, bus routes A3线")

d = docx_from(["关于公布第二批集中带量采购中选药品的通知",
               "各医疗机构：现将本批次中选药品信息公布如下。"],
              [["药品名称", "规格", "批准文号", "生产企业"],
               ["阿莫西林胶囊", "0.25g*24粒", "国药准字H20003263", "某制药有限公司"],
               ["复方丹参片", "0.32g*60片", "国药准字Z44020211", "某中药股份有限公司"],
               ["乙型肝炎疫苗", "10μg/0.5ml", "国药准字S20010001", "某生物制品公司"],
               ["一次性使用输液器", "带针", "国械注准20193140123", "某医疗器械公司"]])
d.save(os.path.join(OUT, "n04_yaopin_wenhao.docx"))
label("n04_yaopin_wenhao.docx", "pass", [], [], "python-docx: 国药准字H20003263 (H + 8 digits, like a 回乡证), Z/S forms, 国械注准 numbers")

w_text("n05_vin_zhaohui.csv", "\ufeff关于某品牌汽车召回的公告（召回范围）\n"
       "车型,生产日期,车辆识别代号（VIN）起,车辆识别代号（VIN）止,发动机型号,涉及数量（辆）\n"
       "某品牌SUV,2022-03-01至2022-09-30,LSVAU2180N2183294,LSVAU2180N2189999,EA211-DJS,4380\n"
       "某品牌轿车,2022-05-10至2022-08-31,LFV3A23C8N3012345,LFV3A23C8N3018888,CSS 1.5T,2156\n"
       "注：用户可通过车辆识别代号查询车辆是否在召回范围内。\n")
label("n05_vin_zhaohui.csv", "pass", [], [], "CSV 召回 notice: VIN ranges and engine model numbers, no plates")

w_text("n06_masked_plates.txt", """交通违法行为曝光（第7期）

本期曝光的交通违法车辆如下：
1. 京A·***45，在长安街闯红灯；
2. 京B***36，在西直门桥违法变道；
3. 粤B·D***21，在深南大道占用公交专用道；
4. 沪A**3K7，在南北高架违法停车。
以上车辆所有人请尽快到交管部门接受处理。
""")
label("n06_masked_plates.txt", "pass", [], [], "masked plates only (docs: masked values are not findings; plate masking keeps province, letter and last 2)")

w_text("n07_masked_passport.html", html_page("出国团组公示", """
<h3>因公临时出国（境）团组信息公示</h3>
<p>团组名称：赴新加坡城市治理考察团；团组人数：3人；在外天数：6天。</p>
<table><tr><th>姓名</th><th>护照号码</th></tr>
<tr><td>张某某</td><td>E1234****</td></tr>
<tr><td>李某某</td><td>E1*****78</td></tr>
<tr><td>王某某</td><td>EB*****71</td></tr></table>
<p>往来港澳通行证号码：C6******04（随团翻译）。</p>
"""))
label("n07_masked_passport.html", "pass", [], [], "masked passports and a masked 港澳通行证 beside their keywords; docs: masked values are not findings")

d = docx_from(["政府采购中标结果公告（执法记录设备）",
               "一、中标供应商：某科技有限公司；中标金额：人民币叁拾陆万元整。"],
              [["品目", "品牌", "规格型号", "数量"],
               ["执法记录仪", "某视", "DSJ-A12345", "120台"],
               ["车载摄像机", "某康", "DS-2CD3T46", "40台"],
               ["空调", "某力", "KFR-35GW", "6台"],
               ["电视机", "某信", "HZ55E3D", "2台"]])
d.save(os.path.join(OUT, "n08_model_numbers.docx"))
label("n08_model_numbers.docx", "pass", [], [], "python-docx procurement table of product model numbers (DSJ-A12345 etc.)")

w_text("n09_icp_footer.html", html_page("网站首页", """
<div class="content"><p>欢迎访问某区人民政府门户网站。</p></div>
<div class="footer">
<p>主办：某区人民政府办公室　地址：北京市某区某路1号　邮编：100010</p>
<p>京ICP备05070602号-1　京公网安备11010502030143号　网站标识码1101050001</p>
<p>增值电信业务经营许可证：京B2-20090059</p>
</div>
"""))
label("n09_icp_footer.html", "pass", [], [], "site footer: 京ICP备, 京公网安备, 京B2-20090059 (province + B + digits, a telecom licence, not a plate), postal code")

w_text("n10_youbian_dizhi.txt", """关于公布各区交通违法处理窗口地址的公告

一、东城区：东城区某大街18号，邮政编码100010，办公电话010-64001234；
二、海淀区：海淀区某路甲6号，邮政编码100089；
三、广州市天河区：天河区某路88号，邮政编码510630。
交通违法举报电话：12122；政务服务便民热线：12345。
""")
label("n10_youbian_dizhi.txt", "pass", [], [], "addresses, postal codes, agency landline, hotlines 12122/12345")

w_text("n12_placeholder_note.txt", """机动车号牌号码编码规则说明（政策解读）

依据GA 36-2018，机动车号牌号码由省、自治区、直辖市简称，发牌机关代号和序号组成。小型新能源汽车号牌序号为6位，第一位为字母D或F；大型新能源汽车号牌序号第六位为字母D或F。普通号牌序号为5位，最多使用2个英文字母。
如"京A"表示北京市公安局公安交通管理局核发的号牌，"粤B"表示深圳市核发的号牌。
""")
label("n12_placeholder_note.txt", "pass", [], [], "policy explainer of plate coding: 京A / 粤B prefixes without any serial")

w_text("n14_xianxing.txt", """关于实施机动车尾号限行交通管理措施的通告

自2024年7月1日起，工作日7时至20时，五环路以内道路（不含五环路）对机动车实施按车牌尾号限行。星期一限行尾号为1和6，星期二为2和7，星期三为3和8，星期四为4和9，星期五为5和0。
号牌尾号为英文字母的，按0号管理。外省区市核发号牌（不含"京"字号牌）的载客汽车按有关规定执行。
""")
label("n14_xianxing.txt", "pass", [], [], "限行 通告 speaking of 尾号 and 京字号牌 without a plate")

w_text("n15_youjian_danhao.txt", """公告送达
某某：
因无法直接送达，本机关已于2024年3月5日以挂号信方式向你邮寄《行政处罚事先告知书》，邮件号为XA38172645CN，后被退回。现依法公告送达。
国际快递单号EA123456789CN亦已退回。
""")
label("n15_youjian_danhao.txt", "pass", [], [], "postal tracking numbers (XA38172645CN, EA123456789CN: E + letter + 9 digits + CN), no passport keyword")

w_text("n16_bianhao_E.txt", """政府采购合同公告

合同编号：E20240312
项目编号：G20240017
采购人：某市公安局出入境管理支队
合同名称：出入境证件自助受理设备采购合同
合同金额：人民币捌拾万元整
""")
label("n16_bianhao_E.txt", "pass", [], [], "contract/project numbers E + 8 digits and G + 8 digits after 编号, no passport keyword (an 出入境 buyer on a later line)")

w_text("n17_churujing_tongji.txt", """2023年某市出入境管理工作统计公报

全年共受理普通护照申请381270件，签发往来港澳通行证452816本，签发往来台湾通行证3821本。受理外国人签证证件申请12817件。
出入境口岸共查验出入境人员1527.3万人次，查验交通运输工具48.2万辆（架、艘）次。
""")
label("n17_churujing_tongji.txt", "pass", [], [], "statistics with numbers right after 护照/通行证 keywords (counts with units)")

w_text("n18_checi_chexiang.txt", """关于开行暑期旅游专列的公告

7月起加开旅游专列Y501次（北京西—张家界）、Y502次（张家界—北京西）。高铁G6501次、G6502次增挂车厢，D7123次调整为重联运行。
购票后请核对车次及座位号，如“05车12F”。
""")
label("n18_checi_chexiang.txt", "pass", [], [], "train numbers Y501, G6501, D7123 and seat numbers")

w_text("n19_gongwuche.txt", """某区2023年度公务用车情况说明

本区公务用车编制数86辆，实有数81辆。本年度更新车辆5辆，车型为比亚迪汉EV、红旗H5、别克GL8，均为新能源或节能车型。所有公务用车均已喷涂统一标识，实行GPS定位管理。
""", enc="gb18030")
label("n19_gongwuche.txt", "pass", [], [], "GB18030 公务用车 statistics with car models (红旗H5, 别克GL8)")

w_text("n20_jiaxiao_zhaoling.html", html_page("驾驶证申领", """
<h3>机动车驾驶证申领常见问题</h3>
<p>问：申请C1、C2驾驶证需要哪些材料？答：身份证明、体检证明。</p>
<p>问：A1、A2、B1、B2准驾车型如何增驾？答：按《机动车驾驶证申领和使用规定》执行。</p>
<p>问：持护照的外国人如何申领？答：提交护照及有效签证或居留证件。</p>
<p>问：教练车号牌有何特殊规定？答：教练车使用"学"字号牌。</p>
"""))
label("n20_jiaxiao_zhaoling.html", "pass", [], [], "FAQ: licence classes C1/A2/B2, 护照 mentioned without any number, 学字号牌 without a plate")

# n11 LibreOffice DOCX: 办事指南 with placeholders
src = os.path.join(TMP, "n11_banshi_zhinan.html")
with open(src, "w", encoding="utf-8") as f:
    f.write(html_page("办事指南", """
<p>普通护照签发办事指南</p>
<p>一、申请材料：居民身份证、近期免冠照片。</p>
<p>二、填表说明：护照号码栏由受理机关填写，格式为“E”加8位数字，申请人无需填写。示例：护照号码：E________。</p>
<p>三、往来港澳通行证号码格式：C加8位字母或数字。</p>
<p>四、办理时限：7个工作日。咨询电话：12367。</p>
"""))
soffice(src, "docx:MS Word 2007 XML", "n11_banshi_zhinan.docx")
label("n11_banshi_zhinan.docx", "pass", [], [], "LibreOffice DOCX 办事指南: number formats described in words, a blank placeholder, hotline 12367")

# n13 ReportLab PDF (STSong-Light CID font): standards list
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(os.path.join(OUT, "n13_biaozhun_reportlab.pdf"), pagesize=A4)
c.setFont("STSong-Light", 15); c.drawString(150, 780, "交通管理相关标准目录")
c.setFont("STSong-Light", 12)
y = 740
for s in ["GA 36-2018 中华人民共和国机动车号牌", "GA 802-2019 道路交通管理 机动车类型",
          "GB 7258-2017 机动车运行安全技术条件", "GB 1589-2016 汽车外廓尺寸、轴荷及质量限值",
          "JT/T 794-2019 道路运输车辆卫星定位系统车载终端技术要求", "GB/T 9704-2012 党政机关公文格式",
          "GB/T 2260-2007 中华人民共和国行政区划代码"]:
    c.drawString(60, y, s); y -= 22
c.save()
label("n13_biaozhun_reportlab.pdf", "pass", [], [], "ReportLab PDF (STSong-Light): list of standard numbers")

# n21 LibreOffice PDF: 车辆型号公告
d = docx_from(["道路机动车辆生产企业及产品公告（节选）"],
              [["企业名称", "产品型号", "产品名称"],
               ["某汽车股份有限公司", "BYD7152WT6HEVC2", "插电式混合动力轿车"],
               ["某汽车有限公司", "SC7164AAA6", "轿车"],
               ["某汽车集团", "JL7152L01", "轿车"],
               ["某客车公司", "ZK6126BEVG", "纯电动城市客车"]])
src = os.path.join(TMP, "n21.docx"); d.save(src)
soffice(src, "pdf", "n21_chanpin_xinghao_lo.pdf")
label("n21_chanpin_xinghao_lo.pdf", "pass", [], [], "LibreOffice PDF: vehicle product model numbers (BYD7152WT6HEVC2, ZK6126BEVG)")

# n22 Chromium PDF: bus routes and flights
chromium_pdf(html_page("公交线路调整", """
<h3>关于调整部分公交线路的公告</h3>
<table><tr><th>线路</th><th>调整内容</th></tr>
<tr><td>快速公交1号线</td><td>延长至火车南站</td></tr>
<tr><td>夜18路</td><td>末班车延后至次日2:00</td></tr>
<tr><td>专85路</td><td>取消体育馆站</td></tr>
<tr><td>机场大巴A3线</td><td>衔接CA1234、MU5101等晚间航班</td></tr>
<tr><td>K1路</td><td>增加配车</td></tr></table>
"""), "n22_gongjiao_chromium.pdf")
label("n22_gongjiao_chromium.pdf", "pass", [], [], "Chromium PDF: bus route table (A3线, K1路) and flight numbers")

# n23 LibreOffice DOCX by conversion from python-docx: 批准文号 and 文号 mixture
d = docx_from(["关于印发《机动车号牌专用固封装置管理办法》的通知",
               "沪公交〔2024〕8号",
               "各分局：现将《机动车号牌专用固封装置管理办法》印发给你们，请遵照执行。号牌固封装置型号为GF-2018A，执行标准GA 804-2008。",
               "上海市公安局交通警察总队", "2024年2月1日"])
src = os.path.join(TMP, "n23.docx"); d.save(src)
soffice(src, "docx:MS Word 2007 XML", "n23_wenhao_lo.docx")
label("n23_wenhao_lo.docx", "pass", [], [], "LibreOffice re-saved DOCX: 文号 沪公交〔2024〕8号, model GF-2018A, GA 804-2008")

json.dump(LABELS, open(os.path.join(GEN, "labels_py.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LABELS), "python labels")
