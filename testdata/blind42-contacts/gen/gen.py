#!/usr/bin/python3
"""Generator for the blind42-contacts corpus (python part).
Writes text/CSV/Markdown/HTML, python-docx, openpyxl, ReportLab files and
the sources for LibreOffice / Chromium PDFs, plus labels (labels_py.json)."""
import json, os, sys, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.comments import Comment
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(OUT, exist_ok=True); os.makedirs(SRC, exist_ok=True)
LABELS = []

def gb11643(body17):
    w = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    s = sum(int(a)*b for a, b in zip(body17, w))
    return body17 + "10X98765432"[s % 11]

ID1 = gb11643("33010619870312052")
ID2 = gb11643("33011019920718163")

# agency (organisational) contacts -- invented domains
AG = "qingshanqu.gov.cn"; AG2 = "linhuxian.gov.cn"; AG3 = "baishuishi.gov.cn"

def label(f, v, cats, raw, note):
    LABELS.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raw, "note": note})

def wtext(name, s, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="\n") as f:
        f.write(s)

def whtml(name, body, title="青山区人民政府", dest=OUT):
    s = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:14px}} table{{border-collapse:collapse}} td,th{{border:1px solid #333;padding:3px}}</style>
</head><body>
<!-- 栏目：政务公开 id=3021 -->
<div class="header">青山区人民政府门户网站</div>
{body}
<div class="footer">主办：青山区人民政府办公室　网站标识码3301060001</div>
</body></html>
"""
    with open(os.path.join(dest, name), "w", encoding="utf-8") as f:
        f.write(s)

# ---------------------------------------------------------------- PASS: text
wtext("c01_niandu_baogao_lianxi.txt", f"""青山区2025年政府信息公开工作年度报告

一、总体情况
2025年，青山区坚持以公开为常态、不公开为例外，全年主动公开政府信息1832条。

六、其他需要报告的事项
本报告电子版可在青山区人民政府门户网站“政府信息公开”专栏下载。如对本报告有任何疑问，请与青山区人民政府办公室联系。
地址：青山区人民路88号
邮编：310006
联系电话：0571-87012345
传真：0571-87012346
电子邮箱：xxgk@{AG}
政务服务便民热线：12345
""")
label("c01_niandu_baogao_lianxi.txt", "pass", ["email"], [],
      "年度报告 closing contacts: agency 政务邮箱 xxgk@, landline, fax, 12345 (findings.md: agency landlines and hotlines are not findings; e-mail is info)")

wtext("c02_xinfang_xuzhi_gbk.txt", f"""临湖县信访局信访事项受理须知

一、来信地址：临湖县行政中心东楼信访局（邮编311800），信封请注明“信访件”。
二、网上信访：登录临湖县网上信访信息系统，或发送电子邮件至信访邮箱 xfj@{AG2}。
三、来访接待：周一至周五 上午8:30—11:30，下午13:30—17:00，法定节假日除外。
四、接待电话：0575-86091234；投诉举报电话：0575-86091235。
五、县长信箱：xzxx@{AG2}（仅受理本县范围内事项）。
六、12345政务服务便民热线24小时受理群众诉求。
""", enc="gb18030")
label("c02_xinfang_xuzhi_gbk.txt", "pass", ["email"], [],
      "GB18030 text: 信访局 mailbox, 县长信箱 and 接待电话 landlines -- organisational contacts, e-mail info only")

wtext("c03_fabuhui_tongzhi.md", f"""# 关于召开2026年第一季度新闻发布会的通知

各新闻单位：

定于2026年4月10日（星期五）上午10:00在区行政中心新闻发布厅召开新闻发布会，通报一季度经济运行情况。

## 采访报名

请各新闻单位于4月8日17:00前将采访人员名单发送至区政府新闻办公室邮箱 **xwb@{AG}**。

- 新闻发言人办公室：0571-87013300
- 新闻办联系电话：0571-87013301（工作日）
- 传真：0571-87013302

青山区人民政府新闻办公室
2026年4月1日
""")
label("c03_fabuhui_tongzhi.md", "pass", ["email"], [],
      "Markdown 新闻发布会通知: spokesperson's office landline and 新闻办 mailbox -- organisational")

wtext("c04_bumen_tongxunlu.csv", f"""青山区人民政府各部门对外联系方式
部门,办公地址,咨询电话,电子邮箱
区政府办公室,人民路88号,0571-87012345,zfb@{AG}
区发展和改革局,人民路90号,0571-87012401,fgj@{AG}
区教育局,文晖路12号,0571-87012502,jyj@{AG}
区民政局,文晖路16号,0571-87012618,mzj@{AG}
区人力社保局,建国路201号,0571-87012733,rsj@{AG}
区市场监管局,建国路205号,0571-87012890,scjg@{AG}
区信访局,人民路88号东楼,0571-87012999,xfj@{AG}
注：以上电话工作日8:30-17:00接听，非工作时间请拨打12345。
""")
label("c04_bumen_tongxunlu.csv", "pass", ["email"], [],
      "CSV 部门/地址/电话/邮箱 table of departments: all organisational mailboxes and landlines")

# PASS: personal email in a reply, per docs info only
wtext("c05_lingdao_xinxiang_huifu.txt", """领导信箱来信选登

来信标题：关于小区门口公交站台迁移的建议
来信时间：2026-03-02
来信人：刘女士
来信内容：我是青山花园小区业主，公交站台迁移后老人出行不便，建议恢复原址。如需进一步沟通可发邮件至 liuxiaomei1987@163.com。

答复单位：区交通运输局
答复时间：2026-03-09
答复内容：刘女士您好！您反映的问题已收悉。经现场踏勘，站台迁移系配合道路拓宽工程，工程结束后将恢复原址。感谢您的关注。
""")
label("c05_lingdao_xinxiang_huifu.txt", "pass", ["email"], ["liuxiaomei1987@163.com"],
      "A citizen's personal 163 mailbox in a published 领导信箱 letter. findings.md: 'E-mail addresses, agency mailboxes among them, are listed at info, which never changes a verdict' -> pass; the address must still be masked in output. A careful reviewer would ask to mask it, but the docs make it info.")

wtext("c06_bianma_hunxiao.txt", """关于征集“青山记忆”老照片的启事

为记录城市变迁，区档案馆面向社会征集老照片。
投稿方式：发送至征集组邮箱 zhengji[at]qingshanqu.gov.cn（请将[at]换成@）。
征集组联系人张先生个人邮箱：zhangmin2020[at]163.com；备用邮箱 lihua_qs#126.com（请将#换成@）。
咨询电话：0571-87015510（工作日）。
""")
label("c06_bianma_hunxiao.txt", "pass", [], ["zhangmin2020[at]163.com", "lihua_qs#126.com"],
      "Obfuscated addresses ([at], # 请将#换成@) -- docs do not promise to decode them; at most e-mail info, no verdict change. Personal ones listed as raw values.")

wtext("c07_weixin_gongzhonghao.txt", """青山区政务新媒体矩阵

欢迎关注以下政务新媒体账号，及时获取权威信息：
1. 微信公众号：青山发布（微信号：qingshanfabu）
2. 政务微博：@青山发布
3. 政务抖音号：青山发布（抖音号：qsfb2018）
4. 政务服务咨询QQ群：731204856（仅用于政策咨询）
5. 12345政务服务便民热线、12315消费者投诉热线、12369环保举报热线
""")
label("c07_weixin_gongzhonghao.txt", "pass", [], [],
      "Agency's official WeChat/微博/抖音 accounts and a 政务 QQ group number (9 digits) plus hotlines: organisational, no category applies")

wtext("c08_wanggeyuan_weixin.txt", """湖滨街道网格员服务信息公示

第三网格  网格员：赵建国  网格员微信号：zjg_hubin1976  QQ：1187346529
第四网格  网格员：孙磊    网格员微信号：sunlei-wg04     QQ：2209318476
服务时间：工作日8:30-17:30。街道服务电话：0571-87026600。
""")
label("c08_wanggeyuan_weixin.txt", "pass", [], [],
      "Docs silent on WeChat ids and QQ numbers: no category covers them (not 11-digit mobiles, not e-mail). Labelled pass by the docs' category list; a careful reviewer might still prefer the 网格员's personal WeChat/QQ not be published -- noted as a policy gap, not a mishen duty.")

wtext("c09_zuoji_geshi.txt", """青山区便民服务电话一览

区政务服务中心：(0571)87030000
区不动产登记中心：0571－87031111
区医保服务窗口：0571 8703 2222
区税务局纳税服务：+86-571-87033333
区社会保险中心：057187034444
区住建局：0571-87035555转8012
区公证处：87036666
水务集团客服：400-8123-456
供电服务热线：95598
政务服务便民热线：12345   环保举报：12369   价格举报：12315
""")
label("c09_zuoji_geshi.txt", "pass", [], [],
      "Agency landlines written every way (brackets, full-width dash, spaces, +86-571, no separator, 转分机, 8-digit local), 400 and 955xx numbers, hotlines: findings.md says hotlines and agency landlines are not findings")

wtext("c10_tuomin_lianxi.txt", """2025年度区级优秀志愿者名单公示

序号  姓名    所在单位        联系方式
1     张某某  湖滨街道        138****5678
2     李某    青山社区        159****0231
3     王某某  区图书馆        z***@163.com
4     陈某    区青少年宫      186****9920
公示期间如有异议，请与区志愿者协会联系：0571-87040010，邮箱 zyz@qingshanqu.gov.cn。
""")
label("c10_tuomin_lianxi.txt", "pass", ["email"], [],
      "Masked mobiles and a masked mailbox (findings.md: masked values are not findings) plus an agency mailbox")

# ---------------------------------------------------------------- REVIEW: text
wtext("c11_ganbu_tongxunlu.txt", """青山区应急管理局领导班子成员通讯录（2026年3月更新）

姓名    职务        办公电话        手机            邮箱
周建华  局长        0571-87050001   13957123486     zhoujh_qs@163.com
吴丽萍  副局长      0571-87050002   15867432109     wuliping1979@126.com
郑海涛  副局长      0571-87050003   18268015573     3187654290@qq.com
""")
label("c11_ganbu_tongxunlu.txt", "review", ["mobile_phone", "email"],
      ["13957123486", "15867432109", "18268015573", "zhoujh_qs@163.com", "wuliping1979@126.com", "3187654290@qq.com"],
      "Staff table 姓名/职务/办公电话/手机/邮箱 with personal mobiles (review) and personal free-mail mailboxes (info)")

wtext("c12_laixin_dengji_gbk.txt", """关于王先生反映噪声扰民问题的办理情况

来信人：王先生
联系手机：+86 177 0651 2348
电子邮箱：wangxs_2021@qq.com
反映内容：青山路夜间施工噪声扰民。
办理情况：经区城管局核查，已责令施工单位停止夜间施工。
""", enc="gb18030")
label("c12_laixin_dengji_gbk.txt", "review", ["mobile_phone"], ["17706512348", "wangxs_2021@qq.com"],
      "GB18030: complainant's +86 grouped mobile and qq mailbox in a published reply")

wtext("c13_wanggeyuan_shouji.csv", """湖滨街道网格员名单
网格,网格员,手机号码,电子邮箱
第一网格,钱晓东,19957316624,qianxd@163.com
第二网格,冯丽,13588420931,fengli_hb@126.com
第三网格,褚国平,15158862207,chuguoping@qq.com
""")
label("c13_wanggeyuan_shouji.csv", "review", ["mobile_phone"],
      ["19957316624", "13588420931", "15158862207", "qianxd@163.com", "fengli_hb@126.com", "chuguoping@qq.com"],
      "CSV of named 网格员 with personal mobiles and free-mail addresses")

wtext("c14_shoujihao_youxiang.txt", """关于公布2026年防汛责任人的通知

各社区：
现将辖区防汛责任人公布如下，请各单位做好对接。
青山社区防汛责任人：卫东，联系邮箱 13867045192@163.com
湖滨社区防汛责任人：蒋敏，联系邮箱 jiangmin_hb@126.com
区防汛办电话：0571-87060000
""")
label("c14_shoujihao_youxiang.txt", "review", ["mobile_phone", "email"], ["13867045192", "13867045192@163.com", "jiangmin_hb@126.com"],
      "A 163 mailbox whose local part is a personal mobile (13867045192@163.com). Docs silent on a mobile inside an e-mail's local part; a careful reviewer reads it as a published personal mobile -> review mobile_phone.")

wtext("c15_zhiban_shouji.txt", """青山区2026年春节假期值班安排

值班时间：2月16日至2月22日
区政府总值班室：0571-87012000（24小时）
区应急管理局值班手机：15990187326
区城管局值班手机：18058723417
如遇突发事件，请第一时间报告区政府总值班室。
""")
label("c15_zhiban_shouji.txt", "review", ["mobile_phone"], ["15990187326", "18058723417"],
      "Published 值班手机 of offices. rules.md: a published service mobile is cleared only by an office's exclusion in a rules file (对外公布的服务手机); without one the built-in mobile_phone detector applies -> review")

wtext("c16_kongge_shouji.txt", """关于开展老旧小区加装电梯意见征询的公告

征询期：2026年5月6日至5月20日。
联系人：湖滨社区 韩丽
联系电话：139 8946 5027
电子邮箱：hanli.hb@gmail.com
也可至社区服务中心现场提交书面意见。
""")
label("c16_kongge_shouji.txt", "review", ["mobile_phone"], ["13989465027", "139 8946 5027", "hanli.hb@gmail.com"],
      "A named contact's grouped mobile (139 8946 5027) and gmail in a public notice")

wtext("c17_quanjiao_shouji.md", """# 青山区“民情联络员”名单

| 社区 | 联络员 | 联系方式 |
|---|---|---|
| 青山社区 | 杨帆 | １５０８８６４９１７３ |
| 湖滨社区 | 朱红 | １３３０６５７１２８４ |
| 人民社区 | 秦亮 | 0571-87070003 |
""")
label("c17_quanjiao_shouji.md", "review", ["mobile_phone"], ["15088649173", "13306571284", "１５０８８６４９１７３", "１３３０６５７１２８４"],
      "Markdown table; full-width mobiles under 联系方式 column, one landline")

wtext("c18_lianxiren_zhengji.md", f"""# 关于征集2026年区政府民生实事项目的公告

## 征集方式

1. 电子邮件：发送至 msss@{AG}（请注明“民生实事建议”）。
2. 信函：寄至青山区人民路88号区发改局（邮编310006）。

## 联系人

| 姓名 | 职务 | 手机 | 邮箱 |
|---|---|---|---|
| 许强 | 综合科科长 | 18969032215 | xuqiang1979@126.com |
| 何静 | 科员 | 16605718842 | hejing_fgj@163.com |
""")
label("c18_lianxiren_zhengji.md", "review", ["mobile_phone", "email"],
      ["18969032215", "16605718842", "xuqiang1979@126.com", "hejing_fgj@163.com"],
      "Markdown: agency mailbox in prose, then a 姓名/职务/手机/邮箱 staff table with personal mobiles")

# ---------------------------------------------------------------- HTML (pass)
whtml("c19_lianxi_women_mailto.html", f"""
<h1>联系我们</h1>
<p>如您对本网站有任何意见和建议，欢迎<a href="mailto:webmaster@{AG}">联系我们</a>。</p>
<p>地址：青山区人民路88号　邮编：310006　电话：0571-87012345</p>
""", "联系我们")
label("c19_lianxi_women_mailto.html", "pass", ["email"], [],
      "Agency webmaster mailbox only in a mailto: link target whose text says 联系我们 (link_target part, e-mail info)")

whtml("c20_quanjiao_youxiang.html", """
<h1>政府信息公开指南</h1>
<p>申请人可以通过以下方式提交政府信息公开申请：</p>
<ul><li>信函：青山区人民路88号区政府办公室（邮编310006）</li>
<li>电子邮件：ｙｓｑｇｋ＠ｑｉｎｇｓｈａｎｑｕ．ｇｏｖ．ｃｎ</li>
<li>咨询电话：０５７１－８７０１２３４５</li></ul>
""", "政府信息公开指南")
label("c20_quanjiao_youxiang.html", "pass", [], [],
      "Agency 依申请公开 mailbox written in full-width letters with ＠ and ．; full-width landline. Docs do not say whether full-width ＠ is an e-mail; any finding would be info -> pass")

whtml("c21_shuxing_youxiang.html", f"""
<h1>区政府办公室</h1>
<div class="contact" data-email="zfb@{AG}" data-tel="0571-87012345" title="区政府办公室邮箱 zfb@{AG}">
<p>办公室主任：沈国强</p><p>办公电话：0571-87012345</p>
<p><a href="mailto:zfb@{AG}?subject=%E5%92%A8%E8%AF%A2" aria-label="发送邮件至 zfb@{AG}">发送邮件</a></p>
</div>
""", "区政府办公室")
label("c21_shuxing_youxiang.html", "pass", ["email"], [],
      "Agency mailbox in data-*/title/aria-label attributes and a mailto with a query; director's name with the office landline -- organisational")

whtml("c22_cms_zhushi_jilu.html", f"""
<!-- 所属栏目：联系我们 -->
<!-- module: footer-contact tpl_id=17 -->
<h1>信访渠道</h1>
<p>区信访局来信地址：人民路88号东楼；网上信访邮箱：xfj@{AG}；接待电话：0571-87012999。</p>
""", "信访渠道")
label("c22_cms_zhushi_jilu.html", "pass", ["email"], [],
      "CMS comments that are section/module records only (findings.md: a comment of nothing but section fields with label values is not hidden content) plus the 信访 mailbox")

whtml("c23_geren_youxiang_wenzhang.html", """
<h1>“最美社区工作者”事迹简介</h1>
<p>马丽华，湖滨社区党委书记，从事社区工作二十年……</p>
<p>读者可通过本人公开的邮箱 malihua.hb@163.com 与她交流社区治理经验。</p>
<p>（区委组织部供稿）</p>
""", "最美社区工作者")
label("c23_geren_youxiang_wenzhang.html", "pass", ["email"], ["malihua.hb@163.com"],
      "Named official's personal 163 mailbox in visible text; findings.md makes every e-mail info (never changes a verdict) -> pass; must be masked in output")

whtml("c24_tuomin_html.html", """
<h1>2025年度见义勇为人员表彰名单</h1>
<table><tr><th>姓名</th><th>所在地</th><th>联系电话</th></tr>
<tr><td>杨某某</td><td>青山街道</td><td>137****5508</td></tr>
<tr><td>秦某</td><td>湖滨街道</td><td>198****0463</td></tr></table>
<p>联系单位：区见义勇为基金会 0571-87080808</p>
""", "表彰名单")
label("c24_tuomin_html.html", "pass", [], [],
      "HTML table of masked mobiles and a foundation landline")

whtml("c25_kongge_youxiang.html", """
<h1>招募志愿讲解员</h1>
<p>报名请将个人简历发送至 wang jun 1990 @ 163 . com（请去掉空格），或直接到区博物馆服务台报名。</p>
<p>咨询电话：0571-87090909</p>
""", "招募志愿讲解员")
label("c25_kongge_youxiang.html", "pass", [], [],
      "A personal address broken up with spaces ('wang jun 1990 @ 163 . com'); docs promise nothing about it and e-mail is info anyway")

# ---------------------------------------------------------------- HTML (review)
whtml("c26_zhushi_geren_youxiang.html", f"""
<h1>关于公布区级社会组织评估结果的通知</h1>
<p>评估结果如有异议，请于公示期内向区民政局反映。联系邮箱：mzj@{AG}。</p>
<!-- 原联系人为吴海涛，邮箱 wuhaitao1988@163.com，已调离，发布前请删除 -->
""", "评估结果")
label("c26_zhushi_geren_youxiang.html", "review", ["hidden_content"], ["wuhaitao1988@163.com"],
      "HTML comment that reads as a note (a sentence, 发布前请删除) holding a former contact's personal mailbox -> hidden_content.html_comment")

whtml("c27_yincang_shouji.html", f"""
<h1>青山区12345热线工作简报</h1>
<p>本月共受理群众诉求4821件，按时办结率98.6%。热线电话：12345。</p>
<div style="display:none">联系人：钱晓东 手机13732145508 邮箱 qianxd@163.com</div>
""", "工作简报")
label("c27_yincang_shouji.html", "review", ["hidden_content", "mobile_phone"], ["13732145508", "qianxd@163.com"],
      "display:none element holding a personal mobile and mailbox")

whtml("c28_tel_lianjie.html", """
<h1>社区服务</h1>
<p>如需上门服务，请<a href="tel:19857120463">联系我们</a>，或<a href="mailto:lina_0923@163.com">发送邮件</a>。</p>
""", "社区服务")
label("c28_tel_lianjie.html", "review", ["mobile_phone"], ["19857120463", "lina_0923@163.com"],
      "Personal mobile only in a tel: link target (text says 联系我们) and a personal 163 mailbox only in a mailto: target")

whtml("c29_biaodan_yincang.html", f"""
<h1>在线咨询</h1>
<form action="/consult/submit" method="post">
<input type="hidden" name="handler" value="经办人 褚国平 15158862207">
<input type="hidden" name="cc" value="chuguoping@qq.com">
<p>您的问题：<textarea name="q"></textarea></p>
<p><button type="submit">提交</button></p>
</form>
<p>咨询邮箱：zxzx@{AG}</p>
""", "在线咨询")
label("c29_biaodan_yincang.html", "review", ["mobile_phone"], ["15158862207", "chuguoping@qq.com"],
      "Hidden <input> values (form_field) carrying a handler's personal mobile and qq mailbox; mobile_phone review wherever read (hidden_content may also be reported)")

whtml("c30_quanjiao_shouji_html.html", """
<h1>关于开展夏季消防安全检查的通知</h1>
<p>检查期间如有疑问，请联系区消防救援大队防火科 徐军（手机：１８０５８７２３４１７）。</p>
""", "消防安全检查")
label("c30_quanjiao_shouji_html.html", "review", ["mobile_phone"], ["18058723417", "１８０５８７２３４１７"],
      "Full-width mobile of a named officer in prose (findings.md: full-width mobiles)")

# ---------------------------------------------------------------- python-docx
def add_runs(p, parts, font="宋体"):
    for t in parts:
        r = p.add_run(t)
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p

def new_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d

d = new_doc()
d.add_heading("关于举办2026年青山区全民阅读节活动的通知", 1)
add_runs(d.add_paragraph(), ["各街道、各部门：为营造书香青山氛围，定于4月23日举办全民阅读节。"])
add_runs(d.add_paragraph(), ["活动联系人：区图书馆 胡静雯，邮箱 ", "hujingwen", "88@", "fox", "mail.com", "；办公电话 0571-", "8709", "1001。"])
d.save(os.path.join(OUT, "c31_yuedu_jie_runs.docx"))
label("c31_yuedu_jie_runs.docx", "pass", ["email"], ["hujingwen88@foxmail.com"],
      "python-docx: a named librarian's foxmail address split across five runs plus an office landline split across runs; e-mail is info -> pass")

d = new_doc()
sec = d.sections[0]
hp = sec.header.paragraphs[0]; add_runs(hp, [f"青山区人力资源和社会保障局　rsj@{AG}"])
fp = sec.footer.paragraphs[0]; add_runs(fp, ["地址：建国路201号　咨询电话：0571-87012733　12333"])
d.add_heading("2026年度高校毕业生就业见习岗位征集公告", 1)
add_runs(d.add_paragraph(), ["各用人单位：现征集2026年度就业见习岗位，请于5月31日前将申报表发送至见习办邮箱。"])
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "部门"; t.rows[0].cells[1].text = "邮箱"
for dep, m in [("就业促进科", "jyk@"+AG), ("职业能力建设科", "zynl@"+AG), ("见习办", "jxb@"+AG)]:
    c = t.add_row().cells; c[0].text = dep; c[1].text = m
d.save(os.path.join(OUT, "c32_jianxi_gangwei_yemei.docx"))
label("c32_jianxi_gangwei_yemei.docx", "pass", ["email"], [],
      "python-docx: agency mailbox in the header, landline + 12333 in the footer, a 部门/邮箱 table of departments")

d = new_doc()
d.add_heading("青山区新闻发言人名单", 1)
add_runs(d.add_paragraph(), ["根据政务公开工作要求，现将区政府新闻发言人及联系方式公布如下："])
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, h in enumerate(["单位", "新闻发言人", "职务", "新闻办电话"]): t.rows[0].cells[i].text = h
for row in [("区政府办公室", "沈国强", "主任", "0571-87012300"), ("区公安分局", "邹明", "副局长", "0571-87100110"), ("区卫生健康局", "施雅", "副局长", "0571-87120120")]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
add_runs(d.add_paragraph(), [f"媒体采访请发送邮件至区新闻办 xwb@{AG}。"])
d.save(os.path.join(OUT, "c33_xinwen_fayanren.docx"))
label("c33_xinwen_fayanren.docx", "pass", ["email"], [],
      "python-docx: spokespersons' names with their offices' 新闻办 landlines and the 新闻办 mailbox -- published by design")

d = new_doc()
d.add_heading("关于开展2026年度“双随机”抽查的公告", 1)
add_runs(d.add_paragraph(), ["抽查对象如需咨询，请与区市场监管局执法科联系。"])
p = d.add_paragraph()
add_runs(p, ["联系人：蒋敏，手机：", "138", "6704", "5192", "（工作日）"])
d.save(os.path.join(OUT, "c34_shuangsuiji_runs.docx"))
label("c34_shuangsuiji_runs.docx", "review", ["mobile_phone"], ["13867045192"],
      "python-docx: a named officer's mobile split over three runs after 手机")

# tracked deletion + hidden text
d = new_doc()
d.add_heading("关于调整区政务服务中心窗口咨询电话的公告", 1)
p = add_runs(d.add_paragraph(), ["自2026年6月1日起，咨询电话调整为0571-87030000。"])
dele = OxmlElement("w:del"); dele.set(qn("w:id"), "1"); dele.set(qn("w:author"), "zwzx"); dele.set(qn("w:date"), "2026-05-20T09:00:00Z")
r = OxmlElement("w:r"); dt = OxmlElement("w:delText"); dt.set(qn("xml:space"), "preserve")
dt.text = "原窗口负责人魏东手机13588420931，邮箱 weidong_zw@126.com"
r.append(dt); dele.append(r); p._p.append(dele)
d.save(os.path.join(OUT, "c35_xiuding_shanchu.docx"))
label("c35_xiuding_shanchu.docx", "review", ["hidden_content"], ["13588420931", "weidong_zw@126.com"],
      "python-docx + hand-made w:del: a tracked deletion holding a former window head's mobile and 126 mailbox")

d = new_doc()
d.add_heading("区文化馆公益培训报名指南", 1)
add_runs(d.add_paragraph(), [f"报名邮箱：whg@{AG}；咨询电话：0571-87140000。"])
p = d.add_paragraph(); r = p.add_run("备用联系人 尤佳 15867432109 youjia_whg@163.com"); r.font.hidden = True
d.save(os.path.join(OUT, "c36_yincang_wenzi.docx"))
label("c36_yincang_wenzi.docx", "review", ["hidden_content"], ["15867432109", "youjia_whg@163.com"],
      "python-docx hidden text (w:vanish) with a backup contact's mobile and 163 mailbox")

d = new_doc()
d.add_heading("关于公开征求《青山区养犬管理办法（征求意见稿）》意见的通知", 1)
add_runs(d.add_paragraph(), ["公众可通过以下方式提出意见："])
p = d.add_paragraph()
add_runs(p, ["电子邮件："])
# hyperlink mailto with text 联系我们
part = d.part
rid = part.relate_to("mailto:caoyu_cg@163.com", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
r = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "联系我们"; r.append(tt); h.append(r); p._p.append(h)
add_runs(d.add_paragraph(), ["意见征集截止日期：2026年7月15日。"])
d.save(os.path.join(OUT, "c37_mailto_geren_docx.docx"))
label("c37_mailto_geren_docx.docx", "pass", ["email"], ["caoyu_cg@163.com"],
      "python-docx: a personal 163 mailbox only as a mailto: hyperlink target whose text reads 联系我们 (link_target); e-mail info -> pass")

# ---------------------------------------------------------------- openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "部门邮箱"
ws.append(["青山区各部门政务邮箱"]); ws.append(["部门", "电话", "邮箱"])
for r_ in [("区政府办公室", "0571-87012345", "zfb@"+AG), ("区财政局", "0571-87012811", "czj@"+AG), ("区审计局", "0571-87012822", "sjj@"+AG), ("区统计局", "0571-87012833", "tjj@"+AG)]:
    ws.append(list(r_))
wb.save(os.path.join(OUT, "c38_bumen_youxiang.xlsx"))
label("c38_bumen_youxiang.xlsx", "pass", ["email"], [], "openpyxl 部门/电话/邮箱 of departments")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "服务电话"
ws.append(["单位", "服务电话", "备注"])
ws.append(["政务服务热线", 12345, "24小时"]); ws.append(["区政务服务中心", 87030000, "区号0571"])
ws.append(["区医保中心", "0571-87032222", "工作日"]); ws.append(["区公证处", 57187036666, "含区号"])
wb.save(os.path.join(OUT, "c39_fuwu_dianhua_shuzi.xlsx"))
label("c39_fuwu_dianhua_shuzi.xlsx", "pass", [], [],
      "openpyxl: hotline and landlines stored as numbers (12345, 87030000, 57187036666 -- 11 digits but 571 is no mobile 号段)")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "对外联系"
ws.append(["科室", "办公电话", "联系人邮箱"])
rows = [("办公室", "0571-87150001", "tangwei_jt@163.com"), ("规划科", "0571-87150002", "luoxin.jt@gmail.com"), ("运管科", "0571-87150003", "2873401956@qq.com")]
for r_ in rows: ws.append(list(r_))
ws.column_dimensions["C"].hidden = True
wb.save(os.path.join(OUT, "c40_yincang_lie_youxiang.xlsx"))
label("c40_yincang_lie_youxiang.xlsx", "review", ["hidden_content"], ["tangwei_jt@163.com", "luoxin.jt@gmail.com", "2873401956@qq.com"],
      "openpyxl: hidden column C of staff personal mailboxes (findings.md: hidden columns are hidden_content)")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "公开名单"
ws.append(["姓名", "社区", "志愿服务时长"]); ws.append(["尤某", "青山社区", 126]); ws.append(["许某", "湖滨社区", 98])
ws2 = wb.create_sheet("联系方式"); ws2.append(["姓名", "手机", "邮箱"])
ws2.append(["尤佳", "15990187326", "youjia88@163.com"]); ws2.append(["许晨", "13306571284", "xuchen_qs@126.com"])
ws2.sheet_state = "hidden"
wb.save(os.path.join(OUT, "c41_yincang_biao_shouji.xlsx"))
label("c41_yincang_biao_shouji.xlsx", "review", ["hidden_content", "mobile_phone"], ["15990187326", "13306571284", "youjia88@163.com", "xuchen_qs@126.com"],
      "openpyxl: public sheet with masked names; hidden sheet with volunteers' mobiles and mailboxes")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "报名表"
ws.append(["2026年区级应急志愿者报名汇总"])
ws.append(["姓名", "身份证号", "手机", "邮箱"])
ws.append(["吕志强", ID1, 18268015573, "lvzhiqiang@163.com"])
ws.append(["施雯", ID2, "17706512348", "shiwen2016@qq.com"])
wb.save(os.path.join(OUT, "c42_zhiyuanzhe_baoming.xlsx"))
label("c42_zhiyuanzhe_baoming.xlsx", "block", ["id_card", "mobile_phone"], [ID1, ID2, "18268015573", "17706512348", "lvzhiqiang@163.com", "shiwen2016@qq.com"],
      "openpyxl: volunteer list with IDs (valid check digits), mobiles (one a number cell) and mailboxes")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "联络表"
ws.append(["单位", "联系电话", "电子邮箱"])
ws.append(["区农业农村局", "0571-87160001", "nyj@"+AG])
ws["B2"].comment = Comment("实际联系人 孔德明 手机18805716639", "编辑")
wb.save(os.path.join(OUT, "c43_pizhu_shouji.xlsx"))
label("c43_pizhu_shouji.xlsx", "review", ["hidden_content"], ["18805716639"],
      "openpyxl cell comment holding a named contact's mobile (comments are hidden_content)")

# ---------------------------------------------------------------- ReportLab
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
def rl_pdf(name, lines, links=(), notes=()):
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4)
    c.setFont("STSong-Light", 12); y = 780
    pos = {}
    for i, ln in enumerate(lines):
        c.drawString(60, y, ln); pos[i] = y; y -= 22
    for (i, uri, x0, x1) in links:
        c.linkURL(uri, (x0, pos[i]-4, x1, pos[i]+12), relative=0)
    for (txt, rect) in notes:
        c.textAnnotation(txt, Rect=rect, relative=0)
    c.showPage(); c.save()

rl_pdf("c44_yishenqing_dafu.pdf", [
    "青山区人民政府办公室政府信息公开申请答复书", "",
    "申请人：陈宇林", "通讯邮箱：chenyu.lin2019@gmail.com",
    "你于2026年3月5日通过电子邮件提交的政府信息公开申请收悉。",
    "经审查，你申请的信息属于主动公开范围，已在本机关门户网站公开。",
    "如对本答复不服，可依法申请行政复议或提起行政诉讼。",
    "联系电话：0571-87012345  政务邮箱：ysqgk@qingshanqu.gov.cn",
])
label("c44_yishenqing_dafu.pdf", "pass", ["email"], ["chenyu.lin2019@gmail.com"],
      "ReportLab STSong-Light: applicant's personal gmail in a published 答复书 plus the agency mailbox; e-mail info -> pass per findings.md")

rl_pdf("c45_zhengqiu_yijian.pdf", [
    "关于公开征求《青山区公共停车场收费标准调整方案》意见的公告", "",
    "社会公众可于2026年8月31日前通过以下方式反馈意见：",
    "1. 电子邮箱：wjj@qingshanqu.gov.cn",
    "2. 传真：0571-87170002",
    "3. 信函：青山区人民路88号区物价局（邮编310006）",
    "咨询电话：0571-87170001，或拨打12345。",
])
label("c45_zhengqiu_yijian.pdf", "pass", ["email"], [], "ReportLab: 征求意见 notice with agency mailbox, fax, landline, 12345")

rl_pdf("c46_xinfang_fuhe.pdf", [
    "信访事项复查意见书", "",
    "复查申请人：吕志强，身份证号：" + ID1,
    "联系电话：18268015573  电子邮箱：lvzhiqiang@163.com",
    "复查申请人不服区城管局作出的信访事项处理意见，向本机关申请复查。",
    "本机关维持原处理意见。信访局接待电话：0571-87012999",
])
label("c46_xinfang_fuhe.pdf", "block", ["id_card", "mobile_phone"], [ID1, "18268015573", "lvzhiqiang@163.com"],
      "ReportLab: 信访复查意见书 with the petitioner's ID, mobile and 163 mailbox")

rl_pdf("c47_lianjie_zhushi.pdf", [
    "青山区老年食堂服务点一览", "",
    "各服务点就餐咨询请联系所在社区，或点击此处联系我们。",
    "区民政局养老服务科：0571-87012618",
], links=[(2, "mailto:pengfei_yl@163.com", 60, 420)],
   notes=[("核对：彭飞手机13732145508，发布前删掉", (450, 700, 520, 740))])
label("c47_lianjie_zhushi.pdf", "review", ["hidden_content"], ["pengfei_yl@163.com", "13732145508"],
      "ReportLab: a personal mailbox only in a mailto link annotation; a sticky note (text annotation) with a mobile and 发布前删掉 -> hidden_content (PDF sticky notes are comments)")

rl_pdf("c48_mailto_jigou.pdf", [
    "青山区政务公开意见箱", "",
    "如您对政务公开工作有意见建议，请点击此处联系我们。",
    "政务公开办公室电话：0571-87012300",
], links=[(2, "mailto:zwgk@qingshanqu.gov.cn", 60, 420)])
label("c48_mailto_jigou.pdf", "pass", ["email"], [], "ReportLab: agency mailbox only as a mailto link annotation")

json.dump(LABELS, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels_py.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(LABELS), "labels")
