"""Hand-written flat OpenDocument (.fodt/.fods/.fodp) sources."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" ')

E = escape


def p(text, style=None):
    """p is a paragraph of escaped text."""
    s = ' text:style-name="%s"' % style if style else ""
    return "<text:p%s>%s</text:p>" % (s, E(text))


def meta(title="", subject="", description="", keywords="", creator="办公室"):
    out = "<office:meta><meta:generator>blind17 hand-written flat ODF</meta:generator>"
    out += "<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>" % (E(creator), E(creator))
    if title:
        out += "<dc:title>%s</dc:title>" % E(title)
    if subject:
        out += "<dc:subject>%s</dc:subject>" % E(subject)
    if description:
        out += "<dc:description>%s</dc:description>" % E(description)
    if keywords:
        out += "<meta:keyword>%s</meta:keyword>" % E(keywords)
    return out + "</office:meta>"


TEXT_STYLES = """<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="14pt" style:font-size-asian="14pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Thid" style:family="text"><style:text-properties text:display="none"/></style:style>
 <style:style style:name="Pcenter" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
 <style:style style:name="Pred" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#cc0000" fo:font-size="26pt" style:font-size-asian="26pt"/></style:style>
 <style:style style:name="Pleft" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:border="0.5pt solid #000000" style:wrap="none" style:vertical-pos="from-top" style:horizontal-pos="from-left" style:vertical-rel="page" style:horizontal-rel="page"/></style:style>
 <style:style style:name="Tab1" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
 <style:style style:name="Cell1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>"""


def fodt(body, header=None, footer=None, md=None, tracked=""):
    """fodt returns a flat ODF text document."""
    hf = ""
    if header:
        hf += "<style:header>%s</style:header>" % "".join(p(h) for h in header)
    if footer:
        hf += "<style:footer>%s</style:footer>" % "".join(p(f) for f in footer)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">%s%s'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
            '<office:body><office:text>%s%s</office:text></office:body></office:document>\n'
            % (NS, md or meta(), TEXT_STYLES, hf, tracked, body))


def table(rows):
    """table returns a bordered ODF table; rows are lists of strings, the first the heading."""
    n = len(rows[0])
    out = '<table:table table:name="表格1" table:style-name="Tab1"><table:table-column table:number-columns-repeated="%d"/>' % n
    for r in rows:
        out += "<table:table-row>" + "".join(
            '<table:table-cell table:style-name="Cell1" office:value-type="string">%s</table:table-cell>' % p(c) for c in r) + "</table:table-row>"
    return out + "</table:table>"


def note(cls, n, text):
    return ('<text:note text:id="%s%d" text:note-class="%s"><text:note-citation>%d</text:note-citation>'
            '<text:note-body>%s</text:note-body></text:note>' % (cls[:3], n, cls, n, p(text)))


def annotation(author, text):
    return ('<office:annotation><dc:creator>%s</dc:creator><dc:date>2026-11-20T09:30:00</dc:date>%s</office:annotation>'
            % (E(author), p(text)))


def frame(paras, x="2.6cm", y="1.2cm", w="6cm", h="1.6cm", anchor="page"):
    extra = ' text:anchor-page-number="1"' if anchor == "page" else ""
    return ('<draw:frame draw:style-name="fr1" draw:name="文本框1" text:anchor-type="%s"%s svg:x="%s" svg:y="%s" svg:width="%s" svg:height="%s" draw:z-index="0">'
            '<draw:text-box>%s</draw:text-box></draw:frame>' % (anchor, extra, x, y, w, h, "".join(p(t) for t in paras)))


def deletion(cid, text, author="李某"):
    return ('<text:changed-region text:id="%s"><text:deletion><office:change-info><dc:creator>%s</dc:creator>'
            '<dc:date>2026-11-18T15:02:00</dc:date></office:change-info>%s</text:deletion></text:changed-region>'
            % (cid, E(author), p(text)))


# ---------------------------------------------------------------- spreadsheets

SHEET_STYLES = """<office:automatic-styles>
 <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="tah" style:family="table"><style:table-properties table:display="false"/></style:style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
</office:automatic-styles>"""


def cell(v):
    if isinstance(v, (int, float)):
        return '<table:table-cell office:value-type="float" office:value="%s">%s</table:table-cell>' % (v, p(str(v)))
    return '<table:table-cell office:value-type="string">%s</table:table-cell>' % p(v)


def sheet(name, rows, hidden=False, hidden_rows=(), hidden_cols=()):
    n = max(len(r) for r in rows)
    out = '<table:table table:name="%s" table:style-name="%s">' % (E(name), "tah" if hidden else "ta1")
    for c in range(n):
        vis = ' table:visibility="collapse"' if c in hidden_cols else ""
        out += '<table:table-column table:style-name="co1"%s/>' % vis
    for i, r in enumerate(rows):
        vis = ' table:visibility="collapse"' if i in hidden_rows else ""
        out += "<table:table-row%s>%s</table:table-row>" % (vis, "".join(cell(v) for v in r))
    return out + "</table:table>"


def fods(sheets, md=None):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">%s%s'
            '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>\n'
            % (NS, md or meta(), SHEET_STYLES, "".join(sheets)))


# ---------------------------------------------------------------- presentations

PRES_STYLES = """<office:automatic-styles>
 <style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>
 <style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties presentation:visibility="visible"/></style:style>
 <style:style style:name="dph" style:family="drawing-page"><style:drawing-page-properties presentation:visibility="hidden"/></style:style>
 <style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"/><style:text-properties fo:font-size="24pt" style:font-size-asian="24pt"/></style:style>
</office:automatic-styles>"""


def slide(n, title, lines, notes=None, hidden=False):
    out = '<draw:page draw:name="page%d" draw:style-name="%s" draw:master-page-name="Default">' % (n, "dph" if hidden else "dp1")
    out += ('<draw:frame draw:style-name="gr1" svg:x="1.5cm" svg:y="1cm" svg:width="25cm" svg:height="2.5cm"><draw:text-box>%s</draw:text-box></draw:frame>' % p(title))
    out += ('<draw:frame draw:style-name="gr1" svg:x="1.5cm" svg:y="4cm" svg:width="25cm" svg:height="10cm"><draw:text-box>%s</draw:text-box></draw:frame>'
            % "".join(p(l) for l in lines))
    if notes:
        out += ('<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" svg:width="17cm" svg:height="10cm">'
                '<draw:text-box>%s</draw:text-box></draw:frame></presentation:notes>' % "".join(p(l) for l in notes))
    return out + "</draw:page>"


def fodp(slides, md=None):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.presentation">%s%s'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
            '<office:body><office:presentation>%s</office:presentation></office:body></office:document>\n'
            % (NS, md or meta(), PRES_STYLES, "".join(slides)))
