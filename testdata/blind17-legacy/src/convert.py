#!/usr/bin/env python3
"""convert.py carries out BUILD/plan.json: LibreOffice conversions (soffice
--headless --convert-to, one call per target filter), password-protected saves
through UNO, the thumbnail strip of .ppt files, and copies into OUT.

    python3 convert.py BUILD OUT
"""
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from slimole import slim  # noqa: E402

BUILD, OUT = sys.argv[1], sys.argv[2]
SRC = os.path.join(BUILD, "src")
PROFILE = "file://" + os.path.join(BUILD, "profile")
PASSWORD = "blind17"
plan = json.load(open(os.path.join(BUILD, "plan.json")))

# A private profile that writes no preview pictures.
subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--terminate_after_init"],
               capture_output=True, timeout=120)

groups = {}
for it in plan:
    if it["to"] and it["post"] != "password":
        groups.setdefault((it["to"], it["filter"]), []).append(it)
for (to, flt), items in sorted(groups.items()):
    outdir = os.path.join(BUILD, "out", to + "_" + flt.replace(" ", "_"))
    os.makedirs(outdir, exist_ok=True)
    srcs = sorted({os.path.join(SRC, it["src"]) for it in items})
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to",
                    "%s:%s" % (to, flt), "--outdir", outdir] + srcs, check=True, capture_output=True, timeout=600)
    for it in items:
        made = os.path.join(outdir, os.path.splitext(it["src"])[0] + "." + to)
        dst = os.path.join(OUT, it["name"])
        shutil.copyfile(made, dst)
        if it["post"] == "slim":
            slim(dst)

for it in plan:
    if not it["to"]:
        shutil.copyfile(os.path.join(SRC, it["src"]), os.path.join(OUT, it["name"]))

enc = [it for it in plan if it["post"] == "password"]
if enc:
    import uno
    from com.sun.star.beans import PropertyValue

    def pv(n, v):
        x = PropertyValue()
        x.Name, x.Value = n, v
        return x

    proc = subprocess.Popen(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--norestore",
                             "--accept=pipe,name=blind17legacy;urp;"])
    ctx = None
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:pipe,name=blind17legacy;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    for it in enc:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.join(SRC, it["src"])), "_blank", 0,
                                           (pv("Hidden", True),))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(os.path.join(OUT, it["name"]))),
                       (pv("FilterName", it["filter"]), pv("Password", PASSWORD)))
        doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    proc.wait(timeout=60)
print("converted", len(plan), "files into", OUT)
