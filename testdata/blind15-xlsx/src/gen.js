// gen.js writes the exceljs (ej_) and SheetJS (sj_) files of blind15-xlsx from
// the values gen.py chose. Usage: node gen.js VALUES_JSON OUTDIR (NODE_PATH must
// reach exceljs and xlsx).
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');

const V = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const OUT = process.argv[3];
const out = (f) => path.join(OUT, f);
const maskId = (v) => v.slice(0, 6) + '********' + v.slice(-4);
const maskMob = (v) => v.slice(0, 3) + '****' + v.slice(-4);

function book() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'blind15';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  return wb;
}

async function exceljsFiles() {
  let wb, ws;

  wb = book();
  ws = wb.addWorksheet('公示名单');
  ws.addRow(['序号', '姓名', '身份证号', '手机号码', '银行卡号', '车牌号']);
  V['ej_gongshi_300.xlsx'].rows.forEach((r, i) => ws.addRow([i + 1, r.name, r.id, r.mobile, r.card, r.plate]));
  ws.getColumn(3).width = 22;
  await wb.xlsx.writeFile(out('ej_gongshi_300.xlsx'));

  wb = book();
  ws = wb.addWorksheet('公示');
  ws.addRow(['序号', '姓名', '身份证号', '手机号码', '银行卡号', '补助金额（元）']);
  V['ej_masked_300.xlsx'].rows.forEach((r, i) => {
    const row = ws.addRow([i + 1, r.name.slice(0, 1) + '某某', maskId(r.id), maskMob(r.mobile),
      r.card.slice(0, 6) + '*'.repeat(r.card.length - 10) + r.card.slice(-4), 1500 + (i % 7) * 250.5]);
    row.getCell(6).numFmt = '#,##0.00';
  });
  await wb.xlsx.writeFile(out('ej_masked_300.xlsx'));

  {
    const sw = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out('ej_stream_lastrow.xlsx'), useSharedStrings: false });
    const s = sw.addWorksheet('名单');
    s.addRow(['序号', '姓名', '身份证号', '手机号码']).commit();
    const rows = V['ej_stream_lastrow.xlsx'].rows;
    rows.forEach((r, i) => {
      const last = i === rows.length - 1;
      s.addRow([i + 1, r.name, last ? r.id : maskId(r.id), maskMob(r.mobile)]).commit();
    });
    s.commit();
    await sw.commit();
  }

  wb = book();
  ws = wb.addWorksheet('联系表');
  ws.addRow(['事项', '联系方式']);
  const m = V['ej_formula_mobile.xlsx'].mobile;
  ws.addRow(['报名咨询', { formula: `CONCATENATE("联系电话：","${m.slice(0, 3)}","${m.slice(3, 7)}","${m.slice(7)}")`, result: '联系电话：' + m }]);
  await wb.xlsx.writeFile(out('ej_formula_mobile.xlsx'));

  wb = book();
  ws = wb.addWorksheet('发放表');
  ws.addRow(['项目', '发放金额（元）']);
  ws.addRow(['临时救助', 3000]);
  ws.getCell('B2').numFmt = '#,##0.00';
  ws.getCell('B2').note = '已转入银行卡 ' + V['ej_note_card.xlsx'].card;
  await wb.xlsx.writeFile(out('ej_note_card.xlsx'));

  wb = book();
  ws = wb.addWorksheet('统计', {
    headerFooter: { differentFirst: true, firstHeader: '&L机密★5年&C执法检查情况', oddHeader: '&C某某市市场监督管理局', oddFooter: '&C第 &P 页' },
  });
  ws.addRow(['季度', '检查户次']);
  ws.addRow(['一季度', 1203]);
  await wb.xlsx.writeFile(out('ej_firstheader_marking.xlsx'));

  wb = book();
  ws = wb.addWorksheet('公开版');
  ws.addRow(['地区', '项目数']);
  ws.addRow(['东区', 7]);
  const hs = wb.addWorksheet('底稿', { state: 'hidden' });
  hs.addRow(['秘密★1年']);
  hs.addRow(['关于重点项目选址的初步方案']);
  hs.addRow(['地块', '面积（亩）']);
  hs.addRow(['A-03', 126.5]);
  await wb.xlsx.writeFile(out('ej_hidden_sheet_marking.xlsx'));

  wb = book();
  ws = wb.addWorksheet('Sheet1');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '秘密★1年';
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = '2024年度重点工作任务分解表';
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.addRow(['序号', '任务', '牵头单位', '配合单位', '完成时限', '备注']);
  ws.addRow([1, '完善制度', '办公室', '各处室', '2024-06', '']);
  await wb.xlsx.writeFile(out('ej_merged_marking.xlsx'));

  wb = book();
  ws = wb.addWorksheet('登记');
  ws.addRow(['申请人', '证件']);
  const id = V['ej_richtext_id.xlsx'].id;
  ws.addRow(['王某某', { richText: [
    { text: '身份证号：' },
    { font: { bold: true }, text: id.slice(0, 10) },
    { font: { color: { argb: 'FFFF0000' } }, text: id.slice(10) },
  ] }]);
  await wb.xlsx.writeFile(out('ej_richtext_id.xlsx'));

  wb = book();
  ws = wb.addWorksheet('主要指标');
  ws.addRow(['指标', '数值', '增速', '发布日期', '联系电话']);
  const stats = [['地区生产总值（亿元）', 18753.56, 0.056], ['常住人口（人）', 12526000, 0.009],
    ['财政收入（元）', 12345678.9, 0.032], ['固定资产投资（元）', 987654321012.5, -0.012]];
  stats.forEach(([a, b, c], i) => {
    const row = ws.addRow([a, b, c, new Date(Date.UTC(2025, 0, 20 + i)), '0571-8' + (7050000 + i * 137)]);
    row.getCell(2).numFmt = '#,##0.00';
    row.getCell(3).numFmt = '0.0%';
    row.getCell(4).numFmt = 'yyyy-mm-dd';
  });
  ws.addRow(['合计', { formula: 'SUM(B2:B5)', result: stats.reduce((s, r) => s + r[1], 0) }]).getCell(2).numFmt = '#,##0.00';
  await wb.xlsx.writeFile(out('ej_clean_stats.xlsx'));
}

function sheetjsFiles() {
  let ws, wb;
  const save = (w, f, opts) => XLSX.writeFile(w, out(f), Object.assign({ compression: true }, opts || {}));

  wb = XLSX.utils.book_new();
  ws = XLSX.utils.aoa_to_sheet([['序号', '姓名', '身份证号', '手机号码'],
    ...V['sj_str_roster.xlsx'].rows.map((r, i) => [i + 1, r.name, r.id, r.mobile])]);
  XLSX.utils.book_append_sheet(wb, ws, '名单');
  save(wb, 'sj_str_roster.xlsx', { bookSST: false });

  {
    const v = V['sj_numbers_numfmt.xlsx'];
    ws = XLSX.utils.aoa_to_sheet([['姓名', '身份证号', '银行卡号', '金额（元）'], ['李某某', Number(v.legacy), Number(v.card16), 1500]]);
    ws.B2.z = '0';
    ws.C2.z = '0000000000000000';
    ws.D2.z = '#,##0.00';
    ws['!cols'] = [{ wch: 8 }, { wch: 20 }, { wch: 20 }, { wch: 10 }];
    wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '发放');
    save(wb, 'sj_numbers_numfmt.xlsx', { bookSST: true, cellStyles: true });
  }

  ws = XLSX.utils.aoa_to_sheet([['项目', '备注'], ['受理', Number(V['sj_hidden_numfmt.xlsx'].mobile)]]);
  ws.B2.z = ';;;';
  wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '受理');
  save(wb, 'sj_hidden_numfmt.xlsx', { bookSST: true, cellStyles: true });

  {
    const row = [];
    for (let i = 0; i < 600; i++) row.push(1000 + i);
    row.push('申报人身份证号' + V['sj_wide_row.xlsx'].id);
    ws = XLSX.utils.aoa_to_sheet([['逐日数据'], row]);
    wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '数据');
    save(wb, 'sj_wide_row.xlsx', { bookSST: true });
  }

  ws = XLSX.utils.aoa_to_sheet([['姓名', '身份证号', '联系电话'],
    ...V['sj_hidden_col.xlsx'].rows.map((r) => [r.name, maskId(r.id), Number(r.mobile)])]);
  ws['!cols'] = [{ wch: 8 }, { wch: 20 }, { hidden: true }];
  wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '人员');
  save(wb, 'sj_hidden_col.xlsx', { bookSST: true, cellStyles: true });

  ws = XLSX.utils.aoa_to_sheet([['订单编号', '交易流水号', '金额（元）'],
    ...V['sj_clean_orders.xlsx'].orders.map((o, i) => [o, '2024' + String(100000000000000 + i * 7919) , 1234.5 + i])]);
  wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '采购订单');
  save(wb, 'sj_clean_orders.xlsx', { bookSST: true });

  ws = XLSX.utils.aoa_to_sheet([['项目', '数量'], ['检查', 31], ['整改', 12]]);
  wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '机密★5年');
  save(wb, 'sj_sheetname_marking.xlsx', { bookSST: true });
}

exceljsFiles().then(sheetjsFiles).catch((e) => { console.error(e); process.exit(1); });
