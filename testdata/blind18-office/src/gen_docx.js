// npm docx (installed outside the repo, NODE_PATH) documents for blind18-office.
const fs = require("fs");
const path = require("path");
const d = require("docx");
const { TextWatermark } = require("docx/watermarks");
const { ChartRun } = require("docx/charts");
const V = JSON.parse(fs.readFileSync(path.join(__dirname, "out/values.json"), "utf8"));
const OUT = path.join(__dirname, "..");
const labels = [];
const label = (file, verdict, cats, raws, note) => labels.push({ file, expect_verdict: verdict, expect_categories: cats, raw_values: raws, note });
const P = (t, o = {}) => new d.Paragraph({ children: [new d.TextRun({ text: t, ...o })] });
const NOTICE = ["各区人民政府，市政府各部门：", "为进一步规范政府信息公开工作，现就有关事项通知如下。",
  "一、严格落实发布前审查制度，坚持先审后发、谁公开谁审查。", "二、各单位要指定专人负责，及时更新主动公开目录。", "联系电话：0571-87052345。"];
const body = (title, extra = []) => [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: title, bold: true, size: 36 })] }), ...NOTICE.map((t) => P(t)), ...extra];
const props = { creator: "市政府办公室", title: "", description: "" };

async function save(name, doc) {
  const buf = await d.Packer.toBuffer(doc);
  fs.writeFileSync(path.join(OUT, name), buf);
}

async function main() {
  // d01 first-page header
  await save("d01_first_header_marking.docx", new d.Document({ ...props, sections: [{ properties: { titlePage: true },
    headers: { first: new d.Header({ children: [P("机密★5年", { size: 32, font: "黑体" })] }), default: new d.Header({ children: [P("")] }) },
    children: body("关于2026年度重要目标防护工作的通知") }] }));
  label("d01_first_header_marking.docx", "block", ["classified_marking"], [], "npm docx: titlePage section; the first-page header holds 机密★5年, the default header is empty; body clean");

  // d02 even-page footer
  const id0 = V.id[7];
  await save("d02_even_footer_id.docx", new d.Document({ ...props, evenAndOddHeaderAndFooters: true, sections: [{
    footers: { default: new d.Footer({ children: [P("XX市民政局")] }), even: new d.Footer({ children: [P("经办人：王某 身份证号 " + id0)] }) },
    children: body("关于2026年第四季度低保资金发放的公告", [new d.Paragraph({ children: [new d.PageBreak()] }), P("（第二页）发放明细另行公示。")]) }] }));
  label("d02_even_footer_id.docx", "block", ["id_card"], [id0], "npm docx: evenAndOddHeaderAndFooters; the even-page footer holds 经办人 + 身份证号 + full ID; the default footer the agency name");

  // d05 footnote
  const m5 = V.mobile[5];
  await save("d05_footnote_mobile.docx", new d.Document({ ...props, footnotes: { 1: { children: [P("材料报送联系人：钱某，手机" + m5 + "。")] } },
    sections: [{ children: [...body("关于报送2026年度政务公开工作总结的通知"), new d.Paragraph({ children: [new d.TextRun("请于12月20日前报送工作总结"), new d.FootnoteReferenceRun(1), new d.TextRun("。")] })] }] }));
  label("d05_footnote_mobile.docx", "review", ["mobile_phone"], [m5], "npm docx: a footnote holds 联系人 + 手机 + full mobile");

  // d07 comment
  await save("d07_comment_term.docx", new d.Document({ ...props,
    comments: { children: [{ id: 0, author: "科长", initials: "KZ", date: new Date("2026-11-28T09:00:00Z"), children: [P("此件不公开，仅供内部参考，发布前删去第二条。")] }] },
    sections: [{ children: [...body("关于调整部分行政审批事项的通知"), new d.Paragraph({ children: [new d.CommentRangeStart(0), new d.TextRun("三、本通知自发布之日起施行。"), new d.CommentRangeEnd(0), new d.TextRun({ children: [new d.CommentReference(0)] })] })] }] }));
  label("d07_comment_term.docx", "review", ["hidden_content", "sensitive_term"], [], "npm docx: a Word comment reads 此件不公开，仅供内部参考…; body clean");

  // d09 tracked insertion
  await save("d09_insertion_ip.docx", new d.Document({ ...props, features: { trackRevisions: true }, sections: [{ children: [...body("关于启用新版政务服务平台的通知"),
    new d.Paragraph({ children: [new d.TextRun("新平台已于12月1日上线"), new d.InsertedTextRun({ text: "（测试地址 http://10.33.6.120:8081/zwfw/ ）", id: 1, author: "信息中心", date: "2026-11-30T10:00:00Z" }), new d.TextRun("，请各单位及时使用。")] })] }] }));
  label("d09_insertion_ip.docx", "review", ["internal_address", "hidden_content"], [], "npm docx: a tracked insertion (w:ins) adds a test URL on 10.33.6.120 to a body sentence");

  // d21 external hyperlink to an intranet IP
  await save("d21_hyperlink_ip.docx", new d.Document({ ...props, sections: [{ children: [...body("关于公布2026年度部门预算的通知"),
    new d.Paragraph({ children: [new d.TextRun("预算表详见："), new d.ExternalHyperlink({ link: "http://192.168.12.7/xxgk/attach/2026ys.xlsx", children: [new d.TextRun({ text: "2026年部门预算表", style: "Hyperlink" })] })] })] }] }));
  label("d21_hyperlink_ip.docx", "review", ["internal_address"], [], "npm docx: an external hyperlink whose target is http://192.168.12.7/xxgk/...; the link text is only 2026年部门预算表");

  // d29 text watermark
  await save("d29_text_watermark_term.docx", new d.Document({ ...props, sections: [{ headers: { default: new d.Header({ children: [new d.Paragraph({ children: [new TextWatermark({ text: "工作秘密", font: "宋体" })] })] }) },
    children: body("关于2026年度机构编制核定情况的说明") }] }));
  label("d29_text_watermark_term.docx", "review", ["sensitive_term"], [], "npm docx (docx/watermarks TextWatermark): a VML text watermark in the default header reads 工作秘密 alone (a label, not a sentence)");

  // d30 chart with intranet addresses as categories
  await save("d30_chart_categories_ip.docx", new d.Document({ ...props, sections: [{ children: [...body("关于2026年11月政务云资源使用情况的通报"),
    new d.Paragraph({ children: [new ChartRun({ type: "column", title: "各节点CPU使用率", categories: ["10.8.1.11", "10.8.1.12", "10.8.1.13"], series: [{ name: "11月", values: [62, 48, 71] }], transformation: { width: 480, height: 280 } })] })] }] }));
  label("d30_chart_categories_ip.docx", "review", ["internal_address"], [], "npm docx (docx/charts ChartRun): a column chart's categories are the intranet node addresses 10.8.1.11–13; body clean");

  // d31 merged cell, ID wrapped across two lines inside one cell
  const id31 = V.id[8];
  const cell = (t, o = {}) => new d.TableCell({ children: [P(t)], ...o });
  await save("d31_merged_cell_wrapped_id.docx", new d.Document({ ...props, sections: [{ children: [...body("2026年度拟认定见义勇为人员公示"),
    new d.Table({ rows: [
      new d.TableRow({ children: [cell("姓名"), cell("证件信息"), cell("事迹")] }),
      new d.TableRow({ children: [cell("卫某", { rowSpan: 2 }), new d.TableCell({ rowSpan: 2, children: [new d.Paragraph({ children: [new d.TextRun("身份证号："), new d.TextRun({ text: id31.slice(0, 10), break: 1 }), new d.TextRun({ text: id31.slice(10), break: 1 })] })] }), cell("勇救落水群众")] }),
      new d.TableRow({ children: [cell("2026年7月")] }),
    ] })] }] }));
  label("d31_merged_cell_wrapped_id.docx", "block", ["id_card"], [id31], "npm docx: a vertically merged table cell (rowSpan 2) holds 身份证号： then the ID wrapped over two lines by w:br (10 + 8 digits) inside the one cell");

  // d33 picture alt text with a passport number
  const png = fs.readFileSync(path.join(__dirname, "out/photo_text.png"));
  const pp = V.passport[0];
  await save("d33_image_alt_passport.docx", new d.Document({ ...props, sections: [{ children: [...body("关于2026年度出国（境）培训人员的公示"),
    new d.Paragraph({ children: [new d.ImageRun({ type: "png", data: png, transformation: { width: 260, height: 60 }, altText: { title: "培训合影", description: "培训人员蒋某，护照号码" + pp, name: "pic1" } })] })] }] }));
  label("d33_image_alt_passport.docx", "review", ["passport"], [pp], "npm docx: a picture (printed text 活动现场) whose alt text description holds 护照号码 + passport number");

  // clean controls
  await save("c01_header_footer_clean.docx", new d.Document({ ...props, evenAndOddHeaderAndFooters: true, sections: [{ properties: { titlePage: true },
    headers: { first: new d.Header({ children: [P("XX市人民政府办公室文件", { color: "FF0000", size: 44 })] }), default: new d.Header({ children: [P("XX市人民政府办公室")] }), even: new d.Header({ children: [P("政务公开")] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ children: [new d.TextRun("— "), new d.TextRun({ children: [d.PageNumber.CURRENT] }), new d.TextRun(" —")] })] }), even: new d.Footer({ children: [P("XX市人民政府办公室 2026年12月1日印发")] }) },
    children: body("关于加强政府信息公开保密审查工作的通知", [P("根据《中华人民共和国保守国家秘密法》和《中华人民共和国政府信息公开条例》，行政机关公开政府信息前应当依照法律、法规和国家有关规定对拟公开的政府信息进行审查。"), P("行政机关不能确定政府信息是否可以公开的，应当依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定。")]) }] }));
  label("c01_header_footer_clean.docx", "pass", [], [], "clean control (npm docx): first-page red head, default and even headers and footers with the agency name and page numbers; body quotes the 保守国家秘密法 and 条例 on review before publication");

  await save("c02_footnote_law.docx", new d.Document({ ...props, footnotes: { 1: { children: [P("《中华人民共和国保守国家秘密法》第二条：国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。")] }, 2: { children: [P("国家秘密的密级分为绝密、机密、秘密三级。")] } },
    sections: [{ children: [...body("关于开展保密宣传教育月活动的通知"), new d.Paragraph({ children: [new d.TextRun("各单位要组织学习国家秘密的概念"), new d.FootnoteReferenceRun(1), new d.TextRun("和密级划分"), new d.FootnoteReferenceRun(2), new d.TextRun("。")] })] }] }));
  label("c02_footnote_law.docx", "pass", [], [], "clean control (npm docx): footnotes quote 保守国家秘密法 第二条 and name the three levels 绝密、机密、秘密 in prose");

  await save("c03_text_watermark_sample.docx", new d.Document({ ...props, sections: [{ headers: { default: new d.Header({ children: [new d.Paragraph({ children: [new TextWatermark({ text: "样本", font: "宋体" })] })] }) },
    children: body("政府信息公开申请表（样本）") }] }));
  label("c03_text_watermark_sample.docx", "pass", [], [], "clean control (npm docx TextWatermark): the watermark reads 样本");

  await save("c04_chart_clean.docx", new d.Document({ ...props, sections: [{ children: [...body("2026年1—11月全市一般公共预算收支情况"),
    new d.Paragraph({ children: [new ChartRun({ type: "column", title: "一般公共预算收入（亿元）", categories: ["税收收入", "非税收入", "转移性收入"], series: [{ name: "2026年", values: [812.6, 190.3, 75.1] }], transformation: { width: 480, height: 280 } })] })] }] }));
  label("c04_chart_clean.docx", "pass", [], [], "clean control (npm docx ChartRun): a budget chart with ordinary categories and amounts");

  await save("c06_hyperlink_public.docx", new d.Document({ ...props, sections: [{ children: [...body("关于公布2026年度部门预算的通知"),
    new d.Paragraph({ children: [new d.TextRun("预算表详见："), new d.ExternalHyperlink({ link: "https://czt.zj.gov.cn/art/2026/12/1/art_1164164_59000001.html", children: [new d.TextRun({ text: "2026年部门预算表", style: "Hyperlink" })] })] })] }] }));
  label("c06_hyperlink_public.docx", "pass", [], [], "clean control (npm docx): the same hyperlink shape pointing to a public https://czt.zj.gov.cn page");

  await save("c07_merged_cell_masked.docx", new d.Document({ ...props, sections: [{ children: [...body("2026年度拟认定见义勇为人员公示"),
    new d.Table({ rows: [
      new d.TableRow({ children: [cell("姓名"), cell("证件信息"), cell("事迹")] }),
      new d.TableRow({ children: [cell("卫某", { rowSpan: 2 }), new d.TableCell({ rowSpan: 2, children: [new d.Paragraph({ children: [new d.TextRun("身份证号："), new d.TextRun({ text: "110105********", break: 1 }), new d.TextRun({ text: "0012", break: 1 })] })] }), cell("勇救落水群众")] }),
      new d.TableRow({ children: [cell("2026年7月")] }),
    ] })] }] }));
  label("c07_merged_cell_masked.docx", "pass", [], [], "clean control (npm docx): the same merged cell with a masked ID 110105********0012 wrapped over two lines");

  fs.writeFileSync(path.join(__dirname, "out/labels-docx.json"), JSON.stringify(labels, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
