"""Renderers of the document model: text, CMS HTML, print HTML, .fodt, .fods and JSON for npm."""
import html
import json

from util import RNG

E = html.escape


def to_text(d, crlf=False):
    out = []
    for b in d["blocks"]:
        k = b[0]
        if k in ("title", "redhead", "docno"):
            out += ["", "　" * 4 + b[1], ""]
        elif k in ("h1", "h2"):
            out.append(b[1])
        elif k == "p":
            out.append("　　" + b[1])
        elif k in ("note", "line"):
            out.append(b[1])
        elif k == "sign":
            out += [""] + ["　" * 16 + s for s in b[1]]
        elif k == "banji":
            out += ["", "—" * 30] + b[1] + ["—" * 30]
        elif k == "table":
            if b[1]:
                out.append("　" * 6 + b[1])
            out.append("\t".join(b[2]))
            out += ["\t".join(r) for r in b[3]]
    nl = "\r\n" if crlf else "\n"
    return nl.join(out) + nl


def body_html(d):
    out = []
    for b in d["blocks"]:
        k = b[0]
        if k == "redhead":
            out.append(f'<p style="text-align:center;color:#d00;font-size:30pt;font-weight:bold;letter-spacing:4px">{E(b[1])}</p>')
        elif k == "docno":
            out.append(f'<p style="text-align:center">{E(b[1])}</p>')
        elif k == "title":
            out.append(f'<h2 style="text-align:center">{E(b[1])}</h2>')
        elif k == "h1":
            out.append(f"<p><strong>{E(b[1])}</strong></p>")
        elif k == "h2":
            out.append(f"<h3>{E(b[1])}</h3>")
        elif k == "p":
            out.append(f'<p style="text-indent:2em">{E(b[1])}</p>')
        elif k in ("note", "line"):
            out.append(f"<p>{E(b[1])}</p>")
        elif k == "sign":
            out.append('<p style="text-align:right">' + "<br>".join(E(s) for s in b[1]) + "</p>")
        elif k == "banji":
            out.append('<hr><p>' + "</p><p>".join(E(s) for s in b[1]) + "</p><hr>")
        elif k == "table":
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">']
            if b[1]:
                t.append(f"<caption>{E(b[1])}</caption>")
            t.append("<thead><tr>" + "".join(f"<th>{E(h)}</th>" for h in b[2]) + "</tr></thead><tbody>")
            for r in b[3]:
                t.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
    return "\n".join(out)


NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进" , "专题专栏"]


def cms_html(d, city, column, date, variant=0, hidden_menu=False):
    c = city[0]
    site = f"{c}人民政府门户网站"
    nav = [n + (c if n == "走进" else "") for n in NAV]
    navhtml = "".join(f'<li><a href="/col/col{1229000 + i * 7}/index.html">{E(n)}</a></li>' for i, n in enumerate(nav))
    footer_phone = f"{city[2]}-{RNG.randint(80000000, 89999999)}"
    icp = f"{city[1]}ICP备{RNG.randint(10000000, 19999999)}号-1"
    ga = f"{city[1]}公网安备 {city[5]}02000{RNG.randint(100, 999)}号"
    bsm = f"{city[5][:4]}000001"
    mobile_menu = ""
    if hidden_menu:
        mobile_menu = '<div class="m-menu" style="display:none" aria-hidden="true"><ul>' + navhtml + "</ul></div>"
    if variant == 0:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{E(site)}">
<meta name="SiteDomain" content="www.linjiang.gov.cn">
<meta name="SiteIDCode" content="{bsm}">
<meta name="ColumnName" content="{E(column)}">
<meta name="ColumnType" content="政务公开">
<meta name="ArticleTitle" content="{E(d['title'])}">
<meta name="PubDate" content="{date} 09:{RNG.randint(10, 59)}">
<meta name="ContentSource" content="{E(c)}人民政府办公室">
<meta name="Keywords" content="{E(column)}">
<title>{E(d['title'])}_{E(column)}_{E(site)}</title>
<link rel="stylesheet" href="/script/common.css">
<script src="/script/jquery.min.js"></script>
</head>
<body>
<!-- 头部 begin -->
<div class="top-bar"><div class="w1200"><span>欢迎访问{E(site)}！</span><a href="/col/col1229900/index.html">无障碍</a> | <a href="/col/col1229901/index.html">长者模式</a> | <a href="https://www.zjzwfw.gov.cn">政务服务网</a></div></div>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="{E(site)}"><form action="/jsearchfront/search.do" method="get"><input type="hidden" name="websiteid" value="{city[5]}000000000"><input type="hidden" name="tpl" value="1569"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">{navhtml}</ul></div>
{mobile_menu}
<!-- 头部 end -->
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229007/index.html">政务公开</a> &gt; <span>{E(column)}</span></div>
<div class="article">
<div class="art-tit">{E(d['title'])}</div>
<div class="art-info"><span>发布日期：{date}</span><span>信息来源：{E(c)}人民政府办公室</span><span>浏览次数：<script>document.write(Math.floor(Math.random()*900))</script></span><span>字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>
<!--<$[信息内容]>begin-->
<div class="art-con" id="zoom">
{body_html(d)}
</div>
<!--<$[信息内容]>end-->
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<!-- 底部 begin -->
<div class="footer"><div class="w1200">
<p><a href="/col/col1229910/index.html">网站地图</a> | <a href="/col/col1229911/index.html">联系我们</a> | <a href="/col/col1229912/index.html">隐私声明</a></p>
<p>主办单位：{E(c)}人民政府办公室　承办单位：{E(c)}大数据发展中心</p>
<p>地址：{E(c)}人民大道{RNG.randint(1, 200)}号　邮编：{city[3]}　联系电话：{footer_phone}　政务服务便民热线：12345</p>
<p>网站标识码：{bsm}　<a href="https://beian.miit.gov.cn/">{icp}</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={city[5]}02000123"><img src="/images/ga.png" alt="">{ga}</a></p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F"><img src="/images/red.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={bsm}"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
<!-- 底部 end -->
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef";document.head.appendChild(hm);}})();</script>
</body>
</html>
"""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="{E(d['title'])}" />
<title>{E(d['title'])}</title>
<!--TRS_AUTOADD_1706256000000-->
<style type="text/css">.TRS_Editor P{{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td><a href="../../../"><img src="../../../images/banner.jpg" width="1000" height="150" alt="{E(site)}" /></a></td></tr>
<tr><td class="nav">{" | ".join(f'<a href="../../../{p}/">{E(n)}</a>' for p, n in zip(["index", "zwgk", "zwfw", "hdjl", "zjlj", "ztzl"], nav))}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="dqwz">您现在的位置：<a href="../../../">首页</a> &gt;&gt; <a href="../../">政务公开</a> &gt;&gt; <a href="../">{E(column)}</a></td></tr>
<tr><td align="center" class="bt">{E(d['title'])}</td></tr>
<tr><td align="center" class="rq">时间：{date}　　来源：{E(c)}人民政府办公室　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td><div class="TRS_Editor">
{body_html(d)}
</div>
<!--TRS_AUTOADD_1706256000000--></td></tr>
<tr><td align="right"><a href="javascript:window.print();">[打印]</a> <a href="javascript:window.close();">[关闭]</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">版权所有：{E(site)}　主办：{E(c)}人民政府办公室　技术支持：{E(c)}信息中心</td></tr>
<tr><td align="center">地址：{E(c)}府前路{RNG.randint(1, 99)}号　电话：{footer_phone}　传真：{city[2]}-{RNG.randint(80000000, 89999999)}　12345政务服务热线</td></tr>
<tr><td align="center">网站标识码：{bsm}　{icp}　{ga}</td></tr>
</table>
</body>
</html>
"""


def print_html(d, font="Noto Serif CJK SC"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{E(d['title'])}</title>
<style>
@page {{ size: A4; margin: 37mm 26mm 35mm 28mm; }}
body {{ font-family: "{font}", serif; font-size: 16pt; line-height: 1.75; }}
h2 {{ font-size: 20pt; }}
table {{ font-size: 10.5pt; line-height: 1.4; }}
td, th {{ border: 1px solid #000; padding: 3px; }}
caption {{ font-weight: bold; padding: 4px; }}
</style></head><body>
{body_html(d)}
</body></html>
"""


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{creator}</meta:initial-creator><dc:creator>{creator}</dc:creator></office:meta>
<office:font-face-decls>
<style:font-face style:name="FangSong" svg:font-family="仿宋_GB2312" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
<style:font-face style:name="XBS" svg:font-family="方正小标宋简体" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
<style:font-face style:name="Hei" svg:font-family="黑体" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/><style:text-properties style:font-name-asian="FangSong" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.45in" fo:text-align="justify"/></style:style>
<style:style style:name="Plain" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2in" fo:margin-bottom="0.2in"/><style:text-properties style:font-name-asian="XBS" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
<style:style style:name="Red" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#e00000" style:font-name-asian="XBS" fo:font-size="32pt" style:font-size-asian="32pt" fo:letter-spacing="0.05in"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.45in"/><style:text-properties style:font-name-asian="Hei"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:line-height="120%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Banji" style:family="paragraph"><style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:padding="0.03in"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.03in"/></style:style>
</office:automatic-styles>
<office:body><office:text>
"""


def to_fodt(d, creator="办公室"):
    out = [FODT_HEAD.format(title=E(d["title"]), creator=E(creator))]
    ti = 0
    for b in d["blocks"]:
        k = b[0]
        if k == "redhead":
            out.append(f'<text:p text:style-name="Red">{E(b[1])}</text:p>')
        elif k == "docno":
            out.append(f'<text:p text:style-name="Center">{E(b[1])}</text:p>')
        elif k == "title":
            out.append(f'<text:p text:style-name="Title">{E(b[1])}</text:p>')
        elif k in ("h1", "h2"):
            out.append(f'<text:p text:style-name="H1">{E(b[1])}</text:p>')
        elif k == "p":
            out.append(f'<text:p text:style-name="P">{E(b[1])}</text:p>')
        elif k in ("note", "line"):
            out.append(f'<text:p text:style-name="Plain">{E(b[1])}</text:p>')
        elif k == "sign":
            out += [f'<text:p text:style-name="Right">{E(s)}</text:p>' for s in b[1]]
        elif k == "banji":
            out.append('<text:p text:style-name="Plain"/>')
            out += [f'<text:p text:style-name="Banji">{E(s)}</text:p>' for s in b[1]]
        elif k == "table":
            ti += 1
            if b[1]:
                out.append(f'<text:p text:style-name="Center">{E(b[1])}</text:p>')
            n = len(b[2])
            out.append(f'<table:table table:name="表{ti}"><table:table-column table:number-columns-repeated="{n}"/>')
            for r in [b[2]] + b[3]:
                out.append("<table:table-row>" + "".join(f'<table:table-cell table:style-name="TC" office:value-type="string"><text:p text:style-name="Cell">{E(c)}</text:p></table:table-cell>' for c in r) + "</table:table-row>")
            out.append("</table:table>")
    out.append("</office:text></office:body></office:document>\n")
    return "\n".join(out)


def to_fods(sheets, title="工作簿"):
    """sheets: list of (name, rows, numeric_cols) → flat ODS."""
    out = [f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>{E(title)}</dc:title></office:meta>
<office:automatic-styles>
<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N2"/>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.4in"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>"""]
    for name, rows, numeric in sheets:
        out.append(f'<table:table table:name="{E(name)}"><table:table-column table:style-name="co1" table:number-columns-repeated="{max(len(r) for r in rows)}"/>')
        for ri, r in enumerate(rows):
            cells = []
            for ci, c in enumerate(r):
                if ri > 0 and ci in numeric and c not in ("",):
                    v = c.replace(",", "")
                    try:
                        float(v)
                        cells.append(f'<table:table-cell table:style-name="ce1" office:value-type="float" office:value="{v}"><text:p>{E(c)}</text:p></table:table-cell>')
                        continue
                    except ValueError:
                        pass
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{E(c)}</text:p></table:table-cell>' if c != "" else "<table:table-cell/>")
            out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>\n")
    return "\n".join(out)


def to_json(d):
    return json.dumps(d, ensure_ascii=False)
