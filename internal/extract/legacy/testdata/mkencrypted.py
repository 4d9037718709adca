#!/usr/bin/python3
"""mkencrypted.py saves this folder's fixtures again with an open password
(LibreOffice through UNO, the only way to give it one): encrypted.doc
(Word 97, RC4 CryptoAPI, the FIB's fEncrypted bit) and encrypted.xls
(BIFF8 with a FILEPASS record). LibreOffice 7.4 saves neither a .ppt nor
an OOXML file encrypted (the password is ignored), so:

  - encrypted.ppt.gz is slides.ppt with the headerToken of its Current
    User stream set to 0xF3D1C4DF, which PowerPoint writes when the
    presentation is encrypted (MS-PPT 2.3.2), rewritten in place with
    olefile; nothing else of the file changes. No program here writes an
    encrypted .ppt, so this stands for one;
  - encrypted.docx is made by mkencrypted.js (npm officecrypto-tool,
    ECMA-376 agile encryption).

Run from this folder after mkfixtures.sh:

    /usr/bin/python3 mkencrypted.py

The password is "mishen"; the files hold the same synthetic ID as the
fixtures they are made from (hidden.doc: document.doc has a comment,
whose window crashes a headless Writer loaded through UNO).
"""
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="mishen-enc-")
try:
    with gzip.open(os.path.join(here, "slides.ppt.gz")) as g, open(os.path.join(work, "slides.ppt"), "wb") as f:
        shutil.copyfileobj(g, f)
    jobs = [  # source, filter, output
        (os.path.join(here, "hidden.doc"), "MS Word 97", "encrypted.doc"),
        (os.path.join(here, "workbook.xls"), "MS Excel 97", "encrypted.xls"),
    ]

    def pv(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    profile = "file://" + os.path.join(work, "profile")
    proc = subprocess.Popen(["soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore",
                             "--accept=pipe,name=mishenenc;urp;"])
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:pipe,name=mishenenc;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    if ctx is None:
        sys.exit("mkencrypted.py: LibreOffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    for src, flt, out in jobs:
        d = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
        d.storeToURL(uno.systemPathToFileUrl(os.path.join(here, out)), (pv("FilterName", flt), pv("Password", "mishen")))
        d.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    proc.wait(timeout=60)

    import olefile
    ppt = os.path.join(work, "slides.ppt")
    with olefile.OleFileIO(ppt, write_mode=True) as ole:
        cu = bytearray(ole.openstream("Current User").read())
        cu[12:16] = (0xF3D1C4DF).to_bytes(4, "little")
        ole.write_stream("Current User", bytes(cu))
    with open(ppt, "rb") as f, gzip.GzipFile(os.path.join(here, "encrypted.ppt.gz"), "wb", 9, mtime=0) as g:
        g.write(f.read())
finally:
    shutil.rmtree(work, ignore_errors=True)
