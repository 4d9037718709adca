#!/usr/bin/env bash
# A CMS re-scanning its archive: `mishen scan --json` over a folder of
# PAGES HTML pages of 政府信息公开 with attachments beside one page in
# five (DOCX, XLSX, PDF), against ripgrep over the same folder.
#   bash bench/bulk.sh [-n PAGES]        (default 100000)
# Generates the archive once under bench/out/archive-PAGES with
# bench/archivegen (5-30 KB pages, three in ten with 公示 lists of
# people, one in five hundred with a marking; remove the folder and
# archive-PAGES.done to make it again), then runs, niced, under GNU time:
#   - mishen scan --json ARCHIVE (default flags: the sandbox on, as many
#     files at once as cores), reports to bench/out/bulk-PAGES.jsonl;
#   - rg -c -f PATTERNS ARCHIVE with the built-in dictionaries' terms and
#     the patterns of ID numbers, mobiles, cards and e-mails (as
#     bench/default.sh): it reads the pages' HTML as text and skips the
#     attachments as binary, so it is the floor of reading the folder,
#     not the same work;
# and prints pages/s, files/s, wall time, CPU seconds and peak RSS of
# each, and how many files mishen found blocking or needing review. The
# archive is read from the page cache when the machine has the memory
# for it; on a cold cache the disk adds its time. Needs ripgrep and GNU
# time. MISHEN=path uses that binary instead of building ./cmd/mishen.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=100000
if [[ "${1:-}" == "-n" ]]; then pages=$2; shift 2; fi
[[ -x /usr/bin/time ]] || { echo "bench/bulk.sh: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }
command -v rg >/dev/null || { echo "bench/bulk.sh: rg not found (apt-get install ripgrep)" >&2; exit 2; }
mkdir -p bench/out
mishen=${MISHEN:-bench/out/mishen}
[[ -n "${MISHEN:-}" ]] || go build -o bench/out/mishen ./cmd/mishen
arch=bench/out/archive-$pages
# The marker sits beside the folder: a file inside it would be scanned.
if [[ ! -f $arch.done ]]; then
	rm -rf "$arch"
	go run ./bench/archivegen -pages "$pages" -out "$arch"
	touch "$arch.done"
fi
files=$(find "$arch" -type f | wc -l)
bytes=$(du -sb "$arch" | cut -f1)
echo "archive: $arch, $pages pages, $files files, $((bytes / 1000000)) MB"

# run LABEL OUT COMMAND... runs the command niced under GNU time with its
# output to OUT and prints the figures.
run() {
	local label=$1 out=$2 t
	shift 2
	t=$(mktemp)
	nice /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >"$out" 2>/dev/null || true
	read -r wall user sys kb < <(tail -1 "$t")
	rm -f "$t"
	python3 - "$label" "$pages" "$files" "$bytes" "$wall" "$user" "$sys" "$kb" <<'PY'
import sys
label, pages, files, size, wall, user, sys_, kb = sys.argv[1], *map(float, sys.argv[2:])
w = max(wall, 0.001)
print(f"{label:<34} {pages / w:8.0f} pages/s {files / w:8.0f} files/s {size / 1e6 / w:7.1f} MB/s"
      f"  wall {wall:7.1f} s  CPU {user + sys_:7.1f} s  peak RSS {kb / 1024:6.0f} MB")
PY
}

run "mishen scan --json" "bench/out/bulk-$pages.jsonl" "$mishen" scan --json "$arch"
python3 - "bench/out/bulk-$pages.jsonl" "$files" <<'PY'
import collections, json, sys
verdicts, n = collections.Counter(), 0
for line in open(sys.argv[1]):
    verdicts[json.loads(line)["verdict"]] += 1
    n += 1
print(f"  {n} reports of {sys.argv[2]} files: block {verdicts['block']}, review {verdicts['review']}, pass {verdicts['pass']}")
PY

grep -hv '^#' dictionaries/*.txt | grep -v '| *allow' | cut -d'|' -f1 | sed 's/[[:space:]]*$//; /^$/d' |
	python3 -c 'import re,sys; [print(re.escape(l.strip())) for l in sys.stdin if l.strip()]' >bench/out/bulk-patterns.txt
cat >>bench/out/bulk-patterns.txt <<'PAT'
[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])\d{2}\d{3}[\dXx]
1[3-9]\d{9}
62\d{14,17}
[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}
PAT
run "rg -c -f PATTERNS (HTML only)" bench/out/bulk-rg.out rg -c -f bench/out/bulk-patterns.txt "$arch"
echo "  rg: $(wc -l <bench/out/bulk-rg.out) files with a match"

