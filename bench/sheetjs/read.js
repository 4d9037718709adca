// read.js: reads every cell of every sheet of an XLSX file with SheetJS
// (the npm "xlsx" package), the peer of bench/xlsx.sh, and prints the
// number of non-empty cells. Run with NODE_PATH pointing at a folder
// where `npm install xlsx` was run.
const XLSX = require("xlsx");
const wb = XLSX.readFile(process.argv[2], { cellText: true, cellDates: false });
let cells = 0, chars = 0;
for (const name of wb.SheetNames) {
  const ws = wb.Sheets[name];
  for (const ref in ws) {
    if (ref[0] === "!") continue;
    const c = ws[ref];
    const t = c.w !== undefined ? c.w : String(c.v);
    if (t !== "") { cells++; chars += t.length; }
  }
}
console.log(cells, chars);
