"""Chromium --print-to-pdf files of blind18-pdf (HTML with CSS)."""
import os
import subprocess

from data import R, card, id18, mobile, name, plate, uscc
from common import L, OUT, WORK

CSS = """
@page { size: A4; margin: 25mm 20mm 22mm 24mm; }
body { font-family: "FangSong", "仿宋_GB2312", "WenQuanYi Micro Hei", serif; font-size: 15pt; line-height: 1.7; }
.hong { color: #d00; font-family: "Noto Serif CJK SC"; font-weight: bold; font-size: 30pt; text-align: center; letter-spacing: 2pt; margin-top: 12mm; }
.wh { text-align: center; font-size: 14pt; }
hr.hr { border: 0; border-top: 2px solid #d00; }
h1 { font-family: "WenQuanYi Zen Hei"; font-size: 19pt; text-align: center; font-weight: normal; }
.tl { font-family: "WenQuanYi Zen Hei"; font-size: 14pt; line-height: 1.4; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; }
td, th { border: 0.75pt solid #000; padding: 2pt 4pt; }
p { text-indent: 2em; margin: 0; }
"""


def page(title, body, css=""):
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title><style>%s%s</style></head><body>%s</body></html>"
            % (title, CSS, css, body))


def chrome(fname, html):
    src = os.path.join(WORK, fname.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    out = os.path.join(OUT, fname)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(WORK, "chrome-profile"),
                    "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return out


HONGTOU = "<div class='hong'>××市人民政府办公室文件</div><div class='wh'>×政办发〔2026〕18号</div><hr class='hr'>"


def para(*xs):
    return "".join("<p>%s</p>" % x for x in xs)


def run():
    # c01: full GB/T 9704 head block at top-left: 份号, 密级★期限, 紧急程度.
    chrome("c01_gongwen_head.pdf", page("通知",
        "<div class='tl'>000126<br>机密★5年<br>特急</div>" + HONGTOU +
        "<h1>关于做好岁末年初安全生产工作的通知</h1>" +
        para("各县（市、区）人民政府，市政府各部门：", "为切实做好岁末年初安全生产工作，经市政府同意，现就有关事项通知如下。",
             "一、压实安全生产责任。各地各部门要严格落实属地管理责任。")))
    L("c01_gongwen_head.pdf", "block", ["classified_marking"], [],
      "Chromium 公文: 份号 000126 / 机密★5年 / 特急 stacked at the top-left above the 红头 (GB/T 9704 版头)")

    # c02: marking is the last element of the DOM, moved to the top by position:absolute.
    m = mobile()
    chrome("c02_abs_last.pdf", page("通知",
        HONGTOU + "<h1>关于开展防汛物资检查的通知</h1>" +
        para("各有关单位：", "请于6月10日前完成防汛物资自查，联系人%s，手机%s。" % (name(), m)) +
        "<div style='position:absolute;top:0;left:0;font-family:WenQuanYi Zen Hei;font-size:15pt'>秘密★1年</div>"))
    L("c02_abs_last.pdf", "block", ["classified_marking", "mobile_phone"], [m],
      "Chromium: 秘密★1年 is the DOM's last element, position:absolute to the page's top-left, so it is drawn after the body but shown first")

    # c03: the marking exists only as CSS ::before content of an empty header div.
    chrome("c03_before_content.pdf", page("通知",
        "<div class='tl mark'></div>" + HONGTOU + "<h1>关于调整部分干部职务的通知</h1>" +
        para("经研究决定，对部分同志的职务作如下调整。", "本通知自印发之日起执行。"),
        ".mark::before{content:'秘密\\2605 6个月';}"))
    L("c03_before_content.pdf", "block", ["classified_marking"], [],
      "Chromium: 秘密★6个月 exists only as CSS ::before content (\\2605 escape) of an empty div at the top-left; not in the HTML text")

    # c04: an ID spread by letter-spacing in a 公示.
    i1 = id18()
    chrome("c04_letterspacing_id.pdf", page("公示",
        "<h1>2026年度见义勇为人员拟表彰名单公示</h1>" +
        para("经评审，拟对以下人员予以表彰，现予公示。",
             "%s，身份证号：<span style='letter-spacing:6pt'>%s</span>，事迹：勇救落水儿童。" % (name(), i1),
             "公示期：2026年12月7日至12月13日。监督电话：0571-87052345。")))
    L("c04_letterspacing_id.pdf", "block", ["id_card"], [i1],
      "Chromium: an 18-digit ID in a span with letter-spacing:6pt (every digit its own gap)")

    # c05: two columns (column-count) with a mobile and a plate.
    m, p = mobile(), plate()
    filler = "根据市委、市政府关于优化营商环境的部署，各部门持续推进政务服务标准化、规范化、便利化建设，取得了明显成效。" * 3
    chrome("c05_two_columns.pdf", page("简报",
        "<h1>工作简报（第12期）</h1><div style='column-count:2;column-gap:12mm;font-size:12pt'>" +
        para(filler, "本期联络员%s，手机 %s。" % (name(), m), filler,
             "执法车辆 %s 于11月20日完成年检。" % p, filler) + "</div>"))
    L("c05_two_columns.pdf", "review", ["mobile_phone", "license_plate"], [m, p],
      "Chromium CSS column-count:2 brief: a mobile in the left column, a plate in the right")

    # c06: ruled table, ID and card wrap inside narrow cells.
    rows, raws = "", []
    for _ in range(4):
        i, c, mm = id18(), card(), mobile()
        raws += [i, c, mm]
        rows += "<tr><td>%s</td><td style='width:62pt;word-break:break-all'>%s</td><td style='width:70pt;word-break:break-all'>%s</td><td>%s</td></tr>" % (name(), i, c, mm)
    chrome("c06_table_wrap.pdf", page("名单",
        "<h1>2026年度困难职工帮扶资金发放名单</h1><table><tr><th>姓名</th><th>身份证号</th><th>银行卡号</th><th>联系电话</th></tr>%s</table>" % rows))
    L("c06_table_wrap.pdf", "block", ["id_card", "bank_card", "mobile_phone"], raws,
      "Chromium ruled table: IDs and UnionPay cards wrap over two or three lines inside their narrow cells (word-break:break-all)")

    # c07: intranet targets only in link hrefs.
    chrome("c07_link_href.pdf", page("通知",
        "<h1>关于启用新版公文交换系统的通知</h1>" +
        para("各处室：新版公文交换系统已于12月1日上线，请<a href='http://192.168.20.15:8080/gwjh/login.jsp'>点击此处登录</a>。",
             "操作手册请<a href='http://10.35.6.12/oa/manual.docx'>在此下载</a>，有疑问请联系信息中心。")))
    L("c07_link_href.pdf", "review", ["internal_address"], [],
      "(first run listed 192.168.20.15 as a raw value; docs mask no IPs, so it was taken out) Chromium: the intranet URL http://192.168.20.15:8080/… is only in an <a href>, the visible text says 点击此处登录")

    # c08: a rotated 工作秘密 label along the binding edge.
    chrome("c08_rotated_label.pdf", page("材料",
        "<div style='position:fixed;left:0;top:150mm;transform-origin:0 0;transform:rotate(-90deg);font-family:WenQuanYi Zen Hei;font-size:14pt'>工作秘密　请勿外传</div>" +
        "<h1>全市重点项目推进情况汇报</h1>" + para("今年以来，全市重点项目总体进展顺利，完成投资比例高于序时进度。" * 4)))
    L("c08_rotated_label.pdf", "review", ["sensitive_term"], [],
      "Chromium: 工作秘密　请勿外传 written vertically (transform:rotate(-90deg)) in the left margin")

    # c11 (near miss, review): a full marking quoted inside a sentence of a secrecy article.
    chrome("c11_marking_in_sentence.pdf", page("宣传",
        "<h1>保密知识：如何识别密级标志</h1>" +
        para("国家秘密的密级分为绝密、机密、秘密三级。", "例如，某文件首页左上角标注“秘密★1年”，表示该文件为秘密级，保密期限为一年。",
             "发现涉密文件应及时报告，不得擅自复制。")))
    L("c11_marking_in_sentence.pdf", "review", ["classified_marking"], [],
      "near miss, Chromium: a full marking 秘密★1年 quoted as an example inside a sentence; README: a full marking inside a sentence goes to a human")

    # ---- clean controls ----
    chrome("n01_law_notice.pdf", page("通知", HONGTOU +
        "<h1>关于开展2026年保密宣传教育月活动的通知</h1>" +
        para("各单位：为深入学习贯彻《中华人民共和国保守国家秘密法》，增强干部职工保密意识，决定开展保密宣传教育月活动。",
             "一、活动内容。组织学习保守国家秘密法及其实施条例，了解国家秘密的范围和密级，掌握定密、解密的基本要求。",
             "二、工作要求。涉密不上网，上网不涉密。各单位要把国家秘密和工作秘密的管理纳入日常工作。",
             "咨询电话：0571-87051234。")))
    L("n01_law_notice.pdf", "pass", [], [], "clean, Chromium 红头: quotes 保守国家秘密法, talks of 国家秘密, 密级, 定密 and 工作秘密 in prose")

    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (n[0] + "某某", i[:6] + "********" + i[-4:], mm[:3] + "****" + mm[-4:])
                   for n, i, mm in [(name(), id18(), mobile()) for _ in range(5)])
    chrome("n02_masked_list.pdf", page("公示",
        "<h1>2026年第四批公共租赁住房配租结果公示</h1><table><tr><th>申请人</th><th>身份证号</th><th>联系电话</th></tr>%s</table>" % rows +
        para("公示期7天。如有异议，请拨打12345政务服务热线或0571-85251234反映。")))
    L("n02_masked_list.pdf", "pass", [], [], "clean, Chromium table: masked IDs (6+8*+4), masked mobiles (3+4), 张某某 names, 12345")

    u = uscc()
    chrome("n03_credit_code_spacing.pdf", page("公告",
        "<h1>行政处罚决定书</h1>" +
        para("当事人：杭州某某科技有限公司", "统一社会信用代码：<span style='letter-spacing:4pt'>%s</span>" % u,
             "地址：杭州市西湖区文三路100号。联系电话：0571-88061234。",
             "经查，当事人未按规定公示年度报告，依法作出警告的行政处罚。")))
    L("n03_credit_code_spacing.pdf", "pass", [], [], "clean, Chromium: a company's 统一社会信用代码 letter-spaced, a landline")

    serials = "".join("<tr><td>%s</td><td>1310%07d</td><td>合格</td></tr>" % (n, R.randint(0, 9999999)) for n in ["甲", "乙", "丙", "丁"])
    chrome("n04_serial_column.pdf", page("公告",
        "<h1>特种设备检验合格证书公告</h1><table><tr><th>单位</th><th>证书编号</th><th>结论</th></tr>%s</table>" % serials +
        para("门户网站：https://www.example.gov.cn，公共DNS：114.114.114.114。")))
    L("n04_serial_column.pdf", "pass", [], [], "clean near miss, Chromium table: 11-digit 证书编号 starting 131 under their heading; a public IP")

    chrome("n05_public_link.pdf", page("指南",
        "<h1>不动产登记办事指南</h1>" +
        para("办理地点：市民中心二楼。网上办理请<a href='https://www.zjzwfw.gov.cn/'>登录浙江政务服务网</a>。",
             "★★★ 星级服务窗口 ★★★", "咨询电话：12345。")))
    L("n05_public_link.pdf", "pass", [], [], "clean, Chromium: a public https link target, ★★★ decoration, hotline")

    chrome("n26_numbers_clean.pdf", page("公告",
        "<h1>关于政务外网终端安全升级的公告</h1>" +
        para("根据GB/T 9704—2012第7.2.1条及《政务信息系统安全规范》，终端统一升级至V10.0.1版本。",
             "升级时间：2026.12.16 10:30—12:00，CPU占用率约10.5%。",
             "咨询：0571-87051234转8021，邮箱 xxzx@example.gov.cn；门户网站IP 61.153.24.120。")))
    L("n26_numbers_clean.pdf", "pass", [], [], "clean near miss, Chromium: clause numbers 7.2.1, version V10.0.1, a time 10:30, 10.5%, a landline with extension, agency mailbox, public IP")

    chrome("n29_secrecy_prose.pdf", page("宣传",
        "<h1>保密法治宣传：国家秘密的保密期限</h1>" +
        para("国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
             "密级标志由密级和保密期限组成，标注在公文首页左上角。机关、单位应当依法确定密级，不得随意定密。",
             "涉密人员应当遵守保守国家秘密法的规定，不得在互联网上传递国家秘密。")))
    L("n29_secrecy_prose.pdf", "pass", [], [], "clean near miss, Chromium: 绝密级/机密级/秘密级 and 密级标志 discussed in prose; no marking shown")
