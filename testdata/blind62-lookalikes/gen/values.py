"""Synthetic value helpers: GB 11643 check digits, Luhn, GB 32100 USCC check characters."""
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"

def id_check(body17):
    return C[sum(int(a) * b for a, b in zip(body17, W)) % 11]

def make_id(region, ymd, seq):
    b = f"{region}{ymd}{seq}"
    return b + id_check(b)

def bad_id(region, ymd, seq):
    """18 digits with a real region and date but a WRONG check digit (all digits)."""
    b = f"{region}{ymd}{seq}"
    good = id_check(b)
    for d in "0123456789":
        if d != good:
            return b + d

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0

def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d

def luhn_fail(prefix):
    for d in "0123456789":
        if not luhn_ok(prefix + d):
            return prefix + d

USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def uscc(body17):
    s = sum(USCC_CH.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CH[(31 - s % 31) % 31]

if __name__ == "__main__":
    print(make_id("330106", "19850412", "123"))
    print(bad_id("330106", "20260315", "001"))
    print(luhn_complete("622202120204123456"))
    print(uscc("91330106MA2H7K3P5"))
