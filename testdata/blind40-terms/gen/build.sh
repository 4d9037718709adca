#!/bin/bash
# Builds blind40-terms: python (python-docx, openpyxl, ReportLab), node (npm docx, exceljs),
# then LibreOffice and Chromium PDFs from the sources in src/, then labels.json.
# NODE_PATH must point at a node_modules holding docx and exceljs (installed in a temp dir).
set -e
G=$(cd "$(dirname "$0")" && pwd); O=${OUT:-$G/..}; export OUT=$O
cd $G
/usr/bin/python3 gen.py
node gen.js
T=$(mktemp -d)
for f in p25_lo b08_lo n13_lo_neishen n26_lo_dafu; do
  soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir $T src/$f.docx >/dev/null 2>&1
  cp $T/$f.pdf $O/$f.pdf
done
for f in p26_chromium_zijian p27_chromium_cell b04_chromium_spaced n12_chromium_shenme n27_chromium_chanpin; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$O/$f.pdf file://$G/src/$f.html >/dev/null 2>&1
done
rm -rf $T
G=$G /usr/bin/python3 - <<'PY'
import json, os
a = json.load(open(os.environ["G"] + "/labels_py.json")) + json.load(open(os.environ["G"] + "/labels_js.json"))
a.sort(key=lambda x: x["file"])
json.dump(a, open(os.environ["OUT"] + "/labels.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
import collections, os
print(len(a), collections.Counter(x["expect_verdict"] for x in a))
missing = [x["file"] for x in a if not os.path.exists(os.environ["OUT"] + "/" + x["file"])]
print("missing", missing)
PY
