// docx.js writes the DOCX files of the corpus with npm docx from build/docx.json.
const fs = require("fs");
const path = require("path");
const d = require("docx");

const FONT = { eastAsia: "仿宋_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman" };

function para(text, opts = {}) {
  return new d.Paragraph({
    alignment: opts.align,
    indent: opts.indent ? { firstLine: 640 } : undefined,
    spacing: { line: 560, lineRule: "exact" },
    children: [new d.TextRun({ text, font: opts.font || FONT, size: opts.size || 32, bold: opts.bold, color: opts.color })],
  });
}

function table(b) {
  const [, caption, header, rows] = b;
  const cell = (t, bold) => new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text: t, size: 21, bold, font: FONT })] })] });
  const out = [];
  if (caption) out.push(para(caption, { align: d.AlignmentType.CENTER, bold: true, size: 24 }));
  out.push(new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [new d.TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) })].concat(rows.map((r) => new d.TableRow({ children: r.map((c) => cell(c, false)) }))),
  }));
  return out;
}

function build(doc) {
  const children = [];
  for (const b of doc.blocks) {
    switch (b[0]) {
      case "redhead": children.push(para(b[1], { align: d.AlignmentType.CENTER, size: 64, color: "E00000", font: { eastAsia: "方正小标宋简体" } })); break;
      case "docno": children.push(para(b[1], { align: d.AlignmentType.CENTER })); break;
      case "title": children.push(para(b[1], { align: d.AlignmentType.CENTER, size: 44, font: { eastAsia: "方正小标宋简体" } })); break;
      case "h1": case "h2": children.push(para(b[1], { indent: true, font: { eastAsia: "黑体" } })); break;
      case "p": children.push(para(b[1], { indent: true })); break;
      case "note": case "line": children.push(para(b[1])); break;
      case "sign": for (const s of b[1]) children.push(para(s, { align: d.AlignmentType.RIGHT })); break;
      case "banji": children.push(para("")); for (const s of b[1]) children.push(new d.Paragraph({ border: { top: { style: d.BorderStyle.SINGLE, size: 4, color: "000000" }, bottom: { style: d.BorderStyle.SINGLE, size: 4, color: "000000" } }, children: [new d.TextRun({ text: s, size: 28, font: FONT })] })); break;
      case "table": children.push(...table(b)); break;
    }
  }
  return new d.Document({
    creator: doc.creator || "市政府办公室",
    title: doc.title,
    sections: [{
      properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
      footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: ["— ", d.PageNumber.CURRENT, " —"], size: 28 })] })] }) },
      children,
    }],
  });
}

(async () => {
  const list = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  for (const item of list) {
    const buf = await d.Packer.toBuffer(build(item.doc));
    fs.writeFileSync(item.out, buf);
  }
})();
