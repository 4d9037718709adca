// Generates the npm-made files of blind20-gongwen: docx, pdfkit, pdf-lib.
// usage: NODE_PATH=<npm dir>/node_modules node make_npm.js OUTDIR LABELS.json
const fs = require('fs'), path = require('path');
const OUT = process.argv[2], LABELS = [];
const lab = (file, v, cats, note) => LABELS.push({file, expect_verdict: v, expect_categories: cats, raw_values: [], note});
const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const BODY = ['各乡镇人民政府、街道办事处，县政府各部门：', '为切实做好今冬明春安全生产工作，经县政府同意，现就有关事项通知如下。',
  '一、全面开展隐患排查。各单位要对本行业本领域开展拉网式排查，建立问题清单。', '二、从严落实防范措施。对排查出的隐患，要明确整改责任、时限和措施。'];
const D = require('docx');
const P = (t, o = {}) => new D.Paragraph({alignment: o.c ? D.AlignmentType.CENTER : undefined, children: [new D.TextRun({text: t, font: {eastAsia: o.f || '仿宋_GB2312'}, size: o.s || 32, color: o.color, bold: o.b})]});
const head = () => [P('某某县人民政府文件', {c: 1, s: 60, color: 'FF0000', f: '方正小标宋简体'}), P('某政发〔2026〕40号', {c: 1}), P('关于做好今冬明春安全生产工作的通知', {c: 1, s: 44})].concat(BODY.map(t => P(t)));
async function docxFile(name, opts) {
  const doc = new D.Document({creator: '办公室', sections: [opts]});
  fs.writeFileSync(path.join(OUT, name), await D.Packer.toBuffer(doc));
}
async function main() {
  await docxFile('m50_npm_titlepage_header.docx', {properties: {titlePage: true},
    headers: {first: new D.Header({children: [P('秘密★1年', {f: '黑体'})]}), default: new D.Header({children: [P('某某县人民政府')]})}, children: head()});
  lab('m50_npm_titlepage_header.docx', 'block', ['classified_marking'], 'npm docx: 秘密★1年 in the first-page header (titlePage), default header the agency name');
  await docxFile('m51_npm_runs_teji_beside.docx', {children: [P('000777'), new D.Paragraph({children: [
    new D.TextRun({text: '机', bold: true, font: {eastAsia: '黑体'}, size: 32}), new D.TextRun({text: '密', font: {eastAsia: '宋体'}, size: 32, color: 'C00000'}),
    new D.TextRun({text: '★', font: 'Wingdings', size: 24}), new D.TextRun({text: '1年', font: {eastAsia: '黑体'}, size: 32}), new D.TextRun({text: '\t\t特急', font: {eastAsia: '黑体'}, size: 32})]})].concat(head())});
  lab('m51_npm_runs_teji_beside.docx', 'block', ['classified_marking'], 'npm docx: 机密★1年 split in runs (bold, colour, ★ in its own run) with 特急 after two tabs on the same line');
  const cell = (t) => new D.TableCell({borders: {top: {style: 'nil'}, bottom: {style: 'nil'}, left: {style: 'nil'}, right: {style: 'nil'}}, children: [P(t, {f: '黑体'})]});
  await docxFile('m52_npm_layout_table.docx', {children: [new D.Table({rows: [new D.TableRow({children: [cell('000778'), cell('')]}), new D.TableRow({children: [cell('秘　密★2年'), cell('加急')]})]})].concat(head())});
  lab('m52_npm_layout_table.docx', 'block', ['classified_marking'], 'npm docx: borderless layout table, R2C1 秘　密★2年 (ideographic space), R2C2 加急');
  await docxFile('p50_npm_teji_header_clean.docx', {headers: {default: new D.Header({children: [P('某某县人民政府办公室　　特急')]})}, children: [P('000779'), P('特急')].concat(head(), [P('（此件公开发布）')])});
  lab('p50_npm_teji_header_clean.docx', 'pass', [], 'npm docx: 份号, 特急 at the head and in the page header, no 密级');
  await docxFile('p51_npm_shangye_mimi.docx', {children: [P('某某市市场监督管理局关于印发《商业秘密保护示范点建设指引》的通知', {c: 1, s: 40}), P('各区市场监管局：'),
    P('现将《商业秘密保护示范点建设指引》印发给你们。各地要指导企业完善商业秘密保护制度，开展涉密岗位人员管理和商业秘密载体管理。'), P('秘密保护工作要坚持企业主体、政府引导。'), P('（此件公开发布）')]});
  lab('p51_npm_shangye_mimi.docx', 'pass', [], 'npm docx: 商业秘密保护 in the title and body; a sentence starting 秘密保护工作要… (秘密 opening a line inside a word)');

  const PDFDocument = require('pdfkit');
  const pk = (name, fn) => new Promise(res => { const doc = new PDFDocument({size: 'A4', info: {Title: '通知', Author: '办公室'}}); const s = fs.createWriteStream(path.join(OUT, name)); doc.pipe(s); doc.font(FONT, 'WenQuanYiMicroHei'); fn(doc); doc.end(); s.on('finish', res); });
  const pkBody = (doc, y = 200) => { doc.fillColor('red').fontSize(28).text('某某县人民政府文件', 72, 110, {align: 'center'}); doc.fillColor('black').fontSize(18).text('关于做好今冬明春安全生产工作的通知', 72, 160, {align: 'center'}); doc.fontSize(14); BODY.forEach((t, i) => doc.text(t, 72, y + i * 40, {width: 450})); };
  await pk('m53_pdfkit_marking_last.pdf', d => { pkBody(d); d.fontSize(16).text('机密★1年', 72, 60); d.text('特急', 72, 82); });
  lab('m53_pdfkit_marking_last.pdf', 'block', ['classified_marking'], 'pdfkit (WenQuanYi Micro Hei TrueType): body first, then 机密★1年 and 特急 drawn last at the top left');
  await pk('m54_pdfkit_attachment.pdf', d => { pkBody(d); d.addPage(); d.fontSize(16).text('附件', 72, 60); d.text('秘密★6个月', 72, 84); d.fontSize(18).text('安全隐患排查清单', 72, 120, {align: 'center'}); d.fontSize(14); BODY.slice(2).forEach((t, i) => d.text(t, 72, 170 + 40 * i, {width: 450})); });
  lab('m54_pdfkit_attachment.pdf', 'block', ['classified_marking'], 'pdfkit: page 2 is the 附件 with its own 秘密★6个月');
  await pk('p52_pdfkit_law_quote.pdf', d => { d.fontSize(16).text('保密法律法规学习材料', 72, 72, {align: 'center'}); d.fontSize(13).text('《中华人民共和国保守国家秘密法》第十三条规定：国家秘密的密级分为绝密、机密、秘密三级。机关、单位对所产生的国家秘密事项，应当按照国家秘密及其密级的具体范围的规定确定密级，同时确定保密期限和知悉范围。各单位要组织干部职工认真学习，增强保密意识。', 72, 120, {width: 450}); });
  lab('p52_pdfkit_law_quote.pdf', 'pass', [], 'pdfkit: study material quoting 保守国家秘密法 with 绝密、机密、秘密三级 inside a wrapped paragraph');
  await pk('p53_pdfkit_jiaji_clean.pdf', d => { d.fontSize(16).text('000321', 72, 60); d.text('加急', 72, 82); pkBody(d); d.text('（此件公开发布）', 72, 420); });
  lab('p53_pdfkit_jiaji_clean.pdf', 'pass', [], 'pdfkit: 份号 and 加急 drawn last at the head, no 密级');

  const {PDFDocument: LD, rgb, degrees} = require('pdf-lib'); const fontkit = require('@pdf-lib/fontkit');
  const fontBytes = fs.readFileSync(process.env.WQY_TTF);
  const pl = async (name, fn) => { const doc = await LD.create(); doc.registerFontkit(fontkit); doc.setTitle('通知'); doc.setAuthor('办公室');
    const f = await doc.embedFont(fontBytes, {subset: true}); await fn(doc, f); fs.writeFileSync(path.join(OUT, name), await doc.save({useObjectStreams: false})); };
  const plBody = (pg, f) => { pg.drawText('某某县人民政府文件', {x: 170, y: 720, size: 28, font: f, color: rgb(1, 0, 0)}); pg.drawText('关于做好今冬明春安全生产工作的通知', {x: 140, y: 680, size: 18, font: f}); BODY.forEach((t, i) => pg.drawText(t.slice(0, 34), {x: 72, y: 640 - 28 * i, size: 13, font: f})); };
  await pl('m55_pdflib_marking_last.pdf', async (doc, f) => { const pg = doc.addPage([595, 842]); plBody(pg, f); pg.drawText('绝密★长期', {x: 72, y: 790, size: 16, font: f}); pg.drawText('特急', {x: 72, y: 766, size: 16, font: f}); });
  lab('m55_pdflib_marking_last.pdf', 'block', ['classified_marking'], 'pdf-lib (WenQuanYi TTF extracted from the TTC, subset): 绝密★长期 drawn after the body at the top left');
  await pl('m56_pdflib_rotated_red.pdf', async (doc, f) => { const pg = doc.addPage([595, 842]); plBody(pg, f); pg.drawText('秘密★1年', {x: 80, y: 770, size: 18, font: f, color: rgb(0.85, 0, 0), rotate: degrees(8)}); pg.drawRectangle({x: 70, y: 760, width: 110, height: 40, borderColor: rgb(0.85, 0, 0), borderWidth: 2, rotate: degrees(8)}); });
  lab('m56_pdflib_rotated_red.pdf', 'block', ['classified_marking'], 'pdf-lib: red 秘密★1年 tilted 8° inside a red box like a stamp, drawn after the body');
  await pl('p54_pdflib_news.pdf', async (doc, f) => { const pg = doc.addPage([595, 842]); pg.drawText('全县保密工作会议召开', {x: 200, y: 780, size: 18, font: f});
    ['11月25日，全县保密工作会议召开。会议传达了全省保密工作会议精神，', '部署了定密管理、涉密人员管理和网站信息保密审查等工作。', '会议要求，各单位要严格区分国家秘密、工作秘密和可以公开的信息，', '确保政府信息公开不泄密。'].forEach((t, i) => pg.drawText(t, {x: 72, y: 740 - 24 * i, size: 13, font: f})); });
  lab('p54_pdflib_news.pdf', 'pass', [], 'pdf-lib: news of a 保密工作会议; 国家秘密、工作秘密 inside a sentence (the prose README says passes)');
  fs.writeFileSync(process.argv[3], JSON.stringify(LABELS, null, 1));
}
main().catch(e => { console.error(e); process.exit(1); });
