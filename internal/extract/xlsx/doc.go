// Package xlsx reads the text of an Excel workbook (.xlsx, also .xlsm):
// every sheet, hidden or not, cell by cell with its A1 reference, cell
// comments, page headers and footers, shapes, text boxes and charts drawn
// over the sheets (textbox parts), the sheet names (a sheet_name part per
// sheet), the data kept in pivot caches and external links (hidden parts,
// see below), custom XML data, and the document properties.
//
// Cell values are read formatted (what Excel shows), as
// github.com/xuri/excelize/v2's row iterator shows them, but by this
// package's own reader: one pass over the sheet's XML with a scanner of
// the few element kinds a sheet holds (xmlscan.go), which also takes the
// hidden rows and columns, the stored values of number cells (checked for
// ID numbers stored as numbers), and page headers and footers. Unstyled
// cells, text and numbers in the General format are worked out by
// excelize's rules here; other number formats (dates, amounts) are
// formatted by excelize, in a scratch cell, once per distinct value. A
// sheet whose XML the scanner leaves to encoding/xml (a DOCTYPE, an
// unknown entity) or that holds ISO date cells is read through
// excelize's row iterator instead; TestReadersAgree holds the two readers
// to the same text. Both read every part in UTF-8: a part in UTF-16 or in
// another encoding its declaration names is decoded by zipguard.UTF8, for
// the scanner as it streams and in excelize's copy of the workbook. The sheet's XML is streamed through a
// small window, and excelize opens a copy of the workbook whose sheets
// and shared strings are stubs (the whole file only for a sheet left to
// its row iterator), so a sheet of a million cells is not held in memory
// as XML at all. A cell whose style attribute is not a
// number is read as stored (excelize drops its value), and a number that
// a format shows as nothing keeps its column even alone in its row. Each
// row is one line, its cells
// separated by "\t" (an empty cell between two values leaves two tabs), so
// that adjacent cells are never glued into one number; Part.Cells maps
// each cell's runes back to its reference.
//
// Findings of its own:
//
//   - hidden_content.hidden_rows and hidden_content.hidden_columns
//     (review): a sheet has hidden rows, or hidden columns, holding text
//     (a cell in both is a hidden row's); their cells are still in the
//     sheet's text;
//   - id_card.stored_as_number (block): a number cell whose value is an
//     18-digit integer with a plausible region and birth date, such as
//     4.40305199512032E+17, which Excel keeps to 15 digits. The message
//     never carries the digits. When the file's XML still holds all the
//     digits (a program, not Excel, wrote it), they are added to the cell's
//     text after the shown value, so the scanner can judge them; so are
//     the digits of any stored integer of 11 or more that the cell's
//     format hides (a mobile shown as 1.35E+10);
//   - unreadable.*: not a zip, encrypted, a zip bomb, a damaged member, an
//     unreadable sheet, text or time over the limits.
//
// Hidden and very hidden sheets are parts of kind hidden_sheet with
// Part.Hidden set, which the scanner reports as hidden_content. So are,
// read as text rather than reported unread, the copies of data a workbook
// keeps outside its sheets: pivot_cache parts (数据透视表缓存的数据: the
// fields, distinct values and records of xl/pivotCache, kept even when the
// source sheet was deleted) and external_link parts (外部链接缓存的数据:
// the path of the linked workbook, its sheet names and the values last
// read). A number in a cache that looks like an ID number stored as a
// number is reported as in a cell.
//
// Embedded files, OLE objects, ActiveX controls and macros are reported
// (unreadable.embedded, see docx.AddEmbedded); a workbook that stores
// pictures (xl/media) and has no text in any sheet, text box or chart is
// unreadable.image_only.
//
// Hostile files: excelize trusts the sizes a zip declares, ignores errors
// while reading members and stops at the first XML error in silence, and
// follows XML to any depth; so the whole archive is first inflated through
// zipguard.CheckAll within doc.Limits (checksums, nesting and unclosed
// elements included), and excelize is then given UnzipSizeLimit and
// UnzipXMLSizeLimit equal to MaxUnzipBytes, which also keeps it from
// writing temporary files.
//
// Beside the cells, read as parts of their own kinds, not hidden:
// hyperlinks (link_target: a sheet's hyperlink locations, texts and
// tooltips; every external target of every *.rels, see
// docx.AddLinkTargets), data validation (data_validation: the items of
// drop-down lists, a line each, and the input and error messages),
// defined names (defined_name: "name: value", Excel's own _xlnm.* left
// out), charts (chart: titles, labels, cached values), the text of legacy
// VML drawings (textbox: buttons, labels, text boxes; the shapes of
// comments are read as comments). Threaded comments (Excel 365,
// xl/threadedComments) are cell_comment parts like comments, each line
// "author: text" with the author's name from xl/persons.
//
// Caveats: a DrawingML drawing is not tied to its sheet (its part
// names the drawing's member); rows hidden by a zero height rather than
// the hidden flag are not reported as hidden; sheets whose member is
// damaged are reported and not read at all.
package xlsx
