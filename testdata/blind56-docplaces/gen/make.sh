#!/bin/bash
# Re-create blind56-docplaces in the folder above gen/ (or $B56_OUT).
# Installs what is missing into /tmp only: python-docx and openpyxl from Debian's
# packages (unpacked with dpkg -x), the npm package docx.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
if ! $PY -c 'import docx, openpyxl' 2>/dev/null; then
  if [ ! -d /tmp/pyroot/usr/lib/python3/dist-packages/docx ]; then
    d=$(mktemp -d); (cd "$d" && apt-get download python3-docx python3-openpyxl python3-et-xmlfile >/dev/null)
    for f in "$d"/*.deb; do dpkg -x "$f" /tmp/pyroot; done
  fi
  export PYTHONPATH=/tmp/pyroot/usr/lib/python3/dist-packages${PYTHONPATH:+:$PYTHONPATH}
fi
if ! node -e 'require("docx")' 2>/dev/null; then
  if [ ! -d /tmp/npmdocx/node_modules/docx ]; then
    mkdir -p /tmp/npmdocx && (cd /tmp/npmdocx && npm init -y >/dev/null && npm install docx@9 >/dev/null)
  fi
  export NODE_PATH=/tmp/npmdocx/node_modules
fi
exec $PY "$here/make.py"
