#!/usr/bin/env python3
"""blind48-html generator: shown vs hidden values and notes on HTML pages.

Writes only into the output folder given as argv[1] (default: the folder above this script, the corpus).
All values are invented: IDs carry valid GB 11643 check digits, mobiles are 1[3-9]x.
"""
import json
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.abspath(OUT)
os.makedirs(OUT, exist_ok=True)


def gb11643(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


ID1 = gb11643("11010519880512241")   # 北京市朝阳区
ID2 = gb11643("31010419910327083")   # 上海市徐汇区
ID3 = gb11643("44030519850916172")   # 深圳市南山区
ID4 = gb11643("33010619930704356")   # 杭州市西湖区
ID5 = gb11643("32010219790221448")   # 南京市玄武区
M1, M2, M3, M4, M5, M6, M7, M8 = ("13705816342", "15827364519", "18690451273", "13351247806",
                                  "17725839146", "19913457268", "15103928475", "18247360915")
N1 = "此稿未经审核请勿发布"
N2 = "王主任批示：第三段数据待统计局核实后再发布。"
N3 = "初稿，第二条表述还需法规科再次把关。"

BODIES = [
    ("关于做好春季农业生产工作的通知", "为进一步做好春季农业生产工作，确保粮食稳产增产，现将有关事项通知如下。",
     "各镇（街道）要加强组织领导，落实工作责任，确保各项措施落到实处。"),
    ("关于开展城市环境卫生整治活动的通知", "为改善城乡人居环境，区政府决定在全区范围内开展环境卫生集中整治活动。",
     "请各单位按照职责分工认真组织实施，及时报送工作进展情况。"),
    ("关于公布政务服务事项清单的公告", "根据深化“放管服”改革工作部署，现将本区政务服务事项清单予以公布。",
     "社会公众可通过区政府门户网站查询办事指南。"),
    ("关于举办全民健身运动会的通知", "为丰富群众文化体育生活，区文体旅游局将于五月举办全民健身运动会。",
     "欢迎广大市民踊跃报名参加。"),
    ("关于做好防汛防台工作的通知", "当前已进入主汛期，各地要切实做好防汛防台各项准备工作。",
     "各部门要严格执行值班值守制度，确保信息畅通。"),
    ("关于征集民生实事项目建议的公告", "为科学确定年度民生实事项目，现面向社会公开征集项目建议。",
     "来信请注明建议人姓名及联系方式。"),
]

labels = []


def page(name, block, style="", body_idx=0, verdict="pass", cats=(), raw=(), note=""):
    title, p1, p2 = BODIES[body_idx % len(BODIES)]
    st = f"<style>\n{style}\n</style>\n" if style else ""
    html = (f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n{st}</head>\n"
            f"<body>\n<h1>{title}</h1>\n<p>{p1}</p>\n{block}\n<p>{p2}</p>\n<p>区人民政府办公室</p>\n<p>2026年3月5日</p>\n</body>\n</html>\n")
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(html)
    labels.append({"file": name, "expect_verdict": verdict, "expect_categories": list(cats),
                   "raw_values": list(raw), "note": note})


# ---------------- font-size ----------------
page("fs01-px-children-note-shown.html",
     f'<div class="bar" style="font-size:0">'
     f'<span style="display:inline-block;font-size:16px">附件：</span>'
     f'<span style="display:inline-block;font-size:16px">{N1}</span></div>',
     body_idx=0, note="container font-size:0, items inline font-size:16px: shown (README: an element inside that sets its own size is shown); a visible note is no finding")
page("fs02-rem-children-mobile-shown.html",
     f'<div style="font-size:0"><span style="display:inline-block;font-size:1rem">联系电话：</span>'
     f'<span style="display:inline-block;font-size:1rem">{M1}</span></div>',
     body_idx=1, verdict="review", cats=["mobile_phone"], raw=[M1],
     note="container 0, items 1rem (root size, not 0): mobile shown; a mobile is review")
page("fs03-class-rule-note-shown.html",
     f'<div class="tags"><span class="tag">说明</span><span class="tag">{N2}</span></div>',
     style=".tags{font-size:0}\n.tags .tag{display:inline-block;font-size:14px;margin-right:8px}",
     body_idx=2, note="font-size:0 by a class rule, items sized 14px by another rule: shown; visible note, pass")
page("fs04-class-rule-id-shown.html",
     f'<div class="row"><span class="cell">申请人身份证号：</span><span class="cell">{ID1}</span></div>',
     style=".row{font-size:0}\n.row .cell{display:inline-block;font-size:15px}",
     body_idx=5, verdict="block", cats=["id_card"], raw=[ID1],
     note="class-rule container 0, cells 15px by rule: ID shown; an ID blocks")
page("fs05-em-children-note-hidden.html",
     f'<div style="font-size:0"><span style="display:inline-block;font-size:1.2em">{N1}</span></div>',
     body_idx=3, verdict="review", cats=["hidden_content"],
     note="container 0, child 1.2em = 0 (inherited): hidden note of 10 Chinese chars -> hidden_content review")
page("fs06-percent-children-mobile-hidden.html",
     f'<div class="wrap"><span class="item">经办人手机{M2}</span></div>',
     style=".wrap{font-size:0}\n.wrap .item{display:inline-block;font-size:120%}",
     body_idx=4, verdict="review", cats=["mobile_phone", "hidden_content"], raw=[M2],
     note="class-rule container 0, item 120% by rule = 0: hidden mobile -> mobile_phone + hidden_content")
page("fs07-own-span-id-hidden.html",
     f'<p>申请材料已收悉。<span style="font-size:0">{ID2}</span></p>',
     body_idx=5, verdict="block", cats=["id_card", "hidden_content"], raw=[ID2],
     note="font-size:0 on the value's own span: hidden ID -> id_card block + hidden_content")
page("fs08-own-span-note-hidden.html",
     f'<p>现予以公布。<span style="font-size:0px">{N3}</span></p>',
     body_idx=2, verdict="review", cats=["hidden_content"],
     note="font-size:0px on the note's own span: hidden note (sentence) -> review")
page("fs09-clean-inline-block-layout.html",
     '<ul class="nav" style="font-size:0;list-style:none;padding:0">'
     '<li style="display:inline-block;font-size:16px;width:25%">首页</li>'
     '<li style="display:inline-block;font-size:16px;width:25%">政务公开</li>'
     '<li style="display:inline-block;font-size:16px;width:25%">办事服务</li>'
     '<li style="display:inline-block;font-size:16px;width:25%">互动交流</li></ul>',
     body_idx=3, note="clean: inline-block gap fix, items 16px, no value, no note")
page("fs10-clean-em-icons.html",
     '<div class="icons"><i class="ic">分享</i><i class="ic">打印</i><i class="ic">关闭</i></div>',
     style=".icons{font-size:0}\n.icons .ic{font-size:1em;display:inline-block;width:24px;height:24px}",
     body_idx=0, note="clean: icon font labels at 0 (em of 0), short labels, not a note")

# ---------------- opacity ----------------
page("op01-parent-zero-child-one-note-hidden.html",
     f'<div style="opacity:0"><p style="opacity:1">{N1}</p></div>',
     body_idx=1, verdict="review", cats=["hidden_content"],
     note="opacity 0 on parent, child opacity 1 cannot undo it: hidden note")
page("op02-parent-zero-class-mobile-hidden.html",
     f'<div class="fade"><p class="show">联系人手机{M3}</p></div>',
     style=".fade{opacity:0}\n.show{opacity:1}",
     body_idx=2, verdict="review", cats=["mobile_phone", "hidden_content"], raw=[M3],
     note="opacity 0 by class rule on parent, child rule opacity 1: hidden mobile")
page("op03-partial-opacity-note-shown.html",
     f'<div style="opacity:0.85"><p style="opacity:1">{N2}</p></div>',
     body_idx=4, note="opacity 0.85: shown; visible note, pass")
page("op04-clean-fade-label.html",
     '<div class="toast" style="opacity:0">加载中</div>',
     body_idx=5, note="clean: opacity 0 toast with a 3-character label, not a note")

# ---------------- visibility ----------------
page("vi01-parent-hidden-child-visible-note-shown.html",
     f'<div style="visibility:hidden"><p style="visibility:visible">{N1}</p></div>',
     body_idx=0, note="visibility hidden on parent, visible on child: child shows; visible note, pass")
page("vi02-parent-hidden-child-visible-mobile-shown.html",
     f'<div class="v"><p class="vv">联系电话：{M4}</p></div>',
     style=".v{visibility:hidden}\n.v .vv{visibility:visible}",
     body_idx=3, verdict="review", cats=["mobile_phone"], raw=[M4],
     note="class rules: parent hidden, child visible: mobile shown")
page("vi03-parent-hidden-note-hidden.html",
     f'<div style="visibility:hidden"><p>{N3}</p></div>',
     body_idx=1, verdict="review", cats=["hidden_content"],
     note="visibility hidden inherited, no override: hidden note")
page("vi04-parent-hidden-id-hidden.html",
     f'<div style="visibility:hidden"><span>{ID3}</span></div>',
     body_idx=4, verdict="block", cats=["id_card", "hidden_content"], raw=[ID3],
     note="visibility hidden: hidden ID -> block + hidden_content")
page("vi05-clean-hidden-placeholder.html",
     '<div style="visibility:hidden">占位</div>',
     body_idx=2, note="clean: visibility hidden spacer with a 2-character label")

# ---------------- display ----------------
page("di01-parent-none-child-block-note-hidden.html",
     f'<div style="display:none"><p style="display:block">{N2}</p></div>',
     body_idx=5, verdict="review", cats=["hidden_content"],
     note="display:none on parent, child display:block cannot undo it: hidden note")
page("di02-class-none-child-block-mobile-hidden.html",
     f'<div class="hide"><p style="display:block">经办人手机{M5}</p></div>',
     style=".hide{display:none}",
     body_idx=0, verdict="review", cats=["mobile_phone", "hidden_content"], raw=[M5],
     note="display:none by class rule, child inline display:block: hidden mobile")
page("di03-flex-note-shown.html",
     f'<div style="display:flex"><p style="display:block">{N3}</p></div>',
     body_idx=1, note="display:flex parent, shown note: pass")
page("di04-clean-mobile-menu-copy.html",
     '<nav class="m-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a></nav>',
     style=".m-nav{display:none}\n@media (max-width:640px){.m-nav{display:block}}",
     body_idx=2, note="clean: hidden mobile copy of the menu (README: not a hidden copy of the menu)")

# ---------------- colour ----------------
page("co01-white-on-white-div-note-hidden.html",
     f'<div style="background:#ffffff;padding:6px"><span style="color:#ffffff">{N1}</span></div>',
     body_idx=3, verdict="review", cats=["hidden_content"],
     note="text colour equals the parent's background set by style: hidden note")
page("co02-white-on-white-shadow-note-shown.html",
     f'<div style="background:#ffffff;padding:6px"><span style="color:#ffffff;text-shadow:0 0 2px #000000">{N1}</span></div>',
     body_idx=3, note="same colours but a text shadow: shown (README: text with a shadow or stroke shown); pass")
page("co03-near-colour-mobile-hidden.html",
     f'<div style="background-color:#f5f5f5;padding:6px"><span style="color:#f0f0f0">联系人手机{M6}</span></div>',
     body_idx=4, verdict="review", cats=["mobile_phone", "hidden_content"], raw=[M6],
     note="#f0f0f0 on #f5f5f5: within 8 a channel, hidden mobile")
page("co04-contrast-mobile-shown.html",
     f'<div style="background-color:#f5f5f5;padding:6px"><span style="color:#333333">联系电话：{M6}</span></div>',
     body_idx=4, verdict="review", cats=["mobile_phone"], raw=[M6],
     note="#333 on #f5f5f5: shown mobile")
page("co05-transparent-note-hidden.html",
     f'<p>特此通知。<span style="color:transparent">{N2}</span></p>',
     body_idx=5, verdict="review", cats=["hidden_content"],
     note="color:transparent: hidden anywhere (README)")
page("co06-bgcolor-font-color-id-hidden.html",
     f'<table><tr><td bgcolor="#FFFFFF"><font color="#FFFFFF">{ID4}</font></td></tr></table>',
     body_idx=0, verdict="block", cats=["id_card", "hidden_content"], raw=[ID4],
     note="old HTML: td bgcolor white, font color white: hidden ID")
page("co07-canvas-font-white-note-hidden.html",
     f'<p>请各单位认真贯彻执行。<font color="#ffffff">{N3}</font></p>',
     body_idx=1, verdict="review", cats=["hidden_content"],
     note="white <font color> on the browser's white canvas; page takes no stylesheet, no style rule paints: hidden note")
page("co08-clean-white-on-banner.html",
     '<div style="background:#1f4e8c;padding:12px"><span style="color:#ffffff">区人民政府门户网站</span></div>',
     body_idx=2, note="clean: white text on a dark banner, shown, no value")

# ---------------- template ----------------
page("tp01-template-note-hidden.html",
     f'<template id="tip"><p>{N1}</p></template>',
     body_idx=4, verdict="review", cats=["hidden_content"],
     note="inert <template>: hidden note")
page("tp02-shadowroot-note-shown.html",
     f'<gov-notice><template shadowrootmode="open"><p>{N1}</p></template></gov-notice>',
     body_idx=4, note="declarative shadow root: shown (README); visible note, pass")
page("tp03-template-id-hidden.html",
     f'<template id="row"><tr><td>申请人</td><td>{ID5}</td></tr></template>',
     body_idx=5, verdict="block", cats=["id_card", "hidden_content"], raw=[ID5],
     note="inert <template> holding an ID: block + hidden_content")
page("tp04-shadowroot-mobile-shown.html",
     f'<gov-contact><template shadowrootmode="open"><p>联系电话：{M7}</p></template></gov-contact>',
     body_idx=3, verdict="review", cats=["mobile_phone"], raw=[M7],
     note="declarative shadow root: mobile shown")
page("tp05-clean-template-expressions.html",
     '<template id="item"><li><a href="{{url}}">{{title}}</a><span>{{date}}</span></li></template><ul id="list"></ul>',
     body_idx=0, note="clean: inert template of template expressions")
page("tp06-clean-shadowroot-footer.html",
     '<site-footer><template shadowrootmode="open"><p>主办单位：区人民政府办公室</p><p>版权所有</p></template></site-footer>',
     body_idx=1, note="clean: footer in a declarative shadow root")

# ---------------- hidden attribute ----------------
page("hd01-hidden-attr-note-hidden.html",
     f'<div hidden><p>{N2}</p></div>',
     body_idx=2, verdict="review", cats=["hidden_content"],
     note="hidden attribute: hidden note")
page("hd02-no-hidden-attr-note-shown.html",
     f'<div><p>{N2}</p></div>',
     body_idx=2, note="same block without the hidden attribute: visible note, pass")
page("hd03-hidden-attr-mobile-hidden.html",
     f'<p hidden>联系人手机{M8}</p>',
     body_idx=3, verdict="review", cats=["mobile_phone", "hidden_content"], raw=[M8],
     note="hidden attribute: hidden mobile")
page("hd04-clean-hidden-empty-state.html",
     '<div class="empty" hidden>暂无数据</div>',
     body_idx=4, note="clean: hidden empty-state label of 4 characters")

# ---------------- aria-hidden moved off the page ----------------
OFF = "position:absolute;left:-9999px;top:auto"
page("ar01-aria-offpage-note-hidden.html",
     f'<span aria-hidden="true" style="{OFF}">{N3}</span>',
     body_idx=5, verdict="review", cats=["hidden_content"],
     note="aria-hidden text moved off the page: hidden note")
page("ar02-aria-onpage-note-shown.html",
     f'<p aria-hidden="true">{N3}</p>',
     body_idx=5, note="aria-hidden but not moved: drawn on the page; visible note, pass")
page("ar03-aria-offpage-id-hidden.html",
     f'<div aria-hidden="true" style="{OFF}">{ID1}</div>',
     body_idx=0, verdict="block", cats=["id_card", "hidden_content"], raw=[ID1],
     note="aria-hidden moved off the page: hidden ID")
page("ar04-clean-aria-offpage-skiplink.html",
     f'<a aria-hidden="true" style="{OFF}" href="#main">跳至正文</a>',
     body_idx=1, note="clean: off-page aria-hidden skip link, 4-character label")

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

rows = "\n".join(f"| {l['file']} | {l['expect_verdict']} | {', '.join(l['expect_categories'])} | {l['note']} |" for l in labels)
npass = sum(1 for l in labels if l["expect_verdict"] == "pass")
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write(f"# blind48-html\n\n{len(labels)} HTML pages ({npass} must pass) on what a browser shows and what it hides: "
            "font-size 0 on containers whose items set their own size in px/rem (shown) or em/% (still 0), by inline style and by class rules, "
            "and on the value's own span; opacity 0 on a parent (children cannot undo it); visibility hidden with a visible child (shown); "
            "display:none (children cannot undo it); text the colour of its background (style, bgcolor + <font color>, the white canvas, "
            "within 8 a channel, transparent) against a text shadow and contrast; inert <template> against a declarative shadow root; "
            "the hidden attribute; aria-hidden text moved off the page against aria-hidden text left on it. Hidden variants carry a mobile, "
            "an ID or a note (此稿未经审核请勿发布 and two sentences); shown variants carry the same visibly (a visible note is no finding); "
            "clean pages use each technique for layout only. Values are invented (IDs with valid GB 11643 check digits). "
            "Closed <dialog> and <details> were left out: the docs do not say whether their content counts as hidden. "
            "Generated by gen/gen.py.\n\n"
            "| file | verdict | categories | note |\n| --- | --- | --- | --- |\n" + rows + "\n")
print(f"wrote {len(labels)} files to {OUT}")
