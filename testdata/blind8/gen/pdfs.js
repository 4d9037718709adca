// pdfs.js SPEC.json OUTDIR: the npm pdfkit and pdf-lib documents of blind8.
// pdfkit embeds a subset of Noto Sans/Serif CJK (CFF, from the fonts-noto-cjk .ttc);
// pdf-lib embeds a fontTools subset of Noto Serif CJK SC (CFF) through @pdf-lib/fontkit.
'use strict';
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const { PDFDocument: LibDoc, PDFName, PDFHexString, PDFString, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const outdir = process.argv[3];

function withPdfkit(d) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 70, left: 72, right: 72, bottom: 70 },
      info: { Title: d.title, Producer: 'PDFKit' } });
    const out = fs.createWriteStream(path.join(outdir, d.out));
    doc.pipe(out);
    const ttc = d.font === 'sans' ? spec.noto_sans : spec.noto_serif;
    const ps = d.font === 'sans' ? 'NotoSansCJKsc-Regular' : 'NotoSerifCJKsc-Regular';
    doc.registerFont('cjk', ttc, ps);
    doc.font('cjk');
    if (d.marking) doc.fontSize(15).text(d.marking, { align: 'left' }).moveDown(1);
    doc.fontSize(20).fillColor('#b00000').text(d.title, { align: 'center' }).moveDown(1);
    doc.fillColor('black').fontSize(14);
    for (const p of d.paras) doc.text('\u3000\u3000' + p, { lineGap: 6 });
    doc.end();
    out.on('finish', resolve);
  });
}

function wrap(s, n) {
  const out = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

async function withPdfLib(d) {
  const doc = await LibDoc.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(d.title);
  doc.setProducer('pdf-lib');
  const font = await doc.embedFont(fs.readFileSync(spec.pl_font), { subset: false }); // already a subset
  const page = doc.addPage([595, 842]);
  let y = 770;
  page.drawText(d.title, { x: 297 - font.widthOfTextAtSize(d.title, 18) / 2, y, size: 18, font, color: rgb(0.7, 0, 0) });
  y -= 40;
  for (const p of d.paras) {
    for (const line of wrap('\u3000\u3000' + p, 38)) {
      page.drawText(line, { x: 70, y, size: 13, font });
      y -= 22;
    }
  }
  if (d.freetext) {
    const annot = doc.context.obj({
      Type: 'Annot', Subtype: 'FreeText', Rect: [320, 60, 560, 110], F: 4,
      Contents: PDFHexString.fromText(d.freetext),
      DA: PDFString.of('/Helv 9 Tf 0 0 1 rg'),
      T: PDFHexString.fromText('审核人'),
    });
    page.node.addAnnot(doc.context.register(annot));
  }
  fs.writeFileSync(path.join(outdir, d.out), await doc.save());
}

(async () => {
  for (const d of spec.docs) {
    if (d.lib === 'pdfkit') await withPdfkit(d);
    else await withPdfLib(d);
  }
})().catch((e) => { console.error(e); process.exit(1); });
