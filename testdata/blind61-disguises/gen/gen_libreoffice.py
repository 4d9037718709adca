"""LibreOffice conversions (soffice --headless --convert-to) for blind61-disguises.
Sources (python-docx, openpyxl, HTML) are written to gen/lo_src/ and converted."""
import shutil, subprocess
from common import *
from docx import Document
from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "lo_src")
OUTD = os.path.join(ROOT, "libreoffice")
os.makedirs(OUTD, exist_ok=True)


def convert(src, target, final):
    tmp = os.path.join(HERE, "lo_tmp")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", target, "--outdir", tmp, src],
                   check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(":")[0]
    shutil.move(os.path.join(tmp, base + "." + ext), os.path.join(OUTD, final))
    return "libreoffice/" + final


def gongwen(path, first, header=None):
    d = Document()
    d.core_properties.author = "文书科"
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if first:
        d.add_paragraph(first)
    d.add_heading("关于2026年度全区重点区域安全防范工作的意见", level=1)
    for p in ["各镇（街道）、区级有关部门：", "为进一步加强重点区域安全防范，提出如下意见：",
              "一、加强重点区域人防、物防、技防建设。", "二、健全联防联控机制，定期会商研判。", "西湖区人民政府", "2026年3月16日"]:
        d.add_paragraph(p)
    d.save(path)


# l01 .doc: a level and its period with no star, full-width digit, on the first line
s = os.path.join(SRC, "l01_marking_nostar.docx"); gongwen(s, "秘密１年")
f = convert(s, "doc:MS Word 97", "l01_marking_nostar.doc")
label(f, "block", ["classified_marking"], [],
      "LibreOffice .doc (from a python-docx source); the first line is 秘密１年 — level and period with no star, full-width 1. README: 'a level and its period on a document's first line whatever its star (秘密1年)'; block.")

# l03 twin .doc
s = os.path.join(SRC, "l03_open_attribute.docx"); gongwen(s, "公开属性：主动公开")
f = convert(s, "doc:MS Word 97", "l03_open_attribute.doc")
label(f, "pass", [], [],
      "Twin of l01 as .doc: the first line is 公开属性：主动公开. No level word; metadata is info only.")

# l05 PDF of a document whose page header is a bare 【秘密】
s = os.path.join(SRC, "l05_header_bracket_level.docx"); gongwen(s, None, header="【秘密】")
f = convert(s, "pdf:writer_pdf_Export", "l05_header_bracket_level.pdf")
label(f, "block", ["classified_marking"], [],
      "LibreOffice PDF of a document whose page header is the bare level 【秘密】 (it prints at the top of the page, first line of the text layer). README classified_marking: 'a bare 秘密/秘密级/【秘密】 heading a document or in a page header'; block.")

# l06 twin PDF
s = os.path.join(SRC, "l06_header_bracket_open.docx"); gongwen(s, None, header="【主动公开】")
f = convert(s, "pdf:writer_pdf_Export", "l06_header_bracket_open.pdf")
label(f, "pass", [], [],
      "Twin of l05: the header is 【主动公开】, the document's disclosure attribute, no level. Nothing in findings.md applies.")

# l02 .docx from HTML: ID in full-width digits with spaces, in a table cell
v = V["ID_L02"]
idfw = g(fullwidth(v), [6, 8, 4])
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>公示</title></head><body>
<h1>上城区2026年公共租赁住房配租对象公示</h1>
<p>经审核，下列家庭符合公共租赁住房配租条件，现予公示：</p>
<table border="1"><tr><th>序号</th><th>申请人</th><th>身份证号码</th><th>家庭人口</th></tr>
<tr><td>1</td><td>曹文静</td><td>{idfw}</td><td>3</td></tr></table>
<p>公示期：2026年3月20日至3月26日。监督电话：0571-87801234</p></body></html>"""
s = os.path.join(SRC, "l02_id_fullwidth_table.html")
open(s, "w", encoding="utf-8").write(html)
f = convert(s, "docx:MS Word 2007 XML", "l02_id_fullwidth_table.docx")
label(f, "block", ["id_card"], [idfw, fullwidth(v), v],
      "LibreOffice DOCX converted from HTML; a table cell under 身份证号码 holds the ID in full-width digits grouped 6-8-4 with spaces. findings.md id_card: valid check digit, block; README: full-width folded to ASCII.")

# l04 .xls with a mobile column typed with spaces
m = V["M_L04"]
wb = Workbook(); ws = wb.active; ws.title = "名单"
ws.append(["2026年度河湖“民间河长”名单"])
ws.append(["序号", "河道", "民间河长", "手机号码"])
ws.append([1, "沿山河（紫金港路至古墩路段）", "施国华", g(m, [3, 4, 4])])
ws.append([2, "西溪河（文二西路段）", "区河长办", "0571-88971234"])
s = os.path.join(SRC, "l04_mobile_spaced.xlsx"); wb.save(s)
f = convert(s, "xls:MS Excel 97", "l04_mobile_spaced.xls")
label(f, "review", ["mobile_phone"], [g(m, [3, 4, 4]), m],
      "LibreOffice .xls (BIFF8, from an openpyxl source); a named 民间河长's mobile typed 152 6739 0418 under 手机号码. README: .xls converted and read like XLSX; findings.md mobile_phone grouped; review.")

shutil.rmtree(os.path.join(HERE, "lo_tmp"), ignore_errors=True)
dump_labels("libreoffice")
