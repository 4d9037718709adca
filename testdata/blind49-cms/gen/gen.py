#!/usr/bin/env python3
"""blind49-cms: CMS / rich-text-editor HTML pages, judged as a browser draws them.
Writes only into the output folder (default: the folder above this script, the corpus)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"
def gid(body17):
    assert len(body17) == 17
    return body17 + C[sum(int(d) * w for d, w in zip(body17, W)) % 11]

ID1 = gid("11010119850314372")
ID2 = gid("32010219910722461")
ID3 = gid("44030519780105283")
ID4 = gid("51010419930917135")
ID5 = gid("37020219880430226")
M1, M2, M3, M4, M5, M6 = "13912647085", "15838290417", "18627461930", "13705186243", "17756302918", "19948273061"

def page(title, body, head_extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>{head_extra}</head>
<body>
<div class="article"><h1>{title}</h1>
{body}
</div>
</body></html>
"""

WORD_HEAD = """<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->"""
def msop(text, size="16.0pt"):
    return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly">'
            f'<span style="font-size:{size};font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;;mso-bidi-font-family:&quot;Times New Roman&quot;">'
            f'{text}<span lang="EN-US"><o:p></o:p></span></span></p>')

cases = []
def add(name, verdict, cats, raw, note, html):
    cases.append((name, verdict, cats, raw, note, html))

# 1 clean Word paste
add("w01_word_paste_clean.html", "pass", [], [], "Word pasted into UEditor: mso- styles, nested spans pt/px/em/%, Office conditional comments and StartFragment; hotline 12345 only",
    page("关于做好2025年春季防火工作的通知", WORD_HEAD + "<!--StartFragment-->" +
         msop('各乡镇人民政府、街道办事处，区直各有关单位：') +
         msop('<span style="font-size:1.1em"><span style="font-size:110%">为切实做好春季森林防火工作，</span></span><span style="font-size:21px">现就有关事项通知如下。</span>') +
         msop('一、<span style="mso-spacerun:yes">&nbsp;</span>严格落实防火责任制，加强野外火源管控。') +
         msop('群众发现火情请拨打<span style="font-size:14.0pt;color:red">12345</span>或<span style="font-size:12pt">12119</span>。') +
         "<!--EndFragment-->"))

# 2 visible ID split over nested Word spans
add("w02_word_paste_id_nested.html", "block", ["id_card"], [ID1], "visible ID after 身份证号, digits split across nested spans with pt/px/% sizes (one run as drawn)",
    page("关于拟表彰先进个人的公示", WORD_HEAD +
         msop('张建华，男，汉族，身份证号：<span style="font-size:16pt"><span lang="EN-US" style="font-size:21.33px">' + ID1[:6] + '</span><span style="font-size:100%">' + ID1[6:14] + '</span></span><span lang="EN-US">' + ID1[14:] + '</span>，现任某镇农业服务中心科员。') +
         msop('公示期为5个工作日。')))

# 3 mobile split
add("w03_word_paste_mobile_split.html", "review", ["mobile_phone"], [M1], "visible mobile after 联系电话 split over Word spans",
    page("2025年度高素质农民培训报名通知", WORD_HEAD +
         msop('报名截止时间为3月31日。') +
         msop('联系人：刘红梅，联系电话：<span lang="EN-US" style="font-size:16.0pt;mso-bidi-font-size:10.5pt">' + M1[:3] + '</span><span lang="EN-US" style="font-size:1.0em">' + M1[3:7] + '</span><span lang="EN-US">' + M1[7:] + '</span>。')))

# 4 font-size:0 spacer next to a visible mobile
add("w04_spacer_fontsize0_mobile.html", "review", ["mobile_phone"], [M2], "font-size:0 spacer (nbsp only) between label and a visible mobile; the spacer holds no note",
    page("社区志愿者招募公告",
         '<p style="font-size:16px">报名请联系社区工作人员王女士，手机：<span style="font-size:0">&nbsp;</span><span style="font-size:16px">' + M2 + '</span>。</p>'
         '<p>招募人数：20人。</p>'))

# 5 clean spacers
add("w05_spacer_fontsize0_clean.html", "pass", [], [], "font-size:0 spacers holding only spaces between labels and visible values; hotline only",
    page("政务服务大厅办事指南",
         '<table border="1" style="font-size:14px"><tr><td>办理地点</td><td><span style="font-size:0">&nbsp;</span>区政务服务中心一楼</td></tr>'
         '<tr><td>咨询电话</td><td><span style="font-size:0px"> </span>12345</td></tr>'
         '<tr><td>办理时限</td><td>5个工作日<span style="font-size:0">&#8203;</span></td></tr></table>'))

# 6 font-size:0 note
add("w06_fontsize0_note.html", "review", ["hidden_content"], [], "editor's note in a span of font-size:0 (hidden text, a sentence)",
    page("关于调整公交线路的公告",
         '<p>因道路施工，12路公交车自4月1日起临时改道运行。<span style="font-size:0">审核人：王建国，此稿须经主任签字后方可发布</span></p>'
         '<p>给市民出行带来不便，敬请谅解。</p>'))

# 7 inline-block gap fix, px children
add("w07_fontsize0_container_px_clean.html", "pass", [], [], "inline-block gap fix: container font-size:0 by class rule, items 16px (shown)",
    page("便民服务",
         '<ul class="nav-grid" style="font-size:0"><li style="display:inline-block;font-size:16px">社保查询</li><li style="display:inline-block;font-size:16px">公积金查询</li><li class="it">不动产登记预约服务</li></ul>'
         '<p>以上服务均可在线办理。</p>',
         '<style>.nav-grid{font-size:0}.it{display:inline-block;font-size:16px}</style>'))

# 8 container 0, child in em
add("w08_fontsize0_container_em_note.html", "review", ["hidden_content"], [], "container font-size:0 (class rule), child 1.2em of 0 is 0: the note stays hidden",
    page("城区供水管网改造进展",
         '<div class="box"><p class="cap">编辑注：改造资金缺口数据尚未经财政局核实，请暂勿对外引用</p></div>'
         '<p>目前已完成管网改造12公里。</p>',
         '<style>.box{font-size:0}.cap{font-size:1.2em}</style>'))

# 9 container 0, child 120%, mobile
add("w09_fontsize0_percent_mobile.html", "review", ["mobile_phone", "hidden_content"], [M3], "container font-size:0, child 120% (still 0): hidden mobile",
    page("农村饮水安全工程验收公告",
         '<div style="font-size:0"><span style="font-size:120%">施工方负责人手机' + M3 + '</span></div>'
         '<p>工程已于3月通过验收。</p>'))

# 10 class display none note
add("w10_class_display_none_note.html", "review", ["hidden_content"], [], "note hidden by a <style> class display:none (KindEditor template)",
    page("关于开展安全生产大检查的通知",
         '<p>各单位要认真开展自查自纠。</p><div class="ke-note">说明：本通知第三条的整改时限待分管领导确认后再定</div>',
         '<style>.ke-note{display:none}</style>'))

# 11 visibility hidden parent, visible children clean
add("w11_visibility_child_visible_clean.html", "pass", [], [], "parent visibility:hidden by class, children visibility:visible; parent has no text of its own",
    page("政府信息公开目录",
         '<div class="wrap">\n  <p class="show">政府信息公开指南</p>\n  <p class="show">政府信息公开制度</p>\n</div>',
         '<style>.wrap{visibility:hidden}.show{visibility:visible}</style>'))

# 12 visibility hidden parent with note, child visible
add("w12_visibility_parent_note.html", "review", ["hidden_content"], [], "parent visibility:hidden holds its own note; a child set visible is shown",
    page("老旧小区改造项目公示",
         '<div style="visibility:hidden">审核意见：项目预算表需重新核对后再行公示<p style="visibility:visible">本次改造涉及小区8个。</p></div>'))

# 13 table hidden column with IDs
rows13 = "".join(f'<tr><td>{n}</td><td style="display:none">{i}</td><td>{a}</td></tr>' for n, i, a in [("李秀英", ID2, "3000元"), ("陈志强", ID3, "2000元")])
add("w13_table_hidden_column_id.html", "block", ["id_card", "hidden_content"], [ID2, ID3], "award list: 身份证号 column hidden by td style display:none",
    page("2025年度助学金发放名单",
         '<table border="1"><tr><th>姓名</th><th style="display:none">身份证号</th><th>金额</th></tr>' + rows13 + '</table>'))

# 14 table hidden column clean
add("w14_table_hidden_column_clean.html", "pass", [], [], "hidden column holds only short sort numbers",
    page("区级部门预算公开目录",
         '<table border="1"><tr><th style="display:none">排序</th><th>部门</th><th>公开时间</th></tr>'
         '<tr><td style="display:none">1</td><td>区教育局</td><td>2025年3月</td></tr>'
         '<tr><td style="display:none">2</td><td>区卫生健康局</td><td>2025年3月</td></tr></table>'))

# 15 inherited white ink, no background, no stylesheets
add("w15_inherited_white_note.html", "review", ["hidden_content"], [], "white text on the white canvas inherited by heading and list (no stylesheet, no background); one child overrides colour",
    page("防汛应急预案修订说明",
         '<div style="color:#ffffff"><h3>内部说明：修订稿尚未通过专家评审，不得作为正式版本发布</h3>'
         '<ul><li>附件数据仍在核对中</li></ul><p style="color:#333333">本预案自发布之日起施行。</p></div>'))

# 16 inherited colour clean
add("w16_inherited_colour_clean.html", "pass", [], [], "headings and lists inherit a red/blue colour on white: visible",
    page("学习贯彻党的二十届三中全会精神专题",
         '<div style="color:#c00000"><h2>专题学习安排</h2><ol><li>集中学习会议公报</li><li style="color:#1f4e79">开展专题研讨交流活动</li></ol></div>'))

# 17 parent bg = colour, children override clean
add("w17_bg_parent_child_override_clean.html", "pass", [], [], "parent sets background and the same colour; every child with text overrides colour to white",
    page("最新动态",
         '<div style="background-color:#003f88;color:#003f88;padding:8px">\n<h2 style="color:#ffffff">全区一季度经济运行平稳</h2>\n<p style="color:#fff">一季度地区生产总值同比增长5.2%。</p>\n</div>'))

# 18 parent bg = colour, note inherits
add("w18_bg_parent_same_ink_note.html", "review", ["hidden_content"], [], "list items inherit ink the colour of the parent's background; one item overrides and is shown",
    page("重点项目推进情况",
         '<div style="background:#f5f5f5;color:#f5f5f5"><ul><li>备注：二号项目的征地补偿标准尚未经集体讨论通过</li>'
         '<li style="color:#222">一号项目已完成主体施工。</li></ul></div>'))

# 19 visible mobile + hidden note
add("w19_visible_mobile_hidden_note.html", "review", ["mobile_phone", "hidden_content"], [M4], "visible mobile next to a hidden editor's note",
    page("退役军人优待证办理公告",
         '<p>咨询联系人：周女士，手机' + M4 + '<span style="display:none">编辑注：该号码为个人手机，发布前需征得本人同意</span>。</p>'))

# 20 visible ID + hidden note
add("w20_visible_id_hidden_note.html", "block", ["id_card", "hidden_content"], [ID4], "visible ID next to a hidden note",
    page("失物招领公告",
         '<p>拾得居民身份证一张，身份证号码：' + ID4 + '<span style="display:none">审核人：赵立新，请确认失主是否同意公开证件号码</span>，请失主前来认领。</p>'))

# 21 hidden reviewer comment-like span
add("w21_hidden_reviewer_span.html", "review", ["hidden_content"], [], "comment-like span display:none with 审核人/审核意见",
    page("关于公布区级行政许可事项清单的通知",
         '<p>现将清单予以公布。<span style="display:none">审核人：孙明 审核意见：同意发布，但须删除附件二中的联系人信息</span></p>'))

# 22 hidden menu copy clean
menu = "".join(f'<li><a href="/{h}/index.html">{t}</a></li>' for h, t in [("xxgk", "政府信息公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("xxgkzn", "政府信息公开指南"), ("ndbg", "政府信息公开年度报告"), ("zcjd", "政策文件及解读")])
add("w22_hidden_menu_copy_clean.html", "pass", [], [], "template's hidden copy of the menu (mobile nav, display:none) beside the shown one",
    page("区人民政府门户网站",
         '<ul class="nav">' + menu + '</ul><div class="m-nav" style="display:none"><ul>' + menu + '</ul></div><p>欢迎访问。</p>',
         '<style>.m-nav ul{list-style:none}</style>'))

# 23 platform comments clean
add("w23_platform_comments_clean.html", "pass", [], [], "platform markers: 栏目+id record, section-only record, template expression, library item",
    page("关于2025年清明节放假安排的通知",
         '<!-- 栏目：通知公告 id=1023 --><!-- 所属栏目：社会救助 --><!-- #BeginLibraryItem "/Library/header.lbi" --><!-- #EndLibraryItem -->'
         '<!--{$article.title}--><!--StartFragment--><p>4月4日至6日放假调休，共3天。</p><!--EndFragment-->'))

# 24 comment with remark field
add("w24_comment_remark_note.html", "review", ["hidden_content"], [], "id record with a 备注 field: never a label, so a note",
    page("政务动态",
         '<!-- id=2291 栏目：政务动态 备注：领导未签发 --><p>区长调研重点项目建设。</p>'))

# 25 html comment editor note
add("w25_html_comment_editor_note.html", "review", ["hidden_content"], [], "editor's note in an HTML comment (sentence)",
    page("2024年全区统计公报",
         '<p>全年完成固定资产投资增长4.8%。</p><!-- 编辑注：此段数据来自内部统计口径，待统计局核实后再发布 -->'))

# 26 hidden ID in UEditor span
add("w26_hidden_id_span.html", "block", ["id_card", "hidden_content"], [ID5], "ID in a display:none span left by the editor",
    page("关于补发养老金的公告",
         '<p>经核实，补发对象已确定。<span style="display:none;">身份证号：' + ID5 + '</span></p>'))

# 27 transparent
add("w27_transparent_note.html", "review", ["hidden_content"], [], "note in color:transparent",
    page("公共资源交易公告",
         '<p>本项目采用公开招标方式。<span style="color:transparent">审核人：钱伟，该项目预算金额尚未经财政评审，暂不公开</span></p>'))

# 28 marking first line
add("w28_word_marking_first_line.html", "block", ["classified_marking"], [], "Word saved as HTML: 秘密★1年 alone on the first line",
    "<html><head><meta charset=\"utf-8\"><title>会议纪要</title>" + WORD_HEAD + "</head><body>"
    '<p class="MsoNormal"><span style="font-size:16.0pt;font-family:黑体">秘密★1年</span></p>' +
    msop('关于推进重点工作的会议纪要') + msop('会议研究了年度重点工作。') + "</body></html>\n")

# 29 internal term
add("w29_internal_term_spans.html", "review", ["sensitive_term"], [], "内部资料 注意保存 split over Word spans",
    page("区情简报（第3期）", WORD_HEAD +
         msop('<span style="font-size:14pt">内部</span><span style="font-size:14.0pt;mso-bidi-font-size:12pt">资料</span> <span>注意保存</span>') +
         msop('本期简报介绍一季度经济运行情况。')))

# 30 hidden email
add("w30_hidden_email.html", "review", ["email", "hidden_content"], [], "personal e-mail in a hidden element (email info, but a detector finds it, so hidden_content)",
    page("征求意见公告",
         '<p>欢迎社会各界提出意见建议。</p><p hidden>起草人邮箱 zhanghm1986@163.com</p>'))

# 31 display none parent, child display block
add("w31_display_none_child_block_mobile.html", "review", ["mobile_phone", "hidden_content"], [M5], "class display:none parent; child's display:block cannot show it",
    page("小区物业招标公告",
         '<div class="tip"><p style="display:block">物业联系人手机' + M5 + '</p></div><p>投标截止日期为5月10日。</p>',
         '<style>.tip{display:none}</style>'))

# 32 masked Word table clean
add("w32_word_table_masked_clean.html", "pass", [], [], "Word table with masked IDs and mobiles, mso styles",
    page("城乡低保对象公示", WORD_HEAD +
         '<table class="MsoTableGrid" border="1" style="border-collapse:collapse;mso-yfti-tbllook:1184"><tr><td><p class="MsoNormal"><span style="font-size:12pt">姓名</span></p></td><td><span style="font-size:12pt">身份证号</span></td><td>联系电话</td></tr>'
         '<tr><td><span style="font-size:12.0pt;mso-bidi-font-size:10.5pt">张某某</span></td><td><span lang="EN-US">110101********4514</span></td><td>138****1234</td></tr></table>'))

# 33 opacity 0 parent
add("w33_opacity0_parent_note.html", "review", ["hidden_content"], [], "opacity:0 on a parent hides its child's note",
    page("城市更新规划公示",
         '<div style="opacity:0"><p><span style="font-size:12pt">说明：规划图中的地块编号与国土部门数据尚未比对一致</span></p></div><p>公示期30日。</p>'))

# 34 hidden-menu with display none + visible mobile menu clean in class rule
add("w34_hidden_print_toolbar_clean.html", "pass", [], [], "template hides a print toolbar and a duplicate breadcrumb by class rule",
    page("关于规范涉企收费的通知",
         '<div class="print-bar">【打印本页】【关闭窗口】【字号：大 中 小】</div><div class="crumb-m">首页 &gt; 政务公开 &gt; 通知公告</div><p>各相关单位应严格执行收费目录清单。</p>',
         '<style>.print-bar{display:none}.crumb-m{visibility:hidden}</style>'))

os.makedirs(OUT, exist_ok=True)
labels = []
for name, verdict, cats, raw, note, html in cases:
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(html)
    labels.append({"file": name, "expect_verdict": verdict, "expect_categories": cats, "raw_values": raw, "note": note})
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
rows = "\n".join(f"| {n} | {v} | {', '.join(c) or '—'} | {no} |" for n, v, c, r, no, h in cases)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# blind49-cms\n\n"
            f"{len(cases)} HTML pages written as CMS templates and rich-text editors (UEditor, KindEditor, TinyMCE, Word pasted) write them, "
            "labelled from mishen's README and docs only and judged as a browser draws them: nested mso-/pt/px/em/% spans, font-size:0 spacers and containers, "
            "class rules that hide or show, hidden table columns, inherited and background-matched ink, hidden notes beside visible values, platform comments, "
            "a template's hidden menu copy. IDs (valid GB 11643 check digits) and mobiles are invented. Generated by ../blind49-gen/gen.py.\n\n"
            "| file | verdict | categories | note |\n| --- | --- | --- | --- |\n" + rows + "\n")
print(f"wrote {len(cases)} files to {OUT}")
