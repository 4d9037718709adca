#!/bin/bash
# Chromium prints of the HTML sources, and LibreOffice conversions of the DOCX/XLSX sources.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$HERE"); SRC=$HERE/src
TMP=$(mktemp -d)
for n in p21_nianbao_edu p33_zhaobiao n19_zhaobiao_marked; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chr" \
    --print-to-pdf="$OUT/$n.pdf" "file://$SRC/$n.html" 2>/dev/null
done
lo() { soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to "$1" --outdir "$OUT" "$2" >/dev/null 2>&1; }
lo pdf "$SRC/p23_zhongbiao_baomigui.docx"
lo pdf "$SRC/n27_zhongbiao_gongzuomimi.docx"
lo odt "$SRC/p30_hetong.docx"
lo doc "$SRC/p36_dangan_kaifang.docx"
lo ods "$SRC/p32_jiangxuejin.xlsx"
rm -rf "$TMP"
