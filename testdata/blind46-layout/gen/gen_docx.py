#!/usr/bin/python3
# python-docx files (+ raw WordprocessingML for text boxes, tbRl, cols), and LibreOffice PDFs of three of them
import os, subprocess, shutil, tempfile, copy
import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from common import *

def base(title, paras):
    d = docx.Document()
    d.add_paragraph(title).alignment = 1
    for p in paras: d.add_paragraph(p)
    return d
BODY = ['各乡镇人民政府，县直各有关单位：', '为进一步做好春季农业生产工作，现将有关事项通知如下。',
        '一、各单位要高度重视，切实加强组织领导。', '二、请于本月底前将工作进展情况报县农业农村局。']
def save(d, name, verdict, cats, raw, note):
    d.save(os.path.join(OUT, name)); add_label(name, verdict, cats, raw, note)

# d01 table with a tbRl cell holding an ID
def tbrl_doc(idv):
    d = base('2025年残疾人两项补贴发放名单', ['经审核，下列人员符合补贴条件：'])
    t = d.add_table(rows=2, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(['序号', '姓名', '身份证号', '补贴金额（元）']): t.cell(0, i).text = h
    for i, v in enumerate(['1', '卢春生', idv, '180']): t.cell(1, i).text = v
    tcPr = t.cell(1, 2)._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:textDirection %s w:val="tbRl"/>' % nsdecls('w')))
    tr = t.rows[1]._tr; trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="3200" w:hRule="atLeast"/>' % nsdecls('w')))
    return d
save(tbrl_doc(ID[3]), 'd01_docx_tbRl_cell_id.docx', 'block', ['id_card'], [ID[3]], 'python-docx table: the ID cell has vertical text direction (w:textDirection tbRl) under 身份证号: ID blocks')
save(tbrl_doc(mask_id(ID[3])), 'd02_docx_tbRl_cell_clean.docx', 'pass', [], [], 'clean twin of d01: the tbRl cell holds a masked ID')

# d03 two-column section (w:cols) with column break, mobile at top of column 2
d = docx.Document()
d.add_paragraph('关于开展春季义务植树活动的倡议书').alignment = 1
for i in range(6): d.add_paragraph('植树造林是功在当代、利在千秋的事业，希望广大干部群众积极参与。')
p = d.add_paragraph(); r = p.add_run(); r._r.append(parse_xml('<w:br %s w:type="column"/>' % nsdecls('w')))
d.add_paragraph('报名联系人：唐志国，手机：%s。' % MOB[3])
sp = d.sections[0]._sectPr
for c in sp.findall(qn('w:cols')): sp.remove(c)
sp.append(parse_xml('<w:cols %s w:num="2" w:space="425"/>' % nsdecls('w')))
save(d, 'd03_docx_cols2_mobile.docx', 'review', ['mobile_phone'], [MOB[3]], 'python-docx two-column section (w:cols num=2) with a column break; a mobile after 手机 opens column 2: review')

# d04 first-page-only header with marking
d = base('关于做好春季农业生产工作的通知', BODY * 12)
s = d.sections[0]; s.different_first_page_header_footer = True
s.first_page_header.paragraphs[0].text = '秘密★1年'
s.header.paragraphs[0].text = ''
save(d, 'd04_docx_firstpage_header_marking.docx', 'block', ['classified_marking'], [], 'python-docx: 秘密★1年 only in the first-page header (w:titlePg); later pages have an empty header')

# d05 even-page header with 机密★
d = base('关于做好春季农业生产工作的通知', BODY * 20)
d.settings.odd_and_even_pages_header_footer = True
s = d.sections[0]; s.header.paragraphs[0].text = '县人民政府办公室'; s.even_page_header.paragraphs[0].text = '机密★'
save(d, 'd05_docx_even_header_marking.docx', 'block', ['classified_marking'], [], 'python-docx: different odd/even headers; only the even-page header holds 机密★ (a level followed by one ★ is a marking, and it is in a header)')

# d06 clean headers
d = base('关于做好春季农业生产工作的通知', BODY * 20)
d.settings.odd_and_even_pages_header_footer = True
s = d.sections[0]; s.different_first_page_header_footer = True
s.first_page_header.paragraphs[0].text = '县人民政府公报　2025年第3期'
s.header.paragraphs[0].text = '县人民政府办公室'; s.even_page_header.paragraphs[0].text = '公开方式：主动公开'
save(d, 'd06_docx_headers_clean.docx', 'pass', [], [], 'clean twin of d04/d05: first-page, odd and even headers with 公报 issue, office name and 公开方式')

# text boxes (wps) rotated or vertical
def textbox(text, rot=0, vert='horz', posx=4500000, posy=200000, cx=2200000, cy=500000, docid=10):
    return parse_xml('''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:drawing xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>
<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm rot="%d"><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="%s" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>''' % (posx, posy, cx, cy, docid, docid, rot, cx, cy, text, vert))
def tb_doc(text, rot, vert='horz', **kw):
    d = base('关于做好春季农业生产工作的通知', BODY)
    d.paragraphs[0]._p.append(textbox(text, rot, vert, **kw))
    return d
save(tb_doc('秘密★1年', 5400000, posx=6200000, posy=1500000), 'd07_docx_rotated_textbox_marking.docx', 'block', ['classified_marking'], [],
     'python-docx + raw DrawingML: a text box rotated 90° (a:xfrm rot=5400000) in the right margin holding only 秘密★1年')
save(tb_doc('县人民政府办公室', 5400000, posx=6200000, posy=1500000), 'd08_docx_rotated_textbox_clean.docx', 'pass', [], [],
     'clean twin of d07: the rotated text box holds the office name')
save(tb_doc('经办人身份证号：%s' % ID[1], 0, 'eaVert', posx=6300000, posy=1200000, cx=500000, cy=5200000), 'd09_docx_vertical_textbox_id.docx', 'block', ['id_card'], [ID[1]],
     'python-docx + raw DrawingML: a vertical text box (bodyPr vert=eaVert) in the margin with an ID after 身份证号')

# LibreOffice PDFs of d01, d04, d07, d09
tmp = tempfile.mkdtemp(prefix='b46lo_')
for src, dst, verdict, cats, raw, note in [
    ('d01_docx_tbRl_cell_id.docx', 'l01_lo_tbRl_cell_id.pdf', 'block', ['id_card'], [ID[3]], 'LibreOffice PDF of d01: the ID printed rotated in a tbRl table cell'),
    ('d04_docx_firstpage_header_marking.docx', 'l02_lo_firstpage_header_marking.pdf', 'block', ['classified_marking'], [], 'LibreOffice PDF of d04: 秘密★1年 at the head of page 1 only (first-page header)'),
    ('d07_docx_rotated_textbox_marking.docx', 'l03_lo_rotated_textbox_marking.pdf', 'block', ['classified_marking'], [], 'LibreOffice PDF of d07: 秘密★1年 printed turned 90° in the right margin'),
    ('d09_docx_vertical_textbox_id.docx', 'l04_lo_vertical_textbox_id.pdf', 'block', ['id_card'], [ID[1]], 'LibreOffice PDF of d09: an ID in a vertical text frame')]:
    subprocess.run(['soffice', '-env:UserInstallation=file://' + tmp + '/prof', '--headless', '--convert-to', 'pdf', '--outdir', tmp, os.path.join(OUT, src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, src[:-5] + '.pdf'), os.path.join(OUT, dst))
    add_label(dst, verdict, cats, raw, note)
shutil.rmtree(tmp)
