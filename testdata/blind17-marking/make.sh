#!/bin/sh
# make.sh regenerates every file of testdata/blind17-marking and its labels.json.
# Needs: /usr/bin/python3 with python-docx, openpyxl and reportlab; chromium; soffice;
# ghostscript; ImageMagick (convert); img2pdf; node with the npm packages docx, exceljs,
# pptxgenjs, pdf-lib and @pdf-lib/fontkit in $NPM_DIR (installed there when missing);
# fonts-noto-cjk and fonts-droid-fallback.
set -eu
cd "$(dirname "$0")"
export NPM_DIR="${NPM_DIR:-/tmp/blind17-marking-npm}"
export BUILD="${BUILD:-/tmp/blind17-marking-build}"
if [ ! -d "$NPM_DIR/node_modules/pdf-lib" ]; then
  mkdir -p "$NPM_DIR"
  (cd "$NPM_DIR" && npm init -y >/dev/null && npm install docx@9.15.2 exceljs@4.4.0 pptxgenjs@4.0.1 pdf-lib@1.17.1 @pdf-lib/fontkit@1.1.1)
fi
rm -rf "$BUILD"; mkdir -p "$BUILD"
/usr/bin/python3 src/make.py
