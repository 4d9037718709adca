// npm docx + pptxgenjs; run with NODE_PATH=/tmp/b46npm/node_modules
const fs = require('fs'), path = require('path');
const { Document, Packer, Paragraph, Header, TextRun, AlignmentType } = require('docx');
const pptxgen = require('pptxgenjs');
const OUT = path.normalize(path.join(__dirname, '..'));
const V = JSON.parse(fs.readFileSync(path.join(__dirname, 'values.json'), 'utf8'));
function label(file, verdict, cats, raw, note) {
  fs.writeFileSync(path.join(OUT, 'labels.part.' + file + '.json'), JSON.stringify({file, expect_verdict: verdict, expect_categories: cats, raw_values: raw, note}));
}
const body = [];
for (let i = 0; i < 30; i++) body.push(new Paragraph('植树造林是功在当代、利在千秋的事业，希望广大干部群众积极参与，共建美丽家园。'));
(async () => {
  // n01: 2 columns, first-page header with marking
  let d = new Document({ sections: [{ properties: { titlePage: true, column: { count: 2, space: 708 } },
    headers: { first: new Header({ children: [new Paragraph('秘密★6个月')] }), default: new Header({ children: [new Paragraph('县林业局')] }) },
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('关于开展春季义务植树活动的通知')] }), ...body] }] });
  fs.writeFileSync(path.join(OUT, 'n01_npmdocx_cols_firstheader_marking.docx'), await Packer.toBuffer(d));
  label('n01_npmdocx_cols_firstheader_marking.docx', 'block', ['classified_marking'], [], 'npm docx: two-column section, titlePage with 秘密★6个月 in the first-page header only');
  // n02: odd/even headers clean
  d = new Document({ evenAndOddHeaderAndFooters: true, sections: [{ properties: { column: { count: 2, space: 708 } },
    headers: { default: new Header({ children: [new Paragraph('县林业局　2025年工作简报')] }), even: new Header({ children: [new Paragraph('第5期　公开方式：主动公开')] }) },
    children: [new Paragraph('关于开展春季义务植树活动的通知'), ...body, ...body] }] });
  fs.writeFileSync(path.join(OUT, 'n02_npmdocx_oddeven_clean.docx'), await Packer.toBuffer(d));
  label('n02_npmdocx_oddeven_clean.docx', 'pass', [], [], 'clean: npm docx two-column section with odd/even headers naming the office, issue and 公开方式');
  // n03: even header only holds the marking
  d = new Document({ evenAndOddHeaderAndFooters: true, sections: [{
    headers: { default: new Header({ children: [new Paragraph('')] }), even: new Header({ children: [new Paragraph('绝密★30年')] }) },
    children: [new Paragraph('关于开展春季义务植树活动的通知'), ...body, ...body] }] });
  fs.writeFileSync(path.join(OUT, 'n03_npmdocx_even_header_marking.docx'), await Packer.toBuffer(d));
  label('n03_npmdocx_even_header_marking.docx', 'block', ['classified_marking'], [], 'npm docx: odd/even headers; only the even-page header holds 绝密★30年');

  // PPTX
  async function deck(file, fill, verdict, cats, raw, note) {
    const p = new pptxgen(); const s = p.addSlide();
    s.addText('2025年防汛工作部署', { x: 1, y: 0.4, w: 8, h: 0.8, fontSize: 28, align: 'center' });
    s.addText('一、压实责任\n二、排查隐患\n三、做好物资储备', { x: 1, y: 1.5, w: 6, h: 2.5, fontSize: 18 });
    fill(s);
    await p.writeFile({ fileName: path.join(OUT, file) }); label(file, verdict, cats, raw, note);
  }
  await deck('s01_pptx_rotated_shape_marking.pptx', s => s.addText('秘密★1年', { x: 7.6, y: 2.5, w: 2.4, h: 0.6, fontSize: 18, rotate: 90 }),
    'block', ['classified_marking'], [], 'pptxgenjs: 秘密★1年 alone in a text shape rotated 90° at the slide edge');
  await deck('s02_pptx_rotated_shape_id.pptx', s => s.addText('联络员：石海峰　身份证号：' + V.ID[0], { x: 3, y: 4.2, w: 6.5, h: 0.5, fontSize: 14, rotate: 180 }),
    'block', ['id_card'], [V.ID[0]], 'pptxgenjs: a text shape turned 180° (upside down) with an ID after 身份证号');
  await deck('s03_pptx_vertical_clean.pptx', s => s.addText('县防汛抗旱指挥部办公室', { x: 8.6, y: 1.2, w: 0.8, h: 4, fontSize: 16, vert: 'eaVert' }),
    'pass', [], [], 'clean: vertical text shape (vert=eaVert) with the office name');
  await deck('s04_pptx_vertical_mobile.pptx', s => s.addText('值班联系人：毛建新　手机：' + V.MOB[4], { x: 8.6, y: 0.6, w: 0.8, h: 4.9, fontSize: 14, vert: 'eaVert' }),
    'review', ['mobile_phone'], [V.MOB[4]], 'pptxgenjs: vertical text shape (eaVert) with a mobile after 手机: review');
})();
