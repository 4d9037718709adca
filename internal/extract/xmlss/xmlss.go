package xmlss

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/flow"
	"github.com/mishen-gov/mishen/internal/extract/xlsx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// maxIndex bounds a row or column number the file declares (ss:Index,
// ss:Span): Excel's own limits, so that no arithmetic overflows.
const (
	maxRow = 1 << 20
	maxCol = 1 << 14
)

// what names the file in messages.
const what = "Excel 2003 XML 表格"

// Extract reads the SpreadsheetML 2003 workbook in data. Every problem
// with the input is an unreadable finding in the returned Document, with
// what was read before it kept; the error is always nil.
func Extract(data []byte, lim doc.Limits) (*doc.Document, error) {
	lim = zipguard.FillDefaults(lim)
	d := &doc.Document{Format: "spreadsheetml"}
	r := &reader{d: d, lim: lim, budget: flow.NewBudget(lim), clock: flow.NewClock(lim)}
	r.props = flow.NewSink(r.budget)
	r.names = flow.NewSink(r.budget)
	r.links = flow.NewSink(r.budget)
	err := r.read(zipguard.NewXMLDecoder(bytes.NewReader(data), lim.MaxXMLDepth))
	if r.sheet != nil {
		r.endSheet() // what was read of the sheet an error cut short
	}
	for _, p := range []struct {
		k    *flow.Sink
		kind string
	}{{r.names, doc.DefinedName}, {r.links, doc.LinkTarget}, {r.props, doc.MetadataPart}} {
		if part, ok := p.k.Part(p.kind, "", "", false); ok {
			d.Parts = append(d.Parts, part)
		}
	}
	if err != nil {
		r.fail(err)
	}
	// What the structure above does not read (an attribute's value, an
	// element it does not know) is scanned all the same.
	flow.Leftover(d, data, lim, flow.Rest{Under: []string{"DataValidation"}})
	return d, nil
}

// reader holds the state of one Extract.
type reader struct {
	d      *doc.Document
	lim    doc.Limits
	budget *flow.Budget
	clock  flow.Clock
	sheets int

	props, names, links *flow.Sink
	sheet               *sheet // the worksheet open, or nil
}

// sheet is a worksheet being read.
type sheet struct {
	name     string
	visible  string // WorksheetOptions/Visible: SheetHidden, SheetVeryHidden
	grid     *flow.Grid
	comments *flow.Grid
	headers  []string
	footers  []string
	cols     []span // hidden columns
	row, col int    // the row open and the last column written in it
	rowHide  bool   // the row open is hidden
	rowSpan  int    // the rows the open row stands for beside itself
}

type span struct{ from, to int }

func (s *sheet) colHidden(col int) bool {
	for _, c := range s.cols {
		if c.from <= col && col <= c.to {
			return true
		}
	}
	return false
}

// token returns the next token within the time limit.
func (r *reader) token(dec *zipguard.XMLDecoder) (xml.Token, error) { return r.clock.Token(dec) }

func (r *reader) read(dec *zipguard.XMLDecoder) error {
	root := false
	for {
		t, err := r.token(dec)
		if err == io.EOF {
			if !root {
				return errNoWorkbook
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if !root {
				if t.Name.Local != "Workbook" {
					return errNoWorkbook
				}
				root = true
				continue
			}
			if err := r.start(dec, t); err != nil {
				return err
			}
		case xml.EndElement:
			if t.Name.Local == "Worksheet" && r.sheet != nil {
				r.endSheet()
			}
			if t.Name.Local == "Row" && r.sheet != nil {
				r.sheet.rowHide = false
				r.sheet.row = min(r.sheet.row+r.sheet.rowSpan, maxRow)
				r.sheet.rowSpan = 0
			}
		}
	}
}

var errNoWorkbook = errors.New("xmlss: no Workbook element")

// start handles one element's start. Elements are known by their local
// names: SpreadsheetML binds its namespace to the default and to ss:, and
// a rich-text cell rebinds the default to HTML's.
func (r *reader) start(dec *zipguard.XMLDecoder, se xml.StartElement) error {
	s := r.sheet
	switch se.Name.Local {
	case "DocumentProperties", "CustomDocumentProperties":
		return r.properties(dec, se.Name.Local == "CustomDocumentProperties")
	case "NamedRange":
		if n, to := flow.OneLine(zipguard.Attr(se, "Name")), flow.OneLine(zipguard.Attr(se, "RefersTo")); n != "" {
			return r.names.Write(n + ": " + to + "\n")
		}
	case "Worksheet":
		if s != nil {
			r.endSheet()
		}
		r.sheets++
		name := zipguard.Attr(se, "Name")
		if name == "" {
			name = "Sheet" + strconv.Itoa(r.sheets)
		}
		r.sheet = &sheet{name: name, grid: flow.NewGrid(r.budget), comments: flow.NewGrid(r.budget)}
	case "Column":
		if s == nil {
			return nil
		}
		from := s.col + 1
		if i, ok := index(se, "Index", maxCol); ok {
			from = i
		}
		n, _ := index(se, "Span", maxCol)
		to := min(from+n, maxCol)
		s.col = to
		if on(zipguard.Attr(se, "Hidden")) && len(s.cols) < 1024 {
			s.cols = append(s.cols, span{from, to})
		}
	case "Row":
		if s == nil {
			return nil
		}
		s.row++
		if i, ok := index(se, "Index", maxRow); ok {
			s.row = i
		}
		s.col = 0
		s.rowHide = on(zipguard.Attr(se, "Hidden"))
		// ss:Span repeats the row: the next row's number follows them.
		s.rowSpan, _ = index(se, "Span", maxRow)
	case "Cell":
		if s == nil || s.row == 0 {
			return nil
		}
		return r.cell(dec, se)
	case "Visible":
		if s != nil {
			v, err := dec.Text()
			s.visible = strings.TrimSpace(v)
			return err
		}
	case "Header", "Footer":
		if s != nil {
			t := flow.ExcelHeaderFooter(zipguard.Attr(se, "Data"))
			if se.Name.Local == "Header" {
				s.headers = append(s.headers, t)
			} else {
				s.footers = append(s.footers, t)
			}
		}
	}
	return nil
}

// cell reads a <Cell> into the sheet's grid, its comment into the
// comments, its hyperlink into the link targets.
func (r *reader) cell(dec *zipguard.XMLDecoder, se xml.StartElement) error {
	s := r.sheet
	col := s.col + 1
	if i, ok := index(se, "Index", maxCol); ok {
		col = i
	}
	across, _ := index(se, "MergeAcross", maxCol)
	s.col = min(col+across, maxCol)
	if href := flow.OneLine(zipguard.Attr(se, "HRef")); href != "" {
		if err := r.links.Write(href + "\n"); err != nil {
			return err
		}
	}
	var value, comment string
	for depth := dec.Depth(); ; {
		t, err := r.token(dec)
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if dec.Depth() != depth+1 {
				continue
			}
			switch t.Name.Local {
			case "Data":
				v, err := r.text(dec)
				value += v
				if err != nil {
					return err
				}
			case "Comment":
				v, err := r.text(dec)
				comment += v
				if err != nil {
					return err
				}
			}
		case xml.EndElement:
			if dec.Depth() < depth {
				if err := s.grid.Cell(s.row, col, value, s.rowHide, s.colHidden(col)); err != nil {
					return err
				}
				return s.comments.Line(s.row, col, strings.TrimSpace(comment))
			}
		}
	}
}

// text reads the text inside the element just started, its markup (the
// HTML of a rich-text cell) dropped, with <br> as a line break.
func (r *reader) text(dec *zipguard.XMLDecoder) (string, error) {
	var b strings.Builder
	for depth := dec.Depth(); ; {
		t, err := r.token(dec)
		if err != nil {
			return b.String(), err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if strings.EqualFold(t.Name.Local, "br") {
				b.WriteByte('\n')
			}
		case xml.EndElement:
			if dec.Depth() < depth {
				return b.String(), nil
			}
		}
	}
}

// properties reads <o:DocumentProperties> (custom false) or
// <o:CustomDocumentProperties> into the metadata, a "标签: 值" line each.
func (r *reader) properties(dec *zipguard.XMLDecoder, custom bool) error {
	lines, err := flow.OfficeProperties(dec, custom)
	for _, l := range lines {
		if err := r.props.Write(l + "\n"); err != nil {
			return err
		}
	}
	return err
}

// endSheet adds the parts and findings of the open sheet.
func (r *reader) endSheet() {
	s := r.sheet
	r.sheet = nil
	kind, why := doc.Sheet, ""
	switch s.visible {
	case "SheetHidden":
		kind, why = doc.HiddenSheet, xlsx.HiddenSheet
	case "SheetVeryHidden":
		kind, why = doc.HiddenSheet, xlsx.VeryHiddenSheet
	}
	if strings.TrimSpace(s.name) != "" {
		r.d.Parts = append(r.d.Parts, doc.Part{Kind: xlsx.KindSheetName, Sheet: s.name, Text: flow.OneLine(s.name) + "\n"})
	}
	p, _ := s.grid.Part(kind, "", why, true)
	p.Sheet = s.name
	r.d.Parts = append(r.d.Parts, p)
	r.d.Findings = append(r.d.Findings, s.grid.HiddenFindings(kind, "", s.name)...)
	if p, ok := s.comments.Part(doc.CellComment, "", xlsx.HiddenComment, false); ok {
		p.Sheet = s.name
		r.d.Parts = append(r.d.Parts, p)
	}
	for _, h := range []struct {
		kind  string
		texts []string
	}{{doc.Header, s.headers}, {doc.Footer, s.footers}} {
		var text strings.Builder
		for _, t := range h.texts {
			if t != "" {
				text.WriteString(t + "\n")
			}
		}
		if text.Len() > 0 {
			r.d.Parts = append(r.d.Parts, doc.Part{Kind: h.kind, Sheet: s.name, Text: text.String()})
		}
	}
}

// fail adds the unreadable finding for err.
func (r *reader) fail(err error) {
	flow.Fail(r.d, err, report.Location{Part: doc.Sheet}, what, r.lim, errNoWorkbook, "缺少 Workbook 元素")
}

// index reads a positive number attribute no larger than max.
func index(se xml.StartElement, local string, max int) (int, bool) {
	v := zipguard.Attr(se, local)
	if v == "" {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 0, false
	}
	return min(n, max), true
}

// on reads a SpreadsheetML boolean ("1", "true").
func on(v string) bool {
	v = strings.TrimSpace(v)
	return v == "1" || strings.EqualFold(v, "true")
}
