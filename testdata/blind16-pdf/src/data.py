"""Synthetic values for blind16-pdf, drawn from a fixed seed.

Every ID has a valid GB 11643 check digit, every card is Luhn-valid with a
UnionPay prefix; the controls carry numbers that look alike but fail.
Run: python3 data.py > values.json
"""
import json
import random

R = random.Random(1616)
REGIONS = ["110101", "310104", "440305", "330106", "320102", "510107", "420106", "370102"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_check(s17):
    return CHK[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def new_id():
    y = R.randint(1960, 2002)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s17 = "%s%04d%02d%02d%03d" % (R.choice(REGIONS), y, m, d, R.randint(1, 999))
    return s17 + id_check(s17)


def bad_id():
    """An 18-digit serial shaped like an ID whose check digit is wrong."""
    s = new_id()
    wrong = [c for c in "0123456789" if c != s[-1]]
    return s[:-1] + R.choice(wrong)


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def new_card(n=19):
    body = R.choice(["622202", "621700", "622848", "623668"]) + "".join(R.choice("0123456789") for _ in range(n - 7))
    return body + luhn_digit(body)


def bad_card(n=16):
    c = new_card(n)
    return c[:-1] + str((int(c[-1]) + 3) % 10)


def new_mobile():
    return R.choice(["138", "139", "158", "186", "189", "177", "199", "136"]) + "".join(R.choice("0123456789") for _ in range(8))


def new_passport():
    return "E" + "".join(R.choice("0123456789") for _ in range(8))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def new_uscc():
    body = "91" + R.choice(REGIONS) + "".join(R.choice(USCC_CHARS[:10] + "MA") for _ in range(9))
    body = body[:17]
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def assert_id(s):
    assert len(s) == 18 and id_check(s[:17]) == s[17], s


assert id_check("11010119900307451") == "4"

V = {
    "ids": [new_id() for _ in range(24)],
    "bad_ids": [bad_id() for _ in range(4)],
    "cards": [new_card(19) for _ in range(5)] + [new_card(16) for _ in range(3)],
    "bad_cards": [bad_card(16) for _ in range(2)],
    "mobiles": [new_mobile() for _ in range(16)],
    "passports": [new_passport() for _ in range(2)],
    "plates": ["浙A%05d" % R.randint(10000, 99999), "粤B·D%05d" % R.randint(10000, 99999), "苏E%s%04d" % (R.choice("ABCDEFGH"), R.randint(1000, 9999)),
               "川A%05d" % R.randint(10000, 99999)],
    "ips": ["192.168.%d.%d" % (R.randint(1, 254), R.randint(2, 254)), "10.%d.%d.%d" % (R.randint(1, 254), R.randint(0, 254), R.randint(2, 254)),
            "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 254), R.randint(2, 254)),
            "10.%d.%d.%d" % (R.randint(1, 254), R.randint(0, 254), R.randint(2, 254))],
    "uscc": [new_uscc() for _ in range(2)],
}
for s in V["ids"]:
    assert_id(s)
for s in V["bad_ids"]:
    assert id_check(s[:17]) != s[17]
for c in V["cards"]:
    assert luhn_digit(c[:-1]) == c[-1]
for c in V["bad_cards"]:
    assert luhn_digit(c[:-1]) != c[-1]

if __name__ == "__main__":
    print(json.dumps(V, ensure_ascii=False, indent=1))
