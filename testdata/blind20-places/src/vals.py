"""Synthetic values for blind20-places, from a fixed seed."""
import random
R = random.Random(20261206)

def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]

def idcard(region, birth):
    s = region + birth + "%03d" % R.randint(10, 998)
    return s + id_check(s)

def bad_id(region, birth):
    good = idcard(region, birth)
    c = "10X98765432"
    wrong = c[(c.index(good[-1]) + 3) % 11]
    return good[:-1] + wrong

def luhn_digit(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return str((10 - t % 10) % 10)

def card(prefix="622848", n=19):
    s = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    return s + luhn_digit(s)

def bad_card(prefix="622848", n=19):
    g = card(prefix, n)
    return g[:-1] + str((int(g[-1]) + 5) % 10)

def mobile(p):
    return p + "".join(str(R.randint(0, 9)) for _ in range(8))

def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]
