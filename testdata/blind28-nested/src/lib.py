import io, os, re, zipfile, base64
from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.shared import Pt, Cm
import openpyxl
from values import *
HERE=os.path.dirname(os.path.abspath(__file__))
OUT=os.path.dirname(HERE)
BUILD=os.path.join(HERE,"build")
os.makedirs(BUILD,exist_ok=True)
SANS="/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF="/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
AUTHOR="综合科"
FIXED=(2026,11,20,9,0,0)

def font(sz,serif=False): return ImageFont.truetype(SERIF if serif else SANS, sz, index=2)

def text_image(lines, w=1240, pad=80, size=40, gap=1.8, red_first=False, h=None, serif=False):
    f=font(size,serif)
    hh=h or int(pad*2+len(lines)*size*gap)
    im=Image.new("RGB",(w,hh),"white"); d=ImageDraw.Draw(im)
    y=pad
    for i,l in enumerate(lines):
        col=(200,0,0) if (red_first and i==0) else (0,0,0)
        if isinstance(l,tuple): l,sz=l; ff=font(sz,serif)
        else: sz=size; ff=f
        d.text((pad,y),l,font=ff,fill=col); y+=int(sz*gap)
    return im

def png_bytes(im):
    b=io.BytesIO(); im.save(b,"PNG"); return b.getvalue()

def docx_doc(paras, title=None):
    d=Document()
    cp=d.core_properties; cp.author=AUTHOR; cp.last_modified_by=AUTHOR; cp.title=title or ""; cp.comments=""
    if title: d.add_heading(title,1)
    for p in paras:
        if isinstance(p,list):
            t=d.add_table(rows=len(p),cols=len(p[0])); t.style="Table Grid"
            for i,r in enumerate(p):
                for j,c in enumerate(r): t.cell(i,j).text=str(c)
        else: d.add_paragraph(p)
    return d

def docx_bytes(paras,title=None,pictures=()):
    d=docx_doc(paras,title)
    for im in pictures: d.add_picture(io.BytesIO(png_bytes(im)),width=Cm(15))
    b=io.BytesIO(); d.save(b); return b.getvalue()

def xlsx_bytes(sheets):
    wb=openpyxl.Workbook(); wb.properties.creator=AUTHOR; wb.properties.lastModifiedBy=AUTHOR
    first=True
    for name,rows in sheets:
        ws=wb.active if first else wb.create_sheet(); first=False; ws.title=name
        for r in rows: ws.append(r)
        for col in "ABCDEF": ws.column_dimensions[col].width=22
    b=io.BytesIO(); wb.save(b); return b.getvalue()

def pdf_bytes(lines, title="通知", attach_note=None):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    b=io.BytesIO(); c=canvas.Canvas(b,pagesize=(595,842),invariant=1)
    c.setAuthor(AUTHOR); c.setTitle(title); c.setCreator("office"); c.setProducer("office")
    y=780
    c.setFont("STSong-Light",18); c.drawString(72,y,title); y-=36
    c.setFont("STSong-Light",12)
    for l in lines: c.drawString(72,y,l); y-=22
    c.showPage(); c.save(); return b.getvalue()

def rezip(src_bytes, add=None, replace=None):
    """rewrite a zip package: add {name: bytes}; replace {name: func(bytes)->bytes}"""
    add=add or {}; replace=replace or {}
    zin=zipfile.ZipFile(io.BytesIO(src_bytes)); b=io.BytesIO()
    with zipfile.ZipFile(b,"w",zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data=zin.read(it.filename)
            if it.filename in replace: data=replace[it.filename](data)
            zi=zipfile.ZipInfo(it.filename,FIXED); zi.compress_type=zipfile.ZIP_DEFLATED
            z.writestr(zi,data)
        for n,data in add.items():
            zi=zipfile.ZipInfo(n,FIXED); zi.compress_type=zipfile.ZIP_DEFLATED; z.writestr(zi,data)
    return b.getvalue()

def ct_add(ct_xml, defaults=(), overrides=()):
    s=ct_xml.decode()
    for ext,ctype in defaults:
        if f'Extension="{ext}"' not in s:
            s=s.replace("</Types>",f'<Default Extension="{ext}" ContentType="{ctype}"/></Types>')
    for part,ctype in overrides:
        s=s.replace("</Types>",f'<Override PartName="{part}" ContentType="{ctype}"/></Types>')
    return s.encode()

def rels_add(rels_xml, rid, rtype, target):
    s=rels_xml.decode()
    return s.replace("</Relationships>",f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/></Relationships>').encode()

PKG_REL="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
OLE_REL="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"
IMG_REL="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
CT={"xlsx":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx":"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx":"application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "bin":"application/vnd.openxmlformats-officedocument.oleObject",
    "pdf":"application/pdf"}
PROG={"xlsx":"Excel.Sheet.12","docx":"Word.Document.12","pptx":"PowerPoint.Show.12","bin":"Package","pdf":"Package"}

def icon_png(label="附件"):
    im=Image.new("RGB",(96,96),(230,236,245)); d=ImageDraw.Draw(im)
    d.rectangle((8,8,88,88),outline=(40,80,160),width=3); d.text((18,30),label,font=font(22),fill=(40,80,160))
    return png_bytes(im)

def docx_embed(host_bytes, inner_bytes, ext, name, caption, progid=None, ole=False):
    """embed inner file into a docx as a Word OLE object (package part or OLE .bin)"""
    progid=progid or PROG[ext]
    target=f"embeddings/{name}"
    obj=(f'<w:p><w:r><w:t>{caption}</w:t></w:r></w:p>'
         f'<w:p><w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440">'
         f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:72pt;height:72pt" o:ole="">'
         f'<v:imagedata r:id="rIdIco1" o:title=""/></v:shape>'
         f'<o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1700000001" r:id="rIdEmb1"/>'
         f'</w:object></w:r></w:p>')
    def doc(x):
        s=x.decode()
        for p,u in (("v","urn:schemas-microsoft-com:vml"),("o","urn:schemas-microsoft-com:office:office")):
            if f"xmlns:{p}=" not in s: s=s.replace("<w:document ",f'<w:document xmlns:{p}="{u}" ',1)
        i=s.rfind("<w:sectPr"); s=s[:i]+obj+s[i:]
        return s.encode()
    def rels(x):
        x=rels_add(x,"rIdEmb1",OLE_REL if ole else PKG_REL,target)
        return rels_add(x,"rIdIco1",IMG_REL,"media/embicon1.png")
    def ct(x): return ct_add(x,defaults=[(ext,CT[ext]),("png","image/png")])
    return rezip(host_bytes,add={"word/"+target:inner_bytes,"word/media/embicon1.png":icon_png()},
                 replace={"word/document.xml":doc,"word/_rels/document.xml.rels":rels,"[Content_Types].xml":ct})

def write(name,data):
    p=os.path.join(OUT,name)
    with open(p,"wb") as f: f.write(data if isinstance(data,bytes) else data.encode())
    return p
