#!/bin/sh
# make-shown.sh rebuilds the fixtures of a scan whose text layer the page
# does not show (shown.py, ReportLab) and their near misses: a Chromium
# page with a picture background under visible text, a LibreOffice page
# whose background picture is tiled under its text, and a white title
# on a dark picture banner. Needs python3-reportlab, imagemagick,
# chromium, libreoffice-writer and fonts-noto-cjk. The scan is the OCR fixtures' marked.png.
set -eu
cd "$(dirname "$0")"
PY=/usr/bin/python3
scan=../../../ocr/testdata/marked.png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The scan cut into eight strips, each its own image.
convert "$scan" -crop 1x8@ +repage -strip "$tmp/strip-%d.png"
"$PY" shown.py strips "$scan" shown_strips.pdf $(ls "$tmp"/strip-*.png | sort -t- -k2 -n)
"$PY" shown.py white "$scan" shown_white.pdf
"$PY" shown.py over "$scan" shown_over.pdf

# A dark banner picture across the head (a website's page banner).
convert -size 400x60 gradient:'#203050'-'#405080' -strip "$tmp/banner.png"
"$PY" shown.py banner "$tmp/banner.png" shown_banner.pdf

# Chromium: a full-page CSS background picture (light paper), drawn
# first, under a notice in visible text.
convert -size 200x283 gradient:'#ffffff'-'#e8e4d8' -strip "$tmp/paper.png"
cat > "$tmp/background.html" <<'HTML'
<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0 }
html, body { margin: 0; height: 100% }
body { background: url(paper.png) center / cover no-repeat; -webkit-print-color-adjust: exact;
  print-color-adjust: exact; font: 16px "Noto Sans CJK SC", sans-serif; }
main { padding: 90px 80px }
</style></head><body><main>
<h1>关于暂停供水的通知</h1>
<p>各位居民：</p>
<p>因管道检修，本小区定于周六上午暂停供水，请提前储水。周日上午暂停供水，请提前储水。</p>
<p>因管道检修，本小区定于周六下午暂停供水，请提前储水。</p>
</main></body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--print-to-pdf="$tmp/background.pdf" "file://$tmp/background.html" 2>/dev/null
cp "$tmp/background.pdf" shown_background.pdf

# LibreOffice Writer: the same notice as HTML with a body background,
# which Writer makes the page's background and draws as tiles.
cat > "$tmp/tiled.html" <<'HTML'
<!doctype html><html><head><meta charset="utf-8"></head>
<body background="paper.png" style="font-family:'Noto Sans CJK SC'">
<p>关于暂停供水的通知</p>
<p>各位居民：</p>
<p>因管道检修，本小区定于周六上午暂停供水，请提前储水。周日上午暂停供水，请提前储水。</p>
<p>因管道检修，本小区定于周六下午暂停供水，请提前储水。</p>
</body></html>
HTML
(cd "$tmp" && soffice --headless --infilter='HTML (StarWriter)' --convert-to pdf:writer_pdf_Export tiled.html >/dev/null 2>&1)
cp "$tmp/tiled.pdf" shown_background_lo.pdf
