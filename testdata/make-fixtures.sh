#!/usr/bin/env bash
# Regenerates every fixture under testdata/docs and testdata/malformed from the
# hand-written sources in testdata/docs/src (and the hand-written HTML in
# testdata/docs). All personal data in them is synthetic.
#
#   bash testdata/make-fixtures.sh
#
# Needs (Debian 12): libreoffice-writer libreoffice-calc fonts-noto-cjk
# poppler-utils qpdf img2pdf unzip python3. See testdata/README.md.
# Output is not byte-identical between runs: LibreOffice and img2pdf stamp
# times and document ids into what they write.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docs="$here/docs"
src="$docs/src"
bad="$here/malformed"
gen="$here/gen/fixtures.py"

for tool in soffice pdftoppm pdftotext pdfinfo qpdf img2pdf unzip fc-list python3; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "make-fixtures: $tool not found; apt-get install -y --no-install-recommends" \
			"libreoffice-writer libreoffice-calc fonts-noto-cjk poppler-utils qpdf img2pdf unzip python3" >&2
		exit 1
	fi
done
if ! fc-list : family | grep -c "Noto Serif CJK SC" >/dev/null; then
	echo "make-fixtures: fonts-noto-cjk is not installed" >&2
	exit 1
fi

work="$(mktemp -d /tmp/mishen-fixtures.XXXXXX)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"

# soffice converts the given sources into $work/out with one filter.
soffice_convert() {
	local filter="$1"
	shift
	soffice -env:UserInstallation="$profile" --headless --norestore \
		--convert-to "$filter" --outdir "$work/out" "$@" >"$work/soffice.log" 2>&1 || {
		cat "$work/soffice.log" >&2
		exit 1
	}
}

mkdir -p "$work/out" "$bad"
python3 "$gen" check "$src" "$docs"

# DOCX, XLSX and PDF from Flat ODF.
soffice_convert 'docx:MS Word 2007 XML' "$src/header_marking.fodt" "$src/hidden_parts.fodt" "$src/clean.fodt"
soffice_convert 'xlsx:Calc MS Excel 2007 XML' "$src/roster.fods" "$src/clean.fods"
soffice_convert 'pdf:writer_pdf_Export' "$src/prose.fodt" "$src/marking.fodt"
# legacy.doc: an OLE2 Word 97 file (for the malformed/unsupported corpus).
soffice_convert 'doc:MS Word 97' "$src/header_marking.fodt"

for f in header_marking.docx hidden_parts.docx roster.xlsx prose.pdf marking.pdf; do
	cp "$work/out/$f" "$docs/$f"
done
cp "$work/out/clean.docx" "$docs/clean.docx"
cp "$work/out/clean.xlsx" "$docs/clean.xlsx"
cp "$work/out/header_marking.doc" "$bad/legacy.doc"

# LibreOffice writes hidden sheets but never veryHidden: promote sheet 备用.
python3 "$gen" veryhidden "$docs/roster.xlsx" "备用"

# scanned.pdf: page 1 of marking.pdf rendered to a JPEG and wrapped back into
# a PDF, so the page is one image and has no text layer.
pdftoppm -f 1 -l 1 -r 80 -gray -jpeg -jpegopt quality=50 "$docs/marking.pdf" "$work/scan"
img2pdf -o "$docs/scanned.pdf" "$work/scan-1.jpg"

# mixed.pdf: page 1 of prose.pdf (text, nothing sensitive) + the scanned page.
qpdf --empty --pages "$docs/prose.pdf" 1 "$docs/scanned.pdf" 1 -- "$docs/mixed.pdf"

# Encrypted copies of prose.pdf. User password "user" (cannot be opened
# without it): AES-256 and RC4-128. encrypted_nouserpw.pdf has an empty user
# password (opens without one, copying restricted), as many published PDFs do.
qpdf --encrypt user owner 256 -- "$docs/prose.pdf" "$docs/encrypted.pdf"
qpdf --allow-weak-crypto --encrypt user owner 128 --use-aes=n -- "$docs/prose.pdf" "$docs/encrypted_rc4.pdf"
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n --extract=n --modify=none -- \
	"$docs/prose.pdf" "$docs/encrypted_nouserpw.pdf"

# Plain text: GBK and UTF-8 with a byte order mark.
python3 "$gen" text "$src" "$docs"

# The malformed corpus.
python3 "$gen" malformed "$docs" "$bad"

# Sanity checks on what was written: fail loudly if LibreOffice stopped
# writing a part that the fixtures exist to test.
need() { # need FILE MEMBER PATTERN
	unzip -p "$1" "$2" >"$work/member"
	if ! grep -q -- "$3" "$work/member"; then
		echo "make-fixtures: $(basename "$1") $2 lacks $3" >&2
		exit 1
	fi
}
need "$docs/header_marking.docx" word/header1.xml '★'
need "$docs/hidden_parts.docx" word/document.xml '<w:del '
need "$docs/hidden_parts.docx" word/document.xml '<w:ins '
need "$docs/hidden_parts.docx" word/document.xml '<w:vanish/>'
need "$docs/hidden_parts.docx" word/document.xml '<w:txbxContent>'
need "$docs/hidden_parts.docx" word/comments.xml '内部事项'
need "$docs/hidden_parts.docx" word/footnotes.xml '<w:footnote w:id="2">'
need "$docs/hidden_parts.docx" word/footer1.xml '印发'
need "$docs/hidden_parts.docx" docProps/app.xml '<Company>'
need "$docs/roster.xlsx" xl/workbook.xml 'state="hidden"'
need "$docs/roster.xlsx" xl/workbook.xml 'state="veryHidden"'
need "$docs/roster.xlsx" xl/worksheets/sheet1.xml 'hidden="true"'
need "$docs/roster.xlsx" xl/comments1.xml '仅供内部参考'
[ "$(pdfinfo "$docs/prose.pdf" | awk '/^Pages:/{print $2}')" = 2 ] || { echo "make-fixtures: prose.pdf is not 2 pages" >&2; exit 1; }
pdftotext -f 2 -l 2 "$docs/prose.pdf" "$work/p2.txt"
grep -q 330106198503121231 "$work/p2.txt" || { echo "make-fixtures: prose.pdf page 2 lacks the ID" >&2; exit 1; }
[ -z "$(pdftotext "$docs/scanned.pdf" - | tr -d '[:space:]')" ] || { echo "make-fixtures: scanned.pdf has text" >&2; exit 1; }

for f in "$docs"/*.docx "$docs"/*.xlsx "$docs"/*.pdf "$docs"/*.txt "$docs"/*.html "$bad"/*; do
	printf '%8d  %s\n' "$(stat -c %s "$f")" "${f#"$here"/}"
done
echo "make-fixtures: done"
