// Package pdf reads the text of a PDF page by page, with the page number
// of each part, plus the document metadata and annotation comments, and
// reports what it could not read as unreadable findings.
//
// It uses github.com/ledongthuc/pdf for the file structure (cross-reference
// tables, objects, stream filters) and does the rest itself, because the
// library's text functions were measured to fail in ways that matter here:
// whole-document GetPlainText panics outside its recover on corrupt files
// and loses every page to one bad page; Page.Content inserts wrong
// characters and is 33× slower; text breaks at every font change
// (机密★\n1\n年); GetTextByRow glues adjacent table cells into one
// number; an image-only page yields no text and no error; Page(i) walks
// the page tree from the root each time and loops forever on a cyclic
// tree. So this package:
//
//   - opens the file inside a recover, mending a header the library is
//     stricter about than viewers, refusing a /Prev loop, and rebuilding
//     a damaged cross-reference table by scanning for objects (the file is
//     then still reported corrupt, with what could be read);
//   - walks the page tree once, bounded in depth and nodes, inheriting
//     resources and page size on the way down;
//   - interprets each page's content streams with its own lexer (inline
//     images skipped, a byte budget per page, forms followed to a bounded
//     depth), decodes fonts through ToUnicode maps, the simple encodings,
//     UCS-2 and the GBK and Big5 CMaps, and lays strings out into lines by
//     their position, so that a marking set in several fonts stays one line;
//   - reports per page: image-only or mostly image (scanned), undecodable
//     fonts, a page that fails (the others are still read); per file:
//     encrypted (AES-256 and any file the library cannot decrypt), corrupt,
//     more pages than Limits.MaxPages, more text than Limits.MaxTextRunes.
//
// Caveats. Text is in content-stream order, joined by position within a
// line, not reordered into columns. Objects inside object streams of a
// damaged file are not recovered. The library can still loop on hostile
// object streams (an /Extends chain that returns to itself) and can
// recurse without bound on an object stream that contains itself; those
// are caught by the time and memory limits of internal/sandbox, not here.
package pdf
