#!/bin/sh
# Makes the fixtures of layout_spacing_test.go with real producers:
# letter-spaced IDs (LibreOffice fo:letter-spacing, written as the same
# TJ adjustment between every glyph; ReportLab setCharSpace, written as
# Tc) and level text four times the body size drawn over a body line
# (a LibreOffice page-anchored frame behind the text; ReportLab grey
# text drawn after the body). Needs soffice, /usr/bin/python3 with
# reportlab and fonts-noto-cjk. The ID is synthetic (check-digit valid,
# of no one).
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/spacing.fodt" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph">
 <style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="15pt" style:font-size-asian="15pt" fo:language="zh" fo:country="CN"/></style:default-style></office:styles>
<office:automatic-styles>
 <style:style style:name="LS" style:family="text"><style:text-properties fo:letter-spacing="0.08cm"/></style:style>
 <style:style style:name="WM" style:family="paragraph"><style:text-properties fo:color="#d0d0d0" fo:font-size="40pt" style:font-size-asian="40pt"/></style:style>
 <style:style style:name="bg" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="background" fo:border="none" draw:fill="none" draw:stroke="none"/></style:style>
 <style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm"/></office:master-styles>
<office:body><office:text>
<text:p><draw:frame draw:style-name="bg" draw:name="水印" text:anchor-type="page" text:anchor-page-number="1" svg:x="2cm" svg:y="2.3cm" svg:width="15cm" svg:height="3cm" draw:z-index="0"><draw:text-box><text:p text:style-name="WM">内部资料　注意保存</text:p></draw:text-box></draw:frame>关于做好年度政务公开工作的通知</text:p>
<text:p>各单位要认真落实政务公开工作要求，按时报送材料。</text:p>
<text:p>联系人身份证号 <text:span text:style-name="LS">110101199003074514</text:span> ，请核对。</text:p>
</office:text></office:body></office:document>
XML
(cd "$tmp" && soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf spacing.fodt >/dev/null 2>&1)
cp "$tmp/spacing.pdf" libreoffice_spacing.pdf
/usr/bin/python3 - <<'PY'
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas("reportlab_spacing.pdf", pageCompression=1)
c.setFont("STSong-Light", 12)
c.drawString(72, 760, "关于做好年度政务公开工作的通知")
c.drawString(72, 740, "各单位要认真落实政务公开工作要求，按时报送材料。")
t = c.beginText(72, 720)
t.setFont("STSong-Light", 13)
t.textOut("联系人身份证号：")
t.setCharSpace(6)
t.textOut("110101199003074514")
c.drawText(t)
c.drawString(72, 700, "第二行正文内容，请核对。")
c.setFillGray(0.8)
c.setFont("STSong-Light", 40)
c.drawString(90, 735, "内部资料　注意保存")
c.save()
PY
ls -l libreoffice_spacing.pdf reportlab_spacing.pdf
