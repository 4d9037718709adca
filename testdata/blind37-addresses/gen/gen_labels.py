#!/usr/bin/python3
"""labels.json of blind37-addresses. Labels come from README.md and docs/findings.md alone."""
import json, os
IA = ["internal_address"]
HC = ["internal_address", "hidden_content"]
L = [
 ("a01_xxgk_zhinan.txt", "pass", [], "公开指南: gov.cn URLs, landline, 12345, dotted date 2024.10.12 (UTF-8)"),
 ("a02_oa_denglu_tongzhi.txt", "review", IA, "OA login URL http://10.33.8.21:8080/oa/login in body (RFC 1918 + port)"),
 ("a03_wangluo_anquan_peixun.txt", "pass", [], "training text: 192.168.x.x / 10.x.x.x / 172.16.x.x written as placeholders, no real address; docs silent on placeholders (not IPs)"),
 ("a04_ruanjian_caigou.txt", "pass", [], "GB18030 procurement notice: v10.0.3.1, V12.2.0.1, browser 127.0.6533.88, 172.16万元, 192.168万元, 2024.10.12"),
 ("a05_biaozhun_tiaokuan.txt", "pass", [], "clause numbers 第10.1.2.3条, 第10.2.1.1条, 8.1.4.3, 9.1.3.4, 附件3.2.1.1; standard numbers GB/T 22239-2019"),
 ("a06_gongwen_jiaohuan.txt", "review", IA, "GB18030: UNC path \\\\192.168.10.5\\公文交换\\2024\\定稿"),
 ("a07_caiwu_gongxiang.txt", "review", IA, "UNC path with a host name \\\\fileserver01\\财务科\\预算\\2025 (docs: UNC paths)"),
 ("a08_guzhang_tongbao.txt", "review", IA, "link-local IPv4 169.254.12.7 in an outage notice (docs: link-local IPs)"),
 ("a09_ruanjian_shouce_127.txt", "review", IA, "software manual: http://127.0.0.1:8080/ -- docs list loopback IPs as internal_address with no manual exception; a human reviewer would likely not care (ambiguity noted)"),
 ("a10_ruanjian_shouce_localhost.txt", "pass", [], "software manual: http://localhost:3000 only. Docs name loopback *IPs* and URLs of intranet hosts; localhost is the reader's own machine, reveals nothing -> pass (docs silent, judgement)"),
 ("a11_gongwang_baimingdan.txt", "pass", [], "boundary public IPs just outside RFC 1918: 172.32.10.5, 172.15.200.1, 192.169.1.1, 11.0.0.1"),
 ("a13_gongwang_dns.txt", "pass", [], "public IPs 59.202.28.16, https://59.202.28.17:8443/, DNS 114.114.114.114, 223.5.5.5"),
 ("a14_youjian_ip.txt", "review", IA, "e-mail-like text bgs@10.18.2.6: a mailbox on a private IP (email info at most; the private IP is internal_address - docs silent on IP literals in mail addresses)"),
 ("a15_youxiang_gongkai.txt", "pass", [], "agency mailbox zwgk@hangzhou.gov.cn (email is info) and gov.cn URL"),
 ("a16_ipv6_linklocal.txt", "review", IA, "IPv6 link-local fe80::1c2b:3dff:fe4a:5b6c (docs say link-local IPs, do not say IPv4 only)"),
 ("a17_siyou_dizhi_fanwei.txt", "pass", [], "knowledge Q&A listing RFC 1918 blocks 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 -- network blocks every textbook prints, no host of the office; docs silent -> pass (judgement, ambiguous)"),
 ("a18_oid_biaozhun.txt", "pass", [], "OIDs 1.2.156.10197.1.501, standards, coordinates 120.153576,30.287459, ISBN, version 3.10.2.15, 2024.06.30"),
 ("a19_shebei_qingdan.csv", "review", IA, "CSV equipment list: 管理地址 column 192.168.100.1/.2/.10"),
 ("a20_xiangmu_jindu.csv", "pass", [], "GB18030 CSV under 单位：万元: 172.16, 192.168, 10.01; versions v10.0.3.1, V3.2.1.5, 2.1.0.8; dates 2024.10.12"),
 ("a21_xitong_shuoming.md", "review", IA, "Markdown table: link text 点击进入, target http://10.8.0.12/xxgk/apply in the source"),
 ("a22_cms_gonggao.html", "pass", [], "CMS notice: gov.cn links, img on gov.cn, platform comment 栏目：通知公告 id=1023 (docs: passes), ICP number, 网站标识码"),
 ("a23_href_only.html", "review", IA, "HTML: visible 点击进入申报系统, href http://192.168.12.40:8080/sb/index.jsp only (link_target)"),
 ("a24_img_src.html", "review", IA, "HTML: <img src=http://10.10.1.8/upload/...> only; docs: every link target - an img src the browser fetches counts (judgement)"),
 ("a25_img_srcset.html", "review", IA, "HTML: img src public, srcset 2x candidate http://10.10.1.9/upload/yundonghui@2x.jpg (judgement: a URL a reader's browser opens)"),
 ("a26_form_action.html", "review", IA, "HTML: <form action=http://172.18.0.21/survey/submit.do> only"),
 ("a27_iframe.html", "review", IA, "HTML: <iframe src=http://oa.zfw.local/bszn/embed.html> - URL of an intranet host (.local)"),
 ("a28_meta_refresh.html", "review", IA, "HTML: <meta http-equiv=refresh content='0;url=http://10.0.5.5/portal/...'> (html_meta, every <meta> is read)"),
 ("a29_css_url.html", "review", IA, "HTML: style=background:url(http://192.168.2.9/static/img/title_bg.jpg) on the h1; docs only speak of url(data:) - judgement"),
 ("a30_data_attr.html", "review", IA, "HTML: data-api=http://10.20.30.40:9000/api/policy/list (docs: data-* attributes read)"),
 ("a31_script.html", "review", IA, "HTML: inline <script> var apiBase = 'http://172.16.5.10:8080/cms/api/'; docs silent on plain script strings (only data: URIs a script assigns) - judgement: page source is published"),
 ("a32_html_comment.html", "review", HC, "HTML comment '测试环境地址 http://192.168.1.200/test/... 正式上线前请删除' (comment with a detector hit -> hidden_content)"),
 ("a33_hidden_div.html", "review", HC, "display:none div '后台维护地址：10.1.1.23…'"),
 ("a34_cms_xiangmu.html", "pass", [], "CMS table: 172.16 / 192.168 (万元), v10.0.3.1, V2.10.1.3, 2024.10.12, 第10.1.2.3条, public IP 59.202.28.20, gov.cn link"),
 ("a35_peixun_yemian.html", "pass", [], "training page: <code>192.168.x.x</code>, 10.x.x.x, 172.16.x.x placeholders; gov.cn links"),
 ("a36_gbk_cms.html", "pass", [], "GB18030 CMS holiday notice, gov.cn link, landline"),
 ("a37_lo_lianjie.docx", "review", IA, "LibreOffice DOCX: hyperlink text 网上报送入口 -> http://10.50.3.7/jsbs/login.jsp (relationship target)"),
 ("a38_pydocx_yejiao.docx", "review", IA, "python-docx: footer '技术支持：信息中心（维护终端 192.168.0.254）'"),
 ("a39_pydocx_pizhu.docx", "review", HC, "python-docx + hand-added comments.xml: comment holds http://10.2.2.2/xxgk/nb2024"),
 ("a40_npmdocx_lianjie.docx", "review", IA, "npm docx: visible text https://www.gov.cn/zhengce/ but ExternalHyperlink target http://192.168.50.10/zcwj/tiaoli.html"),
 ("a41_npmdocx_gongkai.docx", "pass", [], "npm docx: gov.cn hyperlinks, V7.10.2.1, 2024.10.12, 172.16万元, 第10.1.2.3条"),
 ("a42_pydocx_dengbao.docx", "pass", [], "python-docx: GB/T 22239-2019 第8.1.4.3条/第10.1.2.3条, v10.0.3.1, 172.16万元, 2024.10.12, gov.cn URL"),
 ("a43_pydocx_yuduan.docx", "review", IA, "DOCX: address only in a w:fldSimple HYPERLINK instruction http://172.22.1.3/wj/2024/yaodian.pdf (field)"),
 ("a44_pydocx_yincang.docx", "review", HC, "DOCX: hidden run (w:vanish) '（核查系统：http://10.9.9.9/hcp/）'"),
 ("a45_lo_gongkai.docx", "pass", [], "LibreOffice DOCX: gov.cn hyperlinks, 第3.2.1.1项"),
 ("a47_openpyxl_chaolianjie.xlsx", "review", IA, "openpyxl: cell text 系统入口 with hyperlink http://10.60.1.1/zwfw/qykb/ (sheet rels)"),
 ("a48_openpyxl_yincangbiao.xlsx", "review", HC, "openpyxl: hidden sheet 设备地址 with 10.12.1.11 / 10.12.1.12"),
 ("a49_exceljs_yusuan.xlsx", "pass", [], "exceljs budget under 单位：万元: 172.16, 192.168, 10.01 as numbers; v10.0.3.1; dotted dates; gov.cn hyperlinks"),
 ("a50_exceljs_pizhu.xlsx", "review", HC, "exceljs: cell note on B1 '数据取自办件库服务器 192.168.8.8' (comment)"),
 ("a51_sheetjs_tiaokuan.xlsx", "pass", [], "SheetJS: clause numbers 10.1.2.3, 10.1.3.2, 8.1.4.3 in a 条款号 column; dotted dates"),
 ("a52_openpyxl_yejiao.xlsx", "review", IA, "openpyxl: print footer &L\\\\10.3.3.3\\共享\\统计\\... (UNC in a header/footer)"),
 ("a53_pptx_beizhu.pptx", "review", IA, "pptxgenjs: speaker notes 'http://192.168.20.5/cms/admin' (notes are read; not hidden content per docs)"),
 ("a54_pptx_gongkai.pptx", "pass", [], "pptxgenjs: V7.10.2.1, 2024.10.12, gov.cn hyperlink, 172.16万元, 第10.1.2.3条"),
 ("a55_pptx_lianjie.pptx", "review", IA, "pptxgenjs: text run 数据共享平台 hyperlinked to http://10.7.7.7/share/apply"),
 ("a56_rl_lianjie.pdf", "review", IA, "ReportLab: visible https://www.zj.gov.cn/... but Link annotation URI http://10.11.12.13/xxgk/biaozhun/mulu.html"),
 ("a57_rl_gongkai.pdf", "pass", [], "ReportLab STSong: v10.0.3.1, 2024.10.12, 第10.1.2.3条, 172.16万元, public link annotation"),
 ("a58_lo_lianjie.pdf", "review", IA, "LibreOffice PDF: visible 附件下载, Link URI http://xxzx.zfb.local/download/2024/jianyibiao.docx (intranet host name)"),
 ("a59_chromium_gongkai.pdf", "pass", [], "Chromium PDF: v10.0.3.1, 172.16 in a 万元 row, 2024.10.12, 第10.1.2.3条, public https://59.202.28.17:8443/ link"),
 ("a60_chromium_lianjie.pdf", "review", IA, "Chromium PDF: visible 查看附件, Link URI http://192.168.66.6/fj/2024/minglu.pdf"),
 ("a61_lo_peixun.pdf", "pass", [], "LibreOffice PDF training text: 192.168.x.x / 10.x.x.x / 172.16.x.x placeholders, v2.1.0.3, 2024.09.09"),
 ("a63_pydocx_biaodan.docx", "pass", [], "python-docx blank form: '服务器地址（填写示例：192.168.x.x）', ____.____.____.____, gov.cn URL"),
]
out = [{"file": f, "expect_verdict": v, "expect_categories": c, "raw_values": [], "note": n} for f, v, c, n in L]
d = ".."
names = set(os.listdir(d)) - {"labels.json"}
assert names == {e["file"] for e in out}, (names ^ {e["file"] for e in out})
json.dump(out, open(os.path.join(d, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
np = sum(1 for e in out if e["expect_verdict"] == "pass")
print(len(out), "files,", np, "pass", round(np / len(out), 3))
