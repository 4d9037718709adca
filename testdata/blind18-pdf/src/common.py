"""Shared paths and the label list of blind18-pdf."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WORK = os.environ.get("BLIND18_WORK", "/tmp/blind18-pdf-work")
os.makedirs(WORK, exist_ok=True)

LABELS = []


def L(file, verdict, cats, raws, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


def save(name):
    with open(os.path.join(WORK, name), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
