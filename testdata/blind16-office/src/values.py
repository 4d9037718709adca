"""Synthetic personal data for blind16-office, drawn from a fixed seed.

Every value is made here, never copied from anywhere: IDs carry a correct
GB 11643 check digit (or a deliberately wrong one for the clean controls),
cards a correct (or deliberately wrong) Luhn digit.
"""
import json
import random

RNG = random.Random(1616)

GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REGIONS = ["110101", "310104", "440305", "330106", "510107", "320102", "420106", "370102"]


def id_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, GB11643_WEIGHTS))
    return "10X98765432"[s % 11]


def make_id():
    region = RNG.choice(REGIONS)
    y = RNG.randint(1960, 2000)
    m = RNG.randint(1, 12)
    d = RNG.randint(1, 28)
    seq = RNG.randint(10, 999)
    body = f"{region}{y:04d}{m:02d}{d:02d}{seq:03d}"
    return body + id_check(body)


def make_bad_id():
    good = make_id()
    digits = "0123456789X"
    bad = [c for c in digits if c != good[-1]]
    return good[:-1] + RNG.choice(bad)


def luhn_digit(partial):
    total = 0
    for i, c in enumerate(reversed(partial)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_card(prefix="622202", length=19):
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def make_bad_card(prefix="622848", length=19):
    good = make_card(prefix, length)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def make_mobile():
    return RNG.choice(["139", "138", "186", "158", "177", "199", "135", "187"]) + "".join(
        str(RNG.randint(0, 9)) for _ in range(8))


def make_passport():
    return RNG.choice("EG") + "".join(str(RNG.randint(0, 9)) for _ in range(8))


def make_plate():
    return RNG.choice(["京", "沪", "粤", "浙", "苏"]) + RNG.choice("ABCDE") + "".join(
        str(RNG.randint(0, 9)) for _ in range(5))


def build():
    v = {}
    for i in range(1, 31):
        v[f"id{i}"] = make_id()
    for i in range(1, 4):
        v[f"badid{i}"] = make_bad_id()
    for i in range(1, 10):
        v[f"card{i}"] = make_card()
    v["card_visa_like"] = make_card("436742", 16)
    for i in range(1, 4):
        v[f"badcard{i}"] = make_bad_card()
    for i in range(1, 26):
        v[f"mob{i}"] = make_mobile()
    for i in range(1, 4):
        v[f"pp{i}"] = make_passport()
    for i in range(1, 4):
        v[f"plate{i}"] = make_plate()
    # Sanity: the good ones are good, the bad ones are bad.
    for k, x in v.items():
        if k.startswith("id"):
            assert id_check(x[:17]) == x[17], k
        if k.startswith("badid"):
            assert id_check(x[:17]) != x[17], k
        if k.startswith("card"):
            assert luhn_digit(x[:-1]) == x[-1], k
        if k.startswith("badcard"):
            assert luhn_digit(x[:-1]) != x[-1], k
    return v


V = build()

if __name__ == "__main__":
    print(json.dumps(V, ensure_ascii=False, indent=1))
