"""Shared helpers for probe2: reuses testdata/probe/gen/lib.py (synthetic data
and Flat ODF writers) with its own seed, plus a few checks used to prove that
the "look-alike" numbers in PASS documents are really not IDs or cards."""
import datetime
import os
import random
import sys

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "probe", "gen"))
import lib  # noqa: E402

lib.RNG = random.Random(20250703)  # own seed: no value shared with testdata/probe

DOCS = []


def doc(file, kind, src, verdict, cats, raw, note, **extra):
    DOCS.append(dict(file=file, kind=kind, src=src, verdict=verdict, cats=cats, raw=raw, note=note, **extra))


def id_valid(s):
    """True when s would pass as a real 18-digit ID: check digit and birth date."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    if lib.id_check(s[:17]) != s[17].upper():
        return False
    try:
        d = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= d <= datetime.date(2025, 12, 31)


def not_id(s):
    assert len(s) == 18 and not id_valid(s), s
    return s


def not_luhn(s):
    assert not lib.luhn_ok(s.replace(" ", "")), s
    return s


def digits_not_luhn(prefix, length):
    return lib.make_digits_not_luhn(prefix, length)


def code18_bad(prefix):
    """An 18-digit code that starts like an ID (region + plausible date) but fails the check digit."""
    while True:
        s = prefix + "".join(lib.RNG.choice("0123456789") for _ in range(18 - len(prefix)))
        if not id_valid(s):
            return s
