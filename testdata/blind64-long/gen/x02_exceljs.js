// x02: exceljs, 8 sheets x 3,000 rows of a 补贴 roster; the third sheet's row 2,519 holds one unmasked mobile.
const fs = require("fs");
const ExcelJS = require("exceljs");
const spec = JSON.parse(fs.readFileSync("/tmp/long/x02.json", "utf8"));
const OUT = require("path").join(__dirname, "..", "xlsx");
async function build(leak, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "青溪市农业农村局";
  spec.sheets.forEach((s, si) => {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(["序号", "姓名", "身份证号", "联系电话", "补贴等级", "补贴金额（元）"]);
    s.rows.forEach((r, ri) => {
      const row = r.slice();
      if (leak && si === spec.leak_sheet && ri === spec.leak_row) row[3] = spec.mobile;
      if (!leak && si === spec.leak_sheet && ri === spec.leak_row) row[3] = spec.mobile.slice(0, 3) + "****" + spec.mobile.slice(7);
      ws.addRow(row);
    });
    ws.columns.forEach((c) => (c.width = 18));
  });
  await wb.xlsx.writeFile(`${OUT}/${file}`);
}
build(true, "x02_butie_8sheets_exceljs_mobile_sheet3.xlsx").then(() => build(false, "x02_butie_8sheets_exceljs_clean.xlsx"));
