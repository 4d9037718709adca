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

extra=()
if [[ ${HOSTILE:-0} == 1 ]]; then extra=(-hostile); fi
MISHEN_TOKEN=$token MISHEN_HOSTILE_TOKEN=$hostile_token "$load" -url "http://127.0.0.1:$PORT" \
	-clients "$CLIENTS" -duration "$DURATION" -size "$SIZE" -mix "$MIX" -format "$FORMAT" "${extra[@]}"

kill -TERM "$pid"
wait "$pid"
pid=""
"$mishen" audit verify --data "$work/data" | tail -1
