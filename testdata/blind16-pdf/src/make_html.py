"""Writes the HTML pages that Chromium prints (make.sh runs chromium on them)."""
import os
from common import ID, BAD_ID, CARD, MOB, BUILD, USCC

CSS = """<style>
@page { size: A4; margin: 25mm 26mm 25mm 28mm; }
body { font-family: "Droid Sans Fallback", sans-serif; font-size: 16pt; line-height: 1.75; }
h1 { font-size: 22pt; text-align: center; font-weight: normal; }
.red { color: #c00; text-align: center; font-size: 30pt; letter-spacing: 4pt; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; }
td, th { border: 1px solid #000; padding: 2pt 4pt; }
</style>"""


def page(name, body, extra_css=""):
    with open(os.path.join(BUILD, name + ".html"), "w", encoding="utf-8") as f:
        f.write('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>%s%s</head><body>%s</body></html>'
                % (name, CSS, extra_css, body))


NOTICE = """<p class="red">江临市人民政府办公室文件</p>
<p style="text-align:center">江政办发〔2026〕41号</p>
<h1>关于做好冬季森林防火工作的通知</h1>
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>　　入冬以来，我市降水偏少，森林火险等级持续偏高。为切实做好冬季森林防火工作，经市政府同意，现就有关事项通知如下。</p>
<p>　　一、压实防火责任。各地要落实属地管理责任，逐级签订责任书，明确到山头地块。</p>
<p>　　二、加强火源管控。严禁野外用火，重点时段加密巡护频次。</p>
"""

# c01: GB/T 9704 marking at the top right, absolutely positioned, last in the DOM.
page("c01_abs_marking", '<div style="font-family:\'Noto Serif CJK SC\'">' + NOTICE + """<p>　　三、做好应急准备。各级扑火队伍要保持24小时待命。</p>
<div style="position:absolute; top:0; right:0; font-family:'Noto Sans CJK SC'; font-size:16pt">机密★1年</div>
<div style="position:absolute; top:0; left:0; font-size:16pt">000031</div></div>""")

# c02: table whose narrow 身份证号 column wraps the ID over two lines inside one cell.
rows = "".join('<tr><td>%d</td><td>%s</td><td style="width:70pt;word-break:break-all">%s</td><td>%s</td></tr>' % (i + 1, n, ID[i], MOB[i])
               for i, n in enumerate(["王立新", "陈雪梅", "刘建国"]))
page("c02_table_wrap_id", """<h1>2026年度困难群众临时救助拟发放名单公示</h1>
<p>根据《江临市临时救助实施办法》，现将拟救助对象公示如下，公示期5个工作日。</p>
<table><tr><th>序号</th><th>姓名</th><th style="width:70pt">身份证号</th><th>联系电话</th></tr>%s</table>
<p>监督电话：0571-87051234</p>""" % rows)

# c03: three CSS columns; the card number sits in the middle column.
filler = "".join("<p>　　第%s条　各级财政部门应当按照预算管理要求，及时足额拨付资金，不得截留、挤占、挪用。</p>" % n for n in "一二三四五六")
page("c03_multicol_card", """<h1>关于退还多缴非税收入的公告</h1><div style="column-count:3; column-gap:14pt; font-size:11pt; line-height:1.5">%s
<p>　　经核实，缴款人李卫东多缴款项已原路退还，退款账户：中国建设银行，卡号：%s，请注意查收。</p>%s</div>""" % (filler, CARD[0], filler))

# c04: a sidebar rotated by CSS along the binding edge.
page("c04_rotated_sidebar", NOTICE + """<div style="position:fixed; left:-60mm; top:120mm; transform:rotate(-90deg); font-size:12pt; color:#555; width:140mm; text-align:center">内部资料　注意保存</div>""")

# c05: an SVG chart whose annotation <text> carries a mobile.
page("c05_svg_text", """<h1>2026年11月空气质量监测情况</h1><p>全市11月空气质量优良天数比例为86.7%%，同比上升3.3个百分点。</p>
<svg width="600" height="260" xmlns="http://www.w3.org/2000/svg" font-family="Droid Sans Fallback">
<rect x="40" y="40" width="60" height="180" fill="#6a9"/><rect x="140" y="80" width="60" height="140" fill="#6a9"/><rect x="240" y="120" width="60" height="100" fill="#6a9"/>
<text x="40" y="240" font-size="14">东城</text><text x="140" y="240" font-size="14">西城</text><text x="240" y="240" font-size="14">南湖</text>
<text x="310" y="40" font-size="12" transform="rotate(8 310 40)">数据核对：值班手机%s</text></svg>
<p>（数据来源：江临市生态环境监测中心）</p>""" % MOB[12])

# c06: an ID in 1px white text below the signature.
page("c06_white_tiny", NOTICE + """<p style="text-align:right">江临市人民政府办公室<br>2026年12月1日</p>
<p style="color:#fff; font-size:1px; line-height:1px">经办人身份证号%s</p>""" % ID[16])

# c07: a mobile whose two halves are in reverse DOM order, placed side by side by absolute positioning.
page("c07_split_spans", """<h1>关于开展冬季供暖安全检查的通知</h1>
<p>　　各供热单位要于12月15日前完成自查。</p>
<div style="position:relative; height:30pt"><span style="position:absolute; left:0">联系人：赵敏，电话</span>
<span style="position:absolute; left:212pt">0977</span><span style="position:absolute; left:154pt">1389301</span></div>
<p>　　特此通知。</p>""".replace("1389301", MOB[13][:7]).replace("0977", MOB[13][7:]))

# c08: the marking in a CSS page margin box (@page @top-right).
page("c08_margin_box", NOTICE, extra_css="""<style>@page { @top-right { content: "秘密★5年"; font-family: "Droid Sans Fallback"; font-size: 16pt; } }</style>""")

# c09: clean control: a notice about secrecy law, landline, hotline, dates.
page("c09_clean_secrecy_notice", """<p class="red">江临市国家保密局</p><h1>关于开展2026年度保密宣传教育月活动的通知</h1>
<p>各区县保密局，市直各单位：</p>
<p>　　为深入学习宣传《中华人民共和国保守国家秘密法》及其实施条例，增强全体干部职工的保密意识，严防失泄密事件发生，现就开展保密宣传教育月活动通知如下。</p>
<p>　　一、活动时间：2026年12月1日至12月31日。</p>
<p>　　二、活动内容：组织学习《保守国家秘密法》，坚持“涉密不上网、上网不涉密”，开展保密知识竞赛，依法保护商业秘密和个人隐私。</p>
<p>　　三、联系方式：市保密局宣传科，联系电话0571-87059911，传真0571-87059912，政务服务便民热线12345。</p>
<p style="text-align:right">江临市国家保密局<br>2026年11月20日</p>""")

# c10: clean control: a table of 编号 serials that look like IDs and mobiles.
rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
    ("JL%s" % BAD_ID[0][6:], BAD_ID[0], "办公桌椅采购", "128,600.00"),
    ("JL%s" % BAD_ID[1][6:], BAD_ID[1], "档案装具采购", "46,300.00"),
    ("JL20261206", "13920261206", "会议服务", "18,000.00")])
page("c10_clean_serials", """<h1>2026年第四季度政府采购合同公告</h1><table><tr><th>合同号</th><th>项目编号</th><th>项目名称</th><th>金额（元）</th></tr>%s</table>
<p>供应商统一社会信用代码：%s。采购人联系电话：0571-87062345。</p>""" % (rows, USCC[0]))

# c11: clean control: a news item in two columns with years, hotlines and figures.
page("c11_clean_twocol", """<h1>我市召开2026年度营商环境评价推进会</h1><div style="column-count:2; column-gap:20pt; font-size:12pt">
<p>　　12月3日，全市营商环境评价推进会召开。会议指出，2026年以来，全市新增市场主体38,412户，同比增长12.6%。</p>
<p>　　会议要求，各部门要畅通12345热线诉求渠道，对企业反映的问题做到件件有回应。2025年全市办结企业诉求20,316件。</p>
<p>　　会议强调，要依法保护企业商业秘密，规范涉企检查。市发展改革委、市市场监管局等部门负责人作交流发言。</p>
<p>　　咨询电话：0571-87051000，邮政编码310006。</p></div>""")

# c12: clean control: a ruled directory of agency landlines, mailboxes and postcodes.
rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
    ("市政府办公室", "0571-87051000", "szfb@jianglin.gov.cn", "310006"),
    ("市发展和改革委员会", "0571-87052000", "fgw@jianglin.gov.cn", "310006"),
    ("市教育局", "0571-87053000", "jyj@jianglin.gov.cn", "310012"),
    ("市民政局", "0571-87054000", "mzj@jianglin.gov.cn", "310014")])
page("c12_clean_directory", """<h1>江临市政府部门政务公开联系方式</h1><table><tr><th>单位</th><th>办公电话</th><th>公开邮箱</th><th>邮政编码</th></tr>%s</table>
<p>政务服务便民热线：12345；生态环境投诉：12369。</p>""" % rows)

# Source of q01 (qpdf --object-streams=generate): a Chromium table with an ID.
page("qsrc_q01", """<h1>2026年度见义勇为确认公示</h1><table><tr><th>姓名</th><th>身份证号</th><th>事迹</th></tr>
<tr><td>柏林</td><td>%s</td><td>勇救落水儿童</td></tr></table>""" % ID[15])
