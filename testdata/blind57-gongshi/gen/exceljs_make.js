// Writes the exceljs workbooks of blind57-gongshi from a JSON spec list made by make.py.
// node exceljs_make.js SPEC.json   (NODE_PATH must reach exceljs)
const fs = require('fs');
const ExcelJS = require('exceljs');

async function one(spec) {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator || 'exceljs';
  wb.created = new Date(Date.UTC(2025, 5, 1, 8, 0, 0));
  wb.modified = wb.created;
  for (const sh of spec.sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((r) => ws.addRow(r));
    (sh.merge || []).forEach((m) => ws.mergeCells(m));
    const fmts = sh.numfmt || {};
    for (const col of Object.keys(fmts)) {
      ws.getColumn(col).eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = fmts[col];
      });
    }
    (sh.widths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    ws.getRow(1).font = { bold: true, size: 14 };
    (sh.hidden || []).forEach((c) => { ws.getColumn(c).hidden = true; });
  }
  await wb.xlsx.writeFile(spec.out);
}

(async () => {
  const specs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  for (const s of specs) await one(s);
})().catch((e) => { console.error(e); process.exit(1); });
