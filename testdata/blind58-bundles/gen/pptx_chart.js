// Writes a one-slide 汇报 PPTX with a column chart (pptxgenjs embeds the chart's workbook).
// usage: node pptx_chart.js OUT.pptx   (NODE_PATH must reach pptxgenjs)
const PptxGenJS = require('pptxgenjs');
const out = process.argv[2];
const p = new PptxGenJS();
p.author = '县发展改革局';
p.title = '青岚县政府投资项目情况汇报';
const s1 = p.addSlide();
s1.addText('青岚县政府投资项目情况汇报', {x: 0.5, y: 1.8, w: 9, h: 1, fontSize: 32, bold: true, align: 'center', fontFace: 'SimHei'});
s1.addText('县发展和改革局　2025年4月', {x: 0.5, y: 3.0, w: 9, h: 0.6, fontSize: 18, align: 'center'});
const s2 = p.addSlide();
s2.addText('近三年政府投资项目数量', {x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 26, fontFace: 'SimHei'});
s2.addChart(p.ChartType.bar, [
  {name: '新开工项目', labels: ['2022年', '2023年', '2024年'], values: [18, 23, 27]},
  {name: '竣工项目', labels: ['2022年', '2023年', '2024年'], values: [12, 17, 21]},
], {x: 0.8, y: 1.3, w: 8.4, h: 3.8, showLegend: true, legendPos: 'b', showTitle: true, title: '项目数量（个）'});
s2.addText('项目数量逐年增长，投资结构持续优化。', {x: 0.8, y: 5.1, w: 8.4, h: 0.4, fontSize: 14});
p.writeFile({fileName: out}).then(f => console.log('wrote ' + f));
