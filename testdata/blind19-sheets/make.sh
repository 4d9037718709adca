#!/bin/sh
# make.sh: regenerates every file of blind19-sheets (fixed seed 19) from src/.
# Needs /usr/bin/python3 with python3-openpyxl and python3-xlsxwriter (apt),
# node with exceljs and xlsx installed in $NPM (default /tmp/blind19-sheets-npm:
#   mkdir -p /tmp/blind19-sheets-npm && cd /tmp/blind19-sheets-npm && npm i exceljs xlsx),
# and LibreOffice (soffice).
set -eu
cd "$(dirname "$0")"
NPM=${NPM:-/tmp/blind19-sheets-npm}
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
rm -f ./*.xlsx ./*.xls ./*.ods ./*.et ./*.csv ./*.tsv
/usr/bin/python3 src/gen.py . "$STAGE"
NODE_PATH="$NPM/node_modules" node src/gen.js . "$STAGE"
LO="-env:UserInstallation=file://$STAGE/lo"
for f in lo01_hidden_sheet_ids lo05_clean lo09_clean_stats; do
  soffice $LO --headless --convert-to ods --outdir . "$STAGE/$f.xlsx" >/dev/null
done
for f in lo06_clean_stats; do
  soffice $LO --headless --convert-to xls --outdir . "$STAGE/$f.xlsx" >/dev/null
done
for f in lo03_comment_mobile lo08_clean; do
  soffice $LO --headless --convert-to xls --outdir "$STAGE/et" "$STAGE/$f.xlsx" >/dev/null
  mv "$STAGE/et/$f.xls" "./$f.et"
done
python3 - "$STAGE/labels.partial.json" <<'PY'
import json, os, sys
labels = json.load(open(sys.argv[1], encoding="utf-8"))
labels.sort(key=lambda l: l["file"])
missing = [l["file"] for l in labels if not os.path.exists(l["file"])]
assert not missing, missing
json.dump(labels, open("labels.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(labels), "files,", sum(l["expect_verdict"] != "pass" for l in labels), "must-catch")
PY
