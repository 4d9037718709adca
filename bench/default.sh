#!/usr/bin/env bash
# The default scan path (no extra dictionary) on government text with
# personal data, against ripgrep with the same terms and patterns.
#   bash bench/default.sh [-n RUNS] [MB]
# Generates MB (default 20) of 政府信息公开 text with 公示 lists of people
# (synthetic ID numbers, mobiles, bank cards, plates, e-mails: bench/gen
# -kind personal), then:
#   - per core: `mishen scan --json` with GOMAXPROCS=1, MB per CPU second
#     (user + system, so other work on the machine does not count);
#   - memory: peak RSS against the size of the input;
#   - against rg: `mishen scan --json` and `rg -o` with the built-in
#     dictionaries' terms and patterns for ID numbers, mobiles, cards and
#     e-mails, alternately RUNS times (default 5), min/median/max of the
#     time ratio and RSS (bench/paired.sh).
# Needs ripgrep and GNU time. MISHEN=path uses that binary.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/paired.sh
runs=5
if [[ "${1:-}" == "-n" ]]; then runs=$2; shift 2; fi
mb=${1:-20}
out=bench/out/personal
mkdir -p "$out"
mishen=${MISHEN:-bench/out/mishen}
[[ -n "${MISHEN:-}" ]] || go build -o bench/out/mishen ./cmd/mishen
[ -f "$out/prose.txt" ] || go run ./bench/gen -kind personal -mb "$mb" -out "$out"
bytes=$(stat -c %s "$out/prose.txt")
echo "text: $out/prose.txt ($bytes bytes)"

# The memory mishen needs whatever it reads (its program's pages, the
# dictionaries): the peak RSS of a scan of one line.
echo "一行" >"$out/one-line.txt"
timed "$mishen" scan --json "$out/one-line.txt"
base_kb=$kb
cpu=() rss=() extra=()
# CPU time from wait4(2) in microseconds: GNU time's %U and %S step by
# 10 ms, a twentieth of a 20 MB scan.
for ((i = 0; i < runs; i++)); do
	read -r u s kb < <(GOMAXPROCS=1 python3 - "$mishen" "$out/prose.txt" <<'PY'
import os, sys
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.execv(sys.argv[1], [sys.argv[1], "scan", "--json", sys.argv[2]])
_, _, ru = os.wait4(pid, 0)
print(ru.ru_utime, ru.ru_stime, ru.ru_maxrss)
PY
	)
	cpu+=("$(python3 -c "print($bytes / 1e6 / max($u + $s, 0.001))")")
	rss+=("$(python3 -c "print($kb * 1024 / $bytes)")")
	extra+=("$(python3 -c "print(($kb - $base_kb) * 1024 / $bytes)")")
done
echo "per core (GOMAXPROCS=1), MB per CPU second: $(stats '{:.1f}' "${cpu[@]}")"
echo "peak RSS / input size:                      $(stats '{:.2f}' "${rss[@]}")"
echo "(peak RSS - one-line scan's $((base_kb / 1024)) MB) / input: $(stats '{:.2f}' "${extra[@]}")"

# The peer: the built-in terms as escaped literals, and the value patterns.
grep -hv '^#' dictionaries/*.txt | grep -v '| *allow' | cut -d'|' -f1 | sed 's/[[:space:]]*$//; /^$/d' |
	python3 -c 'import re,sys; [print(re.escape(l.strip())) for l in sys.stdin if l.strip()]' >"$out/patterns.txt"
cat >>"$out/patterns.txt" <<'PAT'
[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])\d{2}\d{3}[\dXx]
1[3-9]\d{9}
62\d{14,17}
[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}
PAT
paired "$runs" "scan (default path) vs rg -o -f (terms and patterns)" -- \
	"$mishen" scan --json "$out/prose.txt" -- \
	rg -o -f "$out/patterns.txt" "$out/prose.txt"
