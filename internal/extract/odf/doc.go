// Package odf reads OpenDocument XML in two ways.
//
// Flat reads a flat OpenDocument file (.fodt, .fods, .fodp, or any of them
// under another name: one XML file whose root is office:document) whole:
// metadata, headers and footers of the master pages, the body with its
// runs joined (a <text:span> around part of a value does not split it),
// footnotes and endnotes, annotations, tracked deletions, text boxes,
// tables as cells, sheets with A1 cells and their hidden sheets, rows and
// columns, slides with hidden slides and notes. Read as plain text its
// markup would split values and markings, and what it hides would pass.
//
// Hidden reads what a zipped OpenDocument text (.odt) hides in ways that
// LibreOffice's conversion to DOCX does not keep. mishen reads a zipped
// ODF by converting it (package legacy), and the conversion writes a
// section shown nowhere (text:section text:display="none", or hidden by a
// condition) as ordinary paragraphs: its text would be scanned but never
// reported as hidden. Hidden reads content.xml itself, in the sandboxed
// child, with the walker Flat uses, and keeps only the hidden sections,
// hidden-paragraph fields and hidden-text fields, as hidden_text parts,
// which the scanner reports as hidden content; the dispatcher adds them
// to the converted document (extract.ExtractConverted).
//
// Caveats: conditions are not evaluated (a section or paragraph hidden by
// a condition counts as hidden), styles are followed through sixteen
// parents at most, a repeated row or cell with text is written out
// sixty-four times at most (the copies say nothing more), formulas and
// number formats are not applied (a cell's text, or else its stored
// value, is read), and embedded objects are not read. The pictures a flat
// document carries inline (office:binary-data) are read with OCR by
// package extract (flow.Pictures), and what the walk does not place is
// scanned as source text (flow.Leftover).
package odf
