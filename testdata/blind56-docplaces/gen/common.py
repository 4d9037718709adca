"""Shared helpers for the blind56-docplaces generators.

All names, numbers and addresses are invented for this corpus.
"""
import io
import os
import struct
import zlib
import zipfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("B56_OUT") or os.path.dirname(HERE)


# ---------------------------------------------------------------- values
def id18(region, birth, seq):
    body = region + birth + seq
    assert len(body) == 17
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


def luhn(partial):
    """Append the Luhn check digit to partial."""
    digits = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(n):
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


IDS = {
    "A": id18("330106", "19850721", "441"),
    "B": id18("320102", "19920315", "273"),
    "C": id18("420106", "19780930", "512"),
    "D": id18("510104", "19880214", "036"),
    "E": id18("370202", "19951108", "624"),
    "F": id18("440305", "19830517", "158"),
    "G": id18("350102", "19900623", "347"),
    "H": id18("610113", "19760402", "219"),
    "I": id18("330102", "19870911", "385"),
    "J": id18("110105", "19930126", "702"),
}
CARDS = {
    "A": luhn("621700310527418360"),   # 19 digits
    "B": luhn("622202160208471"),      # 16 digits
    "C": luhn("621483571902638"),      # 16 digits
}
for _c in CARDS.values():
    assert luhn_ok(_c)

MOB = {
    1: "13905718264", 2: "13761285490", 3: "15158820937", 4: "15867203391",
    5: "13671240985", 6: "18957120436", 7: "17706523318", 8: "13588214470",
    9: "19857302146", 10: "18268013529", 11: "15024687135", 12: "18806521947",
}
EMAIL1 = "liu.xiaomei1988@163.com"


# ---------------------------------------------------------------- PNG
def png(w, h, seed=0):
    """A smooth picture with no text in it (sky gradient, a block, a lawn)."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y > h * 0.75:
                r, g, b = 70 + (x * 30) // w, 140, 60
            elif w * 0.3 < x < w * 0.7 and y > h * 0.35:
                r, g, b = 190, 175 - seed * 10, 150
            else:
                t = y / h
                r, g, b = int(120 + 100 * t), int(170 + 60 * t), 235
            row += bytes((r, g, b))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- OOXML
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        'mc:Ignorable="w14 w15 wp14"')

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
R_STYLES = RT + "styles"
R_SETTINGS = RT + "settings"
R_HEADER = RT + "header"
R_FOOTER = RT + "footer"
R_IMAGE = RT + "image"
R_HYPERLINK = RT + "hyperlink"
R_COMMENTS = RT + "comments"
R_COMMENTS_EX = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
R_FOOTNOTES = RT + "footnotes"
R_ENDNOTES = RT + "endnotes"
R_CHART = RT + "chart"
R_PACKAGE = RT + "package"
R_OLE = RT + "oleObject"
R_AFCHUNK = RT + "aFChunk"
R_GLOSSARY = RT + "glossaryDocument"
R_CUSTOMXML = RT + "customXml"
R_CUSTOMXML_PROPS = RT + "customXmlProps"
R_NUMBERING = RT + "numbering"
R_ATTACHED_TEMPLATE = RT + "attachedTemplate"
R_DGM_DATA = RT + "diagramData"
R_DGM_LAYOUT = RT + "diagramLayout"
R_DGM_STYLE = RT + "diagramQuickStyle"
R_DGM_COLORS = RT + "diagramColors"
R_DGM_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"

CT = "application/vnd.openxmlformats-officedocument."
CT_MAIN = CT + "wordprocessingml.document.main+xml"

FONT_CN = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>'


def run(text, rpr="", font=True, sz=32):
    f = FONT_CN if font else ""
    return '<w:r><w:rPr>%s%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (f, rpr, sz, xesc(text))


def para(text="", ppr="", rpr="", runs=None):
    inner = runs if runs is not None else (run(text, rpr) if text else "")
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, inner)


def title(text):
    return ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hint="eastAsia"/>'
            '<w:sz w:val="44"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % xesc(text))


def paras(*texts):
    return "".join(para(t, ppr='<w:ind w:firstLineChars="200" w:firstLine="640"/>') for t in texts)


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>'
          '</w:styles>')


def core_xml(creator="县政府办公室", title_="", last="县政府办公室"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-03T01:20:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-05T08:41:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title_), xesc(creator), xesc(last)))


def app_xml(company="", manager=""):
    extra = ""
    if manager:
        extra += "<Manager>%s</Manager>" % xesc(manager)
    if company:
        extra += "<Company>%s</Company>" % xesc(company)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>1</Pages>'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>%s'
            '<AppVersion>16.0000</AppVersion></Properties>' % extra)


def custom_xml(props):
    items = "".join(
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>'
        % (i + 2, xesc(k), xesc(v)) for i, (k, v) in enumerate(props))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>' % items)


def settings_xml(extra=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '%s<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '</w:settings>' % extra)


def rels_xml(rels):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for rel in rels:
        rid, typ, target = rel[:3]
        mode = ' TargetMode="External"' if len(rel) > 3 and rel[3] else ""
        out.append('<Relationship Id="%s" Type="%s" Target="%s"%s/>' % (rid, typ, xesc(target, {'"': "&quot;"}), mode))
    out.append("</Relationships>")
    return "".join(out)


def hdr_xml(inner, tag="hdr"):
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s>%s</w:%s>' % (tag, W_NS, inner, tag)


class Docx:
    """A WordprocessingML package written part by part."""

    def __init__(self):
        self.parts = {}          # name -> bytes/str
        self.rels = [("rIdStyles", R_STYLES, "styles.xml"), ("rIdSettings", R_SETTINGS, "settings.xml")]
        self.defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                         "xml": "application/xml", "png": "image/png"}
        self.overrides = {"/word/document.xml": CT_MAIN,
                          "/word/styles.xml": CT + "wordprocessingml.styles+xml",
                          "/word/settings.xml": CT + "wordprocessingml.settings+xml",
                          "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                          "/docProps/app.xml": CT + "extended-properties+xml"}
        self.pkg_rels = [("rId1", RT + "officeDocument", "word/document.xml"),
                         ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                         ("rId3", RT + "extended-properties", "docProps/app.xml")]
        self.settings_extra = ""
        self.settings_rels = []
        self.core = core_xml()
        self.app = app_xml()
        self.custom = None
        self.sect_extra = ""
        self.part_rels = {}      # part name -> rel list

    def add(self, name, data, ctype=None, rid=None, rtype=None, target=None, external=False):
        if data is not None:
            self.parts[name] = data
            if ctype:
                self.overrides["/" + name] = ctype
        if rid:
            self.rels.append((rid, rtype, target or name[len("word/"):], external))

    def header(self, rid, name, inner, kind="header", ref_type="default"):
        tag = "hdr" if kind == "header" else "ftr"
        self.add("word/" + name, hdr_xml(inner, tag), CT + "wordprocessingml.%s+xml" % kind, rid,
                 R_HEADER if kind == "header" else R_FOOTER)
        self.sect_extra += '<w:%sReference w:type="%s" r:id="%s"/>' % (kind, ref_type, rid)

    def write(self, path, body):
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
               '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
               '</w:sectPr></w:body></w:document>' % (W_NS, body, self.sect_extra))
        files = {"word/document.xml": doc, "word/styles.xml": STYLES,
                 "word/settings.xml": settings_xml(self.settings_extra),
                 "docProps/core.xml": self.core, "docProps/app.xml": self.app,
                 "word/_rels/document.xml.rels": rels_xml(self.rels)}
        if self.settings_rels:
            files["word/_rels/settings.xml.rels"] = rels_xml(self.settings_rels)
        if self.custom:
            files["docProps/custom.xml"] = self.custom
            self.overrides["/docProps/custom.xml"] = CT + "custom-properties+xml"
            self.pkg_rels.append(("rId4", RT + "custom-properties", "docProps/custom.xml"))
        files["_rels/.rels"] = rels_xml(self.pkg_rels)
        for name, rl in self.part_rels.items():
            d, b = os.path.split(name)
            files[d + "/_rels/" + b + ".rels"] = rels_xml(rl)
        files.update(self.parts)
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">']
        for ext, t in self.defaults.items():
            ct.append('<Default Extension="%s" ContentType="%s"/>' % (ext, t))
        for pn, t in self.overrides.items():
            ct.append('<Override PartName="%s" ContentType="%s"/>' % (pn, t))
        ct.append("</Types>")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "".join(ct))
            z.writestr("_rels/.rels", files.pop("_rels/.rels"))
            z.writestr("word/document.xml", files.pop("word/document.xml"))
            for name in sorted(files):
                data = files[name]
                z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------- CFB (OLE2) writer
def cfb_single_stream(stream_name, data, clsid=b"\x00" * 16):
    """A compound file with one stream in the root storage (stream >= 4096 bytes, no mini stream)."""
    assert len(data) >= 4096
    SEC = 512
    nsec = (len(data) + SEC - 1) // SEC
    assert nsec + 2 <= 128
    FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x003E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", hdr, 44, 1)            # FAT sectors
    struct.pack_into("<I", hdr, 48, 1)            # first directory sector
    struct.pack_into("<I", hdr, 56, 4096)         # mini stream cutoff
    struct.pack_into("<I", hdr, 60, ENDOFCHAIN)   # first mini FAT sector
    struct.pack_into("<I", hdr, 64, 0)
    struct.pack_into("<I", hdr, 68, ENDOFCHAIN)   # first DIFAT sector
    struct.pack_into("<I", hdr, 72, 0)
    difat = [0] + [FREESECT] * 108
    struct.pack_into("<109I", hdr, 76, *difat)
    fat = [FATSECT, ENDOFCHAIN] + [i + 1 for i in range(2, 2 + nsec - 1)] + [ENDOFCHAIN]
    fat += [FREESECT] * (128 - len(fat))
    fat_b = struct.pack("<128I", *fat)

    def entry(name, typ, child, start, size, cls=b"\x00" * 16):
        e = bytearray(128)
        if name:
            nb = (name + "\x00").encode("utf-16-le")
            e[0:len(nb)] = nb
            struct.pack_into("<H", e, 64, len(nb))
        e[66] = typ
        e[67] = 1  # black
        struct.pack_into("<III", e, 68, NOSTREAM, NOSTREAM, child)
        e[80:96] = cls
        struct.pack_into("<I", e, 116, start)
        struct.pack_into("<Q", e, 120, size)
        return bytes(e)
    d = entry("Root Entry", 5, 1, ENDOFCHAIN, 0, clsid) + entry(stream_name, 2, NOSTREAM, 2, len(data))
    empty = bytearray(128)
    struct.pack_into("<III", empty, 68, NOSTREAM, NOSTREAM, NOSTREAM)
    d += bytes(empty) * 2
    body = data + b"\x00" * (nsec * SEC - len(data))
    return bytes(hdr) + fat_b + d + body


def ole10native(filename, payload):
    label = filename.encode("ascii") + b"\x00"
    src = ("C:\\Users\\Public\\Documents\\" + filename).encode("ascii") + b"\x00"
    tmp = ("C:\\Users\\Public\\AppData\\Local\\Temp\\" + filename).encode("ascii") + b"\x00"
    inner = (struct.pack("<H", 2) + label + src + struct.pack("<HH", 0, 3)
             + struct.pack("<I", len(tmp)) + tmp + struct.pack("<I", len(payload)) + payload)
    return struct.pack("<I", len(inner)) + inner
