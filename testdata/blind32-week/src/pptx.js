// Generates the PPTX files of the blind32 corpus with pptxgenjs.
const pptxgen = require('pptxgenjs');
const path = require('path');
const OUT = path.join(__dirname, '..');
const F = { fontFace: 'Microsoft YaHei', fontSize: 20 };
async function mk(name, build) { const p = new pptxgen(); p.author = '县府办'; build(p); await p.writeFile({ fileName: path.join(OUT, name) }); }
(async () => {
  await mk('p07_xiangcun_zhenxing_huibao.pptx', p => {
    let s = p.addSlide(); s.addText('青溪县2026年乡村振兴工作汇报', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 32, bold: true, fontFace: F.fontFace });
    s.addText('青溪县农业农村局　2026年12月', { x: 0.5, y: 2.8, w: 9, h: 0.6, ...F });
    s = p.addSlide(); s.addText('主要指标完成情况', { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true, fontFace: F.fontFace });
    s.addTable([[{ text: '指标' }, { text: '目标' }, { text: '完成' }], ['农村居民人均可支配收入（元）', '38600', '39120'], ['村级集体经济经营性收入超50万元村（个）', '45', '52'], ['高标准农田新建（亩）', '12000', '12650']], { x: 0.5, y: 1.3, w: 9, fontSize: 16, fontFace: F.fontFace, border: { type: 'solid', pt: 1, color: '666666' } });
    s.addNotes('汇报时长控制在10分钟以内，重点讲集体经济增收做法。');
  });
  await mk('p18_baomi_peixun.pptx', p => {
    let s = p.addSlide(); s.addText('网站信息发布保密审查培训', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 32, bold: true, fontFace: F.fontFace });
    s = p.addSlide(); s.addText('一、国家秘密的密级', { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true, fontFace: F.fontFace });
    s.addText('《保守国家秘密法》第十三条：国家秘密的密级分为绝密、机密、秘密三级。\n信息公开前应按“先审查、后公开”和“一事一审”原则进行保密审查。\n咨询：县国家保密局 0579-86235012', { x: 0.5, y: 1.3, w: 9, h: 3, ...F });
  });
  await mk('f06_gongwu_yongche.pptx', p => {
    let s = p.addSlide(); s.addText('公务用车使用管理情况通报', { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true, fontFace: F.fontFace });
    s.addTable([['单位', '车辆号牌', '问题'], ['县交通运输局', '浙G3N716', '节假日未按规定封存'], ['县水利局', '—', '派车单填写不全']], { x: 0.5, y: 1.3, w: 9, fontSize: 16, fontFace: F.fontFace, border: { type: 'solid', pt: 1, color: '666666' } });
  });
  await mk('f16_shuzi_zhengfu_jinzhan.pptx', p => {
    let s = p.addSlide(); s.addText('数字政府建设进展', { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true, fontFace: F.fontFace });
    s.addText('• “一网通办”事项覆盖率98%\n• 县级数据共享平台归集数据1.2亿条\n• 基层报表通减少填报量40%', { x: 0.5, y: 1.3, w: 9, h: 3, ...F });
    s.addNotes('演示时打开后台 http://10.26.8.41:9001/admin 现场展示数据驾驶舱，账号找大数据中心。');
  });
  await mk('f26_huanbao_ducha.pptx', p => {
    let s = p.addSlide(); s.addText('中央生态环保督察反馈问题整改进展', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 28, bold: true, fontFace: F.fontFace });
    s = p.addSlide({}); s.addText('已完成整改问题：17个，正在推进：3个', { x: 0.5, y: 1.3, w: 9, h: 1, ...F });
    s = p.addSlide(); s.hidden = true;
    s.addText('备用页：溪口镇石料厂整改实际未完成，督察回头看前务必补齐销号材料，不要在会上提。', { x: 0.5, y: 1.3, w: 9, h: 2, ...F });
  });
  await mk('p23_wenming_chengshi.pptx', p => {
    let s = p.addSlide(); s.addText('创建全国文明城市工作推进会', { x: 0.5, y: 1.5, w: 9, h: 1, fontSize: 30, bold: true, fontFace: F.fontFace });
    s = p.addSlide(); s.addText('群众满意度测评：92.6分\n志愿者注册人数：6.8万人\n问题线索举报：12345热线 或 0579-86213399\n典型人物：楼某某（手机138****2216）', { x: 0.5, y: 1.2, w: 9, h: 3, ...F });
  });
})();
