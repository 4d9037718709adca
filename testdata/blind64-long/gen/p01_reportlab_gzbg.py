"""p01: a 120-page 政府工作报告 drawn by ReportLab (STSong-Light, a CID font),
one citizen's unmasked ID on page 97 in an appended list; twin: the same, masked."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from common import Gen, OUT, ID_P01, mask_id, cn

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = A4
FONT = "STSong-Light"
CPL = 38  # characters per line at 12pt over 460pt


def wrap(text, n=CPL):
    return [text[i:i + n] for i in range(0, len(text), n)]


def build(path, leak, pages=120, special_page=97):
    g = Gen(2025)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("2025年青溪市人民政府工作报告")
    c.setAuthor("青溪市人民政府办公室")
    sec = 0
    for pno in range(1, pages + 1):
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, H - 40, "2025年青溪市人民政府工作报告")
        c.drawCentredString(W / 2, 30, f"— {pno} —")
        y = H - 80
        lines = []
        if pno == 1:
            c.setFont(FONT, 20)
            c.drawCentredString(W / 2, y, "政府工作报告")
            y -= 30
            c.setFont(FONT, 12)
            c.drawCentredString(W / 2, y, "——2025年1月8日在青溪市第十七届人民代表大会第五次会议上")
            y -= 40
        if pno == special_page:
            lines.append(("h", "附件3：2024年度困难群众临时救助对象名单（摘录）"))
            lines.append(("t", "按照公示要求，现将部分救助对象信息摘录如下，身份证号已作脱敏处理。"))
            for i in range(12):
                name = g.masked_name()
                idv = g.masked_id()
                if i == 7:
                    idv = ID_P01 if leak else mask_id(ID_P01)
                lines.append(("t", f"{i + 1:>2}. {name}  {g.town()}  身份证号：{idv}  救助金额{g.amount()}元"))
            lines.append(("t", "公示期间如有异议，请向市民政局社会救助科反映。"))
        elif pno % 9 == 2:
            sec += 1
            lines.append(("h", f"{cn(sec)}、关于{g.r.choice(['经济运行', '民生实事', '改革开放', '城乡建设', '生态环境', '政府建设'])}的工作"))
        while len(lines) < 34 and pno != special_page:
            for l in wrap("　　" + g.paragraph()):
                lines.append(("t", l))
        for kind, text in lines[:34]:
            if kind == "h":
                c.setFont(FONT, 14)
                c.drawString(60, y, text)
                y -= 24
            else:
                c.setFont(FONT, 12)
                c.drawString(60, y, text)
                y -= 19
            if y < 60:
                break
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(f"{OUT}/pdf/p01_gzbg120_reportlab_id_p97.pdf", True)
    build(f"{OUT}/pdf/p01_gzbg120_reportlab_clean.pdf", False)
