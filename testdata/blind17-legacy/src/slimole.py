"""slimole drops the preview picture (PIDSI_THUMBNAIL) LibreOffice writes into a
legacy file's SummaryInformation and repacks the compound file with gsf createole,
so that a two-slide .ppt is tens of KB instead of 450 KB. Every other stream is
kept byte for byte."""
import os, shutil, struct, subprocess, sys, tempfile
import olefile


def strip_thumb(d):
    sec = struct.unpack_from("<I", d, 44)[0]
    size, count = struct.unpack_from("<II", d, sec)
    pairs = [struct.unpack_from("<II", d, sec + 8 + 8 * i) for i in range(count)]
    keep = [(pid, off) for pid, off in pairs if pid != 0x11]
    if len(keep) == len(pairs):
        return d
    body_start = 8 + 8 * count
    thumb_off = dict(pairs)[0x11]
    ends = sorted(off for _, off in pairs) + [size]
    thumb_end = next(e for e in ends if e > thumb_off)
    body = d[sec + body_start:sec + size]
    body = body[:thumb_off - body_start] + body[thumb_end - body_start:]
    shift = thumb_end - thumb_off
    new = []
    for pid, off in keep:
        off -= 8
        if off + 8 > thumb_off:
            off -= shift
        new.append((pid, off))
    nsize = 8 + 8 * len(new) + len(body)
    out = d[:sec] + struct.pack("<II", nsize, len(new)) + b"".join(struct.pack("<II", *x) for x in new) + body
    return out


def slim(path):
    o = olefile.OleFileIO(path)
    tmp = tempfile.mkdtemp()
    root = os.path.join(tmp, "root")
    os.mkdir(root)
    for entry in o.listdir(streams=True, storages=False):
        data = o.openstream(entry).read()
        if entry == ["\x05SummaryInformation"]:
            data = strip_thumb(data)
        dst = os.path.join(root, *entry)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        open(dst, "wb").write(data)
    o.close()
    names = sorted(os.listdir(root))
    out = os.path.abspath(path) + ".slim"
    subprocess.run(["gsf", "createole", out] + names, cwd=root, check=True, stdout=subprocess.DEVNULL)
    os.replace(out, path)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    for f in sys.argv[1:]:
        slim(f)
