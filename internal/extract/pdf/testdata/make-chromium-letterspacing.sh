#!/usr/bin/env bash
# chromium_letterspacing.pdf: Chromium prints CSS letter-spacing by
# placing every glyph with its own Td (no Tc, no TJ), so an ID and a
# mobile with letter-spacing are single glyphs at an even pitch.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/p.html" <<'HTML'
<html><head><meta charset="utf-8"></head><body style="font-family:'Noto Sans CJK SC'">
<p>身份证号：<span style="letter-spacing:6px">110101199003074514</span></p>
<p style="letter-spacing:4px">联系 电话 13812345678 办公室</p>
<p>普通文字 word spacing test 123 456</p>
</body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$tmp/out.pdf" "file://$tmp/p.html" 2>/dev/null
mv "$tmp/out.pdf" chromium_letterspacing.pdf
