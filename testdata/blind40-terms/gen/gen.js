// npm docx 9 and exceljs 4 files of blind40-terms. Run with NODE_PATH pointing at a temp node_modules.
const fs = require("fs");
const path = require("path");
const D = require("docx");
const ExcelJS = require("exceljs");
const OUT = process.env.OUT || path.join(__dirname, "..");
const labels = [];
const lab = (file, v, cats, note) => labels.push({ file, expect_verdict: v, expect_categories: cats, raw_values: [], note });
const P = (t, o = {}) => new D.Paragraph({ ...o, children: [new D.TextRun({ text: t, font: "宋体" })] });
async function saveDoc(name, doc) { fs.writeFileSync(path.join(OUT, name), await D.Packer.toBuffer(doc)); }

async function main() {
  // p17: label split into coloured runs, first line
  await saveDoc("p17_npm_runs.docx", new D.Document({ sections: [{ children: [
    new D.Paragraph({ children: ["内", "部", "资", "料"].map((c, i) => new D.TextRun({ text: c, bold: true, color: ["000000", "111111", "222222", "000000"][i], size: 28 }))
      .concat([new D.TextRun({ text: "　注意保存", bold: true, size: 28 })]) }),
    P("全市物价形势分析（2026年10月）", { alignment: D.AlignmentType.CENTER }),
    P("10月份居民消费价格同比上涨0.6%，其中食品价格下降1.2%，服务价格上涨1.4%。猪肉价格环比回落，鲜菜价格受天气影响有所上涨。"),
  ] }] }));
  lab("p17_npm_runs.docx", "review", ["sensitive_term"], "npm docx: first line 内部资料　注意保存 with each character of 内部资料 its own run");

  // p18: footnote
  await saveDoc("p18_npm_jiaozhu.docx", new D.Document({
    footnotes: { 1: { children: [P("本附件属工作秘密，严禁上网。")] } },
    sections: [{ children: [
      P("关于2027年度重点民生实事项目建议清单的说明", { alignment: D.AlignmentType.CENTER }),
      new D.Paragraph({ children: [new D.TextRun("经广泛征集意见，共梳理出民生实事项目建议15项，详见附件"), new D.FootnoteReferenceRun(1), new D.TextRun("。")] }),
      P("建议项目涵盖教育、医疗、养老、交通等领域，总投资约9.8亿元。"),
    ] }] }));
  lab("p18_npm_jiaozhu.docx", "review", ["sensitive_term"], "npm docx: footnote text 本附件属工作秘密，严禁上网");

  // p19: comment mentioning 内部事项
  await saveDoc("p19_npm_pizhu.docx", new D.Document({
    comments: { children: [{ id: 0, author: "办公室", date: new Date("2026-11-10T09:00:00Z"), children: [P("此段为内部事项，勿上网")] }] },
    sections: [{ children: [
      P("青州市2026年度机关作风建设情况通报", { alignment: D.AlignmentType.CENTER }),
      new D.Paragraph({ children: [new D.CommentRangeStart(0), new D.TextRun("今年共开展作风建设明察暗访12次，通报典型问题9起。"), new D.CommentRangeEnd(0),
        new D.TextRun({ children: [new D.CommentReference(0)] })] }),
      P("各单位要举一反三，持续改进工作作风。"),
    ] }] }));
  lab("p19_npm_pizhu.docx", "review", ["sensitive_term", "hidden_content"], "npm docx: Word comment 此段为内部事项，勿上网 on a paragraph");

  // p20: alt text of a picture
  const png = fs.readFileSync(path.join(__dirname, "src", "pic.png"));
  await saveDoc("p20_npm_alt.docx", new D.Document({ sections: [{ children: [
    P("城区绿道网络建设示意", { alignment: D.AlignmentType.CENTER }),
    new D.Paragraph({ children: [new D.ImageRun({ type: "png", data: png, transformation: { width: 160, height: 100 },
      altText: { title: "示意图", description: "内部资料　注意保存", name: "绿道示意" } })] }),
    P("全市已建成绿道186公里，2027年计划新建42公里，串联主要公园和滨水空间。"),
  ] }] }));
  lab("p20_npm_alt.docx", "review", ["sensitive_term"], "npm docx: a picture's alt text (descr) reads 内部资料　注意保存; body clean");

  // b05: traditional marking first line
  await saveDoc("b05_fanti.docx", new D.Document({ sections: [{ children: [
    P("機密★3年"),
    P("關於重要基礎設施安全防護的工作方案", { alignment: D.AlignmentType.CENTER }),
    P("一、全面梳理重要基礎設施清單；二、落實分級防護責任。"),
  ] }] }));
  lab("b05_fanti.docx", "block", ["classified_marking"], "npm docx: first line 機密★3年 in traditional characters");

  // n09: policy on 工作秘密 (pass)
  await saveDoc("n09_npm_banfa.docx", new D.Document({ sections: [{ children: [
    P("青州市档案局关于印发《青州市档案局工作秘密管理办法》的通知", { alignment: D.AlignmentType.CENTER }),
    P("局属各单位、机关各科室：现将《青州市档案局工作秘密管理办法》印发给你们，请认真遵照执行。"),
    P("第一条　为加强本局工作秘密管理，根据有关规定，结合工作实际，制定本办法。"),
    P("第二条　本办法所称工作秘密，是指本局在履行职责中产生的、不属于国家秘密、泄露后会影响工作正常开展的事项。"),
    P("第三条　工作秘密的确定由承办科室提出，经分管负责人审核后确定。"),
    P("第四条　本办法自印发之日起施行。"),
  ] }] }));
  lab("n09_npm_banfa.docx", "pass", [], "npm docx: notice issuing a 工作秘密管理办法 (title after 关于印发, articles defining 工作秘密)");

  // n22: handout headed after 关于 (pass)
  await saveDoc("n22_npm_guanyu.docx", new D.Document({ sections: [{ children: [
    P("关于内部资料管理的几点提示", { alignment: D.AlignmentType.CENTER }),
    P("一是编印内部资料应当严格履行审批程序，控制印数和发放范围。"),
    P("二是内部资料应当逐份登记，使用完毕及时清退。"),
    P("三是对外提供材料前，应当核查是否混入内部资料内容。"),
  ] }] }));
  lab("n22_npm_guanyu.docx", "pass", [], "npm docx: handout titled 关于内部资料管理的几点提示, 内部资料 as the subject of sentences");

  // exceljs
  let wb = new ExcelJS.Workbook(); let ws = wb.addWorksheet("进度");
  ws.addRow(["项目", "责任单位", "进度"]); ws.addRow(["北城污水处理厂扩建", "市城管局", "主体完工"]); ws.addRow(["南部片区供水管网", "市水务集团", "完成70%"]);
  ws.getCell("C3").note = "内部事项，不宜公开";
  await wb.xlsx.writeFile(path.join(OUT, "p23_exceljs_pizhu.xlsx"));
  lab("p23_exceljs_pizhu.xlsx", "review", ["sensitive_term", "hidden_content"], "exceljs: cell note (comment) 内部事项，不宜公开");

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("测算");
  ws.headerFooter.oddHeader = "&C内部资料 注意保存";
  ws.addRow(["2027年度城市维护费用测算"]); ws.addRow(["项目", "金额（万元）"]); ws.addRow(["道路养护", 2150]); ws.addRow(["路灯维护", 640]);
  await wb.xlsx.writeFile(path.join(OUT, "p24_exceljs_yemei.xlsx"));
  lab("p24_exceljs_yemei.xlsx", "review", ["sensitive_term"], "exceljs: print header &C内部资料 注意保存");

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("清单");
  ws.headerFooter.oddHeader = "&R秘密★1年";
  ws.addRow(["重点目标防护力量编组表"]); ws.addRow(["目标", "防护单位", "人数"]); ws.addRow(["一号目标", "民兵应急连", 60]);
  await wb.xlsx.writeFile(path.join(OUT, "b06_exceljs_header.xlsx"));
  lab("b06_exceljs_header.xlsx", "block", ["classified_marking"], "exceljs: print header &R秘密★1年");

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("申请处理");
  ws.addRow(["2025年政府信息公开申请处理结果统计"]);
  ws.addRow(["处理结果", "件数"]);
  [["予以公开", 52], ["部分公开", 7], ["不予公开—属于国家秘密", 1], ["不予公开—其他法律行政法规禁止公开", 0],
   ["不予公开—危及“三安全一稳定”", 0], ["不予公开—保护第三方合法权益", 3], ["不予公开—属于三类内部事务信息", 2], ["不予公开—属于四类过程性信息", 4]]
    .forEach(r => ws.addRow(r));
  await wb.xlsx.writeFile(path.join(OUT, "n15_exceljs_nianbao.xlsx"));
  lab("n15_exceljs_nianbao.xlsx", "pass", [], "exceljs: 政府信息公开 annual statistics rows 属于国家秘密 / 内部事务信息 / 过程性信息 with counts");

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("自评表");
  ws.addRow(["行政事业单位内部控制基础性评价自评表"]);
  ws.addRow(["评价指标", "分值", "自评得分", "说明"]);
  [["内部控制建设启动情况", 14, 14, "已成立内部控制领导小组"], ["单位主要负责人承担内部控制建设首要责任", 6, 6, "主要负责人主持召开专题会议"],
   ["对权力运行的制约", 8, 6, "内部管理制度需进一步细化"], ["内部控制制度完备情况", 16, 15, "内部审计制度已修订"]].forEach(r => ws.addRow(r));
  await wb.xlsx.writeFile(path.join(OUT, "n30_exceljs_neikong.xlsx"));
  lab("n30_exceljs_neikong.xlsx", "pass", [], "exceljs: 内部控制 self-assessment sheet (内部控制, 内部管理制度, 内部审计)");

  fs.writeFileSync(path.join(__dirname, "labels_js.json"), JSON.stringify(labels, null, 1));
  console.log(labels.length, "labels from gen.js");
}
main().catch(e => { console.error(e); process.exit(1); });
