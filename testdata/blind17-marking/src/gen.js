// gen.js writes the blind17-marking files made by npm producers: docx, exceljs,
// pptxgenjs and pdf-lib (with @pdf-lib/fontkit, Droid Sans Fallback for CJK and DejaVu Sans for
// digits and stars, as a page set in two fonts).
// Run by make.py with NODE_PATH pointing at the scratch npm folder; every text is synthetic.
'use strict';
const fs = require('fs');
const path = require('path');
const OUT = process.env.OUT;
const BUILD = process.env.BUILD || '/tmp/blind17-marking-build';
const labels = [];
const label = (file, verdict, cats, note) =>
  labels.push({ file, expect_verdict: verdict, expect_categories: cats, raw_values: [], note });
const out = (n) => path.join(OUT, n);

const BODY = [
  '各区县人民政府，市政府各部门：',
  '为进一步做好今冬明春防汛抗旱和森林防火准备工作，经市政府同意，现将有关事项通知如下。',
  '一、压实工作责任。各地要对照职责清单逐项检查，11月30日前完成隐患排查，建立整改台账。',
  '二、加强物资储备。各级防汛物资仓库要补足编织袋、救生衣和发电机组，做到账实相符。',
];

async function docxFiles() {
  const d = require('docx');
  const P = (t) => new d.Paragraph({ children: [new d.TextRun(t)] });
  const save = async (name, doc) => fs.writeFileSync(out(name), await d.Packer.toBuffer(doc));

  await save('m11_docx_firstpage_npm.docx', new d.Document({
    sections: [{
      properties: { titlePage: true },
      headers: {
        first: new d.Header({ children: [P('机密★')] }),
        default: new d.Header({ children: [P('××市应急管理局')] }),
      },
      children: [P('关于做好危险化学品安全专项整治工作的通知'), ...BODY.map(P)],
    }],
  }));
  label('m11_docx_firstpage_npm.docx', 'block', ['classified_marking'],
    'npm docx: titlePage with a first-page-only header 机密★ (no period); the default header names the agency');

  await save('m19_docx_header_gongzuo_npm.docx', new d.Document({
    sections: [{
      headers: { default: new d.Header({ children: [P('工作秘密')] }) },
      children: [P('关于2027年度干部教育培训计划的请示'), P('市委组织部：'),
        P('根据年度工作安排，拟于2027年分4期举办处级干部专题培训班，每期50人，所需经费从部门预算中列支。'), P('妥否，请批示。')],
    }],
  }));
  label('m19_docx_header_gongzuo_npm.docx', 'review', ['sensitive_term'],
    'npm docx: the page header is the label 工作秘密 alone');

  await save('m45_docx_textbox_npm.docx', new d.Document({
    sections: [{
      children: [
        new d.Textbox({ alignment: d.AlignmentType.LEFT, style: { width: '120pt', height: '30pt' },
          children: [P('秘密★1年')] }),
        P('关于做好重点时段网络安全保障工作的通知'), ...BODY.map(P)],
    }],
  }));
  label('m45_docx_textbox_npm.docx', 'block', ['classified_marking'],
    'npm docx Textbox (VML text box written by the docx package) before the title holds 秘密★1年');

  await save('p09_docx_contract_npm.docx', new d.Document({
    sections: [{
      headers: { default: new d.Header({ children: [P('合同编号：HT-2026-0457')] }) },
      children: [P('政务信息系统运行维护服务合同'), P('第十条　保密'),
        P('10.1 乙方应对在服务过程中知悉的甲方工作信息和商业秘密严格保密，不得用于本合同以外的目的。'),
        P('10.2 乙方派驻人员应签署保密承诺书。涉及国家秘密的，按照《中华人民共和国保守国家秘密法》的规定执行。')],
    }],
  }));
  label('p09_docx_contract_npm.docx', 'pass', [],
    'npm docx contract: 商业秘密 in a clause, 保守国家秘密法 quoted, a 合同编号 header');
}

async function excelFiles() {
  const ExcelJS = require('exceljs');
  const rows = [['序号', '单位', '项目', '金额（万元）'], [1, '市交通局', '国省道养护', 1200], [2, '市水利局', '堤防加固', 860]];
  const fill = (ws, r0 = 1) => rows.forEach((r, i) => r.forEach((v, j) => { ws.getCell(r0 + i, j + 1).value = v; }));
  const wbOf = () => { const wb = new ExcelJS.Workbook(); wb.creator = 'xlsx'; wb.created = new Date(Date.UTC(2026, 10, 1)); wb.modified = wb.created; return wb; };

  let wb = wbOf(); let ws = wb.addWorksheet('资金安排');
  ws.headerFooter.oddHeader = '&C机密★1年'; fill(ws);
  await wb.xlsx.writeFile(out('m34_xlsx_exceljs_header.xlsx'));
  label('m34_xlsx_exceljs_header.xlsx', 'block', ['classified_marking'], 'exceljs: print header &C机密★1年 (README names this exact case)');

  wb = wbOf(); ws = wb.addWorksheet('机密'); fill(ws);
  await wb.xlsx.writeFile(out('m37_xlsx_exceljs_sheetname.xlsx'));
  label('m37_xlsx_exceljs_sheetname.xlsx', 'block', ['classified_marking'],
    'exceljs: the only sheet is named 机密 (cells hold an ordinary funding table). Docs are silent on sheet names; a reviewer treats a tab titled with a bare level word like a heading marking');

  wb = wbOf(); ws = wb.addWorksheet('Sheet1');
  ws.mergeCells('A1:D1'); ws.getCell('A1').value = '密级：机密';
  ws.mergeCells('A2:D2'); ws.getCell('A2').value = '2027年重点目标防护经费测算表'; fill(ws, 3);
  await wb.xlsx.writeFile(out('m38_xlsx_exceljs_merged_miji.xlsx'));
  label('m38_xlsx_exceljs_merged_miji.xlsx', 'block', ['classified_marking'], 'exceljs: 密级：机密 in merged A1:D1 above the table title');

  wb = wbOf(); ws = wb.addWorksheet('公开目录');
  ws.headerFooter.oddHeader = '&C主动公开'; ws.headerFooter.oddFooter = '&C第 &P 页';
  fill(ws);
  await wb.xlsx.writeFile(out('p14_xlsx_exceljs_header_gongkai.xlsx'));
  label('p14_xlsx_exceljs_header_gongkai.xlsx', 'pass', [], 'exceljs: print header &C主动公开, sheet 公开目录');

  wb = wbOf(); ws = wb.addWorksheet('保密知识测试');
  [['题号', '题目', 'A', 'B', 'C', '答案'],
   [1, '国家秘密的最高密级是', '绝密', '机密', '秘密', 'A'],
   [2, '机密级国家秘密的保密期限一般不超过', '十年', '二十年', '三十年', 'B'],
   [3, '以下哪一项不属于国家秘密的密级', '秘密', '机密', '内部', 'C']].forEach((r, i) => r.forEach((v, j) => { ws.getCell(i + 1, j + 1).value = v; }));
  await wb.xlsx.writeFile(out('p24_xlsx_exceljs_quiz.xlsx'));
  label('p24_xlsx_exceljs_quiz.xlsx', 'pass', [], 'exceljs: a 保密知识测试 quiz whose answer options are bare 绝密/机密/秘密 cells');
}

async function pptxFiles() {
  const PptxGenJS = require('pptxgenjs');
  const mk = () => { const p = new PptxGenJS(); p.layout = 'LAYOUT_16x9'; p.author = 'x'; p.company = 'x'; return p; };
  const font = { fontFace: 'Microsoft YaHei', fontSize: 18 };

  let p = mk();
  p.defineSlideMaster({ title: 'GW', background: { color: 'FFFFFF' },
    objects: [{ text: { text: '秘密★1年', options: { x: 0.3, y: 0.15, w: 2.2, h: 0.5, fontSize: 16, fontFace: 'SimHei' } } }] });
  let s = p.addSlide({ masterName: 'GW' });
  s.addText('2027年度重点工作安排', { x: 0.5, y: 1.0, w: 9, h: 0.8, fontSize: 28 });
  s.addText(BODY.slice(1).join('\n'), { x: 0.5, y: 2.0, w: 9, h: 3, ...font });
  await p.writeFile({ fileName: out('m39_pptx_master.pptx') });
  label('m39_pptx_master.pptx', 'block', ['classified_marking'],
    'pptxgenjs: 秘密★1年 is a text object of the slide master (pptxgenjs writes it into the layout the slide uses); the slide itself has no marking');

  p = mk(); s = p.addSlide();
  s.addText('关于重点目标防护工作的汇报', { x: 0.5, y: 1.0, w: 7.5, h: 0.8, fontSize: 28 });
  s.addText(BODY.slice(1).join('\n'), { x: 0.5, y: 2.0, w: 9, h: 3, ...font });
  s.addText('机密★', { x: 8.0, y: 0.2, w: 1.6, h: 0.5, fontSize: 18, color: 'C00000' });
  s = p.addSlide(); s.addText('下一步工作打算', { x: 0.5, y: 1.0, w: 9, h: 0.8, fontSize: 28 });
  await p.writeFile({ fileName: out('m40_pptx_shape.pptx') });
  label('m40_pptx_shape.pptx', 'block', ['classified_marking'],
    'pptxgenjs: a text shape 机密★ at the top right of slide 1, added after the title and body shapes');

  p = mk(); s = p.addSlide();
  s.addText('仅供内部参考', { x: 0.3, y: 0.15, w: 2.5, h: 0.4, fontSize: 14 });
  s.addText('2026年前三季度全市财政收支分析', { x: 0.5, y: 1.0, w: 9, h: 0.8, fontSize: 26 });
  s.addText('一般公共预算收入完成年度预算的78.6%，税收收入占比81.2%。', { x: 0.5, y: 2.0, w: 9, h: 1, ...font });
  await p.writeFile({ fileName: out('m41_pptx_jingong.pptx') });
  label('m41_pptx_jingong.pptx', 'review', ['sensitive_term'], 'pptxgenjs: a small text box 仅供内部参考 at the top left of the slide');

  p = mk(); s = p.addSlide();
  s.addText('保密知识培训（二）：国家秘密的密级', { x: 0.5, y: 0.4, w: 9, h: 0.8, fontSize: 26 });
  s.addText([
    { text: '绝密级：最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害', options: { bullet: true } },
    { text: '机密级：重要的国家秘密，泄露会使国家安全和利益遭受严重的损害', options: { bullet: true } },
    { text: '秘密级：一般的国家秘密，泄露会使国家安全和利益遭受损害', options: { bullet: true } },
  ], { x: 0.5, y: 1.4, w: 9, h: 3, ...font });
  s = p.addSlide();
  s.addText('密级一览', { x: 0.5, y: 0.4, w: 9, h: 0.8, fontSize: 26 });
  s.addTable([[{ text: '密级' }, { text: '保密期限' }], [{ text: '绝密' }, { text: '30年' }], [{ text: '机密' }, { text: '20年' }], [{ text: '秘密' }, { text: '10年' }]],
    { x: 0.5, y: 1.4, w: 6, fontSize: 16, border: { type: 'solid', pt: 1, color: '666666' } });
  await p.writeFile({ fileName: out('p02_pptx_training_levels.pptx') });
  label('p02_pptx_training_levels.pptx', 'pass', [],
    'pptxgenjs 保密 training deck: slide 1 lists the three levels as bullets with their definitions, slide 2 a table of bare levels and periods');

  p = mk(); s = p.addSlide();
  s.addText('2027年度重点工作安排', { x: 0.5, y: 1.0, w: 9, h: 0.8, fontSize: 28 });
  s.addText(BODY.slice(1, 3).join('\n'), { x: 0.5, y: 2.0, w: 9, h: 2, ...font });
  await p.writeFile({ fileName: path.join(BUILD, 'm46_base.pptx') });

  p = mk();
  p.defineSlideMaster({ title: 'EDU', objects: [{ text: { text: '××市保密局　保密宣传教育课件（公开）', options: { x: 0.3, y: 5.1, w: 6, h: 0.4, fontSize: 12 } } }] });
  s = p.addSlide({ masterName: 'EDU' });
  s.addText('上网不涉密，涉密不上网', { x: 0.5, y: 1.2, w: 9, h: 1, fontSize: 32 });
  s.addText('信息公开前，应当依照《中华人民共和国保守国家秘密法》进行保密审查。', { x: 0.5, y: 2.5, w: 9, h: 1, ...font });
  await p.writeFile({ fileName: out('p29_pptx_master_gongkai.pptx') });
  label('p29_pptx_master_gongkai.pptx', 'pass', [], 'pptxgenjs: the master carries 保密宣传教育课件（公开）, the slide a slogan about 涉密');
}

async function pdfFiles() {
  const { PDFDocument, PDFName, PDFHexString, PDFString, rgb } = require('pdf-lib');
  const fontkit = require('@pdf-lib/fontkit');
  const fontBytes = fs.readFileSync('/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf');
  const latinBytes = fs.readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
  const base = async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(fontBytes, { subset: true });
    font.latin = await doc.embedFont(latinBytes, { subset: true });
    font.has = new Set(font.getCharacterSet());
    const page = doc.addPage([595.28, 841.89]);
    return { doc, font, page };
  };
  // draw writes text in runs: CJK in Droid Sans Fallback, what it lacks (digits, ★) in DejaVu Sans.
  const draw = (page, font, text, x, y, size) => {
    let run = '', cur = null;
    const flush = () => {
      if (!run) return;
      page.drawText(run, { x, y, size, font: cur });
      x += cur.widthOfTextAtSize(run, size); run = '';
    };
    for (const ch of text) {
      const f = font.has.has(ch.codePointAt(0)) && !/[0-9A-Za-z★☆]/.test(ch) ? font : font.latin;
      if (f !== cur) { flush(); cur = f; }
      run += ch;
    }
    flush();
  };
  const body = (page, font, lines, y0 = 700) => {
    let y = y0;
    for (const l of lines) {
      for (let i = 0; i < l.length; i += 34) { draw(page, font, l.slice(i, i + 34), 72, y, 13); y -= 24; }
    }
  };
  const annot = (doc, page, dict) => {
    const ref = doc.context.register(doc.context.obj(dict));
    let annots = page.node.lookup(PDFName.of('Annots'));
    if (!annots) { annots = doc.context.obj([]); page.node.set(PDFName.of('Annots'), annots); }
    annots.push(ref);
  };

  let { doc, font, page } = await base();
  body(page, font, ['关于做好重要基础设施安全防护工作的通知', ...BODY]);
  draw(page, font, '秘密★2年', 72, 780, 16);
  fs.writeFileSync(out('m27_pdf_pdflib_outoforder.pdf'), await doc.save());
  label('m27_pdf_pdflib_outoforder.pdf', 'block', ['classified_marking'],
    'pdf-lib (Droid Sans Fallback + DejaVu Sans subsets, ★ and digits in the second font): the body is drawn first, 秘密★2年 last in the content stream but at the top left');

  ({ doc, font, page } = await base());
  body(page, font, ['关于印发城市安全风险评估报告的通知', ...BODY]);
  annot(doc, page, { Type: 'Annot', Subtype: 'Stamp', Name: 'Confidential', Rect: [380, 770, 540, 820],
    Contents: PDFHexString.fromText('机密★1年'), F: 4, C: [0.8, 0, 0] });
  fs.writeFileSync(out('m28_pdf_pdflib_stamp.pdf'), await doc.save());
  label('m28_pdf_pdflib_stamp.pdf', 'block', ['classified_marking'],
    'pdf-lib: a Stamp annotation (/Name /Confidential) at the top right whose /Contents is 机密★1年; the page text has no marking');

  ({ doc, font, page } = await base());
  body(page, font, ['关于调整重点区域交通管制措施的通知', ...BODY]);
  annot(doc, page, { Type: 'Annot', Subtype: 'FreeText', Rect: [60, 770, 220, 800], F: 4,
    Contents: PDFHexString.fromText('机密★'), DA: PDFString.of('/Helv 14 Tf 0 0 0 rg') });
  fs.writeFileSync(out('m29_pdf_pdflib_freetext.pdf'), await doc.save());
  label('m29_pdf_pdflib_freetext.pdf', 'block', ['classified_marking'],
    'pdf-lib: a FreeText annotation (typewriter text added in a viewer) at the top left reads 机密★');

  ({ doc, font, page } = await base());
  body(page, font, ['保密审查登记表', '文件标题：关于调整重点区域交通管制措施的通知', '拟稿单位：市公安局交通管理支队'], 720);
  const form = doc.getForm();
  const tf = form.createTextField('miji');
  tf.setText('密级：秘密');
  tf.addToPage(page, { x: 72, y: 770, width: 200, height: 26, font });
  form.updateFieldAppearances(font);
  fs.writeFileSync(out('m30_pdf_pdflib_formfield.pdf'), await doc.save());
  label('m30_pdf_pdflib_formfield.pdf', 'block', ['classified_marking'],
    'pdf-lib: an AcroForm text field at the top of the page filled with 密级：秘密 (value and appearance stream)');

  ({ doc, font, page } = await base());
  body(page, font, ['保密宣传月活动在我市启动', '11月2日，市保密局举办保密宣传月启动仪式。',
    '工作人员讲解了《中华人民共和国保守国家秘密法》：国家秘密的密级分为绝密、机密、秘密三级。',
    '活动引导干部群众做到上网不涉密、涉密不上网。']);
  annot(doc, page, { Type: 'Annot', Subtype: 'Link', Rect: [72, 60, 300, 80], F: 4, Border: [0, 0, 0],
    A: { S: 'URI', URI: PDFString.of('https://www.example.gov.cn/bmj/') } });
  draw(page, font, '来源：××市保密局', 72, 64, 11);
  fs.writeFileSync(out('p30_pdf_pdflib_news.pdf'), await doc.save());
  label('p30_pdf_pdflib_news.pdf', 'pass', [], 'pdf-lib news page quoting the 保密法 with the three levels, and a public link');
}

(async () => {
  await docxFiles();
  await excelFiles();
  await pptxFiles();
  await pdfFiles();
  fs.writeFileSync(path.join(BUILD, 'node_labels.json'), JSON.stringify(labels));
})().catch((e) => { console.error(e); process.exit(1); });
