# -*- coding: utf-8 -*-
"""Generate the blind33-notices corpus. Run with /usr/bin/python3 (python-docx, openpyxl, reportlab from Debian)."""
import json, os, shutil, zipfile, re, subprocess
from synth import *
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.comments import Comment

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # the corpus folder
SRC = os.path.join(HERE, "src")  # sources for LibreOffice and Chromium, made on the way
os.makedirs(OUT, exist_ok=True); os.makedirs(SRC, exist_ok=True)
LABELS = []
LO_JOBS = []   # (src docx, out name)
CHROME_JOBS = []  # (src html, out name)

def label(f, verdict, cats, raw, note):
    LABELS.append({"file": f, "expect_verdict": verdict, "expect_categories": cats, "raw_values": raw, "note": note})

def wtext(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="\n") as f:
        f.write(text)

HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="ColumnName" content="{col}"><meta name="PubDate" content="2026-11-{day}">
<style>body{{font-family:"Noto Serif CJK SC",serif;margin:24px 48px;font-size:15px;line-height:1.8}}
h1{{text-align:center;font-size:22px}} table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #333;padding:4px 6px;font-size:14px}}
.info{{color:#666;text-align:center}} .fj a{{color:#03c}}</style></head>
<body><!-- 栏目：{col} id=10{day}3 -->
<div class="nav"><a href="/">首页</a> &gt; <a href="/col/col{day}81/">{col}</a></div>
<div class="article"><h1>{title}</h1>
<p class="info">发布日期：2026-11-{day}　　来源：{src}　　浏览次数：<span id="hits">{hits}</span></p>
"""
HTML_FOOT = """</div>
<div class="footer"><p>主办：{src}　　网站标识码：3301060019　　浙ICP备05012345号</p></div>
</body></html>
"""
def html(title, col, src, body, day="18", hits="236"):
    return HTML_HEAD.format(title=title, col=col, src=src, day=day, hits=hits) + body + HTML_FOOT.format(src=src)

def table_html(rows, head=True):
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, c, tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def make_docx(path, blocks, author="县政府办公室", header=None, title=None):
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    if title: d.core_properties.title = title
    st = d.styles["Normal"]; st.font.name = "Noto Serif CJK SC"; st.font.size = Pt(12)
    if header is not None:
        d.sections[0].header.paragraphs[0].text = header
    for b in blocks:
        kind = b[0]
        if kind == "p":
            p = d.add_paragraph(b[1])
        elif kind == "c":
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "h":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(18); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "hidden":  # visible text then hidden run
            p = d.add_paragraph(); p.add_run(b[1]); r = p.add_run(b[2]); r.font.hidden = True
        elif kind == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
    d.save(path)

def docx_add_deletion(path, anchor, deleted, author="李科长"):
    """Insert a tracked deletion (w:del) right after the paragraph containing anchor."""
    zin = zipfile.ZipFile(path); items = {n: zin.read(n) for n in zin.namelist()}; zin.close()
    x = items["word/document.xml"].decode("utf-8")
    i = x.index(anchor); j = x.index("</w:p>", i)
    ins = ('<w:r><w:t xml:space="preserve"> </w:t></w:r><w:del w:id="901" w:author="%s" w:date="2026-11-20T09:12:00Z">'
           '<w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (author, deleted))
    x = x[:j] + ins + x[j:]
    items["word/document.xml"] = x.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, v in items.items(): z.writestr(n, v)

# ---------------------------------------------------------------- values
AGENCY_USCC = gen_uscc("11", "330106")
C1, C2, C3, C4, C5, C6 = (gen_uscc("91", r) for r in ["330106", "330108", "330110", "330102", "330105", "330183"])
ORG_ACCT_62 = gen_card("622202", 19)       # Luhn-valid, UnionPay prefix, but holder is a company
ORG_ACCT_OTHER = gen_card("955880", 19)    # Luhn-valid 19 digits, company holder
SUYIN = "11330106" + "".join(str(R.randint(0,9)) for _ in range(9)) + "0"

# ================================================================ PASS FILES
# p01 procurement award, HTML, company credit codes, agency landlines, agency email
body = """<p>一、项目编号：HZXH-CG-2026-0317</p>
<p>二、项目名称：西湖区智慧社区综合服务平台运维服务采购项目</p>
<p>三、中标（成交）信息</p>
""" + table_html([["序号", "供应商名称", "统一社会信用代码", "供应商地址", "中标（成交）金额（元）"],
                  ["1", "杭州云帆信息技术有限公司", C1, "杭州市西湖区文三路 478 号 9 楼", "1,286,500.00"]]) + """
<p>四、主要标的信息：服务范围：平台运维、数据维护；服务要求：7×24 小时响应；服务期限：12 个月。</p>
<p>五、评审专家名单：周某某、陈某某、林某某、王某某、徐某某（采购人代表）</p>
<p>六、代理服务收费标准及金额：参照原国家计委计价格〔2002〕1980 号文件，收费金额 19,300.00 元。</p>
<p>七、公告期限：自本公告发布之日起 1 个工作日。</p>
<p>八、凡对本次公告内容提出询问，请按以下方式联系：</p>
<p>1.采购人信息　名称：杭州市西湖区数据资源管理局　地址：杭州市西湖区保俶路 111 号　联系人：赵工　联系方式：0571-87961234</p>
<p>2.采购代理机构信息　名称：浙江中诚工程咨询有限公司　地址：杭州市拱墅区湖墅南路 66 号　联系方式：0571-85120678　传真：0571-85120679　电子邮箱：zczx_bid@zjzczx.com.cn</p>
<p>3.同级政府采购监督管理部门　名称：杭州市西湖区财政局政府采购监管科　联系电话：0571-87965566</p>
<div class="fj"><p>附件：</p><ul><li><a href="/attach/2026/11/hzxh-cg-2026-0317-zbtzs.pdf">中标通知书.pdf</a></li><li><a href="/attach/2026/11/hzxh-cg-2026-0317-cgwj.pdf">采购文件.pdf</a></li></ul></div>
"""
wtext("p01_中标结果公告.html", html("杭州市西湖区数据资源管理局智慧社区综合服务平台运维服务采购项目中标（成交）结果公告", "采购公告", "西湖区数据资源管理局", body))
label("p01_中标结果公告.html", "pass", ["email"], [], "CMS award notice: company USCC, agency landlines and mailbox (email is info); README: USCC, landlines, agency mailboxes are not findings")

# p02 tender text with deposit account of the agency (company holder, Luhn-valid 19 digits)
t = """杭州市西湖区教育局2027年度中小学校园安保服务项目招标公告

项目概况
校园安保服务项目招标项目的潜在投标人应在政采云平台（https://www.zcygov.cn）获取招标文件，并于2026年12月28日09:30（北京时间）前递交投标文件。

一、项目基本情况
项目编号：ZJZC-2026-GK-0451
项目名称：2027年度中小学校园安保服务项目
预算金额（元）：8,640,000.00
最高限价（元）：8,640,000.00
采购需求：为辖区内 36 所中小学提供校园安保服务，服务期一年。
合同履行期限：2027年1月1日至2027年12月31日
本项目（否）接受联合体投标。

二、申请人的资格要求
1.满足《中华人民共和国政府采购法》第二十二条规定；
2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；
3.本项目的特定资格要求：具有有效的保安服务许可证。

三、获取招标文件
时间：2026年12月8日至2026年12月15日，每天上午00:00至12:00，下午12:00至23:59（北京时间，线上获取法定节假日均可）
方式：供应商登录政采云平台在线申请获取采购文件。

四、投标保证金
本项目不收取投标保证金。履约保证金按合同金额的 2.5% 收取，以转账方式缴入下列账户：
户名：浙江中诚工程咨询有限公司
开户银行：中国建设银行杭州湖墅支行
账号：{acct}

五、对本次招标提出询问，请按以下方式联系
1.采购人信息
名称：杭州市西湖区教育局
地址：杭州市西湖区保俶北路 16 号
联系人：教育装备与后勤科
项目联系方式：0571-87988312
质疑联系方式：0571-87988305
2.采购代理机构信息
名称：浙江中诚工程咨询有限公司
地址：杭州市拱墅区湖墅南路 66 号
项目联系方式：0571-85120678
3.同级政府采购监督管理部门
名称：杭州市西湖区财政局
监督投诉电话：0571-87965566
""".format(acct=ORG_ACCT_OTHER)
wtext("p02_招标公告.txt", t)
label("p02_招标公告.txt", "pass", [], [], "tender notice; deposit account (Luhn-valid 19 digits) whose 户名 is a company: README says an organisation's account is not a card and notices publish it by design")

# p03 administrative penalty on a company, DOCX
make_docx(os.path.join(OUT, "p03_行政处罚决定书_企业.docx"), [
    ("h", "杭州市西湖区市场监督管理局\n行政处罚决定书"),
    ("c", "杭西市监处罚〔2026〕318号"),
    ("p", "当事人：杭州味鲜坊餐饮管理有限公司"),
    ("p", "主体资格证照名称：营业执照"),
    ("p", "统一社会信用代码：" + C2),
    ("p", "住所（住址）：浙江省杭州市西湖区古墩路 702 号 1 幢 103 室"),
    ("p", "法定代表人（负责人、经营者）：刘某某"),
    ("p", "2026年8月14日，本局执法人员对当事人经营场所进行检查，发现当事人后厨冷藏柜内存放的 3 袋（共计 6 千克）冷冻牛肉已超过保质期，标签标注保质期至2026年7月30日。当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。"),
    ("p", "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定对当事人作出如下行政处罚：1.没收超过保质期的冷冻牛肉 6 千克；2.罚款人民币 50,000 元。"),
    ("p", "当事人应当自收到本行政处罚决定书之日起十五日内，通过浙江政务服务网或到指定银行缴纳罚没款。到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款。"),
    ("p", "当事人如不服本行政处罚决定，可以在收到本行政处罚决定书之日起六十日内向杭州市西湖区人民政府申请行政复议，也可以在六个月内依法向杭州互联网法院或西湖区人民法院提起行政诉讼。"),
    ("r", "杭州市西湖区市场监督管理局"),
    ("r", "2026年9月2日"),
    ("p", "（市场监管投诉举报电话：12315）"),
], author="西湖区市场监管局法制科")
label("p03_行政处罚决定书_企业.docx", "pass", [], [], "penalty decision against a company: USCC and masked legal representative (刘某某) are not findings; author property is info metadata at most")

# p04 licence publicity XLSX, companies (双公示)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "行政许可"
ws.append(["行政许可决定文书号", "项目名称", "审批类别", "行政相对人名称", "行政相对人代码_1(统一社会信用代码)", "法定代表人姓名", "许可决定日期", "许可截止期", "许可机关", "当前状态"])
rows = [("浙杭西食经〔2026〕第0412号", "食品经营许可", "普通", "杭州味鲜坊餐饮管理有限公司", C2, "刘某某", "2026/10/09", "2031/10/08"),
        ("浙杭西药经〔2026〕第0088号", "药品经营许可", "普通", "杭州康和大药房连锁有限公司", C3, "沈某某", "2026/10/12", "2031/10/11"),
        ("浙杭西卫〔2026〕第0231号", "公共场所卫生许可", "普通", "杭州悦庭酒店管理有限公司", C4, "蒋某某", "2026/10/15", "2030/10/14"),
        ("浙杭西建〔2026〕第0017号", "建筑工程施工许可", "普通", "浙江宏远建设集团有限公司", C5, "吴某某", "2026/10/20", "2027/10/19")]
for r in rows: ws.append(list(r) + ["杭州市西湖区市场监督管理局", "有效"])
wb.properties.creator = "西湖区市场监管局"
wb.save(os.path.join(OUT, "p04_行政许可公示.xlsx"))
label("p04_行政许可公示.xlsx", "pass", [], [], "双公示 licence list of companies: USCC and masked legal representatives only")

# p05 statistics bulletin -> LibreOffice PDF (big numbers, amounts with 元 after 11-digit figures)
make_docx(os.path.join(SRC, "p05.docx"), [
    ("h", "2026年西湖区国民经济和社会发展统计公报"),
    ("c", "杭州市西湖区统计局　国家统计局西湖调查队"),
    ("c", "2027年3月12日"),
    ("p", "一、综合"),
    ("p", "初步核算，全年全区实现地区生产总值 2863.47 亿元，按可比价格计算，比上年增长 6.3%。其中，第一产业增加值 5.12 亿元，增长 1.8%；第二产业增加值 412.36 亿元，增长 4.9%；第三产业增加值 2445.99 亿元，增长 6.6%。三次产业结构为 0.2:14.4:85.4。"),
    ("p", "年末全区户籍人口 923,516 人，比上年末增加 18,204 人；常住人口 1,452,300 人。全年出生人口 7,216 人，出生率 5.1‰。"),
    ("p", "二、财政和金融"),
    ("p", "全年一般公共预算收入 16935728400 元，比上年增长 5.7%；其中税收收入 14876315200 元，占一般公共预算收入的 87.8%。一般公共预算支出 13528417600 元，增长 3.2%。"),
    ("p", "年末全区金融机构本外币存款余额 13872.56 亿元，比年初增加 1024.37 亿元；贷款余额 11563.08 亿元，比年初增加 986.45 亿元。"),
    ("p", "三、固定资产投资"),
    ("p", "全年固定资产投资比上年增长 4.1%。其中，民间投资增长 2.6%，高新技术产业投资增长 11.9%。房地产开发投资 612.73 亿元，商品房销售面积 153.87 万平方米。"),
    ("p", "四、居民收入"),
    ("p", "全年全体居民人均可支配收入 93,512 元，比上年增长 5.0%。城镇居民人均可支配收入 96,208 元，农村居民人均可支配收入 58,417 元。"),
    ("t", [["指标", "单位", "绝对数", "比上年增长（%）"],
           ["地区生产总值", "亿元", "2863.47", "6.3"],
           ["规模以上工业增加值", "亿元", "301.25", "5.2"],
           ["社会消费品零售总额", "亿元", "1327.64", "4.4"],
           ["一般公共预算收入", "元", "16935728400", "5.7"],
           ["实际使用外资", "万美元", "187650", "-3.1"]]),
    ("p", "注：本公报部分数据为初步统计数，各项统计数据均未包括港澳台地区。数据咨询电话：0571-87962231。"),
], author="西湖区统计局综合科")
LO_JOBS.append(("p05.docx", "p05_统计公报_lo.pdf"))
label("p05_统计公报_lo.pdf", "pass", [], [], "LibreOffice PDF statistics bulletin: 11-digit yuan amounts followed by 元 and in a 元 unit cell are amounts, not mobiles (README mobile_phone row)")

# p06 statistics CSV, 11-digit amounts in a column headed 元
csv = "地区,指标,2025年（元）,2026年（元）,增长（%）\n"
for reg, a, b in [("西湖区", "13527864100", "14296318500"), ("上城区", "15218630900", "15890244700"), ("拱墅区", "13961027300", "14408765200"), ("滨江区", "18634259800", "19921347600"), ("余杭区", "17805532100", "18677019400")]:
    csv += "%s,一般公共预算收入,%s,%s,%.1f\n" % (reg, a, b, (int(b)/int(a)-1)*100)
wtext("p06_财政收入统计.csv", csv)
label("p06_财政收入统计.csv", "pass", [], [], "open-data CSV of district revenues: 11-digit figures under columns headed （元）, no phone column: amounts, not mobiles")

# p07 annual report of government information disclosure, HTML
rows = [["本年制发件数", "本年废止件数", "现行有效件数"], ["规章 0", "0", "2"], ["行政规范性文件 14", "3", "86"]]
body = """<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限自2026年1月1日起至2026年12月31日止。本报告电子版可在“杭州市西湖区人民政府门户网站”（http://www.hzxh.gov.cn）查阅或下载。如对本报告有疑问，请与西湖区人民政府办公室联系（地址：杭州市西湖区保俶路 111 号，邮编：310007，电话：0571-87961001）。</p>
<h3>一、总体情况</h3>
<p>2026年，全区共主动公开政府信息 12,864 条，其中政策文件 412 条、政策解读 238 条。全年共受理政府信息公开申请 356 件，办结 349 件，结转下年度办理 7 件。严格落实公开前保密审查制度，坚持“先审查、后公开”和“一事一审”，全年未发生泄密事件。</p>
<h3>二、主动公开政府信息情况</h3>
""" + table_html(rows) + """
""" + table_html([["信息内容", "本年处理决定数量", "处罚金额（万元）"], ["行政许可", "18,215", "—"], ["行政处罚", "2,318", "1,863.57"], ["行政强制", "146", "—"]]) + """
<h3>三、收到和处理政府信息公开申请情况</h3>
""" + table_html([["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
                  ["一、本年新收政府信息公开申请数量", "298", "31", "2", "4", "13", "8", "356"],
                  ["二、上年结转政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"],
                  ["（三）不予公开 3.危及“三安全一稳定”", "1", "0", "0", "0", "0", "0", "1"],
                  ["（三）不予公开 1.属于国家秘密", "2", "0", "0", "0", "0", "0", "2"],
                  ["（三）不予公开 8.属于三类内部事务信息", "4", "1", "0", "0", "0", "0", "5"]]) + """
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
<p>全年政府信息公开行政复议 9 件，其中结果维持 6 件、结果纠正 1 件、其他结果 1 件、尚未审结 1 件；行政诉讼 4 件，均维持。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>一是政策解读形式较为单一；二是部分部门依申请公开答复规范性有待提高。2027年将进一步加强公开前保密审查和个人信息保护，确保“上网不涉密、涉密不上网”。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。</p>
"""
wtext("p07_政府信息公开年报.html", html("杭州市西湖区人民政府2026年政府信息公开工作年度报告", "政府信息公开年报", "西湖区人民政府办公室", body, day="28"))
label("p07_政府信息公开年报.html", "pass", [], [], "standard 年度报告 with tables of counts incl. the row 属于国家秘密: prose/table labels, no marking")

# p08 appointment notice text
t = """西湖区人民政府关于周明远等同志职务任免的通知

各乡镇人民政府、街道办事处，区政府各部门、各直属单位：
经2026年11月10日区人民政府第32次常务会议研究决定：
周明远同志任杭州市西湖区发展和改革局副局长（试用期一年）；
沈嘉怡同志任杭州市西湖区财政局副局长；
胡建国同志任杭州市西湖区住房和城乡建设局总工程师；
免去陈立群同志的杭州市西湖区统计局副局长职务（另有任用）；
免去王海波同志的杭州市西湖区文化和广电旅游体育局副局长职务（到龄退休）。

杭州市西湖区人民政府
2026年11月12日
（此件公开发布）
"""
wtext("p08_人事任免通知.txt", t, enc="gb18030")
label("p08_人事任免通知.txt", "pass", [], [], "GB18030 appointment notice with names only; （此件公开发布） is the public-release line, not 此件不公开")

# p09 recruitment proposed hires, masked IDs, 11-digit 准考证号 starting with mobile-like prefixes
hires = []
for i, (nm, sx, edu, sch) in enumerate([("徐嘉宁", "女", "硕士研究生", "浙江大学"), ("郑宇航", "男", "大学本科", "浙江工业大学"), ("何思琪", "女", "硕士研究生", "华东师范大学"), ("孙浩然", "男", "大学本科", "杭州电子科技大学"), ("林若曦", "女", "大学本科", "浙江财经大学")]):
    ida = gen_id(R.choice(["330106", "330102", "330381", "330481"]), "199%d%02d%02d" % (R.randint(5, 9), R.randint(1, 12), R.randint(1, 28)))
    zkz = "133%02d%06d" % (R.randint(1, 20), R.randint(100000, 999999))
    hires.append([str(i + 1), "综合管理岗%02d" % (i // 2 + 1), nm, sx, mask_id(ida), zkz, "%.2f" % R.uniform(68, 82), "%.2f" % R.uniform(78, 90), edu, sch, "合格", "合格"])
body = """<p>根据《杭州市西湖区2026年度公开招聘事业单位工作人员公告》，经笔试、资格复审、面试、体检和考察等程序，现将拟聘用人员名单予以公示。</p>
""" + table_html([["序号", "招聘岗位", "姓名", "性别", "身份证号", "准考证号", "笔试成绩", "面试成绩", "学历", "毕业院校", "体检", "考察"]] + hires) + """
<p>公示时间：2026年11月18日至11月24日（5个工作日）。</p>
<p>公示期间如有异议，可向西湖区人力资源和社会保障局反映。反映情况要实事求是，并提供必要的调查线索。</p>
<p>监督电话：0571-87961368（工作日 8:30—12:00，14:30—17:30）</p>
<p>来信地址：杭州市西湖区保俶路 111 号区人力社保局事业单位人事管理科，邮编 310007</p>
"""
wtext("p09_拟聘用人员公示.html", html("杭州市西湖区2026年度公开招聘事业单位工作人员拟聘用人员公示", "人事信息", "西湖区人力社保局", body, day="18"))
label("p09_拟聘用人员公示.html", "pass", [], [], "proposed hires with IDs masked 6+4 and 11-digit 准考证号 that begin 133: README says serial numbers are not mobiles and a column heading is context; AMBIGUOUS: docs name 编号, not 准考证号")

# p10 subsidy list XLSX with masked IDs and masked cards
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "发放名单"
ws.append(["2026年第三季度城乡居民基本养老保险丧葬补助金发放公示"]); ws.merge_cells("A1:G1")
ws.append(["序号", "所在村（社区）", "姓名", "身份证号", "社保卡银行账号", "发放金额（元）", "备注"])
for i in range(1, 13):
    ida = gen_id(R.choice(["330106", "330127"]), "19%d%02d%02d" % (R.randint(30, 55), R.randint(1, 12), R.randint(1, 28)))
    card = gen_card("623091", 19)
    ws.append([i, R.choice(["双浦镇袁浦村", "转塘街道龙坞社区", "三墩镇绕城村", "留下街道杨家牌楼社区"]), R.choice(["张", "王", "李", "金", "童"]) + "某某", mask_id(ida), mask_card(card), 4550, ""])
ws.append(["合计", "", "", "", "", 54600, ""])
wb.save(os.path.join(OUT, "p10_丧葬补助金公示_脱敏.xlsx"))
label("p10_丧葬补助金公示_脱敏.xlsx", "pass", [], [], "subsidy list with names 张某某, IDs masked 6+4 and cards masked 4+4: masked values are compliant")

# p11 meeting notice DOCX with landlines and hotlines
make_docx(os.path.join(OUT, "p11_会议通知.docx"), [
    ("h", "关于召开2026年全区安全生产工作推进会的通知"),
    ("p", "各乡镇人民政府、街道办事处，区安委会各成员单位："),
    ("p", "经区政府同意，定于2026年12月10日（星期四）下午2:30召开全区安全生产工作推进会。现将有关事项通知如下："),
    ("p", "一、会议地点：区行政中心 3 号楼 5 楼第一会议室（保俶路 111 号）。"),
    ("p", "二、参会人员：区安委会各成员单位分管负责人；各乡镇（街道）分管负责人及安监站站长。"),
    ("p", "三、会议议程：1.通报1—11月全区安全生产形势；2.部署冬春季安全生产大检查工作；3.区政府分管领导讲话。"),
    ("p", "四、其他事项：请各单位于12月8日下午5:00前将参会人员回执传真至区应急管理局（传真：0571-87963320），或通过浙政钉报送。联系人：区应急管理局综合协调科 吴工，电话：0571-87963318，0571-8796 3319。"),
    ("p", "安全生产举报投诉热线：12350；政务服务便民热线：12345。"),
    ("r", "杭州市西湖区安全生产委员会办公室"),
    ("r", "2026年12月2日"),
], author="区应急管理局")
label("p11_会议通知.docx", "pass", [], [], "meeting notice: agency landlines/fax (incl. grouped 0571-8796 3319) and hotlines 12350/12345 are not findings")

# p12 draft for comment HTML with agency email
body = """<p>为进一步规范我区老旧小区加装电梯工作，区住房和城乡建设局起草了《杭州市西湖区既有住宅加装电梯财政补助资金管理办法（征求意见稿）》，现向社会公开征求意见。公众可通过以下途径和方式提出意见：</p>
<p>1.通过电子邮件将意见发送至：xhzjj_jt@hzxh.gov.cn；</p>
<p>2.通过信函方式将意见寄至：杭州市西湖区文二路 288 号区住房和城乡建设局城镇建设科（邮编：310012），并在信封上注明“加装电梯补助办法征求意见”字样；</p>
<p>3.来电：0571-87969512（工作日）。</p>
<p>意见反馈截止时间为2026年12月20日。</p>
<h3>征求意见稿全文</h3>
<p>第一条 为推进既有住宅加装电梯工作，根据《浙江省人民政府办公厅关于推进既有住宅加装电梯工作的指导意见》等规定，结合本区实际，制定本办法。</p>
<p>第二条 本办法所称财政补助资金，是指区财政安排用于既有住宅加装电梯的补助资金。补助标准为每台 200,000 元，其中区级承担 50%，街道承担 50%。</p>
<p>第三条 申请人应提交加装电梯竣工验收备案证明、电梯使用登记证、资金结算凭证及业主委员会或申请人代表的收款账户信息。</p>
<p>第四条 本办法自2027年1月1日起施行，有效期5年。</p>
<div class="fj"><p>附件：<a href="/attach/2026/12/jzdt-zqyjg.docx">征求意见稿（文本）.docx</a>　<a href="/attach/2026/12/jzdt-qcsm.pdf">起草说明.pdf</a></p></div>
"""
wtext("p12_征求意见稿.html", html("关于公开征求《杭州市西湖区既有住宅加装电梯财政补助资金管理办法（征求意见稿）》意见的公告", "征求意见", "西湖区住建局", body, day="25"))
label("p12_征求意见稿.html", "pass", ["email"], [], "draft for comment: an agency mailbox (email, info) and landline; nothing else")

# p13 policy interpretation of the secrecy law -> Chromium PDF
h13 = html("《中华人民共和国保守国家秘密法》修订解读", "政策解读", "西湖区保密局", """
<p>新修订的《中华人民共和国保守国家秘密法》于2024年5月1日起施行。为做好学习宣传贯彻工作，现就有关内容解读如下。</p>
<h3>一、国家秘密的密级和保密期限</h3>
<p>保守国家秘密法第十三条规定，国家秘密的密级分为绝密、机密、秘密三级。绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密；秘密级国家秘密是一般的国家秘密。</p>
<p>国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。机关、单位应当根据工作需要，确定具体的保密期限、解密时间或者解密条件。</p>
<h3>二、定密责任和标注</h3>
<p>机关、单位负责人为本机关、本单位的定密责任人。国家秘密载体以及属于国家秘密的设备、产品，应当作出国家秘密标志。标志由密级和保密期限组成，按照《党政机关公文格式》（GB/T 9704—2012）标注在公文首页左上角。</p>
<h3>三、工作秘密的管理</h3>
<p>修订后的保密法新增了工作秘密管理的规定。机关、单位应当严格区分工作秘密与国家秘密，对工作秘密采取必要的保护措施，防止其被公开发布。</p>
<h3>四、网络信息发布的保密管理</h3>
<p>坚持“谁公开谁审查、谁发布谁负责”，严格执行“上网不涉密、涉密不上网”。政府信息公开前应当依照保守国家秘密法以及其他法律、法规和国家有关规定进行审查。对政府信息不能确定是否可以公开的，应当依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定。</p>
<p>解读机关：杭州市西湖区国家保密局　解读人：区保密局综合科　咨询电话：0571-87961125</p>
""", day="05")
open(os.path.join(SRC, "p13.html"), "w").write(h13)
CHROME_JOBS.append(("p13.html", "p13_保密法解读_chromium.pdf"))
label("p13_保密法解读_chromium.pdf", "pass", [], [], "Chromium PDF explaining the secrecy law: levels in sentences, 工作秘密 as a word of a sentence (README: prose about secrecy, 严格区分工作秘密与国家秘密)")

# p14 定密 rule text with the lines of levels and a placeholder form in a sentence
t = """国家秘密定密管理暂行规定（摘编）

第十五条 国家秘密的保密期限，应当按照事项的性质和特点，确定为具体的期限、解密时间或者解密条件。保密期限的最长期限如下：
绝密 30年
机密 20年
秘密 10年

第十七条 国家秘密标志的形式为“密级★保密期限”，例如公文首页左上角标注的“秘密★（期限）”或“机密★××年”的格式，保密期限在一年以上的，以年计；在一年以内的，以月计。

第二十条 机关、单位应当依法对所产生的国家秘密事项准确确定密级，对不属于国家秘密的事项不得定密，防止“过度定密”和“定密不当”。

（根据国家保密局网站公开材料整理，仅供学习参考）
"""
wtext("p14_定密规定摘编.txt", t)
label("p14_定密规定摘编.txt", "pass", [], [], "定密 rule extract: lines of levels next to each other (info), placeholder forms 秘密★（期限）/机密★××年 inside a sentence (info per README context model)")

# p15 disclosure guide HTML with public URLs and landline
body = """<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>
<h3>一、主动公开</h3><p>主动公开的政府信息主要通过杭州市西湖区人民政府门户网站（https://www.hzxh.gov.cn/col/col1229123456/）“政府信息公开”专栏公开，同时通过政府公报、新闻发布会、档案馆、图书馆等场所公开。</p>
<h3>二、依申请公开</h3><p>受理机构：杭州市西湖区人民政府办公室（政务公开科）<br>办公地址：杭州市西湖区保俶路 111 号区行政中心 1 号楼 206 室<br>办公时间：周一至周五，上午 8:30—12:00，下午 14:30—17:30（法定节假日除外）<br>邮政编码：310007<br>联系电话：0571-87961001<br>传真：0571-87961002</p>
<p>申请人可通过浙江政务服务网（https://www.zjzwfw.gov.cn）在线提交申请，或通过信函方式提交。申请人应当提供身份证明，申请内容应当包括申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述。</p>
<h3>三、监督和救济</h3><p>公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。投诉举报电话：12345。</p>
"""
wtext("p15_政府信息公开指南.html", html("杭州市西湖区人民政府信息公开指南（2026年修订）", "政府信息公开指南", "西湖区人民政府办公室", body, day="02"))
label("p15_政府信息公开指南.html", "pass", [], [], "disclosure guide: public gov URLs, landline, fax, postcode, 12345")

# p16 procurement intentions XLSX (budget amounts, codes)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "采购意向"
ws.append(["杭州市西湖区卫生健康局2027年1—3月政府采购意向"]); ws.merge_cells("A1:G1")
ws.append(["序号", "采购项目名称", "采购需求概况", "预算金额（元）", "预计采购时间", "备注", "项目编号"])
items = [("社区卫生服务中心医疗设备采购", "彩色多普勒超声诊断仪 3 台", 13650000), ("区疾控中心实验室试剂采购", "核酸检测及常规检验试剂", 2860000), ("基层医疗机构信息系统运维", "HIS、LIS 系统运维服务", 1580000), ("家庭医生签约服务包", "重点人群签约服务", 15870000)]
for i, (a, b, c) in enumerate(items):
    ws.append([i + 1, a, b, c, "2027年%d月" % (i % 3 + 1), "", "XHWJ-2027-%04d" % (i + 11)])
ws.append(["合计", "", "", "=SUM(D3:D6)", "", "", ""])
for c in ws["D"][2:]: c.number_format = "#,##0.00"
ws2 = wb.create_sheet("说明")
ws2.append(["本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。"])
ws2.append(["联系人：区卫生健康局规划财务科　联系电话：0571-87962455"])
wb.save(os.path.join(OUT, "p16_采购意向公开.xlsx"))
label("p16_采购意向公开.xlsx", "pass", [], [], "procurement intentions: budget amounts (8-digit), project codes, a SUM formula (openpyxl writes no cached value; docs silent on that), agency landline")

# p17 award notice by ReportLab (STSong-Light CID font)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
def rl_pdf(path, lines, size=11, top=None, header=None, author="区机关事务管理局"):
    c = canvas.Canvas(path, pagesize=A4); c.setAuthor(author); c.setTitle(lines[0] if lines else "")
    W_, H_ = A4; y = H_ - 60
    def hdr():
        if header:
            c.setFont("STSong-Light", 10); c.drawString(60, H_ - 36, header)
    hdr()
    if top:
        c.setFont("STSong-Light", 14); c.drawString(60, y, top); y -= 28
    for ln in lines:
        fs = size
        if ln.startswith("#"):
            ln = ln[1:]; fs = 16; c.setFont("STSong-Light", fs); c.drawCentredString(W_ / 2, y, ln); y -= 30; continue
        c.setFont("STSong-Light", fs)
        if ln.startswith(" " * 20):
            c.drawRightString(W_ - 70, y, ln.strip()); y -= 18; continue
        # wrap at ~42 chars
        while ln:
            part, ln = ln[:42], ln[42:]
            c.drawString(60, y, part); y -= 18
            if y < 60:
                c.showPage(); hdr(); y = H_ - 60
    c.save()
rl_pdf(os.path.join(OUT, "p17_中标公告_reportlab.pdf"), [
    "#区机关食堂食材配送服务项目中标公告",
    "一、项目编号：XHJG-2026-FW-0092",
    "二、项目名称：区机关食堂2027年度食材配送服务",
    "三、中标供应商：浙江绿源农产品配送有限公司",
    "    统一社会信用代码：" + C6,
    "    地址：杭州市富阳区银湖街道富闲路 9 号",
    "    中标金额：人民币 3,376,800.00 元（下浮率 8.5%）",
    "四、评审小组成员：郑某某、许某某、丁某某、钱某某（采购人代表）、冯某某",
    "五、公告期限：自本公告发布之日起 1 个工作日。",
    "六、联系方式",
    "    采购人：杭州市西湖区机关事务管理局　联系电话：0571-87961580",
    "    代理机构：杭州正衡招标代理有限公司　联系电话：0571-88216302",
    "    监督电话：0571-87965566",
    "                                    杭州市西湖区机关事务管理局",
    "                                    2026年11月26日",
])
label("p17_中标公告_reportlab.pdf", "pass", [], [], "ReportLab (STSong-Light CID) award notice: company USCC, amounts, landlines")

# p18 recruitment brochure DOCX with public URL and landlines
make_docx(os.path.join(OUT, "p18_招聘简章.docx"), [
    ("h", "杭州市西湖区2027年度公开招聘中小学教师简章"),
    ("p", "根据教育事业发展需要，经区委编办、区人力社保局同意，区教育局决定面向社会公开招聘中小学教师 126 名。"),
    ("p", "一、招聘计划：小学语文 32 名、小学数学 28 名、初中英语 14 名、初中科学 16 名、体育 12 名、音乐 8 名、美术 8 名、信息技术 8 名。"),
    ("p", "二、报名时间及方式：2026年12月15日9:00至12月20日17:00，登录“杭州市西湖区教育局”网站（https://edu.hzxh.gov.cn/zhaopin/）网上报名。报名序号将在网上确认后生成，请妥善保存。"),
    ("p", "三、笔试：2027年1月9日，笔试科目为《教育基础知识》和学科专业知识，满分均为 100 分。准考证于考前 3 天在报名网站自行下载打印。"),
    ("p", "四、体检和考察：按《公务员录用体检通用标准（试行）》执行。"),
    ("p", "五、咨询电话：0571-87988321（区教育局人事科），0571-87961368（区人力社保局）；监督电话：0571-87988300。"),
    ("r", "杭州市西湖区教育局"),
    ("r", "2026年12月4日"),
], author="区教育局人事科")
label("p18_招聘简章.docx", "pass", [], [], "recruitment brochure: public site URL and landlines")

# p19 penalty on a natural person, masked
body = """<p class="info">西公（文）行罚决字〔2026〕04517号</p>
<p>违法行为人：方某某，男，1987年出生，身份证号：330106********0517，现住浙江省杭州市西湖区。</p>
<p>现查明，2026年10月21日21时许，违法行为人方某某在杭州市西湖区文一西路某小区内，因停车纠纷与他人发生争执，并殴打他人，致他人轻微伤。以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、视频资料、鉴定意见等证据证实。</p>
<p>根据《中华人民共和国治安管理处罚法》第五十一条第一款之规定，现决定给予方某某行政拘留五日并处罚款五百元的处罚。</p>
<p>执行方式和期限：送杭州市拘留所执行，罚款于收到本决定书之日起十五日内缴纳。</p>
<p>如不服本决定，可以在收到本决定书之日起六十日内向杭州市西湖区人民政府申请行政复议或者在六个月内依法向杭州市西湖区人民法院提起行政诉讼。</p>
<p style="text-align:right">杭州市公安局西湖区分局<br>2026年10月28日</p>
"""
wtext("p19_行政处罚决定书_自然人脱敏.html", html("行政处罚决定书（方某某）", "行政处罚", "西湖区公安分局", body, day="29"))
label("p19_行政处罚决定书_自然人脱敏.html", "pass", [], [], "penalty on a natural person published as 方某某 with ID masked 6+4: compliant")

# p20 budget CSV, 单位：元 three figures a row
csv = "单位：元\n科目编码,科目名称,2026年预算数,2025年执行数,增减额\n"
for code, nm, a, b in [("201", "一般公共服务支出", 18563214700, 17921033500), ("205", "教育支出", 31268540300, 29876315200), ("208", "社会保障和就业支出", 13908762500, 13512008900), ("210", "卫生健康支出", 15237760400, 14688231700), ("212", "城乡社区支出", 19862107800, 18540093600)]:
    csv += "%s,%s,%d,%d,%d\n" % (code, nm, a, b, a - b)
wtext("p20_一般公共预算支出表.csv", csv)
label("p20_一般公共预算支出表.csv", "pass", [], [], "budget CSV under 单位：元 with three 11-digit figures a row and no phone/person column: amounts (README mobile rule); AMBIGUOUS: each row also has a 3-digit 科目编码, README says \"one of three figures in a row\"")

# p21 cadre pre-appointment publicity -> LibreOffice PDF
make_docx(os.path.join(SRC, "p21.docx"), [
    ("h", "干部任职前公示"),
    ("p", "根据《党政领导干部选拔任用工作条例》有关规定，经区委研究，拟对下列同志进行任用，现予以公示："),
    ("t", [["姓名", "性别", "出生年月", "籍贯", "入党时间", "学历学位", "现任职务", "拟任职务"],
           ["钟文涛", "男", "1983.06", "浙江淳安", "2005.11", "大学、管理学学士", "区发展和改革局综合科科长", "区发展和改革局副局长"],
           ["骆晓岚", "女", "1986.02", "浙江诸暨", "2008.05", "研究生、法学硕士", "区司法局法制审核科科长", "区司法局副局长"],
           ["蔡振宇", "男", "1981.09", "浙江海宁", "2003.12", "大学、工学学士", "区交通运输局综合执法队副队长", "区交通运输局党委委员"]]),
    ("p", "公示时间：2026年11月20日至11月26日。公示期间，如对公示对象有情况反映，可通过来信、来电、来访等方式向区委组织部反映。"),
    ("p", "举报电话：12380（专用）、0571-87960380；举报网站：http://www.12380.gov.cn；来信地址：杭州市西湖区保俶路 111 号区委组织部干部监督科（邮编 310007）。"),
    ("r", "中共杭州市西湖区委组织部"),
    ("r", "2026年11月19日"),
], author="区委组织部")
LO_JOBS.append(("p21.docx", "p21_任前公示_lo.pdf"))
label("p21_任前公示_lo.pdf", "pass", [], [], "LibreOffice PDF cadre publicity table: names, birth year.month, 12380 hotline, landline")

# p22 pollutant discharge permit publicity text
t = """排污许可证核发信息公开（2026年第11期）

按照《排污许可管理条例》要求，现将2026年11月核发的排污许可证信息公开如下：

1. 单位名称：杭州金桥包装印务有限公司
   统一社会信用代码：{c1}
   许可证编号：{c1}001U
   行业类别：包装装潢及其他印刷
   有效期限：2026年11月03日至2031年11月02日
2. 单位名称：杭州清泉水处理有限公司
   统一社会信用代码：{c2}
   许可证编号：{c2}001V
   行业类别：污水处理及其再生利用
   有效期限：2026年11月10日至2031年11月09日

如需查阅，可登录全国排污许可证管理信息平台公开端（http://permit.mee.gov.cn）。
联系电话：0571-87969020（杭州市生态环境局西湖分局）
""".format(c1=C3, c2=C5)
wtext("p22_排污许可公开.txt", t)
label("p22_排污许可公开.txt", "pass", [], [], "permit list: USCC and permit numbers built on them (USCC+001U)")

# p23 公文 with normal 版头, no marking; 公开方式 line
make_docx(os.path.join(OUT, "p23_公文_无密级.docx"), [
    ("c", "杭州市西湖区人民政府办公室文件"),
    ("c", "西政办发〔2026〕41号"),
    ("h", "杭州市西湖区人民政府办公室关于印发西湖区2027年民生实事项目实施方案的通知"),
    ("p", "各乡镇人民政府、街道办事处，区政府各部门、各直属单位："),
    ("p", "《西湖区2027年民生实事项目实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。"),
    ("p", "附件：西湖区2027年民生实事项目任务分解表"),
    ("r", "杭州市西湖区人民政府办公室"),
    ("r", "2026年12月1日"),
    ("p", "（此件公开发布）"),
    ("p", "抄送：区委各部门，区人大常委会办公室，区政协办公室。"),
    ("p", "杭州市西湖区人民政府办公室　　　　2026年12月1日印发"),
    ("t", [["序号", "项目名称", "牵头单位", "完成时限"], ["1", "新增婴幼儿托位 800 个", "区卫生健康局", "2027年12月"], ["2", "改造老旧小区 12 个", "区住房和城乡建设局", "2027年11月"], ["3", "新建城市书房 5 家", "区文化和广电旅游体育局", "2027年10月"]]),
], author="区政府办公室秘书科")
label("p23_公文_无密级.docx", "pass", [], [], "GB/T 9704 公文 with 发文字号 and 印发 line but no marking; （此件公开发布）")

# p24 candidates publicity -> Chromium PDF with table incl. 注册证书编号
body = """<p>杭州市西湖区转塘街道美丽城镇提升工程（二期）施工项目于2026年11月20日开标，经评标委员会评审，现将中标候选人公示如下：</p>
""" + table_html([["排名", "中标候选人", "统一社会信用代码", "投标报价（元）", "项目经理", "注册建造师证书编号", "工期（日历天）"],
                  ["第一", "浙江宏远建设集团有限公司", C5, "28,763,512.36", "俞某某", "浙1332015201612345", "365"],
                  ["第二", "杭州城建市政工程有限公司", C4, "28,941,006.80", "姚某某", "浙1332014201534567", "365"],
                  ["第三", "浙江之江交通建设有限公司", C1, "29,102,337.25", "潘某某", "浙1332016201798765", "360"]]) + """
<p>公示期：2026年11月23日至2026年11月25日。投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出。</p>
<p>招标人：杭州市西湖区转塘街道办事处　联系电话：0571-87091166</p>
<p>招标代理：浙江中诚工程咨询有限公司　联系电话：0571-85120678</p>
<p>监督部门：杭州市西湖区建设工程招标投标管理办公室　电话：0571-87969601</p>
"""
open(os.path.join(SRC, "p24.html"), "w").write(html("美丽城镇提升工程（二期）施工项目中标候选人公示", "招标投标", "转塘街道", body, day="21"))
CHROME_JOBS.append(("p24.html", "p24_中标候选人公示_chromium.pdf"))
label("p24_中标候选人公示_chromium.pdf", "pass", [], [], "Chromium PDF candidates table: USCC, amounts, 建造师证书编号 (浙+13 digits) and masked project managers")

# p25 tax policy interpretation text with 12366
t = """关于小规模纳税人减免增值税政策的解读

一、政策背景
为进一步支持小微企业发展，财政部、税务总局发布公告，对月销售额 10 万元以下（含本数）的增值税小规模纳税人，免征增值税。

二、主要内容
（一）小规模纳税人发生增值税应税销售行为，合计月销售额未超过 10 万元（以 1 个季度为 1 个纳税期的，季度销售额未超过 30 万元）的，免征增值税。
（二）适用 3% 征收率的应税销售收入，减按 1% 征收率征收增值税。
（三）执行期限：2023年1月1日至2027年12月31日。

三、举例说明
某小规模纳税人 2026 年第三季度销售货物取得不含税销售额 26.5 万元，未超过 30 万元，可享受免征增值税政策。

四、咨询渠道
纳税人可拨打 12366 纳税缴费服务热线咨询，或登录国家税务总局浙江省电子税务局（https://etax.zhejiang.chinatax.gov.cn）查询。
"""
wtext("p25_增值税政策解读.txt", t)
label("p25_增值税政策解读.txt", "pass", [], [], "tax explainer: percentages, amounts, 12366 hotline, public URL")

# p26 organisation account with UnionPay prefix, HTML (compensation to a company)
body = """<p>根据《杭州市西湖区国有土地上房屋征收与补偿实施办法》，现将转塘单元 C-07 地块非住宅房屋征收补偿款支付情况公示如下：</p>
""" + table_html([["序号", "被征收单位", "统一社会信用代码", "补偿金额（元）", "收款户名", "开户银行", "收款账号"],
                  ["1", "杭州转塘建材市场经营管理有限公司", C3, "12,865,300.00", "杭州转塘建材市场经营管理有限公司", "中国工商银行杭州之江支行", ORG_ACCT_62],
                  ["2", "杭州市西湖区转塘街道龙坞股份经济合作社", gen_uscc("N2", "330106"), "3,512,680.00", "杭州市西湖区转塘街道龙坞股份经济合作社", "杭州联合农村商业银行转塘支行", "201000" + "".join(str(R.randint(0,9)) for _ in range(15))]]) + """
<p>公示期限：2026年11月20日至11月29日。对公示内容有异议的，请在公示期内向区房屋征收管理办公室反映，电话：0571-87968877。</p>
"""
wtext("p26_征收补偿款支付公示_单位账户.html", html("转塘单元C-07地块非住宅房屋征收补偿款支付公示", "征收补偿", "西湖区征收办", body, day="20"))
label("p26_征收补偿款支付公示_单位账户.html", "pass", [], [], "compensation paid to organisations: 62-prefixed Luhn-valid 19-digit account whose 户名 is a company; README: holder not a person's name => organisation's account, published by design")

# p27 IDs with wrong check digits / impossible dates and masked ones (near miss)
bad1 = gen_id("330106", "19780615", valid=False)
bad2 = gen_id("330102", "19821304", "212")  # month 13: not a real date, check digit right
bad3 = gen_id("330127", "19690230", "155")  # 30 Feb
t = """西湖区2026年度“最美家庭”评选结果公示（更正）

2026年11月15日发布的《西湖区2026年度“最美家庭”评选结果公示》附表中，因系统导出错误，误将部分家庭户主的证件号码字段替换为内部登记序列码，现更正如下：
原登记序列码 {b1}、{b2}、{b3} 均为系统内部生成的登记序列，不对应任何证件；更正后附表不再列示证件信息。

更正后名单：
1. 转塘街道 金某某家庭
2. 留下街道 叶某某家庭
3. 三墩镇 施某某家庭

特此更正。
西湖区妇女联合会
2026年11月20日
联系电话：0571-87960815
""".format(b1=bad1, b2=bad2, b3=bad3)
wtext("p27_更正公告_登记序列码.txt", t)
label("p27_更正公告_登记序列码.txt", "pass", [], [], "18-digit 登记序列码 shaped like IDs but with a wrong check digit, month 13, 30 Feb: README requires valid check digit AND real birth date; no 身份证 keyword")

# p28 HTML page with CMS furniture: platform comments, hidden menu copy, display:none share widget
body = """<!--#include virtual="/inc/head_2026.shtml"-->
<!-- TRS:APPDOC 开始 -->
<div class="TRS_Editor">
<p>为保障冬季用电高峰期间全区供电安全稳定，区发展和改革局联合国网杭州市西湖区供电公司开展冬季迎峰度冬专项检查，共检查变电站 18 座、线路 362 条，发现并整改隐患 47 处。</p>
<p>检查组要求各单位压紧压实安全责任，做好应急抢修队伍、物资和车辆准备，确保群众温暖过冬。</p>
<p>用电报修请拨打 95598 供电服务热线。</p>
</div>
<!-- TRS:APPDOC 结束 -->
<div style="display:none" class="menu-copy"><a href="/col/col1/">首页</a><a href="/col/col2/">政务公开</a><a href="/col/col3/">政务服务</a><a href="/col/col4/">互动交流</a></div>
<div id="share" hidden><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>
<!-- END 正文 -->
"""
wtext("p28_迎峰度冬检查新闻.html", html("区发改局开展冬季迎峰度冬专项检查", "部门动态", "西湖区发改局", body, day="30"))
label("p28_迎峰度冬检查新闻.html", "pass", [], [], "news page with platform furniture: include/TRS marker comments, hidden menu copy, hidden share widget (README: not hidden_content), 95598 hotline")

# p29 XLSX statistics annual report with big numbers and percentages
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "主要指标"
ws.append(["2026年1—11月西湖区规模以上工业主要经济指标"]); ws.merge_cells("A1:E1")
ws.append(["单位：万元"])
ws.append(["指标名称", "本月", "1—11月累计", "同比增长（%）", "指标代码"])
for nm, a, b, g, code in [("工业总产值", 1356289, 14862317, 5.4, "A0101"), ("工业销售产值", 1329874, 14513206, 5.1, "A0102"), ("出口交货值", 186302, 1985731, -2.3, "A0103"), ("新产品产值", 612788, 6632015, 9.8, "A0104"), ("营业收入", 1502163, 16213987, 4.6, "A0201"), ("利润总额", 98631, 1063524, 7.2, "A0202")]:
    ws.append([nm, a, b, g, code])
ws.append(["注：统计范围为年主营业务收入 2000 万元及以上的工业法人单位。数据咨询：0571-87962231"])
wb.save(os.path.join(OUT, "p29_规上工业指标.xlsx"))
label("p29_规上工业指标.xlsx", "pass", [], [], "statistics workbook: 7-8 digit figures in 万元, percentages, indicator codes")

# p30 explainer with placeholder marking form in a table (info) and 商业秘密
t = """| 标志形式 | 适用情形 |
|---|---|
| 绝密★（期限） | 绝密级国家秘密，期限以年或月计 |
| 机密★（期限） | 机密级国家秘密 |
| 秘密★（期限） | 秘密级国家秘密 |
"""
md = """# 政府信息公开中商业秘密与国家秘密的区分（问答）

**问：行政机关公开政府信息时，涉及商业秘密怎么处理？**

答：依据《政府信息公开条例》第十五条，涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。但是，第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的，予以公开。

**问：国家秘密标志有哪几种形式？**

答：按照有关规定，国家秘密标志有以下形式（表中“期限”为占位，实际标注时填写具体期限）：

""" + t + """
**问：如何判断一份文件能否上网？**

答：坚持“上网不涉密、涉密不上网”原则，发布前由承办处室初审、保密审查员复审，不能确定的报保密行政管理部门确定。
"""
wtext("p30_商业秘密与国家秘密问答.md", md)
label("p30_商业秘密与国家秘密问答.md", "pass", [], [], "Markdown Q&A with a table of marking forms whose period is the placeholder （期限） (README: info in a table); 商业秘密 is allow-listed")

# ================================================================ BLOCK / REVIEW FILES
# b01 公文 DOCX with 份号 + marking + urgency in the 版头
make_docx(os.path.join(OUT, "b01_公文_机密版头.docx"), [
    ("p", "000132"),
    ("p", "机密★5年"),
    ("p", "特急"),
    ("c", "杭州市西湖区人民政府办公室文件"),
    ("c", "西政办发〔2026〕44号"),
    ("h", "关于做好重要目标安全防护工作的通知"),
    ("p", "各乡镇人民政府、街道办事处，区政府有关部门："),
    ("p", "为切实做好重要目标安全防护工作，现将有关事项通知如下：一、各单位要严格落实安全防护责任；二、要加强值班值守，确保信息畅通。"),
    ("r", "杭州市西湖区人民政府办公室"),
    ("r", "2026年12月3日"),
], author="区政府办公室")
label("b01_公文_机密版头.docx", "block", ["classified_marking"], [], "公文 with 份号, 机密★5年 and 特急 in the 版头 (GB/T 9704 position): marking, block")

# b02 marking in page header -> LibreOffice PDF
make_docx(os.path.join(SRC, "b02.docx"), [
    ("h", "关于2027年度全区维稳工作经费安排的报告"),
    ("p", "区委、区政府："),
    ("p", "根据年度工作安排，现将2027年度全区相关工作经费安排情况报告如下：全年安排经费 1,862 万元，其中设备购置 420 万元、信息化建设 635 万元、日常运行 807 万元。"),
    ("p", "妥否，请批示。"),
    ("r", "杭州市西湖区财政局"),
    ("r", "2026年11月28日"),
], header="秘密", author="区财政局")
LO_JOBS.append(("b02.docx", "b02_页眉秘密_lo.pdf"))
label("b02_页眉秘密_lo.pdf", "block", ["classified_marking"], [], "LibreOffice PDF whose page header is the bare level 秘密 (README: a bare 秘密 in a page header is a marking)")

# b03 first line level + period label, no star
t = """秘密 保密期限：1年
杭州市西湖区国家安全人民防线工作领导小组办公室
关于2026年度重点单位反间谍安全防范检查情况的通报

各成员单位：
2026年10月至11月，区领导小组办公室对全区 23 家重点单位开展了反间谍安全防范专项检查，现将检查情况通报如下……
"""
wtext("b03_首行密级无星.txt", t)
label("b03_首行密级无星.txt", "block", ["classified_marking"], [], "first line 秘密 保密期限：1年 without a star (README: a level with its period as a label on the first line is a marking)")

# b04 HTML with marking at top of article
body = """<p style="text-align:left">秘密★1年</p>
<p style="text-align:left">特急</p>
<p>各乡镇（街道）：</p>
<p>根据上级部署，定于2026年12月中旬开展重点人员排查管控专项行动，请各地按照附件要求于12月12日前完成摸排工作。</p>
<div class="fj"><p>附件：<a href="/attach/2026/12/pc.xlsx">排查名单模板.xlsx</a></p></div>
"""
wtext("b04_秘密星网页.html", html("关于开展重点人员排查管控专项行动的通知", "通知公告", "西湖区综治办", body, day="04"))
label("b04_秘密星网页.html", "block", ["classified_marking"], [], "CMS page whose article begins with 秘密★1年: marking, block")

# b05 subsidy XLSX with full IDs and cards
raw = []
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "发放明细"
ws.append(["2026年度困难残疾人生活补贴发放名单（第四季度）"]); ws.merge_cells("A1:G1")
ws.append(["序号", "姓名", "身份证号码", "残疾类别", "银行卡号", "发放金额（元）", "所在社区"])
for i in range(1, 7):
    ida = gen_id(R.choice(["330106", "330127", "330110"]), "19%d%02d%02d" % (R.randint(40, 90), R.randint(1, 12), R.randint(1, 28)))
    card = gen_card(R.choice(["621700", "622848", "623091"]), 19)
    raw += [ida, card]
    ws.append([i, R.choice(["陈", "吴", "朱", "郑"]) + R.choice(["建华", "秀英", "国平", "美娟", "志强", "丽萍"]), ida, R.choice(["肢体", "视力", "听力", "智力"]), card, 1440, R.choice(["龙坞社区", "袁浦村", "绕城村"])])
wb.save(os.path.join(OUT, "b05_残疾人补贴名单_全号.xlsx"))
label("b05_残疾人补贴名单_全号.xlsx", "block", ["id_card", "bank_card"], raw, "subsidy list with full valid IDs and full 62-prefixed Luhn-valid bank cards under 银行卡号: block")

# b06 CSV: mostly masked, one full ID left in, one wrong-check ID
raw = []
rows = ["序号,姓名,身份证号,补贴项目,金额（元）"]
full = gen_id("330106", "19560819")
bad = gen_id("330106", "19610302", valid=False)
raw.append(full)
vals = [mask_id(gen_id("330106", "19500101")), full, mask_id(gen_id("330127", "19480712")), bad, mask_id(gen_id("330110", "19520925"))]
for i, v in enumerate(vals):
    rows.append("%d,%s,%s,高龄津贴,1200" % (i + 1, ["王某某", "李某某", "赵某某", "孙某某", "周某某"][i], v))
wtext("b06_高龄津贴名单.csv", "\n".join(rows) + "\n")
label("b06_高龄津贴名单.csv", "block", ["id_card"], raw, "CSV of allowances: IDs masked except one full valid ID (block); a wrong-check-digit ID in row 4 must not count")

# b07 proposed hires DOCX with one unmasked ID
raw = []
rows = [["序号", "姓名", "报考职位", "准考证号", "身份证号", "总成绩"]]
for i, nm in enumerate(["骆明哲", "邵雨桐", "夏子墨"]):
    ida = gen_id(R.choice(["330106", "330521"]), "199%d%02d%02d" % (R.randint(4, 9), R.randint(1, 12), R.randint(1, 28)))
    shown = ida if i == 1 else mask_id(ida)
    if i == 1: raw.append(ida)
    rows.append([str(i + 1), nm, "区司法局综合执法岗", "1033010%04d" % (R.randint(1000, 9999)), shown, "%.2f" % R.uniform(70, 80)])
make_docx(os.path.join(OUT, "b07_拟录用公务员公示_漏脱敏.docx"), [
    ("h", "杭州市西湖区2026年考试录用公务员拟录用人员公示"),
    ("p", "根据公务员录用有关规定，经笔试、面试、体检和考察，确定以下人员为拟录用人员，现予以公示。"),
    ("t", rows),
    ("p", "公示时间：2026年11月24日至11月30日。监督电话：0571-87961368。"),
], author="区委组织部公务员管理科")
label("b07_拟录用公务员公示_漏脱敏.docx", "block", ["id_card"], raw, "proposed civil-servant hires: one ID in the 身份证号 column left unmasked (others 6+4): block")

# b08 proposed hires HTML with contact mobiles column
raw = []
rows = [["序号", "姓名", "岗位", "毕业院校", "联系电话"]]
for i, nm in enumerate(["章一鸣", "顾清扬", "楼思远", "俞可欣"]):
    m = gen_mobile(); raw.append(m)
    rows.append([str(i + 1), nm, "社区专职工作者", R.choice(["浙江树人学院", "浙江传媒学院", "浙江科技大学"]), m])
body = "<p>经笔试、面试、体检，现将2026年社区专职工作者拟聘用人员名单公示如下：</p>" + table_html(rows) + "<p>公示期 5 个工作日。监督电话：0571-87960123。</p>"
wtext("b08_社工拟聘用_手机号.html", html("2026年西湖区社区专职工作者拟聘用人员公示", "人事信息", "西湖区民政局", body, day="22"))
label("b08_社工拟聘用_手机号.html", "review", ["mobile_phone"], raw, "hire list with a 联系电话 column of personal mobiles: review")

# b09 meeting notice DOCX with staff mobile left in
m1 = gen_mobile(); m2 = gen_mobile()
make_docx(os.path.join(OUT, "b09_会议通知_联系人手机.docx"), [
    ("h", "关于召开全区农村集体“三资”管理工作培训会的通知"),
    ("p", "各镇（街道）农业农村办："),
    ("p", "定于2026年12月11日上午9:00在区行政中心 2 号楼 301 会议室召开全区农村集体“三资”管理工作培训会，请各单位分管负责人和会计代理中心负责人参加。"),
    ("p", "联系人：区农业农村局 叶晓峰，电话：0571-87962760，手机：%s；区财政局 俞建明，手机 %s %s %s。" % (m1, m2[:3], m2[3:7], m2[7:])),
    ("r", "杭州市西湖区农业农村局"),
    ("r", "2026年12月5日"),
], author="区农业农村局")
label("b09_会议通知_联系人手机.docx", "review", ["mobile_phone"], [m1, m2], "meeting notice with staff mobiles (one grouped 3-4-4) after 手机 labels: review")

# b10 intranet URL in HTML notice
body = """<p>各乡镇（街道）、区级各部门：</p>
<p>根据省市统一部署，2026年度政府网站和政务新媒体自查工作即日启动。请各单位于12月15日前登录政务外网信息报送系统（http://10.32.5.18:8080/xxbs/login.jsp）填报自查情况，并将盖章扫描件上传至系统“附件”栏目。</p>
<p>技术支持：区数据资源管理局，电话 0571-87961234。</p>
"""
wtext("b10_网站自查通知_内网地址.html", html("关于开展2026年度政府网站和政务新媒体自查工作的通知", "通知公告", "西湖区政府办", body, day="07"))
label("b10_网站自查通知_内网地址.html", "review", ["internal_address"], [], "notice that publishes an intranet reporting system URL on a 10.x address: internal_address, review")

# b11 UNC path + private IP in text
t = """关于报送2026年度部门决算报表的通知

区级各预算单位：
请于2027年1月20日前完成2026年度部门决算报表编制，报表模板可从共享目录 \\\\192.168.20.15\\czj_share\\决算2026\\模板 下载，编制完成后通过财政一体化系统（https://czyth.zj.gov.cn）报送。
联系电话：0571-87965520
"""
wtext("b11_决算通知_共享目录.txt", t)
label("b11_决算通知_共享目录.txt", "review", ["internal_address"], [], "notice with a UNC path on a 192.168 host: internal_address, review")

# b12 penalty on a natural person with full ID -> Chromium PDF
raw = []
idp = gen_id("330106", "19880423"); raw.append(idp)
body = """<p class="info">杭西综执罚决字〔2026〕第0731号</p>
<p>当事人：冯建军　性别：男　身份证号：%s</p>
<p>住址：浙江省杭州市西湖区留下街道杨家牌楼 56 号</p>
<p>经查，当事人于2026年9月12日在杭州市西湖区留下街道东穆坞村擅自搭建建筑物，面积 42.6 平方米，未取得建设工程规划许可证。违反了《中华人民共和国城乡规划法》第四十条第一款的规定。</p>
<p>依据《中华人民共和国城乡规划法》第六十四条的规定，决定对当事人作出如下行政处罚：限期十五日内自行拆除违法建筑物。</p>
<p>如不服本决定，可在收到本决定书之日起六十日内向杭州市西湖区人民政府申请行政复议，或者在六个月内向杭州市西湖区人民法院提起行政诉讼。</p>
<p style="text-align:right">杭州市西湖区综合行政执法局<br>2026年10月9日</p>
""" % idp
open(os.path.join(SRC, "b12.html"), "w").write(html("行政处罚决定书（冯建军）", "行政处罚", "西湖区综合执法局", body, day="10"))
CHROME_JOBS.append(("b12.html", "b12_行政处罚_自然人全号_chromium.pdf"))
label("b12_行政处罚_自然人全号_chromium.pdf", "block", ["id_card"], raw, "Chromium PDF penalty on a natural person with full valid ID after 身份证号: block")

# b13 licence publicity of individuals XLSX with mobile column
raw = []
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "许可公示"
ws.append(["许可证号", "经营者姓名", "经营场所", "经营项目", "联系电话", "发证日期"])
for i in range(4):
    m = gen_mobile(); raw.append(m)
    ws.append(["JY2330106%07d" % R.randint(1000000, 9999999), R.choice(["丁", "蒋", "沈", "韩"]) + R.choice(["卫东", "小燕", "海军", "春梅"]), "西湖区三墩镇 %d 号" % R.randint(1, 300), "预包装食品销售", m, "2026-11-%02d" % (i + 3)])
wb.save(os.path.join(OUT, "b13_个体食品经营许可_手机.xlsx"))
label("b13_个体食品经营许可_手机.xlsx", "review", ["mobile_phone"], raw, "licences of individual operators with their mobiles in a 联系电话 column: review")

# b14 工作秘密 label DOCX
make_docx(os.path.join(OUT, "b14_工作秘密标注.docx"), [
    ("p", "本材料属工作秘密，严禁上网"),
    ("h", "关于2027年度区级部门预算“二上”审核情况的汇报"),
    ("p", "区政府："),
    ("p", "按照预算编制工作安排，区财政局已完成2027年度区级部门预算“二上”审核工作，现将有关情况汇报如下：各部门“二上”预算合计 86.42 亿元，较“一上”核减 7.15 亿元。"),
    ("r", "杭州市西湖区财政局"),
    ("r", "2026年12月2日"),
], author="区财政局预算科")
label("b14_工作秘密标注.docx", "review", ["sensitive_term"], [], "report headed 本材料属工作秘密，严禁上网 (declared of the text): sensitive_term, review")

# b15 此件不公开 in a text 公文
t = """杭州市西湖区人民政府办公室
关于调整区领导分工的通知

各乡镇人民政府、街道办事处，区政府各部门：
因工作变动，经区政府研究，对区政府领导分工作如下调整……

杭州市西湖区人民政府办公室
2026年11月30日
（此件不公开）
"""
wtext("b15_此件不公开.txt", t)
label("b15_此件不公开.txt", "review", ["sensitive_term"], [], "公文 with （此件不公开）in its brackets: sensitive_term label (README), review")

# b16 hidden text in DOCX
make_docx(os.path.join(OUT, "b16_处罚决定_隐藏文字.docx"), [
    ("h", "行政处罚决定书"),
    ("p", "当事人：杭州鸿达建材有限公司　统一社会信用代码：" + C4),
    ("hidden", "经查，当事人在建筑工地未采取扬尘防治措施，违反《中华人民共和国大气污染防治法》第六十九条规定，决定罚款人民币 30,000 元。", "（内部掌握：该企业法人系区人大代表，经请示分管领导，按下限处罚，请勿外传）"),
    ("r", "杭州市西湖区综合行政执法局　2026年11月6日"),
], author="区综合执法局法制科")
label("b16_处罚决定_隐藏文字.docx", "review", ["hidden_content"], [], "company penalty decision with a hidden-text internal note (w:vanish): hidden_content, review")

# b17 tracked deletion in DOCX containing a staff mobile
mdel = gen_mobile()
p = os.path.join(OUT, "b17_通知_修订痕迹.docx")
make_docx(p, [
    ("h", "关于做好2026年冬季供暖保障工作的通知"),
    ("p", "各街道、各相关单位：请切实做好冬季供暖保障工作，确保辖区群众温暖过冬。"),
    ("p", "联系电话：0571-87969880"),
], author="区住建局")
docx_add_deletion(p, "联系电话：0571-87969880", "（值班领导周某 手机%s）" % mdel)
label("b17_通知_修订痕迹.docx", "review", ["hidden_content", "mobile_phone"], [mdel], "notice with a tracked deletion holding a duty officer's mobile: hidden_content + mobile, review")

# b18 XLSX hidden sheet with full IDs; visible sheet masked
raw = []
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "公示"
ws.append(["序号", "姓名", "身份证号", "补助类别", "金额（元）"])
ws2 = wb.create_sheet("原始数据"); ws2.append(["姓名", "身份证号", "联系电话", "开户行", "银行卡号"])
for i, nm in enumerate(["钱某某", "孔某某", "曹某某", "严某某"]):
    ida = gen_id("330106", "19%d%02d%02d" % (R.randint(45, 80), R.randint(1, 12), R.randint(1, 28)))
    m = gen_mobile(); card = gen_card("621700", 19)
    raw += [ida, m, card]
    ws.append([i + 1, nm, mask_id(ida), "临时救助", 3000])
    ws2.append([nm.replace("某某", R.choice(["卫国", "金凤", "永康", "雪梅"])), ida, m, "建设银行西湖支行", card])
ws2.sheet_state = "hidden"
wb.save(os.path.join(OUT, "b18_临时救助公示_隐藏工作表.xlsx"))
label("b18_临时救助公示_隐藏工作表.xlsx", "block", ["id_card", "bank_card", "mobile_phone", "hidden_content"], raw, "masked visible list, but a hidden sheet 原始数据 with full IDs, mobiles, cards: block")

# b19 HTML comment with a note and a mobile
mc = gen_mobile()
body = """<p>经评审，杭州青禾景观工程有限公司为西湖区北山街沿线绿化提升工程的中标单位，中标金额 2,186,420.00 元。</p>
<!-- 待核实：中标单位项目负责人手机%s，与投标文件不一致，发布前请与代理机构确认 -->
<p>公告期限：1 个工作日。联系电话：0571-87968520。</p>
""" % mc
wtext("b19_中标公告_注释.html", html("北山街沿线绿化提升工程中标公告", "采购公告", "西湖区园林局", body, day="15"))
label("b19_中标公告_注释.html", "review", ["hidden_content", "mobile_phone"], [mc], "award page with an editor's HTML comment (a note with a mobile): hidden_content + mobile_phone, review")

# b20 passport numbers in outbound-visit publicity
pp1 = "E%08d" % R.randint(10000000, 99999999); pp2 = "E%08d" % R.randint(10000000, 99999999)
t = """因公临时出国（境）任务公示

根据有关规定，现将杭州市西湖区经贸代表团赴新加坡开展招商推介任务公示如下：
一、出访任务：参加2027年新加坡—浙江经贸合作推介会
二、出访时间：2027年1月10日至1月14日（共 5 天）
三、团组人员：
1. 叶志明　区商务局局长　护照号码：{p1}
2. 蒋丽华　区投资促进局副局长　护照号码：{p2}
四、经费来源：区商务局部门预算
公示期：2026年12月5日至12月11日。如有异议请与区外办联系，电话：0571-87960712。
""".format(p1=pp1, p2=pp2)
wtext("b20_出国任务公示_护照号.txt", t)
label("b20_出国任务公示_护照号.txt", "review", ["passport"], [pp1, pp2], "outbound visit publicity with 护照号码 E+8 digits after the keyword: passport, review")

# b21 license plates in HTML penalty list
plates = ["浙A%s" % "".join(R.choice("0123456789") for _ in range(5)), "浙AD%s" % "".join(R.choice("0123456789") for _ in range(5)), "浙A%s%s" % (R.choice("BCEFGHJKLMNPQRSTUVWXYZ"), "".join(R.choice("0123456789") for _ in range(4)))]
body = "<p>以下机动车在西湖景区禁停路段违法停车，经电话和短信告知后仍未接受处理，现予以公告：</p>" + table_html([["序号", "号牌号码", "号牌种类", "违法时间", "违法地点"]] + [[str(i + 1), p, "小型汽车" if "D" not in p else "新能源小型汽车", "2026-10-%02d 14:%02d" % (i + 3, i * 7 + 5), "北山街"] for i, p in enumerate(plates)]) + "<p>请车辆所有人自公告之日起 15 日内到西湖交警大队接受处理。</p>"
wtext("b21_违停公告_车牌.html", html("关于催告机动车违法停车当事人接受处理的公告", "通知公告", "西湖交警大队", body, day="11"))
label("b21_违停公告_车牌.html", "review", ["license_plate"], plates, "traffic notice listing full plates incl. a new-energy plate: license_plate, review")

# b22 compensation to natural persons' accounts DOCX (户名 is a person)
raw = []
rows = [["序号", "被征收人", "补偿金额（元）", "户名", "开户银行", "账号"]]
for i, nm in enumerate(["沈国强", "陆美芳"]):
    a = gen_card(R.choice(["622202", "621226"]), 19); raw.append(a)
    rows.append([str(i + 1), nm, "%s" % format(R.randint(800000, 2500000), ","), nm, "中国工商银行杭州之江支行", a])
make_docx(os.path.join(OUT, "b22_征收补偿款_个人账户.docx"), [
    ("h", "转塘单元C-07地块住宅房屋征收补偿款支付公示"),
    ("p", "现将住宅房屋征收补偿款支付情况公示如下："),
    ("t", rows),
    ("p", "联系电话：0571-87968877"),
], author="区征收办")
label("b22_征收补偿款_个人账户.docx", "block", ["bank_card"], raw, "compensation to persons: 户名 is a person's name, so the Luhn-valid 62-prefixed account is a card (README 户名 rule): block")

# b23 ReportLab PDF with 绝密 marking on top
rl_pdf(os.path.join(OUT, "b23_绝密_reportlab.pdf"), [
    "#关于重要军事设施周边建设项目审查情况的报告",
    "区委、区政府：",
    "现将2026年度重要设施周边建设项目审查情况报告如下：全年共审查建设项目 37 个，",
    "其中同意 31 个、不同意 4 个、暂缓 2 个。",
    "                                    杭州市西湖区国防动员办公室",
    "                                    2026年11月18日",
], top="绝密★长期")
label("b23_绝密_reportlab.pdf", "block", ["classified_marking"], [], "ReportLab PDF with 绝密★长期 on its first line: block")

# b24 statistics bulletin with staff grouped mobile -> LibreOffice PDF
ms = gen_mobile()
make_docx(os.path.join(SRC, "b24.docx"), [
    ("h", "2026年1—10月西湖区服务业运行情况"),
    ("p", "1—10月，全区规模以上服务业企业实现营业收入 2468.35 亿元，同比增长 7.9%，增速比1—9月提高 0.3 个百分点。其中，信息传输、软件和信息技术服务业营业收入 1735.62 亿元，增长 9.6%。"),
    ("p", "十大行业中，8 个行业营业收入保持正增长。规模以上服务业企业实现营业利润 312.48 亿元，增长 12.1%。"),
    ("p", "数据来源：杭州市西湖区统计局。联系人：服务业统计科 蔡国良　手机：%s %s %s" % (ms[:3], ms[3:7], ms[7:])),
], author="区统计局")
LO_JOBS.append(("b24.docx", "b24_服务业运行_手机_lo.pdf"))
label("b24_服务业运行_手机_lo.pdf", "review", ["mobile_phone"], [ms], "LibreOffice PDF statistics release whose contact line has a grouped staff mobile after 手机: review")

# b25 XLSX award table with cell comment holding a full ID
idc = gen_id("330102", "19790611")
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "中标结果"
ws.append(["项目编号", "项目名称", "中标供应商", "统一社会信用代码", "中标金额（元）"])
ws.append(["XHCG-2026-0233", "区档案馆数字化加工服务", "杭州典藏数字科技有限公司", C2, 1263000])
ws["C2"].comment = Comment("法人代表 邵建新 身份证号 %s，已核验" % idc, "采购科")
wb.save(os.path.join(OUT, "b25_中标结果_批注身份证.xlsx"))
label("b25_中标结果_批注身份证.xlsx", "block", ["id_card", "hidden_content"], [idc], "award sheet with a cell comment holding a legal rep's full ID: comment (hidden_content) + id_card block")

# b26 legacy 15-digit ID next to 身份证
leg = "330106" + "720513" + "217"
t = """关于注销部分个体工商户营业执照的公告

下列个体工商户已连续两年未报送年度报告，依据《促进个体工商户发展条例》，现予以公告：
1. 字号：西湖区老周五金店　经营者：周国庆　身份证：%s　经营场所：西湖区蒋村街道 12 号
2. 字号：西湖区阿芳水果店　经营者：葛某某　经营场所：西湖区文新街道 8 号

杭州市西湖区市场监督管理局
2026年11月27日
""" % leg
wtext("b26_个体户注销_15位身份证.txt", t)
label("b26_个体户注销_15位身份证.txt", "block", ["id_card"], [leg], "15-digit legacy ID right after 身份证 (README: legacy IDs next to 身份证): block")

# b27 hidden HTML element (display:none) holding a note
body = """<p>为加强燃气安全管理，区城市管理局将于2026年12月对全区餐饮场所开展燃气安全专项检查。</p>
<div style="display:none">检查名单中的杭州某餐饮公司系区领导亲属经营，检查时注意方式方法，不对外通报。</div>
<p>咨询电话：0571-87968100。</p>
"""
wtext("b27_燃气检查_隐藏备注.html", html("关于开展餐饮场所燃气安全专项检查的通告", "通知公告", "西湖区城管局", body, day="01"))
label("b27_燃气检查_隐藏备注.html", "review", ["hidden_content"], [], "page with a display:none note (a sentence): hidden_content, review")

# b28 内部资料 注意保存 in header -> Chromium PDF
body = """<p style="text-align:left;font-weight:bold">内部资料　注意保存</p>
<p>2026年第三季度，全区信访总量 1,286 件次，同比下降 6.2%。其中来信 214 件、来访 386 批次、网上信访 686 件。</p>
<p>从反映问题看，城乡建设类占 31.5%，劳动社保类占 18.2%，农村农业类占 9.6%。</p>
"""
open(os.path.join(SRC, "b28.html"), "w").write(html("2026年第三季度信访形势分析", "工作动态", "西湖区信访局", body, day="12"))
CHROME_JOBS.append(("b28.html", "b28_信访形势_内部资料_chromium.pdf"))
label("b28_信访形势_内部资料_chromium.pdf", "review", ["sensitive_term"], [], "Chromium PDF headed 内部资料 注意保存 (a standalone label): sensitive_term, review")

# b29 full marking quoted inside a sentence (README: goes to a human)
t = """保密工作知识问答（第三期）

问：公文的密级标注在哪里？
答：按照GB/T 9704，公文如需标注密级和保密期限，顶格编排在版心左上角第二行，例如本单位去年印发的一份通报就标注为机密★10年并按规定管理。

问：上网信息如何审查？
答：坚持先审查后公开。
"""
wtext("b29_问答_句中完整密级.txt", t)
label("b29_问答_句中完整密级.txt", "review", ["classified_marking"], [], "quiz text with a full marking 机密★10年 inside a sentence: README says a full marking inside a sentence goes to a human (review)")

# b30 XLSX print header marking
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "名单"
ws.oddHeader.center.text = "秘密★1年"
ws.append(["序号", "单位", "人数", "备注"])
for i, u in enumerate(["区公安分局", "区武装部", "区应急管理局"]):
    ws.append([i + 1, u, R.randint(10, 60), ""])
wb.save(os.path.join(OUT, "b30_保障人员统计_页眉密级.xlsx"))
label("b30_保障人员统计_页眉密级.xlsx", "block", ["classified_marking"], [], "sheet whose print header is 秘密★1年 (README: &C秘密★1年 is a header marking): block")

# b31 subsidy CSV with full bank card under 卡号 (non-62 prefix) and masked IDs
raw = []
rows = ["序号,姓名,身份证号,开户银行,卡号,金额（元）"]
for i, nm in enumerate(["毛某某", "包某某", "华某某"]):
    card = gen_card(R.choice(["436742", "622848"]) if i != 1 else "436742", 19 if i != 1 else 16)
    raw.append(card)
    rows.append("%d,%s,%s,%s,%s,2000" % (i + 1, nm, mask_id(gen_id("330106", "19700101")), "中国建设银行" if i != 2 else "中国农业银行", card))
wtext("b31_农机补贴_卡号.csv", "\n".join(rows) + "\n", enc="gb18030")
label("b31_农机补贴_卡号.csv", "block", ["bank_card"], raw, "GB18030 CSV of farm-machinery subsidies: masked IDs but full Luhn-valid cards under 卡号 (incl. a 16-digit 436742 card): block")

# b32 mobile in a 补贴 HTML list + masked IDs (review only)
raw = []
rows = [["序号", "申请人", "身份证号", "联系方式", "补贴金额（元）"]]
for i, nm in enumerate(["应某某", "柴某某", "项某某"]):
    m = gen_mobile(); raw.append(m)
    rows.append([str(i + 1), nm, mask_id(gen_id("330110", "19750505")), m, "5,000"])
body = "<p>2026年度家庭农场补贴拟发放对象公示如下：</p>" + table_html(rows) + "<p>监督电话：0571-87962760</p>"
wtext("b32_家庭农场补贴_手机.html", html("2026年度家庭农场补贴拟发放对象公示", "公示公告", "西湖区农业农村局", body, day="09"))
label("b32_家庭农场补贴_手机.html", "review", ["mobile_phone"], raw, "subsidy list with masked IDs but full mobiles in 联系方式 column: review")

json.dump(LABELS, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
json.dump({"lo": LO_JOBS, "chrome": CHROME_JOBS}, open(os.path.join(SRC, "jobs.json"), "w"), ensure_ascii=False)
print(len(LABELS), "labels;", sum(1 for l in LABELS if l["expect_verdict"] == "pass"), "pass")
