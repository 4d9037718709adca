"""Shared values and helpers for the blind54-pdfplaces generator.

All names, ID numbers, mobiles and card numbers here are invented.  IDs get
their GB 11643 check digit and cards their Luhn digit computed here.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("B54_OUT", os.path.dirname(HERE))
BUILD = os.environ.get("B54_BUILD", "/tmp/b54build")
os.makedirs(BUILD, exist_ok=True)

# pypdf is taken from a Debian package unpacked under /tmp (run.sh does it)
sys.path.insert(0, "/tmp/b54deb/root/usr/lib/python3/dist-packages")


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s17 + "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def luhn(prefix):
    for d in "0123456789":
        s = prefix + d
        t = 0
        for i, c in enumerate(reversed(s)):
            n = int(c)
            if i % 2 == 1:
                n *= 2
                if n > 9:
                    n -= 9
            t += n
        if t % 10 == 0:
            return s
    raise ValueError(prefix)


# invented identity numbers (real region codes and dates, computed check digits)
ID_LIN = id_check("32010219860417351")      # 林国栋
ID_MA = id_check("44030519910923062")       # 马丽娟
ID_ZHAO = id_check("51010419920718661")     # 赵海峰
ID_ZHANG = id_check("37020219880415321")    # 张明远
ID_HE = id_check("42010619750302584")       # 何建平
ID_QIAN = id_check("61011319990611207")     # 钱雨欣
ID_SONG = id_check("35020319830129446")     # 宋佳怡
ID_LU = id_check("13010219941105733")       # 卢志刚
ID_FENG = id_check("23010319790814918")     # 冯德胜 (check digit X)

CARD_WANG = luhn("621700129457382016")      # 19 digits, UnionPay
CARD_CHEN = luhn("622848043127659")         # 16 digits
CARD_DU = luhn("622202160738419205")        # 19 digits

MOB_ZHOU = "13957201846"
MOB_CHENG = "15067213948"
MOB_ZHENG = "18632957014"
MOB_SUN = "17709326158"
MOB_ZW = "13816672095"
MOB_LHM = "15905183627"
MOB_XU = "19851274063"
MOB_GAO = "13572049168"
MOB_TANG = "15820936471"

PASSPORT = "E83920517"
PLATE = "浙AD37281"
EMAIL_PERSON = "liu.xiaomei1987@163.com"

URL_IP = "http://10.32.8.15:8080/oa/gw/2026-0317"
URL_LOCAL = "http://gwxt.local/files/2026/fb-0412.docx"
URL_INTERNAL = "http://oa.zfb.internal/doc/3321"
UNC_FOOTER = "\\\\oa-fs01\\发文库\\2026\\017.docx"
UNC_XMP = "\\\\192.168.20.8\\公文\\待审\\0417.docx"


def grp(m):
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def out(name):
    return os.path.join(OUT, name)


def build(name):
    return os.path.join(BUILD, name)
