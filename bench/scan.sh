#!/usr/bin/env bash
# Scan speed against ripgrep, in the same run, on the same text and terms.
#   bash bench/scan.sh [MB] [TERMS]
# Prints MB/s for `mishen scan --json --dict` and for `rg -F -o -f`, their
# ratio, and peak memory (max RSS) of each. Needs ripgrep (apt-get install
# ripgrep) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-20}
terms=${2:-10000}
out=bench/out/$terms
mkdir -p "$out"
go build -o bench/out/mishen ./cmd/mishen
[ -f "$out/prose.txt" ] || go run ./bench/gen -mb "$mb" -terms "$terms" -out "$out"
bytes=$(stat -c %s "$out/prose.txt")
echo "text: $out/prose.txt ($bytes bytes), dictionary: $terms terms"

measure() { # name, command...
  local name=$1; shift
  local best=999999 rss=0
  for i in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/bench.time "$@" >/dev/null 2>/tmp/bench.err || true
    read -r secs kb < <(tail -1 /tmp/bench.time)
    best=$(python3 -c "print(min($best, $secs))")
    rss=$kb
  done
  python3 -c "print(f'$name: {$best:.2f} s, {$bytes/1e6/max($best,0.001):.1f} MB/s, peak RSS {$rss/1024:.0f} MB')"
  echo "$best" >"/tmp/bench.$name"
}
measure mishen bench/out/mishen scan --json --dict "$out/dict" "$out/prose.txt"
hits=$(bench/out/mishen scan --json --dict "$out/dict" "$out/prose.txt" | python3 -c "import json,sys; print(len(json.loads(sys.stdin.readline())['findings']))" || true)
measure rg rg -F -o -f "$out/dict/terms.txt" "$out/prose.txt"
rghits=$(rg -F -o -f "$out/dict/terms.txt" "$out/prose.txt" | wc -l)
echo "findings: mishen $hits, rg matches $rghits"
python3 -c "m=float(open('/tmp/bench.mishen').read()); r=float(open('/tmp/bench.rg').read()); print(f'ratio (mishen speed / rg speed): {r/m:.2f}')"
