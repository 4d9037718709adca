#!/usr/bin/python3
"""Hand-written PDFs for blind31. Run from anywhere: writes into ../ (the corpus dir)."""
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfw import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LABELS = []

def lab(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats, "raw_values": raw, "note": note})

def P(name): return os.path.join(OUT, name)

ID1 = gb11643("33010619900415302")   # 330106199004153022
ID2 = gb11643("11010519851207641")
ID3 = gb11643("44030519920318287")
ID4 = gb11643("32010219780925113")
ID5 = gb11643("51010719881111052")
ID6 = gb11643("42010619950603224")
ID7 = gb11643("37020219830214461")
ID8 = gb11643("21010219700802331")
ID9 = gb11643("61011319990521168")
CARD1 = luhn("621700123456789")
CARD2 = luhn("622848004567123901")  # 19 digits
MOB = ["13957121846", "18868123407", "15158019273", "13605812264", "17706513389",
       "13819472035", "15967120448", "18757139026", "13735829914", "19857160273", "13506719428", "18969011375"]

INTRO = ["根据《中华人民共和国政府信息公开条例》，现将有关事项公告如下。",
         "一、办理时间：工作日上午9:00至下午5:00。",
         "二、咨询电话：12345（政务服务便民热线）。"]

def ap_stream(d, w, h, content):
    return d.stream("/Type /XObject /Subtype /Form /BBox [0 0 %g %g] /Resources << %s >>" % (w, h, d.fontres()), content)

def tx_field(d, page, name, value, rect, ap_text=None, flags="", extra="", ft="/Tx", tu=None):
    x0, y0, x1, y1 = rect
    ap = ""
    if ap_text is not None:
        s = ap_stream(d, x1 - x0, y1 - y0, "/Tx BMC q BT /F1 10 Tf 2 5 Td %s Tj ET Q EMC" % hx(ap_text))
        ap = " /AP << /N %d 0 R >>" % s
    v = (" /V %s" % ps(value)) if value is not None else ""
    t = (" /TU %s" % ps(tu)) if tu else ""
    return d.add("<< /Type /Annot /Subtype /Widget /FT %s /T %s%s%s /Rect [%g %g %g %g] /P %d 0 R /DA (/F1 10 Tf 0 g)%s %s %s >>"
                 % (ft, ps(name), v, t, x0, y0, x1, y1, page, ap, flags, extra))

def form_doc(fname, title, label_line, mk_fields, need_app=False, xfa=None, lines=None):
    d = Doc()
    pg = d.reserve()
    fields = mk_fields(d, pg)
    c = body(title, (lines or INTRO) + [label_line])
    d.page(c, annots=fields, num=pg)
    cat = "/AcroForm << /Fields [%s] /DR << %s >> /DA (/F1 10 Tf 0 g)%s%s >>" % (
        " ".join("%d 0 R" % f for f in fields), d.fontres(), " /NeedAppearances true" if need_app else "",
        (" /XFA [%s]" % xfa(d)) if xfa else "")
    d.save(P(fname), cat)

# ---------------- forms ----------------
form_doc("f01_text_ap_id.pdf", "居民信息登记表", "身份证号：",
         lambda d, pg: [tx_field(d, pg, "身份证号", ID1, (160, 640, 400, 660), ap_text=ID1)])
lab("f01_text_ap_id.pdf", "block", ["id_card"], [ID1], "hand; AcroForm text field /V = ID with /AP drawing it")

form_doc("f02_text_noap_needappearances_mobile.pdf", "活动报名表", "联系电话：",
         lambda d, pg: [tx_field(d, pg, "联系电话", MOB[0], (160, 640, 400, 660))], need_app=True)
lab("f02_text_noap_needappearances_mobile.pdf", "review", ["mobile_phone"], [MOB[0]], "hand; text field /V mobile, no /AP, NeedAppearances true (only the value, nothing drawn)")

def combo_clean(d, pg):
    opt = "[%s]" % " ".join(ps(x) for x in ["西湖区", "上城区", "拱墅区", "滨江区"])
    return [tx_field(d, pg, "所在区", "西湖区", (160, 640, 400, 660), ap_text="西湖区", ft="/Ch", extra="/Ff 131072 /Opt " + opt)]
form_doc("f03_combo_opt_clean.pdf", "办事预约表", "所在区：", combo_clean)
lab("f03_combo_opt_clean.pdf", "pass", [], [], "hand; combo box /Opt district names, /V 西湖区; clean twin")

PLATE1 = "浙A5K327"
def list_plate(d, pg):
    opt = "[%s]" % " ".join(ps(x) for x in ["请选择", "本人车辆 " + PLATE1, "其他"])
    return [tx_field(d, pg, "车辆", "本人车辆 " + PLATE1, (160, 560, 400, 660), ap_text="本人车辆 " + PLATE1, ft="/Ch", extra="/Opt " + opt)]
form_doc("f04_listbox_opt_plate.pdf", "停车证申请表", "申请车辆（号牌）：", list_plate)
lab("f04_listbox_opt_plate.pdf", "review", ["license_plate"], [PLATE1], "hand; list box /Opt holding a plate, selected as /V")

def checkbox(d, pg, export, label):
    on = d.stream("/Type /XObject /Subtype /Form /BBox [0 0 12 12] /Resources << >>", "0 0 m 12 12 l 0 12 m 12 0 l S")
    off = d.stream("/Type /XObject /Subtype /Form /BBox [0 0 12 12] /Resources << >>", "0 0 12 12 re S")
    nm = "/" + "".join("#%02X" % b for b in export.encode("utf-8")) if not export.isascii() else "/" + export
    return [d.add("<< /Type /Annot /Subtype /Widget /FT /Btn /T %s /V %s /AS %s /Rect [160 640 172 652] /P %d 0 R "
                  "/AP << /N << %s %d 0 R /Off %d 0 R >> >> /MK << /CA (4) >> %s >>"
                  % (ps(label), nm, nm, pg, nm, on, off, ("/Opt [%s]" % ps(export)) if not export.isascii() else ""))]
form_doc("f05_checkbox_clean.pdf", "信息公开申请表", "同意通过网站公开办理结果：", lambda d, pg: checkbox(d, pg, "Yes", "同意公开"))
lab("f05_checkbox_clean.pdf", "pass", [], [], "hand; checkbox checked, export /Yes; clean")
form_doc("f06_checkbox_export_internal.pdf", "材料报送单", "材料性质（勾选）：", lambda d, pg: checkbox(d, pg, "内部资料 注意保存", "材料性质"))
lab("f06_checkbox_export_internal.pdf", "review", ["sensitive_term"], [], "hand; checkbox whose on-state name and /Opt export value is 内部资料 注意保存")

MASK1 = ID2[:6] + "********" + ID2[-4:]
form_doc("f07_value_full_ap_masked_id.pdf", "补贴申领公示", "申领人身份证号：",
         lambda d, pg: [tx_field(d, pg, "申领人身份证号", ID2, (180, 640, 420, 660), ap_text=MASK1)])
lab("f07_value_full_ap_masked_id.pdf", "block", ["id_card"], [ID2], "hand; field /V full ID, /AP draws masked ID (value differs from appearance)")
MMASK = MOB[1][:3] + "****" + MOB[1][-4:]
form_doc("f08_value_masked_ap_full_mobile.pdf", "志愿者登记", "联系电话：",
         lambda d, pg: [tx_field(d, pg, "联系电话", MMASK, (160, 640, 400, 660), ap_text=MOB[1])])
lab("f08_value_masked_ap_full_mobile.pdf", "review", ["mobile_phone"], [MOB[1]], "hand; field /V masked, /AP draws full mobile (what is printed)")

URL1 = "http://10.32.8.15/oa/flow/2026/0417"
form_doc("f09_hidden_field_intranet.pdf", "意见征集表", "意见：",
         lambda d, pg: [tx_field(d, pg, "提交地址", URL1, (160, 640, 400, 660), ap_text=URL1, flags="/F 2")])
lab("f09_hidden_field_intranet.pdf", "review", ["internal_address"], [], "hand; hidden field (/F 2) whose value is an intranet URL")
def xfa_parts(d, data_xml):
    pre = d.stream("", '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">')
    tpl = d.stream("", '<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1"><field name="xm"/><field name="sfzh"/><field name="dh"/></subform></template>')
    ds = d.stream("", '<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1>' + data_xml + '</form1></xfa:data></xfa:datasets>')
    post = d.stream("", "</xdp:xdp>")
    return "(xdp:xdp) %d 0 R (template) %d 0 R (datasets) %d 0 R (</xdp:xdp>) %d 0 R" % (pre, tpl, ds, post)

form_doc("f11_xfa_only_id.pdf", "入学资格审核表", "（本表为动态表单，请使用支持 XFA 的阅读器打开）",
         lambda d, pg: [], xfa=lambda d: xfa_parts(d, "<xm>李某</xm><sfzh>%s</sfzh><dh></dh>" % ID3))
lab("f11_xfa_only_id.pdf", "block", ["id_card"], [ID3], "hand; XFA datasets hold an ID; no AcroForm field fallback (empty /Fields)")
form_doc("f12_xfa_with_fallback_mobile.pdf", "入学资格审核表", "联系电话：",
         lambda d, pg: [tx_field(d, pg, "dh", MOB[2], (160, 640, 400, 660), ap_text=MOB[2])],
         xfa=lambda d: xfa_parts(d, "<xm>王某</xm><sfzh></sfzh><dh>%s</dh>" % MOB[2]))
lab("f12_xfa_with_fallback_mobile.pdf", "review", ["mobile_phone"], [MOB[2]], "hand; XFA datasets + AcroForm fallback field, both a mobile")
form_doc("f13_xfa_placeholder_clean.pdf", "入学资格审核表", "身份证号：",
         lambda d, pg: [tx_field(d, pg, "sfzh", None, (160, 640, 400, 660), tu="请输入身份证号")],
         xfa=lambda d: xfa_parts(d, "<xm>请输入姓名</xm><sfzh>请输入身份证号</sfzh><dh>12345</dh>"))
lab("f13_xfa_placeholder_clean.pdf", "pass", [], [], "hand; XFA datasets with placeholders and hotline 12345; empty fallback field; clean")
form_doc("f14_empty_phone_field_clean.pdf", "政务服务评价表", "联系电话：",
         lambda d, pg: [tx_field(d, pg, "联系电话", "", (160, 640, 400, 660), ap_text="", tu="请输入11位手机号码")])
lab("f14_empty_phone_field_clean.pdf", "pass", [], [], "hand; empty 联系电话 field with tooltip placeholder; clean")
MASKM = MOB[3][:3] + "****" + MOB[3][-4:]
form_doc("f15_masked_values_clean.pdf", "受理结果公示", "联系电话：",
         lambda d, pg: [tx_field(d, pg, "联系电话", MASKM, (160, 640, 400, 660), ap_text=MASKM),
                        tx_field(d, pg, "身份证号", MASK1, (160, 600, 400, 620), ap_text=MASK1)])
lab("f15_masked_values_clean.pdf", "pass", [], [], "hand; fields hold masked mobile and masked ID; clean")

# pre-flatten sources (flattened by gen_tools.sh with qpdf)
os.makedirs(os.path.join(OUT, "src", "tmp"), exist_ok=True)
def card_fields(d, pg):
    return [tx_field(d, pg, "开户行", "中国农业银行杭州分行", (160, 640, 400, 660), ap_text="中国农业银行杭州分行"),
            tx_field(d, pg, "银行卡号", CARD2, (160, 610, 400, 630), ap_text=CARD2)]
form_doc("src/tmp/f16_pre.pdf", "补助发放登记", "开户行：                     银行卡号：", card_fields)
form_doc("src/tmp/f17_pre.pdf", "补助发放登记", "发放方式：",
         lambda d, pg: [tx_field(d, pg, "发放方式", "社保卡代发（卡号已脱敏）", (160, 640, 420, 660), ap_text="社保卡代发（卡号已脱敏）")])
lab("f16_qpdf_flattened_card.pdf", "block", ["bank_card"], [CARD2], "hand form filled with a 19-digit card, flattened by qpdf --flatten-annotations=all")
lab("f17_qpdf_flattened_clean.pdf", "pass", [], [], "hand form, clean value, flattened by qpdf")

# ---------------- optional content ----------------
def ocg_doc(fname, title, lines, hidden_line, ocgs_spec, d_spec, oc_name_expr, y=560, mk_extra=None):
    d = Doc()
    refs = {}
    for k, spec in ocgs_spec.items():
        refs[k] = d.add("<< /Type /OCG /Name %s %s >>" % (ps(spec[0]), spec[1]))
    oc = oc_name_expr(d, refs)
    c = body(title, lines) + "/OC /OC1 BDC\n" + text(72, y, hidden_line) + "EMC\n"
    d.page(c, res="/Properties << /OC1 %d 0 R >>" % oc)
    cat = "/OCProperties << /OCGs [%s] /D << %s >> >>" % (" ".join("%d 0 R" % r for r in refs.values()), d_spec(refs))
    d.save(P(fname), cat)

ocg_doc("o01_ocg_off_id.pdf", "困难群众救助名单公示", INTRO[:2], "备注层：户主身份证号 " + ID4,
        {"a": ("审核备注", "")}, lambda r: "/OFF [%d 0 R] /Order [%d 0 R]" % (r["a"], r["a"]), lambda d, r: r["a"])
lab("o01_ocg_off_id.pdf", "block", ["id_card"], [ID4], "hand; ID in an optional-content layer OFF by default")
ocg_doc("o02_ocg_on_clean.pdf", "便民服务指南", INTRO, "中文版：办事请拨打12345或登录 https://www.zjzwfw.gov.cn",
        {"a": ("中文", ""), "b": ("English", "")}, lambda r: "/ON [%d 0 R] /OFF [%d 0 R] /Order [%d 0 R %d 0 R]" % (r["a"], r["b"], r["a"], r["b"]), lambda d, r: r["a"])
lab("o02_ocg_on_clean.pdf", "pass", [], [], "hand; text in a layer ON by default (an OFF English layer exists but is empty); clean")
ocg_doc("o03_ocg_print_only_marking.pdf", "关于开展年度检查的通知", INTRO, "机密★1年", {"a": ("打印标记", "/Usage << /Print << /PrintState /ON >> /View << /ViewState /OFF >> >>")},
        lambda r: "/OFF [%d 0 R] /AS [<< /Event /View /OCGs [%d 0 R] /Category [/View] >> << /Event /Print /OCGs [%d 0 R] /Category [/Print] >>]" % (r["a"], r["a"], r["a"]),
        lambda d, r: r["a"], y=810)
lab("o03_ocg_print_only_marking.pdf", "block", ["classified_marking"], [], "hand; 机密★1年 at page top in a layer shown only when printing (/Usage /Print ON, View OFF)")
ocg_doc("o04_ocmd_nested_mobile.pdf", "项目验收公告", INTRO[:2], "项目负责人手机：" + MOB[4],
        {"a": ("内部", ""), "b": ("公开", "")}, lambda r: "/ON [%d 0 R %d 0 R] /Order [%d 0 R %d 0 R]" % (r["a"], r["b"], r["a"], r["b"]),
        lambda d, r: d.add("<< /Type /OCMD /VE [/And %d 0 R [/Not %d 0 R]] >>" % (r["a"], r["b"])))
lab("o04_ocmd_nested_mobile.pdf", "review", ["mobile_phone"], [MOB[4]], "hand; mobile in content governed by a nested OCMD /VE [/And a [/Not b]] that evaluates hidden")
ocg_doc("o06_two_layers_on_clean.pdf", "政务公开日活动安排", INTRO, "活动地点：市民中心二楼，咨询 12345。",
        {"a": ("正文", ""), "b": ("底图", "")}, lambda r: "/ON [%d 0 R %d 0 R]" % (r["a"], r["b"]),
        lambda d, r: d.add("<< /Type /OCMD /OCGs [%d 0 R %d 0 R] /P /AllOn >>" % (r["a"], r["b"])))
lab("o06_two_layers_on_clean.pdf", "pass", [], [], "hand; OCMD /AllOn of two ON layers; clean")

# ---------------- annotations ----------------
def annot_doc(fname, title, lines, mk):
    d = Doc(); pg = d.reserve()
    an = mk(d, pg)
    d.page(body(title, lines), annots=an, num=pg)
    d.save(P(fname))

def freetext(d, pg, s, flags=""):
    ap = ap_stream(d, 300, 30, "BT /F1 11 Tf 4 10 Td %s Tj ET" % hx(s))
    return d.add("<< /Type /Annot /Subtype /FreeText /Rect [72 500 372 530] /P %d 0 R /Contents %s /DA (/F1 11 Tf 0 g) /AP << /N %d 0 R >> %s >>" % (pg, ps(s), ap, flags))
annot_doc("a01_freetext_id.pdf", "低保审批结果公示", INTRO, lambda d, pg: [freetext(d, pg, "补录：申请人身份证号 " + ID5)])
lab("a01_freetext_id.pdf", "block", ["id_card"], [ID5], "hand; FreeText annotation /Contents + /AP holding an ID")
def stamp(d, pg, s, name="/Draft"):
    ap = ap_stream(d, 160, 50, "1 0 0 RG 3 w 2 2 156 46 re S 1 0 0 rg BT /F1 26 Tf 12 14 Td %s Tj ET" % hx(s))
    return d.add("<< /Type /Annot /Subtype /Stamp /Name %s /Rect [400 770 560 820] /P %d 0 R /AP << /N %d 0 R >> >>" % (name, pg, ap))
annot_doc("a02_stamp_marking.pdf", "关于加强安全生产检查的通知", INTRO, lambda d, pg: [stamp(d, pg, "机密★1年")])
lab("a02_stamp_marking.pdf", "block", ["classified_marking"], [], "hand; Stamp annotation at the page head whose custom /AP draws 机密★1年 (no /Contents)")
def redact_doc(fname, title, lines, secret_line, overlay):
    d = Doc(); pg = d.reserve()
    r = d.add("<< /Type /Annot /Subtype /Redact /Rect [70 470 480 490] /QuadPoints [70 490 480 490 70 470 480 470] /P %d 0 R /OverlayText %s /IC [0 0 0] >>" % (pg, ps(overlay)))
    d.page(body(title, lines) + text(72, 474, secret_line), annots=[r], num=pg)
    d.save(P(fname))
redact_doc("a03_redact_unapplied_id.pdf", "行政处罚决定书（公开版）", INTRO, "当事人身份证号：" + ID6, "已删除")
lab("a03_redact_unapplied_id.pdf", "block", ["id_card"], [ID6], "hand; /Redact annotation (not applied) over an ID still in the page content")
def markup(d, pg, sub, s, extra=""):
    return d.add("<< /Type /Annot /Subtype /%s /Rect [70 650 480 690] /P %d 0 R /Contents %s /C [1 1 0] /T %s %s >>" % (sub, pg, ps(s), ps("审核人"), extra))
annot_doc("a04_square_editor_note.pdf", "年度工作总结", INTRO, lambda d, pg: [markup(d, pg, "Square", "编者注：此处两项数据尚未经主管领导同意，发布前请删除")])
lab("a04_square_editor_note.pdf", "review", ["hidden_content"], [], "hand; Square annotation whose /Contents is an editor's note (a comment)")
annot_doc("a05_highlight_mobile.pdf", "社区服务公告", INTRO, lambda d, pg: [markup(d, pg, "Highlight", "改为网格员手机" + MOB[5], "/QuadPoints [70 690 480 690 70 650 480 650]")])
lab("a05_highlight_mobile.pdf", "review", ["mobile_phone"], [MOB[5]], "hand; Highlight annotation /Contents holds a mobile")
def sticky(d, pg, s):
    t = d.reserve(); pp = d.reserve()
    d.add("<< /Type /Annot /Subtype /Text /Rect [500 700 520 720] /P %d 0 R /Contents %s /T %s /Popup %d 0 R /Name /Comment >>" % (pg, ps(s), ps("张处"), pp), t)
    d.add("<< /Type /Annot /Subtype /Popup /Rect [520 600 700 720] /Parent %d 0 R /Open false >>" % t, pp)
    return [t, pp]
annot_doc("a06_sticky_popup_note.pdf", "项目资金安排情况说明", INTRO, lambda d, pg: sticky(d, pg, "此稿暂缓发布，待局长签批后再定，第二段数字与财政口径不一致"))
lab("a06_sticky_popup_note.pdf", "review", ["hidden_content"], [], "hand; Text (sticky note) annotation with Popup: an editor's note")
def link(d, pg, uri, rect="72 600 300 620"):
    return d.add("<< /Type /Annot /Subtype /Link /Rect [%s] /P %d 0 R /Border [0 0 0] /A << /S /URI /URI (%s) >> >>" % (rect, pg, uri))
URL2 = "http://192.168.20.7:8080/xxgk/attach/2026-031.docx"
annot_doc("a07_link_intranet.pdf", "政策解读", INTRO + ["点击此处下载附件"], lambda d, pg: [link(d, pg, URL2, "72 670 300 690")])
lab("a07_link_intranet.pdf", "review", ["internal_address"], [], "hand; Link annotation whose URI points to an intranet IP")
annot_doc("a08_link_public_clean.pdf", "政策解读", INTRO + ["点击此处查看原文"], lambda d, pg: [link(d, pg, "https://www.gov.cn/zhengce/content/2026-03/01/content_0001.htm", "72 670 300 690")])
lab("a08_link_public_clean.pdf", "pass", [], [], "hand; Link to a public gov.cn URL; clean twin")
annot_doc("a09_hidden_freetext_id.pdf", "社会救助资金发放公示", INTRO, lambda d, pg: [freetext(d, pg, "核对：" + ID7, "/F 2")])
lab("a09_hidden_freetext_id.pdf", "block", ["id_card"], [ID7], "hand; FreeText annotation hidden by /F 2 holding an ID")
def button(d, pg, cap, uri=None):
    ap = ap_stream(d, 120, 30, "0.9 g 0 0 120 30 re f 0 g BT /F1 12 Tf 10 10 Td %s Tj ET" % hx(cap))
    a = (" /A << /S /URI /URI (%s) >>" % uri) if uri else ""
    return d.add("<< /Type /Annot /Subtype /Widget /FT /Btn /Ff 65536 /T (btn1) /Rect [72 600 192 630] /P %d 0 R /MK << /CA %s >> /AP << /N %d 0 R >>%s >>" % (pg, ps(cap), ap, a))
def btn_doc(fname, cap, uri):
    d = Doc(); pg = d.reserve(); b = button(d, pg, cap, uri)
    d.page(body("网上办事指引", INTRO), annots=[b], num=pg)
    d.save(P(fname), "/AcroForm << /Fields [%d 0 R] /DR << %s >> >>" % (b, d.fontres()))
btn_doc("a10_widget_button_internal.pdf", "内部资料 注意保存", None)
lab("a10_widget_button_internal.pdf", "review", ["sensitive_term"], [], "hand; push-button widget whose /MK /CA caption and /AP draw 内部资料 注意保存")
btn_doc("a11_widget_button_clean.pdf", "在线申请", "https://www.zjzwfw.gov.cn/")
lab("a11_widget_button_clean.pdf", "pass", [], [], "hand; push-button widget 在线申请 with public URI action; clean")

# ---------------- tagged ----------------
def tagged_doc(fname, title, lines, mc, struct_extra=""):
    d = Doc(); pg = d.reserve()
    root = d.reserve(); el = d.reserve(); pt = d.reserve()
    d.page(body(title, lines) + mc, num=pg, extra="/StructParents 0")
    d.add("<< /Type /StructElem /S /P /P %d 0 R /Pg %d 0 R /K 0 %s >>" % (root, pg, struct_extra), el)
    d.add("<< /Nums [0 [%d 0 R]] >>" % el, pt)
    d.add("<< /Type /StructTreeRoot /K [%d 0 R] /ParentTree %d 0 R >>" % (el, pt), root)
    d.save(P(fname), "/MarkInfo << /Marked true >> /StructTreeRoot %d 0 R /Lang (zh-CN)" % root)
def mc_actual(drawn, actual, tag="Span"):
    return "/%s << /MCID 0 /ActualText %s >> BDC\n" % (tag, ps(actual)) + text(72, 560, drawn) + "EMC\n"
m6 = MOB[6][:3] + "****" + MOB[6][-4:]
tagged_doc("t01_actualtext_full_drawn_masked.pdf", "获奖人员公示", INTRO, mc_actual("联系电话：" + m6, "联系电话：" + MOB[6]))
lab("t01_actualtext_full_drawn_masked.pdf", "review", ["mobile_phone"], [MOB[6]], "hand tagged; drawn masked mobile, /ActualText carries the full mobile")
tagged_doc("t02_actualtext_masked_drawn_full.pdf", "获奖人员公示", INTRO, mc_actual("身份证号：" + ID8, "身份证号：" + ID8[:6] + "********" + ID8[-4:]))
lab("t02_actualtext_masked_drawn_full.pdf", "block", ["id_card"], [ID8], "hand tagged; drawn full ID, /ActualText masked (what the page shows is the full ID)")
def fig_alt(alt):
    return "/Figure << /MCID 0 /Alt %s >> BDC\nq 0.8 g 72 480 200 60 re f Q\nEMC\n" % ps(alt)
tagged_doc("t03_figure_alt_id.pdf", "证件照片采集说明", INTRO, fig_alt("证件照：持证人身份证号 " + ID9), "/Alt %s" % ps("证件照：持证人身份证号 " + ID9))
lab("t03_figure_alt_id.pdf", "block", ["id_card"], [ID9], "hand tagged; /Figure with /Alt (marked content and structure element) holding an ID; figure is a grey vector box")
tagged_doc("t04_E_expansion_internal.pdf", "会议纪要摘编", INTRO,
           "/Span << /MCID 0 /E %s >> BDC\n" % ps("仅供内部参考") + text(72, 560, "（内参）") + "EMC\n", "/E %s" % ps("仅供内部参考"))
lab("t04_E_expansion_internal.pdf", "review", ["sensitive_term"], [], "hand tagged; abbreviation 内参 with /E expansion 仅供内部参考")
tagged_doc("t05_span_lang_clean.pdf", "外籍人士办事指南", INTRO,
           "/Span << /MCID 0 /Lang (en-US) >> BDC\n" + text(72, 560, "Hotline: 12345, https://www.hangzhou.gov.cn") + "EMC\n", "/Lang (en-US)")
lab("t05_span_lang_clean.pdf", "pass", [], [], "hand tagged; /Span /Lang en-US with hotline and public URL; clean")
tagged_doc("t06_actualtext_masked_both_clean.pdf", "获奖人员公示", INTRO, mc_actual("身份证号：" + MASK1, "身份证号：" + MASK1))
lab("t06_actualtext_masked_both_clean.pdf", "pass", [], [], "hand tagged; masked ID drawn and in /ActualText; clean")

# ---------------- metadata & navigation ----------------
def xmp(inner, extra_ns=""):
    x = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
         '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" %s>%s</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>' % (extra_ns, inner))
    return x.encode("utf-8")
def meta_doc(fname, title, lines, xmpdata=None, info=None, catalog=""):
    d = Doc()
    d.page(body(title, lines))
    cat = catalog
    if xmpdata:
        m = d.stream("/Type /Metadata /Subtype /XML", xmpdata, compress=False)
        cat += " /Metadata %d 0 R" % m
    d.save(P(fname), cat, info)
meta_doc("m01_xmp_title_marking.pdf", "关于做好防汛准备工作的通知", INTRO,
         xmp('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">机密★1年 关于做好防汛准备工作的通知</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>办公室</rdf:li></rdf:Seq></dc:creator>'))
lab("m01_xmp_title_marking.pdf", "block", ["classified_marking"], [], "hand; XMP dc:title begins with 机密★1年 (no /Info); page is clean")
meta_doc("m02_xmp_custom_ns_id.pdf", "证明材料目录", INTRO,
         xmp('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">证明材料目录</rdf:li></rdf:Alt></dc:title><oa:applicant>申请人身份证号 %s</oa:applicant><oa:flowId>2026-0415</oa:flowId>' % ID1.replace("3022", "3022"),
             'xmlns:oa="http://oa.example.gov.cn/ns/flow/1.0/"'))
lab("m02_xmp_custom_ns_id.pdf", "block", ["id_card"], [ID1], "hand; XMP custom namespace oa:applicant holds an ID")
meta_doc("m03_info_custom_key_mobile.pdf", "征地补偿方案公告", INTRO,
         info="<< /Title %s /Author %s /Contact %s /Producer (hand) >>" % (ps("征地补偿方案公告"), ps("办公室"), ps("经办人手机" + MOB[7])))
lab("m03_info_custom_key_mobile.pdf", "review", ["mobile_phone"], [MOB[7]], "hand; /Info custom key /Contact holds a mobile")
meta_doc("m04_xmp_info_clean.pdf", "政府信息公开工作年度报告", INTRO,
         xmp('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">政府信息公开工作年度报告</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>市政府办公室</rdf:li></rdf:Seq></dc:creator><pdf:Keywords>政务公开, 年度报告</pdf:Keywords><site:column>通知公告</site:column>',
             'xmlns:site="http://www.example.gov.cn/ns/site/"'),
         info="<< /Title %s /Author %s /Keywords %s /Department %s >>" % (ps("政府信息公开工作年度报告"), ps("市政府办公室"), ps("政务公开"), ps("办公室")))
lab("m04_xmp_info_clean.pdf", "pass", [], [], "hand; XMP (dc, pdf, custom ns) and /Info with custom key, all harmless; metadata is info only")
def multipage(fname, title, n, catalog_fn, page_extra=lambda i: ""):
    d = Doc(); pgs = [d.reserve() for _ in range(n)]
    for i, pg in enumerate(pgs):
        d.page(body(title if i == 0 else "", INTRO if i == 0 else ["第%d页正文。" % (i + 1)]), num=pg, extra=page_extra(i))
    d.save(P(fname), catalog_fn(d, pgs))
multipage("m05_pagelabels_clean.pdf", "统计公报", 3, lambda d, p: "/PageLabels << /Nums [0 << /S /r >> 1 << /S /D /P %s >>] >>" % ps("正文-"))
lab("m05_pagelabels_clean.pdf", "pass", [], [], "hand; page labels (roman, then 正文-1…); clean")
multipage("m06_pagelabels_internal.pdf", "工作简报", 3, lambda d, p: "/PageLabels << /Nums [0 << /S /D /P %s >>] >>" % ps("内部资料 注意保存-"))
lab("m06_pagelabels_internal.pdf", "review", ["sensitive_term"], [], "hand; page label prefix 内部资料 注意保存- shown in the viewer's page box")
multipage("m07_named_dest_mobile.pdf", "联络员名单说明", 2, lambda d, p: "/Names << /Dests << /Names [%s [%d 0 R /XYZ 0 800 0] %s [%d 0 R /Fit]] >> >>" % (ps("联络员手机" + MOB[8]), p[1], ps("附件1"), p[0]))
lab("m07_named_dest_mobile.pdf", "review", ["mobile_phone"], [MOB[8]], "hand; named destination whose name holds a mobile (/Names /Dests)")
def threads(d, p):
    b1 = d.reserve(); b2 = d.reserve(); th = d.reserve()
    d.add("<< /Type /Bead /T %d 0 R /N %d 0 R /V %d 0 R /P %d 0 R /R [72 400 520 760] >>" % (th, b2, b2, p[0]), b1)
    d.add("<< /Type /Bead /N %d 0 R /V %d 0 R /P %d 0 R /R [72 400 520 760] >>" % (b1, b1, p[1]), b2)
    d.add("<< /Type /Thread /F %d 0 R /I << /Title %s /Subject %s >> >>" % (b1, ps("内部资料 注意保存"), ps("简报正文")), th)
    return "/Threads [%d 0 R]" % th
multipage("m08_article_thread_internal.pdf", "工作简报", 2, threads)
lab("m08_article_thread_internal.pdf", "review", ["sensitive_term"], [], "hand; article thread /I /Title 内部资料 注意保存")
def js(code):
    def f(d, p):
        s = d.stream("", code.encode("utf-16-be") if False else code)
        return "/Names << /JavaScript << /Names [(init) << /S /JavaScript /JS %d 0 R >>] >> >>" % s
    return f
multipage("m09_doc_javascript_id.pdf", "补贴申请表", 1, js('var applicant = {name: "zhang", sfzh: "%s"};\nthis.getField("sfzh").value = applicant.sfzh;\n' % ID3))
lab("m09_doc_javascript_id.pdf", "block", ["id_card"], [ID3], "hand; document-level JavaScript (/Names /JavaScript) holds an ID")
URL3 = "http://oa.jyj.local/portal/login?next=/doc/2026/17"
multipage("m10_openaction_uri_intranet.pdf", "教育系统通知", 1, lambda d, p: "/OpenAction << /S /URI /URI (http://10.0.8.15/track/open?doc=17) >>")
lab("m10_openaction_uri_intranet.pdf", "review", ["internal_address"], [], "hand; /OpenAction URI to a private IP")
multipage("m11_doc_javascript_clean.pdf", "在线办事指南", 1, js('this.zoomType = zoomtype.fitW;\nvar site = "https://www.zjzwfw.gov.cn/";\n'))
lab("m11_doc_javascript_clean.pdf", "pass", [], [], "hand; document-level JavaScript setting zoom, public URL; clean")
def outline(d, p):
    o = d.reserve(); a = d.reserve(); b = d.reserve()
    d.add("<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count 2 >>" % (a, b), o)
    d.add("<< /Title %s /Parent %d 0 R /Next %d 0 R /Dest [%d 0 R /Fit] >>" % (ps("一、基本情况"), o, b, p[0]), a)
    d.add("<< /Title %s /Parent %d 0 R /Prev %d 0 R /Dest [%d 0 R /Fit] >>" % (ps("二、咨询方式：12345"), o, a, p[1]), b)
    return "/Outlines %d 0 R /PageMode /UseOutlines /Names << /Dests << /Names [(sec1) [%d 0 R /Fit]] >> >>" % (o, p[0])
multipage("m12_outline_dests_clean.pdf", "年度报告", 2, outline)
lab("m12_outline_dests_clean.pdf", "pass", [], [], "hand; outline and a named destination, harmless; clean")
multipage("m13_openaction_public_clean.pdf", "网上办事指南", 1, lambda d, p: "/OpenAction [%d 0 R /FitH 842] /PageLayout /OneColumn" % p[0])
lab("m13_openaction_public_clean.pdf", "pass", [], [], "hand; /OpenAction GoTo destination (no URI); clean")

# ---------------- page level ----------------
def simple(fname, content, res="", extra="", mediabox="0 0 595 842", pages=1, pc=None):
    d = Doc()
    for i in range(pages):
        d.page(pc(d, i) if pc else content, res=res, extra=extra, mediabox=mediabox)
    d.save(P(fname))
simple("p01_white_rect_id.pdf", body("救助对象公示", INTRO) + text(72, 560, "户主身份证号：" + ID5) + "q 1 g 60 550 420 30 re f Q\n")
lab("p01_white_rect_id.pdf", "block", ["id_card"], [ID5], "hand; ID covered by a white rectangle drawn after it")
simple("p02_outside_mediabox_mobile.pdf", body("工程进度公告", INTRO) + text(-600, 500, "现场负责人手机" + MOB[9]))
lab("p02_outside_mediabox_mobile.pdf", "review", ["mobile_phone"], [MOB[9]], "hand; mobile drawn at x=-600, outside the MediaBox")
simple("p03_outside_cropbox_marking.pdf", text(72, 815, "机密★1年") + body("关于召开专题会议的通知", INTRO, top=740), extra="/CropBox [0 0 595 790]")
lab("p03_outside_cropbox_marking.pdf", "block", ["classified_marking"], [], "hand; 机密★1年 at the head of the MediaBox but above the CropBox (not displayed)")
def img_page(d, i):
    return body("证件核验说明", INTRO) + "q 40 0 0 40 72 540 cm /Im1 Do Q\n" + "BT 3 Tr /F1 10 Tf 72 560 Td %s Tj ET\n" % hx("身份证号" + ID6)
def simple_img(fname, pc):
    d = Doc()
    im = d.stream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8", bytes([200 if (x + y) % 2 else 120 for y in range(8) for x in range(8)]))
    d.page(pc(d, 0), res="/XObject << /Im1 %d 0 R >>" % im)
    d.save(P(fname))
simple_img("p04_render3_over_image_id.pdf", img_page)
lab("p04_render3_over_image_id.pdf", "block", ["id_card"], [ID6], "hand; ID in rendering mode 3 (invisible) over a small image")
def xobj_doc(fname, hdr, pages=3):
    d = Doc()
    x = d.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << %s >>" % d.fontres(), text(72, 815, hdr, 10) + "0.5 w 72 808 m 523 808 l S\n")
    for i in range(pages):
        d.page("/Hd Do\n" + body("工作简报" if i == 0 else "", INTRO if i == 0 else ["第%d页：各地工作动态。" % (i + 1)]), res="/XObject << /Hd %d 0 R >>" % x)
    d.save(P(fname))
xobj_doc("p05_form_xobject_header_internal.pdf", "内部资料 注意保存")
lab("p05_form_xobject_header_internal.pdf", "review", ["sensitive_term"], [], "hand; one Form XObject drawn on every page as header: 内部资料 注意保存")
xobj_doc("p06_form_xobject_header_clean.pdf", "杭州市人民政府办公厅 主办")
lab("p06_form_xobject_header_clean.pdf", "pass", [], [], "hand; Form XObject header on every page, harmless; clean")
def pat_doc(fname, s):
    d = Doc()
    pat = d.stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 297 40] /XStep 297 /YStep 40 /Resources << %s >>" % d.fontres(),
                   "0.6 g " + text(10, 15, s, 10))
    d.page(body("公示", INTRO) + "q /Pattern cs /P1 scn 0 100 595 80 re f Q\n", res="/Pattern << /P1 %d 0 R >>" % pat)
    d.save(P(fname))
pat_doc("p07_tiling_pattern_id.pdf", "经办人 " + ID2)
lab("p07_tiling_pattern_id.pdf", "block", ["id_card"], [ID2], "hand; ID drawn as text inside a tiling pattern cell filling a band of the page")
pat_doc("p08_tiling_pattern_clean.pdf", "政务公开 便民服务")
lab("p08_tiling_pattern_clean.pdf", "pass", [], [], "hand; tiling pattern drawing harmless text; clean")
simple("p09_clipped_mobile.pdf", body("设施维护公告", INTRO) + "q 500 100 5 5 re W n\n" + text(72, 560, "维修联系人手机" + MOB[10]) + "Q\n")
lab("p09_clipped_mobile.pdf", "review", ["mobile_phone"], [MOB[10]], "hand; mobile drawn inside a clip path that excludes it (clipped away)")
simple("p10_rotate90_id.pdf", body("人员信息表", INTRO) + text(72, 560, "身份证号：" + ID4), extra="/Rotate 90")
lab("p10_rotate90_id.pdf", "block", ["id_card"], [ID4], "hand; page /Rotate 90 with an ID")
simple("p11_rotate270_clean.pdf", body("统计表说明", INTRO), extra="/Rotate 270")
lab("p11_rotate270_clean.pdf", "pass", [], [], "hand; page /Rotate 270; clean")
simple("p12_userunit_clean.pdf", "0.1 0 0 0.1 0 0 cm\n" + body("大幅面示意图说明", INTRO), extra="/UserUnit 10", mediabox="0 0 59.5 84.2")
lab("p12_userunit_clean.pdf", "pass", [], [], "hand; /UserUnit 10 with a small MediaBox, content scaled; clean")
simple("p14_huge_page_id.pdf", "20 0 0 20 0 0 cm\n" + body("规划图说明", INTRO + ["编制人身份证号 " + ID7]), mediabox="0 0 14400 14400")
lab("p14_huge_page_id.pdf", "block", ["id_card"], [ID7], "hand; 14400x14400 pt page (max size), content scaled 20x, with an ID")
simple("p15_huge_page_clean.pdf", "20 0 0 20 0 0 cm\n" + body("规划图说明", INTRO), mediabox="0 0 14400 14400")
lab("p15_huge_page_clean.pdf", "pass", [], [], "hand; 14400 pt page; clean")

json.dump(LABELS, open(os.path.join(OUT, "src", "labels_hand.json"), "w"), ensure_ascii=False, indent=1)
print(len(LABELS), "labels")
