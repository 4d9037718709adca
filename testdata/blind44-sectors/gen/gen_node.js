// Renders the specs written by gen_main.py with npm docx and exceljs.
// usage: NODE_PATH=/tmp/b44npm/node_modules node gen_node.js WORK OUT
const fs = require("fs");
const path = require("path");
const docx = require("docx");
const ExcelJS = require("exceljs");

const [WORK, OUT] = process.argv.slice(2);
const specs = JSON.parse(fs.readFileSync(path.join(WORK, "node_specs.json"), "utf8"));

const FONT = { ascii: "Times New Roman", eastAsia: "仿宋_GB2312", hAnsi: "Times New Roman" };

function para(text, opts = {}) {
  return new docx.Paragraph({
    alignment: opts.center ? docx.AlignmentType.CENTER : undefined,
    children: [new docx.TextRun({ text, bold: !!opts.bold, size: opts.size || 28, font: FONT })],
  });
}

function paraWithComment(text, on, id) {
  const i = text.indexOf(on);
  const before = text.slice(0, i), after = text.slice(i + on.length);
  return new docx.Paragraph({
    children: [
      new docx.TextRun({ text: before, size: 28, font: FONT }),
      new docx.CommentRangeStart(id),
      new docx.TextRun({ text: on, size: 28, font: FONT }),
      new docx.CommentRangeEnd(id),
      new docx.TextRun({ children: [new docx.CommentReference(id)] }),
      new docx.TextRun({ text: after, size: 28, font: FONT }),
    ],
  });
}

function table(head, rows) {
  const mk = (cells, bold) => new docx.TableRow({
    children: cells.map((c) => new docx.TableCell({
      children: [new docx.Paragraph({ children: [new docx.TextRun({ text: String(c), bold, size: 20, font: FONT })] })],
    })),
  });
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    rows: [mk(head, true), ...rows.map((r) => mk(r, false))],
  });
}

async function makeDocx(s) {
  const children = [];
  for (const t of s.title.split("\n")) children.push(para(t, { center: true, bold: true, size: 36 }));
  for (const t of s.paras || []) {
    if (s.comment && t.includes(s.comment.on)) children.push(paraWithComment(t, s.comment.on, 0));
    else children.push(para(t));
  }
  if (s.head) children.push(table(s.head, s.rows));
  for (const t of s.after || []) children.push(para(t));
  const section = { children };
  if (s.footer) section.footers = { default: new docx.Footer({ children: [para(s.footer, { center: true, size: 18 })] }) };
  const opts = { creator: "澄川市", title: s.title.replace("\n", " "), sections: [section] };
  if (s.comment) {
    opts.comments = { children: [{ id: 0, author: s.comment.author, date: new Date("2026-08-04T10:00:00Z"),
      children: [new docx.Paragraph({ children: [new docx.TextRun(s.comment.text)] })] }] };
  }
  const doc = new docx.Document(opts);
  fs.writeFileSync(path.join(OUT, s.file), await docx.Packer.toBuffer(doc));
}

async function makeXlsx(s) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "澄川市";
  for (const sh of s.sheets) {
    const ws = wb.addWorksheet(sh.name, sh.hidden ? { state: "hidden" } : {});
    ws.addRow([sh.title]);
    ws.mergeCells(1, 1, 1, sh.head.length);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(1, 1).alignment = { horizontal: "center" };
    const hr = ws.addRow(sh.head);
    hr.font = { bold: true };
    for (const r of sh.rows) ws.addRow(r.map(String));
    const last = 2 + sh.rows.length;
    for (let i = 2; i <= last; i++) {
      ws.getRow(i).eachCell((c) => {
        c.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
      });
    }
    if (sh.note) { ws.addRow([]); ws.addRow([sh.note]); }
    (sh.widths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  }
  await wb.xlsx.writeFile(path.join(OUT, s.file));
}

(async () => {
  for (const s of specs) {
    if (s.kind === "docx") await makeDocx(s);
    else await makeXlsx(s);
  }
  console.log("node part:", specs.length, "files");
})();
