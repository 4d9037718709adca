"""Renderers: a document is a list of blocks
   ("h", text) heading, ("p", text) paragraph, ("t", [header, row, ...]) table.
"""
import csv
import html
import io
import os
import shutil
import subprocess
import tempfile

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the corpus folder


def _text_lines(blocks, sep="  "):
    lines = []
    for b in blocks:
        if b[0] in ("h", "p"):
            lines.append(b[1])
        else:
            for row in b[1]:
                lines.append(sep.join(str(c) for c in row))
        lines.append("")
    return lines


def txt(name, blocks, enc="utf-8"):
    data = "\n".join(_text_lines(blocks)) + "\n"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data.encode(enc))


def md(name, blocks):
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines.append("# " + b[1])
        elif b[0] == "p":
            lines.append(b[1])
        else:
            rows = b[1]
            lines.append("| " + " | ".join(map(str, rows[0])) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                lines.append("| " + " | ".join(map(str, r)) + " |")
        lines.append("")
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def csvfile(name, rows, enc="utf-8-sig"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue().encode(enc))


def html_doc(blocks, title, cms=True):
    body = []
    for b in blocks:
        if b[0] == "h":
            body.append("<h2 class=\"title\">%s</h2>" % html.escape(b[1]))
        elif b[0] == "p":
            body.append("<p>%s</p>" % html.escape(b[1]))
        else:
            rows = b[1]
            t = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"]
            t.append("<tr>" + "".join("<th>%s</th>" % html.escape(str(c)) for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                t.append("<tr>" + "".join("<td>%s</td>" % html.escape(str(c)) for c in r) + "</tr>")
            t.append("</table>")
            body.append("\n".join(t))
    style = ("body{font-family:'Noto Serif CJK SC','SimSun',serif;font-size:15px;margin:30px}"
             "table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #000;padding:4px 6px}"
             "h2{text-align:center}")
    head = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            "<title>%s</title><style>%s</style></head><body>\n" % (html.escape(title), style))
    if cms:
        head += ("<div class=\"nav\"><a href=\"/index.html\">首页</a> &gt; <a href=\"/col/col1229.html\">政府信息公开</a></div>\n"
                 "<div class=\"article\">\n")
    tail = "\n</div>" if cms else ""
    if cms:
        tail += ("\n<div class=\"footer\"><p>主办单位：杭州市上城区人民政府办公室　地址：杭州市上城区解放路138号　邮编：310002</p>"
                 "<p>政务服务热线：12345　网站标识码：3301020001　浙ICP备05012345号-1</p></div>")
    return head + "\n".join(body) + tail + "\n</body></html>\n"


def htmlfile(name, blocks, title, cms=True):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(html_doc(blocks, title, cms))


def _clear_docx_props(doc):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def docx_build(path, blocks):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for b in blocks:
        if b[0] == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            p.alignment = 1
        elif b[0] == "p":
            d.add_paragraph(b[1])
        else:
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
    _clear_docx_props(d)
    d.save(path)


def docx(name, blocks):
    docx_build(os.path.join(OUT, name), blocks)


def xlsx_build(path, blocks, numeric_cols=(), numfmt="#,##0.00", intcols=()):
    import openpyxl
    from openpyxl.styles import Border, Side
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    rown = 1
    for b in blocks:
        if b[0] in ("h", "p"):
            ws.cell(row=rown, column=1, value=b[1])
            rown += 1
        else:
            rows = b[1]
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = ws.cell(row=rown, column=j + 1)
                    if i > 0 and j in numeric_cols and c != "":
                        cell.value = float(str(c).replace(",", ""))
                        cell.number_format = numfmt
                    elif i > 0 and j in intcols and c != "":
                        cell.value = int(c)
                        cell.number_format = "0"
                    else:
                        cell.value = c
                    cell.border = box
                rown += 1
        rown += 0
    for col in "ABCDEFGHIJ":
        ws.column_dimensions[col].width = 22
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.save(path)


def xlsx(name, blocks, **kw):
    xlsx_build(os.path.join(OUT, name), blocks, **kw)


def soffice_convert(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def pdf_libre(name, blocks, via="docx", **kw):
    """LibreOffice PDF from a python-docx / openpyxl / html source."""
    tmp = tempfile.mkdtemp(prefix="b35")
    stem = os.path.splitext(name)[0]
    if via == "docx":
        src = os.path.join(tmp, stem + ".docx")
        docx_build(src, blocks)
    elif via == "xlsx":
        src = os.path.join(tmp, stem + ".xlsx")
        xlsx_build(src, blocks, **kw)
    else:
        src = os.path.join(tmp, stem + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_doc(blocks, stem, cms=False))
    soffice_convert(src, "pdf", tmp)
    shutil.move(os.path.join(tmp, stem + ".pdf"), os.path.join(OUT, name))
    shutil.rmtree(tmp, ignore_errors=True)


def libre_to(name, blocks, fmt, filt):
    """LibreOffice-written DOCX/ODT from HTML."""
    tmp = tempfile.mkdtemp(prefix="b35")
    stem = os.path.splitext(name)[0]
    src = os.path.join(tmp, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_doc(blocks, stem, cms=False))
    soffice_convert(src, fmt + ":" + filt, tmp)
    shutil.move(os.path.join(tmp, stem + "." + fmt), os.path.join(OUT, name))
    shutil.rmtree(tmp, ignore_errors=True)


def pdf_chromium(name, blocks, title):
    tmp = tempfile.mkdtemp(prefix="b35")
    src = os.path.join(tmp, "page.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_doc(blocks, title, cms=False))
    out = os.path.join(OUT, name)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(tmp, ignore_errors=True)


def pdf_reportlab(name, blocks, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    ps = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    hs = ParagraphStyle("h", fontName="STSong-Light", fontSize=15, leading=22, alignment=1)
    cs = ParagraphStyle("c", fontName="STSong-Light", fontSize=8.5, leading=11, wordWrap="CJK")
    story = []
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(html.escape(b[1]), hs))
        elif b[0] == "p":
            story.append(Paragraph(html.escape(b[1]), ps))
        else:
            data = [[Paragraph(html.escape(str(c)), cs) for c in r] for r in b[1]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4, title="", author="",
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    doc.build(story)
