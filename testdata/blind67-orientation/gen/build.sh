#!/bin/bash
# Rebuild every file of the corpus. Run from the corpus folder: bash gen/build.sh
# Needs: Debian python3-reportlab, python3-docx, python3-openpyxl, python3-pil, python3-pikepdf,
# chromium, libreoffice, poppler-utils, img2pdf, fonts-noto-cjk.
set -e
cd "$(dirname "$0")/.."
PY=${PY:-/usr/bin/python3}
$PY gen/make_chromium.py
$PY gen/make_reportlab.py
$PY gen/make_docx.py
bash gen/make_lo.sh
$PY gen/make_xlsx.py
$PY gen/make_scans.py
$PY gen/make_labels.py
