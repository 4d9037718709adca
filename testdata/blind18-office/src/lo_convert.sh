#!/bin/sh
# Converts src/lo/* with LibreOffice as listed in src/lo/plan.txt.
set -e
cd "$(dirname "$0")/lo"
PROFILE="-env:UserInstallation=file:///tmp/blind18-office-lo-profile"
OUTDIR=$(pwd)/conv
rm -rf "$OUTDIR"; mkdir -p "$OUTDIR"
while read -r src fmt out; do
  case "$src:$fmt" in
    *.html:docx) soffice $PROFILE --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$OUTDIR" "$src" >/dev/null 2>&1 ;;
    *.fodt:docx) soffice $PROFILE --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$OUTDIR" "$src" >/dev/null 2>&1 ;;
    *.fods:xlsx) soffice $PROFILE --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$OUTDIR" "$src" >/dev/null 2>&1 ;;
    *.fodp:pptx) soffice $PROFILE --headless --convert-to 'pptx:Impress MS PowerPoint 2007 XML' --outdir "$OUTDIR" "$src" >/dev/null 2>&1 ;;
    *) soffice $PROFILE --headless --convert-to "$fmt" --outdir "$OUTDIR" "$src" >/dev/null 2>&1 ;;
  esac
  base=${src%.*}
  cp "$OUTDIR/$base.$fmt" "../../$out"
  echo "$out"
done < plan.txt
rm -rf "$OUTDIR"
