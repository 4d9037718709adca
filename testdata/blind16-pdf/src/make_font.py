"""Builds cjk.ttf: DroidSansFallback's CJK (it has no Latin digits) merged with DejaVuSans's
Latin, digits and ★, as one TrueType font that ReportLab, pdfkit and pdf-lib can embed.
Only the characters used by the generators in this folder are kept.
Usage: python3 make_font.py OUT.ttf"""
import glob
import os
import sys
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from fontTools.merge import Merger
from fontTools import subset

DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
out = sys.argv[1]
used = set()
for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.*")):
    if p.endswith((".py", ".js", ".json")):
        used |= {ord(ch) for ch in open(p, encoding="utf-8").read() if ord(ch) > 0x2FFF}
DROP = ["GSUB", "GPOS", "GDEF", "kern", "gasp", "prep", "fpgm", "cvt ", "hdmx", "VDMX", "LTSH", "vhea", "vmtx", "FFTM", "meta", "MATH"]


def strip(f):
    for t in DROP:
        if t in f:
            del f[t]

tmp = out + ".part"

lat = TTFont(DEJAVU)
opts = subset.Options()
opts.layout_features = []
opts.notdef_outline = True
opts.name_IDs = ["*"]
s = subset.Subsetter(opts)
s.populate(unicodes=list(range(0x20, 0x7F)) + [0x2605, 0x2606, 0xB7, 0x2014, 0x2013, 0x2022])
s.subset(lat)
strip(lat)
lat.save(tmp + "1.ttf")

cjk = TTFont(DROID)
latin = set(range(0x20, 0x7F)) | {0x2605, 0x2606, 0xB7, 0x2014, 0x2013, 0x2022}
s = subset.Subsetter(opts)
s.populate(unicodes=[u for u in cjk.getBestCmap() if u in used and u not in latin])
s.subset(cjk)
strip(cjk)
scale_upem(cjk, 2048)
cjk.save(tmp + "2.ttf")

merged = Merger().merge([tmp + "1.ttf", tmp + "2.ttf"])
merged["name"].setName("B16CJK", 1, 3, 1, 0x409)
merged["name"].setName("B16CJK", 4, 3, 1, 0x409)
merged["name"].setName("B16CJK", 6, 3, 1, 0x409)
merged.save(out)
os.remove(tmp + "1.ttf")
os.remove(tmp + "2.ttf")
