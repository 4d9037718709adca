"""PASS documents: what a government web office really publishes, full of
things a naive checker flags (template markup, names published by rule, company
accounts, code numbers that look like IDs, amounts that look like mobiles,
law quotes naming the 密级, agency landlines and mailboxes)."""
from xml.sax.saxutils import escape

import cms
from common import doc, lib, not_id, not_luhn, digits_not_luhn, code18_bad
from lib import P, Praw, paras, odt_table, fodt, fods

# r01 (HTML): a full CMS article page; the article itself is a plain 通知.
doc("r01_menhu_tongzhi.html", "html", cms.page("关于做好2025年防汛防台工作的通知", "通知公告", """
<div class="content">
<p>各镇人民政府、街道办事处，区政府各部门、各直属单位：</p>
<p>当前我区已全面进入主汛期，为切实做好今年防汛防台工作，最大限度减少灾害损失，保障人民群众生命财产安全，经区政府同意，现将有关事项通知如下。</p>
<p>一、压实防汛责任。各镇街、各部门要严格落实以行政首长负责制为核心的防汛防台责任制，明确山塘水库、地质灾害隐患点、危旧房屋等重点部位的责任人，确保责任到岗到人。</p>
<p>二、加强监测预警。区气象局、区水利水电局要加强会商研判，及时发布预警信息；各镇街要通过广播、短信、网格员等渠道把预警信息传递到户到人。</p>
<p>三、做好转移避险。对低洼易涝区、山洪灾害危险区群众，要按照“不漏一户、不落一人”的要求提前转移，落实避灾安置场所162处。</p>
<p>四、严格值班值守。汛期实行24小时值班和领导带班制度，区防指办值班电话：0571-87092110，传真：0571-87092119。</p>
<p>附件：<a href="/art/2025/6/18/art_1001_4567890.html">西湖区2025年防汛防台责任人名单</a></p>
<p style="text-align:right">杭州市西湖区人民政府办公室<br>2025年6月17日</p>
</div>"""), "pass", ["email"], [],
    "full CMS page: <!-- 头部开始 -->/<!-- footer --> template comments, skip link, mobile menu hidden by "
    "a CSS class (display:none) duplicating the visible nav, share pop-up hidden by a class, hidden search "
    "inputs (_csrf token), analytics script with site ids, JSON config, 网站标识码, 浙ICP备, 浙公网安备 "
    "14-digit number, landlines, 12345, agency mailbox (info). Judgement: DESIGN literally says hidden "
    "elements/comments carrying text are hidden_content; template boilerplate repeating visible text is "
    "what every CMS page has and must not stop a release")

# r02 (HTML): 政策解读 on a different template: hidden attribute, visibility:hidden back-to-top, aria-hidden icons.
doc("r02_zhengce_jiedu.html", "html", cms.page("《西湖区促进养老服务高质量发展若干措施》政策解读", "政策解读", """
<div class="content">
<p><b>一、出台背景</b></p>
<p>为贯彻落实《浙江省社会养老服务促进条例》和《杭州市居家养老服务条例》，进一步完善我区养老服务体系，区民政局会同区财政局、区卫生健康局等部门研究起草了《西湖区促进养老服务高质量发展若干措施》（西政办发〔2025〕21号，以下简称《措施》）。</p>
<p><b>二、主要内容</b></p>
<p>《措施》共五个方面18条。对新建并投入运营的街道级居家养老服务中心，按照每平方米500元的标准给予一次性建设补助，最高不超过100万元；对护理型床位占比达到60%以上的养老机构，按照每张床位每年1200元给予运营补助。</p>
<p>对经评估为失能等级三级及以上的老年人，按照每人每月400元的标准发放护理补贴，资金由区财政列支，纳入2025年度预算（功能科目编码2080201）。</p>
<p><b>三、适用对象</b></p>
<p>在本区登记注册的养老服务机构，以及户籍在本区、年满60周岁的老年人。</p>
<p><b>四、咨询方式</b></p>
<p>西湖区民政局养老服务科，联系电话：0571-87053286；工作时间：工作日上午8:30—12:00，下午14:30—17:30。也可拨打12345政务服务热线咨询。</p>
<p>原文链接：<a href="https://www.hzxh.gov.cn/art/2025/6/10/art_1229_4561234.html" title="西湖区促进养老服务高质量发展若干措施">西湖区人民政府办公室关于印发西湖区促进养老服务高质量发展若干措施的通知</a></p>
</div>
<div class="related" hidden><h3>相关文件</h3><ul><li>加载中……</li></ul></div>
<a href="#top" class="gotop" style="visibility:hidden"><i class="icon-top" aria-hidden="true"></i>返回顶部</a>
"""), "pass", ["email"], [],
    "政策解读 on the same CMS; a <div hidden> placeholder '相关文件 加载中……' filled by script, a "
    "visibility:hidden '返回顶部' button, budget subject code 2080201, 文号, landline, 12345. Judgement as r01")

# r03 (HTML): 干部任前公示 — names, sex, birth month, 籍贯, education are published by rule.
_cadres = [("陈建华", "男", "汉族", "1975年3月生", "浙江诸暨", "中央党校研究生", "中共党员", "现任西湖区发展和改革局副局长", "拟任区属国有企业正职"),
           ("王丽萍", "女", "汉族", "1981年11月生", "浙江临海", "大学，管理学硕士", "中共党员", "现任转塘街道党工委副书记、办事处主任", "拟任正处级领导职务"),
           ("赵志远", "男", "回族", "1984年7月生", "山东济宁", "研究生，工学博士", "中共党员", "现任西湖区科学技术局局长", "拟提名为区人民政府副区长人选"),
           ("刘晓燕", "女", "汉族", "1979年1月生", "浙江杭州", "大学，法学学士", "中国民主同盟盟员", "现任西湖区司法局副局长", "拟任区级机关正职")]
_rows = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in c) + "</tr>" for c in _cadres)
doc("r03_ganbu_gongshi.html", "html", cms.page("西湖区2025年第3批领导干部任前公示", "人事信息", f"""
<div class="content">
<p>根据《党政领导干部选拔任用工作条例》和《浙江省党政领导干部任前公示制度实施办法》的有关规定，经区委研究，现将陈建华等4名同志拟任职情况予以公示。</p>
<table border="1"><tr><th>姓名</th><th>性别</th><th>民族</th><th>出生年月</th><th>籍贯</th><th>学历学位</th><th>政治面貌</th><th>现任职务</th><th>拟任职务</th></tr>{_rows}</table>
<p>公示时间：2025年6月18日至2025年6月24日（5个工作日）。</p>
<p>公示期间，个人和单位可通过来信、来电、来访等方式向区委组织部反映公示对象在德、能、勤、绩、廉等方面的情况和问题。反映问题要实事求是，以个人名义反映的提倡署报真实姓名。</p>
<p>受理电话：0571-87051380（兼传真），12380举报网站：www.zj12380.gov.cn，来信来访地址：杭州市西湖区文三路1号区行政中心3号楼412室（邮编310012）。</p>
<p style="text-align:right">中共杭州市西湖区委组织部<br>2025年6月17日</p>
</div>"""), "pass", ["email"], [],
    "干部任前公示: full names, sex, 民族, birth month (1975年3月生), 籍贯, degree, current and proposed posts — "
    "all published by rule; 12380 site, landline (兼传真); CMS template as r01")

# r04 (DOCX): 行政处罚决定书 against a company.
_uscc4 = "91330106MA2H3K7Q5X"
_mid4 = lib.mask_id(lib.make_id("330106"))
doc("r04_chufa_jueding.docx", "docx", fodt(body=
    P("杭州市西湖区市场监督管理局", "Center") + P("行政处罚决定书", "Title") + P("杭西市监处罚〔2025〕218号", "Center") +
    paras(f"""
当事人：杭州云栖优品贸易有限公司
统一社会信用代码：{_uscc4}
住所：浙江省杭州市西湖区三墩镇振华路298号西港发展中心西区4幢1203室
法定代表人：周文斌
现场负责人：钱某某（身份证号码：{_mid4}）
2025年3月11日，本局执法人员根据投诉举报线索，对当事人经营场所进行现场检查，发现当事人销售的“云栖”牌电热水壶（型号YQ-1708，生产日期2024年12月）经抽样检验，“泄漏电流和电气强度”项目不符合GB 4706.19-2008标准要求，检验报告编号为ZJJY2025030455。
经查，当事人自2024年12月至2025年3月共购进上述电热水壶320台，已销售286台，销售单价89元，违法货值金额28480元，违法所得4176元。
以上事实，有现场检查笔录、抽样检验报告、进货单据、销售记录、当事人法定代表人询问笔录等证据证明。
本局认为，当事人销售不符合保障人体健康和人身、财产安全的国家标准的产品，违反了《中华人民共和国产品质量法》第十三条第一款的规定。依据该法第四十九条，本局决定：一、责令停止销售；二、没收违法所得4176元；三、罚款人民币42720元。
当事人应当自收到本决定书之日起十五日内，通过浙江政务服务网或到中国工商银行杭州西湖支行缴纳罚没款（缴款码以缴款通知书为准）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向杭州市西湖区人民政府申请行政复议，或者在六个月内依法向杭州市西湖区人民法院提起行政诉讼。
""", "Body") + P("杭州市西湖区市场监督管理局", "Right") + P("2025年5月20日", "Right") +
    P("（联系人：案审科 吴某，联系电话：0571-87059306）")), "pass", [], [],
    "行政处罚决定书: company, 18-char USCC with letters, 法定代表人 full name (public in the business register), "
    "company address, masked ID of the on-site person, 检验报告编号 ZJJY2025030455, amounts, landline")

# r05 (PDF): 中标结果公告 with company accounts.
_acct5a = not_luhn(digits_not_luhn("120202", 19))
_acct5b = digits_not_luhn("3305016", 20)
doc("r05_zhongbiao_gonggao.pdf", "pdf", fodt(
    header=P("杭州市西湖区公共资源交易中心", "Right"),
    footer=Praw('第<text:page-number text:select-page="current">1</text:page-number>页', "Center"),
    body=P("西湖区2025年度市政道路养护服务项目中标结果公告", "Title") + paras(f"""
一、项目编号：ZJ-2025-0123（政府采购计划编号：330106202500417）
二、项目名称：西湖区2025年度市政道路养护服务项目
三、中标信息
供应商名称：浙江中路市政养护工程有限公司
统一社会信用代码：913301087517098765
供应商地址：杭州市滨江区长河街道江虹路768号3幢8楼
中标金额：人民币贰仟叁佰肆拾伍万陆仟柒佰捌拾元整（¥23,456,780.00）
七、公告期限：自本公告发布之日起1个工作日。
八、履约保证金缴纳账户
户名：浙江中路市政养护工程有限公司
开户银行：中国工商银行杭州高新支行
账号：{_acct5a}
户名：杭州市西湖区公共资源交易中心（保证金专户）
开户银行：中国建设银行杭州西湖支行
账号：{_acct5b}
九、凡对本次公告内容提出询问，请按以下方式联系。
采购人：杭州市西湖区城市管理局，联系人：黄工，联系电话：0571-87063512
采购代理机构：浙江正衡工程咨询有限公司，联系人：沈工，联系电话：0571-85092731，邮箱：zhenghengzx@zjzhx.com.cn
同级政府采购监督管理部门：杭州市西湖区财政局政府采购监管科，联系电话：0571-87054429
""", "Body")), "pass", ["email"], [],
    "中标结果公告: 项目编号 ZJ-2025-0123 and a 15-digit 采购计划编号 (month 25, not an ID), all-digit USCC, "
    "company accounts (19-digit failing Luhn, 20-digit), landlines, company mailbox; header and page-number footer")

# r06 (DOCX): 招标公告.
_acct6 = not_luhn(digits_not_luhn("1000", 19))
doc("r06_zhaobiao_gonggao.docx", "docx", fodt(
    footer=Praw('— <text:page-number text:select-page="current">1</text:page-number> —', "Center"),
    body=P("西湖区中小学智慧校园建设（二期）项目公开招标公告", "Title") + paras(f"""
项目概况：西湖区中小学智慧校园建设（二期）项目的潜在投标人应在政采云平台（https://www.zcygov.cn）获取招标文件，并于2025年7月10日9:30（北京时间）前递交投标文件。
一、项目基本情况
项目编号：XHCG2025-GK-0056　　采购计划备案号：330106-2025-00789
项目名称：西湖区中小学智慧校园建设（二期）项目
预算金额（元）：12,860,000.00　　最高限价（元）：12,860,000.00
采购需求：为全区32所中小学建设智慧教室418间，配套交互式智能平板418台、录播系统32套、校园网核心交换机32台（软件版本V5.20.1.0.3）。
合同履行期限：合同签订后90日内完成交付。
本项目不接受联合体投标。本项目专门面向中小企业采购。
二、申请人的资格要求：满足《中华人民共和国政府采购法》第二十二条规定；未被“信用中国”（www.creditchina.gov.cn）列入失信被执行人名单。
三、投标保证金：本项目不收取投标保证金。中标人应在签订合同前缴纳履约保证金（合同金额的1%），缴入采购人账户：户名：杭州市西湖区教育局，开户银行：杭州银行西湖支行，账号：{lib.group4(_acct6)}。
四、开标时间及地点：2025年7月10日9:30，杭州市西湖区公共资源交易中心第三开标室（西湖区学院路28号德力西大厦5楼）。
五、对本次采购提出询问、质疑、投诉，请按以下方式联系。
1.采购人信息：杭州市西湖区教育局，地址：杭州市西湖区文二路391号，项目联系人：郑老师，电话：0571-87051625
2.采购代理机构信息：浙江华信项目管理有限公司，地址：杭州市拱墅区湖墅南路186号，联系人：朱工、方工，电话：0571-88397206、0571-88397210
3.同级政府采购监督管理部门：杭州市西湖区财政局，联系人：林老师，监督投诉电话：0571-87054429
""", "Body")), "pass", [], [],
    "招标公告: project numbers with letters and a hyphenated 备案号, budget amounts, software version V5.20.1.0.3, "
    "purchaser's account as 4-digit groups (19 digits, fails Luhn, 户名 an agency), contact persons by surname + landlines")

# r07 (PDF): 政府信息公开工作年度报告 with the statutory tables.
_t3 = [["本年新收政府信息公开申请数量", "286"], ["上年结转政府信息公开申请数量", "12"],
       ["（一）予以公开", "141"], ["（二）部分公开", "27"],
       ["（三）不予公开 1.属于国家秘密", "2"], ["2.其他法律行政法规禁止公开", "0"], ["3.危及“三安全一稳定”", "1"],
       ["4.保护第三方合法权益", "9"], ["5.属于三类内部事务信息", "6"], ["6.属于四类过程性信息", "4"],
       ["7.属于行政执法案卷", "3"], ["8.属于行政查询事项", "2"], ["（四）无法提供 1.本机关不掌握相关政府信息", "58"],
       ["（五）不予处理 1.信访举报投诉类申请", "11"], ["（六）其他处理", "17"], ["（七）总计", "286"], ["四、结转下年度继续办理", "12"]]
doc("r07_xxgk_nianbao.docx", "docx", fodt(
    header=P("杭州市西湖区人民政府2024年政府信息公开工作年度报告", "Center"),
    footer=Praw('— <text:page-number text:select-page="current">1</text:page-number> —', "Center"),
    body=P("杭州市西湖区人民政府2024年政府信息公开工作年度报告", "Title") + paras("""
一、总体情况
2024年，西湖区坚持以公开为常态、不公开为例外，全年主动公开政府信息12846条，其中规范性文件23件、政策解读78篇。
（一）保密审查。严格执行“先审查、后公开”和“一事一审”制度，落实“上网不涉密，涉密不上网”要求，全年开展信息发布前保密审查12846条次，未发生泄密事件。对拟公开信息中涉及国家秘密、商业秘密、个人隐私的内容，依照《条例》第十四条、第十五条、第十六条的规定严格把关。
（二）依申请公开。对申请公开的信息属于内部事务信息或过程性信息的，依照《条例》第十六条作出答复并说明理由。
二、法律规定的条款摘录
《条例》第十四条：依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。
《条例》第十五条：涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。但是，第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的，予以公开。
《条例》第十六条：行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息，可以不予公开。
三、收到和处理政府信息公开申请情况
""", "Body") + odt_table([["项目", "数量"]] + _t3, "表3") + paras("""
四、政府信息公开行政复议、行政诉讼情况：行政复议结果维持9件、纠正1件；行政诉讼未经复议直接起诉结果维持3件。
联系方式：杭州市西湖区人民政府办公室政务公开科，电话0571-87051261，邮箱xhzwgk@hzxh.gov.cn。
""", "Body")), "pass", ["email"], [],
    "年度报告 (DOCX): statutory table rows '属于国家秘密' '属于三类内部事务信息' with counts, verbatim quotes of 条例 "
    "第十四/十五/十六条 (国家秘密, 商业秘密, 个人隐私, 内部事务信息), 保密审查 prose, header/footer with agency and page numbers")

# r08 (XLSX): 部门预算公开 with big amounts, subject codes, 18-digit project codes and 11-digit yuan amounts.
_projcodes = [code18_bad("33010625") for _ in range(4)]
_vouchers = [digits_not_luhn("2025", 19) for _ in range(3)]
doc("r08_yusuan_gongkai.xlsx", "xlsx", fods([
    {"name": "收支总表", "wide": {0, 2}, "rows": [
        [{"v": "杭州市西湖区2025年部门预算收支总表", "span": 4}],
        ["单位：元", "", "", ""],
        ["收入项目", "预算数", "支出项目", "预算数"],
        ["一般公共预算拨款", 13586234000, "一般公共服务支出", 2345678901.23],
        ["政府性基金预算拨款", 15862340000, "教育支出", 3890123456.78],
        ["国有资本经营预算", 123456789.01, "社会保障和就业支出", 1987654321.09],
        ["上年结转", 987654321.98, "城乡社区支出", 18765432100.5],
        ["收入总计", 123456789012.34, "支出总计", 123456789012.34]]},
    {"name": "项目支出表", "wide": {0, 1}, "rows": [
        ["项目编码", "项目名称", "功能科目编码", "金额（元）"],
        [_projcodes[0], "城市道路养护", "2120501", 18734500000],
        [_projcodes[1], "中小学校舍维修", "2050202", 13900000000],
        [_projcodes[2], "养老服务补助", "2080201", 156000000],
        [_projcodes[3], "公共卫生服务", "2100408", 98765432.1],
        ["支付凭证号", _vouchers[0], "", ""],
        ["支付凭证号", _vouchers[1], "", ""],
        ["支付凭证号", _vouchers[2], "", ""]]},
    {"name": "说明", "wide": {0}, "rows": [
        ["本表按《预算法》第十四条要求公开，金额单位为元。项目编码为财政项目库统一编码（18位），支付凭证号为国库集中支付系统流水号（19位）。咨询电话：0571-87054401。"]]},
  ]), "pass", [], [],
    "部门预算公开: amounts up to 123456789012.34, 11-digit yuan amounts starting 135/158/139/187 stored as numbers "
    "(look like mobiles), 18-digit project codes starting with a region code that fail GB 11643, 19-digit "
    "voucher numbers failing Luhn, 7-digit subject codes")

# r09 (XLSX): 统计公报 data with large counts and codes.
doc("r09_tongji_gongbao.xlsx", "xlsx", fods([
    {"name": "主要指标", "wide": {0}, "rows": [
        ["指标", "计量单位", "2024年", "比上年增长（%）"],
        ["地区生产总值", "万元", 28563421, 6.1],
        ["常住人口", "人", 1334567, 1.2],
        ["社会消费品零售总额", "元", 13245678901, 4.8],
        ["进出口总额", "元", 18976543210, 7.3],
        ["一般公共预算收入", "元", 17712345678, 3.5],
        ["快递业务量", "件", 15098765432, 12.6],
        ["统计用区划代码", "—", "330106001000", ""],
        ["统计局联系电话", "—", "0571-87052311", ""]]},
    {"name": "注释", "wide": {0}, "rows": [
        ["1. 地区生产总值按现价计算，增长速度按不变价计算。"],
        ["2. 数据来源：杭州市西湖区统计局、国家统计局西湖调查队。"],
        ["3. 统计用区划代码依据国家统计局《统计用区划代码和城乡划分代码》（2024年）。"]]},
  ]), "pass", [], [],
    "统计公报 data: counts in 元/件 stored as 11-digit numbers starting 132/189/177/150 (mobile-shaped), a 12-digit "
    "统计用区划代码, an agency landline")

# r10 (DOCX): 保密宣传 article.
doc("r10_baomi_xuanchuan.docx", "docx", fodt(
    meta={"title": "守护国家秘密 人人有责", "creator": "西湖区保密局"},
    body=P("守护国家秘密　人人有责", "Title") + P("——西湖区开展2025年保密宣传月活动", "Center") + paras("""
今年5月是全国第九个保密宣传月。区委保密委员会办公室以“守护国家秘密　人人有责”为主题，组织全区各单位开展保密知识竞赛、警示教育和保密自查自评等系列活动。
《中华人民共和国保守国家秘密法》第十三条规定，国家秘密的密级分为绝密、机密、秘密三级。绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。
保密法第二十二条规定，国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。
活动中，区保密局工作人员结合典型案例，讲解了国家秘密载体应当按照规定作出“密级标志”，以及涉密人员管理的有关要求：涉密人员按照涉密程度分为核心涉密人员、重要涉密人员和一般涉密人员，实行分类管理；涉密人员上岗前应当经过保密审查和培训，离岗离职实行脱密期管理。
警示教育中通报了一起案例：某单位工作人员违规将涉密文件通过互联网邮箱传递，造成失泄密隐患，相关责任人受到严肃处理。该案例再次警示我们，必须牢固树立“上网不涉密、涉密不上网”的意识，严禁在非涉密计算机上处理涉密信息。
区保密局提醒广大干部职工：严格执行定密工作程序，依法做好商业秘密和工作秘密以外信息的公开工作，密切配合信息公开部门做好发布前保密审查。
（西湖区保密局供稿，咨询电话：0571-87051180）
""", "Body")), "pass", ["metadata"], [],
    "保密宣传 article: 保密法 第十三条/第二十二条 quoted (绝密级…机密级…秘密级不超过十年), '密级标志' in quotes, "
    "涉密人员 categories, 涉密文件 in a case story, 上网不涉密, 定密, 密切配合; creator set (metadata info). "
    "'工作秘密' appears once in prose as a concept — judgement call, as probe q58")

# r11 (XLSX): 汛期值班表 with names of duty officials and agency landlines.
_duty = [["2025-07-01", "周一", "张志强（副区长）", "王建军", "李明", "0571-87092110"],
         ["2025-07-02", "周二", "刘伟（区长助理）", "陈静", "黄海涛", "0571-87092110"],
         ["2025-07-03", "周三", "吴国庆（副区长）", "杨帆", "徐丽", "0571-87092110"],
         ["2025-07-04", "周四", "孙立新（副区长）", "周斌", "马骁", "0571-87092110"],
         ["2025-07-05", "周五", "郑晓（副区长）", "胡琳", "高原", "0571-87092110"]]
doc("r11_zhiban_biao.xlsx", "xlsx", fods([
    {"name": "值班安排", "wide": {2, 5}, "rows": [
        [{"v": "西湖区防汛防台2025年7月第一周值班安排表", "span": 6}],
        ["日期", "星期", "带班领导", "值班人员", "值班驾驶员", "值班电话"]] + _duty + [
        ["值班室传真：0571-87092119；应急管理局总值班室：0571-87052680；区政府总值班室：0571-87051110", "", "", "", "", ""]]},
    {"name": "应急力量", "wide": {0}, "rows": [
        ["力量名称", "人数", "车辆（台）", "联系电话"],
        ["区综合应急救援队", 86, 12, "0571-87096119"],
        ["区城管抢险队", 120, 18, "0571-87063512"],
        ["区水利抢险队", 45, 6, "0571-87052230"],
        ["报警求助", "", "", "110 / 119 / 120 / 12345"]]},
  ]), "pass", [], [],
    "值班表: names of duty officials (published on 值班 rosters), agency duty landlines, fax, vehicle counts, "
    "110/119/120/12345")

# r12 (DOCX): 应急预案 with header and page-number footer.
doc("r12_yingji_yuan.docx", "docx", fodt(
    header=P("西湖区突发地质灾害应急预案（2025年修订）", "Center"),
    footer=Praw('西湖区人民政府办公室　第<text:page-number text:select-page="current">1</text:page-number>页', "Center"),
    body=P("西湖区突发地质灾害应急预案", "Title") + paras("""
1 总则
1.1 编制目的：高效有序做好突发地质灾害应急处置工作，避免或最大程度减轻灾害造成的损失，保障人民群众生命财产安全。
1.2 编制依据：《地质灾害防治条例》《浙江省地质灾害防治条例》《杭州市突发事件总体应急预案》等。
2 组织体系
区政府设立区地质灾害应急指挥部，总指挥由分管副区长担任，副总指挥由区政府办公室副主任、区自然资源分局局长、区应急管理局局长担任。指挥部办公室设在区自然资源分局，办公室主任由区自然资源分局局长兼任，24小时值班电话0571-87052230。
3 预警与响应
根据地质灾害的危害程度和规模，应急响应分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）、一般（Ⅳ级）四级。发生Ⅳ级灾情时，由指挥部办公室主任决定启动响应，并在1小时内报告区政府总值班室（电话0571-87051110）。
4 应急保障
全区储备应急救援车辆36台、冲锋舟12艘、发电机组28台、帐篷420顶。区综合应急救援队常备队员86人。
5 附则
本预案由区自然资源分局负责解释，自印发之日起施行。2019年印发的原预案同时废止。
附件：区地质灾害应急指挥部成员单位联系表（区自然资源分局0571-87052230，区应急管理局0571-87052680，区住建局0571-87053371，区交通运输局0571-87058822）
""", "Body")), "pass", [], [],
    "应急预案: header with the plan's title, footer with agency name and page number, roles by title, duty landlines, "
    "resource counts, Ⅰ–Ⅳ级 response levels")

# r13 (PDF): 政策解读 over two pages with header/footer.
doc("r13_zhengce_jiedu.pdf", "pdf", fodt(
    header=P("杭州市西湖区人力资源和社会保障局", "Right"),
    footer=Praw('政策解读　第<text:page-number text:select-page="current">1</text:page-number>页', "Center"),
    body=P("《西湖区高校毕业生就业创业补贴实施细则》政策解读", "Title") + paras("""
一、文件出台的背景是什么？
为优化我区就业创业环境，区人力社保局会同区财政局制定了本细则（西人社发〔2025〕15号）。
二、补贴对象有哪些？
毕业5年内的全日制普通高校毕业生。
三、主要补贴标准是多少？
（一）生活补贴：对来我区工作的本科、硕士、博士毕业生，分别给予1万元、3万元、5万元生活补贴。
四、如何申请？
申请人可登录“浙江政务服务网”（https://www.zjzwfw.gov.cn）或“浙里办”APP搜索“高校毕业生生活补贴”在线申请，补贴资金直接发放至申请人本人社会保障卡银行账户，无需提交纸质材料。
五、咨询方式
西湖区人力社保局就业促进科，电话0571-87051816、0571-87051819；也可拨打12333人社服务热线或12345政务服务热线。
""", "Body") + P("", "PB") + paras("""
六、常见问题
问：补贴发放到哪个账户？
答：统一发放至申请人本人的社会保障卡金融账户，请确保社会保障卡已激活金融功能。
""", "Body")), "pass", [], [],
    "2-page 政策解读 PDF: header agency name, footer with page number, 文号, amounts, public URLs, landlines, "
    "12333/12345, words 银行账户/社会保障卡 without numbers")

# r14 (DOCX): a report with a LibreOffice chart built from a table.
_chart_rows = [("2020年", 3.21, 2.86), ("2021年", 3.58, 3.12), ("2022年", 3.97, 3.40), ("2023年", 4.35, 3.77), ("2024年", 4.82, 4.11)]


def _chart_object():
    """The chart sub-document (Object 1/content.xml of a zipped ODT): a bar chart over its own local table."""
    cell = lambda v: (f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
                      if not isinstance(v, str) else
                      f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>')
    rows = "".join("<table:table-row>" + "".join(cell(x) for x in r) + "</table:table-row>" for r in _chart_rows)
    n = len(_chart_rows) + 1
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ' + lib.NS +
        ' xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" office:version="1.3">'
        '<office:body><office:chart>'
        '<chart:chart svg:width="15cm" svg:height="8cm" chart:class="chart:bar">'
        '<chart:title><text:p>2020—2024年城乡居民人均可支配收入（万元）</text:p></chart:title>'
        '<chart:legend chart:legend-position="bottom"/>'
        f'<chart:plot-area table:cell-range-address="local-table.$A$1:.$C${n}" chart:data-source-has-labels="both">'
        f'<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="local-table.$A$2:.$A${n}"/></chart:axis>'
        '<chart:axis chart:dimension="y" chart:name="primary-y"/>'
        f'<chart:series chart:values-cell-range-address="local-table.$B$2:.$B${n}" chart:label-cell-address="local-table.$B$1" chart:class="chart:bar"/>'
        f'<chart:series chart:values-cell-range-address="local-table.$C$2:.$C${n}" chart:label-cell-address="local-table.$C$1" chart:class="chart:bar"/>'
        '</chart:plot-area>'
        '<table:table table:name="local-table">'
        '<table:table-header-columns><table:table-column/></table:table-header-columns>'
        '<table:table-columns><table:table-column table:number-columns-repeated="2"/></table:table-columns>'
        '<table:table-header-rows><table:table-row>'
        '<table:table-cell><text:p/></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>城镇居民</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>农村居民</text:p></table:table-cell>'
        '</table:table-row></table:table-header-rows>'
        f'<table:table-rows>{rows}</table:table-rows></table:table></chart:chart>'
        '</office:chart></office:body></office:document-content>')


_FRAME = ('<draw:frame draw:name="图表1" text:anchor-type="as-char" svg:width="15cm" svg:height="8cm" draw:z-index="0">'
          '<draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>')


doc("r14_shouru_fenxi.docx", "docx", fodt(
    footer=Praw('<text:page-number text:select-page="current">1</text:page-number>', "Center"),
    body=P("2024年西湖区城乡居民收入情况分析", "Title") + paras("""
2024年，全区城乡居民收入保持稳定增长。城镇常住居民人均可支配收入4.82万元，比上年增长5.1%；农村常住居民人均可支配收入4.11万元，增长6.3%。城乡居民收入倍差为1.17，比上年缩小0.02。
从收入构成看，工资性收入仍是居民收入的主要来源，占比达到62.4%；经营净收入、财产净收入和转移净收入分别占13.8%、14.1%和9.7%。
""", "Body") + Praw(_FRAME, "Center") + odt_table(
        [["年份", "城镇居民（万元）", "农村居民（万元）"]] + [[a, f"{b:.2f}", f"{c:.2f}"] for a, b, c in _chart_rows], "收入表") +
    paras("""
下一步，我区将继续实施居民收入增长行动，推动实现共同富裕。
（西湖区统计局　联系电话：0571-87052311）
""", "Body")), "pass", [], [],
    "analysis DOCX with an embedded LibreOffice bar chart (word/charts/chart1.xml, cached values) built from a "
    "clean table; page-number footer; the chart holds only years and incomes",
    objects={"Object 1": _chart_object()})

# r15 (HTML): public contact list of departments.
_depts = [("区政府办公室", "0571-87051234", "0571-87051200", "xhzfb@hzxh.gov.cn", "文三路1号"),
          ("区发展和改革局", "0571-87052101", "0571-87052100", "xhfgj@hzxh.gov.cn", "文三路1号"),
          ("区教育局", "0571-87051625", "0571-87051600", "xhjyj@hzxh.gov.cn", "文二路391号"),
          ("区民政局", "0571-87053286", "0571-87053200", "xhmzj@hzxh.gov.cn", "文三路1号"),
          ("区财政局", "0571-87054401", "0571-87054400", "xhczj@hzxh.gov.cn", "文三路1号"),
          ("区人力资源和社会保障局", "0571-87051816", "0571-87051800", "xhrsj@hzxh.gov.cn", "古墩路73号"),
          ("区市场监督管理局", "0571-87059306", "0571-87059300", "xhscjg@hzxh.gov.cn", "西溪路556号"),
          ("区信访局", "0571-87051400", "0571-87051401", "xhxfj@hzxh.gov.cn", "文三路1号")]
_tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td><a href=\"mailto:{d}\">{d}</a></td><td>{e}</td></tr>" for a, b, c, d, e in _depts)
doc("r15_lianxi_fangshi.html", "html", cms.page("区政府部门联系方式", "机构职能", f"""
<div class="content">
<p>为方便群众办事和监督，现将区政府工作部门办公电话、传真和公务邮箱公布如下。工作时间：周一至周五上午8:30—12:00，下午14:30—17:30（法定节假日除外）。</p>
<table border="1"><tr><th>单位</th><th>办公电话</th><th>传真</th><th>公务邮箱</th><th>办公地址</th></tr>{_tr}</table>
<p>非工作时间请拨打区政府总值班室0571-87051110，或12345政务服务热线（24小时）。投诉举报也可登录浙江政务服务网“12345统一投诉举报平台”。</p>
</div>"""), "pass", ["email"], [],
    "contact list: 8 departments with landlines, fax, official mailboxes (mailto:), addresses; 总值班室; 12345")

# r16 (TXT): 建设工程规划许可批后公布 with long codes.
_permit = code18_bad("33010620250")
doc("r16_guihua_gongbu.txt", "txt", f"""杭州市规划和自然资源局西湖分局
建设工程规划许可批后公布

根据《中华人民共和国城乡规划法》和《浙江省城乡规划条例》的规定，现将以下建设工程规划许可予以公布：

建设单位：杭州西湖城市建设投资集团有限公司
项目名称：之江单元XH1705-R21-03地块人才专项用房项目
建设位置：西湖区转塘街道，东至规划支路，南至之江路，西至象山路，北至绿地
建设工程规划许可证号：建字第330106202500123号
施工许可证编号：{_permit}
用地面积：36528平方米；总建筑面积：128456.7平方米，其中地上建筑面积91310.5平方米；容积率2.5；建筑密度22.6%；绿地率35%；建筑高度不超过80米。
规划条件编号：杭规划资源条〔2024〕0156号
坐标：东经120°05′32″，北纬30°09′18″

公布期间为2025年6月18日至2025年7月17日。利害关系人对本许可有异议的，可自公布之日起六十日内依法申请行政复议，或者六个月内提起行政诉讼。
查询及监督电话：0571-87052516（西湖分局建设工程规划管理科），0571-12345。
网上查询：https://ghzy.hangzhou.gov.cn/

杭州市规划和自然资源局西湖分局
2025年6月18日
""", "pass", [], [],
    "规划许可批后公布: 地块编号 XH1705-R21-03, 15-digit 许可证号 (month 25, not an ID), an 18-digit 施工许可证编号 "
    "that starts with the region code and a 2025 date but fails GB 11643, coordinates, areas")

# r17 (TXT): 缴费通知 with the 财政专户 in 4-digit groups.
_acct17 = not_luhn(digits_not_luhn("1202", 19))
doc("r17_jiaofei_tongzhi.txt", "txt", f"""关于缴纳2025年度城乡居民基本医疗保险费的通告

各位参保居民：
根据《杭州市城乡居民基本医疗保险办法》，2025年度城乡居民基本医疗保险集中参保缴费期为2024年9月1日至12月31日。现将有关事项通告如下：
一、缴费标准：成年居民个人缴费每人每年690元，未成年居民每人每年420元。政府补助标准按规定执行。
二、缴费方式：
（一）线上缴纳：通过“浙里办”APP、支付宝“杭州医保”小程序、微信“国家医保服务平台”缴纳。
（二）银行代扣：已签约银行代扣协议的，由银行从签约账户中直接扣缴，请确保账户余额充足。
（三）单位统一缴纳：在校学生由学校统一组织缴纳，缴入财政专户：
户名：杭州市西湖区财政局社会保障基金专户
开户银行：中国工商银行杭州西湖支行
账号：{lib.group4(_acct17)}
三、特殊人群：低保对象、特困人员、低边对象等困难群众的个人缴费部分由财政全额或部分资助，无需本人申请。
四、咨询电话：西湖区医疗保障局0571-87068312，医保服务热线0571-12393，税务服务热线12366。

杭州市西湖区医疗保障局
国家税务总局杭州市西湖区税务局
2024年8月20日
""", "pass", [], [],
    "缴费通告: 财政专户 account in 4-digit groups (19 digits, fails Luhn, 户名 an agency), 12393/12366 hotlines, "
    "the words 银行代扣/签约账户 without numbers")

# r18 (XLSX): 公务员拟录用人员公示 — names, sex, exam ticket numbers, scores.
_cands = [("许文博", "男", "大学本科", "浙江大学", "西湖区财政局", "一级科员"),
          ("沈佳怡", "女", "硕士研究生", "复旦大学", "西湖区发展和改革局", "一级科员"),
          ("丁浩然", "男", "大学本科", "南京大学", "西湖区市场监督管理局", "一级行政执法员"),
          ("邵雨婷", "女", "硕士研究生", "浙江工业大学", "西湖区民政局", "一级科员"),
          ("潘子豪", "男", "大学本科", "中国计量大学", "西湖区应急管理局", "一级科员")]
_rows18 = [["序号", "姓名", "性别", "准考证号", "学历", "毕业院校", "笔试成绩", "面试成绩", "总成绩", "拟录用单位", "职位"]]
for i, (n, s, e, u, d, j) in enumerate(_cands, 1):
    _rows18.append([i, n, s, f"1133{lib.RNG.randint(10**8, 10**9 - 1)}", e, u, round(lib.RNG.uniform(62, 78), 1),
                    round(lib.RNG.uniform(78, 88), 2), round(lib.RNG.uniform(70, 82), 2), d, j])
_rows18.append(["公示期为2025年6月18日至6月24日。监督电话：0571-87051380（区委组织部）、0571-87051819（区人力社保局）。", "", "", "", "", "", "", "", "", "", ""])
doc("r18_luyong_gongshi.xlsx", "xlsx", fods([{"name": "拟录用人员", "wide": {5, 9}, "rows": _rows18}]),
    "pass", [], [],
    "公务员拟录用公示: full names, sex, 13-digit 准考证号, schools, scores, units (published by rule); landlines")

# r19 (HTML): 领导之窗 page with img alt/title, noscript and an aria-hidden icon.
doc("r19_lingdao_zhichuang.html", "html", cms.page("区长 王国华", "领导之窗", """
<div class="content">
<div class="leader"><img src="/picture/0/2501101530123.jpg" alt="区长王国华" title="王国华"></div>
<p><b>王国华</b>　区委副书记，区人民政府区长、党组书记。</p>
<p>男，汉族，1972年9月生，浙江宁波人，1994年7月参加工作，1993年6月加入中国共产党，研究生学历，经济学硕士。</p>
<p><b>工作分工：</b>主持区政府全面工作。负责审计方面工作。分管区审计局。</p>
<p><a href="/col/col1301/index.html"><i class="icon-arrow" aria-hidden="true"></i>更多领导活动</a></p>
<noscript>您的浏览器不支持JavaScript，部分功能可能无法使用。</noscript>
<iframe src="https://www.hzxh.gov.cn/map/index.html" title="区政府位置地图" width="400" height="300"></iframe>
</div>"""), "pass", ["email"], [],
    "领导之窗: leader's full name, birth month, native place (published), img alt/title with the name, "
    "<noscript> text, an iframe to a gov.cn map; CMS template as r01")

# r20 (TXT): 政府信息公开指南 quoting the 条例.
doc("r20_gongkai_zhinan.txt", "txt", """杭州市西湖区人民政府政府信息公开指南（2025年修订）

为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。

一、主动公开
（一）公开范围：本机关依照《条例》第二十条、第二十一条的规定，主动公开机构职能、规范性文件、规划计划、财政预决算、行政许可和行政处罚等政府信息。
（二）公开方式：西湖区人民政府门户网站（www.hzxh.gov.cn）为本机关政府信息公开第一平台，同时通过政务新媒体、档案馆、公共图书馆等场所公开。
（三）公开时限：属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。

二、依申请公开
（一）受理机构：杭州市西湖区人民政府办公室（政务公开科）
办公地址：杭州市西湖区文三路1号区行政中心1号楼108室；邮政编码：310012
受理时间：工作日上午8:30—12:00，下午14:30—17:30
联系电话：0571-87051261；传真：0571-87051262；电子邮箱：xhzwgk@hzxh.gov.cn
（二）申请方式：当面提交、邮寄信函或通过门户网站“依申请公开”栏目在线提交。申请人应当提供身份证明，并填写姓名或者名称、身份证件号码、联系方式等内容。
（三）答复：能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的经负责人同意可延长不超过20个工作日。

三、不予公开的范围
依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开（《条例》第十四条）。涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开，但第三方同意或者不公开会对公共利益造成重大影响的除外（《条例》第十五条）。行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开（《条例》第十六条）。

四、监督和救济
公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向杭州市西湖区人民政府办公室投诉、举报（电话0571-87051200），也可以依法申请行政复议或者提起行政诉讼。
""", "pass", ["email"], [],
    "公开指南: 条例 第十四/十五/十六条 paraphrased (国家秘密, 商业秘密, 个人隐私, 内部事务信息, 内部工作流程), "
    "form fields named (身份证件号码) without values, landline, fax, postcode, agency mailbox")
