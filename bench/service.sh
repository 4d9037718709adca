#!/usr/bin/env bash
# bench/service.sh — the review service under load, against an older build
# in the same run: 20 KB drafts from 32 clients (scripts/load.sh, durable
# audit trail, fsync per group commit), alternately on the build of commit
# OLD and on the current tree, then 20 KB HTML drafts (scanned in the
# sandbox) on the current tree.
#
#   bench/service.sh [-n ROUNDS] [-old COMMIT]
#
# Each round runs old text, new text and new HTML once. It prints min /
# median / max of reviews/s, p99 and CPU per review (server and sandbox
# children) for each, and the per-round ratios new/old (text) and
# html/text (new) of the rate and of the CPU a review costs, with their
# min / median / max. The old build
# is made from `git archive COMMIT` in /tmp (the working tree is not
# touched) and kept there for the next run. Both servers run the same load
# generator (cmd/mishen-load of the current tree); the current one with
# --rate-per-token 0 so that one token can show the capacity (the old one
# had no per-token limit).
#
# Environment: DURATION (10s), CLIENTS (32), SIZE (20480), MIX (0.1), PORT
# (18080), as scripts/load.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3
old=56e2aeb
while [[ $# -gt 0 ]]; do
	case $1 in
	-n) rounds=$2; shift 2 ;;
	-old) old=$2; shift 2 ;;
	*) echo "usage: bench/service.sh [-n ROUNDS] [-old COMMIT]" >&2; exit 2 ;;
	esac
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

oldsha=$(git rev-parse --verify "$old^{commit}")
olddir=/tmp/mishen-bench-${oldsha:0:12}
if [[ ! -x $olddir/bin/mishen ]]; then
	rm -rf "$olddir"
	mkdir -p "$olddir/src"
	git archive "$oldsha" | tar -x -C "$olddir/src"
	(cd "$olddir/src" && go build -o "$olddir/bin/mishen" ./cmd/mishen)
fi
go build -o "$tmp/mishen" ./cmd/mishen
go build -o "$tmp/mishen-load" ./cmd/mishen-load
echo "old: ${oldsha:0:7} ($(git log -1 --format=%cd --date=short "$oldsha")), new: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo +changes)"
echo "rounds: $rounds, ${DURATION:-10s} each, ${CLIENTS:-32} clients, ${SIZE:-20480}-byte drafts; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# run NAME FORMAT BINARY SERVE_FLAGS: one load run; appends "rate p99" to
# $tmp/NAME and prints the run's line.
run() {
	local name=$1 format=$2 bin=$3 flags=$4 out
	out=$(MISHEN=$bin MISHEN_LOAD=$tmp/mishen-load FORMAT=$format SERVE_FLAGS=$flags bash scripts/load.sh 2>"$tmp/err") || {
		echo "bench/service.sh: $name run failed:" >&2
		cat "$tmp/err" >&2
		echo "$out" >&2
		exit 1
	}
	local rate p99 failed verify cpu
	rate=$(awk '/^reviews:/ {for (i = 1; i <= NF; i++) if ($i == "reviews/s") print $(i-1)}' <<<"$out")
	cpu=$(awk '/^cpu:/ {for (i = 1; i <= NF; i++) if ($i == "ms") print $(i-1)}' <<<"$out")
	failed=$(awk '/^reviews:/ {print $5}' <<<"$out")
	p99=$(awk '/^latency:/ {for (i = 1; i <= NF; i++) if ($i == "p99") {v = $(i+1); sub(/ms$/, "", v); print v}}' <<<"$out")
	verify=$(tail -1 <<<"$out" | sed 's/.*audit trail/audit trail/; s/, head .*//')
	echo "$rate $p99 $cpu" >>"$tmp/$name"
	printf '  %-9s %8.1f reviews/s  p99 %6.1f ms  CPU %.3f ms a review  failed %s  (%s)\n' "$name" "$rate" "$p99" "$cpu" "$failed" "$verify"
}

for r in $(seq 1 "$rounds"); do
	echo "round $r"
	run old text "$olddir/bin/mishen" ""
	run new text "$tmp/mishen" "--rate-per-token 0"
	run new-html html "$tmp/mishen" "--rate-per-token 0"
done

# stats COLUMN FILE [DIGITS]: min median max of a column.
stats() {
	cut -d' ' -f"$1" "$2" | sort -g | awk -v d="${3:-1}" '{v[NR] = $1} END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		f = "%." d "f"
		printf f " / " f " / " f, v[1], m, v[NR]}'
}
# ratios A B [COLUMN]: per-round ratio of a column (1: the rate) of A
# over B, min median max.
ratios() {
	local col=${3:-1}
	paste -d' ' <(cut -d' ' -f"$col" "$tmp/$1") <(cut -d' ' -f"$col" "$tmp/$2") | awk '{print $1 / $2}' | sort -g | awk '{v[NR] = $1} END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.2f / %.2f / %.2f", v[1], m, v[NR]}'
}
echo "summary (min / median / max over $rounds rounds)"
for n in old new new-html; do
	printf '  %-9s reviews/s %s   p99 ms %s   CPU ms a review %s\n' "$n" "$(stats 1 "$tmp/$n")" "$(stats 2 "$tmp/$n")" "$(stats 3 "$tmp/$n" 3)"
done
echo "  ratio new/old (text):     $(ratios new old)   (target >= 1.5)"
echo "  ratio html/text (new):    $(ratios new-html new)   (target >= 0.7)"
# On a shared machine the rate follows the share of the cores the server
# gets; the CPU a review costs (server and sandbox children) is its
# capacity on cores of its own.
echo "  CPU a review, old/new (text):     $(ratios old new 3)"
echo "  CPU a review, text/html (new):    $(ratios new new-html 3)"
