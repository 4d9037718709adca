// Part 3: npm `docx` and `exceljs` files; writes labels_js.json.
// Run with NODE_PATH pointing at a node_modules holding docx and exceljs.
const fs = require("fs"), path = require("path");
const { Document, Packer, Paragraph, TextRun, Header, Footer, Table, TableRow, TableCell, WidthType,
        CommentRangeStart, CommentRangeEnd, CommentReference } = require("docx");
const ExcelJS = require("exceljs");
const OUT = process.argv[2] || require("path").join(__dirname, "..");
const AG = "qingshanqu.gov.cn";
const LABELS = [];
const label = (file, v, cats, raw, note) => LABELS.push({ file, expect_verdict: v, expect_categories: cats, raw_values: raw, note });
const P = (t) => new Paragraph({ children: [new TextRun({ text: t, font: { eastAsia: "宋体" } })] });
const cell = (t) => new TableCell({ children: [P(t)], width: { size: 2000, type: WidthType.DXA } });
const tbl = (rows) => new Table({ rows: rows.map(r => new TableRow({ children: r.map(cell) })) });
const save = async (doc, name) => fs.writeFileSync(path.join(OUT, name), await Packer.toBuffer(doc));

(async () => {
  await save(new Document({ sections: [{
    headers: { default: new Header({ children: [P(`青山区市场监督管理局  scjg@${AG}`)] }) },
    footers: { default: new Footer({ children: [P("投诉举报：12315  办公电话：0571-87012890  地址：建国路205号")] }) },
    children: [P("关于开展2026年食品安全宣传周活动的通知"), P("各街道市场监管所：请于6月15日前报送宣传周活动方案。"),
      tbl([["部门", "邮箱"], ["食品安全科", `spaq@${AG}`], ["综合科", `zhk@${AG}`]])] }] }), "c58_npm_yemei_youxiang.docx");
  label("c58_npm_yemei_youxiang.docx", "pass", ["email"], [], "npm docx: agency mailbox in the header, 12315 + landline in the footer, 部门/邮箱 table");

  await save(new Document({
    comments: { children: [{ id: 0, author: "审核", initials: "SH", date: new Date("2026-04-01"),
      children: [P("联系人改为孟凡个人邮箱 mengfan_1990@126.com，发布前确认")] }] },
    sections: [{ children: [P("关于公布2026年区级文明单位名单的通知"),
      new Paragraph({ children: [new CommentRangeStart(0), new TextRun("联系单位：区文明办，电话0571-87190000。"), new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] })] })] }] }), "c59_npm_pizhu_youxiang.docx");
  label("c59_npm_pizhu_youxiang.docx", "review", ["hidden_content"], ["mengfan_1990@126.com"],
    "npm docx: a Word comment proposing a named person's personal 126 mailbox (comments are hidden_content)");

  await save(new Document({ sections: [{
    footers: { default: new Footer({ children: [P("承办：区农业农村局 联系人：潘宏 手机：159 9018 7326")] }) },
    children: [P("关于申报2026年农业产业化项目的通知"), P("各有关企业：请于7月31日前完成申报。")] }] }), "c60_npm_yejiao_shouji.docx");
  label("c60_npm_yejiao_shouji.docx", "review", ["mobile_phone"], ["15990187326"], "npm docx: a named contact's grouped mobile only in the footer");

  await save(new Document({ sections: [{ children: [P("区应急管理局防汛防台值班表"),
    tbl([["姓名", "职务", "手机", "邮箱"], ["俞海", "科长", "18805716639", "yuhai_yj@163.com"], ["任洁", "科员", "15867432109", "renjie2015@qq.com"]]),
    P("值班室电话：0571-87050000")] }] }), "c61_npm_zhiban_biao.docx");
  label("c61_npm_zhiban_biao.docx", "review", ["mobile_phone"], ["18805716639", "15867432109", "yuhai_yj@163.com", "renjie2015@qq.com"],
    "npm docx: 姓名/职务/手机/邮箱 duty table with personal mobiles");

  // exceljs
  let wb = new ExcelJS.Workbook(); let ws = wb.addWorksheet("科室联系人");
  ws.addRow(["姓名", "职务", "邮箱"]);
  ws.addRow(["袁立", "办公室主任", "yuanli_qs@163.com"]); ws.addRow(["柳青", "法规科科长", "liuqing.fg@gmail.com"]); ws.addRow(["鲍宇", "财务科科长", "1928374650@qq.com"]);
  await wb.xlsx.writeFile(path.join(OUT, "c62_exceljs_ganbu_youxiang.xlsx"));
  label("c62_exceljs_ganbu_youxiang.xlsx", "pass", ["email"], ["yuanli_qs@163.com", "liuqing.fg@gmail.com", "1928374650@qq.com"],
    "exceljs: visible 姓名/职务/邮箱 staff table with personal free-mail addresses and no phone; findings.md: every e-mail is info, never changes a verdict -> pass (must be masked)");

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("联络员");
  ws.addRow(["街道", "联络员", "联系电话"]);
  ws.addRow(["青山街道", "唐伟", 13588420931]); ws.addRow(["湖滨街道", "罗欣", 17706512348]); ws.addRow(["人民街道", "郝强", "0571-87200003"]);
  await wb.xlsx.writeFile(path.join(OUT, "c63_exceljs_shouji_shuzi.xlsx"));
  label("c63_exceljs_shouji_shuzi.xlsx", "review", ["mobile_phone"], ["13588420931", "17706512348"], "exceljs: mobiles stored as number cells under 联系电话, one landline");

  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("公开");
  ws.addRow(["服务事项", "咨询电话"]); ws.addRow(["户籍办理", "0571-87210001"]); ws.addRow(["居住证办理", "0571-87210002"]);
  ws.getCell("B2").note = "窗口负责人 史磊 手机19857120463";
  await wb.xlsx.writeFile(path.join(OUT, "c64_exceljs_pizhu_shouji.xlsx"));
  label("c64_exceljs_pizhu_shouji.xlsx", "review", ["hidden_content"], ["19857120463"], "exceljs: a cell note with a window head's mobile");

  fs.writeFileSync(path.join(__dirname, "labels_js.json"), JSON.stringify(LABELS, null, 1));
  console.log(LABELS.length, "labels");
})();
