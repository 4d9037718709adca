#!/usr/bin/python3
"""inpicture.py writes a notice of seven paragraphs of text with a picture
pasted among them (the PNG or JPEG given, 9 cm wide), as a flat ODF text for
LibreOffice (OUT.fodt) and as an HTML page for Chromium (OUT.html), so
that both print a PDF page whose text has its own text layer and whose
picture carries text only OCR can read.
Usage: inpicture.py PICTURE OUT (a .png or a .jpg)"""
import base64, sys
png = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
mime = "image/jpeg" if sys.argv[1].endswith(".jpg") else "image/png"
line = "关于做好政务公开工作的通知。各单位要按照要求，认真做好信息发布前的审查工作，确保发布内容准确、规范。"
paras = "".join(f"<text:p>{line}</text:p>" for _ in range(7))
open(sys.argv[2] + ".fodt", "w").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  {paras}
  <text:p><draw:frame draw:name="p" text:anchor-type="as-char" svg:width="9cm" svg:height="2.6cm">
   <draw:image><office:binary-data>{png}</office:binary-data></draw:image>
  </draw:frame></text:p>
  <text:p>以上为附件材料。</text:p>
 </office:text></office:body>
</office:document>
""")
open(sys.argv[2] + ".html", "w").write('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
    + "".join(f"<p>{line}</p>" for _ in range(6))
    + f'<img src="data:{mime};base64,{png}" style="width:9cm"><p>以上为附件材料。</p></body></html>')
