#!/usr/bin/python3
# ReportLab PDFs (STSong-Light, predefined CMap, not embedded) + qpdf /Rotate
import os, subprocess
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from common import *
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
F = 'STSong-Light'
A4 = (595.27, 841.89)
os.makedirs(OUT, exist_ok=True)
TMP = os.path.join(OUT, '_tmp'); os.makedirs(TMP, exist_ok=True)

BODY = ['各乡镇人民政府，县直各有关单位：',
        '为进一步做好春季农业生产工作，现将有关事项通知如下。',
        '一、各单位要高度重视，切实加强组织领导。',
        '二、请于本月底前将工作进展情况报县农业农村局。',
        '三、联系电话：0571-86012345（办公室）。']

def body(c, y=700, lines=BODY, x=72, size=12, lead=22):
    c.setFont(F, size)
    for l in lines:
        c.drawString(x, y, l); y -= lead
    return y

def new(name):
    return canvas.Canvas(os.path.join(OUT, name), pagesize=A4)

def tmp(name):
    return canvas.Canvas(os.path.join(TMP, name), pagesize=A4)

def rotate(src, dst, ang):
    subprocess.run(['qpdf', os.path.join(TMP, src), '--rotate=+%d' % ang, os.path.join(OUT, dst)], check=True)

# p01 rotate 90: first line marking
c = tmp('p01.pdf'); c.setFont(F, 14); c.drawString(72, 780, '秘密★1年')
c.setFont(F, 18); c.drawCentredString(297, 740, '关于做好春季农业生产工作的通知'); body(c); c.save()
rotate('p01.pdf', 'p01_rl_rotate90_marking.pdf', 90)
add_label('p01_rl_rotate90_marking.pdf', 'block', ['classified_marking'], [], 'ReportLab notice whose first line is 秘密★1年, page turned by qpdf --rotate=+90: a marking on the first line blocks whatever the page rotation')

# p02 rotate 180 with ID
c = tmp('p02.pdf'); c.setFont(F, 18); c.drawCentredString(297, 780, '关于张建国同志申请困难补助的公示')
body(c, 740, ['经个人申请、社区审核，拟给予以下人员困难补助：', '申请人：张建国，身份证号：%s，补助金额2000元。' % ID[0], '公示期5个工作日。'])
c.save(); rotate('p02.pdf', 'p02_rl_rotate180_id.pdf', 180)
add_label('p02_rl_rotate180_id.pdf', 'block', ['id_card'], [ID[0]], 'ReportLab 公示 with an ID after 身份证号, page /Rotate 180 (qpdf): ID with valid check digit blocks')

# p03 rotate 270 clean
c = tmp('p03.pdf'); c.setFont(F, 18); c.drawCentredString(297, 780, '关于做好春季农业生产工作的通知'); body(c, 740)
c.drawString(72, 600, '申请人：张某某，身份证号：%s。' % mask_id(ID[1])); c.save()
rotate('p03.pdf', 'p03_rl_rotate270_clean.pdf', 270)
add_label('p03_rl_rotate270_clean.pdf', 'pass', [], [], 'clean twin: ReportLab notice with a masked ID and an agency landline, /Rotate 270 (qpdf): nothing to find')

# rotated table frame helper: landscape frame of 842x595 inside portrait page
def land_table(c, rows, widths, title, x0=40, ytop=520, rh=26):
    c.setFont(F, 16); c.drawCentredString(421, 555, title)
    c.setFont(F, 11)
    tw = sum(widths); y = ytop
    c.setLineWidth(0.6)
    for r in rows:
        c.line(x0, y, x0 + tw, y)
        x = x0
        for w, t in zip(widths, r):
            c.drawString(x + 4, y - 17, t); x += w
        y -= rh
    c.line(x0, y, x0 + tw, y)
    x = x0
    for w in widths + [0]:
        c.line(x, ytop, x, y); x += w

rows4 = [['序号', '姓名', '身份证号', '家庭住址', '补助金额（元）'],
         ['1', '李秀英', ID[2], '城关镇东街12号', '1500'],
         ['2', '王志强', ID[3], '城关镇西街8号', '1500'],
         ['3', '陈桂兰', ID[4], '河口乡河口村3组', '1200']]
# p04: portrait page, table drawn rotated 90 (landscape table on portrait page)
c = new('p04_rl_portrait_rotated_table_id.pdf')
c.saveState(); c.translate(595.27, 0); c.rotate(90)
land_table(c, rows4, [50, 90, 200, 220, 120], '2025年第一季度困难群众临时救助名单'); c.restoreState(); c.save()
add_label('p04_rl_portrait_rotated_table_id.pdf', 'block', ['id_card'], [ID[2], ID[3], ID[4]], 'ReportLab: landscape table drawn rotated 90° (CTM) on an upright portrait page, IDs under 身份证号: IDs block')

rows4m = [[r[0], r[1], mask_id(r[2]) if i else r[2], r[3], r[4]] for i, r in enumerate(rows4)]
rows4m = [[r[0], r[1].replace(r[1][1:], '某某') if i else r[1], r[2], r[3], r[4]] for i, r in enumerate(rows4m)]
c = new('p05_rl_portrait_rotated_table_clean.pdf')
c.saveState(); c.translate(595.27, 0); c.rotate(90)
land_table(c, rows4m, [50, 90, 200, 220, 120], '2025年第一季度困难群众临时救助名单'); c.restoreState(); c.save()
add_label('p05_rl_portrait_rotated_table_clean.pdf', 'pass', [], [], 'clean twin of p04: same rotated table with masked IDs (6+4) and 李某某 names')

# p06 vertical side label: marking rotated 90 in left margin
c = new('p06_rl_side_label_rotated_marking.pdf')
c.setFont(F, 18); c.drawCentredString(297, 780, '关于做好春季农业生产工作的通知'); body(c, 740)
c.saveState(); c.translate(40, 480); c.rotate(90); c.setFont(F, 16); c.drawString(0, 0, '秘密★1年'); c.restoreState(); c.save()
add_label('p06_rl_side_label_rotated_marking.pdf', 'block', ['classified_marking'], [], 'ReportLab: full marking 秘密★1年 alone as a side label rotated 90° in the left margin: a level with ★ and period standing alone is a marking')

# p07 vertical one char per line marking at head
c = new('p07_rl_vertical_chars_marking.pdf')
c.setFont(F, 16)
for i, ch in enumerate('机密★5年'):
    c.drawString(520, 800 - i * 20, ch)
c.setFont(F, 18); c.drawCentredString(280, 780, '关于做好春季农业生产工作的通知'); body(c, 740, x=60)
c.save()
add_label('p07_rl_vertical_chars_marking.pdf', 'block', ['classified_marking'], [], 'ReportLab: marking 机密★5年 set vertically (竖排) one glyph per line at the top-right head of the page; read as a person reads it, a full marking')

# p08 two columns, ID at top of column 2 after label at foot of column 1
def col_text(c, x, ytop, lines, lead=20):
    y = ytop
    for l in lines:
        c.drawString(x, y, l); y -= lead
c = new('p08_rl_twocol_id_at_break.pdf')
c.setFont(F, 16); c.drawCentredString(297, 790, '行政处罚决定书（简易程序）')
c.setFont(F, 10.5)
col1 = ['当事人经营的门店于2025年3月12日', '被执法人员检查时发现未按规定', '明码标价，违反了《价格法》第十', '三条的规定。当事人对违法事实无', '异议。依据有关规定，决定给予警'] * 6 + ['告处罚。当事人姓名：刘卫东，身份证号：']
col2 = [ID[5] + '，住所：', '城关镇人民路66号。如不服本决定，', '可在六十日内申请行政复议。'] + ['本决定书送达后即发生法律效力。'] * 10
col_text(c, 60, 750, col1); col_text(c, 315, 750, col2); c.save()
add_label('p08_rl_twocol_id_at_break.pdf', 'block', ['id_card'], [ID[5]], 'ReportLab two-column page: 身份证号： ends column 1 at the page foot, the ID opens column 2 at the top: an 18-char ID standing whole is an ID')

# p09 two columns clean: col1 lines end with 4 digits, col2 lines start with 7 digits (would merge to a mobile)
c = new('p09_rl_twocol_numbers_clean.pdf')
c.setFont(F, 16); c.drawCentredString(297, 790, '2024年全县交通运输统计简报')
c.setFont(F, 10.5)
l1 = ['全年公路客运站发送班次：', '其中农村客运班次：', '城乡公交日均发车趟次：', '出租汽车年运营车次（万）：']
v1 = ['1386', '1395', '1581', '1872']
l2 = [' 为全年公路旅客周转量（人公里）', ' 为全年货物周转量（吨公里）', ' 为快递业务总量（件）', ' 为港口货物吞吐量（吨）']
v2 = ['5274193', '6031748', '2209516', '4417302']
y = 740
for a, b, d, e in zip(l1, v1, v2, l2):
    c.drawString(60, y, a); c.drawRightString(280, y, b)
    c.drawString(315, y, d + e); y -= 22
c.drawString(60, y - 20, '注：数据来源于县交通运输局，咨询电话12345。'); c.save()
add_label('p09_rl_twocol_numbers_clean.pdf', 'pass', [], [], 'clean: two columns whose lines meet as 1386|5274193 at the gutter; columns stay apart, so no 11-digit mobile')

# p10 three columns, mobile in column 3
c = new('p10_rl_threecol_mobile.pdf')
c.setFont(F, 16); c.drawCentredString(297, 790, '社区便民服务指南')
c.setFont(F, 9.5)
colw = 170
cols = [['一、户籍办理', '办理地点：社区服务中心一楼', '办理时间：工作日上午', '所需材料：户口簿、照片'] * 3,
        ['二、医保参保', '办理地点：社区服务中心二楼', '咨询电话：12345', '所需材料：身份证明'] * 3,
        ['三、志愿服务', '报名联系人：赵丽华', '手机：%s' % MOB[0], '报名时间：每周三下午'] * 1 + ['欢迎居民踊跃参加。'] * 8]
for i, col in enumerate(cols):
    col_text(c, 50 + i * (colw + 10), 750, col, 18)
c.save()
add_label('p10_rl_threecol_mobile.pdf', 'review', ['mobile_phone'], [MOB[0]], 'ReportLab three-column guide: a volunteer contact mobile after 手机： in column 3: mobile_phone review')

# p11 top-right corner marking
c = new('p11_rl_topright_marking.pdf')
c.setFont(F, 14); c.drawRightString(523, 805, '机密★10年')
c.setFont(F, 18); c.drawCentredString(297, 740, '关于做好春季农业生产工作的通知'); body(c, 700); c.save()
add_label('p11_rl_topright_marking.pdf', 'block', ['classified_marking'], [], 'ReportLab: 机密★10年 alone in the top-right corner above the title: a full marking')

# p13 table continued on page 2 (heading repeated); page 2 row has a whole ID
def table(c, rows, widths, x0, ytop, rh=22, size=10.5):
    c.setFont(F, size); c.setLineWidth(0.6)
    tw = sum(widths); y = ytop
    for r in rows:
        c.line(x0, y, x0 + tw, y); x = x0
        for w, t in zip(widths, r):
            c.drawString(x + 4, y - 15, t); x += w
        y -= rh
    c.line(x0, y, x0 + tw, y); x = x0
    for w in widths + [0]:
        c.line(x, ytop, x, y); x += w
    return y
names = ['周明', '吴芳', '郑伟', '孙丽', '冯刚', '何静', '许涛', '沈红', '韩磊', '曹敏', '彭勇', '袁琴', '蒋超', '谢英', '邓斌',
         '唐丹', '于洋', '董梅', '程浩', '魏霞', '罗军', '梁燕', '宋杰', '汪玲', '田鹏', '潘莉', '杜平', '丁娟', '姜波', '范瑞',
         '方亮', '石兰', '姚强', '谭芬', '廖辉', '邹萍', '熊伟']
hdr = ['序号', '姓名', '身份证号', '所在村（社区）', '补贴类别']
def plist(unmask_at=None):
    out = []
    for i, n in enumerate(names):
        v = ID[(i % 13) + 1]
        shown = v if i == unmask_at else mask_id(v)
        out.append([str(i + 1), n[0] + '某', shown, ['东风村', '向阳社区', '红旗村'][i % 3], '耕地地力保护补贴'])
    return out
def twopage(name, unmask_at):
    c = new(name)
    r = plist(unmask_at)
    c.setFont(F, 16); c.drawCentredString(297, 800, '2025年耕地地力保护补贴发放名单')
    w = [40, 60, 170, 110, 120]
    table(c, [hdr] + r[:32], w, 50, 770)
    c.setFont(F, 9); c.drawCentredString(297, 30, '— 1 —'); c.showPage()
    table(c, [hdr] + r[32:], w, 50, 800)
    c.setFont(F, 9); c.drawCentredString(297, 30, '— 2 —'); c.save()
twopage('p13_rl_table_continued_id.pdf', 34)
add_label('p13_rl_table_continued_id.pdf', 'block', ['id_card'], [ID[(34 % 13) + 1]], 'ReportLab ruled table continued on page 2 with its heading repeated; one row on page 2 has an unmasked ID')
twopage('p14_rl_table_continued_clean.pdf', None)
add_label('p14_rl_table_continued_clean.pdf', 'pass', [], [], 'clean twin of p13: every ID masked 6+4, names 周某: nothing to find')

# p15 narrow cell wrapping a bank card under 银行卡号
c = new('p15_rl_cell_wrap_card.pdf')
c.setFont(F, 16); c.drawCentredString(297, 790, '2025年创业担保贷款贴息资金发放明细')
x0, yt = 60, 750; widths = [40, 70, 90, 100, 80]
rows = [['序号', '姓名', '开户银行', '银行卡号', '贴息金额（元）']]
table(c, rows, widths, x0, yt)
y = yt - 22
c.setLineWidth(0.6); c.setFont(F, 10.5)
c.rect(x0, y - 40, sum(widths), 40)
xs = [x0]
for w in widths: xs.append(xs[-1] + w)
for x in xs[1:-1]: c.line(x, y, x, y - 40)
c.drawString(xs[0] + 4, y - 15, '1'); c.drawString(xs[1] + 4, y - 15, '黄永红'); c.drawString(xs[2] + 4, y - 15, '农业银行')
c.drawString(xs[3] + 4, y - 15, CARD[0][:10]); c.drawString(xs[3] + 4, y - 31, CARD[0][10:])
c.drawString(xs[4] + 4, y - 15, '3260.00'); c.save()
add_label('p15_rl_cell_wrap_card.pdf', 'block', ['bank_card'], [CARD[0]], 'ReportLab ruled table: a 19-digit UnionPay card wrapped 10+9 inside one narrow cell under 银行卡号: one number, a card')

# p16 narrow cell wrapping a mobile under 联系电话
c = new('p16_rl_cell_wrap_mobile.pdf')
c.setFont(F, 16); c.drawCentredString(297, 790, '社区网格员联系表')
widths = [40, 70, 120, 60]
table(c, [['序号', '姓名', '负责网格', '联系电话']], widths, 60, 750)
y = 728; c.rect(60, y - 40, sum(widths), 40)
xs = [60]
for w in widths: xs.append(xs[-1] + w)
for x in xs[1:-1]: c.line(x, y, x, y - 40)
c.setFont(F, 10.5)
c.drawString(xs[0] + 4, y - 15, '1'); c.drawString(xs[1] + 4, y - 15, '马晓燕'); c.drawString(xs[2] + 4, y - 15, '幸福里第三网格')
c.drawString(xs[3] + 4, y - 15, MOB[1][:7]); c.drawString(xs[3] + 4, y - 31, MOB[1][7:]); c.save()
add_label('p16_rl_cell_wrap_mobile.pdf', 'review', ['mobile_phone'], [MOB[1]], 'ReportLab ruled table: mobile wrapped 7+4 in a narrow cell under 联系电话: one number, mobile review')

# p17 skewed text matrix with ID
c = new('p17_rl_skewed_id.pdf')
c.setFont(F, 18); c.drawCentredString(297, 790, '关于王丽娟同志低保资格的公示')
t = c.beginText(); t.setFont(F, 12); t.setTextTransform(1, 0, 0.35, 1, 72, 740)
t.textOut('申请人：王丽娟，身份证号：%s，家庭人口3人。' % ID[6]); c.drawText(t)
body(c, 700, ['公示期为7天，如有异议请向镇民政办反映。']); c.save()
add_label('p17_rl_skewed_id.pdf', 'block', ['id_card'], [ID[6]], 'ReportLab: line drawn with a skewed text matrix (Tm 1 0 0.35 1): ID after 身份证号 blocks')

# p18 Tc letter-spaced marking
c = new('p18_rl_tc_spaced_marking.pdf')
t = c.beginText(72, 790); t.setFont(F, 16); t.setCharSpace(8); t.textOut('秘密★1年'); c.drawText(t)
c.setFont(F, 18); c.drawCentredString(297, 740, '关于做好春季农业生产工作的通知'); body(c, 700); c.save()
add_label('p18_rl_tc_spaced_marking.pdf', 'block', ['classified_marking'], [], 'ReportLab: first-line marking letter-spaced with Tc = 0.5 em (秘 密 ★ 1 年)')

# p19 Tc letter-spaced ID
c = new('p19_rl_tc_spaced_id.pdf')
c.setFont(F, 18); c.drawCentredString(297, 790, '不动产登记信息更正公告')
t = c.beginText(72, 740); t.setFont(F, 12); t.textOut('权利人：林志明，身份证号：'); t.setCharSpace(6); t.textOut(ID[7]); t.setCharSpace(0); t.textOut('。'); c.drawText(t)
body(c, 710, ['自公告之日起15日内无异议的，予以更正登记。']); c.save()
add_label('p19_rl_tc_spaced_id.pdf', 'block', ['id_card'], [ID[7]], 'ReportLab: ID after 身份证号 drawn with Tc = 0.5 em between digits (within the 0.8 em the README says is no word space)')

# p20 tiny text
c = new('p20_rl_tiny_id.pdf')
c.setFont(F, 18); c.drawCentredString(297, 790, '关于做好春季农业生产工作的通知'); body(c, 740)
c.setFont(F, 2); c.drawString(72, 560, '经办人：高建华 身份证号：%s' % ID[8]); c.save()
add_label('p20_rl_tiny_id.pdf', 'block', ['id_card'], [ID[8]], 'ReportLab: an ID after 身份证号 drawn at 2 pt inside the page (visible when zoomed, copied with the text): still page text, ID blocks')

# p21 footer drawn first, header marking last
c = new('p21_rl_footer_first_marking.pdf')
c.setFont(F, 9); c.drawCentredString(297, 40, '— 1 —'); c.drawString(72, 60, '县人民政府办公室　　2025年3月18日印发')
c.setFont(F, 18); c.drawCentredString(297, 740, '关于做好春季农业生产工作的通知'); body(c, 700)
c.setFont(F, 14); c.drawString(72, 800, '秘密★1年'); c.save()
add_label('p21_rl_footer_first_marking.pdf', 'block', ['classified_marking'], [], 'ReportLab: content stream draws the footer first and the head-of-page marking 秘密★1年 last; placed by position it is the first line')

c = new('p22_rl_footer_first_clean.pdf')
c.setFont(F, 9); c.drawCentredString(297, 40, '— 1 —'); c.drawString(72, 60, '县人民政府办公室　　2025年3月18日印发')
c.setFont(F, 18); c.drawCentredString(297, 740, '关于做好春季农业生产工作的通知'); body(c, 700)
c.setFont(F, 14); c.drawString(72, 800, '公开方式：主动公开'); c.save()
add_label('p22_rl_footer_first_clean.pdf', 'pass', [], [], 'clean twin of p21: same drawing order, head line is 公开方式：主动公开')

# p23 Form XObject header marking reused on 3 pages
c = new('p23_rl_xobject_header_marking.pdf')
c.beginForm('hdr'); c.setFont(F, 14); c.drawString(72, 805, '机密★5年'); c.endForm()
for pg in range(3):
    c.doForm('hdr')
    c.setFont(F, 12); body(c, 740 - (0 if pg else 0), BODY if pg == 0 else ['（续）'] + BODY[2:])
    c.setFont(F, 9); c.drawCentredString(297, 30, '— %d —' % (pg + 1)); c.showPage()
c.save()
add_label('p23_rl_xobject_header_marking.pdf', 'block', ['classified_marking'], [], 'ReportLab: 机密★5年 drawn once as a Form XObject and invoked at the head of each of 3 pages')

c = new('p24_rl_xobject_footer_clean.pdf')
c.beginForm('ftr'); c.setFont(F, 9); c.drawString(72, 50, '县人民政府办公室主办　政务服务热线：12345　地址：人民路1号'); c.endForm()
for pg in range(3):
    c.doForm('ftr'); body(c, 760); c.showPage()
c.save()
add_label('p24_rl_xobject_footer_clean.pdf', 'pass', [], [], 'clean: a footer with agency name and hotline 12345 drawn as a Form XObject on 3 pages')

# p25 /Rotate 90 page with counter-rotated content (landscape page as producers write it), IDs
c = canvas.Canvas(os.path.join(OUT, 'p25_rl_landscape_rotate90_id.pdf'), pagesize=(841.89, 595.27))
c.setPageRotation(90)
c.saveState(); c.translate(595.27, 0); c.rotate(90)
rows = [['序号', '姓名', '身份证号', '安置房号', '面积（平方米）'], ['1', '欧阳春', ID[9], '3幢2单元501', '89.6'], ['2', '司马兰', ID[10], '5幢1单元302', '76.2']]
land_table(c, rows, [50, 90, 200, 220, 120], '城东片区征收安置选房结果'); c.restoreState(); c.save()
add_label('p25_rl_landscape_rotate90_id.pdf', 'block', ['id_card'], [ID[9], ID[10]], 'ReportLab: /Rotate 90 page whose content is drawn turned -90 so it shows upright landscape; IDs in the table block')

# p26 side label sensitive term rotated 270 in right margin
c = new('p26_rl_side_label_term.pdf')
c.setFont(F, 18); c.drawCentredString(297, 790, '全县安全生产形势分析'); body(c, 740, ['一、总体情况', '今年以来全县安全生产形势总体平稳。'])
c.saveState(); c.translate(560, 700); c.rotate(-90); c.setFont(F, 14); c.drawString(0, 0, '内部资料　注意保存'); c.restoreState(); c.save()
add_label('p26_rl_side_label_term.pdf', 'review', ['sensitive_term'], [], 'ReportLab: 内部资料 注意保存 alone as a side label rotated -90° in the right margin: a label, sensitive_term review')
import shutil; shutil.rmtree(TMP)
