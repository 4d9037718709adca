"""Helpers for the probe corpus: synthetic personal data and source writers.

Everything here is Python 3 standard library. All personal data is
synthetic: ID numbers carry a valid GB 11643 MOD 11-2 check digit, a real
birth date and a real region code; card numbers are Luhn-valid. The random
generator is seeded, so the values are the same on every run.
"""
import random
import struct
from xml.sax.saxutils import escape

RNG = random.Random(20250611)

# Real county-level region codes (GB/T 2260).
REGIONS = ["330106", "330102", "330110", "330203", "330302", "110105", "440305",
           "320102", "420106", "510107", "370102", "430104", "350102", "330782"]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_WEIGHTS)) % 11]


def make_id(region=None, year=None, month=None, day=None, seq=None):
    region = region or RNG.choice(REGIONS)
    year = year or RNG.randint(1955, 2003)
    month = month or RNG.randint(1, 12)
    day = day or RNG.randint(1, 28)
    seq = seq if seq is not None else RNG.randint(1, 999)
    s = f"{region}{year:04d}{month:02d}{day:02d}{seq:03d}"
    return s + id_check(s)


def make_bad_id(region=None, year=None, month=None, day=None, seq=None):
    """An ID-shaped 18-digit number whose check digit is wrong."""
    good = make_id(region, year, month, day, seq)
    digits = "0123456789"
    wrong = [c for c in digits if c != good[-1]]
    return good[:-1] + RNG.choice(wrong)


def make_id15(region=None, yy=None, month=None, day=None, seq=None):
    """A legacy 15-digit ID (region, yymmdd, sequence; no check digit)."""
    region = region or RNG.choice(REGIONS)
    yy = yy if yy is not None else RNG.randint(40, 79)
    month = month or RNG.randint(1, 12)
    day = day or RNG.randint(1, 28)
    seq = seq if seq is not None else RNG.randint(1, 999)
    return f"{region}{yy:02d}{month:02d}{day:02d}{seq:03d}"


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def make_card(prefix="622202", length=19):
    body = prefix + "".join(RNG.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def make_bad_card(prefix="622202", length=19):
    good = make_card(prefix, length)
    wrong = [c for c in "0123456789" if c != good[-1]]
    bad = good[:-1] + RNG.choice(wrong)
    assert not luhn_ok(bad)
    return bad


def make_digits_not_luhn(prefix, length):
    while True:
        s = prefix + "".join(RNG.choice("0123456789") for _ in range(length - len(prefix)))
        if not luhn_ok(s):
            return s


MOBILE_PREFIXES = ["138", "139", "135", "136", "137", "150", "151", "152", "157", "158", "159",
                   "182", "183", "187", "188", "198", "130", "131", "132", "155", "156", "185",
                   "186", "166", "175", "176", "133", "153", "180", "181", "189", "173", "177",
                   "199", "191", "195", "197"]


def make_mobile(prefix=None):
    prefix = prefix or RNG.choice(MOBILE_PREFIXES)
    return prefix + "".join(RNG.choice("0123456789") for _ in range(8))


def make_passport():
    return "E" + "".join(RNG.choice("0123456789") for _ in range(8))


def make_hk_permit():
    return "C" + "".join(RNG.choice("0123456789") for _ in range(8))


def mask_id(s):
    return s[:6] + "*" * (len(s) - 10) + s[-4:]


def mask_mobile(s):
    return s[:3] + "****" + s[-4:]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- Flat ODF

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')

FONT = "Noto Sans CJK SC"
FONT_DECLS = (f'<office:font-face-decls><style:font-face style:name="{FONT}" '
              f'svg:font-family="&apos;{FONT}&apos;"/></office:font-face-decls>')


def P(text, style=None):
    """A paragraph of plain text (escaped)."""
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{escape(text)}</text:p>"


def Praw(xml, style=None):
    """A paragraph whose content is already ODF markup."""
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{xml}</text:p>"


def paras(block, style=None):
    """One paragraph per non-empty line of block."""
    return "".join(P(line.strip(), style) for line in block.strip().splitlines() if line.strip())


def odt_table(rows, name="表格1", header=True):
    ncol = max(len(r) for r in rows)
    out = [f'<table:table table:name="{name}" table:style-name="Tbl">'
           f'<table:table-column table:number-columns-repeated="{ncol}"/>']
    for i, r in enumerate(rows):
        out.append("<table:table-row>")
        for c in r:
            st = "TH" if header and i == 0 else "TD"
            out.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                       f'<text:p text:style-name="{st}">{escape(c)}</text:p></table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def meta_xml(meta):
    if not meta:
        return ""
    out = ["<office:meta>"]
    if "title" in meta:
        out.append(f"<dc:title>{escape(meta['title'])}</dc:title>")
    if "subject" in meta:
        out.append(f"<dc:subject>{escape(meta['subject'])}</dc:subject>")
    if "description" in meta:
        out.append(f"<dc:description>{escape(meta['description'])}</dc:description>")
    for k in meta.get("keywords", []):
        out.append(f"<meta:keyword>{escape(k)}</meta:keyword>")
    if "creator" in meta:
        out.append(f"<meta:initial-creator>{escape(meta['creator'])}</meta:initial-creator>")
        out.append(f"<dc:creator>{escape(meta['creator'])}</dc:creator>")
    out.append("<meta:creation-date>2025-03-12T09:30:00</meta:creation-date>")
    out.append("</office:meta>")
    return "".join(out)


TEXT_STYLES = """
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="140%"/>
  <style:text-properties style:font-name="{font}" style:font-name-asian="{font}" fo:font-size="12pt"
   style:font-size-asian="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="18pt" style:font-size-asian="18pt"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="PBTitle" style:family="paragraph">
  <style:paragraph-properties fo:break-before="page" fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/>
 </style:style>
 <style:style style:name="Mark" style:family="paragraph">
  <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" style:font-name-asian="{font}"/>
 </style:style>
 <style:style style:name="TH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
 <style:style style:name="TD" style:family="paragraph"><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
 <style:style style:name="Hid" style:family="text"><style:text-properties text:display="none"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" fo:border="none" style:vertical-pos="top" style:horizontal-pos="left"/></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
   fo:margin-bottom="1.5cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
""".replace("{font}", FONT)


def fodt(body, header=None, footer=None, meta=None, tracked=None):
    """A Flat ODF text document. header/footer are paragraph markup;
    tracked is the content of <text:tracked-changes>."""
    master = '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
    if header:
        master += f"<style:header>{header}</style:header>"
    if footer:
        master += f"<style:footer>{footer}</style:footer>"
    master += "</style:master-page>"
    tc = f'<text:tracked-changes text:track-changes="true">{tracked}</text:tracked-changes>' if tracked else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">'
            f"{meta_xml(meta)}{FONT_DECLS}{TEXT_STYLES}"
            f"<office:master-styles>{master}</office:master-styles>"
            f"<office:body><office:text>{tc}{body}</office:text></office:body></office:document>\n")


SHEET_STYLES = """
<office:automatic-styles>
 <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="taH" style:family="table"><style:table-properties table:display="false"/></style:style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="ce1" style:family="table-cell">
  <style:text-properties style:font-name="{font}" style:font-name-asian="{font}"/></style:style>
</office:automatic-styles>
""".replace("{font}", FONT)


def _cell(c):
    """c: str | int/float | dict(v=..., num=bool, comment=str, span=int)."""
    if not isinstance(c, dict):
        c = {"v": c}
    v = c.get("v", "")
    span = f' table:number-columns-spanned="{c["span"]}"' if c.get("span") else ""
    ann = ""
    if c.get("comment"):
        ann = (f"<office:annotation><dc:creator>{escape(c.get('author', '经办人'))}</dc:creator>"
               f"<dc:date>2025-04-02T10:15:00</dc:date><text:p>{escape(c['comment'])}</text:p></office:annotation>")
    if v == "" and not ann:
        return f"<table:table-cell{span}/>"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (f'<table:table-cell{span} office:value-type="float" office:value="{v}">{ann}'
                f"<text:p>{v}</text:p></table:table-cell>")
    return (f'<table:table-cell{span} table:style-name="ce1" office:value-type="string">{ann}'
            f"<text:p>{escape(str(v))}</text:p></table:table-cell>")


def fods(sheets):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=set(), hidden_rows=set(), wide=set()).
    Rows are lists of cells (see _cell)."""
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{FONT_DECLS}{SHEET_STYLES}'
           "<office:body><office:spreadsheet>"]
    for sh in sheets:
        style = "taH" if sh.get("hidden") else "ta1"
        out.append(f'<table:table table:name="{escape(sh["name"])}" table:style-name="{style}">')
        ncol = max(sum(c.get("span", 1) if isinstance(c, dict) else 1 for c in r) for r in sh["rows"])
        for i in range(ncol):
            vis = ' table:visibility="collapse"' if i in sh.get("hidden_cols", set()) else ""
            co = "co2" if i in sh.get("wide", set()) else "co1"
            out.append(f'<table:table-column table:style-name="{co}"{vis}/>')
        for j, r in enumerate(sh["rows"]):
            vis = ' table:visibility="collapse"' if j in sh.get("hidden_rows", set()) else ""
            out.append(f"<table:table-row{vis}>" + "".join(_cell(c) for c in r) + "</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>\n")
    return "".join(out)


# ---------------------------------------------------------------- CFB (OLE2)

def cfb(streams, seed=7):
    """A minimal Compound File Binary (v3, 512-byte sectors) holding the given
    {name: bytes} streams at the root. Streams under 4096 bytes go into the
    mini stream, as the format requires."""
    SECT, MINI, CUTOFF = 512, 64, 4096
    FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    names = list(streams)
    small = [n for n in names if len(streams[n]) < CUTOFF]
    big = [n for n in names if len(streams[n]) >= CUTOFF]

    # Mini stream: small streams packed in 64-byte mini sectors.
    ministream = b""
    minifat = []
    mstart = {}
    for n in small:
        data = streams[n]
        cnt = (len(data) + MINI - 1) // MINI
        first = len(minifat)
        mstart[n] = first
        for k in range(cnt):
            minifat.append(first + k + 1 if k < cnt - 1 else END)
        ministream += data.ljust(cnt * MINI, b"\0")

    def nsect(nbytes):
        return (nbytes + SECT - 1) // SECT

    # Sector layout: [FAT][directory][miniFAT][mini stream...][big streams...]
    n_dir = 1
    n_minifat = nsect(len(minifat) * 4) if minifat else 0
    n_ms = nsect(len(ministream))
    big_sects = {n: nsect(len(streams[n])) for n in big}
    total_data = n_dir + n_minifat + n_ms + sum(big_sects.values())
    n_fat = 1
    while n_fat * 128 < n_fat + total_data:
        n_fat += 1
    fat = [FATSECT] * n_fat
    sect = n_fat

    def chain(count):
        nonlocal sect
        first = sect
        for k in range(count):
            fat.append(sect + 1 if k < count - 1 else END)
            sect += 1
        return first

    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat) if n_minifat else END
    ms_start = chain(n_ms) if n_ms else END
    bstart = {n: chain(big_sects[n]) for n in big}
    fat += [FREE] * (n_fat * 128 - len(fat))

    def dirent(name, typ, start, size, left=FREE, right=FREE, child=FREE):
        nm = (name + "\0").encode("utf-16-le") if name else b""
        e = nm.ljust(64, b"\0")
        e += struct.pack("<HBB", len(nm), typ, 1)
        e += struct.pack("<III", left, right, child)
        e += b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
        e += struct.pack("<IQ", start, size)
        assert len(e) == 128
        return e

    # Sort children by (length, upper name) and chain them as right siblings:
    # a degenerate but valid red-black-free tree that readers accept.
    kids = sorted(names, key=lambda n: (len(n), n.upper()))
    ents = [dirent("Root Entry", 5, ms_start, len(ministream), child=1 if kids else FREE)]
    for i, n in enumerate(kids):
        right = i + 2 if i + 1 < len(kids) else FREE
        start = mstart[n] if n in mstart else bstart[n]
        ents.append(dirent(n, 2, start, len(streams[n]), right=right))
    while len(ents) % 4:
        ents.append(b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", FREE, FREE, FREE)
                    + b"\0" * 36 + struct.pack("<IQ", 0, 0))
    dirdata = b"".join(ents)
    assert len(dirdata) <= SECT * n_dir

    hdr = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16
    hdr += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    hdr += struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, CUTOFF, minifat_start,
                       n_minifat, END, 0)
    difat = list(range(n_fat)) + [FREE] * (109 - n_fat)
    hdr += struct.pack("<109I", *difat)
    assert len(hdr) == 512

    body = struct.pack(f"<{len(fat)}I", *fat)
    body += dirdata.ljust(SECT * n_dir, b"\0")
    if n_minifat:
        mf = minifat + [FREE] * (n_minifat * 128 - len(minifat))
        body += struct.pack(f"<{len(mf)}I", *mf)
    body += ministream.ljust(n_ms * SECT, b"\0")
    for n in big:
        body += streams[n].ljust(big_sects[n] * SECT, b"\0")
    return hdr + body


def encrypted_ooxml(plain_size, seed=11):
    """What Word writes for a password-protected .docx: an OLE2 container with
    an Agile EncryptionInfo stream and an EncryptedPackage stream. The payload
    is random bytes of the right shape (nothing decrypts to the plaintext)."""
    import base64
    r = random.Random(seed)

    def b64(n):
        return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()

    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
           'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" '
           'xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">'
           f'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
           f'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{b64(16)}"/>'
           f'<dataIntegrity encryptedHmacKey="{b64(64)}" encryptedHmacValue="{b64(64)}"/>'
           '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
           f'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
           f'saltValue="{b64(16)}" encryptedVerifierHashInput="{b64(16)}" '
           f'encryptedVerifierHashValue="{b64(64)}" encryptedKeyValue="{b64(32)}"/>'
           '</keyEncryptor></keyEncryptors></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode("utf-8")
    padded = (plain_size + 4095) // 4096 * 4096
    package = struct.pack("<Q", plain_size) + bytes(r.randrange(256) for _ in range(padded))
    return cfb({"EncryptionInfo": info, "EncryptedPackage": package})
