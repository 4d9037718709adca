#!/bin/sh
# LibreOffice conversions for blind20-places: odf.sh OUT WORK
set -eu
OUT=$1; WORK=$2
LO="-env:UserInstallation=file://$WORK/lo"
cv() { # from-file to-ext new-name
  d=$WORK/cv; rm -rf "$d"; mkdir -p "$d"
  nice soffice $LO --headless --convert-to "$2" --outdir "$d" "$1" >/dev/null 2>&1
  mv "$d"/* "$OUT/$3"
}
cv "$WORK/o07_hidden_section_card.fodt" odt o07_hidden_section_card.odt
cv "$WORK/o08_hidden_section_clean.fodt" odt o08_hidden_section_clean.odt
cv "$OUT/d01_comment_mobile.docx" odt o01_comment_mobile.odt
cv "$OUT/d05b_footnote_id.docx" odt o02_footnote_id.odt
cv "$OUT/d06_footnote_clean.docx" odt o03_footnote_clean.odt
cv "$OUT/x01_hidden_sheet_id.xlsx" ods o04_hidden_sheet_id.ods
cv "$OUT/x07_note_passport.xlsx" ods o05_note_passport.ods
cv "$OUT/x11_footer_mobile.xlsx" ods o06_footer_mobile.ods
cv "$OUT/p01_notes_mobile.pptx" odp o09_notes_mobile.odp
