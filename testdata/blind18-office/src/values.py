"""Synthetic values for blind18-office, from a fixed seed (18)."""
import json, random, datetime, os

R = random.Random(18)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REGIONS = ["110105", "310104", "440305", "330106", "510107", "320102", "420106", "370202", "210102", "610113"]


def gb11643(body17):
    s = sum(int(c) * w for c, w in zip(body17, W))
    return body17 + "10X98765432"[s % 11]


def id_card():
    reg = R.choice(REGIONS)
    d = datetime.date(1960, 1, 1) + datetime.timedelta(days=R.randrange(0, 365 * 42))
    seq = "%03d" % R.randrange(1, 999)
    return gb11643(reg + d.strftime("%Y%m%d") + seq)


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def card():
    p, n = R.choice([("622202", 19), ("621700", 19), ("622848", 19), ("622588", 16), ("621483", 16)])
    return luhn_complete(p, n)


def mobile():
    return R.choice(["138", "139", "150", "151", "186", "187", "199", "177", "135", "158"]) + "".join(str(R.randrange(10)) for _ in range(8))


LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate():
    prov = R.choice("京沪粤浙苏川鄂鲁")
    city = R.choice("ABCDE")
    if R.random() < 0.4:
        return prov + city + R.choice("DF") + "".join(str(R.randrange(10)) for _ in range(5))
    tail = [str(R.randrange(10)) for _ in range(5)]
    tail[R.randrange(1, 4)] = R.choice(LET)
    return prov + city + "".join(tail)


def passport():
    return "E" + "".join(str(R.randrange(10)) for _ in range(8))


def uscc():
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + R.choice(["110105", "330106", "440305"]) + "".join(R.choice(chars[:10] + chars[10:]) for _ in range(9))
    s = sum(chars.index(c) * wt for c, wt in zip(body, w))
    return body + chars[(31 - s % 31) % 31]


V = {
    "id": [id_card() for _ in range(24)],
    "card": [card() for _ in range(10)],
    "mobile": [mobile() for _ in range(24)],
    "plate": [plate() for _ in range(6)],
    "passport": [passport() for _ in range(4)],
    "uscc": [uscc() for _ in range(4)],
}

if __name__ == "__main__":
    os.makedirs("out", exist_ok=True)
    json.dump(V, open("out/values.json", "w"), ensure_ascii=False, indent=1)
    from common import text_png  # pictures with printed text, so OCR reads something
    open("out/photo_text.png", "wb").write(text_png("活动现场"))
    open("out/chart_text.png", "wb").write(text_png("政务公开"))
    print(json.dumps(V, ensure_ascii=False))
