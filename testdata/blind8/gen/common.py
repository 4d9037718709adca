"""Shared helpers for the blind8 generator: synthetic personal data and tool runners.

All personal data is synthetic: IDs carry a correct GB 11643 check digit, a real
county code and a real birth date; mobiles use current 号段 with random digits.
"""
import os
import random
import subprocess

RNG = random.Random(20261206)

REGIONS = ["110101", "110105", "310104", "330106", "320102", "440305", "510107",
           "420106", "370202", "410105", "430104", "350203", "610113", "220102"]
PREFIXES = ["138", "139", "135", "150", "151", "186", "187", "177", "199", "133",
            "153", "180", "181", "189", "158", "166"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def check_digit(body17):
    return C[sum(int(a) * b for a, b in zip(body17, W)) % 11]


def new_id(digit_check=True):
    """A synthetic 18-digit ID; digit_check=True avoids a trailing X."""
    while True:
        y = RNG.randint(1958, 2002)
        m = RNG.randint(1, 12)
        d = RNG.randint(1, 28)
        body = f"{RNG.choice(REGIONS)}{y:04d}{m:02d}{d:02d}{RNG.randint(10, 999):03d}"
        cd = check_digit(body)
        if digit_check and cd == "X":
            continue
        return body + cd


def new_mobile():
    return RNG.choice(PREFIXES) + "".join(str(RNG.randint(0, 9)) for _ in range(8))


def masked_id():
    i = new_id()
    return i[:6] + "********" + i[-4:]


def masked_mobile():
    m = new_mobile()
    return m[:3] + "****" + m[-4:]


def bad_checksum_id():
    i = new_id()
    last = i[-1]
    alt = str((int(last) + 3) % 10)
    return i[:-1] + alt


def run(cmd, **kw):
    kw.setdefault("check", True)
    return subprocess.run(cmd, **kw)


LO_PROFILE = "file:///tmp/blindgen-lo-profile"


def soffice(args, cwd):
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore"] + args,
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_path, pdf_path):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=/tmp/blindgen-chromium", f"--print-to-pdf={pdf_path}",
         "file://" + os.path.abspath(html_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
