"""Driver for the blind16-office corpus: `gen.py pre OUT BUILD` writes the
hand-made files and the LibreOffice sources; `gen.py post OUT BUILD` renames
the converted files, builds the archives and writes labels.json."""
import json
import os
import shutil
import sys
import zipfile

import gen_docx
import gen_other
import gen_pptx
from ooxml import DATE, docx, para, zip_bytes
from values import V


class Labels(list):
    def __call__(self, file, verdict, cats, raws, note):
        self.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                     "raw_values": raws, "note": note})


def pre(out, build):
    os.makedirs(f"{build}/lo", exist_ok=True)
    json.dump(V, open(f"{build}/values.json", "w", encoding="utf-8"), ensure_ascii=False)
    L = Labels()
    gen_docx.build(out, L)
    gen_pptx.build(out, L)
    gen_other.build_ofd(out, L)
    gen_other.build_html(out, L)
    gen_other.build_rtf(out, L)
    gen_other.build_lo_sources(f"{build}/lo")
    json.dump(L, open(f"{build}/labels-pre.json", "w", encoding="utf-8"), ensure_ascii=False)


class GBKInfo(zipfile.ZipInfo):
    """A member whose name is stored in GBK without the UTF-8 flag, as Windows zip tools in China write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def post(out, build):
    L = Labels(json.load(open(f"{build}/labels-pre.json", encoding="utf-8")))
    lo = f"{build}/lo-out"

    def cp(src, dst):
        shutil.copyfile(f"{lo}/{src}", f"{out}/{dst}")

    # npm docx
    L("npm-first-header-marking.docx", "block", ["classified_marking"], [],
      "npm docx 9: 秘密★1年 only in the first-page header (titlePage, header type=first); default header is the agency name")
    L("npm-footnote-id.docx", "block", ["id_card"], [V["id23"]],
      "npm docx 9: ID only in a footnote (word/footnotes.xml)")
    L("npm-table-card.docx", "block", ["bank_card"], [V["card4"]],
      "npm docx 9: UnionPay card in a table cell under a 银行卡号 column")
    L("npm-hyperlink-intranet.docx", "review", ["internal_address"], [],
      "npm docx 9: ExternalHyperlink to http://10.30.1.8/… (the target lives only in document.xml.rels)")
    L("npm-clean.docx", "pass", [], [],
      "npm docx 9: clean control: header agency name, landline, 12345, 保守国家秘密法, public hyperlink, title/keywords/creator properties")
    # python-docx
    L("pydocx-nested-table-id.docx", "block", ["id_card"], [V["id24"]],
      "python-docx 0.8.11: ID in a table nested in a table cell, under a 身份证号 heading of the inner table")
    L("pydocx-keywords-term.docx", "review", ["sensitive_term"], [],
      "python-docx: 此件不公开 only in docProps/core.xml cp:keywords")
    L("pydocx-hidden-run-mobile.docx", "review", ["hidden_content", "mobile_phone"], [V["mob20"]],
      "python-docx: mobile in a run with font.hidden (w:vanish)")
    L("pydocx-clean.docx", "pass", [], [],
      "python-docx: clean control: landlines in a table, 18-digit 登记号 failing GB 11643, 卡号 failing Luhn, gov.cn URL, author/comments properties")
    # LibreOffice DOCX
    cp("lo-marking.docx", "lo-marking.docx")
    L("lo-marking.docx", "block", ["classified_marking"], [],
      "LibreOffice fodt -> docx: 机密★1年 as the first paragraph")
    cp("lo-hidden-id.docx", "lo-hidden-id.docx")
    L("lo-hidden-id.docx", "block", ["id_card", "hidden_content"], [V["id18"]],
      "LibreOffice fodt (text:display=none span) -> docx w:vanish: ID in hidden text")
    cp("lo-tracked-mobile.docx", "lo-tracked-mobile.docx")
    L("lo-tracked-mobile.docx", "review", ["hidden_content", "mobile_phone"], [V["mob16"]],
      "LibreOffice fodt (text:tracked-changes deletion) -> docx w:del: mobile only in a tracked deletion")
    cp("lo-clean.docx", "lo-clean.docx")
    L("lo-clean.docx", "pass", [], [],
      "LibreOffice fodt -> docx: clean control: 保守国家秘密法, 涉密载体 prose, 秘密、机密、绝密文件 in a sentence, landline")
    # LibreOffice PPTX
    cp("p-marking.pptx", "lo-marking.pptx")
    L("lo-marking.pptx", "block", ["classified_marking"], [],
      "LibreOffice fodp -> pptx: 秘密★1年 in the top text frame of slide 1")
    cp("p-notes-id.pptx", "lo-notes-id.pptx")
    L("lo-notes-id.pptx", "block", ["id_card"], [V["id20"]],
      "LibreOffice fodp -> pptx: ID only in speaker notes (ppt/notesSlides)")
    cp("p-clean.pptx", "lo-clean.pptx")
    L("lo-clean.pptx", "pass", [], [],
      "LibreOffice fodp -> pptx: clean control: agency name, 涉密不上网 in notes, landline")
    # Legacy binary formats
    cp("lo-marking.doc", "lo-marking.doc")
    L("lo-marking.doc", "block", ["classified_marking"], [],
      "LibreOffice fodt -> doc (MS Word 97): 机密★1年 as the first paragraph")
    cp("lo-clean.doc", "lo-clean.doc")
    L("lo-clean.doc", "pass", [], [], "LibreOffice fodt -> doc (MS Word 97): clean control")
    cp("s-ids.xls", "lo-ids.xls")
    L("lo-ids.xls", "block", ["id_card"], [V["id21"], V["id22"]],
      "LibreOffice fods -> xls (MS Excel 97): two IDs under a 身份证号 column")
    cp("s-clean.xls", "lo-clean.xls")
    L("lo-clean.xls", "pass", [], [], "LibreOffice fods -> xls: clean control: office landlines and counts")
    cp("p-notes-mobile.ppt", "lo-notes-mobile.ppt")
    L("lo-notes-mobile.ppt", "review", ["mobile_phone"], [V["mob17"]],
      "LibreOffice fodp -> ppt (MS PowerPoint 97): mobile only in speaker notes")
    cp("lo-clean.rtf", "lo-clean.rtf")
    L("lo-clean.rtf", "pass", [], [], "LibreOffice fodt -> rtf: clean control (same text as lo-clean.docx)")
    cp("p-clean.ppt", "lo-clean.ppt")
    L("lo-clean.ppt", "pass", [], [], "LibreOffice fodp -> ppt (MS PowerPoint 97): clean control (same as lo-clean.pptx)")
    cp("lo-clean.doc", "clean-as-wps.wps")
    L("clean-as-wps.wps", "pass", [], [], "LibreOffice fodt -> doc saved as .wps: clean control (same as lo-clean.doc)")
    cp("lo-card.rtf", "lo-card.rtf")
    L("lo-card.rtf", "block", ["bank_card"], [V["card3"]],
      "LibreOffice fodt -> rtf: 银行卡号 + UnionPay card in body")
    cp("lo-wps-id.doc", "doc-as-wps.wps")
    L("doc-as-wps.wps", "block", ["id_card"], [V["id19"]],
      "LibreOffice fodt -> doc (Word 97 binary) saved as .wps (WPS Writer's own .wps is this OLE2 Word layout); ID in body")
    cp("s-mobiles.xls", "xls-as-et.et")
    L("xls-as-et.et", "review", ["mobile_phone"], [V["mob18"], V["mob19"]],
      "LibreOffice fods -> xls (BIFF8) saved as .et (WPS Spreadsheets' .et is BIFF8-compatible); mobiles under 联系电话")

    # Archives
    tmp = f"{build}/inner.docx"
    docx(tmp, para("申请人信息") + para(f"身份证号：{V['id25']}"))
    clean_html = gen_other.page("通知", "<h1>通知</h1><p>请各单位按时报送材料。咨询电话0571-87001111。</p>")
    open(f"{out}/zip-docx-html.zip", "wb").write(zip_bytes([
        ("申请表.docx", open(tmp, "rb").read()), ("通知.html", clean_html)]))
    L("zip-docx-html.zip", "block", ["id_card"], [V["id25"]],
      "python zipfile (UTF-8 names): a hand-made docx with an ID plus a clean HTML page")
    inner = zip_bytes([("联系人.txt", f"联系人手机：{V['mob21']}\n")])
    open(f"{out}/zip-nested.zip", "wb").write(zip_bytes([("材料/附件.zip", inner), ("说明.txt", "附件见压缩包。\n")]))
    L("zip-nested.zip", "review", ["unreadable"], [V["mob21"]],
      "python zipfile: a zip inside a zip (inner holds a mobile in a txt); the docs say an archive in an archive is unreadable")
    open(f"{out}/zip-legacy-doc.zip", "wb").write(zip_bytes([("通知.doc", open(f"{lo}/lo-marking.doc", "rb").read())]))
    L("zip-legacy-doc.zip", "block", ["classified_marking"], [],
      "python zipfile: a LibreOffice Word 97 .doc member whose first paragraph is 机密★1年")
    with zipfile.ZipFile(f"{out}/zip-gbk-names.zip", "w", zipfile.ZIP_DEFLATED) as z:
        zi = GBKInfo("报名名单.txt", DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, f"姓名：柏某某\r\n身份证号：{V['id26']}\r\n".encode("gbk"))
    L("zip-gbk-names.zip", "block", ["id_card"], [V["id26"]],
      "python zipfile with a GBK member name and no UTF-8 flag (as Windows tools write); member is GBK text with an ID")
    open(f"{out}/zip-clean.zip", "wb").write(zip_bytes([
        ("指南.docx", open(f"{out}/npm-clean.docx", "rb").read()), ("通知.html", clean_html),
        ("说明.txt", "本压缩包含办事指南和通知，均可公开。\n")]))
    L("zip-clean.zip", "pass", [], [], "python zipfile: clean control: npm-clean.docx, a clean HTML page and a txt")

    missing = [l["file"] for l in L if not os.path.exists(f"{out}/{l['file']}")]
    if missing:
        sys.exit(f"missing: {missing}")
    json.dump(sorted(L, key=lambda l: l["file"]), open(f"{out}/labels.json", "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(f"{len(L)} files labelled; pass={sum(l['expect_verdict'] == 'pass' for l in L)}")


if __name__ == "__main__":
    {"pre": pre, "post": post}[sys.argv[1]](sys.argv[2], sys.argv[3])
