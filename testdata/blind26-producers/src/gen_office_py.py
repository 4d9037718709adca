# xlsxwriter, odfpy, docxtpl (Debian packages)
import os, xlsxwriter, docx
from docxtpl import DocxTemplate
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.table import Table, TableRow, TableCell
from odf.text import P, H as OH, Note, NoteCitation, NoteBody
from odf.style import Style, MasterPage, PageLayout, Header, Footer
from texts import *
H=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.dirname(H)
o=lambda n: os.path.join(OUT,n)
# xlsxwriter 1 clean statistics with number formats and USCC
wb=xlsxwriter.Workbook(o('xw01_stats_clean.xlsx')); ws=wb.add_worksheet('主要指标'); num=wb.add_format({'num_format':'#,##0'})
ws.write_row(0,0,['指标','2026年1—11月','同比增长（%）'])
for i,(a,v,g) in enumerate(STATS,1): ws.write(i,0,a); ws.write_number(i,1,int(v.replace(',','')),num); ws.write_number(i,2,float(g))
ws.write(7,0,'填报单位：青川市统计局（统一社会信用代码 %s），咨询电话 0571-87060000'%USCC3); wb.close()
# xlsxwriter 2 print header marking
wb=xlsxwriter.Workbook(o('xw02_print_header_marking.xlsx')); ws=wb.add_worksheet('应急物资'); ws.set_header('&L秘密★5年&C应急物资储备明细')
ws.write_row(0,0,['物资','数量','存放地点']); ws.write_row(1,0,['冲锋舟',24,'市应急物资仓库']); ws.write_row(2,0,['发电机组',16,'市应急物资仓库']); wb.close()
# xlsxwriter 3 mobile stored as a number under 联系电话
wb=xlsxwriter.Workbook(o('xw03_mobile_number.xlsx')); ws=wb.add_worksheet('网格员'); f0=wb.add_format({'num_format':'0'})
ws.write_row(0,0,['网格','网格员','联系电话']); ws.write_row(1,0,['滨江一网格','梁淑芬']); ws.write_number(1,2,19955873021,f0)
ws.write_row(2,0,['滨江二网格','（空缺）']); ws.write(2,2,'0571-87062233'); wb.close()
# xlsxwriter 4 ID under a merged heading
wb=xlsxwriter.Workbook(o('xw04_merged_heading_id.xlsx')); ws=wb.add_worksheet('补贴名单'); mf=wb.add_format({'align':'center'})
ws.merge_range(0,0,0,3,'2026年度耕地地力保护补贴发放名单',mf); ws.write_row(1,0,['户主','身份证号码','面积（亩）','补贴金额（元）'])
ws.write_row(2,0,['谢春生',ID3,'6.5','897.00']); ws.write_row(3,0,['何玉兰','440305********4028','4.2','579.60']); wb.close()
# odfpy 1 clean contacts sheet
doc=OpenDocumentSpreadsheet(); t=Table(name='联系方式')
for r in [('单位','地址','电话'),('青川市生态环境局','滨江路88号','0571-87051230'),('青川市信访局','市民大道1号','0571-87063000'),('政务服务便民热线','—','12345')]:
    tr=TableRow()
    for c in r: tc=TableCell(valuetype='string'); tc.addElement(P(text=c)); tr.addElement(tc)
    t.addElement(tr)
doc.spreadsheet.addElement(t); doc.save(o('od01_contacts_clean.ods'))
# odfpy 2 footnote mobile
doc=OpenDocumentText(); doc.text.addElement(OH(outlinelevel=1,text='关于开展老旧小区加装电梯意见征集的公告'))
p=P(text='为推进老旧小区加装电梯工作，现就实施方案公开征求意见'); n=Note(noteclass='footnote',id='ftn1'); n.addElement(NoteCitation(text='1'))
nb=NoteBody(); nb.addElement(P(text='意见反馈联系人：唐国庆，手机18367214590。')); n.addElement(nb); p.addElement(n); p.addText('。征求意见期自2026年12月10日至2027年1月9日。')
doc.text.addElement(p); doc.text.addElement(P(text=CONTACT_CLEAN)); doc.save(o('od02_footnote_mobile.odt'))
# odfpy 3 header with 工作秘密 label
doc=OpenDocumentText(); pl=PageLayout(name='pl1'); doc.automaticstyles.addElement(pl); mp=MasterPage(name='Standard',pagelayoutname=pl)
hd=Header(); hd.addElement(P(text='工作秘密')); mp.addElement(hd); doc.masterstyles.addElement(mp)
doc.text.addElement(OH(outlinelevel=1,text='关于机关食堂外包服务合同续签情况的汇报')); doc.text.addElement(P(text=P2)); doc.text.addElement(P(text=P3)); doc.save(o('od03_header_worksecret.odt'))
# docxtpl: make a template with python-docx, then render
import tempfile; tp=os.path.join(tempfile.mkdtemp(),'tpl.docx'); d=docx.Document(); d.add_heading('{{ title }}',1); d.add_paragraph('{{ body }}')
d.add_paragraph('{% for r in rows %}{{ r.name }}：{{ r.info }}\n{% endfor %}'); d.save(tp)
t=DocxTemplate(tp); t.render({'title':'2026年度“青川工匠”拟表彰人员公示','body':'经推荐、评审，拟表彰以下人员，公示期5个工作日，监督电话0571-87064455。','rows':[{'name':'邹建业','info':'青川机械厂高级技师'},{'name':'龚美华','info':'市第一人民医院护士长'}]}); t.save(o('dt01_template_clean.docx'))
t=DocxTemplate(tp); t.render({'title':'因公临时出国人员公示','body':'根据工作安排，拟派员赴新加坡参加城市水务管理研修，经费由部门预算列支。','rows':[{'name':'团组成员','info':'石永康，护照号码G36528174，市水务集团副总经理'}]}); t.save(o('dt02_template_passport.docx'))
print('ok')
