// npm docx, exceljs, pdfmake (0.3, server API), jspdf (node build); run: NODE_PATH=<node_modules> node gen.js
const fs=require('fs'), path=require('path');
const V=require('./vals.json'); const OUT=path.join(__dirname,'..','..');
const FONT='/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf';
const o=n=>path.join(OUT,n);
async function main(){
 const D=require('docx');
 const P=(t)=>new D.Paragraph({children:[new D.TextRun(t)]});
 const mk=async(name,sec)=>{const doc=new D.Document({sections:[sec]}); fs.writeFileSync(o(name),await D.Packer.toBuffer(doc)); console.log('ok',name)};
 await mk('nd01_notice_clean.docx',{footers:{default:new D.Footer({children:[new D.Paragraph({alignment:D.AlignmentType.CENTER,children:[new D.TextRun('— '),new D.TextRun({children:[D.PageNumber.CURRENT]}),new D.TextRun(' —  政务服务便民热线 12345')]})]})},
   children:[new D.Paragraph({heading:D.HeadingLevel.HEADING_1,alignment:D.AlignmentType.CENTER,children:[new D.TextRun('关于2027年元旦期间生活垃圾清运安排的通知')]}),
   P('各街道、各环卫作业单位：2027年元旦假期为1月1日至1月3日，假期期间生活垃圾清运工作照常进行，各单位要合理安排人员，确保日产日清。'),P('值班电话：0571-87065566。')]});
 await mk('nd02_header_marking.docx',{headers:{default:new D.Header({children:[new D.Paragraph({alignment:D.AlignmentType.LEFT,children:[new D.TextRun({text:'机密★',bold:true}),new D.TextRun({text:'10年',bold:true})]})]})},
   children:[new D.Paragraph({heading:D.HeadingLevel.HEADING_1,children:[new D.TextRun('关于重大项目用地预审情况的说明')]}),P('根据省自然资源厅反馈意见，现将我市重大项目用地预审有关情况说明如下。'),P('一、项目基本情况。项目位于青川经济开发区，规划用地面积约126.4公顷。')]});
 await mk('nd03_footnote_id.docx',{footnotes:undefined,children:[new D.Paragraph({heading:D.HeadingLevel.HEADING_1,children:[new D.TextRun('关于表彰优秀河长的决定')]}),
   new D.Paragraph({children:[new D.TextRun('经考核，授予彭建华等10名同志“优秀河长”称号'),new D.FootnoteReferenceRun(1),new D.TextRun('。希望受表彰的同志珍惜荣誉，再接再厉。')]})]});
 // footnotes must be given at document level
 {const doc=new D.Document({footnotes:{1:{children:[P('彭建华，身份证号'+V.ID4+'，滨江街道河长。')]}},sections:[{children:[new D.Paragraph({children:[new D.TextRun({text:'关于表彰优秀河长的决定',bold:true})]}),
   new D.Paragraph({children:[new D.TextRun('经考核，授予彭建华等10名同志“优秀河长”称号'),new D.FootnoteReferenceRun(1),new D.TextRun('。希望受表彰的同志珍惜荣誉，再接再厉。')]})]}]});
  fs.writeFileSync(o('nd03_footnote_id.docx'),await D.Packer.toBuffer(doc)); console.log('ok nd03 (with footnote)');}
 const EX=require('exceljs');
 {const wb=new EX.Workbook(); const ws=wb.addWorksheet('2027年预算'); ws.addRow(['项目','预算数（元）','备注']);
  [['人员经费',38215600.00,''],['公用经费',6120450.50,''],['环境监测项目',15823467100.00,'含三年滚动预算'],['合计',15867803150.50,'']].forEach(r=>ws.addRow(r));
  ws.getColumn(2).numFmt='#,##0.00'; ws.addRow([]); ws.addRow(['预算单位：青川市生态环境局，统一社会信用代码 '+V.USCC2]);
  await wb.xlsx.writeFile(o('ex01_budget_clean.xlsx')); console.log('ok ex01');}
 {const wb=new EX.Workbook(); const ws=wb.addWorksheet('退费明细'); ws.addRow(['缴费人','退费金额（元）','退款卡号','开户行']);
  ws.addRow(['叶春燕',1260,V.CARD4,'中信银行青川支行']); ws.addRow(['青川市恒达建材有限公司',5800,'3301 0400 0012 3456 78','工商银行青川支行']);
  await wb.xlsx.writeFile(o('ex02_card_column.xlsx')); console.log('ok ex02');}
 const pdfmake=require('pdfmake'); pdfmake.addFonts({Song:{normal:FONT,bold:FONT,italics:FONT,bolditalics:FONT}});
 const pm=async(name,dd)=>{dd.defaultStyle={font:'Song',fontSize:11}; await pdfmake.createPdf(dd).write(o(name)); console.log('ok',name)};
 await pm('pm01_table_clean.pdf',{content:[{text:'2026年度重点排污单位名录（第二批）',fontSize:15,alignment:'center',margin:[0,0,0,12]},
   {table:{headerRows:1,widths:['*',140,90],body:[['单位名称','统一社会信用代码','所在区县'],['青川市恒达建材有限公司',V.USCC1,'滨江区'],['青川市第二污水处理厂',V.USCC2,'临江区']]}},{text:'\n公众可拨打12369环保举报热线反映问题。'}]});
 await pm('pm02_table_id.pdf',{content:[{text:'2026年度见义勇为人员确认公示',fontSize:15,alignment:'center',margin:[0,0,0,12]},
   {table:{headerRows:1,widths:[60,120,'*'],body:[['姓名','身份证号','事迹'],['汪国平',V.ID5,'2026年8月在青川江勇救落水儿童']]}}]});
 await pm('pm03_watermark_marking.pdf',{watermark:{text:'秘密★1年',opacity:0.15,angle:-40},content:[{text:'关于2027年度征兵工作安排的报告',fontSize:15,alignment:'center'},
   {text:'根据上级征兵命令，结合我市实际，现将2027年度征兵工作安排报告如下。一、征集对象为年满18至22周岁的男性青年。二、体检工作于2027年3月集中开展。',margin:[0,12,0,0]}]});
 const {jsPDF}=require('jspdf');
 const js=(name,f)=>{const d=new jsPDF({unit:'pt',format:'a4'}); d.addFileToVFS('song.ttf',fs.readFileSync(FONT).toString('binary')); d.addFont('song.ttf','Song','normal'); d.setFont('Song'); f(d); fs.writeFileSync(o(name),Buffer.from(d.output('arraybuffer'))); console.log('ok',name)};
 js('js01_notice_clean.pdf',d=>{d.setFontSize(15); d.text('关于公布行政执法投诉举报渠道的公告',297,80,{align:'center'}); d.setFontSize(11);
   d.text(d.splitTextToSize('为加强对行政执法工作的监督，现将投诉举报渠道公布如下：一、电话：12345政务服务便民热线、0571-87066677；二、信函：青川市滨江路88号市生态环境局法规处，邮编311200；三、电子邮箱：fgc@qcsthj.gov.cn。',450),70,120)});
 js('js02_charspace_mobile.pdf',d=>{d.setFontSize(15); d.text('关于征集青少年科普作品的通知',297,80,{align:'center'}); d.setFontSize(11);
   d.text(d.splitTextToSize('为激发青少年科学兴趣，现面向全市中小学生征集科普作品，截止日期2027年3月31日。',450),70,120); d.text('作品报送联系人：詹丽萍  手机：',70,170); d.text('13805719264',235,170,{charSpace:3})});
 js('js03_intranet_url.pdf',d=>{d.setFontSize(15); d.text('关于机关网上办公系统升级的通知',297,80,{align:'center'}); d.setFontSize(11);
   d.text(d.splitTextToSize('各科室：机关网上办公系统将于12月12日晚进行升级，升级期间请勿登录。升级后请通过新地址访问：http://172.20.3.15/oa/index.jsp ，原地址停止使用。',450),70,120)});
}
main().catch(e=>{console.error(e);process.exit(1)});
