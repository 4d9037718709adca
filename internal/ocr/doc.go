// Package ocr reads the text of scanned pages and pictures with Tesseract 5
// (Debian tesseract-ocr with the chi_sim and eng models), run as a child
// process, and renders PDF pages to images for it with pdftoppm
// (poppler-utils).
//
// Images are decoded and checked in Go before any other program sees them:
// the header's dimensions are read first (image.DecodeConfig) and a picture
// of more than Options.MaxPixels is refused without being decoded, so a
// 100000 × 100000 PNG of a few bytes costs nothing. The decoded picture is
// handed to Tesseract as a plain greyscale PGM on its stdin, so Tesseract's
// own image readers never parse the untrusted bytes; its result comes back
// as TSV on stdout (ParseTSV), and nothing is written to disk. The
// sandboxed extraction child may write no file (RLIMIT_FSIZE 0), and
// neither tesseract nor pdftoppm needs to.
//
// Every child gets its own bounds: a wall-time limit (killed when it
// passes, or when ctx ends), and, on Linux, an address-space, CPU-time and
// file-size limit set with prlimit(2) right after it starts and before it
// is sent a byte of input (os/exec cannot set limits between fork and
// exec). Tesseract runs with OMP_THREAD_LIMIT=1: pages are read in
// parallel by the caller, one core each.
//
// Words come back with their bounding box in pixels of the image, top-left
// origin, and Tesseract's confidence (0–100). Page.Text joins them into
// lines; Chinese characters are joined without the spaces Tesseract puts
// between them, other words with one space.
//
// Caveats. Tesseract 5.3 never reads ★ (it becomes 女, 文 or nothing), so
// a marking on a scanned page must be recognised from what OCR produces;
// the head of a page is read a second time (Head) with chi_sim alone at a
// higher scale, since chi_sim+eng sometimes reads a level word there as
// Latin letters. Pages turned by 90° or more are not straightened; they
// read with low confidence and stay unreadable. Whether the tools are
// installed is probed once per process (Available, Check).
package ocr
