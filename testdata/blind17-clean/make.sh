#!/bin/bash
# Regenerates every file of blind17-clean from the fixed seed in src/common.py.
# Needs /usr/bin/python3 with python3-docx, python3-openpyxl; node with npm
# docx and exceljs in $NPM (default /tmp/blind17-clean-npm: npm install docx exceljs);
# LibreOffice (soffice) and Chromium.
set -euo pipefail
cd "$(dirname "$0")"
NPM=${NPM:-/tmp/blind17-clean-npm}
rm -rf build
/usr/bin/python3 src/gen.py .
NODE_PATH=$NPM/node_modules node src/gen.js .
# LibreOffice PDFs
PROF=$(mktemp -d)
for f in p02_年报_街道.docx p14_拟聘用.xlsx n05_拟聘用_漏脱敏.xlsx p16_处罚决定书.docx p21_政策解读.docx p33_公文_份号.docx n09_公文_机密.docx; do
  soffice -env:UserInstallation=file://$PROF --headless --convert-to pdf --outdir build/lo "build/$f" >/dev/null 2>&1
done
for f in build/lo/*.pdf; do b=$(basename "$f"); [ "$b" = p21_政策解读.pdf ] && b=p22_政策解读.pdf; cp "$f" "$b"; done
rm -rf "$PROF"
# Chromium PDFs
for f in p05_部门决算 n02_中标公告_负责人手机 p08_中标公告 p18_统计公报 p24_保密法节选 p28_招聘公告 n15_补贴发放_卡号 p39_补贴发放; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$PWD/$f.pdf" "file://$PWD/build/$f.html" >/dev/null 2>&1
done
cp build/labels_py.json labels.json
rm -rf build
