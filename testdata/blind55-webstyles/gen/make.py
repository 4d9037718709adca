#!/usr/bin/env python3
"""Generator of blind55-webstyles: web pages as today's sites and editors write them.

    python3 gen/make.py [OUTDIR]        # default: the folder above gen/

Writes the pages, labels.json and README.md. The .mhtml pages are made by
headless Chromium itself (gen/cdp.js, Page.captureSnapshot, every request
answered from the generator's files under the site's own URLs); the .mht
pages are written as Internet Explorer / 360 浏览器 "Web 档案，单个文件" saves
(GB2312, quoted-printable). Everything is invented; see gen/values.py.
"""
import json
import os
import quopri
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from values import ID, ID_MASKED_ROWS, MOBILE, CARD, EMAIL, INTRANET, mask_id  # noqa: E402

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
ENTRIES = []


def add(name, content, verdict, cats, raws, note, encoding="utf-8"):
    data = content.encode(encoding) if isinstance(content, str) else content
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    ENTRIES.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                    "raw_values": raws, "note": note})


SITE = "澄川市人民政府"
HOST = "https://www.chengchuan.gov.cn"

PLAIN_CSS = """body{font-family:"Microsoft YaHei","PingFang SC",sans-serif;font-size:16px;line-height:1.8;color:#333;margin:0}
.wrap{max-width:960px;margin:0 auto;padding:0 20px}
.site-head{border-bottom:3px solid #c00;padding:12px 0}
.site-head .name{font-size:26px;font-weight:bold;color:#c00}
.crumb{font-size:13px;color:#666;margin:10px 0}
h1.art-title{font-size:24px;text-align:center;margin:24px 0 8px}
.art-meta{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.art-body p{text-indent:2em;margin:0 0 12px}
.site-foot{border-top:1px solid #ddd;margin-top:40px;padding:16px 0;font-size:13px;color:#666;text-align:center}"""


def article(title, body, *, head="", css=PLAIN_CSS, charset="utf-8", date="2025-03-12",
            source="澄川市人民政府办公室", crumb="首页 &gt; 政务公开 &gt; 通知公告", body_attrs="",
            foot=None):
    if foot is None:
        foot = (f'<p>主办：{SITE}办公室　承办：澄川市大数据发展管理局</p>'
                '<p>地址：澄川市临湖区府前路1号　电话：0579-85216330　政务服务热线：12345</p>')
    meta_charset = f'<meta charset="{charset}">'
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_{SITE}</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 09:30">
<meta name="ContentSource" content="{source}">
{head}<style>
{css}
</style>
</head>
<body{body_attrs}>
<div class="site-head"><div class="wrap"><span class="name">{SITE}</span></div></div>
<div class="wrap">
<div class="crumb">当前位置：{crumb}</div>
<h1 class="art-title">{title}</h1>
<div class="art-meta">发布日期：{date}　来源：{source}</div>
<div class="art-body">
{body}
</div>
</div>
<div class="site-foot"><div class="wrap">
{foot}
</div></div>
</body>
</html>
"""


NOTE_FLAG = "hidden note (7+ Chinese characters, a sentence): hidden_content by findings.md"

# --------------------------------------------------------------------------
# Rich-text editors
# --------------------------------------------------------------------------

# p: TinyMCE, rgb() with commas, a dark banner set on the same element
add("w01_tinymce_chunxun.html", article("关于做好2025年春汛期间防汛准备工作的通知", """
<p style="text-align: center;"><span style="color: rgb(255, 255, 255); background-color: rgb(0, 82, 155); font-size: 18px; padding: 4px 12px;">&nbsp;汛前检查重点提示&nbsp;</span></p>
<p style="text-align: justify;"><span style="font-family: 宋体, SimSun; font-size: 16px; color: rgb(51, 51, 51);">各镇（街道）人民政府，市级有关部门：</span></p>
<p style="text-align: justify;"><span style="font-family: 宋体, SimSun; font-size: 16px; color: rgb(51, 51, 51);">当前我市已进入春汛期，为切实做好防汛各项准备工作，确保人民群众生命财产安全，现将有关事项通知如下。</span></p>
<p style="text-align: justify;"><strong><span style="font-size: 16px; color: rgb(192, 0, 0);">一、全面开展汛前隐患排查。</span></strong><span style="font-size: 16px; color: rgb(51, 51, 51);">各地要对辖区内山塘水库、堤防海塘、地质灾害隐患点逐一排查，建立问题清单，明确整改责任人和整改时限，3月31日前完成整改销号。</span></p>
<p style="text-align: justify;"><strong><span style="font-size: 16px; color: rgb(192, 0, 0);">二、落实值班值守制度。</span></strong><span style="font-size: 16px; color: rgb(51, 51, 51);">汛期实行24小时值班和领导带班制度，遇有险情须在30分钟内报告市防汛防台抗旱指挥部办公室。</span></p>
<p style="text-align: justify;"><span style="font-size: 16px; color: rgb(51, 51, 51);">市防指办值班电话：0579-85216018。</span></p>
<p style="text-align: right;"><span style="font-size: 16px; color: rgb(51, 51, 51);">澄川市防汛防台抗旱指挥部办公室<br>2025年3月12日</span></p>
""", source="市应急管理局"), "pass", [], [],
    "TinyMCE output, rgb() with commas; white text on rgb(0, 82, 155) set on the same span: shown. Clean.")

add("w02_tinymce_shenhe.html", article("澄川市2025年城乡居民医保集中缴费工作方案", """
<p style="text-align: justify;"><span style="font-family: 宋体, SimSun; font-size: 16px; color: rgb(51, 51, 51);">为做好2025年度城乡居民基本医疗保险集中参保缴费工作，根据省医保局有关文件精神，结合我市实际，制定本方案。</span></p>
<p style="text-align: justify;"><span style="font-size: 16px; color: rgb(51, 51, 51);">一、缴费标准。2025年度城乡居民医保个人缴费标准为每人每年400元，财政补助标准不低于每人每年670元。</span></p>
<p style="text-align: justify;"><span style="display: none;">此稿未经审核，请勿对外发布。缴费标准待市医保局最终确认。</span></p>
<p style="text-align: justify;"><span style="font-size: 16px; color: rgb(51, 51, 51);">二、缴费时间。集中缴费期为2025年9月1日至12月31日，参保人可通过“浙里办”、银行网点或村（社区）便民服务中心缴纳。</span></p>
<p style="text-align: justify;"><span style="font-size: 16px; color: rgb(51, 51, 51);">三、咨询方式。市医保服务热线：0579-85219908，政务服务热线：12345。</span></p>
""", source="市医疗保障局"), "review", ["hidden_content"], [],
    "TinyMCE span with display: none holding a reviewer's note (此稿未经审核，请勿对外发布): " + NOTE_FLAG)

# CKEditor 5: hsl(), figure.table
CK_CSS = PLAIN_CSS + """
.ck-content .table{margin:1em auto;display:table}
.ck-content .table table{border-collapse:collapse;border:1px double #b3b3b3}
.ck-content .table td,.ck-content .table th{border:1px solid #bfbfbf;padding:.4em;min-width:2em}"""

add("w03_ckeditor5_yingshang.html", article("澄川市优化营商环境十条措施政策解读", """
<div class="ck-content">
<p><span style="background-color:hsl(210, 60%, 25%);color:hsl(0, 0%, 100%);"><strong>&nbsp;政策解读&nbsp;</strong></span></p>
<p>近日，市政府办公室印发《澄川市进一步优化营商环境十条措施》。现就有关内容解读如下。</p>
<h3>一、出台背景</h3>
<p>为深入贯彻落实省委、省政府关于营商环境优化提升“一号改革工程”的部署要求，进一步降低企业制度性交易成本，激发市场主体活力，制定本措施。</p>
<h3>二、主要内容</h3>
<figure class="table"><table><thead><tr><th>措施</th><th>主要内容</th><th>牵头单位</th></tr></thead><tbody>
<tr><td>企业开办</td><td>全流程1个工作日内办结，免费刻制公章</td><td>市市场监管局</td></tr>
<tr><td>工程建设审批</td><td>一般社会投资项目审批时间压减至40个工作日以内</td><td>市住建局</td></tr>
<tr><td>惠企政策兑现</td><td>推行“免申即享”，兑现周期压缩至15个工作日</td><td>市发改局</td></tr>
</tbody></table></figure>
<p><span style="color:hsl(0, 75%, 42%);">解读机关：</span>澄川市发展和改革局　<span style="color:hsl(0, 0%, 40%);">解读人：规划科负责人</span></p>
</div>
""", css=CK_CSS, crumb="首页 &gt; 政务公开 &gt; 政策解读", source="市发展和改革局"), "pass", [], [],
    "CKEditor 5: white hsl(0, 0%, 100%) on its own hsl(210, 60%, 25%) background: shown; figure.table. Clean.")

add("w04_ckeditor5_tongji.html", article("2024年澄川市国民经济和社会发展统计公报（摘要）", """
<div class="ck-content">
<p>初步核算，2024年全市实现地区生产总值1286.4亿元，按可比价格计算，比上年增长6.1%。其中，第一产业增加值48.9亿元，增长3.2%；第二产业增加值566.3亿元，增长6.8%；第三产业增加值671.2亿元，增长5.7%。</p>
<p>全年全体居民人均可支配收入62318元，比上年增长5.6%。其中城镇常住居民人均可支配收入72466元，农村常住居民人均可支配收入43907元。</p>
<p><span style="color:hsl(0, 0%, 100%);">待领导审定后发布，第二部分增速以统计局最终核定数为准。</span></p>
<p>年末全市户籍人口86.2万人，常住人口108.7万人，城镇化率为71.3%。</p>
</div>
""", css=CK_CSS, crumb="首页 &gt; 政务公开 &gt; 统计信息", source="市统计局"), "review", ["hidden_content"], [],
    "CKEditor 5: hsl(0, 0%, 100%) text that no element paints a background for, on a page with only its own non-painting stylesheet and no script: white on the browser's white canvas, hidden; holds 待领导审定后发布…: " + NOTE_FLAG)

# UEditor: modern space-separated rgb()
add("w05_ueditor_laojiu.html", article("2025年老旧小区改造计划公示", """
<section style="margin: 0px; padding: 12px 16px; background-color: rgb(31 41 55); border-radius: 6px;">
<p style="margin: 0px; text-indent: 0em;"><span style="color: rgb(255 255 255); font-size: 17px;"><strong>公示期：2025年3月12日至3月18日（5个工作日）</strong></span></p>
<p style="margin: 0px; text-indent: 0em;"><span style="color: rgb(229 231 235); font-size: 14px;">公示期内如有异议，请以书面形式向市住房和城乡建设局反映。</span></p>
</section>
<p style="text-indent: 2em;"><span style="font-size: 16px;">根据《澄川市城镇老旧小区改造三年行动计划》，经各镇街申报、部门联审，拟将以下12个小区列入2025年改造计划，涉及居民2846户，总投资约1.36亿元。</span></p>
<p style="text-indent: 2em;"><span style="font-size: 16px;">改造内容包括雨污分流、屋面防水、加装电梯、充电设施和适老化设施等，各小区具体改造方案将在施工前向居民公开征求意见。</span></p>
<p style="text-indent: 2em;"><span style="font-size: 16px;">联系电话：0579-85213172（市住建局城建科）</span></p>
""", source="市住房和城乡建设局"), "pass", [], [],
    "UEditor output with CSS Color 4 rgb(255 255 255) and rgb(229 231 235) on a section of rgb(31 41 55): shown. Clean.")

add("w06_ueditor_buzhu.html", article("澄川市2025年困难残疾人生活补贴标准调整的通知", """
<p style="text-indent: 2em;"><span style="font-size: 16px;">经市政府同意，自2025年1月1日起，我市困难残疾人生活补贴标准由每人每月300元提高到每人每月320元，重度残疾人护理补贴标准由每人每月300元提高到每人每月330元。</span></p>
<section style="margin: 0px; padding: 0px; background-color: rgb(255 255 255);">
<p style="text-indent: 2em;"><span style="color: rgb(255 255 255); font-size: 16px;">本文中的补贴标准尚需分管领导审定，审定前请勿转载。</span></p>
</section>
<p style="text-indent: 2em;"><span style="font-size: 16px;">各镇（街道）要按照新标准及时足额发放，不得截留、挤占、挪用。</span></p>
""", source="市民政局"), "review", ["hidden_content"], [],
    "UEditor: color rgb(255 255 255) inside a section whose background is rgb(255 255 255) (space syntax): ink is its background, hidden; 审定前请勿转载 note: " + NOTE_FLAG)

add("w07_editor_alpha_zero.html", article("关于征集2025年民生实事候选项目的公告", """
<p style="text-indent: 2em;"><span style="font-size: 16px; color: rgb(17 24 39);">为广泛听取群众意见，科学确定2025年民生实事项目，现面向社会公开征集民生实事候选项目建议。</span></p>
<p style="text-indent: 2em;"><span style="font-size: 16px; color: rgb(17 24 39);">征集时间：即日起至2025年3月31日。征集范围包括教育、医疗、养老、交通、住房等方面。</span></p>
<p style="text-indent: 2em;"><span style="font-size: 16px; color: rgb(0 0 0 / 0%);">初稿：此段征集范围待法制科审核后再发布。</span></p>
<p style="text-indent: 2em;"><span style="font-size: 16px; color: rgb(17 24 39);">建议可通过市政府门户网站“民意征集”栏目、信件或来访等方式提出。</span></p>
""", source="市政府办公室"), "review", ["hidden_content"], [],
    "text colour rgb(0 0 0 / 0%): alpha 0 is 'hidden anywhere'; 待法制科审核后再发布 note: " + NOTE_FLAG)

# KindEditor: upper-case hex, named colours, #rgba
add("w08_kindeditor_mingcheng.html", article("澄川市2025年度第一批市级非物质文化遗产代表性项目名录", """
<p style="text-align:center;"><span style="color:#FFFFFF;background-color:#C00000;font-size:18px;">&nbsp;名录公布&nbsp;</span></p>
<p style="text-indent:2em;">经专家评审、社会公示，市政府同意将“临湖龙舟竞渡”等9个项目列入第一批市级非物质文化遗产代表性项目名录，现予公布。</p>
<table style="width:100%;border-collapse:collapse;" border="1" cellpadding="4">
<tbody>
<tr style="background-color:navy;"><td style="color:snow;">序号</td><td style="color:snow;">项目名称</td><td style="color:snow;">类别</td><td style="color:snow;">申报地区或单位</td></tr>
<tr><td>1</td><td>临湖龙舟竞渡</td><td>传统体育、游艺与杂技</td><td>临湖区</td></tr>
<tr><td>2</td><td>澄川竹编技艺</td><td>传统技艺</td><td>石门镇</td></tr>
<tr><td>3</td><td>梅溪花鼓戏</td><td>传统戏剧</td><td>梅溪街道</td></tr>
</tbody>
</table>
<p style="text-indent:2em;"><span style="color:white;background-color:#1E3A8AFF;">&nbsp;附：各项目保护单位名单见附件&nbsp;</span></p>
<p style="text-indent:2em;"><span style="color:darkred;">请各保护单位认真履行保护责任。</span></p>
""", source="市文化广电旅游局"), "pass", [], [],
    "KindEditor: #FFFFFF on #C00000, named snow on a navy row, white on #1E3A8AFF (#rrggbbaa, opaque): all shown. Clean.")

add("w09_kindeditor_jiuyuan.html", article("关于调整最低生活保障标准的通知", """
<p style="text-indent:2em;">经市政府研究同意，自2025年4月1日起，全市城乡居民最低生活保障标准统一调整为每人每月1180元。</p>
<p style="text-indent:2em;">特困人员基本生活标准按不低于当地低保标准的1.3倍确定。</p>
<p style="text-indent:2em;"><span style="color:#FFFFFF00;">调整幅度已报市政府常务会议，会议纪要未印发前暂不对外公布。</span></p>
<p style="text-indent:2em;">各地要做好新旧标准衔接，确保调整后的资金于4月底前发放到位。</p>
""", source="市民政局"), "review", ["hidden_content"], [],
    "KindEditor-style span with color #FFFFFF00 (#rrggbbaa, alpha 0): hidden anywhere; 会议纪要未印发前暂不对外公布 note: " + NOTE_FLAG)

# --------------------------------------------------------------------------
# Dark mode, custom properties, shadows
# --------------------------------------------------------------------------
DARK_CSS = """body{margin:0;font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;line-height:1.75;color:#1f2937}
.page{max-width:1000px;margin:0 auto;padding:0 20px}
.hero{background-color:#0f172a;color:#e2e8f0;padding:40px 32px;border-radius:12px;margin:24px 0}
.hero h1{color:#f8fafc;font-size:30px;margin:0 0 12px}
.hero .sub{color:#94a3b8;font-size:15px}
.section{padding:8px 0}
.foot{font-size:13px;color:#6b7280;border-top:1px solid #e5e7eb;margin-top:32px;padding:16px 0}"""

def dark_page(title, hero, body):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {SITE}</title>
<style>
{DARK_CSS}
</style>
</head>
<body>
<main class="page">
<section class="hero" style="background-color:#0f172a;color:#e2e8f0">
{hero}
</section>
<section class="section">
{body}
</section>
<footer class="foot">{SITE}办公室主办　政务服务热线 12345</footer>
</main>
</body>
</html>
"""

add("w10_dark_hero_yiwangtongban.html", dark_page("“一网通办”2024年度报告", """
<h1>“一网通办”2024年度报告</h1>
<p class="sub">数据截至2024年12月31日</p>
<p>全年网上办件量突破286万件，全程网办率达到92.4%，企业和群众办事平均跑动次数降至0.05次。</p>
<p>“高效办成一件事”上线企业开办、新生儿出生、退休等23个主题服务，累计办件18.7万件。</p>
""", """
<h2>一、主要做法</h2>
<p>推进政务服务事项标准化、规范化、便利化，全面梳理市级依申请政务服务事项1426项，逐项明确办理条件、申请材料和办理时限。</p>
<h2>二、下一步工作</h2>
<p>持续拓展“免证办”“就近办”服务场景，力争2025年底前电子证照共享应用覆盖率达到95%以上。</p>
"""), "pass", [], [],
    "dark-mode hero: #e2e8f0 / #f8fafc text on #0f172a set by the section's own style (and its class): shown. Clean.")

add("w11_dark_hero_shenpi.html", dark_page("行政许可决定公示", """
<h1>行政许可决定公示（2025年第7期）</h1>
<p class="sub">澄川市行政审批局</p>
<p>许可事项：食品经营许可（新办）　许可决定书文号：澄审批食〔2025〕0318号</p>
<p>申请人：宁晓帆　申请人身份证号：""" + ID["dark"] + """</p>
<p>经营场所：临湖区滨江路88号1幢102室　许可有效期：2025年3月12日至2030年3月11日</p>
""", """
<p>根据《中华人民共和国行政许可法》第四十条规定，现将准予行政许可决定予以公示。</p>
"""), "block", ["id_card"], [ID["dark"]],
    "the same dark hero, visible (white on dark), with a license holder's unmasked 身份证号: id_card block.")

add("w12_css_vars_xinwen.html", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>市政府召开第48次常务会议 - 澄川市人民政府</title>
<style>
:root{--fg:#1e293b;--muted:#64748b;--accent:#b91c1c;--bg:#ffffff;--card:#f8fafc}
@media (prefers-color-scheme: dark){:root{--fg:#e2e8f0;--muted:#94a3b8;--bg:#0b1120;--card:#111827}}
html{color-scheme:light dark}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.8 system-ui,"PingFang SC",sans-serif}
.container{max-width:880px;margin:0 auto;padding:24px}
.kicker{color:var(--accent);font-weight:600;letter-spacing:.05em}
.meta{color:var(--muted);font-size:14px}
.card{background:var(--card);border-radius:10px;padding:16px 20px;margin:20px 0}
.card p{margin:.3em 0}
</style>
</head>
<body>
<div class="container">
<p class="kicker">政务要闻</p>
<h1>市政府召开第48次常务会议</h1>
<p class="meta">2025-03-10 18:20　来源：市政府办公室　浏览次数：<span id="hits">1203</span></p>
<p>3月10日，市长主持召开市政府第48次常务会议，研究部署春季农业生产、安全生产和城市更新等工作。</p>
<div class="card">
<p class="meta">会议议定事项</p>
<p>一、原则通过《澄川市城市更新行动实施方案（2025—2027年）》，由市住建局按程序印发实施。</p>
<p>二、同意设立市级农业产业发展资金2000万元，重点支持粮食生产和特色农业。</p>
<p>三、要求各地各部门抓好清明节前后森林防火和燃气安全隐患排查。</p>
</div>
<p class="meta">责任编辑：网站编辑部</p>
</div>
</body>
</html>
""", "pass", [], [],
    "CSS custom properties (var(--muted), var(--fg)), a prefers-color-scheme: dark block, color-scheme: light dark; the stylesheet paints (background, :root) so colours are unknown, and all text is visible in both schemes. Clean.")

add("w13_shadow_outline_banner.html", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>2025“营商环境优化提升年”专题 - 澄川市人民政府</title>
<style>
body{margin:0;font-family:"Microsoft YaHei",sans-serif;line-height:1.8;color:#222}
.topic{max-width:960px;margin:0 auto;padding:20px}
.topic p{margin:0 0 10px}
</style>
</head>
<body>
<div class="topic">
<h1 style="color: #fff; text-shadow: 0 2px 6px rgba(0, 0, 0, .65); font-size: 40px; text-align: center;">营商环境优化提升年</h1>
<p style="color: transparent; -webkit-text-stroke: 1px #b91c1c; font-size: 34px; text-align: center; font-weight: 800;">服务企业　澄心而行</p>
<div style="background-color: rgb(0 0 0 / 0%); color: rgb(34, 34, 34);">
<p>今年以来，我市围绕“政策更优、审批更快、服务更好”目标，推出企业开办“一日办结”、涉企证照“一件事”集成改革等举措。</p>
<p>专题设置政策文件、政策解读、典型案例、企业诉求直通车等栏目，欢迎企业和群众关注。</p>
</div>
</div>
</body>
</html>
""", "pass", [], [],
    "topic banner: white heading with a text-shadow ('text with a shadow or stroke shown'), outlined text (color: transparent with -webkit-text-stroke: the docs say transparent is hidden anywhere but a stroke is shown; a reader sees the outlined words, so a careful reviewer passes it), body in a div with background rgb(0 0 0 / 0%) and dark ink. Clean.")

# --------------------------------------------------------------------------
# Utility-class frameworks
# --------------------------------------------------------------------------
TW_CSS = """*,::before,::after{box-sizing:border-box;border:0 solid #e5e7eb}
body{margin:0;font-family:ui-sans-serif,system-ui,"PingFang SC","Microsoft YaHei",sans-serif;line-height:1.75}
.hidden{display:none}
.block{display:block}
.flex{display:flex}
.invisible{visibility:hidden}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border-width:0}
.mx-auto{margin-left:auto;margin-right:auto}
.max-w-5xl{max-width:64rem}
.p-4{padding:1rem}.px-6{padding-left:1.5rem;padding-right:1.5rem}.py-3{padding-top:.75rem;padding-bottom:.75rem}
.gap-6{gap:1.5rem}
.rounded-lg{border-radius:.5rem}
.bg-white{background-color:#fff}
.bg-blue-800{background-color:#1e40af}
.bg-slate-50{background-color:#f8fafc}
.text-white{color:#fff}
.text-gray-700{color:#374151}
.text-gray-500{color:#6b7280}
.text-sm{font-size:.875rem}
.text-xl{font-size:1.25rem}
.font-bold{font-weight:700}
@media (min-width:768px){.md\\:flex{display:flex}.md\\:hidden{display:none}}"""


def tw_page(title, main, extra_css=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {SITE}</title>
<style>
{TW_CSS}{extra_css}
</style>
</head>
<body class="bg-slate-50 text-gray-700">
<a href="#main" class="sr-only">跳到主要内容</a>
<header class="bg-blue-800 text-white">
<div class="mx-auto max-w-5xl px-6 py-3 flex gap-6">
<span class="text-xl font-bold">{SITE}</span>
<nav class="hidden md:flex gap-6"><a class="text-white" href="/">首页</a><a class="text-white" href="/zwgk/">政务公开</a><a class="text-white" href="/zwfw/">政务服务</a><a class="text-white" href="/hdjl/">互动交流</a></nav>
<button class="md:hidden text-white" aria-label="打开菜单">☰</button>
</div>
<nav class="hidden" id="mobile-menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></nav>
</header>
<main id="main" class="mx-auto max-w-5xl px-6 py-3">
{main}
</main>
<footer class="mx-auto max-w-5xl px-6 py-3 text-sm text-gray-500">主办单位：{SITE}办公室　联系电话：0579-85216330</footer>
</body>
</html>
"""

add("w14_tailwind_banshi.html", tw_page("新生儿出生“一件事”办事指南", """
<h1 class="text-xl font-bold">新生儿出生“一件事”办事指南</h1>
<div class="bg-blue-800 text-white rounded-lg p-4">
<p class="font-bold">一次申请，五证联办</p>
<p class="text-sm">出生医学证明、预防接种证、户口登记、医保参保、社会保障卡申领可一次提交、并联办理。</p>
</div>
<div class="bg-white rounded-lg p-4">
<h2 class="text-xl">办理条件</h2>
<p>新生儿父母至少一方具有本市户籍，新生儿在本省助产机构出生。</p>
<h2 class="text-xl">办理渠道</h2>
<p>线上：“浙里办”APP搜索“出生一件事”；线下：各镇（街道）便民服务中心综合窗口。</p>
<p class="invisible">加载中</p>
</div>
"""), "pass", [], [],
    "Tailwind-like utilities in a <style> block: .hidden mobile-menu copy of the visible nav (a hidden copy of the menu is not a note), .sr-only skip link (for screen readers), .text-white on .bg-blue-800 (shown), an .invisible 加载中 placeholder (short label). Clean.")

add("w15_tailwind_tongxun.html", tw_page("临湖区2025年春季招聘会公告", """
<h1 class="text-xl font-bold">临湖区2025年春季招聘会公告</h1>
<div class="bg-white rounded-lg p-4">
<p>为促进高校毕业生和农村劳动力就业，区人力社保局定于3月22日（星期六）上午9:00在区人力资源市场举办春季招聘会，预计120余家企业提供就业岗位2600余个。</p>
<p>求职者请携带身份证和个人简历入场，现场提供政策咨询和职业指导服务。</p>
<div class="bg-white p-4">
<p class="text-white">招聘会现场负责人：邱文斌　手机：""" + MOBILE["white"] + """</p>
</div>
<p>咨询电话：0579-85237120（区就业服务中心）</p>
</div>
"""), "review", ["mobile_phone"], [MOBILE["white"]],
    "Tailwind .text-white inside .bg-white: white on white by class rules. The docs call a painting stylesheet rule 'unknown… so not hidden', so it is read as visible text either way; the unmasked mobile of a named person makes it review (mobile_phone).")

add("w16_tailwind_hidden_note.html", tw_page("关于2025年度政府投资项目计划的公示", """
<h1 class="text-xl font-bold">关于2025年度政府投资项目计划的公示</h1>
<div class="bg-white rounded-lg p-4">
<p>根据《政府投资条例》和《澄川市政府投资项目管理办法》，现将2025年度市本级政府投资项目计划予以公示，公示期为7天。</p>
<p class="hidden">审核意见：第三批项目金额未经发改局复核，复核前不得发布。</p>
<p>2025年度市本级政府投资项目共计86个，总投资213.6亿元，年度计划投资41.2亿元。</p>
</div>
"""), "review", ["hidden_content"], [],
    "the same Tailwind layout; a <p class=\"hidden\"> (display:none by the page's own rule) holding 审核意见…复核前不得发布: " + NOTE_FLAG)

# --------------------------------------------------------------------------
# Inline-block gap fix, visibility toggles, opacity transitions
# --------------------------------------------------------------------------
GAP_CSS = PLAIN_CSS + """
.stat-list{font-size:0;list-style:none;padding:0;margin:16px 0}
.stat-list li{display:inline-block;vertical-align:top;width:50%;font-size:16px;padding:8px 12px;box-sizing:border-box}
.stat-list li b{display:block;font-size:22px;color:#c00}
.stat-list li.memo{font-size:1.2em}"""

add("w17_gap_fix_shuju.html", article("2024年全市教育事业发展情况", """
<p>2024年，全市教育事业持续健康发展，各项主要指标稳中有进。</p>
<ul class="stat-list">
<li><b>213所</b>全市共有各级各类学校213所，比上年增加4所。</li>
<li><b>15.8万人</b>在校学生15.8万人，其中义务教育阶段在校生11.2万人。</li>
<li><b>99.6%</b>学前三年毛入园率达到99.6%，普惠性幼儿园覆盖率92.3%。</li>
<li><b>1.26万人</b>专任教师1.26万人，义务教育阶段师生比为1:13.8。</li>
</ul>
<p>下一步，将继续推进义务教育优质均衡发展和县域普通高中特色发展。</p>
""", css=GAP_CSS, source="市教育局"), "pass", [], [],
    "inline-block gap fix: ul font-size:0, li font-size:16px by the page's rules: the items are shown (README: 'a container of size 0, items of 16px … is shown'). Clean.")

add("w18_gap_fix_em_note.html", article("2024年全市卫生健康事业发展情况", """
<p>2024年，全市卫生健康事业发展主要指标如下。</p>
<ul class="stat-list">
<li><b>2.1万张</b>全市医疗卫生机构床位2.1万张，每千人口床位数6.4张。</li>
<li><b>81.6岁</b>居民人均期望寿命达到81.6岁，比上年提高0.3岁。</li>
<li class="memo">此组数据待卫健委党组会审定后再公开，请勿先行发布。</li>
<li><b>97.1%</b>家庭医生签约服务重点人群覆盖率达到97.1%。</li>
</ul>
""", css=GAP_CSS, source="市卫生健康委员会"), "review", ["hidden_content"], [],
    "the same gap-fix list; one item, li.memo, sets font-size:1.2em, relative to the ul's 0 (README: 'unless that size is relative to the parent's … 1.2em of 0 is 0'), so it stays size 0 and hidden; 待…审定后再公开，请勿先行发布 note: " + NOTE_FLAG)

VIS_CSS = PLAIN_CSS + """
.notice-card{visibility:hidden;border:1px solid #e5e5e5;padding:12px 16px;margin:12px 0}
.notice-card .card-title,.notice-card .card-body{visibility:visible}
.notice-card .card-title{font-weight:bold;color:#b91c1c}"""

add("w19_visibility_card.html", article("关于2025年清明节期间文明祭扫的倡议", """
<div class="notice-card">
<div class="card-title">倡议书</div>
<div class="card-body">
<p>清明节将至，为弘扬文明新风，保护生态环境，市文明办、市民政局向全市广大市民发出倡议：提倡鲜花祭扫、网络祭扫、家庭追思等文明低碳祭扫方式。</p>
<p>严禁在林区、墓区焚烧纸钱、燃放鞭炮，共同守护绿水青山。</p>
</div>
</div>
""", css=VIS_CSS, source="市文明办"), "pass", [], [],
    "card container visibility:hidden, its title and body visibility:visible by the page's rules: shown (README: visibility inherited, 'an element inside set to visibility:visible is shown'). Clean.")

add("w20_visibility_card_note.html", article("关于2025年清明节期间交通管制的通告", """
<div class="notice-card">
<div class="card-title">交通管制通告</div>
<div class="card-body">
<p>4月4日至4月6日每日6时至18时，对通往市公墓的梅溪路（梅溪桥至公墓入口段）实行临时交通管制，除公交车和持通行证车辆外，其他车辆禁止通行。</p>
</div>
<p class="card-note">管制时段以公安局最终审定为准，此稿暂不得发布。</p>
</div>
""", css=VIS_CSS, source="市公安局交通警察支队"), "review", ["hidden_content"], [],
    "the same card: title and body set visible, but the <p class=card-note> inherits visibility:hidden from the container; 此稿暂不得发布 note: " + NOTE_FLAG)

FADE_CSS = PLAIN_CSS + """
.alert{border:1px solid #f0c36d;padding:10px 14px;margin:12px 0;color:#8a6d3b}
.fade{opacity:0;transition:opacity .15s linear}
.fade.show{opacity:1}"""

add("w21_opacity_show.html", article("关于市民服务中心调整工作时间的公告", """
<div class="alert fade show" role="alert">温馨提示：自4月1日起，市民服务中心周六上午延时服务，办理时间为9:00至12:00。</div>
<p>为进一步方便企业和群众办事，经研究，自2025年4月1日起，市民服务中心实行“周六不打烊”延时服务。</p>
<p>周六上午可办理社保、医保、公积金、不动产登记等高频事项，其他事项可通过网上办理。</p>
""", css=FADE_CSS, source="市行政服务中心"), "pass", [], [],
    "Bootstrap-style .fade{opacity:0} with .fade.show{opacity:1}: the element has both classes, so opacity 1, shown. Clean.")

add("w22_opacity_note.html", article("关于市民服务中心窗口调整的公告", """
<p>为优化窗口布局，自2025年4月7日起，市民服务中心二楼不动产登记窗口调整至一楼东侧。</p>
<div class="alert fade" role="alert">窗口调整方案尚未经中心主任办公会研究，请勿对外公布。</div>
<p>调整期间，不动产登记业务照常办理，请办事群众注意现场指引。</p>
""", css=FADE_CSS, source="市行政服务中心"), "review", ["hidden_content"], [],
    "the same alert with class fade but without show: opacity 0 by the page's rule, hidden; 尚未经…研究，请勿对外公布 note: " + NOTE_FLAG)

# --------------------------------------------------------------------------
# Tabs, accordions, details, dialogs, templates
# --------------------------------------------------------------------------
TAB_CSS = PLAIN_CSS + """
.tabs [role=tablist]{display:flex;border-bottom:2px solid #c00}
.tabs [role=tab]{padding:6px 16px;border:0;background:none;font-size:15px;cursor:pointer}
.tabs [role=tab][aria-selected=true]{color:#c00;font-weight:bold}
.tabs [role=tabpanel] ul{list-style:none;padding:0}
.tabs [role=tabpanel] li{padding:4px 0;border-bottom:1px dotted #ddd}"""

TAB_JS = """<script>
document.querySelectorAll('.tabs [role=tab]').forEach(function (t) {
  t.addEventListener('click', function () {
    document.querySelectorAll('.tabs [role=tab]').forEach(function (x) { x.setAttribute('aria-selected', x === t); });
    document.querySelectorAll('.tabs [role=tabpanel]').forEach(function (p) { p.hidden = p.id !== t.getAttribute('aria-controls'); });
  });
});
</script>"""

add("w23_tabs_lanmu.html", article("政府信息公开", """
<div class="tabs">
<div role="tablist"><button role="tab" aria-selected="true" aria-controls="tp1">法定主动公开</button><button role="tab" aria-selected="false" aria-controls="tp2">重点领域</button><button role="tab" aria-selected="false" aria-controls="tp3">公开指南</button></div>
<div role="tabpanel" id="tp1"><ul>
<li><a href="/xxgk/jgzn/">机构职能</a></li><li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/ghjh/">规划信息</a></li><li><a href="/xxgk/czxx/">财政信息</a></li>
</ul></div>
<div role="tabpanel" id="tp2" hidden><ul>
<li><a href="/xxgk/zdjs/">重大建设项目</a></li><li><a href="/xxgk/shjz/">社会救助</a></li><li><a href="/xxgk/ggzy/">公共资源配置</a></li><li><a href="/xxgk/hjbh/">生态环境</a></li>
</ul></div>
<div role="tabpanel" id="tp3" hidden><ul>
<li><a href="/xxgk/gkzn/">公开指南</a></li><li><a href="/xxgk/gkzd/">公开制度</a></li><li><a href="/xxgk/ndbg/">年度报告</a></li>
</ul></div>
</div>
""" + TAB_JS, css=TAB_CSS, crumb="首页 &gt; 政务公开", source="澄川市人民政府办公室"), "pass", [], [],
    "tabs: inactive panels with the hidden attribute hold only short column links (每个不到7个汉字, no sentence, no number): not a note by findings.md. Clean; a page's script toggles the hidden attribute.")

add("w24_tabs_lianxi.html", article("临湖区梅溪街道城南社区网格服务", """
<div class="tabs">
<div role="tablist"><button role="tab" aria-selected="true" aria-controls="tp1">网格概况</button><button role="tab" aria-selected="false" aria-controls="tp2">服务事项</button><button role="tab" aria-selected="false" aria-controls="tp3">联系我们</button></div>
<div role="tabpanel" id="tp1"><p>城南社区共划分为6个网格，服务居民3216户，网格员每日走访，及时收集群众诉求。</p></div>
<div role="tabpanel" id="tp2" hidden><ul><li>代办服务</li><li>矛盾调解</li><li>安全巡查</li></ul></div>
<div role="tabpanel" id="tp3" hidden><p>第三网格网格员：韩志军　手机：""" + MOBILE["tab"] + """</p></div>
</div>
""" + TAB_JS, css=TAB_CSS, crumb="首页 &gt; 基层治理", source="梅溪街道办事处"), "review", ["mobile_phone"], [MOBILE["tab"]],
    "the same tabs; the hidden 联系我们 panel holds a grid worker's unmasked mobile: mobile_phone (review) whether read as hidden or as a panel the reader opens.")

ACC_CSS = PLAIN_CSS + """
.acc-item{border-bottom:1px solid #e5e5e5}
.acc-head{display:block;width:100%;text-align:left;padding:10px 0;font-size:16px;background:none;border:0;cursor:pointer}
.acc-panel{max-height:0;overflow:hidden;transition:max-height .3s ease}
.acc-item.open .acc-panel{max-height:600px}"""

add("w25_accordion_wenda.html", article("不动产登记常见问题解答", """
<div class="acc">
<div class="acc-item open"><button class="acc-head" aria-expanded="true" aria-controls="a1">1．办理二手房转移登记需要哪些材料？</button>
<div class="acc-panel" id="a1" aria-hidden="false"><p>买卖双方身份证明、不动产权证书、存量房买卖合同、完税凭证等，具体以窗口一次性告知为准。</p></div></div>
<div class="acc-item"><button class="acc-head" aria-expanded="false" aria-controls="a2">2．不动产权证书遗失了怎么办？</button>
<div class="acc-panel" id="a2" aria-hidden="true"><p>权利人可持身份证明到不动产登记中心申请补证，登记机构在门户网站刊登遗失声明15个工作日后予以补发。</p></div></div>
<div class="acc-item"><button class="acc-head" aria-expanded="false" aria-controls="a3">3．登记办结后多久可以领证？</button>
<div class="acc-panel" id="a3" aria-hidden="true"><p>一般转移登记即时办结、当场领证；需要实地查看的，自受理之日起5个工作日内办结。</p></div></div>
</div>
<script>
document.querySelectorAll('.acc-head').forEach(function (h) {
  h.addEventListener('click', function () {
    var item = h.parentNode, open = item.classList.toggle('open');
    h.setAttribute('aria-expanded', open);
    document.getElementById(h.getAttribute('aria-controls')).setAttribute('aria-hidden', !open);
  });
});
</script>
""", css=ACC_CSS, crumb="首页 &gt; 政务服务 &gt; 常见问题", source="市自然资源和规划局"), "pass", [], [],
    "accordion: collapsed answers have aria-hidden=\"true\" and max-height:0; overflow:hidden (not moved off the page; the docs hide aria-hidden text only when it is moved off the page, and list no max-height). FAQ answers the reader opens; a careful reviewer passes them. Clean. (A page script toggles classes and attributes.)")

DET_CSS = PLAIN_CSS + """
details{border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px;margin:8px 0}
summary{cursor:pointer;font-weight:bold}"""

add("w26_details_zhaosheng.html", article("2025年义务教育学校招生入学常见问题", """
<details><summary>孩子满几周岁可以上小学？</summary><p>凡2025年8月31日前年满6周岁的适龄儿童，均应接受义务教育。</p></details>
<details><summary>网上报名什么时候开始？</summary><p>网上报名时间为2025年6月10日至6月20日，逾期未报名的由教育局统筹安排学位。</p></details>
<details><summary>随迁子女入学需要准备哪些材料？</summary><p>需提供居住证、监护人在本市的就业或社保证明、户口簿等材料，具体以各学校公告为准。</p></details>
""", css=DET_CSS, crumb="首页 &gt; 专题专栏 &gt; 招生入学", source="市教育局"), "pass", [], [],
    "closed <details> answers: the reader opens them with a click. The docs do not list <details> among what hides text (display, visibility, hidden attribute, style rules, size 0, opacity, ink); a careful reviewer treats FAQ answers as published. Clean.")

add("w27_details_shenqing.html", article("依申请公开答复书（2025）第19号", """
<p>宋立峰：</p>
<p>本机关于2025年2月26日收到您提出的政府信息公开申请，申请获取“梅溪路拓宽工程征收补偿方案”。经审查，现答复如下：</p>
<p>您申请获取的信息属于已主动公开的政府信息，可在澄川市人民政府门户网站“征收补偿”栏目中查阅。</p>
<details><summary>申请人信息（点击展开）</summary>
<p>申请人：宋立峰　证件类型：居民身份证　证件号码：""" + ID["details"] + """</p>
<p>通讯地址：临湖区梅溪街道南苑小区</p>
</details>
<p style="text-align:right">澄川市住房和城乡建设局<br>2025年3月11日</p>
""", css=DET_CSS, crumb="首页 &gt; 政务公开 &gt; 依申请公开", source="市住房和城乡建设局"), "block", ["id_card"], [ID["details"]],
    "a reply to an information request; a closed <details> 申请人信息 holds the applicant's unmasked ID: id_card block (shown or hidden alike).")

DLG_CSS = PLAIN_CSS + """
dialog{border:1px solid #ccc;border-radius:8px;padding:16px 20px;max-width:520px}
dialog::backdrop{background:rgba(0,0,0,.35)}"""

add("w28_dialog_open.html", article("关于门户网站系统升级的公告", """
<dialog open aria-labelledby="d1t"><h3 id="d1t">系统升级提示</h3><p>为提升服务质量，本网站将于3月15日22:00至次日6:00进行系统升级，期间部分栏目暂停访问，敬请谅解。</p><form method="dialog"><button>我知道了</button></form></dialog>
<p>为进一步提升网站安全防护能力和访问速度，市大数据局将对市政府门户网站进行系统升级。</p>
<p>升级完成后，网站将新增适老化浏览模式和无障碍阅读功能。</p>
""", css=DLG_CSS, source="市大数据发展管理局"), "pass", [], [],
    "a <dialog open> upgrade notice: shown. Clean.")

add("w29_dialog_closed.html", article("关于公开征求《澄川市养犬管理规定（草案）》意见的公告", """
<p>为做好养犬管理立法工作，现将《澄川市养犬管理规定（草案）》全文公布，征求社会各界意见。</p>
<p>征求意见时间：2025年3月12日至4月11日。意见可通过信函或门户网站“意见征集”栏目提交。</p>
<p><button type="button" onclick="document.getElementById('dlg').showModal()">查看草案全文</button></p>
<dialog id="dlg"><h3>内部审核意见</h3><p>草案第十二条罚款额度法制办尚有不同意见，待市政府常务会议审定后再公开征求意见。</p><form method="dialog"><button>关闭</button></form></dialog>
""", css=DLG_CSS, source="市公安局"), "review", ["hidden_content"], [],
    "a closed <dialog> (no open attribute; browsers draw it display:none until a script opens it) holding an internal review note (待…审定后再公开). The docs do not name <dialog>; a careful reviewer treats a closed dialog like any hidden element, and the button promises the draft, not this note: " + NOTE_FLAG)

add("w30_template_hang.html", article("2025年第一季度企业职工基本养老保险待遇资格认证情况", """
<p>一季度全市应认证企业退休人员15.3万人，已认证15.1万人，认证率98.7%。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%"><thead><tr><th>镇（街道）</th><th>应认证人数</th><th>已认证人数</th><th>认证率</th></tr></thead>
<tbody id="rows"><tr><td>梅溪街道</td><td>21408</td><td>21215</td><td>99.1%</td></tr><tr><td>石门镇</td><td>9832</td><td>9640</td><td>98.0%</td></tr></tbody></table>
<template id="row-tpl"><tr><td>{{town}}</td><td>{{should}}</td><td>{{done}}</td><td>{{rate}}%</td></tr></template>
<template id="empty-tpl"><tr><td colspan="4">${i18n.noData}</td></tr></template>
""", source="市人力资源和社会保障局"), "pass", [], [],
    "<template> rows holding only template expressions ({{town}}, ${i18n.noData}): hidden, but template expressions are not a note (findings.md). Clean.")

add("w31_template_note.html", article("2025年第一季度城乡居民养老保险参保情况", """
<p>一季度全市城乡居民基本养老保险参保人数28.6万人，其中60周岁以上领取待遇人员9.4万人。</p>
<template id="draft-tip"><div class="tip">此稿未经审核，数据与统计快报不一致，待局领导审定后发布。</div></template>
<p>下一步，将继续做好重点人群参保动员和待遇按时足额发放工作。</p>
""", source="市人力资源和社会保障局"), "review", ["hidden_content"], [],
    "a <template> (hidden, README) holding 此稿未经审核…待局领导审定后发布: " + NOTE_FLAG)

# --------------------------------------------------------------------------
# Print / screen media, text-indent image replacement, aria-hidden
# --------------------------------------------------------------------------
PRINT_CSS = PLAIN_CSS + """
.toolbar{font-size:13px;color:#555;border:1px solid #eee;padding:6px 10px;margin:10px 0}
.print-only{display:none}
.screen-tip{display:none}
@media screen{.screen-tip{display:block;font-size:13px;color:#666}}
@media print{.toolbar,.screen-tip{display:none}.print-only{display:block;font-size:12px}}"""

add("w32_print_screen_clean.html", article("澄川市2025年春季植树造林工作方案", """
<div class="toolbar">本页内容可直接打印，打印时将自动隐藏本工具栏。【打印本页】【关闭窗口】</div>
<p class="screen-tip">温馨提示：本页面支持长者模式和屏幕阅读器浏览。</p>
<p>为深入推进国土绿化行动，今年全市计划完成植树造林1.2万亩，新建森林村庄10个，各镇（街道）要落实苗木、资金和管护责任。</p>
<p>3月12日至4月12日为全市义务植树活动月，各机关单位要组织干部职工参加义务植树。</p>
<div class="print-only">来源：市林业局</div>
""", css=PRINT_CSS, source="市林业局"), "pass", [], [],
    "screen/print @media blocks: a toolbar sentence hidden only in print, a .screen-tip sentence display:none by default but display:block under @media screen (shown on screen), a print-only source line that is a short label. The docs are silent on @media; on screen the sentences are shown. Clean.")

add("w33_print_only_contact.html", article("2025年全市森林防火期野外用火审批公告", """
<div class="toolbar">【打印本页】【关闭窗口】</div>
<p>森林防火期内（2025年1月1日至4月30日），因生产生活确需野外用火的，须提前向所在镇（街道）提出申请，经批准后方可用火。</p>
<p>擅自野外用火的，由林业主管部门依法予以处罚。</p>
<div class="print-only">审批经办：邵一鸣　手机：""" + MOBILE["print"] + """</div>
""", css=PRINT_CSS, source="市林业局"), "review", ["mobile_phone"], [MOBILE["print"]],
    "a print-only block (display:none on screen, shown on paper) holding a named clerk's unmasked mobile: mobile_phone review either way.")

LOGO_CSS = PLAIN_CSS + """
.brand{width:300px;height:60px;background:url(/images/logo_ccszf.png) no-repeat;text-indent:-9999px;overflow:hidden;margin:0}
.ir{display:block;text-indent:-9999px;overflow:hidden;height:0}"""

add("w34_text_indent_logo.html", article("澄川市人民政府关于公布第三批市级文物保护单位的通知", """
<h2 class="brand">澄川市人民政府</h2>
<p>经市人民政府同意，现公布第三批市级文物保护单位共16处，各地要依法做好保护管理工作。</p>
<p>其中古建筑7处、近现代重要史迹及代表性建筑6处、古遗址3处。</p>
""", css=LOGO_CSS, source="市文化广电旅游局"), "pass", [], [],
    "image replacement: <h2 class=brand> with text-indent:-9999px over a background logo; its text is the agency's name (the docs hide only aria-hidden text moved off the page; this one is neither aria-hidden nor a note). The logo url is a relative public path. Clean.")

add("w35_text_indent_note.html", article("澄川市人民政府关于公布第四批市级历史建筑名录的通知", """
<h2 class="brand">澄川市人民政府</h2>
<span class="ir" aria-hidden="true">名录中第7至第9处产权未核清，此稿待规划局审核后再上网发布。</span>
<p>经市人民政府同意，现公布第四批市级历史建筑名录共23处。</p>
<p>各地要建立历史建筑保护档案，设置保护标志牌。</p>
""", css=LOGO_CSS, source="市自然资源和规划局"), "review", ["hidden_content"], [],
    "aria-hidden=\"true\" span moved off the page by text-indent:-9999px (and height:0): 'aria-hidden text moved off the page' is hidden; holds 此稿待…审核后再上网发布: " + NOTE_FLAG)

# --------------------------------------------------------------------------
# iframes with srcdoc, SVG
# --------------------------------------------------------------------------
add("w36_iframe_srcdoc_map.html", article("2025年澄川马拉松赛事交通管制示意", """
<p>2025澄川马拉松将于3月23日7:30鸣枪起跑，赛道途经府前路、滨江路、梅溪路等路段。</p>
<iframe title="交通管制路段" width="100%" height="220" style="border:1px solid #ddd" srcdoc="&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;style&gt;body{font:14px/1.7 sans-serif;margin:10px}&lt;/style&gt;&lt;h3&gt;管制路段及时间&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;府前路（人民广场至滨江路口）：6:30—9:30&lt;/li&gt;&lt;li&gt;滨江路（府前路口至梅溪桥）：7:00—11:30&lt;/li&gt;&lt;li&gt;梅溪路（梅溪桥至体育中心）：7:30—13:00&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;管制期间请绕行或乘坐公共交通。&lt;/p&gt;"></iframe>
<p>赛事期间，公交线路临时调整信息请关注“澄川公交”公众号。</p>
""", source="市公安局交通警察支队"), "pass", [], [],
    "an iframe whose srcdoc is a small page of closed road sections and times: read as a page, nothing personal. Clean.")

add("w37_iframe_srcdoc_gongshi.html", article("2025年第一批创业担保贷款贴息名单公示", """
<p>经审核，以下人员符合创业担保贷款贴息条件，现予公示，公示期5个工作日。</p>
<iframe title="公示名单" width="100%" height="200" style="border:1px solid #ddd" srcdoc="&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;table border=1 cellpadding=4 style='border-collapse:collapse'&gt;&lt;tr&gt;&lt;th&gt;序号&lt;/th&gt;&lt;th&gt;姓名&lt;/th&gt;&lt;th&gt;身份证号&lt;/th&gt;&lt;th&gt;贴息金额（元）&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;姚佳宁&lt;/td&gt;&lt;td&gt;""" + ID["srcdoc"] + """&lt;/td&gt;&lt;td&gt;6840&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;戴某某&lt;/td&gt;&lt;td&gt;""" + mask_id(ID["srcdoc"][:6] + "19790214" + "3328") + """&lt;/td&gt;&lt;td&gt;4200&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"></iframe>
<p>公示期内如有异议，请向市人力社保局就业促进科反映。</p>
""", source="市人力资源和社会保障局"), "block", ["id_card"], [ID["srcdoc"]],
    "the same iframe layout; its srcdoc table holds one unmasked ID (the second row is masked): id_card block.")

SVG_CHART = """<svg xmlns="http://www.w3.org/2000/svg" width="560" height="260" viewBox="0 0 560 260" role="img" aria-labelledby="ct">
<title id="ct">2020—2024年全市一般公共预算收入</title>
<style>.lbl{font:13px sans-serif;fill:#333}.val{font:12px sans-serif;fill:#b91c1c}</style>
<line x1="40" y1="220" x2="540" y2="220" stroke="#999"/>
<rect x="70" y="120" width="50" height="100" fill="#2563eb"/><text class="val" x="72" y="112">78.6亿元</text><text class="lbl" x="78" y="240">2020年</text>
<rect x="170" y="105" width="50" height="115" fill="#2563eb"/><text class="val" x="172" y="97">86.3亿元</text><text class="lbl" x="178" y="240">2021年</text>
<rect x="270" y="98" width="50" height="122" fill="#2563eb"/><text class="val" x="272" y="90">91.0亿元</text><text class="lbl" x="278" y="240">2022年</text>
<rect x="370" y="86" width="50" height="134" fill="#2563eb"/><text class="val" x="372" y="78">97.4亿元</text><text class="lbl" x="378" y="240">2023年</text>
<rect x="470" y="74" width="50" height="146" fill="#2563eb"/><text class="val" x="466" y="66">104.2亿元</text><text class="lbl" x="478" y="240">2024年</text>
</svg>"""

add("w38_svg_chart.html", article("2024年澄川市财政预算执行情况图解", """
<p>2024年，全市一般公共预算收入104.2亿元，同比增长7.0%，其中税收收入83.5亿元，占比80.1%。</p>
<figure style="margin:16px 0;text-align:center">""" + SVG_CHART + """<figcaption>图1　2020—2024年全市一般公共预算收入</figcaption></figure>
<p>民生支出占一般公共预算支出的比重保持在75%以上。</p>
""", source="市财政局"), "pass", [], [],
    "an inline SVG bar chart whose <text> labels are years and amounts in 亿元. Clean.")

SVG_ORG = """<svg xmlns="http://www.w3.org/2000/svg" width="620" height="200" viewBox="0 0 620 200">
<style>.box{fill:#eff6ff;stroke:#1d4ed8}.t{font:14px sans-serif;fill:#111}.s{font:12px sans-serif;fill:#555}</style>
<rect class="box" x="220" y="10" width="180" height="50" rx="6"/><text class="t" x="240" y="32">防汛应急指挥部</text><text class="s" x="240" y="50">总指挥：常务副区长</text>
<line x1="310" y1="60" x2="310" y2="90" stroke="#1d4ed8"/><line x1="110" y1="90" x2="510" y2="90" stroke="#1d4ed8"/>
<rect class="box" x="20" y="100" width="180" height="70" rx="6"/><text class="t" x="30" y="122">抢险救援组</text><text class="s" x="30" y="142">组长：区应急管理局</text>
<rect class="box" x="220" y="100" width="180" height="70" rx="6"/><text class="t" x="230" y="122">转移安置组</text><text class="s" x="230" y="142">联络员：贝晓东</text><text class="s" x="230" y="160">手机 """ + MOBILE["svg"] + """</text>
<rect class="box" x="420" y="100" width="180" height="70" rx="6"/><text class="t" x="430" y="122">后勤保障组</text><text class="s" x="430" y="142">组长：区发改局</text>
</svg>"""

add("w39_svg_org_chart.html", article("临湖区2025年防汛应急指挥体系", """
<p>为切实做好2025年防汛工作，区防指调整了应急指挥体系，各工作组职责如下图所示。</p>
<figure style="margin:16px 0">""" + SVG_ORG + """</figure>
<p>各工作组要明确专人，保持24小时通讯畅通。</p>
""", source="临湖区应急管理局"), "review", ["mobile_phone"], [MOBILE["svg"]],
    "an inline SVG organisation chart; one <text> holds a named liaison's unmasked mobile after 手机: mobile_phone review.")

# --------------------------------------------------------------------------
# GB2312 / GBK pages
# --------------------------------------------------------------------------
OLD_CSS = """body{font-family:宋体,SimSun;font-size:14px;margin:0}
td{font-size:14px;line-height:24px}
.title{font-size:20px;font-weight:bold}"""

def old_page(title, body, charset, meta_style="charset"):
    if meta_style == "charset":
        m = f'<meta charset="{charset}">'
    else:
        m = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{m}
<title>{title}</title>
<style type="text/css">
{OLD_CSS}
</style>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80" bgcolor="#003399"><font color="#FFFFFF" size="5">&nbsp;澄川市石门镇人民政府</font></td></tr>
<tr><td height="30" bgcolor="#E8EEF8">&nbsp;首页 | 镇情概况 | 政务公开 | 办事服务 | 互动交流</td></tr>
<tr><td valign="top">
{body}
</td></tr>
<tr><td height="60" align="center" bgcolor="#003399"><font color="#FFFFFF">主办：澄川市石门镇人民政府　电话：0579-85561021</font></td></tr>
</table>
</body>
</html>
"""

add("w40_gb2312_shuili.html", old_page("石门镇2025年小型水利工程建设计划", """
<p align="center" class="title">石门镇2025年小型水利工程建设计划</p>
<p>　　为提高农田灌溉保障能力，镇政府研究确定2025年实施小型水利工程12项，总投资386万元，其中上级补助资金210万元。</p>
<p>　　主要项目包括：上塘村山塘清淤加固、下洋村灌溉渠道硬化、溪口村机埠改造等，计划于5月底前全部完工。</p>
<p>　　各村要落实工程质量和安全生产责任，接受群众监督。</p>
<p align="right">石门镇人民政府<br>2025年3月10日</p>
""", "gb2312"), "pass", [], [],
    "an old town site in GB2312 (<meta charset=\"gb2312\">), bgcolor banner with <font color=\"#FFFFFF\">: shown. Clean.", encoding="gb2312")

add("w41_gbk_http_equiv.html", old_page("石门镇关于开展农村人居环境整治的通知", """
<p align="center" class="title">石门镇关于开展农村人居环境整治的通知</p>
<p>　　各村（居）委会、镇属各单位：</p>
<p>　　为巩固美丽乡村建设成果，镇政府决定于3月至5月开展农村人居环境整治“春季攻坚”行动，重点整治乱堆乱放、乱搭乱建、垃圾不分类等问题。</p>
<p>　　各村要组织党员、志愿者开展“清洁家园”活动，每月至少两次，整治情况纳入年度考核。</p>
<p>　　镕、喆、珺等生僻字姓名村民的垃圾分类积分卡已补制完成，请到村委会领取。</p>
""", "gbk", meta_style="http-equiv"), "pass", [], [],
    "GBK page declared by <meta http-equiv=Content-Type … charset=gbk>, with characters outside GB2312 (镕 喆 珺), bgcolor banners. Clean.", encoding="gbk")

add("w42_gb2312_marking.html", old_page("石门镇防汛抗旱应急预案（修订）", """
<p align="center"><font color="#FF0000">秘密★1年</font></p>
<p align="center" class="title">石门镇防汛抗旱应急预案（修订）</p>
<p>　　为有效应对洪涝、干旱灾害，最大程度减少人员伤亡和财产损失，根据上级有关规定，结合本镇实际，修订本预案。</p>
<p>　　本预案适用于本镇行政区域内洪涝、干旱灾害的预防和应急处置。</p>
""", "gb2312"), "block", ["classified_marking"], [],
    "GB2312 page whose article opens with 秘密★1年 (GB/T 9704 marking with its ★ and period) above the title: classified_marking block.", encoding="gb2312")

# --------------------------------------------------------------------------
# Values only in attributes, hidden inputs, link targets
# --------------------------------------------------------------------------
rows = "".join(
    f'<tr data-sfz="{v}"><td>{i+1}</td><td>{n}</td><td>{v}</td><td>{amt}</td></tr>\n'
    for i, (n, v, amt) in enumerate([
        ("柏某某", ID_MASKED_ROWS[0], "2400"), ("郎某某", ID_MASKED_ROWS[1], "2400"),
        ("卞某某", ID_MASKED_ROWS[2], "3600")]))
rows += f'<tr data-sfz="{ID["data"]}" data-row="4"><td>4</td><td>甘某某</td><td>{mask_id(ID["data"])}</td><td>2400</td></tr>\n'

add("w43_data_attr_gongshi.html", article("2025年第一季度临时救助对象公示", f"""
<p>根据《澄川市临时救助实施办法》，经本人申请、镇（街道）审核、民政局审批，以下对象获得临时救助，现予公示。</p>
<table class="list" border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<thead><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>救助金额（元）</th></tr></thead>
<tbody>
{rows}</tbody></table>
<p>公示期：2025年3月12日至3月18日。监督电话：0579-85212233。</p>
""", source="市民政局"), "block", ["id_card"], [ID["data"]],
    "a 公示 table whose cells show masked IDs, but the fourth row's data-sfz attribute (written by the CMS's list component) keeps the whole ID: id_card block (the docs read data-* attributes). The other data-sfz values are masked.")

add("w44_alt_attr_zhengming.html", article("关于注销《食品经营许可证》的公告", f"""
<p>下列食品经营者因主动申请注销，根据《中华人民共和国行政许可法》第七十条规定，我局依法注销其《食品经营许可证》。</p>
<p>经营者名称：临湖区鹿鸣小吃店　许可证编号：JY23307820041537</p>
<p><img src="/uploads/2025/03/11/f3c9a1.jpg" alt="经营者晏子墨身份证{ID['alt']}" title="点击查看大图" width="320"></p>
<p>特此公告。</p>
""", source="市市场监督管理局"), "block", ["id_card"], [ID["alt"]],
    "the uploaded picture's alt text (UEditor keeps the original file name) holds an owner's whole ID; nothing on the page shows it. The docs' HTML row names data-*/aria-* attributes but not alt; a picture's alt is published (screen readers, search engines, shown when the picture fails), so a careful reviewer blocks: id_card block.")

add("w45_title_attr_lianxi.html", article("关于开展2025年度个体工商户年报工作的通知", f"""
<p>根据《市场主体登记管理条例》，个体工商户应当于每年1月1日至6月30日报送上一年度年度报告。</p>
<p>个体工商户可通过国家企业信用信息公示系统或“个体工商户年报”小程序报送，也可委托代理人报送。</p>
<p>年报咨询请联系<abbr title="企业科 鲁明轩 {MOBILE['title']}">企业登记科</abbr>，或拨打政务服务热线12345。</p>
""", source="市市场监督管理局"), "review", ["mobile_phone"], [MOBILE["title"]],
    "the tooltip (title attribute) of 企业登记科 holds a named clerk's unmasked mobile; the docs do not name title among the attributes read, but a tooltip is shown to every reader who hovers: mobile_phone review.")

add("w46_data_card_butie.html", article("2025年春耕备耕农机购置补贴发放情况公告", f"""
<p>根据《澄川市2024—2026年农机购置与应用补贴实施方案》，现将2025年第一批农机购置补贴资金发放情况公告如下。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<thead><tr><th>序号</th><th>购机者</th><th>机具品目</th><th>补贴金额（元）</th><th>补贴发放账户</th></tr></thead>
<tbody>
<tr data-id="1"><td>1</td><td>澄川市绿野农机专业合作社</td><td>轮式拖拉机</td><td>23500</td><td>对公账户</td></tr>
<tr data-id="2" data-bankcard="{CARD['data']}"><td>2</td><td>孔某某</td><td>插秧机</td><td>8600</td><td>{CARD['data'][:6]}*********{CARD['data'][-4:]}</td></tr>
</tbody></table>
""", source="市农业农村局"), "block", ["bank_card"], [CARD["data"]],
    "a subsidy table shows a farmer's card masked, but the row's data-bankcard attribute keeps the whole UnionPay card (Luhn-valid): bank_card block.")

add("w47_hidden_input_shenqing.html", article("在线预约：不动产登记资料查询", f"""
<p>权利人及利害关系人可在线预约不动产登记资料查询，预约成功后请按时到窗口办理。</p>
<form action="/bdc/yuyue/submit" method="post">
<input type="hidden" name="csrf_token" value="7f2c9e1a4b8d">
<input type="hidden" name="applicantIdNo" value="{ID['input']}">
<input type="hidden" name="applicantName" value="钟予安">
<p><label>预约日期：<input type="date" name="day"></label></p>
<p><label>预约时段：<select name="slot"><option>上午</option><option>下午</option></select></label></p>
<p><button type="submit">提交预约</button></p>
</form>
""", source="市自然资源和规划局"), "block", ["id_card"], [ID["input"]],
    "a booking form saved with the logged-in applicant's hidden <input> values (the CMS rendered the session into the page): the whole ID in form_field: id_card block.")

add("w48_mailto_lianxi.html", article("2025年澄川市中小学生科技创新大赛获奖名单公布", f"""
<p>经专家评审，2025年澄川市中小学生科技创新大赛共评出一等奖15项、二等奖30项、三等奖45项，现将获奖名单予以公布（见附件）。</p>
<p>对评审结果有疑问的，请于3月20日前联系大赛组委会秘书处（<a href="mailto:{EMAIL['mailto']}">吕老师</a>）。</p>
<p>附件：<a href="/uploads/2025/03/kjcx_hjmd.pdf">2025年澄川市中小学生科技创新大赛获奖名单.pdf</a></p>
""", source="市教育局"), "pass", ["email"], [],
    "a teacher's personal mailbox only in a mailto: link target behind 吕老师. findings.md: e-mail is info and 'never changes a verdict'; a link target is not hidden text. So pass, with email found (info). A reviewer might still prefer the agency's mailbox; the docs say info.")

add("w49_hidden_span_email.html", article("2025年澄川市中小学生艺术节展演安排", f"""
<p>2025年澄川市中小学生艺术节展演活动定于4月18日至20日在市文化中心举行，共有56所学校的128个节目参加展演。</p>
<p>各参演学校请于4月10日前将节目单和演职人员名单报送组委会。<span style="display:none">报送邮箱 {EMAIL['hidden']}（戚老师个人邮箱）</span></p>
<p>展演期间请各校安排专人负责学生安全。</p>
""", source="市教育局"), "review", ["hidden_content", "email"], [],
    "a teacher's personal mailbox only in a display:none span, which the page does not show anywhere: findings.md 'an e-mail address too where the page does not show it … hidden it is somebody's address kept out of sight': hidden_content review, email info.")

add("w50_href_oa_attach.html", article("关于报送2025年度部门整体支出绩效目标的通知", f"""
<p>各预算单位：</p>
<p>根据预算绩效管理有关规定，请各单位于3月25日前通过预算管理一体化系统填报2025年度部门整体支出绩效目标，同时报送纸质材料一份。</p>
<p>附件：<a href="{INTRANET['oa_192']}">部门整体支出绩效目标申报表.xlsx</a></p>
""", source="市财政局"), "review", ["internal_address"], [],
    "the attachment link points at the OA system on 192.168.12.40 (a private address): internal_address review.")

add("w51_href_internal_host.html", article("澄川市2025年政务公开工作要点", f"""
<p>为深入推进政务公开标准化规范化，现将2025年全市政务公开工作要点印发给你们，请认真抓好落实。</p>
<p>一、围绕稳预期、强信心加强政策发布解读；二、围绕优化营商环境深化涉企信息公开；三、围绕提升政务服务效能推进办事公开。</p>
<p>原文链接：<a href="{INTRANET['internal_host']}" target="_blank">《澄川市2025年政务公开工作要点》</a></p>
""", source="市政府办公室"), "review", ["internal_address"], [],
    "the 原文链接 goes to a host under .internal (the draft system): internal_address review.")

add("w52_ueditor_pasted_img.html", article("澄川市全民健身中心开放公告", f"""
<p style="text-indent: 2em;">澄川市全民健身中心将于2025年3月15日起正式对外开放，开放时间为每日8:00至21:00。</p>
<p style="text-align: center;"><img src="{INTRANET['img_10']}" title="全民健身中心平面图" alt="全民健身中心平面图" width="600" style="width: 600px;"></p>
<p style="text-indent: 2em;">游泳馆、羽毛球馆实行预约制，请通过“澄川体育”小程序预约。</p>
""", source="市体育局"), "review", ["internal_address"], [],
    "UEditor paste from the intranet editor: the picture's src is http://10.36.8.12/… (a private address): internal_address review.")

add("w53_cookie_banner_intranet.html", article("市政府门户网站隐私政策", f"""
<p>澄川市人民政府门户网站（以下简称本网站）尊重并保护用户隐私，本政策说明本网站如何收集、使用和保护您的信息。</p>
<p>本网站仅在您使用互动交流、依申请公开等服务时收集必要的信息，不会向第三方出售或出租您的个人信息。</p>
<div id="cookie-bar" style="border-top:1px solid #ddd;padding:10px 16px;font-size:14px">本网站使用Cookie来改善浏览体验和统计访问量，继续浏览即表示您同意我们使用Cookie。<button type="button" id="cookie-ok">同意</button></div>
<script src="{INTRANET['cookie_js']}"></script>
""", source="市大数据发展管理局"), "review", ["internal_address"], [],
    "a visible cookie banner (furniture, shown); its consent script is loaded from http://10.12.3.45:8080 (a private address; the test server's URL left in the template): internal_address review.")

# --------------------------------------------------------------------------
# Markings and internal labels in editor output
# --------------------------------------------------------------------------
add("w54_ckeditor_marking.html", article("澄川市重要目标安全防护工作方案", """
<div class="ck-content">
<p style="text-align:right;"><span style="color:hsl(0, 100%, 40%);"><strong>机密★5年</strong></span></p>
<p style="text-align:center;"><span style="font-size:22px;"><strong>澄川市重要目标安全防护工作方案</strong></span></p>
<p>为加强全市重要目标安全防护工作，确保重要目标安全稳定运行，制定本方案。</p>
<p>一、防护对象。本方案所称重要目标，是指列入市级重要目标名录的党政机关、能源、交通、通信等设施。</p>
</div>
""", css=CK_CSS, source="市国动办"), "block", ["classified_marking"], [],
    "CKEditor 5 output whose first paragraph is 机密★5年 in red, right-aligned (a level, ★ and period): classified_marking block.")

add("w55_neibu_ziliao.html", article("2025年第1期经济运行简报", """
<p style="text-align:left;"><span style="font-family: 黑体, SimHei; font-size: 16px;">内部资料　注意保存</span></p>
<p style="text-align:center;"><span style="font-size: 20px;"><strong>经济运行简报</strong></span><br>2025年第1期（总第87期）</p>
<p style="text-indent: 2em;">1—2月，全市规模以上工业增加值同比增长7.3%，固定资产投资同比增长5.1%，社会消费品零售总额同比增长4.8%。</p>
<p style="text-indent: 2em;">从重点行业看，新能源装备、电子信息行业增势较好，纺织服装行业仍处于调整期。</p>
""", source="市发展和改革局"), "review", ["sensitive_term"], [],
    "a 简报 whose first line is the label 内部资料　注意保存 (TinyMCE spans): sensitive_term (dict.internal, review).")

# --------------------------------------------------------------------------
# .mhtml by Chromium and .mht by IE/360
# --------------------------------------------------------------------------
CHROME_CSS = """body{margin:0;font:16px/1.8 "Microsoft YaHei",sans-serif;color:#333}
.hd{border-bottom:3px solid #b91c1c;padding:14px 24px;font-size:24px;color:#b91c1c;font-weight:bold}
.main{max-width:900px;margin:0 auto;padding:0 24px}
.main h1{text-align:center;font-size:24px}
.info{text-align:center;color:#888;font-size:13px}
.content p{text-indent:2em}
.ft{border-top:1px solid #eee;text-align:center;font-size:13px;color:#666;padding:16px}
.visually-hidden{display:none}"""

def chrome_page(title, content):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_{SITE}</title>
<link rel="stylesheet" href="/static/css/article.css">
</head><body>
<div class="hd">{SITE}</div>
<div class="main">
<h1>{title}</h1>
<div class="info">发布时间：2025-03-11 16:05　来源：市交通运输局　<span id="share">分享到：<a href="#">微信</a> <a href="#">微博</a></span></div>
<div class="content">
{content}
</div>
</div>
<div class="ft">主办：{SITE}办公室　网站标识码：3307820001　浙ICP备05016323号</div>
<script src="/static/js/share.js"></script>
</body></html>
"""

MHTML_PAGES = [
    ("w56_chrome_saved_gongjiao.mhtml", "https://www.chengchuan.gov.cn/art/2025/3/11/art_1229_61520.html",
     chrome_page("关于调整部分城市公交线路的公告", """
<p>为方便市民出行，市交通运输局决定自2025年3月20日起对3条公交线路进行优化调整。</p>
<p>一、2路：延伸至高铁澄川南站，新增“南站东广场”站点。</p>
<p>二、15路：取消“老粮站”站点，改经滨江路运行。</p>
<p>三、K31路：首班时间由6:30提前至6:00。</p>
<p>咨询电话：0579-85220096（市公交公司客服）。</p>
"""), "pass", [], [],
     "Chromium's own MHTML (Page.captureSnapshot, as 'Save as… single file') of a styled article with its stylesheet and script as parts; site footer with 网站标识码 and ICP number. Clean."),
    ("w57_chrome_saved_note.mhtml", "https://www.chengchuan.gov.cn/art/2025/3/11/art_1229_61533.html",
     chrome_page("关于2025年出租汽车运价调整听证会的公告", """
<p>市发展和改革局定于2025年4月8日召开出租汽车运价调整听证会，现就有关事项公告如下。</p>
<p>一、听证方案：起步价由10元调整为11元，其他计价标准不变。</p>
<p class="visually-hidden">听证参加人名单尚未经局党组审定，此稿暂缓发布。</p>
<p>二、听证会旁听人报名时间为3月12日至3月21日。</p>
"""), "review", ["hidden_content"], [],
     "the same Chromium MHTML; a <p class=visually-hidden> (display:none by the page's own rule, which Chromium's snapshot moves from the <style> into a cid: stylesheet part of the archive) holds 尚未经…审定，此稿暂缓发布. The docs do not say whether an archive's stylesheet parts are applied; a browser opening the file hides the note, so a careful reviewer holds it: " + NOTE_FLAG),
]


def make_mhtml(tmp):
    css = "body{margin:0}\n"
    js = "document.getElementById('share').dataset.ready='1';\n"
    with open(os.path.join(tmp, "article.css"), "w") as f:
        f.write(css)
    with open(os.path.join(tmp, "share.js"), "w") as f:
        f.write(js)
    for name, url, html, verdict, cats, raws, note in MHTML_PAGES:
        # the page's own rules must be in the page (a <style>), the linked css only resets
        html = html.replace('<link rel="stylesheet" href="/static/css/article.css">',
                            '<link rel="stylesheet" href="/static/css/article.css">\n<style>\n' + CHROME_CSS + '\n</style>')
        src = os.path.join(tmp, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        spec = {"url": url, "out": os.path.join(OUT, name), "resources": {
            url: src, HOST + "/static/css/article.css": os.path.join(tmp, "article.css"),
            HOST + "/static/js/share.js": os.path.join(tmp, "share.js")}}
        sp = os.path.join(tmp, name + ".json")
        with open(sp, "w") as f:
            json.dump(spec, f)
        subprocess.run(["node", "--experimental-websocket", os.path.join(HERE, "cdp.js"), "mhtml", sp], check=True)
        ENTRIES.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                        "raw_values": raws, "note": note})


def ie_mht(url, title, html_gb):
    """An 'Web 档案，单个文件 (*.mht)' save as IE 8 / 360 浏览器 write it."""
    boundary = "----=_NextPart_000_0000_01DB9305.6F2A4C10"
    body = quopri.encodestring(html_gb.encode("gb2312"), quotetabs=False).decode("ascii")
    # quopri uses \n; MIME wants CRLF
    body = body.replace("\n", "\r\n")
    css = "body{margin:0}\r\n"
    parts = [
        "From: <由 Windows Internet Explorer 8 保存>",
        "Subject: =?gb2312?B?" + __import__("base64").b64encode(title.encode("gb2312")).decode() + "?=",
        "Date: Tue, 11 Mar 2025 10:22:41 +0800",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158",
        "",
        "This is a multi-part message in MIME format.",
        "",
        "--" + boundary,
        "Content-Type: text/html;",
        '\tcharset="gb2312"',
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: " + url,
        "",
        body,
        "",
        "--" + boundary,
        "Content-Type: text/css;",
        '\tcharset="gb2312"',
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: http://www.chengchuan.gov.cn/stmz/css/style.css",
        "",
        css,
        "--" + boundary + "--",
        "",
    ]
    return "\r\n".join(parts).encode("gb2312")  # IE writes the From line in the ANSI code page


def ie_html(title, inner):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>{title}</TITLE>
<META content="text/html; charset=gb2312" http-equiv=Content-Type>
<LINK rel=stylesheet type=text/css href="http://www.chengchuan.gov.cn/stmz/css/style.css">
<META name=GENERATOR content="MSHTML 8.00.7601.24158"></HEAD>
<BODY>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=960 align=center>
<TBODY>
<TR><TD height=70 bgColor=#003399><FONT color=#ffffff size=5>&nbsp;澄川市石门镇人民政府</FONT></TD></TR>
<TR><TD vAlign=top>
{inner}
</TD></TR>
<TR><TD height=50 bgColor=#003399 align=middle><FONT color=#ffffff>主办：澄川市石门镇人民政府</FONT></TD></TR></TBODY></TABLE></BODY></HTML>
"""


def make_mht():
    t = "石门镇2025年春季学期学生营养餐供应公告"
    add("w58_ie_saved_yingyang.mht", ie_mht("http://www.chengchuan.gov.cn/stmz/art/2025/3/11/art_1452_3301.html", t, ie_html(t, """
<P align=center><FONT size=4><STRONG>石门镇2025年春季学期学生营养餐供应公告</STRONG></FONT></P>
<P>　　为保障农村义务教育学生营养改善计划顺利实施，经公开招标，确定澄川市禾丰餐饮管理有限公司为我镇中小学营养餐供应单位，供餐标准为每生每天5元。</P>
<P>　　各学校要严格落实食品安全校长负责制和陪餐制度，欢迎家长监督。</P>
<P>　　监督电话：0579-85561033</P>
""")), "pass", [], [],
        "an Internet Explorer 8 / 360 'Web 档案，单个文件' save: GB2312 quoted-printable page with a bgColor banner and <FONT color=#ffffff>, a stylesheet part. Clean.")

    t = "石门镇2025年城乡低保对象动态调整公示"
    add("w59_ie_saved_fujian.mht", ie_mht("http://www.chengchuan.gov.cn/stmz/art/2025/3/11/art_1452_3305.html", t, ie_html(t, f"""
<P align=center><FONT size=4><STRONG>石门镇2025年城乡低保对象动态调整公示</STRONG></FONT></P>
<P>　　根据《澄川市最低生活保障审核确认办法》，经入户调查、民主评议和审核，现将2025年第一季度低保对象动态调整情况予以公示。</P>
<P>　　新增低保对象11户17人，停保8户12人，具体名单见附件。</P>
<P>　　附件：<A href="{INTRANET['mht_single']}">石门镇低保对象调整名单.xls</A></P>
""")), "review", ["internal_address"], [],
        "the same kind of IE .mht; the attachment link points at http://oaserver/… (a single-label intranet host): internal_address review.")


def readme():
    rows = []
    for e in ENTRIES:
        rows.append(f"| {e['file']} | {e['expect_verdict']} | {', '.join(e['expect_categories'])} | {e['note'].replace('|', '/')} |")
    npass = sum(1 for e in ENTRIES if e["expect_verdict"] == "pass")
    text = f"""# blind55-webstyles

{len(ENTRIES)} web pages (HTML, two Chromium .mhtml and two IE/360 .mht saves) written as today's
sites and rich-text editors write them; {npass} must pass. Labels follow mishen's README and
docs/*.md; where the docs are silent the note says so and the label is what a careful
保密审查员 would expect.

| file | verdict | categories | note |
| --- | --- | --- | --- |
""" + "\n".join(rows) + """

## How it was made

`python3 gen/make.py` writes every file (default: the folder above `gen/`). The pages are
hand-modelled on the output of TinyMCE (spans with `rgb(51, 51, 51)`), CKEditor 5 (`hsl()`,
`figure.table`), UEditor (`rgb(255 255 255)`, `<section>`, pasted pictures), KindEditor
(upper-case hex, named colours, `#rrggbbaa`), Tailwind-like utility classes in a `<style>`
block, Bootstrap-like `.fade.show`, WAI-ARIA tabs and accordions, `<details>`, `<dialog>`,
`<template>`, print/screen `@media`, image replacement by `text-indent`, iframe `srcdoc`,
inline SVG and old GB2312/GBK town sites with `bgcolor` and `<font>`. The two `.mhtml`
files are made by headless Chromium itself (`gen/cdp.js`: Page.captureSnapshot with every
request answered from the generator under the site's own URLs); the `.mht` files are
written as Internet Explorer 8 saves them (GB2312, quoted-printable, CRLF). Every person,
ID (GB 11643 check digit), card (UnionPay, Luhn), mobile, mailbox and host is invented
(`gen/values.py`). Each page was opened in headless Chromium (`gen/cdp.js check`, innerText
and a screenshot) to confirm that what is labelled visible is shown and what is labelled
hidden is not.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_mht()
    with tempfile.TemporaryDirectory() as tmp:
        make_mhtml(tmp)
    ENTRIES.sort(key=lambda e: e["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(ENTRIES, f, ensure_ascii=False, indent=1)
    readme()
    print(f"{len(ENTRIES)} files written to {OUT}")
