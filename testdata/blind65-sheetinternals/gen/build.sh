#!/bin/bash
# Rebuild the corpus. Needs Debian's python3-openpyxl (system /usr/bin/python3),
# node with npm exceljs and xlsx installed in a scratch folder (NODE_PATH), and soffice.
set -euo pipefail
cd "$(dirname "$0")"
: "${NODE_PATH:=/tmp/scratch-sheet/node_modules}"; export NODE_PATH
rm -rf labels.d ../openpyxl ../exceljs ../sheetjs ../handwritten ../libreoffice ../csv
/usr/bin/python3 common.py > /dev/null          # writes values.json for the node generators
/usr/bin/python3 gen_openpyxl.py
node gen_exceljs.js
node gen_sheetjs.js
/usr/bin/python3 gen_handwritten.py
/usr/bin/python3 gen_csv.py
/usr/bin/python3 gen_libreoffice.py             # needs the openpyxl and handwritten files
/usr/bin/python3 labels_js_lo.py
/usr/bin/python3 make_labels.py
