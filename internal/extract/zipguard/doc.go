// Package zipguard opens untrusted zip containers (DOCX, XLSX) from memory
// within doc.Limits, and bounds the XML token loops that read their members.
//
// What it guards against:
//
//   - too many entries: the central directory is walked and counted before
//     archive/zip builds its list of files, so a directory of millions of
//     tiny entries costs a few milliseconds, not gigabytes of memory;
//   - zip bombs: every byte read from a member goes through a reader that
//     counts the bytes actually inflated, against MaxUnzipBytes for the
//     whole archive and MaxZipRatio for the member. Declared sizes are
//     never trusted as a bound; they are used only to fail early when a
//     member admits to being too large;
//   - ambiguous archives: two entries whose names differ only in case or
//     slashes are refused, because two readers could see two different
//     documents;
//   - encrypted entries and encrypted OOXML (an OLE2 container with an
//     EncryptionInfo stream, which is what Office writes for a
//     password-protected file);
//   - deep XML: XMLDecoder counts element nesting and stops at MaxXMLDepth.
//
// Parts in UTF-16 (or UTF-32, or an encoding their declaration names) are
// read, not refused: UTF8 decodes a member to UTF-8 and makes its
// declaration say so, once, for XMLDecoder, CheckAll, ReadXML and the
// readers that look at bytes (the XLSX sheet scanner, excelize's copy of a
// workbook). A member it cannot decode fails with ErrCharset (an encoding
// not known) or ErrBadText (bytes not valid in it), never as text read.
// Archive.Open and ReadFile return a member's own bytes, for embedded
// files.
//
// Errors are sentinel values (ErrZipBomb, ErrTooManyEntries, ErrTooDeep, …),
// wrapped in a *MemberError when they concern one member, so that callers
// can map them to unreadable findings with Describe.
//
// Caveats: the ratio limit applies only once a member has inflated more
// than RatioGrace bytes, since small, very regular XML members legitimately
// compress more than 200:1. encoding/xml never expands entities declared in
// a DTD, so "billion laughs" documents cost nothing; XMLDecoder does not
// limit the length of a single text token beyond the archive's byte limits.
package zipguard
