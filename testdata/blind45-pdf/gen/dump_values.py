# -*- coding: utf-8 -*-
"""Write WORK/values.json from common.py for the node producers."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa

os.makedirs(C.WORK, exist_ok=True)
v = {k: getattr(C, k) for k in dir(C) if k.isupper() and not k.startswith("_")}
v = {k: x for k, x in v.items() if isinstance(x, (str, list, tuple, int))}
v["PEN_BODY_MASKED"] = C.pen_body(True)
v["MASK"] = {i: C.mask_id(i) for _, i in C.ATT_ROWS}
with open(os.path.join(C.WORK, "values.json"), "w", encoding="utf-8") as f:
    json.dump(v, f, ensure_ascii=False, indent=1)
print("values ok")
