#!/usr/bin/python3
"""Generate blind36-replies: interactive/reply sections of a government portal."""
import json, os, subprocess, zipfile, shutil, re, csv, io
from synth import id18, luhn_complete, luhn_ok, mask_id, mask_mobile
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
import openpyxl

import os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the corpus folder
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(OUT, exist_ok=True)
os.makedirs(SRC, exist_ok=True)
LABELS = []


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict,
                   "expect_categories": sorted(cats), "raw_values": raw, "note": note})


def w(name, text, enc="utf-8", d=OUT):
    p = os.path.join(d, name)
    with open(p, "w", encoding=enc, newline="") as f:
        f.write(text)
    return p


# ---------------- values ----------------
ID_A = id18("330106", "19850317", 123)       # 330106198503171239
ID_B = id18("330102", "19720921", 45)
ID_C = id18("330521", "19930604", 67)
ID_D = id18("330108", "19660112", 201)
ID_E = id18("330110", "20010925", 88)
ID_F = id18("330183", "19790430", 152)
ID_BAD1 = id18("330106", "19880808", 11, valid=False)
ID_BAD2 = id18("330104", "19910215", 37, valid=False)
ID15 = "330106800101123"                      # legacy 15-digit, 1980-01-01
CARD_A = luhn_complete("622848", 19)
CARD_B = luhn_complete("621700", 19)
CARD_C = luhn_complete("622202", 19)
ORG_ACCT = luhn_complete("120202", 19)
M = ["13958021476", "15867134290", "18857102634", "13735812905", "17706519388",
     "15158126047", "13605718293", "18969047531", "19857160284", "13819472056",
     "15990183627", "18768145092", "13357109846", "14768023519", "16605712483"]
PLATE_A = "浙A7K3Q9"
PLATE_B = "浙AD12345"
PLATE_C = "浙A·F8327D"
PASS_A = "E63815274"
HK_A = "C71846253"
LANDLINE = "0571-87012345"
LANDLINE2 = "0571-85256631"

CSS = """body{font-family:'Noto Sans CJK SC',sans-serif;font-size:15px;margin:30px;}
table{border-collapse:collapse;} td,th{border:1px solid #333;padding:4px 8px;}"""


def page(title, body, head_extra="", crumbs="首页 > 互动交流 > 领导信箱"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_杭州市西湖区人民政府</title>
<meta name="SiteName" content="杭州市西湖区人民政府">
<meta name="ColumnName" content="互动交流">
<style>{CSS}</style>{head_extra}</head>
<body>
<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="crumbs">当前位置：{crumbs}</div>
<!--begin content-->
{body}
<!--end content-->
<div class="footer">主办：杭州市西湖区人民政府办公室　地址：杭州市西湖区文三路某号　联系电话：0571-87012000<br>
网站标识码：3301060001　浙ICP备05000000号-1</div>
</body></html>
"""


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", html_path],
                   check=True, capture_output=True, timeout=120)


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=180)


def new_doc(author=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(14)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    return d


def add_paras(d, lines):
    for ln in lines:
        d.add_paragraph(ln)


# =========================================================== HTML
# 01 leader mailbox list with an unmasked ID in one message abstract
items = [
    ("关于文新街道某小区加装电梯的咨询", "2026-11-28", "已回复", "居民反映小区加装电梯意见不一，请求协调。"),
    ("反映西溪路夜间施工噪音扰民", "2026-11-27", "已回复", "夜间22点后仍有施工，影响休息。"),
    ("关于医保异地备案的咨询", "2026-11-26", "已回复",
     f"本人陈立新，身份证号{ID_A}，想咨询退休后异地备案手续。"),
    ("关于学区划分的建议", "2026-11-25", "办理中", "建议公开学区划分依据。"),
]
lis = "\n".join(f'<li><a href="/hdjl/ldxx/2026112{i}.html">{t}</a><span class="date">{dt}</span>'
                f'<span class="st">{st}</span><p class="abs">{ab}</p></li>' for i, (t, dt, st, ab) in enumerate(items))
w("01_mailbox_list_id.html", page("区长信箱", f'<h2>区长信箱 · 来信选登</h2><ul class="list">{lis}</ul>'))
label("01_mailbox_list_id.html", "block", ["id_card"], [ID_A],
      "领导信箱 list page: one message abstract quotes the writer's full valid ID")

# 02 12345 reply detail with citizen mobile and address
body02 = f"""<h1>关于古荡新村停车难问题的回复</h1>
<table class="msg"><tr><th>留言人</th><td>刘女士</td><th>留言时间</th><td>2026-11-20</td></tr>
<tr><th>留言内容</th><td colspan="3">我住在古荡新村12幢3单元402室，小区停车位严重不足，晚上车辆乱停堵塞消防通道。
多次向物业反映无果，请有关部门尽快处理。我的联系电话{M[0]}，请回电。</td></tr>
<tr><th>答复单位</th><td>西湖区古荡街道办事处</td><th>答复时间</th><td>2026-11-24</td></tr>
<tr><th>答复内容</th><td colspan="3">刘女士：您好！您反映的问题已收悉。经街道城管科现场核实，已会同物业在小区东侧增划临时停车位36个，
并安排夜间巡查。如有疑问，请联系街道城管科王科长，电话{LANDLINE}。感谢您对我们工作的关心和支持！</td></tr></table>"""
w("02_12345_reply_mobile.html", page("12345留言回复", body02, crumbs="首页 > 互动交流 > 12345留言"))
label("02_12345_reply_mobile.html", "review", ["mobile_phone"], [M[0]],
      "12345 reply detail: citizen's question quotes her mobile and home address; handler's office landline is fine")

# 03 masked twin
body03 = body02.replace(M[0], mask_mobile(M[0])).replace("12幢3单元402室", "某幢")
w("03_12345_reply_masked.html", page("12345留言回复", body03, crumbs="首页 > 互动交流 > 12345留言"))
label("03_12345_reply_masked.html", "pass", [], [],
      "twin of 02 with the mobile masked 3+4 and the address generalised; handler name and office landline only")

# 04 message form page: hidden input carries the submitter's mobile
body04 = f"""<h1>我要写信 · 留言确认</h1>
<form action="/hdjl/submit.do" method="post">
<input type="hidden" name="columnId" value="1023">
<input type="hidden" name="token" value="a8f3c2d1e9">
<input type="hidden" name="lxdh" value="{M[1]}">
<p>留言人：周先生</p><p>联系电话：{mask_mobile(M[1])}</p>
<p>标题：关于转塘街道公交站台改造的建议</p>
<p>内容：建议在象山公交站增设遮雨棚，方便老人候车。</p>
<button type="submit">确认提交</button></form>"""
w("04_form_hidden_mobile.html", page("我要写信", body04))
label("04_form_hidden_mobile.html", "review", ["mobile_phone"], [M[1]],
      "留言表单 confirmation page: visible phone masked, hidden <input name=lxdh> holds the full mobile (form_field). AMBIGUOUS whether hidden_content is also reported")

# 05 data attributes
rows05 = []
for i, (nm, mob, t) in enumerate([("王先生", M[2], "咨询社保卡补办"), ("李女士", M[3], "反映垃圾清运不及时"),
                                   ("赵先生", M[4], "建议增设非机动车停放点")]):
    rows05.append(f'<li class="msg-item" data-id="88{i}01" data-tel="{mob}" data-name="{nm}">'
                  f'<span>{nm}</span> <a href="#">{t}</a> <em>{mask_mobile(mob)}</em></li>')
w("05_list_data_attr.html", page("网民留言", '<h2>网民留言</h2><ul>' + "\n".join(rows05) + '</ul>'))
label("05_list_data_attr.html", "review", ["mobile_phone"], [M[2], M[3], M[4]],
      "message list widget: visible phones masked but each <li data-tel> holds the full mobile")

# 06 HTML comment with ID and mobile
body06 = f"""<h1>关于申请廉租住房资格的答复</h1>
<!-- 来信人：孙建华 身份证{ID_B} 手机{M[5]} 核实后回复 -->
<div class="content"><p>孙先生：您好！</p>
<p>您反映的廉租住房申请问题已收悉。根据《杭州市区住房保障办法》，申请人须在户籍所在地街道提出申请，
经审核、公示后纳入轮候。建议您携带相关材料至户籍地街道社区服务中心办理。</p>
<p>咨询电话：{LANDLINE2}（区住房保障中心，工作日）。</p></div>"""
w("06_reply_comment_id.html", page("来信答复", body06))
label("06_reply_comment_id.html", "block", ["hidden_content", "id_card", "mobile_phone"], [ID_B, M[5]],
      "reply page: an editor's HTML comment keeps the writer's ID and mobile")

# 07 platform comments, clean
body07 = f"""<!-- 栏目：领导信箱 id=2231 -->
<!-- #BeginLibraryItem "/Library/share.lbi" --><div class="share">分享到：微信 微博</div><!-- #EndLibraryItem -->
<!--TRS_SOURCE_START--><div class="content"><h1>关于留下街道社区卫生服务站开放时间的答复</h1>
<p>张某某：您好！留下街道社区卫生服务站工作日开放时间为8:00-17:00，周六上午开放。
如需进一步了解，可拨打12345政务服务热线或街道社区卫生服务中心电话0571-88123456。</p>
<p>西湖区卫生健康局<br>2026年11月22日</p></div><!--TRS_SOURCE_END-->"""
w("07_reply_platform_comments.html", page("来信答复", body07))
label("07_reply_platform_comments.html", "pass", [], [],
      "reply with masked name, 12345 and an office landline; only platform comments (栏目 id record, library item, TRS markers)")

# 08 plate in reply
body08 = f"""<h1>关于转塘街道某路段车辆长期占道停放的回复</h1>
<div class="q"><b>来信内容：</b>我家楼下有一辆车牌为{PLATE_B}的新能源车和一辆{PLATE_A}的白色面包车长期停在人行道上，已经半年多了，请交警处理。</div>
<div class="a"><b>答复内容：</b>来信人您好，经西湖交警大队转塘中队核查，上述车辆已依法处理，并已通知车主挪车。
感谢您的监督。联系电话：0571-86012110。</div>"""
w("08_reply_plates.html", page("来信答复", body08, crumbs="首页 > 互动交流 > 12345留言"))
label("08_reply_plates.html", "review", ["license_plate"], [PLATE_B, PLATE_A],
      "12345 reply quoting two full plates (new-energy 浙AD12345 and an ordinary plate)")

# 09 plate masked twin
body09 = body08.replace(PLATE_B, "浙AD***45").replace(PLATE_A, "浙A***Q9")
w("09_reply_plates_masked.html", page("来信答复", body09, crumbs="首页 > 互动交流 > 12345留言"))
label("09_reply_plates_masked.html", "pass", [], [],
      "twin of 08 with plates masked to province+letter and last 2; traffic police duty landline")

# 19 NPC deputy suggestion reply
body19 = f"""<h1>关于区十八届人大三次会议第056号建议的答复</h1>
<p>胡晓燕代表：</p>
<p>您提出的《关于加快推进老旧小区适老化改造的建议》收悉。现答复如下：</p>
<p>一、2026年我区共完成老旧小区改造项目42个，加装电梯318台……</p>
<p>二、下一步，我们将会同各街道加大资金保障力度……</p>
<p>感谢您对我区住房和城乡建设工作的关心和支持。</p>
<p>领导署名：陈国平　联系人：吴敏　联系电话：0571-87235516</p>
<p>杭州市西湖区住房和城乡建设局<br>2026年6月18日</p>
<p>抄送：区人大常委会代表工委，区政府办公室。</p>"""
w("19_npc_suggestion_reply.html", page("人大代表建议答复", body19, crumbs="首页 > 政务公开 > 建议提案办理"))
label("19_npc_suggestion_reply.html", "pass", [], [],
      "人大代表建议答复: deputy's name, signing leader, contact person and office landline only (names are no category)")

# 22 online interview transcript, clean
body22 = """<h1>在线访谈：2026年城乡居民医保参保政策解读</h1>
<p>访谈嘉宾：区医疗保障局副局长 郑海涛；区医保中心主任 许婷</p>
<div class="qa"><p><b>[网友 西湖边的猫]</b> 今年的参保缴费截止时间是什么时候？</p>
<p><b>[郑海涛]</b> 2027年度城乡居民医保集中参保缴费期为2026年9月1日至12月31日，可通过浙里办、支付宝等渠道缴纳。</p>
<p><b>[网友 老杭州]</b> 外地户籍的孩子在杭州上学能参保吗？</p>
<p><b>[许婷]</b> 可以，在杭就读的全日制学生均可在学校所在地参保，具体可咨询12345或医保服务热线0571-12393。</p>
<p><b>[主持人]</b> 感谢两位嘉宾，本期访谈到此结束。</p></div>"""
w("22_interview_transcript.html", page("在线访谈", body22, crumbs="首页 > 互动交流 > 在线访谈"))
label("22_interview_transcript.html", "pass", [], [],
      "在线访谈 transcript: guests' names and titles, netizen nicknames, 12345 and 12393 hotline only")

# 23 interview with a netizen's grouped mobile
body23 = body22.replace("外地户籍的孩子在杭州上学能参保吗？",
                        f"外地户籍的孩子在杭州上学能参保吗？我的电话 {M[6][:3]} {M[6][3:7]} {M[6][7:]}，麻烦工作人员联系我。")
w("23_interview_netizen_mobile.html", page("在线访谈", body23, crumbs="首页 > 互动交流 > 在线访谈"))
label("23_interview_netizen_mobile.html", "review", ["mobile_phone"], [M[6]],
      "twin of 22 where a netizen's question carries a mobile grouped 3-4-4")

# 31 missing-person notice with family mobile
body31 = f"""<h1>寻人启事</h1>
<p>王桂英，女，78岁，身高约155厘米，患有阿尔茨海默症，于2026年11月30日上午在西湖区蒋村街道走失。
走失时上身穿深蓝色棉袄，下身穿黑色裤子，说杭州话。</p>
<p>如有知情者请与其家属联系：联系人 王先生，手机{M[7]}；或拨打110、蒋村派出所电话0571-85021110。</p>
<p>杭州市公安局西湖区分局蒋村派出所<br>2026年12月1日</p>"""
w("31_missing_person_mobile.html", page("寻人启事", body31, crumbs="首页 > 政务公开 > 通知公告"))
label("31_missing_person_mobile.html", "review", ["mobile_phone"], [M[7]],
      "寻人启事 naming the family's contact mobile (a person's mobile, not an agency line) plus 110 and the police station landline")

# 41 +86 mobile in a reply
body41 = f"""<h1>关于境外人员临时住宿登记的答复</h1>
<p>来信人：Mr. Lee（新加坡籍）</p>
<p>来信内容：I am staying at a friend's home in Xixi. How do I register? Contact: +86 {M[8][:3]}-{M[8][3:7]}-{M[8][7:]}</p>
<p>答复：境外人员在住宿地以外的居民家中住宿，应在入住后24小时内由本人或留宿人到住地派出所办理登记，
也可通过“浙里办”在线办理。咨询电话：0571-87280110。</p>"""
w("41_reply_plus86_mobile.html", page("来信答复", body41))
label("41_reply_plus86_mobile.html", "review", ["mobile_phone"], [M[8]],
      "mailbox reply quoting a foreign writer's contact written +86 xxx-xxxx-xxxx")

# 42 passport in reply
body42 = f"""<h1>关于外籍人员子女入学材料的答复</h1>
<p>来信内容：我是美国籍，护照号码{PASS_A}，孩子护照号码同为本人申办，请问入学需要哪些材料？</p>
<p>答复：您好！外籍人员子女在我区公办学校就读，需提供有效护照及签证、居留许可、监护人在杭工作证明等材料，
具体请咨询区教育局基础教育科，电话0571-87213360。</p>"""
w("42_reply_passport.html", page("来信答复", body42))
label("42_reply_passport.html", "review", ["passport"], [PASS_A],
      "mailbox reply quoting the writer's passport number after 护照号码")

# 44 internal URL
body44 = f"""<h1>关于不动产登记预约难的回复</h1>
<p>答复：来信人您好，您反映的问题已转区不动产登记服务中心办理，办理结果见
<a href="http://10.32.15.8:8080/oa/xfbl/detail.jsp?id=202611260031">办理单</a>。
现已增加周六预约号源，市民可通过“浙里办”预约。咨询电话：0571-85068810。</p>"""
w("44_reply_intranet_link.html", page("来信答复", body44))
label("44_reply_intranet_link.html", "review", ["internal_address"], [],
      "reply links to the handling slip on an intranet OA host 10.32.15.8 (RFC1918)")

# 51 condolence list names only (HTML table)
rows51 = "".join(f"<tr><td>{i+1}</td><td>{n}</td><td>{v}</td><td>{a}</td></tr>" for i, (n, v, a) in enumerate([
    ("沈阿大", "双浦镇汤家埠村", "困难老党员"), ("钱桂花", "三墩镇绕城村", "低保户"),
    ("朱志明", "蒋村街道西溪社区", "退役军人"), ("何美娟", "转塘街道凌家桥社区", "残疾人家庭"),
    ("蒋小毛", "留下街道屏基社区", "困难职工")]))
body51 = f"""<h1>2027年元旦春节走访慰问对象名单</h1>
<table><tr><th>序号</th><th>姓名</th><th>所在村（社区）</th><th>慰问类别</th></tr>{rows51}</table>
<p>每户慰问金800元，由各镇街于1月20日前发放到位。监督电话：0571-87012380。</p>"""
w("51_condolence_list_names.html", page("慰问名单", body51, crumbs="首页 > 政务公开 > 通知公告"))
label("51_condolence_list_names.html", "pass", [], [],
      "慰问名单 with names, villages and categories only; supervision landline")

# 53 missing-person notice with hidden div containing ID
body53 = f"""<h1>认领公告</h1>
<p>2026年11月29日，我所民警在西湖文化广场附近发现一名走失男童，约5岁，身穿红色羽绒服，现已妥善安置。
请孩子监护人见本公告后携带有效证件与我所联系。联系电话：0571-87090110。</p>
<div style="display:none">家属来电自称孩子父亲 马志强 身份证{ID_C} 待核实</div>
<p>杭州市公安局西湖区分局文新派出所<br>2026年11月30日</p>"""
w("53_claim_notice_hidden_id.html", page("认领公告", body53, crumbs="首页 > 政务公开 > 通知公告"))
label("53_claim_notice_hidden_id.html", "block", ["hidden_content", "id_card"], [ID_C],
      "寻人/认领 notice: a display:none note keeps a caller's name and full ID")

# 54 clean list page with template comments and hidden menu copy
lis54 = "\n".join(f'<li><a href="/hdjl/ldxx/2026110{i}.html">{t}</a><span>{d}</span><span>{s}</span></li>' for i, (t, d, s) in enumerate([
    ("关于西湖区义务教育入学报名时间的咨询", "2026-11-18", "已办结"),
    ("建议在文三路增设人行横道信号灯", "2026-11-17", "已办结"),
    ("关于老年人公交卡办理的咨询", "2026-11-16", "已办结"),
    ("反映小区门口夜宵摊油烟扰民", "2026-11-15", "已办结"),
    ("关于公积金提取到账时间的咨询", "2026-11-14", "已办结")]))
body54 = f"""<!-- 栏目：领导信箱 id=2231 -->
<div class="menu-copy" style="display:none"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
<h2>领导信箱 · 办理公开</h2><!-- list begin --><ul>{lis54}</ul><!-- list end -->
<div class="pager">共 5 条 第1页</div>
<script>var columnId = "2231"; var pageSize = 20;</script>"""
w("54_mailbox_list_clean.html", page("领导信箱", body54))
label("54_mailbox_list_clean.html", "pass", [], [],
      "clean list of letter titles with platform comments, a hidden copy of the menu and a paging script")

# 58 clean page with agency e-mail
body58 = """<h1>关于政府信息公开申请渠道的说明</h1>
<p>公民、法人或者其他组织可通过以下渠道提出政府信息公开申请：</p>
<p>（一）当面提交：西湖区政务服务中心一楼综合窗口；</p>
<p>（二）邮政寄送：杭州市西湖区人民政府办公室（信封注明“政府信息公开申请”）；</p>
<p>（三）电子邮箱：xhzwgk@xihu.gov.cn；</p>
<p>咨询电话：0571-87012396（工作日上午8:30-12:00，下午14:30-17:30）。</p>"""
w("58_application_channels_email.html", page("依申请公开", body58, crumbs="首页 > 政务公开 > 依申请公开"))
label("58_application_channels_email.html", "pass", ["email"], [],
      "申请渠道 page with the agency mailbox (email is info) and office landline")

# =========================================================== TXT / CSV
t16 = f"""杭州市西湖区市场监督管理局
行政处罚决定书
杭西市监处罚〔2026〕318号

当事人：黄志刚
性别：男
身份证号码：{ID_D}
住所：杭州市西湖区翠苑街道某社区

当事人于2026年8月在其经营的流动摊点销售过期食品，违反了《中华人民共和国食品安全法》第三十四条第十项的规定。
依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，本局决定：
一、没收违法所得人民币326元；
二、罚款人民币5000元。

当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚款。
如不服本处罚决定，可在收到本决定书之日起六十日内向杭州市西湖区人民政府申请行政复议，
或者在六个月内依法向人民法院提起行政诉讼。

杭州市西湖区市场监督管理局
2026年10月12日
"""
w("16_penalty_person_id.txt", t16)
label("16_penalty_person_id.txt", "block", ["id_card"], [ID_D],
      "行政处罚决定书 for a natural person with the full valid ID (rules require masking)")

w("17_penalty_person_masked.txt", t16.replace(ID_D, mask_id(ID_D)).replace("黄志刚", "黄某某"))
label("17_penalty_person_masked.txt", "pass", [], [],
      "twin of 16: name 黄某某, ID masked 6+4 as the publication rules require")

w("18_penalty_person_badcheck.txt", t16.replace(ID_D, ID_BAD1).replace("黄志刚", "黄某刚"))
label("18_penalty_person_badcheck.txt", "pass", [], [ID_BAD1],
      "twin of 16 whose 18-digit ID has a wrong check digit: docs require a valid GB 11643 check digit. AMBIGUOUS: a careful reviewer would still want it looked at")

t26 = """杭州市西湖区城市管理局
行政处罚听证公告

根据《中华人民共和国行政处罚法》第六十四条的规定，我局定于2026年12月15日上午9:30，
在杭州市西湖区城市管理局三楼听证室（西湖区文二西路某号）举行听证会，
就某建筑公司违规处置建筑垃圾一案听取当事人陈述、申辩。

听证主持人：蔡文杰
听证员：罗晓峰、叶倩
书记员：潘丽

听证会公开举行，公民可凭有效身份证件于12月12日前到我局法制科报名旁听，限额10人。
联系人：法制科 韩老师　联系电话：0571-88823406

杭州市西湖区城市管理局
2026年12月3日
"""
w("26_hearing_notice.txt", t26)
label("26_hearing_notice.txt", "pass", [], [],
      "听证公告 naming the hearing officers and a contact with an office landline; 身份证件 as a word only")

t32 = """无主财物认领公告

我所于2026年11月在辖区内拾得以下物品，现予公告，请失主在公告之日起六个月内携带有效身份证件前来认领：
1. 黑色双肩包一个，内有笔记本电脑一台；
2. 中国工商银行借记卡一张，卡号 622202********4176；
3. 居民身份证一张，持有人 陈某某，号码 330106********0021；
4. 电动自行车一辆，车牌 杭州B***28。

认领地点：杭州市公安局西湖区分局北山派出所
联系电话：0571-87976110
逾期无人认领的，依法上缴国库。

杭州市公安局西湖区分局北山派出所
2026年12月2日
"""
w("32_lost_property_masked.txt", t32)
label("32_lost_property_masked.txt", "pass", [], [],
      "认领公告 listing a card, an ID and an e-bike plate, all masked; police station landline")

t33 = t32.replace("622202********4176", CARD_C).replace("330106********0021", "330106********0021")
w("33_lost_property_card.txt", t33)
label("33_lost_property_card.txt", "block", ["bank_card"], [CARD_C],
      "twin of 32 where the found debit card's full Luhn-valid 62 number is printed after 卡号")

t39 = f"""【12345】关于西溪湿地周边道路拥堵的回复

市民您好！您通过12345政务服务热线反映的西溪湿地周边节假日道路拥堵问题，已由我局会同交警部门研究处理：
一、节假日期间在紫金港路、天目山路设置临时交通引导；
二、增开西溪湿地旅游专线公交2条。

承办单位：杭州市西湖区交通运输局
承办人：刘洋
联系电话：{LANDLINE}
如对办理结果不满意，可再次拨打12345或登录“浙里办”进行评价。
"""
w("39_12345_handler_landline.txt", t39)
label("39_12345_handler_landline.txt", "pass", [], [],
      "12345 reply naming the handler with an office landline and the 12345 hotline")

t40 = t39.replace(LANDLINE, "１３９１２６５８０４７")
w("40_12345_handler_fullwidth_mobile.txt", t40)
label("40_12345_handler_fullwidth_mobile.txt", "review", ["mobile_phone"], ["13912658047"],
      "twin of 39 where the handler's contact is a full-width mobile (a person's, not an agency line)")

t43 = f"""关于港澳居民来内地办理医保参保的答复

来信人：陈先生（香港居民）
来信内容：本人持港澳居民来往内地通行证，港澳通行证号码 {HK_A[0]} {HK_A[1:5]} {HK_A[5:]}，现在西湖区工作，想参加职工医保。
答复：在内地就业的港澳台居民，应依法参加职工基本医疗保险，由用人单位办理参保登记。
咨询电话：0571-87222321（区医保中心）。
"""
w("43_reply_hk_permit_grouped.txt", t43)
label("43_reply_hk_permit_grouped.txt", "review", ["passport"], [HK_A],
      "reply quoting a 港澳通行证 number written in groups (C 7184 6253)")

# 38 fixed-width text with an ID wrapped after its label
line1 = "复议申请人：郑美玲，女，汉族，住杭州市西湖区三墩镇，身份证号：" + ID_E[:10]
line2 = ID_E[10:] + "。被申请人：杭州市西湖区某街道办事处，住所地杭州市西湖区。"
# pad so line1 is the longest line of the text (a layout wrap)
t38 = f"""杭州市西湖区人民政府
行政复议决定书
西政复〔2026〕87号

{line1}
{line2}
申请人不服被申请人作出的责令限期拆除决定，
于2026年9月3日向本机关申请行政复议。
本机关依法受理，现已审查终结。经审理查明：……
本机关认为，被申请人作出的决定认定事实清楚，程序合法。
根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定：维持。

2026年11月8日
"""
w("38_review_decision_wrapped_id.txt", t38)
label("38_review_decision_wrapped_id.txt", "block", ["id_card"], [ID_E],
      "行政复议决定书 in plain text whose applicant ID is cut by a line wrap after 身份证号： on the longest line")

t55 = """12345政务服务热线西湖区分中心2026年11月工作简报

一、总体情况
11月共受理市民诉求12836件，同比下降3.2%；按时办结率99.6%，满意率97.8%。
二、热点问题
1. 欠薪维权：会同人社部门帮助农民工追回欠薪15712348100元（含历年累计）。
2. 物业管理：受理2146件，主要集中在停车、电梯维修。
3. 交通出行：受理1523件。
三、下步工作
持续做好“接诉即办”，提升首次响应率。

西湖区12345分中心
"""
w("55_12345_monthly_brief.txt", t55)
label("55_12345_monthly_brief.txt", "pass", [], [],
      "12345 monthly brief; an 11-digit figure followed by 元 is an amount, not a mobile (README's own case)")

t62 = t16.replace("身份证号码：" + ID_D, "身份证号码：" + ID15).replace("黄志刚", "吕国庆").replace("318号", "322号")
w("62_penalty_legacy15_id.txt", t62)
label("62_penalty_legacy15_id.txt", "block", ["id_card"], [ID15],
      "行政处罚决定书 for a person with a 15-digit legacy ID after 身份证号码")

t63 = f"""杭州市西湖区人民政府
行政复议决定书
西政复〔2026〕93号

申请人：蒋丽华，女，住杭州市西湖区转塘街道。
被申请人：杭州市西湖区某街道办事处。
……
本机关决定：撤销被申请人作出的处理决定，并由被申请人按规定返还申请人已缴纳的保证金人民币20000元。
返还款项汇入申请人指定账户：
户名：蒋丽华
开户银行：中国农业银行杭州转塘支行
账号：{CARD_A}

2026年11月20日
"""
w("63_review_decision_person_account.txt", t63)
label("63_review_decision_person_account.txt", "block", ["bank_card"], [CARD_A],
      "行政复议决定书 printing the applicant's own bank account (户名 a person's name) in full")

t64 = f"""行政处罚决定书（节录）

当事人：杭州某餐饮管理有限公司
统一社会信用代码：91330106MA2H0B0X1T
……
罚款缴纳方式：当事人应自收到本决定书之日起十五日内将罚款缴至：
户名：杭州市西湖区财政局非税收入汇缴结算户
开户银行：中国工商银行杭州西湖支行
账号：{ORG_ACCT}

杭州市西湖区市场监督管理局
2026年11月10日
"""
w("64_penalty_company_org_account.txt", t64)
label("64_penalty_company_org_account.txt", "pass", [], [],
      "penalty for a company: the finance bureau's collection account under 户名 of an organisation is published by design")

# ----- CSV exports
hdr = ["留言编号", "标题", "留言人", "联系电话", "留言时间", "办理状态"]
rows = [("LY2026112001", "关于古荡新村停车难的问题", "刘女士", M[0], "2026-11-20 09:12", "已回复"),
        ("LY2026112002", "反映翠苑一区路灯不亮", "陈先生", M[9], "2026-11-20 10:35", "已回复"),
        ("LY2026112003", "咨询新生儿医保办理", "杨女士", M[10], "2026-11-20 14:02", "办理中"),
        ("LY2026112004", "建议增设社区食堂", "许先生", M[11], "2026-11-21 08:47", "已回复")]


def csvtext(h, rs):
    b = io.StringIO()
    wr = csv.writer(b)
    wr.writerow(h)
    for r in rs:
        wr.writerow(r)
    return b.getvalue()


w("34_messages_export.csv", csvtext(hdr, rows))
label("34_messages_export.csv", "review", ["mobile_phone"], [M[0], M[9], M[10], M[11]],
      "CSV export of 12345 messages with a 联系电话 column of full mobiles")

w("35_messages_export_masked.csv", csvtext(hdr, [r[:3] + (mask_mobile(r[3]),) + r[4:] for r in rows]))
label("35_messages_export_masked.csv", "pass", [], [],
      "twin of 34 with the phone column masked 3+4")

rows36 = [("LY2026112101", "咨询退休人员医保", "何先生", "2026-11-21", f"本人何建军，身份证{ID_F}，退休后医保待遇如何计算？"),
          ("LY2026112102", "反映噪音扰民", "方女士", "2026-11-21", "楼下商铺音响声音太大。"),
          ("LY2026112103", "公交线路优化建议", "匿名", "2026-11-22", "建议延长夜班车运营时间。")]
w("36_messages_export_gb18030.csv", csvtext(["留言编号", "标题", "留言人", "留言时间", "留言内容"], rows36), enc="gb18030")
label("36_messages_export_gb18030.csv", "block", ["id_card"], [ID_F],
      "GB18030 CSV export of messages; one 留言内容 cell quotes the writer's full valid ID")

rows56 = [("XH2026-056", "关于加快推进老旧小区适老化改造的建议", "胡晓燕", "区住建局", "A类（已解决）", "吴敏", "0571-87235516"),
          ("XH2026-061", "关于优化中小学课后服务的建议", "章立群", "区教育局", "B类（正在解决）", "孔丽", "0571-87213360"),
          ("XH2026-077", "关于加强西溪湿地周边交通组织的建议", "裘建平", "区交通运输局", "A类（已解决）", "刘洋", LANDLINE)]
w("56_npc_suggestions_status.csv", csvtext(["建议编号", "标题", "领衔代表", "主办单位", "办理结果", "联系人", "联系电话"], rows56))
label("56_npc_suggestions_status.csv", "pass", [], [],
      "人大代表建议办理情况 CSV: deputies' names, handling units, contacts with office landlines")

rows25 = [("1", "建议延长社区食堂营业时间", "wangxf1988@163.com", "采纳"),
          ("2", "建议增加老年助餐点配送服务", "lily_zhou@qq.com", "部分采纳"),
          ("3", "建议对高龄老人给予助餐补贴", "chenjm72@126.com", "采纳")]
w("25_consultation_feedback_emails.csv", csvtext(["序号", "意见建议", "提交人邮箱", "采纳情况"], rows25))
label("25_consultation_feedback_emails.csv", "pass", ["email"], ["wangxf1988@163.com", "lily_zhou@qq.com", "chenjm72@126.com"],
      "意见征集 result export listing respondents' personal e-mails: email is info so pass. AMBIGUOUS: a careful reviewer would mask citizens' own mailboxes")

json.dump(LABELS, open(os.path.join(SRC, "labels_part1.json"), "w"), ensure_ascii=False, indent=1)
print(len(LABELS))
