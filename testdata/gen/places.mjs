// places.mjs writes the fixtures of issue 12 §2 (locations a person can
// follow) with the npm packages docx and exceljs, and a web page as a CMS
// writes it. Each known value stands at a known place: page, paragraph,
// table row and column, section header, sheet and cell, element path.
// Run by testdata/make-place-fixtures.sh:
//
//   node places.mjs OUTDIR
//
// All personal data is synthetic: IDs carry a GB 11643 check digit made
// here; the phone numbers are not anyone's.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.cwd(), "x.js"));
const docx = require("docx");
const ExcelJS = require("exceljs");

const out = process.argv[2];
if (!out) {
	console.error("usage: node places.mjs OUTDIR");
	process.exit(2);
}

function checkDigit(d17) {
	const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
	let s = 0;
	for (let i = 0; i < 17; i++) s += Number(d17[i]) * w[i];
	return "10X98765432"[s % 11];
}
const id = (d17) => d17 + checkDigit(d17);

const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, Header, Footer, PageBreak } = docx;

const P = (t) => new Paragraph({ children: [new TextRun(t)] });
const cell = (t) => new TableCell({ width: { size: 2000, type: WidthType.DXA }, children: [P(t)] });

// places.docx: section 1 has a header with a phone; its page 1 holds
// paragraphs 1–3 (a phone in paragraph 3), a page break, then page 2
// holds paragraph 5 with an ID and a table whose row 4, column 2 holds
// another ID. Section 2 (a new page) has its own footer with a phone.
async function placesDocx() {
	const rows = [["序号", "身份证号", "备注"], ["1", "无", "—"], ["2", "无", "—"], ["3", id("33010619850612003"), "—"]];
	const d = new Document({
		creator: "",
		sections: [
			{
				headers: { default: new Header({ children: [P("某某局办公室 联系电话 13812345678")] }) },
				children: [
					P("关于开展2024年度专项检查的通知"),
					P("各有关单位："),
					P("如有疑问请联系经办人，手机 13912345678。"),
					new Paragraph({ children: [new PageBreak()] }),
					P("经办人身份证号 " + id("11010119900307451") + "，请核对。"),
					new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }),
					P("以上名单已核对。"),
				],
			},
			{
				footers: { default: new Footer({ children: [P("第二节页脚 值班电话 13712345678")] }) },
				children: [P("附件：检查安排"), P("联系人 王某某")],
			},
		],
	});
	fs.writeFileSync(path.join(out, "places.docx"), await Packer.toBuffer(d));
}

// places.xlsx: a visible sheet 名单 with an ID in C17, and a second sheet.
async function placesXlsx() {
	const wb = new ExcelJS.Workbook();
	wb.creator = "";
	const ws = wb.addWorksheet("名单");
	ws.getCell("A1").value = "序号";
	ws.getCell("B1").value = "姓名";
	ws.getCell("C1").value = "公民身份号码";
	for (let r = 2; r <= 17; r++) {
		ws.getCell("A" + r).value = r - 1;
		ws.getCell("B" + r).value = "某某" + (r - 1);
		ws.getCell("C" + r).value = r === 17 ? id("44030519780923121") : "无";
	}
	const other = wb.addWorksheet("说明");
	other.getCell("B3").value = "联系电话 13812345678";
	await wb.xlsx.writeFile(path.join(out, "places.xlsx"));
}

// places.html: a CMS page whose ID stands in the third row, second cell
// of a table inside div.main, and a phone in a paragraph of div#foot.
function placesHTML() {
	const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>名单公示</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:40px}td{border:1px solid #000;padding:4px 8px}table{border-collapse:collapse}</style>
</head><body>
<div class="head">某某局</div>
<div class="main">
<p>2024年度名单公示</p>
<table>
<tr><td>序号</td><td>身份证号</td></tr>
<tr><td>1</td><td>无</td></tr>
<tr><td>2</td><td>${id("11010119900307451")}</td></tr>
</table>
</div>
<div id="foot"><p>咨询电话：13912345678</p></div>
</body></html>
`;
	fs.writeFileSync(path.join(out, "places.html"), html);
}

await placesDocx();
await placesXlsx();
placesHTML();
