"""templates: page shells as the common Chinese government site platforms publish them."""
import json


def footer_cn(c):
    return ("<div class=\"footer\">\n<p>主办单位：%(site)s人民政府办公室　承办单位：%(site)s政务服务和数据管理局</p>\n"
            "<p>地址：%(addr)s　邮编：%(zip)s　联系电话：%(phone)s　政务服务便民热线：12345</p>\n"
            "<p>网站标识码：%(siteid)s　<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\">%(icp)s</a>　"
            "<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%(psb)s\" target=\"_blank\"><img src=\"/images/ga.png\" alt=\"公安备案图标\">%(psbname)s%(psb)s号</a></p>\n"
            "<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=%(conac)s\"><img src=\"/images/red.png\" alt=\"党政机关\"></a>"
            "<a href=\"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=%(siteid)s\"><img src=\"/images/jiucuo.png\" alt=\"政府网站找错\"></a></p>\n</div>\n") % c


def metas(c):
    return ("<meta name=\"SiteName\" content=\"%(site)s人民政府\">\n<meta name=\"SiteDomain\" content=\"%(domain)s\">\n"
            "<meta name=\"SiteIdCode\" content=\"%(siteid)s\">\n<meta name=\"ColumnName\" content=\"%(column)s\">\n"
            "<meta name=\"ColumnDescription\" content=\"%(column)s栏目发布本级政府信息\">\n<meta name=\"ColumnKeywords\" content=\"%(column)s\">\n"
            "<meta name=\"ColumnType\" content=\"%(column)s\">\n<meta name=\"ArticleTitle\" content=\"%(title)s\">\n"
            "<meta name=\"PubDate\" content=\"%(date)s %(time)s\">\n<meta name=\"ContentSource\" content=\"%(unit)s\">\n"
            "<meta name=\"Keywords\" content=\"%(kw)s\">\n<meta name=\"Description\" content=\"%(desc)s\">\n"
            "<meta name=\"Url\" content=\"https://%(domain)s%(path)s\">\n") % c


def jsonld(c):
    d = {"@context": "https://schema.org", "@type": "GovernmentService" if c.get("svc") else "NewsArticle",
         "headline": c["title"], "datePublished": c["date"] + "T" + c["time"] + "+08:00",
         "publisher": {"@type": "GovernmentOrganization", "name": c["site"] + "人民政府",
                       "telephone": c["phone"], "url": "https://" + c["domain"] + "/"},
         "author": {"@type": "Organization", "name": c["unit"]}, "mainEntityOfPage": "https://" + c["domain"] + c["path"]}
    d.update(c.get("ld_extra", {}))
    return "<script type=\"application/ld+json\">\n%s\n</script>\n" % json.dumps(d, ensure_ascii=False, indent=1)


def inj(c, k):
    return c.get("inj", {}).get(k, "")


def jiyue(c):
    """政府网站集约化平台 article page."""
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>%(title)s_%(column)s_%(site)s人民政府</title>
%(metas)s<!-- 集约化平台 内容页模板 tplId=20230415-0032 渲染：%(date)s %(time)s -->
<link rel="stylesheet" href="/jyh/common/css/base.css?v=20260301">
<!--[if lt IE 9]><script src="/jyh/common/js/html5shiv.min.js"></script><script src="/jyh/common/js/respond.min.js"></script><![endif]-->
%(jsonld)s%(head)s</head>
<body>
<a class="skip-link" href="#main-content" tabindex="1">跳转到主要内容区域</a>
<div id="barrierfree_container">
<!-- 公共头部 开始 -->
<div class="header"><div class="logo"><a href="/"><img src="/jyh/images/logo.png" alt="%(site)s人民政府"></a></div>
<div class="top-links"><a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a> | <a href="/ydb/">移动版</a> | <a href="/english/">English</a> | <a href="javascript:void(0)" class="oldman">长者模式</a></div>
<form class="search" action="https://so.%(domain)s/search" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><input type="hidden" name="siteCode" value="%(siteid)s"><input type="hidden" name="tab" value="all"><input type="hidden" name="qt" value="dbf2a4c7e1"><button type="submit">搜索</button></form>
</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进%(site)s</a></li></ul></div>
<div class="m-nav" style="display:none" aria-hidden="true"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进%(site)s</a></li></ul></div>
<!-- 公共头部 结束 -->
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="./">%(column)s</a></div>
<div class="main" id="main-content">
<div class="xxgk-table"><table><tr><td>索 引 号：</td><td>%(index)s</td><td>发文机关：</td><td>%(unit)s</td></tr><tr><td>主题分类：</td><td>综合政务</td><td>成文日期：</td><td>%(date)s</td></tr><tr><td>标　　题：</td><td colspan="3">%(title)s</td></tr><tr><td>发文字号：</td><td>%(docno)s</td><td>发布日期：</td><td>%(date)s</td></tr></table></div>
<h1 class="article-title">%(title)s</h1>
<div class="article-info">发布时间：%(date)s %(time)s　来源：%(unit)s　<span class="hits">浏览次数：<span id="hits">--</span></span>　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<!-- 正文开始 -->
%(top)s<div class="article-content" id="zoom">
%(body)s</div>
<!-- 正文结束 -->
%(bottom)s<div class="share"><span>分享到：</span><a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a>
<div class="wx-pop" style="display:none"><img src="/jyh/images/qrcode-loading.gif" alt="二维码"><p>打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。</p></div></div>
<div class="article-btns"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
%(footer)s</div>
<!-- 网站统计 开始 -->
<script src="https://zfwzzc.www.gov.cn/check_web/errorInfo.js?siteCode=%(siteid)s"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f1c2d9a8b7e6f5a4c3b2a1908f7e6d5";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
<!-- 网站统计 结束 -->
%(hidden)s</body>
</html>
""" % dict(c, metas=metas(c), jsonld=jsonld(c), footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"),
           bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def hanweb(c):
    """大汉 Hanweb JCMS article page."""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%(title)s</title>
%(metas)s<meta name="Maketime" content="%(date)s %(time)s" />
<meta name="HtmlGenerateTime" content="%(date)s %(time)s" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/script/0/1811231454128855.js"></script>
<link href="/images/%(colid)s/style.css" rel="stylesheet" type="text/css" />
%(head)s</head>
<body>
<!--大汉JCMS 页头 共享模板 id=25 开始-->
<script language="javascript" src="/script/0/2306191021470512.js"></script>
<div class="top"><div class="topleft"><img src="/picture/0/2306191024185521.png" alt="%(site)s人民政府门户网站" /></div>
<div class="topright"><form action="/jrobot/search.do" method="get" name="searchform" target="_blank"><input type="hidden" name="webid" value="%(webid)s" /><input type="hidden" name="pg" value="12" /><input type="hidden" name="p" value="1" /><input type="hidden" name="tpl" value="" /><input type="hidden" name="category" value="" /><input type="text" name="q" id="q" /><input type="submit" value="搜 索" /></form></div></div>
<!--大汉JCMS 页头 共享模板 结束-->
<div class="dqwz">您当前的位置：<table cellspacing="0" cellpadding="0" border="0"><tr><td><a href="/index.html" class="bt_link">首页</a></td><td><span class="bt_link">&nbsp;&gt;&nbsp;</span></td><td><a href="/col/col%(colid)s/index.html" class="bt_link">%(column)s</a></td></tr></table></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="wzbt">
<!--<$[标题名称]>begin-->%(title)s<!--<$[标题名称]>end-->
</td></tr><tr><td class="wzxx">发布日期：<!--<$[发布日期]>begin-->%(date)s<!--<$[发布日期]>end-->　信息来源：<!--<$[信息来源]>begin-->%(unit)s<!--<$[信息来源]>end-->　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=%(colid)s&amp;artid=%(artid)s"></script></td></tr>
<tr><td class="bt_content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
%(top)s%(body)s<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
%(bottom)s</td></tr></table>
<div class="wzfx">
<!-- 分享 --><div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div>
</div>
<input type="hidden" id="columnid" value="%(colid)s" /><input type="hidden" id="unitid" value="%(unitid)s" /><input type="hidden" id="artid" value="%(artid)s" />
<!--大汉JCMS 页脚 共享模板 id=26 开始-->
%(footer)s<!--大汉JCMS 页脚 共享模板 结束-->
<script src="/module/jslib/urlparam/urlparam.js"></script>
<!-- 智能问答 --><div id="znwd" class="hide" style="display:none"><div class="znwd-title">智能问答</div><div class="znwd-tip">您好，请输入您要咨询的问题</div></div>
%(hidden)s</body>
</html>
""" % dict(c, metas=metas(c), footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"),
           bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def trs(c):
    """拓尔思 TRS WCM detail page."""
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s-%(site)s人民政府网站</title>
%(metas)s<!--<meta name="ArticleTitle" content="<TRS_DOCUMENT FIELD='DOCTITLE' AUTOLINK='FALSE'></TRS_DOCUMENT>">-->
<link href="../../../images/common.css" rel="stylesheet" type="text/css">
<script src="../../../images/jquery-1.12.4.min.js"></script>
%(head)s</head>
<body>
<!--#include file="../../../include/head.shtml"-->
<div class="hd"><div class="w1200"><a href="../../../"><img src="../../../images/logo.png" alt="%(site)s人民政府"></a>
<div class="tools"><a href="javascript:void(0)" onclick="aria.start()">无障碍</a><a href="../../../ydb/">移动版</a></div></div></div>
<div class="nav"><a href="../../../">首页</a><a href="../../">政务公开</a><a href="../../../zwfw/">办事服务</a><a href="../../../hdjl/">互动交流</a></div>
<div class="bread">当前位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../" title="%(column)s" class="CurrChnlCls">%(column)s</a></div>
<div class="detail">
<h2 class="detail-title"><!--<TRS_DOCUMENT FIELD="DOCTITLE"></TRS_DOCUMENT>-->%(title)s</h2>
<div class="detail-info"><span>发布时间：%(date)s</span><span>来源：%(unit)s</span><span class="fontsize">【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</span></div>
<!-- trs_document_id=%(artid)s chnlid=%(colid)s pubtime=%(date)s %(time)s -->
%(top)s<div class="view TRS_UEDITOR trs_paper_default trs_web">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>
%(body)s</div></div>
<!--TRS_APPENDIX begin-->
<div class="appendix"><p>附件：</p><ul><li><a href="./P0%(artid)s_01.pdf" oldsrc="W0%(artid)s01.pdf">%(title)s（PDF版）</a></li></ul></div>
<!--TRS_APPENDIX end-->
%(bottom)s</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="http://www.gov.cn/">中国政府网</a></li></ul></div>
<!--#include file="../../../include/foot.shtml"-->
%(footer)s<script type="text/javascript">var _trsPageId="%(artid)s";var _trsChnlId="%(colid)s";</script>
<script src="https://ta.trs.cn/c/js/ta.js?mpid=%(mpid)s" async></script>
%(hidden)s</body>
</html>
""" % dict(c, metas=metas(c), footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"),
           bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def empire(c):
    """帝国CMS (EmpireCMS) news page."""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
<title>%(title)s - %(site)s%(unitshort)s</title>
<meta name="keywords" content="%(kw)s" />
<meta name="description" content="%(desc)s" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<!-- [!--pagekey--] 模板变量 newstemp=3 -->
%(head)s</head>
<body>
<!-- 页头 [!--temp.header--] -->
<div class="header"><h1><a href="/">%(site)s%(unitshort)s</a></h1>
<form name="searchform" method="post" action="/e/search/index.php"><input type="hidden" name="show" value="title,newstext" /><input type="hidden" name="tempid" value="1" /><input type="hidden" name="tbname" value="news" /><input type="hidden" name="classid" value="0" /><input name="keyboard" type="text" size="20" /><input type="submit" name="Submit" value="搜索" /></form></div>
<div class="nav"><a href="/">首页</a><a href="/news/">工作动态</a><a href="/zwgk/">信息公开</a><a href="/bsfw/">办事服务</a></div>
<div class="position">现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/news/">%(column)s</a></div>
<div class="content">
<h1 class="title">%(title)s</h1>
<div class="info">时间：%(date)s %(time)s　来源：%(unit)s　点击：<script src="/e/public/ViewClick/?classid=%(colid)s&amp;id=%(artid)s&amp;addclick=1"></script>次</div>
%(top)s<div class="newstext">
%(body)s</div>
<!-- [!--page.url--] 分页 -->
%(bottom)s<div class="prenext">上一篇：<a href="/news/%(artid2)s.html">全区安全生产工作会议召开</a><br>下一篇：没有了</div>
</div>
<!-- 页尾 [!--temp.footer--] -->
%(footer)s<!-- EmpireCMS 7.5 生成于 %(date)s %(time)s -->
<div style="display:none"><script src="https://s4.cnzz.com/z_stat.php?id=1281%(cnzz)s&amp;web_id=1281%(cnzz)s" language="JavaScript"></script></div>
%(hidden)s</body>
</html>
""" % dict(c, footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"), bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def dede(c):
    """织梦 DedeCMS article page."""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
<title>%(title)s_%(column)s_%(site)s%(unitshort)s</title>
<meta name="keywords" content="%(kw)s" />
<meta name="description" content="%(desc)s" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<!-- {dede:global.cfg_soft_lang/} -->
%(head)s</head>
<body class="articleview">
<!-- //顶部导航 {dede:include filename="head.htm"/} -->
<div class="header_top"><div class="w960 center"><span id="time" class="time">%(site)s%(unitshort)s欢迎您</span><div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a></div></div></div>
<div class="header"><div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input type="hidden" name="typeid" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">搜索</button></form></div></div>
<!-- /header -->
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/a/%(colpath)s/'>%(column)s</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>%(title)s</h2></div><!-- /title -->
<div class="info"><small>时间:</small>%(date)s %(time)s<small>来源:</small>%(unit)s <small>作者:</small>%(unitshort)s办公室 <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=%(artid)s&amp;mid=1" type='text/javascript' language="javascript"></script>次</div><!-- /info -->
<div class="content">
%(top)s<table width='100%%'><tr><td>
%(body)s</td></tr></table>
</div><!-- /content -->
%(bottom)s<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/%(colpath)s/%(artid2)s.html'>关于做好防汛工作的通知</a> </li><li>下一篇：没有了 </li></ul></div></div><!-- /handle -->
</div><!-- /viewbox -->
</div><!-- /pleft -->
</div>
<!-- //底部模板 {dede:include filename="footer.htm"/} -->
%(footer)s<!-- Powered by DedeCMS V5.7 SP2 -->
%(hidden)s</body>
</html>
""" % dict(c, footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"), bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def phpcms(c):
    """PHPCMS v9 show page."""
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>%(title)s - %(column)s - %(site)s%(unitshort)s</title>
<meta name="keywords" content="%(kw)s">
<meta name="description" content="%(desc)s">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
%(head)s</head>
<body>
<!-- {template "content","header"} -->
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.jpg" alt="%(site)s%(unitshort)s" /></a></div>
<div class="search"><form action="/index.php" method="get" target="_blank"><input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/><input type="hidden" name="a" value="init"/><input type="hidden" name="typeid" value="1" id="typeid"/><input type="hidden" name="siteid" value="1" id="siteid"/><input type="text" name="q" id="q"/><input type="submit" value="搜 索" class="button_search"/></form></div></div>
<div class="main">
<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=%(colid)s">%(column)s</a> &gt;  正文</div>
<div id="Article">
<h1>%(title)s<br /><span>%(date)s %(time)s&nbsp;&nbsp;&nbsp;来源：%(unit)s&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
<!--{pc:content action="position" posid="2" order="listorder DESC" num="4"}-->
<div class="content">
%(top)s%(body)s</div>
<!--内容关联投票-->
%(bottom)s<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/index.php?m=content&amp;c=tag&amp;catid=%(colid)s&amp;tag=%(kw1)s" class="blue">%(kw1)s</a></p>
</div>
</div>
<script language="JavaScript" src="/api.php?op=count&amp;id=%(artid)s&amp;modelid=1"></script>
<!-- {template "content","footer"} -->
%(footer)s%(hidden)s</body>
</html>
""" % dict(c, footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"), bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def wordpress(c):
    """WordPress 6 single post (Twenty Twenty-One like) with Yoast SEO."""
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "https://%s%s#article" % (c["domain"], c["path"]), "headline": c["title"],
         "datePublished": c["date"] + "T" + c["time"] + "+08:00", "author": {"name": "办公室"},
         "publisher": {"@id": "https://%s/#organization" % c["domain"]}, "inLanguage": "zh-Hans"},
        {"@type": "Organization", "@id": "https://%s/#organization" % c["domain"], "name": c["site"] + c["unitshort"],
         "url": "https://%s/" % c["domain"], "contactPoint": {"@type": "ContactPoint", "telephone": c["phone"], "contactType": "customer service"}}]}
    ld["@graph"][0].update(c.get("ld_extra", {}))
    body = "".join(("<!-- wp:paragraph -->\n%s\n<!-- /wp:paragraph -->\n\n" % ln) if ln.startswith("<p") else ln + "\n"
                   for ln in c["body"].split("\n") if ln.strip())
    return """<!doctype html>
<html lang="zh-Hans">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large' />

	<!-- This site is optimized with the Yoast SEO plugin v21.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>%(title)s - %(site)s%(unitshort)s</title>
	<meta name="description" content="%(desc)s" />
	<link rel="canonical" href="https://%(domain)s%(path)s" />
	<meta property="og:locale" content="zh_CN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="%(title)s" />
	<meta property="article:published_time" content="%(date)sT%(time)s+00:00" />
	<meta name="twitter:label1" content="作者" />
	<meta name="twitter:data1" content="办公室" />
	<script type="application/ld+json" class="yoast-schema-graph">%(ld)s</script>
	<!-- / Yoast SEO plugin. -->

<link rel='stylesheet' id='wp-block-library-css' href='https://%(domain)s/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<script id="twenty-twenty-one-ie11-polyfills-js-after">
( Element.prototype.matches && Element.prototype.closest && window.NodeList && NodeList.prototype.forEach ) || document.write( '<script src="https://%(domain)s/wp-content/themes/twentytwentyone/assets/js/polyfills.js?ver=1.9"></scr' + 'ipt>' );
</script>
<meta name="generator" content="WordPress 6.4.2" />
%(head)s</head>

<body class="post-template-default single single-post postid-%(artid)s single-format-standard wp-embed-responsive is-light-theme">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
	<header id="masthead" class="site-header has-title-and-tagline has-menu">
	<div class="site-branding"><p class="site-title"><a href="https://%(domain)s/">%(site)s%(unitshort)s</a></p><p class="site-description">%(site)s%(unitshort)s官方网站</p></div>
	<nav id="site-navigation" class="primary-navigation" aria-label="主菜单">
		<div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">菜单</span><span class="dropdown-icon close">关闭</span></button></div>
		<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="https://%(domain)s/">首页</a></li><li class="menu-item"><a href="https://%(domain)s/category/news/">工作动态</a></li><li class="menu-item"><a href="https://%(domain)s/category/gk/">信息公开</a></li></ul></div>
	</nav>
	</header>
	<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-%(artid)s" class="post-%(artid)s post type-post status-publish format-standard hentry category-%(colpath)s entry">
	<header class="entry-header alignwide"><h1 class="entry-title">%(title)s</h1></header>
	<div class="entry-content">
%(top)s%(body)s%(bottom)s	</div><!-- .entry-content -->
	<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">发布于 <time class="entry-date published updated" datetime="%(date)sT%(time)s+08:00">%(date)s</time></span><span class="byline">作者 <a href="https://%(domain)s/author/bgs/" rel="author">办公室</a></span></div><div class="post-taxonomies"><span class="cat-links">分类 <a href="https://%(domain)s/category/%(colpath)s/" rel="category tag">%(column)s</a></span></div></footer>
</article><!-- #post-%(artid)s -->
<div id="comments" class="comments-area default-max-width show-avatars">
	<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表回复</h2><form action="https://%(domain)s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">您的电子邮箱地址不会被公开。</span> <span class="required-field-message">必填项已用 <span class="required">*</span> 标注</span></p><p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /> <input type='hidden' name='comment_post_ID' value='%(artid)s' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p><p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="8c1f2e9a0b" /></p><p style="display: none !important;" class="akismet-fields-container" data-prefix="ak_"><label>&#916;<textarea name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label><input type="hidden" id="ak_js_1" name="ak_js" value="%(akjs)s"/></p></form></div><!-- #respond -->
</div><!-- #comments -->
	</main><!-- #main --></div><!-- #primary --></div><!-- #content -->
	<footer id="colophon" class="site-footer">
%(footer)s<div class="powered-by">由 <a href="https://cn.wordpress.org/">WordPress</a> 强力驱动</div>
	</footer><!-- #colophon -->
</div><!-- #page -->
%(hidden)s</body>
</html>
<!-- Dynamic page generated in 0.412 seconds. -->
<!-- Cached page generated by WP-Super-Cache on %(date)s %(time)s -->
""" % dict(c, body=body, ld=json.dumps(ld, ensure_ascii=False), footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"),
           bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def drupal(c):
    """Drupal 10 node page, Olivero theme with twig debug left on."""
    return """<!DOCTYPE html>
<html lang="zh-hans" dir="ltr">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="%(desc)s" />
<link rel="canonical" href="https://%(domain)s%(path)s" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>%(title)s | %(site)s%(unitshort)s</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2vq8Jd.css?delta=0&amp;language=zh-hans&amp;theme=olivero" />
%(head)s  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      跳转到主要内容
    </a>

<!-- THEME DEBUG -->
<!-- THEME HOOK: 'off_canvas_page_wrapper' -->
<!-- BEGIN OUTPUT from 'core/modules/system/templates/off-canvas-page-wrapper.html.twig' -->
  <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<!-- THEME DEBUG -->
<!-- THEME HOOK: 'page' -->
<!-- FILE NAME SUGGESTIONS:
   * page--node--%(artid)s.html.twig
   * page--node--%%.html.twig
   * page--node.html.twig
   x page.html.twig
-->
<!-- BEGIN OUTPUT from 'core/themes/olivero/templates/layout/page.html.twig' -->
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
    <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
      <div class="site-branding"><a href="/" rel="home" class="site-branding__name">%(site)s%(unitshort)s</a></div>
      <div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="主菜单" aria-controls="header-navigation" aria-expanded="false"><span class="mobile-nav-button__label">菜单</span></button></div>
      <div id="header-navigation" class="header-nav" data-drupal-selector="header-navigation">
<!-- BEGIN OUTPUT from 'core/themes/olivero/templates/navigation/menu--primary.html.twig' -->
        <nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"><h2 class="visually-hidden" id="block-olivero-main-menu-menu">主导航</h2>
        <ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/" class="primary-nav__menu-link">首页</a></li><li class="primary-nav__menu-item"><a href="/news" class="primary-nav__menu-link">新闻动态</a></li><li class="primary-nav__menu-item"><a href="/open" class="primary-nav__menu-link">信息公开</a></li></ul></nav>
<!-- END OUTPUT from 'core/themes/olivero/templates/navigation/menu--primary.html.twig' -->
        <div class="search-block-form" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">搜索</label><input title="输入您想要搜索的关键词。" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><input data-drupal-selector="form-%(formtok)s" type="hidden" name="form_build_id" value="form-%(formtok)s" /><input type="hidden" name="form_id" value="search_block_form" /></form></div>
      </div>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main"><div class="main-content">
        <a id="main-content" tabindex="-1"></a>
<!-- THEME HOOK: 'node' -->
<!-- BEGIN OUTPUT from 'core/themes/olivero/templates/content/node.html.twig' -->
<article data-history-node-id="%(artid)s" role="article" about="/node/%(artid)s" class="node node--type-article node--view-mode-full">
  <header><h1 class="title page-title"><span>%(title)s</span></h1>
    <div class="node__meta"><span>由 <span>办公室</span> 发布</span> <span>%(date)s</span></div></header>
  <div class="node__content">
<!-- BEGIN OUTPUT from 'core/themes/olivero/templates/field/field--text-with-summary.html.twig' -->
    <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
%(top)s%(body)s%(bottom)s    </div>
<!-- END OUTPUT from 'core/themes/olivero/templates/field/field--text-with-summary.html.twig' -->
  </div>
</article>
<!-- END OUTPUT from 'core/themes/olivero/templates/content/node.html.twig' -->
      </div></div>
    </div>
    <footer class="site-footer">
%(footer)s    </footer>
  </div>
</div>
<!-- END OUTPUT from 'core/themes/olivero/templates/layout/page.html.twig' -->
  </div>
<!-- END OUTPUT from 'core/modules/system/templates/off-canvas-page-wrapper.html.twig' -->
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/%(artid)s","currentLanguage":"zh-hans"},"pluralDelimiter":"\\u0003","ajaxTrustedUrl":{"\\/search\\/node":true},"user":{"uid":0,"permissionsHash":"%(phash)s"}}</script>
%(hidden)s  </body>
</html>
""" % dict(c, footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"), bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def static(c):
    """A hand-written static page (Dreamweaver era, GB2312 or UTF-8)."""
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s">
<title>%(title)s</title>
<style type="text/css">
<!--
body { font-size: 14px; line-height: 24px; }
.bt { font-size: 20px; font-weight: bold; color: #C00; }
-->
</style>
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }
//-->
</script>
%(head)s</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<noscript>您的浏览器不支持JavaScript，部分功能可能无法正常使用。</noscript>
<!-- #BeginLibraryItem "/Library/top.lbi" --><table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/top.jpg" width="778" height="120" alt="%(site)s%(unitshort)s"></td></tr><tr><td bgcolor="#0066CC" class="white"><a href="index.htm">首页</a> | <a href="gk.htm">信息公开</a> | <a href="bs.htm">办事指南</a> | <a href="lx.htm">联系我们</a></td></tr></table><!-- #EndLibraryItem -->
<table width="778" border="0" align="center" cellpadding="10" cellspacing="0">
<tr><td align="center" class="bt">%(title)s</td></tr>
<tr><td align="center">%(date)s　%(unit)s</td></tr>
<tr><td>
%(top)s%(body)s%(bottom)s</td></tr>
</table>
<!-- #BeginLibraryItem "/Library/foot.lbi" -->%(footer)s<!-- #EndLibraryItem -->
%(hidden)s</body>
</html>
""" % dict(c, footer=footer_cn(c), head=inj(c, "head"), top=inj(c, "top"), bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


def saved(html, url):
    """The page as a browser's "Save page as" (IE/Edge legacy style) writes it."""
    mark = "<!-- saved from url=(%04d)%s -->\n" % (len(url), url)
    if html.startswith("<!DOCTYPE") or html.startswith("<!doctype"):
        i = html.index(">") + 1
        html = html[:i] + "\n" + mark + html[i + 1:]
    else:
        html = mark + html
    html = html.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n<base href=\"%s\">" % url, 1)
    return html


def word(c, wps=False):
    """A Word (or WPS) document saved as "Web page, filtered" / "网页 (*.htm)"."""
    gen = "WPS Office" if wps else "Microsoft Word 15 (filtered)"
    body = c["body"].replace("<p>", "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>").replace(
        "</p>", "<o:p></o:p></span></p>").replace("<p class=\"right\">", "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>").replace(
        "<p class=\"noindent\">", "<p class=MsoNormal><span style='font-size:16.0pt;font-family:仿宋_GB2312'>")
    body = body.replace("<table", "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'").replace(
        "<td>", "<td width=92 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>").replace("</td>", "</p></td>")
    return """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=%(charset)s">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="%(gen)s">
<meta name=Originator content="Microsoft Word 15">
<title>%(title)s</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>%(lastauthor)s</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>42</o:TotalTime>
  <o:Created>%(date)sT01:22:00Z</o:Created>
  <o:LastSaved>%(date)sT02:05:00Z</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Words>318</o:Words>
  <o:Characters>1816</o:Characters>
  <o:Company>%(unit)s</o:Company>
  <o:Lines>15</o:Lines>
  <o:Paragraphs>4</o:Paragraphs>
  <o:CharactersWithSpaces>2130</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:CustomDocumentProperties>
  <o:KSOProductBuildVer dt:dt="string">2052-12.1.0.15374</o:KSOProductBuildVer>
  <o:ICV dt:dt="string">A1F23C9B5E7D4A0E8C6B2D1F0E9A8B7C</o:ICV>
 </o:CustomDocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false" DefSemiHidden="false" DefQFormat="false" DefPriority="99" LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:modern;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;
	mso-fareast-language:ZH-CN;}
span.msoIns
	{mso-style-type:export-only;
	mso-style-name:"";
	text-decoration:underline;
	text-underline:single;
	color:blue;}
span.msoDel
	{mso-style-type:export-only;
	mso-style-name:"";
	text-decoration:line-through;
	color:red;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;}
 /* Page Definitions */
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
%(head)s</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

%(top)s<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><b><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体'>%(title)s<span lang=EN-US><o:p></o:p></span></span></b></p>

<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>&nbsp;</o:p></span></p>

%(body)s
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
%(bottom)s
</div>
%(hidden)s
</body>

</html>
""" % dict(c, gen=gen, body=body, head=inj(c, "head"), top=inj(c, "top"), bottom=inj(c, "bottom"), hidden=inj(c, "hidden"))


PLATFORMS = {"jiyue": jiyue, "hanweb": hanweb, "trs": trs, "empire": empire, "dede": dede, "phpcms": phpcms,
             "wordpress": wordpress, "drupal": drupal, "static": static, "word": word}
