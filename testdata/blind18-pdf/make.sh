#!/usr/bin/env bash
# Regenerates every file of testdata/blind18-pdf and its labels.json from the
# fixed seed in src/data.py. Needs: chromium, libreoffice (writer), ghostscript,
# qpdf, tesseract (chi_sim), img2pdf, fonts-wqy-zenhei, fonts-wqy-microhei,
# fonts-noto-cjk, /usr/bin/python3 with reportlab, python-docx, openpyxl,
# pikepdf, Pillow, fontTools; node with npm packages pdfkit, pdf-lib and
# @pdf-lib/fontkit installed in $NPM_DIR (default /tmp/blind18-pdf-npm).
# Producers stamp dates and IDs, so bytes differ between runs; the text,
# values and labels do not.
set -euo pipefail
cd "$(dirname "$0")"
export BLIND18_WORK=${BLIND18_WORK:-/tmp/blind18-pdf-work}
NPM_DIR=${NPM_DIR:-/tmp/blind18-pdf-npm}
rm -rf "$BLIND18_WORK" && mkdir -p "$BLIND18_WORK"
if [ ! -d "$NPM_DIR/node_modules/pdf-lib" ]; then
  mkdir -p "$NPM_DIR" && (cd "$NPM_DIR" && npm init -y >/dev/null && npm install pdfkit pdf-lib @pdf-lib/fontkit >/dev/null)
fi
rm -f ./*.pdf labels.json
(cd src && /usr/bin/python3 gen.py stage1)
NODE_PATH="$NPM_DIR/node_modules" node src/gen.js
(cd src && /usr/bin/python3 gen.py stage2)
