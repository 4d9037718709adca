// Package ocr reads the text of scanned pages and pictures with Tesseract 5
// (Debian tesseract-ocr with the chi_sim and eng models, and the osd
// model of tesseract-ocr-osd, which tesseract-ocr depends on), run as a
// child process, and renders PDF pages to images for it with pdftoppm
// (poppler-utils).
//
// Pictures are checked in Go before any other program sees them: the
// header's dimensions are read first (image.DecodeConfig) and a picture of
// more than Options.MaxPixels is refused without being decoded, so a
// 100000 × 100000 PNG of a few bytes costs nothing. PNG, JPEG, TIFF and BMP
// are then handed to Tesseract as they are, on its stdin: its readers
// decode them faster than Go, inside a child bounded in memory and time,
// and read every page of a multi-page TIFF. GIF and WebP are decoded in Go
// and handed over as a plain greyscale PGM, as are rendered PDF pages
// (pdftoppm writes PGM to stdout). Tesseract's result comes back as TSV
// on stdout (ParseTSV), and nothing is written to disk: the sandboxed
// extraction child may write no file (RLIMIT_FSIZE 0), and neither
// tesseract nor pdftoppm needs to.
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
// The head of a page (its top fifth) is read a second time, with chi_sim
// alone, enlarged 1.5 times (Head), whenever the first reading leaves a
// doubt about it: a level character that does not read plainly as a
// marking, Latin letters (chi_sim+eng sometimes reads a level word there
// as Latin), a word read with less than 80 confidence, or no word at all.
// A head read as confident Chinese without a level character, or as a
// plain marking, is not read again: that keeps OCR within 1.2 times the
// time of plain tesseract (bench/ocr.sh).
//
// A page that lies turned (scanned sideways or upside down) reads with
// little confidence. When a first reading is poor (mean confidence under
// 70, or fewer than 10 characters, but not nothing at all), Tesseract's
// orientation detection (--psm 0) is run on the same image, under the
// same bounds; when it says the page is turned by 90°, 180° or 270°, the
// image is turned upright in Go (turn), read again, and the more
// confident reading that holds more text is kept (upright). Boxes stay on
// the image as it lies, and Read.Turned says how far it was turned. A
// page read well the first time costs nothing more.
//
// Caveats. Tesseract 5.3 never reads ★ (it becomes 女, 文 or nothing), and
// misreads the 1 of a period as ] or 工, so a marking on a scanned page is
// recognised from what OCR produces (detect's classified_marking.ocr).
// A page turned by a few degrees is not straightened (Tesseract reads
// one turned by 1° or 2° well). Orientation detection judges a page by
// its glyphs: a picture with fewer than 20 of them is not turned. Pages
// of a multi-page TIFF are not turned (only the first is decoded in Go).
// A word's box on a page turned a quarter is tall, not wide: whoever
// cuts it along its width for part of the word places that part less
// exactly. Only the first frame of a GIF is read.
// Whether the tools are installed is probed once per process (Available,
// Check).
package ocr
