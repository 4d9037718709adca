#!/bin/bash
# Rebuild the blind45-pdf corpus.  Output: the folder above this script (the corpus).
# Deletes nothing outside that output folder (only its _work subfolder, at the end).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/.." && pwd)"
WORK="$OUT/_work"
PY=${PYTHON:-/usr/bin/python3}
NODE_PATH=${NODE_PATH:-/tmp/b45npm/node_modules}
export NODE_PATH
mkdir -p "$WORK"/{html,lo,ch}
cd "$HERE"
$PY dump_values.py
$PY gen_images.py
$PY gen_reportlab.py
$PY gen_html.py
$PY gen_docx.py
node gen_node.js "$WORK"
for f in "$WORK"/html/*.html; do
  n=$(basename "$f" .html)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$WORK/ch/$n.pdf" "file://$f" >/dev/null 2>&1
done
timeout 600 soffice -env:UserInstallation="file://$WORK/lo-profile" --headless \
  --convert-to pdf --outdir "$WORK/lo" "$WORK"/docx/*.docx >/dev/null 2>&1
$PY assemble.py
$PY write_readme.py
if [ "${KEEP_WORK:-0}" != 1 ]; then rm -rf -- "$WORK"; fi
echo "done: $OUT"
