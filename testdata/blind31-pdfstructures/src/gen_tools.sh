#!/bin/bash
# tool-made files for blind31; run from src/ after gen_hand.py
set -e
cd "$(dirname "$0")"
qpdf --flatten-annotations=all tmp/f16_pre.pdf ../f16_qpdf_flattened_card.pdf
qpdf --flatten-annotations=all tmp/f17_pre.pdf ../f17_qpdf_flattened_clean.pdf
/usr/bin/python3 gen_reportlab.py
node gen_pdflib.js
# Chromium tagged output
for h in c01_chromium_tagged_clean c02_chromium_img_alt_mobile; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --generate-pdf-document-outline \
    --print-to-pdf=../$h.pdf file://$PWD/html/$h.html 2>/dev/null
done
# LibreOffice: HTML form (<input value>) imported by Writer, exported with form fields
for n in l01_lo_form_id l02_lo_form_clean; do
  soffice --headless --infilter="HTML (StarWriter)" --convert-to 'pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}' --outdir tmp html/$n.html >/dev/null 2>&1
  cp tmp/$n.pdf ../$n.pdf
done
