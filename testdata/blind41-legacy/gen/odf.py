"""Hand-written flat ODF (fodt/fods/fodp) builders; LibreOffice converts them to legacy formats."""
from xml.sax.saxutils import escape as E

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')


def meta(title="", subject="", keywords="", description="", author="办公室"):
    m = f"<dc:creator>{E(author)}</dc:creator><meta:initial-creator>{E(author)}</meta:initial-creator>"
    if title: m += f"<dc:title>{E(title)}</dc:title>"
    if subject: m += f"<dc:subject>{E(subject)}</dc:subject>"
    if keywords: m += f"<meta:keyword>{E(keywords)}</meta:keyword>"
    if description: m += f"<dc:description>{E(description)}</dc:description>"
    return f"<office:meta>{m}</office:meta>"


def P(s):
    """A paragraph of plain text."""
    return f"<text:p>{E(s)}</text:p>"


def PX(*parts):
    """A paragraph from pieces: str pieces are escaped, ('x', xml) pieces are raw XML."""
    return "<text:p>" + "".join(p[1] if isinstance(p, tuple) else E(p) for p in parts) + "</text:p>"


def table(rows, name="表1"):
    n = max(len(r) for r in rows)
    out = [f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="{n}"/>']
    for r in rows:
        out.append("<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{E(c)}</text:p></table:table-cell>' for c in r) + "</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def annotation(text, who="审核人"):
    return (f"<office:annotation><dc:creator>{E(who)}</dc:creator><dc:date>2025-03-04T09:30:00</dc:date>"
            f"<text:p>{E(text)}</text:p></office:annotation>")


def hidden(text):
    return f'<text:span text:style-name="Thid">{E(text)}</text:span>'


def fodt(body, header="", footer="", metaxml=None, tracked=""):
    hdr = f"<style:header>{P(header)}</style:header>" if header else ""
    ftr = f"<style:footer>{P(footer)}</style:footer>" if footer else ""
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{metaxml or meta()}
<office:font-face-decls><style:font-face style:name="SimSun" svg:font-family="SimSun"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="SimSun" fo:language="zh" fo:country="CN"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
<style:style style:name="Thid" style:family="text"><style:text-properties text:display="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}{ftr}</style:master-page></office:master-styles>
<office:body><office:text>{tracked}{"".join(body)}</office:text></office:body>
</office:document>
'''


def sheet(name, rows, hidden=False, hidden_rows=(), notes=None):
    """rows: list of lists of str; notes: {(r,c): text} -> cell annotation."""
    notes = notes or {}
    n = max(len(r) for r in rows)
    st = "taH" if hidden else "ta1"
    out = [f'<table:table table:name="{E(name)}" table:style-name="{st}"><table:table-column table:number-columns-repeated="{n}"/>']
    for i, r in enumerate(rows):
        vis = ' table:visibility="collapse"' if i in hidden_rows else ""
        cells = []
        for j, c in enumerate(r):
            ann = annotation(notes[(i, j)]) if (i, j) in notes else ""
            cells.append(f'<table:table-cell office:value-type="string">{ann}<text:p>{E(c)}</text:p></table:table-cell>')
        out.append(f"<table:table-row{vis}>" + "".join(cells) + "</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def fods(sheets, header="", metaxml=None):
    hdr = (f"<style:header><style:region-center>{P(header)}</style:region-center></style:header>" if header
           else "")
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
{metaxml or meta()}
<office:automatic-styles>
<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>
<style:style style:name="taH" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties/><style:header-style><style:header-footer-properties fo:min-height="0.75cm"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">{hdr}</style:master-page></office:master-styles>
<office:body><office:spreadsheet>{"".join(sheets)}</office:spreadsheet></office:body>
</office:document>
'''


def slide(lines, notes=None, name="p"):
    y = 1.5
    frames = []
    for ln in lines:
        frames.append(f'<draw:frame draw:layer="layout" svg:x="1.5cm" svg:y="{y}cm" svg:width="25cm" svg:height="1.8cm">'
                      f'<draw:text-box>{P(ln)}</draw:text-box></draw:frame>')
        y += 2.2
    nt = ""
    if notes:
        nt = ('<presentation:notes draw:style-name="dp1"><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" '
              'svg:width="17cm" svg:height="10cm"><draw:text-box>' + "".join(P(n) for n in notes) +
              '</draw:text-box></draw:frame></presentation:notes>')
    return f'<draw:page draw:name="{name}" draw:style-name="dp1" draw:master-page-name="Default">{"".join(frames)}{nt}</draw:page>'


def fodp(slides, metaxml=None):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
{metaxml or meta()}
<office:automatic-styles>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"/>
</office:automatic-styles>
<office:master-styles><draw:layer-set><draw:layer draw:name="layout"/><draw:layer draw:name="background"/><draw:layer draw:name="backgroundobjects"/><draw:layer draw:name="controls"/><draw:layer draw:name="measurelines"/></draw:layer-set>
<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>
<office:body><office:presentation>{"".join(slides)}</office:presentation></office:body>
</office:document>
'''
