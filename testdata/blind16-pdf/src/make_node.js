// npm producers: pdfkit and pdf-lib. Run with NODE_PATH pointing at an npm folder holding pdfkit, pdf-lib, @pdf-lib/fontkit.
'use strict';
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const { PDFDocument: LibDoc, StandardFonts, PDFName, PDFString } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const V = JSON.parse(fs.readFileSync(path.join(__dirname, 'values.json'), 'utf8'));
const BUILD = process.env.B16_BUILD || '/tmp/blind16-build';
const DROID = path.join(process.env.B16_BUILD || '/tmp/blind16-build', 'cjk.ttf');
const FIXED = new Date(Date.UTC(2026, 11, 6, 2, 0, 0));

const BODY = ['各街道办事处，区直各部门：',
  '　　为做好2027年元旦、春节期间市场保供稳价工作，现将有关事项通知如下。',
  '　　一、加强重要民生商品价格监测，实行日报告制度。',
  '　　二、畅通12315投诉举报渠道，依法查处哄抬价格等违法行为。'];

function kit(name, build) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Title: name, Author: '江临市市场监督管理局', CreationDate: FIXED, ModDate: FIXED } });
    const out = fs.createWriteStream(path.join(BUILD, name + '.pdf'));
    doc.pipe(out);
    doc.registerFont('cjk', DROID);
    doc.font('cjk');
    build(doc);
    doc.end();
    out.on('finish', resolve);
  });
}

function head(doc, title) {
  doc.fillColor('#c00000').fontSize(26).text('江临市市场监督管理局', 72, 120, { align: 'center', width: 451 });
  doc.fillColor('black').fontSize(14).text('江市监〔2026〕12号', { align: 'center', width: 451 });
  doc.moveDown().fontSize(18).text(title, { align: 'center', width: 451 });
  doc.moveDown().fontSize(13);
  for (const l of BODY) doc.text(l, { width: 451, lineGap: 6 });
}

async function main() {
  // k01: the marking written last, at an absolute position at the top right, after the body.
  await kit('k01_pdfkit_marking_last', (doc) => {
    head(doc, '关于做好元旦春节期间市场保供稳价工作的通知');
    doc.fontSize(16).text('机密★3年', 420, 60, { lineBreak: false });
  });
  // k02: a link annotation to an intranet host; the visible words say only 内部办公系统.
  await kit('k02_pdfkit_link_intranet', (doc) => {
    head(doc, '关于启用新版公文处理系统的通知');
    doc.fontSize(13).fillColor('blue').text('请登录内部办公系统填报', 72, 420, { link: 'http://' + V.ips[2] + ':8080/oa/login', underline: true });
  });
  // k03: clean control.
  await kit('k03_pdfkit_clean', (doc) => {
    head(doc, '关于做好元旦春节期间市场保供稳价工作的通知');
    doc.text('　　三、联系人：价格监督检查科，电话0571-87213315。', { width: 451 });
    doc.text('　　江临市市场监督管理局　2026年12月6日', { width: 451, align: 'right' });
  });
  // k04: an ID in wide character spacing (Tc), with its label on the line before.
  await kit('k04_pdfkit_char_spacing', (doc) => {
    head(doc, '关于注销个体工商户营业执照的公告');
    doc.text('　　经营者：杨光明', { width: 451 });
    doc.text('　　身份证号：', { continued: true }).text(V.ids[12], { characterSpacing: 6 });
  });

  // p01: page text clean; an attached 名单.txt carries a marking and an ID.
  {
    const d = await LibDoc.create();
    d.registerFontkit(fontkit);
    const f = await d.embedFont(fs.readFileSync(DROID), { subset: true });
    const p = d.addPage([595, 842]);
    p.drawText('关于报送2026年度优秀志愿者名单的通知', { x: 120, y: 760, size: 18, font: f });
    p.drawText('各区志愿服务联合会：名单详见附件。', { x: 72, y: 710, size: 13, font: f });
    const txt = '秘密★1年\n2026年度优秀志愿者推荐名单\n1 何静 身份证号' + V.ids[13] + ' 手机' + V.mobiles[7] + '\n';
    await d.attach(Buffer.from(txt, 'utf8'), '名单.txt', { mimeType: 'text/plain', description: '附件', creationDate: FIXED, modificationDate: FIXED });
    d.setCreationDate(FIXED); d.setModificationDate(FIXED);
    fs.writeFileSync(path.join(BUILD, 'p01_pdflib_attachment.pdf'), await d.save({ useObjectStreams: true }));
  }
  // p02: a form text field filled in with a card number; the page draws only its label.
  {
    const d = await LibDoc.create();
    d.registerFontkit(fontkit);
    const f = await d.embedFont(fs.readFileSync(DROID), { subset: true });
    const p = d.addPage([595, 842]);
    p.drawText('创业担保贷款贴息申请表', { x: 190, y: 760, size: 18, font: f });
    p.drawText('申请人：吕晓燕　　贴息资金拨付银行卡号：', { x: 72, y: 700, size: 12, font: f });
    const form = d.getForm();
    const tf = form.createTextField('card');
    tf.setText(V.cards[4]);
    tf.addToPage(p, { x: 330, y: 694, width: 190, height: 20 });
    d.setCreationDate(FIXED); d.setModificationDate(FIXED);
    fs.writeFileSync(path.join(BUILD, 'p02_pdflib_form_card.pdf'), await d.save());
  }
  // p03: clean control drawn piece by piece (each word its own drawText, out of order).
  {
    const d = await LibDoc.create();
    d.registerFontkit(fontkit);
    const f = await d.embedFont(fs.readFileSync(DROID), { subset: true });
    const p = d.addPage([595, 842]);
    const pieces = [['2026年12月5日', 420, 560], ['江临市统计局', 420, 585], ['关于发布2026年11月居民消费价格指数的公告', 110, 760],
      ['　　11月份，全市居民消费价格同比上涨0.6%，环比下降0.2%。', 72, 710], ['　　数据解读请咨询：0571-87059600。', 72, 685],
      ['　　其中食品价格同比上涨1.1%，服务价格上涨0.8%。', 72, 660]];
    for (const [t, x, y] of pieces) p.drawText(t, { x, y, size: t.startsWith('关于') ? 17 : 13, font: f });
    d.setTitle('居民消费价格指数公告');
    d.setCreationDate(FIXED); d.setModificationDate(FIXED);
    fs.writeFileSync(path.join(BUILD, 'p03_pdflib_clean.pdf'), await d.save());
  }
  // p04: page 1 from pdf-lib, page 2 copied from another document made in memory, with a plate and a mobile in a rotated line.
  {
    const d = await LibDoc.create();
    d.registerFontkit(fontkit);
    const f = await d.embedFont(fs.readFileSync(DROID), { subset: true });
    const p = d.addPage([595, 842]);
    p.drawText('关于清理僵尸车辆的公告', { x: 200, y: 760, size: 18, font: f });
    p.drawText('　　下列车辆长期占用公共停车位，请车主于15日内自行驶离：', { x: 72, y: 710, size: 13, font: f });
    const { degrees } = require('pdf-lib');
    p.drawText('车牌 ' + V.plates[2] + '　车主电话 ' + V.mobiles[8], { x: 520, y: 200, size: 12, font: f, rotate: degrees(90) });
    d.setCreationDate(FIXED); d.setModificationDate(FIXED);
    fs.writeFileSync(path.join(BUILD, 'p04_pdflib_rotated_line.pdf'), await d.save());
  }
  // p05: clean control: a filled form whose fields hold an office name and a date.
  {
    const d = await LibDoc.create();
    d.registerFontkit(fontkit);
    const f = await d.embedFont(fs.readFileSync(DROID), { subset: true });
    const p = d.addPage([595, 842]);
    p.drawText('政府信息公开申请受理回执', { x: 190, y: 760, size: 18, font: f });
    p.drawText('受理机关：', { x: 72, y: 700, size: 12, font: f });
    p.drawText('受理日期：', { x: 72, y: 670, size: 12, font: f });
    const form = d.getForm();
    const a = form.createTextField('organ'); a.setText('Jianglin Municipal Civil Affairs Bureau'); a.addToPage(p, { x: 140, y: 694, width: 300, height: 20 });
    const b = form.createTextField('date'); b.setText('2026-12-06'); b.addToPage(p, { x: 140, y: 664, width: 120, height: 20 });
    d.setCreationDate(FIXED); d.setModificationDate(FIXED);
    fs.writeFileSync(path.join(BUILD, 'p05_pdflib_clean_form.pdf'), await d.save());
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
