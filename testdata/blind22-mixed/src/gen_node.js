const fs=require('fs'); const V=require('./vals.json');
const OUT='..'; const L=[];
const lab=(file,v,cats,raw,note)=>L.push({file,expect_verdict:v,expect_categories:cats,raw_values:raw,note});
const docx=require('docx'); const ExcelJS=require('exceljs'); const XLSX=require('xlsx');
const pptxgen=require('pptxgenjs'); const PDFDocument=require('pdfkit');
const {PDFDocument:PL, rgb, PDFName, PDFString}=require('pdf-lib'); const fontkit=require('@pdf-lib/fontkit');
const {Document,Packer,Paragraph,TextRun,Table,TableRow,TableCell,Footer,Header,WidthType,AlignmentType}=docx;
const P=(t,o={})=>new Paragraph({children:[new TextRun({text:t,font:'Noto Serif CJK SC',size:30,...o})]});
const tbl=rows=>new Table({width:{size:100,type:WidthType.PERCENTAGE},rows:rows.map(r=>new TableRow({children:r.map(c=>new TableCell({children:[P(c)]}))}))});
async function saveDocx(name,sec){ fs.writeFileSync(`${OUT}/${name}`,await Packer.toBuffer(new Document({sections:[sec]}))); }

async function main(){
// a06 npm docx: recruitment result with masked IDs
await saveDocx('a06_zhaopin_jieguo.docx',{children:[P('滨江区2026年社区工作者招聘拟录用人员名单公示',{bold:true}),
 P('根据《滨江区2026年社区工作者招聘公告》，经笔试、面试、体检、考察，拟录用以下人员：'),
 tbl([['序号','姓名','性别','身份证号','准考证号'],['1','张某某','女','330106********0018','20261204011'],['2','李某','男','330108********2217','20261204027'],['3','赵某某','女','330102********4411','20261204035']]),
 P('公示时间：2026年12月4日—12月10日。如有异议，请向区民政局反映，电话0571-87056789，邮箱mzj@binjiang.qingxi.gov.cn。'),P('青溪市滨江区民政局')]});
lab('a06_zhaopin_jieguo.docx','pass',[],[],'npm docx; 拟录用公示 table with masked IDs and 11-digit 准考证号 starting 2026, agency landline and mailbox');

// a07 npm docx: procurement result with organisation account
await saveDocx('a07_caigou_jieguo.docx',{children:[P('滨江区社区养老服务中心运营服务项目中标结果公告',{bold:true}),
 P('项目编号：BJCG-2026-0351　中标金额：人民币壹佰贰拾叁万元整（¥1,230,000.00）'),
 P('中标供应商：青溪颐康养老服务有限公司，统一社会信用代码91330108MA2D9F6K3P，地址：滨江区信诚路857号。'),
 P('合同款支付账户：户名 青溪市滨江区民政局；开户银行 中国农业银行青溪滨江支行；账号 19035101040012876。'),
 P('采购人联系方式：区民政局，0571-87056789。代理机构联系方式：青溪市正信招标咨询有限公司，0571-86901234。')]});
lab('a07_caigou_jieguo.docx','pass',[],[],'npm docx; 中标结果公告 with the agency\'s own bank account (户名 区民政局), credit code, amounts');

// a08 npm docx: mobile in footer
await saveDocx('a08_guanggao_zhengzhi.docx',{footers:{default:new Footer({children:[P('联系人：城管执法中队 吴队长　手机：'+V.mob1,{size:20})]})},
 children:[P('关于开展户外广告设施专项整治的通告',{bold:true}),P('为提升城市形象，区城管局决定自2026年12月10日起开展户外广告设施专项整治。'),P('请各经营户于12月20日前自行拆除违规设置的广告设施，逾期将依法处理。'),P('青溪市滨江区城市管理局　2026年12月4日')]});
lab('a08_guanggao_zhengzhi.docx','review',['mobile_phone'],[V.mob1],'npm docx; public 通告 whose page footer carries a squad leader\'s personal mobile');

// a09 npm docx: hidden (vanish) text
await saveDocx('a09_fuchi_zijin.docx',{children:[P('滨江区2026年度小微企业纾困资金拟扶持名单公示',{bold:true}),
 new Paragraph({children:[new TextRun({text:'经企业申报、街道初审、部门联审，拟对以下23家企业给予扶持。',font:'Noto Serif CJK SC',size:30}),
  new TextRun({text:'（内部掌握：第7家企业法定代表人系区某领导亲属，评审时已适当加分，对外不作说明。）',font:'Noto Serif CJK SC',size:30,vanish:true})]}),
 tbl([['序号','企业名称','扶持金额（万元）'],['1','青溪晨光电子有限公司','20'],['2','青溪绿源农业科技有限公司','15']]),
 P('公示期5个工作日，监督电话0571-87058899。')]});
lab('a09_fuchi_zijin.docx','review',['hidden_content'],[],'npm docx; w:vanish hidden run at the end of the intro paragraph holding an internal note (内部掌握 … 对外不作说明)');

// b04 exceljs: employment subsidy with masked IDs and 11-digit certificate numbers
{const wb=new ExcelJS.Workbook(); const ws=wb.addWorksheet('就业补贴');
 ws.addRow(['2026年第三批灵活就业社保补贴发放汇总表']);
 ws.addRow(['序号','姓名','身份证号','证书编号','补贴金额（元）','发放月份']);
 [['1','王某某','330106********1230','15020260001',2400,'2026-11'],['2','陈某','330108********0621','15020260002',1800,'2026-11'],['3','刘某某','320102********6458','15020260003',2400,'2026-11']].forEach(r=>ws.addRow(r));
 ws.addRow(['合计','','','',6600,'']);
 await wb.xlsx.writeFile(`${OUT}/b04_jiuye_butie_huizong.xlsx`);}
lab('b04_jiuye_butie_huizong.xlsx','pass',[],[],'exceljs; masked IDs, 11-digit 证书编号 starting 150 (mobile-like serials under 编号 heading), amounts');

// b05 exceljs: marking in print header
{const wb=new ExcelJS.Workbook(); const ws=wb.addWorksheet('项目清单',{headerFooter:{oddHeader:'&L机密★5年&C重点项目储备清单',oddFooter:'&C第 &P 页'}});
 ws.addRow(['序号','项目名称','总投资（亿元）','建设年限']);
 [[1,'滨江新区综合管廊二期',18.6,'2027-2030'],[2,'江南大道快速路东延',24.3,'2027-2029']].forEach(r=>ws.addRow(r));
 await wb.xlsx.writeFile(`${OUT}/b05_zhongdian_xiangmu.xlsx`);}
lab('b05_zhongdian_xiangmu.xlsx','block',['classified_marking'],[],'exceljs; print header &L机密★5年 on the only sheet (not visible on screen, printed on every page)');

// b06 SheetJS: illegal parking list with plates
{const ws=XLSX.utils.aoa_to_sheet([['违法停车告知单汇总（12月第1周）'],['序号','号牌号码','违法地点','违法时间','处理状态'],[1,'浙A3K7M2','江虹路长河路口','2026-12-01 08:42','未处理'],[2,'浙AD58216','信诚路','2026-12-02 19:15','已处理'],[3,'浙A·9F2L1','滨盛路','2026-12-03 12:05','未处理']]);
 const wb=XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb,ws,'违停'); XLSX.writeFile(wb,`${OUT}/b06_weiting_huizong.xlsx`);}
lab('b06_weiting_huizong.xlsx','review',['license_plate'],[],'SheetJS; 违停 list with three full plates (one new-energy 浙AD58216, one with ·) under 号牌号码');

// b07 SheetJS: clean penalty 双公示 for companies
{const ws=XLSX.utils.aoa_to_sheet([['行政处罚信息公示（法人）'],['行政相对人名称','统一社会信用代码','处罚决定书文号','处罚内容','罚款金额（元）','处罚日期'],['青溪市滨江区好再来餐饮店','92330108MA2K1R8H5W','滨市监罚〔2026〕198号','警告、罚款',5000,'2026-11-25'],['青溪佳美建材有限公司','91330108MA2E4T7Y9C','滨城管罚〔2026〕311号','罚款',20000,'2026-11-27']]);
 const wb=XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb,ws,'法人处罚'); XLSX.writeFile(wb,`${OUT}/b07_chufa_shuanggongshi.xlsx`);}
lab('b07_chufa_shuanggongshi.xlsx','pass',[],[],'SheetJS; 双公示 penalties of companies: credit codes, document numbers, amounts');

// pptxgenjs
const fnt={fontFace:'Noto Sans CJK SC'};
{const p=new pptxgen(); let s=p.addSlide(); s.addText('保密法治宣传教育讲座',{x:0.5,y:1,w:9,h:1,fontSize:36,...fnt});s.addText('滨江区保密办　2026年12月',{x:0.5,y:2.5,w:9,h:0.6,fontSize:18,...fnt});
 s=p.addSlide(); s.addText('国家秘密的密级',{x:0.5,y:0.3,w:9,h:0.8,fontSize:28,...fnt});
 s.addText('国家秘密的密级分为绝密、机密、秘密三级。密级标志的规范写法为“密级★保密期限”，如“秘密★××年”，期限以阿拉伯数字标注。未经定密程序，任何人不得擅自标注密级。',{x:0.5,y:1.3,w:9,h:2,fontSize:18,...fnt});
 s=p.addSlide(); s.addText('常见泄密隐患',{x:0.5,y:0.3,w:9,h:0.8,fontSize:28,...fnt});
 s.addTable([[{text:'情形'},{text:'防范措施'}],[{text:'涉密文件上传互联网'},{text:'严格执行发布前保密审查'}],[{text:'手机拍摄涉密文件'},{text:'涉密场所禁止带入智能手机'}]],{x:0.5,y:1.3,w:9,fontSize:16,...fnt,border:{pt:1,color:'000000'}});
 await p.writeFile({fileName:`${OUT}/c01_baomi_jiangzuo.pptx`});}
lab('c01_baomi_jiangzuo.pptx','pass',[],[],'pptxgenjs; secrecy-education slides: the levels in a sentence, the marking form with placeholder 秘密★××年 inside a sentence, a table of risks');

{const p=new pptxgen(); let s=p.addSlide(); s.addText('滨江区2026年数字政府建设工作汇报',{x:0.5,y:1,w:9,h:1,fontSize:32,...fnt});
 s=p.addSlide(); s.addText('一、主要成效：“一网通办”事项覆盖率达98.6%，“最多跑一次”实现率99.2%。',{x:0.5,y:1,w:9,h:1.5,fontSize:20,...fnt});
 s=p.addSlide(); s.hidden=true; s.addText('备用页（不对外）：数据中台项目实际支付进度仅37%，与上报的85%不一致，汇报时不展开。',{x:0.5,y:1,w:9,h:1.5,fontSize:20,...fnt});
 s=p.addSlide(); s.addText('二、下一步计划：推进公共数据开放，新增开放数据集120个。',{x:0.5,y:1,w:9,h:1.5,fontSize:20,...fnt});
 await p.writeFile({fileName:`${OUT}/c02_shuzi_zhengfu_huibao.pptx`});}
lab('c02_shuzi_zhengfu_huibao.pptx','review',['hidden_content'],[],'pptxgenjs; slide 3 hidden (show="0") with an internal note that the reported figures are inconsistent');

{const p=new pptxgen(); let s=p.addSlide(); s.addText('2027年春运交通保障工作部署',{x:0.5,y:1,w:9,h:1,fontSize:32,...fnt});
 s=p.addSlide(); s.addText('重点：加强客运站周边交通组织，增开夜间公交线路3条。',{x:0.5,y:1,w:9,h:1.5,fontSize:20,...fnt});
 s.addNotes('讲稿：会后请各站点负责人与客运站值班长方某对接，手机'+V.mob2+'，24小时开机。');
 await p.writeFile({fileName:`${OUT}/c03_chunyun_bushu.pptx`});}
lab('c03_chunyun_bushu.pptx','review',['mobile_phone'],[V.mob2],'pptxgenjs; speaker notes of slide 2 hold a duty manager\'s personal mobile');

{const p=new pptxgen(); p.defineSlideMaster({title:'NEIBU',background:{color:'FFFFFF'},objects:[{text:{text:'内部资料　注意保存',options:{x:7,y:0.1,w:2.8,h:0.4,fontSize:12,color:'C00000',...fnt}}}]});
 let s=p.addSlide({masterName:'NEIBU'}); s.addText('滨江区重点企业运行监测分析（11月）',{x:0.5,y:1,w:9,h:1,fontSize:30,...fnt});
 s=p.addSlide({masterName:'NEIBU'}); s.addText('规上工业增加值同比增长6.8%，其中数字经济核心产业增长11.2%。',{x:0.5,y:1.2,w:9,h:1.5,fontSize:20,...fnt});
 await p.writeFile({fileName:`${OUT}/c04_qiye_yunxing_jiance.pptx`});}
lab('c04_qiye_yunxing_jiance.pptx','review',['sensitive_term'],[],'pptxgenjs; slide master carries the label 内部资料　注意保存 at top-right of every slide');

{const p=new pptxgen(); let s=p.addSlide(); s.addText('滨江区2026年民生实事项目完成情况',{x:0.5,y:1,w:9,h:1,fontSize:30,...fnt});
 s=p.addSlide(); s.addTable([[{text:'项目'},{text:'目标'},{text:'完成'}],[{text:'新增托育机构'},{text:'8家'},{text:'9家'}],[{text:'老年食堂'},{text:'6家'},{text:'6家'}],[{text:'城中村改造'},{text:'3个'},{text:'3个'}]],{x:0.5,y:1,w:9,fontSize:18,...fnt,border:{pt:1,color:'000000'}});
 s.addNotes('数据来源：区统计局2026年11月快报。');
 await p.writeFile({fileName:`${OUT}/c05_minsheng_shishi.pptx`});}
lab('c05_minsheng_shishi.pptx','pass',[],[],'pptxgenjs; results table and a speaker note citing the data source');

// pdfkit
const TTC='/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
function pk(name,lines){return new Promise(res=>{const d=new PDFDocument({size:'A4',margin:60}); const st=fs.createWriteStream(`${OUT}/${name}`); d.pipe(st); d.font(TTC,'NotoSansCJKsc-Regular');
 lines.forEach(([t,sz])=>{d.fontSize(sz||12).text(t,{lineGap:6}); d.moveDown(0.5);}); d.end(); st.on('finish',res);});}
await pk('d07_tuiyi_junren_gongshi.pdf',[['滨江区2026年度退役军人优待证发放名单公示',18],['经审核，以下人员符合优待证申领条件，现予公示：'],['王某某　西兴街道　联系电话139****5678'],['林某　　长河街道　联系电话186****0312'],['公示期：2026年12月4日至12月10日。咨询电话：0571-87069900；退役军人服务热线12345转3。'],['青溪市滨江区退役军人事务局']]);
lab('d07_tuiyi_junren_gongshi.pdf','pass',[],[],'pdfkit with Noto Sans CJK SC from the TTC; 公示 with masked mobiles 139****5678, landline, 12345');
await pk('d08_jiuzhu_fafang.pdf',[['临时救助金发放情况公示',18],['根据《青溪市临时救助实施办法》，现将11月临时救助金发放情况公示如下：'],['救助对象：何某某，救助金额：3000元，发放方式：打卡发放。'],['户名：何建平　开户行：中国建设银行青溪滨江支行　卡号：'+V.card2],['公示期7天，监督电话0571-87056789。'],['青溪市滨江区民政局　2026年12月3日']]);
lab('d08_jiuzhu_fafang.pdf','block',['bank_card'],[V.card2],'pdfkit; 救助 notice that names the recipient as 户名 何建平 (person) with a full 19-digit 62 bank card after 卡号');

// pdf-lib with subset OTF
const fontBytes=fs.readFileSync('gen/tmp/cjk_subset.otf');
async function pl(name,lines,post){const d=await PL.create(); d.registerFontkit(fontkit); const f=await d.embedFont(fontBytes,{subset:false}); const pg=d.addPage([595,842]); let y=780;
 for(const [t,sz] of lines){ const size=sz||12; let rest=t; while(rest.length){ const n=Math.floor(470/size); pg.drawText(rest.slice(0,n),{x:60,y,size,font:f}); rest=rest.slice(n); y-=size*1.8;} y-=6; }
 if(post) post(d,pg); fs.writeFileSync(`${OUT}/${name}`,await d.save());}
await pl('d09_baomifa_xuanchuan.pdf',[['学习贯彻新修订的保守国家秘密法',18],['新修订的《中华人民共和国保守国家秘密法》自2024年5月1日起施行。该法第十三条规定，国家秘密的密级分为“绝密”“机密”“秘密”三级。'],['该法明确，机关、单位应当依法确定密级，不得将依法应当公开的事项确定为国家秘密，不得将不涉及国家秘密的信息标注为国家秘密。'],['机关、单位对所产生的国家秘密事项，应当按照国家秘密及其密级的具体范围的规定确定密级，同时确定保密期限和知悉范围。'],['滨江区保密宣传月系列材料之三']]);
lab('d09_baomifa_xuanchuan.pdf','pass',[],[],'pdf-lib with a subset Noto Sans CJK SC OTF; article quoting the law, the three levels in quotes inside a sentence');
await pl('d10_jiazheng_peixun.pdf',[['滨江区2026年家政服务员免费培训报名通知',18],['为提升家政服务水平，区人社局将于12月中旬举办家政服务员免费培训班，名额60人。'],['报名方式：现场报名或电话报名，报名联系人：培训学校 郑老师 '+V.mob4+'。'],['青溪市滨江区人力资源和社会保障局　2026年12月2日']]);
lab('d10_jiazheng_peixun.pdf','review',['mobile_phone'],[V.mob4],'pdf-lib; 报名联系人 given with a personal mobile (a teacher of the training school)');
await pl('d15_shigong_xuke.pdf',[['城市道路占用挖掘许可公告',18],['许可编号：滨城管占挖〔2026〕0412号。许可单位：青溪市滨江水务有限公司。占挖地点：江虹路（滨兴路至西兴路）。期限：2026年12月8日至12月30日。'],['青溪市滨江区城市管理局　2026年12月4日']],(d,pg)=>{
 const annot=d.context.obj({Type:'Annot',Subtype:'Text',Rect:[480,700,500,720],Contents:PDFString.of('审核意见：该路段施工单位为区领导打招呼的企业，许可期限已按要求放宽，勿外传。'),T:PDFString.of('审批科'),Open:false,Name:'Comment'});
 pg.node.set(PDFName.of('Annots'),d.context.obj([d.context.register(annot)]));});
lab('d15_shigong_xuke.pdf','review',['hidden_content'],[],'pdf-lib; a sticky-note (Text) annotation on the page with a reviewer\'s internal remark');

fs.writeFileSync('gen/labels_node.json',JSON.stringify(L,null,1));
console.log(L.length);
}
main().catch(e=>{console.error(e);process.exit(1)});
