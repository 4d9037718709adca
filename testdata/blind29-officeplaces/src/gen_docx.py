"""DOCX files: python-docx base documents with hand-written XML structures patched in."""
import docx, re, os, io, zipfile, tempfile
from common import *

D = os.path.join(OUT)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def base(path, paras, title=None, author='办公室', header=None, footer=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title or ''; cp.comments = ''; cp.keywords = ''; cp.subject = ''
    for p in paras:
        d.add_paragraph(p)
    if header is not None:
        d.sections[0].header.paragraphs[0].text = header
    if footer is not None:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(path)

def drop_thumb(rels):
    return re.sub(r'<Relationship [^>]*thumbnail[^>]*/>', '', rels)

def make(name, paras, repl=None, add=None, ct=None, docrels=None, pkgrels=None, settings=None, extra_edits=None, **kw):
    """repl: {placeholder: raw xml replacing the whole paragraph holding it}"""
    tmp = os.path.join(tempfile.gettempdir(), 'b29_base.docx')
    base(tmp, paras, **kw)
    repl = repl or {}
    def ed_doc(s):
        for ph, xml in repl.items():
            s, n = re.subn(r'<w:p>(?:(?!<w:p>).)*?' + re.escape(ph) + r'.*?</w:p>', lambda m: xml, s, count=1, flags=re.S)
            assert n == 1, ph
        return s
    def ed_ct(s):
        s = s.replace('<Override PartName="/docProps/thumbnail.jpeg"', '<Override PartName="/x-none"')
        for part, ctype in (ct or []):
            s = add_ct(s, part, ctype) if not part.startswith('*') else add_default_ct(s, part[1:], ctype)
        return s
    def ed_rels(s):
        for r_ in (docrels or []):
            s = add_rel(s, *r_)
        return s
    def ed_pkg(s):
        s = drop_thumb(s)
        for r_ in (pkgrels or []):
            s = add_rel(s, *r_)
        return s
    edits = {'word/document.xml': ed_doc, '[Content_Types].xml': ed_ct,
             'word/_rels/document.xml.rels': ed_rels, '_rels/.rels': ed_pkg}
    if settings:
        edits['word/settings.xml'] = settings
    edits.update(extra_edits or {})
    patch_zip(tmp, os.path.join(D, name), edits=edits, add=add, drop=('docProps/thumbnail.jpeg',))

def run(t, rpr=''):
    return f'<w:r>{("<w:rPr>"+rpr+"</w:rPr>") if rpr else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'

def para(*runs, ppr=''):
    return '<w:p>' + (f'<w:pPr>{ppr}</w:pPr>' if ppr else '') + ''.join(runs) + '</w:p>'

INTRO = ['关于公布2026年度部门预算执行情况的说明', '根据《中华人民共和国预算法》和政府信息公开有关规定，现将本部门2026年度预算执行情况公开如下。']

def inline_chart(rid_, n=1):
    return (f'<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="3200400"/>'
            f'<wp:docPr id="{100+n}" name="图表 {n}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{rid_}"/>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')

def chart_doc(name, cx, wb=None, note='', **lab):
    add = {'word/charts/chart1.xml': cx}
    ct = [('word/charts/chart1.xml', CT_CHART)]
    if wb is not None:
        add['word/embeddings/Microsoft_Excel_Worksheet.xlsx'] = wb
        add['word/charts/_rels/chart1.xml.rels'] = new_rels([('rId1', RT_PACKAGE, '../embeddings/Microsoft_Excel_Worksheet.xlsx', False)])
        ct.append(('*xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
    make(name, INTRO + ['@@CHART@@', '注：数据来源于部门决算报表。'], repl={'@@CHART@@': inline_chart('rIdC1')},
         add=add, ct=ct, docrels=[('rIdC1', RT_CHART, 'charts/chart1.xml')])

def small_xlsx(rows, hidden_extra=None):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sheet1'
    for r in rows: ws.append(r)
    if hidden_extra:
        for r in hidden_extra: ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

CATS = ['基本支出', '项目支出', '上缴上级支出', '对附属单位补助']
VALS = [1523.6, 872.4, 0, 95.3]

# ---- charts
chart_doc('d01_chart_clean.docx', chart_xml('2026年度支出结构（万元）', '决算数', CATS, VALS),
          wb=small_xlsx([['项目', '决算数']] + [[c, v] for c, v in zip(CATS, VALS)]))
label('d01_chart_clean.docx', 'pass', [], note='python-docx + hand chart part: budget bar chart with title/axis titles/strCache/numCache and its embedded workbook; clean')

chart_doc('d02_chart_title_marking.docx', chart_xml('机密★1年', '决算数', CATS, VALS))
label('d02_chart_title_marking.docx', 'block', ['classified_marking'], note='hand chart in DOCX: chart title alone is 机密★1年')

m2 = '15802166390'
chart_doc('d03_chart_strcache_mobile.docx', chart_xml('各站点服务量', '服务人次', ['东城站（联系人手机' + m2 + '）', '西城站', '南站'], [320, 214, 187], ax_x='站点'))
label('d03_chart_strcache_mobile.docx', 'review', ['mobile_phone'], [m2], note='hand chart in DOCX: category c:strCache label carries a mobile after 手机')

id3 = rid('51010719790523401')
chart_doc('d04_chart_embedded_wb_id.docx', chart_xml('补助发放金额（元）', '发放金额', ['一季度', '二季度'], [12000, 13500]),
          wb=small_xlsx([['季度', '发放金额'], ['一季度', 12000], ['二季度', 13500], [None, None], ['领取人身份证号', id3]]))
label('d04_chart_embedded_wb_id.docx', 'block', ['id_card'], [id3], note='hand chart in DOCX whose embedded workbook (openpyxl) holds an ID as a string in a cell the chart does not plot')

chart_doc('d05_chart_datalabel_plate.docx', chart_xml('公务用车运行费用', '运行费', ['车辆1', '车辆2'], [3.2, 2.8], data_label_text='苏E7K512 3.2万元', ax_x='车辆'))
label('d05_chart_datalabel_plate.docx', 'review', ['license_plate'], note='hand chart in DOCX: custom data label rich text names a plate 苏E7K512')

# ---- SmartArt
def smartart_doc(name, texts, dtexts=None):
    parts = smartart_parts(texts, 'word/diagrams/', dtexts)
    ct = [(p, SA_CT[p.split('/')[-1]]) for p in parts]
    docrels = [('rIdD' + str(i), SA_RT[p.split('/')[-1]], p[len('word/'):]) for i, p in enumerate(parts) if not p.endswith('drawing1.xml')]
    docrels.append(('rIdDsp1', SA_RT['drawing1.xml'], 'diagrams/drawing1.xml'))
    graphic = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="1600000"/><wp:docPr id="201" name="图示 1"/><wp:cNvGraphicFramePr/>'
               '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
               '<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdD0" r:lo="rIdD1" r:qs="rIdD2" r:cs="rIdD3"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    make(name, ['行政许可办理流程', '申请人可按以下流程办理：', '@@SA@@', '咨询电话：12345'], repl={'@@SA@@': graphic}, add=parts, ct=ct, docrels=docrels)

smartart_doc('d06_smartart_clean.docx', ['提交申请', '受理审查', '作出决定', '送达'])
label('d06_smartart_clean.docx', 'pass', [], note='hand SmartArt (data1.xml + drawing1.xml) in python-docx doc: process steps; clean')
id6 = rid('44030419880216752')
smartart_doc('d07_smartart_data_id.docx', ['提交申请', '受理审查（经办人身份证号' + id6 + '）', '作出决定'], ['提交申请', '受理审查', '作出决定'])
label('d07_smartart_data_id.docx', 'block', ['id_card'], [id6], note='hand SmartArt: ID in dgm:pt text of diagrams/data1.xml only (drawing1.xml cache lacks it)')
smartart_doc('d08_smartart_drawing_marking.docx', ['提交申请', '受理审查', '作出决定'], ['秘密★1年', '受理审查', '作出决定'])
label('d08_smartart_drawing_marking.docx', 'block', ['classified_marking'], note='hand SmartArt: drawing1.xml (dsp) shape text is 秘密★1年 while data1.xml is clean (stale drawing cache as Word shows it)')

# ---- shapes
def anchor_shape(text_xml, docpr_id=301, name='文本框 1', descr='', title='', behind='0', vml_text=None, wordart=False):
    d = f' descr="{esc(descr)}"' if descr else ''
    t = f' title="{esc(title)}"' if title else ''
    warp = '<a:prstTxWarp prst="textArchUp"><a:avLst/></a:prstTxWarp>' if wordart else ''
    choice = (f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="{behind}" locked="0" layoutInCell="1" allowOverlap="1">'
              '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="2743200" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{docpr_id}" name="{name}"{d}{t}/><wp:cNvGraphicFramePr/>'
              '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
              f'<wps:txbx><w:txbxContent>{text_xml}</w:txbxContent></wps:txbx><wps:bodyPr>{warp}</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>')
    vt = text_xml if vml_text is None else vml_text
    fallback = f'<w:pict><v:shape id="_x0000_s{docpr_id}" type="#_x0000_t202" style="position:absolute;width:216pt;height:36pt"><v:textbox><w:txbxContent>{vt}</w:txbxContent></v:textbox></v:shape></w:pict>'
    return f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{choice}</w:drawing></mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>'

ip9 = 'http://10.32.7.15/oa/fileview'
make('d09_txbx_vml_fallback_ip.docx', INTRO + ['@@SH@@'], repl={'@@SH@@': para(run('详见附件。'), anchor_shape(para(run('附件下载'), ), vml_text=para(run('附件原件：' + ip9))))})
label('d09_txbx_vml_fallback_ip.docx', 'review', ['internal_address'], note='python-docx + hand mc:AlternateContent: wps:txbx says 附件下载, the v:textbox VML fallback holds an intranet URL 10.32.7.15')

make('d10_txbx_clean.docx', INTRO + ['@@SH@@'], repl={'@@SH@@': para(run('办事指南如下。'), anchor_shape(para(run('政务服务热线：12345'))))})
label('d10_txbx_clean.docx', 'pass', [], note='wps:txbx text box + identical VML fallback: hotline 12345; clean')

make('d11_wordart_clean.docx', ['@@SH@@'] + INTRO, repl={'@@SH@@': para(anchor_shape(para(run('喜迎新春 共建美好家园', '<w:sz w:val="48"/>')), name='艺术字 1', wordart=True))})
label('d11_wordart_clean.docx', 'pass', [], note='WordArt-style wps shape with prstTxWarp textArchUp: slogan; clean')

id12 = rid('37020219900817261')
grp = ('<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
       '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
       '<wp:extent cx="4000000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="401" name="组合 1"/><wp:cNvGraphicFramePr/>'
       '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="900000"/><a:chOff x="0" y="0"/><a:chExt cx="4000000" cy="900000"/></a:xfrm></wpg:grpSpPr>'
       '<wps:wsp><wps:cNvPr id="402" name="矩形 2"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>' + para(run('申请人：王某')) + '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
       '<wps:wsp><wps:cNvPr id="403" name="矩形 3"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="2000000" y="0"/><a:ext cx="2000000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>' + para(run('身份证号：' + id12)) + '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
       '</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:group style="width:315pt;height:71pt"><v:shape type="#_x0000_t202"><v:textbox><w:txbxContent>' + para(run('申请人：王某')) + '</w:txbxContent></v:textbox></v:shape></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
make('d12_group_shape_id.docx', ['行政许可决定书', '@@G@@', '经审查，申请材料齐全，准予许可。'], repl={'@@G@@': para(grp)})
label('d12_group_shape_id.docx', 'block', ['id_card'], [id12], note='wpg:wgp group of two wps text boxes; the second holds an ID (VML fallback group shows only the first)')

make('d13_behind_text_internal.docx', INTRO + ['@@SH@@'], repl={'@@SH@@': para(anchor_shape(para(run('内部资料 注意保存', '<w:color w:val="D9D9D9"/><w:sz w:val="72"/>')), behind='1', name='文本框 9'))})
label('d13_behind_text_internal.docx', 'review', ['sensitive_term'], note='wps text box anchored behindDoc=1 in light grey: 内部资料 注意保存 stands alone as a label')

m14 = '18629513307'
make('d14_alttext_descr_mobile.docx', INTRO + ['@@SH@@'], repl={'@@SH@@': para(anchor_shape(para(run('现场照片说明')), descr='拍摄：李某，手机' + m14, title='现场'))})
label('d14_alttext_descr_mobile.docx', 'review', ['mobile_phone'], [m14], note='wp:docPr descr (alt text) of a text box holds a mobile after 手机')

make('d15_alttext_clean.docx', INTRO + ['@@SH@@'], repl={'@@SH@@': para(anchor_shape(para(run('图1')), descr='市民服务中心外景', title='办公地点'))})
label('d15_alttext_clean.docx', 'pass', [], note='wp:docPr descr/title alt text: building exterior; clean')

# header shape
hdr_shape = anchor_shape(para(run('秘密★5年', '<w:b/>')), docpr_id=501, name='页眉文本框')
make('d16_header_shape_marking.docx', INTRO, header='', extra_edits={'word/header1.xml': lambda s: s.replace('<w:p>', '<w:p>' , 1)})
# python-docx header part name varies; patch after the fact
zin = zipfile.ZipFile(os.path.join(D, 'd16_header_shape_marking.docx'))
hname = [n for n in zin.namelist() if n.startswith('word/header')][0]
zin.close()
def hed(s):
    s = s.replace('<w:hdr ', '<w:hdr xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" ', 1) if 'xmlns:wps' not in s else s
    return re.sub(r'<w:p>.*?</w:p>|<w:p/>', lambda m: para(hdr_shape), s, count=1, flags=re.S)
patch_zip(os.path.join(D, 'd16_header_shape_marking.docx'), os.path.join(D, 'd16_header_shape_marking.docx'), edits={hname: hed})
label('d16_header_shape_marking.docx', 'block', ['classified_marking'], note='python-docx header part holding a wps text box (with VML fallback) reading 秘密★5年')

# ---- fields and controls
sdt_clean = ('<w:sdt><w:sdtPr><w:alias w:val="联系电话"/><w:tag w:val="phone"/><w:showingPlcHdr/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:b29:form\'" w:xpath="/ns0:form[1]/ns0:phone[1]" w:storeItemID="{5A1F0C3E-0000-4B29-9C29-000000000029}"/><w:text/></w:sdtPr>'
             '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击此处输入联系电话</w:t></w:r></w:sdtContent></w:sdt>')
cx_clean = '<?xml version="1.0" encoding="UTF-8" standalone="no"?><form xmlns="urn:b29:form"><phone>12345</phone><office>市政务服务中心</office></form>'
cxp = '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{5A1F0C3E-0000-4B29-9C29-000000000029}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:b29:form"/></ds:schemaRefs></ds:datastoreItem>'
def cx_parts(xml):
    return {'customXml/item9.xml': xml, 'customXml/itemProps9.xml': cxp,
            'customXml/_rels/item9.xml.rels': new_rels([('rId1', R + '/customXmlProps', 'itemProps9.xml', False)])}
make('d17_sdt_placeholder_clean.docx', ['便民服务事项公告', '@@S@@', '工作时间：周一至周五 9:00—17:00'], repl={'@@S@@': para(run('咨询电话：'), sdt_clean)},
     add=cx_parts(cx_clean), ct=[('customXml/itemProps9.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')],
     docrels=[('rIdX9', R + '/customXml', '../customXml/item9.xml')])
label('d17_sdt_placeholder_clean.docx', 'pass', [], note='w:sdt showing placeholder text, data-bound to a customXml item holding hotline 12345; clean')

card18 = luhn('621483123456789012'[:18])
sdt_card = ('<w:sdt><w:sdtPr><w:alias w:val="收款卡号"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:b29:form\'" w:xpath="/ns0:form[1]/ns0:card[1]" w:storeItemID="{5A1F0C3E-0000-4B29-9C29-000000000029}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{card18}</w:t></w:r></w:sdtContent></w:sdt>')
make('d18_sdt_bound_card.docx', ['补助资金发放确认单', '@@S@@', '发放单位：区民政局'], repl={'@@S@@': para(run('收款人：赵某  银行卡号：'), sdt_card)},
     add=cx_parts(f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><form xmlns="urn:b29:form"><card>{card18}</card></form>'),
     ct=[('customXml/itemProps9.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml')], docrels=[('rIdX9', R + '/customXml', '../customXml/item9.xml')])
label('d18_sdt_bound_card.docx', 'block', ['bank_card'], [card18], note='w:sdt plain-text control data-bound to customXml; UnionPay 62 card (Luhn) after 银行卡号 in the control and in the custom XML item')

m19 = '13581962044'
ff = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val="' + m19 + '"/><w:maxLength w:val="11"/></w:textInput></w:ffData></w:fldChar></w:r>'
      '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>' + m19 + '</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
make('d19_formtext_default_mobile.docx', ['志愿者报名表（样表）', '@@F@@', '填表说明：请如实填写。'], repl={'@@F@@': para(run('联系手机：'), ff)})
label('d19_formtext_default_mobile.docx', 'review', ['mobile_phone'], [m19], note='legacy FORMTEXT form field: w:ffData/w:textInput/w:default and the field result both hold a mobile after 联系手机')

ff2 = ff.replace(m19, '（请填写）', 1).replace('<w:t>' + m19 + '</w:t>', '<w:t>（请填写）</w:t>').replace('<w:maxLength w:val="11"/>', '')
make('d20_formtext_clean.docx', ['志愿者报名表（样表）', '@@F@@', '填表说明：请如实填写。'], repl={'@@F@@': para(run('联系电话：'), ff2)})
label('d20_formtext_clean.docx', 'pass', [], note='legacy FORMTEXT with default text （请填写）; clean')

url21 = 'http://192.168.40.12/docs/2026/renyuan.xlsx'
hl = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "' + url21 + '" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
      '<w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t>附件：人员名单</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
make('d21_field_hyperlink_intranet.docx', INTRO + ['@@H@@'], repl={'@@H@@': para(hl)})
label('d21_field_hyperlink_intranet.docx', 'review', ['internal_address'], note='HYPERLINK field: w:instrText targets a 192.168 intranet URL, the result shows only 附件：人员名单 (no relationship)')

mf = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD 单位名称 \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
      '<w:r><w:t>«单位名称»</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
make('d22_mergefield_clean.docx', ['通知', '@@M@@', '请于本月底前报送年度报告。'], repl={'@@M@@': para(mf, run('：'))})
label('d22_mergefield_clean.docx', 'pass', [], note='MERGEFIELD 单位名称 with «单位名称» result; clean')

id23 = rid('32010619760930481')
def docvars(val):
    return lambda s: s.replace('</w:settings>', f'<w:docVars><w:docVar w:name="OA_Drafter" w:val="{esc(val)}"/><w:docVar w:name="OA_DocNo" w:val="办〔2026〕17号"/></w:docVars></w:settings>')
make('d23_docvars_id.docx', INTRO + ['本说明自发布之日起施行。'], settings=docvars('拟稿人：孙某 身份证号' + id23))
label('d23_docvars_id.docx', 'block', ['id_card'], [id23], note='w:docVars in settings.xml (OA-filled, shown nowhere): drafter ID')
make('d24_docvars_clean.docx', INTRO + ['本说明自发布之日起施行。'], settings=docvars('拟稿单位：综合科'))
label('d24_docvars_clean.docx', 'pass', [], note='w:docVars with drafting unit and 文号; clean')

bm = para('<w:bookmarkStart w:id="0" w:name="_Toc201300001"/>', run('一、收入预算'), '<w:bookmarkEnd w:id="0"/>') + para('<w:bookmarkStart w:id="1" w:name="二季度数据"/>', run('二、支出预算'), '<w:bookmarkEnd w:id="1"/>')
make('d25_bookmarks_clean.docx', INTRO + ['@@B@@'], repl={'@@B@@': bm})
label('d25_bookmarks_clean.docx', 'pass', [], note='bookmarks named _Toc… and 二季度数据; clean')

# glossary
gl = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="' + W + '"><w:docParts><w:docPart><w:docPartPr><w:name w:val="页眉标注"/><w:category><w:name w:val="常规"/><w:gallery w:val="autoTxt"/></w:category><w:guid w:val="{6B0A7D1E-29AA-4B29-8F00-000000000001}"/></w:docPartPr>'
      '<w:docPartBody><w:p><w:r><w:t>{TXT}</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
def gloss(name, txt):
    make(name, INTRO, add={'word/glossary/document.xml': gl.replace('{TXT}', esc(txt))},
         ct=[('word/glossary/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml')],
         docrels=[('rIdG1', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument', 'glossary/document.xml')])
gloss('d26_glossary_marking.docx', '机密★10年')
label('d26_glossary_marking.docx', 'block', ['classified_marking'], note='word/glossary/document.xml building block (AutoText) whose body is 机密★10年')
gloss('d27_glossary_clean.docx', '××市人民政府办公室')
label('d27_glossary_clean.docx', 'pass', [], note='glossary building block holding the office name; clean')

id28 = rid('42010219830412563')
html = f'<html><head><meta charset="utf-8"></head><body><p>附：补贴对象</p><table><tr><td>姓名</td><td>身份证号</td></tr><tr><td>周某某</td><td>{id28}</td></tr></table></body></html>'
make('d28_altchunk_html_id.docx', INTRO + ['@@A@@'], repl={'@@A@@': '<w:altChunk r:id="rIdAC1"/>'}, add={'word/afchunk.htm': html},
     ct=[('*htm', 'text/html')], docrels=[('rIdAC1', R + '/aFChunk', 'afchunk.htm')])
label('d28_altchunk_html_id.docx', 'block', ['id_card'], [id28], note='w:altChunk importing an HTML part with an ID in a table')

omml = ('<m:oMathPara><m:oMath><m:r><m:t>增长率</m:t></m:r><m:r><m:t>=</m:t></m:r><m:f><m:num><m:r><m:t>2026年数−2025年数</m:t></m:r></m:num><m:den><m:r><m:t>2025年数</m:t></m:r></m:den></m:f><m:r><m:t>×100%</m:t></m:r></m:oMath></m:oMathPara>')
make('d29_omml_clean.docx', INTRO + ['@@E@@'], repl={'@@E@@': '<w:p>' + omml + '</w:p>'})
label('d29_omml_clean.docx', 'pass', [], note='OMML equation (m:t) for a growth rate; clean')

ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>chóng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>重</w:t></w:r></w:rubyBase></w:ruby></w:r>')
make('d30_ruby_clean.docx', ['生僻字注音示例', '@@R@@'], repl={'@@R@@': para(ruby, run('庆市的“重”读作chóng。'))})
label('d30_ruby_clean.docx', 'pass', [], note='w:ruby phonetic guide; clean')

# hidden / revisions
make('d31_vanish_note.docx', INTRO + ['@@V@@'], repl={'@@V@@': para(run('全年支出总体平稳。'), run('（编者注：第三季度数据与财政局口径不一致，暂不对外说明）', '<w:vanish/>'))})
label('d31_vanish_note.docx', 'review', ['hidden_content'], note='w:vanish hidden run holding an editor note')

id32 = rid('61010319950101178')
dl = f'<w:del w:id="11" w:author="审校" w:date="2026-11-02T10:00:00Z"><w:r><w:delText xml:space="preserve">（申请人身份证号{id32}）</w:delText></w:r></w:del>'
make('d32_del_id.docx', ['行政处罚决定书', '@@D@@', '如不服本决定，可依法申请行政复议。'], repl={'@@D@@': para(run('当事人：钱某'), dl, run('，经查违反相关规定。'))})
label('d32_del_id.docx', 'block', ['id_card', 'hidden_content'], [id32], note='w:del tracked deletion (w:delText) holding an ID')

ins = '<w:ins w:id="12" w:author="审校" w:date="2026-11-02T10:00:00Z"><w:r><w:t>（按程序报批后执行）</w:t></w:r></w:ins>'
make('d33_ins_clean_text.docx', INTRO + ['@@I@@'], repl={'@@I@@': para(run('项目资金据实列支'), ins, run('。'))})
label('d33_ins_clean_text.docx', 'review', ['hidden_content'], note='w:ins tracked insertion of harmless words: tracked changes go to a person per docs')

m34 = '17710348825'
mv = (f'<w:moveFrom w:id="13" w:author="审校" w:date="2026-11-02T10:00:00Z"><w:r><w:t>联系人手机{m34}。</w:t></w:r></w:moveFrom>')
make('d34_movefrom_mobile.docx', INTRO + ['@@MV@@'], repl={'@@MV@@': '<w:p><w:moveFromRangeStart w:id="20" w:name="move1" w:author="审校" w:date="2026-11-02T10:00:00Z"/>' + mv + '<w:moveFromRangeEnd w:id="20"/></w:p>'})
label('d34_movefrom_mobile.docx', 'review', ['mobile_phone', 'hidden_content'], [m34], note='w:moveFrom (moved-away text, tracked) holding a mobile')

cm = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="' + W + '" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:comment w:id="0" w:author="审校" w:date="2026-11-02T10:00:00Z" w:initials="SJ">'
      '<w:p w14:paraId="1A2B3C4D"><w:r><w:t>{TXT}</w:t></w:r></w:p></w:comment></w:comments>')
cmx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/></w15:commentsEx>')
def comment_doc(name, txt):
    body = para('<w:commentRangeStart w:id="0"/>', run('车辆运行维护费12.6万元。'), '<w:commentRangeEnd w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>')
    make(name, INTRO + ['@@C@@'], repl={'@@C@@': body}, add={'word/comments.xml': cm.replace('{TXT}', esc(txt)), 'word/commentsExtended.xml': cmx},
         ct=[('word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'), ('word/commentsExtended.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml')],
         docrels=[('rIdCm1', R + '/comments', 'comments.xml'), ('rIdCm2', 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended', 'commentsExtended.xml')])
comment_doc('d35_comment_plate.docx', '含鄂A5Q378维修费，是否单列？')
label('d35_comment_plate.docx', 'review', ['license_plate', 'hidden_content'], note='comments.xml + commentsExtended.xml: comment names plate 鄂A5Q378')

pp36 = 'E87615023'
def notes_doc(name, kind, txt):
    tag = 'footnote' if kind == 'f' else 'endnote'
    ref = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Reference w:id="1"/></w:r>'
    part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag}s xmlns:w="{W}"><w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}><w:{tag} w:id="1"><w:p><w:r><w:t>{esc(txt)}</w:t></w:r></w:p></w:{tag}></w:{tag}s>')
    make(name, INTRO + ['@@N@@'], repl={'@@N@@': para(run('本次出访团组共3人'), ref, run('。'))}, add={f'word/{tag}s.xml': part},
         ct=[(f'word/{tag}s.xml', f'application/vnd.openxmlformats-officedocument.wordprocessingml.{tag}s+xml')], docrels=[('rIdFn1', R + f'/{tag}s', f'{tag}s.xml')])
notes_doc('d36_footnote_passport.docx', 'f', '团长吴某，护照号码' + pp36 + '。')
label('d36_footnote_passport.docx', 'review', ['passport'], [pp36], note='footnote holding a passport number after 护照号码')
notes_doc('d37_endnote_clean.docx', 'e', '资料来源：市统计局《2026年统计年鉴》，咨询电话12345。')
label('d37_endnote_clean.docx', 'pass', [], note='endnote citing a source and hotline 12345; clean')

make('d38_framepr_marking.docx', ['@@FR@@', '关于开展专项检查工作的通知', '各有关单位：现将有关事项通知如下。'],
     repl={'@@FR@@': para(run('秘密★1年', '<w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/>'), ppr='<w:framePr w:w="2800" w:h="600" w:hRule="exact" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="7800" w:y="1400"/><w:jc w:val="right"/>')})
label('d38_framepr_marking.docx', 'block', ['classified_marking'], note='w:framePr frame paragraph at page top right holding 秘密★1年')

# properties
def props_doc(name, core_edit=None, app_edit=None, custom=None):
    add = {}
    ct = []; pk = []
    if custom:
        add['docProps/custom.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
            ''.join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i+2}" name="{esc(k)}"><vt:lpwstr>{esc(v)}</vt:lpwstr></property>' for i, (k, v) in enumerate(custom)) + '</Properties>')
        ct.append(('docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml'))
        pk.append(('rIdCu1', R + '/custom-properties', 'docProps/custom.xml'))
    ed = {}
    if core_edit: ed['docProps/core.xml'] = core_edit
    if app_edit: ed['docProps/app.xml'] = app_edit
    make(name, INTRO + ['特此说明。'], add=add, ct=ct, pkgrels=pk, extra_edits=ed)

m39 = '13907314426'
props_doc('d39_core_keywords_mobile.docx', core_edit=lambda s: re.sub(r'<cp:keywords>.*?</cp:keywords>|<cp:keywords/>', f'<cp:keywords>预算;联系人手机{m39}</cp:keywords>', s))
label('d39_core_keywords_mobile.docx', 'review', ['mobile_phone'], [m39], note='docProps/core.xml cp:keywords holds a mobile after 联系人手机 (properties are read; the problem counts)')
props_doc('d40_props_clean.docx', app_edit=lambda s: s.replace('</Properties>', '<Company>××市财政局</Company><Manager>预算科</Manager></Properties>'),
          custom=[('发布部门', '××市财政局'), ('公开属性', '主动公开')])
label('d40_props_clean.docx', 'pass', [], note='app Company/Manager and custom properties 公开属性=主动公开; metadata is info only')
props_doc('d41_custom_prop_marking.docx', custom=[('密级', '秘密★1年'), ('公开属性', '不予公开')])
label('d41_custom_prop_marking.docx', 'block', ['classified_marking'], note='docProps/custom.xml property 密级 = 秘密★1年 in a file whose body is an open notice')

write_labels('labels_docx.json')
