"""Synthetic personal data for the blind89b corpus (GB 11643 check digits, real 号段)."""
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def cid(region, birth, seq):
    """Return an 18-digit ID with a valid GB 11643 check digit."""
    body = f"{region}{birth}{seq:03d}"
    return body + C[sum(int(d) * w for d, w in zip(body, W)) % 11]


def mask(i):
    return i[:6] + "********" + i[-4:]


ID = {
    "dongcheng": cid("110101", "19860412", 237),
    "xuhui": cid("310104", "19920918", 451),
    "nanshan": cid("440305", "19790203", 118),
    "xihu": cid("330106", "19880730", 662),
    "wuhou": cid("510107", "19950114", 309),
    "wuchang": cid("420106", "19710625", 874),
    "shinan": cid("370202", "20010309", 526),
    "xuanwu": cid("320102", "19830521", 193),
    "yuexiu": cid("440104", "19670811", 45),
    "furong": cid("430102", "19990227", 732),
}
MOB = ["13952146708", "15821379064", "18603417295", "17731562840", "19951283367",
       "13580426619", "15037261948", "18937045521"]
