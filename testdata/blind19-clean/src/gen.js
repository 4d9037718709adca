// Writes the npm-made files of blind19-clean (docx, exceljs, pdfkit, pptxgenjs).
// usage: NODE_PATH=/tmp/blind19-clean-npm/node_modules node gen.js OUTDIR WORKDIR
const fs = require('fs');
const path = require('path');
const docx = require('docx');
const ExcelJS = require('exceljs');
const PDFDocument = require('pdfkit');
const PptxGenJS = require('pptxgenjs');

const [OUT, WORK] = process.argv.slice(2);
const V = JSON.parse(fs.readFileSync(path.join(WORK, 'values.json'), 'utf8'));
const LABELS = [];
const label = (file, v, cats = [], raws = [], note = '') =>
  LABELS.push({ file, expect_verdict: v, expect_categories: cats, raw_values: raws, note });
const FONT = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';
const FIXED = new Date('2026-11-30T02:00:00Z');

async function titleDocx(file, marked) {
  const { Document, Packer, Paragraph, TextRun, Header, AlignmentType } = docx;
  const P = (t, o = {}) => new Paragraph({ children: [new TextRun({ text: t, font: 'FangSong', size: 32, ...o })] });
  const body = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '某某区政务公开办公室关于转发上级保密审查文件的说明', bold: true, size: 40, font: 'SimHei' })] }),
    P('近期，区政务公开办公室陆续收到以下文件，现将文件名称及主要精神说明如下：'),
    P('一、《关于加强政府信息公开保密审查工作的通知》，要求各单位建立信息公开保密审查台账。'),
    P('二、《关于做好工作秘密管理工作的意见》，明确工作秘密的确定、标注、保管和解除程序。'),
    P('三、《关于印发〈机关单位内部资料管理规定〉的通知》，规范内部资料的编印和流转。'),
    P('上述文件均为公开发布文件，全文可在市政府门户网站“政策文件”栏目查阅。'),
    P('某某区政务公开办公室'),
    P('2026年11月25日'),
  ];
  const headers = marked ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: '机密★5年', font: 'SimHei', size: 32 })] })] }) } : undefined;
  const doc = new Document({ creator: '政务公开办', sections: [{ headers, children: body }] });
  fs.writeFileSync(path.join(OUT, file), await Packer.toBuffer(doc));
}

async function emailDocx(file) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType } = docx;
  const cell = t => new TableCell({ children: [new Paragraph(t)], width: { size: 3000, type: WidthType.DXA } });
  const rows = [['渠道', '地址或号码', '受理时间'],
    ['来信', '某某市信访局（某某路1号），邮政编码 310006', '全天'],
    ['电子邮箱', 'xfj@example.gov.cn', '全天'],
    ['来访接待', '0571-87051234', '工作日 8:30-17:00'],
    ['网上信访', 'https://xf.example.gov.cn/wsxf/', '全天'],
    ['项目编号', 'XF-2026-330100-000127', '—']].map(r => new TableRow({ children: r.map(cell) }));
  const doc = new Document({ sections: [{ children: [
    new Paragraph({ children: [new TextRun({ text: '某某市信访事项受理渠道公告', bold: true, size: 36 })] }),
    new Paragraph('根据《信访工作条例》，现将本市信访事项受理渠道公告如下：'),
    new Table({ rows }),
    new Paragraph('本公告自2026年12月1日起施行。'),
  ] }] });
  fs.writeFileSync(path.join(OUT, file), await Packer.toBuffer(doc));
}

async function perfDocx(file) {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell } = docx;
  const cell = t => new TableCell({ children: [new Paragraph(String(t))] });
  const rows = [['项目编码', '项目名称', '预算金额（元）', '执行率', '绩效评分'],
    ['11010526T000000412345', '社区养老服务驿站运营补贴', '12,600,000.00', '96.4%', 92],
    ['11010526T000000412378', '老旧小区综合整治', '48,372,615.20', '88.1%', 85],
    ['11010526T000000412401', '中小学课后服务', '9,860,400.00', '99.2%', 95]].map(r => new TableRow({ children: r.map(cell) }));
  const doc = new Document({ sections: [{ children: [
    new Paragraph('某某区2026年度重点项目绩效自评结果公开'),
    new Table({ rows }),
    new Paragraph('联系人：区财政局绩效科，电话 010-67891234。'),
  ] }] });
  fs.writeFileSync(path.join(OUT, file), await Packer.toBuffer(doc));
}

async function quizXlsx(file, marked) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '保密办'; wb.created = FIXED; wb.modified = FIXED;
  const ws = wb.addWorksheet('测试题');
  ws.addRow(['题号', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  [[1, '国家秘密的最高密级是？', '绝密', '机密', '秘密', '工作秘密', 'A'],
   [2, '秘密级国家秘密保密期限一般不超过？', '5年', '10年', '20年', '30年', 'B'],
   [3, '下列哪个不是国家秘密密级？', '绝密', '机密', '秘密', '内部资料', 'D'],
   [4, '密级标志中密级与保密期限之间用什么符号隔开？', '★', '☆', '#', '—', 'A'],
   [5, '标注“工作秘密”的文件能否在互联网公开？', '能', '不能', '视情况', '经批准可以', 'B']].forEach(r => ws.addRow(r));
  ws.getColumn(2).width = 46;
  if (marked) ws.headerFooter.oddHeader = '&L秘密★1年&C保密知识测试题';
  else ws.headerFooter.oddHeader = '&C保密知识测试题&R第&P页';
  ws.headerFooter.oddFooter = '&C某某区保密办编印';
  await wb.xlsx.writeFile(path.join(OUT, file));
}

async function reportXlsx(file) {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED; wb.modified = FIXED;
  const ws = wb.addWorksheet('年报统计');
  ws.addRow(['某某区人民政府2026年政府信息公开工作年度报告（统计表）']);
  ws.addRow(['项目', '本年新收', '上年结转', '予以公开', '不予公开（属于国家秘密）', '不予公开（危及“三安全一稳定”）', '无法提供']);
  ws.addRow(['自然人', 1283, 47, 812, 3, 1, 206]);
  ws.addRow(['法人或其他组织', 196, 5, 133, 0, 0, 31]);
  ws.addRow(['总计', 1479, 52, 945, 3, 1, 237]);
  ws.addRow([]);
  ws.addRow(['说明：依据《政府信息公开条例》第十四条，属于国家秘密的不予公开；依据第十六条，内部事务信息可以不予公开。']);
  const ws2 = wb.addWorksheet('主动公开');
  ws2.addRow(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  ws2.addRow(['规章', 2, 0, 37]);
  ws2.addRow(['行政规范性文件', 18, 4, 211]);
  ws2.addRow(['行政许可（处理决定数量）', 214367, '', '']);
  ws2.addRow(['行政罚没（金额：万元）', 1836.27, '', '']);
  await wb.xlsx.writeFile(path.join(OUT, file));
}

function lawPdf(file, marked) {
  return new Promise(res => {
    const d = new PDFDocument({ size: 'A4', margin: 60, info: { Title: '保密法条文选读', Producer: 'PDFKit', CreationDate: FIXED } });
    const s = fs.createWriteStream(path.join(OUT, file));
    d.pipe(s);
    d.font(FONT);
    if (marked) d.fontSize(16).text('机密★', 60, 50).moveDown(0.5);
    d.fontSize(20).text('保守国家秘密法条文选读', { align: 'center' }).moveDown();
    d.fontSize(12);
    for (const a of V.LAW) d.text(a, { lineGap: 6 }).moveDown(0.5);
    d.text('（本材料为公开学习资料，欢迎转发）');
    d.end();
    s.on('finish', res);
  });
}

function certPdf(file) {
  return new Promise(res => {
    const d = new PDFDocument({ size: 'A4', margin: 60, info: { Title: '证书公告', CreationDate: FIXED } });
    const s = fs.createWriteStream(path.join(OUT, file));
    d.pipe(s);
    d.font(FONT).fontSize(18).text('2026年度建筑施工企业安全生产许可证延期公告', { align: 'center' }).moveDown();
    d.fontSize(12);
    const rows = [['企业名称', '统一社会信用代码', '许可证编号', '有效期'],
      ['某某建设集团有限公司', V.USCC_C, '（苏）JZ安许证字〔2026〕010245', '2026.12—2029.12'],
      ['某某科技股份有限公司', V.USCC_A, '（苏）JZ安许证字〔2026〕010246', '2026.12—2029.12']];
    let y = 130;
    for (const r of rows) {
      let x = 60;
      const w = [130, 140, 150, 80];
      r.forEach((t, i) => { d.rect(x, y, w[i], 34).stroke(); d.text(t, x + 4, y + 4, { width: w[i] - 8 }); x += w[i]; });
      y += 34;
    }
    d.text('电子证照流水号：320000202612010000587（21位）', 60, y + 20);
    d.text('咨询电话：025-51861234', 60, y + 44);
    d.end();
    s.on('finish', res);
  });
}

async function trainingPptx(file, marked) {
  const p = new PptxGenJS();
  p.author = '保密办'; p.company = '某某市保密局'; p.title = '定密工作培训';
  let s = p.addSlide();
  if (marked) s.addText('机密★10年', { x: 0.3, y: 0.1, w: 3, h: 0.5, fontSize: 18, fontFace: 'SimHei' });
  s.addText('定密工作实务培训', { x: 0.5, y: 1.8, w: 9, h: 1, fontSize: 36, align: 'center' });
  s.addText('某某市国家保密局　2026年11月', { x: 0.5, y: 3.2, w: 9, h: 0.6, fontSize: 18, align: 'center' });
  s = p.addSlide();
  s.addText('一、密级的确定', { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 28 });
  s.addText([{ text: '绝密：最重要的国家秘密', options: { bullet: true } },
    { text: '机密：重要的国家秘密', options: { bullet: true } },
    { text: '秘密：一般的国家秘密', options: { bullet: true } }], { x: 0.8, y: 1.2, w: 8.5, h: 2.5, fontSize: 22 });
  s = p.addSlide();
  s.addText('二、保密期限', { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 28 });
  s.addTable([[{ text: '密级' }, { text: '最长保密期限' }], ['绝密', '30年'], ['机密', '20年'], ['秘密', '10年']], { x: 1, y: 1.3, w: 6, fontSize: 18, border: { type: 'solid', pt: 1, color: '000000' } });
  s.addNotes('讲解要点：保密期限除另有规定外，按上表执行；不能确定期限的，应当确定解密条件。');
  s = p.addSlide();
  s.addText('三、密级标志的标注', { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 28 });
  s.addText('密级标志由“密级”“★”“保密期限”组成，标注在首页左上角；工作秘密不标注密级标志。', { x: 0.8, y: 1.3, w: 8.5, h: 1.5, fontSize: 20 });
  await p.writeFile({ fileName: path.join(OUT, file) });
}

async function openPptx(file) {
  const p = new PptxGenJS();
  p.author = '数据局';
  let s = p.addSlide();
  s.addText('公共数据开放平台使用指南', { x: 0.5, y: 1.8, w: 9, h: 1, fontSize: 34, align: 'center' });
  s = p.addSlide();
  s.addText([{ text: '平台地址：https://data.example.gov.cn', options: { bullet: true, hyperlink: { url: 'https://data.example.gov.cn' } } },
    { text: '接口地址：https://api.data.example.gov.cn/open/v2/', options: { bullet: true } },
    { text: '服务器出口：61.135.169.121（用于白名单配置）', options: { bullet: true } },
    { text: '技术支持：010-59321234，opendata@example.gov.cn', options: { bullet: true } }], { x: 0.6, y: 0.8, w: 9, h: 3.5, fontSize: 20 });
  await p.writeFile({ fileName: path.join(OUT, file) });
}

(async () => {
  await titleDocx('a13_title_quoted.docx', false);
  label('a13_title_quoted.docx', 'pass', [], [], 'npm docx: file titles quoted with 关于 that contain 工作秘密 and 内部资料 (《关于做好工作秘密管理工作的意见》)');
  await titleDocx('a14_title_quoted_marked.docx', true);
  label('a14_title_quoted_marked.docx', 'block', ['classified_marking'], [], 'twin of a13: 机密★5年 alone in the default page header (header1.xml)');
  await emailDocx('b19_xinfang_channels.docx');
  label('b19_xinfang_channels.docx', 'pass', [], [], 'npm docx table: an agency mailbox (info), postcode, landline, URL, a case-number pattern');
  await perfDocx('p13_perf.docx');
  label('p13_perf.docx', 'pass', [], [], 'npm docx: 21-character 项目编码 starting with a region code and 26, amounts');
  await quizXlsx('a07_quiz.xlsx', false);
  label('a07_quiz.xlsx', 'pass', [], [], "exceljs quiz: 绝密/机密/秘密/工作秘密/内部资料 as option cells; print header 保密知识测试题. docs/ call an internal term standing alone a label; here it stands alone only as a quiz option, which a reviewer passes (docs/ silent on options)");
  await quizXlsx('a08_quiz_marked.xlsx', true);
  label('a08_quiz_marked.xlsx', 'block', ['classified_marking'], [], 'twin of a07: print header &L秘密★1年');
  await reportXlsx('p01_annual_report.xlsx');
  label('p01_annual_report.xlsx', 'pass', [], [], 'exceljs 年报 statistics: 属于国家秘密 as a column heading, article citations, counts');
  await lawPdf('a22_law_pdfkit.pdf', false);
  label('a22_law_pdfkit.pdf', 'pass', [], [], 'pdfkit (DroidSansFallback TrueType): 保密法 articles on levels and 保密期限');
  await lawPdf('a23_law_pdfkit_marked.pdf', true);
  label('a23_law_pdfkit_marked.pdf', 'block', ['classified_marking'], [], "twin of a22: 机密★ (no period) on its own line at the top left. pdfkit's DroidSansFallback has no ★ glyph, so the page shows 机密 and a notdef box (pdftotext: 机密 alone): still a bare level heading the document");
  await certPdf('p16_certs_pdfkit.pdf');
  label('p16_certs_pdfkit.pdf', 'pass', [], [], 'pdfkit drawn-box table: companies\' 统一社会信用代码, licence numbers, a 21-digit 流水号');
  await trainingPptx('a05_dingmi_training.pptx', false);
  label('a05_dingmi_training.pptx', 'pass', [], [], 'pptxgenjs 定密 training: levels as bullets (绝密：…), a table of 保密期限, notes, the ★ form described');
  await trainingPptx('a06_dingmi_training_marked.pptx', true);
  label('a06_dingmi_training_marked.pptx', 'block', ['classified_marking'], [], 'twin of a05: 机密★10年 text box at the top left of the title slide');
  await openPptx('p08_opendata.pptx');
  label('p08_opendata.pptx', 'pass', [], [], 'pptxgenjs: public URLs, a public egress IP, landline, mailbox');
  fs.writeFileSync(path.join(WORK, 'labels-js.json'), JSON.stringify(LABELS, null, 1));
  console.log(LABELS.length, 'js labels');
})();
