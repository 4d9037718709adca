// Package xmlss reads Excel 2003 XML (SpreadsheetML 2003, "XML
// Spreadsheet"): one XML file whose root is <Workbook> in the namespace
// urn:schemas-microsoft-com:office:spreadsheet, written by Excel 2003 and
// later, LibreOffice and many web systems' "export to Excel", and often
// saved under .xls or .xml. Read as plain text its markup would split a
// value (a rich-text cell keeps part of a number inside <Font>), and its
// hidden rows, columns and sheets would pass unmarked.
//
// Extract gives each sheet as a part whose cells carry their A1
// references, as package xlsx does: hidden sheets (WorksheetOptions
// Visible SheetHidden or SheetVeryHidden) are hidden parts, a hidden row or
// column (ss:Hidden) that holds text is a hidden_content finding, cell
// comments are hidden parts, and the sheet names, print headers and
// footers, named ranges, hyperlink targets and document properties are
// parts of their own.
//
// Caveats: formulas are not evaluated (the value Excel saved is read), a
// number is read as written in the file, not as its number format shows
// it, and styles that hide text (a ;;; format, white on white) are not
// looked at.
package xmlss
