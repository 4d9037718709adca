"""ReportLab PDFs (STSong-Light, UniGB-UCS2-H): text turned 90/180/270 degrees,
/Rotate pages, circular stamp text, diagonal watermarks, two columns, vertical
text drawn one glyph at a time, rotated table headers, landscape pages mixed with
portrait.  Run from the corpus folder: python3 gen/make_reportlab.py"""
import math, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import ID, MOB, NAMES, EXAMNO, BODY, mask_id, mask_mobile
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
import pikepdf

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
OUT = "reportlab"
os.makedirs(OUT, exist_ok=True)
PW, PH = A4


def new(name, size=A4):
    c = canvas.Canvas(os.path.join(OUT, name + ".pdf"), pagesize=size, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    return c


def wrap(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]


def body(c, x, y, paras, size=12, n=36, lead=1.75):
    """Horizontal paragraphs from (x, y) downwards; returns the next y."""
    c.setFont(F, size)
    for p in paras:
        for j, line in enumerate(wrap(p, n)):
            c.drawString(x + (2 * size if j == 0 else 0), y, line)
            y -= size * lead
        y -= size * 0.4
    return y


def grid_table(c, x, y, widths, rows, h=22, size=10.5, head_h=None):
    """Ruled table, rows of strings, top-left at (x, y)."""
    c.setFont(F, size)
    yy = y
    for r, row in enumerate(rows):
        rh = head_h if (r == 0 and head_h) else h
        xx = x
        for w, cell in zip(widths, row):
            c.rect(xx, yy - rh, w, rh)
            if not callable(cell):
                c.drawString(xx + 4, yy - rh / 2 - size / 3, str(cell))
            else:
                cell(c, xx, yy - rh, w, rh)
            xx += w
        yy -= rh
    return yy


def notice_page(c, marking=None, title="关于做好城乡居民医保参保缴费工作的通知", extra=()):
    y = PH - 60
    if marking:
        c.setFont(F, 14)
        c.drawString(70, y, marking)
        y -= 40
    c.setFont(F, 18)
    c.drawCentredString(PW / 2, y, title)
    y -= 40
    return body(c, 70, y, list(BODY[:5]) + list(extra))


# ---- r01/r02 a landscape table drawn turned 90 degrees on a portrait page ----
def landscape_table(c, marking):
    c.saveState()
    c.translate(PW, 0)
    c.rotate(90)  # the table reads bottom to top; turn the sheet clockwise to read it
    W, H = PH, PW  # logical landscape sheet
    y = H - 50
    if marking:
        c.setFont(F, 14)
        c.drawString(50, y, marking)
        y -= 30
    c.setFont(F, 16)
    c.drawCentredString(W / 2, y, "2024年度全县应急物资储备点分布情况表")
    y -= 30
    rows = [["序号", "储备点名称", "所在乡镇", "帐篷（顶）", "折叠床（张）", "棉被（床）", "发电机（台）", "管理单位"]]
    towns = ["城关镇", "东山乡", "西溪镇", "南湖乡", "北岭镇", "青石乡", "白沙镇", "双河乡"]
    for i, t in enumerate(towns):
        rows.append([i + 1, t + "应急物资储备点", t, 120 + i * 10, 300 + i * 25, 500 + i * 30, 4 + i % 3, t + "人民政府"])
    grid_table(c, 50, y, [40, 140, 70, 70, 80, 70, 80, 120], rows)
    c.restoreState()


c = new("rl_landscape_on_portrait_marking"); landscape_table(c, "秘密★1年"); c.showPage(); c.save()
c = new("rl_landscape_on_portrait_clean"); landscape_table(c, None); c.showPage(); c.save()

# ---- r03 a page drawn upside down (180 degrees) with a person's ID ----
c = new("rl_rot180_id")
c.saveState(); c.translate(PW, PH); c.rotate(180)
notice_page(c, title="行政处罚决定书", extra=[
    "当事人：%s，性别：男，身份证号：%s，住址：本县城关镇东门村。" % (NAMES[2], ID[2]),
    "上述当事人违反《中华人民共和国道路交通安全法》的规定，现决定给予罚款二百元的行政处罚。"])
c.restoreState(); c.showPage(); c.save()

# ---- r04 a contact table turned 270 degrees (reads top to bottom) with mobiles; and its masked twin ----
def rot270(name, unmasked):
    c = new(name)
    c.saveState(); c.translate(0, PH); c.rotate(-90)
    W, H = PH, PW
    c.setFont(F, 16); c.drawCentredString(W / 2, H - 60, "2024年防汛抗旱责任人及联系方式一览表")
    rows = [["序号", "乡镇", "责任人", "职务", "联系电话"]]
    for i in range(6):
        rows.append([i + 1, ["城关镇", "东山乡", "西溪镇", "南湖乡", "北岭镇", "青石乡"][i], NAMES[i], "副镇长",
                     MOB[i] if (unmasked and i == 3) else mask_mobile(MOB[i])])
    grid_table(c, 120, H - 90, [50, 100, 90, 110, 150], rows)
    c.restoreState(); c.showPage(); c.save()


rot270("rl_rot270_mobile", True)
rot270("rl_rot270_clean", False)


# ---- r05/r06 a page with /Rotate 90: drawn sideways, shown upright ----
def rotate_page(name, marking):
    tmp = os.path.join(OUT, name + ".tmp.pdf")
    c = canvas.Canvas(tmp, pagesize=A4, invariant=1)
    c.saveState(); c.translate(PW, 0); c.rotate(90)   # logical landscape sheet, shown upright by /Rotate 90
    W, H = PH, PW
    y = H - 50
    if marking:
        c.setFont(F, 14); c.drawString(50, y, marking); y -= 30
    c.setFont(F, 16); c.drawCentredString(W / 2, y, "2024年度政府投资项目计划表"); y -= 30
    rows = [["序号", "项目名称", "建设单位", "总投资（万元）", "年度计划（万元）", "建设内容"]]
    for i in range(8):
        rows.append([i + 1, "城乡供水一体化工程（%d期）" % (i + 1), "县水利局", 1200 + 150 * i, 600 + 50 * i, "管网改造%d公里" % (10 + i)])
    grid_table(c, 50, y, [40, 190, 90, 100, 110, 150], rows)
    c.restoreState(); c.showPage(); c.save()
    with pikepdf.open(tmp) as p:
        p.pages[0].Rotate = 90
        p.save(os.path.join(OUT, name + ".pdf"), static_id=True)
    os.remove(tmp)


rotate_page("rl_pagerotate90_marking", "秘密★1年")
rotate_page("rl_pagerotate90_clean", None)


# ---- r08/r09 circular stamp text: one glyph at a time around a ring ----
def ring(c, cx, cy, r, text, size=13, start=210, end=-30, color=(0.85, 0.1, 0.1)):
    c.saveState()
    c.setStrokeColorRGB(*color); c.setFillColorRGB(*color)
    c.setLineWidth(2); c.circle(cx, cy, r + size + 4)
    c.setFont(F, size)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(start + (end - start) * i / (n - 1))
        c.saveState()
        c.translate(cx + r * math.cos(a), cy + r * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.restoreState()


c = new("rl_seal_clean")
y = notice_page(c)
c.setFont(F, 12); c.drawString(360, y - 40, "某某县人民政府办公室"); c.drawString(372, y - 62, "2024年3月5日")
ring(c, 420, y - 50, 42, "某某县人民政府办公室")
c.setFillColorRGB(0.85, 0.1, 0.1); c.setFont(F, 22); c.drawCentredString(420, y - 58, "★")
c.showPage(); c.save()

c = new("rl_seal_internal")
y = notice_page(c, title="2024年全县财政预算执行情况分析")
ring(c, PW - 110, PH - 90, 34, "内部资料注意保存", size=12, start=200, end=-20)
c.setFillColorRGB(0.85, 0.1, 0.1); c.setFont(F, 12); c.drawCentredString(PW - 110, PH - 95, "县财政局")
c.showPage(); c.save()


# ---- r10/r11/r12 diagonal watermark across every page ----
def wm_doc(name, text, perglyph=False):
    c = new(name)
    for pg in range(3):
        c.saveState()
        c.setFillColorRGB(0.82, 0.82, 0.82); c.setFont(F, 54)
        if perglyph:
            step = 62
            n = len(text)
            for i, ch in enumerate(text):
                d = (i - (n - 1) / 2) * step
                c.saveState()
                c.translate(PW / 2 + d * math.cos(math.radians(45)), PH / 2 + d * math.sin(math.radians(45)))
                c.rotate(45)
                c.drawCentredString(0, 0, ch)
                c.restoreState()
        else:
            c.translate(PW / 2, PH / 2); c.rotate(45); c.drawCentredString(0, 0, text)
        c.restoreState()
        c.setFillColorRGB(0, 0, 0)
        if pg == 0:
            y = notice_page(c, title="2024年全县医疗保障工作要点")
        else:
            y = body(c, 70, PH - 70, list(BODY[1:5]) * 2)
        c.setFont(F, 10); c.drawCentredString(PW / 2, 40, "— %d —" % (pg + 1))
        c.showPage()
    c.save()


wm_doc("rl_diag_watermark_internal", "内部资料 注意保存")
wm_doc("rl_diag_watermark_perglyph", "内部资料 注意保存", perglyph=True)


# ---- r13/r14 two columns ----
def two_col(name, left, right, title):
    c = new(name)
    c.setFont(F, 18); c.drawCentredString(PW / 2, PH - 60, title)
    c.setLineWidth(0.5); c.line(PW / 2, PH - 90, PW / 2, 120)
    y = PH - 100
    c.setFont(F, 11)
    for l in left:
        c.drawString(60, y, l); y -= 20
    y = PH - 100
    for r in right:
        c.drawString(PW / 2 + 15, y, r); y -= 20
    c.showPage(); c.save()


LEFT = wrap("".join(BODY[:4]), 19)
two_col("rl_twocol_id", LEFT,
        wrap("五、信访事项办理情况。本月共受理群众来信来访四十二件，已办结三十九件。其中，申请人%s（身份证号%s）反映的宅基地确权问题，已由城关镇人民政府调查处理并书面答复。" % (NAMES[1], ID[1]) + BODY[4], 19),
        "政务信息简报 第15期")
# numbers that meet at the gutter: joined across the columns they would read 15867321940
gut_left = wrap(BODY[0] + BODY[1], 19)[:6] + ["全年累计接待游客（人次）15867321", "，同比增长百分之十二。"] + wrap(BODY[2] + BODY[3], 19)
gut_right = ["六、交通建设。全县新改建农村公路一", "百二十公里，实现镇村公交全覆盖。", "七、客运服务。截至年底，全县行政", "村客运班线通达率稳步提高，全县共有",
             "", "", "940个行政村实现通客车，覆盖率达到百分", "之百。"] + wrap(BODY[4], 19)
two_col("rl_twocol_gutter_clean", gut_left, gut_right, "政务信息简报 第16期")


# ---- r15/r16/r17 vertical text, one glyph at a time, columns right to left ----
def vertical(name, columns, size=15):
    c = new(name)
    x = PW - 70
    for col in columns:
        y = PH - 70
        c.setFont(F, size + (5 if col.startswith("关于") or col.startswith("行政") else 0))
        for ch in col:
            if y < 60:
                x -= size * 1.9; y = PH - 70 - 2 * size
            c.drawCentredString(x, y, ch)
            y -= size * 1.15
        x -= size * 1.9
    c.showPage(); c.save()


vcols = ["关于做好城乡居民医保参保缴费工作的通知"] + [p for p in BODY[:5]]
vertical("rl_vertical_perglyph_marking", ["秘密★1年"] + vcols)
vertical("rl_vertical_perglyph_clean", ["县医保〔2024〕12号"] + vcols)
vertical("rl_vertical_perglyph_id", ["行政处罚决定书", "当事人：%s，公民身份号码%s，住所地本县城关镇。" % (NAMES[4], ID[4]),
                                      "经查，当事人于二〇二四年三月在本县农贸市场销售未经检疫的猪肉。",
                                      "依据有关规定，决定给予当事人警告并处罚款二千元。"])


# ---- r18 ruled table whose heading cells are turned 90 degrees ----
def vhead(text):
    def draw(c, x, y, w, h):
        c.saveState(); c.translate(x + w / 2 + 4, y + 6); c.rotate(90); c.setFont(F, 10.5); c.drawString(0, 0, text); c.restoreState()
    return draw


c = new("rl_rotated_header_exam_clean")
c.setFont(F, 16); c.drawCentredString(PW / 2, PH - 60, "2024年度县属事业单位公开招聘笔试成绩公示")
rows = [[vhead(h) for h in ["序号", "姓名", "准考证号", "笔试成绩", "是否进入面试"]]]
for i in range(10):
    rows.append([i + 1, NAMES[i][0] + "某某", EXAMNO[i], "%.1f" % (84 - i * 1.3), "是" if i < 6 else "否"])
y = grid_table(c, 110, PH - 80, [40, 80, 120, 70, 60], rows, head_h=80)
c.setFont(F, 11); c.drawString(110, y - 30, "公示期为5个工作日，公示期内如有异议，请以书面形式向县人力资源和社会保障局反映。")
c.showPage(); c.save()


# ---- r21/r22 a landscape page between portrait pages ----
def mixed(name, phones):
    c = new(name)
    notice_page(c, title="关于公布全县地质灾害隐患点监测责任人的通知")
    c.showPage()
    c.setPageSize(landscape(A4))
    W, H = landscape(A4)
    c.setFont(F, 16); c.drawCentredString(W / 2, H - 50, "附件：地质灾害隐患点监测责任人名单")
    rows = [["序号", "隐患点名称", "所在乡镇", "灾害类型", "威胁人数", "监测责任人", "联系电话"]]
    for i in range(8):
        rows.append([i + 1, "%s村后山滑坡" % "东西南北上下前后"[i], ["城关镇", "东山乡", "西溪镇", "南湖乡"][i % 4], "滑坡",
                     12 + i * 3, NAMES[i], phones[i]])
    grid_table(c, 50, H - 70, [40, 150, 90, 80, 70, 100, 160], rows)
    c.showPage()
    c.setPageSize(A4)
    body(c, 70, PH - 70, ["各乡镇人民政府要督促监测责任人做好汛期巡查，发现险情立即报告并组织群众转移。", "特此通知。"])
    c.showPage(); c.save()


mixed("rl_landscape_mixed_mobile", [mask_mobile(m) for m in MOB[:8]][:5] + [MOB[5]] + [mask_mobile(m) for m in MOB[6:8]])
mixed("rl_landscape_mixed_clean", ["0571-6321%04d" % (8800 + i) for i in range(8)])


# ---- r23/r24 side labels turned 90 degrees in the left margin ----
def margin_label(name, label):
    c = new(name)
    notice_page(c, title="关于印发《全县安全生产专项整治实施方案》的通知")
    c.saveState(); c.translate(38, PH - 60); c.rotate(90)
    c.setFont(F, 13); c.drawRightString(0, 0, label)
    c.restoreState()
    c.showPage(); c.save()


margin_label("rl_margin_rotated_marking", "秘密★1年")
margin_label("rl_margin_rotated_internal", "内部资料　请勿外传")
