#!/usr/bin/env python3
"""blind58-bundles: files inside files.

Writes every corpus file, labels.json and README.md into the folder above
gen/ (or the folder given as the first argument).

Needs: python-docx, openpyxl, reportlab, Pillow (Debian's python3-docx,
python3-openpyxl, python3-reportlab, python3-pil, python3-lxml,
python3-et-xmlfile; unpacked with `dpkg -x` into /tmp/pyroot, or set
B58_PYDEPS), node with pptxgenjs (B58_NODE_PATH, default
/tmp/npmroot/node_modules), and the commands 7z, zip, tar, gzip, qpdf,
mutool, tesseract (only to check the pictures), pdfdetach.

Every name, number and address here is invented.
"""
import base64
import io
import json
import os
import quopri
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

DEPS = os.environ.get("B58_PYDEPS", "/tmp/pyroot/usr/lib/python3/dist-packages")
if os.path.isdir(DEPS):
    sys.path.insert(0, DEPS)

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
import openpyxl  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
NODE_PATH = os.environ.get("B58_NODE_PATH", "/tmp/npmroot/node_modules")
WORK = tempfile.mkdtemp(prefix="b58-")
FIXED_DT = (2025, 4, 1, 9, 30, 0)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

# --------------------------------------------------------------------------
# invented personal values


def id18(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def luhn(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


ID_A = id18("33010619880715341")   # 西湖区 1988-07-15
ID_B = id18("42011119910323602")   # 洪山区 1991-03-23
ID_C = id18("51010419750908127")   # 锦江区 1975-09-08
ID_D = id18("37010219940216053")   # 历下区 1994-02-16
ID_E = id18("44030519821130284")   # 南山区 1982-11-30
ID_F = id18("32010219690604231")   # 玄武区 1969-06-04
CARD_A = luhn("621785620031447852")  # 19 digits, UnionPay 62
M_7Z = "18620934471"
M_CHART = "15266309187"
M_QP = "13957128846"
M_IFRAME = "17708453362"
M_OFD = "13588261409"
M_PDF2 = "13307716254"

for v in (ID_A, ID_B, ID_C, ID_D, ID_E, ID_F):
    assert len(v) == 18


def mask_id(v):
    return v[:6] + "********" + v[-4:]


# --------------------------------------------------------------------------
# texts

COUNTY = "青岚县"
AGENCY = "青岚县发展和改革局"
BANFA = "《青岚县政府投资项目管理办法（征求意见稿）》"

TONGZHI = [
    f"关于公开征求{BANFA}意见的通知",
    "各乡镇人民政府，县级各部门，社会各界人士：",
    f"为进一步规范政府投资项目管理，提高投资效益，我局起草了{BANFA}，现向社会公开征求意见。请于2025年4月30日前通过以下方式反馈：",
    "一、电子邮件：qlfgj_zqyj@qinglan.gov.cn",
    "二、信函：青岚县新城大道88号县发展和改革局法规股（邮编：628300）",
    "三、电话：0839-6621357（工作日9:00—17:00）；政务服务便民热线12345",
    "附件：1.青岚县政府投资项目管理办法（征求意见稿）",
    "　　　2.起草说明",
    "　　　3.意见反馈表",
    AGENCY,
    "2025年4月1日",
]

BANFA_TEXT = [
    "青岚县政府投资项目管理办法",
    "（征求意见稿）",
    "第一章　总则",
    "第一条　为规范政府投资行为，提高政府投资效益，根据《政府投资条例》等有关规定，结合本县实际，制定本办法。",
    "第二条　本办法所称政府投资，是指在本县行政区域内使用预算安排的资金进行的固定资产投资建设活动。",
    "第三条　县发展改革部门是本县政府投资主管部门，负责政府投资项目的综合管理；财政、自然资源、住房城乡建设、审计等部门按照各自职责做好相关工作。",
    "第二章　项目决策",
    "第四条　政府投资项目实行审批制。项目单位应当编制项目建议书、可行性研究报告、初步设计，按照规定程序报批。",
    "第五条　投资主管部门应当委托工程咨询机构对可行性研究报告进行评估，并在受理之日起二十个工作日内作出是否批准的决定。",
    "第三章　附则",
    "第六条　本办法由县发展和改革局负责解释，自印发之日起施行，有效期五年。",
]

QICAO = [
    f"关于{BANFA}的起草说明",
    "一、起草背景",
    "《政府投资条例》施行以来，我县政府投资项目管理总体规范，但仍存在前期工作深度不够、概算调整较多等问题，有必要制定本办法。",
    "二、起草过程",
    "2025年2月以来，我局在调研基础上形成初稿，书面征求了县财政局、县审计局等12个部门意见，经修改形成征求意见稿。",
    "三、主要内容",
    "征求意见稿共三章六条，包括总则、项目决策和附则，重点明确了审批程序和评估时限。",
]


# --------------------------------------------------------------------------
# office writers


def new_doc():
    d = docx.Document()
    d.core_properties.author = "县发展改革局"
    d.core_properties.title = ""
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(14)
    return d


def docx_bytes(paragraphs, table=None, placeholder_after=None):
    """paragraphs: list of str; table: (header, rows) appended after them.
    placeholder_after: index after which a [[OBJ]] paragraph is put."""
    d = new_doc()
    for i, p in enumerate(paragraphs):
        d.add_paragraph(p)
        if placeholder_after is not None and i == placeholder_after:
            d.add_paragraph("[[OBJ]]")
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, header):
            c.text = h
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def xlsx_bytes(sheets, title="Sheet1"):
    """sheets: list of (name, rows); a row is a list of cell values."""
    wb = openpyxl.Workbook()
    wb.properties.creator = "县发展改革局"
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(r)
        ws.column_dimensions["A"].width = 14
        for col in "BCDEF":
            ws.column_dimensions[col].width = 22
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


FANKUI_XLSX = lambda: xlsx_bytes([("意见反馈表", [
    [f"{BANFA}意见反馈表"],
    ["序号", "条款", "修改意见", "修改理由"],
    [1, "", "", ""], [2, "", "", ""], [3, "", "", ""],
    ["反馈单位（盖章）：", "", "填表日期：", ""],
])])


def mingdan_xlsx(raw_id):
    return xlsx_bytes([("起草小组", [
        ["起草小组成员名单"],
        ["序号", "姓名", "单位", "职务", "身份证号"],
        [1, "陈思远", "县发展和改革局", "副局长", mask_id(id18("51082419790411003"))],
        [2, "林嘉禾", "县发展和改革局", "法规股股长", raw_id],
        [3, "罗佩瑶", "县财政局", "投资评审中心主任", mask_id(id18("51080219850917004"))],
    ])])


def pdf_bytes(lines, title="", size=14):
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=(595, 842))
    c.setTitle(title)
    c.setAuthor("县发展改革局")
    y = 780
    for ln in lines:
        c.setFont("STSong-Light", size)
        # wrap long lines at 36 characters
        while ln:
            part, ln = ln[:36], ln[36:]
            c.drawString(60, y, part)
            y -= size * 1.8
            if y < 60:
                c.showPage()
                y = 780
                c.setFont("STSong-Light", size)
    c.showPage()
    c.save()
    return b.getvalue()


def zip_patch(data, add_files=None, replace=None, rels=None, ctypes_default=None,
              ctypes_override=None):
    """Rewrite an OOXML package: add files, apply replace={part: fn(str)->str},
    add relationships rels={rels_part: [xml,...]}, content types."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    names = zin.namelist()
    for n in names:
        s = zin.read(n)
        if replace and n in replace:
            s = replace[n](s.decode("utf-8")).encode("utf-8")
        if rels and n in rels:
            t = s.decode("utf-8")
            t = t.replace("</Relationships>", "".join(rels[n]) + "</Relationships>")
            s = t.encode("utf-8")
        if n == "[Content_Types].xml":
            t = s.decode("utf-8")
            add = ""
            for ext, ct in (ctypes_default or {}).items():
                if f'Extension="{ext}"' not in t:
                    add += f'<Default Extension="{ext}" ContentType="{ct}"/>'
            for part, ct in (ctypes_override or {}).items():
                add += f'<Override PartName="{part}" ContentType="{ct}"/>'
            t = t.replace("</Types>", add + "</Types>")
            s = t.encode("utf-8")
        zout.writestr(zin.getinfo(n), s)
    for n, s in (add_files or {}).items():
        if rels and n in rels:
            s = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 + "".join(rels[n]) + "</Relationships>").encode("utf-8")
        zout.writestr(n, s)
    for n in (rels or {}):
        if n not in names and n not in (add_files or {}):
            zout.writestr(n, ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                              + "".join(rels[n]) + "</Relationships>"))
    zout.close()
    return out.getvalue()


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def icon_png():
    im = Image.new("RGB", (64, 64), (33, 115, 70))
    d = ImageDraw.Draw(im)
    d.rectangle([14, 14, 49, 49], outline=(255, 255, 255), width=4)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def replace_placeholder(xml, new):
    return re.sub(r"<w:p>(?:(?!<w:p>).)*?\[\[OBJ\]\].*?</w:p>", new, xml, count=1, flags=re.S)


def docx_with_ole(paragraphs, embedded, progid, after=2):
    """A DOCX with an embedded Office file shown as an icon (Word's 插入→对象→由文件创建)."""
    base = docx_bytes(paragraphs, placeholder_after=after)
    ext = "xlsx" if progid.startswith("Excel") else "docx"
    part = "Microsoft_Excel_Worksheet.xlsx" if ext == "xlsx" else "Microsoft_Word_Document.docx"
    obj = ('<w:p><w:r><w:object w:dxaOrig="1520" w:dyaOrig="960">'
           '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:76pt;height:48pt" o:ole="">'
           '<v:imagedata r:id="rIdB58img" o:title=""/></v:shape>'
           f'<o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i1025" DrawAspect="Icon" '
           'ObjectID="_1790000001" r:id="rIdB58ole"/></w:object></w:r></w:p>')
    return zip_patch(
        base,
        add_files={"word/media/image_ole1.png": icon_png(), f"word/embeddings/{part}": embedded},
        replace={"word/document.xml": lambda x: replace_placeholder(x, obj)},
        rels={"word/_rels/document.xml.rels": [
            f'<Relationship Id="rIdB58img" Type="{REL}/image" Target="media/image_ole1.png"/>',
            f'<Relationship Id="rIdB58ole" Type="{REL}/package" Target="embeddings/{part}"/>']},
        ctypes_default={"png": "image/png", ext: CT_XLSX if ext == "xlsx" else CT_DOCX},
    )


def chart_xml(title, cats, series):
    def strcache(vals):
        return f'<c:ptCount val="{len(vals)}"/>' + "".join(
            f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(vals))
    sers = ""
    for i, (name, vals) in enumerate(series):
        col = "BCDEFG"[i]
        sers += (f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>'
                 f'<c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache>{strcache([name])}</c:strCache></c:strRef></c:tx>'
                 f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${len(cats)+1}</c:f><c:strCache>{strcache(cats)}</c:strCache></c:strRef></c:cat>'
                 f'<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${len(cats)+1}</c:f><c:numCache><c:formatCode>General</c:formatCode>{strcache(vals)}</c:numCache></c:numRef></c:val></c:ser>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            f'xmlns:r="{REL}"><c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>'
            f'<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
            '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>'
            f'<c:grouping val="clustered"/><c:varyColors val="0"/>{sers}'
            '<c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>'
            '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            '<c:axPos val="b"/><c:crossAx val="50010002"/></c:catAx>'
            '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            '<c:axPos val="l"/><c:crossAx val="50010001"/></c:valAx></c:plotArea>'
            '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart>'
            '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>')


CHART_CATS = ["2022年", "2023年", "2024年"]
CHART_SER = [("新开工项目", [18, 23, 27]), ("竣工项目", [12, 17, 21])]


def chart_workbook(extra_rows=()):
    rows = [["年度", "新开工项目", "竣工项目"]]
    for c, a, b in zip(CHART_CATS, CHART_SER[0][1], CHART_SER[1][1]):
        rows.append([c, a, b])
    rows.append([])
    rows.extend(extra_rows)
    return xlsx_bytes([("Sheet1", rows)])


def docx_with_chart(paragraphs, workbook, after=1):
    base = docx_bytes(paragraphs, placeholder_after=after)
    draw = ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="5274310" cy="3076575"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr id="101" name="图表 1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdB58chart"/>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    return zip_patch(
        base,
        add_files={"word/charts/chart1.xml": chart_xml("近三年政府投资项目数量（个）", CHART_CATS, CHART_SER).encode("utf-8"),
                   "word/embeddings/Microsoft_Excel_Worksheet.xlsx": workbook},
        replace={"word/document.xml": lambda x: replace_placeholder(x, draw)},
        rels={"word/_rels/document.xml.rels": [
            f'<Relationship Id="rIdB58chart" Type="{REL}/chart" Target="charts/chart1.xml"/>'],
            "word/charts/_rels/chart1.xml.rels": [
            f'<Relationship Id="rId1" Type="{REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/>']},
        ctypes_default={"xlsx": CT_XLSX},
        ctypes_override={"/word/charts/chart1.xml": "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"},
    )


def xlsx_with_docx(sheet_rows, embedded_docx):
    """An XLSX with a Word document embedded as an icon object (Excel 插入→对象)."""
    base = xlsx_bytes([("项目清单", sheet_rows)])
    vml = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel">'
           '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
           '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"/>'
           '<v:shape id="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:300pt;margin-top:20pt;width:76pt;height:48pt;z-index:1" filled="t" fillcolor="window [65]" stroked="t" strokecolor="windowText [64]" o:insetmode="auto">'
           '<x:ClientData ObjectType="Pict"><x:SizeWithCells/><x:Anchor>6, 0, 1, 0, 7, 30, 4, 0</x:Anchor><x:CF>Pict</x:CF><x:AutoPict/></x:ClientData>'
           '</v:shape></xml>')

    def fix_sheet(x):
        if 'xmlns:r=' not in x.split(">", 2)[1]:
            x = x.replace("<worksheet ", f'<worksheet xmlns:r="{REL}" ', 1)
        tail = ('<legacyDrawing r:id="rIdB58vml"/><oleObjects>'
                '<oleObject progId="Word.Document.12" dvAspect="DVASPECT_ICON" shapeId="1025" r:id="rIdB58ole"/>'
                '</oleObjects>')
        return x.replace("</worksheet>", tail + "</worksheet>")
    return zip_patch(
        base,
        add_files={"xl/embeddings/Microsoft_Word_Document.docx": embedded_docx,
                   "xl/drawings/vmlDrawing1.vml": vml.encode("utf-8")},
        replace={"xl/worksheets/sheet1.xml": fix_sheet},
        rels={"xl/worksheets/_rels/sheet1.xml.rels": [
            f'<Relationship Id="rIdB58vml" Type="{REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>',
            f'<Relationship Id="rIdB58ole" Type="{REL}/package" Target="../embeddings/Microsoft_Word_Document.docx"/>']},
        ctypes_default={"docx": CT_DOCX, "vml": "application/vnd.openxmlformats-officedocument.vmlDrawing"},
    )


def pptx_chart(extra_rows=()):
    tmp = os.path.join(WORK, "chart.pptx")
    env = dict(os.environ, NODE_PATH=NODE_PATH)
    subprocess.run(["node", os.path.join(HERE, "pptx_chart.js"), tmp], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    data = open(tmp, "rb").read()
    if not extra_rows:
        return data
    zin = zipfile.ZipFile(io.BytesIO(data))
    emb = [n for n in zin.namelist() if n.startswith("ppt/embeddings/") and n.endswith(".xlsx")]
    assert emb, "pptxgenjs wrote no workbook"
    wb = openpyxl.load_workbook(io.BytesIO(zin.read(emb[0])))
    ws = wb.worksheets[0]
    start = ws.max_row + 2
    for i, r in enumerate(extra_rows):
        for j, v in enumerate(r):
            ws.cell(row=start + i, column=1 + j, value=v)
    b = io.BytesIO()
    wb.save(b)
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for n in zin.namelist():
        zout.writestr(zin.getinfo(n), b.getvalue() if n == emb[0] else zin.read(n))
    zout.close()
    return out.getvalue()


# --------------------------------------------------------------------------
# pictures

FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def page_png(marking):
    """The head of a 公文's first page as a scanner gives it; marking at the top left."""
    W, H = 1240, 1000
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    if marking:
        f = ImageFont.truetype(FONT_SANS, 48, index=2)
        d.text((120, 70), marking, font=f, fill="black", stroke_width=1, stroke_fill="black")
    y = 190
    for text, sz, color, align, fo in [
            ("青岚县发展和改革局文件", 64, (200, 0, 0), "c", FONT_SERIF_B),
            ("青发改〔2025〕18号", 32, "black", "c", FONT_SANS),
            ("关于征求《青岚县政府投资项目管理办法》意见的函", 38, "black", "c", FONT_SERIF_B),
            ("各乡镇人民政府、县级有关部门：", 32, "black", "l", FONT_SANS),
            ("为进一步规范政府投资项目管理，我局起草了管理办法，", 32, "black", "l", FONT_SANS),
            ("现征求你单位意见，请于十日内反馈。", 32, "black", "l", FONT_SANS)]:
        ff = ImageFont.truetype(fo, sz, index=2)
        w = d.textlength(text, font=ff)
        x = 110 if align == "l" else (W - w) / 2
        d.text((x, y), text, font=ff, fill=color)
        y += int(sz * 1.9)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True)
    return b.getvalue()


def flow_png():
    """How opinions are handled, as a framed picture of four lines (OCR reads it at about 89 confidence)."""
    im = Image.new("RGB", (1100, 360), "white")
    d = ImageDraw.Draw(im)
    d.text((60, 30), "意见处理流程", font=ImageFont.truetype(FONT_SANS, 40, index=2), fill=(20, 20, 20))
    f = ImageFont.truetype(FONT_SANS, 34, index=2)
    steps = ["一、提交意见：通过邮件、信函或电话提交。", "二、汇总梳理：法规股逐条登记。",
             "三、研究采纳：起草小组研究论证。", "四、公开反馈：在门户网站公布采纳情况。"]
    for i, s in enumerate(steps):
        d.text((60, 110 + i * 58), s, font=f, fill=(20, 20, 20))
    d.rectangle([20, 10, 1080, 350], outline=(30, 80, 160), width=4)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True)
    return b.getvalue()


# --------------------------------------------------------------------------
# archives


class GBKZipInfo(zipfile.ZipInfo):
    """Member names in code page 936 without the UTF-8 flag, as Windows' 发送到→压缩文件夹 writes them."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_zip(path, members, gbk=False):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = GBKZipInfo(name, FIXED_DT) if gbk else zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if gbk:
                zi.create_system = 0
                zi.external_attr = 0x20
            else:
                zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def zip_bytes(members, gbk=False):
    p = os.path.join(WORK, "tmp.zip")
    if os.path.exists(p):
        os.remove(p)
    write_zip(p, members, gbk)
    return open(p, "rb").read()


def stage(members):
    d = tempfile.mkdtemp(dir=WORK)
    for name, data in members:
        fp = os.path.join(d, name)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
        os.utime(fp, (1743471000, 1743471000))
    return d


def write_7z(path, members, password=None):
    d = stage(members)
    if os.path.exists(path):
        os.remove(path)
    cmd = ["7z", "a", "-t7z", "-mx=9", path]
    if password:
        cmd += [f"-p{password}", "-mhe=on"]
    cmd += [m[0].split("/")[0] for m in members]
    subprocess.run(sorted(set(cmd), key=cmd.index), cwd=d, check=True, stdout=subprocess.DEVNULL)


def write_tar(path, members, gz=True):
    d = stage(members)
    top = sorted({m[0].split("/")[0] for m in members})
    tarp = path[:-3] if gz else path
    subprocess.run(["tar", "--owner=0", "--group=0", "--numeric-owner", "--mtime=2025-04-01 09:30",
                    "--format=gnu", "-cf", tarp] + top, cwd=d, check=True)
    if gz:
        subprocess.run(["gzip", "-n", "-9", "-f", tarp], check=True)


# --------------------------------------------------------------------------
# PDF attachments (qpdf for the attachments panel, mutool for file-attachment annotations)


def pdf_attach(base_pdf, path, panel=(), annots=()):
    """panel: [(name, data, mime, description)]; annots: [(name, data, mime, contents)]."""
    cur = os.path.join(WORK, "p0.pdf")
    open(cur, "wb").write(base_pdf)
    for i, (name, data, mime, desc) in enumerate(panel):
        f = os.path.join(WORK, f"att{i}")
        open(f, "wb").write(data)
        nxt = os.path.join(WORK, f"p{i+1}.pdf")
        subprocess.run(["qpdf", cur, nxt, "--add-attachment", f, f"--key={name}", f"--filename={name}",
                        f"--mimetype={mime}", f"--description={desc}", "--creationdate=D:20250401093000+08'00'",
                        "--moddate=D:20250401093000+08'00'", "--"], check=True)
        cur = nxt
    if annots:
        js = ["var doc = new PDFDocument(" + json.dumps(cur) + ");", "var page = doc.loadPage(0);"]
        for i, (name, data, mime, contents) in enumerate(annots):
            f = os.path.join(WORK, f"ann{i}")
            open(f, "wb").write(data)
            js += [f"var fs{i} = doc.addEmbeddedFile({json.dumps(name)}, {json.dumps(mime)}, readFile({json.dumps(f)}), new Date(2025,3,1), new Date(2025,3,1), false);",
                   f"var an{i} = page.createAnnotation('FileAttachment');",
                   f"an{i}.setRect([{500 - i*30}, 760, {518 - i*30}, 778]);",
                   f"an{i}.setFilespec(fs{i});",
                   f"an{i}.setContents({json.dumps(contents)});",
                   f"an{i}.update();"]
        nxt = os.path.join(WORK, "pa.pdf")
        js.append("doc.save(" + json.dumps(nxt) + ");")
        jf = os.path.join(WORK, "att.js")
        open(jf, "w", encoding="utf-8").write("\n".join(js))
        subprocess.run(["mutool", "run", jf], check=True)
        cur = nxt
    shutil.copyfile(cur, path)


# --------------------------------------------------------------------------
# e-mail


def ew(text, charset="gb2312", enc="B"):
    """RFC 2047 encoded words, each at most 75 characters, split on character boundaries."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        raw = trial.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = qenc(raw)
        if len(body) + len(charset) + 7 > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        body = base64.b64encode(raw).decode() if enc == "B" else qenc(raw)
        out.append(f"=?{charset}?{enc}?{body}?=")
    return "\r\n ".join(out)


def qenc(raw):
    s = ""
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            s += c
        elif c == " ":
            s += "_"
        else:
            s += "=%02X" % b
    return s


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text, charset):
    return quopri.encodestring(text.encode(charset).replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")


def mail(headers, body_parts, boundary="----=_NextPart_000_0012_01DB9F2A.5C3E1B70"):
    """body_parts: list of raw MIME part strings (headers + blank line + body)."""
    h = "\r\n".join(f"{k}: {v}" for k, v in headers) + "\r\n"
    h += "MIME-Version: 1.0\r\n"
    h += f'Content-Type: multipart/mixed;\r\n\tboundary="{boundary}"\r\n\r\n'
    h += "This is a multi-part message in MIME format.\r\n\r\n"
    for p in body_parts:
        h += f"--{boundary}\r\n" + p + "\r\n"
    h += f"--{boundary}--\r\n"
    return h


def part_text(text, charset="gb2312", cte="base64", subtype="plain"):
    if cte == "base64":
        body = b64lines(text.replace("\n", "\r\n").encode(charset))
    else:
        body = qp(text, charset)
    return (f'Content-Type: text/{subtype};\r\n\tcharset="{charset}"\r\n'
            f"Content-Transfer-Encoding: {cte}\r\n\r\n{body}\r\n")


def part_attach(name, data, mime, style="2047", charset="gb2312"):
    if style == "2047":
        n = ew(name, charset)
        ct = f'Content-Type: {mime};\r\n\tname="{n}"\r\n'
        cd = f'Content-Disposition: attachment;\r\n\tfilename="{n}"\r\n'
    else:  # RFC 2231, as Thunderbird and Python write it
        from urllib.parse import quote
        q = quote(name.encode("utf-8"))
        ct = f"Content-Type: {mime};\r\n\tname*=utf-8''{q}\r\n"
        cd = f"Content-Disposition: attachment;\r\n\tfilename*=utf-8''{q}\r\n"
    return ct + "Content-Transfer-Encoding: base64\r\n" + cd + "\r\n" + b64lines(data) + "\r\n"


def part_alternative(plain, html, charset, cte, boundary="----=_NextPart_001_0013_01DB9F2A.5C3E1B70"):
    s = f'Content-Type: multipart/alternative;\r\n\tboundary="{boundary}"\r\n\r\n'
    s += f"--{boundary}\r\n" + part_text(plain, charset, cte) + "\r\n"
    s += f"--{boundary}\r\n" + part_text(html, charset, cte, "html") + "\r\n"
    s += f"--{boundary}--\r\n"
    return s


MIME_DOCX = CT_DOCX
MIME_XLSX = CT_XLSX


# --------------------------------------------------------------------------
# OFD (GB/T 33190), written by hand


def ofd_bytes(lines, title, attachment=None, first_bold=None):
    """lines: list of (text, size_mm, x_mm, y_mm). attachment: (name, fmt, data)."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.1" DocType="OFD">'
           '<ofd:DocBody><ofd:DocInfo><ofd:DocID>6c1d2a7e4b9f40d2a1b3c5d7e9f01234</ofd:DocID>'
           f'<ofd:Title>{title}</ofd:Title><ofd:Author>县发展改革局</ofd:Author>'
           '<ofd:CreationDate>2025-04-01</ofd:CreationDate><ofd:Creator>hand-written</ofd:Creator></ofd:DocInfo>'
           '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    att_ref = "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>" if attachment else ""
    nid = 10 + len(lines) * 2
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                f'<ofd:MaxUnitID>{nid + 5}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
                '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                '<ofd:Pages><ofd:Page ID="3" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
                f'{att_ref}</ofd:Document>')
    pubres = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
              '<ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="2" FontName="黑体" FamilyName="黑体"/>'
              '</ofd:Fonts></ofd:Res>')
    objs = ""
    uid = 10
    for i, (text, size, x, y) in enumerate(lines):
        n = len(text)
        w = size * n + 2
        font = "2" if (first_bold and i == 0) else "1"
        dx = f' DeltaX="g {n-1} {size}"' if n > 1 else ""
        objs += (f'<ofd:TextObject ID="{uid}" Boundary="{x} {y} {w:.2f} {size*1.4:.2f}" Font="{font}" Size="{size}">'
                 f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{size:.2f}"{dx}>{text}</ofd:TextCode></ofd:TextObject>')
        uid += 1
    content = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content>'
               f'<ofd:Layer ID="4">{objs}</ofd:Layer></ofd:Content></ofd:Page>')
    members = [("OFD.xml", ofd), ("Doc_0/Document.xml", document), ("Doc_0/PublicRes.xml", pubres),
               ("Doc_0/Pages/Page_0/Content.xml", content)]
    if attachment:
        aname, fmt, data = attachment
        atts = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Attachments {ns}>'
                f'<ofd:Attachment ID="{uid + 1}" Name="{aname}" Format="{fmt}" CreationDate="2025-04-01T09:30:00" '
                f'Size="{len(data)/1024:.2f}" Visible="true" Usage="none"><ofd:FileLoc>Attach_0.{fmt}</ofd:FileLoc>'
                '</ofd:Attachment></ofd:Attachments>')
        members += [("Doc_0/Attachs/Attachments.xml", atts), (f"Doc_0/Attachs/Attach_0.{fmt}", data)]
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in members:
            z.writestr(zipfile.ZipInfo(n, FIXED_DT), d if isinstance(d, bytes) else d.encode("utf-8"))
    return b.getvalue()


def ofd_lines(texts, first_marking=None):
    out = []
    y = 25
    if first_marking:
        out.append((first_marking, 5.6, 26, y))
        y += 12
    for i, t in enumerate(texts):
        size = 7.8 if i == 0 else 5.6
        x = 26 if i else max(20, (210 - size * len(t)) / 2)
        # wrap at 28 characters
        while t:
            part, t = t[:28], t[28:]
            out.append((part, size, x, y))
            y += size * 1.9
            x = 26
    return out


# --------------------------------------------------------------------------
# the corpus

LABELS = []


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def out(name):
    return os.path.join(OUT, name)


def write(name, data):
    with open(out(name), "wb") as f:
        f.write(data)


def html_page(title, body_html, charset="utf-8"):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n<title>{title}</title>\n'
            '<style>body{font-family:"Microsoft YaHei",sans-serif;margin:24px auto;max-width:960px;line-height:1.8}'
            'h1{font-size:22px;text-align:center}.att{margin-top:12px}</style>\n</head>\n<body>\n'
            f'<h1>{title}</h1>\n{body_html}\n'
            f'<p class="foot">{AGENCY}　地址：青岚县新城大道88号　电话：0839-6621357</p>\n</body>\n</html>\n')


def gonggao_html(extra_link=""):
    body = "".join(f"<p>{p}</p>\n" for p in TONGZHI[1:6])
    body += '<p class="att">附件：<a href="./zqyj.docx">青岚县政府投资项目管理办法（征求意见稿）</a></p>\n'
    body += extra_link
    return html_page(TONGZHI[0], body)


def build():
    os.makedirs(OUT, exist_ok=True)
    tongzhi_docx = docx_bytes(TONGZHI)
    banfa_docx = docx_bytes(BANFA_TEXT)
    banfa_marked = docx_bytes(["秘密★1年"] + BANFA_TEXT)
    banfa_pdf = pdf_bytes(BANFA_TEXT, title="青岚县政府投资项目管理办法（征求意见稿）")
    qicao = "\n".join(QICAO) + "\n"
    fankui = FANKUI_XLSX()
    csv_clean = ("序号,项目名称,建设地点,总投资（万元）,建设年限\r\n"
                 "1,青岚县城区供水管网改造工程,城关镇,12500,2025-2026\r\n"
                 "2,青岚县第二人民医院门诊楼,白鹭乡,8600,2025-2027\r\n"
                 "3,青岚县乡村道路安全生命防护工程,全县,3150,2025\r\n").encode("gbk")

    zq = "关于征求《青岚县政府投资项目管理办法（征求意见稿）》意见的通知"

    # ---------------- archives
    write_zip(out("a01_zhengqiu_gbk.zip"), [
        (f"{zq}.docx", tongzhi_docx),
        ("附件1 青岚县政府投资项目管理办法（征求意见稿）.docx", banfa_docx),
        ("附件2 起草说明.txt", qicao.replace("\n", "\r\n").encode("gbk")),
        ("附件3 意见反馈表.xlsx", fankui)], gbk=True)
    label("a01_zhengqiu_gbk.zip", "pass", [], [],
          "征求意见 package as Windows' 压缩文件夹 writes it: member names in GBK without the UTF-8 flag; notice, draft, "
          "a GBK 起草说明.txt and a blank 反馈表; agency landline, 12345 and the agency mailbox only (email is info)")

    write_zip(out("a02_zhengqiu_gbk_id.zip"), [
        (f"{zq}.docx", tongzhi_docx),
        ("附件1 青岚县政府投资项目管理办法（征求意见稿）.docx", banfa_docx),
        ("附件2 起草说明.txt", qicao.replace("\n", "\r\n").encode("gbk")),
        ("附件3 起草小组成员名单.xlsx", mingdan_xlsx(ID_B))], gbk=True)
    label("a02_zhengqiu_gbk_id.zip", "block", ["id_card"], [ID_B],
          "GBK-named zip; member 附件3 起草小组成员名单.xlsx, sheet 起草小组 cell E4: one unmasked ID among masked ones")

    write_zip(out("a03_zhengqiu_utf8.zip"), [
        (f"征求意见/{zq}.docx", tongzhi_docx),
        ("征求意见/附件1 管理办法（征求意见稿）.pdf", banfa_pdf),
        ("征求意见/附件2 起草说明.txt", qicao.encode("utf-8")),
        ("征求意见/附件3 意见反馈表.xlsx", fankui)])
    label("a03_zhengqiu_utf8.zip", "pass", [], [],
          "same package with UTF-8 member names (flag 0x800) in a folder, the draft as a ReportLab PDF; clean")

    write_zip(out("a04_zhengqiu_utf8_marking.zip"), [
        (f"征求意见/{zq}.docx", tongzhi_docx),
        ("征求意见/附件1 管理办法（征求意见稿）.docx", banfa_marked),
        ("征求意见/附件2 起草说明.txt", qicao.encode("utf-8"))])
    label("a04_zhengqiu_utf8_marking.zip", "block", ["classified_marking"], [],
          "UTF-8 zip; member 附件1 管理办法（征求意见稿）.docx first paragraph 秘密★1年 (the internal draft was packed by mistake)")

    write_7z(out("a05_zhengqiu.7z"), [
        (f"征求意见材料/{zq}.docx", tongzhi_docx),
        ("征求意见材料/附件2 起草说明.txt", qicao.encode("utf-8")),
        ("征求意见材料/附件3 意见反馈表.xlsx", fankui)])
    label("a05_zhengqiu.7z", "pass", [], [], "7z (LZMA2) of the package; clean")

    write_7z(out("a06_zhengqiu_mobile.7z"), [
        (f"征求意见材料/{zq}.docx", tongzhi_docx),
        ("征求意见材料/附件2 起草说明.txt",
         (qicao + f"联系人：刘文涛，手机：{M_7Z}\n").encode("utf-8")),
        ("征求意见材料/附件3 意见反馈表.xlsx", fankui)])
    label("a06_zhengqiu_mobile.7z", "review", ["mobile_phone"], [M_7Z],
          "7z; member 附件2 起草说明.txt last line: a drafter's mobile after 联系人/手机")

    write_tar(out("a07_gonggao.tar.gz"), [
        ("gonggao/index.html", gonggao_html().encode("utf-8")),
        ("gonggao/zqyj.pdf", banfa_pdf),
        ("gonggao/xiangmu.csv", csv_clean)])
    label("a07_gonggao.tar.gz", "pass", [], [],
          "tar.gz of a CMS page export: the 公告 HTML, the draft PDF and a GBK CSV of projects with amounts in 万元; clean")

    write_tar(out("a08_gonggao_intranet.tar.gz"), [
        ("gonggao/index.html", gonggao_html(
            '<p>本单位工作人员请通过<a href="http://oa.fgw.local/zqyj/2025/fk.jsp">内网意见反馈系统</a>提交。</p>\n').encode("utf-8")),
        ("gonggao/zqyj.pdf", banfa_pdf),
        ("gonggao/xiangmu.csv", csv_clean)])
    label("a08_gonggao_intranet.tar.gz", "review", ["internal_address"], [],
          "tar.gz; member gonggao/index.html links to http://oa.fgw.local/… (an intranet host, .local)")

    write_tar(out("a09_ziliao.tar"), [
        ("ziliao/管理办法（征求意见稿）.docx", banfa_docx),
        ("ziliao/项目清单.csv", csv_clean)], gz=False)
    label("a09_ziliao.tar", "pass", [], [], "plain (uncompressed) GNU tar with UTF-8 names: DOCX and GBK CSV; clean")

    inner_clean = zip_bytes([("附件2 起草说明.txt", qicao.encode("utf-8")),
                             ("附件3 意见反馈表.xlsx", fankui)])
    write_zip(out("a10_zip_in_zip.zip"), [
        (f"{zq}.docx", tongzhi_docx), ("附件材料.zip", inner_clean)])
    label("a10_zip_in_zip.zip", "review", ["unreadable"], [],
          "zip holding a notice and another zip (附件材料.zip, clean). README: 'an archive in an archive … are unreadable', "
          "so review even though every byte is clean")

    inner_marked = zip_bytes([("附件1 管理办法（征求意见稿）.docx", banfa_marked),
                              ("附件2 起草说明.txt", qicao.encode("utf-8"))])
    write_zip(out("a11_zip_in_zip_marking.zip"), [
        (f"{zq}.docx", tongzhi_docx), ("附件材料.zip", inner_marked)])
    label("a11_zip_in_zip_marking.zip", "review", ["unreadable"], [],
          "zip in zip; the inner 附件材料.zip holds a DOCX whose first line is 秘密★1年. By the README the inner archive "
          "is unreadable (review); a reviewer would block it, and a tool that reads the inner zip and blocks is also safe "
          "(verdict then differs from this label)")

    # a12: one member encrypted with ZipCrypto (Info-ZIP zip -P), the other plain
    d = stage([("通知.docx", tongzhi_docx), ("名单.xlsx", mingdan_xlsx(mask_id(ID_A)))])
    p = out("a12_encrypted_member.zip")
    if os.path.exists(p):
        os.remove(p)
    subprocess.run(["zip", "-q", "-X", "-P", "qlfgj2025", p, "名单.xlsx"], cwd=d, check=True)
    subprocess.run(["zip", "-q", "-X", p, "通知.docx"], cwd=d, check=True)
    label("a12_encrypted_member.zip", "review", ["unreadable"], [],
          "zip whose member 名单.xlsx is ZipCrypto-encrypted (password qlfgj2025), 通知.docx plain; the encrypted member "
          "must not pass silently")

    write_7z(out("a13_encrypted.7z"), [
        ("起草小组成员名单.xlsx", mingdan_xlsx(mask_id(ID_A))), ("通知.docx", tongzhi_docx)], password="qlfgj2025")
    label("a13_encrypted.7z", "review", ["unreadable"], [],
          "7z with AES-256 and encrypted headers (-mhe=on): not even the names can be read")

    # a14: the bomb: a member of 200 MiB of digit lines, deflated about 1000:1
    p = out("a14_bomb.zip")
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo(f"{zq}.docx", FIXED_DT), tongzhi_docx, zipfile.ZIP_DEFLATED)
        zi = zipfile.ZipInfo("附件4 统计底稿.csv", FIXED_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi._compresslevel = 9
        with z.open(zi, "w", force_zip64=True) as w:
            block = b"0" * 65535 + b"\n"
            for _ in range(3200):
                w.write(block)
    label("a14_bomb.zip", "review", ["unreadable"], [],
          "zip bomb-like: member 附件4 统计底稿.csv inflates to 200 MiB of '0' characters (a newline every 64 KiB) at about 1000:1 (README limit: inflate "
          "ratio 200 per member after 1 MiB); must be unreadable, not passed")

    # a15: corrupted member: bytes in the middle of the xlsx's deflate stream flipped
    raw = bytearray(zip_bytes([(f"{zq}.docx", tongzhi_docx), ("附件3 意见反馈表.xlsx", fankui)]))
    z = zipfile.ZipFile(io.BytesIO(bytes(raw)))
    zi = z.getinfo("附件3 意见反馈表.xlsx")
    import struct
    ho = zi.header_offset
    nlen, xlen = struct.unpack("<HH", raw[ho + 26:ho + 30])
    start = ho + 30 + nlen + xlen
    mid = start + zi.compress_size // 2
    for k in range(mid, mid + 64):
        raw[k] ^= 0x5A
    write("a15_corrupt_member.zip", bytes(raw))
    label("a15_corrupt_member.zip", "review", ["unreadable"], [],
          "zip whose member 附件3 意见反馈表.xlsx has 64 bytes of its compressed data flipped (CRC mismatch / bad "
          "deflate); the notice member is fine")

    write_zip(out("a16_scan_in_zip.zip"), [
        ("来文扫描件.png", page_png("秘密★1年")),
        ("来文登记.txt", "收文登记：县发展改革局来函一件，请各股室阅处。\r\n".encode("gbk"))], gbk=True)
    label("a16_scan_in_zip.zip", "block", ["classified_marking"], [],
          "GBK-named zip; member 来文扫描件.png is a scanned first page whose top line is 秘密★1年 (picture: OCR); "
          "an ocr_only review finding besides is expected too")

    internal_pdf = pdf_bytes(["内部资料　注意保存", "青岚县政府投资项目储备情况", "（截至2025年3月）",
                              "一、储备项目总体情况", "截至3月底，全县共储备政府投资项目46个，总投资38.2亿元。",
                              "二、下一步工作", "加快前期工作，成熟一个、申报一个。"], title="项目储备情况")
    write_zip(out("a17_gbk_pdf_internal.zip"), [
        ("项目储备情况.pdf", internal_pdf), ("说明.txt", "随附项目储备情况，供参考。\r\n".encode("gbk"))], gbk=True)
    label("a17_gbk_pdf_internal.zip", "review", ["sensitive_term"], [],
          "GBK-named zip; member 项目储备情况.pdf first line 内部资料　注意保存 (a label, sensitive_term)")

    ofd_marked = ofd_bytes(ofd_lines(["青岚县重大项目调度会议纪要", "2025年3月28日，县政府召开重大项目调度会，研究城区供水管网改造等项目推进事宜。",
                                      "会议要求，各牵头单位要倒排工期，确保按期开工。"], first_marking="机密★5年"),
                           "重大项目调度会议纪要", first_bold=False)
    write_zip(out("a18_zip_ofd_marking.zip"), [
        ("会议纪要.ofd", ofd_marked), ("报送说明.txt", "报送会议纪要一份。\r\n".encode("utf-8"))])
    label("a18_zip_ofd_marking.zip", "block", ["classified_marking"], [],
          "zip holding a hand-written OFD whose page's first TextObject is 机密★5年 (an OFD is itself a zip package; "
          "read as OFD, not as a nested archive)")

    report_paras = ["青岚县2024年政府投资项目执行情况报告", "2024年，全县政府投资项目执行总体平稳，项目数量逐年增长，见下图。",
                    "一、新开工项目27个，较上年增加4个。", "二、竣工项目21个，竣工率保持在较高水平。"]
    write_zip(out("a19_zip_docx_chart.zip"), [
        ("执行情况报告.docx", docx_with_chart(report_paras, chart_workbook())),
        ("报送说明.txt", "报送2024年执行情况报告。\r\n".encode("utf-8"))])
    label("a19_zip_docx_chart.zip", "pass", [], [],
          "zip holding a DOCX with a bar chart and its embedded workbook, all clean. README: 'a chart in a zipped report "
          "is read, not sent to a person' — so pass")

    write_zip(out("a20_zip_docx_chart_id.zip"), [
        ("执行情况报告.docx", docx_with_chart(report_paras, chart_workbook(
            [["数据核对人", "周敏"], ["身份证号", ID_A]]))),
        ("报送说明.txt", "报送2024年执行情况报告。\r\n".encode("utf-8"))])
    label("a20_zip_docx_chart_id.zip", "block", ["id_card"], [ID_A],
          "zip → 执行情况报告.docx → chart workbook word/embeddings/Microsoft_Excel_Worksheet.xlsx, Sheet1 B7: the data "
          "checker's ID under 身份证号, not plotted (README: a chart in a zipped report is read)")

    gongshi = xlsx_bytes([("公示", [
        ["2025年青岚县政府投资项目评审专家拟入库名单公示"],
        ["序号", "姓名", "工作单位", "专业", "身份证号", "联系电话"],
        [1, "黄子谦", "青岚县建筑设计院", "建筑工程", mask_id(id18("51082419800513001")), "139****2206"],
        [2, "苏婉清", "青岚县水务局", "给排水", mask_id(id18("51082419870221002")), "186****7719"],
        [3, "欧阳立", "市工程咨询中心", "造价", mask_id(id18("51080219760830005")), "152****0384"],
        ["公示期间如有异议，请向县发展和改革局反映，电话：0839-6621357，或拨打12345。"],
    ])])
    write_zip(out("a21_gongshi_gbk.zip"), [
        ("评审专家拟入库名单公示.xlsx", gongshi),
        ("公示说明.txt", "公示期为2025年4月1日至4月7日。\r\n".encode("gbk"))], gbk=True)
    label("a21_gongshi_gbk.zip", "pass", [], [],
          "GBK-named zip of a 公示 list whose IDs (6+8*+4) and mobiles (3+4*+4) are all masked; agency landline and 12345")

    # ---------------- e-mail
    lianluo_docx = docx_bytes(["2025年度重点项目联络员名单", "请各联络员保持通讯畅通。"],
                              table=(["序号", "姓名", "单位", "身份证号", "职务"], [
                                  [1, "钟雨辰", "城关镇人民政府", mask_id(id18("51082419880303006")), "副镇长"],
                                  [2, "贺明远", "白鹭乡人民政府", ID_C, "副乡长"],
                                  [3, "简若溪", "县住房城乡建设局", mask_id(id18("51082419900817007")), "股长"]]))
    lianluo_clean = docx_bytes(["2025年度重点项目联络员名单", "请各联络员保持通讯畅通。"],
                               table=(["序号", "姓名", "单位", "职务", "办公电话"], [
                                   [1, "钟雨辰", "城关镇人民政府", "副镇长", "0839-6620101"],
                                   [2, "贺明远", "白鹭乡人民政府", "副乡长", "0839-6640212"]]))
    subj_gbk = "关于报送2025年度重点项目联络员名单的函"
    hdr = lambda subj, cs="gb2312", enc="B", mid="<20250401093000.1A2B@qinglan.gov.cn>": [
        ("From", f'{ew("县发展改革局综合股", cs, enc)} <qlfgj_zhg@qinglan.gov.cn>'),
        ("To", f'{ew("县政府办公室", cs, enc)} <qlzfb@qinglan.gov.cn>'),
        ("Subject", ew(subj, cs, enc)),
        ("Date", "Tue, 1 Apr 2025 09:30:00 +0800"),
        ("Message-ID", mid),
        ("X-Mailer", "Microsoft Outlook 16.0")]
    body_gbk = "县政府办公室：\n现将2025年度重点项目联络员名单报送你室，请查收。\n县发展改革局综合股\n2025年4月1日\n"
    write("e01_gbk_docx.eml", mail(hdr(subj_gbk), [
        part_text(body_gbk, "gb2312", "base64"),
        part_attach("2025年度重点项目联络员名单.docx", lianluo_clean, MIME_DOCX)]).encode("ascii"))
    label("e01_gbk_docx.eml", "pass", [], [],
          "Outlook-style mail: GB2312 subject and names as RFC 2047 B words, GB2312 body in base64, DOCX attachment "
          "(RFC 2047 name) listing liaisons with office landlines only")

    write("e02_gbk_docx_id.eml", mail(hdr(subj_gbk), [
        part_text(body_gbk, "gb2312", "base64"),
        part_attach("2025年度重点项目联络员名单.docx", lianluo_docx, MIME_DOCX)]).encode("ascii"))
    label("e02_gbk_docx_id.eml", "block", ["id_card"], [ID_C],
          "same mail; attachment 2025年度重点项目联络员名单.docx, table row 2 (贺明远): unmasked ID among masked ones")

    subj_utf8 = "征求意见反馈：青岚县政府投资项目管理办法"
    body_utf8 = "法规股：\n附件是我单位对征求意见稿的反馈意见，请查收。\n县财政局投资评审中心\n"
    html_utf8 = "<html><body><p>法规股：</p><p>附件是我单位对征求意见稿的反馈意见，请查收。</p><p>县财政局投资评审中心</p></body></html>"
    fankui_filled = xlsx_bytes([("意见反馈表", [
        [f"{BANFA}意见反馈表"], ["序号", "条款", "修改意见", "修改理由"],
        [1, "第五条", "建议将评估时限由二十个工作日调整为十五个工作日", "提高审批效率"],
        [2, "第六条", "建议明确解释机关", "便于执行"],
        ["反馈单位（盖章）：县财政局", "", "填表日期：2025年4月10日", ""]])])
    hdr8 = lambda: [("From", f'{ew("县财政局", "utf-8", "Q")} <qlczj@qinglan.gov.cn>'),
                    ("To", "qlfgj_zqyj@qinglan.gov.cn"), ("Subject", ew(subj_utf8, "utf-8", "Q")),
                    ("Date", "Thu, 10 Apr 2025 15:12:44 +0800"),
                    ("Message-ID", "<c0ffee58.0410@qlczj.qinglan.gov.cn>"),
                    ("User-Agent", "Mozilla Thunderbird")]
    write("e03_utf8_qp_xlsx.eml", mail(hdr8(), [
        part_alternative(body_utf8, html_utf8, "utf-8", "quoted-printable"),
        part_attach("意见反馈表（县财政局）.xlsx", fankui_filled, MIME_XLSX, style="2231")],
        boundary="------------b58Tb7xq0zHf2v8").encode("ascii"))
    label("e03_utf8_qp_xlsx.eml", "pass", [], [],
          "Thunderbird-style mail: UTF-8 subject as RFC 2047 Q words, multipart/alternative text+HTML in quoted-printable, "
          "XLSX attachment with an RFC 2231 name: a filled 反馈表; clean")

    laowu = xlsx_bytes([("发放表", [
        ["征求意见稿专家论证会劳务费发放表"],
        ["序号", "姓名", "工作单位", "开户银行", "银行卡号", "金额（元）"],
        [1, "何静怡", "市工程咨询中心", "农业银行青岚支行", CARD_A, 800],
        [2, "柏一鸣", "县建筑设计院", "建设银行青岚支行", "621700******0417", 800]])])
    write("e04_utf8_xlsx_card.eml", mail(hdr8(), [
        part_alternative(body_utf8, html_utf8, "utf-8", "quoted-printable"),
        part_attach("劳务费发放表.xlsx", laowu, MIME_XLSX, style="2231")],
        boundary="------------b58Tb7xq0zHf2v9").encode("ascii"))
    label("e04_utf8_xlsx_card.eml", "block", ["bank_card"], [CARD_A],
          "Thunderbird-style mail; attachment 劳务费发放表.xlsx cell E3: a person's 19-digit UnionPay card under 银行卡号 "
          "(the other row masked)")

    gonggao_pdf = pdf_bytes(TONGZHI, title="征求意见通知")
    subj5 = "请协助在门户网站发布征求意见公告"
    body5 = "信息中心：\n请协助在县政府门户网站“意见征集”栏目发布附件公告，谢谢。\n县发展改革局法规股\n"
    hdr5 = [("From", f'{ew("法规股", "gb18030")} <qlfgj_fgg@qinglan.gov.cn>'),
            ("To", f'{ew("县政府信息中心", "gb18030")} <qlxxzx@qinglan.gov.cn>'),
            ("Subject", ew(subj5, "gb18030")), ("Date", "Tue, 1 Apr 2025 10:05:00 +0800"),
            ("Message-ID", "<20250401100500.77C1@qinglan.gov.cn>"), ("X-Mailer", "Foxmail 7.2")]
    write("e05_pdf.eml", mail(hdr5, [part_text(body5, "gb18030", "base64"),
                                     part_attach("征求意见公告.pdf", gonggao_pdf, "application/pdf", charset="gb18030")],
                              boundary="----=_NextPart_67EB4A21_0A5B3C40_5D1E2F30").encode("ascii"))
    label("e05_pdf.eml", "pass", [], [],
          "Foxmail-style mail in GB18030 (subject and attachment name as GB18030 B words), PDF attachment of the notice; clean")

    jiyao_pdf = pdf_bytes(["机密★", "青岚县重大项目调度会议纪要", "2025年3月28日，县政府召开重大项目调度会，研究项目推进和资金保障事宜。",
                           "会议议定：一、加快供水管网改造工程前期工作；二、统筹安排项目资金。"], title="会议纪要")
    write("e06_pdf_marking.eml", mail(hdr5, [part_text(body5, "gb18030", "base64"),
                                             part_attach("会议纪要.pdf", jiyao_pdf, "application/pdf", charset="gb18030")],
                                      boundary="----=_NextPart_67EB4A21_0A5B3C40_5D1E2F31").encode("ascii"))
    label("e06_pdf_marking.eml", "block", ["classified_marking"], [],
          "Foxmail-style mail; attachment 会议纪要.pdf (ReportLab, STSong-Light) first line 机密★")

    # e07: GBK quoted-printable body whose soft line break falls inside the mobile
    pre = "各股室：\n请于4月15日前将征求意见稿修改意见报法规股。\n联系人：孙立新，手机：" + M_QP[:5]
    post = M_QP[5:] + "。\n县发展改革局法规股\n"
    qp_body = qp(pre, "gbk").rstrip("\r\n")
    if qp_body.endswith("="):
        qp_body = qp_body[:-1]
    qp_body = qp_body + "=\r\n" + qp(post, "gbk")
    for ln in qp_body.split("\r\n"):
        assert len(ln) <= 76, ln
    p7 = ('Content-Type: text/plain;\r\n\tcharset="gbk"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
          + qp_body + "\r\n")
    hdr7 = [("From", f'{ew("法规股", "gbk")} <qlfgj_fgg@qinglan.gov.cn>'),
            ("To", f'{ew("局机关各股室", "gbk")} <qlfgj_all@qinglan.gov.cn>'),
            ("Subject", ew("请报送征求意见稿修改意见", "gbk")), ("Date", "Wed, 2 Apr 2025 08:40:00 +0800"),
            ("Message-ID", "<20250402084000.31F0@qinglan.gov.cn>")]
    write("e07_qp_mobile.eml", mail(hdr7, [p7]).encode("ascii"))
    label("e07_qp_mobile.eml", "review", ["mobile_phone"], [M_QP],
          "GBK quoted-printable body; the line 联系人：孙立新，手机：… has a QP soft line break (=CRLF) between the 5th and 6th "
          "digit of the mobile, which decoding joins")

    def inner_mail(body, attach=None):
        h = [("From", f'{ew("县住房城乡建设局", "gb2312")} <qlzjj@qinglan.gov.cn>'),
             ("To", "qlfgj_fgg@qinglan.gov.cn"), ("Subject", ew("关于报送项目前期工作进展的函", "gb2312")),
             ("Date", "Mon, 31 Mar 2025 16:20:00 +0800"), ("Message-ID", "<20250331162000.9E2D@qinglan.gov.cn>")]
        parts = [part_text(body, "gb2312", "base64")]
        if attach:
            parts.append(part_attach(*attach))
        return mail(h, parts, boundary="----=_NextPart_INNER_0031")

    fwd_body = "各位：\n转发县住房城乡建设局来函，请阅知。\n"
    inner_clean_body = "法规股：\n城区供水管网改造工程初步设计已完成，详见附件。\n县住房城乡建设局\n"
    progress_docx = docx_bytes(["城区供水管网改造工程前期工作进展", "一、初步设计已于3月完成。", "二、施工图设计正在开展。"])
    inner1 = inner_mail(inner_clean_body, ("前期工作进展.docx", progress_docx, MIME_DOCX))
    hdr_f = [("From", f'{ew("法规股", "gb2312")} <qlfgj_fgg@qinglan.gov.cn>'),
             ("To", "qlfgj_all@qinglan.gov.cn"), ("Subject", ew("转发：关于报送项目前期工作进展的函", "gb2312")),
             ("Date", "Tue, 1 Apr 2025 08:15:00 +0800"), ("Message-ID", "<20250401081500.5A11@qinglan.gov.cn>")]
    rfc822 = lambda m: ('Content-Type: message/rfc822\r\nContent-Disposition: attachment;\r\n\tfilename="'
                        + ew("关于报送项目前期工作进展的函.eml", "gb2312") + '"\r\n\r\n' + m)
    write("e08_nested_eml.eml", mail(hdr_f, [part_text(fwd_body, "gb2312", "base64"), rfc822(inner1)],
                                     boundary="----=_NextPart_OUTER_0008").encode("ascii"))
    label("e08_nested_eml.eml", "pass", [], [],
          "a forward with the original attached as message/rfc822; the inner mail has a GB2312 body and a DOCX; all clean")

    inner_unc = ("法规股：\n城区供水管网改造工程初步设计已完成，全套图纸已放在共享目录"
                 "\\\\10.32.15.7\\公文交换\\2025\\供水管网\\初步设计 ，请自取。\n县住房城乡建设局\n")
    inner2 = inner_mail(inner_unc, ("前期工作进展.docx", progress_docx, MIME_DOCX))
    write("e09_nested_eml_unc.eml", mail(hdr_f, [part_text(fwd_body, "gb2312", "base64"), rfc822(inner2)],
                                         boundary="----=_NextPart_OUTER_0009").encode("ascii"))
    label("e09_nested_eml_unc.eml", "review", ["internal_address"], [],
          "forward with the original attached (message/rfc822); the inner mail's body names a UNC share "
          "\\\\10.32.15.7\\公文交换\\… (private IP)")

    zip_att = zip_bytes([("附件2 起草说明.txt", qicao.encode("gbk")), ("附件3 意见反馈表.xlsx", fankui)], gbk=True)
    write("e10_zip_attachment.eml", mail(hdr("报送征求意见材料", mid="<20250401094500.1A2C@qinglan.gov.cn>"), [
        part_text("县政府办公室：\n征求意见材料见附件压缩包。\n", "gb2312", "base64"),
        part_attach("征求意见材料.zip", zip_att, "application/x-zip-compressed")]).encode("ascii"))
    label("e10_zip_attachment.eml", "review", ["unreadable"], [],
          "mail with a clean GBK-named zip attached. README: 'an archive inside anything' is unreadable (review). The "
          "e-mail row ('other attachments with their own reader') could be read as pass; labelled by the explicit sentence")

    masked_pdf = pdf_bytes(["2025年青岚县政府投资项目评审专家拟入库名单公示",
                            f"黄子谦，青岚县建筑设计院，身份证号{mask_id(id18('51082419800513001'))}",
                            f"苏婉清，青岚县水务局，身份证号{mask_id(id18('51082419870221002'))}",
                            "公示期间如有异议，请拨打0839-6621357或12345反映。"], title="公示")
    write("e11_masked_pdf.eml", mail(hdr5, [
        part_text("信息中心：\n请发布附件公示。如有问题请联系法规股，电话0839-6621357，邮箱qlfgj_fgg@qinglan.gov.cn。\n",
                  "gb18030", "base64"),
        part_attach("评审专家拟入库名单公示.pdf", masked_pdf, "application/pdf", charset="gb18030")],
        boundary="----=_NextPart_67EB4A21_0A5B3C40_5D1E2F39").encode("ascii"))
    label("e11_masked_pdf.eml", "pass", [], [],
          "mail whose PDF attachment lists experts with masked IDs; body has the agency landline and mailbox (info)")

    # ---------------- office files inside office files
    ole_paras = ["青岚县2025年政府投资计划（第一批）", "经县政府同意，现将2025年第一批政府投资计划下达如下，详见所附项目表（双击打开）：",
                 "请各项目单位加快前期工作，确保按期开工。"]
    plan_clean = xlsx_bytes([("计划表", [["序号", "项目名称", "项目单位", "计划投资（万元）"],
                                         [1, "城区供水管网改造工程", "县住房城乡建设局", 4200],
                                         [2, "第二人民医院门诊楼", "县卫生健康局", 3000]])])
    plan_id = xlsx_bytes([("计划表", [["序号", "项目名称", "项目单位", "计划投资（万元）", "项目负责人", "负责人身份证号"],
                                      [1, "城区供水管网改造工程", "县住房城乡建设局", 4200, "韦晨阳", ID_D],
                                      [2, "第二人民医院门诊楼", "县卫生健康局", 3000, "",  ""]])])
    write("o01_docx_ole_xlsx.docx", docx_with_ole(ole_paras, plan_clean, "Excel.Sheet.12", after=1))
    label("o01_docx_ole_xlsx.docx", "pass", [], [],
          "DOCX with an XLSX embedded as an icon (w:object/o:OLEObject ProgID Excel.Sheet.12 → package part "
          "word/embeddings/Microsoft_Excel_Worksheet.xlsx); clean plan table; the icon is a plain green PNG")

    write("o02_docx_ole_xlsx_id.docx", docx_with_ole(ole_paras, plan_id, "Excel.Sheet.12", after=1))
    label("o02_docx_ole_xlsx_id.docx", "block", ["id_card"], [ID_D],
          "same DOCX; embedded word/embeddings/Microsoft_Excel_Worksheet.xlsx sheet 计划表 F2: the project lead's ID")

    write("o03_docx_chart.docx", docx_with_chart(report_paras, chart_workbook()))
    label("o03_docx_chart.docx", "pass", [], [], "DOCX with a bar chart; chart workbook clean")

    write("o04_docx_chart_mobile.docx", docx_with_chart(report_paras, chart_workbook(
        [["填报人", "王立群"], ["手机", M_CHART]])))
    label("o04_docx_chart_mobile.docx", "review", ["mobile_phone"], [M_CHART],
          "DOCX chart whose workbook (word/embeddings/Microsoft_Excel_Worksheet.xlsx, Sheet1 B7) holds the filler's mobile "
          "after 手机, outside the plotted range")

    sheet_rows = [["序号", "项目名称", "建设地点", "总投资（万元）"],
                  [1, "城区供水管网改造工程", "城关镇", 12500], [2, "第二人民医院门诊楼", "白鹭乡", 8600],
                  ["说明：项目简介见右侧嵌入文档。"]]
    jianjie = docx_bytes(["城区供水管网改造工程项目简介", "项目改造供水管网32公里，新建加压泵站2座，总投资12500万元。"])
    jianjie_marked = docx_bytes(["秘密★1年", "城区供水管网改造工程项目简介（送审稿）",
                                 "项目改造供水管网32公里，新建加压泵站2座，总投资12500万元。"])
    write("o05_xlsx_embed_docx.xlsx", xlsx_with_docx(sheet_rows, jianjie))
    label("o05_xlsx_embed_docx.xlsx", "pass", [], [],
          "XLSX (openpyxl) with a DOCX embedded as an icon object (oleObject progId Word.Document.12 → "
          "xl/embeddings/Microsoft_Word_Document.docx, VML shape); clean")

    write("o06_xlsx_embed_docx_marking.xlsx", xlsx_with_docx(sheet_rows, jianjie_marked))
    label("o06_xlsx_embed_docx_marking.xlsx", "block", ["classified_marking"], [],
          "same XLSX; embedded xl/embeddings/Microsoft_Word_Document.docx first paragraph 秘密★1年")

    write("o07_pptx_chart.pptx", pptx_chart())
    label("o07_pptx_chart.pptx", "pass", [], [], "pptxgenjs deck with a column chart and its embedded workbook; clean")

    write("o08_pptx_chart_unc.pptx", pptx_chart([["数据来源", "\\\\172.16.20.8\\统计处\\2025\\重点项目底稿.xlsx"]]))
    label("o08_pptx_chart_unc.pptx", "review", ["internal_address"], [],
          "pptxgenjs chart whose embedded workbook (ppt/embeddings/…xlsx) got a 数据来源 row naming the UNC path "
          "\\\\172.16.20.8\\统计处\\…, not plotted")

    cankao = docx_bytes(["本材料属工作秘密，仅供县领导参阅。", "城区供水管网改造工程资金缺口分析",
                         "按现行计划，项目资金缺口约1800万元，建议通过专项债券解决。"])
    write("o09_docx_ole_docx_term.docx", docx_with_ole(
        ["关于城区供水管网改造工程资金安排的请示", "县人民政府：", "城区供水管网改造工程资金安排情况详见所附材料（双击打开）。",
         "妥否，请批示。", AGENCY], cankao, "Word.Document.12", after=2))
    label("o09_docx_ole_docx_term.docx", "review", ["sensitive_term"], [],
          "DOCX with a DOCX embedded as an icon (ProgID Word.Document.12); the embedded document's first line declares "
          "本材料属工作秘密 (a label)")

    # ---------------- PDFs carrying files
    notice_pdf = pdf_bytes(TONGZHI, title="征求意见通知")
    qicao_txt = qicao.encode("utf-8")
    pdf_attach(notice_pdf, out("p01_pdf_attach.pdf"),
               panel=[("意见反馈表.xlsx", fankui, MIME_XLSX, "意见反馈表")],
               annots=[("起草说明.txt", qicao_txt, "text/plain", "起草说明")])
    label("p01_pdf_attach.pdf", "pass", [], [],
          "ReportLab notice; /EmbeddedFiles 意见反馈表.xlsx (qpdf --add-attachment) and a FileAttachment annotation "
          "carrying 起草说明.txt (mutool); all clean")

    pdf_attach(notice_pdf, out("p02_pdf_embedded_id.pdf"),
               panel=[("起草小组成员名单.xlsx", mingdan_xlsx(ID_E), MIME_XLSX, "起草小组成员名单")])
    label("p02_pdf_embedded_id.pdf", "block", ["id_card"], [ID_E],
          "PDF /EmbeddedFiles 起草小组成员名单.xlsx, sheet 起草小组 E4: an unmasked ID")

    jiyao_docx = docx_bytes(["秘密★1年", "青岚县重大项目调度会议纪要", "2025年3月28日，县政府召开重大项目调度会。"])
    pdf_attach(notice_pdf, out("p03_pdf_annot_docx_marking.pdf"),
               annots=[("会议纪要.docx", jiyao_docx, MIME_DOCX, "会议纪要")])
    label("p03_pdf_annot_docx_marking.pdf", "block", ["classified_marking"], [],
          "PDF page 1 FileAttachment annotation carrying 会议纪要.docx whose first paragraph is 秘密★1年 "
          "(the file is not in the EmbeddedFiles tree, only on the annotation)")

    pdf_attach(notice_pdf, out("p04_pdf_attach_txt_term.pdf"),
               panel=[("项目储备情况.txt", ("内部资料　注意保存\n青岚县政府投资项目储备情况（截至2025年3月）\n"
                                         "全县共储备政府投资项目46个，总投资38.2亿元。\n").encode("utf-8"), "text/plain", "储备情况")])
    label("p04_pdf_attach_txt_term.pdf", "review", ["sensitive_term"], [],
          "PDF /EmbeddedFiles 项目储备情况.txt whose first line is 内部资料　注意保存")

    inner_pdf_path = os.path.join(WORK, "inner_att.pdf")
    pdf_attach(pdf_bytes(["意见征集联系人", "请各单位指定一名联系人。"], title="联系人"), inner_pdf_path,
               panel=[("联系人.txt", f"法规股联系人：宋佳琪\n手机：{M_PDF2}\n".encode("utf-8"), "text/plain", "联系人")])
    pdf_attach(notice_pdf, out("p05_pdf_attach_pdf_mobile.pdf"),
               panel=[("联系人.pdf", open(inner_pdf_path, "rb").read(), "application/pdf", "联系人")])
    label("p05_pdf_attach_pdf_mobile.pdf", "review", ["mobile_phone"], [M_PDF2],
          "PDF attaching 联系人.pdf, which itself attaches 联系人.txt holding a mobile after 手机 — the second level "
          "(README: attached files two levels deep)")

    # ---------------- HTML with data: URIs
    xuzhi = "意见反馈须知\n一、请写明具体条款和修改理由。\n二、匿名意见不予采纳。\n三、咨询电话：0839-6621357。\n"
    flow = flow_png()
    body1 = ("<p>" + TONGZHI[2] + "</p>\n"
             f'<p><a href="data:text/plain;charset=utf-8;base64,{base64.b64encode(xuzhi.encode()).decode()}" '
             'download="意见反馈须知.txt">下载：意见反馈须知</a></p>\n'
             f'<p><img alt="意见处理流程" src="data:image/png;base64,{base64.b64encode(flow).decode()}"></p>\n')
    write("h01_data_text_clean.html", html_page(TONGZHI[0], body1).encode("utf-8"))
    label("h01_data_text_clean.html", "pass", [], [],
          "CMS page with a data:text/plain;base64 link (意见反馈须知.txt) and a data:image/png flow chart whose words OCR "
          "reads cleanly; nothing to find")

    from urllib.parse import quote
    baoming = f"论证会报名回执\n姓名：邝文博\n单位：青岚县规划设计院\n身份证号：{ID_F}\n"
    body2 = ("<p>征求意见稿专家论证会将于4月18日召开，参会专家请下载回执填写。</p>\n"
             f'<p><a href="data:text/plain;charset=utf-8,{quote(baoming)}" download="报名回执.txt">报名回执（样表）</a></p>\n')
    write("h02_data_text_id.html", html_page("关于召开专家论证会的通知", body2).encode("utf-8"))
    label("h02_data_text_id.html", "block", ["id_card"], [ID_F],
          "page whose link is a percent-encoded data:text/plain URI (not base64): the 回执 it opens carries an ID after "
          "身份证号 (an editor's filled sample)")

    body3 = ("<p>现将县发展和改革局来函（扫描件）公布如下：</p>\n"
             f'<p><img alt="来函扫描件" src="data:image/png;base64,{base64.b64encode(page_png("秘密★1年")).decode()}"></p>\n'
             "<p>请各单位按来函要求做好相关工作。</p>\n")
    write("h03_data_png_marking.html", html_page("县发展和改革局来函", body3).encode("utf-8"))
    label("h03_data_png_marking.html", "block", ["classified_marking"], [],
          "page with a pasted scan as data:image/png (内嵌数据1); the picture's top line is 秘密★1年 (OCR)")

    iframe_clean = html_page("意见征集说明", "<p>本次征集的意见将汇总整理后公开反馈采纳情况。</p>")
    body4 = ("<p>" + TONGZHI[2] + "</p>\n"
             f'<iframe title="说明" width="800" height="200" src="data:text/html;charset=utf-8;base64,'
             f'{base64.b64encode(iframe_clean.encode("utf-8")).decode()}"></iframe>\n')
    write("h04_iframe_data_clean.html", html_page(TONGZHI[0], body4).encode("utf-8"))
    label("h04_iframe_data_clean.html", "pass", [], [],
          "page whose iframe shows a data:text/html;base64 page; clean")

    iframe_mobile = html_page("论证会报名", f"<p>报名咨询：王老师，手机 {M_IFRAME}（工作日）</p>", charset="gbk")
    body5 = ("<p>征求意见稿专家论证会报名方式见下：</p>\n"
             f'<iframe title="报名" width="800" height="200" src="data:text/html;charset=gbk;base64,'
             f'{base64.b64encode(iframe_mobile.encode("gbk")).decode()}"></iframe>\n')
    write("h05_iframe_data_mobile.html", html_page("专家论证会报名", body5).encode("utf-8"))
    label("h05_iframe_data_mobile.html", "review", ["mobile_phone"], [M_IFRAME],
          "iframe src data:text/html;charset=gbk;base64 (GBK bytes): the framed page gives a staff member's mobile")

    body6 = ("<p>现将县发展和改革局来函（扫描件）公布如下：</p>\n"
             f'<p><img alt="来函扫描件" src="data:image/png;base64,{base64.b64encode(page_png(None)).decode()}"></p>\n'
             "<p>请各单位按来函要求做好相关工作。</p>\n")
    write("h06_data_png_clean.html", html_page("县发展和改革局来函", body6).encode("utf-8"))
    label("h06_data_png_clean.html", "pass", [], [],
          "twin of h03: the pasted scan has no marking; OCR reads the 红头 and body with confidence over 90 (tesseract "
          "here); the page has text of its own, so no ocr_only finding is expected")

    # ---------------- OFD
    ofd_text = ["关于公开征求意见的通知", TONGZHI[2], "联系电话：0839-6621357。", AGENCY]
    write("d01_ofd_attach.ofd", ofd_bytes(ofd_lines(ofd_text), "征求意见通知",
                                          attachment=("意见反馈表", "xlsx", fankui)))
    label("d01_ofd_attach.ofd", "pass", [], [],
          "hand-written OFD (OFD.xml, Doc_0/Document.xml, TextObject/TextCode with DeltaX g runs) with an attachment "
          "(Attachs/Attachments.xml → Attach_0.xlsx, the blank 反馈表); clean")

    write("d02_ofd_attach_mobile.ofd", ofd_bytes(ofd_lines(ofd_text), "征求意见通知",
                                                 attachment=("联系人", "txt", f"意见征集联系人：赵明轩\r\n手机：{M_OFD}\r\n".encode("gbk"))))
    label("d02_ofd_attach_mobile.ofd", "review", ["mobile_phone"], [M_OFD],
          "same OFD; its attachment Attach_0.txt (GBK) names a contact's mobile after 手机")

    write("d03_ofd_marking.ofd", ofd_bytes(ofd_lines(["青岚县重大项目调度会议纪要", "2025年3月28日，县政府召开重大项目调度会，研究项目推进事宜。",
                                                      "会议议定：加快供水管网改造工程前期工作。"], first_marking="秘密★1年"),
                                           "会议纪要"))
    label("d03_ofd_marking.ofd", "block", ["classified_marking"], [],
          "hand-written OFD; the page's first TextObject reads 秘密★1年")


def check():
    """Verify each file holds what it should, with other tools than mishen."""
    probs = []
    def run(cmd):
        return subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    z = zipfile.ZipFile(out("a01_zhengqiu_gbk.zip"))
    for zi in z.infolist():
        if zi.flag_bits & 0x800:
            probs.append("a01 member has UTF-8 flag")
        zi.filename.encode("cp437").decode("gbk")  # raises if not GBK
    if not all(zi.flag_bits & 0x800 for zi in zipfile.ZipFile(out("a03_zhengqiu_utf8.zip")).infolist()):
        probs.append("a03 lacks UTF-8 flag")
    r = run(["7z", "l", out("a06_zhengqiu_mobile.7z")])
    if "起草说明" not in r.stdout:
        probs.append("a06 listing")
    r = run(["7z", "l", "-pwrong", out("a13_encrypted.7z")])
    if r.returncode == 0:
        probs.append("a13 listable without password")
    r = run(["tar", "tzf", out("a08_gonggao_intranet.tar.gz")])
    if "gonggao/index.html" not in r.stdout:
        probs.append("a08 listing")
    z = zipfile.ZipFile(out("a12_encrypted_member.zip"))
    enc = {zi.filename: bool(zi.flag_bits & 1) for zi in z.infolist()}
    if not any(enc.values()) or all(enc.values()):
        probs.append(f"a12 encryption {enc}")
    z = zipfile.ZipFile(out("a14_bomb.zip"))
    big = [zi for zi in z.infolist() if zi.file_size > 100 << 20]
    if not big or big[0].file_size / big[0].compress_size < 200:
        probs.append("a14 not a bomb")
    z = zipfile.ZipFile(out("a15_corrupt_member.zip"))
    try:
        if z.testzip() is None:
            probs.append("a15 not corrupt")
    except Exception:
        pass
    for f in ("p01_pdf_attach.pdf", "p02_pdf_embedded_id.pdf", "p03_pdf_annot_docx_marking.pdf",
              "p04_pdf_attach_txt_term.pdf", "p05_pdf_attach_pdf_mobile.pdf"):
        r = run(["pdfdetach", "-list", out(f)])
        if "embedded files" not in r.stdout or r.stdout.startswith("0 "):
            probs.append(f"{f}: {r.stdout.strip()}")
    r = run(["mutool", "show", out("p03_pdf_annot_docx_marking.pdf"), "grep"])
    if "/FileAttachment" not in r.stdout:
        probs.append("p03 has no FileAttachment annotation")
    import email
    from email import policy
    for f, want in (("e02_gbk_docx_id.eml", ID_C), ("e04_utf8_xlsx_card.eml", CARD_A)):
        m = email.message_from_bytes(open(out(f), "rb").read(), policy=policy.default)
        atts = list(m.iter_attachments())
        data = atts[-1].get_content()
        zz = zipfile.ZipFile(io.BytesIO(data))
        blob = b"".join(zz.read(n) for n in zz.namelist())
        if want.encode() not in blob:
            probs.append(f"{f}: value not in attachment")
        if not str(m["subject"]).strip() or "=?" in str(m["subject"]):
            probs.append(f"{f}: subject not decoded")
    m = email.message_from_bytes(open(out("e07_qp_mobile.eml"), "rb").read(), policy=policy.default)
    body = m.get_body().get_content()
    if M_QP not in body or M_QP in open(out("e07_qp_mobile.eml"), encoding="ascii").read():
        probs.append("e07 QP split wrong")
    m = email.message_from_bytes(open(out("e09_nested_eml_unc.eml"), "rb").read(), policy=policy.default)
    inner = [p for p in m.walk() if p.get_content_type() == "message/rfc822"]
    if not inner:
        probs.append("e09 no rfc822")
    else:
        txt = [p for p in inner[0].get_content().walk() if p.get_content_type() == "text/plain"][0].get_content()
        if "\\\\10.32.15.7" not in txt:
            probs.append("e09 UNC missing")
    for f, part in (("o02_docx_ole_xlsx_id.docx", "word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                    ("o04_docx_chart_mobile.docx", "word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                    ("o06_xlsx_embed_docx_marking.xlsx", "xl/embeddings/Microsoft_Word_Document.docx")):
        zz = zipfile.ZipFile(out(f))
        if part not in zz.namelist():
            probs.append(f"{f}: no {part}")
    zz = zipfile.ZipFile(out("o08_pptx_chart_unc.pptx"))
    emb = [n for n in zz.namelist() if n.startswith("ppt/embeddings/") and n.endswith(".xlsx")]
    wb = openpyxl.load_workbook(io.BytesIO(zz.read(emb[0])))
    if not any("172.16.20.8" in str(c.value) for row in wb.worksheets[0].iter_rows() for c in row):
        probs.append("o08 UNC missing")
    # OCR of the two scans (tesseract directly)
    for name, marked in (("m", True), ("c", False)):
        pth = os.path.join(WORK, f"{name}.png")
        open(pth, "wb").write(page_png("秘密★1年" if marked else None))
        r = run(["tesseract", pth, "-", "-l", "chi_sim+eng"])
        first = r.stdout.strip().splitlines()[0] if r.stdout.strip() else ""
        if marked and not (first.startswith("秘密") and "1年" in first):
            probs.append(f"OCR of the marked scan reads {first!r}")
        if not marked and "秘密" in r.stdout:
            probs.append("clean scan reads 秘密")
    pth = os.path.join(WORK, "flow.png")
    open(pth, "wb").write(flow_png())
    r = run(["tesseract", pth, "-", "-l", "chi_sim+eng", "tsv"])
    confs = [float(l.split("\t")[10]) for l in r.stdout.splitlines()[1:]
             if len(l.split("\t")) > 11 and l.split("\t")[11].strip() and float(l.split("\t")[10]) >= 0]
    if not confs or sum(confs) / len(confs) < 80:
        probs.append("flow chart OCR confidence low")
    return probs


def write_meta():
    with open(out("labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    npass = sum(1 for l in LABELS if l["expect_verdict"] == "pass")
    rows = "\n".join(f"| `{l['file']}` | {l['expect_verdict']} | {', '.join(l['expect_categories']) or '—'} | "
                     f"{l['note'].replace('|', '/')} |" for l in LABELS)
    readme = f"""# blind58-bundles — files inside files

{len(LABELS)} files, {npass} of which must pass; each of the others has one problem somewhere inside
a container (the note says where). Labels follow the contract in mishen's README.md and docs/; where
the docs are silent the label is what a 保密审查员 would expect (anything a reader of the published
file can open is published), and the note says so.

| file | verdict | categories | note |
| --- | --- | --- | --- |
{rows}

## How it was made

`gen/make_bundles.py` writes everything (run `python3 gen/make_bundles.py [OUTDIR]`; default the folder
above gen/). Member documents come from real producers: python-docx, openpyxl and ReportLab
(STSong-Light) from Debian's packages unpacked into /tmp (`dpkg -x`, `B58_PYDEPS`), pptxgenjs from npm
in /tmp (`gen/pptx_chart.js`, `B58_NODE_PATH`), pictures drawn with Pillow in Noto CJK and checked
with tesseract. Containers are built the way offices build them: zip with GBK member names and no
UTF-8 flag (a ZipInfo that writes code page 936, as Windows' 压缩文件夹 does) and with UTF-8 names,
Info-ZIP `zip -P` for a ZipCrypto member, 7-Zip for .7z (one AES-256 with encrypted headers), GNU tar
and gzip; a zip in a zip; a 200 MiB member deflated about 1000:1 (0.2 MB on disk); a zip with 64
flipped bytes in a member. E-mails are raw MIME written by hand as Outlook, Foxmail and Thunderbird
write them (RFC 2047 B and Q words in GB2312, GBK, GB18030 and UTF-8, RFC 2231 names, base64 and
quoted-printable with a soft break inside a mobile, message/rfc822 forwards). Embedded Office
files are injected into the producers' packages: Word's OLE icon object pointing at a package part,
a DrawingML chart with its workbook, Excel's oleObject with a VML shape, pptxgenjs's own chart
workbook edited with openpyxl. PDF attachments are added with `qpdf --add-attachment`
(/EmbeddedFiles) and `mutool run` (FileAttachment annotations), one two levels deep. OFD packages
are hand-written XML (OFD.xml, Doc_0/Document.xml, PublicRes, TextObject/TextCode with DeltaX, an
Attachments.xml). HTML pages carry data: URIs (base64 and percent-encoded text, PNG scans, iframes
in UTF-8 and GBK). The script checks each file with other tools (zipfile flags, 7z l, tar t,
pdfdetach -list, mutool show, Python's email module, tesseract) before it writes the labels. All
names, numbers and addresses are invented. No .rar: `rar` is not installed.
"""
    with open(out("README.md"), "w", encoding="utf-8") as f:
        f.write(readme)


if __name__ == "__main__":
    build()
    probs = check()
    write_meta()
    shutil.rmtree(WORK, ignore_errors=True)
    if probs:
        print("CHECK FAILED:\n  " + "\n  ".join(probs))
        sys.exit(1)
    print(f"wrote {len(LABELS)} files and labels into {OUT}")
