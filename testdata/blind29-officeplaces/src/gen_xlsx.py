"""XLSX files from openpyxl with hand-written parts where openpyxl cannot write them."""
import openpyxl, re, os
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.styles import NamedStyle, Font
from common import *

def wb_budget():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '预算表'
    ws.append(['项目', '预算数（万元）'])
    for r in [['一般公共服务', 812.5], ['教育', 1320.0], ['卫生健康', 640.2], ['农林水', 415.8]]: ws.append(r)
    wb.properties.creator = '财务科'
    return wb, ws

def save(wb, name):
    wb.save(os.path.join(OUT, name))

def chart(ws, title, series_title=None):
    ch = BarChart(); ch.title = title; ch.x_axis.title = '功能分类'; ch.y_axis.title = '万元'
    data = Reference(ws, min_col=2, min_row=1, max_row=5); cats = Reference(ws, min_col=1, min_row=2, max_row=5)
    ch.add_data(data, titles_from_data=True); ch.set_categories(cats)
    if series_title: ch.series[0].tx = SeriesLabel(v=series_title)
    ws.add_chart(ch, 'D2')

wb, ws = wb_budget(); chart(ws, '2026年一般公共预算支出'); save(wb, 'x01_chart_clean.xlsx')
label('x01_chart_clean.xlsx', 'pass', [], note='openpyxl BarChart: title, axis titles, series from cells; budget figures; clean')
m = '13692087713'
wb, ws = wb_budget(); chart(ws, '2026年一般公共预算支出', '填报人手机' + m); save(wb, 'x02_chart_series_name_mobile.xlsx')
label('x02_chart_series_name_mobile.xlsx', 'review', ['mobile_phone'], [m], note='openpyxl chart: series name c:tx/c:v literal holds a mobile after 填报人手机; not in any cell')

idc = rid('23010319870611274')
wb, ws = wb_budget(); ws['B3'].comment = Comment('核对人：郑某 身份证' + idc, '审核')
save(wb, 'x03_legacy_comment_id.xlsx')
label('x03_legacy_comment_id.xlsx', 'block', ['id_card', 'hidden_content'], [idc], note='openpyxl legacy cell comment (note) holding an ID')

# threaded comment: legacy stub + threadedComments part
unc = r'\\10.8.0.21\财务共享\2026决算'
wb, ws = wb_budget(); ws['B4'].comment = Comment('[线程批注]\n你的 Excel 版本可读取此线程批注；但如果在更高版本中打开文件，则对批注所作的任何改动都将被删除。', 'tc={B29-0001}')
save(wb, 'x04_threaded_comment_unc.xlsx')
tc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      '<threadedComment ref="B4" dT="2026-11-20T09:00:00.00" personId="{B29A0000-0000-0000-0000-000000000001}" id="{B29C0000-0000-0000-0000-000000000001}"><text>底稿在 ' + esc(unc) + ' 下，发布前删掉此列</text></threadedComment></ThreadedComments>')
persons = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<person displayName="审核" id="{B29A0000-0000-0000-0000-000000000001}" userId="shenhe" providerId="None"/></personList>')
p = os.path.join(OUT, 'x04_threaded_comment_unc.xlsx')
patch_zip(p, p, edits={
    '[Content_Types].xml': lambda s: add_ct(add_ct(s, 'xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml'), 'xl/persons/person.xml', 'application/vnd.ms-excel.person+xml'),
    'xl/worksheets/_rels/sheet1.xml.rels': lambda s: add_rel(s, 'rIdTc1', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'),
    'xl/_rels/workbook.xml.rels': lambda s: add_rel(s, 'rIdPs1', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'),
}, add={'xl/threadedComments/threadedComment1.xml': tc, 'xl/persons/person.xml': persons})
label('x04_threaded_comment_unc.xlsx', 'review', ['internal_address', 'hidden_content'], note='hand threadedComments part (legacy note is only the stub) naming a UNC path on 10.8.0.21')

wb, ws = wb_budget(); n = DefinedName('联系人', attr_text='"财务科王某 ' + '15937206618' + '"'); wb.defined_names.append(n); save(wb, 'x05_defined_name_mobile.xlsx')
label('x05_defined_name_mobile.xlsx', 'review', ['mobile_phone'], ['15937206618'], note='openpyxl defined name 联系人 whose value is a string constant holding a mobile')

wb, ws = wb_budget(); hs = wb.create_sheet('名单'); hs.append(['姓名', '身份证号', '金额'])
ids8 = [rid('13010219680304121'), rid('13010519711127332')]
hs.append(['冯某', ids8[0], 1200]); hs.append(['陈某', ids8[1], 900]); hs.sheet_state = 'veryHidden'; save(wb, 'x06_veryhidden_sheet_ids.xlsx')
label('x06_veryhidden_sheet_ids.xlsx', 'block', ['id_card', 'hidden_content'], ids8, note='openpyxl veryHidden sheet with IDs as strings under 身份证号')

wb, ws = wb_budget(); ws.oddFooter.left.text = '工作秘密'; ws.oddFooter.right.text = '第 &P 页'; save(wb, 'x07_footer_internal_term.xlsx')
label('x07_footer_internal_term.xlsx', 'review', ['sensitive_term'], note='openpyxl print footer &L工作秘密 alone as a label')
wb, ws = wb_budget(); ws.oddHeader.center.text = '2026年部门预算公开表'; ws.oddFooter.right.text = '第 &P 页 共 &N 页'; save(wb, 'x08_header_clean.xlsx')
label('x08_header_clean.xlsx', 'pass', [], note='openpyxl print header/footer with the table title and page numbers; clean')

wb, ws = wb_budget()
for r in range(2, 6): ws.cell(r, 2).number_format = '#,##0.00"万元"'
ws['D1'] = '咨询电话'; ws['E1'] = 12345; ws['E1'].number_format = '"热线："0'
save(wb, 'x09_numfmt_literal_clean.xlsx')
label('x09_numfmt_literal_clean.xlsx', 'pass', [], note='custom number formats with literal text ("万元", "热线："0 on 12345); clean')

# this openpyxl (Debian 3.0.9) writes inline strings: the rPh goes into the cell's <is>
wb, ws = wb_budget(); ws['A7'] = 'DCQPH'; save(wb, 'x10_rph_clean.xlsx')
p = os.path.join(OUT, 'x10_rph_clean.xlsx')
def rph(s):
    assert '<t>DCQPH</t>' in s
    return s.replace('<t>DCQPH</t>', '<t>东城区</t><rPh sb="0" eb="3"><t>dōngchéngqū</t></rPh><phoneticPr fontId="1" type="noConversion"/>')
patch_zip(p, p, edits={'xl/worksheets/sheet1.xml': rph})
label('x10_rph_clean.xlsx', 'pass', [], note='inline string with an rPh phonetic run (pinyin) and phoneticPr; clean')

wb, ws = wb_budget(); ws['A7'] = '经办人'; ws['B7'] = '联系电话'; ws['A8'] = '蒋某'; ws['B8'] = 'PHONEPH'; save(wb, 'x11_rph_mobile.xlsx')
m11 = '18810572296'
p = os.path.join(OUT, 'x11_rph_mobile.xlsx')
patch_zip(p, p, edits={'xl/worksheets/sheet1.xml': lambda s: s.replace('<t>PHONEPH</t>', '<t>见备注</t><rPh sb="0" eb="3"><t>' + m11 + '</t></rPh><phoneticPr fontId="1" type="noConversion"/>')})
label('x11_rph_mobile.xlsx', 'review', ['mobile_phone'], [m11], note='hand-edited inline string (openpyxl writes <is>): cell shows 见备注 under 联系电话, its rPh phonetic run holds a mobile')

wb, ws = wb_budget()
tw = wb.create_sheet('明细'); tw.append(['科目编码', '科目名称', '金额']); tw.append(['2010101', '行政运行', 312.4]); tw.append(['2010102', '一般行政管理事务', 88.1])
t = Table(displayName='支出明细', ref='A1:C3'); t.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True); tw.add_table(t)
save(wb, 'x12_table_clean.xlsx')
label('x12_table_clean.xlsx', 'pass', [], note='openpyxl table part xl/tables/table1.xml with column names; clean')

wb, ws = wb_budget(); st = NamedStyle(name='预算表头'); st.font = Font(bold=True); wb.add_named_style(st); ws['A1'].style = '预算表头'; save(wb, 'x13_named_style_clean.xlsx')
label('x13_named_style_clean.xlsx', 'pass', [], note='openpyxl named cell style 预算表头; clean')

# pivot cache: hand-written definition + records linked from the workbook
idp = rid('35020319920711585')
wb, ws = wb_budget(); save(wb, 'x14_pivot_cache_id.xlsx')
pcd = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + R + '" r:id="rId1" refreshOnLoad="0" recordCount="2">'
       '<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="领取名单"/></cacheSource><cacheFields count="2"><cacheField name="姓名" numFmtId="0"><sharedItems/></cacheField><cacheField name="身份证号" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>')
pcr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2">'
       f'<r><s v="林某"/><s v="{idp}"/></r><r><s v="何某"/><s v="330106********0018"/></r></pivotCacheRecords>')
p = os.path.join(OUT, 'x14_pivot_cache_id.xlsx')
patch_zip(p, p, edits={
    '[Content_Types].xml': lambda s: add_ct(add_ct(s, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml'), 'xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml'),
    'xl/_rels/workbook.xml.rels': lambda s: add_rel(s, 'rIdPc1', R + '/pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml'),
    'xl/workbook.xml': lambda s: re.sub(r'(<calcPr[^>]*/>)', r'\1<pivotCaches><pivotCache xmlns:r="' + R + '" cacheId="1" r:id="rIdPc1"/></pivotCaches>', s),
}, add={'xl/pivotCache/pivotCacheDefinition1.xml': pcd, 'xl/pivotCache/pivotCacheRecords1.xml': pcr,
        'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': new_rels([('rId1', R + '/pivotCacheRecords', 'pivotCacheRecords1.xml', False)])})
label('x14_pivot_cache_id.xlsx', 'block', ['id_card'], [idp], note='hand pivotCacheDefinition + pivotCacheRecords (source sheet deleted) holding an ID under 身份证号')

# external link cache
wb, ws = wb_budget(); ws['C2'] = '=[1]汇总!B2'; save(wb, 'x15_external_link_unc.xlsx')
unc2 = r'\\192.168.12.7\共享\预算\汇总底稿.xlsx'
el = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + R + '"><externalBook r:id="rId1"><sheetNames><sheetName val="汇总"/></sheetNames>'
      '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2" t="n"><v>812.5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>')
p = os.path.join(OUT, 'x15_external_link_unc.xlsx')
patch_zip(p, p, edits={
    '[Content_Types].xml': lambda s: add_ct(s, 'xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml'),
    'xl/_rels/workbook.xml.rels': lambda s: add_rel(s, 'rIdEl1', R + '/externalLink', 'externalLinks/externalLink1.xml'),
    'xl/workbook.xml': lambda s: s.replace('</sheets>', '</sheets><externalReferences><externalReference xmlns:r="' + R + '" r:id="rIdEl1"/></externalReferences>'),
}, add={'xl/externalLinks/externalLink1.xml': el,
        'xl/externalLinks/_rels/externalLink1.xml.rels': new_rels([('rId1', R + '/externalLinkPath', 'file:///' + unc2, True)])})
label('x15_external_link_unc.xlsx', 'review', ['internal_address'], note='hand externalLink part: externalBook target is a UNC path on 192.168.12.7 (cached value only numeric)')

write_labels('labels_xlsx1.json')
