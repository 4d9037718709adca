#!/usr/bin/env bash
# make-fixtures.sh regenerates the XML office fixtures of packages odf,
# wordml and xmlss with LibreOffice, from the hand-written flat
# OpenDocument sources in src/:
#
#   review.fodt -> odf/testdata/review.fodt (LibreOffice's own flat ODT)
#               -> wordml/testdata/review.xml ("MS Word 2003 XML")
#   roster.fods -> odf/testdata/roster.fods, xmlss/testdata/roster.xml
#                  ("MS Excel 2003 XML")
#   deck.fodp   -> odf/testdata/deck.fodp
#
# LibreOffice's Word 2003 and Excel 2003 XML export filters drop hidden
# text, tracked changes, hidden columns and sheets and cell comments, so
# wordml/testdata/word2003.xml and xmlss/testdata/excel2003.xml, written
# by hand in the shape Office 2003 writes, hold those; this script does
# not touch them.
#
#   apt-get install -y --no-install-recommends libreoffice-writer libreoffice-calc libreoffice-impress
#   bash internal/extract/odf/testdata/make-fixtures.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
extract=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d /tmp/mishen-xmloffice.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

convert() { # convert SOURCE FILTER OUTDIR
	soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to "$2" --outdir "$3" "$1" >/dev/null 2>&1
}
convert "$here/src/review.fodt" fodt "$tmp/odf"
convert "$here/src/roster.fods" fods "$tmp/odf"
convert "$here/src/deck.fodp" fodp "$tmp/odf"
convert "$here/src/review.fodt" "xml:MS Word 2003 XML" "$tmp/wordml"
convert "$here/src/roster.fods" "xml:MS Excel 2003 XML" "$tmp/xmlss"

cp "$tmp/odf/review.fodt" "$tmp/odf/roster.fods" "$tmp/odf/deck.fodp" "$here/"
cp "$tmp/wordml/review.xml" "$extract/wordml/testdata/review.xml"
cp "$tmp/xmlss/roster.xml" "$extract/xmlss/testdata/roster.xml"

# Each still is what its tests read it for.
grep -q 'text:display="none"' "$here/review.fodt"
grep -q 'table:visibility="collapse"' "$here/roster.fods"
grep -q 'presentation:notes' "$here/deck.fodp"
grep -q 'wordDocument' "$extract/wordml/testdata/review.xml"
grep -q '<Font html:Color' "$extract/xmlss/testdata/roster.xml"
ls -l "$here"/*.fod? "$extract/wordml/testdata/review.xml" "$extract/xmlss/testdata/roster.xml"
