"""Helpers shared by the python generators of blind18-office."""
import io, json, os, zipfile
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
V = json.load(open(os.path.join(os.path.dirname(__file__), "out", "values.json"), encoding="utf-8"))
FIXED = (2026, 12, 1, 9, 0, 0)
_labels = []


def label(file, verdict, cats, raws, note):
    _labels.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                    "raw_values": raws, "note": note})


def save_labels(name):
    json.dump(_labels, open(os.path.join(os.path.dirname(__file__), "out", "labels-%s.json" % name), "w",
                            encoding="utf-8"), ensure_ascii=False, indent=1)


def write_zip(path, parts):
    """parts: list of (name, bytes|str); written in order with a fixed timestamp."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def text_png(text, size=(520, 120), fs=44):
    """A small PNG with clear printed Chinese text (so OCR reads something)."""
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", fs)
    d.text((20, (size[1] - fs) // 2 - 6), text, fill="black", font=f)
    b = io.BytesIO()
    img.save(b, "PNG", optimize=True)
    return b.getvalue()


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
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def p(text, rpr=""):
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, text)


def hand_docx(path, body, headers=None, footers=None, rels_extra=None, parts_extra=None, ct_extra=None,
              sect_extra="", settings="", core_title="", custom_props=None, creator="办公室"):
    """A WordprocessingML package written by hand.
    headers/footers: list of (type, xml-body) ; rels_extra: list of (id, type, target, external)."""
    headers = headers or []
    footers = footers or []
    rels = []
    parts = []
    ct = []
    sect = ""
    for i, (typ, xml) in enumerate(headers, 1):
        rid = "rIdH%d" % i
        rels.append('<Relationship Id="%s" Type="%s/header" Target="header%d.xml"/>' % (rid, R_NS, i))
        parts.append(("word/header%d.xml" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (W_NS, xml)))
        ct.append('<Override PartName="/word/header%d.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' % i)
        sect += '<w:headerReference w:type="%s" r:id="%s"/>' % (typ, rid)
    for i, (typ, xml) in enumerate(footers, 1):
        rid = "rIdF%d" % i
        rels.append('<Relationship Id="%s" Type="%s/footer" Target="footer%d.xml"/>' % (rid, R_NS, i))
        parts.append(("word/footer%d.xml" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (W_NS, xml)))
        ct.append('<Override PartName="/word/footer%d.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' % i)
        sect += '<w:footerReference w:type="%s" r:id="%s"/>' % (typ, rid)
    for rid, typ, target, ext in (rels_extra or []):
        rels.append('<Relationship Id="%s" Type="%s/%s" Target="%s"%s/>' % (rid, R_NS, typ, target, ' TargetMode="External"' if ext else ""))
    rels.append('<Relationship Id="rIdSet" Type="%s/settings" Target="settings.xml"/>' % R_NS)
    ct.append('<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>')
    ct += ct_extra or []
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>%s</w:sectPr>'
           '</w:body></w:document>') % (W_NS, body, sect, sect_extra)
    settings_xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>%s<w:defaultTabStop w:val="420"/></w:settings>' % (W_NS, settings)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T08:00:00Z</dcterms:created></cp:coreProperties>') % (core_title, creator)
    pkg_rels = ['<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>' % R_NS,
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>']
    ct_base = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
               '<Default Extension="xml" ContentType="application/xml"/>',
               '<Default Extension="png" ContentType="image/png"/>',
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
               '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    extra_pkg = []
    if custom_props:
        pkg_rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>')
        ct_base.append('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
        props = "".join('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>' % (i + 2, k, v)
                        for i, (k, v) in enumerate(custom_props))
        extra_pkg.append(("docProps/custom.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>' % props))
    all_parts = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s</Types>' % "".join(ct_base + ct)),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(pkg_rels)),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels)),
        ("word/settings.xml", settings_xml),
        ("docProps/core.xml", core),
    ] + parts + (parts_extra or []) + extra_pkg
    write_zip(path, all_parts)
