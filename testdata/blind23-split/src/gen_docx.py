from common import *
import docx, copy
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.enum.text import WD_BREAK
def newdoc(title):
    d=docx.Document()
    st=d.styles['Normal']; st.font.name='宋体'; st.element.rPr.rFonts.set(qn('w:eastAsia'),'宋体')
    p=d.add_paragraph(); r=p.add_run(title); r.bold=True; r.font.size=Pt(16)
    return d
def runs(p, parts):
    for txt,fmt in parts:
        r=p.add_run(txt)
        if 'b' in fmt: r.bold=True
        if 'i' in fmt: r.italic=True
        if 'r' in fmt: r.font.color.rgb=RGBColor(0xC0,0,0)
        if 'f' in fmt: r.font.name='Times New Roman'
        if 'u' in fmt: r.underline=True
        if 's' in fmt: r.font.size=Pt(14)
ID4='510107198505213180'
d=newdoc('关于2026年度公租房资格审核结果的公示')
p=d.add_paragraph(); runs(p,[('申请人：刘某某，身份证号：',''),(ID4[:6],'b'),(ID4[6:10],'r'),(ID4[10:14],'if'),(ID4[14:],'us'),('，审核结果：符合条件。','')])
d.add_paragraph('公示期间如有异议，请向区住房保障中心反映。')
d.save(OUT+'/b01_docx_runs_id.docx')
label('b01_docx_runs_id.docx','block',['id_card'],[ID4],'python-docx; ID after 身份证号： split into 4 runs: bold / red / italic Times / underlined 14pt')
d=newdoc('关于2026年度公租房资格审核结果的公示')
p=d.add_paragraph(); runs(p,[('申请人：刘某某，身份证号：',''),('510107','b'),('****','r'),('****','i'),('3180','us'),('，审核结果：符合条件。','')])
p=d.add_paragraph(); runs(p,[('受理编号：',''),('2026','b'),('1207','r'),('0058','i'),('412365','u')])
d.add_paragraph('公示期间如有异议，请向区住房保障中心反映（咨询电话：12345）。')
d.save(OUT+'/b02_docx_runs_masked_clean.docx')
label('b02_docx_runs_masked_clean.docx','pass',[],[],'Twin of b01: masked ID 510107********3180 split across 4 formatted runs; an 18-digit 受理编号 split across runs')

ID5='330106199003074525'
d=newdoc('关于补发残疾人两项补贴的通知')
p=d.add_paragraph(); p.add_run('补贴对象：钱某某，身份证号码：'+ID5[:10]); r=p.add_run(); r.add_break(); p.add_run(ID5[10:]+'，补发金额：1,560.00元。')
d.save(OUT+'/b03_docx_softbreak_id.docx')
label('b03_docx_softbreak_id.docx','block',['id_card'],[ID5],'python-docx; ID after 身份证号码： cut by a soft line break (w:br) after the 10th digit')

MOB3='18612345097'
fw=MOB3.translate(str.maketrans('0123456789','０１２３４５６７８９'))
d=newdoc('关于开展冬季送温暖活动的通知')
d.add_paragraph('各社区：为做好冬季送温暖工作，现将有关事项通知如下。')
d.add_paragraph('联系人：吴某某，联系电话：'+fw+'。')
d.save(OUT+'/b04_docx_fullwidth_mobile.docx')
label('b04_docx_fullwidth_mobile.docx','review',['mobile_phone'],[MOB3],'python-docx; mobile written in full-width digits '+fw+' after 联系电话')
d=newdoc('关于开展冬季送温暖活动的通知')
d.add_paragraph('各社区：为做好冬季送温暖工作，现将有关事项通知如下。')
d.add_paragraph('咨询电话：１２３４５，办公电话：０１０－６５２３４５６７，统一社会信用代码：１１１１０１０５００００１２３４５Ｘ。')
d.save(OUT+'/b05_docx_fullwidth_hotline_clean.docx')
label('b05_docx_fullwidth_hotline_clean.docx','pass',[],[],'Twin of b04: full-width hotline 12345, full-width agency landline and full-width 统一社会信用代码')

MOB4='13698765432'
d=newdoc('关于征集2027年民生实事项目建议的公告')
d.add_paragraph('欢迎社会各界积极建言献策。')
hp=d.sections[0].header.paragraphs[0]; hp.text='项目联络员 郑某某 手机 '+MOB4[:3]+'-'+MOB4[3:7]+'-'+MOB4[7:]
d.save(OUT+'/b06_docx_header_dashed_mobile.docx')
label('b06_docx_header_dashed_mobile.docx','review',['mobile_phone'],[MOB4],'python-docx; mobile written 136-9876-5432 in the page header')

ID6='370202199708151161'
d=newdoc('关于发放高龄津贴的公示')
d.add_paragraph('申请人：冯某某，身份证号：'+ID6[:6]+' '+ID6[6:14]+' '+ID6[14:]+'，户籍所在地：市南区。')
d.save(OUT+'/b07_docx_spaced_id.docx')
label('b07_docx_spaced_id.docx','block',['id_card'],[ID6],'python-docx; ID written with spaces 370202 19970815 1161 (region / birth date / sequence)')

# b08 textbox with ID (inject VML+DrawingML textbox)
ID7='420106198304122751'
d=newdoc('关于表彰优秀网格员的决定')
d.add_paragraph('经研究，决定对以下同志予以表彰。')
p=d.add_paragraph()
tb=f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1800000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="10" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>网格员：褚某某</w:t></w:r></w:p><w:p><w:r><w:t>身份证号：{ID7[:9]}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{ID7[9:]}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:140pt;height:70pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>网格员：褚某某</w:t></w:r></w:p><w:p><w:r><w:t>身份证号：{ID7[:9]}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{ID7[9:]}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
p._p.append(parse_xml(tb))
d.save(OUT+'/b08_docx_textbox_id.docx')
label('b08_docx_textbox_id.docx','block',['id_card'],[ID7],'python-docx + injected wps textbox (with VML fallback); ID inside the text box, split into a plain and a bold run')

# b09 marking in header split across runs
d=newdoc('关于部署年度安全生产专项检查的通知')
d.add_paragraph('各有关单位：为切实做好安全生产工作，现部署专项检查。')
hp=d.sections[0].header.paragraphs[0]
r=hp.add_run('秘密'); r.bold=True; r.font.size=Pt(16)
r=hp.add_run('★'); r.font.name='Segoe UI Symbol'
r=hp.add_run('1年'); r.bold=True
d.save(OUT+'/b09_docx_header_marking_runs.docx')
label('b09_docx_header_marking_runs.docx','block',['classified_marking'],[],'python-docx; page header holds 秘密★1年 as three runs (bold 秘密, ★ in another font, 1年)')
d=newdoc('关于部署年度安全生产专项检查的通知')
d.add_paragraph('各有关单位：为切实做好安全生产工作，现部署专项检查。涉及国家秘密的事项按《中华人民共和国保守国家秘密法》办理，严格区分工作秘密与国家秘密。')
hp=d.sections[0].header.paragraphs[0]
r=hp.add_run('主动'); r.bold=True; r.font.size=Pt(16)
r=hp.add_run('公开'); r.font.name='Segoe UI Symbol'
fp=d.sections[0].footer.paragraphs[0]; fp.text='京应急发〔2026〕37号'
d.save(OUT+'/b10_docx_header_public_clean.docx')
label('b10_docx_header_public_clean.docx','pass',[],[],'Twin of b09: header 主动公开 split in runs; body prose mentions 保守国家秘密法 and 工作秘密与国家秘密 in a sentence; footer 文号')

# b11 bank card in table merged cell, spaced groups
CARD2='6217005164576002045'
d=newdoc('关于发放见义勇为奖励金的公示')
t=d.add_table(rows=3,cols=4); t.style='Table Grid'
t.cell(0,0).text='姓名'; t.cell(0,1).text='开户银行'; t.cell(0,2).text='卡号'; t.cell(0,3).text='金额（元）'
t.cell(1,0).text='蒋某某'; t.cell(1,1).text='中国建设银行'
m=t.cell(1,2).merge(t.cell(2,2)); m.text=' '.join([CARD2[i:i+4] for i in range(0,19,4)])
t.cell(1,3).text='5,000.00'; t.cell(2,0).text='（同上）'
d.save(OUT+'/b11_docx_merged_cell_spaced_card.docx')
label('b11_docx_merged_cell_spaced_card.docx','block',['bank_card'],[CARD2],'python-docx table; under heading 卡号 a vertically merged cell holds the card in 4-digit groups separated by spaces')

# b12 sensitive term split across runs
d=newdoc('2026年第四季度重点工作安排')
p=d.add_paragraph(); runs(p,[('内部','b'),('资料','br'),('　','') ,('注意','i'),('保存','')])
d.add_paragraph('一、推进老旧小区改造。二、做好冬季供暖保障。')
d.save(OUT+'/b12_docx_runs_internal_term.docx')
label('b12_docx_runs_internal_term.docx','review',['sensitive_term'],[],'python-docx; second line 内部资料　注意保存 as a label, split into 4 runs (bold, bold red, italic, plain) with an ideographic space')

# b13 UNC path split across runs
d=newdoc('关于报送年度统计数据的通知')
p=d.add_paragraph(); runs(p,[('请各科室于12月20日前将数据表上传至','') ,('\\\\','f'),('fs01.tjj.local','b'),('\\共享\\年报','u'),('目录。','')])
d.save(OUT+'/b13_docx_runs_unc_path.docx')
label('b13_docx_runs_unc_path.docx','review',['internal_address'],[],'python-docx; UNC path \\\\fs01.tjj.local\\共享\\年报 split across 3 runs with different formatting')

# b14 licence plate split across runs with spaces
d=newdoc('关于违规停放车辆的通报')
p=d.add_paragraph(); runs(p,[('经查，车牌号为','') ,('京','b'),(' A','b'),('·','') ,('8','r'),('F','r'),('263','r'),('的小型轿车长期占用消防通道。','')])
d.save(OUT+'/b14_docx_runs_plate.docx')
label('b14_docx_runs_plate.docx','review',['license_plate'],[],'python-docx; plate 京 A·8F263 split over 6 runs, a space between 京 and A')
save('docx')
