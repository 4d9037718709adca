#!/usr/bin/env bash
# Regenerates the table fixtures of issue 9 §3 in testdata/tables: a number
# wrapped inside one narrow cell under its column heading is one value (must
# be found), and a row of neighbouring numeric cells whose digits would glue
# into a check-digit-valid ID is four values (must pass).
#
#   bash testdata/make-table-fixtures.sh
#
#   wrapped_id.docx   npm docx: a narrow 公民身份号码 column, one ID broken by
#                     hand over three lines (Shift+Enter) inside its cell
#   wrapped_id.xlsx   npm exceljs: a wrapped cell holding an ID over two lines
#   wrapped_id.html   a CMS page: the ID broken with <br> inside its <td>
#   wrapped_id.pdf    Chromium --print-to-pdf of wrapped_id.html with a
#                     column narrow enough that every ID wraps over three
#                     lines (PDF table cells found by ruled lines)
#   legacy_ids.docx   npm docx: 15-digit legacy IDs under 身份证号 beside
#                     15-digit staff numbers under 工号 (only one column is IDs)
#   neighbours.docx   npm docx: rows 区划代码 | 年度 | 月日 | 批次
#   neighbours.xlsx   npm exceljs: the same rows as numeric cells, and an
#                     11-digit 预算金额（元） column
#   neighbours.html   a CMS page with the same rows in a <table>
#   neighbours.pdf    Chromium --print-to-pdf of neighbours.html
#
# Needs (Debian 12): nodejs npm chromium, and the npm registry for
# docx@9.15.2 and exceljs@4.4.0 (installed in a scratch directory, not the
# repository). All personal data is synthetic.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/tables"

for tool in node npm chromium; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "make-table-fixtures: $tool not found; apt-get install -y --no-install-recommends nodejs npm chromium" >&2
		exit 1
	fi
done

work="$(mktemp -d /tmp/mishen-tables.XXXXXX)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund docx@9.15.2 exceljs@4.4.0 >/dev/null)
mkdir -p "$out"
(cd "$work" && node "$here/gen/tables.mjs" "$out")

# The same page with a column too narrow for an ID, printed by Chromium.
sed 's/\.narrow{width:5em;word-break:break-all}/.narrow{width:4.5em;word-break:break-all}/' \
	"$out/wrapped_id.html" >"$work/narrow.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--print-to-pdf="$out/wrapped_id.pdf" "file://$work/narrow.html" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--print-to-pdf="$out/neighbours.pdf" "file://$out/neighbours.html" >/dev/null 2>&1
ls -l "$out"
