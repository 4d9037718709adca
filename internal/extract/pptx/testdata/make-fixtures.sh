#!/usr/bin/env bash
# make-fixtures.sh regenerates the PPTX fixtures of this folder with real
# producers (see README.md): PptxGenJS (npm, installed into a scratch
# folder) writes marking.pptx and clean.pptx from src/decks.mjs, and
# LibreOffice Impress converts src/review.fodp to review.pptx. It then
# checks that each deck still has what it exists to test.
#
#   apt-get install -y --no-install-recommends libreoffice-impress nodejs npm python3 unzip
#   bash internal/extract/pptx/testdata/make-fixtures.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/mishen-pptx.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# PptxGenJS, pinned, in a scratch folder (never in the repository).
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund pptxgenjs@4.0.1 officecrypto-tool@0.0.19 >/dev/null)
cp "$here/src/decks.mjs" "$tmp/"
mkdir "$tmp/out"
(cd "$tmp" && node decks.mjs out)

# LibreOffice Impress, with a throw-away profile.
cp "$here/src/review.fodp" "$tmp/out/"
soffice -env:UserInstallation="file://$tmp/profile" --headless \
	--convert-to pptx:"Impress MS PowerPoint 2007 XML" --outdir "$tmp/out" "$tmp/out/review.fodp" >/dev/null

# PptxGenJS stores its members uncompressed: deflate them, in the same
# order and with the same names and bytes, so the fixtures stay small.
python3 - "$tmp/out" <<'PY'
import sys, zipfile, os
d = sys.argv[1]
for name in ("marking.pptx", "clean.pptx"):
    src = os.path.join(d, name)
    with zipfile.ZipFile(src) as z:
        members = [(i, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for i, body in members:
            zi = zipfile.ZipInfo(i.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
PY

# The PptxGenJS deck as LibreOffice Impress writes it back: the same
# content in another producer's structure (its own masters and layouts,
# tab stops, no embedded workbook behind the chart).
mkdir "$tmp/rt"
soffice -env:UserInstallation="file://$tmp/profile" --headless \
	--convert-to pptx:"Impress MS PowerPoint 2007 XML" --outdir "$tmp/rt" "$tmp/out/marking.pptx" >/dev/null
mv "$tmp/rt/marking.pptx" "$tmp/out/marking_lo.pptx"

# A password-protected copy of the clean deck, as Office writes one: an
# OLE2 compound file with EncryptionInfo and EncryptedPackage streams
# (ECMA-376 agile encryption, by officecrypto-tool). The password is
# "mishen"; mishen must report it encrypted, never read it.
cat > "$tmp/encrypt.mjs" <<'JS'
import fs from "fs";
import crypto from "officecrypto-tool";
const out = await crypto.encrypt(fs.readFileSync(process.argv[2]), { password: "mishen" });
if (!(await crypto.isEncrypted(out))) throw new Error("not encrypted");
fs.writeFileSync(process.argv[3], out);
JS
(cd "$tmp" && node encrypt.mjs out/clean.pptx out/encrypted.pptx)

# Each deck must still have what it exists to test.
need() { # need FILE MEMBER PATTERN
	unzip -p "$tmp/out/$1" "$2" | grep -q -- "$3" || { echo "make-fixtures: $1 $2 lacks $3" >&2; exit 1; }
}
need marking.pptx ppt/slideLayouts/slideLayout2.xml '秘密★1年'
need marking.pptx ppt/slides/slide2.xml '110101199003074514'
need marking.pptx ppt/notesSlides/notesSlide2.xml '13805710246'
need marking.pptx ppt/slides/slide3.xml 'show="0"'
need marking.pptx ppt/slides/_rels/slide4.xml.rels 'http://oa.intranet.local/x'
need marking.pptx ppt/charts/chart1.xml '季度完成情况'
unzip -l "$tmp/out/marking.pptx" | grep -q 'ppt/embeddings/.*\.xlsx' || { echo "make-fixtures: no embedded workbook" >&2; exit 1; }
need review.pptx ppt/slideMasters/slideMaster1.xml '内部资料'
need review.pptx ppt/comments/comment1.xml '请核实'
need review.pptx ppt/commentAuthors.xml '李某某'
need review.pptx ppt/slides/slide1.xml 'p:grpSp'
need review.pptx ppt/slides/slide1.xml '330102198506120036'
need review.pptx ppt/slides/slide2.xml 'show="0"'
need review.pptx ppt/slides/_rels/slide1.xml.rels 'http://192.168.10.5/'
need review.pptx ppt/notesSlides/notesSlide1.xml '15957182046'
need marking_lo.pptx ppt/slideMasters/slideMaster1.xml '秘密★<'
need marking_lo.pptx ppt/slides/slide2.xml '110101199003074514'
need marking_lo.pptx ppt/slides/slide3.xml 'show="0"'
need marking_lo.pptx ppt/notesSlides/notesSlide2.xml '13805710246'
need clean.pptx ppt/slides/slide1.xml '12345'

head -c 8 "$tmp/out/encrypted.pptx" | od -An -tx1 | grep -q 'd0 cf 11 e0 a1 b1 1a e1' || { echo "make-fixtures: encrypted.pptx is not OLE2" >&2; exit 1; }

cp "$tmp/out/marking.pptx" "$tmp/out/marking_lo.pptx" "$tmp/out/review.pptx" "$tmp/out/clean.pptx" "$tmp/out/encrypted.pptx" "$here/"
ls -l "$here"/*.pptx
