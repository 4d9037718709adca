"""Invented values with valid check digits for blind57-gongshi.

Every value here is made up: IDs carry a valid GB 11643 check digit, a real
region code and a real birth date; cards are Luhn-valid; credit codes carry a
valid GB 32100 check character; VINs a valid ISO 3779 check digit; ISBNs a
valid ISBN-13 check digit.
"""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    s = sum(int(c) * W[i] for i, c in enumerate(body17))
    return "10X98765432"[s % 11]


def id18(region, birth, seq):
    body = region + birth + seq
    assert len(body) == 17
    return body + id_check(body)


def id_valid(s):
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def id_with_x(region, birth):
    for n in range(100, 999):
        v = id18(region, birth, "%03d" % n)
        if v.endswith("X"):
            return v
    raise ValueError


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


def luhn_complete(prefix_body):
    for d in "0123456789":
        if luhn_ok(prefix_body + d):
            return prefix_body + d
    raise ValueError


def luhn_break(num):
    """Return num with its last digit changed so Luhn fails."""
    last = int(num[-1])
    cand = num[:-1] + str((last + 1) % 10)
    assert not luhn_ok(cand)
    return cand


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(USCC_CH.index(c) * USCC_W[i] for i, c in enumerate(body17))
    c = 31 - s % 31
    if c == 31:
        c = 0
    return body17 + USCC_CH[c]


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(v16_with_placeholder):
    """v: 17 chars with '?' at position 9."""
    v = v16_with_placeholder
    s = sum(VIN_T[c] * VIN_W[i] for i, c in enumerate(v) if i != 8)
    r = s % 11
    return v[:8] + ("X" if r == 10 else str(r)) + v[9:]


def isbn13(first12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


def imei(first14):
    return luhn_complete(first14)


def mask_id64(v):
    return v[:6] + "********" + v[-4:]


def mask_id44(v):
    return v[:4] + "**********" + v[-4:]


def mask_id14(v):
    return v[:14] + "****"


def mask_card(v):
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


# ---------------------------------------------------------------- people IDs
# region codes of Hubei (湖北) counties and districts, real birth dates
IDS = {
    # name: id
    "b01_leak": id18("420106", "19960714", "213"),
    "b02_x": id_with_x("420111", "19971103").lower(),
    "b12_leak": id18("420115", "19580922", "034"),
    "b13_leak": id18("421022", "19470305", "128"),
    "b14_leak": id18("420502", "19990218", "425"),
    "b15_leak": id18("420103", "19850627", "731"),
    "b18_leak": id18("420117", "19630810", "052"),
    "b19_leak": id18("420102", "19681123", "341"),
    "b25_leak": id18("422801", "19950430", "626"),
    "b28_a": id18("420104", "20020519", "318"),
    "b28_b": id18("420112", "20011208", "042"),
    "b28_c": id18("429004", "20030126", "565"),
    "b28_d": id18("420902", "20020903", "127"),
    "b31_a": id18("420115", "19520716", "213"),
    "b31_b": id18("420115", "19610304", "128"),
    "b31_c": id18("420115", "19740911", "041"),
    "b31_d": id18("420115", "19480127", "326"),
    "b33_leak": id18("420103", "19750826", "514"),
}
LEGACY15 = "420106720315123"  # 1972-03-15, 15-digit legacy ID

for k, v in IDS.items():
    assert id_valid(v), k


def filler_ids(region_list, n, start_year=1960, seed=57):
    """Valid IDs for rows that are shown masked."""
    import random
    r = random.Random(seed)
    out = []
    for i in range(n):
        reg = region_list[i % len(region_list)]
        y = r.randint(start_year, start_year + 40)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        out.append(id18(reg, "%04d%02d%02d" % (y, m, d), "%03d" % r.randint(10, 899)))
    return out


# ---------------------------------------------------------------- cards
CARD_B04 = luhn_complete("622848041823657109"[:18])          # 19 digits, 农行
CARD_B17 = luhn_complete("621700287001234561"[:18])          # 19 digits, 建行
CARD_B26 = luhn_complete("436742071825391")                 # 16 digits, 龙卡 Visa
CARD_B27 = luhn_complete("621226320200583147"[:18])          # 19 digits, 工行
# an organisation's settlement account that happens to be 62… and Luhn-valid
ACCT_P15 = luhn_complete("622848170101042536"[:18])
ACCT_P16 = luhn_complete("621661580000317920"[:18])
# a 62… Luhn-valid payment serial (支付流水号), not a card
SERIAL_P20 = luhn_complete("620250418103527601"[:18])
for c in (CARD_B04, CARD_B17, CARD_B26, CARD_B27, ACCT_P15, ACCT_P16, SERIAL_P20):
    assert luhn_ok(c)

MOB = {
    "b05": "13907185263",
    "b06": "15872614093",
    "b16": "18627135548",
    "b20a": "19945012376",
    "b20b": "13554287160",
    "b22": "17764021985",
    "b32": "13971528046",
}
