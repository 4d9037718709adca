"""ReportLab producers: glyph order, CID fonts, TJ splits, rotation, forms, metadata, outlines."""
import os
import random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from common import ID, BAD_ID, CARD, BAD_CARD, MOB, PLATE, IP, USCC, BUILD

pdfmetrics.registerFont(TTFont("Droid", os.path.join(BUILD, "cjk.ttf")))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = A4
R = random.Random(16)


def new(name, title="通知", **kw):
    c = canvas.Canvas(os.path.join(BUILD, name + ".pdf"), pagesize=kw.pop("pagesize", A4), invariant=1)
    c.setTitle(title)
    c.setAuthor("江临市人民政府办公室")
    c.setCreator("ReportLab")
    return c


BODY = ["各乡镇人民政府、街道办事处，区直各单位：",
        "　　为做好2027年度城乡居民医疗保险集中参保缴费工作，现将有关事项通知如下。",
        "　　一、缴费时间：2026年12月10日至2027年2月28日。",
        "　　二、缴费标准：个人缴费每人每年400元。",
        "　　三、各地要加强宣传，引导群众通过线上渠道缴费。"]


def body(c, font="Droid", y=H - 250, lines=BODY, size=13):
    c.setFont(font, size)
    for ln in lines:
        c.drawString(80, y, ln)
        y -= size * 1.9
    return y


def head(c, font="Droid", title="关于做好城乡居民医保集中参保缴费工作的通知"):
    c.setFillColorRGB(0.8, 0, 0)
    c.setFont(font, 26)
    c.drawCentredString(W / 2, H - 140, "江临市南湖区人民政府办公室")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 14)
    c.drawCentredString(W / 2, H - 170, "南政办〔2026〕88号")
    c.setFont(font, 18)
    c.drawCentredString(W / 2, H - 215, title)


# r01: marking drawn last, at the top right, one glyph at a time from the right (★ before the level).
c = new("r01_rl_marking_reverse")
head(c)
body(c)
c.setFont("Droid", 16)
x0 = W - 72 - 16 * 5
for i in [4, 3, 2, 1, 0]:
    c.drawString(x0 + 16 * i, H - 80, "绝密★长期"[i] if i < 5 else "")
c.showPage()
c.save()

# r02: an ID drawn digit by digit in shuffled order, each at its own x.
c = new("r02_rl_shuffled_digits")
head(c, title="关于核发残疾人两项补贴的公示")
y = body(c, lines=["　　经本人申请、村（居）审核，拟发放残疾人生活补贴如下："])
c.drawString(80, y, "　　申请人：郑晓东，身份证号")
order = list(range(18))
R.shuffle(order)
c.setFont("Helvetica", 14)
for i in order:
    c.drawString(80 + 14 * 14 + 8 * i, y, ID[17][i])
c.setFont("Droid", 14)
c.drawString(80, y - 27, "　　公示期间如有异议，请与区民政局联系。")
c.showPage()
c.save()

# r03: the standard CID font STSong-Light (not embedded, UniGB-UCS2-H), marking at the top right.
c = new("r03_rl_stsong_marking")
head(c, font="STSong-Light")
body(c, font="STSong-Light")
c.setFont("STSong-Light", 16)
c.drawRightString(W - 72, H - 80, "秘密★1年")
c.showPage()
c.save()

# r04: a mobile in one TJ whose pieces are pulled apart and back by kerning (Helvetica, standard 14).
c = new("r04_rl_tj_kerning")
head(c, title="关于开展冬季安全生产大检查的通知")
y = body(c)
c.setFont("Droid", 14)
c.drawString(80, y, "　　联系人：冯涛，手机")
m = MOB[3]
c.setFont("Helvetica", 14)   # registers Helvetica (standard 14) on the page
hv = c._doc.getInternalFontName("Helvetica")
c._code.append("BT %s 14 Tf 1 0 0 1 %.2f %.2f Tm [(%s) 180 (%s) -90 (%s) 250 (%s)] TJ ET" % (hv, 80 + 14 * 11, y, m[:3], m[3:5], m[5:8], m[8:]))
c.drawString(W - 150, 60, "- 1 -")
c.showPage()
c.save()

# r05: a landscape table page made by /Rotate 90 and text drawn rotated on a portrait media box.
c = new("r05_rl_rotated_page")
c.setPageRotation(90)
c.saveState()
c.translate(W, 0)
c.rotate(90)
c.setFont("Droid", 16)
c.drawCentredString(H / 2, W - 80, "2026年度见义勇为人员奖励名单")
c.setFont("Droid", 12)
for k, (n, i) in enumerate([("卫国平", ID[6]), ("蒋丽娜", ID[7])]):
    c.drawString(100, W - 140 - 24 * k, "%d　%s　身份证号：%s　奖励金额：5000元" % (k + 1, n, i))
c.restoreState()
c.showPage()
c.save()

# r06: AcroForm text fields filled in with an ID and a mobile; the page has only the labels.
c = new("r06_rl_form_fields", title="申请表")
c.setFont("Droid", 18)
c.drawCentredString(W / 2, H - 100, "公共租赁住房申请表")
c.setFont("Droid", 12)
c.drawString(80, H - 160, "申请人身份证号：")
c.drawString(80, H - 200, "联系电话：")
c.acroForm.textfield(name="sfzh", value=ID[8], x=190, y=H - 166, width=200, height=20, fontName="Helvetica", fontSize=11)
c.acroForm.textfield(name="lxdh", value=MOB[4], x=190, y=H - 206, width=200, height=20, fontName="Helvetica", fontSize=11)
c.showPage()
c.save()

# r07: the page is clean; the document properties carry an ID and a mobile.
c = new("r07_rl_metadata_values", title="低保审批材料（申请人身份证号%s）" % ID[9])
c.setSubject("经办人手机%s" % MOB[5])
c.setKeywords("低保,审批,%s" % ID[9])
head(c, title="关于做好低保年度复核工作的通知")
body(c)
c.showPage()
c.save()

# r08: outlines (bookmarks) whose titles carry a mobile and an internal term; the page text is clean.
c = new("r08_rl_outline", title="工作方案")
head(c, title="关于印发冬春火灾防控工作方案的通知")
body(c)
for k in ("p1", "p2", "p3"):
    c.bookmarkPage(k)
c.addOutlineEntry("正文", "p1", level=0)
c.addOutlineEntry("附件：联络员钱伟 手机%s" % MOB[6], "p2", level=1)
c.addOutlineEntry("仅供内部参考", "p3", level=1)
c.showOutline()
c.showPage()
c.save()

# r09: a sticky-note (/Text) annotation with an internal-marking label and a private IP.
c = new("r09_rl_text_annotation")
head(c)
body(c)
c.textAnnotation("内部资料，注意保存。原稿存于 \\\\%s\\公文\\2026" % IP[1], Rect=(W - 120, H - 120, W - 100, H - 100), addtopage=1, name="note1")
c.showPage()
c.save()

# r10: clean control with STSong-Light: secrecy law, landline, hotline, dates.
c = new("r10_rl_clean_stsong")
head(c, font="STSong-Light", title="关于开展2026年度保密自查自评工作的通知")
body(c, font="STSong-Light", lines=["各乡镇人民政府、街道办事处，区直各单位：",
     "　　根据《中华人民共和国保守国家秘密法》，区保密委员会决定开展年度保密自查。",
     "　　一、自查时间：2026年12月7日至12月20日。",
     "　　二、重点检查涉密载体管理、网络保密管理和宣传报道保密审查情况。",
     "　　三、联系电话：0571-86021234（区保密办），投诉举报请拨打12345。"])
c.showPage()
c.save()

# r11: clean control: numbers that look like personal data but are not.
c = new("r11_rl_clean_numbers")
head(c, title="关于公布2026年度第三批行政许可事项的公告")
body(c, lines=["　　一、江临市恒达建材有限公司，统一社会信用代码%s，" % USCC[1], "许可证编号%s。" % BAD_ID[0],
               "　　二、订单编号%s，受理编号20261206000158。" % BAD_CARD[0],
               "　　三、有效期至2031年12月5日。咨询电话：0571-86025588。",
               "　　四、网上办理：https://www.jianglin.gov.cn/zwfw/", "（系统版本3.10.2）。"], size=12)
c.showPage()
c.save()

# r12: a two-page notice: page 2 carries a card number drawn far below in a second text object.
c = new("r12_rl_two_pages_card")
head(c)
body(c)
c.showPage()
c.setFont("Droid", 14)
c.drawString(80, H - 100, "附件：退费人员名单")
c.drawString(80, H - 130, "1. 韩梅，开户行：中国工商银行南湖支行，银行账号：")
c.setFont("Courier", 12)
c.drawString(80, H - 150, CARD[2])
c.showPage()
c.save()

# r13: clean control: every value is masked.
c = new("r13_rl_clean_masked")
head(c, title="关于2026年度城乡居民最低生活保障对象的公示")
body(c, lines=["　　1　张某某　身份证号330106********0018　联系电话138****1234",
               "　　2　李某某　身份证号110101********4514　联系电话139****5678",
               "　　公示期间如有异议，请向区民政局反映，电话0571-86021100。"], size=12)
c.showPage()
c.save()

# Added after the first run (z02): light grey 内部资料　注意保存 drawn after the body, level, on the band of a body line.
c = new("z02_rl_overlapping_label")
head(c)
body(c)
c.setFillColorRGB(0.85, 0.85, 0.85)
c.setFont("Droid", 40)
c.drawCentredString(W / 2, H - 250 - 13 * 1.9 * 2 - 6, "内部资料　注意保存")
c.showPage()
c.save()
