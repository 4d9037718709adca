#!/usr/bin/python3
"""Python producers of blind54-pdfplaces: ReportLab, pikepdf, pypdf, PIL,
img2pdf and a small hand-written PDF writer (raw objects, incremental
updates appended by hand).  Run with Debian's /usr/bin/python3.

Usage: build_py.py [stage]   stage = base (inputs for other producers) | all
"""
import io
import os
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.colors import white, black, red, HexColor
import pikepdf
from pikepdf import Name, Dictionary, Array, String
from PIL import Image, ImageDraw, ImageFont

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
W, H = A4
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------- helpers
def rl(path, **kw):
    c = canvas.Canvas(path, pagesize=kw.pop("pagesize", A4), **kw)
    c.setFont(F, 12)
    return c


def title(c, text, y=H - 110, size=18):
    c.setFont(F, size)
    c.drawCentredString(W / 2, y, text)
    c.setFont(F, 12)


def body(c, lines, y=H - 160, x=72, lead=22, size=12):
    c.setFont(F, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead
    return y


NOTICE = [
    "各街道办事处、区政府各部门：",
    "    为做好2026年春季城乡环境整治工作，现将有关事项通知如下。",
    "    一、整治范围为城区主次干道、背街小巷及城乡结合部。",
    "    二、各单位于4月30日前完成自查，5月上旬区里组织抽查。",
    "    三、群众可通过12345政务服务便民热线反映问题。",
]


def ucs2hex(s):
    return "<" + s.encode("utf-16-be").hex() + ">"


class Raw:
    """A tiny hand-written PDF: objects as bytes, classic xref."""

    def __init__(self):
        self.objs = []

    def add(self, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs.append(body)
        return len(self.objs)

    def stream(self, data, extra=""):
        if isinstance(data, str):
            data = data.encode("latin-1")
        comp = zlib.compress(data)
        return self.add(b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(comp), extra.encode()) + comp + b"\nendstream")

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, num, body):
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs[num - 1] = body

    def write(self, path, root, info=None):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, b in enumerate(self.objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + b + b"\nendobj\n"
        x = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(self.objs) + 1)
        for o in offs:
            out += b"%010d 00000 n\r\n" % o
        tr = "trailer\n<< /Size %d /Root %d 0 R" % (len(self.objs) + 1, root)
        if info:
            tr += " /Info %d 0 R" % info
        out += (tr + " >>\nstartxref\n%d\n%%%%EOF\n" % x).encode()
        open(path, "wb").write(out)


def raw_song(r):
    fd = r.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
               "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = r.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
                "/FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % fd)
    return r.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                 "/DescendantFonts [%d 0 R] >>" % cid)


def tj(x, y, s, size=12, font="F1"):
    return "BT /%s %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n" % (font, size, x, y, ucs2hex(s))


def raw_page_doc(path, content, extra_res="", extra_root="", fonts=None, info=None):
    r = Raw()
    f1 = raw_song(r)
    fonts = dict(fonts or {})
    fres = "/F1 %d 0 R" % f1 + "".join(" /%s %d 0 R" % (k, v(r)) for k, v in fonts.items())
    cs = r.stream(content)
    pages = r.reserve()
    page = r.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Contents %d 0 R "
                 "/Resources << /Font << %s >> %s >> >>" % (pages, cs, fres, extra_res))
    r.set(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    root = r.add("<< /Type /Catalog /Pages %d 0 R %s >>" % (pages, extra_root(r) if callable(extra_root) else extra_root))
    inf = r.add(info) if info else None
    r.write(path, root, inf)


def append_update(path, changes, new_objs, info=None):
    """Append an incremental update to PATH by hand: CHANGES maps existing
    object numbers to new bodies, NEW_OBJS is a list of bodies for new
    objects (numbered from the old /Size).  Returns the new numbers."""
    data = open(path, "rb").read()
    with pikepdf.open(path) as p:
        size = int(p.trailer.Size)
        root = p.trailer.Root.objgen[0]
        info_old = p.trailer.get("/Info")
        info_num = info_old.objgen[0] if info_old is not None else None
        ids = p.trailer.get("/ID")
        idtxt = ids.unparse().decode("latin-1") if ids is not None else ""
    sx = data.rstrip().rsplit(b"startxref", 1)[1].split()[0]
    prev = int(sx)
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    entries = {}
    nums = []
    for i, b in enumerate(new_objs):
        nums.append(size + i)
    allobjs = dict(changes)
    for n, b in zip(nums, new_objs):
        allobjs[n] = b
    if info is not None:
        inum = size + len(new_objs)
        allobjs[inum] = info
        info_num = inum
    for n in sorted(allobjs):
        b = allobjs[n]
        if callable(b):
            b = b(nums)
        if isinstance(b, str):
            b = b.encode("latin-1")
        entries[n] = len(out)
        out += b"%d 0 obj\n" % n + b + b"\nendobj\n"
    x = len(out)
    out += b"xref\n"
    for n in sorted(entries):
        out += b"%d 1\n%010d 00000 n\r\n" % (n, entries[n])
    newsize = max(size, max(entries) + 1)
    tr = "trailer\n<< /Size %d /Root %d 0 R /Prev %d" % (newsize, root, prev)
    if info_num:
        tr += " /Info %d 0 R" % info_num
    if idtxt:
        tr += " /ID " + idtxt
    out += (tr + " >>\nstartxref\n%d\n%%%%EOF\n" % x).encode()
    open(path, "wb").write(out)
    return nums


def stream_body(data):
    if isinstance(data, str):
        data = data.encode("latin-1")
    comp = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"


def rl_plain(path, ttl, lines, **kw):
    c = rl(path, pageCompression=1)
    title(c, ttl)
    body(c, lines)
    c.showPage()
    c.save()


def gradient_png(path, w=400, h=120):
    im = Image.new("RGB", (w, h))
    px = im.load()
    for x in range(w):
        for y in range(h):
            px[x, y] = (60 + x * 150 // w, 120 + y * 100 // h, 180)
    im.save(path)


def scan_image(lines, path, dpi=200, noise=True):
    """Render a page of text as a greyscale 'scan' with PIL."""
    wpx, hpx = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (wpx, hpx), 250)
    d = ImageDraw.Draw(im)
    ft = ImageFont.truetype(NOTO, int(dpi * 0.20), index=2)
    fb = ImageFont.truetype(NOTO, int(dpi * 0.28), index=2)
    y = int(dpi * 1.1)
    for i, (txt, big) in enumerate(lines):
        f = fb if big else ft
        if big:
            tw = d.textlength(txt, font=f)
            d.text(((wpx - tw) / 2, y), txt, fill=20, font=f)
        else:
            d.text((int(dpi * 1.0), y), txt, fill=25, font=f)
        y += int(dpi * (0.55 if big else 0.42))
    if noise:
        import random
        rnd = random.Random(54)
        px = im.load()
        for _ in range(wpx * hpx // 400):
            px[rnd.randrange(wpx), rnd.randrange(hpx)] = rnd.randrange(180, 250)
    im.save(path, dpi=(dpi, dpi))
    return im


# ---------------------------------------------------------------- files
def p01():
    """Page text drawn bottom-up, the ID in two pieces, second first."""
    c = rl(out("p01_order_reverse_id.pdf"))
    c.setTitle("城乡居民最低生活保障审批公示")
    lines = ["    经审核，下列人员符合城乡居民最低生活保障条件，现予公示。",
             "    申请人：林国栋，家庭人口3人，户籍所在地玄武区梅园新村街道。",
             "    身份证号：" + ID_LIN + "，保障金额每月1360元。",
             "    公示期为2026年3月2日至3月8日，如有异议请向区民政局反映。",
             "                                              玄武区民政局",
             "                                              2026年3月2日"]
    ys = [H - 160 - 22 * i for i in range(len(lines))]
    c.setFont(F, 12)
    for i in reversed(range(len(lines))):
        if i == 2:
            pre = "    身份证号："
            x0 = 72 + pdfmetrics.stringWidth(pre, F, 12)
            a, b = ID_LIN[:9], ID_LIN[9:] + "，保障金额每月1360元。"
            xb = x0 + pdfmetrics.stringWidth(a, F, 12)
            c.drawString(xb, ys[i], b)
            c.drawString(72, ys[i], pre)
            c.drawString(x0, ys[i], a)
        else:
            c.drawString(72, ys[i], lines[i])
    title(c, "城乡居民最低生活保障审批公示")
    c.showPage()
    c.save()


def p02():
    """Hand-written PDF, UniGB-UCS2-H, lines drawn in shuffled order: clean."""
    lines = ["关于2026年清明节假期安排的通知",
             "各乡镇人民政府，县政府各部门：",
             "  根据国务院办公厅通知精神，现将清明节放假安排通知如下：",
             "  4月4日至6日放假调休，共3天。",
             "  节日期间如遇突发事件，请拨打12345政务服务便民热线。",
             "  请各单位妥善安排值班和安全保卫等工作。",
             "县人民政府办公室",
             "2026年3月25日"]
    order = [5, 0, 7, 2, 6, 3, 1, 4]
    cs = ""
    for i in order:
        y = 760 - 26 * i
        x = 150 if i == 0 else (380 if i >= 6 else 72)
        cs += tj(x, y, lines[i], 16 if i == 0 else 12)
    raw_page_doc(out("p02_order_shuffled_clean.pdf"), cs,
                 info="<< /Producer (hand-written) /Title <%s> >>" % ("feff" + lines[0].encode("utf-16-be").hex()))


def p03_p73():
    """Landscape text stored on a portrait page turned by /Rotate 90 (pypdf)."""
    from pypdf import PdfReader, PdfWriter
    for name, first, rest in [
        ("p03_rotate90_marking.pdf", "机密★5年",
         ["关于调整防汛物资储备布点的意见", "一、在城东、城西各增设一处储备点。",
          "二、储备清单另行印发。"]),
        ("p73_rotate90_clean.pdf", "市防汛抗旱指挥部办公室",
         ["关于做好2026年汛前检查的通知", "一、检查范围为全市水库、堤防和泵站。",
          "二、检查结果于5月15日前报送。"])]:
        tmp = build(name + ".src.pdf")
        c = rl(tmp)
        lw, lh = H, W
        c.transform(0, 1, -1, 0, W, 0)
        c.setFont(F, 14)
        c.drawString(72, lh - 72, first)
        c.setFont(F, 18)
        c.drawCentredString(lw / 2, lh - 120, rest[0])
        c.setFont(F, 12)
        y = lh - 170
        for ln in rest[1:]:
            c.drawString(90, y, ln)
            y -= 24
        c.showPage()
        c.save()
        rd = PdfReader(tmp)
        wr = PdfWriter()
        pg = rd.pages[0]
        pg.rotate(90)
        wr.add_page(pg)
        wr.write(out(name))


def p07():
    """Two columns (platypus frames); a person's card in the right column."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
    from reportlab.lib.styles import ParagraphStyle
    st = ParagraphStyle("z", fontName=F, fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21)
    ht = ParagraphStyle("h", fontName=F, fontSize=13, leading=20, wordWrap="CJK")
    doc = BaseDocTemplate(out("p07_twocol_card.pdf"), pagesize=A4, title="农业补贴发放工作简报",
                          leftMargin=50, rightMargin=50, topMargin=60, bottomMargin=60)
    cw = (W - 100 - 20) / 2
    fr = [Frame(50, 60, cw, H - 120, id="l"), Frame(50 + cw + 20, 60, cw, H - 120, id="r")]
    doc.addPageTemplates([PageTemplate(frames=fr)])
    t = []
    t.append(Paragraph("农业补贴发放工作简报（第3期）", ht))
    filler = ("今年以来，镇农业服务中心围绕耕地地力保护补贴、农机购置补贴等惠农政策，"
              "逐村核对种植面积，做到底数清、情况明。各村公示栏同步张贴补贴标准，接受群众监督。")
    for _ in range(10):
        t.append(Paragraph(filler, st))
    t.append(Paragraph("二、发放进度", ht))
    t.append(Paragraph("截至3月底，已完成第一批发放。其中种粮大户王秀英因社保卡挂失，补贴改发至本人银行卡，"
                       "卡号" + CARD_WANG + "，开户行为县农商银行城关支行，金额4860元。", st))
    for _ in range(3):
        t.append(Paragraph(filler, st))
    doc.build(t)


def p11():
    """Footer on every page with an intranet UNC path (then mutool clean -a)."""
    c = rl(build("p11.src.pdf"))
    for pg in (1, 2):
        if pg == 1:
            title(c, "关于印发《机关公文处理办法》的通知")
        body(c, NOTICE if pg == 1 else ["    四、本办法自印发之日起施行。", "    五、本办法由区政府办公室负责解释。"])
        c.setFont(F, 8)
        c.drawString(72, 40, "文件存放：" + UNC_FOOTER)
        c.drawRightString(W - 72, 40, "第 %d 页" % pg)
        c.showPage()
    c.save()


def p12():
    c = rl(out("p12_acro_value_id.pdf"))
    title(c, "城乡居民基本医疗保险参保登记表")
    c.setFont(F, 12)
    c.drawString(72, H - 170, "姓名：")
    c.drawString(72, H - 210, "身份证号：")
    c.drawString(72, H - 250, "参保类别：城乡居民")
    f = c.acroForm
    f.textfield(name="xm", value="He Jianping", x=150, y=H - 176, width=200, height=20, borderWidth=0.5)
    f.textfield(name="sfzh", value=ID_HE, x=150, y=H - 216, width=200, height=20, borderWidth=0.5)
    c.showPage()
    c.save()


def p16_p14_p28():
    """Fields by pikepdf on ReportLab pages: never drawn, /DV only, /TU."""
    def base(path, ttl, lines):
        c = rl(path)
        title(c, ttl)
        body(c, lines)
        c.showPage()
        c.save()

    def add_field(pdf, fdict, on_page=True):
        af = pdf.Root.get("/AcroForm")
        if af is None:
            pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=Array(), NeedAppearances=True,
                                                                 DA=String("/Helv 0 Tf 0 g")))
            af = pdf.Root.AcroForm
        fld = pdf.make_indirect(fdict)
        af.Fields.append(fld)
        if on_page:
            pg = pdf.pages[0].obj
            fld.P = pg
            if "/Annots" not in pg:
                pg.Annots = Array()
            pg.Annots.append(fld)
        return fld

    # p16: a field never drawn: in /Fields only, no page, zero rectangle
    src = build("p16.src.pdf")
    base(src, "政务服务事项办理情况月报", ["    3月份共受理事项1268件，办结率99.6%。",
                                         "    群众满意度调查结果良好。"])
    with pikepdf.open(src) as p:
        add_field(p, Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String("bz"),
                                V=String("原始台账：" + URL_INTERNAL), Rect=Array([0, 0, 0, 0]), F=2),
                  on_page=False)
        p.save(out("p16_acro_never_drawn.pdf"))

    # p14: empty value, the default value holds an ID
    src = build("p14.src.pdf")
    base(src, "老年人优待证申领表", ["    申领人姓名：", "    身份证号码：", "    （请持本人身份证到社区服务中心办理）"])
    with pikepdf.open(src) as p:
        add_field(p, Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String("sfz"),
                                V=String(""), DV=String(ID_ZHAO), Rect=Array([170, H - 210, 380, H - 190]),
                                DA=String("/Helv 11 Tf 0 g"), F=4))
        p.save(out("p14_acro_default_dv.pdf"))

    # p28: a widget's tooltip (/TU) with a real ID as the 'example'
    src = build("p28.src.pdf")
    base(src, "残疾人两项补贴申请表", ["    申请人姓名：", "    身份证号码：", "    残疾类别及等级："])
    with pikepdf.open(src) as p:
        add_field(p, Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String("sfzhm"),
                                TU=String("填写示例：张明远 " + ID_ZHANG), V=String(""),
                                Rect=Array([170, H - 188, 400, H - 168]), DA=String("/Helv 11 Tf 0 g"), F=4))
        p.save(out("p28_widget_tooltip_id.pdf"))


def annot_base(path, ttl, lines):
    c = rl(path)
    title(c, ttl)
    body(c, lines)
    c.showPage()
    c.save()


def add_annot(pdf, d):
    pg = pdf.pages[0].obj
    a = pdf.make_indirect(d)
    a.P = pg
    if "/Annots" not in pg:
        pg.Annots = Array()
    pg.Annots.append(a)
    return a


def song_font_obj(pdf):
    """The STSong-Light Type0 font of the first page (ReportLab's)."""
    for k, v in pdf.pages[0].Resources.Font.items():
        if str(v.BaseFont) == "/STSong-Light":
            return v
    raise RuntimeError("no STSong")


def form_xobj(pdf, bbox, content, font):
    x = pikepdf.Stream(pdf, content.encode("latin-1"))
    x.Type = Name.XObject
    x.Subtype = Name.Form
    x.BBox = Array(bbox)
    x.Resources = Dictionary(Font=Dictionary(F1=font))
    return x


def p21_p22():
    for name, txt in [("p21_sticky_note_reviewer.pdf", "审核意见：第三段数据未经统计局核实，暂缓发布。——王处"),
                      ("p22_sticky_note_harmless.pdf", "格式已调整")]:
        src = build(name + ".src.pdf")
        annot_base(src, "2026年一季度全区经济运行情况", [
            "    一季度全区实现地区生产总值186.4亿元，同比增长5.6%。",
            "    规模以上工业增加值增长7.1%，社会消费品零售总额增长4.8%。",
            "    固定资产投资保持平稳，民间投资占比进一步提高。"])
        with pikepdf.open(src) as p:
            note = add_annot(p, Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([500, H - 200, 520, H - 180]),
                                           Contents=String(txt), T=String("审核人"), Name=Name.Comment,
                                           C=Array([1, 0.9, 0.2]), Open=False))
            pop = add_annot(p, Dictionary(Type=Name.Annot, Subtype=Name.Popup,
                                          Rect=Array([520, H - 300, 590, H - 180]), Parent=note, Open=False))
            note.Popup = pop
            p.save(out(name))


def p23_p24():
    for name, txt, col in [("p23_stamp_ap_text.pdf", "仅供内部参考", "1 0 0"),
                           ("p24_stamp_clean.pdf", "政务公开", "0 0 0.6")]:
        src = build(name + ".src.pdf")
        annot_base(src, "关于公布第二批区级非物质文化遗产名录的通知", [
            "    经专家评审和社会公示，区政府同意公布第二批区级非物质文化遗产名录。",
            "    名录共收录传统技艺、民俗等项目12项。",
            "    各街道要加强保护传承，做好项目申报和宣传工作。"])
        with pikepdf.open(src) as p:
            font = song_font_obj(p)
            n = len(txt)
            wbox = 20 * n + 30
            cs = ("q %s RG 2 w 2 2 %d 36 re S BT /F1 20 Tf %s rg 1 0 0 1 15 13 Tm %s Tj ET Q"
                  % (col, wbox - 4, col, ucs2hex(txt)))
            ap = form_xobj(p, [0, 0, wbox, 40], cs, font)
            add_annot(p, Dictionary(Type=Name.Annot, Subtype=Name.Stamp, Name=Name.Approved,
                                    Rect=Array([380, H - 120 - 40, 380 + wbox, H - 120]),
                                    AP=Dictionary(N=ap), F=4))
            p.save(out(name))


def p19_p20():
    """FreeText annotations (with appearances) added by pikepdf to a pdf-lib page."""
    for name, txt in [("p19_freetext_mobile.pdf", "请联系承办人程晓军 " + MOB_CHENG),
                      ("p20_freetext_clean.pdf", "本页内容以正式印发文件为准")]:
        with pikepdf.open(build("pdflib_base.pdf")) as p, pikepdf.open(build("song_font_src.pdf")) as ff:
            f = p.copy_foreign(song_font_obj(ff))
            cs = "q 0.2 0.2 0.8 rg BT /F1 11 Tf 1 0 0 1 4 8 Tm %s Tj ET Q" % ucs2hex(txt)
            wbox = 11 * len(txt) + 10
            ap = form_xobj(p, [0, 0, wbox, 24], cs, f)
            add_annot(p, Dictionary(Type=Name.Annot, Subtype=Name.FreeText, Contents=String(txt),
                                    DA=String("/F1 11 Tf 0.2 0.2 0.8 rg"), Rect=Array([72, 150, 72 + wbox, 174]),
                                    AP=Dictionary(N=ap), F=4))
            p.save(out(name))


def song_font_src():
    c = rl(build("song_font_src.pdf"))
    c.drawString(72, 700, "字")
    c.showPage()
    c.save()


def p25():
    c = rl(out("p25_link_intranet.pdf"))
    title(c, "关于开展2026年度公文质量评查的通知")
    y = body(c, ["    各单位要对照评查标准，认真开展自查。",
                 "    评查标准及自查表已上传至公文系统，请各单位下载使用。"])
    c.setFillColor(HexColor("#1a4fb4"))
    c.drawString(72, y, "点击下载评查标准")
    w = pdfmetrics.stringWidth("点击下载评查标准", F, 12)
    c.linkURL(URL_IP, (72, y - 3, 72 + w, y + 12), relative=0, thickness=0)
    c.showPage()
    c.save()


def p30_p29():
    """Optional content: a layer switched off by default."""
    for name, hid in [("p29_ocg_off_marking.pdf", "秘密★3年"),
                      ("p30_ocg_off_clean.pdf", "印刷裁切参考线 第2版")]:
        lines = ["关于做好2026年度征兵工作的通告",
                 "  一、征集对象为年满18至22周岁的男性青年。",
                 "  二、网上报名时间为1月1日至6月30日。",
                 "  三、咨询电话：县征兵办公室。"]
        cs = tj(150, 740, lines[0], 16)
        for i, ln in enumerate(lines[1:]):
            cs += tj(72, 690 - 26 * i, ln)
        cs += "/OC /oc1 BDC\n" + tj(72, 790, hid, 14) + "EMC\n"

        def root(r):
            oc = r.add("<< /Type /OCG /Name (%s) >>" % ("Layer 2" if "clean" in name else "Annotations"))
            return ("/OCProperties << /OCGs [%d 0 R] /D << /Order [%d 0 R] /ON [] /OFF [%d 0 R] >> >>"
                    % (oc, oc, oc)), oc

        r = Raw()
        f1 = raw_song(r)
        oc = r.add("<< /Type /OCG /Name (%s) >>" % ("Layer 2" if "clean" in name else "Annotations"))
        csn = r.stream(cs)
        pages = r.reserve()
        page = r.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Contents %d 0 R "
                     "/Resources << /Font << /F1 %d 0 R >> /Properties << /oc1 %d 0 R >> >> >>" % (pages, csn, f1, oc))
        r.set(pages, "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
        root = r.add("<< /Type /Catalog /Pages %d 0 R /OCProperties << /OCGs [%d 0 R] "
                     "/D << /Order [%d 0 R] /ON [] /OFF [%d 0 R] >> >> /PageMode /UseOC >>" % (pages, oc, oc, oc))
        r.write(out(name), root)


def attachments():
    # p32: .txt attached (pikepdf), then object streams by qpdf in run.sh
    src = build("p32.src.pdf")
    annot_base(src, "关于2026年度公租房资格审核结果的公告", [
        "    经街道初审、区住建局复核，28户家庭符合公租房保障条件。",
        "    名单详见附件，公示期7天。"])
    txt = ("公租房保障资格审核通过名单\n序号\t姓名\t身份证号\t家庭人口\n"
           "1\t马丽娟\t" + ID_MA + "\t3\n2\t韩建新\t（材料补正中）\t2\n").encode("utf-8")
    with pikepdf.open(src) as p:
        fs = pikepdf.AttachedFileSpec(p, txt, filename="审核通过名单.txt", mime_type="text/plain")
        p.attachments["审核通过名单.txt"] = fs
        p.save(build("p32.att.pdf"))
    # p33: .docx (from LibreOffice) attached with PyMuPDF
    import fitz
    src = build("p33.src.pdf")
    annot_base(src, "关于报送应急物资储备情况的函", ["    请于4月10日前报送本单位应急物资储备情况。", "    具体要求见附件。"])
    d = fitz.open(src)
    d.embfile_add("附件1-储备情况说明.docx", open(build("att_marking.docx"), "rb").read(),
                  filename="附件1-储备情况说明.docx", ufilename="附件1-储备情况说明.docx", desc="储备情况说明")
    d.save(out("p33_attach_docx_marking.pdf"))
    # p35: a file-attachment annotation holding a .txt with a person's card
    src = build("p35.src.pdf")
    annot_base(src, "关于发放2026年高龄津贴的公示", [
        "    本月新增高龄津贴对象5人，发放明细见右侧附件图标。",
        "    津贴按月发放至本人账户。"])
    txt = ("高龄津贴发放明细\n户名：陈玉兰\n开户银行：县农商银行\n卡号：" + CARD_CHEN + "\n金额：200元\n").encode("utf-8")
    with pikepdf.open(src) as p:
        ef = pikepdf.Stream(p, txt)
        ef.Type = Name.EmbeddedFile
        ef.Subtype = Name("/text/plain")
        ef.Params = Dictionary(Size=len(txt))
        fsd = p.make_indirect(Dictionary(Type=Name.Filespec, F=String("mingxi.txt"), UF=String("发放明细.txt"),
                                         EF=Dictionary(F=ef, UF=ef)))
        add_annot(p, Dictionary(Type=Name.Annot, Subtype=Name.FileAttachment, FS=fsd, Name=Name.Paperclip,
                                Rect=Array([480, H - 180, 496, H - 160]), Contents=String("发放明细"), F=4))
        p.save(out("p35_fileattach_annot_card.pdf"))
    # p71: a clean file-attachment annotation
    src = build("p71.src.pdf")
    annot_base(src, "关于公布2026年区级财政预算的说明", [
        "    区级一般公共预算收入安排42.6亿元，支出安排58.3亿元。",
        "    预算编制说明见附件。"])
    txt = "预算编制说明\n一、收入预算按照经济增长预期测算。\n二、支出优先保障基本民生。\n".encode("utf-8")
    with pikepdf.open(src) as p:
        ef = pikepdf.Stream(p, txt)
        ef.Type = Name.EmbeddedFile
        ef.Params = Dictionary(Size=len(txt))
        fsd = p.make_indirect(Dictionary(Type=Name.Filespec, F=String("shuoming.txt"), UF=String("预算编制说明.txt"),
                                         EF=Dictionary(F=ef, UF=ef)))
        add_annot(p, Dictionary(Type=Name.Annot, Subtype=Name.FileAttachment, FS=fsd, Name=Name.PushPin,
                                Rect=Array([480, H - 180, 496, H - 160]), Contents=String("预算编制说明"), F=4))
        p.save(out("p71_fileattach_clean.pdf"))


def incremental():
    # p38: the first revision shows an ID; the update replaces the page's content
    for name, first, second in [
        ("p38_incr_removed_id.pdf",
         ["    申请人何建平，身份证号" + ID_HE + "，申请临时救助。", "    经审核，给予临时救助金3000元。"],
         ["    申请人何某某，申请临时救助。", "    经审核，给予临时救助金3000元。"]),
        ("p40_incr_clean.pdf",
         ["    本次共受理临时救助申请42件，办结40件。", "    其余2件正在补充材料。"],
         ["    本次共受理临时救助申请42件，办结42件。", "    （2026年3月20日更新）"])]:
        p = out(name)
        c = rl(p, pageCompression=1)
        title(c, "临时救助审批情况公示")
        body(c, first)
        c.showPage()
        c.save()
        c2 = rl(build("incr_tmp.pdf"), pageCompression=0)
        title(c2, "临时救助审批情况公示")
        body(c2, second)
        c2.showPage()
        c2.save()
        with pikepdf.open(build("incr_tmp.pdf")) as t:
            newcs = t.pages[0].Contents.read_bytes()
        with pikepdf.open(p) as q:
            pg = q.pages[0].obj
            pnum = pg.objgen[0]
            pdict = pg.unparse(resolved=True).decode("latin-1")
            oldc = pg.Contents.objgen[0]
        import re
        pd_new = lambda nums: re.sub(r"/Contents \d+ 0 R", "/Contents %d 0 R" % nums[0], pdict)
        append_update(p, {pnum: pd_new}, [stream_body(newcs)])

    # p39: the update covers the mobile with a white box (the text stays)
    p = out("p39_incr_covered_mobile.pdf")
    c = rl(p, pageCompression=1)
    title(c, "关于城区道路临时占用审批结果的公告")
    body(c, ["    经审查，同意市政养护公司临时占用解放路东段人行道。",
             "    占用时间：2026年4月1日至4月15日。",
             "    现场负责人：徐海涛，手机" + MOB_XU + "。",
             "    特此公告。"])
    c.showPage()
    c.save()
    with pikepdf.open(p) as q:
        pg = q.pages[0].obj
        pnum = pg.objgen[0]
        oldc = pg.Contents.objgen[0]
        pdict = pg.unparse(resolved=True).decode("latin-1")
    import re
    cover = "q 1 1 1 rg 60 %g 480 18 re f Q\n" % (H - 160 - 44 - 5)
    pd_new = lambda nums: re.sub(r"/Contents \d+ 0 R", "/Contents [%d 0 R %d 0 R]" % (oldc, nums[0]), pdict)
    append_update(p, {pnum: pd_new}, [stream_body(cover)])


def p42():
    c = rl(out("p42_info_title_marking.pdf"))
    c.setTitle("机密★5年 关于调整城区交通管制方案的请示")
    c.setAuthor("市公安局交通管理支队")
    c.setSubject("交通管理")
    title(c, "关于城区部分道路交通组织调整的通告")
    body(c, ["    为缓解城区交通拥堵，自2026年5月1日起对部分道路实行单向通行。",
             "    具体路段以现场交通标志为准。"])
    c.showPage()
    c.save()


def xmp():
    # p43: XMP dc:description holds a mobile; p45: custom namespace with a UNC path
    for name, kind in [("p43_xmp_desc_mobile.pdf", "desc"), ("p45_xmp_custom_intranet.pdf", "custom"),
                       ("p72_xmp_custom_clean.pdf", "customclean")]:
        src = build(name + ".src.pdf")
        annot_base(src, "关于公布区级行政许可事项清单的通知", [
            "    现将调整后的区级行政许可事项清单予以公布。",
            "    清单共列事项156项，实行动态管理。"])
        with pikepdf.open(src) as p:
            if kind == "desc":
                with p.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                    m["dc:title"] = "区级行政许可事项清单"
                # pikepdf 6 keeps no plain dc:description: write it into the packet as a LangAlt
                x = p.Root.Metadata.read_bytes().decode("utf-8")
                desc = ('<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">经办人 郑晓光 ' + MOB_ZHENG +
                        '</rdf:li></rdf:Alt></dc:description></rdf:Description>')
                x = x.replace("</rdf:RDF>", desc + "</rdf:RDF>", 1)
                assert MOB_ZHENG in x
                p.Root.Metadata.write(x.encode("utf-8"))
            else:
                path_ = UNC_XMP if kind == "custom" else "行政审批科/清单/2026"
                xmp_ = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
                        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                        'xmlns:gw="http://ns.zfoa.example/gw/1.0/">'
                        '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">区级行政许可事项清单</rdf:li></rdf:Alt></dc:title>'
                        '<gw:DocNumber>区政办发〔2026〕12号</gw:DocNumber>'
                        '<gw:SourcePath>' + path_.replace("&", "&amp;") + '</gw:SourcePath>'
                        '</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>')
                ms = pikepdf.Stream(p, xmp_.encode("utf-8"))
                ms.Type = Name.Metadata
                ms.Subtype = Name.XML
                p.Root.Metadata = p.make_indirect(ms)
            p.save(out(name))


def outlines():
    from pypdf import PdfReader, PdfWriter
    src = build("p69.src.pdf")
    c = rl(src)
    for i, (t, ls) in enumerate([("违法停车处理情况通报", ["    3月份共处理违法停车行为2136起。"]),
                                 ("三、重点路段", ["    解放路、人民路违停问题突出。"])]):
        title(c, t)
        body(c, ls)
        c.showPage()
    c.save()
    rd = PdfReader(src)
    wr = PdfWriter()
    wr.append_pages_from_reader(rd)
    top = wr.add_outline_item("违法停车处理情况通报", 0)
    wr.add_outline_item("一、总体情况", 0, parent=top)
    wr.add_outline_item("二、多次违停车辆 " + PLATE + " 处理情况", 1, parent=top)
    wr.add_outline_item("三、重点路段", 1, parent=top)
    wr.write(out("p69_outline_plate.pdf"))


def js():
    for name, code in [("p50_js_mobile.pdf",
                        "app.alert('本表如有疑问请联系技术负责人孙浩，手机" + MOB_SUN + "');"),
                       ("p51_js_clean.pdf", "this.print({bUI: true, bSilent: false, bShrinkToFit: true});")]:
        src = build(name + ".src.pdf")
        annot_base(src, "2026年度部门预算公开表", [
            "    一、收支总表", "    二、一般公共预算支出表", "    三、政府性基金预算支出表"])
        with pikepdf.open(src) as p:
            act = p.make_indirect(Dictionary(S=Name.JavaScript, JS=String(code)))
            if "mobile" in name:
                p.Root.Names = Dictionary(JavaScript=Dictionary(Names=Array([String("init"), act])))
            else:
                p.Root.OpenAction = act
            p.save(out(name))


def hidden_text():
    # p52 white text
    c = rl(out("p52_white_text_id.pdf"))
    title(c, "关于拟推荐市级劳动模范人选的公示")
    y = body(c, ["    经基层推荐、资格审查，拟推荐以下同志为市级劳动模范人选：",
                 "    钱雨欣，区第一人民医院护士长。",
                 "    公示期5个工作日。"])
    c.setFillColor(white)
    c.drawString(72, y, "钱雨欣 身份证号 " + ID_QIAN)
    c.setFillColor(black)
    c.drawString(72, y - 22, "    联系单位：区总工会。")
    c.showPage()
    c.save()
    # p58 white text, harmless
    c = rl(out("p58_white_clean.pdf"))
    title(c, "关于开展全民健身月活动的通知")
    y = body(c, ["    8月为全民健身月，各街道要组织开展形式多样的健身活动。",
                 "    活动安排详见区体育局网站。"])
    c.setFillColor(white)
    c.drawString(72, y, "全民健身 体育活动 政务公开 通知公告")
    c.setFillColor(black)
    c.showPage()
    c.save()
    # p53 mobile under a picture drawn after it
    png = build("gradient.png")
    gradient_png(png)
    c = rl(out("p53_under_image_mobile.pdf"))
    title(c, "城区积水点改造工程进展情况")
    y = body(c, ["    今年计划改造积水点15处，目前已完工9处。",
                 "    下图为建设路下穿通道改造现场。"])
    c.drawString(90, y - 40, "现场联系人：高建军 手机 " + MOB_GAO)
    c.drawImage(png, 72, y - 90, width=400, height=120)
    c.drawString(72, y - 120, "    其余6处将于6月底前完工。")
    c.showPage()
    c.save()
    # p55 marking at half a point
    c = rl(out("p55_tiny_marking.pdf"))
    c.setFont(F, 0.5)
    c.drawString(72, H - 60, "秘密★1年")
    title(c, "关于加强汛期地质灾害防范工作的通知")
    body(c, ["    入汛以来，我市降雨明显偏多，地质灾害风险加大。",
             "    各地要加密巡查频次，落实临灾避险措施。"])
    c.showPage()
    c.save()
    # p57 tiny harmless text
    c = rl(out("p57_tiny_clean.pdf"))
    c.setFont(F, 0.5)
    c.drawString(72, 30, "模板版本 3.2 排版校对用")
    title(c, "关于做好2026年夏季防暑降温工作的通知")
    body(c, ["    各单位要合理安排户外作业时间，落实防暑降温措施。",
             "    高温津贴按规定标准发放。"])
    c.showPage()
    c.save()


def outlines_gs_src():
    for name, lines in [("p59.src.pdf", ["    申请人：冯德胜", "    身份证号：" + ID_FENG, "    申请事项：危房改造补助"]),
                        ("p60.src.pdf", ["    申请事项：危房改造补助", "    补助标准：每户2万元", "    办理时限：20个工作日"])]:
        c = rl(build(name))
        title(c, "农村危房改造补助审批表", size=22)
        body(c, lines, size=18, lead=36)
        c.showPage()
        c.save()


def scans():
    # p61: picture shows an ID, the invisible OCR layer says something else
    lines_show = [("城乡居民养老保险待遇领取公示", True),
                  ("经审核，下列人员自2026年4月起领取养老金：", False),
                  ("卢志刚  身份证号 " + ID_LU, False),
                  ("公示期7天，如有异议请向镇社保所反映。", False),
                  ("镇人民政府", False)]
    layer = ["城乡居民养老保险待遇领取公示", "经审核，下列人员自2026年4月起领取养老金：",
             "卢某某  待遇标准按规定执行", "公示期7天，如有异议请向镇社保所反映。", "镇人民政府"]
    clean_show = [("城乡居民养老保险缴费通知", True),
                  ("2026年度城乡居民养老保险缴费工作已经开始。", False),
                  ("缴费档次分为200元至3000元共12档。", False),
                  ("请于12月31日前完成缴费。", False),
                  ("镇人民政府", False)]
    clean_layer = [t for t, _ in clean_show]
    for name, show, lay in [("p61_scan_ocrlayer_disagree.pdf", lines_show, layer)]:
        img = build(name + ".png")
        scan_image(show, img, dpi=200)
        c = canvas.Canvas(out(name), pagesize=A4)
        c.drawImage(img, 0, 0, width=W, height=H)
        t = c.beginText()
        t.setTextRenderMode(3)
        y = H - 1.1 * 72 - 14
        for i, (ln, (_, big)) in enumerate(zip(lay, show)):
            t.setFont(F, 20 if big else 14)
            t.setTextOrigin(72 if not big else 150, y)
            t.textLine(ln)
            y -= (0.55 if big else 0.42) * 72
        c.drawText(t)
        c.showPage()
        c.save()
    # p63: a clean picture through img2pdf, then an invisible text layer with an ID
    show = [("关于开展老年人免费体检的通知", True),
            ("65周岁以上常住居民可到社区卫生服务中心免费体检。", False),
            ("体检时间为每周二、周四上午。", False),
            ("请携带本人身份证。", False)]
    img = build("p63.png")
    im = scan_image(show, img, dpi=200)
    im.convert("L").save(build("p63.jpg"), quality=80, dpi=(200, 200))
    import img2pdf
    open(build("p63.img.pdf"), "wb").write(img2pdf.convert(build("p63.jpg")))
    with pikepdf.open(build("p63.img.pdf")) as p:
        ff = pikepdf.open(build("song_font_src.pdf"))
        f = p.copy_foreign(song_font_obj(ff))
        pg = p.pages[0]
        mb = [float(v) for v in pg.MediaBox]
        sx = mb[2] / W
        txt = "3 Tr BT /FOCR %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n" % (
            12 * sx, 72 * sx, mb[3] - 5.2 * 72 * sx, ucs2hex("受检人 宋佳怡 " + ID_SONG))
        if "/Font" not in pg.obj.Resources:
            pg.obj.Resources.Font = Dictionary()
        pg.obj.Resources.Font.FOCR = f
        pg.contents_add(pikepdf.Stream(p, ("q " + txt + "Q\n").encode("latin-1")), prepend=False)
        p.save(out("p63_scan_layer_hides_id.pdf"))
    # PIL-written scan (p74 clean? no: used as p62 variant) -- kept simple


def type3():
    def t3(r):
        segs = {"a": (120, 880, 360, 70), "b": (480, 520, 70, 360), "c": (480, 90, 70, 360),
                "d": (120, 20, 360, 70), "e": (50, 90, 70, 360), "f": (50, 520, 70, 360), "g": (120, 455, 360, 70)}
        digs = ["abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc", "abcdefg", "abcdfg"]
        names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        procs = []
        for d in digs:
            cs = "600 0 40 0 560 960 d1\n" + "".join("%d %d %d %d re f\n" % segs[s] for s in d)
            procs.append(r.stream(cs))
        cp = " ".join("/%s %d 0 R" % (n, o) for n, o in zip(names, procs))
        return r.add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
                     "/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [48 %s] >> "
                     "/FirstChar 48 /LastChar 57 /Widths [%s] /Resources << >> >>"
                     % (cp, " ".join("/" + n for n in names), " ".join(["600"] * 10)))
    # p64: a mobile drawn in a Type 3 font with Adobe glyph names
    cs = tj(150, 760, "农村客运班线经营权招标结果公告", 16)
    cs += tj(72, 710, "  中标单位：县城乡公共交通有限公司。")
    cs += tj(72, 684, "  线路：县城至青山镇，日发班次12班。")
    cs += tj(72, 658, "  驾驶员唐振华，手机：")
    x = 72 + 12 * 11
    cs += "BT /T3 12 Tf 1 0 0 1 %g 658 Tm (%s) Tj ET\n" % (x, MOB_TANG)
    cs += tj(72, 632, "  特此公告。")
    raw_page_doc(out("p64_type3_mobile.pdf"), cs, fonts={"T3": t3})
    # p65: clean, the year and numbers in the Type 3 font
    cs = tj(150, 760, "年度工作要点", 16)
    cs += "BT /T3 16 Tf 1 0 0 1 100 760 Tm (2026) Tj ET\n"
    cs += tj(72, 710, "  一、全年新增城镇就业")
    cs += "BT /T3 12 Tf 1 0 0 1 204 710 Tm (8500) Tj ET\n"
    cs += tj(72 + 12 * 13, 710, "人。")
    cs += tj(72, 684, "  二、完成老旧小区改造")
    cs += "BT /T3 12 Tf 1 0 0 1 204 684 Tm (36) Tj ET\n"
    cs += tj(72 + 12 * 13, 684, "个。")
    raw_page_doc(out("p65_type3_clean.pdf"), cs, fonts={"T3": t3})


def p54():
    """Text clipped away by a hand-written clipping path."""
    cs = tj(150, 760, "关于发放困难群众春节慰问金的通知", 16)
    cs += tj(72, 710, "  春节前向全区困难群众发放一次性慰问金，每户500元。")
    cs += tj(72, 684, "  慰问金由街道统一发放至本人社保卡。")
    cs += "q 0 0 1 1 re W n\n" + tj(72, 658, "  杜秀兰 银行卡号 " + CARD_DU) + "Q\n"
    cs += tj(72, 632, "  请各街道于1月20日前完成发放。")
    raw_page_doc(out("p54_clipped_card.pdf"), cs)


def qdf_src():
    c = rl(build("p68.src.pdf"), pageCompression=0)
    title(c, "因公临时出国（境）团组信息公示")
    body(c, ["    团组名称：赴新加坡学习考察城市管理团。",
             "    团长：张立华，区城管局局长。",
             "    团员护照号码：PASSPORT_PLACEHOLDER",
             "    出访时间：2026年5月10日至5月16日，共7天。",
             "    费用来源：区级财政预算。"])
    c.showPage()
    c.save()


def fodt_inputs():
    """Flat ODT files for LibreOffice (converted in run.sh)."""
    def fodt(path, paras, header=None, meta="", forms="", title_="", landscape_=False):
        w, h = ("29.7cm", "21cm") if landscape_ else ("21cm", "29.7cm")
        hdr = ('<style:header><text:p text:style-name="Hd">%s</text:p></style:header>' % header) if header else ""
        ps = "\n".join('<text:p text:style-name="%s">%s</text:p>' % (s, t) for s, t in paras)
        doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>{meta}</office:meta>
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="12pt" style:font-size-asian="12pt"/></style:default-style>
<style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:margin-bottom="0.15cm"/></style:style>
<style:style style:name="Hd" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" style:print-orientation="{'landscape' if landscape_ else 'portrait'}" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}</style:master-page></office:master-styles>
<office:body><office:text>{forms}
{ps}
</office:text></office:body></office:document>'''
        open(path, "w", encoding="utf-8").write(doc)

    brief = [("T", "工作简报"), ("P", "2026年第5期"),
             ("P", "区政府办公室编印"),
             ("P", "一季度，全区重点项目完成投资38.2亿元，占年度计划的27.5%。"),
             ("P", "新开工项目14个，竣工项目6个，项目推进总体平稳。")]
    fodt(build("p09.fodt"), brief * 6, header="内部资料　注意保存")
    fodt(build("p04.fodt"), [("T", "2026年一季度重点项目推进情况表"),
                             ("P", "城东污水处理厂扩建工程：计划投资3.2亿元，完成0.9亿元。"),
                             ("P", "青山路改造工程：计划投资1.6亿元，完成0.5亿元。"),
                             ("P", "第三中学新建工程：计划投资2.1亿元，完成0.7亿元。")], landscape_=True)
    fodt(build("p44.fodt"), [("T", "关于公布2026年第一批市级文明单位的决定"),
                             ("P", "经评审，决定授予市图书馆等28个单位市级文明单位称号。"),
                             ("P", "希望受表彰单位珍惜荣誉，再接再厉。")],
         meta="<dc:title>关于公布2026年第一批市级文明单位的决定</dc:title><dc:subject>精神文明建设</dc:subject>"
              "<meta:keyword>文明单位</meta:keyword><meta:initial-creator>市文明办</meta:initial-creator>"
              "<dc:creator>市文明办综合处</dc:creator>")
    fodt(build("p66.fodt"), [("T", "关于征集政府信息公开工作意见建议的公告"),
                             ("P", "为进一步提升政府信息公开工作质量，现面向社会征集意见建议。"),
                             ("P", "意见建议可发送至区政府办公室电子邮箱 xxgk@example.gov.cn。"),
                             ("P", "也可拨打12345政务服务便民热线反映。")])
    fodt(build("p70.fodt"), [("T", "关于2026年全区义务教育招生工作的通告"),
                             ("P", "一、小学一年级招收2019年9月1日至2020年8月31日出生的适龄儿童。"),
                             ("P", "二、网上报名时间为6月10日至6月20日。"),
                             ("P", "三、咨询电话：区教育局基础教育科。")], header="区教育局")
    fodt(build("att_marking.fodt"), [("P", "机密★10年"), ("T", "应急物资储备情况说明"),
                                     ("P", "一、储备库分布：城北、城南各一处。"),
                                     ("P", "二、主要物资：帐篷2400顶，折叠床5000张。")])
    fodt(build("att_clean.fodt"), [("T", "2026年防汛物资储备标准"),
                                   ("P", "一、县级储备：编织袋5万条，救生衣800件。"),
                                   ("P", "二、乡镇储备：编织袋5000条，救生衣100件。")])
    forms = ('<office:forms form:automatic-focus="false" form:apply-design-mode="false"><form:form form:name="F">'
             '<form:text form:id="c1" form:name="sfz" form:current-value="320102********0427" form:value="320102********0427"/>'
             '<form:text form:id="c2" form:name="dh" form:current-value="139****2046" form:value="139****2046"/>'
             '<form:text form:id="c3" form:name="xm" form:current-value="林某某" form:value="林某某"/>'
             '</form:form></office:forms>')
    ctl = lambda cid: ('<draw:control draw:control="%s" text:anchor-type="as-char" svg:width="6cm" svg:height="0.7cm"/>' % cid)
    fodt(build("p18.fodt"), [("T", "社会救助申请受理回执"),
                             ("P", "申请人：" + ctl("c3")),
                             ("P", "身份证号：" + ctl("c1")),
                             ("P", "联系电话：" + ctl("c2")),
                             ("P", "您的申请已受理，请保持电话畅通。")], forms=forms)


def csv_inputs():
    open(build("p34.csv"), "wb").write(("序号,姓名,村（社区）,联系电话\n1,许文华,青山村," + MOB_ZW + "\n"
                                        "2,罗春燕,石桥村," + MOB_LHM + "\n").encode("gb18030"))
    open(build("p36.csv"), "wb").write(("指标,单位,2025年,2026年\n地区生产总值,亿元,742.6,781.3\n"
                                        "常住人口,万人,96.2,96.8\n城镇化率,%,63.4,64.1\n").encode("utf-8"))


def p67_src():
    # mutool create source: an English-language notice with a person's mailbox
    s = ("%%MediaBox 0 0 595 842\n%%Font Helv Helvetica\n"
         "BT /Helv 16 Tf 72 760 Td (Notice on the 2026 Overseas Talent Exchange Fair) Tj ET\n"
         "BT /Helv 11 Tf 72 720 Td (The fair will be held at the city exhibition centre on 18 May 2026.) Tj ET\n"
         "BT /Helv 11 Tf 72 700 Td (Registration for exhibitors closes on 30 April 2026.) Tj ET\n"
         "BT /Helv 11 Tf 72 680 Td (Contact: Ms. Liu Xiaomei, " + EMAIL_PERSON + ") Tj ET\n"
         "BT /Helv 11 Tf 72 660 Td (Human Resources and Social Security Bureau) Tj ET\n")
    open(build("p67.txt"), "w").write(s)


def html_inputs():
    head = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>'
            'body{font-family:"Noto Serif CJK SC",serif;font-size:12pt;line-height:1.8;margin:0}'
            'h1{text-align:center;font-size:20pt} p{text-indent:2em;margin:.3em 0}%s</style></head><body>')
    para = ("<p>今年以来，全区坚持稳中求进工作总基调，经济运行总体平稳。一季度实现地区生产总值186.4亿元，"
            "同比增长5.6%；规模以上工业增加值增长7.1%；固定资产投资增长4.3%。</p>"
            "<p>下一步，全区将聚焦项目建设和营商环境优化，推动经济持续回升向好。群众反映问题可拨打12345热线。</p>")
    open(build("p08.html"), "w").write(
        head % ("一季度经济运行情况", ".cols{column-count:2;column-gap:24px;margin:40px}")
        + "<h1>2026年一季度全区经济运行情况</h1><div class='cols'>" + para * 9 + "</div></body></html>")
    open(build("p10.html"), "w").write(
        head % ("市政府门户网站", "@page{size:A4;margin:15mm 20mm}table{width:100%;border-collapse:collapse}"
                ".hd{text-align:center;font-size:10pt;border-bottom:1px solid #c00;padding-bottom:4px}"
                ".ft{text-align:center;font-size:9pt;border-top:1px solid #999;padding-top:4px}")
        + "<table><thead><tr><td class='hd'>××市人民政府门户网站　政务信息</td></tr></thead>"
          "<tfoot><tr><td class='ft'>主办：××市人民政府办公室　咨询电话：0571-87654321　www.example.gov.cn</td></tr></tfoot>"
          "<tbody><tr><td><h1>关于2026年国民经济和社会发展计划执行情况的报告</h1>" + para * 14
        + "</td></tr></tbody></table></body></html>")
    open(build("p26.html"), "w").write(
        head % ("转发通知", "a{color:#1a4fb4}")
        + "<h1>关于转发《国务院关于进一步优化政务服务的意见》的通知</h1>"
          "<p>现将有关文件转发给你们，请结合实际认真贯彻落实。</p>"
          "<p>文件原文请见：<a href='https://www.gov.cn/zhengce/content/2026-01/15/content_6900123.htm'>中国政府网</a>。</p>"
          "</body></html>")
    open(build("p27.html"), "w").write(
        head % ("附件下载", "a{color:#1a4fb4}")
        + "<h1>关于报送2026年度部门整体支出绩效自评报告的通知</h1>"
          "<p>请各部门于5月31日前报送绩效自评报告。</p>"
          "<p>报告模板：<a href='" + URL_LOCAL + "'>点击下载附件</a>。</p>"
          "</body></html>")
    secs = [("一、总体要求", "坚持以人民为中心，持续提升政务服务效能。"),
            ("二、重点任务", "推进高效办成一件事，拓展网上办事覆盖面。"),
            ("三、保障措施", "加强组织领导，强化督查考核。")]
    open(build("p47.html"), "w").write(
        head % ("工作方案", "h2{font-size:15pt;break-before:page}")
        + "<h1>2026年政务服务提质增效工作方案</h1>"
        + "".join("<h2>%s</h2>" % h + ("<p>%s</p>" % t) * 6 for h, t in secs) + "</body></html>")


def values_json():
    import json
    import common
    v = {k: getattr(common, k) for k in dir(common) if k.isupper() and isinstance(getattr(common, k), str)}
    v["MOB_ZHOU_G"] = grp(MOB_ZHOU)
    json.dump(v, open(build("values.json"), "w"), ensure_ascii=False, indent=1)


def misc_bases():
    # p36 base (qpdf adds the attachment), p48/p49 (page labels by pikepdf)
    annot_base(build("p36.src.pdf"), "2026年一季度国民经济主要指标", [
        "    一季度全市地区生产总值同比增长5.2%。", "    主要指标数据表见附件。"])
    for name, nums in [("p48_pagelabel_internal.pdf", [0, Dictionary(S=Name.D, P=String("内部资料-"))]),
                       ("p49_pagelabel_clean.pdf", [0, Dictionary(S=Name.r), 1, Dictionary(S=Name.D, St=1)])]:
        src = build(name + ".src.pdf")
        c = rl(src)
        title(c, "目　录")
        body(c, ["    一、工作回顾 …………………… 1", "    二、工作安排 …………………… 2"])
        c.showPage()
        for i, (t, ls) in enumerate([("一、工作回顾", ["    全年完成各项目标任务。"]),
                                     ("二、工作安排", ["    持续优化营商环境。"])]):
            title(c, t)
            body(c, ls)
            c.showPage()
        c.save()
        with pikepdf.open(src) as p:
            p.Root.PageLabels = Dictionary(Nums=Array(nums))
            p.save(out(name))


def add_invisible(src, dst, items):
    """Append a rendering-mode-3 text layer: items = (x, y_from_top, size, text) in points."""
    with pikepdf.open(src) as p, pikepdf.open(build("song_font_src.pdf")) as ff:
        f = p.copy_foreign(song_font_obj(ff))
        pg = p.pages[0]
        mb = [float(v) for v in pg.MediaBox]
        if "/Font" not in pg.obj.Resources:
            pg.obj.Resources.Font = Dictionary()
        pg.obj.Resources.Font.FOCR = f
        cs = "q 3 Tr\n"
        for x, yt, size, t in items:
            cs += "BT /FOCR %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n" % (size, x, mb[3] - yt, ucs2hex(t))
        pg.contents_add(pikepdf.Stream(p, (cs + "Q\n").encode("latin-1")), prepend=False)
        p.save(dst)


def p62_pil():
    """A clean scan written by PIL, with a matching invisible OCR layer added by pikepdf."""
    show = [("城乡居民养老保险缴费通知", True),
            ("2026年度城乡居民养老保险缴费工作已经开始。", False),
            ("缴费档次分为200元至3000元共12档。", False),
            ("请于12月31日前完成缴费。", False),
            ("镇人民政府", False)]
    im = scan_image(show, build("p62.png"), dpi=200)
    im.convert("RGB").save(build("p62.pil.pdf"), resolution=200.0)
    items = []
    y = 1.1 * 72
    for t, big in show:
        items.append((150 if big else 72, y + (20 if big else 14), 20 if big else 14, t))
        y += (0.55 if big else 0.42) * 72
    add_invisible(build("p62.pil.pdf"), out("p62_scan_ocrlayer_clean.pdf"), items)


STAGES = {
    "base": [html_inputs, values_json, song_font_src, misc_bases, fodt_inputs, csv_inputs, p67_src, qdf_src, outlines_gs_src, p11],
    "all": [p01, p02, p03_p73, p07, p12, p16_p14_p28, p21_p22, p23_p24, p19_p20, p25, p30_p29,
            attachments, incremental, p42, xmp, outlines, js, hidden_text, scans, p62_pil, type3, p54],
}

if __name__ == "__main__":
    for f in STAGES[sys.argv[1] if len(sys.argv) > 1 else "all"]:
        f()
        print("ok", f.__name__)
