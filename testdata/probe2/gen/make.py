"""Builds probe2: python3 make.py OUTDIR WORKDIR.

Writes text and HTML directly, converts Flat ODF sources with LibreOffice
headless, replaces page 3 of one PDF with a scanned image, and writes
OUTDIR/labels.json.
"""
import json
import os
import shutil
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import lib  # noqa: E402
import docs_pass  # noqa: E402,F401
import docs_flag  # noqa: E402,F401

DOCS = common.DOCS
FILTERS = {
    "docx": ("fodt", "docx:MS Word 2007 XML"),
    "pdf": ("fodt", "pdf:writer_pdf_Export"),
    "xlsx": ("fods", "xlsx:Calc MS Excel 2007 XML"),
}


def run(*cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"make.py: {' '.join(cmd)} failed:\n{r.stdout}\n{r.stderr}")
    return r


XLINK = ' xmlns:xlink="http://www.w3.org/1999/xlink"'


def fodt_to_odt(flat, objects, path):
    """Repackages a Flat ODF text document from lib.fodt as a zipped .odt with
    embedded objects (LibreOffice does not load objects inlined in flat XML)."""
    cut = lambda a, b: flat[flat.index(a):flat.index(b) + len(b)]
    fonts = cut("<office:font-face-decls>", "</office:font-face-decls>")
    styles = cut("<office:styles>", "</office:styles>")
    auto = cut("<office:automatic-styles>", "</office:automatic-styles>")
    master = cut("<office:master-styles>", "</office:master-styles>")
    body = cut("<office:body>", "</office:body>")
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    ns = lib.NS + XLINK
    files = {
        "styles.xml": f'{head}<office:document-styles {ns} office:version="1.3">{fonts}{styles}{auto}{master}</office:document-styles>',
        "content.xml": f'{head}<office:document-content {ns} office:version="1.3">{fonts}{auto}{body}</office:document-content>',
    }
    entries = ['<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>',
               '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
               '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>']
    for name, xml in objects.items():
        files[f"{name}/content.xml"] = xml
        entries.append(f'<manifest:file-entry manifest:full-path="{name}/" '
                       'manifest:media-type="application/vnd.oasis.opendocument.chart"/>')
        entries.append(f'<manifest:file-entry manifest:full-path="{name}/content.xml" manifest:media-type="text/xml"/>')
    files["META-INF/manifest.xml"] = (f'{head}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                                      f'manifest:version="1.3">{"".join(entries)}</manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        for name, data in files.items():
            z.writestr(name, data)


def stem(name):
    return name.rsplit(".", 1)[0]


def main():
    out, work = sys.argv[1], sys.argv[2]
    src, conv = os.path.join(work, "src"), os.path.join(work, "out")
    os.makedirs(src, exist_ok=True)
    os.makedirs(conv, exist_ok=True)
    for f in os.listdir(out):
        if f.startswith("r") and f[1:3].isdigit() or f == "labels.json":
            os.remove(os.path.join(out, f))
    names = [d["file"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate file names"

    batches = {}
    for d in DOCS:
        k = d["kind"]
        if k in ("txt", "html"):
            with open(os.path.join(out, d["file"]), "wb") as f:
                f.write(d["src"].encode("utf-8"))
        else:
            ext, _ = FILTERS[k]
            if d.get("objects"):
                p = os.path.join(src, f"{stem(d['file'])}.odt")
                fodt_to_odt(d["src"], d["objects"], p)
            else:
                p = os.path.join(src, f"{stem(d['file'])}.{ext}")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(d["src"])
            batches.setdefault(k, []).append(p)
    profile = "file://" + os.path.join(work, "profile")
    for k, files in batches.items():
        run("soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--convert-to", FILTERS[k][1], "--outdir", conv, *files)
    for d in DOCS:
        if d["kind"] in FILTERS:
            shutil.copy(os.path.join(conv, f"{stem(d['file'])}.{d['kind']}"), os.path.join(out, d["file"]))

    for d in DOCS:
        if d.get("post") == "scanpage3":
            path = os.path.join(out, d["file"])
            run("pdftoppm", "-f", "3", "-l", "3", "-r", "60", "-gray", "-jpeg", "-jpegopt", "quality=45",
                path, os.path.join(work, "scan"))
            jpg = [f for f in os.listdir(work) if f.startswith("scan") and f.endswith(".jpg")][0]
            run("img2pdf", "-o", os.path.join(work, "scan.pdf"), os.path.join(work, jpg))
            tmp = path + ".plain"
            os.rename(path, tmp)
            run("qpdf", "--empty", "--pages", tmp, "1-2", os.path.join(work, "scan.pdf"), "1", "--", path)
            os.remove(tmp)

    labels = [{"file": d["file"], "expect_verdict": d["verdict"], "expect_categories": d["cats"],
               "raw_values": list(dict.fromkeys(v for v in d["raw"] if v)), "note": d["note"]} for d in DOCS]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    total = 0
    for d in DOCS:
        sz = os.path.getsize(os.path.join(out, d["file"]))
        total += sz
        if sz > 60_000 and not os.environ.get("P2_NOLIMIT"):
            sys.exit(f"make.py: {d['file']} is {sz} bytes (> 60 KB)")
    counts = {v: sum(1 for d in DOCS if d["verdict"] == v) for v in ("block", "review", "pass")}
    print(f"make.py: {len(DOCS)} files, {total} bytes; {counts}")


if __name__ == "__main__":
    main()
