#!/bin/sh
# Makes the reading-order fixtures of this package with real producers:
# Chromium (a font whose cmap maps ideographs to radical code points, so
# the true text is only in /ActualText), LibreOffice with the 公文 fonts
# missing (fallback glyphs), and Ghostscript drawing text as outlines
# (no text layer). Needs chromium, soffice, gs and fonts-noto-cjk. The
# personal data is synthetic (a check-digit-valid ID of no one).
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chrome() {
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
		--user-data-dir="$tmp/profile" --print-to-pdf="$2" "file://$1" 2>/dev/null
}
cat >"$tmp/radicals.html" <<'HTML'
<html><head><meta charset="utf-8"></head><body style="font-family:'Noto Sans CJK JP'">
<p>机密★长期</p><p>关于征求人民群众意见的通知</p><p>联系人身份证号：110101199003074514</p></body></html>
HTML
chrome "$tmp/radicals.html" chromium_radicals.pdf
cat >"$tmp/nofonts.html" <<'HTML'
<html><head><meta charset="utf-8"></head><body>
<p style="font-family:'仿宋_GB2312';font-size:16pt">秘密★6个月</p>
<p style="font-family:'方正小标宋简体';font-size:22pt;text-align:center">关于做好年度工作的通知</p>
<p style="font-family:'仿宋_GB2312';font-size:16pt">各区县人民政府，市政府各部门：现将有关事项通知如下。</p>
</body></html>
HTML
(cd "$tmp" && soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to odt nofonts.html >/dev/null 2>&1 &&
	soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf nofonts.odt >/dev/null 2>&1)
cp "$tmp/nofonts.pdf" libreoffice_nofonts.pdf
# A table whose ID column is too narrow: Chromium wraps the ID over three
# lines inside its cell, on the baseline of its neighbours. Borders are
# thin filled rectangles (Chromium) or stroked lines (LibreOffice).
cat >"$tmp/table.html" <<'HTML'
<html><head><meta charset="utf-8"><style>table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px}</style></head><body>
<p>附件：人员名单</p>
<table border="1" cellspacing="0"><tr><th>姓名</th><th style="width:60px">身份证号</th><th>联系电话</th></tr>
<tr><td>张某某</td><td style="width:60px;word-break:break-all">110101199003074514</td><td>13812345678</td></tr>
<tr><td>李某</td><td style="width:60px;word-break:break-all">330106</td><td>2023</td></tr></table></body></html>
HTML
chrome "$tmp/table.html" chromium_table.pdf
(cd "$tmp" && soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to odt table.html >/dev/null 2>&1 &&
	soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf table.odt >/dev/null 2>&1)
cp "$tmp/table.pdf" libreoffice_table.pdf
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -dNoOutputFonts -sOutputFile=outlines.pdf libreoffice_nofonts.pdf
ls -l chromium_radicals.pdf libreoffice_nofonts.pdf outlines.pdf chromium_table.pdf libreoffice_table.pdf
