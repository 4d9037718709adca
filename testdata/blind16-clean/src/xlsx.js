// xlsx.js writes the XLSX files of the corpus with npm exceljs from build/xlsx.json.
const fs = require("fs");
const ExcelJS = require("exceljs");

(async () => {
  const list = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  for (const item of list) {
    const wb = new ExcelJS.Workbook();
    wb.creator = item.creator || "财务科";
    wb.created = new Date(Date.UTC(2024, 0, 15, 2, 0, 0));
    wb.modified = wb.created;
    for (const sh of item.sheets) {
      const ws = wb.addWorksheet(sh.name, { pageSetup: { paperSize: 9, orientation: "landscape" } });
      if (sh.title) {
        ws.addRow([sh.title]);
        ws.mergeCells(1, 1, 1, sh.rows[0].length);
        ws.getRow(1).font = { bold: true, size: 16 };
        ws.getRow(1).alignment = { horizontal: "center" };
      }
      sh.rows.forEach((r, ri) => {
        const vals = r.map((c, ci) => {
          if (ri > 0 && (sh.numeric || []).includes(ci) && c !== "") {
            const v = Number(String(c).replace(/,/g, ""));
            if (!Number.isNaN(v)) return v;
          }
          return c;
        });
        const row = ws.addRow(vals);
        if (ri === 0) row.font = { bold: true };
        (sh.numeric || []).forEach((ci) => { row.getCell(ci + 1).numFmt = "#,##0.00"; });
      });
      sh.rows[0].forEach((_, ci) => { ws.getColumn(ci + 1).width = 18; });
      if (sh.note) ws.addRow([sh.note]);
      ws.headerFooter.oddFooter = "&C第 &P 页，共 &N 页";
    }
    await wb.xlsx.writeFile(item.out);
  }
})();
