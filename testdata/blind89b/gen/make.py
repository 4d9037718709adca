#!/usr/bin/python3
"""make.py builds the blind89b corpus with real producers.

Needs: LibreOffice (soffice), chromium, ghostscript, qpdf, poppler-utils (pdftoppm),
img2pdf, python3-reportlab, fonts-noto-cjk / fonts-droid-fallback, node with the npm
packages docx exceljs xlsx pptxgenjs pdf-lib @pdf-lib/fontkit installed in $NPM_DIR.
All personal data is synthetic (see data.py).
Run: /usr/bin/python3 gen/make.py  (from testdata/blind89b)
"""
import json
import os
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WORK = "/tmp/b89b-work"
NPM = os.environ.get("NPM_DIR", "/tmp/b89b-npm")
sys.path.insert(0, HERE)
from data import ID, MOB, mask  # noqa: E402

os.makedirs(WORK, exist_ok=True)


def run(*a, **kw):
    print("+", " ".join(a)[:160], flush=True)
    subprocess.run(a, check=True, timeout=180, **kw)


def soffice(src, fmt, outdir=WORK, infilter=None):
    a = ["soffice", "-env:UserInstallation=file:///tmp/b89b-lo", "--headless"]
    if infilter:
        a.append("--infilter=" + infilter)
    a += ["--convert-to", fmt, "--outdir", outdir, src]
    run(*a, stdout=subprocess.DEVNULL)


def w(name, text):
    p = os.path.join(WORK, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def html_doc(body, css=""):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
            "body{font-family:'仿宋_GB2312','FangSong';font-size:16pt}" + css +
            "</style></head><body>" + body + "</body></html>")


def lo_pdf(stem, body, css=""):
    """HTML -> DOCX -> PDF through LibreOffice Writer, as an office exports a draft."""
    src = w(stem + ".html", html_doc(body, css))
    soffice(src, "docx:MS Word 2007 XML", infilter="HTML (StarWriter)")
    soffice(os.path.join(WORK, stem + ".docx"), "pdf:writer_pdf_Export")
    return os.path.join(WORK, stem + ".pdf")


def chromium_pdf(stem, html, out):
    src = w(stem + ".html", html)
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=" + out, "file://" + src, stderr=subprocess.DEVNULL)


def chromium_shot(stem, html, out, size="900,700"):
    src = w(stem + ".html", html)
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--window-size=" + size, "--screenshot=" + out, "file://" + src, stderr=subprocess.DEVNULL)


def scan(pdf, out, dpi="150"):
    """Print a PDF to grey page images and back (a scanned notice)."""
    base = os.path.join(WORK, os.path.basename(out) + "-pg")
    run("pdftoppm", "-r", dpi, "-gray", "-png", pdf, base)
    pages = sorted(p for p in os.listdir(WORK) if p.startswith(os.path.basename(base)))
    jpgs = []
    for p in pages:
        j = os.path.join(WORK, p[:-4] + ".jpg")
        run("convert", os.path.join(WORK, p), "-rotate", "0.6", "-quality", "70", j)
        jpgs.append(j)
    run("img2pdf", "--output", out, *jpgs)


def o(name):
    return os.path.join(OUT, name)


TITLE_CSS = ("h1{font-family:'方正小标宋简体';font-size:22pt;text-align:center;font-weight:normal}"
             ".mark{font-family:'黑体';font-size:16pt}")


def pdf_docs():
    # p01: LibreOffice without the 公文 fonts, marking 机密★5年 at the top left.
    p = lo_pdf("p01", "<p class='mark'>机密★5年</p><p class='mark'>特急</p>"
               "<h1>关于印发《全市防汛应急物资调运方案》的通知</h1>"
               "<p>各区人民政府，市各有关部门：</p>"
               "<p>　　现将《全市防汛应急物资调运方案》印发给你们，请结合实际认真贯彻执行。"
               "调运路线和储备点位置按附件执行，不得擅自扩大知悉范围。</p>"
               "<p style='text-align:right'>市防汛抗旱指挥部办公室<br>2024年6月3日</p>", TITLE_CSS)
    shutil.copy(p, o("p01_fangxun_jimi_lo_nofont.pdf"))

    # p05: LibreOffice PDF with 秘密★1年 right-aligned at the head of page 1, rewritten by ghostscript pdfwrite.
    src = w("p05.html", html_doc(
        "<p style='text-align:right' class='mark'>秘密★1年</p>"
        "<h1>2024年度重点项目督查情况通报</h1><p>　　按照年度督查计划，督查组于5月对12个重点项目进行了实地核查，"
        "现将有关情况通报如下。一是项目推进总体平稳；二是个别项目征地进度滞后；三是资金拨付存在不及时问题。</p>"
        "<p>　　请各责任单位于6月底前完成整改并报送整改情况。</p>", TITLE_CSS))
    soffice(src, "docx:MS Word 2007 XML", infilter="HTML (StarWriter)")
    soffice(os.path.join(WORK, "p05.docx"), "pdf:writer_pdf_Export")
    run("gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
        "-sOutputFile=" + o("p05_ducha_mimi_gs.pdf"), os.path.join(WORK, "p05.pdf"))

    # p06: text drawn as outlines (gs -dNoOutputFonts): 秘密★3年 and an ID, no text layer.
    p = lo_pdf("p06", "<p class='mark'>秘密★3年</p><h1>涉案人员情况核查表</h1>"
               f"<p>　　经核查，王建军（公民身份号码{ID['wuchang']}）于2023年11月起在本市务工，"
               "现居住地与户籍地不一致，建议转交属地派出所继续核实。</p>", TITLE_CSS)
    run("gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-dNoOutputFonts",
        "-sOutputFile=" + o("p06_hecha_outline_gs.pdf"), p)

    # p07: a stamped notice printed and scanned back, marking at its head.
    p = lo_pdf("p07", "<p class='mark'>秘密★1年</p>"
               "<h1>关于开展安全生产专项检查的通知</h1><p>各乡镇（街道）：</p>"
               "<p>　　为切实做好汛期安全生产工作，经研究，决定于7月在全县范围内开展安全生产专项检查。"
               "检查对象名单和时间安排另行通知，请各单位做好迎检准备。</p>"
               "<p style='text-align:right'>县安全生产委员会办公室<br>2024年6月20日</p>",
               TITLE_CSS + "body{font-family:'Noto Serif CJK SC'}")
    scan(p, o("p07_anquan_saomiao_mimi.pdf"))

    # p20: owner-password-only RC4-40 encryption of a LibreOffice PDF with 秘密★6个月.
    p = lo_pdf("p20", "<p class='mark' style='text-align:left'>秘密★6个月</p>"
               "<h1>关于调整部分干部职务的通知</h1><p>　　经研究决定，对以下同志职务进行调整，"
               "任职时间自文件印发之日起计算。</p>", TITLE_CSS)
    run("qpdf", "--allow-weak-crypto", "--encrypt", "", "b89bOwner", "40", "--print=n", "--modify=n", "--",
        p, o("p20_renmian_rc4_40.pdf"))

    # c01: LibreOffice with Noto Serif CJK (fonts present): an explainer of the 保守国家秘密法.
    p = lo_pdf("c01", "<h1>《中华人民共和国保守国家秘密法》学习解读</h1>"
               "<p>一、国家秘密的密级</p><p>　　保守国家秘密法规定，国家秘密的密级分为绝密、机密、秘密三级。"
               "绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害。</p>"
               "<p>二、商业秘密</p><p>　　企业的商业秘密受反不正当竞争法保护，政府信息公开时应当依法处理。</p>"
               "<p style='text-align:center'>★★★</p>"
               "<p>三、关于工作秘密</p><p>　　工作秘密是指机关、单位在公务活动和内部管理中产生的，"
               "不属于国家秘密但泄露后会造成不良影响的事项。上网不涉密，涉密不上网。</p>"
               "<p>咨询电话：12345　邮箱：bmj@example.gov.cn</p>",
               "body{font-family:'Noto Serif CJK SC'} h1{font-family:'Noto Sans CJK SC';text-align:center}")
    shutil.copy(p, o("c01_baomifa_jiedu_lo.pdf"))

    # c16: ghostscript ps2pdf-style rewrite of a clean 政务公开 report with decorative stars.
    p = lo_pdf("c16", "<h1>2023年政府信息公开工作年度报告</h1>"
               "<p>　　本年度主动公开政府信息1862条，受理依申请公开87件，其中涉及商业秘密、个人隐私不予公开3件。</p>"
               "<p style='text-align:center'>★ ★ ★</p>"
               "<p>　　下一步，我们将坚持“上网不涉密，涉密不上网”原则，健全发布前保密审查机制。</p>"
               "<p>联系电话：0571-87051234</p>", TITLE_CSS)
    run("gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook",
        "-sOutputFile=" + o("c16_nianbao_gs.pdf"), p)

    # c05: a clean notice scanned back.
    p = lo_pdf("c05", "<h1>关于2024年端午节放假期间办事安排的公告</h1>"
               "<p>　　根据国务院办公厅通知，6月10日放假，共3天。假期期间，市民之家暂停对外服务，"
               "急办事项可拨打12345政务服务热线咨询。</p>"
               "<p style='text-align:right'>市政务服务管理局<br>2024年6月5日</p>",
               TITLE_CSS + "body{font-family:'Noto Serif CJK SC'}")
    scan(p, o("c05_duanwu_saomiao.pdf"))


GONGSHI_CSS = ("body{font-family:'Noto Sans CJK SC';font-size:11pt;margin:24px}"
               "h2{text-align:center}table{border-collapse:collapse}"
               "td,th{border:0.5px solid #333;padding:4px 6px;vertical-align:top}"
               ".id{width:72px;word-break:break-all}")


def gongshi_html(rows, title, foot=""):
    trs = "".join("<tr>" + "".join(f"<td class='{'id' if j == 2 else ''}'>{c}</td>"
                                   for j, c in enumerate(r)) + "</tr>" for r in rows)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + GONGSHI_CSS +
            "</style></head><body><h2>" + title + "</h2><table><tr><th>序号</th><th>姓名</th>"
            "<th class='id'>身份证号</th><th>户籍地</th><th>补贴金额（元）</th></tr>" + trs +
            "</table><p>公示期：2024年7月1日至7月7日。如有异议，请在公示期内向镇民政办反映，"
            "电话：0731-84561234。</p>" + foot + "</body></html>")


def chromium_docs():
    # p02: Chromium, a narrow 身份证号 column in which one unmasked ID wraps over several lines.
    rows = [["1", "李某某", mask(ID["furong"]), "芙蓉区定王台街道", "1200"],
            ["2", "周某某", mask(ID["xihu"]), "芙蓉区文艺路街道", "1200"],
            ["3", "陈丽华", ID["yuexiu"], "芙蓉区东湖街道", "800"],
            ["4", "刘某某", mask(ID["wuhou"]), "芙蓉区马坡岭街道", "800"]]
    chromium_pdf("p02", gongshi_html(rows, "2024年第二季度困难群众临时救助公示"),
                 o("p02_jiuzhu_gongshi_chromium.pdf"))

    # p08: a screenshot (PNG) of a 公示 with full IDs, as uploaded by a township.
    rows = [["1", "赵国庆", ID["shinan"], "市南区八大峡街道", "3000"],
            ["2", "孙某某", mask(ID["xuanwu"]), "市南区江苏路街道", "3000"],
            ["3", "吴晓燕", ID["xuhui"], "市南区金门路街道", "1500"]]
    html = gongshi_html(rows, "2024年度创业补贴拟发放人员名单公示").replace(".id{width:72px;word-break:break-all}", ".id{width:210px}")
    chromium_shot("p08", html, o("p08_chuangye_gongshi.png"), "860,420")

    # c02: Chromium, the same kind of list correctly masked, mobiles masked.
    rows = [["1", "李某某", mask(ID["furong"]), "雨花区圭塘街道", "1500"],
            ["2", "王某某", mask(ID["nanshan"]), "雨花区侯家塘街道", "1500"],
            ["3", "张某某", mask(ID["dongcheng"]), "雨花区左家塘街道", "900"]]
    chromium_pdf("c02", gongshi_html(rows, "2024年高龄津贴新增人员公示",
                                     "<p>经办人：李某，联系电话：139****6708</p>"),
                 o("c02_gaoling_tuomin_chromium.pdf"))

    # c06: JPG photo-like screenshot of a masked 公示.
    html = gongshi_html(rows, "2024年度低保边缘家庭认定结果公示").replace(".id{width:72px;word-break:break-all}", ".id{width:210px}")
    png = os.path.join(WORK, "c06.png")
    chromium_shot("c06", html, png, "860,400")
    run("convert", png, "-quality", "82", o("c06_dibao_tuomin.jpg"))

    # c04: Chromium notice encrypted AES-256 with an owner password only.
    tmp = os.path.join(WORK, "c04.pdf")
    chromium_pdf("c04", "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC';"
                 "font-size:14pt;margin:40px}h1{text-align:center;font-size:20pt}</style></head><body>"
                 "<h1>关于公布2024年第一批市级非物质文化遗产代表性项目名录的通知</h1>"
                 "<p>各区县（市）人民政府，市直有关单位：</p><p>　　经专家评审、社会公示，市人民政府同意"
                 "公布第一批市级非物质文化遗产代表性项目名录（共24项），现予公布。民间文学类3项，传统技艺类11项，"
                 "传统美术类6项，民俗类4项。</p><p style='text-align:right'>市人民政府<br>2024年4月18日</p></body></html>",
                 tmp)
    run("qpdf", "--encrypt", "", "b89bOwner", "256", "--print=full", "--modify=none", "--", tmp,
        o("c04_feiyi_aes256.pdf"))



def reportlab_doc(out, paras):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    fp = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
    pdfmetrics.registerFont(TTFont("Droid", fp))
    body = ParagraphStyle("b", fontName="Droid", fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    head = ParagraphStyle("h", fontName="Droid", fontSize=18, leading=28, alignment=1)
    flow = [Paragraph(paras[0], head), Spacer(1, 12)] + [Paragraph(t, body) for t in paras[1:]]
    SimpleDocTemplate(out, pagesize=A4, title=paras[0], author="执法支队").build(flow)


def reportlab_docs():
    tmp = os.path.join(WORK, "p03.pdf")
    reportlab_doc(tmp, [
        "行政处罚决定书",
        "杭西市监罚〔2024〕118号",
        f"当事人：何志强，男，公民身份号码：{ID['xihu']}，住所：杭州市西湖区文三路××号，联系电话：{MOB[1]}。",
        "2024年3月12日，本局执法人员对当事人经营的食品店进行检查，发现其销售超过保质期的预包装食品12袋。",
        "上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据该法第一百二十四条第一款，"
        "本局决定：没收违法所得人民币360元，并处罚款人民币5000元。",
        "如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。",
        "杭州市西湖区市场监督管理局　2024年4月2日"])
    run("qpdf", "--encrypt", "", "b89bOwner", "256", "--print=low", "--modify=none", "--extract=n", "--",
        tmp, o("p03_chufa_reportlab_aes256.pdf"))

    reportlab_doc(o("c03_chufa_qiye_reportlab.pdf"), [
        "行政处罚决定书",
        "甬环罚〔2024〕27号",
        "当事人：宁波市某某精密机械有限公司，统一社会信用代码：91330203MA2H4K7Q3B，法定代表人：陈某某。",
        "经查，当事人于2024年1月未按规定运行大气污染防治设施，违反了《中华人民共和国大气污染防治法》第二十条第二款。",
        "本机关决定：责令改正违法行为，处罚款人民币贰拾万元整（200000元）。罚款缴入指定账户，"
        "缴款书编号：3302032024000157。",
        "涉及当事人商业秘密的工艺参数已依法不予公开。监督电话：12369，0574-87365210。",
        "宁波市生态环境局　2024年3月15日"])


NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def text_obj(oid, x, y, s, size=4.2, font=1, color=None):
    """One OFD TextObject with a TextCode whose glyphs advance by size each (CJK full width)."""
    n = len(s)
    dx = f' DeltaX="g {n - 1} {size}"' if n > 1 else ""
    fill = f'<ofd:FillColor Value="{color}"/>' if color else ""
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} {n * size + 2} {size * 1.5}" Font="{font}" Size="{size}">'
            f'{fill}<ofd:TextCode X="0" Y="{size}"{dx}>{s}</ofd:TextCode></ofd:TextObject>')


def ofd(out, title, tpl_objs, page_objs):
    """Write an OFD package (GB/T 33190-2016): OFD.xml, Document, PublicRes, a template page and one page."""
    hdr = '<?xml version="1.0" encoding="UTF-8"?>'
    def page(objs):
        body = "".join(text_obj(i + 10, *a) for i, a in enumerate(objs))
        return body
    files = {
        "OFD.xml": f'{hdr}<ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                   f'<ofd:DocID>6a4f0c2e9b1d4e0f8c3a5b7d9e1f2a3b</ofd:DocID><ofd:Title>{title}</ofd:Title>'
                   '<ofd:Author>办公室</ofd:Author><ofd:CreationDate>2024-05-20</ofd:CreationDate>'
                   '<ofd:Creator>blind89b make.py</ofd:Creator></ofd:DocInfo>'
                   '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'{hdr}<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID>'
                              '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
                              '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
                              '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
                              '<ofd:Pages><ofd:Page ID="3" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'{hdr}<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
                               '<ofd:Font ID="1" FontName="仿宋" FamilyName="仿宋"/>'
                               '<ofd:Font ID="4" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>'
                               '<ofd:Font ID="5" FontName="黑体" FamilyName="黑体"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Tpls/Tpl_0/Content.xml": f'{hdr}<ofd:Page {NS}><ofd:Content><ofd:Layer ID="6">'
                                        + page(tpl_objs).replace('ID="1', 'ID="5') + '</ofd:Layer></ofd:Content></ofd:Page>',
        "Doc_0/Pages/Page_0/Content.xml": f'{hdr}<ofd:Page {NS}><ofd:Template TemplateID="2" ZOrder="Background"/>'
                                          '<ofd:Content><ofd:Layer ID="7">' + page(page_objs) +
                                          '</ofd:Layer></ofd:Content></ofd:Page>',
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in files.items():
            z.writestr(k, v)


def ofd_docs():
    body = [(25, 80, "各县（市、区）人民政府，市直各单位："),
            (33, 88, "现将《2024年全市重点产业链招商工作要点》印发给你们，"),
            (25, 96, "请认真抓好落实。招商项目清单按附件执行。"),
            (130, 130, "市人民政府办公室"),
            (132, 138, "2024年5月20日")]
    # p16: marking in the template page; ★1年 drawn before 机密 in stream order.
    ofd(o("p16_zhaoshang_muban_jimi.ofd"), "关于印发2024年全市重点产业链招商工作要点的通知",
        [(33.4, 20, "★1年", 5.6, 5), (22, 20, "机密", 5.6, 5),
         (40, 42, "市人民政府办公室文件", 11, 4, "255 0 0")],
        [(30, 62, "关于印发2024年全市重点产业链招商工作要点的通知", 5.6, 4)] + body)
    # c12: a clean OFD notice with a 红头 template and 发文字号.
    ofd(o("c12_guihua_ofd.ofd"), "关于公布城区停车收费标准的通知",
        [(40, 30, "市发展和改革委员会文件", 11, 4, "255 0 0"), (80, 52, "市发改〔2024〕56号", 4.2)],
        [(38, 66, "关于公布城区停车收费标准的通知", 5.6, 4),
         (25, 80, "各有关单位："), (33, 88, "经市人民政府同意，现将城区停车收费标准公布如下，"),
         (25, 96, "自2024年7月1日起执行。价格举报电话：12345。"),
         (130, 130, "市发展和改革委员会"), (132, 138, "2024年6月10日")])


def html_docs():
    # p15: a 信访 page whose hidden form field carries the writer's ID.
    with open(o("p15_xinfang_hidden_input.html"), "w", encoding="utf-8") as f:
        f.write(f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>信访事项办理结果公开</title>
<meta name="keywords" content="信访,办理结果"></head>
<body><div class="main" data-column="xfgk">
<h1>信访事项办理结果公开（2024年第18期）</h1>
<p>来信人反映某小区电梯长期故障问题，经区住建局协调，物业公司已于5月更换主板并恢复运行。</p>
<form action="/xf/reply" method="post">
<input type="hidden" name="xfr_xm" value="黄德明">
<input type="hidden" name="xfr_sfzh" value="{ID['yuexiu']}">
<input type="hidden" name="token" value="c9f1e2a7b04d">
<label>满意度评价</label><select name="myd"><option>满意</option><option>基本满意</option></select>
<button type="submit">提交</button></form>
<p>承办单位：区住房和城乡建设局　　办理时间：2024年5月27日</p>
</div></body></html>
""")
    # c11: a clean CMS page with template markers, data-* ids, hidden tokens, noscript.
    with open(o("c11_cms_zhengce.html"), "w", encoding="utf-8") as f:
        f.write("""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于进一步优化营商环境的若干措施</title>
<meta name="ArticleTitle" content="关于进一步优化营商环境的若干措施">
<meta name="PubDate" content="2024-03-08 09:30">
<meta name="ContentSource" content="市发展和改革委员会"></head>
<body>
<!-- #BeginEditable "content" -->
<nav aria-label="当前位置">首页 &gt; 政务公开 &gt; 政策文件</nav>
<div class="article" data-docid="20240308000127" data-channel="1105" data-site="330100">
<h1>关于进一步优化营商环境的若干措施</h1>
<p>一、压缩企业开办时间。企业开办全流程压缩至1个工作日以内。</p>
<p>二、推行“一件事”集成服务。推动不动产登记、水电气网联合报装一次办结。</p>
<p>三、强化政务服务热线。12345热线24小时受理企业诉求，咨询电话：0571-85252345。</p>
<div class="share" style="display:none">分享到：微信 微博</div>
</div>
<input type="hidden" name="_csrf" value="9b2e41f07c3d4a58b6e1d02f7a9c3e15">
<input type="hidden" id="pageId" value="13579246810">
<noscript>您的浏览器未启用脚本，部分功能无法使用。</noscript>
<!-- #EndEditable -->
</body></html>
""")


def subset_font():
    """Cut Noto Sans CJK SC out of the system collection and subset it to what p04 draws."""
    from fontTools.subset import Options, Subsetter
    from fontTools.ttLib import TTCollection
    col = TTCollection("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    font = next(f for f in col.fonts if "SC" in f["name"].getDebugName(1))
    text = ("绝密★长期关于边境管控区域调整的工作方案一、范围：涉及三个乡镇点位。二要求严格控制知悉不得复制"
            "完成时限2024年9月底前")
    opts = Options()
    opts.name_IDs = ["*"]
    sub = Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    font.save(os.path.join(WORK, "noto-subset.otf"))


def node_docs():
    with open(os.path.join(WORK, "data.json"), "w") as f:
        json.dump({"ID": ID, "MOB": MOB}, f)
    env = dict(os.environ, NODE_PATH=os.path.join(NPM, "node_modules"))
    run("node", os.path.join(HERE, "office.js"), os.path.join(WORK, "data.json"), OUT, WORK, env=env)


def legacy_docs():
    # p17: .doc saved by LibreOffice: 内部资料 as a label at the head, a contact mobile.
    src = w("p17.html", html_doc("<p style='text-align:right;font-family:黑体'>内部资料</p>"
                                 "<h1>全县防返贫动态监测情况汇报</h1>"
                                 "<p>　　截至6月底，全县纳入监测对象1236户，已消除风险812户。"
                                 f"具体名单请与县乡村振兴局监测股核对，联系人：覃主任，手机{MOB[6]}。</p>", TITLE_CSS))
    soffice(src, "doc:MS Word 97", infilter="HTML (StarWriter)")
    shutil.copy(os.path.join(WORK, "p17.doc"), o("p17_fanpin_neibu.doc"))
    soffice(os.path.join(WORK, "p18.xlsx"), "xls:MS Excel 97")
    shutil.copy(os.path.join(WORK, "p18.xls"), o("p18_weifang_mingdan.xls"))
    src = w("c13.html", html_doc("<h1>关于做好2024年秋季学期义务教育招生工作的通知</h1>"
                                 "<p>　　各学校要严格执行免试就近入学，不得以任何形式举行或变相举行入学考试。"
                                 "招生咨询电话：0851-86821234，监督举报电话：12345。</p>", TITLE_CSS))
    soffice(src, "doc:MS Word 97", infilter="HTML (StarWriter)")
    shutil.copy(os.path.join(WORK, "c13.doc"), o("c13_zhaosheng_tongzhi.doc"))
    soffice(os.path.join(WORK, "c14.xlsx"), "xls:MS Excel 97")
    shutil.copy(os.path.join(WORK, "c14.xls"), o("c14_bozhong_mianji.xls"))


def zips():
    with zipfile.ZipFile(o("p19_xinfang_fujian.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(WORK, "c05.pdf"), "附件1_办理说明.pdf")
        z.write(os.path.join(WORK, "附件2_答复意见.docx"), "附件2_答复意见.docx")
    with zipfile.ZipFile(o("c15_qiye_mingdan_fujian.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(WORK, "c04.pdf"), "附件2_通知.pdf")
        z.write(os.path.join(WORK, "附件1_企业名单.xlsx"), "附件1_企业名单.xlsx")


if __name__ == "__main__":
    subset_font()
    pdf_docs()
    chromium_docs()
    reportlab_docs()
    ofd_docs()
    html_docs()
    node_docs()
    legacy_docs()
    zips()
