#!/usr/bin/env node
// DOCX files from npm docx: per-digit runs, full-width IDs, compatibility ideographs.
// Run with NODE_PATH pointing at a node_modules that holds `docx` (see build.sh).
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel } = require("docx");

const ROOT = path.resolve(__dirname, "..");
const V = JSON.parse(fs.readFileSync(path.join(__dirname, "values.json"), "utf8"));
const FW = (s) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const labels = [];
const Qmob = "findings.md mobile_phone: '11-digit mobiles in current 号段, grouped …, with +86, full-width'";
const Qid = "findings.md id_card: '居民身份证号 with a valid GB 11643 check digit, a real birth date and region'";
const Qnorm = "rules.md: 'full-width letters and digits become ASCII … spaces and line breaks next to Chinese characters removed'";
const Qmask = "findings.md: 'Not findings: masked values (330106********0018, 138****1234 …), hotlines (12345, 12369), agency landlines'";

async function save(name, children) {
  const doc = new Document({ creator: "", sections: [{ children }] });
  const buf = await Packer.toBuffer(doc);
  fs.mkdirSync(path.join(ROOT, "docx_npm"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "docx_npm", name), buf);
}
const P = (t) => new Paragraph({ children: [new TextRun({ text: t, font: "宋体", size: 28 })] });
const H = (t) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t)] });
const perChar = (s) => [...s].map((c, i) => new TextRun({
  text: c, size: 24 + (i % 4) * 2, color: ["000000", "222222", "1F3864", "333333"][i % 4],
  bold: i % 2 === 1, font: i % 2 ? "Arial" : "Times New Roman", characterSpacing: i % 3 ? 0 : 10,
}));

(async () => {
  // n01
  let v = V.MOBILE.i;
  await save("n01_perdigit_mobile.docx", [
    H("关于开展燃气安全入户检查的通知"),
    P("各小区：3月起开展燃气安全入户检查，请居民配合。"),
    new Paragraph({ children: [new TextRun({ text: "检查负责人：韦某，手机：", size: 28 }), ...perChar(v)] }),
  ]);
  labels.push({ file: "docx_npm/n01_perdigit_mobile.docx", expect_verdict: "review", expect_categories: ["mobile_phone"], raw_values: [v],
    note: "npm docx; a mobile after 手机 with every digit its own run (size, colour, font, bold and character spacing changing each digit). README corpus blind20-gongwen/blind23-split: values 'split into runs' are read; " + Qmob + "." });

  // n03
  await save("n03_compat_term.docx", [
    H("全区营商环境评估报告（征求意见稿）"),
    P("内部资\uf9be　注意保存"),
    P("一、总体情况：全区营商环境持续优化。"),
  ]);
  labels.push({ file: "docx_npm/n03_compat_term.docx", expect_verdict: "review", expect_categories: ["sensitive_term"], raw_values: [],
    note: "A label line 内部资料　注意保存 with 料 as the CJK COMPATIBILITY IDEOGRAPH U+F9BE (canonically equivalent to 料, same glyph). findings.md sensitive_term: '内部资料 注意保存'; docs name radicals but not compatibility ideographs, labelled by the rendering." });

  // n04 twin
  v = V.MOBILE.i;
  const m = v.slice(0, 3) + "****" + v.slice(7);
  await save("n04_masked_twin.docx", [
    H("关于开展燃气安全入户检查的通知"),
    new Paragraph({ children: [new TextRun({ text: "检查负责人：韦某，手机：", size: 28 }), ...perChar(FW(m))] }),
    new Paragraph({ children: [new TextRun("燃气报修："), ...perChar(FW("12345"))] }),
    P("执业人员身份证号：" + FW(V.ID.e.slice(0, 6)) + "********" + FW(V.ID.e.slice(14))),
  ]);
  labels.push({ file: "docx_npm/n04_masked_twin.docx", expect_verdict: "pass", expect_categories: [], raw_values: [],
    note: "Twin of n01 (and of the full-width IDs elsewhere): a masked mobile and a masked ID in full-width digits split per character, the hotline 12345. " + Qmask + "." });

  fs.writeFileSync(path.join(__dirname, "labels_npm_docx.json"), JSON.stringify(labels, null, 1));
})();
