"""Merge per-generator labels into ../labels.json and add the LibreOffice conversions' labels."""
import json, os, glob
from common import OUT, rid
L = []
for f in ['labels_docx.json', 'labels_xlsx1.json', 'labels_js.json', 'labels_pptx_hand.json', 'labels_odf.json']:
    L += json.load(open(os.path.join(OUT, f), encoding='utf-8'))
    os.remove(os.path.join(OUT, f))
L += [
 {"file": "c01_del_id.doc", "expect_verdict": "block", "expect_categories": ["id_card", "hidden_content"], "raw_values": [rid('61010319950101178')], "note": "LibreOffice .doc of d32: tracked deletion holding an ID"},
 {"file": "c02_endnote_clean.doc", "expect_verdict": "pass", "expect_categories": [], "raw_values": [], "note": "LibreOffice .doc of d37: endnote with a source and hotline; clean"},
 {"file": "c03_veryhidden_sheet_ids.xls", "expect_verdict": "block", "expect_categories": ["id_card", "hidden_content"], "raw_values": [rid('13010219680304121'), rid('13010519711127332')], "note": "LibreOffice .xls of x06: veryHidden sheet with IDs"},
 {"file": "c04_numfmt_clean.xls", "expect_verdict": "pass", "expect_categories": [], "raw_values": [], "note": "LibreOffice .xls of x09: literal-text number formats; clean"},
 {"file": "c05_notes_mobile.ppt", "expect_verdict": "review", "expect_categories": ["mobile_phone"], "raw_values": ["13925730418"], "note": "LibreOffice .ppt of p01: speaker notes with a mobile"},
 {"file": "c06_vanish_note.doc", "expect_verdict": "review", "expect_categories": ["hidden_content"], "raw_values": [], "note": "LibreOffice .doc of d31: hidden (vanish) editor note"},
]
files = set(os.path.basename(p) for p in glob.glob(os.path.join(OUT, '*')) if os.path.isfile(p)) - {'labels.json', 'README.md', 'first-run.txt'}
lab = set(l['file'] for l in L)
assert files == lab, (files - lab, lab - files)
json.dump(L, open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
from collections import Counter
print(len(L), Counter(l['expect_verdict'] for l in L))
