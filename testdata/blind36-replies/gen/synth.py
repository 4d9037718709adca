"""Synthetic personal values for blind36-replies (all made up)."""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def id18(region, birth, seq, valid=True):
    body = f"{region}{birth}{seq:03d}"
    s = sum(int(d) * w for d, w in zip(body, W))
    ch = C[s % 11]
    if not valid:
        # pick a wrong check character
        ch = C[(s + 3) % 11]
    return body + ch


def luhn_complete(prefix, length):
    body = prefix
    import random
    r = random.Random(prefix + str(length))
    while len(body) < length - 1:
        body += str(r.randint(0, 9))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]
