#!/usr/bin/env bash
# The test command of the README: vet, every package's tests, and a short
# run of each fuzz target (no panics on hostile input).
set -euo pipefail
cd "$(dirname "$0")/.."

go vet ./...
go test -count=1 -timeout 30m ./...

# A count, not a duration: when a duration runs out while the fuzzer is
# still reading its cached corpus or minimising an input, Go reports the
# target as failed ("context deadline exceeded"), and the corpus cached on
# a machine grows from run to run. 20,000 inputs take 1–10 s a target.
fuzztime=${FUZZTIME:-20000x}
targets=()
while read -r dir pkg; do
  for f in "$dir"/*_test.go; do
    [ -e "$f" ] || continue
    while read -r fz; do
      targets+=("$pkg $fz")
    done < <(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$f")
  done
done < <(go list -f '{{.Dir}} {{.ImportPath}}' ./...)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
for t in "${targets[@]}"; do
  read -r pkg fz <<<"$t"
  echo "fuzz $pkg $fz ($fuzztime)"
  # -run='^$' skips the unit tests already run. Minimising a new input
  # runs the target once per byte removed: bounded to 50 runs, or a 50 KB
  # seed keeps the workers minimising for the whole run (0 execs/s).
  if ! go test -run='^$' -fuzz="^${fz}\$" -fuzztime="$fuzztime" -fuzzminimizetime=50x "$pkg" >"$log" 2>&1; then
    cat "$log"
    exit 1
  fi
  # The rate over the whole run, baseline and minimising included.
  # Go prints "fuzz: elapsed: 5s, execs: 12345 (2469/sec), new interesting: …".
  awk '/execs:/ {t=$3; n=$5; r=$6} END {gsub(/,/, "", t); gsub(/,/, "", r); if (t) printf "  %s execs %s in %s\n", n, r, t}' "$log"
done
echo "fuzz: ${#targets[@]} targets ran without a failure"
