"""Synthetic personal data with valid check digits (seeded, never real)."""
import random

R = random.Random(17)

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def idcard(region, y, m, d):
    """idcard returns an 18-digit GB 11643 ID for a real region and birth date."""
    seq = "%03d" % R.randint(10, 998)
    body = "%s%04d%02d%02d%s" % (region, y, m, d, seq)
    return body + ID_C[sum(int(a) * w for a, w in zip(body, ID_W)) % 11]


def luhn(prefix, length):
    """luhn returns a Luhn-valid number of length digits starting with prefix."""
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def mobile(prefix):
    """mobile returns an 11-digit mobile in the given current 号段."""
    return prefix + "".join(str(R.randint(0, 9)) for _ in range(11 - len(prefix)))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    """uscc appends the GB 32100 check character to a 17-character body."""
    s = sum(USCC_CH.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CH[(31 - s % 31) % 31]
