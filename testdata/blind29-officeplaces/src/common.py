"""Shared helpers for blind29 generators: check digits, zip patching, chart/SmartArt XML."""
import zipfile, re, os, json, io

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
LABELS = []

def label(file, verdict, cats, raw=(), note=''):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": list(cats),
                   "raw_values": list(raw), "note": note})

def rid(prefix17):
    w = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    s = sum(int(c)*k for c, k in zip(prefix17, w))
    return prefix17 + "10X98765432"[s % 11]

def luhn(prefix):
    # append check digit
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

def patch_zip(src, dst, edits=None, add=None, drop=()):
    """edits: {partname: func(str)->str}; add: {partname: bytes|str}"""
    edits = edits or {}; add = dict(add or {})
    zin = zipfile.ZipFile(src)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        for n in names:
            if n in drop: continue
            data = zin.read(n)
            if n in edits:
                data = edits[n](data.decode('utf-8')).encode('utf-8')
            if n in add:
                v = add.pop(n); data = v.encode('utf-8') if isinstance(v, str) else v
            zout.writestr(n, data)
        for n, v in add.items():
            zout.writestr(n, v.encode('utf-8') if isinstance(v, str) else v)
    zin.close()
    with open(dst, 'wb') as f:
        f.write(buf.getvalue())

def add_ct(ct, part, ctype):
    return ct.replace('</Types>', f'<Override PartName="/{part}" ContentType="{ctype}"/></Types>')

def add_default_ct(ct, ext, ctype):
    if f'Extension="{ext}"' in ct: return ct
    return ct.replace('</Types>', f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>')

def add_rel(rels, rid_, rtype, target, external=False):
    mode = ' TargetMode="External"' if external else ''
    return rels.replace('</Relationships>', f'<Relationship Id="{rid_}" Type="{rtype}" Target="{esc(target)}"{mode}/></Relationships>')

def new_rels(items):
    s = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    for rid_, rtype, target, ext in items:
        mode = ' TargetMode="External"' if ext else ''
        s += f'<Relationship Id="{rid_}" Type="{rtype}" Target="{esc(target)}"{mode}/>'
    return s + '</Relationships>'

R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'
RT_CHART = R + '/chart'
RT_PACKAGE = R + '/package'

def chart_xml(title, series, cats, vals, ax_x='项目', ax_y='金额（万元）', data_label_text=None, external_rid=None):
    def strcache(items):
        return f'<c:strCache><c:ptCount val="{len(items)}"/>' + ''.join(
            f'<c:pt idx="{i}"><c:v>{esc(t)}</c:v></c:pt>' for i, t in enumerate(items)) + '</c:strCache>'
    def numcache(items):
        return f'<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{len(items)}"/>' + ''.join(
            f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(items)) + '</c:numCache>'
    def rich(t):
        return f'<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{esc(t)}</a:t></a:r></a:p></c:rich></c:tx>'
    n = len(cats)
    dl = ''
    if data_label_text:
        dl = ('<c:dLbls><c:dLbl><c:idx val="0"/>' + rich(data_label_text) +
              '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>'
              '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>')
    ext = f'<c:externalData r:id="{external_rid}"><c:autoUpdate val="0"/></c:externalData>' if external_rid else ''
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="{R}"><c:lang val="zh-CN"/><c:chart><c:title>{rich(title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f>{strcache([series])}</c:strRef></c:tx>{dl}<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n+1}</c:f>{strcache(cats)}</c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B${n+1}</c:f>{numcache(vals)}</c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:title>{rich(ax_x)}<c:overlay val="0"/></c:title><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:title>{rich(ax_y)}<c:overlay val="0"/></c:title><c:crossAx val="111"/></c:valAx></c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart>{ext}</c:chartSpace>'''

NS_DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram'

def smartart_parts(texts, prefix, drawing_texts=None):
    """returns dict of part-name -> xml for data/layout/quickStyle/colors/drawing under prefix (e.g. word/diagrams/)"""
    pts = '<dgm:pt modelId="{0}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'.format('{00000000-0000-0000-0000-000000000000}')
    cxns = ''
    for i, t in enumerate(texts, 1):
        mid = '{%08d-1111-2222-3333-444444444444}' % i
        pts += f'<dgm:pt modelId="{mid}"><dgm:prSet phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>{esc(t)}</a:t></a:r></a:p></dgm:t></dgm:pt>'
        cxns += f'<dgm:cxn modelId="{{%08d-9999-2222-3333-444444444444}}" srcId="{{00000000-0000-0000-0000-000000000000}}" destId="{mid}" srcOrd="{i-1}" destOrd="0"/>' % i
    data = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:dataModel xmlns:dgm="{NS_DGM}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="{R}"><dgm:ptLst>{pts}</dgm:ptLst><dgm:cxnLst>{cxns}</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="rIdDsp1" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>'''
    layout = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/process1"><dgm:title val=""/><dgm:desc val=""/><dgm:layoutNode name="Name0"/></dgm:layoutDef>'
    qs = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node0"/></dgm:styleDef>'
    cs = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/><dgm:styleLbl name="node0"/></dgm:colorsDef>'
    dtexts = drawing_texts if drawing_texts is not None else texts
    shapes = ''
    for i, t in enumerate(dtexts, 1):
        shapes += f'<dsp:sp modelId="{{%08d-aaaa-2222-3333-444444444444}}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{(i-1)*1800000}" y="0"/><a:ext cx="1600000" cy="900000"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom></dsp:spPr><dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>{esc(t)}</a:t></a:r></a:p></dsp:txBody></dsp:sp>' % i
    drawing = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dsp:drawing xmlns:dgm="{NS_DGM}" xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>{shapes}</dsp:spTree></dsp:drawing>'
    return {prefix+'data1.xml': data, prefix+'layout1.xml': layout, prefix+'quickStyle1.xml': qs,
            prefix+'colors1.xml': cs, prefix+'drawing1.xml': drawing}

SA_CT = {
 'data1.xml': 'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml',
 'layout1.xml': 'application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml',
 'quickStyle1.xml': 'application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml',
 'colors1.xml': 'application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml',
 'drawing1.xml': 'application/vnd.ms-office.drawingml.diagramDrawing+xml',
}
SA_RT = {
 'data1.xml': R + '/diagramData', 'layout1.xml': R + '/diagramLayout',
 'quickStyle1.xml': R + '/diagramQuickStyle', 'colors1.xml': R + '/diagramColors',
 'drawing1.xml': 'http://schemas.microsoft.com/office/2007/relationships/diagramDrawing',
}

def write_labels(fname):
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
