import sys
sys.path.insert(0, ".")
from common import *
CC1 = credit_code("91330106MA2H7K3Q1"); CC2 = credit_code("91330100704201368"); CC4 = credit_code("91330108MA27YB5W0")
SRC = "gen/html_src"; os.makedirs(SRC, exist_ok=True)
def w(path, t):
    with open(path, "w", encoding="utf-8") as f: f.write(t)

NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/tjxx/">统计信息</a></li><li><a href="/hdjl/">互动交流</a></li></ul>'
FOOT_TXT = '主办：临安区人民政府办公室　地址：临安区锦城街道衣锦街398号　电话：0571-63722001<br>网站标识码：3301850001　浙ICP备05012345号-1　<a href="http://www.beian.gov.cn/">浙公网安备 33018502000123号</a>'

# h01 own CSS dark banner, white text, grey footer
w(f"{OUT}/h01_banner_owncss.html", f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2026年1-10月全区主要经济指标</title>
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;color:#333;background:#fff}}
.banner{{background:#1a3d7c;color:#fff;padding:24px 40px}}
.banner h1{{letter-spacing:0.5em;font-size:28px}}
.banner .sub{{color:#e6ecf5}}
.nav{{background:#0f2a57;margin:0;padding:0}} .nav li{{display:inline-block;padding:10px 20px}} .nav a{{color:#fff}}
table{{border-collapse:collapse;margin:20px 40px}} td,th{{border:1px solid #ccc;padding:4px 8px;text-align:right}}
.footer{{background:#222;color:#fff;font-size:12px;padding:20px 40px}}
.footer .tip{{color:#999}}
</style></head><body>
<div class="banner"><h1>统计信息</h1><div class="sub">数据发布　权威解读　服务社会</div></div>
{NAV}
<h2 style="margin:20px 40px">2026年1-10月全区主要经济指标</h2>
<table><tr><th>指标</th><th>单位</th><th>1-10月</th><th>同比增长（%）</th></tr>
<tr><td>规模以上工业增加值</td><td>万元</td><td>3892154</td><td>7.2</td></tr>
<tr><td>规模以上工业总产值</td><td>元</td><td>15723468100</td><td>6.8</td></tr>
<tr><td>固定资产投资</td><td>元</td><td>13628451900</td><td>5.1</td></tr>
<tr><td>社会消费品零售总额</td><td>元</td><td>18762093500</td><td>4.9</td></tr>
<tr><td>一般公共预算收入</td><td>元</td><td>11903245600</td><td>3.6</td></tr>
<tr><td>城镇常住居民人均可支配收入</td><td>元</td><td>68215</td><td>4.7</td></tr>
<tr><td>用电量</td><td>千瓦时</td><td>4321876540</td><td>8.3</td></tr></table>
<p style="margin:20px 40px">注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。</p>
<div class="footer">{FOOT_TXT}<div class="tip">建议使用1920×1080分辨率浏览　本站已支持IPv6</div></div>
</body></html>""")
label("h01_banner_owncss.html", note="hand-written page: white text on a dark banner, nav and footer, colours from the page's own <style>; #999 footer tip; 11-digit amounts in a table whose 单位 column says 元; 公网安备 14-digit number and 网站标识码; must pass")

# h02 external stylesheet
w(f"{OUT}/h02_extcss_footer.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>临安区财政局 政府预算公开</title>
<link rel="stylesheet" href="/static/css/common.css"><link rel="stylesheet" href="/static/css/index.css">
</head><body>
<div class="header"><div class="logo-text" style="color:#ffffff">临安区财政局</div><div class="search"><input type="text" placeholder="请输入关键字"><button class="btn-search" style="color:#fff">搜索</button></div></div>
<div class="main"><div class="crumb">当前位置：首页 &gt; 政府预算公开</div>
<h1 class="title">临安区2026年一般公共预算收支预算表</h1>
<table class="tbl"><tr><th>项目</th><th>预算数（元）</th><th>上年执行数（元）</th></tr>
<tr><td>税收收入</td><td>11807215600</td><td>11293457800</td></tr>
<tr><td>非税收入</td><td>1755658700</td><td>1688120300</td></tr>
<tr><td>一般公共预算收入合计</td><td>13562874300</td><td>12981578100</td></tr>
<tr><td>一般公共预算支出合计</td><td>15892340100</td><td>15399801200</td></tr></table>
<div class="btn-group"><a class="btn btn-primary" style="color:#fff" href="/yusuan/2026.pdf">下载预算报告全文（PDF）</a></div></div>
<div class="footer" id="footer"><p class="white" style="color:#fff">主办单位：临安区财政局　联系电话：0571-63720351　传真：0571-63720352</p>
<p class="white" style="color:#ffffff">地址：临安区锦城街道衣锦街398号　邮编：311300　网站标识码：3301850012</p>
<p class="copy" style="color:#fefefe">浙ICP备05012345号-3　浙公网安备 33018502000456号</p></div>
</body></html>""")
label("h02_extcss_footer.html", note="hand-written page whose stylesheets come from elsewhere (/static/css/*.css, not provided): white inline-styled text in a footer/header/button with classes and ids (dark backgrounds set by the missing stylesheet); amounts in 元 columns; must pass")

# h03 carousel
w(f"{OUT}/h03_carousel.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>临安区人民政府门户网站</title>
<style>
.slider{{position:relative;width:1000px;height:360px;overflow:hidden}}
.slide{{position:absolute;top:0;left:0;width:1000px;height:360px;background-size:cover}}
.s1{{background-image:url(/images/banner/2026qsh.jpg)}} .s2{{background-image:url(/images/banner/2026tms.jpg)}} .s3{{background-image:url(/images/banner/2026kjc.jpg)}}
.caption{{position:absolute;bottom:20px;left:30px;color:#fff;font-size:22px;text-shadow:0 1px 2px #000}}
.num{{position:absolute;bottom:20px;right:30px;color:#fff}}
.news li{{line-height:2}}
</style></head><body>
<div class="slider">
<div class="slide s1"><div class="caption">青山湖科技城2026年新签约项目32个，总投资186.4亿元</div><div class="num">1 / 3</div></div>
<div class="slide s2" style="display:none"><div class="caption">天目山镇入选2026年度全国乡村旅游重点镇</div><div class="num">2 / 3</div></div>
<div class="slide s3" style="display:none"><div class="caption">全区完成投资13628451900元，同比增长5.1%</div><div class="num">3 / 3</div></div>
</div>
<ul class="news"><li><a href="/art/2026/11/3/art_1229_4012345.html">临安区召开2026年第四季度经济形势分析会</a> 2026-11-03</li>
<li><a href="/art/2026/11/2/art_1229_4012301.html">区统计局发布2026年1-10月主要经济指标</a> 2026-11-02</li>
<li><a href="/art/2026/10/31/art_1229_4012288.html">关于2026年度区级部门预算执行情况的说明</a> 2026-10-31</li></ul>
<script>var i=0;setInterval(function(){{i=(i+1)%3;}},5000);</script>
</body></html>""")
label("h03_carousel.html", note="carousel: white captions positioned over background pictures, slides 2 and 3 display:none by the slider (captions are ordinary news headlines); must pass")

# h04 no css
w(f"{OUT}/h04_nocss_tongji.html", """<html><head><meta charset="gb2312"><title>临安区2025年农业生产情况</title></head><body>
<h2>临安区2025年农业生产情况</h2>
<p>2025年，全区农林牧渔业总产值7289163400元，比上年增长3.4%。粮食播种面积18.62万亩，总产量7.14万吨。</p>
<table border="1"><tr><td>品种</td><td>面积（亩）</td><td>产量（吨）</td><td>产值（元）</td></tr>
<tr><td>山核桃</td><td>586213</td><td>16872</td><td>1386520000</td></tr>
<tr><td>竹笋</td><td>412305</td><td>213568</td><td>1521843600</td></tr>
<tr><td>茶叶</td><td>103287</td><td>2916</td><td>938127500</td></tr>
<tr><td>蔬菜</td><td>89231</td><td>138765</td><td>612348900</td></tr>
<tr><td>水果</td><td>31256</td><td>42319</td><td>381276400</td></tr></table>
<p>数据来源：临安区统计局、区农业农村局。咨询电话：0571-63729012。</p>
</body></html>""".encode("gb2312").decode("latin-1") if False else "")
with open(f"{OUT}/h04_nocss_tongji.html", "wb") as f:
    f.write("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>临安区2025年农业生产情况</title></head><body>
<h2>临安区2025年农业生产情况</h2>
<p>2025年，全区农林牧渔业总产值7289163400元，比上年增长3.4%。粮食播种面积18.62万亩，总产量7.14万吨。</p>
<table border="1"><tr><td>品种</td><td>面积（亩）</td><td>产量（吨）</td><td>产值（元）</td></tr>
<tr><td>山核桃</td><td>586213</td><td>16872</td><td>1386520000</td></tr>
<tr><td>竹笋</td><td>412305</td><td>213568</td><td>1521843600</td></tr>
<tr><td>茶叶</td><td>103287</td><td>2916</td><td>938127500</td></tr>
<tr><td>蔬菜</td><td>89231</td><td>138765</td><td>612348900</td></tr>
<tr><td>水果</td><td>31256</td><td>42319</td><td>381276400</td></tr></table>
<p>数据来源：临安区统计局、区农业农村局。咨询电话：0571-63729012。</p>
</body></html>""".encode("gb2312"))
label("h04_nocss_tongji.html", note="GB2312 page with no CSS at all, normal black text, a border=1 statistics table of areas, tonnes and amounts; must pass")

# h05 buttons + hotlines
w(f"{OUT}/h05_buttons_hotline.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title>
<style>
.btn{{display:inline-block;padding:8px 24px;border-radius:4px;background:#c8161d;color:#fff;text-decoration:none}}
.btn-blue{{background:#005bac;color:#ffffff}}
.tag{{background:#f5f5f5;color:#999;font-size:12px}}
.hot{{background:#003366;color:#fff;padding:12px}}
</style></head><body>
<h1>企业开办“一件事”办事指南</h1>
<p>事项编码：11330185002493117A3330118001000　办件类型：即办件　法定办结时限：5个工作日　承诺办结时限：1个工作日</p>
<p>收费标准：不收费。办理地点：临安区政务服务中心一楼B区12-18号窗口。</p>
<p><a class="btn" href="https://zwfw.example.gov.cn/apply?itemCode=11330185002493117A3330118001000">在线办理</a> <a class="btn btn-blue" href="/guide/qykb.docx">下载办事指南</a> <span class="tag">浏览次数：13256</span></p>
<div class="hot">咨询电话：0571-63725566　投诉电话：12345　服务时间：周一至周五 8:30-12:00 14:30-17:30（法定节假日除外）</div>
</body></html>""")
label("h05_buttons_hotline.html", note="white text on red/blue buttons and a dark hotline box from the page's own CSS; 31-char 事项编码, #999 tag; must pass")

# h06 old bgcolor
w(f"{OUT}/h06_bgcolor_font.html", f"""<html><head><meta charset="utf-8"><title>临安区2026年第三季度财政收支情况</title></head>
<body bgcolor="#FFFFFF" text="#000000">
<table width="760" bgcolor="#003366" cellpadding="6"><tr><td><font color="#FFFFFF" size="5"><b>临 安 区 财 政 局</b></font></td><td align="right"><font color="#FFFFFF">2026年10月15日 星期四</font></td></tr></table>
<table width="760" border="1" cellspacing="0"><tr bgcolor="#336699"><td><font color="#FFFFFF">项目</font></td><td><font color="#FFFFFF">本季度（元）</font></td><td><font color="#FFFFFF">累计（元）</font></td></tr>
<tr><td>一般公共预算收入</td><td>3912586400</td><td>11903245600</td></tr>
<tr><td>一般公共预算支出</td><td>4218703500</td><td>12378914200</td></tr>
<tr><td>政府性基金收入</td><td>2815639700</td><td>13652107800</td></tr></table>
<table width="760" bgcolor="#333333"><tr><td align="center"><font color="#FFFFFF" size="2">临安区财政局 版权所有　联系电话：0571-63720351</font><br><font color="#CCCCCC" size="2">浙ICP备05012345号-3</font></td></tr></table>
</body></html>""")
label("h06_bgcolor_font.html", note="old HTML: <font color=#FFFFFF> on table bgcolor #003366/#336699/#333333; 11-digit amounts in 元 columns; must pass")

# h07 statistics page, letter-spacing, light grey footer
w(f"{OUT}/h07_tongji_kuaibao.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>统计快报</title>
<style>h1{{letter-spacing:1.5em;text-align:center}} .meta{{color:#999;text-align:center}} td{{padding:2px 6px}} .ft{{color:#aaa;font-size:12px;border-top:1px solid #eee}}</style></head><body>
<h1>统计快报</h1><p class="meta">发布时间：2026-11-05 10:30:00　来源：临安区统计局　浏览次数：2381</p>
<table border="1"><tr><th>行业</th><th>企业数（个）</th><th>营业收入（元）</th><th>增速</th></tr>
<tr><td>信息传输、软件和信息技术服务业</td><td>8</td><td>1562347890</td><td>12.1%</td></tr>
<tr><td>租赁和商务服务业</td><td>6</td><td>876543210</td><td>5.4%</td></tr>
<tr><td>科学研究和技术服务业</td><td>9</td><td>1357924680</td><td>8.8%</td></tr>
<tr><td>居民服务、修理和其他服务业</td><td>3</td><td>123456789</td><td>-2.3%</td></tr>
<tr><td>文化、体育和娱乐业</td><td>4</td><td>98765432</td><td>3.0%</td></tr></table>
<p class="ft">【打印本页】【关闭窗口】　索引号：002493117/2026-00123　文号：临统〔2026〕15号</p></body></html>""")
label("h07_tongji_kuaibao.html", note="letter-spacing 1.5em heading, #999/#aaa grey text on white, 索引号 with 9+5 digits; must pass")

# h08 white text on dark footer, classes, own css
w(f"{OUT}/h08_dark_footer_links.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年度报告</title>
<style>
body{{margin:0}} .top{{background:linear-gradient(#0b3a74,#164e9a);color:#fff;height:90px;line-height:90px;padding-left:30px;font-size:26px}}
.links{{background:#2b2b2b}} .links a{{color:#ddd;margin:0 8px}}
.bottom{{background:#1b1b1b;color:#f0f0f0;text-align:center;font-size:12px;padding:16px}}
</style></head><body>
<div class="top">临安区人民政府信息公开专栏</div>
<h2>临安区2025年政府信息公开工作年度报告</h2>
<p>2025年，全区共主动公开政府信息18623条，其中规范性文件41件；收到政府信息公开申请263件，上年结转12件，本年度办理结果：予以公开118件，部分公开23件，不予公开9件（其中属于国家秘密的0件），无法提供87件，不予处理14件。</p>
<table border="1"><tr><td>收费金额（元）</td><td>0</td></tr><tr><td>行政复议 维持</td><td>3</td></tr><tr><td>行政复议 纠正</td><td>1</td></tr><tr><td>行政诉讼 未经复议直接起诉 维持</td><td>2</td></tr></table>
<div class="links">友情链接：<a href="https://www.gov.cn/">中国政府网</a><a href="https://www.zj.gov.cn/">浙江省人民政府</a><a href="https://www.hangzhou.gov.cn/">杭州市人民政府</a></div>
<div class="bottom">临安区人民政府办公室主办　联系电话：0571-63722001　政务服务热线：12345<br>浙ICP备05012345号-1　浙公网安备 33018502000123号　网站标识码：3301850001</div>
</body></html>""")
label("h08_dark_footer_links.html", note="年度报告 page with 不予公开…属于国家秘密的0件 (a statistic, not a marking), white/light text on gradient and dark footers from own CSS; must pass")

# --- Chromium sources ---
CSS_PRINT = "body{font-family:'Noto Serif CJK SC',serif;font-size:14px} *{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
w(f"{SRC}/p01_yusuan_narrow.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT}
h1{{letter-spacing:1em;text-align:center;font-size:24px}} table{{border-collapse:collapse}} td,th{{border:1px solid #000;padding:2px;font-size:12px}}
td.n{{width:52px;word-break:break-all;text-align:right}} td.c{{width:70px;word-break:break-all}}</style></head><body>
<h1>部门预算表</h1><p style="text-align:center">单位：元</p>
<table><tr><th>项目编号</th><th>项目名称</th><th>预算数（元）</th><th>其中：财政拨款（元）</th><th>统一社会信用代码（实施单位）</th></tr>
<tr><td class="c">2026110100012</td><td>基础设施提升工程</td><td class="n">15823417600</td><td class="n">13904521800</td><td class="c">{CC1}</td></tr>
<tr><td class="c">2026110100013</td><td>教育装备采购</td><td class="n">13577208900</td><td class="n">13577208900</td><td class="c">{CC2}</td></tr>
<tr><td class="c">2026110100014</td><td>医疗卫生设备更新</td><td class="n">13865214700</td><td class="n">12001237800</td><td class="c">{CC4}</td></tr>
<tr><td class="c">2026110100015</td><td>数字政府建设</td><td class="n">905172300</td><td class="n">812000000</td><td class="c">{CC2}</td></tr></table>
<p>编制单位：临安区财政局　　联系电话：0571-63720351</p></body></html>""")
label("p01_yusuan_narrow.pdf", note="Chromium PDF: title letter-spacing 1em; 11-digit amounts (13904521800, 13577208900, 13865214700) and 13-digit 项目编号 wrapped inside narrow cells (word-break:break-all) of columns headed 元/项目编号; credit codes wrapped; must pass")

w(f"{SRC}/p02_twocol_gongbao.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT}
.cols{{column-count:2;column-gap:28px;text-align:justify;text-justify:inter-ideograph}} h1{{text-align:center;letter-spacing:0.5em}}</style></head><body>
<h1>临安区2025年国民经济和社会发展统计公报</h1><div class="cols">
<p>一、综合。全年全区实现地区生产总值68732185400元，按可比价格计算，比上年增长6.3%。其中，第一产业增加值3981264700元，增长3.1%；第二产业增加值28913547200元，增长7.2%；第三产业增加值35837373500元，增长5.9%。三次产业结构为5.8:42.1:52.1。人均地区生产总值108862元。</p>
<p>二、农业。全年农林牧渔业总产值7289163400元，增长3.4%。山核桃产量16872吨，竹笋产量213568吨，茶叶产量2916吨。</p>
<p>三、工业和建筑业。全年规模以上工业增加值3892154万元，增长7.2%。规模以上工业总产值15723468100元。高新技术产业增加值占规模以上工业增加值比重为68.3%。</p>
<p>四、固定资产投资。全年固定资产投资13628451900元，增长5.1%，其中工业投资4123658700元，民间投资7351286400元。</p>
<p>五、财政金融。一般公共预算收入13562874300元，增长4.6%。年末金融机构本外币存款余额186213456700元，贷款余额172358904600元。</p>
<p>六、人口。年末户籍人口631245人，其中城镇人口372119人。全年出生人口4218人，死亡人口5031人，自然增长率-1.28‰。</p>
<p>七、公共服务。全年12345热线受理诉求186213件，办结率99.87%。统计局咨询电话0571-63721058。</p>
</div></body></html>""")
label("p02_twocol_gongbao.pdf", note="Chromium PDF: two-column justified 统计公报 (column-count:2) full of 11–12 digit amounts in 元 and percentages; must pass")

w(f"{SRC}/p03_dianhua_spaced.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT}
h1{{letter-spacing:2em;text-align:center}} h2{{letter-spacing:0.8em}} table{{border-collapse:collapse;width:100%}} td{{border:1px solid #666;padding:3px}}</style></head><body>
<h1>通讯录</h1><h2>区级机关</h2>
<table><tr><td>单位</td><td>值班电话</td><td>传真</td><td>邮政编码</td></tr>
<tr><td>区委办公室</td><td>0571-63722001</td><td>0571-63722002</td><td>311300</td></tr>
<tr><td>区政府办公室</td><td>0571-63722011</td><td>0571-63722012</td><td>311300</td></tr>
<tr><td>区应急管理局</td><td>0571-63731119</td><td>0571-63731120</td><td>311300</td></tr>
<tr><td>区公安分局</td><td>0571-63722110</td><td>0571-63722111</td><td>311300</td></tr>
<tr><td>区气象局</td><td>0571-63712121</td><td>0571-63712122</td><td>311300</td></tr></table>
<h2>公共服务热线</h2><table><tr><td>政务服务便民热线</td><td>12345</td></tr><tr><td>价格举报</td><td>12315</td></tr><tr><td>供电服务</td><td>95598</td></tr><tr><td>某某燃气</td><td>400-826-5588</td></tr><tr><td>某某水务</td><td>0571-96390</td></tr></table>
<p style="text-align:right">更新时间：2026年11月01日</p></body></html>""")
label("p03_dianhua_spaced.pdf", note="Chromium PDF: 通讯录 with headings letter-spaced 2em and 0.8em; agency landlines, hotlines, 400 number; must pass")

w(f"{SRC}/p04_caigou_justify.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT}
body{{width:430px}} p{{text-align:justify;text-indent:2em;line-height:1.8}}</style></head><body>
<h2 style="text-align:center">临安区2026年度智慧校园建设项目中标（成交）结果公告</h2>
<p>一、项目编号：LAZC2026GK018700012；项目名称：临安区2026年度智慧校园建设项目；中标供应商名称：浙江某某信息技术有限公司，统一社会信用代码{CC4}，地址：杭州市西湖区文三路478号，中标金额：13562874.30元（大写：壹仟叁佰伍拾陆万贰仟捌佰柒拾肆元叁角整），合同金额15823417600元分三年支付。</p>
<p>二、采购人履约保证金请汇入以下账户：户名：临安区政府采购中心；开户银行：中国工商银行杭州临安支行；账号：1202 0212 0990 0123 456。采购人联系电话：0571-63722100，代理机构联系电话：0571-87651234。</p>
<p>三、公告期限：自本公告发布之日起1个工作日。质疑函请于公告期满之日起7个工作日内以书面形式提交。</p></body></html>""")
label("p04_caigou_justify.pdf", note="Chromium PDF, narrow justified paragraphs: 项目编号 of 19 chars, credit code, 合同金额15823417600元 and an agency's 账号 1202 0212 0990 0123 456 (an organisation's settlement account with 户名 临安区政府采购中心) cut by line wraps; must pass")

w(f"{SRC}/p05_serials.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT}
table{{border-collapse:collapse}} td,th{{border:1px solid #000;padding:3px;font-size:12px}} .w{{width:90px;word-break:break-all}}</style></head><body>
<h3>临安区公务用车处置（拍卖）车辆清单</h3>
<table><tr><th>序号</th><th>车辆品牌型号</th><th>车架号（VIN）</th><th>发动机号</th><th>初次登记日期</th><th>起拍价（元）</th></tr>
<tr><td>1</td><td>大众SVW71810KJ</td><td class="w">LSVAU2180N2183294</td><td>DLF183726</td><td>2015-06-18</td><td>18600</td></tr>
<tr><td>2</td><td>别克SGM7152ATA</td><td class="w">LSGJA52H5KS128734</td><td>15S03291867</td><td>2016-03-02</td><td>21300</td></tr>
<tr><td>3</td><td>丰田GTM7250GB</td><td class="w">LVGBE40K8HG052178</td><td>5AR1893264</td><td>2017-11-21</td><td>35800</td></tr></table>
<h3>资质证书核验结果</h3>
<table><tr><th>企业名称</th><th>证书编号</th><th>订单号</th><th>有效期至</th></tr>
<tr><td>杭州临科建设有限公司</td><td class="w">D233012345</td><td class="w">13926110500871</td><td>2028-12-31</td></tr>
<tr><td>浙江某某家具制造有限公司</td><td class="w">ZJ-AQ-2026-13688</td><td class="w">15820261101003</td><td>2027-06-30</td></tr>
<tr><td>浙江某某信息技术有限公司</td><td class="w">15720260013</td><td class="w">18620261101017</td><td>2029-03-31</td></tr></table>
<p>拍卖咨询电话：0571-63720366（区机关事务管理局）。</p></body></html>""")
label("p05_serials.pdf", note="Chromium PDF: VINs, engine numbers (15S03291867 11 chars), 证书编号 15720260013 (11 digits in a 证书编号 column), 14-digit 订单号 in narrow wrapping cells; must pass")

w(f"{SRC}/p06_banner_print.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT}
.banner{{background:#0b3a74;color:#fff;padding:18px;font-size:22px;letter-spacing:0.6em}} .foot{{background:#222;color:#fff;padding:10px;font-size:11px}} .grey{{color:#999}}</style></head><body>
<div class="banner">临安区统计局 · 数据发布</div>
<h3>2026年10月居民消费价格变动情况</h3>
<table border="1" cellspacing="0"><tr><th>类别</th><th>环比（%）</th><th>同比（%）</th><th>1-10月累计（%）</th></tr>
<tr><td>居民消费价格总指数</td><td>0.1</td><td>0.4</td><td>0.3</td></tr><tr><td>食品烟酒</td><td>-0.3</td><td>0.9</td><td>0.6</td></tr>
<tr><td>衣着</td><td>0.5</td><td>1.2</td><td>1.1</td></tr><tr><td>居住</td><td>0.0</td><td>-0.2</td><td>-0.1</td></tr><tr><td>交通通信</td><td>-0.6</td><td>-1.8</td><td>-1.5</td></tr></table>
<p class="grey">注：价格指数以上年同月为100。</p>
<div class="foot">临安区统计局　地址：临安区锦城街道衣锦街398号　电话：0571-63721058　政务服务热线：12345</div></body></html>""")
label("p06_banner_print.pdf", note="Chromium PDF printed with backgrounds: white letter-spaced text on a dark banner and dark footer, #999 note, CPI table of small numbers; must pass")

w(f"{SRC}/p07_md_like_table.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT} td{{border:1px solid #000;padding:3px;width:110px}} table{{border-collapse:collapse}}</style></head><body>
<h3>2026年度区级财政专项资金分配表</h3>
<table><tr><td>项目编号</td><td>资金用途</td><td>分配金额（元）</td><td>承担单位</td></tr>
<tr><td>2026110100<br>021</td><td>农村饮用水<br>达标提标</td><td>13,628,451,<br>900.00</td><td>临安区水利<br>水电局</td></tr>
<tr><td>2026110100<br>022</td><td>高标准农田<br>建设</td><td>1,386,420,<br>000.00</td><td>临安区农业<br>农村局</td></tr>
<tr><td>2026110100<br>023</td><td>老旧小区<br>改造</td><td>13,904,521,<br>800.00</td><td>临安区住房<br>和城乡建设局</td></tr></table></body></html>""")
label("p07_md_like_table.pdf", note="Chromium PDF: table cells with <br> breaking 项目编号 and comma-grouped amounts in 元 across lines; must pass")

# twins in Chromium
w(f"{SRC}/t07_chromium_marking.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT} .mk{{font-family:'Noto Sans CJK SC';font-size:16px}} h1{{letter-spacing:1em;text-align:center;color:#c00}}</style></head><body>
<div class="mk">机密★1年</div><h1>临安区财政局文件</h1>
<h3 style="text-align:center">关于2026年度区级预算调整方案的请示</h3>
<p>区政府：2026年区级一般公共预算收入调整为13562874300元，支出调整为15892340100元。调整方案详见附表。</p>
<p>联系电话：0571-63720351</p></body></html>""")
label("t07_chromium_marking.pdf", "block", ["classified_marking"], note="TWIN of p01-style Chromium PDF: 机密★1年 at the top left of the first page (GB/T 9704 position), letter-spaced red 版头; block")

w(f"{SRC}/t11_chromium_plate.html", f"""<html><head><meta charset="utf-8"><style>{CSS_PRINT} p{{text-align:justify}}</style></head><body>
<h3>临安区交通运输局行政处罚决定书（摘要）</h3>
<p>当事人：杭州某某物流有限公司，统一社会信用代码{CC2}。2026年10月12日，执法人员在G56杭瑞高速临安段检查时发现，当事人所属车牌号为浙A7M382的重型货车未按规定进行年度审验。依据《道路运输条例》第七十条，决定处以罚款3000元。</p></body></html>""")
label("t11_chromium_plate.pdf", "review", ["license_plate"], ["浙A7M382"], note="TWIN: Chromium PDF penalty summary naming a vehicle plate 浙A7M382 in full; review")

save_labels("html")
