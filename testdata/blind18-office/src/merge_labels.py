"""Merges out/labels-*.json into ../labels.json (sorted by file name), leaving out and deleting
the files listed in omit.txt."""
import glob, json, os
here = os.path.dirname(os.path.abspath(__file__))
omit = {l.strip() for l in open(os.path.join(here, "omit.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")}
allv = []
for fn in sorted(glob.glob(os.path.join(here, "out", "labels-*.json"))):
    allv += json.load(open(fn, encoding="utf-8"))
for name in omit:
    p = os.path.join(here, "..", name)
    if os.path.exists(p):
        os.remove(p)
allv = [l for l in allv if l["file"] not in omit]
allv.sort(key=lambda l: l["file"])
names = [l["file"] for l in allv]
assert len(names) == len(set(names)), "duplicate labels"
for l in allv:
    assert os.path.exists(os.path.join(here, "..", l["file"])), l["file"]
on_disk = {n for n in os.listdir(os.path.join(here, "..")) if n not in ("src", "labels.json", "README.md", "make.sh", ".gitignore")}
assert on_disk == set(names), sorted(on_disk ^ set(names))
json.dump(allv, open(os.path.join(here, "..", "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = len(allv); c = sum(l["expect_verdict"] != "pass" for l in allv)
print("labels: %d files, %d must-catch, %d must-pass" % (n, c, n - c))
