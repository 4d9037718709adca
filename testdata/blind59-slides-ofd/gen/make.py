#!/usr/bin/env python3
"""Generator of blind59-slides-ofd: presentations and OFD packages as offices make them.
Writes into the folder above gen/ (or argv[1]). Needs node with pptxgenjs (NODE_PATH, default
/tmp/b59node/node_modules), soffice, ImageMagick convert with Noto CJK fonts. All values invented."""
import io, json, os, re, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..'))
TMP = tempfile.mkdtemp(prefix='b59_')
FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
LABELS = []

def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + '10X98765432'[sum(int(a) * b for a, b in zip(body17, w)) % 11]

def luhn(prefix):
    digits = [int(c) for c in prefix]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return prefix + str((10 - s % 10) % 10)

V = {
    'ID3': gb11643('33010219870315451'), 'ID22': gb11643('51010419920708372'),
    'ID27': gb11643('42011119780921146'), 'IDOFD': gb11643('33010619850312451'),
    'IDTAG': gb11643('32058319900517283'), 'IDODP': gb11643('44030519880226517'),
    'CARDGRP': luhn('621700123456789012'), 'CARDOFD': luhn('622848032165439787'),
}

def label(f, verdict, cats, raw, note):
    LABELS.append({'file': f, 'expect_verdict': verdict, 'expect_categories': cats, 'raw_values': raw, 'note': note})

def sh(*a, **k):
    subprocess.run(a, check=True, **k)

# ---------------- pictures ----------------
IMG = os.path.join(TMP, 'img'); os.makedirs(IMG)
def picture(path, w, h, lines):
    args = ['convert', '-size', f'{w}x{h}', 'xc:white', '-font', FONT, '-fill', 'black']
    for (x, y, size, text) in lines:
        args += ['-pointsize', str(size), '-annotate', f'+{x}+{y}', text]
    sh(*args, path)
picture(os.path.join(IMG, 'marking.png'), 1600, 900, [(440, 260, 120, '机密★5年'), (300, 520, 64, '关于重点项目用地的请示')])
picture(os.path.join(IMG, 'cleanslide.png'), 1600, 900, [(300, 260, 96, '政务公开工作培训'), (420, 480, 56, '县政务公开办公室'), (500, 600, 48, '二〇二六年三月')])
sh('convert', '-size', '800x480', 'gradient:#8fb8de-#2f5f8a', '-fill', '#c9a66b', '-draw', 'rectangle 80,260 720,470', '-fill', '#5a7d3a', '-draw', 'circle 650,120 700,150', os.path.join(IMG, 'photo.png'))
picture(os.path.join(IMG, 'ofdmarking.png'), 900, 160, [(40, 115, 96, '秘密★1年')])
picture(os.path.join(IMG, 'scan.png'), 1240, 1754, [(330, 260, 64, '某县人民政府办公室'), (260, 380, 48, '关于开展春季植树活动的通知'),
    (140, 520, 36, '各乡镇人民政府，县直各单位：'), (200, 600, 36, '为推进国土绿化，定于三月中旬开展'), (140, 670, 36, '春季义务植树活动，请各单位按时参加。'),
    (700, 900, 36, '某县人民政府办公室'), (760, 970, 36, '2026年3月2日')])

# ---------------- pptxgenjs ----------------
js = open(os.path.join(HERE, 'slides.js'), encoding='utf-8').read()
for k, v in V.items(): js = js.replace('%' + k + '%', v)
jsf = os.path.join(TMP, 'slides.js'); open(jsf, 'w', encoding='utf-8').write(js)
env = dict(os.environ); env.setdefault('NODE_PATH', '/tmp/b59node/node_modules')
sh('node', jsf, OUT, IMG, env=env)

# ---------------- OOXML editing helpers ----------------
def read_zip(p):
    with zipfile.ZipFile(p) as z:
        return {n: z.read(n) for n in z.namelist()}
def write_zip(p, parts):
    with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
        order = ['[Content_Types].xml'] + [n for n in parts if n != '[Content_Types].xml']
        for n in order: z.writestr(n, parts[n])
def s(parts, n): return parts[n].decode('utf-8')
def put(parts, n, text): parts[n] = text.encode('utf-8') if isinstance(text, str) else text
def add_ct_override(parts, name, ctype):
    ct = s(parts, '[Content_Types].xml')
    ct = ct.replace('</Types>', f'<Override PartName="/{name}" ContentType="{ctype}"/></Types>')
    put(parts, '[Content_Types].xml', ct)
def add_ct_default(parts, ext, ctype):
    ct = s(parts, '[Content_Types].xml')
    if f'Extension="{ext}"' not in ct:
        ct = ct.replace('</Types>', f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>')
    put(parts, '[Content_Types].xml', ct)
def add_rel(parts, relsname, rid, rtype, target, ext=False):
    r = s(parts, relsname)
    mode = ' TargetMode="External"' if ext else ''
    r = r.replace('</Relationships>', f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"{mode}/></Relationships>')
    put(parts, relsname, r)
def add_to_sptree(parts, n, xml):
    t = s(parts, n)
    i = t.rfind('</p:spTree>')
    put(parts, n, t[:i] + xml + t[i:])
NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
EMU = 914400
def sp(id_, name, x, y, w, h, text, extra_rpr='', nvpr='<p:nvPr/>', size=1800):
    paras = ''.join(f'<a:p><a:r><a:rPr lang="zh-CN" sz="{size}"{extra_rpr}/><a:t>{t}</a:t></a:r></a:p>' for t in text.split('\n'))
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{id_}" name="{name}"/><p:cNvSpPr txBox="1"/>{nvpr}</p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="{int(x*EMU)}" y="{int(y*EMU)}"/><a:ext cx="{int(w*EMU)}" cy="{int(h*EMU)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{paras}</p:txBody></p:sp>')
def base(name='_base.pptx'): return read_zip(os.path.join(OUT, name))

# s05/s06 grouped shapes
def group(text1, text2):
    return ('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="40" name="组合 3"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            f'<p:grpSpPr><a:xfrm><a:off x="{int(5.2*EMU)}" y="{int(3.0*EMU)}"/><a:ext cx="{int(4.4*EMU)}" cy="{int(1.6*EMU)}"/>'
            f'<a:chOff x="{int(5.2*EMU)}" y="{int(3.0*EMU)}"/><a:chExt cx="{int(4.4*EMU)}" cy="{int(1.6*EMU)}"/></a:xfrm></p:grpSpPr>'
            '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="41" name="组合 2"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            f'<p:grpSpPr><a:xfrm><a:off x="{int(5.2*EMU)}" y="{int(3.0*EMU)}"/><a:ext cx="{int(4.4*EMU)}" cy="{int(1.6*EMU)}"/>'
            f'<a:chOff x="{int(5.2*EMU)}" y="{int(3.0*EMU)}"/><a:chExt cx="{int(4.4*EMU)}" cy="{int(1.6*EMU)}"/></a:xfrm></p:grpSpPr>'
            + sp(42, '文本框 1', 5.2, 3.0, 4.4, 0.6, text1, size=1400) + sp(43, '文本框 2', 5.2, 3.7, 4.4, 0.8, text2, size=1400) +
            '</p:grpSp></p:grpSp>')
p = base(); add_to_sptree(p, 'ppt/slides/slide1.xml', group('补贴发放账户信息', f'领取人：杨春华\n银行卡号：{V["CARDGRP"]}'))
write_zip(os.path.join(OUT, 's05_group_card.pptx'), p)
label('s05_group_card.pptx', 'block', ['bank_card'], [V['CARDGRP']], 'pptx (pptxgenjs + hand-edited slide1.xml): a group inside a group holds 银行卡号 with a Luhn-valid UnionPay 62… number of a person')
p = base(); add_to_sptree(p, 'ppt/slides/slide1.xml', group('补贴发放账户信息', '发放方式：“一卡通”代发\n咨询电话：12345'))
write_zip(os.path.join(OUT, 's06_group_clean.pptx'), p)
label('s06_group_clean.pptx', 'pass', [], [], 'clean twin of s05: nested group with a hotline only')

# s07/s08 SmartArt (data model + drawing cache written by hand)
def smartart(nodes):
    D = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pts = '<dgm:pt modelId="{00000000-0000-0000-0000-000000000001}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/process1"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></dgm:t></dgm:pt>'
    cx = ''
    for i, t in enumerate(nodes):
        mid = '{00000000-0000-0000-0000-0000000001%02d}' % i
        pts += f'<dgm:pt modelId="{mid}"><dgm:prSet phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>{t}</a:t></a:r></a:p></dgm:t></dgm:pt>'
        cx += f'<dgm:cxn modelId="{{00000000-0000-0000-0000-0000000002{i:02d}}}" srcId="{{00000000-0000-0000-0000-000000000001}}" destId="{mid}" srcOrd="{i}" destOrd="0"/>'
    data = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel {D}><dgm:ptLst>{pts}</dgm:ptLst><dgm:cxnLst>{cx}</dgm:cxnLst><dgm:bg/><dgm:whole/>'
            '<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="rIdD5" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')
    shapes = ''
    for i, t in enumerate(nodes):
        shapes += (f'<dsp:sp modelId="{{10000000-0000-0000-0000-0000000001{i:02d}}}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
                   f'<dsp:spPr><a:xfrm><a:off x="{i*1900000}" y="600000"/><a:ext cx="1600000" cy="1000000"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom></dsp:spPr>'
                   f'<dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" sz="1600"/><a:t>{t}</a:t></a:r></a:p></dsp:txBody></dsp:sp>')
    drawing = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               f'<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>{shapes}</dsp:spTree></dsp:drawing>')
    layout = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:layoutDef {D} uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/process1"><dgm:title val=""/><dgm:desc val=""/><dgm:layoutNode name="Name0"/></dgm:layoutDef>'
    style = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:styleDef {D} uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d></dgm:styleDef>'
    colors = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:colorsDef {D} uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/></dgm:colorsDef>'
    p = base()
    for n, body, ct in [('data1', data, 'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml'),
                        ('layout1', layout, 'application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml'),
                        ('quickStyle1', style, 'application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml'),
                        ('colors1', colors, 'application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml'),
                        ('drawing1', drawing, 'application/vnd.ms-office.drawingml.diagramDrawing+xml')]:
        put(p, f'ppt/diagrams/{n}.xml', body); add_ct_override(p, f'ppt/diagrams/{n}.xml', ct)
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    rels = 'ppt/slides/_rels/slide1.xml.rels'
    add_rel(p, rels, 'rIdD1', R + 'diagramData', '../diagrams/data1.xml')
    add_rel(p, rels, 'rIdD2', R + 'diagramLayout', '../diagrams/layout1.xml')
    add_rel(p, rels, 'rIdD3', R + 'diagramQuickStyle', '../diagrams/quickStyle1.xml')
    add_rel(p, rels, 'rIdD4', R + 'diagramColors', '../diagrams/colors1.xml')
    add_rel(p, rels, 'rIdD5', 'http://schemas.microsoft.com/office/2007/relationships/diagramDrawing', '../diagrams/drawing1.xml')
    gf = ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="50" name="图示 1"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
          f'<p:xfrm><a:off x="{int(0.6*EMU)}" y="{int(3.2*EMU)}"/><a:ext cx="{int(8.8*EMU)}" cy="{int(2.0*EMU)}"/></p:xfrm>'
          '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdD1" r:lo="rIdD2" r:qs="rIdD3" r:cs="rIdD4"/></a:graphicData></a:graphic></p:graphicFrame>')
    add_to_sptree(p, 'ppt/slides/slide1.xml', gf)
    return p
write_zip(os.path.join(OUT, 's07_smartart_marking.pptx'), smartart(['秘密★1年', '征地补偿方案', '报县政府常务会']))
label('s07_smartart_marking.pptx', 'block', ['classified_marking'], [], 'pptx SmartArt (hand-written dgm data + dsp drawing cache): one process node is 秘密★1年 (a marking with ★ alone in its node)')
write_zip(os.path.join(OUT, 's08_smartart_clean.pptx'), smartart(['申请', '受理', '审核', '公开']))
label('s08_smartart_clean.pptx', 'pass', [], [], 'clean twin of s07: SmartArt process 申请→受理→审核→公开')

# s09 chart: the embedded workbook gets a cell no slide shows
p = read_zip(os.path.join(OUT, 's09_chart_workbook_mobile.pptx'))
emb = [n for n in p if n.startswith('ppt/embeddings/') and n.endswith('.xlsx')][0]
with zipfile.ZipFile(io.BytesIO(p[emb])) as z: wbp = {n: z.read(n) for n in z.namelist()}
sheet = [n for n in wbp if re.match(r'xl/worksheets/sheet\d+\.xml$', n)][0]
t = wbp[sheet].decode('utf-8')
t = t.replace('</sheetData>', '<row r="12"><c r="A12" t="inlineStr"><is><t>数据核对：农业农村局 赵磊 13871234590</t></is></c></row></sheetData>')
t = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:B12"/>', t)
wbp[sheet] = t.encode('utf-8')
bio = io.BytesIO()
with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in wbp.items(): z.writestr(n, b)
p[emb] = bio.getvalue(); write_zip(os.path.join(OUT, 's09_chart_workbook_mobile.pptx'), p)
label('s09_chart_workbook_mobile.pptx', 'review', ['mobile_phone'], ['13871234590'], f'pptxgenjs bar chart; its embedded workbook ({emb}) has an extra cell A12 with a person\'s mobile that the chart does not draw (opened by 编辑数据)')
label('s10_chart_clean.pptx', 'pass', [], [], 'clean twin of s09: pptxgenjs bar chart and its workbook unchanged')

# s14 legacy comment, s15 modern comment
p = base('_base2.pptx')
put(p, 'ppt/commentAuthors.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:cmAuthorLst {NS}><p:cmAuthor id="1" name="县府办 审核" initials="审" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>')
put(p, 'ppt/comments/comment1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:cmLst {NS}><p:cm authorId="1" dt="2026-03-02T09:12:00.000" idx="1"><p:pos x="10" y="10"/><p:text>第三部分申请人名单未脱敏，领导尚未同意公开，发布前请删除此页。</p:text></p:cm></p:cmLst>')
add_ct_override(p, 'ppt/commentAuthors.xml', 'application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml')
add_ct_override(p, 'ppt/comments/comment1.xml', 'application/vnd.openxmlformats-officedocument.presentationml.comments+xml')
add_rel(p, 'ppt/_rels/presentation.xml.rels', 'rIdCA1', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/commentAuthors', 'commentAuthors.xml')
add_rel(p, 'ppt/slides/_rels/slide1.xml.rels', 'rIdCM1', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments', '../comments/comment1.xml')
write_zip(os.path.join(OUT, 's14_comment_legacy.pptx'), p)
label('s14_comment_legacy.pptx', 'review', ['hidden_content'], [], 'legacy PowerPoint comment (ppt/comments/comment1.xml) on slide 1 with a reviewer\'s note: comments are hidden_content')
p = base('_base2.pptx')
put(p, 'ppt/authors.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p188:authorLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main"><p188:author id="{6A1C2B3D-0000-4000-8000-00000000A001}" name="政务公开科 审核" initials="审" userId="审核" providerId="None"/></p188:authorLst>')
put(p, 'ppt/comments/modernComment_101_3F2A1B0C.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p188:cmLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main">'
    '<p188:cm id="{6A1C2B3D-0000-4000-8000-00000000C001}" authorId="{6A1C2B3D-0000-4000-8000-00000000A001}" created="2026-03-03T08:30:00.000">'
    '<pc:sldMkLst xmlns:pc="http://schemas.microsoft.com/office/powerpoint/2013/main/command"><pc:docMk/><pc:sldMk cId="0" sldId="257"/></pc:sldMkLst>'
    '<p188:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>复议案件数与司法局口径不一致，待刘局确认后再发布，暂缓上网。</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>')
add_ct_override(p, 'ppt/authors.xml', 'application/vnd.ms-powerpoint.authors+xml')
add_ct_override(p, 'ppt/comments/modernComment_101_3F2A1B0C.xml', 'application/vnd.ms-powerpoint.comments+xml')
add_rel(p, 'ppt/_rels/presentation.xml.rels', 'rIdAU1', 'http://schemas.microsoft.com/office/2018/10/relationships/authors', 'authors.xml')
add_rel(p, 'ppt/slides/_rels/slide2.xml.rels', 'rIdMC1', 'http://schemas.microsoft.com/office/2018/10/relationships/comments', '../comments/modernComment_101_3F2A1B0C.xml')
write_zip(os.path.join(OUT, 's15_comment_modern.pptx'), p)
label('s15_comment_modern.pptx', 'review', ['hidden_content'], [], 'modern (threaded, PowerPoint 365) comment part ppt/comments/modernComment_*.xml on slide 2 with a reviewer\'s note: comments are hidden_content')

# s17 marking in a text box on the slide master (shows on every slide)
p = base('_base2.pptx')
add_to_sptree(p, 'ppt/slideMasters/slideMaster1.xml', sp(90, '文本框 90', 0.3, 0.05, 2.0, 0.35, '秘密★1年', ' b="1"', size=1400))
write_zip(os.path.join(OUT, 's17_master_marking.pptx'), p)
label('s17_master_marking.pptx', 'block', ['classified_marking'], [], 'slide master (slideMaster1.xml, used by both slides) carries a text box 秘密★1年 at the top left: shows on every slide')
label('s18_layout_internal.pptx', 'review', ['sensitive_term'], [], 'pptxgenjs defineSlideMaster: the slide layout both slides use carries 内部资料　注意保存 at the bottom right')
label('s19_master_clean.pptx', 'pass', [], [], 'clean twin of s18: the layout carries only the agency name')

# s20/s21 footer, date and number placeholders
def footer(text):
    ph = lambda t, idx: f'<p:nvPr><p:ph type="{t}" sz="quarter" idx="{idx}"/></p:nvPr>'
    x = sp(60, '页脚占位符 3', 3.3, 5.2, 3.4, 0.3, text, nvpr=ph('ftr', 11), size=1200)
    x += (f'<p:sp><p:nvSpPr><p:cNvPr id="61" name="日期占位符 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>{ph("dt", 10)}</p:nvSpPr><p:spPr><a:xfrm><a:off x="{int(0.5*EMU)}" y="{int(5.2*EMU)}"/><a:ext cx="{int(2.3*EMU)}" cy="{int(0.3*EMU)}"/></a:xfrm></p:spPr>'
          '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{B2C3D4E5-0000-4000-8000-000000000001}" type="datetime1"><a:rPr lang="zh-CN" sz="1200"/><a:t>2026/3/5</a:t></a:fld></a:p></p:txBody></p:sp>')
    x += (f'<p:sp><p:nvSpPr><p:cNvPr id="62" name="灯片编号占位符 4"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>{ph("sldNum", 12)}</p:nvSpPr><p:spPr><a:xfrm><a:off x="{int(7.2*EMU)}" y="{int(5.2*EMU)}"/><a:ext cx="{int(2.3*EMU)}" cy="{int(0.3*EMU)}"/></a:xfrm></p:spPr>'
          '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{B2C3D4E5-0000-4000-8000-000000000002}" type="slidenum"><a:rPr lang="zh-CN" sz="1200"/><a:t>1</a:t></a:fld></a:p></p:txBody></p:sp>')
    return x
p = base(); add_to_sptree(p, 'ppt/slides/slide1.xml', footer('内部资料　注意保存'))
write_zip(os.path.join(OUT, 's20_footer_internal.pptx'), p)
label('s20_footer_internal.pptx', 'review', ['sensitive_term'], [], 'footer placeholder (p:ph type=ftr) on slide 1 reads 内部资料　注意保存; date and slide-number placeholders beside it')
p = base(); add_to_sptree(p, 'ppt/slides/slide1.xml', footer('某县人民政府办公室　政务公开科'))
write_zip(os.path.join(OUT, 's21_footer_clean.pptx'), p)
label('s21_footer_clean.pptx', 'pass', [], [], 'clean twin of s20: footer placeholder with the agency name, a date field 2026/3/5 and a slide number')

# s26 section names
p = base('_base2.pptx')
t = s(p, 'ppt/presentation.xml')
ids = re.findall(r'<p:sldId id="(\d+)"', t)
sec = ('<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">'
       f'<p14:section name="公开部分" id="{{9A1B2C3D-0000-4000-8000-000000000001}}"><p14:sldIdLst><p14:sldId id="{ids[0]}"/></p14:sldIdLst></p14:section>'
       f'<p14:section name="内部资料（请勿外传）" id="{{9A1B2C3D-0000-4000-8000-000000000002}}"><p14:sldIdLst><p14:sldId id="{ids[1]}"/></p14:sldIdLst></p14:section>'
       '</p14:sectionLst></p:ext></p:extLst>')
if '</p:extLst></p:presentation>' in t: t = t.replace('</p:extLst></p:presentation>', sec[len('<p:extLst>'):] + '</p:presentation>')
else: t = t.replace('</p:presentation>', sec + '</p:presentation>')
put(p, 'ppt/presentation.xml', t)
write_zip(os.path.join(OUT, 's26_section_name.pptx'), p)
label('s26_section_name.pptx', 'review', ['sensitive_term'], [], 'the second slide\'s section (p14:sectionLst in presentation.xml) is named 内部资料（请勿外传）. Docs silent on section names; labelled as a careful reviewer would: the name shows in PowerPoint\'s slide pane and sorter')

# s32 embedded font (clean)
p = base()
t = s(p, 'ppt/presentation.xml')
t = re.sub(r'(<p:notesSz[^>]*/>)', r'\1<p:embeddedFontLst><p:embeddedFont><p:font typeface="DejaVu Sans Mono" pitchFamily="49" charset="0"/><p:regular r:id="rIdF1"/></p:embeddedFont></p:embeddedFontLst>', t, 1)
put(p, 'ppt/presentation.xml', t)
put(p, 'ppt/fonts/font1.fntdata', open('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', 'rb').read())
add_ct_default(p, 'fntdata', 'application/x-fontdata')
add_rel(p, 'ppt/_rels/presentation.xml.rels', 'rIdF1', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font', 'fonts/font1.fntdata')
write_zip(os.path.join(OUT, 's32_embedded_font.pptx'), p)
label('s32_embedded_font.pptx', 'pass', [], [], 'clean deck with an embedded font (p:embeddedFontLst, ppt/fonts/font1.fntdata, a TrueType program): a font is no document a reader opens; docs silent, labelled pass as a reviewer would')

# labels of the other pptxgenjs decks
label('s01_title_body_clean.pptx', 'pass', [], [], 'pptxgenjs title + body: hotline 12345, an agency landline, a 统一社会信用代码')
label('s02_body_mobile.pptx', 'review', ['mobile_phone'], ['13958623417'], 'pptxgenjs body bullet: 值班联系人 with a mobile')
label('s03_table_id_wrapped.pptx', 'block', ['id_card'], [V['ID3']], 'pptxgenjs slide table, row 3 column 身份证号: an unmasked ID (valid check digit) in a 1.4-inch column that wraps it; other rows masked')
label('s04_table_masked.pptx', 'pass', [], [], 'clean twin of s03: every ID masked 6+4')
label('s11_notes_mobile.pptx', 'review', ['mobile_phone'], ['15067892345'], 'speaker notes of slide 1 hold a person\'s mobile')
label('s12_notes_clean.pptx', 'pass', [], [], 'clean twin of s11: speaker notes with speaking hints only')
label('s13_notes_reviewer.pptx', 'review', ['sensitive_term'], [], 'speaker notes: a reviewer\'s note 【审核意见】…为内部资料，请勿外传… (label with an order). A careful reviewer also sees an editorial note; hidden_content not required')
label('s16_hidden_slide.pptx', 'review', ['hidden_content', 'mobile_phone'], ['13605718842', '18857123306'], 'slide 2 is hidden (show="0") and lists two liaison mobiles')
label('s22_alttext_id.pptx', 'block', ['id_card'], [V['ID22']], 'a photo\'s alt text (descr) names a clerk with her unmasked ID; the picture itself is a text-free drawing')
label('s23_alttext_clean.pptx', 'pass', [], [], 'clean twin of s22: alt text describes the hall; the picture is a text-free drawing (read with OCR, nothing found, document has text of its own)')
label('s24_link_intranet.pptx', 'review', ['internal_address'], [], 'a text run hyperlinks to http://oa.rxzx.local/… (intranet host, in the slide rels only)')
label('s25_link_public.pptx', 'pass', [], [], 'clean twin of s24: hyperlink to a public .gov.cn site')
label('s27_offslide_id.pptx', 'block', ['id_card'], [V['ID27']], 'a text box placed at x=10.6 in, right of the 10-inch slide, holds an unmasked ID. Docs silent on off-slide text; a reviewer sees it in the editor, so it is published')
label('s28_white_text_mobile.pptx', 'review', ['mobile_phone'], ['13698765432'], 'white text on a white slide at the bottom: 联系人…手机 with a mobile (hidden_content optional)')
label('s29_tiny_text.pptx', 'review', ['sensitive_term'], [], 'a 1-pt text box at the bottom right: 本材料属工作秘密，严禁上网')
label('s30_picture_marking.pptx', 'block', ['classified_marking'], [], 'the only slide is one picture of 机密★5年 over a title: OCR reads the level and its period at the head (classified_marking.ocr); unreadable.ocr_only also expected')
label('s31_picture_clean.pptx', 'review', ['unreadable'], [], 'clean twin of s30: one picture of a clean title slide; a deck whose body is only a picture goes to a person (unreadable.ocr_only/image_only) per README')

for f in ['_base.pptx', '_base2.pptx']: os.remove(os.path.join(OUT, f))

# ---------------- LibreOffice from flat ODP ----------------
def fodp(slides):
    pages = ''
    for i, (title, lines, notes) in enumerate(slides):
        body = ''.join(f'<text:p>{l}</text:p>' for l in lines)
        nt = f'<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" svg:width="17cm" svg:height="10cm"><draw:text-box><text:p>{notes}</text:p></draw:text-box></draw:frame></presentation:notes>' if notes else ''
        pages += (f'<draw:page draw:name="page{i+1}" draw:master-page-name="Default">'
                  f'<draw:frame presentation:class="title" svg:x="1.5cm" svg:y="0.8cm" svg:width="25cm" svg:height="2.2cm"><draw:text-box><text:p>{title}</text:p></draw:text-box></draw:frame>'
                  f'<draw:frame presentation:class="outline" svg:x="1.5cm" svg:y="3.5cm" svg:width="25cm" svg:height="10cm"><draw:text-box>{body}</draw:text-box></draw:frame>{nt}</draw:page>')
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
            '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
            f'<office:body><office:presentation>{pages}</office:presentation></office:body></office:document>')
LO = os.path.join(TMP, 'lo'); os.makedirs(LO)
def lo(stem, slides, fmt, outname):
    src = os.path.join(LO, stem + '.fodp'); open(src, 'w', encoding='utf-8').write(fodp(slides))
    sh('soffice', f'-env:UserInstallation=file://{TMP}/loprof', '--headless', '--convert-to', fmt, '--outdir', LO, src, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = fmt.split(':')[0]
    shutil.move(os.path.join(LO, stem + '.' + ext), os.path.join(OUT, outname))
CLEAN = [('城乡居民医保参保缴费指南', ['缴费时间：9月1日至12月31日', '缴费渠道：税务APP、银行网点', '咨询电话：12345、12366'], '本页讲缴费时间和渠道。'),
         ('常见问题', ['新生儿参保随时办理', '异地就医需先备案'], '')]
lo('s33', CLEAN, 'pptx', 's33_lo_pptx_clean.pptx')
label('s33_lo_pptx_clean.pptx', 'pass', [], [], 'LibreOffice pptx from a flat ODP: two clean slides, hotlines, a speaking note')
lo('s34', [('机密★10年', ['关于某矿区整合方案的汇报', '一、背景', '二、方案'], ''), ('下一步', ['按程序报批'], '')], 'ppt', 's34_lo_ppt_marking.ppt')
label('s34_lo_ppt_marking.ppt', 'block', ['classified_marking'], [], 'LibreOffice .ppt (PowerPoint 97): the first slide\'s title is 机密★10年')
lo('s35', [('社区矫正工作培训', ['一、政策解读', '二、工作流程'], f'备课：案例中的当事人钱志刚，身份证号{V["IDODP"]}，讲解时不要念出。')], 'odp', 's35_lo_odp_notes_id.odp')
label('s35_lo_odp_notes_id.odp', 'block', ['id_card'], [V['IDODP']], 'LibreOffice .odp: the speaker notes of slide 1 hold an unmasked ID')
lo('s36', CLEAN, 'ppt', 's36_lo_dps_clean.dps')
label('s36_lo_dps_clean.dps', 'pass', [], [], 'WPS-style .dps: LibreOffice\'s PowerPoint 97 file under the .dps name (the format WPS 演示 writes), clean')
lo('s37', [('网上办事系统升级公告', ['内网测试地址：http://192.168.31.20:8080/wsbs/', '正式上线时间另行通知'], '')], 'pptx', 's37_lo_pptx_intranet_ip.pptx')
label('s37_lo_pptx_intranet_ip.pptx', 'review', ['internal_address'], [], 'LibreOffice pptx: body text gives a private-IP URL http://192.168.31.20:8080/…')
lo('s38', CLEAN[:1], 'ppt', 's38_lo_ppt_clean.ppt')
label('s38_lo_ppt_clean.ppt', 'pass', [], [], 'LibreOffice .ppt, clean one-slide guide (twin of s34)')

# ---------------- OFD written by hand (GB/T 33190) ----------------
OFDNS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
def dx(text, step):
    return ' '.join([str(step)] * (len(text) - 1))
def tcode(x, y, text, step=5.3, gform=False):
    d = f'g {len(text)-1} {step}' if gform else dx(text, step)
    return f'<ofd:TextCode X="{x}" Y="{y}" DeltaX="{d}">{text}</ofd:TextCode>'
_oid = [100]
def nid():
    _oid[0] += 1; return _oid[0]
def tobj(x, y, codes, size=5.3, extra=''):
    # codes: list of (dx_in_obj, text) or raw TextCode strings; object at x,y with boundary 170 wide
    inner = ''.join(c if c.startswith('<') else tcode(0, size, c, size) for c in codes)
    return f'<ofd:TextObject ID="{nid()}" Boundary="{x} {y} 170 {size*1.6:.1f}" Font="3" Size="{size}">{extra}{inner}</ofd:TextObject>'
def line(x, y, text, size=5.3, gform=False):
    return f'<ofd:TextObject ID="{nid()}" Boundary="{x} {y} 170 {size*1.6:.1f}" Font="3" Size="{size}">{tcode(0, size, text, size, gform)}</ofd:TextObject>'
def body_lines(lines, y0=70, step=10):
    return ''.join(line(25, y0 + i * step, t) for i, t in enumerate(lines))
def page_xml(objs, template=False, images=''):
    tpl = '' if template is False else '<ofd:Template TemplateID="2" ZOrder="Background"/>'
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {OFDNS}>{tpl}<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>'
            f'<ofd:Content><ofd:Layer ID="{nid()}" Type="Body">{images}{objs}</ofd:Layer></ofd:Content></ofd:Page>')
def ofd(name, page_objs, *, template=None, docinfo_extra='', title='通知', author='县政府办公室', outlines='', annots=None,
        tags=None, attach=None, images=None, page_images='', raw_pages=None):
    _oid[0] = 100
    parts = {}
    parts['OFD.xml'] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {OFDNS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        f'<ofd:DocID>6f1a2b3c4d5e4f60a1b2c3d4e5f60718</ofd:DocID><ofd:Title>{title}</ofd:Title><ofd:Author>{author}</ofd:Author>'
        f'<ofd:CreationDate>2026-03-05</ofd:CreationDate><ofd:Creator>公文交换系统</ofd:Creator><ofd:CreatorVersion>3.2</ofd:CreatorVersion>{docinfo_extra}</ofd:DocInfo>'
        '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    tplref = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if template else ''
    extra = ''
    if outlines: extra += f'<ofd:Outlines>{outlines}</ofd:Outlines>'
    if annots: extra += '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>'
    if tags: extra += '<ofd:CustomTags>Tags/CustomTags.xml</ofd:CustomTags>'
    if attach: extra += '<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>'
    pages = raw_pages if raw_pages is not None else [page_xml(page_objs, template=bool(template), images=page_images)]
    pg = ''.join(f'<ofd:Page ID="{10+i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    parts['Doc_0/Document.xml'] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {OFDNS}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>'
        '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
        f'<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>{tplref}</ofd:CommonData><ofd:Pages>{pg}</ofd:Pages>{extra}</ofd:Document>')
    parts['Doc_0/PublicRes.xml'] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {OFDNS} BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="4" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/></ofd:Fonts></ofd:Res>')
    mm = ''
    for (rid, fname, data) in (images or []):
        mm += f'<ofd:MultiMedia ID="{rid}" Type="Image" Format="PNG"><ofd:MediaFile>{fname}</ofd:MediaFile></ofd:MultiMedia>'
        parts['Doc_0/Res/' + fname] = data
    parts['Doc_0/DocumentRes.xml'] = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {OFDNS} BaseLoc="Res">' + (f'<ofd:MultiMedias>{mm}</ofd:MultiMedias>' if mm else '') + '</ofd:Res>'
    for i, pgx in enumerate(pages): parts[f'Doc_0/Pages/Page_{i}/Content.xml'] = pgx
    if template:
        parts['Doc_0/Tpls/Tpl_0/Content.xml'] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {OFDNS}><ofd:Content><ofd:Layer ID="900" Type="Background">{template}</ofd:Layer></ofd:Content></ofd:Page>')
    if annots:
        parts['Doc_0/Annots/Annotations.xml'] = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations {OFDNS}><ofd:Page PageID="10"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>'
        parts['Doc_0/Annots/Page_0/Annotation.xml'] = f'<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot {OFDNS}>{annots}</ofd:PageAnnot>'
    if tags:
        parts['Doc_0/Tags/CustomTags.xml'] = f'<?xml version="1.0" encoding="UTF-8"?><ofd:CustomTags {OFDNS}><ofd:CustomTag NameSpace="http://www.example.gov/gongwen/2026"><ofd:FileLoc>Tag_0.xml</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>'
        parts['Doc_0/Tags/Tag_0.xml'] = tags
    if attach:
        fn, data, aname = attach
        parts['Doc_0/Attachs/Attachments.xml'] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Attachments {OFDNS}><ofd:Attachment ID="500" Name="{aname}" Format="{fn.rsplit(".",1)[1]}" '
            f'CreationDate="2026-03-05" Size="{len(data)/1024:.2f}" Visible="true"><ofd:FileLoc>{fn}</ofd:FileLoc></ofd:Attachment></ofd:Attachments>')
        parts['Doc_0/Attachs/' + fn] = data
    with zipfile.ZipFile(os.path.join(OUT, name), 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items(): z.writestr(n, b)

HEAD = line(55, 40, '某县人民政府办公室关于做好春季植树工作的通知', 6.5)
NOTICE = ['各乡镇人民政府，县直各单位：', '为推进国土绿化，经县政府同意，现将有关事项通知如下。', '一、植树时间为3月10日至3月31日。', '二、各单位按照划定责任区组织干部职工参加。',
          '咨询电话：12345', '某县人民政府办公室', '2026年3月5日']
ofd('o01_clean_notice.ofd', HEAD + body_lines(NOTICE))
label('o01_clean_notice.ofd', 'pass', [], [], 'hand-written OFD, clean notice: one TextObject a line, TextCode with DeltaX')

# o02 ID split across two TextCodes of one TextObject, DeltaX placement continuing the line
idv = V['IDOFD']; a, b = '报名联系人：何建国，身份证号' + idv[:10], idv[10:] + '。'
x2 = round(len(a) * 5.3, 1)
o = HEAD + body_lines(NOTICE[:3]) + (f'<ofd:TextObject ID="300" Boundary="25 110 170 9" Font="3" Size="5.3">'
    f'<ofd:TextCode X="0" Y="5.3" DeltaX="{dx(a, 5.3)}">{a}</ofd:TextCode><ofd:TextCode X="{x2}" Y="5.3" DeltaX="{dx(b, 5.3)}">{b}</ofd:TextCode></ofd:TextObject>')
ofd('o02_id_split_deltax.ofd', o)
label('o02_id_split_deltax.ofd', 'block', ['id_card'], [idv], 'OFD page: an unmasked ID split 10+8 across two TextCode elements of one TextObject, the second placed by X right after the first (DeltaX)')

# o03 masked ID split the same way (clean twin)
a, b = '报名联系人：何某某，身份证号330106****', '****4512。'
x2 = round(len(a) * 5.3, 1)
o = HEAD + body_lines(NOTICE[:3]) + (f'<ofd:TextObject ID="300" Boundary="25 110 170 9" Font="3" Size="5.3">'
    f'<ofd:TextCode X="0" Y="5.3" DeltaX="{dx(a, 5.3)}">{a}</ofd:TextCode><ofd:TextCode X="{x2}" Y="5.3" DeltaX="{dx(b, 5.3)}">{b}</ofd:TextCode></ofd:TextObject>') + line(25, 125, '咨询电话：12345')
ofd('o03_masked_split.ofd', o)
label('o03_masked_split.ofd', 'pass', [], [], 'x')

# o04 marking drawn last, placed first; and its halves drawn out of order
o = body_lines(NOTICE[:4], 70) + HEAD + (f'<ofd:TextObject ID="310" Boundary="20 20 60 9" Font="4" Size="6">'
    f'<ofd:TextCode X="12" Y="6" DeltaX="6 6">★1年</ofd:TextCode><ofd:TextCode X="0" Y="6" DeltaX="6">秘密</ofd:TextCode></ofd:TextObject>')
ofd('o04_out_of_order_marking.ofd', o, title='关于某事项的请示')
label('o04_out_of_order_marking.ofd', 'block', ['classified_marking'], [], 'OFD page: 秘密★1年 at the top left is drawn last in the content stream, and its TextCodes are themselves out of order (★1年 at X=12 first, 秘密 at X=0 second)')

# o05 marking on the template page / o06 clean 红头 template
tpl_mark = line(20, 18, '秘密★1年', 6) + line(40, 35, '某县人民政府文件', 12)
ofd('o05_template_marking.ofd', body_lines(NOTICE, 70), template=tpl_mark)
label('o05_template_marking.ofd', 'block', ['classified_marking'], [], 'OFD template page (Tpls/Tpl_0) carries 秘密★1年 and the 红头; the page itself holds only the body')
ofd('o06_template_redhead_clean.ofd', body_lines(NOTICE, 70), template=line(40, 35, '某县人民政府文件', 12) + line(70, 55, '某政办发〔2026〕5号', 5.3))
label('o06_template_redhead_clean.ofd', 'pass', [], [], 'clean twin of o05: template page holds the 红头 and 文号 only')

# o07/o08 stamp annotations
def stamp(text):
    return (f'<ofd:Annot ID="600" Type="Stamp" Creator="公文系统" LastModDate="2026-03-05"><ofd:Remark>印章</ofd:Remark>'
            f'<ofd:Appearance Boundary="120 180 60 20"><ofd:TextObject ID="601" Boundary="0 0 60 12" Font="3" Size="7"><ofd:FillColor Value="200 0 0"/>'
            f'{tcode(0, 7, text, 7)}</ofd:TextObject></ofd:Appearance></ofd:Annot>')
ofd('o07_stamp_annot_internal.ofd', HEAD + body_lines(NOTICE), annots=stamp('内部资料'))
label('o07_stamp_annot_internal.ofd', 'review', ['sensitive_term'], [], 'OFD Stamp annotation (Annots/Page_0/Annotation.xml) whose appearance prints 内部资料 in red over the page (a label alone)')
ofd('o08_stamp_annot_clean.ofd', HEAD + body_lines(NOTICE), annots=stamp('某县人民政府办公室'))
label('o08_stamp_annot_clean.ofd', 'pass', [], [], 'clean twin of o07: stamp annotation printing the agency name')

# o09 encrypted, o10 damaged
ofd('_tmp.ofd', HEAD + body_lines(NOTICE))
zp = read_zip(os.path.join(OUT, '_tmp.ofd')); os.remove(os.path.join(OUT, '_tmp.ofd'))
import hashlib
def junk(n, seed): 
    out = b''; c = 0
    while len(out) < n: out += hashlib.sha256(seed + str(c).encode()).digest(); c += 1
    return out[:n]
enc = dict(zp)
for n in list(enc):
    if n.startswith('Doc_0/Pages/') or n == 'Doc_0/Document.xml': enc[n] = junk(len(zp[n]) + 16, n.encode())
enc['Encryptions.xml'] = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Encryptions {OFDNS}><ofd:Encryption EncryptID="e1" Relative="Doc_0"><ofd:Provider Name="SM4-CBC" Company="某数科" Version="1.0"/><ofd:EncryptScope>Part</ofd:EncryptScope><ofd:DecryptSeedLoc>Doc_0/DecryptSeed.xml</ofd:DecryptSeedLoc><ofd:EntriesMapLoc>Doc_0/EntriesMap.xml</ofd:EntriesMapLoc></ofd:Encryption></ofd:Encryptions>'
with zipfile.ZipFile(os.path.join(OUT, 'o09_encrypted.ofd'), 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in enc.items(): z.writestr(n, b)
label('o09_encrypted.ofd', 'review', ['unreadable'], [], 'OFD whose Document.xml and page contents are encrypted bytes (an Encryptions.xml names SM4): must be unreadable, never pass')
raw = open(os.path.join(OUT, 'o01_clean_notice.ofd'), 'rb').read()
open(os.path.join(OUT, 'o10_damaged.ofd'), 'wb').write(raw[:int(len(raw) * 0.55)])
label('o10_damaged.ofd', 'review', ['unreadable'], [], 'o01 cut at 55% of its bytes (no central directory): damaged package, unreadable')

# o11 scanned page (image only); o20 picture of a marking over a page of text
scan = open(os.path.join(IMG, 'scan.png'), 'rb').read()
ofd('o11_scan_clean.ofd', '', images=[(700, 'image_700.png', scan)], page_images='<ofd:ImageObject ID="701" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="700"/>')
label('o11_scan_clean.ofd', 'review', ['unreadable'], [], 'OFD page that is only a scanned picture of a clean notice: unreadable.ocr_only per README')
mk = open(os.path.join(IMG, 'ofdmarking.png'), 'rb').read()
ofd('o20_picture_marking.ofd', HEAD.replace('Boundary="55 40', 'Boundary="55 45') + body_lines(NOTICE), images=[(710, 'image_710.png', mk)],
    page_images='<ofd:ImageObject ID="711" Boundary="20 15 45 8" CTM="45 0 0 8 0 0" ResourceID="710"/>')
label('o20_picture_marking.ofd', 'block', ['classified_marking'], [], 'OFD page of text with a small picture of 秘密★1年 at the top left (read with OCR)')

# o12/o13 DocInfo
ofd('o12_docinfo_mobile.ofd', HEAD + body_lines(NOTICE), docinfo_extra='<ofd:CustomDatas><ofd:CustomData Name="拟稿人">蒋文涛</ofd:CustomData><ofd:CustomData Name="拟稿人电话">18967452310</ofd:CustomData></ofd:CustomDatas>')
label('o12_docinfo_mobile.ofd', 'review', ['mobile_phone'], ['18967452310'], 'OFD DocInfo CustomData 拟稿人电话 holds a mobile (metadata part; shown in a reader\'s document properties)')
ofd('o13_docinfo_clean.ofd', HEAD + body_lines(NOTICE), docinfo_extra='<ofd:Subject>植树</ofd:Subject><ofd:Keywords><ofd:Keyword>植树</ofd:Keyword></ofd:Keywords><ofd:CustomDatas><ofd:CustomData Name="发文机关">某县人民政府办公室</ofd:CustomData><ofd:CustomData Name="公开属性">主动公开</ofd:CustomData></ofd:CustomDatas>')
label('o13_docinfo_clean.ofd', 'pass', [], [], 'clean twin of o12: DocInfo with author 县政府办公室 and custom data 发文机关/公开属性 (metadata is info)')

# o14 bookmarks (outlines)
def ol(t): return f'<ofd:OutlineElem Title="{t}"><ofd:Actions><ofd:Action Event="CLICK"><ofd:Goto><ofd:Dest Type="XYZ" PageID="10" Left="0" Top="60"/></ofd:Goto></ofd:Action></ofd:Actions></ofd:OutlineElem>'
ofd('o14_bookmark_mobile.ofd', HEAD + body_lines(NOTICE), outlines=ol('一、植树时间') + ol('二、责任区（联系人冯晓东13757186420）'))
label('o14_bookmark_mobile.ofd', 'review', ['mobile_phone'], ['13757186420'], 'OFD outline (bookmark) title names a contact with a mobile; the page does not')
# o15 custom tag
tag = ('<?xml version="1.0" encoding="UTF-8"?><gw:公文 xmlns:gw="http://www.example.gov/gongwen/2026" xmlns:ofd="http://www.ofdspec.org/2016">'
       f'<gw:发文机关><ofd:ObjectRef PageRef="10">101</ofd:ObjectRef></gw:发文机关><gw:拟稿人>邓海燕</gw:拟稿人><gw:拟稿人身份证号>{V["IDTAG"]}</gw:拟稿人身份证号></gw:公文>')
ofd('o15_customtag_id.ofd', HEAD + body_lines(NOTICE), tags=tag)
label('o15_customtag_id.ofd', 'block', ['id_card'], [V['IDTAG']], 'OFD custom tag file (Tags/Tag_0.xml, 公文 semantics) holds 拟稿人身份证号 with an unmasked ID')
# o16/o17 attachments
ofd('o16_attachment_mobile.ofd', HEAD + body_lines(NOTICE), attach=('baoming.txt', '植树活动报名表\n单位,联系人,手机\n城关镇,韩雪梅,13567819204\n'.encode('utf-8'), '报名表'))
label('o16_attachment_mobile.ofd', 'review', ['mobile_phone'], ['13567819204'], 'OFD attachment (Attachs/baoming.txt, CSV-like text) lists a contact\'s mobile')
ofd('o17_attachment_clean.ofd', HEAD + body_lines(NOTICE), attach=('zerenqu.txt', '植树责任区划分\n单位,地块\n城关镇,东山公园北坡\n临溪镇,溪口林场\n'.encode('utf-8'), '责任区划分'))
label('o17_attachment_clean.ofd', 'pass', [], [], 'clean twin of o16: attachment lists plots only')
# o18 link action to an intranet address
lk = ('<ofd:TextObject ID="320" Boundary="25 140 170 9" Font="3" Size="5.3"><ofd:Actions><ofd:Action Event="CLICK"><ofd:URI URI="http://10.20.30.40/oa/zhishu/baoming.jsp"/></ofd:Action></ofd:Actions>'
      f'{tcode(0, 5.3, "网上报名入口（点击进入）")}</ofd:TextObject>')
ofd('o18_link_intranet.ofd', HEAD + body_lines(NOTICE) + lk)
label('o18_link_intranet.ofd', 'review', ['internal_address'], [], 'OFD text object with a CLICK Action URI to http://10.20.30.40/… (private IP); the visible text is 网上报名入口')
# o19 card drawn with the DeltaX "g" form, split over two TextObjects
card = V['CARDOFD']
o = HEAD + body_lines(NOTICE[:3]) + line(25, 110, '补助资金发放至本人社保卡，领取人：唐志远') + (
    f'<ofd:TextObject ID="330" Boundary="25 120 90 9" Font="3" Size="5.3">{tcode(0, 5.3, "银行卡号：" + card[:9], 5.3, True)}</ofd:TextObject>'
    f'<ofd:TextObject ID="331" Boundary="{25 + round(14*5.3,1)} 120 80 9" Font="3" Size="5.3">{tcode(0, 5.3, card[9:], 5.3, True)}</ofd:TextObject>')
ofd('o19_card_deltax_g.ofd', o)
label('o19_card_deltax_g.ofd', 'block', ['bank_card'], [card], 'OFD: 银行卡号 and a Luhn-valid 19-digit 62… card split 9+10 across two TextObjects, DeltaX in the compact "g N w" form')
# o21 clean with serials, credit code, 文号
ofd('o21_clean_numbers.ofd', HEAD + body_lines(['项目编号：ZFCG-2026-0315', '采购人统一社会信用代码：11330106MB1234567X', '预算金额：13512344300元', '文号：某政办发〔2026〕5号', '服务热线：12345']))
label('o21_clean_numbers.ofd', 'pass', [], [], 'clean OFD with look-alikes: project number, 统一社会信用代码, an 11-digit amount followed by 元, 文号, hotline')

# fix the o03 note (written above before deciding) -----------------------------------
for l in LABELS:
    if l['file'] == 'o03_masked_split.ofd':
        l['note'] = 'clean twin of o02: 身份证号 masked 6+4 (330106********4512), the mask split over two TextCodes; hotline 12345'

LABELS.sort(key=lambda l: l['file'])
json.dump(LABELS, open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
shutil.rmtree(TMP, ignore_errors=True)
print(len(LABELS), 'files;', sum(l['expect_verdict'] == 'pass' for l in LABELS), 'pass')
