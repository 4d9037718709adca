#!/usr/bin/python3
"""Hand-written SpreadsheetML packages, zipped with Python's zipfile, for what the
libraries cannot write: threaded comments, text boxes and shapes, inline rich
strings, formulas joining cell references, custom properties, an exact 18-digit
number."""
import os, sys, zipfile
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import IDS, MOBILES, CARDS, mask_id, out, add_label
import docbasis as D

L = "handwritten.json"
SUB = "handwritten"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def istr(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def cells_row(r, values):
    out_ = []
    for i, v in enumerate(values):
        ref = f"{col(i)}{r}"
        if v is None:
            continue
        if isinstance(v, tuple):          # raw cell xml provider
            out_.append(v[0].replace("REF", ref))
        elif isinstance(v, (int, float)):
            out_.append(f'<c r="{ref}"><v>{v}</v></c>')
        else:
            out_.append(istr(ref, v))
    return f'<row r="{r}">' + "".join(out_) + "</row>"


def sheet_xml(rows, tail=""):
    body = "".join(cells_row(i + 1, r) for i, r in enumerate(rows))
    return (HDR + f'<worksheet {NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="6" width="22" customWidth="1"/></cols>'
            f'<sheetData>{body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            f'{tail}</worksheet>')


STYLES = (HDR + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def core(creator="办公室", description=None):
    d = f"<dc:description>{escape(description)}</dc:description>" if description else ""
    return (HDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{escape(creator)}</dc:creator>{d}'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-12T08:00:00Z</dcterms:created></cp:coreProperties>')


APP = (HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Excel</Application></Properties>')


def build(name, sheet, sheet_rels=(), wb_rels=(), extra_parts=None, overrides=(), defaults=(), custom=None,
          sst=None, core_xml=None, sheet_name="Sheet1"):
    """sheet_rels / wb_rels: (id, type, target). overrides: (partname, contenttype)."""
    parts = dict(extra_parts or {})
    ov = [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
          ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
          ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
          ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
          ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")] + list(overrides)
    root_rels = [("rId1", R + "/officeDocument", "xl/workbook.xml"),
                 ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                 ("rId3", R + "/extended-properties", "docProps/app.xml")]
    if custom is not None:
        parts["docProps/custom.xml"] = custom
        ov.append(("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"))
        root_rels.append(("rId4", R + "/custom-properties", "docProps/custom.xml"))
    wbr = [("rId1", R + "/worksheet", "worksheets/sheet1.xml"), ("rId2", R + "/styles", "styles.xml")] + list(wb_rels)
    if sst is not None:
        parts["xl/sharedStrings.xml"] = sst
        ov.append(("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
        wbr.append(("rId9", R + "/sharedStrings", "sharedStrings.xml"))

    def rels(lst):
        return (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
                "".join(f'<Relationship Id="{i}" Type="{t}" Target="{escape(g)}"/>' for i, t, g in lst) + "</Relationships>")

    ct = (HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>' +
          "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults) +
          "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in ov) + "</Types>")
    wb = (HDR + f'<workbook {NS}><bookViews><workbookView/></bookViews><sheets>'
          f'<sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>')
    p = out(SUB, name)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels(root_rels))
        z.writestr("docProps/core.xml", core_xml or core())
        z.writestr("docProps/app.xml", APP)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", rels(wbr))
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if sheet_rels:
            z.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels(sheet_rels))
        for k, v in parts.items():
            z.writestr(k, v)
    return f"{SUB}/{name}"


def fcell(formula, cached=None):
    f = escape(formula)
    if cached is None:
        return (f'<c r="REF"><f>{f}</f></c>',)
    return (f'<c r="REF" t="str"><f>{f}</f><v>{escape(cached)}</v></c>',)


# --- formulas joining cell references
v = IDS["f08b"]
sheet = sheet_xml([["2025年度见义勇为奖励对象"], ["姓名", "行政区划代码", "出生日期及顺序码", "身份证号"],
                   ["覃建波", v[:6], v[6:], fcell("CONCATENATE(B3,C3)")]])
f = build("f08_concat_refs_nocache.xlsx", sheet)
add_label(L, f, "block", ["id_card"], [v],
          "B3 holds the 6-digit region code and C3 the other 12 characters as text; D3 =CONCATENATE(B3,C3) has no cached "
          "value, so Excel shows the whole ID in D3 on opening. The whole ID is in no string of the file: the join is of "
          f"references, not of literal strings. Basis: {D.PRINCIPLE}; {D.FORMULA} (that sentence names strings only, and "
          "README says \"two neighbouring cells are never one number\", so this is the hardest formula case). {D.ID}.")

sheet = sheet_xml([["2025年度见义勇为奖励对象"], ["姓名", "行政区划代码", "其余号码（脱敏）", "身份证号"],
                   ["覃建波", "110101", "********4514", fcell("B3&C3", "110101********4514")]])
f = build("f11_clean_concat_refs_cached.xlsx", sheet)
add_label(L, f, "pass", [], [], f"Twin of f08: the joined value (cached) is a masked ID 110101********4514. {D.MASKED}.")

# --- an exact 18-digit number
v = IDS["n06b"]
sheet = sheet_xml([["城镇老旧小区改造入户调查"], ["户主", "身份证号"], ["宋玉梅", (f'<c r="REF"><v>{v}</v></c>',)]])
f = build("n06b_id_number_exact_digits.xlsx", sheet)
add_label(L, f, "block", ["id_card"], [v],
          "B3 is a number cell whose <v> holds all 18 digits of a valid ID (a generator writing the integer as text); "
          f"Excel shows 3.70102E+17 but the digits are in the file for anyone who unzips it. {D.NUMFMT}. {D.ID}.")

# --- inline rich string splitting an ID
v = IDS["s01"]
rich = (f'<c r="REF" t="inlineStr"><is><r><t>{v[:10]}</t></r><r><rPr><b/><color rgb="FFFF0000"/></rPr>'
        f'<t>{v[10:]}</t></r></is></c>',)
sheet = sheet_xml([["退役军人优待证申领名单"], ["姓名", "身份证号"], ["莫振华", rich]])
f = build("s01_inlinestr_rich_id.xlsx", sheet)
add_label(L, f, "block", ["id_card"], [v],
          f"B3 is an inline string (t=inlineStr, no shared strings part) of two rich-text runs splitting a whole ID 10+8. "
          f"{D.XLSX} (\"every sheet\"); README Tables: \"A number wrapped over several lines inside one cell is one number\". {D.ID}.")

# --- comments
TC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
PID = "{5B3E1C2A-7D4F-4A1B-9C3D-2E1F0A9B8C7D}"
CID = "{0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}"


def threaded(ref, text):
    return (HDR + f'<ThreadedComments xmlns="{TC_NS}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<threadedComment ref="{ref}" dT="2025-06-12T09:15:31.22" personId="{PID}" id="{CID}">'
            f'<text>{escape(text)}</text></threadedComment></ThreadedComments>')


PERSON = (HDR + f'<personList xmlns="{TC_NS}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<person displayName="审核人" id="{PID}" userId="审核人" providerId="None"/></personList>')


def legacy_comment(ref, text):
    body = ("[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits "
            "to it will get removed if the file is opened in a newer version of Excel. Learn more: "
            "https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    " + text)
    return (HDR + '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<authors><author>tc={CID}</author></authors><commentList>'
            f'<comment ref="{ref}" authorId="0" shapeId="0"><text><t xml:space="preserve">{escape(body)}</t></text>'
            '</comment></commentList></comments>')


def vml(row, colno):
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
            '</o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:200pt;margin-top:20pt;'
            'width:150pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
            '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
            '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
            f'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>'
            f'<x:Row>{row}</x:Row><x:Column>{colno}</x:Column></x:ClientData></v:shape></xml>')


TC_OV = [("/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"),
         ("/xl/persons/person.xml", "application/vnd.ms-excel.person+xml")]
TC_REL = ("rId3", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
          "../threadedComments/threadedComment1.xml")
PERSON_REL = ("rId3", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml")

m = MOBILES["c03"]
text = f"数据已核对。如有疑问请联系经办人黎明，手机{m}。"
sheet = sheet_xml([["2025年度农村危房改造补助对象"], ["序号", "户主", "补助金额（元）"], [1, "廖春来", 20000]],
                  tail='<legacyDrawing r:id="rId2"/>')
f = build("c03_threaded_comment_legacy_mobile.xlsx", sheet,
          sheet_rels=[("rId1", R + "/comments", "../comments1.xml"), ("rId2", R + "/vmlDrawing", "../drawings/vmlDrawing1.vml"), TC_REL],
          wb_rels=[PERSON_REL],
          extra_parts={"xl/comments1.xml": legacy_comment("C3", text), "xl/drawings/vmlDrawing1.vml": vml(2, 2),
                       "xl/threadedComments/threadedComment1.xml": threaded("C3", text), "xl/persons/person.xml": PERSON},
          overrides=TC_OV + [("/xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml")],
          defaults=[("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing")])
add_label(L, f, "review", ["mobile_phone", "hidden_content"], [m],
          "A threaded comment on C3 (as Excel 365 writes it: threadedComments part, persons part, and the legacy "
          f"[Threaded comment] note for older readers) gives a person's mobile. {D.XLSX} (\"comments and threaded comments\"). "
          f"{D.HIDDEN}. {D.MOBILE}.")

v = IDS["c04"]
text = f"该户主身份证号{v}与系统不一致，请核实后再公示。"
sheet = sheet_xml([["2025年度农村危房改造补助对象"], ["序号", "户主", "补助金额（元）"], [1, "廖春来", 20000]])
f = build("c04_threaded_comment_only_id.xlsx", sheet, sheet_rels=[TC_REL], wb_rels=[PERSON_REL],
          extra_parts={"xl/threadedComments/threadedComment1.xml": threaded("B3", text), "xl/persons/person.xml": PERSON},
          overrides=TC_OV)
add_label(L, f, "block", ["id_card", "hidden_content"], [v],
          "Only a threaded comment (no legacy note part) on B3 holds a whole ID in a reviewer's note. "
          f"{D.XLSX} (\"threaded comments\"). {D.HIDDEN}. {D.ID}.")

# --- text boxes and shapes


def drawing(text, txbox=True, name="TextBox 1", prst="rect"):
    nv = '<xdr:cNvSpPr txBox="1"/>' if txbox else '<xdr:cNvSpPr/>'
    paras = "".join(f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1100"/><a:t>{escape(t)}</a:t></a:r></a:p>'
                    for t in text.split("\n"))
    return (HDR + '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
            '<xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
            f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="{name}"/>{nv}</xdr:nvSpPr>'
            '<xdr:spPr><a:xfrm><a:off x="1219200" y="571500"/><a:ext cx="3657600" cy="762000"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr>'
            f'<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>{paras}</xdr:txBody>'
            '</xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>')


def with_drawing(name, rows, dxml):
    sheet = sheet_xml(rows, tail='<drawing r:id="rId1"/>')
    return build(name, sheet, sheet_rels=[("rId1", R + "/drawing", "../drawings/drawing1.xml")],
                 extra_parts={"xl/drawings/drawing1.xml": dxml},
                 overrides=[("/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml")])


ROWS = [["2025年度城乡低保对象季度变动情况"], ["乡镇", "新增户数", "退出户数"], ["城关镇", 12, 5], ["河口镇", 8, 3]]
v = IDS["t01"]
f = with_drawing("t01_textbox_id.xlsx", ROWS, drawing(f"新增户主：邱文华\n身份证号：{v}"))
add_label(L, f, "block", ["id_card"], [v],
          f"A text box drawn over the grid (xdr:sp txBox=1) holds a name and a whole ID; the cells are statistics. "
          f"{D.XLSX} (\"shapes\"). {D.ID}.")

f = with_drawing("t02_shape_unc.xlsx", ROWS,
                 drawing("原始材料见 \\\\fileserver01\\民政科\\低保名单2025", txbox=False, name="圆角矩形 2", prst="roundRect"))
add_label(L, f, "review", ["internal_address"], [],
          f"A rounded-rectangle shape (not a text box) over the grid gives a UNC path to an office file server. "
          f"{D.XLSX} (\"shapes\"). {D.ADDR}.")

f = with_drawing("t03_clean_textbox.xlsx", ROWS, drawing("注：数据来源于县民政局，截至2025年6月30日。"))
add_label(L, f, "pass", [], [], "Twin of t01: the text box gives the data's source and date only.")

# --- properties
m = MOBILES["p02"]
custom = (HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>卢海燕</vt:lpwstr></property>'
          f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="3" name="审核人电话"><vt:lpwstr>{m}</vt:lpwstr></property>'
          '</Properties>')
sheet = sheet_xml([["2025年度政府信息公开工作年度报告统计表"], ["项目", "数量"], ["主动公开政府信息（条）", 1562]])
f = build("p02_custom_property_mobile.xlsx", sheet, custom=custom)
add_label(L, f, "review", ["mobile_phone"], [m],
          "A custom document property 审核人电话 (File > Info > Properties > Custom) holds a person's mobile; the grid is clean. "
          f"{D.XLSX} (\"properties\"); {D.META} — the value itself is a mobile: {D.MOBILE}.")

print("handwritten done")
