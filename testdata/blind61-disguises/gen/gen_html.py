"""HTML pages of blind61-disguises (UTF-8 and one GB2312/GB18030 page)."""
from common import *

MASK_DOC = "findings.md: 'Not findings: masked values (330106********0018, 138****1234, E1234****, 张某某)'"


def page(title, body, charset="utf-8", header=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{title}</title>
<style>body{{font-family:SimSun,serif;margin:40px}} table{{border-collapse:collapse}} td,th{{border:1px solid #333;padding:4px 8px}} .page-header{{font-size:16pt;margin-bottom:12px}}</style>
</head><body>
{header}<h1>{title}</h1>
<div class="TRS_Editor">
{body}
</div>
<div class="footer">主办：杭州市西湖区人民政府办公室　网站标识码：3301060001　浙ICP备05012345号</div>
</body></html>
"""


def write(rel, html, enc="utf-8"):
    with open(out(rel), "wb") as f:
        f.write(html.encode(enc))


# h01 ID broken by <br> inside its cell, mobile grouped in another cell
v, m = V["ID_H01"], V["M_H01"]
rows = f"""<table>
<tr><th>姓名</th><th>证件号码</th><th>联系电话</th><th>补贴金额（元）</th></tr>
<tr><td>胡德明</td><td>{v[:10]}<br>{v[10:]}</td><td>{g(m,[3,4,4])}</td><td>1200</td></tr>
</table>"""
write("html/h01_id_br_in_cell.html", page("江岸区2026年第一批创业担保贷款贴息名单",
      "<p>经审核，下列人员符合创业担保贷款贴息条件，现予公示：</p>\n" + rows))
label("html/h01_id_br_in_cell.html", "block", ["id_card", "mobile_phone"], [v, v[:10], g(m, [3, 4, 4]), m],
      "CMS page; a table cell holds an ID broken by <br> (10+8) under 证件号码 and a mobile 3-4-4 under 联系电话. README Tables: 'A number wrapped over several lines inside one cell is one number'; id_card block, mobile review (grouped).")

# h02 twin masked
rows = f"""<table>
<tr><th>姓名</th><th>证件号码</th><th>联系电话</th><th>补贴金额（元）</th></tr>
<tr><td>胡某某</td><td>{mask_id(v)[:10]}<br>{mask_id(v)[10:]}</td><td>{g(mask_mobile(m),[3,4,4])}</td><td>1200</td></tr>
</table>"""
write("html/h02_masked_br_in_cell.html", page("江岸区2026年第一批创业担保贷款贴息名单",
      "<p>经审核，下列人员符合创业担保贷款贴息条件，现予公示：</p>\n" + rows + "\n<p>监督电话：027-82771234</p>"))
label("html/h02_masked_br_in_cell.html", "pass", [], [],
      "Twin of h01: the ID masked (6+4) and still broken by <br>, the mobile masked and grouped (199 **** 7368), name 胡某某, an agency landline. " + MASK_DOC)

# h03 marking in the first cell of a layout table
write("html/h03_marking_first_cell.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于全区重点防控目标点位调整的通知</title></head><body>
<table width="100%" border="0"><tr><td style="width:30%">秘密&#9733;１年</td><td></td><td style="text-align:right">特急</td></tr></table>
<h1 style="color:#c00;text-align:center">西湖区应急管理局文件</h1>
<h2>关于全区重点防控目标点位调整的通知</h2>
<p>各镇（街道）：现将调整后的重点防控目标点位清单印发给你们，请按要求落实。</p>
</body></html>""")
label("html/h03_marking_first_cell.html", "block", ["classified_marking"], [],
      "A 公文 page whose version head is a layout table; its first cell holds 秘密&#9733;１年 (★ as a character reference, a full-width 1). README: 秘密★1年 is a marking (block); 'A marking with its ★ is a marking wherever it stands'.")

# h04 spaced marking in a page-header div
write("html/h04_marking_spaced_header.html", page("关于开展重点目标单位安全检查的通知",
      "<p>各成员单位：根据市委统一部署，定于4月开展重点目标单位安全检查，具体安排如下。</p><p>一、检查时间：4月7日至4月18日。</p>",
      header='<div class="page-header">机 密 ★ 2 年</div>\n'))
label("html/h04_marking_spaced_header.html", "block", ["classified_marking"], [],
      "A page-header div before the title holding 机 密 ★ 2 年 (spaces between every character, as people letter-space a heading). README dictionaries: 'spacing next to CJK removed, so 秘 密 matches 秘密'; a level followed by one ★ is a marking; block.")

# h05 twin clean header
write("html/h05_clean_header.html", page("关于开展重点目标单位安全检查的通知",
      "<p>各成员单位：根据市委统一部署，定于4月开展消防安全检查，具体安排如下。</p><p>一、检查时间：4月7日至4月18日。</p>",
      header='<div class="page-header">公 开 属 性 ： 主 动 公 开</div>\n'))
label("html/h05_clean_header.html", "pass", [], [],
      "Twin of h04: the letter-spaced header reads 公开属性：主动公开, no level word, no star. Nothing in findings.md applies.")

# h06 GB2312-declared page; a mobile cut by <br> between its groups in a narrow cell
m = V["M_H06"]
rows = f"""<table>
<tr><th>网格</th><th>网格员</th><th style="width:60px">联系电话</th></tr>
<tr><td>第三网格（翠苑一区1-12幢）</td><td>马秀英</td><td style="width:60px">{m[:3]} {m[3:7]}<br>{m[7:]}</td></tr>
</table>"""
write("html/h06_gb2312_mobile_br.html", page("翠苑街道网格员联系方式公示", "<p>为便于居民反映诉求，现将网格员信息公示如下：</p>\n" + rows, charset="gb2312"), "gb18030")
label("html/h06_gb2312_mobile_br.html", "review", ["mobile_phone"], [m, f"{m[:3]} {m[3:7]}"],
      "GB2312-declared page; a 网格员's mobile grouped 3-4 then <br> then 4 in a narrow cell under 联系电话. README Tables: a number wrapped inside one cell is one number; mobile_phone 'grouped … wrapped by a layout after a phone label'; review.")

# h07 certificate-number column that starts like mobiles
rows = "\n".join(f"<tr><td>{i}</td><td>{n}</td><td>{13520260000+i}</td><td>{k}</td></tr>" for i, (n, k) in enumerate(
    [("陈立新", "建筑电工"), ("蒋海涛", "建筑架子工"), ("许文斌", "塔式起重机司机"), ("沈国平", "施工升降机司机"), ("叶志明", "建筑焊工")], 1))
write("html/h07_cert_number_column.html", page("2026年第一批建筑施工特种作业操作资格证书核发公告",
      "<p>经考核合格，下列人员取得建筑施工特种作业操作资格证书：</p>\n<table><tr><th>序号</th><th>姓名</th><th>证书编号</th><th>作业类别</th></tr>\n" + rows + "\n</table>\n"
      f"<p>发证机关：杭州市建设工程质量安全监督总站（统一社会信用代码：{V['USCC2']}）</p>"))
label("html/h07_cert_number_column.html", "pass", [], [],
      "A 证书编号 column of 11-digit plain numbers 135202600xx (they look like mobiles) beside names, under a title naming no phone; a 统一社会信用代码. findings.md: not findings 'serial numbers (编号 … heading its column)'; README mobile_phone: not 'a roster's number … under its column's heading … when the column names no phone'.")

# h08 agency mailbox only
write("html/h08_agency_email.html", page("政府信息公开申请渠道",
      "<p>申请人可通过以下方式提出政府信息公开申请：</p><p>一、当面申请：区行政服务中心一楼政府信息公开窗口。</p>"
      "<p>二、电子邮件申请：发送至 xhxxgk@xihu.gov.cn ，邮件主题请注明“政府信息公开申请”。</p><p>三、咨询电话：0571-87051234。</p>"))
label("html/h08_agency_email.html", "pass", ["email"], [],
      "An agency's 政府信息公开 mailbox and landline. findings.md: email is info ('agency mailboxes are routinely public'); 'A file with only info findings passes'.")

# h09 masked values in disguised forms
idm = V["ID_T01"]
cm = V["C_T09"]
maskcard_grouped = g(cm[:6] + "*" * 9 + cm[-4:], [4, 4, 4, 4, 3])
write("html/h09_masked_variants.html", page("2026年度临时救助金发放情况公示",
      f"""<table><tr><th>姓名</th><th>身份证号</th><th>手机</th><th>收款卡号</th><th>护照号</th></tr>
<tr><td>王某某</td><td>{idm[:6]}＊＊＊＊＊＊＊＊{idm[-4:]}</td><td>{mask_mobile(V['M_T03'])[:3]} **** {V['M_T03'][-4:]}</td><td>{maskcard_grouped}</td><td>{V['P_N06'][:5]}****</td></tr>
<tr><td>李某</td><td>{V['ID_T10'][:6]}********{V['ID_T10'][-4:-1]}x</td><td>{fullwidth(mask_mobile(V['M_T04']))}</td><td>{mask_card(V['C_D07'])}</td><td>—</td></tr>
</table><p>公示期5个工作日。监督电话：12345。</p>"""))
label("html/h09_masked_variants.html", "pass", [], [],
      "Masked values written every way people type them: full-width ＊ in an ID, a lower-case x after the mask, a mobile masked and grouped (138 **** 4936), a full-width masked mobile, a card masked 6+4 in groups, a passport E7361****. " + MASK_DOC)

# h10 密级：公开
write("html/h10_miji_gongkai.html", page("关于公布2026年区级行政事业性收费目录清单的通知",
      "<p style='text-align:right'>密级：公开　　索引号：001008003/2026-00217</p><p>各有关单位：现将2026年区级行政事业性收费目录清单予以公布，清单之外一律不得收费。</p>"))
label("html/h10_miji_gongkai.html", "pass", [], [],
      "A catalogue line '密级：公开' with an 索引号. findings.md classified_marking lists 密级：秘密; 公开 is not one of the levels (绝密/机密/秘密), so nothing is marked; the 索引号 is a serial.")

dump_labels("html")
