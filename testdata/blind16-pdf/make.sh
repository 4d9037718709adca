#!/usr/bin/env bash
# Rebuilds every file of blind16-pdf from src/. Values come from src/data.py (seeded);
# the bytes of Chromium, LibreOffice, Ghostscript and Tesseract output carry dates and may differ.
# Needs: chromium, soffice, ghostscript, qpdf, poppler-utils, img2pdf, tesseract (chi_sim), python3-reportlab,
# python3-fonttools, node with pdfkit, pdf-lib and @pdf-lib/fontkit in $NPM (default /tmp/blind16-npm).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
B=${B16_BUILD:-/tmp/blind16-build}
NPM=${NPM:-/tmp/blind16-npm}
export B16_BUILD=$B
rm -rf "$B" && mkdir -p "$B/lo"
PY=/usr/bin/python3
cd "$HERE/src"
$PY data.py > values.json
$PY make_font.py "$B/cjk.ttf" 2>/dev/null
$PY make_html.py
$PY make_fodt.py
$PY make_rl.py
$PY make_raw.py
$PY make_src.py
[ -d "$NPM/node_modules/pdf-lib" ] || (mkdir -p "$NPM" && cd "$NPM" && npm init -y >/dev/null && npm install pdfkit pdf-lib @pdf-lib/fontkit >/dev/null)
NODE_PATH=$NPM/node_modules node make_node.js

cd "$B"
# Chromium: print every page.
for h in c*.html qsrc_q01.html; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="${h%.html}.pdf" "file://$B/$h" >/dev/null 2>&1
done
# LibreOffice: l06 goes through DOCX, l09 through ODT, the rest straight to PDF.
soffice --headless --convert-to docx --outdir "$B/lo" l06_docx_table.fodt >/dev/null 2>&1
soffice --headless --convert-to odt --outdir "$B/lo" l09_odt_passport.fodt >/dev/null 2>&1
rm -f l06_docx_table.fodt l09_odt_passport.fodt
soffice --headless --convert-to pdf --outdir "$B" ./*.fodt lo/l06_docx_table.docx lo/l09_odt_passport.odt >/dev/null 2>&1

GS="gs -q -dNOPAUSE -dBATCH -dSAFER"
# Ghostscript.
$GS -sDEVICE=pdfwrite -o g01_gs_redistill_lo.pdf src_g01.pdf
$GS -sDEVICE=pdfwrite -dNoOutputFonts -o g02_gs_nooutputfonts.pdf src_g02.pdf
$GS -sDEVICE=pdfimage24 -r150 -o g03_gs_pdfimage24.pdf src_g03.pdf
$GS -sDEVICE=pdfwrite -dCompatibilityLevel=1.4 -o g04_gs_clean_redistill.pdf k03_pdfkit_clean.pdf
cat > g05.ps <<PS
%!PS-Adobe-3.0
/Helvetica findfont 14 scalefont setfont
72 760 moveto (Jianglin Municipal Data Bureau - System maintenance notice) show
72 730 moveto (The document exchange server moves to http://$(jq -r '.ips[3]' "$HERE/src/values.json")/gwjh/ on 2026-12-20.) show
72 700 moveto (Old share: \\\\\\\\fs01\\\\gongwen\\\\2026 will be read-only.) show
showpage
PS
ps2pdf g05.ps g05_ps2pdf_intranet.pdf
$GS -sDEVICE=pdfwrite -dNoOutputFonts -o g06_gs_clean_nooutputfonts.pdf src_g06.pdf

# qpdf.
qpdf --object-streams=generate --compress-streams=y --recompress-flate qsrc_q01.pdf q01_qpdf_objstm.pdf
qpdf --encrypt "" owner-b16 256 --print=none --extract=n --modify=none -- src_q02.pdf q02_qpdf_aes256_owner.pdf
qpdf --allow-weak-crypto --encrypt "" owner-b16 40 --print=n --extract=n -- src_q03.pdf q03_qpdf_rc4_40_owner.pdf
qpdf --encrypt user-b16 owner-b16 256 -- src_q04.pdf q04_qpdf_user_password.pdf
qpdf --empty --pages k03_pdfkit_clean.pdf src_q05.pdf 1 -- q05_qpdf_pages_merge.pdf
qpdf --linearize l11_clean_header_prose.pdf q06_qpdf_linearized_clean.pdf
qpdf --split-pages src_q07.pdf q07part.pdf
qpdf --qdf --object-streams=disable --stream-data=uncompress q07part-2.pdf q07_qpdf_split_uncompressed.pdf

# Scans.
pdftoppm -r 150 -gray -png -singlefile src_s01.pdf s01 && img2pdf --pagesize A4 -o s01_img2pdf_scan_marking.pdf s01.png
pdftoppm -r 300 -gray -png -singlefile src_s02.pdf s02 && tesseract s02.png s02_tesseract_ocr_layer -l chi_sim+eng --dpi 300 pdf >/dev/null 2>&1
pdftoppm -r 150 -gray -png -singlefile src_s03a.pdf s03 && img2pdf --pagesize A4 -o s03cover.pdf s03.png
qpdf --empty --pages s03cover.pdf src_s03b.pdf -- s03_mixed_scan_cover.pdf
pdftoppm -r 150 -gray -png -singlefile src_s04.pdf s04 && img2pdf --pagesize A4 -o s04_img2pdf_clean_scan.pdf s04.png
pdftoppm -r 150 -gray -png -singlefile src_s05.pdf s05_scan_id
pdftoppm -r 150 -gray -jpeg -jpegopt quality=80 -singlefile src_s06.pdf s06_scan_clean
pdftoppm -r 150 -gray -png -singlefile src_s07.pdf s07 && $PY - <<PYEOF
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas("s07_rl_drawimage_scan.pdf", pagesize=A4, invariant=1)
c.drawImage("s07.png", 0, 0, width=A4[0], height=A4[1])
c.showPage(); c.save()
PYEOF
pdftoppm -r 300 -gray -png -singlefile src_s08.pdf s08 && tesseract s08.png s08_tesseract_clean -l chi_sim+eng --dpi 300 pdf >/dev/null 2>&1

# Added after the first run: fonts that lost their character map. qpdf --qdf, the /ToUnicode key renamed, fix-qdf.
nocmap() { qpdf --qdf --object-streams=disable "$1" nc.pdf && sed 's|/ToUnicode|/ToUnicodX|g' nc.pdf > nc2.pdf && fix-qdf nc2.pdf > nc3.pdf && qpdf --compress-streams=y --object-streams=generate nc3.pdf "$2"; }
nocmap r01_rl_marking_reverse.pdf z03_rl_marking_no_tounicode.pdf
nocmap r05_rl_rotated_page.pdf z04_rl_ids_no_tounicode.pdf
nocmap c02_table_wrap_id.pdf z05_chromium_table_no_tounicode.pdf
nocmap k03_pdfkit_clean.pdf z06_pdfkit_clean_no_tounicode.pdf
nocmap r11_rl_clean_numbers.pdf z07_rl_clean_no_tounicode.pdf

# Collect.
cd "$HERE"
rm -f ./*.pdf ./*.png ./*.jpg
for f in "$B"/[clrxkpgqsz][0-9][0-9]_*.pdf "$B"/s05_scan_id.png "$B"/s06_scan_clean.jpg; do cp "$f" "$HERE/"; done
ls -la "$HERE" | tail -n +2 | wc -l
