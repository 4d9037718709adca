#!/usr/bin/python3
"""Hand-written HTML pages of the corpus, and the HTML sources that Chromium prints to PDF."""
from common import *

# ---------------- p02 / n02: 政府文件 page ----------------
def fawen(marking=""):
    mk = f'<p class="miji" style="font-family:SimHei;font-size:16pt">{marking}</p>\n' if marking else ""
    return html_page("杭州市西湖区人民政府办公室关于印发西湖区2026年政务公开工作要点的通知", f"""
<table class="meta">
<tr><td>索引号：</td><td>{V['U3']}/2026-00123</td><td>主题分类：</td><td>综合政务/政务公开</td></tr>
<tr><td>发文机关：</td><td>杭州市西湖区人民政府办公室</td><td>成文日期：</td><td>20260312</td></tr>
<tr><td>发文字号：</td><td>西政办发〔2026〕12号</td><td>发布日期：</td><td>2026-03-15</td></tr>
<tr><td>统一编号：</td><td>ZJAC01-2026-0012</td><td>有效性：</td><td>有效</td></tr>
</table>
{mk}<h1>杭州市西湖区人民政府办公室关于印发西湖区2026年政务公开工作要点的通知</h1>
<p>西政办发〔2026〕12号</p>
<p>各镇人民政府、街道办事处，区政府各部门、各直属单位：</p>
<p>《西湖区2026年政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻落实。</p>
<p>一、深化重点领域信息公开。围绕财政预决算、重大建设项目、公共资源配置、社会公益事业等领域，依法依规做好信息公开，全年主动公开政府信息不少于3000条。</p>
<p>二、严格落实保密审查制度。坚持“上网不涉密、涉密不上网”原则，健全信息发布前保密审查机制，坚持“先审查、后公开”和“一事一审”，防止涉及国家秘密、工作秘密和个人隐私的信息上网。</p>
<p>三、规范依申请公开办理。严格按照《中华人民共和国政府信息公开条例》规定的20个工作日办理时限答复，答复文书统一使用“西政公开〔2026〕第××号”文号。</p>
<p>四、加强平台建设。政府门户网站政府信息公开专栏（<a href="https://www.hzxh.gov.cn/col/col1229063/index.html">https://www.hzxh.gov.cn/col/col1229063/index.html</a>）统一发布法定主动公开内容。</p>
<p>附件：<a href="https://www.hzxh.gov.cn/art/2026/3/15/art_1229063_59012345.html">西湖区2026年政务公开工作要点</a></p>
<p style="text-align:right">杭州市西湖区人民政府办公室<br>2026年3月12日</p>
<p>（此件公开发布）</p>
""")
write_text("p02_fawen_zihao.html", fawen())
label("p02_fawen_zihao.html", "pass", [], [],
      f"CMS page of a 政府文件: 发文字号 西政办发〔2026〕12号, 索引号 {V['U3']}/2026-00123 (the agency's USCC), 成文日期 20260312, 统一编号, public URLs, "
      "（此件公开发布）, and prose 涉及国家秘密、工作秘密 in a sentence ('a word of a sentence about such matters' per README, not a label); "
      "footer with 网站标识码, ICP and 公安备案号 (14 digits), landline, 邮编. findings.md: USCC, landlines not findings.")
write_text("n02_fawen_marked.html", fawen("机密★5年"))
label("n02_fawen_marked.html", "block", ["classified_marking"], [],
      "Sibling of p02 with the GB/T 9704 marking 机密★5年 on its own line above the title. findings.md classified_marking (block): '秘密★1年, 机密★ …'; "
      "README: 'A marking with its ★ is a marking wherever it stands'.")

# ---------------- p07: 统计 with amounts ----------------
write_text("p07_tongji_amounts.html", html_page("2026年1-2月杭州市财政收支情况", """
<h1>2026年1-2月杭州市财政收支情况</h1>
<p>发布日期：2026-03-20　来源：杭州市财政局</p>
<p>1-2月，全市一般公共预算收入完成15812346700元，同比增长5.3%；其中税收收入13512344300元，占一般公共预算收入的85.5%。全市一般公共预算支出完成13945671200 元，同比增长4.1%。</p>
<p>政府性基金预算收入完成3861200000元，国有资本经营预算收入完成286450000元。</p>
<p>表1　2026年1-2月一般公共预算收支主要项目</p>
<p>单位：元</p>
<table>
<tr><th>项目</th><th>本期数</th><th>上年同期数</th><th>增减额</th></tr>
<tr><td>一般公共预算收入</td><td>15812346700</td><td>15015523100</td><td>796823600</td></tr>
<tr><td>其中：税收收入</td><td>13512344300</td><td>12978214500</td><td>534129800</td></tr>
<tr><td>一般公共预算支出</td><td>13945671200</td><td>13396225400</td><td>549445800</td></tr>
<tr><td>其中：教育支出</td><td>2830417700</td><td>2701563300</td><td>128854400</td></tr>
</table>
<p>注：本表数据为快报数，最终以年度决算为准。</p>
"""))
label("p07_tongji_amounts.html", "pass", [], [],
      "Finance statistics page: 11-digit amounts that start like mobiles (15812346700, 13512344300, 13945671200 …) followed by 元 (also across a space) in text, "
      "and in a table under 单位：元 with three figures a row and no phone or person column. findings.md mobile_phone: 'not serial numbers or amounts (a figure "
      "followed by its unit as a word of its own, 13512344300元 …; one of three figures in a row under a table's unit, 单位：元, with no phone or person column)'.")

# ---------------- p11: hotlines ----------------
write_text("p11_hotlines.html", html_page("西湖区便民服务热线一览表", """
<h1>西湖区便民服务热线一览表</h1>
<table>
<tr><th>服务事项</th><th>热线号码</th><th>服务时间</th></tr>
<tr><td>政务服务便民热线</td><td>12345</td><td>24小时</td></tr>
<tr><td>生态环境投诉举报</td><td>12369</td><td>24小时</td></tr>
<tr><td>市场监管投诉举报</td><td>12315</td><td>工作日8:30-17:00</td></tr>
<tr><td>人力资源和社会保障</td><td>12333</td><td>工作日</td></tr>
<tr><td>纳税服务</td><td>12366</td><td>工作日</td></tr>
<tr><td>供电服务</td><td>95598</td><td>24小时</td></tr>
<tr><td>工商银行客服（社保卡金融服务）</td><td>95588</td><td>24小时</td></tr>
<tr><td>燃气抢修</td><td>400-820-1234</td><td>24小时</td></tr>
<tr><td>自来水报修</td><td>96390</td><td>24小时</td></tr>
<tr><td>区政府值班室</td><td>0571-87051234</td><td>24小时</td></tr>
<tr><td>区信访局接待室</td><td>(0571) 8512 3456</td><td>工作日</td></tr>
<tr><td>区民政局社会救助</td><td>0571-87056789，0571-87051230转8012</td><td>工作日</td></tr>
</table>
<p>紧急情况请拨打110、119、120、122。</p>
"""))
label("p11_hotlines.html", "pass", [], [],
      "Page of public hotlines (12345, 12369, 12315, 95598, 95588, 400-820-1234, 96390) and agency landlines in several writings. "
      "findings.md: 'Not findings: … hotlines (12345, 12369), agency landlines'.")

# ---------------- p14: contact page with public mailboxes ----------------
write_text("p14_contact_mailbox.html", html_page("联系我们", """
<h1>联系我们</h1>
<p>政府信息公开申请受理机构：杭州市西湖区人民政府办公室（政务公开科）</p>
<p>办公地址：杭州市西湖区文三路169号行政中心1号楼102室　邮政编码：310012</p>
<p>受理电话：0571-87051234　传真：0571-87051235</p>
<p>政府信息公开电子邮箱：<a href="mailto:zfxxgk@hzxh.gov.cn">zfxxgk@hzxh.gov.cn</a></p>
<p>网站纠错邮箱：wzjc@hzxh.gov.cn　区长信箱：<a href="https://www.hzxh.gov.cn/hdjl/qzxx/">https://www.hzxh.gov.cn/hdjl/qzxx/</a></p>
<p>办公时间：工作日上午8:30-12:00，下午14:00-17:30（法定节假日除外）</p>
<p>政务服务便民热线：12345</p>
<p>交通：地铁2号线、10号线学院路站B出口，公交文三路学院路口站（K21路、K52路）</p>
"""))
label("p14_contact_mailbox.html", "pass", ["email"], [],
      "Contact page with the agency's public mailboxes zfxxgk@hzxh.gov.cn / wzjc@hzxh.gov.cn (also as mailto: links), landlines, fax, 12345, public URLs. "
      "findings.md: email is info 'agency mailboxes are routinely public', and 'A file with only info findings passes' — so email is expected at info, verdict pass.")

# ---------------- p16 / n11: 保密宣传月 news ----------------
def baomiyue(hidden=""):
    return html_page("我区启动2026年保密宣传月活动", f"""
<h1>我区启动2026年保密宣传月活动</h1>
<p class="info">发布时间：2026-04-01 16:20　来源：区委保密办　字号：[大 中 小]</p>
{hidden}<p>4月1日，西湖区2026年保密宣传月活动正式启动。本次宣传月以“贯彻保密法　守护国家安全”为主题，持续至4月30日。</p>
<p>活动期间，区委保密办将组织开展新修订《中华人民共和国保守国家秘密法》专题宣讲、涉密人员保密知识测试、机关单位保密自查自评和“保密宣传进社区”等系列活动，重点讲解国家秘密的密级、保密期限和知悉范围，以及涉密载体、涉密信息系统和涉密会议的管理要求。</p>
<p>区委保密办负责人表示，各单位要牢固树立“上网不涉密、涉密不上网”意识，严格落实信息公开保密审查制度，防止在政府网站、政务新媒体发布涉密信息；要依法区分国家秘密与工作秘密、商业秘密，既保守国家秘密，又保障公众知情权。</p>
<p>市民如发现泄密线索，可拨打保密举报电话12339或登录国家保密局网站（<a href="http://www.gjbmj.gov.cn">www.gjbmj.gov.cn</a>）举报。</p>
""")
write_text("p16_baomiyue_news.html", baomiyue())
label("p16_baomiyue_news.html", "pass", [], [],
      "News about 保密宣传月: 国家秘密, 密级, 保密期限, 涉密载体, 工作秘密 and 商业秘密 as words of sentences about secrecy, 举报电话 12339. README: 'prose about secrecy "
      "… as a word of a sentence about such matters (严格区分工作秘密与国家秘密 …)' is no label; no ★ marking; a hotline is not a finding.")
write_text("n11_baomiyue_hidden_note.html", baomiyue('<div class="editor-note" style="display:none">此稿未经分管领导审核，请勿发布</div>\n'))
label("n11_baomiyue_hidden_note.html", "review", ["hidden_content"], [],
      "Sibling of p16 with a display:none element holding an editor's note 此稿未经分管领导审核，请勿发布. findings.md hidden_content (review): 'hidden elements that read as "
      "a note … (a run of seven Chinese characters or more, a sentence …)'.")

# ---------------- p24: GB/T 9704 explainer ----------------
write_text("p24_gbt9704_explainer.html", html_page("图解：党政机关公文格式国家标准", """
<h1>图解：党政机关公文格式国家标准（GB/T 9704-2012）</h1>
<p>发布日期：2026-03-10　来源：区政府办公室</p>
<p>公文格式各要素划分为版头、主体、版记三部分。版头部分包括份号、密级和保密期限、紧急程度、发文机关标志、发文字号、签发人等要素。</p>
<p>份号：如需标注份号，一般用6位3号阿拉伯数字，顶格编排在版心左上角第一行。</p>
<p>密级和保密期限：如需标注密级和保密期限，一般用3号黑体字，顶格编排在版心左上角第二行；保密期限中的数字用阿拉伯数字标注，标注形式如机密★（期限）或秘密★××年。</p>
<p>紧急程度：如需标注紧急程度，一般用3号黑体字，顶格编排在版心左上角；如需同时标注份号、密级和保密期限、紧急程度，按照份号、密级和保密期限、紧急程度的顺序自上而下分行排列。</p>
<p>发文字号：由发文机关代字、年份、发文顺序号组成，年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入，如“西政办发〔2026〕12号”。</p>
<table>
<tr><th>要素</th><th>字体字号</th><th>位置</th></tr>
<tr><td>份号</td><td>3号阿拉伯数字</td><td>版心左上角第一行</td></tr>
<tr><td>密级和保密期限</td><td>3号黑体</td><td>版心左上角第二行</td></tr>
<tr><td>紧急程度</td><td>3号黑体</td><td>版心左上角</td></tr>
<tr><td>发文字号</td><td>3号仿宋</td><td>发文机关标志下空二行居中</td></tr>
</table>
<p>本网站发布的公文均为可公开信息，不含任何国家秘密。</p>
"""))
label("p24_gbt9704_explainer.html", "pass", [], [],
      "GB/T 9704 explainer page describing where 密级和保密期限 go, with the placeholder forms 机密★（期限） and 秘密★××年 inside a sentence, and a table of elements. "
      "README: 'A star followed by the period's placeholder (机密★（期限）, 秘密★××年: the form of a marking an explainer or template shows) is info in a table or a sentence'.")

# ---------------- p29: 12345 热线分析 ----------------
def rexian(caller_phone):
    return html_page("2026年2月12345政务服务便民热线运行情况分析", f"""
<h1>2026年2月12345政务服务便民热线运行情况分析</h1>
<p>2月，西湖区12345政务服务便民热线共受理群众诉求18642件，同比增长6.2%，按时办结率99.3%，群众满意率96.8%。</p>
<table>
<tr><th>诉求类别</th><th>件数</th><th>占比</th></tr>
<tr><td>城乡建设</td><td>4215</td><td>22.6%</td></tr>
<tr><td>市场监管</td><td>3107</td><td>16.7%</td></tr>
<tr><td>交通运输</td><td>2566</td><td>13.8%</td></tr>
<tr><td>劳动保障</td><td>1893</td><td>10.2%</td></tr>
</table>
<p>典型案例：工单编号GD20260215000123，来电人王某某（联系电话{caller_phone}）反映文新街道某小区地下车库积水问题，街道接单后当日完成抽排并回访，来电人表示满意。</p>
<p>工单编号GD20260221000457，来电人李某反映某培训机构拒不退费，区市场监管局依法调解，已退还费用12800元。</p>
""")
write_text("p29_12345_masked.html", rexian("138****1234"))
label("p29_12345_masked.html", "pass", [], [],
      "12345 hotline monthly analysis: 工单编号 GD+14 digits, counts, a caller 王某某 with a masked mobile 138****1234. findings.md: 'Not findings: masked values (… 138****1234, 张某某), hotlines (12345 …)'.")
write_text("n24_12345_mobile.html", rexian(V["MOB"][6]))
label("n24_12345_mobile.html", "review", ["mobile_phone"], [V["MOB"][6]],
      f"Sibling of p29 where the caller's 联系电话 is unmasked ({V['MOB'][6]}, 号段 159). findings.md mobile_phone (review): '11-digit mobiles in current 号段'.")

# ---------------- p35 / n22: CMS page with platform comments ----------------
def cms(note=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于2026年春季学期中小学招生入学工作的通告_通知公告_杭州市西湖区人民政府门户网站</title>
<!--#include virtual="/inc/head_meta.html"-->
<style>
.m-nav{{display:none}}
body{{font-family:"Noto Sans CJK SC",sans-serif}}
</style>
</head>
<body>
<!-- begin 头部 -->
<div class="header">杭州市西湖区人民政府</div>
<div class="nav">首页 | 政务公开 | 政务服务 | 互动交流</div>
<div class="m-nav">首页 政务公开 政务服务 互动交流</div>
<!-- end 头部 -->
<!-- 栏目：通知公告 id=1023 -->
<!-- 所属栏目：教育 -->
<!-- begin 正文 -->
{note}<div class="article">
<h1>关于2026年春季学期中小学招生入学工作的通告</h1>
<p>发布日期：2026-02-10　信息来源：区教育局　<span id="hits">浏览次数：<script>document.write("1024")</script></span></p>
<p>根据《中华人民共和国义务教育法》和市教育局有关规定，现将我区2026年春季学期中小学插班入学工作通告如下：</p>
<p>一、申请时间：2026年2月16日至2月20日。</p>
<p>二、申请方式：登录“杭州市义务教育入学报名系统”（https://zs.hzedu.gov.cn）在线申请，需提供户口簿、不动产权证书（如浙（2025）杭州市不动产权第0123456号）等材料。</p>
<p>三、咨询电话：区教育局基础教育科 0571-87051234，政务服务热线 12345。</p>
</div>
<!-- end 正文 -->
<!-- #BeginLibraryItem "/Library/footer.lbi" -->
<div class="footer">主办单位：杭州市西湖区人民政府办公室　网站标识码：3301060001　浙ICP备05012345号-1</div>
<!-- #EndLibraryItem -->
</body>
</html>
"""
write_text("p35_cms_platform_comments.html", cms())
label("p35_cms_platform_comments.html", "pass", [], [],
      "CMS article page with platform comments (<!--#include …-->, begin/end markers, <!-- 栏目：通知公告 id=1023 -->, <!-- 所属栏目：教育 -->, Dreamweaver library markers), "
      "a display:none mobile copy of the menu, a 不动产权证号 example, public URL, landline, 12345. findings.md hidden_content: 'the markers, module names, template expressions, id records … "
      "that site platforms write are not' findings; 'a comment of nothing but section fields with label values (… `<!-- 所属栏目：社会救助 -->`)' is a record; README: 'nor a hidden copy of the menu'.")
write_text("n22_cms_editor_note.html", cms("<!-- 备注：联系人电话待核实，核实前暂不发布 -->\n"))
label("n22_cms_editor_note.html", "review", ["hidden_content"], [],
      "Sibling of p35 adding an HTML comment 备注：联系人电话待核实，核实前暂不发布. findings.md hidden_content: a field's value under 'a remark's: 备注, 说明, 审核意见' is never a label; "
      "a sentence of ≥7 Chinese characters reads as a note (review).")

# ---------------- p40 / n20: 罚没车辆拍卖 ----------------
def paimai(plates):
    rows = [("1", plates[0], "比亚迪牌BYD7005BEVA", "LGXC74C40M0123456", "2021-06", "42,000"),
            ("2", plates[1], "大众牌SVW7207CPD", "LSVCH6A48KN123456", "2019-09", "38,500"),
            ("3", "浙A·***K7", "本田牌HG7153BAC5", "LHGRT3831K8012345", "2019-03", "31,000")]
    tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>" for a, b, c, d, e, f in rows)
    return html_page("西湖区罚没车辆公开拍卖公告", f"""
<h1>西湖区罚没车辆公开拍卖公告（2026年第2期）</h1>
<p>受杭州市西湖区财政局委托，浙江诚信拍卖有限公司定于2026年4月18日10:00在浙江省公共资源交易平台（https://www.zjpubservice.com）对下列罚没车辆进行网络公开拍卖：</p>
<table>
<tr><th>标的号</th><th>号牌号码</th><th>厂牌型号</th><th>车辆识别代号</th><th>初次登记</th><th>起拍价（元）</th></tr>
{tr}
</table>
<p>展示时间：2026年4月14日至4月16日，展示地点：杭州市西湖区留下街道罚没物品仓库。</p>
<p>竞买保证金每辆10,000元，须于4月17日16:00前交至拍卖公司保证金账户（户名：浙江诚信拍卖有限公司，开户银行：杭州银行西湖支行，账号：{V['ORG_ACC2']}）。</p>
<p>咨询电话：0571-85123456（拍卖公司），0571-87051234（区财政局）。</p>
""")
write_text("p40_paimai_masked_plates.html", paimai(["浙A·***45", "浙A·***T8"]))
label("p40_paimai_masked_plates.html", "pass", [], [],
      f"Auction notice of confiscated cars with masked plates (浙A·***45 …), VINs, model codes, and the auctioneer's account (户名 浙江诚信拍卖有限公司, Luhn-valid "
      f"{V['ORG_ACC2']}). findings.md: masked values 京A·***45 are not findings; 'a company's settlement account is not a card' (holder ends in 有限公司 on the account's line).")
write_text("n20_paimai_plates.html", paimai(V["PLATES"]))
label("n20_paimai_plates.html", "review", ["license_plate"], ["浙A·D12345", "浙AD12345", "浙A52T81"],
      "Sibling of p40 with two plates unmasked (new-energy 浙A·D12345 and 浙A52T81). findings.md license_plate (review): 'vehicle plates, which need no word beside them: new-energy plates …'.")

# ---------------- Chromium sources: p21 nianbao2, p33 / n19 zhaobiao ----------------
CHROME_CSS = """body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:14pt;margin:0}
h1{text-align:center;font-size:20pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:4px;font-size:12pt}
p{line-height:1.7}"""
def chrome_doc(body):
    return f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>文档</title><style>{CHROME_CSS}</style></head><body>\n{body}\n</body></html>\n"

open(os.path.join(SRC, "p21_nianbao_edu.html"), "w", encoding="utf-8").write(chrome_doc("""
<h1>杭州市西湖区教育局2025年政府信息公开工作年度报告</h1>
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。</p>
<p>一、总体情况。2025年，我局主动公开政府信息1286条，其中招生入学信息214条、财政预决算信息36条。全年开展信息发布前保密审查1286条次，未发生涉密信息上网和个人信息泄露事件。</p>
<p>二、收到和处理政府信息公开申请情况</p>
<table>
<tr><th colspan="2">本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</th><th>自然人</th><th>法人或其他组织</th><th>总计</th></tr>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>23</td><td>2</td><td>25</td></tr>
<tr><td rowspan="3">三、本年度办理结果（不予公开）</td><td>1.属于国家秘密</td><td>1</td><td>0</td><td>1</td></tr>
<tr><td>5.属于三类内部事务信息</td><td>1</td><td>0</td><td>1</td></tr>
<tr><td>6.属于四类过程性信息</td><td>2</td><td>0</td><td>2</td></tr>
</table>
<p>三、存在的主要问题及改进情况。个别信息公开不够及时，对涉及国家秘密、商业秘密和个人隐私的信息把关标准有待进一步统一。2026年将加强保密审查培训，严格执行“先审查、后公开”。</p>
<p>四、其他需要报告的事项。本年度未收取信息处理费。</p>
<p style="text-align:right">杭州市西湖区教育局<br>2026年1月20日</p>
"""))
label("p21_nianbao_edu.pdf", "pass", [], [],
      "Chromium (--print-to-pdf) 政府信息公开年度报告 with the standard table rows 1.属于国家秘密 / 5.属于三类内部事务信息 and counts, prose about 涉密信息, 国家秘密、商业秘密. "
      "No ★ marking or label; README: prose about secrecy and 商业秘密 (allow-list) are no findings.")

def zhaobiao(first=""):
    mk = f"<p style='font-family:\"Noto Sans CJK SC\";font-weight:bold'>{first}</p>\n" if first else ""
    return chrome_doc(f"""{mk}<h1>西湖区文新街道老旧小区综合改造提升工程施工招标公告</h1>
<p>招标编号：A3301060012026000123　　标段编号：A3301060012026000123001</p>
<p>1. 招标条件：本招标项目已由杭州市西湖区发展和改革局以西发改审批〔2026〕56号批准建设，项目业主为杭州市西湖区文新街道办事处（统一社会信用代码：{V['U3']}），建设资金来自财政资金。</p>
<p>2. 项目概况：建设地点位于文新街道（中心点坐标东经120.1232°，北纬30.2891°），计划工期180日历天，最高投标限价13,862,400元。</p>
<p>3. 投标人资格要求：具备建筑工程施工总承包三级及以上资质，拟派项目经理具备二级及以上注册建造师（建筑工程专业）资格，注册证书编号如浙233181812345。</p>
<p>4. 招标文件获取：2026年3月16日至3月20日在杭州市公共资源交易网（https://ggzy.hzctc.hangzhou.gov.cn）下载。</p>
<p>5. 投标保证金：人民币200,000元，以银行转账方式交至：</p>
<p>户名：杭州西湖工程招标代理有限公司<br>开户银行：杭州银行西湖支行<br>账号：{V['ORG_ACC2']}</p>
<p>6. 开标时间：2026年4月7日9时30分。</p>
<p>7. 联系方式：招标人 杭州市西湖区文新街道办事处，联系电话0571-88912345；招标代理机构 杭州西湖工程招标代理有限公司，地址杭州市西湖区天目山路181号（邮编310013），电话0571-85123456，电子邮箱xhzb@xhzbdl.com.cn。</p>
""")
open(os.path.join(SRC, "p33_zhaobiao.html"), "w", encoding="utf-8").write(zhaobiao())
label("p33_zhaobiao.pdf", "pass", ["email"], [],
      f"Chromium PDF 招标公告: 招标编号 A3301060012026000123 (contains 330106 2026…), 批准文号, USCC, GPS 东经120.1232°, 最高投标限价, 注册证书编号, agency account block "
      f"(户名 …有限公司 / 开户银行 / 账号 {V['ORG_ACC2']}, Luhn-valid, not 62), landlines and the agency mailbox. findings.md: company settlement account not a card; "
      "email is info, verdict pass.")
open(os.path.join(SRC, "n19_zhaobiao_marked.html"), "w", encoding="utf-8").write(zhaobiao("秘密★1年"))
label("n19_zhaobiao_marked.pdf", "block", ["classified_marking", "email"], [],
      "Sibling of p33 (same Chromium producer) whose first line is 秘密★1年. findings.md classified_marking: '秘密★1年' block; the mailbox stays an info email finding.")

if __name__ == "__main__":
    json.dump(LABELS, open(os.path.join(HERE, "labels_html.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(LABELS), "html labels")
