"""ReportLab files, hand-built PDF shapes (pikepdf, raw incremental updates,
Type 3 fonts) and scans (PIL + img2pdf, tesseract) of blind18-pdf."""
import io
import os
import re
import subprocess
import zlib

import pikepdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph

from data import R, card, id18, luhn_ok, mobile, name, plate
from common import L, OUT, WORK

ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
MICRO = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("Zen", ZEN, subfontIndex=0))
W, H = A4


def cv(fname, **kw):
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4, **kw)
    c.setCreator("ReportLab")
    return c


def lines(c, x, y, texts, size=14, lead=24, face="Zen"):
    c.setFont(face, size)
    for t in texts:
        c.drawString(x, y, t)
        y -= lead
    return y


def title(c, t, y=720):
    c.setFont("Zen", 20)
    c.drawCentredString(W / 2, y, t)


def visa_card():
    body = "436742" + "".join(str(R.randint(0, 9)) for _ in range(9))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def run_reportlab():
    # r01: marking drawn last in the stream, shown at the top-left.
    c = cv("r01_marking_drawn_last.pdf")
    title(c, "关于做好重大活动安保工作的通知", 700)
    lines(c, 72, 650, ["各有关单位：", "为确保重大活动期间社会稳定，现就安保工作通知如下。", "一、提高思想认识，落实安保责任。"])
    c.setFont("Zen", 16)
    c.drawString(72, 790, "机密★3年")
    c.save()
    L("r01_marking_drawn_last.pdf", "block", ["classified_marking"], [],
      "ReportLab: 机密★3年 is the last drawString of the page stream but sits at the page's top-left, above the title")

    # r02: a page with /Rotate 90 (landscape form), ID on it.
    i1 = id18()
    c = cv("r02_rotated_page.pdf")
    c.setPageRotation(90)
    title(c, "行政许可决定书（存根）", 520)
    lines(c, 72, 460, ["申请人：%s" % name(), "身份证号：%s" % i1, "许可事项：食品经营许可"])
    c.save()
    L("r02_rotated_page.pdf", "block", ["id_card"], [i1], "ReportLab setPageRotation(90): a landscape-boxed page with /Rotate 90; an ID after 身份证号")

    # r03: an AcroForm text field whose value is an ID.
    i2 = id18()
    c = cv("r03_acroform_value.pdf")
    title(c, "个人信息登记表")
    lines(c, 72, 660, ["登记编号：", "身份证号："])
    c.acroForm.textfield(name="xm", value="DJ-2026-0117", x=170, y=652, width=200, height=20, fontName="Helvetica")
    c.acroForm.textfield(name="sfzh", value=i2, x=170, y=628, width=200, height=20, fontName="Helvetica")
    c.save()
    L("r03_acroform_value.pdf", "block", ["id_card"], [i2], "ReportLab AcroForm: the ID is only the value of text field sfzh (with its appearance stream)")

    # r05: a bookmark (outline) title with a mobile, the page does not have it.
    m5 = mobile()
    c = cv("r05_outline_only.pdf")
    title(c, "关于组织开展安全生产大检查的通知")
    lines(c, 72, 660, ["一、检查范围", "二、检查内容", "三、联系方式见附件"])
    c.bookmarkPage("p1")
    c.addOutlineEntry("关于组织开展安全生产大检查的通知", "p1", level=0)
    c.addOutlineEntry("附件：联络员%s %s" % (name(), m5), "p1", level=1)
    c.showOutline()
    c.save()
    L("r05_outline_only.pdf", "review", ["mobile_phone"], [m5],
      "ReportLab: the mobile is only in a second-level bookmark (outline) title, not on the page")

    # r06: a link annotation whose URI is an intranet host; the visible text says 附件下载.
    c = cv("r06_link_uri_only.pdf")
    title(c, "关于印发《机关档案管理办法》的通知")
    lines(c, 72, 660, ["各处室：现将《机关档案管理办法》印发给你们，请遵照执行。", "附件下载"])
    c.linkURL("http://192.168.3.15/dangan/banfa2026.docx", (72, 630, 150, 652), relative=0)
    c.save()
    L("r06_link_uri_only.pdf", "review", ["internal_address"], [],
      "ReportLab: a Link annotation with a /URI to 192.168.3.15 over the words 附件下载; the address is not on the page")

    # r08: two platypus frames (two columns) with a non-UnionPay card after 卡号.
    vc = visa_card()
    c = cv("r08_two_frames_card.pdf")
    st = ParagraphStyle("b", fontName="Zen", fontSize=11, leading=17, firstLineIndent=22, wordWrap="CJK")
    fill = "本年度慈善救助项目惠及困难群众三千余人，各项资金均按规定程序拨付，接受社会监督。" * 4
    left = [Paragraph(fill, st), Paragraph("受助人%s的救助金已转入其本人银行卡，卡号 %s。" % (name(), vc), st)]
    right = [Paragraph(fill, st), Paragraph(fill, st)]
    Frame(60, 80, 230, 680).addFromList(right if False else left, c)
    Frame(305, 80, 230, 680).addFromList(right, c)
    c.save()
    L("r08_two_frames_card.pdf", "block", ["bank_card"], [vc],
      "ReportLab platypus, two frames as columns: a Luhn-valid 16-digit Visa-prefix card (436742…) after 银行卡，卡号 (not UnionPay, keyword context)")

    # r09: the ID glyphs drawn one by one in shuffled stream order.
    i9 = id18()
    c = cv("r09_shuffled_glyphs.pdf")
    title(c, "低保待遇审批表")
    c.setFont("Zen", 14)
    c.drawString(72, 660, "申请人：%s" % name())
    c.drawString(72, 636, "身份证号：")
    x0 = 72 + 14 * 5
    order = list(range(18))
    R.shuffle(order)
    for k in order:
        c.drawString(x0 + k * 8.4, 636, i9[k])
    c.drawString(72, 612, "审批意见：同意。")
    c.save()
    L("r09_shuffled_glyphs.pdf", "block", ["id_card"], [i9],
      "ReportLab: each digit of the ID drawn by its own drawString in shuffled order at its x position (stream order ≠ reading order)")

    # r10: a reportlab Form XObject watermark 工作秘密, drawn under the body on both pages.
    c = cv("r10_form_xobject_wm.pdf")
    c.beginForm("wm")
    c.saveState()
    c.setFillGray(0.85)
    c.setFont("Zen", 60)
    c.translate(W / 2, H / 2)
    c.rotate(45)
    c.drawCentredString(0, 0, "工作秘密")
    c.restoreState()
    c.endForm()
    for pg in range(2):
        c.doForm("wm")
        title(c, "2026年度部门预算执行情况分析" if pg == 0 else "（续）")
        lines(c, 72, 660, ["截至11月底，部门预算执行率达到86.5%，较上年同期提高3.2个百分点。"] * 5, size=12)
        c.showPage()
    c.save()
    L("r10_form_xobject_wm.pdf", "review", ["sensitive_term"], [],
      "ReportLab beginForm/doForm: 工作秘密 as a grey 45° watermark in a Form XObject painted under the body on both pages")

    # ---- clean ----
    c = cv("n30_rl_xobject_wm_clean.pdf")
    c.beginForm("wm")
    c.saveState()
    c.setFillGray(0.85)
    c.setFont("Zen", 72)
    c.translate(W / 2, H / 2)
    c.rotate(45)
    c.drawCentredString(0, 0, "样　张")
    c.restoreState()
    c.endForm()
    c.doForm("wm")
    title(c, "2027年度公务员考试录用报名表（样张）")
    lines(c, 72, 660, ["姓名：", "报考职位：", "本表仅供参考，以正式报名系统为准。"], size=12)
    c.save()
    L("n30_rl_xobject_wm_clean.pdf", "pass", [], [], "clean, ReportLab Form XObject watermark 样　张 at 45° over a blank sample form")

    c = cv("n09_rl_tender.pdf")
    title(c, "政务云平台运维服务项目招标公告")
    lines(c, 72, 660, ["采购人：××市大数据发展管理局", "项目预算：285万元",
                        "公网访问地址：https://zfcg.example.gov.cn（202.96.134.133）",
                        "联系电话：0571-89581234　电子邮箱：zfcg@example.gov.cn",
                        "投标截止时间：2026年12月28日9时30分"], size=12)
    c.save()
    L("n09_rl_tender.pdf", "pass", [], [], "clean, ReportLab tender notice: a public IP, an agency landline and mailbox (email is info)")

    c = cv("n10_rl_outline_clean.pdf")
    title(c, "政府信息公开工作年度报告")
    lines(c, 72, 660, ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"])
    c.bookmarkPage("p1")
    for t in ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]:
        c.addOutlineEntry(t, "p1", level=0)
    c.linkURL("https://www.gov.cn/zhengce/", (72, 560, 300, 580), relative=0)
    c.drawString(72, 566, "中国政府网政策库")
    c.showOutline()
    c.save()
    L("n10_rl_outline_clean.pdf", "pass", [], [], "clean, ReportLab: bookmarks of an annual report, a link to www.gov.cn")

    c = cv("n11_rl_form_clean.pdf")
    title(c, "政府信息公开申请表")
    lines(c, 72, 660, ["申请人类型：", "所需信息内容描述："])
    c.acroForm.textfield(name="lx", value="legal person", x=200, y=652, width=200, height=20, fontName="Helvetica")
    c.acroForm.textfield(name="nr", value="2025 budget report", x=200, y=628, width=200, height=20, fontName="Helvetica")
    c.setTitle("政府信息公开申请表")
    c.setAuthor("××市人民政府办公室")
    c.save()
    L("n11_rl_form_clean.pdf", "pass", [], [], "clean, ReportLab AcroForm with plain values; Author is the office (metadata is info)")

    c = cv("n12_rl_rotated_clean.pdf")
    c.setPageRotation(90)
    title(c, "2026年度重点民生实事项目进度表", 520)
    lines(c, 72, 460, ["1. 新建城市书房20家，已完成18家。", "2. 改造老旧小区45个，已完成41个。", "监督电话：12345"])
    c.save()
    L("n12_rl_rotated_clean.pdf", "pass", [], [], "clean, ReportLab /Rotate 90 progress table with the 12345 hotline")

    st = ParagraphStyle("b", fontName="Zen", fontSize=11, leading=17, firstLineIndent=22, wordWrap="CJK")
    c = cv("n13_rl_two_frames_clean.pdf")
    txt = "统计数据显示，全市居民人均可支配收入同比增长5.8%，城乡居民收入比缩小至1.62。" * 5
    Frame(60, 80, 230, 680).addFromList([Paragraph(txt, st), Paragraph("数据来源：××市统计局，网址 http://tjj.example.gov.cn 。", st)], c)
    Frame(305, 80, 230, 680).addFromList([Paragraph(txt, st), Paragraph("已脱敏样例卡号 622202******1234，仅作说明。", st)], c)
    c.save()
    L("n13_rl_two_frames_clean.pdf", "pass", [], [], "clean, ReportLab two frames: percentages, a public gov.cn URL, a masked card 622202******1234")


# ---------------------------------------------------------------- hand shapes

def simple_base(path, lines_cn, extra_ascii=None):
    """A ReportLab page without compression whose Helvetica font /F1 stays in the resources."""
    c = canvas.Canvas(path, pagesize=A4, pageCompression=0)
    c.setFont("Zen", 18)
    c.drawCentredString(W / 2, 740, lines_cn[0])
    y = lines(c, 72, 690, lines_cn[1:], size=13)
    c.setFont("Helvetica", 10)
    c.drawString(72, 60, extra_ascii or "2026-12")
    c.save()


def incremental(src, dst, add_ops):
    """Appends an incremental update to src that adds add_ops as a second content stream of page 1."""
    raw = open(src, "rb").read()
    with pikepdf.open(src) as pdf:
        pg = pdf.pages[0].obj
        pnum = pg.objgen[0]
        cont = pg.Contents
        cnum = cont.objgen[0]
        size = int(pdf.trailer.Size)
        root = pdf.trailer.Root.objgen[0]
        info = pdf.trailer.Info.objgen[0] if "/Info" in pdf.trailer else None
    m = re.search(rb"\n%d 0 obj\s*(<<.*?>>)\s*endobj" % pnum, raw, re.S)
    pdict = m.group(1)
    pdict = re.sub(rb"/Contents\s+%d 0 R" % cnum, b"/Contents [%d 0 R %d 0 R]" % (cnum, size), pdict)
    startxref = int(re.findall(rb"startxref\s+(\d+)", raw)[-1])
    out = bytearray(raw)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    offs[pnum] = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (pnum, pdict)
    offs[size] = len(out)
    out += b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (size, len(add_ops), add_ops)
    xref = len(out)
    out += b"xref\n"
    for n in sorted(offs):
        out += b"%d 1\n%010d 00000 n \n" % (n, offs[n])
    out += b"trailer\n<< /Size %d /Root %d 0 R %s/Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + 1, root, (b"/Info %d 0 R " % info) if info else b"", startxref, xref)
    open(dst, "wb").write(out)


def type3_pdf(path, glyph_names, text_codes, tounicode=False, caption="Tel"):
    """A page whose number is drawn with a Type 3 font; each glyph procedure paints its digit with Helvetica."""
    pdf = pikepdf.new()
    helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    procs = pikepdf.Dictionary()
    for digit, gname in zip("0123456789", glyph_names):
        ops = b"556 0 d0 BT /H 1000 Tf 0 0 Td (%s) Tj ET" % digit.encode()
        procs["/" + gname] = pdf.make_stream(ops)
    diffs = pikepdf.Array([48] + [pikepdf.Name("/" + g) for g in glyph_names])
    t3 = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3,
                            FontBBox=[0, -200, 600, 800], FontMatrix=[0.001, 0, 0, 0.001, 0, 0],
                            CharProcs=procs, Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=diffs),
                            FirstChar=48, LastChar=57, Widths=[556] * 10,
                            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(H=helv)))
    if tounicode:
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def "
                "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <30> <39> <0030> endbfrange "
                "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
        t3.ToUnicode = pdf.make_stream(cmap)
    t3 = pdf.make_indirect(t3)
    content = b"BT /H 16 Tf 72 760 Td (%s) Tj ET BT /T 16 Tf 160 760 Td (%s) Tj ET" % (caption.encode(), text_codes.encode())
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
                              Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(T=t3, H=helv)),
                              Contents=pdf.make_stream(content))
    pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo.Producer = "hand-built (pikepdf)"
    pdf.save(path)


def run_hand(vals):
    # h01: an incremental update adds a mobile to page 1 of a clean page.
    m1 = mobile()
    base = os.path.join(WORK, "h01_base.pdf")
    simple_base(base, ["关于征集民生实事项目建议的公告", "为广泛听取民意，现面向社会公开征集2027年民生实事项目建议。", "征集时间：2026年12月10日至25日。"])
    incremental(base, os.path.join(OUT, "h01_incremental_adds_mobile.pdf"),
                b"BT /F1 12 Tf 72 560 Td (Contact: %s) Tj ET" % m1.encode())
    L("h01_incremental_adds_mobile.pdf", "review", ["mobile_phone"], [m1],
      "ReportLab page + a hand-written incremental update (new xref section with /Prev) that replaces page 1's /Contents with [old new]; the new stream draws a mobile in Helvetica")

    # n14: the same shape adding a page number only.
    base = os.path.join(WORK, "n14_base.pdf")
    simple_base(base, ["关于征集民生实事项目建议的公告", "为广泛听取民意，现面向社会公开征集2027年民生实事项目建议。", "联系电话：0571-87001234。"])
    incremental(base, os.path.join(OUT, "n14_incremental_clean.pdf"), b"BT /F1 10 Tf 290 40 Td (- 1 -) Tj ET")
    L("n14_incremental_clean.pdf", "pass", [], [], "clean, the same incremental-update shape adding a page number")

    # h02: an ID in an optional content layer that is switched off.
    i2 = id18()
    base = os.path.join(WORK, "h02_base.pdf")
    simple_base(base, ["学生资助政策宣传", "国家助学贷款申请须知：请携带有效证件到户籍所在地县级资助中心办理。"])
    with pikepdf.open(base) as pdf:
        ocg = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name="审核底稿"))
        pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[ocg], D=pikepdf.Dictionary(Order=[ocg], OFF=[ocg], ON=[]))
        pg = pdf.pages[0]
        pg.obj.Resources.Properties = pikepdf.Dictionary(oc1=ocg)
        pg.contents_add(pdf.make_stream(b"/OC /oc1 BDC BT /F1 11 Tf 72 520 Td (Applicant ID %s) Tj ET EMC" % i2.encode()))
        pdf.save(os.path.join(OUT, "h02_ocg_off_layer.pdf"))
    L("h02_ocg_off_layer.pdf", "block", ["id_card"], [i2],
      "pikepdf on a ReportLab page: an ID drawn inside /OC /oc1 BDC … EMC of an optional content group listed in /D /OFF (layer switched off, a viewer can turn it on); docs do not name OCGs")

    # h03: Type 3 font with Adobe Glyph List names (zero…nine), no ToUnicode, drawing a mobile.
    m3 = mobile()
    type3_pdf(os.path.join(OUT, "h03_type3_agl.pdf"),
              ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], m3, caption="Mobile:")
    L("h03_type3_agl.pdf", "review", ["mobile_phone"], [m3],
      "hand-built: the mobile is drawn with a Type 3 font whose glyphs have AGL names (/zero…/nine) and no ToUnicode; README: AGL names are trusted")

    # h04: Type 3 font with made-up names g0…g9, no ToUnicode, drawing an ID.
    i4 = id18()
    while "X" in i4:  # the Type 3 font has digits only
        i4 = id18()
    type3_pdf(os.path.join(OUT, "h04_type3_opaque.pdf"), ["g%d" % k for k in range(10)], i4, caption="No.")
    L("h04_type3_opaque.pdf", "block", ["id_card"], [i4],
      "hand-built: the ID is drawn with a Type 3 font whose glyphs are named g0…g9, no ToUnicode; README: such text is read with OCR too")

    # n15: Type 3 font with AGL names and a ToUnicode, clean year and amount.
    type3_pdf(os.path.join(OUT, "n15_type3_clean.pdf"),
              ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], "20261206", tounicode=True, caption="Date")
    L("n15_type3_clean.pdf", "pass", [], [], "clean, hand-built Type 3 digits with AGL names and a ToUnicode: a date 20261206")

    # h08: a Launch action whose file is a UNC path; the page says 点击打开名单.
    base = os.path.join(WORK, "h08_base.pdf")
    simple_base(base, ["关于核对参保人员信息的通知", "请各单位核对参保人员信息，名单见附件（点击打开名单）。"])
    with pikepdf.open(base) as pdf:
        annot = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 640, 400, 660], Border=[0, 0, 0],
            A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("\\\\10.12.0.7\\社保科\\参保名单.xlsx"))))
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([annot]))
        pdf.save(os.path.join(OUT, "h08_launch_unc.pdf"))
    L("h08_launch_unc.pdf", "review", ["internal_address"], [],
      "pikepdf on a ReportLab page: a Link annotation with a /Launch action whose /F is the UNC path \\\\10.12.0.7\\社保科\\参保名单.xlsx")

    # h10: XMP metadata alone carries a marking in dc:title.
    base = os.path.join(WORK, "h10_base.pdf")
    simple_base(base, ["关于开展应急演练的通知", "定于12月18日开展综合应急演练，请各单位做好准备。"])
    with pikepdf.open(base) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = "机密★3年 关于开展应急演练的方案"
            meta["dc:creator"] = ["应急管理局"]
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        pdf.save(os.path.join(OUT, "h10_xmp_marking.pdf"))
    L("h10_xmp_marking.pdf", "block", ["classified_marking"], [],
      "pikepdf: the XMP packet's dc:title reads 机密★3年 关于…方案 (no Info dictionary); the page is clean. README lists metadata as read; a marking in a title is still a marking")

    # h07: an XLSX roster attached to a LibreOffice PDF.
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "联系电话"])
    raws = []
    for _ in range(3):
        i, mm = id18(), mobile()
        raws += [i, mm]
        ws.append([name(), i, mm])
    bio = io.BytesIO()
    wb.save(bio)
    with pikepdf.open(os.path.join(WORK, "base_clean.pdf")) as pdf:
        pdf.attachments["补助对象名单.xlsx"] = pikepdf.AttachedFileSpec(pdf, bio.getvalue(), mime_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        pdf.save(os.path.join(OUT, "h07_attached_xlsx.pdf"))
    L("h07_attached_xlsx.pdf", "block", ["id_card", "mobile_phone"], raws,
      "pikepdf: an openpyxl XLSX roster (IDs, mobiles) in the EmbeddedFiles name tree of a clean LibreOffice PDF")

    # h05: a LibreOffice PDF whose fonts had their ToUnicode removed (as some print drivers write).
    with pikepdf.open(os.path.join(WORK, "base_mobile.pdf")) as pdf:
        for pg in pdf.pages:
            for k, f in pg.obj.Resources.Font.items():
                if "/ToUnicode" in f:
                    del f["/ToUnicode"]
        pdf.save(os.path.join(OUT, "h05_no_tounicode.pdf"))
    L("h05_no_tounicode.pdf", "review", ["mobile_phone"], [vals["base_mobile"]],
      "pikepdf removed /ToUnicode from every font of a LibreOffice PDF (Identity-H CID TrueType subsets): the text layer cannot say what the page shows, README: read with OCR; a mobile after 手机")


# ---------------------------------------------------------------- scans

def render_page(lines_spec, dpi=150, rotate=0, noise=True):
    """A grey page picture like a scan: lines_spec is [(text, size_pt, x_mm, y_mm, colour)]."""
    px = lambda mm: int(mm / 25.4 * dpi)
    img = Image.new("L", (px(210), px(297)), 250)
    d = ImageDraw.Draw(img)
    for text, size, x, y, col in lines_spec:
        f = ImageFont.truetype(ZEN, int(size / 72 * dpi))
        d.text((px(x), px(y)), text, fill=col, font=f)
    if noise:
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    if rotate:
        img = img.rotate(rotate, expand=True, fillcolor=250)
    return img


def bilevel(img):
    """A 1-bit scan by threshold, as a scanner's black-and-white mode writes it (no dithering)."""
    return img.point(lambda v: 255 if v > 160 else 0, "1")


def img_pdf(img, path, dpi=150):
    p = os.path.join(WORK, os.path.basename(path) + ".png")
    img.save(p, dpi=(dpi, dpi))
    subprocess.run(["img2pdf", "--producer", "Scanner", "-o", path, p], check=True)


def run_scans():
    # s01: scan of a 公文 with its marking; no text layer.
    head = [("000042", 15, 25, 25, 20), ("机密★3年", 15, 25, 33, 20), ("特急", 15, 25, 41, 20),
            ("××县人民政府办公室文件", 28, 30, 62, 0), ("关于加强重点部位安全防范的通知", 18, 45, 95, 20)]
    body = [("各乡镇人民政府，县直各单位：", 14, 25, 110, 20), ("为切实加强重点部位安全防范工作，现就有关事项通知如下。", 14, 33, 120, 20)]
    img_pdf(bilevel(render_page(head + body)), os.path.join(OUT, "s01_scan_marking.pdf"))
    L("s01_scan_marking.pdf", "block", ["classified_marking"], [],
      "scan (PIL page image, 1-bit by threshold, img2pdf) without a text layer: 份号, 机密★3年, 特急 at the top-left of a 公文")

    # s03: tesseract's own searchable PDF (image + invisible text, glyphless font) of an ID card copy page.
    i3 = id18()
    spec = [("身份证复印件", 22, 70, 30, 20), ("姓名：%s" % name(), 16, 30, 55, 20), ("公民身份号码：%s" % i3, 16, 30, 70, 20),
            ("仅供办理不动产登记使用", 14, 30, 90, 80)]
    p = os.path.join(WORK, "s03.png")
    render_page(spec, dpi=200).save(p, dpi=(200, 200))
    subprocess.run(["tesseract", p, os.path.join(OUT, "s03_tesseract_pdf"), "-l", "chi_sim+eng", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    L("s03_tesseract_pdf.pdf", "block", ["id_card"], [i3],
      "tesseract `pdf` output: the page image plus an invisible (Tr 3, GlyphLessFont) OCR text layer with an ID")

    # s04: ReportLab draws a clean-looking scan and puts an ID in invisible text (Tr 3) over it.
    i4 = id18()
    spec = [("居住证申领材料", 22, 70, 30, 20), ("申领人：%s" % name(), 16, 30, 55, 20), ("身份证号：%s" % i4, 16, 30, 70, 20)]
    p = os.path.join(WORK, "s04.png")
    render_page(spec).save(p)
    c = canvas.Canvas(os.path.join(OUT, "s04_invisible_text_over_scan.pdf"), pagesize=A4)
    c.drawImage(p, 0, 0, W, H)
    t = c.beginText(30 / 25.4 * 72, H - 75 / 25.4 * 72)
    t.setTextRenderMode(3)
    t.setFont("Helvetica", 16)
    t.textLine("ID %s" % i4)
    c.drawText(t)
    c.save()
    L("s04_invisible_text_over_scan.pdf", "block", ["id_card"], [i4],
      "ReportLab: a scanned page image with an invisible text layer (Tr 3) holding the ID in Helvetica over where the image shows it")

    # s05: a scan that holds only a faint seal and scribble: nothing OCR can read.
    img = Image.new("L", (1240, 1754), 245)
    d = ImageDraw.Draw(img)
    d.ellipse((420, 600, 820, 1000), outline=150, width=8)
    for k in range(40):
        d.line((R.randint(100, 1100), R.randint(100, 1650), R.randint(100, 1100), R.randint(100, 1650)), fill=R.randint(180, 230), width=2)
    img = img.filter(ImageFilter.GaussianBlur(3))
    img_pdf(img, os.path.join(OUT, "s05_scan_unreadable.pdf"))
    L("s05_scan_unreadable.pdf", "review", ["unreadable"], [],
      "scan without text layer that shows only a blurred seal ring and lines: nothing to read, must go to a person (unreadable), never pass")

    # s06: the page image lies sideways and the page's /Rotate turns it upright; ID on it.
    i6 = id18()
    spec = [("房屋征收补偿签收单", 22, 55, 30, 20), ("被征收人：%s" % name(), 16, 30, 55, 20), ("身份证号：%s" % i6, 16, 30, 70, 20)]
    tmp = os.path.join(WORK, "s06_raw.pdf")
    img_pdf(render_page(spec, rotate=90), tmp)
    with pikepdf.open(tmp) as pdf:
        pdf.pages[0].Rotate = 90
        pdf.save(os.path.join(OUT, "s06_scan_rotated.pdf"))
    L("s06_scan_rotated.pdf", "block", ["id_card"], [i6],
      "scan stored sideways (image turned 90°) with /Rotate 90 so viewers show it upright; an ID, no text layer")

    # n16: tesseract searchable PDF of a clean notice.
    spec = [("停水通知", 24, 85, 30, 20), ("因供水管网改造，12月15日8时至18时", 16, 25, 55, 20),
            ("文三路沿线停止供水，请居民提前储水。", 16, 25, 67, 20), ("咨询电话：0571-96390", 16, 25, 79, 20)]
    p = os.path.join(WORK, "n16.png")
    render_page(spec, dpi=200).save(p, dpi=(200, 200))
    subprocess.run(["tesseract", p, os.path.join(OUT, "n16_tesseract_clean"), "-l", "chi_sim+eng", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    L("n16_tesseract_clean.pdf", "pass", [], [], "clean, tesseract searchable PDF (image + invisible text) of a water-cut notice with a service line")

    # n17: an image-only scan of a clean notice.
    spec = [("公告", 24, 95, 30, 20), ("本中心定于2026年12月20日起启用新办公地址：", 15, 25, 55, 20),
            ("××市××区市民大道100号。", 15, 25, 67, 20), ("服务热线：12345", 15, 25, 79, 20)]
    img_pdf(bilevel(render_page(spec, dpi=200)), os.path.join(OUT, "n17_scan_clean.pdf"), dpi=200)
    L("n17_scan_clean.pdf", "pass", [], [], "clean, image-only scan (img2pdf, 1-bit, 200 dpi) of a short notice with 12345; OCR reads it well")
