"""Hand-written OOXML packages (DOCX/XLSX parts a producer cannot place)."""
import struct, zipfile, zlib
from xml.sax.saxutils import escape as esc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
FIXED = (2026, 12, 6, 9, 0, 0)


def p(text, rpr=""):
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, esc(text))


def runs(*items):
    """items: str (plain run) or raw xml (starting with <)."""
    out = []
    for it in items:
        out.append(it if it.startswith("<") else '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(it))
    return "<w:p>" + "".join(out) + "</w:p>"


def zwrite(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))


def docx(path, body, parts=(), rels=(), overrides=(), defaults=(), sect=None,
         core=None, custom=None, settings=None):
    """parts: (name, xml); rels: (id, type, target, external?); overrides: (partname, ct)."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>']
    for ext, c in defaults:
        ct.append('<Default Extension="%s" ContentType="%s"/>' % (ext, c))
    ct.append('<Override PartName="/word/document.xml" ContentType="%s"/>' % CT_MAIN)
    for pn, c in overrides:
        ct.append('<Override PartName="%s" ContentType="%s"/>' % (pn, c))
    pkgrels = ['<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>' % RT]
    allparts = []
    if core:
        ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
        pkgrels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>')
        allparts.append(("docProps/core.xml", core))
    if custom:
        ct.append('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
        pkgrels.append('<Relationship Id="rId3" Type="%scustom-properties" Target="docProps/custom.xml"/>' % RT)
        allparts.append(("docProps/custom.xml", custom))
    if settings:
        ct.append('<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>')
        rels = list(rels) + [("rIdSet", "settings", "settings.xml", False)]
        allparts.append(("word/settings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings %s>%s</w:settings>' % (W, settings)))
    ct.append("</Types>")
    dr = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for rid, typ, tgt, ext in rels:
        t = typ if typ.startswith("http") else RT + typ
        dr.append('<Relationship Id="%s" Type="%s" Target="%s"%s/>' % (rid, t, esc(tgt, {'"': "&quot;"}), ' TargetMode="External"' if ext else ""))
    dr.append("</Relationships>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>'
           % (W, body, sect or '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'))
    out = [("[Content_Types].xml", "".join(ct)),
           ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(pkgrels) + "</Relationships>"),
           ("word/document.xml", doc),
           ("word/_rels/document.xml.rels", "".join(dr))]
    out += allparts + [(n, x) for n, x in parts]
    zwrite(path, out)


def core_xml(title="", subject="", creator="", description="", keywords=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator><dc:description>%s</dc:description><cp:keywords>%s</cp:keywords>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T08:00:00Z</dcterms:created></cp:coreProperties>'
            % tuple(esc(x) for x in (title, subject, creator, description, keywords)))


def custom_xml(props):
    items = "".join('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>'
                    % (i + 2, esc(k), esc(v)) for i, (k, v) in enumerate(props))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>' % items)


def png(w=96, h=64, rgb=(40, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def ch(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + ch(b"IDAT", zlib.compress(raw)) + ch(b"IEND", b"")

