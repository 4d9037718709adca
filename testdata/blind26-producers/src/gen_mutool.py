# mutool create: hand-written content streams (CJK font = MuPDF %%CJKFont, UTF-16BE hex strings)
import os, subprocess, tempfile
from texts import *
H=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.dirname(H)
os.makedirs(os.path.join(H,'mutool'),exist_ok=True)
def hx(s): return '<'+s.encode('utf-16-be').hex().upper()+'>'
def mk(name, body):
    p=os.path.join(H,'mutool',name+'.txt')
    open(p,'w').write('%%MediaBox 0 0 595 842\n%%CJKFont Song zh-Hans H serif\n%%Font Helv Helvetica\n'+body)
    r=subprocess.run(['mutool','create','-o',os.path.join(OUT,name+'.pdf'),p],capture_output=True,text=True)
    print(name,'ok' if r.returncode==0 else r.stderr)
def line(x,y,s,size=11,font='Song'):
    return 'BT /%s %g Tf %g %g Td %s Tj ET\n'%(font,size,x,y,hx(s) if font=='Song' else '('+s+')')
def para(x,y,s,n=38,size=11):
    out='';i=0
    while i<len(s): out+=line(x,y,s[i:i+n],size); y-=size*1.6; i+=n
    return out,y
b,y=para(70,700,P1+P2); mk('mt01_notice_clean', line(150,770,'关于开展冬季森林防火宣传活动的通知',15)+b+line(70,y-10,'森林火警电话：12119；值班电话：0571-87061234。'))
# ID drawn with TJ: the 18 digits as separate strings with kerning offsets inside one TJ
tj=' '.join(hx(ch)+' -60' for ch in ID2)
b,y=para(70,700,'依据《中华人民共和国行政处罚法》，本局对下列当事人作出行政处罚决定，现予公示。')
mk('mt02_tj_kerned_id', line(180,770,'行政处罚结果公示',15)+b+line(70,y-10,'当事人：邵振华')+'BT /Song 11 Tf 70 %g Td [%s %s] TJ ET\n'%(y-30,hx('身份证号：'),tj)+line(70,y-50,'处罚内容：罚款五千元。'))
# mobile in two pieces drawn out of order: last 4 digits first, then label and first 7
mk('mt03_out_of_order_mobile', line(160,770,'关于征集城市管理金点子的公告',15)+para(70,700,P3)[0]+
   'BT /Helv 11 Tf 277.81 600 Td (2468) Tj ET\n'+line(70,600,'活动联系人：蔡文博，联系手机：')+'BT /Helv 11 Tf 235 600 Td (1395711) Tj ET\n')
# marking drawn last, at the top-left of the page, after the body
b,y=para(70,680,P1+P2+P3)
mk('mt04_late_marking', line(150,740,'关于部分饮用水源地安全隐患排查情况的报告',15)+b+line(70,790,'绝密★长期',16))
# clean form-like page with long amounts
mk('mt05_budget_clean', line(170,770,'2027年部门预算收支总表（摘要）',15)+line(70,730,'单位：万元')+
   ''.join(line(70,700-i*22,a)+line(380,700-i*22,v,11,'Helv') for i,(a,v) in enumerate([('收入总计','128,450.37'),('财政拨款收入','117,903.12'),('事业收入','6,318.00'),('支出总计','128,450.37'),('基本支出','41,276.55'),('项目支出','87,173.82')]))
   +line(70,540,'预算单位：青川市生态环境局  统一社会信用代码：'+USCC2))
