// Node producers for blind39-welfare: npm docx, exceljs, SheetJS (xlsx).
const fs = require("fs");
const path = require("path");
const docx = require("docx");
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");

const OUT = "..";
const D = JSON.parse(fs.readFileSync(path.join(__dirname, "node_data.json"), "utf8"));

const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType,
        CommentRangeStart, CommentRangeEnd, CommentReference, DeletedTextRun, InsertedTextRun } = docx;

function p(text, opts = {}) {
  return new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: !!opts.bold, size: opts.size || 24, font: { eastAsia: "宋体" } })] });
}
function table(headers, rows) {
  const mk = (cells, bold) => new TableRow({ children: cells.map(c => new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text: String(c), bold })] })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [mk(headers, true), ...rows.map(r => mk(r, false))] });
}
async function saveDoc(name, doc) {
  fs.writeFileSync(path.join(OUT, name), await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- npm docx
async function w20() {
  const name = "w20_fuju_shipei_gongshi_pizhu.docx";
  const d = D[name];
  const doc = new Document({
    creator: "残联康复部",
    comments: { children: [{ id: 0, author: "康复部 审核", date: new Date("2024-06-10T09:00:00"),
      children: [new Paragraph({ children: [new TextRun(`审核意见：申请人${d.name}，身份证号${d.id}，低视力助视器适配评估报告缺失，待补齐材料后再列入名单，本次暂不公示。`)] })] }] },
    sections: [{ children: [
      p("洪山区2024年残疾人辅助器具适配项目受益人员公示", { center: true, bold: true, size: 32 }),
      new Paragraph({ children: [
        new CommentRangeStart(0),
        new TextRun("根据《湖北省残疾人基本辅助器具适配补贴实施办法》，经个人申请、评估适配，2024年上半年全区共为312名残疾人适配辅助器具，其中轮椅98台、助听器76台、助视器41套、假肢矫形器17例，其他辅具80件。"),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] })] }),
      table(["序号", "姓名", "街道", "适配辅具", "补贴金额（元）"], [
        ["1", "张某某", "珞南街道", "手动轮椅", "1200"],
        ["2", "李某", "关山街道", "助听器", "3000"],
        ["3", "王某某", "狮子山街道", "助视器", "800"]]),
      p("公示期7天。监督电话：027-87312860。"),
    ] }],
  });
  await saveDoc(name, doc);
}

async function w29() {
  const name = "w29_shebaoka_daiqu_dengji.docx";
  const d = D[name];
  const doc = new Document({ creator: "社保卡服务中心", sections: [{ children: [
    p("江汉区社会保障卡服务网点2024年5月代领登记表", { center: true, bold: true, size: 30 }),
    p("以下社会保障卡已由他人持委托书代为领取，请持卡人本人知悉。如非本人委托，请及时致电12333挂失。"),
    table(["序号", "持卡人", "社会保障号码", "代领人", "代领人手机", "领取日期"], d.rows),
    p("江汉区社会保障卡服务中心"),
  ] }] });
  await saveDoc(name, doc);
}

async function w33() {
  const name = "w33_weisheng_luyong_gongshi_xiuding.docx";
  const d = D[name];
  const doc = new Document({ creator: "人事科", sections: [{ children: [
    p("洪山区卫生健康局所属事业单位2024年公开招聘拟录用人员公示", { center: true, bold: true, size: 30 }),
    p("经笔试、面试、体检和考察，拟录用以下人员，现予公示："),
    new Paragraph({ children: [
      new TextRun("1. 刘思雨，女，临床医师岗位，拟录用单位：洪山区中医医院"),
      new DeletedTextRun({ text: `（联系电话：${d.mobile}）`, id: 1, author: "人事科 张", date: "2024-07-01T10:00:00Z" }),
      new TextRun("；"),
    ] }),
    p("2. 陈博文，男，公卫医师岗位，拟录用单位：珞南街社区卫生服务中心；"),
    p("3. 杨婷，女，护士岗位，拟录用单位：洪山区妇幼保健院。"),
    new Paragraph({ children: [
      new TextRun("公示期：2024年7月2日至7月8日。"),
      new InsertedTextRun({ text: "监督电话：027-87312201。", id: 2, author: "人事科 张", date: "2024-07-01T10:01:00Z" }),
    ] }),
  ] }] });
  await saveDoc(name, doc);
}

async function w54() {
  const name = "w54_linshi_jiuzhu_tongji.docx";
  const d = D[name];
  const tot = d.rows.reduce((a, r) => [a[0] + r[1], a[1] + r[2], a[2] + r[3]], [0, 0, 0]);
  const doc = new Document({ creator: "社会救助科", sections: [{ children: [
    p("洪山区2024年上半年临时救助工作情况统计表", { center: true, bold: true, size: 30 }),
    p("（洪民〔2024〕35号附件）", { center: true }),
    p("2024年上半年，全区共实施临时救助" + tot[0] + "人次，支出临时救助资金" + tot[1].toLocaleString("en-US") + "元，其中急难型临时救助" + tot[2] + "人次。"),
    table(["街道", "救助人次", "救助金额（元）", "其中：急难型（人次）"],
      [...d.rows.map(r => [r[0], r[1], r[2], r[3]]), ["合计", tot[0], tot[1], tot[2]]]),
    p("数据来源：湖北省社会救助信息系统，截至2024年6月30日。"),
  ] }] });
  await saveDoc(name, doc);
}

// ---------------------------------------------------------------- exceljs
async function w05() {
  const name = "w05_canji_liangxiang_butie.xlsx";
  const d = D[name];
  const wb = new ExcelJS.Workbook();
  wb.creator = "江夏区残联";
  const ws = wb.addWorksheet("5月发放");
  ws.mergeCells("A1:H1");
  ws.getCell("A1").value = "江夏区2024年5月困难残疾人生活补贴和重度残疾人护理补贴发放明细表";
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells("A2:H2");
  ws.getCell("A2").value = "单位：元";
  ws.addRow(["序号", "姓名", "街道", "残疾人证号", "生活补贴", "护理补贴", "合计", "社保卡金融账号"]);
  for (const r of d.rows) {
    const row = ws.addRow(r);
    row.getCell(8).numFmt = "@";
    row.getCell(8).value = String(r[7]);
  }
  ws.getColumn(4).width = 24;
  ws.getColumn(8).width = 24;
  await wb.xlsx.writeFile(path.join(OUT, name));
}

async function w27() {
  const name = "w27_sangzang_buzhu_hebing.xlsx";
  const d = D[name];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("丧葬补助金");
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "硚口区2024年第二季度城乡居民基本养老保险丧葬补助金发放表";
  ws.addRow(["序号", "已故参保人", "身份证号", "领取人", "与参保人关系", "领取金额（元）"]);
  let r = 3, k = 1;
  for (const pp of d.people) {
    const n = pp.heirs.length;
    pp.heirs.forEach((h, j) => {
      ws.getCell(`D${r + j}`).value = h;
      ws.getCell(`E${r + j}`).value = j === 0 ? "配偶" : "子女";
      ws.getCell(`F${r + j}`).value = Math.round(pp.amt / n);
    });
    ws.getCell(`A${r}`).value = k;
    ws.getCell(`B${r}`).value = pp.name;
    ws.getCell(`C${r}`).value = pp.id;
    if (n > 1) { ws.mergeCells(`A${r}:A${r + n - 1}`); ws.mergeCells(`B${r}:B${r + n - 1}`); ws.mergeCells(`C${r}:C${r + n - 1}`); }
    ws.getCell(`C${r}`).alignment = { vertical: "middle", wrapText: true };
    r += n; k += 1;
  }
  ws.getColumn(3).width = 12; // narrow, wrapped
  await wb.xlsx.writeFile(path.join(OUT, name));
}

async function w41() {
  const name = "w41_weijian_bumen_yusuan.xlsx";
  const d = D[name];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("支出预算表");
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "湖北省卫生健康委员会2024年部门预算支出表";
  ws.getCell("F2").value = "单位：元";
  ws.addRow(["功能分类科目编码", "科目名称", "预算项目编码", "合计", "基本支出", "项目支出"]);
  for (const r of d.rows) {
    const row = ws.addRow(r);
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = "0";
  }
  const n = d.rows.length;
  ws.addRow(["", "合计", "", { formula: `SUM(D4:D${3 + n})`, result: d.rows.reduce((a, r) => a + r[3], 0) }]);
  ws.columns.forEach(c => { c.width = 20; });
  await wb.xlsx.writeFile(path.join(OUT, name));
}

async function w59() {
  const name = "w59_jiaoyu_jingfei_zhixing.xlsx";
  const d = D[name];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("教育经费");
  ws.addRow(["湖北省2023年教育经费执行情况"]);
  ws.addRow(["项目", "2023年金额（元）", "2022年金额（元）", "增长"]);
  for (const r of d.rows) {
    const row = ws.addRow(r);
    row.getCell(2).numFmt = "0";
    row.getCell(3).numFmt = "0";
  }
  ws.addRow(["资料来源：湖北省教育厅、湖北省财政厅"]);
  ws.columns.forEach(c => { c.width = 22; });
  await wb.xlsx.writeFile(path.join(OUT, name));
}

// ---------------------------------------------------------------- SheetJS
function w11() {
  const name = "w11_gaoling_jintie_mingdan.xlsx";
  const d = D[name];
  const aoa = [["江岸区二七街道2024年6月高龄津贴发放名单"], ["序号", "姓名", "身份证号", "年龄", "津贴金额（元）", "联系人", "联系人电话"], ...d.rows];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }];
  for (let i = 0; i < d.rows.length; i++) {
    const ref = XLSX.utils.encode_cell({ r: i + 2, c: 2 });
    ws[ref] = { t: "s", v: String(d.rows[i][2]) };
    const mref = XLSX.utils.encode_cell({ r: i + 2, c: 6 });
    ws[mref].z = "0";
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "高龄津贴");
  XLSX.writeFile(wb, path.join(OUT, name));
}

function w31() {
  const name = "w31_ruyuan_jianhuren_lianxi.xlsx";
  const d = D[name];
  const aoa = [["洪山区南湖幼儿园2024年秋季新生入园名单"], ["序号", "幼儿姓名", "班级", "监护人", "监护人联系电话"],
    ...d.rows.map(r => r.slice(0, 5))];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  d.rows.forEach((r, i) => {
    const ref = XLSX.utils.encode_cell({ r: i + 2, c: 4 });
    ws[ref].z = r[5] === "sci" ? "0.00E+00" : "0";
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "新生名单");
  XLSX.writeFile(wb, path.join(OUT, name));
}

function w47() {
  const name = "w47_canji_butie_tuomin.xlsx";
  const d = D[name];
  const aoa = [["青山区2024年6月残疾人两项补贴发放公示（脱敏）"], ["序号", "姓名", "残疾人证号", "残疾等级", "生活补贴（元）", "护理补贴（元）"], ...d.rows];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "公示");
  XLSX.writeFile(wb, path.join(OUT, name));
}

(async () => {
  await w20(); await w29(); await w33(); await w54();
  await w05(); await w27(); await w41(); await w59();
  w11(); w31(); w47();
  console.log("node files written");
})().catch(e => { console.error(e); process.exit(1); });
