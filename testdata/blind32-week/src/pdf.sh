#!/bin/bash
# Converts the DOCX/HTML sources in build/ into the PDF files of the corpus.
set -e
cd "$(dirname "$0")/build"
for f in p14_shiye_zhaopin p06_wuye_zhongbiao f19_xinfang_baogao f03_jianxi_butie; do
  soffice --headless --convert-to pdf --outdir . $f.docx >/dev/null 2>&1
  cp $f.pdf ../../$f.pdf
done
for f in p08_nianbao f14_tousu_banjie f23_wenjian_gongxiang; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$PWD/$f.pdf file://$PWD/$f.html >/dev/null 2>&1
  cp $f.pdf ../../$f.pdf
done
