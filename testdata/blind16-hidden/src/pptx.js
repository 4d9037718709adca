// pptx.js writes the three PPTX files of blind16-hidden with pptxgenjs.
// Usage: NODE_PATH=<dir with pptxgenjs> node pptx.js OUTDIR VALUES.json
const fs = require("fs");
const path = require("path");
const PptxGenJS = require("pptxgenjs");

const out = process.argv[2];
const v = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const font = { fontFace: "Microsoft YaHei", fontSize: 24 };

function deck() {
  const p = new PptxGenJS();
  p.author = "区政府办公室";
  p.company = "某某区人民政府";
  p.title = "2026年冬季安全生产工作部署";
  const s1 = p.addSlide();
  s1.addText("2026年冬季安全生产工作部署", { x: 0.5, y: 2, w: 9, h: 1, ...font, fontSize: 32 });
  const s2 = p.addSlide();
  s2.addText("一、检查范围：燃气使用、消防通道、建筑施工、危险化学品储存", { x: 0.5, y: 1, w: 9, h: 1, ...font });
  s2.addText("二、时间安排：12月1日至12月20日", { x: 0.5, y: 2.5, w: 9, h: 1, ...font });
  return [p, s1, s2];
}

async function main() {
  let [p, s1, s2] = deck();
  s2.addNotes("讲稿提示：此页数字未经局长审定，对外口径以新闻稿为准，不要展开讲。");
  await p.writeFile({ fileName: path.join(out, "p01-speaker-notes.pptx") });

  [p, s1, s2] = deck();
  const s3 = p.addSlide();
  s3.hidden = true;
  s3.addText("内部备注：以下数据暂不对外", { x: 0.5, y: 1, w: 9, h: 1, ...font });
  s3.addText(`联系人：${v.hidden_name} ${v.hidden_mobile}`, { x: 0.5, y: 2.5, w: 9, h: 1, ...font });
  await p.writeFile({ fileName: path.join(out, "p02-hidden-slide.pptx") });

  [p, s1, s2] = deck();
  s1.addNotes("");
  s2.addNotes("");
  await p.writeFile({ fileName: path.join(out, "p03-empty-notes.pptx") });
}

main().catch((e) => { console.error(e); process.exit(1); });
