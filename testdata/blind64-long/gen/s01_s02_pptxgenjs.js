// s01: pptxgenjs, 80 slides; slide 77's speaker notes begin with 机密★5年 (twin: ordinary notes).
// s02: pptxgenjs, 80 slides; slide 70's table holds one unmasked ID among masked ones (twin: masked).
const fs = require("fs");
const pptxgen = require("pptxgenjs");
const OUT = require("path").join(__dirname, "..", "pptx");
const s1 = JSON.parse(fs.readFileSync("/tmp/long/s01.json", "utf8"));
const s2 = JSON.parse(fs.readFileSync("/tmp/long/s02.json", "utf8"));

function deck(spec, mutate, file, title) {
  const p = new pptxgen();
  p.author = "青溪市人民政府办公室"; p.title = title; p.layout = "LAYOUT_16x9";
  spec.slides.forEach((s, i) => {
    const sl = p.addSlide();
    sl.addText(s.title, { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 26, fontFace: "Noto Sans CJK SC", bold: true });
    if (s.table) {
      const rows = [["序号", "姓名", "所在乡镇", "身份证号"]].concat(s.table.map((r) => r.slice()));
      mutate.table && mutate.table(i + 1, rows);
      sl.addTable(rows.map((r) => r.map((c) => ({ text: c }))), { x: 0.5, y: 1.2, w: 9, fontSize: 12, fontFace: "Noto Sans CJK SC", border: { pt: 0.5, color: "666666" } });
    } else {
      sl.addText(s.bullets.map((b) => ({ text: b, options: { bullet: true } })), { x: 0.5, y: 1.2, w: 9, h: 4, fontSize: 16, fontFace: "Noto Sans CJK SC", valign: "top" });
    }
    let notes = s.notes;
    if (mutate.notes) notes = mutate.notes(i + 1, notes);
    if (notes) sl.addNotes(notes);
    sl.addText(`${i + 1}`, { x: 9.2, y: 5.2, w: 0.5, h: 0.3, fontSize: 10 });
  });
  return p.writeFile({ fileName: `${OUT}/${file}` });
}

(async () => {
  await deck(s1, { notes: (n, t) => (n === 77 ? "机密★5年\n" + t : t) }, "s01_huibao80_pptxgenjs_marking_notes_slide77.pptx", "青溪市2024年重点工作推进情况汇报");
  await deck(s1, {}, "s01_huibao80_pptxgenjs_clean.pptx", "青溪市2024年重点工作推进情况汇报");
  const tbl = (leak) => (n, rows) => { if (n === s2.leak_slide) rows[s2.leak_row + 1][3] = leak ? s2.id : s2.id_masked; };
  await deck(s2, { table: tbl(true) }, "s02_biaozhang80_pptxgenjs_id_slide70.pptx", "青溪市2024年度先进典型表彰情况");
  await deck(s2, { table: tbl(false) }, "s02_biaozhang80_pptxgenjs_clean.pptx", "青溪市2024年度先进典型表彰情况");
})();

// pptxgenjs writes the notes' "\n" inside one <a:t>; split the marking into a paragraph of its own.
process.on("beforeExit", async function fix() {
  process.removeListener("beforeExit", fix);
  const JSZip = require("jszip");
  const f = `${OUT}/s01_huibao80_pptxgenjs_marking_notes_slide77.pptx`;
  const z = await JSZip.loadAsync(fs.readFileSync(f));
  const part = "ppt/notesSlides/notesSlide77.xml";
  let x = await z.file(part).async("string");
  x = x.replace(/<a:t>机密★5年\r?\n/, '<a:t>机密★5年</a:t></a:r></a:p><a:p><a:r><a:rPr lang="zh-CN" dirty="0"/><a:t>');
  z.file(part, x);
  fs.writeFileSync(f, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
});
