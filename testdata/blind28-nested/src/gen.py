#!/usr/bin/python3
# Generator for blind28 (embedded and nested). Run: cd src && /usr/bin/python3 gen.py
import json, subprocess, shutil, gzip, tarfile, email.utils
from email.message import EmailMessage
from lib import *
LABELS=[]
def L(f,v,c,raw,note): LABELS.append({"file":f,"expect_verdict":v,"expect_categories":c,"raw_values":raw,"note":note})
def b(p): return open(p,"rb").read()
def run(*a,**k): subprocess.run(a,check=True,**k)

# ---------- common inner content ----------
NOTICE=["为做好2026年度政务公开工作，现将有关事项通知如下。",
        "一、各单位应于12月15日前报送年度工作总结。",
        "二、咨询电话：0571-87051234（工作日9:00-17:00）。",
        "特此通知。","市政府办公室  2026年11月20日"]
def roster(bad=None):
    rows=[["序号","姓名","单位","身份证号","联系电话"],
          [1,"王某某","市统计局","330106********0018","138****1234"],
          [2,"李某","市财政局","110101********2210","139****5521"]]
    if bad=="id": rows.append([3,"陈立新","市审计局",ID1,"0571-87050000"])
    if bad=="mob": rows.append([3,"陈立新","市审计局","320102********2887",MOB1])
    return rows
def scan_page(lines, top=None):
    ls=([top] if top else [])+lines
    return text_image(ls,w=1240,size=40,h=1754,serif=True)

# ---------- stage pre: inputs for gen.js ----------
im_id_photo=text_image(["居民身份证复印件（存档）","姓名：周建华","公民身份号码："+ID2],w=1100,size=44)
im_id_photo.save(f"{BUILD}/pic_id.png")
im_mob=text_image(["微信群：项目协调组 (12)","刘工：明天现场踏勘，有事打我手机","刘工：手机 "+MOB2+"，随时联系"],w=1000,size=38)
im_mob.save(f"{BUILD}/pic_mobile.png")
im_clean_shot=text_image(["政务服务网 · 办事指南","事项名称：企业开办一网通办","办理时限：1个工作日","咨询电话：12345"],w=1000,size=38)
im_clean_shot.save(f"{BUILD}/pic_clean.png")
open(f"{BUILD}/clean_notice.pdf","wb").write(pdf_bytes(NOTICE,"关于报送年度工作总结的通知"))
open(f"{BUILD}/inner_id.pdf","wb").write(pdf_bytes(["经审核，下列人员符合条件：","陈立新 身份证号 "+ID3+" 市审计局"],"资格审核结果"))
open(f"{BUILD}/inner_clean_att.docx","wb").write(docx_bytes(NOTICE,"附件：报送说明"))
open(f"{BUILD}/inner_xlsx_id.xlsx","wb").write(xlsx_bytes([("名单",roster("id"))]))
import values as _v
json.dump({k:getattr(_v,k) for k in dir(_v) if k.isupper()},open(f"{BUILD}/values.json","w"),ensure_ascii=False)
run("node","gen.js")

# ================= A. office embeddings =================
host=lambda t: docx_bytes(["现将有关材料印发给你们，请结合实际认真执行。","具体名单见下方嵌入的工作表。"],t)
write("e01_docx_emb_xlsx_id.docx", docx_embed(host("关于公布培训人员名单的通知"), xlsx_bytes([("名单",roster("id"))]),"xlsx","Microsoft_Excel_Worksheet.xlsx","附表：培训人员名单"))
L("e01_docx_emb_xlsx_id.docx","block",["id_card"],[ID1],"python-docx host; openpyxl workbook embedded as word/embeddings/*.xlsx (OLE object, package rel); ID in D4")
write("e02_docx_emb_xlsx_clean.docx", docx_embed(host("关于公布培训人员名单的通知"), xlsx_bytes([("名单",roster())]),"xlsx","Microsoft_Excel_Worksheet.xlsx","附表：培训人员名单"))
L("e02_docx_emb_xlsx_clean.docx","pass",[],[],"twin of e01; embedded workbook only masked values, landline")
write("e03_docx_emb_docx_id.docx", docx_embed(host("关于转发审核结果的通知"), docx_bytes(["经审核，陈立新（身份证号"+ID4+"）符合申报条件。","公示期5个工作日。"],"审核意见"),"docx","Microsoft_Word_Document.docx","附件：审核意见"))
L("e03_docx_emb_docx_id.docx","block",["id_card"],[ID4],"python-docx host embedding a DOCX (word/embeddings/Microsoft_Word_Document.docx) whose body holds an ID")
write("e04_docx_emb_docx_clean.docx", docx_embed(host("关于转发审核结果的通知"), docx_bytes(["经审核，陈某某符合申报条件。","公示期5个工作日，咨询电话0571-87051234。"],"审核意见"),"docx","Microsoft_Word_Document.docx","附件：审核意见"))
L("e04_docx_emb_docx_clean.docx","pass",[],[],"twin of e03, clean embedded DOCX")
write("e05_docx_emb_pdf_mobile.docx", docx_embed(host("关于现场踏勘安排的通知"), pdf_bytes(["踏勘时间：12月3日上午9时","集合地点：市民中心东门","联系人：刘工，手机"+MOB3],"踏勘安排"),"pdf","踏勘安排.pdf","附件：踏勘安排（PDF）"))
L("e05_docx_emb_pdf_mobile.docx","review",["mobile_phone"],[MOB3],"python-docx host with a ReportLab PDF embedded as word/embeddings/*.pdf (package rel); mobile after 手机 in the PDF")
inner_deep=docx_embed(docx_bytes(["汇总表如下。"],"审核汇总"), xlsx_bytes([("名单",roster("id"))]),"xlsx","Microsoft_Excel_Worksheet.xlsx","附表")
write("e06_docx_emb_docx_emb_xlsx_id.docx", docx_embed(host("关于转发审核汇总的通知"), inner_deep,"docx","Microsoft_Word_Document.docx","附件：审核汇总"))
L("e06_docx_emb_docx_emb_xlsx_id.docx","review",["unreadable"],[ID1],"DOCX > embedded DOCX > embedded XLSX with an ID: two levels; README: deeper nesting is unreadable (review). block also acceptable if read")
# OLE compound file (legacy .doc from LibreOffice) as oleObject1.bin
shutil.copy(f"{BUILD}/inner_clean_att.docx",f"{BUILD}/olesrc.docx")
run("soffice","--headless","--convert-to","doc","--outdir",BUILD,f"{BUILD}/olesrc.docx",stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
write("e07_docx_ole_bin_clean.docx", docx_embed(host("关于报送材料的通知"), b(f"{BUILD}/olesrc.doc"),"bin","oleObject1.bin","附件：报送说明",progid="Word.Document.8",ole=True))
L("e07_docx_ole_bin_clean.docx","review",["unreadable"],[],"python-docx host with an OLE compound (.doc from LibreOffice) as word/embeddings/oleObject1.bin: README says OLE objects are unreadable")
# altChunk
def altchunk(host_b, html):
    def doc(x):
        s=x.decode(); i=s.rfind("<w:sectPr"); return (s[:i]+'<w:altChunk r:id="rIdAlt1"/>'+s[i:]).encode()
    return rezip(host_b,add={"word/afchunk.htm":html.encode()},replace={"word/document.xml":doc,
        "word/_rels/document.xml.rels":lambda x: rels_add(x,"rIdAlt1","http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk","afchunk.htm"),
        "[Content_Types].xml":lambda x: ct_add(x,defaults=[("htm","application/xhtml+xml")])})
write("e08_docx_altchunk_html_mobile.docx", altchunk(docx_bytes(["会议通知如下："],"会议通知"),
  "<html><head><meta charset='utf-8'></head><body><p>会议时间：12月8日14:30</p><p>会务联系：张敏 手机 "+MOB4+"</p></body></html>"))
L("e08_docx_altchunk_html_mobile.docx","review",["mobile_phone"],[MOB4],"python-docx + w:altChunk word/afchunk.htm (HTML) with a mobile")
write("e09_docx_altchunk_html_clean.docx", altchunk(docx_bytes(["会议通知如下："],"会议通知"),
  "<html><head><meta charset='utf-8'></head><body><p>会议时间：12月8日14:30</p><p>会务联系：办公室 0571-87051234</p></body></html>"))
L("e09_docx_altchunk_html_clean.docx","pass",[],[],"twin of e08, landline only")

# XLSX embedding a DOCX
def xlsx_embed(xb, inner, ext, name):
    def sheet(x):
        s=x.decode()
        if "xmlns:r=" not in s: s=s.replace("<worksheet ",'<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',1)
        return s.replace("</worksheet>",f'<oleObjects><oleObject progId="{PROG[ext]}" shapeId="1025" r:id="rIdEmb1"/></oleObjects></worksheet>').encode()
    rels='<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdEmb1" Type="%s" Target="../embeddings/%s"/></Relationships>'%(PKG_REL,name)
    return rezip(xb,add={"xl/worksheets/_rels/sheet1.xml.rels":rels,"xl/embeddings/"+name:inner},
                 replace={"xl/worksheets/sheet1.xml":sheet,"[Content_Types].xml":lambda x: ct_add(x,defaults=[(ext,CT[ext])])})
xb=xlsx_bytes([("汇总",[["项目","金额（万元）"],["办公设备",12.5],["培训费",8.2]])])
write("e10_xlsx_emb_docx_id.xlsx", xlsx_embed(xb, docx_bytes(["报销人：孙海燕","身份证号："+ID5,"开户行：市农商行"],"报销说明"),"docx","Microsoft_Word_Document.docx"))
L("e10_xlsx_emb_docx_id.xlsx","block",["id_card"],[ID5],"openpyxl workbook with an embedded DOCX (xl/embeddings, oleObjects in sheet1, package rel) holding an ID")
write("e11_xlsx_emb_docx_clean.xlsx", xlsx_embed(xb, docx_bytes(["报销人：孙某某","报销事项：办公设备购置","经办科室：综合科"],"报销说明"),"docx","Microsoft_Word_Document.docx"))
L("e11_xlsx_emb_docx_clean.xlsx","pass",[],[],"twin of e10, clean embedded DOCX")

# PPTX (pptxgenjs) embedding a DOCX as an OLE object
def pptx_embed(pb, inner, ext, name):
    frame=('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="99" name="对象 98"/><p:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
      '<p:xfrm><a:off x="6000000" y="3000000"/><a:ext cx="914400" cy="914400"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole">'
      f'<p:oleObj showAsIcon="1" name="文档" r:id="rIdEmb1" imgW="914400" imgH="914400" progId="{PROG[ext]}"><p:embed/>'
      '<p:pic><p:nvPicPr><p:cNvPr id="0" name=""/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rIdIco1"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
      '<p:spPr><a:xfrm><a:off x="6000000" y="3000000"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
      '</p:oleObj></a:graphicData></a:graphic></p:graphicFrame>')
    def slide(x):
        s=x.decode(); i=s.rfind("</p:spTree>"); return (s[:i]+frame+s[i:]).encode()
    def rels(x): return rels_add(rels_add(x,"rIdEmb1",PKG_REL,"../embeddings/"+name),"rIdIco1",IMG_REL,"../media/embicon1.png")
    return rezip(pb,add={"ppt/embeddings/"+name:inner,"ppt/media/embicon1.png":icon_png()},
                 replace={"ppt/slides/slide1.xml":slide,"ppt/slides/_rels/slide1.xml.rels":rels,
                          "[Content_Types].xml":lambda x: ct_add(x,defaults=[(ext,CT[ext]),("png","image/png")])})
pb=b(f"{BUILD}/pp_text.pptx")
write("e12_pptx_emb_docx_mobile.pptx", pptx_embed(pb, docx_bytes(["现场负责人：赵刚","联系手机："+MOB5,"请各组按时到岗。"],"值班安排"),"docx","Microsoft_Word_Document.docx"))
L("e12_pptx_emb_docx_mobile.pptx","review",["mobile_phone"],[MOB5],"pptxgenjs deck; DOCX embedded as OLE object (p:oleObj, ppt/embeddings) holding a mobile")
write("e13_pptx_emb_docx_clean.pptx", pptx_embed(pb, docx_bytes(["现场负责人：赵某","值班电话：0571-87051234","请各组按时到岗。"],"值班安排"),"docx","Microsoft_Word_Document.docx"))
L("e13_pptx_emb_docx_clean.pptx","pass",[],[],"twin of e12, clean")
# chart workbook with an ID (pptxgenjs chart, workbook edited with openpyxl)
cb=b(f"{BUILD}/pp_chart.pptx")
zc=zipfile.ZipFile(io.BytesIO(cb)); emb=[n for n in zc.namelist() if n.startswith("ppt/embeddings/") and n.endswith(".xlsx")]
def add_id(x):
    wb=openpyxl.load_workbook(io.BytesIO(x)); ws=wb.worksheets[0]
    ws["F1"]="填报人身份证号"; ws["F2"]=ID6
    o=io.BytesIO(); wb.save(o); return o.getvalue()
write("e14_pptx_chart_workbook_id.pptx", rezip(cb,replace={emb[0]:add_id}))
L("e14_pptx_chart_workbook_id.pptx","block",["id_card"],[ID6],"pptxgenjs bar chart; the chart's embedded workbook ("+emb[0]+") edited with openpyxl: F2 holds an ID under 填报人身份证号, not in the chart")
shutil.copy(f"{BUILD}/pp_chart.pptx",f"{OUT}/e15_pptx_chart_clean.pptx")
L("e15_pptx_chart_clean.pptx","pass",[],[],"pptxgenjs bar chart with its embedded workbook as produced, clean")
# XLSX with picture of a marking (openpyxl image)
def xlsx_with_pic(rows, im):
    from openpyxl.drawing.image import Image as XI
    wb=openpyxl.Workbook(); wb.properties.creator=AUTHOR; ws=wb.active; ws.title="情况表"
    for r in rows: ws.append(r)
    p=f"{BUILD}/tmp_pic.png"; im.save(p); ws.add_image(XI(p),"A8")
    o=io.BytesIO(); wb.save(o); return o.getvalue()
rows=[["地区","完成数","目标数"],["东城区",120,150],["西城区",98,100],["南湖区",76,80]]
write("e16_xlsx_pic_marking.xlsx", xlsx_with_pic(rows, text_image([("机密★1年",64),"关于重点项目推进情况的报告","各区完成情况见上表。"],w=1100,size=40,red_first=True)))
L("e16_xlsx_pic_marking.xlsx","block",["classified_marking"],[],"openpyxl sheet with data and a picture (xl/media) of a scanned page head: red 机密★1年 on its first line (OCR)")
write("e17_xlsx_pic_clean.xlsx", xlsx_with_pic(rows, im_clean_shot))
L("e17_xlsx_pic_clean.xlsx","pass",[],[],"twin of e16: picture of a service guide with 12345 only; the sheet has its own text")

# ODT with an embedded Calc object (hand-written) 
def odt_with_object(cells):
    NS='xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"'
    content=(f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>'
      '<text:p>关于公布培训人员名单的通知</text:p><text:p>现将名单嵌入如下，请核对。</text:p>'
      '<text:p><draw:frame draw:name="对象1" text:anchor-type="paragraph" svg:width="12cm" svg:height="3cm"><draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>'
      '</office:text></office:body></office:document-content>')
    rows="".join("<table:table-row>"+"".join(f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in r)+"</table:table-row>" for r in cells)
    obj=(f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:spreadsheet>'
         f'<table:table table:name="名单"><table:table-column table:number-columns-repeated="{len(cells[0])}"/>{rows}</table:table></office:spreadsheet></office:body></office:document-content>')
    man=('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
      '<manifest:file-entry manifest:full-path="Object 1/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
      '<manifest:file-entry manifest:full-path="Object 1/content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    o=io.BytesIO()
    with zipfile.ZipFile(o,"w") as z:
        z.writestr(zipfile.ZipInfo("mimetype",FIXED),"application/vnd.oasis.opendocument.text")
        for n,d in (("content.xml",content),("Object 1/content.xml",obj),("META-INF/manifest.xml",man)):
            zi=zipfile.ZipInfo(n,FIXED); zi.compress_type=zipfile.ZIP_DEFLATED; z.writestr(zi,d)
    return o.getvalue()
write("e18_odt_object_id.odt", odt_with_object([["姓名","身份证号"],["陈立新",ID2]]))
L("e18_odt_object_id.odt","block",["id_card"],[ID2],"hand-written ODT with an embedded Calc object (Object 1/content.xml) holding an ID; LibreOffice converts it to DOCX with the object as an embedded workbook (checked by hand: see README)")
write("e19_odt_object_clean.odt", odt_with_object([["姓名","身份证号"],["陈某某","330106********1521"]]))
L("e19_odt_object_clean.odt","pass",[],[],"twin of e18, masked ID only")

# labels of JS-made files
L("i03_pptx_screenshot_mobile.pptx","review",["mobile_phone"],[MOB2],"pptxgenjs slide with text and a chat screenshot (PNG) showing a mobile after 手机 (OCR)")
L("i04_pptx_screenshot_clean.pptx","pass",[],[],"pptxgenjs slide with its own text and a screenshot of a service guide (12345 only)")
L("i06_docx_text_pic_id.docx","block",["id_card"],[ID2],"npm docx: two paragraphs and a pasted picture of a 身份证 copy line with an ID (OCR)")
L("i07_docx_text_pic_clean.docx","pass",[],[],"npm docx twin of i06: picture of a service guide, hotline only")
L("p04_pdflib_attach_pdf_id.pdf","block",["id_card"],[ID3],"ReportLab notice, pdf-lib attach(): a ReportLab PDF in the attachments panel holding an ID ending in X")
L("p05_pdflib_portfolio_clean.pdf","pass",[],[],"pdf-lib: notice with /Collection (portfolio) and two clean attachments (DOCX, UTF-8 txt)")
L("p06_pdflib_fileattach_annot_id.pdf","block",["id_card"],[ID2],"pdf-lib low-level FileAttachment annotation (Paperclip) whose embedded note.txt holds an ID")
L("p07_pdflib_fileattach_annot_clean.pdf","pass",[],[],"twin of p06, masked ID only in the attached txt")
L("p08_pdfkit_attach_clean.pdf","pass",[],[],"pdfkit doc.file(): CJK notice with a clean txt attachment")
L("p09_pdfkit_attach_mobile.pdf","review",["mobile_phone"],[MOB2],"pdfkit doc.file(): txt attachment with a mobile after 手机")

# ================= B. PDF attachments with qpdf =================
def qpdf_attach(base, files, out):
    args=["qpdf",base,"--add-attachment"]
    for i,(p,key,mime) in enumerate(files):
        if i: args+=["--add-attachment"]
        args+=[p,"--key="+key,"--filename="+key,"--mimetype="+mime,"--"]
    args=args[:-1]+["--",os.path.join(OUT,out)] if False else args+[os.path.join(OUT,out)]
    run(*args)
open(f"{BUILD}/att_mobile.docx","wb").write(docx_bytes(["报名咨询：钱老师","手机："+MOB1,"报名截止12月10日。"],"报名须知"))
qpdf_attach(f"{BUILD}/clean_notice.pdf",[(f"{BUILD}/att_mobile.docx","报名须知.docx",CT["docx"])],"p01_qpdf_att_docx_mobile.pdf")
L("p01_qpdf_att_docx_mobile.pdf","review",["mobile_phone"],[MOB1],"ReportLab notice + qpdf --add-attachment of a python-docx file with a mobile after 手机")
qpdf_attach(f"{BUILD}/clean_notice.pdf",[(f"{BUILD}/inner_xlsx_id.xlsx","名单.xlsx",CT["xlsx"])],"p02_qpdf_att_xlsx_id.pdf")
L("p02_qpdf_att_xlsx_id.pdf","block",["id_card"],[ID1],"qpdf --add-attachment: openpyxl roster whose D4 holds an ID under 身份证号")
qpdf_attach(f"{BUILD}/clean_notice.pdf",[(f"{BUILD}/inner_clean_att.docx","报送说明.docx",CT["docx"]),(f"{BUILD}/npm_clean.docx","宣传周.docx",CT["docx"])],"p03_qpdf_att_two_clean.pdf")
L("p03_qpdf_att_two_clean.pdf","pass",[],[],"qpdf: two clean DOCX attachments (python-docx, npm docx)")
run("qpdf",f"{OUT}/p04_pdflib_attach_pdf_id.pdf","--add-attachment",f"{BUILD}/inner_clean_att.docx","--key=说明.docx","--",f"{BUILD}/lvl1.pdf")
qpdf_attach(f"{BUILD}/clean_notice.pdf",[(f"{BUILD}/lvl1.pdf","转发件.pdf","application/pdf")],"p10_qpdf_att_pdf_att_pdf_id.pdf")
L("p10_qpdf_att_pdf_att_pdf_id.pdf","review",["unreadable"],[ID3],"PDF > attached PDF (clean cover) > attached PDF holding an ID: two levels; README: attachments one level deep, deeper nesting unreadable")
open(f"{BUILD}/bank.csv","w",encoding="utf-8").write("序号,姓名,开户银行,银行卡号,补贴金额（元）\n1,吴德明,市农商行,"+CARD1+",1200\n")
qpdf_attach(f"{BUILD}/clean_notice.pdf",[(f"{BUILD}/bank.csv","发放明细.csv","text/csv")],"p11_qpdf_att_csv_card.pdf")
L("p11_qpdf_att_csv_card.pdf","block",["bank_card"],[CARD1],"qpdf attachment: UTF-8 CSV with a UnionPay card (Luhn) under 银行卡号")
# Chromium PDF with a stamp picture of a marking + text
def chromium_pdf(html, out):
    hp=f"{BUILD}/_c.html"; open(hp,"w",encoding="utf-8").write(html)
    run("chromium","--headless","--no-sandbox","--disable-gpu","--no-pdf-header-footer","--print-to-pdf="+os.path.join(OUT,out),"file://"+hp,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
def b64png(im): return "data:image/png;base64,"+base64.b64encode(png_bytes(im)).decode()
stamp=text_image([("机密★1年",72)],w=560,pad=30,size=72,h=140,red_first=True)
chromium_pdf("<html><head><meta charset=utf-8><title>报告</title></head><body style='font-family:Noto Serif CJK SC;font-size:16pt'>"
  f"<img src='{b64png(stamp)}' style='width:280px'><h2>关于重点项目推进情况的报告</h2>"+"".join(f"<p>{t}</p>" for t in NOTICE)+"</body></html>","i05_chromium_pic_marking.pdf")
L("i05_chromium_pic_marking.pdf","block",["classified_marking"],[],"Chromium print-to-pdf: a picture (PNG in data: URI) of a red 机密★1年 at the page head, body text below; marking only in the picture (OCR)")
chromium_pdf("<html><head><meta charset=utf-8><title>报告</title></head><body style='font-family:Noto Serif CJK SC;font-size:16pt'>"
  f"<img src='{b64png(text_image([('政务公开',72)],w=560,pad=30,size=72,h=140,red_first=True))}' style='width:280px'><h2>关于重点项目推进情况的报告</h2>"+"".join(f"<p>{t}</p>" for t in NOTICE)+"</body></html>","i08_chromium_pic_banner_clean.pdf")
L("i08_chromium_pic_banner_clean.pdf","pass",[],[],"twin of i05: picture of a red 政务公开 banner")

# ================= C. archives =================
def zbytes(members, enc_gbk=()):
    o=io.BytesIO()
    with zipfile.ZipFile(o,"w",zipfile.ZIP_DEFLATED) as z:
        for n,d in members:
            zi=zipfile.ZipInfo(n,FIXED); zi.compress_type=zipfile.ZIP_DEFLATED; z.writestr(zi,d)
    return o.getvalue()
id_docx=docx_bytes(["经审核，下列人员符合条件：","陈立新，身份证号"+ID4+"。"],"审核结果")
clean_docx=b(f"{BUILD}/npm_clean.docx")
write("a01_zip_docx_id.zip", zbytes([("审核结果.docx",id_docx),("通知.pdf",b(f"{BUILD}/clean_notice.pdf"))]))
L("a01_zip_docx_id.zip","block",["id_card"],[ID4],"python zipfile: a DOCX with an ID and a clean PDF, one level")
inner=zbytes([("审核结果.docx",id_docx)])
write("a02_zip_in_zip_id.zip", zbytes([("说明.txt","材料见压缩包。\n".encode()),("材料.zip",inner)]))
L("a02_zip_in_zip_id.zip","review",["unreadable"],[ID4],"ZIP > ZIP > DOCX with an ID; README: an archive in an archive is unreadable (review)")
write("a03_zip_in_zip_clean.zip", zbytes([("说明.txt","材料见压缩包。\n".encode()),("材料.zip",zbytes([("宣传周.docx",clean_docx)]))]))
L("a03_zip_in_zip_clean.zip","review",["unreadable"],[],"ZIP > ZIP of a clean DOCX: the inner archive is unreadable by the README, so review though clean")
l3=zbytes([("名单.xlsx",b(f"{BUILD}/inner_xlsx_id.xlsx"))]); l2=zbytes([("第二层.zip",l3)])
write("a04_zip_3levels_id.zip", zbytes([("第一层.zip",l2)]))
L("a04_zip_3levels_id.zip","review",["unreadable"],[ID1],"three-level ZIP with an ID workbook at the bottom; nested archive unreadable")
shutil.rmtree(f"{BUILD}/7z",ignore_errors=True); os.makedirs(f"{BUILD}/7z/a"); os.makedirs(f"{BUILD}/7z/b")
open(f"{BUILD}/7z/a/值班表.xlsx","wb").write(xlsx_bytes([("值班",[["日期","值班人","联系电话"],["12月1日","郑凯",MOB3],["12月2日","林某","0571-87051234"]])]))
open(f"{BUILD}/7z/b/通知.docx","wb").write(clean_docx); open(f"{BUILD}/7z/b/通知.pdf","wb").write(b(f"{BUILD}/clean_notice.pdf"))
for f in ("a05_7z_xlsx_mobile.7z","a06_7z_clean.7z"):
    if os.path.exists(f"{OUT}/{f}"): os.remove(f"{OUT}/{f}")
run("7z","a","-bd","-bso0",f"{OUT}/a05_7z_xlsx_mobile.7z",".",cwd=f"{BUILD}/7z/a")
L("a05_7z_xlsx_mobile.7z","review",["mobile_phone"],[MOB3],"7z archive of an openpyxl duty roster with a mobile under 联系电话")
run("7z","a","-bd","-bso0",f"{OUT}/a06_7z_clean.7z",".",cwd=f"{BUILD}/7z/b")
L("a06_7z_clean.7z","pass",[],[],"7z of a clean npm-docx notice and a ReportLab PDF")
def targz(out, members, gz=True):
    o=io.BytesIO()
    with tarfile.open(fileobj=o,mode="w") as t:
        for n,d in members:
            ti=tarfile.TarInfo(n); ti.size=len(d); ti.mtime=1795000000; ti.uname=ti.gname="office"; t.addfile(ti,io.BytesIO(d))
    data=o.getvalue()
    if gz: data=gzip.compress(data,mtime=0)
    write(out,data)
targz("a07_targz_txt_marking.tar.gz",[("材料/说明.txt","请查收。\n".encode()),("材料/报告.txt",("机密★1年\n关于重点项目推进情况的报告\n各区完成情况良好。\n").encode())])
L("a07_targz_txt_marking.tar.gz","block",["classified_marking"],[],"tar.gz (tarfile+gzip; treated as one archive) with a UTF-8 text starting 机密★1年")
targz("a08_targz_clean.tar.gz",[("材料/说明.txt","请查收。\n".encode()),("材料/通知.docx",clean_docx)])
L("a08_targz_clean.tar.gz","pass",[],[],"tar.gz of a clean text and npm-docx notice")
targz("a09_tar_docx_id.tar",[("审核结果.docx",id_docx)],gz=False)
L("a09_tar_docx_id.tar","block",["id_card"],[ID4],"plain tar holding a DOCX with an ID")
write("a10_gz_txt_id.txt.gz", gzip.compress(("补录名单\n周建华 身份证号 "+ID2+"\n").encode("gb18030"),mtime=0))
L("a10_gz_txt_id.txt.gz","block",["id_card"],[ID2],"a single GB18030 text compressed with gzip")
def gbk_zip(members):
    # write with placeholder ASCII names of equal byte length, then patch GBK bytes in (no UTF-8 flag)
    ph=[]; ms=[]
    for i,(n,d) in enumerate(members):
        g=n.encode("gbk"); p=(f"N{i}"+"x"*len(g))[:len(g)]
        assert len(p)==len(g); ph.append((p.encode(),g)); ms.append((p,d))
    z=zbytes(ms)
    for p,g in ph: z=z.replace(p,g)
    return z
write("a11_zip_gbk_names_id.zip", gbk_zip([("公示名单.txt",("公示名单\n陈立新 身份证号 "+ID1+"\n").encode("gbk")),("说明.txt","请查收。".encode("gbk"))]))
L("a11_zip_gbk_names_id.zip","block",["id_card"],[ID1],"ZIP with GBK-encoded member names (no UTF-8 flag, as Windows zip tools write) and GBK text holding an ID")
write("a12_zip_gbk_names_clean.zip", gbk_zip([("公示名单.txt",("公示名单\n陈某某 身份证号 110101********4637\n").encode("gbk")),("说明.txt","请查收。".encode("gbk"))]))
L("a12_zip_gbk_names_clean.zip","pass",[],[],"twin of a11, masked ID")
page_img=text_image(["补录人员信息","姓名：周建华","公民身份号码："+ID2],w=1000,size=44)
html_di=("<html><head><meta charset='utf-8'><title>补录说明</title></head><body><h1>关于补录困难群众救助信息的说明</h1>"
  "<p>根据核查结果，现将补录人员的证件信息截图附后，请各街道做好信息更新。</p>"
  f"<p><img src='{b64png(page_img)}' width='500'></p></body></html>")
write("a13_zip_html_datauri_pic_id.zip", zbytes([("index.html",html_di.encode()),("readme.txt","网页存档\n".encode())]))
L("a13_zip_html_datauri_pic_id.zip","block",["id_card"],[ID2],"ZIP holding an HTML page whose only problem is a data: URI PNG showing an ID (OCR inside a page inside an archive)")
many=[(f"栏目/通知{i:02d}.html",f"<html><head><meta charset='utf-8'><title>通知{i}</title></head><body><p>第{i}期政务公开简报：本期共发布信息{i*3}条，咨询电话12345。</p></body></html>".encode()) for i in range(1,31)]
write("a14_zip_many_one_deep_mobile.zip", zbytes(many+[("栏目/2026/11/附件/材料/报名表.docx",docx_bytes(["报名咨询：钱老师，手机"+MOB4+"。"],"报名表"))]))
L("a14_zip_many_one_deep_mobile.zip","review",["mobile_phone"],[MOB4],"ZIP with 30 clean HTML pages and one DOCX five folders deep (folders, not nested archives) holding a mobile")
write("a15_zip_many_clean.zip", zbytes(many+[("栏目/2026/11/附件/材料/报名表.docx",docx_bytes(["报名咨询：市文化馆，电话0571-87051234。"],"报名表"))]))
L("a15_zip_many_clean.zip","pass",[],[],"twin of a14, landline")
shutil.rmtree(f"{BUILD}/enc",ignore_errors=True); os.makedirs(f"{BUILD}/enc")
open(f"{BUILD}/enc/notice.txt","w").write("关于开展垃圾分类宣传周活动的通知\n咨询电话：12345。\n")
if os.path.exists(f"{OUT}/a16_zip_encrypted_member.zip"): os.remove(f"{OUT}/a16_zip_encrypted_member.zip")
run("zip","-q","-P","gov2026","-X",f"{OUT}/a16_zip_encrypted_member.zip","notice.txt",cwd=f"{BUILD}/enc")
L("a16_zip_encrypted_member.zip","review",["unreadable"],[],"Info-ZIP -P (ZipCrypto) encrypted member with clean text: README says encrypted members are unreadable")
write("a17_zip_office_clean.zip", zbytes([("通知.docx",clean_docx),("附表.xlsx",xlsx_bytes([("汇总",[["项目","金额（万元）"],["办公设备",12.5]])])),("通知.pdf",b(f"{BUILD}/clean_notice.pdf"))]))
L("a17_zip_office_clean.zip","pass",[],[],"zip of clean DOCX/XLSX/PDF")
write("a18_zip_docx_emb_xlsx_clean.zip", zbytes([("通知.docx",b(f"{OUT}/e02_docx_emb_xlsx_clean.docx"))]))
L("a18_zip_docx_emb_xlsx_clean.zip","review",["unreadable"],[],"ZIP holding e02 (DOCX with a clean embedded workbook): the workbook is two levels below the upload; README: members and embeddings are read one level deep, deeper nesting unreadable. Relabelled pass->review after the first run")

# ================= D. HTML / MHT / EML =================
def mht(html, pics, out):
    bd="----=_NextPart_000_0000_01DB4A2C.5E3F1A20"
    parts=[f"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/art/2026/11/20/art_1_1.html\r\nSubject: =?utf-8?B?{base64.b64encode('通知'.encode()).decode()}?=\r\nDate: Fri, 20 Nov 2026 09:00:00 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{bd}\"\r\n\r\n"]
    import quopri
    parts.append(f"--{bd}\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: http://www.example.gov.cn/art/2026/11/20/art_1_1.html\r\n\r\n"+quopri.encodestring(html.encode()).decode().replace("\n","\r\n")+"\r\n")
    for name,im in pics:
        data=base64.encodebytes(png_bytes(im)).decode().replace("\n","\r\n")
        parts.append(f"--{bd}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: http://www.example.gov.cn/picture/{name}\r\n\r\n{data}\r\n")
    parts.append(f"--{bd}--\r\n")
    write(out,"".join(parts).encode())
page=lambda img: ("<html><head><meta charset='utf-8'><title>关于补录困难群众救助信息的说明</title></head><body><h1>关于补录困难群众救助信息的说明</h1>"
   "<p>根据核查结果，现将补录人员的证件材料扫描附后，请各街道按要求做好信息更新工作。</p>"
   f"<p><img src='http://www.example.gov.cn/picture/{img}' width='500'></p><p>市民政局 2026年11月20日</p></body></html>")
mht(page("scan1.png"),[("scan1.png",im_id_photo)],"h01_mht_pic_id.mht")
L("h01_mht_pic_id.mht","block",["id_card"],[ID2],"hand-written MHTML (saved page): text plus a PNG part showing an ID (OCR of the picture)")
mht(page("scan1.png"),[("scan1.png",im_clean_shot)],"h02_mht_pic_clean.mht")
L("h02_mht_pic_clean.mht","pass",[],[],"twin of h01: the picture is a service-guide screenshot with 12345")
mark_img=text_image([("机密★1年",64),"关于重点项目推进情况的报告","各区完成情况良好。"],w=1100,size=40,red_first=True)
mht(page("scan2.png").replace("证件材料","报告原件"),[("scan2.png",mark_img)],"h03_mht_pic_marking.mht")
L("h03_mht_pic_marking.mht","block",["classified_marking"],[],"MHTML whose picture is the head of a report with a red 机密★1年 (OCR)")
def srcdoc(inner): return inner.replace("&","&amp;").replace('"',"&quot;")
inner_bad="<p>踏勘联系人：刘工，手机"+MOB3+"</p>"
write("h04_html_iframe_srcdoc_mobile.html","<!doctype html><html><head><meta charset='utf-8'><title>踏勘通知</title></head><body><h1>关于现场踏勘安排的通知</h1><p>踏勘安排见下框。</p>"
      f"<iframe srcdoc=\"{srcdoc('<html><body>'+inner_bad+'</body></html>')}\" width='600' height='120'></iframe></body></html>")
L("h04_html_iframe_srcdoc_mobile.html","review",["mobile_phone"],[MOB3],"HTML page embedding a page via iframe srcdoc; the mobile only in the srcdoc")
write("h05_html_iframe_srcdoc_clean.html","<!doctype html><html><head><meta charset='utf-8'><title>踏勘通知</title></head><body><h1>关于现场踏勘安排的通知</h1><p>踏勘安排见下框。</p>"
      f"<iframe srcdoc=\"{srcdoc('<html><body><p>踏勘联系：市公共资源交易中心 0571-87051234</p></body></html>')}\" width='600' height='120'></iframe></body></html>")
L("h05_html_iframe_srcdoc_clean.html","pass",[],[],"twin of h04")
pg="<html><head><meta charset='utf-8'></head><body><p>资格审核通过人员：陈立新，身份证号"+ID3+"</p></body></html>"
write("h06_html_iframe_datauri_id.html","<!doctype html><html><head><meta charset='utf-8'><title>审核结果</title></head><body><h1>资格审核结果公告</h1><p>审核结果见下。</p>"
      f"<iframe src='data:text/html;base64,{base64.b64encode(pg.encode()).decode()}' width='600' height='100'></iframe></body></html>")
L("h06_html_iframe_datauri_id.html","block",["id_card"],[ID3],"iframe src=data:text/html;base64 page holding an ID")
def eml(out, body, atts, nested=None):
    m=EmailMessage(); m["From"]="综合科 <zhb@example.gov.cn>"; m["To"]="xxgk@example.gov.cn"; m["Subject"]="转发：报送材料"
    m["Date"]="Fri, 20 Nov 2026 09:00:00 +0800"; m["Message-ID"]="<20261120090000.1@example.gov.cn>"
    m.set_content(body)
    for name,data,mt in atts:
        ma,mb=mt.split("/"); m.add_attachment(data,maintype=ma,subtype=mb,filename=name)
    if nested is not None: m.add_attachment(nested)
    write(out,m.as_bytes())
eml("h07_eml_att_xlsx_id.eml","各位：\n名单见附件，请审核后发布。\n",[("名单.xlsx",b(f"{BUILD}/inner_xlsx_id.xlsx"),CT["xlsx"])])
L("h07_eml_att_xlsx_id.eml","block",["id_card"],[ID1],"python email: message with an openpyxl attachment holding an ID (sender/recipient addresses are email info)")
eml("h08_eml_att_docx_clean.eml","各位：\n通知见附件，请审核后发布。\n",[("通知.docx",clean_docx,CT["docx"])])
L("h08_eml_att_docx_clean.eml","pass",[],[],"python email with a clean npm-docx attachment; agency mailboxes only")
inner_msg=EmailMessage(); inner_msg["From"]="钱老师 <qian@example.com>"; inner_msg["To"]="zhb@example.gov.cn"; inner_msg["Subject"]="报名事宜"
inner_msg["Date"]="Thu, 19 Nov 2026 16:00:00 +0800"; inner_msg.set_content("报名有问题请联系我，手机"+MOB5+"。\n")
eml("h09_eml_nested_msg_mobile.eml","转发原邮件，请参考。\n",[],nested=inner_msg)
L("h09_eml_nested_msg_mobile.eml","review",["mobile_phone"],[MOB5],"python email with an attached message/rfc822 whose body holds a mobile")

# ================= E. pictures as the body =================
def docx_pic_only(im):
    d=Document(); cp=d.core_properties; cp.author=AUTHOR; cp.last_modified_by=AUTHOR
    d.add_picture(io.BytesIO(png_bytes(im)),width=Cm(16)); o=io.BytesIO(); d.save(o); return o.getvalue()
scan_id=scan_page(["关于公布低保对象复核结果的通知","各街道：","经复核，下列对象继续享受低保待遇：","周建华，公民身份号码"+ID2,"特此通知。"])
write("i01_docx_scan_only_id.docx", docx_pic_only(scan_id))
L("i01_docx_scan_only_id.docx","block",["id_card"],[ID2],"python-docx whose only content is a scanned page (PNG) with an ID; OCR finding stands (and ocr_only/image_only review)")
scan_clean=scan_page(["关于开展垃圾分类宣传周活动的通知","各街道、社区：","定于12月开展宣传周活动。","咨询电话：12345。","特此通知。"])
write("i02_docx_scan_only_clean.docx", docx_pic_only(scan_clean))
L("i02_docx_scan_only_clean.docx","review",["unreadable"],[],"python-docx whose body is only a clean scanned page: README says a document whose body is only pictures goes to a person (unreadable.image_only/ocr_only)")
def zip_pic(out,im): write(out, zbytes([("扫描件.png",png_bytes(im)),("说明.txt","扫描件见附件。\n".encode())]))
zip_pic("a19_zip_png_scan_clean.zip", scan_clean)
L("a19_zip_png_scan_clean.zip","review",["unreadable"],[],"ZIP holding a clean scanned PNG: a picture as an uploaded file is ocr_only (review) per README")
zip_pic("a20_zip_png_scan_id.zip", scan_id)
L("a20_zip_png_scan_id.zip","block",["id_card"],[ID2],"ZIP holding a scanned PNG with an ID")

json.dump(LABELS,open(os.path.join(OUT,"labels.json"),"w"),ensure_ascii=False,indent=1)
print(len(LABELS),"labels;",sum(1 for l in LABELS if l["expect_verdict"]=="pass"),"pass")
