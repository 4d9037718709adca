#!/bin/sh
# make.sh rebuilds the OCR fixtures in this folder from page.py: text PDFs
# set by ReportLab, rasterised by pdftoppm and wrapped back by img2pdf (a
# scan), as PNG, JPEG and TIFF uploads, a rotated noisy scan (ImageMagick),
# pages turned sideways and upside down,
# the scan pasted into a DOCX and an XLSX (LibreOffice), the page with
# its text drawn as outlines (ghostscript), the text layer without its
# character map (pdftops, ps2pdf), a page of specks
# that holds no text, a faded page, a bomb header, and pictures among a
# notice's text printed to PDF (picture.py notice). Needs
# python3-reportlab, fonts-droid-fallback, fonts-dejavu-core,
# fonts-noto-cjk, poppler-utils, img2pdf, imagemagick, ghostscript,
# libreoffice-writer, libreoffice-calc and chromium. Run from anywhere; the output is deterministic up to
# the producers' versions.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 page.py "$tmp"

# A scan at 300 dpi (1-bit, as office scanners store text pages) and at
# 150 dpi (grey), each wrapped back into a PDF.
pdftoppm -r 300 -mono "$tmp/marked.pdf" "$tmp/m300"
convert "$tmp"/m300-1.pbm -strip "$tmp/m300.png"
img2pdf --pagesize A4 -o scan300.pdf "$tmp/m300.png"
pdftoppm -r 150 -gray -png "$tmp/marked.pdf" "$tmp/m150"
convert "$tmp"/m150-1.png -strip -depth 4 "$tmp/m150.png"
img2pdf --pagesize A4 -o scan150.pdf "$tmp/m150.png"
pdftoppm -r 300 -mono "$tmp/clean.pdf" "$tmp/c300"
convert "$tmp"/c300-1.pbm -strip "$tmp/c300.png"
img2pdf --pagesize A4 -o clean300.pdf "$tmp/c300.png"

# Uploads: a PNG, a JPEG and a G4 TIFF of the marked page.
convert "$tmp/m150.png" -strip marked.png
pdftoppm -r 150 -gray -jpeg -jpegopt quality=50 "$tmp/marked.pdf" "$tmp/m200"
convert "$tmp"/m200-1.jpg -strip -quality 50 marked.jpg
convert "$tmp/m300.png" -strip -compress Group4 marked.tif
# A TIFF of JPEG strips (as colour scanners store pages): Tesseract reads
# it, Go's TIFF decoder does not.
convert marked.jpg -strip -compress JPEG -quality 60 marked_jpeg.tif
# The same, small enough to be enlarged before reading (upscale).
convert marked.jpg -resize 60% -strip -compress JPEG -quality 70 small_jpeg.tif
# A two-page TIFF whose second page is the marked one.
convert "$tmp/c300.png" "$tmp/m300.png" -strip -compress Group4 pages.tif

# A scan pasted as a picture into a DOCX and over an XLSX sheet (LibreOffice).
/usr/bin/python3 picture.py marked.png "$tmp/picture"
(cd "$tmp" && soffice --headless --convert-to docx picture.fodt >/dev/null 2>&1 &&
	soffice --headless --convert-to xlsx picture.fods >/dev/null 2>&1)
cp "$tmp/picture.docx" "$tmp/picture.xlsx" .

# The text drawn as outlines, no text layer (ghostscript).
gs -q -o outlines.pdf -sDEVICE=pdfwrite -dNoOutputFonts "$tmp/marked.pdf"

# The text layer without its character map: pdftops then ps2pdf turns the
# embedded fonts into ones whose codes map to no text (unreadable.font_encoding).
pdftops "$tmp/marked.pdf" "$tmp/marked.ps"
ps2pdf "$tmp/marked.ps" pdftops.pdf

# A rotated, noisy scan.
pdftoppm -r 150 -gray -png "$tmp/marked.pdf" "$tmp/n150"
convert "$tmp"/n150-1.png -background white -rotate 1 -attenuate 0.5 +noise Gaussian \
	-colorspace Gray -strip -quality 40 "$tmp/noisy.jpg"
img2pdf --pagesize A4 -o noisy.pdf "$tmp/noisy.jpg"

# A red 收文 stamp pressed over the marking, in colour (Noto Sans CJK
# SC): a colour scan in a PDF at 150 dpi, and a JPEG upload at 100 dpi.
# Read in grey, the stamped line is nothing and the title under it reads
# plainly, so only the red ink says to read the head again.
convert marked.png -colorspace sRGB -type TrueColor \( -size 1241x1754 xc:white -fill none \
	-stroke 'rgb(215,35,35)' -strokewidth 9 -draw "ellipse 245,172 120,62 0,360" -stroke none \
	-fill 'rgb(225,60,60)' -font Noto-Sans-CJK-SC -pointsize 44 -draw "text 150,160 '收文专用'" \
	-draw "text 160,215 '2026.3.1'" \) -compose multiply -composite -strip -quality 80 "$tmp/stamped.jpg"
img2pdf --pagesize A4 -o stamped.pdf "$tmp/stamped.jpg"
convert "$tmp/stamped.jpg" -resize 66% -strip -quality 80 stamped.jpg
# The same stamp in blue ink, as some offices' 收文 stamps are.
convert marked.png -colorspace sRGB -type TrueColor \( -size 1241x1754 xc:white -fill none \
	-stroke 'rgb(40,60,190)' -strokewidth 9 -draw "ellipse 245,172 120,62 0,360" -stroke none \
	-fill 'rgb(50,70,200)' -font Noto-Sans-CJK-SC -pointsize 44 -draw "text 150,160 '收文专用'" \
	-draw "text 160,215 '2026.3.1'" \) -compose multiply -composite -strip -quality 80 "$tmp/stamped_blue.jpg"
img2pdf --pagesize A4 -o stamped_blue.pdf "$tmp/stamped_blue.jpg"

# A scan with an invisible text layer (rendering mode 3, as a scanner's
# OCR writes it) that says something else than the picture (ReportLab).
/usr/bin/python3 layered.py marked.png layered.pdf
/usr/bin/python3 layered.py marked.png layered_footer.pdf footer

# Pages that lie turned: the 300 dpi scan turned a quarter anticlockwise
# (a sheet fed sideways) as a G4 TIFF, and the 150 dpi scan upside down
# in a PDF.
convert "$tmp/m300.png" -rotate -90 -strip -compress Group4 left.tif
convert "$tmp"/m150-1.png -rotate 180 -strip -depth 4 "$tmp/upside.png"
img2pdf --pagesize A4 -o upside.pdf "$tmp/upside.png"

# A page of specks: no text at all, only what a dirty scanner leaves.
convert -size 1240x1754 xc:white -seed 7 -attenuate 0.05 +noise Impulse -colorspace Gray \
	-threshold 50% -strip specks.png

# A faded page: text Tesseract finds but cannot read with any confidence.
convert "$tmp/m300.png" -resize 50% -blur 0x4.5 -level 0%,100%,3 -colorspace Gray \
	-strip faded.png

# Pictures pasted among the text of a notice, printed to PDF: a card's
# line of text by LibreOffice (inpicture_lo.pdf) and by Chromium
# (inpicture_cr.pdf), a hotline's by LibreOffice, and a photo with no text
# by Chromium (a JPEG). The page keeps its own text layer; only OCR reads
# the pictures.
convert -size 900x260 xc:white -font Noto-Sans-CJK-SC -pointsize 44 -fill black -annotate +30+90 '姓名：王晓明' \
	-annotate +30+180 '公民身份号码 110101199003074514' -strip "$tmp/id.png"
convert -size 900x260 xc:white -font Noto-Sans-CJK-SC -pointsize 44 -fill black -annotate +30+90 '服务热线：12345' \
	-annotate +30+180 '办公地址：人民路1号' -strip "$tmp/hotline.png"
convert -size 400x260 gradient:'#3a6'-'#fff' -seed 3 -attenuate 0.2 +noise Gaussian -strip -quality 60 "$tmp/photo.jpg"
/usr/bin/python3 picture.py "$tmp/id.png" "$tmp/inpicture_lo" notice
/usr/bin/python3 picture.py "$tmp/hotline.png" "$tmp/inpicture_hotline" notice
/usr/bin/python3 picture.py "$tmp/photo.jpg" "$tmp/inpicture_photo" notice
(cd "$tmp" && soffice --headless --convert-to pdf inpicture_lo.fodt inpicture_hotline.fodt >/dev/null 2>&1)
cp "$tmp/inpicture_lo.pdf" "$tmp/inpicture_hotline.pdf" .
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=inpicture_cr.pdf "$tmp/inpicture_lo.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=inpicture_photo.pdf "$tmp/inpicture_photo.html" 2>/dev/null

# Pictures whose region of the page does not show their text as it is,
# read from their own pixels: a watermark turned 35 degrees and one with
# an alpha channel seen through at a third of its strength over the text
# (Chromium), a marking squeezed into a frame of another shape and two
# turned 30 degrees and a quarter, which LibreOffice prints as new,
# turned pixels (a JPEG with a soft mask), and a turned watermark reading 样稿 (no
# marking). mark.png is also read as it is: one line of large glyphs.
convert -size 900x300 xc:white -font Noto-Sans-CJK-SC -pointsize 150 -fill black -annotate +60+210 '机密★' -strip "$tmp/wm.png"
convert -size 900x300 xc:none -font Noto-Sans-CJK-SC -pointsize 150 -fill '#888888' -annotate +60+210 '机密★' -strip "$tmp/wm_alpha.png"
convert -size 900x300 xc:none -font Noto-Sans-CJK-SC -pointsize 150 -fill '#888888' -annotate +60+210 '样稿' -strip "$tmp/wm_draft.png"
convert -size 1200x200 xc:white -font Noto-Sans-CJK-SC -pointsize 110 -fill black -annotate +30+150 '机密★1年' -strip mark.png
/usr/bin/python3 bent.py "$tmp/wm.png" "$tmp/bent_turned" turned
/usr/bin/python3 bent.py "$tmp/wm_alpha.png" "$tmp/bent_seen" seen
/usr/bin/python3 bent.py "$tmp/wm_draft.png" "$tmp/bent_draft" turned
/usr/bin/python3 picture.py mark.png "$tmp/bent_squeezed" notice
/usr/bin/python3 bent.py "$tmp/wm.png" "$tmp/bent_baked" baked
/usr/bin/python3 bent.py "$tmp/wm.png" "$tmp/bent_quarter" baked 1.5708
for f in bent_turned bent_seen bent_draft; do
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$f.pdf "$tmp/$f.html" 2>/dev/null
done
(cd "$tmp" && soffice --headless --convert-to pdf bent_squeezed.fodt bent_baked.fodt bent_quarter.fodt >/dev/null 2>&1)
cp "$tmp/bent_squeezed.pdf" "$tmp/bent_baked.pdf" "$tmp/bent_quarter.pdf" .

# A PNG header that declares 100000 x 100000 pixels over a tiny body.
/usr/bin/python3 - <<'PY'
import struct, zlib
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
ihdr = struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0)
idat = zlib.compress(b"\0" * 1024)
open("bomb.png", "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
PY
ls -l scan300.pdf scan150.pdf clean300.pdf left.tif upside.pdf marked.png marked.jpg marked.tif marked_jpeg.tif small_jpeg.tif pages.tif noisy.pdf outlines.pdf pdftops.pdf specks.png faded.png bomb.png picture.docx picture.xlsx inpicture_lo.pdf inpicture_cr.pdf inpicture_hotline.pdf inpicture_photo.pdf \
	mark.png bent_turned.pdf bent_seen.pdf bent_draft.pdf bent_squeezed.pdf bent_baked.pdf bent_quarter.pdf
