package wordml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/docx"
	"github.com/mishen-gov/mishen/internal/extract/flow"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

var errNoWordML = errors.New("wordml: no wordDocument element")

// what names the file in messages.
const what = "Word 2003 XML 文档"

// Extract reads the Word 2003 XML document in data. Every problem with
// the input is an unreadable finding in the returned Document, with what
// was read before it kept; the error is always nil.
func Extract(data []byte, lim doc.Limits) (*doc.Document, error) {
	lim = zipguard.FillDefaults(lim)
	d := &doc.Document{Format: "wordml"}
	b := flow.NewBudget(lim)
	w := &walker{lim: lim, clock: flow.NewClock(lim), hiddenStyles: map[string]bool{},
		seen: map[int]map[string]bool{header: {}, footer: {}}}
	w.sinks = make([]*flow.Sink, len(sinks))
	for i := range w.sinks {
		w.sinks[i] = flow.NewSink(b)
	}
	w.target = []target{{sink: body}}
	err := w.read(zipguard.NewXMLDecoder(bytes.NewReader(data), lim.MaxXMLDepth))
	for i, s := range sinks {
		if i == scratch {
			continue
		}
		if p, ok := w.sinks[i].Part(s.kind, "", s.hidden, s.kind == doc.Body); ok {
			d.Parts = append(d.Parts, p)
		}
	}
	if err != nil {
		flow.Fail(d, err, report.Location{Part: doc.Body}, what, lim, errNoWordML, "缺少 w:wordDocument 元素")
	}
	// What the structure above does not read (an attribute's value, an
	// element it does not know) is scanned all the same.
	flow.Leftover(d, data, lim, flow.Rest{Pictures: []string{"binData"}})
	return d, nil
}

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
	insertion
	hidden
	watermark
	field
	link
	metadata
	// scratch holds one header or footer (w:hdr, w:ftr) until its end:
	// each section repeats its own, and the same one is kept once.
	scratch
)

// sinks give each sink's part kind and hidden reason, in the order the
// parts are returned.
var sinks = []struct{ kind, hidden string }{
	body:      {doc.Body, ""},
	header:    {doc.Header, ""},
	footer:    {doc.Footer, ""},
	footnote:  {doc.Footnote, ""},
	endnote:   {doc.Endnote, ""},
	comment:   {doc.Comment, docx.HiddenComment},
	textbox:   {doc.TextBox, ""},
	deletion:  {doc.TrackedDeletion, docx.HiddenDeletion},
	insertion: {doc.TrackedInsert, docx.HiddenInsertion},
	hidden:    {doc.HiddenText, docx.HiddenText},
	watermark: {doc.Watermark, ""},
	field:     {doc.Field, ""},
	link:      {doc.LinkTarget, ""},
	metadata:  {doc.MetadataPart, ""},
	scratch:   {"", ""},
}

// target is where visible text goes from an element on: the sink, and the
// depth of the element that opened it.
type target struct{ sink, depth int }

// walker holds the state of one Extract.
type walker struct {
	lim    doc.Limits
	clock  flow.Clock
	sinks  []*flow.Sink
	target []target
	tables flow.Tables

	hiddenStyles map[string]bool         // character and paragraph styles with w:vanish
	seen         map[int]map[string]bool // the headers and footers kept, by text
	paraHidden   bool                    // the open paragraph's style hides its runs
	run          runState
}

// runState is what the open run's properties say.
type runState struct {
	vanish   int  // w:vanish: 1 on, -1 off, 0 not said
	styled   bool // its character style hides it
	inDelete bool // within a tracked deletion
}

func (w *walker) token(dec *zipguard.XMLDecoder) (xml.Token, error) { return w.clock.Token(dec) }

// cur is the sink visible text goes to now.
func (w *walker) cur() *flow.Sink { return w.sinks[w.target[len(w.target)-1].sink] }

func (w *walker) push(sink int, dec *zipguard.XMLDecoder) {
	w.target = append(w.target, target{sink, dec.Depth()})
}

// deletes reports whether the text read now is a tracked deletion.
func (w *walker) deletes() bool {
	for _, t := range w.target {
		if t.sink == deletion {
			return true
		}
	}
	return false
}

func (w *walker) read(dec *zipguard.XMLDecoder) error {
	root := false
	for {
		t, err := w.token(dec)
		if err == io.EOF {
			if !root {
				return errNoWordML
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if !root {
				if t.Name.Local != "wordDocument" {
					return errNoWordML
				}
				root = true
				continue
			}
			if err := w.start(dec, t); err != nil {
				return err
			}
		case xml.EndElement:
			if err := w.end(dec, t); err != nil {
				return err
			}
		}
	}
}

// start handles an element's start. WordprocessingML 2003 elements are
// known by their local names, as package docx knows those of OOXML.
func (w *walker) start(dec *zipguard.XMLDecoder, se xml.StartElement) error {
	switch se.Name.Local {
	case "DocumentProperties", "CustomDocumentProperties":
		return w.properties(dec, se.Name.Local == "CustomDocumentProperties")
	case "styles":
		return w.styles(dec)
	case "docPr", "fonts", "lists", "binData", "bgPict", "docOleData", "shapeDefaults":
		// Settings, separators of notes, pictures: no text of the document.
		return dec.Skip()
	case "hdr", "ftr":
		w.sinks[scratch].Reset()
		w.push(scratch, dec)
	case "footnote":
		w.push(footnote, dec)
	case "endnote":
		w.push(endnote, dec)
	case "txbxContent":
		w.push(textbox, dec)
	case "annotation":
		switch zipguard.Attr(se, "type") {
		case "Word.Comment":
			w.push(comment, dec)
		case "Word.Deletion":
			w.push(deletion, dec)
		case "Word.Insertion":
			w.push(insertion, dec)
		}
	case "p":
		w.paraHidden = false
	case "pStyle":
		w.paraHidden = w.hiddenStyles[zipguard.Attr(se, "val")]
	case "r":
		w.run = runState{}
	case "rStyle":
		w.run.styled = w.hiddenStyles[zipguard.Attr(se, "val")]
	case "vanish":
		w.run.vanish = 1
		if off(zipguard.Attr(se, "val")) {
			w.run.vanish = -1
		}
	case "t", "delText":
		v, err := dec.Text()
		if err != nil {
			return err
		}
		return w.text(v, se.Name.Local == "delText")
	case "tab":
		return w.text("\t", false)
	case "br", "cr":
		return w.text("\n", false)
	case "instrText":
		v, err := dec.Text()
		if err != nil {
			return err
		}
		return w.line(field, v)
	case "fldSimple":
		return w.line(field, zipguard.Attr(se, "instr"))
	case "hlink":
		return w.line(link, zipguard.Attr(se, "dest"))
	case "textpath":
		return w.line(watermark, zipguard.Attr(se, "string"))
	case "tbl":
		w.tables.Start()
	case "tr":
		w.tables.Row()
	case "tc":
		w.tables.CellStart(w.cur())
	}
	return nil
}

// end handles an element's end: it closes the paragraphs, cells and
// places the element opened.
func (w *walker) end(dec *zipguard.XMLDecoder, ee xml.EndElement) error {
	switch ee.Name.Local {
	case "p":
		// The paragraph's text and what it hid or deleted each end a line.
		for _, k := range []int{w.target[len(w.target)-1].sink, hidden, deletion, insertion} {
			if err := w.sinks[k].EndLine(); err != nil {
				return err
			}
		}
	case "tc":
		if err := w.tables.CellEnd(); err != nil {
			return err
		}
	case "tbl":
		w.tables.End()
	case "hdr", "ftr":
		k := header
		if ee.Name.Local == "ftr" {
			k = footer
		}
		from := w.sinks[scratch]
		text := from.Text()
		if !w.seen[k][text] {
			if err := w.sinks[k].Append(from); err != nil {
				return err
			}
			if len(w.seen[k]) < 256 {
				w.seen[k][text] = true
			}
		}
		from.Reset()
	}
	if n := len(w.target); n > 1 && dec.Depth() < w.target[n-1].depth {
		w.target = w.target[:n-1]
	}
	return nil
}

// text writes run text where it belongs: a tracked deletion, hidden text,
// or the visible text of the place.
func (w *walker) text(s string, deleted bool) error {
	switch {
	case deleted || w.deletes():
		return w.sinks[deletion].Write(s)
	case w.run.vanish > 0 || w.run.vanish == 0 && (w.run.styled || w.paraHidden):
		return w.sinks[hidden].Write(s)
	}
	return w.cur().Write(s)
}

// line writes s, its white space folded, on a line of its own in sink k.
func (w *walker) line(k int, s string) error {
	if s = flow.OneLine(s); s == "" {
		return nil
	}
	return w.sinks[k].Write(s + "\n")
}

// styles reads <w:styles> for the styles whose run properties hide text.
func (w *walker) styles(dec *zipguard.XMLDecoder) error {
	depth := dec.Depth()
	id := ""
	for {
		t, err := w.token(dec)
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				id = zipguard.Attr(t, "styleId")
			case "vanish":
				if id != "" && !off(zipguard.Attr(t, "val")) && len(w.hiddenStyles) < 4096 {
					w.hiddenStyles[id] = true
				}
			}
		case xml.EndElement:
			if dec.Depth() < depth {
				return nil
			}
		}
	}
}

// properties reads <o:DocumentProperties> (custom false) or
// <o:CustomDocumentProperties> into the metadata, a "标签: 值" line each.
func (w *walker) properties(dec *zipguard.XMLDecoder, custom bool) error {
	lines, err := flow.OfficeProperties(dec, custom)
	for _, l := range lines {
		if err := w.sinks[metadata].Write(l + "\n"); err != nil {
			return err
		}
	}
	return err
}

// off reads a WordprocessingML boolean that says no.
func off(v string) bool {
	switch strings.TrimSpace(v) {
	case "off", "0", "false":
		return true
	}
	return false
}
