// npm producers for blind20-places: docx, exceljs, pptxgenjs, pdf-lib.
// node gen.js OUTDIR VALUES.json BASE.pdf
const fs = require("fs"), path = require("path");
const D = require("docx"), ExcelJS = require("exceljs"), PptxGenJS = require("pptxgenjs");
const { PDFDocument, PDFName, PDFString } = require("pdf-lib");
const [OUT, VALS, BASEPDF] = process.argv.slice(2);
const V = JSON.parse(fs.readFileSync(VALS, "utf8"));
const LAB = [];
const L = (file, v, cats, raws, note) => LAB.push({ file, expect_verdict: v, expect_categories: cats, raw_values: raws, note });
const P = (t) => new D.Paragraph({ children: [new D.TextRun(t)] });
const body = () => [P("关于开展2026年度安全生产大检查的通知"), P("各科室、各直属单位：为切实做好岁末年初安全生产工作，现将有关事项通知如下。"), P("一、检查时间：2026年12月10日至12月25日。")];
const tail = () => [P("咨询电话：0571-87053210。"), P("市应急管理局办公室"), P("2026年12月6日")];
const DATE = "2026-12-05T10:00:00Z";

async function docx(name, opts) {
  const doc = new D.Document({ creator: "办公室", title: "通知", ...opts });
  fs.writeFileSync(path.join(OUT, name), await D.Packer.toBuffer(doc));
}

async function docxCases() {
  // comment
  const withComment = (text) => ({
    comments: { children: [{ id: 0, author: "审核人", date: new Date(DATE), children: [P(text)] }] },
    sections: [{ children: [...body(), new D.Paragraph({ children: [new D.CommentRangeStart(0), new D.TextRun("二、各单位须指定一名联络员。"), new D.CommentRangeEnd(0), new D.TextRun({ children: [new D.CommentReference(0)] })] }), ...tail()] }],
  });
  await docx("d01_comment_mobile.docx", withComment("联络员定为黄志强，手机" + V.m_d01 + "，发文前删除此批注。"));
  L("d01_comment_mobile.docx", "review", ["mobile_phone", "hidden_content"], [V.m_d01], "npm docx 9: a Word comment on the body names 黄志强 and his 186 mobile");
  await docx("d02_comment_clean.docx", withComment("建议补充咨询电话12345。"));
  L("d02_comment_clean.docx", "review", ["hidden_content"], [], "twin of d01: the comment holds only the hotline 12345; a comment left in a published file is still hidden_content (review) by docs/findings.md");
  // tracked insertion / deletion
  const tracked = (run) => ({ sections: [{ children: [...body(), new D.Paragraph({ children: [new D.TextRun("二、联络员："), run] }), ...tail()] }] });
  await docx("d03_ins_id.docx", tracked(new D.InsertedTextRun({ text: "马晓燕（身份证号" + V.id_d03 + "）", id: 1, author: "起草人", date: DATE })));
  L("d03_ins_id.docx", "block", ["id_card", "hidden_content"], [V.id_d03], "npm docx 9: a tracked insertion (w:ins) adds 马晓燕 and her valid ID after a visible label");
  await docx("d04_del_card.docx", tracked(new D.DeletedTextRun({ text: "马晓燕，工资卡卡号" + V.card_d04, id: 2, author: "起草人", date: DATE })));
  L("d04_del_card.docx", "block", ["bank_card", "hidden_content"], [V.card_d04], "npm docx 9: a tracked deletion (w:del/w:delText) still holds a person's Luhn-valid UnionPay 卡号 (Word shows it struck through while changes are on)");
  await docx("d05_ins_clean.docx", tracked(new D.InsertedTextRun({ text: "办公室综合科（咨询电话12345）", id: 1, author: "起草人", date: DATE })));
  L("d05_ins_clean.docx", "review", ["hidden_content"], [], "twin of d03: the tracked insertion adds an office name and 12345; an unaccepted tracked change is hidden_content (review) by docs/findings.md");
  // footnote
  const withFoot = (t) => ({ footnotes: { 1: { children: [P(t)] } }, sections: [{ children: [...body(), new D.Paragraph({ children: [new D.TextRun("二、对检查发现的问题限期整改"), new D.FootnoteReferenceRun(1), new D.TextRun("。")] }), ...tail()] }] });
  await docx("d05b_footnote_id.docx", withFoot("举报人陈美玲，身份证号" + V.id_d05b + "，已核实。"));
  L("d05b_footnote_id.docx", "block", ["id_card"], [V.id_d05b], "npm docx 9: a footnote names 陈美玲 with her valid ID");
  await docx("d06_footnote_clean.docx", withFoot("整改要求详见 https://yjglj.hangzhou.gov.cn/ ，或拨打12345咨询。"));
  L("d06_footnote_clean.docx", "pass", [], [], "twin of d05b: the footnote carries a public URL and 12345");
  // header of a later section
  const twoSections = (hdr) => ({ sections: [
    { headers: { default: new D.Header({ children: [P("市应急管理局文件")] }) }, children: [...body()] },
    { properties: { type: D.SectionType.NEXT_PAGE }, headers: { default: new D.Header({ children: [P(hdr)] }) }, footers: { default: new D.Footer({ children: [P("第 2 部分 附件")] }) }, children: [P("附件：检查表"), P("一、企业名称：____"), ...tail()] }] });
  await docx("d29_section2_header_mobile.docx", twoSections("附件经办人：郑文博 " + V.m_d29));
  L("d29_section2_header_mobile.docx", "review", ["mobile_phone"], [V.m_d29], "npm docx 9: the default header of the SECOND section (next-page break; the first section's header is the agency's name) names 郑文博 and a 177 mobile");
  await docx("d30_section2_header_clean.docx", twoSections("附件经办科室：综合科 0571-87053212"));
  L("d30_section2_header_clean.docx", "pass", [], [], "twin of d29: the second section's header holds an office landline");
}

async function xlsxCases() {
  const book = () => { const wb = new ExcelJS.Workbook(); wb.creator = "办公室"; wb.created = new Date(DATE); wb.modified = new Date(DATE); return wb; };
  const front = (wb) => { const ws = wb.addWorksheet("公示"); ws.addRow(["序号", "单位", "补助金额（元）"]); ws.addRow([1, "西湖区应急管理局", 12000]); ws.addRow([2, "上城区应急管理局", 9000]); return ws; };
  const save = async (wb, n) => fs.writeFileSync(path.join(OUT, n), await wb.xlsx.writeBuffer());
  // hidden sheet
  let wb = book(); front(wb); let h = wb.addWorksheet("原始名单", { state: "hidden" }); h.addRow(["姓名", "身份证号"]); h.addRow(["何建平", V.id_x01]);
  await save(wb, "x01_hidden_sheet_id.xlsx");
  L("x01_hidden_sheet_id.xlsx", "block", ["id_card", "hidden_content"], [V.id_x01], "exceljs 4.4: a hidden sheet 原始名单 behind the published sheet holds a name and a valid ID (as a string) under 身份证号");
  wb = book(); front(wb); h = wb.addWorksheet("原始名单", { state: "veryHidden" }); h.addRow(["姓名", "银行卡号"]); h.addRow(["何建平", V.card_x02]);
  await save(wb, "x02_veryhidden_sheet_card.xlsx");
  L("x02_veryhidden_sheet_card.xlsx", "block", ["bank_card", "hidden_content"], [V.card_x02], "exceljs 4.4: a veryHidden sheet (only VBA can show it) holds a person's Luhn-valid UnionPay card under 银行卡号");
  wb = book(); front(wb); h = wb.addWorksheet("下拉选项", { state: "hidden" }); h.addRow(["单位类型"]); h.addRow(["行政机关"]); h.addRow(["事业单位"]);
  await save(wb, "x03_hidden_sheet_clean.xlsx");
  L("x03_hidden_sheet_clean.xlsx", "review", ["hidden_content"], [], "twin of x01: the hidden sheet is a drop-down source list (行政机关/事业单位); a hidden sheet is hidden_content (review) by docs/findings.md, nothing personal");
  // hidden rows / columns
  wb = book(); let ws = wb.addWorksheet("名单"); ws.addRow(["序号", "姓名", "单位"]); ws.addRow([1, "张某某", "西湖区"]); let r = ws.addRow([2, "林国华", "联系电话 " + V.m_x04]); r.hidden = true; ws.addRow([3, "李某某", "上城区"]);
  await save(wb, "x04_hidden_row_mobile.xlsx");
  L("x04_hidden_row_mobile.xlsx", "review", ["mobile_phone", "hidden_content"], [V.m_x04], "exceljs 4.4: a hidden row between masked names holds 林国华 and a 199 mobile");
  wb = book(); ws = wb.addWorksheet("名单"); ws.addRow(["序号", "姓名", "身份证号", "单位"]); ws.addRow([1, "张某某", V.id_x05, "西湖区"]); ws.getColumn(3).hidden = true;
  await save(wb, "x05_hidden_col_id.xlsx");
  L("x05_hidden_col_id.xlsx", "block", ["id_card", "hidden_content"], [V.id_x05], "exceljs 4.4: column C 身份证号 hidden; its cell holds a valid ID string");
  wb = book(); ws = wb.addWorksheet("名单"); ws.addRow(["序号", "姓名", "备注", "单位"]); ws.addRow([1, "张某某", "已公示", "西湖区"]); ws.getColumn(3).hidden = true;
  await save(wb, "x06_hidden_col_clean.xlsx");
  L("x06_hidden_col_clean.xlsx", "review", ["hidden_content"], [], "twin of x05: the hidden column holds 备注/已公示; a hidden column is hidden_content (review) by docs/findings.md");
  // notes
  wb = book(); ws = front(wb); ws.getCell("B2").note = "经办人赵敏出国考察，护照号码：" + V.pp_x07;
  await save(wb, "x07_note_passport.xlsx");
  L("x07_note_passport.xlsx", "review", ["passport", "hidden_content"], [V.pp_x07], "exceljs 4.4: a legacy cell note (comments1.xml + VML) on B2 holds 护照号码 + E-passport number");
  wb = book(); ws = front(wb); ws.getCell("B2").note = "数据来源：2026年度部门预算";
  await save(wb, "x08_note_clean.xlsx");
  L("x08_note_clean.xlsx", "review", ["hidden_content"], [], "twin of x07: the note names a data source; a cell comment is hidden_content (review) by docs/findings.md");
  // data validation list
  const dv = (list) => { const wb = book(); const ws = front(wb); ws.getCell("D2").value = "联系人"; ws.getCell("D3").dataValidation = { type: "list", allowBlank: true, formulae: ['"' + list + '"'] }; return wb; };
  await save(dv("钱伟 " + V.m_x09 + ",周洁 0571-87053213"), "x09_validation_mobile.xlsx");
  L("x09_validation_mobile.xlsx", "review", ["mobile_phone"], [V.m_x09], "exceljs 4.4: an inline data-validation list on D3 offers 钱伟 + 187 mobile as a choice (shown only when the drop-down opens)");
  await save(dv("办公室 0571-87053213,热线 12345"), "x10_validation_clean.xlsx");
  L("x10_validation_clean.xlsx", "pass", [], [], "twin of x09: the validation list offers an office landline and 12345");
  // header/footer
  const hf = (t) => { const wb = book(); const ws = front(wb); ws.headerFooter.oddFooter = "&L" + t + "&R第 &P 页"; return wb; };
  await save(hf("制表：冯晓丽 " + V.m_x11), "x11_footer_mobile.xlsx");
  L("x11_footer_mobile.xlsx", "review", ["mobile_phone"], [V.m_x11], "exceljs 4.4: the print footer (&L section of oddFooter) names 冯晓丽 with a 151 mobile");
  await save(hf("制表：市应急管理局 咨询电话12345"), "x12_footer_clean.xlsx");
  L("x12_footer_clean.xlsx", "pass", [], [], "twin of x11: footer names the agency and 12345");
  // number in scientific display
  const sci = (label, num) => { const wb = book(); const ws = wb.addWorksheet("发放"); ws.addRow(["姓名", label]); ws.addRow(["韩雪梅", num]); ws.getCell("B2").numFmt = "0.00E+00"; return wb; };
  await save(sci("银行卡号", Number(V.card16_x13)), "x13_sci_card.xlsx");
  L("x13_sci_card.xlsx", "block", ["bank_card"], [V.card16_x13], "exceljs 4.4: a 16-digit UnionPay card stored as a NUMBER (exact below 2^53) under 银行卡号 with number format 0.00E+00, so Excel shows 6.22E+15; the stored value is the whole card");
  await save(sci("发放金额（元）", 25800000000), "x14_sci_amount_clean.xlsx");
  L("x14_sci_amount_clean.xlsx", "pass", [], [], "twin of x13: an amount 25800000000 in 0.00E+00 display under 发放金额（元）");
  // wrapped over two lines
  const wrap = (v) => { const wb = book(); const ws = wb.addWorksheet("名单"); ws.addRow(["姓名", "身份证号"]); ws.addRow(["罗志刚", v.slice(0, 10) + "\n" + v.slice(10)]); ws.getCell("B2").alignment = { wrapText: true }; ws.getColumn(2).width = 12; return wb; };
  await save(wrap(V.id_x15), "x15_wrap_id.xlsx");
  L("x15_wrap_id.xlsx", "block", ["id_card"], [V.id_x15], "exceljs 4.4: the ID is one cell's string with a line feed after the 10th digit (wrap text on): docs say a number wrapped inside one cell is one number");
  await save(wrap(V.badid_x16), "x16_wrap_badid_clean.xlsx");
  L("x16_wrap_badid_clean.xlsx", "pass", [], [], "twin of x15: the wrapped 18-digit number has a wrong check digit (not an ID)");
  // merged cells
  const merged = (v) => { const wb = book(); const ws = wb.addWorksheet("登记"); ws.getCell("A1").value = "姓名"; ws.getCell("B1").value = "身份证号"; ws.mergeCells("B1:D1"); ws.getCell("A2").value = "谢雨桐"; ws.getCell("B2").value = v; ws.mergeCells("B2:D2"); return wb; };
  await save(merged(V.id_x17), "x17_merged_id.xlsx");
  L("x17_merged_id.xlsx", "block", ["id_card"], [V.id_x17], "exceljs 4.4: heading 身份证号 and the value each in a merged range B:D; the value is whole in B2");
  await save(merged(V.badid_x18), "x18_merged_badid_clean.xlsx");
  L("x18_merged_badid_clean.xlsx", "pass", [], [], "twin of x17: the merged cell's 18 digits fail the check digit");
  // hyperlink target
  const link = (url) => { const wb = book(); const ws = front(wb); ws.getCell("A5").value = { text: "查看附件", hyperlink: url }; return wb; };
  await save(link("http://172.20.4.31/share/名单汇总.xlsx"), "x19_link_intranet.xlsx");
  L("x19_link_intranet.xlsx", "review", ["internal_address"], [], "exceljs 4.4: a cell hyperlink whose text is 查看附件 and whose target is a file share on 172.20.4.31");
  await save(link("https://www.hangzhou.gov.cn/"), "x20_link_public.xlsx");
  L("x20_link_public.xlsx", "pass", [], [], "twin of x19: the target is the city's public site");
}

async function pptxCases() {
  const deck = () => { const p = new PptxGenJS(); p.author = "办公室"; p.company = "市应急管理局"; p.title = "工作汇报"; return p; };
  const save = async (p, n) => { const b = await p.write({ outputType: "nodebuffer" }); fs.writeFileSync(path.join(OUT, n), b); };
  const slide = (p, t, master) => { const s = master ? p.addSlide({ masterName: master }) : p.addSlide(); s.addText(t, { x: 0.5, y: 0.5, w: 9, h: 1, fontSize: 24, fontFace: "Microsoft YaHei" }); return s; };
  // notes
  let p = deck(); slide(p, "2026年安全生产工作汇报").addNotes("讲稿：汇报后请与宋立新联系，手机" + V.m_p01 + "。"); slide(p, "下一步工作打算");
  await save(p, "p01_notes_mobile.pptx");
  L("p01_notes_mobile.pptx", "review", ["mobile_phone"], [V.m_p01], "pptxgenjs 4: speaker notes of slide 1 name 宋立新 with a 138 mobile");
  p = deck(); slide(p, "2026年安全生产工作汇报").addNotes("讲稿：结尾提示公众可拨打12345热线。"); slide(p, "下一步工作打算");
  await save(p, "p02_notes_clean.pptx");
  L("p02_notes_clean.pptx", "pass", [], [], "twin of p01: the notes mention 12345 only (docs list speaker notes as read, not as hidden content)");
  // master used by slides
  const master = (t) => ({ title: "M1", background: { color: "FFFFFF" }, objects: [{ text: { text: t, options: { x: 0.3, y: 6.9, w: 9, h: 0.4, fontSize: 10 } } }] });
  p = deck(); p.defineSlideMaster(master("材料整理：白海峰 " + V.m_p03)); slide(p, "2026年安全生产工作汇报", "M1"); slide(p, "下一步工作打算", "M1");
  await save(p, "p03_master_mobile.pptx");
  L("p03_master_mobile.pptx", "review", ["mobile_phone"], [V.m_p03], "pptxgenjs 4: defineSlideMaster writes a layout M1 whose fixed text (drawn on every slide using it) names 白海峰 with a 182 mobile; both slides use it");
  p = deck(); p.defineSlideMaster(master("市应急管理局 咨询电话0571-87053210")); slide(p, "2026年安全生产工作汇报", "M1"); slide(p, "下一步工作打算", "M1");
  await save(p, "p04_master_clean.pptx");
  L("p04_master_clean.pptx", "pass", [], [], "twin of p03: the layout text is the agency and its landline");
  p = deck(); p.defineSlideMaster(master("旧模板联系人：白海峰 " + V.m_p05)); slide(p, "2026年安全生产工作汇报"); slide(p, "下一步工作打算");
  await save(p, "p05_unused_layout_mobile.pptx");
  L("p05_unused_layout_mobile.pptx", "review", ["mobile_phone"], [V.m_p05], "NOT in docs (docs: 'the masters and layouts the slides use'): pptxgenjs layout M1 is defined but NO slide uses it; its text names 白海峰 with a mobile. Anyone opening 幻灯片母版 view sees it, so a careful reviewer wants it reviewed");
  // hidden slide
  const hid = (t) => { const p = deck(); slide(p, "2026年安全生产工作汇报"); const s = slide(p, t); s.hidden = true; slide(p, "谢谢"); return p; };
  await save(hid("备用页：受伤职工杨春梅 身份证号" + V.id_p06), "p06_hidden_slide_id.pptx");
  L("p06_hidden_slide_id.pptx", "block", ["id_card", "hidden_content"], [V.id_p06], "pptxgenjs 4: slide 2 is hidden (show=\"0\") and names 杨春梅 with a valid ID");
  await save(hid("备用页：问答环节"), "p07_hidden_slide_clean.pptx");
  L("p07_hidden_slide_clean.pptx", "review", ["hidden_content"], [], "twin of p06: the hidden slide says 备用页：问答环节; a hidden slide is hidden_content (review) by docs/findings.md");
  // alt text
  const pic = fs.readFileSync(path.join(OUT, "..", "pic.png"));
  const alt = (a) => { const p = deck(); const s = slide(p, "执法检查现场"); s.addImage({ data: "image/png;base64," + pic.toString("base64"), x: 1, y: 2, w: 3, h: 2, altText: a }); return p; };
  await save(alt("违法停放车辆，车主邓永强，车牌浙A" + V.plate_p08), "p08_alttext_plate.pptx");
  L("p08_alttext_plate.pptx", "review", ["license_plate"], ["浙A" + V.plate_p08], "pptxgenjs 4: a plain picture's alt text (p:cNvPr descr) names the owner 邓永强 and his plate");
  await save(alt("执法人员在现场检查消防设施"), "p09_alttext_clean.pptx");
  L("p09_alttext_clean.pptx", "pass", [], [], "twin of p08: alt text describes the scene; the picture is a 160x100 solid green block without text (see d10 on pictures OCR reads nothing in: labelled pass, as a careful reviewer would)");
  // chart title
  const chart = (t) => { const p = deck(); const s = slide(p, "检查情况统计"); s.addChart(p.ChartType.bar, [{ name: "问题数", labels: ["一季度", "二季度", "三季度"], values: [12, 9, 6] }], { x: 1, y: 1.5, w: 8, h: 4, showTitle: true, title: t }); return p; };
  await save(chart("数据报送：http://10.8.0.23/tjbs/2026Q3"), "p10_chart_title_intranet.pptx");
  L("p10_chart_title_intranet.pptx", "review", ["internal_address"], [], "pptxgenjs 4: a bar chart's title (ppt/charts/chartN.xml c:title) names the statistics system's intranet URL on 10.8.0.23");
  await save(chart("数据来源：https://tjj.hangzhou.gov.cn/"), "p11_chart_title_clean.pptx");
  L("p11_chart_title_clean.pptx", "pass", [], [], "twin of p10: the chart title names the public statistics site");
}

async function pdfCases() {
  const base = fs.readFileSync(BASEPDF);
  // attachment
  let d = await PDFDocument.load(base);
  await d.attach(Buffer.from("报名表\r\n姓名,身份证号,手机\r\n曹文军," + V.id_f01 + "," + V.m_f01 + "\r\n", "utf8"), "报名表.csv", { mimeType: "text/csv", description: "报名表原件", creationDate: new Date(DATE), modificationDate: new Date(DATE) });
  fs.writeFileSync(path.join(OUT, "f01_attachment_id.pdf"), await d.save({ useObjectStreams: false }));
  L("f01_attachment_id.pdf", "block", ["id_card", "mobile_phone"], [V.id_f01, V.m_f01], "ReportLab page + pdf-lib 1.17 attach(): an embedded file 报名表.csv (EmbeddedFiles name tree) lists 曹文军 with a valid ID and a mobile");
  d = await PDFDocument.load(base);
  await d.attach(Buffer.from("检查表\r\n企业名称,检查结果\r\n某某公司,合格\r\n", "utf8"), "检查表.csv", { mimeType: "text/csv", description: "空白检查表", creationDate: new Date(DATE), modificationDate: new Date(DATE) });
  fs.writeFileSync(path.join(OUT, "f02_attachment_clean.pdf"), await d.save({ useObjectStreams: false }));
  L("f02_attachment_clean.pdf", "pass", [], [], "twin of f01: the attached CSV is a blank checklist");
  // info
  d = await PDFDocument.load(base);
  d.setAuthor("彭丽华 " + V.m_f03); d.setSubject("安全生产检查通知"); d.setKeywords(["通知"]); d.setCreationDate(new Date(DATE)); d.setModificationDate(new Date(DATE));
  fs.writeFileSync(path.join(OUT, "f03_info_mobile.pdf"), await d.save({ useObjectStreams: false }));
  L("f03_info_mobile.pdf", "review", ["mobile_phone"], [V.m_f03], "ReportLab page + pdf-lib setAuthor: the Info dictionary's /Author is 彭丽华 + a 136 mobile (UTF-16 hex string)");
  d = await PDFDocument.load(base);
  d.setAuthor("市应急管理局办公室"); d.setSubject("安全生产检查通知"); d.setCreationDate(new Date(DATE)); d.setModificationDate(new Date(DATE));
  fs.writeFileSync(path.join(OUT, "f04_info_clean.pdf"), await d.save({ useObjectStreams: false }));
  L("f04_info_clean.pdf", "pass", [], [], "twin of f03: /Author is the office (metadata is info only)");
  // form field
  const form = async (name, val) => { const d = await PDFDocument.load(base); const f = d.getForm(); const t = f.createTextField(name); t.setText(val); t.addToPage(d.getPage(0), { x: 300, y: 120, width: 200, height: 20 }); return d.save({ useObjectStreams: false }); };
  fs.writeFileSync(path.join(OUT, "f05_formfield_id.pdf"), await form("sfzh", V.id_f05));
  L("f05_formfield_id.pdf", "block", ["id_card"], [V.id_f05], "ReportLab page + pdf-lib form: an AcroForm text field named sfzh whose value (/V and appearance) is a valid ID, left filled in the published form");
  fs.writeFileSync(path.join(OUT, "f06_formfield_clean.pdf"), await form("zxdh", "12345"));
  L("f06_formfield_clean.pdf", "pass", [], [], "twin of f05: the filled field is 12345");
}

(async () => {
  await docxCases(); await xlsxCases(); await pptxCases(); await pdfCases();
  fs.writeFileSync(path.join(OUT, "_labels_js.json"), JSON.stringify(LAB, null, 1));
  console.log(LAB.length, "npm files");
})().catch((e) => { console.error(e); process.exit(1); });
