// Package pdf reads the text of a PDF page by page, with the page number
// of each part, plus the document metadata and annotation comments, and
// reports what it could not read as unreadable findings.
//
// It uses github.com/ledongthuc/pdf for the file structure (cross-reference
// tables, objects, stream filters, decryption) and does the rest itself,
// because the library's text functions were measured to fail in ways that
// matter here:
// whole-document GetPlainText panics outside its recover on corrupt files
// and loses every page to one bad page; Page.Content inserts wrong
// characters and is 33× slower; text breaks at every font change
// (机密★\n1\n年); GetTextByRow glues adjacent table cells into one
// number; an image-only page yields no text and no error; Page(i) walks
// the page tree from the root each time and loops forever on a cyclic
// tree. So this package:
//
//   - opens files encrypted with an empty user password (an owner
//     password only, which offices set to restrict printing and copying)
//     for every standard security handler: RC4 40 and 128 bits, AES-128,
//     AES-256 (R5 and R6), with crypt filters, /Identity, per-stream
//     /Crypt filters and /EncryptMetadata false; the library's handler
//     could not, so mishen keeps a patched copy of the library in
//     third_party/ledongthuc-pdf (README.mishen.md there says what and why);
//   - opens the file inside a recover, mending a header the library is
//     stricter about than viewers ("%PDF-2.0", junk before the header or
//     after %%EOF), and rebuilding a damaged cross-reference table by
//     scanning for objects (the file is then still reported corrupt, with
//     what could be read);
//   - screens the raw bytes first for what the library cannot survive,
//     all measured: a /Prev chain that loops (NewReader loops forever), a
//     cross-reference section naming object 900000000 (a 28 GB table, a
//     fatal out-of-memory), an object stream said to be inside itself
//     (recursion until a fatal stack overflow), an /Extends loop, an
//     absurd /N or predictor /Columns, and an object stream ending in an
//     unclosed hex string (the library's hex reader loops forever at the
//     end of an object stream);
//   - walks the page tree once, bounded in depth and nodes, inheriting
//     resources and page size on the way down;
//   - interprets each page's content streams with its own lexer (inline
//     images skipped, a byte budget per page, forms followed to a bounded
//     depth, ctx looked at every 4096 operators), decodes fonts through
//     ToUnicode maps, the simple encodings, UCS-2 and the GBK and Big5
//     CMaps, places every glyph by its own position (after the text
//     matrix and the CTM) and reads the page back as lines (layout.go):
//     a marking whose fallback ★ is drawn before the line it sits on, or
//     whose glyphs one TJ array draws back and forth, is one line; the
//     wrapped lines of a table cell stay together and neighbouring cells
//     and columns stay apart; marked content with /ActualText reads as
//     that text (Chromium's true characters for radical code points),
//     and glyphs that show letters or digits their /ActualText does not
//     (a full number under a masked one) are read beside it;
//   - reads what a file keeps beside its pages (structures.go): page
//     labels, named destinations, article threads and document
//     JavaScript (source_text), the structure tree's /Alt and /E
//     (alt_text), an XFA form's template and data (form_field), XMP
//     properties of any namespace but ids, dates and history; a form
//     field's value unless its appearance shows it, a choice field's
//     entries, a check box's states; the text a tiling pattern draws;
//   - counts the glyph-like filled contours no extracted glyph covers
//     (outline.go): text drawn as outlines has no text layer and makes
//     the page unreadable.no_text_layer, for OCR or a person;
//   - hands each attached file (the /Names /EmbeddedFiles name tree and
//     FileAttachment annotations) to the dispatcher in
//     doc.Document.Embedded, which reads it with its own extractor one
//     level deep; at most 64 files and Limits.MaxUnzipBytes together, the
//     same bytes once; an attachment that does not decode or is past a
//     bound is reported with its name;
//   - reads annotation appearances (stamps, form fields, typed notes) as
//     page text, and the value of a form field or the text of a typed
//     note that has no appearance (viewers draw it); annotation comments
//     as comment parts; what hidden annotations hold (appearance,
//     Contents, field value) as a comment part with Hidden 隐藏的批注; and
//     the document information dictionary (every text entry) and XMP
//     metadata as one metadata part; the targets of links and other
//     actions as link_target parts, and the bookmarks as an outline part
//     (links.go);
//   - reports per page: image-only or mostly image (a scan with a page
//     number), undecodable fonts (Identity-H without ToUnicode, and
//     simple fonts whose codes decode only through a guess: glyph names
//     outside the Adobe Glyph List, a subset's own built-in encoding), a page
//     that fails or is over its byte budget (the others are still read),
//     any bound that left something unread (forms nested past 12 or drawn
//     more than 4096 times, more than 4096 annotations or content
//     streams, a string over 1 MB or an array over 65536 items: all
//     unreadable.too_large), and media or 3D in annotations
//     (unreadable.embedded); per file: encrypted (a user password is
//     needed, or a security handler other than the standard one),
//     corrupt, hostile, an XFA form that cannot be parsed or is over
//     8 MB (unreadable.embedded), an
//     attachment that cannot be decoded (unreadable.embedded) or is past
//     the bounds (unreadable.too_large), a
//     page tree deeper than 64, more pages than Limits.MaxPages, more text
//     than Limits.MaxTextRunes, out of time; for the metadata part: an
//     information dictionary or XMP stream that cannot be loaded
//     (unreadable.page_error) or is past its bounds (64 entries, 1024
//     XMP properties, 1 MB).
//     Every call into the library that may panic outside a page runs in a
//     guard that turns the panic into such a finding.
//
// Caveats. Lines are written in the order the stream first drew them,
// not reordered into columns by geometry as pdftotext does; a page whose
// producer draws two columns line by line across both reads them
// side by side, as before. Outlined text is found by the shape of its
// contours: a vector emblem or a chart with many different small curved
// shapes and no labels can be taken for it (and is then OCR'd), and an
// outlined line of fewer than about ten characters is not. Invisible text (rendering mode 3, white
// on white) and hidden optional-content layers are read as ordinary page
// text, not reported as hidden; but a page covered by pictures (one, or
// strips and tiles that cover half the page together) whose text shows
// nothing for half its glyphs or more, with fewer than scanMinRunes
// glyphs shown (a scanner's OCR layer in rendering mode 3, text in the
// paper's colour or fully transparent, text under a picture drawn after
// it; perhaps under a visible footer) is reported unreadable.image_only
// as well, so that the page is read with OCR: the layer need not say
// what the picture shows (shown.go). Pictures are known by their
// bounding boxes: a soft mask or a clipping path is not looked at, so a
// picture drawn over text hides it unless it is a stencil mask or drawn
// with a constant alpha under one half; white text on a dark picture
// that covers the page is sent to OCR too, which reads it. Objects inside object streams of a damaged
// file are not recovered. The screen reads dictionaries as text, so a
// hostile structure hidden inside a compressed object stream can still
// reach the library; the time and memory limits of internal/sandbox are
// the backstop for that, not this package.
package pdf
