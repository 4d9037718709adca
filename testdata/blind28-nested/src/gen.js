// JS producers for blind28: pptxgenjs, npm docx, pdf-lib, pdfkit. Called by gen.py.
const fs=require('fs'), path=require('path');
const pptxgen=require('pptxgenjs');
const D=require('docx');
const {PDFDocument,PDFName,PDFString,PDFArray}=require('pdf-lib');
const PDFKit=require('pdfkit');
const B=path.join(__dirname,'build'), O=path.join(__dirname,'..');
const V=JSON.parse(fs.readFileSync(path.join(B,'values.json')));
async function deck(file, build){const p=new pptxgen(); p.author='综合科'; p.company='市政府办公室'; p.title='工作汇报'; build(p); await p.writeFile({fileName:file});}
(async()=>{
 await deck(path.join(B,'pp_text.pptx'),p=>{const s=p.addSlide(); s.addText('重点项目推进情况汇报',{x:0.5,y:0.4,w:9,h:0.8,fontSize:28,bold:true});
   s.addText('一、总体进展：已完成年度计划的85%。\n二、下一步安排：12月底前完成竣工验收。\n附件：值班安排（嵌入文档）',{x:0.5,y:1.5,w:5.5,h:2.5,fontSize:16});});
 await deck(path.join(B,'pp_chart.pptx'),p=>{const s=p.addSlide(); s.addText('各区政务公开完成情况',{x:0.5,y:0.3,w:9,h:0.7,fontSize:26});
   s.addText('数据来源：各区报送，截至11月底。',{x:0.5,y:1.0,w:9,h:0.4,fontSize:14});
   s.addChart(p.charts.BAR,[{name:'完成数',labels:['东城区','西城区','南湖区'],values:[120,98,76]}],{x:0.5,y:1.5,w:8,h:3.8});});
 await deck(path.join(O,'i03_pptx_screenshot_mobile.pptx'),p=>{const s=p.addSlide(); s.addText('项目协调工作情况通报',{x:0.5,y:0.3,w:9,h:0.7,fontSize:26});
   s.addText('协调组已建立工作群，现场问题当日响应，截图如下：',{x:0.5,y:1.0,w:9,h:0.5,fontSize:16});
   s.addImage({path:path.join(B,'pic_mobile.png'),altText:'工作群截图',x:1,y:1.7,w:7,h:(7*380/1000)});});
 await deck(path.join(O,'i04_pptx_screenshot_clean.pptx'),p=>{const s=p.addSlide(); s.addText('企业开办便利化改革进展',{x:0.5,y:0.3,w:9,h:0.7,fontSize:26});
   s.addText('企业开办实现一网通办，办理时限压缩至1个工作日，页面截图如下：',{x:0.5,y:1.0,w:9,h:0.5,fontSize:16});
   s.addImage({path:path.join(B,'pic_clean.png'),altText:'办事页面截图',x:1,y:1.7,w:7,h:(7*480/1000)});});
 // npm docx: text + pasted photo of an ID
 const mk=(title,paras,img)=>new D.Document({creator:'综合科',title,sections:[{children:[
   new D.Paragraph({children:[new D.TextRun({text:title,bold:true,size:32})]}),
   ...paras.map(t=>new D.Paragraph(t)),
   ...(img?[new D.Paragraph({children:[new D.ImageRun({type:'png',data:fs.readFileSync(img.p),transformation:{width:img.w,height:img.h}})]})]:[])]}]});
 fs.writeFileSync(path.join(O,'i06_docx_text_pic_id.docx'),await D.Packer.toBuffer(mk('关于补录困难群众救助信息的说明',['根据核查结果，现将补录人员的证件材料扫描附后。','请各街道按要求做好信息更新工作。'],{p:path.join(B,'pic_id.png'),w:500,h:500*380/1100})));
 fs.writeFileSync(path.join(O,'i07_docx_text_pic_clean.docx'),await D.Packer.toBuffer(mk('关于企业开办便利化改革的说明',['企业开办已实现一网通办，现将办事页面截图附后。','请各窗口按要求做好解释工作。'],{p:path.join(B,'pic_clean.png'),w:500,h:240})));
 fs.writeFileSync(path.join(B,'npm_clean.docx'),await D.Packer.toBuffer(mk('关于开展垃圾分类宣传周活动的通知',['各街道、社区：','为提高居民垃圾分类知晓率，定于12月开展宣传周活动。','咨询电话：12345。'])));
 // pdf-lib: attachments panel (PDF inside PDF with an ID), portfolio, FileAttachment annotation
 const base=fs.readFileSync(path.join(B,'clean_notice.pdf'));
 let d=await PDFDocument.load(base); d.setAuthor('综合科'); d.setProducer('office'); d.setCreator('office');
 await d.attach(fs.readFileSync(path.join(B,'inner_id.pdf')),'资格审核结果.pdf',{mimeType:'application/pdf',description:'附件1'});
 fs.writeFileSync(path.join(O,'p04_pdflib_attach_pdf_id.pdf'),await d.save({useObjectStreams:false}));
 d=await PDFDocument.load(base); d.setAuthor('综合科'); d.setProducer('office');
 await d.attach(fs.readFileSync(path.join(B,'inner_clean_att.docx')),'报送说明.docx',{mimeType:'application/vnd.openxmlformats-officedocument.wordprocessingml.document',description:'附件1'});
 await d.attach(Buffer.from('报送材料清单\n1. 年度工作总结\n2. 政务公开工作年度报告\n','utf8'),'清单.txt',{mimeType:'text/plain',description:'附件2'});
 d.catalog.set(PDFName.of('Collection'),d.context.obj({Type:'Collection',View:'D'}));
 fs.writeFileSync(path.join(O,'p05_pdflib_portfolio_clean.pdf'),await d.save());
 for (const [name,txt] of [['p06_pdflib_fileattach_annot_id.pdf','补录人员：周建华 身份证号 '+V.ID2+'\n'],['p07_pdflib_fileattach_annot_clean.pdf','补录人员：周某某 身份证号 330106********1521\n']]){
  d=await PDFDocument.load(base); d.setAuthor('综合科'); d.setProducer('office');
  const ctx=d.context; const bytes=Buffer.from(txt,'utf8');
  const ef=ctx.flateStream(bytes,{Type:'EmbeddedFile',Subtype:'text/plain',Params:{Size:bytes.length}});
  const efRef=ctx.register(ef);
  const fsRef=ctx.register(ctx.obj({Type:'Filespec',F:PDFString.of('note.txt'),UF:PDFString.of('note.txt'),EF:{F:efRef}}));
  const annot=ctx.register(ctx.obj({Type:'Annot',Subtype:'FileAttachment',Rect:[500,760,520,790],Name:'Paperclip',FS:fsRef,F:4}));
  const pg=d.getPages()[0]; pg.node.set(PDFName.of('Annots'),ctx.obj([annot]));
  fs.writeFileSync(path.join(O,name),await d.save({useObjectStreams:false}));
 }
 // pdfkit: CJK page + attachment (clean)
 await new Promise(res=>{const doc=new PDFKit({info:{Author:'综合科',Title:'通知',Producer:'office',Creator:'office'}});
  const st=fs.createWriteStream(path.join(O,'p08_pdfkit_attach_clean.pdf')); doc.pipe(st);
  doc.font('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc','NotoSansCJKsc-Regular').fontSize(14);
  doc.text('关于开展垃圾分类宣传周活动的通知'); doc.moveDown(); doc.text('各街道、社区：定于12月开展宣传周活动，具体安排见附件。咨询电话：12345。');
  doc.file(Buffer.from('宣传周安排\n12月1日 启动仪式\n12月3日 社区讲座\n','utf8'),{name:'宣传周安排.txt',type:'text/plain',description:'附件'});
  doc.end(); st.on('finish',res);});
 // pdfkit with attachment holding a mobile
 await new Promise(res=>{const doc=new PDFKit({info:{Author:'综合科',Title:'通知',Producer:'office',Creator:'office'}});
  const st=fs.createWriteStream(path.join(O,'p09_pdfkit_attach_mobile.pdf')); doc.pipe(st);
  doc.font('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc','NotoSansCJKsc-Regular').fontSize(14);
  doc.text('关于开展垃圾分类宣传周活动的通知'); doc.moveDown(); doc.text('各街道、社区：定于12月开展宣传周活动，具体安排见附件。咨询电话：12345。');
  doc.file(Buffer.from('宣传周安排\n12月1日 启动仪式\n现场联系人：何倩 手机 '+V.MOB2+'\n','utf8'),{name:'宣传周安排.txt',type:'text/plain',description:'附件'});
  doc.end(); st.on('finish',res);});
})().catch(e=>{console.error(e);process.exit(1);});
