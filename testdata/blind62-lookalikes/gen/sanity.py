#!/usr/bin/python3
"""Self-check: list every lookalike value in each file's extracted text (for the generator's author, not the tool)."""
import json, os, re, subprocess, zipfile, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from values import id_check, luhn_ok
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def text(f):
    p = os.path.join(OUT, f)
    if f.endswith(".pdf"):
        return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    if zipfile.is_zipfile(p):
        z = zipfile.ZipFile(p)
        return " ".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace")) for n in z.namelist() if n.endswith(".xml"))
    b = open(p, "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return b.decode("gb18030")
        except UnicodeDecodeError:
            return b.decode("latin-1")
for l in json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8")):
    t = text(l["file"])
    hits = []
    for m in re.finditer(r"(?<![0-9])[0-9]{11,24}[0-9Xx]?(?![0-9])", t):
        s = m.group()
        if len(s) == 11 and re.match(r"1[3-9]", s): hits.append("mob?" + s)
        if len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper(): hits.append("ID!" + s)
        if 16 <= len(s) <= 19 and s.isdigit() and luhn_ok(s): hits.append("luhn" + s)
    for m in re.finditer(r"\b(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)\b", t):
        hits.append("ip" + m.group())
    print(f"{l['expect_verdict']:6} {l['file']:36} {' '.join(hits)}")
