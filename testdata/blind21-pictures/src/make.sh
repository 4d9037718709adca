#!/bin/sh
# Regenerates the PDFs and labels.json of blind21-pictures (run from anywhere).
set -e
cd "$(dirname "$0")"
python3 gen.py
