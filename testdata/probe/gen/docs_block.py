"""Probe documents whose expected verdict is block."""
from lib import (P, Praw, paras, odt_table, fodt, fods, make_id, make_id15, make_card, make_mobile,
                 mask_id, fullwidth, group4, escape)

DOCS = []


def doc(file, kind, src, verdict, cats, raw, note, **extra):
    DOCS.append(dict(file=file, kind=kind, src=src, verdict=verdict, cats=cats, raw=raw, note=note, **extra))


# q01: marking at the head of a GB/T 9704 red-head document, with 份号 above it.
doc("q01_fangxun_tongzhi.txt", "txt", """000217
秘密★1年
特急

杭州市西湖区人民政府办公室文件

西政办发〔2025〕7号

关于做好2025年汛期地质灾害隐患排查工作的紧急通知

各镇人民政府、街道办事处，区政府各部门、各直属单位：
    据市气象台预报，5月下旬至6月中旬我区将进入主汛期，降雨总量较常年偏多二至三成。为切实做好地质灾害防范工作，确保人民群众生命财产安全，经区政府同意，现就有关事项通知如下：
    一、全面开展隐患排查。各镇街要在5月25日前完成辖区内地质灾害隐患点、切坡建房点的拉网式排查，建立“一点一档”，落实监测责任人和避险转移路线。
    二、严格落实值班值守。汛期实行24小时领导带班和专人值班制度，遇有险情第一时间报告区防指办。
    三、做好转移避险准备。对危险区域内的群众，要提前明确安置点，储备必要的生活物资。
    附件：西湖区2025年地质灾害重点防范区域清单（略）

杭州市西湖区人民政府办公室
2025年5月16日
""", "block", ["classified_marking"], [], "秘密★1年 on line 2, under the 6-digit 份号, as GB/T 9704 lays it out")

# q02: marking in the DOCX page header only.
doc("q02_shuili_fangan.docx", "docx", fodt(
    header=P("机密★5年", "Mark"),
    body=P("钱塘江海塘安澜工程（西湖段）建设实施方案", "Title") + paras("""
为贯彻落实省委、省政府关于海塘安澜千亿工程的决策部署，全面提升钱塘江沿线防潮御洪能力，结合我区实际，制定本方案。
一、工程范围。本次实施范围为之江路至转塘段海塘，全长约12.6千米，按300年一遇防潮标准建设。
二、建设内容。主要包括堤身加固、护塘河整治、沿线生态廊道建设以及防汛通道贯通。
三、投资估算。工程总投资约28.4亿元，其中省级补助资金按有关规定另行下达。
四、进度安排。2025年完成初步设计审批，2026年6月前主体工程开工，2028年底前完工验收。
五、保障措施。成立工程建设指挥部，实行周例会制度，各成员单位要密切配合，形成工作合力。
""", "Body")), "block", ["classified_marking"], [], "机密★5年 only in the page header of a DOCX made by LibreOffice")

# q03: marking in a floating text box.
doc("q03_yingji_yuan.docx", "docx", fodt(body=
    Praw('<draw:frame draw:style-name="fr1" draw:name="密级框" text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" '
         'svg:width="4.5cm" svg:height="1.1cm" draw:z-index="0"><draw:text-box>'
         + P("绝密★长期", "Mark") + "</draw:text-box></draw:frame>") +
    P("", None) +
    P("西湖区重大突发事件应急处置预案（征求意见稿）", "Title") + paras("""
1 总则
1.1 编制目的。为建立健全统一指挥、反应灵敏、协调有序、运转高效的应急管理机制，最大程度减少突发事件造成的损失，制定本预案。
1.2 适用范围。本预案适用于本区行政区域内发生的特别重大、重大突发事件的先期处置工作。
2 组织体系
2.1 区应急指挥部由区长任总指挥，分管副区长任副总指挥，成员由区应急管理局、区公安分局、区卫生健康局等单位主要负责人组成。
2.2 指挥部办公室设在区应急管理局，承担日常工作。
3 预警与响应
3.1 预警级别由高到低分为一级、二级、三级和四级，分别用红色、橙色、黄色和蓝色标示。
3.2 事发地镇街应当在接报后30分钟内将情况报告区委、区政府总值班室。
""", "Body")), "block", ["classified_marking"], [], "绝密★长期 inside a floating text box (draw:frame → wps:txbx) at the top of page 1")

# q04: marking only in document properties (title, subject, keywords).
doc("q04_tingche_qingshi.docx", "docx", fodt(
    meta={"title": "秘密★1年 关于调整主城区道路停车收费标准的请示", "subject": "秘密★1年",
          "keywords": ["秘密★1年", "停车收费", "请示"], "creator": "区发改局价格科"},
    body=P("关于调整主城区道路停车收费标准的请示", "Title") + P("区人民政府：") + paras("""
现行主城区道路停车收费标准自2019年执行以来，对缓解停车难问题发挥了积极作用。随着机动车保有量持续增长，部分核心区域泊位周转率下降，停车秩序问题较为突出。
经调研论证并召开价格听证会，拟将一类区域白天首小时收费由5元调整为6元，其后每半小时由2元调整为3元；二、三类区域标准维持不变；新能源汽车继续享受首小时免费优惠。
以上请示妥否，请批示。
""", "Body") + P("西湖区发展和改革局", "Right") + P("2025年4月8日", "Right")),
    "block", ["classified_marking"], [], "body is clean; 秘密★1年 is only in docProps/core.xml title, subject and keywords")

# q05: marking typed with ideographic spaces and full-width digit.
doc("q05_renshi_tongzhi.txt", "txt", """秘　密　★　１　年

中共西湖区委组织部
关于部分干部职务任免的通知

各镇党委、街道党工委，区直各单位党组（党委）：
    经区委常委会研究决定：
    王某某同志任区农业农村局副局长（试用期一年）；
    李某某同志任区文化和广电旅游体育局副局长，免去其区文化馆馆长职务。
    以上同志的任职时间从区委常委会研究决定之日起计算。

中共西湖区委组织部
2025年3月28日
""", "block", ["classified_marking"], [], "秘密★1年 typed with U+3000 spaces between every character and a full-width １")

# q06: full-width asterisk instead of a star.
doc("q06_jiancha_baogao.txt", "txt", """秘密＊3年

关于2024年度区属国有企业经营业绩考核情况的报告

区国资委：
    根据《西湖区区属国有企业负责人经营业绩考核办法》，我办组织对6家区属国有企业2024年度经营业绩进行了考核。现将有关情况报告如下：
    一、总体情况。6家企业全年实现营业收入48.7亿元，同比增长6.3%；利润总额3.12亿元，同比增长4.1%；国有资本保值增值率103.6%。
    二、考核结果。区城投集团、区文旅集团考核等级为A级，区交投集团等3家为B级，区农发公司为C级。
    三、存在问题。部分企业主业不够突出，应收账款规模偏大，内部控制制度执行不到位。
    四、下步建议。建议加强内部审计监督，完善薪酬与业绩挂钩机制。

西湖区国资考核办
2025年2月20日
""", "block", ["classified_marking"], [], "秘密＊3年: full-width asterisk (U+FF0A) as the star; 内部控制/内部审计 in the body must not add anything")

# q07: traditional characters (a letter from a Macao counterpart).
doc("q07_aomen_hezuo.html", "html", """<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>關於深化琴澳旅遊合作事項的函</title>
<style>body{font-family:serif;max-width:46em;margin:2em auto;line-height:1.8}.mj{font-weight:bold}</style></head>
<body>
<p class="mj">機密★5年</p>
<h1>關於深化琴澳旅遊合作事項的函</h1>
<p>珠海市文化廣電旅遊體育局：</p>
<p>為落實橫琴粵澳深度合作區總體方案，進一步推動琴澳兩地旅遊資源共享、客源互送，本局擬於2025年第三季度聯合舉辦“琴澳一程多站”旅遊推介活動。現將有關合作事項函告如下：</p>
<p>一、雙方共同設計不少於五條跨境旅遊線路，並於各自官方網站同步發佈。</p>
<p>二、推動旅行社互設分支機構，簡化導遊跨境執業備案手續。</p>
<p>三、建立旅遊市場聯合監管和投訴處理協作機制，個案資料經雙方確認後方可對外公佈。</p>
<p>專此函達，請予支持為盼。</p>
<p style="text-align:right">澳門特別行政區政府旅遊局<br>二〇二五年五月六日</p>
</body></html>
""", "block", ["classified_marking"], [], "traditional 機密★5年 at the head of an all-traditional letter")

# q08: zero-width and other format characters inside the marking.
doc("q08_huiyi_tongzhi.txt", "txt", "机\u200b密\u200c★\u200d2\u2060年\ufeff\n" + """
关于召开全区安全生产专项整治推进会的通知

各镇街、区安委会各成员单位：
    经区政府同意，定于2025年6月12日（星期四）上午9:00在区行政中心3号楼一楼会议室召开全区安全生产专项整治推进会。
    一、参会人员：各镇街分管负责人，区安委会各成员单位分管负责人。
    二、会议内容：通报上半年安全生产形势；部署城镇燃气、自建房、电动自行车等重点领域整治工作。
    三、有关要求：请参会人员提前10分钟入场，会场内手机调至静音。因故不能参会的，请于6月10日前向区安委办书面请假。
    联系人：区应急管理局综合科，电话：0571-87015566。

西湖区安全生产委员会办公室
2025年6月5日
""", "block", ["classified_marking"], [], "机密★2年 with U+200B, U+200C, U+200D, U+2060 between the characters and a U+FEFF after")

# q09: 密级：机密 in a 呈批件 form.
doc("q09_chengpijian.html", "html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>区政府办公室呈批件</title>
<style>table{border-collapse:collapse;width:100%}td{border:1px solid #333;padding:6px}</style></head>
<body>
<h2 style="text-align:center">西湖区人民政府办公室呈批件</h2>
<table>
<tr><td>密级：机密</td><td>缓急：特急</td><td>编号：呈〔2025〕41号</td></tr>
<tr><td colspan="3">标题：关于紫金港单元工业用地收储补偿方案的请示</td></tr>
<tr><td colspan="3">拟办意见：拟同意，提请区政府常务会议审议。</td></tr>
<tr><td colspan="3">主要内容：紫金港单元共涉及工业用地约186亩，拟参照周边可比地块评估价格，按每亩168万元标准给予补偿，总额约3.12亿元，资金由区土地储备中心筹措。</td></tr>
<tr><td>承办单位：区规划资源分局</td><td>承办人：周某</td><td>日期：2025年4月17日</td></tr>
</table>
</body></html>
""", "block", ["classified_marking"], [], "密级：机密 in the first cell of a 呈批件 form table")

# q10: 秘密 alone on the first line.
doc("q10_zhengzhi_qingkuang.txt", "txt", """秘密

关于部分街道征迁遗留问题处置情况的通报

各有关街道、区级有关部门：
    今年以来，区征迁办会同有关街道，对2019年以来遗留的征迁问题进行了全面梳理，共排查出各类遗留问题43件，截至5月底已化解31件，化解率72.1%。
    剩余12件中，涉及补偿标准争议7件，涉及产权确认3件，涉及安置房分配2件。请有关街道按照“一案一策”要求，于8月底前全部化解到位。
    各单位要严格执行信息报送制度，涉及群体性诉求的，须第一时间报告区委政法委。

西湖区征迁工作领导小组办公室
2025年6月3日
""", "block", ["classified_marking"], [], "bare 秘密 alone on line 1 (GB/T 9704 allows the 密级 without a 保密期限)")

# q11 (PDF): exam paper, 绝密★启用前.
doc("q11_bishi_shijuan.pdf", "pdf", fodt(body=
    P("绝密★启用前", "Mark") +
    P("2025年西湖区事业单位公开招聘工作人员笔试", "Center") +
    P("《综合基础知识》试卷", "Title") + paras("""
注意事项：1.本试卷共6页，满分100分，考试时间120分钟。2.请将答案填涂在答题卡上，写在试卷上无效。
一、单项选择题（每题1分，共40分）
1.根据《中华人民共和国保守国家秘密法》，国家秘密的密级分为（　）。
A.绝密、机密、秘密三级　B.绝密、机密两级　C.核心、重要、一般三级　D.机密、秘密、内部三级
2.下列关于政府信息公开的说法，正确的是（　）。
A.行政机关公开政府信息，应当坚持以公开为常态、不公开为例外
B.所有政府信息均应主动公开
C.涉及个人隐私的政府信息一律不得公开
D.政府信息公开工作年度报告每两年发布一次
3.我国第一部由国家颁布的大气污染防治法律于（　）年施行。
A.1979　B.1988　C.1996　D.2000
""", None)), "block", ["classified_marking"], [], "exam paper headed 绝密★启用前; the question text quotes the three 密级 as a law fact")

# q12: marking only in the HTML <title>.
doc("q12_wenlv_baogao.html", "html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>机密★1年 关于亚运场馆赛后利用情况的报告</title>
<meta name="description" content="西湖区文化和广电旅游体育局工作报告">
</head>
<body>
<h1>关于亚运场馆赛后利用情况的报告</h1>
<p>区委、区政府：</p>
<p>杭州亚运会、亚残运会闭幕以来，我局牵头推进区内7处亚运场馆赛后利用工作。截至2025年4月底，各场馆累计开放1,386天，接待群众健身和赛事活动86.2万人次，举办市级以上赛事41项。</p>
<p>一、主要做法。一是实行“一馆一策”，明确运营主体；二是推出低价开放时段，工作日中午及晚间对市民半价开放；三是引入专业运营团队，提高场馆综合效益。</p>
<p>二、存在问题。部分场馆运营成本较高，财政补贴压力较大；周边配套交通设施仍需完善。</p>
<p>三、下步打算。积极争取上级体育彩票公益金支持，探索场馆冠名权等市场化运营方式。</p>
<p style="text-align:right">西湖区文化和广电旅游体育局<br>2025年5月9日</p>
</body></html>
""", "block", ["classified_marking"], [], "机密★1年 only in <title>, which browsers and search engines show")

# q13 (PDF): marking only on page 2 (the attachment).
doc("q13_shishi_fangan.pdf", "pdf", fodt(body=
    P("西湖区人民政府办公室关于印发《西湖区城中村改造三年行动实施方案》的通知", "Title") + paras("""
各镇人民政府、街道办事处，区政府各部门、各直属单位：
《西湖区城中村改造三年行动实施方案》已经区政府第42次常务会议审议通过，现印发给你们，请认真组织实施。
西湖区人民政府办公室
2025年4月30日
""", "Body") +
    P("附件", "PBTitle") +
    P("秘密★1年", "Mark") +
    P("西湖区城中村改造三年行动实施方案", "Center") + paras("""
一、总体目标。2025年至2027年，全区计划启动城中村改造项目14个，涉及农户约3200户，建设安置房约1.1万套。
二、年度安排。2025年启动蒋村、三墩北等5个项目；2026年启动6个项目；2027年启动3个项目。
三、资金筹措。项目总投资约326亿元，通过专项债券、政策性银行贷款和土地出让收入统筹平衡。
四、工作要求。各镇街要严格执行征收补偿政策，做好群众思想工作，确保社会大局稳定。
""", "Body")), "block", ["classified_marking"], [], "page 1 is a clean 印发通知; 秘密★1年 is at the top of page 2 (the attachment) only")

# q14 (XLSX): marking in the sheet's title row.
doc("q14_rongzi_tongji.xlsx", "xlsx", fods([{
    "name": "融资情况", "wide": {0},
    "rows": [
        [{"v": "机密★2年", "span": 5}],
        [{"v": "2025年第一季度区属国企重点项目融资情况统计表", "span": 5}],
        ["项目名称", "融资主体", "融资方式", "金额（万元）", "期限（年）"],
        ["之江文化中心二期", "区城投集团", "银团贷款", 186000, 15],
        ["三墩安置房三期", "区城投集团", "专项债券", 92000, 10],
        ["留下片区综合整治", "区交投集团", "融资租赁", 35500, 5],
        ["云栖小镇配套道路", "区交投集团", "政策性银行贷款", 48000, 20],
        ["合计", "", "", 361500, ""],
    ]}]), "block", ["classified_marking"], [], "机密★2年 in merged cell A1 above the table title")

# q15 (DOCX): ID in a footnote, card in an endnote.
_id15 = make_id("330106", 1968, 11, 3)
_card15 = make_card("621700", 19)
doc("q15_kunnan_jiuzhu.docx", "docx", fodt(body=
    P("关于给予王建国家庭临时救助的决定", "Title") + paras("""
西湖区民政局
西民救〔2025〕18号
""", "Center") +
    Praw(escape("申请人王建国，男，西湖区留下街道小和山社区居民。2025年3月，申请人因突发重大疾病住院治疗，自付医疗费用较大，家庭基本生活陷入困难") +
         '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
         + P(f"申请人身份证号码：{_id15}，已经街道核对户籍信息。") +
         "</text:note-body></text:note>" + escape("。经入户调查、邻里访问和家庭经济状况核对，符合临时救助条件。"), "Body") +
    Praw(escape("根据《浙江省社会救助条例》有关规定，决定给予一次性临时救助金8000元") +
         '<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body>'
         + P(f"救助金通过社会化发放，已打入申请人本人银行卡，卡号{_card15}。") +
         "</text:note-body></text:note>" + escape("。如对本决定不服，可在收到本决定之日起六十日内申请行政复议。"), "Body") +
    P("西湖区民政局", "Right") + P("2025年4月2日", "Right")),
    "block", ["id_card", "bank_card"], [_id15, _card15],
    "ID only in footnote 1; UnionPay card only in endnote i")

# q16 (DOCX): ID in a tracked deletion, card in hidden text (w:vanish).
_id16 = make_id("330102", 1979, 6, 21)
_card16 = make_card("622848", 19)
doc("q16_xuke_jueding.docx", "docx", fodt(
    tracked=('<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion><office:change-info>'
             '<dc:creator>审批科 刘某</dc:creator><dc:date>2025-05-06T15:20:00</dc:date></office:change-info>'
             + P(f"（经营者身份证号：{_id16}）") + "</text:deletion></text:changed-region>"),
    body=P("准予行政许可决定书", "Title") + P("西市监许〔2025〕0317号", "Center") +
    Praw(escape("申请人：杭州西溪某某餐饮店（个体工商户），经营者陈某某") + '<text:change text:change-id="ct1"/>' + escape("。"), "Body") +
    paras("""
你（单位）于2025年4月28日提出的食品经营许可申请，本机关已于当日受理。经审查，申请材料齐全，符合法定形式，现场核查符合要求。
根据《中华人民共和国行政许可法》第三十八条第一款和《食品经营许可和备案管理办法》的规定，决定准予行政许可，核发食品经营许可证。
""", "Body") +
    Praw(escape("许可证有效期五年。") + f'<text:span text:style-name="Hid">{escape("开户行：中国农业银行杭州西溪支行，账号：" + _card16)}</text:span>', "Body") +
    P("杭州市西湖区市场监督管理局", "Right") + P("2025年5月6日", "Right")),
    "block", ["id_card", "bank_card", "hidden_content"], [_id16, _card16],
    "ID only in a tracked deletion (w:del); a 62 card only in hidden text (w:vanish)")

# q17 (XLSX): hidden sheet with IDs; a hidden row with a card on the visible sheet.
_rows17 = [(n, make_id(), make_mobile()) for n in ["沈国强", "吴丽娟", "蒋志明", "韩雪芳", "朱永福"]]
_card17 = make_card("621483", 16)
doc("q17_butie_mingdan.xlsx", "xlsx", fods([
    {"name": "公示名单", "wide": {3},
     "hidden_rows": {4},
     "rows": [
         [{"v": "2025年西湖区耕地地力保护补贴发放公示", "span": 4}],
         ["序号", "姓名", "补贴面积（亩）", "补贴金额（元）"],
         [1, "沈*强", 6.2, 663.4],
         [2, "吴*娟", 4.8, 513.6],
         ["备注", "吴*娟", "代发卡号", _card17],
         [3, "蒋*明", 9.5, 1016.5],
         [4, "韩*芳", 3.1, 331.7],
         [5, "朱*福", 7.4, 791.8],
     ]},
    {"name": "核对明细", "hidden": True, "wide": {2},
     "rows": [["姓名", "村（社区）", "身份证号码", "联系电话"]] +
             [[n, "龙坞村", i, m] for n, i, m in _rows17]},
]), "block", ["id_card", "bank_card", "mobile_phone", "hidden_content"],
    [i for _, i, _ in _rows17] + [m for _, _, m in _rows17] + [_card17],
    "visible sheet has masked names; hidden row 5 holds a 16-digit 62 card; hidden sheet 核对明细 has IDs and mobiles")

# q18 (XLSX): ID only in a cell comment.
_id18 = make_id("330110", 1952, 2, 14)
doc("q18_gaoling_butie.xlsx", "xlsx", fods([{
    "name": "Sheet1", "wide": {1},
    "rows": [
        [{"v": "2025年5月高龄津贴发放名单（公示）", "span": 5}],
        ["序号", "姓名", "身份证号码", "年龄", "金额（元）"],
        [1, "方某某", mask_id(make_id("330110", 1938, 4, 9)), 87, 100],
        [2, {"v": "俞某某", "comment": f"与户籍系统核对一致，原号码{_id18}，请勿外传", "author": "社区 民政专员"},
         mask_id(_id18), 91, 200],
        [3, "邵某某", mask_id(make_id("330110", 1930, 8, 30)), 95, 500],
    ]}]), "block", ["id_card", "hidden_content"], [_id18],
    "names and IDs are masked in the cells; the full ID of one person is in a cell comment on B4")

# q19 (XLSX): ID numbers stored as numbers (floating point keeps ~15 digits).
_ids19 = [make_id("330106", 1985, 7, 12), make_id("330102", 1990, 1, 25), make_id("330203", 1976, 9, 8)]
doc("q19_canbao_mingdan.xlsx", "xlsx", fods([{
    "name": "参保人员", "wide": {2},
    "rows": [
        ["序号", "姓名", "公民身份号码", "参保险种", "缴费基数（元）"],
        [1, "黄志强", int(_ids19[0]), "职工基本养老保险", 6720],
        [2, "徐晓燕", int(_ids19[1]), "职工基本养老保险", 5980],
        [3, "孙国平", int(_ids19[2]), "失业保险", 4812],
    ]}]), "block", ["id_card"], _ids19 + [i[:15] for i in _ids19],
    "judgement call: IDs typed as numbers, so the file holds ~15 significant digits (3.30106198507121E+17); region and birth date are still exposed next to names; issue 3 says report it")

# q20 (HTML): ID in an <img alt>, card in a display:none div.
_id20 = make_id("330782", 1988, 3, 17)
_card20 = make_card("622588", 16)
doc("q20_jianyi_gongshi.html", "html", f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2025年度见义勇为人员表彰公示</title>
<style>.fj{{display:none}} body{{max-width:46em;margin:auto;line-height:1.8}}</style></head>
<body>
<h1>2025年度见义勇为人员表彰公示</h1>
<p>根据《浙江省见义勇为人员奖励和保障条例》，经评审委员会评议，拟对以下人员予以表彰，现予公示。公示期为2025年6月9日至6月15日。</p>
<p><img src="/upload/2025/06/jyyw01.jpg" alt="叶志刚 身份证{_id20} 照片" width="120"> 叶志刚，男，义乌市人。2025年2月14日在西溪湿地附近河道奋不顾身救起落水儿童一名。</p>
<p>公示期间如有异议，请以书面形式向区见义勇为基金会反映，电话：0571-87021234。</p>
<div class="fj">奖金发放信息：叶志刚 招商银行 卡号{_card20}</div>
<p style="text-align:right">西湖区见义勇为基金会<br>2025年6月9日</p>
</body></html>
""", "block", ["id_card", "bank_card", "hidden_content"], [_id20, _card20],
    "ID only in an <img alt>; a 16-digit card only in a display:none div")

# q21 (PDF): ID on page 3 only.
_id21 = make_id("330302", 1983, 12, 5)
doc("q21_chufa_jueding.pdf", "pdf", fodt(body=
    P("行政处罚决定书", "Title") + P("西城管罚决字〔2025〕第0088号", "Center") + paras("""
当事人：杭州某某建筑工程有限公司
统一社会信用代码：91330106MA2CDE7X8K
经查，当事人于2025年3月6日夜间22时至次日凌晨2时在文新街道某安置房项目进行混凝土浇筑作业，未取得夜间施工许可，干扰周围居民正常生活。
""", "Body") +
    P("（接上页）", "PB") + paras("""
当事人的上述行为违反了《中华人民共和国噪声污染防治法》第四十三条第一款的规定。根据该法第七十七条第一款的规定，本机关决定对当事人作出如下行政处罚：罚款人民币贰万元整（¥20,000.00）。
当事人应自收到本决定书之日起十五日内缴纳罚款。如不服本决定，可在六十日内申请行政复议，或者在六个月内提起行政诉讼。
杭州市西湖区综合行政执法局
2025年4月11日
""", "Body") +
    P("送达回证", "PBTitle") + odt_table([
        ["送达文书", "行政处罚决定书（西城管罚决字〔2025〕第0088号）"],
        ["受送达人", "杭州某某建筑工程有限公司"],
        ["签收人", "项目负责人 邹建平"],
        ["签收人身份证号", _id21],
        ["送达方式", "直接送达"],
        ["送达时间", "2025年4月14日"],
    ], name="送达回证", header=False)),
    "block", ["id_card"], [_id21], "3-page 处罚决定书; the signer's ID is only in the 送达回证 table on page 3")

# q22: ID broken across two lines (text copied from a narrow PDF column).
_id22 = make_id("330102", 1971, 10, 30)
doc("q22_xinfang_yijian.txt", "txt", f"""关于谢某某信访事项的处理意见书

西信复〔2025〕56号

谢某某：
    你于2025年4月3日通过网上信访平台反映的小区加装电梯补贴问题收悉。经调查，现答复如下：
    信访人：谢永康，身份证号码：{_id22[:10]}
{_id22[10:]}，住西湖区北山街道某小区。
    经查，你所在单元已于2024年10月完成加装电梯工程竣工验收，按照《杭州市既有住宅加装电梯管理办法》，可申请市、区两级财政补助资金共计20万元。目前补助资金审核已完成，预计6月底前拨付至加梯实施主体账户。
    如对本处理意见不服，可自收到本意见书之日起30日内向西湖区人民政府信访局提出复查申请。

西湖区住房和城乡建设局
2025年4月29日
""", "block", ["id_card"], [_id22], "an 18-digit ID wrapped after its 10th digit onto the next line")

# q23: a grouped card number and a legacy 15-digit ID (archived payment receipt).
_card23 = make_card("622202", 19)
_id23 = make_id15("330106", 58, 5, 17)
doc("q23_buchang_huizhi.txt", "txt", f"""西湖区农村房屋征收补偿款发放回执（档案数字化副本）

档案号：XH-ZS-2003-0412
被征收人：许阿四
原身份证号（15位）：{_id23}
补偿项目：房屋补偿款、搬迁费、临时安置费
补偿金额：人民币叁拾贰万陆仟肆佰元整（¥326,400.00）
收款账户：中国工商银行杭州转塘支行
银行卡号：{group4(_card23)}
经办人：街道征迁办 钱某
发放日期：2003年9月18日

说明：本回执系纸质档案数字化成果，原件存区档案馆。
""", "block", ["id_card", "bank_card"], [_id23, _card23, group4(_card23)],
    "19-digit 62 card written in groups of 4 (6222 0212 …); a legacy 15-digit ID with a label")

# q24 (HTML): ID written in full-width digits.
_id24 = make_id("440305", 1992, 8, 19)
doc("q24_rencai_rending.html", "html", f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2025年第二批高层次人才认定结果公示</title></head>
<body>
<h1>2025年第二批高层次人才认定结果公示</h1>
<p>根据《西湖区高层次人才分类认定办法》，经个人申报、单位推荐、专家评审，拟认定以下人员为区级高层次人才，现予以公示。</p>
<table border="1" cellpadding="4">
<tr><th>姓名</th><th>工作单位</th><th>认定类别</th><th>证件号码</th></tr>
<tr><td>梁思远</td><td>浙江某某智能科技有限公司</td><td>D类</td><td>{fullwidth(_id24)}</td></tr>
</table>
<p>公示时间：2025年6月3日至6月9日。联系电话：0571-87026688。</p>
<p style="text-align:right">中共西湖区委人才工作领导小组办公室</p>
</body></html>
""", "block", ["id_card"], [_id24, fullwidth(_id24)], "the only ID is typed in full-width digits (３３…)")

# q25: GBK-encoded text with an ID and a mobile.
_id25 = make_id("320102", 1966, 4, 2)
_m25 = make_mobile("139")
doc("q25_xinfang_dengji.txt", "txt", f"""西湖区人民来访登记表

登记编号：XF20250417-023
来访日期：2025年4月17日
来访人：鲁德胜
身份证号：{_id25}
联系电话：{_m25}
来访事由：反映其承包的转塘街道某村土地被占用，要求落实补偿。
处理情况：已转转塘街道办理，要求15个工作日内答复来访人。
接待人：区信访局 接待科
""", "block", ["id_card", "mobile_phone"], [_id25, _m25], "GBK-encoded text (no BOM) with an ID and a mobile", encoding="gbk")

# q26: UTF-16LE with BOM (a Windows Notepad "Unicode" file) with a marking.
doc("q26_anbao_fangan.txt", "txt", """机密★5年

2025年“西湖音乐节”安全保卫工作方案

一、活动概况
    2025年西湖音乐节定于9月20日至21日在太子湾公园举办，预计单日入园观众2.5万人次。
二、组织领导
    成立活动安全保卫工作指挥部，下设现场警卫、交通保障、消防安全、医疗救护、舆情处置五个工作组。
三、警力部署
    活动期间共投入安保力量1200人，其中公安民警450人，保安员600人，志愿者150人。
四、交通组织
    南山路（长桥至虎跑路段）实行临时交通管制，观众统一通过地铁及接驳公交入园。
""".replace("\n", "\r\n"), "block", ["classified_marking"], [], "UTF-16LE with BOM and CRLF line ends", encoding="utf-16")

# q27: marking broken over three lines, as text copied out of a PDF.
doc("q27_wending_pinggu.txt", "txt", """秘密★
1
年
关于西溪路综合改造工程社会稳定风险评估的报告
区委政法委：
    受区住建局委托，我单位对西溪路综合改造工程开展了社会稳定风险评估。评估采取问卷调查、个别访谈、座谈会等方式，共发放问卷600份，回收有效问卷571份。
    评估认为，工程总体支持率为86.3%，主要风险点为施工期交通影响和沿街商户经营损失。综合评定风险等级为低风险，建议在落实相应化解措施后实施。
杭州某某咨询有限公司
2025年5月20日
""", "block", ["classified_marking"], [], "秘密★ / 1 / 年 on three lines, the way pdftotext breaks a marking at font changes")

# q28 (PDF): owner-password only (opens without a password), ID inside.
_id28 = make_id("330106", 1949, 12, 1)
doc("q28_zhengdi_gonggao.pdf", "pdf", fodt(body=
    P("征地补偿安置方案公告", "Title") + P("西征公〔2025〕9号", "Center") + paras(f"""
根据《中华人民共和国土地管理法》及其实施条例，现将三墩镇某村集体土地征收补偿安置方案公告如下：
一、征收范围：三墩镇某村集体土地2.36公顷（其中耕地1.12公顷）。
二、补偿标准：按浙江省人民政府公布的区片综合地价执行，每亩补偿8.1万元。
三、地上附着物及青苗补偿：按《西湖区征收集体土地地上附着物和青苗补偿标准》执行。
四、安置对象：被征地农户共计27户，其中户主孔德明（身份证号{_id28}）家庭涉及房屋拆迁，另行签订安置协议。
五、听证告知：被征地的农村集体经济组织、农民或其他权利人对本方案有异议的，可在公告之日起30日内提出听证申请。
杭州市西湖区人民政府
2025年5月26日
""", "Body")), "block", ["id_card"], [_id28],
    "PDF encrypted with an owner password only (AES-128, empty user password): it opens without a password, like many published PDFs; the ID also wraps onto the next line in the text layer", post="ownerpw")
