// Package xlsx reads the text of an Excel workbook (.xlsx, also .xlsm):
// every sheet, hidden or not, cell by cell with its A1 reference, cell
// comments, page headers and footers, shapes, text boxes and charts drawn
// over the sheets (textbox parts), and the document properties.
//
// Cell values are read formatted (what Excel shows) with
// github.com/xuri/excelize/v2; the same sheet's XML is also streamed once
// by this package for what excelize would need the whole sheet in memory
// for: hidden rows and columns, the stored values of number cells (checked
// for ID numbers stored as numbers), and page headers and footers. Each
// row is one line, its cells
// separated by "\t" (an empty cell between two values leaves two tabs), so
// that adjacent cells are never glued into one number; Part.Cells maps
// each cell's runes back to its reference.
//
// Findings of its own:
//
//   - hidden_content.hidden_rows (review): a sheet has hidden rows or
//     columns holding text; their cells are still in the sheet's text;
//   - id_card.stored_as_number (block): a number cell whose value is an
//     18-digit integer with a plausible region and birth date, such as
//     4.40305199512032E+17, which Excel keeps to 15 digits. The message
//     never carries the digits. When the file's XML still holds all the
//     digits (a program, not Excel, wrote it), they are added to the cell's
//     text after the shown value, so the scanner can judge them;
//   - unreadable.*: not a zip, encrypted, a zip bomb, a damaged member, an
//     unreadable sheet, text or time over the limits.
//
// Hidden and very hidden sheets are parts of kind hidden_sheet with
// Part.Hidden set, which the scanner reports as hidden_content.
//
// Hostile files: excelize trusts the sizes a zip declares, ignores errors
// while reading members and stops at the first XML error in silence, and
// follows XML to any depth; so the whole archive is first inflated through
// zipguard.CheckAll within doc.Limits (checksums, nesting and unclosed
// elements included), and excelize is then given UnzipSizeLimit and
// UnzipXMLSizeLimit equal to MaxUnzipBytes, which also keeps it from
// writing temporary files.
//
// Caveats: form controls, defined names, data validation lists and
// pivot caches are not read; a drawing is not tied to its sheet (its part
// names the drawing's member); rows hidden by a zero height rather than
// the hidden flag are not reported as hidden; sheets whose member is
// damaged are reported and not read at all.
package xlsx
