#!/usr/bin/python3
"""picture.py writes flat ODF documents whose content is a scan pasted as a
picture (the PNG given), for LibreOffice to convert to DOCX and XLSX: a
text document of one line and the picture (OUT.fodt), and a spreadsheet of
one cell with the picture over the sheet (OUT.fods).
With "notice" after OUT it writes instead a notice of seven paragraphs
of text with the picture (a PNG or a JPEG) pasted among them, 9 cm wide,
as OUT.fodt and as an HTML page OUT.html, for LibreOffice and Chromium to
print a PDF page whose text has its own text layer and whose picture
carries text only OCR can read.
Usage: picture.py PICTURE OUT [notice]"""
import base64, sys
png = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
mime = "image/jpeg" if sys.argv[1].endswith(".jpg") else "image/png"
TEXT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
"""
if sys.argv[3:] == ["notice"]:
    line = "关于做好政务公开工作的通知。各单位要按照要求，认真做好信息发布前的审查工作，确保发布内容准确、规范。"
    paras = "".join(f"  <text:p>{line}</text:p>\n" for _ in range(7))
    open(sys.argv[2] + ".fodt", "w").write(f"""{TEXT_HEAD}{paras}  <text:p><draw:frame draw:name="p" text:anchor-type="as-char" svg:width="9cm" svg:height="2.6cm">
   <draw:image><office:binary-data>{png}</office:binary-data></draw:image>
  </draw:frame></text:p>
  <text:p>以上为附件材料。</text:p>
 </office:text></office:body>
</office:document>
""")
    open(sys.argv[2] + ".html", "w").write('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        + "".join(f"<p>{line}</p>" for _ in range(6))
        + f'<img src="data:{mime};base64,{png}" style="width:9cm"><p>以上为附件材料。</p></body></html>')
    sys.exit(0)
open(sys.argv[2] + ".fodt", "w").write(f"""{TEXT_HEAD}  <text:p>附件：</text:p>
  <text:p><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="16cm" svg:height="22.6cm">
   <draw:image><office:binary-data>{png}</office:binary-data></draw:image>
  </draw:frame></text:p>
 </office:text></office:body>
</office:document>
""")
open(sys.argv[2] + ".fods", "w").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet>
  <table:table table:name="附件">
   <table:shapes><draw:frame draw:name="scan" svg:x="1cm" svg:y="1cm" svg:width="16cm" svg:height="22.6cm">
    <draw:image><office:binary-data>{png}</office:binary-data></draw:image>
   </draw:frame></table:shapes>
   <table:table-row><table:table-cell office:value-type="string"><text:p>附件</text:p></table:table-cell></table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
""")
