#!/usr/bin/python3
"""Compute every synthetic value once and write values.json (read by all generators)."""
import json, os
from values import make_id, bad_id, luhn_complete, luhn_fail, luhn_ok, uscc, id_check

V = {}
V["ID_A"] = make_id("330106", "19850412", "123")   # 个体工商户经营者 (n01)
V["ID_B"] = make_id("330102", "19790823", "215")   # 不动产权利人 (n16)
V["ID_C"] = make_id("110105", "19921130", "047")   # 行政处罚当事人 (n17)
V["ID_D"] = make_id("440305", "19880506", "031")   # 订单号 that is a real ID (n07)
V["ID_E"] = make_id("330106", "19900315", "012")   # carried inside a 24-digit 交易流水号 (p09/n08)
V["SER24"] = "12" + V["ID_E"] + "4501"
for k, args in {"BAD1": ("330106", "20260315", "001"), "BAD2": ("330106", "19900101", "002"),
                "BAD3": ("110101", "19870620", "005"), "BAD4": ("330106", "20260312", "002"),
                "BAD5": ("330106", "20260315", "027"), "BAD6": ("330106", "19950708", "004")}.items():
    V[k] = bad_id(*args)
V["MOB"] = ["13957112468", "15868123579", "18657190234", "17706512345", "19941234567", "13867123450", "15957198760"]
V["CARD1"] = luhn_complete("622202120204123456")
V["CARD2"] = luhn_complete("621700123456789012")
V["CARD3"] = luhn_complete("622848032123456789")
V["ORG_ACC1"] = luhn_complete("120202100900123456")
V["ORG_ACC2"] = luhn_complete("330104000012345678")
V["SER62"] = luhn_complete("620260315000123456")
V["SER62B"] = luhn_fail("620260315000123471")
V["SER62C"] = luhn_fail("620260316000123502")
V["PAYSER"] = luhn_fail("420000212320260315")
def uscc_digits(prefix15):
    for a in "0123456789":
        for b in "0123456789":
            u = uscc(prefix15 + a + b)
            if u[-1].isdigit():
                return u
V["U1"] = uscc("91330106MA2H7K3P5")
V["U2"] = uscc("12330106470012345")
V["U3"] = uscc("11330106002482448")
V["U4"] = uscc_digits("913301067045123")
V["U5"] = uscc("52330106MJ9876543")
V["U6"] = uscc("91330100MA27WQ8L0")
V["U7"] = uscc("92330106MA2GLJ0R4")
V["U8"] = uscc("91330106MA2KD4TX1")
V["U9"] = uscc_digits("913301087109872")
V["PLATES"] = ["浙A·D12345", "浙A52T81"]
V["PASSPORTS"] = ["E83726154", "EJ2735816"]
# self-checks
for k in ("ID_A", "ID_B", "ID_C", "ID_D", "ID_E"):
    assert id_check(V[k][:17]) == V[k][17]
for k in ("BAD1", "BAD2", "BAD3", "BAD4", "BAD5", "BAD6"):
    assert id_check(V[k][:17]) != V[k][17] and V[k].isdigit()
for k in ("CARD1", "CARD2", "CARD3", "ORG_ACC1", "ORG_ACC2", "SER62"):
    assert luhn_ok(V[k])
for k in ("SER62B", "SER62C", "PAYSER"):
    assert not luhn_ok(V[k])
json.dump(V, open(os.path.join(os.path.dirname(__file__), "values.json"), "w"), ensure_ascii=False, indent=1)
print(json.dumps(V, ensure_ascii=False, indent=1))
