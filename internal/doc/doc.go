// Package doc is what the extractors hand to the scanner: a document as a
// list of parts of text, each saying where it came from, plus what could
// not be read. It holds no logic, so that every extractor and the scanner
// can share it without import cycles.
package doc

import "github.com/mishen-gov/mishen/internal/report"

// Part kinds: the values of report.Location.Part.
const (
	Body            = "body"
	Header          = "header"
	Footer          = "footer"
	Footnote        = "footnote"
	Endnote         = "endnote"
	TextBox         = "textbox"
	Comment         = "comment"
	TrackedDeletion = "tracked_deletion"
	TrackedInsert   = "tracked_insertion"
	// EarlierRevision is text that only an earlier revision of a PDF
	// saved by incremental updates holds.
	EarlierRevision = "earlier_revision"
	HiddenText      = "hidden_text"
	MetadataPart    = "metadata"
	HTMLComment     = "html_comment"
	HTMLHidden      = "html_hidden"
	HTMLAttribute   = "html_attribute"
	Sheet           = "sheet"
	HiddenSheet     = "hidden_sheet"
	CellComment     = "cell_comment"
	Page            = "page"
	// OCR is text read by OCR from a scanned page or a picture; its
	// Boxes say where each word stands on the page.
	OCR = "ocr"

	// Kinds of text that a reader can see or open but that is not in
	// the flow of the body. A watermark is visible (a marking on every
	// page); the others are scanned as they stand, and only the
	// extractor decides, through Part.Hidden, whether one is hidden.
	Watermark      = "watermark"       // VML text path or DrawingML watermark shape
	AltText        = "alt_text"        // alternative text and titles of pictures and shapes
	LinkTarget     = "link_target"     // hyperlink and other external targets, one bare URL a line
	Field          = "field"           // field instructions (HYPERLINK "url", INCLUDETEXT "path")
	ContentControl = "content_control" // titles and list items of content controls
	FormField      = "form_field"      // legacy form fields; HTML form fields
	Chart          = "chart"           // chart titles, labels and cached values
	Glossary       = "glossary"        // building blocks (word/glossary/document.xml)
	DataValidation = "data_validation" // list items and messages of data validation
	DefinedName    = "defined_name"    // a workbook's defined names and their values
	HTMLMeta       = "html_meta"       // <meta> name, property and http-equiv content
	Outline        = "outline"         // a PDF's bookmarks (document outline), a title a line
	Phonetic       = "phonetic"        // phonetic guides (rPh) of a workbook's strings, a line each
	// SourceText is text an XML document holds that its reader placed in
	// no other part (an attribute's value, an element it does not know):
	// scanned, so that a reader by structure never reads less than the
	// file's text would show.
	SourceText = "source_text"
)

// Part is one run of text from a document.
type Part struct {
	// Kind is one of the constants above.
	Kind string
	// File is the member of a container the text came from
	// (word/header1.xml), or empty.
	File string
	// Page is the 1-based page for PDF, else 0.
	Page int
	// Sheet is the sheet name for spreadsheets.
	Sheet string
	// Text is the part's text as a reader would see it. Separate
	// paragraphs, cells and lines are separated by a newline so that
	// no two values are glued together.
	Text string
	// Cells are the table cells of Text, in order of Start and not
	// overlapping: spreadsheet and CSV cells, table cells of DOCX and
	// HTML, table cells a PDF's layout shows. Detectors use them to tell
	// one cell from its neighbours and to read a column's heading.
	Cells Cells
	// Hidden, when not empty, says in Chinese why this part is not
	// visible to a reader ("修订删除的内容"); a hidden part that carries
	// text is reported as hidden_content as well as scanned.
	Hidden string
	// Boxes place rune ranges of Text on the page, for text read by OCR
	// (words) and for a PDF's text layer (runs of a line drawn without a
	// gap): in PDF points from the page's top-left corner for a PDF page,
	// in pixels for a picture.
	Boxes []Box `json:",omitempty"`
	// Places say where rune ranges of Text stand in the terms of the
	// format, so that a person can find a finding in the file: the page
	// and paragraph of a Word document, the element path of a web page.
	// They are in order of Start and do not overlap; text outside every
	// place has none.
	Places Places `json:",omitempty"`
	// Section is the 1-based section of a Word document whose header or
	// footer this part is (the first, when several share it), else 0.
	Section int `json:",omitempty"`
}

// Place is where the runes [Start, End) of Part.Text stand in the file.
type Place struct {
	Start, End int
	// Page is the 1-based page, when the file says where pages break
	// (a Word document's rendered or manual page breaks), else 0.
	Page int `json:",omitempty"`
	// Para is the 1-based paragraph of the part's member.
	Para int `json:",omitempty"`
	// Path is the element path of a web page's text
	// ("body > div.main > table > tr[3] > td[2]").
	Path string `json:",omitempty"`
}

// Box is where the runes [Start, End) of Part.Text stand on the page:
// X0, Y0 the top-left corner, X1, Y1 the bottom-right, y downwards.
type Box struct {
	Start, End     int
	X0, Y0, X1, Y1 float64
}

// Cell is where one table cell's text sits within Part.Text. A value
// inside one cell is one value even when it wraps over lines; two cells
// are never one value, whatever separates them in Text.
type Cell struct {
	// Ref names the cell in the report: A1 for sheets and delimited
	// text, "表1 R2C3" for a table in a document.
	Ref string
	// Start and End are rune offsets into Part.Text: [Start, End).
	Start, End int
	// Table is the 1-based table of the part the cell belongs to; 0 for
	// a sheet or a delimited text, which are one table.
	Table int
	// Row and Col are the 1-based row and column in that table, so that
	// the heading above a cell can be found; 0 when only an A1 Ref says.
	Row, Col int
}

// Document is everything an extractor read from one file.
type Document struct {
	// Format is the detected format: text, html, pdf, docx, xlsx, or the
	// name of an unsupported type (doc, xls, wps, ofd, zip, png, …).
	Format string
	Parts  []Part
	// Findings are what the extractor itself found: unreadable pages
	// and files, hidden sheets, rows and columns, numbers that lost
	// digits. The scanner gives them ids, bases and excerpts. Their
	// Message must be Chinese, say what to do, and carry no raw
	// personal data.
	Findings []report.Finding
	// Embedded are files inside this one (a workbook behind a chart, a
	// document embedded in a document) that the dispatcher reads with
	// their own extractor, one level deep, and then clears. They never
	// leave the process that extracted them.
	Embedded []Embedded `json:"-"`
	// Deferred are files inside this one that need a converter the
	// extracting process may not run: a legacy .doc in an archive read
	// in a sandbox child, which may not write files. They travel with
	// the document to the sandbox's parent, which converts and reads
	// them one level deep (extract.ReadDeferred).
	Deferred []Embedded `json:"deferred,omitempty"`
	// Pictures are the raster pictures a PDF draws on pages that have
	// their own text, big enough to carry text (a photo of a card, a
	// scanned table pasted in, a seal): the extractor's caller renders
	// each region and reads it with OCR, then clears them.
	Pictures []Picture `json:"-"`
}

// Picture is where a picture lies on a page as the page is rendered
// (its crop box, turned by its /Rotate), in points from the top left
// corner, and its size in pixels (0 when not known).
type Picture struct {
	Page           int
	X0, Y0, X1, Y1 float64
	PixW, PixH     int
	// Object identifies the picture within its file (a PDF's object
	// number and generation), 0 for one drawn inline: a picture drawn on
	// many pages is one object, read once.
	Object uint64
	// Own is set when the picture's region of the rendered page would not
	// show its text as it is: the picture is drawn turned or squeezed, or
	// through a soft mask or translucent over other ink (a watermark).
	// Its own pixels are read instead.
	Own bool
	// Flip is set when the picture's pixels are drawn mirrored (rows
	// stored bottom up): its own pixels are flipped top to bottom before
	// they are read.
	Flip bool
}

// Embedded is one file found inside another.
type Embedded struct {
	Name string // member name in the container (word/embeddings/x.xlsx)
	Data []byte
}

// Unreadable appends an unreadable finding for the whole file or, when
// loc names a page or part, for that place.
func (d *Document) Unreadable(rule string, loc report.Location, msg string) {
	d.Findings = append(d.Findings, report.Finding{
		Category: report.Unreadable,
		Severity: report.Review,
		Rule:     rule,
		Location: loc,
		Message:  msg,
	})
}
