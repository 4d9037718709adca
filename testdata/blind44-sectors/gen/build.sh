#!/bin/bash
# Rebuild the blind44-sectors corpus from scratch.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/..}
WORK=${2:-/tmp/b44work}
NPM=${NPM_PREFIX:-/tmp/b44npm}
rm -rf "$WORK"; mkdir -p "$WORK" "$OUT"
find "$OUT" -maxdepth 1 -type f -delete

[ -d "$NPM/node_modules/docx" ] && [ -d "$NPM/node_modules/exceljs" ] || npm install --prefix "$NPM" docx exceljs

/usr/bin/python3 "$HERE/gen_main.py" "$OUT" "$WORK"
NODE_PATH="$NPM/node_modules" node "$HERE/gen_node.js" "$WORK" "$OUT"

# Chromium PDFs
/usr/bin/python3 - "$WORK" <<'EOF' > "$WORK/chrome.txt"
import json,sys
c=json.load(open(sys.argv[1]+"/convert.json"))
for a,b in c["chrome"]: print(a,b)
EOF
while read -r src dst; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$OUT/$dst" "file://$WORK/$src" >/dev/null 2>&1
done < "$WORK/chrome.txt"

# LibreOffice conversions (pdf, doc, xls)
/usr/bin/python3 - "$WORK" <<'EOF' > "$WORK/soffice.txt"
import json,sys
c=json.load(open(sys.argv[1]+"/convert.json"))
for a,b,n in c["soffice"]: print(a,b,n)
EOF
while read -r src ext dst; do
  mkdir -p "$WORK/so"
  case "$ext" in
    doc) filt="doc:MS Word 97" ;;
    xls) filt="xls:MS Excel 97" ;;
    *) filt="$ext" ;;
  esac
  soffice --headless -env:UserInstallation=file://$WORK/profile --convert-to "$filt" --outdir "$WORK/so" "$WORK/$src" >/dev/null 2>&1
  mv "$WORK/so/${src%.*}.$ext" "$OUT/$dst"
done < "$WORK/soffice.txt"

/usr/bin/python3 "$HERE/finish.py" "$OUT" "$WORK"
