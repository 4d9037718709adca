#!/bin/bash
# build blind43-week2: python part, npm part, then Chromium and LibreOffice conversions
set -e
G=$(cd "$(dirname "$0")" && pwd); OUT=${1:-/tmp/b43out}; NM=${NM:-/tmp/b43npm/node_modules}
/usr/bin/python3 "$G/gen.py" "$OUT"
/usr/bin/python3 -c "import json,sys; sys.path.insert(0,'$G'); import vals; json.dump({'ID':vals.ID,'CARD':vals.CARD},open('$G/vals.json','w'))"
NODE_PATH=$NM node "$G/gen.js" "$OUT"
chrome() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$2" "file://$G/src/$1" 2>/dev/null; }
chrome c_nianbao_miji.html   w2_52_weiwen_fenxi_miji.pdf
chrome c_peixun.html         w2_53_baomi_peixun_tongzhi.pdf
chrome c_butie_chromium.html w2_54_canji_butie_tuomin.pdf
chrome c_chufa_chromium.html w2_55_anjian_chufa_qiye.pdf
chrome c_chuxing_plate.html  w2_56_gongwuche_plate.pdf
T=$(mktemp -d); H=$(mktemp -d)
lo() { soffice -env:UserInstallation=file://$H --headless --convert-to "$2" --outdir "$T" "$G/src/$1" >/dev/null 2>&1; }
lo lo_chufa_id.docx pdf;      mv "$T/lo_chufa_id.pdf"      "$OUT/w2_57_zhujian_chufa_id.pdf"
lo lo_chufa_qiye.docx pdf;    mv "$T/lo_chufa_qiye.pdf"    "$OUT/w2_58_huanjing_chufa_qiye.pdf"
lo lo_yibao_tonggao.docx pdf; mv "$T/lo_yibao_tonggao.pdf" "$OUT/w2_59_yibao_tonggao.pdf"
lo lo_zhongbiao_doc.docx doc; mv "$T/lo_zhongbiao_doc.doc" "$OUT/w2_60_zhongbiao_gonggao.doc"
lo lo_jineng_butie.xlsx xls;  mv "$T/lo_jineng_butie.xls"  "$OUT/w2_61_jineng_butie_id.xls"
rm -rf "$T" "$H"
echo build done
