package odf

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/flow"
	"github.com/mishen-gov/mishen/internal/extract/pptx"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// The sinks a document's text goes to, by index into walker.sinks.
const (
	body = iota
	header
	footer
	footnote
	endnote
	comment
	textbox
	deletion
	section   // a hidden section
	paragraph // a hidden paragraph
	field     // a hidden-text field
	hiddenText
	altText
	link
	userField
	definedName
	master
	hiddenSlide
	notes
	metadata
	nSinks

	// Not sinks: the text of a spreadsheet cell and of its comment,
	// collected for the cell's grid.
	cellText    = -1
	cellComment = -2
)

// sinks give each sink's part kind and hidden reason, in the order the
// parts are returned.
var sinks = [nSinks]struct{ kind, hidden string }{
	body:        {doc.Body, ""},
	header:      {doc.Header, ""},
	footer:      {doc.Footer, ""},
	footnote:    {doc.Footnote, ""},
	endnote:     {doc.Endnote, ""},
	comment:     {doc.Comment, docx.HiddenComment},
	textbox:     {doc.TextBox, ""},
	deletion:    {doc.TrackedDeletion, docx.HiddenDeletion},
	section:     {doc.HiddenText, HiddenSection},
	paragraph:   {doc.HiddenText, HiddenParagraph},
	field:       {doc.HiddenText, HiddenField},
	hiddenText:  {doc.HiddenText, docx.HiddenText},
	altText:     {doc.AltText, ""},
	link:        {doc.LinkTarget, ""},
	userField:   {doc.Field, ""},
	definedName: {doc.DefinedName, ""},
	master:      {pptx.KindMaster, ""},
	hiddenSlide: {pptx.KindHiddenSlide, pptx.HiddenSlide},
	notes:       {pptx.KindNotes, pptx.HiddenNotes},
	metadata:    {doc.MetadataPart, ""},
}

// hiddenOnly are the sinks Hidden keeps: what the conversion of a zipped
// text shows as body text.
func hiddenOnly(k int) bool { return k == section || k == paragraph || k == field }

// walker reads one OpenDocument XML stream: the content.xml of a package
// (for its hidden parts only) or a whole flat document.
type walker struct {
	prefixes prefixes
	all      bool   // keep every sink, not only hiddenOnly ones
	file     string // the parts' File
	lim      doc.Limits
	clock    flow.Clock
	budget   *flow.Budget
	sinks    [nSinks]*flow.Sink
	target   []target
	tables   flow.Tables
	styles   map[string]style
	paras    []*para

	body       string // the body element: text, spreadsheet, presentation, drawing
	inSection  int    // depth of the outermost hidden section open, or 0
	hiddenSpan int    // depth of the outermost hidden span open, or 0
	style      string // the name of the style being read

	sheet  *sheet
	sheets int
	page   int // the slide open, from 1
	parts  []doc.Part
	found  []report.Finding
}

// target is where paragraphs go from an element on: a sink (or a cell),
// and the depth of the element that opened it.
type target struct{ sink, depth int }

// para is an open paragraph (text:p, text:h): its visible text, the text
// of its hidden spans, and where it goes when it ends.
type para struct {
	depth       int
	sink        int
	b, hid      strings.Builder
	space       bool // the last rune written to b is a space
	hidden      bool // it holds a hidden-paragraph field
	styleHidden bool // its style hides it
}

// style is what mishen needs of an ODF style.
type style struct {
	parent      string
	textHidden  bool // text:display none or condition
	tableHidden bool // a sheet's table:display false
	pageHidden  bool // a slide's presentation:visibility hidden
}

func newWalker(all bool, file string, lim doc.Limits) *walker {
	w := &walker{all: all, file: file, lim: lim, clock: flow.NewClock(lim),
		budget: flow.NewBudget(lim), styles: map[string]style{}}
	for i := range w.sinks {
		w.sinks[i] = flow.NewSink(w.budget)
	}
	w.target = []target{{sink: body}}
	return w
}

func (w *walker) token(dec *zipguard.XMLDecoder) (xml.Token, error) {
	t, err := w.clock.Token(dec)
	if err != nil {
		return t, err
	}
	return w.prefixes.token(t, dec.Depth()), nil
}

// write writes s to sink k, unless the walk keeps only hidden sinks.
func (w *walker) write(k int, s string) error {
	if !w.all && !hiddenOnly(k) {
		return nil
	}
	return w.sinks[k].Write(s)
}

// line writes s, its white space folded, on a line of its own in sink k.
func (w *walker) line(k int, s string) error {
	if s = flow.OneLine(s); s == "" {
		return nil
	}
	return w.write(k, s+"\n")
}

func (w *walker) push(sink int, dec *zipguard.XMLDecoder) {
	w.target = append(w.target, target{sink, dec.Depth()})
}

func (w *walker) cur() int { return w.target[len(w.target)-1].sink }

// walk reads the stream to its end.
func (w *walker) walk(dec *zipguard.XMLDecoder) error {
	for {
		t, err := w.token(dec)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			err = w.start(dec, t)
		case xml.EndElement:
			err = w.end(dec, t)
		case xml.CharData:
			if n := len(w.paras); n > 0 {
				p := w.paras[n-1]
				if w.hiddenSpan != 0 {
					collapse(&p.hid, t, new(bool))
				} else {
					collapse(&p.b, t, &p.space)
				}
			}
		}
		if err != nil {
			return err
		}
	}
}

// collapse writes the character data of a paragraph to b as an ODF
// reader shows it: white space folded into one space, none at the start.
func collapse(b *strings.Builder, t []byte, space *bool) {
	for _, c := range string(t) {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if !*space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			*space = true
			continue
		}
		b.WriteRune(c)
		*space = false
	}
}

// start handles an element's start. Elements are known by their local
// names (raw tokens), as no two ODF namespaces that hold text share one.
func (w *walker) start(dec *zipguard.XMLDecoder, se xml.StartElement) error {
	switch l := se.Name.Local; l {
	case "meta":
		if se.Name.Space == "office" || dec.Depth() == 2 {
			return w.meta(dec)
		}
	case "settings", "scripts", "font-face-decls", "binary-data", "forms", "note-citation",
		"change-info", "creator", "date", "date-string", "sequence-decls", "variable-decls", "page-number", "page-count":
		// No text of the document, an annotation's author and date, or
		// a page number (a slide's placeholder says "<number>").
		return dec.Skip()
	case "text", "spreadsheet", "presentation", "drawing":
		if se.Name.Space == "office" {
			w.body = l
		}
	case "style", "default-style":
		w.style = zipguard.Attr(se, "name")
		if w.style != "" {
			w.styles[w.style] = style{parent: zipguard.Attr(se, "parent-style-name")}
		}
	case "text-properties", "table-properties", "drawing-page-properties":
		w.styleProperties(se)
	case "master-page":
		w.push(master, dec)
	case "header", "header-left", "header-first":
		if se.Name.Space == "style" {
			w.push(header, dec)
		}
	case "footer", "footer-left", "footer-first":
		if se.Name.Space == "style" {
			w.push(footer, dec)
		}
	case "p", "h":
		if se.Name.Space == "text" || se.Name.Space == "" {
			w.paras = append(w.paras, &para{depth: dec.Depth(), sink: w.cur(), styleHidden: w.hidden(zipguard.Attr(se, "style-name"))})
		}
	case "span":
		if w.hiddenSpan == 0 && w.hidden(zipguard.Attr(se, "style-name")) {
			w.hiddenSpan = dec.Depth()
		}
	case "s":
		n, _ := strconv.Atoi(zipguard.Attr(se, "c"))
		w.para(strings.Repeat(" ", min(max(n, 1), 8)))
	case "tab":
		w.para("\t")
	case "line-break":
		w.para("\n")
	case "section":
		if w.inSection == 0 && sectionHidden(se) {
			w.inSection = dec.Depth()
		}
	case "hidden-paragraph":
		if n := len(w.paras); n > 0 {
			w.paras[n-1].hidden = true
		}
	case "hidden-text":
		return w.line(field, zipguard.Attr(se, "string-value"))
	case "user-field-decl":
		return w.line(userField, zipguard.Attr(se, "name")+": "+zipguard.Attr(se, "string-value"))
	case "note":
		if zipguard.Attr(se, "note-class") == "endnote" {
			w.push(endnote, dec)
		} else {
			w.push(footnote, dec)
		}
	case "annotation":
		if w.sheet != nil && w.sheet.inCell {
			w.push(cellComment, dec)
		} else {
			w.push(comment, dec)
		}
	case "deletion":
		w.push(deletion, dec)
	case "a":
		return w.line(link, zipguard.Attr(se, "href"))
	case "title", "desc":
		if se.Name.Space == "svg" {
			v, err := dec.Text()
			if err != nil {
				return err
			}
			return w.line(altText, v)
		}
	case "text-box", "custom-shape", "rect", "ellipse", "polygon", "path", "caption", "g":
		// Shapes with text over a text or a sheet; on a slide they are
		// the slide's text.
		if se.Name.Space == "draw" && (w.body == "text" || w.body == "spreadsheet") && w.cur() != textbox {
			w.push(textbox, dec)
		}
	case "page":
		if se.Name.Space == "draw" {
			return w.pageStart(dec, se)
		}
	case "notes":
		if se.Name.Space == "presentation" {
			w.push(notes, dec)
		}
	case "named-range", "named-expression":
		ref := zipguard.Attr(se, "cell-range-address")
		if ref == "" {
			ref = zipguard.Attr(se, "expression")
		}
		return w.line(definedName, zipguard.Attr(se, "name")+": "+ref)
	case "table":
		if se.Name.Space == "table" {
			return w.tableStart(dec, se)
		}
	case "table-column":
		w.column(se)
	case "table-row":
		w.rowStart(se)
	case "table-cell", "covered-table-cell":
		w.cellStart(dec, se)
	}
	return nil
}

// end handles an element's end: it closes what the element opened.
func (w *walker) end(dec *zipguard.XMLDecoder, ee xml.EndElement) error {
	depth := dec.Depth() // of the element's parent
	if n := len(w.paras); n > 0 && depth < w.paras[n-1].depth {
		if err := w.paraEnd(w.paras[n-1]); err != nil {
			return err
		}
		w.paras = w.paras[:n-1]
	}
	if w.hiddenSpan != 0 && depth < w.hiddenSpan {
		w.hiddenSpan = 0
	}
	if w.inSection != 0 && depth < w.inSection {
		w.inSection = 0
	}
	var err error
	switch ee.Name.Local {
	case "table-cell", "covered-table-cell":
		err = w.cellEnd()
	case "table-row":
		err = w.rowEnd()
	case "table":
		err = w.tableEnd(dec)
	case "page":
		if w.page > 0 {
			err = w.pageEnd()
		}
	case "style", "default-style":
		w.style = ""
	}
	for n := len(w.target); n > 1 && depth < w.target[n-1].depth; n-- {
		w.target = w.target[:n-1]
	}
	return err
}

// para writes s, literal, to the open paragraph.
func (w *walker) para(s string) {
	if n := len(w.paras); n > 0 {
		p := w.paras[n-1]
		if w.hiddenSpan != 0 {
			p.hid.WriteString(s)
		} else {
			p.b.WriteString(s)
			p.space = s == " "
		}
	}
}

// paraEnd writes a paragraph where it goes: a hidden section, a hidden
// paragraph, text its style hides, or its place.
func (w *walker) paraEnd(p *para) error {
	k := p.sink
	switch {
	case w.inSection != 0:
		k = section
	case p.hidden:
		k = paragraph
	case p.styleHidden:
		k = hiddenText
	}
	if h := strings.TrimSpace(p.hid.String()); h != "" {
		if err := w.write(hiddenText, h+"\n"); err != nil {
			return err
		}
	}
	text := strings.TrimRight(p.b.String(), " ")
	switch k {
	case cellText, cellComment:
		if w.sheet != nil {
			w.sheet.add(k, text)
		}
		return nil
	}
	if err := w.write(k, text); err != nil {
		return err
	}
	if !w.all && !hiddenOnly(k) {
		return nil
	}
	if text == "" && hiddenOnly(k) {
		// An empty paragraph in a hidden place still ends its line,
		// as hidden.go always wrote it.
		return w.sinks[k].Write("\n")
	}
	if err := w.sinks[k].EndLine(); err != nil {
		return err
	}
	return nil
}

// hidden reports whether the style called name, or one it is based on,
// hides its text.
func (w *walker) hidden(name string) bool {
	for i := 0; name != "" && i < 16; i++ {
		s, ok := w.styles[name]
		if !ok {
			return false
		}
		if s.textHidden {
			return true
		}
		name = s.parent
	}
	return false
}

// styleProperties records what the properties of the style being read
// hide.
func (w *walker) styleProperties(se xml.StartElement) {
	s, ok := w.styles[w.style]
	if !ok || len(w.styles) > 1<<16 {
		return
	}
	switch se.Name.Local {
	case "text-properties":
		switch zipguard.Attr(se, "display") {
		case "none", "condition":
			s.textHidden = true
		}
	case "table-properties":
		s.tableHidden = zipguard.Attr(se, "display") == "false"
	case "drawing-page-properties":
		s.pageHidden = zipguard.Attr(se, "visibility") == "hidden"
	}
	w.styles[w.style] = s
}

// meta reads <office:meta> into the metadata, a "标签: 值" line each.
func (w *walker) meta(dec *zipguard.XMLDecoder) error {
	depth := dec.Depth()
	values := map[string][]string{}
	var custom []string
	for {
		t, err := w.token(dec)
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if dec.Depth() != depth+1 {
				continue
			}
			name := zipguard.Attr(t, "name")
			v, err := dec.Text()
			if err != nil {
				return err
			}
			if v = flow.OneLine(v); v == "" {
				continue
			}
			if t.Name.Local == "user-defined" {
				custom = append(custom, flow.OneLine(name)+": "+v)
			} else if len(values[t.Name.Local]) < 64 {
				values[t.Name.Local] = append(values[t.Name.Local], v)
			}
		case xml.EndElement:
			if dec.Depth() >= depth {
				continue
			}
			for _, p := range metaLabels {
				for _, v := range values[p.local] {
					if err := w.write(metadata, p.label+": "+v+"\n"); err != nil {
						return err
					}
				}
			}
			for _, l := range custom {
				if err := w.write(metadata, l+"\n"); err != nil {
					return err
				}
			}
			return nil
		}
	}
}

// metaLabels are the document properties LibreOffice shows (文件 > 属性),
// with the labels package docx gives their OOXML counterparts.
var metaLabels = []struct{ local, label string }{
	{"title", "标题"}, {"subject", "主题"}, {"initial-creator", "作者"}, {"keyword", "关键词"},
	{"description", "备注"}, {"creator", "上次修改者"}, {"printed-by", "打印者"},
}

// pageStart opens a slide (draw:page): its text goes to the body, or to
// the hidden slides when it is left out of the show.
func (w *walker) pageStart(dec *zipguard.XMLDecoder, se xml.StartElement) error {
	w.page++
	hidden := zipguard.Attr(se, "visibility") == "hidden"
	for name, i := zipguard.Attr(se, "style-name"), 0; name != "" && i < 16; i++ {
		s := w.styles[name]
		hidden = hidden || s.pageHidden
		name = s.parent
	}
	if hidden {
		w.push(hiddenSlide, dec)
	} else {
		w.push(body, dec)
	}
	return nil
}

// pageEnd adds the parts of the slide that ends.
func (w *walker) pageEnd() error { return w.flushPage() }

// flushPage adds the parts of the slide that ends, with its number.
func (w *walker) flushPage() error {
	if w.page == 0 {
		return nil
	}
	for _, k := range []int{body, hiddenSlide, notes} {
		if p, ok := w.sinks[k].Part(sinks[k].kind, w.file, sinks[k].hidden, false); ok {
			p.Page = w.page
			w.parts = append(w.parts, p)
		}
		w.sinks[k] = flow.NewSink(w.budget)
	}
	return nil
}

// result returns the parts and findings of the walk.
func (w *walker) result() ([]doc.Part, []report.Finding) {
	_ = w.flushPage()
	var ps []doc.Part
	for k := range w.sinks {
		if !w.all && !hiddenOnly(k) {
			continue
		}
		always := k == body && w.all && w.page == 0 && w.sheets == 0
		if p, ok := w.sinks[k].Part(sinks[k].kind, w.file, sinks[k].hidden, always); ok {
			ps = append(ps, p)
		}
		if k == body {
			ps = append(ps, w.parts...) // the slides and sheets, after the body
		}
	}
	return ps, w.found
}
