// npm docx and exceljs producers for blind17-clean; reads build/js_data.json from gen.py.
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, Header, AlignmentType, WidthType } = require("docx");
const ExcelJS = require("exceljs");
const out = process.argv[2];
const J = JSON.parse(fs.readFileSync(path.join(out, "build", "js_data.json"), "utf8"));

const P = (t, center) => new Paragraph({ alignment: center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text: t, font: "仿宋_GB2312", size: 32 })] });
const T = (rows) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map(r => new TableRow({ children: r.map(c => new TableCell({ children: [new Paragraph(String(c))] })) })) });
async function save(name, children, header) {
  const doc = new Document({ creator: "西湖区人民政府办公室", sections: [{ headers: header ? { default: new Header({ children: [P(header, true)] }) } : undefined, children }] });
  fs.writeFileSync(path.join(out, name), await Packer.toBuffer(doc));
}

(async () => {
  const b = J.budget;
  const rows = [["单位名称", "统一社会信用代码", "基本支出（元）", "项目支出（元）", "合计（元）"]];
  b.units.forEach((u, i) => rows.push([u[0].replace("教育", "卫生健康").replace("青少年活动中心", "疾病预防控制中心").replace("教师进修学校", "妇幼保健院"), u[1], b.amounts[i * 3], b.amounts[i * 3 + 1], b.amounts[i * 3] + b.amounts[i * 3 + 1]]));
  await save("p06_部门预算_卫健.docx", [P("杭州市西湖区卫生健康局2026年部门预算", true), P("一、部门职责：贯彻执行国家卫生健康工作方针政策。"), P("二、2026年部门预算单位构成及预算安排（单位：元）"), T(rows), P("三、“三公”经费预算比上年下降5.2%。")]);

  await save("p15_行政处罚决定书.docx", J.chufa.map((t, i) => P(t, i < 3)));
  await save("p25_会议纪要.docx", J.jiyao.map((t, i) => P(t, i < 3)));
  await save("p31_通知附件.docx", J.tongzhi.map((t, i) => P(t, i < 2)));
  await save("n11_内部资料.docx", [P("关于加强涉密载体管理的学习材料", true), P("一、涉密载体应当存放在密码柜中，严禁私自复制、携带外出。"), P("二、工作人员离岗离职前应当清退所保管的涉密载体。"), P("西湖区保密局　2026年11月")], "内部资料　注意保存");

  let wb = new ExcelJS.Workbook(); wb.creator = "西湖区委组织部";
  let ws = wb.addWorksheet("拟录用人员");
  ws.addRow(["西湖区2026年度考试录用公务员拟录用人员公示（第一批）"]);
  J.lulu.rows.forEach(r => ws.addRow(r));
  J.lulu.head.forEach(t => ws.addRow([t]));
  await wb.xlsx.writeFile(path.join(out, "p13_拟录用公示.xlsx"));

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("发放明细");
  ws.addRow(["西湖区2026年11月高龄津贴发放明细（留下街道）"]);
  J.butie.rows.forEach(r => ws.addRow(r));
  await wb.xlsx.writeFile(path.join(out, "n14_高龄津贴_卡号.xlsx"));

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("采购意向");
  ws.addRow(["杭州市西湖区教育局2026年1月至12月政府采购意向"]);
  J.caigou_xlsx.forEach(r => ws.addRow(r));
  await wb.xlsx.writeFile(path.join(out, "p40_采购意向.xlsx"));
})().catch(e => { console.error(e); process.exit(1); });
