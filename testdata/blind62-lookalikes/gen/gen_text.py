#!/usr/bin/python3
"""Plain-text files (UTF-8 and GB18030) of the corpus."""
from common import *

# ---------------- p01 / n01: 食品经营许可公示 with 统一社会信用代码 ----------------
def xuke(extra_row=""):
    return f"""杭州市西湖区市场监督管理局
关于2026年第3批食品经营许可证核发情况的公示

根据《中华人民共和国行政许可法》《食品经营许可和备案管理办法》等规定，现将2026年3月1日至3月15日核发的食品经营许可证信息公示如下：

序号　经营者名称　统一社会信用代码　法定代表人（负责人）　许可证编号　有效期至
1　杭州绿源餐饮管理有限公司　{V['U1']}　陈建国　JY23301060123456　20310314
2　杭州市西湖区文新街道社区卫生服务中心　{V['U2']}　刘红　JY33301060234567　20310314
3　杭州市西湖区人民政府文新街道办事处（机关食堂）　{V['U3']}　王立新　JY33301060345678　20310315
4　杭州西溪湿地文化旅游发展有限公司　{V['U4']}　孙明　JY23301060456789　20310315
5　杭州市西湖区蓝天社会工作服务中心　{V['U5']}　周敏　JY33301060567890　20310315
6　杭州西溪印象餐饮有限公司　{V['U9']}　钱伟　JY23301060678901　20310315
{extra_row}
发证机关：杭州市西湖区市场监督管理局（组织机构代码：00248244-8）
公示期：2026年3月16日至2026年3月22日（5个工作日）。公示期内如有异议，请向我局反映。
监督电话：0571-87051234　投诉举报电话：12315
通信地址：杭州市西湖区文三路169号　邮政编码：310012

（此件公开发布）

杭州市西湖区市场监督管理局
2026年3月16日
"""
write_text("p01_xuke_uscc.txt", xuke())
label("p01_xuke_uscc.txt", "pass", [], [],
      "UTF-8 text: 食品经营许可公示 listing companies' 统一社会信用代码 (18 chars, incl. all-digit codes "
      "913301067045123072 / 913301087109872051 and 12…/11…/52… codes whose digits 3-8 are a real region), "
      "许可证编号 JY+14 digits, 有效期 20310314, 组织机构代码 00248244-8, landline, 12315, 邮编. "
      "findings.md: 'Not findings: … agency landlines, and a company's 统一社会信用代码'; hotlines are not findings; "
      "an all-digit USCC has region 913301 (no real region) so it is no GB 11643 ID.")
write_text("n01_xuke_geti_id.txt", xuke(
    f"7　杭州市西湖区文新张记面馆（个体工商户）　{V['U7']}　经营者：张永明（身份证号：{V['ID_A']}）　JY23301060789012　20310315\n"))
label("n01_xuke_geti_id.txt", "block", ["id_card"], [V["ID_A"]],
      "Sibling of p01 with a 个体工商户 row giving the operator's 身份证号 unmasked (valid GB 11643 check digit, "
      "region 330106, born 1985-04-12). findings.md: id_card 'with a valid GB 11643 check digit, a real birth date and region' — severity block.")

# ---------------- p05: 特种作业证书 ranges ----------------
write_text("p05_zhengshu_range.txt", """杭州市西湖区住房和城乡建设局
关于公布2026年第一批建筑施工特种作业人员操作资格证书核发结果的公告

西建〔2026〕8号

各有关单位：
根据《建筑施工特种作业人员管理规定》，经考核合格，现对2026年第一批建筑施工特种作业人员核发操作资格证书，共计50本。
本批证书编号 13512340001 至 13512340050，证书编号按考核合格人员准考证顺序连续编排；其中建筑电工12本（证书编号 13512340001 至 13512340012），建筑架子工20本（证书编号 13512340013 至 13512340032），塔式起重机司机18本（证书编号 13512340033 至 13512340050）。
操作资格证书全省统一编号规则为“省简称＋类别字母＋工种代码＋年份＋流水号”，例如塔式起重机司机证书统一编号为浙A042026000123，可登录“浙江省建筑业监管平台”（https://jzsc.zjjs.gov.cn）查询。
证书有效期6年，自2026年3月15日起至2032年3月14日止。
领证时间：2026年3月20日至3月27日（工作日）
领证地点：西湖区市民之家三楼建设窗口（杭州市西湖区文二西路2号，邮编310012）
咨询电话：0571-87051234

杭州市西湖区住房和城乡建设局
2026年3月15日
""", enc="gb18030")
label("p05_zhengshu_range.txt", "pass", [], [],
      "GB18030 text: certificate-issue notice with 11-digit 证书编号 ranges 13512340001 至 13512340050 (start with 135, like mobiles) "
      "and a 15-char province code 浙A042026000123 (starts like a plate but is not one). findings.md: 'Not findings: … serial numbers "
      "(编号 … before a value …, and the end of a range of them: 证书编号 A 至 B, when B is as long as A and begins as A does)'; "
      "README mobile_phone row says the same.")

# ---------------- p08 / n07: 公用经费支付明细 with 18-digit order numbers ----------------
def zhifu(order3):
    return f"""杭州市西湖区机关事务管理局
2026年第一季度公用经费网上支付明细公开

为落实预算公开要求，现将我局2026年第一季度通过政府采购电子卖场和公共事业缴费平台支付的公用经费明细公开如下（单位：元）：

一、电子卖场订单
订单号：{V['BAD1']}　商品：A4复印纸（70g，5包/箱）40箱　金额：6,360.00　下单日期：20260315
订单号：{V['BAD2']}　商品：硒鼓（HP CF226A）12个　金额：5,280.00　下单日期：20260302
订单号：{order3}　商品：办公椅 20把　金额：13,800.00　下单日期：20260311

二、公共事业缴费
电费户号：3301062026　缴费流水号：{V['PAYSER']}　金额：48,215.36　缴费日期：20260320
水费户号：0106123456　缴费流水号：26033120260331000187　金额：9,862.40　缴费日期：20260331
电子发票号码：26332000000123456789（发票代码：033002400111）

三、邮寄费用
顺丰运单号：SF1458023691274　中国邮政EMS运单号：1183456720918　合计：1,236.00

以上支出均纳入2026年部门预算“一般行政管理事务”项目，详见西湖区人民政府门户网站预决算公开专栏。
监督电话：0571-87051234
"""
write_text("p08_zhifu_orders.txt", zhifu(V["BAD3"]))
label("p08_zhifu_orders.txt", "pass", [], [],
      f"UTF-8 text: payment details with 18-digit 订单号 that have a real region and date but a WRONG check digit ({V['BAD1']}, {V['BAD2']}, {V['BAD3']}), "
      "a 19-digit 缴费流水号 failing Luhn, a 20-digit 发票号码, 8-digit dates 20260315, 13-digit waybills. findings.md: id_card needs 'a valid GB 11643 check digit'; "
      "bank_card needs 'Luhn-valid 16–19 digit' numbers; none present.")
write_text("n07_zhifu_order_is_id.txt", zhifu(V["ID_D"]))
label("n07_zhifu_order_is_id.txt", "block", ["id_card"], [V["ID_D"]],
      f"Sibling of p08 whose third 订单号 is a valid resident ID ({V['ID_D']}, region 440305, born 1988-05-06, check digit right). "
      "findings.md id_card: 'an 18-character ID standing whole is one under any label (a 体检编号, 考生号 or 订单号 is often the holder's ID)' — block.")

# ---------------- p10 / n09: 非税收入 account blocks ----------------
def feishui(holder, bank, acc, intro):
    return f"""杭州市西湖区财政局
{intro}

各缴款单位及个人：
根据《浙江省政府非税收入管理条例》，现将有关事项公告如下。

一、收款账户
户名：{holder}
开户银行：{bank}
账号：{acc}

二、缴款方式
缴款人可凭《浙江省政府非税收入一般缴款书》上的20位缴款识别码（如33010626000000123456）通过“浙里办”APP、银行柜面或网上银行缴款，缴款书编号形如00123456。
执收单位：杭州市西湖区财政局（统一社会信用代码：{V['U3']}）

三、咨询方式
咨询电话：0571-87051234　政务服务热线：12345
办公地址：杭州市西湖区文三路169号，邮政编码310012

杭州市西湖区财政局
2026年3月18日
"""
write_text("p10_feishui_org_account.txt", feishui("杭州市西湖区财政局非税收入汇缴结算户", "中国工商银行杭州西湖支行",
                                                  V["ORG_ACC1"], "关于调整政府非税收入汇缴结算户的公告"), enc="gb18030")
label("p10_feishui_org_account.txt", "pass", [], [],
      f"GB18030 text: account block 户名 杭州市西湖区财政局非税收入汇缴结算户 / 开户银行 / 账号 {V['ORG_ACC1']} (19 digits, Luhn-valid, not 62). "
      "findings.md bank_card: 'a company's settlement account is not a card'; README: a holder ending as 'the name of a unit's account does: 结算户, 汇缴户 …' "
      "on the 户名 line of an account block with only the bank's lines between it and 账号：N is an organisation's, 'whose accounts notices publish by design'.")
write_text("n09_tuifu_person_account.txt", feishui("李秀兰", "中国农业银行杭州西湖支行", V["CARD3"],
                                                   "关于退付李秀兰多缴城市基础设施配套费的公告"), enc="gb18030")
label("n09_tuifu_person_account.txt", "block", ["bank_card"], [V["CARD3"]],
      f"Sibling of p10 where the 户名 is a person (李秀兰) and the 账号 {V['CARD3']} is a Luhn-valid 62… UnionPay number. "
      "README: 'An account whose holder (户名) is a person's name (two or three Han characters …) is a person's, so its number is a card'; bank_card severity block.")

# ---------------- p13: 合同/设备 product codes, VIN, standards ----------------
write_text("p13_shebei_codes.txt", f"""西湖区2026年公务用车及信息化设备采购合同公告

一、合同编号：HT-XH-20260315-008
二、项目编号：XHCG-2026-0208-011（采购计划备案号：{V['BAD6']}）
三、采购人：杭州市西湖区机关事务管理局，地址：杭州市西湖区文三路169号，联系电话：0571-87051234
四、供应商：浙江星辰汽车销售服务有限公司，统一社会信用代码：{V['U8']}
五、主要标的
1. 纯电动公务用车2辆：品牌型号 比亚迪 汉EV，车辆型号BYD7005BEVA，车辆识别代号（VIN）LGXC74C40M0123456、LGXC74C42M0123457，单价189,800元；按GA 36-2018《中华人民共和国机动车号牌》规定申领新能源号牌。
2. 网络摄像机40台：海康威视 DS-2CD3T47WD-L，单价1,260元；执行标准GB/T 28181-2022、GB 50348-2018。
3. 台式计算机60台：联想 ThinkCentre M90t，处理器 i7-13700，单价6,480元；国产操作系统 V10 SP3。
4. 公文排版软件授权1套：符合GB/T 9704-2012《党政机关公文格式》，软件版本 v10.0.3.1。
六、合同金额：人民币1,224,840元
七、履约期限及地点：合同签订后30日内交付至西湖区行政中心（G60沪昆高速留下出口东约2公里）
八、合同签订日期：20260315
九、质保期：车辆整车质保至20290315，动力电池首任车主终身质保

杭州市西湖区机关事务管理局
2026年3月16日
""")
label("p13_shebei_codes.txt", "pass", [], [],
      "UTF-8 text: contract notice with VINs, model codes (BYD7005BEVA, DS-2CD3T47WD-L), standard numbers (GA 36-2018, GB/T 9704-2012), "
      "a version number v10.0.3.1, a highway G60, dates 20260315 and an 18-digit 备案号 with a wrong ID check digit. No plate (no province+letter+5), "
      "findings.md internal_address: not 'clause and version numbers (… v10.0.3.1)'; company USCC not a finding.")

# ---------------- p15 / n10: 保密法 quotation ----------------
def baomifa(first=""):
    return first + """《中华人民共和国保守国家秘密法》学习摘要
（理论学习中心组2026年第3次集中学习材料，供各单位公开学习使用）

一、国家秘密的范围和密级
国家秘密的密级分为绝密、机密、秘密三级。
绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。

二、保密期限
国家秘密的保密期限，应当根据事项的性质和特点，按照维护国家安全和利益的需要，限定在必要的期限内；不能确定期限的，应当确定解密的条件。
国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。

三、国家秘密标志
国家秘密的载体以及属于国家秘密的设备、产品，应当做出国家秘密标志。不属于国家秘密的，不得做出国家秘密标志。

四、学习体会
各单位要坚持“上网不涉密、涉密不上网”，严格执行信息公开保密审查制度，既要防止泄露国家秘密，也要防止以保密为由不依法公开政府信息。同时要依法保护商业秘密和个人隐私。

中共杭州市西湖区委保密委员会办公室
2026年3月20日
"""
write_text("p15_baomifa_quote.txt", baomifa())
label("p15_baomifa_quote.txt", "pass", [], [],
      "UTF-8 text quoting the 保守国家秘密法 on 密级 (绝密、机密、秘密三级) and 保密期限 (绝密级不超过三十年…) in prose, no ★, no level heading the text. "
      "findings.md classified_marking covers GB/T 9704 markings (a level with ★, 密级：秘密, a bare level heading a document); README: 保守国家秘密法 and 商业秘密 are allow-list phrases; prose is no marking.")
write_text("n10_baomifa_marked.txt", baomifa("秘密★1年\n"))
label("n10_baomifa_marked.txt", "block", ["classified_marking"], [],
      "Sibling of p15 whose first line is the GB/T 9704 marking 秘密★1年. findings.md: classified_marking '秘密★1年' severity block.")

# ---------------- p18: 绝密档案解密展 news ----------------
write_text("p18_jiemizhan_news.txt", """“绝密档案”解密展在市档案馆开幕
2026-03-18 09:30　来源：杭州市档案馆　浏览次数：2356

3月18日，“红色记忆——馆藏解密档案专题展”在杭州市档案馆开幕。本次展览展出原为绝密级、机密级的历史档案复制件200余件，内容涉及新中国成立初期城市接管、经济恢复等重要史实。
据介绍，这批档案均已按照《中华人民共和国保守国家秘密法》《中华人民共和国档案法》及有关规定完成解密审核程序，经保密行政管理部门确认不再属于国家秘密后，方向社会开放。所谓“解密”，是指国家秘密的保密期限已满或者保密事项已不再需要保密，依法解除其密级的过程。
市档案馆负责人表示，档案开放要坚持“应开放尽开放”，同时严格执行“涉密不上网、上网不涉密”要求，对仍在保密期限内的档案一律不予开放。
展览免费向公众开放，展期至2026年6月30日。参观预约电话：0571-85012345，地址：杭州市上城区解放东路18号，邮编310016。
""", enc="gb18030")
label("p18_jiemizhan_news.txt", "pass", [], [],
      "GB18030 news whose title line starts with “绝密档案”解密展 and whose body names 绝密级、机密级 in prose. findings.md classified_marking needs a level with ★, "
      "密级：…, a bare level heading a document, or a level AND its period on the first line; the title is none of these (no period, not bare).")

# ---------------- p22 / n15: 网络安全培训通知 ----------------
def wangluo(extra=""):
    return f"""关于举办2026年全区政务网络安全和数据安全培训班的通知

各镇街、区级各部门：
为提升政务网站和政务新媒体安全防护水平，定于2026年4月9日举办全区政务网络安全和数据安全培训班。现将有关事项通知如下：

一、培训内容
1. 《网络安全等级保护基本要求》（GB/T 22239-2019）解读，重点讲解第10.1.2.3条安全区域边界要求和第8.1.4.3条访问控制条款；
2. 互联网出口安全配置：RFC 1918规定的私有地址段10.0.0.0/8、172.16.0.0/12、192.168.0.0/16及回环地址段127.0.0.0/8不得出现在对外发布的网页、附件和链接中，配置示例一律使用192.168.x.x等占位写法；
3. 域名解析安全：公共DNS（如114.114.114.114、223.5.5.5）使用注意事项；
4. 漏洞处置：以某内容管理系统v10.0.3.1版本补丁为例讲解应急响应流程。

二、培训时间和地点
2026年4月9日（星期四）上午9:00，西湖区行政中心二楼报告厅（杭州市西湖区文三路169号）。

三、报名方式
请各单位于4月3日前通过西湖区人民政府门户网站报名入口（https://www.hzxh.gov.cn/px/2026）报名。{extra}

联系人：区委网信办 孙工，联系电话：0571-87051234。

中共杭州市西湖区委网络安全和信息化委员会办公室
2026年3月25日
"""
write_text("p22_wangluo_training.txt", wangluo())
label("p22_wangluo_training.txt", "pass", [], [],
      "UTF-8 training notice naming the reserved ranges written whole (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 127.0.0.0/8), a placeholder 192.168.x.x, "
      "clause numbers 第10.1.2.3条 / 第8.1.4.3条, version v10.0.3.1, public DNS 114.114.114.114 and a public https URL. findings.md internal_address: "
      "'Not findings: the reserved ranges written whole …, placeholders (192.168.x.x), clause and version numbers (第10.1.2.3条, v10.0.3.1 …)'.")
write_text("n15_wangluo_intranet.txt", wangluo("区级部门也可登录政务内网培训系统（http://192.168.10.25:8080/px/）报名，系统管理员地址为10.33.1.20。"))
label("n15_wangluo_intranet.txt", "review", ["internal_address"], [],
      "Sibling of p22 adding an intranet registration URL http://192.168.10.25:8080/px/ and a host address 10.33.1.20. findings.md internal_address (review): "
      "'private … IPv4 … addresses, URLs of intranet hosts (… private IPs)'.")

# ---------------- p26: 农家书屋 ISBN ----------------
write_text("p26_isbn_booklist.txt", """西湖区2026年农家书屋出版物补充更新推荐书目

序号　书名　ISBN　出版单位　定价（元）
1　乡村振兴实践案例选编　978-7-5097-1234-5　社会科学文献出版社　58.00
2　农村电商运营实务　9787111712341　机械工业出版社　49.80
3　茶园绿色防控技术手册　978-7-109-30123-6　中国农业出版社　36.00
4　新时代文明实践工作指南　9787010245679　人民出版社　42.00
5　民法典与百姓生活　978-7-5216-2345-8　中国法制出版社　39.00
6　中国传统节日故事（少儿版）　9787559712349　北京联合出版公司　28.00

说明：
1. 书目依据《农家书屋出版物推荐目录（2026）》选定，图书在版编目（CIP）数据核字号如“（2026）第012345号”可在国家新闻出版署网站查询。
2. 各村（社区）农家书屋可于2026年4月30日前向区文旅局申领，联系电话：0571-87051234，电子邮件可发送至区文旅局公开邮箱。
3. 征订单编号：NJSW-2026-0315-017。
""")
label("p26_isbn_booklist.txt", "pass", [], [],
      "UTF-8 book list with 13-digit ISBNs with and without hyphens, CIP numbers, a 征订单编号, prices, landline. Nothing in findings.md's categories "
      "(ISBNs are 13 digits: no mobile 号段 11-digit value, no 16–19 digit Luhn card, no 18-char ID).")

# ---------------- p41 / n21: 因公出国 公示 ----------------
def chuguo(passport=False):
    p1 = f"（因公普通护照号码：{V['PASSPORTS'][0]}）" if passport else ""
    p2 = f"（护照号：{V['PASSPORTS'][1]}）" if passport else ""
    return f"""杭州市西湖区人民政府外事办公室
关于西湖区经贸代表团赴德国、荷兰开展经贸交流的公示

根据因公临时出国（境）管理有关规定，现将出访团组情况公示如下：

一、团组名称：西湖区经贸代表团
二、出访国家：德国、荷兰
三、出访时间：2026年5月10日至5月17日（共8天，含往返国际旅途时间）
四、出访任务：出席汉堡国际数字贸易博览会，拜会荷兰埃因霍温市政府，推介西湖区数字经济产业项目
五、团组人员：
1. 王志刚　西湖区人民政府副区长（团长）{p1}
2. 陈丽华　西湖区商务局局长{p2}
3. 赵明　西湖区发展和改革局副局长
4. 林晓　西湖区人民政府外事办公室一级科员（翻译）
六、邀请单位：汉堡国际数字贸易博览会组委会
七、经费预算及来源：约28.6万元，区级财政预算安排

公示时间：2026年4月20日至4月24日。如有异议，请在公示期内向区纪委区监委驻区政府办纪检监察组反映。
联系电话：0571-87051234，来信地址：杭州市西湖区文三路169号（邮编310012）
"""
write_text("p41_chuguo_gongshi.txt", chuguo(), enc="gb18030")
label("p41_chuguo_gongshi.txt", "pass", [], [],
      "GB18030 因公出国（境）团组公示 with officials' names, posts, dates and budget; no document numbers. Officials' names and posts are not a category in findings.md; "
      "the only number types are dates, a landline and a 邮编.")
write_text("n21_chuguo_passport.txt", chuguo(True), enc="gb18030")
label("n21_chuguo_passport.txt", "review", ["passport"], V["PASSPORTS"],
      f"Sibling of p41 giving two passport numbers after their keywords (因公普通护照号码：{V['PASSPORTS'][0]}, 护照号：{V['PASSPORTS'][1]}). "
      "findings.md passport (review): 'passport … numbers next to their keyword'.")

# ---------------- p42 / r01: 高考保密 news ----------------
def gaokao(quote):
    mark = "逐袋核验试卷袋上“绝密★启用前”标识和密封条完好情况" if quote else "逐袋核验试卷袋上的密级标识和密封条完好情况"
    return f"""2026年高考试卷安全运抵我区　保密室实行24小时双人值守
2026-06-05　来源：西湖区教育局

6月5日上午，2026年普通高校招生全国统一考试试卷在公安民警全程押运下安全运抵我区试卷保密室。区招生委员会办公室工作人员会同公安、纪检监察人员按照规定程序，{mark}，清点无误后入库保管。
据了解，我区高考试卷保密室配备一键报警、视频监控和24小时值守系统，实行“双人双锁、双人值守”，考试期间试卷的保管、分发和回收全程留痕。国家教育统一考试在启用前的试题、参考答案和评分标准属于国家秘密，任何单位和个人不得泄露。
区教育局提醒广大考生和家长，不信谣、不传谣，如发现涉考违规线索，可拨打教育考试举报电话0571-87051234或12345政务服务热线反映。
"""
write_text("p42_gaokao_news.txt", gaokao(False))
label("p42_gaokao_news.txt", "pass", [], [],
      "UTF-8 news about securing 高考 papers; mentions 密级标识 and 国家秘密 in prose but no level word with ★ and no period. "
      "findings.md classified_marking lists none of this; 12345 and landlines are not findings.")
write_text("r01_gaokao_quote_star.txt", gaokao(True))
label("r01_gaokao_quote_star.txt", "review", ["classified_marking"], [],
      "Same news quoting the exam-paper marking “绝密★启用前” inside a sentence. README (context model): 'a full marking inside a sentence goes to a human "
      "(review, not block: … a marking quoted whole, its period in words included: 核验试卷袋上“绝密★启用前”标识)'. Public, but the docs send it to a person.")

# ---------------- r02: training text showing an introduced example ----------------
write_text("r02_dingmi_example.txt", """国家秘密标志标注规范（培训讲义节选）

一、标注位置
国家秘密标志由密级和保密期限组成，标注在公文首页版心左上角第二行。

二、标注要求
密级与保密期限之间用“★”隔开，保密期限中的数字用阿拉伯数字标注。

三、标注示例
机密★5年
（上例表示该文件为机密级国家秘密，保密期限为5年。）

四、注意事项
不属于国家秘密的信息，不得标注国家秘密标志；涉密文件严禁在互联网上发布。
""")
label("r02_dingmi_example.txt", "review", ["classified_marking"], [],
      "Training text whose third section shows 机密★5年 alone on a line, introduced by 三、标注示例 and explained by （上例表示…）. README: a marking "
      "'alone on its line below the first that an explainer shows as an example: the line before introduces it (三、标注示例 …) or the line after explains it "
      "(（上例表示…）) — that goes to a person (classified_marking.example, review)'.")

if __name__ == "__main__":
    json.dump(LABELS, open(os.path.join(HERE, "labels_text.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(LABELS), "text files")
