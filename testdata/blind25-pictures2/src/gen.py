import json, os, io, base64, subprocess
from PIL import Image
from values import IDS, CARDS, MOB
from pages import *
from render import *
O=".."; os.makedirs(O, exist_ok=True)
L=[]
def lab(f, v, cats, raw, note): L.append(dict(file=f, expect_verdict=v, expect_categories=cats, raw_values=raw, note=note))
def mask(i): return i[:6]+"********"+i[-4:]
def save_tiff_g4(img, path): img.convert("1").save(path, compression="group4", dpi=(200,200))
def img2pdf_(paths, out): subprocess.run(["img2pdf", *paths, "-o", out], check=True)
def b64(img, fmt="PNG", q=80):
    b=io.BytesIO(); img.convert("RGB" if fmt=="JPEG" else img.mode).save(b, fmt, **({"quality":q} if fmt=="JPEG" else {})); return b.getvalue()

rows_full=[("张建国",IDS[0],"白塔村三组","1,286.40"),("刘秀英",IDS[1],"白塔村五组","934.80"),("陈德明",IDS[2],"红星村一组","2,105.60")]
rows_mask=[(n,mask(i),v,a) for n,i,v,a in rows_full]
rows_mask[0]=("张建国","110101********1234","白塔村三组","1,286.40")
GW_M=doc([gongwen(True)]); GW_C=doc([gongwen(False)]); GW_N=doc([gongwen(False,neibu=True)])
GS_F=doc([gongshi(rows_full)]); GS_M=doc([gongshi(rows_mask)])
CT_M=lambda m: doc([contact(f"联系人：东湖镇社保所 王晓燕，联系电话：{m}。")])
CT_C=doc([contact("咨询电话：0830-3126650（工作日），或拨打12345政务服务便民热线。")])
BK_M=doc([bank(f"发放账户：江阳农商银行社会保障卡，卡号：{CARDS[0]}。")])
BK_C=doc([bank("资金拨付单位：江阳市东湖镇民政办公室，统一社会信用代码：11510502MB1234567X。")])
IN_M=doc([intranet("请各单位登录财政内网决算系统 http://10.86.12.40:8080/jsbs/ 填报，并将纸质报表报送市财政局会计科。")])
IN_C=doc([intranet("请各单位通过江阳市财政局门户网站 www.jiangyang.gov.cn 下载决算报表软件填报，并将纸质报表报送市财政局会计科。")])

# ---------- markings ----------
p=scan(GW_M,"gwm300",300)[0]; p.save(f"{O}/a01.png")
lab("a01.png","block",["classified_marking"],[],"公文 with 000127/机密★1年/特急 top-left; Chromium PDF -> pdftoppm 300 dpi grey PNG")
c=scan(GW_C,"gwc300",300)[0]; c.save(f"{O}/c01.png")
lab("c01.png","review",["unreadable"],[],"twin of a01 without marking (blank top-left), 300 dpi grey PNG; clean picture read only by OCR -> review per docs")
p=scan(GW_M,"gwm200",200)[0]; skew(p,2.2).save(f"{O}/a02.jpg",quality=50)
lab("a02.jpg","block",["classified_marking"],[],"a01's page at 200 dpi grey, skewed 2.2 deg, JPEG q50")
p2=bw(scan(GW_M,"gwm200b",200)[0]); save_tiff_g4(p2,f"{O}/a03.tif")
lab("a03.tif","block",["classified_marking"],[],"a01's page at 200 dpi, 1-bit threshold (fax-like), TIFF G4")
c2=bw(scan(GW_C,"gwc200b",200)[0]); save_tiff_g4(c2,f"{O}/c10.tif")
lab("c10.tif","review",["unreadable"],[],"twin of a03 (no marking), 1-bit 200 dpi TIFF G4; clean scan -> review per docs")
p=scan(GW_M,"gwm150c",150,gray=False)[0]
p=seal(p, 205, 205, 95, "江阳市财政局收文专用章"); p.save(f"{T}/a04.jpg",quality=75)
img2pdf_([f"{T}/a04.jpg"], f"{O}/a04.pdf")
lab("a04.pdf","block",["classified_marking"],[],"150 dpi colour scan, red round seal pressed over the 机密★1年 line (top-left), JPEG in image-only PDF via img2pdf")
p=scan(GW_M,"gwm200r",200)[0].rotate(180); p.save(f"{O}/a05.png")
lab("a05.png","block",["classified_marking"],[],"marking page scanned upside down (180 deg), 200 dpi grey PNG")
c=scan(GW_C,"gwc200r",200)[0].rotate(180); c.save(f"{O}/c14.png")
lab("c14.png","review",["unreadable"],[],"twin of a05 (no marking), upside down; clean -> review")
p=photo(scan(GW_M,"gwm150p",150,gray=False)[0],"a30",lighting=True); p.save(f"{O}/a30.jpg",quality=68)
lab("a30.jpg","block",["classified_marking"],[],"phone photo of the marked 公文: perspective warp, lighting gradient, blur 0.6, JPEG q68")
c=photo(scan(GW_C,"gwc150p",150,gray=False)[0],"c12",lighting=True); c.save(f"{O}/c12.jpg",quality=68)
lab("c12.jpg","review",["unreadable"],[],"twin of a30 (no marking) phone photo; clean -> review")

# ---------- ID cards ----------
p=scan(GS_F,"gsf300",300)[0]; p.save(f"{O}/a06.png")
lab("a06.png","block",["id_card"],rows_full and [r[1] for r in rows_full],"公示 table with three full IDs, 300 dpi grey PNG")
p=photo(scan(GS_F,"gsf150p",150,gray=False)[0],"a07",lighting=True); p.save(f"{O}/a07.jpg",quality=70)
lab("a07.jpg","block",["id_card"],[r[1] for r in rows_full],"phone photo of a06's 公示 (perspective, lighting), JPEG q70")
c=photo(scan(GS_M,"gsm150p",150,gray=False)[0],"c02",lighting=True); c.save(f"{O}/c02.jpg",quality=70)
lab("c02.jpg","review",["unreadable"],[],"twin of a07 with masked IDs (110101********1234), phone photo; clean -> review")
p=faint(scan(GS_F,"gsf200f",200)[0],140); p.save(f"{O}/a08.png")
lab("a08.png","block",["id_card"],[r[1] for r in rows_full],"faint photocopy of the 公示 (greys compressed to 140..255, speckle), 200 dpi")
c=faint(scan(GS_M,"gsm200f",200)[0],140); c.save(f"{O}/c11.png")
lab("c11.png","review",["unreadable"],[],"twin of a08 with masked IDs, faint photocopy; clean -> review")
# three-page scanned PDF, ID on page 3 only
page3=contact(f"联系人：东湖镇社保所 王晓燕（身份证号：{IDS[3]}），联系电话：0830-3126650。",num=3)
pp=scan(doc([filler(1,"一"),filler(2,"二"),page3]),"ml3",200)
fs=[]
for i,im in enumerate(pp): f=f"{T}/a09_{i}.jpg"; im.save(f,quality=65); fs.append(f)
img2pdf_(fs,f"{O}/a09.pdf")
lab("a09.pdf","block",["id_card"],[IDS[3]],"3-page scanned PDF (img2pdf, 200 dpi grey JPEG q65); an ID in prose only on page 3")
pp=scan(doc([filler(1,"一"),filler(2,"二"),contact("咨询电话：0830-3126650（工作日），或拨打12345政务服务便民热线。",num=3)]),"mc3",200)
fs=[]
for i,im in enumerate(pp): f=f"{T}/c03_{i}.jpg"; im.save(f,quality=65); fs.append(f)
img2pdf_(fs,f"{O}/c03.pdf")
lab("c03.pdf","review",["unreadable"],[],"twin of a09: 3-page scanned PDF, page 3 has only landline and 12345; clean -> review")
p=scan(GS_F,"gsf150s",150)[0]; skew(p,-4).save(f"{O}/a23.jpg",quality=40)
lab("a23.jpg","block",["id_card"],[r[1] for r in rows_full],"公示 at 150 dpi grey, skewed -4 deg, JPEG q40")
p=scan(doc([contact(f"申请人：赵国强，身份证号码：{IDS[4]}，现居东湖镇白塔村三组。")]),"id90",200)[0].rotate(90,expand=True); p.save(f"{O}/a28.png")
lab("a28.png","block",["id_card"],[IDS[4]],"notice page fed sideways (turned 90 deg), ID in prose, 200 dpi grey PNG")

# ---------- mobiles ----------
p=scan(CT_M(MOB[0]),"mob150",150)[0]; p.save(f"{O}/a14.png")
lab("a14.png","review",["mobile_phone"],[MOB[0]],"医保 notice, 联系电话 mobile in prose, 150 dpi grey PNG")
p=photo(scan(CT_M(MOB[1]),"mob150p",150,gray=False)[0],"a15",lighting=True,shadow=True); p.save(f"{O}/a15.jpg",quality=60)
lab("a15.jpg","review",["mobile_phone"],[MOB[1]],"phone photo with hand shadow lower-left, perspective, JPEG q60; mobile in the contact line")
p=scan(CT_M(MOB[2]),"mob200s",200,gray=False)[0]
p=seal(p, 1000, 1230, 150); p.save(f"{T}/a29p2.png")
f1=scan(doc([filler(1)]),"a29p1",200)[0].convert("RGB"); f1.save(f"{T}/a29p1.jpg",quality=70); p.save(f"{T}/a29p2.jpg",quality=70)
img2pdf_([f"{T}/a29p1.jpg",f"{T}/a29p2.jpg"],f"{O}/a29.pdf")
lab("a29.pdf","review",["mobile_phone"],[MOB[2]],"2-page colour scanned PDF; on page 2 a red round seal (r=150 px) pressed over the contact line, its ring crossing 联系电话 and the first digits of the mobile")

# ---------- bank cards ----------
p=bw(scan(BK_M,"bk300",300)[0],160); p.save(f"{O}/a22.png")
lab("a22.png","block",["bank_card"],[CARDS[0]],"补贴 notice with 社保卡 卡号 (UnionPay 62, Luhn), 300 dpi 1-bit PNG")
c=bw(scan(BK_C,"bkc300",300)[0],160); c.save(f"{O}/c13.png")
lab("c13.png","review",["unreadable"],[],"twin of a22: 统一社会信用代码 instead of the card, 12345 hotline; 300 dpi 1-bit; clean -> review")

# ---------- intranet ----------
p=scan(IN_M,"in200",200)[0]; p.convert("L").save(f"{T}/a21.jpg",quality=40)
img2pdf_([f"{T}/a21.jpg"],f"{O}/a21.pdf")
lab("a21.pdf","review",["internal_address"],[],"决算 notice with intranet URL http://10.86.12.40:8080/jsbs/, 200 dpi grey JPEG q40 in image-only PDF (img2pdf)")
c=scan(IN_C,"inc200",200)[0]; c.convert("L").save(f"{T}/c16.jpg",quality=40)
img2pdf_([f"{T}/c16.jpg"],f"{O}/c16.pdf")
lab("c16.pdf","review",["unreadable"],[],"twin of a21 with public www.jiangyang.gov.cn; image-only PDF; clean -> review")

# ---------- 内部资料 ----------
p=scan(GW_N,"nb200",200)[0]; p.save(f"{O}/a19.png")
lab("a19.png","review",["sensitive_term"],[],"公文 with 内部资料 注意保存 top-left where the marking would be, 200 dpi grey PNG (severity per dictionary; labelled review)")
p=bw(scan(GW_N,"nb200b",200)[0]).rotate(90,expand=True); save_tiff_g4(p,f"{O}/a20.tif")
lab("a20.tif","review",["sensitive_term"],[],"same 内部资料 注意保存 page, 1-bit fax TIFF G4, turned 90 deg (fed sideways)")

# ---------- screenshots ----------
chat1=[("刘主任","各村把补贴名单今天下班前报上来",False),("白塔村 张会计","收到。第一户：张建国，身份证 "+IDS[5]+"，卡号见附件",True),("刘主任","好的，注意核对",False)]
p=shot(chat(chat1),"chat1",420,360,1); p.save(f"{O}/a16.png")
lab("a16.png","block",["id_card"],[IDS[5]],"WeChat-style group chat screenshot at 1x (13 px text), ID in a message bubble")
chat2=[("刘主任","群众咨询医保缴费的，统一请他们打12345热线",False),("白塔村 张会计","收到，已经在村务公开栏贴了通知",True),("刘主任","好",False)]
c=shot(chat(chat2),"chat2",420,360,1); c.save(f"{O}/c08.png")
lab("c08.png","review",["unreadable"],[],"twin of a16: clean chat screenshot at 1x with 12345; picture -> review")
chat3=[("综治办 李敏","明天上午9点网格员培训，在镇政府三楼会议室",False),("综治办 李敏","有事联系我 "+MOB[3],False),("白塔村 王芳","收到",True)]
p=shot(chat(chat3),"chat3",420,360,2); p.save(f"{O}/a31.png")
lab("a31.png","review",["mobile_phone"],[MOB[3]],"chat screenshot at 2x (device scale 2), mobile in a bubble")
webm="<p>各村（社区）：</p><p>请于12月5日前登录政务内网 http://192.168.20.15/xcbb/login.jsp 填报本村人口信息采集进度，用户名为村名拼音。</p><p>东湖镇人民政府办公室</p>"
p=shot(web(webm,"关于报送人口信息采集进度的通知"),"web1",1000,560,1); p.save(f"{O}/a17.png")
lab("a17.png","review",["internal_address"],[],"government web page screenshot at 1x (14 px text) with intranet URL 192.168.20.15")
webb=f"<p>经审核，以下人员符合临时救助条件，救助资金已于11月26日发放。</p><p>救助对象：孙丽娟，救助金额2000元，收款银行：江阳农商银行，银行卡号：{CARDS[1]}。</p><p>公示期五天，监督电话0830-3125678。</p>"
p=shot(web(webb,"东湖镇临时救助对象公示"),"web2",1000,560,2); p.save(f"{O}/a18.png")
lab("a18.png","block",["bank_card"],[CARDS[1]],"web page screenshot at 2x with 银行卡号 (62, Luhn)")
webc="<p>经审核，以下人员符合临时救助条件，救助资金已于11月26日发放。</p><p>救助对象：孙某某，救助金额2000元，资金通过社会保障卡发放（卡号尾号7317）。</p><p>公示期五天，监督电话0830-3125678，或拨打12345。</p>"
c=shot(web(webc,"东湖镇临时救助对象公示"),"web3",1000,560,2); c.save(f"{O}/c09.png")
lab("c09.png","review",["unreadable"],[],"twin of a18: masked name, card tail only; 2x screenshot; clean -> review")
json.dump(L, open(f"{O}/labels.json","w"), ensure_ascii=False, indent=1)

# ---------- containers ----------
import docx
from docx.shared import Cm
import openpyxl
from openpyxl.drawing.image import Image as XImage
def crop_top(img, frac): return img.crop((0,0,img.width,int(img.height*frac)))
gsf=scan(GS_F,"gsf150",150)[0]; gsm=scan(GS_M,"gsm150",150)[0]
crop_top(gsf,0.55).save(f"{T}/gsf_crop.png"); crop_top(gsm,0.55).save(f"{T}/gsm_crop.png")
def mkdocx(path, pic, paras, width=15):
    d=docx.Document()
    for t in paras[:1]: d.add_heading(t,1)
    for t in paras[1:]: d.add_paragraph(t)
    d.add_picture(pic, width=Cm(width))
    d.add_paragraph("东湖镇农业农村服务中心　2026年11月26日") if paras else None
    d.save(path)
P=["关于2026年度耕地地力保护补贴发放情况的报告","按照市农业农村局工作安排，我镇已完成2026年度耕地地力保护补贴的申报、审核和公示工作，现将公示情况截图报告如下，请予审阅。","公示期间未收到异议，补贴资金将于十二月上旬通过惠民惠农财政补贴资金“一卡通”发放到户。"]
mkdocx(f"{O}/a10.docx", f"{T}/gsf_crop.png", P)
lab("a10.docx","block",["id_card"],[r[1] for r in rows_full],"python-docx report with text; pasted picture (150 dpi crop of the 公示 table) holds three full IDs")
mkdocx(f"{O}/c04.docx", f"{T}/gsm_crop.png", P)
lab("c04.docx","pass",[],[],"twin of a10: picture shows masked IDs (110101********1234); DOCX has text of its own -> picture adds no ocr_only per docs -> pass")
gwm=scan(GW_M,"gwm200d",200)[0]; gwm.save(f"{T}/gwm200.png")
d=docx.Document(); d.add_picture(f"{T}/gwm200.png", width=Cm(16)); d.save(f"{O}/a24.docx")
lab("a24.docx","block",["classified_marking"],[],"python-docx holding only a 200 dpi scan of the marked 公文 (no text of its own)")
gwc=scan(GW_C,"gwc200d",200)[0]; gwc.save(f"{T}/gwc200.png")
d=docx.Document(); d.add_picture(f"{T}/gwc200.png", width=Cm(16)); d.save(f"{O}/c05.docx")
lab("c05.docx","review",["unreadable"],[],"twin of a24: picture-only DOCX of the clean 公文 -> image_only/ocr_only review per docs")

# XLSX
bkm=crop_top(scan(BK_M,"bk150",150)[0],0.45); bkm.save(f"{T}/bk_crop.png")
bkc=crop_top(scan(BK_C,"bkc150",150)[0],0.45); bkc.save(f"{T}/bkc_crop.png")
def mkxlsx(path, pic):
    wb=openpyxl.Workbook(); ws=wb.active; ws.title="发放台账"
    ws.append(["序号","项目","发放月份","金额（元）","备注"])
    for i,(m,a) in enumerate([("10月",90),("11月",90),("12月",90)]): ws.append([i+1,"困难残疾人生活补贴",m,a,"已发放"])
    ws.append(["","合计","",270,"附通知截图"])
    img=XImage(pic); img.width, img.height = img.width*0.6, img.height*0.6; ws.add_image(img,"G2"); wb.save(path)
mkxlsx(f"{O}/a12.xlsx", f"{T}/bk_crop.png")
lab("a12.xlsx","block",["bank_card"],[CARDS[0]],"openpyxl ledger with a picture (150 dpi crop of the 补贴 notice) holding a 社保卡 卡号")
mkxlsx(f"{O}/c06.xlsx", f"{T}/bkc_crop.png")
lab("c06.xlsx","pass",[],[],"twin of a12: picture shows 统一社会信用代码 and 12345; sheet has its own text -> pass per docs")
tbl="<table style='border-collapse:collapse;font:15px Noto Sans CJK SC;margin:10px'>"+"<tr>"+"".join(f"<th style='border:1px solid #888;padding:6px 12px;background:#dde'>{h}</th>" for h in ["序号","走访对象","住址","联系电话","走访情况"])+"</tr>"
for i,(n,a,m) in enumerate([("黄永福","白塔村二组",MOB[4]),("周玉兰","红星村四组",MOB[5]),("吴志刚","白塔村六组","0830-3127741")]):
    tbl+="<tr>"+"".join(f"<td style='border:1px solid #888;padding:6px 12px'>{x}</td>" for x in [i+1,n,a,m,"已走访，无异常"])+"</tr>"
tbl+="</table>"
p=shot("<html><body style='margin:0;background:#fff'>"+tbl+"</body></html>","tblm",720,200,1); p.save(f"{T}/mob_tbl.png")
wb=openpyxl.Workbook(); ws=wb.active; ws.title="走访汇总"; ws.append(["月份","走访户数","问题数"]); ws.append(["11月",86,3]); ws.append(["说明","见右侧名单截图",""])
ws.add_image(XImage(f"{T}/mob_tbl.png"),"E2"); wb.save(f"{O}/a26.xlsx")
lab("a26.xlsx","review",["mobile_phone"],[MOB[4],MOB[5]],"openpyxl summary sheet with a 1x screenshot (15 px text) of a visit list holding two mobiles")

# PPTX via pptxgenjs
ct=crop_top(scan(CT_M(MOB[0]),"ppt1",150)[0],1.0); ct.save(f"{T}/ct_page.png")
web_shot=Image.open(f"{O}/a17.png"); web_shot.save(f"{T}/web1.png")
ctc=scan(CT_C,"ppt2",150)[0]; ctc.save(f"{T}/ctc_page.png")
js=f"""
const P=require('pptxgenjs');
function mk(out,title,img,w,h,text){{const p=new P();p.layout='LAYOUT_16x9';const s=p.addSlide();
 s.addText(title,{{x:0.4,y:0.2,w:9.2,h:0.6,fontSize:24,bold:true,fontFace:'Microsoft YaHei'}});
 if(text) s.addText(text,{{x:0.4,y:0.9,w:4.4,h:3.8,fontSize:14,fontFace:'Microsoft YaHei',valign:'top'}});
 s.addImage({{path:img,x:text?5.0:2.5,y:0.9,w:w,h:h}}); return p.writeFile({{fileName:out}});}}
(async()=>{{
await mk('{O}/a11.pptx','医保参保工作推进','{T}/ct_page.png',3.2,4.5,null);
await mk('{O}/a25.pptx','人口信息采集进度','{T}/web1.png',8.0,4.48,null);
await mk('{O}/c07.pptx','医保参保工作推进情况汇报','{T}/ctc_page.png',3.2,4.5,'截至11月底，全镇城乡居民医保参保率达到百分之九十六点八，较去年同期提高一点二个百分点。下一步将继续做好未参保人员的动员工作，确保应保尽保。');
}})();"""
open("gen/ppt.js","w").write(js); subprocess.run(["node","gen/ppt.js"],check=True,cwd=".")
lab("a11.pptx","review",["mobile_phone"],[MOB[0]],"pptxgenjs slide: short title + a 150 dpi scan of the 医保 notice with a contact mobile (slide body is only the picture)")
lab("a25.pptx","review",["internal_address"],[],"pptxgenjs slide: title + a 1x web screenshot with intranet URL 192.168.20.15 scaled onto the slide")
lab("c07.pptx","pass",[],[],"pptxgenjs slide with its own ~60-char text box and a clean 150 dpi scan of the notice (landline, 12345): picture in a document with text -> pass per docs")

# HTML with data: pictures
def page_with(img_bytes, mime, text):
    return f"<!doctype html><html><head><meta charset='utf-8'><title>东湖镇公示公告</title></head><body>{text}<p><img src='data:{mime};base64,{base64.b64encode(img_bytes).decode()}' style='width:760px'></p></body></html>"
T1="<h2>东湖镇2026年度耕地地力保护补贴发放名单公示</h2><p>现将2026年度耕地地力保护补贴发放名单公示如下（见图），公示期七天，如有异议请拨打监督电话0830-3125678。</p>"
open(f"{O}/a13.html","w").write(page_with(b64(crop_top(gsf,0.55)),"image/png",T1))
lab("a13.html","block",["id_card"],[r[1] for r in rows_full],"CMS-style HTML with text and a pasted data:image/png of the 公示 table holding three full IDs")
open(f"{O}/a27.html","w").write(page_with(b64(gwm,"JPEG",60),"image/jpeg","<p>　</p>"))
lab("a27.html","block",["classified_marking"],[],"HTML holding only a data:image/jpeg (q60, 200 dpi) of the marked 公文")
T2="<h2>关于发放2026年度困难残疾人生活补贴的通知</h2><p>第四季度困难残疾人生活补贴已通过社会保障卡发放，通知原件如下图所示，如有疑问请拨打12345政务服务便民热线。</p>"
open(f"{O}/c15.html","w").write(page_with(b64(bkc),"image/png",T2))
lab("c15.html","pass",[],[],"HTML with its own text and a data:image/png of the clean 补贴 notice (统一社会信用代码, 12345) -> pass per docs")
open(f"{O}/c17.html","w").write(page_with(b64(gwc,"JPEG",60),"image/jpeg",""))
lab("c17.html","review",["unreadable"],[],"twin of a27: HTML holding only a data: picture of the clean 公文 -> image_only review per docs")
json.dump(L, open(f"{O}/labels.json","w"), ensure_ascii=False, indent=1)
print(len(L))
