#!/usr/bin/env python3
"""Generate blind60-datafiles: CMS/office text and data exports for mishen.
Usage: python3 gen.py [OUTDIR]   (default: the folder above gen/)"""
import json, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(OUT, exist_ok=True)
LABELS = []

def idnum(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return body17 + "10X98765432"[s % 11]

def luhn(body):
    t = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return body + str((10 - t % 10) % 10)

def mask_id(x): return x[:6] + "*" * 8 + x[-4:]

def write(name, data, verdict, cats, raw, note, enc="utf-8"):
    p = os.path.join(OUT, name)
    if isinstance(data, str):
        if enc == "utf-8-sig": b = data.encode("utf-8-sig")
        elif enc == "utf-16le-bom": b = b"\xff\xfe" + data.encode("utf-16-le")
        else: b = data.encode(enc)
    else:
        b = data
    with open(p, "wb") as f: f.write(b)
    LABELS.append({"file": name, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})

def jdump(obj, ascii_=False, slashes=True):
    s = json.dumps(obj, ensure_ascii=ascii_, indent=2)
    return s.replace("/", "\\/") if slashes else s

# invented values
ID1 = idnum("33010619870315241")
ID2 = idnum("44030519800612703")
ID3 = idnum("11010519921104352")
ID4 = idnum("51010419760829166")
ID5 = idnum("32050219850127408")
ID6 = idnum("37020319901230271")
CARD1 = luhn("622848001234567890")      # 19 digits, UnionPay
CARD2 = luhn("621700123456789012")
MOB1, MOB2, MOB3, MOB4 = "13957124680", "18605713579", "15167029384", "17758632041"
MOB5 = "13805719246"

# ---------- JSON ----------
art = {"code": 0, "data": {"articles": [{
    "id": 10231, "channel": "通知公告", "title": "关于2025年春季植树活动的通知",
    "author": "区园林绿化局", "publish_time": "2025-03-10 09:30:00",
    "content": "<p style=\"text-align:center\">关于2025年春季植树活动的通知</p>\n<p>各街道、有关单位：</p>"
               "<p>定于2025年3月12日上午9:00在城北公园举行义务植树活动，预计投入资金128600.00元。</p>"
               "<p>咨询电话：0571-87051234，市民热线12345。详见<a href=\"https://www.example.gov.cn/art/2025/3/10/art_1229_10231.html\">原文链接</a>。</p>",
    "attachments": [{"name": "活动安排.pdf", "url": "https://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=2503101.pdf"}]}]}}
write("a01_cms_article.json", jdump(art), "pass", [], [],
      "CMS export, HTML in content with \\/ slashes; date, amount, landline, hotline, public URL")

art2 = {"article": {"title": "关于加强重点时段值班值守工作的通知", "author": "综合科 李某",
    "content": "<p>秘密★1年</p>\n<p>关于加强重点时段值班值守工作的通知</p><p>各科室：</p><p>现就有关事项通知如下……</p>",
    "status": "待发布"}}
write("a02_cms_marking.json", jdump(art2), "block", ["classified_marking"], [],
      "GB/T 9704 marking 秘密★1年 as the first line of the content field (literal characters)")

art3 = {"article": {"title": "行政许可决定书（2025）第018号", "author": "审批科",
    "content": "<p>申请人：陈某某</p><p>身份证号：" + ID1 + "</p><p>经审查，准予许可。</p>"}}
s = jdump(art3)
esc = ID1[:8] + "\\u00%x" % ord(ID1[8]) + ID1[9:]
s = s.replace(ID1, esc)
write("a03_cms_id_u_escape.json", s, "block", ["id_card"], [ID1],
      "ID whose 9th digit is written as a JSON \\u00XX escape; a JSON reader (and the published page) shows it whole. Docs silent on .json; reviewer expectation")

recs = {"title": "2025年第一季度临时救助发放情况", "unit": "元", "records": [
    {"序号": 1, "姓名": "张某某", "身份证号": mask_id(ID2), "救助金额": "1500.00", "发放日期": "2025-01-15"},
    {"序号": 2, "姓名": "王某某", "身份证号": mask_id(ID3), "救助金额": "2200.00", "发放日期": "2025-02-11"},
    {"序号": 3, "姓名": "刘某某", "身份证号": mask_id(ID4), "救助金额": "980.00", "发放日期": "2025-03-06"}],
    "contact": {"单位": "区民政局社会救助科", "电话": "0571-86012345"}}
write("a04_records_masked.json", jdump(recs), "pass", [], [],
      "nested records with masked IDs, amounts, dates, agency landline")

recs5 = {"list": [{"batch": "2025-02", "items": [
    {"姓名": "赵某", "联系电话": "138****1234", "地址": "城东街道"},
    {"姓名": "钱某", "联系电话": MOB1, "地址": "城西街道"},
    {"姓名": "孙某", "联系电话": "159****6620", "地址": "城南街道"}]}]}
write("a05_records_mobile.json", jdump(recs5), "review", ["mobile_phone"], [MOB1],
      "nested array of records; one unmasked mobile among masked ones")

recs6 = {"title": "2025年度政府信息公开工作年度报告意见征集", "author": "办公室",
    "content": "<p>征集时间：2025年1月5日至1月20日。</p><p>来信请寄：zhangwei1986@163.com（联系人 张伟）</p>",
    "contact_email": "zhangwei1986@163.com"}
write("a06_person_email.json", jdump(recs6), "pass", ["email"], [],
      "a person's private e-mail in a field and the content; email is info per docs, so pass with email found")

# ---------- XML ----------
rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>某区人民政府 通知公告</title>
<link>https://www.example.gov.cn/col/col1229/</link>
<description>通知公告栏目订阅</description>
<item>
<title>关于2025年清明节假期安排的通知</title>
<link>https://www.example.gov.cn/art/2025/3/28/art_1229_10311.html</link>
<pubDate>Fri, 28 Mar 2025 08:00:00 +0800</pubDate>
<description><![CDATA[<p>4月4日至6日放假调休，共3天。值班电话：0571-87050000。</p>]]></description>
</item>
<item>
<title>2025年第一季度财政收支情况</title>
<link>https://www.example.gov.cn/art/2025/4/10/art_1229_10402.html</link>
<pubDate>Thu, 10 Apr 2025 09:00:00 +0800</pubDate>
<description><![CDATA[<p>一般公共预算收入 35,210.6 万元，同比增长 4.2%。</p>]]></description>
</item>
</channel>
</rss>
"""
write("a07_rss.xml", rss, "pass", [], [], "RSS feed with CDATA HTML; dates, amounts, duty landline")

rss8 = rss.replace("""<link>https://www.example.gov.cn/art/2025/4/10/art_1229_10402.html</link>""",
  """<link>https://www.example.gov.cn/art/2025/4/10/art_1229_10402.html</link>
<enclosure url="http://192.168.10.25/upload/2025/caizheng_q1.xlsx" length="48213" type="application/vnd.ms-excel"/>""")
write("a08_rss_intranet.xml", rss8, "review", ["internal_address"], [],
      "RSS enclosure URL on a private 192.168 host (attribute value)")

e = ID2
ent = e[:10] + "&#%d;" % ord(e[10]) + "&#x%X;" % ord(e[11]) + e[12:]
atom = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>行政处罚决定公示</title>
<id>urn:uuid:4b1f0c2e-9a3d-4e11-8c7b-2d5e6f708192</id>
<updated>2025-04-02T10:00:00+08:00</updated>
<entry>
<title>行政处罚决定书（2025）第031号</title>
<id>urn:uuid:6c2e1d3f-0b4e-4f22-9d8c-3e6f70819203</id>
<updated>2025-04-02T10:00:00+08:00</updated>
<content type="html">&lt;p&gt;当事人：周某某，身份证号：""" + ent + """&lt;/p&gt;&lt;p&gt;罚款人民币2000元。&lt;/p&gt;</content>
</entry>
</feed>
"""
write("a09_atom_id_entity.xml", atom, "block", ["id_card"], [ID2],
      "Atom entry; ID with its 11th and 12th digits as decimal and hex character references (&#NN; &#xNN;); an XML reader shows it whole. Docs silent on .xml; reviewer expectation")

cat = """<?xml version="1.0" encoding="UTF-8"?>
<xxgk_catalog org="某区农业农村局" exported="2025-04-01">
  <record>
    <suoyinhao>002489663/2025-00112</suoyinhao>
    <title>关于印发《2025年农机购置补贴实施方案》的通知</title>
    <wenhao>区农发〔2025〕12号</wenhao>
    <fabu_date>2025-03-18</fabu_date>
    <gongkai_shuxing>主动公开</gongkai_shuxing>
    <fujian>https://www.example.gov.cn/module/download/2025/nongji.pdf</fujian>
  </record>
  <record>
    <suoyinhao>002489663/2025-00113</suoyinhao>
    <title>2025年3月农资价格监测情况</title>
    <wenhao>无</wenhao>
    <fabu_date>2025-03-31</fabu_date>
    <gongkai_shuxing>主动公开</gongkai_shuxing>
    <beizhu><![CDATA[尿素 2360 元/吨，复合肥 3150 元/吨；咨询 0571-86098765。]]></beizhu>
  </record>
</xxgk_catalog>
"""
write("a10_xxgk_catalog.xml", cat, "pass", [], [],
      "政府信息公开目录 export: 索引号, 文号, dates, prices, landline, CDATA")

cat11 = cat.replace("<title>2025年3月农资价格监测情况</title>", "<title>2025年3月农资价格监测情况</title>\n    <miji><![CDATA[内部资料　注意保存]]></miji>")
write("a11_xxgk_internal_label.xml", cat11, "review", ["sensitive_term"], [],
      "catalogue record carries a CDATA field 内部资料　注意保存 (internal-material label)")

cat12 = cat.replace("<fujian>https://www.example.gov.cn/module/download/2025/nongji.pdf</fujian>",
                    "<fujian>\\\\nyj-file01\\xxgk\\2025\\农机补贴实施方案.docx</fujian>")
write("a12_xxgk_unc.xml", cat12, "review", ["internal_address"], [],
      "catalogue attachment field is a UNC path to an office file server")

# ---------- CSV / TSV ----------
csv13 = "2025年3月高龄津贴发放名单\n序号,姓名,身份证号,津贴（元）,所属社区\n" + "\n".join(
    "%d,%s,%s,%s,%s" % (i + 1, n, mask_id(x), a, c) for i, (n, x, a, c) in enumerate(
        [("李某某", ID3, "200", "东园社区"), ("吴某某", ID4, "300", "西湖社区"), ("郑某某", ID5, "500", "南星社区")])) + \
    "\n咨询电话：0571-87203344\n"
write("a13_csv_masked.csv", csv13, "pass", [], [], "UTF-8 CSV, masked IDs, amounts, landline note below")

csv14 = csv13.replace(mask_id(ID5), ID5)
write("a14_csv_bom_id.csv", csv14, "block", ["id_card"], [ID5], "UTF-8 with BOM; one unmasked ID among masked", enc="utf-8-sig")

csv15 = "2025年退役军人慰问金发放明细\n序号,姓名,开户银行,银行卡号,金额（元）\n1,冯某某,农业银行,6228****0012,1000\n2,陈某某,建设银行," + CARD2 + ",1000\n3,褚某某,工商银行,6222****3391,1000\n"
write("a15_csv_utf16_card.csv", csv15, "block", ["bank_card"], [CARD2],
      "UTF-16LE with BOM; one unmasked Luhn-valid UnionPay card under 银行卡号", enc="utf-16le-bom")

csv16 = "2025年省级重点建设项目年度投资计划表\n单位：元\n序号,项目名称,年度计划投资（元）,责任单位\n1,城北综合交通枢纽,13512344300,区交通运输局\n2,钱塘江堤防加固工程,15712348100,区水利局\n3,第二人民医院迁建,18630025000,区卫生健康局\n"
write("a16_csv_gb18030_amounts.csv", csv16, "pass", [], [],
      "GB18030 CSV; 11-digit amounts starting 135/157/186 in a column headed 元 under 单位：元 (docs: amounts, not mobiles)", enc="gb18030")

tsv17 = "2025年志願服務隊聯絡名單\n序號\t姓名\t服務區域\t聯絡電話\n1\t何某某\t東區\t139****5521\n2\t呂某某\t西區\t" + MOB2 + "\n3\t施某某\t北區\t186****0078\n"
write("a17_tsv_big5_mobile.tsv", tsv17, "review", ["mobile_phone"], [MOB2],
      "Big5 TSV (traditional characters); one unmasked mobile under 聯絡電話", enc="big5")

dash = MOB3[:3] + "-" + MOB3[3:7] + "-" + MOB3[7:]
csv18 = '信访事项办理情况\n编号,事项摘要,办理情况,备注\nXF2025-031,"反映小区路灯损坏，要求维修","已转城管局，\n3月14日修复",\nXF2025-032,"咨询低保申请条件","已答复，附办事指南","回访人：韩某，手机 ' + dash + '，\n已电话回访"\n'
write("a18_csv_multiline_mobile.csv", csv18, "review", ["mobile_phone"], [MOB3],
      "quoted fields with embedded commas and newlines; a mobile written with dashes in a 备注 field")

csv19 = '2025年3月依申请公开受理情况\n受理编号,申请内容,受理日期,答复情况\n13520250301,"关于某路段拓宽工程的立项批复,\n及环评文件",2025-03-03,"已公开，\n见附件"\n15720250302,"2024年度部门预算",2025-03-05,已公开\n18820250303,"某小区规划许可证,总平图",2025-03-09,"部分公开"\n'
write("a19_csv_multiline_serials.csv", csv19, "pass", [], [],
      "quoted multi-line fields; 11-digit 受理编号 starting 135/157/188 in a serial column under a title naming no phone (docs: serial numbers are not mobiles)")

# ---------- Markdown ----------
md20 = """<!-- 栏目：通知公告 id=1023 -->
# 2025年春季学期奖学金获得者名单

| 序号 | 姓名 | 学号 | 学院 | 奖励金额（元） |
|---|---|---|---|---|
| 1 | 蒋某某 | 13020250101 | 机械工程学院 | 5000 |
| 2 | 沈某某 | 13020250217 | 信息工程学院 | 5000 |
| 3 | 韩某某 | 13020250342 | 经济管理学院 | 3000 |

公示期：2025年3月20日至3月26日。监督电话：0571-88201234，来信：[jwc@example.edu.cn](mailto:jwc@example.edu.cn)。

详见[学校官网](https://www.example.edu.cn/info/1023/4521.htm)。
"""
write("a20_md_table.md", md20, "pass", [], [],
      "Markdown pipe table with an 11-digit 学号 column starting 130 (roster column, docs: not mobiles); platform comment record; agency mailbox (info)")

md21 = """# 2025年第一季度安全生产检查情况通报

<!-- 内部资料　注意保存，定稿前不要上网 -->

一季度共检查企业 126 家，发现隐患 318 处，已整改 301 处，整改率 94.7%。

| 街道 | 检查企业数 | 隐患数 |
|---|---|---|
| 城东街道 | 42 | 97 |
| 城西街道 | 38 | 110 |
"""
write("a21_md_comment_label.md", md21, "review", ["sensitive_term"], [],
      "Markdown HTML comment holding 内部资料　注意保存 and an editor's note (hidden_content may also fire)")

md22 = """## 政策文件下载

- [2025年稳就业若干措施（全文）](https://www.example.gov.cn/art/2025/2/14/art_1230_887.html)
- [政策解读](http://10.12.3.45/xxgk/jiedu/2025-02.pdf)
- 咨询电话：0571-85012345
"""
write("a22_md_intranet_link.md", md22, "review", ["internal_address"], [],
      "Markdown link target to a private 10.x host")

# ---------- RTF ----------
def rtf_u(text):
    out = []
    for ch in text:
        o = ord(ch)
        if o < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        else:
            n = o if o < 32768 else o - 65536
            out.append("\\u%d?" % n)
    return "".join(out)

def rtf_gbk(text):
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join("\\'%02x" % b for b in ch.encode("gbk")))
    return "".join(out)

def rtf_doc(paras, enc):
    body = "\n".join("\\pard\\qj " + enc(p) + "\\par" for p in paras)
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n"
            "\\f0\\fs24\n" + body + "\n}\n")

write("a23_rtf_u_clean.rtf", rtf_doc([
    "关于开展2025年全民国家安全教育日宣传活动的通知",
    "各镇（街道）：",
    "4月15日是第十个全民国家安全教育日。请于4月10日前报送活动方案，经费预算不超过30000元。",
    "联系电话：0571-87209876。"], rtf_u), "pass", [], [],
    "hand-written RTF, Chinese as \\uN escapes (negative above 32767); date, amount, landline")

write("a24_rtf_gbk_id.rtf", rtf_doc([
    "不动产登记公告",
    "权利人：卫某某，身份证号：" + ID6 + "，坐落：某区文一路88号。",
    "异议期：2025年4月1日至4月15日。"], rtf_gbk), "block", ["id_card"], [ID6],
    "hand-written RTF, Chinese as \\'xx GBK bytes; unmasked ID after its label")

write("a25_rtf_u_marking.rtf", rtf_doc([
    "机密★5年",
    "关于某工程建设有关情况的报告",
    "区政府："], rtf_u), "block", ["classified_marking"], [],
    "hand-written RTF whose first paragraph is 机密★5年, all as \\uN escapes (★ = \\u9733?)")

# ---------- plain text ----------
t26 = "\r".join(["关于2025年城乡居民医保缴费的提示",
                 "缴费期：2024年9月1日至2025年2月28日，个人缴费标准400元/年。",
                 "如有疑问可拨打12345或0571-87061234，参保人手机以138****1234格式核对。",
                 "某区医疗保障局", "2025年1月6日", ""])
write("a26_txt_cr_clean.txt", t26, "pass", [], [], "CR-only line ends; dates, amounts, hotline, landline, masked mobile")

sp = MOB4[:3] + " " + MOB4[3:7] + " " + MOB4[7:]
t27 = "\r\n".join(["2025年春季招聘会报名通知",
                   "时间：2025年3月22日 9:00-16:00，地点：区人才市场。",
                   "联系人：曹老师，联系电话：" + sp, "某区人力社保局", ""])
write("a27_txt_crlf_mobile.txt", t27, "review", ["mobile_phone"], [MOB4],
      "CRLF text; mobile written 3-4-4 with spaces after 联系电话")

t28 = "\r".join(["低保审批结果公示", "申请人：严某某", "身份证号码：" + ID4, "家庭人口：3人，月保障金1560元。", ""])
write("a28_txt_cr_id.txt", t28, "block", ["id_card"], [ID4], "CR-only text; unmasked ID on its own line after its label")

# ---------- YAML / INI ----------
y29 = """# 站群配置导出 2025-03-01
site:
  name: 某区人民政府门户网站
  domain: https://www.example.gov.cn
  icp: 浙ICP备05012345号
  version: v10.0.3.1
contact:
  hotline: "12345"
  tel: "0571-87051234"
  address: 某区府前路1号
publish:
  review_required: true
  max_upload_mb: 50
"""
write("a29_site_config.yaml", y29, "pass", [], [],
      "YAML read as text; ICP number, version v10.0.3.1 (docs: not an address), hotline, landline")

y30 = y29.replace("  max_upload_mb: 50\n", "  max_upload_mb: 50\n  api_base: http://cms-api.xxgk.internal:8080/v1/\n")
write("a30_site_config_internal.yaml", y30, "review", ["internal_address"], [],
      "YAML config with a URL to an *.internal host")

ini31 = """[site]
name=某区政务服务网
url=https://zwfw.example.gov.cn/
[contact]
hotline=12345
tel=0571-87208888
fax=0571-87208899
mail=zwfw@example.gov.cn
[build]
date=2025-02-18
"""
write("a31_portal.ini", ini31, "pass", [], [], "INI config; hotline, agency landline and fax, agency mailbox (info)")

pay = {"export": "补贴发放", "rows": [
    {"姓名": "孔某某", "开户行": "农村商业银行", "卡号": CARD1[:6] + "*********" + CARD1[-4:], "金额": "3600.00"},
    {"姓名": "曹某某", "开户行": "农村商业银行", "卡号": CARD1, "金额": "3600.00"}]}
write("a32_subsidy_card.json", jdump(pay), "block", ["bank_card"], [CARD1],
      "JSON payment export; one unmasked Luhn-valid UnionPay card under 卡号")

ord33 = {"title": "2025年政府采购合同公告", "items": [
    {"合同编号": "HT-2025-0317-004", "订单号": "DD202503170045", "金额": "1280000.00", "签订日期": "2025-03-17",
     "供应商": "某科技有限公司", "统一社会信用代码": "91330106MA2H4K7Q3C"}],
    "联系电话": "0571-86501234"}
write("a33_procurement.json", jdump(ord33), "pass", [], [],
      "JSON with order/contract numbers, amount, date, credit code, landline")

art34 = {"title": "关于公布2025年区级非物质文化遗产代表性项目名录的通知", "author": "区文化和旅游局",
    "content": "<p>经评审，确定12个项目入选。</p><p>公示对象身份证号示例：" + mask_id(ID1) + "。</p><p>咨询电话：0571-87012233。</p>"}
write("a34_json_all_escaped.json", jdump(art34, ascii_=True), "pass", [], [],
      "JSON written ensure_ascii (every Chinese character a \\uXXXX escape); masked ID, landline")

write("a35_json_escaped_marking.json", jdump(art2, ascii_=True), "block", ["classified_marking"], [],
      "same article as a02 but every non-ASCII character \\u-escaped (\\u79d8\\u5bc6\\u2605 1\\u5e74): content's first line is 秘密★1年. Docs silent; reviewer expectation")

dash2 = MOB5[:3] + "-" + MOB5[3:7] + "-" + MOB5[7:]
rss36 = rss.replace("<![CDATA[<p>4月4日至6日放假调休，共3天。值班电话：0571-87050000。</p>]]>",
                    "<![CDATA[<p>4月4日至6日放假调休，共3天。值班电话：0571-87050000，带班领导手机：" + dash2 + "。</p>]]>")
write("a36_rss_cdata_mobile.xml", rss36, "review", ["mobile_phone"], [MOB5],
      "RSS CDATA description with a duty leader's mobile written with dashes")

x37 = """<?xml version="1.0" encoding="UTF-8"?>
<news>
  <item>
    <title>&#x6A5F;&#x69CB;&#x6539;&#x9769;&#x5DE5;&#x4F5C;&#x5EA7;&#x8AC7;&#x6703;</title>
    <summary>2025&#24180;3&#26376;18&#26085;&#21484;&#24320; &amp; 90&#20154;&#21442;&#21152;</summary>
    <date>2025-03-18</date>
    <hits>1523</hits>
  </item>
</news>
"""
write("a37_xml_entities_clean.xml", x37, "pass", [], [],
      "title written all as hex references (機構改革工作座談會), summary as decimal references; date, counts")

tsv38 = "序号\t姓名\t身份证号\t手机\t补助（元）\n1\t朱某某\t" + mask_id(ID6) + "\t137****4412\t800\n2\t秦某某\t" + mask_id(ID2) + "\t150****9036\t800\n"
write("a38_tsv_utf16_masked.tsv", tsv38, "pass", [], [], "UTF-16LE with BOM TSV; masked IDs and mobiles", enc="utf-16le-bom")

t39 = "\n".join(["内部资料　注意保存", "", "2025年第一季度经济运行分析", "一季度全区实现地区生产总值 312.5 亿元，同比增长 5.6%。", ""])
write("a39_txt_gb18030_label.txt", t39, "review", ["sensitive_term"], [],
      "GB18030 text headed 内部资料　注意保存", enc="gb18030")

t40 = "\n".join(["關於2025年清明節期間祭掃服務的公告", "各墓園4月4日至6日延長開放至18:00。", "服務電話：0571-87301234，市民熱線12345。", "某區民政局", "2025年3月25日", ""])
write("a40_txt_big5_clean.txt", t40, "pass", [], [], "Big5 traditional text; dates, times, landline, hotline", enc="big5")

x42 = cat.replace("<beizhu><![CDATA[尿素 2360 元/吨，复合肥 3150 元/吨；咨询 0571-86098765。]]></beizhu>",
    "<beizhu>申请人 " + mask_id(ID3) + "；供应商统一社会信用代码 91330106MA2H4K7Q3C</beizhu>")
write("a42_xxgk_masked.xml", x42, "pass", [], [], "catalogue with a masked ID and a company's credit code")

csv43 = "区级部门对外咨询电话\n部门,办公电话,传真,邮编\n区发改局,0571-87012345,0571-87012346,310012\n区教育局,(0571)87654321,,310012\n区市场监管局,0571 8709 2233,,310013\n区政务服务中心,12345,,310013\n"
write("a43_csv_landlines.csv", csv43, "pass", [], [], "agency landlines in three forms, fax, postcodes, hotline")

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1)
print(len(LABELS), "files;", sum(l["expect_verdict"] == "pass" for l in LABELS), "pass")
