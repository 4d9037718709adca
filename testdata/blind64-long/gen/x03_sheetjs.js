// x03: SheetJS, 30,000 rows of a project ledger; row 29,991 (data row 29,990) is hidden; twin: nothing hidden.
const fs = require("fs");
const XLSX = require("xlsx");
const spec = JSON.parse(fs.readFileSync("/tmp/long/x03.json", "utf8"));
const OUT = require("path").join(__dirname, "..", "xlsx");
function build(hide, file) {
  const aoa = [["序号", "项目代码", "项目名称", "实施地点", "投资额（万元）", "状态"]].concat(spec.rows);
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  if (hide) { ws["!rows"] = []; ws["!rows"][spec.hidden_row] = { hidden: true }; }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "项目台账");
  XLSX.writeFile(wb, `${OUT}/${file}`, { compression: true });
}
build(true, "x03_taizhang30k_sheetjs_hidden_row_29991.xlsx");
build(false, "x03_taizhang30k_sheetjs_clean.xlsx");
