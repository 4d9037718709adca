#!/usr/bin/env bash
# Load test of the review service: builds mishen and mishen-load, creates a
# publisher token in a fresh data folder, starts `mishen serve` on a
# loopback port, submits 20 KB Chinese drafts from 32 clients for a fixed
# time, prints reviews/s and p50/p99, stops the server and verifies the
# audit trail. The durable audit trail is on (fsync per group commit).
#
#   scripts/load.sh                      # 32 clients, 10 s, 20 KB drafts
#   DURATION=30s CLIENTS=64 scripts/load.sh
#
# Environment: DURATION (10s), CLIENTS (32), SIZE (20480), MIX (0.1: share
# of drafts with a sensitive term), PORT (18080), KEEP=1 keeps the folder.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CLIENTS=${CLIENTS:-32}
SIZE=${SIZE:-20480}
MIX=${MIX:-0.1}
PORT=${PORT:-18080}

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

go build -o "$work/mishen" ./cmd/mishen
go build -o "$work/mishen-load" ./cmd/mishen-load

token=$("$work/mishen" token create --role publisher --name load --data "$work/data" 2>/dev/null)

"$work/mishen" serve --addr "127.0.0.1:$PORT" --data "$work/data" 2>"$work/serve.log" &
pid=$!

MISHEN_TOKEN=$token "$work/mishen-load" -url "http://127.0.0.1:$PORT" \
	-clients "$CLIENTS" -duration "$DURATION" -size "$SIZE" -mix "$MIX"

kill -TERM "$pid"
wait "$pid"
pid=""
"$work/mishen" audit verify --data "$work/data" | tail -1
