#!/usr/bin/env bash
# The test command of the README: vet, every package's tests, and a short
# run of each fuzz target (no panics on hostile input).
set -euo pipefail
cd "$(dirname "$0")/.."

go vet ./...
go test -count=1 ./...

fuzztime=${FUZZTIME:-5s}
# Each fuzz target by package; -run=^$ skips the unit tests already run.
go list -f '{{.Dir}} {{.ImportPath}}' ./... | while read -r dir pkg; do
  grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | while read -r fz; do
    echo "fuzz $pkg $fz ($fuzztime)"
    go test -run='^$' -fuzz="^${fz}\$" -fuzztime="$fuzztime" -fuzzminimizetime=2s "$pkg" >/tmp/fuzz.$$.log 2>&1 || { cat /tmp/fuzz.$$.log; exit 1; }
  done
done
echo "fuzz: all targets ran without a failure"
