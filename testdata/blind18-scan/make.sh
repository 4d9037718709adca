#!/bin/sh
# make.sh regenerates every file of blind18-scan and labels.json from a fixed seed.
# Needs: /usr/bin/python3 with PIL, numpy, img2pdf, python-docx, openpyxl, reportlab;
# ImageMagick, Ghostscript, qpdf, LibreOffice (soffice), Chromium, node with pptxgenjs
# (NPM_DIR: a folder whose node_modules holds pptxgenjs, default /tmp/blind18-scan-npm).
set -eu
cd "$(dirname "$0")"
NPM_DIR=${NPM_DIR:-/tmp/blind18-scan-npm}
jobs=$(/usr/bin/python3 src/gen.py | tail -n 1)
NODE_PATH="$NPM_DIR/node_modules" node src/pptx.js "$jobs"
rm -rf tmp "$(dirname "$jobs")"
