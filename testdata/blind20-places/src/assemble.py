"""Collects labels, builds the zips, writes the corpus folder: assemble.py OUT CORPUS"""
import glob, json, os, shutil, sys, zipfile
OUT, CORPUS = sys.argv[1], sys.argv[2]
FIXED = (2026, 12, 6, 9, 0, 0)
lab = []
for n in ("_labels_hand.json", "_labels_py.json", "_labels_js.json"):
    lab += json.load(open(os.path.join(OUT, n), encoding="utf-8"))
by = {l["file"]: l for l in lab}
# files left out to keep the corpus at 80 (their shapes are covered by another producer)
DROP = set("""d27_sdt_plate.docx d28_sdt_plate_masked_clean.docx d22_docvar_id.docx d23_docvar_clean.docx x03_hidden_sheet_clean.xlsx
 x19_link_intranet.xlsx x20_link_public.xlsx f15_link_intranet.pdf f16_link_public.pdf o03_footnote_clean.odt o06_footer_mobile.ods
 d20_endnote_passport.docx d21_endnote_clean.docx o01_comment_mobile.odt o09_notes_mobile.odp d15_vanish_clean.docx x08_note_clean.xlsx
 o08_hidden_section_clean.odt x23_chart_title_mobile.xlsx x24_chart_title_clean.xlsx h09_meta_mobile.html h10_meta_clean.html
 d05_ins_clean.docx o02_footnote_id.odt p07_hidden_slide_clean.pptx d31_coreprops_id.docx o05_note_passport.ods d26_smartart_clean.docx
 x12_footer_clean.xlsx""".split())
def mkzip(name, members):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for arc, src in members:
            zi = zipfile.ZipInfo(arc, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, open(os.path.join(OUT, src), "rb").read())
mkzip("z01_attachments_one_bad.zip", [("附件1-检查通知.docx", "d12_linktarget_public.docx"), ("附件2-汇总表.xlsx", "x22_definedname_clean.xlsx"),
                                       ("附件3-报名回执.pdf", "f05_formfield_id.pdf"), ("附件4-说明.html", "h02_href_public.html")])
lab.append({"file": "z01_attachments_one_bad.zip", "expect_verdict": "block", "expect_categories": ["id_card"], "raw_values": by["f05_formfield_id.pdf"]["raw_values"],
            "note": "Python zipfile with Chinese member names: four attachments of a notice; only 附件3 (a copy of f05, a pdf-lib form field holding a valid ID) is a problem"})
mkzip("z02_attachments_clean.zip", [("附件1-检查通知.docx", "d12_linktarget_public.docx"), ("附件2-汇总表.xlsx", "x22_definedname_clean.xlsx"),
                                     ("附件3-报名回执.pdf", "f06_formfield_clean.pdf"), ("附件4-说明.html", "h02_href_public.html")])
lab.append({"file": "z02_attachments_clean.zip", "expect_verdict": "pass", "expect_categories": [], "raw_values": [],
            "note": "twin of z01: the same four attachments with 附件3 the clean form (field value 12345)"})
lab = [l for l in lab if l["file"] not in DROP]
lab.sort(key=lambda l: l["file"])
for l in lab:
    assert os.path.exists(os.path.join(OUT, l["file"])), l["file"]
for f in glob.glob(os.path.join(CORPUS, "*")):
    if os.path.isfile(f) and os.path.basename(f) not in ("README.md", "make.sh"):
        os.remove(f)
for l in lab:
    shutil.copy(os.path.join(OUT, l["file"]), os.path.join(CORPUS, l["file"]))
json.dump(lab, open(os.path.join(CORPUS, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(lab), "files;", sum(l["expect_verdict"] == "pass" for l in lab), "pass;",
      sum(l["expect_verdict"] == "review" for l in lab), "review;", sum(l["expect_verdict"] == "block" for l in lab), "block")
