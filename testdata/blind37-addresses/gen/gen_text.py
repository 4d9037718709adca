#!/usr/bin/python3
"""Plain text, CSV, Markdown and HTML files of blind37-addresses."""
import os

OUT = ".."
os.makedirs(OUT, exist_ok=True)


def w(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(enc))


# ---------------------------------------------------------------- text
w("a01_xxgk_zhinan.txt", """某市人民政府办公室政府信息公开指南（2024年修订）

一、主动公开
本机关主动公开的政府信息，通过某市人民政府门户网站（https://www.hangzhou.gov.cn）“政府信息公开”专栏发布，
也可通过浙江政务服务网（https://www.zjzwfw.gov.cn）及“浙里办”查询。

二、依申请公开
申请人可通过门户网站在线申请平台（https://www.hangzhou.gov.cn/col/col1229063383/index.html）提交申请，
也可以信函方式提出。受理机构办公地址：某市解放东路18号市民中心，邮政编码310020。
咨询电话：0571-85252222，政务服务热线12345。

三、其他
本指南自2024.10.12起施行，2019年版同时废止。
""")

w("a02_oa_denglu_tongzhi.txt", """关于启用新版协同办公系统的通知

各科室、直属单位：
为提高办文效率，新版协同办公系统已于2024年9月2日完成部署。请各单位于9月10日前完成账号激活，
登录地址为 http://10.33.8.21:8080/oa/login ，初始密码请向信息中心领取。
旧系统将于9月30日停止服务，届时请勿再通过原地址访问。

联系人：信息中心 王工，电话：0571-87051234

某局办公室
2024年9月3日
""")

w("a03_wangluo_anquan_peixun.txt", """网络安全意识培训讲义（第三讲）

一、什么是私有IP地址
家庭和单位的局域网常使用私有IP地址，书写时通常以“192.168.x.x”“10.x.x.x”或“172.16.x.x”表示，
其中x代表0至255之间的任意数字。私有地址只在本地网络中有效，无法在互联网上直接访问。

二、练习
1. 在命令提示符中输入 ipconfig，查看本机地址是否形如 192.168.x.x。
2. 讨论：为什么在对外发布的材料中不应写出具体的服务器地址？

三、小结
对外公开的材料只应出现单位门户网站等公开地址，如 https://www.gov.cn 。
""")

w("a04_ruanjian_caigou.txt", """某区政务服务中心办公软件升级采购公告

项目编号：ZFCG-2024-0386
采购内容：办公套件升级至 v10.0.3.1，数据库客户端升级至 V12.2.0.1，浏览器统一为 127.0.6533.88 版。
预算金额：172.16万元（其中软件许可192.168万元已列入年初预算中的一部分）。
公告期限：2024.10.12 至 2024.10.19。
采购人：某区政务服务中心，地址：某区人民路100号。
联系电话：0571-86701234。
""", enc="gb18030")

w("a05_biaozhun_tiaokuan.txt", """关于落实网络安全等级保护制度的实施意见

一、依据
依据《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）第8.1.4.3条和第10.1.2.3条，
以及《信息安全技术 网络安全等级保护测评要求》（GB/T 28448-2019）第9.1.3.4条的规定。

二、要求
（一）按照第10.1.2.3条要求落实访问控制措施；
（二）按照第10.2.1.1条要求开展安全审计；
（三）按照JR/T 0071-2020的相关条款进行自查。

三、附则
本意见自印发之日起施行。对照表见附件3.2.1.1。
""")

w("a06_gongwen_jiaohuan.txt", """关于规范电子公文交换工作的通知

各科室：
自即日起，各科室拟印发的文件定稿请统一存放至共享目录 \\\\192.168.10.5\\公文交换\\2024\\定稿 ，
由办公室统一编号、用印。存放时请按“文号+标题”命名。

某局办公室
2024年3月12日
""", enc="gb18030")

w("a07_caiwu_gongxiang.txt", """关于报送2025年部门预算草案的通知

各预算单位：
请于10月25日前将预算草案电子版上传至 \\\\fileserver01\\财务科\\预算\\2025 目录，
纸质材料一式两份报财务科。

某局财务科
2024年10月8日
""")

w("a08_guzhang_tongbao.txt", """关于10月15日网站访问中断情况的通报

10月15日上午，门户网站出现约40分钟访问中断。经排查，系前端服务器网卡未获取到地址，
自动配置为 169.254.12.7 所致。技术人员已于10时20分恢复服务，并完善了监测告警。

特此通报。
""")

w("a09_ruanjian_shouce_127.txt", """“办件统计助手”安装使用说明

1. 运行安装程序，按提示完成安装。
2. 安装完成后，在浏览器地址栏输入 http://127.0.0.1:8080/ 打开统计界面。
3. 首次使用请在“设置”中选择本单位名称。
4. 如页面无法打开，请检查本机防火墙设置。
""")

w("a10_ruanjian_shouce_localhost.txt", """“政策文件查询工具”使用说明

1. 解压安装包后双击“启动.bat”。
2. 程序启动后，在浏览器中打开 http://localhost:3000 即可使用查询界面。
3. 查询结果可导出为表格文件。
4. 技术咨询：0571-87059999。
""")

w("a11_gongwang_baimingdan.txt", """政务云对外服务地址公告

为方便企业和群众访问，现将本单位对外服务系统的公网地址公告如下：
1. 网上申报系统：172.32.10.5（端口443）
2. 数据开放平台：172.15.200.1
3. 公共资源交易系统：192.169.1.1
4. 备用地址：11.0.0.1
如无法访问，请拨打12345热线反映。
""")

w("a13_gongwang_dns.txt", """关于调整门户网站域名解析的公告

因机房迁移，本单位门户网站解析地址将于2024年11月1日调整为 59.202.28.16，
在线服务系统地址为 https://59.202.28.17:8443/ 。建议用户使用公共DNS 114.114.114.114 或 223.5.5.5。
调整期间如有访问问题，请拨打12345。
""")

w("a14_youjian_ip.txt", """关于报送第三季度信息宣传稿件的通知

各科室：
请于10月10日前将稿件电子版发送至办公室邮箱 bgs@10.18.2.6 ，邮件主题注明“科室名称+稿件标题”。

某局办公室
""")

w("a15_youxiang_gongkai.txt", """政府信息公开申请方式

申请人可通过电子邮件提交申请，受理邮箱：zwgk@hangzhou.gov.cn；
也可登录 https://www.hangzhou.gov.cn 在线提交。
办公时间：工作日上午8:30至12:00，下午14:30至17:30。
""")

w("a16_ipv6_linklocal.txt", """机房网络设备巡检记录（摘要）

巡检日期：2024年9月20日
核心交换机管理口 IPv6 地址 fe80::1c2b:3dff:fe4a:5b6c 响应正常；
发现一台终端未配置全局地址，已通知所属科室整改。
""")

w("a17_siyou_dizhi_fanwei.txt", """网络安全知识问答（二）

问：什么是私有地址？
答：根据RFC 1918，互联网地址分配机构保留了三段私有地址：10.0.0.0/8、172.16.0.0/12、192.168.0.0/16。
这些地址段只能在本地网络中使用，不会出现在互联网路由中。

问：对外公开的材料能否写出本单位服务器的具体地址？
答：不能。服务器地址属于网络安全管理信息，应当在发布前删除。
""")

w("a18_oid_biaozhun.txt", """商用密码应用说明

1. 签名算法标识：1.2.156.10197.1.501（SM2签名），摘要算法标识：1.2.156.10197.1.401（SM3）。
2. 依据标准：GB/T 39786-2021、GM/T 0054-2018、GB/T 22239-2019。
3. 测评机构办公地点坐标：120.153576,30.287459。
4. 参考书目：ISBN 978-7-115-54321-6。
5. 版本：3.10.2.15（2024.06.30发布）。
""")

# ---------------------------------------------------------------- CSV / Markdown
w("a19_shebei_qingdan.csv", """某局信息化设备清单
序号,设备名称,型号,管理地址,存放位置
1,核心交换机,S5735-L48T4X,192.168.100.1,三楼机房
2,防火墙,USG6525E,192.168.100.2,三楼机房
3,门户网站服务器,R2200,192.168.100.10,三楼机房
""")

w("a20_xiangmu_jindu.csv", """2024年信息化项目进度表
单位：万元
序号,项目名称,预算金额,已支付,软件版本,验收日期
1,政务服务平台升级,172.16,86.08,v10.0.3.1,2024.10.12
2,数据共享交换系统,192.168,96.084,V3.2.1.5,2024.11.30
3,档案数字化,10.01,5.2,2.1.0.8,2024.12.20
注：版本号以合同约定为准。
""", enc="gb18030")

w("a21_xitong_shuoming.md", """# 办件系统使用说明

| 事项 | 入口 |
|---|---|
| 网上申报 | [点击进入](http://10.8.0.12/xxgk/apply) |
| 政策查询 | [政策文件库](https://www.gov.cn/zhengce/) |

如遇问题请拨打 12345。
""")

# ---------------------------------------------------------------- HTML
CMS_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="某市人民政府">
<meta name="SiteDomain" content="www.hangzhou.gov.cn">
<meta name="ColumnName" content="通知公告">
<title>{title}</title>
<style>body{{font-family:SimSun,serif;font-size:16px}} .nav a{{margin-right:12px}}</style>
</head><body>
<div class="nav"><a href="https://www.hangzhou.gov.cn/">首页</a><a href="https://www.hangzhou.gov.cn/col/col1229063383/index.html">政府信息公开</a><a href="https://www.gov.cn/">中国政府网</a></div>
"""
CMS_FOOT = """<div class="footer"><p>主办：某市人民政府办公厅　网站标识码：3301000001　<a href="https://beian.miit.gov.cn/">浙ICP备05003258号</a></p>
<p>地址：某市解放东路18号　联系电话：0571-85252222</p></div>
</body></html>
"""


def cms(name, title, body, enc="utf-8"):
    html = CMS_HEAD.format(title=title) + body + CMS_FOOT
    if enc != "utf-8":
        html = html.replace('charset="utf-8"', 'charset="%s"' % enc)
    w(name, html, enc)


cms("a22_cms_gonggao.html", "关于公布2024年第二批政务服务事项目录的通知", """
<!-- 栏目：通知公告 id=1023 -->
<div class="content">
<h1>关于公布2024年第二批政务服务事项目录的通知</h1>
<p>发布日期：2024-10-12　来源：市政务服务办</p>
<p>现将2024年第二批政务服务事项目录予以公布，具体事项可在<a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a>查询办理。</p>
<p>附件：<a href="https://www.hangzhou.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=2410121.xls">2024年第二批政务服务事项目录.xls</a></p>
<p><img src="https://www.hangzhou.gov.cn/picture/0/2410121.jpg" alt="目录示意图" width="400" height="300"></p>
</div>
""")

cms("a23_href_only.html", "关于开展2024年度企业年报申报的通知", """
<div class="content">
<h1>关于开展2024年度企业年报申报的通知</h1>
<p>各有关企业：请于6月30日前完成年度报告申报，<a href="http://192.168.12.40:8080/sb/index.jsp">点击进入申报系统</a>。</p>
<p>咨询电话：0571-85251234。</p>
</div>
""")

cms("a24_img_src.html", "2024年全民国家安全教育日活动掠影", """
<div class="content">
<h1>2024年全民国家安全教育日活动掠影</h1>
<p>4月15日，我局组织开展全民国家安全教育日宣传活动，干部职工共120余人参加。</p>
<p><img src="http://10.10.1.8/upload/2024/0415/huodong1.jpg" alt="活动现场" width="600" height="400"></p>
</div>
""")

cms("a25_img_srcset.html", "2024年秋季运动会举行", """
<div class="content">
<h1>2024年秋季运动会举行</h1>
<p>10月18日，机关秋季运动会在市体育中心举行。</p>
<p><img src="https://www.hangzhou.gov.cn/picture/0/yundonghui.jpg" srcset="https://www.hangzhou.gov.cn/picture/0/yundonghui.jpg 1x, http://10.10.1.9/upload/yundonghui@2x.jpg 2x" alt="运动会现场" width="600" height="400"></p>
</div>
""")

cms("a26_form_action.html", "政务服务满意度调查", """
<div class="content">
<h1>政务服务满意度调查</h1>
<form action="http://172.18.0.21/survey/submit.do" method="post">
<p>您对本次办事体验是否满意？
<label><input type="radio" name="s" value="1">满意</label>
<label><input type="radio" name="s" value="2">基本满意</label>
<label><input type="radio" name="s" value="3">不满意</label></p>
<p><button type="submit">提交</button></p>
</form>
</div>
""")

cms("a27_iframe.html", "办事指南查询", """
<div class="content">
<h1>办事指南查询</h1>
<p>请在下方选择事项查看办事指南。</p>
<iframe src="http://oa.zfw.local/bszn/embed.html" width="800" height="600" title="办事指南"></iframe>
</div>
""")

w("a28_meta_refresh.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=http://10.0.5.5/portal/index.html">
<title>页面跳转</title></head>
<body><p>页面正在跳转，请稍候……</p></body></html>
""")

cms("a29_css_url.html", "关于举办第十届政务服务技能大赛的通知", """
<div class="content">
<h1 style="background:url(http://192.168.2.9/static/img/title_bg.jpg) no-repeat;">关于举办第十届政务服务技能大赛的通知</h1>
<p>为提升窗口服务水平，定于11月举办第十届政务服务技能大赛，请各单位择优推荐选手参赛。</p>
</div>
""")

cms("a30_data_attr.html", "政策文件库", """
<div class="content">
<h1>政策文件库</h1>
<div id="policy-list" data-api="http://10.20.30.40:9000/api/policy/list" data-page-size="20">
<p>正在加载政策文件……</p>
</div>
</div>
""")

cms("a31_script.html", "政务公开专栏", """
<div class="content">
<h1>政务公开专栏</h1>
<ul id="news"><li>正在加载……</li></ul>
</div>
<script>
var apiBase = "http://172.16.5.10:8080/cms/api/";
function loadNews(){ /* 加载栏目列表 */ return apiBase + "news?col=12"; }
</script>
""")

cms("a32_html_comment.html", "关于公布行政许可事项清单的通知", """
<div class="content">
<h1>关于公布行政许可事项清单的通知</h1>
<!-- 测试环境地址 http://192.168.1.200/test/xzxk.html 正式上线前请删除 -->
<p>现将本市行政许可事项清单予以公布。</p>
</div>
""")

cms("a33_hidden_div.html", "2024年第三季度政务公开工作情况", """
<div class="content">
<h1>2024年第三季度政务公开工作情况</h1>
<p>第三季度共主动公开政府信息326条，办理依申请公开41件。</p>
<div style="display:none">后台维护地址：10.1.1.23，账号联系信息中心</div>
</div>
""")

cms("a34_cms_xiangmu.html", "2024年政务信息化项目建设情况公示", """
<div class="content">
<h1>2024年政务信息化项目建设情况公示</h1>
<table border="1">
<tr><th>项目</th><th>预算（万元）</th><th>版本</th><th>上线日期</th></tr>
<tr><td>政务服务平台</td><td>172.16</td><td>v10.0.3.1</td><td>2024.10.12</td></tr>
<tr><td>数据开放平台</td><td>192.168</td><td>V2.10.1.3</td><td>2024.11.01</td></tr>
</table>
<p>建设依据：GB/T 22239-2019 第10.1.2.3条。数据开放平台对外服务地址：<a href="https://data.hangzhou.gov.cn/">data.hangzhou.gov.cn</a>（公网地址 59.202.28.20）。</p>
</div>
""")

w("a35_peixun_yemian.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>网络安全周｜如何识别私有地址</title></head>
<body>
<h1>如何识别私有地址</h1>
<p>在单位网络中，计算机地址一般写作 <code>192.168.x.x</code>、<code>10.x.x.x</code> 或 <code>172.16.x.x</code>，其中 x 为 0～255 的数字。</p>
<p>对外发布信息时，应只使用 <a href="https://www.gov.cn/">https://www.gov.cn/</a> 这样的公开网址。</p>
<p>更多内容请访问 <a href="https://www.cac.gov.cn/">中央网信办网站</a>。</p>
</body></html>
""")

cms("a36_gbk_cms.html", "关于2024年国庆节放假安排的通知", """
<div class="content">
<h1>关于2024年国庆节放假安排的通知</h1>
<p>根据国务院办公厅通知精神，现将2024年国庆节放假安排通知如下：10月1日至7日放假调休，共7天。</p>
<p>原文链接：<a href="https://www.gov.cn/zhengce/content/202311/content_6913823.htm">国务院办公厅关于2024年部分节假日安排的通知</a></p>
<p>节日期间值班电话：0571-85253456。</p>
</div>
""", enc="gb18030")

print("text/html done")
