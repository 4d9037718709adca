#!/usr/bin/python3
"""Generate the blind17-ocr corpus: documents that reach mishen as pictures.

Run by ../make.sh from the corpus folder. Writes every file and labels.json.
"""
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa: E402,F401,F403
import lib  # noqa: E402

from PIL import Image, ImageDraw  # noqa: E402

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
rng = random.Random(17)
LABELS = []
T = lib.TMP


def label(f, verdict, cats, raws, note):
    LABELS.append({"file": f, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


def o(name):
    return os.path.join(OUT, name)


def t(name):
    return os.path.join(T, name)


def crop_content(im, margin=40):
    """crop_content trims blank paper around a rendering (a scanner's auto-crop)."""
    g = im.convert("L").point(lambda v: 255 if v < 200 else 0)
    box = g.getbbox()
    if not box:
        return im
    x0, y0, x1, y1 = box
    return im.crop((max(0, x0 - margin), max(0, y0 - margin), min(im.width, x1 + margin), min(im.height, y1 + margin)))


CSS = """
@page { size: A4; margin: 25mm 24mm 22mm 26mm }
body { font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.75; margin: 0 }
p { margin: 0; text-indent: 2em }
.head { font-family: "Noto Sans CJK SC"; font-size: 16pt; line-height: 1.45 }
.org { color: #d40000; text-align: center; font-size: 32pt; font-weight: bold; letter-spacing: 2px; margin-top: 14mm }
.no { text-align: center; font-size: 15pt; margin: 6mm 0 2mm }
hr.red { border: 0; border-top: 2.5px solid #d40000; margin: 0 0 8mm }
h1 { font-size: 20pt; text-align: center; font-weight: bold; margin: 4mm 0 6mm; line-height: 1.5 }
.to { text-indent: 0 }
.sign { text-align: right; margin-top: 12mm; text-indent: 0 }
table { border-collapse: collapse; width: 100%; font-family: "Noto Sans CJK SC"; font-size: 12pt; line-height: 1.5 }
td, th { border: 1px solid #000; padding: 3px 5px; text-align: center }
th { font-weight: bold }
"""

ORGS = ["江川市人民政府办公室", "江川市财政局", "青林县人民政府", "江川市人力资源和社会保障局", "江川市交通运输局"]

BODY = [
    "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步提升政务服务效能，经市政府同意，现就有关事项通知如下。",
    "一、提高思想认识。各区县、各部门要高度重视，明确责任分工，细化工作措施，确保各项任务按期完成。",
    "二、加强统筹协调。各牵头单位要会同配合单位建立工作台账，每月底前报送工作进展情况。",
    "三、强化督促检查。市政府督查室将适时开展专项督查，对工作推进不力的单位予以通报。",
    "四、各单位在执行中遇到的问题，请及时与市政务服务管理办公室联系。",
    "五、本通知自印发之日起施行，此前有关规定与本通知不一致的，以本通知为准。",
]


def gongwen_html(org, docno, title, paras, marking=None, fenhao=None, urgency=None, mark_size=None,
                 tail="", to="各区县人民政府，市政府各部门：", date="2026年3月2日"):
    head = []
    if fenhao:
        head.append(fenhao)
    if marking:
        head.append(f'<span style="font-size:{mark_size}">{marking}</span>' if mark_size else marking)
    if urgency:
        head.append(urgency)
    h = f'<div class="head">{"<br>".join(head)}</div>' if head else '<div class="head">&nbsp;</div>'
    ps = "".join(f"<p>{x}</p>" for x in paras)
    return (f"<html><head><meta charset=utf-8><style>{CSS}</style></head><body>{h}"
            f'<div class="org">{org}文件</div><div class="no">{docno}</div><hr class="red">'
            f'<h1>{title}</h1><p class="to">{to}</p>{ps}'
            f'<p class="sign">{org}<br>{date}</p>{tail}</body></html>')


def page_html(body, css_extra=""):
    return f"<html><head><meta charset=utf-8><style>{CSS}{css_extra}</style></head><body>{body}</body></html>"


def to_scan_pdf(src_pdf, out, skew, q=64, noise=4.0, bg=238, tool="pdftoppm", wrap="img2pdf", pages=None,
                gray=True, post=None, crop=False):
    """to_scan_pdf rasterises every page at 150 dpi, makes it look scanned and wraps the JPEGs."""
    pages = pages or range(1, pdf_pages(src_pdf) + 1)
    jpgs = []
    for i in pages:
        im = raster(src_pdf, i, 150, tool, gray)
        if post:
            im = post(i, im)
        if crop:
            im = crop_content(im, 60)
        im = scanify(im, rng, skew=skew if i % 2 else -skew * 0.7, noise=noise, bg=bg)
        j = t(f"{os.path.basename(out)}-{i}.jpg")
        save_jpeg(im, j, q)
        jpgs.append(j)
    if wrap == "img2pdf":
        img2pdf_wrap(jpgs, out, a4=not crop)
    else:
        parts = []
        for j in jpgs:
            parts.append(gs_wrap(j, j + ".pdf"))
        if len(parts) == 1:
            os.replace(parts[0], out)
        else:
            qpdf_pages(out, [(p, 1) for p in parts])
    return out


def table_html(headers, rows, widths=None):
    th = "".join(f"<th>{h}</th>" for h in headers)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{th}</tr>{trs}</table>"


REG = ["110101", "310104", "330106", "440305", "510107", "320102", "420106", "370102", "330102", "350203"]


def people(n, cols):
    rows, ids, mobs, cards = [], [], [], []
    for k in range(n):
        nm = name(rng)
        r = [str(k + 1), nm]
        for c in cols:
            if c == "id":
                v = id_card(rng, rng.choice(REG))
                ids.append(v)
            elif c == "mob":
                v = mobile(rng)
                mobs.append(v)
            elif c == "card":
                v = luhn(rng, rng.choice(["621700", "622202", "622848", "621226", "623058"]), rng.choice([16, 19]))
                cards.append(v)
            elif c == "bank":
                v = rng.choice(["中国建设银行江川分行", "中国工商银行江川支行", "中国农业银行青林支行", "江川农商银行"])
            elif c == "money":
                v = f"{rng.choice([1200, 1500, 2000, 3000, 800]):,}.00"
            elif c == "addr":
                v = rng.choice(["青林县城关镇", "江川市东湖街道", "江川市西山镇", "青林县桃源乡"])
            elif c == "mid":
                v = mask_id(id_card(rng, rng.choice(REG)))
            elif c == "mmob":
                v = mask_mobile(mobile(rng))
            r.append(v)
        rows.append(r)
    return rows, ids, mobs, cards


# ====================================================================== must-catch

def s01():
    html = gongwen_html(ORGS[0], "江政办发〔2026〕12号", "关于开展重点领域专项整治工作的通知", BODY[:5],
                        marking="机密★1年", fenhao="000086", urgency="特急")
    pdf = chromium_pdf(html, t("s01.pdf"))
    to_scan_pdf(pdf, o("s01_gongwen_jimi.pdf"), skew=1.2, q=64)
    label("s01_gongwen_jimi.pdf", "block", ["classified_marking"], [],
          "Chromium 公文 (red 发文机关标志, 份号 000086, 机密★1年, 特急 at the top left, GB/T 9704) printed to PDF, "
          "pdftoppm 150 dpi gray, skew 1.2°, noise, JPEG q70, wrapped by img2pdf: image-only page")


def s02():
    org = ORGS[1]
    html = (f"<html><head><meta charset=utf-8></head><body>"
            f'<p><font face="Noto Sans CJK SC" size="4">000213<br>秘密</font></p>'
            f'<p align="center"><font color="#d40000" size="7"><b>{org}文件</b></font></p>'
            f'<p align="center">江财发〔2026〕5号</p><hr>'
            f'<p align="center"><font size="5"><b>关于下达2026年度部分专项资金预算的通知</b></font></p>'
            + "".join(f"<p>　　{x}</p>" for x in BODY[1:5]) +
            f'<p align="right">{org}<br>2026年2月18日</p></body></html>')
    pdf = soffice_pdf(html, t("s02.pdf"))
    to_scan_pdf(pdf, o("s02_gongwen_mimi_lo.pdf"), skew=-2.0, q=64, bg=222, tool="gs", wrap="gs")
    label("s02_gongwen_mimi_lo.pdf", "block", ["classified_marking"], [],
          "LibreOffice Writer (HTML draft) 公文 with 份号 000213 and a bare 秘密 heading the page at the top left; "
          "rasterised by Ghostscript pnggray 150 dpi on gray paper (bg 222), skew -2°, JPEG q65, wrapped by Ghostscript pdfwrite")


def s03():
    org = ORGS[2]
    lines = [(26, 30, "000007", 16, (0, 0, 0)), (26, 38, "绝密★长期", 16, (0, 0, 0)),
             (36, 62, f"{org}文件", 30, (0.83, 0, 0)), (76, 76, "青政发〔2026〕3号", 15, (0, 0, 0)),
             (55, 92, "关于边境地区有关设施建设事项的请示", 18, (0, 0, 0)), (26, 104, "江川市人民政府：", 14, (0, 0, 0))]
    y = 114
    for para in BODY[1:5]:
        for k in range(0, len(para), 26):
            lines.append((26 if k else 33, y, para[k:k + 26], 14, (0, 0, 0)))
            y += 8.5
    lines += [(120, y + 14, org, 14, (0, 0, 0)), (124, y + 23, "2026年1月9日", 14, (0, 0, 0))]
    pdf = reportlab_pdf([lines], t("s03.pdf"))
    sy = int((y + 4) / 25.4 * 150)

    def post(i, im):
        return overlay(im.convert("RGB"), seal(250, org, rng), (680, sy))
    to_scan_pdf(pdf, o("s03_gongwen_juemi_rl.pdf"), skew=0.8, q=64, gray=False, post=post)
    label("s03_gongwen_juemi_rl.pdf", "block", ["classified_marking"], [],
          "ReportLab (Droid Sans Fallback) 请示 with 份号 000007 and 绝密★长期 at the top left, red org name; rendered by "
          "pdftoppm in colour, a red round seal over the signature, skew 0.8°, JPEG q65, img2pdf")


def s04():
    html = gongwen_html(ORGS[3], "江人社发〔2026〕21号", "关于做好2026年度职称评审工作的通知", BODY[:4] + BODY[5:],
                        marking="秘密★6个月", mark_size="9pt")
    pdf = chromium_pdf(html, t("s04.pdf"))
    to_scan_pdf(pdf, o("s04_mark_small.pdf"), skew=-1.5, q=60)
    label("s04_mark_small.pdf", "block", ["classified_marking"], [],
          "Chromium 公文 whose 秘密★6个月 marking at the top left is set in 9pt (a smaller font than the body), "
          "150 dpi gray, skew -1.5°, JPEG q60, img2pdf")


def s05():
    html = gongwen_html(ORGS[4], "江交发〔2026〕9号", "关于重要运输保障任务有关安排的通知", BODY[:5],
                        marking="机密★2年", fenhao="000031")
    pdf = chromium_pdf(html, t("s05.pdf"))
    im = raster(pdf, 1, 150, "pdftoppm", gray=False)
    st = box_stamp(["江川市财政局收文", "2026年3月5日 第128号"], 20).rotate(4, expand=True, resample=Image.BICUBIC)
    im = overlay(im, st, (255, 150))
    im = scanify(im, rng, skew=1.0, noise=3, bg=236)
    save_jpeg(im, o("s05_mark_under_stamp.jpg"), 66)
    label("s05_mark_under_stamp.jpg", "block", ["classified_marking"], [],
          "JPEG scan (colour, q66) of a Chromium 公文: a red rectangular 收文 stamp printed over the right half of the "
          "机密★2年 marking and 份号 at the top left")


def s06():
    body = ('<div style="position:absolute;top:0;right:0;border:2px solid #d00;color:#d00;padding:2px 8px;'
            'font-family:Noto Sans CJK SC;font-size:14pt;font-weight:bold">内部资料　注意保存</div>'
            '<h1 style="margin-top:16mm">江川市城市更新工作推进会会议纪要</h1>'
            '<p class="to" style="text-align:center">（2026年第3期）</p>'
            + "".join(f"<p>{x}</p>" for x in [
                "2026年3月10日，市政府召开城市更新工作推进会，听取各区工作进展汇报，研究部署下一阶段工作。",
                "会议指出，老旧小区改造要坚持居民自愿、政府引导，优先解决加装电梯、雨污分流等突出问题。",
                "会议要求，各区要在4月底前完成项目储备清单，市住建局牵头建立月度调度机制。",
                "出席：市政府有关领导，市发展改革委、财政局、住建局、自然资源局负责同志。"]))
    pdf = chromium_pdf(page_html(body), t("s06.pdf"))
    to_scan_pdf(pdf, o("s06_neibu_stamp.pdf"), skew=1.8, q=64)
    label("s06_neibu_stamp.pdf", "review", ["sensitive_term"], [],
          "Chromium 会议纪要 with a red bordered 内部资料　注意保存 box at the top right (a stamp), rasterised gray 150 dpi "
          "(the red reads as mid-gray), skew 1.8°, JPEG q65, img2pdf")


def draw_page(lines, size=(1240, 1754), margin=(130, 150), fsz=30, lh=1.7):
    """draw_page typesets lines with PIL (a printed sheet for a phone photo)."""
    im = Image.new("L", size, 255)
    d = ImageDraw.Draw(im)
    y = margin[1]
    for ln in lines:
        if isinstance(ln, tuple):
            text, sz, align, fnt = ln
        else:
            text, sz, align, fnt = ln, fsz, "left", lib.SERIF
        f = font(fnt, sz)
        x = margin[0] if align == "left" else (size[0] - f.getbbox(text)[2]) // 2
        d.text((x, y), text, font=f, fill=0)
        y += int(sz * lh)
    return im


def s07():
    im = draw_page([("江川市发展改革工作简报", 46, "center", lib.SERIF_B), ("第12期", 30, "center", lib.SERIF),
                    ("内部资料　注意保存", 28, "center", lib.SANS_B),
                    ("江川市发展和改革委员会办公室　　　2026年3月15日", 26, "center", lib.SERIF), "",
                    "　　一季度重大项目开工情况", "　　截至3月上旬，全市计划新开工重大项目52个，",
                    "已开工38个，完成投资68.4亿元，开工率73.1%。", "　　下一步，将围绕交通、水利、产业园区",
                    "三大领域，加快推进项目前期工作，", "力争上半年全部开工。"])
    im = im.crop((0, 0, 1240, 1000)).resize((1116, 900))
    im = scanify(im, rng, skew=2.5, noise=6, bg=214, blur=0.6)
    save_jpeg(im, o("s07_jianbao_neibu_photo.jpg"), 62, dpi=135)
    label("s07_jianbao_neibu_photo.jpg", "review", ["sensitive_term"], [],
          "PIL-typeset 工作简报 head photographed: 内部资料　注意保存 under the 期号, gray paper 214, skew 2.5°, blur, "
          "noise, JPEG q62")


def s08():
    rows, ids, mobs, _ = people(8, ["id", "mob", "money"])
    body = ('<h1>青林县2026年第一批困难群众临时救助名单公示</h1>'
            + table_html(["序号", "姓名", "身份证号", "联系电话", "救助金额（元）"], rows)
            + '<p style="margin-top:5mm">公示期：2026年3月1日至3月7日。如有异议，请向县民政局反映。</p>')
    pdf = chromium_pdf(page_html(body), t("s08.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=0.6, noise=0, bg=245)
    save_png(im, o("s08_gongshi_ids.png"))
    label("s08_gongshi_ids.png", "block", ["id_card", "mobile_phone"], ids + mobs,
          "Chromium ruled 公示 table (姓名, 身份证号, 联系电话, 救助金额) rendered 150 dpi gray by pdftoppm, cropped, skew 0.6°, PNG")


def s09():
    rows, ids, _, cards = people(7, ["id", "bank", "card"])
    body = ('<h1>江川市2026年耕地地力保护补贴发放明细</h1>'
            + table_html(["序号", "姓名", "身份证号", "开户银行", "银行卡号"], rows)
            + '<p style="margin-top:5mm">以上补贴资金已于2026年2月28日发放至农户账户。</p>')
    pdf = chromium_pdf(page_html(body, "table{font-size:11pt}"), t("s09.pdf"))
    im = crop_content(raster(pdf, 1, 150, "gs"))
    im = scanify(im, rng, skew=-1.1, noise=4, bg=236)
    save_jpeg(im, o("s09_subsidy_cards.jpg"), 70)
    label("s09_subsidy_cards.jpg", "block", ["bank_card", "id_card"], ids + cards,
          "Chromium 补贴发放 table with 银行卡号 (UnionPay 62…, 16 and 19 digits, Luhn-valid) and 身份证号; Ghostscript "
          "pnggray 150 dpi, skew -1.1°, JPEG q70")


def plate(rng, nev=False):
    prov = rng.choice("京沪浙苏粤川鄂闽")
    L = rng.choice("ABCDEF")
    if nev:
        return prov + L + rng.choice("DF") + "".join(str(rng.randint(0, 9)) for _ in range(5))
    chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return prov + L + "".join(rng.choice(chars) for _ in range(4)) + str(rng.randint(0, 9))


def s10():
    ps = [plate(rng) for _ in range(6)]
    rows = "".join(f"<tr><td>{i+1}</td><td>{p}</td><td>{rng.choice(['解放路','人民路','滨江大道','中山北路'])}</td>"
                   f"<td>2026-02-{rng.randint(10,28)}</td><td>违反禁停标志</td></tr>" for i, p in enumerate(ps))
    html = ("<html><head><meta charset=utf-8></head><body>"
            '<p align="center"><font size="5"><b>关于曝光一批机动车违法停车行为的通报</b></font></p>'
            "<p>　　为维护道路通行秩序，现将近期查处的部分机动车违法停车行为予以曝光：</p>"
            '<table border="1" cellpadding="4" width="100%"><tr><th>序号</th><th>号牌号码</th><th>违法地点</th>'
            f"<th>违法时间</th><th>违法行为</th></tr>{rows}</table>"
            '<p align="right">江川市公安局交通警察支队<br>2026年3月3日</p></body></html>')
    pdf = soffice_pdf(html, t("s10.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=1.4, noise=0, bg=246)
    save_png(im, o("s10_plates_lo.png"))
    label("s10_plates_lo.png", "review", ["license_plate"], [],
          "LibreOffice table of 号牌号码 (ordinary plates) in a 违停 通报, pdftoppm gray 150 dpi, skew 1.4°, PNG. "
          "docs: plates are review")


def multi_page_html(pages, css=""):
    return page_html('<div style="page-break-before:always"></div>'.join(pages), css)


SANS_BODY = "body{font-family:'Noto Sans CJK SC'}"


def rl_text(title, paras):
    """rl_text lays out a title and paragraphs for reportlab_pdf (26 characters a line)."""
    lines = [(50, 32, title, 17, (0, 0, 0))]
    y = 48
    for p in paras:
        for k in range(0, len(p), 26):
            lines.append((26 if k else 33, y, p[k:k + 26], 14, (0, 0, 0)))
            y += 8.5
    return lines


def s11():
    rows, ids, _, _ = people(9, ["id", "addr"])
    p1 = ("<h1>江川市2026年度见义勇为人员评审结果公告</h1>" + "".join(f"<p>{x}</p>" for x in [
        "根据《江川市见义勇为人员奖励和保障办法》，经评审委员会评审，确认下列同志为2026年度见义勇为人员。",
        "名单见第2页。公示期为7天。", "联系电话：0571-86012345（市见义勇为基金会办公室）。"]))
    p2 = "<h1>评审结果名单</h1>" + table_html(["序号", "姓名", "身份证号", "所在地"], rows)
    p3 = "<h1>说明</h1><p>对公示对象有异议的，可以书面形式向评审委员会办公室反映，反映情况应实事求是。</p>"
    pdf = chromium_pdf(multi_page_html([p1, p2, p3]), t("s11.pdf"))
    frames = []
    for i in range(1, pdf_pages(pdf) + 1):
        im = scanify(raster(pdf, i, 200), rng, skew=0.7, noise=0, bg=255)
        frames.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    frames[0].save(o("s11_tiff_ids_g4.tif"), save_all=True, append_images=frames[1:], compression="group4", dpi=(200, 200))
    label("s11_tiff_ids_g4.tif", "block", ["id_card"], ids,
          "3-page bilevel TIFF (CCITT G4, 200 dpi, a fax-style scan) of a Chromium 公告: page 1 and 3 clean, page 2 a "
          "table of 9 unmasked 身份证号")


def s12():
    html = gongwen_html(ORGS[0], "江政办函〔2026〕33号", "关于重点项目用地保障有关问题的函", BODY[:4],
                        marking="秘密★1年", fenhao="000154")
    pdf = chromium_pdf(html, t("s12.pdf"))
    frames = [scanify(raster(pdf, i, 150), rng, skew=-1.3, noise=3, bg=240) for i in range(1, pdf_pages(pdf) + 1)]
    frames[0].save(o("s12_tiff_marking.tif"), save_all=True, append_images=frames[1:], compression="jpeg",
                   quality=65, dpi=(150, 150))
    label("s12_tiff_marking.tif", "block", ["classified_marking"], [],
          "gray JPEG-in-TIFF (multi-page) scan of a Chromium 公文 with 份号 and 秘密★1年 at the top left of page 1, skew -1.3°")


def s13():
    rows, ids, _, _ = people(8, ["id", "addr"])
    intro = "".join(f"<p>{x}</p>" for x in BODY[:3])
    pdf = reportlab_pdf([rl_text("关于2026年度农村危房改造补助对象的公示", BODY[:3]),
                         rl_text("第二页", ["（本页为扫描件）"]),
                         rl_text("补充说明", BODY[3:6])], t("s13a.pdf"))
    scan_src = chromium_pdf(page_html("<h1>补助对象名单</h1>" + table_html(["序号", "姓名", "身份证号", "所在地"], rows)),
                            t("s13b.pdf"))
    scan = to_scan_pdf(scan_src, t("s13b-scan.pdf"), skew=1.0, q=64, crop=True)
    qpdf_pages(o("s13_mixed_scan_ids.pdf"), [(pdf, 1), (scan, 1), (pdf, 3)])
    label("s13_mixed_scan_ids.pdf", "block", ["id_card"], ids,
          "qpdf assembly: ReportLab text pages 1 and 3 (clean, with a text layer) and page 2 an image-only scan "
          "(img2pdf JPEG of a Chromium table, cropped, page the size of the scan) of a 身份证号 table")


def s14():
    html = ("<html><head><meta charset=utf-8></head><body>"
            '<p align="center"><font size="5"><b>江川市2026年重点工作任务分解方案</b></font></p>'
            + "".join(f"<p>　　{x}</p>" for x in BODY * 3) + "</body></html>")
    pdf = soffice_pdf(html, t("s14a.pdf"))
    att = gongwen_html(ORGS[0], "附件", "重点目标单位安全防范部署表", BODY[1:4], marking="机密★1年", fenhao="000041")
    att = att.replace('<div class="org">江川市人民政府办公室文件</div><div class="no">附件</div><hr class="red">',
                      '<p class="to" style="margin-top:6mm">附件</p>')
    src = chromium_pdf(att, t("s14b.pdf"))
    scan = to_scan_pdf(src, t("s14b-scan.pdf"), skew=-1.6, q=64)
    n = pdf_pages(pdf)
    qpdf_pages(o("s14_mixed_scan_marking.pdf"), [(pdf, i) for i in range(1, n + 1)] + [(scan, 1)])
    label("s14_mixed_scan_marking.pdf", "block", ["classified_marking"], [],
          f"qpdf assembly: {n} LibreOffice text pages (clean) and a last page scanned (image only): an 附件 with 份号 and "
          "机密★1年 at the top left of that page")


def s15():
    rows, ids, mobs, _ = people(7, ["id", "mob", "addr"])
    body = ("<h1>2026年度退役军人优待证申领人员花名册</h1>"
            + table_html(["序号", "姓名", "公民身份号码", "联系电话", "户籍地"], rows))
    pdf = chromium_pdf(page_html(body, "@page{size:A4 landscape;margin:18mm}"), t("s15.pdf"))
    im = raster(pdf, 1, 150).rotate(90, expand=True)
    im = scanify(im, rng, skew=0.5, noise=4, bg=238)
    j = save_jpeg(im, t("s15.jpg"), 65)
    img2pdf_wrap([j], o("s15_rot90_ids.pdf"))
    label("s15_rot90_ids.pdf", "block", ["id_card", "unreadable"], ids + mobs,
          "a landscape Chromium 花名册 (公民身份号码, 联系电话) scanned sideways: the JPEG on the portrait A4 page is turned "
          "90°, img2pdf. docs: turned pages are turned upright and still go to a person (unreadable.ocr_low_confidence)")


def s16():
    html = gongwen_html(ORGS[2], "青政发〔2026〕8号", "关于应急物资储备点调整的通知", BODY[:4],
                        marking="机密★3年", fenhao="000019")
    pdf = chromium_pdf(html, t("s16.pdf"))
    im = scanify(raster(pdf, 1, 150).rotate(180), rng, skew=1.0, noise=4, bg=236)
    save_jpeg(im, o("s16_rot180_marking.jpg"), 66)
    label("s16_rot180_marking.jpg", "block", ["classified_marking", "unreadable"], [],
          "JPEG of a Chromium 公文 fed upside down (180°): 份号 and 机密★3年 end up at the bottom right. docs: turned "
          "pages are read upright and still go to a person")


def s17():
    html = gongwen_html(ORGS[3], "江人社函〔2026〕4号", "关于公布2026年度技能人才评价机构名单的通知", BODY[1:6],
                        tail="<p class='to'>（此件公开发布）</p>")
    pdf = chromium_pdf(html, t("s17.pdf"))
    im = scanify(raster(pdf, 1, 150).rotate(180), rng, skew=0.6, noise=3, bg=240)
    j = save_jpeg(im, t("s17.jpg"), 66)
    img2pdf_wrap([j], o("s17_rot180_clean.pdf"))
    label("s17_rot180_clean.pdf", "review", ["unreadable"], [],
          "a clean public 通知 (此件公开发布) scanned upside down, img2pdf. Content is clean; docs say a turned page is "
          "turned and read but still goes to a person (unreadable.ocr_low_confidence), so review")


def s18():
    m = mobile(rng)
    left = "".join(f"<p>{x}</p>" for x in BODY[:4])
    right = "".join(f"<p>{x}</p>" for x in [
        "【基层动态】青林县桃源乡推行“帮办代办”服务，全年为群众代办事项1200余件。",
        "【工作提示】春季森林防火形势严峻，各地要落实巡护责任，严防野外用火。",
        f"【联系方式】本期简报编辑：县政府办综合科王某，手机{m}。",
        "【下期预告】全县营商环境评价结果分析。"])
    body = ('<h1>青林县政务信息简报</h1><p class="to" style="text-align:center">2026年第5期</p>'
            f'<div style="column-count:2;column-gap:10mm;font-size:12.5pt">{left}{right}</div>')
    pdf = chromium_pdf(page_html(body), t("s18.pdf"))
    to_scan_pdf(pdf, o("s18_twocol_mobile.pdf"), skew=1.1, q=64)
    label("s18_twocol_mobile.pdf", "review", ["mobile_phone"], [m],
          "Chromium two-column (CSS column-count:2) 简报 scanned (150 dpi gray, JPEG q65, img2pdf); the unmasked 手机 "
          "of the editor sits in the right column")


PORTAL = """<div style="background:#b3140e;color:#fff;padding:14px 24px;font:bold 26px 'Noto Sans CJK SC'">{site}</div>
<div style="background:#eee;padding:6px 24px;font:15px 'Noto Sans CJK SC';color:#333">首页 &gt; 政务公开 &gt; {crumb}</div>
<div style="padding:16px 30px;font-family:'Noto Sans CJK SC';font-size:16px;line-height:1.7">{body}</div>"""


def shot_page(site, crumb, body, css=""):
    return (f"<html><head><meta charset=utf-8><style>body{{margin:0;background:#fff}} table{{border-collapse:collapse;"
            f"width:100%;font-size:15px}} td,th{{border:1px solid #999;padding:4px 6px;text-align:center}} {css}</style>"
            f"</head><body>{PORTAL.format(site=site, crumb=crumb, body=body)}</body></html>")


def s19():
    rows, ids, mobs, _ = people(6, ["id", "mob"])
    body = ("<h2 style='text-align:center'>2026年公开招聘社区工作者拟聘用人员公示</h2>"
            "<p style='color:#666;text-align:center'>发布时间：2026-03-12　来源：东湖街道办事处</p>"
            + table_html(["序号", "姓名", "身份证号", "联系电话"], rows).replace("<table>", "<table style='width:100%'>"))
    chromium_shot(shot_page("江川市东湖街道办事处", "人事信息", body), o("s19_shot_gongshi.png"), 1000, 560)
    label("s19_shot_gongshi.png", "block", ["id_card", "mobile_phone"], ids + mobs,
          "Chromium screenshot (PNG, colour) of a portal page whose 公示 table shows 身份证号 and 联系电话 unmasked")


def s20():
    body = ("<div style='border:2px solid #c00;color:#c00;font-weight:bold;padding:6px 12px;display:inline-block'>"
            "仅供内部参考　请勿外传</div>"
            "<h2>关于2026年一季度信访形势的分析</h2>"
            + "".join(f"<p>{x}</p>" for x in [
                "一季度全市共受理群众来信来访1862件次，同比下降6.2%。",
                "反映问题主要集中在城乡建设、劳动保障和自然资源领域。",
                "下一步要加强源头治理，推动矛盾纠纷就地化解。"]))
    chromium_shot(shot_page("江川市协同办公平台", "通知公告", body).replace("#b3140e", "#1d4f91"),
                  o("s20_shot_oa_neibu.png"), 1000, 520)
    label("s20_shot_oa_neibu.png", "review", ["sensitive_term"], [],
          "Chromium screenshot of an OA page: a red boxed 仅供内部参考　请勿外传 above a 信访 analysis (README lists "
          "仅供内部参考 as a sensitive term)")


def s21():
    v = id_card(rng, "330106")
    im = draw_page([("遗失声明", 44, "center", lib.SANS_B), "",
                    "　　本人王丽娟不慎遗失江川市西湖区", "不动产权证书一本，证号：江（2025）",
                    "江川市不动产权第0012345号，", f"权利人身份证号：{v}，", "特此声明作废。", "",
                    ("声明人：王丽娟　　2026年3月6日", 30, "left", lib.SERIF)], fsz=34)
    im = im.crop((0, 60, 1240, 1000))
    im = scanify(im, rng, skew=-2.8, noise=7, bg=205, blur=0.5)
    save_jpeg(im, o("s21_photo_notice_id.jpg"), 60, dpi=150)
    label("s21_photo_notice_id.jpg", "block", ["id_card"], [v],
          "phone-photo look (PIL typeset, gray 205 background, skew -2.8°, blur, noise 7, JPEG q60) of a 遗失声明 with "
          "the 权利人身份证号 in a sentence")


def s22():
    v, m, c = id_card(rng, "510107"), mobile(rng), luhn(rng, "621700", 19)
    im = Image.new("L", (1240, 1100), 255)
    d = ImageDraw.Draw(im)
    d.text((620, 90), "江川市创业担保贷款申请登记表", font=font(lib.SANS_B, 40), fill=0, anchor="mm")
    cells = [("姓　　名", "陈建国"), ("性　　别", "男"), ("身份证号", v), ("手机号码", m),
             ("开户银行", "中国建设银行江川分行"), ("银行卡号", c), ("贷款金额", "200000元"), ("经营项目", "餐饮服务")]
    f = font(lib.SANS, 30)
    y = 160
    for k, val in cells:
        d.rectangle([120, y, 420, y + 80], outline=0, width=2)
        d.rectangle([420, y, 1120, y + 80], outline=0, width=2)
        d.text((150, y + 22), k, font=f, fill=0)
        d.text((450, y + 22), val, font=font(lib.SERIF, 30), fill=40)
        y += 80
    im = scanify(im, rng, skew=1.6, noise=5, bg=232)
    save_jpeg(im, o("s22_form_filled.jpg"), 66)
    label("s22_form_filled.jpg", "block", ["id_card", "mobile_phone", "bank_card"], [v, m, c],
          "PIL-drawn ruled 登记表 (label cell | value cell) with 身份证号, 手机号码, 银行卡号 (UnionPay 621700…, 19 digits) "
          "filled in; gray 232, skew 1.6°, JPEG q66")


def s23():
    c1, c2 = luhn(rng, "622202", 19), luhn(rng, "622848", 19)
    g = lambda c: " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    body = ("<h2 style='text-align:center'>关于退还多缴学费的公告</h2>"
            "<p>经核实，下列学生家长多缴费用已办理退还，请注意查收：</p>"
            f"<p>1. 学生李明轩家长，退款金额1,250.00元，收款银行卡号：{g(c1)}</p>"
            f"<p>2. 学生赵雨桐家长，退款金额980.00元，收款银行卡号：{g(c2)}</p>"
            "<p>如有疑问请于工作日拨打学校财务室电话0571-86023456。</p>")
    chromium_shot(shot_page("江川市第二实验小学", "通知公告", body), o("s23_shot_card_spaced.png"), 1000, 480)
    label("s23_shot_card_spaced.png", "block", ["bank_card"], [c1, c2],
          "Chromium screenshot of a school notice: two UnionPay cards after 银行卡号, printed in groups of four digits")


def s24():
    m = mobile(rng)
    grouped = f"{m[:3]} {m[3:7]} {m[7:]}"
    lines = [(70, 32, "关于市民来信反映问题的答复", 18, (0, 0, 0)), (26, 48, "张先生：", 14, (0, 0, 0))]
    paras = ["　　您于2026年2月20日来信反映的小区周边道路积水",
             "问题收悉。经现场核查，该路段排水管网存在淤堵情况，",
             "我局已安排养护单位于3月5日前完成疏通。今后如再遇",
             f"类似问题，可直接与承办人联系，联系电话：{grouped}",
             "（工作日9:00至17:00）。感谢您对城市管理工作的关心和支持。"]
    y = 60
    for p in paras:
        lines.append((26, y, p, 13, (0, 0, 0)))
        y += 9
    lines += [(120, y + 14, "江川市城市管理局", 14, (0, 0, 0)), (124, y + 23, "2026年3月1日", 14, (0, 0, 0))]
    pdf = reportlab_pdf([lines], t("s24.pdf"))
    to_scan_pdf(pdf, o("s24_letter_mobile_rl.pdf"), skew=-0.9, q=64, tool="gs", wrap="gs")
    label("s24_letter_mobile_rl.pdf", "review", ["mobile_phone"], [m],
          "ReportLab 答复 letter: the 承办人 mobile written grouped 3-4-4 with spaces; Ghostscript 150 dpi gray, JPEG q65, "
          "wrapped by Ghostscript")


def s25():
    org = ORGS[4]
    html = ("<html><head><meta charset=utf-8></head><body>"
            f'<p align="center"><font color="#d40000" size="7"><b>{org}文件</b></font></p>'
            '<p align="center">江交发〔2026〕14号</p><hr>'
            '<p align="center"><font size="5"><b>关于调整部分公交线路运营补贴标准的通知</b></font></p>'
            + "".join(f"<p>　　{x}</p>" for x in BODY[1:4]) +
            f'<p align="right">{org}<br>2026年3月8日</p><p>（此件不公开）</p></body></html>')
    pdf = soffice_pdf(html, t("s25.pdf"))
    to_scan_pdf(pdf, o("s25_cibugongkai_lo.pdf"), skew=1.3, q=64)
    label("s25_cibugongkai_lo.pdf", "review", ["sensitive_term"], [],
          "LibreOffice 公文 scanned (pdftoppm 150 gray, JPEG q65, img2pdf) whose 公开属性 line below the date reads "
          "（此件不公开）: README lists 此件不公开 as a sensitive term")


def s26():
    ps = [plate(rng, True) for _ in range(3)]
    shown = [ps[0], ps[1][:2] + "·" + ps[1][2:], ps[2]]
    body = ("<h1>关于新能源汽车充电车位违规占用情况的通报</h1>"
            + "".join(f"<p>{x}</p>" for x in [
                "近期，市停车管理中心对中心城区公共充电车位开展专项检查，发现部分车辆长时间占用充电车位。",
                f"其中号牌为{shown[0]}、{shown[1]}、{shown[2]}的车辆累计占用超过24小时，已依规处理。",
                "请广大车主文明停车，充电完成后及时驶离。"]))
    pdf = chromium_pdf(page_html(body), t("s26.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=-2.2, noise=5, bg=230)
    save_jpeg(im, o("s26_newenergy_plates.jpg"), 64)
    label("s26_newenergy_plates.jpg", "review", ["license_plate"], [],
          "JPEG scan (q64, skew -2.2°) of a Chromium 通报 naming three new-energy plates in a sentence, one with the "
          "middle dot (粤B·D12345 style)")


def s27():
    body = ('<table style="border:0;font-size:14pt"><tr><td style="border:0;text-align:left">密级：机密</td>'
            '<td style="border:0;text-align:right">编号：2026-031</td></tr></table>'
            "<h1>江川市重要目标防护方案审批表</h1>"
            + table_html(["项目", "内容"], [["申报单位", "江川市人民防空办公室"], ["方案名称", "重要经济目标防护方案"],
                                          ["审批意见", "同意"], ["审批时间", "2026年2月26日"]]))
    pdf = chromium_pdf(page_html(body), t("s27.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=0.9, noise=0, bg=244)
    save_png(im, o("s27_miji_field_form.png"))
    label("s27_miji_field_form.png", "block", ["classified_marking"], [],
          "PNG scan of a Chromium 审批表 headed 密级：机密 (left) and 编号 (right) above the title")


def s28():
    im = draw_page([("关于做好春季农业生产工作的通知", 40, "center", lib.SANS_B), "",
                    "　　各乡镇人民政府：当前正值春耕备耕关键时期，",
                    "各地要抓好种子化肥等农资供应，加强农田水利", "设施检修，确保不误农时。"], fsz=24)
    im = im.crop((0, 80, 1240, 700)).resize((620, 310))
    im = im.point(lambda v: 170 + v * 60 // 255)
    im = scanify(im, rng, skew=3.0, noise=14, bg=230, blur=2.2)
    save_jpeg(im, o("s28_blurred_unreadable.jpg"), 55, dpi=75)
    label("s28_blurred_unreadable.jpg", "review", ["unreadable"], [],
          "a tiny, badly blurred, washed-out photo (620x310, ~75 dpi, blur 2.2, noise 14, gray text on gray): OCR cannot "
          "read it with confidence; docs: unreadable.ocr_low_confidence → review (its content happens to be clean)")


def s29():
    rows = []
    ms = []
    for k, (pos, dep) in enumerate([("综合文字岗", "办公室"), ("财务会计岗", "计财科"), ("信息技术岗", "信息中心")]):
        m = mobile(rng)
        ms.append(m)
        rows.append([str(k + 1), pos, dep, "李老师" if k != 1 else "周老师", m])
    body = ("<h2 style='text-align:center'>2026年编外用工招聘岗位及咨询方式</h2>"
            + table_html(["序号", "岗位", "用人科室", "联系人", "咨询电话"], rows)
            + "<p>报名时间：2026年3月15日至3月22日。</p>")
    png = chromium_shot(shot_page("江川市卫生健康委员会", "人事招聘", body), t("s29.png"), 1000, 440)
    Image.open(png).convert("RGB").save(o("s29_webp_mobiles.webp"), "WEBP", quality=72)
    label("s29_webp_mobiles.webp", "review", ["mobile_phone"], ms,
          "WebP (q72) screenshot of a 招聘 page: the 咨询电话 column holds three personal mobiles")


def s30():
    lines = [(60, 34, "江川市2026年安全生产工作要点", 18, (0, 0, 0))]
    y = 50
    for p in BODY:
        lines.append((26, y, p[:28], 13, (0, 0, 0)))
        lines.append((26, y + 7.5, p[28:56], 13, (0, 0, 0)))
        y += 17
    pdf = reportlab_pdf([lines], t("s30a.pdf"))
    body = ('<p class="to" style="text-align:center;font-family:Noto Sans CJK SC;font-weight:bold">内部资料　注意保存</p>'
            "<h1>附件：重点企业隐患排查情况汇总</h1>"
            + table_html(["序号", "企业", "隐患数", "已整改"], [[str(i + 1), f"江川{n}有限公司", str(rng.randint(2, 9)),
                                                             str(rng.randint(1, 2))] for i, n in
                                                   enumerate(["化工", "建材", "机械", "纺织", "冶金"])]))
    src = chromium_pdf(page_html(body), t("s30b.pdf"))
    scan = to_scan_pdf(src, t("s30b-scan.pdf"), skew=-1.2, q=64, tool="gs")
    qpdf_pages(o("s30_mixed_scan_neibu.pdf"), [(pdf, 1), (scan, 1)])
    label("s30_mixed_scan_neibu.pdf", "review", ["sensitive_term"], [],
          "qpdf: a ReportLab text page (clean) then an image-only scanned 附件 whose first line is 内部资料　注意保存")


# ====================================================================== must pass

def s31():
    html = gongwen_html(ORGS[0], "江政办发〔2026〕15号", "关于进一步做好政务服务“一网通办”工作的通知", BODY,
                        tail="<p class='to'>（此件公开发布）</p>")
    pdf = chromium_pdf(html, t("s31.pdf"))
    to_scan_pdf(pdf, o("s31_notice_clean.pdf"), skew=1.5, q=64)
    label("s31_notice_clean.pdf", "pass", [], [],
          "clean public 公文 (red 发文机关标志, no 份号, no marking, 此件公开发布) scanned: 150 dpi gray, skew 1.5°, JPEG q70, img2pdf")


TRAINING = [
    "国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。",
    "根据《中华人民共和国保守国家秘密法》，国家秘密的密级分为绝密、机密、秘密三级。",
    "绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。",
    "国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
    "机关、单位应当坚持“上网不涉密，涉密不上网”，信息公开前必须依照规定进行保密审查。",
    "工作人员不得在私人交往和通信中涉及国家秘密，不得通过普通邮政、快递等无保密措施的渠道传递涉密载体。",
    "发现国家秘密已经泄露或者可能泄露时，应当立即采取补救措施并及时报告。",
]


def s32():
    html = ("<html><head><meta charset=utf-8></head><body>"
            '<p align="center"><font size="5"><b>保密知识培训讲义</b></font></p>'
            '<p align="center">江川市国家保密局　2026年3月</p>'
            + "".join(f"<p>　　{x}</p>" for x in TRAINING) + "</body></html>")
    pdf = soffice_pdf(html, t("s32.pdf"))
    to_scan_pdf(pdf, o("s32_training_lo.pdf"), skew=-1.0, q=64, tool="gs")
    label("s32_training_lo.pdf", "pass", [], [],
          "LibreOffice 保密知识培训讲义 (public training material quoting 保守国家秘密法: 绝密、机密、秘密 in sentences, "
          "保密期限), 2 pages, Ghostscript 150 dpi gray, JPEG q65, img2pdf")


def s33():
    paras = TRAINING[:3] + [
        "密级标志应当标注在公文首页左上角，例如“机密★10年”表示该文件为机密级，保密期限为十年。",
        "对外公开的政策解读、办事指南等材料，不应出现任何密级标志。"] + TRAINING[4:6]
    body = ('<h1>保密宣传教育月专题学习材料</h1>'
            f'<div style="column-count:2;column-gap:9mm;font-size:12pt">{"".join(f"<p>{x}</p>" for x in paras)}</div>')
    pdf = chromium_pdf(page_html(body), t("s33.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=0.8, noise=4, bg=240)
    save_jpeg(im, o("s33_training_twocol.jpg"), 68)
    label("s33_training_twocol.jpg", "pass", [], [],
          "two-column Chromium 学习材料 JPEG: the levels in sentences, and one sentence quoting “机密★10年” as an example "
          "mid-paragraph in the right column (docs only define a marking heading a page; a reviewer passes a quote)")


def s34():
    rows, _, _, _ = people(8, ["mid", "mmob", "money"])
    rows = [[r[0], r[1][0] + "某某" if len(r[1]) > 2 else r[1][0] + "某"] + r[2:] for r in rows]
    body = ('<h1>青林县2026年第一批困难群众临时救助名单公示</h1>'
            + table_html(["序号", "姓名", "身份证号", "联系电话", "救助金额（元）"], rows)
            + '<p style="margin-top:5mm">公示期：2026年3月1日至3月7日。监督电话：12345。</p>')
    pdf = chromium_pdf(page_html(body), t("s34.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=-0.7, noise=0, bg=245)
    save_png(im, o("s34_masked_gongshi.png"))
    label("s34_masked_gongshi.png", "pass", [], [],
          "the s08 公示 layout with names 张某某, IDs masked 6+8*+4 and mobiles 3+****+4, hotline 12345: compliant")


def building(sign=None):
    im = Image.new("RGB", (1000, 700), (150, 190, 230))
    d = ImageDraw.Draw(im)
    for yy in range(0, 380):
        c = 170 + yy // 8
        d.line([(0, yy), (1000, yy)], fill=(c - 40, c, 240))
    d.rectangle([0, 560, 1000, 700], fill=(105, 110, 100))
    d.rectangle([200, 170, 800, 580], fill=(205, 198, 185), outline=(120, 110, 100), width=3)
    d.polygon([(180, 175), (500, 95), (820, 175)], fill=(150, 60, 50))
    for row in range(4):
        for col in range(8):
            x, y = 235 + col * 70, 250 + row * 70
            d.rectangle([x, y, x + 40, y + 45], fill=(70, 100, 140), outline=(240, 240, 240), width=2)
    d.rectangle([450, 470, 550, 580], fill=(80, 60, 45))
    for tx in (80, 900):
        d.rectangle([tx - 8, 470, tx + 8, 580], fill=(90, 60, 30))
        d.ellipse([tx - 60, 360, tx + 60, 490], fill=(50, 120, 60))
    if sign:
        d.rectangle([250, 185, 750, 235], fill=(245, 245, 245), outline=(160, 20, 20), width=3)
        d.text((500, 210), sign, font=font(lib.SANS_B, 34), fill=(170, 20, 20), anchor="mm")
    return im


def s35():
    im = scanify(building("江川市政务服务中心"), rng, noise=3, bg=250)
    save_jpeg(im, o("s35_building_sign.jpg"), 72, dpi=96)
    label("s35_building_sign.jpg", "pass", [], [],
          "PIL 'photo' of a building with a public sign 江川市政务服务中心 (a news picture): nothing to hide. docs: a page "
          "read with mean confidence under 70 goes to a person; the sign is 9 large clean characters")


def s36():
    im = scanify(building(), rng, noise=3, bg=250)
    save_jpeg(im, o("s36_building_notext.jpg"), 72, dpi=96)
    label("s36_building_notext.jpg", "review", ["unreadable"], [],
          "PIL 'photo' of a building, no text at all. A reviewer would pass it, but README says a picture in which OCR "
          "reads nothing stays unreadable.ocr_low_confidence (a faint scan reads as nothing too): labelled by the docs")


def stats_rows():
    items = ["地区生产总值（亿元）", "规模以上工业增加值（亿元）", "固定资产投资（亿元）", "社会消费品零售总额（亿元）",
             "一般公共预算收入（万元）", "城镇常住居民人均可支配收入（元）", "农村常住居民人均可支配收入（元）", "年末户籍人口（人）"]
    rows = []
    for it in items:
        if "万元" in it:
            a = rng.randint(1_200_000, 3_900_000)
            rows.append([it, f"{a:,}", f"{rng.uniform(2, 9):.1f}"])
        elif "人）" in it:
            rows.append([it, f"{rng.randint(1_500_000, 2_600_000)}", f"{rng.uniform(-1, 1):.1f}"])
        elif "元）" in it:
            rows.append([it, f"{rng.randint(38000, 72000)}", f"{rng.uniform(4, 8):.1f}"])
        else:
            rows.append([it, f"{rng.uniform(200, 2600):.2f}", f"{rng.uniform(2, 9):.1f}"])
    return rows


def s37():
    body = ("<h1>2025年江川市国民经济主要指标</h1>" + table_html(["指标", "绝对数", "比上年增长（%）"], stats_rows())
            + "<p style='margin-top:5mm'>注：地区生产总值按现价计算，增长速度按不变价格计算。数据来源：江川市统计局。</p>")
    pdf = chromium_pdf(page_html(body), t("s37.pdf"))
    to_scan_pdf(pdf, o("s37_stats_scan.pdf"), skew=1.0, q=64)
    label("s37_stats_scan.pdf", "pass", [], [],
          "Chromium ruled statistics table (amounts up to 7 digits, 户籍人口 as a 7-digit count) scanned 150 dpi, img2pdf")


def s38():
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in stats_rows())
    html = ("<html><head><meta charset=utf-8></head><body>"
            '<p align="center"><font size="5"><b>青林县2025年1—12月主要经济指标</b></font></p>'
            f'<table border="1" cellpadding="4" width="100%"><tr><th>指标</th><th>本年累计</th><th>同比增长（%）</th></tr>{rows}'
            "</table><p>青林县统计局　2026年1月20日</p></body></html>")
    pdf = soffice_pdf(html, t("s38.pdf"))
    im = crop_content(raster(pdf, 1, 150, "gs"))
    im = scanify(im, rng, skew=-1.4, noise=3, bg=238)
    im.save(o("s38_stats_lo.tif"), compression="jpeg", quality=66, dpi=(150, 150))
    label("s38_stats_lo.tif", "pass", [], [],
          "LibreOffice statistics table, Ghostscript 150 dpi gray, JPEG-in-TIFF single page, skew -1.4°")


def s39():
    p1 = gongwen_html(ORGS[1], "江财发〔2026〕7号", "关于做好2026年政府采购意向公开工作的通知", BODY[:6],
                      tail="<p class='to'>（此件公开发布）</p>")
    pdf = chromium_pdf(p1, t("s39.pdf"))
    frames = []
    for i in range(1, pdf_pages(pdf) + 1):
        im = scanify(raster(pdf, i, 200), rng, skew=-0.6, noise=0, bg=255)
        frames.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    frames[0].save(o("s39_tiff_clean_g4.tif"), save_all=True, append_images=frames[1:], compression="group4", dpi=(200, 200))
    label("s39_tiff_clean_g4.tif", "pass", [], [],
          f"bilevel G4 TIFF ({len(frames)} page(s), 200 dpi) of a clean public 公文 with red 发文机关标志 (thresholded)")


def s40():
    pdf = soffice_pdf("<html><head><meta charset=utf-8></head><body>"
                      '<p align="center"><font size="5"><b>江川市2026年民生实事项目安排</b></font></p>'
                      + "".join(f"<p>　　{x}</p>" for x in BODY) + "</body></html>", t("s40a.pdf"))
    att = ("<h1>附件：民生实事项目清单</h1>" + table_html(["序号", "项目名称", "责任单位", "完成时限"], [
        ["1", "新建公办幼儿园5所", "市教育局", "2026年8月"], ["2", "改造老旧小区40个", "市住建局", "2026年11月"],
        ["3", "新增公共停车泊位3000个", "市城管局", "2026年12月"], ["4", "建设城市书房10家", "市文广旅体局", "2026年10月"],
        ["5", "老年食堂覆盖所有街道", "市民政局", "2026年12月"]]))
    src = chromium_pdf(page_html(att), t("s40b.pdf"))
    scan = to_scan_pdf(src, t("s40b-scan.pdf"), skew=1.2, q=64, crop=True)
    qpdf_pages(o("s40_mixed_clean.pdf"), [(pdf, 1), (scan, 1)])
    label("s40_mixed_clean.pdf", "pass", [], [],
          "qpdf: a LibreOffice text page and an image-only scanned page (Chromium project list, cropped); nothing to hide")


def s41():
    body = ("<h2>政务服务便民热线</h2><ul>"
            "<li>政务服务便民热线：12345</li><li>生态环境投诉举报：12369</li>"
            "<li>市政务服务中心咨询电话：0571-86012300</li><li>政府信息公开申请邮箱：xxgk@jiangchuan.gov.cn</li>"
            "<li>办公地址：江川市东湖路88号</li></ul>"
            "<h2>最新动态</h2><ul><li>2026-03-12　市政府召开第18次常务会议</li><li>2026-03-10　一季度重大项目集中开工</li>"
            "<li>2026-03-08　我市发布2026年民生实事项目清单</li></ul>")
    chromium_shot(shot_page("江川市人民政府门户网站", "联系我们", body), o("s41_shot_portal.png"), 1000, 600)
    label("s41_shot_portal.png", "pass", [], [],
          "Chromium screenshot of a portal page: hotlines 12345/12369, an agency landline and the 信息公开 mailbox "
          "(email is info only)")


def s42():
    body = ("<h1>江川市人民政府公告</h1><p class='to' style='text-align:center'>〔2026〕第3号</p>"
            + "".join(f"<p>{x}</p>" for x in [
                "为加强城市管理，保障重大活动期间道路交通安全，市政府决定，2026年4月1日至4月3日，"
                "对中心城区部分道路实施临时交通管制。", "具体管制路段和时间由市公安局交通警察支队另行发布。",
                "请广大市民和驾驶人提前规划出行路线，服从现场交通民警指挥。", "特此公告。"])
            + "<p class='sign'>江川市人民政府<br>2026年3月20日</p>")
    pdf = chromium_pdf(page_html(body), t("s42.pdf"))
    im = raster(pdf, 1, 150, gray=False).crop((0, 0, 1240, 1300))
    im = overlay(im, seal(230, "江川市人民政府", rng), (900, 690))
    im = scanify(im, rng, skew=-1.2, noise=3, bg=240)
    save_jpeg(im, o("s42_seal_gonggao.jpg"), 66)
    label("s42_seal_gonggao.jpg", "pass", [], [],
          "colour JPEG scan of a public 公告 with the red round seal of 江川市人民政府 printed over the signature and date")


def s43():
    html = gongwen_html(ORGS[2], "青政发〔2026〕11号", "关于印发青林县2026年国土绿化行动方案的通知", BODY[:5],
                        tail="<p class='to'>（此件公开发布）</p>", to="各乡镇人民政府，县政府各部门：")
    pdf = chromium_pdf(html, t("s43.pdf"))
    to_scan_pdf(pdf, o("s43_gongwen_public_gs.pdf"), skew=-1.8, q=64, tool="gs", wrap="gs", gray=False, bg=240)
    label("s43_gongwen_public_gs.pdf", "pass", [], [],
          "colour scan of a public 公文 (red 发文机关标志 and red line, 发文字号, no 份号/marking): Ghostscript png16m "
          "150 dpi, skew -1.8°, JPEG q64, wrapped by Ghostscript")


def s44():
    rows = [[str(i + 1), f"江川{n}有限公司", uscc(rng, rng.choice(["330106", "330102", "330110"])), lv]
            for i, (n, lv) in enumerate([("恒信建设", "A"), ("绿源环保科技", "A"), ("宏达物流", "B"),
                                         ("明远信息技术", "A"), ("顺和食品", "B"), ("新桥建材", "B")])]
    body = ("<h1>2025年度纳税信用A级、B级企业名单（部分）</h1>"
            + table_html(["序号", "纳税人名称", "统一社会信用代码", "信用级别"], rows))
    pdf = chromium_pdf(page_html(body), t("s44.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=0.5, noise=0, bg=246)
    save_png(im, o("s44_credit_codes.png"))
    label("s44_credit_codes.png", "pass", [], [],
          "PNG scan of a table of companies with their 统一社会信用代码 (GB 32100 check character valid): not findings")


def s45():
    lines = [(40, 32, "关于做好国家秘密定密管理工作的通知", 18, (0, 0, 0)), (26, 46, "各乡镇、各部门：", 14, (0, 0, 0))]
    paras = ["为进一步规范定密管理，根据保守国家秘密法及其实施条例，现就有关事项通知如下。",
             "一、各单位要严格落实定密责任人制度，依法确定密级、保密期限和知悉范围。",
             "二、对不再需要作为国家秘密的事项，要及时解密，解密后可依法公开。",
             "三、政府信息公开前，要依照规定严格进行保密审查。"]
    y = 58
    for p in paras:
        for k in range(0, len(p), 26):
            lines.append((26 if k else 33, y, p[k:k + 26], 13, (0, 0, 0)))
            y += 8.5
    lines += [(120, y + 12, "青林县保密委员会办公室", 13, (0, 0, 0)), (128, y + 20, "2026年3月5日", 13, (0, 0, 0))]
    pdf = reportlab_pdf([lines], t("s45.pdf"))
    to_scan_pdf(pdf, o("s45_title_secret_word_rl.pdf"), skew=1.4, q=64)
    label("s45_title_secret_word_rl.pdf", "pass", [], [],
          "near miss: ReportLab 通知 whose title at the very head of the page reads 关于做好国家秘密定密管理工作的通知 "
          "(a level word in a title, not a marking), scanned 150 dpi, img2pdf")


def s46():
    im = Image.new("L", (900, 600), 255)
    d = ImageDraw.Draw(im)
    d.text((450, 40), "2025年各季度政务服务办件量（万件）", font=font(lib.SANS_B, 28), fill=0, anchor="mm")
    d.line([(100, 520), (840, 520)], fill=0, width=2)
    d.line([(100, 100), (100, 520)], fill=0, width=2)
    vals = [38.6, 45.2, 51.7, 49.3]
    for i, v in enumerate(vals):
        x = 180 + i * 170
        h = int(v * 7)
        d.rectangle([x, 520 - h, x + 90, 520], fill=110)
        d.text((x + 45, 520 - h - 22), f"{v}", font=font(lib.SANS, 24), fill=0, anchor="mm")
        d.text((x + 45, 548), f"第{'一二三四'[i]}季度", font=font(lib.SANS, 24), fill=0, anchor="mm")
    for k in range(0, 61, 20):
        d.text((70, 520 - k * 7), str(k), font=font(lib.SANS, 20), fill=0, anchor="mm")
    im.save(o("s46_chart.png"), optimize=True)
    label("s46_chart.png", "pass", [], [],
          "PIL bar chart (a figure of a 统计公报): title, four values and axis labels, no personal data")


def s47():
    acct = "330501" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    body = ("<h1>江川市政务云运维服务项目中标结果公告</h1>"
            + "".join(f"<p>{x}</p>" for x in [
                "一、项目编号：JCZC-2026-0158", "二、中标供应商：江川明远信息技术有限公司",
                "三、中标金额：人民币1,860,000.00元", "四、履约保证金缴纳账户：",
                "户名：江川市公共资源交易中心", "开户银行：中国建设银行江川分行营业部",
                f"账号：{acct}", "五、公告期限：自本公告发布之日起1个工作日。"]))
    pdf = chromium_pdf(page_html(body), t("s47.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=-0.9, noise=4, bg=238)
    save_jpeg(im, o("s47_settlement_account.jpg"), 68)
    label("s47_settlement_account.jpg", "pass", [], [],
          "中标结果公告 JPEG with the 公共资源交易中心's 20-digit settlement 账号 after 开户银行 (README: a company's "
          "settlement account is not a card; 20 digits is also beyond a card's length)")


def s48():
    rows = [[str(i + 1), name(rng)[0] + "某某", "1" + rng.choice("3589") + "2026" + f"{rng.randint(0, 99999):05d}",
             rng.choice(["电工", "焊工", "育婴员", "养老护理员"]), rng.choice(["四级", "五级"])] for i in range(8)]
    body = ("<h1>2026年第一批职业技能等级认定合格人员名单</h1>"
            + table_html(["序号", "姓名", "证书编号", "职业（工种）", "等级"], rows))
    pdf = chromium_pdf(page_html(body), t("s48.pdf"))
    to_scan_pdf(pdf, o("s48_serial_numbers.pdf"), skew=0.7, q=64)
    label("s48_serial_numbers.pdf", "pass", [], [],
          "near miss: 11-digit 证书编号 beginning 13/15/18/19 in a column headed 编号 (README: not serial numbers), "
          "names masked 某某; scanned 150 dpi, img2pdf. docs speak of 编号 but not of a column heading on a scan")


def s49():
    left = "".join(f"<p>{x}</p>" for x in [
        "3月12日，市政府召开第18次常务会议，研究部署一季度经济运行和重大项目建设工作。",
        "会议强调，要坚持稳中求进工作总基调，抓紧抓实各项稳增长政策落地见效。"])
    right = "".join(f"<p>{x}</p>" for x in [
        "3月10日，全市一季度重大项目集中开工活动举行，共开工项目52个，总投资216亿元。",
        "本期编辑：市政府办公室信息科，电话：0571-86012318。"])
    body = ('<h1>江川政务信息</h1><p class="to" style="text-align:center">2026年第6期</p>'
            f'<div style="column-count:2;column-gap:10mm;font-size:13pt">{left}{right}</div>')
    pdf = chromium_pdf(page_html(body), t("s49.pdf"))
    im = crop_content(raster(pdf, 1, 150))
    im = scanify(im, rng, skew=-1.6, noise=4, bg=236)
    save_jpeg(im, o("s49_twocol_news.jpg"), 66)
    label("s49_twocol_news.jpg", "pass", [], [],
          "two-column Chromium 政务信息 JPEG with an agency landline (0571-…): compliant")


def s50():
    body = ("<h2 style='text-align:center'>关于2026年清明节期间祭扫服务安排的公告</h2>"
            "<p style='color:#666;text-align:center'>发布时间：2026-03-18　来源：江川市民政局</p>"
            + "".join(f"<p style='text-indent:2em'>{x}</p>" for x in [
                "为保障清明节期间群众祭扫平稳有序，现将有关事项公告如下：",
                "一、4月4日至4月6日，各公墓开放时间延长至18:00。",
                "二、倡导文明祭扫，推广网上祭扫、鲜花祭扫等方式。",
                "三、祭扫期间开通公交专线3条，具体线路见江川公交微信公众号。",
                "咨询电话：12345。"]))
    chromium_shot(shot_page("江川市民政局", "通知公告", body), o("s50_shot_news.jpg.png"), 1000, 560)
    Image.open(o("s50_shot_news.jpg.png")).convert("RGB").save(o("s50_shot_news.jpg"), "JPEG", quality=72)
    os.remove(o("s50_shot_news.jpg.png"))
    label("s50_shot_news.jpg", "pass", [], [],
          "Chromium screenshot of a public 公告 page saved as JPEG q72 (a screenshot re-saved by a chat app)")


if __name__ == "__main__":
    only = set(sys.argv[2:])
    for i in range(1, 51):
        f = globals()[f"s{i:02d}"]
        if only and f.__name__ not in only:
            # keep the random stream identical whatever is selected
            pass
        f()
        print(f.__name__, file=sys.stderr)
    json.dump(LABELS, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(T, ignore_errors=True)
