# -*- coding: utf-8 -*-
"""ReportLab producers (python3-reportlab).  Writes into WORK/rl/."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, PageBreak)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # not embedded
pdfmetrics.registerFont(TTFont("GBSN", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"))  # embedded subset

D = os.path.join(WORK, "rl")
os.makedirs(D, exist_ok=True)
W, H = A4


def styles(font):
    body = ParagraphStyle("b", fontName=font, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    plain = ParagraphStyle("p", fontName=font, fontSize=12, leading=20, wordWrap="CJK")
    title = ParagraphStyle("t", fontName=font, fontSize=18, leading=28, alignment=1, wordWrap="CJK")
    right = ParagraphStyle("r", fontName=font, fontSize=12, leading=20, alignment=2, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=font, fontSize=10, leading=13, wordWrap="CJK")
    return body, plain, title, right, cell


def doc(path, story, on_page=None, **kw):
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm,
                          topMargin=37 * mm, bottomMargin=35 * mm, title=kw.get("title", ""),
                          author=kw.get("author", ""))
    if on_page:
        d.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        d.build(story)


def cjk_split(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


# --- B01 notice with GB/T 9704 版头 ----------------------------------------
def notice(path, marked, font):
    body, plain, title, right, _ = styles(font)
    red = ParagraphStyle("red", fontName=font, fontSize=30, leading=40, alignment=1,
                         textColor=colors.red, wordWrap="CJK")
    center = ParagraphStyle("cn", fontName=font, fontSize=12, leading=20, alignment=1)
    s = []
    if marked:
        s += [Paragraph("000127", plain), Paragraph("机密★1年", plain)]
    s += [Paragraph("特急", plain), Spacer(1, 6 * mm), Paragraph(NOTICE_ORG, red), Spacer(1, 4 * mm),
          Paragraph(NOTICE_NO, center), Spacer(1, 8 * mm), Paragraph(NOTICE_TITLE, title),
          Spacer(1, 4 * mm), Paragraph(NOTICE_TO, plain)]
    s += [Paragraph(t, body) for t in NOTICE_BODY]
    s += [Spacer(1, 8 * mm)] + [Paragraph(t, right) for t in NOTICE_SIGN]
    if not marked:
        s += [Paragraph("（此件公开发布）", plain)]
    doc(path, s, title=NOTICE_TITLE)


# --- B02 公示 table ------------------------------------------------------------
def gongshi(path, masked, font="STSong-Light"):
    body, plain, title, right, cell = styles(font)
    rows = [[Paragraph(h, cell) for h in GS_HEAD]]
    for i, (n, sx, idv, mob, note) in enumerate(HONOUREES, 1):
        rows.append([Paragraph(str(i), cell), Paragraph(n, cell), Paragraph(sx, cell),
                     Paragraph(mask_id(idv) if masked else idv, cell),
                     Paragraph(mask_mobile(mob) if masked else mob, cell), Paragraph(note, cell)])
    t = Table(rows, colWidths=[28, 46, 28, 118, 76, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s = [Paragraph(GS_TITLE, title), Spacer(1, 4 * mm), Paragraph(GS_INTRO, body), Spacer(1, 3 * mm), t,
         Spacer(1, 4 * mm), Paragraph(GS_OUTRO[0], body), Paragraph(GS_OUTRO[1], body)]
    s += [Paragraph(x, right) for x in GS_OUTRO[2:]]
    doc(path, s, title=GS_TITLE)


# --- B03 minutes with 内部资料 in the page header -------------------------------
def minutes(path, header):
    body, plain, title, right, _ = styles("STSong-Light")
    red = ParagraphStyle("red", fontName="STSong-Light", fontSize=26, leading=36, alignment=1,
                         textColor=colors.red)
    center = ParagraphStyle("cn", fontName="STSong-Light", fontSize=12, leading=20, alignment=1)
    s = [Paragraph(MIN_ORG, red), Paragraph(MIN_TITLE, title), Paragraph(MIN_NO, center), Spacer(1, 6 * mm)]
    s += [Paragraph(t, body) for t in MIN_BODY[:4]]
    s += [PageBreak()]
    s += [Paragraph(t, body) for t in ["（续）会议还研究了其他事项。会议要求各处室、各单位按照职责分工，抓好议定事项落实，"
                                      "并于每月25日前向办公室报送进展情况。"]]
    s += [Paragraph(t, plain) for t in MIN_BODY[4:]]

    def on_page(c, d):
        if header:
            c.saveState()
            c.setFont("STSong-Light", 11)
            c.drawString(28 * mm, H - 18 * mm, header)
            c.restoreState()
        c.saveState()
        c.setFont("STSong-Light", 10)
        c.drawCentredString(W / 2, 15 * mm, "- %d -" % d.page)
        c.restoreState()
    doc(path, s, on_page, title=MIN_TITLE)


# --- B04 tender notice; the download link's target ----------------------------
def tender(path, url, font="STSong-Light"):
    body, plain, title, right, _ = styles(font)
    s = [Paragraph(TENDER_TITLE, title), Spacer(1, 4 * mm)]
    s += [Paragraph(t, body) for t in TENDER_BODY]
    s += [Paragraph('获取方式：<a href="%s" color="blue"><u>%s</u></a>' % (url, TENDER_LINK_TEXT), body)]
    s += [Paragraph(t, body) for t in TENDER_TAIL]
    s += [Paragraph(t, plain) for t in TENDER_ACCOUNT]
    s += [Spacer(1, 6 * mm), Paragraph("临江市第一人民医院", right), Paragraph("2025年6月30日", right)]
    doc(path, s, title=TENDER_TITLE)


# --- B05 annual report -----------------------------------------------------------
def annual(path, font="STSong-Light"):
    body, plain, title, right, cell = styles(font)
    s = [Paragraph(AR_TITLE, title), Spacer(1, 4 * mm)]
    for t in AR_BODY:
        if t[1:2] == "、":
            s.append(Paragraph(t, plain))
        else:
            s.append(Paragraph(t, body))
    rows = [["指标", "2023年", "2024年", "增减"], ["主动公开信息（条）", "11,932", "12,856", "+924"],
            ["依申请公开（件）", "298", "326", "+28"], ["行政复议（件）", "7", "5", "-2"]]
    t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=[150, 80, 80, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    s += [Spacer(1, 3 * mm), t, Spacer(1, 6 * mm), Paragraph("临江市人民政府办公室", right),
          Paragraph("2025年1月20日", right)]
    doc(path, s, title=AR_TITLE)


# --- B06 penalty decision -----------------------------------------------------------
def penalty(path, masked):
    body, plain, title, right, _ = styles("STSong-Light")
    center = ParagraphStyle("cn", fontName="STSong-Light", fontSize=12, leading=20, alignment=1)
    s = [Paragraph(PEN_TITLE, title), Paragraph(PEN_NO, center), Spacer(1, 6 * mm)]
    b = pen_body(masked)
    s += [Paragraph(t, plain) for t in b[:4]] + [Paragraph(t, body) for t in b[4:-2]]
    s += [Spacer(1, 8 * mm)] + [Paragraph(t, right) for t in b[-2:]]
    doc(path, s, title=PEN_TITLE)


# --- B07 IDs wrapped in a narrow cell ------------------------------------------------
def subsidy(path, masked):
    body, plain, title, right, cell = styles("STSong-Light")
    rows = [[Paragraph(h, cell) for h in SUB_HEAD]]
    for i, (n, com, idv, amt) in enumerate(SUBSIDY, 1):
        rows.append([Paragraph(str(i), cell), Paragraph(n, cell), Paragraph(com, cell),
                     Paragraph(mask_id(idv) if masked else idv, cell), Paragraph(amt, cell)])
    t = Table(rows, colWidths=[30, 50, 70, 58, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s = [Paragraph(SUB_TITLE, title), Spacer(1, 4 * mm), t, Spacer(1, 4 * mm), Paragraph(SUB_NOTE, body),
         Spacer(1, 6 * mm), Paragraph("临江市残疾人联合会", right), Paragraph("2025年7月2日", right)]
    doc(path, s, title=SUB_TITLE)


# --- B08 brief with a diagonal watermark ---------------------------------------------
def brief(path, wm_text=None, wm_png=None):
    body, plain, title, right, _ = styles("STSong-Light")
    center = ParagraphStyle("cn", fontName="STSong-Light", fontSize=12, leading=20, alignment=1)
    s = [Paragraph(BRIEF_TITLE, title), Paragraph(BRIEF_NO, center), Spacer(1, 6 * mm)]
    s += [Paragraph(t, body) for t in BRIEF_BODY]
    s += [Spacer(1, 6 * mm), Paragraph("临江市生态环境局办公室　　2025年6月5日", right)]

    def on_page(c, d):
        c.saveState()
        if wm_text:
            c.setFillColor(colors.Color(0.75, 0.75, 0.75))
            c.setFont("STSong-Light", 60)
            c.translate(W / 2, H / 2)
            c.rotate(45)
            c.drawCentredString(0, 0, wm_text)
        if wm_png:
            c.setFillAlpha(0.3)
            c.translate(W / 2 - 40, H / 2 - 120)
            c.rotate(35)
            c.drawImage(wm_png, 0, 0, width=360, height=90, mask="auto")
        c.restoreState()
    doc(path, s, on_page, title=BRIEF_TITLE)


# --- B09 marking in red at the top, drawn last -----------------------------------------
def mark_last(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(MARK_NOTICE_TITLE)
    c.setFont("STSong-Light", 18)
    c.drawCentredString(W / 2, H - 60 * mm, MARK_NOTICE_TITLE)
    y = H - 75 * mm
    c.setFont("STSong-Light", 12)
    for i, t in enumerate(MARK_NOTICE_BODY):
        if i >= len(MARK_NOTICE_BODY) - 2:
            c.drawRightString(W - 26 * mm, y, t)
            y -= 20
            continue
        lines = cjk_split(("" if i == 0 else "　　") + t, "STSong-Light", 12, W - 54 * mm)
        for ln in lines:
            c.drawString(28 * mm, y, ln)
            y -= 20
    # the 版头 drawn after the body
    c.setFillColor(colors.red)
    c.setFont("STSong-Light", 28)
    c.drawCentredString(W / 2, H - 42 * mm, "临江市安全生产委员会办公室")
    c.setStrokeColor(colors.red)
    c.setLineWidth(2)
    c.line(28 * mm, H - 48 * mm, W - 26 * mm, H - 48 * mm)
    c.setFont("STSong-Light", 14)
    c.drawString(28 * mm, H - 22 * mm, "秘密★1年")
    c.showPage()
    c.save()


# --- B10 ID in the footer --------------------------------------------------------------
def footer_id(path):
    body, plain, title, right, _ = styles("STSong-Light")
    s = [Paragraph(FOOT_TITLE, title), Spacer(1, 6 * mm)] + [Paragraph(t, body) for t in FOOT_BODY]
    s += [Spacer(1, 8 * mm), Paragraph("临江市住房保障中心", right), Paragraph("2025年6月20日", right)]

    def on_page(c, d):
        c.saveState()
        c.setFont("STSong-Light", 9)
        c.drawString(28 * mm, 15 * mm, FOOT_LINE)
        c.drawRightString(W - 26 * mm, 15 * mm, "第 %d 页" % d.page)
        c.restoreState()
    doc(path, s, on_page, title=FOOT_TITLE)


# --- B11 AcroForm field value ------------------------------------------------------------
def form(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(FORM_TITLE)
    c.setFont("STSong-Light", 18)
    c.drawCentredString(W / 2, H - 40 * mm, FORM_TITLE)
    c.setFont("STSong-Light", 12)
    labels = [("申请人姓名：", "xm", FORM_NAME, False), ("身份证号码：", "sfzh", FORM_ID, True),
              ("现工作单位：", "dw", "", True), ("家庭人口：", "rk", "3", True)]
    y = H - 65 * mm
    for lab, name, val, asfield in labels:
        c.drawString(30 * mm, y + 5, lab)
        if asfield:
            c.acroForm.textfield(name=name, value=val, x=70 * mm, y=y, width=90 * mm, height=20,
                                 fontName="Helvetica", fontSize=11, borderWidth=1)
        else:
            c.drawString(72 * mm, y + 5, val)
        y -= 14 * mm
    c.drawString(30 * mm, y - 10, "申请人承诺：以上信息真实有效。")
    c.showPage()
    c.save()


# --- B12 sticky note ---------------------------------------------------------------------------
def note(path, contents):
    body, plain, title, right, _ = styles("STSong-Light")
    s = [Paragraph(BRIEF_TITLE, title), Spacer(1, 6 * mm)] + [Paragraph(t, body) for t in BRIEF_BODY]

    def on_page(c, d):
        c.textAnnotation(contents, Rect=(W - 40 * mm, H - 60 * mm, W - 32 * mm, H - 52 * mm), relative=0)
    doc(path, s, on_page, title=BRIEF_TITLE)


# --- B13 bookmark titles ----------------------------------------------------------------------
def bookmarks(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(BM_TITLE)
    c.setFont("STSong-Light", 18)
    c.drawCentredString(W / 2, H - 40 * mm, BM_TITLE)
    y = H - 60 * mm
    for k, (head, items) in enumerate(BM_SECTIONS):
        key = "s%d" % k
        c.bookmarkHorizontal(key, 0, y + 20)
        c.addOutlineEntry(BM_LEAK_TITLE if k == 2 else head, key, 0)
        c.setFont("STSong-Light", 14)
        c.drawString(28 * mm, y, head)
        y -= 24
        c.setFont("STSong-Light", 12)
        for it in items:
            for ln in cjk_split(it, "STSong-Light", 12, W - 56 * mm):
                c.drawString(32 * mm, y, ln)
                y -= 20
        y -= 10
    c.drawString(28 * mm, y - 20, "公示期为2025年7月10日至7月16日，联系电话：0571-87090123。")
    c.showOutline()
    c.showPage()
    c.save()


# --- B18 bank cards ---------------------------------------------------------------------------
def cards(path):
    body, plain, title, right, cell = styles("STSong-Light")
    rows = [[Paragraph(h, cell) for h in ["序号", "姓名", "购置机具", "补贴金额（元）", "银行卡号"]]]
    for i, (n, card, amt) in enumerate(CARDS, 1):
        rows.append([Paragraph(x, cell) for x in [str(i), n, "谷物联合收割机" if i == 1 else "插秧机", amt, card]])
    t = Table(rows, colWidths=[30, 50, 100, 80, 130])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    s = [Paragraph(CARD_TITLE, title), Spacer(1, 4 * mm),
         Paragraph("根据农机购置补贴政策，现将2025年度第一批补贴资金发放名单公布如下，补贴资金已通过“一卡通”发放。", body),
         Spacer(1, 3 * mm), t, Spacer(1, 6 * mm), Paragraph("临江市农业农村局　2025年8月1日", right)]
    doc(path, s, title=CARD_TITLE)


# --- B14 a scan placed on a page with ReportLab ------------------------------------------------
def scan_page(path, png):
    c = canvas.Canvas(path, pagesize=A4)
    c.drawImage(png, 0, 0, width=W, height=H)
    c.showPage()
    c.save()


if __name__ == "__main__":
    P = lambda n: os.path.join(D, n)
    notice(P("notice_mark.pdf"), True, "STSong-Light")
    notice(P("notice_clean_ttf.pdf"), False, "GBSN")
    gongshi(P("gs_ids.pdf"), False)
    gongshi(P("gs_masked.pdf"), True)
    minutes(P("minutes_header.pdf"), "内部资料")
    tender(P("tender_intranet.pdf"), URL_RL)
    annual(P("annual.pdf"))
    penalty(P("penalty_masked.pdf"), True)
    subsidy(P("subsidy_narrow.pdf"), False)
    brief(P("brief_wm_text.pdf"), wm_text="内部资料")
    brief(P("brief_wm_site.pdf"), wm_text="临江市生态环境局")
    brief(P("brief_wm_png.pdf"), wm_png=os.path.join(WORK, "img", "wm_neibu.png"))
    mark_last(P("mark_last.pdf"))
    footer_id(P("footer_id.pdf"))
    form(P("form_id.pdf"))
    note(P("note_plain.pdf"), "此表数据尚未核实，请勿对外发布")
    bookmarks(P("bookmark_id.pdf"))
    cards(P("cards.pdf"))
    scan_page(P("scan_masked_rl.pdf"), os.path.join(WORK, "img", "scan_gs_masked.png"))
    print("reportlab ok")
