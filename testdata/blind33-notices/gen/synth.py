"""Synthetic value generators (GB 11643 IDs, Luhn cards, GB 32100 USCC, mobiles)."""
import random
R = random.Random(20261207)
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def id_check(s17):
    return "10X98765432"[sum(int(a)*b for a,b in zip(s17,W)) % 11]
def gen_id(region="330106", birth="19850312", seq=None, valid=True):
    seq = seq or "%03d" % R.randint(10, 998)
    s = region + birth + seq
    c = id_check(s)
    if not valid:
        c = "0123456789"[("0123456789X".index(c) + 3) % 10]
    return s + c
def luhn_ok(n):
    t = 0
    for i, d in enumerate(reversed(n)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0
def gen_card(prefix="621700", length=19):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
def gen_bad_luhn(prefix="621700", length=19):
    v = gen_card(prefix, length)
    return v[:-1] + str((int(v[-1]) + 1) % 10)
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def gen_uscc(kind="91", region="330106"):
    body = kind + region + "".join(R.choice(USCC_CH[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    s = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    c = (31 - s % 31) % 31
    return body + USCC_CH[c]
SEGS = ["130","131","132","133","135","136","137","138","139","150","151","152","155","157","158","159","177","180","181","186","187","188","189","199"]
def gen_mobile():
    return R.choice(SEGS) + "".join(str(R.randint(0, 9)) for _ in range(8))
def mask_id(v): return v[:6] + "********" + v[-4:]
def mask_mobile(v): return v[:3] + "****" + v[-4:]
def mask_card(v): return v[:4] + " **** **** " + v[-4:]
