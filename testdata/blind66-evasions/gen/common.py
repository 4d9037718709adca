"""Shared synthetic values and label helpers for the blind66-evasions corpus.

Every value is synthetic: IDs carry a correct GB 11643 check digit over a
real region code and birth date; cards pass Luhn; mobiles use current
号段. Paths are relative to the corpus root (the folder above gen/).
"""
import json
import os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def luhn(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:          # these digits are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


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


ID = {
    "a": gb11643("11010119850312123"),   # 北京市东城区
    "b": gb11643("33010619920718056"),   # 杭州市西湖区
    "c": gb11643("42010619781125301"),   # 武汉市武昌区
    "d": gb11643("44030520010203482"),   # 深圳市南山区
    "e": gb11643("51010419670930215"),   # 成都市锦江区
    "f": gb11643("32010219880816047"),   # 南京市玄武区
    "g": gb11643("37020219950421163"),   # 青岛市市南区
    "h": gb11643("61010319730605248"),   # 西安市碑林区
}

CARD = {
    "a": luhn("621700123456789012"),     # 19 digits, UnionPay
    "b": luhn("622202160200123456"),     # 19 digits, UnionPay
    "c": luhn("622848001234567"),        # 16 digits, UnionPay
}

MOBILE = {
    "a": "13917264508",
    "b": "18627351946",
    "c": "15057183624",
    "d": "17712659043",
    "e": "19928374651",
    "f": "13563728190",
    "g": "18811207395",
    "h": "13702846159",
    "i": "15190432768",
    "j": "18958126037",
    "k": "13625983014",
    "l": "17380456219",
}

for _v in ID.values():
    assert len(_v) == 18
for _v in CARD.values():
    assert luhn_ok(_v)


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_card(v):
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
MATH_BOLD = str.maketrans("0123456789", "".join(chr(0x1D7CE + i) for i in range(10)))
MATH_MONO = str.maketrans("0123456789", "".join(chr(0x1D7F6 + i) for i in range(10)))
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x0660 + i) for i in range(10)))
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
CN_NUM = str.maketrans("0123456789", "〇一二三四五六七八九")
CN_CAP = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")


def insert_every(s, ch, every=1):
    """Put ch between groups of `every` characters."""
    return ch.join(s[i:i + every] for i in range(0, len(s), every))


class Labels:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, file, verdict, cats, raw, note):
        assert verdict in ("block", "review", "pass")
        if verdict == "pass":
            assert not cats and not raw, file
        self.items.append({"file": file, "expect_verdict": verdict,
                           "expect_categories": list(cats), "raw_values": list(raw),
                           "note": note})

    def save(self):
        with open(os.path.join(ROOT, "gen", "labels_%s.json" % self.name), "w", encoding="utf-8") as f:
            json.dump(self.items, f, ensure_ascii=False, indent=1)


def out(rel):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write_text(rel, text, encoding="utf-8"):
    with open(out(rel), "w", encoding=encoding, newline="\n") as f:
        f.write(text)

_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(b17):
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(_USCC.index(c) * k for c, k in zip(b17, w))
    return b17 + _USCC[(31 - s % 31) % 31]


USCC = uscc("91330106MA2H3K7L5")

# Short quotations of the documented behaviour, cited in the notes.
Q = {
    "id": "findings.md id_card: '居民身份证号 with a valid GB 11643 check digit, a real birth date and region'",
    "mob": "findings.md mobile_phone: '11-digit mobiles in current 号段, grouped (spaces, hyphens, or full stops between every group: 186.1234.5678), with +86, full-width'",
    "card": "findings.md bank_card: 'Luhn-valid 16–19 digit card numbers that are UnionPay (62…) or stand next to 卡号/账号/银行, whole or in groups'",
    "norm": "rules.md: 'The regex runs on the text as mishen normalises it for every detector: full-width letters and digits become ASCII, letters lower case, traditional characters simplified, and spaces and line breaks next to Chinese characters removed'",
    "dictnorm": "README Dictionaries: 'Terms are normalised like texts (full-width → ASCII, case, traditional → simplified, spacing next to CJK removed), so 機密 matches 机密 and 秘 密 matches 秘密'",
    "radical": "README PDF text: 'the normaliser folds the CJK Radicals Supplement and Kangxi Radicals (⺠ → 民) from the Unicode Character Database's EquivalentUnifiedIdeograph.txt'",
    "mark": "findings.md classified_marking: '秘密★1年, 机密★, 绝密☆长期, 密级：秘密, a bare 秘密/秘密级/【秘密】 heading a document or in a page header, a level and its period on a document's first line whatever its star (秘密1年, a symbol font's ★, 秘密 保密期限：1年)'",
    "mask": "findings.md: 'Not findings: masked values (330106********0018, 138****1234, 京A·***45, E1234****, 张某某), hotlines (12345, 12369), agency landlines, and a company's 统一社会信用代码'",
    "read": "README What is read: 'Everything a reader of the published file can see or open is read'",
    "zw": "README corpus table: blind23-split 'spans and zero-width characters' and blind27-web2 'digits split by entities, markup and zero-width characters' are listed as read (1.00 now); the contract itself names no zero-width rule",
    "html": "README HTML row: 'visible text, title, comments, hidden elements …'",
    "css": "README HTML row: 'the strings the page's own stylesheet draws (content: of ::before/::after)'",
    "link": "README HTML row: 'every link target (link_target: href, src, srcset, action …)' and findings.md internal_address: 'URLs of intranet hosts (… private IPs …) wherever a file holds them — link targets … included'",
    "pdf": "README PDF text: 'Every glyph is placed by its own position (after the text matrix and the CTM) and the page is read back as lines'",
    "docx": "README DOCX row: 'body, headers/footers …'; README corpus blind20-gongwen: markings 'split into runs, spaced' read",
    "xlsx": "README Tables: 'the heading of a cell's column and the labels of its row are its context'",
    "decor": "README Context model: 'A classification level followed by one ★ is a marking: ★★★ is decoration, 国家秘密★ is no level'",
    "allow": "README Dictionaries: 'An allow-list phrase suppresses every term hit it overlaps (保守国家秘密法, 商业秘密, 内部控制, 涉密不上网 …)'",
    "term": "findings.md sensitive_term: '工作秘密, 内部资料 注意保存, 仅供内部参考, 此件不公开'; README: '内部资料 (内部文件, 内部材料) 注意保存'; README Context model: terms 'are labels when they stand alone, fill their brackets ((此件不公开)), are declared of the text (本材料属工作秘密 …) or carry a label's order (内部资料，请勿外传 …)'",
    "silent": "DOCS SILENT on this character class (the normal form promises only full-width → ASCII); labelled by what a reviewer sees on the published rendering",
}


def dump_values():
    """values.json for the node generator."""
    with open(os.path.join(ROOT, "gen", "values.json"), "w", encoding="utf-8") as f:
        json.dump({"ID": ID, "CARD": CARD, "MOBILE": MOBILE}, f, ensure_ascii=False, indent=1)
