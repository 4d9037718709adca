"""LibreOffice conversions (fodt/html -> docx, doc, rtf, odt, wps) of blind56-docplaces."""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape as xesc

from common import IDS, MOB, OUT

LABELS = []


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title><meta:initial-creator>县政府办公室</meta:initial-creator><dc:creator>县政府办公室</dc:creator></office:meta>
 <office:styles>
  <style:default-style style:family="paragraph"><style:paragraph-properties fo:text-indent="0cm"/>
   <style:text-properties style:font-name-asian="仿宋" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="1.13cm"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
  <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="parallel" fo:border="0.5pt solid #000000" style:vertical-pos="top" style:horizontal-pos="right" style:horizontal-rel="paragraph"/></style:style>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hf}</style:master-page></office:master-styles>
 <office:body><office:text>
 <text:p text:style-name="Title">{title}</text:p>
{body}
 </office:text></office:body></office:document>
"""


def hf(header=None, footer=None):
    s = ""
    if header:
        s += '<style:header><text:p>%s</text:p></style:header>' % xesc(header)
    if footer:
        s += '<style:footer><text:p>%s</text:p></style:footer>' % footer
    return s


def P(t):
    return ' <text:p text:style-name="Body">%s</text:p>\n' % t


def fodt(title, body, header=None, footer=None):
    return FODT.format(title=xesc(title), body=body, hf=hf(header, footer))


def convert(src_text, src_name, target, filt, out_name, tmp):
    src = os.path.join(tmp, src_name)
    with open(src, "w", encoding="utf-8") as f:
        f.write(src_text)
    odir = os.path.join(tmp, "o")
    os.makedirs(odir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"), "--headless",
           "--convert-to", "%s:%s" % (target, filt) if filt else target, "--outdir", odir, src]
    if src_name.endswith(".html"):
        cmd[3:3] = ["--infilter=HTML (StarWriter)"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(odir, os.path.splitext(src_name)[0] + "." + target)
    shutil.move(produced, os.path.join(OUT, out_name))


PAGE = '<text:page-number text:select-page="current">1</text:page-number>'

NOTICE = ["各乡镇人民政府、街道办事处，县直各单位：",
          "为加快推进城乡生活垃圾分类工作，县综合行政执法局决定在全县开展生活垃圾分类示范片区创建活动。",
          "一、创建目标：到2025年底，全县建成生活垃圾分类示范片区12个。",
          "二、工作要求：各乡镇要明确专人负责，按月报送工作进展。"]


def main():
    tmp = tempfile.mkdtemp(prefix="b56lo-")
    try:
        # footnote with a mobile -> docx
        body = (P(NOTICE[0]) + P(NOTICE[1])
                + P('2024年全县生活垃圾回收利用率达到62.5%%<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    '<text:note-body><text:p>本数据由城关镇垃圾分类督导员孙立伟（手机%s）汇总报送。</text:p></text:note-body></text:note>。' % MOB[3])
                + P(NOTICE[2]))
        convert(fodt("关于开展生活垃圾分类示范片区创建活动的通知", body, footer=PAGE), "fn.fodt", "docx", "MS Word 2007 XML", "lo_footnote_mobile.docx", tmp)
        label("lo_footnote_mobile.docx", "review", ["mobile_phone"], [MOB[3]],
              "LibreOffice (fodt -> docx): footnote (word/footnotes.xml) names a 督导员 with his mobile")

        body = (P(NOTICE[0]) + P(NOTICE[1])
                + P('2024年全县生活垃圾回收利用率达到62.5%<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
                    '<text:note-body><text:p>数据来源：县统计局《2024年国民经济和社会发展统计公报》。</text:p></text:note-body></text:note>。')
                + P(NOTICE[2]))
        convert(fodt("关于开展生活垃圾分类示范片区创建活动的通知", body, footer=PAGE), "en.fodt", "docx", "MS Word 2007 XML", "lo_endnote_clean.docx", tmp)
        label("lo_endnote_clean.docx", "pass", [], [], "clean twin: LibreOffice (fodt -> docx) endnote citing a statistics bulletin; footer page number")

        # .doc with a comment
        body = (P(NOTICE[0])
                + P('为加快推进城乡生活垃圾分类工作<office:annotation><dc:creator>法制科 韩</dc:creator><dc:date>2025-03-04T10:20:00</dc:date>'
                    '<text:p>第二条的处罚标准与上位法表述不一致，法制审核未通过前不得公开。</text:p></office:annotation>，县综合行政执法局决定在全县开展生活垃圾分类示范片区创建活动。')
                + P(NOTICE[2]) + P(NOTICE[3]))
        convert(fodt("关于开展生活垃圾分类示范片区创建活动的通知", body, footer=PAGE), "cm.fodt", "doc", "MS Word 97", "lo_comment.doc", tmp)
        label("lo_comment.doc", "review", ["hidden_content"], [],
              "legacy .doc (LibreOffice MS Word 97) with an annotation: a legal section's note 法制审核未通过前不得公开")

        body = "".join(P(t) for t in NOTICE)
        convert(fodt("关于开展生活垃圾分类示范片区创建活动的通知", body, header="县综合行政执法局", footer="第 " + PAGE + " 页"),
                "c1.fodt", "doc", "MS Word 97", "lo_clean.doc", tmp)
        label("lo_clean.doc", "pass", [], [], "clean twin: legacy .doc with a header (office name) and a page-number footer")

        # RTF with a footnote holding an ID
        body = (P("各有关单位：")
                + P(('经审核，申请人何静怡符合临时救助条件<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                     '<text:note-body><text:p>申请人身份证号：%s，家庭住址：城关镇东门社区。</text:p></text:note-body></text:note>，'
                     '拟给予一次性临时救助金3000元。') % IDS["J"])
                + P("公示期为5个工作日，如有异议请向县民政局反映。"))
        convert(fodt("县民政局临时救助对象公示", body), "rt.fodt", "rtf", "Rich Text Format", "lo_footnote_id.rtf", tmp)
        label("lo_footnote_id.rtf", "block", ["id_card"], [IDS["J"]],
              "RTF (LibreOffice): a footnote gives the applicant's unmasked ID")

        body = (P("各有关单位：") + P("经审核，申请人何某某符合临时救助条件，拟给予一次性临时救助金3000元。")
                + P("公示期为5个工作日，如有异议请向县民政局反映（电话0571-64738201）。"))
        convert(fodt("县民政局临时救助对象公示", body, footer="县民政局"), "rc.fodt", "rtf", "Rich Text Format", "lo_clean.rtf", tmp)
        label("lo_clean.rtf", "pass", [], [], "clean twin: RTF notice with a masked name and the office's landline")

        # ODT with a hidden section
        body = ("".join(P(t) for t in NOTICE[:3])
                + '<text:section text:name="备用联系人" text:display="none">' + P("备用联系人：城关镇 蒋文博，手机%s" % MOB[9]) + "</text:section>"
                + P(NOTICE[3]))
        convert(fodt("关于开展生活垃圾分类示范片区创建活动的通知", body, footer=PAGE), "hs.fodt", "odt", "writer8", "lo_hidden_section_mobile.odt", tmp)
        label("lo_hidden_section_mobile.odt", "review", ["hidden_content", "mobile_phone"], [MOB[9]],
              "ODT with a hidden section (text:display=none) naming a backup contact with a mobile")

        body = ("".join(P(t) for t in NOTICE)
                + P('示范片区名单见附件<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    '<text:note-body><text:p>附件略，详见县政府门户网站。</text:p></text:note-body></text:note>。'))
        convert(fodt("关于开展生活垃圾分类示范片区创建活动的通知", body, header="县综合行政执法局", footer=PAGE), "oc.fodt", "odt", "writer8", "lo_clean.odt", tmp)
        label("lo_clean.odt", "pass", [], [], "clean twin: ODT with header, page-number footer and a footnote")

        # WPS (Word 97 format under .wps) with a text box
        frame = ('<draw:frame draw:style-name="fr1" draw:name="文本框1" text:anchor-type="paragraph" svg:width="6cm" svg:height="2.2cm" '
                 'svg:x="10cm" svg:y="0cm" draw:z-index="0"><draw:text-box><text:p>咨询：周老师</text:p><text:p>手机：%s</text:p></draw:text-box></draw:frame>')
        body = (P(frame % MOB[8] + "各中小学、幼儿园：") + "".join(P(t) for t in [
            "为做好2025年秋季学期义务教育招生工作，县教育局决定于6月1日起开展新生入学登记。",
            "登记方式：网上登记与现场登记相结合，具体安排见招生简章。"]))
        convert(fodt("县教育局关于2025年秋季义务教育招生工作的通知", body), "wp.fodt", "wps", "MS Word 97", "lo_txbx_mobile.wps", tmp)
        label("lo_txbx_mobile.wps", "review", ["mobile_phone"], [MOB[8]],
              "WPS .wps (Word 97 binary written by LibreOffice): a text box (draw:frame text-box) gives a teacher's mobile")

        body = (P(frame.replace("咨询：周老师", "咨询").replace("手机：%s", "电话：0571-64702233") + "各中小学、幼儿园：") + "".join(P(t) for t in [
            "为做好2025年秋季学期义务教育招生工作，县教育局决定于6月1日起开展新生入学登记。",
            "登记方式：网上登记与现场登记相结合，具体安排见招生简章。"]))
        convert(fodt("县教育局关于2025年秋季义务教育招生工作的通知", body), "wc.fodt", "wps", "MS Word 97", "lo_clean.wps", tmp)
        label("lo_clean.wps", "pass", [], [], "clean twin: .wps with a text box giving the bureau's landline")

        # HTML -> DOCX
        html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>2025年县级预算公开目录</title></head><body>"
                "<h1>2025年县级预算公开目录</h1><p>根据《预算法》有关规定，现将2025年县级部门预算公开目录公布如下。</p>"
                "<table border=\"1\"><tr><th>序号</th><th>部门</th><th>公开时间</th></tr>"
                "<tr><td>1</td><td>县教育局</td><td>2025年2月20日</td></tr><tr><td>2</td><td>县卫生健康局</td><td>2025年2月20日</td></tr>"
                "<tr><td>3</td><td>县财政局</td><td>2025年2月21日</td></tr></table>"
                "<p>详见<a href=\"https://www.czt.zj.gov.cn/\">浙江省财政厅网站</a>预决算公开专栏。</p></body></html>")
        convert(html, "ys.html", "docx", "MS Word 2007 XML", "lo_html_table_clean.docx", tmp)
        label("lo_html_table_clean.docx", "pass", [], [], "clean twin: LibreOffice HTML -> DOCX, a table of departments and a link to a public provincial site")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return LABELS


if __name__ == "__main__":
    main()
