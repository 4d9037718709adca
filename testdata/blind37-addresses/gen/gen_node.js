// npm docx, exceljs, SheetJS and pptxgenjs files of blind37-addresses.
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, ExternalHyperlink, HeadingLevel } = require("docx");
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");
const PptxGenJS = require("pptxgenjs");

const OUT = "..";
const p = (n) => path.join(OUT, n);

function link(text, url) {
  return new ExternalHyperlink({ children: [new TextRun({ text, style: "Hyperlink" })], link: url });
}

async function docxFiles() {
  // a40: visible text names a public site, the relationship target is a private address
  let doc = new Document({
    creator: "办公室",
    sections: [{
      children: [
        new Paragraph({ text: "关于学习宣传新修订《政府信息公开条例》的通知", heading: HeadingLevel.HEADING_1 }),
        new Paragraph("各科室："),
        new Paragraph("请各科室组织干部职工认真学习新修订的《中华人民共和国政府信息公开条例》。"),
        new Paragraph({ children: [new TextRun("条例全文见 "), link("https://www.gov.cn/zhengce/", "http://192.168.50.10/zcwj/tiaoli.html"), new TextRun("。")] }),
        new Paragraph("某局办公室　2024年5月8日"),
      ],
    }],
  });
  fs.writeFileSync(p("a40_npmdocx_lianjie.docx"), await Packer.toBuffer(doc));

  // a41: public links, versions, section numbers
  doc = new Document({
    creator: "办公室",
    sections: [{
      children: [
        new Paragraph({ text: "关于推广使用“浙里办”政务服务移动端的通知", heading: HeadingLevel.HEADING_1 }),
        new Paragraph("各乡镇（街道）、区直各单位："),
        new Paragraph("“浙里办”已升级至 V7.10.2.1 版本（2024.10.12发布），新增企业开办等高频事项。"),
        new Paragraph({ children: [new TextRun("下载地址："), link("浙江政务服务网", "https://www.zjzwfw.gov.cn/"), new TextRun("；政策依据见 "), link("中国政府网", "https://www.gov.cn/zhengce/")] }),
        new Paragraph("推广经费172.16万元，按《实施方案》第10.1.2.3条执行。"),
        new Paragraph("某区人民政府办公室　2024年10月14日"),
      ],
    }],
  });
  fs.writeFileSync(p("a41_npmdocx_gongkai.docx"), await Packer.toBuffer(doc));
}

async function excelFiles() {
  // a49: budget table, amounts as numbers, versions as strings, public hyperlinks
  let wb = new ExcelJS.Workbook();
  wb.creator = "财务科";
  let ws = wb.addWorksheet("项目预算");
  ws.addRow(["2024年信息化项目预算表"]);
  ws.addRow(["单位：万元"]);
  ws.addRow(["序号", "项目名称", "预算金额", "软件版本", "启用日期", "系统网址"]);
  ws.addRow([1, "政务服务平台升级", 172.16, "v10.0.3.1", "2024.10.12", { text: "www.zjzwfw.gov.cn", hyperlink: "https://www.zjzwfw.gov.cn/" }]);
  ws.addRow([2, "数据开放平台", 192.168, "V2.10.1.3", "2024.11.01", { text: "data.hangzhou.gov.cn", hyperlink: "https://data.hangzhou.gov.cn/" }]);
  ws.addRow([3, "档案数字化", 10.01, "3.1.0.2", "2024.12.20", { text: "www.hangzhou.gov.cn", hyperlink: "https://www.hangzhou.gov.cn/" }]);
  await wb.xlsx.writeFile(p("a49_exceljs_yusuan.xlsx"));

  // a50: address in a cell note (legacy comment)
  wb = new ExcelJS.Workbook();
  wb.creator = "统计科";
  ws = wb.addWorksheet("办件统计");
  ws.addRow(["月份", "受理件数", "办结件数"]);
  ws.addRow(["7月", 1520, 1498]);
  ws.addRow(["8月", 1611, 1590]);
  ws.addRow(["9月", 1702, 1688]);
  ws.getCell("B1").note = "数据取自办件库服务器 192.168.8.8，每月5日导出。";
  await wb.xlsx.writeFile(p("a50_exceljs_pizhu.xlsx"));

  // a51: SheetJS, section numbers and dotted dates
  const aoa = [
    ["条款对照表"],
    ["条款号", "内容", "责任科室", "完成时间"],
    ["10.1.2.3", "访问控制", "信息中心", "2024.10.12"],
    ["10.1.3.2", "安全审计", "信息中心", "2024.11.15"],
    ["8.1.4.3", "入侵防范", "信息中心", "2024.12.01"],
    ["依据", "GB/T 22239-2019", "", ""],
  ];
  const sh = XLSX.utils.aoa_to_sheet(aoa);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sh, "对照表");
  XLSX.writeFile(book, p("a51_sheetjs_tiaokuan.xlsx"));
}

async function pptxFiles() {
  // a53: address in speaker notes
  let pres = new PptxGenJS();
  let s = pres.addSlide();
  s.addText("2024年政务公开工作培训", { x: 0.5, y: 0.5, w: 9, h: 1, fontSize: 32, fontFace: "Microsoft YaHei" });
  s.addText("一、公开内容\n二、公开流程\n三、保密审查", { x: 0.5, y: 1.8, w: 9, h: 3, fontSize: 20, fontFace: "Microsoft YaHei" });
  s.addNotes("讲解时演示发布流程，演示系统地址 http://192.168.20.5/cms/admin ，演示后关闭浏览器。");
  await pres.writeFile({ fileName: p("a53_pptx_beizhu.pptx") });

  // a54: public slides
  pres = new PptxGenJS();
  s = pres.addSlide();
  s.addText("“浙里办”使用指南", { x: 0.5, y: 0.5, w: 9, h: 1, fontSize: 32, fontFace: "Microsoft YaHei" });
  s.addText([
    { text: "当前版本：V7.10.2.1（2024.10.12）\n" },
    { text: "更多服务请访问 " },
    { text: "浙江政务服务网", options: { hyperlink: { url: "https://www.zjzwfw.gov.cn/" } } },
  ], { x: 0.5, y: 1.8, w: 9, h: 2, fontSize: 20, fontFace: "Microsoft YaHei" });
  s = pres.addSlide();
  s.addText("经费：172.16万元；依据：GB/T 22239-2019 第10.1.2.3条", { x: 0.5, y: 1, w: 9, h: 1, fontSize: 20, fontFace: "Microsoft YaHei" });
  await pres.writeFile({ fileName: p("a54_pptx_gongkai.pptx") });

  // a55: hyperlink on slide text to a private address
  pres = new PptxGenJS();
  s = pres.addSlide();
  s.addText("数据共享申请流程", { x: 0.5, y: 0.5, w: 9, h: 1, fontSize: 32, fontFace: "Microsoft YaHei" });
  s.addText([
    { text: "第一步：登录" },
    { text: "数据共享平台", options: { hyperlink: { url: "http://10.7.7.7/share/apply" } } },
    { text: "填写申请。\n第二步：等待审核。" },
  ], { x: 0.5, y: 1.8, w: 9, h: 2, fontSize: 20, fontFace: "Microsoft YaHei" });
  await pres.writeFile({ fileName: p("a55_pptx_lianjie.pptx") });
}

(async () => {
  await docxFiles();
  await excelFiles();
  await pptxFiles();
  console.log("node done");
})();
