"""Synthetic personal data with valid check digits (GB 11643, Luhn, GB 32100)."""
import random

R = random.Random(39_2026)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USED = set()


def id_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, W))
    return "10X98765432"[s % 11]


def valid_id(v):
    return len(v) == 18 and id_check(v[:17]) == v[17].upper()


def make_id(region, y0, y1, want_x=None):
    while True:
        y = R.randint(y0, y1)
        m = R.randint(1, 12)
        d = R.randint(1, 28)
        seq = R.randint(1, 999)
        body = f"{region}{y:04d}{m:02d}{d:02d}{seq:03d}"
        v = body + id_check(body)
        if want_x is True and not v.endswith("X"):
            continue
        if want_x is False and v.endswith("X"):
            continue
        if v not in USED:
            USED.add(v)
            return v


def make_legacy15(region, yy, mm, dd, seq):
    return f"{region}{yy:02d}{mm:02d}{dd:02d}{seq:03d}"


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c


def make_card(prefix="621700", length=19):
    while True:
        body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        v = luhn_complete(body)
        if v not in USED:
            USED.add(v)
            return v


def make_nonluhn(prefix, length):
    while True:
        v = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix)))
        if not luhn_ok(v):
            return v


def make_luhn_serial(prefix, length):
    return luhn_complete(prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1)))


MOB_PREFIX = ["135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183",
              "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181",
              "189", "177", "199", "198", "166", "173"]


def make_mobile():
    while True:
        v = R.choice(MOB_PREFIX) + "".join(str(R.randint(0, 9)) for _ in range(8))
        if v not in USED:
            USED.add(v)
            return v


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code_check(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(code8, ws))
    r = 11 - s % 11
    return "0" if r == 11 else ("X" if r == 10 else str(r))


def make_uscc(dept_type, region):
    code8 = "".join(R.choice("0123456789") for _ in range(8))
    if dept_type.startswith("9"):
        code8 = "MA" + "".join(R.choice("0123456789ABCDEFGH") for _ in range(6))
    body = dept_type + region + code8 + org_code_check(code8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_id_4(v):
    return v[:4] + "*" * 10 + v[-4:]


def mask_card(v):
    return v[:4] + " **** **** " + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"


def make_name(n=None):
    n = n or R.choice([2, 3, 3])
    return R.choice(SURNAMES) + "".join(R.choice(GIVEN) for _ in range(n - 1))


def mask_name(name):
    return name[0] + "*" * (len(name) - 1) if len(name) == 2 else name[0] + "*" + name[-1]
