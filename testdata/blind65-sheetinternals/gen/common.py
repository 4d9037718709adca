"""Shared synthetic values and helpers for the blind65-sheetinternals corpus.

Every value is synthetic: IDs carry a correct GB 11643 check digit with a real
region code and birth date, cards pass Luhn with the UnionPay 62 prefix, mobiles
use current 号段.  Nothing here is a real person's data.
"""
import json, os, zipfile, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643(first17):
    s = sum(int(c) * w for c, w in zip(first17, W))
    return first17 + "10X98765432"[s % 11]


def luhn(partial):
    """append the Luhn check digit"""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(n):
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# --- IDs: region + birth date + sequence (all real regions, real dates)
IDS = {
    "f01": gb11643("11010119900307453"),   # 东城区 1990-03-07
    "f05a": gb11643("32010619851123001"),  # 鼓楼区 1985-11-23
    "f05b": gb11643("33010619920415236"),
    "f05c": gb11643("44030519880730112"),
    "f06": gb11643("42010619790214003"),   # 武昌区
    "f07a": gb11643("51010719830905271"),
    "f07b": gb11643("37010219960128064"),
    "f08": gb11643("35020319870611183"),   # 思明区
    "n02": gb11643("61011319910822325"),   # 雁塔区
    "n05": gb11643("11010519750419218"),   # 朝阳区 -> shown by a literal-prefix format
    "n06": gb11643("21010219890302453"),   # 和平区, typed as a number
    "n06b": gb11643("37010219780611302"),  # stored exactly as an 18-digit number (hand-written)
    "f08b": gb11643("51010719891015246"),
    "h01": gb11643("31010419940716082"),   # 徐汇区
    "h03a": gb11643("44030519810912365"),
    "h03b": gb11643("33010619770503041"),
    "h05": gb11643("42010619930227158"),
    "c02": gb11643("51010719680118203"),
    "c04": gb11643("37010220000630127"),
    "v02": gb11643("32010619860809234"),
    "d01": gb11643("11010519820114316"),
    "t01": gb11643("35020319950321048"),
    "p03": gb11643("61011319720925139"),
    "s01": gb11643("21010219980412267"),
    "s02": gb11643("44030519900101384"),
    "csv02": gb11643("31010419830817205"),
    "csv03": gb11643("42010619880505172"),
}

MOBILES = {
    "f03": "13816472539",
    "f09": "13927368514",
    "n01": "18610395427",
    "n03": "15820746813",
    "n08": "13538162947",
    "h02a": "17751629384", "h02b": "19912087365",
    "c01": "13651847290",
    "c03": "18712940563",
    "v01a": "15012369847", "v01b": "13761820459",
    "hf02": "13593018462",
    "ch02": "18965204731",
    "p02": "13398271650",
    "s04": "15168039274",
}

CARDS = {
    "f02": luhn("622202123456789"),         # 16 digits
    "n04": luhn("622848003921765"),         # 16 digits, stored as a number
    "h04": luhn("621700012345678901"),      # 19 digits
    "s03": luhn("622588017264935"),
    "s04": luhn("621483920173645"),
}

for k, v in IDS.items():
    assert len(v) == 18, k
for k, v in CARDS.items():
    assert luhn_ok(v) and v.startswith("62"), k


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def out(*parts):
    p = os.path.join(ROOT, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write_values_json():
    with open(os.path.join(ROOT, "gen", "values.json"), "w", encoding="utf-8") as f:
        json.dump({"IDS": IDS, "MOBILES": MOBILES, "CARDS": CARDS}, f, ensure_ascii=False, indent=1)


def patch_zip(src, dst, add=None, edit=None, drop=()):
    """Copy an OOXML package, adding parts (path -> str/bytes), editing parts
    (path -> function(str) -> str) and dropping parts."""
    add = add or {}
    edit = edit or {}
    tmp = dst + ".tmp"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename in drop or item.filename in add:
                continue
            data = zin.read(item.filename)
            if item.filename in edit:
                data = edit[item.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(item.filename, data)
        for name, data in add.items():
            zout.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    shutil.move(tmp, dst)


def add_label(labels_file, file, verdict, cats, raw, note):
    path = os.path.join(ROOT, "gen", "labels.d", labels_file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    data = [d for d in data if d["file"] != file]
    data.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                 "raw_values": raw, "note": note})
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    write_values_json()
    print(json.dumps({"IDS": IDS, "MOBILES": MOBILES, "CARDS": CARDS}, indent=1))
