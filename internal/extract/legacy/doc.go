// Package legacy converts the office formats mishen has no parser for
// (.doc, .xls, .ppt, .rtf, WPS Office's .wps/.et/.dps, and OpenDocument
// .odt/.ods/.odp) into DOCX, XLSX or PPTX with LibreOffice, so that the
// existing extractors read them. Package extract calls it (Converts,
// ExtractConverted); the document keeps the legacy format's name and its
// parts the member names of the converted file (word/header1.xml).
//
// How a conversion runs. Each file gets a private temporary folder with
// the input under a name chosen here (input.doc; never the submitter's
// name), a fresh LibreOffice profile whose settings disable macros
// (DisableMacrosExecution, MacroSecurityLevel 3) and block links to
// outside documents, and an output folder; the folder is removed
// afterwards. soffice is started through sh, which sets its limits
// before exec (address space 3 GiB, CPU time the per-file timeout plus
// one second, no core files, file size about twice the size bound), in
// a process group of its own that is killed whole at the timeout. The
// import filter is forced (MS Word 97, MS Excel 97, …): left to guess,
// LibreOffice imports a damaged spreadsheet as CSV text and returns an
// empty sheet, a silent pass; forced, such a file fails to load and is
// reported unreadable.corrupt.
//
// Where it runs. A sandbox child may not write files (RLIMIT_FSIZE 0),
// and soffice must, so the conversion runs in the parent (package
// sandbox calls extract.ExtractConverted before starting a child) and
// only the converted file is parsed in a child. Available reports
// ErrNoWrite inside a child: a legacy file found there (a .doc in a zip,
// a .ppt embedded in a PPTX) is handed back to the parent in
// doc.Document.Deferred, and the parent converts it and reads it in a
// child of its own (extract.ReadDeferred), up to 16 such files per
// upload and one level deep; past that they are reported unreadable.
//
// Cost. Every conversion starts soffice cold: 1.6–1.9 s of wall time and
// about 1.1 s of CPU for a small .doc on an idle core, about 220 MB
// resident. Conversions run one at a time (Default), so a batch of legacy
// files cannot swamp a small machine; the wait for the slot is bounded by
// the caller's context, not by the per-file timeout. A warm converter
// (unoserver, or soffice listening on a pipe) would save most of the
// start-up but would put every untrusted file into one long-lived office
// process; it is not used.
//
// What survives the conversion (checked on the fixtures LibreOffice
// wrote, see testdata/mkfixtures.sh): body text, tables, page headers
// and footers, tracked deletions, comments and text formatted hidden of
// .doc, .rtf and .odt; cells, sheet names, print footers, hidden rows and
// hidden sheets of .xls and .ods; slide text of .ppt.
//
// Caveats. What LibreOffice does not import is not read. Files from Word
// 6/95 and Excel 5/95 may be refused by the forced Word 97 and Excel 97
// filters (not checked: LibreOffice no longer writes them); they are then
// reported unreadable, as are WPS files older than WPS Office's
// Word-compatible format. VBA macros, OLE objects and fields'
// instructions are read only as far as LibreOffice carries them into
// the OOXML.
//
// Passwords. LibreOffice cannot open a file protected by an open password
// and would only fail. Encrypted reads the compound file first (with
// github.com/richardlehane/mscfb) and says whether a password protects
// it: a Word document whose FIB has fEncrypted set, a workbook with a
// FILEPASS record in its globals substream, a presentation whose Current
// User stream carries the encrypted header token or that has an
// EncryptedSummary stream, and an OLE2 wrapper holding EncryptionInfo or
// EncryptedPackage (an encrypted DOCX, XLSX or PPTX). Package extract
// runs it in a sandbox child before converting and reports such a file
// unreadable.encrypted without starting LibreOffice. The .doc and .xls
// fixtures were saved with a password by LibreOffice, the .docx by npm
// officecrypto-tool; no program here writes an encrypted .ppt, so that
// fixture is a LibreOffice .ppt with the header token set (see
// testdata/mkencrypted.py). Protection that leaves the file readable
// (write-protection, a protected sheet or workbook structure) is not
// encryption and is read as usual.
package legacy
