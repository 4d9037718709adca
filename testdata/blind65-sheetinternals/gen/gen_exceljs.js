// exceljs producer (npm exceljs 4.4.0). Run: NODE_PATH=<scratch>/node_modules node gen_exceljs.js
// exceljs writes shared strings and, for a formula, the cached result it is given.
const ExcelJS = require('exceljs');
const path = require('path');
const fs = require('fs');
const ROOT = path.dirname(__dirname);
const V = JSON.parse(fs.readFileSync(path.join(__dirname, 'values.json'), 'utf8'));
const OUT = path.join(ROOT, 'exceljs');
fs.mkdirSync(OUT, { recursive: true });
const maskId = v => v.slice(0, 6) + '********' + v.slice(-4);

function book(title, heading, rows) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '经办人';
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([title]);
  ws.addRow(heading);
  rows.forEach(r => ws.addRow(r));
  ws.columns.forEach(c => { c.width = 22; });
  return [wb, ws];
}

(async () => {
  // ej_f03: CONCAT with a cached result
  {
    const m = V.MOBILES.f03;
    const [wb, ws] = book('村级防汛责任人名单', ['村名', '责任人', '联系电话'], [['东湖村', '蒋国庆', null]]);
    ws.getCell('C3').value = { formula: `_xlfn.CONCAT("${m.slice(0, 3)}","${m.slice(3, 7)}","${m.slice(7)}")`, result: m };
    await wb.xlsx.writeFile(path.join(OUT, 'f03_concat_mobile_cached.xlsx'));
  }
  // ej_c02: cell note with an ID
  {
    const [wb, ws] = book('2025年度优秀志愿者名单', ['序号', '姓名', '服务时长（小时）'], [[1, '曹文静', 326], [2, '袁立平', 281]]);
    ws.getCell('B3').note = `核对：本人身份证号${V.IDS.c02}，已电话确认`;
    await wb.xlsx.writeFile(path.join(OUT, 'c02_note_id.xlsx'));
  }
  // ej_c05: clean twin, no note
  {
    const [wb, ws] = book('2025年度优秀志愿者名单', ['序号', '姓名', '服务时长（小时）'], [[1, '曹文静', 326], [2, '袁立平', 281]]);
    await wb.xlsx.writeFile(path.join(OUT, 'c05_clean_no_note.xlsx'));
  }
  // ej_l02: intranet link behind harmless text
  {
    const [wb, ws] = book('政务服务事项办理指南', ['事项', '详情'], [['企业开办', null]]);
    ws.getCell('B3').value = { text: '详见系统通知', hyperlink: 'http://oa.local/notice/2025/118' };
    await wb.xlsx.writeFile(path.join(OUT, 'l02_link_oa_local.xlsx'));
  }
  // ej_p01: document properties only
  {
    const [wb, ws] = book('2025年一季度政府采购意向', ['项目', '预算（万元）', '采购时间'], [['办公设备采购', 45, '2025年4月']]);
    wb.creator = '张伟';
    wb.lastModifiedBy = '李娜';
    wb.company = '某县财政局';
    wb.manager = '办公室';
    wb.title = '政府采购意向公开';
    wb.subject = '采购意向';
    wb.keywords = '政府采购;意向公开';
    wb.description = '按季度公开';
    await wb.xlsx.writeFile(path.join(OUT, 'p01_props_author_company.xlsx'));
  }
  // ej_s02: rich-text runs split an ID
  {
    const v = V.IDS.s02;
    const [wb, ws] = book('拟认定高层次人才名单', ['姓名', '身份证号', '类别'], [['潘志远', null, 'C类']]);
    ws.getCell('B3').value = { richText: [
      { text: v.slice(0, 6) },
      { font: { bold: true, color: { argb: 'FFC00000' } }, text: v.slice(6, 14) },
      { font: { italic: true }, text: v.slice(14) },
    ] };
    await wb.xlsx.writeFile(path.join(OUT, 's02_richtext_id.xlsx'));
  }
  // ej_s05: clean twin, rich text over a masked ID
  {
    const v = maskId(V.IDS.s02);
    const [wb, ws] = book('拟认定高层次人才名单', ['姓名', '身份证号', '类别'], [['潘志远', null, 'C类']]);
    ws.getCell('B3').value = { richText: [
      { text: v.slice(0, 6) },
      { font: { bold: true, color: { argb: 'FFC00000' } }, text: v.slice(6, 14) },
      { font: { italic: true }, text: v.slice(14) },
    ] };
    await wb.xlsx.writeFile(path.join(OUT, 's05_clean_richtext_masked.xlsx'));
  }
  console.log('exceljs done');
})();
