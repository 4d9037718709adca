#!/usr/bin/python3
"""python-docx and openpyxl files of blind37-addresses (system python3 has both)."""
import os
import re
import shutil
import zipfile

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
import openpyxl
from openpyxl.comments import Comment  # noqa: F401

OUT = ".."


def p(name):
    return os.path.join(OUT, name)


def notice(doc, title, paras, sign="某局办公室", date="2024年10月15日"):
    doc.add_heading(title, level=1)
    for t in paras:
        doc.add_paragraph(t)
    doc.add_paragraph(sign)
    doc.add_paragraph(date)


# a38: address in a footer
d = docx.Document()
notice(d, "关于做好门户网站内容保障工作的通知",
       ["各科室：", "为做好国庆期间门户网站内容保障工作，请各科室明确一名信息员，于9月25日前报办公室。",
        "节日期间网站更新由办公室统一安排。"])
d.sections[0].footer.paragraphs[0].text = "技术支持：信息中心（维护终端 192.168.0.254）"
d.save(p("a38_pydocx_yejiao.docx"))

# a42: public, section numbers, standards, amounts, versions
d = docx.Document()
notice(d, "关于2024年度网络安全等级保护测评工作的通知",
       ["各有关单位：",
        "根据《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）第8.1.4.3条、第10.1.2.3条的规定，"
        "现组织开展2024年度等级保护测评工作。",
        "一、测评范围：门户网站（https://www.hangzhou.gov.cn）及政务服务平台（v10.0.3.1）。",
        "二、经费安排：测评费用172.16万元，由市财政统一保障。",
        "三、时间安排：2024.10.12至2024.11.30。",
        "咨询电话：0571-85250000。"])
d.save(p("a42_pydocx_dengbao.docx"))

# a63: blank form with placeholders
d = docx.Document()
d.add_heading("政务外网接入申请表", level=1)
t = d.add_table(rows=6, cols=2)
t.style = "Table Grid"
rows = [("申请单位", ""), ("接入地点", ""), ("所需地址数量", ""),
        ("服务器地址（填写示例：192.168.x.x）", "____.____.____.____"),
        ("联系人", ""), ("备注", "地址由网络管理部门统一分配，申请时无需填写具体地址。")]
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
d.add_paragraph("填表说明：本表可从 https://www.hangzhou.gov.cn 下载，填写后报市大数据局。")
d.save(p("a63_pydocx_biaodan.docx"))


def patch_docx(path, fn_doc, extra_files=None, extra_rels="", extra_ct=""):
    """Rewrite document.xml with fn_doc, add parts, relationships and content types."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = fn_doc(data.decode("utf-8")).encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels" and extra_rels:
                data = data.decode("utf-8").replace("</Relationships>", extra_rels + "</Relationships>").encode("utf-8")
            elif item.filename == "[Content_Types].xml" and extra_ct:
                data = data.decode("utf-8").replace("</Types>", extra_ct + "</Types>").encode("utf-8")
            zout.writestr(item, data)
        for name, data in (extra_files or {}).items():
            zout.writestr(name, data)
    shutil.move(tmp, path)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# a39: address in a comment
d = docx.Document()
notice(d, "关于公布2024年政府信息公开工作年度报告的通知",
       ["各科室：", "2024年政府信息公开工作年度报告已经局长办公会审议通过，现予公布。", "请各科室认真做好相关工作。"])
d.save(p("a39_pydocx_pizhu.docx"))


def add_comment(xml):
    target = "2024年政府信息公开工作年度报告已经局长办公会审议通过，现予公布。"
    i = xml.index(target)
    rs = xml.rfind("<w:r>", 0, i)
    if rs < 0:
        rs = xml.rfind("<w:r ", 0, i)
    re_ = xml.index("</w:r>", i) + len("</w:r>")
    return (xml[:rs] + '<w:commentRangeStart w:id="0"/>' + xml[rs:re_] + '<w:commentRangeEnd w:id="0"/>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>' + xml[re_:])


comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:comments {W}><w:comment w:id="0" w:author="李科员" w:date="2024-10-14T09:30:00Z" w:initials="LK">'
            '<w:p><w:r><w:t>正文数据请与测试库 http://10.2.2.2/xxgk/nb2024 核对后再定稿。</w:t></w:r></w:p>'
            '</w:comment></w:comments>')
patch_docx(p("a39_pydocx_pizhu.docx"), add_comment, {"word/comments.xml": comments},
           '<Relationship Id="rIdCm1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
           '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')

# a43: address only in a HYPERLINK field instruction
d = docx.Document()
notice(d, "关于印发《政务公开工作要点》的通知",
       ["各科室：", "现将《2024年政务公开工作要点》印发给你们，请认真贯彻落实。", "FIELDHERE"])
d.save(p("a43_pydocx_yuduan.docx"))


def add_field(xml):
    m = re.search(r"<w:p>(?:(?!<w:p>).)*?FIELDHERE.*?</w:p>", xml, re.S)
    para = ('<w:p><w:r><w:t xml:space="preserve">附件：</w:t></w:r>'
            '<w:fldSimple w:instr=" HYPERLINK &quot;http://172.22.1.3/wj/2024/yaodian.pdf&quot; ">'
            '<w:r><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr><w:t>2024年政务公开工作要点</w:t></w:r>'
            '</w:fldSimple></w:p>')
    return xml[:m.start()] + para + xml[m.end():]


patch_docx(p("a43_pydocx_yuduan.docx"), add_field)

# a44: address in hidden text (w:vanish)
d = docx.Document()
d.add_heading("关于开展政务服务“好差评”数据核查的通知", level=1)
para = d.add_paragraph("各窗口单位：请于10月31日前完成本单位“好差评”数据核查")
r = para.add_run("（核查系统：http://10.9.9.9/hcp/）")
r.font.hidden = True
para.add_run("，核查结果报政务服务办。")
d.add_paragraph("某区政务服务办")
d.save(p("a44_pydocx_yincang.docx"))

# ---------------------------------------------------------------- openpyxl
# a47: hyperlink target only
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "办事入口"
ws.append(["事项名称", "办理入口", "咨询电话"])
ws.append(["企业开办", "系统入口", "0571-85251111"])
ws.append(["不动产登记", "浙江政务服务网", "0571-85252222"])
ws["B2"].hyperlink = "http://10.60.1.1/zwfw/qykb/"
ws["B3"].hyperlink = "https://www.zjzwfw.gov.cn/"
wb.save(p("a47_openpyxl_chaolianjie.xlsx"))

# a48: hidden sheet of addresses
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "汇总"
ws.append(["项目", "数量"])
ws.append(["服务器", 12])
ws.append(["交换机", 6])
h = wb.create_sheet("设备地址")
h.append(["设备", "地址"])
h.append(["网站服务器", "10.12.1.11"])
h.append(["数据库服务器", "10.12.1.12"])
h.sheet_state = "hidden"
wb.save(p("a48_openpyxl_yincangbiao.xlsx"))

# a52: UNC path in the print footer only
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "统计表"
ws.append(["月份", "主动公开条数", "依申请公开件数"])
for m, a, b in [("7月", 102, 12), ("8月", 96, 15), ("9月", 128, 14)]:
    ws.append([m, a, b])
ws.oddFooter.left.text = "\\\\10.3.3.3\\共享\\统计\\2024三季度.xlsx"
ws.oddFooter.right.text = "第 &P 页"
wb.save(p("a52_openpyxl_yejiao.xlsx"))

print("office done")
