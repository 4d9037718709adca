#!/bin/bash
# Convert the LibreOffice and Chromium sources listed in src/jobs.json into the corpus.
set -e
cd "$(dirname "$0")"
SRC=$PWD/src; OUT=$(dirname "$PWD")
/usr/bin/python3 - <<'PY' > /tmp/b33jobs.txt
import json; j=json.load(open("src/jobs.json"))
for s,o in j["lo"]: print("lo", s, o)
for s,o in j["chrome"]: print("ch", s, o)
PY
mkdir -p $SRC/lo_out
while read kind s o; do
  if [ "$kind" = lo ]; then
    soffice --headless --convert-to pdf --outdir $SRC/lo_out $SRC/$s >/dev/null 2>&1
    mv $SRC/lo_out/${s%.docx}.pdf "$OUT/$o"
  else
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf-no-header --print-to-pdf="$OUT/$o" "file://$SRC/$s" >/dev/null 2>&1
  fi
  echo "made $o"
done < /tmp/b33jobs.txt
