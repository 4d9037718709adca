#!/usr/bin/env bash
# Regenerates the probe corpus (q*.txt/html/docx/xlsx/pdf/…, labels.json) in
# this folder from the sources in gen/ (Python 3 standard library only).
#
#   bash testdata/probe/make.sh
#
# Needs (Debian 12): libreoffice-writer libreoffice-calc fonts-noto-cjk
# poppler-utils qpdf img2pdf python3. All personal data is synthetic and made
# by gen/lib.py from a fixed seed, so values are stable between runs; the
# office files themselves are not byte-identical (LibreOffice stamps times).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in soffice pdftoppm qpdf img2pdf python3 fc-list; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "make.sh: $tool not found; apt-get install -y --no-install-recommends" \
			"libreoffice-writer libreoffice-calc fonts-noto-cjk poppler-utils qpdf img2pdf python3" >&2
		exit 1
	}
done
fc-list : family | grep -q "Noto Serif CJK SC" || { echo "make.sh: fonts-noto-cjk is not installed" >&2; exit 1; }

work="$(mktemp -d /tmp/mishen-probe.XXXXXX)"
trap 'rm -rf "$work"' EXIT
PYTHONDONTWRITEBYTECODE=1 python3 "$here/gen/make.py" "$here" "$work"
