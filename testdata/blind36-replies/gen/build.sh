#!/bin/bash
# Regenerates the corpus folder above this one (needs python3-docx, python3-openpyxl, python3-reportlab, soffice, chromium).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 gen2.py   # imports gen.py, which writes the HTML/TXT/CSV part first
/usr/bin/python3 - <<'PY'
import json
a=json.load(open('src/labels_part1.json'))+json.load(open('src/labels_part2.json'))
a.sort(key=lambda x:x['file'])
json.dump(a,open('../labels.json','w'),ensure_ascii=False,indent=1)
PY
