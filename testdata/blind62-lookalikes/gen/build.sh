#!/bin/bash
# Rebuild the whole corpus: bash gen/build.sh  (needs /usr/bin/python3 with python-docx, openpyxl, reportlab;
# node with docx, exceljs, xlsx on NODE_PATH; chromium; soffice)
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/python3 mkvalues.py >/dev/null
/usr/bin/python3 gen_text.py
/usr/bin/python3 gen_html.py
/usr/bin/python3 gen_pyoffice.py
/usr/bin/python3 gen_reportlab.py
NODE_PATH=${NODE_PATH:-/tmp/scratch62/node_modules} node gen_node.js
bash gen_convert.sh
/usr/bin/python3 merge_labels.py
