#!/usr/bin/env bash
# The test command of the README: vet, every package's tests, and a short
# run of each fuzz target (no panics on hostile input).
set -euo pipefail
cd "$(dirname "$0")/.."

go vet ./...
go test -count=1 ./...

fuzztime=${FUZZTIME:-5s}
targets=()
while read -r dir pkg; do
  for f in "$dir"/*_test.go; do
    [ -e "$f" ] || continue
    while read -r fz; do
      targets+=("$pkg $fz")
    done < <(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$f")
  done
done < <(go list -f '{{.Dir}} {{.ImportPath}}' ./...)

for t in "${targets[@]}"; do
  read -r pkg fz <<<"$t"
  echo "fuzz $pkg $fz ($fuzztime)"
  # -run='^$' skips the unit tests already run; a short minimisation time
  # keeps large seeds from stalling the workers.
  if ! go test -run='^$' -fuzz="^${fz}\$" -fuzztime="$fuzztime" -fuzzminimizetime=2s "$pkg" >/tmp/fuzz.log 2>&1; then
    cat /tmp/fuzz.log
    exit 1
  fi
done
echo "fuzz: ${#targets[@]} targets ran without a failure"
