"""OFD packages written per GB/T 33190, HTML pages, hand-written RTF, and the
OpenDocument flat-XML sources LibreOffice converts (make.sh runs soffice)."""
import io

from PIL import Image, ImageDraw, ImageFont

from ooxml import XML_DECL, t, write_zip
from values import V

OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------- OFD

class Ids:
    def __init__(self, start=10):
        self.n = start

    def __call__(self):
        self.n += 1
        return self.n


def text_obj(ids, x, y, text, size=5.6, font=3):
    n = len(text)
    dx = f' DeltaX="g {n - 1} {size}"' if n > 1 else ""
    return (f'<ofd:TextObject ID="{ids()}" Boundary="{x} {y} {n * size + 1:.1f} {size + 1:.1f}" Font="{font}" Size="{size}">'
            f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{size}"{dx}>{t(text)}</ofd:TextCode></ofd:TextObject>')


def lines_objs(ids, lines, x=25, y0=40, step=9, size=5.6):
    return "".join(text_obj(ids, x, y0 + i * step, s, size) for i, s in enumerate(lines))


def ofd(path, pages, template=None, annot=None, attachment=None, image=None, title="", keywords=""):
    """pages: list of content XML strings (already TextObjects/ImageObjects)."""
    ids = Ids(1000)
    entries = []
    info = (f'<ofd:DocInfo><ofd:DocID>6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f</ofd:DocID><ofd:Title>{t(title)}</ofd:Title>'
            '<ofd:Author>办公室</ofd:Author><ofd:CreationDate>2026-01-05</ofd:CreationDate>'
            + (f'<ofd:Keywords><ofd:Keyword>{t(keywords)}</ofd:Keyword></ofd:Keywords>' if keywords else "") +
            '<ofd:Creator>blind16</ofd:Creator></ofd:DocInfo>')
    entries.append(("OFD.xml", XML_DECL + f'<ofd:OFD {OFD_NS} Version="1.0" DocType="OFD"><ofd:DocBody>{info}'
                                          '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'))
    common = ('<ofd:CommonData><ofd:MaxUnitID>2000</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
              '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>')
    if image:
        common += '<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'
    if template:
        common += '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
    common += '</ofd:CommonData>'
    page_list = "".join(f'<ofd:Page ID="{100 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    doc = f'<ofd:Document {OFD_NS}>{common}<ofd:Pages>{page_list}</ofd:Pages>'
    if annot:
        doc += '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>'
    if attachment:
        doc += '<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>'
    doc += '</ofd:Document>'
    entries.append(("Doc_0/Document.xml", XML_DECL + doc))
    entries.append(("Doc_0/PublicRes.xml", XML_DECL + f'<ofd:Res {OFD_NS} BaseLoc="Res"><ofd:Fonts>'
                                                      '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'))
    if template:
        entries.append(("Doc_0/Tpls/Tpl_0/Content.xml",
                        XML_DECL + f'<ofd:Page {OFD_NS}><ofd:Content><ofd:Layer ID="{ids()}" Type="Background">'
                                   f'{template}</ofd:Layer></ofd:Content></ofd:Page>'))
    tpl = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if template else ""
    for i, content in enumerate(pages):
        entries.append((f"Doc_0/Pages/Page_{i}/Content.xml",
                        XML_DECL + f'<ofd:Page {OFD_NS}>{tpl}<ofd:Content><ofd:Layer ID="{ids()}">{content}'
                                   '</ofd:Layer></ofd:Content></ofd:Page>'))
    if annot:
        remark, appearance_text = annot
        entries.append(("Doc_0/Annots/Annotations.xml",
                        XML_DECL + f'<ofd:Annotations {OFD_NS}><ofd:Page PageID="100"><ofd:FileLoc>Page_0/Annotation.xml'
                                   '</ofd:FileLoc></ofd:Page></ofd:Annotations>'))
        entries.append(("Doc_0/Annots/Page_0/Annotation.xml",
                        XML_DECL + f'<ofd:PageAnnot {OFD_NS}><ofd:Annot ID="{ids()}" Type="Highlight" Creator="张某某" '
                                   f'LastModDate="2026-01-05"><ofd:Remark>{t(remark)}</ofd:Remark>'
                                   f'<ofd:Appearance Boundary="25 200 160 12">{text_obj(ids, 0, 0, appearance_text, 4.2)}'
                                   '</ofd:Appearance></ofd:Annot></ofd:PageAnnot>'))
    if attachment:
        name, data = attachment
        entries.append(("Doc_0/Attachs/Attachments.xml",
                        XML_DECL + f'<ofd:Attachments {OFD_NS}><ofd:Attachment ID="{ids()}" Name="{name}" Format="txt" '
                                   f'CreationDate="2026-01-05T09:30:00" Size="{len(data) / 1024:.2f}" Visible="true">'
                                   f'<ofd:FileLoc>{name}</ofd:FileLoc></ofd:Attachment></ofd:Attachments>'))
        entries.append((f"Doc_0/Attachs/{name}", data))
    if image:
        entries.append(("Doc_0/DocumentRes.xml",
                        XML_DECL + f'<ofd:Res {OFD_NS} BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="70" Type="Image" '
                                   'Format="PNG"><ofd:MediaFile>scan1.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>'))
        entries.append(("Doc_0/Res/scan1.png", image))
    write_zip(path, entries)


def scan_png(lines):
    font = ImageFont.truetype(FONT, 44)
    im = Image.new("L", (1240, 700), 255)
    d = ImageDraw.Draw(im)
    for i, s in enumerate(lines):
        d.text((90, 90 + i * 90), s, font=font, fill=0)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True)
    return b.getvalue()


def build_ofd(outdir, L):
    p = lambda n: f"{outdir}/{n}"
    body = ["各区人民政府，市政府各部门：", "现将有关事项通知如下，请认真贯彻执行。"]
    ids = Ids()
    # Marking drawn per glyph, the ★1年 part before the level word (order of drawing differs from reading order).
    marking = (text_obj(ids, 20, 22, "000126", 5.6) +
               text_obj(ids, 31.2, 31, "★1年", 5.6) + text_obj(ids, 20, 31, "机", 5.6) + text_obj(ids, 25.6, 31, "密", 5.6))
    ofd(p("ofd-marking.ofd"), [marking + text_obj(ids, 40, 70, "关于做好春节期间安全生产工作的通知", 7.7) +
                               lines_objs(ids, body, y0=90)], title="关于做好春节期间安全生产工作的通知")
    L("ofd-marking.ofd", "block", ["classified_marking"], [],
      "hand OFD: 份号 line then 机密★1年 drawn as four TextObjects, ★1年 first in drawing order, 机 and 密 placed left of it")

    ids = Ids()
    i = V["id10"]
    # The label is 5 glyphs and the first half 9 digits, so the right half starts 14 glyphs in.
    p2 = (text_obj(ids, 25, 40, "二、补助对象", 5.6) +
          text_obj(ids, 25 + 14 * 5.6, 49, i[9:], 5.6) +
          text_obj(ids, 25, 49, "身份证号：", 5.6) +
          text_obj(ids, 25 + 5 * 5.6, 49, i[:9], 5.6))
    ofd(p("ofd-page2-id.ofd"), [lines_objs(ids, ["一、补助标准", "每人每月500元。"]), p2], title="补助公示")
    L("ofd-page2-id.ofd", "block", ["id_card"], [V["id10"]],
      "hand OFD: ID on page 2 split into two TextObjects on one line, the right half drawn first (reading order from X positions)")

    ids = Ids()
    att = ("mingdan.txt", f"姓名,身份证号\n卫某某,{V['id11']}\n".encode("utf-8"))
    ofd(p("ofd-annot-attach.ofd"), [lines_objs(ids, ["关于公布2026年度资助名单的通知", "名单见附件。"])],
        annot=(f"经办人手机{V['mob8']}", "已核"), attachment=att, title="资助名单")
    L("ofd-annot-attach.ofd", "block", ["id_card", "mobile_phone"], [V["id11"], V["mob8"]],
      "hand OFD: mobile only in an Annot's ofd:Remark (Annots/Page_0/Annotation.xml); ID only in attachment Attachs/mingdan.txt (CSV text)")

    ids = Ids()
    tpl = text_obj(ids, 20, 25, "秘密★1年", 5.6) + text_obj(ids, 30, 45, "某某县人民政府文件", 12)
    ofd(p("ofd-template-marking.ofd"), [lines_objs(ids, ["关于印发工作方案的通知"] + body, y0=80)], template=tpl,
        title="关于印发工作方案的通知")
    L("ofd-template-marking.ofd", "block", ["classified_marking"], [],
      "hand OFD: 秘密★1年 only on the TemplatePage (Tpls/Tpl_0/Content.xml, Background layer) the page uses")

    ids = Ids()
    img = scan_png(["值班安排", f"值班手机 {V['mob9']}"])
    ofd(p("ofd-image-page.ofd"),
        [lines_objs(ids, ["值班安排见下页。"]),
         f'<ofd:ImageObject ID="{ids()}" Boundary="0 0 210 119" CTM="210 0 0 119 0 0" ResourceID="70"/>'],
        image=img, title="值班安排")
    L("ofd-image-page.ofd", "review", [], [V["mob9"]],
      "hand OFD: page 2 is only an ImageObject (a rendered scan with a mobile); the docs say OFD scanned pages are unreadable, OCR would find mobile_phone: either way review")

    ids = Ids()
    tpl = text_obj(ids, 30, 25, "某某市人民政府办公室文件", 12) + text_obj(ids, 70, 45, "某政办发〔2026〕5号", 5.6)
    ofd(p("ofd-clean.ofd"),
        [lines_objs(ids, ["关于进一步做好政务公开保密审查工作的通知",
                          "各单位要严格落实《中华人民共和国保守国家秘密法》，坚持“涉密不上网，上网不涉密”。",
                          "联系电话：0571-87003456；政务服务热线：12345。",
                          "门户网站：https://www.gov.cn/"], y0=80)], template=tpl, title="政务公开保密审查", keywords="保密;政务公开")
    L("ofd-clean.ofd", "pass", [], [],
      "hand OFD: clean control: 红头 and 发文字号 on the template page, 保守国家秘密法 quote, landline, 12345, public URL")

    ids = Ids()
    ofd(p("ofd-masked.ofd"),
        [lines_objs(ids, ["2026年度就业困难人员认定结果公示", "姓名：张某某  身份证号：330106********0018",
                          "姓名：王某某  身份证号：110101********4514  联系电话：138****1234",
                          "公示期内如有异议，请拨打0571-87001313反映。"])], title="认定结果公示")
    L("ofd-masked.ofd", "pass", [], [],
      "hand OFD: clean control: masked IDs (6+8*+4) and a masked mobile, names 张某某, a landline")


# ---------------------------------------------------------------- HTML

def page(title, body, head="", charset="utf-8"):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}"><title>{title}</title>{head}</head>'
            f'<body>{body}</body></html>\n')


NAV = ('<nav class="menu"><a href="/">首页</a> <a href="/xxgk/">信息公开</a> <a href="/hdjl/">互动交流</a></nav>')


def build_html(outdir, L):
    def w(name, text, enc="utf-8"):
        with open(f"{outdir}/{name}", "wb") as f:
            f.write(text.encode(enc))

    w("html-gbk-class-hidden.html", page("低保名单公示", NAV + "<h1>低保名单公示</h1><p>名单如下（已脱敏）：蒋某某。</p>"
                                       f'<div class="bak">原始记录：蒋某某 身份证号 {V["id12"]}</div>',
                                       head="<style>.bak{display:none}</style>", charset="gbk"), "gbk")
    L("html-gbk-class-hidden.html", "block", ["id_card", "hidden_content"], [V["id12"]],
      "hand HTML, GBK: ID in a div hidden by a class rule (.bak{display:none} in <style>)")

    w("html-visibility-mobile.html", page("通知", NAV + "<h1>关于开展志愿服务的通知</h1><p>请各单位报名。</p>"
                                           f'<p style="visibility:hidden">负责人手机 {V["mob10"]}</p>'))
    L("html-visibility-mobile.html", "review", ["mobile_phone", "hidden_content"], [V["mob10"]],
      "hand HTML: mobile in a <p style=visibility:hidden>")

    w("html-fontsize0-card.html", page("退费公告", NAV + "<h1>退费公告</h1><p>退费已办理完毕。</p>"
                                       f'<p>账户信息<span style="font-size:0">银行卡号{V["card2"]}</span></p>'))
    L("html-fontsize0-card.html", "block", ["bank_card"], [V["card2"]],
      "hand HTML: 银行卡号 + UnionPay card in a span with font-size:0")

    w("html-offscreen-marking.html", page("工作方案", '<div style="position:absolute;left:-9999px;top:0">机密★1年</div>'
                                          + NAV + "<h1>关于印发工作方案的通知</h1><p>现印发给你们，请遵照执行。</p>"))
    L("html-offscreen-marking.html", "block", ["classified_marking"], [],
      "hand HTML: 机密★1年 alone in the first element of the body, positioned off-screen (left:-9999px)")

    w("html-samecolor-passport.html", page("出访公示", NAV + '<div style="background:#ffffff"><h1>因公出国（境）公示</h1>'
                                           "<p>团组：考察团，人数：3人。</p>"
                                           f'<p style="color:#ffffff">团长护照号码：{V["pp2"]}</p></div>'))
    L("html-samecolor-passport.html", "review", ["passport"], [V["pp2"]],
      "hand HTML: 护照号码 + number in white text on a white background")

    srcdoc = f'<p>联系人身份证号 {V["id13"]}</p>'.replace('"', "&quot;")
    w("html-template-srcdoc.html", page("报名", NAV + "<h1>报名须知</h1>"
                                        f'<template id="row"><tr><td>联系人手机</td><td>{V["mob11"]}</td></tr></template>'
                                        f'<iframe srcdoc="{srcdoc}" width="300" height="80"></iframe>'))
    L("html-template-srcdoc.html", "block", ["id_card", "mobile_phone"], [V["id13"], V["mob11"]],
      "hand HTML: mobile only inside <template>; ID only inside iframe srcdoc (entity-quoted)")

    w("html-noscript-svg.html", page("车辆公示", NAV + "<h1>公务用车公示</h1>"
                                    f'<noscript><p>车牌号：{V["plate2"]}</p></noscript>'
                                    '<svg width="400" height="40" xmlns="http://www.w3.org/2000/svg">'
                                    f'<text x="0" y="20">驾驶员身份证号 {V["id14"]}</text></svg>'))
    L("html-noscript-svg.html", "block", ["id_card", "license_plate"], [V["id14"]],
      "hand HTML: plate only in <noscript>; ID only in inline SVG <text>")

    w("html-alt-title-attr.html", page("活动", NAV + "<h1>活动照片</h1>"
                                      f'<img src="a.jpg" alt="现场联系人手机{V["mob12"]}" width="10" height="10">'
                                      f'<p><abbr title="联系人手机{V["mob13"]}">联系我们</abbr></p>'))
    L("html-alt-title-attr.html", "review", ["mobile_phone"], [V["mob12"], V["mob13"]],
      "hand HTML: mobiles only in img alt and an abbr title attribute (tooltip)")

    w("html-links-meta-intranet.html", page("下载", NAV + "<h1>材料下载</h1>"
                                           '<p><a href="http://172.16.8.20:8080/files/fujian.xls">附件下载</a></p>'
                                           '<p><a href="file://\\\\10.2.3.4\\share\\">共享目录</a></p>',
                                           head='<meta name="source" content="http://192.168.100.7/cms/edit?id=88">'))
    L("html-links-meta-intranet.html", "review", ["internal_address"], [],
      "hand HTML: private IPs only in <a href> targets (172.16.x:8080, file://\\\\10.x UNC) and a <meta content>")

    w("html-br-cell-id.html", page("名单", NAV + "<h1>名单</h1><table border=1><tr><th>姓名</th><th>身份证号</th></tr>"
                                   f'<tr><td>沈某某</td><td>{V["id15"][:10]}<br>{V["id15"][10:]}</td></tr></table>'))
    L("html-br-cell-id.html", "block", ["id_card"], [V["id15"]],
      "hand HTML: ID wrapped with <br> inside one table cell under a 身份证号 heading")

    ent = "".join(f"&#{ord(c)};" for c in V["id16"])
    zw = "\u200b".join(V["id17"][i:i + 6] for i in range(0, 18, 6))
    fw = "".join(chr(ord(c) + 0xFEE0) for c in V["mob14"])
    w("html-entities-zw.html", page("公示", NAV + "<h1>公示</h1>"
                                    f"<p>申请人一身份证号：{ent}</p><p>申请人二身份证号：{zw}</p><p>联系手机：{fw}</p>"))
    L("html-entities-zw.html", "block", ["id_card", "mobile_phone"], [V["id16"], V["id17"], V["mob14"]],
      "hand HTML: one ID as decimal character references &#49;…, one with U+200B zero-width spaces inside, mobile in full-width digits")

    w("html-comment.html", page("通知", NAV + "<h1>关于调整办公地点的通知</h1><p>自即日起搬迁。</p>"
                                f"<!-- 原稿：联系人李某某，手机{V['mob15']}，内部资料 注意保存 -->"))
    L("html-comment.html", "review", ["hidden_content", "mobile_phone"], [V["mob15"]],
      "hand HTML: mobile and 内部资料 注意保存 only in an HTML comment")

    w("html-clean-utf8.html", page("政务公开保密审查", NAV + "<h1>关于加强政务公开保密审查的通知</h1>"
                                   "<p>各单位要严格执行《中华人民共和国保守国家秘密法》，坚持“涉密不上网，上网不涉密”。</p>"
                                   "<table border=1><tr><th>部门</th><th>电话</th></tr><tr><td>办公室</td><td>0571-87001111</td></tr>"
                                   "<tr><td>政务服务热线</td><td>12345</td></tr></table>"
                                   '<p>政策原文：<a href="https://www.gov.cn/zhengce/">中国政府网</a>，服务器公网地址 202.96.128.86。</p>'
                                   "<p>邮箱：bgs@example.gov.cn</p>",
                                   head='<meta name="keywords" content="保密审查,政务公开">'))
    L("html-clean-utf8.html", "pass", [], [],
      "hand HTML: clean control: 保守国家秘密法 quote, landlines and 12345 in a table, public link and IP, agency mailbox, meta keywords")

    w("html-clean-gbk-menu.html",
      page("信息公开", '<div class="m-nav" style="display:none">' + NAV + "</div>" + NAV +
           "<h1>2026年政府信息公开工作年度报告</h1><p>全年主动公开信息1523条，依申请公开86件。</p>"
           '<div id="tpl" style="display:none">{{article.content}}</div>'
           '<input type="hidden" name="csrf" value="a8f3c2">'
           "<p>涉密文件一律不得上网，秘密级文件的管理按有关规定执行。</p>", charset="gbk"), "gbk")
    L("html-clean-gbk-menu.html", "pass", [], [],
      "hand HTML, GBK: clean control: a display:none copy of the menu, a hidden template marker {{article.content}}, a hidden CSRF input, prose about 涉密/秘密级")

    w("html-clean-prose.html",
      page("保密知识", NAV + "<h1>保密知识问答</h1><h2>一、什么是国家秘密？</h2>"
           "<p>国家秘密的密级分为绝密、机密、秘密三级。密级标志的标注方法见GB/T 9704。</p>"
           "<h2>二、关于工作秘密</h2><p>工作秘密是指机关单位在公务活动中产生的、不属于国家秘密的事项。</p>"
           f"<p>示例编号：{V['badid2']}（不是身份证号，校验位不符）。</p>"
           f"<p>卡号格式示例：{V['badcard2']}（未通过Luhn校验）。</p>"
           "<p>举报电话：12339，值班电话：010-65001234。</p>"))
    L("html-clean-prose.html", "pass", [], [],
      "hand HTML: clean control: Q&A prose about 国家秘密/密级 and 工作秘密 (numbered heading), an 18-digit 编号 failing GB 11643, 卡号 failing Luhn, hotline 12339, landline")

    w("html-clean-aria-masked.html",
      page("公示", NAV + '<button aria-label="关闭对话框" data-role="close">×</button>'
           "<noscript>请启用JavaScript以获得更好的浏览体验。</noscript>"
           '<template id="item"><li>{{name}}：{{phone}}</li></template>'
           "<h1>2026年度公租房资格审核结果公示</h1><table border=1><tr><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>"
           "<tr><td>张某某</td><td>330106********0018</td><td>138****1234</td></tr>"
           "<tr><td>李某某</td><td>110101********4514</td><td>139****5678</td></tr></table>"
           '<p data-note="公示期5个工作日">公示期为5个工作日，监督电话0571-87001212。</p>'))
    L("html-clean-aria-masked.html", "pass", [], [],
      "hand HTML: clean control: masked IDs and mobiles in a 公示 table, aria-label/data-* attributes, <noscript> notice, <template> with {{}} markers")


# ---------------------------------------------------------------- RTF

def rtf_u(s):
    out = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c if c not in "\\{}" else "\\" + c)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def rtf_gbk(s):
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        else:
            out.append("".join(f"\\'{b:02x}" for b in c.encode("gbk")))
    return "".join(out)


def build_rtf(outdir, L):
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
            + rtf_gbk("宋体") + ";}{\\f1\\fnil\\fcharset134 " + rtf_gbk("黑体") + ";}}\n\\viewkind4\\uc1\n")
    doc = (head + "\\pard\\f1\\fs32 " + rtf_u("绝密★长期") + "\\par\n"
           "\\pard\\qc\\f0\\fs44 " + rtf_gbk("关于重点项目建设的请示") + "\\par\n"
           "\\pard\\f0\\fs32 " + rtf_gbk("市人民政府：现将有关情况报告如下。") + "\\par\n}")
    open(f"{outdir}/hand-rtf-marking.rtf", "w", encoding="ascii").write(doc)
    L("hand-rtf-marking.rtf", "block", ["classified_marking"], [],
      "hand RTF: 绝密★长期 as \\uN? escapes on the first paragraph; the rest as GBK \\'hh escapes (ansicpg936)")
    doc = (head + "\\pard\\qc\\f0\\fs44 " + rtf_gbk("关于开展保密宣传月活动的通知") + "\\par\n"
           "\\pard\\f0\\fs32 " + rtf_gbk("各单位要组织学习《中华人民共和国保守国家秘密法》，增强涉密人员保密意识。") + "\\par\n"
           + rtf_u("咨询电话：0571-87009876。") + "\\par\n}")
    open(f"{outdir}/hand-rtf-clean.rtf", "w", encoding="ascii").write(doc)
    L("hand-rtf-clean.rtf", "pass", [], [],
      "hand RTF: clean control: 保守国家秘密法, 涉密人员 prose, landline")


# ---------------------------------------------------------------- LibreOffice sources

FODT_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
             'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
             'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
             'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
             'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
             'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
             'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
             'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
             'office:version="1.3" office:mimetype="{mime}">')


def fodt(lines, styles="", pre="", meta=""):
    ps = "".join(x if x.startswith("<") else f"<text:p>{t(x)}</text:p>" for x in lines)
    return (FODT_HEAD.replace("{mime}", "application/vnd.oasis.opendocument.text") +
            (f"<office:meta>{meta}</office:meta>" if meta else "") +
            f"<office:automatic-styles>{styles}</office:automatic-styles>"
            f"<office:body><office:text>{pre}{ps}</office:text></office:body></office:document>\n")


def fodp(slides):
    """slides: list of (lines, notes_lines)."""
    pages = []
    for i, (lines, notes) in enumerate(slides, 1):
        frames = "".join(f'<draw:frame svg:x="1.5cm" svg:y="{1 + k * 2}cm" svg:width="22cm" svg:height="1.6cm">'
                         f'<draw:text-box><text:p>{t(x)}</text:p></draw:text-box></draw:frame>' for k, x in enumerate(lines))
        n = ""
        if notes:
            n = ('<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" svg:width="17cm" '
                 f'svg:height="10cm"><draw:text-box>{"".join(f"<text:p>{t(x)}</text:p>" for x in notes)}'
                 '</draw:text-box></draw:frame></presentation:notes>')
        pages.append(f'<draw:page draw:name="page{i}" draw:master-page-name="Default">{frames}{n}</draw:page>')
    return (FODT_HEAD.replace("{mime}", "application/vnd.oasis.opendocument.presentation") +
            '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
            'fo:page-width="28cm" fo:page-height="21cm"/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
            f'<office:body><office:presentation>{"".join(pages)}</office:presentation></office:body></office:document>\n')


def fods(rows, name="Sheet1"):
    trs = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{t(c)}</text:p></table:table-cell>' for c in r)
        + "</table:table-row>" for r in rows)
    return (FODT_HEAD.replace("{mime}", "application/vnd.oasis.opendocument.spreadsheet") +
            f'<office:body><office:spreadsheet><table:table table:name="{name}">{trs}</table:table>'
            '</office:spreadsheet></office:body></office:document>\n')


def build_lo_sources(srcdir):
    def w(name, text):
        open(f"{srcdir}/{name}", "w", encoding="utf-8").write(text)
    notice = ["各区人民政府，市政府各部门：", "现将有关事项通知如下，请认真贯彻执行。"]
    w("lo-marking.fodt", fodt(["机密★1年", "关于做好重点时段安全稳定工作的通知"] + notice))
    w("lo-hidden-id.fodt", fodt(["困难职工帮扶名单", "帮扶对象：韩某某。",
                                 f'<text:p>备注<text:span text:style-name="T1">（身份证号 {V["id18"]}）</text:span>。</text:p>'],
                                styles='<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>'))
    w("lo-tracked-mobile.fodt", fodt(
        ['<text:p>联系人：办公室<text:change text:change-id="ct1"/>。</text:p>', "请按时报送。"],
        pre=('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
             '<dc:creator>张某某</dc:creator><dc:date>2026-01-05T10:00:00</dc:date></office:change-info>'
             f'<text:p>（杨某某，手机{V["mob16"]}）</text:p></text:deletion></text:changed-region></text:tracked-changes>')))
    w("lo-clean.fodt", fodt(["关于开展保密自查自评工作的通知",
                             "各单位要对照《中华人民共和国保守国家秘密法》开展自查，重点检查涉密载体管理和涉密人员培训情况。",
                             "秘密、机密、绝密文件的清点工作由各单位保密员负责。",
                             "联系电话：0571-87002222。"]))
    w("lo-card.fodt", fodt(["学生资助发放说明", f"发放银行：农业银行  银行卡号：{V['card3']}", "请核对。"]))
    w("lo-wps-id.fodt", fodt(["2026年度先进个人推荐表", f"姓名：许某某  身份证号：{V['id19']}", "推荐单位：某某街道"]))
    w("p-marking.fodp", fodp([(["秘密★1年", "重大项目推进情况汇报"], None), (["一、项目进展"], None)]))
    w("p-notes-id.fodp", fodp([(["2026年度工作汇报"], [f"讲稿备注：获奖人何某某身份证号{V['id20']}，颁奖时核对。"]),
                               (["谢谢"], None)]))
    w("p-notes-mobile.fodp", fodp([(["防汛工作部署会"], [f"会务联系人吕某某，手机{V['mob17']}。"])]))
    w("p-clean.fodp", fodp([(["政务公开工作培训", "某某市人民政府办公室"], ["讲解时强调：涉密不上网，上网不涉密。"]),
                            (["一、保密审查流程", "咨询电话 0571-87003333"], None)]))
    w("s-ids.fods", fods([["序号", "姓名", "身份证号", "金额"], ["1", "施某某", V["id21"], "1200"],
                          ["2", "张某某", V["id22"], "800"]], "发放名单"))
    w("s-mobiles.fods", fods([["序号", "姓名", "联系电话"], ["1", "孔某某", V["mob18"]], ["2", "曹某某", V["mob19"]]], "联络员"))
    w("s-clean.fods", fods([["单位", "办公电话", "主动公开条数"], ["办公室", "0571-87004444", "120"],
                            ["法规科", "0571-87005555", "86"]], "统计"))
