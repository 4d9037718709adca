#!/usr/bin/python3
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
allL = []
for f in ["labels_text.json", "labels_html.json", "labels_pyoffice.json", "labels_reportlab.json", "labels_node.json"]:
    allL += json.load(open(os.path.join(HERE, f), encoding="utf-8"))
allL.sort(key=lambda l: l["file"])
missing = [l["file"] for l in allL if not os.path.exists(os.path.join(OUT, l["file"]))]
assert not missing, missing
assert len({l["file"] for l in allL}) == len(allL)
json.dump(allL, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(allL), "labels", Counter(l["expect_verdict"] for l in allL))
