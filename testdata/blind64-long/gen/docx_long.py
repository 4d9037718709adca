"""Long python-docx documents (about 60 pages) with one problem near the end.
p03 (-> LibreOffice PDF): a 救助 recipient's bank card on page ~55.
d01: 4 sections; only the LAST section's header carries 秘密★5年.
o01 (-> LibreOffice ODT): an unmasked ID in the last part.
w01 (-> LibreOffice .doc): an unmasked mobile near the end.
Each has a clean twin.  LibreOffice conversions are in build.sh."""
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from common import (Gen, OUT, cn, CARD_P03, ID_O01, MOB_W01, mask_card, mask_id, mask_mobile)


def base(title, seed):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(14)
    d.core_properties.author = "青溪市人民政府办公室"
    d.core_properties.title = title
    h = d.sections[0].header.paragraphs[0]
    h.text = "青溪市人民政府办公室"
    return d, Gen(seed)


def body(d, g, nsec, per=5, start=1, hook=None):
    for s in range(start, start + nsec):
        d.add_heading(f"{cn(s)}、{g.r.choice(['总体情况', '主要做法', '工作成效', '存在问题', '下一步打算', '保障措施'])}", level=2)
        for k in range(per):
            d.add_paragraph(g.paragraph(5))
            if hook:
                hook(d, s, k)


def p03(leak):
    d, g = base("青溪市2024年社会救助工作情况报告", 303)
    d.add_heading("青溪市2024年社会救助工作情况报告", level=1)

    def hook(d, s, k):
        if s == 36 and k == 2:
            v = CARD_P03 if leak else mask_card(CARD_P03)
            d.add_paragraph(f"经核实，西山镇困难群众吴某某的临时救助金4800元已于2024年11月5日发放至其本人银行卡，"
                            f"卡号：{v}，开户行为青溪农商银行西山支行。")
    body(d, g, 40, hook=hook)
    return d


def d01(leak):
    d, g = base("青溪市重点项目推进情况汇编", 101)
    d.add_heading("青溪市重点项目推进情况汇编", level=1)
    body(d, g, 14, start=1)
    for part in range(2, 5):
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        if part == 4:
            sec.header.is_linked_to_previous = False
            sec.header.paragraphs[0].text = "秘密★5年" if leak else "青溪市人民政府办公室　项目附表"
        d.add_heading(f"第{cn(part)}部分　分领域推进情况", level=1)
        body(d, g, 12 if part < 4 else 3, start=1)
    return d


def o01(leak):
    d, g = base("青溪市2024年度见义勇为工作总结", 601)
    d.add_heading("青溪市2024年度见义勇为工作总结", level=1)

    def hook(d, s, k):
        if s == 34 and k == 3:
            v = ID_O01 if leak else mask_id(ID_O01)
            d.add_paragraph(f"其中，受表彰的见义勇为人员孙某某（身份证号：{v}）在防汛抢险中救出被困群众3人，"
                            f"事迹经媒体报道后引起广泛关注。")
    body(d, g, 36, hook=hook)
    return d


def w01(leak):
    d, g = base("青溪市2024年安全生产工作总结", 701)
    d.add_heading("青溪市2024年安全生产工作总结", level=1)

    def hook(d, s, k):
        if s == 33 and k == 1:
            v = MOB_W01 if leak else mask_mobile(MOB_W01)
            d.add_paragraph(f"企业安全生产举报受理专人为应急管理局执法大队钱某某，手机：{v}，"
                            f"24小时受理举报，核查属实的按规定给予奖励。")
    body(d, g, 35, hook=hook)
    return d


if __name__ == "__main__":
    import os
    os.makedirs("/tmp/long", exist_ok=True)
    p03(True).save("/tmp/long/p03_leak.docx")
    p03(False).save("/tmp/long/p03_clean.docx")
    d01(True).save(f"{OUT}/docx/d01_huibian60p_lastsection_header_marking.docx")
    d01(False).save(f"{OUT}/docx/d01_huibian60p_lastsection_header_clean.docx")
    o01(True).save("/tmp/long/o01_leak.docx")
    o01(False).save("/tmp/long/o01_clean.docx")
    w01(True).save("/tmp/long/w01_leak.docx")
    w01(False).save("/tmp/long/w01_clean.docx")
