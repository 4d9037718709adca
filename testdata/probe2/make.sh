#!/usr/bin/env bash
# Regenerates probe2 (r*.txt/html/docx/xlsx/pdf, labels.json) in this folder
# from gen/ (Python 3 standard library; reuses ../probe/gen/lib.py with its
# own seed). Needs soffice, fonts-noto-cjk, poppler-utils, qpdf, img2pdf.
#
#   bash testdata/probe2/make.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in soffice pdftoppm qpdf img2pdf python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "make.sh: $tool not found" >&2; exit 1; }
done
work="$(mktemp -d /tmp/mishen-probe2.XXXXXX)"
trap 'rm -rf "$work"' EXIT
PYTHONDONTWRITEBYTECODE=1 python3 "$here/gen/make.py" "$here" "$work"
