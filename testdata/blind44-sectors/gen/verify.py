#!/usr/bin/python3
"""Sanity checks of the corpus without mishen: every raw value is in the file's text;
list the ID-, card- and mobile-shaped numbers of each file so the labels can be checked by eye."""
import html as htmlmod
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import id_check, luhn_ok

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "txt":
        b = open(path, "rb").read()
        try:
            return b.decode("utf-8")
        except UnicodeDecodeError:
            return b.decode("gb18030")
    if ext == "html":
        return htmlmod.unescape(open(path, encoding="utf-8").read())
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        return "\n".join(" | ".join("" if c is None else str(c) for c in r) for ws in wb for r in ws.iter_rows(values_only=True))
    if ext in ("doc", "xls"):
        tmp = "/tmp/b44verify"
        os.makedirs(tmp, exist_ok=True)
        target = "txt:Text (encoded):UTF8" if ext == "doc" else "csv:Text - txt - csv (StarCalc):44,34,76"
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/b44verify/prof", "--convert-to", target,
                        "--outdir", tmp, path], capture_output=True)
        base = os.path.join(tmp, os.path.basename(path).rsplit(".", 1)[0])
        for e in ("txt", "csv"):
            if os.path.exists(base + "." + e):
                return open(base + "." + e, encoding="utf-8", errors="replace").read()
    return ""


def shapes(t):
    out = []
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9])", t):
        v = m.group()
        if id_check(v[:17]) == v[17].upper():
            out.append("ID:" + v)
    for m in re.finditer(r"(?<![0-9])[0-9]{16,19}(?![0-9])", t):
        v = m.group()
        if luhn_ok(v):
            out.append("LUHN:" + v)
    for m in re.finditer(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", t):
        out.append("MOB:" + m.group())
    return out


labels = json.load(open(os.path.join(OUT, "labels.json")))
bad = 0
for l in labels:
    path = os.path.join(OUT, l["file"])
    t = text_of(path)
    if not t and not l["file"].endswith((".png", ".jpg")):
        print("NO TEXT", l["file"])
    t2 = re.sub(r"\s+", "", t)
    for v in l["raw_values"]:
        if t and v not in t and v not in t2:
            print("RAW MISSING", l["file"], v)
            bad += 1
    sh = shapes(t2 if l["file"].endswith(".pdf") else t)
    kinds = sorted(set(s.split(":")[0] for s in sh))
    print("%-42s %-6s %-40s %s" % (l["file"], l["expect_verdict"], ",".join(l["expect_categories"]), " ".join("%s×%d" % (k, sum(1 for s in sh if s.startswith(k))) for k in kinds)))
print("raw missing:", bad)
