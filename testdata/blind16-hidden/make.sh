#!/usr/bin/env bash
# make.sh regenerates the blind16-hidden corpus (HTML, DOCX, XLSX, PPTX,
# labels.json and README's table in src/table.md). Seeded: the same seed
# writes the same values. Needs /usr/bin/python3 with python-docx and
# openpyxl, and node with pptxgenjs (installed into a scratch dir).
set -euo pipefail
cd "$(dirname "$0")"
SEED=${SEED:-16}
NPM_DIR=${NPM_DIR:-/tmp/b16hid-npm}
if [ ! -d "$NPM_DIR/node_modules/pptxgenjs" ]; then
  mkdir -p "$NPM_DIR"
  (cd "$NPM_DIR" && npm init -y >/dev/null && npm install pptxgenjs@3.12.0 >/dev/null)
fi
rm -f ./*.html ./*.docx ./*.xlsx ./*.pptx
/usr/bin/python3 src/gen.py . "$SEED"
NODE_PATH="$NPM_DIR/node_modules" node src/pptx.js . src/pptx-values.json
echo "wrote $(ls ./*.html ./*.docx ./*.xlsx ./*.pptx | wc -l) files"
