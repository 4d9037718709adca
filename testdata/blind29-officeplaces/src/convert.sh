#!/bin/bash
# LibreOffice conversions of some generated files into legacy formats (run from src/)
set -e
cd "$(dirname "$0")/.."
T=$(mktemp -d)
P="-env:UserInstallation=file://$T/profile"
conv() { # src ext filter newname
  soffice $P --headless --convert-to "$2:$3" --outdir "$T" "$1" >/dev/null 2>&1
  mv "$T/${1%.*}.$2" "$4"
}
conv d32_del_id.docx doc "MS Word 97" c01_del_id.doc
conv d37_endnote_clean.docx doc "MS Word 97" c02_endnote_clean.doc
conv x06_veryhidden_sheet_ids.xlsx xls "MS Excel 97" c03_veryhidden_sheet_ids.xls
conv x09_numfmt_literal_clean.xlsx xls "MS Excel 97" c04_numfmt_clean.xls
conv p01_notes_mobile.pptx ppt "MS PowerPoint 97" c05_notes_mobile.ppt
conv d31_vanish_note.docx doc "MS Word 97" c06_vanish_note.doc
rm -rf "$T"
