#!/bin/bash
# Rebuild the corpus (the folder above this one). Deletes only files inside that output folder.
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/.."
mkdir -p "$OUT"
find "$OUT" -mindepth 1 -maxdepth 1 -type f -delete
cd "$HERE"
/usr/bin/python3 -c "import json; from common import *; json.dump({'ID':ID,'MOB':MOB,'CARD':CARD}, open('values.json','w'))"
/usr/bin/python3 gen_rl.py
/usr/bin/python3 gen_chrome.py
/usr/bin/python3 gen_docx.py
NODE_PATH="${NODE_PATH:-/tmp/b46npm/node_modules}" node gen_js.js
/usr/bin/python3 merge.py
