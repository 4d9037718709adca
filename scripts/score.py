#!/usr/bin/env python3
"""Score a mishen binary on a labelled corpus of this repository.

    python3 scripts/score.py --bin ./mishen --corpus testdata/blind16-pdf

A corpus is a folder with its files and a labels.json: a list of
    {"file", "expect_verdict": "block|review|pass", "expect_categories": [...],
     "raw_values": [...], "note"}
(testdata/*/expect.json use the same fields). Each file is scanned by its own
`mishen scan --json FILE` (cwd: the corpus folder, 120 s at most), and the
last line printed is

    score: files=N verdict_accuracy=0.xx leaks=N false_alarms=N category_recall=0.xx raw_pii_exposed=N errors=N

leaks are files expected block or review that passed; false_alarms files
expected pass that did not; raw_pii_exposed (file, value) pairs where a raw
value appears in the output. With -v every file that misses its label is
listed. `go test -run TestLabelledCorpora ./internal/scan` holds every
corpus to its labels in process.
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, help="the mishen binary")
    ap.add_argument("--corpus", required=True, help="a folder with labels.json or expect.json")
    ap.add_argument("-v", action="store_true", help="list every file that misses its label")
    a = ap.parse_args()
    exe = os.path.abspath(a.bin)
    labels = next((os.path.join(a.corpus, n) for n in ("labels.json", "expect.json")
                   if os.path.exists(os.path.join(a.corpus, n))), None)
    if labels is None:
        sys.exit(f"score.py: no labels.json or expect.json in {a.corpus}")
    files = right = leaks = alarms = errors = exposed = 0
    cats_want = cats_found = 0
    for l in json.load(open(labels, encoding="utf-8")):
        files += 1
        want = l["expect_verdict"]
        try:
            p = subprocess.run([exe, "scan", "--json", l["file"]], cwd=a.corpus,
                               capture_output=True, text=True, timeout=120)
            out = p.stdout + p.stderr
            rep = next(json.loads(s) for s in p.stdout.splitlines() if s.startswith("{"))
            got = rep["verdict"]
            found = {f["category"] for f in rep["findings"]}
        except (subprocess.TimeoutExpired, StopIteration, ValueError, KeyError):
            errors += 1
            got, found, out = "error", set(), ""
        right += got == want
        leaks += want != "pass" and got == "pass"
        alarms += want == "pass" and got not in ("pass", "error")
        missing = [c for c in l.get("expect_categories", []) if c not in found]
        cats_want += len(l.get("expect_categories", []))
        cats_found += len(l.get("expect_categories", [])) - len(missing)
        raws = [v for v in l.get("raw_values", []) if v and v in out]
        exposed += len(raws)
        if a.v and (got != want or missing or raws):
            print(f"{l['file']}: {got}, want {want}; missing {missing}; exposed {len(raws)}")
    print(f"score: files={files} verdict_accuracy={right / max(files, 1):.2f} leaks={leaks} "
          f"false_alarms={alarms} category_recall={cats_found / max(cats_want, 1):.2f} "
          f"raw_pii_exposed={exposed} errors={errors}")


if __name__ == "__main__":
    main()
