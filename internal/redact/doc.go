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
//
//   - DOCX, XLSX, PPTX: the text of every XML part is rewritten inside the
//     existing runs (<w:t>, <a:t>, shared strings and inline cells), so run
//     formatting stays; a value split over several runs is one value.
//     Tracked changes are accepted, comments, hidden text, hidden rows and
//     columns, hidden sheets and hidden slides are removed, document
//     properties (author, last editor, company, custom properties) are
//     cleared. Parts are changed byte for byte only where they need to be.
//
//   - HTML: text and the attributes a reader can reach (title, alt, value,
//     content, data-*, aria-*, href) are masked; comments and hidden
//     elements whose text the page does not show anyway are removed.
//
//   - Plain text in its own encoding.
//
//   - OFD: the text of pages and templates is masked one character for
//     one inside its TextCode, so every glyph keeps its place (DeltaX);
//     a page's TextCodes are one unit, so a value a producer split over
//     text objects is found. Text objects that are not drawn and every
//     annotation are removed, DocInfo's author, abstract, keywords and
//     custom data cleared. Refused: label and remove (they would move
//     glyphs), a signed file (the signature would break), text drawn from
//     glyph indexes (CGTransform), a page with pictures (the text may be
//     a scan's OCR layer, whose picture still shows the value), embedded
//     fonts without an asterisk.
//
//   - PDF: real redaction, never a box over live text. qpdf writes the
//     file in its QDF form; each page's content streams are read with
//     their fonts (ToUnicode maps, /Widths or /W, the standard 14 fonts'
//     digit widths, Identity-H and the UCS2 CJK encodings), the values
//     are found in the page's text, and each glyph a mask hides (or every
//     glyph of the value, for label and remove) is taken out of its
//     show-text operator and replaced by a TJ adjustment of its advance,
//     so the text is gone from the file and nothing else moves. fix-qdf
//     and qpdf write the result compressed. Refused: no qpdf on the
//     machine, a stream qpdf cannot decode, a glyph whose width is not
//     known or that is shown by ' or ". A value the page shows some other
//     way (a picture, a form field, an annotation, /ActualText) is left in
//     place, and the rescan refuses the copy.
//
// Caveats: sensitive dictionary terms of review severity, possible
// markings and internal addresses are left in place: the rescan reports
// them and a reviewer decides. Removing a hidden sheet leaves formulas
// that referred to it pointing nowhere; removing a hidden slide leaves
// links to it dangling. A PDF's text in Form XObjects is not edited (the
// rescan refuses when a value is there); a PDF's label or removal leaves
// a blank where the value was, as a mask leaves a blank for the hidden
// digits: no new glyph is drawn.
package redact
