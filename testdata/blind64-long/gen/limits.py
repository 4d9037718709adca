"""Files just under and just over the reading limits the README names
(README "Isolation of parsers": 64 MiB per file, 256 MiB inflated per archive, inflate ratio 200 per
member (after 1 MiB), 10,000 zip entries, XML depth 256, 2,000 PDF pages, 32 M characters of text,
30 s per file; "A file over a limit is never passed: it is reported `unreadable`").
Also the HTML page's 256 `data:` files, a PDF's 64 attachments, 40-megapixel pictures and the
~40 scanned pages the 30 s budget covers.  All content is clean: the over-limit files are labelled
review/unreadable, the under-limit ones pass."""
import io, os, random, zipfile, zlib, urllib.parse
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from docx import Document
from common import Gen, OUT, cn

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
L = f"{OUT}/limits"
os.makedirs(L, exist_ok=True)


def pdf_pages(n, path):
    g = Gen(5000 + n)
    c = canvas.Canvas(path)
    c.setTitle("青溪统计年鉴2024（分县资料）")
    for p in range(1, n + 1):
        c.setFont("STSong-Light", 14)
        c.drawString(60, 790, f"青溪统计年鉴2024　第{p}页")
        c.setFont("STSong-Light", 11)
        y = 760
        for _ in range(3):
            s = g.sentence()
            c.drawString(60, y, s[:42]); y -= 18
        c.drawCentredString(297, 30, str(p))
        c.showPage()
    c.save()


def zip_entries(n, path):
    g = Gen(6000 + n)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(1, n + 1):
            z.writestr(f"公告/第{i:05d}号.txt", f"青溪市政务公开目录第{i}号\n{g.sentence()}\n".encode("utf-8"))


def noisy_text(nbytes, noise, seed):
    """Chinese report text; `noise` = share of lines that are fresh sentences (the rest repeat a block),
    which sets the deflate ratio."""
    g = Gen(seed)
    block = [g.sentence() for _ in range(40)]
    out, size, i = [], 0, 0
    r = random.Random(seed)
    while size < nbytes:
        line = g.sentence() if r.random() < noise else block[i % 40]
        i += 1
        out.append(line)
        size += len(line.encode()) + 1
    return ("\n".join(out) + "\n").encode("utf-8")[:nbytes]


def ratio(data):
    return len(data) / len(zlib.compress(data, 6))


def zip_one(path, name, data):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)


def zip_many(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)


def docx_depth(levels, path):
    """A DOCX whose clean paragraph sits inside `levels` nested block-level content controls
    (w:sdt/w:sdtContent: two XML levels each)."""
    g = Gen(7000 + levels)
    d = Document()
    d.add_heading("青溪市政务服务事项办事指南", level=1)
    for _ in range(5):
        d.add_paragraph(g.paragraph(4))
    b = io.BytesIO(); d.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    xml = zin.read("word/document.xml").decode()
    inner = f"<w:p><w:r><w:t>{g.paragraph(2)}</w:t></w:r></w:p>"
    nested = "<w:sdt><w:sdtContent>" * levels + inner + "</w:sdtContent></w:sdt>" * levels
    xml = xml.replace("<w:sectPr", nested + "<w:sectPr", 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in zin.infolist():
            z.writestr(item, xml.encode() if item.filename == "word/document.xml" else zin.read(item.filename))
    return 2 + 2 * levels + 3  # w:document, w:body, the sdt pairs, w:p/w:r/w:t


def docx_chars(nchars, path):
    """A DOCX of nchars characters of body text (paragraphs of ~300 characters)."""
    g = Gen(8000 + nchars // 1000000)
    d = Document()
    b = io.BytesIO(); d.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    xml = zin.read("word/document.xml").decode()
    block = [g.paragraph(5) for _ in range(20)]
    r = random.Random(nchars)
    parts, count, i = [], 0, 0
    while count < nchars:
        # a fresh paragraph one time in 25 keeps the deflate ratio well under 200
        p = g.paragraph(5) if r.random() < 0.04 else block[r.randrange(20)]
        p = p[: nchars - count]
        parts.append(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")
        count += len(p)
        i += 1
    body = "".join(parts)
    xml = xml.replace("<w:sectPr", body + "<w:sectPr", 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in zin.infolist():
            z.writestr(item, xml.encode() if item.filename == "word/document.xml" else zin.read(item.filename))
    data = xml.encode()
    return count, len(data), ratio(data[:20_000_000])


def html_inline(n, path):
    g = Gen(9000 + n)
    out = ["<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>青溪市政策文件附件说明汇总</title></head><body>",
           "<h1>青溪市政策文件附件说明汇总</h1>"]
    for i in range(1, n + 1):
        t = f"附件说明第{i}号：{g.sentence()}"
        href = "data:text/plain;charset=utf-8," + urllib.parse.quote(t)
        out.append(f"<p>{i}. <a href=\"{href}\">附件说明{i}</a>　{g.sentence()}</p>")
    out.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out))


def pdf_attachments(n, path):
    import pikepdf
    b = io.BytesIO(); c = canvas.Canvas(b)
    c.setFont("STSong-Light", 16); c.drawString(60, 780, "青溪市2024年度政府信息公开目录（附件汇编）")
    c.setFont("STSong-Light", 11); c.drawString(60, 750, f"本文件附有{n}个说明文件，请在附件面板中查看。")
    c.showPage(); c.save()
    pdf = pikepdf.open(io.BytesIO(b.getvalue()))
    g = Gen(9500 + n)
    for i in range(1, n + 1):
        data = f"附件{i}：青溪市政府信息公开目录说明\n{g.paragraph(3)}\n".encode("utf-8")
        pdf.attachments[f"fujian{i:03d}.txt"] = pikepdf.AttachedFileSpec(pdf, data, description=f"说明{i}", mime_type="text/plain")
    pdf.save(path)


def big_picture(w, h, path):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 120)
    g = Gen(w)
    y = 300
    d.text((300, y), "青溪市城市总体规划图（2021—2035年）", font=f, fill=0)
    for k in range(8):
        y += 220
        d.text((300, y), g.sentence()[:30], font=f, fill=0)
    im.save(path, optimize=True)


def scanned_pdf(npages, path):
    from PIL import Image, ImageDraw, ImageFont
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 30)
    g = Gen(9900 + npages)
    pages = []
    for p in range(1, npages + 1):
        im = Image.new("1", (1240, 1754), 1)  # A4 at 150 dpi, 1 bit
        d = ImageDraw.Draw(im)
        d.text((160, 150), f"青溪市2024年农村公路养护情况通报（第{p}页）", font=f, fill=0)
        y = 240
        text = g.paragraph(14)
        for i in range(0, len(text), 29):
            d.text((160, y), text[i:i + 29], font=f, fill=0); y += 52
            if y > 1600: break
        pages.append(im)
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=150)


if __name__ == "__main__":
    import sys
    what = sys.argv[1:] or ["pdfpages", "entries", "ratio", "total", "depth", "chars", "inline", "attach", "picture", "scan"]
    if "pdfpages" in what:
        pdf_pages(2050, f"{L}/L01_nianjian_2050pages_over_limit.pdf")
        pdf_pages(1990, f"{L}/L02_nianjian_1990pages_under_limit.pdf")
    if "entries" in what:
        zip_entries(10050, f"{L}/L03_zip_10050entries_over_limit.zip")
        zip_entries(9950, f"{L}/L04_zip_9950entries_under_limit.zip")
    if "ratio" in what:
        head = noisy_text(64 << 10, 0.5, 11)
        hi = head + " ".encode() * ((8 << 20) - len(head))  # an export padded with blanks: ratio near deflate's maximum
        lo = noisy_text(8 << 20, 0.02, 12)
        print("ratio over", round(ratio(hi)), "under", round(ratio(lo)))
        zip_one(f"{L}/L05_zip_member_ratio_over200.zip", "统计月报汇总.txt", hi)
        zip_one(f"{L}/L06_zip_member_ratio_under200.zip", "统计月报汇总.txt", lo)
    if "total" in what:
        mem = []
        for k in range(10):
            data = noisy_text(27 << 20, 0.02, 100 + k)
            mem.append((f"月报/2024年{k + 1:02d}月统计月报.txt", data))
        print("total inflated MiB", sum(len(d) for _, d in mem) >> 20, "ratio", round(ratio(mem[0][1])))
        zip_many(f"{L}/L07_zip_270MiB_inflated_over_limit.zip", mem)
    if "depth" in what:
        print("depth over", docx_depth(160, f"{L}/L08_docx_xml_depth325_over_limit.docx"))
        print("depth under", docx_depth(100, f"{L}/L09_docx_xml_depth205_under_limit.docx"))
    if "chars" in what:
        print("chars over", docx_chars(35_000_000, f"{L}/L10_docx_35M_chars_over_limit.docx"))
        print("chars under", docx_chars(30_000_000, f"{L}/L11_docx_30M_chars_under_limit.docx"))
    if "inline" in what:
        html_inline(262, f"{L}/L12_html_262_data_texts_over_limit.html")
        html_inline(250, f"{L}/L13_html_250_data_texts_under_limit.html")
    if "attach" in what:
        pdf_attachments(70, f"{L}/L14_pdf_70_attachments_over_limit.pdf")
        pdf_attachments(60, f"{L}/L15_pdf_60_attachments_under_limit.pdf")
    if "picture" in what:
        big_picture(7600, 5600, f"{L}/L16_png_42.6MP_over_limit.png")
    if "scan" in what:
        scanned_pdf(60, f"{L}/L17_scan_60pages_over_time_budget.pdf")
