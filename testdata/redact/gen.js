// gen.js writes the npm-made fixtures of the redaction tests: a DOCX from
// `docx`, an XLSX from `exceljs`, a PPTX from `pptxgenjs`. All personal
// data is synthetic (check-digit valid IDs, mobiles of the 139 range).
// Run by make.sh with NODE_PATH set to a scratch npm folder.
const fs = require("fs");
const docx = require("docx");
const ExcelJS = require("exceljs");
const PptxGenJS = require("pptxgenjs");

const ID = "110101199003074514";
const ID2 = "11010519491231002X";
const MOBILE = "13912345678";
const MOBILE2 = "13987654321";

async function makeDocx() {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, InsertedTextRun, DeletedTextRun, CommentRangeStart, CommentRangeEnd, CommentReference, Header } = docx;
  const d = new Document({
    creator: "张三",
    lastModifiedBy: "李四",
    title: "关于开展走访工作的通知",
    description: "内部备注：联系人王五",
    customProperties: [{ name: "经办人", value: "王五" }],
    comments: { children: [{ id: 0, author: "审核人", initials: "SH", date: new Date("2024-01-02T00:00:00Z"), children: [new Paragraph({ children: [new TextRun("这个手机号要删掉吗")] })] }] },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: "值班电话 " + MOBILE2, italics: true })] })] }) },
      children: [
        new Paragraph({ children: [new TextRun({ text: "关于开展走访工作的通知", bold: true, size: 32, font: "SimSun" })] }),
        new Paragraph({ children: [
          new TextRun({ text: "联系人：赵六，手机", color: "333333" }),
          // The mobile is split over three runs with their own formatting.
          new TextRun({ text: "139", bold: true }),
          new TextRun({ text: "1234", italics: true }),
          new TextRun({ text: "5678", underline: {} }),
          new TextRun({ text: "，请于周五前回复。" }),
        ] }),
        new Paragraph({ children: [
          new CommentRangeStart(0),
          new TextRun({ text: "身份证号 " + ID + " 的同志已登记。" }),
          new CommentRangeEnd(0),
          new TextRun({ children: [new CommentReference(0)] }),
        ] }),
        new Paragraph({ children: [
          new TextRun("报名截止时间为"),
          new InsertedTextRun({ text: "三月十日", id: 1, author: "李四", date: "2024-01-02T00:00:00Z" }),
          new DeletedTextRun({ text: "二月一日，联系 " + MOBILE2, id: 2, author: "李四", date: "2024-01-02T00:00:00Z" }),
          new TextRun("。"),
        ] }),
        new Paragraph({ children: [
          new TextRun("公开内容。"),
          new TextRun({ text: "隐藏备注：另一名联系人身份证 " + ID2, vanish: true }),
        ] }),
        new Table({ rows: [
          new TableRow({ children: [new TableCell({ children: [new Paragraph("姓名")] }), new TableCell({ children: [new Paragraph("身份证号")] }), new TableCell({ children: [new Paragraph("手机")] })] }),
          new TableRow({ children: [new TableCell({ children: [new Paragraph("钱七")] }), new TableCell({ children: [new Paragraph(ID2)] }), new TableCell({ children: [new Paragraph(MOBILE)] })] }),
        ] }),
        new Paragraph({ children: [new TextRun({ text: "本通知自发布之日起施行。", font: "FangSong" })] }),
      ],
    }],
  });
  fs.writeFileSync("npm-docx.docx", await Packer.toBuffer(d));
}

async function makeXlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "张三";
  wb.lastModifiedBy = "李四";
  wb.company = "某某局办公室";
  wb.created = wb.modified = new Date("2024-01-02T00:00:00Z");
  const ws = wb.addWorksheet("名单");
  ws.addRow(["姓名", "身份证号", "手机", "备注"]);
  ws.addRow(["赵六", ID, Number(MOBILE), "已登记"]);
  ws.addRow(["钱七", ID2, Number(MOBILE2), "待核"]);
  ws.getCell("A1").font = { bold: true };
  ws.getCell("B2").font = { name: "Arial", color: { argb: "FF0000FF" } };
  // Rich text with the ID split over two runs.
  ws.getCell("D4").value = { richText: [{ text: "补录：" }, { font: { bold: true }, text: ID.slice(0, 9) }, { font: { italic: true }, text: ID.slice(9) }] };
  ws.getRow(5).values = ["孙八", "隐藏行", "13911112222"];
  ws.getRow(5).hidden = true;
  ws.getCell("F2").value = "隐藏列 " + MOBILE2;
  ws.getColumn(6).hidden = true;
  ws.getCell("A2").note = "经办人周九 " + MOBILE;
  const hidden = wb.addWorksheet("底稿");
  hidden.addRow(["原始名单", ID2]);
  hidden.state = "hidden";
  await wb.xlsx.writeFile("npm-xlsx.xlsx");
}

async function makePptx() {
  const p = new PptxGenJS();
  p.author = "张三";
  p.company = "某某局办公室";
  p.title = "工作汇报";
  const s1 = p.addSlide();
  s1.addText("工作汇报", { x: 1, y: 0.5, w: 8, h: 1, fontSize: 32, bold: true });
  s1.addText([{ text: "联系人手机 ", options: { color: "333333" } }, { text: "139", options: { bold: true } }, { text: "12345678", options: { italic: true } }], { x: 1, y: 2, w: 8, h: 1 });
  s1.addNotes("讲稿：身份证号 " + ID + " 的同志负责。");
  const s2 = p.addSlide();
  s2.addText("备用页：" + MOBILE2, { x: 1, y: 1, w: 8, h: 1 });
  s2.hidden = true;
  const s3 = p.addSlide();
  s3.addText("谢谢", { x: 1, y: 1, w: 8, h: 1 });
  await p.writeFile({ fileName: "npm-pptx.pptx" });
}

(async () => {
  await makeDocx();
  await makeXlsx();
  await makePptx();
})().catch((e) => { console.error(e); process.exit(1); });
