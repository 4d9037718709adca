"""Synthetic values shared by every generator of blind61-disguises.

All values are made up: IDs carry a correct GB 11643 check digit over a real
region code and a real birth date, cards pass Luhn over real-looking BINs,
mobiles use current 号段.  `python3 common.py` writes values.json for the
node generators.
"""
import json, os

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id18(region, birth, seq):
    body = f"{region}{birth}{seq}"
    assert len(body) == 17
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]


def id18_with_x(region, birth):
    for s in range(1, 999):
        v = id18(region, birth, f"{s:03d}")
        if v.endswith("X"):
            return v
    raise ValueError


def luhn_complete(prefix, length, filler="3719284650"):
    """prefix + filler digits + Luhn check digit, total `length`."""
    filler = filler * 3
    body = (prefix + filler)[: length - 1]
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    c = 31 - s % 31
    return body17 + USCC_CHARS[0 if c == 31 else c]


FW = str.maketrans("0123456789Xx*", "０１２３４５６７８９Ｘｘ＊")


def fullwidth(s):
    return s.translate(FW)


def g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return sep.join(out)


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_card(v):
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


V = {
    # IDs (region, birth date, sequence) -> 18 characters with check digit
    "ID_T01": id18("110108", "19900307", "436"),
    "ID_T08": id18("330106", "19850712", "003"),
    "ID_T10": id18_with_x("440305", "19881103"),
    "ID_T11": id18("320102", "19760915", "083"),
    "LEG_T13": "330106780915083",
    "ID_H01": id18("420102", "19920814", "157"),
    "ID_D03": id18("510104", "19830226", "064"),
    "ID_D06": id18("370202", "19950530", "218"),
    "ID_N05": id18("350203", "19791019", "342"),
    "ID_X03": id18("610113", "19870404", "126"),
    "ID_R01": id18("430104", "19930117", "285"),
    "ID_C01": id18("320106", "19690828", "041"),
    "ID_L02": id18("330102", "19910621", "372"),
    # mobiles
    "M_T03": "13857214936",
    "M_T04": "13926485173",
    "M_T05": "18667239015",
    "M_T06": "15012836479",
    "M_T21": "17757120394",
    "M_H01": "19941257368",
    "M_H06": "13573926184",
    "M_D03": "15958127036",
    "M_N03": "18857196240",
    "M_X05": "16624871930",
    "M_E01": "19527461083",
    "M_R04": "13605718294",
    "M_L04": "15267390418",
    # cards
    "C_T09": luhn_complete("622202", 19),
    "C_D07": luhn_complete("622848", 19, "0527163948"),
    "C_E03": luhn_complete("621700", 19, "8240917365"),
    "C_C04": luhn_complete("621483", 16, "5902736148"),
    "C_E03B": luhn_complete("436742", 16, "1063859274"),
    # passports / permits
    "P_N06": "E73618294",
    "HK_N06": "C62047318",
    # non-personal numbers for the clean twins
    "USCC1": uscc("91330106MA2H7K3Q5"),
    "USCC2": uscc("12330100002493851"),
    "USCC3": uscc("91320102MA1N4RT6X"),
}
# a 19-digit 交易流水号 starting 62 that passes Luhn (documented: not a card in its column)
V["SERIAL62"] = luhn_complete("6205260318", 19, "0004172")
# a company's settlement account (not a card prefix)
V["CORP_ACCT"] = "1202021209900123456"

for k, v in V.items():
    if k.startswith("C_") or k == "SERIAL62":
        assert luhn_ok(v), k

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "values.json"), "w", encoding="utf-8") as f:
        json.dump(V, f, ensure_ascii=False, indent=1)
    for k, v in V.items():
        print(k, v)


# ---- labels: each generator records its files, make_labels.py merges them
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_LABELS = []


def label(file, verdict, cats, raws, note):
    _LABELS.append({"file": file, "expect_verdict": verdict,
                    "expect_categories": list(cats), "raw_values": list(raws), "note": note})


def dump_labels(name):
    with open(os.path.join(ROOT, "gen", f"labels_{name}.json"), "w", encoding="utf-8") as f:
        json.dump(_LABELS, f, ensure_ascii=False, indent=1)


def out(rel):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def wrap_fixed(text, width):
    """Hard-wrap a paragraph at `width` characters, as a fixed-width export does."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def wrap_inside(text, value, lo=4, widths=range(24, 40)):
    """Pick a width whose line break falls inside `value` with >= lo chars on each side."""
    i = text.index(value)
    for w in widths:
        for k in range(1, len(text) // w + 1):
            b = k * w
            if i + lo <= b <= i + len(value) - lo:
                return wrap_fixed(text, w)
    raise ValueError("no width splits the value")
