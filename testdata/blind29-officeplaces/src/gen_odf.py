"""ODF files: odfpy where it can, hand-written content.xml for tracked changes, hidden text and fields."""
import os, zipfile
from common import *
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet, OpenDocumentPresentation
from odf.text import P, Note, NoteCitation, NoteBody, VariableDecls, VariableDecl, VariableSet
from odf.table import Table, TableRow, TableCell
from odf.style import Style, TableProperties, MasterPage, PageLayout
from odf import draw, presentation, meta, dc

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')

def odt(name, body, styles=''):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles>{styles}</office:automatic-styles>'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    metax = f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta><meta:initial-creator>办公室</meta:initial-creator><meta:generator>blind29 hand-written</meta:generator></office:meta></office:document-meta>'
    with zipfile.ZipFile(os.path.join(OUT, name), 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
        for n, d in (('content.xml', content), ('meta.xml', metax), ('META-INF/manifest.xml', man)):
            z.writestr(n, d.encode('utf-8'), zipfile.ZIP_DEFLATED)

def p(t, style=None):
    s = f' text:style-name="{style}"' if style else ''
    return f'<text:p{s}>{esc(t)}</text:p>'

HEAD = p('关于做好2026年度政府信息公开工作的通知') + p('各有关单位：现就做好年度政府信息公开工作通知如下。')

id1 = rid('53010219810506331')
tc = (f'<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>审校</dc:creator><dc:date>2026-11-10T09:00:00</dc:date></office:change-info>'
      f'<text:p>联系人身份证号{id1}</text:p></text:deletion></text:changed-region></text:tracked-changes>')
odt('o01_tracked_deletion_id.odt', tc + HEAD + '<text:p>一、按时报送年度报告。<text:change text:change-id="ct1"/></text:p>')
label('o01_tracked_deletion_id.odt', 'block', ['id_card', 'hidden_content'], [id1], note='hand ODT: text:tracked-changes deletion region holding an ID')

ann = ('<text:p>二、做好政策解读。<office:annotation><dc:creator>审校</dc:creator><dc:date>2026-11-10T09:00:00</dc:date>'
       '<text:p>解读材料还没报分管领导审签，暂缓</text:p></office:annotation></text:p>')
odt('o02_annotation.odt', HEAD + ann)
label('o02_annotation.odt', 'review', ['hidden_content'], note='hand ODT: office:annotation with a reviewer note')

m3 = '15023847719'
odt('o03_hidden_paragraph_mobile.odt', HEAD + '<text:p>三、加强平台管理。<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/></text:p>'
    + f'<text:p>平台管理员：施某 手机{m3}<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/></text:p>')
label('o03_hidden_paragraph_mobile.odt', 'review', ['mobile_phone', 'hidden_content'], [m3], note='hand ODT: text:hidden-paragraph (condition true) hides a paragraph with a mobile')

sec_style = '<style:style style:name="Sect1" style:family="section"><style:section-properties/></style:style>'
odt('o04_hidden_section_marking.odt', HEAD + '<text:section text:style-name="Sect1" text:name="区段1" text:display="none">' + p('秘密★1年') + p('附：专项检查发现问题清单（另发）') + '</text:section>' + p('四、其他事项另行通知。'), styles=sec_style)
label('o04_hidden_section_marking.odt', 'block', ['classified_marking', 'hidden_content'], note='hand ODT: text:section display="none" beginning with 秘密★1年')

id5 = rid('62010219931215008')
odt('o05_user_field_id.odt', '<text:user-field-decls><text:user-field-decl office:value-type="string" office:string-value="' + id5 + '" text:name="申请人证件号"/></text:user-field-decls>'
    + HEAD + '<text:p>申请人证件号：<text:user-field-get text:name="申请人证件号">' + id5 + '</text:user-field-get></text:p>')
label('o05_user_field_id.odt', 'block', ['id_card'], [id5], note='hand ODT: user field decl string value and its user-field-get show an ID')

odt('o06_variables_clean.odt', '<text:variable-decls><text:variable-decl office:value-type="string" text:name="发文单位"/></text:variable-decls>'
    + HEAD + '<text:p><text:variable-set text:name="发文单位" office:value-type="string">××市人民政府办公室</text:variable-set></text:p>')
label('o06_variables_clean.odt', 'pass', [], note='hand ODT: text:variable-set with the issuing office; clean')

ip7 = '10.45.2.118'
frame = (f'<text:p>五、材料报送方式。<draw:frame draw:name="框架1" text:anchor-type="paragraph" svg:width="8cm" svg:height="2cm"><draw:text-box><text:p>报送地址：ftp://{ip7}/xxgk/</text:p></draw:text-box></draw:frame></text:p>')
odt('o07_frame_intranet.odt', HEAD + frame)
label('o07_frame_intranet.odt', 'review', ['internal_address'], note='hand ODT: draw:frame text box with an ftp URL on a 10.x host')

# odfpy: footnote clean
doc = OpenDocumentText(); doc.meta.addElement(meta.InitialCreator(text='办公室'))
doc.text.addElement(P(text='关于做好2026年度政府信息公开工作的通知'))
para_ = P(text='依据《中华人民共和国政府信息公开条例》')
n = Note(id='ftn1', noteclass='footnote'); n.addElement(NoteCitation(text='1')); nb = NoteBody(); nb.addElement(P(text='2019年4月3日国务院令第711号修订，咨询电话12345。')); n.addElement(nb)
para_.addElement(n); doc.text.addElement(para_); doc.save(os.path.join(OUT, 'o08_odfpy_footnote_clean.odt'))
label('o08_odfpy_footnote_clean.odt', 'pass', [], note='odfpy ODT footnote citing the regulation and hotline; clean')

# odfpy: endnote with passport
doc = OpenDocumentText(); doc.text.addElement(P(text='出访情况公示'))
para_ = P(text='团组成员2人'); n = Note(id='edn1', noteclass='endnote'); n.addElement(NoteCitation(text='i')); nb = NoteBody(); nb.addElement(P(text='成员姚某，护照号码EH4820176。')); n.addElement(nb)
para_.addElement(n); doc.text.addElement(para_); doc.save(os.path.join(OUT, 'o09_odfpy_endnote_passport.odt'))
label('o09_odfpy_endnote_passport.odt', 'review', ['passport'], ['EH4820176'], note='odfpy ODT endnote with a passport number after 护照号码')

# odfpy ODS with a hidden sheet of mobiles
doc = OpenDocumentSpreadsheet()
hs = Style(name='taHidden', family='table'); hs.addElement(TableProperties(display=False)); doc.automaticstyles.addElement(hs)
def sheet(nm, rows, style=None):
    t = Table(name=nm, stylename=style) if style else Table(name=nm)
    for r in rows:
        tr = TableRow()
        for c in r:
            tc_ = TableCell(valuetype='string'); tc_.addElement(P(text=str(c))); tr.addElement(tc_)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
sheet('汇总', [['项目', '金额（万元）'], ['培训费', '12.5']])
sheet('联系人', [['姓名', '手机'], ['严某', '18306915527']], 'taHidden')
doc.save(os.path.join(OUT, 'o10_odfpy_ods_hidden_sheet_mobile.ods'))
label('o10_odfpy_ods_hidden_sheet_mobile.ods', 'review', ['mobile_phone', 'hidden_content'], ['18306915527'], note='odfpy ODS: table style display=false hides a sheet with a mobile')

doc = OpenDocumentSpreadsheet(); hs = None
sheet('汇总', [['项目', '金额（万元）'], ['培训费', '12.5'], ['会议费', '8.3'], ['咨询电话', '12345']])
doc.save(os.path.join(OUT, 'o11_odfpy_ods_clean.ods'))
label('o11_odfpy_ods_clean.ods', 'pass', [], note='odfpy ODS: expense table and hotline; clean')

# odfpy ODP with notes holding a plate
doc = OpenDocumentPresentation()
pl = PageLayout(name='PL1'); doc.automaticstyles.addElement(pl); mp = MasterPage(name='Default', pagelayoutname=pl); doc.masterstyles.addElement(mp)
page = draw.Page(masterpagename=mp); doc.presentation.addElement(page)
fr = draw.Frame(width='20cm', height='3cm', x='2cm', y='2cm'); tb = draw.TextBox(); tb.addElement(P(text='车辆管理工作汇报')); fr.addElement(tb); page.addElement(fr)
notes = presentation.Notes(); nf = draw.Frame(width='16cm', height='10cm', x='2cm', y='12cm'); ntb = draw.TextBox(); ntb.addElement(P(text='提到的违规车辆是赣C6J803，不点名。')); nf.addElement(ntb); notes.addElement(nf); page.addElement(notes)
doc.save(os.path.join(OUT, 'o12_odfpy_odp_notes_plate.odp'))
label('o12_odfpy_odp_notes_plate.odp', 'review', ['license_plate'], note='odfpy ODP: presentation:notes frame names a plate')

write_labels('labels_odf.json')
