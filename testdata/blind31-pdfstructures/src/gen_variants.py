#!/usr/bin/python3
"""Variants made after the first run to narrow each failing class (not part of the scored corpus)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfw import *
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "variants")
P = lambda n: os.path.join(OUT, n)
INTRO = ["根据有关规定，现将有关事项公告如下。", "咨询电话：12345。"]
IDa = gb11643("33010619880101223"); IDb = gb11643("11010819790505331"); MOBa = "13958012476"; MOBb = "18657130928"

def widget(d, pg, name, v, ap_content, extra=""):
    ap = ""
    if ap_content is not None:
        s = d.stream("/Type /XObject /Subtype /Form /BBox [0 0 240 20] /Resources << %s >>" % d.fontres(), ap_content)
        ap = " /AP << /N %d 0 R >>" % s
    return d.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /V %s /Rect [160 640 400 660] /P %d 0 R /DA (/F1 10 Tf 0 g)%s %s >>" % (ps(name), ps(v), pg, ap, extra))
def fdoc(name, label, mk, need=True):
    d = Doc(); pg = d.reserve(); f = mk(d, pg)
    d.page(body("登记表", INTRO + [label]), annots=f, num=pg)
    d.save(P(name), "/AcroForm << /Fields [%s] /DR << %s >>%s >>" % (" ".join("%d 0 R" % x for x in f), d.fontres(), " /NeedAppearances true" if need else ""))
fdoc("v1a_V_id_emptyAP_needapp.pdf", "身份证号：", lambda d, pg: [widget(d, pg, "sfzh", IDa, "/Tx BMC EMC")])
fdoc("v1b_V_id_emptyAP_noneedapp.pdf", "身份证号：", lambda d, pg: [widget(d, pg, "sfzh", IDa, "/Tx BMC EMC")], need=False)
fdoc("v1c_V_mobile_AP_other_text.pdf", "联系电话：", lambda d, pg: [widget(d, pg, "dh", MOBa, "BT /F1 10 Tf 2 5 Td %s Tj ET" % hx("见附件"))])
fdoc("v1d_V_id_noAP.pdf", "身份证号：", lambda d, pg: [widget(d, pg, "sfzh", IDa, None)])
def cb(d, pg, nm, opt):
    on = d.stream("/Type /XObject /Subtype /Form /BBox [0 0 12 12]", "0 0 m 12 12 l S")
    return [d.add("<< /Type /Annot /Subtype /Widget /FT /Btn /T (c) /V %s /AS %s /Rect [160 640 172 652] /P %d 0 R /AP << /N << %s %d 0 R >> >> %s >>" % (nm, nm, pg, nm, on, opt))]
enc = lambda s: "/" + "".join("#%02X" % b for b in s.encode())
fdoc("v7a_checkbox_state_name_internal_noOpt.pdf", "材料性质：", lambda d, pg: cb(d, pg, enc("内部资料 注意保存"), ""))
fdoc("v7b_checkbox_Opt_id.pdf", "身份证号（勾选确认）：", lambda d, pg: cb(d, pg, "/0", "/Opt [%s]" % ps(IDb)))

def tdoc(name, mc, se=""):
    d = Doc(); pg = d.reserve(); root = d.reserve(); el = d.reserve(); pt = d.reserve()
    d.page(body("公示", INTRO) + mc, num=pg, extra="/StructParents 0")
    d.add("<< /Type /StructElem /S /Span /P %d 0 R /Pg %d 0 R /K 0 %s >>" % (root, pg, se), el)
    d.add("<< /Nums [0 [%d 0 R]] >>" % el, pt)
    d.add("<< /Type /StructTreeRoot /K [%d 0 R] /ParentTree %d 0 R >>" % (el, pt), root)
    d.save(P(name), "/MarkInfo << /Marked true >> /StructTreeRoot %d 0 R" % root)
act = lambda drawn, a: "/Span << /MCID 0 /ActualText %s >> BDC\n" % ps(a) + text(72, 560, drawn) + "EMC\n"
tdoc("v2a_drawn_full_mobile_actual_masked.pdf", act("联系电话：" + MOBa, "联系电话：139****2476"))
tdoc("v2b_drawn_id_actual_other.pdf", act("身份证号：" + IDb, "见附件"))
tdoc("v2c_drawn_id_actual_empty.pdf", act("身份证号：" + IDb, ""))
tdoc("v3a_alt_structelem_only_mobile.pdf", "/Span << /MCID 0 >> BDC\n" + text(72, 560, "联系人") + "EMC\n", "/Alt %s" % ps("联系人手机 " + MOBb))
tdoc("v3b_alt_bdc_only_mobile.pdf", "/Span << /MCID 0 /Alt %s >> BDC\n" % ps("联系人手机 " + MOBb) + text(72, 560, "联系人") + "EMC\n")
tdoc("v3c_E_bdc_marking.pdf", "/Span << /MCID 0 /E %s >> BDC\n" % ps("机密★1年") + text(72, 810, "机★") + "EMC\n")

def xmp(inner, ns=""):
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" %s>%s</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>' % (ns, inner)).encode()
def mdoc(name, x=None, cat="", pages=1, catfn=None):
    d = Doc(); pgs = [d.reserve() for _ in range(pages)]
    for p in pgs: d.page(body("通知", INTRO), num=p)
    c = cat + (catfn(d, pgs) if catfn else "")
    if x: c += " /Metadata %d 0 R" % d.stream("/Type /Metadata /Subtype /XML", x, compress=False)
    d.save(P(name), c)
mdoc("v4a_xmp_dc_description_id.pdf", xmp('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">申请人身份证号 %s</rdf:li></rdf:Alt></dc:description>' % IDa))
mdoc("v4b_xmp_pdf_keywords_mobile.pdf", xmp('<pdf:Keywords>联系人手机 %s</pdf:Keywords>' % MOBa))
mdoc("v4c_xmp_custom_ns_marking.pdf", xmp('<oa:secret>机密★1年</oa:secret>', 'xmlns:oa="http://oa.example.gov.cn/ns/1.0/"'))
mdoc("v4d_xmp_dc_creator_mobile.pdf", xmp('<dc:creator><rdf:Seq><rdf:li>王某 %s</rdf:li></rdf:Seq></dc:creator>' % MOBb))
mdoc("v5a_pagelabel_mobile.pdf", cat="/PageLabels << /Nums [0 << /S /D /P %s >>] >>" % ps("联系人手机" + MOBa + "-"))
mdoc("v5b_openaction_javascript_id.pdf", cat="/OpenAction << /S /JavaScript /JS (var sfzh = '%s';) >>" % IDb)
mdoc("v5c_catalog_dests_dict_mobile.pdf", pages=1, catfn=lambda d, p: "/Dests << /%s [%d 0 R /Fit] >>" % ("lianxiren_" + MOBb, p[0]))
mdoc("v5d_js_nametree_mobile.pdf", catfn=lambda d, p: "/Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (var tel = '%s';) >>] >> >>" % MOBa)
mdoc("v5e_thread_title_mobile.pdf", pages=1, catfn=lambda d, p: (lambda b, th: (d.add("<< /Type /Bead /T %d 0 R /N %d 0 R /V %d 0 R /P %d 0 R /R [72 400 520 760] >>" % (th, b, b, p[0]), b), d.add("<< /Type /Thread /F %d 0 R /I << /Title %s >> >>" % (b, ps("联系人手机" + MOBa)), th), "/Threads [%d 0 R]" % th)[2])(d.reserve(), d.reserve()))
def pat(name, s):
    d = Doc()
    pt = d.stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 297 40] /XStep 297 /YStep 40 /Resources << %s >>" % d.fontres(), text(10, 15, s, 10))
    d.page(body("公示", INTRO) + "q /Pattern cs /P1 scn 0 100 595 80 re f Q\n", res="/Pattern << /P1 %d 0 R >>" % pt)
    d.save(P(name))
pat("v6a_pattern_mobile.pdf", "联系人手机 " + MOBa)
pat("v6b_pattern_marking.pdf", "机密★1年")
def xfa(name, ds, single=False, fallback=False):
    d = Doc(); pg = d.reserve()
    s = d.stream("", '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1>%s</form1></xfa:data></xfa:datasets></xdp:xdp>' % ds)
    f = [d.add("<< /Type /Annot /Subtype /Widget /FT /Tx /T (x) /Rect [160 640 400 660] /P %d 0 R >>" % pg)] if fallback else []
    d.page(body("申请表", INTRO), annots=f or None, num=pg)
    d.save(P(name), "/AcroForm << /Fields [%s] /XFA %s >>" % (" ".join("%d 0 R" % x for x in f), ("%d 0 R" % s) if single else "[(datasets) %d 0 R]" % s))
xfa("v8a_xfa_single_stream_id.pdf", "<sfzh>%s</sfzh>" % IDa, single=True)
xfa("v8b_xfa_empty_datasets_fallback.pdf", "<sfzh/>", fallback=True)
print("ok")
