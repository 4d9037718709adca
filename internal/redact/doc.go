// Package redact makes the cleaned copy (区分处理稿) of a document: the
// same file in the same format with personal data masked in place and
// residue a reader cannot see removed, so that what can be published is
// published (《政府信息公开条例》第三十七条).
//
// Clean scans the document through the scan core, refuses what must not
// be cleaned by a machine (a classification marking, a blocking
// dictionary term, anything not fully read), rewrites the file, and scans
// the cleaned copy again: it is offered only when that rescan finds no
// personal data, hidden content or unread part left, so the cleaned copy
// is judged by the same core as any upload.
//
// What is cleaned:
//   - DOCX, XLSX, PPTX: the text of every XML part is rewritten inside the
//     existing runs (<w:t>, <a:t>, shared strings and inline cells), so run
//     formatting stays; a value split over several runs is one value.
//     Tracked changes are accepted, comments, hidden text, hidden rows and
//     columns, hidden sheets and hidden slides are removed, document
//     properties (author, last editor, company, custom properties) are
//     cleared. Parts are changed byte for byte only where they need to be.
//   - HTML: text and the attributes a reader can reach (title, alt, value,
//     content, data-*, aria-*, href) are masked; comments and hidden
//     elements whose text the page does not show anyway are removed.
//   - Plain text in its own encoding.
//
// Caveats: PDF and OFD are refused with a reason: their text is drawn by
// glyph programs in content streams with subset fonts, and removing a
// value safely (the glyphs, their widths, the ToUnicode map and any copy in
// a form, annotation or attachment) is not done here; the clerk cleans the
// source document and exports it again. Sensitive dictionary terms of
// review severity and possible markings are left in place: the rescan
// reports them and a reviewer decides.
package redact
