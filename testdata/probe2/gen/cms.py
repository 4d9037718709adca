"""A government portal page as a typical CMS renders it: template comments,
skip link, navigation, breadcrumbs, a mobile menu hidden by a CSS class, a
search form with hidden inputs, an analytics snippet, a JSON config, share
buttons and the statutory footer (网站标识码, ICP, 公安备案, 主办单位)."""

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进西湖", "专题专栏"]


def page(title, column, article, extra_head="", extra_body="", site="杭州市西湖区人民政府",
         idcode="3301060001", token="8f3a9c21d7e44b0a9e6f5c1d2b7a4e90", siteid="1120734"):
    nav = "".join(f'<li><a href="/col/col{1000 + i}/index.html">{n}</a></li>' for i, n in enumerate(NAV))
    mnav = "".join(f'<a href="/col/col{1000 + i}/index.html">{n}</a>' for i, n in enumerate(NAV))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="www.hzxh.gov.cn">
<meta name="SiteIDCode" content="{idcode}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-06-18 09:30">
<title>{title}_{column}_{site}</title>
<link rel="stylesheet" href="/script/0/css/main.css?v=20250601">
<style>
.skip {{ position:absolute; left:-9999px; }}
.skip:focus {{ left:10px; top:10px; }}
.m-nav {{ display:none; }}
.share-pop {{ display:none; }}
@media (max-width: 768px) {{ .m-nav.open {{ display:block; }} .top-nav {{ display:none; }} }}
</style>
{extra_head}
<script type="application/json" id="site-config">{{"siteId":{siteid},"columnId":1001,"webId":2,"cdn":"https://www.hzxh.gov.cn/static","searchApi":"/jsearch/search.do","lang":"zh-CN"}}</script>
</head>
<body>
<!-- 头部开始 -->
<a class="skip" href="#main">跳到主要内容区域</a>
<div class="topbar"><span>今天是2025年6月18日</span> <a href="/col/col9999/index.html">无障碍浏览</a> <a href="/col/col9998/index.html">长者模式</a> <a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a></div>
<div class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="{site}门户网站"></a>
<form class="search" action="/jsearch/search.do" method="get">
<input type="hidden" name="appid" value="1">
<input type="hidden" name="webid" value="2">
<input type="hidden" name="_csrf" value="{token}">
<input type="text" name="q" placeholder="请输入关键词" aria-label="搜索"><button type="submit">搜索</button></form></div>
<!-- 导航 -->
<ul class="top-nav">{nav}</ul>
<button class="m-nav-btn" aria-label="打开菜单">菜单</button>
<div class="m-nav">{mnav}</div>
<!-- 头部结束 -->
<!-- 内容开始 -->
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1001/index.html">政务公开</a> &gt; <span>{column}</span></div>
<div id="main" class="article">
<h1>{title}</h1>
<div class="info">发布时间：2025-06-18 09:30　信息来源：{site}办公室　浏览次数：<span id="hits">1</span>　字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
{article}
</div>
<div class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a> <a href="#" class="qz">QQ空间</a>
<div class="share-pop"><img src="/images/qr/article.png" alt="二维码"><p>用微信“扫一扫”，即可分享给朋友或朋友圈</p></div></div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
{extra_body}
<!-- 内容结束 -->
<!-- footer -->
<div class="footer">
<p><a href="/col/col1201/index.html">网站地图</a> | <a href="/col/col1202/index.html">联系我们</a> | <a href="/col/col1203/index.html">隐私声明</a> | <a href="/col/col1204/index.html">网站纠错</a></p>
<p>主办单位：{site}办公室　承办单位：杭州市西湖区数据资源管理局</p>
<p>地址：杭州市西湖区文三路1号　邮编：310012　联系电话：0571-87051234　政务服务热线：12345　电子邮箱：xhzfb@hzxh.gov.cn</p>
<p>网站标识码：{idcode}　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602000123"><img src="/images/ga.png" alt="">浙公网安备 33010602000123号</a></p>
<p>版权所有 © 2025 {site}　建议使用1280×720以上分辨率浏览</p>
<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F6071"><img src="/images/red.png" alt="党政机关"></a></span>
<span id="_span_jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错" onclick="Link('{idcode}')"></span>
</div>
<!-- footer end -->
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5c3a8d2f7b1e4c9a0d6e2f1b3a4c5d6e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
var _maq = _maq || [];
_maq.push(['_setAccount', '{idcode}']);
_maq.push(['_setSiteId', {siteid}]);
document.querySelector('.m-nav-btn').onclick = function() {{ document.querySelector('.m-nav').classList.toggle('open'); }};
</script>
<script src="/script/0/js/jquery.min.js?v=3.6.0"></script>
</body>
</html>
"""
