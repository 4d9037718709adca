"""Check digits and seeded synthetic values for the blind16-clean corpus."""
import random

RNG = random.Random(1616)

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643(first17):
    """Return the GB 11643 check character for 17 digits."""
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return "10X98765432"[s % 11]


def id_number(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    return body + gb11643(body)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    """Return a 统一社会信用代码 with its GB 32100 check character."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return first17 + USCC_CHARS[(31 - s % 31) % 31]


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    """Append the digit that makes prefix Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d


def luhn_broken(prefix):
    """Append a digit that makes prefix Luhn-invalid."""
    for d in "1234567890":
        if not luhn_ok(prefix + d):
            return prefix + d


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国志明晓红海涛立新丽华文杰雪梅卫东春燕伟强秀英国庆玉兰振宇思远佳怡子涵浩然欣怡宏伟俊杰雅琴明辉晨阳慧敏永刚桂芳德胜雨萱嘉豪"


def name():
    g = RNG.choice([1, 2, 2, 2])
    return RNG.choice(SURNAMES) + "".join(RNG.choice(GIVEN) for _ in range(g))


def mobile():
    """A synthetic mobile in a current 号段 (for near misses only)."""
    return RNG.choice(["139", "138", "158", "187", "135", "159", "182", "136"]) + "".join(RNG.choice("0123456789") for _ in range(8))
