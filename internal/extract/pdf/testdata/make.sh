#!/bin/sh
# Regenerates the PDF fixtures of this package (the others are in
# /testdata, made by testdata/gen/fixtures.py). Needs qpdf.
set -e
cd "$(dirname "$0")"
# marking.pdf with its objects in object streams and a cross-reference
# stream, as Word and Acrobat write them.
qpdf --object-streams=generate ../../../../testdata/docs/marking.pdf objstm.pdf
