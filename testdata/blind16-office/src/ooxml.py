"""Small writers for hand-made OOXML packages (DOCX, PPTX, XLSX) and zips.

Zip entries get a fixed date so the same seed gives the same bytes.
"""
import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

DATE = (2026, 1, 5, 9, 30, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

DOC_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'mc:Ignorable="w14 wp14"'
)

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(path, entries, names_utf8=True):
    """Writes entries [(name, str|bytes)] to path with a fixed date."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def zip_bytes(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def t(s):
    return escape(s)


def q(s):
    return quoteattr(s)


def rels_xml(rels):
    """rels: [(id, type, target, external?)]; type without the REL prefix unless it has ://."""
    out = [XML_DECL, f'<Relationships xmlns="{PKG_REL}">']
    for rid, typ, target, ext in rels:
        full = typ if "://" in typ else REL + typ
        mode = ' TargetMode="External"' if ext else ""
        out.append(f'<Relationship Id="{rid}" Type="{full}" Target={q(target)}{mode}/>')
    out.append("</Relationships>")
    return "".join(out)


def content_types(defaults, overrides):
    out = [XML_DECL, f'<Types xmlns="{CT_NS}">',
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
           '<Default Extension="xml" ContentType="application/xml"/>']
    for ext, ct in defaults:
        out.append(f'<Default Extension="{ext}" ContentType="{ct}"/>')
    for part, ct in overrides:
        out.append(f'<Override PartName="{part}" ContentType="{ct}"/>')
    out.append("</Types>")
    return "".join(out)


CT_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
CT_HDR = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_FTR = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"


def core_xml(title="", subject="", keywords="", creator="办公室", description=""):
    return (XML_DECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{t(title)}</dc:title><dc:subject>{t(subject)}</dc:subject>'
            f'<dc:creator>{t(creator)}</dc:creator><cp:keywords>{t(keywords)}</cp:keywords>'
            f'<dc:description>{t(description)}</dc:description>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:30:00Z</dcterms:created>'
            '</cp:coreProperties>')


def custom_xml(props):
    out = [XML_DECL, '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                     'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">']
    for i, (name, val) in enumerate(props):
        out.append(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name={q(name)}>'
                   f'<vt:lpwstr>{t(val)}</vt:lpwstr></property>')
    out.append("</Properties>")
    return "".join(out)


def run(text, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{t(text)}</w:t></w:r>'


def para(text="", ppr="", rpr="", runs=None):
    inner = runs if runs is not None else (run(text, rpr) if text else "")
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{inner}</w:p>'


def hdr_xml(kind, body):
    tag = "w:hdr" if kind == "hdr" else "w:ftr"
    return XML_DECL + f"<{tag} {DOC_NS}>{body}</{tag}>"


def docx(path, body, parts=(), rels=(), overrides=(), defaults=(), sect="", settings=None,
         core=None, custom=None, doc_ns=DOC_NS, extra_root_rels=()):
    """Writes a DOCX from its body XML and any extra parts."""
    entries = []
    ov = [("/word/document.xml", CT_DOC)] + list(overrides)
    drels = list(rels)
    if settings is not None:
        ov.append(("/word/settings.xml", CT_SETTINGS))
        drels.append(("rIdSettings", "settings", "settings.xml", False))
        entries.append(("word/settings.xml",
                        XML_DECL + f'<w:settings xmlns:w="{W_NS}">{settings}</w:settings>'))
    root_rels = [("rId1", "officeDocument", "word/document.xml", False)]
    if core is not None:
        ov.append(("/docProps/core.xml", CT_CORE))
        root_rels.append(("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                          "docProps/core.xml", False))
        entries.append(("docProps/core.xml", core))
    if custom is not None:
        ov.append(("/docProps/custom.xml", CT_CUSTOM))
        root_rels.append(("rId3", "custom-properties", "docProps/custom.xml", False))
        entries.append(("docProps/custom.xml", custom))
    root_rels += list(extra_root_rels)
    document = (XML_DECL + f"<w:document {doc_ns}><w:body>{body}<w:sectPr>{sect}"
                '<w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
                "</w:sectPr></w:body></w:document>")
    entries = ([("[Content_Types].xml", content_types(defaults, ov)),
                ("_rels/.rels", rels_xml(root_rels)),
                ("word/document.xml", document),
                ("word/_rels/document.xml.rels", rels_xml(drels))] + entries + list(parts))
    write_zip(path, entries)


# ---------------------------------------------------------------- PPTX

P_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
PML = "application/vnd.openxmlformats-officedocument.presentationml."

THEME = (XML_DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office">'
         '<a:themeElements><a:clrScheme name="Office">'
         '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
         '<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>'
         '<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
         '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>'
         '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
         '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
         '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')

SPTREE_HEAD = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
               '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def a_paras(lines):
    return "".join(f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>{t(x)}</a:t></a:r></a:p>' for x in lines)


def sp(sid, name, lines, x=457200, y=457200, cx=8229600, cy=914400, descr=None, hidden=False):
    d = f" descr={q(descr)}" if descr else ""
    h = ' hidden="1"' if hidden else ""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name={q(name)}{d}{h}/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{a_paras(lines)}</p:txBody></p:sp>')


def pptx(path, slides, layout_shapes="", master_shapes="", extra=()):
    """slides: list of dicts {shapes, rels:[(id,type,target,ext)], show:bool, notes:[lines]|None}."""
    entries = []
    ov = [("/ppt/presentation.xml", PML + "presentation.main+xml"),
          ("/ppt/slideMasters/slideMaster1.xml", PML + "slideMaster+xml"),
          ("/ppt/slideLayouts/slideLayout1.xml", PML + "slideLayout+xml"),
          ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")]
    defaults = [("png", "image/png")]
    prels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml", False),
             ("rId2", "theme", "theme/theme1.xml", False)]
    sld_ids = []
    for i, s in enumerate(slides, 1):
        prels.append((f"rId{10 + i}", "slide", f"slides/slide{i}.xml", False))
        sld_ids.append(f'<p:sldId id="{255 + i}" r:id="rId{10 + i}"/>')
        ov.append((f"/ppt/slides/slide{i}.xml", PML + "slide+xml"))
        show = '' if s.get("show", True) else ' show="0"'
        entries.append((f"ppt/slides/slide{i}.xml",
                        XML_DECL + f'<p:sld {P_NS}{show}><p:cSld><p:spTree>{SPTREE_HEAD}{s["shapes"]}</p:spTree></p:cSld>'
                                   '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'))
        srels = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml", False)] + list(s.get("rels", []))
        if s.get("notes"):
            srels.append(("rId99", "notesSlide", f"../notesSlides/notesSlide{i}.xml", False))
            ov.append((f"/ppt/notesSlides/notesSlide{i}.xml", PML + "notesSlide+xml"))
            entries.append((f"ppt/notesSlides/notesSlide{i}.xml",
                            XML_DECL + f'<p:notes {P_NS}><p:cSld><p:spTree>{SPTREE_HEAD}'
                                       '<p:sp><p:nvSpPr><p:cNvPr id="3" name="备注占位符 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
                                       '<p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>'
                                       f'<p:txBody><a:bodyPr/><a:lstStyle/>{a_paras(s["notes"])}</p:txBody></p:sp>'
                                       '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'))
            entries.append((f"ppt/notesSlides/_rels/notesSlide{i}.xml.rels",
                            rels_xml([("rId1", "slide", f"../slides/slide{i}.xml", False)])))
        entries.append((f"ppt/slides/_rels/slide{i}.xml.rels", rels_xml(srels)))
    pres = (XML_DECL + f'<p:presentation {P_NS} saveSubsetFonts="1"><p:sldMasterIdLst>'
            '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            f'<p:sldIdLst>{"".join(sld_ids)}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000" type="screen4x3"/>'
            '<p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    master = (XML_DECL + f'<p:sldMaster {P_NS}><p:cSld><p:spTree>{SPTREE_HEAD}{master_shapes}</p:spTree></p:cSld>'
              '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
              'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
              '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
    layout = (XML_DECL + f'<p:sldLayout {P_NS} preserve="1"><p:cSld name="空白"><p:spTree>{SPTREE_HEAD}{layout_shapes}'
              '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>')
    extra_entries = [(name, data) for name, data, _ in extra]
    extra_ov = [("/" + name, ct) for name, _, ct in extra if ct]
    all_entries = ([("[Content_Types].xml", content_types(defaults, ov + extra_ov)),
                    ("_rels/.rels", rels_xml([("rId1", "officeDocument", "ppt/presentation.xml", False)])),
                    ("ppt/presentation.xml", pres),
                    ("ppt/_rels/presentation.xml.rels", rels_xml(prels)),
                    ("ppt/slideMasters/slideMaster1.xml", master),
                    ("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                     rels_xml([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml", False),
                               ("rId2", "theme", "../theme/theme1.xml", False)])),
                    ("ppt/slideLayouts/slideLayout1.xml", layout),
                    ("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                     rels_xml([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml", False)])),
                    ("ppt/theme/theme1.xml", THEME)] + entries + extra_entries)
    write_zip(path, all_entries)


# ---------------------------------------------------------------- XLSX

def xlsx_bytes(rows, sheet="Sheet1"):
    """A minimal workbook with inline-string cells; rows is a list of lists of str."""
    def col(i):
        return "ABCDEFGHIJ"[i]
    data = []
    for r, row in enumerate(rows, 1):
        cells = "".join(f'<c r="{col(c)}{r}" t="inlineStr"><is><t>{t(v)}</t></is></c>' for c, v in enumerate(row))
        data.append(f'<row r="{r}">{cells}</row>')
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return zip_bytes([
        ("[Content_Types].xml", content_types([], [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")])),
        ("_rels/.rels", rels_xml([("rId1", "officeDocument", "xl/workbook.xml", False)])),
        ("xl/workbook.xml", XML_DECL + f'<workbook xmlns="{S}" xmlns:r="{R_NS}"><sheets>'
                                       f'<sheet name={q(sheet)} sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml", False)])),
        ("xl/worksheets/sheet1.xml", XML_DECL + f'<worksheet xmlns="{S}"><sheetData>{"".join(data)}</sheetData></worksheet>'),
    ])
