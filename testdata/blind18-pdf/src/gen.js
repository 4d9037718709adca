// pdfkit and pdf-lib files of blind18-pdf. Reads WORK/node_data.json (values
// made by gen.py from the fixed seed), writes PDFs into the corpus folder and
// WORK/labels_node.json.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const { PDFDocument: LibDoc, rgb, degrees, StandardFonts } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const WORK = process.env.BLIND18_WORK || '/tmp/blind18-pdf-work';
const OUT = path.resolve(__dirname, '..');
const D = JSON.parse(fs.readFileSync(path.join(WORK, 'node_data.json'), 'utf8'));
const FONT = path.join(WORK, 'zenhei.ttf');
const labels = [];
const L = (file, v, cats, raws, note) => labels.push({ file, expect_verdict: v, expect_categories: cats, raw_values: raws, note });

function kit(file, draw, opts = {}) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Producer: 'PDFKit', Creator: 'PDFKit' }, ...opts });
    const s = fs.createWriteStream(path.join(OUT, file));
    doc.pipe(s);
    doc.registerFont('zen', FONT);
    doc.font('zen');
    draw(doc);
    doc.end();
    s.on('finish', resolve);
  });
}

async function pdfkitFiles() {
  // k01: marking drawn last, at the top-left.
  await kit('k01_pdfkit_marking_last.pdf', (d) => {
    d.fontSize(24).fillColor('#d00000').text('××市应急管理局文件', 72, 150, { align: 'center', width: 451 });
    d.fillColor('black').fontSize(18).text('关于重大危险源专项整治的工作方案', 72, 230, { align: 'center', width: 451 });
    d.fontSize(14).text('各区县应急管理局：为深入开展重大危险源专项整治，制定本方案。', 72, 290, { width: 451 });
    d.fontSize(14).text('000318', 72, 60).text('绝密★长期', 72, 80).text('特提', 72, 100);
  });
  L('k01_pdfkit_marking_last.pdf', 'block', ['classified_marking'], [],
    'pdfkit (WenQuanYi Zen Hei subset): 份号/绝密★长期/特提 drawn last in the stream at the top-left, after the 红头 and body');

  // k02: a drawn table of vehicles: plates and drivers' mobiles.
  await kit('k02_pdfkit_vehicle_table.pdf', (d) => {
    d.fontSize(16).text('公务用车定点维修登记表', { align: 'center' });
    const cols = [72, 160, 280, 420], widths = [88, 120, 140, 100];
    let y = 130;
    const row = (vals) => {
      vals.forEach((v, k) => { d.rect(cols[k], y, widths[k], 24).stroke(); d.fontSize(11).text(v, cols[k] + 4, y + 6, { width: widths[k] - 8 }); });
      y += 24;
    };
    row(['序号', '车牌号', '驾驶员手机', '维修项目']);
    D.k02.forEach((r, k) => row([String(k + 1), r.plate, r.mobile, '保养']));
  });
  L('k02_pdfkit_vehicle_table.pdf', 'review', ['license_plate', 'mobile_phone'], D.k02.flatMap((r) => [r.plate, r.mobile]),
    'pdfkit: a stroked-rectangle table, plates under 车牌号 and mobiles under 驾驶员手机');

  // k03: a CSV roster attached with doc.file().
  await kit('k03_pdfkit_attachment.pdf', (d) => {
    d.fontSize(16).text('关于发放高龄津贴的公告', { align: 'center' });
    d.moveDown().fontSize(12).text('2026年第四季度高龄津贴已发放，发放名单见附件。');
    d.file(Buffer.from(D.k03.csv, 'utf8'), { name: '高龄津贴发放名单.csv', type: 'text/csv', description: '发放名单' });
  });
  L('k03_pdfkit_attachment.pdf', 'block', ['id_card'], D.k03.raws,
    'pdfkit doc.file(): a UTF-8 CSV roster with IDs attached to the document (EmbeddedFiles); the page only says 见附件');

  // clean
  await kit('n18_pdfkit_guide_clean.pdf', (d) => {
    d.fontSize(16).text('社会保障卡申领办事指南', { align: 'center' }).moveDown();
    d.fontSize(12).text('一、办理条件：参加本市社会保险的人员。');
    d.text('二、办理地点：各区社保服务大厅。');
    d.text('三、咨询方式：12345政务服务热线，0571-12333，sbk@example.gov.cn。');
    d.text('四、办理时限：即时办结。');
  });
  L('n18_pdfkit_guide_clean.pdf', 'pass', [], [], 'clean, pdfkit 办事指南: 12345, 12333-style service line, agency mailbox (info)');

  await kit('n28_pdfkit_outline_clean.pdf', (d) => {
    d.fontSize(16).text('2026年政府工作报告重点任务分解', { align: 'center' }).moveDown();
    const top = d.outline.addItem('重点任务分解');
    ['一、稳增长', '二、促改革', '三、惠民生'].forEach((t) => { d.fontSize(12).text(t); top.addItem(t); });
  }, { info: { Producer: 'PDFKit', Title: '重点任务分解', Author: '市政府办公室', Keywords: '政府工作报告 任务分解' } });
  L('n28_pdfkit_outline_clean.pdf', 'pass', [], [], 'clean, pdfkit with outline items and Info (Title, Author, Keywords)');

  await kit('n19_pdfkit_masked_plates.pdf', (d) => {
    d.fontSize(16).text('违法停车车辆公告', { align: 'center' }).moveDown();
    D.n19.forEach((p) => d.fontSize(12).text(`${p}　违法停车　已处理`));
    d.text('以上车辆号牌已作脱敏处理。');
  });
  L('n19_pdfkit_masked_plates.pdf', 'pass', [], [], 'clean near miss, pdfkit: plates masked to province+letter and last two (浙A***45)');
}

async function lib(src, file, edit) {
  const pdf = await LibDoc.load(fs.readFileSync(src));
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fs.readFileSync(FONT), { subset: true });
  await edit(pdf, font);
  fs.writeFileSync(path.join(OUT, file), await pdf.save());
}

async function pdflibFiles() {
  const base = path.join(WORK, 'base_clean.pdf');
  await lib(base, 'p01_pdflib_stamp_marking.pdf', (pdf, font) => {
    const p = pdf.getPage(0);
    p.drawText('秘密★1年', { x: 80, y: p.getHeight() - 60, size: 16, font });
  });
  L('p01_pdflib_stamp_marking.pdf', 'block', ['classified_marking'], [],
    'pdf-lib edit of a LibreOffice PDF: 秘密★1年 stamped at the top-left in a new content stream appended after LibreOffice\'s');

  await lib(base, 'p02_pdflib_diag_watermark.pdf', (pdf, font) => {
    const p = pdf.getPage(0);
    p.drawText('内部资料　注意保存', { x: 150, y: 250, size: 40, font, rotate: degrees(45), color: rgb(0.8, 0.8, 0.8), opacity: 0.4 });
  });
  L('p02_pdflib_diag_watermark.pdf', 'review', ['sensitive_term'], [],
    'pdf-lib edit of a LibreOffice PDF: 内部资料　注意保存 as a grey 45° watermark with an ExtGState opacity');

  await lib(base, 'p03_pdflib_metadata.pdf', (pdf) => {
    pdf.setTitle('财政专项资金分配结果');
    pdf.setSubject('经办人身份证号' + D.p03);
    pdf.setKeywords(['专项资金', D.p03]);
    pdf.setAuthor('财政局');
  });
  L('p03_pdflib_metadata.pdf', 'block', ['id_card'], [D.p03],
    'pdf-lib setSubject/setKeywords on a LibreOffice PDF: the ID only in the Info dictionary (and LibreOffice\'s XMP left unchanged)');

  await lib(base, 'p04_pdflib_form_field.pdf', (pdf, font) => {
    const form = pdf.getForm();
    const tf = form.createTextField('lxdh');
    tf.setText(D.p04);
    tf.addToPage(pdf.getPage(0), { x: 300, y: 120, width: 160, height: 20 });
    pdf.getPage(0).drawText('联系电话：', { x: 230, y: 125, size: 12, font });
  });
  L('p04_pdflib_form_field.pdf', 'review', ['mobile_phone'], [D.p04],
    'pdf-lib: an AcroForm text field added to a LibreOffice PDF whose value is a mobile (label 联系电话 drawn beside it)');

  await lib(base, 'p05_pdflib_scan_page.pdf', async (pdf) => {
    const png = await pdf.embedPng(fs.readFileSync(path.join(WORK, 'p05_scan.png')));
    const p = pdf.addPage([595.28, 841.89]);
    p.drawImage(png, { x: 0, y: 0, width: 595.28, height: 841.89 });
  });
  L('p05_pdflib_scan_page.pdf', 'block', ['classified_marking'], [],
    'pdf-lib appends a scanned page (PNG, no text layer) with 秘密★5年 at its top-left after a clean LibreOffice page');

  await lib(base, 'n20_pdflib_pagenum_clean.pdf', (pdf, font) => {
    pdf.getPages().forEach((p, k) => p.drawText(`— ${k + 1} —`, { x: 280, y: 40, size: 12, font }));
    pdf.setAuthor('××区财政局');
  });
  L('n20_pdflib_pagenum_clean.pdf', 'pass', [], [], 'clean, pdf-lib adds page numbers and an Author to a LibreOffice PDF');

  await lib(base, 'n21_pdflib_attach_clean.pdf', async (pdf) => {
    await pdf.attach(Buffer.from(D.n21, 'utf8'), '资金分配表.csv', { mimeType: 'text/csv', description: '分配表' });
  });
  L('n21_pdflib_attach_clean.pdf', 'pass', [], [], 'clean, pdf-lib attaches a CSV of fund amounts by district (no personal data)');
}

(async () => {
  await pdfkitFiles();
  await pdflibFiles();
  fs.writeFileSync(path.join(WORK, 'labels_node.json'), JSON.stringify(labels, null, 1));
})();
