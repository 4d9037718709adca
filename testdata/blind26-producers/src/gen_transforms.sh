#!/bin/sh
# Ghostscript / qpdf / mutool transforms of the corpus's own PDFs (run after the generators)
set -e
cd "$(dirname "$0")/.."
GS="gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite"
$GS -sOutputFile=tr01_gs_columns_id.pdf wp02_columns_id.pdf
qpdf --object-streams=generate --compress-streams=y tex01_notice_clean.pdf tr02_qpdf_objstm_clean.pdf
qpdf --linearize ca02_pango_spaced_card.pdf tr03_qpdf_linear_card.pdf
mutool clean -d -gggg mu03_pieces_mobile.pdf tr04_mutool_clean_mobile.pdf
$GS -dPDFSETTINGS=/ebook -sOutputFile=tr05_gs_twocol_clean.pdf tex06_twocol_report_clean.pdf
mutool convert -o tr06_mutool_convert_marking.pdf pd08_marking_pdf.pdf
$GS -dCompatibilityLevel=1.4 -sOutputFile=tr07_gs_charspace_mobile.pdf js02_charspace_mobile.pdf
qpdf --stream-data=compress --object-streams=generate mt04_late_marking.pdf tr08_qpdf_late_marking.pdf
$GS -dNoOutputFonts -sOutputFile=tr09_gs_outlines_notice.pdf mu01_notice_clean.pdf
mutool clean -a -z gf01_notice_clean.pdf tr10_mutool_ascii_clean.pdf
echo transforms ok
