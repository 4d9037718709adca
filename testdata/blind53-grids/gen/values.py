"""Invented personal values for blind53-grids: IDs with GB 11643 check digits,
Luhn-valid cards, mobiles in current 号段, 统一社会信用代码 with GB 32100 check
characters. Deterministic (seeded) so that the generator is re-runnable."""
import random

R = random.Random(5353)

REGIONS = ["330106", "330102", "330110", "320102", "320106", "440305", "440106",
           "510107", "370202", "420106", "610113", "350203", "410105", "430104",
           "110105", "120103", "340104", "360102", "500103", "210102"]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def make_id(year_lo=1958, year_hi=2004, female=None):
    region = R.choice(REGIONS)
    y = R.randint(year_lo, year_hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = R.randint(10, 99)
    sex = R.randint(0, 9)
    if female is not None:
        sex = R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9])
    body = f"{region}{y:04d}{m:02d}{d:02d}{seq:02d}{sex}"
    return body + id_check(body)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix_body):
    for d in "0123456789":
        if luhn_ok(prefix_body + d):
            return prefix_body + d
    raise ValueError


def make_card(length=19, bin6=None):
    bin6 = bin6 or R.choice(["622202", "621700", "622848", "621226", "622908", "621661"])
    body = bin6 + "".join(R.choice("0123456789") for _ in range(length - 7))
    return luhn_complete(body)


MOBILE_PREFIXES = ["135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
                   "159", "182", "183", "187", "188", "133", "153", "180", "189", "177",
                   "186", "185", "199", "166", "176", "173"]


def make_mobile():
    return R.choice(MOBILE_PREFIXES) + "".join(R.choice("0123456789") for _ in range(8))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def make_uscc(kind="91", region=None):
    region = region or R.choice(REGIONS)
    # organisation code of 8 characters (MA + 6 alnum, as new registrations have) + check
    org8 = "MA" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    s = sum(_org_val(c) * w for c, w in zip(org8, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    first17 = kind + region + org8 + c9
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c18 = (31 - s % 31) % 31
    return first17 + USCC_CHARS[c18]


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_card(v):
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


NAMES = ["王建华", "李秀英", "张国强", "刘海燕", "陈志明", "杨丽娟", "赵文斌", "黄晓梅",
         "周永生", "吴桂兰", "徐卫东", "孙玉珍", "马俊杰", "朱红霞", "胡德胜", "郭淑芬",
         "何立新", "林雪梅", "高建军", "罗春燕", "梁振宇", "宋佳琪", "郑宏伟", "谢美玲",
         "韩光明", "唐慧敏", "冯志刚", "于晓丽", "董海涛", "萧雅婷"]


def mask_name(n):
    return n[0] + "某某" if len(n) == 3 else n[0] + "某"


def make_passport():
    return "E" + "".join(R.choice("0123456789") for _ in range(8))


def build():
    v = {}
    v["ids"] = [make_id() for _ in range(200)]
    v["mobiles"] = [make_mobile() for _ in range(200)]
    v["cards"] = [make_card(19) for _ in range(6)] + [make_card(16, "622202"), make_card(16, "621700")]
    v["usccs"] = [make_uscc() for _ in range(12)] + [make_uscc("12") for _ in range(4)]
    v["passports"] = [make_passport() for _ in range(4)]
    for x in v["ids"]:
        assert id_check(x[:17]) == x[17]
    for c in v["cards"]:
        assert luhn_ok(c)
    return v
