#!/usr/bin/python3
"""Writes the python-made files of blind19-clean and the inputs for the other producers.

usage: gen.py OUTDIR WORKDIR   (labels go to WORKDIR/labels-py.json)
"""
import csv
import io
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from common import *  # noqa

OUT, WORK = sys.argv[1], sys.argv[2]
os.makedirs(WORK, exist_ok=True)
LABELS = []


def label(f, verdict, cats=(), raws=(), note=""):
    LABELS.append({"file": f, "expect_verdict": verdict, "expect_categories": list(cats),
                   "raw_values": list(raws), "note": note})


def w(name, text, where=OUT, enc="utf-8"):
    with open(os.path.join(where, name), "w", encoding=enc, newline="") as fh:
        fh.write(text)


LAW = [
    "第二条　国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。",
    "第十三条　国家秘密的密级分为绝密、机密、秘密三级。绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。",
    "第二十条　国家秘密的保密期限，应当根据事项的性质和特点，按照维护国家安全和利益的需要，限定在必要的期限内；不能确定期限的，应当确定解密的条件。国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
    "第二十二条　机关、单位对承载国家秘密的纸介质、光介质、电磁介质等载体以及属于国家秘密的设备、产品，应当作出国家秘密标志。",
    "第三十一条　机关、单位应当加强对互联网使用的保密管理。机关、单位在互联网及其他公共信息网络发布信息，应当遵守国家保密规定和有关要求，不得在互联网及其他公共信息网络发布涉及国家秘密的信息。",
]

LEVELS = [("绝密", "不超过三十年", "泄露会使国家安全和利益遭受特别严重的损害"),
          ("机密", "不超过二十年", "泄露会使国家安全和利益遭受严重的损害"),
          ("秘密", "不超过十年", "泄露会使国家安全和利益遭受损害")]

# ---------------------------------------------------------------- A: secrecy texts (HTML)
law_body = "<p>为深入学习宣传新修订的《中华人民共和国保守国家秘密法》，现将与政务信息公开密切相关的条款摘录如下，供各单位学习参考。</p>" + \
    "".join("<p>%s</p>" % a for a in LAW) + \
    "<p>各单位要把保密法学习纳入年度学习计划，坚持“涉密不上网、上网不涉密”，落实信息公开保密审查制度。</p>"
w("a01_law_articles.html", page("trs", "北京市某某区人民政府", "新修订保密法与政务公开相关条款摘编", law_body))
label("a01_law_articles.html", "pass", note="TRS-style page quoting 保密法 articles on levels and 保密期限 (绝密级不超过三十年…); furniture: nav, hidden mobile menu, hits counter, share buttons, cookie bar, 网站标识码/ICP/公安备案号, scripts")
w("a02_law_articles_marked.html", page("trs", "北京市某某区人民政府", "新修订保密法与政务公开相关条款摘编",
                                         '<p style="text-align:left;font-family:黑体">机密★5年</p>' + law_body))
label("a02_law_articles_marked.html", "block", ["classified_marking"], note="twin of a01: GB/T 9704 marking 机密★5年 on its own line heading the article body")

faq = """<h3>问：国家秘密的密级分为哪几级？</h3><p>答：分为绝密、机密、秘密三级。</p>
<h3>问：文件上标注的“秘密”二字是什么意思？</h3><p>答：表示该文件属于秘密级国家秘密，不得在互联网发布。密级标志一般标注在公文首页左上角，由密级和保密期限组成，中间用“★”隔开。</p>
<h3>问：什么是工作秘密？</h3><p>答：工作秘密是指机关、单位在履行职责过程中产生、获取的，不属于国家秘密，但泄露后会妨碍工作正常开展的事项。工作秘密不得擅自公开。</p>
<h3>问：标注“内部资料”的材料能否上网？</h3><p>答：标注内部资料的材料应经审查后方可决定是否公开，未经审查不得上网。</p>
<h3>问：保密期限届满后怎么办？</h3><p>答：保密期限已满的，自行解密；机关、单位应当定期审核所确定的国家秘密。</p>"""
w("a17_faq.html", page("wp", "某某市国家保密局", "保密常识问答（一）", faq, date="2026-10-09",
                         icp="苏ICP备12034567号-1", gongan="苏公网安备 32010202011234号", code="3201000021"))
label("a17_faq.html", "pass", note="WordPress-style page: Q&A explaining 秘密, the ★ form in words, 工作秘密 and 内部资料 in questions and definitions; no marking is applied to the page")

dj_body = """<p>11月14日，区委保密委员会召开2026年度保密工作会议。会议传达学习了全国保密工作会议精神，通报了今年以来全区保密自查自评情况。</p>
<p>会议强调，各单位要严格落实定密责任，准确把握绝密、机密、秘密三个密级的确定标准，做好工作秘密的确定、标注和管理，坚决防止涉密信息上网。</p>
<p>会议要求，信息公开前必须经过保密审查，“谁公开、谁审查、谁负责”。区保密办将于12月开展网站保密专项检查。</p>"""
w("a09_meeting_news.html", page("jiyue", "某某区人民政府", "区委保密委员会召开2026年度保密工作会议", dj_body, date="2026-11-15"))
label("a09_meeting_news.html", "pass", note="集约化平台 page: news of a 保密 meeting naming the three levels and 做好工作秘密的确定、标注和管理 as the matter handled")

# ---------------------------------------------------------------- A: texts
gzmm = """关于工作秘密和内部资料的常见问题解答

一、什么是工作秘密？
工作秘密是指机关、单位在履行职责过程中产生、获取的，不属于国家秘密，但一旦泄露会对工作造成被动或损害的事项。

二、工作秘密与国家秘密有什么区别？
国家秘密分为绝密、机密、秘密三级，有法定的保密期限；工作秘密不标密级，由机关、单位按照有关规定管理。

三、“内部资料”是什么意思？
“内部资料”是出版管理中的概念，指在本系统、本单位内部交流使用的非卖品资料，依照《内部资料性出版物管理办法》管理。

四、标有“内部资料　注意保存”字样的材料能否公开？
不能直接公开。此类材料须经保密审查后，由业务部门决定是否公开。

（某某市保密局宣传教育处　2026年11月）
"""
w("a11_gongzuomimi.txt", gzmm)
label("a11_gongzuomimi.txt", "pass", note="plain text FAQ: 工作秘密 and 内部资料 heading numbered questions, defined, quoted inside a question (标有“内部资料　注意保存”字样…)")
w("a12_gongzuomimi_label.txt", "内部资料　注意保存\n\n" + gzmm.replace("关于工作秘密和内部资料的常见问题解答", "工作秘密和内部资料常见问题解答（送审稿）"))
label("a12_gongzuomimi_label.txt", "review", ["sensitive_term"], note="twin of a11: the label 内部资料　注意保存 stands alone on the first line (declared of the text)")

md = """# 保密知识测试题（参考答案附后）

| 序号 | 题目 | A | B | C | D |
|---|---|---|---|---|---|
| 1 | 国家秘密的密级分为几级？ | 二级 | 三级 | 四级 | 五级 |
| 2 | 下列哪项不属于国家秘密的密级？ | 绝密 | 机密 | 秘密 | 内部 |
| 3 | 秘密级国家秘密的保密期限一般不超过多少年？ | 5年 | 10年 | 20年 | 30年 |
| 4 | 机密级国家秘密的保密期限一般不超过多少年？ | 10年 | 15年 | 20年 | 30年 |
| 5 | 工作秘密是否属于国家秘密？ | 是 | 否 | 视情况 | 不确定 |

参考答案：1.B　2.D　3.B　4.C　5.B

> 本测试题由某某区保密办编制，可自由转载。
"""
w("a18_quiz.md", md)
label("a18_quiz.md", "pass", note="Markdown pipe table quiz with 绝密/机密/秘密 as option cells")

# ---------------------------------------------------------------- A: DOCX (python-docx)
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn


def cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(14)


def levels_docx(path, marked):
    d = Document()
    cjk(d)
    d.core_properties.author = "宣传教育处"
    if marked:
        d.add_paragraph("秘密★10年")
    d.add_heading("国家秘密的密级和保密期限", level=1)
    d.add_paragraph("根据《中华人民共和国保守国家秘密法》，国家秘密的密级分为三级，各级的保密期限除另有规定外如下表所示。")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["密级", "保密期限", "泄露后果"]):
        c.text = h
    for row in LEVELS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("机关、单位确定密级，应当同时确定保密期限；保密期限可以表述为具体年限、具体日期或者解密条件。")
    d.add_paragraph("密级标志的规范写法为“密级★保密期限”，标注在文件首页左上角；本材料为公开宣传材料，无需标注。")
    d.save(path)


levels_docx(os.path.join(OUT, "a03_levels_table.docx"), False)
label("a03_levels_table.docx", "pass", note="python-docx: a ruled table of the levels (绝密/机密/秘密 alone in cells) with 保密期限, and the form 密级★保密期限 described in a sentence")
levels_docx(os.path.join(OUT, "a04_levels_table_marked.docx"), True)
label("a04_levels_table_marked.docx", "block", ["classified_marking"], note="twin of a03: 秘密★10年 as the first paragraph of the body")


def minutes_docx(path):
    d = Document()
    cjk(d)
    d.add_heading("某某县政务服务管理局2026年第四季度保密工作例会纪要", level=1)
    for p in ["时间：2026年10月28日上午", "地点：局三楼会议室", "参加人员：局领导班子成员、各科室负责人",
              "会议学习了《关于进一步加强政务信息公开保密审查工作的通知》精神。",
              "会议强调，要严格区分工作秘密与国家秘密，对拟公开信息逐条审查，不得将标注内部资料的材料直接上网。",
              "会议部署了年底网站保密自查工作，由办公室牵头，12月15日前完成，结果报县保密办。",
              "（此纪要经审查可以公开）"]:
        d.add_paragraph(p)
    d.save(path)


minutes_docx(os.path.join(OUT, "p18_minutes.docx"))
label("p18_minutes.docx", "pass", note="python-docx minutes of a 保密 meeting: a 关于 title quoted, 工作秘密 and 内部资料 inside sentences")


def tender_docx(path, mobile):
    d = Document()
    cjk(d)
    d.add_heading("某某区城市管理委员会环卫设备采购项目中标结果公告", level=1)
    rows = [("项目编号", "BJHD-2026-CG-0917"), ("采购人", "北京市某某区城市管理委员会"),
            ("中标供应商", "北京某某环境科技有限公司"), ("统一社会信用代码", USCC_A),
            ("中标金额", "人民币 3,867,500.00 元"), ("开户银行", "中国工商银行北京海淀支行"),
            ("账号", ORG_ACCT_ICBC), ("采购代理机构", "某某招标咨询有限公司（统一社会信用代码：%s）" % USCC_C),
            ("保证金退还账户", "户名：某某招标咨询有限公司　开户行：中国建设银行北京西四支行　账号：%s" % ORG_ACCT_CCB)]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("公告期限：自本公告发布之日起1个工作日。")
    contact = "采购人联系人：刘某某　联系电话：010-62531234"
    if mobile:
        contact = "采购人联系人：刘建军　联系电话：" + MOBILE_A
    d.add_paragraph(contact)
    d.add_paragraph("代理机构联系方式：010-88351200，邮箱 zbdl_service@example.com.cn")
    d.save(path)


tender_docx(os.path.join(OUT, "b03_tender_accounts.docx"), False)
label("b03_tender_accounts.docx", "pass", note="python-docx 中标公告: valid 统一社会信用代码 x2, a company's 19-digit ICBC settlement account (Luhn-valid by construction) under 账号 next to 开户银行, a 20-digit CCB account, landlines, a company mailbox (email is info)")
tender_docx(os.path.join(OUT, "b04_tender_mobile.docx"), True)
label("b04_tender_mobile.docx", "review", ["mobile_phone"], [MOBILE_A], note="twin of b03: the buyer's contact is a named person with a mobile")

# ---------------------------------------------------------------- B: HTML lists
def gongshi(ids):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, n, idv, v, a)
                   for i, (n, idv, v, a) in enumerate(ids))
    return ("<p>根据《某某区困难群众临时救助实施办法》，经个人申请、街道审核，现将2026年第三批临时救助对象予以公示。公示期为2026年11月20日至11月26日。</p>"
            "<table><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>所属社区</th><th>救助金额（元）</th></tr>%s</table>"
            "<p>如有异议，请于公示期内向区民政局社会救助科反映。监督电话：010-69381234，12345市民服务热线。</p>" % rows)


masked = [("张某某", "110101********1234", "和平里社区", "1,500"),
          ("李某", "110105199003****14", "安贞社区", "2,000"),
          ("王某某", "130102********0527", "青年沟社区", "800"),
          ("赵某", "110108196512****3X", "小关社区", "1,200")]
w("b01_masked_ids.html", page("hanweb", "北京市某某区民政局", "2026年第三批临时救助对象公示", gongshi(masked), date="2026-11-20"))
label("b01_masked_ids.html", "pass", note="Hanweb-style page: 公示 table with IDs masked both ways (6+4 and birth-date-partial 110105199003****14) and names 张某某")
unm = list(masked)
unm[2] = ("王某某", ID_B, "青年沟社区", "800")
w("b02_unmasked_id.html", page("hanweb", "北京市某某区民政局", "2026年第三批临时救助对象公示", gongshi(unm), date="2026-11-20"))
label("b02_unmasked_id.html", "block", ["id_card"], [ID_B], note="twin of b01: one ID in the table is whole and check-digit valid")

tech = """<p>为提升网站访问速度和安全性，本站将于2026年12月12日22:00至12月13日6:00进行系统升级，届时网站暂停访问。</p>
<p>升级完成后，网站将全面支持IPv6访问，IPv6地址为 2400:da00:1000::6666；IPv4解析地址变更为 202.106.195.68，DNS 可使用公共解析 114.114.114.114 或 223.5.5.5。</p>
<p>政务服务网新地址：<a href="https://zwfw.example.gov.cn/portal/index.html">https://zwfw.example.gov.cn/portal/index.html</a>，原地址 http://www.example.gov.cn/bsfw/ 将自动跳转。</p>
<p>移动端请下载“某某通”App（当前版本 V10.2.1，安卓内部版本号 10.0.19045.3803）。</p>
<p>如遇访问问题，请拨打技术支持电话 010-58765432 或发送邮件至 webmaster@example.gov.cn。</p>"""
w("b06_tech_notice.html", page("jiyue", "某某市政务服务和数据管理局", "关于网站系统升级暂停服务的公告", tech, date="2026-12-05"))
label("b06_tech_notice.html", "pass", note="集约化 page: public IPv4/IPv6 and DNS addresses, public URLs in links, version strings starting with 10. that are not addresses (10.0.19045.3803, V10.2.1), the webmaster mailbox")
tech2 = tech.replace('原地址 http://www.example.gov.cn/bsfw/ 将自动跳转。',
                     '原地址 http://www.example.gov.cn/bsfw/ 将自动跳转。测试期间可先访问<a href="http://10.32.6.15:8080/zwfw/portal/">预览版入口</a>。')
w("b07_tech_notice_intranet.html", page("jiyue", "某某市政务服务和数据管理局", "关于网站系统升级暂停服务的公告", tech2, date="2026-12-05"))
label("b07_tech_notice_intranet.html", "review", ["internal_address"], note="twin of b06: one link's href goes to a 10.x intranet host (the anchor text says only 预览版入口)")


def plates(ps):
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in ps)
    return ("<p>为维护道路通行秩序，现将2026年11月第二周主城区违法停车车辆予以曝光。请相关车辆所有人于7日内到交警大队接受处理。</p>"
            "<table><tr><th>号牌号码</th><th>违法时间</th><th>违法地点</th><th>违法行为</th></tr>%s</table>"
            "<p>举报电话：122。交通违法信息可登录交通安全综合服务管理平台查询。</p>" % rows)


P_MASK = [("浙A***36", "2026-11-09 08:12", "延安路与庆春路口", "违反禁停标线指示停车"),
          ("浙A·D***72", "2026-11-10 17:40", "湖滨路", "人行道违法停车"),
          ("浙B***5K", "2026-11-11 12:05", "体育场路", "占用消防通道")]
P_FULL = [("浙A8K236", "2026-11-09 08:12", "延安路与庆春路口", "违反禁停标线指示停车"),
          ("浙A·D27572", "2026-11-10 17:40", "湖滨路", "人行道违法停车"),
          ("浙B3P75K", "2026-11-11 12:05", "体育场路", "占用消防通道")]
w("b10_plates_masked.html", page("trs", "某某市公安局交通警察支队", "违法停车曝光台（2026年第45期）", plates(P_MASK),
                                  icp="浙ICP备13001234号", gongan="浙公网安备 33010302001122号", code="3301000045"))
label("b10_plates_masked.html", "pass", note="违停曝光 with plates masked as docs/ mask them (province+letter, last 2); docs/ list license_plate as personal data (第十五条), so masked plates are the compliant form; docs/ do not say masked plates are exempt in words")
w("b11_plates_full.html", page("trs", "某某市公安局交通警察支队", "违法停车曝光台（2026年第45期）", plates(P_FULL),
                                icp="浙ICP备13001234号", gongan="浙公网安备 33010302001122号", code="3301000045"))
label("b11_plates_full.html", "review", ["license_plate"], note="twin of b10: whole plates. docs/ treat plates as personal data (license_plate, review, 第十五条) and do not exempt 违停曝光 notices, so a person decides; docs/ are silent on whether such a notice may publish whole plates")

# ---------------------------------------------------------------- B: CSV, text
def subsidy_csv(unmasked):
    buf = io.StringIO()
    wr = csv.writer(buf)
    wr.writerow(["序号", "姓名", "身份证号", "联系电话", "补贴类别", "金额（元）", "发放日期"])
    rows = [("1", "陈某某", "320102********2318", "138****6621", "一次性创业补贴", "10000.00", "2026-11-05"),
            ("2", "周某", "320104********0047", "159****0032", "社保补贴", "4368.60", "2026-11-05"),
            ("3", "吴某某", "320106********1126", "186****7719", "岗位补贴", "3000.00", "2026-11-05"),
            ("4", "郑某", "320113********2412", "137****4506", "社保补贴", "4368.60", "2026-11-05")]
    if unmasked:
        rows[1] = ("2", "周某", ID_B, "159****0032", "社保补贴", "4368.60", "2026-11-05")
    for r in rows:
        wr.writerow(r)
    return buf.getvalue()


w("b14_masked_csv.csv", subsidy_csv(False))
label("b14_masked_csv.csv", "pass", note="CSV of subsidy payments: IDs 6+4 masked, mobiles 3+4 masked, amounts, dates")
w("b15_unmasked_csv.csv", subsidy_csv(True))
label("b15_unmasked_csv.csv", "block", ["id_card"], [ID_B], note="twin of b14: one whole valid ID in the 身份证号 column")

hot = """某某区政务服务便民热线及办事渠道一览

一、综合服务热线
　　市民服务热线：12345（24小时）
　　环保举报热线：12369
　　价格举报热线：12315
　　区政务服务中心咨询电话：010-83921234、010-83921235（工作日 9:00-17:00）
　　传真：010-83921299

二、网上渠道
　　区政府门户网站：https://www.example.gov.cn
　　政务服务网：https://zwfw.example.gov.cn
　　区长信箱：quzhangxinxiang@example.gov.cn
　　政务公开咨询邮箱：zwgk@example.gov.cn

三、窗口地址
　　某某区政务服务中心（某某路188号），邮编 100071，乘坐公交 937、958 路至政务中心站下车。

四、统一社会信用代码查询
　　区政务服务中心统一社会信用代码：%s

（本表每季度更新，更新日期：2026年12月1日）
""" % USCC_B
w("b05_hotlines.txt", hot, enc="gb18030")
label("b05_hotlines.txt", "pass", note="GB18030 text: hotlines 12345/12369/12315, agency landlines and fax, agency mailboxes (email is info), an agency's 统一社会信用代码 (11… public institution)")

serial = """关于2026年第四批不动产登记证明及电子证照编号公告

为方便群众核验，现将本批次电子证照信息公告如下：
电子证照标识：1.2.156.3005.2.11100000000013127D.11010500002.20261205.0001
不动产权证书编号：京（2026）朝阳区不动产权第0012345号
业务流水号：202612050103240176（18位，由日期+窗口号+序号组成）
缴费订单号：2026120519384722105（19位）
电子发票号码：26112000000012345678
快递运单号：SF1417 2839 0456 1
统计口径：全年累计办件 1,283,946 件，同比增长 12.63%；办件总金额 48,376,219,403.50 元。
办理时间：2026年12月5日　办结时限：3个工作日
咨询电话：010-84681234

某某区不动产登记中心
2026年12月5日
"""
w("b18_long_numbers.txt", serial)
label("b18_long_numbers.txt", "pass", note="text: 18- and 19-digit serial/order numbers starting with a date (not IDs: 2026… is no region; not cards: no card prefix or keyword), a 20-digit invoice number, an OID, amounts with long digit runs")

# ---------------------------------------------------------------- B: XLSX (openpyxl)
from openpyxl import Workbook


def certs_xlsx(path, unmasked):
    wb = Workbook()
    ws = wb.active
    ws.title = "合格证书"
    ws.append(["某某市2026年特种设备作业人员考核合格名单（第11批）"])
    ws.append(["序号", "姓名", "身份证号", "证书编号", "作业项目", "发证日期", "有效期至"])
    data = [("孙某某", "330102********3516", "20263301000045871", "N1 叉车司机", "2026-11-20", "2030-11-19"),
            ("钱某", "330106********0823", "202633010000458726", "Q2 起重机司机", "2026-11-20", "2030-11-19"),
            ("冯某某", "330104********2217", "2026330100004587311", "G1 工业锅炉司炉", "2026-11-20", "2030-11-19"),
            ("蒋某", "330108********1409", "20263301000045874", "N1 叉车司机", "2026-11-20", "2030-11-19")]
    if unmasked:
        data[2] = ("冯某某", ID_C, "2026330100004587311", "G1 工业锅炉司炉", "2026-11-20", "2030-11-19")
    for i, r in enumerate(data):
        ws.append([i + 1] + list(r))
    ws.append([])
    ws.append(["发证机关：某某市市场监督管理局　咨询电话：0571-87061234"])
    ws2 = wb.create_sheet("统计")
    ws2.append(["项目", "人数", "考试费（元）"])
    ws2.append(["叉车司机", 1287, 257400])
    ws2.append(["起重机司机", 964, 192800])
    ws2.append(["合计", 2251, 450200])
    wb.properties.creator = "市场监管局"
    wb.save(path)


certs_xlsx(os.path.join(OUT, "b08_certs.xlsx"), False)
label("b08_certs.xlsx", "pass", note="openpyxl: 17-, 18- and 19-digit 证书编号 starting 2026 beside masked IDs; statistics sheet with amounts")
certs_xlsx(os.path.join(OUT, "b09_certs_id.xlsx"), True)
label("b09_certs_id.xlsx", "block", ["id_card"], [ID_C], note="twin of b08: one whole valid ID in the 身份证号 column")


def guide_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "办事指南"
    for r in [["事项名称", "办理地点", "咨询电话", "监督电话", "网上办理地址"],
              ["个体工商户设立登记", "区政务服务中心2楼A区", "0571-85251234", "12345", "https://zwfw.example.gov.cn/item/330106001"],
              ["食品经营许可", "区政务服务中心2楼B区", "0571-85251235", "12315", "https://zwfw.example.gov.cn/item/330106002"],
              ["建设工程规划许可", "区政务服务中心3楼", "0571-85251236", "12345", "https://zwfw.example.gov.cn/item/330106003"]]:
        ws.append(r)
    ws["A7"] = "注：办件编号格式为 330106 + 8位日期 + 6位序号，如 33010620261205000123。"
    wb.save(path)


guide_xlsx(os.path.join(OUT, "p09_guide.xlsx"))
label("p09_guide.xlsx", "pass", note="openpyxl 办事指南: landlines, hotlines, public URLs, a 20-digit 办件编号 example starting with a region code")


def budget_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "一般公共预算支出"
    ws.append(["某某区2027年一般公共预算支出表"])
    ws.append(["科目编码", "科目名称", "2026年执行数（万元）", "2027年预算数（万元）", "增减%"])
    for r in [("201", "一般公共服务支出", 186342.17, 179215.80), ("20101", "人大事务", 3127.45, 3050.00),
              ("204", "公共安全支出", 98213.66, 101224.31), ("205", "教育支出", 412875.09, 428310.55),
              ("208", "社会保障和就业支出", 263118.72, 275006.13), ("", "合计", 963677.09, 986806.79)]:
        ws.append(list(r) + [round((r[3] - r[2]) / r[2] * 100, 2)])
    wb.save(path)


budget_xlsx(os.path.join(WORK, "budget.xlsx"))  # → LibreOffice PDF p02

# ---------------------------------------------------------------- ReportLab PDFs
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
ST = ParagraphStyle("b", fontName="STSong-Light", fontSize=12, leading=20, wordWrap="CJK")
H = ParagraphStyle("h", parent=ST, fontSize=18, leading=28, alignment=1)


def rl(path, flow, producer=None, title=""):
    kw = {}
    d = SimpleDocTemplate(path, pagesize=A4, title=title, author="", **kw)
    if producer:
        def onp(c, doc):
            c.setProducer(producer)
            c.setCreator(producer)
        d.build(flow, onFirstPage=onp, onLaterPages=onp)
    else:
        d.build(flow)


def table(rows, widths=None):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 11), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return t


rl(os.path.join(OUT, "a21_levels_reportlab.pdf"),
   [Paragraph("国家秘密密级与保密期限一览", H), Spacer(1, 10),
    Paragraph("以下内容摘自保密宣传教育读本，供公众了解国家秘密的基本知识。", ST), Spacer(1, 8),
    table([["密级", "保密期限（除另有规定外）", "说明"]] + [[a, b, c] for a, b, c in LEVELS]),
    Spacer(1, 8), Paragraph("注：机关、单位确定密级时应同时确定保密期限或解密条件；不能确定期限的，应当确定解密的条件。", ST)],
   title="国家秘密密级与保密期限一览")
label("a21_levels_reportlab.pdf", "pass", note="ReportLab (STSong-Light CID font) ruled table of levels and 保密期限")

stats_flow = [Paragraph("某某市2026年1—10月国民经济运行情况", H), Spacer(1, 8),
              Paragraph("1—10月，全市实现地区生产总值 2,187,364,591 万元，按不变价格计算同比增长5.3%。规模以上工业增加值增长6.1%；社会消费品零售总额 71,392,058 万元，增长4.8%。", ST),
              Paragraph("年末常住人口 21,893,095 人，城镇化率 87.83%。全市登记在册经营主体 2,481,306 户，其中企业 1,736,902 户。", ST),
              Spacer(1, 8),
              table([["指标", "1—10月", "同比（%）"], ["地区生产总值（万元）", "2187364591", "5.3"],
                     ["一般公共预算收入（万元）", "58163742", "3.9"], ["进出口总额（万元）", "301276418", "-2.1"],
                     ["城镇居民人均可支配收入（元）", "71346", "4.6"]]),
              Spacer(1, 8), Paragraph("数据来源：某某市统计局　发布日期：2026年11月18日　咨询电话：010-68782345", ST)]
rl(os.path.join(OUT, "b12_stats.pdf"), list(stats_flow), title="国民经济运行情况")
label("b12_stats.pdf", "pass", note="ReportLab statistics: 10-digit amounts with and without grouping, population counts, percentages, a landline")
stats2 = list(stats_flow)
stats2[-1] = Paragraph("数据来源：某某市统计局　发布日期：2026年11月18日　填报人：马晓东　手机：%s" % MOBILE_B, ST)
rl(os.path.join(OUT, "b13_stats_mobile.pdf"), stats2, title="国民经济运行情况")
label("b13_stats_mobile.pdf", "review", ["mobile_phone"], [MOBILE_B], note="twin of b12: the 填报人's mobile on the last line")

wps_flow = [Paragraph("某某镇2026年度农村低保对象动态管理情况公示", H), Spacer(1, 8),
            Paragraph("经村（居）民委员会评议、镇人民政府审核、县民政局审批，现将新增低保对象公示如下，公示期7天。", ST),
            table([["户主姓名", "身份证号", "家庭人口", "月保障金（元）"],
                   ["韩某某", "420102********0416", "3", "1,860"],
                   ["杨某", "420103********2025", "1", "620"],
                   ["朱某某", "420106********357X", "2", "1,240"]]),
            Paragraph("监督电话：027-85861234（县民政局）　12345", ST)]
rl(os.path.join(OUT, "b20_wps_like.pdf"), wps_flow, producer="WPS 文字", title="低保公示")
label("b20_wps_like.pdf", "pass", note="ReportLab PDF with WPS 文字 as Producer/Creator: 低保 公示 with masked IDs (one ending X)")

# ---------------------------------------------------------------- HTML for Chromium / LibreOffice
def plain_html(title, body, head_extra=""):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:'Noto Serif CJK SC',serif;font-size:15pt;margin:40px 60px;line-height:1.7}}
h1{{text-align:center;font-size:21pt}} table{{border-collapse:collapse}} td,th{{border:1px solid #000;padding:4px 8px}}
.mark{{font-family:'Noto Sans CJK SC',sans-serif;font-size:16pt}}</style>{head_extra}</head><body>{body}</body></html>"""


news = "<h1>市国家保密局召开2026年度保密工作会议</h1>" + dj_body.replace("区委", "市委").replace("全区", "全市").replace("区保密办", "市保密办") + \
    "<p>会议还通报了《关于2026年度机关单位保密检查情况的通报》有关情况，并对下一步定密管理工作作出部署。</p>"
w("a09_news_chromium.html", plain_html("保密工作会议", news), WORK)
w("a10_news_chromium_marked.html", plain_html("保密工作会议", '<div class="mark">秘密★1年</div>' + news), WORK)

acct = """<h1>关于缴纳2027年度城镇职工医疗保险费的通知</h1>
<p>各参保单位：</p><p>2027年度职工医疗保险费缴费工作自2027年1月1日开始。请各单位通过银行转账缴纳，收款信息如下：</p>
<table><tr><th>户名</th><td>某某市医疗保障事务中心</td></tr><tr><th>开户银行</th><td>中国农业银行某某分行营业部</td></tr>
<tr><th>账号</th><td>%s</td></tr><tr><th>统一社会信用代码</th><td>%s</td></tr></table>
<p>转账时请在用途栏注明单位参保编号（如 91001234）。咨询电话：0731-84561234、0731-84561235。</p>
<p>某某市医疗保障局<br>2026年12月1日</p>""" % ("1802 0101 0400 1234 567", USCC_B)
w("b16_org_account.html", plain_html("缴费通知", acct), WORK)
acct2 = acct.replace("<p>某某市医疗保障局", "<p>退费申请示例：退费将原路退回个人账户，如申请人孙某，社会保障卡金融账户 %s（中国建设银行）。</p><p>某某市医疗保障局" % CARD_A)
w("b17_card.html", plain_html("缴费通知", acct2), WORK)

quiz_html = """<h1>“保密宣传月”网上知识竞答题目</h1>
<p>1．国家秘密的密级分为（　　）。</p><p>A．绝密、机密、秘密　B．绝密、机密、内部　C．机密、秘密、工作秘密　D．秘密、内部、公开</p>
<p>2．下列属于我国保密法规定的密级是（　　）。</p><p>A．秘密　B．敏感　C．内部　D．限制</p>
<p>3．机关、单位在互联网发布信息，应当（　　）。</p><p>A．先发布后审查　B．先审查后发布　C．不需审查　D．由个人决定</p>
<p>4．下列哪一项不属于国家秘密密级标志的组成部分？（　　）</p><p>A．密级　B．保密期限　C．“★”符号　D．发文机关代字</p>
<p>答案：1.A 2.A 3.B 4.D</p>"""
w("p10_quiz_chromium.html", plain_html("知识竞答", quiz_html), WORK)

explainer = """<h1>政策解读：如何把握国家秘密的保密期限</h1>
<p>保密期限是国家秘密的重要组成要素。根据保密法规定，国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。</p>
<p>机关、单位应当根据工作需要，确定具体的保密期限、解密时间或者解密条件。保密期限已满的，自行解密。</p>
<p>在政务公开工作中，对拟公开的文件，要核查是否曾经定密；已解密的，还应审查是否涉及工作秘密、商业秘密或个人隐私。</p>
<p>（某某省国家保密局　2026年11月）</p>"""
w("a15_explainer.html", plain_html("政策解读", explainer), WORK)
w("a16_explainer_marked.html", plain_html("政策解读", '<p class="mark">密级：机密</p>' + explainer), WORK)

neibu = """<h1>《内部资料性出版物管理办法》政策解读</h1>
<p>一、什么是内部资料性出版物？内部资料性出版物是指在本行业、本系统、本单位内部，用于指导工作、交流信息的非卖性单本成册或者折页散页印刷品。</p>
<p>二、哪些单位可以申请编印内部资料？机关、团体、企业事业单位可以申请编印一次性内部资料。</p>
<p>三、内部资料应当标注什么？应当在封面完整印刷“内部资料，免费交流”字样和准印证号。</p>
<p>四、监督管理。新闻出版主管部门对内部资料的编印实施年度核验。</p>"""
w("p17_neibu.html", page("dede", "某某省新闻出版局", "《内部资料性出版物管理办法》政策解读", neibu,
                         icp="鄂ICP备09012345号-2", gongan="鄂公网安备 42010602000321号", code="4200000011"))
label("p17_neibu.html", "pass", note="DedeCMS-style page explaining 内部资料性出版物: 内部资料 in definitions, questions and quoted as the printed form “内部资料，免费交流”")

renqian = """<p>根据《党政领导干部选拔任用工作条例》有关规定，现将拟任职干部进行任前公示：</p>
<p>王某某，男，汉族，1978年5月生，大学学历，中共党员，现任某某区发展和改革委员会副主任，拟任某某区发展和改革委员会主任。</p>
<p>李某，女，汉族，1983年11月生，研究生学历，中共党员，现任某某街道办事处副主任，拟任某某街道办事处主任。</p>
<p>公示时间：2026年12月1日至12月7日（5个工作日）。</p>
<p>公示期间，对公示对象有情况反映的，可通过电话、来信、来访等方式向区委组织部反映。</p>
<p>举报电话：010-12380、010-83351234　举报网站：http://www.12380.gov.cn　邮政编码：100053</p>"""
w("p05_renqian.html", page("hanweb", "中共某某区委组织部", "区管干部任前公示", renqian, date="2026-12-01"))
label("p05_renqian.html", "pass", note="Hanweb page: 任前公示 with masked names, birth year-month, 12380 hotline and landlines")

credit = "<p>以下为2026年11月新增守信激励对象名单：</p><table><tr><th>序号</th><th>企业名称</th><th>统一社会信用代码</th><th>认定部门</th></tr>" + \
    "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>区税务局</td></tr>" % (i + 1, n, c) for i, (n, c) in enumerate(
        [("某某科技股份有限公司", USCC_A), ("某某建设集团有限公司", uscc("91110105" + "79802341X")),
         ("某某物流有限公司", uscc("91110112" + "MA00ABCD1")), ("某某食品有限公司", USCC_C)])) + \
    "</table><p>纳税信用A级纳税人名单可在国家税务总局网站查询。</p>"
w("p14_credit.html", page("trs", "信用某某", "2026年11月守信激励对象名单", credit, code="1100000177"))
label("p14_credit.html", "pass", note="TRS page: a table of valid 统一社会信用代码")

slogans = """<p>“涉密不上网，上网不涉密”是信息公开保密管理的基本要求。今年保密宣传月期间，我局组织开展了保密法律知识进机关活动。</p>
<p>活动中，工作人员向干部职工讲解了国家秘密的概念、密级的划分以及保密期限的确定方法，并结合典型案例，提醒大家不得在互联网上传涉密文件，不得用微信、QQ传递工作秘密，不得将内部资料随意转发。</p>
<p>活动共发放《保密法》单行本300余册、宣传折页1,200余份。</p>"""
w("p19_slogans.html", page("wp", "某某县市场监督管理局", "我局开展保密宣传月系列活动", slogans,
                          icp="皖ICP备05001234号", gongan="皖公网安备 34010402001567号", code="3401000032"))
label("p19_slogans.html", "pass", note="WordPress page: 涉密不上网 slogan, 工作秘密 and 内部资料 as objects of 不得 sentences")

# hidden note twins of furniture pages
w("c01_trs_page.html", page("trs", "某某市交通运输局", "市交通运输局召开冬季道路运输安全工作会", dj_body.replace("保密", "安全生产").replace("定密", "安全").replace("工作秘密", "安全台账").replace("涉密信息上网", "重特大事故发生"), date="2026-11-28"))
label("c01_trs_page.html", "pass", note="TRS furniture only: platform comments, hidden mobile menu, hits counter, share buttons, cookie bar, 网站标识码, ICP and 公安备案号, scripts with site ids")
w("c04_trs_hidden_note.html", page("trs", "某某市交通运输局", "市交通运输局召开冬季道路运输安全工作会", dj_body.replace("保密", "安全生产").replace("定密", "安全").replace("工作秘密", "安全台账").replace("涉密信息上网", "重特大事故发生"), date="2026-11-28",
                                     extra_body='<div style="display:none">编辑备注：第二段引用的事故数字尚未经局领导同意对外，发布前请与办公室孙科长核对</div>'))
label("c04_trs_hidden_note.html", "review", ["hidden_content"], note="twin of c01: a display:none div after the article holds an editor's note (a sentence)")
w("c03_jiyue_page.html", page("jiyue", "某某省人力资源和社会保障厅", "2026年下半年全省人力资源市场供求情况分析", "<p>2026年下半年，全省公共就业服务机构共登记招聘岗位127.6万个，求职人数98.3万人，求人倍率1.30。</p><p>从行业看，制造业用人需求占比36.2%，同比上升2.1个百分点。</p><p>详见附件：<a href=\"/attach/0/2026121012345678.xlsx\">2026年下半年供求数据表.xlsx</a></p>", date="2026-12-03"))
label("c03_jiyue_page.html", "pass", note="集约化 furniture with a statistics article and an attachment link whose name is a 16-digit timestamp")
w("c07_jiyue_comment_note.html", page("jiyue", "某某省人力资源和社会保障厅", "2026年下半年全省人力资源市场供求情况分析", "<p>2026年下半年，全省公共就业服务机构共登记招聘岗位127.6万个，求职人数98.3万人，求人倍率1.30。</p><!-- 张处：求人倍率这个数和统计局口径不一致，先别发，等周一会商后再定 --><p>从行业看，制造业用人需求占比36.2%，同比上升2.1个百分点。</p><p>详见附件：<a href=\"/attach/0/2026121012345678.xlsx\">2026年下半年供求数据表.xlsx</a></p>", date="2026-12-03"))
label("c07_jiyue_comment_note.html", "review", ["hidden_content"], note="twin of c03: an HTML comment inside the article holds a reviewer's note (a sentence)")
w("c06_dede_page.html", page("dede", "某某市文化和旅游局", "2027年元旦假期全市A级旅游景区开放情况", "<p>元旦假期，全市41家A级旅游景区正常开放，其中5A级景区3家。</p><p>游客可通过“某某文旅”公众号预约，咨询电话 0551-62651234，旅游投诉电话 12345。</p>", date="2026-12-28",
                              icp="皖ICP备12003456号-1", gongan="皖公网安备 34010302000888号", code="3401000067"))
label("c06_dede_page.html", "pass", note="DedeCMS furniture: hotlines, landline")
w("c05_wp_page.html", page("wp", "某某县人民政府", "县政府召开第28次常务会议", "<p>12月2日，县长主持召开县政府第28次常务会议，研究审议《某某县2027年民生实事项目》等事项。</p><p>会议听取了全县安全生产和信访维稳工作情况汇报。</p>", date="2026-12-02",
                          icp="赣ICP备06001234号", gongan="赣公网安备 36010202000345号", code="3601000099"))
label("c05_wp_page.html", "pass", note="WordPress furniture: 常务会议 news with a quoted title")
w("c02_hanweb_page.html", page("hanweb", "某某市生态环境局", "2026年11月全市环境空气质量状况", "<p>11月，全市PM2.5平均浓度为36微克/立方米，同比下降5.3%；优良天数比例为83.3%。</p><p>空气质量实时数据可访问 https://sthjj.example.gov.cn/aqi 查询，环保举报请拨打12369。</p>", date="2026-12-04"))
label("c02_hanweb_page.html", "pass", note="Hanweb furniture: statistics, a public URL, 12369")

# ---------------------------------------------------------------- OFD (hand-written XML in a zip)
def ofd(path, lines):
    objs = []
    y = 30.0
    for i, (txt, size) in enumerate(lines):
        xs = ""
        deltas = " ".join(["%.2f" % size] * (len(txt) - 1))
        objs.append(f'<ofd:TextObject ID="{100 + i}" Boundary="20 {y - size:.1f} 170 {size * 1.6:.1f}" Font="3" Size="{size}">'
                    f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{size:.1f}"' +
                    (f' DeltaX="{deltas}"' if deltas else "") + f'>{txt}</ofd:TextCode></ofd:TextObject>')
        y += size * 2.0
    content = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>'
               '<ofd:Layer ID="50" Type="Body">' + "".join(objs) + '</ofd:Layer></ofd:Content></ofd:Page>')
    files = {
        "OFD.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD">'
                   '<ofd:DocBody><ofd:DocInfo><ofd:DocID>b19c0000000000000000000000000001</ofd:DocID><ofd:Title>保密宣传</ofd:Title>'
                   '<ofd:Creator>某某办公</ofd:Creator><ofd:CreationDate>2026-11-30</ofd:CreationDate></ofd:DocInfo>'
                   '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
                              '<ofd:CommonData><ofd:MaxUnitID>200</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
                              '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                              '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">'
                               '<ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": content,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)


ofd_lines = [("关于开展2026年保密宣传月活动的通知", 6.0), ("各科室、各直属单位：", 4.2),
             ("为深入学习贯彻《中华人民共和国保守国家秘密法》，", 4.2), ("经研究，决定于12月开展保密宣传月活动。", 4.2),
             ("活动内容包括：学习国家秘密密级划分（绝密、机密、", 4.2), ("秘密）和保密期限规定，观看警示教育片，", 4.2),
             ("开展网站信息保密自查。", 4.2), ("某某县档案局", 4.2), ("2026年11月30日", 4.2)]
ofd(os.path.join(OUT, "a19_ofd_notice.ofd"), ofd_lines)
label("a19_ofd_notice.ofd", "pass", note="hand-written OFD: a notice about 保密宣传月; the level list wraps so that 秘密） starts a line")
ofd(os.path.join(OUT, "a20_ofd_marked.ofd"), [("秘密★1年", 4.8)] + ofd_lines)
label("a20_ofd_marked.ofd", "block", ["classified_marking"], note="twin of a19: 秘密★1年 as the first text object, top left")


# ---------------------------------------------------------------- more texts
chap = "中华人民共和国保守国家秘密法（摘录）\n\n第二章　国家秘密的范围和密级\n\n" + "\n\n".join(LAW[:3]) + \
    "\n\n第三章　保密制度\n\n" + "\n\n".join(LAW[3:]) + "\n\n（来源：国家法律法规数据库，可公开转载）\n"
w("p11_law_chapter.txt", chap, enc="utf-16")
label("p11_law_chapter.txt", "pass", note="UTF-16 text: 保密法 chapters; the heading 第二章　国家秘密的范围和密级 ends in 密级")

api = """# 公共数据开放接口说明（v2.3）

开放平台接口基于 HTTPS，基础地址为 `https://api.data.example.gov.cn/open/v2/`。

| 参数 | 说明 | 示例 |
|---|---|---|
| appKey | 应用标识 | 7f3a9c21e5b84d06 |
| timestamp | 13位毫秒时间戳 | 1764921600000 |
| serialNo | 19位请求流水号 | 2026120510452300187 |
| dataset | 数据集编号 | 330100-2026-000451 |

示例请求：

```
GET https://api.data.example.gov.cn/open/v2/dataset/330100-2026-000451?appKey=7f3a9c21e5b84d06&timestamp=1764921600000
```

服务器出口地址 61.135.169.121 和 2400:da00::6666 需加入调用方防火墙白名单。接口问题请发邮件至 opendata@example.gov.cn 或致电 0571-89761234。
"""
w("p20_api.md", api)
label("p20_api.md", "pass", note="Markdown API doc: public URL and addresses, a 13-digit timestamp, a 19-digit serial starting with a date, hex keys")

json.dump(LABELS, open(os.path.join(WORK, "labels-py.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump({"ID_A": ID_A, "ID_B": ID_B, "ID_C": ID_C, "MOBILE_A": MOBILE_A, "MOBILE_B": MOBILE_B, "MOBILE_C": MOBILE_C,
           "CARD_A": CARD_A, "USCC_A": USCC_A, "USCC_B": USCC_B, "USCC_C": USCC_C, "ORG_ACCT_ICBC": ORG_ACCT_ICBC,
           "ORG_ACCT_CCB": ORG_ACCT_CCB, "LAW": LAW, "LEVELS": LEVELS}, open(os.path.join(WORK, "values.json"), "w", encoding="utf-8"),
          ensure_ascii=False)
print(len(LABELS), "python labels")
