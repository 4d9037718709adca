#!/usr/bin/python3
"""ReportLab PDFs of blind37-addresses: link annotations whose target differs from the text."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
OUT = "../"
W, H = A4


def page(c, title, lines):
    c.setFont("STSong-Light", 18)
    c.drawCentredString(W / 2, H - 80, title)
    c.setFont("STSong-Light", 12)
    y = H - 130
    pos = {}
    for i, t in enumerate(lines):
        c.drawString(72, y, t)
        pos[i] = y
        y -= 22
    return pos


# a56: visible text is a public site; the annotation's URI is a private address
c = canvas.Canvas(OUT + "a56_rl_lianjie.pdf", pagesize=A4)
c.setTitle("关于开展政务公开标准化规范化建设的通知")
lines = ["各乡镇（街道）、区直各单位：",
         "为深入推进基层政务公开标准化规范化建设，现将有关事项通知如下。",
         "一、对照省级标准目录梳理本单位公开事项，目录见：",
         "https://www.zj.gov.cn/col/col1229019364/index.html",
         "二、梳理结果于11月30日前报区政务公开办。",
         "某区人民政府办公室　2024年10月16日"]
pos = page(c, "关于开展政务公开标准化规范化建设的通知", lines)
tw = c.stringWidth(lines[3], "STSong-Light", 12)
c.linkURL("http://10.11.12.13/xxgk/biaozhun/mulu.html", (72, pos[3] - 3, 72 + tw, pos[3] + 12), relative=0, thickness=0)
c.showPage()
c.save()

# a57: public text with a public link, versions, section numbers
c = canvas.Canvas(OUT + "a57_rl_gongkai.pdf", pagesize=A4)
c.setTitle("关于政务服务平台系统升级的公告")
lines = ["尊敬的用户：",
         "政务服务平台将于2024.10.12晚22:00至次日6:00升级至v10.0.3.1版本，",
         "升级期间暂停网上申报服务，请合理安排办事时间。",
         "本次升级按照GB/T 22239-2019第10.1.2.3条要求完善了安全审计功能，",
         "项目投入172.16万元。更多信息请访问浙江政务服务网。",
         "咨询热线：12345。"]
pos = page(c, "关于政务服务平台系统升级的公告", lines)
c.linkURL("https://www.zjzwfw.gov.cn/", (72, pos[4] - 3, 400, pos[4] + 12), relative=0, thickness=0)
c.showPage()
c.save()
print("rl done")
