from common import *
import openpyxl
from openpyxl.styles import Alignment
MOB5='13512346789'
wb=openpyxl.Workbook(); ws=wb.active; ws.title='名单'
ws.append(['序号','姓名','联系电话','备注'])
ws.append([1,'韩某某',int(MOB5),'已核实'])
ws['C2'].number_format='0.00E+00'
ws.append([2,'杨某某','0571-87654321','单位电话'])
wb.save(OUT+'/c01_openpyxl_mobile_scientific.xlsx')
label('c01_openpyxl_mobile_scientific.xlsx','review',['mobile_phone'],[MOB5],'openpyxl; mobile stored as a number in a 联系电话 column with number format 0.00E+00 (shows 1.35E+10)')
wb=openpyxl.Workbook(); ws=wb.active; ws.title='名单'
ws.append(['序号','单位名称','统一社会信用代码','拨付金额（元）'])
ws.append([1,'某某物业服务有限公司','91330106MA2H3K7Y5N',13512346789])
ws['D2'].number_format='0.00E+00'
ws.append([2,'某某建筑工程有限公司','91330108MA27XU4L1B',1860023.5])
wb.save(OUT+'/c02_openpyxl_amount_scientific_clean.xlsx')
label('c02_openpyxl_amount_scientific_clean.xlsx','pass',[],[],'Twin of c01: an 11-digit amount 13512346789 in a column headed 拨付金额（元）, stored as a number with format 0.00E+00; USCC column')

ID8='610113197906300847'
wb=openpyxl.Workbook(); ws=wb.active; ws.title='公示'
ws.merge_cells('A1:D1'); ws['A1']='2026年度城乡居民医疗救助对象公示'
ws.append(['姓名','身份证号','救助金额（元）','备注'])
ws.append(['秦某某',ID8[:12]+'\n'+ID8[12:],'2,300.00',''])
ws.merge_cells('B3:B4'); ws['B3'].alignment=Alignment(wrap_text=True)
ws.column_dimensions['B'].width=12
wb.save(OUT+'/c03_openpyxl_altenter_merged_id.xlsx')
label('c03_openpyxl_altenter_merged_id.xlsx','block',['id_card'],[ID8],'openpyxl; ID under 身份证号 in a merged cell B3:B4, with an Alt+Enter newline after the 12th digit and wrap text')

MOB6='17712340986'
wb=openpyxl.Workbook(); ws=wb.active
ws.append(['网格','网格员','联系方式'])
ws.append(['第一网格','何某某',' '.join([MOB6[:3],MOB6[3:7],MOB6[7:]])])
ws.append(['第二网格','吕某某','12345转3'])
wb.save(OUT+'/c04_openpyxl_spaced_mobile.xlsx')
label('c04_openpyxl_spaced_mobile.xlsx','review',['mobile_phone'],[MOB6],'openpyxl; mobile as text 177 1234 0986 (spaces) under 联系方式')

wb=openpyxl.Workbook(); ws=wb.active; ws.title='进度'
ws.append(['项目','进度']); ws.append(['道路改造','80%'])
ws.oddHeader.center.text='机密★'; ws.oddHeader.center.font='宋体,加粗'
ws.oddHeader.right.text='5年'
wb.save(OUT+'/c05_openpyxl_header_marking_split_sections.xlsx')
label('c05_openpyxl_header_marking_split_sections.xlsx','block',['classified_marking'],[],'openpyxl; print header: centre section 机密★ (bold 宋体), right section 5年 — the marking split across header sections')
wb=openpyxl.Workbook(); ws=wb.active; ws.title='进度'
ws.append(['项目','进度','订单号']); ws.append(['道路改造','80%','202612070045318876'])
ws.oddHeader.center.text='主动公开'; ws.oddFooter.center.text='第 &P 页'
ws.oddFooter.right.text='京交发〔2026〕12号'
wb.save(OUT+'/c06_openpyxl_header_public_clean.xlsx')
label('c06_openpyxl_header_public_clean.xlsx','pass',[],[],'Twin of c05: header 主动公开, footer page number and 文号; an 18-digit 订单号 as text')
save('xlsx')
