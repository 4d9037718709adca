"""Builds the probe corpus: python3 make.py OUTDIR WORKDIR.

Writes text and HTML directly, Flat ODF sources into WORKDIR, converts them
with LibreOffice headless, post-processes (encryption, scanned pages,
truncation, containers) and writes OUTDIR/labels.json.
"""
import json
import os
import shutil
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402
import docs_block  # noqa: E402
import docs_review  # noqa: E402
import docs_pass  # noqa: E402

DOCS = docs_block.DOCS + docs_review.DOCS + docs_pass.DOCS

FILTERS = {
    "docx": ("fodt", "docx:MS Word 2007 XML"),
    "pdf": ("fodt", "pdf:writer_pdf_Export"),
    "doc": ("fodt", "doc:MS Word 97"),
    "xlsx": ("fods", "xlsx:Calc MS Excel 2007 XML"),
    "xls": ("fods", "xls:MS Excel 97"),
}


def run(*cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"make.py: {' '.join(cmd)} failed:\n{r.stdout}\n{r.stderr}")
    return r


def stem(name):
    return name.rsplit(".", 1)[0]


def main():
    out, work = sys.argv[1], sys.argv[2]
    src = os.path.join(work, "src")
    conv = os.path.join(work, "out")
    os.makedirs(src, exist_ok=True)
    os.makedirs(conv, exist_ok=True)
    for f in os.listdir(out):
        if f.startswith("q") and f[1:3].isdigit() or f == "labels.json":
            os.remove(os.path.join(out, f))

    names = [d["file"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate file names"

    batches = {}
    for d in DOCS:
        k = d["kind"]
        if k in ("txt", "html"):
            enc = d.get("encoding", "utf-8")
            if enc == "utf-16":
                data = b"\xff\xfe" + d["src"].encode("utf-16-le")
            else:
                data = d["src"].encode(enc)
            with open(os.path.join(out, d["file"]), "wb") as f:
                f.write(data)
        elif k in FILTERS:
            ext, _ = FILTERS[k]
            p = os.path.join(src, f"{stem(d['file'])}.{ext}")
            with open(p, "w", encoding="utf-8") as f:
                f.write(d["src"])
            batches.setdefault(k, []).append(p)

    profile = "file://" + os.path.join(work, "profile")
    for k, files in batches.items():
        _, flt = FILTERS[k]
        run("soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--convert-to", flt, "--outdir", conv, *files)

    for d in DOCS:
        k = d["kind"]
        if k in FILTERS:
            shutil.copy(os.path.join(conv, f"{stem(d['file'])}.{k}"), os.path.join(out, d["file"]))

    # Post-processing.
    for d in DOCS:
        post = d.get("post")
        path = os.path.join(out, d["file"])
        if not post:
            continue
        if post == "ownerpw":
            tmp = path + ".plain"
            os.rename(path, tmp)
            run("qpdf", "--encrypt", "", "owner-pw-2025", "128", "--use-aes=y", "--print=full",
                "--modify=none", "--extract=n", "--", tmp, path)
            os.remove(tmp)
        elif post == "userpw":
            shutil.copy(path, os.path.join(work, "plain_for_zip.pdf"))
            tmp = path + ".plain"
            os.rename(path, tmp)
            run("qpdf", "--encrypt", "xh2025", "owner-pw-2025", "256", "--", tmp, path)
            os.remove(tmp)
        elif post == "scanpage2":
            run("pdftoppm", "-f", "2", "-l", "2", "-r", "90", "-gray", "-jpeg", "-jpegopt", "quality=45",
                path, os.path.join(work, "scan"))
            jpg = [f for f in os.listdir(work) if f.startswith("scan") and f.endswith(".jpg")][0]
            run("img2pdf", "-o", os.path.join(work, "scan.pdf"), os.path.join(work, jpg))
            tmp = path + ".plain"
            os.rename(path, tmp)
            shutil.copy(tmp, os.path.join(work, "clean_text.pdf"))
            run("qpdf", "--empty", "--pages", tmp, "1", os.path.join(work, "scan.pdf"), "1", "--", path)
            os.remove(tmp)
        elif post == "truncate":
            data = open(path, "rb").read()
            open(path, "wb").write(data[: len(data) * 55 // 100])

    for d in DOCS:
        post = d.get("post")
        path = os.path.join(out, d["file"])
        if post == "encdocx":
            open(path, "wb").write(lib.encrypted_ooxml(9731))
        elif post == "empty":
            open(path, "wb").close()
        elif post == "pngpdf":
            run("pdftoppm", "-f", "1", "-l", "1", "-r", "45", "-gray", "-png",
                os.path.join(work, "clean_text.pdf"), os.path.join(work, "shot"))
            png = [f for f in os.listdir(work) if f.startswith("shot") and f.endswith(".png")][0]
            shutil.copy(os.path.join(work, png), path)
        elif post == "zip":
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("附件1-培训日程安排.txt",
                           "西湖区2025年度教师培训日程安排\n7月7日至7月11日：新课标解读专题培训\n"
                           "7月14日至7月18日：信息技术应用能力提升培训\n咨询电话：0571-87025530\n")
                z.write(os.path.join(work, "plain_for_zip.pdf"), "附件2-培训计划.pdf")

    labels = []
    for d in DOCS:
        raw = []
        for v in d["raw"]:
            if v and v not in raw:
                raw.append(v)
        labels.append({"file": d["file"], "expect_verdict": d["verdict"], "expect_categories": d["cats"],
                       "raw_values": raw, "note": d["note"]})
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

    total = 0
    for d in DOCS:
        sz = os.path.getsize(os.path.join(out, d["file"]))
        total += sz
        if sz > 60_000:
            sys.exit(f"make.py: {d['file']} is {sz} bytes (> 60 KB)")
    counts = {v: sum(1 for d in DOCS if d["verdict"] == v) for v in ("block", "review", "pass")}
    print(f"make.py: {len(DOCS)} files, {total} bytes; {counts}")


if __name__ == "__main__":
    main()
