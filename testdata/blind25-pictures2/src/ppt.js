
const P=require('pptxgenjs');
function mk(out,title,img,w,h,text){const p=new P();p.layout='LAYOUT_16x9';const s=p.addSlide();
 s.addText(title,{x:0.4,y:0.2,w:9.2,h:0.6,fontSize:24,bold:true,fontFace:'Microsoft YaHei'});
 if(text) s.addText(text,{x:0.4,y:0.9,w:4.4,h:3.8,fontSize:14,fontFace:'Microsoft YaHei',valign:'top'});
 s.addImage({path:img,x:text?5.0:2.5,y:0.9,w:w,h:h}); return p.writeFile({fileName:out});}
(async()=>{
await mk('../a11.pptx','医保参保工作推进','gen/tmp/ct_page.png',3.2,4.5,null);
await mk('../a25.pptx','人口信息采集进度','gen/tmp/web1.png',8.0,4.48,null);
await mk('../c07.pptx','医保参保工作推进情况汇报','gen/tmp/ctc_page.png',3.2,4.5,'截至11月底，全镇城乡居民医保参保率达到百分之九十六点八，较去年同期提高一点二个百分点。下一步将继续做好未参保人员的动员工作，确保应保尽保。');
})();