// XLSX from exceljs and SheetJS, PPTX from pptxgenjs. Labels to ../labels_js.json
const path = require('path'), fs = require('fs');
const ExcelJS = require('exceljs'), XLSX = require('xlsx'), PptxGenJS = require('pptxgenjs');
const OUT = path.join(__dirname, '..');
const labels = [];
const label = (file, v, cats, raw, note) => labels.push({file, expect_verdict: v, expect_categories: cats, raw_values: raw || [], note});
const PHOTO = path.join(__dirname, 'photo.png');

async function excel() {
  const budget = (wb) => { const ws = wb.addWorksheet('预算表'); ws.addRow(['项目', '预算数（万元）']); [['一般公共服务', 812.5], ['教育', 1320], ['卫生健康', 640.2]].forEach(r => ws.addRow(r)); wb.creator = '财务科'; return ws; };
  // data validation prompt with intranet URL
  let wb = new ExcelJS.Workbook(); let ws = budget(wb);
  ws.getCell('C2').dataValidation = {type: 'list', allowBlank: true, formulae: ['"已核实,待核实"'], showInputMessage: true, promptTitle: '说明', prompt: '核实依据见 http://172.20.3.9/czj/hs 系统'};
  await wb.xlsx.writeFile(path.join(OUT, 'x16_validation_prompt_intranet.xlsx'));
  label('x16_validation_prompt_intranet.xlsx', 'review', ['internal_address'], [], 'exceljs data validation input prompt names an intranet URL on 172.20.3.9');
  wb = new ExcelJS.Workbook(); ws = budget(wb);
  ws.getCell('C2').dataValidation = {type: 'list', allowBlank: true, formulae: ['"是,否"'], showInputMessage: true, promptTitle: '填写说明', prompt: '请选择是否纳入绩效评价'};
  await wb.xlsx.writeFile(path.join(OUT, 'x17_validation_list_clean.xlsx'));
  label('x17_validation_list_clean.xlsx', 'pass', [], [], 'exceljs data validation list 是/否 with a prompt; clean');
  // rich text splitting an ID
  const id = '120101199002283121';
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet('公示'); ws.addRow(['姓名', '身份证号', '补贴金额（元）']);
  ws.addRow(['吕某', {richText: [{text: id.slice(0, 6), font: {bold: true}}, {text: id.slice(6, 14), font: {color: {argb: 'FFFF0000'}}}, {text: id.slice(14)}]}, 3000]);
  await wb.xlsx.writeFile(path.join(OUT, 'x18_richtext_split_id.xlsx'));
  label('x18_richtext_split_id.xlsx', 'block', ['id_card'], [id], 'exceljs rich text cell: an ID split over three runs (6+8+4) with different fonts');
  // formula with string literals and cached value
  const m = '13316892075';
  wb = new ExcelJS.Workbook(); ws = budget(wb);
  ws.getCell('A6').value = '联系方式'; ws.getCell('B6').value = {formula: '"王某 "&"' + m.slice(0, 3) + '"&"' + m.slice(3) + '"', result: '王某 ' + m};
  await wb.xlsx.writeFile(path.join(OUT, 'x19_formula_literal_mobile.xlsx'));
  label('x19_formula_literal_mobile.xlsx', 'review', ['mobile_phone'], [m], 'exceljs formula joining string literals into a mobile, with its cached result, under 联系方式');
  // a note with harmless text
  wb = new ExcelJS.Workbook(); ws = budget(wb); ws.getCell('B2').note = '数据来源：2026年部门预算批复';
  await wb.xlsx.writeFile(path.join(OUT, 'x20_note_harmless.xlsx'));
  label('x20_note_harmless.xlsx', 'review', ['hidden_content'], [], 'exceljs cell note with harmless text: comments go to a person per docs');
  // SheetJS hidden column with mobiles
  const rows = [['姓名', '岗位', '手机'], ['许某', '网格员', '15274019936'], ['邓某', '网格员', '18073521648']];
  let w = XLSX.utils.book_new(); let s = XLSX.utils.aoa_to_sheet(rows); s['!cols'] = [{wch: 10}, {wch: 10}, {hidden: true}];
  XLSX.utils.book_append_sheet(w, s, '网格员'); XLSX.writeFile(w, path.join(OUT, 'x21_sheetjs_hidden_col_mobile.xlsx'));
  label('x21_sheetjs_hidden_col_mobile.xlsx', 'review', ['mobile_phone', 'hidden_content'], ['15274019936', '18073521648'], 'SheetJS: hidden column C (手机) with mobiles');
  w = XLSX.utils.book_new(); s = XLSX.utils.aoa_to_sheet([['指标', '数值'], ['会议次数', 12]]);
  XLSX.utils.book_append_sheet(w, s, '内部资料'); XLSX.utils.book_append_sheet(w, XLSX.utils.aoa_to_sheet([['说明'], ['以上数据为初步统计']]), '说明');
  XLSX.writeFile(w, path.join(OUT, 'x22_sheetjs_sheetname_internal.xlsx'));
  label('x22_sheetjs_sheetname_internal.xlsx', 'review', ['sensitive_term'], [], 'SheetJS: a sheet named 内部资料 (the label alone)');
  w = XLSX.utils.book_new(); s = XLSX.utils.aoa_to_sheet([['区县', '服务热线', '办公电话'], ['东城区', '12345', '010-64012345'], ['西城区', '12345', '010-66012345']]);
  XLSX.utils.book_append_sheet(w, s, '便民电话'); XLSX.writeFile(w, path.join(OUT, 'x23_sheetjs_clean.xlsx'));
  label('x23_sheetjs_clean.xlsx', 'pass', [], [], 'SheetJS: hotline 12345 and office landlines; clean');
}

async function ppt() {
  const base = (title) => { const p = new PptxGenJS(); p.author = '宣传科'; p.company = '××区人民政府'; p.title = title; return p; };
  // notes with mobile
  let p = base('工作汇报'); let s = p.addSlide(); s.addText('2026年工作总结', {x: 1, y: 1, w: 8, h: 1, fontSize: 32});
  s.addNotes('讲到这里时请联系会务组小韩，手机13925730418，确认下一环节。');
  await p.writeFile({fileName: path.join(OUT, 'p01_notes_mobile.pptx')});
  label('p01_notes_mobile.pptx', 'review', ['mobile_phone'], ['13925730418'], 'pptxgenjs speaker notes with a mobile after 手机');
  // hidden slide with ID
  const id = '31011519860909406X';
  p = base('表彰名单'); s = p.addSlide(); s.addText('2026年度先进个人表彰', {x: 1, y: 1, w: 8, h: 1, fontSize: 28});
  s = p.addSlide(); s.hidden = true; s.addText('候选人：褚某 身份证号 ' + id, {x: 1, y: 1, w: 8, h: 1});
  await p.writeFile({fileName: path.join(OUT, 'p02_hidden_slide_id.pptx')});
  label('p02_hidden_slide_id.pptx', 'block', ['id_card', 'hidden_content'], [id], 'pptxgenjs hidden slide (show="0") with an ID ending in X');
  // master/layout with marking
  p = base('汇报'); p.defineSlideMaster({title: 'MARKED', background: {color: 'FFFFFF'}, objects: [{text: {text: '机密★1年', options: {x: 0.3, y: 0.2, w: 2.5, h: 0.5, fontSize: 16, bold: true}}}]});
  s = p.addSlide({masterName: 'MARKED'}); s.addText('项目进展情况', {x: 1, y: 1.5, w: 8, h: 1, fontSize: 28});
  await p.writeFile({fileName: path.join(OUT, 'p03_layout_marking.pptx')});
  label('p03_layout_marking.pptx', 'block', ['classified_marking'], [], 'pptxgenjs defineSlideMaster: the layout the slide uses carries 机密★1年 as text');
  // sections clean
  p = base('政策解读'); p.addSection({title: '第一部分 背景'}); s = p.addSlide({sectionTitle: '第一部分 背景'}); s.addText('政策出台背景', {x: 1, y: 1, w: 8, h: 1});
  p.addSection({title: '第二部分 主要内容'}); s = p.addSlide({sectionTitle: '第二部分 主要内容'}); s.addText('主要措施', {x: 1, y: 1, w: 8, h: 1});
  await p.writeFile({fileName: path.join(OUT, 'p04_sections_clean.pptx')});
  label('p04_sections_clean.pptx', 'pass', [], [], 'pptxgenjs section names; clean');
  // table cell with card
  const card = '6212261000123456781';
  p = base('补助发放'); s = p.addSlide(); s.addText('补助发放情况', {x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 24});
  s.addTable([[{text: '户名'}, {text: '开户行'}, {text: '卡号'}], [{text: '卫某'}, {text: '某银行某支行'}, {text: card}]], {x: 0.5, y: 1.3, w: 9});
  await p.writeFile({fileName: path.join(OUT, 'p05_table_card.pptx')});
  label('p05_table_card.pptx', 'block', ['bank_card'], [card], 'pptxgenjs table: a person\'s UnionPay card under 卡号');
  // chart clean
  p = base('预算'); s = p.addSlide(); s.addText('支出结构', {x: 0.5, y: 0.3, w: 9, h: 0.8});
  s.addChart(p.ChartType.bar, [{name: '预算数', labels: ['一般公共服务', '教育', '卫生健康'], values: [812.5, 1320, 640.2]}], {x: 0.5, y: 1.2, w: 9, h: 4, showTitle: true, title: '2026年支出预算（万元）', showValAxisTitle: true, valAxisTitle: '万元', showCatAxisTitle: true, catAxisTitle: '功能分类', showValue: true});
  await p.writeFile({fileName: path.join(OUT, 'p06_chart_clean.pptx')});
  label('p06_chart_clean.pptx', 'pass', [], [], 'pptxgenjs bar chart with title, axis titles, data labels and embedded workbook; clean');
  // chart categories with plates
  p = base('车辆'); s = p.addSlide(); s.addText('公务用车运行费', {x: 0.5, y: 0.3, w: 9, h: 0.8});
  s.addChart(p.ChartType.bar, [{name: '运行费（万元）', labels: ['湘A3M629', '湘A7P180'], values: [2.1, 1.7]}], {x: 0.5, y: 1.2, w: 9, h: 4, showTitle: true, title: '单车运行费'});
  await p.writeFile({fileName: path.join(OUT, 'p07_chart_categories_plates.pptx')});
  label('p07_chart_categories_plates.pptx', 'review', ['license_plate'], [], 'pptxgenjs chart: category labels (strCache and embedded workbook) are plates');
  // alt text
  p = base('活动'); s = p.addSlide(); s.addText('志愿服务活动剪影', {x: 0.5, y: 0.3, w: 9, h: 0.8});
  s.addImage({path: PHOTO, x: 1, y: 1.3, w: 4, h: 2.4, altText: '活动现场，摄影 柏某 手机15103927746'});
  await p.writeFile({fileName: path.join(OUT, 'p08_alttext_mobile.pptx')});
  label('p08_alttext_mobile.pptx', 'review', ['mobile_phone'], ['15103927746'], 'pptxgenjs picture alt text (descr) with a mobile after 手机; picture is a plain colour block');
  p = base('活动'); s = p.addSlide(); s.addText('志愿服务活动剪影', {x: 0.5, y: 0.3, w: 9, h: 0.8});
  s.addImage({path: PHOTO, x: 1, y: 1.3, w: 4, h: 2.4, altText: '社区志愿者在广场开展义诊'});
  await p.writeFile({fileName: path.join(OUT, 'p09_alttext_clean.pptx')});
  label('p09_alttext_clean.pptx', 'pass', [], [], 'pptxgenjs picture alt text describing the scene; clean');
  // bases for hand edits
  for (const n of ['p10', 'p11', 'p12', 'p13', 'p14']) {
    p = base('汇报材料'); s = p.addSlide(); s.addText('2026年重点工作推进情况', {x: 0.5, y: 0.5, w: 9, h: 1, fontSize: 28}); s.addText('一、总体进展顺利', {x: 0.5, y: 1.8, w: 9, h: 0.8});
    s.addNotes('按时间顺序介绍。');
    await p.writeFile({fileName: path.join(__dirname, 'base_' + n + '.pptx')});
  }
}

(async () => { await excel(); await ppt(); fs.writeFileSync(path.join(OUT, 'labels_js.json'), JSON.stringify(labels, null, 1)); })();
