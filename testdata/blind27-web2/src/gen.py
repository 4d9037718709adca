#!/usr/bin/env python3
"""Generator of the blind27 corpus: web pages and open-data files of a 2026
government site. Re-runnable: writes every document and labels.json into the
folder above this script. All values are invented."""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = []


# ---------------------------------------------------------------- values
def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def luhn(prefix_without_check):
    digits = [int(c) for c in prefix_without_check]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_without_check + str((10 - total % 10) % 10)


def uscc(body17):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(chars.index(c) * x for c, x in zip(body17, w))
    c = 31 - s % 31
    return body17 + chars[0 if c == 31 else c]


ID = {
    "a": gb11643("33010619850612231"),
    "b": gb11643("44030519920308482"),
    "c": gb11643("51010419780921153"),
    "d": gb11643("32010219880115602"),
    "e": gb11643("42010619950730291"),
    "f": gb11643("11010519700224382"),
    "g": gb11643("37020219830517124"),
    "h": gb11643("61011319910403556"),
    "i": gb11643("35020319861129071"),
    "j": gb11643("21010219740806318"),
    "k": gb11643("13010219930214562"),
    "l": gb11643("50010319870919443"),
    "m": gb11643("43010219690330127"),
    "n": gb11643("53010219980622345"),
}
CODES = [uscc("91330106MA2H3K7Q1"), uscc("12330100470112345"),
         uscc("91330108MA27Y8J45"), uscc("11330000002482113"),
         uscc("52330106MJ9087654")]


def add(fname, data, verdict, cats, raw, note, enc="utf-8"):
    path = os.path.join(OUT, fname)
    if isinstance(data, str):
        data = data.encode(enc)
    with open(path, "wb") as f:
        f.write(data)
    LABELS.append({"file": fname, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


def page(title, body, head_extra="", lang="zh-CN", charset="utf-8"):
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head_extra}
</head>
<body>
{body}
</body>
</html>
"""


HEADER = """<header class="site-header">
  <div class="logo"><a href="/">临江市人民政府</a></div>
  <nav class="main-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></nav>
</header>"""

FOOTER = """<footer class="site-footer">
  <p>主办：临江市人民政府办公室　承办：临江市大数据发展管理局</p>
  <p>网站标识码：3390000017　<a href="https://beian.miit.gov.cn/">浙ICP备05098123号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33019202000871">浙公网安备 33019202000871号</a></p>
  <p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3390000017&amp;url=https%3A%2F%2Fwww.linjiang.gov.cn%2F">政府网站找错</a>　<a href="/sitemap/">网站地图</a>　<a href="/about/">关于本网</a></p>
</footer>"""


def art(title, inner, date="2026-11-28"):
    return f"""{HEADER}
<main id="main">
<article class="article">
<h1>{title}</h1>
<div class="info">发布日期：{date}　来源：临江市人民政府办公室</div>
<div class="content">
{inner}
</div>
</article>
</main>
{FOOTER}"""


# ================================================================ problem pages
def problems():
    # p01 Next.js hydration data carrying the unmasked list the page shows masked
    nd = {"props": {"pageProps": {"article": {"id": 20261128013, "title": "2026年第四批就业见习补贴拟发放名单公示",
          "rows": [{"name": "陈某某", "idCard": ID["a"], "amount": 2400},
                   {"name": "李某某", "idCard": ID["b"][:6] + "********" + ID["b"][-4:], "amount": 2400}]}}},
          "page": "/zwgk/[id]", "query": {"id": "20261128013"}, "buildId": "k3Yp2xQ-8", "isFallback": False}
    body = art("2026年第四批就业见习补贴拟发放名单公示", f"""<div id="__next"><table><tr><th>姓名</th><th>身份证号</th><th>补贴金额（元）</th></tr>
<tr><td>陈某某</td><td>{ID['a'][:6]}********{ID['a'][-4:]}</td><td>2400</td></tr>
<tr><td>李某某</td><td>{ID['b'][:6]}********{ID['b'][-4:]}</td><td>2400</td></tr></table>
<p>公示期为2026年11月28日至12月4日，如有异议请拨打12345政务服务热线。</p></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>""")
    add("p01_next_data_id.html", page("就业见习补贴公示", body), "block", ["id_card"], [ID["a"]],
        "Next.js __NEXT_DATA__ hydration JSON holds an unmasked ID the visible table masks")

    st = {"route": "/hdjl/reply/8812", "letter": {"title": "关于小区路灯维修的答复", "status": "已办结",
          "handler": {"dept": "市城管局", "contact": "周工", "mobile": "13958201746"}}}
    body = art("关于小区路灯维修的答复", """<div id="app" data-server-rendered="true"><p>来信人：市民</p>
<p>您反映的锦绣苑小区路灯不亮问题已转市城管局处理，维修单位已于11月20日完成更换。</p></div>
<script>window.__INITIAL_STATE__=""" + json.dumps(st, ensure_ascii=False) + """;</script>""")
    add("p02_initial_state_mobile.html", page("来信答复", body), "review", ["mobile_phone"], ["13958201746"],
        "Vue SSR window.__INITIAL_STATE__ holds the handler's mobile, not shown on the page")

    body = art("个体工商户登记办理结果", f"""<gov-result-card>
<template shadowrootmode="open"><style>:host{{display:block;border:1px solid #ccc;padding:8px}}</style>
<div part="row">经营者：王建华　身份证号：{ID['c']}</div><slot></slot></template>
<p>登记机关：临江市市场监督管理局</p></gov-result-card>""")
    add("p04_dsd_shadow_id.html", page("办理结果", body), "block", ["id_card"], [ID["c"]],
        "declarative shadow DOM (template shadowrootmode=open) shows an ID, rendered on screen")

    body = art("社区志愿者招募", """<p>报名请扫描二维码或到社区服务中心登记。</p>
<template id="row-tpl"><tr><td>联络人：赵敏</td><td>手机：15167382094</td></tr></template>
<table id="list"><tr><th>岗位</th><th>人数</th></tr><tr><td>文明劝导</td><td>20</td></tr></table>""")
    add("p05_template_mobile.html", page("志愿者招募", body), "review", ["mobile_phone"], ["15167382094"],
        "<template> row (not rendered) holds a contact's mobile")

    body = art("不动产登记预约查询", f"""<form method="post" action="/bdc/query">
<input type="hidden" name="applicantIdNo" value="{ID['d']}">
<input type="hidden" name="siteId" value="3390000017">
<p>预约编号：BDC-2026-118204</p><button type="submit">查询</button></form>""")
    add("p06_input_hidden_id.html", page("预约查询", body), "block", ["id_card"], [ID["d"]],
        "hidden <input> value is an applicant's ID (form_field)")

    body = art("招聘咨询", """<form><label>咨询联系人：</label><input type="text" readonly value="孙老师">
<label>联系电话：</label><input type="text" readonly value="18767309215"></form>""")
    add("p07_input_value_mobile.html", page("招聘咨询", body), "review", ["mobile_phone"], ["18767309215"],
        "visible readonly <input value> after a 联系电话 label holds a mobile")

    body = art("意见征集反馈", """<form><p>反馈内容：</p><textarea name="c" rows="4" cols="60">建议增设公交站点。反馈人：何先生，手机13705824613，家住城东街道。</textarea></form>""")
    add("p08_textarea_mobile.html", page("意见征集", body), "review", ["mobile_phone"], ["13705824613"],
        "<textarea> default text holds a citizen's mobile")

    body = art("通行证发放结果", """<p>请选择车辆查看通行证状态：</p>
<select name="car"><option value="">请选择</option><option>浙A·7K26M（钱立新）</option><option>浙A·3N952（吴芳）</option></select>""")
    add("p09_select_plate.html", page("通行证", body), "review", ["license_plate"], ["浙A·7K26M", "浙A·3N952"],
        "<select><option> lists persons' vehicle plates")

    body = art("农机购置补贴受理", """<p>受理窗口：市农业农村局一楼　<span title="经办人手机：13867453291">经办人：刘先生</span></p>""")
    add("p10_title_attr_mobile.html", page("补贴受理", body), "review", ["mobile_phone"], ["13867453291"],
        "title attribute tooltip holds the clerk's mobile")

    body = art("残疾人两项补贴公示", f"""<table><tr><th>序号</th><th>姓名</th><th>补贴类别</th></tr>
<tr><td>1</td><td><a href="#d1" aria-label="申请人周某某，身份证号{ID['e']}">周某某</a></td><td>护理补贴</td></tr></table>""")
    add("p11_aria_label_id.html", page("补贴公示", body), "block", ["id_card"], [ID["e"]],
        "aria-label on a link carries the ID")

    body = art("优秀网格员风采", """<figure><img src="/uploads/2026/11/wgy01.jpg" alt="网格员钱晓丽，手机18657120934" width="320" height="240"><figcaption>网格员钱晓丽</figcaption></figure>""")
    add("p12_img_alt_mobile.html", page("网格员风采", body), "review", ["mobile_phone"], ["18657120934"],
        "<img alt> holds a mobile")

    body = art("临时救助对象公示", f"""<table><tr><th>姓名</th><th>救助金额（元）</th></tr>
<tr data-idcard="{ID['f']}" data-row="1"><td>郑某某</td><td>1500</td></tr></table>""")
    add("p13_data_attr_id.html", page("临时救助公示", body), "block", ["id_card"], [ID["f"]],
        "data-idcard attribute on a table row")

    head = '<meta name="description" content="临江市住房保障咨询，联系人徐工，手机15857169320">'
    body = art("住房保障咨询", "<p>咨询时间：工作日9:00-17:00。</p>")
    add("p14_meta_desc_mobile.html", page("住房保障咨询", body, head), "review", ["mobile_phone"], ["15857169320"],
        "<meta name=description> holds a mobile")

    body = art("关于印发《临江市数字政府建设方案》的通知", """<p>各区县（市）人民政府，市直各单位：</p><p>现将方案印发给你们，请认真贯彻落实。</p>
<p>附件：<a href="http://10.48.2.17/xxgk/attach/2026/1203.docx">临江市数字政府建设方案</a></p>""")
    add("p15_href_intranet.html", page("通知", body), "review", ["internal_address"], [],
        "attachment link target is a private-IP OA server (text shows only the title)")

    body = art("网上信访登记", """<form action="http://192.168.31.6:8080/xf/submit" method="post"><label>标题</label><input name="t" placeholder="请输入标题"><button>提交</button></form>""")
    add("p16_form_action_intranet.html", page("信访登记", body), "review", ["internal_address"], [],
        "<form action> posts to a private-IP host")

    body = art("低保家庭复核结果", f"""<p>经复核，以下家庭继续享受最低生活保障。</p>
<details><summary>查看明细</summary><p>户主：冯国强　身份证号：{ID['g']}　保障人数：3</p></details>""")
    add("p17_details_closed_id.html", page("低保复核", body), "block", ["id_card"], [ID["g"]],
        "closed <details> holds an ID a reader opens with one click")

    body = art("停水通知", """<p>因管网改造，12月9日8:00至18:00城北片区停水。</p>
<dialog id="dlg"><p>抢修负责人：蒋师傅　手机：13616547208</p><button>关闭</button></dialog>""")
    add("p18_dialog_mobile.html", page("停水通知", body), "review", ["mobile_phone"], ["13616547208"],
        "<dialog> without open holds a mobile")

    body = art("2026年度重点项目计划", """<p>全年安排重点项目86个，总投资412.6亿元。</p>
<div hidden>编辑备注：第三部分项目清单尚未经市发改委审定，涉及的征迁补偿数额暂不对外公开。</div>""")
    add("p19_hidden_attr_note.html", page("重点项目", body), "review", ["hidden_content"], [],
        "hidden attribute on an editor's note sentence")

    head = "<style>.draft-note{display:none}.content p{line-height:1.8}</style>"
    body = art("关于调整部分公交线路的公告", """<p>自12月15日起，K12路调整为经由滨江大道行驶。</p>
<p class="draft-note">审核意见：线路调整涉及的财政补贴测算表请勿随公告发布，待分管领导签批后另行处理。</p>""")
    add("p20_class_display_none_note.html", page("公交线路调整", body, head), "review", ["hidden_content"], [],
        "display:none via a class rule in the page's <style> hides a review note")

    body = art("冬季供暖服务", """<p>供暖服务热线：12345。</p><p>值班人员：<span style="font-size:0">韩磊13805746291</span>供热公司客服中心</p>""")
    add("p22_font_size0_mobile.html", page("供暖服务", body), "review", ["mobile_phone"], ["13805746291"],
        "font-size:0 span holds a mobile")

    body = art("人才公寓配租结果", f"""<p>本批次共配租公寓120套。</p>
<div style="position:absolute;left:-9999px;top:0">杨帆 {ID['h']} 3号楼1203室</div>""")
    add("p23_offscreen_id.html", page("人才公寓配租", body), "block", ["id_card"], [ID["h"]],
        "element moved off-screen (left:-9999px) holds an ID")

    body = art("关于开展冬季消防安全检查的通知", """<div style="background-color:#ffffff"><p>各单位要于12月20日前完成自查。
<span style="color:#fefefe">内部意见：去年检查中发现的三家单位问题尚未整改到位，此情况不宜写入公开稿。</span></p></div>""")
    add("p24_white_on_white_note.html", page("消防检查", body), "review", ["hidden_content"], [],
        "near-white text on an explicit white background: a reviewer's note")

    body = art("公共文化场馆开放时间", """<p>图书馆：9:00-20:30，周一闭馆。</p>
<noscript><p>如无法加载场馆地图，请联系值班员罗女士，手机15088763412。</p></noscript>""")
    add("p26_noscript_mobile.html", page("场馆开放", body), "review", ["mobile_phone"], ["15088763412"],
        "<noscript> holds a mobile")

    head = '<style>.duty::before{content:"值班手机：13957112233　"}</style>'
    body = art("节假日值班安排", """<p class="duty">市应急管理局值班室</p><p>值班电话：0571-88763300</p>""")
    add("p27_css_before_mobile.html", page("值班安排", body, head), "review", ["mobile_phone"], ["13957112233"],
        "CSS ::before content string draws a mobile")

    body = art("电子荣誉证书展示", f"""<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300" role="img">
<title>荣誉证书</title><rect width="600" height="300" fill="#fdf6e3" stroke="#c00"/>
<text x="300" y="80" text-anchor="middle" font-size="32">荣誉证书</text>
<text x="60" y="150" font-size="18">获奖人：谢春燕</text>
<text x="60" y="190" font-size="18">证件号码：{ID['i']}</text>
<text x="360" y="260" font-size="16">临江市人力资源和社会保障局</text></svg>""")
    add("p28_svg_text_id.html", page("荣誉证书", body), "block", ["id_card"], [ID["i"]],
        "inline SVG <text> shows an ID")

    body = art("城市应急演练直播", """<canvas id="c" width="640" height="360">演练现场指挥：曹军，手机：13588210473</canvas>""")
    add("p29_canvas_fallback_mobile.html", page("应急演练", body), "review", ["mobile_phone"], ["13588210473"],
        "<canvas> fallback content holds a mobile")

    v = ID["j"]
    ncr = "".join(f"&#{ord(c)};" for c in v)
    body = art("拆迁补偿协议公示", f"<p>被征收人：田某　身份证号：{ncr}　补偿金额：86.4万元</p>")
    add("p30_ncr_id.html", page("补偿公示", body), "block", ["id_card"], [v],
        "ID written as decimal numeric character references")

    fw = "".join(chr(ord(c) + 0xFEE0) for c in "18268154973")
    body = art("防汛物资调拨", f"<p>调拨联系人：潘涛，联系电话：{fw}</p>")
    add("p31_fullwidth_mobile.html", page("防汛物资", body), "review", ["mobile_phone"], ["18268154973"],
        "full-width digits mobile after 联系电话")

    body = art("老年食堂运营单位公示", "<p>运营负责人：董丽　手机：139&nbsp;5817&nbsp;0642</p>")
    add("p32_nbsp_mobile.html", page("老年食堂", body), "review", ["mobile_phone"], ["139 5817 0642", "13958170642"],
        "mobile grouped 3-4-4 with &nbsp;")

    v = ID["k"]
    w = v[:6] + "<wbr>" + v[6:14] + "<wbr>" + v[14:]
    body = art("见义勇为人员表彰", f"<p>受表彰人员：邱志明，身份证号：{w}</p>")
    add("p33_wbr_id.html", page("见义勇为", body), "block", ["id_card"], [v],
        "ID broken with <wbr> every few digits")

    v = ID["l"]
    s = "".join(f'<span class="d">{c}</span>' for c in v)
    body = art("技能人才评价结果", f"<p>考生：石静　身份证号：{s}</p>")
    add("p34_span_digits_id.html", page("技能评价", body), "block", ["id_card"], [v],
        "ID with one <span> per digit")

    body = art("农贸市场摊位抽签结果", "<p>中签人：韦强，联系手机：158&shy;0571&shy;3829</p>")
    add("p35_shy_mobile.html", page("摊位抽签", body), "review", ["mobile_phone"], ["15805713829"],
        "mobile with &shy; soft hyphens between groups")

    v = ID["m"]
    z = v[:6] + "\u200b" + v[6:10] + "\u200c" + v[10:14] + "\u2060" + v[14:]
    body = art("行政处罚决定书", f"<p>当事人：毛建军，公民身份号码：{z}，住址：临江市城东街道。</p>")
    add("p36_zwsp_id.html", page("行政处罚决定书", body), "block", ["id_card"], [v],
        "ID with zero-width space/non-joiner/word-joiner inside")

    v = ID["n"]
    body = art("公租房资格审核结果", f"<p>申请人：龚雪梅　身份证号：{v}　审核结果：合格</p>")
    add("p37_gbk_meta_id.html", page("公租房审核", body, charset="gbk"), "block", ["id_card"], [v],
        "GBK-encoded page with <meta charset=gbk>, ID in body", enc="gbk")

    body = HEADER + """<main><article><div class="mj" style="text-align:right">秘密★1年</div>
<h1>关于做好年底安全稳定工作的通知</h1><p>各乡镇（街道）：</p><p>为确保年底各项工作平稳有序，现就有关事项通知如下。</p></article></main>""" + FOOTER
    add("p38_marking_page.html", page("通知", body), "block", ["classified_marking"], [],
        "GB/T 9704 marking 秘密★1年 heading the article")

    body = art("2026年度政府集中采购目录", """<!-- 责任编辑注：附件二中的采购限额标准尚未经财政局正式确认，发布前需替换为终稿 -->
<p>现将2026年度政府集中采购目录及标准予以公布。</p>""")
    add("p39_comment_note.html", page("采购目录", body), "review", ["hidden_content"], [],
        "HTML comment is an editor's note sentence")

    body = art("街道工作简报（第12期）", """<p>本期要目：一、冬季安全生产；二、垃圾分类推进。</p>
<p style="text-align:center">内部资料 注意保存</p>""")
    add("p40_internal_term.html", page("工作简报", body), "review", ["sensitive_term"], [],
        "visible label 内部资料 注意保存 on a briefing")

    # text / data files with problems
    add("t01_marking.txt", "机密★10年\n\n关于全市重点目标防护工作的通报\n\n各有关单位：\n现将近期检查情况通报如下。\n",
        "block", ["classified_marking"], [], "text whose first line is 机密★10年")
    add("t02_unc.txt", "关于报送2026年度统计台账的通知\n\n请各科室于12月15日前将台账放入共享目录 \\\\192.168.3.20\\统计科\\台账\\2026 ，逾期系统将关闭。\n联系电话：0571-87012345\n",
        "review", ["internal_address"], [], "UNC path to a private-IP share")

    card = luhn("621700123456789012")
    add("t03_person_account.txt", f"关于发放见义勇为奖励金的公告\n\n奖励金已打入获奖人账户。\n户名：沈浩然\n开户银行：中国建设银行临江分行\n账号：{card}\n",
        "block", ["bank_card"], [card], "a person's account (户名 a name) with a UnionPay Luhn-valid number")

    rows = ["序号,姓名,身份证号,补贴金额（元）"]
    for i, (n, k) in enumerate([("陆晓东", "a"), ("姚佳", "d"), ("严华", "g")], 1):
        rows.append(f"{i},{n},{ID[k]},3000")
    add("c01_subsidy_ids.csv", "\r\n".join(rows) + "\r\n", "block", ["id_card"], [ID["a"], ID["d"], ID["g"]],
        "open-data CSV with a full 身份证号 column")

    add("c02_plates.csv", "序号,车主,号牌号码,违法行为\n1,林某,浙A·5T298,违停\n2,方某,浙AD57382,闯红灯\n",
        "review", ["license_plate"], ["浙A·5T298", "浙AD57382"], "CSV with a plate column (one new-energy)")

    add("c03_gb18030_mobiles.csv", "姓名,村（社区）,联系电话\n包文杰,青山村,13757126408\n柳红,溪口社区,18858301274\n",
        "review", ["mobile_phone"], ["13757126408", "18858301274"], "GB18030 CSV with mobiles under 联系电话",
        enc="gb18030")

    legacy = "330106810423125"
    add("c04_legacy15.tsv", f"序号\t姓名\t身份证号\t类别\n1\t袁某某\t{legacy}\t优抚对象\n",
        "block", ["id_card"], [legacy], "TSV with a 15-digit legacy ID under 身份证号")

    add("m01_passport.md", """# 出国（境）培训团组公示

| 序号 | 姓名 | 单位 | 护照号码 |
|---|---|---|---|
| 1 | 邵某 | 市商务局 | E38461972 |
| 2 | 唐某 | 市外办 | E51207836 |
""", "review", ["passport"], ["E38461972", "E51207836"], "Markdown table with a 护照号码 column")

    add("m02_bracket_marking.md", "【秘密】\n\n# 关于边境管控工作的情况汇报\n\n一、基本情况\n\n近期各项工作有序推进。\n",
        "block", ["classified_marking"], [], "bare 【秘密】 on a Markdown document's first line")


# ================================================================ clean pages
def clean():
    nd = {"props": {"pageProps": {"article": {"id": 20261201007, "title": "临江市2026年12月政务服务“周末不打烊”安排",
          "channel": "通知公告", "publishTime": "2026-12-01T09:00:00+08:00", "views": 1832,
          "body": "<p>12月每周六9:00-12:00市民中心开放综合窗口。咨询请拨打12345。</p>"}}},
          "page": "/zwgk/[id]", "query": {"id": "20261201007"}, "buildId": "k3Yp2xQ-8"}
    body = f"""<div id="__next">{art("临江市2026年12月政务服务“周末不打烊”安排", "<p>12月每周六9:00-12:00市民中心开放综合窗口。咨询请拨打12345。</p>")}</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>"""
    add("k01_next_news.html", page("周末不打烊", body), "pass", [], [],
        "Next.js page with __NEXT_DATA__ of the same public article, hotline 12345")

    st = {"menus": [{"name": "政务公开", "path": "/zwgk/"}, {"name": "政务服务", "path": "/zwfw/"}],
          "contact": {"dept": "市政务服务管理办公室", "tel": "0571-85251234", "addr": "临江市江滨路88号"},
          "siteCode": "3390000017"}
    body = art("政务服务中心办事指南", "<p>地址：临江市江滨路88号　咨询电话：0571-85251234</p>") + \
        "\n<script>window.__INITIAL_STATE__=" + json.dumps(st, ensure_ascii=False) + ";</script>"
    add("k02_vue_state.html", page("办事指南", body), "pass", [], [],
        "Vue SSR __INITIAL_STATE__ with menus, an agency landline and the site code")

    ld = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "临江市人民政府办公室",
          "url": "https://www.linjiang.gov.cn/", "telephone": "+86-571-85250000", "email": "zfb@linjiang.gov.cn",
          "address": {"@type": "PostalAddress", "streetAddress": "江滨路88号", "addressLocality": "临江市", "postalCode": "311400"}}
    head = '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
    body = art("机构概况", "<p>临江市人民政府办公室是市政府的办事机构。办公地址：江滨路88号，邮编311400。</p>")
    add("k03_jsonld_org.html", page("机构概况", body, head), "pass", [], [],
        "JSON-LD GovernmentOrganization with landline and agency mailbox (email is info)")

    head = """<style>
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}
.m-menu{display:none}
@media (max-width:768px){.m-menu.open{display:block}}
</style>"""
    body = """<a class="sr-only" href="#main">跳转到主要内容</a>
<div class="toolbar" role="toolbar" aria-label="辅助工具"><a href="javascript:void(0)" id="wza">无障碍</a> <a href="javascript:void(0)" id="shl">适老化</a> <a href="javascript:void(0)">长辈版</a> <a href="/en/">English</a></div>
""" + HEADER + """
<nav class="m-menu" id="mobileMenu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjlj/">走进临江</a></li></ul></nav>
<form class="search" action="/search/" method="get" role="search"><input type="search" name="q" placeholder="请输入关键词" aria-label="站内搜索"><button type="submit">搜索</button></form>
<main id="main"><h1>临江市人民政府门户网站</h1><section><h2>要闻动态</h2><ul><li><a href="/art/2026/12/5/art_1_9012.html">市政府召开第四十二次常务会议</a> 2026-12-05</li><li><a href="/art/2026/12/4/art_1_9008.html">全市冬季安全生产工作会议召开</a> 2026-12-04</li></ul></section></main>
""" + FOOTER
    add("k04_portal_furniture.html", page("临江市人民政府", body, head), "pass", [], [],
        "portal home: 无障碍/适老化 toolbar, sr-only skip link, hidden mobile menu copy, search box, 网站标识码, ICP/公安备案, 找错 link")

    body = art("社保卡申领指南", """<service-guide>
<template shadowrootmode="open"><style>:host{display:block}h2{font-size:18px}</style><h2><slot name="t">事项</slot></h2><div><slot></slot></div></template>
<span slot="t">社会保障卡首次申领</span>
<p>申领条件：在本市参加社会保险的人员。办理渠道：各银行网点、“浙里办”APP。办理时限：即时办结。</p>
</service-guide>""")
    add("k05_dsd_guide.html", page("社保卡申领", body), "pass", [], [],
        "custom element with declarative shadow DOM and slots, public service guide")

    head = "<style>.cookie-bar{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:12px}</style>"
    body = art("网站隐私声明", "<p>本网站尊重并保护用户隐私。</p>") + """
<div class="cookie-bar" role="dialog" aria-label="Cookie提示">本网站使用必要的Cookie以保障基本功能和统计访问量，继续浏览即表示您同意。<button>我知道了</button></div>"""
    add("k06_cookie_banner.html", page("隐私声明", body, head), "pass", [], [],
        "a visible cookie banner (fixed, dark background, white text)")

    body = art("常见问题", """<details><summary>居住证办理需要多长时间？</summary><p>材料齐全的，自受理之日起15个工作日内办结。</p></details>
<details><summary>可以委托他人代办吗？</summary><p>可以，代办人需携带本人及申请人的有效身份证件原件。</p></details>""")
    add("k07_faq_details.html", page("常见问题", body), "pass", [], [],
        "closed <details> FAQ answers with nothing sensitive (a reader can open them)")

    rows = "".join(f"<tr><td>{n}</td><td>{ID[k][:6]}********{ID[k][-4:]}</td><td>{m}</td><td>2400</td></tr>"
                   for n, k, m in [("张某某", "a", "138****1234"), ("李某某", "b", "159****6620"), ("王某某", "c", "186****0917")])
    body = art("2026年第三批创业补贴发放公示", f"""<table><tr><th>姓名</th><th>身份证号</th><th>联系电话</th><th>补贴金额（元）</th></tr>{rows}</table>
<p>公示期内如有异议，请向市人力社保局反映，电话0571-85253300。</p>""")
    add("k08_masked_gongshi.html", page("创业补贴公示", body), "pass", [], [],
        "公示 table of masked IDs, masked mobiles, 张某某, agency landline")

    acct = luhn("33001612345678901")
    body = art("关于缴纳2026年度不动产登记费的公告", f"""<p>缴款方式：银行转账。</p>
<p>户名：临江市财政局非税收入汇缴专户<br>开户银行：中国建设银行临江支行<br>账号：{acct}</p>
<p>统一社会信用代码：{CODES[3]}</p>""")
    add("k09_org_account.html", page("缴费公告", body), "pass", [], [],
        "an organisation's settlement account (户名 财政局) next to 账号/开户银行; credit code")

    body = art("政务云服务公告", """<p>我市政务云平台已完成升级，平台版本由V3.2.1升级至V3.4.0。公共DNS服务地址为223.5.5.5和114.114.114.114，
门户网站对外服务地址为 https://www.linjiang.gov.cn/ 。如遇访问异常请拨打运维服务热线0571-88990000。</p>""")
    add("k10_public_ip_version.html", page("政务云公告", body), "pass", [], [],
        "public DNS IPs, software versions, public URL, landline")

    body = art("保守国家秘密法宣传", """<p>《中华人民共和国保守国家秘密法》规定，国家秘密的密级分为绝密、机密、秘密三级。</p>
<p>机关、单位应当加强对互联网使用的保密管理，坚持“涉密不上网、上网不涉密”原则。</p>
<p>密级标志由密级和保密期限组成，一般标注在公文首页左上角。</p>""")
    add("k11_law_quote.html", page("保密法宣传", body), "pass", [], [],
        "explainer quoting the secrecy law's levels in sentences")

    body = art("统计知识小课堂", """<p><ruby>增<rt>zēng</rt></ruby><ruby>长<rt>zhǎng</rt></ruby>率的计算公式为：</p>
<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>r</mi><mo>=</mo><mfrac><mrow><msub><mi>X</mi><mn>1</mn></msub><mo>-</mo><msub><mi>X</mi><mn>0</mn></msub></mrow><msub><mi>X</mi><mn>0</mn></msub></mfrac><mo>×</mo><mn>100</mn><mo>%</mo></math>
<p>例如2025年地区生产总值为1268.4亿元，2026年为1341.7亿元，则增长率约为5.8%。</p>""")
    add("k12_ruby_math.html", page("统计小课堂", body), "pass", [], [],
        "ruby annotations and MathML in a statistics explainer")

    bars = "".join(f'<rect x="{60+i*90}" y="{220-h}" width="50" height="{h}" fill="#1f6fb2"><title>{y}年：{v}亿元</title></rect><text x="{70+i*90}" y="240" font-size="12">{y}</text>'
                   for i, (y, v, h) in enumerate([(2022, "1012.3", 120), (2023, "1096.8", 140), (2024, "1180.5", 160), (2025, "1268.4", 180)]))
    body = art("近四年地区生产总值", f"""<svg xmlns="http://www.w3.org/2000/svg" width="480" height="260" role="img" aria-label="地区生产总值柱状图"><title>地区生产总值（亿元）</title>{bars}</svg>""")
    add("k13_svg_chart.html", page("地区生产总值", body), "pass", [], [],
        "inline SVG bar chart with <title> tooltips and axis <text>")

    body = art("1-11月财政收支情况", """<canvas id="chart" width="600" height="300">您的浏览器不支持图表显示。1-11月一般公共预算收入128.6亿元，同比增长4.2%。</canvas>
<p>1-11月，全市一般公共预算收入128.6亿元，同比增长4.2%。</p>""")
    add("k14_canvas_fallback.html", page("财政收支", body), "pass", [], [],
        "<canvas> fallback with public figures")

    body = """<!--TRS_BEGIN_DOCUMENT--><!-- 栏目：通知公告 id=1023 -->
""" + art("关于2026年元旦放假安排的通知", """<!--正文开始-->
<p>根据国务院办公厅通知，2026年元旦放假1天。</p>
<!--正文结束--><!-- {{ article.editor }} --><!-- <div class="share">{$share}</div> -->""") + "\n<!--TRS_END_DOCUMENT--><!-- Published by WCM 7.0 at 2026-12-01 09:00:12 -->"
    add("k15_cms_comments.html", page("元旦放假", body), "pass", [], [],
        "CMS markers, column ids, template expressions in comments")

    body = art("我要写信", """<form action="/hdjl/letter/submit" method="post">
<input type="hidden" name="siteId" value="3390000017"><input type="hidden" name="columnId" value="1023">
<input type="hidden" name="_csrf" value="b7e2f0a9-4c1d-4e8a-9f3b-2d6c8e1a5f07">
<label>姓名</label><input name="name" placeholder="请输入姓名">
<label>手机号码</label><input name="mobile" placeholder="请输入11位手机号码">
<label>所在区县</label><select name="area"><option>临江区</option><option>城东区</option><option>江北县</option></select>
<label>信件内容</label><textarea name="content" placeholder="请详细描述您的诉求，不超过1000字"></textarea>
<button type="submit">提交</button></form>""")
    add("k16_letter_form.html", page("我要写信", body), "pass", [], [],
        "letter form: hidden siteId/columnId/csrf inputs, placeholders, select, empty textarea")

    body = art("政策解读", """<ul class="list">
<li data-id="90121" data-channel="zcjd" data-time="1764806400000"><a href="/art/2026/12/4/art_9012.html">一图读懂《临江市促进民营经济发展若干措施》</a></li>
<li data-id="90115" data-channel="zcjd" data-time="1764720000000"><a href="/art/2026/12/3/art_9011.html">《临江市养老服务条例》解读</a></li>
</ul>""")
    add("k17_data_attrs.html", page("政策解读", body), "pass", [], [],
        "list items with data-id / data-channel / 13-digit millisecond timestamps")

    body = art("临江概况", "<p>临江市位于钱塘江中游，总面积1821平方公里，辖3个区、2个县，户籍人口86.7万人。</p>")
    add("k18_gbk_nometa.html", page("临江概况", body, charset=None), "pass", [], [],
        "GBK page with no charset declaration", enc="gbk")

    body = art("2026年度守合同重信用企业名单", "".join(f"<p>{i+1}. {n}（统一社会信用代码：{c}）</p>" for i, (n, c) in enumerate(
        zip(["临江恒远机械有限公司", "临江市公共资源交易中心", "临江江南建设有限公司"], CODES[:3]))))
    add("k19_gb18030_meta.html", page("守重企业", body, charset="gb18030"), "pass", [], [],
        "GB18030 page with meta charset, credit codes", enc="gb18030")

    body = art("在线办事大厅", """<noscript><p>请启用浏览器的JavaScript功能以获得更好的办事体验。</p></noscript>
<p><span class="icon" aria-hidden="true">☎</span> 咨询电话：0571-85259000</p>""")
    add("k20_noscript_hint.html", page("在线办事", body), "pass", [], [],
        "<noscript> asks to enable JavaScript; aria-hidden icon")

    add("k21_notice.txt", f"""关于开展2026年度企业年报工作的通告

各市场主体：
2026年度年报时间为2027年1月1日至6月30日。企业可通过国家企业信用信息公示系统报送。
咨询电话：0571-85257700，政务服务热线12345。
电子邮箱：scjgj@linjiang.gov.cn
临江市市场监督管理局（统一社会信用代码：{CODES[1]}）
2026年12月5日
""", "pass", [], [], "notice with landline, 12345, agency e-mail (info), credit code")

    rows = ["企业名称\t统一社会信用代码\t注册资本（万元）\t联系电话"]
    for n, c, cap, t in zip(["临江恒远机械有限公司", "临江江南建设有限公司", "临江市慈善总会"], [CODES[0], CODES[2], CODES[4]],
                            ["5000", "12000", "200"], ["0571-86012345", "0571-86023456", "0571-86034567"]):
        rows.append(f"{n}\t{c}\t{cap}\t{t}")
    add("k22_enterprises.tsv", "\n".join(rows) + "\n", "pass", [], [], "TSV with credit codes, capital, landlines")

    add("k23_budget.csv", "项目,2025年决算数（元）,2026年预算数（元）\n一般公共预算收入,13512344300,14087126500\n税收收入,11256093800,11892305100\n非税收入,2256250500,2194821400\n",
        "pass", [], [], "11-digit amounts under headings in 元 (look like mobiles)")

    add("k24_certs.csv", "证书编号,持证单位,资质类别,有效期至\n13320260045,临江恒远机械有限公司,特种设备安装,2030-12-31\n13320260046,临江江南建设有限公司,建筑施工总承包三级,2031-06-30\n",
        "pass", [], [], "11-digit 证书编号 serials starting 133")

    rows = ["序号,户主,身份证号,联系电话,保障人数"]
    for i, (n, k, m) in enumerate([("张某某", "h", "138****1234"), ("刘某某", "i", "137****5502")], 1):
        rows.append(f"{i},{n},{ID[k][:6]}********{ID[k][-4:]},{m},3")
    add("k25_masked_dibao.csv", "\n".join(rows) + "\n", "pass", [], [], "低保 CSV with masked IDs and mobiles")

    add("k26_release.md", """# 临江市政务服务网 v4.2.0 更新说明

发布日期：2026-12-03

| 模块 | 变更 | 版本 |
|---|---|---|
| 统一身份认证 | 支持电子社保卡扫码登录 | 2.1.7 |
| 好差评 | 评价页面适老化改造 | 1.4.0 |

对外服务地址：https://zwfw.linjiang.gov.cn/ ；如遇问题请拨打12345。
""", "pass", [], [], "Markdown release notes with a table of versions, public URL")

    add("k27_secrecy_training.md", """# 机关保密工作培训要点

1. 严格区分工作秘密与国家秘密，按规定做好定密和标注。
2. 编印内部资料应当履行审批程序。
3. 坚持“谁公开谁审查、谁发布谁负责”，政府信息公开前须进行保密审查。
""", "pass", [], [], "secrecy training points using 工作秘密/内部资料 as words of sentences")

    add("k28_amount_prose.txt", "2026年1-11月财政收支情况\n\n全市完成一般公共预算收入15712348100元，同比增长3.9%；一般公共预算支出18623057400元。\n",
        "pass", [], [], "11-digit amounts in 元 in prose")

    head = "<style>.banner{background:#0b3d91;color:#ffffff;padding:24px}.toast{display:none}.loading{visibility:hidden}</style>"
    body = """<div class="banner"><h2>临江市政务服务网</h2><p>一网通办　全城通办</p></div>""" + art("办事服务", """<p>热门事项：社保卡申领、公积金提取、不动产登记。</p>
<div class="toast" role="status">提交成功</div><div class="loading">加载中…</div>""")
    add("k29_banner_toast.html", page("办事服务", body, head), "pass", [], [],
        "white text on a dark banner painted by the page's stylesheet; hidden short toast/loading labels")

    body = art("领导之窗", """<div class="leader"><img src="/uploads/leader/l01.jpg" alt="市长照片" width="120"><div><h3>市长</h3><p>主持市政府全面工作。</p></div></div>
<p><a href="mailto:szxx@linjiang.gov.cn" title="市长信箱">市长信箱</a>　<a href="https://www.linjiang.gov.cn/hdjl/" aria-label="进入互动交流栏目">互动交流</a></p>""")
    add("k30_leader_attrs.html", page("领导之窗", body), "pass", [], [],
        "alt, title, aria-label and mailto targets with nothing personal")


if __name__ == "__main__":
    problems()
    clean()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), "files")
