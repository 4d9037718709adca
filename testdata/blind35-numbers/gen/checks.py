"""Checksum helpers for synthetic values (all values are made up)."""

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def make_id(s17):
    assert len(s17) == 17
    return s17 + id_check(s17)


def bad_id(s17):
    """18 digits whose last digit is deliberately NOT the GB 11643 check."""
    good = id_check(s17)
    for d in "0123456789":
        if d != good:
            return s17 + d


def id_valid(s18):
    return id_check(s18[:17]) == s18[17]


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
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d


def luhn_break(prefix):
    for d in "0123456789":
        if not luhn_ok(prefix + d):
            return prefix + d


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(s8):
    """GB 11714 组织机构代码 with check character."""
    v = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s8, ORG_W))
    c = 11 - v % 11
    return s8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(prefix2, region6, org8):
    """GB 32100 统一社会信用代码: 2 + region 6 + org code 9 + check."""
    body = prefix2 + region6 + org_code(org8)
    v = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - v % 31) % 31]


def isbn13(s12):
    v = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s12))
    return s12 + str((10 - v % 10) % 10)


def patent(s12):
    """CN patent application number check (ZL + 12 digits + . + check)."""
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    v = sum(int(c) * x for c, x in zip(s12, w)) % 11
    return s12 + "." + ("X" if v == 10 else str(v))


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(s16_with_placeholder):
    """17-char VIN, position 9 replaced by the ISO 3779 check."""
    s = s16_with_placeholder
    v = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(s, VIN_W))
    c = v % 11
    return s[:8] + ("X" if c == 10 else str(c)) + s[9:]


if __name__ == "__main__":
    print(make_id("11010119900307451"), id_valid("110101199003074514"))
    print(uscc("91", "330102", "MA2H3K7P"), org_code("47000354"))
    print(luhn_complete("621700123456789012"), isbn13("978750971234"))
    print(patent("202310123456"), vin("LSVAU2A30N2183456"))
