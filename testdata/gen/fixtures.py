#!/usr/bin/env python3
"""Helpers for testdata/make-fixtures.sh (Python 3 standard library only).

Subcommands:
    check SRC_DIR HTML_DIR        validate every synthetic value (GB 11643 check
                                  digit and birth date, Luhn, mobile prefix) and
                                  that each one sits in the source it belongs to
    text SRC_DIR OUT_DIR          gbk.txt (GBK) and utf8_bom.txt (UTF-8 + BOM)
    veryhidden XLSX SHEET         rewrite one sheet's state to veryHidden, which
                                  LibreOffice cannot write itself
    malformed DOCS_DIR OUT_DIR    the hostile and broken files of testdata/malformed
                                  (legacy.doc comes from soffice, not from here)

Everything here is deterministic: seeded randomness, fixed zip timestamps.
All personal data is synthetic and generated for these fixtures.
"""
import datetime
import io
import os
import random
import re
import struct
import subprocess
import sys
import zipfile
import zlib

# ---------------------------------------------------------------------------
# Synthetic values: (value, kind, source file that must contain it).

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

VALUES = [
    # value, kind, source
    ("330102197908254067", "id", "src/hidden_parts.fodt"),    # tracked deletion
    ("13957180246", "mobile", "src/hidden_parts.fodt"),       # hidden text
    ("330106198503121231", "id", "src/prose.fodt"),           # page 2 prose
    ("330183199201073112", "id", "src/roster.fods"),          # text cell C2
    ("330105198806302551", "id", "src/roster.fods"),          # text cell C3
    ("440305199512031670", "id", "src/roster.fods"),          # numeric cell C4
    ("33010619701118002X", "id", "src/roster.fods"),          # hidden row 5
    ("6217001234567890122", "card", "src/roster.fods"),
    ("6230580001234567892", "card", "src/roster.fods"),
    ("6225880123456783", "card", "src/roster.fods"),
    ("622848012345678900", "card", "src/roster.fods"),        # hidden row 5
    ("15867123456", "mobile", "src/roster.fods"),             # hidden sheet
    ("18912345670", "mobile", "src/roster.fods"),             # hidden sheet, numeric
    ("17705719876", "mobile", "src/roster.fods"),             # hidden sheet
    ("19857101234", "mobile", "src/roster.fods"),             # very hidden sheet
    ("13605718899", "mobile", "page.html"),                   # display:none
    ("2024033100000012345", "not_card", "src/clean.fods"),    # 19 digits, fails Luhn
]


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not 1900 <= int(s[6:10]) <= 2024:
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def cmd_check(src_root, html_root):
    bad = 0
    for value, kind, source in VALUES:
        if kind == "id":
            ok = id_ok(value)
        elif kind == "card":
            ok = value.isdigit() and 16 <= len(value) <= 19 and luhn_ok(value)
        elif kind == "not_card":
            ok = value.isdigit() and 16 <= len(value) <= 19 and not luhn_ok(value)
        elif kind == "mobile":
            ok = re.fullmatch(r"1[3-9]\d{9}", value) is not None
        else:
            ok = False
        root = html_root if not source.startswith("src/") else src_root
        path = os.path.join(root, source[4:] if source.startswith("src/") else source)
        with open(path, encoding="utf-8") as f:
            present = value in f.read()
        if not ok or not present:
            bad += 1
            print(f"fixtures.py: {kind} value #{VALUES.index((value, kind, source))} "
                  f"invalid={not ok} missing_from={'' if present else source}", file=sys.stderr)
    if bad:
        sys.exit(1)
    print(f"fixtures.py: {len(VALUES)} synthetic values valid")


# ---------------------------------------------------------------------------
# Plain text fixtures.

def cmd_text(src_dir, out_dir):
    with open(os.path.join(src_dir, "gbk.txt.in"), encoding="utf-8") as f:
        gbk = f.read()
    with open(os.path.join(out_dir, "gbk.txt"), "wb") as f:
        f.write(gbk.replace("\n", "\r\n").encode("gbk"))
    with open(os.path.join(src_dir, "utf8_bom.txt.in"), encoding="utf-8") as f:
        bom = f.read()
    with open(os.path.join(out_dir, "utf8_bom.txt"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + bom.encode("utf-8"))


# ---------------------------------------------------------------------------
# Zip helpers.

FIXED_TIME = (2024, 3, 1, 0, 0, 0)


def rewrite_zip(path, edit):
    """Rewrites the zip at path, passing each member's (name, data) through
    edit, keeping member order, compression and timestamps."""
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in members:
            out = zipfile.ZipInfo(info.filename, info.date_time)
            out.compress_type = info.compress_type
            out.external_attr = info.external_attr
            out.create_system = info.create_system
            zout.writestr(out, edit(info.filename, data))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def cmd_veryhidden(path, sheet):
    changed = []

    def edit(name, data):
        if name != "xl/workbook.xml":
            return data
        text = data.decode("utf-8")
        pat = re.compile(r'(<sheet name="%s"[^>]*?state=")hidden(")' % re.escape(sheet))
        text, n = pat.subn(r"\1veryHidden\2", text)
        changed.append(n)
        return text.encode("utf-8")

    rewrite_zip(path, edit)
    if changed != [1]:
        sys.exit(f"fixtures.py: sheet {sheet!r} not found hidden in {path}")


def member_data_span(path, name):
    """Returns (start, end) of the stored (compressed) bytes of a zip member."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        hdr = f.read(30)
    if hdr[:4] != b"PK\x03\x04":
        raise SystemExit(f"fixtures.py: no local header for {name} in {path}")
    name_len, extra_len = struct.unpack("<HH", hdr[26:30])
    start = info.header_offset + 30 + name_len + extra_len
    return start, start + info.compress_size


def flip(data, at, count=4):
    """Inverts count bytes of data starting at offset at."""
    b = bytearray(data)
    for i in range(at, at + count):
        b[i] ^= 0xFF
    return bytes(b)


def write_zip(path, members):
    """Writes members [(name, bytes, compress_type)] with fixed timestamps."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ctype in members:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = ctype
            z.writestr(info, data, compresslevel=9 if ctype == zipfile.ZIP_DEFLATED else None)


DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>').encode()
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>').encode()
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_zipbomb(path, size=1 << 30):
    """A docx whose word/document.xml inflates to size bytes of 'A' inside
    one w:t: the container is valid, the text is hostile."""
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {W_NS}><w:body><w:p><w:r><w:t>').encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    fill = size - len(head) - len(tail)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", DOCX_TYPES), ("_rels/.rels", DOCX_RELS)):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        info = zipfile.ZipInfo("word/document.xml", FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.file_size = size  # lets zipfile decide on zip64 up front
        chunk = b"A" * (1 << 20)
        with z.open(info, "w", force_zip64=False) as w:
            w.write(head)
            while fill > 0:
                n = min(fill, len(chunk))
                w.write(chunk[:n])
                fill -= n
            w.write(tail)


def make_nested(path, depth=100_000):
    """A docx whose word/document.xml nests depth w:customXml elements.
    A seeded one-hex-digit attribute keeps the deflate ratio near 60, so that
    the XML depth limit, not the zip ratio limit, is what stops a reader."""
    rng = random.Random(3)
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
             f'<w:document {W_NS}><w:body>']
    for _ in range(depth):
        parts.append('<w:customXml w:element="%x">' % rng.randrange(16))
    parts.append("<w:p><w:r><w:t>嵌套</w:t></w:r></w:p>")
    parts.append("</w:customXml>" * depth)
    parts.append("</w:body></w:document>")
    doc = "".join(parts).encode()
    write_zip(path, [("[Content_Types].xml", DOCX_TYPES, zipfile.ZIP_DEFLATED),
                     ("_rels/.rels", DOCX_RELS, zipfile.ZIP_DEFLATED),
                     ("word/document.xml", doc, zipfile.ZIP_DEFLATED)])


OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def make_ofdbomb(path, size=1 << 30):
    """An OFD (GB/T 33190) whose one page's Content.xml inflates to size
    bytes of spaces inside a TextCode: the package is valid, the page is
    hostile."""
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {OFD_NS} Version="1.0" DocType="OFD">'
           '<ofd:DocBody><ofd:DocInfo><ofd:DocID>bomb</ofd:DocID></ofd:DocInfo>'
           '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>').encode()
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {OFD_NS}>'
                '<ofd:CommonData><ofd:MaxUnitID>10</ofd:MaxUnitID><ofd:PageArea>'
                '<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>'
                '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
                '</ofd:Document>').encode()
    head = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {OFD_NS}><ofd:Content><ofd:Layer ID="2">'
            '<ofd:TextObject ID="3" Boundary="10 10 100 10" Font="4" Size="5">'
            '<ofd:TextCode X="0" Y="5">').encode()
    tail = b"</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"
    fill = size - len(head) - len(tail)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("OFD.xml", ofd), ("Doc_0/Document.xml", document)):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        info = zipfile.ZipInfo("Doc_0/Pages/Page_0/Content.xml", FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.file_size = size
        chunk = b" " * (1 << 20)
        with z.open(info, "w", force_zip64=False) as w:
            w.write(head)
            while fill > 0:
                n = min(fill, len(chunk))
                w.write(chunk[:n])
                fill -= n
            w.write(tail)


def make_nested_archive(path):
    """A zip holding a zip holding a text with a check-digit-valid ID (of
    no one): the inner archive is reported, never read, so the ID must not
    surface."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        info = zipfile.ZipInfo("名单.txt", FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, "姓名,身份证号\n张某某,110101199003074514\n".encode())
    write_zip(path, [("附件/内层.zip", inner.getvalue(), zipfile.ZIP_STORED),
                     ("说明.txt", "附件见压缩包。\n".encode(), zipfile.ZIP_DEFLATED)])


def make_manyentries(path, extra=20_000):
    """A minimal valid xlsx plus extra empty stored members with short names."""
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
             '</Types>').encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode()
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>').encode()
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>统计表</t></is></c></row>'
             '</sheetData></worksheet>').encode()
    members = [("[Content_Types].xml", types, zipfile.ZIP_DEFLATED),
               ("_rels/.rels", rels, zipfile.ZIP_DEFLATED),
               ("xl/workbook.xml", wb, zipfile.ZIP_DEFLATED),
               ("xl/_rels/workbook.xml.rels", wbrels, zipfile.ZIP_DEFLATED),
               ("xl/worksheets/sheet1.xml", sheet, zipfile.ZIP_DEFLATED)]
    members += [("x/%04x" % i, b"", zipfile.ZIP_STORED) for i in range(extra)]
    write_zip(path, members)


def pdf_page_contents(path, page):
    """Returns the object number of the content stream of a 1-based page,
    asking qpdf (the page's /Contents must be a single stream)."""
    out = subprocess.run(["qpdf", "--show-pages", path], check=True,
                         capture_output=True, text=True).stdout
    m = re.search(r"page %d: .*\n\s+content:\n\s+(\d+) 0 R\n" % page, out)
    if not m:
        raise SystemExit(f"fixtures.py: page {page} contents not found in {path}")
    return int(m.group(1))


def flip_pdf_stream(data, objnum):
    """Inverts 4 bytes in the middle of the stream data of object objnum."""
    m = re.search(rb"(?:^|[\r\n])%d 0 obj" % objnum, data)
    if not m:
        raise SystemExit(f"fixtures.py: object {objnum} not found")
    s = data.index(b"stream", m.end())
    s += len(b"stream")
    s += 2 if data[s:s + 2] == b"\r\n" else 1
    e = data.index(b"endstream", s)
    return flip(data, s + (e - s) // 2)


def cmd_malformed(docs, out):
    def read(name):
        with open(os.path.join(docs, name), "rb") as f:
            return f.read()

    def write(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)

    # truncated.docx: the first half of hidden_parts.docx (no central directory).
    d = read("hidden_parts.docx")
    write("truncated.docx", d[:len(d) // 2])

    # flipped.docx / flipped.xlsx: 4 bytes inverted in the middle of the
    # compressed body (word/document.xml, xl/worksheets/sheet1.xml) of the
    # clean fixtures, so every other member still reads.
    for src, member, dst in (("clean.docx", "word/document.xml", "flipped.docx"),
                             ("clean.xlsx", "xl/worksheets/sheet1.xml", "flipped.xlsx")):
        start, end = member_data_span(os.path.join(docs, src), member)
        write(dst, flip(read(src), start + (end - start) // 2))

    # flipped.pdf: 4 bytes inverted in the middle of page 1's content stream
    # of prose.pdf; page 2 (with the ID number) is intact.
    obj = pdf_page_contents(os.path.join(docs, "prose.pdf"), 1)
    write("flipped.pdf", flip_pdf_stream(read("prose.pdf"), obj))

    # truncated.pdf: the first half of prose.pdf (no xref, no trailer, no fonts).
    d = read("prose.pdf")
    write("truncated.pdf", d[:len(d) // 2])

    write("encrypted.pdf", read("encrypted.pdf"))
    write("scanned.pdf", read("scanned.pdf"))
    write("empty.pdf", b"")

    # notzip.docx: seeded random bytes, never starting with PK.
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(4096))
    write("notzip.docx", b"\x00" + junk[1:])

    # fake.png: a PNG signature and a 1x1 IHDR, then random bytes where the
    # IDAT and IEND chunks should be.
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    write("fake.png", b"\x89PNG\r\n\x1a\n" + chunk + bytes(rng.randrange(256) for _ in range(512)))

    make_zipbomb(os.path.join(out, "zipbomb.docx"))
    make_nested(os.path.join(out, "nested.docx"))
    make_manyentries(os.path.join(out, "manyentries.xlsx"))
    make_ofdbomb(os.path.join(out, "ofdbomb.ofd"))
    make_nested_archive(os.path.join(out, "nested_archive.zip"))


def main(argv):
    cmds = {"check": (cmd_check, 2), "text": (cmd_text, 2),
            "veryhidden": (cmd_veryhidden, 2), "malformed": (cmd_malformed, 2)}
    if len(argv) < 2 or argv[1] not in cmds or len(argv) - 2 != cmds[argv[1]][1]:
        sys.exit(__doc__)
    fn, _ = cmds[argv[1]]
    fn(*argv[2:])


if __name__ == "__main__":
    main(sys.argv)
