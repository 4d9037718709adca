from vals import *
L=[]
def lab(f,v,c=(),raw=(),note=''): L.append(dict(file=f,expect_verdict=v,expect_categories=list(c),raw_values=list(raw),note=note))
X='XeLaTeX+ctex (AR PL SungtiL GB)'
lab('tex01_notice_clean.pdf','pass',note=X+': notice with landline, 12369/12345 hotlines')
lab('tex02_gongwen_marking.pdf','block',['classified_marking'],note=X+': GB/T 9704 版头, 份号 then 机密★1年 top-left of page 1; 特急 in FandolHei without ToUnicode')
lab('tex03_header_secret.pdf','block',['classified_marking'],note=X+': bare 秘密 in fancyhdr running header (right), two pages')
lab('tex04_table_id_wrap.pdf','block',['id_card'],[ID2],note=X+': ID in narrow p{} table cell, seqsplit wraps the digits over lines; second row masked')
lab('tex05_footnote_mobile.pdf','review',['mobile_phone'],['13957112468'],note=X+': mobile after 手机 in a footnote')
lab('tex06_twocol_report_clean.pdf','pass',note=X+': two-column justified annual report, statistics table, USCC, landline')
lab('tex07_letterspace_card.pdf','block',['bank_card'],[CARD3],note=X+': a person\'s card after 银行卡号, fontspec LetterSpace=25 (0.25em)')
lab('tex08_ligature_intranet.pdf','review',['internal_address'],[],note=X+': Latin Modern with fi/ffi ligatures in text around http://10.18.4.27/official/files/')
lab('tex09_smallcaps_passport.pdf','review',['passport'],['E12873465'],note=X+': 护照号码 then small-caps label then passport number')
lab('tex10_rotated_plate.pdf','review',['license_plate'],['浙A8K2M5'],note=X+': plate rotated 90° (rotatebox) in a table cell')
lab('tex11_secrecy_law_clean.pdf','pass',note=X+': Q&A quoting 保守国家秘密法 (密级分为绝密、机密、秘密三级)')
lab('tex12_linebreak_id.pdf','block',['id_card'],[ID3],note=X+': ID after 身份证号 in a justified paragraph, seqsplit allows a break inside the number')
P='pandoc 2.17'
lab('pd01_report_clean.docx','pass',note=P+' md->docx: annual report, pipe table of statistics, USCC')
lab('pd02_table_mobile.docx','review',['mobile_phone'],['18621459037'],note=P+' md->docx: mobile grouped 3-4-4 (186 2145 9037) in a table cell under 联系方式')
lab('pd03_notice_clean.odt','pass',note=P+' md->odt: notice with landline and hotlines')
lab('pd04_odt_id.odt','block',['id_card'],[ID4],note=P+' md->odt: 行政处罚决定书 with the party\'s ID')
lab('pd05_html_clean.html','pass',note=P+' md->html standalone: 公开指南 with office table, 12345, agency mailbox (email is info)')
lab('pd06_html_intranet.html','review',['internal_address'],[],note=P+' md->html: link target http://192.168.31.205:8088/kaohe/login behind link text')
lab('pd07_stats_clean.pdf','pass',note=P+' md->pdf via xelatex: statistics table and prose with long amounts in 万元')
lab('pd08_marking_pdf.pdf','block',['classified_marking'],note=P+' md->pdf via xelatex: 秘密★1年 as first paragraph above the title')
W='WeasyPrint 57 (Debian)'
lab('wp01_contacts_clean.pdf','pass',note=W+': letter-spaced title, ruled table of window landlines, 12369, 12345, organisation account with 户名 of the agency, USCC')
lab('wp02_columns_id.pdf','block',['id_card'],[ID5],note=W+': CSS column-count:2 justified text, ID after 身份证号')
lab('wp03_page_header_marking.pdf','block',['classified_marking'],note=W+': @page @top-left margin box 机密★10年 (running header)')
lab('wp04_letterspaced_mobile.pdf','review',['mobile_phone'],['15067328814'],note=W+': mobile after 手机 with CSS letter-spacing 0.3em')
lab('wp05_breakall_card.pdf','block',['bank_card'],[CARD1],note=W+': 19-digit UnionPay card wrapped 18+1 by word-break:break-all in a narrow ruled table cell under 银行卡号')
M='PyMuPDF 1.21 (builtin china-s font, UniGB-UCS2-H, not embedded)'
lab('mu01_notice_clean.pdf','pass',note=M+': insert_textbox justified notice, landline and hotlines')
lab('mu02_textbox_id.pdf','block',['id_card'],[ID1],note=M+': ID after 身份证号 in a justified insert_textbox')
lab('mu03_pieces_mobile.pdf','review',['mobile_phone'],['17751203396'],note=M+': label 手机： in china-s, then the 11 digits drawn one insert_text each, right to left, in Helvetica')
lab('mu04_fake_redaction_id.pdf','block',['id_card'],[ID6],note=M+': "redaction" by a black rectangle drawn over the ID; the ID stays in the text layer')
lab('mu05_real_redaction_clean.pdf','pass',note=M+': real redaction (add_redact_annot + apply_redactions): ID glyphs removed, black box left, applicant named 许某某')
lab('mu06_rotated_intranet.pdf','review',['internal_address'],[],note=M+': Helvetica line rotated 90° in the left margin: http://172.22.8.14/jnjh/fangan.doc')
lab('mu07_stats_lines_clean.pdf','pass',note=M+': statistics table of long amounts drawn with text + rule lines, no cells')
C='pycairo 1.20 + Pango (PangoCairo via gi), AR PL SungtiL GB'
lab('ca01_report_clean.pdf','pass',note=C+': justified Pango layout, annual report text quoting 保守国家秘密法, office phone and fax')
lab('ca02_pango_spaced_card.pdf','block',['bank_card'],[CARD2],note=C+': 16-digit UnionPay card after 银行卡，卡号 with Pango letter_spacing 2pt (0.18em)')
lab('ca03_watermark_internal.pdf','review',['sensitive_term'],note=C+': diagonal translucent grey watermark 内部资料 注意保存 (40pt, rotated -36°) drawn over a clean body')
lab('ca04_table_plate.pdf','review',['license_plate'],['鲁B7H291'],note=C+': plate in a table drawn as separate layouts with stroked rectangles under 车牌号码; 96119 fire hotline')
T='mutool create (MuPDF %%CJKFont, hand-written content stream)'
lab('mt01_notice_clean.pdf','pass',note=T+': fixed 38-char lines, 12119 hotline and landline')
lab('mt02_tj_kerned_id.pdf','block',['id_card'],[ID2],note=T+': label and each ID digit as separate strings in one TJ with -60 kerning')
lab('mt03_out_of_order_mobile.pdf','review',['mobile_phone'],['13957112468'],note=T+': last 4 digits drawn first (Helvetica), then the CJK label 联系手机： and the first 7 digits')
lab('mt04_late_marking.pdf','block',['classified_marking'],note=T+': 绝密★长期 drawn last in the stream but placed at the top-left above the title')
lab('mt05_budget_clean.pdf','pass',note=T+': budget summary, amounts in Helvetica in a separate column, USCC')
XW='xlsxwriter 3.0 (Debian)'
lab('xw01_stats_clean.xlsx','pass',note=XW+': statistics as numbers with #,##0 format, USCC and landline in a note row')
lab('xw02_print_header_marking.xlsx','block',['classified_marking'],note=XW+': print header &L秘密★5年 on a sheet of supplies')
lab('xw03_mobile_number.xlsx','review',['mobile_phone'],['19955873021'],note=XW+': mobile stored as a number (format 0) under 联系电话 next to a person column')
lab('xw04_merged_heading_id.xlsx','block',['id_card'],[ID3],note=XW+': ID as a string under 身份证号码 below a merged title row; second row masked')
OD='odfpy 1.4 (Debian)'
lab('od01_contacts_clean.ods','pass',note=OD+': table of agency landlines and 12345')
lab('od02_footnote_mobile.odt','review',['mobile_phone'],['18367214590'],note=OD+': mobile after 手机 in a text:note footnote')
lab('od03_header_worksecret.odt','review',['sensitive_term'],note=OD+': 工作秘密 alone as the page header of the master page (a label)')
DT='docxtpl 0.16 (template made with python-docx, rendered with Jinja loops)'
lab('dt01_template_clean.docx','pass',note=DT+': 表彰公示 with names and landline')
lab('dt02_template_passport.docx','review',['passport'],['G36528174'],note=DT+': passport after 护照号码 inside a loop-rendered paragraph with soft line breaks')
N='npm docx 9'
lab('nd01_notice_clean.docx','pass',note=N+': notice, footer with PAGE field and 12345, landline')
lab('nd02_header_marking.docx','block',['classified_marking'],note=N+': default header holds 机密★ and 10年 as two bold runs')
lab('nd03_footnote_id.docx','block',['id_card'],[ID4],note=N+': ID after 身份证号 inside a footnote (document-level footnotes)')
E='npm exceljs 4'
lab('ex01_budget_clean.xlsx','pass',note=E+': budget in 元 with #,##0.00, an 11-digit amount 15823467100.00 under 预算数（元）, USCC')
lab('ex02_card_column.xlsx','block',['bank_card'],[CARD4],note=E+': 16-digit Luhn card (non-62) of a person under 退款卡号; a company row with its account')
PM='npm pdfmake 0.3 (pdfkit inside), AR PL SungtiL GB TTF subset'
lab('pm01_table_clean.pdf','pass',note=PM+': table of polluters with USCCs, 12369')
lab('pm02_table_id.pdf','block',['id_card'],[ID5],note=PM+': ID in a table cell under 身份证号 (cells drawn by pdfmake lines)')
lab('pm03_watermark_marking.pdf','block',['classified_marking'],note=PM+': watermark 秘密★1年 at 15% opacity rotated -40° across the page (pdfmake watermark)')
J='npm jspdf 3 (node build), AR PL SungtiL GB TTF embedded whole'
lab('js01_notice_clean.pdf','pass',note=J+': splitTextToSize lines, 12345, landline, agency mailbox')
lab('js02_charspace_mobile.pdf','review',['mobile_phone'],['13805719264'],note=J+': label 手机： then the mobile as its own text call with charSpace 3pt (0.27em)')
lab('js03_intranet_url.pdf','review',['internal_address'],[],note=J+': http://172.20.3.15/oa/index.jsp in a wrapped paragraph')
G='go-pdf/fpdf v2 (Go), AddUTF8FontFromBytes AR PL SungtiL GB, not subset'
lab('gf01_notice_clean.pdf','pass',note=G+': justified MultiCell notice, landline, fax, 12345')
lab('gf02_marking_topleft.pdf','block',['classified_marking'],note=G+': 份号 000086, then 秘密★3年 and 加急 as left cells at the top of page 1, red 版头')
lab('gf03_multicell_id.pdf','block',['id_card'],[ID1],note=G+': ID in a narrow bordered MultiCell; fpdf drops the CJK character at each wrap (身份证号 loses 号)')
TR='transform'
lab('tr01_gs_columns_id.pdf','block',['id_card','unreadable'],[ID5],note='Ghostscript pdfwrite of wp02 (WeasyPrint two columns): body fonts come out with a ToUnicode naming wrong characters, so the ID is only in the picture (OCR); docs: wrong ToUnicode -> OCR, ocr_only')
lab('tr02_qpdf_objstm_clean.pdf','pass',note='qpdf --object-streams=generate of tex01 (clean XeLaTeX notice)')
lab('tr03_qpdf_linear_card.pdf','block',['bank_card'],[CARD2],note='qpdf --linearize of ca02 (Pango letter-spaced card)')
lab('tr04_mutool_clean_mobile.pdf','review',['mobile_phone'],['17751203396'],note='mutool clean -d -gggg of mu03 (digits drawn one by one, right to left)')
lab('tr05_gs_twocol_clean.pdf','pass',note='Ghostscript pdfwrite /ebook of tex06 (two-column clean report)')
lab('tr06_mutool_convert_marking.pdf','block',['classified_marking','unreadable'],note='mutool convert of pd08: every ToUnicode lost (mutool warns), text layer garbage, OCR must read 秘密 ?1年 at the head (the ★ was a missing glyph in Latin Modern already)')
lab('tr07_gs_charspace_mobile.pdf','review',['mobile_phone'],['13805719264'],note='Ghostscript pdfwrite 1.4 of js02 (jsPDF charSpace mobile)')
lab('tr08_qpdf_late_marking.pdf','block',['classified_marking'],note='qpdf --stream-data=compress --object-streams=generate of mt04 (marking drawn last at the top)')
lab('tr09_gs_outlines_notice.pdf','review',['unreadable'],note='Ghostscript -dNoOutputFonts of mu01 (clean notice): text as filled outlines, no text layer -> OCR, unreadable.ocr_only by the docs')
lab('tr10_mutool_ascii_clean.pdf','pass',note='mutool clean -a -z of gf01 (clean go-pdf notice)')
import json,os
here=os.path.dirname(os.path.abspath(__file__))
if __name__=='__main__':
    files=set(os.listdir(os.path.dirname(here)))
    for l in L: assert l['file'] in files, l['file']
    extra=files-{l['file'] for l in L}-{'src','labels.json','README.md','first-run.txt','after-label-fix.txt'}
    print('unlabelled:',extra)
    json.dump(L,open(os.path.join(os.path.dirname(here),'labels.json'),'w'),ensure_ascii=False,indent=1)
    from collections import Counter; print(len(L),Counter(l['expect_verdict'] for l in L))
