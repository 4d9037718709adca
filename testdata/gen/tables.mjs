// tables.mjs writes the table fixtures of issue 9 §3 with the npm packages
// docx and exceljs, and two HTML pages as a CMS writes them: a number
// wrapped inside one narrow cell under its column heading (one value,
// found), and rows of neighbouring numeric cells that glue into a
// check-digit-valid ID (four values, never one). Run by
// testdata/make-table-fixtures.sh:
//
//   node tables.mjs OUTDIR
//
// All personal data is synthetic: IDs carry a GB 11643 check digit made
// here, and the glued rows are made so that their digits would pass it.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.cwd(), "x.js"));
const docx = require("docx");
const ExcelJS = require("exceljs");

const out = process.argv[2];
if (!out) {
	console.error("usage: node tables.mjs OUTDIR");
	process.exit(2);
}

// checkDigit completes 17 digits of an ID (GB 11643-1999).
function checkDigit(d17) {
	const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
	let s = 0;
	for (let i = 0; i < 17; i++) s += Number(d17[i]) * w[i];
	return "10X98765432"[s % 11];
}
const id = (d17) => d17 + checkDigit(d17);

// Rows whose four cells, glued, are a valid ID: 区划 | 年度 | 月日 | 序号.
function gluedRows() {
	const rows = [];
	for (const [area, year, md, seq] of [
		["330106", "2023", "1105", "190"],
		["330102", "2022", "0318", "204"],
		["330105", "2021", "1201", "031"],
	]) {
		const full = id(area + year + md + seq);
		rows.push([area, year, md, full.slice(14)]);
	}
	return rows;
}

const people = [
	["1", "张某某", id("11010119900307451"), "1200"],
	["2", "李某某", id("33010619850612003"), "800"],
	["3", "王某某", id("44030519780923121"), "1500"],
];

const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = docx;

// cell is a docx table cell of width w twips; parts become lines broken
// with Shift+Enter inside one paragraph.
function cell(parts, w) {
	const runs = [].concat(parts).map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 }));
	return new TableCell({ width: { size: w, type: WidthType.DXA }, children: [new Paragraph({ children: runs })] });
}

async function wrappedDocx() {
	const widths = [700, 1300, 1100, 1600];
	const head = new TableRow({ tableHeader: true, children: ["序号", "姓名", "公民身份号码", "发放金额（元）"].map((t, i) => cell(t, widths[i])) });
	const rows = people.map(([n, name, num, amount], r) => new TableRow({
		children: [
			cell(n, widths[0]), cell(name, widths[1]),
			// The first row's ID is broken by hand over three lines, as
			// clerks do to fit a narrow column; the others wrap in Word.
			cell(r === 0 ? [num.slice(0, 6), num.slice(6, 12), num.slice(12)] : num, widths[2]),
			cell(amount, widths[3]),
		],
	}));
	const d = new Document({
		creator: "",
		sections: [{
			children: [
				new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("2024年度困难群众临时救助资金发放名单")] }),
				new Table({ columnWidths: widths, rows: [head, ...rows] }),
				new Paragraph("以上名单公示期为5个工作日。"),
			],
		}],
	});
	fs.writeFileSync(path.join(out, "wrapped_id.docx"), await Packer.toBuffer(d));
}

async function neighboursDocx() {
	const widths = [1800, 1200, 1200, 1200];
	const head = new TableRow({ children: ["行政区划代码", "年度", "月日", "批次"].map((t, i) => cell(t, widths[i])) });
	const rows = gluedRows().map((r) => new TableRow({ children: r.map((t, i) => cell(t, widths[i])) }));
	const d = new Document({
		creator: "",
		sections: [{
			children: [
				new Paragraph("老旧小区改造项目批次统计表"),
				new Table({ columnWidths: widths, rows: [head, ...rows] }),
			],
		}],
	});
	fs.writeFileSync(path.join(out, "neighbours.docx"), await Packer.toBuffer(d));
}

async function neighboursXlsx() {
	const wb = new ExcelJS.Workbook();
	wb.creator = "";
	const ws = wb.addWorksheet("统计表");
	ws.addRow(["行政区划代码", "年度", "月日", "批次", "预算金额（元）"]);
	const amounts = [13812345678, 15900001234, 18612340000];
	gluedRows().forEach((r, i) => ws.addRow([...r.map(Number), amounts[i]]));
	// Numbers as numbers, shown without separators.
	ws.getColumn(5).numFmt = "0";
	await wb.xlsx.writeFile(path.join(out, "neighbours.xlsx"));
}

async function wrappedXlsx() {
	const wb = new ExcelJS.Workbook();
	wb.creator = "";
	const ws = wb.addWorksheet("名单");
	ws.addRow(["序号", "姓名", "公民身份号码"]);
	people.forEach(([n, name, num], r) => {
		const row = ws.addRow([Number(n), name, r === 0 ? num.slice(0, 9) + "\n" + num.slice(9) : num]);
		row.getCell(3).alignment = { wrapText: true };
	});
	ws.getColumn(3).width = 10;
	await wb.xlsx.writeFile(path.join(out, "wrapped_id.xlsx"));
}

function page(title, table) {
	return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>td,th{border:1px solid #999;padding:2px 6px}.narrow{width:5em;word-break:break-all}</style></head>
<body><div class="article"><h1>${title}</h1>
${table}
<p>发布日期：2024年6月3日</p></div></body></html>
`;
}

function htmlPages() {
	const glued = gluedRows().map((r) => "<tr>" + r.map((t) => `<td>${t}</td>`).join("") + "</tr>").join("\n");
	fs.writeFileSync(path.join(out, "neighbours.html"), page("老旧小区改造项目批次统计",
		`<table><thead><tr><th>行政区划代码</th><th>年度</th><th>月日</th><th>批次</th></tr></thead>\n<tbody>\n${glued}\n</tbody></table>`));
	const rows = people.map(([n, name, num], r) =>
		`<tr><td>${n}</td><td>${name}</td><td class="narrow">${r === 0 ? num.slice(0, 6) + "<br>" + num.slice(6, 14) + "<br>" + num.slice(14) : num}</td></tr>`).join("\n");
	fs.writeFileSync(path.join(out, "wrapped_id.html"), page("临时救助对象名单公示",
		`<table><tr><th>序号</th><th>姓名</th><th>公民身份号码</th></tr>\n${rows}\n</table>`));
}

// A roster whose 工号 column holds 15-digit staff numbers that read as
// legacy IDs (a real date inside) beside a 身份证号 column of legacy IDs:
// only the column headed 身份证号 is IDs.
async function legacyDocx() {
	const widths = [700, 1300, 2000, 2000];
	const head = new TableRow({ children: ["序号", "姓名", "工号", "身份证号"].map((t, i) => cell(t, widths[i])) });
	const rows = [
		["1", "张某某", "330106850612003", "110105491231002"],
		["2", "李某某", "330106790101017", "110105500101001"],
	].map((r) => new TableRow({ children: r.map((t, i) => cell(t, widths[i])) }));
	const d = new Document({
		creator: "",
		sections: [{ children: [new Paragraph("离退休人员信息核对表"), new Table({ columnWidths: widths, rows: [head, ...rows] })] }],
	});
	fs.writeFileSync(path.join(out, "legacy_ids.docx"), await Packer.toBuffer(d));
}

await wrappedDocx();
await legacyDocx();
await neighboursDocx();
await neighboursXlsx();
await wrappedXlsx();
htmlPages();
