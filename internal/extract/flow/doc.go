// Package flow collects the text that a streaming reader of an XML office
// format (flat OpenDocument, SpreadsheetML 2003, WordprocessingML 2003)
// walks into doc parts, the way the DOCX and XLSX extractors shape theirs:
// a rune budget shared by every part of one document, a paragraph a line,
// the cells of a document's tables ("表1 R2C3"), and the cells of a sheet
// (A1, a row a line, a tab between columns) with the first hidden cell
// that holds text.
//
// Caveats: a sheet's empty columns are kept as at most sixteen tabs, so a
// cell's column is known from its reference, not from its tabs; a table
// cell that spans columns or rows is recorded where it starts.
package flow
