import json, os, random
OUT = ".."
LABELS = {}
LPATH = "gen/labels_parts"
os.makedirs(LPATH, exist_ok=True)

def label(file, verdict="pass", cats=None, raw=None, note=""):
    LABELS[file] = {"file": file, "expect_verdict": verdict, "expect_categories": cats or [],
                    "raw_values": raw or [], "note": note}

def save_labels(part):
    with open(os.path.join(LPATH, part + ".json"), "w", encoding="utf-8") as f:
        json.dump(list(LABELS.values()), f, ensure_ascii=False, indent=1)

# GB 32100 unified social credit code
_UC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def credit_code(body17):
    s = sum(_UC.index(c) * w for c, w in zip(body17, _UW))
    return body17 + _UC[(31 - s % 31) % 31]

# GB 11643 ID
_IW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_card(body17):
    s = sum(int(c) * w for c, w in zip(body17, _IW))
    return body17 + "10X98765432"[s % 11]

def luhn(body):
    digits = [int(c) for c in body]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)
