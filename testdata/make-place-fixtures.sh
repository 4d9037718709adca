#!/usr/bin/env bash
# Regenerates the fixtures of issue 12 §2 in testdata/places: files whose
# known values stand at known places, to test that every finding says
# where a person finds it.
#
#   bash testdata/make-place-fixtures.sh
#
#   places.docx     npm docx: a header (section 1) and a footer (section 2)
#                   with phones, a page break, an ID in paragraph 5 on page
#                   2 and one in row 4, column 2 of a table
#   places_lo.docx  LibreOffice's own save of places.docx
#   places.xlsx     npm exceljs: sheet 名单 with an ID in C17
#   places.html     a CMS page: an ID in div.main > table, row 3, cell 2
#   places.pdf      Chromium --print-to-pdf of places.html
#
# Needs (Debian 12): nodejs npm chromium libreoffice-writer, and the npm
# registry for docx@9.15.2 and exceljs@4.4.0 (installed in a scratch
# directory, not the repository). All personal data is synthetic.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/places"

for tool in node npm chromium soffice; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "make-place-fixtures: $tool not found; apt-get install -y --no-install-recommends nodejs npm chromium libreoffice-writer-nogui" >&2
		exit 1
	fi
done

work="$(mktemp -d /tmp/mishen-places.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# NPM_DIR may name a scratch directory where both are installed already.
npmdir="${NPM_DIR:-$work}"
if [ ! -d "$npmdir/node_modules/docx" ] || [ ! -d "$npmdir/node_modules/exceljs" ]; then
	(cd "$npmdir" && npm init -y >/dev/null && npm install --no-audit --no-fund docx@9.15.2 exceljs@4.4.0 >/dev/null)
fi
mkdir -p "$out"
(cd "$npmdir" && node "$here/gen/places.mjs" "$out")

# LibreOffice's own save of the same document (through its own format,
# so that every part is written by LibreOffice).
mkdir -p "$work/odt" "$work/lo"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to odt --outdir "$work/odt" "$out/places.docx" >/dev/null 2>&1
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work/lo" "$work/odt/places.odt" >/dev/null 2>&1
cp "$work/lo/places.docx" "$out/places_lo.docx"

chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--print-to-pdf="$out/places.pdf" "file://$out/places.html" >/dev/null 2>&1
ls -l "$out"
