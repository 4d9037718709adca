#!/bin/sh
# Regenerates the PDF fixtures of this package (the others are in
# /testdata, made by testdata/gen/fixtures.py). Needs qpdf, pdfattach
# (poppler-utils), python3-reportlab and LibreOffice (soffice).
set -e
cd "$(dirname "$0")"
# Debian's python3, which has python3-reportlab, not a pyenv shim.
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -r "$tmp"' EXIT

# marking.pdf with its objects in object streams and a cross-reference
# stream, as Word and Acrobat write them.
qpdf --object-streams=generate ../../../../testdata/docs/marking.pdf objstm.pdf
# marking.pdf with a file attached (catalog /Names /EmbeddedFiles), as
# pdfattach (poppler-utils) writes it. The attachment is synthetic.
printf '姓名,身份证号\n张某某,110105198503071230\n' > "$tmp/roster.csv"
rm -f attached.pdf
pdfattach ../../../../testdata/docs/marking.pdf "$tmp/roster.csv" attached.pdf

# A small one-page source (marking 秘密★1年, a synthetic ID, Chinese
# metadata and a note) encrypted by every standard security handler with
# an empty user password and an owner password, the way offices restrict
# printing and copying: anyone can open these, so mishen must read them.
"$PY" source.py source.pdf
weak="--allow-weak-crypto" # qpdf 11 wants it for RC4
qpdf $weak --encrypt "" owner 40 -- source.pdf enc_rc4_40.pdf
qpdf $weak --encrypt "" owner 128 --use-aes=n -- source.pdf enc_rc4_128.pdf
qpdf --encrypt "" owner 128 --use-aes=y -- source.pdf enc_aes_128.pdf
qpdf --encrypt "" owner 128 --use-aes=y --cleartext-metadata -- source.pdf enc_aes_128_clearmeta.pdf
qpdf --encrypt "" owner 256 --force-R5 -- source.pdf enc_aes_256_r5.pdf
qpdf --encrypt "" owner 256 -- source.pdf enc_aes_256_r6.pdf
qpdf --object-streams=generate --encrypt "" owner 256 -- source.pdf enc_aes_256_objstm.pdf
# The same with a user password: a reader needs it, so these stay
# unreadable.encrypted.
qpdf $weak --encrypt user owner 40 -- source.pdf enc_user_rc4_40.pdf
qpdf $weak --encrypt user owner 128 --use-aes=n -- source.pdf enc_user_rc4_128.pdf
qpdf --encrypt user owner 128 --use-aes=y -- source.pdf enc_user_aes_128.pdf
qpdf --encrypt user owner 256 --force-R5 -- source.pdf enc_user_aes_256_r5.pdf
qpdf --encrypt user owner 256 -- source.pdf enc_user_aes_256_r6.pdf

# Attachments read one level deep: a text file and a PDF attached by
# qpdf, a DOCX converted by LibreOffice, each with its own marking and
# synthetic ID; and the whole attached again to an AES-256 file, whose
# embedded file streams are encrypted too.
printf '内部资料\n联系人身份证号：320502197806150021\n' > "$tmp/note.txt"
"$PY" source.py "$tmp/inner.pdf" "机密★10年" 440304198812010037
printf '<html><body><p>绝密★长期</p><p>110105198503071230</p></body></html>' > "$tmp/memo.html"
(cd "$tmp" && soffice --headless -env:UserInstallation=file://"$tmp"/lo \
	--convert-to docx:"MS Word 2007 XML" memo.html >/dev/null 2>&1)
qpdf source.pdf attach_files.pdf \
	--add-attachment "$tmp/note.txt" --mimetype=text/plain -- \
	--add-attachment "$tmp/inner.pdf" --mimetype=application/pdf -- \
	--add-attachment "$tmp/memo.docx" -- 
qpdf --encrypt "" owner 256 -- attach_files.pdf attach_aes_256.pdf
