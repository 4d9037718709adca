"""z01: a ZIP of 30 attachments of a 项目公示 (DOCX, XLSX, PDF, TXT, HTML made by python-docx,
openpyxl, ReportLab); only the 29th (a DOCX) names a person with an unmasked ID.  Twin: masked."""
import io, zipfile, html
from docx import Document
from openpyxl import Workbook
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from common import Gen, OUT, ID_Z01, mask_id

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
KINDS = ["docx", "xlsx", "pdf", "txt", "html"]
TITLES = ["项目立项批复", "资金安排表", "实施方案", "进度报告", "验收意见", "绩效自评", "公示说明", "招标结果", "合同摘要", "审计意见"]


def docx_bytes(g, title, extra=None):
    d = Document()
    d.add_heading(title, level=1)
    for _ in range(25):
        d.add_paragraph(g.paragraph(4))
    if extra:
        d.add_paragraph(extra)
    d.add_paragraph("青溪市发展和改革局")
    b = io.BytesIO(); d.save(b); return b.getvalue()


def xlsx_bytes(g, title):
    wb = Workbook(); ws = wb.active; ws.title = "明细"
    ws.append([title]); ws.append(["序号", "项目名称", "实施地点", "金额（万元）"])
    for i in range(300):
        ws.append([i + 1, g.r.choice(["道路提升", "管网改造", "学校扩建", "公园建设"]), g.town(), float(g.amount())])
    b = io.BytesIO(); wb.save(b); return b.getvalue()


def pdf_bytes(g, title):
    b = io.BytesIO(); c = canvas.Canvas(b)
    for p in range(4):
        c.setFont("STSong-Light", 16); c.drawString(60, 780, title)
        c.setFont("STSong-Light", 11)
        y = 750
        text = g.paragraph(12)
        for i in range(0, len(text), 40):
            c.drawString(60, y, text[i:i + 40]); y -= 18
            if y < 60: break
        c.showPage()
    c.save(); return b.getvalue()


def build(leak, path):
    g = Gen(3001)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in range(1, 31):
            kind = KINDS[n % 5] if n != 29 else "docx"
            title = f"附件{n}：青溪市2024年重点项目{TITLES[n % 10]}"
            name = f"附件{n:02d}_{TITLES[n % 10]}.{kind}"
            if kind == "docx":
                extra = None
                if n == 29:
                    v = ID_Z01 if leak else mask_id(ID_Z01)
                    extra = f"项目联系人：郑某某，身份证号：{v}，负责项目现场协调。"
                data = docx_bytes(g, title, extra)
            elif kind == "xlsx":
                data = xlsx_bytes(g, title)
            elif kind == "pdf":
                data = pdf_bytes(g, title)
            elif kind == "txt":
                data = (title + "\n" + "\n".join(g.paragraph(4) for _ in range(30)) + "\n").encode("utf-8")
            else:
                data = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title></head><body><h1>" + title
                        + "</h1>" + "".join(f"<p>{html.escape(g.paragraph(4))}</p>" for _ in range(30)) + "</body></html>").encode()
            z.writestr(name, data)


if __name__ == "__main__":
    build(True, f"{OUT}/zip/z01_xiangmu_30attachments_id_in_29th.zip")
    build(False, f"{OUT}/zip/z01_xiangmu_30attachments_clean.zip")
