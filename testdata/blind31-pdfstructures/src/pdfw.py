"""Minimal hand PDF writer for blind31 (Type0 STSong-Light / UniGB-UCS2-H, with ToUnicode)."""
import zlib

def hx(s):  # text-showing operand for UniGB-UCS2-H
    return "<" + s.encode("utf-16-be").hex().upper() + ">"

def ps(s):  # PDF text string (UTF-16BE with BOM)
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"

def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return body17 + "10X98765432"[s % 11]

def luhn(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)

def tounicode():
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    rngs = ["<%02X00> <%02XFF> <%02X00>" % (i, i, i) for i in range(256) if not (0xD8 <= i <= 0xDF)]
    for k in range(0, len(rngs), 100):
        chunk = rngs[k:k+100]
        lines.append("%d beginbfrange" % len(chunk))
        lines += chunk
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()

class Doc:
    def __init__(self):
        self.objs = {}
        self.n = 0
        self.pages = []
        self.pages_ref = self.reserve()
        self._fontref = None

    def reserve(self):
        self.n += 1
        return self.n

    def add(self, body, num=None):
        if num is None:
            num = self.reserve()
        self.objs[num] = body.encode() if isinstance(body, str) else body
        return num

    def stream(self, dic, data, num=None, compress=True):
        if isinstance(data, str):
            data = data.encode()
        if compress:
            data = zlib.compress(data)
            dic = dic + " /Filter /FlateDecode"
        body = b"<< " + dic.encode() + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        return self.add(body, num)

    def font(self):
        if self._fontref:
            return self._fontref
        tu = self.stream("", tounicode())
        desc = self.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        cid = self.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
                       "/FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % desc)
        self._fontref = self.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                                 "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tu))
        return self._fontref

    def fontres(self):
        return "/Font << /F1 %d 0 R >>" % self.font()

    def page(self, content, res="", annots=None, extra="", mediabox="0 0 595 842", num=None):
        c = self.stream("", content)
        num = num or self.reserve()
        a = (" /Annots [%s]" % " ".join("%d 0 R" % x for x in annots)) if annots else ""
        self.add("<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources << %s %s >> /Contents %d 0 R%s %s >>"
                 % (self.pages_ref, mediabox, self.fontres(), res, c, a, extra), num)
        self.pages.append(num)
        return num

    def save(self, path, catalog="", info=None):
        self.add("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in self.pages), len(self.pages)), self.pages_ref)
        cat = self.add("<< /Type /Catalog /Pages %d 0 R %s >>" % (self.pages_ref, catalog))
        inf = self.add(info) if info else None
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        for k in sorted(self.objs):
            offs[k] = len(out)
            out += b"%d 0 obj\n" % k + self.objs[k] + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (self.n + 1)
        for k in range(1, self.n + 1):
            out += b"%010d 00000 n \n" % offs[k] if k in offs else b"0000000000 65535 f \n"
        out += b"trailer\n<< /Size %d /Root %d 0 R" % (self.n + 1, cat)
        if inf: out += b" /Info %d 0 R" % inf
        out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        open(path, "wb").write(bytes(out))

def text(x, y, s, size=12):
    return "BT /F1 %g Tf %g %g Td %s Tj ET\n" % (size, x, y, hx(s))

def body(title, lines, top=780, size=12):
    c = text(297 - len(title) * 9, top, title, 18)
    y = top - 40
    for ln in lines:
        c += text(72, y, ln, size)
        y -= 22
    return c
