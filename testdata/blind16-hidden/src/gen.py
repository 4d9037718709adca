#!/usr/bin/env python3
"""gen.py writes the blind16-hidden corpus: HTML pages, DOCX (python-docx,
then the hidden parts added to its XML), XLSX (openpyxl), the values the
PPTX script needs, labels.json and the README table.

Every value is synthetic and comes from one seeded random generator, so
two runs write the same files. Usage: gen.py OUTDIR SEED
"""
import copy
import json
import os
import random
import sys

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
import openpyxl

OUT = sys.argv[1]
RNG = random.Random(int(sys.argv[2]))
LABELS = []

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# ---------------------------------------------------------------- values

def id_card():
    """id_card returns an 18-digit ID with a valid GB 11643 check digit."""
    region = RNG.choice(["110101", "110105", "310104", "440106", "320102", "510104"])
    y = RNG.randint(1962, 1999)
    m = RNG.randint(1, 12)
    d = RNG.randint(1, 28)
    seq = RNG.randint(10, 999)
    body = f"{region}{y:04d}{m:02d}{d:02d}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


assert (lambda b: b + "10X98765432"[sum(int(c) * k for c, k in zip(b, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11])("11010119900307451") == "110101199003074514"


def mobile():
    """mobile returns an 11-digit mobile number in a current 号段."""
    return RNG.choice(["138", "139", "137", "150", "151", "158", "186", "188", "135", "177", "199"]) + \
        "".join(str(RNG.randint(0, 9)) for _ in range(8))


SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
GIVEN = ["建国", "丽华", "志强", "秀英", "海燕", "伟", "芳", "静", "磊", "洋", "晓东", "红梅", "国庆", "春生", "玉兰"]


def name():
    return RNG.choice(SURNAMES) + RNG.choice(GIVEN)


def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})


# ---------------------------------------------------------------- HTML

PLAIN_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
{style}</head>
<body>
<div class="article">
<h1>{title}</h1>
<p class="info">发布时间：2026-11-{day:02d}　来源：区政府办公室</p>
"""
PLAIN_TAIL = """</div>
</body>
</html>
"""

ARTICLES = [
    ("关于开展2026年冬季安全生产大检查的通知",
     ["各街道办事处、区政府各部门：", "为切实做好冬季安全生产工作，区政府决定自12月1日起在全区开展安全生产大检查。",
      "检查重点包括燃气使用、消防通道、建筑施工和危险化学品储存等领域。",
      "各单位要落实主体责任，于12月20日前将自查情况报区应急管理局。"]),
    ("区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知",
     ["经区非物质文化遗产保护工作专家委员会评审，区政府同意公布第二批区级非物质文化遗产代表性项目名录，共计12项。",
      "各有关单位要坚持保护为主、抢救第一的方针，切实做好项目的保护传承工作。"]),
    ("2026年第三季度城乡居民基本医疗保险参保情况通报",
     ["截至9月底，全区城乡居民基本医疗保险参保人数稳步增长，参保率保持在95%以上。",
      "下一步，各街道要继续做好新生儿、在校学生和灵活就业人员的参保动员工作。"]),
    ("关于印发《老旧小区改造工作实施方案》的通知",
     ["现将《老旧小区改造工作实施方案》印发给你们，请结合实际认真贯彻落实。",
      "改造内容分为基础类、完善类和提升类三类，由各街道组织居民议事协商确定。",
      "实施过程中遇到的问题，请及时向区住房和城乡建设委员会反映。"]),
    ("区市场监管局开展校园周边食品安全专项检查",
     ["11月中旬，区市场监管局组织执法人员对全区中小学校周边食品经营单位开展专项检查。",
      "本次检查共出动执法人员86人次，检查经营户213家，责令整改17家。"]),
]


def html_plain(fname, art, inject_top="", inject_mid="", inject_end="", style=""):
    title, paras = ARTICLES[art]
    out = [PLAIN_HEAD.format(title=title, style=style, day=RNG.randint(1, 28))]
    out.append(inject_top)
    for i, p in enumerate(paras):
        out.append(f"<p>{p}</p>\n")
        if i == 0:
            out.append(inject_mid)
    out.append(inject_end)
    out.append(PLAIN_TAIL)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        f.write("".join(out))


def write(fname, text):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        f.write(text)


def must_block_html():
    html_plain("h01-comment-3chars.html", 0, inject_mid="<!-- 待核实 -->\n")
    label("h01-comment-3chars.html", "review", ["hidden_content"], [],
          "HTML comment after paragraph 1 holding an editor's 3-character note 待核实 (no punctuation, no digits). "
          "docs/findings.md names 'a run of seven Chinese characters or more' as one sign of a note but also 'read as a note'; "
          "a 保密审查员 wants every editor's note left in a published page shown, so review.")

    html_plain("h02-comment-7chars.html", 2, inject_mid="<!-- 此处数据待更新 -->\n")
    label("h02-comment-7chars.html", "review", ["hidden_content"], [],
          "HTML comment holding the editor's note 此处数据待更新 (7 characters, no punctuation).")

    html_plain("h03-comment-40chars.html", 2, inject_mid=(
        "<!-- 编辑注：第二段参保率引自2026年9月内部统计快报，与统计局口径不一致，发布前请与医保科再核对一次。 -->\n"))
    label("h03-comment-40chars.html", "review", ["hidden_content"], [],
          "Long HTML comment (about 45 characters, punctuation and digits): an editor's note naming an internal statistics bulletin.")

    html_plain("h04-comment-paragraph.html", 3, inject_end=(
        "<!--\n<p>经测算，本轮改造涉及居民约4100户，区财政拟安排资金1.6亿元，其中部分资金尚未落实，"
        "拟从明年城市维护费中统筹调剂，具体方案待区委常委会研究后确定。</p>\n-->\n"))
    label("h04-comment-paragraph.html", "review", ["hidden_content"], [],
          "A whole article paragraph commented out (<!-- <p>…</p> -->): an unapproved funding plan still in the published source.")

    n, m = name(), mobile()
    html_plain("h05-comment-table-row.html", 1, inject_end=(
        "<table border=\"1\">\n<tr><th>项目名称</th><th>申报单位</th><th>联系人</th><th>联系电话</th></tr>\n"
        "<tr><td>传统竹编技艺</td><td>东湖街道文化站</td><td>文化站</td><td>区文旅局公开电话</td></tr>\n"
        f"<!-- <tr><td>古法酿造技艺</td><td>个人申报</td><td>{n}</td><td>{m}</td></tr> -->\n"
        "</table>\n"))
    label("h05-comment-table-row.html", "review", ["hidden_content", "mobile_phone"], [m],
          f"A table row commented out: <!-- <tr><td>…</td><td>{n}</td><td>(mobile)</td></tr> --> with a person's name and an 11-digit mobile.")

    html_plain("h06-comment-old-sentence.html", 4, inject_end=(
        "<p>本次检查共出动执法人员86人次，检查经营户213家，责令整改17家。</p>\n"
        "<!-- 原句：本次检查共查处违法经营户29家，其中3家已移送公安机关 -->\n"))
    label("h06-comment-old-sentence.html", "review", ["hidden_content"], [],
          "The old version of a sentence kept in a comment (<!-- 原句：…29家，其中3家已移送公安机关 -->) beside the new visible one: enforcement figures that were cut.")

    html_plain("h07-display-none-draft.html", 0, inject_mid=(
        "<div style=\"display:none\">本条拟于下周局务会再议，暂不对外公布检查名单。</div>\n"))
    label("h07-display-none-draft.html", "review", ["hidden_content"], [],
          "<div style=\"display:none\"> holding a draft sentence (about 20 characters with punctuation).")

    html_plain("h08-visibility-hidden-remark.html", 3, inject_mid=(
        "<p>改造资金由市、区两级财政共同承担<span style=\"visibility: hidden\">【审核意见：比例未定，先别写】</span>。</p>\n"))
    label("h08-visibility-hidden-remark.html", "review", ["hidden_content"], [],
          "<span style=\"visibility: hidden\"> inside a visible sentence holding a reviewer's remark 【审核意见：比例未定，先别写】.")

    names = "、".join(name() for _ in range(6))
    html_plain("h09-hidden-attr-namelist.html", 1, inject_end=(
        f"<div hidden>评审专家：{names}</div>\n"))
    label("h09-hidden-attr-namelist.html", "review", ["hidden_content"], [],
          f"<div hidden> holding a name list of the review experts (评审专家：six names joined by 、). No detector finds names; the hidden list is the finding.")

    html_plain("h10-css-class-draft.html", 3, style="<style>\n.article{width:900px;margin:0 auto}\n.tmp-note{display:none}\n</style>\n",
               inject_mid="<p class=\"tmp-note\">初稿：该项目总投资约1200万元，待区财政局批复后再公开。</p>\n")
    label("h10-css-class-draft.html", "review", ["hidden_content"], [],
          "<p class=\"tmp-note\"> hidden by a rule in the page's own <style> block (.tmp-note{display:none}); draft sentence with an amount.")

    html_plain("h11-aria-offscreen.html", 0, inject_top=(
        "<div aria-hidden=\"true\" style=\"position:absolute;left:-9999px;top:-9999px\">领导批示：先不发</div>\n"))
    label("h11-aria-offscreen.html", "review", ["hidden_content"], [],
          "aria-hidden=\"true\" plus off-screen positioning (left:-9999px) holding 领导批示：先不发 (8 characters with a colon).")

    html_plain("h12-font-size-0.html", 2, inject_mid=(
        "<p>参保工作情况如下<span style=\"font-size:0\">待领导审定</span>：</p>\n"))
    label("h12-font-size-0.html", "review", ["hidden_content"], [],
          "<span style=\"font-size:0\"> holding the 5-character note 待领导审定. docs/ do not name font-size:0; a reviewer treats text no reader can see as hidden.")

    html_plain("h13-white-on-white.html", 4, inject_end=(
        "<p style=\"color:#ffffff;background-color:#ffffff\">备注：整改名单中两家企业尚未告知，请暂缓公开</p>\n"))
    label("h13-white-on-white.html", "review", ["hidden_content"], [],
          "White text on a white background (color:#ffffff;background-color:#ffffff) holding a 20-character note. docs/ do not name colour tricks; a reviewer wants it shown.")

    html_plain("h14-template-draft.html", 4, inject_end=(
        "<template id=\"draft-block\"><p>草稿：拟对三家问题突出的经营户予以公开通报，名单另附</p></template>\n"))
    label("h14-template-draft.html", "review", ["hidden_content"], [],
          "<template> content (never rendered) holding a draft sentence about naming businesses.")

    html_plain("h15-noscript-draft.html", 3, inject_end=(
        "<noscript><p>征求意见稿第六条原为“由居民自筹30%”，法制科意见删除，待主要领导定</p></noscript>\n"))
    label("h15-noscript-draft.html", "review", ["hidden_content"], [],
          "<noscript> holding a draft/legal-review remark instead of the usual 'enable JavaScript' text.")

    idv = id_card()
    html_plain("h16-hidden-input-id.html", 1, inject_end=(
        "<form action=\"/apply\" method=\"post\">\n"
        f"<input type=\"hidden\" name=\"sqrsfzh\" value=\"{idv}\">\n"
        "<input type=\"hidden\" name=\"token\" value=\"8f3a9c1e\">\n"
        "<button type=\"submit\">在线申报</button>\n</form>\n"))
    label("h16-hidden-input-id.html", "block", ["id_card", "hidden_content"], [idv],
          "<input type=\"hidden\" name=\"sqrsfzh\" value=(18-digit ID, valid check digit)>: an applicant's ID in a hidden form field. "
          "block for the ID; hidden_content because docs say a hidden element holding anything a detector finds is hidden content.")

    html_plain("h17-comment-5chars.html", 0, inject_end="<!--张处未同意-->\n")
    label("h17-comment-5chars.html", "review", ["hidden_content"], [],
          "Comment with no spaces <!--张处未同意--> (5 characters, a person's title and a decision). Short note; a reviewer wants it.")

    html_plain("h18-comment-8chars-number.html", 3, inject_mid="<!-- 第3条待法规科审核 -->\n")
    label("h18-comment-8chars-number.html", "review", ["hidden_content"], [],
          "Comment 第3条待法规科审核 (8 Chinese characters plus a digit).")

    html_plain("h19-display-none-important-15.html", 2, inject_end=(
        "<p style=\"display: none !important;\">此段为起草说明，定稿时删除。</p>\n"))
    label("h19-display-none-important-15.html", "review", ["hidden_content"], [],
          "<p style=\"display: none !important;\"> (spaces, !important) holding a 15-character drafting note 此段为起草说明，定稿时删除。")

    # Word "Save as HTML" with a hidden run and with a comment.
    write("h20-word-export-hidden-run.html", WORD_HTML.format(
        body="<p class=MsoNormal><span style='font-family:宋体'>各街道要做好冬季供暖保障工作，确保群众温暖过冬。"
             "<span style='display:none;mso-hide:all'>此句为内部掌握口径，对外不讲补贴标准</span><o:p></o:p></span></p>\n",
        comments=""))
    label("h20-word-export-hidden-run.html", "review", ["hidden_content"], [],
          "Word 'Save as Web Page' export where a hidden (w:vanish) run became <span style='display:none;mso-hide:all'>此句为内部掌握口径…</span>.")

    write("h21-word-export-comment.html", WORD_HTML.format(
        body="<p class=MsoNormal><span style='font-family:宋体'>全区共完成改造小区<span class=MsoCommentReference>"
             "<span style='font-size:8.0pt'><a class=msocomanchor id=\"_anchor_1\" href=\"#_msocom_1\" language=JavaScript "
             "name=\"_msoanchor_1\">[A1]</a>&nbsp;</span></span>37个。<o:p></o:p></span></p>\n",
        comments=WORD_COMMENT.format(author="审核人", text="此数与住建委报表不一致，核实后再发")))
    label("h21-word-export-comment.html", "review", ["hidden_content"], [],
          "Word HTML export with a Word comment: <div style='mso-element:comment-list'> … <p class=MsoCommentText>此数与住建委报表不一致，核实后再发</p>, "
          "the list wrapped in Word's downlevel-revealed <![if !supportAnnotations]> (a browser shows it at the page foot). It is still a reviewer's comment left in the page; review.")


WORD_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="通知.files/filelist.xml">
<title>关于做好冬季供暖保障工作的通知</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>区政府办公室</o:Author>
  <o:LastAuthor>区政府办公室</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>14</o:TotalTime>
  <o:Created>2026-11-20T01:12:00Z</o:Created>
  <o:LastSaved>2026-11-21T02:05:00Z</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Words>86</o:Words>
  <o:Characters>495</o:Characters>
  <o:Lines>4</o:Lines>
  <o:Paragraphs>1</o:Paragraphs>
  <o:CharactersWithSpaces>580</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true" Name="annotation text"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	margin:0cm;
	text-align:justify;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}}
p.MsoCommentText, li.MsoCommentText, div.MsoCommentText
	{{mso-style-noshow:yes;
	mso-style-link:"批注文字 字符";
	margin:0cm;
	font-size:10.5pt;}}
span.MsoCommentReference
	{{mso-style-noshow:yes;
	mso-ansi-font-size:10.5pt;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-style-noshow:yes;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

<p class=MsoNormal align=center style='text-align:center'><b><span
style='font-size:16.0pt;font-family:宋体'>关于做好冬季供暖保障工作的通知<o:p></o:p></span></b></p>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

{body}
<p class=MsoNormal><span style='font-family:宋体'>区政府办公室<span lang=EN-US>2026</span>年<span lang=EN-US>11</span>月<span lang=EN-US>21</span>日<o:p></o:p></span></p>

</div>
{comments}
</body>

</html>
"""

WORD_COMMENT = """
<div style='mso-element:comment-list'><![if !supportAnnotations]>

<hr class=msocomoff align=left size=1 width="33%">

<![endif]>

<div style='mso-element:comment'><![if !supportAnnotations]>

<div id="_com_1" class=msocomtxt language=JavaScript
onmouseover="msoCommentShow('_anchor_1','_com_1')"
onmouseout="msoCommentHide('_com_1')"><![endif]>

<div><![if !supportAnnotations]><![endif]>

<p class=MsoCommentText><span class=MsoCommentReference><span lang=EN-US
style='font-size:8.0pt'><span style='mso-special-character:comment'>&nbsp;<![if !supportAnnotations]><a
href="#_msoanchor_1" class=msocomoff>[A1]</a><![endif]></span></span></span><span
style='mso-comment-author:"{author}"'>{text}</span></p>

</div>

<![if !supportAnnotations]></div>

<![endif]></div>

</div>
"""

# ---------------------------------------------------------------- platform pages (must pass)

PLATFORM_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="某某区人民政府">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-11-{day:02d} 09:30">
<title>{title}_通知公告_某某区人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<style>
.sr-only{{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}}
.hide,.hidden{{display:none}}
.m-nav{{display:none}}
@media (max-width:768px){{.m-nav{{display:block}}.nav{{display:none}}}}
</style>
</head>
<body>
{before}
<!-- 头部开始 -->
<div class="header">
<div class="logo"><a href="/"><img src="/images/logo.png" alt="某某区人民政府"></a></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjbq/">走进本区</a></li>
</ul>
</div>
<!-- 头部结束 -->
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<!-- 正文开始 -->
<div class="article" id="main">
<h1>{title}</h1>
<div class="info">发布时间：2026-11-{day:02d}　来源：区政府办公室　<span class="font-size">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="content">
{paras}
</div>
{mid}
</div>
<!-- 正文结束 -->
<!-- 底部开始 -->
<div class="footer">
<p>主办单位：某某区人民政府办公室　网站标识码：1101010001　京ICP备05012345号</p>
<p>京公网安备 11010102000123号</p>
</div>
<!-- 底部结束 -->
{after}
</body>
</html>
"""


def platform(fname, art, before="", mid="", after="", head=PLATFORM_HEAD):
    title, paras = ARTICLES[art]
    write(fname, head.format(title=title, day=RNG.randint(1, 28),
                             paras="\n".join(f"<p>{p}</p>" for p in paras),
                             before=before, mid=mid, after=after))


def must_pass_html():
    platform("k01-mobile-menu.html", 0, before=(
        "<div class=\"m-nav\" style=\"display:none\">\n<a class=\"m-close\" href=\"javascript:;\">关闭</a>\n<ul>\n"
        "<li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/bsfw/\">办事服务</a></li>\n"
        "<li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/zjbq/\">走进本区</a></li>\n"
        "<li><a href=\"/zwgk/zfxxgkzn/\">政府信息公开指南</a></li><li><a href=\"/zwgk/zfxxgknb/\">政府信息公开年度报告</a></li>\n"
        "</ul>\n</div>\n"))
    label("k01-mobile-menu.html", "pass", [], [],
          "Hidden mobile menu (<div class=\"m-nav\" style=\"display:none\">) repeating the site's navigation, with two longer public column names (政府信息公开年度报告). README: a hidden copy of the menu is not a finding.")

    platform("k02-share-popup.html", 1, mid=(
        "<div class=\"share\">分享到：<a class=\"share-wx\" href=\"javascript:;\">微信</a> <a href=\"javascript:;\">微博</a></div>\n"
        "<div class=\"share-pop\" hidden>\n<div class=\"share-wx-box\"><img src=\"/qrcode.png\" alt=\"\">\n"
        "<p>打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。</p>\n"
        "<a class=\"close\" href=\"javascript:;\">×</a></div>\n</div>\n"))
    label("k02-share-popup.html", "pass", [], [],
          "WeChat share pop-up hidden until clicked (<div class=\"share-pop\" hidden>) with the standard instruction sentence 打开微信，点击底部的“发现”… "
          "A sentence in a hidden element, but platform furniture; docs/ list it nowhere, a reviewer passes it.")

    platform("k03-search-placeholder.html", 2, before=(
        "<form class=\"search\" action=\"/search/\" method=\"get\">\n"
        "<input type=\"text\" name=\"q\" placeholder=\"请输入您要搜索的关键词\" aria-label=\"站内搜索\">\n"
        "<input type=\"hidden\" name=\"siteid\" value=\"10023\">\n"
        "<input type=\"hidden\" name=\"channelid\" value=\"2447185\">\n"
        "<input type=\"hidden\" name=\"searchscope\" value=\"全站\">\n"
        "<input type=\"submit\" value=\"搜索\">\n</form>\n"))
    label("k03-search-placeholder.html", "pass", [], [],
          "Search box: placeholder 请输入您要搜索的关键词 (10 characters), hidden inputs siteid=10023, channelid=2447185 (7 digits: an id record the platform writes), searchscope=全站.")

    platform("k04-skip-link.html", 3, before=(
        "<a class=\"skip-link\" href=\"#main\" style=\"position:absolute;left:-9999px;top:auto\">跳转到主要内容</a>\n"
        "<span class=\"sr-only\">您正在访问某某区人民政府门户网站</span>\n"))
    label("k04-skip-link.html", "pass", [], [],
          "Skip link moved off-screen (left:-9999px) 跳转到主要内容 (exactly 7 characters) and a screen-reader-only line 您正在访问某某区人民政府门户网站.")

    platform("k05-cookie-notice.html", 4, after=(
        "<div id=\"cookie-notice\" style=\"display:none\" role=\"dialog\">\n"
        "<p>本网站使用Cookie以改善您的浏览体验。继续浏览本网站即表示您同意我们使用Cookie。</p>\n"
        "<button id=\"cookie-accept\">我知道了</button>\n</div>\n"))
    label("k05-cookie-notice.html", "pass", [], [],
          "Cookie notice hidden until script shows it (display:none, role=dialog): two public sentences. docs/ would read 'a sentence' as a note; a reviewer sees platform text and passes.")

    platform("k06-backtotop-loading.html", 0, after=(
        "<div class=\"back-top\" style=\"display:none\" title=\"返回顶部\"><a href=\"#\">返回顶部</a></div>\n"
        "<div class=\"loading\" style=\"display:none\"><i class=\"spinner\"></i>加载中...</div>\n"
        "<div class=\"toast hidden\">正在提交，请稍候……</div>\n"
        "<div class=\"toast hidden\">网络异常，请刷新页面后重试</div>\n"))
    label("k06-backtotop-loading.html", "pass", [], [],
          "Hidden back-to-top button 返回顶部, loading spinner 加载中..., toasts 正在提交，请稍候…… and 网络异常，请刷新页面后重试 (11 characters, a sentence).")

    list_a = ["关于开展2026年冬季安全生产大检查的通知", "区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知",
              "2026年第三季度城乡居民基本医疗保险参保情况通报"]
    list_b = ["关于印发《老旧小区改造工作实施方案》的通知", "区市场监管局开展校园周边食品安全专项检查"]
    side = "".join(f"<li><a href=\"/tzgg/{i}.html\">{t}</a></li>" for i, t in enumerate(list_a + list_b))
    mid = ("<div class=\"tabs\">\n<ul class=\"tab-title\"><li class=\"on\">通知公告</li><li>政策解读</li></ul>\n"
           "<div class=\"tab-panel\">\n<ul>" + "".join(f"<li><a href=\"/tzgg/{i}.html\">{t}</a></li>" for i, t in enumerate(list_a)) + "</ul>\n</div>\n"
           "<div class=\"tab-panel\" style=\"display:none\">\n<ul>" + "".join(f"<li><a href=\"/tzgg/{i+3}.html\">{t}</a></li>" for i, t in enumerate(list_b)) + "</ul>\n</div>\n</div>\n"
           "<div class=\"sidebar\"><h3>最新信息</h3><ul>" + side + "</ul></div>\n")
    platform("k07-tab-panel.html", 2, mid=mid)
    label("k07-tab-panel.html", "pass", [], [],
          "Tab panel hidden until clicked (<div class=\"tab-panel\" style=\"display:none\">) listing two article titles (long, with digits and 《》) that the visible sidebar also lists.")

    faq = [("如何申请政府信息公开？", "答：可通过区政府门户网站“依申请公开”栏目在线提交，也可到区政务服务中心窗口现场申请，一般在20个工作日内答复。"),
           ("老旧小区改造需要居民出资吗？", "答：基础类改造内容由财政资金保障，完善类和提升类内容由居民议事协商确定是否出资。")]
    mid = "<div class=\"faq\"><h3>常见问题</h3>\n" + "".join(
        f"<dl><dt><a href=\"javascript:;\" class=\"q\">{q}</a></dt><dd class=\"answer\" style=\"display:none\">{a}</dd></dl>\n" for q, a in faq) + "</div>\n"
    platform("k08-faq-collapsed.html", 3, mid=mid)
    label("k08-faq-collapsed.html", "pass", [], [],
          "Collapsed FAQ: visible questions, answers in <dd class=\"answer\" style=\"display:none\"> shown on click: long public sentences with digits. "
          "docs/ would call a hidden sentence a note; a reviewer sees the public answer to a visible question and passes it.")

    platform("k09-region-markers.html", 4, before=(
        "<!--#BeginLibraryItem \"/Library/top.lbi\" -->\n<div class=\"topbar\">今天是：<span id=\"today\"></span></div>\n<!--#EndLibraryItem -->\n"
        "<!-- ========== 导航栏 ========== -->\n<!-- 列表页 左侧栏目 开始 -->\n<!-- 左侧栏目 结束 -->\n"
        "<!-- 主体内容区域 -->\n<!-- InstanceBeginEditable name=\"正文\" -->\n<!-- InstanceEndEditable -->\n"
        "<!-- /.container -->\n<!-- end of #wrapper -->\n"))
    label("k09-region-markers.html", "pass", [], [],
          "Comments that are region markers: 头部开始/结束, 正文开始, ==== 导航栏 ====, 列表页 左侧栏目 开始 (8 characters with a space), 主体内容区域 (6), Dreamweaver #BeginLibraryItem and InstanceBeginEditable name=\"正文\", /.container.")

    platform("k10-template-vars.html", 0, before=(
        "<!--#include virtual=\"/inc/head.shtml\"-->\n<!-- {$channel.name} -->\n<!-- {{ article.title }} -->\n"
        "<!-- <%=Article.getTitle()%> -->\n<!-- ${doc.DocPubTime?string('yyyy-MM-dd')} -->\n"
        "<!--{dede:field name='title'/}-->\n<!-- [[TRS_DOCUMENT_ID]] -->\n"
        "<!--[if lt IE 9]><script src=\"/js/html5shiv.min.js\"></script><![endif]-->\n"))
    label("k10-template-vars.html", "pass", [], [],
          "Template expressions left in comments by CMS engines: SSI include, Smarty {$…}, Jinja {{…}}, JSP <%=…%>, FreeMarker ${…}, DedeCMS {dede:field}, TRS placeholder, an IE conditional comment.")

    platform("k11-build-ids.html", 1, before=(
        "<!-- build: 20261128-1733 a3f9c2e7 -->\n<!-- Generated by TRS WCM 7.0 at 2026-11-28 17:33:02 -->\n"
        "<!-- page cached 2026/11/28 17:33:02 by node-07, 12ms -->\n<!-- publish id: 3384712 -->\n"
        "<!-- docid=20261128004417 chnlid=4471 siteid=12 -->\n<!-- 发布时间：2026-11-28 17:33:02 -->\n"),
        after="<!-- Performance: 38 queries in 0.0412 seconds -->\n")
    label("k11-build-ids.html", "pass", [], [],
          "Build ids, timestamps and publish ids in comments: 20261128-1733 a3f9c2e7, TRS WCM generator line, cache line, publish id 3384712 (7 digits), docid=20261128004417 (14 digits), 发布时间 timestamp, query timing. README: id records site platforms write are not findings.")

    platform("k12-analytics.html", 2, after=(
        "<!-- 统计代码开始 -->\n<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement(\"script\");\n"
        "  hm.src = \"https://hm.baidu.com/hm.js?3c8f2a9b1d7e4f6a0b5c2d8e9f1a3b4c\";\n"
        "  var s = document.getElementsByTagName(\"script\")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n</script>\n"
        "<span id=\"cnzz_stat_icon_1281234567\" style=\"display:none\"></span>\n"
        "<noscript><img src=\"https://hm.baidu.com/hm.gif?si=3c8f2a9b1d7e4f6a&amp;et=0\" width=\"0\" height=\"0\" alt=\"\"></noscript>\n"
        "<!-- 统计代码结束 -->\n<!-- Global site tag (gtag.js) - 站点访问量统计 -->\n"))
    label("k12-analytics.html", "pass", [], [],
          "Analytics snippets: Baidu Tongji script with its site key, a hidden empty CNZZ span id=cnzz_stat_icon_1281234567 (10 digits in an id), <noscript><img> pixel, comments 统计代码开始/结束.")

    platform("k13-noscript-enable-js.html", 3, after=(
        "<noscript><div class=\"nojs\">您的浏览器不支持或已禁用JavaScript，部分功能可能无法正常使用，请启用后再浏览本站。</div></noscript>\n"))
    label("k13-noscript-enable-js.html", "pass", [], [],
          "<noscript> holding the usual 'enable JavaScript' sentence (34 characters).")

    platform("k14-a11y-text.html", 4, before=(
        "<div id=\"barrier-free\" class=\"hidden\">\n<a href=\"javascript:;\" aria-label=\"开启无障碍浏览\">无障碍浏览</a>\n"
        "<a href=\"javascript:;\">长者模式</a><a href=\"javascript:;\">大字幕</a><a href=\"javascript:;\">指读</a><a href=\"javascript:;\">退出服务</a>\n</div>\n"
        "<span class=\"sr-only\">按Alt+Shift+H打开无障碍辅助工具条</span>\n"
        "<a href=\"/zwgk/\" target=\"_blank\">政务公开<span class=\"visually-hidden\">（在新窗口打开）</span></a>\n"
        "<i class=\"icon-search\" aria-hidden=\"true\"></i><i class=\"icon-home\" aria-hidden=\"true\">&#xe601;</i>\n"))
    label("k14-a11y-text.html", "pass", [], [],
          "Accessibility furniture: hidden barrier-free toolbar (无障碍浏览 长者模式 大字幕 指读 退出服务), sr-only 按Alt+Shift+H打开无障碍辅助工具条 (a sentence with a key chord), visually-hidden （在新窗口打开）, aria-hidden icons.")

    platform("k15-qr-print-close.html", 1, mid=(
        "<div class=\"tools\"><a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a>"
        " <a class=\"ewm-btn\" href=\"javascript:;\">手机扫码</a></div>\n"
        "<div class=\"ewm-pop\" style=\"display:none\"><img src=\"/qrcode/article.png\" alt=\"扫一扫在手机打开当前页\"><p>扫一扫在手机打开当前页</p></div>\n"
        "<input type=\"hidden\" id=\"columnid\" value=\"20397\"><input type=\"hidden\" id=\"unitid\" value=\"5512388\">\n"
        "<input type=\"hidden\" id=\"webname\" value=\"某某区人民政府\">\n"))
    label("k15-qr-print-close.html", "pass", [], [],
          "Hanweb-style tools: hidden QR pop-up 扫一扫在手机打开当前页 (10 characters), hidden inputs columnid=20397, unitid=5512388 (7 digits), webname=某某区人民政府.")

    platform("k16-commented-markup.html", 0, before=(
        "<!-- <link rel=\"stylesheet\" href=\"/css/old-2024.css\"> -->\n"
        "<!-- <div class=\"banner\"><img src=\"/images/banner20241001.jpg\" alt=\"\"></div> -->\n"
        "<!--<script type=\"text/javascript\" src=\"/js/jquery-1.8.3.min.js\"></script>-->\n"
        "<!-- <li><a href=\"/zjbq/\">走进本区</a></li> -->\n"))
    label("k16-commented-markup.html", "pass", [], [],
          "Commented-out markup with no article text: an old stylesheet link, an old banner image, an old script tag, and a menu item 走进本区 that the visible menu also has.")

    title = ARTICLES[3][0]
    platform("k17-hidden-title-copy.html", 3, before=(
        f"<div id=\"share-title\" style=\"display:none\">{title}</div>\n"
        "<span class=\"hide\" id=\"pubdate\">2026-11-15 09:30:00</span>\n"
        "<div class=\"hide\" id=\"share-desc\">现将《老旧小区改造工作实施方案》印发给你们，请结合实际认真贯彻落实。</div>\n"))
    label("k17-hidden-title-copy.html", "pass", [], [],
          "Hidden copies of visible text for share scripts: the article title (long, with 《》), the publish time, and the first visible sentence as share description.")

    write("k18-word-export-plain.html", WORD_HTML.format(
        body="<p class=MsoNormal style='text-indent:21.0pt'><span style='font-family:宋体'>各街道办事处、区政府各部门：<o:p></o:p></span></p>\n"
             "<p class=MsoNormal style='text-indent:21.0pt'><!--[if !supportLists]--><span lang=EN-US>一、</span><!--[endif]-->"
             "<span style='font-family:宋体'>供暖单位要提前做好设备检修，确保按时供暖。<o:p></o:p></span></p>\n"
             "<p class=MsoNormal style='text-indent:21.0pt'><!--[if !supportLists]--><span lang=EN-US>二、</span><!--[endif]-->"
             "<span style='font-family:宋体'>各街道要加强困难群众走访，做好应急保障。<o:p></o:p></span></p>\n",
        comments=""))
    label("k18-word-export-plain.html", "pass", [], [],
          "Word 'Save as Web Page' export with no hidden text and no comments: <!--[if gte mso 9]><xml> DocumentProperties (author 区政府办公室, revision, timestamps), WordDocument settings with 7.8 磅, LatentStyles, <style><!-- font definitions --></style>, <!--[if !supportLists]--> list markers, <o:p>. Author is metadata at most info.")

    write("k19-wps-export.html", """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="WPS Office">
<meta name=Originator content="WPS Office">
<title>区市场监管局开展校园周边食品安全专项检查</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>user</o:Author><o:LastAuthor>WPS_1689234512</o:LastAuthor><o:Created>2026-11-18T09:12:00Z</o:Created><o:LastSaved>2026-11-18T10:40:31Z</o:LastSaved><o:TotalTime>0</o:TotalTime><o:Pages>1</o:Pages><o:Words>120</o:Words><o:Characters>180</o:Characters><o:Lines>0</o:Lines><o:Paragraphs>0</o:Paragraphs></o:DocumentProperties><o:CustomDocumentProperties><o:KSOProductBuildVer dt:dt="string">2052-12.1.0.18608</o:KSOProductBuildVer><o:ICV dt:dt="string">4E8D3B2F1A6C4D7E9F0A1B2C3D4E5F60_12</o:ICV></o:CustomDocumentProperties></xml><![endif]--><!--[if gte mso 9]><xml><w:WordDocument><w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel><w:DisplayHorizontalDrawingGridEvery>1</w:DisplayHorizontalDrawingGridEvery><w:DisplayVerticalDrawingGridEvery>1</w:DisplayVerticalDrawingGridEvery><w:DocumentKind>DocumentNotSpecified</w:DocumentKind><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing><w:View>Web</w:View><w:Compatibility><w:DontGrowAutofit/><w:BalanceSingleByteDoubleByteWidth/><w:DoNotExpandShiftReturn/><w:UseFELayout/></w:Compatibility><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]--><!--[if gte mso 9]><xml><w:LatentStyles DefLockedState="false"  DefUnhideWhenUsed="true"  DefSemiHidden="true"  DefQFormat="false"  DefPriority="99"  LatentStyleCount="260" >
<w:LsdException Locked="false"  Priority="0"  SemiHidden="false"  QFormat="true"  Name="Normal" ></w:LsdException>
<w:LsdException Locked="false"  Priority="99"  SemiHidden="false"  Name="Default Paragraph Font" ></w:LsdException>
</w:LatentStyles></xml><![endif]--><style>
<!--
@font-face{font-family:"Times New Roman";}
@font-face{font-family:"宋体";}
p.MsoNormal{mso-style-name:正文;mso-style-parent:"";margin:0pt;margin-bottom:.0001pt;mso-pagination:none;text-align:justify;text-justify:inter-ideograph;font-family:Calibri;mso-fareast-font-family:宋体;font-size:10.5000pt;mso-font-kerning:1.0000pt;}
span.msoIns{mso-style-type:export-only;mso-style-name:"";text-decoration:underline;text-underline:single;color:blue;}
span.msoDel{mso-style-type:export-only;mso-style-name:"";text-decoration:line-through;color:red;}
@page{mso-page-border-surround-header:no;mso-page-border-surround-footer:no;}@page Section0{margin-top:72.0000pt;margin-bottom:72.0000pt;margin-left:90.0000pt;margin-right:90.0000pt;size:595.3000pt 841.9000pt;layout-grid:15.6000pt;}
div.Section0{page:Section0;}
-->
</style>
</head>
<body style="tab-interval:21pt;text-justify-trim:punctuation;" >
<!--StartFragment-->
<div class="Section0"  style="layout-grid:15.6000pt;" >
<p class=MsoNormal  align=center  style="text-align:center;" ><b><span style="mso-spacerun:'yes';font-family:宋体;font-size:16.0000pt;" ><font face="宋体" >区市场监管局开展校园周边食品安全专项检查</font></span></b><span style="mso-spacerun:'yes';font-family:宋体;font-size:16.0000pt;" ><o:p></o:p></span></p>
<p class=MsoNormal ><span style="mso-spacerun:'yes';font-family:宋体;font-size:10.5000pt;" ><font face="宋体" >11月中旬，区市场监管局组织执法人员对全区中小学校周边食品经营单位开展专项检查。</font></span><span style="mso-spacerun:'yes';font-family:宋体;font-size:10.5000pt;" ><o:p></o:p></span></p>
<p class=MsoNormal ><span style="mso-spacerun:'yes';font-family:宋体;font-size:10.5000pt;" ><font face="宋体" >本次检查共出动执法人员</font>86<font face="宋体" >人次，检查经营户</font>213<font face="宋体" >家，责令整改</font>17<font face="宋体" >家。</font></span><span style="mso-spacerun:'yes';font-family:宋体;font-size:10.5000pt;" ><o:p></o:p></span></p>
</div>
<!--EndFragment-->
</body>
</html>
""")
    label("k19-wps-export.html", "pass", [], [],
          "WPS Office HTML export: <!--[if gte mso 9]><xml> with DocumentProperties (LastAuthor WPS_1689234512: a 10-digit WPS account id), KSOProductBuildVer, ICV hash; unused msoIns/msoDel export-only styles; <!--StartFragment-->/<!--EndFragment-->. Nothing hidden, no tracked change used.")

    platform("k20-layer-templates.html", 2, after=(
        "<div class=\"layer-mask hidden\"></div>\n"
        "<div class=\"layer hidden\" id=\"layer-leave\"><p>您访问的链接即将离开“某某区人民政府”门户网站，是否继续？</p>"
        "<button>继续访问</button><button>放弃</button></div>\n"
        "<script type=\"text/html\" id=\"tpl-list\"><li><a href=\"{{url}}\">{{title}}</a><span>{{date}}</span></li></script>\n"
        "<div class=\"hidden\" id=\"no-result\">暂无相关信息</div>\n"))
    label("k20-layer-templates.html", "pass", [], [],
          "Hidden layer dialogs: the external-link warning 您访问的链接即将离开“某某区人民政府”门户网站，是否继续？ (a sentence every government site carries), a <script type=text/html> list template, 暂无相关信息.")


# ---------------------------------------------------------------- DOCX

def body_docx(paras):
    d = docx.Document()
    d.core_properties.author = "区政府办公室"
    d.core_properties.last_modified_by = "区政府办公室"
    d.add_heading(paras[0], level=1)
    for p in paras[1:]:
        d.add_paragraph(p)
    return d


def add_comments_part(d, xml):
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.COMMENTS)


def comment_xml(cid, author, text):
    ps = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>" if t else "<w:p/>" for t in text)
    return (f"<w:comment w:id=\"{cid}\" w:author=\"{author}\" w:date=\"2026-11-20T10:00:00Z\" w:initials=\"SH\">"
            f"{ps}</w:comment>")


def anchor_comment(par, cid):
    """anchor_comment wraps the paragraph's runs in a comment range."""
    p = par._p
    start = parse_xml(f"<w:commentRangeStart {W_NS} w:id=\"{cid}\"/>")
    end = parse_xml(f"<w:commentRangeEnd {W_NS} w:id=\"{cid}\"/>")
    ref = parse_xml(f"<w:r {W_NS}><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"{cid}\"/></w:r>")
    runs = p.findall(qn("w:r"))
    runs[0].addprevious(start)
    runs[-1].addnext(end)
    end.addnext(ref)


def docx_files():
    a = ARTICLES[3]
    d = body_docx([a[0]] + a[1])
    p = d.paragraphs[2]
    r = p.add_run("此句为内部掌握口径，不对外解释")
    r.font.hidden = True
    d.save(os.path.join(OUT, "d01-vanish-hidden-text.docx"))
    label("d01-vanish-hidden-text.docx", "review", ["hidden_content"], [],
          "DOCX (python-docx) with a hidden run (<w:rPr><w:vanish/></w:rPr>) at the end of paragraph 2: 此句为内部掌握口径，不对外解释 (15 characters).")

    a = ARTICLES[2]
    d = body_docx([a[0]] + a[1])
    anchor_comment(d.paragraphs[1], 0)
    add_comments_part(d, f"<w:comments {W_NS}>" + comment_xml(0, "赵处", ["参保率不要写具体数，局长不同意公开"]) + "</w:comments>")
    d.save(os.path.join(OUT, "d02-comment.docx"))
    label("d02-comment.docx", "review", ["hidden_content"], [],
          "DOCX with a Word comment (word/comments.xml, anchored on paragraph 1) from author 赵处: 参保率不要写具体数，局长不同意公开.")

    a = ARTICLES[0]
    d = body_docx([a[0]] + a[1])
    p = d.paragraphs[2]._p
    p.append(parse_xml(
        f"<w:del {W_NS} w:id=\"91\" w:author=\"办公室\" w:date=\"2026-11-19T08:00:00Z\"><w:r>"
        "<w:delText xml:space=\"preserve\">去年检查中发现的3起燃气事故隐患至今未整改，涉事企业名单暂不公开。</w:delText></w:r></w:del>"))
    p.append(parse_xml(
        f"<w:ins {W_NS} w:id=\"92\" w:author=\"办公室\" w:date=\"2026-11-19T08:00:00Z\"><w:r>"
        "<w:t xml:space=\"preserve\">各单位要认真做好自查。</w:t></w:r></w:ins>"))
    d.save(os.path.join(OUT, "d03-tracked-deletion.docx"))
    label("d03-tracked-deletion.docx", "review", ["hidden_content"], [],
          "DOCX with a tracked deletion <w:del><w:r><w:delText>去年检查中发现的3起燃气事故隐患至今未整改，涉事企业名单暂不公开。</w:delText> plus a tracked insertion: the deleted sentence survives in the file.")

    # passes
    a = ARTICLES[1]
    d = body_docx([a[0]] + a[1])
    anchor_comment(d.paragraphs[1], 0)
    add_comments_part(d, f"<w:comments {W_NS}>" + comment_xml(0, "办公室", [""]) + "</w:comments>")
    d.save(os.path.join(OUT, "d04-empty-comment.docx"))
    label("d04-empty-comment.docx", "pass", [], [],
          "DOCX with one comment anchored on paragraph 1 whose body is a single empty paragraph (<w:comment …><w:p/></w:comment>). docs/ list comments as hidden content; an empty comment holds nothing for a reviewer to see, so pass.")

    a = ARTICLES[4]
    d = body_docx([a[0]] + a[1])
    styles = d.styles.element
    styles.append(parse_xml(
        f"<w:style {W_NS} w:type=\"character\" w:customStyle=\"1\" w:styleId=\"HiddenNote\"><w:name w:val=\"隐藏批注\"/>"
        "<w:rPr><w:vanish/><w:color w:val=\"FF0000\"/></w:rPr></w:style>"))
    d.save(os.path.join(OUT, "d05-unused-hidden-style.docx"))
    label("d05-unused-hidden-style.docx", "pass", [], [],
          "DOCX whose styles.xml defines a character style 隐藏批注 with <w:vanish/> that no run uses. Nothing is hidden.")

    a = ARTICLES[3]
    d = body_docx([a[0]] + a[1])
    for par in d.paragraphs[1:]:
        par._p.get_or_add_pPr().append(parse_xml(f"<w:rPr {W_NS}><w:vanish/></w:rPr>"))
    p = d.add_paragraph()
    r = p.add_run(" ")
    r.font.hidden = True
    d.save(os.path.join(OUT, "d06-hidden-paragraph-marks.docx"))
    label("d06-hidden-paragraph-marks.docx", "pass", [], [],
          "DOCX whose paragraph marks are hidden (<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>, common after copy-paste: it joins paragraphs, hides no text) and a last paragraph whose only run is a hidden space.")


# ---------------------------------------------------------------- XLSX

def xlsx_files():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公示名单"
    ws.append(["序号", "单位名称", "补助金额（元）"])
    for i, u in enumerate(["东湖街道社区卫生服务中心", "西城街道文化站", "南苑社区居委会"], 1):
        ws.append([i, u, RNG.randint(5, 30) * 1000])
    h = wb.create_sheet("联系人")
    h.sheet_state = "hidden"
    h.append(["单位", "联系人", "手机"])
    mobs = []
    for u in ["东湖街道社区卫生服务中心", "西城街道文化站", "南苑社区居委会"]:
        m = mobile()
        mobs.append(m)
        h.append([u, name(), m])
    wb.save(os.path.join(OUT, "x01-hidden-sheet.xlsx"))
    label("x01-hidden-sheet.xlsx", "review", ["hidden_content", "mobile_phone"], mobs,
          "XLSX (openpyxl): visible sheet 公示名单 with units and amounts; hidden sheet 联系人 (state=hidden) with names and three 11-digit mobiles.")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "发放明细"
    ws.append(["序号", "姓名", "身份证号", "发放金额（元）"])
    ids = []
    for i in range(1, 7):
        idv = id_card()
        n = name()
        if i in (3, 4):
            ws.append([i, n, idv, 1200])
            ws.row_dimensions[i + 1].hidden = True
            ids.append(idv)
        else:
            ws.append([i, n[0] + "某某", idv[:6] + "********" + idv[-4:], 1200])
    wb.save(os.path.join(OUT, "x02-hidden-rows.xlsx"))
    label("x02-hidden-rows.xlsx", "block", ["id_card", "hidden_content"], ids,
          "XLSX: visible rows masked (王某某, 110101********1234); rows 4 and 5 hidden (row hidden=1) with full names and full valid IDs.")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公示名单"
    ws.append(["序号", "项目名称", "实施单位"])
    ws.append([1, "传统竹编技艺", "东湖街道文化站"])
    ws.append([2, "古法酿造技艺", "西城街道文化站"])
    for r in (5, 6, 7):
        ws.row_dimensions[r].hidden = True
    ws.column_dimensions["E"].hidden = True
    e = wb.create_sheet("Sheet2")
    e.sheet_state = "hidden"
    wb.save(os.path.join(OUT, "x03-hidden-empty.xlsx"))
    label("x03-hidden-empty.xlsx", "pass", [], [],
          "XLSX with an empty hidden sheet Sheet2 (state=hidden, no cells), hidden empty rows 5-7 and a hidden empty column E. Hidden parts hold nothing.")


# ---------------------------------------------------------------- PPTX (values for src/pptx.js)

def pptx_values():
    m = mobile()
    v = {"hidden_mobile": m, "hidden_name": name()}
    label("p01-speaker-notes.pptx", "review", ["hidden_content"], [],
          "PPTX (pptxgenjs) whose slide 2 has speaker notes: 讲稿提示：此页数字未经局长审定，对外口径以新闻稿为准，不要展开讲。")
    label("p02-hidden-slide.pptx", "review", ["hidden_content", "mobile_phone"], [m],
          "PPTX with slide 3 hidden (<p:sld show=\"0\">) holding internal remarks 内部备注：以下数据暂不对外 and a contact name with an 11-digit mobile.")
    label("p03-empty-notes.pptx", "pass", [], [],
          "PPTX whose every slide has a notes page with no text (pptxgenjs writes a notes slide per slide; addNotes(\"\")). Nothing hidden.")
    return v


def main():
    must_block_html()
    must_pass_html()
    docx_files()
    xlsx_files()
    v = pptx_values()
    with open(os.path.join(OUT, "src", "pptx-values.json"), "w", encoding="utf-8") as f:
        json.dump(v, f, ensure_ascii=False)
    LABELS.sort(key=lambda l: l["file"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    rows = ["| file | expect | categories | what it tests |", "| --- | --- | --- | --- |"]
    for l in LABELS:
        note = l["note"].replace("|", "\\|")
        rows.append(f"| `{l['file']}` | {l['expect_verdict']} | {', '.join(l['expect_categories']) or '—'} | {note} |")
    with open(os.path.join(OUT, "src", "table.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


main()
