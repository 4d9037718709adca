#!/usr/bin/env bash
# Patrol throughput and memory on generated sites served on loopback.
#   bash bench/patrol.sh [PAGES...]        (default: 1000 20000)
# For each size it starts bench/patrolsite with that many pages, runs
# `mishen patrol` over it twice (a first pass, then a pass of conditional
# GETs that all answer 304) and prints pages/s and memory of each: peak
# RSS, and the largest anonymous (Go heap, stacks) and file-backed parts
# seen (/proc/PID/status, every 0.2 s). Anonymous memory must not grow
# with the size of the site; the file-backed part is the bbolt state
# file mapped into memory, which the kernel reclaims at need. Traffic
# stays on 127.0.0.1. MISHEN=path uses that binary instead of building
# ./cmd/mishen; PATROL_FLAGS adds flags (default: --delay 0
# --concurrency 8).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 20000)
mkdir -p bench/out
mishen=${MISHEN:-bench/out/mishen}
[[ -n "${MISHEN:-}" ]] || go build -o bench/out/mishen ./cmd/mishen
go build -o bench/out/patrolsite ./bench/patrolsite
flags=${PATROL_FLAGS:---delay 0 --concurrency 8}
printf '%-8s %-6s %8s %8s %9s %9s %9s\n' pages pass urls pages/s peak_RSS anon_MB file_MB
for n in "${sizes[@]}"; do
	bench/out/patrolsite -pages "$n" >bench/out/patrolsite.url 2>/dev/null &
	site=$!
	trap 'kill $site 2>/dev/null || true' EXIT
	for _ in $(seq 50); do [[ -s bench/out/patrolsite.url ]] && break; sleep 0.1; done
	base=$(head -1 bench/out/patrolsite.url)
	state=bench/out/patrol-$n.db
	rm -f "$state"
	for pass in first 304; do
		# shellcheck disable=SC2086
		"$mishen" patrol $flags --state "$state" "$base/" >bench/out/patrol.out 2>/dev/null &
		pid=$!
		# Peak RSS (VmHWM) and the largest anonymous (heap, stacks) and
		# file-backed (the state file's mmap, reclaimable) parts seen.
		anon=0 file=0 hwm=0
		while kill -0 "$pid" 2>/dev/null; do
			if read -r a f h < <(awk '/^RssAnon/{a=$2} /^RssFile/{f=$2} /^VmHWM/{h=$2} END{print a+0, f+0, h+0}' /proc/$pid/status 2>/dev/null); then
				((a > anon)) && anon=$a
				((f > file)) && file=$f
				((h > hwm)) && hwm=$h
			fi
			sleep 0.2
		done
		wait "$pid" || true
		line=$(grep -a '个/秒' bench/out/patrol.out | tail -1)
		urls=$(sed -E 's/.*下载 ([0-9]+) 个，未变化 ([0-9]+) 个.*/\1 \2/' <<<"$line" | awk '{print $1+$2}')
		rate=$(sed -E 's/.*，([0-9.]+) 个\/秒.*/\1/' <<<"$line")
		rss=$((hwm / 1024)) anon=$((anon / 1024)) file=$((file / 1024))
		printf '%-8s %-6s %8s %8s %9s %9s %9s\n' "$n" "$pass" "$urls" "$rate" "$rss" "$anon" "$file"
	done
	kill $site 2>/dev/null || true
	wait $site 2>/dev/null || true
	rm -f bench/out/patrolsite.url
done
