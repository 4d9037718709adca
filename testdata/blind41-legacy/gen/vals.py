"""Synthetic personal data for blind41-legacy (all made up)."""
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"

def idcard(region, birth, seq):
    s = f"{region}{birth}{seq:03d}"
    return s + C[sum(int(a) * b for a, b in zip(s, W)) % 11]

def luhn(prefix_len15_18):
    d = [int(x) for x in prefix_len15_18]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return prefix_len15_18 + str((10 - tot % 10) % 10)

def luhn_ok(s):
    d = [int(x) for x in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def uscc(first17):
    t = sum(USCC_CH.index(c) * w for c, w in zip(first17, USCC_W))
    return first17 + USCC_CH[(31 - t % 31) % 31]
