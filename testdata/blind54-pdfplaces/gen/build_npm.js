// npm producers of blind54-pdfplaces: pdf-lib (+ @pdf-lib/fontkit) and pdfkit.
// Run with NODE_PATH pointing at a node_modules folder that holds them (run.sh does).
const fs = require('fs');
const path = require('path');
const { PDFDocument, rgb, degrees, PDFName, PDFHexString, StandardFonts } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');
const PDFKit = require('pdfkit');

const OUT = process.env.B54_OUT || path.resolve(__dirname, '..');
const BUILD = process.env.B54_BUILD || '/tmp/b54build';
const FONT = '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf';
const out = (n) => path.join(OUT, n);
const build = (n) => path.join(BUILD, n);
const V = JSON.parse(fs.readFileSync(build('values.json'), 'utf8'));

async function newDoc(title) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(FONT), { subset: true });
  const page = doc.addPage([595.28, 841.89]);
  if (title) {
    doc.setTitle(title);
    const w = font.widthOfTextAtSize(title, 18);
    page.drawText(title, { x: (595.28 - w) / 2, y: 740, size: 18, font });
  }
  return { doc, font, page };
}

function lines(page, font, ls, y = 690, x = 72, size = 12, lead = 24) {
  for (const l of ls) { page.drawText(l, { x, y, size, font }); y -= lead; }
  return y;
}

async function save(doc, p) { fs.writeFileSync(p, await doc.save()); }

async function pdflibBase() {
  const { doc, font, page } = await newDoc('关于开展2026年“安全生产月”活动的通知');
  lines(page, font, ['各镇（街道）、区级各部门：', '    今年6月是全国第25个“安全生产月”。',
    '    各单位要结合实际制定活动方案，广泛开展宣传咨询和应急演练。',
    '    活动总结请于7月5日前报区应急管理局。']);
  await save(doc, build('pdflib_base.pdf'));
}

async function p06() {
  const { doc, font, page } = await newDoc('关于公布2026年区级民生实事项目的通知');
  lines(page, font, ['    经区人大代表票决，确定2026年区级民生实事项目10项。',
    '    各牵头单位要细化实施方案，按季度报送进展。']);
  // side label along the right margin, drawn with a rotated text matrix
  page.drawText('政务公开　第2026-07期　区政府办公室', { x: 560, y: 200, size: 10, font, rotate: degrees(90),
    color: rgb(0.4, 0.4, 0.4) });
  await save(doc, out('p06_textmatrix_rot_clean.pdf'));
}

async function p15() {
  const { doc, font, page } = await newDoc('村级公益性岗位人员联络表');
  lines(page, font, ['    请选择本村公益性岗位联络人：']);
  const form = doc.getForm();
  const dd = form.createDropdown('lianluoren');
  dd.addOptions(['请选择', '许文华（青山村）', '张卫东 ' + V.MOB_ZW, '李红梅 ' + V.MOB_LHM]);
  dd.select('请选择');
  dd.addToPage(page, { x: 72, y: 620, width: 260, height: 22, font });
  form.updateFieldAppearances(font);
  await save(doc, out('p15_acro_choice_opts.pdf'));
}

async function p17() {
  const { doc, font, page } = await newDoc('城乡居民临时救助申请表');
  const labels = ['申请人姓名', '身份证号码', '联系电话', '家庭住址', '申请理由'];
  const tips = ['请填写申请人姓名', '请填写18位居民身份证号码', '请填写11位手机号码或固定电话', '填写到门牌号', '简要说明困难情况'];
  const form = doc.getForm();
  labels.forEach((l, i) => {
    const y = 660 - i * 40;
    page.drawText(l + '：', { x: 72, y, size: 12, font });
    const tf = form.createTextField('f' + i);
    tf.addToPage(page, { x: 180, y: y - 6, width: 300, height: 22, font });
    tf.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(tips[i]));
  });
  page.drawText('（本表由申请人如实填写，可到社区服务中心领取纸质表）', { x: 72, y: 420, size: 10, font });
  form.updateFieldAppearances(font);
  await save(doc, out('p17_acro_labels_clean.pdf'));
}

async function attach(name, title, ls, file, fname, mime, desc) {
  const { doc, font, page } = await newDoc(title);
  lines(page, font, ls);
  await doc.attach(fs.readFileSync(file), fname, { mimeType: mime, description: desc,
    creationDate: new Date('2026-03-10T08:00:00Z'), modificationDate: new Date('2026-03-10T08:00:00Z') });
  await save(doc, out(name));
}

function kit(p, opts = {}) {
  const d = new PDFKit({ size: 'A4', margin: 72, info: { Title: opts.title || '', Producer: 'pdfkit' } });
  d.pipe(fs.createWriteStream(p));
  d.registerFont('song', FONT);
  d.font('song');
  return d;
}

function p05() {
  const d = kit(out('p05_textmatrix_rot_mobile.pdf'), { title: '关于规范建筑工地夜间施工管理的通知' });
  d.fontSize(18).text('关于规范建筑工地夜间施工管理的通知', { align: 'center' });
  d.moveDown();
  d.fontSize(12).text('    夜间施工须提前三日向区住建局申请，并在工地出入口公示许可信息。', { lineGap: 8 });
  d.text('    未经许可擅自夜间施工的，依法予以处罚。', { lineGap: 8 });
  // a side label along the left margin, its text matrix turned 90 degrees
  d.save();
  d.rotate(-90, { origin: [40, 700] });
  d.fontSize(10).text('夜间施工投诉受理人：周立新 手机 ' + V.MOB_ZHOU_G, 40, 700, { lineBreak: false });
  d.restore();
  d.end();
}

function p56() {
  const d = kit(out('p56_offpage_mobile.pdf'), { title: '关于城区供水管网改造停水的公告' });
  d.fontSize(18).text('关于城区供水管网改造停水的公告', { align: 'center' });
  d.moveDown();
  d.fontSize(12).text('    因供水管网改造，4月12日8时至18时城东片区暂停供水。', { lineGap: 8 });
  d.text('    请用户提前做好储水准备，给您带来不便敬请谅解。', { lineGap: 8 });
  d.text('施工负责人 李红梅 手机 ' + V.MOB_LHM, -520, 300, { lineBreak: false });
  d.text('市自来水公司', 400, 600, { lineBreak: false });
  d.end();
}

(async () => {
  await pdflibBase();
  await p06();
  await p15();
  await p17();
  await attach('p34_attach_csv_mobile.pdf', '关于公布村级公益性岗位人员名单的通知',
    ['    经村民代表会议推选，确定2026年村级公益性岗位人员。', '    名单见附件（CSV格式）。'],
    build('p34.csv'), '公益性岗位人员名单.csv', 'text/csv', '人员名单');
  await attach('p37_attach_docx_clean.pdf', '关于印发防汛物资储备标准的通知',
    ['    现将《2026年防汛物资储备标准》印发给你们，请遵照执行。', '    标准全文见附件。'],
    build('att_clean.docx'), '防汛物资储备标准.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '储备标准');
  p05();
  p56();
  console.log('npm ok');
})();
