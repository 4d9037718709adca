"""Save a document with an open password through LibreOffice's UNO API (a private soffice we start and stop)."""
import os, subprocess, time, uno
from com.sun.star.beans import PropertyValue


def _pv(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v
    return p


def save_encrypted(src, dst, filt, password):
    prof = "/tmp/b41/unoprof"
    proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", f"-env:UserInstallation=file://{prof}",
                             "--accept=pipe,name=b41uno;urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(60):
            try:
                ctx = resolver.resolve("uno:pipe,name=b41uno;urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (_pv("Hidden", True),))
        doc.storeToURL(uno.systemPathToFileUrl(dst), (_pv("FilterName", filt), _pv("Password", password)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
