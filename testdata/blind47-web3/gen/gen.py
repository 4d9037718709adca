#!/usr/bin/env python3
"""Generate the blind47-web3 corpus: modern government-portal HTML (SSR state,
shadow DOM, custom elements, hidden/lazy content, split digits) and clean twins.
Writes only into the folder above this script, the corpus (or argv[1])."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
os.makedirs(OUT, exist_ok=True)

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def idnum(body17):
    s = sum(int(c) * w for c, w in zip(body17, W)) % 11
    return body17 + "10X98765432"[s]
def luhn(prefix, length):
    body = prefix
    import random
    r = random.Random(prefix + str(length))
    while len(body) < length - 1:
        body += str(r.randint(0, 9))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return body + str((10 - total % 10) % 10)
def luhn_ok(n):
    t = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2: d = d * 2 - 9 if d * 2 > 9 else d * 2
        t += d
    return t % 10 == 0

ID = {k: idnum(v) for k, v in {
    "a": "44030519920112662", "b": "11010519880715341", "c": "32010619750228441",
    "d": "33010619830904212", "e": "51010719960521153", "f": "42010619690317602",
    "g": "37010220010830357", "h": "61011319871126438", "i": "31010419580609281",
    "j": "11010119900307451", "k": "44030519790413106", "l": "33010619921205375",
}.items()}
CARD = {"a": luhn("621700", 19), "b": luhn("622848", 19), "c": luhn("622202", 16)}
assert all(luhn_ok(v) for v in CARD.values())

labels = []
def page(title, body, head="", charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="%s">\n<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (charset, title, head, body))
def add(name, html, verdict, cats, raw, note, enc="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(html.encode(enc))
    labels.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})

NAV = ('<nav class="main-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> '
       '<a href="/xxgk/zn/">政府信息公开指南</a> <a href="/xxgk/nb/">政府信息公开年报</a> '
       '<a href="/hdjl/">互动交流</a> <a href="/bsfw/">办事服务</a></nav>')
FOOT = '<footer><p>主办：杭州市西湖区人民政府办公室　政务服务便民热线：12345</p></footer>'

# ---------------- positives ----------------
nd = {"props": {"pageProps": {"column": "社会救助", "notice": {"title": "2026年第一季度临时救助对象公示",
      "list": [{"name": "陈立", "idCard": ID["a"], "amount": 1500}]}}}, "page": "/gs/[id]", "buildId": "x8Kq2mZ"}
add("p01_next_data_id.html", page("临时救助对象公示",
    '<div id="__next"><h1>2026年第一季度临时救助对象公示</h1><p>公示期7天。</p></div>\n'
    '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(nd, ensure_ascii=False) + '</script>'),
    "block", ["id_card"], [ID["a"]], "Next.js __NEXT_DATA__ JSON holds a full ID (html_script is scanned like the page)")

st = {"article": {"id": 8812034, "title": "关于开展老旧小区改造意见征集的通告", "contactName": "刘晓燕", "contactMobile": "13912348765"}}
add("p02_initial_state_mobile.html", page("意见征集",
    '<div id="app"><h1>关于开展老旧小区改造意见征集的通告</h1><p>欢迎社会各界提出意见建议。</p></div>\n'
    '<script>window.__INITIAL_STATE__=' + json.dumps(st, ensure_ascii=False) + ';</script>'),
    "review", ["mobile_phone"], ["13912348765"], "Vue SSR window.__INITIAL_STATE__ carries a contact's mobile")

ld = {"@context": "https://schema.org", "@type": "GovernmentService", "name": "残疾人两项补贴申领",
      "provider": {"@type": "Person", "name": "周建国", "telephone": "+86 139 0123 4567"}}
add("p03_ldjson_mobile.html", page("残疾人两项补贴申领",
    '<h1>残疾人两项补贴申领</h1><p>申请人可到社区服务中心办理。</p>',
    head='<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>\n'),
    "review", ["mobile_phone"], ["+86 139 0123 4567"], "JSON-LD Person.telephone is a grouped +86 mobile")

add("p04_shadow_marking.html", page("关于做好防汛工作的通知",
    '<gov-doc-head><template shadowrootmode="open"><p>机密★1年</p></template></gov-doc-head>\n'
    '<h1>关于做好防汛工作的通知</h1><p>各街道、各部门：现将有关事项通知如下。</p>'),
    "block", ["classified_marking"], [], "marking 机密★1年 alone on the first line, rendered through declarative shadow DOM")

add("p05_shadow_id.html", page("办件结果公示",
    '<h1>办件结果公示</h1>\n<gov-applicant><template shadowrootmode="open"><dl><dt>申请人</dt><dd>黄志明</dd>'
    '<dt>身份证号</dt><dd>' + ID["b"] + '</dd></dl></template></gov-applicant>'),
    "block", ["id_card"], [ID["b"]], "ID after 身份证号 inside a declarative shadow root (shown by the browser)")

add("p06_custom_el_data_phone.html", page("社区网格员",
    '<h1>社区网格员信息</h1>\n<gov-card data-name="钱海峰" data-role="网格员" data-phone="13712349876"></gov-card>\n'
    '<script>customElements.define("gov-card",class extends HTMLElement{});</script>'),
    "review", ["mobile_phone"], ["13712349876"], "custom element with the mobile in a data-* attribute (data-* attributes are read)")

add("p07_details_id.html", page("低保对象公示",
    '<h1>城乡低保新增对象公示</h1>\n<details><summary>展开查看名单</summary><table><tr><th>姓名</th><th>身份证号</th></tr>'
    '<tr><td>吴秀兰</td><td>' + ID["f"] + '</td></tr></table></details>'),
    "block", ["id_card"], [ID["f"]], "collapsed <details> table holds a full ID (read as page text; no hidden_content claimed)")

add("p08_data_content_mobile.html", page("网格服务",
    '<h1>网格服务团队</h1>\n<div class="lazy-box" data-content="网格员：孙丽　手机：15022334455"></div>\n'
    '<p>点击加载联系方式。</p>'),
    "review", ["mobile_phone"], ["15022334455"], "lazy-loaded text in a data-content attribute holds a mobile label and number")

add("p10_print_only_marking.html", page("会议通知",
    '<div class="print-mark">秘密★1年</div>\n<h1>关于召开季度工作会议的通知</h1><p>请各单位准时参会。</p>',
    head='<style>.print-mark{display:none}@media print{.print-mark{display:block}}</style>\n'),
    "block", ["classified_marking"], [], "marking shown only in print (@media print), first line; a hidden marking is still a marking")

add("p11_style_class_note.html", page("政策解读",
    '<h1>关于调整城乡居民医保缴费标准的解读</h1><p>2026年度个人缴费标准为每人每年400元。</p>\n'
    '<p class="bz-pending">此段经分管领导批示暂缓发布，缴费标准待市里正式文件下达后再作调整。</p>',
    head='<style>.bz-pending{display:none}</style>\n'),
    "review", ["hidden_content"], [], "sentence-long note hidden by a class the page's own <style> sets to display:none")

add("p12_offscreen_ariahidden_id.html", page("补贴发放结果",
    '<h1>补贴发放结果</h1><p>本批次共发放12人。</p>\n'
    '<span aria-hidden="true" style="position:absolute;left:-9999px">身份证号' + ID["e"] + '</span>'),
    "block", ["id_card", "hidden_content"], [ID["e"]], "aria-hidden text moved off the page (left:-9999px) holds an ID")

add("p13_fontsize0_mobile.html", page("办事指南",
    '<h1>办理流程</h1><p>申请人持材料到窗口办理。</p>\n'
    '<p>咨询：12345<span style="font-size:0">经办人手机13698765432</span></p>'),
    "review", ["mobile_phone", "hidden_content"], ["13698765432"], "mobile in a font-size:0 span")

add("p15_white_on_white_note.html", page("项目公告",
    '<h1>城市更新项目公告</h1>\n<div style="background-color:#ffffff"><p>项目计划于2026年6月开工。</p>'
    '<p><span style="color:#fafafa">补贴标准尚未经区政府常务会议审定，正式稿以会议纪要为准。</span></p></div>'),
    "review", ["hidden_content"], [], "note in #fafafa on a parent's #ffffff background, no external CSS, no class/id: text the colour of its background")

add("p16_transparent_mobile.html", page("征收公告",
    '<h1>房屋征收补偿方案公告</h1>\n<p class="tip">如有疑问请拨打12345。</p>\n'
    '<p style="color:transparent">经办人手机 18611223344</p>'),
    "review", ["mobile_phone", "hidden_content"], ["18611223344"], "color:transparent (hidden anywhere) paragraph with a mobile")

add("p17_aria_label_mobile.html", page("联系我们",
    '<h1>联系我们</h1>\n<button type="button" aria-label="拨打联系人李娟手机13725896314">一键拨号</button>'),
    "review", ["mobile_phone"], ["13725896314"], "aria-label attribute holds a mobile (aria-* attributes are read)")

add("p18_noscript_id.html", page("获奖名单",
    '<div id="app"></div>\n<noscript><table><tr><th>姓名</th><th>身份证号</th></tr><tr><td>郑海涛</td><td>'
    + ID["g"] + '</td></tr></table></noscript>\n<script>/* app mounts here */</script>'),
    "block", ["id_card"], [ID["g"]], "<noscript> fallback table with a full ID (<noscript> is read)")

srcdoc = ('<p>补贴发放账户</p><p>户名：张伟</p><p>银行卡号：' + CARD["a"] + '</p>')
add("p19_srcdoc_card.html", page("补贴发放",
    '<h1>补贴发放信息</h1>\n<iframe title="发放明细" srcdoc="' + srcdoc.replace('"', '&quot;').replace('<', '&lt;').replace('>', '&gt;') + '"></iframe>'),
    "block", ["bank_card"], [CARD["a"]], "iframe srcdoc shows a person's UnionPay card after 银行卡号 (srcdoc is read)")

spans = "".join('<span class="n">%s</span>' % c for c in ID["c"])
add("p20_digit_spans_id.html", page("公示",
    '<h1>建设工程项目负责人公示</h1>\n<p>项目负责人：马俊　身份证号：' + spans + '</p>',
    head='<style>.n{display:inline}</style>\n'),
    "block", ["id_card"], [ID["c"]], "ID after 身份证号 written one digit per inline <span>")

add("p21_wbr_mobile.html", page("联系方式",
    '<h1>志愿服务队</h1>\n<p>队长：冯磊　手机：139<wbr>2468<wbr>1357</p>'),
    "review", ["mobile_phone"], ["13924681357"], "mobile after 手机 broken by <wbr> into 3-4-4")

shy = ID["d"][:6] + "&shy;" + ID["d"][6:14] + "&shy;" + ID["d"][14:]
add("p22_shy_id.html", page("公示",
    '<h1>不动产登记公示</h1>\n<p>权利人：何静　身份证号：' + shy + '</p>'),
    "block", ["id_card"], [ID["d"]], "ID with soft hyphens (&shy;) between its parts")

zw = "\u200b".join(["185", "7722", "3399"])
add("p23_zwsp_mobile.html", page("联系方式",
    '<h1>服务专员</h1>\n<p>服务专员：谢文　联系电话：' + zw + '</p>'),
    "review", ["mobile_phone"], ["18577223399"], "mobile with zero-width spaces (U+200B) between its groups")

ent = "".join(("&#%d;" % ord(c)) if i % 2 == 0 else ("&#x%x;" % ord(c)) for i, c in enumerate(ID["h"]))
add("p24_entities_id.html", page("公示",
    '<h1>困难职工帮扶名单</h1>\n<p>申请人：罗斌　身份证号：' + ent + '</p>'),
    "block", ["id_card"], [ID["h"]], "ID written as decimal and hex character references")

fw = "".join(chr(ord(c) + 0xFEE0) for c in "15967452301")
add("p25_fullwidth_mobile.html", page("联系方式",
    '<h1>农技服务</h1>\n<p>农技员：邓刚　联系电话：' + fw + '</p>'),
    "review", ["mobile_phone"], [fw], "full-width digits mobile after 联系电话")

add("p26_pre_split_mobile.html", page("通知",
    '<h1>报名通知</h1>\n<pre>报名联系人：韩梅　联系手机：1582233\n4455\n报名时间：3月1日至3月10日</pre>'),
    "review", ["mobile_phone"], ["15822334455"], "mobile after 联系手机 cut by a <pre> line break between its 3-4-4 groups")

add("p27_tel_href_id.html", page("咨询",
    '<h1>政策咨询</h1>\n<p><a href="tel:' + ID["i"] + '">一键拨号</a></p>'),
    "block", ["id_card"], [ID["i"]], "an 18-character ID standing whole in a tel: href (link_target)")

add("p28_mailto_body_id.html", page("依申请公开",
    '<h1>依申请公开</h1>\n<p><a href="mailto:zwgk@xihu.gov.cn?subject=信息公开申请&amp;body=申请人身份证号' + ID["j"] + '">发送申请</a></p>'),
    "block", ["id_card", "email"], [ID["j"]], "mailto: link's body carries an ID after 身份证号 (link_target); agency mailbox is info")

add("p29_hidden_input_mobile.html", page("在线申请",
    '<h1>在线申请</h1>\n<form action="/apply" method="post"><input type="hidden" name="applicantMobile" value="15611112222">'
    '<button>提交</button></form>'),
    "review", ["mobile_phone"], ["15611112222"], "hidden <input> value is a mobile (form_field)")

add("p30_gb18030_id_table.html", page("公示",
    '<h1>高龄津贴新增人员公示</h1>\n<table><tr><th>姓名</th><th>身份证号</th><th>金额</th></tr>'
    '<tr><td>叶桂英</td><td>' + ID["k"] + '</td><td>200</td></tr></table>', charset="gb18030"),
    "block", ["id_card"], [ID["k"]], "GB18030 page with <meta charset=gb18030>, ID in a table", enc="gb18030")

st2 = {"case": {"title": "行政处罚决定书", "party": "唐振华", "phone": "13805716688"}}
add("p31_gbk_state_mobile.html",
    '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">\n<title>处罚决定</title></head>\n<body>'
    '<div id="app"><h1>行政处罚决定书</h1><p>当事人：唐振华。</p></div>\n<script>window.__INITIAL_STATE__='
    + json.dumps(st2, ensure_ascii=False) + '</script></body></html>\n',
    "review", ["mobile_phone"], ["13805716688"], "GBK page (meta http-equiv charset) whose SSR state holds a mobile", enc="gbk")

st3 = {"violations": [{"plate": "苏A·D82716", "place": "中山路与北京东路交叉口", "time": "2026-03-02 08:15"}]}
add("p32_plate_in_state.html", page("违停曝光",
    '<div id="app"><h1>违法停车曝光</h1><p>以下车辆请及时处理。</p></div>\n<script>window.__NUXT__=' + json.dumps(st3, ensure_ascii=False) + '</script>'),
    "review", ["license_plate"], ["苏A·D82716"], "Nuxt state carries a new-energy plate (plates need no word beside them)")

add("p33_passport_details.html", page("出国公示",
    '<h1>因公出国人员公示</h1>\n<details><summary>详细信息</summary><p>出访人员：卢晓东　护照号码：E38291746</p></details>'),
    "review", ["passport"], ["E38291746"], "passport number after 护照号码 inside a collapsed <details>")

add("p34_comment_note.html", page("人事任免",
    '<h1>人事任免通知</h1>\n<!-- 审核意见：第三段涉及尚未公布的人事调整，发布前删除 -->\n<p>经研究决定，任命如下。</p>'),
    "review", ["hidden_content"], [], "HTML comment under 审核意见 (a remark's field) is a note")

st4 = {"config": {"apiBase": "http://192.168.10.25:8080/api/v1", "siteId": 1023}}
add("p35_state_intranet_api.html", page("政务公开",
    '<div id="app"><h1>政务公开</h1></div>\n<script>window.__INITIAL_STATE__=' + json.dumps(st4) + ';</script>'),
    "review", ["internal_address"], [], "SSR state points its API at a private IPv4 URL")

add("p36_visibility_card.html", page("补贴发放",
    '<h1>种粮补贴发放公告</h1><p>补贴已于3月底前发放到户。</p>\n'
    '<p style="visibility:hidden">发放账户　户名：刘强　银行卡号：' + CARD["b"] + '</p>'),
    "block", ["bank_card", "hidden_content"], [CARD["b"]], "visibility:hidden paragraph with a person's card after 银行卡号")

add("p37_css_content_mobile.html", page("值班安排",
    '<h1>节假日值班安排</h1>\n<p class="duty">值班领导：杨帆</p>',
    head='<style>.duty::after{content:"　值班手机 13566778899";}</style>\n'),
    "review", ["mobile_phone"], ["13566778899"], "mobile drawn by the page's own stylesheet (::after content)")

add("p39_ssr_marking_first.html", page("文件",
    '<div id="app" data-server-rendered="true"><div class="doc-head"><p>秘密★6个月</p></div>'
    '<h1>关于加强重点部位安全防范的通知</h1><p>各有关单位：……</p></div>'),
    "block", ["classified_marking"], [], "SSR-rendered page whose first line is 秘密★6个月")

st5 = {"doc": {"title": "工作简报", "notice": "本材料属工作秘密，请勿外传"}}
add("p40_state_work_secret.html", page("工作简报",
    '<div id="app"><h1>工作简报（第3期）</h1></div>\n<script>window.__INITIAL_STATE__=' + json.dumps(st5, ensure_ascii=False) + ';</script>'),
    "review", ["sensitive_term"], [], "SSR state declares 本材料属工作秘密 (the README's own review example)")

add("p42_style_url_intranet.html", page("首页",
    '<div class="banner"><h1>西湖区人民政府</h1></div>',
    head='<style>.banner{background-image:url(http://10.20.30.40/res/banner.jpg)}</style>\n'),
    "review", ["internal_address"], [], "a <style> block's url() fetches from a private IP")

# ---------------- clean twins ----------------
add("c01_hotline_email.html", page("联系我们",
    '<h1>联系我们</h1>\n<p>政务服务便民热线：<a href="tel:12345">12345</a></p><p>监督电话：0571-87051234</p>'
    '<p>电子邮箱：<a href="mailto:zwgk@xihu.gov.cn">zwgk@xihu.gov.cn</a></p>'),
    "pass", ["email"], [], "hotline, agency landline and agency mailbox (email is info)")

add("c02_masked_values.html", page("公示",
    '<h1>临时救助对象公示</h1>\n<table><tr><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>'
    '<tr><td>张某某</td><td>330106********0018</td><td>138****1234</td></tr>'
    '<tr><td>李某</td><td>110101********4514</td><td>139****5678</td></tr></table>'),
    "pass", [], [], "masked IDs and mobiles, masked names")

add("c03_template_placeholders.html", page("办件查询",
    '<h1>办件查询</h1>\n<p>联系电话：{{ site.phone }}</p>\n<gov-card phone="{{phone}}" data-id-card="{{idCard}}"></gov-card>\n'
    '<template id="row-tpl"><tr><td>{{name}}</td><td>{{idCard}}</td><td>{{mobile}}</td></tr></template>'),
    "pass", [], [], "template expressions ({{phone}}, {{idCard}}) in text, attributes and a <template>")

nd2 = {"props": {"pageProps": {"siteId": 1023, "columnId": 40213, "articleId": 8812034, "publishTime": 1767225600,
       "views": 15327, "title": "2026年政府工作报告"}}, "page": "/xxgk/[id]", "query": {"id": "20260312001"}, "buildId": "k3Jd9fQx2"}
add("c04_next_data_config.html", page("政府工作报告",
    '<div id="__next"><h1>2026年政府工作报告</h1></div>\n<script id="__NEXT_DATA__" type="application/json">'
    + json.dumps(nd2, ensure_ascii=False) + '</script>'),
    "pass", [], [], "__NEXT_DATA__ with numeric site/column/article ids and a timestamp")

add("c05_analytics.html", page("首页",
    '<h1>西湖区人民政府门户网站</h1>\n'
    '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");'
    'hm.src="https://hm.baidu.com/hm.js?7f3c9a1b2e4d6f8a0b1c2d3e4f5a6b7c";var s=document.getElementsByTagName("script")[0];'
    's.parentNode.insertBefore(hm,s);})();</script>\n'
    '<script id="_jiucuo_" sitecode="3301060001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>\n'
    '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("config","G-8KX2Q4TZ1M");</script>'),
    "pass", [], [], "Baidu Tongji, 政府网站纠错 and gtag analytics snippets")

add("c06_hidden_mobile_nav.html", page("首页",
    NAV + '\n<div class="m-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xxgk/zn/">政府信息公开指南</a> '
    '<a href="/xxgk/nb/">政府信息公开年报</a> <a href="/hdjl/">互动交流</a> <a href="/bsfw/">办事服务</a></div>\n'
    '<h1>欢迎访问</h1>' + FOOT,
    head='<style>.m-nav{display:none}@media (max-width:768px){.m-nav{display:block}.main-nav{display:none}}</style>\n'),
    "pass", [], [], "hidden mobile navigation that copies the visible menu")

ld2 = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "杭州市西湖区人民政府",
       "telephone": "0571-87051234", "email": "zwgk@xihu.gov.cn", "address": "杭州市西湖区文三路"}
add("c07_ldjson_org.html", page("关于我们",
    '<h1>关于我们</h1><p>地址：杭州市西湖区文三路</p>',
    head='<script type="application/ld+json">' + json.dumps(ld2, ensure_ascii=False) + '</script>\n'),
    "pass", ["email"], [], "JSON-LD of the agency: landline and agency mailbox")

add("c08_custom_el_hotline.html", page("便民服务",
    '<h1>便民服务</h1>\n<gov-contact data-hotline="12345" data-tel="0571-87052345" aria-label="政务服务便民热线12345"></gov-contact>'),
    "pass", [], [], "custom element with the hotline and agency landline in data-/aria- attributes")

add("c09_shadow_footer.html", page("首页",
    '<h1>西湖区人民政府</h1><p>欢迎访问。</p>\n<gov-footer><template shadowrootmode="open"><p>主办单位：杭州市西湖区人民政府办公室</p>'
    '<p>网站标识码：3301060001　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号</a>　浙公网安备 33010602001234号</p>'
    '</template></gov-footer>'),
    "pass", [], [], "site footer in a shadow root: 网站标识码, ICP and 公网安备 numbers")

add("c10_cms_comments.html", page("通知公告",
    '<!-- #BeginLibraryItem "/Library/header.lbi" -->' + NAV + '<!-- #EndLibraryItem -->\n'
    '<!-- 栏目：通知公告 id=1023 -->\n<!-- 所属栏目：社会救助 -->\n<h1>关于2026年春节期间办事服务安排的通知</h1><p>春节期间窗口暂停办理。</p>'),
    "pass", [], [], "CMS library markers and section-record comments")

add("c11_td_split_mobile.html", page("登记表",
    '<h1>志愿者登记表（样表）</h1>\n<table><tr><th colspan="3">手机号码（分段填写）</th></tr>'
    '<tr><td>138</td><td>2648</td><td>9051</td></tr></table>'),
    "pass", [], [], "digits of a mobile in three neighbouring cells: per docs two neighbouring cells are never one number")

add("c12_fontsize0_container.html", page("首页",
    '<div style="font-size:0"><span style="font-size:16px">欢迎访问杭州市西湖区人民政府门户网站，本站提供政务公开与办事服务。</span>'
    '<span style="font-size:16px">　服务热线：12345</span></div>'),
    "pass", [], [], "inline-block gap fix: container font-size:0, children set 16px and are visible")

add("c13_no_print_toolbar.html", page("通知",
    '<h1>关于开展春季植树活动的通知</h1><p>请各单位组织干部职工参加。</p>\n'
    '<div class="no-print">扫一扫在手机打开当前页　【打印本页】【关闭窗口】</div>',
    head='<style>@media print{.no-print{display:none}}</style>\n'),
    "pass", [], [], "toolbar hidden only when printed (@media print), shown on screen")

add("c14_hidden_inputs.html", page("搜索",
    '<form action="https://www.xihu.gov.cn/search" method="get"><input type="hidden" name="columnId" value="1023">'
    '<input type="hidden" name="_csrf" value="a8f3e9c2-4b1d-4e7a-9c0f-2d3e4f5a6b7c"><input name="q"><button>搜索</button></form>'),
    "pass", [], [], "hidden inputs with a column id and a CSRF token")

st6 = {"list": [{"name": "张某某", "idCard": "330106********0018", "mobile": "139****5678"}]}
add("c15_masked_state.html", page("公示",
    '<div id="app"><h1>补贴公示</h1></div>\n<script>window.__INITIAL_STATE__=' + json.dumps(st6, ensure_ascii=False) + ';</script>'),
    "pass", [], [], "SSR state holds only masked ID and mobile")

add("c16_gb18030_clean.html", page("通知",
    '<h1>关于调整办事大厅工作时间的通知</h1><p>自2026年4月1日起，办事大厅工作时间调整为8:30—17:00。</p>'
    '<p>咨询电话：0571-87053456；政务服务便民热线：12345。</p>', charset="gb18030"),
    "pass", [], [], "GB18030 notice with agency landline and hotline", enc="gb18030")

add("c17_entity_hotline.html", page("热线",
    '<h1>便民热线</h1>\n<p>政务服务便民热线：&#49;&#x32;&#51;&#x34;&#53;</p>'
    '<button aria-label="拨打12345政务服务便民热线">拨打</button>'),
    "pass", [], [], "hotline written as character references and in an aria-label")

srcdoc2 = '<p>办公地址：杭州市西湖区文三路</p><p>咨询电话：0571-87053456</p>'
add("c18_srcdoc_clean.html", page("办公地址",
    '<h1>办公地址</h1>\n<iframe title="地图" srcdoc="' + srcdoc2.replace('<', '&lt;').replace('>', '&gt;') + '"></iframe>'),
    "pass", [], [], "iframe srcdoc with address and agency landline")

# sanity: IDs valid, mobiles in range
for v in ID.values():
    assert len(v) == 18
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

theme = ("Theme: HTML pages as modern government portals and their front-end frameworks publish them "
         "(CMS static pages and server-rendered single-page apps). Values and markings are placed where a modern "
         "page puts text: server-rendered state inside <script> (__NEXT_DATA__, window.__INITIAL_STATE__, __NUXT__, "
         "JSON-LD), declarative shadow DOM, custom elements with data-*/aria-* attributes, collapsed <details>, "
         "lazy-load attributes, print-only CSS, classes hidden by the page's own <style>, off-screen aria-hidden text, "
         "font-size 0, colour of the background, color:transparent, <noscript>, iframe srcdoc, tel:/mailto: links, hidden "
         "inputs, stylesheet content and url(); digits split by spans, <wbr>, soft hyphens, zero-width spaces, character "
         "references, full-width forms and <pre> line breaks. Clean twins carry hotlines, agency mailboxes, masked values, "
         "template placeholders, numeric ids, analytics snippets, a hidden copy of the menu and the site footer. "
         "Every value is invented; IDs carry valid GB 11643 check digits, cards pass Luhn.")
rows = ["| file | verdict | categories | note |", "| --- | --- | --- | --- |"]
for l in labels:
    rows.append("| %s | %s | %s | %s |" % (l["file"], l["expect_verdict"], ", ".join(l["expect_categories"]) or "—", l["note"].replace("|", "\\|")))
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# blind47-web3\n\n" + theme + "\n\n" + "\n".join(rows) + "\n")
print(len(labels), "files written to", OUT)
