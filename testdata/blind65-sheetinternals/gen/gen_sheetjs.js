// SheetJS producer (npm xlsx 0.18.5). Run: NODE_PATH=<scratch>/node_modules node gen_sheetjs.js
// Default write options (no bookSST): SheetJS decides how strings are stored.
const XLSX = require('xlsx');
const path = require('path');
const fs = require('fs');
const ROOT = path.dirname(__dirname);
const V = JSON.parse(fs.readFileSync(path.join(__dirname, 'values.json'), 'utf8'));
const OUT = path.join(ROOT, 'sheetjs');
fs.mkdirSync(OUT, { recursive: true });
const maskCard = v => v.slice(0, 6) + '*'.repeat(v.length - 10) + v.slice(-4);
const maskMob = v => v.slice(0, 3) + '****' + v.slice(-4);

function write(rows, name, opts) {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(rows);
  XLSX.utils.book_append_sheet(wb, ws, '发放名单');
  XLSX.writeFile(wb, path.join(OUT, name), opts || {});
}
const c = V.CARDS.s04, m = V.MOBILES.s04;
write([['2025年度生态护林员补助发放名单'], ['姓名', '村组', '银行卡号', '手机号码', '补助（元）'],
       ['钟永红', '青山村三组', c, m, 10000]], 's04_card_mobile.xlsx');
write([['2025年度生态护林员补助发放名单'], ['姓名', '村组', '银行卡号', '手机号码', '补助（元）'],
       ['钟永红', '青山村三组', maskCard(c), maskMob(m), 10000]], 's06_clean_masked.xlsx');
console.log('sheetjs done');
