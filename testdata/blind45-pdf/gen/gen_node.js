// pdfkit and pdf-lib producers.  Values come from values.json (written by
// dump_values.py from common.py).  Writes WORK/pk/ and WORK/pl/.
// Needs NODE_PATH pointing at a node_modules with pdfkit, pdf-lib, @pdf-lib/fontkit.
'use strict';
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const { PDFDocument: LibDoc, PDFName, PDFString, PDFHexString, PDFNumber, rgb, degrees, PDFArray, PDFNull } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const work = process.argv[2];
const V = JSON.parse(fs.readFileSync(path.join(work, 'values.json'), 'utf8'));
const PK = path.join(work, 'pk');
const PL = path.join(work, 'pl');
fs.mkdirSync(PK, { recursive: true });
fs.mkdirSync(PL, { recursive: true });
const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const GBSN = '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf';
const mm = (x) => x * 72 / 25.4;
const A4 = [595.28, 841.89];

// ---------------------------------------------------------------- pdfkit
function pkDoc(file, title) {
  const doc = new PDFDocument({ size: 'A4', margins: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
    info: { Title: title, Author: '办公室' } });
  doc.pipe(fs.createWriteStream(path.join(PK, file)));
  doc.registerFont('cjk', NOTO, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  return doc;
}
function pkPara(doc, t, opts = {}) {
  doc.fontSize(opts.size || 12).text((opts.indent === false ? '' : '\u3000\u3000') + t,
    { align: opts.align || 'left', lineGap: 6 });
}

function pkNotice(file, marked) {
  const doc = pkDoc(file, V.NOTICE_TITLE);
  if (marked) { pkPara(doc, '000127', { indent: false }); pkPara(doc, '机密★1年', { indent: false }); }
  pkPara(doc, '特急', { indent: false });
  doc.moveDown();
  doc.fillColor('#dd0000').fontSize(28).text(V.NOTICE_ORG, { align: 'center' });
  doc.fillColor('black');
  pkPara(doc, V.NOTICE_NO, { indent: false, align: 'center' });
  doc.moveDown();
  pkPara(doc, V.NOTICE_TITLE, { indent: false, align: 'center', size: 18 });
  pkPara(doc, V.NOTICE_TO, { indent: false });
  V.NOTICE_BODY.forEach((t) => pkPara(doc, t));
  doc.moveDown();
  V.NOTICE_SIGN.forEach((t) => pkPara(doc, t, { indent: false, align: 'right' }));
  if (!marked) pkPara(doc, '（此件公开发布）', { indent: false });
  doc.end();
}

function pkGongshi(file) {
  const doc = pkDoc(file, V.GS_TITLE);
  pkPara(doc, V.GS_TITLE, { indent: false, align: 'center', size: 18 });
  pkPara(doc, V.GS_INTRO);
  doc.moveDown(0.5);
  const widths = [28, 46, 28, 118, 78, 110];
  const x0 = doc.page.margins.left;
  let y = doc.y;
  const rh = 24;
  const rows = [V.GS_HEAD].concat(V.HONOUREES.map((h, i) => [String(i + 1), h[0], h[1], h[2], h[3], h[4]]));
  doc.fontSize(10);
  rows.forEach((r) => {
    let x = x0;
    r.forEach((v, c) => {
      doc.rect(x, y, widths[c], rh).lineWidth(0.6).stroke();
      doc.text(v, x + 3, y + 7, { width: widths[c] - 6, lineBreak: false });
      x += widths[c];
    });
    y += rh;
  });
  doc.x = x0; doc.y = y + 12;
  pkPara(doc, V.GS_OUTRO[0]);
  pkPara(doc, V.GS_OUTRO[1]);
  V.GS_OUTRO.slice(2).forEach((t) => pkPara(doc, t, { indent: false, align: 'right' }));
  doc.end();
}

function pkAnnual(file) {
  const doc = pkDoc(file, V.AR_TITLE);
  pkPara(doc, V.AR_TITLE, { indent: false, align: 'center', size: 18 });
  V.AR_BODY.forEach((t) => pkPara(doc, t, { indent: t[1] !== '、' }));
  doc.moveDown();
  ['临江市人民政府办公室', '2025年1月20日'].forEach((t) => pkPara(doc, t, { indent: false, align: 'right' }));
  doc.end();
}

function pkPassports(file) {
  const doc = pkDoc(file, V.PP_TITLE);
  pkPara(doc, V.PP_TITLE, { indent: false, align: 'center', size: 18 });
  pkPara(doc, '根据因公出国（境）管理有关规定，现将我市2025年第三批因公出国（境）团组信息公示如下：');
  pkPara(doc, '团组名称：临江市经贸交流团；出访国家：德国、荷兰；出访时间：2025年9月12日至9月19日（共8天）。');
  pkPara(doc, '团组人员：');
  V.PASSPORTS.forEach((p, i) => pkPara(doc, `${i + 1}. ${p[0]}，${p[1]}，护照号码：${p[2]}`));
  pkPara(doc, '出访任务：考察先进制造业园区，开展招商引资洽谈。经费来源：市财政预算安排。');
  pkPara(doc, '公示期为5个工作日，监督电话：0571-87112345。');
  doc.moveDown();
  ['中共临江市委外事工作委员会办公室', '2025年8月20日'].forEach((t) => pkPara(doc, t, { indent: false, align: 'right' }));
  doc.end();
}

// ---------------------------------------------------------------- pdf-lib
async function plNew(title) {
  const doc = await LibDoc.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(GBSN), { subset: true });
  doc.setTitle(title);
  doc.setProducer('pdf-lib');
  return { doc, font };
}
function wrapCJK(font, text, size, width) {
  const out = [];
  let cur = '';
  for (const ch of text) {
    if (font.widthOfTextAtSize(cur + ch, size) > width) { out.push(cur); cur = ch; } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
// A simple flow writer on one page (all pdf-lib documents here fit on one or two pages).
class Flow {
  constructor(doc, font) { this.doc = doc; this.font = font; this.newPage(); }
  newPage() { this.page = this.doc.addPage(A4); this.y = A4[1] - mm(37); }
  line(t, { size = 12, align = 'left', color = rgb(0, 0, 0), indent = true } = {}) {
    const width = A4[0] - mm(54);
    for (const ln of wrapCJK(this.font, (indent ? '\u3000\u3000' : '') + t, size, width)) {
      const w = this.font.widthOfTextAtSize(ln, size);
      let x = mm(28);
      if (align === 'center') x = (A4[0] - w) / 2;
      if (align === 'right') x = A4[0] - mm(26) - w;
      this.page.drawText(ln, { x, y: this.y, size, font: this.font, color });
      this.y -= size * 1.7;
    }
  }
  gap(h = 10) { this.y -= h; }
}

async function plSave(doc, file, opts) {
  fs.writeFileSync(path.join(PL, file), await doc.save(opts));
}

async function plMinutesHeader(file) {
  const { doc, font } = await plNew(V.MIN_TITLE);
  const f = new Flow(doc, font);
  f.line(V.MIN_ORG, { size: 26, align: 'center', color: rgb(0.87, 0, 0), indent: false });
  f.line(V.MIN_TITLE, { size: 18, align: 'center', indent: false });
  f.line(V.MIN_NO, { align: 'center', indent: false });
  f.gap();
  V.MIN_BODY.slice(0, 4).forEach((t) => f.line(t));
  V.MIN_BODY.slice(4).forEach((t) => f.line(t, { indent: false }));
  // the header is drawn on every page last, as many tools stamp it
  for (const pg of doc.getPages()) pg.drawText('内部资料', { x: mm(28), y: A4[1] - mm(18), size: 11, font });
  await plSave(doc, file);
}

async function plTender(file) {
  const { doc, font } = await plNew(V.TENDER_TITLE);
  const f = new Flow(doc, font);
  f.line(V.TENDER_TITLE, { size: 16, align: 'center', indent: false });
  f.gap();
  V.TENDER_BODY.forEach((t) => f.line(t));
  const label = '\u3000\u3000获取方式：';
  const x = mm(28) + font.widthOfTextAtSize(label, 12);
  f.page.drawText(label, { x: mm(28), y: f.y, size: 12, font });
  f.page.drawText(V.TENDER_LINK_TEXT, { x, y: f.y, size: 12, font, color: rgb(0, 0, 0.8) });
  const w = font.widthOfTextAtSize(V.TENDER_LINK_TEXT, 12);
  const link = doc.context.obj({
    Type: 'Annot', Subtype: 'Link', Rect: [x, f.y - 2, x + w, f.y + 12], Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(V.URL_PDFLIB) },
  });
  f.page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  f.y -= 12 * 1.7;
  V.TENDER_TAIL.forEach((t) => f.line(t));
  V.TENDER_ACCOUNT.forEach((t) => f.line(t, { indent: false }));
  f.line('临江市第一人民医院', { align: 'right', indent: false });
  f.line('2025年6月30日', { align: 'right', indent: false });
  await plSave(doc, file);
}

async function plPenalty(file) {
  const { doc, font } = await plNew(V.PEN_TITLE);
  const f = new Flow(doc, font);
  f.line(V.PEN_TITLE, { size: 18, align: 'center', indent: false });
  f.line(V.PEN_NO, { align: 'center', indent: false });
  f.gap();
  const b = V.PEN_BODY_MASKED;
  b.slice(0, 4).forEach((t) => f.line(t, { indent: false }));
  b.slice(4, -2).forEach((t) => f.line(t));
  f.gap(20);
  b.slice(-2).forEach((t) => f.line(t, { align: 'right', indent: false }));
  await plSave(doc, file);
}

async function plBriefWatermark(file) {
  const { doc, font } = await plNew(V.BRIEF_TITLE);
  const f = new Flow(doc, font);
  f.line(V.BRIEF_TITLE, { size: 18, align: 'center', indent: false });
  f.line(V.BRIEF_NO, { align: 'center', indent: false });
  f.gap();
  V.BRIEF_BODY.forEach((t) => f.line(t));
  f.line('临江市生态环境局办公室　2025年6月5日', { align: 'right', indent: false });
  f.page.drawText('内部资料', { x: 150, y: 250, size: 72, font, color: rgb(0.78, 0.78, 0.78), rotate: degrees(40), opacity: 0.6 });
  await plSave(doc, file);
}

async function plMarkLast(file) {
  const { doc, font } = await plNew(V.MARK_NOTICE_TITLE);
  const f = new Flow(doc, font);
  f.y = A4[1] - mm(60);
  f.line(V.MARK_NOTICE_TITLE, { size: 18, align: 'center', indent: false });
  f.gap();
  V.MARK_NOTICE_BODY.slice(0, -2).forEach((t, i) => f.line(t, { indent: i > 0 }));
  V.MARK_NOTICE_BODY.slice(-2).forEach((t) => f.line(t, { align: 'right', indent: false }));
  const red = rgb(0.87, 0, 0);
  const org = '临江市安全生产委员会办公室';
  f.page.drawText(org, { x: (A4[0] - font.widthOfTextAtSize(org, 28)) / 2, y: A4[1] - mm(42), size: 28, font, color: red });
  f.page.drawLine({ start: { x: mm(28), y: A4[1] - mm(48) }, end: { x: A4[0] - mm(26), y: A4[1] - mm(48) }, thickness: 2, color: red });
  f.page.drawText('秘密★1年', { x: mm(28), y: A4[1] - mm(22), size: 14, font, color: red });
  await plSave(doc, file);
}

async function plForm(file, mode) {
  const { doc, font } = await plNew(V.FORM_TITLE);
  const f = new Flow(doc, font);
  f.line(V.FORM_TITLE, { size: 18, align: 'center', indent: false });
  f.gap(20);
  const form = doc.getForm();
  const fields = [['申请人姓名：', 'xm', mode === 'blank' ? '' : null], ['身份证号码：', 'sfzh', V.FORM_ID],
    ['手机号码：', 'sjhm', V.FORM_MOBILE], ['现工作单位：', 'dw', '']];
  for (const [lab, name, val] of fields) {
    f.page.drawText(lab, { x: mm(30), y: f.y, size: 12, font });
    if (name === 'xm' && mode !== 'blank') {
      f.page.drawText(V.FORM_NAME, { x: mm(72), y: f.y, size: 12, font });
    } else {
      const tf = form.createTextField(name);
      tf.addToPage(f.page, { x: mm(70), y: f.y - 5, width: mm(90), height: 20, borderWidth: 1 });
      if (mode === 'filled' && val) tf.setText(val);
      if (mode === 'noappear' && val) {
        tf.acroField.dict.set(PDFName.of('V'), PDFString.of(val));
      }
    }
    f.y -= mm(14);
  }
  f.line('申请人承诺：以上信息真实有效。', { indent: false });
  await plSave(doc, file, mode === 'noappear' ? { updateFieldAppearances: false } : {});
}

async function plNote(file) {
  const { doc, font } = await plNew(V.BRIEF_TITLE);
  const f = new Flow(doc, font);
  f.line(V.BRIEF_TITLE, { size: 18, align: 'center', indent: false });
  f.gap();
  V.BRIEF_BODY.forEach((t) => f.line(t));
  const note = doc.context.obj({
    Type: 'Annot', Subtype: 'Text', Rect: [A4[0] - mm(40), A4[1] - mm(60), A4[0] - mm(32), A4[1] - mm(52)],
    Contents: PDFHexString.fromText(`第三项数据请与${V.NOTE_NAME}核对，电话${V.NOTE_MOBILE}，核对后再发布`),
    T: PDFHexString.fromText('审核人'), Name: 'Comment', Open: false,
  });
  f.page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(note)]));
  await plSave(doc, file);
}

async function plBookmark(file) {
  const { doc, font } = await plNew(V.BM_TITLE);
  const f = new Flow(doc, font);
  f.line(V.BM_TITLE, { size: 18, align: 'center', indent: false });
  f.gap();
  const ys = [];
  V.BM_SECTIONS.forEach(([head, items]) => {
    ys.push(f.y + 20);
    f.line(head, { size: 14, indent: false });
    items.forEach((t) => f.line(t));
  });
  f.gap();
  f.line('公示期为2025年7月10日至7月16日，联系电话：0571-87090123。', { indent: false });
  const ctx = doc.context;
  const outlinesRef = ctx.nextRef();
  const refs = V.BM_SECTIONS.map(() => ctx.nextRef());
  V.BM_SECTIONS.forEach(([head], i) => {
    const title = i === 2 ? V.BM_LEAK_TITLE : head;
    const d = {
      Title: PDFHexString.fromText(title), Parent: outlinesRef,
      Dest: [f.page.ref, 'XYZ', PDFNull, ys[i], PDFNull],
    };
    if (i > 0) d.Prev = refs[i - 1];
    if (i < refs.length - 1) d.Next = refs[i + 1];
    ctx.assign(refs[i], ctx.obj(d));
  });
  ctx.assign(outlinesRef, ctx.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  await plSave(doc, file);
}

async function plAttach(file) {
  const { doc, font } = await plNew('临江市2025年度城乡居民医疗救助对象名单');
  const f = new Flow(doc, font);
  f.line('临江市2025年度城乡居民医疗救助对象名单', { size: 16, align: 'center', indent: false });
  f.gap();
  f.line('经审核，以下人员符合2025年度医疗救助条件，现予公布（身份证号已脱敏处理，完整名单见附件）。');
  V.ATT_ROWS.forEach(([n, id], i) => f.line(`${i + 1}. ${n}　${V.MASK[id]}`, { indent: false }));
  f.line('临江市医疗保障局　2025年7月18日', { align: 'right', indent: false });
  const csv = '序号,姓名,身份证号,救助金额（元）\r\n' + V.ATT_ROWS.map(([n, id], i) => `${i + 1},${n},${id},${3000 + 500 * i}`).join('\r\n') + '\r\n';
  await doc.attach(Buffer.from('\ufeff' + csv, 'utf8'), '医疗救助名单（完整）.csv', {
    mimeType: 'text/csv', description: '完整名单', creationDate: new Date('2025-07-18T09:00:00Z'),
    modificationDate: new Date('2025-07-18T09:00:00Z'),
  });
  await plSave(doc, file);
}

(async () => {
  pkNotice('notice_mark.pdf', true);
  pkNotice('notice_clean.pdf', false);
  pkGongshi('gs_ids.pdf');
  pkAnnual('annual.pdf');
  pkPassports('passports.pdf');
  await plMinutesHeader('minutes_header.pdf');
  await plTender('tender_intranet.pdf');
  await plPenalty('penalty_masked.pdf');
  await plBriefWatermark('brief_wm.pdf');
  await plMarkLast('mark_last.pdf');
  await plForm('form_id.pdf', 'filled');
  await plForm('form_noappear.pdf', 'noappear');
  await plForm('form_blank.pdf', 'blank');
  await plNote('note_mobile.pdf');
  await plBookmark('bookmark_id.pdf');
  await plAttach('attach_ids.pdf');
  // give pdfkit's streams a moment to flush
  setTimeout(() => console.log('node ok'), 500);
})().catch((e) => { console.error(e); process.exit(1); });
