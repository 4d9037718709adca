"""Synthetic values for blind17-clean (fixed seed)."""
import random
R = random.Random(17)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REG = ["330106", "330102", "330105", "330108", "330110", "330381", "330302", "331002", "320102", "510107"]


def idcard(region=None, year=None):
    region = region or R.choice(REG)
    y = year or R.randint(1994, 2002)
    m = R.randint(1, 12); d = R.randint(1, 28)
    s = f"{region}{y}{m:02d}{d:02d}{R.randint(10, 999):03d}"
    c = "10X98765432"[sum(int(a) * w for a, w in zip(s, W)) % 11]
    return s + c


def luhn(prefix, n=19):
    s = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return s + str((10 - t % 10) % 10)


def mobile():
    return R.choice(["139", "138", "159", "188", "177", "199", "135", "186", "153", "182"]) + "".join(str(R.randint(0, 9)) for _ in range(8))


def mid(s): return s[:6] + "*" * 8 + s[-4:]
def mmob(s): return s[:3] + "****" + s[-4:]


SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗"
GIV = ["思远", "雨桐", "嘉怡", "浩然", "子涵", "一鸣", "欣悦", "俊杰", "诗琪", "晨阳", "梓萱", "宇航", "佳琪", "明轩", "若曦", "泽宇"]


def name(): return R.choice(SUR) + R.choice(GIV)
def mname(n): return n[0] + "某" * (len(n) - 1)


def uscc():
    # 统一社会信用代码: 18 chars, GB 32100 check character.
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = R.choice(["91", "12", "11", "52"]) + R.choice(["330106", "330105", "330110"]) + "".join(R.choice(al[:10] + "MA") if i == 0 else R.choice(al) for i in range(9))
    c = al[(31 - sum(al.index(a) * b for a, b in zip(s, w)) % 31) % 31]
    return s + c


def money(lo, hi): return f"{R.randint(lo, hi) / 100:,.2f}"


def zkz():  # 准考证号 14 digits
    return "2026" + "33" + "".join(str(R.randint(0, 9)) for _ in range(8))


def cms(title, body, site="杭州市西湖区人民政府", footer_extra="", crumbs="首页 > 政务公开 > 通知公告"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_{site}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="政务公开">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2026-11-20 09:30">
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:0}}.nav a{{margin:0 12px;color:#fff}}.nav{{background:#b5121b;padding:8px}}
table{{border-collapse:collapse}}td,th{{border:1px solid #666;padding:3px 6px;font-size:13px}}.foot{{background:#eee;font-size:12px;padding:12px;text-align:center}}
.wrap{{width:960px;margin:0 auto}}</style></head>
<body>
<!-- header start -->
<div class="top wrap"><img src="/images/logo.png" alt="{site}门户网站"> <span>无障碍浏览</span> <span>长者模式</span></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/ztzl/">专题专栏</a></div>
<!-- header end -->
<div class="wrap"><div class="crumb">当前位置：{crumbs}</div>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：2026-11-20　来源：{site}办公室　浏览次数：<span id="hits">1024</span></div>
<div class="content">
{body}
</div>
<div class="share">分享到：微信 微博　【打印本页】【关闭窗口】</div></div></div>
<!-- footer start -->
<div class="foot">主办单位：{site}办公室　承办：{site}大数据管理服务中心<br>
地址：杭州市西湖区文三路333号　邮编：310013　联系电话：0571-87654321<br>
网站标识码：3301060001　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>　<img src="/images/ga.png" alt="">浙公网安备 33010602000123号<br>
<img src="/images/qr.png" alt="扫一扫在手机上查看当前页面"> <img src="/images/jiucuo.png" alt="政府网站找错">{footer_extra}
</div>
<!-- footer end -->
</body></html>
"""
