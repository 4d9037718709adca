"""Probe documents whose expected verdict is review (including unreadable files)."""
from lib import P, Praw, paras, odt_table, fodt, fods, make_mobile, make_passport, make_hk_permit, escape, mask_mobile

DOCS = []


def doc(file, kind, src, verdict, cats, raw, note, **extra):
    DOCS.append(dict(file=file, kind=kind, src=src, verdict=verdict, cats=cats, raw=raw, note=note, **extra))


# q29: 内部资料 注意保存 on a work bulletin.
doc("q29_gongzuo_jianbao.txt", "txt", """内部资料　注意保存

西湖区数字化改革工作简报
第12期

西湖区数字化改革领导小组办公室　　　　2025年5月30日

【工作动态】
    5月以来，全区“一件事”集成改革持续深化，新增上线“企业开办”“退休一件事”等高频事项8项，累计办件量达到4.6万件，群众满意率99.2%。
    区城市大脑“民生直达”平台完成第三期迭代，惠民惠企政策兑付实现“免申即享”，累计兑付资金1.38亿元。
【基层创新】
    文新街道探索“数字社区”建设，整合社区网格、物业、养老服务数据，实现独居老人异常情况自动预警。
【下步工作】
    6月重点推进公共数据平台与部门业务系统对接，完成数据归集任务清单。

报：区委、区政府领导
送：区数字化改革领导小组成员单位
""", "review", ["sensitive_term"], [], "内部资料　注意保存 (with an ideographic space) on line 1 of a 工作简报")

# q30 (HTML): 仅供内部参考 and a link to an intranet server.
doc("q30_zhengce_jiedu.html", "html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于《西湖区促进数字经济高质量发展若干政策》的解读</title></head>
<body>
<p style="color:#c00">（仅供内部参考）</p>
<h1>关于《西湖区促进数字经济高质量发展若干政策》的解读</h1>
<p>一、出台背景。为抢抓数字经济发展机遇，加快建设数字经济强区，区经信局起草了《西湖区促进数字经济高质量发展若干政策》。</p>
<p>二、主要内容。政策共5个方面18条，包括支持企业做大做强、鼓励技术创新、推动产业集聚、优化发展环境等。对首次入选国家级专精特新“小巨人”企业的，给予一次性奖励100万元。</p>
<p>三、适用对象。在西湖区注册登记、具有独立法人资格的数字经济企业。</p>
<p>政策原文见<a href="https://www.hzxh.gov.cn/art/2025/5/20/art_1229635_58930001.html">西湖区人民政府门户网站</a>，
申报材料模板请从<a href="http://10.32.5.18:8080/xxgk/upload/2025/sbcl.docx">申报材料下载</a>获取。</p>
<p style="text-align:right">西湖区经济和信息化局<br>2025年5月21日</p>
</body></html>
""", "review", ["sensitive_term", "internal_address"], [],
    "（仅供内部参考） at the head; a download link to http://10.32.5.18:8080/ (RFC 1918); the gov.cn link is public")

# q31 (DOCX): 工作秘密 statement in the body.
doc("q31_xunshi_zhenggai.docx", "docx", fodt(body=
    P("关于区委第三巡察组反馈意见整改进展情况的报告", "Title") + paras("""
区委巡察办：
根据区委第三巡察组反馈意见，我局党组高度重视，逐条制定整改措施。截至2025年5月底，反馈的4个方面12个问题中，已完成整改10个，其余2个正在推进。
一、关于“政府采购管理不规范”问题。已修订《局机关政府采购管理办法》，对2023年以来的采购项目开展全面自查，对3个未按规定履行采购程序的项目予以纠正。
二、关于“公务用车管理不严格”问题。已建立公务用车使用登记台账，实行派车单制度。
三、关于“干部队伍建设存在短板”问题。已制定年轻干部培养计划，完成2名中层干部轮岗交流。
本报告属工作秘密，未经批准不得公开或者对外提供。
""", "Body") + P("中共西湖区住房和城乡建设局党组", "Right") + P("2025年6月4日", "Right")),
    "review", ["sensitive_term"], [], "'本报告属工作秘密，未经批准不得公开' in the last body paragraph")

# q32 (DOCX): a reviewer's comment mentioning 内部事项.
doc("q32_jiaotong_zhili.docx", "docx", fodt(body=
    P("西湖区2025年城市交通拥堵治理工作要点", "Title") + paras("""
一、总体目标。全年打通断头路6条，新增公共停车泊位3000个，主城区高峰时段平均车速提高5%以上。
二、重点任务。
""", "Body") +
    Praw(escape("（一）优化路网结构。加快推进紫金港路南延、留和路拓宽等项目建设。")
         + '<office:annotation><dc:creator>交警大队 孙某</dc:creator><dc:date>2025-05-12T16:40:00</dc:date>'
         + P("此项涉及与西湖风景名胜区管委会的内部事项，尚未达成一致，公开稿中请删除。")
         + "</office:annotation>", "Body") + paras("""
（二）提升公交服务。新辟、优化公交线路10条，推进公交专用道成网。
（三）加强停车管理。推广错时共享停车，年内新增共享泊位1500个。
（四）强化科技治堵。新建智能信号控制路口60个。
三、保障措施。各责任单位要按照职责分工，密切配合，确保各项任务按期完成。
""", "Body")), "review", ["sensitive_term", "hidden_content"], [],
    "a Word comment on paragraph 3 says the item concerns 内部事项 and must be removed")

# q33 (PDF): 此件不公开 in the 附注 of a notice.
doc("q33_jiancha_tongzhi.pdf", "pdf", fodt(body=
    P("关于开展2025年度财政资金使用情况专项检查的通知", "Title") + paras("""
各镇街、区级各部门：
为加强财政资金监管，提高资金使用效益，区财政局决定于2025年6月至8月开展财政资金使用情况专项检查。现将有关事项通知如下：
一、检查范围。2024年度区级财政安排的专项资金，重点是产业扶持、民生保障和基础设施建设资金。
二、检查内容。资金分配是否公平公正，拨付是否及时，使用是否合规，绩效目标是否实现。
三、时间安排。6月30日前各单位完成自查并报送自查报告；7月至8月区财政局组织抽查。
西湖区财政局
2025年6月6日
（此件不公开）
""", "Body")), "review", ["sensitive_term"], [], "the 附注 （此件不公开） at the foot of the notice (GB/T 9704 公开属性)")

# q34 (HTML): vehicle owner's mobile (+86 and hyphenated) and plates.
_m34a = make_mobile("187")
_m34b = make_mobile("158")
doc("q34_weiting_gaozhi.html", "html", f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于限期驶离长期占用公共泊位车辆的告知</title></head>
<body>
<h1>关于限期驶离长期占用公共泊位车辆的告知</h1>
<p>经巡查，下列车辆在文三路公共停车泊位连续停放超过30日，影响周边居民正常停车。请车辆所有人自本告知发布之日起7日内将车辆驶离，逾期未驶离的，将依法拖移至指定停车场。</p>
<table border="1" cellpadding="4">
<tr><th>序号</th><th>号牌号码</th><th>车辆类型</th><th>停放位置</th><th>车主联系方式</th></tr>
<tr><td>1</td><td>浙AD17395</td><td>小型新能源汽车</td><td>文三路478号门前</td><td>+86 {_m34a[:3]} {_m34a[3:7]} {_m34a[7:]}</td></tr>
<tr><td>2</td><td>皖K6N382</td><td>小型普通客车</td><td>文三路教工路口东侧</td><td>{_m34b[:3]}-{_m34b[3:7]}-{_m34b[7:]}</td></tr>
</table>
<p>咨询电话：0571-87968110（西湖区城管局停车管理科）</p>
</body></html>
""", "review", ["mobile_phone", "license_plate"],
    [_m34a, _m34b, f"{_m34a[:3]} {_m34a[3:7]} {_m34a[7:]}", f"{_m34b[:3]}-{_m34b[3:7]}-{_m34b[7:]}"],
    "a new-energy plate 浙AD17395 and an ordinary plate; owners' mobiles as '+86 1xx xxxx xxxx' and '1xx-xxxx-xxxx'")

# q35 (DOCX): passport and 港澳通行证 numbers in a 出访 public notice.
_pp = make_passport()
_hk = make_hk_permit()
doc("q35_chufang_gongshi.docx", "docx", fodt(body=
    P("因公临时出国（境）任务公示", "Title") + paras("""
根据中央和省、市有关因公临时出国（境）管理规定，现将我区以下因公临时出国（境）任务予以公示：
""", "Body") + odt_table([
        ["团组名称", "西湖区经贸合作考察团", "西湖区文旅推介团"],
        ["出访国家（地区）", "新加坡、马来西亚", "香港特别行政区"],
        ["出访时间", "2025年7月6日至12日（7天）", "2025年7月20日至22日（3天）"],
        ["团长", "区商务局 傅志远", "区文广旅体局 潘晓雯"],
        ["证件", f"因公护照号码：{_pp}", f"往来港澳通行证：{_hk}"],
        ["经费来源", "区商务局部门预算", "区文广旅体局部门预算"],
    ], name="出访任务") + paras("""
公示期：2025年6月16日至6月20日。如有异议，请向区委外办反映，联系电话：0571-87023399。
""", "Body")), "review", ["passport"], [_pp, _hk],
    "passport E+8 digits and 往来港澳通行证 C+8 digits of named delegation leaders")

# q36 (XLSX): volunteer list with the mobile column hidden.
_m36 = [make_mobile() for _ in range(4)]
doc("q36_zhiyuanzhe.xlsx", "xlsx", fods([{
    "name": "志愿者名单", "hidden_cols": {3}, "wide": {2},
    "rows": [
        ["序号", "姓名", "服务岗位", "联系电话", "服务时长（小时）"],
        [1, "陆某某", "西湖音乐节 入口引导", _m36[0], 16],
        [2, "冯某某", "西湖音乐节 医疗点协助", _m36[1], 12],
        [3, "陈某某", "湖滨步行街 文明劝导", _m36[2], 24],
        [4, "杨某某", "湖滨步行街 文明劝导", _m36[3], 20],
    ]}]), "review", ["mobile_phone", "hidden_content"], _m36,
    "names masked; column D (联系电话, mobiles) is hidden")

# ---- unreadable ----------------------------------------------------------

# q37 (PDF): page 1 text (clean), page 2 a scanned image (no text layer).
doc("q37_zhaopin_gonggao.pdf", "pdf", fodt(body=
    P("西湖区2025年公开招聘社区专职工作者公告", "Title") + paras("""
根据工作需要，经研究，决定面向社会公开招聘社区专职工作者60名。现将有关事项公告如下：
一、招聘岗位及人数。社区专职工作者（一）40名，社区专职工作者（二）20名。
二、招聘条件。具有中华人民共和国国籍，遵守宪法和法律，年龄在35周岁以下，具有大专及以上学历。
三、报名时间。2025年6月10日9:00至6月16日17:00，网上报名。
四、考试安排。笔试时间另行通知，考试内容为《社区工作基础知识》。
报名咨询电话：0571-87088123、0571-87088125。
""", "Body") + P("附件：岗位表及报名登记表（扫描件）", "PB") + paras("""
（盖章页）
西湖区民政局
西湖区人力资源和社会保障局
2025年6月5日
""", "Center")), "review", ["unreadable"], [],
    "page 1 has a text layer (clean); page 2 is a scanned image with no text", post="scanpage2")

# q38 (PDF): AES-256 with a user password.
doc("q38_jiaoyu_jihua.pdf", "pdf", fodt(body=
    P("西湖区2025年度教育系统教师培训计划", "Title") + paras("""
为加强教师队伍建设，全面提升教师专业素养，制定本计划。
一、培训对象。全区中小学、幼儿园在职教师约6800人。
二、培训内容。师德师风、新课标解读、信息技术应用能力提升、心理健康教育。
三、培训方式。集中培训与校本研修相结合，每位教师全年培训不少于72学时。
""", "Body")), "review", ["unreadable"], [], "PDF encrypted with a user password (AES-256); cannot be opened", post="userpw")

# q39: a password-protected .docx (OLE2 container with EncryptionInfo + EncryptedPackage).
doc("q39_yusuan_baogao.docx", "special", None, "review", ["unreadable"], [],
    "password-protected DOCX: an OLE2/CFB container with Agile EncryptionInfo and EncryptedPackage streams",
    post="encdocx")

# q40: DOCX truncated to 55 % (no central directory).
doc("q40_huodong_fangan.docx", "docx", fodt(body=
    P("西湖区2025年全民健身月活动方案", "Title") + paras("""
为深入实施全民健身国家战略，营造全民参与体育健身的良好氛围，决定于8月在全区开展全民健身月活动。
一、活动时间：2025年8月1日至31日。
二、主要活动：全民健身日主题活动、社区运动会、青少年游泳公益培训、老年人健身操展演。
三、组织保障：各镇街、各部门要加强协调，确保活动安全有序开展。
""" * 3, "Body")), "review", ["unreadable"], [], "a clean DOCX cut to 55 % of its bytes (zip central directory missing)",
    post="truncate")

# q41: XLSX truncated.
doc("q41_yusuan_gongkai.xlsx", "xlsx", fods([{
    "name": "一般公共预算支出表", "wide": {0},
    "rows": [["功能分类科目", "2024年决算数（万元）", "2025年预算数（万元）", "增减（%）"]] +
            [[k, a, b, round((b - a) / a * 100, 1)] for k, a, b in [
                ("一般公共服务支出", 58231, 56102), ("公共安全支出", 41288, 42906), ("教育支出", 186455, 192310),
                ("科学技术支出", 65210, 71880), ("文化旅游体育与传媒支出", 12388, 11920),
                ("社会保障和就业支出", 78102, 81476), ("卫生健康支出", 46390, 48021),
                ("节能环保支出", 9810, 9420), ("城乡社区支出", 152330, 148800), ("农林水支出", 23561, 24110)]]
}]), "review", ["unreadable"], [], "a clean budget XLSX cut to 55 % of its bytes", post="truncate")

# q42: legacy Word 97 .doc.
doc("q42_zuotanhui_jiyao.doc", "doc", fodt(body=
    P("西湖区民营企业座谈会纪要", "Title") + paras("""
2025年5月22日下午，区政府召开民营企业座谈会，听取企业对优化营商环境的意见建议。12家企业负责人参加座谈。
会议指出，要持续深化“放管服”改革，落实助企纾困政策，着力解决企业融资难、用工难等问题。
会议要求，区级有关部门对企业反映的问题建立清单，限时办结反馈。
""", "Body")), "review", ["unreadable"], [], "legacy OLE2 Word 97 .doc (clean content)")

# q43: legacy Excel 97 .xls.
doc("q43_shouzhi_biao.xls", "xls", fods([{
    "name": "Sheet1",
    "rows": [["项目", "2025年预算（万元）"], ["工资福利支出", 3120], ["商品和服务支出", 860], ["资本性支出", 240], ["合计", 4220]]
}]), "review", ["unreadable"], [], "legacy OLE2 Excel 97 .xls (clean content)")

# q44: a zip of attachments.
doc("q44_fujian_dabao.zip", "special", None, "review", ["unreadable"], [],
    "a .zip of two clean attachments (archives are not read)", post="zip")

# q45: 0-byte file named .docx.
doc("q45_kongwenjian.docx", "special", None, "review", ["unreadable"], [], "0-byte file named .docx", post="empty")

# q46: a PNG image named .pdf.
doc("q46_tupian.pdf", "special", None, "review", ["unreadable"], [],
    "a PNG (scan of a notice) renamed to .pdf", post="pngpdf")
