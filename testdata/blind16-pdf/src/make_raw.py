"""Hand-written PDFs: Type 3 fonts whose glyphs are drawn by Helvetica, labels in STSong-Light."""
import os
import zlib
from common import ID, MOB, BUILD


def pdf(objs):
    """objs: list of bytes bodies, object 1 is the catalog. Returns a PDF with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def stream(data, extra=b""):
    z = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(z), extra) + z + b"\nendstream"


def ucs2(s):
    return b"<" + s.encode("utf-16-be").hex().upper().encode() + b">"


NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def type3_doc(name, digits_text, with_tounicode, label, title):
    # codes: glyph k is code 0x41+k ('A'..'K'); X is glyph 10.
    glyphs = list("0123456789X")
    gname = (lambda k: b"/g%d" % k) if not with_tounicode else (lambda k: b"/" + (NAMES[k] if k < 10 else "X").encode())
    # objects: 1 catalog, 2 pages, 3 page, 4 content, 5 T3 font, 6 Helvetica, 7 STSong, 8 CIDFont, 9 tounicode, 10.. charprocs
    charprocs = []
    for k, g in enumerate(glyphs):
        charprocs.append(stream(b"556 0 d0\nBT /H 1000 Tf 0 0 Td (%s) Tj ET\n" % g.encode()))
    cp_first = 10
    cps = b" ".join(gname(k) + b" %d 0 R" % (cp_first + k) for k in range(len(glyphs)))
    diffs = b"[65 " + b" ".join(gname(k) for k in range(len(glyphs))) + b"]"
    enc = lambda s: b"(" + bytes(0x41 + glyphs.index(ch) for ch in s) + b")"
    tu = b""
    if with_tounicode:
        cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                b"/CMapName /T3U def /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange\n%d beginbfchar\n" % len(glyphs)
                + b"".join(b"<%02X> <%04X>\n" % (0x41 + k, ord(g)) for k, g in enumerate(glyphs))
                + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n")
        tu = b" /ToUnicode 9 0 R"
    content = (b"BT /S 22 Tf 1 0 0 1 150 760 Tm " + ucs2(title) + b" Tj ET\n"
               b"BT /S 14 Tf 1 0 0 1 72 700 Tm " + ucs2("　　经审核，下列人员符合廉租住房租赁补贴条件，现予公示。") + b" Tj ET\n"
               b"BT /S 14 Tf 1 0 0 1 72 670 Tm " + ucs2(label) + b" Tj ET\n"
               b"BT /T 14 Tf 1 0 0 1 %d 670 Tm " % (72 + 14 * len(label)) + enc(digits_text) + b" Tj ET\n"
               b"BT /S 14 Tf 1 0 0 1 72 640 Tm " + ucs2("　　公示期自2026年12月7日起5个工作日。") + b" Tj ET\n")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /T 5 0 R /S 7 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 -200 1000 900] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << " + cps +
        b" >> /Encoding << /Type /Encoding /Differences " + diffs + b" >> /FirstChar 65 /LastChar %d /Widths [%s] /Resources << /Font << /H 6 0 R >> >>%s >>"
        % (65 + len(glyphs) - 1, b" ".join([b"556"] * len(glyphs)), tu),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [8 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>",
        stream(cmap) if with_tounicode else b"null",
    ] + charprocs
    with open(os.path.join(BUILD, name + ".pdf"), "wb") as f:
        f.write(pdf(objs))


# x01: Type 3 digits with a ToUnicode map; labels in STSong-Light.
type3_doc("x01_raw_type3_tounicode", ID[10], True, "　　申请人：冯建华，身份证号", "廉租住房租赁补贴公示")
# x02: the same glyphs named /g0../g9 with no ToUnicode: the text layer reads letters, the page shows the ID.
type3_doc("x02_raw_type3_no_cmap", ID[11], False, "　　申请人：褚明远，身份证号", "廉租住房租赁补贴公示")


def plain_doc(name, title, lines):
    content = b"BT /S 22 Tf 1 0 0 1 120 760 Tm " + ucs2(title) + b" Tj ET\n"
    y = 710
    for ln in lines:
        content += b"BT /S 14 Tf 1 0 0 1 72 %d Tm " % y + ucs2(ln) + b" Tj ET\n"
        y -= 28
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /S 5 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>",
    ]
    with open(os.path.join(BUILD, name + ".pdf"), "wb") as f:
        f.write(pdf(objs))


# x03: clean control: 国家秘密 and 秘密 as words in prose, a date like a number, a landline.
plain_doc("x03_raw_clean_prose", "关于政府信息公开申请的答复", [
    "　　你于20261125提交的政府信息公开申请收悉。",
    "　　经查，你申请公开的信息不属于国家秘密，也不涉及商业秘密和个人隐私，",
    "　　现予公开，详见附件。",
    "　　如对本答复不服，可依法申请行政复议。联系电话：0571-87057788。"])
