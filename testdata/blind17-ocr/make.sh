#!/bin/bash
# Regenerates every file of testdata/blind17-ocr and its labels.json (seed 17).
# Needs: chromium, soffice, ghostscript, poppler-utils, qpdf, img2pdf, fonts-noto-cjk,
# fonts-droid-fallback, python3-pil, python3-numpy, python3-reportlab (Debian /usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")"
rm -f s[0-9][0-9]_* labels.json
nice /usr/bin/python3 src/gen.py .
