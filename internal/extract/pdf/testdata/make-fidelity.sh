#!/bin/sh
# Makes the fidelity fixtures: one source text (fidelity.txt) printed by
# several producers, so that a test can hold the extracted text of each
# against the source. LibreOffice with the 公文 fonts named and missing
# (fallback glyphs), Chromium, Ghostscript rewriting Chromium's file
# and LibreOffice's (pdfwrite re-encodes every font), qpdf putting LibreOffice's objects in
# object streams, and ReportLab with an embedded CJK TrueType subset.
# Needs soffice, chromium, gs, qpdf, /usr/bin/python3 with reportlab and
# fonts-noto-cjk / fonts-droid-fallback.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
	echo '<html><head><meta charset="utf-8"></head><body>'
	n=0
	while IFS= read -r line; do
		n=$((n + 1))
		case $n in
		1) echo "<p style=\"font-family:'黑体';font-size:16pt\">$line</p>" ;;
		2) echo "<p style=\"font-family:'方正小标宋简体';font-size:22pt;text-align:center\">$line</p>" ;;
		*) echo "<p style=\"font-family:'仿宋_GB2312';font-size:16pt\">$line</p>" ;;
		esac
	done <fidelity.txt
	echo '</body></html>'
} >"$tmp/fidelity.html"
(cd "$tmp" && soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to odt fidelity.html >/dev/null 2>&1 &&
	soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf fidelity.odt >/dev/null 2>&1)
cp "$tmp/fidelity.pdf" fidelity_libreoffice.pdf
qpdf --object-streams=generate fidelity_libreoffice.pdf fidelity_qpdf_objstm.pdf
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	--disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
	--user-data-dir="$tmp/chrome" --print-to-pdf=fidelity_chromium.pdf "file://$tmp/fidelity.html" 2>/dev/null
# Ghostscript rewriting LibreOffice keeps the text; rewriting Chromium it
# writes Type 3 fonts whose ToUnicode names wrong characters for some
# glyphs (pdftotext reads "县ÿ市1区"): that page must go to OCR.
gs -q -o fidelity_gs_libreoffice.pdf -sDEVICE=pdfwrite fidelity_libreoffice.pdf
gs -q -o fidelity_gs_chromium.pdf -sDEVICE=pdfwrite fidelity_chromium.pdf
/usr/bin/python3 - <<'PY'
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("Droid", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
c = canvas.Canvas("fidelity_reportlab.pdf", pagesize=(595, 842))
y = 790
for line in open("fidelity.txt", encoding="utf-8").read().splitlines():
    c.setFont("Droid", 11)
    while line:
        c.drawString(56, y, line[:44])
        line = line[44:]
        y -= 18
c.save()
PY
ls -l fidelity_*.pdf
