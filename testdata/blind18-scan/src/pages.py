"""The page pictures of blind18-scan: what each scan shows."""
from common import (RNG, SANS, SANS_BOLD, SERIF, SERIF_BOLD, WQY, Page, make_card, make_id,
                    make_mobile, make_name, pt, rect_stamp, stamp)

RAW = {}  # picture name -> raw personal values it shows


def redhead(p, org="江东市应急管理局文件", no="江应急〔2026〕17号"):
    p.text(org, size=26, path=SERIF_BOLD, color=(210, 20, 20), align="center", gap=0.6)
    p.text(no, size=14, path=SERIF, align="center", gap=0.3)
    p.redline()


def marking_notice(dpi=150, level="机密★5年", serial="000086", urgency="特急", head=True, stamp_over=None):
    p = Page(dpi)
    if serial:
        p.text(serial, size=15, path=SANS, gap=0.4)
    if level:
        p.text(level, size=15, path=SANS_BOLD, gap=0.4)
    if urgency:
        p.text(urgency, size=15, path=SANS_BOLD, gap=0.6)
    if head:
        redhead(p)
    p.text("关于印发《江东市2026年防汛应急预案》的通知", size=20, path=SERIF_BOLD, align="center", gap=0.9)
    p.text("各区县应急管理局，市有关单位：", size=15, indent=0)
    p.para("现将《江东市2026年防汛应急预案》印发给你们，请结合实际认真贯彻落实。预案所附物资储备点位、抢险队伍编组和通信保障方案，请严格控制知悉范围，不得复制转发。")
    p.para("执行中遇到的问题，请及时报告市防汛抗旱指挥部办公室。")
    p.space(14)
    p.text("江东市应急管理局", size=15, align="right")
    p.text("2026年6月3日", size=15, align="right")
    return p


def id_table_page(name, dpi=150, rows=5, title="2026年度城乡居民临时救助对象名单公示", with_mobile=True, region=None, heading=True):
    p = Page(dpi)
    if heading:
        p.text(title, size=18, path=SERIF_BOLD, align="center", gap=0.8)
        p.para("根据《社会救助暂行办法》，经本人申请、街道审核，现将拟救助对象名单公示如下，公示期5个工作日。")
    hdr = ["序号", "姓名", "身份证号", "联系电话"] if with_mobile else ["序号", "姓名", "身份证号", "救助金额（元）"]
    data = [hdr]
    raws = []
    for i in range(rows):
        idn = make_id(region)
        last = make_mobile() if with_mobile else str(RNG.choice([800, 1200, 1500, 2000]))
        data.append([str(i + 1), make_name(), idn, last])
        raws.append(idn)
        if with_mobile:
            raws.append(last)
    p.table(data, [0.1, 0.17, 0.43, 0.3], size=11)
    p.para("公示期间如有异议，请向街道社会事务办公室反映，监督电话：12345。", size=13)
    RAW[name] = raws
    return p


def card_page(name, dpi=150, rows=4):
    p = Page(dpi)
    p.text("耕地地力保护补贴发放明细（第三批）", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    data = [["户主", "补贴面积（亩）", "开户银行", "银行卡号"]]
    raws = []
    banks = [("农村信用社", "623058"), ("中国农业银行", "622848"), ("中国工商银行", "622202"), ("中国建设银行", "621700")]
    for i in range(rows):
        bank, pre = banks[i % len(banks)]
        card = make_card(pre, 19)
        data.append([make_name(), f"{RNG.randint(3, 30)}.{RNG.randint(0, 9)}", bank, card])
        raws.append(card)
    p.table(data, [0.15, 0.2, 0.22, 0.43], size=11)
    p.para("补贴资金已于2026年5月20日通过“一卡通”发放到户，请各户及时查收。", size=13)
    RAW[name] = raws
    return p


def plate_page(name, dpi=150):
    p = Page(dpi)
    p.text("2026年5月城区违法停车车辆公告", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    plates = ["浙A3F572", "浙AD12345", "苏E7K291", "沪C63815", "浙B28M06"]
    data = [["序号", "号牌号码", "违法地点", "违法时间"]]
    for i, pl in enumerate(plates):
        data.append([str(i + 1), pl, RNG.choice(["解放路", "环城北路", "延安路", "庆春路"]), f"2026-05-{RNG.randint(10, 28)}"])
    p.table(data, [0.12, 0.28, 0.3, 0.3], size=12)
    p.para("请上述车辆所有人或驾驶人自公告之日起15日内到交警大队接受处理。", size=13)
    RAW[name] = plates
    return p


def internal_label_page(label="内部资料　注意保存", title="江东市政务服务工作简报", dpi=150, body=None):
    p = Page(dpi)
    p.text(label, size=15, path=SANS_BOLD, gap=0.8)
    p.text(title, size=24, path=SERIF_BOLD, color=(210, 20, 20), align="center", gap=0.5)
    p.text("第12期", size=14, align="center", gap=0.2)
    p.text("江东市政务服务管理办公室　　　　　　2026年5月18日", size=12, align="center", gap=0.3)
    p.redline(1.0)
    p.para(body or "本期要目：一、市政务服务中心窗口人员考核情况；二、部分部门办件超期原因分析；三、下一阶段整改安排。")
    p.para("五月份，全市政务服务事项网上可办率达到98.6%，但个别部门仍存在线下重复提交材料的问题，群众反映较多。")
    return p


def public_notice(dpi=150, title="关于城东片区临时停水的通知"):
    p = Page(dpi)
    p.text(title, size=20, path=SERIF_BOLD, align="center", gap=0.9)
    p.text("各位居民：", size=15)
    p.para("因市政供水管网改造施工，定于2026年6月12日8:00至20:00对城东片区（建设路以东、江滨路以北）暂停供水，请相关单位和居民提前做好储水准备。")
    p.para("施工期间如遇紧急情况，请拨打供水服务热线96390或政务服务便民热线12345。给您带来的不便，敬请谅解。")
    p.space(10)
    p.text("江东市水务集团有限公司", size=15, align="right")
    p.text("2026年6月8日", size=15, align="right")
    return p


def law_quote_page(dpi=150):
    p = Page(dpi)
    p.text("保守国家秘密 人人有责", size=22, path=SERIF_BOLD, align="center", gap=0.8)
    p.text("——2026年保密宣传教育月学习材料", size=14, align="center", gap=0.9)
    p.para("《中华人民共和国保守国家秘密法》规定，国家秘密的密级分为绝密、机密、秘密三级。绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害。")
    p.para("机关、单位应当依法确定密级、保密期限和知悉范围，并在国家秘密载体上作出国家秘密标志。上网不涉密，涉密不上网，是每一名干部职工必须牢记的底线。")
    p.para("本材料供各单位组织学习使用，欢迎转发。")
    return p


def masked_page(dpi=150):
    p = Page(dpi)
    p.text("2026年第二批公共租赁住房保障资格公示", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    data = [["序号", "申请人", "身份证号", "联系电话", "保障人数"]]
    for i in range(5):
        idn = make_id()
        mob = make_mobile()
        data.append([str(i + 1), make_name()[0] + "某某", idn[:6] + "********" + idn[-4:], mob[:3] + "****" + mob[-4:], str(RNG.randint(1, 4))])
    p.table(data, [0.1, 0.15, 0.35, 0.25, 0.15], size=11)
    p.para("公示期间，如有异议，请以书面形式向区住房保障中心反映，电话：0571-86021234。", size=13)
    return p


def hotline_page(dpi=150):
    p = Page(dpi)
    p.text("便民服务热线一览表", size=20, path=SERIF_BOLD, align="center", gap=0.8)
    data = [["服务事项", "热线号码"], ["政务服务便民热线", "12345"], ["生态环境投诉举报", "12369"],
            ["市场监管投诉举报", "12315"], ["区信访接待中心", "0571-87012345"], ["区政务服务中心", "0571-86543210"]]
    p.table(data, [0.6, 0.4], size=13)
    p.para("以上热线均提供7×24小时服务，欢迎社会各界监督。", size=13)
    return p


def tender_page(dpi=150):
    p = Page(dpi)
    p.text("江东市第一中学食堂设备采购项目中标结果公告", size=17, path=SERIF_BOLD, align="center", gap=0.8)
    p.para("一、项目编号：JDCG-2026-0417")
    p.para("二、中标供应商：江东市恒达厨房设备有限公司，统一社会信用代码：91330106MA2CF3QK7L，地址：江东市滨江区江南大道1288号。")
    p.para("三、中标金额：人民币叁拾捌万陆仟元整（¥386,000.00）。")
    p.para("四、履约保证金请汇入采购人账户。户名：江东市第一中学；开户银行：中国工商银行江东支行；账号：1202021209900012345。")
    p.para("五、联系方式：采购人联系电话0571-86110234，代理机构邮箱 jdcg@jiangdong.gov.cn。")
    return p


def stats_page(dpi=150):
    p = Page(dpi)
    p.text("2026年1—4月全市主要经济指标", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    data = [["指标", "单位", "绝对值", "同比增长（%）"], ["地区生产总值", "亿元", "1,286.4", "5.8"],
            ["规模以上工业增加值", "亿元", "412.7", "6.9"], ["社会消费品零售总额", "亿元", "503.2", "4.1"],
            ["固定资产投资", "亿元", "—", "3.2"], ["一般公共预算收入", "亿元", "138.95", "2.7"]]
    p.table(data, [0.4, 0.15, 0.2, 0.25], size=12)
    p.para("注：地区生产总值为一季度数据。数据来源：江东市统计局。", size=12)
    return p


def training_slide(dpi=150):
    p = Page(dpi, width_in=10, height_in=5.6, margin_in=0.7)
    p.space(20)
    p.text("政务公开工作业务培训", size=30, path=SANS_BOLD, align="center", gap=0.8)
    p.text("主动公开目录编制与发布审核流程", size=18, path=SANS, align="center", gap=1.2)
    p.text("江东市人民政府办公室　2026年6月", size=14, path=SANS, align="center")
    return p


def email_page(dpi=150):
    p = Page(dpi)
    p.text("政府信息公开申请渠道", size=20, path=SERIF_BOLD, align="center", gap=0.8)
    p.para("申请人可以通过以下方式向本机关提出政府信息公开申请：")
    p.para("1. 当面申请：江东市人民政府办公室政务公开科（江东市人民路100号行政中心3号楼205室），工作时间：工作日9:00—17:00。")
    p.para("2. 信函申请：邮编310099，信封左下角请注明“政府信息公开申请”字样。")
    p.para("3. 电子邮件申请：xxgk@jiangdong.gov.cn。咨询电话：0571-87654321。")
    return p


def holiday_page(dpi=150):
    p = Page(dpi)
    p.text("关于2026年端午节放假安排的通知", size=20, path=SERIF_BOLD, align="center", gap=0.9)
    p.text("各科室、直属单位：", size=15)
    p.para("根据国务院办公厅通知精神，现将端午节放假安排通知如下：6月19日至21日放假调休，共3天。节日期间，请各单位做好值班和安全生产工作。")
    p.text("局办公室", size=15, align="right")
    p.text("2026年6月10日", size=15, align="right")
    return p


def bus_page(dpi=150):
    p = Page(dpi)
    p.text("关于K101路公交线路临时调整的公告", size=19, path=SERIF_BOLD, align="center", gap=0.9)
    p.para("因庆春路综合管廊施工，自2026年6月15日起，K101路、B2路公交车临时绕行体育场路、延安路，取消庆春路中河路口站，其余站点不变。")
    p.para("咨询电话：96123。")
    return p


def work_secret_page(dpi=150):
    p = Page(dpi)
    p.text("仅供内部参考", size=15, path=SANS_BOLD, gap=0.8)
    p.text("江东市信访工作情况通报", size=22, path=SERIF_BOLD, align="center", gap=0.9)
    p.para("四月份，全市共受理群众来信来访1,326件次，其中重复访占比较上月上升2.3个百分点。城东街道拆迁安置、高新区企业欠薪两类问题反映集中，相关部门要在5月底前拿出化解方案。")
    p.para("下一步，市信访局将会同有关部门对积案开展集中攻坚。")
    return p


def miji_form_page(dpi=150):
    p = Page(dpi)
    p.text("密级：秘密", size=14, path=SANS_BOLD, gap=0.35)
    p.text("保密期限：1年", size=14, path=SANS_BOLD, gap=0.9)
    p.text("江东市重点目标防护情况登记表", size=20, path=SERIF_BOLD, align="center", gap=0.8)
    data = [["目标名称", "所在位置", "防护等级", "责任单位"], ["城北水厂", "北郊路18号", "一级", "市水务集团"],
            ["江东变电站", "滨江区长河路", "一级", "国网江东供电公司"], ["燃气门站", "东郊工业园", "二级", "市燃气公司"]]
    p.table(data, [0.25, 0.3, 0.15, 0.3], size=12)
    return p


def blur_text_page(dpi=150):
    p = Page(dpi)
    p.text("关于做好2026年夏季安全生产工作的通知", size=18, path=SERIF_BOLD, align="center", gap=0.8)
    p.para("各有关单位：近期高温多雨，请切实做好防暑降温、防汛防台和危化品储存等方面的安全检查，发现隐患及时整改，重大情况及时报告。")
    p.para("联系人：安监科，联系电话见内网通讯录。")
    return p
