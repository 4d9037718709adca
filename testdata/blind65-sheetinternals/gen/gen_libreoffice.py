#!/usr/bin/python3
"""LibreOffice 7.4 conversions (soffice --headless --convert-to). Converting an
openpyxl file (formulas without cached values) makes LibreOffice compute and
store the results: the cached-value versions."""
import os, sys, subprocess, shutil, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, out

FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods",
           "csv": "csv:Text - txt - csv (StarCalc):44,34,76,1"}

JOBS = [  # (source, target)
    ("openpyxl/f01_join_id_nocache.xlsx", "libreoffice/f01_join_id_cached.xlsx"),
    ("openpyxl/f06_replace_literal_nocache.xlsx", "libreoffice/f06_replace_literal_cached.xlsx"),
    ("openpyxl/f10_clean_formulas.xlsx", "libreoffice/f10_clean_formulas_cached.xlsx"),
    ("handwritten/n06b_id_number_exact_digits.xlsx", "libreoffice/n06b_id_number_resaved.xlsx"),
    ("openpyxl/h03_hidden_sheet_id.xlsx", "libreoffice/h03_hidden_sheet_id.xls"),
    ("openpyxl/h01_hidden_row_id.xlsx", "libreoffice/h01_hidden_row_id.ods"),
    ("openpyxl/hf03_clean_headers.xlsx", "libreoffice/hf03_clean_headers.xls"),
    ("openpyxl/v03_clean_validation.xlsx", "libreoffice/v03_clean_validation.ods"),
    ("openpyxl/f01_join_id_nocache.xlsx", "libreoffice/f01_join_id_cached.csv"),
    ("openpyxl/f10_clean_formulas.xlsx", "libreoffice/f10_clean_formulas_cached.csv"),
]

profile = tempfile.mkdtemp(prefix="lo-profile-")
for src, dst in JOBS:
    ext = dst.rsplit(".", 1)[1]
    work = tempfile.mkdtemp(prefix="lo-")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", FILTERS[ext],
                    "--outdir", work, os.path.join(ROOT, src)], check=True, capture_output=True, timeout=180)
    produced = [f for f in os.listdir(work)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(work, produced[0]), out(dst))
    shutil.rmtree(work)
    print(src, "->", dst)
shutil.rmtree(profile)
