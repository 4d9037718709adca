import random, csv, os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Border, Side
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from common import *
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
def doc():
    d = Document(); d.core_properties.author = ""; d.core_properties.last_modified_by = ""; return d
def table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i,row in enumerate(rows):
        for j,v in enumerate(row): t.cell(i,j).text = v
    return t
def wb():
    w = Workbook(); w.properties.creator = ""; w.properties.lastModifiedBy = ""; return w
V = {}
V["ID_A"] = make_id("330102","19870624","318"); V["MOB_A"] = "13757124680"
V["ID_B"] = make_id("320583","19950210","045"); V["MOB_B"] = "18651239876"
V["ID_C"] = make_id("440106","19791111","552"); V["MOB_C"] = "15013572468"; V["CARD_C"] = make_card("622588", 16)
V["ID_D"] = make_id("500103","20000229","174"); V["MOB_D"] = "19912345670"
V["ID_E"] = make_id("130102","19840517","029"); V["MOB_E"] = "17326548901"
V["ID_F"] = make_id("330225","19620808","411")
V["ID_EX"] = "110101199003074514"
V["ID_BAD"] = make_id("110101","19900307","451", valid=False)
# ---- 申请表 (python-docx): blank and filled ----
def shenqing(vals=None, out=None):
    d = doc(); d.add_heading("城乡居民最低生活保障申请表", 1)
    v = vals or {}
    table(d, [["申请人姓名", v.get("name",""), "性别", v.get("sex","")],
              ["身份证号码", v.get("id",""), "民族", v.get("nation","")],
              ["手机号码", v.get("mob",""), "家庭人口", v.get("n","")],
              ["家庭住址", v.get("addr",""), "户籍性质", v.get("hk","")],
              ["申请理由", v.get("why",""), "", ""]])
    d.add_paragraph("申请人签字：__________      村（居）委会意见：__________")
    d.add_paragraph("填表说明：1.身份证号码填写18位居民身份证号；2.手机号码填写本人常用号码。")
    d.save(out)
shenqing(out=OUT + "/B_docx_dibao_shenqing_blank.docx")
shenqing({"name":"葛秀兰","sex":"女","id":V["ID_A"],"nation":"汉","mob":V["MOB_A"],"n":"3","addr":"城南街道幸福里小区5幢","hk":"城镇","why":"因病致贫"}, OUT + "/B_docx_dibao_shenqing_filled.docx")
shenqing({"name":"葛秀兰","sex":"女","id":V["ID_A"],"nation":"汉","mob":V["MOB_A"],"n":"3","addr":"城南街道幸福里小区5幢","hk":"城镇","why":"因病致贫"}, SRC + "/odt_filled.docx")
# ---- 登记表 (python-docx) sources for LibreOffice PDF, blank and filled ----
def dengji(v, out):
    d = doc(); d.add_heading("2026年度志愿者服务登记表", 1)
    table(d, [["姓名", v.get("name",""), "出生日期", v.get("birth","")],
              ["身份证号", v.get("id",""), "政治面貌", v.get("pol","")],
              ["手机号码", v.get("mob",""), "服务时段", v.get("time","")],
              ["服务意向", v.get("want",""), "紧急联系人", v.get("em","")]])
    d.add_paragraph("本人签名：________    日期：____年__月__日")
    d.save(out)
dengji({}, SRC + "/dengji_blank.docx")
dengji({"name":"鲍一鸣","birth":"1995-02-10","id":V["ID_B"],"pol":"共青团员","mob":V["MOB_B"],"time":"周末","want":"社区服务","em":"鲍建国"}, SRC + "/dengji_filled.docx")
dengji({}, SRC + "/baoming_doc_blank.docx")
# ---- 申请表 ReportLab: blank (underscores) and filled with a bank card ----
def rl_form(path, v):
    c = canvas.Canvas(path, pagesize=A4); c.setCreator(""); c.setProducer(""); c.setAuthor("")
    c.setFont("STSong-Light", 18); c.drawString(150, 790, "困难职工帮扶资金申请表")
    c.setFont("STSong-Light", 12); y = 740
    rows = [("姓　　名", v.get("name")), ("身份证号", v.get("id")), ("手机号码", v.get("mob")), ("工作单位", v.get("unit")), ("开户银行", v.get("bank")), ("银行卡号", v.get("card"))]
    for lab, val in rows:
        c.drawString(72, y, f"{lab}：" + (val if val else "_" * 36)); y -= 30
    c.drawString(72, y - 20, "申请人签名：__________        年    月    日")
    c.showPage(); c.save()
rl_form(OUT + "/B_pdf_rl_bangfu_shenqing_blank.pdf", {})
rl_form(OUT + "/B_pdf_rl_bangfu_shenqing_filled.pdf", {"name":"骆红英","id":V["ID_C"],"mob":V["MOB_C"],"unit":"某纺织有限公司","bank":"农商银行城北支行","card":V["CARD_C"]})
# ReportLab 办事指南 with the well-known example mobile 13800138000
c = canvas.Canvas(OUT + "/B_pdf_rl_guide_example_mobile.pdf", pagesize=A4); c.setCreator(""); c.setProducer("")
c.setFont("STSong-Light", 16); c.drawString(140, 790, "不动产登记网上申请办事指南")
c.setFont("STSong-Light", 11)
for i, ln in enumerate(["一、办理条件：申请人为不动产权利人或其代理人。", "二、填写说明：", "1.申请人手机号码须为本人实名登记的号码，", "  填写示例：13800138000。", "2.证件号码按证件上的号码填写。", "三、咨询电话：12345。"]):
    c.drawString(72, 750 - 24*i, ln)
c.showPage(); c.save()
# ---- XLSX 登记表: blank, filled, masked, with example row, levels table, vehicles ----
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
def sheet_form(path, rows, title="2026年度就业困难人员认定登记表", hdr=("序号","姓名","性别","身份证号码","手机号码","户籍地址","认定类别")):
    w = wb(); s = w.active; s.title = "登记表"
    s.append([title]); s.append(list(hdr))
    for i in range(1, 41):
        r = rows[i-1] if i-1 < len(rows) else [""]*(len(hdr)-1)
        s.append([i if (i-1 < len(rows)) else ""] + list(r))
    for row in s.iter_rows(min_row=2, max_row=42):
        for cl in row: cl.border = B
    s.append(["填表说明：身份证号码填写18位，手机号码填写11位；本表一式两份。"])
    w.save(path)
sheet_form(OUT + "/B_xlsx_jiuye_dengji_blank.xlsx", [])
sheet_form(OUT + "/B_xlsx_jiuye_dengji_filled.xlsx", [["胥志飞","男",V["ID_D"],V["MOB_D"],"重庆市渝中区","失业一年以上"],["蓝慧敏","女",V["ID_E"],V["MOB_E"],"河北省石家庄市","零就业家庭"]])
sheet_form(OUT + "/B_xlsx_jiuye_dengji_masked.xlsx", [["胥某某","男","500103********1745","199****5670","重庆市渝中区","失业一年以上"],["蓝某某","女","130102********0293","173****8901","河北省石家庄市","零就业家庭"],["张某某","男","330106********0018","138****1234","浙江省杭州市","残疾人"]])
sheet_form(OUT + "/B_xlsx_blank_with_example_row.xlsx", [["（示例）张三","男",V["ID_EX"],"13800138000","北京市东城区","失业一年以上"]])
w = wb(); s = w.active; s.title = "密级标志式样"
for r in [["密级标志式样说明（公文格式培训材料）"],["密级","标志式样","最长保密期限"],["绝密","绝密★××年","30年"],["机密","机密★××年","20年"],["秘密","秘密★××年","10年"]]: s.append(r)
w.save(OUT + "/B_xlsx_template_levels_table.xlsx")
sheet_form(OUT + "/B_xlsx_cheliang_tongxing_filled.xlsx", [["市政工程公司","浙A·D12345","渣土运输","2026-03-01至2026-06-30"],["建安物流公司","浙B12345","建材运输","2026-03-01至2026-06-30"]], title="重点区域车辆通行证申请登记表", hdr=("序号","申请单位","车牌号码","用途","有效期"))
w = wb(); s = w.active  # blank xlsx for the legacy .xls conversion
# ---- DOCX guides and templates ----
d = doc(); d.add_heading("居住证办理办事指南", 1)
for t in ["一、申请材料：居民身份证原件及复印件、居住登记凭证。", "二、填表示例：", f"姓名：张三　　身份证号码：{V['ID_EX']}", "联系电话：请填写本人手机号码。", "三、办理时限：15个工作日。咨询电话：12345。"]: d.add_paragraph(t)
d.save(OUT + "/B_docx_guide_valid_checksum_example_id.docx")
d = doc(); d.add_heading("社会保障卡申领办事指南", 1)
for t in ["一、填表说明", "身份证号码：XXXXXXXXXXXXXXXXXX（18位）", "手机号码：1380000XXXX", "填写样例：姓名 张某某，身份证号 110101********1234，手机 138****1234。", "银行账号：由合作银行制卡时生成，申请人无需填写。", "二、咨询电话：12333。"]: d.add_paragraph(t)
d.save(OUT + "/B_docx_guide_placeholders.docx")
d = doc()
for t in ["份号：______", "密级：______    保密期限：______", "紧急程度：______", "××××人民政府文件", "×政发〔20××〕××号", "关于××××的通知", "各乡镇人民政府，区政府各部门：", "（正文）", "××××人民政府", "20××年×月×日"]: d.add_paragraph(t)
d.save(OUT + "/B_docx_gongwen_template_miji_blank.docx")
d = doc()
for t in ["公文格式模板（版头部分示例）", "机密★（期限）", "特急", "××××人民政府文件", "×政发〔20××〕××号", "关于××××的通知", "（正文）"]: d.add_paragraph(t)
d.save(OUT + "/B_docx_gongwen_template_star_placeholder.docx")
d = doc(); d.add_heading("退役军人信息采集表", 1)
d.add_paragraph("姓名：____________    身份证号：□□□□□□□□□□□□□□□□□□")
table(d, [["手机号码","□□□□□□□□□□□"],["银行卡号",""],["家庭住址",""]])
d.save(OUT + "/B_docx_caiji_blank_boxes.docx")
d = doc(); d.add_heading("因私出入境证件申请登记表", 1)
table(d, [["姓名","房晓东"],["证件类别","普通护照"],["护照号码","E56781234"],["往来港澳通行证号码","C68123457"],["前往国家（地区）","新加坡"]])
d.save(OUT + "/B_docx_churujing_filled_passport.docx")
d = doc(); d.add_heading("公租房申请表", 1)
p = d.add_paragraph("申请人：")
r = p.add_run("　左丽华　"); r.underline = True
p.add_run("  身份证号：")
r = p.add_run(f" {V['ID_F']} "); r.underline = True
p.add_run("  联系电话："); r = p.add_run(" 13819876543 "); r.underline = True
d.add_paragraph("申请人签名：左丽华    2026年2月18日")
d.save(OUT + "/B_docx_gongzufang_underlined_filled.docx")
# ---- text, CSV, HTML ----
open(OUT + "/B_txt_guide_wrong_checksum_example.txt", "w", encoding="utf-8").write(
  f"护照办理办事指南\n一、申请条件：中国公民因私出国。\n二、填表示例：身份证号码 {V['ID_BAD']}（示例号码，非真实号码）。\n三、收费标准：按规定收取。\n四、咨询电话：12367。\n")
with open(OUT + "/B_csv_baoming_template_blank.csv", "w", encoding="utf-8-sig", newline="") as f:
    w2 = csv.writer(f); w2.writerow(["序号","姓名","身份证号","手机号码","报名项目","备注"])
    for i in range(30): w2.writerow(["","","","","",""])
def uscc(s17):
    A = "0123456789ABCDEFGHJKLMNPQRTUWXY"; Wt = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
    c = 31 - sum(A.index(ch)*w for ch,w in zip(s17, Wt)) % 31
    return s17 + A[0 if c == 31 else c]
V["USCC"] = uscc("11330100MB0A1234")
V["USCC"] = uscc("12330100MB0A12345"[:17])
HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t}</title><style>body{{font-family:"Noto Serif CJK SC";margin:30px}} td,th{{border:1px solid #000;padding:6px}} table{{border-collapse:collapse}}</style></head><body>'
open(OUT + "/B_html_baoming_form_blank.html", "w").write(HEAD.format(t="网上报名") + """<h1>2026年社区工作者招聘网上报名</h1><form>
<table><tr><th>姓名</th><td><input name="xm" type="text" placeholder="请输入姓名"></td></tr>
<tr><th>身份证号</th><td><input name="sfzh" type="text" maxlength="18" placeholder="请输入18位身份证号"></td></tr>
<tr><th>手机号码</th><td><input name="sjhm" type="tel" maxlength="11" placeholder="请输入11位手机号码"></td></tr>
<tr><th>学历</th><td><select name="xl"><option>本科</option><option>硕士研究生</option></select></td></tr></table>
<p>报名咨询电话：0571-86001234（工作日）</p><button type="submit">提交</button></form></body></html>""")
open(SRC + "/baoming_filled.html", "w").write(HEAD.format(t="报名信息确认表") + f"""<h1>2026年社区工作者招聘报名信息确认表</h1>
<table><tr><th>姓名</th><td>滕晓婉</td><th>性别</th><td>女</td></tr>
<tr><th>身份证号</th><td>{V['ID_E']}</td><th>学历</th><td>本科</td></tr>
<tr><th>手机号码</th><td>{V['MOB_E']}</td><th>报考岗位</th><td>社区专职工作者</td></tr></table>
<p>本人确认以上信息真实准确。</p></body></html>""")
open(SRC + "/guide_masked.html", "w").write(HEAD.format(t="办事指南") + """<h1>城乡居民基本养老保险参保登记办事指南</h1>
<h2>一、填写样例</h2><table><tr><th>项目</th><th>样例</th></tr><tr><td>姓名</td><td>张某某</td></tr><tr><td>身份证号码</td><td>330106********0018</td></tr>
<tr><td>手机号码</td><td>138****1234</td></tr><tr><td>银行卡号</td><td>622202******1234</td></tr></table>
<h2>二、注意事项</h2><p>身份证号码请填写18位，末位为X的请大写。手机号码以1开头，共11位，如1XXXXXXXXXX。</p><p>咨询电话：12333。</p></body></html>""")
open(OUT + "/B_html_guide_hotline_uscc.html", "w").write(HEAD.format(t="办事指南") + f"""<h1>食品经营许可办事指南</h1>
<p>实施机关：区市场监督管理局（统一社会信用代码：{V['USCC']}）</p>
<p>办公地址：人民路100号行政服务中心二楼；受理时间：工作日上午9:00—12:00，下午13:30—17:00。</p>
<p>咨询电话：0571-87654321；投诉举报电话：12315；政务服务热线：12345。</p>
<p>申请材料：营业执照复印件、法定代表人身份证明（身份证号码：XXXXXXXXXXXXXXXXXX）。</p></body></html>""")
import json; json.dump(V, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "values_forms.json"),"w"), ensure_ascii=False, indent=1)
print(V)
