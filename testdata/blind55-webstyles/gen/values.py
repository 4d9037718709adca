"""Invented personal values for blind55-webstyles, with valid check digits.

Every person, number and address here is made up for this corpus. IDs carry a
real county code, a real birth date and a GB 11643 check digit; cards are
UnionPay (62…) with a Luhn check digit; mobiles are in current 号段.
"""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643(first17):
    s = sum(int(d) * w for d, w in zip(first17, W))
    return first17 + "10X98765432"[s % 11]


def luhn(partial):
    """Append the Luhn check digit to partial."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


ID = {
    "details": gb11643("42010619860917352"),   # 武汉市武昌区
    "srcdoc": gb11643("51010419920305187"),    # 成都市锦江区
    "data": gb11643("37020319750622041"),      # 青岛市市北区
    "alt": gb11643("35020319890114266"),       # 厦门市思明区
    "input": gb11643("44030520010809538"),     # 深圳市南山区
    "dark": gb11643("33028219680430129"),      # 慈溪市
    "mht": gb11643("32058319830226714"),       # 昆山市
}
# masked neighbours shown on the pages (not findings)
ID_MASKED_ROWS = [
    mask_id(gb11643("37020219640312027")),
    mask_id(gb11643("37021119810725163")),
    mask_id(gb11643("37028119770908215")),
]

MOBILE = {
    "tab": "13962158437",
    "svg": "18851627094",
    "white": "17705216649",
    "print": "15267093318",
    "title": "19941063275",
}

CARD = {"data": luhn("621700286000735124")}   # 19 digits, UnionPay debit prefix

EMAIL = {
    "mailto": "lv.xiaoqin1983@163.com",
    "hidden": "shaoyiming_0716@126.com",
}

INTRANET = {
    "cookie_js": "http://10.12.3.45:8080/tongji/cookie-consent.js",
    "oa_192": "http://192.168.12.40:8080/oa/attach/download.do?fid=20250318A0931",
    "internal_host": "https://zwoa.chengchuan.internal/xxgk/draft/view?docid=A7K2",
    "img_10": "http://10.36.8.12/ueditor/upload/image/20250311/qdt_0412.png",
    "mht_single": "http://oaserver/zwgk/fujian/2025/chengguan_bmd.xls",
}

if __name__ == "__main__":
    for k, v in ID.items():
        print("id", k, v)
    for k, v in CARD.items():
        print("card", k, v, luhn_ok(v))
