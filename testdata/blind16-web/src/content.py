"""content: article bodies of ordinary government publications (all synthetic)."""
from synth import uscc, card, luhn_ok

DISTRICTS = ["海淀区", "朝阳区", "西城区", "浦东新区", "西湖区", "南山区", "玄武区", "锦江区"]
UNITS = ["区发展和改革委员会", "区生态环境局", "区教育委员会", "区市场监督管理局", "区住房和城乡建设委员会",
         "区统计局", "区人力资源和社会保障局", "区应急管理局", "区卫生健康委员会", "区财政局"]
COMPANIES = ["北京青松环境工程有限公司", "上海明远信息技术有限公司", "杭州禾丰建设集团有限公司",
             "深圳蓝海智能科技股份有限公司", "南京江宁市政工程有限公司", "成都蜀安消防设备有限公司",
             "北京华清检测技术有限公司", "浙江正衡造价咨询有限公司"]


def landline(rng):
    return rng.choice(["010-", "021-", "0571-", "0755-", "025-", "028-"]) + str(rng.randint(5, 8)) + "".join(
        str(rng.randint(0, 9)) for _ in range(7))


def p(t, cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "<p%s>%s</p>\n" % (c, t)


def notice(rng, d, unit):
    y = d[:4]
    no = rng.randint(3, 48)
    return (
        p("各街道办事处、各委办局：", "noindent") +
        p("为切实做好%s年冬春季火灾防控工作，有效防范和遏制重特大火灾事故发生，根据《中华人民共和国消防法》和市政府有关工作部署，经研究，决定在全区范围内开展冬季消防安全检查。现将有关事项通知如下：" % y) +
        p("<strong>一、检查时间</strong>") +
        p("%s年12月10日至%d年2月28日。" % (y, int(y) + 1)) +
        p("<strong>二、检查范围</strong>") +
        p("人员密集场所、高层建筑、大型商业综合体、老旧小区、“三合一”场所、电动自行车集中停放充电场所等。") +
        p("<strong>三、工作要求</strong>") +
        p("（一）各单位要落实消防安全主体责任，组织开展自查自改，建立隐患台账，明确整改时限。") +
        p("（二）各街道要加强宣传引导，通过社区公告栏、微信公众号等渠道普及消防安全常识。") +
        p("（三）检查中发现的重大火灾隐患，要及时报告，依法查处。") +
        p("联系人：%s防火监督科，联系电话：%s（工作日 9:00—17:00）。" % (unit, landline(rng))) +
        p("附件：<a href=\"/attach/%s/P0%d%d.xlsx\">冬季消防安全检查任务分解表.xlsx</a>" % (d.replace("-", ""), no, rng.randint(100, 999))) +
        p(unit, "right") + p(d.replace("-", "年", 1).replace("-", "月") + "日", "right") +
        p("（此件公开发布）")
    )


def news(rng, d, unit):
    n = rng.randint(12, 60)
    return (
        p("%s上午，%s组织召开全区优化营商环境工作推进会，总结前一阶段工作成效，部署下一步重点任务。区政府相关负责同志出席会议并讲话。" % (d[5:].replace("-", "月") + "日", unit)) +
        p("会议指出，今年以来，全区持续深化“放管服”改革，政务服务事项网上可办率达到%d.%d%%，企业开办时间压缩至%d个工作日以内，新增市场主体%d户，同比增长%d.%d%%。" % (
            rng.randint(95, 99), rng.randint(0, 9), rng.randint(1, 3), rng.randint(8000, 30000), rng.randint(3, 15), rng.randint(0, 9))) +
        p("会议强调，要聚焦企业和群众反映强烈的难点堵点问题，持续推进“一件事一次办”，完善12345热线诉求快速响应机制，推动各项惠企政策直达快享。") +
        p("会上，%d个部门和街道作了交流发言。" % rng.randint(3, 8)) +
        p("<img src=\"/images/%s/W0%s.jpg\" alt=\"全区优化营商环境工作推进会现场\" width=\"600\">" % (d.replace("-", ""), rng.randint(10**9, 10**10 - 1)), "pic")
    )


def jiedu(rng, d, unit):
    return (
        p("<strong>一、出台背景</strong>") +
        p("为贯彻落实国务院关于进一步优化营商环境的决策部署，支持中小微企业健康发展，%s会同有关部门起草了《关于支持中小微企业稳岗扩岗的若干措施》（以下简称《若干措施》）。" % unit) +
        p("<strong>二、主要内容</strong>") +
        p("《若干措施》共四个方面十六条，主要包括：一是加大稳岗返还力度，对不裁员或少裁员的参保企业，按企业上年度实际缴纳失业保险费的%d%%返还；二是发放一次性扩岗补助，每招用1名高校毕业生补助1500元；三是降低融资成本；四是优化服务保障。" % rng.choice([60, 90])) +
        p("<strong>三、适用对象</strong>") +
        p("在本区依法登记注册、依法纳税的中小微企业和个体工商户。") +
        p("<strong>四、问：企业如何申请稳岗返还？</strong>") +
        p("答：符合条件的企业无需申请，由系统比对后直接发放（“免申即享”）。企业可通过政务服务网“稳岗返还”专栏查询，咨询请拨打12333。") +
        p("<strong>五、解读机关及解读人</strong>") +
        p("解读机关：%s；解读人：就业促进科负责同志。" % unit) +
        p("相关文件：<a href=\"/zwgk/zcwj/%s/t%s_4%d.html\">关于支持中小微企业稳岗扩岗的若干措施</a>" % (d[:7].replace("-", ""), d.replace("-", ""), rng.randint(100000, 999999)))
    )


def gongshi_companies(rng, d, unit):
    rows = ""
    for i, c in enumerate(rng.sample(COMPANIES, 5), 1):
        rows += "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (i, c, uscc(rng), rng.choice(["A级", "B级", "AA级"]))
    return (
        p("根据《企业环境信用评价办法》，经企业自评、现场核查和部门会审，拟确定以下企业%s年度环境信用评价等级，现予以公示。" % d[:4]) +
        "<table class=\"gs-table\" border=\"1\" cellspacing=\"0\"><thead><tr><th>序号</th><th>企业名称</th><th>统一社会信用代码</th><th>评价等级</th></tr></thead>\n<tbody>\n" + rows + "</tbody></table>\n" +
        p("公示期：%s至%s（5个工作日）。公示期间，如对公示内容有异议，请以书面形式向%s反映，联系电话：%s，电子邮箱：hbj_xyc@%s.gov.cn。" % (d, d, unit, landline(rng), rng.choice(["bjhd", "hzxh", "szns"])))
    )


def gongshi_masked(rng, d, unit, ids):
    rows = ""
    names = ["张某某", "李某", "王某某", "刘某", "陈某某", "赵某"]
    for i in range(5):
        v = ids[i]
        rows += "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (
            i + 1, names[i], v[:6] + "********" + v[-4:], rng.choice(["139****", "138****", "187****"]) + "%04d" % rng.randint(0, 9999),
            rng.choice(["公共管理岗", "社区服务岗", "保洁绿化岗"]))
    return (
        p("根据《%s公益性岗位开发管理办法》，现将%s年第四批公益性岗位拟安置人员名单公示如下（个人信息已作脱敏处理）：" % (unit, d[:4])) +
        "<table border=\"1\"><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>联系电话</th><th>安置岗位</th></tr>\n" + rows + "</table>\n" +
        p("公示时间：7个工作日。监督电话：%s。" % landline(rng))
    )


def stats(rng, d, unit):
    rows = ""
    for name in ["地区生产总值（亿元）", "规模以上工业增加值（亿元）", "社会消费品零售总额（亿元）", "固定资产投资（亿元）", "一般公共预算收入（亿元）", "城镇居民人均可支配收入（元）"]:
        v = rng.randint(100, 9999) + rng.randint(0, 99) / 100 if "元）" not in name[-3:] or "亿" in name else rng.randint(60000, 99999)
        rows += "<tr><td>%s</td><td>%s</td><td>%s%.1f</td></tr>\n" % (name, v, rng.choice(["", "-"]), rng.randint(0, 120) / 10)
    return (
        p("%s年1—%d月，全区经济运行总体平稳、稳中有进。主要指标如下：" % (d[:4], rng.randint(9, 11))) +
        "<table border=\"1\" class=\"tj\"><tr><th>指标</th><th>绝对值</th><th>同比增长（%）</th></tr>\n" + rows + "</table>\n" +
        p("注：1.地区生产总值按现价计算，增长速度按不变价计算。2.部分数据因四舍五入，分项合计与总计略有差异。") +
        p("数据来源：%s。统计咨询电话：%s。" % (unit, landline(rng)))
    )


def procurement(rng, d, unit):
    co = rng.choice(COMPANIES)
    proj = "%s-%s-%03d" % (rng.choice(["HDCG", "XHZC", "NSCG", "PDJZ"]), d[:4], rng.randint(1, 400))
    # Half of the settlement accounts are Luhn-valid on purpose: a company's account is not a card.
    acct = card(rng, "0200", 19) if rng.random() < 0.5 else "0200" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    return (
        p("<strong>一、项目编号：</strong>%s" % proj) +
        p("<strong>二、项目名称：</strong>%s办公楼物业管理服务采购项目" % unit) +
        p("<strong>三、中标（成交）信息</strong>") +
        p("供应商名称：%s<br>统一社会信用代码：%s<br>供应商地址：%s科技园路%d号%d层<br>中标（成交）金额：%d.%02d万元（人民币）" % (
            co, uscc(rng), rng.choice(["北京市海淀区", "杭州市西湖区", "深圳市南山区"]), rng.randint(1, 300), rng.randint(2, 20), rng.randint(80, 900), rng.randint(0, 99))) +
        p("<strong>四、主要标的信息</strong>") +
        "<table border=\"1\"><tr><th>服务名称</th><th>服务范围</th><th>服务要求</th><th>服务时间</th><th>服务标准</th></tr>" +
        "<tr><td>物业管理服务</td><td>办公楼保洁、秩序维护、设备运维</td><td>详见采购文件</td><td>%s年1月1日至12月31日</td><td>合格</td></tr></table>\n" % (int(d[:4]) + 1) +
        p("<strong>五、评审专家名单：</strong>评审委员会由5名专家组成（名单详见采购文件存档，依法不予公开个人联系方式）。") +
        p("<strong>六、代理服务收费标准及金额：</strong>参照原国家计委计价格〔2002〕1980号文件标准收取，金额%d.%02d万元。" % (rng.randint(1, 5), rng.randint(0, 99))) +
        p("<strong>七、凡对本次公告内容提出询问，请按以下方式联系。</strong>") +
        p("1.采购人信息<br>名称：%s<br>地址：%s政务服务中心%d层<br>联系方式：%s" % (unit, rng.choice(DISTRICTS), rng.randint(2, 9), landline(rng))) +
        p("2.采购代理机构信息<br>名称：%s<br>地址：%s<br>联系方式：%s<br>统一社会信用代码：%s" % (
            "北京国信招标有限公司", "北京市西城区金融街%d号" % rng.randint(1, 40), landline(rng), uscc(rng))) +
        p("3.投标保证金退还账户<br>户名：北京国信招标有限公司<br>开户银行：中国工商银行北京金融街支行<br>账号：%s" % acct)
    )


BODIES = {"notice": notice, "news": news, "jiedu": jiedu, "gongshi": gongshi_companies, "stats": stats,
          "procurement": procurement}
