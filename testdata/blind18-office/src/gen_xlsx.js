// exceljs and SheetJS workbooks for blind18-office.
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");
const V = JSON.parse(fs.readFileSync(path.join(__dirname, "out/values.json"), "utf8"));
const OUT = path.join(__dirname, "..");
const labels = [];
const label = (file, verdict, cats, raws, note) => labels.push({ file, expect_verdict: verdict, expect_categories: cats, raw_values: raws, note });
const FIXED = new Date("2026-11-20T08:00:00Z");

function book(title, head) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "区民政局"; wb.created = FIXED; wb.modified = FIXED;
  const ws = wb.addWorksheet("公示");
  ws.addRow([title]);
  ws.addRow(head);
  return [wb, ws];
}
const save = (wb, n) => wb.xlsx.writeFile(path.join(OUT, n));

function sheetjs(name, sheets, hidden = []) {
  const wb = XLSX.utils.book_new();
  for (const [sn, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, sn);
  wb.Workbook = { Sheets: sheets.map(([sn]) => ({ name: sn, Hidden: hidden.includes(sn) ? 1 : 0 })) };
  wb.Props = { Author: "区统计局", CreatedDate: FIXED };
  XLSX.writeFile(wb, path.join(OUT, name), { compression: true });
}

async function main() {
  let wb, ws;
  // x01 hidden sheet with IDs
  [wb, ws] = book("2026年度困难群众临时救助公示", ["序号", "姓名", "救助金额（元）"]);
  ws.addRow([1, "柏某某", 2000]); ws.addRow([2, "水某某", 1500]);
  const h = wb.addWorksheet("底册", { state: "hidden" });
  h.addRow(["姓名", "身份证号", "家庭住址"]);
  h.addRow(["柏建国", V.id[12], "西湖区文三路"]); h.addRow(["水秀兰", V.id[13], "西湖区古荡"]);
  await save(wb, "x01_hidden_sheet_ids.xlsx");
  label("x01_hidden_sheet_ids.xlsx", "block", ["id_card", "hidden_content"], [V.id[12], V.id[13]], "exceljs: a hidden sheet 底册 lists full names and IDs behind a masked 公示 sheet");

  // x02 hidden rows with mobiles
  [wb, ws] = book("2026年度社区工作者招聘拟录用人员公示", ["序号", "姓名", "岗位", "联系电话"]);
  ws.addRow([1, "窦某", "社区专职工作者", "—"]);
  const r1 = ws.addRow([2, "章某", "社区专职工作者", V.mobile[8]]);
  const r2 = ws.addRow([3, "云某", "社区专职工作者", V.mobile[9]]);
  r1.hidden = true; r2.hidden = true;
  ws.addRow([4, "苏某", "社区专职工作者", "—"]);
  await save(wb, "x02_hidden_rows_mobiles.xlsx");
  label("x02_hidden_rows_mobiles.xlsx", "review", ["mobile_phone", "hidden_content"], [V.mobile[8], V.mobile[9]], "exceljs: rows 4–5 are hidden and hold full mobiles in the 联系电话 column");

  // x04 cell note
  [wb, ws] = book("2026年度养老服务补贴发放汇总", ["街道", "人数", "金额（元）"]);
  ws.addRow(["东街街道", 120, 96000]);
  ws.getCell("A3").note = "数据核对人：潘某，手机" + V.mobile[10];
  await save(wb, "x04_cell_note_mobile.xlsx");
  label("x04_cell_note_mobile.xlsx", "review", ["mobile_phone", "hidden_content"], [V.mobile[10]], "exceljs: a cell note (legacy comment with VML shape) on A3 holds 手机 + full mobile");

  // x06 formula whose cached value is the data
  [wb, ws] = book("2026年度残疾人两项补贴名单", ["序号", "姓名", "证件号码", "补贴（元）"]);
  ws.addRow([1, "葛某", { formula: "VLOOKUP(B3,'[人员库.xlsx]Sheet1'!$A:$C,3,FALSE)", result: V.id[14] }, 1200]);
  await save(wb, "x06_formula_cached_id.xlsx");
  label("x06_formula_cached_id.xlsx", "block", ["id_card"], [V.id[14]], "exceljs: C3 is a VLOOKUP into an external workbook whose cached value (<v>) is the full ID; the formula text has no digits");

  // x07 data validation list with mobiles
  [wb, ws] = book("2026年度网格员联系表", ["网格", "网格员"]);
  ws.addRow(["第1网格", ""]);
  ws.getCell("B3").dataValidation = { type: "list", allowBlank: true, formulae: ['"严某' + V.mobile[11] + ',华某' + V.mobile[12] + '"'] };
  await save(wb, "x07_validation_list_mobiles.xlsx");
  label("x07_validation_list_mobiles.xlsx", "review", ["mobile_phone"], [V.mobile[11], V.mobile[12]], "exceljs: a data-validation list on B3 offers names joined to full mobiles (严某1xxxxxxxxxx); cells hold no number");

  // x12 hyperlink target to UNC
  [wb, ws] = book("2026年度政府采购意向公开", ["项目", "预算（万元）", "附件"]);
  ws.addRow(["办公设备采购", 35, ""]);
  ws.getCell("C3").value = { text: "详见附件", hyperlink: "file:///\\\\fs-czj\\采购科\\2026\\意向明细.xlsx" };
  await save(wb, "x12_hyperlink_unc.xlsx");
  label("x12_hyperlink_unc.xlsx", "review", ["internal_address"], [], "exceljs: a cell hyperlink's target is file:///\\\\fs-czj\\采购科\\... (a UNC path); the cell shows 详见附件");

  // clean exceljs
  [wb, ws] = book("2026年度困难群众临时救助公示", ["序号", "姓名", "身份证号", "联系电话", "救助金额（元）"]);
  ws.addRow([1, "柏某某", "330106********2041", "138****1234", 2000]);
  ws.addRow([2, "水某某", "110105********0012", "0571-86012345", 1500]);
  ws.mergeCells("A1:E1");
  await save(wb, "cx1_masked_list_clean.xlsx");
  label("cx1_masked_list_clean.xlsx", "pass", [], [], "clean control (exceljs): masked IDs and mobiles, an agency landline, a merged title row");

  [wb, ws] = book("2026年度中标供应商名录", ["序号", "供应商", "统一社会信用代码", "公告"]);
  ws.addRow([1, "XX信息技术有限公司", V.uscc[1], { text: "查看公告", hyperlink: "https://www.ccgp.gov.cn/cggg/dfgg/zbgg/202612/t20261201_20000001.htm" }]);
  ws.addRow([2, "XX建设工程有限公司", V.uscc[3], ""]);
  ws.headerFooter.oddFooter = "&C第 &P 页，共 &N 页";
  await save(wb, "cx5_uscc_links_clean.xlsx");
  label("cx5_uscc_links_clean.xlsx", "pass", [], [], "clean control (exceljs): companies' 统一社会信用代码, a hyperlink to a public ccgp.gov.cn page, a page-number footer");

  // ---------- SheetJS ----------
  const wsM = XLSX.utils.aoa_to_sheet([["2026年度退役军人优待证发放情况"], ["序号", "信息", "", "发放日期"], [1, "经办人：李某\n身份证号：" + V.id[15], "", "2026-11-15"], ["", "", "", ""]]);
  wsM["!merges"] = [{ s: { r: 2, c: 1 }, e: { r: 3, c: 2 } }];
  sheetjs("x03_merged_cell_wrapped_id.xlsx", [["发放情况", wsM]]);
  label("x03_merged_cell_wrapped_id.xlsx", "block", ["id_card"], [V.id[15]], "SheetJS: B3:C4 merged; its one value wraps over two lines (经办人 … \\n 身份证号：full ID)");

  const wsC = XLSX.utils.aoa_to_sheet([["2026年11月违停处理情况"], ["日期", "路段", "处理结果"], ["2026-11-12", "人民路", "已处理"]]);
  wsC["C3"].c = [{ a: "交警大队", t: "当事车辆：" + V.plate[2] + "，车主已缴纳罚款" }];
  sheetjs("x14_comment_plate.xlsx", [["违停", wsC]]);
  label("x14_comment_plate.xlsx", "review", ["license_plate", "hidden_content"], [V.plate[2]], "SheetJS: a cell comment on C3 names the plate " + V.plate[2]);

  const wsV = XLSX.utils.aoa_to_sheet([["2026年度因公出国团组信息公开"], ["团组", "人数", "天数"], ["赴新加坡营商环境考察团", 4, 6]]);
  const wsP = XLSX.utils.aoa_to_sheet([["姓名", "护照号码"], ["单某", V.passport[1]], ["杭某", V.passport[2]]]);
  sheetjs("x15_hidden_sheet_passports.xlsx", [["公开", wsV], ["护照", wsP]], ["护照"]);
  label("x15_hidden_sheet_passports.xlsx", "review", ["passport", "hidden_content"], [V.passport[1], V.passport[2]], "SheetJS: a hidden sheet 护照 lists 护照号码 under its column heading");

  const wsA = XLSX.utils.aoa_to_sheet([["2026年度重大项目投资完成情况"], ["项目", "计划投资（元）", "完成投资（元）"], ["城东快速路", 13912345600, 15012000000], ["污水处理厂扩建", 18600000000, 17711000000]]);
  sheetjs("cx2_amounts_yuan_clean.xlsx", [["投资", wsA]]);
  label("cx2_amounts_yuan_clean.xlsx", "pass", [], [], "clean control / near miss (SheetJS): 11-digit amounts starting 139/150/186/177 in columns headed （元）");

  const wsS = XLSX.utils.aoa_to_sheet([["2026年度不动产登记证明编号公告（作废）"], ["编号", "权利人", "作废原因"], ["13520260001", "XX置业有限公司", "遗失补办"], ["15820260017", "XX实业有限公司", "信息错误"]]);
  sheetjs("cx6_serials_clean.xlsx", [["公告", wsS]]);
  label("cx6_serials_clean.xlsx", "pass", [], [], "clean control / near miss (SheetJS): 11-digit serial numbers in a column headed 编号 (text cells) that look like mobiles");

  fs.writeFileSync(path.join(__dirname, "out/labels-xlsx.json"), JSON.stringify(labels, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
