# bench/paired.sh — sourced by the bench scripts that compare mishen with a
# peer: runs two commands alternately, several times, and prints the
# min/median/max of each one's wall time, of the ratio (mishen's time /
# the peer's, paired run by run: below 1 mishen is faster) and each one's
# peak RSS, measured by GNU time (/usr/bin/time -v, apt-get install time).
#
#   source bench/paired.sh
#   paired RUNS LABEL -- MISHEN_COMMAND... -- PEER_COMMAND...
#
# Sets paired_a_median and paired_b_median (seconds) for the caller.
# Output of the commands goes to /dev/null; a command that fails (mishen
# exits 1 when it finds something) is still timed.

[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }

# stats prints min/median/max of its arguments with a format.
stats() { # fmt values...
	local fmt=$1; shift
	python3 - "$fmt" "$@" <<'EOF'
import statistics, sys
fmt, xs = sys.argv[1], [float(x) for x in sys.argv[2:]]
print(f"min {fmt.format(min(xs))}  median {fmt.format(statistics.median(xs))}  max {fmt.format(max(xs))}")
EOF
}

# timed runs a command once under /usr/bin/time -v and sets secs and kb.
timed() {
	local out
	out=$(mktemp)
	/usr/bin/time -v -o "$out" "$@" >/dev/null 2>&1 || true
	secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2, t, ":"); s=0; for (i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out")
	kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")
	rm -f "$out"
}

paired() { # runs label -- mishen... -- peer...
	local runs=$1 label=$2
	shift 3
	local a=() b=()
	while [[ $# -gt 0 && $1 != "--" ]]; do a+=("$1"); shift; done
	shift
	b=("$@")
	local ta=() tb=() ra=() rb=() ratio=()
	for ((i = 0; i < runs; i++)); do
		timed "${a[@]}"; ta+=("$secs"); ra+=("$((kb / 1024))")
		timed "${b[@]}"; tb+=("$secs"); rb+=("$((kb / 1024))")
		ratio+=("$(python3 -c "print(${ta[-1]} / max(${tb[-1]}, 0.001))")")
	done
	echo "$label ($runs paired runs)"
	echo "  mishen s:      $(stats '{:.3f}' "${ta[@]}")"
	echo "  peer s:        $(stats '{:.3f}' "${tb[@]}")"
	echo "  ratio:         $(stats '{:.2f}' "${ratio[@]}")   (mishen time / peer time; < 1 is faster)"
	paired_a_median=$(printf '%s\n' "${ta[@]}" | python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.stdin))')
	paired_b_median=$(printf '%s\n' "${tb[@]}" | python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.stdin))')
	echo "  mishen RSS MB: $(stats '{:.0f}' "${ra[@]}")"
	echo "  peer RSS MB:   $(stats '{:.0f}' "${rb[@]}")"
}
