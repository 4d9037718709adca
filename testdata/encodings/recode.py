#!/usr/bin/env python3
"""recode.py writes the fixtures of testdata/encodings: OOXML packages made
by real producers (LibreOffice 7.4; see ../README.md and
../../internal/extract/pptx/testdata/README.md) whose XML parts are
re-encoded, byte for byte the same text, in UTF-16 (with and without a
byte-order mark, little- and big-endian) or GB18030, as XML 1.0 and OPC
allow. Standard library only; the output is deterministic.

    python3 testdata/encodings/recode.py
"""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
PPTX = os.path.join(HERE, "..", "..", "internal", "extract", "pptx", "testdata")

# The XML members of a package take these encodings in turn, in archive
# order (docProps/core.xml excepted: GB18030, an 8-bit encoding only the
# declaration names).
CYCLE = ["utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-16be"]
LABEL = {"utf-16le-bom": "UTF-16", "utf-16be-bom": "UTF-16", "utf-16le": "UTF-16LE",
         "utf-16be": "UTF-16BE", "gb18030": "GB18030", "unknown": "x-mishen-unknown"}

DECL = re.compile(rb'^(<\?xml[^>]*?\sencoding\s*=\s*)(["\'])[^"\']*\2')


def is_xml(name):
    return name.lower().endswith((".xml", ".rels", ".vml"))


def encode(body, enc):
    """body (UTF-8 XML) in enc, its declaration saying so."""
    body = body.removeprefix(b"\xef\xbb\xbf")
    body = DECL.sub(lambda m: m.group(1) + b'"' + LABEL[enc].encode() + b'"', body, count=1)
    text = body.decode("utf-8")
    if enc == "utf-16le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if enc == "utf-16be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if enc in ("utf-16le", "utf-16be"):
        return text.encode(enc)
    if enc == "gb18030":
        return text.encode("gb18030")
    return body  # unknown: the bytes stay UTF-8, the declaration lies


def members(src):
    with zipfile.ZipFile(src) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def write(dst, entries):
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, body in entries:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    print(f"{os.path.basename(dst)}: {os.path.getsize(dst)} bytes")


def recode_all(src, dst):
    """Every XML member of src in UTF-16 (CYCLE), core.xml in GB18030."""
    out, i = [], 0
    for name, body in members(src):
        if is_xml(name):
            enc = "gb18030" if name == "docProps/core.xml" else CYCLE[i % len(CYCLE)]
            i += 1
            body = encode(body, enc)
        out.append((name, body))
    write(dst, out)


def recode_some(src, dst, encs, rename=None, edit=None):
    """The members named in encs in their encoding; rename moves members
    (and the references to them in XML); edit changes a member's UTF-8
    text, after which it is left as it is."""
    rename = rename or {}
    out = []
    for name, body in members(src):
        for old, new in rename.items():
            body = body.replace(old.encode(), new.encode()) if is_xml(name) else body
        if edit and name in edit:
            body = edit[name](body)
        elif name in encs:
            body = encode(body, encs[name])
        out.append((rename.get(name, name), body))
    write(dst, out)


def lone_surrogate(body):
    """body in UTF-16LE with a BOM, an unpaired surrogate before the
    first 通知 of its text: bytes that are not UTF-16."""
    enc = encode(body, "utf-16le-bom")
    mark = "通知".encode("utf-16-le")
    k = enc.index(mark)
    return enc[:k] + b"\x00\xd8" + enc[k:]


def main():
    recode_all(os.path.join(DOCS, "hidden_parts.docx"), os.path.join(HERE, "hidden_parts_utf16.docx"))
    recode_all(os.path.join(DOCS, "header_marking.docx"), os.path.join(HERE, "header_marking_utf16.docx"))
    recode_all(os.path.join(DOCS, "roster.xlsx"), os.path.join(HERE, "roster_utf16.xlsx"))
    recode_all(os.path.join(PPTX, "review.pptx"), os.path.join(HERE, "review_utf16.pptx"))
    # The workbook where only the relationships and the content types say
    # (xl/book.xml), the content types in UTF-16LE with a BOM.
    recode_some(os.path.join(DOCS, "roster.xlsx"), os.path.join(HERE, "book_partname_utf16.xlsx"),
                {"[Content_Types].xml": "utf-16le-bom"}, rename={"xl/workbook.xml": "xl/book.xml", "xl/_rels/workbook.xml.rels": "xl/_rels/book.xml.rels"})
    # A sheet whose declaration names an encoding nobody knows.
    recode_some(os.path.join(DOCS, "roster.xlsx"), os.path.join(HERE, "unknown_charset.xlsx"),
                {"xl/worksheets/sheet1.xml": "unknown"})
    # A body in UTF-16 that is broken: an unpaired surrogate.
    recode_some(os.path.join(DOCS, "header_marking.docx"), os.path.join(HERE, "bad_utf16.docx"),
                {"word/header1.xml": "utf-16be"}, edit={"word/document.xml": lone_surrogate})


if __name__ == "__main__":
    main()
