#!/usr/bin/env python3
"""gen: writes the blind16-web corpus (pages, labels.json) from a fixed seed.

Usage: gen.py OUTDIR
"""
import json
import os
import random
import sys

import content
import synth
import templates as T

SEED = 1612
SITES = [
    dict(site="海淀区", domain="www.bjhd.gov.cn", siteid="1101080001", icp="京ICP备10218182号-1", psbname="京公网安备",
         psb="11010802017451", addr="北京市海淀区长春桥路17号", zip="100089", conac="0000000062867440"),
    dict(site="西湖区", domain="www.hzxh.gov.cn", siteid="3301060003", icp="浙ICP备05003476号", psbname="浙公网安备",
         psb="33010602009901", addr="杭州市西湖区文三路26号", zip="310012", conac="0000000062867511"),
    dict(site="南山区", domain="www.szns.gov.cn", siteid="4403050004", icp="粤ICP备06107853号", psbname="粤公网安备",
         psb="44030502001234", addr="深圳市南山区桃园路南山大道交汇处", zip="518052", conac="0000000062867602"),
    dict(site="玄武区", domain="www.njxw.gov.cn", siteid="3201020002", icp="苏ICP备05007168号", psbname="苏公网安备",
         psb="32010202010533", addr="南京市玄武区北京东路41号", zip="210008", conac="0000000062867733"),
]
TITLES = {
    "notice": "关于开展%s年冬季消防安全检查的通知",
    "news": "%s召开全区优化营商环境工作推进会",
    "jiedu": "《关于支持中小微企业稳岗扩岗的若干措施》政策解读（%s）",
    "gongshi": "%s年度企业环境信用评价结果公示",
    "stats": "%s年1—11月全区主要经济指标",
    "procurement": "办公楼物业管理服务采购项目中标（成交）结果公告（%s）",
    "masked": "%s年第四批公益性岗位拟安置人员名单公示",
}


class Ctx:
    def __init__(self, rng):
        self.rng = rng

    def make(self, kind, n, charset="utf-8"):
        rng = self.rng
        s = dict(SITES[n % len(SITES)])
        unit = rng.choice(content.UNITS)
        d = "2026-%02d-%02d" % (rng.randint(1, 11), rng.randint(1, 28))
        tm = "%02d:%02d:%02d" % (rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        if kind == "masked":
            ids = [synth.id_card(rng) for _ in range(5)]
            body = content.gongshi_masked(rng, d, unit, ids)
        else:
            body = content.BODIES[kind](rng, d, unit)
        t = TITLES[kind] % (s["site"] if kind == "news" else d[:4])
        artid = str(rng.randint(100000, 9999999))
        col = {"notice": "通知公告", "news": "工作动态", "jiedu": "政策解读", "gongshi": "公示公告",
               "stats": "统计信息", "procurement": "政府采购", "masked": "公示公告"}[kind]
        organ = synth.uscc(rng, region=s["siteid"][:6], kind="11")
        s.update(title=t, body=body, date=d, time=tm, unit=unit, unitshort=unit[1:] if unit.startswith("区") else unit,
                 column={"notice": "通知公告", "news": "工作动态", "jiedu": "政策解读", "gongshi": "公示公告",
                         "stats": "统计信息", "procurement": "政府采购", "masked": "公示公告"}[kind],
                 kw="%s,%s,%s" % (s["site"], col, unit), kw1=t[:4], desc=t + "。" + unit + "发布。",
                 path="/zwgk/%s/t%s_%s.html" % (d[:7].replace("-", ""), d.replace("-", ""), artid),
                 phone="%s-%s" % ({"1": "010", "3": "0571", "4": "0755"}.get(s["siteid"][0], "025"), rng.randint(60000000, 89999999)),
                 index="%s/%s-%05d" % (organ, d[:4], rng.randint(1, 9999)),
                 docno="%s政办发〔%s〕%d号" % (s["site"][0], d[:4], rng.randint(1, 60)),
                 colid=str(rng.randint(1000, 99999)), webid=str(rng.randint(1, 99)), unitid=str(rng.randint(100000, 999999)),
                 artid=artid, artid2=str(int(artid) - rng.randint(1, 40)), mpid=str(rng.randint(100, 9999)),
                 cnzz=str(rng.randint(100000, 999999)), colpath=rng.choice(["tzgg", "gzdt", "zcjd", "tjxx"]),
                 charset=charset, formtok="".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(43)),
                 phash="".join(rng.choice("0123456789abcdef") for _ in range(64)),
                 akjs=str(rng.randint(100, 999)), lastauthor="bgs", inj={})
        return s


def write(out, name, html, charset="utf-8"):
    with open(os.path.join(out, name), "wb") as f:
        f.write(html.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else "utf-8"))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    cx = Ctx(rng)
    labels = []
    n = 0

    def page(name, plat, kind, verdict="pass", cats=(), raw=(), note="", charset="utf-8", inj=None, post=None, **extra):
        nonlocal n
        c = cx.make(kind, n, charset)
        n += 1
        c.update(extra)
        if inj:
            c["inj"] = inj(c) if callable(inj) else inj
        if plat == "wps":
            html = T.word(c, wps=True)
        else:
            html = T.PLATFORMS[plat](c)
        if post:
            html = post(html, c)
        write(out, name, html, charset)
        labels.append({"file": name, "expect_verdict": verdict, "expect_categories": list(cats),
                       "raw_values": [r for r in raw], "note": note})
        return c, html

    # ---- pages that must pass -------------------------------------------------------------
    P = [
        ("p01_jiyue_notice.html", "jiyue", "notice", "集约化平台通知：模板注释、IE条件注释、隐藏移动菜单、隐藏微信分享弹窗、搜索表单隐藏字段、政府网站meta、JSON-LD、页脚网站标识码/ICP/公安备案"),
        ("p02_jiyue_jiedu.html", "jiyue", "jiedu", "集约化平台政策解读，信息公开目录表含索引号（机关统一社会信用代码）、发文字号"),
        ("p03_jiyue_stats.html", "jiyue", "stats", "集约化平台统计数据表格"),
        ("p04_jiyue_procurement.html", "jiyue", "procurement", "集约化平台中标公告：公司统一社会信用代码、座机、代理机构保证金账户（对公账号）"),
        ("p05_jiyue_gongshi.html", "jiyue", "gongshi", "集约化平台企业信用评价公示：企业名称与统一社会信用代码表格、机关邮箱"),
        ("p06_hanweb_news.html", "hanweb", "news", "大汉JCMS工作动态：<!--<$[标题名称]>begin-->字段占位注释、ZJEG_RSS标记、隐藏webid/columnid输入、隐藏智能问答框"),
        ("p07_hanweb_notice.html", "hanweb", "notice", "大汉JCMS通知公告"),
        ("p08_hanweb_masked.html", "hanweb", "masked", "大汉JCMS公益性岗位公示：姓名、身份证号、手机号均已脱敏"),
        ("p09_hanweb_procurement.html", "hanweb", "procurement", "大汉JCMS中标结果公告"),
        ("p10_trs_jiedu.html", "trs", "jiedu", "TRS WCM政策解读：<!--#include file=...-->、注释掉的TRS_DOCUMENT置标、trs_document_id注释、TRS_Editor样式块"),
        ("p11_trs_stats.html", "trs", "stats", "TRS WCM统计数据"),
        ("p12_trs_notice.html", "trs", "notice", "TRS WCM通知"),
        ("p13_trs_news.html", "trs", "news", "TRS WCM新闻，图片文件名W0+20位数字"),
        ("p14_empire_news.html", "empire", "news", "帝国CMS新闻：[!--temp.header--]模板变量注释、隐藏搜索表单、cnzz统计隐藏div"),
        ("p15_empire_notice_gbk.html", "empire", "notice", "帝国CMS通知，GB2312编码页面", "gb2312"),
        ("p16_empire_gongshi.html", "empire", "gongshi", "帝国CMS企业信用评价公示"),
        ("p17_dede_news_gbk.html", "dede", "news", "织梦DedeCMS新闻，GB2312编码，{dede:include}注释、/plus/count.php", "gb2312"),
        ("p18_dede_procurement.html", "dede", "procurement", "织梦DedeCMS中标公告"),
        ("p19_dede_stats.html", "dede", "stats", "织梦DedeCMS统计数据"),
        ("p20_phpcms_notice.html", "phpcms", "notice", "PHPCMS通知：{template}与{pc:content}注释、隐藏m/c/a/siteid输入"),
        ("p21_phpcms_jiedu.html", "phpcms", "jiedu", "PHPCMS政策解读"),
        ("p22_wordpress_news.html", "wordpress", "news", "WordPress新闻：wp:paragraph块注释、Yoast注释与JSON-LD、屏幕阅读器跳转链接、akismet隐藏字段、缓存注释"),
        ("p23_wordpress_masked.html", "wordpress", "masked", "WordPress脱敏公示名单"),
        ("p24_drupal_notice.html", "drupal", "notice", "Drupal通知：THEME DEBUG模板注释、visually-hidden、form_build_id隐藏字段、drupal-settings-json"),
        ("p25_drupal_stats.html", "drupal", "stats", "Drupal统计数据"),
        ("p26_static_notice_gbk.html", "static", "notice", "手写静态页（Dreamweaver库项目注释、样式内注释），GB2312编码", "gb2312"),
        ("p27_static_procurement.html", "static", "procurement", "手写静态页中标公告"),
        ("p31_word_notice.htm", "word", "notice", "Word另存为筛选网页：mso条件注释XML（文档属性作者Administrator、单位）、mso样式、o:p标签"),
        ("p32_wps_jiedu.htm", "wps", "jiedu", "WPS导出网页：KSOProductBuildVer自定义属性、mso样式"),
        ("p33_word_stats.htm", "word", "stats", "Word导出网页含统计表格（MsoTableGrid）"),
        ("p34_hanweb_jiedu.html", "hanweb", "jiedu", "大汉JCMS政策解读"),
        ("p35_phpcms_procurement.html", "phpcms", "procurement", "PHPCMS中标公告"),
    ]
    saved_src = {}
    for row in P:
        name, plat, kind, note = row[:4]
        cs = row[4] if len(row) > 4 else "utf-8"
        c, html = page(name, plat, kind, note=note, charset=cs)
        saved_src[name] = (html, c)

    # saved variants of three pass pages (browser "Save page as")
    for src, name, note in [("p06_hanweb_news.html", "p28_saved_hanweb_news.htm", "p06另存为网页（saved from url注释、base）"),
                            ("p13_trs_news.html", "p29_saved_trs_news.htm", "p13另存为网页"),
                            ("p22_wordpress_news.html", "p30_saved_wordpress_news.htm", "p22另存为网页")]:
        html, c = saved_src[src]
        write(out, name, T.saved(html, "https://" + c["domain"] + c["path"]))
        labels.append({"file": name, "expect_verdict": "pass", "expect_categories": [], "raw_values": [], "note": note})

    # ---- pages that must not pass ---------------------------------------------------------
    r = random.Random(SEED + 1)
    m1 = synth.mobile(r)
    page("n01_dede_comment_mobile.html", "dede", "news", "review", ["hidden_content", "mobile_phone"], [m1],
         "正文中的HTML注释保存了编辑按语，含个人手机号",
         inj={"top": "<!-- 编辑按：原稿中联系人为王建国同志，手机%s，已与本人确认不公开，发布前删除 -->\n" % m1})

    id2 = synth.id_card(r)
    page("n02_phpcms_comment_deleted_id.html", "phpcms", "notice", "block", ["id_card", "hidden_content"], [id2],
         "注释掉的已删除段落含申请人身份证号",
         inj={"bottom": "<!--<p>经核查，申请人李建华（身份证号：%s）提交的材料齐全，准予许可。</p>-->\n" % id2})

    page("n03_hanweb_hidden_draft.html", "hanweb", "jiedu", "review", ["hidden_content"], [],
         "display:none 隐藏的草稿段落（此段待领导审定后再公开）",
         inj={"bottom": "<div class=\"draft\" style=\"display:none\"><p>此段待领导审定后再公开：拟于明年一季度将稳岗返还比例提高至百分之九十五，并对重点行业企业给予一次性补贴。</p></div>\n"})

    page("n04_trs_marking_top.html", "trs", "notice", "block", ["classified_marking"], [],
         "正文顶部的密级标志行 秘密★1年",
         inj={"top": "<p style=\"text-align:left;font-family:黑体;font-size:16pt\">秘密★1年</p>\n"})

    ip5 = "10.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
    page("n05_wordpress_intranet_href.html", "wordpress", "notice", "review", ["internal_address"], [],
         "附件链接的href指向内网私有地址（%s），链接文字无地址" % ip5,
         inj={"bottom": "<p>附件：<a href=\"http://%s/oa/gwzx/download.do?fileId=%d\">冬季消防安全检查实施方案.docx</a></p>\n" % (ip5, r.randint(10000, 99999))})

    ip6 = "192.168.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    page("n06_drupal_intranet_href.html", "drupal", "jiedu", "review", ["internal_address"], [],
         "相关文件链接的href指向内网 http://%s:8080/ ，可见文字为文件名" % ip6,
         inj={"bottom": "<p>原文链接：<a href=\"http://%s:8080/gwgl/zcwj/view.jsp?docid=%d\" target=\"_blank\">关于支持中小微企业稳岗扩岗的若干措施</a></p>\n" % (ip6, r.randint(10000, 99999))})

    id7 = synth.id_card(r)
    page("n07_static_table_br_id.html", "static", "notice", "block", ["id_card"], [id7],
         "表格单元格中的身份证号被<br>折成两行",
         inj={"bottom": "<p>附：现场检查人员名单</p><table border=\"1\" cellpadding=\"4\"><tr><th>姓名</th><th>单位</th><th>身份证号码</th></tr>"
                        "<tr><td>周立群</td><td>防火监督科</td><td>%s<br>%s</td></tr></table>\n" % (id7[:12], id7[12:])})

    id8 = synth.id_card(r)
    comment8 = ("<div style='mso-element:comment-list'><![if !supportAnnotations]>\n<hr class=msocomoff align=left size=1 width=\"33%%\">\n<![endif]>\n"
                "<div style='mso-element:comment'><![if !supportAnnotations]>\n<div id=\"_com_1\" class=msocomtxt language=JavaScript onmouseover=\"msoCommentShow('_anchor_1','_com_1')\" onmouseout=\"msoCommentHide('_com_1')\"><![endif]>\n"
                "<div><p class=MsoCommentText><span class=MsoCommentReference><span style='mso-special-character:comment'>&nbsp;<a href=\"#_msoanchor_1\" class=msocomoff>[L1]</a></span></span>"
                "联系人赵文博，身份证%s，请核实后再报<o:p></o:p></p></div>\n<![if !supportAnnotations]></div>\n<![endif]></div>\n</div>\n") % id8
    page("n08_word_mso_comment_id.htm", "word", "notice", "block", ["id_card"], [id8],
         "Word导出网页的批注（mso-element:comment）含身份证号",
         inj={"bottom": "<p class=MsoNormal><span class=MsoCommentReference><a style='mso-comment-reference:L_1;mso-comment-date:20261201T0915'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>请各街道于12月5日前报送检查联系人。</span></a></span><span class=msocomoff><a class=msocomanchor id=\"_anchor_1\" onmouseover=\"msoCommentShow('_anchor_1','_com_1')\" onmouseout=\"msoCommentHide('_com_1')\" href=\"#_msocom_1\" language=JavaScript name=\"_msoanchor_1\">[L1]</a></span></p>\n",
              "hidden": comment8})

    id9 = synth.id_card(r)
    page("n09_empire_hidden_input_id.html", "empire", "notice", "block", ["id_card"], [id9],
         "预约表单的隐藏input值为个人身份证号",
         inj={"bottom": "<form action=\"/e/enews/index.php\" method=\"post\" class=\"yy\"><input type=\"hidden\" name=\"enews\" value=\"AddFeedback\"><input type=\"hidden\" name=\"bid\" value=\"3\"><input type=\"hidden\" name=\"sfzh\" value=\"%s\"><input type=\"text\" name=\"title\"><input type=\"submit\" value=\"预约咨询\"></form>\n" % id9})

    id10 = synth.id_card(r)
    c10 = cx.make("news", 10)
    c10["inj"] = {"bottom": "<p class=\"pic\"><img src=\"./t%s_files/W0%s.jpg\" alt=\"获奖个人李晓峰（身份证号%s）上台领奖\" width=\"600\"></p>\n" % (
        c10["artid"], "2026" + str(r.randint(10**15, 10**16 - 1)), id10)}
    html10 = T.saved(T.jiyue(c10), "https://" + c10["domain"] + c10["path"])
    write(out, "n10_saved_alt_id.htm", html10)
    labels.append({"file": "n10_saved_alt_id.htm", "expect_verdict": "block", "expect_categories": ["id_card"], "raw_values": [id10],
                   "note": "另存为的网页中图片alt文字写有获奖者姓名和身份证号"})

    m11 = synth.mobile(r)
    page("n11_jiyue_data_attr_mobile.html", "jiyue", "news", "review", ["mobile_phone"], [m11],
         "data-*属性中保存编辑姓名和手机号",
         inj={"bottom": "<div class=\"article-editor\" data-editor=\"责任编辑 孙丽 %s\" data-audit=\"已审核\">责任编辑：孙丽</div>\n" % m11})

    id12 = synth.id_card(r)
    page("n12_hanweb_meta_id.html", "hanweb", "masked", "block", ["id_card"], [id12],
         "正文已脱敏，但meta Description中保留了未脱敏的身份证号",
         inj={"head": "<meta name=\"description\" content=\"经审核，拟安置人员陈立新（身份证号%s）等5人，现予公示。\" />\n" % id12})

    m13 = synth.mobile(r)
    m13g = "+86 %s %s %s" % (m13[:3], m13[3:7], m13[7:])
    page("n13_jiyue_jsonld_mobile.html", "jiyue", "notice", "review", ["mobile_phone"], [m13, m13g],
         "JSON-LD结构化数据中作者为个人，含手机号",
         ld_extra={"author": {"@type": "Person", "name": "高志远", "telephone": m13g}})

    card14 = synth.card(r, "621700", 19)
    card14g = " ".join(card14[i:i + 4] for i in range(0, 19, 4))
    page("n14_wps_hidden_card.htm", "wps", "jiedu", "block", ["bank_card", "hidden_content"], [card14, card14g],
         "WPS导出网页中隐藏文字（display:none;mso-hide:all）含个人银行卡号",
         inj={"bottom": "<p class=MsoNormal><span style='display:none;mso-hide:all;font-size:16.0pt'>补贴发放至申请人何永强银行卡，卡号%s<o:p></o:p></span></p>\n" % card14g})

    ip15 = "192.168.%d.%d" % (r.randint(1, 250), r.randint(2, 250))
    page("n15_phpcms_unc_href.html", "phpcms", "notice", "review", ["internal_address"], [],
         "附件链接href为内网共享UNC路径 \\\\%s\\共享文件\\..." % ip15,
         inj={"bottom": "<p>附件：<a href=\"file:///\\\\%s\\共享文件\\2026\\检查任务分解表.xlsx\">检查任务分解表.xlsx</a></p>\n" % ip15})

    labels.sort(key=lambda l: l["file"])
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
