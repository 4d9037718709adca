// gen.js OUT STAGE: the exceljs and SheetJS files of blind19-sheets, from the
// values gen.py wrote to STAGE/values.json.
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');
const fs = require('fs');
const path = require('path');

const [OUT, STAGE] = process.argv.slice(2);
const V = JSON.parse(fs.readFileSync(path.join(STAGE, 'values.json'), 'utf8'));
const p = (f) => path.join(OUT, f);
const FIXED = new Date(Date.UTC(2026, 10, 30, 8, 0, 0));

function book() {
  const wb = new ExcelJS.Workbook();
  wb.creator = '办公室';
  wb.created = FIXED;
  wb.modified = FIXED;
  return wb;
}

async function exceljs() {
  let wb, ws;
  // ej01: note with ID
  wb = book(); ws = wb.addWorksheet('名单');
  ws.addRows([['序号', '姓名', '慰问金（元）'], [1, '黄某某', 500], [2, '林某', 500]]);
  ws.getCell('B2').note = `身份证号${V.ej01_id}，低保户`;
  await wb.xlsx.writeFile(p('ej01_note_id.xlsx'));

  // ej02: hidden sheet with marking
  wb = book(); ws = wb.addWorksheet('汇总');
  ws.addRows([['单位', '完成情况'], ['一中队', '已完成'], ['二中队', '推进中']]);
  const h = wb.addWorksheet('说明', { state: 'hidden' });
  h.addRows([['机密★1年'], ['本表仅限专项工作组使用']]);
  await wb.xlsx.writeFile(p('ej02_hidden_sheet_marking.xlsx'));

  // ej06: UNC hyperlink
  wb = book(); ws = wb.addWorksheet('材料');
  ws.addRows([['材料', '位置'], ['2026年度考核原始材料', '']]);
  ws.getCell('B2').value = { text: '点击查看', hyperlink: '\\\\oa-server\\共享\\人事科\\考核\\2026.docx' };
  await wb.xlsx.writeFile(p('ej06_hyperlink_unc.xlsx'));

  // ej09: merged heading over two columns
  wb = book(); ws = wb.addWorksheet('名单');
  ws.addRows([['姓名', '身份证号', ''], ['', '号码', '备注'], ['梁某', V.ej09_id, '新增']]);
  ws.mergeCells('B1:C1');
  await wb.xlsx.writeFile(p('ej09_merged_heading_split.xlsx'));

  // ej_c01: stats clean
  wb = book(); ws = wb.addWorksheet('统计');
  ws.addRows([['2026年1-10月社会消费品零售总额'], ['指标', '金额（元）', '统计日期'],
    ['全市', 13512346000, new Date(Date.UTC(2026, 9, 31))], ['城镇', 15812340000, new Date(Date.UTC(2026, 9, 31))],
    ['乡村', 18912300000, new Date(Date.UTC(2026, 9, 31))]]);
  ws.getColumn(3).numFmt = 'yyyy-mm-dd';
  await wb.xlsx.writeFile(p('ej_c01_stats_clean.xlsx'));

  // ej_c02: masked cards
  wb = book(); ws = wb.addWorksheet('发放表');
  ws.addRow(['姓名', '身份证号', '银行卡号', '金额（元）']);
  for (const x of V.ej_c) ws.addRow([x.name[0] + '某某', x.id, x.card, 2000]);
  await wb.xlsx.writeFile(p('ej_c02_masked_cards.xlsx'));

  // ej_c04: template with data validations
  wb = book(); ws = wb.addWorksheet('报名表');
  ws.addRows([['姓名', '性别', '手机号码', '报名岗位'], ['', '', '', '']]);
  ws.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"男,女"'] };
  ws.getCell('C2').dataValidation = { type: 'textLength', operator: 'equal', formulae: [11], showInputMessage: true,
    promptTitle: '手机号码', prompt: '请填写11位手机号码', showErrorMessage: true, error: '号码位数不对' };
  await wb.xlsx.writeFile(p('ej_c04_dv_template.xlsx'));

  // ej_c03: header clean
  wb = book(); ws = wb.addWorksheet('目录');
  ws.addRows([['办事指南', '咨询电话'], ['社保卡申领', '0591-87661234'], ['投诉举报', '12345']]);
  ws.headerFooter.oddHeader = '&C某某市人力资源和社会保障局';
  ws.headerFooter.oddFooter = '&C第&P页';
  await wb.xlsx.writeFile(p('ej_c03_header_clean.xlsx'));
}

function sheetjs() {
  const u = XLSX.utils;
  let wb, ws;
  const opts = { bookType: 'xlsx', compression: true };
  // sj01: 15-digit IDs stored as numbers
  wb = u.book_new();
  ws = u.aoa_to_sheet([['姓名', '身份证号', '补助（元）'], ...V.sj01.map((x) => [x.name, Number(x.id), 600])]);
  u.book_append_sheet(wb, ws, '名单');
  XLSX.writeFile(wb, p('sj01_legacy15_number.xlsx'), opts);

  // sj05: inline strings, 卡号 then the card in the next cell
  wb = u.book_new();
  u.book_append_sheet(wb, u.aoa_to_sheet([['收款人', '焦某某'], ['卡号', V.sj05_card], ['金额（元）', 3600]]), '收款');
  XLSX.writeFile(wb, p('sj05_inline_card.xlsx'), { bookType: 'xlsx', bookSST: false });

  // sj07: BIFF8 .xls
  wb = u.book_new();
  u.book_append_sheet(wb, u.aoa_to_sheet([['姓名', '身份证号', '手机号码'], ...V.sj07.map((x) => [x.name, x.id, x.mob])]), '名单');
  XLSX.writeFile(wb, p('sj07_biff8_ids.xls'), { bookType: 'biff8' });

  // sj_c01: clean procurement
  wb = u.book_new();
  u.book_append_sheet(wb, u.aoa_to_sheet([['项目编号', '供应商', '统一社会信用代码', '金额（元）', '日期'],
    ...V.uscc.map((c, i) => [`JZCG2026-${1000 + i}`, '某某科技有限公司', c, 13800000000 + i * 1000, '2026-11-2' + i])]), '结果');
  XLSX.writeFile(wb, p('sj_c01_clean.xlsx'), opts);

  // sj_c03: defined names that are ranges
  wb = u.book_new();
  u.book_append_sheet(wb, u.aoa_to_sheet([['指标', '数值'], ['常住人口（万人）', 86.4], ['城镇化率（%）', 61.2]]), '统计');
  wb.Workbook = { Names: [{ Name: '_xlnm.Print_Area', Sheet: 0, Ref: '统计!$A$1:$B$3' }, { Name: '数据区', Ref: '统计!$B$2:$B$3' }] };
  XLSX.writeFile(wb, p('sj_c03_defined_ranges.xlsx'), opts);

  // sj_c02: sheet names near miss
  wb = u.book_new();
  u.book_append_sheet(wb, u.aoa_to_sheet([['序号', '事项'], [1, '老年助餐点建设']]), '公示（2026年）');
  u.book_append_sheet(wb, u.aoa_to_sheet([['密级', '保密期限（一般不超过）'], ['绝密', '30年'], ['机密', '20年'], ['秘密', '10年']]), '密级说明');
  XLSX.writeFile(wb, p('sj_c02_sheetname_clean.xlsx'), opts);
}

exceljs().then(sheetjs).catch((e) => { console.error(e); process.exit(1); });
