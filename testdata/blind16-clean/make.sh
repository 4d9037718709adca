#!/usr/bin/env bash
# make.sh rebuilds the blind16-clean corpus from src/ (seeded: the same
# texts and values every run; PDF/DOCX bytes differ by producer timestamps).
# Needs python3, node with npm docx and exceljs (NPM_DIR, default
# /tmp/blind16c-npm: `npm install docx exceljs` there), LibreOffice and Chromium.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
here=$(cd "$(dirname "$0")" && pwd)
npm_dir=${NPM_DIR:-/tmp/blind16c-npm}
build=$(mktemp -d /tmp/blind16c-build.XXXXXX)
trap 'rm -rf "$build"' EXIT
cd "$here"
rm -f c[0-9][0-9]_* n[0-9][0-9]_*
python3 src/gen.py "$here" "$build"
NODE_PATH="$npm_dir/node_modules" node src/docx.js "$build/docx.json"
NODE_PATH="$npm_dir/node_modules" node src/xlsx.js "$build/xlsx.json"
lo=(soffice "-env:UserInstallation=file://$build/lo-profile" --headless --norestore)
"${lo[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$here" "$build"/lo_docx/*.fodt >/dev/null
"${lo[@]}" --convert-to 'pdf:writer_pdf_Export' --outdir "$here" "$build"/lo_pdf/*.fodt >/dev/null
"${lo[@]}" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$here" "$build"/lo_xlsx/*.fods >/dev/null
for f in "$build"/chromium/*.html; do
  out="$here/$(basename "${f%.html}").pdf"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$build/chrome" --print-to-pdf="$out" "file://$f" 2>/dev/null
done
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' labels.json)
missing=0
for f in $(python3 -c 'import json,sys; [print(l["file"]) for l in json.load(open(sys.argv[1]))]' labels.json); do
  [ -s "$f" ] || { echo "missing: $f" >&2; missing=1; }
done
[ "$missing" = 0 ] && echo "blind16-clean: $n documents" >&2
exit "$missing"
