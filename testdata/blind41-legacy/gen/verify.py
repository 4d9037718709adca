#!/usr/bin/python3
"""Check that every labelled file opens in LibreOffice and holds its values where intended.

Each file is converted by LibreOffice to DOCX/XLSX/PPTX (what mishen documents for legacy
formats) or read as it is (OOXML, flat XML, text), and the strings below must be found in the
named parts.
"""
import json, os, re, subprocess, sys, zipfile, glob, shutil

CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
V = "/tmp/b41/verify"
shutil.rmtree(V, ignore_errors=True)
os.makedirs(V)
labels = json.load(open(os.path.join(CORPUS, "labels.json"), encoding="utf-8"))

# file -> list of (part regex, string that must be in that part's text)
EXTRA = {
    "w01_miji_banshou.doc": [("document", "机密★1年")],
    "w04_yemei_miji.doc": [("header", "秘密★2年"), ("!document", "秘密")],
    "w05_pizhu_id.doc": [("comments", None), ("!document", "ID")],
    "w06_yincang_shouji.doc": [("document", "w:vanish")],
    "w13_shuxing_id.doc": [("core", "ID"), ("!document", "ID")],
    "w14_yejiao_shouji.doc": [("footer", "MOB"), ("!document", "MOB")],
    "w15_xiuding_id.doc": [("document", "w:del ")],
    "r01_lo_yemei.rtf": [("header", "机密★")],
    "r04_uni_miji.rtf": [("document", "机密★5年")],
    "r07_hidden_v.rtf": [("document", "w:vanish")],
    "r08_pizhu_kahao.rtf": [("comments", "CARD"), ("!document", "CARD")],
    "x07_yincang_biao.xls": [("workbook", 'state="hidden"')],
    "x08_pizhu_shouji.xls": [("comments", "MOB")],
    "x14_dayin_yemei.xls": [("sheet", "秘密★1年")],
    "p01_miji_huibao.ppt": [("slide1", "秘密★1年")],
    "p02_beizhu_shouji.ppt": [("notesSlide", "MOB"), ("!slides/slide", "MOB")],
    "p04_neiwang.pps": [("slide", "oa.hbgov.intranet")],
    "w11_neiwang.wps": [("document", "10.21.4.15")],
    "x05_sheetjs_b2_neiwang.xls": [("", "192.168.12.30"), ("", "mail.hbcz.lan")],
    "o03_pydocx_yemei.dotm": [("header", "机密★2年")],
    "o08_lo_neiwang.potx": [("notesSlide", "10.1.8.20")],
    "o10_pydocx_vba.docm": [("vbaProject", None)],
    "f01_yemei_miji.fodt": [("header", "秘密★3年")],
    "f03_yincang_hang.fods": [("sheet", 'hidden="1"')],
    "f05_yincang_duan.odt": [("content.xml", 'text:display="none"')],
    "f07_beizhu_id.odp": [("notesSlide", "ID"), ("!slides/slide", "ID")],
    "m05_wordml_pizhu.doc": [("comments", "MOB")],
    "t03_gb18030_miji.txt": [("", "机密★1年")],
}


def conv(files, ext):
    if files:
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", os.path.join(V, ext)] +
                       [os.path.join(CORPUS, f) for f in files], capture_output=True)


def kind(f):
    e = f.rsplit(".", 1)[1]
    head = open(os.path.join(CORPUS, f), "rb").read(8)
    if e == "txt":
        return "text"
    if head.startswith(b"PK"):
        return "zip"
    if e in ("doc", "dot", "wps", "rtf", "odt", "fodt") or f.startswith("m0") and f.endswith(".xml") and "wordml" in f:
        return "docx"
    if e in ("xls", "xlt", "et", "ods", "fods") or f.endswith(".xml"):
        return "xlsx"
    if e in ("ppt", "pps", "dps", "odp"):
        return "pptx"
    return "?"


groups = {}
for l in labels:
    groups.setdefault(kind(l["file"]), []).append(l["file"])
for k in ("docx", "xlsx", "pptx"):
    conv(groups.get(k, []), k)


def parts_of(f):
    """{part name: text} for the converted or original file."""
    k = kind(f)
    p = os.path.join(CORPUS, f)
    if k == "text":
        raw = open(p, "rb").read()
        for enc in ("utf-16", "utf-8", "gb18030", "big5"):
            try:
                if enc == "utf-16" and raw[:2] not in (b"\xff\xfe", b"\xfe\xff"):
                    continue
                return {"text": raw.decode(enc)}
            except UnicodeDecodeError:
                pass
    if k != "zip":
        p = os.path.join(V, k, os.path.splitext(f)[0] + "." + k)
        if not os.path.exists(p):
            return None
    out = {}
    z = zipfile.ZipFile(p)
    for n in z.namelist():
        d = z.read(n)
        out[n] = d.decode("utf-8", "replace") if n.endswith((".xml", ".rels")) else ""
    # ODF zips are read raw too
    return out


def flat(s):
    return re.sub(r"<[^>]+>", "", s)


bad = 0
for l in labels:
    f = l["file"]
    if f.startswith("e0"):
        r = subprocess.run(["soffice", "--headless", "--convert-to", "txt", "--outdir", os.path.join(V, "enc"),
                            os.path.join(CORPUS, f)], capture_output=True, timeout=60)
        ok = not os.path.exists(os.path.join(V, "enc", os.path.splitext(f)[0] + ".txt")) or \
            os.path.getsize(os.path.join(V, "enc", os.path.splitext(f)[0] + ".txt")) == 0
        print(("ok  " if ok else "??  ") + f, "LibreOffice cannot read it" if ok else "LibreOffice read something")
        continue
    parts = parts_of(f)
    if parts is None:
        print("BAD", f, "did not convert"); bad += 1; continue
    probs = []
    alltext = "".join(flat(v) for v in parts.values())
    for v in l["raw_values"]:
        if v not in alltext:
            probs.append("missing raw " + v)
    ID = l["raw_values"][0] if l["raw_values"] else None
    for part, s in EXTRA.get(f, []):
        neg = part.startswith("!")
        part = part.lstrip("!")
        if s in ("ID", "MOB", "CARD"):
            s = ID
        names = [n for n in parts if re.search(part, n)] if part else list(parts)
        if s is None:
            hit = bool(names)
        else:
            hit = any(s in parts[n] or s in flat(parts[n]) for n in names)
        if hit == neg:
            probs.append(("found" if neg else "not found") + f" {s!r} in {part}")
    if l["expect_verdict"] == "pass":
        for m in re.findall(r"\d{15,19}|1[3-9]\d{9}", alltext):
            probs.append("long number in clean file: " + m)
    print(("BAD " if probs else "ok  ") + f, "; ".join(probs))
    bad += bool(probs)
print("bad", bad)
