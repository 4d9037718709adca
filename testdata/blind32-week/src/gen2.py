#!/usr/bin/python3
# Second batch: DOCX text box and hyperlink, XLSX comment, GB18030 text; then merge labels.
import os, json
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
import openpyxl
from openpyxl.comments import Comment

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..'); BUILD = os.path.join(HERE, 'build')
L = json.load(open(os.path.join(BUILD, 'labels_py.json')))
V = json.load(open(os.path.join(BUILD, 'values.json')))
def label(f, v, cats, raw, note): L.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raw, "note": note})
def newdoc():
    d = Document(); st = d.styles['Normal']; st.font.size = Pt(14); st.font.name = 'Noto Serif CJK SC'; st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体'); return d

# f27: mobile in a VML text box
d = newdoc()
d.add_paragraph('青溪县2026年冬季农民工工资支付专项检查公告')
d.add_paragraph('　　为保障农民工工资按时足额支付，县人力社保局将于12月至次年春节前开展专项检查。')
p = d.add_paragraph()
MOB = '15988241637'
tb = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
      '<w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:300pt;height:50pt"><v:textbox>'
      '<w:txbxContent><w:p><w:r><w:t>欠薪线索请联系专班联络员蒋晓东：' + MOB + '</w:t></w:r></w:p></w:txbxContent>'
      '</v:textbox></v:shape></w:pict></w:r>')
p._p.append(parse_xml(tb))
d.add_paragraph('　　劳动保障监察举报电话：0579-86226690，或拨打12345。')
d.save(os.path.join(OUT, 'f27_qianxin_zhuanxiang.docx'))
label('f27_qianxin_zhuanxiang.docx', 'review', ['mobile_phone'], [MOB], 'DOCX; private liaison mobile inside a VML text box (w:txbxContent)')

# f28: hyperlink target to intranet
d = newdoc()
d.add_paragraph('关于公布2027年度县级涉企检查计划的公告')
d.add_paragraph('　　根据优化营商环境有关要求，现将2027年度县级涉企行政检查计划予以公布，详见附件。')
p = d.add_paragraph('　　附件：')
rid = d.part.relate_to('http://172.21.40.7/zfj/upload/2027jcjh.xlsx', RT.HYPERLINK, is_external=True)
hl = parse_xml('<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="%s"><w:r><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr><w:t>2027年度县级涉企行政检查计划表</w:t></w:r></w:hyperlink>' % rid)
p._p.append(hl)
d.add_paragraph('青溪县司法局　2026年12月5日')
d.save(os.path.join(OUT, 'f28_sheqi_jiancha_jihua.docx'))
label('f28_sheqi_jiancha_jihua.docx', 'review', ['internal_address'], [], 'DOCX; hyperlink target (relationship) to a 172.21.x.x intranet host; link text innocuous')

# f29: XLSX cell comment with an editor note
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '一季度'
ws.append(['指标', '数值', '同比'])
ws.append(['地区生产总值（亿元）', 98.6, '6.1%'])
ws.append(['一般公共预算收入（亿元）', 12.4, '3.2%'])
ws['B3'].comment = Comment('财政局说这个数含了一笔土地出让划转，口径有争议，先按这个报，别对外解释。', '统计科')
wb.save(os.path.join(OUT, 'f29_jingji_zhibiao.xlsx'))
label('f29_jingji_zhibiao.xlsx', 'review', ['hidden_content'], [], 'XLSX; cell comment on B3 with an editor note')

# p24: GB18030 text
t = """青溪县2026年度困难残疾人生活补贴发放情况公告

本年度共发放困难残疾人生活补贴、重度残疾人护理补贴合计4186万元，惠及11320人。
典型案例：溪口镇柳某某（残疾证号3307811962********44），享受两项补贴。
咨询电话：县残联 0579-86224411；政务服务便民热线 12345。
"""
open(os.path.join(OUT, 'p24_canjiren_butie.txt'), 'w', encoding='gb18030').write(t)
label('p24_canjiren_butie.txt', 'pass', [], [], 'TXT in GB18030; masked disability-certificate number, amounts, landline, 12345')

# PPTX and PDF labels
label('p07_xiangcun_zhenxing_huibao.pptx', 'pass', [], [], 'PPTX (pptxgenjs) work report; table of indicators with 元 figures, harmless speaker notes')
label('p18_baomi_peixun.pptx', 'pass', [], [], 'PPTX training slides quoting 保守国家秘密法 第十三条 levels in running text')
label('p23_wenming_chengshi.pptx', 'pass', [], [], 'PPTX; masked mobile 138****2216, 12345, landline in a text box')
label('f06_gongwu_yongche.pptx', 'review', ['license_plate'], ['浙G3N716'], 'PPTX; vehicle plate in a slide table')
label('f16_shuzi_zhengfu_jinzhan.pptx', 'review', ['internal_address'], [], 'PPTX; intranet URL http://10.x in speaker notes')
label('f26_huanbao_ducha.pptx', 'review', ['hidden_content'], [], 'PPTX; hidden slide 3 (show=0) holding an internal note')
label('p14_shiye_zhaopin.pdf', 'pass', [], [], 'PDF via LibreOffice; recruitment notice with landlines')
label('p06_wuye_zhongbiao.pdf', 'pass', [], [], 'PDF via LibreOffice; purchaser (organisation) settlement account 18 digits (Luhn-valid, not 62) after 户名/账号/开户银行, credit code')
label('f19_xinfang_baogao.pdf', 'block', ['classified_marking'], [], 'PDF via LibreOffice; 秘密★1年 as first line top-left')
label('f03_jianxi_butie.pdf', 'block', ['bank_card'], [V['CARD2']], 'PDF via LibreOffice; 19-digit UnionPay card wrapped over two lines in a table cell under 发放卡号')
label('p08_nianbao.pdf', 'pass', [], [], 'PDF via Chromium print-to-pdf; annual report table')
label('f14_tousu_banjie.pdf', 'review', ['mobile_phone'], ['13967451290'], 'PDF via Chromium; complainant private mobile in body; also 12345 and a ticket number')
label('f23_wenjian_gongxiang.pdf', 'review', ['internal_address'], [], 'PDF via Chromium; UNC path \\\\10.18.6.3\\gongwen in body text')

L.sort(key=lambda x: x['file'])
json.dump(L, open(os.path.join(OUT, 'labels.json'), 'w'), ensure_ascii=False, indent=1)
missing = [x['file'] for x in L if not os.path.exists(os.path.join(OUT, x['file']))]
files = sorted(f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)) and f not in ('labels.json', 'README.md'))
print(len(L), 'labels; missing', missing, '; unlabelled', [f for f in files if f not in {x['file'] for x in L}])
from collections import Counter; print(Counter(x['expect_verdict'] for x in L))
