// XLSX files made with npm exceljs for blind61-disguises.
// Run: NODE_PATH=<scratch>/node_modules node gen_exceljs.js  (after python3 common.py wrote values.json)
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const V = JSON.parse(fs.readFileSync(path.join(__dirname, "values.json"), "utf8"));
const ROOT = path.dirname(__dirname);
const labels = [];
const g = (s, sizes, sep = " ") => { let i = 0; return sizes.map((n) => { const p = s.slice(i, i + n); i += n; return p; }).join(sep); };
const maskCard = (v) => v.slice(0, 6) + "*".repeat(v.length - 10) + v.slice(-4);

async function save(rel, wb, verdict, cats, raws, note) {
  const p = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  await wb.xlsx.writeFile(p);
  labels.push({ file: rel, expect_verdict: verdict, expect_categories: cats, raw_values: raws, note });
}
function book(sheet, rows) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "财务科";
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r) => ws.addRow(r));
  ws.columns.forEach((c) => (c.width = 22));
  return wb;
}

(async () => {
  const m = V.M_E01;
  await save("exceljs/e01_mobile_hyphen_column.xlsx",
    book("志愿者", [["2026年马拉松赛事志愿者领队名单"], ["序号", "姓名", "服务点位", "联系电话"],
      [1, "罗嘉欣", "起点安检区", g(m, [3, 4, 4], "-")], [2, "蔡明轩", "10公里补给站", "0571-87051234"]]),
    "review", ["mobile_phone"], [g(m, [3, 4, 4], "-"), m],
    "exceljs; a named volunteer's mobile as text 195-2746-1083 under 联系电话 (the next row an agency landline). findings.md mobile_phone: 'grouped'; review.");

  await save("exceljs/e02_order_serials.xlsx",
    book("订单", [["2026年3月办公耗材采购订单汇总"], ["序号", "订单号", "交易流水号", "发票代码", "发票号码", "金额（元）"],
      [1, "202603051130486621", V.SERIAL62, "033002100111", "04826173", 12860],
      [2, "202603121402177305", "4200260312000148", "033002100111", "04826190", 5320]]),
    "pass", [], [],
    "Long numbers that are not personal data: 18-digit 订单号 (no real region/birth date), a 19-digit 交易流水号 starting 62 that passes Luhn by chance, invoice codes. findings.md bank_card: not 'a number written plainly in a column of serial numbers whose heading names no card or account (交易流水号), in a row that names no person, under a title that names no card'.");

  const c1 = V.C_E03, c2 = V.C_E03B;
  await save("exceljs/e03_card_groups_column.xlsx",
    book("发放表", [["2026年3月护林员劳务报酬发放表"], ["序号", "姓名", "开户行", "银行卡号", "金额（元）"],
      [1, "谢永福", "中国建设银行", g(c1, [4, 4, 4, 4, 3]), 2400], [2, "黎春花", "中国建设银行", g(c2, [4, 4, 4, 4]), 2400]]),
    "block", ["bank_card"], [g(c1, [4, 4, 4, 4, 3]), c1, g(c2, [4, 4, 4, 4]), c2],
    "exceljs; persons' card numbers typed in groups of four under 银行卡号: a CCB UnionPay 621700… (19) and a CCB Visa 436742… (16), both Luhn-valid. findings.md bank_card: 'UnionPay (62…) or stand next to 卡号/账号/银行'; block.");

  await save("exceljs/e04_card_masked_column.xlsx",
    book("发放表", [["2026年3月护林员劳务报酬发放表"], ["序号", "姓名", "开户行", "银行卡号", "金额（元）"],
      [1, "谢某某", "中国建设银行", g(maskCard(c1), [4, 4, 4, 4, 3]), 2400], [2, "黎某某", "中国建设银行", maskCard(c2), 2400]]),
    "pass", [], [],
    "Twin of e03: cards masked 6+4 (one written in groups), names 某某. findings.md: masked values are not findings.");

  fs.writeFileSync(path.join(__dirname, "labels_exceljs.json"), JSON.stringify(labels, null, 1));
})();
