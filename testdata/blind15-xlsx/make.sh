#!/bin/bash
# make.sh regenerates the blind15-xlsx corpus: spreadsheets from four producers
# (npm exceljs, npm xlsx/SheetJS, python3 openpyxl, LibreOffice) plus two
# hand-written XML shapes (Apache POI SXSSF, PhpSpreadsheet), and labels.json.
#
# Needs: node with exceljs@4.4.0 and xlsx@0.18.5 reachable by NODE_PATH
# (npm install --prefix /tmp/blind15-npm exceljs xlsx), python3 with
# openpyxl (Debian python3-openpyxl 3.0.9; PYTHON overrides /usr/bin/python3),
# soffice (libreoffice-calc).
# All personal data is synthetic (src/values.py).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export NODE_PATH=${NODE_PATH:-/tmp/blind15-npm/node_modules}
work=$(mktemp -d /tmp/blind15-xlsx.XXXXXX)
trap 'rm -rf "$work"' EXIT
rm -f "$here"/*.xlsx
${PYTHON:-/usr/bin/python3} "$here/src/gen.py" "$here" "$work"
node "$here/src/gen.js" "$work/values.json" "$here"
for src in "$work"/*.fods "$work"/*.csv; do
  opts=()
  case $src in *.csv) opts=(--infilter="CSV:44,34,76,1");; esac
  soffice -env:UserInstallation=file://"$work"/profile --headless "${opts[@]}" \
    --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$here" "$src" >/dev/null 2>&1
done
${PYTHON:-/usr/bin/python3} - "$here" "$work/labels.part.json" <<'PY'
import json, os, sys
here, part = sys.argv[1], sys.argv[2]
labels = json.load(open(part, encoding="utf-8"))
missing = [l["file"] for l in labels if not os.path.exists(os.path.join(here, l["file"]))]
if missing:
    sys.exit("make.sh: not made: " + ", ".join(missing))
labels.sort(key=lambda l: l["file"])
with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("%d files, labels.json written" % len(labels))
PY
