#!/bin/bash
# Regenerates every file of blind61-disguises and labels.json.
# Needs: Debian python3-docx python3-openpyxl python3-reportlab, chromium, libreoffice,
# fonts-noto-cjk, and npm `docx` + `exceljs` in a scratch folder given as NODE_MODULES.
set -euo pipefail
cd "$(dirname "$0")"
NODE_MODULES=${NODE_MODULES:-/tmp/npmscratch/node_modules}
PY=${PY:-/usr/bin/python3}
$PY common.py >/dev/null
$PY gen_txt.py
$PY gen_html.py
$PY gen_pydocx.py
NODE_PATH=$NODE_MODULES node gen_npm_docx.js
$PY gen_openpyxl.py
NODE_PATH=$NODE_MODULES node gen_exceljs.js
$PY gen_reportlab.py
$PY gen_chromium.py
$PY gen_libreoffice.py
$PY make_labels.py
