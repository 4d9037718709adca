#!/bin/bash
# Regenerates every file of blind19-clean from src/ (fixed seed 1919 in src/common.py).
# Needs: /usr/bin/python3 with python3-docx, python3-openpyxl, python3-reportlab; node with
# docx, exceljs, pdfkit, pptxgenjs in $NPM (default /tmp/blind19-clean-npm:
# `npm install docx exceljs pdfkit pptxgenjs` there); chromium; soffice; gs; pdftoppm.
set -euo pipefail
cd "$(dirname "$0")"
NPM=${NPM:-/tmp/blind19-clean-npm}
WORK=$(mktemp -d /tmp/b19c-work.XXXX)
trap 'rm -rf "$WORK"' EXIT
find . -maxdepth 1 -type f ! -name make.sh ! -name README.md ! -name labels.json -delete
/usr/bin/python3 src/gen.py . "$WORK"
NODE_PATH=$NPM/node_modules node src/gen.js . "$WORK"

pdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null; }
pdf "$WORK/a09_news_chromium.html" a25_news_chromium.pdf
pdf "$WORK/a10_news_chromium_marked.html" a26_news_chromium_marked.pdf
pdf "$WORK/b16_org_account.html" b16_org_account.pdf
pdf "$WORK/b17_card.html" b17_card.pdf
pdf "$WORK/p10_quiz_chromium.html" p10_quiz_chromium.pdf

LO="soffice --headless -env:UserInstallation=file://$WORK/lo"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$WORK/lo-out" "$WORK/a15_explainer.html" "$WORK/a16_explainer_marked.html" >/dev/null
mv "$WORK/lo-out/a15_explainer.pdf" a15_explainer_lo.pdf
mv "$WORK/lo-out/a16_explainer_marked.pdf" a16_explainer_lo_marked.pdf
$LO --convert-to pdf --outdir "$WORK/lo-out" "$WORK/budget.xlsx" a03_levels_table.docx >/dev/null
mv "$WORK/lo-out/budget.pdf" p02_budget_lo.pdf
mv "$WORK/lo-out/a03_levels_table.pdf" p12_levels_lo.pdf
$LO --convert-to odt --outdir "$WORK/lo-out" a03_levels_table.docx >/dev/null
mv "$WORK/lo-out/a03_levels_table.odt" p06_levels.odt
$LO --convert-to 'doc:MS Word 97' --outdir "$WORK/lo-out" p18_minutes.docx >/dev/null
mv "$WORK/lo-out/p18_minutes.doc" p07_minutes.doc
$LO --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/lo-out" a17_faq.html >/dev/null
mv "$WORK/lo-out/a17_faq.docx" p15_faq_lo.docx

gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfimage24 -r200 -sOutputFile=d01_clean_scan.pdf a25_news_chromium.pdf
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfimage24 -r200 -sOutputFile=d02_marked_scan.pdf a26_news_chromium_marked.pdf
pdftoppm -r 110 -png -singlefile p10_quiz_chromium.pdf d03_quiz_picture

/usr/bin/python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
v = json.load(open(w + "/values.json", encoding="utf-8"))
labels = json.load(open(w + "/labels-py.json", encoding="utf-8")) + json.load(open(w + "/labels-js.json", encoding="utf-8"))
for l in json.load(open("src/labels_conv.json", encoding="utf-8")):
    l["raw_values"] = [v.get(x, x) for x in l["raw_values"]]
    labels.append(l)
labels.sort(key=lambda l: l["file"])
json.dump(labels, open("labels.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(labels), "labels;", sum(l["expect_verdict"] == "pass" for l in labels), "pass")
PY
