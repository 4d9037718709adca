// DOCX files made with npm `docx` for blind61-disguises.
// Run: NODE_PATH=<scratch>/node_modules node gen_npm_docx.js  (after python3 common.py wrote values.json)
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, Header, Footer, Table, TableRow, TableCell, WidthType, HeadingLevel } = require("docx");
const V = JSON.parse(fs.readFileSync(path.join(__dirname, "values.json"), "utf8"));
const ROOT = path.dirname(__dirname);
const labels = [];
const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const g = (s, sizes, sep = " ") => { let i = 0; return sizes.map((n) => { const p = s.slice(i, i + n); i += n; return p; }).join(sep); };
const P = (t) => new Paragraph({ children: [new TextRun(t)] });
const H = (t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1 });
const MASK_DOC = "findings.md: 'Not findings: masked values (330106********0018, 138****1234, E1234**** …)'";

async function save(rel, doc, verdict, cats, raws, note) {
  const p = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, await Packer.toBuffer(doc));
  labels.push({ file: rel, expect_verdict: verdict, expect_categories: cats, raw_values: raws, note });
}
const mk = (children, extra = {}) => new Document({ creator: "办公室", sections: [{ ...extra, children }] });

(async () => {
  const body = [H("关于做好2026年度重要活动安保工作的通知"), P("各成员单位："), P("为确保重要活动期间社会稳定，现就安保工作有关事项通知如下。"),
    P("一、落实属地责任，各镇街于4月1日前完成重点部位排查。"), P("二、加强值班值守，严格执行领导带班制度。"), P("区维稳工作领导小组办公室")];

  // n01 footer marking with ☆ and 长期
  await save("npm_docx/n01_footer_whitestar.docx",
    mk(body, { footers: { default: new Footer({ children: [P("机密☆长期　　　　第 1 页")] }) } }),
    "block", ["classified_marking"], [],
    "npm docx; the page footer holds 机密☆长期 before the page number. README/findings.md: '绝密☆长期' is a marking; 'A marking with its ★ is a marking wherever it stands'; block.");

  // n02 marking in a table's first cell
  const head = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [
    new TableCell({ children: [P("秘密★1年")] }), new TableCell({ children: [P("")] }), new TableCell({ children: [P("特急")] })] })] });
  await save("npm_docx/n02_first_cell_marking.docx", mk([head, ...body]),
    "block", ["classified_marking"], [],
    "npm docx; the document opens with a layout table whose first cell is 秘密★1年 (third cell 特急), as 公文 templates lay out the 版头. README: 秘密★1年 is a marking, wherever it stands (a table cell in blind52); block.");

  // n03 mobile in full-width digits over three runs
  const m3 = V.M_N03;
  await save("npm_docx/n03_mobile_fullwidth_runs.docx", mk([H("关于征集2026年度民生实事项目意见建议的公告"),
    P("为广泛听取群众意见，现面向社会公开征集2026年度民生实事项目建议。"),
    new Paragraph({ children: [new TextRun("联系人：区发改局综合科 钟丽萍，联系电话："), new TextRun({ text: FW(m3.slice(0, 3)), bold: true }),
      new TextRun(" " + FW(m3.slice(3, 7)) + " "), new TextRun({ text: FW(m3.slice(7)), font: "宋体" })] })]),
    "review", ["mobile_phone"], [FW(m3), g(FW(m3), [3, 4, 4]), m3],
    "npm docx; a named official's mobile in full-width digits, grouped 3-4-4 and spread over three runs, after 联系电话：. findings.md mobile_phone: 'grouped, with +86, full-width'; review.");

  // n04 twin: landline, hotline, masked mobile
  await save("npm_docx/n04_contacts_clean.docx", mk([H("关于征集2026年度民生实事项目意见建议的公告"),
    P("为广泛听取群众意见，现面向社会公开征集2026年度民生实事项目建议。"),
    P("联系人：区发改局综合科，联系电话：0571-8705 1236，政务服务便民热线：12345。"),
    P("联络员 钟某某（手机 " + FW(m3.slice(0, 3)) + " **** " + FW(m3.slice(7)) + "）。")]),
    "pass", [], [],
    "Twin of n03: an agency landline written in groups, the 12345 hotline, and the mobile masked (full-width digits, **** in the middle). README: hotlines and agency landlines are not findings; " + MASK_DOC);

  // n05 ID cut by a manual line break after a full first line
  const v5 = V.ID_N05;
  await save("npm_docx/n05_id_soft_break.docx", mk([H("关于拟认定2025年度见义勇为人员的公示"),
    new Paragraph({ children: [new TextRun("经审核，拟认定思明区居民郭振宇同志为2025年度见义勇为人员，身份证号：" + v5.slice(0, 8)),
      new TextRun({ text: v5.slice(8), break: 1 }), new TextRun("，事迹详见附件。公示期间如有异议，请向区见义勇为基金会反映。")] })]),
    "block", ["id_card"], [v5, v5.slice(0, 8)],
    "npm docx; a paragraph pasted from a fixed-width source: a line break (w:br) cuts the ID 8+10 right after 身份证号： at the end of a full line. README Tables: 'an ID or a card (checksums) after its label on the same line' cut by a line break is one number; blind23 tested soft breaks; id_card block.");

  // n06 passport and 港澳通行证 in groups
  const pp = V.P_N06, hk = V.HK_N06;
  await save("npm_docx/n06_passport_groups.docx", mk([H("因公出国（境）人员公示"),
    P("根据因公出国（境）管理有关规定，现将我局2026年第二批因公出访人员情况公示如下："),
    P("姓名：邓文杰　职务：科员　护照号码：" + pp[0] + " " + g(pp.slice(1), [4, 4])),
    P("姓名：邓文杰　往来港澳通行证号码：" + hk[0] + " " + g(hk.slice(1), [4, 4])),
    P("出访任务：赴香港参加粤港澳大湾区营商环境交流会。")]),
    "review", ["passport"], [pp, hk, pp[0] + " " + g(pp.slice(1), [4, 4]), hk[0] + " " + g(hk.slice(1), [4, 4])],
    "npm docx; a passport number and a 港澳通行证 number written in groups (E 7361 8294, C 6204 7318) after their labels. findings.md passport: 'next to their keyword, whole or in groups (E 1234 5678)'; review.");

  // n07 twin: masked passport and permit
  await save("npm_docx/n07_passport_masked.docx", mk([H("因公出国（境）人员公示"),
    P("根据因公出国（境）管理有关规定，现将我局2026年第二批因公出访人员情况公示如下："),
    P("姓名：邓文杰　职务：科员　护照号码：" + pp.slice(0, 5) + "****"),
    P("往来港澳通行证号码：" + hk.slice(0, 5) + "****"),
    P("出访任务：赴香港参加粤港澳大湾区营商环境交流会。")]),
    "pass", [], [],
    "Twin of n06: both numbers masked (E7361****, C6204****). findings.md: masked values 'E1234****' are not findings.");

  // n08 header slogan containing 秘密 inside a phrase (not a bare level)
  await save("npm_docx/n08_header_slogan.docx",
    mk([H("关于开展2026年保密宣传月活动的通知"), P("各科室、直属单位："), P("为增强干部职工保密意识，定于5月开展保密宣传月活动，组织观看警示教育片并开展知识测试。"), P("区委办公室")],
      { headers: { default: new Header({ children: [P("保守秘密　慎之又慎　　　　　西湖区委办公室")] }) } }),
    "pass", [], [],
    "Twin of the header-marking files: the header carries the slogan 保守秘密　慎之又慎 and the office's name; 秘密 is a word of a phrase, not a bare level heading the page, with no star or period. README: 'a bare 秘密/秘密级/【秘密】 … in a page header' is a marking; this is not bare.");

  fs.writeFileSync(path.join(__dirname, "labels_npm_docx.json"), JSON.stringify(labels, null, 1));
})();
