#!/usr/bin/env bash
# bench/ocr.sh — OCR overhead: mishen reading scanned pages against plain
# `tesseract` on the same page images, in the same run, pages in parallel
# up to the cores on both sides. Target: mishen ≤ 1.2× tesseract.
#
#   bench/ocr.sh [-n PASSES] [-p PAGES]
#
# The pages are the fixtures of internal/ocr/testdata (a marked notice, a
# clean one, a rotated noisy one) rendered at 300 dpi as greyscale JPEG, as
# office scanners store pages, repeated to PAGES pages (default 6). Two
# comparisons:
#   images: `mishen scan` of the page images as JPEG uploads (a sandboxed
#           child per file, as the server reads them) against
#           `tesseract IMAGE stdout -l chi_sim+eng` on the same JPEGs;
#   pdf:    `mishen scan` of one scanned PDF of those JPEGs (img2pdf, no
#           re-encoding; rendered back by pdftoppm inside the child, pages
#           read in parallel) against the same tesseract run on the page
#           images: mishen's time includes the rendering, which tesseract
#           alone cannot do.
# mishen's time includes decoding the picture in Go, the second reading of
# the head of each page that shows no marking (chi_sim alone, the top fifth
# at 1.5×) and the scan itself. Each side runs with OMP_THREAD_LIMIT=1 and
# xargs -P CORES. The best of PASSES runs of each side is compared.
# Needs tesseract-ocr, tesseract-ocr-chi-sim, poppler-utils, img2pdf, Go.
set -euo pipefail
cd "$(dirname "$0")/.."

passes=3
pages=6
while [[ $# -gt 0 ]]; do
	case "$1" in
	-n) passes=$2; shift 2 ;;
	-p) pages=$2; shift 2 ;;
	*) echo "usage: bench/ocr.sh [-n PASSES] [-p PAGES]" >&2; exit 2 ;;
	esac
done
for t in tesseract pdftoppm img2pdf go; do
	command -v "$t" >/dev/null || { echo "bench/ocr.sh: $t not found" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cores=$(nproc)
go build -o "$tmp/mishen" ./cmd/mishen

src=(internal/ocr/testdata/scan300.pdf internal/ocr/testdata/clean300.pdf internal/ocr/testdata/noisy.pdf)
imgs=()
for i in $(seq 1 "$pages"); do
	s=${src[$(((i - 1) % ${#src[@]}))]}
	pdftoppm -r 300 -gray -jpeg -jpegopt quality=75 -f 1 -l 1 "$s" "$tmp/r$i"
	mv "$tmp/r$i"-*1.jpg "$tmp/p$(printf %03d "$i").jpg"
	imgs+=("$tmp/p$(printf %03d "$i").jpg")
done
img2pdf --pagesize A4 -o "$tmp/scan.pdf" "${imgs[@]}"

now() { date +%s.%N; }
best() { # best of the times given
	printf '%s\n' "$@" | sort -g | head -1
}
run_tesseract() {
	printf '%s\n' "${imgs[@]}" | OMP_THREAD_LIMIT=1 xargs -P "$cores" -I{} \
		tesseract {} stdout -l chi_sim+eng >/dev/null 2>&1
}
run_mishen_images() {
	"$tmp/mishen" scan --jobs "$cores" --scan-timeout 5m "${imgs[@]}" >"$tmp/out-images.txt" || true
}
run_mishen_pdf() {
	"$tmp/mishen" scan --scan-timeout 5m "$tmp/scan.pdf" >"$tmp/out-pdf.txt" || true
}

t_tess=() t_img=() t_pdf=()
for _ in $(seq 1 "$passes"); do
	a=$(now); run_tesseract; b=$(now); t_tess+=("$(echo "$b - $a" | bc)")
	a=$(now); run_mishen_images; b=$(now); t_img+=("$(echo "$b - $a" | bc)")
	a=$(now); run_mishen_pdf; b=$(now); t_pdf+=("$(echo "$b - $a" | bc)")
done
# mishen exits non-zero when it finds something; what it read is checked
# here instead: the marked pages must block.
grep -q "阻止\|block" "$tmp/out-pdf.txt" || { echo "bench/ocr.sh: the scanned PDF did not block:" >&2; cat "$tmp/out-pdf.txt" >&2; exit 1; }

tt=$(best "${t_tess[@]}")
ti=$(best "${t_img[@]}")
tp=$(best "${t_pdf[@]}")
echo "pages: $pages at 300 dpi, $cores cores, best of $passes"
printf "tesseract (chi_sim+eng):  %6.2f s  %5.2f pages/s\n" "$tt" "$(echo "$pages / $tt" | bc -l)"
printf "mishen images:            %6.2f s  %5.2f pages/s\n" "$ti" "$(echo "$pages / $ti" | bc -l)"
printf "mishen scanned pdf:       %6.2f s  %5.2f pages/s\n" "$tp" "$(echo "$pages / $tp" | bc -l)"
printf "ratio mishen/tesseract: images %.2fx   pdf %.2fx   (target ≤ 1.2x)\n" \
	"$(echo "$ti / $tt" | bc -l)" "$(echo "$tp / $tt" | bc -l)"
