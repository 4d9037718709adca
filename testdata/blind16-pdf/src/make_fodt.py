"""Writes flat OpenDocument texts (.fodt) that LibreOffice converts (make.sh)."""
import os
from xml.sax.saxutils import escape as x
from common import ID, BAD_ID, CARD, MOB, PP, PLATE, IP, USCC, BUILD, V

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="F" svg:font-family="'Noto Serif CJK SC'"/>
 <style:font-face style:name="H" svg:font-family="'Noto Sans CJK SC'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%%"/>
  <style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="15pt" style:font-size-asian="15pt" fo:language="zh" fo:country="CN"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>
  <style:text-properties style:font-name="H" style:font-name-asian="H" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
 <style:style style:name="Red" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:color="#cc0000" fo:font-size="28pt" style:font-size-asian="28pt"/></style:style>
 <style:style style:name="LS" style:family="text"><style:text-properties fo:letter-spacing="0.08cm"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="S" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
 <style:style style:name="WM" style:family="paragraph"><style:text-properties fo:color="#d0d0d0" fo:font-size="40pt" style:font-size-asian="40pt" style:text-rotation-angle="90"/></style:style>
 <style:style style:name="tbl" style:family="table"><style:table-properties style:width="15.5cm" table:align="center"/></style:style>
 <style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
 <style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
 <style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="c4" style:family="table-column"><style:table-column-properties style:column-width="8.9cm"/></style:style>
 <style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="fr" style:family="graphic"><style:graphic-properties style:wrap="none" style:run-through="foreground" fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
 <style:style style:name="bg" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="background" fo:border="none" draw:fill="none" draw:stroke="none"/></style:style>
 <style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm">%(hf)s</style:master-page></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def P(t, s=None, raw=False):
    return '<text:p%s>%s</text:p>\n' % (' text:style-name="%s"' % s if s else "", t if raw or t.startswith("<") else x(t))


def table(rows, cols=("c1", "c2", "c3", "c4")):
    out = ['<table:table table:name="表1" table:style-name="tbl">']
    out += ['<table:table-column table:style-name="%s"/>' % c for c in cols]
    for r in rows:
        out.append("<table:table-row>" + "".join('<table:table-cell table:style-name="cell" office:value-type="string">%s</table:table-cell>' % P(c, "S") for c in r) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out) + "\n"


def write(name, body, title="通知", header=None, footer=None):
    hf = ""
    if header:
        hf += "<style:header>%s</style:header>" % P(header, "C")
    if footer:
        hf += "<style:footer>%s</style:footer>" % P(footer, "C")
    with open(os.path.join(BUILD, name + ".fodt"), "w", encoding="utf-8") as f:
        f.write(HEAD % {"title": x(title), "hf": hf} + body + TAIL)


RED = P("江临市教育局文件", "Red") + P("江教发〔2026〕57号", "C")
BODY = (P("关于做好2027年春季学期开学准备工作的通知", "T") + P("各县（市、区）教育局，市直属各学校：") +
        P("　　为确保2027年春季学期平稳有序开学，现将有关事项通知如下。") +
        P("　　一、开展校园安全隐患排查，重点检查校舍、消防设施和食堂。") +
        P("　　二、做好教材征订与发放，确保开学前“课前到书”。") +
        P("　　三、加强寒假期间学生安全教育，落实家校联系制度。"))
SIGN = P("江临市教育局", "R") + P("2026年12月4日", "R")

# l01: GB/T 9704: 份号 on line 1, 密级和保密期限 on line 2, at the top left, above the 红头.
write("l01_fodt_marking_left", P("000025", "L") + P("秘密★6个月", "L") + RED + BODY + SIGN)
# l02: a bare 秘密 in the page header.
write("l02_fodt_header_bare", RED + BODY + SIGN, header="秘密")
# l03: an ID only in a footnote.
write("l03_fodt_footnote_id", RED + P("关于同意办理学籍转接的批复", "T") + P("市实验小学：") +
      P('　　你校《关于学生学籍转接的请示》收悉。经审核，同意该生转入你校就读<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
        + P("学生监护人孙海燕，身份证号%s。" % ID[3], "S") + '</text:note-body></text:note>，请按规定办理学籍转接手续。', raw=True) + SIGN)
# l04: a card number in a text box anchored to the page, at the bottom right.
write("l04_fodt_textbox_card", RED + BODY + SIGN +
      P('<draw:frame draw:style-name="fr" draw:name="框1" text:anchor-type="page" text:anchor-page-number="1" svg:x="10.5cm" svg:y="24.5cm" svg:width="8cm" svg:height="2cm"><draw:text-box>'
        + P("奖学金发放账户：中国农业银行　卡号%s" % CARD[1], "S") + "</draw:text-box></draw:frame>"))
# l05: watermark-like background text: a big light grey frame rotated behind the body.
write("l05_fodt_background_term", P('<draw:frame draw:style-name="bg" draw:name="水印" text:anchor-type="page" text:anchor-page-number="1" svg:x="1.5cm" svg:y="13cm" svg:width="15cm" svg:height="3cm" draw:z-index="0"><draw:text-box>'
      + P("内部资料　注意保存", "WM") + "</draw:text-box></draw:frame>") + RED + BODY + SIGN)
# l06: converted to DOCX first, then to PDF; a narrow table column wraps each ID, plates in the last column.
rows = [("序号", "姓名", "身份证号", "车辆号牌及事由")] + [(str(i + 1), n, ID[4 + i], "%s　违停未处理" % PLATE[i]) for i, n in enumerate(["周志强", "吴丽华"])]
write("l06_docx_table", P("江临市公安局交通警察支队", "C") + P("交通违法未处理车辆公告", "T") +
      P("　　下列车辆的交通违法行为尚未处理，请车辆所有人自公告之日起15日内到辖区大队接受处理。") + table(rows) + SIGN)
# l07: clean control: 关于…工作秘密 in a title, the secrecy law, landlines.
write("l07_clean_workmgmt", P("江临市人民政府办公室", "Red") + P("关于进一步加强工作秘密管理的通知", "T") + P("各县（市、区）人民政府，市政府各部门：") +
      P("　　根据《中华人民共和国保守国家秘密法》和上级有关要求，现就加强我市机关单位保密管理有关事项通知如下。") +
      P("　　一、严格落实“涉密不上网、上网不涉密”要求，政府信息公开前须经保密审查。") +
      P("　　二、依法保护商业秘密和个人隐私，涉及个人信息的应当去标识化处理。") +
      P("　　三、联系人：市政府办公室秘书科，电话0571-87051122。") + P("江临市人民政府办公室", "R") + P("2026年11月28日", "R"))
# l08: clean control: 统一社会信用代码 and 18-digit 证书编号 that fail the ID check.
rows = [("序号", "企业名称", "证书编号", "统一社会信用代码")] + [("1", "江临市恒达建材有限公司", BAD_ID[2], USCC[1]), ("2", "江临市清源环保科技有限公司", BAD_ID[3], USCC[0])]
write("l08_clean_table", P("2026年度绿色建材认证企业名单", "T") + P("　　经企业申报、专家评审，现将认证结果公布如下。咨询电话：0571-87068800。") + table(rows) + SIGN)
# l09: converted to ODT first, then to PDF; passport and 港澳通行证 numbers.
write("l09_odt_passport", P("江临市外事办公室", "C") + P("关于补发出访团组人员证件信息的函", "T") + P("市出入境管理支队：") +
      P("　　我市赴新加坡考察团组成员钱丽因故更换证件，新护照号码%s；随行人员孙强港澳通行证号码C%s。请予备案。" % (PP[0], PP[1][1:])) + SIGN)
# l10: an intranet address in the page footer.
write("l10_fodt_footer_ip", RED + BODY + SIGN, footer="本通知电子版见内网 http://%s/oa/notice/2026-57" % IP[0])
# l11: clean control: header with the gazette name, 秘密 only in prose.
write("l11_clean_header_prose", P("关于公布2026年度政务公开工作考核结果的通报", "T") +
      P("　　各地各部门坚持以公开为常态、不公开为例外，严格执行保密审查制度，全年未发生泄露国家秘密事件。") +
      P("　　考核结果：优秀等次单位12个，良好等次单位25个。政务公开咨询电话0571-87050012。") + SIGN,
      header="江临市人民政府公报　2026年第23期", footer="— 3 —")
# l12: clean control: a footnote citing the law and a 文号.
write("l12_clean_footnote", P("关于印发《江临市政府信息公开保密审查办法》的通知", "T") + P("各县（市、区）人民政府，市政府各部门：") +
      P('　　现将《江临市政府信息公开保密审查办法》印发给你们<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
        + P("依据《中华人民共和国政府信息公开条例》第十四条、《中华人民共和国保守国家秘密法》第二十八条制定。", "S")
        + '</text:note-body></text:note>，请认真贯彻执行。', raw=True) + P("江临市人民政府办公室", "R") + P("2026年12月2日", "R"))

# Sources that Ghostscript and qpdf transform (make.sh).
write("src_g01", P("000008", "L") + P("机密★2年", "L") + RED + BODY + SIGN)
write("src_q02", P("机密★5年", "L") + RED + BODY + SIGN)
write("src_q07", RED + BODY + SIGN + '<text:p text:style-name="PB">附件</text:p>\n' +
      P("　　申请人傅强，身份证号%s，经审核符合条件。" % ID[20]))

# Added after the first run (z01): an ID set in a span with letter spacing 0.08 cm (字符间距加宽).
write("z01_fodt_letter_spacing", RED + P("关于注销社会团体登记的公告", "T") +
      P('　　江临市书法爱好者协会已完成清算，法定代表人杨光明，身份证号<text:span text:style-name="LS">%s</text:span>，现予注销登记。' % ID[21], raw=True) + SIGN)
