"""Shared synthetic values and page furniture for blind19-clean (fixed seed)."""
import random

R = random.Random(1919)

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = "10X98765432"


def gb11643(first17):
    return first17 + CK[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def make_id(region, birth):
    seq = "%03d" % R.randint(10, 998)
    return gb11643(region + birth + seq)


def id_ok(s):
    return len(s) == 18 and gb11643(s[:17]) == s


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    s = sum(USCC_CH.index(c) * w for c, w in zip(first17, USCC_W))
    c = 31 - s % 31
    return first17 + USCC_CH[0 if c == 31 else c]


def luhn_complete(prefix_body):
    digits = [int(c) for c in prefix_body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_body + str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_complete(s[:-1]) == s


# Fixed synthetic values used across files (all check-digit valid).
ID_A = make_id("110105", "19860412")   # unmasked twin value
ID_B = make_id("320102", "19790923")
ID_C = make_id("440305", "19920115")
MOBILE_A = "13911" + "%06d" % R.randint(0, 999999)
MOBILE_B = "18701" + "%06d" % R.randint(0, 999999)
MOBILE_C = "15210" + "%06d" % R.randint(0, 999999)
CARD_A = luhn_complete("621700" + "".join(str(R.randint(0, 9)) for _ in range(12)))  # 19-digit UnionPay debit
ORG_ACCT_ICBC = luhn_complete("0200" + "".join(str(R.randint(0, 9)) for _ in range(14)))  # 19 digits, Luhn-valid on purpose
ORG_ACCT_CCB = "1105" + "".join(str(R.randint(0, 9)) for _ in range(16))  # 20 digits
USCC_A = uscc("91110108MA01" + "C7Q4D")
USCC_B = uscc("11110000" + "000012345")
USCC_C = uscc("91320106" + "MA1XR2T5H")

assert id_ok(ID_A) and id_ok(ID_B) and id_ok(ID_C)
assert luhn_ok(CARD_A) and luhn_ok(ORG_ACCT_ICBC)


FURNITURE_STYLE = """
body{font-family:'Noto Sans CJK SC',sans-serif;margin:0;color:#222;font-size:15px}
.top{background:#b71c1c;color:#fff;padding:14px 40px;font-size:24px}
.nav a{display:inline-block;padding:8px 14px;color:#fff;text-decoration:none}
.nav{background:#8e1616;padding:0 30px}
.crumb{padding:10px 40px;color:#666;font-size:13px}
.main{padding:10px 60px}
h1{text-align:center;font-size:22px}
.info{text-align:center;color:#888;font-size:13px}
.share a{margin:0 4px;font-size:12px;color:#999}
.foot{background:#eee;padding:16px;text-align:center;font-size:12px;color:#555;margin-top:30px}
.m-menu{display:none}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:6px;font-size:12px}
table{border-collapse:collapse}
td,th{border:1px solid #888;padding:4px 8px}
"""

NAV = ["首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"]


def page(platform, site, title, body, date="2026-11-18", source=None, extra_head="", extra_body="",
         code="1100000093", icp="京ICP备05060933号", gongan="京公网安备 11010502035432号"):
    """Wraps an article body in the furniture a CMS platform writes."""
    nav = "".join('<a href="/col/col%d/index.html">%s</a>' % (1000 + i, n) for i, n in enumerate(NAV))
    mnav = "".join('<li><a href="/col/col%d/index.html">%s</a></li>' % (1000 + i, n) for i, n in enumerate(NAV))
    src = source or site
    marker_open, marker_close = {
        "trs": ("<!--<TRS_DOCUMENT>-->", "<!--</TRS_DOCUMENT>-->"),
        "hanweb": ("<!--<$[信息内容]>begin-->", "<!--<$[信息内容]>end-->"),
        "jiyue": ("<!-- 正文内容 start -->", "<!-- 正文内容 end -->"),
        "wp": ("<!-- wp:paragraph -->", "<!-- /wp:paragraph -->"),
        "dede": ("<!-- /dede:field.body -->", "<!-- end body -->"),
    }[platform]
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="www.example.gov.cn">
<meta name="SiteIDCode" content="{code}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 10:30">
<meta name="ContentSource" content="{src}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}_{site}</title>
<style>{FURNITURE_STYLE}</style>
{extra_head}
<script>var _hmt=_hmt||[];var siteCode="{code}";var columnId="1003";var articleId="{R.randint(1000000, 9999999)}";</script>
</head><body>
<!-- header start -->
<div class="top">{site}</div>
<div class="nav">{nav}</div>
<ul class="m-menu" id="mMenu">{mnav}</ul>
<!-- header end -->
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1002/index.html">政务公开</a> &gt; 工作动态</div>
<div class="main">
<h1>{title}</h1>
<div class="info">发布时间：{date}　来源：{src}　浏览次数：<span id="hits">{R.randint(200, 9000)}</span>　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
{marker_open}
<div class="article">
{body}
</div>
{marker_close}
<div class="share">分享到：<a href="#" data-cmd="weixin">微信</a><a href="#" data-cmd="tsina">微博</a><a href="#" data-cmd="qzone">QQ空间</a>　<a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
{extra_body}
<div class="foot">
<p><a href="/col/col1999/index.html">网站地图</a> | <a href="/col/col1998/index.html">联系我们</a> | <a href="/col/col1997/index.html">隐私声明</a></p>
<p>主办单位：{site}　地址：北京市东城区正义路2号　邮编：100744　联系电话：010-65192000</p>
<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/">{icp}</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502035432">{gongan}</a></p>
<p><a href="https://zfwzzc.www.gov.cn/"><span>政府网站找错</span></a>　<a href="https://bszs.conac.cn/sitename?method=show&id=1A2B3C4D5E6F"><span>党政机关</span></a></p>
</div>
<div class="cookie" id="cookieBar">本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。<a href="#" onclick="this.parentNode.style.display='none'">知道了</a></div>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>$(function(){{$.get('/hits?id='+articleId,function(n){{$('#hits').text(n)}});}});</script>
</body></html>
"""
