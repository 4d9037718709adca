# pycairo + Pango (PangoCairo via gi): PDF surfaces
import os, math, cairo, gi
gi.require_version('Pango','1.0'); gi.require_version('PangoCairo','1.0')
from gi.repository import Pango, PangoCairo
from texts import *
H=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.dirname(H)
def doc(name, draw):
    s=cairo.PDFSurface(os.path.join(OUT,name+'.pdf'),595,842); c=cairo.Context(s); draw(c); c.show_page(); s.finish(); print('ok',name)
def text(c,x,y,w,markup,size=11,just=True,align=Pango.Alignment.LEFT):
    l=PangoCairo.create_layout(c); l.set_font_description(Pango.FontDescription('AR PL SungtiL GB %g'%size))
    l.set_width(int(w*Pango.SCALE)); l.set_justify(just); l.set_alignment(align); l.set_markup(markup,-1)
    c.move_to(x,y); PangoCairo.show_layout(c,l); return l.get_pixel_size()[1]
def d1(c):
    y=70+text(c,70,70,455,'<b>'+R_TITLE+'</b>',15,False,Pango.Alignment.CENTER)+20
    for p in (R1,R2,R3,'本机关地址：青川市滨江路88号；邮政编码：311200；办公电话：0571-87051230；传真：0571-87051231。'): y+=text(c,70,y,455,p)+8
doc('ca01_report_clean',d1)
def d2(c):
    y=70+text(c,70,70,455,'<b>见义勇为奖励金发放公告</b>',15,False,Pango.Alignment.CENTER)+20
    y+=text(c,70,y,455,'经市见义勇为评审委员会评定，授予蒋志远同志“青川市见义勇为先进个人”称号，并给予奖励金20,000元。奖励金已转入其本人银行卡，卡号 <span letter_spacing="2048">%s</span>，请注意查收。'%CARD2)
doc('ca02_pango_spaced_card',d2)
def d3(c):
    y=70+text(c,70,70,455,'<b>2026年第三季度环境空气质量状况</b>',15,False,Pango.Alignment.CENTER)+20
    for p in (P2,'第三季度，全市环境空气质量优良天数比例为91.3%，同比上升2.2个百分点；PM2.5平均浓度为24微克/立方米，同比下降7.7%。',P3): y+=text(c,70,y,455,p)+8
    c.save(); c.translate(297,480); c.rotate(-math.pi/5); c.set_source_rgba(0.6,0.6,0.6,0.35)
    text(c,-200,-20,420,'内部资料 注意保存',40,False); c.restore()
doc('ca03_watermark_internal',d3)
def d4(c):
    y=70+text(c,70,70,455,'<b>违规占用消防通道车辆通报</b>',15,False,Pango.Alignment.CENTER)+20
    rows=[('序号','车牌号码','地点','日期'),('1','鲁B7H291','滨江花园3幢','2026-11-21')]
    for r in rows:
        for i,cell in enumerate(r): text(c,75+i*115,y,110,cell,11,False)
        c.rectangle(70,y-4,460,24); c.set_line_width(0.5); c.stroke(); y+=24
    text(c,70,y+20,455,'请相关车主自觉遵守消防安全规定，保持消防通道畅通。举报电话：96119。')
doc('ca04_table_plate',d4)
