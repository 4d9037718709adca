#!/usr/bin/env bash
# Spreadsheets against SheetJS, in the same run, on the same workbooks.
#   bash bench/xlsx.sh [-n RUNS]
# Generates (bench/xlsxgen) a staff list of 20,000 rows with a mobile in
# every row (120,000 cells: the dense case), a sheet of 100,000 cells, the
# same with dates and amounts formatted (f100k: values shown as Excel
# shows them) and one of 1,000,000 cells, then runs `mishen scan --json` (sandboxed, as
# the CLI and server run it) and node reading every cell with the npm
# "xlsx" package (SheetJS) alternately RUNS times (default 3), printing
# min/median/max of the time ratio and peak RSS (bench/paired.sh),
# cells/s, and the CPU time (user + system) of one more run of each, a
# figure that another load on the machine changes less than wall time
# (mishen's with --isolate=false: time(1) here does not count the CPU of
# the sandboxed worker process). Needs node and npm (SheetJS is installed
# under /tmp) and GNU time. MISHEN=path uses that binary instead of building ./cmd/mishen.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/paired.sh
runs=3
if [[ "${1:-}" == "-n" ]]; then runs=$2; shift 2; fi
command -v node >/dev/null || { echo "bench/xlsx.sh: node not found" >&2; exit 2; }
sheetjs=${SHEETJS_DIR:-/tmp/mishen-bench-sheetjs}
if [[ ! -d "$sheetjs/node_modules/xlsx" ]]; then
	mkdir -p "$sheetjs"
	(cd "$sheetjs" && npm init -y >/dev/null && npm install xlsx >/dev/null 2>&1)
fi
out=bench/out/xlsx
mkdir -p "$out"
mishen=${MISHEN:-bench/out/mishen}
[[ -n "${MISHEN:-}" ]] || go build -o bench/out/mishen ./cmd/mishen
[ -f "$out/m20k.xlsx" ] || go run ./bench/xlsxgen -rows 20000 -cols 6 -out "$out/m20k.xlsx"
[ -f "$out/c100k.xlsx" ] || go run ./bench/xlsxgen -rows 16666 -cols 6 -out "$out/c100k.xlsx"
[ -f "$out/f100k.xlsx" ] || go run ./bench/xlsxgen -rows 16666 -cols 6 -formats -out "$out/f100k.xlsx"
[ -f "$out/c1m.xlsx" ] || go run ./bench/xlsxgen -rows 99999 -cols 10 -out "$out/c1m.xlsx"
cpu() { # command... : prints its user + system seconds
	/usr/bin/time -f "%U %S" -o /tmp/mishen-bench-cpu.$$ "$@" >/dev/null 2>&1 || true
	tail -1 /tmp/mishen-bench-cpu.$$ | awk '{print $1 + $2}'
	rm -f /tmp/mishen-bench-cpu.$$
}
for f in m20k c100k f100k c1m; do
	cells=$(NODE_PATH="$sheetjs/node_modules" node bench/sheetjs/read.js "$out/$f.xlsx" | cut -d' ' -f1)
	echo "== $f.xlsx: $cells cells, $(stat -c %s "$out/$f.xlsx") bytes"
	paired "$runs" "mishen scan --json vs SheetJS reading every cell" -- \
		"$mishen" scan --json "$out/$f.xlsx" -- \
		env NODE_PATH="$sheetjs/node_modules" node bench/sheetjs/read.js "$out/$f.xlsx"
	echo "  cells/s (median runs): mishen $(python3 -c "print(round($cells / $paired_a_median))"), SheetJS $(python3 -c "print(round($cells / $paired_b_median))")"
	echo "  CPU s (one run): mishen $(cpu "$mishen" scan --isolate=false --json "$out/$f.xlsx") (in process), SheetJS $(cpu env NODE_PATH="$sheetjs/node_modules" node bench/sheetjs/read.js "$out/$f.xlsx")"
done
