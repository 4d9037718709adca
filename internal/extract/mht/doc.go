// Package mht reads MHTML (.mht, .mhtml): a web page saved as one file,
// the "单个文件网页" of Word and WPS, Internet Explorer and Chromium. Such
// a file is a MIME message (RFC 2557), multipart/related: the page in one
// text/html part, its pictures, style sheets, scripts and frames in the
// others, each quoted-printable, base64 or plain, in any charset. Word
// saves it under .mht, .mhtml and, when asked for a "Word document" web
// archive, .doc; the sniffer sends it here whatever its name.
//
// How it is read. The message's header is read with net/textproto and
// mime, the parts with mime/multipart (raw, so that base64 and
// quoted-printable are decoded here, by encoding/base64 and
// mime/quotedprintable), and each part's text is converted to UTF-8 from
// the charset its Content-Type names (golang.org/x/text). Then:
//
//   - the root part (the one the multipart's start parameter names, else
//     the first) is the document's body, read by package htmlx like any
//     HTML page: visible text, hidden elements, comments, Word's comments
//     and the rest, under the usual part kinds and no file name;
//   - every other text/html part (Word's header.htm with the page headers
//     and footers, a frame) is read by htmlx too, its parts and findings
//     located at the part's file name (header.htm); text/plain by package
//     plaintext; XML (text/xml, image/svg+xml: Word's filelist.xml and
//     colorschememapping.xml) as the text between its tags; scripts as
//     script text (htmlx.KindScript);
//   - pictures (image/png, jpeg, gif, bmp, tiff, webp) are handed back in
//     Document.Embedded under their file names; package extract reads
//     them with OCR like the pictures of a DOCX, and drops them when OCR
//     is not installed, as it does for a DOCX;
//   - style sheets, Office themes (themedata.thmx) and vector drawings
//     (Word's .wmz/.emz/.wmf/.emf, written beside a PNG of the same
//     drawing, whose text the page carries in VML) hold no text a reader
//     sees and are skipped;
//   - every other part (Word's editdata.mso and oledata.mso, an embedded
//     document) is handed back in Document.Embedded, so that the
//     dispatcher reads it or reports it unread.
//
// Failing closed: a file whose header or multipart structure is damaged,
// a multipart cut before its closing boundary, messages nested more than
// four deep, and a file with no page in it are unreadable.corrupt (what
// was read before the damage is kept); a part in an unknown transfer
// encoding or whose bytes are not in the one it declares is
// unreadable.corrupt too, and its bytes are read as text all the same;
// more than maxParts parts, text over MaxTextRunes and a file over
// MaxFileBytes are reported too. E-mails (.eml) are read the same way:
// nested multiparts and attached messages, the header lines a reader
// sees, attachments' names, and a multipart's preamble and epilogue.
//
// Caveats: Content-Location URLs are used only for names, never fetched.
// A page that refers to parts by cid: or by URL is read part by part, not
// reassembled; frames are read where their part stands, not where the
// frameset places them.
package mht
