"""Value helpers for the blind44-sectors corpus. All values are invented here.

id_card():  GB 11643 check digit (mod 11-2), real region codes and real dates.
card():     Luhn-valid numbers with a UnionPay (62...) prefix.
uscc():     统一社会信用代码 with GB 11714 org-code and GB 32100 check characters.
"""
import random

RNG = random.Random(4404)

REGIONS = ["110101", "110105", "310104", "320102", "330106", "330203", "340104",
           "350102", "370102", "410105", "420106", "430102", "440106", "510104",
           "610113", "330102", "331002", "320583", "360102", "130102"]

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_check(s17):
    return CHK[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def id_card(region=None, year=None, month=None, day=None, seq=None):
    region = region or RNG.choice(REGIONS)
    year = year or RNG.randint(1950, 2005)
    month = month or RNG.randint(1, 12)
    day = day or RNG.randint(1, 28)
    seq = seq if seq is not None else RNG.randint(10, 998)
    s17 = "%s%04d%02d%02d%03d" % (region, year, month, day, seq)
    return s17 + id_check(s17)


def id_bad(region=None):
    """18 digits that look like an ID but fail the check digit."""
    v = id_card(region)
    good = v[-1]
    bad = "0123456789"
    for c in bad:
        if c != good:
            return v[:-1] + c
    return v


def mask_id(v):
    return v[:6] + "********" + v[-4:]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(prefix=None, length=19):
    prefix = prefix or RNG.choice(["621700", "622202", "622848", "621661", "623052", "621226"])
    return luhn_complete(prefix, length)


def mask_card(v):
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


MOBILE_PREFIX = ["135", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183",
                 "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153",
                 "180", "181", "189", "177", "199", "166", "198", "137", "136", "173"]


def mobile():
    return RNG.choice(MOBILE_PREFIX) + "".join(str(RNG.randint(0, 9)) for _ in range(8))


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code_check(s8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in s8]
    r = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def uscc(kind="1", region="331002"):
    dept = "9"
    org8 = "MA" + "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    org9 = org8 + org_code_check(org8)
    s17 = dept + kind + region + org9
    tot = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    c = (31 - tot % 31) % 31
    return s17 + USCC_CHARS[c]


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯晨欣怡子涵梓轩雨婷思远俊峰佳琪嘉豪一鸣晓东海燕春梅秋菊"


def name():
    n = RNG.choice(SURNAMES) + RNG.choice(GIVEN)
    if RNG.random() < 0.6:
        n += RNG.choice(GIVEN)
    return n


def mask_name(n):
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" + n[-1]


def digits(n):
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))


# plates (GA 36): province + letter + 5 of digits/letters (no I, O)
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(prov="浙", city="C"):
    s = "".join(RNG.choice("0123456789") if RNG.random() < 0.7 else RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    if not any(ch.isdigit() for ch in s):
        s = s[:4] + "7"
    return prov + city + s


def plate_ne(prov="浙", city="C"):
    return prov + city + RNG.choice("DF") + "".join(RNG.choice("0123456789") for _ in range(5))


def mask_plate(p):
    return p[:2] + "·***" + p[-2:]
