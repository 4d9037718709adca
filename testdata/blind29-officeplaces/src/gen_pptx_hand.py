"""PPTX structures pptxgenjs cannot write, patched into pptxgenjs bases (src/base_p1x.pptx from gen_js.js)."""
import os, re
from common import *
S = os.path.dirname(os.path.abspath(__file__))
P_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="' + R + '" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'

def sp(id_, name, text, hidden=False, y=3000000, ph=''):
    h = ' hidden="1"' if hidden else ''
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{id_}" name="{name}"{h}/><p:cNvSpPr txBox="1"/><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="6000000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>{esc(text)}</a:t></a:r></a:p></p:txBody></p:sp>')

def into_tree(s, xml):
    return s.replace('</p:spTree>', xml + '</p:spTree>', 1)

# p10 notes master text
patch_zip(os.path.join(S, 'base_p10.pptx'), os.path.join(OUT, 'p10_notesmaster_internal.pptx'),
          edits={'ppt/notesMasters/notesMaster1.xml': lambda s: into_tree(s, sp(90, '备注母版标注', '内部资料 注意保存', y=100000))})
label('p10_notesmaster_internal.pptx', 'review', ['sensitive_term'], note='hand edit of pptxgenjs file: notes master carries a text box 内部资料 注意保存 (printed on every notes page)')

# p11 legacy comments
ca = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:cmAuthorLst {P_NS}><p:cmAuthor id="1" name="审核" initials="SH" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>'
cm = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:cmLst {P_NS}><p:cm authorId="1" dt="2026-11-18T10:00:00.000" idx="1"><p:pos x="10" y="10"/><p:text>第二条数字与财政局口径不一致，先别对外</p:text></p:cm></p:cmLst>'
patch_zip(os.path.join(S, 'base_p11.pptx'), os.path.join(OUT, 'p11_comment.pptx'), edits={
    '[Content_Types].xml': lambda s: add_ct(add_ct(s, 'ppt/commentAuthors.xml', 'application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml'), 'ppt/comments/comment1.xml', 'application/vnd.openxmlformats-officedocument.presentationml.comments+xml'),
    'ppt/_rels/presentation.xml.rels': lambda s: add_rel(s, 'rIdCa1', R + '/commentAuthors', 'commentAuthors.xml'),
    'ppt/slides/_rels/slide1.xml.rels': lambda s: add_rel(s, 'rIdCm1', R + '/comments', '../comments/comment1.xml'),
}, add={'ppt/commentAuthors.xml': ca, 'ppt/comments/comment1.xml': cm})
label('p11_comment.pptx', 'review', ['hidden_content'], note='hand legacy PPTX comment (commentAuthors + comments/comment1.xml) holding a reviewer note')

# p12 custom show clean
def custshow(s):
    rid_ = re.search(r'<p:sldId id="256" r:id="(\w+)"', s).group(1)
    return s.replace('<p:defaultTextStyle>', f'<p:custShowLst><p:custShow name="精简版（对外）" id="0"><p:sldLst><p:sld r:id="{rid_}"/></p:sldLst></p:custShow></p:custShowLst><p:defaultTextStyle>', 1)
patch_zip(os.path.join(S, 'base_p12.pptx'), os.path.join(OUT, 'p12_custom_show_clean.pptx'), edits={'ppt/presentation.xml': custshow})
label('p12_custom_show_clean.pptx', 'pass', [], note='custShowLst with a custom show named 精简版（对外）; clean')

# p13 layout placeholder with custom prompt text, clean
ph = sp(20, '文本占位符 1', '单击此处输入汇报单位名称', ph='<p:ph type="body" idx="13" hasCustomPrompt="1"/>', y=4300000)
patch_zip(os.path.join(S, 'base_p13.pptx'), os.path.join(OUT, 'p13_placeholder_prompt_clean.pptx'), edits={'ppt/slideLayouts/slideLayout1.xml': lambda s: into_tree(s, ph)})
label('p13_placeholder_prompt_clean.pptx', 'pass', [], note='slide layout body placeholder with hasCustomPrompt prompt text; clean')

# p14 group shape with mobile
m = '13770621459'
grp = ('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="30" name="组合 30"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="457200" y="3000000"/><a:ext cx="6000000" cy="1100000"/><a:chOff x="457200" y="3000000"/><a:chExt cx="6000000" cy="1100000"/></a:xfrm></p:grpSpPr>'
       + sp(31, '矩形 31', '项目负责人：戚某') + sp(32, '矩形 32', '手机：' + m, y=3600000) + '</p:grpSp>')
patch_zip(os.path.join(S, 'base_p14.pptx'), os.path.join(OUT, 'p14_group_shape_mobile.pptx'), edits={'ppt/slides/slide1.xml': lambda s: into_tree(s, grp)})
label('p14_group_shape_mobile.pptx', 'review', ['mobile_phone'], [m], note='p:grpSp group of two shapes on the slide; the second reads 手机：<mobile>')

# p15 hidden shape with a note
patch_zip(os.path.join(S, 'base_p14.pptx'), os.path.join(OUT, 'p15_hidden_shape_note.pptx'),
          edits={'ppt/slides/slide1.xml': lambda s: into_tree(s, sp(40, '备注框', '此页数据尚未经主要领导审定，正式汇报前请替换', hidden=True))})
label('p15_hidden_shape_note.pptx', 'review', ['hidden_content'], note='p:cNvPr hidden="1" shape on a visible slide holding an editor note')

# p16 SmartArt in PPTX, clean
parts = smartart_parts(['宣传发动', '集中整治', '总结验收'], 'ppt/diagrams/')
gf = ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="50" name="图示 50"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="457200" y="2800000"/><a:ext cx="8000000" cy="1800000"/></p:xfrm>'
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdD0" r:lo="rIdD1" r:qs="rIdD2" r:cs="rIdD3"/></a:graphicData></a:graphic></p:graphicFrame>')
def ctf(s):
    for p in parts: s = add_ct(s, p, SA_CT[p.split('/')[-1]])
    return s
def relf(s):
    for i, p in enumerate(parts):
        if p.endswith('drawing1.xml'): s = add_rel(s, 'rIdDsp1', SA_RT['drawing1.xml'], '../diagrams/drawing1.xml')
        else: s = add_rel(s, 'rIdD' + str(i), SA_RT[p.split('/')[-1]], '../diagrams/' + p.split('/')[-1])
    return s
patch_zip(os.path.join(S, 'base_p12.pptx'), os.path.join(OUT, 'p16_smartart_clean.pptx'),
          edits={'ppt/slides/slide1.xml': lambda s: into_tree(s, gf), '[Content_Types].xml': ctf, 'ppt/slides/_rels/slide1.xml.rels': relf}, add=parts)
label('p16_smartart_clean.pptx', 'pass', [], note='hand SmartArt in a pptxgenjs slide: three stage names; clean')

# p17 SmartArt in PPTX with a plate in data only
parts = smartart_parts(['接报', '出警（警车闽D9R216）', '处置'], 'ppt/diagrams/', ['接报', '出警', '处置'])
patch_zip(os.path.join(S, 'base_p13.pptx'), os.path.join(OUT, 'p17_smartart_plate.pptx'),
          edits={'ppt/slides/slide1.xml': lambda s: into_tree(s, gf), '[Content_Types].xml': ctf, 'ppt/slides/_rels/slide1.xml.rels': relf}, add=parts)
label('p17_smartart_plate.pptx', 'review', ['license_plate'], note='hand SmartArt in PPTX: a plate in diagrams/data1.xml only')

write_labels('labels_pptx_hand.json')
