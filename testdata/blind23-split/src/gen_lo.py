from common import *
import subprocess, shutil, os, docx
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
T='gen/lo'; os.makedirs(T,exist_ok=True)
def soffice(src, fmt, outdir=T):
    subprocess.run(['soffice','--headless','--convert-to',fmt,'--outdir',outdir,src],capture_output=True,timeout=180)
ID21=idnum('12010319880214623')
d=docx.Document(); st=d.styles['Normal']; st.font.name='宋体'; st.element.rPr.rFonts.set(qn('w:eastAsia'),'宋体'); st.font.size=Pt(12)
d.add_paragraph('2026年度退役士兵自主就业一次性经济补助公示')
t=d.add_table(rows=2,cols=3); t.style='Table Grid'; t.autofit=False
for row,(a,b,c) in zip(t.rows,[('姓名','身份证号','补助金额（元）'),('戚某某',ID21,'48,000')]):
    row.cells[0].text=a; row.cells[1].text=b; row.cells[2].text=c
    for i,wd in enumerate([Cm(3),Cm(2.2),Cm(4)]): row.cells[i].width=wd
d.save(T+'/a20.docx'); soffice(T+'/a20.docx','pdf'); shutil.copy(T+'/a20.pdf',OUT+'/a20_lo_narrow_cell_id.pdf')
label('a20_lo_narrow_cell_id.pdf','block',['id_card'],[ID21],'python-docx table → LibreOffice PDF; ID in a 2.2 cm ruled cell under 身份证号, wrapped inside the cell (17 digits, then the check digit on the next line)')
# soft-break docx -> pdf
shutil.copy(OUT+'/b03_docx_softbreak_id.docx',T+'/a21.docx'); soffice(T+'/a21.docx','pdf'); shutil.copy(T+'/a21.pdf',OUT+'/a21_lo_softbreak_id.pdf')
label('a21_lo_softbreak_id.pdf','block',['id_card'],['330106199003074525'],'b03 (ID after 身份证号码： cut by w:br after 10 digits) printed to PDF by LibreOffice: first 10 digits end line 1, last 8 begin line 2')
# odt from b01
shutil.copy(OUT+'/b01_docx_runs_id.docx',T+'/h01.docx'); soffice(T+'/h01.docx','odt'); shutil.copy(T+'/h01.odt',OUT+'/h01_lo_odt_runs_id.odt')
label('h01_lo_odt_runs_id.odt','block',['id_card'],['510107198505213180'],'b01 (ID split in 4 differently formatted runs) saved as ODT by LibreOffice (text:span per run)')
# scans
def scan(src,dst,dpi=300):
    subprocess.run(['pdftoppm','-r',str(dpi),'-gray','-png',src,T+'/scan'],check=True)
    pngs=sorted(p for p in os.listdir(T) if p.startswith('scan') and p.endswith('.png'))
    subprocess.run(['img2pdf','-o',OUT+'/'+dst]+[T+'/'+p for p in pngs],check=True)
    for p in pngs: os.remove(T+'/'+p)
scan(OUT+'/a01_rl_para_wrap_id.pdf','a22_scan_wrap_id.pdf')
label('a22_scan_wrap_id.pdf','block',['id_card','unreadable'],['110105198809162039'],'a01 rendered by pdftoppm 300 dpi grey → img2pdf (no text layer); ID wrapped 9+9 digits over two lines after 身份证号码：')
scan(OUT+'/a02_rl_para_wrap_uscc_clean.pdf','a23_scan_wrap_clean.pdf')
label('a23_scan_wrap_clean.pdf','review',['unreadable'],[],'Scan twin of a22 (a02 at 300 dpi → img2pdf): masked ID, USCC and 订单号 wrapped; only unreadable.ocr_only expected, no personal data')
scan(OUT+'/a20_lo_narrow_cell_id.pdf','a24_scan_narrow_cell_id.pdf',200)
label('a24_scan_narrow_cell_id.pdf','block',['id_card','unreadable'],[ID21],'a20 (ID wrapped in a narrow ruled table cell) rendered at 200 dpi grey → img2pdf')
# ghostscript re-distill
subprocess.run(['gs','-q','-dBATCH','-dNOPAUSE','-sDEVICE=pdfwrite','-sOutputFile='+OUT+'/a25_gs_redistill_td_id.pdf',OUT+'/a14_chromium_narrow_td_id.pdf'],check=True)
label('a25_gs_redistill_td_id.pdf','block',['id_card'],['310104198908152638'],'a14 (Chromium, ID wrapped over 3 lines in a 70px ruled cell) re-written by Ghostscript pdfwrite')
subprocess.run(['gs','-q','-dBATCH','-dNOPAUSE','-sDEVICE=pdfwrite','-dNoOutputFonts','-sOutputFile='+OUT+'/a26_gs_outlines_mobile.pdf',OUT+'/a16_chromium_letterspacing_mobile.pdf'],check=True)
label('a26_gs_outlines_mobile.pdf','review',['mobile_phone','unreadable'],['13765432108'],'a16 (letter-spaced paragraph with a mobile) re-written by Ghostscript -dNoOutputFonts: text as filled outlines, no text layer')
subprocess.run(['qpdf','--object-streams=generate','--compress-streams=y','--encrypt','','owner23','256','--print=none','--modify=none','--',OUT+'/a05_rl_out_of_order_id.pdf',OUT+'/a27_qpdf_aes_out_of_order_id.pdf'],check=True)
label('a27_qpdf_aes_out_of_order_id.pdf','block',['id_card'],['440306199202285612'],'a05 (ID drawn in two out-of-order pieces) through qpdf: object streams + AES-256 with empty user password, owner password set, printing/modifying forbidden')
save('lo')
