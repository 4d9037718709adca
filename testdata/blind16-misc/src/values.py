"""Synthetic personal data for blind16-misc: check digits computed here, never copied."""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def gb11643(first17):
    """Return the 18-digit ID with its GB 11643 check character."""
    s = sum(int(d) * w for d, w in zip(first17, W))
    return first17 + C[s % 11]


def bad_gb11643(first17):
    """Return 18 digits whose last digit is NOT the GB 11643 check character."""
    good = gb11643(first17)[-1]
    for d in "0123456789":
        if d != good:
            return first17 + d


def luhn(partial):
    """Append the Luhn check digit to partial."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def bad_luhn(partial):
    good = luhn(partial)[-1]
    return partial + str((int(good) + 3) % 10)


ID_A = gb11643("11010119900307451")      # 110101199003074514
ID_B = gb11643("33010619880512001")
ID_C = gb11643("44030519750921283")
ID_D = gb11643("32010219920615372")
ID_E = gb11643("51010719850101456")
ID_F = gb11643("37020219790830561")
ID_G = gb11643("42010619951224007")
ID_H = gb11643("21010219680414732")
ID_BAD = bad_gb11643("33010619880512001")  # a serial number, fails the check
CARD_A = luhn("622202123456789012")       # 19 digits UnionPay
CARD_B = luhn("621700987654321098")
CARD_C = luhn("622848001234567")          # 16 digits
CARD_BAD = bad_luhn("622202123456789012")
MOB_A = "13912345678"
MOB_B = "15857112345"
MOB_C = "18657198765"
MOB_D = "17705710321"
MOB_E = "13605812468"

assert ID_A == "110101199003074514", ID_A

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    """Append the GB 32100-2015 check character to a 统一社会信用代码."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return first17 + USCC_CHARS[(31 - s % 31) % 31]


USCC_A = uscc("91330106MA2H3K5L7")
