// mkxlsb.js makes workbook.xlsb, Excel's binary workbook, with SheetJS
// (LibreOffice reads the format but does not write it): the marking in
// A1 and an ID under its column heading on a visible sheet, and a hidden
// sheet with a note. Run with the npm package xlsx installed:
//   NODE_PATH=/path/to/node_modules node mkxlsb.js
// The ID is synthetic and check-digit valid.
const XLSX = require("xlsx");
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["秘密★1年"], ["姓名", "身份证号"], ["张三", "110101199003074514"]]), "名单");
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["隐藏表内容"]]), "备注");
wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
XLSX.writeFile(wb, __dirname + "/workbook.xlsb", { bookType: "xlsb" });
