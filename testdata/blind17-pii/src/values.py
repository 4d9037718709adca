"""Synthetic personal values for blind17-pii, all from one fixed seed.

Every ID has a real region code, a real birth date and a correct GB 11643
check digit; every card passes Luhn; every mobile is in a current 号段;
every 统一社会信用代码 has a correct GB 32100 check character. Near-miss
numbers are made to fail the checks they must fail.
"""
import datetime
import random

R = random.Random(17)

REGIONS = ["110101", "110105", "310104", "310115", "440305", "440106", "330106",
           "330102", "510107", "420106", "320102", "370202", "610113", "230103",
           "350203", "430104", "500103", "210102", "120101", "530102"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_check(s17):
    return CHK[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def birth(lo=1955, hi=2003):
    d0 = datetime.date(lo, 1, 1)
    return d0 + datetime.timedelta(days=R.randrange((datetime.date(hi, 12, 31) - d0).days))


def idcard(want_x=False):
    """idcard returns a GB 11643 valid 18-digit ID; want_x forces the check X."""
    while True:
        s17 = R.choice(REGIONS) + birth().strftime("%Y%m%d") + "%03d" % R.randrange(1, 999)
        c = id_check(s17)
        if (c == "X") == want_x:
            return s17 + c


def legacy15():
    return R.choice(REGIONS) + birth(1940, 1980).strftime("%y%m%d") + "%03d" % R.randrange(1, 999)


def bad_id_like():
    """bad_id_like returns 18 digits with a real region and date whose check digit is wrong and which fail Luhn."""
    while True:
        good = idcard()
        if good[-1] == "X":
            continue
        wrong = str((int(good[-1]) + R.randrange(1, 9)) % 10)
        s = good[:17] + wrong
        if id_check(s[:17]) != s[-1] and not luhn_ok(s):
            return s


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def card(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def not_luhn(prefix, length):
    while True:
        s = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix)))
        if not luhn_ok(s):
            return s


MOBILE_PREFIXES = ["134", "135", "136", "138", "139", "150", "151", "152", "157",
                   "158", "159", "178", "182", "183", "187", "188", "198", "130",
                   "131", "132", "155", "156", "166", "175", "176", "185", "186",
                   "133", "153", "173", "177", "180", "181", "189", "191", "199"]


def mobile():
    return R.choice(MOBILE_PREFIXES) + "".join(str(R.randrange(10)) for _ in range(8))


USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc():
    region = R.choice(REGIONS)
    org = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c9 = 11 - sum(val(c) * w for c, w in zip(org, ow)) % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    s17 = "91" + region + org
    c = (31 - sum(USCC_ALPHA.index(ch) * w for ch, w in zip(s17, USCC_W)) % 31) % 31
    return s17 + USCC_ALPHA[c]


def isbn13(group="7", pub="5170", title=None):
    title = title or "%04d" % R.randrange(10000)
    body = "978" + group + pub + title
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = str((10 - s % 10) % 10)
    return "978-%s-%s-%s-%s" % (group, pub, title, chk)


def issn(seven=None):
    seven = seven or "%07d" % R.randrange(10 ** 7)
    s = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    c = (11 - s % 11) % 11
    return "%s-%s%s" % (seven[:4], seven[4:], "X" if c == 10 else str(c))


LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate():
    tail = [str(R.randrange(10)) for _ in range(5)]
    if R.random() < 0.5:
        tail[R.randrange(4)] = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return R.choice("京沪粤浙苏鲁川鄂湘闽") + R.choice("ABCDEFG") + "".join(tail)


def ne_plate():
    return R.choice("京沪粤浙苏鲁川鄂湘闽") + R.choice("ABCDE") + R.choice("DF") + "".join(str(R.randrange(10)) for _ in range(5))


def passport(prefix):
    if prefix == "E" and R.random() < 0.4:
        return "E" + R.choice(LETTERS) + "%07d" % R.randrange(10 ** 7)
    if prefix == "P":
        return "P" + "%07d" % R.randrange(10 ** 7)
    return prefix + "%08d" % R.randrange(10 ** 8)


def hk_permit():
    return "C" + R.choice(LETTERS) + "%07d" % R.randrange(10 ** 7)


def fw(s):
    """fw writes ASCII digits and letters full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def mask_id(s):
    return s[:6] + "*" * 8 + s[-4:]


def mask_mobile(s):
    return s[:3] + "****" + s[-4:]


NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽娟", "周强", "吴敏",
         "徐海涛", "孙婷", "马志远", "朱晓燕", "胡明", "郭芳", "何俊", "高雪", "林涛", "罗佳"]
