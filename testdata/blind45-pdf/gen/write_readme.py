# -*- coding: utf-8 -*-
"""Write OUT/README.md from OUT/labels.json."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa

labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
n = len(labels)
cnt = {v: sum(1 for l in labels if l["expect_verdict"] == v) for v in ("pass", "review", "block")}
head = """# blind45-pdf — one producer's output is not PDF

A fresh blind corpus written from mishen's README.md and docs/*.md alone
(no source, no test data read). Eighteen kinds of document a government
site publishes (a 通知 with a GB/T 9704 版头 and 机密★1年 on its marking
line, a 公示 table of IDs and mobiles, a 会议纪要 with 内部资料 in the page
header, a 招标公告 whose intranet address is only a link target, an annual
report quoting the 保密法, a 处罚决定 with masked IDs, a list with IDs
wrapped inside a narrow ruled cell, a diagonal 内部资料 watermark as text
and as a translucent turned picture, a red marking at the top drawn last
in the content stream, an ID in a footer, in form field values, in a
sticky note, in a bookmark title and in an attached CSV, plates,
passports, UnionPay cards, scans) are each produced by several of
ReportLab (STSong-Light not embedded, and an embedded TTF subset),
npm pdfkit and pdf-lib, Chromium --print-to-pdf, LibreOffice from
python-docx files that name the 公文 fonts (not installed), PIL and
img2pdf scans at 300 dpi (JPEG, CCITT G4, PNG), and then passed through
ghostscript pdfwrite (which on this machine, gs 10.00, keeps LibreOffice's
text layer but writes ToUnicode maps naming wrong characters for
pdfkit's, pdf-lib's and ReportLab's TTF subsets: those pages must go to
OCR), gs -dNoOutputFonts (outlines: no text layer, OCR), qpdf
(--object-streams=generate, --linearize, --qdf, --encrypt with an empty
user password and an owner password in AES-256 and RC4-128, and with a
user password), and mutool clean (-a ASCII-hex streams, -d). Clean twins
(masked values, no header, a public link, the agency's own watermark, a
blank form) must pass. %d files: %d pass, %d review, %d block. Rebuild with
`bash gen/build.sh` (see gen/README.txt).

| file | verdict | categories | note |
| --- | --- | --- | --- |
""" % (n, cnt["pass"], cnt["review"], cnt["block"])
rows = "".join("| `%s` | %s | %s | %s |\n" % (l["file"], l["expect_verdict"], ", ".join(l["expect_categories"]) or "—",
                                              l["note"].replace("|", "/")) for l in labels)
tail = """
## First run

`python3 scripts/score.py --bin ./mishen --corpus testdata/blind45-pdf --jobs 2`
(first run):

    score: files=81 verdict_accuracy=0.98 leaks=2 false_alarms=0 category_recall=0.95 raw_pii_exposed=0 errors=0

One of the two leaks was the generator's error: LibreOffice 7.4 headless
exported the DOCX hyperlink of `b04_tender_link_lo.pdf` as plain text with
no link annotation, so that file holds no intranet address; it was
relabelled pass after the run (its note says so). With that label the same
run reads verdict_accuracy 0.99 (80/81), leaks 1, category_recall 0.96
(77/80). The real miss: pdfkit output re-distilled by gs 10.00, whose
ToUnicode maps the CJK glyphs to Latin-1 letters (ß, Þ, ÿ) while digits stay
right, is trusted as a text layer and not read with OCR
(`b01_notice_mark_pdfkit_gs.pdf` passed; `b02_gs_ids_pdfkit_gs.pdf` blocked
on its digits but without `unreadable`).
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write(head + rows + tail)
print("readme ok")
