// Package wordml reads Word 2003 XML (WordprocessingML 2003): one XML
// file whose root is <w:wordDocument> in the namespace
// http://schemas.microsoft.com/office/word/2003/wordml, written by Word
// 2003 and later and by LibreOffice ("Word 2003 XML"), and often saved
// under .doc or .xml. Read as plain text its runs would split a value or a
// marking (机密 and ★1年 in two <w:r>), and what it hides would pass as
// body text.
//
// Extract reads it as package docx reads a DOCX, with the same part kinds
// and hidden reasons: body paragraphs with their runs joined, tables as
// cells ("表1 R2C3"), headers and footers (w:hdr, w:ftr), footnotes and
// endnotes, text boxes, hidden text (w:vanish, directly or through a
// style), comments (aml:annotation w:type="Word.Comment"), tracked
// deletions and insertions, field instructions, hyperlink targets, a VML
// watermark's text and the document properties (o:DocumentProperties).
//
// Caveats: character styles are looked at for w:vanish one level deep
// (a style based on a hidden style is not), text hidden by colour or size
// is not found, and embedded objects are not read. Pictures (w:binData)
// are read with OCR by package extract (flow.Pictures).
package wordml
