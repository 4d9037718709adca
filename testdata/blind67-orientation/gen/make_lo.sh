#!/bin/bash
# LibreOffice PDFs of some of the DOCX files (run from the corpus folder after make_docx.py).
set -e
mkdir -p lo
tmp=$(mktemp -d)
for pair in docx_split_row_id:lo_split_row_id docx_split_row_clean:lo_split_row_clean \
            docx_cell_tbRl_id:lo_cell_tbRl_id docx_watermark_internal:lo_watermark_internal; do
  src=${pair%%:*}; dst=${pair##*:}
  soffice -env:UserInstallation=file://$tmp/profile --headless --convert-to pdf --outdir "$tmp" "docx/$src.docx" >/dev/null 2>&1
  mv "$tmp/$src.pdf" "lo/$dst.pdf"
  echo "lo/$dst.pdf"
done
rm -rf "$tmp"
