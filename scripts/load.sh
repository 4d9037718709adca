#!/usr/bin/env bash
# Load test of the review service: builds mishen and mishen-load, creates a
# publisher token in a fresh data folder, starts `mishen serve` on a
# loopback port, submits 20 KB Chinese drafts from 32 clients for a fixed
# time, prints reviews/s and p50/p99, stops the server and verifies the
# audit trail. The durable audit trail is on (fsync per group commit).
#
#   scripts/load.sh                      # 32 clients, 10 s, 20 KB drafts
#   DURATION=30s CLIENTS=64 scripts/load.sh
#   HOSTILE=1 scripts/load.sh            # then again beside a hostile stream
#
# The per-token rate limit is off (--rate-per-token 0) so that one
# token can show the service's capacity. With HOSTILE=1 the clean stream
# runs alone, then beside zip bombs, slow PDFs, 50 MB uploads, a sign-in
# flood and slow bodies from 127.0.0.2-4 (another publisher token), and the
# script fails unless the clean stream keeps >= 70% of its throughput with
# p99 < 500 ms.
#
# Environment: DURATION (10s), CLIENTS (32), SIZE (20480), MIX (0.1: share
# of drafts with a sensitive term), FORMAT (text or html), PORT (18080),
# KEEP=1 keeps the folder. MISHEN and MISHEN_LOAD name binaries to run
# instead of building them, SERVE_FLAGS replaces the serve flags after
# --addr and --data (default --rate-per-token 0; bench/service.sh runs an
# older build this way).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CLIENTS=${CLIENTS:-32}
SIZE=${SIZE:-20480}
MIX=${MIX:-0.1}
PORT=${PORT:-18080}
FORMAT=${FORMAT:-text}
read -r -a serve_flags <<<"${SERVE_FLAGS---rate-per-token 0}"

work=$(mktemp -d)
pid=""
cleanup() {
	if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid"
		wait "$pid" || true
	fi
	if [[ ${KEEP:-0} == 1 ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

mishen=${MISHEN:-$work/mishen}
load=${MISHEN_LOAD:-$work/mishen-load}
[[ -n ${MISHEN:-} ]] || go build -o "$mishen" ./cmd/mishen
[[ -n ${MISHEN_LOAD:-} ]] || go build -o "$load" ./cmd/mishen-load

token=$("$mishen" token create --role publisher --name load --data "$work/data" 2>/dev/null)
hostile_token=$("$mishen" token create --role publisher --name hostile --data "$work/data" 2>/dev/null)

"$mishen" serve --addr "127.0.0.1:$PORT" --data "$work/data" "${serve_flags[@]}" 2>"$work/serve.log" &
pid=$!

# cpu prints the CPU seconds (in clock ticks) of the server and of its
# sandbox children, live and reaped: on a shared machine the rate follows
# the share of the cores the server gets, its CPU per review does not.
cpu() {
	local kids=0 c
	for c in $(pgrep -P "$pid" || true); do
		kids=$((kids + $(awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || echo 0)))
	done
	awk -v k="$kids" '{print $14 + $15, $16 + $17 + k}' "/proc/$pid/stat"
}
for _ in $(seq 100); do
	curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
	sleep 0.1
done
read -r cpu0 kids0 < <(cpu)

extra=()
if [[ ${HOSTILE:-0} == 1 ]]; then extra=(-hostile); fi
MISHEN_TOKEN=$token MISHEN_HOSTILE_TOKEN=$hostile_token "$load" -url "http://127.0.0.1:$PORT" \
	-clients "$CLIENTS" -duration "$DURATION" -size "$SIZE" -mix "$MIX" -format "$FORMAT" "${extra[@]}" | tee "$work/load.out"

read -r cpu1 kids1 < <(cpu)
tick=$(getconf CLK_TCK)
[[ ${HOSTILE:-0} == 1 ]] || awk -v s=$((cpu1 - cpu0)) -v k=$((kids1 - kids0)) -v t="$tick" '/^reviews:/ && $2 > 0 {
	printf "cpu:      server %.2fs, sandbox children %.2fs: %.3f ms a review (server %.3f)\n", s / t, k / t, 1000 * (s + k) / t / $2, 1000 * s / t / $2
}' "$work/load.out"

kill -TERM "$pid"
wait "$pid"
pid=""
"$mishen" audit verify --data "$work/data" | tail -1
