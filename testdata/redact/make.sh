#!/bin/sh
# make.sh writes the fixtures of internal/redact's tests:
#   npm-docx.docx npm-xlsx.xlsx npm-pptx.pptx   from npm docx, exceljs, pptxgenjs (gen.js)
#   lo-docx.docx lo-xlsx.xlsx lo-pptx.pptx      the same files saved again by LibreOffice
#                                               (its own writer: tracked changes, comments,
#                                               hidden sheets, rows, columns and slides as
#                                               LibreOffice writes them)
#   lo-html.docx                                a web page converted by LibreOffice's writer
#   lo-pdf.pdf chromium.pdf reportlab.pdf       PDFs of the same page from LibreOffice (subset
#                                               TrueType), Chromium (CID fonts and Type 3) and
#                                               reportlab (standard 14 fonts, UniGB-UCS2-H)
# page.html, notice.txt and notice-gbk.txt are written by hand (text has no
# producer). All personal data is synthetic. Run from anywhere:
#   sh testdata/redact/make.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
npmdir=${NPMDIR:-/tmp/mishen-redact-npm}
mkdir -p "$npmdir"
if [ ! -d "$npmdir/node_modules/docx" ]; then
	(cd "$npmdir" && npm init -y >/dev/null && npm install --no-audit --no-fund docx@9.15.2 exceljs@4.4.0 pptxgenjs@4.0.1 >/dev/null)
fi
cd "$here"
NODE_PATH="$npmdir/node_modules" node gen.js
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in npm-docx.docx npm-xlsx.xlsx npm-pptx.pptx; do
	ext=${f##*.}
	soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to "$ext" --outdir "$tmp/lo" "$f" >/dev/null 2>&1
	cp "$tmp/lo/$f" "lo-$ext.$ext"
done
soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/html" lo-source.html >/dev/null 2>&1
cp "$tmp/html/lo-source.docx" lo-html.docx
soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to pdf --outdir "$tmp/pdf" lo-html.docx >/dev/null 2>&1
cp "$tmp/pdf/lo-html.pdf" lo-pdf.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$here/chromium.pdf" "file://$here/lo-source.html" 2>/dev/null
/usr/bin/python3 make-reportlab.py
ls -l "$here"
