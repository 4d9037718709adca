#!/usr/bin/env bash
# bench/pdf.sh — PDF text extraction speed: pdftotext (poppler-utils) against
# mishen's extractor on the same files in the same run, in pages per second.
#
#   bench/pdf.sh [-n PASSES] [FILE.pdf ...]
#
# Without files it uses the text PDFs of testdata/docs and a 300-page Chinese
# report it generates, printed once by LibreOffice and once by Chromium
# (each when installed): producers lay text out differently, and the glyph
# layout must keep up with pdftotext on both. Needs pdftotext and pdfinfo
# (apt-get install poppler-utils) and Go.
#
# mishen is measured two ways: "in-process" (one process reads every file, as
# `mishen scan` without isolation would) and "sandboxed" (a child process per
# file with CPU and memory limits, as the server does). pdftotext starts a
# process per file, so "sandboxed" is the like-for-like comparison.
set -euo pipefail
cd "$(dirname "$0")/.."

passes=5
if [[ "${1:-}" == "-n" ]]; then passes=$2; shift 2; fi
for t in pdftotext pdfinfo go; do
	command -v "$t" >/dev/null || { echo "bench/pdf.sh: $t not found (apt-get install poppler-utils)" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
	# Text PDFs only: a scanned page would be OCR'd by mishen and not by
	# pdftotext (bench/ocr.sh measures OCR against tesseract).
	files=(testdata/docs/prose.pdf testdata/docs/marking.pdf testdata/docs/encrypted_nouserpw.pdf)
	{
			echo '<html><head><meta charset="utf-8"><title>长文档</title></head><body>'
			for p in $(seq 1 150); do
				echo "<h2 style=\"page-break-before:always\">第${p}章 工作安排</h2>"
				for i in $(seq 1 12); do
					echo "<p>为深入贯彻落实《政府信息公开条例》，切实做好第${p}章第${i}节的各项工作，现将有关事项通知如下：一是提高认识，二是完善制度，三是强化监督检查，确保各项任务落到实处。联系电话 0571-8525${i}${p}，English words mixed in here.</p>"
				done
				echo "<table border=1><tr><td>${p}01</td><td>${p}02</td><td>项目</td></tr></table>"
			done
			echo '</body></html>'
	} >"$tmp/long.html"
	if command -v soffice >/dev/null; then
		soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf:writer_pdf_Export \
			--outdir "$tmp" "$tmp/long.html" >/dev/null 2>&1 || true
		[[ -f "$tmp/long.pdf" ]] && files+=("$tmp/long.pdf")
	fi
	if command -v chromium >/dev/null; then
		chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
			--disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
			--user-data-dir="$tmp/chrome" --print-to-pdf="$tmp/long-chromium.pdf" "file://$tmp/long.html" 2>/dev/null || true
		[[ -f "$tmp/long-chromium.pdf" ]] && files+=("$tmp/long-chromium.pdf")
	fi
fi

pages=0
for f in "${files[@]}"; do
	n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
	pages=$((pages + ${n:-0}))
done
total=$((pages * passes))
echo "files: ${#files[@]}, pages: $pages, passes: $passes ($total pages each)"
for f in "${files[@]}"; do
	printf '  %s: %s pages, %s\n' "$(basename "$f")" "$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')" \
		"$(pdfinfo "$f" 2>/dev/null | awk -F': *' '/^Producer:/ {print $2}')"
done

go build -o "$tmp/pdfbench" ./bench/pdfbench

now() { date +%s.%N; }
start=$(now)
for i in $(seq 1 "$passes"); do
	for f in "${files[@]}"; do pdftotext -q "$f" /dev/null || true; done
done
t_poppler=$(echo "$(now) - $start" | bc -l)
t_inproc=$("$tmp/pdfbench" -n "$passes" -mode inproc "${files[@]}")
t_sandbox=$("$tmp/pdfbench" -n "$passes" -mode sandbox "${files[@]}")

rate() { echo "scale=1; $total / $1" | bc -l; }
printf "%-32s %8.3f s %10s pages/s\n" "pdftotext" "$t_poppler" "$(rate "$t_poppler")"
printf "%-32s %8.3f s %10s pages/s\n" "mishen (in-process)" "$t_inproc" "$(rate "$t_inproc")"
printf "%-32s %8.3f s %10s pages/s\n" "mishen (sandboxed, child/file)" "$t_sandbox" "$(rate "$t_sandbox")"
printf "ratio in-process/pdftotext: %.2fx   sandboxed/pdftotext: %.2fx\n" \
	"$(echo "$t_poppler / $t_inproc" | bc -l)" "$(echo "$t_poppler / $t_sandbox" | bc -l)"

# Each file on its own: producers lay text out differently.
echo "per file (pages/s; ratio > 1: mishen in-process is faster than pdftotext):"
for f in "${files[@]}"; do
	n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
	start=$(now)
	for i in $(seq 1 "$passes"); do pdftotext -q "$f" /dev/null || true; done
	tp=$(echo "$(now) - $start" | bc -l)
	tm=$("$tmp/pdfbench" -n "$passes" -mode inproc "$f")
	printf "  %-28s pdftotext %8.1f  mishen %8.1f  ratio %.2fx\n" "$(basename "$f")" \
		"$(echo "$n * $passes / $tp" | bc -l)" "$(echo "$n * $passes / $tm" | bc -l)" "$(echo "$tp / $tm" | bc -l)"
done

# Paired runs per producer (bench/paired.sh): one process reading the
# file against pdftotext, alternately, with min/median/max of the time
# ratio and peak RSS. mishen's process reads the file in a sandboxed
# child as the server does.
source bench/paired.sh
for f in "${files[@]}"; do
	case "$(basename "$f")" in long*.pdf) ;; *) continue ;; esac
	paired "$passes" "$(basename "$f") ($(pdfinfo "$f" 2>/dev/null | awk -F': *' '/^Producer:/ {print $2}'))" -- \
		"$tmp/pdfbench" -n 1 -mode sandbox "$f" -- \
		pdftotext -q "$f" /dev/null
done
