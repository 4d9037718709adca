// Package archive lists the members of an uploaded archive (zip, 7z,
// rar, gzip, tar and tar.gz) so that the dispatcher (package extract)
// reads each member with its own extractor, one level deep: each member
// is a doc.Embedded, and its parts are located at the member's name
// ("名单.csv", "docs/通知.docx!word/header1.xml").
//
// Limits (doc.Limits): MaxZipEntries members, MaxFileBytes per member
// (a larger member is reported and skipped), MaxUnzipBytes for all
// members together, and MaxZipRatio of the archive's own size once
// zipguard.RatioGrace bytes have come out (zip members also go through
// zipguard's per-member checks). Bytes are counted as they are
// decompressed; declared sizes are used only to skip early. Past a limit
// the rest is reported, never silently dropped.
//
// What is reported and not read: an encrypted member or an archive whose
// names are encrypted (unreadable.encrypted); a damaged member or archive
// (unreadable.corrupt); an archive inside the archive (the dispatcher
// reports it as unreadable.embedded: archives are read at the top level
// only); a member over the size limit; multi-volume archives (the later
// volumes are not there).
//
// A legacy office member (.doc, .xls, …) is converted by LibreOffice
// like an upload; in a sandbox child, which may not run it, the member
// goes back to the parent for that (see package legacy).
//
// Member names are never used as paths: CleanName decodes GBK names
// (what Windows zip tools write), drops "..", empty elements and control
// characters, and bounds the length; it is only a label.
//
// Libraries: zip through zipguard (archive/zip), tar and gzip from the
// standard library, 7z through github.com/bodgit/sevenzip and rar through
// github.com/nwaples/rardecode/v2 with the decoder's window bounded to
// 64 MB. Caveats: sevenzip allocates the LZMA dictionary a 7z header
// asks for, so a hostile 7z can ask for gigabytes; in the server that
// costs a sandbox child (RLIMIT_AS) and is reported unreadable.crashed.
// Skipping a member of a solid 7z or rar still decodes it (CPU, bounded
// by the per-file timeout). No RAR fixture file is committed: RAR archives
// can be written only with non-free tools, so the tests write a stored
// (uncompressed) RAR 5 archive from the format's description; RAR's
// compressed methods are decoded by rardecode and reached here only by
// the fuzz target.
package archive
