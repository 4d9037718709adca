#!/usr/bin/env bash
# The cost of isolation as a user sees it: the same `mishen scan --json`
# of a folder of 500 HTML pages, and of a folder of 500 small DOCX files,
# with the parsers in warm sandboxed workers (the default, --isolate) and
# in the scanning process (--isolate=false), alternately RUNS times.
#   bash bench/isolation.sh [-n RUNS] [FILES]     (defaults 5 and 500)
# The pages are bench/archivegen's (5-30 KB 政府信息公开 pages, three in
# ten with 公示 lists of people) without their attachments; the DOCX files
# are copies of this repository's LibreOffice and npm docx fixtures, each
# copy one byte different so that none is a duplicate. For each folder
# and mode it prints min/median/max of
#   - files per CPU second: user + system time of mishen and of every
#     sandbox child, from GNU time with --jobs 1, which other work on the
#     machine does not distort;
#   - files per second of wall time with the default --jobs (the cores);
# and the per-run ratio isolated / in process of both (target: >= 0.8).
# Needs GNU time. MISHEN=path uses that binary.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/paired.sh
runs=5
if [[ "${1:-}" == "-n" ]]; then runs=$2; shift 2; fi
files=${1:-500}
mkdir -p bench/out
mishen=${MISHEN:-bench/out/mishen}
[[ -n "${MISHEN:-}" ]] || go build -o bench/out/mishen ./cmd/mishen

html=bench/out/isolation-html-$files
if [[ ! -f $html.done ]]; then
	rm -rf "$html" "$html.gen"
	go run ./bench/archivegen -pages "$files" -out "$html.gen" >/dev/null
	mkdir -p "$html"
	find "$html.gen" -name '*.html' -print0 | xargs -0 cp -t "$html"
	rm -rf "$html.gen"
	touch "$html.done"
fi
docx=bench/out/isolation-docx-$files
if [[ ! -f $docx.done ]]; then
	rm -rf "$docx"
	mkdir -p "$docx"
	src=(testdata/docs/clean.docx testdata/docs/beside_clean.docx testdata/docs/header_marking.docx
		testdata/docs/hidden_parts.docx testdata/tables/wrapped_id.docx testdata/blind89b/c07_jiuye_tongji.docx)
	for ((i = 0; i < files; i++)); do
		# A zip ignores bytes after its end record: each copy differs, as
		# files of an archive do, but reads the same.
		f=$docx/$i.docx
		cat "${src[i % ${#src[@]}]}" >"$f"
		printf '%08d' "$i" >>"$f"
	done
	touch "$docx.done"
fi
echo "html: $html ($(find "$html" -type f | wc -l) pages, $(du -sm "$html" | cut -f1) MB); docx: $docx ($files files)"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

# cpu DIR FLAGS...: files per CPU second (mishen and its children).
cpu() {
	local dir=$1 t n
	shift
	t=$(mktemp)
	/usr/bin/time -f "%U %S" -o "$t" "$mishen" scan --json --jobs 1 "$@" "$dir" >/dev/null 2>&1 || true
	n=$(find "$dir" -type f | wc -l)
	python3 -c "u, s = map(float, open('$t').read().split()[-2:]); print($n / max(u + s, 0.001))"
	rm -f "$t"
}
# wall DIR FLAGS...: files per second of wall time, default --jobs.
wall() {
	local dir=$1 n
	shift
	timed "$mishen" scan --json "$@" "$dir"
	n=$(find "$dir" -type f | wc -l)
	python3 -c "print($n / max($secs, 0.001))"
}

for dir in "$html" "$docx"; do
	ci=() cp=() wi=() wp=() rc=() rw=()
	for ((r = 0; r < runs; r++)); do
		ci+=("$(cpu "$dir")")
		cp+=("$(cpu "$dir" --isolate=false)")
		wi+=("$(wall "$dir")")
		wp+=("$(wall "$dir" --isolate=false)")
		rc+=("$(python3 -c "print(${ci[-1]} / ${cp[-1]})")")
		rw+=("$(python3 -c "print(${wi[-1]} / ${wp[-1]})")")
	done
	echo "$(basename "$dir") ($runs alternating runs)"
	echo "  files per CPU second, isolated:   $(stats '{:.0f}' "${ci[@]}")"
	echo "  files per CPU second, in process: $(stats '{:.0f}' "${cp[@]}")"
	echo "  ratio isolated / in process:      $(stats '{:.2f}' "${rc[@]}")   (target >= 0.8)"
	echo "  files per second (wall), isolated:   $(stats '{:.0f}' "${wi[@]}")"
	echo "  files per second (wall), in process: $(stats '{:.0f}' "${wp[@]}")"
	echo "  ratio isolated / in process:         $(stats '{:.2f}' "${rw[@]}")"
done
