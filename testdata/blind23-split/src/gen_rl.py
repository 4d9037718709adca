from common import *
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Frame, PageTemplate, BaseDocTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
F='STSong-Light'
st=ParagraphStyle('b',fontName=F,fontSize=12,leading=20,wordWrap='CJK',firstLineIndent=24)

# a01: Paragraph in narrow column, ID wraps mid-number
ID1='110105198809162039'
def narrow_doc(path, paras, width=70*mm):
    doc=BaseDocTemplate(path,pagesize=A4)
    fr=Frame(30*mm,60*mm,width,200*mm,showBoundary=0)
    doc.addPageTemplates([PageTemplate(frames=[fr])])
    doc.build([Paragraph(p,st) for p in paras])
narrow_doc(OUT+'/a01_rl_para_wrap_id.pdf',[
 '关于拟发放2026年度困难群众临时救助金的公示',
 f'经社区初审、街道审核，申请人王某某，身份证号码：{ID1}，家庭住址为本街道幸福里小区，符合临时救助条件，拟发放救助金人民币叁仟元整。公示期为5个工作日。'])
label('a01_rl_para_wrap_id.pdf','block',['id_card'],[ID1],'ReportLab Paragraph wordWrap=CJK in a 70mm frame; the 18-digit ID after 身份证号码： wraps across two lines mid-number')
USCC='91110108MA01C2XY3K'
narrow_doc(OUT+'/a02_rl_para_wrap_uscc_clean.pdf',[
 '关于拟发放2026年度困难群众临时救助金的公示',
 f'经社区初审、街道审核，申请人王某某，身份证号码：110105********2039，家庭住址为本街道幸福里小区，符合临时救助条件。承办机构统一社会信用代码：{USCC}，订单号：202612070045318876，拟发放救助金人民币叁仟元整。'])
label('a02_rl_para_wrap_uscc_clean.pdf','pass',[],[],'Twin of a01: ID masked; USCC and an 18-digit 订单号 wrap across lines in the same narrow frame')

# a03: canvas, bank card drawn digit by digit with separate text objects
CARD1='6222029015443424642'
def head(c,title):
    c.setFont(F,16); c.drawCentredString(105*mm,270*mm,title)
    c.setFont(F,12)
c=canvas.Canvas(OUT+'/a03_rl_digit_by_digit_card.pdf',pagesize=A4)
head(c,'关于退还多缴社会保险费的通知')
c.drawString(25*mm,250*mm,'退费对象：李某某')
c.drawString(25*mm,240*mm,'开户银行：中国工商银行北京分行')
c.drawString(25*mm,230*mm,'银行卡号：')
x=25*mm+60
for d in CARD1:
    t=c.beginText(x,230*mm); t.setFont(F,12); t.textOut(d); c.drawText(t); x+=7.2
c.drawString(25*mm,220*mm,'退费金额：1,280.00元')
c.save()
label('a03_rl_digit_by_digit_card.pdf','block',['bank_card'],[CARD1],'ReportLab canvas; the 19-digit UnionPay card after 银行卡号： drawn one digit per BT/ET text object at advancing x')
c=canvas.Canvas(OUT+'/a04_rl_digit_by_digit_amount_clean.pdf',pagesize=A4)
head(c,'关于退还多缴社会保险费的通知')
c.drawString(25*mm,250*mm,'退费对象：李某某')
c.drawString(25*mm,240*mm,'开户银行：中国工商银行北京分行')
c.drawString(25*mm,230*mm,'银行卡号：6222 **** **** 4642')
c.drawString(25*mm,220*mm,'业务流水号：')
x=25*mm+72
for d in '2026120700318842016':
    t=c.beginText(x,220*mm); t.setFont(F,12); t.textOut(d); c.drawText(t); x+=7.2
c.save()
label('a04_rl_digit_by_digit_amount_clean.pdf','pass',[],[],'Twin of a03: card masked; a 19-digit 业务流水号 (not Luhn-valid, not 62) drawn digit by digit')

# a05: ID drawn out of order (second half first)
ID2='440306199202285612'
c=canvas.Canvas(OUT+'/a05_rl_out_of_order_id.pdf',pagesize=A4)
head(c,'行政处罚决定书')
c.drawString(25*mm,250*mm,'当事人：陈某某，男，汉族')
lab='公民身份号码：'
c.drawString(25*mm,240*mm,lab)
x0=25*mm+c.stringWidth(lab,F,12)
w=c.stringWidth('0',F,12)
c.drawString(x0+9*w,240*mm,ID2[9:])
c.drawString(x0,240*mm,ID2[:9])
c.drawString(25*mm,230*mm,'住所：深圳市南山区某街道某小区')
c.drawString(25*mm,220*mm,'违法事实：未按规定办理相关手续。')
c.save()
label('a05_rl_out_of_order_id.pdf','block',['id_card'],[ID2],'ReportLab canvas; ID drawn in two drawString calls, the last 9 digits first then the first 9, placed so they read as one number')

# a06: marking drawn in separate text objects at the top, after body in stream
c=canvas.Canvas(OUT+'/a06_rl_marking_separate_objects.pdf',pagesize=A4)
c.setFont(F,16); c.drawCentredString(105*mm,240*mm,'关于加强防汛物资储备调度工作的通知')
c.setFont(F,12); c.drawString(25*mm,225*mm,'各区防汛指挥部：现将有关事项通知如下。')
c.setFont(F,14); c.drawString(25*mm,275*mm,'机密'); c.drawString(25*mm+30,275*mm,'★'); c.drawString(25*mm+44,275*mm,'2年')
c.save()
label('a06_rl_marking_separate_objects.pdf','block',['classified_marking'],[],'ReportLab canvas; 机密 / ★ / 2年 drawn as three separate strings at the top-left, emitted after the title and body in the content stream')

# a07: rotated ID on a binding-margin note
ID3='320102197511030477'
c=canvas.Canvas(OUT+'/a07_rl_rotated_id.pdf',pagesize=A4)
head(c,'职工退休审批表（公示）')
c.drawString(25*mm,250*mm,'经审核，以下人员符合退休条件，现予公示。')
c.drawString(25*mm,240*mm,'姓名：赵某某　单位：市第三中学')
c.saveState(); c.translate(15*mm,120*mm); c.rotate(90); c.setFont(F,10)
c.drawString(0,0,f'经办人核对：赵某某 身份证号 {ID3}'); c.restoreState()
c.save()
label('a07_rl_rotated_id.pdf','block',['id_card'],[ID3],'ReportLab canvas; an ID in a note rotated 90° along the left binding margin')

# a08: wide letter spacing (charSpace) mobile
MOB1='13912348765'
c=canvas.Canvas(OUT+'/a08_rl_charspace_mobile.pdf',pagesize=A4)
head(c,'关于招募社区志愿者的公告')
c.drawString(25*mm,250*mm,'即日起招募社区志愿者若干名，欢迎报名。')
t=c.beginText(25*mm,240*mm); t.setFont(F,12); t.setCharSpace(6); t.textOut('报名联系人：孙老师，手机：'+MOB1); c.drawText(t)
c.save()
label('a08_rl_charspace_mobile.pdf','review',['mobile_phone'],[MOB1],'ReportLab canvas; whole line drawn with Tc=6 (wide letter spacing) including an 11-digit mobile')
c=canvas.Canvas(OUT+'/a09_rl_charspace_hotline_clean.pdf',pagesize=A4)
head(c,'关于招募社区志愿者的公告')
c.drawString(25*mm,250*mm,'即日起招募社区志愿者若干名，欢迎报名。')
t=c.beginText(25*mm,240*mm); t.setFont(F,12); t.setCharSpace(6); t.textOut('咨询电话：12345，办公电话：010-65432100'); c.drawText(t)
t=c.beginText(25*mm,230*mm); t.setFont(F,12); t.setCharSpace(6); t.textOut('文号：京朝民发〔2026〕118号'); c.drawText(t)
c.save()
label('a09_rl_charspace_hotline_clean.pdf','pass',[],[],'Twin of a08: hotline 12345, agency landline and a 文号 drawn with Tc=6')

# a10: two-column layout, mobile wraps at end of left column line
MOB2='15823456781'
doc=BaseDocTemplate(OUT+'/a10_rl_two_column_mobile.pdf',pagesize=A4)
f1=Frame(20*mm,40*mm,80*mm,220*mm); f2=Frame(110*mm,40*mm,80*mm,220*mm)
doc.addPageTemplates([PageTemplate(frames=[f1,f2])])
st2=ParagraphStyle('c',parent=st,firstLineIndent=0)
txt1='一、活动时间：2026年12月15日上午9时。二、活动地点：区文化中心二楼多功能厅。三、联系方式：活动联系人周某某区文化馆工作人员，联系手机'+MOB2+'，请于12月10日前报名。'
txt2='四、注意事项：请参加人员提前十五分钟到场，自觉遵守会场纪律。五、其他：本次活动不收取任何费用。'*3
doc.build([Paragraph(txt1,st2),Paragraph(txt2*2,st2)])
label('a10_rl_two_column_mobile.pdf','review',['mobile_phone'],[MOB2],'ReportLab two Frames (two-column page); in the left column the mobile after 联系手机 wraps at the column edge as 1582345678|1 (the last digit carried to the next line with the comma); right column full of text')
save('rl')
