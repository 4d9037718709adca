#!/usr/bin/env bash
# Regenerates every file of testdata/blind20-gongwen and labels.json.
# Needs: /usr/bin/python3 with python-docx, reportlab, fontTools; node + npm
# (docx, pdfkit, pdf-lib, @pdf-lib/fontkit installed into $NPMDIR, not the repo);
# LibreOffice (soffice), Chromium, fonts-noto-cjk, fonts-wqy-microhei.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NPMDIR=${NPMDIR:-/tmp/blind20-gongwen-npm}
WORK=$(mktemp -d); OUT=$WORK/out; SRC=$WORK/src; mkdir -p "$OUT" "$SRC"
export PYTHONHASHSEED=0 SOURCE_DATE_EPOCH=1796515200
if [ ! -d "$NPMDIR/node_modules/pdf-lib" ]; then
  mkdir -p "$NPMDIR"; (cd "$NPMDIR" && npm init -y >/dev/null && npm install docx pdfkit pdf-lib @pdf-lib/fontkit >/dev/null)
fi
/usr/bin/python3 -c "from fontTools.ttLib import TTCollection; TTCollection('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc').fonts[0].save('$WORK/wqy.ttf')"
/usr/bin/python3 "$HERE/src/make.py" "$OUT" "$SRC"
WQY_TTF=$WORK/wqy.ttf NODE_PATH=$NPMDIR/node_modules node "$HERE/src/make_npm.js" "$OUT" "$SRC/labels_npm.json"

lo() { # lo SRC FILTER OUTNAME
  local d; d=$(mktemp -d -p "$WORK")
  soffice -env:UserInstallation=file://$WORK/lo-profile --headless --convert-to "$2" --outdir "$d" "$1" >/dev/null 2>&1
  mv "$d"/* "$OUT/$3"
}
lo "$SRC/lo_banto.fodt"       pdf                            m60_lo_banto.pdf
lo "$SRC/lo_banto.fodt"       'doc:MS Word 97'               m61_lo_banto.doc
cp "$OUT/m61_lo_banto.doc" "$OUT/m71_lo_doc_named.wps"
lo "$SRC/lo_header.fodt"      odt                            m62_lo_header.odt
lo "$SRC/lo_textbox.fodt"     'docx:MS Word 2007 XML'        m64_lo_textbox.docx
lo "$SRC/lo_spaced.fodt"      pdf                            m66_lo_spaced.pdf
lo "$SRC/lo_attach.fodt"      pdf                            m67_lo_attach.pdf
lo "$SRC/lo_neibu.fodt"       'doc:MS Word 97'               m68_lo_neibu.doc
cp "$SRC/lo_fodt_itself.fodt" "$OUT/m69_lo_flat.fodt"
lo "$SRC/lo_rtf_mark.fodt"    rtf                            m70_lo_mark.rtf
lo "$OUT/m14_wsym_wingdings_star.docx" 'doc:MS Word 97'      m19_wsym_star.doc
lo "$SRC/lo_html_doc.html"    'doc:MS Word 97'               m72_lo_from_html.doc
lo "$SRC/lo_clean_jiaji.fodt" 'doc:MS Word 97'               p60_lo_jiaji.doc
lo "$SRC/lo_clean_law.fodt"   odt                            p62_lo_law.odt
lo "$SRC/lo_clean_news.fodt"  'docx:MS Word 2007 XML'        p64_lo_news.docx
lo "$OUT/p02_levels_reference_table.docx" pdf                p66_lo_levels_table.pdf

ch() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$WORK/chrome" --print-to-pdf="$OUT/$2" "file://$SRC/$1" >/dev/null 2>&1; }
ch ch_banto.html          m80_ch_banto.pdf
ch ch_table.html          m81_ch_table.pdf
ch ch_abs_last.html       m82_ch_abs_last.pdf
ch ch_split_spans.html    m84_ch_split_spans.pdf
ch ch_clean_training.html p80_ch_training.pdf
ch ch_clean_teji.html     p81_ch_teji.pdf
ch ch_clean_catalog.html  p82_ch_catalog.pdf
ch ch_clean_news.html     p83_ch_news.pdf
ch ch_clean_jiemi.html    p84_ch_jiemi.pdf
cp "$SRC/ht_page_marking.html"    "$OUT/m85_page_marking.html"
cp "$SRC/ht_page_clean.html"      "$OUT/p85_page_clean.html"
cp "$SRC/ht_page_jiemi_quote.html" "$OUT/m86_jiemi_quoted_marking.html"

/usr/bin/python3 "$HERE/src/labels.py" "$SRC" "$OUT" "$HERE"
rm -rf "$WORK"
