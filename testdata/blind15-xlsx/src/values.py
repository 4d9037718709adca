"""values.py makes the synthetic personal data of the blind15-xlsx corpus.

Every ID carries a valid GB 11643 check digit and a real birth date, every
bank card passes Luhn, mobiles are in current 号段. Nothing here belongs to
anyone. The values are seeded, so runs give the same values.
"""
import datetime
import random

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
REGIONS = ["110101", "310104", "330106", "320102", "440305", "510107", "420102", "370202", "350203", "610113"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def check_digit(first17):
    return CHECK[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return check_digit(s[:17]) == s[17]


def make_id(rng, region=None, want=None):
    """make_id returns a check-digit-valid ID; want filters on the full value."""
    while True:
        d = datetime.date(1955, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 48))
        first = (region or rng.choice(REGIONS)) + d.strftime("%Y%m%d") + "%03d" % rng.randrange(0, 1000)
        v = first + check_digit(first)
        if want is None or want(v):
            return v


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def make_card(rng, length=19, prefix="622848"):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def make_mobile(rng):
    return rng.choice(["138", "139", "137", "150", "151", "158", "159", "186", "187", "177", "180", "189", "199", "166"]) + "".join(
        rng.choice("0123456789") for _ in range(8))


def make_plate(rng):
    """make_plate returns a plate as issued: 5 characters with at most 2 letters (no I or O), or a new-energy
    plate (D or F then 5 digits)."""
    head = rng.choice(PROVINCES) + rng.choice("ABCDEFGH")
    if rng.random() < 0.2:
        return head + rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    tail = [rng.choice("0123456789") for _ in range(5)]
    for pos in rng.sample(range(5), rng.choice([0, 1, 1, 2])):
        tail[pos] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return head + "".join(tail)


def make_name(rng):
    return rng.choice(SURNAMES) + "某" + rng.choice(GIVEN)


def mask_id(v):
    return v[:6] + "********" + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_card(v):
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


def bad_id(rng):
    """bad_id returns 18 digits shaped like an ID whose check digit is wrong (an order number)."""
    v = make_id(rng, want=lambda s: s[-1] != "X")
    wrong = str((int(v[-1]) + 3) % 10)
    out = v[:-1] + wrong
    assert not id_valid(out)
    return out


def roster(seed, n):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append({
            "name": make_name(rng),
            "id": make_id(rng),
            "mobile": make_mobile(rng),
            "card": make_card(rng, rng.choice([16, 19])),
            "plate": make_plate(rng),
        })
    return rows
