"""PDFs made with ReportLab (Debian python3-reportlab), font STSong-Light (CID, not embedded)."""
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F = "STSong-Light"
body = ParagraphStyle("b", fontName=F, fontSize=11, leading=17, wordWrap="CJK")
title = ParagraphStyle("t", fontName=F, fontSize=16, leading=24, alignment=1)
cell = ParagraphStyle("c", fontName=F, fontSize=9, leading=12, wordWrap="CJK")
MASK_DOC = "findings.md: 'Not findings: masked values (330106********0018, 138****1234 …)'"


def narrow_table(path, rows, header_text=None):
    def on_page(c, d):
        if header_text:
            c.setFont(F, 10)
            c.drawString(2.5 * cm, A4[1] - 1.5 * cm, header_text)
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2.5 * cm, title="公示", author="民政局")
    data = [[Paragraph(x, cell) for x in r] for r in rows]
    t = Table(data, colWidths=[1.2 * cm, 2.0 * cm, 1.9 * cm, 2.2 * cm, 4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    doc.build([Paragraph("岳麓区2026年第一季度困难残疾人生活补贴新增对象公示", title), Spacer(1, 12),
               Paragraph("经个人申请、街道审核、区残联复核，下列人员符合困难残疾人生活补贴条件，现予公示。", body), Spacer(1, 8), t,
               Spacer(1, 8), Paragraph("监督电话：0731-88991234", body)], onFirstPage=on_page, onLaterPages=on_page)


# r01 ID wrapped inside a narrow ruled cell
v = V["ID_R01"]
narrow_table(out("pdf_reportlab/r01_id_narrow_cell.pdf"),
             [["序号", "姓名", "身份证号", "残疾类别", "住址"], ["1", "何秋菊", v, "肢体三级", "岳麓街道某社区"]])
label("pdf_reportlab/r01_id_narrow_cell.pdf", "block", ["id_card"], [v],
      "ReportLab (STSong-Light) ruled table; the 身份证号 cell is 1.9 cm wide, so the 18-digit ID wraps onto two lines inside the cell. README Tables: PDF cells are found from ruled lines and 'A number wrapped over several lines inside one cell is one number'; id_card block.")

# r03 twin masked
narrow_table(out("pdf_reportlab/r03_masked_narrow_cell.pdf"),
             [["序号", "姓名", "身份证号", "残疾类别", "住址"], ["1", "何某某", mask_id(v), "肢体三级", "岳麓街道某社区"]])
label("pdf_reportlab/r03_masked_narrow_cell.pdf", "pass", [], [],
      "Twin of r01: the ID masked 6+4, wrapping in the same narrow ruled cell; name 何某某; agency landline. " + MASK_DOC)


def notice_pdf(path, header, contact_lines):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("通知")
    W, Hh = A4
    if header:
        c.setFont(F, 12)
        c.drawString(2.6 * cm, Hh - 1.6 * cm, header)
    c.setFont(F, 16)
    c.drawCentredString(W / 2, Hh - 3.2 * cm, "关于做好2026年汛期重要设施防护工作的通知")
    c.setFont(F, 12)
    y = Hh - 4.6 * cm
    lines = ["各镇（街道）、区级有关部门：",
             "　　为切实做好汛期重要设施防护工作，确保安全度汛，现将有关事项通知",
             "如下：一、各单位要于5月1日前完成辖区重要设施隐患排查；二、严格落实",
             "24小时值班制度，遇有险情及时报告。"] + contact_lines
    for ln in lines:
        t = c.beginText(2.6 * cm, y)
        t.setFont(F, 12)
        # justify: spread characters to the full measure for long lines
        n = len(ln)
        w = pdfmetrics.stringWidth(ln, F, 12)
        assert w <= 15.8 * cm, (ln, w)
        # lines that continue their paragraph are spread to the full measure (Tc persists, so set it every line)
        t.setCharSpace((15.8 * cm - w) / (n - 1) if w > 12.5 * cm else 0)
        t.textLine(ln)
        c.drawText(t)
        y -= 20
    t = c.beginText(12 * cm, y - 20)
    t.setFont(F, 12)
    t.setCharSpace(0)
    t.textLine("西湖区防汛抗旱指挥部办公室")
    c.drawText(t)
    c.showPage()
    c.save()


# r02 marking drawn as a header line at the top of the page
notice_pdf(out("pdf_reportlab/r02_header_marking.pdf"), "机密★2年", ["　　联系人：区防指办值班室，联系电话：0571-87051234。"])
label("pdf_reportlab/r02_header_marking.pdf", "block", ["classified_marking"], [],
      "ReportLab canvas; the top line of the page (header position, above the title) is 机密★2年. README: a level followed by one ★ with its period is a marking (block), in a header or on the first line.")

# r04 mobile cut between its groups at the end of a justified full line
m = V["M_R04"]
notice_pdf(out("pdf_reportlab/r04_mobile_wrapped_justified.pdf"), None,
           [f"　　请明确一名联络员，本次工作由区防指办孙立军同志负责，联系电话：{m[:3]}",
            f"{m[3:7]} {m[7:]}，请于4月20日前将联络员名单报送区防指办。"])
label("pdf_reportlab/r04_mobile_wrapped_justified.pdf", "review", ["mobile_phone"], [m, f"{m[3:7]} {m[7:]}"],
      "ReportLab canvas, justified lines of equal width; a named official's mobile after 联系电话： is cut by the line end after its first group (136 | 0571 8294). README Tables: 'a mobile after a phone label (电话, 手机, 联系…) either between its 3-4-4 groups or anywhere when its line is as long as the text's longest … (a PDF's … lines)'; review.")

# r05 twin: agency header and landline
notice_pdf(out("pdf_reportlab/r05_clean_notice.pdf"), "西湖区防汛抗旱指挥部办公室　　　　　　　　　　　　　　　西防指〔2026〕3号",
           ["　　请明确一名联络员，本次工作由区防指办值班室负责，联系电话：0571-",
            "8705 1234，请于4月20日前将联络员名单报送区防指办。监督电话：12345。"])
label("pdf_reportlab/r05_clean_notice.pdf", "pass", [], [],
      "Twin of r02/r04: the top line names the office and the 文号, and the contact is an agency landline wrapped at the line end (0571- | 8705 1234) plus 12345. README: agency landlines and hotlines are not findings.")

dump_labels("reportlab")
