#!/usr/bin/python3
"""blind51-day generator: one day of uploads to a county government portal."""
import json, os, sys, zipfile, shutil, io
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.abspath(OUT)
os.makedirs(OUT, exist_ok=True)
LABELS = []

def gbid(prefix17):
    w = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    s = sum(int(c)*x for c, x in zip(prefix17, w))
    return prefix17 + '10X98765432'[s % 11]

def luhn(prefix):
    digits = [int(c) for c in prefix + '0']
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)

ID1 = gbid('33011019850312452')
ID2 = gbid('33010619910726083')
ID3 = gbid('33010219770418211')
ID4 = gbid('33011019680905362')
ID5 = gbid('33010619990114573')
CARD1 = luhn('622848033012345678')   # 19 digits
MOB1, MOB2, MOB3, MOB4 = '13857164203', '15067238841', '18969012735', '13705718826'

def label(f, verdict, cats, raw, note):
    LABELS.append({"file": f, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})

def w(name, text, enc='utf-8'):
    with open(os.path.join(OUT, name), 'wb') as fh:
        fh.write(text.encode(enc))

MENU = '''<nav class="m-menu" style="display:none"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进仙溪</a></li></ul></nav>'''
NAV = '''<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjxx/">走进仙溪</a></div>'''
FOOT = '''<div class="footer"><p>主办：仙溪县人民政府办公室　地址：仙溪县城关镇府前路1号</p>
<p>联系电话：0571-86012345　电子邮箱：xxxzfb@xianxi.gov.cn　政务服务热线：12345</p></div>'''

def page(title, body, extra_head='', comment='<!-- 栏目：通知公告 id=1023 -->'):
    return f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_仙溪县人民政府</title>{extra_head}</head>
<body>
{comment}
{MENU}
{NAV}
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：2025-04-17　来源：仙溪县人民政府办公室</div>
{body}
</div>
{FOOT}
</body></html>
'''

# ---------------- HTML ----------------
w('p01_notice.html', page('关于做好2025年春季森林防火工作的通知',
  '<p>各乡镇人民政府、县政府各部门：</p><p>当前正值春季森林防火关键期，为切实做好森林防火工作，现将有关事项通知如下。</p>'
  '<p>一、严格落实野外火源管控，进山入林人员严禁携带火种。</p><p>二、发现火情请立即拨打森林火警电话12119或政务服务热线12345。</p>'
  '<p style="text-align:right">仙溪县人民政府办公室<br>2025年4月17日</p>'))
label('p01_notice.html', 'pass', [], [], 'clean notice; hidden mobile-menu copy, platform comment 栏目/id record, footer agency mailbox (info) and landline, hotlines')

w('p02_masked_list.html', page('2025年第一季度城乡最低生活保障新增对象公示',
  '<table border="1"><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>联系电话</th><th>所在村</th></tr>'
  '<tr><td>1</td><td>张某某</td><td>330110********4521</td><td>138****4203</td><td>上溪村</td></tr>'
  '<tr><td>2</td><td>李某某</td><td>330106********0836</td><td>150****8841</td><td>下塘村</td></tr>'
  '<tr><td>3</td><td>王某</td><td>330102********2113</td><td>189****2735</td><td>东岙村</td></tr></table>'
  '<p>公示期为7天，如有异议请向县民政局反映，联系电话：0571-86023456。</p>', comment='<!-- 所属栏目：社会救助 -->'))
label('p02_masked_list.html', 'pass', [], [], 'masked IDs and mobiles, 某某 names, agency landline; section-only comment')

w('p03_contact.html', page('联系我们',
  '<p>仙溪县人民政府办公室</p><p>办公电话：0571-86012345　传真：0571-86012346</p>'
  '<p>邮箱：xxxzfb@xianxi.gov.cn</p><p>信访接待：县信访局 0571-86019876</p>'
  + '<div class="m-contact" style="display:none"><p>邮箱：xxxzfb@xianxi.gov.cn</p><p>热线：12345</p></div>',
  comment='<!-- 栏目：联系我们 id=88 -->'))
label('p03_contact.html', 'pass', [], [], 'agency contacts; a hidden mobile copy repeats the mailbox the page shows (not a hidden address)')

w('p13_template.html', page('仙溪县2025年春季征兵公告',
  '<!-- {{ article.content }} -->'
  '<p>根据上级征兵工作部署，我县2025年上半年征兵工作即将开始，符合条件的适龄青年可登录全国征兵网报名。</p>'
  '<p>咨询电话：县人武部 0571-86031122。</p>', comment='<!-- 所属栏目：公示公告 -->\n<!-- module: article-detail -->'))
label('p13_template.html', 'pass', [], [], 'platform comments only: section field, module name, template expression')

w('p15_penalty.html', page('行政处罚决定书（仙市监罚〔2025〕12号）',
  '<p>当事人：仙溪县某某食品有限公司</p><p>统一社会信用代码：91330110MA2H3K7L5Q</p>'
  '<p>法定代表人：陈某某</p><p>经查，当事人销售超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项规定。</p>'
  '<p>决定：没收违法所得1280元，罚款5000元。</p>'))
label('p15_penalty.html', 'pass', [], [], 'company credit code, masked legal representative, amounts')

w('b03_id_table.html', page('2025年度仙溪县见义勇为人员拟表彰名单公示',
  '<table border="1"><tr><th>序号</th><th>姓名</th><th>身份证号码</th><th>事迹</th></tr>'
  f'<tr><td>1</td><td>周明远</td><td>{ID1}</td><td>勇救落水儿童</td></tr>'
  '<tr><td>2</td><td>吴某某</td><td>330106********0836</td><td>协助抓获盗窃嫌疑人</td></tr></table>'))
label('b03_id_table.html', 'block', ['id_card'], [ID1], 'one unmasked ID (valid check digit) in a visible table; the other masked')

w('b07_intranet_link.html', page('关于报送2025年第一季度政务信息的通知',
  '<p>各单位：</p><p>请于4月25日前报送第一季度政务信息，报送模板详见附件。</p>'
  '<p>附件：<a href="http://192.168.10.25:8080/oa/download?fid=3312">政务信息报送模板.docx</a></p>'))
label('b07_intranet_link.html', 'review', ['internal_address'], [], 'attachment link target points at a private-IP OA server; link text is harmless')

w('b09_editor_note.html', page('仙溪县2025年一季度经济运行情况',
  '<p>一季度，全县实现地区生产总值86.3亿元，同比增长6.1%。</p>'
  '<!-- 编辑备注：以上数据尚未经统计局最终核定，请勿先行发布 -->'
  '<p>规模以上工业增加值同比增长7.4%。</p>'))
label('b09_editor_note.html', 'review', ['hidden_content'], [], 'editor note in an HTML comment (a sentence under a remark field)')

w('b10_hidden_div.html', page('仙溪县城东片区旧城改造项目进展情况',
  '<p>城东片区旧城改造项目已完成入户调查，正在开展方案编制工作。</p>'
  '<div style="display:none">审核意见：补偿标准尚未经县政府常务会议研究，此段暂缓公开。</div>'
  '<p>项目咨询电话：0571-86047788。</p>'))
label('b10_hidden_div.html', 'review', ['hidden_content'], [], 'hidden element holding a reviewer note (display:none)')

w('b11_hidden_email.html', page('2025年仙溪县青年创业大赛报名通知',
  '<p>大赛面向全县35周岁以下青年，报名截止时间为5月10日。</p><p>报名邮箱：xxtuanxw@xianxi.gov.cn</p>'
  '<span style="display:none">wangjianguo1987@163.com</span>'))
label('b11_hidden_email.html', 'review', ['hidden_content', 'email'], [], "a person's e-mail address in a hidden span the page does not show")

# ---------------- text ----------------
TXT_CLEAN = '''仙溪县交通运输局关于清明节期间道路交通安全出行的提示

广大市民朋友：
清明节即将到来，祭扫出行车流量较大。请合理安排出行时间，避开高峰时段，文明驾驶，不疲劳驾驶，不酒后驾驶。
如遇交通拥堵或突发情况，请拨打122报警或12345政务服务热线。

仙溪县交通运输局
2025年4月1日
'''
w('p08_notice_utf8.txt', TXT_CLEAN)
label('p08_notice_utf8.txt', 'pass', [], [], 'clean UTF-8 notice with hotlines')

TXT_GB = '''仙溪县人力资源和社会保障局关于2025年企业职工养老保险缴费基数调整的公告

各参保单位、参保人员：
根据省人力社保厅有关规定，2025年度企业职工基本养老保险缴费基数下限为4462元，上限为22311元。
请各参保单位于5月31日前完成缴费基数申报。咨询电话：0571-86055200。

仙溪县人力资源和社会保障局
2025年4月17日
'''
w('p09_notice_gb18030.txt', TXT_GB, 'gb18030')
label('p09_notice_gb18030.txt', 'pass', [], [], 'clean GB18030 notice, amounts, agency landline')

w('p11_secrecy_prose.txt', '''仙溪县召开2025年保密工作会议

4月16日，县保密委员会召开全体会议。会议指出，要严格区分工作秘密与国家秘密，规范编印内部资料，坚持上网不涉密、涉密不上网。
会议要求各单位加强信息公开保密审查，确保政府网站信息发布安全。
''')
label('p11_secrecy_prose.txt', 'pass', [], [], 'news text using 工作秘密/内部资料 as words of a sentence about secrecy (documented as not a finding)')

w('b02_marking.txt', '''机密 保密期限：10年

仙溪县2025年防汛抗旱应急预案（修订稿）

一、总则
为做好全县防汛抗旱工作，最大限度减轻灾害损失，制定本预案。
''')
label('b02_marking.txt', 'block', ['classified_marking'], [], 'level with its period as a label on the first line (秘密 保密期限：1年 form)')

w('b04_id_gb18030.txt', f'''仙溪县2025年农村危房改造补助资金发放情况

经乡镇审核、县住建局复核，现将补助资金发放情况公布如下：
户主：陈国强，身份证号：{ID4}，补助金额：35000元。
其余户主信息详见各乡镇公示栏。

仙溪县住房和城乡建设局
2025年4月17日
''', 'gb18030')
label('b04_id_gb18030.txt', 'block', ['id_card'], [ID4], 'GB18030 text with one unmasked ID after its label')

# ---------------- DOCX ----------------
def set_header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer

def new_doc(core_author='仙溪县人民政府办公室'):
    d = Document()
    d.core_properties.author = core_author
    return d

d = new_doc()
set_header_footer(d, '仙溪县人民政府办公室', '仙溪县人民政府办公室　2025年4月17日印发')
d.add_paragraph('仙溪县人民政府办公室关于印发2025年春季爱国卫生运动工作方案的通知')
d.add_paragraph('各乡镇人民政府，县政府各部门：')
d.add_paragraph('《仙溪县2025年春季爱国卫生运动工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。')
t = d.add_table(rows=3, cols=3)
for r, row in enumerate([('责任单位', '联系人', '联系电话'), ('县卫健局', '刘某某', '0571-86066321'), ('县城管局', '赵某', '0571-86077412')]):
    for c, v in enumerate(row): t.cell(r, c).text = v
d.save(os.path.join(OUT, 'p04_notice.docx'))
label('p04_notice.docx', 'pass', [], [], 'clean DOCX notice: agency header/footer, table of agency landlines, masked names')

d = new_doc()
set_header_footer(d, '仙溪县公共资源交易中心', '第1页')
d.add_paragraph('仙溪县城关中学运动场改造工程中标结果公告')
d.add_paragraph('中标单位：浙江某某建设工程有限公司，中标金额：3268500元。')
d.add_paragraph('投标保证金退还账户：')
d.add_paragraph('户名：仙溪县公共资源交易中心')
d.add_paragraph('开户银行：中国农业银行仙溪县支行')
d.add_paragraph('账号：19835101040012345')
d.add_paragraph('监督电话：0571-86088990')
d.save(os.path.join(OUT, 'p14_company_account.docx'))
label('p14_company_account.docx', 'pass', [], [], "organisation's settlement account in an account block (户名 then bank then 账号); not a card")

d = new_doc()
set_header_footer(d, '仙溪县教育局', '')
d.add_paragraph('关于召开2025年全县教育工作会议的通知')
d.add_paragraph('各中小学、幼儿园：')
d.add_paragraph('定于2025年4月22日上午9时在县教育局三楼会议室召开全县教育工作会议，请各校校长准时参加。')
d.add_paragraph('联系人：县教育局办公室，电话：0571-86099001，邮箱：xxjyj@xianxi.gov.cn')
d.save(os.path.join(OUT, 'p05_meeting.docx'))
label('p05_meeting.docx', 'pass', [], [], 'meeting notice with agency contact, landline and mailbox (info)')

d = new_doc()
d.add_paragraph('秘密★1年')
d.add_paragraph('仙溪县2025年重大活动安全保卫工作方案')
d.add_paragraph('为确保重大活动期间社会治安稳定，结合我县实际，制定本方案。')
d.save(os.path.join(OUT, 'b01_marking.docx'))
label('b01_marking.docx', 'block', ['classified_marking'], [], 'GB/T 9704 marking 秘密★1年 on the first line')

d = new_doc()
d.add_paragraph('关于开展2025年春季学生资助核查工作的通知')
d.add_paragraph('各学校：请于4月30日前完成家庭经济困难学生资助信息核查。')
t = d.add_table(rows=3, cols=3)
for r, row in enumerate([('学校', '联系人', '手机'), ('仙溪县第一中学', '黄晓峰', MOB2), ('仙溪县实验小学', '县教育局资助中心', '0571-86099002')]):
    for c, v in enumerate(row): t.cell(r, c).text = v
d.save(os.path.join(OUT, 'b05_mobile.docx'))
label('b05_mobile.docx', 'review', ['mobile_phone'], [MOB2], "a teacher's unmasked mobile under a 手机 column")

def add_hyperlink(paragraph, url, text):
    part = paragraph.part
    r_id = part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), r_id)
    r = OxmlElement('w:r'); tt = OxmlElement('w:t'); tt.text = text; r.append(tt); h.append(r)
    paragraph._p.append(h)

d = new_doc()
d.add_paragraph('关于做好2025年度政府信息公开工作年度报告编制的通知')
d.add_paragraph('各单位：请按模板编制本单位年度报告，于5月15日前报送。')
p = d.add_paragraph('模板下载：')
add_hyperlink(p, 'http://oa.xianxi.internal/files/ndbg-2025.docx', '年度报告模板')
d.save(os.path.join(OUT, 'b08_intranet_link.docx'))
label('b08_intranet_link.docx', 'review', ['internal_address'], [], 'hyperlink target on an .internal intranet host; visible text harmless')

d = new_doc()
set_header_footer(d, '内部资料', '仙溪县发展和改革局')
d.add_paragraph('仙溪县2025年一季度重点项目推进情况')
d.add_paragraph('一季度，全县32个重点项目完成投资18.6亿元，完成年度计划的24.5%。')
d.save(os.path.join(OUT, 'b12_header_internal.docx'))
label('b12_header_internal.docx', 'review', ['sensitive_term'], [], '内部资料 standing alone in the page header')

# DOCX with a comment (python-docx 0.8 has no comments API: add the part by hand)
d = new_doc()
d.add_paragraph('仙溪县2025年困难群众临时救助实施细则')
p = d.add_paragraph()
d.add_paragraph('本细则自发布之日起施行。')
tmp = io.BytesIO()
body_p = p._p
cs = OxmlElement('w:commentRangeStart'); cs.set(qn('w:id'), '0'); body_p.append(cs)
r = OxmlElement('w:r'); tt = OxmlElement('w:t'); tt.text = '临时救助标准为每人每次不超过当地月低保标准的6倍。'; r.append(tt); body_p.append(r)
ce = OxmlElement('w:commentRangeEnd'); ce.set(qn('w:id'), '0'); body_p.append(ce)
r2 = OxmlElement('w:r'); cr = OxmlElement('w:commentReference'); cr.set(qn('w:id'), '0'); r2.append(cr); body_p.append(r2)
d.save(tmp)
COMMENTS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
  '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
  '<w:comment w:id="0" w:author="民政局审核" w:date="2025-04-16T10:00:00Z" w:initials="MZ">'
  '<w:p><w:r><w:t>此处救助标准倍数尚待财政局确认，确认前不宜对外公布。</w:t></w:r></w:p></w:comment></w:comments>')
zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
with zipfile.ZipFile(os.path.join(OUT, 'b13_comment.docx'), 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == '[Content_Types].xml':
            data = data.replace(b'</Types>', b'<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
        if item.filename == 'word/_rels/document.xml.rels':
            data = data.replace(b'</Relationships>', b'<Relationship Id="rIdCmt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
        zout.writestr(item, data)
    zout.writestr('word/comments.xml', COMMENTS)
label('b13_comment.docx', 'review', ['hidden_content'], [], 'a Word comment (reviewer note) anchored on the body')

# ---------------- XLSX ----------------
def wb_new():
    wb = openpyxl.Workbook()
    wb.properties.creator = '仙溪县民政局'
    return wb

wb = wb_new(); ws = wb.active; ws.title = '名单'
ws.append(['2025年第一季度高龄津贴发放名单'])
ws.append(['序号', '姓名', '身份证号', '手机号码', '发放金额（元）'])
ws.append([1, '张某某', '330110********4521', '138****4203', 300])
ws.append([2, '李某某', '330106********0836', '150****8841', 300])
ws.append([3, '王某', '330102********2113', '189****2735', 500])
wb.save(os.path.join(OUT, 'p06_masked.xlsx'))
label('p06_masked.xlsx', 'pass', [], [], 'masked IDs and mobiles under their headings, amounts')

wb = wb_new(); ws = wb.active; ws.title = '预算'
ws.append(['仙溪县2025年部门预算收支总表'])
ws.append(['单位：万元'])
ws.append(['项目', '预算数', '上年数'])
ws.append(['一般公共预算拨款', 12560.35, 11890.20])
ws.append(['政府性基金预算拨款', 3420.00, 2980.50])
ws.append(['合计', 15980.35, 14870.70])
wb.save(os.path.join(OUT, 'p07_budget.xlsx'))
label('p07_budget.xlsx', 'pass', [], [], 'budget table of amounts')

wb = wb_new(); ws = wb.active; ws.title = '成绩'
ws.append(['仙溪县2025年公开招聘社区工作者笔试成绩'])
ws.append(['序号', '姓名', '准考证号', '笔试成绩'])
for i, (n, s) in enumerate([('张某某', 78.5), ('李某', 81.0), ('陈某某', 69.5), ('周某', 74.0)], 1):
    ws.append([i, n, '1325040%04d' % (100 + i), s])
wb.save(os.path.join(OUT, 'p12_exam_numbers.xlsx'))
label('p12_exam_numbers.xlsx', 'pass', [], [], '11-digit 准考证号 starting 13 alone in their column, title names no phone (documented roster exclusion)')

wb = wb_new(); ws = wb.active; ws.title = '公示'
ws.append(['2025年仙溪县残疾人两项补贴新增名单'])
ws.append(['序号', '姓名', '身份证号', '补贴类别'])
ws.append([1, '徐某某', '330110********4521', '生活补贴'])
ws.append([2, '郑某', '330106********0836', '护理补贴'])
hs = wb.create_sheet('原始数据')
hs.append(['姓名', '身份证号', '联系电话'])
hs.append(['徐志明', ID3, '0571-86012345'])
hs.append(['郑丽华', ID5, '0571-86012345'])
hs.sheet_state = 'hidden'
wb.save(os.path.join(OUT, 'b14_hidden_sheet.xlsx'))
label('b14_hidden_sheet.xlsx', 'block', ['id_card', 'hidden_content'], [ID3, ID5], 'visible sheet masked; hidden sheet 原始数据 holds two unmasked IDs')

wb = wb_new(); ws = wb.active; ws.title = '名单'
ws.append(['2025年春季农村实用技术培训学员名单'])
ws.append(['序号', '姓名', '所在村', '联系电话'])
ws.append([1, '何某某', '上溪村', MOB1])
ws.append([2, '孙某', '下塘村', MOB4])
ws.column_dimensions['D'].hidden = True
wb.save(os.path.join(OUT, 'b15_hidden_col.xlsx'))
label('b15_hidden_col.xlsx', 'review', ['mobile_phone', 'hidden_content'], [MOB1, MOB4], 'hidden column D 联系电话 holds unmasked mobiles')

wb = wb_new(); ws = wb.active; ws.title = '发放'
ws.append(['2025年4月耕地地力保护补贴发放明细'])
ws.append(['序号', '姓名', '银行卡号', '金额（元）'])
ws.append([1, '林某某', CARD1, 1260])
ws.append([2, '马某', '622848********5518', 980])
wb.save(os.path.join(OUT, 'b16_bank_card.xlsx'))
label('b16_bank_card.xlsx', 'block', ['bank_card'], [CARD1], 'one unmasked UnionPay card (Luhn-valid) under 银行卡号')

# ---------------- PDF ----------------
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
def pdf(name, lines):
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4)
    c.setFont('STSong-Light', 12)
    y = 780
    for ln in lines:
        c.drawString(72, y, ln); y -= 22
    c.showPage(); c.save()

pdf('p10_clean.pdf', ['仙溪县2025年春季学期中小学校责任督学名单公告',
    '根据《督导问责办法》，现将我县中小学校责任督学挂牌督导情况公告如下。',
    '督学举报电话：0571-86099010', '监督邮箱：xxdd@xianxi.gov.cn', '仙溪县人民政府教育督导室', '2025年4月17日'])
label('p10_clean.pdf', 'pass', [], [], 'ReportLab STSong-Light notice with agency landline and mailbox')

pdf('b06_mobile.pdf', ['关于仙溪县2025年农机购置补贴申请的公告',
    '符合条件的农户可于5月31日前向所在乡镇农业服务中心提出申请。',
    f'业务联系人：方卫东，手机：{MOB3}', '仙溪县农业农村局', '2025年4月17日'])
label('b06_mobile.pdf', 'review', ['mobile_phone'], [MOB3], "a named person's unmasked mobile after 手机 in a ReportLab PDF")

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(LABELS, fh, ensure_ascii=False, indent=1)

rows = '\n'.join(f"| {l['file']} | {l['expect_verdict']} | {', '.join(l['expect_categories']) or '—'} | {l['note']} |" for l in LABELS)
npass = sum(l['expect_verdict'] == 'pass' for l in LABELS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
    fh.write(f'''# blind51-day

One day of uploads to the portal of an invented county (仙溪县), written from mishen's README.md and docs/*.md alone by gen/gen.py: CMS pages (hidden mobile-menu copies, footers with the agency mailbox and landline, platform comments, editor notes), python-docx notices (headers, footers, tables, a hand-added comment part, a hyperlink), openpyxl lists (hidden sheet, hidden column, masked and unmasked IDs, mobiles, a card), text in UTF-8 and GB18030, and ReportLab PDFs in STSong-Light. {len(LABELS)} files, {npass} must pass; each of the others carries one problem. All values are invented; IDs carry valid GB 11643 check digits, the card is Luhn-valid, mobiles are 1[3-9]x.

| file | verdict | categories | note |
| --- | --- | --- | --- |
{rows}
''')
print(len(LABELS), 'files written to', OUT)
