#!/usr/bin/python3
"""Writes README.md of blind57-gongshi from labels.json (run after make.py)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
n = len(labels)
npass = sum(1 for l in labels if l["expect_verdict"] == "pass")
lines = ["# blind57-gongshi — public notices that legitimately carry numbers, and the ones that leak", "",
         f"{n} files, {npass} must pass, {n - npass} must be found (block or review).", "",
         "| file | verdict | categories | note |", "| --- | --- | --- | --- |"]
for l in labels:
    note = l["note"].replace("|", "\\|")
    lines.append(f"| {l['file']} | {l['expect_verdict']} | {', '.join(l['expect_categories']) or '—'} | {note} |")
lines += ["", "## How it was made", "",
          "Written blind from mishen's README.md and docs/*.md only (no source, no testdata). "
          "`gen/make.py` (run with Debian's /usr/bin/python3, which has python-docx, openpyxl and reportlab) writes every file: "
          "plain text in UTF-8 and GB18030 (fixed-width lists too), CSV in UTF-8 with BOM and in GB18030, CMS pages with a red "
          "banner, menu, a platform's `<!-- 栏目：… id=… -->` record and a footer (ICP/公安备案号, 网站标识码), python-docx "
          "documents (tables, a real hyperlink), DOCX converted by LibreOffice 7.4 from HTML, openpyxl workbooks (merged title, "
          "notes under the table, a hidden column), exceljs 4 workbooks (`gen/exceljs_make.js`, exceljs installed in /tmp/b57npm), "
          "ReportLab PDFs in STSong-Light with ruled tables, and PDFs printed by headless Chromium and by LibreOffice. "
          "All names, companies and numbers are invented (`gen/vals.py`): IDs carry a valid GB 11643 check digit, real Hubei "
          "region codes and real birth dates; cards and the look-alike accounts/serials are Luhn-valid where the note says so; "
          "credit codes carry a valid GB 32100 check character, VINs a valid check digit, ISBNs a valid ISBN-13 digit, IMEIs a "
          "Luhn digit. Half the files are clean notices full of look-alikes (masked IDs 4+4, 6+4 and 14 digits shown, 11-digit "
          "准考证号 and 学号 that start like mobiles, 11-digit amounts in 元, 62-prefixed Luhn-valid settlement accounts and "
          "payment serials, 28-character 不动产单元号, certificate numbers, VINs, IMEIs, landlines, 400 numbers, postcodes, "
          "faxes, masked plates); the other half each carry one kind of leak in a place a 公示 puts it. `gen/selfcheck.py` "
          "re-extracts each file's text with ordinary libraries (not mishen) and lists every candidate value, to make sure clean "
          "files hold no accidental valid ID or card and problem files hold their raw values. Re-run: "
          "`/usr/bin/python3 gen/make.py && /usr/bin/python3 gen/write_readme.py` (writes into the folder above gen/).", ""]
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(lines))
