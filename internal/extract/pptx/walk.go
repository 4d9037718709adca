package pptx

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
)

// mode says which text of a member a walker keeps.
type mode uint8

const (
	// slideMode keeps every shape's text: a slide, a notes page.
	slideMode mode = iota
	// masterMode drops the text of placeholders other than footers: in a
	// master or layout it is a prompt (单击此处编辑母版标题样式) that no
	// slide shows, while a footer's text is what slides show in theirs.
	masterMode
	// notesMode drops the placeholders of the slide picture and the page
	// number of a notes page, which carry no text of their own.
	notesMode
	// dataMode keeps the text of chart caches (c:v, cx:pt) besides
	// DrawingML runs: charts, SmartArt data, comments.
	dataMode
)

// buffer collects text a line at a time.
type buffer struct {
	b    strings.Builder
	n    int  // runes written
	open bool // text written since the last line end
}

// table is one a:tbl being read: a cell a line, each cell's runes mapped
// back to an A1 reference (row and column in the grid of the table).
type table struct {
	buf    buffer
	cells  []doc.Cell
	row    int
	col    int
	start  int // rune offset where the open cell began
	hidden bool
}

// frame is one open shape: the slide tree itself, a group, a shape, a
// picture, a graphic frame or a connector.
type frame struct {
	skip   bool // a placeholder whose text the mode drops
	footer bool // a master's footer placeholder, whose text may be a prompt
	hidden bool // hidden itself (cNvPr hidden="1") or inside a hidden group
}

// walker reads one DrawingML member (slide, layout, master, notes page,
// chart, SmartArt data, comments) as a token stream.
type walker struct {
	x    *extractor
	mode mode

	text, hid buffer // what the member shows, and the text of hidden shapes
	alt       buffer // alternative text of the shapes shown
	footer    buffer // the open footer placeholder of a master
	// unusedFooter is the text of the footer placeholders of a master or
	// layout no slide uses (extractor.unusedMaster).
	unusedFooter buffer
	tables       []table // finished tables
	tbl          *table  // the open table
	pictures     int     // pictures (p:pic with a picture) in the member
	// hiddenSlide is set when the member is a slide left out of the
	// show (p:sld show="0").
	hiddenSlide bool

	frames []frame
	alts   []bool // per open mc:AlternateContent: a Choice was read
	in     string // local name of the element whose text is kept, or ""
	tokens int
	root   bool // an element was read
}

// errNoRoot is the error for a member with no XML element at all (empty,
// or only white space), which encoding/xml takes for an empty document.
var errNoRoot = &xml.SyntaxError{Msg: "no root element", Line: 1}

// shapes are the elements that open a frame.
var shapes = map[string]bool{"spTree": true, "grpSp": true, "sp": true, "pic": true, "graphicFrame": true, "cxnSp": true, "contentPart": true}

// keptPlaceholder says whether mode m keeps the text of a placeholder of
// type typ.
func keptPlaceholder(m mode, typ string) bool {
	if typ == "sldNum" {
		return false // the page number, wherever it is
	}
	switch m {
	case masterMode:
		return typ == "ftr"
	case notesMode:
		return typ != "sldImg"
	}
	return true
}

func (w *walker) walk(dec *zipguard.XMLDecoder) error {
	for {
		t, err := dec.Token()
		if err == io.EOF {
			if !w.root {
				return errNoRoot
			}
			return w.endLine()
		}
		if err != nil {
			w.endLine()
			return err
		}
		if w.tokens++; w.tokens%4096 == 0 && time.Now().After(w.x.deadline) {
			return errTimeout
		}
		switch t := t.(type) {
		case xml.StartElement:
			w.root = true
			skip, err := w.start(t)
			if err != nil {
				return err
			}
			if skip {
				if err := dec.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if err := w.end(t.Name.Local); err != nil {
				return err
			}
		case xml.CharData:
			if w.in != "" && (w.in == "t" || strings.TrimSpace(string(t)) != "") {
				// Only a run's spaces are text; the indentation
				// around cached values is not.
				if err := w.write(string(t)); err != nil {
					return err
				}
			}
		}
	}
}

// start handles a start tag; skip means the element's content is to be
// passed over.
func (w *walker) start(se xml.StartElement) (skip bool, err error) {
	local := se.Name.Local
	switch {
	case local == "sld" && len(w.frames) == 0:
		w.hiddenSlide = zipguard.Attr(se, "show") == "0" || zipguard.Attr(se, "show") == "false"
	case shapes[local]:
		var f frame
		if n := len(w.frames); n > 0 {
			f.hidden = w.frames[n-1].hidden
		}
		w.frames = append(w.frames, f)
	case local == "cNvPr":
		if n := len(w.frames); n > 0 && on(zipguard.Attr(se, "hidden")) {
			w.frames[n-1].hidden = true
		}
		// Alternative text of a shape or picture: text a screen
		// reader speaks and the file carries, a line each.
		dst := &w.alt
		if w.hidden() {
			dst = &w.hid
		}
		for _, k := range []string{"title", "descr"} {
			if v := oneLine(zipguard.Attr(se, k)); v != "" && !w.dropped() {
				if err := w.writeTo(dst, v); err != nil {
					return false, err
				}
				if err := w.endLineOf(dst); err != nil {
					return false, err
				}
			}
		}
	case local == "ph":
		if n := len(w.frames); n > 0 {
			typ := zipguard.Attr(se, "type")
			w.frames[n-1].skip = !keptPlaceholder(w.mode, typ)
			w.frames[n-1].footer = w.mode == masterMode && typ == "ftr"
		}
	case local == "blip" && zipguard.Attr(se, "embed") != "":
		if n := len(w.frames); n > 0 && !w.frames[n-1].skip {
			w.pictures++
		}
	case local == "AlternateContent":
		w.alts = append(w.alts, false)
	case local == "Choice" || local == "Fallback":
		// Of the copies an AlternateContent holds, only the first is
		// read: the others repeat it for older readers.
		if n := len(w.alts); n > 0 {
			if w.alts[n-1] {
				return true, nil
			}
			w.alts[n-1] = true
		}
	case local == "tbl":
		if w.tbl == nil {
			if err := w.endLine(); err != nil {
				return false, err
			}
			w.tbl = &table{hidden: w.hidden()}
		}
	case local == "tr" && w.tbl != nil:
		w.tbl.row++
		w.tbl.col = 0
	case local == "tc" && w.tbl != nil:
		w.tbl.col++
		w.tbl.start = w.tbl.buf.n
	case local == "br":
		return false, w.endLine()
	case local == "t" || local == "text" || (w.mode == dataMode && (local == "v" || local == "pt")):
		// a:t (runs, fields), p:text (legacy comments), c:v and cx:pt
		// (chart caches).
		w.in = local
	}
	return false, nil
}

func (w *walker) end(local string) error {
	switch {
	case local == w.in:
		w.in = ""
		if local == "v" || local == "pt" || local == "text" {
			return w.endLine()
		}
	case shapes[local]:
		if n := len(w.frames); n > 0 {
			if w.frames[n-1].footer {
				if err := w.endFooter(); err != nil {
					return err
				}
			}
			w.frames = w.frames[:n-1]
		}
	case local == "AlternateContent":
		if n := len(w.alts); n > 0 {
			w.alts = w.alts[:n-1]
		}
	case local == "p" || local == "txPr":
		return w.endLine()
	case local == "tc" && w.tbl != nil:
		if err := w.endLine(); err != nil {
			return err
		}
		if b := w.tbl.buf.n; b > w.tbl.start {
			// The cell's runes, without its last line end.
			w.tbl.cells = append(w.tbl.cells, doc.Cell{Ref: cellRef(w.tbl.col, w.tbl.row), Start: w.tbl.start, End: b - 1})
		}
	case local == "tbl" && w.tbl != nil:
		if w.tbl.buf.n > 0 {
			w.tables = append(w.tables, *w.tbl)
		}
		w.tbl = nil
	}
	return nil
}

// endFooter moves the text of a master's footer placeholder to the
// member's text, unless it is only a prompt such as LibreOffice's
// "<footer>" (a field's name in angle brackets), which no slide shows.
func (w *walker) endFooter() error {
	if err := w.endLine(); err != nil {
		return err
	}
	s := strings.TrimSpace(w.footer.b.String())
	n := w.footer.n
	w.footer = buffer{}
	if s == "" {
		return nil
	}
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && !strings.ContainsAny(s[1:len(s)-1], "<>\n") {
		w.x.left += n // not kept, not counted
		return nil
	}
	dst := &w.text
	switch {
	case w.hidden():
		dst = &w.hid
	case w.x.unusedMaster:
		dst = &w.unusedFooter
	}
	if dst.open {
		if w.x.left < 1 {
			return errTooMuchText
		}
		w.x.left--
		dst.b.WriteByte('\n')
		dst.n++
		dst.open = false
	}
	dst.b.WriteString(s + "\n")
	dst.n += utf8.RuneCountInString(s) + 1
	return nil
}

// footer says whether text written now belongs to a master's footer
// placeholder.
func (w *walker) inFooter() bool {
	for _, f := range w.frames {
		if f.footer {
			return true
		}
	}
	return false
}

// hidden says whether text written now belongs to a hidden shape.
func (w *walker) hidden() bool {
	return len(w.frames) > 0 && w.frames[len(w.frames)-1].hidden
}

// dropped says whether text written now is a placeholder's the mode drops.
func (w *walker) dropped() bool {
	for _, f := range w.frames {
		if f.skip {
			return true
		}
	}
	return false
}

// buf is the buffer text written now goes to.
func (w *walker) buf() *buffer {
	switch {
	case w.tbl != nil:
		return &w.tbl.buf
	case w.inFooter():
		return &w.footer
	case w.hidden():
		return &w.hid
	}
	return &w.text
}

// write adds s to the current line, within the text limit.
func (w *walker) write(s string) error {
	if s == "" || w.dropped() {
		return nil
	}
	return w.writeTo(w.buf(), s)
}

// writeTo adds s to the current line of b, within the text limit.
func (w *walker) writeTo(b *buffer, s string) error {
	n := utf8.RuneCountInString(s)
	if n > w.x.left {
		return errTooMuchText
	}
	w.x.left -= n
	b.b.WriteString(s)
	b.n += n
	b.open = true
	return nil
}

// endLine ends the current line, if it has text.
func (w *walker) endLine() error { return w.endLineOf(w.buf()) }

// endLineOf ends the current line of b, if it has text.
func (w *walker) endLineOf(b *buffer) error {
	if !b.open {
		return nil
	}
	if w.x.left < 1 {
		return errTooMuchText
	}
	w.x.left--
	b.b.WriteByte('\n')
	b.n++
	b.open = false
	return nil
}

// cellRef is the A1 reference of column col and row row (both 1-based).
func cellRef(col, row int) string {
	var letters []byte
	for col > 0 {
		col--
		letters = append([]byte{byte('A' + col%26)}, letters...)
		col /= 26
	}
	return string(letters) + strconv.Itoa(row)
}

// on reads an XML boolean attribute.
func on(v string) bool {
	return v == "1" || v == "true"
}
