// npm producers of blind52-secrecy: docx 9, exceljs 4, pdfkit, pdf-lib + @pdf-lib/fontkit.
// Run by gen.py: node gen/npm_gen.js OUTDIR  (NODE_PATH points at the installed packages).
// Prints the labels of the files it wrote as JSON on its last line.
const fs = require("fs");
const path = require("path");
const docx = require("docx");
const ExcelJS = require("exceljs");
const PDFDocument = require("pdfkit");
const { PDFDocument: LibDoc, rgb } = require("pdf-lib");
const fontkit = require("@pdf-lib/fontkit");

const OUT = process.argv[2];
const SONG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
const KAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
const labels = [];
const label = (file, v, cats, raw, note) =>
  labels.push({ file, expect_verdict: v, expect_categories: cats, raw_values: raw, note });
const P = (t, opts = {}) => new docx.Paragraph({ ...opts, children: [new docx.TextRun({ text: t, font: "仿宋", size: 30 })] });
const center = (t, size = 36) =>
  new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ text: t, font: "方正小标宋简体", size })] });

async function saveDocx(doc, name) {
  fs.writeFileSync(path.join(OUT, name), await docx.Packer.toBuffer(doc));
}

async function p05() {
  const lines = [
    "根据《党政机关公文格式》（GB/T 9704—2012），涉密公文应当标注密级和保密期限。这一要素位于公文版头，一般用3号黑体字，顶格编排在版心左上角第二行；保密期限中的数字用阿拉伯数字标注。",
    "标注时密级在前、保密期限在后，中间用“★”隔开，也就是“密级★期限”的写法，例如机密级公文写作“机密★（期限）”，秘密级公文写作“秘密★（期限）”，括号处由定密责任人按照实际确定的年限填写。",
    "如果同时需要标注份号、密级和保密期限、紧急程度，应当自上而下依次编排份号、密级和保密期限、紧急程度，份号用6位阿拉伯数字顶格编排在第一行。",
    "需要提醒的是，不属于国家秘密的公文不得标注密级。工作秘密不是国家秘密，不能套用国家秘密的标注方式；对外公开的公文更不能出现任何密级标志。",
    "（本文为市政府办公室公文处理业务培训材料，供各单位文秘人员学习参考。）",
  ];
  const doc = new docx.Document({
    creator: "市政府办公室",
    sections: [{ children: [center("读懂公文格式中的“密级和保密期限”"), ...lines.map((l) => P(l))] }],
  });
  await saveDocx(doc, "p05_gongwen_geshi_jiedu.docx");
  label("p05_gongwen_geshi_jiedu.docx", "pass", [], [],
    "npm docx: a GB/T 9704 explainer in running prose; the form is shown only with placeholders inside sentences (“密级★期限”, “机密★（期限）”) — docs: a star followed by the period's placeholder is info in a sentence");
}

async function p20() {
  const doc = new docx.Document({
    creator: "市委办公室",
    sections: [{
      headers: { default: new docx.Header({ children: [new docx.Paragraph({ children: [new docx.TextRun("机要工作简讯　2026年第2期")] })] }) },
      children: [
        center("市委机要局开展机要通信安全专项检查"),
        P("4月上旬，市委机要局组成3个检查组，对全市各县（市、区）机要交换站和28家市级单位的机要文件收发、登记、传递和清退情况开展专项检查。"),
        P("检查采取查阅台账、现场核对、随机抽查等方式进行。从检查情况看，各单位机要交换工作制度健全，涉密文件交接手续完备，密码电报管理规范，机要交通车辆和人员管理到位。"),
        P("针对检查中发现的个别单位机要文件登记不及时、清退不彻底等问题，检查组现场反馈并督促整改。下一步，市委机要局将进一步加强机要工作队伍建设，确保机要通信安全畅通。"),
      ],
    }],
  });
  await saveDocx(doc, "p20_jiyao_jiancha.docx");
  label("p20_jiyao_jiancha.docx", "pass", [], [],
    "npm docx: 机要 news (机要交换站, 密码电报, 涉密文件交接) with a header 机要工作简讯 — no level in header or body");
}

async function b13() {
  const cell = (t) => new docx.TableCell({ width: { size: 4500, type: docx.WidthType.DXA }, children: [new docx.Paragraph({ children: [new docx.TextRun({ text: t, font: "黑体", size: 32 })] })] });
  const doc = new docx.Document({
    sections: [{
      children: [
        new docx.Table({ rows: [new docx.TableRow({ children: [cell("机密★5年"), cell("")] })] }),
        center("嘉禾市国防动员委员会办公室"),
        center("关于民兵应急分队集结点位调整的通知", 32),
        P("各县（市、区）国动委办公室："),
        P("根据年度训练计划和城市建设情况，对全市民兵应急分队集结点位进行调整，调整后的点位和集结时限另行下发，请各单位做好衔接。"),
        P("嘉禾市国防动员委员会办公室　2026年4月22日"),
      ],
    }],
  });
  await saveDocx(doc, "b13_biaoge_shouge.docx");
  label("b13_biaoge_shouge.docx", "block", ["classified_marking"], [],
    "npm docx: a layout table is the document's first element; its first-row cell holds 机密★5年");
}

async function b15() {
  const doc = new docx.Document({
    sections: [{
      headers: { default: new docx.Header({ children: [new docx.Paragraph({ children: [new docx.TextRun({ text: "秘密", font: "黑体", size: 32 })] })] }) },
      children: [
        center("嘉禾县防汛防台抗旱指挥部会议纪要"),
        P("2026年5月28日，县防指召开全体成员单位会议，研究部署主汛期防汛防台工作。会议议定事项如下："),
        P("一、各乡镇、各部门要在6月10日前完成所有山塘水库、地质灾害隐患点的责任人落实和巡查；"),
        P("二、县水利局牵头做好城区排涝泵站的检修和试运行；"),
        P("三、县应急管理局统筹做好抢险队伍和物资的预置。"),
      ],
    }],
  });
  await saveDocx(doc, "b15_yemei_luomi.docx");
  label("b15_yemei_luomi.docx", "block", ["classified_marking"], [],
    "npm docx: a bare 秘密 alone in the page header (docs: a bare 秘密 … in a page header)");
}

async function p11() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "保密办";
  const ws = wb.addWorksheet("密级一览");
  ws.mergeCells("A1:E1");
  ws.getCell("A1").value = "国家秘密密级划分简表（保密知识培训用）";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.addRow(["序号", "密级", "定义", "保密期限上限（除另有规定外）", "泄露后果"]);
  ws.addRow([1, "绝密", "最重要的国家秘密", "30年", "特别严重的损害"]);
  ws.addRow([2, "机密", "重要的国家秘密", "20年", "严重的损害"]);
  ws.addRow([3, "秘密", "一般的国家秘密", "10年", "损害"]);
  ws.addRow(["说明：不能确定保密期限的，应当确定解密条件。"]);
  ws.columns.forEach((c) => (c.width = 22));
  await wb.xlsx.writeFile(path.join(OUT, "p11_miji_yilan.xlsx"));
  label("p11_miji_yilan.xlsx", "pass", [], [],
    "exceljs: a training sheet of the three levels, one row each (绝密 | … | 30年), under a merged title");
}

async function p23() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("培训计划");
  ws.addRow(["嘉禾市2026年机关保密教育培训计划表"]);
  ws.mergeCells("A1:F1");
  ws.addRow(["序号", "时间", "培训主题", "主讲单位", "地点", "参训对象"]);
  [
    ["3月", "新修订保守国家秘密法解读", "市国家保密局", "市委党校报告厅", "各单位分管领导"],
    ["4月", "定密管理与密级标注规范", "市国家保密局", "市行政中心2号会议室", "定密责任人、文秘人员"],
    ["6月", "涉密载体管理与保密检查", "市保密技术服务中心", "市行政中心2号会议室", "专兼职保密员"],
    ["9月", "网络保密与移动终端使用", "市委网信办", "线上", "全体机关干部"],
    ["11月", "政府信息公开保密审查实务", "市政府办公室", "市委党校报告厅", "信息公开工作人员"],
  ].forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.columns.forEach((c) => (c.width = 24));
  await wb.xlsx.writeFile(path.join(OUT, "p23_baomi_peixun_jihua.xlsx"));
  label("p23_baomi_peixun_jihua.xlsx", "pass", [], [],
    "exceljs: a training plan whose topics name 定密管理与密级标注, 保守国家秘密法, 涉密载体");
}

async function b19() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("通道清单");
  ws.getCell("A1").value = "秘密★2年";
  ws.getCell("A1").font = { name: "黑体", size: 14 };
  ws.mergeCells("A2:F2");
  ws.getCell("A2").value = "嘉禾市重要物资应急运输通道清单";
  ws.getCell("A2").alignment = { horizontal: "center" };
  ws.addRow(["序号", "通道名称", "起点", "终点", "里程（公里）", "责任单位"]);
  [["一号通道", "南湖物流园", "秀洲储备库", 18.5, "市交通运输局"],
   ["二号通道", "嘉兴港", "城东中转站", 26.2, "市港航管理中心"],
   ["三号通道", "高铁南站", "市第一医院", 9.8, "市公安局交警支队"]].forEach((r, i) => ws.addRow([i + 1, ...r]));
  await wb.xlsx.writeFile(path.join(OUT, "b19_exceljs_biaoti.xlsx"));
  label("b19_exceljs_biaoti.xlsx", "block", ["classified_marking"], [],
    "exceljs: 秘密★2年 alone in A1 above a merged title row");
}

function wrap(s, n) {
  const out = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

function pdfkitDoc(name, draw) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4", margin: 72, info: { Title: name, Producer: "pdfkit" } });
    const st = fs.createWriteStream(path.join(OUT, name));
    doc.pipe(st);
    doc.registerFont("song", SONG);
    doc.registerFont("kai", KAI);
    draw(doc);
    doc.end();
    st.on("finish", resolve);
  });
}

async function p17() {
  await pdfkitDoc("p17_lizhi_chengnuoshu.pdf", (doc) => {
    doc.font("song").fontSize(18).text("涉密人员离岗离职保密承诺书", { align: "center" });
    doc.moveDown();
    doc.fontSize(12);
    [
      "本人________，原在________________（单位）________岗位工作，属于____涉密人员，现因________离开涉密岗位。为切实履行保密义务，本人郑重承诺：",
      "一、已将持有和使用的全部涉密载体、涉密设备清退给本单位，未私自留存任何国家秘密信息；",
      "二、严格遵守脱密期管理规定，脱密期自________年____月____日至________年____月____日；",
      "三、脱密期内不违反规定就业，不以任何方式泄露在原岗位知悉的国家秘密和工作秘密；",
      "四、出境应当按规定报批，如实报告个人有关事项变化；",
      "五、违反上述承诺的，自愿承担相应的法律责任。",
      "",
      "承诺人：____________　　　　单位审核人：____________",
      "年　　月　　日",
    ].forEach((l) => doc.text(l, { lineGap: 6 }));
  });
  label("p17_lizhi_chengnuoshu.pdf", "pass", [], [],
    "pdfkit (AR PL SungtiL GB subset): a 离岗离职保密承诺书 template with blanks; 国家秘密和工作秘密 as words of a sentence");
}

async function b21() {
  await pdfkitDoc("b21_pdfkit_houhui.pdf", (doc) => {
    doc.font("song").fillColor("#cc0000").fontSize(26).text("嘉禾市大数据发展管理局", 72, 150, { align: "center" });
    doc.fillColor("black").fontSize(16).text("关于政务外网核心节点迁移方案的通知", 72, 210, { align: "center" });
    doc.fontSize(13);
    ["市级各部门：",
      "为提升政务外网承载能力，我局拟于7月对政务外网核心节点实施迁移，迁移方案和割接时间窗口见附件。请各部门指定技术联系人，配合做好业务系统的切换测试。",
      "嘉禾市大数据发展管理局",
      "2026年6月3日"].forEach((l) => doc.text(l, { lineGap: 8 }));
    // the marking, drawn last at the top-left
    doc.font("kai").fontSize(16).text("秘密★3年", 72, 90, { lineBreak: false });
  });
  label("b21_pdfkit_houhui.pdf", "block", ["classified_marking"], [],
    "pdfkit: 秘密★3年 drawn last in the stream at the top-left, above the red 发文机关 line drawn first");
}

async function libPdf(name, drawAll) {
  const pdf = await LibDoc.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fs.readFileSync(SONG), { subset: true });
  const page = pdf.addPage([595.28, 841.89]);
  drawAll(page, font);
  pdf.setTitle(name);
  fs.writeFileSync(path.join(OUT, name), await pdf.save());
}

function bottomUp(page, font, lines, x, yTop, size, lead) {
  // lay lines out top-down, then draw them in reverse order (reading order ≠ stream order)
  const placed = [];
  let y = yTop;
  for (const l of lines) {
    for (const piece of wrap(l, 34)) { placed.push([piece, y]); y -= lead; }
  }
  for (const [t, yy] of placed.reverse()) page.drawText(t, { x, y: yy, size, font });
}

async function p31() {
  await libPdf("p31_baomi_jianbao.pdf", (page, font) => {
    page.drawText("保密工作简报", { x: 200, y: 770, size: 26, font, color: rgb(0.8, 0, 0) });
    page.drawText("第3期", { x: 275, y: 740, size: 13, font });
    page.drawText("嘉禾县委保密办　　　　　　　　　　　2026年4月15日", { x: 72, y: 715, size: 12, font });
    bottomUp(page, font, [
      "【工作动态】县委保密办开展一季度机关保密检查",
      "3月下旬，县委保密办对县级机关18个部门开展保密检查，重点检查涉密计算机和存储介质管理、涉密载体台账以及政府网站信息发布审查情况，发现问题7个，已当场反馈并督促整改。",
      "【经验交流】县教育局“三个到位”抓好考试保密",
      "县教育局把考试保密作为招生考试工作的生命线：试卷在启用前按国家秘密管理，做到押运人员到位、保管设施到位、监控值守到位，全年未发生失泄密事件。",
      "【保密常识】手机使用“八不准”",
      "不准用手机存储、处理、传输国家秘密信息；不准在涉密场所使用手机拍照、录音；不准将手机连接涉密计算机。",
    ], 72, 680, 12, 20);
  });
  label("p31_baomi_jianbao.pdf", "pass", [], [],
    "pdf-lib (fontkit subset): a 保密工作简报 whose body is drawn bottom-up; 试卷在启用前按国家秘密管理 is prose, no marking");
}

async function b24() {
  await libPdf("b24_pdflib_houhui.pdf", (page, font) => {
    page.drawText("嘉禾市国家保密局", { x: 190, y: 720, size: 24, font, color: rgb(0.8, 0, 0) });
    page.drawText("关于重点涉密单位保密技术检查结果的通报", { x: 110, y: 680, size: 16, font });
    bottomUp(page, font, [
      "各重点涉密单位：",
      "根据年度工作计划，市国家保密局于3月至4月对全市重点涉密单位开展保密技术检查，共检查计算机及存储介质1260台（件）。现将检查结果通报如下，请有关单位对照问题清单认真整改。",
      "嘉禾市国家保密局",
      "2026年5月9日",
    ], 72, 640, 13, 22);
    page.drawText("机密★5年", { x: 72, y: 770, size: 16, font }); // drawn last, read first
  });
  label("b24_pdflib_houhui.pdf", "block", ["classified_marking"], [],
    "pdf-lib: 机密★5年 drawn last at the top-left, the body drawn bottom-up before it");
}

(async () => {
  for (const f of [p05, p20, b13, b15, p11, p23, b19, p17, b21, p31, b24]) await f();
  console.log(JSON.stringify(labels));
})().catch((e) => { console.error(e); process.exit(1); });
