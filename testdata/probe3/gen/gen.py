"""Probe corpus 3 generator: python3 gen.py OUTDIR WORKDIR."""
import json, os, random, shutil, subprocess, sys, zipfile, re
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "probe", "gen"))
import lib
lib.RNG.seed(33003)
from lib import (P, Praw, paras, odt_table, fodt, fods, make_id, make_id15, make_card, make_mobile,
                 make_passport, mask_id, mask_mobile, escape)

DOCS = []
def doc(file, kind, src, verdict, cats, raw, note, **extra):
    DOCS.append(dict(file=file, kind=kind, src=src, verdict=verdict, cats=cats, raw=raw, note=note, **extra))

EXTRA_STYLES = """
 <style:style style:name="Sect2" style:family="section"><style:section-properties>
  <style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>
 <style:style style:name="BigMark" style:family="paragraph">
  <style:text-properties fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="CN" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="CW" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
"""
def fodt2(*a, **k):
    return fodt(*a, **k).replace("</office:automatic-styles>", EXTRA_STYLES + "</office:automatic-styles>", 1)

PAGENO = '第<text:page-number text:select-page="current">1</text:page-number>页 共<text:page-count>1</text:page-count>页'

FILLER = """
为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步提升政务服务效能，结合我区实际，制定本方案。
坚持以人民为中心的发展思想，聚焦企业和群众办事的难点堵点，推动政务服务从“能办”向“好办、易办”转变。
到2025年底，实现高频政务服务事项“一网通办”全覆盖，线下“只进一扇门”，线上“一次登录、全网通办”。
各有关单位要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。
"""

# ---------------------------------------------------------------- PDF
doc("t01_zhifa_jiancha.pdf", "pdf", fodt2(
    footer=P("秘密★3年", "Foot") + Praw(PAGENO, "Foot"),
    body=P("关于开展2025年度安全生产执法检查的工作方案", "Title") + paras(FILLER * 2, "Body") +
    P("西湖区应急管理局", "Right") + P("2025年6月3日", "Right")),
    "block", ["classified_marking"], [],
    "PDF from LibreOffice; 秘密★3年 only in the page footer (1-page PDF, above the page number)")

_id02 = make_id("330110", 1971, 9, 14)
doc("t02_zhengshou_buchang.pdf", "pdf", fodt2(body=
    P("关于余杭区某某地块房屋征收补偿情况的报告", "Title") + paras(FILLER * 3, "Body") +
    P("附件：补偿款发放明细", "PBTitle") +
    odt_table([["被征收人", "身份证号码", "补偿金额（元）"],
               ["宋某某", mask_id(make_id("330110")), "1,156,400.00"],
               ["许文涛", _id02, "986,250.00"],
               ["何某某", mask_id(make_id("330110")), "742,300.00"]]).replace(
        '<table:table-column table:number-columns-repeated="3"/>',
        '<table:table-column table:style-name="CN"/><table:table-column table:style-name="CW"/><table:table-column table:style-name="CN"/>') +
    P("余杭区房屋征收管理办公室", "Right")),
    "block", ["id_card"], [_id02],
    "2-page PDF; page 1 clean prose; one full ID only in a table cell on page 2 (other rows masked)")

_mob03 = make_mobile("139")
doc("t03_huodong_baoming.pdf", "pdf", fodt2(body=
    Praw('<draw:frame draw:style-name="fr1" draw:name="联系框" text:anchor-type="paragraph" svg:x="9cm" svg:y="0cm" '
         'svg:width="6.5cm" svg:height="1.6cm" draw:z-index="0"><draw:text-box>'
         + P(f"报名联系人：周老师 {_mob03}", "TD") + "</draw:text-box></draw:frame>") +
    P("西湖区第五届社区运动会报名通知", "Title") + paras("""
为丰富社区居民文体生活，区文化和广电旅游体育局定于2025年9月举办第五届社区运动会。
比赛项目包括健步走、乒乓球、羽毛球、象棋和趣味接力等。
各街道于8月20日前完成报名，报名表请发送至区文体局群体科。
""", "Body") + P("西湖区文化和广电旅游体育局", "Right")),
    "review", ["mobile_phone"], [_mob03],
    "PDF; an organiser's personal mobile only inside a floating text box (draw:frame) at the top right")

_card04 = make_card("621226", 19)
doc("t04_jiuzhu_gongshi.pdf", "pdf", fodt2(body=
    P("关于临时救助金发放情况的说明", "Title") +
    '<text:section text:style-name="Sect2" text:name="两栏">' + paras("""
一、基本情况。2025年第二季度，全区共受理临时救助申请126件，经审核批准98件，发放救助金共计63.7万元。
二、审核程序。严格执行申请、审核、审批、公示程序，街道入户调查率100%。
三、发放方式。救助金通过社会化发放渠道直接打入救助对象账户。
""" * 3, "Body") + P(f"四、个案说明。因原账户冻结，第37号救助对象救助金改发至其家属银行卡，卡号{_card04}，已核实到账。", "Body")
    + paras("五、下一步工作。继续加强社会救助家庭经济状况核对，做到应救尽救。" * 2, "Body") +
    "</text:section>" + P("西湖区民政局", "Right")),
    "block", ["bank_card"], [_card04],
    "PDF with a two-column section; a full 19-digit 62 card in the right-hand column (text interleaves by column)")

doc("t05_guofang_dongyuan.pdf", "pdf", fodt2(body=
    P("机密★10年", "BigMark") + P("关于2025年度国防动员潜力调查工作的通知", "Title") + paras(FILLER, "Body") +
    P("西湖区国防动员办公室", "Right")),
    "block", ["classified_marking"], [],
    "PDF; 机密★10年 (two-digit 保密期限) at the top in 22pt bold, body 12pt — text extraction may split by font size")

_mob06 = make_mobile("186")
doc("t06_fuwu_zhinan.pdf", "pdf", fodt2(meta={"title": "办事服务指南", "creator": f"陈晓丽 {_mob06}"}, body=
    P("不动产登记办事服务指南", "Title") + paras("""
一、适用范围：本指南适用于国有建设用地使用权及房屋所有权首次登记、转移登记和抵押登记。
二、办理地点：西湖区行政服务中心二楼不动产登记窗口。
三、办理时限：一般登记事项3个工作日内办结，抵押登记1个工作日内办结。
四、咨询电话：0571-87965321（工作日9:00—17:00）；投诉电话：12345。
""", "Body")),
    "review", ["mobile_phone"], [_mob06],
    "judgement call: clean body; the PDF Author (Info /Author, from dc:creator) is a clerk's name plus her personal mobile — a mobile is review wherever it is; metadata itself is info")

doc("t07_zhengce_jiedu.pdf", "pdf", fodt2(
    header=P("杭州市西湖区人力资源和社会保障局", "Foot"), footer=Praw(PAGENO, "Foot"),
    body=P("《西湖区高校毕业生就业创业补贴实施细则》政策解读", "Title") + paras("""
一、出台背景。为贯彻落实《浙江省人民政府办公厅关于进一步做好高校毕业生等青年就业创业工作的通知》（浙政办发〔2023〕39号）精神，制定本细则。
二、适用对象。毕业5年内的全日制普通高校毕业生，在本区就业或创业的，可按规定申请补贴。
三、补贴标准。本科生一次性生活补贴1万元，硕士研究生3万元，博士研究生5万元；租房补贴每月1000元，最长36个月。
四、申请材料。申请人须提供毕业证书、劳动合同、社会保险缴纳证明等材料，并如实填写身份证件号码、联系方式。
五、办理渠道。登录浙江政务服务网（https://www.zjzwfw.gov.cn）或“浙里办”APP在线申请，也可到区人力社保局窗口办理。
六、咨询方式。政策咨询电话0571-87965432，12333人社服务热线，12345政务服务热线。
七、保密与信息保护。申请人提交的个人信息仅用于补贴审核，本局将依法保护，不予公开；涉及商业秘密的材料按规定处理。
""" * 2, "Body") + P("2025年4月18日", "Right")),
    "pass", [], [],
    "clean 2-page 政策解读 PDF: header agency name, footer page x of y, 文号, amounts, gov URL, landline, 12333/12345, 身份证件号码 and 商业秘密 named as concepts")

# ---------------------------------------------------------------- DOCX
doc("t08_diaoyan_baogao.docx", "docx", fodt2(body=
    P("关于重点企业用能情况的调研报告", "Title") +
    Praw(escape("根据区委、区政府工作安排，调研组于5月对辖区20家重点用能企业开展专题调研，数据来源见附表") +
         '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
         + P("附表数据来源于省能源监测平台，密级：秘密★1年，不得对外提供。") +
         "</text:note-body></text:note>" + escape("。总体看，重点企业单位增加值能耗持续下降。"), "Body") +
    paras(FILLER, "Body") + P("西湖区发展和改革局", "Right")),
    "block", ["classified_marking"], [],
    "DOCX: 密级：秘密★1年 only in footnote 1 (word/footnotes.xml); body clean")

doc("t09_jiancha_tongbao.docx", "docx", fodt2(
    tracked=('<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion><office:change-info>'
             '<dc:creator>综合科 赵某</dc:creator><dc:date>2025-06-10T11:20:00</dc:date></office:change-info>'
             + P("检查中还发现个别单位台账更新不够及时，已当场要求整改。") + "</text:deletion></text:changed-region>"),
    body=P("关于2025年上半年消防安全检查情况的通报", "Title") +
    Praw(escape("上半年，区消防安全委员会办公室组织对全区120家重点单位开展检查，总体情况良好。") + '<text:change text:change-id="ct1"/>', "Body") +
    paras(FILLER, "Body") + P("西湖区消防安全委员会办公室", "Right")),
    "review", ["hidden_content"], [],
    "DOCX: an unaccepted tracked deletion (w:del) of an ordinary, harmless sentence — still hidden content a publisher must resolve")

_card10 = make_card("622588", 16)
doc("t10_jiangli_tongzhi.docx", "docx", fodt2(body=
    P("关于表彰2025年度见义勇为先进个人的决定", "Title") + paras("""
2025年以来，我区广大群众积极践行社会主义核心价值观，涌现出一批见义勇为先进典型。
为弘扬正气，经评审委员会评议，决定授予张某某等3名同志“西湖区见义勇为先进个人”称号。
""", "Body") +
    Praw(escape("每人给予奖励金20000元，由区见义勇为基金会发放。")
         + '<office:annotation><dc:creator>财务 林某</dc:creator><dc:date>2025-07-01T09:40:00</dc:date>'
         + P(f"张某某奖励金打卡账号{_card10}，核对后删除本批注。")
         + "</office:annotation>", "Body") + P("西湖区见义勇为基金会", "Right")),
    "block", ["bank_card", "hidden_content"], [_card10],
    "DOCX: a Word comment (word/comments.xml) holds a 16-digit Luhn-valid card; body clean")

doc("t11_fangxun_tongzhi.docx", "docx", fodt2(
    header=P("杭州市西湖区人民政府办公室　　　　HZXH-BG-2025", "Foot"),
    footer=Praw("— " + PAGENO + " —", "Foot"),
    body=P("关于做好2025年汛期值班工作的通知", "Title") + P("西政办〔2025〕21号", "Center") + paras("""
各镇人民政府、街道办事处，区政府各部门、各直属单位：
为切实做好汛期各项工作，确保人民群众生命财产安全，现就有关事项通知如下：
一、严格落实24小时值班和领导带班制度，值班人员不得擅离岗位。
二、遇有重大险情，须在30分钟内电话报告区防指办公室（电话：0571-87965110，传真：0571-87965119）。
三、各单位值班表请于6月10日前报区政府办公室，联系邮箱xhzfb@hangzhou.gov.cn。
""" + FILLER * 2, "Body") + P("杭州市西湖区人民政府办公室", "Right") + P("2025年6月5日", "Right") +
    P("（此件公开发布）", "Body")),
    "pass", ["email"], [],
    "clean 通知 DOCX: header with agency name and a document code, footer '— 第x页 共y页 —' with fields, duty landline/fax, agency mailbox (info), （此件公开发布）")

doc("t12_hezuo_jiyao.docx", "docx", fodt2(body=
    P("內部資料　請勿外傳", "Center") +
    P("粵港澳文化交流合作座談會紀要", "Title") + paras("""
二〇二五年五月十二日，文化交流合作座談會在廣州召開，三地文化部門代表出席會議。
會議回顧了上一年度合作項目進展，研究了下一階段重點工作。
會議商定，繼續辦好粵港澳青少年文化交流營，推動博物館藏品互展。
""", "Body")),
    "review", ["sensitive_term"], [],
    "DOCX written in traditional characters: 內部資料　請勿外傳 at the head (needs 繁→简 folding and U+3000)")

_ids13 = [make_id("330106"), make_id("330108" if False else "330102"), make_id("330110")]
def _sp(i): return f"{i[:6]} {i[6:14]} {i[14:]}"
doc("t13_peixun_mingdan.docx", "docx", fodt2(body=
    P("2025年度农村实用人才培训学员名单", "Title") +
    odt_table([["序号", "姓名", "身份证号", "所在村"],
               ["1", "方建华", _sp(_ids13[0]), "双浦镇铜鉴湖村"],
               ["2", "叶美玲", _sp(_ids13[1]), "转塘街道长埭村"],
               ["3", "钟立新", _sp(_ids13[2]), "三墩镇绕城村"]]) + P("西湖区农业农村局", "Right")),
    "block", ["id_card"], _ids13,
    "DOCX table whose IDs are typed in 6-8-4 groups separated by ASCII spaces (raw values: the unspaced IDs)")

# ---------------------------------------------------------------- XLSX
_rows14 = [(n, make_id("330106"), r) for n, r in [("马国栋", "户主"), ("马丽君", "配偶"), ("马晨阳", "子女"), ("杜秀英", "母亲")]]
doc("t14_huji_dengji.xlsx", "xlsx", fods([{"name": "户籍人口登记", "wide": {2, 4}, "rows":
    [["序号", "姓名", "公民身份号码", "与户主关系", "户籍地址"]] +
    [[str(i + 1), n, i_, r, "西湖区文新街道德加社区"] for i, (n, i_, r) in enumerate(_rows14)]}]),
    "block", ["id_card"], [r[1] for r in _rows14],
    "户籍 roster XLSX: full IDs in a text-typed column (as typed with a leading apostrophe), header 公民身份号码",
    post="quoteprefix")

_ids15 = [make_id15("330106"), make_id15("330102"), make_id15("330110")]
doc("t15_laonian_dengji.xlsx", "xlsx", fods([{"name": "Sheet1", "wide": {2}, "rows":
    [["姓名", "性别", "身份证号", "登记年份"]] +
    [[n, s, {"v": i}, "1998"] for (n, s), i in zip([("钱福生", "男"), ("孙桂兰", "女"), ("李德明", "男")], _ids15)]}]),
    "block", ["id_card"], _ids15,
    "legacy 15-digit IDs (region + yymmdd + 3 digits) as text under 身份证号 header, from an old register")

doc("t16_caizheng_tongji.xlsx", "xlsx", fods([{"name": "收支统计", "wide": {0, 4}, "rows":
    [["项目", "2023年", "2024年", "增长率（%）", "合计（元）"],
     ["一般公共预算收入", 6589012345, 6972345678, 5.8, 13561358023],
     ["政府性基金收入", 7812345612, 8026543210, 2.7, 15838888822],
     ["一般公共预算支出", 9012345678, 9876543210, 9.6, 18888888888],
     ["社会保险基金支出", 6123456789, 7234567890, 18.1, {"v": "13358024679"}],
     ["国有资本经营收入", 512345678, 620000000, 21.0, 1132345678]]}]),
    "pass", [], [],
    "clean 统计 sheet: 11-digit totals under 合计（元） that look like mobiles (135/158/188/133), one stored as text")

_mob17 = make_mobile("177")
doc("t17_baomi_peixun.xlsx", "xlsx", fods([
    {"name": "培训安排", "rows": [["日期", "内容", "地点"], ["7月3日", "保密法律法规解读", "区行政中心302会议室"],
                                  ["7月4日", "网络安全基础", "区行政中心302会议室"]]},
    {"name": "Sheet2", "hidden": True, "rows": [["秘密★1年"], ["涉密人员专项培训名单（另行下发）"]]}]),
    "block", ["classified_marking", "hidden_content"], [],
    "XLSX: visible sheet clean; a veryHidden sheet (not unhidable from Excel UI) holds 秘密★1年", post="veryhidden")

# ---------------------------------------------------------------- HTML
PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="西湖区,政府信息公开"></head>
<body><div class="header"><a href="/">杭州市西湖区人民政府</a></div>
<div class="content"><h1>{h1}</h1>{body}</div>
<div class="footer">主办：杭州市西湖区人民政府办公室　网站标识码：3301060001　浙ICP备05003580号</div>
</body></html>
"""
doc("t18_gaige_fangan.html", "html", PAGE.format(
    title="&#31192;&#23494;&#9733;1&#24180; 关于深化国资国企改革的实施方案_西湖区人民政府",
    h1="关于深化国资国企改革的实施方案", body="<p>为深化国资国企改革，制定本方案。</p><p>一、总体要求。坚持市场化改革方向。</p>"),
    "block", ["classified_marking"], [],
    "秘密★1年 only in <title>, written as decimal numeric character references (&#31192;&#23494;&#9733;…)")

_id19 = make_id("330102", 1986, 2, 7)
doc("t19_jieguo_chaxun.html", "html", PAGE.format(title="补贴审核结果查询_西湖区人民政府", h1="2025年度创业补贴审核结果",
    body=f'<p>2025年度创业补贴审核工作已完成，申请人可点击下方链接查询本人审核结果。</p>'
         f'<p><a href="https://bt.xihu.gov.cn/query?name=%E9%99%88%E6%9F%90&amp;idcard={_id19}&amp;year=2025">查看示例：陈某的审核结果</a></p>'
         '<p>咨询电话：0571-87965432。</p>'),
    "block", ["id_card"], [_id19],
    "ID only in an <a href> query string (?idcard=…); the link text is masked")

doc("t20_shuju_gongxiang.html", "html", PAGE.format(title="数据共享平台使用说明_西湖区人民政府", h1="公共数据共享平台使用说明",
    body='<p>各部门可通过公共数据共享平台申请数据资源，平台操作演示如下：</p>'
         '<iframe src="http://172.20.31.8:7001/dataportal/demo.html" width="800" height="450" title="平台演示"></iframe>'
         '<p>如有问题请联系区数据资源管理局，电话0571-87965501。</p>'),
    "review", ["internal_address"], [],
    "an <iframe src> pointing to a private-range (172.16/12) intranet address; nothing else in the text")

doc("t21_bianmin_fuwu.html", "html", PAGE.format(title="便民服务热线一览_西湖区人民政府", h1="便民服务热线一览",
    body="""<table><tr><th>服务</th><th>电话</th></tr>
<tr><td>政务服务便民热线</td><td>12345</td></tr><tr><td>市场监管投诉举报</td><td>12315</td></tr>
<tr><td>环保举报</td><td>12369</td></tr><tr><td>税务咨询</td><td>12366</td></tr>
<tr><td>区行政服务中心</td><td>0571—87965000</td></tr><tr><td>区民政局社会救助</td><td>(0571)8796 5321</td></tr>
<tr><td>区医保中心</td><td>0571-87965333转8012</td></tr><tr><td>供电服务</td><td>95598</td></tr>
<tr><td>燃气抢修</td><td>0571-96777</td></tr><tr><td>区总工会法律援助</td><td>400-826-1234</td></tr>
<tr><td>传真</td><td>057187965999</td></tr><tr><td>区长信箱</td><td>https://www.xihu.gov.cn/col/col1229104/</td></tr>
</table><p>以上热线工作时间为工作日8:30—17:00，12345热线24小时受理。</p>"""),
    "pass", [], [],
    "clean hotline page: 12345/12315/12369/12366/95598, landlines with em-dash, (0571) brackets, spaces, 转 extension, an unseparated 057187965999 fax, a 400 number")

# ---------------------------------------------------------------- text
doc("t22_zhuanxiang_jiancha.txt", "txt", """秘 密 ★ 5 年
杭州市西湖区人民政府办公室
关于开展专项检查工作的通知
各街道、区级各部门：
根据工作安排，定于2025年7月开展专项检查。检查组组长刘䶮，成员王𬌗、陈龑。
请各单位按要求做好自查工作，于6月30日前报送自查报告。
西湖区人民政府办公室
2025年6月12日
""", "block", ["classified_marking"], [],
    "GB18030-encoded text (names use Ext-A/Ext-B characters that need 4-byte GB18030 codes); 秘 密 ★ 5 年 with ASCII spaces", encoding="gb18030")

_pp23 = make_passport()
doc("t23_chujing_beian.txt", "txt", """关于2025年度因公出国（境）团组情况的公示
团组名称：西湖区文旅推介团
出访国家：新加坡、马来西亚
出访时间：2025年9月10日至9月17日
团长：王某某（区文化和广电旅游体育局副局长），护照号""" + _pp23 + """
出访任务：开展西湖文化旅游推介活动。
公示期：2025年8月1日至8月7日。
""", "review", ["passport"], [_pp23],
    "UTF-16LE WITHOUT a BOM; a passport number right after 护照号 (no colon)", encoding="utf-16le-nobom")

_rows24 = [(n, make_id(), make_mobile()) for n in ["罗志刚", "梁慧敏", "宋建平"]]
doc("t24_zhiyuanzhe.csv", "txt", "序号,姓名,身份证号,手机号码,服务时长（小时）\r\n" + "".join(
    f"{i + 1},{n},{d},{m},{12 + i * 3}\r\n" for i, (n, d, m) in enumerate(_rows24)),
    "block", ["id_card", "mobile_phone"], [x for r in _rows24 for x in r[1:]],
    "CSV export (UTF-8, CRLF, no BOM) of a volunteer roster with full IDs and mobiles")

doc("t25_jingji_zhibiao.csv", "txt", "\ufeff指标,单位,2024年,2025年1-6月,同比增长（%）\r\n"
    "地区生产总值,万元,28765432,14521098,6.1\r\n"
    "规模以上工业增加值,万元,3456789,1789012,5.4\r\n"
    "社会消费品零售总额,元,13812345678,7012345678,4.2\r\n"
    "固定资产投资,万元,6543210,3210987,-2.3\r\n"
    "统计用区划代码,—,330106000000,330106000000,—\r\n",
    "pass", [], [],
    "clean statistics CSV with UTF-8 BOM; one 11-digit yuan amount starting 138, a 12-digit 统计用区划代码")

# ---------------------------------------------------------------- build
FILTERS = {"docx": ("fodt", "docx:MS Word 2007 XML"), "pdf": ("fodt", "pdf:writer_pdf_Export"),
           "xlsx": ("fods", "xlsx:Calc MS Excel 2007 XML")}

def run(*cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"{cmd} failed: {r.stderr}")

def stem(n): return n.rsplit(".", 1)[0]

def main():
    out, work = sys.argv[1], sys.argv[2]
    src, conv = os.path.join(work, "src"), os.path.join(work, "out")
    os.makedirs(src, exist_ok=True); os.makedirs(conv, exist_ok=True)
    batches = {}
    for d in DOCS:
        k = os.path.splitext(d["file"])[1][1:] if d["kind"] != "txt" else "txt"
        if d["kind"] in ("txt", "html"):
            enc = d.get("encoding", "utf-8")
            data = d["src"].encode("utf-16-le") if enc == "utf-16le-nobom" else d["src"].encode(enc)
            open(os.path.join(out, d["file"]), "wb").write(data)
        else:
            ext, _ = FILTERS[d["kind"]]
            p = os.path.join(src, f"{stem(d['file'])}.{ext}")
            open(p, "w", encoding="utf-8").write(d["src"])
            batches.setdefault(d["kind"], []).append(p)
    prof = "file://" + os.path.join(work, "profile")
    for k, files in batches.items():
        run("soffice", f"-env:UserInstallation={prof}", "--headless", "--norestore", "--convert-to",
            FILTERS[k][1], "--outdir", conv, *files)
    for d in DOCS:
        if d["kind"] in FILTERS:
            shutil.copy(os.path.join(conv, f"{stem(d['file'])}.{d['kind']}"), os.path.join(out, d["file"]))
    for d in DOCS:
        post, path = d.get("post"), os.path.join(out, d["file"])
        if post in ("veryhidden", "quoteprefix"):
            zin = zipfile.ZipFile(path)
            items = [(i, zin.read(i.filename)) for i in zin.infolist()]
            zin.close()
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for info, data in items:
                    if post == "veryhidden" and info.filename == "xl/workbook.xml":
                        s = data.decode()
                        assert 'state="hidden"' in s
                        data = s.replace('state="hidden"', 'state="veryHidden"').encode()
                    if post == "quoteprefix" and info.filename == "xl/styles.xml":
                        s = data.decode()
                        # mark every cellXfs entry after the default one as quotePrefix (Excel's leading apostrophe)
                        head, rest = s.split("<cellXfs", 1)
                        body, tail = rest.split("</cellXfs>", 1)
                        first = True
                        def qp(m):
                            nonlocal first
                            if first:
                                first = False
                                return m.group(0)
                            return m.group(0).replace("<xf ", '<xf quotePrefix="1" ', 1)
                        body = re.sub(r"<xf [^>]*?/?>", qp, body)
                        data = (head + "<cellXfs" + body + "</cellXfs>" + tail).encode()
                    z.writestr(info, data)
    labels = [{"file": d["file"], "expect_verdict": d["verdict"], "expect_categories": d["cats"],
               "raw_values": list(dict.fromkeys(v for v in d["raw"] if v)), "note": d["note"]} for d in DOCS]
    json.dump(labels, open(os.path.join(out, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(DOCS), {v: sum(d["verdict"] == v for d in DOCS) for v in ("block", "review", "pass")})

main()
