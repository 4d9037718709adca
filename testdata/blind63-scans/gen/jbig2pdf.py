"""A PDF of 1-bit scan pages, each an image XObject with /Filter /JBIG2Decode,
as copiers with a JBIG2 "compact PDF" mode write them.  jbig2enc is not
packaged here, so the JBIG2 stream is written by hand: the embedded
(PDF) organisation of ISO/IEC 14492 with a page information segment, one
immediate lossless generic region segment coded with MMR (GBMMR = 1, the
T.6 coding), and an end-of-page segment.  The MMR data is the CCITT Group 4
strip that libtiff writes for the same bitmap."""
import io
import struct
import subprocess
import tempfile
import os

from PIL import Image


def g4_strip(img1):
    """CCITT G4 data of a 1-bit image (one strip), black = ink."""
    with tempfile.TemporaryDirectory() as td:
        a = os.path.join(td, "a.tif")
        b = os.path.join(td, "b.tif")
        from PIL import ImageOps
        # ink as 1-bits, so that libtiff codes it as the black runs of T.6
        ImageOps.invert(img1.convert("L")).convert("1").save(a, compression="group4")
        subprocess.run(["tiffcp", "-c", "g4", "-r", str(img1.height + 1), a, b], check=True)
        t = Image.open(b)
        offs = t.tag_v2[273]
        cnts = t.tag_v2[279]
        photometric = t.tag_v2.get(262)
        fill = t.tag_v2.get(266, 1)
        assert len(offs) == 1, "expected one strip"
        assert fill == 1
        data = open(b, "rb").read()[offs[0]: offs[0] + cnts[0]]
        return data, photometric


EOP = False  # poppler rejects an end-of-page segment in an embedded stream; jbig2enc -p writes none


def seg(num, typ, data, page=1):
    return struct.pack(">IBBBI", num, typ & 0x3F, 0, page, len(data)) + data


def jbig2_stream(img1, dpi):
    w, h = img1.size
    mmr, photometric = g4_strip(img1)
    xr, yr = (dpi, dpi) if isinstance(dpi, int) else dpi
    pageinfo = struct.pack(">IIIIBH", w, h, int(xr / 0.0254), int(yr / 0.0254), 0, 0)
    region = struct.pack(">IIIIB", w, h, 0, 0, 0) + bytes([0x01]) + mmr
    return seg(0, 48, pageinfo) + seg(1, 39, region) + (seg(2, 49, b"") if EOP else b""), photometric


def write_pdf(path, pages, dpi):
    """pages: list of 1-bit PIL images; dpi: int or (x, y)."""
    xr, yr = (dpi, dpi) if isinstance(dpi, int) else dpi
    objs = []  # bytes of objects 1..n

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(b"")      # placeholder 1
    pages_id = add(b"")  # placeholder 2
    kids = []
    for img in pages:
        w, h = img.size
        stream, photometric = jbig2_stream(img, dpi)
        # JBIG2: 1 = black.  TIFF min-is-white G4 codes ink as black runs, the same.
        decode = b""
        im = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                 b"/BitsPerComponent 1 /Filter /JBIG2Decode%s /Length %d >>\nstream\n" % (w, h, decode, len(stream))
                 + stream + b"\nendstream")
        pw, ph = w * 72.0 / xr, h * 72.0 / yr
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (pw, ph)
        ct = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                 % (pages_id, pw, ph, im, ct))
        kids.append(pg)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer (KM-C450i Scan-to-PDF) /Creator (Copier) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    with open(path, "wb") as f:
        f.write(out.getvalue())
