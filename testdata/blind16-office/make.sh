#!/bin/sh
# Rebuilds testdata/blind16-office from src/ (values are seeded: the same on every run).
# Needs: /usr/bin/python3 with python3-docx and python3-pil, node + npm, LibreOffice (soffice).
set -eu
export PYTHONDONTWRITEBYTECODE=1
here=$(cd "$(dirname "$0")" && pwd)
build=${BUILD:-/tmp/blind16-office-build}
npmdir=${NPMDIR:-/tmp/blind16-npm}
rm -rf "$build" && mkdir -p "$build/lo-out"
find "$here" -maxdepth 1 -type f ! -name make.sh ! -name README.md -delete
cd "$here/src"
/usr/bin/python3 gen.py pre "$here" "$build"
[ -d "$npmdir/node_modules/docx" ] || (mkdir -p "$npmdir" && cd "$npmdir" && npm init -y >/dev/null && npm install docx@9.15.2)
NODE_PATH="$npmdir/node_modules" node npm_docx.js "$build/values.json" "$here"
/usr/bin/python3 pydocx.py "$build/values.json" "$here"
lo="soffice --headless -env:UserInstallation=file://$build/profile"
cd "$build/lo"
$lo --convert-to docx --outdir "$build/lo-out" lo-marking.fodt lo-hidden-id.fodt lo-tracked-mobile.fodt lo-clean.fodt
$lo --convert-to 'doc:MS Word 97' --outdir "$build/lo-out" lo-marking.fodt lo-clean.fodt lo-wps-id.fodt
$lo --convert-to rtf --outdir "$build/lo-out" lo-card.fodt lo-clean.fodt
$lo --convert-to pptx --outdir "$build/lo-out" p-marking.fodp p-notes-id.fodp p-clean.fodp
$lo --convert-to 'ppt:MS PowerPoint 97' --outdir "$build/lo-out" p-notes-mobile.fodp p-clean.fodp
$lo --convert-to 'xls:MS Excel 97' --outdir "$build/lo-out" s-ids.fods s-mobiles.fods s-clean.fods
cd "$here/src"
/usr/bin/python3 gen.py post "$here" "$build"
