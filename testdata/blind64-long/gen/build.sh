#!/bin/bash
# Rebuilds the whole corpus. Needs: Debian python3-docx python3-openpyxl python3-reportlab python3-pypdf
# python3-pikepdf python3-pil (run with /usr/bin/python3), node + npm packages docx exceljs xlsx pptxgenjs jszip
# (NODE_PATH below), LibreOffice (soffice), Chromium, fonts-noto-cjk.
set -e
cd "$(dirname "$0")"
O=$(cd "$(dirname "$0")/.." && pwd)
export NODE_PATH=${NODE_PATH:-./node_modules}
PY=/usr/bin/python3
mkdir -p $O/{pdf,docx,xlsx,text,html,pptx,odf,zip,limits} /tmp/long
$PY p01_reportlab_gzbg.py
$PY p02_chromium_report.py
for v in leak clean; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=/tmp/p02_$v.pdf file:///tmp/p02_$v.html
done
cp /tmp/p02_leak.pdf $O/pdf/p02_xxgk_report98_chromium_mobile_p90.pdf
cp /tmp/p02_clean.pdf $O/pdf/p02_xxgk_report98_chromium_clean.pdf
$PY docx_long.py
(cd /tmp/long && soffice --headless --convert-to pdf p03_leak.docx p03_clean.docx \
  && soffice --headless --convert-to odt o01_leak.docx o01_clean.docx \
  && soffice --headless --convert-to doc w01_leak.docx)
cp /tmp/long/p03_leak.pdf $O/pdf/p03_jiuzhu55p_libreoffice_card_p49.pdf
cp /tmp/long/p03_clean.pdf $O/pdf/p03_jiuzhu55p_libreoffice_clean.pdf
cp /tmp/long/o01_leak.odt $O/odf/o01_jianyi_long_id_late.odt
cp /tmp/long/o01_clean.odt $O/odf/o01_jianyi_long_clean.odt
cp /tmp/long/w01_leak.doc $O/docx/w01_anquan_long_mobile_late.doc
$PY node_specs.py
node d02_npmdocx.js
node x02_exceljs.js
node x03_sheetjs.js
node s01_s02_pptxgenjs.js
$PY xlsx_long.py
(cd /tmp/long && soffice --headless --convert-to ods o02_leak.xlsx o02_clean.xlsx)
cp /tmp/long/o02_leak.ods $O/odf/o02_fafang20k_ods_card_row19251.ods
cp /tmp/long/o02_clean.ods $O/odf/o02_fafang20k_ods_clean.ods
$PY text_long.py
$PY z01_zip30.py
$PY limits.py
$PY labels.py
