"""Probe documents whose expected verdict is pass (traps that must not fire)."""
from lib import (P, Praw, paras, odt_table, fodt, fods, make_id, make_bad_id, make_card, make_bad_card,
                 make_mobile, make_digits_not_luhn, mask_id, mask_mobile, luhn_ok, id_check, escape)

DOCS = []


def doc(file, kind, src, verdict, cats, raw, note, **extra):
    DOCS.append(dict(file=file, kind=kind, src=src, verdict=verdict, cats=cats, raw=raw, note=note, **extra))


# q47: 政府信息公开工作年度报告 with law quotes.
doc("q47_xxgk_nianbao.txt", "txt", """西湖区民政局2024年政府信息公开工作年度报告

    本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在西湖区人民政府门户网站（https://www.hzxh.gov.cn）下载。如对本报告有疑问，请与西湖区民政局办公室联系（地址：杭州市西湖区文三路456号；邮编：310012；电话：0571-87011234；电子邮箱：xhmzj@hzxh.gov.cn）。

一、总体情况
    2024年，我局坚持“以公开为常态、不公开为例外”，全年主动公开政府信息326条，其中政策文件12件、政策解读9篇、社会救助信息138条。
    在公开审查方面，严格落实“先审查、后公开”和“一事一审”制度，坚持“上网不涉密，涉密不上网”，严格依照《中华人民共和国保守国家秘密法》做好定密和公开前保密审查。根据保守国家秘密法，国家秘密的密级分为绝密、机密、秘密三级，对涉及国家秘密、商业秘密和个人隐私的信息，依法不予公开。
    在制度建设方面，修订完善内部控制制度，配合区审计局完成内部审计整改，保密工作会议每季度召开一次。

二、依申请公开情况
    全年收到政府信息公开申请47件，其中当面申请5件、网络申请38件、信函申请4件。办结47件，予以公开29件，部分公开6件，不予公开（属于国家秘密）0件，无法提供9件，不予处理3件。

三、行政复议、行政诉讼情况
    因政府信息公开被申请行政复议1件，结果维持；被提起行政诉讼0件。

四、存在的主要问题及改进情况
    一是主动公开的及时性有待提升；二是政策解读形式较为单一。2025年我局将加强业务培训，推行图解、视频等多样化解读形式。
""", "pass", ["email"], [],
    "年度报告: 保守国家秘密法, the three 密级 quoted as law, 上网不涉密涉密不上网, 商业秘密, 内部控制, 内部审计, 保密工作会议, agency landline and mailbox (email is info)")

# q48 (PDF): a published penalty decision, properly masked.
_masked_id = mask_id(make_id("330106", 1985, 2, 11))
_masked_m = mask_mobile(make_mobile("138"))
doc("q48_chufa_gongshi.pdf", "pdf", fodt(body=
    P("行政处罚决定信息公开表", "Title") + odt_table([
        ["行政处罚决定书文号", "西市监处罚〔2025〕156号"],
        ["案件名称", "张某某销售不合格电动自行车充电器案"],
        ["违法主体名称", "张某某（个体工商户：杭州西湖某某电器商行）"],
        ["统一社会信用代码", "92330106MA2H4K7Q3U"],
        ["法定代表人（负责人）", "张某某"],
        ["身份证件号码", _masked_id],
        ["联系电话", _masked_m],
        ["主要违法事实", "当事人于2024年11月至2025年1月销售经抽检不合格的电动自行车充电器共计86只，货值金额4,472元，违法所得1,118元。"],
        ["行政处罚依据", "《中华人民共和国产品质量法》第四十九条"],
        ["行政处罚内容", "没收违法所得1,118元，并处罚款8,944元"],
        ["作出处罚决定日期", "2025年3月21日"],
        ["作出处罚决定机关", "杭州市西湖区市场监督管理局"],
    ], name="公开表", header=False)),
    "pass", [], [], "masked ID (330106********nnnn), masked mobile (138****nnnn), 张某某, a 个体工商户 USCC 92…")

# q49 (HTML): hotlines and agency landlines.
doc("q49_bianmin_rexian.html", "html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>西湖区便民服务热线一览表</title></head>
<body>
<h1>西湖区便民服务热线一览表</h1>
<p>更新日期：2025年6月1日</p>
<table border="1" cellpadding="4">
<tr><th>服务事项</th><th>热线号码</th><th>受理时间</th></tr>
<tr><td>政务服务便民热线</td><td>12345</td><td>24小时</td></tr>
<tr><td>生态环境问题举报</td><td>12369</td><td>24小时</td></tr>
<tr><td>消费者投诉举报</td><td>12315</td><td>8:30-17:00</td></tr>
<tr><td>价格举报</td><td>12358</td><td>8:30-17:00</td></tr>
<tr><td>劳动保障维权</td><td>12333</td><td>8:30-17:00</td></tr>
<tr><td>供电服务</td><td>95598</td><td>24小时</td></tr>
<tr><td>燃气抢修</td><td>0571-96777</td><td>24小时</td></tr>
<tr><td>西湖区行政服务中心</td><td>0571-87012345</td><td>工作日 9:00-17:00</td></tr>
<tr><td>西湖区民政局社会救助科</td><td>0571-87011890 转 8012</td><td>工作日</td></tr>
<tr><td>西湖区卫生健康局（传真）</td><td>（0571）87016543</td><td>工作日</td></tr>
<tr><td>疫苗接种咨询</td><td>400-826-1200</td><td>工作日</td></tr>
</table>
<p>来信地址：杭州市西湖区文三路456号，邮政编码310012。</p>
</body></html>
""", "pass", [], [], "hotlines 12345/12369/12315/12358/12333/95598, agency landlines with area code, extension, fax, a 400 number, a postcode")

# q50 (PDF): tender notice with a company deposit account (20 digits) and USCC.
_acct50 = make_digits_not_luhn("3305016162", 20)
doc("q50_zhaobiao_gonggao.pdf", "pdf", fodt(body=
    P("西湖区智慧城管平台升级改造项目公开招标公告", "Title") + paras(f"""
项目编号：XHCG-2025-0137
项目名称：西湖区智慧城管平台升级改造项目
预算金额：486.50万元（人民币肆佰捌拾陆万伍仟元整）
最高限价：486.50万元
采购需求：平台软件版本由V3.2.1升级至V4.0，服务期三年。
获取招标文件时间：2025年6月9日至2025年6月16日。
投标截止时间：2025年7月1日9:30。
投标保证金：人民币伍万元整（¥50,000.00）。
保证金账户户名：杭州某某招标代理有限公司
开户银行：中国建设银行股份有限公司杭州西湖支行
账号：{_acct50}
采购人：杭州市西湖区城市管理局，联系方式：0571-87035612。
采购代理机构：杭州某某招标代理有限公司（统一社会信用代码：91330106MA27XKQ2R5），联系方式：0571-88213366，电子邮箱：zbdl@163.com。
本公告同时在浙江政府采购网（https://zfcg.czt.zj.gov.cn）发布。
""", "Body")), "pass", ["email"], [],
    "招标公告: company deposit account (20 digits, 户名 a company), USCC, budget amounts, version numbers, landlines, a company mailbox, public URL")

# q51: deposit refund notice with a company account that happens to pass Luhn.
_acct51a = make_card("1202021209", 19)
_acct51b = make_digits_not_luhn("33001616", 18)
_acct51c = make_digits_not_luhn("19045101", 17)
assert luhn_ok(_acct51a)
doc("q51_baozhengjin_tuihuan.txt", "txt", f"""关于退还西湖区2025年道路保洁服务项目投标保证金的公告

    西湖区2025年道路保洁服务项目已于2025年5月28日完成中标公告。根据招标文件约定，现将未中标单位投标保证金予以退还（不计利息），退还信息如下：

    1. 户名：杭州某某环境卫生服务有限公司
       开户行：中国工商银行杭州西湖支行
       账号：{_acct51a}
       退还金额：30,000.00元
    2. 户名：浙江某某物业管理有限公司
       开户行：中国建设银行杭州城西支行
       账号：{_acct51b}
       退还金额：30,000.00元
    3. 户名：杭州某某市政工程有限公司
       开户行：中国农业银行杭州留下支行
       账号：{_acct51c}
       退还金额：30,000.00元

    如有疑问，请于工作日与西湖区公共资源交易中心财务科联系，电话：0571-87010369。

西湖区公共资源交易中心
2025年6月4日
""", "pass", [], [],
    "hard trap: company settlement accounts next to 户名：…有限公司; account 1 is a 19-digit number that happens to pass Luhn (a company account, not a person's card)")

# q52 (XLSX): statistics with long numbers that fail the checksums.
_bad_ids = [make_bad_id() for _ in range(3)]
_bad_cards = [make_bad_card("622202", 19), make_bad_card("621700", 19), make_bad_card("436742", 16)]
for b in _bad_ids:
    assert id_check(b[:17]) != b[-1]
doc("q52_jingji_tongji.xlsx", "xlsx", fods([{
    "name": "主要经济指标", "wide": {0, 1},
    "rows": [
        [{"v": "2025年1—5月西湖区主要经济指标", "span": 4}],
        ["指标", "统计编码", "本期数", "同比增长（%）"],
        ["地区生产总值（万元）", _bad_ids[0], 10864520, 6.1],
        ["规上工业增加值（万元）", _bad_ids[1], 1328764, 5.4],
        ["固定资产投资（万元）", _bad_ids[2], 4216683, -2.3],
        ["社会消费品零售总额（万元）", _bad_cards[0], 5120937, 4.8],
        ["一般公共预算收入（万元）", _bad_cards[1], 1843208, 3.2],
        ["数字经济核心产业增加值（万元）", _bad_cards[2], 3382015, 8.7],
        ["城镇常住居民人均可支配收入（元）", "330106000000000000", 38765, 4.5],
    ]}]), "pass", [], [],
    "statistics; 统计编码 column holds 18-digit numbers that look like IDs but fail the GB 11643 check digit and 19/16-digit numbers that fail Luhn")

# q53 (DOCX): 保密工作会议纪要 with 机要科, 密切配合 and metadata.
doc("q53_baomi_jiyao.docx", "docx", fodt(
    meta={"title": "2025年第二季度保密工作会议纪要", "creator": "区委办公室 机要科", "subject": "会议纪要"},
    body=P("2025年第二季度保密工作会议纪要", "Title") + paras("""
2025年6月6日上午，区委保密委员会在区行政中心召开2025年第二季度保密工作会议。区委保密委员会各成员单位分管负责人、机要科全体人员参加会议。
会议传达学习了新修订的《中华人民共和国保守国家秘密法》及其实施条例，通报了上半年全区保密检查情况。
会议强调：一是严格落实“上网不涉密，涉密不上网”要求，加强政府网站信息发布前保密审查；二是机要科要做好文件收发、传递和清退工作；三是各部门要密切配合，加强内部控制和内部审计，完善定密、解密工作流程；四是企业商业秘密保护纳入营商环境建设。
会议通报，上半年检查发现个别单位存在机密文件未按规定登记、非涉密计算机处理涉密信息等问题，已责令整改。会议要求，各单位于6月底前完成涉密人员年度保密教育培训，加强内部资料管理。
""", "Body") + P("中共西湖区委保密委员会办公室", "Right") + P("2025年6月9日", "Right")),
    "pass", ["metadata"], [],
    "保密工作会议纪要: 机要科, 密切配合, 保守国家秘密法, 涉密不上网, 内部控制/审计, 定密, 商业秘密, and prose '机密文件未按规定登记' and '加强内部资料管理'; docProps creator/title set (metadata is info)")

# q54 (HTML): 公示 with 文号, dates, money, versions and public URLs.
doc("q54_xiangmu_gongshi.html", "html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2025年第一批区级科技计划项目立项公示</title>
<meta name="generator" content="TRS WCM 7.0.12"></head>
<body>
<h1>2025年第一批区级科技计划项目立项公示</h1>
<p>根据《西湖区科技计划项目管理办法》（西政办发〔2023〕15号）和《关于组织申报2025年度区级科技计划项目的通知》（西科发〔2025〕3号）要求，经专家评审、现场核查，拟对以下12个项目予以立项，资助资金共计386万元。</p>
<table border="1" cellpadding="4">
<tr><th>项目编号</th><th>项目名称</th><th>承担单位</th><th>资助金额（万元）</th></tr>
<tr><td>2025XHKJ0101</td><td>基于大模型的政务文书智能校对系统</td><td>杭州某某信息技术有限公司</td><td>50</td></tr>
<tr><td>2025XHKJ0102</td><td>城市内涝数字孪生预警平台 V2.0</td><td>浙江某某科技股份有限公司</td><td>45</td></tr>
<tr><td>2025XHKJ0103</td><td>茶园病虫害绿色防控技术研究与示范</td><td>某某农业科学研究院</td><td>30</td></tr>
</table>
<p>公示期为2025年6月10日至2025年6月16日（5个工作日）。依据《国务院办公厅关于推进政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号），详见 <a href="https://www.gov.cn/zhengce/content/2019-10/08/content_5437092.htm">https://www.gov.cn/zhengce/content/2019-10/08/content_5437092.htm</a>。</p>
<p>系统兼容性说明：申报系统支持 Windows 10 版本 10.0.19045 及以上、Chrome 120.0.6099.130 及以上浏览器。</p>
<p>监督电话：0571-87036109。</p>
<p style="text-align:right">西湖区科学技术局<br>2025年6月10日</p>
</body></html>
""", "pass", [], [],
    "文号 〔2025〕, project numbers, money, dates, a gov.cn URL, version numbers 10.0.19045 and 120.0.6099.130 (not IPs)")

# q55 (DOCX): a 信访 reply with the person masked.
doc("q55_xinfang_dafu.docx", "docx", fodt(body=
    P("信访事项处理意见书", "Title") + P("西环信复〔2025〕21号", "Center") + paras(f"""
张某某：
你于2025年5月8日通过12345政务服务便民热线反映西湖区转塘街道某餐饮店油烟扰民问题（信访件编号：XF330106202505080147），我局已受理。经调查，现答复如下：
经我局执法人员于5月12日现场检查，该餐饮店油烟净化设施未正常运行。我局已责令其立即整改，并于5月20日复查，油烟排放监测结果为1.2mg/m³，符合《饮食业油烟排放标准》要求。
你留存的联系电话{mask_mobile(make_mobile('139'))}已于5月21日回访，你对处理结果表示满意。
如对本处理意见不服，可以自收到本意见书之日起30日内向杭州市生态环境局西湖分局的上一级机关请求复查。
""", "Body") + P("杭州市生态环境局西湖分局", "Right") + P("2025年5月22日", "Right")),
    "pass", [], [], "信访答复 with 张某某, a masked mobile, the 12345 hotline and a 信访件编号 built on region code + date")

# q56 (XLSX): enterprise list with USCCs and landlines.
doc("q56_qiye_mingdan.xlsx", "xlsx", fods([{
    "name": "企业名单", "wide": {1, 2},
    "rows": [
        [{"v": "2025年西湖区“专精特新”中小企业认定名单", "span": 5}],
        ["序号", "企业名称", "统一社会信用代码", "法定代表人", "联系电话"],
        [1, "杭州某某光电科技有限公司", "91330106MA2B1K3H8W", "钟某某", "0571-85127733"],
        [2, "浙江某某生物医药有限公司", "91330106MA27Y0R57P", "魏某某", "0571-88916502"],
        [3, "杭州某某智能装备股份有限公司", "913301067909873541", "严某某", "0571-86593108"],
        [4, "杭州某某软件有限公司", "91330106MA2H0LQ61D", "吕某某", "0571-89712560"],
    ]}]), "pass", [], [], "统一社会信用代码 (incl. an all-digit 913301067909873541), landlines, masked legal representatives")

# q57: GBK-encoded clean traffic notice.
doc("q57_jiaotong_tonggao.txt", "txt", """杭州市公安局西湖区分局
关于西溪路部分路段实施交通管制的通告

    因西溪路综合改造工程施工需要，根据《中华人民共和国道路交通安全法》第三十九条之规定，决定对西溪路部分路段实施交通管制。现通告如下：
    一、管制时间：2025年6月15日0时至2025年12月31日24时。
    二、管制路段：西溪路（紫金港路至古墩路）。
    三、管制措施：管制路段实行东向西单向通行，禁止大型货车通行。途经车辆请绕行文一西路、天目山路。
    四、公交线路调整信息请关注“杭州公交”官方发布。
    五、违反本通告规定的，公安机关交通管理部门将依法处理。
    特此通告。
    交通违法举报电话：12122。

杭州市公安局西湖区分局
2025年6月8日
""", "pass", [], [], "clean 通告 saved as GBK (no BOM); tests decoding without false hits", encoding="gbk")

# q58 (HTML): 保密宣传 article quoting the law on 密级.
doc("q58_baomi_xuanchuan.html", "html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>保密宣传月｜国家秘密知多少</title></head>
<body>
<h1>保密宣传月｜国家秘密知多少</h1>
<p>今年5月是全国保密宣传教育月。国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。</p>
<p>《中华人民共和国保守国家秘密法》第十三条规定：国家秘密的密级分为绝密、机密、秘密三级。绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。</p>
<p>国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。</p>
<p>机关、单位应当坚持“上网不涉密，涉密不上网”，在对外发布信息前做好保密审查。同时，也要注意区分国家秘密与工作秘密、商业秘密、个人隐私的不同，依法妥善处理。</p>
<p>（来源：西湖区委保密办）</p>
</body></html>
""", "pass", [], [],
    "保密宣传 article quoting 保密法 第十三条 and 保密期限: 绝密级/机密级/秘密级国家秘密 in prose, 工作秘密 named as a concept")

# q59 (XLSX): a public list with properly masked IDs and mobiles.
doc("q59_dibao_gongshi.xlsx", "xlsx", fods([{
    "name": "低保公示", "wide": {2},
    "rows": [
        [{"v": "西湖区2025年6月新增最低生活保障对象公示", "span": 6}],
        ["序号", "户主姓名", "身份证号码", "联系电话", "保障人数", "月保障金（元）"],
    ] + [[i + 1, n, mask_id(make_id("330106")), mask_mobile(make_mobile()), k, k * 1165]
         for i, (n, k) in enumerate([("戚某某", 2), ("卢某某", 1), ("邬某某", 3), ("管某某", 1)])]
}]), "pass", [], [], "低保 public list: names 某某, IDs 330106********nnnn, mobiles 1xx****nnnn")

# q60 (TXT): a recruitment notice with 报名序号, age limits and an email.
doc("q60_zhaopin_jianzhang.txt", "txt", """西湖区2025年公开招聘中小学教师简章

    一、招聘计划：面向2025年普通高校应届毕业生招聘中小学教师85名，其中语文18名、数学16名、英语12名、科学10名、其他学科29名。
    二、报名条件：1990年6月1日以后出生（研究生学历的可放宽至1987年6月1日以后出生）；具有相应学科教师资格证书。
    三、报名方式：登录“西湖区教育人才网”（https://jyrc.hzxh.gov.cn）填写报名信息，系统自动生成报名序号（如2025060100123）。
    四、考试安排：笔试定于2025年6月28日举行，满分100分，笔试成绩占40%、面试成绩占60%。
    五、咨询方式：西湖区教育局人事科，电话：0571-87025530、0571-87025531；邮箱：xhjyrs@hzxh.gov.cn。
    六、监督举报：西湖区纪委监委驻区教育局纪检监察组，电话：0571-87025599。
""", "pass", ["email"], [], "招聘简章: birth-date limits, 13-digit 报名序号, landlines, agency mailbox, public URL")
