// Package extract turns the bytes of one file into a doc.Document: it
// detects the format from the content (Sniff), hands the bytes to the
// extractor for that format, and turns everything it cannot read into an
// unreadable finding.
//
// Extract never fails and never returns nil: a file that is too large, of
// an unsupported type, encrypted, corrupt, or that makes a parser panic is
// a Document whose Findings say so in Chinese, with what the submitter
// should do. That is what "fail closed" means here: nothing that was not
// fully read can pass silently.
//
// Scanned pages and pictures are read by OCR (package ocr, Tesseract)
// where it is installed: PNG, JPEG, TIFF (every page), BMP, GIF and WebP
// uploads; every PDF page the PDF extractor reports as a scan
// (unreadable.image_only) or as drawn without a text layer
// (unreadable.no_text_layer), rendered with pdftoppm; and the pictures
// stored in a DOCX, XLSX or PPTX (word/media, xl/media, ppt/media). Their
// text is a part of kind doc.OCR with a box for each word. A page read
// with a mean confidence under 70, or in which OCR finds no text, stays
// unreadable (unreadable.ocr_low_confidence) and its words are still
// scanned; a picture inside a document in which OCR finds almost nothing
// is taken for a photo. Pages and pictures are read in parallel, one per
// core, within the file's time. Without Tesseract every one of them is
// reported unreadable as before; OCRCheck says what is missing.
//
// Caveats. Extract runs the parsers in the calling process. It recovers
// panics and gives up waiting when ctx is done, but it cannot stop a parser
// that loops inside a library or exhausts memory or the goroutine stack
// (a Go fatal error is not a panic). Callers that read untrusted files in
// a long-lived process use internal/sandbox, which runs Extract in a child
// process with CPU and memory limits.
package extract
