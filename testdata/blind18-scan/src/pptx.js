// pptx.js writes the PPTX files of blind18-scan with pptxgenjs: a slide with a
// title and a picture of a scanned page. Usage: node pptx.js JOBS.json
const fs = require("fs");
const pptxgen = require("pptxgenjs");
const jobs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
(async () => {
  for (const j of jobs) {
    const p = new pptxgen();
    p.layout = "LAYOUT_16x9";
    p.author = "办公室";
    const s = p.addSlide();
    s.addText(j.title, { x: 0.4, y: 0.15, w: 9.2, h: 0.6, fontSize: 24, fontFace: "Noto Sans CJK SC", bold: true });
    const h = 4.6, w = Math.min(9.2, h * j.w / j.h);
    s.addImage({ data: "image/jpeg;base64," + fs.readFileSync(j.img).toString("base64"), x: (10 - w) / 2, y: 0.85, w: w, h: h });
    await p.writeFile({ fileName: j.out });
  }
})();
