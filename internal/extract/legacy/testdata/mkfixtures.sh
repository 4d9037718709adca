#!/bin/sh
# mkfixtures.sh makes the legacy-format fixtures with LibreOffice: flat
# OpenDocument sources written here (so that a table cell holds the ID as
# text and the marking sits in a page header) are saved by soffice as
# .doc, .xls, .ppt, .rtf, .odt, .ods and .odp. hidden.doc and hidden.xls
# hold hidden text, a hidden row, a hidden column and a hidden sheet. macro.odt runs a Basic
# macro on load that would write /tmp/mishen-macro-ran. The WPS fixtures are those
# files under WPS Office's names: WPS writes the same OLE2 streams
# (WordDocument, Workbook, PowerPoint Document), so a renamed file takes
# the same path through the sniffer and the converter. corrupt.doc is
# document.doc with its streams overwritten. Run from this folder:
#   sh mkfixtures.sh
# The IDs are synthetic and check-digit valid.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ns='xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'

# document: marking in the page header, an ID in a table cell, a tracked
# deletion and a comment (to see what the conversion keeps).
cat > "$work/document.fodt" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<office:document $ns office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/><style:header-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>秘密★1年</text:p></style:header></style:master-page></office:master-styles>
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>审核人</dc:creator><dc:date>2024-03-01T10:00:00</dc:date></office:change-info><text:p>修订删除：320102197211081010</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p>关于开展年度工作检查的通知</text:p>
<text:p>各单位：现将有关事项通知如下。<text:change text:change-id="ct1"/>名单见下表。</text:p>
<table:table table:name="名单"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>身份证号</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>110101199003074514</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>请认真落实。<office:annotation><dc:creator>审核人</dc:creator><dc:date>2024-03-01T10:00:00</dc:date><text:p>批注：440306198506120038</text:p></office:annotation></text:p>
</office:text></office:body></office:document>
XML

cat > "$work/clean.fodt" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<office:document $ns office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>关于举办全民健身运动会的通知</text:p>
<text:p>为丰富群众文化生活，定于五月举办全民健身运动会，欢迎广大市民踊跃参加。</text:p>
</office:text></office:body></office:document>
XML

cat > "$work/workbook.fods" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<office:document $ns office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="名单">
<table:table-row><table:table-cell office:value-type="string"><text:p>秘密★1年</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>身份证号</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>110101199003074514</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
XML

cat > "$work/slides.fodp" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<office:document $ns office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:body><office:presentation><draw:page draw:name="p1">
<draw:frame svg:x="1cm" svg:y="1cm" svg:width="24cm" svg:height="6cm"><draw:text-box>
<text:p>秘密★1年</text:p><text:p>身份证号：110101199003074514</text:p>
</draw:text-box></draw:frame>
</draw:page></office:presentation></office:body></office:document>
XML

# hidden: text formatted hidden, a hidden row, a hidden column and a
# hidden sheet.
cat > "$work/hidden.fodt" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<office:document $ns office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style></office:automatic-styles>
<office:body><office:text><text:p>可见正文<text:span text:style-name="T1">隐藏文字440306198506120038</text:span></text:p></office:text></office:body></office:document>
XML

cat > "$work/hidden.fods" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<office:document $ns office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="公开"><table:table-column/><table:table-column table:visibility="collapse"/><table:table-row><table:table-cell office:value-type="string"><text:p>公开数据</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>隐藏列备注</text:p></table:table-cell></table:table-row><table:table-row table:visibility="collapse"><table:table-cell office:value-type="string"><text:p>隐藏行440306198506120038</text:p></table:table-cell></table:table-row></table:table>
<table:table table:name="隐藏表" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>隐藏表内容</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
XML

cat > "$work/macro.fodt" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" xmlns:ooo="http://openoffice.org/2004/office" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:scripts>
<office:script script:language="ooo:Basic"><ooo:libraries><ooo:library-embedded ooo:name="Standard"><ooo:module ooo:name="Module1"><ooo:source-code>Sub Main
Open "/tmp/mishen-macro-ran" For Output As #1
Print #1, "ran"
Close #1
End Sub
</ooo:source-code></ooo:module></ooo:library-embedded></ooo:libraries></office:script>
<office:event-listeners><script:event-listener script:language="ooo:script" script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document" xlink:type="simple"/></office:event-listeners>
</office:scripts>
<office:body><office:text><text:p>宏测试</text:p></office:text></office:body></office:document>
XML

conv() { # conv SRC FILTER OUTNAME
	soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
		--convert-to "$2" --outdir "$work/out" "$work/$1" >/dev/null 2>&1
	mv "$work/out/${1%.*}.${2%%:*}" "$3"
}
conv document.fodt 'doc:MS Word 97' document.doc
conv document.fodt 'rtf:Rich Text Format' document.rtf
conv document.fodt 'odt:writer8' document.odt
conv clean.fodt 'doc:MS Word 97' clean.doc
conv workbook.fods 'xls:MS Excel 97' workbook.xls
conv hidden.fodt 'doc:MS Word 97' hidden.doc
conv hidden.fods 'xls:MS Excel 97' hidden.xls
conv workbook.fods 'ods:calc8' workbook.ods
conv slides.fodp 'ppt:MS PowerPoint 97' slides.ppt
cp document.doc document.wps
cp workbook.xls workbook.et
# LibreOffice's .ppt is 450 KB of mostly one picture stream: it is kept
# gzipped (13 KB), and the tests read it as slides.ppt and slides.dps.
gzip -9n -c slides.ppt > slides.ppt.gz
rm slides.ppt
conv macro.fodt 'odt:writer8' macro.odt
# corrupt.doc: the OLE2 header and directory survive, the streams do not.
python3 - <<'PY'
data = bytearray(open("document.doc", "rb").read())
for i in range(1024, len(data) - 2048):
    data[i] = (i * 7) & 0xFF
open("corrupt.doc", "wb").write(bytes(data))
PY
ls -l
