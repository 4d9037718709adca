#!/usr/bin/python3
"""bent.py writes web pages of a notice with a picture drawn so that its
region of the printed page does not show its text as it is, for Chromium
to print to PDF: turned (a watermark at 35 degrees), seen through (a PNG
with an alpha channel at a third of its strength over the text), or
squeezed (a marking 14 cm wide and 0.9 cm high); with "baked" it writes
instead a flat ODF notice with the picture turned 30 degrees, or by
RADIANS (OUT.fodt), which LibreOffice prints as new, turned pixels.
Usage: bent.py PICTURE OUT turned|seen|squeezed|baked [RADIANS]"""
import base64, sys
png = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
line = "关于做好政务公开工作的通知。各单位要按照要求，认真做好信息发布前的审查工作，确保发布内容准确、规范。"
paras = "".join(f"<p>{line}</p>" for _ in range(8))
if sys.argv[3] == "baked":
    angle = sys.argv[4] if len(sys.argv) > 4 else "0.5236"
    body = "".join(f"  <text:p>{line}</text:p>\n" for _ in range(7))
    open(sys.argv[2] + ".fodt", "w").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
{body}  <text:p><draw:frame draw:name="p" text:anchor-type="paragraph" svg:width="9cm" svg:height="3cm"
    draw:transform="rotate ({angle}) translate (3cm 12cm)">
   <draw:image><office:binary-data>{png}</office:binary-data></draw:image>
  </draw:frame></text:p>
 </office:text></office:body>
</office:document>
""")
    sys.exit(0)
style = {
    "turned": "position:absolute;left:3cm;top:4cm;width:9cm;transform:rotate(-35deg)",
    "seen": "position:absolute;left:3cm;top:4cm;width:9cm;opacity:0.35",
    "squeezed": "width:14cm;height:0.9cm",
}[sys.argv[3]]
open(sys.argv[2] + ".html", "w").write('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
    + '<body style="position:relative;font-size:14pt">' + paras
    + f'<img src="data:image/png;base64,{png}" style="{style}"></body></html>')
