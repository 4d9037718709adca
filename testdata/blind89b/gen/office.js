// office.js writes the DOCX, XLSX, PPTX and pdf-lib PDF members of the blind89b corpus with
// npm docx, exceljs, SheetJS (xlsx), pptxgenjs and pdf-lib. Data comes from data.json (make.py).
const fs = require('fs');
const path = require('path');
const [,, dataFile, outDir, workDir] = process.argv;
const D = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const ID = D.ID, MOB = D.MOB;
const mask = (s) => s.slice(0, 6) + '********' + s.slice(-4);
const docx = require('docx');
const ExcelJS = require('exceljs');
const XLSX = require('xlsx');
const pptxgen = require('pptxgenjs');
const { PDFDocument, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');
const JSZip = require('jszip');

const out = (n) => path.join(outDir, n);
const wk = (n) => path.join(workDir, n);
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType,
  ExternalHyperlink, Header, HeadingLevel } = docx;

function P(t, opts = {}) { return new Paragraph({ children: [new TextRun({ text: t, font: '仿宋_GB2312', size: 32, ...opts })] }); }
function cell(t, w) {
  const runs = Array.isArray(t) ? t.map((x) => new TextRun({ text: x, size: 21 })) : [new TextRun({ text: t, size: 21 })];
  return new TableCell({ width: { size: w, type: WidthType.DXA }, children: [new Paragraph({ children: runs })] });
}
function table(rows, widths) {
  return new Table({ columnWidths: widths, rows: rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i])) })) });
}
async function saveDocx(doc, file) { fs.writeFileSync(file, await Packer.toBuffer(doc)); }

async function docxDocs() {
  // p09: 内部资料 watermark in the header (Word's VML watermark shape added to the header part).
  const p09 = new Document({ sections: [{
    headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('WMARK')] })] }) },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '全市一季度经济运行情况分析', font: '方正小标宋简体', size: 44 })] }),
      P('　　一季度，全市地区生产总值同比增长5.2%，规模以上工业增加值增长6.8%，社会消费品零售总额增长4.9%。'),
      P('　　下阶段需重点关注房地产投资持续下行和部分企业订单不足等问题，建议加大稳增长政策储备。'),
    ] }] });
  const buf = await Packer.toBuffer(p09);
  const z = await JSZip.loadAsync(buf);
  const hdrName = Object.keys(z.files).find((n) => /^word\/header\d*\.xml$/.test(n));
  let h = await z.file(hdrName).async('string');
  const wm = '<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
    + '<v:shape id="PowerPlusWaterMarkObject357476642" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:415.5pt;height:138.5pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
    + '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="内部资料"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>';
  h = h.replace(/<w:r>(?:(?!<w:r>).)*?WMARK<\/w:t><\/w:r>/s, wm);
  if (!/xmlns:v=/.test(h)) h = h.replace('<w:hdr ', '<w:hdr xmlns:v="urn:schemas-microsoft-com:vml" ');
  if (!/xmlns:o=/.test(h)) h = h.replace('<w:hdr ', '<w:hdr xmlns:o="urn:schemas-microsoft-com:office:office" ');
  if (!/xmlns:w10=/.test(h)) h = h.replace('<w:hdr ', '<w:hdr xmlns:w10="urn:schemas-microsoft-com:office:word" ');
  z.file(hdrName, h);
  fs.writeFileSync(out('p09_jingji_fenxi_shuiyin.docx'), await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

  // p10: the intranet address exists only as a hyperlink target.
  await saveDocx(new Document({ sections: [{ children: [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '关于报送2024年度政务信息化项目需求的通知', bold: true, size: 36 })] }),
    P('各处室、直属单位：'),
    P('　　为做好年度政务信息化项目统筹，请于8月15日前填报项目需求表。'),
    new Paragraph({ children: [new TextRun({ text: '　　填报模板请', size: 32 }),
      new ExternalHyperlink({ link: 'http://10.46.12.8:8080/oa/download/xmxq_2024.xlsx', children: [new TextRun({ text: '点击此处下载', style: 'Hyperlink', size: 32 })] }),
      new TextRun({ text: '，联系人：信息中心。', size: 32 })] }),
  ] }] }), out('p10_xinxihua_neiwang_lianjie.docx'));

  // p11: an 18-digit ID typed in two runs in a narrow 身份证号 column (wraps over lines when shown).
  const idv = ID.wuhou;
  await saveDocx(new Document({ sections: [{ children: [
    P('2024年度见义勇为人员拟表彰名单公示', { bold: true }),
    table([
      ['序号', '姓名', '身份证号', '事迹简述'],
      ['1', '罗某某', mask(ID.dongcheng), '勇救落水儿童'],
      ['2', '杨文斌', [idv.slice(0, 10), idv.slice(10)], '协助民警制止持刀伤人'],
      ['3', '郑某某', mask(ID.nanshan), '火灾现场疏散群众'],
    ], [600, 1000, 1100, 5000]),
    P('公示时间为2024年8月1日至8月7日，监督电话：028-85561234。'),
  ] }] }), out('p11_jianyi_yongwei_zhaiwei.docx'));

  // c07: statistics in narrow cells and a link to a public site.
  await saveDocx(new Document({ sections: [{ children: [
    P('2024年上半年全区就业形势统计', { bold: true }),
    table([
      ['指标', '本期', '同比（%）', '累计'],
      ['城镇新增就业（人）', '12086', '3.4', '245318'],
      ['失业人员再就业（人）', '3057', '-1.2', '61290'],
      ['发放创业担保贷款（万元）', '18640.5', '12.7', '301126.8'],
      ['统计用区划代码', '330106', '2024', '0630'],
    ], [3200, 1100, 1100, 1300]),
    new Paragraph({ children: [new TextRun({ text: '数据来源：', size: 28 }),
      new ExternalHyperlink({ link: 'https://www.stats.gov.cn/sj/', children: [new TextRun({ text: '国家统计局数据发布库', style: 'Hyperlink', size: 28 })] })] }),
  ] }] }), out('c07_jiuye_tongji.docx'));

  // zip member for p19: a reply letter with a citizen's mobile.
  await saveDocx(new Document({ sections: [{ children: [
    P('关于市民反映噪声扰民问题的答复'),
    P(`　　您好！您于6月3日通过12345热线反映的夜间施工噪声问题已收悉。经核查，工地已停止夜间作业。回访电话已联系您本人（${MOB[2].slice(0, 3)} ${MOB[2].slice(3, 7)} ${MOB[2].slice(7)}），感谢您的监督。`),
  ] }] }), wk('附件2_答复意见.docx'));
}

async function xlsxDocs() {
  // p12: print header &L秘密★1年 (exceljs headerFooter).
  let wb = new ExcelJS.Workbook(); wb.creator = '财政局';
  let ws = wb.addWorksheet('预算调整');
  ws.headerFooter.oddHeader = '&L&"黑体,常规"&12秘密★1年&C&"宋体,加粗"2024年部分专项资金预算调整表';
  ws.headerFooter.oddFooter = '第 &P 页，共 &N 页';
  ws.addRows([['项目名称', '原预算（万元）', '调整后（万元）', '调整原因'],
    ['城市更新专项', 12000, 9500, '进度调整'], ['乡村振兴衔接资金', 8600, 10200, '上级追加'], ['应急储备', 3000, 5600, '防汛需要']]);
  await wb.xlsx.writeFile(out('p12_yusuan_yemei_mimi.xlsx'));

  // p18 source: a roster with unmasked IDs saved by LibreOffice as .xls.
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet('Sheet1');
  ws.addRows([['2024年农村危房改造补助对象名单'], ['序号', '户主', '身份证号码', '村组', '补助金额（元）'],
    [1, '韦桂兰', ID.nanshan, '长塘村3组', 20000], [2, '覃某某', mask(ID.xuanwu), '新圩村1组', 15000],
    [3, '黄振华', ID.xuanwu, '新圩村5组', 20000]]);
  ws.getColumn(3).numFmt = '@';
  await wb.xlsx.writeFile(wk('p18.xlsx'));

  // c08: neighbouring numeric cells that would form a check-digit-valid ID if glued.
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet('办件统计');
  ws.headerFooter.oddHeader = '&C政务服务办件统计（公开）';
  ws.headerFooter.oddFooter = '&R&D';
  const x = ID.xihu; // 330106 | 1988 | 0730 | 6622 as four codes in four cells
  ws.addRows([['区划代码', '年度', '事项编码', '办件量'],
    [x.slice(0, 6), x.slice(6, 10), x.slice(10, 14), x.slice(14)],
    ['330106', '2024', '0731', '1875'], ['330105', '2024', '0730', '942']]);
  await wb.xlsx.writeFile(out('c08_banjian_linjie.xlsx'));

  // c14 source: a plain statistics sheet for .xls.
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet('Sheet1');
  ws.addRows([['2024年1-6月全县农作物播种面积'], ['作物', '面积（亩）', '同比增减（%）'],
    ['水稻', 186540, 1.2], ['玉米', 52310, -0.8], ['油菜', 41020, 3.5], ['合计', 279870, 1.0]]);
  await wb.xlsx.writeFile(wk('c14.xlsx'));

  // zip member for c15.
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet('名单');
  ws.addRows([['序号', '企业名称', '统一社会信用代码'], [1, '某某科技有限公司', '91440300MA5G2X8N1K'], [2, '某某物流有限公司', '91440300MA5F7P3C6Q']]);
  await wb.xlsx.writeFile(wk('附件1_企业名单.xlsx'));

  // p13: SheetJS 公示 with grouped mobiles in a 联系电话 column.
  let s = XLSX.utils.aoa_to_sheet([['2024年度家庭农场示范场名单'], ['序号', '农场名称', '负责人', '联系电话', '所在乡镇'],
    [1, '绿源家庭农场', '蒋某某', `${MOB[0].slice(0, 3)} ${MOB[0].slice(3, 7)} ${MOB[0].slice(7)}`, '城关镇'],
    [2, '丰收家庭农场', '邓某某', MOB[4], '石门镇'],
    [3, '稻香家庭农场', '彭某某', '0736-7261234', '白石镇']]);
  let b = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(b, s, '示范场'); XLSX.writeFile(b, out('p13_nongchang_shouji_sheetjs.xlsx'));

  // c09: SheetJS with 11-digit 编号 starting 13/15 and amounts in 元.
  s = XLSX.utils.aoa_to_sheet([['项目编号', '项目名称', '中标金额（元）', '公告日期'],
    ['13202406018', '城区道路照明改造', 1386520.5, '2024-06-18'],
    ['15202406022', '中学食堂设备采购', 597300, '2024-06-22'],
    ['13202407003', '社区养老服务站装修', 1502816, '2024-07-03']]);
  b = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(b, s, '中标结果'); XLSX.writeFile(b, out('c09_zhongbiao_bianhao_sheetjs.xlsx'));
}

async function pptxDocs() {
  // p14: the presenter's notes carry a named person's ID and mobile.
  let p = new pptxgen(); p.layout = 'LAYOUT_16x9';
  let sl = p.addSlide(); sl.addText('2024年退役军人服务保障工作情况', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 30, align: 'center', fontFace: '微软雅黑' });
  sl = p.addSlide(); sl.addText('一、帮扶援助\n全年走访慰问困难退役军人326人次，发放帮扶资金48.6万元。', { x: 0.5, y: 0.8, w: 9, h: 3, fontSize: 20 });
  sl.addNotes(`讲到这里举例：典型帮扶对象魏长林，身份证${ID.wuchang}，手机${MOB[5]}，已落实临时救助。`);
  await p.writeFile({ fileName: out('p14_tuiyi_beizhu.pptx') });

  // c10: a 保密 training deck that only talks about secrecy.
  p = new pptxgen(); p.layout = 'LAYOUT_16x9';
  sl = p.addSlide(); sl.addText('政务公开保密审查培训', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 32, align: 'center' });
  sl = p.addSlide(); sl.addText('三、关于工作秘密\n工作秘密是指机关、单位在公务活动和内部管理中产生的不属于国家秘密、但泄露后会造成不良影响的事项。', { x: 0.5, y: 0.6, w: 9, h: 3, fontSize: 20 });
  sl = p.addSlide(); sl.addText('四、密级标志怎么认\n《保守国家秘密法》规定国家秘密密级分为绝密、机密、秘密三级。\n什么是“内部资料”？发布前如何判断？', { x: 0.5, y: 0.6, w: 9, h: 3, fontSize: 20 });
  sl.addNotes('强调：上网不涉密，涉密不上网；商业秘密和个人隐私依法不予公开。');
  await p.writeFile({ fileName: out('c10_baomi_peixun.pptx') });
}

async function pdflibDoc() {
  // p04: 绝密★长期 drawn glyph group by glyph group, ★ first, with an embedded Noto CJK subset.
  const doc = await PDFDocument.create(); doc.registerFontkit(fontkit);
  const f = await doc.embedFont(fs.readFileSync(wk('noto-subset.otf')), { subset: false });
  const pg = doc.addPage([595, 842]);
  const sz = 16;
  pg.drawText('★', { x: 72 + 2 * sz, y: 770, size: sz, font: f });
  pg.drawText('绝密', { x: 72, y: 770, size: sz, font: f });
  pg.drawText('长期', { x: 72 + 3 * sz, y: 770, size: sz, font: f });
  pg.drawText('关于边境管控区域调整的工作方案', { x: 130, y: 700, size: 22, font: f, color: rgb(0, 0, 0) });
  const lines = ['一、调整范围：涉及三个边境乡镇的管控点位。', '二、工作要求：严格控制知悉范围，不得复制。', '三、完成时限：2024年9月底前。'];
  lines.forEach((t, i) => pg.drawText(t, { x: 72, y: 640 - i * 28, size: 15, font: f }));
  doc.setTitle('工作方案'); doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  fs.writeFileSync(out('p04_bianjing_juemi_pdflib.pdf'), await doc.save({ useObjectStreams: true }));
}

(async () => { await docxDocs(); await xlsxDocs(); await pptxDocs(); await pdflibDoc(); })().catch((e) => { console.error(e); process.exit(1); });
