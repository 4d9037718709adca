#!/bin/sh
# Regenerates testdata/blind20-places from a fixed seed.
# Needs: /usr/bin/python3 with python3-docx, python3-openpyxl, python3-reportlab;
# node with npm docx@9 exceljs@4 pdf-lib@1.17 pptxgenjs@4 in $NPM (default /tmp/blind20-places-npm);
# LibreOffice (soffice) for the OpenDocument files.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
NPM=${NPM:-/tmp/blind20-places-npm}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/out
mkdir -p "$OUT"
cd "$SRC"
# one process draws every value from the seed in a fixed order
/usr/bin/python3 -c "
import sys; sys.argv=['x','$OUT']
exec(open('gen_hand.py').read())
sys.argv=['x','$OUT','$WORK']
exec(open('gen_py.py').read())
"
NODE_PATH=$NPM/node_modules node "$SRC/gen.js" "$OUT" "$WORK/values.json" "$WORK/base.pdf"
sh "$SRC/odf.sh" "$OUT" "$WORK"
/usr/bin/python3 "$SRC/assemble.py" "$OUT" "$HERE"
