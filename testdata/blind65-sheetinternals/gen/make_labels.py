#!/usr/bin/python3
"""Merge gen/labels.d/*.json into labels.json and check every file exists and every
corpus file is labelled."""
import json, os, glob, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT

labels = []
for p in sorted(glob.glob(os.path.join(ROOT, "gen", "labels.d", "*.json"))):
    labels += json.load(open(p, encoding="utf-8"))
labels.sort(key=lambda l: l["file"])
files = set()
for d in ["openpyxl", "exceljs", "sheetjs", "handwritten", "libreoffice", "csv"]:
    for f in os.listdir(os.path.join(ROOT, d)):
        files.add(f"{d}/{f}")
lab = {l["file"] for l in labels}
assert lab == files, (lab ^ files)
json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(l["expect_verdict"] for l in labels))
