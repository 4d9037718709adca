# PyMuPDF 1.21 (Debian python3-fitz): builtin CJK font china-s, textboxes, pieces, overlays, redaction
import os, fitz
from texts import *
H=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.dirname(H)
def new(): d=fitz.open(); p=d.new_page(width=595,height=842); return d,p
def save(d,name): d.save(os.path.join(OUT,name+'.pdf'),garbage=3,deflate=True); print('ok',name)
F=dict(fontname='china-s')
def idrects(p):
    # bbox of the digit glyphs on the line holding 身份证号 (search_for misses the spaced digits)
    R=fitz.Rect()
    for b in p.get_text('rawdict')['blocks']:
        for l in b.get('lines',[]):
            t=''.join(c['c'] for s in l['spans'] for c in s['chars'])
            if '身份证号' in t:
                for s in l['spans']:
                    for c in s['chars']:
                        if c['c'] in '0123456789X': R|=fitz.Rect(c['bbox'])
    return [R]
# 1 clean notice via insert_text lines and textbox
d,p=new(); p.insert_text((120,90),NOTICE_TITLE,fontsize=15,**F)
p.insert_textbox(fitz.Rect(70,120,525,600),P1+'\n'+P2+'\n'+P3+'\n'+CONTACT_CLEAN+'\n\n'+ORG+'    2026年12月3日',fontsize=11,align=fitz.TEXT_ALIGN_JUSTIFY,**F)
save(d,'mu01_notice_clean')
# 2 ID inside a justified textbox
d,p=new(); p.insert_text((150,90),'城乡居民最低生活保障新增对象公示',fontsize=15,**F)
p.insert_textbox(fitz.Rect(70,120,525,600),'经本人申请、入户调查、民主评议和区民政局审核，拟新增以下对象享受城乡居民最低生活保障：申请人林秀英，身份证号'+ID1+'，家庭人口3人，月保障金额2,130元。公示期7天，如有异议请向街道社会事务办反映，电话0571-87059012。',fontsize=11,align=fitz.TEXT_ALIGN_JUSTIFY,**F)
save(d,'mu02_textbox_id')
# 3 mobile drawn one glyph at a time, right to left
d,p=new(); p.insert_text((130,90),'关于做好冬季燃气安全检查的提示',fontsize=15,**F)
p.insert_textbox(fitz.Rect(70,110,525,300),P2,fontsize=11,**F)
y=330; p.insert_text((70,y),'燃气报修联系人：韩明亮  手机：',fontsize=11,**F)
num='17751203396'; x0=70+11*15
for i in reversed(range(len(num))): p.insert_text((x0+i*5.6,y),num[i],fontsize=11,fontname='helv')
save(d,'mu03_pieces_mobile')
# 4 fake redaction: black rectangle drawn over an ID that stays in the text layer
d,p=new(); p.insert_text((150,90),'行政许可决定公示（脱敏）',fontsize=15,**F)
p.insert_textbox(fitz.Rect(70,120,525,300),'申请人：许卫东\n身份证号：'+ID6+'\n许可事项：排污许可证核发\n许可决定：准予许可',fontsize=11,**F)
for r in idrects(p): p.draw_rect(r,color=(0,0,0),fill=(0,0,0))
save(d,'mu04_fake_redaction_id')
# 5 real redaction: the ID is removed from the text layer
d,p=new(); p.insert_text((150,90),'行政许可决定公示（脱敏）',fontsize=15,**F)
p.insert_textbox(fitz.Rect(70,120,525,300),'申请人：许某某\n身份证号：'+ID6+'\n许可事项：排污许可证核发\n许可决定：准予许可\n咨询电话：0571-87051301',fontsize=11,**F)
for r in idrects(p): p.add_redact_annot(r,fill=(0,0,0))
p.apply_redactions()
save(d,'mu05_real_redaction_clean')
# 6 rotated intranet address in the margin
d,p=new(); p.insert_text((140,90),'关于印发机关节能降耗工作方案的通知',fontsize=15,**F)
p.insert_textbox(fitz.Rect(70,120,525,500),P1+'\n'+P3,fontsize=11,**F)
p.insert_text((40,700),'附件下载：http://172.22.8.14/jnjh/fangan.doc',fontsize=9,rotate=90,fontname='helv')
save(d,'mu06_rotated_intranet')
# 7 clean statistics table drawn with lines
d,p=new(); p.insert_text((110,90),'2026年1—11月主要经济指标',fontsize=15,**F)
y=130
for row in [('指标','数值','增长（%）')]+STATS:
    p.insert_text((75,y),row[0],fontsize=10.5,**F); p.insert_text((330,y),row[1],fontsize=10.5,**F); p.insert_text((450,y),row[2],fontsize=10.5,**F)
    p.draw_line((70,y+7),(525,y+7),width=0.5); y+=24
p.insert_text((70,y+20),'注：地区生产总值按可比价格计算增长速度。数据来源：青川市统计局，咨询电话0571-87060000。',fontsize=9,**F)
save(d,'mu07_stats_lines_clean')
