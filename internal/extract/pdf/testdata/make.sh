#!/bin/sh
# Regenerates the PDF fixtures of this package (the others are in
# /testdata, made by testdata/gen/fixtures.py). Needs qpdf.
set -e
cd "$(dirname "$0")"
# marking.pdf with its objects in object streams and a cross-reference
# stream, as Word and Acrobat write them.
qpdf --object-streams=generate ../../../../testdata/docs/marking.pdf objstm.pdf
# marking.pdf with a file attached (catalog /Names /EmbeddedFiles), as
# pdfattach (poppler-utils) writes it. The attachment is synthetic.
tmp=$(mktemp -d)
printf '姓名,身份证号\n张某某,110105198503071230\n' > "$tmp/roster.csv"
pdfattach ../../../../testdata/docs/marking.pdf "$tmp/roster.csv" attached.pdf
rm -r "$tmp"
