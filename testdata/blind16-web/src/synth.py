"""synth: synthetic personal data with real check digits (GB 11643, Luhn, GB 32100)."""
import random

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def id_check(body17):
    return C[sum(int(a) * b for a, b in zip(body17, W)) % 11]


def id_card(rng, region=None, year=None):
    region = region or rng.choice(["110101", "110105", "310104", "330106", "440305", "320102", "510107"])
    y = year or rng.randint(1962, 2001)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = "%03d" % rng.randint(1, 999)
    b = "%s%04d%02d%02d%s" % (region, y, m, d, seq)
    return b + id_check(b)


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(rng, prefix="622848", length=19):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    return body + luhn_digit(body)


def mobile(rng):
    return rng.choice(["139", "138", "187", "158", "186", "152", "199", "177"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(8))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(rng, region="110108", kind="91"):
    body = kind + region + "".join(rng.choice(USCC_CH[:10] + "MA") for _ in range(9))
    body = body[:17]
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - s % 31) % 31]


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


assert id_check("11010119900307451") == "4"
