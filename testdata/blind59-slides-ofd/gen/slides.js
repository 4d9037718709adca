// pptxgenjs decks for blind59-slides-ofd. usage: node slides.js OUTDIR (pptxgenjs resolved via NODE_PATH)
const pptxgen = require('pptxgenjs');
const path = require('path');
const out = process.argv[2];
const img = process.argv[3]; // folder with pictures made by make.py
function deck(master) {
  const p = new pptxgen(); p.layout = 'LAYOUT_16x9'; p.author = '县政务公开办'; p.company = '某县人民政府办公室';
  if (master) p.defineSlideMaster(master);
  return p;
}
const T = { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true, fontFace: 'Microsoft YaHei' };
const B = { x: 0.6, y: 1.3, w: 8.8, h: 3.8, fontSize: 18, fontFace: 'Microsoft YaHei', valign: 'top' };
function body(s, lines) { s.addText(lines.map(t => ({ text: t, options: { bullet: true, breakLine: true } })), B); }
const jobs = [];
function save(p, name) { jobs.push(p.writeFile({ fileName: path.join(out, name) })); }

// base decks that make.py edits by hand
{ const p = deck(); const s = p.addSlide(); s.addText('政务公开工作要点', T); body(s, ['规范主动公开目录', '做好依申请公开答复']); save(p, '_base.pptx'); }
{ const p = deck(); const s = p.addSlide(); s.addText('2025年度政府信息公开工作年度报告', T); body(s, ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
  const s2 = p.addSlide(); s2.addText('四、政府信息公开行政复议情况', T); body(s2, ['全年无行政复议、行政诉讼案件']); save(p, '_base2.pptx'); }

// s01 clean title+body
{ const p = deck(); const s = p.addSlide(); s.addText('便民服务事项办理指南', T);
  body(s, ['办理地点：县政务服务中心一楼综合窗口', '咨询电话：12345 政务服务便民热线', '办公电话：0571-86021234（工作日 9:00-17:00）', '统一社会信用代码：11330106MB1234567X']);
  save(p, 's01_title_body_clean.pptx'); }
// s02 mobile in body
{ const p = deck(); const s = p.addSlide(); s.addText('春季森林防火工作部署', T);
  body(s, ['各乡镇落实网格化巡查责任', '值班联系人：周明远 13958623417', '发现火情立即报告']);
  save(p, 's02_body_mobile.pptx'); }
// s03 table with an ID wrapped in a narrow cell
{ const p = deck(); const s = p.addSlide(); s.addText('临时救助对象公示', T);
  const rows = [[{ text: '序号' }, { text: '姓名' }, { text: '身份证号' }, { text: '救助金额（元）' }],
    ['1', '陈某某', '330106********0018', '1500'], ['2', '黄丽娟', '%ID3%', '2000'], ['3', '刘某某', '420111********2213', '1800']];
  s.addTable(rows, { x: 0.5, y: 1.3, w: 6.0, colW: [0.8, 1.2, 1.4, 2.6], fontSize: 14, border: { type: 'solid', color: '666666', pt: 1 } });
  save(p, 's03_table_id_wrapped.pptx'); }
// s04 table masked
{ const p = deck(); const s = p.addSlide(); s.addText('临时救助对象公示', T);
  const rows = [['序号', '姓名', '身份证号', '救助金额（元）'], ['1', '陈某某', '330106********0018', '1500'], ['2', '黄某某', '510104********3326', '2000'], ['3', '刘某某', '420111********2213', '1800']];
  s.addTable(rows, { x: 0.5, y: 1.3, w: 6.0, colW: [0.8, 1.2, 1.4, 2.6], fontSize: 14, border: { type: 'solid', color: '666666', pt: 1 } });
  save(p, 's04_table_masked.pptx'); }
// s09/s10 charts (s09's workbook is edited by make.py)
for (const n of ['s09_chart_workbook_mobile.pptx', 's10_chart_clean.pptx']) {
  const p = deck(); const s = p.addSlide(); s.addText('各乡镇耕地地力保护补贴发放进度', T);
  s.addChart(p.ChartType.bar, [{ name: '发放户数', labels: ['城关镇', '临溪镇', '白沙乡', '石门乡'], values: [1203, 876, 542, 655] }],
    { x: 0.8, y: 1.2, w: 8, h: 4, showTitle: true, title: '补贴发放户数', showValue: true });
  save(p, n); }
// notes
{ const p = deck(); const s = p.addSlide(); s.addText('防汛应急演练安排', T); body(s, ['演练时间：6月上旬', '参演单位：各乡镇、县应急局']);
  s.addNotes('讲解提示：演练现场总指挥王建华，手机15067892345，如有变动及时通知。'); save(p, 's11_notes_mobile.pptx'); }
{ const p = deck(); const s = p.addSlide(); s.addText('防汛应急演练安排', T); body(s, ['演练时间：6月上旬', '参演单位：各乡镇、县应急局']);
  s.addNotes('讲解提示：本页介绍演练的时间和参演单位，重点说明群众转移路线，时长约两分钟。'); save(p, 's12_notes_clean.pptx'); }
{ const p = deck(); const s = p.addSlide(); s.addText('一季度经济运行情况', T); body(s, ['地区生产总值同比增长5.6%', '固定资产投资稳步回升']);
  s.addNotes('【审核意见】第2页乡镇排名数据为内部资料，请勿外传，发布前删去。——办公室 张'); save(p, 's13_notes_reviewer.pptx'); }
// hidden slide
{ const p = deck(); const s = p.addSlide(); s.addText('村级议事协商工作培训', T); body(s, ['议事规则', '协商流程']);
  const h = p.addSlide(); h.hidden = true; h.addText('培训联络员（内部）', T); body(h, ['城关镇 孙立新 13605718842', '临溪镇 吴佳 18857123306']);
  save(p, 's16_hidden_slide.pptx'); }
// layout (slide master object) with 内部资料 / clean master
{ const p = deck({ title: 'GOVLAYOUT', background: { color: 'FFFFFF' }, objects: [{ text: { text: '内部资料　注意保存', options: { x: 7.0, y: 5.1, w: 2.8, h: 0.4, fontSize: 12, color: 'C00000' } } }] });
  const s = p.addSlide({ masterName: 'GOVLAYOUT' }); s.addText('乡村振兴项目推进情况', T); body(s, ['已开工项目32个', '完成投资4.2亿元']);
  const s2 = p.addSlide({ masterName: 'GOVLAYOUT' }); s2.addText('下一步工作安排', T); body(s2, ['加快项目建设进度']);
  save(p, 's18_layout_internal.pptx'); }
{ const p = deck({ title: 'GOVLAYOUT', background: { color: 'FFFFFF' }, objects: [{ text: { text: '某市人民政府办公室', options: { x: 6.8, y: 5.1, w: 3.0, h: 0.4, fontSize: 12, color: '1F4E79' } } }] });
  const s = p.addSlide({ masterName: 'GOVLAYOUT' }); s.addText('乡村振兴项目推进情况', T); body(s, ['已开工项目32个', '完成投资4.2亿元']);
  save(p, 's19_master_clean.pptx'); }
// alt text
{ const p = deck(); const s = p.addSlide(); s.addText('政务服务大厅改造完成', T); body(s, ['新增自助服务终端12台']);
  s.addImage({ path: path.join(img, 'photo.png'), x: 5.5, y: 2.5, w: 4, h: 2.4, altText: '照片：窗口工作人员黄丽娟（身份证%ID22%）现场办理' });
  save(p, 's22_alttext_id.pptx'); }
{ const p = deck(); const s = p.addSlide(); s.addText('政务服务大厅改造完成', T); body(s, ['新增自助服务终端12台']);
  s.addImage({ path: path.join(img, 'photo.png'), x: 5.5, y: 2.5, w: 4, h: 2.4, altText: '政务服务大厅改造后的综合窗口区域' });
  save(p, 's23_alttext_clean.pptx'); }
// hyperlinks
{ const p = deck(); const s = p.addSlide(); s.addText('12345热线工单办理流程', T);
  s.addText([{ text: '工单系统操作手册', options: { hyperlink: { url: 'http://oa.rxzx.local/gongdan/manual.html' } } }], { x: 0.6, y: 1.5, w: 8, h: 0.6, fontSize: 18 });
  save(p, 's24_link_intranet.pptx'); }
{ const p = deck(); const s = p.addSlide(); s.addText('12345热线工单办理流程', T);
  s.addText([{ text: '政务服务网办事指南', options: { hyperlink: { url: 'https://www.zjzwfw.gov.cn/guide/12345.html' } } }], { x: 0.6, y: 1.5, w: 8, h: 0.6, fontSize: 18 });
  save(p, 's25_link_public.pptx'); }
// text outside the slide area (slide is 10 in wide)
{ const p = deck(); const s = p.addSlide(); s.addText('残疾人两项补贴申领说明', T); body(s, ['申请条件', '办理流程']);
  s.addText('备用：申请人马晓燕 身份证号%ID27%', { x: 10.6, y: 2.0, w: 4.5, h: 0.6, fontSize: 14 });
  save(p, 's27_offslide_id.pptx'); }
// white text on a white slide
{ const p = deck(); const s = p.addSlide(); s.background = { color: 'FFFFFF' }; s.addText('老旧小区改造意见征集', T); body(s, ['征集时间：即日起至5月31日']);
  s.addText('联系人郑海波手机13698765432', { x: 0.6, y: 4.6, w: 6, h: 0.4, fontSize: 12, color: 'FFFFFF' });
  save(p, 's28_white_text_mobile.pptx'); }
// 1 pt text box
{ const p = deck(); const s = p.addSlide(); s.addText('重点项目调度会情况通报', T); body(s, ['一、项目进度', '二、存在问题']);
  s.addText('本材料属工作秘密，严禁上网', { x: 8.8, y: 5.3, w: 1.0, h: 0.1, fontSize: 1, color: '000000' });
  save(p, 's29_tiny_text.pptx'); }
// picture-only slides
{ const p = deck(); const s = p.addSlide(); s.addImage({ path: path.join(img, 'marking.png'), x: 0, y: 0, w: 10, h: 5.625 }); save(p, 's30_picture_marking.pptx'); }
{ const p = deck(); const s = p.addSlide(); s.addImage({ path: path.join(img, 'cleanslide.png'), x: 0, y: 0, w: 10, h: 5.625 }); save(p, 's31_picture_clean.pptx'); }
Promise.all(jobs).then(() => console.log('pptxgenjs done', jobs.length));
