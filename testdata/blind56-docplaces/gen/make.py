"""Build blind56-docplaces: every place a word-processing document holds text.

Writes the files and labels.json into the folder above gen/ (or $B56_OUT).
Needs python-docx and openpyxl importable, LibreOffice (soffice) on PATH and
node with the npm package `docx` reachable through NODE_PATH; make.sh sets these up.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, MOB, HERE  # noqa: E402
import hx  # noqa: E402
import pd  # noqa: E402
import lo  # noqa: E402

ND_LABELS = [
    ("nd_even_footer_mobile.docx", "review", ["mobile_phone"], [MOB[1]],
     "npm docx with evenAndOddHeaderAndFooters: only the even-page footer gives a duty contact's personal mobile"),
    ("nd_even_footer_clean.docx", "pass", [], [],
     "clean twin: even-page footer with the 12119 fire hotline and the bureau's landline"),
    ("nd_footnote_clean.docx", "pass", [], [], "clean twin: npm docx footnote citing a regulation"),
    ("nd_bookmark_clean.docx", "pass", [], [], "clean twin: a bookmark 附件_重点区域 and an internal hyperlink to it"),
    ("nd_bookmark_mobile.docx", "review", ["mobile_phone"], [MOB[12]],
     "a bookmark's name (w:bookmarkStart w:name, also the internal hyperlink's w:anchor) is 护林员周敏_<mobile>. Docs are silent on bookmark names; "
     "labelled as a reviewer would: the name is shown in Insert > Bookmark to anyone who opens the file"),
    ("nd_numbering_internal.docx", "review", ["sensitive_term"], [],
     "numbering.xml lvlText （内部资料）%1. puts the label （内部资料） before every list item as its list label. Docs do not name numbering; "
     "labelled as a reviewer sees the rendered page"),
    ("nd_numbering_clean.docx", "pass", [], [], "clean twin: list labels 第%1条"),
]


INTRO = """# blind56-docplaces

A blind corpus on **every place a word-processing document holds text**: %(n)d files, %(p)d of which must pass; each of
the others has one problem, named in its note. Labels follow README.md and docs/ of mishen; where the docs are silent
(bookmark names, numbering labels) the note says so and the label is what a 保密审查员 would expect (anything a reader
of the published file can see or open is published). All names, numbers and addresses are invented.

| file | verdict | categories | note |
| --- | --- | --- | --- |
"""

OUTRO = """
## How it was made

`gen/make.sh` (re-runnable; writes into the folder above gen/, or `$B56_OUT`) installs what is missing into /tmp only
(python-docx 0.8.11 and openpyxl from Debian's packages unpacked with `dpkg -x`, npm `docx` 9) and runs `gen/make.py`,
which calls four producers: `hx.py` writes OOXML packages part by part with zipfile (`hx_*`: VML and DrawingML
watermarks in headers, wps:txbx text boxes with their VML `mc:Fallback`, a VML-only text box, grouped shapes, SmartArt
data with its drawing cache, a chart and its embedded workbook, endnotes, comments with replies (commentsExtended),
tracked deletions and moves, `w:vanish`+`w:specVanish`, text under a picture, HYPERLINK/INCLUDETEXT/DOCVARIABLE/MERGEFIELD
fields and `w:docVar`, content controls with placeholders, drop-down entries and a custom XML data binding, core, app and
custom properties, `w:attachedTemplate`, the glossary, HTML and RTF `w:altChunk`, an embedded .xlsx OLE object and a
Package OLE object (a compound file written by hand, whose `\x01Ole10Native` stream carries a .txt), table cells split by
soft hyphens, runs and `w:br`, eastAsia run properties); `pd.py` uses python-docx (`pd_*`: first-page, default and
per-section headers and footers, hidden and white runs, hyperlinks, alt text, tables); `nd.js` uses npm `docx` (`nd_*`:
even-page footers, footnotes, bookmarks, numbering labels); `lo.py` writes flat ODF and HTML and converts them with
LibreOffice 7.4 `soffice --headless --convert-to` (`lo_*`: footnotes and endnotes in DOCX, an annotated .doc, RTF with
a footnote, an ODT with a hidden section, .wps written with the "MS Word 97" filter, HTML to DOCX). Every file was checked
after it was made (its parts unzipped and grepped for each raw value, the text boxes, SmartArt and charts rendered to PDF
by LibreOffice, the .doc/.wps/.rtf converted back, the compound file opened with olefile).
"""


def write_readme(labels):
    rows = "".join("| %s | %s | %s | %s |\n" % (l["file"], l["expect_verdict"], ", ".join(l["expect_categories"]) or "—",
                                               l["note"].replace("|", "\\|")) for l in labels)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(INTRO % {"n": len(labels), "p": sum(l["expect_verdict"] == "pass" for l in labels)} + rows + OUTRO)


def main():
    os.makedirs(OUT, exist_ok=True)
    labels = []
    labels += hx.main()
    labels += pd.main()
    subprocess.run(["node", os.path.join(HERE, "nd.js"), OUT, MOB[1], MOB[12]], check=True)
    labels += [{"file": f, "expect_verdict": v, "expect_categories": c, "raw_values": r, "note": n} for f, v, c, r, n in ND_LABELS]
    labels += lo.main()
    labels.sort(key=lambda l: l["file"])
    names = [l["file"] for l in labels]
    assert len(names) == len(set(names)), "duplicate label"
    for n in names:
        assert os.path.exists(os.path.join(OUT, n)), n
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    write_readme(labels)
    print("%d files, %d pass" % (len(labels), sum(l["expect_verdict"] == "pass" for l in labels)))


if __name__ == "__main__":
    main()
