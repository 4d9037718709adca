#!/usr/bin/env bash
# Regenerates the third probe corpus (25 documents, an independent tester's,
# aimed at cases the first two probes did not cover). Needs LibreOffice
# (soffice) and fonts-noto-cjk; reuses ../probe/gen/lib.py.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 gen/gen.py "$PWD" "$work"
