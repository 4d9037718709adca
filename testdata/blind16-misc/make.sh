#!/usr/bin/env bash
# Rebuilds every file of blind16-misc from src/ (seeded; values from src/values.py).
# Needs: /usr/bin/python3 with PIL, LibreOffice (soffice), chromium, zip, 7z, fonts-noto-cjk.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
cd "$here/src"
PY=/usr/bin/python3
$PY odf.py "$build"
$PY text.py "$here"
$PY images.py "$here"

# ODF made natively by LibreOffice from the flat sources.
profile="-env:UserInstallation=file://$build/profile"
(cd "$build" && soffice $profile --headless --convert-to odt --outdir "$here" odt_*.fodt >/dev/null 2>&1)
(cd "$build" && soffice $profile --headless --convert-to ods --outdir "$here" ods_*.fods >/dev/null 2>&1)
(cd "$build" && soffice $profile --headless --convert-to odp --outdir "$here" odp_*.fodp >/dev/null 2>&1)
(cd "$build" && soffice $profile --headless --convert-to docx --outdir "$build" zip_member_mobile.fodt >/dev/null 2>&1)
(cd "$build" && soffice $profile --headless --convert-to pdf --outdir "$build" zip_member_marking.fodt >/dev/null 2>&1)

# Chromium screenshot of a page whose marking heads it (2x device scale, about 190 dpi).
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=2 \
  --window-size=880,560 --screenshot="$here/img_chromium_marking.png" "file://$here/src/marking_page.html" >/dev/null 2>&1

$PY archives.py "$build" "$here"
$PY labels.py "$here/labels.json"

# Encrypted archives: ZipCrypto with zip -P, 7z with encrypted headers.
mkdir -p "$build/enc"
printf '名单\n陈某某 身份证号 %s\n' "$($PY -c 'import values; print(values.ID_C)')" > "$build/enc/名单.txt"
touch -d '2026-11-01 09:00:00' "$build/enc/名单.txt"
rm -f "$here/zip_encrypted.zip" "$here/7z_encrypted.7z" "$here/7z_plain_id.7z"
(cd "$build/enc" && zip -q -X -P 20261101 "$here/zip_encrypted.zip" 名单.txt)
(cd "$build/enc" && 7z a -bd -bso0 -p20261101 -mhe=on "$here/7z_encrypted.7z" 名单.txt)
(cd "$build/enc" && 7z a -bd -bso0 "$here/7z_plain_id.7z" 名单.txt)
echo "made $(ls "$here" | grep -v -e '^src$' -e '^labels.json$' -e '^make.sh$' -e '^README.md$' | wc -l) files"
