"""Merge the generators' label fragments into ../labels.json."""
import glob, json, os
here = os.path.dirname(os.path.abspath(__file__))
labels = []
for f in sorted(glob.glob(os.path.join(here, "labels_*.json"))):
    labels += json.load(open(f, encoding="utf-8"))
labels.sort(key=lambda l: l["file"])
root = os.path.dirname(here)
for l in labels:
    assert os.path.exists(os.path.join(root, l["file"])), l["file"]
assert len({l["file"] for l in labels}) == len(labels)
json.dump(labels, open(os.path.join(root, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(l["expect_verdict"] for l in labels))
