"""Writes flat ODF sources (.fodt/.fods/.fodp) that make.sh turns into
.odt/.ods/.odp with LibreOffice. Usage: odf.py BUILD_DIR"""
import os
import sys
from xml.sax.saxutils import escape as e

import values as v

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3"')

FONTS = ('<office:font-face-decls><style:font-face style:name="Noto Sans CJK SC" '
         'svg:font-family="&apos;Noto Sans CJK SC&apos;"/></office:font-face-decls>')
STYLES = ('<office:styles><style:default-style style:family="paragraph"><style:text-properties '
          'style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="12pt" '
          'style:font-size-asian="12pt"/></style:default-style></office:styles>')


def p(s):
    return "<text:p>%s</text:p>" % e(s)


def meta(title="关于做好2026年度政务公开工作的通知", extra=""):
    return ("<office:meta><dc:title>%s</dc:title><meta:initial-creator>办公室</meta:initial-creator>"
            "<dc:creator>办公室</dc:creator>%s</office:meta>" % (e(title), extra))


def fodt(body, header="", footer="", auto="", extra_meta="", title=None):
    hf = ""
    if header:
        hf += "<style:header>%s</style:header>" % header
    if footer:
        hf += "<style:footer>%s</style:footer>" % footer
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s '
            'office:mimetype="application/vnd.oasis.opendocument.text">%s%s%s'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" '
            'fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style/><style:footer-style/>'
            '</style:page-layout>%s</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s'
            '</style:master-page></office:master-styles><office:body><office:text>%s</office:text>'
            '</office:body></office:document>\n') % (
                NS, meta(title or "关于做好2026年度政务公开工作的通知", extra_meta), FONTS, STYLES, auto, hf, body)


NOTICE = [
    "各区、县（市）人民政府，市直各单位：",
    "为进一步做好政务公开工作，现将有关事项通知如下。",
    "一、提高认识，加强组织领导。各单位要明确分管负责人和具体工作人员。",
    "二、规范流程，严格发布审查。信息发布前应当依照《中华人民共和国保守国家秘密法》和《中华人民共和国政府信息公开条例》进行保密审查。",
    "三、本通知自印发之日起施行。",
]


def body(lines):
    return "".join(p(s) for s in lines)


def ods(tables, auto=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">%s%s%s'
            '<office:automatic-styles><style:style style:name="ta1" style:family="table">'
            '<style:table-properties table:display="true"/></style:style>'
            '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
            '</style:style>%s</office:automatic-styles><office:body><office:spreadsheet>%s'
            '</office:spreadsheet></office:body></office:document>\n') % (
                NS, meta("人员信息表"), FONTS, STYLES, auto, tables)


def cell(s, annotation=""):
    ann = ""
    if annotation:
        ann = ('<office:annotation><dc:creator>审核人</dc:creator><dc:date>2026-11-02T09:00:00</dc:date>%s'
               '</office:annotation>') % p(annotation)
    if isinstance(s, (int, float)):
        return '<table:table-cell office:value-type="float" office:value="%s">%s<text:p>%s</text:p></table:table-cell>' % (s, ann, s)
    return '<table:table-cell office:value-type="string">%s%s</table:table-cell>' % (ann, p(s))


def row(cells, hidden=False, annotations=None):
    annotations = annotations or {}
    attr = ' table:visibility="collapse"' if hidden else ""
    return "<table:table-row%s>%s</table:table-row>" % (
        attr, "".join(cell(c, annotations.get(i, "")) for i, c in enumerate(cells)))


def table(name, rows, hidden=False):
    ncol = 4
    return ('<table:table table:name="%s" table:style-name="%s"><table:table-column '
            'table:number-columns-repeated="%d"/>%s</table:table>') % (
                e(name), "ta2" if hidden else "ta1", ncol, "".join(rows))


def frame(x, y, w, h, content, cls=None):
    c = ' presentation:class="%s"' % cls if cls else ""
    return ('<draw:frame%s svg:x="%scm" svg:y="%scm" svg:width="%scm" svg:height="%scm">'
            '<draw:text-box>%s</draw:text-box></draw:frame>') % (c, x, y, w, h, content)


def page(name, frames, notes="", hidden=False):
    n = ""
    if notes:
        n = '<presentation:notes>%s</presentation:notes>' % frame(2, 14, 17, 10, p(notes), "notes")
    style = ' draw:style-name="dp2"' if hidden else ' draw:style-name="dp1"'
    return '<draw:page draw:name="%s"%s draw:master-page-name="Default">%s%s</draw:page>' % (
        e(name), style, "".join(frames), n)


def odp(pages):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s '
            'office:mimetype="application/vnd.oasis.opendocument.presentation">%s%s%s'
            '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
            'fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
            '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
            'presentation:visibility="visible"/></style:style>'
            '<style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties '
            'presentation:visibility="hidden"/></style:style></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/>'
            '</office:master-styles><office:body><office:presentation>%s</office:presentation></office:body>'
            '</office:document>\n') % (NS, meta("工作汇报"), FONTS, STYLES, "".join(pages))


def main(out):
    docs = {}
    docs["odt_body_marking.fodt"] = fodt(p("机密★1年") + p("关于做好2026年度政务公开工作的通知") + body(NOTICE))
    docs["odt_header_marking.fodt"] = fodt(p("关于做好2026年度政务公开工作的通知") + body(NOTICE),
                                           header=p("秘密★5年"))
    docs["odt_footer_mobile.fodt"] = fodt(p("关于开展2026年度统计调查的通知") + body(NOTICE),
                                          footer=p("经办人：王某某　手机 %s" % v.MOB_A))
    tbl = ('<table:table table:name="表1"><table:table-column table:number-columns-repeated="3"/>'
           '<table:table-row>%s%s%s</table:table-row><table:table-row>%s%s%s</table:table-row>'
           '<table:table-row>%s%s%s</table:table-row></table:table>') % (
        "<table:table-cell>%s</table:table-cell>" % p("姓名"),
        "<table:table-cell>%s</table:table-cell>" % p("身份证号"),
        "<table:table-cell>%s</table:table-cell>" % p("补贴金额（元）"),
        "<table:table-cell>%s</table:table-cell>" % p("陈某"),
        "<table:table-cell>%s</table:table-cell>" % p(v.ID_C),
        "<table:table-cell>%s</table:table-cell>" % p("3,200.00"),
        "<table:table-cell>%s</table:table-cell>" % p("刘某某"),
        "<table:table-cell>%s</table:table-cell>" % p("330106********0015"),
        "<table:table-cell>%s</table:table-cell>" % p("2,800.00"))
    docs["odt_table_id.fodt"] = fodt(p("2026年第三季度困难群众临时救助发放名单公示") + tbl + p("公示期：2026年11月1日至11月7日。"))
    docs["odt_annotation_card.fodt"] = fodt(
        p("关于拨付专项补助资金的函") +
        ('<text:p>请按规定及时拨付补助资金。<office:annotation><dc:creator>李某</dc:creator>'
         '<dc:date>2026-11-03T10:00:00</dc:date><text:p>收款人银行卡号 %s，核对后删除本批注</text:p>'
         '</office:annotation>资金用途须专款专用。</text:p>') % v.CARD_A + body(NOTICE[1:3]))
    docs["odt_hidden_paragraph.fodt"] = fodt(
        p("关于公布2026年度先进个人名单的通知") + body(NOTICE[:2]) +
        # LibreOffice drops a text:hidden-paragraph field on import, so the whole paragraph is
        # hidden through its automatic paragraph style (character property display=none).
        '<text:p text:style-name="P9">联系人：赵某，身份证号 %s</text:p>' % v.ID_D + body(NOTICE[2:]),
        auto='<style:style style:name="P9" style:family="paragraph"><style:text-properties text:display="none"/></style:style>')
    docs["odt_hidden_section.fodt"] = fodt(
        p("关于公布2026年度先进个人名单的通知") + body(NOTICE[:2]) +
        '<text:section text:name="内部核对" text:display="none">%s%s</text:section>' % (
            p("内部核对：获奖人孙某某"), p("身份证号码：%s　手机：%s" % (v.ID_E, v.MOB_B))) + body(NOTICE[2:]))
    docs["odt_hidden_text.fodt"] = fodt(
        p("关于召开政务公开工作会议的通知") +
        '<text:p>会议定于2026年12月10日召开。<text:span text:style-name="T1">参会人员名单仅供内部参考，此件不公开。</text:span></text:p>'
        + body(NOTICE[2:]),
        auto='<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>')
    docs["odt_tracked_deletion.fodt"] = fodt(
        '<text:tracked-changes text:track-changes="true"><text:changed-region xml:id="ct1" text:id="ct1">'
        '<text:deletion><office:change-info><dc:creator>张某</dc:creator><dc:date>2026-11-01T10:00:00</dc:date>'
        '</office:change-info>%s</text:deletion></text:changed-region></text:tracked-changes>' % p(
            "申请人周某某，身份证号%s，" % v.ID_F) +
        p("关于政府信息公开申请的答复") +
        '<text:p><text:change text:change-id="ct1"/>您于2026年10月20日提出的政府信息公开申请收悉。</text:p>' + body(NOTICE[4:]))
    docs["odt_frame_textbox.fodt"] = fodt(
        '<text:p><draw:frame draw:name="框1" text:anchor-type="paragraph" svg:width="8cm" svg:height="1.5cm">'
        '<draw:text-box>%s</draw:text-box></draw:frame></text:p>' % p("内部资料　注意保存") +
        p("2026年度重点工作任务分解表") + body(NOTICE[1:]))
    docs["odt_footnote_card.fodt"] = fodt(
        p("关于发放2026年度见义勇为奖励金的公告") +
        ('<text:p>奖励金已于2026年11月5日发放<text:note text:id="ftn1" text:note-class="footnote">'
         '<text:note-citation>1</text:note-citation><text:note-body>%s</text:note-body></text:note>。</text:p>') %
        p("发放至受奖人吴某某的中国农业银行账号 %s。" % v.CARD_B) + body(NOTICE[4:]))
    docs["odt_meta_unc.fodt"] = fodt(
        p("关于做好2026年度政务公开工作的通知") + body(NOTICE),
        extra_meta=('<dc:description>源文件：\\\\10.20.30.40\\办公室共享\\2026\\政务公开\\定稿.doc</dc:description>'
                    '<meta:keyword>政务公开</meta:keyword>'))
    docs["odt_meta_clean.fodt"] = fodt(
        p("关于做好2026年度政务公开工作的通知") + body(NOTICE),
        extra_meta='<meta:keyword>政务公开</meta:keyword><dc:subject>通知</dc:subject>')
    docs["odt_clean_secrecy_notice.fodt"] = fodt(
        p("关于开展保密宣传教育月活动的通知") +
        body(["根据《中华人民共和国保守国家秘密法》第十三条，国家秘密的密级分为绝密、机密、秘密三级。",
              "“秘密”是一般的国家秘密，泄露会使国家安全和利益遭受损害。",
              "活动时间：2026年5月1日至5月31日，经费预算人民币12,000元。",
              "咨询电话：0571-87654321；市民服务热线：12345。"]),
        footer=p("杭州市某某局办公室　2026年4月20日印发"))
    docs["odt_clean_uscc.fodt"] = fodt(
        p("2026年度政府采购中标结果公告") +
        body(["中标供应商：杭州某某科技有限公司", "统一社会信用代码：%s" % v.USCC_A,
              "中标金额：人民币1,280,000.00元", "公告日期：2026年11月5日", "采购人联系电话：0571-87654321"]))
    # spreadsheets
    docs["ods_hidden_sheet.fods"] = ods(
        table("公示", [row(["序号", "姓名", "补贴类别", "金额（元）"]), row([1, "钱某某", "高龄津贴", 1200]),
                      row([2, "孙某", "高龄津贴", 1200])]) +
        table("原始数据", [row(["序号", "姓名", "身份证号", "联系电话"]),
                          row([1, "钱某某", v.ID_G, v.MOB_C]), row([2, "孙某", v.ID_H, v.MOB_D])], hidden=True))
    docs["ods_hidden_row.fods"] = ods(
        table("名单", [row(["序号", "单位", "联系人", "联系电话"]), row([1, "市财政局", "李某", "0571-87011234"]),
                      row([2, "市统计局", "王某", "13957188888"], hidden=True),
                      row([3, "市审计局", "张某", "0571-87012345"])]))
    docs["ods_cell_annotation.fods"] = ods(
        table("资金", [row(["项目", "金额（元）", "拨付日期", "备注"]),
                      row(["专项补助", 50000, "2026-10-15", "已拨付"], annotations={3: "收款卡号 %s" % v.CARD_C}),
                      row(["工作经费", 12000, "2026-10-20", "已拨付"])]))
    docs["ods_clean_table.fods"] = ods(
        table("统计", [row(["单位", "办公电话", "受理件数", "办结日期"]),
                      row(["市民服务中心", "0571-87654321", 1320, "2026-10-31"]),
                      row(["便民服务热线", "12345", 25600, "2026-10-31"]),
                      row(["合同编号", v.ID_BAD, 8800000, "2026-09-30"]),
                      row(["已脱敏示例", "110101********4514", 0, "2026-09-30"])]))
    # presentations
    title = frame(2, 1, 24, 2, p("2026年度政务公开工作汇报"))
    docs["odp_speaker_notes.fodp"] = odp([
        page("p1", [title, frame(2, 4, 24, 8, p("一、总体情况") + p("全年主动公开政府信息1,234条。"))],
             notes="讲稿备注：举报人郑某某，身份证号%s，请勿外传。" % v.ID_B),
        page("p2", [frame(2, 4, 24, 8, p("二、下一步工作") + p("持续提升公开质量。"))])])
    docs["odp_hidden_slide.fodp"] = odp([
        page("p1", [title, frame(2, 4, 24, 8, p("一、总体情况") + p("全年主动公开政府信息1,234条。"))]),
        page("p2", [frame(2, 4, 24, 8, p("备用页：联络人冯某某") + p("手机 %s" % v.MOB_E))], hidden=True),
        page("p3", [frame(2, 4, 24, 8, p("二、下一步工作") + p("持续提升公开质量。"))])])
    docs["odp_marking_slide.fodp"] = odp([
        page("p1", [frame(1, 0.5, 6, 1.2, p("机密★3年")), title,
                    frame(2, 4, 24, 8, p("一、总体情况") + p("重点项目推进情况。"))])])
    docs["odp_clean.fodp"] = odp([
        page("p1", [title, frame(2, 4, 24, 8, p("依据《中华人民共和国保守国家秘密法》，做好发布前保密审查。") +
                                 p("咨询电话：0571-87654321　服务热线：12345"))],
             notes="汇报时间约10分钟，会议于2026年12月10日上午9:00召开。")])
    # members of zip_docx_pdf.zip: a DOCX with a personal mobile, a PDF with a marking
    docs["zip_member_mobile.fodt"] = fodt(p("关于征集2026年民生实事项目的公告") + body(NOTICE[1:3]) +
                                          p("联系人：王某某，手机%s。" % v.MOB_A))
    docs["zip_member_marking.fodt"] = fodt(p("秘密★1年") + p("重点项目建设工作方案") + body(NOTICE[1:]))
    os.makedirs(out, exist_ok=True)
    for name, data in docs.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(data)


if __name__ == "__main__":
    main(sys.argv[1])
