#!/usr/bin/env bash
# make.sh regenerates blind17-pii from the fixed seed in src/values.py.
# Needs /usr/bin/python3 with python-docx and openpyxl, node with the npm
# packages docx, exceljs, xlsx and pdfkit in $NPM_DIR (default /tmp/blind17-pii-npm:
#   mkdir -p /tmp/blind17-pii-npm && cd /tmp/blind17-pii-npm && npm init -y && npm install docx exceljs xlsx pdfkit),
# chromium and LibreOffice (soffice).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
NPM_DIR=${NPM_DIR:-/tmp/blind17-pii-npm}
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

rm -f ./*.txt ./*.md.tmp ./*.csv ./*.html ./*.docx ./*.xlsx ./*.pdf t13_table.md
/usr/bin/python3 src/gen.py "$here" "$build"
NODE_PATH="$NPM_DIR/node_modules" node src/gen.js "$build" "$here"

# Chromium: each HTML source printed without header or footer.
python3 -c 'import json,sys; [print(a, b) for a, b in json.load(open(sys.argv[1]))]' "$build/chrome.json" |
while read -r src pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$build/chrome-profile" --print-to-pdf="$here/$pdf" "file://$build/chrome/$src" 2>/dev/null
done

# LibreOffice: DOCX, XLSX and HTML sources to PDF with a private profile.
python3 -c 'import json,sys; [print(a, b) for a, b in json.load(open(sys.argv[1]))]' "$build/lo.json" |
while read -r src pdf; do
  case "$src" in
    *.html) filter='pdf:writer_web_pdf_Export' ;;
    *.xlsx) filter='pdf:calc_pdf_Export' ;;
    *) filter='pdf:writer_pdf_Export' ;;
  esac
  soffice -env:UserInstallation="file://$build/lo-profile" --headless --convert-to "$filter" \
    --outdir "$build/lo-out" "$build/lo/$src" >/dev/null 2>&1
  mv "$build/lo-out/${src%.*}.pdf" "$here/$pdf"
done
ls "$here" | grep -v -e '^src$' -e README.md -e make.sh -e labels.json | wc -l
