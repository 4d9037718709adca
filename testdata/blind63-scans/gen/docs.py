"""The documents of the corpus, laid out on pages (see common.Page).
All names, numbers and units are synthetic."""
from common import Page, make_id, make_uscc, mask_id, mask_mobile, mm, id_valid

# ---------------------------------------------------------------- synthetic values
IDS = {
    "a": make_id("330106", "19780412", 213),
    "b": make_id("330102", "19850923", 146),
    "c": make_id("110105", "19910307", 588),
    "d": make_id("320106", "19690115", 372),
    "e": make_id("440305", "19930628", 421),
    "f": make_id("510107", "19870830", 265),
    "g": make_id("370102", "19750219", 534),
    "h": make_id("420106", "19960511", 617),
    "i": make_id("350203", "19820704", 158),
    "j": make_id("610113", "19990126", 342),
}
assert all(id_valid(v) for v in IDS.values())
MOB = {
    "a": "13905718426", "b": "15067132584", "c": "18768105923", "d": "13735862017",
    "e": "15988426731", "f": "17706513842", "g": "19857160328", "h": "13588021765",
    "i": "18072935146", "j": "15158867023", "k": "13819473265", "l": "18957126403",
}
USCC = make_uscc("91330106MA2H7K3Q5")


def _red_block(p, y0, y1):
    p.red = getattr(p, "red", [])
    p.red.append((0, int(y0), p.w, int(y1)))


def redhead_notice(dpi=300, fenhao="000027", marking="秘密★1年", urgency="特急",
                   head="杭州市西湖区人民政府办公室文件", docno="西政办发〔2024〕17号",
                   title="关于做好重大活动期间安全稳定工作的通知",
                   to="各镇人民政府、街道办事处，区政府各部门：",
                   paras=None, sign="杭州市西湖区人民政府办公室", date="2024年3月12日"):
    """A 公文 with 版头 (份号, 密级和保密期限, 紧急程度 at the top left) and 红头."""
    p = Page(dpi)
    if fenhao:
        p.text(fenhao, "hei", 16, lead=1.4)
    if marking:
        p.text(marking, "hei", 16, lead=1.4)
    if urgency:
        p.text(urgency, "hei", 16, lead=1.4)
    p.space(8)
    y0 = p.y
    p.text(head, "title", 26, align="center", lead=1.3)
    p.space(3)
    p.text(docno, "serif", 16, align="center")
    p.redline()
    _red_block(p, y0, p.y)
    p.text(title, "title", 22, align="center", lead=1.5)
    p.space(2)
    p.text(to, "serif", 16)
    for para in (paras or []):
        p.text(para, "serif", 16, indent_chars=2)
    p.space(6)
    p.text(sign, "serif", 16, align="right")
    p.text(date, "serif", 16, align="right")
    p.sign_y = p.y
    return p


SECRET_PARAS = [
    "为确保全国“两会”期间我区社会大局持续稳定，经区委、区政府同意，现就有关工作通知如下：",
    "一、各单位要对辖区内重点人员逐一落实稳控责任人，实行每日见面、每日报告制度，发现异常动向立即报区维稳办。",
    "二、3月4日至3月15日期间，区领导带班、部门主要负责人在岗值守，值班表于3月1日前报区政府总值班室。",
    "三、本通知不得翻印、转发，不得在互联网及政务外网传输，阅后由机要员统一收回。",
]
SECRET_PARAS_2 = [
    "根据市防指部署，现将第三季度重点目标防护方案印发给你们，请认真组织实施。",
    "一、各重点目标单位要于7月10日前完成安防设施检查，查找薄弱环节并建立整改台账。",
    "二、重点部位的警卫力量部署、巡逻路线和应急通信方式按附件执行，不得擅自调整。",
    "三、本方案知悉范围限于各单位主要负责人和分管负责人，严禁复制、摘抄。",
]

# ---------------------------------------------------------------- harmless notices
CLEAN = {
    "chunjie": dict(
        title="关于2024年春节期间政务服务大厅办理业务时间调整的通知",
        paras=[
            "根据国务院办公厅关于2024年部分节假日安排的通知精神，结合我区实际，现将春节期间政务服务大厅办理业务时间安排通知如下：",
            "一、2月10日至2月17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）正常上班。",
            "二、放假期间，不动产登记、社保医保等业务暂停窗口受理，群众可通过“浙里办”平台在线申请。",
            "三、节后第一个工作日起恢复正常办理时间，上午9:00至12:00，下午13:30至17:00。",
            "如有疑问，请拨打政务服务热线12345咨询。",
        ],
        sign="西湖区政务服务中心", date="2024年2月5日"),
    "yibao": dict(
        title="关于开展2025年度城乡居民基本医疗保险集中参保缴费工作的通告",
        paras=[
            "为做好2025年度城乡居民基本医疗保险参保缴费工作，现将有关事项通告如下：",
            "一、集中参保缴费期为2024年9月1日至12月31日，参保人员在集中缴费期内缴费的，待遇享受期为2025年1月1日至12月31日。",
            "二、个人缴费标准为每人每年380元，各级财政按规定给予补助。",
            "三、参保人员可通过银行网点、手机银行或社区服务站缴费。",
            "咨询电话：0571-87012345（工作日上午9:00至下午5:00）。",
        ],
        sign="西湖区医疗保障局", date="2024年8月26日"),
    "tingshui": dict(
        title="停水通知",
        paras=[
            "因文一路供水管网改造施工需要，定于2024年5月18日（星期六）8:00至20:00暂停供水。",
            "停水范围：文一路（学院路至教工路段）两侧居民小区及沿街商铺。",
            "请相关用户提前做好储水准备，停水期间请关闭水龙头，以免恢复供水时跑水。",
            "由此给您带来的不便，敬请谅解。服务热线：96390。",
        ],
        sign="杭州市水务集团有限公司", date="2024年5月14日"),
    "jianshen": dict(
        title="关于举办2024年全民健身运动会的通知",
        paras=[
            "为深入实施全民健身国家战略，丰富群众体育文化生活，经研究，决定举办2024年全民健身运动会。",
            "一、比赛时间：2024年9月至11月，各项目比赛时间另行通知。",
            "二、比赛项目：篮球、乒乓球、羽毛球、健身气功、广场舞、象棋共6个项目。",
            "三、参赛单位：各镇街、区级各部门、辖区企事业单位。请于8月20日前报名。",
        ],
        sign="西湖区文化和广电旅游体育局", date="2024年7月30日"),
    "gongjiao": dict(
        title="关于调整部分公交线路的公告",
        paras=[
            "为方便市民出行，优化公交线网布局，经研究决定，自2024年6月1日起对以下线路进行调整：",
            "一、B支3路延伸至西溪湿地北门，沿途增设紫金港路口站。",
            "二、506路取消天目山路口站，其余站点不变。",
            "三、新开通1216路，首班6:30，末班20:00，高峰发车间隔10分钟。",
            "特此公告。",
        ],
        sign="杭州市公共交通集团有限公司", date="2024年5月20日"),
    "zhengji": dict(
        title="关于征集2025年民生实事项目建议的公告",
        paras=[
            "为广泛听取群众意见，现面向社会公开征集2025年民生实事项目建议。",
            "一、征集范围：教育、医疗、养老、托育、交通出行、社区服务等领域。",
            "二、征集时间：2024年10月8日至10月31日。",
            "三、参与方式：请将建议发送至电子邮箱mszx@xihu.gov.cn，或邮寄至区政府办公室（信封注明“民生实事建议”）。",
        ],
        sign="杭州市西湖区人民政府办公室", date="2024年9月30日"),
}

FEIYI_ROWS = [
    ["1", "西湖龙井茶采制技艺", "传统技艺", "转塘街道"],
    ["2", "蒋村龙舟胜会", "民俗", "蒋村街道"],
    ["3", "西湖绸伞制作技艺", "传统技艺", "西溪街道"],
    ["4", "灵隐寺传说", "民间文学", "灵隐街道"],
    ["5", "留下小锣鼓", "传统音乐", "留下街道"],
    ["6", "三墩竹编", "传统美术", "三墩镇"],
]


def clean_notice(key, dpi=300, head=None):
    c = CLEAN[key]
    p = Page(dpi)
    if head:
        y0 = p.y
        p.text(head, "title", 28, align="center", lead=1.3)
        p.redline()
        _red_block(p, y0, p.y)
    p.text(c["title"], "title", 20, align="center", lead=1.5)
    p.space(3)
    for para in c["paras"]:
        p.text(para, "serif", 15, indent_chars=2)
    p.space(6)
    p.text(c["sign"], "serif", 15, align="right")
    p.text(c["date"], "serif", 15, align="right")
    p.sign_y = p.y
    return p


def feiyi_list(dpi=300):
    p = Page(dpi)
    p.text("第一批区级非物质文化遗产代表性项目名录", "title", 18, align="center", lead=1.6)
    p.text("经专家评审、社会公示，区政府同意公布第一批区级非物质文化遗产代表性项目名录（共6项），现予公布。",
           "serif", 14, indent_chars=2)
    p.space(3)
    p.table(["序号", "项目名称", "类别", "申报地区或单位"], FEIYI_ROWS, [16, 64, 32, 42], size_pt=12, row_mm=10)
    p.space(8)
    p.text("杭州市西湖区人民政府", "serif", 15, align="right")
    p.text("2024年6月8日", "serif", 15, align="right")
    return p


def fangxun_poster(dpi=200):
    p = Page(dpi, top_mm=30)
    p.text("防汛防台安全温馨提示", "hei", 30, align="center", lead=1.8)
    for s in ["一、关注天气预报，暴雨期间尽量减少外出。",
              "二、远离河道、山塘、低洼地带，不在广告牌、大树下避雨。",
              "三、地下车库、地下室进水时，切勿进入抢救财物。",
              "四、发现险情，请及时向社区或拨打110、119求助。",
              "五、配合社区做好转移安置，听从统一指挥。"]:
        p.text(s, "sans", 18, lead=1.9)
    p.space(10)
    p.text("西湖区防汛防旱指挥部", "sans", 18, align="right")
    p.text("2024年6月", "sans", 18, align="right")
    return p


# ---------------------------------------------------------------- 公示 with personal data
def dibao_gongshi(dpi=300, masked=False, rows_keys="abcde", title=None, sign="西湖区翠苑街道办事处"):
    names = ["王建国", "李秀英", "张志强", "刘桂芳", "陈德明", "杨丽华", "赵国平", "周秀兰"]
    rows = []
    for i, k in enumerate(rows_keys):
        idv, mob = IDS[k], MOB[k]
        if masked:
            idv, mob = mask_id(idv), mask_mobile(mob)
        rows.append([str(i + 1), names[i], idv, mob, str(2 + i % 3), f"{735 + 40 * (i % 3)}"])
    p = Page(dpi)
    p.text(title or "翠苑街道2024年第二季度城乡低保新增对象公示", "hei", 16, align="center", lead=1.7)
    p.text("根据《社会救助暂行办法》和《浙江省最低生活保障办法》，经个人申请、入户调查、民主评议，拟将以下家庭纳入城乡最低生活保障范围，现予公示。公示期为7天。",
           "serif", 13, indent_chars=2, lead=1.6)
    p.space(2)
    p.table(["序号", "户主姓名", "身份证号码", "联系电话", "家庭人口", "月保障金（元）"], rows,
            [11, 20, 50, 32, 17, 26], size_pt=11, row_mm=10)
    p.text("监督电话：0571-88091234（街道社会事务办）", "serif", 13, lead=1.6)
    p.space(8)
    p.text(sign, "serif", 14, align="right")
    p.text("2024年6月20日", "serif", 14, align="right")
    p.sign_y = p.y
    return p


def luyong_gongshi(dpi=300, rows_keys="fghij"):
    names = ["吴晓峰", "郑雅婷", "孙浩然", "马俊杰", "胡静怡"]
    posts = ["综合文字岗", "财务会计岗", "信息技术岗", "法律事务岗", "社会工作岗"]
    rows = [[str(i + 1), names[i], posts[i], IDS[k], MOB[k]] for i, k in enumerate(rows_keys)]
    p = Page(dpi)
    p.text("2024年度区属事业单位公开招聘拟录用人员公示", "hei", 16, align="center", lead=1.7)
    p.text("根据招聘公告规定，经笔试、面试、体检和考察，确定以下人员为拟录用人员，现予公示，公示期5个工作日。",
           "serif", 13, indent_chars=2, lead=1.6)
    p.space(2)
    p.table(["序号", "姓名", "报考岗位", "身份证号", "手机号码"], rows, [12, 22, 30, 54, 38], size_pt=11, row_mm=10)
    p.text("公示期间如有异议，请以书面形式向区人力资源和社会保障局反映。", "serif", 13, lead=1.6)
    p.space(8)
    p.text("西湖区人力资源和社会保障局", "serif", 14, align="right")
    p.text("2024年8月2日", "serif", 14, align="right")
    p.sign_y = p.y
    return p


def wangge_list(dpi=300, size=12):
    rows = [
        ["1", "翠苑一区", "沈佳慧", MOB["k"]],
        ["2", "翠苑二区", "钱志远", MOB["l"]],
        ["3", "翠苑三区", "冯晓燕", MOB["c"]],
        ["4", "文华社区", "褚卫东", MOB["d"]],
    ]
    p = Page(dpi)
    p.text("翠苑街道社区网格员联系方式一览表", "hei", 16, align="center", lead=1.8)
    p.table(["序号", "社区", "网格员", "手机"], rows, [16, 40, 34, 50], size_pt=size, row_mm=11)
    p.text("群众遇到困难可直接联系所在网格网格员。", "serif", 14, lead=1.6)
    return p


def neibu_summary(dpi=200):
    p = Page(dpi)
    p.text("内部资料　注意保存", "hei", 16, lead=1.8)
    p.space(4)
    p.text("区政府第36次常务会议纪要", "title", 22, align="center", lead=1.6)
    for s in ["2024年4月9日，区长主持召开区政府第36次常务会议，研究了以下事项：",
              "一、听取了区财政局关于一季度财政收支情况的汇报。会议指出，要进一步压减一般性支出，保障重点项目资金需求。",
              "二、研究了老旧小区改造项目实施计划，原则同意提交区委常委会审议。",
              "三、研究了区属国有企业负责人薪酬考核办法（修订稿），请区国资办根据会议意见修改完善。"]:
        p.text(s, "serif", 15, indent_chars=2)
    return p


def zhongbiao(dpi=300):
    p = Page(dpi)
    p.text("西湖区文新街道社区养老服务中心改造工程中标结果公告", "hei", 15, align="center", lead=1.7)
    for s in ["一、项目编号：XHCG-2024-0157",
              "二、中标单位：杭州翠林建设工程有限公司",
              f"统一社会信用代码：{USCC}",
              "三、中标金额：人民币叁佰贰拾陆万元整（¥3,260,000.00）",
              "四、公告期限：自本公告发布之日起1个工作日。",
              "五、采购人：杭州市西湖区文新街道办事处，联系电话：0571-85123456"]:
        p.text(s, "serif", 14, lead=1.7)
    return p
