#!/usr/bin/python3
"""Merge hand labels with tool-made labels into ../labels.json"""
import json, os
H = os.path.dirname(os.path.abspath(__file__))
L = json.load(open(os.path.join(H, "labels_hand.json")))
def lab(f, v, c, r, n): L.append({"file": f, "expect_verdict": v, "expect_categories": c, "raw_values": r, "note": n})
lab("r01_reportlab_acroform_mobile.pdf", "review", ["mobile_phone"], ["13867204519"], "ReportLab acroForm.textfield value = mobile; label 联系电话 drawn on the page in STSong-Light")
lab("r02_reportlab_acroform_clean.pdf", "pass", [], [], "ReportLab acroForm.textfield empty; clean twin")
lab("d01_pdflib_textfield_id.pdf", "block", ["id_card"], ["510107197603142238"], "pdf-lib text field with ID value and generated appearance")
lab("d02_pdflib_dropdown_clean.pdf", "pass", [], [], "pdf-lib dropdown (district) and empty phone field; clean")
lab("d03_pdflib_hidden_field_card.pdf", "block", ["bank_card"], ["6217001234567893"], "pdf-lib text field, widget /F 2 hidden, value 'bank card 6217001234567893' (UnionPay, Luhn)")
lab("c01_chromium_tagged_clean.pdf", "pass", [], [], "Chromium --print-to-pdf tagged page, hotline, public link, small img with alt; clean")
lab("c02_chromium_img_alt_mobile.pdf", "review", ["mobile_phone"], ["13805711234"], "Chromium tagged PDF: mobile only in an <img alt> (structure tree /Alt), picture 40px")
lab("l01_lo_form_id.pdf", "block", ["id_card"], ["430103199107284521"], "LibreOffice Writer (HTML form import) PDF export with form fields: text field /V = ID, NeedAppearances")
lab("l02_lo_form_clean.pdf", "pass", [], [], "LibreOffice Writer form export, empty 身份证号 field; clean twin")
json.dump(L, open(os.path.join(H, "..", "labels.json"), "w"), ensure_ascii=False, indent=1)
import collections; print(len(L), collections.Counter(x["expect_verdict"] for x in L))
