#!/usr/bin/env bash
# Rebuild the corpus from scratch. Run from anywhere: bash gen/build.sh
# Needs: Debian python3 with python3-docx, python3-reportlab, python3-openpyxl;
# node with the npm package `docx` (NODE_MODULES=/path/to/node_modules, default ../.npm/node_modules);
# chromium; fonts-noto-cjk and fonts-noto-color-emoji (for the ⭐ of c07).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
NODE_MODULES=${NODE_MODULES:-../.npm/node_modules}
rm -rf ../txt ../html ../docx ../docx_npm ../pdf_reportlab ../pdf_chromium ../xlsx chromium_src labels_*.json
$PY -c "import common; common.dump_values()"
$PY gen_txt.py
$PY gen_html.py
$PY gen_pydocx.py
NODE_PATH="$NODE_MODULES" node gen_npm_docx.js
$PY gen_reportlab.py
$PY gen_chromium.py
$PY gen_openpyxl.py
$PY make_labels.py
