#!/usr/bin/env bash
# Regenerates the fixtures of text beside the flow of a document (issue 9 §1):
# watermarks, alt text, link targets, print headers, data validation, defined
# names, comments, hidden form fields, data-* attributes, srcdoc and <meta>.
# Each file with a vector comes with a clean trap made the same way.
#
#   bash testdata/make-beside-fixtures.sh
#
#   beside_flow.docx, beside_clean.docx  npm docx: DrawingML watermark in a
#                                        header, hyperlink, picture alt text
#   beside_flow.xlsx, beside_clean.xlsx  npm exceljs: print header &C秘密★1年,
#                                        hyperlink, data validation list,
#                                        defined name, comment
#   watermark_lo.docx                    LibreOffice Writer: a Format >
#                                        Watermark shape (VML v:textpath)
#   beside_flow.html, beside_clean.html  Chromium (--dump-dom of the
#                                        hand-written docs/src/*.html.in)
#
# Needs (Debian 12): nodejs npm libreoffice-writer chromium unzip, and the
# npm registry for docx@9.15.2 and exceljs@4.4.0 (installed in a scratch
# directory, not the repository). All personal data is synthetic.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docs="$here/docs"
src="$docs/src"

for tool in node npm soffice chromium unzip; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "make-beside-fixtures: $tool not found; apt-get install -y --no-install-recommends" \
			"nodejs npm libreoffice-writer chromium unzip" >&2
		exit 1
	fi
done

work="$(mktemp -d /tmp/mishen-beside.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# npm docx and exceljs, pinned.
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund docx@9.15.2 exceljs@4.4.0 >/dev/null)
(cd "$work" && node "$here/gen/beside.mjs" "$docs")

# LibreOffice: the watermark as Format > Watermark makes it.
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
	--convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$src/watermark.fodt" >"$work/soffice.log" 2>&1 || {
	cat "$work/soffice.log" >&2
	exit 1
}
cp "$work/watermark.docx" "$docs/watermark_lo.docx"

# Chromium: the pages as a browser serialises them.
for f in beside_flow beside_clean; do
	cp "$src/$f.html.in" "$work/$f.html"
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chromium" \
		--dump-dom "file://$work/$f.html" >"$docs/$f.html" 2>/dev/null
done

# Fail loudly if a producer stopped writing what a fixture exists to test.
need() { # need FILE MEMBER PATTERN
	if ! unzip -p "$1" "$2" | grep -q -- "$3"; then
		echo "make-beside-fixtures: $(basename "$1") $2 lacks $3" >&2
		exit 1
	fi
}
need "$docs/beside_flow.docx" word/header1.xml 'PowerPlusWaterMarkObject'
need "$docs/beside_flow.docx" word/_rels/document.xml.rels 'http://10.12.1.8/oa/'
need "$docs/beside_flow.docx" word/document.xml 'descr="申请人身份证'
need "$docs/beside_clean.docx" word/document.xml 'descr="图片"'
need "$docs/watermark_lo.docx" word/header1.xml 'string="内部资料"'
need "$docs/beside_flow.xlsx" xl/worksheets/sheet1.xml '&amp;C秘密★1年'
need "$docs/beside_flow.xlsx" xl/worksheets/sheet1.xml '<dataValidation '
need "$docs/beside_flow.xlsx" xl/worksheets/_rels/sheet1.xml.rels 'http://10.12.1.8/oa/'
need "$docs/beside_flow.xlsx" xl/workbook.xml '<definedName '
grep -q 'type="hidden" name="xfr_sfzh"' "$docs/beside_flow.html" || { echo "make-beside-fixtures: beside_flow.html lacks the hidden field" >&2; exit 1; }
grep -q 'srcdoc=' "$docs/beside_flow.html" || { echo "make-beside-fixtures: beside_flow.html lacks srcdoc" >&2; exit 1; }

for f in "$docs"/beside_* "$docs"/watermark_lo.docx; do
	printf '%8d  %s\n' "$(stat -c %s "$f")" "${f#"$here"/}"
done
echo "make-beside-fixtures: done"
