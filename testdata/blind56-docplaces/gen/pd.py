"""python-docx files of blind56-docplaces."""
import io
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from common import IDS, MOB, OUT, png

LABELS = []


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def new_doc(title_text, paras):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    d.core_properties.author = "县政府办公室"
    d.core_properties.last_modified_by = "县政府办公室"
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(title_text)
    r.font.size = Pt(22)
    for p in paras:
        para = d.add_paragraph(p)
        para.paragraph_format.first_line_indent = Pt(32)
    return d


def save(d, name):
    d.save(os.path.join(OUT, name))


BODY1 = ["各乡镇人民政府、街道办事处，县直各单位：",
         "为深入推进乡村振兴，县农业农村局决定开展2025年度春耕备耕专项督查，现将有关事项通知如下。",
         "一、督查时间：2025年3月10日至3月31日。",
         "二、督查内容：种子、化肥、农药等农资储备供应，农机具检修，高标准农田建设进度等。"]


def header_files():
    d = new_doc("县农业农村局关于开展2025年度春耕备耕专项督查的通知", BODY1)
    s = d.sections[0]
    s.different_first_page_header_footer = True
    s.first_page_header.paragraphs[0].text = "机密★5年"
    s.header.paragraphs[0].text = "县农业农村局文件"
    s.footer.paragraphs[0].text = "县农业农村局办公室印发"
    d.add_page_break()
    d.add_paragraph("三、工作要求：各乡镇要高度重视，认真组织自查，确保春耕生产顺利进行。")
    save(d, "pd_firstpage_header_marking.docx")
    label("pd_firstpage_header_marking.docx", "block", ["classified_marking"], [],
          "python-docx, different first page: the first-page header (header2/first) carries 机密★5年; the default header is clean")

    d = new_doc("县农业农村局关于开展2025年度春耕备耕专项督查的通知", BODY1)
    s = d.sections[0]
    s.different_first_page_header_footer = True
    s.first_page_header.paragraphs[0].text = "县农业农村局"
    s.first_page_footer.paragraphs[0].text = "— 1 —"
    s.header.paragraphs[0].text = "政府信息公开"
    s.footer.paragraphs[0].text = "县农业农村局办公室　　2025年3月5日印发"
    d.add_page_break()
    d.add_paragraph("三、工作要求：各乡镇要高度重视，认真组织自查，确保春耕生产顺利进行。")
    new = d.add_section(WD_SECTION.NEW_PAGE)
    new.header.is_linked_to_previous = False
    new.header.paragraphs[0].text = "附件"
    new.footer.is_linked_to_previous = False
    new.footer.paragraphs[0].text = "督查组联络：县农业农村局办公室 0571-64735120"
    d.add_paragraph("附件：春耕备耕督查分组安排表")
    save(d, "pd_headers_clean.docx")
    label("pd_headers_clean.docx", "pass", [], [],
          "clean twin: first-page, default and a second section's own header and footer with office names, page numbers and an office landline")

    d = new_doc("县自然资源和规划局关于2025年度地质灾害防治工作的通知", [
        "各乡镇人民政府：",
        "为做好2025年度地质灾害防治工作，最大限度避免和减少人员伤亡和财产损失，现就有关事项通知如下。",
        "一、全面开展汛前排查，对辖区内地质灾害隐患点逐一落实监测责任人。"])
    new = d.add_section(WD_SECTION.NEW_PAGE)
    new.header.is_linked_to_previous = False
    new.header.paragraphs[0].text = "内部资料　注意保存"
    d.add_paragraph("附件：2025年度地质灾害隐患点分布情况表")
    d.add_paragraph("（见下页表格）")
    save(d, "pd_section2_header_internal.docx")
    label("pd_section2_header_internal.docx", "review", ["sensitive_term"], [],
          "second section (附件) has its own header 内部资料　注意保存; the first section's header is empty")


def hidden_files():
    d = new_doc("县发展和改革局关于2025年第一季度重点项目推进情况的通报", [
        "各项目责任单位：",
        "2025年第一季度，全县42个重点项目完成投资38.6亿元，占年度计划的27.1%。"])
    p = d.add_paragraph("其中，交通类项目完成投资12.3亿元。")
    r = p.add_run("（审核意见：交通类数据与交通局报送口径不一致，未核实前暂缓发布——李）")
    r.font.hidden = True
    d.add_paragraph("请各责任单位加快推进项目建设，确保完成全年目标任务。")
    save(d, "pd_vanish_note.docx")
    label("pd_vanish_note.docx", "review", ["hidden_content"], [],
          "python-docx run with font.hidden (w:vanish): a reviewer's note 未核实前暂缓发布 left in hidden text")

    d = new_doc("县人力资源和社会保障局关于2025年第一批就业见习补贴拟发放名单的公示", [
        "根据《县就业见习管理办法》，经单位申报、审核，现将2025年第一批就业见习补贴拟发放名单公示如下。",
        "1．县融媒体中心　见习人员3名　补贴金额14400元"])
    p = d.add_paragraph("2．县图书馆　见习人员2名　补贴金额9600元")
    r = p.add_run("　经办人杜雨晨 身份证号" + IDS["D"])
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    d.add_paragraph("公示期为2025年3月12日至18日。")
    save(d, "pd_white_id.docx")
    label("pd_white_id.docx", "block", ["id_card"], [IDS["D"]],
          "white (FFFFFF) run on the white page after a list line holds a clerk's unmasked ID: invisible on screen, present in the published file")


def add_hyperlink(paragraph, url, text):
    part = paragraph.part
    rid = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(c)
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def link_files():
    d = new_doc("关于转发《国务院办公厅关于进一步优化政务服务提升行政效能的意见》的通知", [
        "各乡镇人民政府、街道办事处，县政府各部门：",
        "现将《国务院办公厅关于进一步优化政务服务提升行政效能的意见》转发给你们，请结合实际认真贯彻落实。"])
    p = d.add_paragraph("文件全文见中国政府网：")
    add_hyperlink(p, "https://www.gov.cn/zhengce/content/202301/content_5737040.htm", "国务院办公厅关于进一步优化政务服务提升行政效能的意见")
    d.add_paragraph("意见建议请发送至县政务服务管理办公室邮箱 zwfw@xx.gov.cn。")
    save(d, "pd_hyperlink_gov_clean.docx")
    label("pd_hyperlink_gov_clean.docx", "pass", [], [],
          "clean twin for links: a hyperlink to a public www.gov.cn page and the office's public mailbox in the text (email is info)")


def set_alt(d, descr, title=""):
    for el in d.element.body.iter(qn("wp:docPr")):
        el.set("descr", descr)
        if title:
            el.set("title", title)


def alt_files():
    img = io.BytesIO(png(360, 240, 0))
    d = new_doc("县公安局户政服务窗口延时服务公告", [
        "为方便群众办理户籍业务，县公安局户政服务窗口自2025年3月起实行周末延时服务。",
        "服务时间：每周六上午9:00至12:00。"])
    d.add_picture(img, width=Cm(9))
    set_alt(d, "办理示例：申请人居民身份证复印件，身份证号" + IDS["G"], "证件示例")
    d.add_paragraph("办理户籍业务请携带本人居民身份证、户口簿等材料。")
    save(d, "pd_alt_id.docx")
    label("pd_alt_id.docx", "block", ["id_card"], [IDS["G"]],
          "picture's alt text (wp:docPr descr) gives an applicant's unmasked ID; the picture itself has no text")

    img = io.BytesIO(png(360, 240, 0))
    d = new_doc("县公安局户政服务窗口延时服务公告", [
        "为方便群众办理户籍业务，县公安局户政服务窗口自2025年3月起实行周末延时服务。",
        "服务时间：每周六上午9:00至12:00。"])
    d.add_picture(img, width=Cm(9))
    set_alt(d, "县行政服务中心一楼户政服务窗口外景", "窗口照片")
    d.add_paragraph("办理户籍业务请携带本人居民身份证、户口簿等材料。")
    save(d, "pd_alt_clean.docx")
    label("pd_alt_clean.docx", "pass", [], [], "clean twin: picture with a descriptive alt text and title")


def table_files():
    d = new_doc("2024年度城乡居民基本养老保险缴费补贴发放名单", [
        "根据县人民政府有关规定，现将2024年度城乡居民基本养老保险缴费补贴发放名单公示如下。"])
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    hdr = ["序号", "姓名", "身份证号", "补贴金额（元）"]
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
    data = [["1", "许某某", "330102********2236", "300"], ["2", "冯志刚", None, "300"], ["3", "曹某某", "330106********0527", "300"]]
    for r, row in enumerate(data, 1):
        for c, v in enumerate(row):
            cell = t.cell(r, c)
            if v is None:
                p = cell.paragraphs[0]
                idv = IDS["I"]
                for piece in (idv[:6], idv[6:14], idv[14:]):
                    p.add_run(piece)
            else:
                cell.text = v
    d.add_paragraph("公示期7天，联系电话0571-64731002。")
    save(d, "pd_table_runsplit_id.docx")
    label("pd_table_runsplit_id.docx", "block", ["id_card"], [IDS["I"]],
          "table cell under 身份证号: one ID unmasked, written as three runs (6+8+4) of one paragraph; the other rows are masked")

    d = new_doc("2025年县级机关公开遴选公务员面试人员名单", [
        "根据笔试成绩，按照1:3的比例确定面试人选，现将名单公布如下。"])
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    rows = [["序号", "姓名", "准考证号", "报考职位"], ["1", "俞思远", "13301020105", "县财政局综合科科员"],
            ["2", "方雅婷", "13301020112", "县财政局综合科科员"], ["3", "钟浩然", "13301020207", "县财政局综合科科员"],
            ["4", "应佳琪", "13301020219", "县审计局审计科科员"]]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("面试时间和地点另行通知。")
    save(d, "pd_table_numbers_clean.docx")
    label("pd_table_numbers_clean.docx", "pass", [], [],
          "clean twin for tables: a 面试名单 whose 准考证号 column holds 11-digit numbers starting 133 (a roster number under its heading, not a mobile per docs)")


def main():
    header_files()
    hidden_files()
    link_files()
    alt_files()
    table_files()
    return LABELS


if __name__ == "__main__":
    main()
