"""LibreOffice (soffice --headless --convert-to pdf) files of blind18-pdf, from
python-docx DOCX and a hand-written flat ODT. Also writes base PDFs into WORK
for the pdf-lib, qpdf and ghostscript transforms."""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Mm

from data import R, card, hkmo, id18, mobile, name, passport, uscc
from common import L, OUT, WORK

FS = "仿宋_GB2312"
HT = "方正小标宋简体"


def font(run, face=FS, size=16, color=None, bold=False):
    run.font.name = face
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), face)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def P(doc, text, face=FS, size=16, align=None, color=None, indent=True, bold=False):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    font(p.add_run(text), face, size, color, bold)
    return p


def new():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    return d


def hongtou(d, org="××县人民政府办公室"):
    P(d, org + "文件", HT, 26, "c", "D00000", bold=True)
    P(d, "×政办发〔2026〕31号", FS, 16, "c")
    P(d, "—" * 22, FS, 16, "c", "D00000")


def convert(docs):
    """Converts every file of docs (paths in WORK) to PDF in WORK in one soffice run."""
    prof = "file://" + os.path.join(WORK, "lo-profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", WORK] + docs, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def save(d, stem):
    p = os.path.join(WORK, stem + ".docx")
    d.save(p)
    return p


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="WenQuanYi Zen Hei" svg:font-family="'WenQuanYi Zen Hei'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="WenQuanYi Zen Hei" fo:font-size="18pt" style:font-size-asian="18pt"/></style:style>
  <style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.8cm"/><style:text-properties style:font-name-asian="WenQuanYi Zen Hei" fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
%s
 </office:text></office:body></office:document>
"""


def run():
    docs = []
    # l01: 公文 head block at the top-left.
    d = new()
    for t in ["000058", "秘密★1年", "特急"]:
        P(d, t, "黑体", 16, indent=False)
    hongtou(d)
    P(d, "关于做好2026年冬季森林防火工作的通知", HT, 22, "c")
    P(d, "各乡镇人民政府，县政府各部门：", indent=False)
    P(d, "当前已进入森林防火紧要期，为切实做好冬季森林防火工作，现就有关事项通知如下。")
    P(d, "一、加强火源管控。各乡镇要严格野外用火审批。")
    docs.append(save(d, "l01_gongwen_head"))
    L("l01_gongwen_head.pdf", "block", ["classified_marking"], [],
      "LibreOffice from DOCX (python-docx), fonts 仿宋_GB2312/黑体/方正小标宋 absent so substituted: 份号, 秘密★1年, 特急 at the top-left above the red 红头")

    # l02: the internal label only in the page header.
    d = new()
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("内部资料　注意保存"), "黑体", 10)
    P(d, "2026年三季度全县经济运行情况分析", HT, 20, "c")
    for _ in range(3):
        P(d, "三季度，全县经济运行总体平稳，主要指标保持合理区间，规模以上工业增加值同比增长5.2%。")
    docs.append(save(d, "l02_header_label"))
    L("l02_header_label.pdf", "review", ["sensitive_term"], [],
      "LibreOffice from DOCX: 内部资料　注意保存 only in the page header (right-aligned), body clean")

    # l03: roster with narrow columns, IDs and cards wrap.
    d = new()
    P(d, "2026年度农村低保新增对象名单", HT, 18, "c")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    raws = []
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "身份证号", "社保卡银行账号", "联系电话"]):
        font(c.paragraphs[0].add_run(h), "黑体", 10)
    for k in range(5):
        vals = [str(k + 1), name(), id18(), card("621700"), mobile()]
        raws += vals[2:]
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            font(c.paragraphs[0].add_run(v), FS, 10)
    for row in t.rows:
        for c, w in zip(row.cells, [Mm(10), Mm(18), Mm(28), Mm(30), Mm(26)]):
            c.width = w
    docs.append(save(d, "l03_roster_table"))
    L("l03_roster_table.pdf", "block", ["id_card", "bank_card", "mobile_phone"], raws,
      "LibreOffice from DOCX: a Table Grid roster whose narrow 身份证号 and 银行账号 cells wrap each number over two lines")

    # l05: UNC path and a 10.x host in the text.
    d = new()
    P(d, "关于报送年度考核材料的通知", HT, 20, "c")
    P(d, "各科室：请将年度考核材料于12月20日前放入共享目录 \\\\192.168.10.8\\人事科\\2026考核\\ 或发送至 http://10.20.1.5:8090/upload 。")
    docs.append(save(d, "l05_unc_path"))
    L("l05_unc_path.pdf", "review", ["internal_address"], [],
      "LibreOffice from DOCX: a UNC path \\\\192.168.10.8\\人事科\\… and an intranet upload URL in the body")

    # l07: bare level word 秘密 in the page header.
    d = new()
    hp = d.sections[0].header.paragraphs[0]
    font(hp.add_run("秘密"), "黑体", 16)
    P(d, "全县重点项目推进情况汇报", HT, 20, "c")
    P(d, "今年以来，全县重点项目总体进展顺利，完成年度投资计划的87%。" * 3)
    docs.append(save(d, "l07_header_bare_level.docx"[:-5]))
    L("l07_header_bare_level.pdf", "block", ["classified_marking"], [],
      "LibreOffice from DOCX: a bare 秘密 alone in the page header (README: a bare level word in a page header is a marking)")

    # ---- clean controls ----
    d = new()
    hongtou(d)
    P(d, "关于2026年元旦春节期间政务服务安排的通知", HT, 22, "c")
    P(d, "各有关单位：", indent=False)
    P(d, "元旦春节期间，12345政务服务便民热线24小时正常受理。市民中心咨询电话0571-85254321。")
    P(d, "承接单位：杭州某某物业服务有限公司（统一社会信用代码%s）。" % uscc())
    docs.append(save(d, "n06_lo_gongwen_clean"))
    L("n06_lo_gongwen_clean.pdf", "pass", [], [], "clean, LibreOffice 公文 with 红头: hotline 12345, landline, a company's 统一社会信用代码")

    d = new()
    P(d, "保密知识问答", HT, 20, "c")
    P(d, "国家秘密的密级和保密期限一览：", indent=False)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r, vals in zip(t.rows, [["密级", "保密期限（一般不超过）", "说明"], ["绝密", "30年", "最重要的国家秘密"],
                                ["机密", "20年", "重要的国家秘密"], ["秘密", "10年", "一般的国家秘密"]]):
        for c, v in zip(r.cells, vals):
            font(c.paragraphs[0].add_run(v), FS, 12)
    P(d, "以上内容摘自《中华人民共和国保守国家秘密法》。")
    docs.append(save(d, "n07_levels_table"))
    L("n07_levels_table.pdf", "pass", [], [], "clean near miss, LibreOffice: a table of the levels 绝密/机密/秘密 with their 期限 in a secrecy Q&A")

    d = new()
    P(d, "关于加强工作秘密管理的通知", HT, 20, "c")
    P(d, "工作秘密是指机关、单位在公务活动和内部管理中产生的，不属于国家秘密但泄露后会造成一定不利影响的事项。")
    P(d, "各单位要依照《中华人民共和国保守国家秘密法》和有关规定，做好工作秘密的确定、标注和管理。")
    docs.append(save(d, "n08_work_secret_prose"))
    L("n08_work_secret_prose.pdf", "pass", [], [], "clean near miss, LibreOffice: 工作秘密 after 关于 in the title and being defined in the body")

    # Base documents for the transforms (not in the corpus themselves).
    base = {}
    d = new()
    P(d, "关于公布2026年度区级财政专项资金分配结果的通知", HT, 18, "c")
    P(d, "根据区政府常务会议决定，现将2026年度区级财政专项资金分配结果予以公布。")
    P(d, "一、产业发展资金1200万元。二、社会事业资金860万元。")
    P(d, "联系电话：0571-86521234。")
    docs.append(save(d, "base_clean"))
    for stem, what in [("base_mobile", "mobile"), ("base_card", "card"), ("base_id", "id"), ("base_marking", "marking")]:
        d = new()
        if what == "marking":
            P(d, "机密★10年", "黑体", 16, indent=False)
        P(d, "关于拨付2026年度就业补助资金的通知", HT, 18, "c")
        P(d, "各街道：现将2026年度就业补助资金拨付情况通知如下。")
        if what == "mobile":
            base[stem] = mobile()
            P(d, "经办人：%s，手机：%s。" % (name(), base[stem]))
        elif what == "card":
            base[stem] = card("622848")
            P(d, "补助资金已汇入申请人%s的银行卡，卡号%s。" % (name(), base[stem]))
        elif what == "id":
            base[stem] = id18()
            P(d, "申请人%s，公民身份号码%s，符合补助条件。" % (name(), base[stem]))
        P(d, "请各街道做好资金监管工作。")
        docs.append(save(d, stem))

    # l04: hand-written flat ODT with passport numbers.
    pp, hk = passport(), hkmo()
    body = "".join("<text:p text:style-name='%s'>%s</text:p>" % s for s in [
        ("P1", "2026年因公出国（境）人员备案表"),
        ("P2", "出访人员：%s，护照号码：%s，赴德国参加经贸交流活动。" % (name(), pp)),
        ("P2", "随行人员：%s，往来港澳通行证号码：%s。" % (name(), hk))])
    fodt = os.path.join(WORK, "l04_fodt_passport.fodt")
    with open(fodt, "w", encoding="utf-8") as f:
        f.write(FODT % body)
    docs.append(fodt)
    L("l04_fodt_passport.pdf", "review", ["passport"], [pp, hk],
      "LibreOffice from a hand-written flat ODT (.fodt): a 护照号码 and a 往来港澳通行证号码 in a 备案表")

    body = "".join("<text:p text:style-name='%s'>%s</text:p>" % s for s in [
        ("P1", "关于公布第三批市级非物质文化遗产代表性项目名录的通知"),
        ("P2", "经专家评审和社会公示，现将第三批市级非物质文化遗产代表性项目名录予以公布。"),
        ("P2", "联系单位：市文化和旅游局非遗处，电话0571-85101234。")])
    fodt = os.path.join(WORK, "n27_fodt_clean.fodt")
    with open(fodt, "w", encoding="utf-8") as f:
        f.write(FODT % body)
    docs.append(fodt)
    L("n27_fodt_clean.pdf", "pass", [], [], "clean, LibreOffice from a hand-written flat ODT: a list announcement with a landline")

    convert(docs)
    for p in docs:
        stem = os.path.splitext(os.path.basename(p))[0]
        if not stem.startswith("base"):
            shutil.copy(os.path.join(WORK, stem + ".pdf"), os.path.join(OUT, stem + ".pdf"))
    return base
