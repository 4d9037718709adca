#!/usr/bin/python3
"""Make the blind9 corpus (issue 9: every place text hides, every format, tables as tables).

Run: /usr/bin/python3 testdata/blind9/gen/gen.py   (needs soffice, node with docx, exceljs and
pptxgenjs under /tmp/npmgen, Pillow). Shares the synthetic-data helpers and the notice texts
of ../../blind8/gen.

Producers: npm docx / exceljs / pptxgenjs (then, where a feature is not in their API, the
XML edited the way Word/Excel would write it), LibreOffice (DOCX, PDF, .doc/.xls/.ppt/.rtf),
hand-written HTML as a CMS emits it, OFD packages built from the GB/T 33190-2016 structure.
labels.json records what a careful 保密审查员 would decide.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(OUT, "..", "blind8", "gen"))
from common import RNG, new_id, new_mobile, masked_id, masked_mobile, run, soffice  # noqa: E402
import texts as T  # noqa: E402
import common  # noqa: E402

common.LO_PROFILE = "file:///tmp/blindgen9-lo-profile"  # its own LibreOffice profile

WORK = "/tmp/blind9-work"
NODE_MODULES = "/tmp/npmgen/node_modules"
LABELS = []
SPEC = []


def label(name, verdict, cats, raw=(), note=""):
    LABELS.append({"file": name, "expect_verdict": verdict, "expect_categories": list(cats),
                   "raw_values": list(raw), "note": note})


def esc(s):
    return html.escape(s, quote=True)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def rezip(path, edits):
    """Rewrite the zip at path, applying edits {member: fn(str)->str}, keeping member order."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            zo.writestr(info.filename, data)
    os.replace(tmp, path)


def body(key):
    return T.NOTICES[key]


GS_HEAD = ["序号", "姓名", "所属街道（乡镇）", "身份证号", "联系电话", "保障人口", "月保障金额（元）"]


def gs_rows(n, masked=True):
    rows, raw = [], []
    for i in range(n):
        if masked:
            idv, mob = masked_id(), masked_mobile()
        else:
            idv, mob = new_id(), new_mobile()
            raw += [idv, mob]
        rows.append([str(i + 1), T.NAMES[i % len(T.NAMES)], RNG.choice(T.TOWNS), idv, mob,
                     str(RNG.randint(1, 4)), str(RNG.choice([620, 680, 740]) * RNG.randint(1, 3))])
    return rows, raw


# ---------------------------------------------------------------- DOCX

WATERMARK = (
    '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="%s"/></v:shape></w:pict></w:r></w:p>')

VML_NS = ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def add_ns(xml, root):
    """Declare the VML namespaces on the root element if the producer did not."""
    m = re.search(r"<%s\b[^>]*>" % root, xml)
    tag = m.group(0)
    new = tag
    if 'xmlns:v="' not in tag:
        new = new[:-1] + ' xmlns:v="urn:schemas-microsoft-com:vml"' + new[-1]
    if 'xmlns:o="' not in tag:
        new = new[:-1] + ' xmlns:o="urn:schemas-microsoft-com:office:office"' + new[-1]
    return xml.replace(tag, new, 1)


def header_members(path):
    with zipfile.ZipFile(path) as z:
        return [n for n in z.namelist() if re.match(r"word/header\d*\.xml$", n)]


def watermark(path, text):
    def ed(x):
        x = add_ns(x, "w:hdr")
        return x.replace("</w:hdr>", WATERMARK % esc(text) + "</w:hdr>")
    rezip(path, {m: ed for m in header_members(path)})


def insert_body(path, fragment):
    def ed(x):
        i = x.rfind("<w:sectPr")
        return x[:i] + fragment + x[i:]
    rezip(path, {"word/document.xml": ed})


def wrun(t):
    return f'<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r>'


def docx_spec(out, key=None, title=None, paras=None, **kw):
    if key:
        title, paras = body(key)
    SPEC.append(dict(kind="docx", out=out, title=title, paras=paras, **kw))


def png_image():
    from PIL import Image, ImageDraw
    p = os.path.join(WORK, "map.png")
    im = Image.new("RGB", (240, 160), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([10, 10, 230, 150], outline="black")
    d.polygon([(40, 120), (90, 40), (160, 60), (200, 130)], outline="red")
    im.save(p)
    return p


def plan_docx():
    img = png_image()
    docx_spec("b9_docx_watermark_neibu.docx", "laojiu")
    docx_spec("b9_docx_watermark_agency.docx", "renju")
    docx_spec("b9_docx_link_ip.docx", "anquan",
              link=dict(before="各单位检查台账模板请", text="点击此处下载", url="http://10.45.3.12/oa/fileview.jsp?id=2024031"))
    docx_spec("b9_docx_link_local.docx", "fangxun",
              link=dict(before="物资储备定额标准见", text="《防汛物资储备定额》", url="http://oa.qxs.gov.local/portal/notice/8831"))
    docx_spec("b9_docx_link_public.docx", "yibao",
              link=dict(before="政策原文见", text="中国政府网", url="https://www.gov.cn/zhengce/content/202401/content_6924800.htm"))
    idv = new_id()
    docx_spec("b9_docx_alt_id.docx", "xiaofang",
              image=dict(file=img, title="证件照片", desc=f"获奖人张志强身份证正面，号码{idv}"))
    label("b9_docx_alt_id.docx", "block", ["id_card"], [idv], note="npm docx: an ID only in a picture's alt text (wp:docPr descr)")
    docx_spec("b9_docx_alt_clean.docx", "renju", image=dict(file=img, title="示意图", desc="青溪市农村生活污水治理村庄分布示意图"))
    docx_spec("b9_docx_field_unc.docx", "zhaosheng")
    mob = new_mobile()
    docx_spec("b9_docx_sdt_mobile.docx", "gongnuan")
    sdt_mob = mob

    idv2, idv3 = new_id(), new_id()
    a, b = idv2[:10], idv2[10:]
    narrow = [600, 1100, 1000, 1500, 1200]
    docx_spec("b9_docx_table_id.docx", title="青溪市2024年度农村危房改造补助对象名单",
              paras=["经村民评议、乡镇审核，以下农户纳入2024年度农村危房改造补助范围。"],
              table=dict(head=["序号", "户主姓名", "身份证号", "所在村", "补助金额（元）"], widths=narrow,
                         rows=[["1", "胡某某", [a, b], "白沙镇石桥村", "35000"],
                               ["2", "罗某某", idv3, "桃源镇上庄村", "28000"]]))
    label("b9_docx_table_id.docx", "block", ["id_card"], [idv2, idv3],
          note="npm docx: IDs in a narrow 身份证号 column (one split over two runs); the cell wraps on the page")
    rows = [[str(i + 1), T.NAMES[i], masked_id(), RNG.choice(T.TOWNS), str(RNG.choice([20000, 28000, 35000]))] for i in range(5)]
    docx_spec("b9_docx_table_masked.docx", title="青溪市2024年度农村危房改造补助对象公示",
              paras=["经村民评议、乡镇审核，以下农户拟纳入补助范围，公示期7天，监督电话0571-86031120。"],
              table=dict(head=["序号", "户主姓名", "身份证号", "所在村", "补助金额（元）"], widths=narrow, rows=rows))
    label("b9_docx_table_masked.docx", "pass", [], note="narrow 身份证号 column, every ID masked")

    docx_spec("b9_docx_shangye_stars.docx", title="企业商业秘密保护宣传周活动方案",
              paras=["一、活动背景", "为引导企业增强商业秘密保护意识，提升企业核心竞争力，市市场监管局定于4月举办宣传周活动。",
                     "二、重点内容：保护商业秘密", "★★★", "（一）宣讲《反不正当竞争法》关于商业秘密的规定；",
                     "（二）发布商业秘密保护典型案例；", "（三）组织企业开展自查。", "国家秘密", "★★★",
                     "涉及国家秘密的事项按照保守国家秘密法办理，不属于本次宣传周内容。"])
    label("b9_docx_shangye_stars.docx", "pass", [], note="decorative ★★★ on the lines after 商业秘密 / 国家秘密 headings")
    docx_spec("b9_docx_baomifa_explainer.docx", title="新修订《保守国家秘密法》学习问答",
              paras=["一、关于国家秘密的范围", "国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。",
                     "二、关于密级", "国家秘密的密级分为绝密、机密、秘密三级。",
                     "三、关于工作秘密", "工作秘密是指机关、单位在履行职责过程中产生、获取的，不属于国家秘密，但是泄露后会妨碍工作正常开展的事项。",
                     "四、关于网络信息发布", "机关、单位应当加强对互联网使用的保密管理，信息公开前应当依照法律、行政法规和国家有关规定进行保密审查。"])
    label("b9_docx_baomifa_explainer.docx", "pass", [],
          note="保密法 explainer: headings 三、关于工作秘密 and rule sentences are prose about secrecy")
    return dict(sdt_mob=sdt_mob)


def post_docx(st):
    watermark(os.path.join(OUT, "b9_docx_watermark_neibu.docx"), "内部资料")
    label("b9_docx_watermark_neibu.docx", "review", ["sensitive_term"],
          note="VML textpath watermark 内部资料 in the header (npm docx + header XML edited as Word writes it)")
    watermark(os.path.join(OUT, "b9_docx_watermark_agency.docx"), "青溪市人民政府")
    label("b9_docx_watermark_agency.docx", "pass", [], note="VML watermark with the agency name: harmless")
    label("b9_docx_link_ip.docx", "review", ["internal_address"],
          note="hyperlink target http://10.x.x.x only in document.xml.rels; the visible text is 点击此处下载")
    label("b9_docx_link_local.docx", "review", ["internal_address"],
          note="hyperlink target http://oa.qxs.gov.local/ only as a link target")
    label("b9_docx_link_public.docx", "pass", [], note="hyperlink to www.gov.cn: public")
    label("b9_docx_alt_clean.docx", "pass", [], note="picture alt text describing a map")
    insert_body(os.path.join(OUT, "b9_docx_field_unc.docx"),
                '<w:p>' + wrun("招生片区划分详见：") +
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> INCLUDETEXT "\\\\\\\\192.168.3.20\\\\jiaoyuju\\\\2024\\\\片区划分.docx" \\* MERGEFORMAT </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wrun("附件1：2024年小学招生片区划分表") +
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    label("b9_docx_field_unc.docx", "review", ["internal_address"],
          note="INCLUDETEXT field whose instruction points at a UNC path on 192.168.x.x; result text is harmless")
    mob = st["sdt_mob"]
    insert_body(os.path.join(OUT, "b9_docx_sdt_mobile.docx"),
                '<w:sdt><w:sdtPr><w:alias w:val="联系人"/><w:tag w:val="contact"/><w:id w:val="-1486152"/></w:sdtPr>'
                '<w:sdtContent><w:p>' + wrun(f"联系人：供热办吴晓梅，手机{mob}") + '</w:p></w:sdtContent></w:sdt>')
    label("b9_docx_sdt_mobile.docx", "review", ["mobile_phone"], [mob], note="a personal mobile inside a content control (w:sdt)")


# ---------------------------------------------------------------- LibreOffice-made documents

def gongwen_html(title, paras, marking=None, table=None):
    parts = [f'<html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>']
    if marking:
        parts.append(f'<p style="font-family:\'黑体\';font-size:16pt">{esc(marking)}</p>')
    parts.append(f'<p align="center" style="font-family:\'方正小标宋简体\';font-size:22pt">{esc(title)}</p>')
    for p in paras:
        parts.append(f'<p style="font-family:\'仿宋_GB2312\';font-size:16pt;text-indent:2em">{esc(p)}</p>')
    if table:
        head, rows = table
        parts.append('<table border="1" cellspacing="0" cellpadding="3">')
        parts.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>")
        for r in rows:
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        parts.append("</table>")
    parts.append('<p align="right" style="font-family:\'仿宋_GB2312\';font-size:16pt">青溪市人民政府办公室</p></body></html>')
    return "\n".join(parts)


def lo_writer(stem, html_text, fmt):
    src = os.path.join(WORK, stem + ".html")
    write(src, html_text)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", fmt, src, "--outdir", WORK], WORK)
    return os.path.join(WORK, stem + "." + fmt.split(":")[0])


def lo_convert(src, fmt):
    soffice(["--convert-to", fmt, src, "--outdir", WORK], WORK)
    return os.path.join(WORK, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])


def put(src, name):
    shutil.copyfile(src, os.path.join(OUT, name))


def make_lo():
    idv = new_id()
    t, p = T.CHUFA
    d = lo_writer("chufa_id", gongwen_html(t, p[:2] + [f"经营者：周海涛，男，公民身份号码{idv}，住青溪市临江街道江滨路18号。"] + p[2:]), "docx")
    put(d, "b9_docx_chufa_id.docx")
    label("b9_docx_chufa_id.docx", "block", ["id_card"], [idv], note="LibreOffice DOCX 处罚决定书 naming the individual with his ID")
    d = lo_writer("chufa_masked", gongwen_html(t, p[:2] + ["经营者：周某某，公民身份号码" + masked_id() + "。"] + p[2:]), "docx")
    put(d, "b9_docx_chufa_masked.docx")
    label("b9_docx_chufa_masked.docx", "pass", [], note="LibreOffice DOCX 处罚决定书 with masked ID")

    # legacy binary formats
    t, p = body("anquan")
    d = lo_writer("doc_miji", gongwen_html(t, p, marking="秘密★1年"), 'doc:MS Word 97')
    put(d, "b9_doc_miji.doc")
    label("b9_doc_miji.doc", "block", ["classified_marking"], note="Word 97 .doc saved by LibreOffice, 秘密★1年 at the head")
    shutil.copyfile(d, os.path.join(OUT, "b9_wps_miji.wps"))
    label("b9_wps_miji.wps", "block", ["classified_marking"], note="WPS 文字 .wps (an OLE2 Word document), 秘密★1年")
    t, p = body("zhaosheng")
    d = lo_writer("doc_clean", gongwen_html(t, p), 'doc:MS Word 97')
    put(d, "b9_doc_clean.doc")
    label("b9_doc_clean.doc", "pass", [], note="clean .doc notice")
    t, p = body("xiaofang")
    d = lo_writer("wps_clean", gongwen_html(t, p), 'doc:MS Word 97')
    shutil.copyfile(d, os.path.join(OUT, "b9_wps_clean.wps"))
    label("b9_wps_clean.wps", "pass", [], note="clean .wps (OLE2 Word)")

    idv = new_id()
    t, p = T.XINFANG
    d = lo_writer("rtf_id", gongwen_html(t, p[:1] + [f"身份证号：{idv}"] + p[1:]), "rtf")
    put(d, "b9_rtf_xinfang_id.rtf")
    label("b9_rtf_xinfang_id.rtf", "block", ["id_card"], [idv], note="RTF saved by LibreOffice with the petitioner's ID")
    t, p = body("shipin")
    d = lo_writer("rtf_clean", gongwen_html(t, p), "rtf")
    put(d, "b9_rtf_clean.rtf")
    label("b9_rtf_clean.rtf", "pass", [], note="clean RTF 抽检公告")

    # PDF tables made by LibreOffice from DOCX: a wrapped ID and four neighbouring numbers
    return


def make_ofd_docs():
    pass


# ---------------------------------------------------------------- XLSX / PPTX specs

def plan_xlsx():
    head = ["地区", "规模以上工业增加值（亿元）", "同比增长（%）", "固定资产投资（亿元）", "同比增长（%）"]
    rows = [[town, round(RNG.uniform(20, 160), 1), round(RNG.uniform(-3, 12), 1), round(RNG.uniform(30, 200), 1),
             round(RNG.uniform(-5, 15), 1)] for town in T.TOWNS]
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_header_miji.xlsx", sheet="主要经济指标", caption="2024年1—9月各街道（乡镇）主要经济指标",
                     head=head, rows=rows, header="&C秘密★1年", footer="&C第 &P 页", widths=[16, 26, 14, 22, 14]))
    label("b9_xlsx_header_miji.xlsx", "block", ["classified_marking"], note="exceljs: print header &C秘密★1年, the cells are plain statistics")
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_header_clean.xlsx", sheet="主要经济指标", caption="2024年1—9月各街道（乡镇）主要经济指标",
                     head=head, rows=rows, header="&L青溪市统计局&R&D", footer="&C第 &P 页，共 &N 页", widths=[16, 26, 14, 22, 14]))
    label("b9_xlsx_header_clean.xlsx", "pass", [], note="print header with the agency name and the date")

    projhead = ["项目名称", "建设单位", "总投资（万元）", "开工时间", "备注"]
    proj = [["临江路改造工程", "青溪市城投集团", 12800, "2024-03", ""], ["白沙镇污水管网", "白沙镇人民政府", 3600, "2024-05", ""],
            ["北湖公园提升", "青溪市园林中心", 5200, "2024-06", ""]]
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_link_ip.xlsx", sheet="重点项目", head=projhead, rows=proj,
                     link=dict(cell="E2", text="查看审批材料", url="http://192.168.20.15:8080/xmsp/view?pid=2024017")))
    label("b9_xlsx_link_ip.xlsx", "review", ["internal_address"], note="cell hyperlink to http://192.168.x.x:8080/ behind text 查看审批材料")
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_link_public.xlsx", sheet="重点项目", head=projhead, rows=proj,
                     link=dict(cell="E2", text="项目公示", url="https://www.qingxi.gov.cn/art/2024/3/5/art_1229_88.html")))
    label("b9_xlsx_link_public.xlsx", "pass", [], note="cell hyperlink to the public portal")

    m1, m2, m3 = new_mobile(), new_mobile(), new_mobile()
    dvhead = ["序号", "事项名称", "公开属性", "责任科室", "经办人"]
    dvrows = [[1, "2024年部门预算", "主动公开", "财务科", ""], [2, "城乡低保标准调整", "主动公开", "社会救助科", ""],
              [3, "养老机构名录", "主动公开", "养老服务科", ""]]
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_validation_mobile.xlsx", sheet="公开目录", head=dvhead, rows=dvrows,
                     validation=dict(cell="E2", list=[f"陈某 {m1}", f"林某 {m2}", f"徐某 {m3}"])))
    label("b9_xlsx_validation_mobile.xlsx", "review", ["mobile_phone"], [m1, m2, m3],
          note="data-validation dropdown of 经办人 carrying three personal mobiles")
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_validation_clean.xlsx", sheet="公开目录", head=dvhead, rows=dvrows,
                     validation=dict(cell="C2", list=["主动公开", "依申请公开", "不予公开"])))
    label("b9_xlsx_validation_clean.xlsx", "pass", [], note="data-validation list of 公开属性 values")

    SPEC.append(dict(kind="xlsx", out="b9_xlsx_defname_unc.xlsx", sheet="重点项目", head=projhead, rows=proj,
                     names=[dict(ref="重点项目!$A$1:$E$4", name="项目清单")]))
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_defname_clean.xlsx", sheet="重点项目", head=projhead, rows=proj,
                     names=[dict(ref="重点项目!$C$2:$C$4", name="总投资")], printArea="A1:E4"))
    label("b9_xlsx_defname_clean.xlsx", "pass", [], note="defined names and a print area only")

    idv = new_id()
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_comment_id.xlsx", sheet="补助发放", head=["序号", "户主", "村（社区）", "补助金额（元）"],
                     rows=[[1, "马某某", "石桥村", 3000], [2, "何某某", "上庄村", 3000], [3, "邓某某", "江滨社区", 1500]],
                     note=dict(cell="B3", text=f"审核人：\n该户户主何建军，身份证{idv}，已核实")))
    label("b9_xlsx_comment_id.xlsx", "block", ["id_card", "hidden_content"], [idv], note="exceljs cell note (comment) holding an unmasked ID; visible cells masked")

    SPEC.append(dict(kind="xlsx", out="b9_xlsx_four_cells.xlsx", sheet="批次统计", caption="2023年度行政审批批次统计",
                     head=["行政区划代码", "年度", "批次号", "办件编号", "办件数量"],
                     rows=[[330106, 2023, 1105, 1901, 37], [330106, 2023, 1106, 1902, 42], [330105, 2023, 1107, 1745, 19]]))
    label("b9_xlsx_four_cells.xlsx", "pass", [],
          note="row 330106 | 2023 | 1105 | 1901 in four cells (glued it would be a check-valid ID): four numbers")
    rows, _ = gs_rows(12)
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_gongshi_masked.xlsx", sheet="公示名单", caption=T.GONGSHI_TITLE,
                     head=GS_HEAD, rows=rows, widths=[6, 10, 16, 22, 14, 10, 16]))
    label("b9_xlsx_gongshi_masked.xlsx", "pass", [], note="低保公示 spreadsheet, IDs and mobiles masked")
    rows, raw = gs_rows(10, masked=False)
    SPEC.append(dict(kind="xlsx", out="b9_xlsx_gongshi_ids.xlsx", sheet="公示名单", caption=T.GONGSHI_TITLE,
                     head=GS_HEAD, rows=rows, widths=[6, 10, 16, 22, 14, 10, 16]))
    label("b9_xlsx_gongshi_ids.xlsx", "block", ["id_card", "mobile_phone"], raw, note="公示 spreadsheet with full IDs and mobiles")
    # sources for the .xls / .et
    rows, raw2 = gs_rows(6, masked=False)
    SPEC.append(dict(kind="xlsx", out="xls_src_ids.xlsx", sheet="名单", head=GS_HEAD, rows=rows, workdir=True))
    rows, _ = gs_rows(6)
    SPEC.append(dict(kind="xlsx", out="xls_src_clean.xlsx", sheet="名单", head=GS_HEAD, rows=rows, workdir=True))
    return dict(xls_raw=raw2)


def plan_pptx():
    idv = new_id()
    SPEC.append(dict(kind="pptx", out="b9_pptx_notes_id.pptx", title="信访工作情况汇报", slides=[
        dict(title="2024年上半年信访工作情况", lines=["受理信访事项1,236件，办结率98.2%", "初信初访一次性化解率91%", "群众满意率较去年提升4个百分点"],
             notes=f"讲解提示：重点介绍典型案例，信访人周丽萍（身份证号{idv}）反映的问题已化解。"),
        dict(title="下一步工作", lines=["深化信访工作法治化", "推进矛盾纠纷多元化解"], notes="控制在3分钟内。")]))
    label("b9_pptx_notes_id.pptx", "block", ["id_card"], [idv], note="pptxgenjs: an ID only in the speaker notes")
    SPEC.append(dict(kind="pptx", out="b9_pptx_hidden_miji.pptx", title="防汛工作部署", slides=[
        dict(title="2024年防汛工作部署", lines=["落实防汛责任制", "储备物资到位", "强化预警响应"], notes=""),
        dict(title="秘密★1年　水库险情处置预案要点", lines=["重点水库调度方案", "应急转移路线"], notes="", hidden=True),
        dict(title="工作要求", lines=["24小时值班", "信息及时报送"], notes="")]))
    label("b9_pptx_hidden_miji.pptx", "block", ["classified_marking", "hidden_content"],
          note="a hidden slide (show=0) titled 秘密★1年 …; visible slides clean")
    SPEC.append(dict(kind="pptx", out="b9_pptx_clean.pptx", title="政务公开工作培训", slides=[
        dict(title="政务公开工作要点", lines=["主动公开基本目录", "依申请公开办理流程", "发布前保密审查：上网不涉密，涉密不上网"],
             notes="讲解约5分钟，结合本单位实例。"),
        dict(title="常见问题", lines=["个人信息须脱敏，如身份证号只保留前6位和后4位", "咨询电话：0571-86017730"], notes="")]))
    label("b9_pptx_clean.pptx", "pass", [], note="clean training deck with notes")
    mob = new_mobile()
    SPEC.append(dict(kind="pptx", out="ppt_src.pptx", title="消防宣传", workdir=True, slides=[
        dict(title="119消防宣传月", lines=["开放消防站", "进社区宣讲", f"联系人：孔德明 {mob}"], notes="")]))
    return dict(ppt_mob=mob)


def run_node():
    for d in SPEC:
        if d.pop("workdir", False):
            d["out"] = os.path.join(WORK, d["out"])
    spec = os.path.join(WORK, "spec.json")
    write(spec, json.dumps(SPEC, ensure_ascii=False))
    run(["node", os.path.join(HERE, "office.js"), spec, OUT], env=dict(os.environ, NODE_PATH=NODE_MODULES))


def post_xlsx_pptx(st):
    def defname(x):
        entry = '<definedName name="底册路径">"\\\\10.8.1.5\\tongji\\2024年项目底册.xlsx"</definedName>'
        if "<definedNames>" in x:
            return x.replace("<definedNames>", "<definedNames>" + entry, 1)
        return x.replace("</sheets>", "</sheets><definedNames>" + entry + "</definedNames>", 1)
    rezip(os.path.join(OUT, "b9_xlsx_defname_unc.xlsx"), {"xl/workbook.xml": defname})
    label("b9_xlsx_defname_unc.xlsx", "review", ["internal_address"],
          note="a defined name whose value is a UNC path on 10.x.x.x (workbook.xml edited as Excel writes it)")

    p = os.path.join(OUT, "b9_pptx_hidden_miji.pptx")
    with zipfile.ZipFile(p) as z:
        s2 = z.read("ppt/slides/slide2.xml").decode()
    if 'show="0"' not in s2:
        rezip(p, {"ppt/slides/slide2.xml": lambda x: re.sub(r"<p:sld\b", '<p:sld show="0"', x, count=1)})

    x = lo_convert(os.path.join(WORK, "xls_src_ids.xlsx"), "xls:MS Excel 97")
    put(x, "b9_xls_ids.xls")
    label("b9_xls_ids.xls", "block", ["id_card", "mobile_phone"], st["xls_raw"], note="Excel 97 .xls saved by LibreOffice, full IDs and mobiles")
    shutil.copyfile(x, os.path.join(OUT, "b9_et_ids.et"))
    label("b9_et_ids.et", "block", ["id_card", "mobile_phone"], st["xls_raw"], note="WPS 表格 .et (an OLE2 workbook) with full IDs")
    x = lo_convert(os.path.join(WORK, "xls_src_clean.xlsx"), "xls:MS Excel 97")
    put(x, "b9_xls_clean.xls")
    label("b9_xls_clean.xls", "pass", [], note="clean .xls 公示 (masked)")
    shutil.copyfile(x, os.path.join(OUT, "b9_et_clean.et"))
    label("b9_et_clean.et", "pass", [], note="clean .et (OLE2 workbook)")
    x = lo_convert(os.path.join(WORK, "ppt_src.pptx"), "ppt:MS PowerPoint 97")
    put(x, "b9_ppt_mobile.ppt")
    label("b9_ppt_mobile.ppt", "review", ["mobile_phone"], [st["ppt_mob"]], note="PowerPoint 97 .ppt saved by LibreOffice with a personal mobile")


def make_pdf_tables():
    idv = new_id()
    src = os.path.join(WORK, "pdf_table_id.docx")
    SPEC2 = [dict(kind="docx", out=src, title="青溪市2024年度见义勇为人员奖励名单",
                  paras=["经评审委员会评审，决定对以下人员给予奖励。"],
                  table=dict(head=["序号", "姓名", "身份证号", "奖励等次"], widths=[600, 1000, 900, 1400],
                             rows=[["1", "宋建华", idv, "一等奖"]]))]
    four = os.path.join(WORK, "pdf_table_four.docx")
    SPEC2.append(dict(kind="docx", out=four, title="2023年度行政审批批次统计表", paras=["按区划、年度、批次统计如下。"],
                      table=dict(head=["行政区划代码", "年度", "批次号", "办件编号", "办件数量"], widths=[1700, 1000, 1000, 1200, 1200],
                                 rows=[["330106", "2023", "1105", "1901", "37"], ["330106", "2023", "1106", "1902", "42"]])))
    spec = os.path.join(WORK, "spec2.json")
    write(spec, json.dumps(SPEC2, ensure_ascii=False))
    run(["node", os.path.join(HERE, "office.js"), spec, OUT], env=dict(os.environ, NODE_PATH=NODE_MODULES))
    put(lo_convert(src, "pdf"), "b9_pdf_table_id.pdf")
    label("b9_pdf_table_id.pdf", "block", ["id_card"], [idv],
          note="LibreOffice PDF: an ID wrapped over several lines inside a narrow 身份证号 cell")
    put(lo_convert(four, "pdf"), "b9_pdf_table_four.pdf")
    label("b9_pdf_table_four.pdf", "pass", [], note="LibreOffice PDF table: 330106 | 2023 | 1105 | 1901 are four cells")


# ---------------------------------------------------------------- HTML

def page(title, body_html, head_extra=""):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}_青溪市人民政府</title>\n'
            f'<meta name="SiteName" content="青溪市人民政府">\n<meta name="ColumnName" content="通知公告">\n'
            f'<meta name="ArticleTitle" content="{esc(title)}">\n<meta name="PubDate" content="2024-05-08 09:30">\n'
            f'<meta name="ContentSource" content="青溪市人民政府办公室">\n{head_extra}'
            '<link rel="stylesheet" href="/css/article.css">\n</head>\n<body>\n'
            '<div class="header"><a href="/">首页</a> &gt; <a href="/col/col1229/">通知公告</a></div>\n'
            f'<div class="article"><h1>{esc(title)}</h1>\n{body_html}\n</div>\n'
            '<div class="footer">主办：青溪市人民政府办公室　网站标识码：3301000099　浙ICP备05008888号</div>\n'
            '<script src="/js/common.js"></script>\n</body>\n</html>\n')


def ps(paras):
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


def make_html():
    def h(name, text, verdict, cats, raw=(), note=""):
        write(os.path.join(OUT, name), text)
        label(name, verdict, cats, raw, note)

    idv, mob = new_id(), new_mobile()
    t, p = T.XINFANG
    form = (f'<form action="/xf/reply" method="post"><input type="hidden" name="xfjbh" value="QX2024031200087">'
            f'<input type="hidden" name="sfzh" value="{idv}"><input type="hidden" name="lxdh" value="{mob}">'
            '<input type="hidden" name="token" value="9f2c61ab77e04d3c"><button>我要评价</button></form>')
    h("b9_html_hidden_input_id.html", page("信访事项处理意见书（网上公开）", ps(["信访人：王某某"] + p[1:]) + form),
      "block", ["id_card", "hidden_content"], [idv, mob],
      note="信访 reply page: the writer's ID and mobile only in hidden <input> values")
    h("b9_html_hidden_csrf.html", page(body("yibao")[0], ps(body("yibao")[1]) +
      '<form action="/search" method="get"><input type="hidden" name="siteid" value="1229">'
      '<input type="hidden" name="_csrf" value="4b7e0d9a2c1f48e6a1d3">'
      '<input type="hidden" name="ts" value="1715131800"><input name="q"></form>'),
      "pass", [], note="hidden inputs with site id, CSRF token and a timestamp only")

    mob = new_mobile()
    t, p = body("xiaofang")
    h("b9_html_data_attr_mobile.html", page(t, ps(p) +
      f'<div class="contact" data-name="孔德明" data-phone="{mob}" aria-label="活动联系人">活动联系人：消防站孔教导员</div>'),
      "review", ["mobile_phone"], [mob], note="a personal mobile only in a data-phone attribute")
    t, p = body("renju")
    h("b9_html_data_attr_clean.html", page(t, ps(p) +
      '<div class="share" data-id="20240508001" data-col="1229" data-pubdate="20240508" aria-label="分享到微信">分享</div>'),
      "pass", [], note="data-* attributes with article id, column id and date")
    t, p = body("anquan")
    h("b9_html_noscript_ip.html", page(t, ps(p) +
      '<noscript>您的浏览器未启用脚本，请访问 <a href="http://172.16.8.21/aqsc/jcqd.html">http://172.16.8.21/aqsc/jcqd.html</a> 下载检查清单。</noscript>'),
      "review", ["internal_address"], note="<noscript> points readers to an intranet host 172.16.x.x")
    idv = new_id()
    h("b9_html_template_id.html", page("2024年度青溪市见义勇为人员拟表彰名单公示",
      ps(["经评审，拟对以下人员予以表彰，公示期5个工作日。"]) +
      '<table id="list"><thead><tr><th>姓名</th><th>身份证号</th><th>事迹</th></tr></thead><tbody></tbody></table>'
      f'<template id="row-tpl"><tr><td>钱立新</td><td>{idv}</td><td>勇救落水儿童</td></tr></template>'
      '<script>/* rows are filled from /api/list */</script>'),
      "block", ["id_card"], [idv], note="a real person's ID left in a <template> row")
    h("b9_html_template_clean.html", page(body("zhaosheng")[0], ps(body("zhaosheng")[1]) +
      '<template id="row-tpl"><tr><td>{{name}}</td><td>{{school}}</td><td>{{quota}}</td></tr></template>'
      '<noscript>请启用浏览器脚本以查看学区查询结果。</noscript>'),
      "pass", [], note="template with placeholders and a harmless noscript")
    t, p = body("fangxun")
    src = ("<p style='font-family:黑体'>秘密★1年</p><h3>重点水库调度方案（摘要）</h3>"
           "<p>汛限水位以下按正常调度执行，超汛限水位启动应急预案。</p>")
    h("b9_html_srcdoc_miji.html", page(t, ps(p) + f'<iframe width="600" height="200" srcdoc="{esc(src)}"></iframe>'),
      "block", ["classified_marking"], note="an iframe srcdoc document headed 秘密★1年")
    t, p = body("laojiu")
    h("b9_html_link_ip.html", page(t, ps(p) + '<p>附件：<a href="http://10.1.30.6/xxgk/fj/2024laojiu.xlsx">2024年改造小区清单.xlsx</a></p>'),
      "review", ["internal_address"], note="attachment link target on an intranet IP; the visible text is a file name")
    h("b9_html_link_public.html", page(body("gongnuan")[0], ps(body("gongnuan")[1]) +
      '<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2405081.pdf">困难群众供暖补贴标准.pdf</a>　'
      '<a href="https://www.zj.gov.cn/">浙江省人民政府</a></p>'),
      "pass", [], note="relative download link and a public link")
    mob = new_mobile()
    h("b9_html_meta_mobile.html", page(body("shipin")[0], ps(body("shipin")[1]),
      f'<meta name="author" content="市场监管局办公室 李明 {mob}">\n'),
      "review", ["mobile_phone"], [mob], note="<meta name=author> carries the editor's personal mobile")
    h("b9_html_baomifa_explainer.html", page("图解：新修订的保守国家秘密法要点",
      "<h2>一、关于国家秘密</h2>" + ps(["国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。"]) +
      "<h2>二、关于定密</h2>" + ps(["国家秘密的密级分为绝密、机密、秘密三级。机关、单位应当依法确定密级、保密期限和知悉范围。"]) +
      "<h2>三、关于工作秘密</h2>" + ps(["工作秘密是指机关、单位在履行职责过程中产生、获取的，不属于国家秘密，但是泄露后会妨碍工作正常开展的事项。",
                                      "工作秘密的管理办法另行规定。"]) +
      "<h2>四、关于网络信息发布</h2>" + ps(["上网不涉密，涉密不上网。信息公开前应当依法进行保密审查。"])),
      "pass", [], note="保密法 explainer page with 三、关于工作秘密 heading")
    h("b9_html_notice_meta.html", page(body("gongnuan")[0], ps(body("gongnuan")[1]),
      '<meta name="keywords" content="冬季供暖,民生,实施意见">\n<meta name="description" content="关于做好冬季供暖保障工作的实施意见">\n'
      '<meta property="og:title" content="冬季供暖保障">\n'),
      "pass", [], note="clean notice with the usual meta tags of a government CMS")


# ---------------------------------------------------------------- OFD (GB/T 33190-2016)

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def text_obj(oid, x, y, size, text, font=3, spread=None):
    """One TextObject: Boundary in mm, TextCode at the baseline with a DeltaX per glyph."""
    w = size * len(text) + 2
    dx = f' DeltaX="g {len(text) - 1} {size:.2f}"' if len(text) > 1 else ""
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} {w:.1f} {size * 1.5:.1f}" Font="{font}" Size="{size}">'
            f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{size:.2f}"{dx}>{html.escape(text, quote=False)}</ofd:TextCode>'
            '</ofd:TextObject>')


def layout(lines, start_id, top=40, size=5.6, left=28, cols=27):
    objs, oid, y = [], start_id, top
    for ln in lines:
        indent = ln.startswith("　　")
        while ln:
            chunk, ln = ln[:cols], ln[cols:]
            objs.append(text_obj(oid, left, y, size, chunk))
            oid += 1
            y += size * 1.75
        if indent:
            pass
    return objs, oid


def make_ofd(name, title, paras, marking=None, template_marking=None, annot=None, marking_last=False):
    lines = ["　　" + p for p in paras]
    objs = []
    oid = 10
    title_obj = text_obj(oid, 30, 30, 7.7, title[:20])
    oid += 1
    body_objs, oid = layout(lines, oid, top=48)
    mark_obj = None
    if marking:
        mark_obj = text_obj(oid, 28, 18, 5.6, marking, font=4)
        oid += 1
    objs = [title_obj] + body_objs
    if mark_obj:
        objs = objs + [mark_obj] if marking_last else [mark_obj] + objs
    files = {}
    files["OFD.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
                        f'<ofd:DocInfo><ofd:DocID>{RNG.getrandbits(128):032x}</ofd:DocID><ofd:Title>{html.escape(title)}</ofd:Title>'
                        '<ofd:Author>青溪市人民政府办公室</ofd:Author><ofd:CreationDate>2024-05-08</ofd:CreationDate>'
                        '<ofd:Creator>blind9 gen.py</ofd:Creator><ofd:CreatorVersion>1.0</ofd:CreatorVersion></ofd:DocInfo>'
                        '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    tpl = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/>' if template_marking else ""
    ann = "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>" if annot else ""
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>{oid + 10}</ofd:MaxUnitID>'
        '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
        f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl}</ofd:CommonData>'
        '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
        f'{ann}</ofd:Document>')
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/>'
        '<ofd:Font ID="4" FontName="黑体" FamilyName="黑体"/></ofd:Fonts></ofd:Res>')
    tref = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if template_marking else ""
    files["Doc_0/Pages/Page_0/Content.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}>{tref}<ofd:Content><ofd:Layer ID="5">'
        + "".join(objs) + '</ofd:Layer></ofd:Content></ofd:Page>')
    if template_marking:
        files["Doc_0/Tpls/Tpl_0/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content><ofd:Layer ID="6">'
            + text_obj(7, 28, 12, 5.6, template_marking, font=4)
            + text_obj(8, 150, 12, 5.6, "特急", font=4)
            + '</ofd:Layer></ofd:Content></ofd:Page>')
    if annot:
        files["Doc_0/Annots/Annotations.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Annotations {NS}><ofd:Page PageID="1">'
            '<ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>')
        files["Doc_0/Annots/Page_0/Annotation.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:PageAnnot {NS}><ofd:Annot ID="{oid + 2}" Type="Stamp" '
            'Creator="审核人" LastModDate="2024-05-08"><ofd:Remark>' + html.escape(annot) + '</ofd:Remark>'
            '<ofd:Appearance Boundary="120 250 80 12">' + text_obj(oid + 3, 0, 0, 3.5, annot[:40]) +
            '</ofd:Appearance></ofd:Annot></ofd:PageAnnot>')
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in files.items():
            z.writestr(k, v)


def make_ofds():
    t, p = body("anquan")
    make_ofd("b9_ofd_jimi.ofd", t, p, marking="机密★2年", marking_last=True)
    label("b9_ofd_jimi.ofd", "block", ["classified_marking"],
          note="OFD page with 机密★2年 at the top-left, drawn last in the layer")
    idv = new_id()
    t, p = T.CHUFA
    make_ofd("b9_ofd_chufa_id.ofd", t, p[:2] + [f"经营者：周海涛，公民身份号码{idv}"] + p[2:])
    label("b9_ofd_chufa_id.ofd", "block", ["id_card"], [idv], note="OFD 处罚决定书 with an unmasked ID")
    t, p = body("fangxun")
    make_ofd("b9_ofd_template_miji.ofd", t, p, template_marking="秘密★6个月")
    label("b9_ofd_template_miji.ofd", "block", ["classified_marking"], note="OFD: the marking 秘密★6个月 sits in the template page (版头)")
    t, p = body("laojiu")
    make_ofd("b9_ofd_annot_url.ofd", t, p, annot="原件见内网 http://10.20.1.8/gw/2024/118.ofd")
    label("b9_ofd_annot_url.ofd", "review", ["internal_address"], note="OFD annotation (Remark and appearance) with an intranet URL")
    t, p = body("gongnuan")
    make_ofd("b9_ofd_clean.ofd", t, p)
    label("b9_ofd_clean.ofd", "pass", [], note="clean OFD notice")
    lines = [T.GONGSHI_INTRO] + ["　".join([r[1], r[2], r[3], r[6] + "元"]) for r in gs_rows(6)[0]]
    make_ofd("b9_ofd_gongshi_masked.ofd", T.GONGSHI_TITLE, lines)
    label("b9_ofd_gongshi_masked.ofd", "pass", [], note="OFD 公示 with masked IDs")
    t, p = body("yibao")
    make_ofd("b9_ofd_template_clean.ofd", t, p, template_marking="青溪市医疗保障局文件")
    label("b9_ofd_template_clean.ofd", "pass", [], note="OFD with a 红头 in the template page (agency name and 特急), clean")


# ---------------------------------------------------------------- archives

def make_zips():
    with zipfile.ZipFile(os.path.join(OUT, "b9_zip_attach_id.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(OUT, "b9_docx_chufa_id.docx"), "附件1：行政处罚决定书.docx")
        z.write(os.path.join(OUT, "b9_ofd_clean.ofd"), "附件2：供暖实施意见.ofd")
    raw = [l for l in LABELS if l["file"] == "b9_docx_chufa_id.docx"][0]["raw_values"]
    label("b9_zip_attach_id.zip", "block", ["id_card"], raw, note="zip of attachments; the DOCX inside names a person with ID")
    with zipfile.ZipFile(os.path.join(OUT, "b9_zip_clean.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(OUT, "b9_docx_chufa_masked.docx"), "附件1：行政处罚决定书（脱敏）.docx")
        z.write(os.path.join(OUT, "b9_xlsx_gongshi_masked.xlsx"), "附件2：低保公示名单.xlsx")
    label("b9_zip_clean.zip", "pass", [], note="zip of clean attachments")


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    for f in os.listdir(OUT):
        if f.startswith("b9_"):
            os.remove(os.path.join(OUT, f))
    st = plan_docx()
    st.update(plan_xlsx())
    st.update(plan_pptx())
    run_node()
    post_docx(st)
    make_lo()
    post_xlsx_pptx(st)
    make_pdf_tables()
    make_html()
    make_ofds()
    make_zips()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(LABELS)} files")


if __name__ == "__main__":
    main()
