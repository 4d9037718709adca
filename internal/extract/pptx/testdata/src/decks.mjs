// decks.mjs writes the PptxGenJS fixtures of the PPTX extractor:
// node decks.mjs OUTDIR (run by ../make-fixtures.sh, with pptxgenjs
// installed beside it). All personal data is synthetic: the ID carries a
// valid GB 11643 check digit, the mobile number belongs to no one.
import pptxgen from "pptxgenjs";

const out = process.argv[2];

// A 1x1 PNG, so that a picture with alternative text is in the deck.
const png = "image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function marking() {
  const p = new pptxgen();
  p.author = "王某某";
  p.company = "某区农业农村局";
  p.title = "2024年度工作总结";
  p.layout = "LAYOUT_16x9";
  // The marking sits in the master (PptxGenJS writes it into the slide
  // layout), so it shows on every slide and on none of the slides' own XML.
  p.defineSlideMaster({
    title: "MARKED",
    background: { color: "FFFFFF" },
    objects: [
      { text: { text: "秘密★1年", options: { x: 0.3, y: 5.1, w: 3, h: 0.4, fontSize: 12, color: "C00000" } } },
      { placeholder: { options: { name: "body", type: "body", x: 0.5, y: 1.2, w: 9, h: 3.5 }, text: "单击此处添加正文" } },
    ],
    slideNumber: { x: 9.0, y: 5.1 },
  });

  const s1 = p.addSlide({ masterName: "MARKED" });
  s1.addText("2024年度工作总结", { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28 });
  s1.addText("一、主要工作完成情况\n二、存在的问题\n三、下一步工作安排", { placeholder: "body" });
  s1.addImage({ data: png, x: 8.5, y: 0.3, w: 0.5, h: 0.5, altText: "单位徽标" });

  const s2 = p.addSlide({ masterName: "MARKED" });
  s2.addText("人员名单", { x: 0.5, y: 0.3, w: 9, h: 0.6, fontSize: 24 });
  s2.addTable([
    ["姓名", "身份证号", "编号"],
    ["张某某", "110101199003074514", "2023"],
    ["330106", "2023", "1105"],
  ], { x: 0.5, y: 1.2, w: 9, colW: [2, 4.5, 2.5], fontSize: 14, border: { type: "solid", pt: 1, color: "000000" } });
  s2.addNotes("讲解时说明：联系人手机13805710246，会后收回名单。");

  const s3 = p.addSlide({ masterName: "MARKED" });
  s3.hidden = true;
  s3.addText("内部讨论稿：尚未定稿的调整方案", { x: 0.5, y: 1.5, w: 9, h: 1 });

  const s4 = p.addSlide({ masterName: "MARKED" });
  s4.addText([
    { text: "详见办公系统", options: { hyperlink: { url: "http://oa.intranet.local/x", tooltip: "办公系统" } } },
    { text: "，数据如下图。", options: {} },
  ], { x: 0.5, y: 0.3, w: 9, h: 0.6 });
  s4.addChart(p.ChartType.bar, [{ name: "完成数", labels: ["一季度", "二季度"], values: [12, 30] }],
    { x: 0.5, y: 1.2, w: 6, h: 3.5, showTitle: true, title: "季度完成情况" });

  await p.writeFile({ fileName: out + "/marking.pptx", compression: true });
}

async function clean() {
  const p = new pptxgen();
  p.author = "";
  p.company = "";
  p.title = "政务服务便民指南";
  p.layout = "LAYOUT_16x9";
  const s1 = p.addSlide();
  s1.addText("政务服务便民指南", { x: 0.5, y: 0.4, w: 9, h: 0.8, fontSize: 28 });
  s1.addText("办理时间：工作日上午9:00至12:00，下午13:30至17:00。\n咨询电话：12345。", { x: 0.5, y: 1.4, w: 9, h: 1.5 });
  const s2 = p.addSlide();
  s2.addTable([
    ["事项", "办理地点", "承诺时限"],
    ["营业执照", "政务服务中心一楼", "3个工作日"],
    ["社保卡补办", "政务服务中心二楼", "当场办结"],
  ], { x: 0.5, y: 0.5, w: 9, fontSize: 14 });
  s2.addText("更多信息请访问 http://www.gov.cn/", { x: 0.5, y: 3.5, w: 9, h: 0.5,
    hyperlink: { url: "http://www.gov.cn/" } });
  await p.writeFile({ fileName: out + "/clean.pptx", compression: true });
}

await marking();
await clean();
