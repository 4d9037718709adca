"""Flat OpenDocument sources for LibreOffice conversions (odt/ods/docx/xlsx/pptx) of blind18-office.
Writes src/lo/*.fodt|fods|fodp|html and src/lo/plan.txt (source, target format, output name)."""
import os
from common import V, label, save_labels

ID, CARD, MOB, PLATE = V["id"], V["card"], V["mobile"], V["plate"]
LO = os.path.join(os.path.dirname(__file__), "lo")
os.makedirs(LO, exist_ok=True)
plan = []
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')
NOTICE = ["各县（市、区）人民政府，市直各单位：", "为做好2026年度财政资金直达工作，现将有关事项通知如下。",
          "一、严格资金审核拨付。", "二、加强资金使用监管。", "联系电话：0571-87053456。"]


def fodt(name, body, header="", footer="", target="odt", out=None):
    hf = ""
    if header:
        hf += "<style:header>%s</style:header>" % header
    if footer:
        hf += "<style:footer>%s</style:footer>" % footer
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
         '<office:meta><dc:title>通知</dc:title><meta:initial-creator>市财政局</meta:initial-creator></office:meta>'
         '<office:styles/><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/>'
         '<style:header-style/><style:footer-style/></style:page-layout>'
         '<style:style style:name="Sect1" style:family="section"/></office:automatic-styles>'
         '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
         '<office:body><office:text>%s</office:text></office:body></office:document>') % (NS, hf, body)
    open(os.path.join(LO, name + ".fodt"), "w", encoding="utf-8").write(x)
    plan.append((name + ".fodt", target, out))


def tp(t):
    return "<text:p>%s</text:p>" % t


NB = "".join(tp(x) for x in NOTICE)

fodt("o01", tp("关于2026年度市级财政资金直达情况的通知") + NB,
     footer=tp("资金拨付：XX市财政局零余额账户 代发工资卡号 %s" % CARD[4]), out="o01_odt_footer_card.odt")
label("o01_odt_footer_card.odt", "block", ["bank_card"], [CARD[4]],
      "LibreOffice (flat ODT → .odt): the master page's footer holds 代发工资卡号 + a UnionPay number")

fodt("o02", tp("关于2026年度市级财政资金直达情况的通知") + NB +
     '<text:section text:style-name="Sect1" text:name="附件1" text:display="none">%s</text:section>' % tp("收款人：戚某 身份证号%s" % ID[18]),
     out="o02_odt_hidden_section_id.odt")
label("o02_odt_hidden_section_id.odt", "block", ["id_card", "hidden_content"], [ID[18]],
      "LibreOffice (.odt): a section with text:display=\"none\" holds 收款人 + 身份证号 + full ID")

fodt("o06", tp("关于2026年度市级财政资金直达情况的通知") +
     '<text:p>一、严格资金审核拨付。<office:annotation><dc:creator>审核人</dc:creator><dc:date>2026-11-28T10:00:00</dc:date>'
     '<text:p>已电话核实，对方联系人谢某 %s</text:p></office:annotation></text:p>' % MOB[15] + NB,
     out="o06_odt_annotation_mobile.odt")
label("o06_odt_annotation_mobile.odt", "review", ["mobile_phone", "hidden_content"], [MOB[15]],
      "LibreOffice (.odt): an annotation (comment) holds 联系人 + a full mobile")

fodt("o05", tp("关于开展2026年度定密工作检查的通知") +
     tp("根据《中华人民共和国保守国家秘密法》及其实施条例，机关、单位应当依法确定国家秘密的密级、保密期限和知悉范围。") +
     tp("检查内容包括：定密责任人履职情况、密级和保密期限标注是否规范、是否存在应定未定或者不应定而定的情况。") +
     tp("检查结果将在市国家保密局网站（https://www.xxbmj.gov.cn/）公布。") + tp("联系电话：0571-87053456。"),
     header=tp("XX市国家保密局"), footer=tp("— 1 —"), out="o05_odt_prose_clean.odt")
label("o05_odt_prose_clean.odt", "pass", [], [],
      "clean control (LibreOffice .odt): a notice on 定密 checks discussing 密级 and 保密期限 in prose, quoting the law; agency header, page-number footer, public URL")

fodt("d06", tp("关于2026年度市级财政资金直达情况的通知") +
     '<text:p>资金已拨付至受助人账户<text:note text:id="en1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
     '<text:note-body><text:p>受助人孔某，开户行中国银行，卡号%s。</text:p></text:note-body></text:note>。</text:p>' % CARD[5] + NB,
     target="docx", out="d06_lo_endnote_card.docx")
label("d06_lo_endnote_card.docx", "block", ["bank_card"], [CARD[5]],
      "LibreOffice (flat ODT → DOCX): an endnote (word/endnotes.xml) holds 开户行 + 卡号 + a UnionPay number")

fodt("d23", tp("关于2026年度市级财政资金直达情况的通知") + NB,
     header=tp("内部资料　注意保存"), target="docx", out="d23_lo_header_term.docx")
label("d23_lo_header_term.docx", "review", ["sensitive_term"], [],
      "LibreOffice (flat ODT → DOCX): the page header reads 内部资料　注意保存 (full-width space)")

# HTML → DOCX through LibreOffice Writer
HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1>%s</body></html>')


def lo_html(name, title, body, out):
    open(os.path.join(LO, name + ".html"), "w", encoding="utf-8").write(HTML % (title, title, body))
    plan.append((name + ".html", "docx", out))


lo_html("d22", "关于启用新版公文交换系统的通知",
        "".join("<p>%s</p>" % x for x in NOTICE[1:]) + '<p>系统地址：<a href="http://gwjh.zwnw.local/login">公文交换系统</a>（请使用政务外网访问）</p>'
        '<p>操作手册：<a href="http://10.45.2.19/docs/manual.pdf">下载</a></p>', "d22_lo_html_links_intranet.docx")
label("d22_lo_html_links_intranet.docx", "review", ["internal_address"], [],
      "LibreOffice (HTML → DOCX): two hyperlinks whose targets are an intranet host (gwjh.zwnw.local) and 10.45.2.19; the link texts name no address")

lo_html("c10", "关于公布2026年度政府信息公开工作年度报告的通知",
        "".join("<p>%s</p>" % x for x in NOTICE[1:]) + '<p>报告全文：<a href="https://www.hangzhou.gov.cn/art/2026/1/20/art_1229063381_1850001.html">点击查看</a></p>'
        '<p>承办单位：XX信息技术有限公司（统一社会信用代码 %s），咨询电话12345。</p>' % V['uscc'][0], "c10_lo_html_public_clean.docx")
label("c10_lo_html_public_clean.docx", "pass", [], [],
      "clean control (LibreOffice HTML → DOCX): a public link, a contractor's 统一社会信用代码 and hotline 12345")


# Calc
def fods(name, sheets, header="", target="ods", out=None):
    tabs = ""
    for sname, rows, hidden in sheets:
        rr = "".join("<table:table-row>%s</table:table-row>" % "".join(
            ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (c, c)) if isinstance(c, (int, float))
            else '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % c for c in r) for r in rows)
        tabs += '<table:table table:name="%s" table:style-name="%s">%s</table:table>' % (sname, "taH" if hidden else "ta1", rr)
    hdr = '<style:header><style:region-center><text:p>%s</text:p></style:region-center></style:header>' % header if header else ""
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
         '<office:automatic-styles><style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>'
         '<style:style style:name="taH" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false"/></style:style>'
         '<style:page-layout style:name="pm1"><style:page-layout-properties/><style:header-style/></style:page-layout></office:automatic-styles>'
         '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
         '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>') % (NS, hdr, tabs)
    open(os.path.join(LO, name + ".fods"), "w", encoding="utf-8").write(x)
    plan.append((name + ".fods", target, out))


PUB = [["2026年度市级财政专项资金分配表"], ["项目", "金额（万元）"], ["乡村振兴", 1200], ["城市更新", 860]]
fods("o03", [("公开", PUB, False), ("联系人", [["单位", "联系人", "手机"], ["农业农村局", "邹某", MOB[16]], ["住建局", "喻某", MOB[17]]], True)],
     out="o03_ods_hidden_sheet_mobiles.ods")
label("o03_ods_hidden_sheet_mobiles.ods", "review", ["mobile_phone", "hidden_content"], [MOB[16], MOB[17]],
      "LibreOffice (flat ODS → .ods): a hidden sheet (table:display=false) 联系人 lists full mobiles")
fods("o04", [("公开", PUB, False)], header="XX市财政局", out="o04_ods_clean.ods")
label("o04_ods_clean.ods", "pass", [], [], "clean control (LibreOffice .ods): a funds table and a header with the agency name")
fods("x08", [("公开", PUB, False)], header="秘密★1年", target="xlsx", out="x08_lo_print_header_marking.xlsx")
label("x08_lo_print_header_marking.xlsx", "block", ["classified_marking"], [],
      "LibreOffice (flat ODS → XLSX): the sheet's print header (headerFooter oddHeader &C) reads 秘密★1年; cells clean")
fods("cx4", [("公开", PUB, False)], header="XX市财政局 2026年预算公开", target="xlsx", out="cx4_lo_print_header_clean.xlsx")
label("cx4_lo_print_header_clean.xlsx", "pass", [], [], "clean control (LibreOffice → XLSX): the same print header with the agency name and 预算公开")


# Impress
def fodp(name, slides, target="pptx", out=None):
    pages = ""
    for i, (title, lines, notes) in enumerate(slides, 1):
        body = "".join("<text:p>%s</text:p>" % x for x in lines)
        nt = ('<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" svg:width="17cm" svg:height="10cm">'
              '<draw:text-box><text:p>%s</text:p></draw:text-box></draw:frame></presentation:notes>' % notes) if notes else ""
        pages += ('<draw:page draw:name="page%d" draw:master-page-name="Default">'
                  '<draw:frame presentation:class="title" svg:x="1cm" svg:y="1cm" svg:width="26cm" svg:height="3cm"><draw:text-box><text:p>%s</text:p></draw:text-box></draw:frame>'
                  '<draw:frame presentation:class="outline" svg:x="1cm" svg:y="4.5cm" svg:width="26cm" svg:height="10cm"><draw:text-box>%s</draw:text-box></draw:frame>%s</draw:page>') % (i, title, body, nt)
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
         '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm"/></style:page-layout></office:automatic-styles>'
         '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
         '<office:body><office:presentation>%s</office:presentation></office:body></office:document>') % (NS, pages)
    open(os.path.join(LO, name + ".fodp"), "w", encoding="utf-8").write(x)
    plan.append((name + ".fodp", target, out))


fodp("p06", [("政务云迁移工作汇报", ["2026年12月"], ""), ("迁移进度", ["已完成42个系统迁移", "剩余8个系统计划年底前完成"], "演示环境：数据库主节点 10.12.40.6，备节点 10.12.40.7，演示后关闭。")],
     out="p06_lo_notes_ip.pptx")
label("p06_lo_notes_ip.pptx", "review", ["internal_address"], [],
      "LibreOffice (flat ODP → PPTX): the notes page of slide 2 names database nodes 10.12.40.6/10.12.40.7")
fodp("cp2", [("政务云迁移工作汇报", ["2026年12月"], ""), ("迁移进度", ["已完成42个系统迁移", "剩余8个系统计划年底前完成"], "汇报时长控制在5分钟以内。")],
     out="cp2_lo_notes_clean.pptx")
label("cp2_lo_notes_clean.pptx", "pass", [], [], "clean control (LibreOffice → PPTX): the same deck with harmless notes")

open(os.path.join(LO, "plan.txt"), "w", encoding="utf-8").write("".join("%s %s %s\n" % p for p in plan))
save_labels("lo")
