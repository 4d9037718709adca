#!/bin/sh
# Regenerates every file of testdata/blind18-office and its labels.json.
# Needs: /usr/bin/python3 with python3-docx, python3-openpyxl, python3-pil; LibreOffice (soffice);
# node/npm (docx 9.15.2, exceljs 4.4.0, xlsx 0.18.5, pptxgenjs 4.0.1, installed outside the repo in $NPM_DIR);
# fonts-noto-cjk. Values are synthetic, from a fixed seed (src/values.py, seed 18).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
NPM_DIR=${NPM_DIR:-/tmp/blind18-office-npm}
PY=${PY:-/usr/bin/python3}
if [ ! -d "$NPM_DIR/node_modules/pptxgenjs" ]; then
  mkdir -p "$NPM_DIR"
  (cd "$NPM_DIR" && npm init -y >/dev/null && npm install docx@9.15.2 exceljs@4.4.0 xlsx@0.18.5 pptxgenjs@4.0.1 >/dev/null)
fi
cd "$HERE"
find . -maxdepth 1 -type f ! -name make.sh ! -name README.md ! -name labels.json ! -name .gitignore -delete
rm -rf src/out src/lo
cd src
$PY values.py >/dev/null
$PY gen_hand.py          # hand-written OOXML shapes, OFD, HTML pages
$PY gen_py.py            # python-docx, openpyxl
$PY gen_lo.py            # flat ODF / HTML sources for LibreOffice
sh lo_convert.sh >/dev/null
NODE_PATH="$NPM_DIR/node_modules" node gen_docx.js
NODE_PATH="$NPM_DIR/node_modules" node gen_xlsx.js
NODE_PATH="$NPM_DIR/node_modules" node gen_pptx.js
$PY merge_labels.py      # drops the files listed in omit.txt, writes ../labels.json
