// office.js SPEC.json OUTDIR: the npm docx / exceljs / pptxgenjs documents of blind9.
'use strict';
const fs = require('fs');
const path = require('path');
const docx = require('docx');
const ExcelJS = require('exceljs');
const PptxGenJS = require('pptxgenjs');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const outdir = process.argv[3];

const FS = '仿宋_GB2312';
const XBS = '方正小标宋简体';

function para(text, opts = {}) {
  return new docx.Paragraph({
    alignment: opts.center ? docx.AlignmentType.CENTER : undefined,
    indent: opts.center ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
    children: [new docx.TextRun({ text, font: opts.center ? XBS : FS, size: opts.center ? 44 : 32 })],
  });
}

function cell(text, width, bold) {
  const runs = Array.isArray(text) ? text : [text];
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.DXA },
    children: [new docx.Paragraph({ children: runs.map((t) => new docx.TextRun({ text: t, font: FS, size: 24, bold })) })],
  });
}

async function makeDocx(d) {
  const children = [para(d.title, { center: true })];
  for (const p of d.paras) children.push(para(p));
  if (d.link) {
    children.push(new docx.Paragraph({
      indent: { firstLine: 640 },
      children: [
        new docx.TextRun({ text: d.link.before, font: FS, size: 32 }),
        new docx.ExternalHyperlink({ link: d.link.url,
          children: [new docx.TextRun({ text: d.link.text, style: 'Hyperlink', font: FS, size: 32 })] }),
        new docx.TextRun({ text: d.link.after || '。', font: FS, size: 32 }),
      ],
    }));
  }
  if (d.image) {
    children.push(new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      children: [new docx.ImageRun({ type: 'png', data: fs.readFileSync(d.image.file),
        transformation: { width: 240, height: 160 },
        altText: { title: d.image.title, description: d.image.desc, name: d.image.name || '图片 1' } })],
    }));
  }
  if (d.table) {
    const rows = [new docx.TableRow({ tableHeader: true,
      children: d.table.head.map((h, i) => cell(h, d.table.widths[i], true)) })];
    for (const r of d.table.rows) rows.push(new docx.TableRow({ children: r.map((c, i) => cell(c, d.table.widths[i])) }));
    children.push(new docx.Table({ rows, layout: docx.TableLayoutType.FIXED,
      columnWidths: d.table.widths, width: { size: d.table.widths.reduce((a, b) => a + b, 0), type: docx.WidthType.DXA } }));
  }
  for (const p of d.after || []) children.push(para(p));
  children.push(new docx.Paragraph({ alignment: docx.AlignmentType.RIGHT,
    children: [new docx.TextRun({ text: d.sign || '青溪市人民政府办公室', font: FS, size: 32 })] }));
  const section = { properties: {}, children };
  section.headers = { default: new docx.Header({ children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER,
    children: [new docx.TextRun({ text: d.header || '', font: FS, size: 18 })] })] }) };
  const doc = new docx.Document({ creator: '', title: d.title, sections: [section] });
  fs.writeFileSync(path.resolve(outdir, d.out), await docx.Packer.toBuffer(doc));
}

async function makeXlsx(d) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '';
  const ws = wb.addWorksheet(d.sheet || 'Sheet1');
  if (d.caption) {
    ws.addRow([d.caption]);
    ws.mergeCells(1, 1, 1, d.head.length);
  }
  ws.addRow(d.head).font = { bold: true };
  for (const r of d.rows) ws.addRow(r);
  ws.columns.forEach((c, i) => { c.width = (d.widths && d.widths[i]) || 14; });
  if (d.header) ws.headerFooter.oddHeader = d.header;
  if (d.footer) ws.headerFooter.oddFooter = d.footer;
  if (d.link) ws.getCell(d.link.cell).value = { text: d.link.text, hyperlink: d.link.url };
  if (d.validation) {
    ws.getCell(d.validation.cell).dataValidation = { type: 'list', allowBlank: true,
      formulae: ['"' + d.validation.list.join(',') + '"'] };
  }
  if (d.note) ws.getCell(d.note.cell).note = d.note.text;
  for (const n of d.names || []) wb.definedNames.add(n.ref, n.name);
  if (d.printArea) ws.pageSetup.printArea = d.printArea;
  for (const t of d.textCells || []) ws.getCell(t.cell).value = t.value;
  await wb.xlsx.writeFile(path.resolve(outdir, d.out));
}

async function makePptx(d) {
  const p = new PptxGenJS();
  p.layout = 'LAYOUT_16x9';
  p.title = d.title;
  for (const s of d.slides) {
    const sl = p.addSlide();
    sl.addText(s.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontFace: 'Microsoft YaHei', fontSize: 28, bold: true, color: 'B00000' });
    sl.addText(s.lines.map((t) => ({ text: t, options: { bullet: true, breakLine: true } })),
      { x: 0.6, y: 1.3, w: 8.8, h: 3.8, fontFace: 'Microsoft YaHei', fontSize: 18, valign: 'top' });
    if (s.notes) sl.addNotes(s.notes);
    if (s.hidden) sl.hidden = true;
  }
  await p.writeFile({ fileName: path.resolve(outdir, d.out) });
}

(async () => {
  for (const d of spec) {
    if (d.kind === 'docx') await makeDocx(d);
    else if (d.kind === 'xlsx') await makeXlsx(d);
    else await makePptx(d);
  }
})().catch((e) => { console.error(e); process.exit(1); });
