"""Synthetic personal data for blind18-pdf, from a fixed seed.

Every ID has a real region code, a real birth date and a correct GB 11643
check digit; every card is Luhn-valid with a UnionPay prefix; mobiles use
current 号段. Nothing here belongs to a person.
"""
import datetime
import random

R = random.Random(18)

REGIONS = ["110105", "330106", "320102", "440304", "510107", "420106", "370202", "610113"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def id18(region=None, year=None):
    region = region or R.choice(REGIONS)
    d = datetime.date(year or R.randint(1962, 2001), 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    body = region + d.strftime("%Y%m%d") + "%03d" % R.randint(1, 999)
    return body + C[sum(int(a) * b for a, b in zip(body, W)) % 11]


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def card(prefix=None, length=19):
    prefix = prefix or R.choice(["622202", "621700", "622848", "621226", "622588"])
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def mobile():
    return R.choice(["138", "139", "150", "151", "158", "186", "187", "199", "177", "135", "182", "195"]) + \
        "".join(str(R.randint(0, 9)) for _ in range(8))


def plate():
    prov = R.choice("京沪浙苏粤川鄂鲁")
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return prov + R.choice(letters[:8]) + "".join(R.choice("0123456789" + letters[:6]) for _ in range(4)) + str(R.randint(0, 9))


def passport():
    return "E" + "".join(str(R.randint(0, 9)) for _ in range(8))


def hkmo():
    return "C" + R.choice("ABCDEFGH") + "".join(str(R.randint(0, 9)) for _ in range(7))


def uscc():
    """A 统一社会信用代码 with a valid GB 32100 check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + R.choice(["330106", "110105", "440304"]) + "".join(R.choice(chars) for _ in range(9))
    s = sum(chars.index(c) * x for c, x in zip(body, w))
    return body + chars[(31 - s % 31) % 31]


NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴芳", "徐强", "孙丽"]


def name():
    return R.choice(NAMES)
