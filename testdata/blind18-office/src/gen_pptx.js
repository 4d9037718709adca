// pptxgenjs decks for blind18-office.
const fs = require("fs");
const path = require("path");
const PptxGenJS = require("pptxgenjs");
const V = JSON.parse(fs.readFileSync(path.join(__dirname, "out/values.json"), "utf8"));
const OUT = path.join(__dirname, "..");
const labels = [];
const label = (file, verdict, cats, raws, note) => labels.push({ file, expect_verdict: verdict, expect_categories: cats, raw_values: raws, note });
const png = "data:image/png;base64," + fs.readFileSync(path.join(__dirname, "out/photo_text.png")).toString("base64");
const png2 = "data:image/png;base64," + fs.readFileSync(path.join(__dirname, "out/chart_text.png")).toString("base64");

function deck() {
  const p = new PptxGenJS();
  p.author = "市政务服务办"; p.company = "XX市人民政府"; p.title = "工作汇报";
  p.layout = "LAYOUT_16x9";
  return p;
}
function titleSlide(p, t, sub, opts) {
  const s = p.addSlide(opts);
  s.addText(t, { x: 0.5, y: 1.2, w: 9, h: 1, fontSize: 32, bold: true, align: "center", fontFace: "黑体" });
  s.addText(sub, { x: 0.5, y: 2.6, w: 9, h: 0.6, fontSize: 18, align: "center" });
  return s;
}
function bullets(p, t, lines, opts) {
  const s = p.addSlide(opts);
  s.addText(t, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 26, bold: true });
  s.addText(lines.map((x) => ({ text: x, options: { bullet: true } })), { x: 0.7, y: 1.3, w: 8.6, h: 3.5, fontSize: 18 });
  return s;
}
const save = (p, n) => p.writeFile({ fileName: path.join(OUT, n), compression: true });
const WORK = ["一网通办事项覆盖率达到98%", "平均办理时限压缩至2.3个工作日", "12345热线按时办结率99.2%"];

async function main() {
  let p, s;
  p = deck();
  titleSlide(p, "2026年度政务服务工作汇报", "市政务服务办 2026年12月");
  s = bullets(p, "主要成效", WORK);
  s.addNotes("汇报时补充：窗口人员调整，原负责人方某（身份证号" + V.id[16] + "）已调离。");
  await save(p, "p01_notes_id.pptx");
  label("p01_notes_id.pptx", "block", ["id_card"], [V.id[16]], "pptxgenjs: the speaker notes of slide 2 hold 身份证号 + full ID; slides clean");

  p = deck();
  titleSlide(p, "2026年度政务服务工作汇报", "市政务服务办 2026年12月");
  bullets(p, "主要成效", WORK);
  s = bullets(p, "各窗口负责人联系方式", ["综合窗口 俞某 " + V.mobile[13], "社保窗口 任某 " + V.mobile[14]]);
  s.hidden = true;
  bullets(p, "下一步工作", ["深化高效办成一件事", "推进政务服务增值化改革"]);
  await save(p, "p02_hidden_slide_mobiles.pptx");
  label("p02_hidden_slide_mobiles.pptx", "review", ["mobile_phone", "hidden_content"], [V.mobile[13], V.mobile[14]], "pptxgenjs: slide 3 is hidden (show=0) and lists window heads with full mobiles");

  p = deck();
  p.defineSlideMaster({ title: "MARKED", background: { color: "FFFFFF" }, objects: [{ text: { text: "机密★", options: { x: 0.2, y: 0.1, w: 2, h: 0.4, fontSize: 14, color: "FF0000", fontFace: "黑体" } } }] });
  titleSlide(p, "重点区域安保工作部署", "2026年12月", { masterName: "MARKED" });
  bullets(p, "工作要求", ["落实分区包干责任", "加强值班值守"], { masterName: "MARKED" });
  await save(p, "p03_master_marking.pptx");
  label("p03_master_marking.pptx", "block", ["classified_marking"], [], "pptxgenjs: a slide master (defineSlideMaster) used by every slide draws 机密★ at the top left; slide text clean");

  p = deck();
  titleSlide(p, "2026年度文明交通专项整治", "市交警支队");
  s = bullets(p, "典型案例", ["违规占用应急车道", "已依法处理"]);
  s.addImage({ data: png, x: 6, y: 3.4, w: 3, h: 0.7, altText: "涉事车辆 " + V.plate[3] + " 现场照片" });
  await save(p, "p04_image_alt_plate.pptx");
  label("p04_image_alt_plate.pptx", "review", ["license_plate"], [V.plate[3]], "pptxgenjs: a picture (printed text 活动现场) whose alt text (descr) names the plate " + V.plate[3]);

  p = deck();
  titleSlide(p, "2026年1—11月信访形势分析", "市信访局");
  s = p.addSlide();
  s.addChart(p.charts.BAR, [{ name: "件数", labels: ["来信", "来访", "网上信访"], values: [320, 210, 880] }], { x: 0.5, y: 0.8, w: 9, h: 4.2, showTitle: true, title: "仅供内部参考：信访件数分布" });
  await save(p, "p05_chart_title_term.pptx");
  label("p05_chart_title_term.pptx", "review", ["sensitive_term"], [], "pptxgenjs: a bar chart's title (chart part) reads 仅供内部参考：信访件数分布; slide text clean");

  p = deck();
  titleSlide(p, "政务数据共享平台使用培训", "市大数据局");
  s = p.addSlide();
  s.addText([{ text: "平台入口：" }, { text: "点击进入", options: { hyperlink: { url: "http://192.168.50.3:7001/share/login.jsp", tooltip: "共享平台" } } }], { x: 0.7, y: 1.5, w: 8, h: 1, fontSize: 20 });
  await save(p, "p07_link_ip.pptx");
  label("p07_link_ip.pptx", "review", ["internal_address"], [], "pptxgenjs: a text run's hyperlink targets http://192.168.50.3:7001/share/...; the run shows 点击进入");

  p = deck();
  titleSlide(p, "2026年度优秀志愿者名单", "团市委");
  s = p.addSlide();
  s.addTable([
    [{ text: "姓名" }, { text: "证件" }, { text: "服务时长" }],
    [{ text: "管某", options: { rowspan: 2 } }, { text: "身份证号\n" + V.id[17], options: { rowspan: 2 } }, { text: "320小时" }],
    [{ text: "2026年度" }],
  ], { x: 0.5, y: 1, w: 9, colW: [2, 4.5, 2.5], fontSize: 14, border: { type: "solid", pt: 1, color: "666666" } });
  await save(p, "p08_table_rowspan_id.pptx");
  label("p08_table_rowspan_id.pptx", "block", ["id_card"], [V.id[17]], "pptxgenjs: a slide table cell merged over two rows (rowspan) holds 身份证号 and the full ID on the next line");

  // clean decks
  p = deck();
  titleSlide(p, "保密宣传教育专题讲座", "市国家保密局");
  s = bullets(p, "国家秘密的密级", ["《中华人民共和国保守国家秘密法》规定，国家秘密的密级分为绝密、机密、秘密三级", "国家秘密标志由密级和保密期限组成", "上网不涉密，涉密不上网"]);
  s.addNotes("讲解要点：结合案例说明密级的含义，提醒干部职工不得在互联网上处理涉密信息。");
  await save(p, "cp1_secrecy_lecture_clean.pptx");
  label("cp1_secrecy_lecture_clean.pptx", "pass", [], [], "clean control (pptxgenjs): a secrecy lecture explaining 密级 and 国家秘密标志 in prose, quoting the law; notes clean");

  p = deck();
  p.defineSlideMaster({ title: "GOV", background: { color: "FFFFFF" }, objects: [{ text: { text: "XX市人民政府", options: { x: 0.2, y: 5.1, w: 4, h: 0.4, fontSize: 12, color: "C00000" } } }], slideNumber: { x: 9.2, y: 5.1, fontSize: 10 } });
  titleSlide(p, "12345政务服务便民热线年度报告", "2026年", { masterName: "GOV" });
  s = bullets(p, "服务渠道", ["拨打12345", "登录浙里办APP"], { masterName: "GOV" });
  s.addText([{ text: "网址：" }, { text: "https://www.zjzwfw.gov.cn/", options: { hyperlink: { url: "https://www.zjzwfw.gov.cn/" } } }], { x: 0.7, y: 4.3, w: 8, h: 0.5, fontSize: 16 });
  s.addImage({ data: png2, x: 6.5, y: 3.4, w: 3, h: 0.7, altText: "政务公开标识" });
  await save(p, "cp3_master_hotline_clean.pptx");
  label("cp3_master_hotline_clean.pptx", "pass", [], [], "clean control (pptxgenjs): a master with the government's name and slide numbers, hotline 12345, a public link, a picture (printed text 政务公开) with harmless alt text");

  p = deck();
  titleSlide(p, "2026年1—11月信访形势分析", "市信访局");
  s = p.addSlide();
  s.addChart(p.charts.BAR, [{ name: "件数", labels: ["来信", "来访", "网上信访"], values: [320, 210, 880] }], { x: 0.5, y: 0.8, w: 9, h: 4.2, showTitle: true, title: "信访件数分布" });
  await save(p, "cp4_chart_clean.pptx");
  label("cp4_chart_clean.pptx", "pass", [], [], "clean control (pptxgenjs): the same chart titled 信访件数分布");

  fs.writeFileSync(path.join(__dirname, "out/labels-pptx.json"), JSON.stringify(labels, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
