const fs = require('fs');
const OUT = '..';
const labels = [];
const label = (file, verdict, cats, raw, note) => labels.push({file, expect_verdict: verdict, expect_categories: cats, raw_values: raw, note});
const CC1 = '91330106MA2H7K3Q1P', CC2 = '91330100704201368X', CC4 = '91330108MA27YB5W0F', CC3 = '123301850024931171';
const FONT = 'gen/cjk_subset.otf';
const names = ['一般公共服务支出','公共安全支出','教育支出','科学技术支出','社会保障和就业支出','卫生健康支出','城乡社区支出','农林水支出'];
const amts = [15823417600,13904521800,18622103500,13577208900,17053398200,13865214700,21436610500,15001237800];

async function main() {
  // n01 npm docx
  const d = require('docx');
  const cell = (t, w) => new d.TableCell({children: [new d.Paragraph(String(t))], width: w ? {size: w, type: d.WidthType.DXA} : undefined});
  const rows = [new d.TableRow({children: ['项目编号','科目名称','年初预算数（元）','决算数（元）','完成率（%）'].map(x => cell(x))})];
  amts.forEach((a, i) => rows.push(new d.TableRow({children: [cell('2026110100' + String(31 + i).padStart(3, '0'), 900), cell(names[i]), cell(a, 900), cell(a - 1234567 * (i + 1), 900), cell((100 - i * 0.37).toFixed(2))]})));
  const doc = new d.Document({creator: '临安区财政局', sections: [{
    headers: {default: new d.Header({children: [new d.Paragraph({alignment: d.AlignmentType.RIGHT, children: [new d.TextRun('临安区2025年度区级决算公开')]})]})},
    footers: {default: new d.Footer({children: [new d.Paragraph({alignment: d.AlignmentType.CENTER, children: [new d.TextRun('联系电话：0571-63720351　监督电话：12345')]})]})},
    children: [
      new d.Paragraph({alignment: d.AlignmentType.CENTER, children: [new d.TextRun({text: '决算说明', size: 44, bold: true, characterSpacing: 300})]}),
      new d.Paragraph({alignment: d.AlignmentType.JUSTIFIED, children: [new d.TextRun('2025年度区级一般公共预算支出决算数为129342451600元，完成调整预算的97.86%。其中，教育支出18622103500元，社会保障和就业支出17053398200元，卫生健康支出13865214700元。')]}),
      new d.Table({rows}),
      new d.Paragraph('注：统一社会信用代码 ' + CC3 + '（临安区财政国库支付中心）。')]}]});
  fs.writeFileSync(OUT + '/n01_juesuan_npmdocx.docx', await d.Packer.toBuffer(doc));
  label('n01_juesuan_npmdocx.docx', 'pass', [], [], 'npm docx: characterSpacing 300 title, header/footer with landline and 12345, table of 13-digit 项目编号 and 11-digit amounts in narrow cells headed 元; must pass');

  // n02 exceljs
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook(); wb.creator = '临安区统计局';
  const ws = wb.addWorksheet('部门通讯录');
  ws.addRow(['单位', '科室', '办公电话', '传真', '邮编']);
  [['区统计局','综合科','0571-63721058','0571-63721059','311300'],['区统计局','核算科','0571-63721062','0571-63721059','311300'],['区财政局','预算科','0571-63720355','0571-63720352','311300'],['区政务服务中心','咨询台','0571-63750000','0571-63750001','311300'],['政务服务热线','','12345','',''],['某某燃气','客服','400-826-5588','','']].forEach(r => ws.addRow(r));
  const ws2 = wb.addWorksheet('收支');
  ws2.addRow(['项目', '金额（元）', '上年（元）']);
  [['税收收入', 11807215600, 11293457800], ['非税收入', 1755658700, 1688120300], ['政府性基金收入', 13652107800, 12873456100], ['国有资本经营收入', 138762500, 120004300]].forEach(r => ws2.addRow(r));
  ws2.getColumn(2).numFmt = '_-¥* #,##0.00_-;-¥* #,##0.00_-;_-¥* "-"??_-;_-@_-';
  ws2.getColumn(3).numFmt = '#,##0.00,,"百万"';
  ws2.getRow(1).eachCell(c => { c.font = {bold: true, color: {argb: 'FFFFFFFF'}}; c.fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FF1F4E79'}}; });
  await wb.xlsx.writeFile(OUT + '/n02_exceljs_dianhua.xlsx');
  label('n02_exceljs_dianhua.xlsx', 'pass', [], [], 'exceljs: office phone directory sheet (landlines, fax, 12345, 400), and a sheet of 11-digit amounts in accounting and scaled (百万) formats; white bold header on dark fill; must pass');

  // n03 SheetJS
  const XLSX = require('xlsx');
  const aoa = [['项目编号', '项目名称', '招标公告日期', '中标金额（元）', '中标单位统一社会信用代码']];
  for (let i = 0; i < 15; i++) aoa.push(['2026110100' + String(100 + i), '某某道路提升改造工程第' + (i + 1) + '标段', '2026-0' + (i % 9 + 1) + '-15', 13500000000 + i * 12345678, [CC1, CC2, CC4][i % 3]]);
  const sh = XLSX.utils.aoa_to_sheet(aoa);
  for (let r = 2; r <= 16; r++) sh['D' + r].z = '#,##0.00';
  const book = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(book, sh, '项目清单');
  XLSX.writeFile(book, OUT + '/n03_sheetjs_xiangmu.xlsx');
  label('n03_sheetjs_xiangmu.xlsx', 'pass', [], [], 'SheetJS: 13-digit 项目编号, 11-digit 中标金额 (135xxxxxxxx, mobile-shaped) in a column headed 元 with #,##0.00, credit codes; must pass');

  // n04 pdfkit
  const PDFDocument = require('pdfkit');
  await new Promise(res => {
    const pd = new PDFDocument({size: 'A4', margin: 50}); const s = fs.createWriteStream(OUT + '/n04_pdfkit_tongji.pdf'); pd.pipe(s);
    pd.font(FONT).fontSize(20).text('统计月报', {align: 'center', characterSpacing: 12});
    pd.fontSize(10).moveDown();
    pd.text('2026年1-10月，全区规模以上工业总产值15723468100元，增长6.8%；固定资产投资13628451900元，增长5.1%；社会消费品零售总额18762093500元，增长4.9%。', {align: 'justify', width: 260});
    let y = pd.y + 10; const xs = [50, 150, 260, 370];
    [['指标', '单位', '1-10月', '增长（%）'], ['工业总产值', '元', '15723468100', '6.8'], ['用电量', '千瓦时', '4321876540', '8.3'], ['货运量', '吨', '13826451', '2.2'], ['新设企业', '户', '6218', '7.5'], ['规上企业数', '个', '8', '0']].forEach(r => { r.forEach((v, i) => pd.text(v, xs[i], y, {lineBreak: false})); y += 18; });
    pd.text('临安区统计局　0571-63721058', 50, y + 20);
    pd.end(); s.on('finish', res);
  });
  label('n04_pdfkit_tongji.pdf', 'pass', [], [], 'pdfkit with a CJK OTF: characterSpacing title, justified paragraph of 11-digit amounts in 元 at 260pt width (wrapped), a table of numbers drawn cell by cell; must pass');

  // n05 pdf-lib
  const {PDFDocument: PL, rgb} = require('pdf-lib'); const fontkit = require('@pdf-lib/fontkit');
  const pdf = await PL.create(); pdf.registerFontkit(fontkit);
  const f = await pdf.embedFont(fs.readFileSync(FONT), {subset: false});
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({x: 0, y: 770, width: 595, height: 72, color: rgb(0.05, 0.23, 0.45)});
  page.drawText('临安区财政局　预算公开', {x: 50, y: 798, size: 22, font: f, color: rgb(1, 1, 1)});
  let yy = 730;
  page.drawText('2026年区级部门预算汇总表（单位：元）', {x: 50, y: yy, size: 14, font: f}); yy -= 28;
  page.drawText('部门编码　部门名称　　　　　预算数（元）　　财政拨款（元）', {x: 50, y: yy, size: 10, font: f}); yy -= 18;
  [['101001', '区政府办公室', '186213456', '172358904'], ['103001', '区财政局', '13562874300', '13512345600'], ['105001', '区教育局', '18622103500', '15823417600'], ['107001', '区卫生健康局', '13865214700', '13904521800']].forEach(r => {
    page.drawText(r[0], {x: 50, y: yy, size: 10, font: f}); page.drawText(r[1], {x: 110, y: yy, size: 10, font: f}); page.drawText(r[2], {x: 240, y: yy, size: 10, font: f}); page.drawText(r[3], {x: 340, y: yy, size: 10, font: f}); yy -= 18; });
  page.drawRectangle({x: 0, y: 0, width: 595, height: 40, color: rgb(0.13, 0.13, 0.13)});
  page.drawText('临安区财政局　电话：0571-63720351　政务服务热线：12345', {x: 50, y: 15, size: 9, font: f, color: rgb(1, 1, 1)});
  fs.writeFileSync(OUT + '/n05_pdflib_banner.pdf', await pdf.save());
  label('n05_pdflib_banner.pdf', 'pass', [], [], 'pdf-lib: white text on a dark drawn banner and footer, a table of 11-digit amounts drawn column by column under 元 headings; must pass');

  fs.writeFileSync('gen/labels_parts/node.json', JSON.stringify(labels, null, 1));
}
main();
