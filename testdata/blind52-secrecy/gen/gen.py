#!/usr/bin/env python3
"""Generator of the blind52-secrecy corpus (precision and recall around secrecy words).

    python3 gen/gen.py [OUTDIR]      # default: the folder above gen/

Writes every document, labels.json and README.md.  Needs python-docx, openpyxl,
ReportLab and Pillow (Debian's python3-docx, python3-openpyxl, python3-reportlab,
python3-pil; the script re-runs itself under /usr/bin/python3 when the current
interpreter lacks them), node with the npm packages docx, exceljs, pdfkit, pdf-lib
and @pdf-lib/fontkit (installed into /tmp/npmgen when missing), LibreOffice
(soffice) and Chromium.  Every name, ID, mobile and account is invented.
"""
import os
import sys

try:
    import docx  # noqa: F401
    import openpyxl  # noqa: F401
    import reportlab  # noqa: F401
    import PIL  # noqa: F401
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

import json
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
os.makedirs(OUT, exist_ok=True)
LABELS = []
random.seed(52)

NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


# ---------------------------------------------------------------- values
def gb11643(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def luhn_complete(prefix):
    digits = [int(c) for c in prefix]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return prefix + str((10 - s % 10) % 10)


def uscc_complete(p17):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(chars.index(c) * wi for c, wi in zip(p17, w))
    return p17 + chars[(31 - s % 31) % 31]


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


ID_WANG = gb11643("330106", "19850712", 43)      # b28 保密员任命（未脱敏）
ID_LIU = gb11643("510104", "19780905", 112)      # b30 混合
ID_MASKED_SRC = gb11643("320102", "19881130", 51)  # p25 only ever written masked
MOB_WANG = "13957112486"
MOB_ZHOU = "15158826913"
MOB_LIU = "18867134520"
USCC_SUPPLIER = uscc_complete("91330402MA2JK7P3Q")
ACCOUNT_CENTER = luhn_complete("120402110900318665")   # an organisation's account (户名 is a 中心)


def label(name, verdict, cats, raw=(), note=""):
    LABELS.append({"file": name, "expect_verdict": verdict, "expect_categories": list(cats),
                   "raw_values": list(raw), "note": note})


def path(name):
    return os.path.join(OUT, name)


def write_text(name, text, enc="utf-8"):
    with open(path(name), "wb") as f:
        f.write(text.encode(enc))


# ---------------------------------------------------------------- html shell
def cms_page(title, body_html, site="××市人民政府门户网站", column="工作动态", cid=3107):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_{site}</title>
<meta name="ArticleTitle" content="{title}">
<meta name="ColumnName" content="{column}">
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;color:#333}}
.top{{background:#b71c1c;color:#fff;padding:12px 40px;font-size:22px}}
.nav a{{margin-right:18px;color:#333;text-decoration:none}}
.nav{{padding:8px 40px;border-bottom:1px solid #ddd}}
.article{{width:900px;margin:20px auto;line-height:1.9;font-size:16px}}
.article h1{{text-align:center;font-size:24px}}
.meta{{text-align:center;color:#888;font-size:13px}}
.foot{{border-top:3px solid #b71c1c;padding:14px 40px;font-size:13px;color:#666}}
table.t{{border-collapse:collapse}} table.t td, table.t th{{border:1px solid #999;padding:4px 10px}}
</style>
</head>
<body>
<!-- 栏目：{column} id={cid} -->
<div class="top">{site}</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwdt/">政务动态</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div>
<div class="article">
<h1>{title}</h1>
{body_html}
</div>
<div class="foot">主办单位：{site.replace('门户网站', '办公室')}　地址：××市中山路88号　联系电话：0573-82171234<br>
网站标识码：3304000012　浙ICP备05011234号</div>
</body>
</html>
"""


def paras(text):
    return "\n".join(f"<p>{line}</p>" for line in text.strip().split("\n") if line.strip())


# ---------------------------------------------------------------- docx helpers
def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "宋体")
    d.core_properties.author = "办公室"
    return d


def add_lines(d, text, center_first=False):
    for i, line in enumerate(text.strip().split("\n")):
        p = d.add_paragraph(line)
        if center_first and i == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- PDF (ReportLab)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def rl_lines(c, lines, x, y, size=12, lead=20, font="STSong-Light", width_chars=38):
    c.setFont(font, size)
    for line in lines:
        while line:
            chunk, line = line[:width_chars], line[width_chars:]
            c.drawString(x, y, chunk)
            y -= lead
    return y


# ---------------------------------------------------------------- scans (PIL)
def font(pathname, size, index=2):
    # NotoSansCJK ttc: index 2 is SC
    return ImageFont.truetype(pathname, size, index=index)


def render_page(lines, dpi=200, noise=True):
    """lines: list of (text, size_pt, fontpath, color, align) ; returns an RGB image of an A4 page."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("RGB", (W, H), (250, 250, 247))
    dr = ImageDraw.Draw(img)
    left, right = int(1.1 * dpi), W - int(1.0 * dpi)
    y = int(1.2 * dpi)
    for text, pt, fp, color, align in lines:
        if text == "":
            y += int(pt * dpi / 72 * 0.8)
            continue
        px = int(pt * dpi / 72)
        f = font(fp, px)
        # wrap by width
        rows, cur = [], ""
        for ch in text:
            if dr.textlength(cur + ch, font=f) > right - left:
                rows.append(cur)
                cur = ch
            else:
                cur += ch
        rows.append(cur)
        for r in rows:
            w = dr.textlength(r, font=f)
            x = left if align == "l" else (W - w) / 2 if align == "c" else right - w
            dr.text((x, y), r, font=f, fill=color)
            y += int(px * 1.55)
    if noise:
        px = img.load()
        rnd = random.Random(len(lines))
        for _ in range(W * H // 400):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            g = rnd.randrange(150, 230)
            px[xx, yy] = (g, g, g)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def red_stamp(img, cx, cy, r, text="收文", sub="××县人民政府办公室"):
    ov = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(ov)
    red = (205, 30, 35, 190)
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(6, r // 18))
    f = font(NOTO_SANS_BOLD, r // 3)
    w = dr.textlength(text, font=f)
    dr.text((cx - w / 2, cy - r // 5), text, font=f, fill=red)
    f2 = font(NOTO_SANS, r // 6)
    w2 = dr.textlength(sub, font=f2)
    dr.text((cx - w2 / 2, cy - r // 2 - 10), sub, font=f2, fill=red)
    dr.text((cx - r // 2, cy + r // 3), "2026.04.09", font=font(NOTO_SANS, r // 6), fill=red)
    base = img.convert("RGBA")
    return Image.alpha_composite(base, ov).convert("RGB")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    if r.returncode != 0:
        sys.stderr.write(f"command failed: {cmd}\n{r.stdout}\n{r.stderr}\n")
        raise SystemExit(1)
    return r


TMP = tempfile.mkdtemp(prefix="blind52gen-")


def soffice(src, fmt, outname, infilter=None):
    prof = os.path.join(TMP, "lo-profile")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", TMP, src]
    run(cmd)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(TMP, base + "." + ext), path(outname))


def chromium_pdf(html_text, outname):
    src = os.path.join(TMP, outname + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={path(outname)}", "file://" + src])


# ======================================================================
#                                PASS
# ======================================================================
def pass_files():
    # p01 -- 保密宣传月 news, UTF-8 text
    write_text("p01_xuanchuanyue_xinwen.txt", """我区启动第十二个保密宣传月活动
发布时间：2026-05-08　来源：区委保密办

5月7日，区委保密委员会在区行政中心召开全区保密宣传月动员会，部署为期一个月的保密宣传教育活动。会议指出，要牢固树立“保密就是保安全、保发展、保稳定”的理念，切实增强各级干部的保密意识和防范技能。

本次宣传月以“筑牢保密防线　守护国家安全”为主题，主要安排以下内容：
一是组织领导干部专题学习保守国家秘密法，重点解读国家秘密的范围、密级划分和定密权限；
二是在全区机关开展涉密载体和涉密计算机专项检查，督促各单位落实“涉密不上网、上网不涉密”要求；
三是举办保密知识网上答题活动，面向机关干部和社会公众普及保密常识；
四是组织观看保密警示教育片，以案释法、以案示警。

会议要求，各单位要把保密宣传月活动与日常保密管理结合起来，对照问题清单逐项整改，确保活动取得实效。区委常委、区委办公室主任出席会议并讲话，各街道、区直各部门分管负责同志和专兼职保密员共120余人参加会议。
""")
    label("p01_xuanchuanyue_xinwen.txt", "pass", [], note="保密宣传月 news in UTF-8 text: 保密法, 密级划分, 涉密载体 named in prose only")

    # p02 -- 保守国家秘密法 quotations, GB18030
    write_text("p02_baomifa_zhailu_gb18030.txt", """《中华人民共和国保守国家秘密法》有关条款摘录
（供机关干部学习参考）

一、关于国家秘密的密级
国家秘密的密级分为绝密、机密、秘密三级。绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。

二、关于保密期限
国家秘密的保密期限，应当根据事项的性质和特点，按照维护国家安全和利益的需要，限定在必要的期限内；不能确定期限的，应当确定解密的条件。
国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。

三、关于国家秘密标志
机关、单位对承载国家秘密的纸介质、光介质、电磁介质等载体以及属于国家秘密的设备、产品，应当做出国家秘密标志。不属于国家秘密的，不应当做出国家秘密标志。

四、关于解密
国家秘密的保密期限已满的，自行解密。机关、单位应当定期审核所确定的国家秘密，对在保密期限内因保密事项范围调整不再作为国家秘密事项的，应当及时解密。
""", "gb18030")
    label("p02_baomifa_zhailu_gb18030.txt", "pass", [],
          note="GB18030 text quoting the law's articles on 绝密/机密/秘密, 保密期限 (三十年/二十年/十年) and 标志: prose, no marking")

    # p03 -- CMS page, 保密委员会 meeting
    body = paras("""
<span class="meta">发布日期：2026-03-18　　来源：市委保密办　　浏览次数：1326</span>
3月17日，市委保密委员会召开2026年全体（扩大）会议，传达学习全国保密工作会议精神，总结2025年全市保密工作，部署2026年重点任务。
会议指出，过去一年全市保密系统围绕中心、服务大局，定密管理更加规范，涉密人员和涉密载体管理持续加强，网络保密监管能力明显提升，全年未发生重大失泄密事件。
会议强调，要严格落实保密工作责任制，抓好定密、解密和密级变更的全流程管理；要加强对政府网站和政务新媒体的保密审查，坚持“先审后发、谁公开谁审查”；要深入开展保密宣传教育，推动保密法治观念深入人心。
会议还审议通过了《2026年全市保密工作要点》和《全市机关保密自查自评工作方案》。
""")
    write_text("p03_baomiwei_huiyi.html", cms_page("市委保密委员会召开2026年全体（扩大）会议", body))
    label("p03_baomiwei_huiyi.html", "pass", [],
          note="CMS news page on a 保密委员会 meeting; platform comment with 栏目/id record (docs: not hidden content), agency landline in footer")

    # p04 -- 定密 training slides turned into text (python-docx)
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "定密工作培训讲义"
    add_lines(d, """第1页　定密工作基本知识培训
主讲：市国家保密局法规宣传处
第2页　什么是国家秘密
国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。
第3页　国家秘密的三个密级
• 绝密级：最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害
• 机密级：重要的国家秘密，泄露会使国家安全和利益遭受严重的损害
• 秘密级：一般的国家秘密，泄露会使国家安全和利益遭受损害
第4页　定密的“三要素”
密级、保密期限、知悉范围，三者应当同时确定。
第5页　保密期限怎么定
除另有规定外，绝密级不超过30年，机密级不超过20年，秘密级不超过10年；不能确定期限的，应当确定解密条件。
第6页　标注要求
国家秘密载体应当做出国家秘密标志；纸质文件在首页标注，密级和保密期限之间以星号隔开。不属于国家秘密的，不得标注国家秘密标志。
第7页　常见问题
把工作秘密错标为国家秘密、定密依据不充分、保密期限“一刀切”、到期不审核解密。
第8页　谢谢！""")
    d.save(path("p04_dingmi_peixun_kejian.docx"))
    label("p04_dingmi_peixun_kejian.docx", "pass", [],
          note="python-docx: 定密 training slides as text; bullets start with 绝密级/机密级/秘密级 followed by their definitions; periods in prose")

    # p06 -- 保密员 recruitment notice
    write_text("p06_baomiyuan_zhaopin.txt", """嘉禾市保密技术服务中心2026年公开招聘专职保密员公告

根据工作需要，经市人力资源和社会保障局核准，嘉禾市保密技术服务中心（市国家保密局所属公益一类事业单位）面向社会公开招聘专职保密员2名。现将有关事项公告如下：

一、招聘岗位及人数
专职保密员（专业技术岗位），2名。

二、岗位职责
协助做好本单位涉密人员管理、涉密载体登记与销毁、涉密计算机及存储介质保密检查、保密宣传教育等工作；配合做好定密辅助和密级标注核对。

三、报考条件
（一）具有中华人民共和国国籍，遵纪守法，品行端正；
（二）年龄在18周岁以上、35周岁以下（1990年5月至2008年5月期间出生）；
（三）全日制本科及以上学历，计算机类、法学类或档案学类专业；
（四）本人及家庭成员、主要社会关系符合涉密岗位人员审查要求，录用后须签订保密承诺书，离岗后按规定接受脱密期管理。

四、报名时间和方式
报名时间为2026年6月2日9:00至6月6日17:00，报考人员登录嘉禾市人事考试网填报信息并上传材料。

五、咨询和监督
咨询电话：0573-82096315（工作日9:00—17:00）
监督电话：0573-82096320
电子邮箱：bmzx_rs@jiahe.gov.cn

嘉禾市保密技术服务中心
2026年5月20日
""")
    label("p06_baomiyuan_zhaopin.txt", "pass", [],
          note="recruitment notice for a 保密员 post: agency landlines and an agency mailbox (email is info, never changes a verdict)")

    # p07 -- procurement, 涉密载体销毁服务 (HTML)
    body = paras("""
<span class="meta">发布日期：2026-04-02　　来源：县公共资源交易中心</span>
项目概况：嘉禾县国家保密局涉密载体集中销毁服务采购项目的潜在供应商应在县公共资源交易网获取磋商文件，并于2026年4月16日9时30分（北京时间）前提交响应文件。
一、项目基本情况
项目编号：JHCG-2026-0417
项目名称：涉密载体集中销毁服务
预算金额：28.6万元（最高限价同预算）
采购需求：为全县党政机关、事业单位提供涉密纸介质载体、磁介质和光介质载体的上门收集、封闭运输、集中销毁服务，服务期一年，预计销毁纸介质约30吨、硬盘及光盘等约1500件。
二、申请人的资格要求
1．具有国家保密行政管理部门颁发的涉密载体销毁相关资质；
2．运输车辆须配备定位系统和视频监控，销毁过程全程录像，录像资料保存期不少于一年；
3．本项目不接受联合体投标。
三、联系方式
采购人：嘉禾县国家保密局　联系人：陈某　电话：0573-84012266
代理机构：嘉禾明正招标代理有限公司　电话：0573-82211809
""")
    write_text("p07_zaiti_xiaohui_caigou.html", cms_page("嘉禾县国家保密局涉密载体集中销毁服务采购项目竞争性磋商公告", body,
                                                        site="嘉禾县人民政府门户网站", column="政府采购", cid=5512))
    label("p07_zaiti_xiaohui_caigou.html", "pass", [],
          note="procurement notice for 涉密载体销毁服务: project number, amounts, agency landlines, masked contact 陈某")

    # p08 -- 保密柜 procurement list (openpyxl)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "采购需求"
    ws.append(["嘉禾市机关事务管理局2026年保密设备采购需求一览表"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "品目", "主要技术要求", "数量", "单位", "预算单价（元）", "小计（元）"])
    rows = [
        [1, "保密柜（双节）", "电子密码锁加机械锁双重锁定，柜体钢板厚度不小于1.0mm，符合国家保密标准", 20, "台", 3850, 77000],
        [2, "碎纸机", "保密等级不低于P-5，碎纸颗粒不大于2mm×15mm，连续工作30分钟以上", 12, "台", 2680, 32160],
        [3, "涉密专用打印机", "黑白激光，不带无线模块，支持打印审计", 8, "台", 2150, 17200],
        [4, "光盘刻录审计系统", "支持刻录内容留存与审计，配套管理软件", 1, "套", 46000, 46000],
        [5, "保密文件袋", "牛皮纸加厚，带封口条", 2000, "个", 1.5, 3000],
    ]
    for r in rows:
        ws.append(r)
    ws.append(["合计", "", "", "", "", "", 175360])
    ws.append(["注：供货期为合同签订后30日内，质保期三年。"])
    ws.column_dimensions["C"].width = 50
    wb.save(path("p08_baomigui_caigou.xlsx"))
    label("p08_baomigui_caigou.xlsx", "pass", [],
          note="openpyxl procurement list for 保密柜, 碎纸机 and 涉密专用打印机 with amounts in 元")

    # p09 -- 保密承诺书 template with blanks (python-docx)
    d = new_doc()
    add_lines(d, """涉密人员保密承诺书
本人________（姓名），公民身份号码____________________，现在________________（单位）从事________工作，为____（核心/重要/一般）涉密人员。我已知悉国家保密法律法规和本单位保密规章制度，郑重承诺：
一、认真遵守国家保密法律、法规和规章制度，履行保密义务；
二、不提供虚假个人信息，自愿接受保密审查；
三、不违规记录、存储、复制国家秘密信息，不违规留存涉密载体；
四、不以任何方式泄露所接触和知悉的国家秘密；
五、未经单位审查批准，不擅自发表涉及未公开工作内容的文章、著述；
六、离岗时，主动清退所有涉密载体，在脱密期内接受管理，不违反规定就业，不以任何方式泄露国家秘密；
七、违反上述承诺，自愿承担党纪、政务处分责任和法律后果。
承诺人（签字）：______________
联系电话：______________
年　　月　　日
（本承诺书一式两份，承诺人和所在单位各执一份）""", center_first=True)
    d.save(path("p09_baomi_chengnuoshu_moban.docx"))
    label("p09_baomi_chengnuoshu_moban.docx", "pass", [],
          note="python-docx 保密承诺书 template: blanks for name, ID and phone, 国家秘密 in prose")

    # p10 -- table of the three levels in a training handout (python-docx)
    d = new_doc()
    add_lines(d, """保密知识培训讲义（第三讲）
国家秘密的密级与保密期限
国家秘密分为三个密级，不同密级的国家秘密，其保密期限和知悉范围的要求各不相同。定密责任人应当依据保密事项范围，准确确定密级和保密期限。下表供学员对照学习。""", center_first=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["密级", "含义", "保密期限（除另有规定外）", "泄露后果"]):
        c.text = h
    for row in [("绝密", "最重要的国家秘密", "不超过30年", "使国家安全和利益遭受特别严重的损害"),
                ("机密", "重要的国家秘密", "不超过20年", "使国家安全和利益遭受严重的损害"),
                ("秘密", "一般的国家秘密", "不超过10年", "使国家安全和利益遭受损害")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("注：不能确定保密期限的，应当确定解密条件；工作秘密不属于国家秘密，不得标注密级。")
    d.save(path("p10_miji_peixun_biao.docx"))
    label("p10_miji_peixun_biao.docx", "pass", [],
          note="python-docx training handout: a table of the three levels (绝密/机密/秘密 alone in cells, periods 不超过N年 beside them) after a title and an introduction")

    # p12 -- 信息公开指南: what is not disclosed
    write_text("p12_xinxigongkai_zhinan.txt", """嘉禾市生态环境局政府信息公开指南
（2026年修订）

为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》，结合本机关实际，编制本指南。

一、主动公开
本机关主动公开机构职能、规范性文件、行政许可和行政处罚结果、环境质量状况等政府信息，公开途径包括本机关门户网站、政务新媒体和政府信息查阅场所。

二、不予公开的范围
下列政府信息不予公开：
（一）依法确定为国家秘密的政府信息；
（二）法律、行政法规禁止公开的政府信息；
（三）公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息；
（四）涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，但第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的除外。
下列政府信息可以不予公开：
（一）人事管理、后勤管理、内部工作流程等方面的内部事务信息；
（二）在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息；
（三）行政执法案卷信息。

三、依申请公开
受理机构：嘉禾市生态环境局办公室
办公地址：嘉禾市南湖路1288号（邮政编码314001）
联系电话：0573-82523307　传真：0573-82523310
工作时间：工作日上午8:30—12:00，下午14:00—17:30

四、监督和救济
公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向嘉禾市人民政府办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。
""")
    label("p12_xinxigongkai_zhinan.txt", "pass", [],
          note="信息公开指南 listing what is not disclosed (国家秘密, 商业秘密, 内部事务信息, 过程性信息); agency landline and fax")

    # p13 -- 机要室 phone directory (HTML)
    body = """<p class="meta">更新日期：2026-01-05</p>
<p>根据机构改革后的职能设置，现将县政府办公室内设机构及对外联系电话公布如下：</p>
<table class="t">
<tr><th>内设机构</th><th>主要职责</th><th>联系电话</th></tr>
<tr><td>秘书科</td><td>文稿起草、会议组织、领导日常政务服务</td><td>0573-84021101</td></tr>
<tr><td>综合科</td><td>政务信息、督查督办、重要事项协调</td><td>0573-84021102</td></tr>
<tr><td>机要室</td><td>机要文件收发、密码电报管理、机要交通</td><td>0573-84021107</td></tr>
<tr><td>保密办公室</td><td>保密宣传教育、保密检查、定密工作指导</td><td>0573-84021109</td></tr>
<tr><td>政务公开科</td><td>政府信息公开、依申请公开受理、网站内容保障</td><td>0573-84021112</td></tr>
</table>
<p>来访地址：嘉禾县行政中心3号楼。传真：0573-84021100。</p>"""
    write_text("p13_jiyaoshi_dianhua.html", cms_page("县政府办公室内设机构及联系电话", body,
                                                     site="嘉禾县人民政府门户网站", column="机构概况", cid=1008))
    label("p13_jiyaoshi_dianhua.html", "pass", [],
          note="phone directory of an office's sections, 机要室 and 保密办公室 included: agency landlines only")

    # p14 -- ReportLab PDF, law study material
    c = canvas.Canvas(path("p14_baomifa_xuexi.pdf"), pagesize=A4)
    c.setTitle("保密法学习材料")
    c.setFont("STSong-Light", 16)
    c.drawCentredString(297, 790, "保守国家秘密法学习材料（之二）")
    c.setFont("STSong-Light", 11)
    c.drawCentredString(297, 768, "嘉禾市国家保密局　2026年4月")
    y = rl_lines(c, [
        "一、国家秘密的范围",
        "下列涉及国家安全和利益的事项，泄露后可能损害国家在政治、经济、国防、外交等领域的安全和利益的，应当确定为国家秘密：国家事务重大决策中的秘密事项；国防建设和武装力量活动中的秘密事项；外交和外事活动中的秘密事项以及对外承担保密义务的秘密事项；国民经济和社会发展中的秘密事项；科学技术中的秘密事项；维护国家安全活动和追查刑事犯罪中的秘密事项；经国家保密行政管理部门确定的其他秘密事项。",
        "二、定密权限",
        "中央国家机关、省级机关及其授权的机关、单位可以确定绝密级、机密级和秘密级国家秘密；设区的市级机关及其授权的机关、单位可以确定机密级和秘密级国家秘密。",
        "三、密级和保密期限的变更",
        "国家秘密的密级、保密期限和知悉范围，应当根据情况变化及时变更。变更由原定密机关、单位决定，也可以由其上级机关决定。",
        "四、学习思考",
        "结合本单位实际，梳理本单位产生的国家秘密事项，对照保密事项范围检查定密是否准确。",
    ], 60, 730, size=11, lead=19, width_chars=42)
    c.save()
    label("p14_baomifa_xuexi.pdf", "pass", [],
          note="ReportLab (STSong-Light) study material: 国家秘密范围 and 定密权限 naming 绝密级/机密级/秘密级 in prose")

    # p15 -- Chromium PDF, 保密宣传月 summary
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC",serif;font-size:15pt;line-height:1.8;margin:2.5cm 2.3cm}
h1{text-align:center;font-size:20pt} .c{text-align:center}
</style></head><body>
<h1>嘉禾市2026年保密宣传月活动总结</h1>
<p class="c">市委保密办　2026年6月10日</p>
<p>今年5月，全市以“筑牢保密防线　守护国家安全”为主题，组织开展了第十二个保密宣传月活动。现将有关情况总结如下。</p>
<p>一、主要做法。各级机关单位共举办保密法治讲座86场，组织保密知识网上答题2.3万人次，发放宣传册1.2万份；市国家保密局会同市委网信办开展政府网站保密检查，对137个政府网站和政务新媒体账号逐一排查。</p>
<p>二、取得成效。通过宣传月活动，干部职工对国家秘密的密级划分、保密期限和知悉范围等基本知识的掌握程度明显提高，“涉密不上网、上网不涉密”的意识进一步增强。检查中发现的12个问题已全部整改到位。</p>
<p>三、存在不足。部分基层单位保密宣传形式较为单一，新入职人员保密教育覆盖不够全面。</p>
<p>四、下一步打算。推动保密宣传教育常态化，把保密教育纳入干部教育培训计划，探索运用新媒体开展保密宣传。</p>
</body></html>"""
    chromium_pdf(html, "p15_xuanchuanyue_zongjie.pdf")
    label("p15_xuanchuanyue_zongjie.pdf", "pass", [],
          note="Chromium print of a 保密宣传月 summary with figures (人次, 份, 个); 密级划分 and 保密期限 in prose")

    # p16 -- LibreOffice PDF from a python-docx handout with the marking form in a table
    d = new_doc()
    add_lines(d, """公文处理培训手册（节选）
第四章　密级和保密期限的标注
涉密公文应当根据涉密程度分别标注密级，需要同时标注保密期限的，密级和保密期限之间用五角星隔开。各密级的标注式样见下表，表中“（期限）”处填写具体年限。""", center_first=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["密级", "标注式样", "适用情形"]):
        c.text = h
    for row in [("绝密级", "绝密★（期限）", "泄露会使国家安全和利益遭受特别严重损害的事项"),
                ("机密级", "机密★（期限）", "泄露会使国家安全和利益遭受严重损害的事项"),
                ("秘密级", "秘密★（期限）", "泄露会使国家安全和利益遭受损害的事项")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.add_paragraph("注意：非涉密公文不得标注密级；工作秘密的管理按照本单位有关规定执行。")
    src = os.path.join(TMP, "p16_biaozhu_shouce.docx")
    d.save(src)
    soffice(src, "pdf", "p16_biaozhu_shouce.pdf")
    label("p16_biaozhu_shouce.pdf", "pass", [],
          note="LibreOffice PDF of a handout: a ruled table whose cells show the form 绝密★（期限） — docs: a star followed by the period's placeholder is info in a table")

    # p19 -- 自查报告, GB18030
    write_text("p19_baomi_zicha_baogao_gb18030.txt", """嘉禾市交通运输局2025年度保密工作自查自评报告

根据市保密委员会《关于开展2025年度机关保密自查自评工作的通知》要求，我局对照考核细则逐项开展自查，现将有关情况报告如下。

一、保密工作责任制落实情况
局党委坚持把保密工作纳入年度工作要点，与业务工作同部署、同检查、同考核。一是调整充实局保密委员会，明确分管领导和专职保密干部；二是严格落实定密责任人制度，全年确定国家秘密事项3项，均依据保密事项范围确定密级和保密期限；三是严格区分工作秘密与国家秘密，不将工作秘密事项标注国家秘密标志。

二、涉密载体和内部资料管理情况
我局建立涉密载体台账，实行收发、传递、使用、复制、保存、销毁全流程登记。规范内部资料的编印和发放，逐份编号登记、定期清退，全年编印内部资料6期。

三、网站信息发布保密审查情况
严格执行“先审查、后公开”和“一事一审”制度，全年审查拟公开信息1862条，退回修改23条，未发生涉密信息上网问题。

四、存在的问题和整改措施
个别科室对过程性信息是否涉及工作秘密把握不准。下一步，我局将组织专题培训，完善信息发布审查清单。

嘉禾市交通运输局
2026年1月12日
""", "gb18030")
    label("p19_baomi_zicha_baogao_gb18030.txt", "pass", [],
          note="GB18030 自查报告: 工作秘密 and 内部资料 as words of sentences (严格区分工作秘密与国家秘密, 规范内部资料的编印, 编印内部资料6期), a numbered section heading with 内部资料 — docs: prose about secrecy")

    # p22 -- 依申请公开答复 (HTML)
    body = paras("""
<span class="meta">嘉交依复〔2026〕17号</span>
王某某：
本机关于2026年3月2日收到您通过在线平台提交的政府信息公开申请，您申请获取“2025年本市国防交通保障预案全文”。
经审查，您申请获取的信息系依法确定为国家秘密的政府信息。根据《中华人民共和国政府信息公开条例》第十四条的规定，本机关决定不予公开。
您申请获取的“2025年本市交通运输工作总结”，已在本机关门户网站“政府信息公开—工作总结”栏目主动公开，您可以自行查阅。
如对本答复不服，可以自收到本答复之日起六十日内向嘉禾市人民政府申请行政复议，或者在六个月内向嘉禾市南湖区人民法院提起行政诉讼。
嘉禾市交通运输局
2026年3月20日
""")
    write_text("p22_yishenqing_dafu.html", cms_page("政府信息公开申请答复书（嘉交依复〔2026〕17号）", body,
                                                   site="嘉禾市交通运输局网站", column="依申请公开", cid=7720))
    label("p22_yishenqing_dafu.html", "pass", [],
          note="依申请公开 reply refusing disclosure because the requested information is a 国家秘密: prose, masked applicant 王某某")

    # p24 -- Markdown with a pipe table of the levels
    write_text("p24_miji_qixian_biao.md", """# 国家秘密的密级和保密期限（学习卡片）

> 本卡片供保密宣传月网上答题活动复习使用。

国家秘密的密级分为三级。确定密级的同时，应当确定保密期限或者解密条件。

| 密级 | 保密期限上限 | 说明 |
|---|---|---|
| 绝密 | 30年 | 最重要的国家秘密 |
| 机密 | 20年 | 重要的国家秘密 |
| 秘密 | 10年 | 一般的国家秘密 |

**小贴士**：保密期限届满的，自行解密；不属于国家秘密的文件资料，不得标注国家秘密标志。
""")
    label("p24_miji_qixian_biao.md", "pass", [],
          note="Markdown pipe table of the levels with 30年/20年/10年 in the next column: docs — lines of levels next to each other are info, and a column's heading is context")

    # p25 -- 保密员任命 with masked values (python-docx)
    d = new_doc()
    add_lines(d, """关于调整局机关兼职保密员的通知
局机关各处室、直属各单位：
因人员变动，经局保密委员会研究，决定对局机关兼职保密员作如下调整：
张某某同志任办公室兼职保密员，负责本处室涉密载体登记、保密自查和保密宣传工作，不再担任综合处兼职保密员。
为便于工作联系，现将有关信息公布如下（已作脱敏处理）：""", center_first=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["姓名", "处室", "公民身份号码", "联系电话"]):
        c.text = h
    for row in [("张某某", "办公室", mask_id(ID_MASKED_SRC), "139****7306"),
                ("李某", "综合处", "330402********1388", "0573-82069011")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    add_lines(d, """各兼职保密员要认真履行职责，严格遵守保密纪律。
嘉禾市交通运输局办公室
2026年2月26日""")
    d.save(path("p25_baomiyuan_renming_tuomin.docx"))
    label("p25_baomiyuan_renming_tuomin.docx", "pass", [],
          note="twin of b28/r07: a 保密员 appointment whose ID and mobile are masked (6+4, 3+4) and the other phone an agency landline")

    # p26 -- ReportLab PDF, 中标公告 for 保密柜 with an organisation's account
    c = canvas.Canvas(path("p26_baomigui_zhongbiao.pdf"), pagesize=A4)
    c.setFont("STSong-Light", 15)
    c.drawCentredString(297, 790, "嘉禾市机关事务管理局保密设备采购项目中标结果公告")
    y = rl_lines(c, [
        "一、项目编号：JHZC2026-0088",
        "二、项目名称：2026年保密设备（保密柜、碎纸机等）采购",
        "三、中标信息",
        "中标供应商：嘉禾安信保密设备有限公司",
        f"统一社会信用代码：{USCC_SUPPLIER}",
        "供应商地址：嘉禾市经济技术开发区兴业路36号",
        "中标金额：人民币壹拾陆万捌仟元整（¥168000.00）",
        "四、主要标的信息：保密柜20台、碎纸机12台、涉密专用打印机8台、光盘刻录审计系统1套。",
        "五、履约保证金缴纳账户",
        "户名：嘉禾市公共资源交易中心",
        "开户银行：中国工商银行嘉禾南湖支行",
        f"账号：{ACCOUNT_CENTER}",
        "六、公告期限：自本公告发布之日起1个工作日。",
        "七、联系方式：采购人　嘉禾市机关事务管理局　电话：0573-82052216",
    ], 60, 750, size=11, lead=21, width_chars=44)
    c.save()
    label("p26_baomigui_zhongbiao.pdf", "pass", [],
          note="ReportLab 中标公告 for 保密柜: a company's valid 统一社会信用代码 and an organisation's account (户名 …中心, only the bank's line between) — docs: not a card")

    # p27 -- quiz with answers
    write_text("p27_baomi_zhishi_jingsai.txt", """2026年保密知识网上竞赛试题（附参考答案）

一、单项选择题
1．国家秘密的密级分为几级？（　　）
A．二级　　B．三级　　C．四级　　D．五级
参考答案：B
2．除另有规定外，机密级国家秘密的保密期限不超过多少年？（　　）
A．10年　　B．20年　　C．30年　　D．长期
参考答案：B
3．机关、单位对不属于国家秘密的文件资料，是否应当做出国家秘密标志？（　　）
A．应当　　B．不应当　　C．视情况而定
参考答案：B

二、判断题
4．涉密计算机经审批后可以连接互联网。（　　）
参考答案：错误。涉密计算机严禁连接互联网及其他公共信息网络。
5．工作秘密不属于国家秘密，但同样不得擅自公开。（　　）
参考答案：正确。

三、填空题
6．国家秘密的密级分为________、________、________三级。
参考答案：绝密、机密、秘密
""")
    label("p27_baomi_zhishi_jingsai.txt", "pass", [],
          note="quiz with answers naming the three levels on one line and 10年/20年/30年 as options; docs: a quiz's answers without a star or period label are info")

    # p28 -- 机密性, a film title, a slogan starting with 秘密
    write_text("p28_baomi_zhanlan.txt", """秘密无小事　保密靠大家——市档案馆举办保密主题展览

4月15日是全民国家安全教育日。当天，由市国家保密局、市档案馆联合主办的“守护国家秘密”主题展览在市档案馆一楼展厅开展。

展览分“历史回望”“典型案例”“技术防护”三个单元，通过图片、实物和多媒体互动等形式，展示了党的保密工作的光辉历程和新时代保密工作取得的成就。在“技术防护”单元，讲解员结合信息安全“机密性、完整性、可用性”三项基本属性，向观众介绍了日常使用手机、电脑时应当注意的保密常识。展厅还循环播放反映隐蔽战线斗争历史的电影《绝密使命》片段，吸引了不少青少年驻足观看。

展览将持续至5月31日，免费向社会公众开放，开放时间为每周二至周日9:00—16:30（16:00停止入场）。团体参观请提前预约，预约电话：0573-82039671。
""")
    label("p28_baomi_zhanlan.txt", "pass", [],
          note="first line starts with the slogan 秘密无小事 (not a bare level nor a level with a period); 机密性 and the film title 《绝密使命》 in prose. Docs silent on a slogan starting with a level word: a careful reviewer passes it")

    # p29 -- 定密审批表 template with check boxes (python-docx)
    d = new_doc()
    add_lines(d, """国家秘密事项定密审批表（样表）
填表说明：本表供机关、单位确定国家秘密事项时使用，由承办人填写后报定密责任人审批。样表可从本网站“表格下载”栏目获取。""", center_first=True)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("事项名称", ""), ("产生部门", ""), ("定密依据", "保密事项范围名称及条目：________"),
                 ("拟定密级", "□绝密　□机密　□秘密"), ("保密期限", "____年（或解密条件：____________）"),
                 ("知悉范围", ""), ("承办人意见", "签字：　　　　年　月　日"),
                 ("定密责任人审批意见", "签字：　　　　年　月　日")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_paragraph("注：本表一式两份，一份由承办部门留存，一份交保密办公室备案。")
    d.save(path("p29_dingmi_shenpibiao_yangbiao.docx"))
    label("p29_dingmi_shenpibiao_yangbiao.docx", "pass", [],
          note="a blank 定密审批表 template: 拟定密级 □绝密 □机密 □秘密 as check boxes and a blank 保密期限. Docs silent on check-box lists; a careful reviewer passes a blank form (no level is chosen)")

    # p30 -- 内部控制 report
    write_text("p30_neibu_kongzhi_baogao.txt", """嘉禾市档案局2025年度内部控制评价报告（摘要）

一、内部控制评价范围
本次评价范围涵盖单位层面内部控制和业务层面内部控制，业务层面包括预算业务、收支业务、政府采购业务、资产管理、建设项目和合同管理六个方面。

二、内部控制建设情况
（一）健全内部控制组织体系。成立由主要负责同志任组长的内部控制领导小组，办公室、财务科和内部审计人员分工负责。
（二）完善内部管理制度。修订《财务报销管理办法》《政府采购内部管理规程》等制度9项，明确各环节审批权限。
（三）强化内部审计监督。全年开展内部审计项目4个，提出审计建议11条，均已落实。

三、存在的主要问题
个别资产账实不符，部分合同履约跟踪不及时。

四、整改措施
进一步加强资产清查和合同台账管理，提高内部控制信息化水平。
""")
    label("p30_neibu_kongzhi_baogao.txt", "pass", [],
          note="内部控制 / 内部审计 / 内部管理 report (docs: 内部控制 is on the allow-list); no secrecy label")

    # p29b? -- GB/T 9704 explainer in prose as plain text (second phrasing)
    write_text("p32_gongwen_yaosu_jiedu.txt", """党政机关公文格式国家标准（GB/T 9704—2012）版头要素解读

公文首页红色分隔线以上的部分称为版头，版头依次包括份号、密级和保密期限、紧急程度、发文机关标志、发文字号、签发人等要素。

份号是公文印制份数的顺序号。涉密公文应当标注份号，一般用6位3号阿拉伯数字，顶格编排在版心左上角第一行。

密级和保密期限是涉密公文的重要标识。如需标注，一般用3号黑体字，顶格编排在版心左上角第二行；保密期限中的数字用阿拉伯数字标注。密级与保密期限之间用“★”隔开，非涉密公文不标注这一要素。

紧急程度分为“特急”“加急”两种，如需标注，一般用3号黑体字，顶格编排在版心左上角；如需同时标注份号、密级和保密期限、紧急程度，按照份号、密级和保密期限、紧急程度的顺序自上而下分行排列。

发文机关标志由发文机关全称或者规范化简称加“文件”二字组成，居中排布，推荐使用小标宋体字，颜色为红色。
""")
    label("p32_gongwen_yaosu_jiedu.txt", "pass", [],
          note="a public GB/T 9704 explainer in running prose: how 份号 and 密级和保密期限 are placed and that a lone “★” separates them; no level with a period")

    # p18 -- Q&A on 工作秘密 (HTML)
    body = paras("""
<span class="meta">发布日期：2026-05-21　　来源：市国家保密局</span>
<b>问：什么是工作秘密？</b>
答：工作秘密是机关、单位在履行职能过程中产生或者获取的，不属于国家秘密，但泄露后会妨碍机关、单位正常履行职能或者对国家安全和利益造成不利影响的事项。
<b>问：工作秘密能否标注国家秘密标志？</b>
答：不能。工作秘密不属于国家秘密，不得标注密级和保密期限，应当按照有关规定进行标识和管理。
<b>问：机关编印的内部资料可以上传到互联网吗？</b>
答：不可以随意上传。内部资料往往涉及工作秘密或者敏感信息，公开前必须经过保密审查。
<b>问：发现涉密文件被误传到互联网上怎么办？</b>
答：应当立即报告本单位保密工作机构，并配合有关部门采取删除、溯源等补救措施。
""")
    write_text("p18_gongzuomimi_wenda.html", cms_page("保密知识问答：工作秘密与国家秘密有什么区别？", body,
                                                    column="保密宣传", cid=6031))
    label("p18_gongzuomimi_wenda.html", "pass", [],
          note="Q&A: 工作秘密 and 内部资料 in questions with question marks and in answers' sentences — docs: questions and prose are not labels")


# ======================================================================
#                                REVIEW
# ======================================================================
def review_files():
    write_text("r01_shili_yinyong.txt", """公文格式常见问题解答（三）

问：涉密公文的密级和保密期限应当怎样标注？
答：按照国家标准，密级和保密期限一般用3号黑体字，顶格编排在版心左上角第二行。例如，保密期限为5年的机密级公文，应标注为“机密★5年”，不能写成“机密5年”或者“机密（5年）”。

问：非涉密公文可以标注“内部”字样吗？
答：非涉密公文不得标注密级，各单位应当按照本单位规定管理，不得自行创设标志。
""")
    label("r01_shili_yinyong.txt", "review", ["classified_marking"],
          note="an explainer that quotes a full marking whole inside a sentence (应标注为“机密★5年”) — docs: a marking quoted whole goes to a human (review, not block)")

    write_text("r02_peixun_xingbiao.txt", """密级标注规范培训材料

一、标注的基本要求
涉密文件应当在首页醒目位置标注国家秘密标志，标志由密级和保密期限组成。
二、标注的位置
纸质公文标注于版心左上角第二行，电子文件标注于文件名和正文首页。
三、标注示例
机密★10年
（上例表示该文件为机密级，保密期限十年，用3号黑体字顶格标注。）
四、变更和解除
密级、保密期限变更的，应当在原标志附近作出变更标志；解密的，作出解密标志。
""")
    label("r02_peixun_xingbiao.txt", "review", ["classified_marking"],
          note="a training text with a drawn marking alone on a line further down (三、标注示例 / 机密★10年) — docs: further down, with a drawn star such lines go to a person")

    write_text("r03_neibuziliao_zhuyibaocun.txt", """内部资料　注意保存

全县安全生产工作会议交流材料
（2026年3月）

目　录
1．县应急管理局：压紧压实责任　推动安全生产形势持续稳定
2．县住房和城乡建设局：深化建筑施工领域专项整治
3．县交通运输局：强化道路运输安全源头管控
4．城关镇：织密基层安全监管网络

县应急管理局：压紧压实责任　推动安全生产形势持续稳定
2025年，全县共开展安全生产检查1260余次，排查整改隐患3180处，生产安全事故起数和死亡人数实现“双下降”。
""")
    label("r03_neibuziliao_zhuyibaocun.txt", "review", ["sensitive_term"],
          note="内部资料 注意保存 standing alone at the head of a meeting's materials — docs' example of a sensitive_term label (review)")

    d = new_doc()
    p = d.add_paragraph("内部文件　注意保存")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_lines(d, """嘉禾县农业农村局
关于2026年春耕备耕工作情况的报告
县人民政府：
今年以来，我局围绕粮食生产目标任务，提前谋划、早作部署，春耕备耕工作有序推进。截至3月底，全县落实粮食播种面积18.6万亩，储备种子、化肥等农资2.1万吨。
嘉禾县农业农村局
2026年4月2日""")
    d.save(path("r04_neibuwenjian_baogao.docx"))
    label("r04_neibuwenjian_baogao.docx", "review", ["sensitive_term"],
          note="python-docx: 内部文件 注意保存 right-aligned as the document's first line. Docs name 内部资料 注意保存 but not the 内部文件 wording: labelled as a careful reviewer would (a label that forbids publication: review)")

    write_text("r05_cijian_bugongkai.txt", """嘉禾县人民政府办公室关于调整县防汛防台抗旱指挥部组成人员的通知

各乡镇人民政府、街道办事处，县政府各部门：
因人事变动和工作需要，经县政府同意，决定对县防汛防台抗旱指挥部组成人员进行调整。调整后的组成人员名单如下：
总指挥：县长
副总指挥：分管副县长、县人武部部长
成员：县应急管理局、县水利局、县气象局等单位主要负责人
指挥部办公室设在县应急管理局，办公室主任由县应急管理局局长兼任。

嘉禾县人民政府办公室
2026年4月28日
（此件不公开）
""")
    label("r05_cijian_bugongkai.txt", "review", ["sensitive_term"],
          note="the 附注 （此件不公开） at the end of a notice — docs: a statement filling its brackets is a label (sensitive_term)")

    body = """<p><b>本材料属工作秘密，请勿外传。</b></p>
""" + paras("""
县政府第37次常务会议纪要
2026年5月6日，县长主持召开县政府第37次常务会议，研究城区老旧小区改造、农村供水保障和防汛准备等事项。
一、会议原则同意《2026年城区老旧小区改造实施方案》，由县住建局按程序组织实施。
二、会议要求县水利局抓紧完成12处农村供水工程提升改造。
三、会议听取了县应急管理局关于防汛准备工作的汇报。
""")
    write_text("r06_gongzuomimi_jiyao.html", cms_page("县政府第37次常务会议纪要", body,
                                                     site="嘉禾县人民政府门户网站", column="会议纪要", cid=8801))
    label("r06_gongzuomimi_jiyao.html", "review", ["sensitive_term"],
          note="a CMS page whose first line declares 本材料属工作秘密，请勿外传 — docs' own example of a label (declared of the text, with an order)")

    d = new_doc()
    add_lines(d, """关于明确专职保密员的通知
各科室、各直属单位：
经局党委研究，明确周建峰同志为局机关专职保密员，负责局机关涉密载体管理、保密检查和保密宣传教育等日常工作。
各单位在保密工作中遇有问题，可与其直接联系。""", center_first=True)
    d.add_paragraph(f"联系人：周建峰　手机：{MOB_ZHOU}")
    add_lines(d, """嘉禾市自然资源和规划局办公室
2026年3月3日""")
    d.save(path("r07_baomiyuan_shouji.docx"))
    label("r07_baomiyuan_shouji.docx", "review", ["mobile_phone"], [MOB_ZHOU],
          note="python-docx 保密员 appointment carrying the 保密员's unmasked mobile after 手机 (review)")

    img = render_page([
        ("关于开展保密宣传教育进社区活动的通知", 20, NOTO_SERIF_BOLD, (20, 20, 20), "c"),
        ("", 12, NOTO_SERIF, 0, "l"),
        ("各社区居委会：", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("为增强居民群众的国家安全意识和保密意识，街道决定于5月开展保密宣传教育进社区活动。现将有关事项通知如下：", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("一、活动时间：2026年5月10日至5月31日。", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("二、活动内容：设置宣传展板，发放宣传折页，开展有奖问答，讲解手机使用和网络交友中的安全常识。", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("三、工作要求：各社区要精心组织，做好活动记录，于6月5日前报送活动总结。", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("", 30, NOTO_SERIF, 0, "l"),
        ("南湖街道办事处", 15, NOTO_SERIF, (25, 25, 25), "r"),
        ("2026年4月25日", 15, NOTO_SERIF, (25, 25, 25), "r"),
    ])
    img.convert("L").save(path("r08_xuanchuan_tongzhi_scan.png"))
    label("r08_xuanchuan_tongzhi_scan.png", "review", ["unreadable"],
          note="a clean scanned 保密宣传 notice (PIL, grey PNG): docs — a picture uploaded as the file whose text only OCR read is unreadable.ocr_only (review), not pass")

    write_text("r09_gongwen_moban.txt", """秘密★××年
特急

××市人民政府文件

×政发〔20××〕×号

××市人民政府关于××××的通知

各县（市、区）人民政府，市政府各部门：
××××××××××××××××××××××××。
附件：××××

××市人民政府
20××年×月×日
（此稿为公文版式样稿，文字均为占位符）
""")
    label("r09_gongwen_moban.txt", "review", ["classified_marking"],
          note="a 公文 layout template whose first line is the placeholder form 秘密★××年 — docs: a star followed by the period's placeholder is reviewed alone on its line")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推进情况"
    ws.append(["内部资料　注意保存"])
    ws.append(["2026年一季度全市重点项目推进情况表"])
    ws.merge_cells("A2:F2")
    ws.append(["序号", "项目名称", "责任单位", "年度计划投资（万元）", "一季度完成（万元）", "进度"])
    for i, (n, u, a, b) in enumerate([("南湖片区综合管廊", "市住建局", 42000, 9800), ("城西污水处理厂三期", "市水务集团", 31500, 7200),
                                      ("市第二人民医院迁建", "市卫健委", 56000, 11300)], 1):
        ws.append([i, n, u, a, b, f"{b / a:.0%}"])
    wb.save(path("r10_neibuziliao_xiangmu.xlsx"))
    label("r10_neibuziliao_xiangmu.xlsx", "review", ["sensitive_term"],
          note="openpyxl: 内部资料 注意保存 alone in A1 above a sheet's title row (review)")


# ======================================================================
#                                BLOCK
# ======================================================================
GONGWEN_BODY = """各区县人民政府，市政府各部门：
为切实做好汛期重要目标安全防护工作，经市政府同意，现就有关事项通知如下：
一、各地要对辖区内水库、堤防、电力、通信等重要目标开展一次全面排查，建立防护责任清单。
二、各有关部门要落实24小时值班值守制度，遇有重大情况及时报告。
三、防护工作中形成的文件资料，按照有关规定管理。
嘉禾市人民政府办公室
2026年5月12日"""


def block_files():
    write_text("b01_jimi_5nian.txt", "机密★5年\n\n嘉禾市人民政府办公室\n关于做好汛期重要目标防护工作的通知\n\n" + GONGWEN_BODY + "\n")
    label("b01_jimi_5nian.txt", "block", ["classified_marking"], note="机密★5年 alone on the first line (GB/T 9704 top-left)")

    write_text("b02_kaoshi_juemi_gb18030.txt", """绝密★启用前

2026年嘉禾市初中学业水平考试
道德与法治　试题卷

考生须知：
1．本试卷满分100分，考试时间90分钟。
2．答题前，在答题纸上写姓名和准考证号，并在试卷首页的指定位置写上姓名和座位号。
3．必须在答题纸的对应答题位置上答题，写在其他地方无效。

一、选择题（本大题有16小题，每小题3分，共48分）
1．某市开展“保密宣传月”活动，提醒市民不在网上随意转发涉密信息。这说明（　　）
A．维护国家安全是每个公民的义务　　B．公民的言论自由没有限制
C．国家秘密只与国家机关有关　　　　D．网络空间不受法律约束
""", "gb18030")
    label("b02_kaoshi_juemi_gb18030.txt", "block", ["classified_marking"],
          note="GB18030 exam paper headed 绝密★启用前 (a period in words)")

    write_text("b03_bare_mimi.txt", """秘密

嘉禾县人民政府
关于县城区应急避难场所调整方案的批复

县应急管理局：
你局《关于调整县城区应急避难场所布局的请示》收悉。经研究，原则同意所报调整方案。请抓紧组织实施，按期完成场所标识设置和物资储备。

嘉禾县人民政府
2026年4月8日
""")
    label("b03_bare_mimi.txt", "block", ["classified_marking"],
          note="a bare 秘密 heading the document (docs: a bare 秘密 heading a document)")

    write_text("b04_fenhao_jimi.txt", """000042
机密★10年
特急

中共嘉禾县委办公室文件

嘉委办发〔2026〕12号

关于加强重要活动期间安全保卫工作的通知

各乡镇党委，县级机关各部门：
为确保重要活动期间全县社会大局稳定，现就做好安全保卫工作通知如下。
""")
    label("b04_fenhao_jimi.txt", "block", ["classified_marking"],
          note="份号 000042 on line 1, 机密★10年 on line 2, 特急 below, as GB/T 9704 orders them")

    write_text("b05_baomiqixian_label.txt", """秘密　保密期限：1年

嘉禾市公安局关于重点区域视频监控点位调整的通知

各分局、各警种：
根据城市建设和治安形势变化，市局决定对重点区域视频监控点位进行调整，具体点位见附件。请各单位于5月底前完成设备迁移和调试。
""")
    label("b05_baomiqixian_label.txt", "block", ["classified_marking"],
          note="first line 秘密 保密期限：1年 — docs: the period as a label on a document's first line is a marking")

    write_text("b06_mimi_1nian_wuxing.txt", """秘密1年
嘉禾市财政局关于下达2026年度专项储备资金的通知
各县（市、区）财政局：
根据市政府有关会议精神，现将2026年度专项储备资金预算下达给你们，请按规定用途使用，不得挤占挪用。
""")
    label("b06_mimi_1nian_wuxing.txt", "block", ["classified_marking"],
          note="秘密1年 without a star on the first line — docs: a level and its period on the first line whatever stands for the star")

    html = """<html><head><meta charset="gb2312"><meta name=Generator content="Microsoft Word 15 (filtered)">
<style>p.MsoNormal{margin:0;font-size:16.0pt;font-family:仿宋_GB2312}</style></head>
<body lang=ZH-CN style='text-justify-trim:punctuation'>
<div class=WordSection1>
<p class=MsoNormal><span style='font-family:黑体'>【机密】</span></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:22.0pt;font-family:方正小标宋简体;color:red'>嘉禾市应急管理局</span></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:22.0pt;font-family:方正小标宋简体'>关于危险化学品重大危险源监控数据报送的通知</span></p>
<p class=MsoNormal>各县（市、区）应急管理局：</p>
<p class=MsoNormal style='text-indent:32.0pt'>为加强重大危险源安全监管，请各地于每月5日前报送辖区内重大危险源监控数据，报送方式按附件执行。</p>
<p class=MsoNormal align=right style='text-align:right'>嘉禾市应急管理局</p>
<p class=MsoNormal align=right style='text-align:right'>2026年3月9日</p>
</div></body></html>"""
    write_text("b07_kuohao_jimi_word.htm", html, "gb18030")
    label("b07_kuohao_jimi_word.htm", "block", ["classified_marking"],
          note="a Word-saved HTML page (GB2312 charset) whose first line is the bracketed bare level 【机密】 — docs: a bare level in brackets")

    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style>p.MsoNormal{margin:0;font-size:16.0pt;font-family:仿宋}</style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal><span style='font-family:黑体'>机密</span><span style='font-family:Wingdings;mso-char-type:symbol;mso-symbol-font-family:Wingdings'>«</span><span style='font-family:黑体'>3年</span></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:22.0pt'>关于重要物资储备库选址论证情况的报告</span></p>
<p class=MsoNormal>市政府：</p>
<p class=MsoNormal style='text-indent:32.0pt'>按照市政府工作部署，我委会同有关部门对重要物资储备库选址进行了论证，形成三个备选方案，现报告如下。</p>
<p class=MsoNormal align=right style='text-align:right'>嘉禾市发展和改革委员会</p>
</div></body></html>"""
    write_text("b08_wingdings_xing.htm", html)
    label("b08_wingdings_xing.htm", "block", ["classified_marking"],
          note="Word HTML export: 机密, a Wingdings « (the star in a symbol font), 3年 on the first line — docs name this case")

    d = new_doc()
    p = d.add_paragraph()
    r = p.add_run("机密★5年")
    r.font.name = "黑体"
    r.font.size = Pt(16)
    add_lines(d, "嘉禾市人民政府办公室\n关于做好汛期重要目标防护工作的通知\n" + GONGWEN_BODY)
    d.save(path("b10_shouhang_docx.docx"))
    label("b10_shouhang_docx.docx", "block", ["classified_marking"], note="python-docx: 机密★5年 as the first paragraph")

    d = new_doc()
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "秘密★1年"
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_lines(d, """嘉禾市国防动员办公室
关于2026年度人民防空警报试鸣的工作安排
各县（市、区）人民政府，市级有关单位：
根据上级部署，2026年度人民防空警报试鸣定于9月18日上午10时进行。现将有关工作安排如下：
一、各地要于9月10日前完成警报器检修；
二、试鸣期间各单位安排专人值守；
三、有关情况于9月20日前书面报送市国防动员办公室。""", center_first=True)
    d.save(path("b11_yemei_docx.docx"))
    label("b11_yemei_docx.docx", "block", ["classified_marking"],
          note="python-docx: 秘密★1年 in the page header, the body clean")

    d = new_doc()
    add_lines(d, """嘉禾市水利局
关于主要水库调度运行方案的报告
市防指：
根据今年汛期形势预测，我局编制了主要水库调度运行方案，现将有关情况报告如下。
一、全市大中型水库汛限水位均已按要求控制。
二、各水库调度责任人已落实到位。
嘉禾市水利局
2026年5月6日""", center_first=True)
    txbx = f"""<w:r {nsdecls('w', 'wp', 'a')} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="margin"><wp:posOffset>-420000</wp:posOffset></wp:positionV>
          <wp:extent cx="1500000" cy="380000"/>
          <wp:effectExtent l="0" t="0" r="0" b="0"/>
          <wp:wrapNone/>
          <wp:docPr id="1" name="文本框 1"/>
          <wp:cNvGraphicFramePr/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1500000" cy="380000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
                <wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t>机密★10年</w:t></w:r></w:p></w:txbxContent></wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"/>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
        <v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:-33pt;width:118pt;height:30pt;z-index:251659264" filled="f" stroked="f">
          <v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t>机密★10年</w:t></w:r></w:p></w:txbxContent></v:textbox>
        </v:shape>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""
    d.paragraphs[0]._p.insert(1, parse_xml(txbx))
    d.save(path("b12_wenbenkuang_docx.docx"))
    label("b12_wenbenkuang_docx.docx", "block", ["classified_marking"],
          note="python-docx + injected DrawingML text box (with its VML fallback) anchored above the title holding 机密★10年; the body itself is clean")

    d = new_doc()
    p = d.add_paragraph()
    p.add_run("秘密")
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0AB"/></w:r>'))
    p.add_run("1年")
    add_lines(d, """嘉禾市商务局
关于重要生活物资储备轮换计划的通知
各县（市、区）商务主管部门：
现将2026年度重要生活物资储备轮换计划下达给你们，请按照计划做好轮换和质量检查工作。
嘉禾市商务局
2026年2月20日""")
    d.save(path("b14_wsym_xing.docx"))
    label("b14_wsym_xing.docx", "block", ["classified_marking"],
          note="python-docx: first line 秘密 + w:sym Wingdings F0AB (Word's Insert Symbol star, a private-use character) + 1年 — docs name this case")

    # b16 LibreOffice DOCX from HTML
    src = os.path.join(TMP, "b16_lo_src.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p style="font-family:'Noto Sans CJK SC';font-size:16pt">秘密★6个月</p>
<p style="text-align:center;font-size:22pt">嘉禾市卫生健康委员会</p>
<p style="text-align:center;font-size:18pt">关于突发公共卫生事件应急物资调拨预案的通知</p>
<p>各县（市、区）卫生健康局，委直属各单位：</p>
<p>现将《突发公共卫生事件应急物资调拨预案》印发给你们，请结合实际认真贯彻执行。</p>
<p style="text-align:right">嘉禾市卫生健康委员会</p>
<p style="text-align:right">2026年1月15日</p>
</body></html>""")
    soffice(src, 'docx:MS Word 2007 XML', "b16_lo_liugeyue.docx", infilter="HTML (StarWriter)")
    label("b16_lo_liugeyue.docx", "block", ["classified_marking"],
          note="LibreOffice (HTML → DOCX): 秘密★6个月 as the first paragraph, a period in months")

    # b17 openpyxl title row
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "储备点位"
    ws["A1"] = "机密★5年"
    ws["A1"].font = Font(name="黑体", size=14)
    ws["A2"] = "嘉禾市应急物资储备点位及储量统计表"
    ws.merge_cells("A2:F2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "储备点", "所在区域", "帐篷（顶）", "折叠床（张）", "发电机（台）"])
    for i, r in enumerate([("一号储备库", "南湖区", 1200, 3000, 40), ("二号储备库", "秀洲区", 800, 2200, 25),
                           ("三号储备库", "嘉善县", 600, 1500, 18)], 1):
        ws.append([i, *r])
    wb.save(path("b17_biaotihang_xlsx.xlsx"))
    label("b17_biaotihang_xlsx.xlsx", "block", ["classified_marking"],
          note="openpyxl: 机密★5年 alone in A1, the title merged in row 2 below it")

    # b18 openpyxl print header
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "物资清单"
    ws.oddHeader.left.text = "秘密★1年"
    ws.oddHeader.center.text = "嘉禾市人民防空物资清单"
    ws.append(["序号", "物资名称", "规格型号", "数量", "存放地点"])
    for i, r in enumerate([("手摇警报器", "SJ-12", 40, "市民防指挥中心"), ("防毒面具", "FMJ08", 2600, "人防物资库"),
                           ("应急照明灯", "LED-20W", 1800, "人防物资库")], 1):
        ws.append([i, *r])
    wb.save(path("b18_yemei_xlsx.xlsx"))
    label("b18_yemei_xlsx.xlsx", "block", ["classified_marking"],
          note="openpyxl: the print header &L秘密★1年 (docs: &C秘密★1年 is a header marking), cells clean")

    # b20 ReportLab: marking drawn last in the stream
    c = canvas.Canvas(path("b20_huizhi_shunxu.pdf"), pagesize=A4)
    c.setFont("STSong-Light", 20)
    c.setFillColorRGB(0.8, 0, 0)
    c.drawCentredString(297, 700, "嘉禾市交通运输局文件")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("STSong-Light", 15)
    c.drawCentredString(297, 650, "关于重点桥梁隧道安全防护等级调整的通知")
    rl_lines(c, ["各县（市、区）交通运输局，局属各单位：",
                 "根据全市交通基础设施安全评估结果，现对部分重点桥梁隧道的安全防护等级进行调整，具体名单和防护要求见附件。请各单位于6月30日前完成防护设施的增设和人员配备。",
                 "嘉禾市交通运输局", "2026年5月18日"], 72, 610, size=13, lead=22, width_chars=34)
    c.setFont("STSong-Light", 16)
    c.drawString(72, 770, "机密★5年")   # drawn last, at the top left
    c.save()
    label("b20_huizhi_shunxu.pdf", "block", ["classified_marking"],
          note="ReportLab: 机密★5年 drawn last in the content stream at the top-left, above the 红头 drawn first")

    # b22 LibreOffice PDF from a docx whose header holds the marking
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "机密★10年"
    add_lines(d, """嘉禾市国家安全人民防线工作领导小组办公室
关于重点单位反间谍安全防范工作检查情况的通报
各成员单位：
根据年度工作安排，市领导小组办公室于4月组织对全市重点单位反间谍安全防范工作进行了检查。现将检查情况通报如下。
一、总体情况良好，各单位责任制落实到位；
二、个别单位人员管理存在薄弱环节，已责成限期整改。
嘉禾市国家安全人民防线工作领导小组办公室
2026年5月8日""", center_first=True)
    src = os.path.join(TMP, "b22_lo_yemei.docx")
    d.save(src)
    soffice(src, "pdf", "b22_lo_yemei.pdf")
    label("b22_lo_yemei.pdf", "block", ["classified_marking"],
          note="LibreOffice PDF of a DOCX whose header holds 机密★10年 (drawn at the page's top)")

    # b23 Chromium PDF
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC",serif;font-size:16pt;margin:0 0.6cm;line-height:1.75}
.mark{font-family:"Noto Sans CJK SC",sans-serif;font-size:16pt;margin:0}
.red{color:#d00;font-size:34pt;text-align:center;letter-spacing:4px;margin:18px 0 6px}
.no{text-align:center} hr{border:0;border-top:2px solid #d00}
h2{text-align:center;font-size:20pt}
</style></head><body>
<p class="mark">秘密★1年</p>
<p class="red">嘉禾市人民政府办公室文件</p>
<p class="no">嘉政办发〔2026〕9号</p><hr>
<h2>关于印发嘉禾市重要基础设施安全保护工作方案的通知</h2>
<p>各县（市、区）人民政府，市政府各部门、各直属单位：</p>
<p>《嘉禾市重要基础设施安全保护工作方案》已经市政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">嘉禾市人民政府办公室<br>2026年3月30日</p>
</body></html>"""
    chromium_pdf(html, "b23_chromium_hongtou.pdf")
    label("b23_chromium_hongtou.pdf", "block", ["classified_marking"],
          note="Chromium print of a 红头 document with 秘密★1年 at the top-left")

    # b25 scan PNG with marking and a red 红头
    img = render_page([
        ("机密★5年", 16, NOTO_SANS_BOLD, (15, 15, 15), "l"),
        ("", 10, NOTO_SERIF, 0, "l"),
        ("嘉禾市人民政府文件", 30, NOTO_SERIF_BOLD, (210, 20, 25), "c"),
        ("嘉政发〔2026〕15号", 15, NOTO_SERIF, (25, 25, 25), "c"),
        ("", 10, NOTO_SERIF, 0, "l"),
        ("关于调整全市重要目标防护等级的通知", 20, NOTO_SERIF_BOLD, (20, 20, 20), "c"),
        ("各县（市、区）人民政府，市政府各部门：", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("根据形势变化，经市政府研究，决定对全市部分重要目标防护等级进行调整。请各地各部门按照调整后的等级落实防护力量和措施。", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("", 20, NOTO_SERIF, 0, "l"),
        ("嘉禾市人民政府", 15, NOTO_SERIF, (25, 25, 25), "r"),
        ("2026年5月20日", 15, NOTO_SERIF, (25, 25, 25), "r"),
    ])
    img.save(path("b25_saomiao_jimi.png"))
    label("b25_saomiao_jimi.png", "block", ["classified_marking", "unreadable"],
          note="PIL-rendered scan (PNG, 200 dpi) of a 红头 document with 机密★5年 at the top-left; OCR reads no ★ (docs: level + stray glyph + period at the head) and the picture is ocr_only")

    # b26 JPEG, skewed, red receiving stamp pressed over the marking
    img = render_page([
        ("秘密★2年", 16, NOTO_SANS_BOLD, (15, 15, 15), "l"),
        ("", 10, NOTO_SERIF, 0, "l"),
        ("嘉禾市发展和改革委员会", 26, NOTO_SERIF_BOLD, (210, 20, 25), "c"),
        ("", 10, NOTO_SERIF, 0, "l"),
        ("关于重要能源设施布局调整意见的函", 20, NOTO_SERIF_BOLD, (20, 20, 20), "c"),
        ("市自然资源和规划局：", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("经研究，对你局征求意见的重要能源设施布局调整方案提出如下意见：一是原则同意方案总体布局；二是建议进一步论证二号站址的安全距离。", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("", 20, NOTO_SERIF, 0, "l"),
        ("嘉禾市发展和改革委员会", 15, NOTO_SERIF, (25, 25, 25), "r"),
        ("2026年4月7日", 15, NOTO_SERIF, (25, 25, 25), "r"),
    ])
    dpi = 200
    img = red_stamp(img, int(1.1 * dpi) + 330, int(1.2 * dpi) + 40, 150)
    img = img.rotate(-1.3, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 247))
    img.save(path("b26_shouwen_zhang.jpg"), quality=82)
    label("b26_shouwen_zhang.jpg", "block", ["classified_marking", "unreadable"],
          note="JPEG scan turned 1.3° with a red 收文 stamp pressed over the right end of 秘密★2年 at the head (docs: red ink at the head is taken out)")

    # b27 image-only PDF exam paper
    img = render_page([
        ("绝密★启用前", 15, NOTO_SANS_BOLD, (15, 15, 15), "l"),
        ("", 10, NOTO_SERIF, 0, "l"),
        ("2026年嘉禾市高中阶段学校招生考试", 20, NOTO_SERIF_BOLD, (20, 20, 20), "c"),
        ("数学试题卷", 20, NOTO_SERIF_BOLD, (20, 20, 20), "c"),
        ("考生须知：", 14, NOTO_SERIF_BOLD, (25, 25, 25), "l"),
        ("1．全卷共三大题，24小题，满分为120分，考试时间为120分钟。", 14, NOTO_SERIF, (25, 25, 25), "l"),
        ("2．请将姓名、准考证号分别填写在答题纸的规定位置上。", 14, NOTO_SERIF, (25, 25, 25), "l"),
        ("一、选择题（本题有10小题，每小题3分，共30分）", 14, NOTO_SERIF_BOLD, (25, 25, 25), "l"),
        ("1．－3的相反数是（　　）", 14, NOTO_SERIF, (25, 25, 25), "l"),
        ("A．3　　　B．－3　　　C．1/3　　　D．－1/3", 14, NOTO_SERIF, (25, 25, 25), "l"),
    ])
    img.convert("L").save(path("b27_shijuan_saomiao.pdf"), "PDF", resolution=200.0)
    label("b27_shijuan_saomiao.pdf", "block", ["classified_marking", "unreadable"],
          note="image-only PDF (PIL) of an exam paper headed 绝密★启用前 (docs: OCR's period may be 启用前)")

    # b27r a page fed sideways: the scan is turned 90°
    img = render_page([
        ("秘密★1年", 16, NOTO_SANS_BOLD, (15, 15, 15), "l"),
        ("", 10, NOTO_SERIF, 0, "l"),
        ("嘉禾市公安局", 26, NOTO_SERIF_BOLD, (210, 20, 25), "c"),
        ("", 10, NOTO_SERIF, 0, "l"),
        ("关于重大活动安保力量部署的通知", 20, NOTO_SERIF_BOLD, (20, 20, 20), "c"),
        ("各分局、各警种：", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("为确保重大活动期间安全稳定，市局决定在活动期间实行等级勤务，各单位要严格落实值班备勤制度，确保警力充足、指挥顺畅。", 15, NOTO_SERIF, (25, 25, 25), "l"),
        ("", 20, NOTO_SERIF, 0, "l"),
        ("嘉禾市公安局", 15, NOTO_SERIF, (25, 25, 25), "r"),
        ("2026年6月1日", 15, NOTO_SERIF, (25, 25, 25), "r"),
    ])
    img.rotate(90, expand=True).convert("L").save(path("b27r_cexiang_saomiao.png"))
    label("b27r_cexiang_saomiao.png", "block", ["classified_marking", "unreadable"],
          note="a scan fed sideways (PNG turned 90°) with 秘密★1年 at the page's head; docs: a page read poorly is checked for orientation, turned upright, what it finds is reported and it still goes to a person")

    # b28 保密员任命 with unmasked ID and mobile
    write_text("b28_baomiyuan_renming_id.txt", f"""关于任命王晓峰同志为专职保密员的通知

局属各单位、机关各处室：
经局党组研究，任命王晓峰同志为局机关专职保密员，试用期一年。现将其基本信息公布如下，请各单位在保密工作中加强与其联系：
姓名：王晓峰
公民身份号码：{ID_WANG}
手机：{MOB_WANG}
办公电话：0573-82058817

嘉禾市市场监督管理局
2026年3月16日
""")
    label("b28_baomiyuan_renming_id.txt", "block", ["id_card", "mobile_phone"], [ID_WANG, MOB_WANG],
          note="a 保密员 appointment notice that carries the appointee's unmasked ID (block) and mobile (review); the office landline is not a finding")

    # b30 mix: marking + ID + 工作秘密 label
    write_text("b30_hunhe.txt", f"""秘密★1年
嘉禾市人力资源和社会保障局关于涉密岗位人员上岗审查结果的通知
机关各处室：
经审查，刘志明同志（身份证号{ID_LIU}，联系电话{MOB_LIU}）符合涉密岗位任职条件，同意上岗。
本材料属工作秘密。
""")
    label("b30_hunhe.txt", "block", ["classified_marking", "id_card", "mobile_phone", "sensitive_term"], [ID_LIU, MOB_LIU],
          note="the README's own mix: 秘密★1年 on line 1, an ID and a mobile in the body, 本材料属工作秘密 as a label")

    write_text("b31_fawen_gaozhi.txt", """嘉禾市人民政府办公室发文稿纸
密级：机密
保密期限：10年
紧急程度：特急
签发：
会签：
主送：各县（市、区）人民政府
标题：关于重要目标防护工作有关事项的通知
拟稿单位：市政府办公室综合二处
核稿：
印发份数：30份
""")
    label("b31_fawen_gaozhi.txt", "block", ["classified_marking"],
          note="a filled 发文稿纸 whose second line is 密级：机密 (docs list 密级：秘密 as a marking)")


# ======================================================================
def npm_files():
    js = os.path.join(HERE, "npm_gen.js")
    nm = os.environ.get("NPMGEN", "/tmp/npmgen")
    if not os.path.isdir(os.path.join(nm, "node_modules", "docx")):
        os.makedirs(nm, exist_ok=True)
        run(["npm", "init", "-y"], cwd=nm)
        run(["npm", "install", "docx@9", "exceljs@4", "pdfkit@0.20", "pdf-lib@1", "@pdf-lib/fontkit@1"], cwd=nm)
    env = dict(os.environ, NODE_PATH=os.path.join(nm, "node_modules"))
    r = subprocess.run(["node", js, OUT], capture_output=True, text=True, env=env, timeout=300)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit(1)
    for l in json.loads(r.stdout.strip().splitlines()[-1]):
        LABELS.append(l)


def write_readme():
    order = {"pass": 0, "review": 1, "block": 2}
    LABELS.sort(key=lambda l: l["file"])
    with open(path("labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    n = {v: sum(1 for l in LABELS if l["expect_verdict"] == v) for v in order}
    rows = "\n".join(f"| {l['file']} | {l['expect_verdict']} | {', '.join(l['expect_categories']) or '—'} | {l['note']} |"
                     for l in LABELS)
    readme = f"""# blind52-secrecy — precision and recall around secrecy words

{len(LABELS)} files: {n['pass']} must pass, {n['review']} must be reviewed, {n['block']} must be blocked.
A gateway that blocks every text quoting the 保守国家秘密法 gets switched off; one that misses a real marking is
worse. The passes talk about secrecy the way government sites legitimately do (保密工作 news, 保密宣传月 reports,
the law's articles naming 绝密/机密/秘密 and their periods, 定密 training, GB/T 9704 explainers, a 保密员 recruitment
notice, procurement of 涉密载体销毁 and 保密柜, templates with blanks, tables of the levels, a 信息公开指南, a phone
list with the 机要室); the others carry real GB/T 9704 markings in every place a document puts them, internal labels
standing alone, the boundary cases the docs send to a person, and a 保密员's personal data.

| file | verdict | categories | note |
| --- | --- | --- | --- |
{rows}

## How it was made

Everything is written by `python3 gen/gen.py` (re-runnable; it writes into the folder above `gen/`, or the folder
given as its argument). Texts are written in UTF-8 and GB18030 by Python; HTML as a CMS template and as Word's HTML
export; DOCX by python-docx (one with an injected DrawingML text box and its VML fallback, one with a `w:sym`
Wingdings star), by npm `docx` 9 and by LibreOffice 7.4 (HTML → DOCX); XLSX by openpyxl and exceljs; PDFs by ReportLab
(STSong-Light, the marking drawn last in the stream), LibreOffice (DOCX → PDF), Chromium's `--print-to-pdf`, pdfkit
and pdf-lib with fontkit (AR PL SungtiL GB subset, body drawn bottom-up and the marking last); scans are pages drawn
with Pillow in Noto CJK at 200 dpi with speckle and blur (a PNG, a JPEG turned 1.3° under a red 收文 stamp, a PNG fed
sideways, an image-only PDF). Labels follow README.md and docs/ of mishen; where the docs are silent (内部文件
注意保存, a slogan starting with 秘密, a blank 定密审批表 with check boxes) the note says so and the label is what a
careful 保密审查员 would expect. All names, IDs (GB 11643 check digits), mobiles, credit codes and accounts are
invented.

## First score (before any fix)

`python3 ../shared/eval/score.py --bin <build of 8444559> --corpus testdata/blind52-secrecy --jobs 2 --report score.json`:
`score: files=71 verdict_accuracy=0.96 leaks=1 false_alarms=0 category_recall=0.96 raw_pii_exposed=0 errors=0`.
Wrong: b26_shouwen_zhang.jpg (block expected, review got: the marking under the red stamp not read),
r02_peixun_xingbiao.txt (review expected, block got: a drawn marking alone further down a training text),
r04_neibuwenjian_baogao.docx (review expected, pass got: 内部文件 注意保存, a wording the docs do not name).
No label was changed after scoring.
"""
    with open(path("README.md"), "w", encoding="utf-8") as f:
        f.write(readme)


if __name__ == "__main__":
    pass_files()
    review_files()
    block_files()
    npm_files()
    write_readme()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"wrote {len(LABELS)} files into {OUT}")
