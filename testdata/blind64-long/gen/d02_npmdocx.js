// d02: npm docx, ~45 pages; the last paragraph links to an intranet host (target only); twin links to the public site.
const fs = require("fs");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, ExternalHyperlink, Header } = require("docx");
const spec = JSON.parse(fs.readFileSync("/tmp/long/d02.json", "utf8"));
const OUT = require("path").join(__dirname, "..", "docx");

function build(target, file) {
  const children = [new Paragraph({ text: spec.title, heading: HeadingLevel.TITLE })];
  for (const s of spec.secs) {
    children.push(new Paragraph({ text: s.h, heading: HeadingLevel.HEADING_2 }));
    for (const p of s.ps) children.push(new Paragraph({ children: [new TextRun({ text: p, size: 28, font: { eastAsia: "Noto Serif CJK SC" } })] }));
  }
  children.push(new Paragraph({ children: [
    new TextRun({ text: "以上解读仅供参考，政策条文以正式文件为准。政策原文：", size: 28 }),
    new ExternalHyperlink({ link: target, children: [new TextRun({ text: "点击查看政策原文", style: "Hyperlink", size: 28 })] }),
  ] }));
  const doc = new Document({
    creator: "青溪市发展和改革局", title: spec.title,
    sections: [{ headers: { default: new Header({ children: [new Paragraph("青溪市发展和改革局")] }) }, children }],
  });
  return Packer.toBuffer(doc).then((b) => fs.writeFileSync(`${OUT}/${file}`, b));
}
build("http://oa.qxfgw.local/zcjd/2025/0318.html", "d02_zhengce45p_npmdocx_intranet_link_end.docx")
  .then(() => build("https://www.qingxi.gov.cn/zcjd/2025/0318.html", "d02_zhengce45p_npmdocx_clean.docx"));
