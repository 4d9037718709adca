const fs=require('fs'); const OUT='..';
const ExcelJS=require('exceljs'); const PDFDocument=require('pdfkit'); const pptxgen=require('pptxgenjs');
const L=[]; const label=(file,v,c,r,n)=>L.push({file,expect_verdict:v,expect_categories:c,raw_values:r,note:n});
const FONT='/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const ID9='130102198612253011', CARD3='6228485323582187309', CARD4='6259651343747296', MOB7='15098765123', MOB8='18923456701', ID10='21010319951128002X';
(async()=>{
 // c07 exceljs rich text ID
 let wb=new ExcelJS.Workbook(); let ws=wb.addWorksheet('名单');
 ws.addRow(['姓名','身份证号码','补贴类型']);
 ws.getCell('A2').value='施某某';
 ws.getCell('B2').value={richText:[{text:ID9.slice(0,6),font:{bold:true}},{text:ID9.slice(6,14),font:{color:{argb:'FFFF0000'}}},{text:ID9.slice(14),font:{italic:true}}]};
 ws.getCell('C2').value='创业补贴';
 await wb.xlsx.writeFile(OUT+'/c07_exceljs_richtext_id.xlsx');
 label('c07_exceljs_richtext_id.xlsx','block',['id_card'],[ID9],'exceljs; ID under 身份证号码 as a rich-text cell of 3 runs (bold / red / italic)');
 // c08 exceljs card with dashes, text format
 wb=new ExcelJS.Workbook(); ws=wb.addWorksheet('发放表');
 ws.addRow(['户名','开户行','银行账号','金额']);
 ws.addRow(['孔某某','中国农业银行',CARD3.match(/.{1,4}/g).join('-'),'3600']);
 ws.getCell('C2').numFmt='@';
 ws.addRow(['某某街道办事处','中国农业银行','1103 0101 0400 12345','18000']);
 await wb.xlsx.writeFile(OUT+'/c08_exceljs_dashed_card.xlsx');
 label('c08_exceljs_dashed_card.xlsx','block',['bank_card'],[CARD3],'exceljs; person 孔某某 with UnionPay card written 6228-4853-2358-2187-309 under 银行账号; second row an agency account');
 wb=new ExcelJS.Workbook(); ws=wb.addWorksheet('发放表');
 ws.addRow(['户名','开户行','银行账号','金额']);
 ws.addRow(['孔某某','中国农业银行','6228-****-****-7309','3600']);
 ws.addRow(['某某街道办事处','中国农业银行','1103-0101-0400-12345','18000']);
 await wb.xlsx.writeFile(OUT+'/c09_exceljs_dashed_masked_clean.xlsx');
 label('c09_exceljs_dashed_masked_clean.xlsx','pass',[],[],'Twin of c08: person card masked 6228-****-****-7309; agency (街道办事处) settlement account in dashed groups');

 // pdfkit: paragraph wrap card
 const mk=(file,fn)=>new Promise(res=>{const doc=new PDFDocument({size:'A4',margin:60}); const s=fs.createWriteStream(OUT+'/'+file); doc.pipe(s); doc.registerFont('cjk',FONT,'NotoSansCJKsc-Regular'); doc.font('cjk'); fn(doc); doc.end(); s.on('finish',res);});
 await mk('a11_pdfkit_wrap_card.pdf',doc=>{doc.fontSize(16).text('关于发放2026年度耕地地力保护补贴的通知',{align:'center'}); doc.moveDown();
  doc.fontSize(12).text('补贴对象：曹某某，开户银行：某某农村商业银行，银行卡号：'+CARD4+'，补贴金额：1,250.00元，请注意查收。',{width:200});});
 label('a11_pdfkit_wrap_card.pdf','block',['bank_card'],[CARD4],'pdfkit with Noto Sans CJK, text width 200pt; the label 银行卡号： ends one line and the 16-digit UnionPay card stands whole at the start of the next (pdfkit keeps the digit run together)');
 await mk('a12_pdfkit_wrap_contract_clean.pdf',doc=>{doc.fontSize(16).text('关于发放2026年度耕地地力保护补贴的通知',{align:'center'}); doc.moveDown();
  doc.fontSize(12).text('补贴对象：曹某某，开户银行：某某农村商业银行，合同编号：2026120731004518273，补贴金额：1,250.00元，请注意查收。',{width:200});});
 label('a12_pdfkit_wrap_contract_clean.pdf','pass',[],[],'Twin of a11: a 19-digit 合同编号 (not Luhn, not 62) stands at the start of the next line after its label, same 200pt column');
 // pdfkit justified, mobile wraps
 await mk('a13_pdfkit_justify_mobile.pdf',doc=>{doc.fontSize(16).text('关于公开招聘社区工作者的公告',{align:'center'}); doc.moveDown();
  doc.fontSize(12).text('为加强社区工作者队伍建设，经研究决定面向社会公开招聘社区工作者。报名时间为2026年12月8日至12月18日。报名咨询联系人：马某某，联系手机：'+MOB7+'，工作日上午9时至下午5时。其余事项详见附件。',{width:230,align:'justify'});});
 label('a13_pdfkit_justify_mobile.pdf','review',['mobile_phone'],[MOB7],'pdfkit, justified paragraph 230pt wide; the mobile after 联系手机： stays on one line inside justified (stretched) text');
 // pptx
 let p=new pptxgen(); let s=p.addSlide();
 s.addText('社区议事会联系人',{x:0.5,y:0.4,w:9,h:0.6,fontSize:24,bold:true});
 s.addText([{text:'召集人：卫某某  手机 ',options:{}},{text:MOB8.slice(0,3),options:{color:'C00000',bold:true}},{text:MOB8.slice(3,7),options:{color:'0070C0'}},{text:MOB8.slice(7),options:{italic:true}}],{x:0.5,y:1.5,w:9,h:0.6,fontSize:18});
 await p.writeFile({fileName:OUT+'/d01_pptxgenjs_runs_mobile.pptx'});
 label('d01_pptxgenjs_runs_mobile.pptx','review',['mobile_phone'],[MOB8],'pptxgenjs; mobile after 手机 split into 3 text runs of different colours in one shape');
 p=new pptxgen(); s=p.addSlide();
 s.addText('困难职工帮扶名单',{x:0.5,y:0.3,w:9,h:0.6,fontSize:24});
 s.addTable([[{text:'姓名'},{text:'身份证号'},{text:'帮扶金额'}],[{text:'严某某'},{text:ID10},{text:'2000元'}]],{x:0.5,y:1.2,w:5,colW:[1.2,1.3,1.5],fontSize:14,border:{type:'solid',pt:1,color:'000000'}});
 await p.writeFile({fileName:OUT+'/d02_pptxgenjs_narrow_table_id.pptx'});
 label('d02_pptxgenjs_narrow_table_id.pptx','block',['id_card'],[ID10],'pptxgenjs; ID in a 1.3-inch table column under 身份证号 (wraps to 2–3 lines when shown)');
 p=new pptxgen(); s=p.addSlide();
 s.addText('秘密★6个月',{x:0.2,y:0.1,w:2.5,h:0.5,fontSize:16,color:'000000'});
 s.addText('2026年重点项目推进情况汇报',{x:0.5,y:1.2,w:9,h:0.8,fontSize:28,bold:true,align:'center'});
 s.addText('一、总体进展 二、存在问题 三、下一步打算',{x:0.5,y:2.5,w:9,h:1,fontSize:18});
 await p.writeFile({fileName:OUT+'/d03_pptxgenjs_corner_marking.pptx'});
 label('d03_pptxgenjs_corner_marking.pptx','block',['classified_marking'],[],'pptxgenjs; 秘密★6个月 in its own text box at the top-left corner of slide 1, separate from the title');
 p=new pptxgen(); s=p.addSlide();
 s.addText('主动公开',{x:0.2,y:0.1,w:2.5,h:0.5,fontSize:16});
 s.addText('2026年重点项目推进情况汇报',{x:0.5,y:1.2,w:9,h:0.8,fontSize:28,bold:true,align:'center'});
 s.addText([{text:'政务服务热线 '},{text:'123',options:{bold:true}},{text:'45',options:{color:'C00000'}},{text:'；项目单位统一社会信用代码 '},{text:'91110105',options:{bold:true}},{text:'MA01R7KX4W'}],{x:0.5,y:2.5,w:9,h:1,fontSize:18});
 await p.writeFile({fileName:OUT+'/d04_pptxgenjs_runs_hotline_clean.pptx'});
 label('d04_pptxgenjs_runs_hotline_clean.pptx','pass',[],[],'Twin of d01/d03: corner box 主动公开; hotline 12345 and a USCC split across formatted runs');
 fs.writeFileSync('gen/labels_node.json',JSON.stringify(L,null,1));
})();
