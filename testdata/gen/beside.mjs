// beside.mjs writes the fixtures of text beside the flow of a document
// (watermarks, alt text, link targets, print headers, data validation,
// defined names, comments) with the npm packages docx and exceljs, as
// offices' web tools write them. Run by testdata/make-beside-fixtures.sh:
//
//   node beside.mjs OUTDIR
//
// All personal data is synthetic (check-digit valid IDs made for tests).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.cwd(), "x.js"));
const docx = require("docx");
const ExcelJS = require("exceljs");

const out = process.argv[2];
if (!out) {
	console.error("usage: node beside.mjs OUTDIR");
	process.exit(2);
}

// A 1x1 grey PNG: a picture to hang alternative text on.
const png = Buffer.from(
	"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgAB4iG8MwAAAABJRU5ErkJggg==",
	"base64",
);

const { Document, Packer, Paragraph, TextRun, Header, ExternalHyperlink, ImageRun, WpsShapeRun } = docx;

function wordDoc({ headerText, watermark, link, linkText, alt }) {
	const headerChildren = [new Paragraph({ children: [new TextRun(headerText)] })];
	if (watermark) {
		// A DrawingML watermark: a text box behind the text, named as
		// Word names its own.
		headerChildren.push(
			new Paragraph({
				children: [
					new WpsShapeRun({
						type: "wps",
						children: [new Paragraph({ children: [new TextRun({ text: watermark, size: 96, color: "C0C0C0" })] })],
						transformation: { width: 400, height: 120 },
						floating: {
							horizontalPosition: { offset: 1000000 },
							verticalPosition: { offset: 3000000 },
							behindDocument: true,
						},
						altText: { name: "PowerPlusWaterMarkObject1" },
					}),
				],
			}),
		);
	}
	return new Document({
		creator: "",
		sections: [
			{
				headers: { default: new Header({ children: headerChildren }) },
				children: [
					new Paragraph({ children: [new TextRun("关于开展2024年度政务公开工作考核的通知")] }),
					new Paragraph({
						children: [
							new TextRun("各单位：请登录"),
							new ExternalHyperlink({ link, children: [new TextRun({ text: linkText, style: "Hyperlink" })] }),
							new TextRun("填报考核材料，截止时间为2024年12月20日。"),
						],
					}),
					new Paragraph({
						children: [
							new ImageRun({
								type: "png",
								data: png,
								transformation: { width: 40, height: 40 },
								altText: { name: "图片 1", title: alt.title, description: alt.description },
							}),
						],
					}),
					new Paragraph({ children: [new TextRun("联系电话：12345")] }),
				],
			},
		],
	});
}

async function writeDocx(name, opts) {
	fs.writeFileSync(path.join(out, name), await Packer.toBuffer(wordDoc(opts)));
}

async function writeXlsx(name, build) {
	const wb = new ExcelJS.Workbook();
	wb.creator = "";
	build(wb);
	await wb.xlsx.writeFile(path.join(out, name));
}

await writeDocx("beside_flow.docx", {
	headerText: "某某区政务服务管理办公室",
	watermark: "内部资料",
	link: "http://10.12.1.8/oa/",
	linkText: "考核系统",
	alt: { title: "申请表扫描件", description: "申请人身份证 110101199003074514" },
});
await writeDocx("beside_clean.docx", {
	headerText: "某某区人民政府",
	watermark: "",
	link: "https://www.gov.cn/zhengce/",
	linkText: "中国政府网",
	alt: { title: "图片", description: "图片" },
});

await writeXlsx("beside_flow.xlsx", (wb) => {
	const ws = wb.addWorksheet("汇总");
	ws.headerFooter.oddHeader = "&C秘密★1年";
	ws.headerFooter.oddFooter = "&C第 &P 页";
	ws.addRow(["项目", "承办人", "链接"]);
	ws.addRow(["政务公开考核", "", { text: "考核系统", hyperlink: "http://10.12.1.8/oa/" }]);
	ws.getCell("B2").dataValidation = {
		type: "list",
		allowBlank: true,
		formulae: ['"张某某,13957180246"'],
		promptTitle: "承办人",
		prompt: "请选择承办人",
		showInputMessage: true,
	};
	ws.getCell("A2").note = "负责人身份证号330102197908254067";
	wb.definedNames.add("汇总!$A$1", "考核范围");
});
await writeXlsx("beside_clean.xlsx", (wb) => {
	const ws = wb.addWorksheet("汇总");
	ws.headerFooter.oddHeader = "&C某某区人民政府";
	ws.headerFooter.oddFooter = "&C第 &P 页";
	ws.addRow(["项目", "是否完成", "链接"]);
	ws.addRow(["政务公开考核", "是", { text: "中国政府网", hyperlink: "https://www.gov.cn/" }]);
	ws.getCell("B2").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
	wb.definedNames.add("汇总!$A$1:$C$2", "考核范围");
});
