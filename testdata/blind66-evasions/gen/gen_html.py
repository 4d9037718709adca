#!/usr/bin/env python3
"""Hand-written HTML pages: values split by markup, entities, CSS, bidi and percent-encoding."""
from common import *

L = Labels("html")


def page(title, body, style=""):
    st = "<style>\n" + style + "\n</style>\n" if style else ""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
            "</title>\n" + st + "</head>\n<body>\n<div class=\"article\">\n" + body +
            "\n</div>\n<div class=\"footer\"><p>主办：某某区人民政府办公室　网站标识码：3301060001</p></div>\n</body>\n</html>\n")


def ent(s, hexa=False):
    return "".join(("&#x%X;" % ord(c)) if hexa else ("&#%d;" % ord(c)) for c in s)


def save(name, html):
    write_text("html/" + name, html)


# h01: ID split over spans
v = ID["b"]
save("h01_span_id.html", page("城乡居民医疗救助对象公示",
    "<h1>城乡居民医疗救助对象公示</h1>\n<p>根据申请和审核结果，现将医疗救助对象公示如下：</p>\n"
    "<p>姓名：林某某　身份证号：<span class=\"r\">" + v[:6] + "</span><span class=\"b\">" + v[6:14] +
    "</span><span class=\"o\">" + v[14:] + "</span>　救助金额：4200元</p>\n<p>公示期：5个工作日。</p>"))
L.add("html/h01_span_id.html", "block", ["id_card"], [v],
      "An ID after 身份证号 split into three <span>s (region, birth date, order): the page shows one ID. " + Q["html"] + "; " + Q["zw"] + "; " + Q["id"] + ".")

# h02: mobile split by <b> and <wbr>
v = MOBILE["c"]
save("h02_b_wbr_mobile.html", page("关于开展老年人防诈骗宣传活动的通知",
    "<h1>关于开展老年人防诈骗宣传活动的通知</h1>\n<p>各社区：请于3月25日前报送活动方案。</p>\n"
    "<p>联系人：邱某，手机：" + v[:3] + "<b>" + v[3:7] + "</b><wbr>" + v[7:] + "</p>"))
L.add("html/h02_b_wbr_mobile.html", "review", ["mobile_phone"], [v],
      "A mobile after 手机 split by <b> and a <wbr> (a line-break opportunity that shows nothing). " + Q["html"] + "; " + Q["zw"] + "; " + Q["mob"] + ".")

# h03: card with &shy;
v = CARD["b"]
save("h03_shy_card.html", page("困难职工帮扶资金发放公示",
    "<h1>困难职工帮扶资金发放公示</h1>\n<p>帮扶对象：秦某某，帮扶金额：5000元。</p>\n"
    "<p>发放银行卡号：" + "&shy;".join([v[0:4], v[4:8], v[8:12], v[12:16], v[16:]]) + "（农业银行）</p>"))
L.add("html/h03_shy_card.html", "block", ["bank_card"], [v],
      "A person's UnionPay card after 银行卡号 with &shy; between groups: soft hyphens show nothing unless the line breaks there. " + Q["card"] + "; " + Q["html"] + "; docs silent on &shy;, labelled by the rendering.")

# h04: HTML comments between digits
v = ID["d"]
save("h04_comment_digits_id.html", page("2026年度助学金拟资助学生名单",
    "<h1>2026年度助学金拟资助学生名单</h1>\n<p>学生：黄某某，学校：某某职业技术学院，</p>\n"
    "<p>身份证号：" + v[:4] + "<!---->" + v[4:10] + "<!---->" + v[10:] + "，资助标准：2000元/年。</p>"))
L.add("html/h04_comment_digits_id.html", "block", ["id_card"], [v],
      "An ID after 身份证号 with empty HTML comments <!----> between digits (a CMS's paste leftovers): the page shows the whole ID. " + Q["html"] + "; " + Q["id"] + ".")

# h06: marking as entities at the top
save("h06_entity_marking.html", page("关于做好汛期安全防范工作的通知",
    "<p class=\"mj\">" + ent("秘密", True) + "&#9733;" + ent("1") + "&#x5E74;</p>\n"
    "<h1>关于做好汛期安全防范工作的通知</h1>\n<p>各镇（街道）：汛期将至，请切实做好防范工作。</p>"))
L.add("html/h06_entity_marking.html", "block", ["classified_marking"], [],
      "The page's first line is 秘密★1年 written as character references (&#x79D8;&#x5BC6;&#9733;&#49;&#x5E74;). " + Q["mark"] + "; " + Q["html"] + ".")

# h07: ::before content supplies the region code
v = ID["g"]
save("h07_css_before_id.html", page("拟表彰优秀志愿者公示",
    "<h1>拟表彰优秀志愿者公示</h1>\n<p>拟表彰：韩某某，</p>\n<p>身份证号：<span class=\"idno\">" + v[6:] + "</span></p>",
    ".idno::before{content:\"" + v[:6] + "\"}"))
L.add("html/h07_css_before_id.html", "block", ["id_card"], [v],
      "The ID's first six digits come from the page's stylesheet (.idno::before{content:\"" + v[:3] + "…\"}), the other twelve from the element: a browser shows the whole ID after 身份证号. " + Q["css"] + "; the docs do not say whether drawn strings join the text they precede, labelled by the rendering; " + Q["id"] + ".")

# h08: one span per digit, letter-spaced
v = ID["h"]
spans = "".join("<span class=\"d\">" + c + "</span>" for c in v)
write_text("gen/chromium_src/h08_perdigit_spans_id.html", page("房屋征收补偿协议签订情况公示",
    "<h1>房屋征收补偿协议签订情况公示</h1>\n<p>被征收人：曹某某</p>\n<p>身份证号：<span class=\"sp\">" + spans + "</span></p>",
    ".sp{letter-spacing:0.6em}\n.d{display:inline;color:#333}"))
# (printed by gen_chromium.py as pdf_chromium/c01; not labelled as a page itself)

# h09: flex order puts the groups back in order
v = MOBILE["e"]
save("h09_flex_order_mobile.html", page("便民服务联系方式",
    "<h1>便民服务联系方式</h1>\n<p>水电维修服务：</p>\n<p>联系人：潘某　手机：<span class=\"tel\"><span style=\"order:3\">" + v[7:] +
    "</span><span style=\"order:1\">" + v[:3] + "</span><span style=\"order:2\">" + v[3:7] + "</span></span></p>",
    ".tel{display:inline-flex}"))
L.add("html/h09_flex_order_mobile.html", "review", ["mobile_phone"], [v],
      "A mobile after 手机 whose groups stand in the source as 4-3-4 (last group first) and are put back in order by CSS flex `order`: the page shows the plain mobile. " + Q["silent"] + " (flex order); README HTML row reads the text as written in the source.")

# h10: percent-encoded ID in a link target
v = ID["f"]
enc = "".join("%%%02X" % ord(c) for c in v)
save("h10_percent_link_id.html", page("办理进度查询",
    "<h1>办理进度查询</h1>\n<p>您的申请已受理，<a href=\"https://zwfw.example.gov.cn/progress?sfzh=" + enc +
    "&amp;type=1\">点击查看办理进度</a>。</p>"))
L.add("html/h10_percent_link_id.html", "block", ["id_card"], [v],
      "A link's href carries an ID in its query string with every character percent-encoded (%33%32%30…): following or hovering the link shows, and sends, the ID. " + Q["link"] + "; docs silent on percent-decoding; " + Q["id"] + ".")

# h11: percent-encoded private IP host
save("h11_percent_host_intranet.html", page("关于启用新版办公系统的通知",
    "<h1>关于启用新版办公系统的通知</h1>\n<p>新版办公系统已上线，<a href=\"http://%31%30.%32%31.%34%35.%38/oa/login.do\">点此登录</a>。</p>"))
L.add("html/h11_percent_host_intranet.html", "review", ["internal_address"], [],
      "A link to http://%31%30.%32%31.%34%35.%38/oa/ — a host a browser's URL parser percent-decodes to the private 10.21.45.8. " + Q["link"] + "; docs silent on percent-encoded hosts; labelled by where the link goes.")

# h15: <bdo dir=rtl> shows reversed source digits in order
v = MOBILE["h"]
save("h15_bdo_mobile.html", page("关于公布农贸市场管理联系人的通知",
    "<h1>关于公布农贸市场管理联系人的通知</h1>\n<p>市场管理员：贾某，手机：<bdo dir=\"rtl\">" + v[::-1] + "</bdo></p>"))
L.add("html/h15_bdo_mobile.html", "review", ["mobile_phone"], [v],
      "A mobile after 手机 stored reversed inside <bdo dir=\"rtl\">, which a browser displays in the plain order. " + Q["silent"] + " (bidi override element); labelled by the rendering.")

# ---------------- twins -----------------
a, m = ID["b"], MOBILE["c"]
save("h20_masked_markup_twin.html", page("城乡居民医疗救助对象公示",
    "<h1>城乡居民医疗救助对象公示</h1>\n<p>姓名：林某某　身份证号：<span class=\"r\">" + a[:6] + "</span><span class=\"b\">********</span><span class=\"o\">" + a[-4:] +
    "</span>　救助金额：4200元</p>\n<p>经办人：邱某，手机：" + ent(m[:3]) + "&#8203;****&#8203;" + ent(m[-4:], True) + "</p>"))
L.add("html/h20_masked_markup_twin.html", "pass", [], [],
      "Twin of h01/h06: the ID and mobile masked, still split by spans, entities and &#8203;. " + Q["mask"] + ".")

save("h21_entities_codes_twin.html", page("行政许可信息公示",
    "<h1>行政许可信息公示</h1>\n<p>行政相对人：某某科技有限公司</p>\n<p>统一社会信用代码：<span>" + USCC[:9] + "</span><span>" + USCC[9:] + "</span></p>\n"
    "<p>许可决定书文号：某审批许〔2026〕<b>0318</b>号</p>\n<p>咨询电话：" + ent("12345") + "，投诉电话：" + ent("12315", True) + "</p>"))
L.add("html/h21_entities_codes_twin.html", "pass", [], [],
      "Twin: a company's credit code split by spans, a 文号 with <b>, hotlines 12345 and 12315 written as entities. " + Q["mask"] + ".")

save("h22_percent_link_twin.html", page("政策文件",
    "<h1>政策文件</h1>\n<ul>\n<li><a href=\"https://www.example.gov.cn/zwgk/%E6%94%BF%E7%AD%96%E6%96%87%E4%BB%B6/art.html?id=%31%30%32%33\">关于印发某某办法的通知</a></li>\n"
    "<li><a href=\"https://www.example.gov.cn/search?q=%E5%85%AC%E5%BC%80%E6%8C%87%E5%8D%97&amp;page=%32\">政府信息公开指南</a></li>\n</ul>"))
L.add("html/h22_percent_link_twin.html", "pass", [], [],
      "Twin of h10/h11: percent-encoded Chinese paths and short ids in links to a public host. Nothing the docs list as a finding.")

save("h23_flex_css_twin.html", page("便民服务联系方式",
    "<h1>便民服务联系方式</h1>\n<p>联系人：潘某　手机：<span class=\"tel\"><span style=\"order:3\">" + m[-4:] +
    "</span><span style=\"order:1\">" + m[:3] + "</span><span style=\"order:2\">****</span></span></p>\n<p class=\"hot\">12345</p>",
    ".tel{display:inline-flex}\n.hot::before{content:\"政务服务热线：\"}"))
L.add("html/h23_flex_css_twin.html", "pass", [], [],
      "Twin of h09/h07: a masked mobile reordered by flex `order`, a hotline after a ::before label. " + Q["mask"] + ".")

save("h24_bdo_twin.html", page("服务热线",
    "<h1>服务热线</h1>\n<p>政务服务便民热线：<bdo dir=\"rtl\">54321</bdo>（24小时）</p>\n<p>联系人：贾某，手机：<bdo dir=\"rtl\">" + mask_mobile(MOBILE["h"])[::-1] + "</bdo></p>"))
L.add("html/h24_bdo_twin.html", "pass", [], [],
      "Twin of h15: <bdo dir=rtl> showing the hotline 12345 and a masked mobile. " + Q["mask"] + ".")

L.save()
