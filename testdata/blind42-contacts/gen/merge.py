#!/usr/bin/python3
import json, os, collections
H = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(H, "..")
L = []
for n in ("labels_py.json", "labels_pdf.json", "labels_js.json"):
    L += json.load(open(os.path.join(H, n), encoding="utf-8"))
L.sort(key=lambda x: x["file"])
json.dump(L, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(L), collections.Counter(x["expect_verdict"] for x in L))
for x in L:
    assert os.path.exists(os.path.join(OUT, x["file"])), x["file"]
    for v in x["raw_values"]: assert v not in x["file"]
