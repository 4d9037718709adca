#!/usr/bin/python3
"""make.py regenerates the blind17-marking corpus (classification markings and
internal-marking labels in every place, and texts about secrecy that must pass).

Run through ../make.sh. Every text and value is synthetic; the fixed SEED only
picks the 份号 of the 公文 heads, so two runs write the same texts (producers
such as LibreOffice and Chromium still stamp their own dates into files).
"""
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile

SEED = 1717
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BUILD = os.environ.get("BUILD", "/tmp/blind17-marking-build")
NPM = os.environ.get("NPM_DIR", "/tmp/blind17-marking-npm")
LO_PROFILE = "file://" + BUILD + "/lo-profile"
os.makedirs(BUILD, exist_ok=True)

LABELS = []


def label(file, verdict, cats, note, raw=()):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": list(cats),
                   "raw_values": list(raw), "note": note})


def fenhao():
    return "%06d" % rnd.randint(1, 999)


def out(name):
    return os.path.join(OUT, name)


def write(name, text):
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(text)


def run(*cmd, **kw):
    subprocess.run(list(cmd), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def chrome(html_text, pdf_name, dest=None):
    src = os.path.join(BUILD, pdf_name.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    dest = dest or out(pdf_name)
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=" + dest, "file://" + src)
    return dest


def lo_odt(name, paras):
    """lo_odt writes paras with python-docx and has LibreOffice save them as ODT in BUILD."""
    import docx
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    src = os.path.join(BUILD, name + ".docx")
    d.save(src)
    soffice(src, "odt", BUILD)
    return os.path.join(BUILD, name + ".odt")


def soffice(src, fmt, outdir):
    run("soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
        "--outdir", outdir, src)


GW_BODY = [
    "各区县人民政府，市政府各部门：",
    "为进一步做好今冬明春防汛抗旱和森林防火准备工作，经市政府同意，现将有关事项通知如下。",
    "一、压实工作责任。各地要对照职责清单逐项检查，11月30日前完成隐患排查，建立整改台账。",
    "二、加强物资储备。各级防汛物资仓库要补足编织袋、救生衣和发电机组，做到账实相符。",
    "三、强化值班值守。节假日期间严格执行领导带班和24小时值班制度，遇有突发情况及时报告。",
]

LAW_NEWS = [
    "11月2日，市保密局联合市委宣传部举办保密宣传月启动仪式。",
    "活动现场，工作人员向市民讲解《中华人民共和国保守国家秘密法》的主要内容：国家秘密的密级分为绝密、机密、秘密三级，"
    "绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害。",
    "保密法明确，机关、单位应当根据工作需要，确定具体的保密期限、解密时间或者解密条件；"
    "国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
    "市保密局负责同志表示，将通过以案释法、知识竞赛等形式，引导广大干部群众自觉做到上网不涉密、涉密不上网。",
]

GW_CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 16pt; line-height: 28pt; }
.head { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 16pt; line-height: 28pt; }
.organ { color: #c00; font-size: 40pt; text-align: center; line-height: 60pt; margin-top: 10pt; }
.wh { text-align: center; }
.red { border-top: 2px solid #c00; margin: 6pt 0 20pt 0; }
h1 { font-size: 22pt; text-align: center; font-weight: normal; line-height: 34pt; }
p { text-indent: 2em; margin: 0; }
"""


def gongwen_html(head_lines, title, body=GW_BODY[:3], extra="", after="", organ="××市人民政府文件",
                 wh="×政发〔2026〕12号"):
    heads = "".join('<div class="head">%s</div>' % h for h in head_lines)
    ps = "".join("<p>%s</p>" % b for b in body)
    return ("<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>%s</title><style>%s%s</style></head>"
            "<body>%s<div class=organ>%s</div><div class=wh>%s</div><div class=red></div><h1>%s</h1>%s%s</body></html>"
            % (title, GW_CSS, extra, heads, organ, wh, title, ps, after))


def page_html(title, body_html, css="", head_title=None):
    return ("<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>%s</title>"
            "<style>body{font-family:'Noto Sans CJK SC',sans-serif;font-size:12pt;line-height:1.8;margin:2em}%s</style>"
            "</head><body>%s</body></html>" % (head_title or title, css, body_html))


# ---------------------------------------------------------------- hand-made DOCX

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'mc:Ignorable="w14"')


def wp(text, jc=None):
    ppr = '<w:pPr><w:jc w:val="%s"/></w:pPr>' % jc if jc else ""
    return '<w:p>%s<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, text)


def hand_docx(name, body_xml, header_xml=None, props=""):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' if header_xml else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' if header_xml else "")
             + '</Relationships>')
    sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
            % ('<w:headerReference w:type="default" r:id="rIdH1"/>' if header_xml else ""))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>'
           % (W_NS, body_xml, sect))
    with zipfile.ZipFile(out(name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", drels)
        if header_xml:
            z.writestr("word/header1.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (W_NS, header_xml))


WATERMARK_SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
    '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>')


def watermark_header(text):
    """watermark_header is the header paragraph Word writes for 设计 > 水印 > 自定义水印 > 文字水印."""
    return ('<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
            + WATERMARK_SHAPETYPE +
            '<v:shape id="PowerPlusWaterMarkObject1717" o:spid="_x0000_s2049" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:415.3pt;height:138.4pt;rotation:315;z-index:-251657216;'
            'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
            'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
            '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;等线&quot;;font-size:1pt" string="%s"/>'
            '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>' % text)


def wps_textbox(text):
    """wps_textbox is a DrawingML text box anchored at the top right of the page, as Word 2016 writes it."""
    return ('<w:p><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>540000</wp:posOffset></wp:positionV>'
            '<wp:extent cx="1800000" cy="400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="400000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:70.9pt;'
            'margin-top:42.5pt;width:141.75pt;height:31.5pt;z-index:251659264;mso-position-horizontal-relative:page;'
            'mso-position-vertical-relative:page" filled="f" stroked="f"><v:textbox><w:txbxContent><w:p><w:r>'
            '<w:rPr><w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
            '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' % (text, text))


def vml_rect(text):
    """vml_rect is a legacy VML rectangle (自选图形) holding text, placed at the top left of the page."""
    return ('<w:p><w:r><w:pict><v:rect id="矩形 2" o:spid="_x0000_s1027" style="position:absolute;margin-left:0;margin-top:-60pt;'
            'width:130pt;height:28pt;z-index:251660288;mso-position-horizontal-relative:margin" strokecolor="#c00000" strokeweight="1pt">'
            '<v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="C00000"/><w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
            '</w:txbxContent></v:textbox></v:rect></w:pict></w:r></w:p>' % text)


def gw_paras(organ="××市财政局文件", wh="×财发〔2026〕31号", title="关于做好2027年部门预算编制工作的通知"):
    return wp(organ, "center") + wp(wh, "center") + wp(title, "center") + "".join(wp(b) for b in GW_BODY)


# ---------------------------------------------------------------- scans

def scan(html_text, name, as_png=False, dpi=200, rotate="0.4"):
    """scan renders a page with Chromium, rasterises it with Ghostscript, makes it look scanned with
    ImageMagick (a slight skew, noise, 1-bit) and wraps it in a PDF with img2pdf (or keeps the PNG)."""
    pdf = chrome(html_text, name + ".src.pdf", dest=os.path.join(BUILD, name + ".src.pdf"))
    png = os.path.join(BUILD, name + ".png")
    run("gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dFirstPage=1", "-dLastPage=1", "-sDEVICE=pnggray",
        "-r%d" % dpi, "-o", png, pdf)
    bw = os.path.join(BUILD, name + ".bw.png")
    run("convert", png, "-seed", str(SEED), "-rotate", rotate, "-background", "white", "-flatten",
        "-attenuate", "0.25", "+noise", "Gaussian", "-threshold", "55%", "-type", "bilevel",
        "-define", "png:bit-depth=1", "-density", str(dpi), bw)
    if as_png:
        shutil.copy(bw, out(name))
    else:
        run("img2pdf", "--output", out(name), bw)


# ---------------------------------------------------------------- reportlab

def reportlab_pdf(name, draw):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(out(name), pagesize=A4, invariant=1)
    draw(c, A4)
    c.showPage()
    c.save()


def rl_body(c, y0, lines, size=12):
    from reportlab.lib.utils import simpleSplit
    c.setFont("STSong-Light", size)
    y = y0
    for ln in lines:
        for part in simpleSplit(ln, "STSong-Light", size, 440):
            c.drawString(80, y, part)
            y -= size * 1.8
    return y


# ================================================================= the corpus

def main():
    for f in os.listdir(OUT):
        if f not in ("src", "make.sh", "README.md") and not f.startswith("."):
            p = out(f)
            (shutil.rmtree if os.path.isdir(p) else os.remove)(p)

    # ---------------- plain text, Markdown
    write("m01_txt_gongwen_head.txt", "\n".join(
        [fenhao(), "机密★2年", "特急", "", "××市人民政府文件", "×政发〔2026〕12号", "",
         "关于做好今冬明春防汛抗旱准备工作的通知", ""] + GW_BODY + ["", "××市人民政府", "2026年11月20日"]) + "\n")
    label("m01_txt_gongwen_head.txt", "block", ["classified_marking"],
          "plain text 公文 head as GB/T 9704 lays it out: 份号 line, then 机密★2年, then 特急, then 发文机关标志")

    write("m02_txt_bare_mimi_head.txt", "\n".join(
        ["秘密", "", "××省教育厅文件", "×教发〔2026〕45号", "", "关于调整2027年普通高校招生计划的通知", ""]
        + GW_BODY[1:] + ["", "××省教育厅", "2026年11月3日"]) + "\n")
    label("m02_txt_bare_mimi_head.txt", "block", ["classified_marking"],
          "plain text: a bare 秘密 alone on the first line, above the 发文机关标志 (README: a bare 秘密 heading a document)")

    write("m07_txt_jingong_label.txt", "\n".join(
        ["（仅供内部参考）", "", "2026年第三季度全市经济运行情况分析", "",
         "前三季度，全市地区生产总值同比增长5.1%，规模以上工业增加值增长6.3%，社会消费品零售总额增长4.7%。",
         "从先行指标看，四季度用电量和货运量保持平稳，预计全年经济运行总体平稳、稳中有进。",
         "建议下一阶段重点做好稳投资、促消费工作，加快推进重大项目建设。"]) + "\n")
    label("m07_txt_jingong_label.txt", "review", ["sensitive_term"],
          "plain text: （仅供内部参考） as a label line heading an analysis report")

    write("m08_txt_cijian_bugongkai.txt", "\n".join(
        ["××市人民政府办公室文件", "×政办发〔2026〕77号", "", "关于印发《××市政务服务事项清单调整方案》的通知", ""]
        + GW_BODY[:2] + ["", "××市人民政府办公室", "2026年10月15日", "", "（此件不公开）"]) + "\n")
    label("m08_txt_cijian_bugongkai.txt", "review", ["sensitive_term"],
          "plain text 公文 whose 附注 reads （此件不公开）: the drafter said it must not be published")

    write("m09_md_gongzuo_label.md", "\n".join(
        ["**工作秘密　注意保管**", "", "# 关于2027年度机构编制调整的初步方案", "",
         "根据市委编委工作安排，现将2027年度机构编制调整初步方案报告如下。", "",
         "1. 市发展改革委内设机构由12个调整为11个；", "2. 市数据局增设数据资源处；", "3. 各区县同步做好对口调整。", ""]) + "\n")
    label("m09_md_gongzuo_label.md", "review", ["sensitive_term"],
          "Markdown: 工作秘密　注意保管 in bold as a label above the H1 of the document")

    write("m44_txt_guide_quoted_marking.txt", "\n".join(
        ["××市国家秘密定密工作操作指引（培训稿）", "",
         "第五条　国家秘密文件应当在首页左上角标注密级和保密期限，例如标注为“秘密★1年”，密级与期限之间以★分隔。",
         "第六条　定密责任人应当在拟稿时提出定密意见，并填写国家秘密确定审批表。"]) + "\n")
    label("m44_txt_guide_quoted_marking.txt", "review", [],
          "plain text 定密 guideline quoting a full marking 秘密★1年 inside a sentence; README: a full marking inside a sentence goes to a human. Category left open (docs do not say which rule reports it)")

    write("p07_txt_mimi_tongdao.txt", "\n".join(
        ["古城墙“秘密通道”首次向游客开放", "",
         "记者从市文旅局获悉，明城墙东段一条长约60米的藏兵洞通道经修缮后于本周六向游客开放。",
         "这条被市民称为“秘密通道”的藏兵洞始建于明代，是当年守城士兵屯兵、运送物资的通道。",
         "开放期间实行预约参观，每日限流800人。游客可通过“文旅××”小程序预约。"]) + "\n")
    label("p07_txt_mimi_tongdao.txt", "pass", [], "plain text travel news: 秘密通道 in the headline and body (秘密 inside a word)")

    write("p16_txt_buyu_gongkai.txt", "\n".join(
        ["政府信息公开申请答复书", "×政公开〔2026〕第118号", "", "申请人张某某：",
         "本机关于2026年10月9日收到您提出的政府信息公开申请，要求获取“2025年度某专项工作部署文件”。",
         "经审查，您申请获取的信息已依法确定为国家秘密。根据《中华人民共和国政府信息公开条例》第十四条"
         "“依法确定为国家秘密的政府信息……不予公开”的规定，本机关决定不予公开。",
         "如对本答复不服，可以在收到本答复之日起60日内向××市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。",
         "", "××市应急管理局", "2026年10月30日"]) + "\n")
    label("p16_txt_buyu_gongkai.txt", "pass", [],
          "plain text 不予公开 decision that explains the law (国家秘密, 第十四条) without any marking")

    write("p21_txt_film_juemi.txt", "\n".join(
        ["电影《绝密543》在我市影院重映", "",
         "为纪念国防科技工业发展历程，市电影公司组织全市12家影院重映国产影片《绝密543》。",
         "影片讲述了上世纪六十年代防空导弹部队的故事。重映期间，机关干部和学生可凭证件享受半价优惠。"]) + "\n")
    label("p21_txt_film_juemi.txt", "pass", [], "plain text news: 绝密 as the start of a film title 《绝密543》")

    write("p18_md_numbered_gongzuo.md", "\n".join(
        ["# 机关保密工作要点解读", "",
         "一、国家秘密的确定。国家秘密的密级分为绝密、机密、秘密三级，机关、单位应当依法确定密级、保密期限和知悉范围。", "",
         "二、工作秘密的管理。依照《中华人民共和国保守国家秘密法》第六十四条，机关、单位对在履行职责中产生的、"
         "不属于国家秘密但泄露后会造成一定不利影响的事项，适用工作秘密管理办法。", "",
         "三、网络信息的审查。机关、单位应当加强对互联网使用的保密管理，发布信息前依照规定进行保密审查。", ""]) + "\n")
    label("p18_md_numbered_gongzuo.md", "pass", [],
          "Markdown: a list numbered 一、二、三、 whose second item mentions 工作秘密 in a sentence about the law (README: prose about secrecy when heading a numbered section)")

    # ---------------- HTML
    write("m03_html_title_marking.html", page_html(
        "关于开展2026年度安全生产大检查的通知",
        "<h1>关于开展2026年度安全生产大检查的通知</h1>" + "".join("<p>%s</p>" % b for b in GW_BODY),
        head_title="绝密☆长期 关于开展2026年度安全生产大检查的通知"))
    label("m03_html_title_marking.html", "block", ["classified_marking"],
          "HTML: the <title> starts 绝密☆长期 (hollow star); the visible body has no marking")

    write("m04_html_miji_colon.html", page_html(
        "关于调整市直单位办公用房配置的意见",
        "<p style='font-family:Noto Sans CJK SC'>密级：秘密</p><h1>关于调整市直单位办公用房配置的意见</h1>"
        + "".join("<p>%s</p>" % b for b in GW_BODY[1:])))
    label("m04_html_miji_colon.html", "block", ["classified_marking"], "HTML: 密级：秘密 as the first paragraph above the H1")

    tiny_png = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    write("m05_html_img_alt.html", page_html(
        "关于印发应急预案的通知",
        "<div class=top><img src='%s' width=160 height=40 alt='机密★1年'></div><h1>关于印发应急预案的通知</h1>" % tiny_png
        + "".join("<p>%s</p>" % b for b in GW_BODY)))
    label("m05_html_img_alt.html", "block", ["classified_marking"],
          "HTML: the marking is only the alt text of a picture at the top of the page (a scanned marking image). Docs list alt_text for DOCX/PPTX, silent for HTML <img alt>; a screen reader reads it aloud, so a reviewer blocks")

    write("m06_html_neibu_label.html", page_html(
        "2026年全市重点项目推进情况",
        "<div style='text-align:right'>内部资料　注意保存</div><h1>2026年全市重点项目推进情况</h1>"
        "<p>截至10月底，全市158个重点项目累计完成投资421.6亿元，完成年度计划的86.2%。</p>"
        "<p>其中，交通基础设施项目完成投资97.3亿元，产业项目完成投资188.5亿元。</p>"))
    label("m06_html_neibu_label.html", "review", ["sensitive_term"], "HTML: 内部资料　注意保存 right-aligned above the H1")

    write("m42_html_spaced_fullwidth.html", page_html(
        "关于做好重要时段安全保卫工作的通知",
        "<div style='font-family:Noto Sans CJK SC;letter-spacing:0.5em'>秘 密 ★ １ 年</div>"
        "<h1>关于做好重要时段安全保卫工作的通知</h1>" + "".join("<p>%s</p>" % b for b in GW_BODY[1:])))
    label("m42_html_spaced_fullwidth.html", "block", ["classified_marking"],
          "HTML: the marking typed with spaces between characters and a full-width digit (秘 密 ★ １ 年) above the H1")

    write("p01_html_news_baomifa.html", page_html(
        "保密宣传月活动在我市启动",
        "<h1>保密宣传月活动在我市启动</h1><div class=src>来源：市保密局　发布时间：2026-11-02</div>"
        + "".join("<p>%s</p>" % b for b in LAW_NEWS)))
    label("p01_html_news_baomifa.html", "pass", [],
          "HTML news quoting 保守国家秘密法: 绝密、机密、秘密三级 and the periods of each level in sentences")

    write("p10_html_mishu.html", page_html(
        "市政府召开常务会议",
        "<h1>市政府召开常务会议</h1><p>11月18日，市长王某某主持召开市政府第42次常务会议。"
        "副市长、市政府秘书长出席会议，市政府副秘书长、办公室秘书一处负责同志列席。</p>"
        "<p>会议研究了城市更新、养老服务等事项。会议要求市政府办公室秘书科做好会议纪要的印发工作。</p>"))
    label("p10_html_mishu.html", "pass", [], "HTML news: 秘书长, 副秘书长, 秘书一处, 秘书科 (秘 inside other words)")

    write("p12_html_jimixing.html", page_html(
        "政务云平台通过网络安全等级保护三级测评",
        "<h1>政务云平台通过网络安全等级保护三级测评</h1>"
        "<p>近日，市政务云平台顺利通过网络安全等级保护三级测评。测评从数据的机密性、完整性和可用性三个方面，"
        "对平台的身份鉴别、访问控制、安全审计和数据备份恢复进行了全面检查。</p>"
        "<p>平台采用国密算法对传输数据加密，保障政务数据的机密性；通过异地容灾保障业务的可用性。</p>"))
    label("p12_html_jimixing.html", "pass", [], "HTML: 机密性 (confidentiality) in an information-security news item")

    write("p20_html_faq_question.html", page_html(
        "保密知识问答",
        "<h1>保密知识问答</h1><h3>问：什么是工作秘密？</h3>"
        "<p>答：工作秘密是指机关、单位在履行职责过程中产生、获取的，不属于国家秘密，但泄露后会妨碍机关、单位正常履行职能的事项。</p>"
        "<h3>问：国家秘密分为哪几级？</h3><p>答：分为绝密、机密、秘密三级。</p>"
        "<h3>问：“内部资料”可以上网吗？</h3><p>答：标注“内部资料”的材料未经审查不得在互联网上发布。</p>"))
    label("p20_html_faq_question.html", "pass", [],
          "HTML FAQ: 工作秘密 in a question and its definition, the three levels in an answer, 内部资料 quoted in a question (README: a question or a definition is prose)")

    write("p25_html_case_news.html", page_html(
        "以案释法：一起非法获取国家秘密案",
        "<h1>以案释法：一起非法获取国家秘密案</h1>"
        "<p>2025年，某公司员工李某受境外人员指使，非法获取机密级国家秘密文件2份、秘密级国家秘密文件5份，"
        "法院以非法获取国家秘密罪判处其有期徒刑三年。</p><p>法官提示：任何单位和个人都负有保守国家秘密的义务。</p>"))
    label("p25_html_case_news.html", "pass", [], "HTML: court case news with 机密级 and 秘密级 inside a sentence")

    write("p31_html_meta_keywords.html",
          "<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>保密知识专栏</title>"
          "<meta name=keywords content='保密,秘密,机密,绝密,保密法'><meta name=description content='保密知识专栏：国家秘密的密级、定密和保密审查'>"
          "</head><body><h1>保密知识专栏</h1><ul><li><a href='/bmzs/1.html'>什么是国家秘密</a></li>"
          "<li><a href='/bmzs/2.html'>信息公开保密审查十问</a></li></ul></body></html>")
    label("p31_html_meta_keywords.html", "pass", [],
          "HTML: a 保密知识 column page whose <meta name=keywords> lists bare 秘密,机密,绝密 as search keywords")

    write("p26_html_shangye_mimi.html", page_html(
        "市市场监管局发布商业秘密保护指引",
        "<h1>市市场监管局发布商业秘密保护指引</h1><p>为帮助企业提升商业秘密保护能力，市市场监管局发布《企业商业秘密保护工作指引》，"
        "从商业秘密的认定、保密措施、侵权救济等方面给出建议。</p><p>指引提示，企业应与接触技术秘密的员工签订保密协议和竞业限制协议。</p>"))
    label("p26_html_shangye_mimi.html", "pass", [], "HTML: 商业秘密 and 技术秘密 in a market-regulation news item")

    # ---------------- Chromium PDFs
    chrome(gongwen_html([fenhao(), "秘密★1年", "特急"], "关于做好今冬明春防汛抗旱准备工作的通知"), "m20_pdf_chromium_gongwen.pdf")
    label("m20_pdf_chromium_gongwen.pdf", "block", ["classified_marking"],
          "Chromium print-to-pdf of a 公文 (Noto fonts): 份号, 秘密★1年, 特急 at the top left, 红头 and red rule")

    chrome(gongwen_html([], "关于加强重要目标安全防范的通知",
                        extra="body{padding-left:16mm}.rot{position:fixed;left:-12mm;top:30mm;width:40mm;transform:rotate(-90deg);"
                              "transform-origin:center;font-family:'Noto Sans CJK SC';font-size:18pt;color:#000}",
                        after="<div class=rot>机密★5年</div>"), "m21_pdf_chromium_rotated.pdf")
    label("m21_pdf_chromium_rotated.pdf", "block", ["classified_marking"],
          "Chromium: 机密★5年 in a position:fixed div rotated -90° (reading bottom to top) at the left edge of the text area, level with the 红头, last in the DOM. (First run: the div was rotated off the printed area and showed nothing; fixed before the label was scored again)")

    chrome(page_html("国家秘密密级与保密期限一览",
                     "<h2>国家秘密密级与保密期限一览</h2><table border=1 cellspacing=0 cellpadding=6>"
                     "<tr><th>密级</th><th>保密期限（除另有规定外）</th><th>说明</th></tr>"
                     "<tr><td>绝密</td><td>不超过三十年</td><td>泄露会使国家安全和利益遭受特别严重的损害</td></tr>"
                     "<tr><td>机密</td><td>不超过二十年</td><td>泄露会使国家安全和利益遭受严重的损害</td></tr>"
                     "<tr><td>秘密</td><td>不超过十年</td><td>泄露会使国家安全和利益遭受损害</td></tr></table>"
                     "<p>资料来源：《中华人民共和国保守国家秘密法》。</p>"),
           "p06_pdf_chromium_levels_table.pdf")
    label("p06_pdf_chromium_levels_table.pdf", "pass", [],
          "Chromium ruled table explaining the three levels: a bare 绝密/机密/秘密 in each row's first cell, under a 密级 heading")

    chrome(gongwen_html([], "关于公布2026年度行政许可事项目录的通知",
                        after="<p style='text-indent:0'>（此件公开发布）</p>"), "p15_pdf_chromium_gongkai_fabu.pdf")
    label("p15_pdf_chromium_gongkai_fabu.pdf", "pass", [], "Chromium 公文 with the 附注 （此件公开发布）")

    chrome(gongwen_html([fenhao(), "特急"], "关于做好寒潮天气防范应对工作的紧急通知"), "p23_pdf_chromium_fenhao_only.pdf")
    label("p23_pdf_chromium_fenhao_only.pdf", "pass", [],
          "Chromium 公文 head with 份号 and 特急 but no 密级 line (an unclassified 公文)")

    # ---------------- python-docx
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "秘密★1年"
    d.add_paragraph("关于做好2027年部门预算编制工作的通知")
    for b in GW_BODY:
        d.add_paragraph(b)
    d.save(out("m10_docx_header_pydocx.docx"))
    label("m10_docx_header_pydocx.docx", "block", ["classified_marking"], "python-docx: 秘密★1年 as the page header's only paragraph")

    d = docx.Document()
    t = d.add_table(rows=1, cols=3)
    for i, v in enumerate([fenhao(), "秘密★1年", "特急"]):
        t.cell(0, i).text = v
    d.add_paragraph("××市交通运输局文件")
    d.add_paragraph("关于做好春运期间道路运输保障工作的通知")
    for b in GW_BODY[1:]:
        d.add_paragraph(b)
    d.save(out("m16_docx_table_top.docx"))
    label("m16_docx_table_top.docx", "block", ["classified_marking"],
          "python-docx: a borderless one-row table at the top of page 1 holds 份号 | 秘密★1年 | 特急 in three cells")

    d = docx.Document()
    d.add_paragraph("秘密")
    d.add_paragraph("××市财政局文件")
    d.add_paragraph("×财发〔2026〕31号")
    d.add_paragraph("关于做好2027年部门预算编制工作的通知")
    for b in GW_BODY:
        d.add_paragraph(b)
    d.save(out("m17_docx_bare_head.docx"))
    label("m17_docx_bare_head.docx", "block", ["classified_marking"],
          "python-docx: the first body paragraph is a bare 秘密, above the 发文机关标志 ××市财政局文件")

    d = docx.Document()
    d.sections[0].footer.paragraphs[0].text = "内部资料　注意保存"
    d.add_paragraph("全市重点项目推进情况汇报")
    d.add_paragraph("截至10月底，全市158个重点项目累计完成投资421.6亿元，完成年度计划的86.2%。")
    d.save(out("m18_docx_footer_neibu.docx"))
    label("m18_docx_footer_neibu.docx", "review", ["sensitive_term"], "python-docx: 内部资料　注意保存 as the page footer")

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "机密★3年"
    d.add_paragraph("关于加强重点单位安全防范工作的意见")
    for b in GW_BODY:
        d.add_paragraph(b)
    src = os.path.join(BUILD, "m22_pdf_lo_docx_header.docx")
    d.save(src)
    soffice(src, "pdf", OUT)
    label("m22_pdf_lo_docx_header.pdf", "block", ["classified_marking"],
          "LibreOffice docx→pdf: 机密★3年 in the page header (python-docx source, no 公文 fonts: fallback ★)")

    d = docx.Document()
    d.add_heading("国家秘密定密工作指引", 1)
    for s in ["第一条　为规范本机关定密工作，根据《中华人民共和国保守国家秘密法》及其实施条例，制定本指引。",
              "第二条　国家秘密的密级分为绝密、机密、秘密三级。定密责任人应当根据保密事项范围的规定确定密级。",
              "第三条　国家秘密的标志由密级和保密期限组成，密级与保密期限之间以五角星分隔，标注于文件首页左上角。",
              "第四条　不属于国家秘密的事项，不得标注国家秘密标志；工作秘密按照有关规定管理。",
              "第五条　本指引自印发之日起施行。"]:
        d.add_paragraph(s)
    d.save(out("p03_docx_dingmi_guide.docx"))
    label("p03_docx_dingmi_guide.docx", "pass", [],
          "python-docx 定密 guideline: the levels, how a marking is composed (no example marking), 工作秘密 in a sentence")

    d = docx.Document()
    d.add_paragraph("国家秘密密级一览表")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([("密级", "保密期限", "损害程度"), ("绝密", "不超过30年", "特别严重的损害"),
                             ("机密", "不超过20年", "严重的损害"), ("秘密", "不超过10年", "损害")]):
        for c_, v in enumerate(row):
            t.cell(r, c_).text = v
    d.add_paragraph("注：保密期限除另有规定外适用上表。")
    d.save(out("p04_docx_levels_table.docx"))
    label("p04_docx_levels_table.docx", "pass", [],
          "python-docx: a Table Grid table explaining the three levels (bare 绝密/机密/秘密 in first-column cells)")

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "公开属性：主动公开"
    d.add_paragraph("××市人民政府办公室")
    d.add_paragraph("关于印发2026年政务公开工作要点的通知")
    for b in GW_BODY[1:3]:
        d.add_paragraph(b)
    d.save(out("p13_docx_header_gongkai.docx"))
    label("p13_docx_header_gongkai.docx", "pass", [], "python-docx: the page header says 公开属性：主动公开")

    d = docx.Document()
    d.add_paragraph("××市保密局关于机关保密工作的几点要求")
    d.add_paragraph("一、严格落实定密责任。各单位应当依照法定程序确定国家秘密的密级、保密期限和知悉范围。")
    d.add_paragraph("二、依照《中华人民共和国保守国家秘密法》第六十四条的规定，机关、单位对在履行职责中产生的、不属于国家秘密"
                    "但泄露后会造成一定不利影响的事项，按照工作秘密进行管理。")
    d.add_paragraph("三、加强信息发布保密审查。拟在互联网公开的信息，应当按照“谁公开、谁审查”的原则进行审查。")
    d.save(out("p17_docx_numbered_gongzuo.docx"))
    label("p17_docx_numbered_gongzuo.docx", "pass", [],
          "python-docx: items numbered 一、二、三、; item 二 mentions 工作秘密 inside a sentence about the law")

    d = docx.Document()
    d.add_paragraph("××市机关事务管理局涉密载体销毁服务采购项目竞争性磋商公告")
    d.add_paragraph("一、项目名称：2027年度涉密载体及废旧文件集中销毁服务。")
    d.add_paragraph("二、供应商资格：具有国家保密行政管理部门颁发的涉密载体销毁资质，具备保密室和专用销毁设备。")
    d.add_paragraph("三、获取磋商文件：2026年12月10日至12月16日，在××市公共资源交易网下载。")
    d.save(out("p27_docx_procurement.docx"))
    label("p27_docx_procurement.docx", "pass", [], "python-docx 采购公告 for a 涉密载体 destruction service (涉密, 保密 in words)")

    d = docx.Document()
    d.add_paragraph("技术服务合同")
    d.add_paragraph("第八条　保密条款")
    d.add_paragraph("8.1 乙方对在履行本合同过程中知悉的甲方商业秘密和技术秘密负有保密义务，未经甲方书面同意，不得向任何第三方披露。")
    d.add_paragraph("8.2 本条约定的保密义务不因本合同的解除或终止而失效。")
    src = os.path.join(BUILD, "p08_pdf_lo_contract_shangye.docx")
    d.save(src)
    soffice(src, "pdf", OUT)
    label("p08_pdf_lo_contract_shangye.pdf", "pass", [],
          "LibreOffice docx→pdf: a contract's 保密条款 with 商业秘密 and 技术秘密")

    # ---------------- hand-written DOCX XML (shapes Word writes, python-docx cannot)
    hand_docx("m12_docx_watermark_vml.docx", wp("关于印发内部审计工作规划的通知", "center") + "".join(wp(b) for b in GW_BODY),
              header_xml=watermark_header("秘密★1年"))
    label("m12_docx_watermark_vml.docx", "block", ["classified_marking"],
          "hand-written DOCX: Word's custom text watermark (VML WordArt v:shape type _x0000_t136 in header1.xml, textpath string=秘密★1年)")

    hand_docx("m13_docx_watermark_bare.docx", wp("2027年度信息化建设项目需求清单", "center") + "".join(wp(b) for b in GW_BODY[1:]),
              header_xml=watermark_header("机密"))
    label("m13_docx_watermark_bare.docx", "block", ["classified_marking"],
          "hand-written DOCX: Word's preset watermark 机密 (bare level word, VML WordArt in the header). Docs: a bare level word in a page header is a marking; a watermark is drawn from the header")

    hand_docx("m14_docx_textbox_wps.docx", wps_textbox("绝密★长期") + gw_paras())
    label("m14_docx_textbox_wps.docx", "block", ["classified_marking"],
          "hand-written DOCX: a DrawingML text box (wps:txbx, mc:AlternateContent with VML fallback) anchored at the top left of the page holds 绝密★长期")

    hand_docx("m15_docx_vml_rect.docx", vml_rect("秘密★6个月") + gw_paras())
    label("m15_docx_vml_rect.docx", "block", ["classified_marking"],
          "hand-written DOCX: a legacy VML rectangle (v:rect with v:textbox) above the text holds 秘密★6个月")

    soffice(out("m14_docx_textbox_wps.docx"), "pdf", BUILD)
    shutil.copy(os.path.join(BUILD, "m14_docx_textbox_wps.pdf"), out("m47_pdf_lo_textbox.pdf"))
    label("m47_pdf_lo_textbox.pdf", "block", ["classified_marking"],
          "LibreOffice docx→pdf of m14: the text box 绝密★长期 is a frame LibreOffice draws at the top of the page")

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "××市人民政府办公室秘书处　编"
    d.add_paragraph("政务信息（第45期）")
    d.add_paragraph("市政府召开优化营商环境工作推进会。会议通报了前三季度营商环境评价情况，部署了下一阶段重点任务。")
    d.save(out("p32_docx_header_mishuchu.docx"))
    label("p32_docx_header_mishuchu.docx", "pass", [], "python-docx: the page header names the 秘书处 that edits a public 政务信息 bulletin")

    d = docx.Document()
    d.add_paragraph("商业秘密保护工作指引")
    d.add_paragraph("一、企业应当建立商业秘密管理制度，明确商业秘密的范围、密级和保密期限。")
    d.add_paragraph("二、对接触商业秘密的员工，企业应当开展保密培训并签订保密协议。")
    src = os.path.join(BUILD, "p33_pdf_lo_shangye_title.docx")
    d.save(src)
    soffice(src, "pdf", OUT)
    label("p33_pdf_lo_shangye_title.pdf", "pass", [],
          "LibreOffice docx→pdf whose first line (the title heading the document) is 商业秘密保护工作指引; 密级 used of a company's own secrets")

    # ---------------- LibreOffice: HTML → ODT, ODT → PDF
    shutil.copy(lo_odt("m24_odt_marking", ["机密★1年", "××市公安局文件", "×公发〔2026〕58号",
                                            "关于做好重大活动安全保障工作的通知"] + GW_BODY), out("m24_odt_marking.odt"))
    label("m24_odt_marking.odt", "block", ["classified_marking"],
          "LibreOffice ODT (saved from a python-docx source): 机密★1年 as the first paragraph of a 公文")

    soffice(lo_odt("m23_pdf_lo_odt_bare", ["秘密", "中共××市委组织部文件", "×组通〔2026〕9号",
                                           "关于调整部分干部职务的通知"] + GW_BODY), "pdf", OUT)
    label("m23_pdf_lo_odt_bare.pdf", "block", ["classified_marking"],
          "LibreOffice odt→pdf: a bare 秘密 paragraph above the 发文机关标志 of a 公文")

    shutil.copy(lo_odt("p28_odt_training", [
        "保密知识培训讲义", "一、国家秘密的密级", "国家秘密的密级分为“绝密”“机密”“秘密”三级。",
        "二、密级标志", "国家秘密标志由密级和保密期限组成，标注在文件首页左上角。",
        "三、工作秘密", "工作秘密不属于国家秘密，但同样不得在互联网上公开。"]), out("p28_odt_training.odt"))
    label("p28_odt_training.odt", "pass", [],
          "LibreOffice ODT training handout: quoted level names, how markings are placed, a section headed 三、工作秘密 (a numbered heading is prose)")

    # ---------------- reportlab
    def rl_drawn_last(c, size):
        w, h = size
        rl_body(c, h - 160, ["关于加强重点目标安全防范工作的通知"] + GW_BODY)
        c.setFont("STSong-Light", 16)
        c.drawString(80, h - 90, "绝密★长期")
    reportlab_pdf("m25_pdf_rl_drawn_last.pdf", rl_drawn_last)
    label("m25_pdf_rl_drawn_last.pdf", "block", ["classified_marking"],
          "ReportLab (STSong-Light CID font): the body is drawn first, 绝密★长期 last in the content stream but placed at the top left")

    def rl_rotated(c, size):
        w, h = size
        rl_body(c, h - 120, ["关于调整应急物资储备布局的通知"] + GW_BODY)
        c.saveState()
        c.translate(40, h - 300)
        c.rotate(90)
        c.setFont("STSong-Light", 16)
        c.drawString(0, 0, "秘密★1年")
        c.restoreState()
    reportlab_pdf("m26_pdf_rl_rotated.pdf", rl_rotated)
    label("m26_pdf_rl_rotated.pdf", "block", ["classified_marking"],
          "ReportLab: 秘密★1年 drawn rotated 90° in the left margin, after the body")

    def rl_jimixing(c, size):
        w, h = size
        rl_body(c, h - 90, ["政务数据安全管理办法（试行）",
                            "第三条　数据安全管理应当遵循机密性、完整性、可用性原则。",
                            "第四条　数据处理者应当采取加密、访问控制等措施，保障重要数据的机密性。",
                            "第五条　本办法所称商业秘密，按照《中华人民共和国反不正当竞争法》的规定认定。"])
    reportlab_pdf("p11_pdf_rl_jimixing.pdf", rl_jimixing)
    label("p11_pdf_rl_jimixing.pdf", "pass", [], "ReportLab: 机密性 and 商业秘密 in articles of a data-security regulation")

    # ---------------- openpyxl
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "秘密★1年"
    rows = [("序号", "单位", "项目", "金额（万元）"), (1, "市交通局", "国省道养护", 1200), (2, "市水利局", "堤防加固", 860)]
    for i, r in enumerate(rows, start=3):
        for j, v in enumerate(r, start=1):
            ws.cell(i, j, v)
    wb.save(out("m35_xlsx_openpyxl_a1.xlsx"))
    label("m35_xlsx_openpyxl_a1.xlsx", "block", ["classified_marking"], "openpyxl: 秘密★1年 in cell A1 above a table")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目汇总"
    ws.oddFooter.left.text = "内部资料 注意保存"
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r, start=1):
            ws.cell(i, j, v)
    wb.save(out("m36_xlsx_openpyxl_footer_neibu.xlsx"))
    label("m36_xlsx_openpyxl_footer_neibu.xlsx", "review", ["sensitive_term"], "openpyxl: print footer &L内部资料 注意保存")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "密级说明"
    for i, r in enumerate([("密级", "保密期限", "说明"), ("绝密", "不超过30年", "最重要的国家秘密"),
                           ("机密", "不超过20年", "重要的国家秘密"), ("秘密", "不超过10年", "一般的国家秘密")], start=1):
        for j, v in enumerate(r, start=1):
            ws.cell(i, j, v)
    wb.save(out("p05_xlsx_levels_table.xlsx"))
    label("p05_xlsx_levels_table.xlsx", "pass", [],
          "openpyxl: a training sheet named 密级说明 whose first column lists bare 绝密/机密/秘密 under a 密级 heading (the level in A2 is not A1)")

    # ---------------- scans
    scan(gongwen_html([fenhao(), "秘密★1年"], "关于做好今冬明春防汛抗旱准备工作的通知"), "m31_pdf_scan_gongwen.pdf")
    label("m31_pdf_scan_gongwen.pdf", "block", ["classified_marking"],
          "scan: Chromium page → Ghostscript 200 dpi → ImageMagick skew/noise/1-bit → img2pdf; 份号 and 秘密★1年 at the top left (OCR)")

    scan(gongwen_html(["机密★10年"], "关于印发重点目标防护方案的通知", organ="××市人民防空办公室文件"), "m32_png_scan_marking.png",
         as_png=True, dpi=200, rotate="-0.3")
    label("m32_png_scan_marking.png", "block", ["classified_marking"],
          "picture: the same kind of scan saved as a 1-bit PNG at 200 dpi, 机密★10年 at the top left (OCR)")

    scan(page_html("2026年三季度信访形势分析",
                   "<div style='font-size:18pt;text-align:right'>内部资料　注意保存</div>"
                   "<h1 style='text-align:center'>2026年三季度信访形势分析</h1>"
                   "<p style='font-size:15pt'>三季度全市信访总量同比下降8.2%，网上信访占比提升至61%。"
                   "群众反映较集中的问题主要涉及城建、劳动保障和农村土地等领域。</p>",
                   css="body{font-family:'Noto Serif CJK SC'}"), "m33_pdf_scan_neibu.pdf")
    label("m33_pdf_scan_neibu.pdf", "review", ["sensitive_term"],
          "scan (Chromium → gs → ImageMagick → img2pdf): 内部资料　注意保存 at the top right, read by OCR")

    scan(page_html("关于开展保密宣传月活动的通知",
                   "<h1 style='text-align:center;font-size:22pt'>关于开展保密宣传月活动的通知</h1>"
                   + "".join("<p style='font-size:15pt;text-indent:2em'>%s</p>" % b for b in LAW_NEWS[1:3]),
                   css="body{font-family:'Noto Serif CJK SC'}"), "p19_pdf_scan_clean.pdf")
    label("p19_pdf_scan_clean.pdf", "pass", [],
          "clean scan (Chromium → gs → ImageMagick → img2pdf) of a notice quoting the 保密法 with the three levels in sentences; README: a clean scan read with confidence passes")

    # ---------------- npm: docx, exceljs, pptxgenjs, pdf-lib
    env = dict(os.environ, NODE_PATH=os.path.join(NPM, "node_modules"), OUT=OUT, BUILD=BUILD, SEED=str(SEED))
    subprocess.run(["node", os.path.join(HERE, "gen.js")], check=True, env=env)
    for l in json.load(open(os.path.join(BUILD, "node_labels.json"), encoding="utf-8")):
        LABELS.append(l)

    # a text shape written into the slide master itself (pptxgenjs puts master objects in a layout)
    sp = ('<p:sp><p:nvSpPr><p:cNvPr id="90" name="密级标志"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr>'
          '<p:spPr><a:xfrm><a:off x="274320" y="137160"/><a:ext cx="2286000" cy="457200"/></a:xfrm>'
          '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="none"/><a:lstStyle/>'
          '<a:p><a:r><a:rPr lang="zh-CN" sz="1800"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:rPr>'
          '<a:t>绝密★长期</a:t></a:r></a:p></p:txBody></p:sp>')
    with zipfile.ZipFile(os.path.join(BUILD, "m46_base.pptx")) as zi, \
            zipfile.ZipFile(out("m46_pptx_slidemaster_xml.pptx"), "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data = zi.read(it.filename)
            if it.filename == "ppt/slideMasters/slideMaster1.xml":
                data = data.decode("utf-8").replace("</p:grpSpPr>", "</p:grpSpPr>" + sp, 1).encode("utf-8")
            zo.writestr(it, data)
    label("m46_pptx_slidemaster_xml.pptx", "block", ["classified_marking"],
          "pptxgenjs deck with a text shape 绝密★长期 written by hand into ppt/slideMasters/slideMaster1.xml (shown on every slide through the layout)")

    LABELS.sort(key=lambda l: l["file"])
    missing = [l["file"] for l in LABELS if not os.path.exists(out(l["file"]))]
    if missing:
        sys.exit("not made: %s" % missing)
    with open(out("labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d files, %d must be caught, %d must pass" % (
        len(LABELS), sum(l["expect_verdict"] != "pass" for l in LABELS), sum(l["expect_verdict"] == "pass" for l in LABELS)))


if __name__ == "__main__":
    main()
