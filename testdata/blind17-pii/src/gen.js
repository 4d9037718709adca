// gen.js turns build/node.json (written by gen.py) into DOCX with npm docx
// XLSX with exceljs or SheetJS, and one PDF with pdfkit.  Usage: node src/gen.js BUILD OUT
// (NODE_PATH must hold docx, exceljs and xlsx).
const fs = require("fs");
const path = require("path");
const docx = require("docx");
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");
const PDFDocument = require("pdfkit");

const [build, out] = process.argv.slice(2);
const specs = JSON.parse(fs.readFileSync(path.join(build, "node.json"), "utf8"));

function para(text) {
  return new docx.Paragraph({ children: [new docx.TextRun({ text, font: { eastAsia: "宋体" } })] });
}

function table(rows) {
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    rows: rows.map((r) => new docx.TableRow({
      children: r.map((c) => new docx.TableCell({ children: [para(String(c))] })),
    })),
  });
}

async function writeDocx(spec, children) {
  const d = new docx.Document({
    creator: "办公室",
    sections: [{ children: [new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, children: [new docx.TextRun(spec.title)] }), ...children] }],
  });
  fs.writeFileSync(path.join(out, spec.file), await docx.Packer.toBuffer(d));
}

async function main() {
  for (const s of specs) {
    if (s.kind === "docx-paras") {
      await writeDocx(s, s.paras.map(para));
    } else if (s.kind === "docx-table") {
      await writeDocx(s, [table(s.rows)]);
    } else if (s.kind === "docx-link") {
      await writeDocx(s, [...s.paras.map(para), new docx.Paragraph({
        children: [new docx.TextRun(s.before),
          new docx.ExternalHyperlink({ link: s.url, children: [new docx.TextRun({ text: s.shown, style: "Hyperlink" })] }),
          new docx.TextRun(s.after)],
      })]);
    } else if (s.kind === "pdfkit-link") {
      await new Promise((resolve) => {
        const d = new PDFDocument({ info: { Title: s.title, Author: "办公室" } });
        const w = fs.createWriteStream(path.join(out, s.file));
        w.on("finish", resolve);
        d.pipe(w);
        d.font("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular");
        d.fontSize(18).text(s.title, { align: "center" }).moveDown();
        d.fontSize(12);
        s.paras.forEach((p) => d.text(p));
        d.text(s.before, { continued: true }).fillColor("blue").text(s.shown, { link: s.url, underline: true, continued: true })
          .fillColor("black").text(s.after, { link: null, underline: false });
        d.end();
      });
    } else if (s.lib === "exceljs") {
      const wb = new ExcelJS.Workbook();
      wb.creator = "统计科";
      const ws = wb.addWorksheet(s.sheet);
      s.rows.forEach((r, i) => ws.addRow(r.map((c, j) => (i > 0 && s.numeric_cols.includes(j) && c !== "" && !isNaN(Number(c)) ? Number(c) : c))));
      ws.columns.forEach((c) => { c.width = 24; });
      await wb.xlsx.writeFile(path.join(out, s.file));
    } else if (s.lib === "sheetjs") {
      const aoa = s.rows.map((r, i) => r.map((c, j) => (i > 0 && s.numeric_cols.includes(j) ? Number(c) : String(c))));
      const ws = XLSX.utils.aoa_to_sheet(aoa);
      ws["!cols"] = aoa[0].map(() => ({ wch: 24 }));
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, s.sheet);
      XLSX.writeFile(wb, path.join(out, s.file));
    } else {
      throw new Error("unknown spec " + s.kind);
    }
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
