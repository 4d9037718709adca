#!/bin/bash
# Re-runnable generator of blind54-pdfplaces. Writes the PDFs, labels.json and
# README.md into the folder above gen/ (or $B54_OUT); intermediates go to
# $B54_BUILD (default /tmp/b54build). Needs Debian's python3 with reportlab,
# pikepdf, PIL, img2pdf; pypdf is unpacked from its Debian package under /tmp;
# pdf-lib, @pdf-lib/fontkit and pdfkit are installed from npm under /tmp.
set -euo pipefail
GEN=$(cd "$(dirname "$0")" && pwd)
export B54_OUT=${B54_OUT:-$(dirname "$GEN")}
export B54_BUILD=${B54_BUILD:-/tmp/b54build}
PY=/usr/bin/python3
mkdir -p "$B54_BUILD" "$B54_OUT"
B=$B54_BUILD; O=$B54_OUT

# --- tools under /tmp
if [ ! -d /tmp/b54deb/root/usr/lib/python3/dist-packages/pypdf ]; then
  mkdir -p /tmp/b54deb && (cd /tmp/b54deb && apt-get download python3-pypdf && dpkg -x python3-pypdf_*.deb root)
fi
if [ ! -d /tmp/b54npm/node_modules/pdf-lib ]; then
  mkdir -p /tmp/b54npm && (cd /tmp/b54npm && npm init -y >/dev/null && npm install pdf-lib @pdf-lib/fontkit pdfkit)
fi
export NODE_PATH=/tmp/b54npm/node_modules

rm -f "$O"/*.pdf
$PY "$GEN/build_py.py" base

# --- LibreOffice
SOFF="soffice --headless -env:UserInstallation=file://$B/lo-profile"
for f in p09 p04 p44 p66 p70 p18; do $SOFF --convert-to pdf --outdir "$B" "$B/$f.fodt" >/dev/null 2>&1; done
for f in att_marking att_clean; do $SOFF --convert-to docx --outdir "$B" "$B/$f.fodt" >/dev/null 2>&1; done
cp "$B/p09.pdf" "$O/p09_header_internal.pdf"
qpdf "$B/p04.pdf" --rotate=+270:1 "$O/p04_rotate270_clean.pdf"
cp "$B/p44.pdf" "$O/p44_info_author_clean.pdf"
qpdf "$B/p66.pdf" --object-streams=generate "$O/p66_objstm_agency_email_clean.pdf"
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$O/p70_gs_redistill_clean.pdf" "$B/p70.pdf"
cp "$B/p18.pdf" "$O/p18_acro_filled_masked_clean.pdf"

# --- npm: pdf-lib, pdfkit
node "$GEN/build_npm.js"

# --- the rest of the Python producers
$PY "$GEN/build_py.py" all

# --- Chromium
CHR="chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$B/chr-profile --no-pdf-header-footer"
pr() { $CHR --print-to-pdf="$2" ${3:-} "file://$B/$1.html" >/dev/null 2>&1; }
pr p08 "$O/p08_twocol_clean.pdf"
pr p10 "$O/p10_header_footer_clean.pdf"
pr p26 "$B/p26.pdf"; qpdf --linearize "$B/p26.pdf" "$O/p26_link_public_clean.pdf"
pr p27 "$O/p27_link_local_host.pdf"
pr p47 "$O/p47_outline_clean.pdf" --generate-pdf-document-outline

# --- Ghostscript: text as outlines only
for f in p59:p59_outlines_id p60:p60_outlines_clean; do
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dNoOutputFonts -sOutputFile="$O/${f#*:}.pdf" "$B/${f%%:*}.src.pdf"
done

# --- qpdf structure edits
qpdf "$B/p32.att.pdf" --object-streams=generate "$O/p32_attach_txt_id.pdf"
qpdf "$B/p36.src.pdf" "$O/p36_attach_clean.pdf" --add-attachment "$B/p36.csv" --key=zhibiao.csv --filename=主要指标.csv --mimetype=text/csv --
qpdf --qdf --object-streams=disable "$B/p68.src.pdf" "$B/p68.qdf.pdf"
$PY - "$B/p68.qdf.pdf" "$B/p68.edit.pdf" <<'PYEOF'
import sys, json
v = json.load(open("/tmp/b54build/values.json"))
d = open(sys.argv[1], "rb").read()
ph = "PASSPORT_PLACEHOLDER".encode("utf-16-be").hex().encode()
assert ph in d, "placeholder not found"
d = d.replace(ph, v["PASSPORT"].encode("utf-16-be").hex().encode())
open(sys.argv[2], "wb").write(d)
PYEOF
fix-qdf "$B/p68.edit.pdf" > "$O/p68_qdf_passport.pdf"

# --- mutool
mutool create -o "$O/p67_person_email_info.pdf" "$B/p67.txt"
mutool clean -a "$B/p11.src.pdf" "$O/p11_footer_unc.pdf"

# --- labels and README
$PY "$GEN/labels.py"
ls "$O"/*.pdf | wc -l
