#!/usr/bin/env bash
# Dictionary scan against ripgrep, in the same run, on the same text and
# terms.
#   bash bench/scan.sh [-n RUNS] [MB] [TERMS...]
# For each dictionary size (default 1000 10000 50000 plain terms) it
# generates MB (default 20) of Chinese government prose with about one term
# in ten sentences (bench/gen), then runs `mishen scan --json --dict` and
# `rg -F -o -f` alternately RUNS times (default 5) and prints min/median/
# max of the time ratio and peak RSS (bench/paired.sh), the number of hits
# of each, and how long mishen takes to be ready with the dictionary (a
# scan of a one-line file). Needs ripgrep (apt-get install ripgrep) and GNU
# time. MISHEN=path uses that binary instead of building ./cmd/mishen.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/paired.sh
runs=5
if [[ "${1:-}" == "-n" ]]; then runs=$2; shift 2; fi
mb=${1:-20}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 50000)
command -v rg >/dev/null || { echo "bench/scan.sh: rg not found (apt-get install ripgrep)" >&2; exit 2; }
mkdir -p bench/out
mishen=${MISHEN:-bench/out/mishen}
[[ -n "${MISHEN:-}" ]] || go build -o bench/out/mishen ./cmd/mishen
echo "一行" >bench/out/one-line.txt
for terms in "${sizes[@]}"; do
	out=bench/out/$terms
	mkdir -p "$out"
	[ -f "$out/prose.txt" ] || go run ./bench/gen -mb "$mb" -terms "$terms" -out "$out"
	echo "== $terms terms, $(stat -c %s "$out/prose.txt") bytes of prose"
	paired "$runs" "scan --dict vs rg -F -o -f" -- \
		"$mishen" scan --json --dict "$out/dict" "$out/prose.txt" -- \
		rg -F -o -f "$out/dict/terms.txt" "$out/prose.txt"
	hits=$("$mishen" scan --json --dict "$out/dict" "$out/prose.txt" |
		python3 -c "import json,sys; print(sum(f['category'] == 'sensitive_term' for f in json.loads(sys.stdin.readline())['findings']))" || true)
	rghits=$(rg -F -o -f "$out/dict/terms.txt" "$out/prose.txt" | wc -l)
	echo "  hits: mishen $hits sensitive_term findings, rg $rghits matches"
	ready=()
	for i in 1 2 3; do timed "$mishen" scan --json --dict "$out/dict" bench/out/one-line.txt; ready+=("$secs"); done
	echo "  dictionary ready (scan of one line, incl. start-up) s: $(stats '{:.3f}' "${ready[@]}")"
done
