// Node generators for ..: npm docx, exceljs, SheetJS.
const fs = require('fs');
const path = require('path');
const docx = require('docx');
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');
const OUT = '..';
const labels = [];
const label = (file, v, cats, raw, note) => labels.push({file, expect_verdict: v, expect_categories: cats, raw_values: raw, note});
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType } = docx;

const cell = (t) => new TableCell({ children: [new Paragraph(t)], width: { size: 2000, type: WidthType.DXA } });
const table = (rows) => new Table({ rows: rows.map(r => new TableRow({ children: r.map(cell) })) });

async function main() {
  // r07: values split over runs with different formatting
  let doc = new Document({ sections: [{ children: [
    new Paragraph({ children: [new TextRun({ text: '关于涉案车辆及人员出境限制的函', bold: true })] }),
    new Paragraph({ children: [
      new TextRun('经查，涉案车辆号牌为'), new TextRun({ text: '蒙', bold: true }), new TextRun({ text: 'A', bold: true }),
      new TextRun('·'), new TextRun({ text: 'K8', underline: {} }), new TextRun('236'),
      new TextRun('，车辆所有人持有护照号码'), new TextRun({ text: 'E', italics: true }), new TextRun('3827'),
      new TextRun({ text: '1604', bold: true }), new TextRun('，请协助办理限制出境手续。') ] }),
    new Paragraph('此函。'),
  ] }] });
  fs.writeFileSync(path.join(OUT, 'r07_runs_npmdocx.docx'), await Packer.toBuffer(doc));
  label('r07_runs_npmdocx.docx', 'review', ['license_plate', 'passport'], ['蒙A·K8236', '蒙AK8236', 'E38271604'],
    'npm docx: a plate and a passport each split over 3-4 runs with bold/underline/italic');

  // r25: table with headings only
  doc = new Document({ sections: [{ children: [
    new Paragraph('2024年赴港澳地区学习交流人员名单'),
    table([['姓名', '性别', '护照号', '出访国家（地区）'],
           ['李某', '男', 'E83726150', '新加坡'],
           ['何某', '女', 'EK2736182', '马来西亚']]),
  ] }] });
  fs.writeFileSync(path.join(OUT, 'r25_npmdocx_passport_table.docx'), await Packer.toBuffer(doc));
  label('r25_npmdocx_passport_table.docx', 'review', ['passport'], ['E83726150', 'EK2736182'],
    'npm docx table: passports alone in cells, keyword only in the column heading 护照号');

  // r16: exceljs vehicle register with VIN and engine number beside the plate
  let wb = new ExcelJS.Workbook();
  let ws = wb.addWorksheet('车辆登记');
  ws.addRow(['机动车注册登记信息公示']);
  ws.addRow(['序号', '号牌号码', '车辆识别代号', '发动机号', '车辆类型']);
  ws.addRow([1, '辽B8X372', 'LGBH52E05NY123456', 'HR16 438271K', '小型轿车']);
  ws.addRow([2, '吉A·F36021', 'LFV2A21K9N4123987', 'EA888-K13920', '小型新能源汽车']);
  await wb.xlsx.writeFile(path.join(OUT, 'r16_exceljs_dengji.xlsx'));
  label('r16_exceljs_dengji.xlsx', 'review', ['license_plate'], ['辽B8X372', '吉A·F36021', '吉AF36021'],
    'exceljs register: plates under 号牌号码 beside VINs and engine numbers (those must not count as plates but need not be raw-checked)');

  // r17: SheetJS; keyword in the row (证件类型), column heading 证件号码
  let aoa = [['入境外籍人员健康申报汇总'],
             ['序号', '姓名', '国籍', '证件类型', '证件号码', '入境日期'],
             [1, '陈某', '中国', '护照', 'E72816305', '2024-03-02'],
             [2, '欧阳某', '中国', '护照', 'EH2817364', '2024-03-05']];
  let sheet = XLSX.utils.aoa_to_sheet(aoa);
  let book = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(book, sheet, '申报汇总');
  XLSX.writeFile(book, path.join(OUT, 'r17_sheetjs_zhengjian.xlsx'));
  label('r17_sheetjs_zhengjian.xlsx', 'review', ['passport'], ['E72816305', 'EH2817364'],
    'SheetJS: heading is 证件号码 (not 护照); 护照 stands in the 证件类型 cell of the same row. Docs: keyword on its line or in the column heading — whether a row counts as the line is not said');

  // n24: exceljs bus routes and trains
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet('线路');
  ws.addRow(['火车站接驳公交线路及对应车次']);
  ws.addRow(['公交线路', '首班', '末班', '衔接车次']);
  ws.addRow(['B2路', '05:30', '23:30', 'G1234、G1236']);
  ws.addRow(['Y1路', '06:00', '22:00', 'D2281']);
  ws.addRow(['运通101', '05:00', '23:00', 'K1512、Z151']);
  ws.addRow(['机场快线A1', '05:40', '24:00', '—']);
  await wb.xlsx.writeFile(path.join(OUT, 'n24_exceljs_gongjiao.xlsx'));
  label('n24_exceljs_gongjiao.xlsx', 'pass', [], [], 'exceljs: bus routes (B2路, Y1路, 运通101, A1) and train numbers');

  // n25: SheetJS masked plates
  aoa = [['机动车交通违法记录（已脱敏）'], ['序号', '号牌号码', '违法行为', '罚款（元）'],
         [1, '冀A***28', '违法停车', 200], [2, '冀F·D***93', '未按规定让行', 100], [3, '晋A**7K2', '超速', 200]];
  sheet = XLSX.utils.aoa_to_sheet(aoa); book = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(book, sheet, '记录');
  XLSX.writeFile(book, path.join(OUT, 'n25_sheetjs_masked_plates.xlsx'));
  label('n25_sheetjs_masked_plates.xlsx', 'pass', [], [], 'SheetJS: masked plates under 号牌号码 (docs: masked values are not findings)');

  // n26: npm docx 出入境 notice without personal numbers
  doc = new Document({ sections: [{ children: [
    new Paragraph('关于出入境证件“全国通办”的公告'),
    new Paragraph('自2024年1月1日起，内地居民可在全国任一出入境管理机构申请办理普通护照、往来港澳通行证及签注。'),
    new Paragraph('受理编号规则：年份+受理点代码+流水号，如2024-110105-000123。'),
    new Paragraph('邮寄证件的，快递单号以短信形式告知申请人。咨询电话：12367。'),
  ] }] });
  fs.writeFileSync(path.join(OUT, 'n26_npmdocx_churujing.docx'), await Packer.toBuffer(doc));
  label('n26_npmdocx_churujing.docx', 'pass', [], [], 'npm docx 出入境 announcement: 护照/港澳通行证 named, no number; a 受理编号 example; hotline 12367');

  // n27: exceljs scrapped-vehicle auction with VIN and engine numbers only
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet('拍卖清单');
  ws.addRow(['行政事业单位报废车辆公开拍卖清单（号牌已注销）']);
  ws.addRow(['标的号', '品牌型号', '车辆识别代号', '发动机号', '起拍价（元）']);
  ws.addRow(['P001', '桑塔纳SVW7182LJi', 'LSVHJ133022183764', 'AJR182736', 3000]);
  ws.addRow(['P002', '帕萨特SVW7183HJi', 'LSVCH23B462817364', 'BGC027361', 4500]);
  ws.addRow(['P003', '金杯SY6483', 'LSYAA2AD5G7182736', '4G64S4M-K28173', 5200]);
  await wb.xlsx.writeFile(path.join(OUT, 'n27_exceljs_paimai.xlsx'));
  label('n27_exceljs_paimai.xlsx', 'pass', [], [], 'exceljs auction list: VINs and engine numbers, plates already cancelled and not listed');

  fs.writeFileSync('./labels_node.json', JSON.stringify(labels, null, 1));
  console.log(labels.length, 'node labels');
}
main();
