#!/bin/sh
# Regenerate the blind19-web corpus (fixed seed 19) into this folder.
# Needs /usr/bin/python3 with PIL and fontTools, chromium, node >= 20.10,
# fonts-noto-cjk.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/blind19-web-work.XXXXXX)
/usr/bin/python3 "$HERE/src/gen.py" "$HERE" "$WORK" pages
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --window-size=800,300 --screenshot="$WORK/shot.png" "file://$WORK/shot.html" >/dev/null 2>&1
/usr/bin/python3 "$HERE/src/gen.py" "$HERE" "$WORK" finish
node --experimental-websocket "$HERE/src/mhtml.js" \
  "$WORK/m01/index.html" "$HERE/m01_chrome_mhtml_marking_picture.mhtml" \
  "$WORK/m02/index.html" "$HERE/m02_chrome_mhtml_refund_cards.mhtml" \
  "$WORK/m03/index.html" "$HERE/m03_chrome_mhtml_clean.mhtml" 2>/dev/null
rm -rf "$WORK"
ls "$HERE" | grep -c -E '\.(html|mhtml)$'
