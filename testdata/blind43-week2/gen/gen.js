// blind43-week2 generator (npm part): docx, exceljs, pptxgenjs. All values synthetic.
const path = require('path'), fs = require('fs');
const OUT = process.argv[2] || '/tmp/b43out';
const { Document, Packer, Paragraph, TextRun, Footer, Header, InsertedTextRun, DeletedTextRun, AlignmentType } = require('docx');
const ExcelJS = require('exceljs');
const PptxGenJS = require('pptxgenjs');
const V = JSON.parse(fs.readFileSync(path.join(__dirname, 'vals.json'), 'utf8'));
const P = (t, o = {}) => new Paragraph({ children: [new TextRun({ text: t, font: '仿宋_GB2312', size: 32 })], ...o });
async function saveDoc(name, children, opts = {}) {
  const doc = new Document({ creator: '青湖区政府办', features: opts.features, sections: [{ headers: opts.headers, footers: opts.footers, children }] });
  fs.writeFileSync(path.join(OUT, name), await Packer.toBuffer(doc));
}
(async () => {
  // 依申请公开答复 with the applicant's ID unmasked -> block
  await saveDoc('w2_42_yishenqing_dafu_id.docx', [
    P('临江市青湖区自然资源分局', { alignment: AlignmentType.CENTER }),
    P('政府信息公开申请答复书', { alignment: AlignmentType.CENTER }),
    P('青自然资信复〔2025〕14号'),
    P('申请人：楼秀琴'),
    P('身份证号：' + V.ID[0]),
    P('通讯地址：临江市青湖区锦绣街道锦绣花苑3幢1102室'),
    P('本机关于2025年5月26日收到您提交的政府信息公开申请，要求公开“文昌路拓宽工程征收范围红线图”。经审查，答复如下：'),
    P('您申请的信息已于2025年3月12日在青湖区人民政府门户网站“征收公告”栏目主动公开，您可通过该栏目查阅。根据《中华人民共和国政府信息公开条例》第三十六条第（一）项，特此告知。'),
    P('如对本答复不服，可在收到本答复书之日起六十日内申请行政复议，或在六个月内提起行政诉讼。'),
    P('临江市青湖区自然资源分局　2025年6月6日'),
  ]);
  // 依申请公开答复, masked -> pass
  await saveDoc('w2_43_yishenqing_dafu_tuomin.docx', [
    P('临江市青湖区教育局', { alignment: AlignmentType.CENTER }),
    P('政府信息公开申请答复书', { alignment: AlignmentType.CENTER }),
    P('青教信复〔2025〕8号'),
    P('申请人：黄某某（身份证号330102********1266）'),
    P('您于2025年5月22日申请公开“青湖区2025年义务教育阶段学区划分方案”。经查，该信息已于2025年4月30日主动公开，现将电子文本随本答复书一并提供。'),
    P('您同时申请的“学区划分工作会议记录”属于内部事务信息中的过程性信息。根据《中华人民共和国政府信息公开条例》第十六条第二款，行政机关在履行行政管理职能过程中形成的讨论记录、过程稿等过程性信息，可以不予公开。'),
    P('另告知：依据《条例》第十四条，依法确定为国家秘密的政府信息不予公开；本答复所涉信息均不属于国家秘密。'),
    P('联系电话：0571-86733502；电子邮箱：jyj_xxgk@qinghu.gov.cn'),
    P('临江市青湖区教育局　2025年6月9日'),
  ]);
  // tracked change (deletion + insertion) -> review hidden_content
  await saveDoc('w2_44_huodong_tongzhi_revision.docx', [
    P('关于举办2025年青湖区全民健身运动会的通知'),
    P('各街道办事处，区直各单位：'),
    new Paragraph({ children: [
      new TextRun({ text: '为丰富群众体育生活，区文广旅体局定于2025年6月21日在', font: '仿宋_GB2312', size: 32 }),
      new DeletedTextRun({ text: '青湖区体育中心（原定，因区领导当天另有安排临时调整，暂不对外说明）', id: 1, author: '办公室 沈', date: '2025-06-09T10:00:00Z', font: '仿宋_GB2312', size: 32 }),
      new InsertedTextRun({ text: '青湖湿地公园', id: 2, author: '办公室 沈', date: '2025-06-09T10:00:00Z', font: '仿宋_GB2312', size: 32 }),
      new TextRun({ text: '举办全民健身运动会。', font: '仿宋_GB2312', size: 32 }),
    ] }),
    P('一、比赛项目：健步走、拔河、趣味接力、广场舞展演。'),
    P('二、报名时间：即日起至6月16日，报名电话：0571-86735620。'),
    P('青湖区文化广电旅游体育局　2025年6月9日'),
  ]);
  // footer carries 仅供内部参考 -> review sensitive_term
  await saveDoc('w2_45_diaoyan_baogao_footer.docx', [
    P('关于青湖区夜间经济发展情况的调研报告', { alignment: AlignmentType.CENTER }),
    P('今年以来，区商务局对全区夜间经济集聚区开展专题调研。全区现有夜间经济集聚区6个，入驻商户1,240家，5月份夜间消费额同比增长12.6%。'),
    P('调研发现，部分集聚区存在停车难、噪声扰民等问题，群众反映较多。建议进一步完善配套设施，加强综合执法。'),
    P('青湖区商务局　2025年6月10日'),
  ], { footers: { default: new Footer({ children: [P('仅供内部参考　青湖区商务局印制', { alignment: AlignmentType.CENTER })] }) } });
  // clean 领导分工 with landlines -> pass
  await saveDoc('w2_46_lingdao_fengong.docx', [
    P('青湖区人民政府领导工作分工', { alignment: AlignmentType.CENTER }),
    P('区长 赵明辉：主持区政府全面工作。负责审计方面工作。分管区审计局。'),
    P('常务副区长 孙立平：负责区政府常务工作。负责发展改革、财政、税务、统计、机关事务等方面工作。'),
    P('副区长 何建新：负责城乡建设、住房保障、交通、城市管理等方面工作。'),
    P('副区长 曹伟：负责教育、卫生健康、医疗保障、民政、退役军人事务等方面工作。'),
    P('区政府办公室联系电话：0571-86730001，传真：0571-86730009。'),
    P('（此件公开发布）'),
  ], { headers: { default: new Header({ children: [P('青湖区人民政府', { alignment: AlignmentType.CENTER })] }) } });

  // ------------------------------------------------------------ exceljs
  let wb = new ExcelJS.Workbook(); wb.creator = '青湖区农业农村局';
  let sh = wb.addWorksheet('名单');
  sh.addRow(['青湖区2025年种粮大户补贴发放明细表']);
  sh.addRow(['序号', '姓名', '所在村', '种植面积（亩）', '补贴金额（元）', '开户银行', '银行卡号']);
  [['应国平', '青湖村', 126, 6300, '农业银行青湖支行', V.CARD[0]], ['屠美珍', '湖滨村', 98, 4900, '农商银行湖滨分理处', V.CARD[3]],
   ['章建华', '金湾村', 210, 10500, '工商银行青湖支行', V.CARD[4]]].forEach((r, i) => sh.addRow([i + 1, ...r]));
  sh.getColumn(7).width = 24;
  await wb.xlsx.writeFile(path.join(OUT, 'w2_47_zhongliang_butie_card.xlsx'));

  wb = new ExcelJS.Workbook(); wb.creator = '青湖区发改局';
  sh = wb.addWorksheet('项目清单', { headerFooter: { oddHeader: '&C秘密★1年', oddFooter: '&C第 &P 页' } });
  sh.addRow(['青湖区2025年拟申报中央预算内投资项目清单']);
  sh.addRow(['序号', '项目名称', '建设单位', '总投资（万元）', '拟申请资金（万元）']);
  [['青湖区城乡供水一体化提升工程', '区水务集团', 28600, 5000], ['青湖区第三人民医院扩建工程', '区卫健局', 41200, 8000], ['滨河片区老旧管网改造', '区住建局', 12800, 3000]]
    .forEach((r, i) => sh.addRow([i + 1, ...r]));
  await wb.xlsx.writeFile(path.join(OUT, 'w2_48_xiangmu_qingdan_header.xlsx'));

  wb = new ExcelJS.Workbook(); wb.creator = '青湖区发改局';
  sh = wb.addWorksheet('公示');
  sh.addRow(['青湖区2025年第一批政府投资项目计划公示']);
  sh.addRow(['序号', '项目名称', '项目代码', '项目单位', '统一社会信用代码', '总投资（元）', '批复文号']);
  [['青湖区文昌路道路提升改造工程', '2501-330106-04-01-582193', '临江市青湖区城市建设投资集团有限公司', '91330106MA27X4L85G', 38620000, '青发改审〔2025〕56号'],
   ['青湖区第二实验小学扩建工程', '2412-330106-04-01-731046', '临江市青湖区教育局', '11330106002514763K', 126000000, '青发改审〔2025〕31号'],
   ['滨河综合管廊工程（二期）', '2408-330106-04-01-204518', '临江市青湖区城市建设投资集团有限公司', '91330106MA27X4L85G', 215300000, '青发改审〔2024〕88号']]
    .forEach((r, i) => sh.addRow([i + 1, ...r]));
  sh.addRow(['公示期：2025年6月11日至6月17日，监督电话：0571-86731201']);
  await wb.xlsx.writeFile(path.join(OUT, 'w2_49_touzi_xiangmu_gongshi.xlsx'));

  // ------------------------------------------------------------ pptxgenjs
  let pp = new PptxGenJS(); pp.author = '青湖区政府办'; pp.title = '工作汇报';
  let s = pp.addSlide(); s.addText('青湖区2025年1—5月政务服务工作汇报', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 30, align: 'center', fontFace: 'Microsoft YaHei' });
  s.addText('青湖区政务服务管理办公室　2025年6月', { x: 0.5, y: 3, w: 9, h: 0.6, fontSize: 16, align: 'center' });
  s = pp.addSlide(); s.addText('一、主要成效', { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 24 });
  s.addText('“一网通办”率93.6%，较上年提高2.1个百分点\n集成事项办件1,836件，平均时限1.2个工作日\n12345热线按时办结率99.2%', { x: 0.7, y: 1.2, w: 8.6, h: 3, fontSize: 18 });
  s.addNotes('汇报时注意控制在8分钟以内。数据口径以区统计局为准。');
  s = pp.addSlide(); s.addText('二、下步计划', { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 24 });
  s.addText('推进“高效办成一件事”第二批事项\n完善帮办代办服务体系\n政务服务咨询电话：0571-86732001', { x: 0.7, y: 1.2, w: 8.6, h: 3, fontSize: 18 });
  await pp.writeFile({ fileName: path.join(OUT, 'w2_50_zhengwu_huibao.pptx') });

  pp = new PptxGenJS(); pp.author = '青湖区应急管理局';
  s = pp.addSlide(); s.addText('青湖区2025年防汛防台工作部署', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 30, align: 'center' });
  s = pp.addSlide(); s.addText('重点防御区域', { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 24 });
  s.addText('青湖镇低洼村落6处\n滨河街道地下空间23处\n在建工地深基坑11处', { x: 0.7, y: 1.2, w: 8.6, h: 3, fontSize: 18 });
  s.addNotes('青湖镇低洼村落转移由镇应急办主任方志强负责，紧急情况直接打他手机18757139026。');
  s = pp.addSlide(); s.addText('值班电话：0571-86731119', { x: 0.5, y: 2, w: 9, h: 1, fontSize: 24, align: 'center' });
  await pp.writeFile({ fileName: path.join(OUT, 'w2_51_fangxun_bushu_notes.pptx') });
  console.log('js done');
})().catch(e => { console.error(e); process.exit(1); });
