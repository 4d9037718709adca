import subprocess, os, glob, math, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps
T="gen/tmp"; os.makedirs(T, exist_ok=True)
CH=["chromium","--headless","--no-sandbox","--disable-gpu","--hide-scrollbars"]
def sh(*a): subprocess.run(a, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def pdf(html, name):
    h=f"{T}/{name}.html"; open(h,"w").write(html); p=f"{T}/{name}.pdf"
    sh(*CH, "--no-pdf-header-footer", f"--print-to-pdf={p}", h); return p
def scan(html, name, dpi=200, gray=True):
    """render html to pdf, rasterise every page; returns list of PIL images"""
    p=pdf(html,name)
    for f in glob.glob(f"{T}/{name}-*.png"): os.remove(f)
    sh("pdftoppm","-r",str(dpi),*(["-gray"] if gray else []),"-png",p,f"{T}/{name}")
    return [Image.open(f).copy() for f in sorted(glob.glob(f"{T}/{name}-*.png"))]
def shot(html, name, w=1000, h=700, scale=1):
    hf=f"{T}/{name}.html"; open(hf,"w").write(html); o=f"{T}/{name}.png"
    sh(*CH, f"--screenshot={o}", f"--window-size={w},{h}", f"--force-device-scale-factor={scale}", hf)
    return Image.open(o).copy()
FONT="/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
def seal(img, cx, cy, r, text="江阳市东湖镇人民政府"):
    """red round seal: ring, star, text around the top arc; multiplied over the page"""
    img=img.convert("RGB"); W=2*r+8
    s=Image.new("RGBA",(W,W),(0,0,0,0)); d=ImageDraw.Draw(s); c=W/2
    red=(215,25,30,235)
    d.ellipse([c-r,c-r,c+r,c+r], outline=red, width=max(3,r//18))
    # star
    R=r*0.28; pts=[]
    for k in range(10):
        a=-math.pi/2+k*math.pi/5; rr=R if k%2==0 else R*0.4
        pts.append((c+rr*math.cos(a), c+rr*math.sin(a)))
    d.polygon(pts, fill=red)
    f=ImageFont.truetype(FONT, int(r*0.24))
    n=len(text); span=math.radians(250)
    for i,ch in enumerate(text):
        a=-math.pi/2 - span/2 + span*(i+0.5)/n
        g=Image.new("RGBA",(int(r*0.3),int(r*0.3)),(0,0,0,0)); ImageDraw.Draw(g).text((0,0),ch,font=f,fill=red)
        g=g.rotate(-math.degrees(a)-90, expand=True, resample=Image.BICUBIC)
        x=c+(r*0.72)*math.cos(a)-g.width/2; y=c+(r*0.72)*math.sin(a)-g.height/2
        s.alpha_composite(g,(int(x),int(y)))
    layer=Image.new("RGB", img.size, (255,255,255)); layer.paste(s,(int(cx-c),int(cy-c)),s)
    from PIL import ImageChops
    return ImageChops.multiply(img, layer)
def skew(img, deg): return img.convert("L" if img.mode in("L","1") else "RGB").rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor="white")
def faint(img, lo=150):
    """photocopy: compress greys toward white, add speckle"""
    g=img.convert("L"); g=g.point(lambda v: int(lo + v*(255-lo)/255))
    random.seed(1); px=g.load()
    for _ in range(g.width*g.height//400):
        x=random.randrange(g.width); y=random.randrange(g.height); px[x,y]=max(0,px[x,y]-60)
    return g
def bw(img, thr=150): return img.convert("L").point(lambda v: 255 if v>thr else 0).convert("1")
def photo(img, name, shadow=False, lighting=True, q=70):
    """phone photo of a page on a desk: perspective, lighting gradient, optional shadow"""
    src=f"{T}/{name}_src.png"; img.convert("RGB").save(src); w,h=img.size
    out=f"{T}/{name}_ph.png"
    pts=f"0,0 {int(w*0.06)},{int(h*0.05)}  {w},0 {int(w*0.95)},{int(h*0.02)}  {w},{h} {int(w*0.98)},{int(h*0.97)}  0,{h} {int(w*0.02)},{int(h*0.93)}"
    sh("convert",src,"-virtual-pixel","background","-background","#6b5a48","-distort","Perspective",pts,out)
    im=Image.open(out).convert("RGB")
    if lighting:
        grad=Image.linear_gradient("L").resize(im.size).rotate(35,expand=False,fillcolor=128)
        grad=grad.point(lambda v: int(255-v*0.33))
        im=Image.composite(im, Image.new("RGB",im.size,(0,0,0)), grad)
        im=Image.blend(im, Image.new("RGB",im.size,(255,236,200)), 0.06)
    if shadow:
        m=Image.new("L",im.size,255); d=ImageDraw.Draw(m)
        d.polygon([(0,int(im.height*0.55)),(int(im.width*0.55),im.height),(0,im.height)], fill=150)
        m=m.filter(ImageFilter.GaussianBlur(40))
        im=Image.composite(im, Image.new("RGB",im.size,(0,0,0)), m)
    return im.filter(ImageFilter.GaussianBlur(0.6))
