#!/usr/bin/python3
"""mkfixtures.py writes the MHT fixtures with Python's email package, in
the shapes Word and Chromium give a web page saved as one file:

  word.mht     Word's "单个文件网页": MIME-Version first, a preamble, the
               page in GB2312 quoted-printable, header.htm (the page
               header, 秘密★6个月), filelist.xml, themedata.thmx, a PNG
               picture with a line of text, and the drawing's .emz;
               the body holds 机密★1年 and a synthetic ID in a table
  word_as.doc  the same bytes under .doc (Word's "Word document" web
               archive)
  clean.mht    Word's shape again, a clean notice with a landline
  blink.mhtml  Chromium's shape: From/Subject/Date first, the page in
               UTF-8 quoted-printable with a Content-ID and a URL, a
               style sheet, a base64 picture without text

Run from this folder: /usr/bin/python3 mkfixtures.py (needs Pillow and
fonts-noto-cjk for the picture). The ID is synthetic and check-digit
valid.
"""
import email.charset
import email.encoders
import email.generator
import io
import zipfile
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from PIL import Image, ImageDraw, ImageFont

ID = "110101199003074514"
email.charset.add_charset("gb2312", email.charset.QP, email.charset.QP, "gb2312")
email.charset.add_charset("utf-8", email.charset.QP, email.charset.QP, "utf-8")
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def picture(text, size=(360, 60)):
    img = Image.new("L", size, 255)
    if text:
        ImageDraw.Draw(img).text((10, 10), text, fill=0, font=ImageFont.truetype(FONT, 32))
    else:
        ImageDraw.Draw(img).ellipse((10, 10, size[0] - 10, size[1] - 10), outline=0, width=4)
    b = io.BytesIO()
    img.save(b, "PNG", optimize=True)
    return b.getvalue()


def part(maintype, subtype, data, location, encode=email.encoders.encode_base64):
    p = MIMEBase(maintype, subtype)
    del p["MIME-Version"]
    p.set_payload(data)
    encode(p)
    p["Content-Location"] = location
    return p


def html(text, location, charset):
    p = MIMEText(text, "html", charset)
    del p["MIME-Version"]
    p["Content-Location"] = location
    return p


def word(body, header, pic_text):
    base = "file:///C:/D2A3F1E0/file_files/"
    m = MIMEMultipart("related", boundary="----=_NextPart_01DB4C2A.5F3E1B70")
    ct = m["Content-Type"]
    del m["Content-Type"]
    del m["MIME-Version"]
    m["MIME-Version"] = "1.0"
    m["X-Document-Type"] = "Word.Document"
    m["Content-Type"] = ct
    m.preamble = "PREAMBLE"
    page = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
            "<meta name=ProgId content=Word.Document><meta name=Generator content=\"Microsoft Word 15\">"
            "<link rel=File-List href=\"file_files/filelist.xml\"><link rel=themeData href=\"file_files/themedata.thmx\">"
            "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>办公室</o:Author></o:DocumentProperties></xml><![endif]-->"
            "<style><!-- p.MsoNormal {margin:0cm; font-size:10.5pt;} @page WordSection1 {mso-header:url(\"file_files/header.htm\") h1;} --></style>"
            "</head><body lang=ZH-CN style='text-justify-trim:punctuation'><div class=WordSection1>\n"
            + body +
            "<p class=MsoNormal><!--[if gte vml 1]><v:shape id=Picture_1 type=\"#_x0000_t75\"><v:imagedata src=\"file_files/image001.emz\" o:title=\"\"/></v:shape><![endif]-->"
            "<![if !vml]><img width=360 height=60 src=\"file_files/image001.png\" v:shapes=\"Picture_1\"><![endif]></p>\n"
            "</div></body></html>\n")
    m.attach(html(page, "file:///C:/D2A3F1E0/file.htm", "gb2312"))
    if header:
        hdr = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body lang=ZH-CN>"
               "<div style='mso-element:header' id=h1><p class=MsoHeader>" + header + "</p></div>"
               "<div style='mso-element:footer' id=f1><p class=MsoFooter>第 1 页</p></div></body></html>\n")
        m.attach(html(hdr, base + "header.htm", "gb2312"))
    m.attach(part("image", "png", picture(pic_text), base + "image001.png"))
    m.attach(part("image", "x-emz", b"\x1f\x8b\x08\x00" + bytes(40), base + "image001.emz"))
    theme = io.BytesIO()
    with zipfile.ZipFile(theme, "w") as z:
        z.writestr("theme/theme/theme1.xml", "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office 主题\"/>")
    m.attach(part("application", "vnd.ms-officetheme", theme.getvalue(), base + "themedata.thmx"))
    fl = MIMEText("<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n <o:MainFile HRef=\"../file.htm\"/>\n"
                  " <o:File HRef=\"header.htm\"/>\n <o:File HRef=\"image001.png\"/>\n <o:File HRef=\"filelist.xml\"/>\n</xml>",
                  "xml", "utf-8")
    fl["Content-Location"] = base + "filelist.xml"
    m.attach(fl)
    return m


# Word writes the preamble in the document's code page.
PREAMBLE = "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。"


def write(name, msg):
    b = io.BytesIO()
    email.generator.BytesGenerator(b, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\r\n")
    data = b.getvalue().replace(b"PREAMBLE", PREAMBLE.encode("gb18030"), 1)
    open(name, "wb").write(data)
    return data


body = ("<p class=MsoNormal><span style='font-family:黑体'>机密★1年</span></p>\n"
        "<p class=MsoNormal align=center style='text-align:center'>关于开展年度检查工作的通知</p>\n"
        "<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>姓名</p></td><td><p class=MsoNormal>身份证号</p></td></tr>\n"
        "<tr><td><p class=MsoNormal>张三</p></td><td><p class=MsoNormal>" + ID + "</p></td></tr></table>\n")
data = write("word.mht", word(body, "秘密★6个月", "秘密★1年"))
open("word_as.doc", "wb").write(data)

clean = ("<p class=MsoNormal align=center style='text-align:center'>关于举办全民健身运动会的通知</p>\n"
         "<p class=MsoNormal>为丰富群众文化生活，定于五月举办全民健身运动会，欢迎广大市民踊跃参加。咨询电话：010-12345678。</p>\n")
write("clean.mht", word(clean, "", ""))

m = MIMEMultipart("related", boundary="----MultipartBoundary--Qm9dX2w1ZbEcV9wq1H2eLQ8FhSQUgZr3rbyyR3fNoz----")
del m["MIME-Version"]
m["From"] = "<Saved by Blink>"
m["Snapshot-Content-Location"] = "https://www.example.gov.cn/tzgg/202403/t20240301_1.html"
m["Subject"] = "=?utf-8?Q?=E5=85=B3=E4=BA=8E=E5=B9=B4=E5=BA=A6=E6=A3=80=E6=9F=A5?="
m["Date"] = "Fri, 1 Mar 2024 10:00:00 +0800"
m["MIME-Version"] = "1.0"
m.set_param("type", "text/html")
page = MIMEText("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>关于年度检查的通知</title>"
                "<link rel=\"stylesheet\" href=\"https://www.example.gov.cn/css/main.css\"></head><body>"
                "<div class=\"content\"><p>根据工作安排，现将有关事项通知如下。</p>"
                "<p>联系人：李四，身份证号 " + ID + "</p>"
                "<p style=\"display:none\">内部资料 注意保存</p>"
                "<img src=\"https://www.example.gov.cn/images/logo.png\" alt=\"标志\"></div></body></html>", "html", "utf-8")
page["Content-ID"] = "<frame-6E2F0B6A1C9F4D1F8B2B7C1E3D4A5F60@mhtml.blink>"
page["Content-Location"] = "https://www.example.gov.cn/tzgg/202403/t20240301_1.html"
m.attach(page)
css = MIMEText("body { font-family: sans-serif; }\n.content p { margin: 1em 0; }\n", "css", "utf-8")
css["Content-Location"] = "https://www.example.gov.cn/css/main.css"
m.attach(css)
m.attach(part("image", "png", picture(""), "https://www.example.gov.cn/images/logo.png"))
write("blink.mhtml", m)
