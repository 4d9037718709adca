#!/usr/bin/env python3
"""Generate the python-made files of blind20-gongwen (python-docx, ReportLab,
hand-written OFD, flat ODF and HTML sources for LibreOffice and Chromium).
Output dir: argv[1] (files) and argv[2] (intermediate sources)."""
import os, random, sys, zipfile, zlib
random.seed(20261206)
OUT, SRC = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True); os.makedirs(SRC, exist_ok=True)

from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn

BODY = ["各区人民政府，市政府各部门、各直属机构：",
        "为进一步做好全市重点项目推进工作，经市政府同意，现就有关事项通知如下。",
        "一、提高思想认识。各单位要把重点项目推进作为当前的重要任务，主要负责同志亲自研究部署。",
        "二、压实工作责任。牵头部门要建立工作台账，按月调度，及时协调解决项目推进中的困难和问题。",
        "三、加强督促检查。市政府督查室将适时开展专项督查，督查结果纳入年度绩效考核。"]

def cjk(run, size=16, font="仿宋_GB2312", bold=False, color=None):
    run.font.size = Pt(size); run.font.name = font; run.bold = bold
    run._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if color: run.font.color.rgb = RGBColor(*color)
    return run

def para(d, text, size=16, font="仿宋_GB2312", align=None, bold=False, color=None):
    p = d.add_paragraph(); cjk(p.add_run(text), size, font, bold, color)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

def redhead(d, org="某某市人民政府", num="某政发〔2026〕18号", title="关于加快推进重点项目建设的通知"):
    para(d, org + "文件", 36, "方正小标宋简体", "c", color=(255, 0, 0))
    para(d, num, 16, align="c")
    para(d, "━" * 20, 12, align="c", color=(255, 0, 0))
    para(d, title, 22, "方正小标宋简体", "c")

def tail(d, org="某某市人民政府", date="2026年11月20日", open_="（此件公开发布）"):
    para(d, org, 16, align="r"); para(d, date, 16, align="r")
    if open_: para(d, open_, 16)

def save(d, name):
    d.core_properties.author = "办公室"; d.save(os.path.join(OUT, name))

LABELS = []
def lab(f, v, cats, note):
    LABELS.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": [], "note": note})

# ---------------- python-docx: must catch ----------------
d = Document(); para(d, "000123", 16, "Times New Roman"); para(d, "秘密★1年", 16, "黑体"); para(d, "特急", 16, "黑体")
redhead(d); [para(d, t) for t in BODY]; tail(d, open_=None); save(d, "m01_banto_fenhao_miji_teji.docx")
lab("m01_banto_fenhao_miji_teji.docx", "block", ["classified_marking"], "python-docx: GB/T 9704 版头, 份号 000123 on line 1, 秘密★1年 alone on line 2 (黑体), 特急 on line 3, then 红头 and body")

d = Document(); s = d.sections[0]; s.different_first_page_header_footer = True
hp = s.first_page_header.paragraphs[0]; cjk(hp.add_run("机密★5年"), 16, "黑体")
s.header.paragraphs[0].text = "某某市发展和改革委员会"
redhead(d, "某某市发展和改革委员会", "某发改〔2026〕77号", "关于报送年度投资计划执行情况的通知"); [para(d, t) for t in BODY]
para(d, "").add_run().add_break(WD_BREAK.PAGE); [para(d, t) for t in BODY[1:]]; tail(d, "某某市发展和改革委员会", open_=None)
save(d, "m02_first_page_header.docx")
lab("m02_first_page_header.docx", "block", ["classified_marking"], "python-docx: 机密★5年 only in the first-page header (titlePg), the default header holds the agency name; body has none")

d = Document(); t = d.add_table(rows=2, cols=2)
t.cell(0, 0).paragraphs[0].add_run("份号：000045"); cjk(t.cell(1, 0).paragraphs[0].add_run("绝密★长期"), 16, "黑体")
cjk(t.cell(1, 1).paragraphs[0].add_run("特急"), 16, "黑体")
redhead(d, "某某省人民政府办公厅", "某政办发〔2026〕5号", "关于调整重大事项报告程序的通知"); [para(d, t_) for t_ in BODY]; tail(d, "某某省人民政府办公厅", open_=None)
save(d, "m03_layout_table_cell.docx")
lab("m03_layout_table_cell.docx", "block", ["classified_marking"], "python-docx: 版头 laid out as a borderless 2x2 table: 份号 top-left, 绝密★长期 in cell R2C1, 特急 in R2C2")

d = Document(); p = d.add_paragraph()
cjk(p.add_run("秘"), 16, "黑体", True); cjk(p.add_run("密"), 16, "宋体", False, (200, 0, 0))
r = cjk(p.add_run("★"), 12, "Segoe UI Symbol"); cjk(p.add_run("6"), 16, "Times New Roman"); cjk(p.add_run("个月"), 16, "黑体")
redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None); save(d, "m04_split_runs.docx")
lab("m04_split_runs.docx", "block", ["classified_marking"], "python-docx: 秘密★6个月 split into five runs with different fonts, bold, colour and size (秘|密|★|6|个月)")

d = Document(); para(d, "000210", 16); para(d, "机　密★2年", 16, "黑体"); redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None)
save(d, "m05_fullwidth_space.docx")
lab("m05_fullwidth_space.docx", "block", ["classified_marking"], "python-docx: 机　密★2年 with an ideographic space U+3000 between the level's two characters, 版头 line 2")

d = Document(); redhead(d, "某某市人民政府办公室", "某政办〔2026〕31号", "关于印发重点工作分工方案的通知")
para(d, "各区人民政府，市政府各部门："); para(d, "现将《2027年重点工作分工方案》印发给你们，请认真贯彻执行。")
para(d, "附件：1．2027年重点工作分工方案"); para(d, "　　　2．重点项目清单"); tail(d, "某某市人民政府办公室", open_=None)
para(d, "").add_run().add_break(WD_BREAK.PAGE); para(d, "附件1", 16, "黑体"); para(d, "2027年重点工作分工方案", 22, "方正小标宋简体", "c")
[para(d, t_) for t_ in BODY[1:]]
para(d, "").add_run().add_break(WD_BREAK.PAGE); para(d, "附件2", 16, "黑体"); para(d, "秘密★3年", 16, "黑体"); para(d, "重点项目清单", 22, "方正小标宋简体", "c")
[para(d, t_) for t_ in BODY[2:]]; save(d, "m06_attachment_page_marking.docx")
lab("m06_attachment_page_marking.docx", "block", ["classified_marking"], "python-docx: a 3-page document whose main notice is unmarked; 附件2 on page 3 carries its own 秘密★3年 line under 附件2")

d = Document(); para(d, "秘密", 16, "黑体"); para(d, "加急", 16, "黑体"); redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None)
save(d, "m07_bare_level_head.docx")
lab("m07_bare_level_head.docx", "block", ["classified_marking"], "python-docx: bare 秘密 (no ★, no period) alone on line 1 heading the document, 加急 on line 2 (README: a bare 秘密 heading a document)")

d = Document(); para(d, "密级：机密", 16, "黑体"); para(d, "保密期限：10年", 16, "黑体"); redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None)
save(d, "m08_miji_colon.docx")
lab("m08_miji_colon.docx", "block", ["classified_marking"], "python-docx: 密级：机密 then 保密期限：10年 on separate lines at the head (README: 密级：秘密 form)")

d = Document(); para(d, "秘密★１年", 16, "黑体"); redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None)
save(d, "m09_fullwidth_digit.docx")
lab("m09_fullwidth_digit.docx", "block", ["classified_marking"], "python-docx: 秘密★１年 with a full-width digit １")

d = Document(); para(d, "内部资料　注意保存", 16, "黑体"); redhead(d, "某某县农业农村局", "某农〔2026〕9号", "关于近期动物疫病防控形势的通报"); [para(d, t_) for t_ in BODY]; tail(d, "某某县农业农村局", open_=None)
save(d, "m10_neibu_ziliao_head.docx")
lab("m10_neibu_ziliao_head.docx", "review", ["sensitive_term"], "python-docx: 内部资料　注意保存 as the 版头 marking line (README: sensitive_term, review)")

d = Document(); redhead(d, "某某区应急管理局", "某应急〔2026〕12号", "关于安全生产专项检查情况的报告"); para(d, "（此件不公开）", 16, align="c"); [para(d, t_) for t_ in BODY]; tail(d, "某某区应急管理局", open_=None)
save(d, "m11_cijian_bugongkai.docx")
lab("m11_cijian_bugongkai.docx", "review", ["sensitive_term"], "python-docx: （此件不公开） under the title, filling its brackets (README: labels when they fill their brackets)")

d = Document(); para(d, "仅供内部参考", 14, "黑体"); para(d, "某某市统计局", 22, "方正小标宋简体", "c"); para(d, "统计分析　第18期", 16, align="c"); [para(d, t_) for t_ in BODY[1:]]
save(d, "m12_jingong_neibu_cankao.docx")
lab("m12_jingong_neibu_cankao.docx", "review", ["sensitive_term"], "python-docx: 仅供内部参考 at the top left of a 统计分析 issue")

d = Document(); p = d.add_paragraph(); cjk(p.add_run("绝密"), 16, "黑体"); cjk(p.add_run("☆"), 16, "宋体"); cjk(p.add_run("长期"), 16, "黑体")
redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None); save(d, "m13_hollow_star.docx")
lab("m13_hollow_star.docx", "block", ["classified_marking"], "python-docx: 绝密☆长期 with the hollow star U+2606 (README lists 绝密☆长期), in two runs")

# ---------------- python-docx: must pass ----------------
d = Document(); para(d, "关于进一步做好定密工作的通知", 22, "方正小标宋简体", "c"); para(d, "各科室、直属单位：")
for t_ in ["《中华人民共和国保守国家秘密法》规定，国家秘密的密级分为绝密、机密、秘密三级。机关、单位应当依法确定密级、保密期限和知悉范围。",
           "定密责任人应当严格按照保密事项范围的规定确定密级，不得随意扩大或者缩小。对于是否属于国家秘密或者属于何种密级不明确的事项，应当按照规定报有关保密行政管理部门确定。",
           "各单位要定期对所产生的国家秘密进行审核，对保密期限已满或者不再需要继续保密的事项及时解密。",
           "联系人：综合科，联系电话：0571-87001234。"]: para(d, t_)
tail(d, "某某市财政局", open_="（此件公开发布）"); save(d, "p01_dingmi_policy.docx")
lab("p01_dingmi_policy.docx", "pass", [], "python-docx: a public notice on 定密 work quoting 保守国家秘密法; 绝密、机密、秘密 and 密级 inside sentences; agency landline")

d = Document(); para(d, "国家秘密密级与保密期限对照表", 18, "黑体", "c"); t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
for i, row in enumerate([["密级", "保密期限（一般不超过）", "泄露后果"], ["绝密", "30年", "使国家安全和利益遭受特别严重的损害"], ["机密", "20年", "使国家安全和利益遭受严重的损害"], ["秘密", "10年", "使国家安全和利益遭受损害"]]):
    for j, v in enumerate(row): t.cell(i, j).text = v
para(d, "资料来源：《中华人民共和国保守国家秘密法》。本表供保密知识培训使用。", 12); save(d, "p02_levels_reference_table.docx")
lab("p02_levels_reference_table.docx", "pass", [], "python-docx: a ruled table listing 绝密/机密/秘密 one per cell with their maximum periods, as a training reference")

d = Document(); para(d, "000087", 16, "Times New Roman"); para(d, "特急", 16, "黑体"); redhead(d, "某某市人民政府", "某政发〔2026〕21号", "关于做好寒潮天气防范应对工作的紧急通知")
[para(d, t_) for t_ in BODY]; tail(d); save(d, "p03_fenhao_teji_nomarking.docx")
lab("p03_fenhao_teji_nomarking.docx", "pass", [], "python-docx: 版头 with 份号 000087 and 特急 but no 密级 line; ends （此件公开发布）")

d = Document(); para(d, "某某市人民政府办公室关于2026年政府信息公开工作年度报告", 18, "黑体", "c")
para(d, "三、收到和处理政府信息公开申请情况"); t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
for i, row in enumerate([["处理结果", "件数"], ["予以公开", "126"], ["不予公开——属于国家秘密", "0"], ["不予公开——涉及商业秘密、个人隐私", "3"], ["不予公开——属于三类内部事务信息", "2"]]):
    for j, v in enumerate(row): t.cell(i, j).text = v
para(d, "四、政府信息公开行政复议、行政诉讼情况：本年度未发生。"); save(d, "p04_annual_report_table.docx")
lab("p04_annual_report_table.docx", "pass", [], "python-docx: 政府信息公开年度报告 table rows 不予公开——属于国家秘密 / 涉及商业秘密、个人隐私 with counts")

d = Document(); para(d, "公文格式要素说明（培训讲义）", 18, "黑体", "c")
for t_ in ["版头部分一般包括份号、密级和保密期限、紧急程度、发文机关标志、发文字号、签发人等要素。",
           "如需标注密级和保密期限，顶格编排在版心左上角第二行；保密期限中的数字用阿拉伯数字标注。",
           "如需标注紧急程度，一般用3号黑体字，顶格编排在版心左上角；如需同时标注份号、密级和保密期限、紧急程度，按照份号、密级和保密期限、紧急程度的顺序自上而下分行排列。",
           "涉密公文应当标注份号。"]: para(d, t_)
save(d, "p05_format_training.docx")
lab("p05_format_training.docx", "pass", [], "python-docx: GB/T 9704 training text describing where 密级和保密期限 and 紧急程度 go, no marking itself")

d = Document(); para(d, "关于加强商业秘密保护工作的指导意见", 22, "方正小标宋简体", "c")
for t_ in ["商业秘密是企业的重要无形资产。各级市场监管部门要指导企业建立健全商业秘密保护制度。", "二、强化商业秘密保护宣传", "依法查处侵犯商业秘密违法行为，维护公平竞争的市场秩序。"]: para(d, t_)
save(d, "p06_shangye_mimi_title.docx")
lab("p06_shangye_mimi_title.docx", "pass", [], "python-docx: title 关于加强商业秘密保护工作的指导意见, 商业秘密 as a word, a heading 二、强化商业秘密保护宣传")

d = Document(); redhead(d); [para(d, t_) for t_ in BODY]; para(d, "").add_run().add_break(WD_BREAK.PAGE)
para(d, "（此页无正文）", 16); tail(d, open_="（此件公开发布）")
d.sections[0].footer.paragraphs[0].text = "— 2 —"; save(d, "p07_cipage_wuzhengwen.docx")
lab("p07_cipage_wuzhengwen.docx", "pass", [], "python-docx: signature page with （此页无正文） and （此件公开发布）; footer page number")

# ---------------- ReportLab ----------------
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('wqy', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
from reportlab.lib.pagesizes import A4
W, H = A4

def rl_body(c, y0=640, lines=BODY, title="关于加快推进重点项目建设的通知"):
    c.setFillColorRGB(1, 0, 0); c.setFont('wqy', 30); c.drawCentredString(W/2, 720, "某某市人民政府文件")
    c.setStrokeColorRGB(1, 0, 0); c.line(70, 690, W-70, 690); c.setFillColorRGB(0, 0, 0)
    c.setFont('wqy', 18); c.drawCentredString(W/2, 665, title); c.setFont('wqy', 14)
    y = y0
    for t_ in lines: c.drawString(72, y, t_[:36]); y -= 24
        
def rl(name, fn):
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4); c.setTitle("通知"); c.setAuthor("办公室"); fn(c); c.save()

def m20(c):
    rl_body(c); c.setFont('wqy', 16); c.drawString(72, 790, "000321"); c.drawString(72, 768, "秘密★1年"); c.drawString(72, 746, "加急"); c.showPage()
rl("m20_rl_marking_drawn_last.pdf", m20)
lab("m20_rl_marking_drawn_last.pdf", "block", ["classified_marking"], "ReportLab: body drawn first, then 份号, 秘密★1年 and 加急 drawn last in the content stream at the top left")

def m21(c):
    rl_body(c); c.saveState(); c.translate(40, 500); c.rotate(90); c.setFont('wqy', 16); c.drawString(0, 0, "机密★10年"); c.restoreState(); c.showPage()
rl("m21_rl_rotated_marking.pdf", m21)
lab("m21_rl_rotated_marking.pdf", "block", ["classified_marking"], "ReportLab: 机密★10年 drawn rotated 90° along the left binding edge, after the body")

def m22(c):
    rl_body(c); c.setStrokeColorRGB(0.85, 0, 0); c.setFillColorRGB(0.85, 0, 0); c.setLineWidth(2); c.rect(68, 758, 120, 30)
    c.setFont('wqy', 18); c.drawString(78, 766, "绝密★长期"); c.showPage()
rl("m22_rl_red_stamp_line.pdf", m22)
lab("m22_rl_red_stamp_line.pdf", "block", ["classified_marking"], "ReportLab: 绝密★长期 in red inside a red rectangle like a stamp, drawn after the body at the top left")

def m23(c):
    c.setPageRotation(90); c.setFont('wqy', 16); c.drawString(72, 790, "秘密★6个月"); rl_body(c); c.showPage()
rl("m23_rl_page_rotate.pdf", m23)
lab("m23_rl_page_rotate.pdf", "block", ["classified_marking"], "ReportLab: page with /Rotate 90 (shown landscape); 秘密★6个月 is the first line drawn")

def m24(c):
    rl_body(c); c.setFont('wqy', 16); x = 72
    for ch in "秘 密 ★ 2 年".split(" "): c.drawString(x, 768, ch); x += 22
    c.showPage()
rl("m24_rl_spaced_glyphs.pdf", m24)
lab("m24_rl_spaced_glyphs.pdf", "block", ["classified_marking"], "ReportLab: 秘密★2年 drawn glyph by glyph with 6pt gaps (letter-spaced) at the top left")

def m25(c):
    rl_body(c); c.drawString(72, 500, "附件：专项资金分配方案"); c.showPage()
    c.setFont('wqy', 16); c.drawString(72, 790, "附件"); c.drawString(72, 766, "机密★3年"); c.setFont('wqy', 18); c.drawCentredString(W/2, 730, "专项资金分配方案")
    c.setFont('wqy', 14); y = 690
    for t_ in BODY[1:]: c.drawString(72, y, t_[:36]); y -= 24
    c.showPage()
rl("m25_rl_attachment_page2.pdf", m25)
lab("m25_rl_attachment_page2.pdf", "block", ["classified_marking"], "ReportLab: page 1 an unmarked notice; page 2 the 附件 with its own 机密★3年 under 附件")

def p20(c):
    c.setFont('wqy', 18); c.drawCentredString(W/2, 780, "某某市人民政府信息公开指南"); c.setFont('wqy', 13); y = 740
    for t_ in ["行政机关不得公开涉及商业秘密、个人隐私等公开后", "会对第三方合法权益造成损害的政府信息。但是，", "第三方同意公开或者行政机关认为不公开会对公共", "利益造成重大影响的，予以公开。", "依法确定为国家秘密的政府信息，不予公开。",
               "申请人可以通过信函、传真或者网上申请平台提出申请。"]: c.drawString(72, y, t_); y -= 22
    c.showPage()
rl("p20_rl_gongkai_zhinan.pdf", p20)
lab("p20_rl_gongkai_zhinan.pdf", "pass", [], "ReportLab: 信息公开指南 sentences about 商业秘密、个人隐私 and 国家秘密 不予公开")

def p21(c):
    c.setFont('wqy', 18); c.drawCentredString(W/2, 780, "关于开展定密工作专项检查的通知"); c.setFont('wqy', 13); y = 740
    for t_ in ["检查内容：一是定密责任人制度落实情况；二是国家秘密", "密级、保密期限和知悉范围的确定、变更和解除情况；", "三是保密期限届满自行解密情况。", "检查时间：2026年12月10日至12月20日。"]: c.drawString(72, y, t_); y -= 22
    c.drawString(360, y - 30, "某某市国家保密局"); c.drawString(360, y - 52, "2026年12月1日"); c.showPage()
rl("p21_rl_dingmi_jiancha.pdf", p21)
lab("p21_rl_dingmi_jiancha.pdf", "pass", [], "ReportLab: notice of a 定密 inspection; 密级、保密期限 and 解密 as words in sentences wrapped over lines")

def p22(c):
    c.setFont('wqy', 16); c.drawString(72, 790, "000066"); c.drawString(72, 768, "加急"); rl_body(c, title="关于做好元旦春节期间市场保供工作的通知"); c.setFont('wqy', 14); c.drawString(72, 300, "（此件公开发布）"); c.showPage()
rl("p22_rl_fenhao_jiaji.pdf", p22)
lab("p22_rl_fenhao_jiaji.pdf", "pass", [], "ReportLab: 版头 with 份号 and 加急 drawn top left, no 密级")

# ---------------- OFD (GB/T 33190 layout, hand-written) ----------------
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
def tobj(i, x, y, size, text, color=None):
    dx = " ".join([str(size)] * (len(text) - 1))
    col = f'<ofd:FillColor Value="{color}"/>' if color else ""
    return (f'<ofd:TextObject ID="{i}" Boundary="{x} {y} {size*len(text)+2} {size*1.4}" Font="2" Size="{size}">{col}'
            f'<ofd:TextCode X="0" Y="{size}" DeltaX="{dx}">{text}</ofd:TextCode></ofd:TextObject>')

def ofd(name, pages, tpl=None, title="通知", custom=None):
    nid = [100]
    def objs(lines):
        out = []
        for (x, y, size, text, *col) in lines:
            nid[0] += 1; out.append(tobj(nid[0], x, y, size, text, col[0] if col else None))
        return "".join(out)
    z = zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED)
    z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>b20{zlib.crc32(name.encode())%10**8:08d}</ofd:DocID><ofd:Title>{title}</ofd:Title><ofd:Creator>b20 make.py</ofd:Creator><ofd:CreationDate>2026-12-06</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    tp = '<ofd:TemplatePage ID="3" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if tpl else ""
    pg = "".join(f'<ofd:Page ID="{10+i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tp}</ofd:CommonData><ofd:Pages>{pg}</ofd:Pages></ofd:Document>')
    z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>')
    if tpl:
        z.writestr("Doc_0/Tpls/Tpl_0/Content.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}><ofd:Content><ofd:Layer ID="4">{objs(tpl)}</ofd:Layer></ofd:Content></ofd:Page>')
    for i, lines in enumerate(pages):
        tref = '<ofd:Template TemplateID="3" ZOrder="Background"/>' if tpl else ""
        z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}>{tref}<ofd:Content><ofd:Layer ID="{50+i}">{objs(lines)}</ofd:Layer></ofd:Content></ofd:Page>')
    z.close()

def ofd_body(y=80, title="关于加快推进重点项目建设的通知"):
    L = [(35, 45, 12, "某某市人民政府文件", "255 0 0"), (50, 62, 5.6, "某政发〔2026〕18号"), (40, 72, 7.5, title)]
    for t_ in BODY: L.append((26, y, 5.6, t_[:28])); y += 9
    return L

ofd("m30_ofd_banto.ofd", [[(26, 20, 5.6, "000123"), (26, 28, 5.6, "秘密★1年"), (26, 36, 5.6, "特急")] + ofd_body()])
lab("m30_ofd_banto.ofd", "block", ["classified_marking"], "hand-written OFD: 版头 TextObjects 份号, 秘密★1年, 特急 at the top left of the page content")
ofd("m31_ofd_template_marking.ofd", [ofd_body(), ofd_body()], tpl=[(26, 22, 5.6, "机密★2年")])
lab("m31_ofd_template_marking.ofd", "block", ["classified_marking"], "hand-written OFD: 机密★2年 only on the TemplatePage both pages use (README: template pages as headers)")
pg = ofd_body(); x = 26
for ch in "绝密★长期": pg.append((x, 28, 5.6, ch)); x += 5.6
ofd("m32_ofd_glyph_objects.ofd", [pg])
lab("m32_ofd_glyph_objects.ofd", "block", ["classified_marking"], "hand-written OFD: 绝密★长期 as five TextObjects of one glyph each, drawn after the body")
ofd("m33_ofd_attachment_page.ofd", [ofd_body(), [(26, 20, 5.6, "附件2"), (26, 30, 5.6, "秘密★5年"), (60, 45, 7.5, "重点项目清单")] + [(26, 60 + 9*i, 5.6, t_[:28]) for i, t_ in enumerate(BODY[1:])]])
lab("m33_ofd_attachment_page.ofd", "block", ["classified_marking"], "hand-written OFD: page 2 is 附件2 with its own 秘密★5年 line")
ofd("m34_ofd_neibu.ofd", [[(26, 28, 5.6, "内部资料　注意保存")] + ofd_body()])
lab("m34_ofd_neibu.ofd", "review", ["sensitive_term"], "hand-written OFD: 内部资料　注意保存 at the top left")
ofd("m35_ofd_spaced.ofd", [[(26, 28, 5.6, "机 密 ★ 1 年")] + ofd_body()])
lab("m35_ofd_spaced.ofd", "block", ["classified_marking"], "hand-written OFD: 机 密 ★ 1 年 with ASCII spaces between glyphs in one TextCode")
ofd("p30_ofd_teji_clean.ofd", [[(26, 20, 5.6, "000088"), (26, 28, 5.6, "特急")] + ofd_body(title="关于做好防汛抗旱工作的紧急通知") + [(26, 140, 5.6, "（此件公开发布）")]])
lab("p30_ofd_teji_clean.ofd", "pass", [], "hand-written OFD: 份号 and 特急, no 密级; （此件公开发布）")
ofd("p31_ofd_jiemi_notice.ofd", [[(40, 30, 7.5, "关于部分文件解密的公告"), (26, 50, 5.6, "经审核，下列文件保密期限已满或不再需要保密，"), (26, 59, 5.6, "已依法解密，现按规定予以公开："),
                                 (26, 68, 5.6, "1．关于重点项目布局的通知（某政发〔2016〕12号）"), (26, 77, 5.6, "2．关于口岸设施建设的意见（某政发〔2015〕40号）")]])
lab("p31_ofd_jiemi_notice.ofd", "pass", [], "hand-written OFD: a 解密 notice listing titles of documents that have been 解密, no marking form; docs/ say nothing about 解密, passes as prose about secrecy")
ofd("p32_ofd_gongkai_catalog.ofd", [[(40, 20, 7.5, "政府信息公开目录"), (20, 35, 5, "索引号　　　　　名称　　　　　　　　　　公开属性"), (20, 45, 5, "11330100-2026-001　年度预算公开说明　　主动公开"),
                                    (20, 55, 5, "11330100-2026-002　征地补偿批复　　　　依申请公开"), (20, 65, 5, "11330100-2026-003　干部考察材料　　　　不予公开")]])
lab("p32_ofd_gongkai_catalog.ofd", "pass", [], "hand-written OFD: 信息公开目录 lines with 公开属性 主动公开/依申请公开/不予公开")

# ---------------- flat ODF sources for LibreOffice ----------------
FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style></office:styles>
<office:automatic-styles><style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="RED" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#ff0000" fo:font-size="30pt" style:font-size-asian="30pt"/></style:style>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:border="none" style:wrap="none"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="0.5cm"/></style:header-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%HEADER%</style:master-page></office:master-styles>
<office:body><office:text>
'''
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;")
def fodt(name, lines, header=None):
    hdr = f"<style:header><text:p>{esc(header)}</text:p></style:header>" if header else ""
    body = []
    for l in lines:
        if isinstance(l, tuple): body.append(f'<text:p text:style-name="{l[0]}">{l[1] if l[0]=="RAW" else esc(l[1])}</text:p>' if l[0] != "RAW" else l[1])
        else: body.append(f"<text:p>{esc(l)}</text:p>")
    open(os.path.join(SRC, name), "w", encoding="utf-8").write(FODT_HEAD.replace("%HEADER%", hdr) + "\n".join(body) + "\n</office:text></office:body></office:document>\n")

RH = [("RED", "某某市人民政府文件"), ("C", "某政发〔2026〕18号"), ("C", "关于加快推进重点项目建设的通知")]
fodt("lo_banto.fodt", ["000456", "秘密★1年", "特急"] + RH + BODY + ["某某市人民政府", "2026年11月20日"])
fodt("lo_header.fodt", RH + BODY, header="机密★2年")
fodt("lo_textbox.fodt", [("RAW", '<text:p><draw:frame draw:style-name="fr1" draw:name="版头" text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" svg:width="5cm" svg:height="1.2cm"><draw:text-box><text:p>秘密★6个月</text:p></draw:text-box></draw:frame></text:p>')] + RH + BODY)
fodt("lo_spaced.fodt", ["000457", "机　密★1年", "加急"] + RH + BODY)
fodt("lo_attach.fodt", RH + BODY + ["附件：重点项目清单", "某某市人民政府", ("PB", "附件"), "绝密★长期", ("C", "重点项目清单")] + BODY[1:])
fodt("lo_neibu.fodt", ["内部资料　注意保存"] + RH + BODY)
fodt("lo_clean_jiaji.fodt", ["000102", "加急"] + RH + BODY + ["某某市人民政府", "2026年11月20日", "（此件公开发布）"])
fodt("lo_clean_law.fodt", [("C", "中华人民共和国保守国家秘密法（摘录）"), "第十三条　国家秘密的密级分为“绝密”“机密”“秘密”三级。",
     "“绝密”是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；“机密”是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；“秘密”是一般的国家秘密，泄露会使国家安全和利益遭受损害。",
     "第十五条　国家秘密的保密期限，应当根据事项的性质和特点，按照维护国家安全和利益的需要，限定在必要的期限内。"])
fodt("lo_clean_news.fodt", [("C", "市委保密委员会召开全体会议"), "12月3日，市委保密委员会召开全体（扩大）会议，传达学习全国保密工作会议精神，总结今年保密工作，部署明年重点任务。",
     "会议强调，要严格落实保密工作责任制，加强定密管理和涉密人员管理，坚持“涉密不上网、上网不涉密”，做好政府信息公开保密审查。", "市保密局、市委网信办等单位负责同志参加会议。"])
fodt("lo_fodt_itself.fodt", ["000458", "秘密★2年"] + RH + BODY)
fodt("lo_clean_fodt.fodt", [("C", "关于征集个人隐私和商业秘密保护典型案例的通知"), "为推动个人信息保护和商业秘密保护工作，现征集典型案例。", "征集截止时间：2027年1月15日。"])
fodt("lo_rtf_mark.fodt", ["秘密★10年"] + RH + BODY)

# ---------------- HTML sources for Chromium / LibreOffice ----------------
CSS = "<style>body{font-family:'WenQuanYi Micro Hei';font-size:16pt;width:156mm;margin:20mm auto} .red{color:#e00;text-align:center;font-size:30pt} .c{text-align:center} .hd{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei'}</style>"
def html(name, inner, title="通知"):
    open(os.path.join(SRC, name), "w", encoding="utf-8").write(f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title}</title>{CSS}</head><body>{inner}</body></html>")
RHH = "<p class='red'>某某市人民政府文件</p><p class='c'>某政发〔2026〕18号</p><hr style='border:1px solid #e00'><h2 class='c'>关于加快推进重点项目建设的通知</h2>" + "".join(f"<p>{t_}</p>" for t_ in BODY)
html("ch_banto.html", "<p class='hd'>000789</p><p class='hd'>秘密★1年</p><p class='hd'>特急</p>" + RHH)
html("ch_table.html", "<table style='width:100%'><tr><td class='hd'>机密★5年</td><td class='hd' style='text-align:right'>份号：000012</td></tr><tr><td class='hd'>加急</td><td></td></tr></table>" + RHH)
html("ch_abs_last.html", RHH + "<div class='hd' style='position:absolute;top:8mm;left:27mm'>绝密★30年</div>")
html("ch_letterspace.html", "<p class='hd' style='letter-spacing:1em'>秘密★1年</p>" + RHH)
html("ch_split_spans.html", "<p><span style='font-family:Noto Sans CJK SC;font-weight:bold'>机</span><span style='color:#c00'>密</span><span style='font-size:12pt'>★</span><b>3</b>年</p>" + RHH)
html("ch_clean_training.html", "<h2 class='c'>保密宣传教育月知识要点</h2><p>国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。</p><p>机关、单位对所产生的国家秘密事项，应当按照国家秘密及其密级的具体范围的规定确定密级，同时确定保密期限和知悉范围。</p><p>公开发布信息前要进行保密审查，做到“涉密不上网，上网不涉密”。</p>", "保密宣传")
html("ch_clean_teji.html", "<p class='hd'>000055</p><p class='hd'>特急</p>" + RHH + "<p>（此件公开发布）</p>")
html("ch_clean_catalog.html", "<h2 class='c'>政府信息公开目录</h2><table border='1' style='border-collapse:collapse;width:100%;font-size:11pt'><tr><th>索引号</th><th>信息名称</th><th>发布日期</th><th>公开属性</th></tr>"
     "<tr><td>113301000024-2026-0001</td><td>2026年部门预算</td><td>2026-02-10</td><td>主动公开</td></tr><tr><td>113301000024-2026-0002</td><td>行政许可决定书</td><td>2026-03-05</td><td>依申请公开</td></tr>"
     "<tr><td>113301000024-2026-0003</td><td>内部人事考察材料</td><td>2026-04-01</td><td>不予公开</td></tr><tr><td>113301000024-2026-0004</td><td>涉及商业秘密的投标文件</td><td>2026-04-12</td><td>不予公开</td></tr></table>", "公开目录")
html("ch_clean_news.html", "<h2 class='c'>县保密局开展保密工作专项检查</h2><p>近日，县保密局组成检查组，对全县32个机关单位开展保密工作专项检查。检查组重点检查了定密工作、涉密载体管理、计算机和移动存储介质保密管理、政府信息公开保密审查等情况。</p><p>对检查中发现的问题，检查组当场反馈并督促整改。</p>", "新闻")
html("ch_clean_jiemi.html", "<h2 class='c'>某某市国家保密局关于公布解密文件目录的通知</h2><p>根据《中华人民共和国保守国家秘密法》及其实施条例，经各定密机关审核，下列文件已解密。解密后的文件是否公开，由各机关依照《政府信息公开条例》确定。</p><ol><li>关于港区规划调整的请示（2012年）</li><li>关于重点工程选址的批复（2013年）</li></ol>", "解密目录")
html("ht_page_marking.html", "<p class='hd'>000901</p><p class='hd'>秘密★１年</p>" + RHH)
html("ht_page_clean.html", "<p class='hd'>000902</p><p class='hd'>特急</p>" + RHH + "<p>（此件公开发布）</p>")
html("ht_page_jiemi_quote.html", "<h2 class='c'>关于市水利局部分文件解密的说明</h2><p>经审核，市水利局2015年印发的《关于水库调度的通知》（原标注“机密★5年”）保密期限已满，现已解密，可依申请公开。</p>")
html("lo_html_doc.html", "<p>000903</p><p>机密★1年</p><p>特急</p>" + RHH)

# plain texts
open(os.path.join(OUT, "m40_text_banto.txt"), "w", encoding="utf-8").write("000999\n秘密★6个月\n加急\n\n某某县人民政府文件\n某政发〔2026〕3号\n\n关于做好冬季森林防火工作的通知\n\n" + "\n".join(BODY) + "\n")
lab("m40_text_banto.txt", "block", ["classified_marking"], "UTF-8 text: 份号, 秘密★6个月, 加急 lines then the notice")
open(os.path.join(OUT, "m41_text_gb18030_spaced.txt"), "wb").write(("秘　密★1年\r\n\r\n关于调整部分干部职务的通知\r\n" + "\r\n".join(BODY) + "\r\n").encode("gb18030"))
lab("m41_text_gb18030_spaced.txt", "block", ["classified_marking"], "GB18030 text with CRLF: 秘　密★1年 (ideographic space inside the level) on line 1")
open(os.path.join(OUT, "p40_text_quiz_free.txt"), "w", encoding="utf-8").write("保密工作简报（第12期）\n\n本期要闻：全市召开保密工作会议\n11月28日，全市保密工作会议召开。会议指出，今年以来全市各级机关认真贯彻保守国家秘密法，定密工作进一步规范，密级、保密期限标注准确率明显提高。\n会议要求，要加强网站信息发布保密审查，坚决防止国家秘密和工作秘密信息上网。\n")
lab("p40_text_quiz_free.txt", "pass", [], "UTF-8 text: 保密工作简报 news of a 保密工作 meeting; 国家秘密和工作秘密 inside a sentence")
open(os.path.join(OUT, "p41_text_shangye.txt"), "w", encoding="utf-8").write("商业秘密\n\n商业秘密是指不为公众所知悉、具有商业价值并经权利人采取相应保密措施的技术信息、经营信息等商业信息。\n")
lab("p41_text_shangye.txt", "pass", [], "UTF-8 text: an explainer whose first line is the heading 商业秘密 alone (秘密 as part of a word, not a level)")

# ---------------- second batch (written blind after the first score, same contract) ----------------
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
d = Document(); p = d.add_paragraph(); cjk(p.add_run("秘密"), 16, "黑体")
p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0AB"/></w:r>')); cjk(p.add_run("1年"), 16, "黑体")
redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None); save(d, "m14_wsym_wingdings_star.docx")
lab("m14_wsym_wingdings_star.docx", "block", ["classified_marking"], "python-docx: 秘密★1年 whose ★ is Word's Insert Symbol: <w:sym w:font=\"Wingdings\" w:char=\"F0AB\"/> (Wingdings 0xAB is the black star), not a text character")
d = Document(); p = d.add_paragraph(); cjk(p.add_run("机密"), 16, "黑体"); r = p.add_run("\uF0AB"); r.font.name = "Wingdings"; cjk(p.add_run("2年"), 16, "黑体")
redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None); save(d, "m15_pua_wingdings_star.docx")
lab("m15_pua_wingdings_star.docx", "block", ["classified_marking"], "python-docx: 机密★2年 whose ★ is U+F0AB (private use) in a Wingdings run, as Word writes a symbol pasted from another document")
d = Document(); para(d, "【秘密】", 16, "黑体"); redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None); save(d, "m16_bracket_bare_level.docx")
lab("m16_bracket_bare_level.docx", "block", ["classified_marking"], "python-docx: 【秘密】 alone on line 1 heading the document (a bare level in brackets; docs: a bare 秘密 heading a document)")
d = Document(); para(d, "秘密　保密期限：1年", 16, "黑体"); para(d, "特急", 16, "黑体"); redhead(d); [para(d, t_) for t_ in BODY]; tail(d, open_=None); save(d, "m17_level_then_qixian_label.docx")
lab("m17_level_then_qixian_label.docx", "block", ["classified_marking"], "python-docx: 秘密　保密期限：1年 on line 1 (the level then its period written as a label, an OA export form), 特急 below")
for name, lv in [("m18_gaozhi_miji_cell.docx", "秘密"), ("p08_gaozhi_feimi_cell.docx", "非密")]:
    d = Document(); para(d, "某某市人民政府办公室发文稿纸", 18, "黑体", "c"); t = d.add_table(rows=3, cols=4); t.style = "Table Grid"
    for i, row in enumerate([["密级", lv, "紧急程度", "特急"], ["签发", "张某某", "会签", ""], ["公开属性", "主动公开" if lv == "非密" else "不予公开", "份数", "30"]]):
        for j, v in enumerate(row): t.cell(i, j).text = v
    para(d, "标题：关于加快推进重点项目建设的通知"); [para(d, t_) for t_ in BODY]; save(d, name)
lab("m18_gaozhi_miji_cell.docx", "block", ["classified_marking"], "python-docx: 发文稿纸 form table, cell 密级 then cell 秘密 (with 紧急程度 特急, 公开属性 不予公开)")
lab("p08_gaozhi_feimi_cell.docx", "pass", [], "python-docx: the same 发文稿纸 with 密级 非密 and 公开属性 主动公开: no marking")

import json
json.dump(LABELS, open(os.path.join(SRC, "labels_py.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
