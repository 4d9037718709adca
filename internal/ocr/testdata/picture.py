#!/usr/bin/python3
"""picture.py writes flat ODF documents whose content is a scan pasted as a
picture (the PNG given), for LibreOffice to convert to DOCX and XLSX: a
text document of one line and the picture (OUT.fodt), and a spreadsheet of
one cell with the picture over the sheet (OUT.fods).
Usage: picture.py PNG OUT"""
import base64, sys
png = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
open(sys.argv[2] + ".fodt", "w").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:p>附件：</text:p>
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
