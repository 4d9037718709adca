#!/usr/bin/python3
"""Generate the blind19-web corpus: CMS pages, saved browser pages and
financial notices, with everything a page carries beyond its visible text.

    /usr/bin/python3 src/gen.py OUTDIR

All values are synthetic (fixed seed 19): IDs carry a correct GB 11643
check digit, cards are Luhn-valid, mobiles are in current 号段.
Pictures are rendered with PIL in Noto Sans CJK.
"""
import base64
import io
import json
import os
import random
import sys
import urllib.parse

from PIL import Image, ImageDraw, ImageFont

R = random.Random(19)
OUT = sys.argv[1] if len(sys.argv) > 1 else "."
WORK = sys.argv[2] if len(sys.argv) > 2 else "/tmp/blind19-web-work"
PHASE = sys.argv[3] if len(sys.argv) > 3 else "pages"
SRC = os.path.dirname(os.path.abspath(__file__))
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANSB = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
LABELS = []


# ---------------------------------------------------------------- values
def gb11643(region, birth):
    seq = "%03d" % R.randint(1, 999)
    body = region + birth + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + "10X98765432"[s % 11]


def luhn(prefix, n):
    while True:
        body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
        for d in "0123456789":
            v = body + d
            s = 0
            for i, c in enumerate(reversed(v)):
                k = int(c)
                if i % 2 == 1:
                    k *= 2
                    if k > 9:
                        k -= 9
                s += k
            if s % 10 == 0:
                return v


def luhn_ok(v):
    s = 0
    for i, c in enumerate(reversed(v)):
        k = int(c)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        s += k
    return s % 10 == 0


def mobile():
    p = R.choice(["138", "139", "158", "187", "199", "177", "135", "152", "183", "166"])
    return p + "".join(str(R.randint(0, 9)) for _ in range(8))


REGIONS = ["330102", "110101", "320106", "440305", "510104", "330106", "350203", "420106"]


def pid():
    y = R.randint(1962, 2001)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return gb11643(R.choice(REGIONS), "%04d%02d%02d" % (y, m, d))


def org_account(n=19, luhn_valid=True, prefix="1202"):
    """A settlement account of an organisation, Luhn-valid on purpose."""
    if luhn_valid:
        return luhn(prefix, n)
    return prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix)))


def uscc():
    """统一社会信用代码 with a correct GB 32100 check character."""
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + "330106" + "".join(R.choice(alpha) for _ in range(9))
    s = sum(alpha.index(c) * w[i] for i, c in enumerate(body))
    return body + alpha[(31 - s % 31) % 31]


# ---------------------------------------------------------------- pictures
def font(path, size):
    return ImageFont.truetype(path, size)


def picture(lines, width=760, fmt="PNG", size=34, mark=None, bg=255):
    """Render lines of text; mark is a GB/T 9704 marking drawn top left in bold."""
    f = font(SANS, size)
    fb = font(SANSB, size + 4)
    lh = int(size * 1.6)
    h = 30 + lh * (len(lines) + (1 if mark else 0)) + 20
    im = Image.new("L", (width, h), bg)
    d = ImageDraw.Draw(im)
    y = 24
    if mark:
        d.text((36, y), mark, font=fb, fill=0)
        y += lh + 6
    for ln in lines:
        d.text((36, y), ln, font=f, fill=0)
        y += lh
    b = io.BytesIO()
    if fmt == "JPEG":
        im.convert("RGB").save(b, "JPEG", quality=82)
    else:
        im = im.quantize(16) if False else im
        im.save(b, "PNG", optimize=True)
    return b.getvalue()


def icon(px, shape=0, color=(200, 30, 30)):
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    if shape == 0:
        d.ellipse((1, 1, px - 2, px - 2), fill=color + (255,))
    elif shape == 1:
        d.rectangle((2, 2, px - 3, px - 3), outline=color + (255,), width=2)
    else:
        d.polygon([(1, px - 2), (px // 2, 1), (px - 2, px - 2)], fill=color + (255,))
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True)
    return b.getvalue()


def graphic(w, h):
    """A picture with no text at all (a gradient banner)."""
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for x in range(w):
        d.line((x, 0, x, h), fill=(20 + x * 60 // w, 80 + x * 40 // w, 160))
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True)
    return b.getvalue()


def uri(data, mime="image/png"):
    return "data:%s;base64,%s" % (mime, base64.b64encode(data).decode())


GIF1 = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def woff_font():
    from fontTools import subset
    from fontTools.ttLib import TTFont
    src = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    opts = subset.Options()
    opts.flavor = "woff"
    ft = TTFont(src)
    s = subset.Subsetter(opts)
    s.populate(text="0123456789+-")
    s.subset(ft)
    b = io.BytesIO()
    ft.flavor = "woff"
    ft.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- templates
def trs(title, body, site="某市人民政府", column="通知公告", src="市政府办公室", extra_head=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="www.example-city.gov.cn" />
<meta name="SiteIDCode" content="3301000019" />
<meta name="ColumnName" content="{column}" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2026-11-18 09:30" />
<meta name="ContentSource" content="{src}" />
<title>{title}_{column}_{site}</title>
<link href="../../images/common.css" rel="stylesheet" type="text/css" />
{extra_head}</head>
<body>
<!--头部开始-->
<div class="header"><div class="logo"><a href="../../"><img src="../../images/logo.png" alt="{site}" /></a></div>
<ul class="nav"><li><a href="../../">首页</a></li><li><a href="../../zwgk/">政务公开</a></li><li><a href="../../bsfw/">办事服务</a></li><li><a href="../../hdjl/">互动交流</a></li></ul></div>
<!--头部结束-->
<div class="main">
<div class="location">当前位置：<a href="../../">首页</a> &gt; <a href="../">{column}</a></div>
<h1 class="title">{title}</h1>
<div class="info">发布时间：2026-11-18 来源：{src} 字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{body}
</div></div>
<!--TRS_Editor结束-->
</div>
<div class="footer"><p>主办：{site}办公室 地址：某市人民大道1号 邮编：310000</p>
<p>网站标识码：3301000019 <a href="https://beian.miit.gov.cn/">浙ICP备05012345号</a> 政务服务热线：12345</p></div>
</body>
</html>
"""


def hanweb(title, body, site="某县人民政府", extra_head="", scripts=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="www.example-xian.gov.cn">
<meta name="SiteIDCode" content="3310820007">
<meta name="ColumnName" content="政策文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-11-21">
<title>{title}</title>
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/script/web_front.js"></script>
{extra_head}</head>
<body>
<div id="barrierfree_container">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<!--<$[标题名称]>begin--><div class="title">{title}</div><!--<$[标题名称]>end-->
<div class="time">发布日期：2026-11-21　　信息来源：县政府办公室　　浏览次数：<span id="c">0</span></div>
<div id="zoom">
<!--<$[信息内容]>begin-->
{body}
<!--<$[信息内容]>end-->
</div>
</td></tr></table>
<div style="display:none"><script>var webid='1';var columnid='4321';</script></div>
</div>
{scripts}
</body>
</html>
"""


def ucap(title, body, site="某省财政厅", extra_head="", tail=""):
    """政府网站集约化平台 article template."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="czt.example.gov.cn">
<meta name="SiteIDCode" content="3300000012">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-11-25 16:02">
<meta name="ContentSource" content="{site}">
<meta name="Keywords" content="通知公告">
<meta name="Description" content="{title}">
<title>{title}</title>
<link rel="stylesheet" href="/static/jyh/css/article.css">
{extra_head}</head>
<body>
<div class="jyh-header"><div class="jyh-w1200"><a class="jyh-logo" href="/">{site}</a></div></div>
<div class="jyh-w1200 jyh-article">
<div class="jyh-crumb">首页 &gt; 政务公开 &gt; 通知公告</div>
<h1 id="UCAP-TITLE">{title}</h1>
<div class="jyh-meta"><span>发布时间：2026-11-25</span><span>来源：{site}</span></div>
<div id="UCAP-CONTENT" class="jyh-content">
{body}
</div>
<div class="jyh-share"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="jyh-footer">主办单位：{site}　网站标识码：3300000012　浙公网安备 33010602000123号</div>
{tail}
</body>
</html>
"""


def wordpress(title, body, extra_head=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; 某街道办事处</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='wp-block-library-css' href='https://jd.example.gov.cn/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='twentytwentyfour-style-css' href='https://jd.example.gov.cn/wp-content/themes/twentytwentyfour/style.css?ver=1.0' media='all' />
<link rel="https://api.w.org/" href="https://jd.example.gov.cn/wp-json/" />
<meta name="generator" content="WordPress 6.4.2" />
{extra_head}</head>
<body class="post-template-default single single-post postid-1287 single-format-standard">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="https://jd.example.gov.cn" rel="home">某街道办事处</a></p></header>
<main class="wp-block-group">
<h1 class="wp-block-post-title">{title}</h1>
<div class="entry-content wp-block-post-content">
{body}
</div>
</main>
<footer class="wp-block-template-part"><p>Proudly powered by WordPress</p></footer>
</div>
</body>
</html>
"""


def plain(title, body, head=""):
    return f"""<html>
<head>
<meta charset="gb2312">
<title>{title}</title>
{head}</head>
<body bgcolor="#FFFFFF">
<center><h2>{title}</h2></center>
{body}
<hr>
<p align="center">某县人民政府办公室 版权所有</p>
</body>
</html>
"""


def chrome_saved(url, inner):
    """Chrome 'Webpage, Complete' puts the mark of the web first."""
    mark = "<!-- saved from url=(%04d)%s -->\n" % (len(url), url)
    if inner.startswith("<!DOCTYPE"):
        first, rest = inner.split("\n", 1)
        return first + "\n" + mark + rest
    return mark + inner


def singlefile(url, inner_head, inner_body, title):
    return f"""<!DOCTYPE html> <html lang="zh-CN"><!--
 Page saved with SingleFile 
 url: {url} 
 saved date: Tue Nov 24 2026 10:12:45 GMT+0800 (中国标准时间)
--><meta charset="utf-8">
<title>{title}</title>
<meta name="referrer" content="no-referrer"><style>{inner_head}</style><link rel="canonical" href="{url}"><meta http-equiv="content-security-policy" content="default-src 'none'; font-src 'self' data:; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src 'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;"><style>img[src="data:,"],source[src="data:,"]{{display:none!important}}</style></head><body>
{inner_body}
</body></html>"""


def mhtml(url, title, html, parts=()):
    """A multipart/related web archive as Chrome's 'Save as MHTML' writes one."""
    import quopri
    boundary = "----MultipartBoundary--Rk19WebBlindCorpus0000000000000000----"
    out = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: " + url,
        "Subject: =?utf-8?Q?%s?=" % quopri.encodestring(title.encode(), header=True).decode().replace("\n", ""),
        "Date: Tue, 24 Nov 2026 10:20:11 +0800",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        '\tboundary="%s"' % boundary,
        "",
        "",
        "--" + boundary,
        "Content-Type: text/html",
        "Content-ID: <frame-4F1C2B@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: " + url,
        "",
        quopri.encodestring(html.encode("utf-8")).decode(),
    ]
    for loc, mime, data in parts:
        out += ["--" + boundary, "Content-Type: " + mime]
        if mime.startswith("text/"):
            out += ["Content-Transfer-Encoding: quoted-printable", "Content-Location: " + loc, "",
                    quopri.encodestring(data).decode()]
        else:
            b = base64.encodebytes(data).decode()
            out += ["Content-Transfer-Encoding: base64", "Content-Location: " + loc, "", b]
    out.append("--" + boundary + "--")
    return "\r\n".join(x.replace("\n", "\r\n") if "\r\n" not in x else x for x in out) + "\r\n"


def write(name, text, verdict, cats, raws, note, enc="utf-8"):
    path = os.path.join(OUT, name)
    if isinstance(text, str) and '<meta charset="gb2312">' in text:
        enc = "gb18030"
    data = text.encode(enc) if isinstance(text, str) else text
    with open(path, "wb") as f:
        f.write(data)
    LABELS.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


NOTICE = "<p>各有关单位：</p><p>根据工作安排，现将有关事项通知如下，请认真贯彻落实。</p>"
MARK_DOC = ["某市人民政府办公室文件", "关于做好重点项目安全保障的通知", "各区、县（市）人民政府："]

SHOT_NAME = "a24_hand_chromium_screenshot_marking.html"
if PHASE == "finish":
    # The picture Chromium rendered from WORK/shot.html (make.sh) goes into a page.
    shot = open(os.path.join(WORK, "shot.png"), "rb").read()
    page = plain("关于印发工作方案的通知", '<p>现将工作方案印发给你们，请认真贯彻执行。</p>'
                 f'<p><img src="{uri(shot)}" width="800"></p>')
    open(os.path.join(OUT, SHOT_NAME), "wb").write(page.encode("gb18030"))
    sys.exit(0)

# ================================================================ must-catch: pictures in data: URIs
# a01 TRS: pasted picture, img src data:
img = picture(MARK_DOC, mark="机密★5年")
write("a01_trs_img_src_marking.html",
      trs("关于转发重点项目保障文件的通知", NOTICE + f'<p style="text-align:center"><img src="{uri(img)}" width="760" border="0" /></p>'),
      "block", ["classified_marking"], [],
      "TRS WCM article: a pasted PNG (img src=data:image/png;base64) of a document head whose top line is the GB/T 9704 marking 机密★5年; OCR must read it")

# a02 Hanweb: style attribute background-image, JPEG
img = picture(["关于印发专项整治方案的通知", "各乡镇人民政府、县直各单位："], mark="秘密★1年", fmt="JPEG")
write("a02_hanweb_style_bg_marking.html",
      hanweb("关于印发专项整治方案的通知", NOTICE + f'<div style="width:760px;height:220px;background-image:url(\'{uri(img, "image/jpeg")}\');background-repeat:no-repeat"></div>'),
      "block", ["classified_marking"], [],
      "Hanweb JCMS #zoom: a JPEG drawn as CSS background-image:url('data:image/jpeg;base64,…') in a style attribute; the picture's head is 秘密★1年")

# a03 集约化: <style> block rule
img = picture(["关于调整部分财政专项资金的报告", "省政府："], mark="机密★10年")
write("a03_ucap_style_block_marking.html",
      ucap("关于调整部分财政专项资金的说明", NOTICE + '<div class="fig-report"></div>',
           extra_head='<style>\n.fig-report{width:760px;height:220px;background:#fff url("%s") no-repeat 0 0}\n</style>\n' % uri(img)),
      "block", ["classified_marking"], [],
      "集约化平台 article: a <style> block rule .fig-report{background:url(\"data:image/png;base64,…\")}; the picture's head is 机密★10年")

# a04 WordPress srcset
img1 = picture(MARK_DOC, mark="机密★5年", width=700)
img2 = picture(MARK_DOC, mark="机密★5年", width=760)
write("a04_wp_srcset_marking.html",
      wordpress("关于转发文件的说明",
                '<p>现将有关文件转发如下。</p>\n<figure class="wp-block-image size-large"><img decoding="async" width="760" height="300" '
                f'src="https://jd.example.gov.cn/wp-content/uploads/2026/11/scan-1024x400.png" '
                f'srcset="{uri(img1)} 1x, {uri(img2)} 2x" sizes="(max-width: 760px) 100vw, 760px" class="wp-image-1290" /></figure>'),
      "block", ["classified_marking"], [],
      "WordPress block image: src is an ordinary upload URL, srcset carries two data:image/png candidates (1x, 2x) whose head is 机密★5年")

# a05 script JSON config, JSON's \/ escaping
img = picture(["关于某某重点工程建设的批复", "某市发展和改革委员会："], mark="绝密★长期")
cfg = json.dumps({"autoplay": True, "slides": [{"title": "工程进展", "img": uri(img)}, {"title": "现场", "img": "/images/s2.jpg"}]}, ensure_ascii=False).replace("/", "\\/")
write("a05_trs_script_json_marking.html",
      trs("重点工程建设进展图集", NOTICE + '<div id="slider"></div>\n<script type="text/javascript">\nvar sliderConfig = ' + cfg + ';\nnew Slider("#slider", sliderConfig);\n</script>'),
      "block", ["classified_marking"], [],
      "TRS page: a slider's JSON config assigned to a script variable; the picture is a data:image\\/png;base64 string with JSON's \\/ escapes, head 绝密★长期")

# a06 lazy loader data-original
img = picture(["关于加强某重点目标安全防范的通知", "各相关单位："], mark="机密★", width=760)
write("a06_hanweb_lazy_data_original.html",
      hanweb("安全防范工作图解", NOTICE + f'<p><img class="lazy" src="/images/loading.gif" data-original="{uri(img)}" width="760" alt="图解" /></p>',
             scripts='<script src="/module/jslib/lazyload/jquery.lazyload.min.js"></script><script>$("img.lazy").lazyload({effect:"fadeIn"});</script>'),
      "block", ["classified_marking"], [],
      "Hanweb page with jquery.lazyload: src is a loading.gif path, the real picture sits in data-original as data:image/png;base64; head 机密★")

# a07 lazy loader data-src with a person's ID (JPEG)
i7 = pid()
img = picture(["困难群众救助对象信息", "姓名：陈志明", "身份证号：" + i7, "救助类别：低保"], fmt="JPEG", size=36)
write("a07_ucap_lazy_data_src_id.html",
      ucap("困难群众救助情况公示", '<p>现将本季度救助情况公示如下：</p>' + f'<p><img data-src="{uri(img, "image/jpeg")}" src="{GIF1}" class="lazyload" alt="" /></p>'),
      "block", ["id_card"], [i7],
      "集约化 page, lazysizes style: src is a 1×1 GIF spacer, data-src a JPEG of a relief record with a person's 身份证号 (OCR)")

# a08 inline SVG text heading the page
write("a08_hand_inline_svg_marking.html",
      plain("关于部署专项行动的通知",
            '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="4" y="30" font-family="SimHei" font-size="24">机密★5年</text></svg>\n'
            '<p>各乡镇人民政府：</p><p>为做好专项行动，现就有关事项通知如下。</p>'),
      "block", ["classified_marking"], [],
      "hand-written page: the first thing in the body is an inline <svg> whose <text> reads 机密★5年 (marking at the head of the document)")

# a09 SVG picture as data: URI, percent-encoded utf8
svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="4" y="40" font-size="30">秘密★1年</text></svg>'
write("a09_trs_img_svg_data_uri.html",
      trs("关于会议安排的通知", f'<p><img src="data:image/svg+xml;charset=utf-8,{urllib.parse.quote(svg)}" alt="" /></p>' + NOTICE),
      "block", ["classified_marking"], [],
      "TRS page: img src=data:image/svg+xml;charset=utf-8,<percent-encoded SVG> whose <text> is 秘密★1年, shown above the notice. docs/ do not say how an SVG picture is read; a reviewer sees the marking")

# a10 iframe srcdoc with marking
inner = "<p style='font-family:黑体'>机密★5年</p><h2>关于某项目选址论证情况的报告</h2><p>经论证，拟定选址如下。</p>"
write("a10_ucap_iframe_srcdoc.html",
      ucap("项目选址论证", NOTICE + '<iframe width="100%" height="400" frameborder="0" srcdoc="' + inner.replace('"', "&quot;") + '"></iframe>'),
      "block", ["classified_marking"], [],
      "集约化 page: an iframe srcdoc document whose first line is 机密★5年")

# a11 iframe src data:text/html;base64 with an ID table
i11a, i11b = pid(), pid()
inner = f"<table border=1><tr><th>姓名</th><th>身份证号</th></tr><tr><td>刘建华</td><td>{i11a}</td></tr><tr><td>赵丽</td><td>{i11b}</td></tr></table>"
inner = "<html><head><meta charset='utf-8'></head><body>" + inner + "</body></html>"
write("a11_trs_iframe_data_html_ids.html",
      trs("拟表彰人员名单公示", NOTICE + f'<iframe src="data:text/html;base64,{base64.b64encode(inner.encode()).decode()}" width="100%" height="300"></iframe>'),
      "block", ["id_card"], [i11a, i11b],
      "TRS page: iframe src=data:text/html;base64 page holding a 姓名/身份证号 table")

# a13 <template> holding a marking picture
img = picture(["关于处置某突发事件的情况通报", "各有关部门："], mark="机密★3年")
write("a13_hanweb_template_img.html",
      hanweb("情况通报", NOTICE + f'<template id="tpl-fig"><figure><img src="{uri(img)}" alt="通报"></figure></template>'),
      "block", ["classified_marking"], [],
      "Hanweb page: a <template> element (never rendered, but published in the page) holds an img data:image/png whose head is 机密★3年")

# a14 <noscript> picture with ID
i14 = pid()
img = picture(["申请人：黄晓燕", "公民身份号码：" + i14], size=36)
write("a14_ucap_noscript_img_id.html",
      ucap("公租房资格审核结果公示", '<p>以下申请人通过资格审核：</p><p>黄某燕等3户。</p>' + f'<noscript><img src="{uri(img)}" alt=""></noscript>'),
      "block", ["id_card"], [i14],
      "集约化 page: a <noscript> fallback img data:image/png of an applicant's 公民身份号码 (OCR); the visible text is masked")

# a15 JSON-LD image
img = picture(["关于开展某专项检查的通知", "各区县："], mark="秘密★6个月")
ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "专项检查通知",
                 "image": [uri(img)], "datePublished": "2026-11-20T09:00:00+08:00",
                 "publisher": {"@type": "GovernmentOrganization", "name": "某市人民政府"}}, ensure_ascii=False).replace("/", "\\/")
write("a15_wp_jsonld_image.html",
      wordpress("专项检查通知", NOTICE, extra_head='<script type="application/ld+json">' + ld + '</script>\n'),
      "block", ["classified_marking"], [],
      "WordPress (Yoast-like) JSON-LD in the head: NewsArticle.image is a data:image\\/png;base64 string (JSON \\/ escapes) whose head is 秘密★6个月")

# a16 commented-out picture
img = picture(MARK_DOC, mark="机密★5年")
write("a16_trs_comment_img.html",
      trs("关于做好安全保障的通知", NOTICE + f'<!-- <p><img src="{uri(img)}" /></p> 原件扫描，发布前替换 -->\n<p>详见附件。</p>'),
      "block", ["classified_marking"], [],
      "TRS page: a commented-out <img src=data:image/png> (with the editor's note 原件扫描，发布前替换) of a 机密★5年 document head; the comment ships in the page source. docs/ say comments are read; whether a data: URI inside a comment is opened they do not say")

# a18 link to data:text/plain with ID list
i18a, i18b, i18c = pid(), pid(), pid()
txt = f"序号,姓名,身份证号\n1,周强,{i18a}\n2,吴静,{i18b}\n3,郑海,{i18c}\n"
write("a18_ucap_link_data_text.html",
      ucap("补贴名单下载", '<p>名单请点击下载：</p>' + f'<p><a download="名单.csv" href="data:text/csv;charset=utf-8;base64,{base64.b64encode(txt.encode()).decode()}">补贴名单.csv</a></p>'),
      "block", ["id_card"], [i18a, i18b, i18c],
      "集约化 page: <a download href=data:text/csv;charset=utf-8;base64,…> opens a CSV with three 身份证号")

# a19 Chrome 'save as complete' with pasted ID picture
i19 = pid()
m19 = mobile()
img = picture(["来访人员登记", "姓名：孙立平　手机：" + m19, "身份证：" + i19], size=34)
inner = trs("来访接待情况", '<p>接待情况如下。</p>' + f'<p><img src="./来访接待情况_files/logo.png"><img src="{uri(img)}"></p>')
write("a19_chrome_complete_pasted_id.html",
      chrome_saved("http://www.example-city.gov.cn/art/2026/11/18/art_1229_5831.html", inner),
      "block", ["id_card"], [i19, m19],
      "Chrome 'Webpage, Complete' (mark of the web first, _files/ links) with a pasted PNG of a visitor's 身份证 and mobile (OCR); mobile expected as well but its category not required")

# a20 SingleFile CSS variables
img = picture(["关于某工程建设用地的情况说明", "市自然资源和规划局："], mark="秘密★2年")
write("a20_singlefile_css_var.html",
      singlefile("https://zrzy.example.gov.cn/art/2026/11/2/art_1289_77.html",
                 ':root{--sf-img-3:url("%s");--sf-img-5:url("%s")}.fig{width:760px;height:200px}' % (uri(img), GIF1),
                 '<h1>建设用地情况</h1><p>现将有关情况说明如下。</p><div class="fig" style="background-image:var(--sf-img-3)"></div>',
                 "建设用地情况"),
      "block", ["classified_marking"], [],
      "SingleFile extension save: pictures moved into CSS custom properties (--sf-img-3:url(\"data:image/png…\")) in a <style> block and drawn by style=\"background-image:var(--sf-img-3)\"; head 秘密★2年")

# a21 <picture><source srcset> with a mobile
m21 = mobile()
img = picture(["联系人：钱宏伟", "手机：" + m21], size=38)
write("a21_wp_picture_source.html",
      wordpress("活动报名联系方式", '<p>报名请联系：</p>\n<picture><source type="image/png" srcset="%s"><img src="/wp-content/uploads/2026/11/contact.jpg" alt="联系方式"></picture>' % uri(img)),
      "review", ["mobile_phone"], [m21],
      "WordPress post: <picture><source srcset=data:image/png> of a contact card with a private mobile (OCR); <img> fallback is a URL")

# a22 link to data:text/plain percent-encoded with card
c22 = luhn("621700", 19)
txt = f"退费人：林小红\n开户行：中国建设银行某支行\n卡号：{c22}\n"
write("a22_hand_link_data_percent_card.html",
      plain("退费说明", '<p>退费账户信息见<a href="data:text/plain;charset=utf-8,' + urllib.parse.quote(txt) + '">此处</a>。</p>'),
      "block", ["bank_card"], [c22],
      "hand-written page: a link to data:text/plain;charset=utf-8,<percent escapes> holding a person's 卡号 (UnionPay 6217, Luhn)")

# a23 Hanweb #zoom pasted JPEG of a personal card
c23 = luhn("622848", 19)
img = picture(["退费申请表", "户名：马俊峰", "卡号：" + " ".join(c23[i:i + 4] for i in range(0, 19, 4))], fmt="JPEG", size=38)
write("a23_hanweb_pasted_card_jpeg.html",
      hanweb("考试报名费退费公告", '<p>以下考生退费已办理：</p>' + f'<p><img src="{uri(img, "image/jpeg")}" /></p>'),
      "block", ["bank_card"], [c23],
      "Hanweb #zoom: a pasted JPEG of a refund form: 户名 a person, 卡号 6228 48… grouped by four (OCR)")

# ================================================================ internal addresses
write("b01_trs_href_10x.html",
      trs("关于报送年度统计数据的通知", NOTICE + '<p>请登录<a href="http://10.32.5.17:8080/tjbs/login.jsp">统计报送系统</a>填报。</p>'),
      "review", ["internal_address"], [],
      "TRS article: link to a 10.x intranet reporting system (http://10.32.5.17:8080/…)")
write("b02_hanweb_unc_link.html",
      hanweb("关于收集材料的通知", NOTICE + '<p>材料请放至<a href="file://\\\\fs01\\共享\\2026\\材料">共享目录</a>，或直接复制到 \\\\fs01.zf.local\\upload\\办公室 。</p>'),
      "review", ["internal_address"], [],
      "Hanweb article: UNC paths, one in an href (file://\\\\fs01\\共享…) and one in the text (\\\\fs01.zf.local\\upload\\…)")
write("b03_ucap_stylesheet_192.html",
      ucap("年度预算公开", '<p>现将本单位年度预算公开如下。</p>',
           extra_head='<link rel="stylesheet" href="http://192.168.10.21:8081/jyh/css/theme.css">\n'),
      "review", ["internal_address"], [],
      "集约化 page: a <link rel=stylesheet> left pointing at the staging server http://192.168.10.21:8081 (nothing visible)")
write("b04_chrome_img_172.html",
      chrome_saved("http://www.example-city.gov.cn/art/2026/11/20/art_1230_6001.html",
                   trs("会议纪要", '<p>会议照片：</p><p><img src="http://172.16.8.3/upload/2026/11/hy01.jpg" alt=""></p>')),
      "review", ["internal_address"], [],
      "Chrome saved page: an <img src> on the 172.16 intranet upload server")
write("b05_wp_form_action.html",
      wordpress("意见征集", '<form method="post" action="http://10.1.1.5/yjzj/submit.do"><textarea name="yj"></textarea><button>提交</button></form>'),
      "review", ["internal_address"], [],
      "WordPress post: a <form action> posting to http://10.1.1.5 (a link target a reader's browser uses)")
write("b06_trs_script_api_json.html",
      trs("办件查询", '<div id="q"></div><script>var cfg = {"api":"http:\\/\\/10.20.30.40:7001\\/bjcx\\/query","page":10};</script>'),
      "review", ["internal_address"], [],
      "TRS page: a script config string with JSON \\/ escapes pointing at http://10.20.30.40:7001 (docs: strings a script assigns are read)")
write("b08_hanweb_intranet_host.html",
      hanweb("关于使用协同办公系统的通知", NOTICE + '<p>请登录<a href="http://oa.zwnw.local/seeyon/main.do">协同办公系统</a>。</p>'),
      "review", ["internal_address"], [],
      "Hanweb article: a link to an intranet hostname under .local (docs/ name 'URLs of intranet hosts' but no list; .local is mDNS/intranet by RFC 6762)")

# ================================================================ hidden places
m = mobile()
write("c01_trs_hidden_attr_mobile.html",
      trs("办事指南", '<p>办理地点：市民中心2楼。</p><p hidden>经办人 吴敏 手机 %s</p>' % m),
      "review", ["mobile_phone"], [m],
      "TRS page: a <p hidden> naming the clerk with a private mobile")
i = pid()
write("c02_ucap_font0_id.html",
      ucap("评审专家名单", '<p>评审专家：张某、李某、王某。</p><p><span style="font-size:0">王建国 %s</span></p>' % i),
      "block", ["id_card"], [i],
      "集约化 page: a span with font-size:0 holding a name and 身份证号")
write("c03_hand_white_text_note.html",
      plain("关于征收补偿方案的公告",
            '<p>根据有关规定，现将补偿方案公告如下。</p><p><font color="#FFFFFF">此件待分管副市长审定后方可公开，请勿提前发布</font></p>'),
      "review", ["hidden_content"], [],
      "hand-written page on bgcolor #FFFFFF: an editor's note in <font color=#FFFFFF> (text the colour of its background)")
i = pid()
write("c04_hanweb_input_hidden_id.html",
      hanweb("在线申请受理回执", '<p>您的申请已受理。</p><form><input type="hidden" name="sfzh" value="%s"><input type="hidden" name="webid" value="1"></form>' % i),
      "block", ["id_card"], [i],
      "Hanweb page: a hidden <input name=sfzh> whose value is a 身份证号 (beside a platform webid input)")
c = luhn("621226", 19)
write("c06_ucap_offscreen_card.html",
      ucap("慰问金发放情况", '<p>慰问金已发放到位。</p><p aria-hidden="true" style="position:absolute;left:-9999px">户名 韩梅 卡号 %s</p>' % c),
      "block", ["bank_card"], [c],
      "集约化 page: an aria-hidden paragraph moved off the page (left:-9999px) with a person's 卡号 (UnionPay 6212)")
write("c07_trs_style_rule_note.html",
      trs("政府工作报告", '<p>各位代表：</p><p>现在，我代表市人民政府，向大会报告工作。</p><p class="bz">第三部分数据请统计局再核一遍，与省里口径不一致的暂不公开</p>',
          extra_head="<style>.bz{display:none}</style>\n"),
      "review", ["hidden_content"], [],
      "TRS page: an editor's note hidden by the page's own <style> rule .bz{display:none}")
i = pid()
write("c08_hanweb_opacity_id.html",
      hanweb("拟聘人员公示", '<p>拟聘用人员：刘某某。</p><div style="opacity:0">刘振宇 身份证号 %s</div>' % i),
      "block", ["id_card"], [i],
      "Hanweb page: an opacity:0 div with a name and 身份证号")
i = pid()
write("c09_ucap_comment_note_id.html",
      ucap("资助名单公示", '<p>资助对象共12人，名单附后。</p><!-- 张科长：名单原稿含身份证号，如 %s，发布前请删除 -->' % i),
      "block", ["id_card"], [i],
      "集约化 page: an HTML comment left by an editor quoting a 身份证号")
write("c10_wp_before_content_marking.html",
      wordpress("会议通知", '<div class="doc">关于召开工作会议的通知</div><p>各单位：定于下周召开工作会议。</p>',
                extra_head='<style>.doc::before{content:"机密★5年";display:block;font-family:黑体}</style>\n'),
      "block", ["classified_marking"], [],
      "WordPress post: the page's stylesheet draws 机密★5年 above the heading with .doc::before{content:…}")
# ================================================================ financial notices
acc = org_account(19, True, "1202")
write("f01_trs_bid_deposit_org_account.html",
      trs("某道路改造工程招标公告", '<p>一、投标保证金</p><p>投标保证金金额：人民币贰万元整（￥20000.00）。</p>'
          f'<p>收款账户：</p><p>户名：某市公共资源交易中心</p><p>开户银行：中国工商银行某市分行营业部</p><p>账号：{acc}</p>'
          '<p>二、联系方式</p><p>招标人：某市城市建设发展有限公司　联系电话：0571-87051234</p>', column="招标公告", src="市公共资源交易中心"),
      "pass", [], [],
      "TRS tender notice: 投标保证金 收款账户, 户名 a public resource trading centre, a 19-digit ICBC-style account that happens to be Luhn-valid (docs: a company's settlement account is not a card)")
acc2 = "33050161622709" + "".join(str(R.randint(0, 9)) for _ in range(6))
write("f02_ucap_zero_balance_account.html",
      ucap("关于财政零余额账户信息变更的公告", '<p>根据国库集中支付改革要求，现将本单位财政零余额账户信息公告如下：</p>'
           f'<table border="1"><tr><th>户名</th><th>开户银行</th><th>账号</th></tr><tr><td>某县财政局</td><td>中国建设银行某县支行</td><td>{acc2}</td></tr></table>'
           '<p>特此公告。</p>'),
      "pass", [], [],
      "集约化 notice: 财政零余额账户 table, 户名 某县财政局, a 20-digit CCB-style account under 账号")
rows = ""
for name, bank in [("某市人民医院", "中国农业银行某支行"), ("某市第一中学", "中国银行某支行"), ("某市城市管理局", "交通银行某分行")]:
    rows += f"<tr><td>{name}</td><td>{bank}</td><td>{org_account(19, True, R.choice(['1202', '3301', '1901']))}</td></tr>"
write("f03_hanweb_org_accounts_table.html",
      hanweb("关于预算单位银行账户清理情况的公示", '<p>现将各预算单位保留账户公示如下：</p><table border="1"><tr><th>单位名称（户名）</th><th>开户银行</th><th>银行账号</th></tr>' + rows + '</table>'),
      "pass", [], [],
      "Hanweb table of budget units' accounts: 户名 organisations, 19-digit accounts under 银行账号, each Luhn-valid on purpose")
rows, raws = "", []
for name in ["王丽华", "陈国强", "杨帆"]:
    c = luhn(R.choice(["621700", "622208", "621483"]), 19)
    raws.append(c)
    rows += f"<tr><td>{name}</td><td>中国建设银行</td><td>{c}</td><td>300.00</td></tr>"
write("f04_trs_refund_person_cards.html",
      trs("关于退还考试报名费的公告", '<p>因考试取消，现退还报名费，退费账户如下：</p><table border="1"><tr><th>姓名</th><th>开户行</th><th>卡号</th><th>金额（元）</th></tr>' + rows + '</table>'),
      "block", ["bank_card"], raws,
      "TRS 退费 notice: table 姓名/开户行/卡号/金额, persons' UnionPay cards")
c = luhn("436742", 16)
write("f05_ucap_subsidy_person_account.html",
      ucap("2026年耕地地力保护补贴发放公示", '<p>补贴已通过“一卡通”发放：</p>'
           f'<p>户名：李秀英　开户行：某县农村商业银行　账号：{c}　补贴金额：1260.00元</p>'),
      "block", ["bank_card"], [c],
      "集约化 subsidy notice: 户名 a person, 账号 a 16-digit Luhn-valid card not starting 62 (so only its keyword 账号 proves it)")
org = org_account(19, True, "1202")
c = luhn("621799", 19)
write("f06_hanweb_mixed_table.html",
      hanweb("专项资金拨付明细", '<table border="1"><tr><th>收款人（户名）</th><th>开户银行</th><th>账号</th><th>金额（元）</th></tr>'
             f'<tr><td>某市建筑工程有限公司</td><td>中国工商银行某支行</td><td>{org}</td><td>150000.00</td></tr>'
             f'<tr><td>周建平</td><td>中国邮政储蓄银行某支行</td><td>{c}</td><td>3200.00</td></tr></table>'),
      "block", ["bank_card"], [c],
      "Hanweb mixed table: one row a company's settlement account (must not be the finding), one row a person's UnionPay card")
acc = org_account(19, True, "1202")
write("f07_trs_org_plus_masked_person.html",
      trs("关于退还履约保证金的公告", f'<p>履约保证金已由某市财政局（账号：{acc}）退还。</p><p>个人退费：李某某，卡号6217 **** **** 1234，已到账。</p>', column="通知公告"),
      "pass", [], [],
      "TRS notice: an organisation's account (Luhn-valid) and a person's masked card 6217 **** **** 1234 (masked: compliant)")
c = luhn("622202", 19)
write("f08_ucap_hidden_row_card.html",
      ucap("助学金发放名单", '<table border="1"><tr><th>姓名</th><th>学校</th><th>金额</th></tr><tr><td>张某</td><td>某市一中</td><td>1500</td></tr>'
           f'<tr style="display:none"><td>张晓雨</td><td>卡号</td><td>{c}</td></tr></table>'),
      "block", ["bank_card"], [c],
      "集约化 table: a display:none row holds a student's 卡号 (UnionPay 6222)")
acc = org_account(16, True, "3301")
code = uscc()
write("f10_hand_winning_bidder_account.html",
      plain("中标结果公告", f'<p>中标供应商：某某信息技术有限公司（统一社会信用代码：{code}）</p><p>中标金额：986000.00元</p>'
            f'<p>供应商收款账户：户名 某某信息技术有限公司，开户行 杭州银行某支行，银行账号 {acc}</p><p>监督电话：12345</p>'),
      "pass", [], [],
      "hand-written 中标结果公告: the winning company's credit code and its 16-digit Luhn-valid settlement account next to 银行账号 (docs: not a card); hotline 12345")
c = luhn("621700", 19)
i = pid()
write("f11_hanweb_social_subsidy_id_card.html",
      hanweb("灵活就业社保补贴发放公示", '<p>申领人信息：</p>'
             f'<p>姓名：徐丽娟　身份证号：{i}　社保卡金融账号：{c}　补贴金额：2100元</p>'),
      "block", ["id_card", "bank_card"], [i, c],
      "Hanweb notice: a person's 身份证号 and 社保卡金融账号 (UnionPay) in one line")
acc = org_account(19, True, "1202")
write("f12_ucap_nontax_income_account.html",
      ucap("非税收入汇缴结算账户公告", '<p>各执收单位：</p><p>非税收入汇缴结算账户：</p>'
           f'<p>户名：某省财政厅非税收入汇缴专户</p><p>账号：{acc}</p><p>开户行：中国工商银行某省分行营业部</p><p>咨询电话：0571-87056789</p>'),
      "pass", [], [],
      "集约化 notice: 非税收入汇缴结算账户, 户名 the finance department, 19-digit account Luhn-valid; agency landline")

# ================================================================ clean controls and near misses
icons = "".join(f'<li><img src="{uri(icon(R.choice([12, 14, 15]), k % 3, (R.randint(0, 200), 80, 160)))}" width="14" height="14"> 栏目{k + 1}</li>' for k in range(14))
write("p01_trs_many_icons.html",
      trs("政务服务事项清单", '<p>以下为本部门政务服务事项：</p><ul class="ico">' + icons + f'</ul><img src="{GIF1}" width="1" height="1">'),
      "pass", [], [],
      "TRS page: 14 small data:image/png icons (12–15 px) and a 1×1 GIF spacer; docs: icons under 16 px are left out")
fnt = base64.b64encode(woff_font()).decode()
write("p02_hanweb_base64_font.html",
      hanweb("统计数据发布", '<p>全市地区生产总值 <span class="num">+5.6</span>%。</p>',
             extra_head='<style>@font-face{font-family:"numfont";src:url(data:application/font-woff;charset=utf-8;base64,%s) format("woff")}.num{font-family:numfont}</style>\n' % fnt),
      "pass", [], [],
      "Hanweb page: a base64 WOFF font (DejaVu subset of digits) in @font-face src:url(data:application/font-woff…)")
write("p03_ucap_tracking_scripts.html",
      ucap("政府信息公开年度报告", '<p>本年度共主动公开政府信息1286条。</p>',
           tail='''<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3a1b2c3d4e5f60718293a4b5c6d7e8f9";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
function isInline(u){ return u.indexOf("data:") === 0 || /^data:image\\/(png|gif);base64,/.test(u); }
function beacon(p){ var i = new Image(); i.src = "https://tj.example.gov.cn/tj.gif?" + p + "&r=" + Math.random(); if (isInline(i.src)) { return; } }
var pixel = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
var blank = "data:,";
beacon("siteid=3300000012&title=" + encodeURIComponent(document.title));
</script>
<script id="_jiucuo_" sitecode="3300000012" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'''),
      "pass", [], [],
      "集约化 page with 百度统计, a site beacon that tests for \"data:\" in code, a 1×1 GIF pixel string, \"data:,\" and the 政府网站找错 script")
sprite = uri(icon(15, 1))
write("p04_wp_css_sprites.html",
      wordpress("办事指南", '<p><i class="ico ico-tel"></i>咨询电话：0571-12345678</p><p><i class="ico ico-addr"></i>地址：某区行政服务中心</p>',
                extra_head='<style>.ico{display:inline-block;width:16px;height:16px;background:url(../images/sprite.png) no-repeat}'
                           '.ico-tel{background-position:0 -32px}.ico-addr{background-position:-16px -32px}'
                           '.ico-dot{background-image:url("%s")}</style>\n' % sprite),
      "pass", [], [],
      "WordPress page: a CSS sprite sheet by URL with background-position offsets, and one 15-px data: sprite; agency landline")
write("p05_trs_law_quote.html",
      trs("《中华人民共和国保守国家秘密法》学习解读", '<p>《中华人民共和国保守国家秘密法》第十三条规定：国家秘密的密级分为绝密、机密、秘密三级。</p>'
          '<p>绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密；秘密级国家秘密是一般的国家秘密。</p>'
          '<p>第二十八条规定：机关、单位应当加强对信息公开的保密审查。</p><p>各单位要严格落实“涉密不上网、上网不涉密”要求。</p>', column="保密宣传"),
      "pass", [], [],
      "TRS article quoting 保守国家秘密法 on the three levels (绝密、机密、秘密) and 保密审查; no marking")
write("p06_hanweb_levels_table.html",
      hanweb("国家秘密的密级和保密期限", '<p>国家秘密的保密期限，除另有规定外：</p><table border="1"><tr><th>密级</th><th>保密期限</th><th>标志示例</th></tr>'
             '<tr><td>绝密</td><td>不超过30年</td><td>绝密★（期限）</td></tr><tr><td>机密</td><td>不超过20年</td><td>机密★（期限）</td></tr>'
             '<tr><td>秘密</td><td>不超过10年</td><td>秘密★（期限）</td></tr></table>'),
      "pass", [], [],
      "Hanweb explainer: a table of the levels with their terms and the marking form written 绝密★（期限）; a near miss (the marking form explained, no document marked)")
write("p07_ucap_hotlines_masked.html",
      ucap("便民服务信息", '<p>政务服务热线：12345　环保举报热线：12369　价格举报：12315</p>'
           '<p>办公电话：0571-87052345　传真：0571-87052346　邮箱：bgs@example.gov.cn</p>'
           '<p>中签人：王某某，身份证号110101********1234，手机138****5678。</p>'
           f'<p>承办单位统一社会信用代码：{uscc()}</p>'),
      "pass", [], [],
      "集约化 page: hotlines, agency landline/fax/mailbox, a masked ID and masked mobile, a USCC credit code (email is info only)")
write("p08_wp_emoji_detect.html",
      wordpress("街道简讯", '<p>本周街道开展了垃圾分类宣传活动。</p>',
                extra_head='''<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/jd.example.gov.cn\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.2"}};
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}function u(e){var t=e.toDataURL();return 0===t.indexOf("data:image/png")}}(window,document);
</script>
<style>img.wp-smiley,img.emoji{display:inline!important;border:none!important;height:1em!important;width:1em!important;margin:0 .07em!important;vertical-align:-.1em!important;background:none!important;padding:0!important}</style>
'''),
      "pass", [], [],
      "WordPress page with the wp-emoji settings (JSON \\/ escapes) and detection code calling toDataURL and testing \"data:image/png\"")
img = picture(["政务公开  依法行政  便民服务"], size=40, width=700)
write("p09_trs_clean_banner_picture.html",
      trs("政务公开专栏", f'<p><img src="{uri(img)}" alt="专栏横幅"></p><p>本专栏集中发布政府信息。</p>'),
      "pass", [], [],
      "TRS page: a data:image/png banner with ordinary text (OCR reads it; nothing to find)")
write("p10_chrome_complete_clean.html",
      chrome_saved("https://www.example-city.gov.cn/art/2026/11/22/art_1229_5900.html",
                   trs("关于公布第二批示范单位的通知", '<p>经评审，现公布第二批示范单位名单。</p><p><img src="./关于公布第二批示范单位的通知_files/1.jpg"></p>'
                       '<p><a href="./关于公布第二批示范单位的通知_files/附件.pdf">附件：名单</a></p>')),
      "pass", [], [],
      "Chrome 'Webpage, Complete' save: mark of the web, resources rewritten to ./…_files/; clean")
write("p11_firefox_saved_clean.html",
      hanweb("关于公布行政许可事项的通知", '<p>现将行政许可事项清单公布如下。</p><p><a href="https://www.example-xian.gov.cn/attach/0/qd.xls">清单下载</a></p>')
      .replace('src="/module/jslib/jquery/jquery.js"', 'src="关于公布行政许可事项的通知_files/jquery.js"')
      .replace('src="/script/web_front.js"', 'src="关于公布行政许可事项的通知_files/web_front.js"'),
      "pass", [], [],
      "Firefox 'Web Page, complete' save of a Hanweb page (scripts rewritten to _files/, no mark of the web); platform comments and hidden webid script; clean")
write("p12_hand_public_links.html",
      plain("常用链接", '<ul><li><a href="https://www.gov.cn/">中国政府网</a></li><li><a href="http://www.zj.gov.cn/">浙江省人民政府</a></li>'
            '<li><a href="tel:12345">拨打12345</a></li><li><a href="mailto:xxgk@example.gov.cn">信息公开邮箱</a></li>'
            '<li>公共DNS：114.114.114.114</li><li>客户端版本：V3.10.2.168</li></ul>'),
      "pass", [], [],
      "hand-written links page: public government sites, tel: hotline, mailto agency mailbox, a public DNS IP and a four-part version number (near misses for internal_address)")
sf_icons = ";".join(f'--sf-img-{k}:url("{uri(icon(14, k % 3))}")' for k in range(8))
write("p13_singlefile_clean.html",
      singlefile("https://www.example-city.gov.cn/col/col1229/index.html",
                 ":root{" + sf_icons + "}.i0{background-image:var(--sf-img-0)}",
                 '<h1>通知公告</h1><ul><li><i class="i0"></i>关于开展安全生产检查的通知</li><li>关于公布年度考核结果的通知</li></ul>',
                 "通知公告"),
      "pass", [], [],
      "SingleFile save of a list page: eight 14-px icons as CSS custom properties, a CSP meta, the SingleFile comment; clean")
write("p14_hanweb_platform_furniture.html",
      hanweb("关于公布2026年度重点民生实事项目的通知",
             '<p>经县人大常委会审议，现将2026年度重点民生实事项目公布如下。</p>'
             '<div style="display:none" id="navcopy"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>'
             '<input type="hidden" id="unitid" value="4321"><input type="hidden" name="pagesize" value="15">'
             '<!--<$[附件]>begin--><!--<$[附件]>end--><!-- 正文结束 -->'),
      "pass", [], [],
      "Hanweb page: the furniture the platform writes (template <$[…]> comments, a hidden copy of the menu, hidden unitid/pagesize inputs); docs: not findings")
img = picture(["保守国家秘密  人人有责"], size=44, width=700)
write("p15_ucap_secrecy_poster.html",
      ucap("保密宣传月活动", f'<p>保密宣传月期间，各单位张贴了宣传海报。</p><p><img src="{uri(img)}"></p><p>《保守国家秘密法》规定，任何组织和个人不得泄露国家秘密。</p>'),
      "pass", [], [],
      "集约化 page: a data: poster picture reading 保守国家秘密 人人有责 and a sentence citing the law; no marking")
ld = json.dumps({"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "某市人民政府办公室",
                 "telephone": "0571-87051234", "address": {"@type": "PostalAddress", "streetAddress": "人民大道1号"},
                 "url": "https://www.example-city.gov.cn/", "logo": "https://www.example-city.gov.cn/images/logo.png"}, ensure_ascii=False)
write("p16_trs_jsonld_clean.html",
      trs("机构概况", '<p>市政府办公室是市政府的办事机构。</p>', extra_head='<script type="application/ld+json">' + ld + '</script>\n'),
      "pass", [], [],
      "TRS page with clean JSON-LD (GovernmentOrganization, agency landline, public URLs)")
write("p17_wp_noscript_template_clean.html",
      wordpress("网上办事", '<noscript><p>您的浏览器未启用脚本，请启用后使用在线办事功能。</p></noscript>'
                '<template id="row"><tr><td class="name"></td><td class="status">办理中</td></tr></template><p>请选择事项。</p>'),
      "pass", [], [],
      "WordPress page: a noscript notice and a row <template> with placeholders; clean")
write("p18_ucap_iframe_map_srcdoc_clean.html",
      ucap("办事大厅位置", '<iframe srcdoc="&lt;p&gt;市民中心位于人民大道1号，乘坐1路、5路公交可达。&lt;/p&gt;" width="600" height="120"></iframe>'
           '<iframe src="https://map.example.com/embed?lat=30.27&amp;lng=120.15" width="600" height="300"></iframe>'),
      "pass", [], [],
      "集约化 page: an iframe srcdoc with directions and an external map iframe; clean")
write("p19_trs_wps_comment_clean.html",
      trs("关于开展节能宣传周活动的通知", '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->'
          '<p class="MsoNormal">各单位：为做好节能宣传周活动，现通知如下。</p><!-- TRS_AUTOADD_1700000000 --><!--EndFragment-->'),
      "pass", [], [],
      "TRS page pasted from Word: conditional comments with Office XML, TRS_AUTOADD and EndFragment markers; clean")
img = graphic(300, 15)
write("p20_hanweb_thin_divider.html",
      hanweb("工作动态", f'<p>近日，县政府召开常务会议。</p><div style="height:15px;background:url({uri(img)}) repeat-x"></div><p>会议研究了有关事项。</p>'),
      "pass", [], [],
      "Hanweb page: a 300×15 gradient divider as an unquoted style url(data:…) (15 px high: under 16 px a side? docs say 'under 16 pixels a side'; a reviewer passes a divider)")
m_pub = "0571-87059999"
write("p21_hand_notice_bank_explainer.html",
      plain("关于规范非税收入缴款的说明", '<p>缴款人应通过银行柜台或手机银行缴款，请勿向个人账户转账。</p>'
            '<p>退费时，请提供本人银行卡号（卡号只用于退费，不予公开）。</p><p>咨询电话：' + m_pub + '</p>'),
      "pass", [], [],
      "hand-written explainer mentioning 银行卡号/个人账户 with no number; agency landline")
acc = org_account(19, True, "1202")
write("p22_trs_deposit_refund_org.html",
      trs("关于退还投标保证金的公告", '<p>以下投标人的投标保证金已原路退还：</p><table border="1"><tr><th>投标人</th><th>退还账户</th><th>金额（元）</th></tr>'
          f'<tr><td>某某建设集团有限公司</td><td>{acc}</td><td>20000.00</td></tr></table>', column="交易公告"),
      "pass", [], [],
      "TRS 退还投标保证金: 投标人 a company, 退还账户 its Luhn-valid 19-digit settlement account; refund to an organisation, not a person")


# ================================================================ Chromium: screenshot and MHTML (make.sh runs Chromium)
os.makedirs(WORK, exist_ok=True)
open(os.path.join(WORK, "shot.html"), "w", encoding="utf-8").write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:30px 40px;font-family:"Noto Serif CJK SC";background:#fff}'
    '.mj{font-family:"Noto Sans CJK SC";font-weight:bold;font-size:30px}.hd{color:#d00;text-align:center;font-size:44px;margin:18px 0}'
    'p{font-size:26px;margin:8px 0}</style></head><body><div class="mj">秘密★1年</div><div class="hd">某市人民政府文件</div>'
    '<p>关于印发某专项工作方案的通知</p><p>各区、县（市）人民政府，市直各单位：</p></body></html>')
LABELS.append({"file": SHOT_NAME, "expect_verdict": "block", "expect_categories": ["classified_marking"], "raw_values": [],
               "note": "hand-written GB2312 page: a PNG screenshot Chromium took of a 红头 document (秘密★1年 top left in bold, red head) carried as img src=data:image/png"})

d = os.path.join(WORK, "m01")
os.makedirs(d, exist_ok=True)
open(os.path.join(d, "scan.png"), "wb").write(picture(["关于某重点项目前期工作的情况汇报", "市委、市政府："], mark="机密★5年"))
open(os.path.join(d, "index.html"), "w", encoding="utf-8").write(
    trs("重点项目前期工作情况", NOTICE + '<p style="text-align:center"><img src="scan.png" width="760"></p>'))
LABELS.append({"file": "m01_chrome_mhtml_marking_picture.mhtml", "expect_verdict": "block", "expect_categories": ["classified_marking"], "raw_values": [],
               "note": "Chromium MHTML (DevTools Page.captureSnapshot, as 'Save as… Single File'): a TRS page whose picture is its own base64 image/png part; the picture's head is 机密★5年"})

d = os.path.join(WORK, "m02")
os.makedirs(d, exist_ok=True)
rows, raws = "", []
for name in ["郭晓峰", "潘丽萍", "蒋文斌", "石慧"]:
    c = luhn(R.choice(["621700", "622848", "621661"]), 19)
    raws.append(c)
    rows += f"<tr><td>{name}</td><td>退还多缴社保费</td><td>{c}</td><td>{R.randint(200, 3000)}.00</td></tr>"
open(os.path.join(d, "index.html"), "w", encoding="utf-8").write(
    hanweb("关于退还多缴社会保险费的公告", '<p>以下人员多缴的社会保险费已退还：</p><table border="1"><tr><th>户名</th><th>事由</th><th>退款卡号</th><th>金额（元）</th></tr>' + rows + '</table>'))
LABELS.append({"file": "m02_chrome_mhtml_refund_cards.mhtml", "expect_verdict": "block", "expect_categories": ["bank_card"], "raw_values": raws,
               "note": "Chromium MHTML of a Hanweb 退费 table: 户名 persons, 退款卡号 UnionPay cards; the HTML part is quoted-printable, so soft line breaks (=\\r\\n) may fall inside a card number"})

d = os.path.join(WORK, "m03")
os.makedirs(d, exist_ok=True)
open(os.path.join(d, "banner.png"), "wb").write(picture(["优化营商环境  我们在行动"], size=40, width=700))
open(os.path.join(d, "dot.png"), "wb").write(icon(12))
open(os.path.join(d, "index.html"), "w", encoding="utf-8").write(
    ucap("优化营商环境工作动态", '<p><img src="banner.png"></p><p><img src="dot.png"> 本月新增市场主体3216户。</p><p>政务服务热线：12345</p>'))
LABELS.append({"file": "m03_chrome_mhtml_clean.mhtml", "expect_verdict": "pass", "expect_categories": [], "raw_values": [],
               "note": "Chromium MHTML of a clean 集约化 page: a banner picture with ordinary text and a 12-px icon as image parts"})

i = pid()
m = mobile()
img = picture(["申请人：罗志刚", "身份证号码：" + i, "联系电话：" + m], size=36)
html = hanweb("公租房配租结果公示", '<p>配租结果如下：罗某刚，2号楼301室。</p><p><img src="https://www.example-xian.gov.cn/picture/0/sq01.png"></p>')
write("m04_blink_mhtml_picture_part_id.mhtml",
      mhtml("https://www.example-xian.gov.cn/art/2026/11/21/art_4321_99.html", "公租房配租结果公示", html,
            [("https://www.example-xian.gov.cn/picture/0/sq01.png", "image/png", img),
             ("https://www.example-xian.gov.cn/script/web_front.js", "text/javascript", b"var webid='1';")]),
      "block", ["id_card"], [i, m],
      "MHTML in Blink's layout written by the generator: the visible text is masked, the image/png part the page shows is an application form with a 身份证号码 and mobile (OCR)")

json.dump(LABELS, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LABELS), "files")
