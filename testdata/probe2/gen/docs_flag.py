"""REVIEW and BLOCK documents: realistic pages and files with one thing that
must stop or hold a release (personal data, markings, hidden notes, intranet
links, unreadable pages)."""
from xml.sax.saxutils import escape

import cms
from common import doc, lib, id_valid
from lib import P, Praw, paras, odt_table, fodt, fods, make_id, make_card, make_mobile, mask_id

# ---------------------------------------------------------------- REVIEW

_m21 = make_mobile("187")
doc("r21_xinfang_dafu.txt", "txt", f"""西湖区住房和城乡建设局
信访事项处理意见书

西住建信访〔2025〕第0612号

何某某：
您于2025年5月26日通过“浙江省统一信访平台”反映的“文新街道某小区电梯长期故障无人维修”问题（信访件编号：XF330106202505260018）收悉。经调查核实，现答复如下：
一、经查，该小区3幢2单元电梯于2025年4月起多次出现停梯故障，物业服务企业已于5月30日更换曳引机控制板，经特种设备检验机构复检合格，现已恢复正常运行。
二、我局已责令物业服务企业建立电梯日常巡查台账，并将该小区纳入2025年老旧电梯更新改造计划。
三、您在信访事项中留下的联系电话{_m21}，我局工作人员已于6月3日电话回访，告知处理结果。
如对本处理意见不服，可自收到本意见书之日起30日内向杭州市西湖区人民政府请求复查。
联系人：信访科 陈某，联系电话：0571-87053371。

杭州市西湖区住房和城乡建设局
2025年6月5日
""", "review", ["mobile_phone"], [_m21],
    "信访处理意见书 to be published: name masked, but the complainant's mobile is in full in the prose; "
    "信访件编号 embeds region code + date")

_m22 = make_mobile("139")
doc("r22_xunjia_gonggao.pdf", "pdf", fodt(
    header=P("杭州市西湖区转塘街道办事处", "Right"),
    body=P("转塘街道2025年度农村公路日常养护询价公告", "Title") + paras(f"""
一、项目编号：ZT-XJ-2025-017
二、采购内容：辖区内农村公路38.6公里日常保洁、路面修补、边沟清理等养护服务，服务期一年。
三、最高限价：人民币68.5万元。
四、报价人资格要求：具有独立承担民事责任的能力；具备市政公用工程施工总承包三级及以上资质。
五、报价文件递交截止时间：2025年6月28日17:00，递交地点：转塘街道办事处2号楼206室。
六、联系方式：采购人：杭州市西湖区转塘街道办事处，联系人：钟先生，联系电话：0571-87321056，手机：{_m22}。
""", "Body") + P("杭州市西湖区转塘街道办事处", "Right") + P("2025年6月18日", "Right")),
    "review", ["mobile_phone"], [_m22],
    "询价公告 where the street office contact gives his own mobile next to the landline: a personal number, "
    "a human decides")

doc("r23_xiuding_tongzhi.docx", "docx", fodt(
    tracked=('<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion><office:change-info>'
             '<dc:creator>办公室 孙某</dc:creator><dc:date>2025-06-12T16:40:00</dc:date></office:change-info>'
             '</text:insertion></text:changed-region>'),
    body=P("关于调整西湖区公共自行车服务点布局的通知", "Title") + paras("""
各有关单位：
为进一步方便市民绿色出行，经研究，决定对部分公共自行车服务点布局进行调整。
""", "Body") + Praw(escape("一、新增文三路数字娱乐产业园、古墩路地铁站B出口等服务点12处") +
                    '<text:change-start text:change-id="ct2"/>' + escape("，新增锁止器360个") +
                    '<text:change-end text:change-id="ct2"/>' + escape("。"), "Body") + paras("""
二、撤并使用率较低的服务点5处，原有车辆调配至新增服务点。
三、调整工作自2025年7月1日起实施，服务热线：0571-85331122。
""", "Body") + P("杭州市西湖区交通运输局", "Right") + P("2025年6月12日", "Right")),
    "review", ["hidden_content"], [],
    "clean notice, but one sentence is an unaccepted tracked insertion (w:ins) by 办公室 孙某: changes must be "
    "accepted before publishing")

doc("r24_bangong_xitong.html", "html", cms.page("关于启用新版公文交换系统的通知", "通知公告", """
<div class="content">
<p>各镇街、各部门：</p>
<p>为提升办文效率，区政府办公室已完成新版公文交换系统部署，定于2025年7月1日起正式启用，原系统同步停止使用。</p>
<p>一、登录方式：通过政务外网访问 <a href="http://10.18.66.25:8080/oa/login.jsp">http://10.18.66.25:8080/oa/login.jsp</a>，或使用域名 <a href="http://oa.xhq.gov.local/">oa.xhq.gov.local</a>。</p>
<p>二、操作手册可在系统首页下载，培训安排另行通知。</p>
<p>三、技术支持电话：0571-87050110。</p>
<p style="text-align:right">杭州市西湖区人民政府办公室<br>2025年6月16日</p>
</div>"""), "review", ["internal_address"], [],
    "notice published on the portal giving the 政务外网 OA address (10.18.66.25:8080) and an intranet hostname; "
    "CMS template as r01")

doc("r25_xiangmu_jinzhan.html", "html", cms.page("西湖区2025年上半年重点项目建设进展情况", "工作动态", """
<div class="content">
<p>今年以来，全区上下坚持项目为王，53个省市县长项目工程和区重点项目完成投资186.4亿元，完成年度计划的54.2%。</p>
<p>云栖小镇二期、之江实验室南湖基地配套等12个项目实现开工，紫金港科技城智慧网谷等8个项目竣工投用。</p>
<div class="editor-note" style="display:none">编辑备注：第三段关于三墩北单元征迁进度的数字与发改局口径不一致，此段待核实后再发。</div>
<p>下一步，我区将加快推进征迁清零和要素保障，确保全年完成投资320亿元以上。</p>
</div>"""), "review", ["hidden_content"], [],
    "CMS page with an editor's note in a display:none div ('此段待核实后再发'): text a reader can see in the source, "
    "unlike the template's mobile menu")

doc("r26_pifu_wenjian.pdf", "pdf", fodt(body=
    P("关于西湖区2025年农村饮用水达标提标工程实施方案的批复", "Title") + paras("""
区水利水电局：
你局《关于要求审批西湖区2025年农村饮用水达标提标工程实施方案的请示》收悉。经研究，原则同意该实施方案。
工程涉及双浦镇、三墩镇等4个镇街，新建管网46.8公里，总投资5860万元，资金由区财政和上级补助资金统筹解决。
请你局严格按照基本建设程序组织实施，确保工程质量和安全，于2025年12月底前完成建设任务。
""", "Body") + P("杭州市西湖区人民政府", "Right") + P("2025年5月12日", "Right") +
    P("附件1：工程实施范围", "PBTitle") + paras("""
双浦镇：铜鉴湖村、大诸桥村、新沙村，新建管网18.2公里。
三墩镇：石马社区、绕城村，新建管网12.5公里。
""", "Body") + P("附件2：投资概算表（扫描件）", "PBTitle") + paras("""
工程费用：4960万元；工程建设其他费用：620万元；预备费：280万元；合计5860万元。
""", "Body")), "review", ["unreadable"], [],
    "3-page 批复: pages 1–2 have text; page 3 (附件2 投资概算表) is a scanned image with no text layer",
    post="scanpage3")

doc("r27_weiting_tongzhi.txt", "txt", """杭州市公安局西湖区分局交通警察大队
关于对长期违法停放车辆进行清理的通告

近期，我大队在文一西路、古墩路沿线巡查中发现，部分机动车长期占用公共停车泊位及消防通道，影响道路通行和消防安全。根据《中华人民共和国道路交通安全法》第五十六条的规定，现通告如下：
一、请以下车辆所有人自本通告发布之日起7日内将车辆驶离：
1. 白色小型轿车，号牌浙AK7M23，停放于文一西路与古墩路交叉口东北角；
2. 黑色小型越野车，号牌浙AD58921，停放于古墩路588号消防通道；
3. 银色面包车（无号牌），停放于紫荆花路东侧人行道。
二、逾期未驶离的，我大队将依法拖移至指定停车场，由此产生的费用由车辆所有人承担。
联系电话：0571-87280122（西湖交警大队勤务科）。

杭州市公安局西湖区分局交通警察大队
2025年6月10日
""", "review", ["license_plate"], [],
    "清理违停车辆通告: private cars' plates 浙AK7M23 and new-energy 浙AD58921 in full")

doc("r28_gongzuo_jianbao.docx", "docx", fodt(
    footer=P("内部资料　注意保存", "Center"),
    body=P("西湖区营商环境优化提升工作简报", "Title") + P("第6期", "Center") + P("西湖区营商环境优化提升领导小组办公室　2025年6月15日", "Center") +
    paras("""
【工作动态】区市场监管局推出“证照联办”改革，企业开办全流程压缩至1个工作日以内，5月份新设企业1286户，同比增长12.4%。
【经验交流】三墩镇建立“企业服务专员”制度，为辖区236家规上企业配备服务专员，上半年协调解决企业诉求418件。
【下步打算】持续深化“一件事”集成改革，推动涉企服务事项“一网通办”。
""", "Body")), "review", ["sensitive_term"], [],
    "工作简报 whose page footer says 内部资料　注意保存 (ideographic space); body clean")

doc("r29_xiangmu_qingdan.xlsx", "xlsx", fods([{"name": "2025年项目", "wide": {1}, "rows": [
    ["序号", "项目名称", "总投资（万元）", "年度计划（万元）", "责任单位"],
    [1, "文三路综合整治工程", 28600, 12000, "区城管局"],
    [2, "三墩北单元安置房", {"v": 156000, "comment": "该项目尚未报批，暂不公开，发布前删除此行"}, 48000, "区建设中心"],
    [3, "西溪湿地周边道路提升", 9800, 9800, "区交通局"],
    [4, "中小学智慧校园二期", 1286, 1286, "区教育局"]]}]),
    "review", ["hidden_content"], [],
    "重点项目清单 XLSX with a cell comment on C3 saying the item is not yet approved and must be removed")

doc("r30_huodong_fangan.docx", "docx", fodt(
    meta={"title": "2025年全民健身月活动方案", "subject": "仅供内部参考", "keywords": ["仅供内部参考", "体育"],
          "creator": "区体育中心"},
    body=P("西湖区2025年全民健身月活动方案", "Title") + paras("""
为深入实施全民健身国家战略，定于2025年8月在全区开展全民健身月活动。
一、活动时间：2025年8月1日至8月31日。
二、主要活动：全民健身日主场活动、社区运动会、“运动西湖”线上打卡、科学健身讲座等。
三、活动咨询：西湖区文化和广电旅游体育局群体科，电话0571-87057120。
""", "Body")), "review", ["sensitive_term"], [],
    "clean body; the document properties (subject and keywords) say 仅供内部参考 — left from an internal template, "
    "shown by viewers and search engines")

# ---------------------------------------------------------------- BLOCK

_p31 = [(n, make_id("330106"), g) for n, g in
        [("钱海燕", "女"), ("徐国富", "男"), ("鲍秀兰", "女"), ("龚建平", "男"), ("邹美玲", "女"), ("曹金根", "男")]]
doc("r31_butie_mingdan.xlsx", "xlsx", fods([{"name": "发放名单", "wide": {2}, "rows":
    [[{"v": "双浦镇2025年第二季度高龄津贴发放名单", "span": 6}],
     ["序号", "姓名", "身份证号码", "性别", "村（社区）", "金额（元）"]] +
    [[i, n, idn, g, "铜鉴湖村", 300] for i, (n, idn, g) in enumerate(_p31, 1)] +
    [["合计", "", "", "", "", 1800]]}]),
    "block", ["id_card"], [x[1] for x in _p31],
    "高龄津贴发放名单 with full names and full IDs stored as text")

doc("r32_qingshi_baogao.docx", "docx", fodt(
    header=P("秘密★6个月", "Mark"),
    footer=Praw('<text:page-number text:select-page="current">1</text:page-number>', "Center"),
    body=P("关于申请追加城市防洪应急资金的请示", "Title") + paras("""
区政府：
受今年第3号台风影响，我区沿江堤防出现多处险情，需紧急实施加固工程。经初步测算，需追加应急资金2860万元。
妥否，请批示。
""", "Body") + P("杭州市西湖区水利水电局", "Right") + P("2025年6月3日", "Right")),
    "block", ["classified_marking"], [],
    "请示 with 秘密★6个月 only in the page header (months as 保密期限)")

_id33 = make_id("330102", 1968, 4, 9)
doc("r33_buchang_gongshi.html", "html", cms.page("三墩镇绕城村征收补偿结果公示", "征地拆迁", f"""
<div class="content">
<p>根据《国有土地上房屋征收与补偿条例》，现将绕城村第二批房屋征收补偿结果公示如下：</p>
<!-- 原始数据：户主 李永康 身份证 {_id33} 补偿款待财政复核，发布前删除 -->
<table border="1"><tr><th>户号</th><th>户主</th><th>合法面积（㎡）</th><th>补偿金额（元）</th></tr>
<tr><td>RC-027</td><td>李某康</td><td>186.4</td><td>2,846,320</td></tr>
<tr><td>RC-028</td><td>王某华</td><td>142.8</td><td>2,180,556</td></tr></table>
<p>公示期7日，监督电话：0571-88912345。</p>
</div>"""), "block", ["id_card", "hidden_content"], [_id33],
    "公示 with masked names in the table, but an HTML comment left by the editor holds a full name and ID")

_c34 = [make_card("622208", 19), make_card("621700", 19), make_card("623058", 19), make_card("622848", 19)]
doc("r34_tuikuan_qingdan.pdf", "pdf", fodt(body=
    P("关于退还2024年度多缴城乡居民医保费的公告", "Title") + paras("""
经核查，2024年度部分参保人员因重复参保等原因多缴城乡居民基本医疗保险费，现予以退还。
退费将于2025年7月15日前原路退回至缴费账户，具体名单见附件。如有疑问请咨询0571-87068312。
""", "Body") + P("杭州市西湖区医疗保障局", "Right") + P("2025年6月20日", "Right") +
    P("附件说明", "PBTitle") + paras("""
一、退费对象为2024年度在本区和外地重复参保缴费的人员。
二、退费金额为个人实际缴纳金额，不计利息。
""", "Body") + P("附件：退费人员名单", "PBTitle") + odt_table(
        [["序号", "姓名", "退费金额（元）", "退款银行卡号"]] +
        [[str(i), n, "380", c] for i, (n, c) in enumerate(zip(["朱某某", "蒋某", "韩某某", "杨某某"], _c34), 1)], "退费名单")),
    "block", ["bank_card"], _c34,
    "3-page PDF: pages 1–2 clean; page 3 lists refund bank cards (names masked)")

doc("r35_huiyi_jiyao.txt", "txt", """000087
机
密★
2年

西湖区城市安全风险专题会议纪要

2025年6月9日，区政府召开城市安全风险专题会议，分析研判汛期城市运行风险，部署下一阶段重点工作。
一、会议要求各部门对地下空间、危旧房屋、在建工地等重点部位开展拉网式排查。
二、会议明确由区应急管理局牵头，建立风险隐患闭环管理台账。

杭州市西湖区人民政府办公室
2025年6月10日印发
""", "block", ["classified_marking"], [],
    "机密★2年 broken after 机 and after ★ onto three lines under the 份号")

_id36 = make_id("330106", 1962, 10, 17)
_m36 = make_mobile("135")
doc("r36_jiuzhu_dengji.docx", "docx", fodt(body=
    P("临时救助审批表", "Title") + odt_table([
        ["申请人", "陈阿根", "性别", "男"],
        ["身份证号码", _id36, "联系电话", _m36],
        ["家庭住址", "杭州市西湖区双浦镇新沙村6组28号", "家庭人口", "3"],
        ["救助事由", "因病致贫，2025年住院自付费用4.6万元", "救助金额", "5000元"]], "审批表", header=False) +
    paras("""
经村（社区）评议、镇街审核，拟给予临时救助5000元。
审批意见：同意。
""", "Body") + P("西湖区民政局", "Right") + P("2025年6月6日", "Right")),
    "block", ["id_card", "mobile_phone"], [_id36, _m36],
    "临时救助审批表 uploaded as is: full name, full ID and mobile in table cells")

_id37 = make_id("330106", 1985, 7, 12)
doc("r37_chufa_gaozhi.txt", "txt", f"""杭州市西湖区综合行政执法局
行政处罚事先告知书

西综执告字〔2025〕第0488号

当事人：吴建明
身份证号：{_id37[:6]} {_id37[6:14]} {_id37[14:]}
住址：杭州市西湖区古荡街道某小区

经查，你于2025年5月18日在文三路与学院路交叉口西北侧擅自设置户外广告牌，违反了《杭州市户外广告设施和招牌指示牌管理条例》第十八条的规定。依据该条例第四十三条，本局拟对你作出罚款人民币2000元的行政处罚。
你有权在收到本告知书之日起五个工作日内提出陈述和申辩。联系电话：0571-87219360。

杭州市西湖区综合行政执法局
2025年6月2日
""", "block", ["id_card"], [_id37],
    "事先告知书 with the person's full ID written in 6-8-4 groups separated by spaces")

_id38 = make_id("330106", 1990, 2, 14)
doc("r38_peixun_mingdan.docx", "docx", fodt(body=
    P("西湖区2025年家政服务员技能培训合格人员名单", "Title") + paras("""
经理论考试和实操考核，以下人员培训合格，予以公布。
""", "Body") + odt_table([["序号", "姓名", "证书编号", "身份证号"],
                          ["1", "孙某某", "XHJZ2025001", mask_id(make_id("330106"))],
                          ["2", "李某", "XHJZ2025002", mask_id(make_id("330102"))]], "名单") +
    Praw(escape("如有异议，请于5个工作日内联系0571-87051819") +
         f"<office:annotation><dc:creator>培训科 周某</dc:creator><dc:date>2025-06-11T10:05:00</dc:date>"
         f"<text:p>{escape('第2名李某本名李佳怡，身份证' + _id38 + '，证书待补打')}</text:p></office:annotation>" + escape("。"), "Body")),
    "block", ["id_card", "hidden_content"], [_id38],
    "名单 with masked names and IDs; a Word comment on the last paragraph holds the full name and ID")

doc("r39_renwu_tongzhi.html", "html", cms.page("关于做好重要活动期间城市运行保障的通知", "通知公告", """
<div class="content">
<div class="banner"><span class="mj">秘密</span><span class="star">★</span><span class="qx">1年</span></div>
<p>各有关单位：</p>
<p>为做好重要活动期间城市运行保障工作，现将有关要求通知如下：一、加强市容环境整治；二、做好交通组织保障；三、落实应急值守。</p>
<p style="text-align:right">西湖区城市运行保障指挥部<br>2025年6月15日</p>
</div>"""), "block", ["classified_marking"], [],
    "CMS page whose 版头 carries 秘密★1年 split over three <span> elements")

_c40 = [make_card("622588", 16), make_card("625966", 16), make_card("628288", 16)]
doc("r40_jiangli_mingdan.xlsx", "xlsx", fods([{"name": "奖励发放", "wide": {3}, "rows": [
    ["序号", "姓名", "奖励事由", "银行卡号", "金额（元）"]] +
    [[i, n, "见义勇为", c, 5000] for i, (n, c) in enumerate(zip(["潘某某", "杜某", "范某某"], _c40), 1)]}]),
    "block", ["bank_card"], _c40,
    "见义勇为奖励发放表: names masked, 16-digit bank cards in full (text cells)")

for _d in [_id33, _id36, _id37, _id38] + [x[1] for x in _p31]:
    assert id_valid(_d), _d
