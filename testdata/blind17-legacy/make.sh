#!/usr/bin/env bash
# Regenerates testdata/blind17-legacy from src/ (fixed seed 17 in src/pii.py).
# Needs: /usr/bin/python3 with python-docx, openpyxl, olefile and LibreOffice's uno
# module; LibreOffice (soffice); gsf (Debian libgsf-bin) to repack .ppt files.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(mktemp -d /tmp/blind17-legacy-build.XXXXXX)
trap 'rm -rf "$build"' EXIT
find "$here" -maxdepth 1 -type f ! -name make.sh ! -name README.md -delete
/usr/bin/python3 "$here/src/gen.py" "$build" "$here"
/usr/bin/python3 "$here/src/convert.py" "$build" "$here"
ls "$here" | wc -l
