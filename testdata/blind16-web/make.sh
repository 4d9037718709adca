#!/bin/sh
# make.sh regenerates the blind16-web corpus (pages and labels.json) from src/ with a fixed seed.
set -eu
cd "$(dirname "$0")"
rm -f ./*.html ./*.htm labels.json
PYTHONDONTWRITEBYTECODE=1 python3 src/gen.py .
