#!/usr/bin/env python3
"""Merge gen/labels_*.json into labels.json and check every labelled file exists and nothing else does."""
import glob
import json
import os
from common import ROOT

items = []
for p in sorted(glob.glob(os.path.join(ROOT, "gen", "labels_*.json"))):
    items += json.load(open(p, encoding="utf-8"))
items.sort(key=lambda x: x["file"])
files = {x["file"] for x in items}
assert len(files) == len(items), "duplicate label"
on_disk = set()
for d in ["txt", "html", "docx", "docx_npm", "pdf_reportlab", "pdf_chromium", "xlsx"]:
    for p in glob.glob(os.path.join(ROOT, d, "*")):
        on_disk.add(os.path.relpath(p, ROOT))
missing = files - on_disk
extra = on_disk - files
assert not missing, missing
assert not extra, extra
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(items, f, ensure_ascii=False, indent=1)
n = len(items)
npass = sum(1 for x in items if x["expect_verdict"] == "pass")
print("labels:", n, "files;", npass, "pass,", sum(1 for x in items if x["expect_verdict"] == "review"), "review,",
      sum(1 for x in items if x["expect_verdict"] == "block"), "block")
